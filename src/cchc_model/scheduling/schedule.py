"""The schedule of a plan: who owes what, when, with due dates resolved on the calendar.

:func:`schedule` (also :meth:`Plan.schedule <cchc_model.plan.plans.Plan.schedule>`) lists
a plan's obligations (:class:`Obligation`) due in a window, and :func:`plan_obligations`
every obligation of the plan, one per task, owing agency, role and due point:

* a deadline's due points come from :meth:`Deadline.occurrences
  <cchc_model.language.deadlines.Deadline.occurrences>`, each resolved by a
  :class:`~cchc_model.scheduling.duedates.DueDateRule` (Civil Code 2015 art. 148(5) by
  default) on a :class:`~cchc_model.scheduling.calendar.WorkingCalendar` (Vietnam's public
  sector by default);
* "Theo quy định" and "… của tháng cuối kỳ báo cáo" resolve through a reporting regime
  (the periodic CCHC reports by default): one due point per report;
* continuous work ("Thường xuyên") is assessed at the end of each reporting period of
  the plan year — each quarter by default (``continuous_every``);
* who owes follows :mod:`~cchc_model.scheduling.accountability`: the lead agencies owe
  (a closed group through its members, an explicit naming beating membership of a
  group), and the coordinating agencies contribute — they are listed on the lead's
  obligation as its ``contributors`` and owe nothing of their own, unless the convention
  is :data:`~cchc_model.scheduling.accountability.PARTNERS_OWE` or a reporting level
  asks them for an internal report (``internal_deadlines``, or a regime's
  ``internal`` deadline for work due "Theo quy định");
* which obligations belong to a plan is decided by their nominal due points, in the
  plan's own periods: recurring, continuous and by-regulation deadlines run within the
  plan year, periods and dates keep the years they are written with — never by where the
  working-day roll lands them (31/12/2022, a Saturday, is due on 03/01/2023 and is still
  the 2022 plan's);
* obligations come in order of due date, then of the plan's tasks, then of the agencies
  as the task's cells list them;
* a deadline that says it moves to the next working day when its date is a day off
  moves forward whatever ``rule`` says;
* "trong thời hạn 05 ngày làm việc" needs its trigger event and yields nothing here.

>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> january = schedule(plan, datetime.date(2020, 1, 1), datetime.date(2020, 1, 31))
>>> [(o.task.code, o.agency.code, f"{o.nominal_due:%d/%m}", f"{o.due:%d/%m}")
...  for o in january][:2]
[('I.6', 'VPUBND', '05/01', '06/01'), ('I.6', 'SNV', '05/01', '06/01')]
>>> [e.code for e in january[0].contributors]
['SBN', 'HUYEN']
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import attrs

from cchc_model.language.deadlines import (
    ByRegulation,
    Compound,
    Continuous,
    Deadline,
    LunarDeadline,
    Occurrence,
    Phased,
    Recurring,
    RelativeToPeriod,
    Span,
    Weekly,
)
from cchc_model.language.periods import Period, PeriodUnit, Year, period_of
from cchc_model.plan.agencies import Agency, AgencyGroup
from cchc_model.plan.tasks import Task
from cchc_model.scheduling.accountability import LEADS_OWE, Accountability, lead_owers, owers
from cchc_model.scheduling.calendar import CalendarCoverageError, WorkingCalendar, vietnam_calendar
from cchc_model.scheduling.duedates import CIVIL_CODE_148, DueDateRule, Roll
from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS, ReportingRegime

if TYPE_CHECKING:
    from cchc_model.plan.plans import Plan

__all__ = [
    "DuePoint",
    "Obligation",
    "Role",
    "Schedule",
    "is_periodic_report",
    "plan_obligations",
    "schedule",
]

# How far outside the window nominal dates are looked at: a roll moves a date by at most
# the longest run of days off (Tết with its weekends, nine days), well under this margin.
_MARGIN = datetime.timedelta(days=20)

Entry = Agency | AgencyGroup


class Role(enum.Enum):
    """An agency's role in a task."""

    LEAD = "lead"
    """Leads the task (*cơ quan chủ trì*)."""
    COORDINATING = "coordinating"
    """Takes part (*cơ quan phối hợp*)."""

    @property
    def label_vi(self) -> str:
        """The Vietnamese name of the role."""
        return "chủ trì" if self is Role.LEAD else "phối hợp"

    @property
    def label_en(self) -> str:
        """The English name of the role."""
        return "lead" if self is Role.LEAD else "coordinating"


