"""Scoring schemes in the style of the PAR INDEX sub-criteria on the yearly CCHC plan.

A :class:`ScoringScheme` is data: criteria with their points and the document they come
from.  The library ships one scheme, ``"ca-mau-2013"``: the criteria 1.1 (*Kế hoạch CCHC
năm*, 5 points) and 1.2 (*Báo cáo CCHC*, 2 points) of Cà Mau's Decision 1880/QĐ-UBND of
2013, 7 points in all:

======  =========================================================  ======  ==================
code    criterion                                                  points  scored from
======  =========================================================  ======  ==================
1.1.1   the plan issued in time (late: 0,5)                        1       the plan's date
1.1.2   every task identified, with its funding                    1       an assessor
1.1.3   results and responsibilities clear                         1       an assessor
1.1.4   share of the plan's tasks completed (>90%: 2; 70–90%: 1)   2       the evaluation
1.2.1   the four periodic reports sent on time                     1       the evaluation
1.2.2   the reports complete in content                            1       an assessor
======  =========================================================  ======  ==================

What only an assessor can judge is scored from their inputs (a mapping, or a small file
read by :func:`~cchc_model.formats.readers.read_assessments`); without them it shows as
*not assessed*, never as 0, and the total says how many points are still to assess.
Another province's scheme is a JSON file of the same shape, read with
:func:`~cchc_model.formats.readers.load_scheme`.

>>> import datetime
>>> from cchc_model import datasets
>>> from cchc_model.assessment.compliance import evaluate
>>> plan = datasets.load("an-giang-2020")
>>> evaluation = evaluate(plan, [], as_of=datetime.date(2021, 1, 15))
>>> score = score_plan(evaluation, scheme("ca-mau-2013"), {"1.1.2": True, "1.1.3": False})
>>> [(c.code, c.points) for c in score.criteria]
[('1.1.1', 1.0), ('1.1.2', 1.0), ('1.1.3', 0.0), ('1.1.4', 0.0), ('1.2.1', 0.0), ('1.2.2', None)]
>>> str(score)
'2/7 (chưa chấm 1.2.2: 1 điểm)'
"""

from __future__ import annotations

import datetime
import json
import math
import types
from collections.abc import Callable, Mapping
from fractions import Fraction
from importlib import resources
from typing import Any

import attrs

from cchc_model._reprs import shorten
from cchc_model.assessment.compliance import Evaluation, Rate
from cchc_model.errors import CchcError
from cchc_model.language.deadlines import ByRegulation
from cchc_model.scheduling.schedule import Role

__all__ = [
    "AssessorInput",
    "CriterionScore",
    "SchemeError",
    "Score",
    "ScoringScheme",
    "scheme",
    "scheme_names",
    "score_plan",
]

_KINDS = ("plan_issued_by", "completion_bands", "reports_on_time", "assessor")
# The fields a criterion and a band may have; any other is a misspelling.
_CRITERION_FIELDS = frozenset(
    {
        "code",
        "label",
        "kind",
        "note",
        "points",
        "issue_by",
        "issue_by_source",
        "late_points",
        "bands",
    }
)
_BAND_FIELDS = frozenset({"above", "at_least", "points", "note"})

#: What an assessor says of a criterion: the points given, or met (True) / not met (False).
AssessorInput = float | int | bool


class SchemeError(CchcError, ValueError):
    """A scoring scheme (or an assessor's input) that does not read."""


