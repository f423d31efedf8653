"""The schedule of a plan: who owes what, when, with due dates resolved on the calendar.

:func:`schedule` (also :meth:`Plan.schedule <cchc_model.plan.plans.Plan.schedule>`) turns a plan
into :class:`Obligation` values, one per task, responsible agency, role and due point:

* a deadline's due points come from :meth:`Deadline.occurrences
  <cchc_model.language.deadlines.Deadline.occurrences>`, each resolved by a
  :class:`~cchc_model.scheduling.duedates.DueDateRule` (Civil Code 2015 art. 148(5) by default) on a
  :class:`~cchc_model.scheduling.calendar.WorkingCalendar` (Vietnam's public sector by default);
* "Theo quy định" and "… của tháng cuối kỳ báo cáo" resolve through a reporting regime
  (the periodic CCHC reports by default): one due point per report;
* continuous work ("Thường xuyên") is assessed at the end of each reporting period of
  the plan year — each quarter by default (``continuous_every``);
* a task led by a closed group owes one obligation per member; an open group ("cơ quan,
  đơn vị có liên quan") owes one obligation as a group; an agency that leads a task does
  not also owe it as a coordinating agency (I.1 names "Các sở, ban ngành" in both);
* obligations come in order of due date, then of the plan's tasks, then of the agencies
  as the task's cells list them;
* recurring, continuous and by-regulation deadlines run within the plan year; periods
  and dates keep the years they are written with;
* a deadline that says it moves to the next working day when its date is a day off
  moves forward whatever ``rule`` says;
* "trong thời hạn 05 ngày làm việc" needs its trigger event and yields nothing here.

>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> january = schedule(plan, datetime.date(2020, 1, 1), datetime.date(2020, 1, 31))
>>> [(o.task.code, o.agency.code, f"{o.nominal_due:%d/%m}", f"{o.due:%d/%m}")
...  for o in january][:2]
[('I.6', 'VPUBND', '05/01', '06/01'), ('I.6', 'SNV', '05/01', '06/01')]
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from cchc_model.language.deadlines import (
    ByRegulation,
    Continuous,
    Deadline,
    Occurrence,
    Phased,
    Recurring,
    RelativeToPeriod,
)
from cchc_model.language.periods import Period, PeriodUnit, Year, period_of
from cchc_model.plan.agencies import Agency, AgencyGroup
from cchc_model.plan.tasks import Task
from cchc_model.scheduling.calendar import CalendarCoverageError, WorkingCalendar, vietnam_calendar
from cchc_model.scheduling.duedates import CIVIL_CODE_148, DueDateRule, Roll
from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS, ReportingRegime

if TYPE_CHECKING:
    from cchc_model.plan.plans import Plan

__all__ = ["DuePoint", "Obligation", "Role", "schedule"]

# How far outside the window nominal dates are looked at: a roll moves a date by at most
# the longest run of days off (Tết with its weekends, nine days), well under this margin.
_MARGIN = datetime.timedelta(days=20)


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

    .. versionadded:: 0.1.0
    """

    milestone: str | None
    nominal_due: datetime.date
    due: datetime.date
    opens: datetime.date | None = None
    estimated: bool = False


@attrs.frozen
class Obligation:
    """What one agency owes for one task at one due point.

    Attributes:
        task: The task.
        agency: The agency, or an open group that owes as a group.
        role: Lead or coordinating.
        point: The due point, shared by every agency that owes the task then; its fields
            read directly on the obligation too (``milestone``, ``nominal_due``, ``due``,
            ``opens``, ``estimated``).

    .. versionadded:: 0.1.0
    """

    task: Task
    agency: Agency | AgencyGroup
    role: Role
    point: DuePoint

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
) -> list[Obligation]:
    """The plan's obligations whose resolved due date lies in ``[start, end]``, by due date.

    Args:
        plan: The plan.
        start: The first day of the window.
        end: The last day of the window.
        calendar: The working calendar; :func:`~cchc_model.scheduling.calendar.vietnam_calendar` by
            default.
        rule: How due dates on a day off move; Civil Code 2015 art. 148(5) by default.
        agency: Only this agency's obligations (a name, a code or an agency), including
            those of the open groups it belongs to; for a group, its members'
            obligations and the group's own.
        regime: The reporting regime "Theo quy định" and reporting-period deadlines
            follow.
        continuous_every: The period at whose end continuous work is assessed.

    Raises:
        CalendarCoverageError: a due date falls outside the calendar's years.
    """
    calendar = vietnam_calendar() if calendar is None else calendar
    rule = CIVIL_CODE_148 if rule is None else rule
    wanted = plan.agencies.resolve(agency) if isinstance(agency, str) else agency
    due_points: list[tuple[datetime.date, int, str, DuePoint, list[tuple[Role, Any]]]] = []
    first, last = start - _MARGIN, end + _MARGIN
    for order, task in enumerate(plan.tasks):
        points = list(_points(task.deadline, plan.year, first, last, regime, continuous_every))
        if not points:
            continue
        owers = list(_owers(task, wanted))
        if not owers:
            continue
        for point in points:
            due = _resolve(point, rule, calendar, start, end)
            if due is None:
                continue
            shared = DuePoint(
                milestone=point.milestone,
                nominal_due=point.nominal,
                due=due,
                opens=point.opens,
                estimated=calendar.is_estimated(due),
            )
            due_points.append((due, order, point.milestone or "", shared, owers))
    # Sort the due points (a few per task), then list each one's agencies in cell order.
    due_points.sort(key=lambda item: item[:3])
    tasks = plan.tasks
    return [
        Obligation(tasks[order], ower, role, shared)
        for _, order, _, shared, owers in due_points
        for role, ower in owers
    ]


