"""Compliance: a verdict, with its reasons, for every obligation due or open by a date.

:func:`evaluate` matches the plan's obligations (its
:mod:`schedule <cchc_model.scheduling.schedule>`) with the agencies' progress records as
they stood on ``as_of`` and gives each obligation one :class:`Verdict`:

=================  ==========================  =================================================
status             Vietnamese                  when
=================  ==========================  =================================================
``DONE_EARLY``     hoàn thành trước hạn        done at least ``early_margin`` working days early
``DONE_ON_TIME``   hoàn thành đúng hạn         done by the resolved due date
``DONE_LATE``      hoàn thành trễ hạn          done after it (calendar and working days late)
``OVERDUE``        quá hạn                     past due, reported but not done
``NO_REPORT``      chưa báo cáo                past due, nothing reported
``IN_PROGRESS``    đang thực hiện, trong hạn   not yet due, reported in progress
``NOT_DUE``        chưa đến hạn                its window is open, not yet due, not started
=================  ==========================  =================================================

A record speaks from its report date (else its completion date): records dated after
``as_of`` are ignored, so evaluating the same records at several dates replays history.
Of several records for one obligation the latest wins, except that work once reported
done stays done: a later "in progress" does not undo it, a later "done" corrects it.

>>> from cchc_model import datasets
>>> from cchc_model.assessment.progress import ProgressRecord, Status
>>> plan = datasets.load("an-giang-2020")
>>> done = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE,
...                       done_on=datetime.date(2020, 4, 6))
>>> ev = evaluate(plan, [done], as_of=datetime.date(2020, 9, 30))
>>> v = ev.verdict("I.2", "SNV")
>>> v.status, v.days_late, v.working_days_late
(<VerdictStatus.DONE_LATE: 'done_late'>, 6, 3)
>>> v.explain("vi")   # 2/4/2020 is Giỗ Tổ Hùng Vương: late by 1, 3 and 6 April
'hạn 31/03/2020 (Quý I/2020) → hoàn thành 06/04/2020 → trễ 3 ngày làm việc'
>>> v.explain("en")
'due 31/03/2020 (Quý I/2020) → done 06/04/2020 → 3 working days late'
"""

from __future__ import annotations

import datetime
import enum
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from typing import Any

import attrs

from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.language.deadlines import DateDeadline, Deadline, PeriodDeadline
from cchc_model.plan.plans import Plan
from cchc_model.scheduling.calendar import WorkingCalendar, vietnam_calendar
from cchc_model.scheduling.duedates import DueDateRule
from cchc_model.scheduling.schedule import Obligation, Role, schedule

__all__ = ["Evaluation", "Rate", "RateSummary", "Verdict", "VerdictStatus", "evaluate"]


