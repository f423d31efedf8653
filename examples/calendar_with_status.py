"""Export an agency's calendar with the status of each task, for Outlook, Thunderbird or Nextcloud.

Run it from the root of a clone::

    python examples/calendar_with_status.py so-noi-vu.ics

It evaluates the invented progress sheet as of 30/09/2020 and writes the Department of Home
Affairs' tasks for the fourth quarter as iCalendar VTODOs — with the work still open from
before October kept in, each task's STATUS following its verdict, and an alarm three
working days before each open due date — then prints how many of each status it wrote.
"""

from __future__ import annotations

import collections
import datetime
import sys
from pathlib import Path

from cchc_model import datasets, evaluate, read_records, to_icalendar

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    """Write the calendar and print its statuses."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "so-noi-vu.ics")
    plan = datasets.load("an-giang-2020")
    records = read_records(HERE / "an_giang_2020_progress.csv", plan=plan)
    evaluation = evaluate(plan, records, as_of=datetime.date(2020, 9, 30))
    text = to_icalendar(
        evaluation,
        start=datetime.date(2020, 10, 1),
        end=datetime.date(2020, 12, 31),
        agency="Sở Nội vụ",
        alarm=3,
    )
    target.write_text(text, encoding="utf-8", newline="")
    statuses = collections.Counter(
        line.split(":", 1)[1] for line in text.splitlines() if line.startswith("STATUS:")
    )
    print(f"{target}: " + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