@attrs.frozen(kw_only=True)
class DuePoint:
    """One due point of a task: what is due (the milestone), and when.

    Every agency that owes the task at this point shares it.

    Attributes:
        milestone: The phase ("ban hành", "kết thúc"), the report ("báo cáo quý I"), or
            the assessment point of continuous work ("đánh giá quý I/2020"); ``None``
            for a single due point.
        nominal_due: The due date the deadline gives.
        due: The due date resolved on the working calendar by the due-date rule.
        opens: When the window opens, if the deadline has one.
        estimated: Whether the calendar answered from the statutory rules alone.
        continuous: Whether this is an assessment point of continuous work ("Thường
            xuyên"), judged as reported or not, never as days late.
        internal: Whether this is a contributor's internal deadline: the date by which a
            coordinating agency sends its part to the lead (a level of reporting).
        time: The time of day the deadline gives ("trước 17 giờ ngày 20/5/2026"), on
            ``due``; ``None`` when the whole day counts.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.4.0 ``time``.
    """

    milestone: str | None
    nominal_due: datetime.date
    due: datetime.date
    opens: datetime.date | None = None
    estimated: bool = False
    continuous: bool = False
    internal: bool = False
    time: datetime.time | None = None


# No weak references: an obligation is kept by the million, and the slot would add 8 bytes
# to each (docs: performance).
@attrs.frozen(repr=False, weakref_slot=False)
class Obligation:
    """What one agency owes for one task at one due point.

    Attributes:
        task: The task.
        agency: The agency, or an open group that leads and owes as one body.
        role: Lead or coordinating.
        point: The due point, shared by every agency that owes the task then; its fields
            read directly on the obligation too (``milestone``, ``nominal_due``, ``due``,
            ``opens``, ``estimated``).
        contributors: The coordinating agencies and groups that contribute to a lead's
            obligation, as the task's row names them.

    .. versionadded:: 0.1.0
    """

    task: Task
    agency: Agency | AgencyGroup
    role: Role
    point: DuePoint
    contributors: tuple[Agency | AgencyGroup, ...] = ()

    @property
    def milestone(self) -> str | None:
        """The phase, report or assessment point; ``None`` for a single due point."""
        return self.point.milestone

    @property
    def nominal_due(self) -> datetime.date:
        """The due date the deadline gives."""
        return self.point.nominal_due

    @property
    def due(self) -> datetime.date:
        """The due date resolved on the working calendar."""
        return self.point.due

    @property
    def opens(self) -> datetime.date | None:
        """When the window opens, if the deadline has one."""
        return self.point.opens

    @property
    def estimated(self) -> bool:
        """Whether the calendar answered from the statutory rules alone."""
        return self.point.estimated

    @property
    def time(self) -> datetime.time | None:
        """The time of day on :attr:`due`, when the deadline gives one."""
        return self.point.time

    def has_contributor(self, agency: Agency) -> bool:
        """Whether ``agency`` contributes to this obligation, named or through a group.

        >>> from cchc_model import datasets
        >>> plan = datasets.load("an-giang-2020")
        >>> first = plan.schedule(datetime.date(2020, 1, 1), datetime.date(2020, 1, 31))[0]
        >>> first.task.code, first.has_contributor(plan.agencies.resolve("Sở Tư pháp"))
        ('I.6', True)
        """
        return any(
            entry == agency or (isinstance(entry, AgencyGroup) and agency in entry.members)
            for entry in self.contributors
        )

    def __repr__(self) -> str:
        return f"<Obligation {self}>"

    def __str__(self) -> str:
        milestone = f" ({self.milestone})" if self.milestone else ""
        return (
            f"{self.due:%d/%m/%Y} {self.task.code}{milestone} — {self.agency.name} "
            f"({self.role.label_vi})"
        )