class VerdictStatus(enum.Enum):
    """The verdict on one obligation."""

    DONE_EARLY = "done_early"
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    IN_PROGRESS = "in_progress"
    NOT_DUE = "not_due"
    NO_REPORT = "no_report"

    @property
    def label_vi(self) -> str:
        """The Vietnamese name."""
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English name."""
        return _LABELS[self][1]

    @property
    def done(self) -> bool:
        """Whether the work was done."""
        return self in _DONE

    @property
    def on_time(self) -> bool:
        """Whether the work was done by its due date."""
        return self in (VerdictStatus.DONE_EARLY, VerdictStatus.DONE_ON_TIME)

    @property
    def due(self) -> bool:
        """Whether the obligation was due (its due date passed, or it was done)."""
        return self not in (VerdictStatus.IN_PROGRESS, VerdictStatus.NOT_DUE)


_LABELS = {
    VerdictStatus.DONE_EARLY: ("hoàn thành trước hạn", "done early"),
    VerdictStatus.DONE_ON_TIME: ("hoàn thành đúng hạn", "done on time"),
    VerdictStatus.DONE_LATE: ("hoàn thành trễ hạn", "done late"),
    VerdictStatus.OVERDUE: ("quá hạn", "overdue"),
    VerdictStatus.IN_PROGRESS: ("đang thực hiện, trong hạn", "in progress, not yet due"),
    VerdictStatus.NOT_DUE: ("chưa đến hạn", "not yet due"),
    VerdictStatus.NO_REPORT: ("chưa báo cáo", "no report"),
}
_DONE = (VerdictStatus.DONE_EARLY, VerdictStatus.DONE_ON_TIME, VerdictStatus.DONE_LATE)


@attrs.frozen(kw_only=True)
class Verdict:
    """The verdict on one obligation, with what it rests on.

    Attributes:
        obligation: The obligation judged.
        status: The verdict.
        record: The record it rests on (the latest by ``as_of``), if any.
        days_late: Calendar days between the due date and completion (done late), or
            between the due date and ``as_of`` (overdue, no report); else ``None``.
        working_days_late: The same in working days.
        as_of: The date of the evaluation.

    .. versionadded:: 0.1.0
    """

    obligation: Obligation
    status: VerdictStatus
    record: ProgressRecord | None = None
    days_late: int | None = None
    working_days_late: int | None = None
    as_of: datetime.date

    def explain(self, lang: str = "vi") -> str:
        """The reason chain, in Vietnamese (``"vi"``) or English (``"en"``)."""
        vi = lang == "vi"
        o = self.obligation
        what = o.milestone or str(o.task.deadline)
        if o.milestone is None and o.task.deadline.kind.value == "recurring":
            what = o.task.deadline_text
        parts = [f"{'hạn' if vi else 'due'} {o.due:%d/%m/%Y} ({what})"]
        if o.due != o.nominal_due:
            parts[0] += f", {'theo kế hoạch' if vi else 'nominally'} {o.nominal_due:%d/%m/%Y}"
        record = self.record
        if self.status.done and record is not None and record.done_on is not None:
            parts.append(f"{'hoàn thành' if vi else 'done'} {record.done_on:%d/%m/%Y}")
            if self.status is VerdictStatus.DONE_LATE:
                parts.append(
                    f"trễ {self.working_days_late} ngày làm việc"
                    if vi
                    else f"{self.working_days_late} working days late"
                )
            elif self.status is VerdictStatus.DONE_EARLY:
                parts.append("trước hạn" if vi else "early")
            else:
                parts.append("đúng hạn" if vi else "on time")
        elif self.status in (VerdictStatus.OVERDUE, VerdictStatus.NO_REPORT):
            if record is not None:
                parts.append(
                    f"{record.status.label_vi if vi else record.status.value.replace('_', ' ')}"
                    f" ({'báo cáo' if vi else 'reported'} "
                    f"{(record.dated or self.as_of):%d/%m/%Y})"
                )
            else:
                parts.append("chưa báo cáo" if vi else "no report")
            parts.append(
                f"quá hạn {self.days_late} ngày ({self.working_days_late} ngày làm việc) "
                f"tính đến {self.as_of:%d/%m/%Y}"
                if vi
                else f"{self.days_late} days ({self.working_days_late} working days) "
                f"overdue as of {self.as_of:%d/%m/%Y}"
            )
        else:
            parts.append(self.status.label_vi if vi else self.status.label_en)
        return " → ".join(parts)

    def __str__(self) -> str:
        return f"{self.obligation} — {self.status.label_vi}"


@attrs.frozen
class Rate:
    """A share with its parts: ``numerator`` of ``denominator``.

    .. versionadded:: 0.1.0
    """

    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        """The share in [0, 1], or ``None`` when there is nothing to count."""
        return None if self.denominator == 0 else self.numerator / self.denominator

    def __str__(self) -> str:
        value = self.value
        shown = "—" if value is None else f"{value:.0%}"
        return f"{self.numerator}/{self.denominator} ({shown})"


@attrs.frozen
class RateSummary:
    """Completion and on-time rates of a set of obligations that were due.

    Attributes:
        completed: Done (early, on time or late) of those due.
        on_time: Done by the due date of those due.
    """

    completed: Rate
    on_time: Rate


@attrs.frozen(kw_only=True)
class Evaluation:
    """The verdicts on a plan's obligations as of a date, with roll-ups.

    .. versionadded:: 0.1.0
    """

    plan: Plan
    as_of: datetime.date
    verdicts: tuple[Verdict, ...]

    def verdict(self, task: str, agency: str, milestone: str | None = None) -> Verdict:
        """The (first) verdict on ``task`` for ``agency`` (a code), at ``milestone``.

        ``milestone`` is a phase, report or assessment name, or the ISO nominal due date
        of one occurrence ("2020-02-05").

        Raises:
            KeyError: there is no such verdict.
        """
        for verdict in self.verdicts:
            o = verdict.obligation
            if (
                o.task.code == task
                and o.agency.code == agency
                and (milestone in (None, o.milestone) or milestone == o.nominal_due.isoformat())
            ):
                return verdict
        raise KeyError(f"no verdict on task {task} for {agency}")

    def count(self) -> dict[VerdictStatus, int]:
        """How many verdicts of each status."""
        counts = dict.fromkeys(VerdictStatus, 0)
        for verdict in self.verdicts:
            counts[verdict.status] += 1
        return counts

    def _rates(self, key: Callable[[Verdict], Hashable | None]) -> dict[Any, RateSummary]:
        due: dict[Any, int] = defaultdict(int)
        done: dict[Any, int] = defaultdict(int)
        on_time: dict[Any, int] = defaultdict(int)
        for verdict in self.verdicts:
            if not verdict.status.due:
                continue
            group = key(verdict)
            if group is None:
                continue
            due[group] += 1
            done[group] += verdict.status.done
            on_time[group] += verdict.status.on_time
        return {
            group: RateSummary(Rate(done[group], count), Rate(on_time[group], count))
            for group, count in due.items()
        }

    def overall(self) -> RateSummary:
        """Completion and on-time rates of the whole plan."""
        return self._rates(lambda v: "plan").get("plan", RateSummary(Rate(0, 0), Rate(0, 0)))

    def by_task(self) -> dict[str, RateSummary]:
        """Rates per task code."""
        return self._rates(lambda v: v.obligation.task.code)

    def by_area(self) -> dict[str, RateSummary]:
        """Rates per reform area code, in the plan's order of areas."""
        found = self._rates(lambda v: v.obligation.task.area_code)
        return {area.code: found[area.code] for area in self.plan.areas if area.code in found}

    def tasks_completed(self) -> Rate:
        """Tasks whose lead agencies completed every due point due so far, of tasks due.

        A task counts once it has a due point due by ``as_of``; it is completed when every
        lead obligation due so far is done.
        """
        due: dict[str, bool] = {}
        for verdict in self.verdicts:
            if verdict.obligation.role is not Role.LEAD or not verdict.status.due:
                continue
            code = verdict.obligation.task.code
            due[code] = due.get(code, True) and verdict.status.done
        return Rate(sum(due.values()), len(due))

    def by_agency(self, role: Role | None = None) -> dict[str, RateSummary]:
        """Rates per agency code, for one role (lead or coordinating) or both."""
        return self._rates(
            lambda v: (
                v.obligation.agency.code if role is None or v.obligation.role is role else None
            )
        )

    def by_month(self) -> dict[str, RateSummary]:
        """Rates per month of the due date ("2020-03")."""
        return self._rates(lambda v: f"{v.obligation.due:%Y-%m}")

    # Conveniences: each delegates to cchc_model.formats.reports, imported when called, so
    # that the assessment layer does not depend on the formats layer (docs: architecture).

    def to_text(self, lang: str = "vi") -> str:
        """A plain-text report; see :func:`cchc_model.formats.reports.to_text`."""
        from cchc_model.formats import reports

        return reports.to_text(self, lang)

    def to_markdown(self, lang: str = "vi") -> str:
        """A Markdown report; see :func:`cchc_model.formats.reports.to_markdown`."""
        from cchc_model.formats import reports

        return reports.to_markdown(self, lang)

    def to_csv(self, lang: str = "vi") -> str:
        """One CSV row per obligation; see :func:`cchc_model.formats.reports.to_csv`."""
        from cchc_model.formats import reports

        return reports.to_csv(self, lang)

    def to_json(self, lang: str = "vi") -> str:
        """The evaluation as JSON; see :func:`cchc_model.formats.reports.to_json`."""
        from cchc_model.formats import reports

        return reports.to_json(self, lang)


