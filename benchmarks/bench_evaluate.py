"""Benchmark compliance evaluation at national scale: about 1.4 million obligations a year.

Run from the repository root, with the package installed::

    python benchmarks/bench_evaluate.py

It is a script, not a test: it prints a table and one line per goal, met or not, and
exits 0 either way (``--strict`` makes it exit 1 when a goal is not met).

Workload.  ``evaluate()`` judges every obligation of a plan
(``plan_obligations``) under the default policy: the lead agencies owe, the coordinating
agencies owe nothing (``LEADS_OWE``); work done before its due date is early.  The
bundled An Giang 2020 plan owes a few hundred obligations that way (796: 794 due in 2020,
2 in December 2019), so 63 provincial plans give only about 50,000.  To reach the "about
1.4 million obligations a year, one record each" of the issue, the script evaluates as
many plans as it takes (1,759 at 796 obligations each): the 63 provinces' plans and more
copies standing for the plans of other bodies, each a distinct ``Plan`` made with
``attrs.evolve`` (another issuer; the same 63 tasks and agency registry).  Each
obligation has exactly one synthetic ``ProgressRecord``, from a deterministic mix (fixed
seeds): done early, on time or late, in progress, not started, not applicable, and one
in ten reported only in 2021, after the evaluation date, so that it is ignored and the
obligation has no report.  Eight record sets of different seeds are built once and
shared round-robin by the plans.  Every plan is evaluated as of 31 December 2020.

Measured:

1. obligations (one record each) judged per second by ``evaluate()``, against a bare
   loop over pre-joined tuples ``(due, continuous, status, done_on)`` that applies the
   same rules — not applicable; continuous work reported or not, never days late;
   ``done_on`` against the due date (late, on time, early); the due date against
   ``as_of`` — with a precomputed table of cumulative working days for the working-day
   counts, and gives the same verdicts (checked).  The bare loop gets the due dates and
   the join of records, as they stood on ``as_of``, to obligations for free;
   ``evaluate()`` also lists the plan's obligations, so the time of
   ``plan_obligations`` is printed for information;
2. peak memory (``tracemalloc``) per obligation while evaluating a sample of plans (about
   47,000 obligations) and keeping their ``Evaluation`` values, against the bare loop
   keeping its verdict tuples;
3. the wall time of the whole national workload, in one process and split over two
   worker processes (``fork``).

``evaluate()`` is timed on plans scheduled before (their ``ObligationTable`` made once,
outside the timing: a dashboard re-evaluating the same plans on new records) and, for
information, on plans not scheduled before (each call lists the plan's obligations).

Goals (those of ``python -m benchmarks``): ``evaluate()`` of plans scheduled before within
3x of the bare loop; under 150 bytes of memory per obligation kept; the national year of
plans scheduled before in under 3 s on 2 cores.
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import os
import platform
import random
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

import attrs

from cchc_model import datasets
from cchc_model.assessment.compliance import (
    Evaluation,
    ObligationTable,
    VerdictStatus,
    evaluate,
)
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.language.deadlines import DateDeadline, PeriodDeadline
from cchc_model.plan.plans import Plan
from cchc_model.scheduling.calendar import WorkingCalendar, vietnam_calendar
from cchc_model.scheduling.schedule import Obligation, plan_obligations

try:  # part of the package: python -m benchmarks
    from benchmarks._timing import best_of, rate
except ImportError:  # a script: python benchmarks/bench_evaluate.py
    from _timing import best_of, rate  # type: ignore[no-redef]

AS_OF = datetime.date(2020, 12, 31)
TARGET = 1_400_000  # obligations in the national workload: as many plans as it takes
PROVINCES = 63
RECORD_SETS = 8
MEMORY_TARGET = 47_000  # obligations evaluated under tracemalloc, in whole plans
REPEATS = 3
ONE_DAY = datetime.timedelta(days=1)

# ----------------------------------------------------------------------------- workload


def national_workload(base: Plan, count: int) -> list[Plan]:
    """``count`` distinct plans shaped like ``base``, An Giang's 2020 plan, ``base`` first."""
    plans = [base]
    for number in range(1, count):
        kind = "tỉnh" if number < PROVINCES else "đơn vị"
        plans.append(attrs.evolve(base, issuer=f"Ủy ban nhân dân {kind} số {number + 1}"))
    return plans


def warm_calendar(plan: Plan) -> WorkingCalendar:
    """The national calendar with the years the evaluation touches already built."""
    calendar = vietnam_calendar()
    day = datetime.date(plan.year - 1, 1, 1)
    while day <= datetime.date(plan.year + 1, 3, 31):
        calendar.roll_forward(day)
        calendar.is_working_day(day)
        day += ONE_DAY
    return calendar


