"""Dates written without "ngày", and windows of days joined by a dash, at the grammar's edges.

Found by the eighth sample of the grammar's mutants: a window of days counted "mùng" or
"mồng", or written with no word before its first day ("10 - 15/3/2026"); a dash with a
space on one side only, which separates a day from its month as a dash with no space
does; a range of periods joined by a dash that ends where it starts; years after "kể từ";
and a count of months ("3 tháng 1 lần", "100 tháng") that is no date.  The expected
answers are worked out from what each phrase means (a window opens on its first day and
is due on its last, a period is due on its last day), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import Recurring, parse_deadline
from cchc_model.language.periods import PeriodUnit
from tests.test_refusals import refusal, underlined

D = datetime.date

_EXPECTED = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)


def _windows(phrase, start, end, year=None):
    return [(o.opens, o.due) for o in parse_deadline(phrase, year=year).occurrences(start, end)]


# ------------------------------------------------------------ windows of days, "mùng"


@pytest.mark.parametrize("phrase", ["Mùng 1 - 5 hằng tháng", "mồng 1 - 5 hằng tháng"])
def test_a_window_of_days_counted_mung_recurs_each_month(phrase):
    # "Mùng"/"mồng" count the first days of a month, as "ngày" does: the 1st to the 5th
    # of every month, opening on the 1st.
    assert _windows(phrase, D(2026, 1, 1), D(2026, 3, 31)) == [
        (D(2026, 1, 1), D(2026, 1, 5)),
        (D(2026, 2, 1), D(2026, 2, 5)),
        (D(2026, 3, 1), D(2026, 3, 5)),
    ]


@pytest.mark.parametrize("phrase", ["mùng 10 - 15/3/2026", "mồng 10 - 15/3/2026"])
def test_a_window_of_days_counted_mung_takes_its_month_from_the_last_day(phrase):
    assert _windows(phrase, D(2026, 1, 1), D(2026, 12, 31)) == [(D(2026, 3, 10), D(2026, 3, 15))]


# ------------------------------------------------ a dash spaced on each side, no "ngày"


@pytest.mark.parametrize("phrase", ["10 - 15/3/2026", "10 - 15 tháng 3 năm 2026"])
def test_a_window_of_days_written_without_ngay_opens_on_its_first_day(phrase):
    # A date may leave out "ngày" ("15 tháng 3 năm 2020"); a dash with a space on each
    # side joins two days of a window: 10 to 15 March 2026.
    assert _windows(phrase, D(2026, 1, 1), D(2026, 12, 31)) == [(D(2026, 3, 10), D(2026, 3, 15))]


# ---------------------------------------- a dash spaced on one side only joins no window


@pytest.mark.parametrize("phrase", ["Ngày 30- 6 hằng năm", "Ngày 30 -6 hằng năm"])
def test_a_dash_spaced_on_one_side_separates_a_day_from_its_month(phrase):
    # Only a space on each side makes the dash join two days; "30- 6" is 30 June, as
    # "30-6" is, every year.
    assert _windows(phrase, D(2026, 1, 1), D(2027, 12, 31)) == [
        (None, D(2026, 6, 30)),
        (None, D(2027, 6, 30)),
    ]


# ------------------------------------------------- a range of periods joined by a dash


@pytest.mark.parametrize(
    ("phrase", "window"),
    [
        ("Từ tháng 3 - tháng 3/2026", (D(2026, 3, 1), D(2026, 3, 31))),
        ("Từ 2026 - 2026", (D(2026, 1, 1), D(2026, 12, 31))),
    ],
)
def test_a_range_joined_by_a_dash_to_the_period_it_starts_with_is_that_period(phrase, window):
    # As "từ tháng 3 đến tháng 3/2026" is: the month of March, due on its last day, not
    # an open span from March on.
    assert _windows(phrase, D(2026, 1, 1), D(2030, 12, 31)) == [window]


@pytest.mark.parametrize("phrase", ["Kể từ 2026 - 2030", "Tính từ 2026 - 2030", "Kể từ 2026-2030"])
def test_years_after_ke_tu_joined_by_a_dash_are_one_span_of_years(phrase):
    # "2026 - 2030" after "kể từ" is the five years 2026 to 2030, as after "từ": no day
    # 2026 of a month.
    assert _windows(phrase, D(2026, 1, 1), D(2030, 12, 31)) == [(D(2026, 1, 1), D(2030, 12, 31))]


# --------------------------------------------------------- counts of months are no date


def test_a_count_of_months_after_a_start_without_a_comma_is_no_last_day():
    # "3 tháng 1 lần" (once every three months) is no last day of a range: after a start
    # with no comma it is the recurrence the start bounds, as with the comma.
    deadline = parse_deadline("Từ ngày 15/7/2026 3 tháng 1 lần")
    assert isinstance(deadline, Recurring)
    assert (deadline.unit, deadline.start) == (PeriodUnit.QUARTER, D(2026, 7, 15))
    assert deadline == parse_deadline("Từ ngày 15/7/2026, 3 tháng 1 lần")


def test_a_count_of_months_is_no_start_after_tu():
    # "3 tháng 1 lần" is a recurrence, not 3 January: "từ" is left with no start.
    phrase = "Từ 3 tháng 1 lần"
    assert refusal(phrase, 2026) == (
        "expected a date or a period after 'từ'",
        underlined(phrase, "3"),
    )


@pytest.mark.parametrize(
    ("phrase", "words"),
    [("100 tháng 6 năm 2026", "100"), ("15 tháng 100 năm 2026", "15")],
)
def test_a_date_without_ngay_has_a_day_and_a_month_of_one_or_two_figures(phrase, words):
    # Without "ngày", only a day and a month of one or two figures make a date; "100
    # tháng" is no day, "tháng 100" no month, and the phrase no deadline.
    assert refusal(phrase, None) == (f"{_EXPECTED}, not {words!r}", underlined(phrase, words))


def test_a_window_of_days_counted_ngay_mong_recurs_each_month():
    assert parse_deadline("ngày mồng 1 - 5 hằng tháng") == parse_deadline(
        "từ ngày 1 đến ngày 5 hằng tháng"
    )


@pytest.mark.parametrize(
    ("phrase", "reason", "words"),
    [
        # Spaced out, a date keeps its parts, and its short year is named as the fault.
        ("ngày 15 - 3 - 26", "write the year in four digits, not '26'", "26"),
        ("Hạn chót ngày 15 - 3 - 26", "write the year in four digits, not '26'", "26"),
        # A short date, a dash, then a year: no range and no year of the date.
        ("Ngày 15/3 - 2027", "unexpected '-' after the deadline", "-"),
    ],
)
def test_a_dash_between_a_date_and_its_year_is_refused_where_the_writer_went_wrong(
    phrase, reason, words
):
    assert refusal(phrase, 2026) == (reason, underlined(phrase, words))


@pytest.mark.parametrize(
    "phrase",
    ["Ngày 10- 15/3/2026", "Ngày 10 -15/3/2026", "ngày 10-15/3/2026", "10-15/3/2026"],
)
def test_a_dash_before_a_day_and_its_month_joins_two_days_whatever_its_spaces(phrase):
    # No date is written "day-month/…": the dash joins the 10th to 15 March.  Before 0.6.0
    # only a dash with a space on each side did; the others read 15 as a month.
    deadline = parse_deadline(phrase, year=2027)
    assert (deadline.opens, deadline.due) == (D(2026, 3, 10), D(2026, 3, 15))  # type: ignore[union-attr]


def test_a_dash_before_a_day_and_its_month_without_a_year_takes_the_plan_year():
    deadline = parse_deadline("ngày 10-11/3", year=2027)
    assert (deadline.opens, deadline.due) == (D(2027, 3, 10), D(2027, 3, 11))  # type: ignore[union-attr]
