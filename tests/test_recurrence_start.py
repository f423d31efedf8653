"""A recurrence that starts partway through the year: "Từ tháng 7/2026, hằng tháng".

Tasks that begin with a reorganisation recur only from the day it takes effect: the
two-tier local government ran from 1 July 2025 ("vận hành bộ máy mới … từ ngày 1/7/2025",
the Prime Minister's meeting of 20 June 2025, vneconomy.vn), and a monthly report on it
was owed from July, not from January.  Before 0.6.0 the start was read as a deadline of
its own and the recurrence ran all year, so January to June were owed too.  The due
dates below are worked out by hand: a month or quarter is due on its last day.
"""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_model import Compound, Recurring, Span, parse_deadline, strategies
from cchc_model.language.periods import PeriodUnit
from tests.test_refusals import refusal, underlined
from tests.test_schedule import PLAN, _with_task

D = datetime.date
YEAR_2026 = (D(2026, 1, 1), D(2026, 12, 31))
FROM_JULY_MONTHLY = [
    D(2026, 7, 31),
    D(2026, 8, 31),
    D(2026, 9, 30),
    D(2026, 10, 31),
    D(2026, 11, 30),
    D(2026, 12, 31),
]


def dues(phrase: str, year: int | None = 2026) -> list[D]:
    return [o.due for o in parse_deadline(phrase, year=year).occurrences(*YEAR_2026)]


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ tháng 7/2026, hằng tháng",
        "Hằng tháng, từ tháng 7/2026",
        "Kể từ ngày 01/7/2026, hằng tháng",
        "Hằng tháng (từ tháng 7/2026)",
        "Hằng tháng (kể từ tháng 7/2026)",
        "Hằng tháng kể từ tháng 7/2026",
        "Hằng tháng từ tháng 7/2026",
        # The start first, without a comma (refused before): as with one.
        "Từ tháng 7/2026 hằng tháng",
        "Kể từ ngày 01/7/2026 mỗi tháng 1 lần",
        "Báo cáo định kỳ hằng tháng, từ tháng 7/2026",
        # The plan year stands for a month written without one.
        "Hằng tháng (từ tháng 7)",
    ],
)
def test_a_recurrence_from_a_month_is_owed_from_that_month_only(phrase):
    assert dues(phrase) == FROM_JULY_MONTHLY
    deadline = parse_deadline(phrase, year=2026)
    assert isinstance(deadline, Recurring)
    assert deadline.start == D(2026, 7, 1)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Từ Quý II/2026, định kỳ hằng quý", [D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)]),
        ("Hằng quý, bắt đầu từ quý III/2026", [D(2026, 9, 30), D(2026, 12, 31)]),
        # A day of the month after the start is owed; one before it is not.
        ("Từ ngày 15/7/2026, ngày 05 hằng tháng", [D(2026, m, 5) for m in range(8, 13)]),
        ("Từ ngày 05/7/2026, ngày 05 hằng tháng", [D(2026, m, 5) for m in range(7, 13)]),
        ("Ngày 05 hằng tháng (bắt đầu từ tháng 11/2026)", [D(2026, 11, 5), D(2026, 12, 5)]),
        # A start in a later year owes nothing this year.
        ("Từ tháng 1/2027, hằng tháng", []),
    ],
)
def test_a_recurrence_is_owed_from_its_start_on(phrase, expected):
    assert dues(phrase) == expected


def test_a_start_applies_to_every_recurrence_of_its_clause():
    deadline = parse_deadline("Từ tháng 10/2026, hằng tháng, hằng quý")
    assert isinstance(deadline, Compound)
    assert {part.start for part in deadline.parts} == {D(2026, 10, 1)}  # type: ignore[union-attr]
    # The month of December and the fourth quarter share their due day: a schedule owes it
    # once (test_schedule); the deadline gives both.
    assert sorted(set(dues("Từ tháng 10/2026, hằng tháng, hằng quý"))) == [
        D(2026, 10, 31),
        D(2026, 11, 30),
        D(2026, 12, 31),
    ]


