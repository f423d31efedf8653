"""Evaluate the bundled plan's progress as an inspector does, and print the roll-ups.

Run it from the root of a clone::

    python examples/evaluate_progress.py 30/09/2020

It prints the plan's completion (tasks completed ÷ tasks in the plan), the rates by reform
area and the five agencies with the most work overdue, from the invented progress sheet
``examples/an_giang_2020_progress.csv``.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from cchc_model import datasets, evaluate, read_records
from cchc_model.formats.readers import parse_date

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation's headline numbers."""
    args = sys.argv[1:] if argv is None else argv
    as_of = parse_date(args[0] if args else "30/09/2020")
    plan = datasets.load("an-giang-2020")
    records = read_records(HERE / "an_giang_2020_progress.csv", plan=plan)
    evaluation = evaluate(plan, records, as_of=as_of)
    print(f"{plan}\nTính đến {as_of:%d/%m/%Y}: hoàn thành {evaluation.tasks_completed()}")
    for area, rate in evaluation.tasks_by_area().items():
        print(f"  {area:<4} {plan.area(area).name:<55} {rate}")
    overdue = collections.Counter(
        v.obligation.agency.code for v in evaluation.verdicts if v.status.value == "overdue"
    )
    print("Quá hạn nhiều nhất:", ", ".join(f"{c} ({n})" for c, n in overdue.most_common(5)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
