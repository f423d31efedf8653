"""Readings and refusals that close survivors of the mutation run of ``_grammar.py``.

The run was made at commit 08a267a; these tests close the test gaps of its batch 12 (the
parser's ``clock_time``, ``lunar_follows`` and ``trailers``): minutes too long to be
minutes, 24h30 and 23h60, which are no times of day; "chiều" after a time of day; a solar
date whose note speaks of the lunar calendar far after it; what a monthly task counts from,
written as a clause, up to a semicolon or a bracket; a bracket opened in a note and never
closed; and a comma followed by "hoặc" with nothing after it. The expected answers are
worked out from what each phrase means, never read off the library.
"""

from __future__ import annotations

import datetime

from cchc_model import (
    Compound,
    DateDeadline,
    PeriodDeadline,
    PeriodUnit,
    Quarter,
    Recurring,
    parse_deadline,
)
from tests.test_refusals import refusal, underlined

D = datetime.date
T = datetime.time

# ----------------------------------------------------------------------- times of day


def test_minutes_of_seven_digits_are_refused_as_too_long_to_be_minutes():
    phrase = "17 giờ 1234567 phút ngày 15/3/2026"
    assert refusal(phrase, None) == (
        "'1234567' is too long to be minutes",
        underlined(phrase, "1234567"),
    )


def test_half_past_twenty_four_is_no_time_of_day():
    # 24h00 ends the day; half an hour past it is not a time of that day.
    phrase = "24 giờ 30 ngày 15/3/2026"
    assert refusal(phrase, None) == (
        "a time of day is 0h00 to 24h00, not 24h30",
        underlined(phrase, "24 giờ 30"),
    )


def test_sixty_minutes_past_an_hour_is_no_time_of_day():
    phrase = "23 giờ 60 phút ngày 15/3/2026"
    assert refusal(phrase, None) == (
        "a time of day is 0h00 to 24h00, not 23h60",
        underlined(phrase, "23 giờ 60 phút"),
    )


def test_chieu_after_seventeen_hours_is_part_of_the_time_not_of_the_day():
    # "17 giờ chiều" is 5 p.m.: the date is still 15 March, due at 17h00.
    assert parse_deadline("17 giờ chiều ngày 15/3/2026") == DateDeadline(
        date=D(2026, 3, 15), time=T(17)
    )


# ----------------------------------------------------------------------- lunar dates


def test_a_solar_date_stays_solar_when_its_note_names_the_lunar_calendar_far_after_it():
    # "15/3/2026" is written as a solar date; "âm lịch" belongs to the note after "hoặc".
    phrase = "Ngày 15/3/2026 hoặc sớm hơn một chút theo âm lịch"
    assert parse_deadline(phrase) == DateDeadline(
        date=D(2026, 3, 15), note="hoặc sớm hơn một chút theo âm lịch"
    )


# ----------------------------------------------------------------------- trailers


def test_what_a_monthly_task_counts_from_ends_at_the_semicolon_before_the_next_deadline():
    phrase = "Hằng tháng kể từ ngày nhận hồ sơ; Quý II/2026"
    assert parse_deadline(phrase) == Compound(
        parts=(
            Recurring(unit=PeriodUnit.MONTH, note="kể từ ngày nhận hồ sơ"),
            PeriodDeadline.of(Quarter(2026, 2)),
        )
    )


def test_what_a_monthly_task_counts_from_ends_at_the_bracket_after_it():
    # "(dự kiến)" makes the recurrence an estimate; it is not part of the note.
    phrase = "Hằng tháng kể từ ngày nhận hồ sơ (dự kiến)"
    assert parse_deadline(phrase) == Recurring(
        unit=PeriodUnit.MONTH, note="kể từ ngày nhận hồ sơ", tentative=True
    )


def test_what_a_monthly_task_counts_from_is_kept_whole_to_the_end_of_the_phrase():
    # Seven words: "kể từ ngày nhận đủ hồ sơ".
    assert parse_deadline("Hằng tháng kể từ ngày nhận đủ hồ sơ") == Recurring(
        unit=PeriodUnit.MONTH, note="kể từ ngày nhận đủ hồ sơ"
    )


def test_a_bracket_never_closed_after_what_a_monthly_task_counts_from_is_refused_whole():
    phrase = "Hằng tháng kể từ ngày nhận hồ sơ (x"
    assert refusal(phrase, None) == ("the bracket is not closed", underlined(phrase, "(x"))


def test_a_bracket_never_closed_after_a_note_after_hoac_is_refused_whole():
    phrase = "Quý I/2026 hoặc sớm hơn (x"
    assert refusal(phrase, None) == ("the bracket is not closed", underlined(phrase, "(x"))


def test_hoac_after_a_comma_with_nothing_after_it_is_refused_at_the_hoac():
    phrase = "Cuối năm 2026, hoặc"
    assert refusal(phrase, None) == (
        "expected a deadline after 'hoặc'",
        underlined(phrase, "hoặc"),
    )
