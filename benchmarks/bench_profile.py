"""Profile the hot paths: where ``loads_plan``, ``dumps_plan`` and ``evaluate()`` spend time.

Run from the repository root, with the package installed::

    python benchmarks/bench_profile.py              # the tables of docs/performance.rst
    python benchmarks/bench_profile.py --top 25     # more functions

Each path runs under ``cProfile`` a number of times after a warm-up, and the script prints
the functions with the largest share of the profiled time — cumulative (the function and
what it calls) and own — as percentages.  ``cProfile`` slows Python calls down, small ones
most, so the shares are a guide to where the time goes, not a measurement of it.

Paths:

* ``loads_plan`` of the bundled plan, repeated (the caches of loading warm) and first
  (the caches emptied before each load);
* ``dumps_plan`` of the bundled plan;
* ``evaluate()`` of one province's plan, one synthetic record per obligation, on a warm
  calendar, and the same plan's ``ObligationTable`` evaluated again (scheduled before).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections.abc import Callable
from typing import Any

from cchc_model import datasets
from cchc_model.assessment.compliance import ObligationTable, evaluate
from cchc_model.formats.plan_json import dumps_plan, loads_plan

try:  # part of the package: python -m benchmarks.bench_profile
    from benchmarks import _workload
    from benchmarks import bench_evaluate as ev
except ImportError:  # a script: python benchmarks/bench_profile.py
    import _workload  # type: ignore[no-redef]
    import bench_evaluate as ev  # type: ignore[no-redef]


def profile(
    function: Callable[[], Any], runs: int, setup: Callable[[], Any] | None = None
) -> pstats.Stats:
    """``function`` under cProfile ``runs`` times (after one run unprofiled)."""
    function()
    profiler = cProfile.Profile()
    for _ in range(runs):
        if setup is not None:
            setup()
        profiler.enable()
        function()
        profiler.disable()
    return pstats.Stats(profiler)


def _name(key: tuple[str, int, str]) -> str:
    path, line, function = key
    if path == "~":
        return function  # a built-in
    short = path.replace("\\", "/")
    for marker in ("/src/", "/site-packages/", "/lib/python"):
        if marker in short:
            short = short.split(marker, 1)[1]
            break
    return f"{short}:{line}({function})"


def shares(stats: pstats.Stats, top: int) -> tuple[float, list[tuple[float, float, str]]]:
    """The total profiled time, and the ``top`` functions by cumulative share."""
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total: float = stats.total_tt  # type: ignore[attr-defined]
    rows = [
        (cumulative / total, own / total, _name(key))
        for key, (_, _, own, cumulative, _) in table.items()
        if not key[0].endswith("bench_profile.py")  # the lambdas that call the path
    ]
    rows.sort(reverse=True)
    return total, rows[:top]


def report(title: str, stats: pstats.Stats, runs: int, top: int) -> None:
    """Print one path's table."""
    total, rows = shares(stats, top)
    print(f"{title}: {total / runs * 1000:.1f} ms a run under cProfile ({runs} runs)")
    print(f"{'cumulative':>10} {'own':>6}  function")
    for cumulative, own, name in rows:
        print(f"{cumulative:>10.0%} {own:>6.0%}  {name}")
    print()


def main(argv: list[str] | None = None) -> int:
    """Profile every path and print the tables."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--top", type=int, default=15, help="functions shown per path")
    args = parser.parse_args(argv)

    plan = datasets.load("an-giang-2020")
    text = dumps_plan(plan)
    report("loads_plan, bundled plan", profile(lambda: loads_plan(text), 20), 20, args.top)
    report(
        "loads_plan, bundled plan, first load (caches emptied)",
        profile(lambda: loads_plan(text), 20, setup=_workload.clear_caches),
        20,
        args.top,
    )
    report("dumps_plan, bundled plan", profile(lambda: dumps_plan(plan), 20), 20, args.top)

    calendar = ev.warm_calendar(plan)
    records = ev.synthetic_records(plan, calendar, 0)
    report(
        "evaluate(), one province (796 obligations, one record each)",
        profile(lambda: evaluate(plan, records, as_of=ev.AS_OF, calendar=calendar), 20),
        20,
        args.top,
    )
    table = ObligationTable.of(plan, calendar=calendar)
    report(
        "ObligationTable.evaluate(), the same plan scheduled before",
        profile(lambda: table.evaluate(records, as_of=ev.AS_OF), 200),
        200,
        args.top,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
