"""What is due, when and by whom in An Giang province's 2020 CCHC plan (bundled with the library).

Run it after installing the package::

    python examples/an_giang_2020_deadlines.py            # the whole plan
    python examples/an_giang_2020_deadlines.py --task I.6  # one task

For each task of the plan's appendix (Phụ lục nhiệm vụ cải cách hành chính tỉnh An Giang
năm 2020) it prints the lead agencies, the deadline in canonical form and its due dates in
the plan year.  Due dates are nominal: a later release rolls them onto Vietnam's working
calendar.
"""

from __future__ import annotations

import argparse
import datetime

from cchc_model import Task, datasets


def describe(task: Task, year: int) -> str:
    """One task: its code, lead agencies, canonical deadline and due dates in ``year``."""
    window = (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    dues = [
        f"{o.due:%d/%m}" + (f" ({o.milestone})" if o.milestone else "")
        for o in task.deadline.occurrences(*window)
    ]
    when = ", ".join(dues) if dues else f"no fixed due date ({task.deadline.kind.value})"
    lead = ", ".join(entry.code for entry in task.lead)
    return f"{task.code:<7} {lead:<18} {task.deadline!s:<60} {when}"


def main(argv: list[str] | None = None) -> int:
    """Print the due dates of the plan's tasks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", help="only this task code, e.g. I.6")
    args = parser.parse_args(argv)
    plan = datasets.load("an-giang-2020")
    if args.task is None:
        tasks = plan.tasks
    else:
        try:
            tasks = (plan.task(args.task),)
        except KeyError as error:
            parser.error(str(error))
    print(f"{plan}: {len(tasks)} task(s), due dates in {plan.year}")
    for task in tasks:
        print(describe(task, plan.year))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
