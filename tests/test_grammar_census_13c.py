"""Readings and refusals that close survivors of the mutation run of ``_grammar.py``.

The run was made at commit 2fe3103; these tests close the test gaps of its batch 13c
(``parse``, ``_unbracket_every_year``, the parser's ``phrase``, ``clock_time``,
``refuse_latin_quarters`` and ``ordinal_label_length``): 1 and 11 o'clock "chiều", which
are 13h00 and 23h00, and 12 o'clock "chiều", which is noon; "(hằng năm)" inside another
bracket, which stays a note, also when a later "(hằng năm)" follows; "quy" before the
bracket that is not "quy định", and "quy định" after a semicolon; a phrase that opens
with "Định kỳ" and ends with "quy"; a bracket left open after "(hằng năm)"; a phrase of
blanks only; "Q1" at the end of a phrase; a stage numbered in three figures; and a
complement that refuses itself, under the whole phrase. The expected answers are worked
out from what each phrase means, never read off the library.
"""

from __future__ import annotations

import datetime

from cchc_model import (
    Compound,
    DateDeadline,
    PeriodDeadline,
    PeriodUnit,
    Recurring,
    Window,
    parse_deadline,
)
from cchc_model.language.periods import Month, Year
from tests.test_refusals import refusal, underlined

D = datetime.date
T = datetime.time

# ----------------------------------------------------------------------- times of day


def test_one_oclock_in_the_afternoon_is_thirteen_hours():
    assert parse_deadline("1 giờ chiều ngày 15/3/2026", year=2026) == DateDeadline(
        date=D(2026, 3, 15), time=T(13)
    )


def test_eleven_oclock_chieu_is_twenty_three_hours():
    assert parse_deadline("11 giờ chiều ngày 15/3/2026", year=2026) == DateDeadline(
        date=D(2026, 3, 15), time=T(23)
    )


def test_twelve_oclock_chieu_is_noon_not_a_twenty_fourth_hour():
    assert parse_deadline("12 giờ chiều ngày 15/3/2026", year=2026) == DateDeadline(
        date=D(2026, 3, 15), time=T(12)
    )


# ----------------------------------------------------------------------- "(hằng năm)"


def test_every_year_inside_another_bracket_stays_part_of_the_note():
    # The bracket after "Tháng 12" is a note; "(hằng năm)" inside it is the note's own.
    assert parse_deadline("Tháng 12 (ngày 15/3 (hằng năm))", year=2026) == PeriodDeadline(
        windows=(Window.of(Month(2026, 12)),), note="ngày 15/3 (hằng năm)"
    )


def test_a_later_every_year_bracket_still_recurs_after_one_inside_a_note():
    phrase = "Năm 2026 (ngày 15/3 (hằng năm)); Tháng 12 (hằng năm)"
    assert parse_deadline(phrase, year=2026) == Compound(
        parts=(
            PeriodDeadline(windows=(Window.of(Year(2026)),), note="ngày 15/3 (hằng năm)"),
            parse_deadline("Tháng 12 hằng năm", year=2026),
        )
    )


def test_quy_che_before_every_year_is_no_quy_dinh_and_the_day_recurs():
    assert parse_deadline("Ban hành quy chế ngày 15/3 (hằng năm)", year=2026) == Recurring(
        unit=PeriodUnit.YEAR, day=15, month=3, action="Ban hành", complement="quy chế"
    )


def test_quy_dinh_after_a_semicolon_keeps_every_year_as_the_note_of_a_dated_day():
    # "ngày 15/6" takes its year from the plan; "quy định (hằng năm)" is its note.
    phrase = "Ngày 15/3/2026; ngày 15/6, quy định (hằng năm)"
    assert parse_deadline(phrase, year=2026) == Compound(
        parts=(
            DateDeadline(date=D(2026, 3, 15)),
            DateDeadline(date=D(2026, 6, 15), note="quy định (hằng năm)"),
        )
    )


def test_a_word_quy_at_the_end_does_not_make_dinh_ky_a_quy_dinh():
    # Without a plan year, "tháng 12 (hằng năm)" recurs; only the trailing "quy" is wrong.
    phrase = "Định kỳ tháng 12 (hằng năm) quy"
    assert refusal(phrase, None) == (
        "unexpected 'quy' after the deadline",
        underlined(phrase, "quy"),
    )


def test_a_bracket_opened_after_every_year_is_refused_as_not_closed():
    # "(hằng năm)" makes "Ngày 15/3" recur, so no year is missing: the open bracket is.
    phrase = "Ngày 15/3 (hằng năm) ("
    assert refusal(phrase, None) == (
        "the bracket is not closed",
        underlined(phrase, "(", after="năm)"),
    )


# ----------------------------------------------------------------------- empty phrase


def test_a_phrase_of_blanks_is_empty_and_all_of_it_is_underlined():
    assert refusal("   ", None) == ("the deadline phrase is empty", (0, 3))


# ----------------------------------------------------------------------- quarters the English way


def test_q1_at_the_end_of_a_phrase_is_refused_as_a_quarter_written_the_english_way():
    phrase = "Ngày 15/3/2026, Q1"
    assert refusal(phrase, 2026) == (
        "write a quarter as 'Quý I/2020', not 'Q1'",
        underlined(phrase, "Q1"),
    )


# ----------------------------------------------------------------------- numbered stages


def test_a_stage_numbered_in_three_figures_is_no_stage_label():
    # A stage is numbered in one or two figures: "Đợt 100" is not read as one.
    phrase = "Đợt 100: ngày 15/3/2026"
    assert refusal(phrase, 2026) == (
        "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
        "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường "
        "xuyên' or 'Theo quy định', not 'Đợt'",
        underlined(phrase, "Đợt"),
    )


# ----------------------------------------------------------------------- self-refusing values


def test_a_complement_holding_thuong_xuyen_is_refused_under_the_whole_phrase():
    # Quotes part words as spaces do: the complement 'A"THƯỜNG"XUYÊN' holds "thường
    # xuyên", a time word.  The value refuses itself, so the whole phrase is at fault.
    phrase = 'GỬI"A"THƯỜNG"XUYÊN"TRONG"NĂM"NĂM1945'
    assert refusal(phrase, None) == (
        "a complement is words without numbers or time words, not 'A\"THƯỜNG\"XUYÊN'",
        (0, len(phrase)),
    )
