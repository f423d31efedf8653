"""Readings and refusals that close survivors of the mutation run of ``_grammar.py``.

The run was made at commit 2fe3103; these tests close the test gaps of the second half of
its batch 13 (the parser's ``bare_units_follow``, ``count_of_periods``, ``lunar_follows``,
``unit_length`` and ``within_days_follows``): "và" with no recurrence before it; a count
of days that is no count of months, quarters or years; "định kỳ" before a bracket; a
solar date listed before a lunar one after a comma; Tết and Trung thu as the fourth word
of a list; a comma at the very end of a recurrence; what follows "Hằng …," that is a note
and not a second recurrence ("2 tháng sau …", "tháng đầu quý", "năm này", "năm của …"),
and what is one ("ba tháng", "quý I/2026"); a count of days with its number in words and
a note in brackets, or the day it counts from after "từ"; and a count of days followed
by '-' or '.' and a number. The expected answers are worked out from what each phrase
means, never read off the library.
"""

from __future__ import annotations

import datetime

from cchc_model import (
    Compound,
    DateDeadline,
    LunarDeadline,
    PeriodDeadline,
    PeriodUnit,
    Quarter,
    Recurring,
    WithinDays,
    parse_deadline,
)
from tests.test_refusals import _EXPECTED, refusal, underlined

D = datetime.date

# ----------------------------------------------------------------------- lists of recurrences


def test_va_with_no_recurrence_before_it_is_refused_where_the_deadline_should_be():
    # "định kỳ" says a recurrence comes, but "và" joins nothing: no unit stands before it.
    phrase = "định kỳ và năm"
    assert refusal(phrase, 2026) == (f"{_EXPECTED}, not 'và'", underlined(phrase, "và"))


def test_a_comma_ending_a_recurrence_adds_nothing_to_it():
    assert parse_deadline("Hằng quý,", year=2026) == Recurring(unit=PeriodUnit.QUARTER)


def test_three_months_after_every_quarter_is_the_same_recurrence_said_twice():
    assert parse_deadline("Hằng quý, ba tháng", year=2026) == Recurring(unit=PeriodUnit.QUARTER)


def test_two_months_after_the_year_ends_is_a_note_on_a_yearly_task():
    # Not "every two months": the months count from the end of each year.
    assert parse_deadline("Hằng năm, 2 tháng sau khi kết thúc năm", year=2026) == Recurring(
        unit=PeriodUnit.YEAR, note="2 tháng sau khi kết thúc năm"
    )


def test_the_first_month_of_the_quarter_is_a_note_on_a_quarterly_task():
    assert parse_deadline("Hằng quý, tháng đầu quý", year=2026) == Recurring(
        unit=PeriodUnit.QUARTER, note="tháng đầu quý"
    )


def test_this_year_is_a_note_on_a_monthly_task():
    assert parse_deadline("Hằng tháng, năm này", year=2026) == Recurring(
        unit=PeriodUnit.MONTH, note="năm này"
    )


def test_the_year_of_the_plan_is_a_note_on_a_quarterly_task():
    assert parse_deadline("Hằng quý, năm của kế hoạch", year=2026) == Recurring(
        unit=PeriodUnit.QUARTER, note="năm của kế hoạch"
    )


def test_a_numbered_quarter_after_a_monthly_task_is_a_period_not_a_second_recurrence():
    assert parse_deadline("Hằng tháng, quý I/2026", year=2026) == Compound(
        parts=(Recurring(unit=PeriodUnit.MONTH), PeriodDeadline.of(Quarter(2026, 1)))
    )


# ----------------------------------------------------------------------- counts and "định kỳ"


def test_once_every_two_days_is_no_recurrence_the_grammar_reads():
    # Days are not a unit of recurrence; "hai" starts no deadline.
    phrase = "hai ngày 1 lần"
    assert refusal(phrase, 2026) == (f"{_EXPECTED}, not 'hai'", underlined(phrase, "hai"))


def test_dinh_ky_before_a_bracket_is_part_of_the_action_and_no_deadline_follows():
    phrase = "Kiểm tra định kỳ (năm 1 lần)"
    assert refusal(phrase, 2026) == (f"{_EXPECTED}, not '('", underlined(phrase, "("))


# ----------------------------------------------------------------------- lunar dates


def test_a_solar_date_listed_before_a_lunar_day_stays_solar():
    assert parse_deadline("ngày 15/3/2026, trước rằm tháng Giêng", year=2026) == Compound(
        parts=(
            DateDeadline(date=D(2026, 3, 15)),
            LunarDeadline(days=(15,), month=1, year=2026, before=True),
        )
    )


def test_tet_as_the_fourth_word_after_a_quarter_is_the_second_choice():
    assert parse_deadline("Quý I hoặc Tết", year=2026) == Compound(
        parts=(
            PeriodDeadline.of(Quarter(2026, 1)),
            LunarDeadline(days=(1,), month=1, year=2026),
        )
    )


def test_trung_thu_as_the_fourth_word_after_a_quarter_is_the_second_choice():
    assert parse_deadline("Quý III hoặc Trung thu", year=2026) == Compound(
        parts=(
            PeriodDeadline.of(Quarter(2026, 3)),
            LunarDeadline(days=(15,), month=8, year=2026),
        )
    )


# ----------------------------------------------------------------------- counts of days


def test_a_count_of_days_in_words_and_figures_keeps_its_note_in_brackets():
    phrase = "trong 10 (mười) ngày (kể từ ngày nhận hồ sơ)"
    assert parse_deadline(phrase, year=2026) == WithinDays(days=10, note="kể từ ngày nhận hồ sơ")


def test_a_count_of_days_counts_from_the_day_after_tu():
    assert parse_deadline("trong 10 ngày từ 15/3/2026", year=2026) == WithinDays(
        days=10, trigger="15/3/2026"
    )


def test_days_followed_by_a_dash_and_a_date_are_no_count_of_days():
    phrase = "10 ngày - 20/3/2026"
    assert refusal(phrase, 2026) == (f"{_EXPECTED}, not '10'", underlined(phrase, "10"))


def test_days_followed_by_a_full_stop_and_a_number_are_no_count_of_days():
    phrase = "10 ngày.5"
    assert refusal(phrase, 2026) == (f"{_EXPECTED}, not '10'", underlined(phrase, "10"))
