"""A province's yearly CCHC plan (*kế hoạch cải cách hành chính*), every part of it.

A :class:`Plan` holds the whole document: who issued it and when, its legal bases
(*căn cứ*), purposes and requirements, target indicators (*chỉ tiêu*), the appendix of
tasks grouped into reform areas, the solutions (*giải pháp*), funding (*kinh phí*), the
duties of each body (*tổ chức thực hiện*), the recipients (*nơi nhận*) and the registry
of the agencies it names.  The bundled An Giang 2020 plan is a worked example:

>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> plan.year, len(plan.areas), len(plan.tasks), len(plan.indicators)
(2020, 7, 63, 17)
>>> task = plan.task("I.6")
>>> task.deadline_text
'Báo cáo và công bố ngày 05 hàng tháng'
>>> [agency.code for agency in task.lead]
['VPUBND', 'SNV', 'STTTT']
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from cchc_model import _validators as _v
from cchc_model._reprs import shorten
from cchc_model.errors import CchcError
from cchc_model.language.periods import MAX_YEAR, MIN_YEAR, PeriodUnit
from cchc_model.language.references import DocumentReference, find_references
from cchc_model.plan.agencies import Agency, AgencyGroup, AgencyRegistry
from cchc_model.plan.indicators import Indicator
from cchc_model.plan.tasks import ReformArea, Task

if TYPE_CHECKING:
    import pandas as pd

    from cchc_model.language.deadlines import Deadline
    from cchc_model.scheduling.accountability import Accountability
    from cchc_model.scheduling.calendar import WorkingCalendar
    from cchc_model.scheduling.duedates import DueDateRule
    from cchc_model.scheduling.reporting import ReportingRegime
    from cchc_model.scheduling.schedule import Schedule

__all__ = ["Duty", "LegalBasis", "Plan", "Signatory", "UnknownTaskError"]


def _rebuild_unknown(code: str, known: tuple[str, ...], what: str) -> UnknownTaskError:
    return UnknownTaskError(code, known, what=what)


class UnknownTaskError(CchcError, KeyError):
    """A task (or area) code the plan does not have.

    .. versionadded:: 0.1.0
    """

    def __init__(self, code: str, known: tuple[str, ...], *, what: str = "task") -> None:
        self.code = code
        self.known = known
        self.what = what
        super().__init__(code)

    def __str__(self) -> str:
        if not self.known:
            return f"the plan has no {self.what} {self.code!r}"
        return (
            f"the plan has no {self.what} {self.code!r} "
            f"(its {self.what}s run from {self.known[0]} to {self.known[-1]})"
        )

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the fields."""
        return (_rebuild_unknown, (self.code, self.known, self.what))


@attrs.frozen(kw_only=True)
class Signatory:
    """Who signed the plan: "TM. Ủy ban nhân dân / Chủ tịch / Nguyễn Thanh Bình".

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_v.text)
    position: str = attrs.field(validator=_v.text)
    on_behalf_of: str | None = attrs.field(default=None, validator=_v.optional_text)


@attrs.frozen(repr=False)
class LegalBasis:
    """One *căn cứ* paragraph, as printed, with the documents it cites.

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=_v.text)

    def __attrs_post_init__(self) -> None:
        find_references(self.text)  # a citation that does not read is refused here

    @property
    def references(self) -> tuple[DocumentReference, ...]:
        """The documents the paragraph cites, in order."""
        return find_references(self.text)

    def __repr__(self) -> str:
        return f"<LegalBasis {shorten(self.text, 80)!r}>"

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True, repr=False)
class Duty:
    """A block of section *Tổ chức thực hiện*: a heading and its items, as printed.

    .. versionadded:: 0.1.0
    """

    heading: str = attrs.field(validator=_v.text)
    items: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)

    def __repr__(self) -> str:
        return f"<Duty {shorten(self.heading)!r}: {len(self.items)} items>"


def _check_year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"year must be an int, not {value!r}")
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise ValueError(f"year {value} is outside {MIN_YEAR}–{MAX_YEAR}")