def obligations_of(plan: Plan, calendar: WorkingCalendar) -> list[Obligation]:
    """Every obligation ``evaluate()`` judges under the default policy."""
    return plan_obligations(plan, calendar=calendar)


def synthetic_records(
    plan: Plan, calendar: WorkingCalendar, seed: int, as_of: datetime.date = AS_OF
) -> list[ProgressRecord]:
    """One record per obligation of the plan, from a deterministic mix, for ``as_of``.

    One in ten is reported only in the days after ``as_of`` (from its fourth day on), so
    that an evaluation on ``as_of`` ignores it.
    """
    obligations = obligations_of(plan, calendar)
    # A record names its obligation by milestone; where several due points of one task and
    # agency share a milestone (or have none), by the ISO nominal date.
    shared = Counter((o.task.code, o.agency.code, o.milestone) for o in obligations)
    rng = random.Random(seed)
    records = []
    for o in obligations:
        key = (o.task.code, o.agency.code, o.milestone)
        milestone = o.milestone if shared[key] == 1 else o.nominal_due.isoformat()
        draw = rng.random()
        common: dict[str, Any] = {"task": o.task.code, "agency": o.agency.code}
        common["milestone"] = milestone
        if draw < 0.10:  # reported only after as_of (in 2021): ignored as of 31/12/2020
            done = as_of + 4 * ONE_DAY + rng.randrange(20) * ONE_DAY
            records.append(
                ProgressRecord(**common, status=Status.DONE, done_on=done, reported_on=done)
            )
        elif draw < 0.63:  # done, from 20 days early to 14 days late
            done = min(o.due + rng.randrange(-20, 15) * ONE_DAY, as_of)
            reported = min(done + rng.randrange(3) * ONE_DAY, as_of)
            records.append(
                ProgressRecord(**common, status=Status.DONE, done_on=done, reported_on=reported)
            )
        else:
            reported = min(o.due - rng.randrange(1, 30) * ONE_DAY, as_of)
            if draw < 0.83:
                status = Status.IN_PROGRESS
            elif draw < 0.98:
                status = Status.NOT_STARTED
            else:  # reported as not arising (không phát sinh)
                status = Status.NOT_APPLICABLE
            records.append(ProgressRecord(**common, status=status, reported_on=reported))
    # Every record names a distinct obligation: the join needs no "latest record wins".
    assert len({(r.task, r.agency, r.milestone) for r in records}) == len(records)
    rng.shuffle(records)  # records come in no particular order
    return records


# ----------------------------------------------------------------------------- the library


def run_evaluate(
    plans: Sequence[Plan | ObligationTable],
    record_sets: list[list[ProgressRecord]],
    calendar: WorkingCalendar | None,
    as_of: datetime.date = AS_OF,
) -> tuple[int, Counter[str]]:
    """Evaluate every plan; the number of verdicts and their statuses.

    Plan ``n`` takes the record set ``n`` modulo their number.  A plan is given as a
    ``Plan`` (``evaluate()`` lists its obligations; without a calendar, each call builds
    its own, ``evaluate()``'s default) or as its ``ObligationTable``, made before (a
    plan scheduled before: ``ObligationTable.evaluate``).
    """
    count = 0
    statuses: Counter[str] = Counter()
    for number, plan in enumerate(plans):
        records = record_sets[number % len(record_sets)]
        if isinstance(plan, ObligationTable):
            evaluation = plan.evaluate(records, as_of=as_of)
        else:
            evaluation = evaluate(plan, records, as_of=as_of, calendar=calendar)
        count += len(evaluation.statuses)
        for status, many in Counter(evaluation.statuses).items():
            statuses[status.value] += many
    return count, statuses


def tables_of(plans: list[Plan], calendar: WorkingCalendar) -> list[ObligationTable]:
    """Each plan's ``ObligationTable`` on ``calendar``: the plans scheduled before."""
    return [ObligationTable.of(plan, calendar=calendar) for plan in plans]


def run_obligations(plans: list[Plan], calendar: WorkingCalendar) -> int:
    """``plan_obligations`` for every plan (what ``evaluate()`` judges), for information."""
    count = 0
    for plan in plans:
        count += len(obligations_of(plan, calendar))
    return count


def verdict_rows(evaluation: Evaluation) -> list[tuple[str, int | None, int | None]]:
    """The verdicts as comparable tuples, in the schedule's order."""
    return [(v.status.value, v.days_late, v.working_days_late) for v in evaluation.verdicts]