@attrs.frozen
class _Point:
    nominal: datetime.date
    opens: datetime.date | None
    milestone: str | None
    rolls_forward: bool = False
    continuous: bool = False
    internal: bool = False
    time: datetime.time | None = None


class Schedule(list[Obligation]):
    """Obligations in due-date order: a ``list`` with a short repr and a notebook table.

    .. versionadded:: 0.3.0
    """

    def __repr__(self) -> str:
        if not self:
            return "<Schedule: no obligations>"
        return (
            f"<Schedule: {len(self)} obligations, {self[0].due:%d/%m/%Y}–{self[-1].due:%d/%m/%Y}>"
        )

    def _repr_html_(self) -> str:
        """The schedule in a notebook: due date, task, milestone, agency, role."""
        from cchc_model.formats._html import schedule_html

        return schedule_html(self)


def schedule(
    plan: Plan,
    start: datetime.date,
    end: datetime.date,
    *,
    calendar: WorkingCalendar | None = None,
    rule: DueDateRule | None = None,
    agency: Agency | AgencyGroup | str | None = None,
    regime: ReportingRegime = CCHC_PERIODIC_REPORTS,
    continuous_every: PeriodUnit = PeriodUnit.QUARTER,
    accountability: Accountability = LEADS_OWE,
    internal_deadlines: Mapping[str, Deadline] | None = None,
) -> Schedule:
    """The plan's obligations whose resolved due date lies in ``[start, end]``, by due date.

    Args:
        plan: The plan.
        start: The first day of the window.
        end: The last day of the window.
        calendar: The working calendar; :func:`~cchc_model.scheduling.calendar.vietnam_calendar`
            by default.
        rule: How due dates on a day off move; Civil Code 2015 art. 148(5) by default.
        agency: Only the obligations this agency owes (a name, a code or an agency),
            including those of the open groups it belongs to; for a group, its members'
            obligations and the group's own.
        regime: The reporting regime "Theo quy định" and reporting-period deadlines
            follow.
        continuous_every: The period at whose end continuous work is assessed.
        accountability: Who owes: :data:`~cchc_model.scheduling.accountability.LEADS_OWE`
            (the default) or :data:`~cchc_model.scheduling.accountability.PARTNERS_OWE`.
        internal_deadlines: Per task code, the deadline by which its coordinating
            agencies send their part to the lead ("ngày 03 hàng tháng" for a report the
            lead publishes on the 5th): each then owes its own internal obligations.

    Raises:
        CalendarCoverageError: a due date falls outside the calendar's years.
    """
    return Schedule(
        _obligations(
            plan,
            nominal=(start - _MARGIN, end + _MARGIN),
            window=(start, end),
            calendar=calendar,
            rule=rule,
            agency=agency,
            regime=regime,
            every=continuous_every,
            accountability=accountability,
            internal=internal_deadlines or {},
        )
    )


