"""Due dates of every task in An Giang province's 2020 CCHC plan, from its deadline phrases.

Run it after installing the package::

    python examples/an_giang_2020_deadlines.py            # the whole plan
    python examples/an_giang_2020_deadlines.py --task I.6  # one task

The phrases are the *Thời gian thực hiện* column of the plan's appendix (Phụ lục nhiệm vụ
cải cách hành chính tỉnh An Giang năm 2020), as printed.  Due dates are nominal: a later
release rolls them onto Vietnam's working calendar.
"""

from __future__ import annotations

import argparse
import datetime

from cchc_model import DeadlineParseError, parse_deadline

PLAN_YEAR = 2020

#: (task code, deadline phrase as printed in the appendix), in document order.
APPENDIX: tuple[tuple[str, str], ...] = (
    ("I.1", "- Ban hành tháng 01/2020 - Kết thúc tháng 12/2020"),
    ("I.2", "Quý I/2020"),
    ("I.3", "- Ban hành trong Quý I/2020 - Thực hiện thường xuyên"),
    ("I.4", "Quý I/2020 quý II/2020"),
    ("I.5", "Quý I/2020"),
    ("I.6", "Báo cáo và công bố ngày 05 hàng tháng"),
    ("I.7", "Quý II/2020"),
    ("I.8", "Quý II/2020"),
    ("I.9", "Tháng 5/2020"),
    ("I.10", "Tháng 6/2020"),
    ("I.11", "Thường xuyên"),
    ("I.12", "Năm 2020"),
    ("I.13", "Năm 2020"),
    ("I.14", "Năm 2020"),
    ("I.15", "Năm 2020"),
    ("I.16", "Quý III/2020"),
    ("I.17", "Theo quy định"),
    ("I.18", "Quý IV/2020"),
    ("I.19", "Quý IV/2020"),
    ("I.20", "Quý IV/2020"),
    ("I.21", "Quý IV/2020"),
    ("I.22", "Hàng quý"),
    ("II.1", "Tháng 01/2020"),
    ("II.2", "Năm 2020"),
    ("II.3", "Tháng 12/2020"),
    ("II.4", "Tháng 12/2020"),
    ("II.5", "Tháng 12/2020"),
    ("III.1", "- Ban hành tháng 01/2020 - Kết thúc tháng 12/2020"),
    ("III.2", "Thường xuyên"),
    ("III.3", "Thường xuyên"),
    ("III.4", "Thường xuyên"),
    ("III.5", "Hàng tháng"),
    ("III.6", "Thường xuyên"),
    ("IV.1", "Năm 2020"),
    ("IV.2", "Năm 2020"),
    ("IV.3", "Năm 2020"),
    ("IV.4", "Năm 2020"),
    ("IV.5", "Thường xuyên trong năm"),
    ("IV.6", "Năm 2020"),
    ("IV.7", "- Ban hành trong quý I/2020 - Kết thúc trong quý IV/2020"),
    ("V.1", "- Ban hành trong tháng 12/2019 - Kết thúc trong tháng 12/2020"),
    ("V.2", "Năm 2020"),
    ("V.3", "Năm 2020"),
    ("V.4", "Quý II, III/2020"),
    ("VI.1", "Năm 2020"),
    ("VI.2", "Năm 2020"),
    ("VI.3", "Năm 2020"),
    ("VI.4", "Năm 2020"),
    ("VI.5", "Năm 2020"),
    ("VI.6", "Quý II/2020"),
    ("VII.1", "- Ban hành tháng 12/2019 - Kết thúc tháng 12/2020"),
    ("VII.2", "- Ban hành trong quý II/2020 - Kết thúc trong quý IV/2020"),
    ("VII.3", "Năm 2020"),
    ("VII.4", "Tháng 12/2020"),
    ("VII.5", "Năm 2020"),
    ("VII.6", "Quý I, II/2020"),
    ("VII.7", "Năm 2020"),
    ("VII.8", "Quý III, IV/2020"),
    ("VII.9", "Năm 2020"),
    ("VII.10", "Năm 2020"),
    ("VII.11", "Năm 2020"),
    ("VII.12", "Năm 2020"),
    ("VII.13", "Năm 2020"),
)


def describe(code: str, phrase: str) -> str:
    """One task's deadline: the canonical phrase and its due dates in the plan year."""
    deadline = parse_deadline(phrase, year=PLAN_YEAR)
    year = (datetime.date(PLAN_YEAR, 1, 1), datetime.date(PLAN_YEAR, 12, 31))
    dues = [
        f"{o.due:%d/%m}" + (f" ({o.milestone})" if o.milestone else "")
        for o in deadline.occurrences(*year)
    ]
    when = ", ".join(dues) if dues else "no fixed due date (" + deadline.kind.value + ")"
    return f"{code:<7} {deadline!s:<58} {when}"


def main(argv: list[str] | None = None) -> int:
    """Print the due dates of the plan's tasks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", help="only this task code, e.g. I.6")
    args = parser.parse_args(argv)
    rows = [row for row in APPENDIX if args.task in (None, row[0])]
    if not rows:
        parser.error(f"no task {args.task!r} in the plan")
    print(f"An Giang 2020 CCHC plan: {len(rows)} task(s), due dates in {PLAN_YEAR}")
    try:
        for code, phrase in rows:
            print(describe(code, phrase))
    except DeadlineParseError as error:
        print(f"error: {error}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
