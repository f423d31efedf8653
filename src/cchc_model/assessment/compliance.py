"""Compliance: a verdict, with its reasons, for every obligation of a plan as of a date.

:func:`evaluate` matches every obligation of a plan (its
:func:`~cchc_model.scheduling.schedule.plan_obligations`) with the agencies' progress
records as they stood on ``as_of`` and gives each obligation one :class:`Verdict`:

==================  ===========================  ===============================================
status              Vietnamese                   when
==================  ===========================  ===============================================
``DONE_EARLY``      hoàn thành trước hạn         done before the due date (the policy's rule)
``DONE_ON_TIME``    hoàn thành đúng hạn          done by the resolved due date
``DONE_LATE``       hoàn thành trễ hạn           done after it (calendar and working days late)
``REPORTED``        đã báo cáo                   continuous work reported for its period
``OVERDUE``         quá hạn                      past due, reported but not done
``NO_REPORT``       chưa báo cáo                 past due, nothing reported
``IN_PROGRESS``     đang thực hiện, trong hạn    not yet due, reported in progress
``NOT_DUE``         chưa đến hạn                 not yet due, not started
``NOT_APPLICABLE``  không phát sinh              reported as not arising: out of every count
==================  ===========================  ===============================================

A record speaks from its report date (else its completion date): records dated after
``as_of`` are ignored, so evaluating the same records at several dates replays history.
Of several records for one obligation the latest wins, except that work once reported
done stays done: a later "in progress" does not undo it, a later "done" corrects it.

The plan's completion is counted as the inspector counts it, by task
(:meth:`Evaluation.tasks_completed`): a task is completed when its lead agencies have done
every due point of it by the ``cutoff`` (31/12 of the plan year unless said otherwise);
tasks reported as not arising leave the count.  Obligation-level rates
(:meth:`Evaluation.overall` and the roll-ups) are detail.

>>> from cchc_model import datasets
>>> from cchc_model.assessment.progress import ProgressRecord, Status
>>> plan = datasets.load("an-giang-2020")
>>> done = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE,
...                       done_on=datetime.date(2020, 4, 6))
>>> ev = evaluate(plan, [done], as_of=datetime.date(2020, 9, 30))
>>> v = ev.verdict("I.2", "Sở Nội vụ")
>>> v.status, v.days_late, v.working_days_late
(<VerdictStatus.DONE_LATE: 'done_late'>, 6, 3)
>>> v.explain("vi")   # 2/4/2020 is Giỗ Tổ Hùng Vương: late by 1, 3 and 6 April
'hạn 31/03/2020 (Quý I/2020) → hoàn thành 06/04/2020 → trễ 3 ngày làm việc'
>>> v.explain("en")
'due 31/03/2020 (Quý I/2020) → done 06/04/2020 → 3 working days late'
>>> str(ev.tasks_completed())
'1/63 (2%)'
"""

from __future__ import annotations

import datetime
import enum
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from cchc_model._reprs import shorten
from cchc_model.assessment import _judging
from cchc_model.assessment.policy import DEFAULT_POLICY, AssessmentPolicy, EarlyRule
from cchc_model.assessment.progress import ProgressRecord
from cchc_model.language.deadlines import (
    DateDeadline,
    Deadline,
    PeriodDeadline,
    PointInPeriod,
    Span,
    WeekOfMonth,
)
from cchc_model.plan.agencies import UnknownAgencyError
from cchc_model.plan.plans import Plan
from cchc_model.scheduling.calendar import WorkingCalendar, vietnam_calendar
from cchc_model.scheduling.duedates import DueDateRule
from cchc_model.scheduling.schedule import Obligation, Role, plan_obligations

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Evaluation",
    "ObligationTable",
    "Rate",
    "RateSummary",
    "TaskState",
    "Verdict",
    "VerdictStatus",
    "evaluate",
]


