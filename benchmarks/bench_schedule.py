"""Benchmark the schedule at national scale: 63 provinces, a year of obligations.

Run from the repository root, with the package installed::

    python benchmarks/bench_schedule.py

It is a script, not a test: it prints a table and one line per goal, met or not, and
exits 0 either way (``--strict`` makes it exit 1 when a goal is not met).

Workload: 63 provinces, each with a plan shaped like An Giang's 2020 plan (the same 63
tasks, made 63 distinct ``Plan`` values with ``attrs.evolve``), scheduled over the year
2020.  Who owes follows the library's default convention, ``LEADS_OWE``: the lead agencies
owe (a closed group through its members, less any member the row names itself as
coordinating), the coordinating agencies owe nothing.  The same workload under
``PARTNERS_OWE`` (every coordinating agency owes every output too, as the library did
before 0.2.0, open groups now excepted; about 3.6 times as many obligations) is timed as
well, for comparison.

1. Occurrences (obligations) per second of ``Plan.schedule()`` against

   * a raw Python loop that does the same expansion — for each task, owing agency and due
     point, the nominal date from the deadline's kind by days-in-month table lookups,
     rolled forward with a precomputed set of days off, then sorted like the schedule —
     and checks that it produces the same obligations;
   * ``dateutil.rrule`` doing the same expansion, one rule per task, owing agency and
     due-point pattern (``rrule(MONTHLY, bymonthday=5)``, ``rrule(MONTHLY, interval=3,
     bymonthday=-1)`` …), rolled with the same set of days off.

   Both baselines decide who owes by themselves, by the convention's rules.
   Goals (under ``LEADS_OWE``): the schedule within 2x of the raw loop; at least 30x
   faster than rrule.

2. Rolling one million due dates with ``WorkingCalendar.roll_forward`` (called per date)
   and ``WorkingCalendar.roll_forward_all`` against a precomputed ``dict`` lookup.
   Goal: within 2x of the dict.

Every figure is the best of 3 runs, timed with ``time.perf_counter``, except rrule under
``PARTNERS_OWE``: one run (it takes seconds), for comparison only.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import sys
import time
from collections.abc import Iterator
from typing import Any

import attrs
from dateutil.rrule import MONTHLY, rrule

from cchc_model import datasets
from cchc_model.language.deadlines import (
    ByRegulation,
    Continuous,
    DateDeadline,
    Deadline,
    PeriodDeadline,
    Phased,
    Recurring,
    WithinDays,
)
from cchc_model.language.periods import (
    HalfYear,
    Month,
    NineMonths,
    Period,
    PeriodUnit,
    Quarter,
    Year,
)
from cchc_model.plan.agencies import AgencyGroup
from cchc_model.plan.plans import Plan
from cchc_model.scheduling.accountability import LEADS_OWE, PARTNERS_OWE, Accountability
from cchc_model.scheduling.calendar import WorkingCalendar, vietnam_calendar

try:  # part of the package: python -m benchmarks
    from benchmarks._timing import best_of, rate
except ImportError:  # a script: python benchmarks/bench_schedule.py
    from _timing import best_of, rate  # type: ignore[no-redef]

START = datetime.date(2020, 1, 1)
END = datetime.date(2020, 12, 31)
# The schedule looks at nominal dates up to 31 days outside the window (a roll moves a date
# by at most the longest run of days off); the baselines do the same.
MARGIN = datetime.timedelta(days=31)
ONE_DAY = datetime.timedelta(days=1)
REPEATS = 3
WIDE_RRULE_REPEATS = 1  # rrule under PARTNERS_OWE takes seconds a run: one run, for comparison
ROLLS = 1_000_000

# fmt: off
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
    "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
    "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang",
    "Hòa Bình", "Hồ Chí Minh", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
    "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
    "Yên Bái",
)
# fmt: on
CITIES = {"Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hồ Chí Minh"}  # thành phố trực thuộc TW

# The periodic CCHC reports "Theo quy định" stands for: label and last month of the period,
# due on the 20th of that month (the library's CCHC_PERIODIC_REPORTS).
REPORTS = (("quý I", 3), ("6 tháng", 6), ("quý III", 9), ("năm", 12))
REPORT_DAY = 20
ROMAN = ("", "I", "II", "III", "IV")

Row = tuple[str, str, str, "str | None", datetime.date, datetime.date]


# ----------------------------------------------------------------------------- workload


def national_workload() -> list[Plan]:
    """63 plans shaped like An Giang's 2020 plan, one per province."""
    base = datasets.load("an-giang-2020")
    plans = [base]
    for name in PROVINCES[1:]:
        level = "thành phố" if name in CITIES else "tỉnh"
        plans.append(attrs.evolve(base, issuer=f"Ủy ban nhân dân {level} {name}"))
    return plans