def evaluate(
    plan: Plan,
    records: Iterable[ProgressRecord],
    *,
    as_of: datetime.date,
    calendar: WorkingCalendar | None = None,
    rule: DueDateRule | None = None,
    early_margin: int = 5,
) -> Evaluation:
    """Judge every obligation of ``plan`` due or open by ``as_of`` against the records.

    Args:
        plan: The plan.
        records: Progress records (any order; those dated after ``as_of`` are ignored).
        as_of: The date of the evaluation.
        calendar: The working calendar; Vietnam's public sector by default.
        rule: The due-date rule; Civil Code 2015 art. 148(5) by default.
        early_margin: How many working days before the due date work must be done to
            count as done early; 0 to count nothing as early.
    """
    calendar = vietnam_calendar() if calendar is None else calendar
    window_start = datetime.date(plan.year - 1, 1, 1)
    window_end = datetime.date(plan.year, 12, 31)
    obligations = schedule(plan, window_start, window_end, calendar=calendar, rule=rule)
    latest: dict[tuple[str, str, str | None], ProgressRecord] = {}
    for record in sorted(records, key=lambda r: (r.dated or datetime.date.min, r.row or 0)):
        if record.dated is not None and record.dated > as_of:
            continue
        if record.done_on is not None and record.done_on > as_of:
            continue
        key = (record.task, record.agency, _fold(record.milestone))
        known = latest.get(key)
        # A later record supersedes an earlier one, but work once reported done stays
        # done: a later "in progress" does not undo it (a later "done" may correct it).
        if known is None or record.status is Status.DONE or known.status is not Status.DONE:
            latest[key] = record
    verdicts = []
    for obligation in obligations:
        opens = obligation.opens or obligation.due
        if obligation.due > as_of and opens > as_of:
            continue  # neither due nor open yet
        found = _record_for(obligation, latest)
        verdicts.append(_judge(obligation, found, as_of, calendar, early_margin))
    return Evaluation(plan=plan, as_of=as_of, verdicts=tuple(verdicts))


