"""One entry point for every benchmark: ``python -m benchmarks`` (GitHub issue 14).

Run from the repository root, in an environment where the package and ``orjson`` are
installed (``pip install -e ".[bench]"``)::

    python -m benchmarks                   # the full run: about 2 minutes on 2 cores
    python -m benchmarks --quick           # a smoke run, smaller sizes: about a minute
    python -m benchmarks --json out.json   # the table as JSON elsewhere
    python -m benchmarks --strict          # exit 1 when a goal is not met

It builds the national workload deterministically (``benchmarks/_workload.py``) — the 34
provinces of the structure in force from 1 July 2025 and the historical 63, each a
distinct plan shaped like the bundled An Giang 2020 plan; the national year of about 1.4
million obligations; one synthetic progress record per obligation, from fixed seeds — and
prints one table, also written as JSON (``benchmarks/results.json`` by default) with the
machine it ran on.  Every figure is a median over repeats (fewer for the big runs; the
national year runs once) and is set against a baseline measured in the same run: the
ratio is the library's figure divided by the baseline's.

Measured: ``loads_plan``/``dumps_plan`` against ``orjson`` on the bundled plan and on a
10,000-task plan, with the floors of reading and writing in Python (``_floors.py``);
``evaluate()`` against a bare loop over pre-joined tuples, on plans scheduled before
(their tables made once) and on plans never seen (cold); the national
year of plans scheduled before in one and in two processes; memory per obligation kept;
deadline phrases per second against the lexer; ``Plan.schedule`` against a raw loop and
``dateutil.rrule``; working-day rolls against a ``dict``; and the growth of the cost at
three sizes of provinces, tasks and years.  The scripts ``bench_*.py`` it reuses still
run on their own.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - a missing extra
    sys.exit("python -m benchmarks needs orjson: pip install orjson (or the 'bench' extra)")

import cchc_model
from benchmarks import _floors, _workload
from benchmarks import bench_evaluate as ev
from benchmarks import bench_parse as bp
from benchmarks import bench_schedule as bs
from benchmarks._timing import median_each
from cchc_model import datasets
from cchc_model.assessment.compliance import evaluate
from cchc_model.assessment.progress import ProgressRecord
from cchc_model.formats.plan_json import dumps_plan, loads_plan
from cchc_model.plan.plans import Plan
from cchc_model.scheduling.accountability import LEADS_OWE
from cchc_model.scheduling.calendar import WorkingCalendar, vietnam_calendar

HERE = Path(__file__).resolve().parent
ONE_DAY = datetime.timedelta(days=1)
AS_OF = ev.AS_OF  # 31 December 2020
RECORD_SETS = ev.RECORD_SETS  # eight record sets, seeds 0–7, shared round-robin
GROWTH_SEEDS = 2  # record sets of the larger and later plans of the growth
LINEAR = 1.3  # growth counts as linear when the cost per unit grows by at most 30 %


@dataclass(frozen=True)
class Config:
    """The sizes and repeats of one run."""

    quick: bool
    repeats: int  # repeats of every median, except:
    big_repeats: int  # the large plan file and the growth of plan files
    big_tasks: int  # tasks in the large plan file
    national_target: int  # obligations in the national year
    parse_rounds: int  # rounds over each workload of deadline phrases
    rolls: int  # dates rolled to a working day
    schedule_provinces: int  # provinces scheduled by the library, the raw loop and rrule
    growth_provinces: tuple[int, int, int]
    growth_repeats: int  # repeats of the growth's medians (plan files: big_repeats)
    growth_units: int  # provinces in the growth by tasks and by years
    growth_tasks: tuple[int, int, int]  # multiples of the plan's tasks
    growth_years: tuple[int, int, int]
    growth_file_tasks: tuple[int, int, int]  # tasks in the plan files of the loads growth
    spin: int  # iterations of the control's spin loop


FULL = Config(
    quick=False,
    repeats=5,
    big_repeats=3,
    big_tasks=10_000,
    national_target=_workload.NATIONAL_TARGET,
    parse_rounds=100,
    rolls=1_000_000,
    schedule_provinces=63,
    growth_provinces=(10, 20, 40),
    growth_repeats=7,
    growth_units=10,
    growth_tasks=(1, 2, 4),
    growth_years=(1, 2, 3),
    growth_file_tasks=(630, 1_260, 2_520),
    spin=15_000_000,
)
QUICK = Config(
    quick=True,
    repeats=3,
    big_repeats=1,
    big_tasks=2_000,
    national_target=_workload.NATIONAL_TARGET // 10,
    parse_rounds=20,
    rolls=200_000,
    schedule_provinces=10,
    growth_provinces=(5, 10, 20),
    growth_repeats=3,
    growth_units=5,
    growth_tasks=(1, 2, 4),
    growth_years=(1, 2, 3),
    growth_file_tasks=(252, 504, 1_008),
    spin=5_000_000,
)


# ----------------------------------------------------------------------------- the table


@dataclass
class Row:
    """One line of the table: the library's figure, its baseline's, the ratio, the goal.

    ``library`` and ``baseline`` are seconds (``unit`` "s") or bytes ("B"); ``ratio`` is
    ``library / baseline``.  ``met`` is ``None`` for a line given for information.
    """

    section: str
    measurement: str
    size: str
    library: float
    baseline_name: str
    baseline: float | None
    unit: str
    ratio: float | None
    goal: str
    met: bool | None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class Table:
    """The rows of a run, in order."""

    def __init__(self) -> None:
        self.rows: list[Row] = []

    def compare(
        self,
        section: str,
        measurement: str,
        size: str,
        library: float,
        baseline_name: str,
        baseline: float,
        *,
        limit: float | None = None,
        goal: str | None = None,
        unit: str = "s",
        valid: bool = True,
        note: str = "",
        **extra: Any,
    ) -> Row:
        """A row whose goal, if any, is a ratio: ``library / baseline <= limit``."""
        ratio = library / baseline
        met = None if limit is None else (ratio <= limit and valid)
        text = goal if goal is not None else ("—" if limit is None else f"≤ {limit:g}x")
        if not valid:
            note = "; ".join(filter(None, ["OUTPUTS DIFFER", note]))
        row = Row(section, measurement, size, library, baseline_name, baseline, unit, ratio, text,
                  met, note, extra)  # fmt: skip
        self.rows.append(row)
        return row

    def absolute(self, row: Row, goal: str, met: bool) -> None:
        """Give ``row`` a goal on its own figure (seconds, bytes) rather than its ratio."""
        row.goal = goal
        row.met = met


def show(value: float | None, unit: str) -> str:
    """A figure with its unit, three significant digits or so."""
    if value is None:
        return "—"
    if unit == "B":
        return f"{value:,.0f} B"
    if value >= 1:
        return f"{value:,.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.3g} ms"
    return f"{value * 1e6:.3g} µs"


HEADER = ("measurement", "size", "library", "baseline", "baseline", "ratio", "goal", "")


def cells(row: Row) -> tuple[str, ...]:
    """The printed cells of a row."""
    ratio = "—" if row.ratio is None else f"{row.ratio:,.3g}x"
    met = "info" if row.met is None else ("met" if row.met else "NOT MET")
    return (
        row.measurement,
        row.size,
        show(row.library, row.unit),
        row.baseline_name,
        show(row.baseline, row.unit),
        ratio,
        row.goal,
        met,
    )


def render(table: Table) -> str:
    """The table as text: one line per row, a blank line between sections, then notes."""
    lines = [HEADER, *(cells(row) for row in table.rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    right = {2, 4, 5}

    def line(values: tuple[str, ...]) -> str:
        return "  ".join(
            v.rjust(w) if i in right else v.ljust(w)
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ).rstrip()

    out = [line(HEADER), "  ".join("-" * w for w in widths)]
    notes: list[str] = []
    section = None
    for row in table.rows:
        if section is not None and row.section != section:
            out.append("")
        section = row.section
        text = line(cells(row))
        if row.note:
            if row.note not in notes:
                notes.append(row.note)
            text += f"  [{notes.index(row.note) + 1}]"
        out.append(text)
    if notes:
        out.append("")
        out.extend(f"[{number}] {note}" for number, note in enumerate(notes, start=1))
    return "\n".join(out)


def progress(message: str) -> None:
    """What the run is doing, on stderr (the table goes to stdout)."""
    print(f"  … {message}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- the machine


def machine() -> dict[str, Any]:
    """Where and when the run took place."""
    cpu = platform.processor() or None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as file:
            for text in file:
                if text.startswith("model name"):
                    cpu = text.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    commit = None
    try:
        found = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=HERE,
            capture_output=True,
            text=True,
            check=True,
        )
        commit = found.stdout.strip() or None
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=HERE,
            capture_output=True,
            text=True,
            check=True,
        )
        if commit is not None and changed.stdout.strip():
            commit += " with uncommitted changes"
    except (OSError, subprocess.CalledProcessError):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "cchc_model": cchc_model.__version__,
        "orjson": orjson.__version__,
        "commit": commit,
    }


# ----------------------------------------------------------------------------- the workload


@dataclass
class Workload:
    """What every measurement shares, built once before any timing."""

    base: Plan
    text: str
    calendar: WorkingCalendar
    per_plan: int
    record_sets: list[list[ProgressRecord]]
    row_sets: list[list[ev.Row]]
    cum: dict[datetime.date, int]
    units34: tuple[Any, ...]
    units63: tuple[Any, ...]
    same_verdicts: bool


def warm_calendar(first: int, last: int) -> WorkingCalendar:
    """The national calendar with the years ``first``–``last`` already built."""
    calendar = vietnam_calendar()
    day = datetime.date(first, 1, 1)
    while day <= datetime.date(last, 12, 31):
        calendar.roll_forward(day)
        calendar.is_working_day(day)
        day += ONE_DAY
    return calendar


def build_workload() -> Workload:
    """The bundled plan, the calendar, the records and the provinces."""
    base = datasets.load("an-giang-2020")
    text = dumps_plan(base)
    calendar = warm_calendar(2018, 2024)
    per_plan = len(ev.obligations_of(base, calendar))
    record_sets = [ev.synthetic_records(base, calendar, seed) for seed in range(RECORD_SETS)]
    row_sets = [ev.bare_rows(base, records, calendar, AS_OF) for records in record_sets]
    cum = ev.working_day_table(calendar, datetime.date(2018, 12, 1), datetime.date(2021, 3, 31))
    # The two must agree, verdict for verdict, before their speeds mean anything.
    same = all(
        ev.verdict_rows(evaluate(base, records, as_of=AS_OF, calendar=calendar))
        == ev.bare_loop(rows, AS_OF, cum)
        for records, rows in zip(record_sets, row_sets, strict=True)
    )
    return Workload(
        base=base,
        text=text,
        calendar=calendar,
        per_plan=per_plan,
        record_sets=record_sets,
        row_sets=row_sets,
        cum=cum,
        units34=_workload.provinces(_workload.AFTER_2025),
        units63=_workload.provinces(_workload.BEFORE_2025),
        same_verdicts=same,
    )


# ----------------------------------------------------------------------------- measurements


def measure_plan_files(config: Config, work: Workload, table: Table) -> None:
    """``loads_plan``/``dumps_plan`` against orjson, on the bundled plan and a large one."""
    section = "plan files"
    for label, text in (
        ("bundled plan", work.text),
        ("generated plan", _workload.replicate_tasks(work.text, config.big_tasks)),
    ):
        progress(f"plan files: {label}")
        big = label != "bundled plan"
        repeats = config.big_repeats if big else config.repeats
        number, fast = (1, 3) if big else (3, 200)
        plan = loads_plan(text)  # checks the file, and warms what a process keeps
        data = orjson.loads(text)
        tasks = len(plan.tasks)
        size = f"{label}: {tasks:,} tasks, {len(text.encode()) / 1024:,.0f} KiB"
        same = orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n" == text
        caches = bool(_workload.library_caches())
        functions: list[Callable[[], Any]] = [
            partial(loads_plan, text),
            partial(orjson.loads, text),
            partial(dumps_plan, plan),
            partial(orjson.dumps, data, option=orjson.OPT_INDENT_2),
        ]
        # The floors (benchmarks/_floors.py): what any loader or writer in Python must do.
        functions += [
            partial(json.loads, text),
            _floors.constructor_calls(plan),
            _floors.field_dicts(plan),
            partial(json.dumps, data, ensure_ascii=False),
        ]
        numbers = [number, fast, number * 3, fast, fast, number * 3, fast, fast]
        setups: list[Callable[[], Any] | None] = [None] * 8
        if caches:  # a first load: the caches of loading emptied before it
            functions.append(partial(loads_plan, text))
            numbers.append(1)
            setups.append(_workload.clear_caches)
        timed = median_each(repeats, functions, numbers=numbers, setups=setups)
        (load, loaded), (base_load, _), (dump, dumped), (base_dump, _) = timed[:4]
        (parse, _), (construct, values), (read, _), (encode, _) = timed[4:8]
        table.compare(
            section,
            "loads_plan() vs orjson.loads",
            size,
            load,
            "orjson.loads",
            base_load,
            limit=5,
            valid=loaded == plan,
            tasks=tasks,
        )
        if caches:
            first = timed[8][0]
            table.compare(
                section,
                "loads_plan(), first load",
                size,
                first,
                "orjson.loads",
                base_load,
                note="loads_plan() with the library's caches of loading emptied first "
                "(deadline phrases, agency registries, the converter of each): "
                "a file read once in a new process",
                tasks=tasks,
            )
        table.compare(
            section,
            "dumps_plan() vs orjson.dumps",
            size,
            dump,
            "orjson.dumps (indent 2)",
            base_dump,
            limit=4,
            valid=dumped == text,
            note=""
            if not same or big
            else "orjson.dumps(OPT_INDENT_2) plus a final newline "
            "gives dumps_plan()'s text byte for byte",
            tasks=tasks,
        )
        table.compare(
            section,
            "  floor: json.loads + constructors",
            size,
            parse + construct,
            "orjson.loads",
            base_load,
            note=""
            if big
            else f"the least a loader in Python does: json.loads ({parse / base_load:.2g}x) "
            f"and one constructor call for each of the plan's {values:,} values, validators "
            f"off, the registry reused ({construct / base_load:.2g}x)",
            tasks=tasks,
        )
        table.compare(
            section,
            "  floor: fields into dicts + json.dumps in C",
            size,
            read + encode,
            "orjson.dumps (indent 2)",
            base_dump,
            note=""
            if big
            else "the least a writer in Python does: every value's fields read into a dict "
            f"({read / base_dump:.2g}x) and json.dumps without indent, the encoder in C, "
            f"on the dicts already made ({encode / base_dump:.2g}x)",
            tasks=tasks,
        )


def measure_evaluate(config: Config, work: Workload, table: Table) -> None:
    """``evaluate()`` against the bare loop: warm and cold, 34 and 63 provinces."""
    section = "evaluate"
    for label, units in (("34 provinces (2025)", work.units34), ("63 provinces", work.units63)):
        progress(f"evaluate(): {label}")
        plans = _workload.province_plans(work.base, units)
        count = len(plans) * work.per_plan
        size = f"{label}, {count:,} obligations"
        tables = ev.tables_of(plans, work.calendar)  # scheduled before: made once, untimed
        fresh: list[Plan] = []

        def never_seen(units: tuple[Any, ...] = units, fresh: list[Plan] = fresh) -> None:
            fresh[:] = _workload.province_plans(work.base, units)

        number = len(plans)
        functions: list[Callable[[], Any]] = [
            partial(ev.run_evaluate, tables, work.record_sets, None),
            partial(ev.run_evaluate, fresh, work.record_sets, None),
            partial(ev.run_bare, work.row_sets, number, work.cum),
        ]
        if len(units) == len(work.units63):
            functions.append(partial(ev.run_obligations, plans, work.calendar))
        timed = median_each(config.repeats, functions, setups=[None, never_seen, None, None])
        warm, (warm_count, warm_statuses) = timed[0]
        cold, (cold_count, cold_statuses) = timed[1]
        bare, (bare_count, bare_statuses) = timed[2]
        same = (
            work.same_verdicts
            and warm_count == cold_count == bare_count == count
            and warm_statuses == cold_statuses == bare_statuses
        )
        table.compare(
            section,
            "evaluate(), plan scheduled before",
            size,
            warm,
            "bare loop",
            bare,
            limit=3,
            valid=same,
            obligations=count,
            per_second=count / warm,
        )
        table.compare(
            section,
            "evaluate(), plans never seen",
            size,
            cold,
            "bare loop",
            bare,
            limit=8,
            valid=same,
            note="cold: new Plan values and, per plan, a new national calendar (evaluate()'s "
            "default); the process's caches of pure functions (holidays by year) stay warm",
            obligations=count,
            per_second=count / cold,
        )
        if len(timed) > 3:
            listed = timed[3][0]
            table.compare(
                section,
                "  of which plan_obligations()",
                size,
                listed,
                "bare loop",
                bare,
                note="what evaluate() spends listing the plan's obligations; the bare loop is "
                "given them, joined to their records, for free",
            )


def measure_national_year(config: Config, work: Workload, table: Table) -> None:
    """The national year in one and in two processes, and the memory per obligation."""
    section = "national year"
    plans = _workload.national_year(work.base, work.units63, work.per_plan, config.national_target)
    count = len(plans) * work.per_plan
    size = f"{len(plans):,} plans, {count:,} obligations"
    full = -(-_workload.NATIONAL_TARGET // work.per_plan) * work.per_plan
    scale = full / count  # 1 in a full run; the quick run's figures are scaled up

    progress(f"national year: {count:,} obligations, the plans scheduled")
    began = time.perf_counter()
    tables = ev.tables_of(plans, work.calendar)
    scheduling = time.perf_counter() - began
    progress(f"national year: {count:,} obligations, 1 process")
    began = time.perf_counter()
    serial_count, serial_statuses = ev.run_evaluate(tables, work.record_sets, None)
    serial = time.perf_counter() - began
    progress("national year: the bare loop")
    began = time.perf_counter()
    bare_count, bare_statuses = ev.run_bare(work.row_sets, len(plans), work.cum)
    bare = time.perf_counter() - began
    same = work.same_verdicts and serial_statuses == bare_statuses and serial_count == bare_count
    table.compare(
        section,
        "ObligationTable.of() for every plan (one run)",
        size,
        scheduling,
        "bare loop, 1 process",
        bare,
        note="listing and indexing every plan's obligations once: what a plan not "
        "scheduled before adds to its evaluation",
        obligations=count,
    )
    table.compare(
        section,
        "evaluate(), scheduled before, 1 process (one run)",
        size,
        serial,
        "bare loop, 1 process",
        bare,
        valid=same,
        obligations=count,
    )
    progress("national year: 2 processes")
    parallel = ev.run_parallel(tables, work.record_sets, work.calendar, 2)
    scaling = ev.parallel_scaling(2, config.spin)
    if parallel is not None:
        two, two_count, two_statuses = parallel
        scaled = two * scale
        valid = same and two_statuses == serial_statuses and two_count == serial_count
        row = table.compare(
            section,
            "evaluate(), scheduled before, 2 processes (one run)",
            size,
            two,
            "bare loop, 1 process",
            bare,
            valid=valid,
            note=(
                f"control: 2 processes run a spin loop {scaling:.2f}x as fast as 1 (2.00 on "
                "two idle cores)"
                + ("" if scale == 1 else f"; quick run: {scaled:.1f} s scaled to {full:,}")
            ),
            obligations=count,
            spin_scaling=scaling,
        )
        table.absolute(row, "< 3 s", scaled < 3 and valid)
    del tables

    progress("memory per obligation kept")
    sample = _workload.province_plans(work.base, work.units63)
    kept_count = len(sample) * work.per_plan
    records, calendar = work.record_sets, work.calendar
    tracemalloc.start()
    kept = [
        evaluate(plan, records[n % RECORD_SETS], as_of=AS_OF, calendar=calendar)
        for n, plan in enumerate(sample)
    ]
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    tracemalloc.start()
    kept_bare = [
        ev.bare_loop(work.row_sets[n % RECORD_SETS], AS_OF, work.cum) for n in range(len(sample))
    ]
    _, bare_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept_bare
    row = table.compare(
        section,
        "memory per obligation kept",
        f"63 provinces, {kept_count:,} obligations",
        peak / kept_count,
        "bare loop's tuples",
        bare_peak / kept_count,
        unit="B",
        note="tracemalloc's peak while evaluating and keeping every Evaluation, per "
        f"obligation; the records, built before, are not counted; kept at the end: "
        f"{held / kept_count:.0f} B",
        peak_bytes=peak,
        kept_bytes=held,
    )
    table.absolute(row, "< 150 B", peak / kept_count < 150)


def measure_parsing(config: Config, table: Table) -> None:
    """Deadline phrases per second against the lexer alone."""
    section = "deadline parsing"
    progress("deadline parsing")
    for name, phrases in bp.workloads().items():
        rounds = phrases * config.parse_rounds
        (parse, parsed), (lex, _) = median_each(
            config.repeats,
            [partial(bp.parse_all, rounds, 2026), partial(bp.lex_all, rounds)],
        )
        seed = name == "seed"
        limit = bp.BEFORE * 1.10
        table.compare(
            section,
            f"parse_deadline() vs lexer ({name})",
            f"{len(phrases)} phrases × {config.parse_rounds}",
            parse,
            "normalize + tokenize",
            lex,
            limit=limit if seed else None,
            goal=f"≤ {limit:.1f}x" if seed else None,
            valid=parsed == len(rounds),
            note=f"{len(rounds) / parse:,.0f} phrases/s; lexer {len(rounds) / lex:,.0f}/s"
            + ("; goal: the ratio before 0.4.0 (13.3) + 10 %" if seed else ""),
            phrases_per_second=len(rounds) / parse,
            lexer_per_second=len(rounds) / lex,
        )


def measure_schedule(config: Config, work: Workload, table: Table) -> None:
    """``Plan.schedule`` against a raw loop and ``dateutil.rrule``; rolls against a dict."""
    section = "schedule"
    plans = _workload.province_plans(work.base, work.units63)[: config.schedule_provinces]
    calendar = work.calendar
    off = bs.days_off_set(calendar)
    progress(f"schedule: {len(plans)} provinces, the raw loop and dateutil.rrule")
    (schedule, count), (raw, (raw_count, raw_rows)), (rrule, (rrule_count, rrule_rows)) = (
        median_each(
            config.repeats,
            [
                lambda: bs.run_schedule(plans, calendar),
                lambda: bs.run_raw(plans, off, False),
                lambda: bs.run_rrule(plans, off, False),
            ],
        )
    )
    expected = bs.library_rows(plans[0], calendar, LEADS_OWE)
    size = f"{len(plans)} provinces, {count:,} obligations"
    table.compare(
        section,
        "Plan.schedule() vs raw loop",
        size,
        schedule,
        "raw loop",
        raw,
        limit=2,
        valid=raw_count == count and all(rows == expected for rows in raw_rows),
        obligations=count,
    )
    table.compare(
        section,
        "Plan.schedule() vs dateutil.rrule",
        size,
        schedule,
        "dateutil.rrule",
        rrule,
        limit=1 / 30,
        goal="≤ 1/30x",
        valid=rrule_count == count and all(rows == expected for rows in rrule_rows),
        note="the goal: the schedule at least 30 times as fast as rrule",
        obligations=count,
    )

    progress(f"rolling {config.rolls:,} dates")
    rng = random.Random(2020)
    first = datetime.date(2020, 1, 1).toordinal()
    days = [datetime.date.fromordinal(first + rng.randrange(366)) for _ in range(config.rolls)]
    lookup = {}
    day = datetime.date(2020, 1, 1)
    while day <= datetime.date(2020, 12, 31):
        lookup[day] = calendar.roll_forward(day)
        day += ONE_DAY
    roll = calendar.roll_forward
    (by_dict, expected_days), (each, by_each), (every, by_all) = median_each(
        config.repeats,
        [
            lambda: [lookup[d] for d in days],
            lambda: [roll(d) for d in days],
            lambda: calendar.roll_forward_all(days),
        ],
    )
    size = f"{config.rolls:,} dates of 2020"
    table.compare(
        section,
        "roll_forward() vs dict",
        size,
        each,
        "dict lookup",
        by_dict,
        limit=2,
        valid=by_each == expected_days,
    )
    table.compare(
        section,
        "roll_forward_all() vs dict",
        size,
        every,
        "dict lookup",
        by_dict,
        limit=2,
        valid=by_all == expected_days,
    )


def _growth_rows(
    table: Table,
    measurement: str,
    unit_name: str,
    sizes: list[tuple[str, float, int]],
) -> None:
    """Rows comparing the cost per unit at the larger sizes with the smallest."""
    first_label, first_time, first_units = sizes[0]
    per_first = first_time / first_units
    for label, seconds, units in sizes[1:]:
        table.compare(
            "growth",
            measurement,
            f"{label} vs {first_label}",
            seconds / units,
            f"per {unit_name} at {first_label}",
            per_first,
            limit=LINEAR,
            goal=f"≤ {LINEAR:g}x (linear)",
            units=units,
            seconds=seconds,
            smallest_units=first_units,
            smallest_seconds=first_time,
        )


def _evaluate_all(
    runs: list[tuple[list[Plan], list[list[ProgressRecord]], datetime.date]],
    calendar: WorkingCalendar,
) -> int:
    return sum(ev.run_evaluate(plans, sets, calendar, as_of)[0] for plans, sets, as_of in runs)


def measure_growth(config: Config, work: Workload, table: Table) -> None:
    """The cost at three sizes of provinces, tasks and years, per unit.

    The three sizes of each are timed in turn within each repeat (``median_each``), so that
    a change in the machine's speed during the run does not pass for growth.
    """
    calendar = work.calendar
    base, text = work.base, work.text
    units = work.units63[: config.growth_units]
    repeats = config.growth_repeats

    progress("growth: provinces")
    by_provinces = [
        _workload.province_plans(base, work.units63[:number]) for number in config.growth_provinces
    ]
    for plans in by_provinces:
        ev.run_evaluate(plans, work.record_sets, calendar)
    timed = median_each(
        repeats,
        [partial(ev.run_evaluate, plans, work.record_sets, calendar) for plans in by_provinces],
    )
    sizes = [
        (f"{len(plans)} provinces", seconds, count)
        for plans, (seconds, (count, _)) in zip(by_provinces, timed, strict=True)
    ]
    _growth_rows(table, "evaluate() per obligation, by provinces", "obligation", sizes)

    progress("growth: tasks")
    by_tasks = []
    for multiple in config.growth_tasks:
        plan = loads_plan(_workload.replicate_tasks(text, len(base.tasks) * multiple))
        sets = [ev.synthetic_records(plan, calendar, seed) for seed in range(GROWTH_SEEDS)]
        plans = _workload.province_plans(plan, units)
        ev.run_evaluate(plans, sets, calendar)
        by_tasks.append((len(plan.tasks), plans, sets))
    timed = median_each(
        repeats,
        [partial(ev.run_evaluate, plans, sets, calendar) for _, plans, sets in by_tasks],
    )
    sizes = [
        (f"{tasks} tasks", seconds, count)
        for (tasks, _, _), (seconds, (count, _)) in zip(by_tasks, timed, strict=True)
    ]
    _growth_rows(
        table, f"evaluate() per obligation, by tasks ({len(units)} plans)", "obligation", sizes
    )

    files = [_workload.replicate_tasks(text, tasks) for tasks in config.growth_file_tasks]
    for big in files:
        loads_plan(big)
    timed = median_each(config.big_repeats, [partial(loads_plan, big) for big in files])
    sizes = [
        (f"{tasks:,} tasks", seconds, tasks)
        for tasks, (seconds, _) in zip(config.growth_file_tasks, timed, strict=True)
    ]
    _growth_rows(table, "loads_plan() per task, by tasks", "task", sizes)

    progress("growth: years")
    years: list[tuple[list[Plan], list[list[ProgressRecord]], datetime.date]] = []
    for shift in range(max(config.growth_years)):
        plan = loads_plan(_workload.shift_years(text, shift))
        as_of = datetime.date(plan.year, 12, 31)
        sets = [ev.synthetic_records(plan, calendar, seed, as_of) for seed in range(GROWTH_SEEDS)]
        years.append((_workload.province_plans(plan, units), sets, as_of))
    runs = [years[:number] for number in config.growth_years]
    for run in runs:
        _evaluate_all(run, calendar)
    timed = median_each(repeats, [partial(_evaluate_all, run, calendar) for run in runs])
    sizes = [
        (f"{number} year{'s' if number > 1 else ''}", seconds, count)
        for number, (seconds, count) in zip(config.growth_years, timed, strict=True)
    ]
    _growth_rows(
        table,
        f"evaluate() per obligation, by years ({len(units)} plans a year)",
        "obligation",
        sizes,
    )


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark, print the table, write it as JSON."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run at smaller sizes")
    parser.add_argument(
        "--json",
        type=Path,
        default=HERE / "results.json",
        help="where to write the table as JSON (default: benchmarks/results.json)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is not met")
    args = parser.parse_args(argv)
    config = QUICK if args.quick else FULL

    began = time.perf_counter()
    about = machine()
    print(
        f"cchc_model {about['cchc_model']} benchmarks{' (quick)' if config.quick else ''} — "
        f"{about['date']}"
    )
    print(
        f"{about['implementation']} {about['python']}, {about['platform']}, "
        f"{about['cpu']}, {about['cpu_count']} CPUs; commit {about['commit']}; "
        f"orjson {about['orjson']}; "
        f"medians of {config.repeats} repeats ({config.big_repeats} for large plan files; "
        "the national year runs once)"
    )
    progress("building the workload")
    work = build_workload()
    print(
        f"workload: {len(work.units34)} provinces (from 01/07/2025) and {len(work.units63)} "
        f"(before), each a plan shaped like An Giang 2020 ({len(work.base.tasks)} tasks, "
        f"{work.per_plan} obligations as of {AS_OF:%d/%m/%Y}, one synthetic record each)"
    )
    print(flush=True)

    table = Table()
    measure_plan_files(config, work, table)
    measure_evaluate(config, work, table)
    measure_national_year(config, work, table)
    measure_parsing(config, table)
    measure_schedule(config, work, table)
    measure_growth(config, work, table)

    elapsed = time.perf_counter() - began
    print(render(table))
    goals = [row for row in table.rows if row.met is not None]
    met = sum(bool(row.met) for row in goals)
    print()
    print(f"{met} of {len(goals)} goals met; the run took {elapsed:.0f} s")

    report = {
        "machine": about,
        "config": asdict(config),
        "workload": {
            "provinces_2025": len(work.units34),
            "provinces_before": len(work.units63),
            "tasks_per_plan": len(work.base.tasks),
            "obligations_per_plan": work.per_plan,
            "as_of": AS_OF.isoformat(),
            "record_sets": RECORD_SETS,
        },
        "rows": [asdict(row) for row in table.rows],
        "goals_met": met,
        "goals": len(goals),
        "seconds": round(elapsed, 1),
    }
    args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"written to {args.json}")
    return 1 if args.strict and met < len(goals) else 0


if __name__ == "__main__":
    sys.exit(main())