def warm_calendar() -> WorkingCalendar:
    """The national calendar with 2019–2021 built (the baselines get a precomputed set)."""
    calendar = vietnam_calendar()
    day = START - MARGIN - MARGIN
    while day <= END + MARGIN + MARGIN:
        calendar.roll_forward(day)
        day += ONE_DAY
    return calendar


def days_off_set(calendar: WorkingCalendar) -> frozenset[datetime.date]:
    """Every day off from December 2018 to February 2022, precomputed once."""
    found = set()
    day = datetime.date(2018, 12, 1)
    while day <= datetime.date(2022, 2, 28):
        if not calendar.is_working_day(day):
            found.add(day)
        day += ONE_DAY
    return frozenset(found)


# ----------------------------------------------------------------------------- the library


def run_schedule(
    plans: list[Plan], calendar: WorkingCalendar, accountability: Accountability = LEADS_OWE
) -> int:
    """``Plan.schedule`` for every province; the number of obligations."""
    count = 0
    for plan in plans:
        count += len(plan.schedule(START, END, calendar=calendar, accountability=accountability))
    return count


def library_rows(
    plan: Plan, calendar: WorkingCalendar, accountability: Accountability
) -> list[Row]:
    """The schedule of one plan, as comparable rows."""
    return [
        (o.task.code, o.agency.code, o.role.value, o.milestone, o.nominal_due, o.due)
        for o in plan.schedule(START, END, calendar=calendar, accountability=accountability)
    ]


# ----------------------------------------------------------------------------- shared helpers


def owers(task: Any, partners_owe: bool) -> list[tuple[str, Any]]:
    """The (role, agency) pairs that owe a task's outputs, in the schedule's order.

    The convention's rules, written out: the leads first — a closed group stands for its
    members, less those the row names itself as coordinating (and not as leads); an open
    group that leads owes as one body.  Then, only when partners owe, the coordinating
    agencies that do not lead — closed groups expanded, open groups owing nothing.
    """
    named_leads = {e.code for e in task.lead if not isinstance(e, AgencyGroup)}
    named_partners = {e.code for e in task.partners if not isinstance(e, AgencyGroup)}
    seen: set[str] = set()
    out: list[tuple[str, Any]] = []
    for entry in task.lead:
        if isinstance(entry, AgencyGroup) and not entry.open:
            for member in entry.members:
                code = member.code
                if code in named_partners and code not in named_leads:
                    continue
                if code not in seen:
                    seen.add(code)
                    out.append(("lead", member))
        elif entry.code not in seen:
            seen.add(entry.code)
            out.append(("lead", entry))
    if partners_owe:
        for entry in task.partners:
            if isinstance(entry, AgencyGroup):
                if entry.open:
                    continue
                members = entry.members
            else:
                members = (entry,)
            for member in members:
                if member.code not in seen:
                    seen.add(member.code)
                    out.append(("coordinating", member))
    return out


def last_month_of(period: Period) -> tuple[int, int]:
    """(year, last month) of a period, by its kind."""
    kind = type(period)
    if kind is Month:
        return period.year, period.month  # type: ignore[attr-defined]
    if kind is Quarter:
        return period.year, 3 * period.quarter  # type: ignore[attr-defined]
    if kind is HalfYear:
        return period.year, 6 * period.half  # type: ignore[attr-defined]
    if kind is NineMonths:
        return period.year, 9
    if kind is Year:
        return period.year, 12
    raise NotImplementedError(kind)