def plan_obligations(
    plan: Plan,
    *,
    calendar: WorkingCalendar | None = None,
    rule: DueDateRule | None = None,
    agency: Agency | AgencyGroup | str | None = None,
    regime: ReportingRegime = CCHC_PERIODIC_REPORTS,
    continuous_every: PeriodUnit = PeriodUnit.QUARTER,
    accountability: Accountability = LEADS_OWE,
    internal_deadlines: Mapping[str, Deadline] | None = None,
) -> Schedule:
    """Every obligation of the plan, by due date, wherever the working-day roll lands it.

    The plan's obligations are those whose nominal due points lie in the plan's own
    periods: recurring, continuous and by-regulation work within the plan year, and
    periods and dates as written, from the year before the plan to the year after it
    ("Ban hành trong tháng 12/2019" in a 2020 plan).  Which obligations belong to the
    plan never depends on the due-date rule.  The arguments are those of
    :func:`schedule`.

    >>> from cchc_model import datasets
    >>> plan = datasets.load("an-giang-2020")
    >>> last = plan_obligations(plan)[-1]
    >>> last.task.code, last.due
    ('VII.13', datetime.date(2020, 12, 31))

    Raises:
        CalendarCoverageError: a due date falls outside the calendar's years.
    """
    span = (datetime.date(plan.year - 1, 1, 1), datetime.date(plan.year + 1, 12, 31))
    return Schedule(
        _obligations(
            plan,
            nominal=span,
            window=None,
            calendar=calendar,
            rule=rule,
            agency=agency,
            regime=regime,
            every=continuous_every,
            accountability=accountability,
            internal=internal_deadlines or {},
        )
    )


def is_periodic_report(task: Task) -> bool:
    """Whether a task is a periodic report, where reporting has levels.

    It is one when due "Theo quy định" or per reporting period, or when recurring with a
    report among its outputs or actions (I.6 "Báo cáo và công bố ngày 05 hàng tháng").  The
    contributors to a periodic report send their part to the lead before the lead's own
    deadline.

    >>> from cchc_model import datasets
    >>> plan = datasets.load("an-giang-2020")
    >>> [t.code for t in plan.tasks if is_periodic_report(t)]
    ['I.6', 'I.17', 'III.5']
    """
    return _periodic(task.deadline, task.deadline.action, task)


def _periodic(deadline: Deadline, action: str | None, task: Task) -> bool:
    if isinstance(deadline, Compound):
        return any(_periodic(part, deadline.action, task) for part in deadline.parts)
    if isinstance(deadline, (ByRegulation, RelativeToPeriod)):
        return True
    if isinstance(deadline, Recurring):
        return "báo cáo" in (action or "").casefold() or any(
            kind.value == "Báo cáo" for kind in task.outputs
        )
    return False


