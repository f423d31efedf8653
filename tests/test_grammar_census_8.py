"""Readings and refusals of periods, years and the note on days off, found by mutation testing.

These tests close survivors of the full mutation run of ``_grammar.py`` at 193ba6e (batch
8): years listed after "năm" with "và", a period after "và trong" or on a line of its own
that opens with "Trong", a quarter's number with its words in brackets, the whole year
without its year, and the note that a day off moves the deadline (a stray comma in it, a
"không" that says the opposite, and what is underlined when it has no bracket). The
expected answers are worked out from what each phrase means (a period is due on its last
day; a period written without its year takes the year written on the one after it),
never read off the library.
"""

from __future__ import annotations

import datetime

from cchc_model import DateDeadline, PeriodDeadline, Quarter, Window, Year, parse_deadline
from tests.test_refusals import refusal, underlined

D = datetime.date

_ROLL = (
    "expected a note that a day off moves the deadline to the next working day ('nếu "
    "trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo')"
)


# ------------------------------------------------------------------ years after "năm"


def test_two_years_joined_by_va_are_two_deadlines_not_the_years_between():
    # "Năm 2025 và 2027": the year 2025 and the year 2027, not 2025 to 2027.
    assert parse_deadline("Năm 2025 và 2027", year=None) == PeriodDeadline(
        windows=(Window.of(Year(2025)), Window.of(Year(2027)))
    )


def test_a_year_listed_after_va_must_be_written_in_four_digits():
    phrase = "Năm 2025 và 06"
    assert refusal(phrase, None) == (
        "write the year in four digits, not '06'",
        underlined(phrase, "06"),
    )


def test_the_whole_year_without_its_year_or_a_plan_year_is_refused_on_its_words():
    phrase = "Cả năm"
    assert refusal(phrase, None) == (
        "'Cả năm' has no year: write one, as in 'Cả năm 2026', or give the plan year",
        underlined(phrase, "Cả năm"),
    )


# ------------------------------------------------------------------ periods after "trong"


def test_a_quarter_before_va_trong_takes_the_year_of_the_quarter_after_it():
    # "Quý I và trong quý III/2026": quarters I and III of 2026, each due on its last day.
    assert parse_deadline("Quý I và trong quý III/2026", year=None) == PeriodDeadline(
        windows=(Window.of(Quarter(2026, 1)), Window.of(Quarter(2026, 3)))
    )


def test_a_second_line_that_opens_with_trong_lists_one_more_period():
    # A cell of two lines: quarter II of 2026, and quarter IV of 2026.
    assert parse_deadline("Quý II/2026\nTrong quý IV/2026", year=None) == PeriodDeadline(
        windows=(Window.of(Quarter(2026, 2)), Window.of(Quarter(2026, 4)))
    )


# ------------------------------------------------------------------ a quarter's number


def test_a_quarter_numbered_in_figures_and_in_words_in_brackets_is_that_quarter():
    # "Quý 02 (hai) năm 2026": the second quarter of 2026, due on 30/06/2026.
    deadline = parse_deadline("Quý 02 (hai) năm 2026", year=None)
    assert deadline == PeriodDeadline(windows=(Window.of(Quarter(2026, 2)),))
    assert Quarter(2026, 2).end == D(2026, 6, 30)


# ------------------------------------------------------------------ the note on days off


def test_a_comma_left_at_the_end_of_the_note_on_days_off_keeps_the_note():
    phrase = "Ngày 15/3/2026, nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo,"
    assert parse_deadline(phrase, year=None) == DateDeadline(
        date=D(2026, 3, 15), rolls_forward=True
    )


def test_a_note_that_the_deadline_does_not_move_off_a_day_off_is_refused():
    # "không chuyển": the deadline is NOT moved; the library reads only the note that moves it.
    phrase = "Ngày 15/3/2026 (nếu trùng ngày nghỉ thì không chuyển sang ngày làm việc tiếp theo)"
    assert refusal(phrase, None) == (
        _ROLL,
        underlined(phrase, "(nếu trùng ngày nghỉ thì không chuyển sang ngày làm việc tiếp theo)"),
    )


def test_a_note_on_days_off_without_brackets_that_says_no_working_day_is_underlined_whole():
    phrase = "Ngày 15/3/2026 nếu trùng ngày nghỉ thì chuyển sang ngày khác"
    assert refusal(phrase, None) == (
        _ROLL,
        underlined(phrase, "nếu trùng ngày nghỉ thì chuyển sang ngày khác"),
    )