def unsupported(deadline: Deadline) -> None:
    """The An Giang plan has none of these; refuse rather than guess."""
    raise NotImplementedError(f"the baselines do not expand {type(deadline).__name__}")


# ----------------------------------------------------------------------------- raw loop


def days_in_month_table(first_year: int, last_year: int) -> dict[tuple[int, int], int]:
    """(year, month) -> number of days, built once."""
    table = {}
    for year in range(first_year, last_year + 1):
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        for month, days in enumerate(
            (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1
        ):
            table[year, month] = days
    return table


DIM = days_in_month_table(2015, 2030)


def raw_points(
    deadline: Deadline,
    plan_year: int,
    lo: datetime.date,
    hi: datetime.date,
    milestone: str | None = None,
) -> Iterator[tuple[datetime.date, str | None]]:
    """Nominal due points in [lo, hi] by table lookups, with their milestone."""
    date = datetime.date
    kind = type(deadline)
    if kind is Phased:
        for phase in deadline.phases:  # type: ignore[attr-defined]
            yield from raw_points(phase.deadline, plan_year, lo, hi, phase.milestone)
    elif kind is PeriodDeadline:
        for window in deadline.windows:  # type: ignore[attr-defined]
            year, month = last_month_of(window.last)
            due = date(year, month, DIM[year, month])
            if lo <= due <= hi:
                yield due, milestone
    elif kind is Recurring:  # runs within the plan year
        step = deadline.unit.months  # type: ignore[attr-defined]
        day = deadline.day  # type: ignore[attr-defined]
        offset = step - 1 if day is None else (deadline.month or 1) - 1  # type: ignore[attr-defined]
        before = deadline.before  # type: ignore[attr-defined]
        first_day = max(lo, date(plan_year, 1, 1))
        last_day = min(hi, date(plan_year, 12, 31))
        for year in range(plan_year - 1, plan_year + 2):
            for first in range(1, 13, step):
                month = first + offset
                y, m = (year, month) if month <= 12 else (year + 1, month - 12)
                days = DIM[y, m]
                due = date(y, m, days if day is None or day > days else day)
                if before:
                    due -= ONE_DAY
                if first_day <= due <= last_day:
                    yield due, milestone
    elif kind is Continuous:
        year = deadline.year or plan_year  # type: ignore[attr-defined]
        for quarter in (1, 2, 3, 4):
            due = date(year, 3 * quarter, DIM[year, 3 * quarter])
            if lo <= due <= hi:
                yield due, milestone or f"đánh giá quý {ROMAN[quarter]}/{year}"
    elif kind is ByRegulation:  # the plan year's reports
        for label, month in REPORTS:
            due = date(plan_year, month, min(REPORT_DAY, DIM[plan_year, month]))
            if lo <= due <= hi:
                yield due, milestone or f"báo cáo {label}"
    elif kind is DateDeadline:
        due = deadline.due  # type: ignore[attr-defined]
        if lo <= due <= hi:
            yield due, milestone
    elif kind is WithinDays:  # needs its trigger event: no due point in a schedule
        return
    else:  # RelativeToPeriod and anything new
        unsupported(deadline)


def run_raw(
    plans: list[Plan], off: frozenset[datetime.date], partners_owe: bool
) -> tuple[int, list[list[Row]]]:
    """The same expansion as a plain loop; the count and every province's rows."""
    lo, hi = START - MARGIN, END + MARGIN
    count = 0
    every: list[list[Row]] = []
    for plan in plans:
        found: list[tuple[Any, ...]] = []
        append = found.append
        for order, task in enumerate(plan.tasks):
            people = owers(task, partners_owe)
            if not people:
                continue
            points = list(raw_points(task.deadline, plan.year, lo, hi))
            if not points:
                continue
            code = task.code
            for nominal, milestone in points:
                due = nominal
                while due in off:
                    due += ONE_DAY
                if not START <= due <= END:
                    continue
                for rank, (role, agency) in enumerate(people):
                    append(
                        (
                            due,
                            order,
                            milestone or "",
                            rank,
                            (code, agency.code, role, milestone, nominal, due),
                        )
                    )
        found.sort(key=lambda item: item[:4])
        rows = [item[4] for item in found]
        count += len(rows)
        every.append(rows)
    return count, every


# ----------------------------------------------------------------------------- dateutil.rrule


def rrule_specs(
    deadline: Deadline,
    plan_year: int,
    lo: datetime.date,
    hi: datetime.date,
    milestone: str | None = None,
) -> Iterator[tuple[dict[str, Any], str, str | None]]:
    """The rrule keyword arguments of a deadline's due points, how to label them, the phase."""
    dt = datetime.datetime
    until = dt(hi.year, hi.month, hi.day)
    kind = type(deadline)
    if kind is Phased:
        for phase in deadline.phases:  # type: ignore[attr-defined]
            yield from rrule_specs(phase.deadline, plan_year, lo, hi, phase.milestone)
    elif kind is PeriodDeadline:
        for window in deadline.windows:  # type: ignore[attr-defined]
            year, month = last_month_of(window.last)
            spec = {"freq": MONTHLY, "dtstart": dt(year, month, 1), "count": 1, "bymonthday": -1}
            yield spec, "phase", milestone
    elif kind is Recurring:
        unit = deadline.unit  # type: ignore[attr-defined]
        day = deadline.day  # type: ignore[attr-defined]
        if deadline.before or (day is not None and unit is not PeriodUnit.MONTH):  # type: ignore[attr-defined]
            unsupported(deadline)
        interval = unit.months  # within the plan year
        first = dt(plan_year, interval if interval > 1 else 1, 1)
        until = min(until, dt(plan_year, 12, 31))
        if day is None:
            spec = {"freq": MONTHLY, "interval": interval, "bymonthday": -1}
        elif day <= 28:
            spec = {"freq": MONTHLY, "interval": interval, "bymonthday": day}
        else:  # the day, or the month's last day when it has fewer (RFC 5545 would skip)
            spec = {"freq": MONTHLY, "interval": interval, "bymonthday": (day, -1), "bysetpos": 1}
        spec.update(dtstart=first, until=until)
        yield spec, "phase", milestone
    elif kind is Continuous:
        year = deadline.year or plan_year  # type: ignore[attr-defined]
        spec = {
            "freq": MONTHLY,
            "interval": 3,
            "bymonthday": -1,
            "dtstart": dt(year, 3, 1),
            "until": dt(year, 12, 31),
        }
        yield spec, "assessment", milestone
    elif kind is ByRegulation:  # the plan year's reports
        spec = {
            "freq": MONTHLY,
            "interval": 3,
            "bymonthday": REPORT_DAY,
            "dtstart": dt(plan_year, 3, 1),
            "until": min(until, dt(plan_year, 12, 31)),
        }
        yield spec, "report", milestone
    elif kind is WithinDays:  # needs its trigger event: no due point in a schedule
        return
    else:
        unsupported(deadline)


REPORT_LABELS = {month: label for label, month in REPORTS}


def label(how: str, phase: str | None, nominal: datetime.date) -> str | None:
    """The milestone of an rrule occurrence, named like the schedule names it."""
    if phase is not None or how == "phase":
        return phase
    if how == "assessment":
        return f"đánh giá quý {ROMAN[nominal.month // 3]}/{nominal.year}"
    return f"báo cáo {REPORT_LABELS[nominal.month]}"


def run_rrule(
    plans: list[Plan], off: frozenset[datetime.date], partners_owe: bool
) -> tuple[int, list[list[Row]]]:
    """The same expansion with one ``rrule`` per task, owing agency and due-point pattern."""
    lo, hi = START - MARGIN, END + MARGIN
    count = 0
    every: list[list[Row]] = []
    for plan in plans:
        found: list[tuple[Any, ...]] = []
        for order, task in enumerate(plan.tasks):
            people = owers(task, partners_owe)
            if not people:
                continue
            specs = list(rrule_specs(task.deadline, plan.year, lo, hi))
            if not specs:
                continue
            code = task.code
            for rank, (role, agency) in enumerate(people):
                for spec, how, phase in specs:
                    for moment in rrule(**spec):
                        nominal = moment.date()
                        if not lo <= nominal <= hi:
                            continue
                        due = nominal
                        while due in off:
                            due += ONE_DAY
                        if not START <= due <= END:
                            continue
                        milestone = label(how, phase, nominal)
                        found.append(
                            (
                                due,
                                order,
                                milestone or "",
                                rank,
                                (code, agency.code, role, milestone, nominal, due),
                            )
                        )
        found.sort(key=lambda item: item[:4])
        rows = [item[4] for item in found]
        count += len(rows)
        every.append(rows)
    return count, every


# ----------------------------------------------------------------------------- timing


def main(argv: list[str] | None = None) -> int:
    """Run both benchmarks and print the table and the goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is not met")
    args = parser.parse_args(argv)

    print(f"cchc_model schedule benchmark — {datetime.date.today():%Y-%m-%d}")
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; "
        f"best of {REPEATS} runs, time.perf_counter"
    )

    # ------------------------------------------------------------------ workload
    plans = national_workload()
    cold_calendar = vietnam_calendar()
    began = time.perf_counter()
    cold_count = run_schedule(plans[:1], cold_calendar)
    cold_first = time.perf_counter() - began
    calendar = warm_calendar()
    off = days_off_set(calendar)
    print(
        f"workload: {len(plans)} provinces × {len(plans[0].tasks)} tasks, year {START.year}, "
        "the closed groups expanded to their members (20 departments, 11 districts)"
    )
    for convention, meaning in ((LEADS_OWE, "the default"), (PARTNERS_OWE, "for comparison")):
        sample = plans[0].schedule(START, END, calendar=calendar, accountability=convention)
        owing = {o.agency.code: o.agency for o in sample}
        groups = sum(isinstance(agency, AgencyGroup) for agency in owing.values())
        print(
            f"  {convention.name} ({meaning}): {len(owing) - groups} agencies and {groups} "
            f"open groups owe in each province; {len(sample):,} obligations per province, "
            f"{len(sample) * len(plans):,} in all"
        )

    # ------------------------------------------------------------------ (1) expansion
    # The main figures: the default convention, LEADS_OWE.
    schedule_time, schedule_count = best_of(
        REPEATS, lambda: run_schedule(plans, calendar, LEADS_OWE)
    )
    raw_time, (raw_count, raw_rows) = best_of(REPEATS, lambda: run_raw(plans, off, False))
    rrule_time, (rrule_count, rrule_rows) = best_of(REPEATS, lambda: run_rrule(plans, off, False))
    # For comparison: PARTNERS_OWE, the larger workload of the library before 0.2.0.
    wide_time, wide_count = best_of(REPEATS, lambda: run_schedule(plans, calendar, PARTNERS_OWE))
    wide_raw_time, (wide_raw_count, wide_raw_rows) = best_of(
        REPEATS, lambda: run_raw(plans, off, True)
    )
    wide_rrule_time, (wide_rrule_count, wide_rrule_rows) = best_of(
        WIDE_RRULE_REPEATS, lambda: run_rrule(plans, off, True)
    )

    # The three must agree, obligation for obligation, before their speeds mean anything.
    expected = library_rows(plans[0], calendar, LEADS_OWE)
    same_raw = raw_count == schedule_count and all(rows == expected for rows in raw_rows)
    same_rrule = rrule_count == schedule_count and all(rows == expected for rows in rrule_rows)
    wide_expected = library_rows(plans[0], calendar, PARTNERS_OWE)
    same_wide_raw = wide_raw_count == wide_count and all(
        rows == wide_expected for rows in wide_raw_rows
    )
    same_wide_rrule = wide_rrule_count == wide_count and all(
        rows == wide_expected for rows in wide_rrule_rows
    )

    print()
    print("(1) expanding the year's obligations (tasks × owing agencies × due points)")
    print(f"{'method':<44}{'obligations':>12}{'seconds':>10}{'per second':>14}{'vs schedule':>13}")
    for title, rows in (
        (
            "leads owe (LEADS_OWE, the default): the goals",
            (
                ("Plan.schedule (warm calendar)", schedule_count, schedule_time, True),
                ("raw loop + set of days off", raw_count, raw_time, same_raw),
                ("dateutil.rrule + set of days off", rrule_count, rrule_time, same_rrule),
            ),
        ),
        (
            "partners owe too (PARTNERS_OWE): for comparison",
            (
                ("Plan.schedule (warm calendar)", wide_count, wide_time, True),
                ("raw loop + set of days off", wide_raw_count, wide_raw_time, same_wide_raw),
                (
                    f"dateutil.rrule + set of days off ({WIDE_RRULE_REPEATS} run)",
                    wide_rrule_count,
                    wide_rrule_time,
                    same_wide_rrule,
                ),
            ),
        ),
    ):
        print(f"  {title}")
        reference = rows[0][2]
        for name, count, seconds, same in rows:
            ratio = seconds / reference
            mark = "" if same else "  (DIFFERENT OUTPUT)"
            print(
                f"  {name:<42}{count:>12,}{seconds:>10.3f}{rate(count, seconds)}"
                f"{ratio:>12.2f}x{mark}"
            )
    print(
        f"  first Plan.schedule of one province on a cold calendar: {cold_first * 1000:.1f} ms "
        f"({cold_count:,} obligations; builds the 2019–2021 calendar and loads the holidays)"
    )

    # ------------------------------------------------------------------ (2) rolling
    rng = random.Random(2020)
    first = datetime.date(2020, 1, 1).toordinal()
    days = [datetime.date.fromordinal(first + rng.randrange(366)) for _ in range(ROLLS)]
    table = {}
    day = datetime.date(2020, 1, 1)
    while day <= datetime.date(2020, 12, 31):
        table[day] = calendar.roll_forward(day)
        day += ONE_DAY
    roll = calendar.roll_forward

    fresh = vietnam_calendar()
    began = time.perf_counter()
    fresh.roll_forward_all(days)
    cold_roll = time.perf_counter() - began

    dict_time, by_dict = best_of(REPEATS, lambda: [table[d] for d in days])
    each_time, by_each = best_of(REPEATS, lambda: [roll(d) for d in days])
    all_time, by_all = best_of(REPEATS, lambda: calendar.roll_forward_all(days))
    same_rolls = by_dict == by_each == by_all

    print()
    print(f"(2) rolling {ROLLS:,} due dates of 2020 to a working day")
    print(f"{'method':<34}{'dates':>12}{'seconds':>10}{'per second':>14}{'vs dict':>13}")
    for name, seconds in (
        ("precomputed dict lookup", dict_time),
        ("WorkingCalendar.roll_forward", each_time),
        ("WorkingCalendar.roll_forward_all", all_time),
    ):
        print(
            f"{name:<34}{ROLLS:>12,}{seconds:>10.3f}{rate(ROLLS, seconds)}"
            f"{seconds / dict_time:>12.2f}x"
        )
    print(f"  roll_forward_all on a fresh (cold) calendar, one run: {cold_roll:.3f} s")
    if not same_rolls:
        print("  the three methods DISAGREE on the rolled dates")

    # ------------------------------------------------------------------ goals
    goals = (
        (
            "schedule within 2x of the raw loop",
            schedule_time <= 2 * raw_time and same_raw,
            f"schedule takes {schedule_time / raw_time:.2f}x the raw loop's time",
        ),
        (
            "schedule at least 30x faster than rrule",
            rrule_time >= 30 * schedule_time and same_rrule,
            f"schedule is {rrule_time / schedule_time:.1f}x faster than rrule",
        ),
        (
            "roll_forward within 2x of a dict lookup",
            each_time <= 2 * dict_time and same_rolls,
            f"roll_forward takes {each_time / dict_time:.2f}x the dict's time",
        ),
        (
            "roll_forward_all within 2x of a dict lookup",
            all_time <= 2 * dict_time and same_rolls,
            f"roll_forward_all takes {all_time / dict_time:.2f}x the dict's time",
        ),
    )
    print()
    for name, met, measured in goals:
        print(f"goal {name}: {'met' if met else 'not met'} (measured: {measured})")
    if not (same_raw and same_rrule and same_wide_raw and same_wide_rrule):
        print("warning: a baseline's obligations differ from the schedule's; see the table")
    return 1 if args.strict and not all(met for _, met, _ in goals) else 0


if __name__ == "__main__":
    sys.exit(main())