class VerdictStatus(enum.Enum):
    """The verdict on one obligation."""

    DONE_EARLY = "done_early"
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    REPORTED = "reported"
    OVERDUE = "overdue"
    IN_PROGRESS = "in_progress"
    NOT_DUE = "not_due"
    NO_REPORT = "no_report"
    NOT_APPLICABLE = "not_applicable"

    # A member is equal only to itself, so it may hash as itself: in C, where Enum's own
    # hash of the name runs in Python — counting a year of verdicts is a dict per verdict.
    __hash__ = object.__hash__

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
        """Whether the work was done (for continuous work: reported)."""
        return self in _DONE

    @property
    def on_time(self) -> bool:
        """Whether the work was done by its due date (continuous work: reported)."""
        return self in (
            VerdictStatus.DONE_EARLY,
            VerdictStatus.DONE_ON_TIME,
            VerdictStatus.REPORTED,
        )

    @property
    def due(self) -> bool:
        """Whether the obligation counts as due: its due date passed, or it was done.

        Work reported as not arising is never due.
        """
        return self not in (
            VerdictStatus.IN_PROGRESS,
            VerdictStatus.NOT_DUE,
            VerdictStatus.NOT_APPLICABLE,
        )


_LABELS = {
    VerdictStatus.DONE_EARLY: ("hoàn thành trước hạn", "done early"),
    VerdictStatus.DONE_ON_TIME: ("hoàn thành đúng hạn", "done on time"),
    VerdictStatus.DONE_LATE: ("hoàn thành trễ hạn", "done late"),
    VerdictStatus.REPORTED: ("đã báo cáo thực hiện", "reported"),
    VerdictStatus.OVERDUE: ("quá hạn", "overdue"),
    VerdictStatus.IN_PROGRESS: ("đang thực hiện, trong hạn", "in progress, not yet due"),
    VerdictStatus.NOT_DUE: ("chưa đến hạn", "not yet due"),
    VerdictStatus.NO_REPORT: ("chưa báo cáo", "no report"),
    VerdictStatus.NOT_APPLICABLE: ("không phát sinh", "not applicable"),
}
_DONE = (
    VerdictStatus.DONE_EARLY,
    VerdictStatus.DONE_ON_TIME,
    VerdictStatus.DONE_LATE,
    VerdictStatus.REPORTED,
)


class TaskState(enum.Enum):
    """Where a task of the plan stands, judged by its lead agencies' obligations.

    .. versionadded:: 0.2.0
    """

    COMPLETED = "completed"
    """Every due point done by the cut-off (*hoàn thành*)."""
    OVERDUE = "overdue"
    """A due point is past due and not done (*chưa hoàn thành, quá hạn*)."""
    IN_PROGRESS = "in_progress"
    """Some work is due or done, none is overdue (*đang thực hiện*)."""
    NOT_DUE = "not_due"
    """Nothing is due yet and nothing is done (*chưa đến hạn*)."""
    NOT_APPLICABLE = "not_applicable"
    """Reported as not arising (*không phát sinh*): out of the count."""
    NOT_ASSESSABLE = "not_assessable"
    """No due point in the plan's periods (a time limit awaiting its event): out of the
    count, and listed."""

    @property
    def label_vi(self) -> str:
        """The Vietnamese name."""
        return _TASK_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English name."""
        return _TASK_LABELS[self][1]

    @property
    def counted(self) -> bool:
        """Whether the task counts in the plan's denominator."""
        return self not in (TaskState.NOT_APPLICABLE, TaskState.NOT_ASSESSABLE)


_TASK_LABELS = {
    TaskState.COMPLETED: ("hoàn thành", "completed"),
    TaskState.OVERDUE: ("chưa hoàn thành, quá hạn", "overdue"),
    TaskState.IN_PROGRESS: ("đang thực hiện", "in progress"),
    TaskState.NOT_DUE: ("chưa đến hạn", "not yet due"),
    TaskState.NOT_APPLICABLE: ("không phát sinh", "not applicable"),
    TaskState.NOT_ASSESSABLE: ("chưa xác định được mốc đánh giá", "no due point to assess"),
}