# ----------------------------------------------------------------------------- bare loop

DONE, IN_PROGRESS, NOT_STARTED, NOT_APPLICABLE = 0, 1, 2, 3
_CODE = {
    Status.DONE: DONE,
    Status.IN_PROGRESS: IN_PROGRESS,
    Status.NOT_STARTED: NOT_STARTED,
    Status.NOT_APPLICABLE: NOT_APPLICABLE,
}
Row = tuple[datetime.date, bool, "int | None", "datetime.date | None"]


def _fold(milestone: str | None) -> str | None:
    return None if milestone is None else milestone.casefold()


def bare_rows(
    plan: Plan, records: list[ProgressRecord], calendar: WorkingCalendar, as_of: datetime.date
) -> list[Row]:
    """Pre-joined tuples (due, continuous, status, done_on), one per obligation.

    Built outside the timing: the bare loop is given the due dates and the join for free.
    The join is the library's: the records as they stood on ``as_of`` (neither reported
    nor done after it; each names a distinct obligation, so no "latest wins" is needed),
    found by milestone (case-folded), else by the ISO nominal date, else by a record
    without a milestone — one that is not applicable, or any for a task with a single
    due point.
    """
    obligations = obligations_of(plan, calendar)
    by_key = {
        (r.task, r.agency, _fold(r.milestone)): r
        for r in records
        if (r.dated is None or r.dated <= as_of) and (r.done_on is None or r.done_on <= as_of)
    }
    rows: list[Row] = []
    for o in obligations:
        task, agency = o.task.code, o.agency.code
        record = by_key.get((task, agency, _fold(o.milestone))) or by_key.get(
            (task, agency, o.nominal_due.isoformat())
        )
        if record is None:
            whole = by_key.get((task, agency, None))
            deadline = o.task.deadline
            single = (
                isinstance(deadline, PeriodDeadline) and len(deadline.windows) == 1
            ) or isinstance(deadline, DateDeadline)
            if whole is not None and (
                whole.status is Status.NOT_APPLICABLE or (o.milestone is None and single)
            ):
                record = whole
        continuous = o.point.continuous
        if record is None:
            rows.append((o.due, continuous, None, None))
        else:
            rows.append((o.due, continuous, _CODE[record.status], record.done_on))
    return rows


def working_day_table(
    calendar: WorkingCalendar, first: datetime.date, last: datetime.date
) -> dict[datetime.date, int]:
    """Cumulative working days: ``table[b] - table[a]`` working days lie in ``(a, b]``."""
    table = {}
    count = 0
    day = first
    while day <= last:
        count += calendar.is_working_day(day)
        table[day] = count
        day += ONE_DAY
    return table


def bare_loop(
    rows: list[Row], as_of: datetime.date, cum: dict[datetime.date, int]
) -> list[tuple[str, int | None, int | None]]:
    """The verdicts by hand: the same rules as ``evaluate()``'s default policy, over tuples.

    Not applicable first; continuous work is reported (a done or in-progress record) or
    not, never days late; done work is late after its due date (calendar and working
    days), early before it, else on time; work not done is overdue (or has no report)
    once past due, else in progress or not due.
    """
    out: list[tuple[str, int | None, int | None]] = []
    append = out.append
    cum_as_of = cum[as_of]
    for due, continuous, status, done in rows:
        if status == NOT_APPLICABLE:
            append(("not_applicable", None, None))
        elif continuous:
            if status in (DONE, IN_PROGRESS):
                append(("reported", None, None))
            elif due < as_of:
                append(("no_report" if status is None else "overdue", None, None))
            else:
                append(("not_due", None, None))
        elif status == DONE and done is not None:
            if done > due:
                append(("done_late", (done - due).days, cum[done] - cum[due]))
            elif done < due:
                append(("done_early", None, None))
            else:
                append(("done_on_time", None, None))
        elif due < as_of:
            status_name = "no_report" if status is None else "overdue"
            append((status_name, (as_of - due).days, cum_as_of - cum[due]))
        elif status == IN_PROGRESS:
            append(("in_progress", None, None))
        else:
            append(("not_due", None, None))
    return out


def run_bare(
    row_sets: list[list[Row]], plans: int, cum: dict[datetime.date, int]
) -> tuple[int, Counter[str]]:
    """The bare loop for ``plans`` plans; the number of verdicts and their statuses."""
    count = 0
    statuses: Counter[str] = Counter()
    for number in range(plans):
        verdicts = bare_loop(row_sets[number % len(row_sets)], AS_OF, cum)
        count += len(verdicts)
        statuses.update(Counter(map(itemgetter(0), verdicts)))
    return count, statuses