def _resolve(
    point: _Point,
    rule: DueDateRule,
    calendar: WorkingCalendar,
    start: datetime.date,
    end: datetime.date,
) -> datetime.date | None:
    """The point's resolved due date if it falls in ``[start, end]``, else ``None``.

    A deadline that says itself that it moves to the next working day ("nếu trùng ngày
    nghỉ thì chuyển sang ngày làm việc tiếp theo") moves forward whatever the rule.
    Dates that no roll can bring into the window are not looked up, so a window at the
    edge of the calendar's years needs no data beyond them.
    """
    roll = Roll.FORWARD if point.rolls_forward else rule.roll
    nominal = point.nominal
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


def _owers(
    task: Task, wanted: Agency | AgencyGroup | None
) -> Iterator[tuple[Role, Agency | AgencyGroup]]:
    seen: set[str] = set()  # an agency that leads a task does not also coordinate it
    for role, entries in ((Role.LEAD, task.lead), (Role.COORDINATING, task.partners)):
        for entry in entries:
            members: tuple[Agency | AgencyGroup, ...] = (
                entry.members if isinstance(entry, AgencyGroup) and not entry.open else (entry,)
            )
            for member in members:
                if member.code in seen:
                    continue
                seen.add(member.code)
                if _concerns(member, wanted):
                    yield role, member


def _concerns(ower: Agency | AgencyGroup, wanted: Agency | AgencyGroup | None) -> bool:
    """Whether an obligation of ``ower`` concerns the agency or group asked about."""
    if wanted is None or ower == wanted:
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

    Recurring, continuous and by-regulation deadlines run within the plan year: a 2020
    plan's "Hàng tháng" is due in each month of 2020, not of 2019 or 2021.  Periods and
    dates keep the years they are written with ("Ban hành trong tháng 12/2019").
    """
    rolls = deadline.rolls_forward
    if isinstance(deadline, Phased):
        for phase in deadline.phases:
            yield from _points(phase.deadline, year, start, end, regime, every, phase.milestone)
        return
    in_year = (max(start, datetime.date(year, 1, 1)), min(end, datetime.date(year, 12, 31)))
    if isinstance(deadline, Continuous):
        for period in _periods(deadline.year or year, every):
            if start <= period.end <= end:
                label = f"đánh giá {_lower_first(str(period))}"
                yield _Point(period.end, period.start, milestone or label, rolls)
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
    elif isinstance(deadline, Recurring):
        if in_year[0] <= in_year[1]:
            for occurrence in deadline.occurrences(*in_year):
                yield _from_occurrence(occurrence, milestone, rolls)
    else:
        for occurrence in deadline.occurrences(start, end):
            yield _from_occurrence(occurrence, milestone, rolls)


def _from_occurrence(occurrence: Occurrence, milestone: str | None, rolls: bool) -> _Point:
    return _Point(occurrence.due, occurrence.opens, occurrence.milestone or milestone, rolls)


def _periods(year: int, every: PeriodUnit) -> Iterator[Period]:
    period = period_of(every, year, 1) if every is not PeriodUnit.YEAR else Year(year)
    while period.year == year:
        yield period
        if every in (PeriodUnit.YEAR, PeriodUnit.NINE_MONTHS):
            return
        period = period.next()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
