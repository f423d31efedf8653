"""What an agency owes this quarter, backlog included, from the bundled plan and a progress sheet.

Run it from the root of a clone::

    python examples/agency_quarter.py --agency "Sở Nội vụ" --as-of 15/08/2020

It prints the agency's work due in the quarter of ``--as-of`` that is not done yet, and the
work due before the quarter that is still open (overdue or not reported), with each
verdict's reason.  The progress sheet is ``examples/an_giang_2020_progress.csv`` (invented
data) unless ``--records`` names another.
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path

from cchc_model import Quarter, datasets, evaluate, read_records
from cchc_model.formats.readers import parse_date

HERE = Path(__file__).resolve().parent
STILL_OPEN = {"overdue", "no_report", "in_progress", "not_due"}


def main(argv: list[str] | None = None) -> int:
    """Print the agency's open work of the quarter and its backlog."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agency", default="Sở Nội vụ")
    parser.add_argument("--as-of", dest="as_of", type=parse_date, default="15/08/2020")
    parser.add_argument("--records", default=str(HERE / "an_giang_2020_progress.csv"))
    args = parser.parse_args(argv)
    as_of: datetime.date = args.as_of
    plan = datasets.load("an-giang-2020")
    agency = plan.agencies.resolve(args.agency)
    evaluation = evaluate(plan, read_records(args.records, plan=plan), as_of=as_of)
    quarter = Quarter(as_of.year, (as_of.month - 1) // 3 + 1)
    mine = [v for v in evaluation.verdicts if v.obligation.agency == agency]
    backlog = [v for v in mine if v.obligation.due < quarter.start and v.status.value in STILL_OPEN]
    this_quarter = [
        v
        for v in mine
        if quarter.start <= v.obligation.due <= quarter.end and v.status.value in STILL_OPEN
    ]
    print(f"{agency.name} — {quarter} (tính đến {as_of:%d/%m/%Y})")
    for title, verdicts in (
        ("Tồn đọng từ trước", backlog),
        (f"Đến hạn trong {quarter}", this_quarter),
    ):
        print(f"\n{title}: {len(verdicts)}")
        for verdict in verdicts:
            print(f"  {verdict.obligation.task.code:<7} {verdict.explain('vi')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