def test_a_semicolon_keeps_the_start_and_the_recurrence_apart():
    deadline = parse_deadline("Từ tháng 7/2026; hằng tháng")
    assert isinstance(deadline, Compound)
    assert [type(part) for part in deadline.parts] == [Span, Recurring]
    assert len(dues("Từ tháng 7/2026; hằng tháng")) == 12


@pytest.mark.parametrize(
    "phrase",
    [
        "Hằng tháng (từ tháng 7/2026 đến tháng 12/2026)",
        "Hằng tháng, từ tháng 7/2026 đến tháng 12/2026",
        "Từ tháng 7/2026 đến tháng 12/2026, hằng tháng",
        "Hằng tháng kể từ tháng 7/2026 đến tháng 12/2026",
        "Từ ngày 01/7/2026 đến ngày 31/12/2026, hằng tháng",
        "Quý III - Quý IV/2026, hằng tháng",
    ],
)
def test_a_recurrence_within_a_range_is_owed_within_it_however_the_range_is_joined(phrase):
    # Before, the comma form owed January to June too, and "kể từ … đến" was refused.
    deadline = parse_deadline(phrase, year=2026)
    assert isinstance(deadline, Recurring)
    assert (deadline.start, deadline.end) == (D(2026, 7, 1), D(2026, 12, 31))
    assert dues(phrase) == FROM_JULY_MONTHLY


def test_a_recurrence_ends_on_its_last_day_and_owes_nothing_after():
    phrase = "Từ ngày 01/7/2026 đến ngày 30/9/2026, ngày 05 hằng tháng"
    assert dues(phrase) == [D(2026, 7, 5), D(2026, 8, 5), D(2026, 9, 5)]


def test_a_single_period_beside_a_recurrence_stays_a_deadline_of_its_own():
    # "Quý IV/2026, hằng tháng" may list a quarterly output and a monthly one: only a
    # range of periods or days, or an open start, bounds a recurrence.
    deadline = parse_deadline("Quý IV/2026, hằng tháng")
    assert isinstance(deadline, Compound)


def test_a_tentative_start_makes_every_recurrence_it_bounds_tentative():
    deadline = parse_deadline("Dự kiến từ tháng 7/2026, hằng tháng, hằng quý")
    assert isinstance(deadline, Compound)
    assert not deadline.tentative
    assert [(p.tentative, p.start) for p in deadline.parts] == [(True, D(2026, 7, 1))] * 2
    after = parse_deadline("Hằng tháng, dự kiến từ tháng 7/2026")
    assert (after.tentative, after.start) == (True, D(2026, 7, 1))


def test_an_end_before_the_start_or_without_one_is_refused():
    with pytest.raises(ValueError, match="has a start if it has an end"):
        Recurring(unit=PeriodUnit.MONTH, end=D(2026, 12, 31))
    with pytest.raises(ValueError, match="on or after its start"):
        Recurring(unit=PeriodUnit.MONTH, start=D(2026, 7, 1), end=D(2026, 6, 30))


def test_a_started_recurrence_is_written_from_its_first_day_and_reads_back():
    deadline = parse_deadline("Báo cáo hằng quý, bắt đầu từ quý III/2026")
    assert str(deadline) == "Báo cáo từ ngày 01/07/2026, hàng quý"
    assert parse_deadline(str(deadline)) == deadline


def test_a_start_outside_the_years_answered_is_refused():
    with pytest.raises(ValueError, match="start 2101-01-01 is outside the years 1945–2100"):
        Recurring(unit=PeriodUnit.MONTH, start=D(2101, 1, 1))
    with pytest.raises(TypeError, match=r"start must be a datetime\.date"):
        Recurring(unit=PeriodUnit.MONTH, start="2026-07-01")  # type: ignore[arg-type]