# ----------------------------------------------------------------------------- helpers


_WORKER: dict[str, Any] = {}


def _worker_share(share: tuple[int, int]) -> tuple[int, Counter[str]]:
    first, last = share
    plans = _WORKER["plans"][first:last]
    sets = _WORKER["record_sets"]
    rotated = [sets[(first + i) % len(sets)] for i in range(len(sets))]
    return run_evaluate(plans, rotated, _WORKER["calendar"])


def _spin(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def parallel_scaling(workers: int, count: int = 15_000_000) -> float | None:
    """How much faster ``workers`` processes finish ``workers`` spin loops than one does.

    A control for the machine: 2.0 on two idle cores, about 1.0 when the two "CPUs" share
    one core's time (a busy or throttled virtual machine).
    """
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return None
    began = time.perf_counter()
    for _ in range(workers):
        _spin(count)
    serial = time.perf_counter() - began
    began = time.perf_counter()
    with context.Pool(workers) as pool:
        pool.map(_spin, [count] * workers)
    return serial / (time.perf_counter() - began)


def run_parallel(
    plans: Sequence[Plan | ObligationTable],
    record_sets: list[list[ProgressRecord]],
    calendar: WorkingCalendar,
    workers: int,
) -> tuple[float, int, Counter[str]] | None:
    """The national workload over ``workers`` forked processes; None without ``fork``."""
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return None
    _WORKER.update(plans=plans, record_sets=record_sets, calendar=calendar)
    size = -(-len(plans) // workers)
    shares = [(i, min(i + size, len(plans))) for i in range(0, len(plans), size)]
    began = time.perf_counter()
    with context.Pool(workers) as pool:
        results = pool.map(_worker_share, shares)
    seconds = time.perf_counter() - began
    statuses: Counter[str] = Counter()
    for _, found in results:
        statuses.update(found)
    return seconds, sum(count for count, _ in results), statuses


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table and the goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is not met")
    parser.add_argument(
        "--plans",
        type=int,
        default=None,
        help=f"plans in the national workload (default: enough for {TARGET:,} obligations)",
    )
    args = parser.parse_args(argv)

    print(f"cchc_model evaluation benchmark — {datetime.date.today():%Y-%m-%d}")
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; time.perf_counter"
    )

    base = datasets.load("an-giang-2020")
    calendar = warm_calendar(base)
    owed = obligations_of(base, calendar)
    per_plan = len(owed)
    plans = national_workload(base, args.plans or -(-TARGET // per_plan))
    record_sets = [synthetic_records(base, calendar, seed) for seed in range(RECORD_SETS)]
    row_sets = [bare_rows(base, records, calendar, AS_OF) for records in record_sets]
    cum = working_day_table(calendar, datetime.date(2018, 12, 1), datetime.date(2021, 3, 31))
    in_year = sum(o.due.year == base.year for o in owed)
    continuous = sum(o.point.continuous for o in owed)
    print(
        f"workload: {len(plans)} plans ({PROVINCES} provinces and {len(plans) - PROVINCES} more) "
        f"× {per_plan:,} obligations = {len(plans) * per_plan:,} obligations, one record each; "
        f"as of {AS_OF:%d/%m/%Y}"
    )
    print(
        f"  per plan: every obligation of plan_obligations() under the default policy "
        f"(leads owe, early = before the due date): {in_year:,} due in {base.year}, "
        f"{per_plan - in_year:,} in other years; {continuous:,} are continuous-work points"
    )

    # The two must agree, verdict for verdict, before their speeds mean anything.
    same = all(
        verdict_rows(evaluate(base, records, as_of=AS_OF, calendar=calendar))
        == bare_loop(rows, AS_OF, cum)
        for records, rows in zip(record_sets, row_sets, strict=True)
    )

    # ------------------------------------------------------------------ (1) speed
    provinces = plans[:PROVINCES]
    tables = tables_of(provinces, calendar)
    eval_time, (eval_count, eval_statuses) = best_of(
        REPEATS, lambda: run_evaluate(tables, record_sets, None)
    )
    unseen_time, _ = best_of(REPEATS, lambda: run_evaluate(provinces, record_sets, calendar))
    bare_time, (bare_count, bare_statuses) = best_of(
        REPEATS, lambda: run_bare(row_sets, PROVINCES, cum)
    )
    sched_time, sched_count = best_of(REPEATS, lambda: run_obligations(provinces, calendar))
    same = same and eval_statuses == bare_statuses and eval_count == bare_count
    print()
    print(f"(1) judging {PROVINCES} provinces' obligations, best of {REPEATS} runs")
    print(f"{'method':<40}{'obligations':>12}{'seconds':>10}{'per second':>14}{'vs bare':>10}")
    for name, count, seconds in (
        ("evaluate(), plans scheduled before", eval_count, eval_time),
        ("evaluate(), plans not scheduled before", eval_count, unseen_time),
        ("bare loop over tuples", bare_count, bare_time),
        ("  for information: plan_obligations()", sched_count, sched_time),
    ):
        ratio = seconds / bare_time
        print(
            f"{name:<40}{count:>12,}{seconds:>10.3f}{rate(count, seconds, width=14)}{ratio:>9.2f}x"
        )
    if not same:
        print("  the bare loop's verdicts DIFFER from evaluate()'s")
    mix = ", ".join(f"{status.value} {eval_statuses[status.value]:,}" for status in VerdictStatus)
    print(f"  verdicts: {mix}")

    # ------------------------------------------------------------------ (2) memory
    memory_plans = max(1, min(len(plans), round(MEMORY_TARGET / per_plan)))
    sample = plans[:memory_plans]
    tracemalloc.start()
    kept = [
        evaluate(plan, record_sets[n % RECORD_SETS], as_of=AS_OF, calendar=calendar)
        for n, plan in enumerate(sample)
    ]
    _, eval_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    kept_count = sum(len(e.verdicts) for e in kept)
    del kept
    tracemalloc.start()
    kept_bare = [bare_loop(row_sets[n % RECORD_SETS], AS_OF, cum) for n in range(memory_plans)]
    _, bare_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept_bare
    eval_bytes = eval_peak / kept_count
    print()
    print(
        f"(2) peak memory (tracemalloc) evaluating {memory_plans} plans and keeping the results "
        f"({kept_count:,} obligations; the records, built before, not counted)"
    )
    print(
        f"{'evaluate()':<40}{eval_peak / 2**20:>9.1f} MiB{eval_bytes:>10.0f} bytes per obligation"
    )
    print(
        f"{'bare loop over tuples':<40}{bare_peak / 2**20:>9.1f} MiB"
        f"{bare_peak / kept_count:>10.0f} bytes per obligation"
    )
    print(
        f"  the whole workload kept at once would take about "
        f"{eval_bytes * len(plans) * per_plan / 2**30:.2f} GiB"
    )

    # ------------------------------------------------------------------ (3) national year
    national = tables_of(plans, calendar)  # the plans scheduled before
    began = time.perf_counter()
    serial_count, serial_statuses = run_evaluate(national, record_sets, None)
    serial_time = time.perf_counter() - began
    parallel = run_parallel(national, record_sets, calendar, 2)
    scaling = parallel_scaling(2)
    print()
    print(f"(3) the national workload, {serial_count:,} obligations, one run each")
    per_second = rate(serial_count, serial_time, width=14)
    label = "evaluate(), scheduled before, 1 process"
    print(f"{label:<40}{serial_time:>10.2f} s{per_second} per second")
    if parallel is None:
        print("  (no fork on this system: the 2-process run is skipped)")
        two_cores = serial_time
    else:
        two_cores, parallel_count, parallel_statuses = parallel
        print(
            f"{'evaluate(), 2 processes (fork)':<40}{two_cores:>10.2f} s"
            f"{rate(parallel_count, two_cores, width=14)} per second"
        )
        if parallel_statuses != serial_statuses:
            print("  the 2-process run's verdicts DIFFER from the 1-process run's")
        print(
            f"  control: 2 processes run a pure-Python spin loop {scaling:.2f}x as fast as 1 "
            "(2.00 on two idle cores)"
        )

    # ------------------------------------------------------------------ goals
    goals = (
        (
            "evaluate() of plans scheduled before within 3x of the bare loop",
            eval_time <= 3 * bare_time and same,
            f"evaluate() takes {eval_time / bare_time:.1f}x the bare loop's time",
        ),
        (
            "under 150 bytes of memory per obligation kept",
            eval_bytes < 150,
            f"{eval_bytes:.0f} bytes per obligation",
        ),
        (
            "the national year in under 3 s on 2 cores",
            two_cores < 3,
            f"{two_cores:.1f} s for {serial_count:,} obligations",
        ),
    )
    print()
    for name, met, measured in goals:
        print(f"goal {name}: {'met' if met else 'not met'} (measured: {measured})")
    return 1 if args.strict and not all(met for _, met, _ in goals) else 0


if __name__ == "__main__":
    sys.exit(main())