def _days(count: int | None, lang: str, *, working: bool) -> str:
    """A count of days in words: "3 ngày làm việc", "1 working day", "2 days"."""
    if lang == "vi":
        return f"{count} ngày làm việc" if working else f"{count} ngày"
    unit = "working day" if working else "day"
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


@attrs.frozen(kw_only=True, repr=False)
class Verdict:
    """The verdict on one obligation, with what it rests on.

    Attributes:
        obligation: The obligation judged.
        status: The verdict.
        record: The record it rests on (the latest by ``as_of``), if any.
        days_late: Calendar days between the due date and completion (done late), or
            between the due date and ``as_of`` (overdue, no report); else ``None``.
            Always ``None`` for continuous work, which is judged as reported or not.
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
        """The reason chain, in Vietnamese (``"vi"``) or English (``"en"``).

        A due date resting on a calendar estimate (a year without the government's
        notice of days off) says so.
        """
        vi = lang == "vi"
        o = self.obligation
        what = o.milestone or str(o.task.deadline)
        if o.milestone is None and o.task.deadline.kind.value == "recurring":
            what = o.task.deadline_text
        first = f"{'hạn' if vi else 'due'} {o.due:%d/%m/%Y} ({what})"
        if o.point.internal:
            first = (
                f"hạn gửi cơ quan chủ trì {o.due:%d/%m/%Y} ({what})"
                if vi
                else f"due to the lead {o.due:%d/%m/%Y} ({what})"
            )
        if o.due != o.nominal_due:
            first += f", {'theo kế hoạch' if vi else 'nominally'} {o.nominal_due:%d/%m/%Y}"
        if o.estimated:
            first += ", ngày nghỉ ước tính" if vi else ", on an estimated calendar"
        parts = [first]
        record = self.record
        status = self.status
        if status is VerdictStatus.NOT_APPLICABLE:
            parts.append(status.label_vi if vi else status.label_en)
            if record is not None and record.note:
                parts[-1] += f" ({record.note})"
        elif status is VerdictStatus.REPORTED:
            assert record is not None
            reported = record.dated or self.as_of
            parts.append(
                f"đã báo cáo {reported:%d/%m/%Y}" if vi else f"reported {reported:%d/%m/%Y}"
            )
        elif status.done and record is not None and record.done_on is not None:
            parts.append(f"{'hoàn thành' if vi else 'done'} {record.done_on:%d/%m/%Y}")
            if status is VerdictStatus.DONE_LATE:
                late = _days(self.working_days_late, lang, working=True)
                parts.append(f"trễ {late}" if vi else f"{late} late")
            elif status is VerdictStatus.DONE_EARLY:
                parts.append("trước hạn" if vi else "early")
            else:
                parts.append("đúng hạn" if vi else "on time")
        elif status in (VerdictStatus.OVERDUE, VerdictStatus.NO_REPORT):
            if record is not None:
                parts.append(
                    f"{record.status.label_vi if vi else record.status.value.replace('_', ' ')}"
                    f" ({'báo cáo' if vi else 'reported'} "
                    f"{(record.dated or self.as_of):%d/%m/%Y})"
                )
            else:
                parts.append("chưa báo cáo" if vi else "no report")
            if self.days_late is None:  # continuous work: reported or not, never days late
                parts.append(
                    f"chưa đạt tính đến {self.as_of:%d/%m/%Y}"
                    if vi
                    else f"not met as of {self.as_of:%d/%m/%Y}"
                )
            else:
                days = _days(self.days_late, lang, working=False)
                working = _days(self.working_days_late, lang, working=True)
                parts.append(
                    f"quá hạn {days} ({working}) tính đến {self.as_of:%d/%m/%Y}"
                    if vi
                    else f"{days} ({working}) overdue as of {self.as_of:%d/%m/%Y}"
                )
        else:
            parts.append(status.label_vi if vi else status.label_en)
        return " → ".join(parts)

    def __repr__(self) -> str:
        return f"<Verdict {self.obligation}: {self.status.value}>"

    def __str__(self) -> str:
        return f"{self.obligation} — {self.status.label_vi}"


# One lead verdict as the task's state reads it: status, record, due date.
_Judged = tuple[VerdictStatus, "ProgressRecord | None", datetime.date]


@attrs.frozen
class Rate:
    """A share with its parts: ``numerator`` of ``denominator``.

    The share is exact (:attr:`fraction`); only :meth:`__str__` rounds, for display.

    .. versionadded:: 0.1.0
    """

    numerator: int
    denominator: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.numerator <= self.denominator and self.denominator >= 0:
            raise ValueError(f"a rate is 0 to {self.denominator}, not {self.numerator}")

    @property
    def fraction(self) -> Fraction | None:
        """The exact share, or ``None`` when there is nothing to count."""
        return None if self.denominator == 0 else Fraction(self.numerator, self.denominator)

    @property
    def value(self) -> float | None:
        """The share in [0, 1] as a float (for display and plotting), or ``None``."""
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


@attrs.frozen(kw_only=True, repr=False)
class Evaluation:
    """The verdicts on a plan's obligations as of a date, with roll-ups.

    The verdicts are kept as columns, one value per obligation in the schedule's order
    (:attr:`statuses`, :attr:`records`, :attr:`days_late`, :attr:`working_days_late`):
    a province's year of verdicts takes a few machine words per obligation, and the
    :class:`Verdict` values of :attr:`verdicts` are made the first time they are asked
    for.

    Attributes:
        plan: The plan.
        as_of: The date of the evaluation.
        obligations: The obligations judged, in the schedule's order.
        statuses: The verdict on each obligation.
        records: The record each verdict rests on (the latest by ``as_of``), or ``None``.
        days_late: Each verdict's calendar days late (see :attr:`Verdict.days_late`).
        working_days_late: The same in working days.
        cutoff: The last day work counts towards the plan's completion (31/12 of the plan
            year unless said otherwise); work done later is late work, not completion —
            unless its own due date, moved off a day off, is later still.
        policy: The conventions applied.
        later_records: The records dated after ``as_of`` (done or reported later), which
            the evaluation does not count: a record from the future is never used, and
            never silently dropped either.

    Raises:
        ValueError: the columns are not all as long as ``obligations``.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.4.0 ``later_records``.
    .. versionchanged:: 0.6.0 The verdicts are kept as columns; :attr:`verdicts` is made
       from them when first read.
    """

    plan: Plan
    as_of: datetime.date
    obligations: tuple[Obligation, ...]
    statuses: tuple[VerdictStatus, ...]
    records: tuple[ProgressRecord | None, ...]
    days_late: tuple[int | None, ...]
    working_days_late: tuple[int | None, ...]
    cutoff: datetime.date = attrs.field(
        default=attrs.Factory(lambda self: datetime.date(self.plan.year, 12, 31), takes_self=True)
    )
    policy: AssessmentPolicy = DEFAULT_POLICY
    later_records: tuple[ProgressRecord, ...] = ()
    _verdicts: tuple[Verdict, ...] | None = attrs.field(
        init=False, default=None, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        size = len(self.obligations)
        for name in ("statuses", "records", "days_late", "working_days_late"):
            if len(getattr(self, name)) != size:
                raise ValueError(
                    f"{name} holds {len(getattr(self, name))} values for {size} obligations"
                )

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        """One verdict per obligation of the plan, in the schedule's order."""
        made = self._verdicts
        if made is None:
            as_of = self.as_of
            made = tuple(
                Verdict(
                    obligation=obligation,
                    status=status,
                    record=record,
                    days_late=days,
                    working_days_late=working,
                    as_of=as_of,
                )
                for obligation, status, record, days, working in zip(
                    self.obligations,
                    self.statuses,
                    self.records,
                    self.days_late,
                    self.working_days_late,
                    strict=True,
                )
            )
            object.__setattr__(self, "_verdicts", made)  # made once, from frozen columns
        return made

    def to_frame(self, table: str = "verdicts", *, lang: str = "en") -> pd.DataFrame:
        """A table of the evaluation as a pandas DataFrame (needs pandas).

        ``"verdicts"`` (one row per obligation), ``"tasks"``, ``"areas"``, ``"agencies"``
        or ``"months"``; see :func:`cchc_model.formats.frames.to_frame`.
        """
        from cchc_model.formats.frames import to_frame

        return to_frame(self, table, lang=lang)

    def _repr_html_(self) -> str:
        """The evaluation in a notebook: completion, verdicts by status and area, overdue."""
        from cchc_model.formats._html import evaluation_html

        return evaluation_html(self)

    def __repr__(self) -> str:
        return (
            f"<Evaluation of {shorten(str(self.plan))!r} as of {self.as_of:%d/%m/%Y}: "
            f"{len(self.statuses)} verdicts, tasks completed {self.tasks_completed()}>"
        )

    def verdict(self, task: str, agency: str, milestone: str | None = None) -> Verdict:
        """The (first) verdict on ``task`` for ``agency`` at ``milestone``.

        ``agency`` is a code or any name the plan's registry resolves ("Sở Nội vụ",
        "SNV"); ``milestone`` is a phase, report or assessment name, or the ISO nominal
        due date of one occurrence ("2020-02-05").

        Raises:
            KeyError: there is no such verdict (or no such agency).
        """
        try:
            code = self.plan.agencies.resolve(agency).code
        except UnknownAgencyError:
            raise KeyError(f"no verdict on task {task} for {agency!r}: no such agency") from None
        for verdict in self.verdicts:
            o = verdict.obligation
            if (
                o.task.code == task
                and o.agency.code == code
                and (milestone in (None, o.milestone) or milestone == o.nominal_due.isoformat())
            ):
                return verdict
        raise KeyError(f"no verdict on task {task} for {agency}")

    def count(self) -> dict[VerdictStatus, int]:
        """How many verdicts of each status."""
        counts = dict.fromkeys(VerdictStatus, 0)
        counts.update(Counter(self.statuses))
        return counts

    # ------------------------------------------------------------------ tasks

    def task_states(self) -> dict[str, TaskState]:
        """Where each task of the plan stands, in the plan's order.

        A task is judged by its lead agencies' obligations: completed when each is done
        (continuous work: reported) by the cut-off, or by its own due date when that is
        later; overdue when one is past due and not done; not applicable when every one
        was reported as not arising; not assessable when it has none.
        """
        leads = self._leads({task.code: [] for task in self.plan.tasks})
        return {code: self._state(judged) for code, judged in leads.items()}

    def _leads(self, leads: dict[str, list[_Judged]]) -> dict[str, list[_Judged]]:
        """The lead agencies' verdicts by task, read from the columns."""
        for obligation, status, record in zip(
            self.obligations, self.statuses, self.records, strict=True
        ):
            if obligation.role is Role.LEAD:
                leads[obligation.task.code].append((status, record, obligation.due))
        return leads

    def _state(self, judged: list[_Judged]) -> TaskState:
        if not judged:
            return TaskState.NOT_ASSESSABLE
        counted = [j for j in judged if j[0] is not VerdictStatus.NOT_APPLICABLE]
        if not counted:
            return TaskState.NOT_APPLICABLE
        if all(self._fulfilled(j) for j in counted):
            return TaskState.COMPLETED
        if any(j[0].due and not self._fulfilled(j) for j in counted):
            return TaskState.OVERDUE
        if any(
            status is not VerdictStatus.NOT_DUE or record is not None
            for status, record, _ in counted
        ):
            return TaskState.IN_PROGRESS
        return TaskState.NOT_DUE

    def _fulfilled(self, judged: _Judged) -> bool:
        """Whether an obligation counts as done for the plan: done by the cut-off."""
        status, record, due = judged
        if not status.done or record is None:
            return False
        when = record.done_on or record.dated
        return when is not None and when <= max(self.cutoff, due)

    def tasks_completed(self) -> Rate:
        """Tasks completed of the tasks in the plan: the plan's completion.

        The denominator is every task of the plan, less those reported as not arising
        and those with no due point to assess (both listed by :meth:`task_states`); a
        task is completed when its lead agencies did every due point of it by the
        cut-off.  This is the share the PAR INDEX-style criterion "mức độ thực hiện kế
        hoạch CCHC" scores.
        """
        states = self.task_states().values()
        counted = [state for state in states if state.counted]
        return Rate(sum(state is TaskState.COMPLETED for state in counted), len(counted))

    def tasks_completed_of_due(self) -> Rate:
        """Tasks completed of the tasks whose deadline has come (a second denominator).

        A task has come due when a due point of its leads has passed by ``as_of`` (or
        it is completed), so every overdue task is among them.  Some offices report this
        share ("hoàn thành 2.501/2.723 nhiệm vụ đến hạn"); the plan's completion is
        :meth:`tasks_completed`.
        """
        completed = due = 0
        for judged in self._leads({task.code: [] for task in self.plan.tasks}).values():
            state = self._state(judged)
            if not state.counted:
                continue
            counted = [j for j in judged if j[0] is not VerdictStatus.NOT_APPLICABLE]
            if state is TaskState.COMPLETED or any(j[2] < self.as_of for j in counted):
                due += 1
                completed += state is TaskState.COMPLETED
        return Rate(completed, due)

    def tasks_by_area(self) -> dict[str, Rate]:
        """Tasks completed of the tasks counted, per top-level reform area.

        A nested area's tasks count with its outermost area; the plan's order is kept.
        """
        states = self.task_states()
        return {
            area.code: Rate(
                sum(states[t.code] is TaskState.COMPLETED for t in area.all_tasks),
                sum(states[t.code].counted for t in area.all_tasks),
            )
            for area in self.plan.areas
        }

    # ------------------------------------------------------------------ obligations

    def _rates(self, key: Callable[[Obligation], Hashable | None]) -> dict[Any, RateSummary]:
        due: dict[Any, int] = defaultdict(int)
        done: dict[Any, int] = defaultdict(int)
        on_time: dict[Any, int] = defaultdict(int)
        for obligation, status in zip(self.obligations, self.statuses, strict=True):
            if not status.due:
                continue
            group = key(obligation)
            if group is None:
                continue
            due[group] += 1
            done[group] += status.done
            on_time[group] += status.on_time
        return {
            group: RateSummary(Rate(done[group], count), Rate(on_time[group], count))
            for group, count in due.items()
        }

    def overall(self) -> RateSummary:
        """Completion and on-time rates of the obligations due so far (detail)."""
        return self._rates(lambda o: "plan").get("plan", RateSummary(Rate(0, 0), Rate(0, 0)))

    def by_task(self) -> dict[str, RateSummary]:
        """Obligation rates per task code, in the plan's order of tasks."""
        found = self._rates(lambda o: o.task.code)
        return {task.code: found[task.code] for task in self.plan.tasks if task.code in found}

    def by_area(self) -> dict[str, RateSummary]:
        """Obligation rates per top-level reform area code, in the plan's order of areas."""
        found = self._rates(lambda o: o.task.area_path[0])
        return {area.code: found[area.code] for area in self.plan.areas if area.code in found}

    def by_agency(self, role: Role | None = None) -> dict[str, RateSummary]:
        """Obligation rates per agency code, for one role (lead or coordinating) or both."""
        return self._rates(lambda o: o.agency.code if role is None or o.role is role else None)

    def by_month(self) -> dict[str, RateSummary]:
        """Obligation rates per month of the due date ("2020-03")."""
        return self._rates(lambda o: f"{o.due:%Y-%m}")

    @property
    def estimated(self) -> bool:
        """Whether any due date rests on a calendar estimate."""
        return any(o.estimated for o in self.obligations)

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
        """The figures and one row per obligation; see :func:`cchc_model.formats.reports.to_csv`."""
        from cchc_model.formats import reports

        return reports.to_csv(self, lang)

    def to_json(self, lang: str = "vi") -> str:
        """The evaluation as JSON; see :func:`cchc_model.formats.reports.to_json`."""
        from cchc_model.formats import reports

        return reports.to_json(self, lang)


