"""Scoring schemes in the style of the PAR INDEX sub-criteria on the yearly CCHC plan.

A :class:`ScoringScheme` is data: criteria with their points and the document they come
from.  The library ships one scheme, ``"ca-mau-2013"`` — Cà Mau's Decision 1880/QĐ-UBND
of 2013 — whose criteria are the plan issued on time, the share of the plan's tasks
completed in bands (more than 90% → 2 points, 70–90% → 1, less than 70% → 0), and the
periodic CCHC reports sent in full and on time.  National bands change with each Ministry
of Home Affairs decision: write another scheme as a JSON file of the same shape and load
it with :func:`load_scheme`.

>>> import datetime
>>> from cchc_model import datasets
>>> from cchc_model.assessment.compliance import evaluate
>>> plan = datasets.load("an-giang-2020")
>>> evaluation = evaluate(plan, [], as_of=datetime.date(2021, 1, 15))
>>> score = score_plan(evaluation, scheme("ca-mau-2013"))
>>> [(c.code, c.points, c.max_points) for c in score.criteria]
[('plan_issued_on_time', 1.0, 1.0), ('tasks_completed', 0.0, 2.0), ('reports_on_time', 0.0, 1.0)]
"""

from __future__ import annotations

import datetime
import json
from importlib import resources
from typing import Any

import attrs

from cchc_model.assessment.compliance import Evaluation, Rate
from cchc_model.errors import CchcError
from cchc_model.language.deadlines import ByRegulation

__all__ = [
    "CriterionScore",
    "SchemeError",
    "Score",
    "ScoringScheme",
    "scheme",
    "scheme_names",
    "score_plan",
]

_KINDS = ("plan_issued_by", "completion_bands", "reports_on_time")


class SchemeError(CchcError, ValueError):
    """A scoring scheme that does not read: a missing field or an unknown criterion kind."""


@attrs.frozen(kw_only=True)
class ScoringScheme:
    """A scoring scheme: its criteria (as data) and the document it follows.

    Attributes:
        code: A short identifier ("ca-mau-2013").
        name: Its Vietnamese name.
        source: The decision it follows.
        criteria: The criteria, each a mapping with ``code``, ``label``, ``kind`` (one of
            ``plan_issued_by``, ``completion_bands``, ``reports_on_time``) and its
            parameters: ``issue_by`` ("12-31": by 31 December of the year before) and
            ``points``; ``bands`` (``above`` or ``at_least`` a share, and ``points``),
            tried in order; ``points`` for reports all sent on time.

    .. versionadded:: 0.1.0
    """

    code: str
    name: str
    source: str
    criteria: tuple[dict[str, Any], ...]

    def __attrs_post_init__(self) -> None:
        for number, criterion in enumerate(self.criteria):
            if not isinstance(criterion, dict):
                raise SchemeError(f"criteria[{number}]: expected an object, not {criterion!r}")
            kind = criterion.get("kind")
            if kind not in _KINDS:
                raise SchemeError(f"criteria[{number}].kind: {kind!r} is not one of {_KINDS}")
            for key in ("code", "label"):
                if not isinstance(criterion.get(key), str):
                    raise SchemeError(f"criteria[{number}].{key}: required text missing")
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


def _check_criterion(number: int, criterion: dict[str, Any]) -> None:
    where = f"criteria[{number}]"
    points = criterion.get("points", 1)
    if isinstance(points, bool) or not isinstance(points, (int, float)):
        raise SchemeError(f"{where}.points: expected a number, not {points!r}")
    if criterion["kind"] == "plan_issued_by":
        issue_by = str(criterion.get("issue_by", "12-31"))
        try:
            month, day = (int(part) for part in issue_by.split("-"))
            datetime.date(2001, month, day)
        except ValueError:
            raise SchemeError(f"{where}.issue_by: expected MM-DD, not {issue_by!r}") from None
    if criterion["kind"] == "completion_bands":
        bands = criterion.get("bands")
        if not isinstance(bands, list) or not bands:
            raise SchemeError(f"{where}.bands: a list of bands is required")
        for index, band in enumerate(bands):
            if not isinstance(band, dict) or not isinstance(band.get("points"), (int, float)):
                raise SchemeError(f"{where}.bands[{index}].points: a number is required")
            if not any(isinstance(band.get(k), (int, float)) for k in ("above", "at_least")):
                raise SchemeError(f"{where}.bands[{index}]: give 'above' or 'at_least' a share")


@attrs.frozen(kw_only=True)
class CriterionScore:
    """The points one criterion gives, with why.

    .. versionadded:: 0.1.0
    """

    code: str
    label: str
    points: float
    max_points: float
    detail: str


@attrs.frozen(kw_only=True)
class Score:
    """A plan's score under a scheme, criterion by criterion.

    .. versionadded:: 0.1.0
    """

    scheme: ScoringScheme
    criteria: tuple[CriterionScore, ...]

    @property
    def total(self) -> float:
        """The points scored."""
        return sum(c.points for c in self.criteria)

    @property
    def max_total(self) -> float:
        """The points a plan could score."""
        return sum(c.max_points for c in self.criteria)


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
        raise SchemeError(f"no scoring scheme {name!r}; the shipped ones are {scheme_names()}")
    folder = resources.files("cchc_model") / "data" / "scoring"
    data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    return ScoringScheme.from_data(data)


def score_plan(evaluation: Evaluation, scheme: ScoringScheme) -> Score:
    """Score an evaluated plan under ``scheme``."""
    return Score(
        scheme=scheme,
        criteria=tuple(_criterion(evaluation, criterion) for criterion in scheme.criteria),
    )


def _criterion(evaluation: Evaluation, criterion: dict[str, Any]) -> CriterionScore:
    kind = criterion["kind"]
    code, label = criterion["code"], criterion["label"]
    plan = evaluation.plan
    if kind == "plan_issued_by":
        points = float(criterion.get("points", 1))
        month, day = (int(part) for part in str(criterion.get("issue_by", "12-31")).split("-"))
        deadline = datetime.date(plan.year - 1, month, day)
        on_time = plan.date is not None and plan.date <= deadline
        issued = f"{plan.date:%d/%m/%Y}" if plan.date else "không rõ ngày ban hành"
        detail = f"ban hành {issued}, hạn {deadline:%d/%m/%Y}"
        return CriterionScore(
            code=code,
            label=label,
            points=points if on_time else 0.0,
            max_points=points,
            detail=detail,
        )
    if kind == "completion_bands":
        rate = evaluation.tasks_completed()
        share = rate.value or 0.0
        bands = criterion["bands"]
        top = max(float(band["points"]) for band in bands)
        for band in bands:
            if ("above" in band and share > float(band["above"])) or (
                "at_least" in band and share >= float(band["at_least"])
            ):
                return CriterionScore(
                    code=code,
                    label=label,
                    points=float(band["points"]),
                    max_points=top,
                    detail=f"nhiệm vụ hoàn thành {rate}",
                )
        return CriterionScore(
            code=code, label=label, points=0.0, max_points=top, detail=f"nhiệm vụ hoàn thành {rate}"
        )
    points = float(criterion.get("points", 1))
    reports = [
        v
        for v in evaluation.verdicts
        if isinstance(v.obligation.task.deadline, ByRegulation)
        and v.obligation.role.value == "lead"
        and v.status.due
    ]
    sent = Rate(sum(v.status.on_time for v in reports), len(reports))
    full = bool(reports) and sent.numerator == sent.denominator
    return CriterionScore(
        code=code,
        label=label,
        points=points if full else 0.0,
        max_points=points,
        detail=f"báo cáo đúng hạn {sent}",
    )