def _fold(milestone: str | None) -> str | None:
    return None if milestone is None else milestone.casefold()


def _record_for(
    obligation: Obligation, latest: dict[tuple[str, str, str | None], ProgressRecord]
) -> ProgressRecord | None:
    """The record of an obligation, found by milestone or nominal date.

    A record without a milestone counts only for a task with a single due point.
    """
    task, agency = obligation.task.code, obligation.agency.code
    for milestone in (_fold(obligation.milestone), obligation.nominal_due.isoformat()):
        match = latest.get((task, agency, milestone))
        if match is not None:
            return match
    if obligation.milestone is None and _single_point(obligation.task.deadline):
        return latest.get((task, agency, None))
    return None


def _single_point(deadline: Deadline) -> bool:
    if isinstance(deadline, PeriodDeadline):
        return len(deadline.windows) == 1
    return isinstance(deadline, DateDeadline)


def _judge(
    obligation: Obligation,
    record: ProgressRecord | None,
    as_of: datetime.date,
    calendar: WorkingCalendar,
    early_margin: int,
) -> Verdict:
    due = obligation.due
    if record is not None and record.status is Status.DONE and record.done_on is not None:
        done = record.done_on
        if done > due:
            return Verdict(
                obligation=obligation,
                status=VerdictStatus.DONE_LATE,
                record=record,
                days_late=(done - due).days,
                working_days_late=calendar.working_days_late(due, done),
                as_of=as_of,
            )
        early = early_margin > 0 and calendar.working_days_between(done, due) >= early_margin
        status = VerdictStatus.DONE_EARLY if early else VerdictStatus.DONE_ON_TIME
        return Verdict(obligation=obligation, status=status, record=record, as_of=as_of)
    if due < as_of:
        status = VerdictStatus.NO_REPORT if record is None else VerdictStatus.OVERDUE
        return Verdict(
            obligation=obligation,
            status=status,
            record=record,
            days_late=(as_of - due).days,
            working_days_late=calendar.working_days_late(due, as_of),
            as_of=as_of,
        )
    if record is not None and record.status is Status.IN_PROGRESS:
        return Verdict(
            obligation=obligation, status=VerdictStatus.IN_PROGRESS, record=record, as_of=as_of
        )
    return Verdict(obligation=obligation, status=VerdictStatus.NOT_DUE, record=record, as_of=as_of)