@attrs.frozen(kw_only=True, repr=False)
class Plan:
    """A yearly CCHC plan with every part of the document.

    Attributes:
        issuer: The issuing body: "Ủy ban nhân dân tỉnh An Giang".
        province: The province the plan is for, as named on its date ("An Giang"), if
            known; a plan file without its own registry resolves its agency names
            against that province's bodies (:func:`cchc_model.plan.bodies.registry_on`).
        kind: The document kind: "Kế hoạch".
        number: The published number ("860/KH-UBND"), if known.
        date: The date of issue, if known.
        title: The title printed under the kind.
        year: The plan year.
        signatory: Who signed it.
        legal_bases: The *căn cứ* paragraphs.
        preamble: The sentence that introduces the plan's content.
        purposes: The bullets of *Mục đích*.
        requirements: The bullets of *Yêu cầu*.
        indicators: The targets of *Các chỉ tiêu chủ yếu*.
        tasks_summary: The paragraph that introduces section *Nhiệm vụ thực hiện*.
        areas: The reform areas of the appendix, with their tasks.
        solutions: The items of *Giải pháp thực hiện*.
        funding: The bullets of *Kinh phí thực hiện*.
        duties: The blocks of *Tổ chức thực hiện*.
        closing: The closing paragraph.
        recipients: The lines of *Nơi nhận*.
        attachments: What the plan says is attached (*Kèm theo*).
        appendix_title: The appendix's title as printed.
        appendix_header: The header lines printed above the appendix.
        agencies: The registry of every agency and group the plan names.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``province``.
    """

    issuer: str = attrs.field(validator=_v.text)
    province: str | None = attrs.field(default=None, validator=_v.optional_text)
    kind: str = attrs.field(validator=_v.text)
    number: str | None = attrs.field(default=None, validator=_v.optional_text)
    date: datetime.date | None = None
    title: str = attrs.field(validator=_v.text)
    year: int = attrs.field(validator=_check_year)
    signatory: Signatory | None = None
    legal_bases: tuple[LegalBasis, ...] = attrs.field(default=(), validator=_v.tuple_of(LegalBasis))
    preamble: str | None = attrs.field(default=None, validator=_v.optional_text)
    purposes: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)
    requirements: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)
    indicators: tuple[Indicator, ...] = attrs.field(default=(), validator=_v.tuple_of(Indicator))
    tasks_summary: str | None = attrs.field(default=None, validator=_v.optional_text)
    areas: tuple[ReformArea, ...] = attrs.field(validator=_v.tuple_of(ReformArea))
    solutions: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)
    funding: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)
    duties: tuple[Duty, ...] = attrs.field(default=(), validator=_v.tuple_of(Duty))
    closing: str | None = attrs.field(default=None, validator=_v.optional_text)
    recipients: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)
    attachments: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)
    appendix_title: str | None = attrs.field(default=None, validator=_v.optional_text)
    appendix_header: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)
    agencies: AgencyRegistry = attrs.field(
        factory=AgencyRegistry, validator=attrs.validators.instance_of(AgencyRegistry)
    )
    _tasks: dict[str, Task] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _areas: dict[str, ReformArea] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        areas: dict[str, ReformArea] = {}
        for top in self.areas:
            for area in top.walk():
                if area.code in areas:
                    raise ValueError(f"area codes repeat: {area.code!r}")
                areas[area.code] = area
        tasks: dict[str, Task] = {}
        for top in self.areas:
            for task in top.all_tasks:
                if task.code in tasks:
                    raise ValueError(f"task codes repeat: {task.code!r}")
                for entry in (*task.lead, *task.partners):
                    if entry not in self.agencies:
                        raise ValueError(
                            f"task {task.code} names {entry.code!r}, which is not the "
                            "plan's agency of that code"
                        )
                if task.area_path[0] != top.code:
                    raise ValueError(
                        f"task {task.code} has the area path {list(task.area_path)}, "
                        f"but sits in area {top.code}"
                    )
                tasks[task.code] = task
        object.__setattr__(self, "_tasks", tasks)
        object.__setattr__(self, "_areas", areas)

    @property
    def tasks(self) -> tuple[Task, ...]:
        """Every task of every area, in document order."""
        return tuple(self._tasks.values())

    def task(self, code: str) -> Task:
        """The task with this code ("I.6"; case and surrounding spaces do not matter).

        Raises:
            UnknownTaskError: the plan has no such task (a :class:`KeyError`).
            TypeError: the code is not a string.
        """
        if not isinstance(code, str):
            raise TypeError(f"a task code is a str such as 'I.6', not {code!r}")
        try:
            return self._tasks[code.strip().upper()]
        except KeyError:
            raise UnknownTaskError(code, tuple(self._tasks)) from None

    def area(self, code: str) -> ReformArea:
        """The reform area with this code: "I", or "A.I" for a nested one.

        Case and surrounding spaces do not matter.

        Raises:
            UnknownTaskError: the plan has no such area (a :class:`KeyError`).
            TypeError: the code is not a string.
        """
        if not isinstance(code, str):
            raise TypeError(f"an area code is a str such as 'VII', not {code!r}")
        try:
            return self._areas[code.strip().upper()]
        except KeyError:
            raise UnknownTaskError(code, tuple(self._areas), what="area") from None

    @property
    def all_areas(self) -> tuple[ReformArea, ...]:
        """Every area, nested ones included, in document order."""
        return tuple(self._areas.values())

    def area_path(self, task: Task | str) -> tuple[ReformArea, ...]:
        """The areas a task sits in, outermost first.

        >>> from cchc_model import datasets
        >>> [area.code for area in datasets.load("an-giang-2020").area_path("I.6")]
        ['I']

        Raises:
            UnknownTaskError: the plan has no such task (a :class:`KeyError`).
        """
        found = self.task(task) if isinstance(task, str) else task
        return tuple(self._areas[code] for code in found.area_path)

    def schedule(
        self,
        start: datetime.date,
        end: datetime.date,
        *,
        calendar: WorkingCalendar | None = None,
        rule: DueDateRule | None = None,
        agency: Agency | AgencyGroup | str | None = None,
        regime: ReportingRegime | None = None,
        continuous_every: PeriodUnit = PeriodUnit.QUARTER,
        accountability: Accountability | None = None,
        internal_deadlines: Mapping[str, Deadline] | None = None,
    ) -> Schedule:
        """The plan's obligations due in ``[start, end]``.

        A convenience for :func:`cchc_model.scheduling.schedule.schedule`.

        ``calendar`` defaults to Vietnam's public-sector calendar, ``rule`` to Civil Code
        2015 art. 148(5) (a due date on a day off moves to the next working day),
        ``regime`` to the periodic CCHC reports and ``accountability`` to the lead
        agencies owing the outputs.
        """
        from cchc_model.scheduling.accountability import LEADS_OWE
        from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS
        from cchc_model.scheduling.schedule import schedule

        return schedule(
            self,
            start,
            end,
            calendar=calendar,
            rule=rule,
            agency=agency,
            regime=CCHC_PERIODIC_REPORTS if regime is None else regime,
            continuous_every=continuous_every,
            accountability=LEADS_OWE if accountability is None else accountability,
            internal_deadlines=internal_deadlines,
        )

    @property
    def references(self) -> tuple[DocumentReference, ...]:
        """The documents the legal bases cite, in order."""
        return tuple(ref for basis in self.legal_bases for ref in basis.references)

    def to_frame(self, *, lang: str = "en") -> pd.DataFrame:
        """The plan's tasks as a pandas DataFrame, one row per task (needs pandas).

        See :func:`cchc_model.formats.frames.to_frame`.
        """
        from cchc_model.formats.frames import to_frame

        return to_frame(self, lang=lang)

    def _repr_html_(self) -> str:
        """The plan in a notebook: title, size, areas and first tasks."""
        from cchc_model.formats._html import plan_html

        return plan_html(self)

    def __repr__(self) -> str:
        sizes = f"{len(self._areas)} areas, {len(self._tasks)} tasks"
        return f"<Plan {str(self)!r} ({self.year}): {sizes}>"

    def __str__(self) -> str:
        number = f" số {self.number}" if self.number else ""
        return f"{self.kind}{number}: {self.title}"