@attrs.frozen(repr=False, eq=False)
class ObligationTable:
    """A plan's obligations under a policy and a calendar, ready to be judged again and again.

    Everything :func:`evaluate` does that depends on the plan alone is done once, here:
    the obligations listed and their due dates rolled, and an index by which each record
    finds its obligation in one lookup.  A dashboard that re-evaluates a plan on new
    records keeps the table and calls :meth:`evaluate`; each call then costs only the
    join and the rules (see the guide's *Performance at national scale*).  The table
    holds no state that changes: two evaluations from one table are independent.

    Make one with :meth:`of`.

    Attributes:
        plan: The plan.
        policy: The conventions: who owes, what is early, the reporting regime,
            continuous work.
        calendar: The working calendar the due dates were rolled on.
        obligations: Every obligation of the plan
            (:func:`~cchc_model.scheduling.schedule.plan_obligations`), by due date.

    .. versionadded:: 0.6.0
    """

    plan: Plan
    policy: AssessmentPolicy
    calendar: WorkingCalendar
    obligations: tuple[Obligation, ...]
    _index: _judging.Index = attrs.field(alias="index")

    @classmethod
    def of(
        cls,
        plan: Plan,
        *,
        calendar: WorkingCalendar | None = None,
        rule: DueDateRule | None = None,
        early_margin: int | None = None,
        policy: AssessmentPolicy = DEFAULT_POLICY,
    ) -> ObligationTable:
        """The table of ``plan``'s obligations; the arguments are those of :func:`evaluate`.

        >>> from cchc_model import datasets
        >>> table = ObligationTable.of(datasets.load("an-giang-2020"))
        >>> len(table)
        796
        >>> ev = table.evaluate([], as_of=datetime.date(2020, 4, 1))
        >>> ev.count()[VerdictStatus.NO_REPORT]   # every obligation due before 1 April
        172

        Raises:
            CalendarCoverageError: a due date is outside the years the calendar answers.
            ValueError: ``early_margin`` is negative.
        """
        calendar = vietnam_calendar() if calendar is None else calendar
        if early_margin is not None:
            policy = attrs.evolve(policy, early=EarlyRule.working_days(early_margin))
        obligations = tuple(
            plan_obligations(
                plan,
                calendar=calendar,
                rule=rule,
                regime=policy.regime,
                continuous_every=policy.continuous_every,
                accountability=policy.accountability,
                internal_deadlines=policy.internal,
            )
        )
        return cls(
            plan,
            policy,
            calendar,
            obligations,
            index=_judging.index(obligations, lambda o: _single_point(o.task.deadline)),
        )

    def evaluate(
        self,
        records: Iterable[ProgressRecord],
        *,
        as_of: datetime.date,
        cutoff: datetime.date | None = None,
    ) -> Evaluation:
        """Judge every obligation against the records as they stood on ``as_of``.

        The same as :func:`evaluate` on the table's plan, policy and calendar.

        Raises:
            CalendarCoverageError: a record's date, or ``as_of``, that a verdict counts
                working days to is outside the years the calendar answers; the error
                names that date.
        """
        best, later = _judging.join(self._index, records, as_of)
        columns = _judging.judge(
            self._index, best, as_of, self.calendar, self.policy.early, _OUTCOMES
        )
        plan = self.plan
        return Evaluation(
            plan=plan,
            as_of=as_of,
            obligations=self.obligations,
            statuses=columns.statuses,
            records=columns.records,
            days_late=columns.days_late,
            working_days_late=columns.working_days_late,
            cutoff=datetime.date(plan.year, 12, 31) if cutoff is None else cutoff,
            policy=self.policy,
            later_records=tuple(later),
        )

    def __len__(self) -> int:
        return len(self.obligations)

    def __repr__(self) -> str:
        return (
            f"<ObligationTable of {shorten(str(self.plan))!r}: {len(self.obligations)} obligations>"
        )