def _obligations(
    plan: Plan,
    *,
    nominal: tuple[datetime.date, datetime.date],
    window: tuple[datetime.date, datetime.date] | None,
    calendar: WorkingCalendar | None,
    rule: DueDateRule | None,
    agency: Agency | AgencyGroup | str | None,
    regime: ReportingRegime,
    every: PeriodUnit,
    accountability: Accountability,
    internal: Mapping[str, Deadline],
) -> list[Obligation]:
    calendar = vietnam_calendar() if calendar is None else calendar
    rule = CIVIL_CODE_148 if rule is None else rule
    wanted = plan.agencies.resolve(agency) if isinstance(agency, str) else agency
    unknown = sorted(set(internal) - {task.code for task in plan.tasks})
    if unknown:
        raise ValueError(f"internal deadlines name tasks the plan does not have: {unknown}")
    first, last = nominal
    # (due, task order, level, milestone, shared due point, [(role, agency)], contributors)
    found: list[
        tuple[datetime.date, int, int, str, DuePoint, list[tuple[Role, Entry]], tuple[Entry, ...]]
    ] = []

    # One object per day and per milestone: the points of a plan share most of their days
    # (the ends of its months and quarters) and labels ("đánh giá quý I/2020"), and a
    # year's obligations are kept by the million.
    days: dict[datetime.date, datetime.date] = {}
    same_day = days.setdefault
    labels: dict[str | None, str | None] = {None: None}
    same_label = labels.setdefault

    # Tasks of one plan share their deadlines (a loaded plan's cells of one phrase share
    # one value): each deadline is expanded, and each of its points resolved, once per
    # call.  Keyed by identity, each entry keeping its key alive so that no id is reused.
    points_of: dict[int, tuple[Deadline, list[_Point]]] = {}
    resolved: dict[int, tuple[_Point, datetime.date | None, DuePoint | None]] = {}

    def add(
        order: int, point: _Point, owing: list[tuple[Role, Entry]], helping: tuple[Entry, ...]
    ) -> None:
        known = resolved.get(id(point))
        if known is None:
            due = _resolve(point, rule, calendar, window)
            shared = None
            if due is not None:
                opens = point.opens
                shared = DuePoint(
                    milestone=same_label(point.milestone, point.milestone),
                    nominal_due=same_day(point.nominal, point.nominal),
                    due=same_day(due, due),
                    opens=None if opens is None else same_day(opens, opens),
                    estimated=calendar.is_estimated(due),
                    continuous=point.continuous,
                    internal=point.internal,
                    time=point.time,
                )
            known = resolved[id(point)] = (point, due, shared)
        _, due, shared = known
        if due is None or shared is None:
            return
        found.append(
            (due, order, int(point.internal), point.milestone or "", shared, owing, helping)
        )

    for order, task in enumerate(plan.tasks):
        levels = _internal_points(task, plan.year, first, last, regime, internal)
        partners: list[tuple[Role, Entry]] = []
        if accountability.partners_owe or levels is not None:
            who = owers(task)  # the partners are expanded only when some of them owe
            lead_entries, contributors = who.leads, who.contributors
            partners = [(Role.COORDINATING, a) for a in who.partners if _concerns(a, wanted)]
        else:
            lead_entries, contributors = lead_owers(task)
        leads = [(Role.LEAD, entry) for entry in lead_entries if _concerns(entry, wanted)]
        if not leads and not partners:
            continue
        owing = leads + (partners if accountability.partners_owe and levels is None else [])
        if owing:
            deadline = task.deadline
            expanded = points_of.get(id(deadline))
            if expanded is None:
                points = list(_points(deadline, plan.year, first, last, regime, every))
                expanded = points_of[id(deadline)] = (deadline, points)
            for point in expanded[1]:
                add(order, point, owing, contributors)
        if partners and levels is not None:
            for point in levels:
                add(order, point, partners, ())
    found.sort(key=lambda item: item[:4])
    tasks = plan.tasks
    return [
        Obligation(tasks[order], ower, role, shared, helping if role is Role.LEAD else ())
        for _, order, _, _, shared, owing, helping in found
        for role, ower in owing
    ]


def _internal_points(
    task: Task,
    year: int,
    first: datetime.date,
    last: datetime.date,
    regime: ReportingRegime,
    internal: Mapping[str, Deadline],
) -> list[_Point] | None:
    """The internal due points of a task's contributors, or ``None`` if it has none.

    A task's own entry in ``internal`` wins; a task due through the reporting regime
    takes the regime's ``internal`` deadline when the province has set one.
    """
    deadline = internal.get(task.code)
    if deadline is not None:
        return [
            attrs.evolve(point, internal=True)
            for point in _points(deadline, year, first, last, regime, PeriodUnit.QUARTER)
        ]
    if isinstance(task.deadline, ByRegulation) and regime.internal is not None:
        return [
            _Point(report.internal_due, report.data_from, f"báo cáo {report.label}", internal=True)
            for report in regime.reports(year)
            if report.internal_due is not None and first <= report.internal_due <= last
        ]
    return None


def _resolve(
    point: _Point,
    rule: DueDateRule,
    calendar: WorkingCalendar,
    window: tuple[datetime.date, datetime.date] | None,
) -> datetime.date | None:
    """The point's resolved due date if it falls in the window (if any), else ``None``.

    A deadline that says itself that it moves to the next working day ("nếu trùng ngày
    nghỉ thì chuyển sang ngày làm việc tiếp theo") moves forward whatever the rule.
    Dates that no roll can bring into the window are not looked up, so a window at the
    edge of the calendar's years needs no data beyond them.
    """
    roll = Roll.FORWARD if point.rolls_forward else rule.roll
    nominal = point.nominal
    if window is None:
        return (
            calendar.roll_forward(nominal)
            if roll is Roll.FORWARD
            else rule.resolve(nominal, calendar)
        )
    start, end = window
    if (roll is Roll.FORWARD and nominal > end) or (roll is Roll.BACKWARD and nominal < start):
        return None
    if roll is Roll.NONE:
        return nominal if start <= nominal <= end else None
    try:
        due = (
            calendar.roll_forward(nominal)
            if roll is Roll.FORWARD
            else rule.resolve(nominal, calendar)
        )
    except CalendarCoverageError:
        if start <= nominal <= end:
            raise
        return None  # outside the window and outside the calendar's years
    return due if start <= due <= end else None


