"""Private machinery of :mod:`cchc_model.assessment.compliance`: the verdicts in columns.

A plan's obligations are indexed once (:func:`index`); each evaluation then joins its
records to them (:func:`join`) and judges them (:func:`judge`) in two passes over plain
lists, with no value built per obligation.  The rules are those of
:func:`~cchc_model.assessment.compliance.evaluate`, stated there; this module only makes
them fast, and knows nothing of the verdicts' type: the caller hands it the nine outcomes
to emit (:class:`Outcomes`).

The index gives every key a record can name an obligation by — its task, agency and
milestone as written, case-folded, or its ISO nominal date, or no milestone at all — a
*slot*, a number.  A record finds its slot with three dictionary lookups — its task,
its agency, then its milestone (one more when the milestone is written in other letter
cases); each obligation reads its slots by number.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from cchc_model.assessment.policy import EarlyRule
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.scheduling.calendar import WorkingCalendar
from cchc_model.scheduling.schedule import Obligation

__all__ = ["Columns", "Index", "Outcomes", "index", "join", "judge"]

_DONE = Status.DONE
_IN_PROGRESS = Status.IN_PROGRESS
_NOT_APPLICABLE = Status.NOT_APPLICABLE
_NEVER = datetime.date.min
_NONE = -1  # the slot of "no milestone key": always empty


class Index(NamedTuple):
    """A plan's obligations, indexed for joining records (one per table, never changed).

    ``slots`` maps a task, then an agency, to the slots of their milestones (as
    written, case-folded, ISO dates, ``None``): a dictionary per pair, so that the keys
    are the obligations' own strings, shared, and the index stays small enough for a
    year of plans to be kept (and a record's lookups build no tuple).  ``rows`` holds,
    per obligation in the schedule's order, its slot by milestone, by ISO date and
    without a milestone, whether a record without a milestone counts for it, and
    whether it is continuous work; ``dues`` their due
    dates, in that order (never decreasing).
    """

    slots: dict[str, dict[str, dict[str | None, int]]]
    size: int
    dues: tuple[datetime.date, ...]
    rows: tuple[tuple[int, int, int, bool, bool], ...]


class Outcomes(NamedTuple):
    """The nine values :func:`judge` emits, in the order of its rules."""

    done_early: Any
    done_on_time: Any
    done_late: Any
    reported: Any
    overdue: Any
    in_progress: Any
    not_due: Any
    no_report: Any
    not_applicable: Any


class Columns(NamedTuple):
    """One evaluation's verdicts, a column each, in the obligations' order."""

    statuses: tuple[Any, ...]
    records: tuple[ProgressRecord | None, ...]
    days_late: tuple[int | None, ...]
    working_days_late: tuple[int | None, ...]


def index(obligations: Sequence[Obligation], single_point: Callable[[Obligation], bool]) -> Index:
    """The slots of a plan's obligations.

    ``single_point`` says whether a record without a milestone counts for an obligation
    without one (a task with a single due point).
    """
    slots: dict[str, dict[str, dict[str | None, int]]] = {}
    numbers = itertools.count()
    iso: dict[datetime.date, str] = {}  # one string per day

    single: dict[int, bool] = {}  # by the task's identity: one answer per task
    rows = []
    for obligation in obligations:
        point = obligation.point  # its fields, read once (the obligation's are properties)
        task, agency = obligation.task.code, obligation.agency.code
        agencies = slots.get(task)
        if agencies is None:
            agencies = slots[task] = {}
        mine = agencies.get(agency)
        if mine is None:
            mine = agencies[agency] = {None: next(numbers)}
        milestone = point.milestone
        by_milestone = _NONE
        whole = False
        if milestone is not None:
            folded = milestone.casefold()
            by_milestone = mine.setdefault(folded, _NONE)
            if by_milestone == _NONE:
                by_milestone = mine[folded] = next(numbers)
            mine.setdefault(milestone, by_milestone)  # as written: found in one lookup
        else:
            known = single.get(id(obligation.task))
            if known is None:
                known = single[id(obligation.task)] = single_point(obligation)
            whole = known
        nominal = point.nominal_due
        day = iso.get(nominal)
        if day is None:
            day = iso[nominal] = nominal.isoformat()
        by_date = mine.setdefault(day, _NONE)
        if by_date == _NONE:
            by_date = mine[day] = next(numbers)
        rows.append((by_milestone, by_date, mine[None], whole, point.continuous))
    dues = tuple(o.point.due for o in obligations)
    if any(later < earlier for earlier, later in itertools.pairwise(dues)):
        raise ValueError("the obligations are not in the order of their due dates")
    return Index(slots=slots, size=next(numbers), dues=dues, rows=tuple(rows))


def _sort_key(record: ProgressRecord) -> tuple[datetime.date, int]:
    return (record.reported_on or record.done_on or _NEVER, record.row or 0)


def join(
    table: Index, records: Iterable[ProgressRecord], as_of: datetime.date
) -> tuple[list[ProgressRecord | None], list[ProgressRecord]]:
    """Each slot's record as it stood on ``as_of``, and the records dated after it.

    Of several records in one slot the latest (by date, then row, then order given)
    wins, except that one reported done is never replaced by one that is not: the same
    as reading them in date order, a later "done" replacing any, a later other status
    replacing only what is not done.  The records after ``as_of`` come in date order.
    """
    best: list[ProgressRecord | None] = [None] * (table.size + 1)  # [-1]: _NONE, empty
    later: list[tuple[datetime.date, int, int, ProgressRecord]] = []  # sorted by C
    tasks = table.slots.get
    for record in records:
        done = record.done_on
        dated = record.reported_on or done
        if dated is not None and (dated > as_of or (done is not None and done > as_of)):
            later.append((dated, record.row or 0, len(later), record))
            continue
        agencies = tasks(record.task)
        if agencies is None:
            continue  # names no task of the plan
        mine = agencies.get(record.agency)
        if mine is None:
            continue  # names no obligation of the plan
        milestone = record.milestone
        number = mine.get(milestone)
        if number is None:
            if milestone is None:
                continue  # never: every pair has the slot of a record without a milestone
            number = mine.get(milestone.casefold())
            if number is None:
                continue  # names no obligation of the plan
        known = best[number]
        if known is None:
            best[number] = record
            continue
        done_now, done_before = record.status is _DONE, known.status is _DONE
        if (done_now and not done_before) or (
            done_now is done_before and _sort_key(record) >= _sort_key(known)
        ):
            best[number] = record
    later.sort()  # by date, then row, then order given: no two are equal
    return best, [item[-1] for item in later]


def judge(
    table: Index,
    best: list[ProgressRecord | None],
    as_of: datetime.date,
    calendar: WorkingCalendar,
    early: EarlyRule,
    outcomes: Outcomes,
) -> Columns:
    """The verdicts of every obligation, as columns.

    The obligations come by due date, so those past due on ``as_of`` come first and are
    judged apart from those not yet due: each part by the rules that can apply to it.

    Raises:
        CalendarCoverageError: from the calendar, for a day count outside its years.
    """
    (
        done_early,
        done_on_time,
        done_late,
        reported,
        overdue,
        in_progress,
        not_due,
        no_report,
        not_applicable,
    ) = outcomes
    rows, dues = table.rows, table.dues
    size = len(rows)
    statuses: list[Any] = []
    chosen: list[ProgressRecord | None] = []
    days: list[int | None] = [None] * size  # set only where late
    working: list[int | None] = [None] * size
    status_, record_ = statuses.append, chosen.append
    working_days_late = calendar.working_days_late
    any_day = early.margin is None

    # Past due: judged late, overdue or done; every one of them is due before as_of.
    passed = bisect.bisect_left(dues, as_of)
    late_on: dict[datetime.date, tuple[int, int]] = {}  # due -> days late as of as_of
    for number, (first, second, whole, single, continuous) in enumerate(rows[:passed]):
        record = best[first] or best[second]
        if record is None:
            record = best[whole]
            if record is not None and not (single or record.status is _NOT_APPLICABLE):
                record = None
        record_(record)
        status = None if record is None else record.status
        if status is _NOT_APPLICABLE:
            status_(not_applicable)
        elif continuous:
            if status is _DONE or status is _IN_PROGRESS:
                status_(reported)
            else:
                status_(no_report if record is None else overdue)
        elif status is _DONE and record is not None and record.done_on is not None:
            done, due = record.done_on, dues[number]
            if done > due:
                status_(done_late)
                days[number] = (done - due).days
                working[number] = working_days_late(due, done)
            elif done == due:
                status_(done_on_time)
            elif any_day or early.is_early(done, due, calendar):
                status_(done_early)
            else:
                status_(done_on_time)
        else:
            status_(no_report if record is None else overdue)
            due = dues[number]
            counts = late_on.get(due)
            if counts is None:
                counts = late_on[due] = ((as_of - due).days, working_days_late(due, as_of))
            days[number], working[number] = counts

    # Not yet due: nothing is late; work done by as_of is done by its due date.  The two
    # loops repeat the finding of the record on purpose, rather than add a Python call per
    # obligation to the hottest loop of the library.
    for number, (first, second, whole, single, continuous) in enumerate(rows[passed:], passed):
        record = best[first] or best[second]
        if record is None:
            record = best[whole]
            if record is not None and not (single or record.status is _NOT_APPLICABLE):
                record = None
        record_(record)
        if record is None:
            status_(not_due)
            continue
        status = record.status
        if status is _NOT_APPLICABLE:
            status_(not_applicable)
        elif continuous:
            status_(reported if status is _DONE or status is _IN_PROGRESS else not_due)
        elif status is _DONE and record.done_on is not None:
            done, due = record.done_on, dues[number]
            if done == due:
                status_(done_on_time)
            elif any_day or early.is_early(done, due, calendar):
                status_(done_early)
            else:
                status_(done_on_time)
        else:
            status_(in_progress if status is _IN_PROGRESS else not_due)
    return Columns(tuple(statuses), tuple(chosen), tuple(days), tuple(working))
