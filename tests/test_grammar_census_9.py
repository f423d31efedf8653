"""Readings and refusals that close survivors of the full mutation run of ``_grammar.py``.

The run was made at commit 193ba6e; these tests close the test gaps of its batch 9 (the
parser's ``roll_note``, ``roll_note_follows``, ``take_separator`` and ``trailers``): a
note about days off written with no bracket, straight after the date or after a comma or
a semicolon; a bullet after a semicolon; a "và" with nothing after it; the year of a
recurrence, which bounds it for sure; notes after "hoặc" up to a semicolon or a bracket;
"hằng ngày" after continuous work before a semicolon or a bracket; a note of one word,
after a comma or in brackets; a note after a bracket; and a bracket opened in a note and
closed only past the semicolon. The expected answers are worked out from what each phrase
means (a quarter is due on its last day, a year runs from 1 January to 31 December),
never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
    Compound,
    Continuous,
    DateDeadline,
    PeriodDeadline,
    PeriodUnit,
    Quarter,
    Recurring,
    Window,
    parse_deadline,
)
from tests.test_refusals import refusal, underlined

D = datetime.date

_ROLL = (
    "expected a note that a day off moves the deadline to the next working day ('nếu "
    "trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo')"
)


def _quarter(quarter: int, **fields: object) -> PeriodDeadline:
    return PeriodDeadline(windows=(Window.of(Quarter(2026, quarter)),), **fields)


# ----------------------------------------------------------------------- roll notes


@pytest.mark.parametrize(
    "phrase",
    [
        "Quý I/2026 nếu trùng ngày nghỉ thì chuyển",
        "Quý I/2026, nếu trùng ngày nghỉ thì chuyển",
        "Quý I/2026; nếu trùng ngày nghỉ thì chuyển",
    ],
)
def test_a_note_about_days_off_without_brackets_is_refused_under_its_own_words(phrase):
    # The note does not say where the deadline moves; the date before it and the comma or
    # semicolon that joins it are not at fault.
    assert refusal(phrase, None) == (_ROLL, underlined(phrase, "nếu trùng ngày nghỉ thì chuyển"))


def test_a_note_about_days_off_straight_after_the_date_rolls_the_date_forward():
    phrase = "Ngày 15/3/2026 nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo"
    assert parse_deadline(phrase) == DateDeadline(date=D(2026, 3, 15), rolls_forward=True)


# ----------------------------------------------------------------------- separators


@pytest.mark.parametrize(
    "phrase",
    ["Quý I/2026; - Quý III/2026", "Quý I/2026;\n- Quý III/2026", "Quý I/2026; • Quý III/2026"],
)
def test_a_bullet_after_a_semicolon_starts_the_next_deadline(phrase):
    # Due at the end of the first and of the third quarter: 31/3 and 30/9/2026.
    deadline = parse_deadline(phrase)
    assert deadline == PeriodDeadline.of(Quarter(2026, 1), Quarter(2026, 3))
    assert [w.due for w in deadline.windows] == [D(2026, 3, 31), D(2026, 9, 30)]


def test_a_va_with_nothing_after_it_is_refused_at_the_va():
    phrase = "Quý I/2026 và"
    assert refusal(phrase, None) == (
        "unexpected 'và' after the deadline",
        underlined(phrase, "và"),
    )


# ---------------------------------------------------------------- the year of a recurrence


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [("Hằng quý năm 2026", PeriodUnit.QUARTER), ("Hằng tháng trong năm 2026", PeriodUnit.MONTH)],
)
def test_the_year_written_after_a_recurrence_bounds_it_for_sure(phrase, unit):
    # The periods of 2026, from 1 January to 31 December: a year written is no estimate.
    deadline = parse_deadline(phrase)
    assert deadline == Recurring(unit=unit, start=D(2026, 1, 1), end=D(2026, 12, 31))
    assert not deadline.tentative


# --------------------------------------------------------------------------- notes


def test_a_note_after_hoac_ends_at_the_semicolon_before_the_next_deadline():
    phrase = "Quý I/2026 hoặc sớm hơn; Quý III/2026"
    assert parse_deadline(phrase) == Compound(
        parts=(_quarter(1, note="hoặc sớm hơn"), PeriodDeadline.of(Quarter(2026, 3)))
    )


def test_a_note_after_hoac_ends_at_the_bracket_after_it():
    # "(dự kiến)" after the note makes the quarter an estimate; it is not part of the note.
    phrase = "Quý I/2026 hoặc sớm hơn (dự kiến)"
    assert parse_deadline(phrase) == _quarter(1, note="hoặc sớm hơn", tentative=True)


def test_hang_ngay_after_continuous_work_before_a_semicolon_is_how_often_it_is_done():
    phrase = "Thường xuyên, hằng ngày; Quý II/2026"
    assert parse_deadline(phrase) == Compound(
        parts=(Continuous(note="hằng ngày"), PeriodDeadline.of(Quarter(2026, 2)))
    )


def test_hang_ngay_after_continuous_work_before_a_bracket_is_how_often_it_is_done():
    phrase = "Thường xuyên, hằng ngày (dự kiến)"
    assert parse_deadline(phrase) == Continuous(note="hằng ngày", tentative=True)


def test_one_word_after_a_comma_is_a_note():
    assert parse_deadline("Quý II/2026, gấp") == _quarter(2, note="gấp")


def test_one_word_in_brackets_is_a_note():
    assert parse_deadline("Quý I/2026 (gấp)") == _quarter(1, note="gấp")


def test_a_note_after_a_comma_may_follow_a_bracket():
    phrase = "Quý II/2026 (dự kiến), tùy tình hình thực tế"
    assert parse_deadline(phrase) == _quarter(2, note="tùy tình hình thực tế", tentative=True)


def test_a_bracket_opened_in_a_note_and_closed_past_the_semicolon_is_refused_at_its_opening():
    # The note ends at the semicolon: its bracket is not closed there.
    phrase = "Quý I/2026, chờ hướng dẫn (của Bộ; Quý II/2026)"
    assert refusal(phrase, None) == (
        "the '(' of the note is not closed",
        underlined(phrase, "("),
    )