def _concerns(ower: Entry, wanted: Entry | None) -> bool:
    """Whether an obligation of ``ower`` concerns the agency or group asked about."""
    if wanted is None or ower is wanted or ower == wanted:
        return True
    if isinstance(wanted, Agency):  # the groups it belongs to
        return isinstance(ower, AgencyGroup) and wanted in ower.members
    return isinstance(ower, Agency) and ower in wanted.members  # a group's members


def _points(
    deadline: Deadline,
    year: int,
    start: datetime.date,
    end: datetime.date,
    regime: ReportingRegime,
    every: PeriodUnit,
    milestone: str | None = None,
) -> Iterator[_Point]:
    """The nominal due points of a deadline in ``[start, end]``.

    Recurring (monthly to yearly, weekly, lunar), onward ("… và các năm tiếp theo"),
    continuous and by-regulation deadlines run within the plan year: a 2020 plan's "Hàng
    tháng" is due in each month of 2020, not of 2019 or 2021.  A compound deadline has the
    due points of all its parts.  Periods and
    dates keep the years they are written with ("Ban hành trong tháng 12/2019").
    """
    rolls = deadline.rolls_forward
    if isinstance(deadline, Phased):
        for phase in deadline.phases:
            yield from _points(phase.deadline, year, start, end, regime, every, phase.milestone)
        return
    if isinstance(deadline, Compound):
        # Parts may share a due point ("hằng quý, 6 tháng": 30 June twice): once is enough.
        yield from dict.fromkeys(
            point
            for part in deadline.parts
            for point in _points(part, year, start, end, regime, every, milestone)
        )
        return
    in_year = (max(start, datetime.date(year, 1, 1)), min(end, datetime.date(year, 12, 31)))
    if isinstance(deadline, Continuous):
        for period in _periods(deadline.year or year, every):
            if start <= period.end <= end:
                label = f"đánh giá {_lower_first(str(period))}"
                yield _Point(period.end, period.start, milestone or label, rolls, continuous=True)
    elif isinstance(deadline, ByRegulation):
        for report in regime.reports(year):
            if start <= report.due <= end:
                label = milestone or f"báo cáo {report.label}"
                yield _Point(report.due, report.data_from, label, rolls)
    elif isinstance(deadline, RelativeToPeriod):
        for report in regime.reports(year):
            due = deadline.resolve(report.period)
            if start <= due <= end:
                yield _Point(due, None, milestone or f"báo cáo {report.label}", rolls)
    elif isinstance(deadline, (Recurring, Weekly, LunarDeadline)) or (
        isinstance(deadline, Span) and deadline.onward
    ):
        if in_year[0] <= in_year[1]:
            for occurrence in deadline.occurrences(*in_year):
                yield _from_occurrence(occurrence, milestone, rolls)
    else:
        for occurrence in deadline.occurrences(start, end):
            yield _from_occurrence(occurrence, milestone, rolls)


def _from_occurrence(occurrence: Occurrence, milestone: str | None, rolls: bool) -> _Point:
    return _Point(
        occurrence.due,
        occurrence.opens,
        occurrence.milestone or milestone,
        rolls,
        time=occurrence.time,
    )


def _periods(year: int, every: PeriodUnit) -> Iterator[Period]:
    period = period_of(every, year, 1) if every is not PeriodUnit.YEAR else Year(year)
    while period.year == year:
        yield period
        if every in (PeriodUnit.YEAR, PeriodUnit.NINE_MONTHS):
            return
        period = period.next()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