def test_the_schedule_of_a_plan_owes_a_started_recurrence_from_its_start():
    task = attrs.evolve(PLAN.task("I.2"), deadline=parse_deadline("Từ tháng 7/2020, hằng tháng"))
    plan = _with_task(task)
    owed = plan.schedule(D(2020, 1, 1), D(2020, 12, 31))
    assert sorted({o.nominal_due for o in owed if o.task.code == "I.2"}) == [
        D(2020, 7, 31),
        D(2020, 8, 31),
        D(2020, 9, 30),
        D(2020, 10, 31),
        D(2020, 11, 30),
        D(2020, 12, 31),
    ]


@given(
    recurrence=strategies.recurring(),
    start=st.dates(D(1990, 1, 1), D(2060, 12, 31)),
    days=st.none() | st.integers(0, 800),
)
def test_bounds_drop_exactly_the_occurrences_due_outside_them(recurrence, start, days):
    end = None if days is None else start + datetime.timedelta(days=days)
    window = (D(start.year - 1, 1, 1), D(start.year + 3, 12, 31))
    unbounded = attrs.evolve(recurrence, start=None, end=None)
    bounded = attrs.evolve(recurrence, start=start, end=end)
    assert list(bounded.occurrences(*window)) == [
        o
        for o in unbounded.occurrences(*window)
        if o.due >= start and (end is None or o.due <= end)
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Hằng quý năm 2026", [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)]),
        ("Định kỳ 6 tháng năm 2026", [D(2026, 6, 30), D(2026, 12, 31)]),
        ("Hằng tháng trong năm 2026", [D(2026, m, 1) for m in range(1, 13)]),
    ],
)
def test_a_recurrence_of_a_written_year_is_owed_in_that_year_only(phrase, expected):
    # "Hằng quý năm 2026" in a plan of any year: the quarters of 2026, not of the plan year.
    deadline = parse_deadline(phrase, year=2027)
    assert isinstance(deadline, Recurring)
    assert (deadline.start, deadline.end) == (D(2026, 1, 1), D(2026, 12, 31))
    owed = [o.due for o in deadline.occurrences(D(2025, 1, 1), D(2028, 12, 31))]
    if deadline.unit is PeriodUnit.MONTH:
        owed = [due.replace(day=1) for due in owed]
    assert owed == expected


def test_a_recurrence_of_a_year_outside_those_answered_is_refused_at_the_year():
    with pytest.raises(ValueError, match="the year 1900 is outside 1945–2100"):
        parse_deadline("Hằng quý năm 1900")


@pytest.mark.parametrize(
    ("phrase", "word"),
    [
        # A single period is no start: it may name an output of its own.
        ("Quý III/2026 hằng tháng", "hằng"),
        # Words of an action after the start belong to no recurrence of it.
        ("Từ tháng 7/2026 báo cáo hằng tháng", "báo"),
    ],
)
def test_a_recurrence_after_what_is_no_start_and_no_comma_is_refused(phrase, word):
    assert refusal(phrase, 2026) == (
        f"unexpected {word!r} after the deadline",
        underlined(phrase, word),
    )


@pytest.mark.parametrize(
    ("phrase", "with_comma"),
    [
        # What the recurrence counts from, without a comma (refused before 0.6.0 at "kể").
        ("Hằng tháng kể từ ngày nhận hồ sơ", "Hằng tháng, kể từ ngày nhận hồ sơ"),
        ("Hằng tháng tính từ ngày ký", "Hằng tháng, tính từ ngày ký"),
        ("Hằng quý kể từ khi có quyết định", "Hằng quý, kể từ khi có quyết định"),
    ],
)
def test_what_a_recurrence_counts_from_reads_the_same_with_or_without_a_comma(phrase, with_comma):
    assert parse_deadline(phrase, year=2026) == parse_deadline(with_comma, year=2026)


def test_what_a_recurrence_counts_from_that_is_no_date_is_kept_as_its_note():
    deadline = parse_deadline("Hằng tháng kể từ ngày nhận hồ sơ", year=2026)
    assert isinstance(deadline, Recurring)
    assert (deadline.start, deadline.note) == (None, "kể từ ngày nhận hồ sơ")