def _read_only(value: Any) -> Any:
    """A deep, read-only copy of JSON-ready data: mappings as proxies, lists as tuples."""
    if isinstance(value, Mapping):
        return types.MappingProxyType({key: _read_only(item) for key, item in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(_read_only(item) for item in value)
    return value


def _read_only_criteria(value: Any) -> Any:
    """The criteria as read-only copies; anything else is left for the checks to refuse."""
    if not isinstance(value, (list, tuple)):
        return value
    return tuple(_read_only(c) if isinstance(c, Mapping) else c for c in value)


@attrs.frozen(kw_only=True, repr=False)
class ScoringScheme:
    """A scoring scheme: its criteria (as data) and the document it follows.

    Attributes:
        code: A short identifier ("ca-mau-2013").
        name: Its Vietnamese name.
        source: The decision it follows.
        criteria: The criteria, each a mapping with ``code``, ``label``, ``kind`` (one of
            ``plan_issued_by``, ``completion_bands``, ``reports_on_time``, ``assessor``),
            an optional ``note`` (the decision's wording of the points) and its
            parameters: ``points`` (the most it gives; 1 by default); for
            ``plan_issued_by``, ``issue_by`` ("12-31": by 31 December of the year before
            the plan), ``issue_by_source`` and ``late_points`` (0 by default); for
            ``completion_bands``, ``bands`` (``above`` or ``at_least`` a share, and
            ``points``), tried in order.  They are read-only once the scheme is made
            (copies, as :class:`types.MappingProxyType`, with lists as tuples): changing
            the data a scheme was made from changes nothing in its scores.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.6.0 the criteria are read-only copies.
    """

    code: str
    name: str
    source: str
    criteria: tuple[Mapping[str, Any], ...] = attrs.field(converter=_read_only_criteria)

    def __repr__(self) -> str:
        return f"<ScoringScheme {self.code}: {len(self.criteria)} criteria>"

    def __attrs_post_init__(self) -> None:
        codes: dict[object, int] = {}
        for number, criterion in enumerate(self.criteria):
            if not isinstance(criterion, Mapping):
                raise SchemeError(f"criteria[{number}]: expected an object, not {criterion!r}")
            for key in criterion:
                if key not in _CRITERION_FIELDS:
                    raise SchemeError(f"criteria[{number}].{key}: unknown field")
            if "kind" not in criterion:
                raise SchemeError(f"criteria[{number}].kind: required field missing")
            kind = criterion["kind"]
            if kind not in _KINDS:
                raise SchemeError(
                    f"criteria[{number}].kind: {kind!r} is not one of {', '.join(_KINDS)}"
                )
            for key in ("code", "label"):
                if not isinstance(criterion.get(key), str):
                    raise SchemeError(f"criteria[{number}].{key}: required text missing")
            if criterion["code"] in codes:
                raise SchemeError(
                    f"criteria[{number}].code: {criterion['code']!r} is already the code of "
                    f"criteria[{codes[criterion['code']]}]"
                )
            codes[criterion["code"]] = number
            _check_criterion(number, criterion)

    @classmethod
    def from_data(cls, data: Any) -> ScoringScheme:
        """A scheme from JSON-ready data (``code``, ``name``, ``source`` and ``criteria``).

        >>> ScoringScheme.from_data({"code": "x", "name": "X", "source": "QĐ 1/QĐ-UBND",
        ...                          "criteria": []}).code
        'x'
        >>> ScoringScheme.from_data({"code": "x"})
        Traceback (most recent call last):
        ...
        cchc_model.assessment.scoring.SchemeError: criteria: required field missing

        Raises:
            SchemeError: the data are not of a scheme's shape.
        """
        if not isinstance(data, dict):
            raise SchemeError("a scheme is a JSON object")
        try:
            criteria = data["criteria"]
            if not isinstance(criteria, list):
                raise SchemeError(f"criteria: expected a list, not {criteria!r}")
            return cls(
                code=data["code"],
                name=data["name"],
                source=data["source"],
                criteria=tuple(criteria),
            )
        except KeyError as error:
            raise SchemeError(f"{error.args[0]}: required field missing") from None


def _points(value: object) -> bool:
    """Whether ``value`` is a number of points: finite and not negative (not a bool)."""
    return (
        not isinstance(value, bool)
        and isinstance(value, (int, float))
        and math.isfinite(value)
        and value >= 0
    )


def _check_criterion(number: int, criterion: Mapping[str, Any]) -> None:
    where = f"criteria[{number}]"
    for key in ("points", "late_points"):
        points = criterion.get(key, 1)
        if not _points(points):
            raise SchemeError(f"{where}.{key}: expected a number of points, not {points!r}")
    if criterion["kind"] == "plan_issued_by":
        issue_by = str(criterion.get("issue_by", "12-31"))
        try:
            month, day = (int(part) for part in issue_by.split("-"))
            datetime.date(2001, month, day)
        except ValueError:
            raise SchemeError(f"{where}.issue_by: expected MM-DD, not {issue_by!r}") from None
    if criterion["kind"] == "completion_bands":
        bands = criterion.get("bands")
        if not isinstance(bands, (list, tuple)) or not bands:
            raise SchemeError(f"{where}.bands: a list of bands is required")
        for index, band in enumerate(bands):
            if not isinstance(band, Mapping) or not _points(band.get("points")):
                raise SchemeError(f"{where}.bands[{index}].points: a number is required")
            for key in band:
                if key not in _BAND_FIELDS:
                    raise SchemeError(f"{where}.bands[{index}].{key}: unknown field")
            if not any(isinstance(band.get(k), (int, float)) for k in ("above", "at_least")):
                raise SchemeError(f"{where}.bands[{index}]: give 'above' or 'at_least' a share")
            for key in ("above", "at_least"):
                share = band.get(key)
                if share is not None and (
                    isinstance(share, bool)
                    or not isinstance(share, (int, float))
                    or not 0 <= share <= 1
                ):
                    hint = f" ({share / 100:g} for {share:g}%)" if _points(share) else ""
                    raise SchemeError(
                        f"{where}.bands[{index}].{key}: a share is from 0 to 1{hint}, not {share!r}"
                    )


@attrs.frozen(kw_only=True)
class CriterionScore:
    """The points one criterion gives, with why.

    Attributes:
        code: The criterion's code ("1.1.4").
        label: Its wording.
        points: The points given, or ``None`` when not assessed (no assessor's input, no
            report due yet, no plan date).
        max_points: The most it gives.
        detail: What the points rest on, in Vietnamese.
        by_assessor: Whether an assessor's input gave the points.

    .. versionadded:: 0.1.0
    """

    code: str
    label: str
    points: float | None
    max_points: float
    detail: str
    by_assessor: bool = False

    @property
    def assessed(self) -> bool:
        """Whether the criterion has points (a 0 included)."""
        return self.points is not None


@attrs.frozen(kw_only=True, repr=False)
class Score:
    """A plan's score under a scheme, criterion by criterion.

    .. versionadded:: 0.1.0
    """

    scheme: ScoringScheme
    criteria: tuple[CriterionScore, ...]

    @property
    def total(self) -> float:
        """The points scored by the criteria assessed."""
        return sum(c.points for c in self.criteria if c.points is not None)

    @property
    def max_total(self) -> float:
        """The points a plan could score."""
        return sum(c.max_points for c in self.criteria)

    @property
    def not_assessed(self) -> tuple[CriterionScore, ...]:
        """The criteria without points yet."""
        return tuple(c for c in self.criteria if c.points is None)

    def _repr_html_(self) -> str:
        """The score in a notebook, criterion by criterion."""
        from cchc_model.formats._html import score_html

        return score_html(self)

    def __repr__(self) -> str:
        return f"<Score {shorten(str(self), 80)!r}: {len(self.criteria)} criteria>"

    def __str__(self) -> str:
        text = f"{self.total:g}/{self.max_total:g}"
        missing = self.not_assessed
        if missing:
            codes = ", ".join(c.code for c in missing)
            points = sum(c.max_points for c in missing)
            text += f" (chưa chấm {codes}: {points:g} điểm)"
        return text


def scheme_names() -> tuple[str, ...]:
    """The schemes shipped with the library."""
    folder = resources.files("cchc_model") / "data" / "scoring"
    return tuple(sorted(f.name[:-5] for f in folder.iterdir() if f.name.endswith(".json")))


def scheme(name: str) -> ScoringScheme:
    """A scheme shipped with the library, by name.

    Raises:
        SchemeError: no scheme has that name.
    """
    if name not in scheme_names():
        shipped = ", ".join(scheme_names())
        raise SchemeError(f"no scoring scheme {name!r}; the shipped ones are: {shipped}")
    folder = resources.files("cchc_model") / "data" / "scoring"
    data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    return ScoringScheme.from_data(data)


def score_plan(
    evaluation: Evaluation,
    scheme: ScoringScheme,
    assessments: Mapping[str, AssessorInput] | None = None,
) -> Score:
    """Score an evaluated plan under ``scheme``.

    Args:
        evaluation: The plan's evaluation (its completion as of its cut-off).
        scheme: The scheme.
        assessments: What an assessor says, by criterion code: the points given (a
            number from 0 to the criterion's maximum), or ``True`` (met: the maximum) /
            ``False`` (not met: 0).  It scores the criteria only an assessor can judge,
            and overrides a computed one ("1.1.1" when the plan's date is unknown).

    Raises:
        SchemeError: an input names no criterion of the scheme, or gives points out of
            range.
    """
    given = dict(assessments or {})
    codes = {criterion["code"] for criterion in scheme.criteria}
    unknown = sorted(set(given) - codes)
    if unknown:
        raise SchemeError(f"the assessments name criteria the scheme does not have: {unknown}")
    return Score(
        scheme=scheme,
        criteria=tuple(
            _criterion(evaluation, criterion, given.get(criterion["code"]))
            for criterion in scheme.criteria
        ),
    )


def _criterion(
    evaluation: Evaluation, criterion: Mapping[str, Any], given: AssessorInput | None
) -> CriterionScore:
    kind = criterion["kind"]
    code, label = criterion["code"], criterion["label"]
    top = _top(criterion)

    def scored(points: float | None, detail: str, *, by_assessor: bool = False) -> CriterionScore:
        return CriterionScore(
            code=code,
            label=label,
            points=points,
            max_points=top,
            detail=detail,
            by_assessor=by_assessor,
        )

    if given is not None:
        points = _assessor_points(code, given, top)
        return scored(points, f"chấm theo đánh giá: {points:g}/{top:g}", by_assessor=True)
    if kind == "assessor":
        return scored(None, "chưa chấm: cần ý kiến của người đánh giá")
    if kind == "plan_issued_by":
        return _plan_issued(evaluation, criterion, scored)
    if kind == "completion_bands":
        rate = evaluation.tasks_completed()
        share = rate.fraction
        if share is None:
            return scored(None, "chưa chấm: không có nhiệm vụ để tính")
        detail = f"nhiệm vụ hoàn thành {rate}, tính đến {evaluation.cutoff:%d/%m/%Y}"
        for band in criterion["bands"]:
            if ("above" in band and share > _share(band["above"])) or (
                "at_least" in band and share >= _share(band["at_least"])
            ):
                return scored(float(band["points"]), detail)
        return scored(0.0, detail)
    reports = [
        v
        for v in evaluation.verdicts
        if isinstance(v.obligation.task.deadline, ByRegulation)
        and v.obligation.role is Role.LEAD
        and v.status.due
    ]
    if not reports:
        return scored(None, "chưa chấm: chưa đến hạn báo cáo")
    sent = Rate(sum(v.status.on_time for v in reports), len(reports))
    full = sent.numerator == sent.denominator
    return scored(top if full else 0.0, f"báo cáo đúng hạn {sent}")


def _top(criterion: Mapping[str, Any]) -> float:
    if criterion["kind"] == "completion_bands":
        return max(float(band["points"]) for band in criterion["bands"])
    return float(criterion.get("points", 1))


def _share(value: float | int) -> Fraction:
    """A band's share, exactly as written (0.9 is nine tenths, not the float near it)."""
    return Fraction(str(value))


def _assessor_points(code: str, given: AssessorInput, top: float) -> float:
    if isinstance(given, bool):
        return top if given else 0.0
    try:
        within = 0 <= given <= top
    except TypeError:  # not a number at all
        within = False
    if not within:
        raise SchemeError(f"{code}: an assessor gives 0 to {top:g} points, not {given!r}")
    return float(given)


def _plan_issued(
    evaluation: Evaluation,
    criterion: Mapping[str, Any],
    scored: Callable[[float | None, str], CriterionScore],
) -> CriterionScore:
    plan = evaluation.plan
    month, day = (int(part) for part in str(criterion.get("issue_by", "12-31")).split("-"))
    deadline = datetime.date(plan.year - 1, month, day)
    assumed = "" if criterion.get("issue_by_source") else " (giả định)"
    if plan.date is None:
        return scored(None, f"chưa chấm: không rõ ngày ban hành; hạn {deadline:%d/%m/%Y}{assumed}")
    on_time = plan.date <= deadline
    points = (
        float(criterion.get("points", 1)) if on_time else float(criterion.get("late_points", 0))
    )
    timely = "kịp thời" if on_time else "không kịp thời"
    detail = f"ban hành {plan.date:%d/%m/%Y}, {timely}: hạn {deadline:%d/%m/%Y}{assumed}"
    return scored(points, detail)
