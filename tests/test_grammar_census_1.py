"""Readings and refusals of the grammar that no test wrote, found by mutation testing.

They close survivors of the full mutation run of ``language/_grammar.py`` at commit
``193ba6e`` (batch 1): years written alone and listed with a comma or "và" before a
bracketed action, a range of such years before "và các năm tiếp theo", a month or a quarter
without its year after a dated one, the day before New Year's Day of every year, the last
day of February 2026 in a window from the year before, and "trong" before words that name
no period.  The expected answers are worked out from what each phrase means (a year is due
on 31 December, a month or a quarter on its last day, "trước" a day on the day before it,
February 2026 has 28 days), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import PeriodDeadline, Recurring, parse_deadline
from cchc_model.language.periods import PeriodUnit
from tests.test_refusals import refusal, underlined

D = datetime.date


@pytest.mark.parametrize("phrase", ["2026, 2028 (sơ kết)", "2026 và 2028 (sơ kết)"])
def test_years_written_alone_and_listed_before_a_bracketed_action_are_one_list(phrase):
    found = parse_deadline(phrase)
    assert isinstance(found, PeriodDeadline)
    assert found.action == "Sơ kết"
    assert [(w.opens, w.due) for w in found.windows] == [
        (D(2026, 1, 1), D(2026, 12, 31)),
        (D(2028, 1, 1), D(2028, 12, 31)),
    ]


def test_following_years_after_a_range_of_years_written_alone_are_refused_under_the_range():
    phrase = "Tổng kết 2026 - 2027 và các năm tiếp theo"
    assert refusal(phrase, None) == (
        "'và các năm tiếp theo' follows one period, not '2026 - 2027': write one period "
        "before it, as in 'Năm 2026 và các năm tiếp theo'",
        underlined(phrase, "2026 - 2027 và các năm tiếp theo"),
    )


@pytest.mark.parametrize(
    ("phrase", "windows"),
    [
        # July comes after May: the month listed without its year is July 2026.
        (
            "Tháng 5/2026, tháng 7",
            [(D(2026, 5, 1), D(2026, 5, 31)), (D(2026, 7, 1), D(2026, 7, 31))],
        ),
        # The fourth quarter comes after the second: it is the fourth quarter of 2026.
        (
            "Quý II/2026 và Quý IV",
            [(D(2026, 4, 1), D(2026, 6, 30)), (D(2026, 10, 1), D(2026, 12, 31))],
        ),
    ],
)
def test_a_later_period_without_its_year_after_a_dated_one_falls_in_that_year(phrase, windows):
    found = parse_deadline(phrase)
    assert isinstance(found, PeriodDeadline)
    assert [(w.opens, w.due) for w in found.windows] == windows


def test_before_new_years_day_of_every_year_is_due_on_31_december_each_year():
    found = parse_deadline("Trước Tết Dương lịch hằng năm", year=2026)
    assert found == Recurring(unit=PeriodUnit.YEAR, day=1, month=1, before=True)
    assert [o.due for o in found.occurrences(D(2026, 1, 1), D(2027, 12, 31))] == [
        D(2026, 12, 31),
        D(2027, 12, 31),
    ]


def test_a_window_from_the_year_before_to_the_last_day_of_february_2026_names_the_28th():
    # February 2026 has 28 days: the window written closes on 28/02.
    phrase = "Từ ngày 15/12 năm trước đến ngày cuối cùng của tháng 2/2026"
    assert refusal(phrase, None) == (
        "a window from the year before recurs: add 'hằng năm' ('… đến ngày 28/02 hằng năm'), "
        "or write the years of both days",
        underlined(phrase, "ngày 15/12 năm trước đến ngày cuối cùng của tháng 2/2026"),
    )


def test_trong_before_words_that_name_no_period_is_refused_under_the_first_of_them():
    phrase = "Trong nhiệm kỳ"
    assert refusal(phrase, None) == (
        "expected a period after 'trong' ('trong Quý II/2026')",
        underlined(phrase, "nhiệm"),
    )


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("Từ ngày 15/2/2026 đến ngày 10/3 hằng năm", "ngày 15/2/2026"),
        ("Từ ngày 15/12/2025 năm trước đến ngày 10/1 hằng năm", "ngày 15/12/2025"),
        ("Từ ngày 15/2 đến ngày 10/3/2026 hằng năm", "ngày 10/3/2026"),
    ],
)
def test_a_yearly_window_refuses_a_year_on_either_of_its_days(phrase, words):
    # Found reading the mutation run: a year on the opening day was dropped without a word.
    assert refusal(phrase, 2026) == ("a recurring day has no year", underlined(phrase, words))
