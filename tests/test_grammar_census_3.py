"""Readings and refusals of Tết, the feasts, spans and time limits, found by mutation testing.

They close survivors of the full mutation run of ``_grammar.py`` at ``193ba6e`` (batch 3):
a feast's own year and "hằng năm", "Tết Tây", the longest count of days before Tết and the
first one past it, a Tết with no year after an action, "Nguyên tiêu" without "Tết", a
lunar month written after a slash for more than one day, "đến hết" and "đến lúc" after a
point of a period, and a count of days too long to be one.  The expected answers are
worked out from what each phrase means (Tết Nguyên đán 2026 fell on 17/02/2026; Tết
Trung thu fell on 25/09/2026 and falls on 15/09/2027), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import DateDeadline, LunarDeadline, Span, parse_deadline
from tests.test_refusals import refusal, underlined

D = datetime.date


def dues_between(phrase: str, year: int | None, start: D, end: D) -> list[D]:
    found = parse_deadline(phrase, year=year)
    return [o.due for o in found.occurrences(start, end)]


# ------------------------------------------------------------ Tết and the other feasts


def test_a_feast_with_its_own_year_falls_in_that_year_not_in_the_plan_year():
    found = parse_deadline("Tết Trung thu năm 2027", year=2026)
    assert isinstance(found, LunarDeadline)
    assert (found.days, found.month, found.year) == ((15,), 8, 2027)
    assert dues_between("Tết Trung thu năm 2027", 2026, D(2026, 1, 1), D(2027, 12, 31)) == [
        D(2027, 9, 15)
    ]


@pytest.mark.parametrize("year", [None, 2026])
def test_a_feast_every_year_recurs_each_year_with_or_without_a_plan_year(year):
    found = parse_deadline("Tết Trung thu hằng năm", year=year)
    assert isinstance(found, LunarDeadline)
    assert (found.days, found.month, found.year) == ((15,), 8, None)
    assert dues_between("Tết Trung thu hằng năm", year, D(2026, 1, 1), D(2027, 12, 31)) == [
        D(2026, 9, 25),
        D(2027, 9, 15),
    ]


@pytest.mark.parametrize("phrase", ["Tết Tây 2027", "tết tây 2027"])
def test_tet_tay_is_new_years_day_as_tet_duong_lich_is(phrase):
    found = parse_deadline(phrase)
    assert found == DateDeadline(date=D(2027, 1, 1))
    assert found == parse_deadline("Tết Dương lịch 2027")


def test_the_longest_count_of_days_before_tet_is_a_whole_leap_year_of_days():
    found = parse_deadline("Trước Tết Nguyên đán 366 ngày", year=2026)
    assert isinstance(found, LunarDeadline)
    assert (found.days_before, found.year) == (366, 2026)
    # 366 days before 17/02/2026: 365 days back is 17/02/2025, one more is 16/02/2025.
    window = (D(2025, 1, 1), D(2026, 12, 31))
    assert dues_between("Trước Tết Nguyên đán 366 ngày", 2026, *window) == [D(2025, 2, 16)]


def test_a_count_of_days_before_tet_past_a_leap_year_is_refused_at_the_count():
    phrase = "Trước Tết Nguyên đán 367 ngày"
    assert refusal(phrase, 2026) == (
        "a count of days before Tết is 1 to 366, not 367",
        underlined(phrase, "367"),
    )


def test_a_tet_with_no_year_after_an_action_is_refused_under_tet_alone():
    phrase = "Tổ chức Tết Nguyên đán"
    assert refusal(phrase, None) == (
        "'Tết Nguyên đán' has no year: write one, or 'hằng năm', or give the plan year",
        underlined(phrase, "Tết Nguyên đán"),
    )


def test_nguyen_tieu_without_tet_is_not_read_as_the_feast():
    # Plans write Trung thu and Đoan ngọ without "Tết", not Nguyên tiêu: "Tết Nguyên
    # tiêu" or "Rằm tháng Giêng" is read, "Nguyên tiêu" alone is no lunar day.
    phrase = "Trước Nguyên tiêu âm lịch"
    assert refusal(phrase, 2026) == ("expected a lunar day", underlined(phrase, "Nguyên"))


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        # The month after a slash goes with one lunar day; two days take "tháng".
        ("Ngày 1 và 15/8 âm lịch", "/"),
        # A number after another word than "tháng" or a slash is no lunar month.
        ("ngày 15 năm 8 âm lịch", "năm"),
    ],
)
def test_a_lunar_month_not_written_after_thang_or_one_days_slash_is_refused(phrase, words):
    assert refusal(phrase, 2026) == (
        "expected the lunar month ('tháng Giêng', 'tháng 3 âm lịch')",
        underlined(phrase, words),
    )


# ------------------------------------------------------- spans from a point of a period


@pytest.mark.parametrize(
    "phrase",
    [
        "Cuối năm 2026 đến hết năm 2027",
        "Cuối năm 2026 - hết năm 2027",
        "Từ cuối năm 2026 - hết năm 2027",
    ],
)
def test_a_point_of_a_period_to_the_end_of_a_year_opens_a_window_to_that_end(phrase):
    found = parse_deadline(phrase)
    assert isinstance(found, DateDeadline)
    assert (found.opens, found.due) == (D(2026, 12, 31), D(2027, 12, 31))


@pytest.mark.parametrize(
    "phrase", ["Cuối năm 2026 đến lúc hoàn thành", "Từ cuối năm 2026 - lúc hoàn thành"]
)
def test_a_point_of_a_period_until_a_moment_is_a_span_from_the_point(phrase):
    found = parse_deadline(phrase)
    assert isinstance(found, Span)
    assert (found.start, found.until) == (D(2026, 12, 31), "lúc hoàn thành")


# ------------------------------------------------------------------------ time limits


def test_a_count_of_days_too_long_to_be_one_is_refused_as_a_number_of_days():
    phrase = "Trong 1234567 ngày"
    assert refusal(phrase, None) == (
        "'1234567' is too long to be a number of days",
        underlined(phrase, "1234567"),
    )