_OUTCOMES = _judging.Outcomes(
    done_early=VerdictStatus.DONE_EARLY,
    done_on_time=VerdictStatus.DONE_ON_TIME,
    done_late=VerdictStatus.DONE_LATE,
    reported=VerdictStatus.REPORTED,
    overdue=VerdictStatus.OVERDUE,
    in_progress=VerdictStatus.IN_PROGRESS,
    not_due=VerdictStatus.NOT_DUE,
    no_report=VerdictStatus.NO_REPORT,
    not_applicable=VerdictStatus.NOT_APPLICABLE,
)


def evaluate(
    plan: Plan | ObligationTable,
    records: Iterable[ProgressRecord],
    *,
    as_of: datetime.date,
    cutoff: datetime.date | None = None,
    calendar: WorkingCalendar | None = None,
    rule: DueDateRule | None = None,
    early_margin: int | None = None,
    policy: AssessmentPolicy | None = None,
) -> Evaluation:
    """Judge every obligation of ``plan`` against the records as they stood on ``as_of``.

    Every obligation of the plan gets a verdict, those not yet due included, so the set
    of obligations judged depends on the plan and the policy alone — never on ``as_of``
    or the due-date rule.

    To evaluate one plan many times (a dashboard on new records, a replay of history),
    make its :class:`ObligationTable` once and pass it instead of the plan: the
    obligations are then listed and indexed only once.

    Args:
        plan: The plan, or its :class:`ObligationTable` (which fixes the calendar, the
            rule and the policy: give none of them with it).
        records: Progress records (any order; those dated after ``as_of`` are ignored).
        as_of: The date of the evaluation.
        cutoff: The last day work counts towards the plan's completion; 31/12 of the plan
            year by default.  A yearly assessment made in January keeps it there.
        calendar: The working calendar; Vietnam's public sector by default.
        rule: The due-date rule; Civil Code 2015 art. 148(5) by default.
        early_margin: A shortcut for ``policy.early``: count work as early only when done
            at least this many working days before its due date (0: never).
        policy: The conventions: who owes, what is early, the reporting regime,
            continuous work (:data:`~cchc_model.assessment.policy.DEFAULT_POLICY` when
            not given).

    Raises:
        CalendarCoverageError: a due date, or a record's date the verdict counts working
            days to, is outside the years the calendar answers (2000–2100; for a strict
            calendar, the years with a published schedule of days off); the error names
            that date.
        ValueError: ``early_margin`` is negative.
        TypeError: a table is given with a calendar, a rule, a margin or a policy.
    """
    if isinstance(plan, ObligationTable):
        given = {
            "calendar": calendar,
            "rule": rule,
            "early_margin": early_margin,
            "policy": policy,
        }
        fixed = [name for name, value in given.items() if value is not None]
        if fixed:
            raise TypeError(
                f"an ObligationTable fixes its {', '.join(fixed)}: make the table with "
                f"ObligationTable.of(plan, {fixed[0]}=...) instead of giving it to evaluate()"
            )
        return plan.evaluate(records, as_of=as_of, cutoff=cutoff)
    table = ObligationTable.of(
        plan,
        calendar=calendar,
        rule=rule,
        early_margin=early_margin,
        policy=DEFAULT_POLICY if policy is None else policy,
    )
    return table.evaluate(records, as_of=as_of, cutoff=cutoff)


def _single_point(deadline: Deadline) -> bool:
    if isinstance(deadline, PeriodDeadline):
        return len(deadline.windows) == 1
    if isinstance(deadline, Span):
        return deadline.end is not None
    return isinstance(deadline, (DateDeadline, PointInPeriod, WeekOfMonth))
