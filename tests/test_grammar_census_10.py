"""Readings and refusals that close survivors of the full mutation run of ``_grammar.py``.

The run was made at commit 08a267a; these tests close the test gaps of its batch 10 (the
brackets of "(hằng năm)" and the parser's ``clause_follows``, ``joined_without_comma``,
``leading_words``, ``recurrence_follows`` and ``span_after_event``): "(hằng năm)" after a
date without a year on either side of a semicolon, after a bracket that holds a year, and
after "Theo quy định"; "(hàng tuần)" after continuous work; what a recurrence counts
from, written "bắt đầu từ" or "từ khi" with no comma; a period after a start or a
recurrence with no comma, and a condition after a start; one word of the task after "dự
kiến"; "định kỳ" before a colon; and a comma after an event. The expected answers are
worked out from what each phrase means (a quarter or a month is due on its last day, "hằng
năm" after a day and its month recurs on that day each year), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
    ByRegulation,
    Compound,
    Continuous,
    DateDeadline,
    Month,
    PeriodDeadline,
    PeriodUnit,
    Quarter,
    Recurring,
    Span,
    Window,
    parse_deadline,
)
from tests.test_refusals import refusal, underlined

D = datetime.date

# 15 March of every year.
_EVERY_15_MARCH = Recurring(unit=PeriodUnit.YEAR, day=15, month=3)


# ----------------------------------------------------------------- "(hằng năm)" in brackets


@pytest.mark.parametrize(
    ("phrase", "parts"),
    [
        (
            "Ngày 15/3 (hằng năm); Quý I/2026",
            (_EVERY_15_MARCH, PeriodDeadline.of(Quarter(2026, 1))),
        ),
        (
            "Quý I/2026; ngày 15/3 (hằng năm)",
            (PeriodDeadline.of(Quarter(2026, 1)), _EVERY_15_MARCH),
        ),
    ],
)
def test_every_year_in_brackets_recurs_whichever_side_of_a_semicolon_the_day_stands(phrase, parts):
    # The year of the quarter, across the semicolon, is no year of 15 March: the day
    # recurs, and no plan year is needed.
    assert parse_deadline(phrase) == Compound(parts=parts)


def test_every_year_in_brackets_after_a_bracket_with_a_year_still_makes_the_day_recur():
    # "(năm 2026)" belongs to the fourth quarter; "ngày 15/3" has no year of its own.
    deadline = parse_deadline("Quý IV (năm 2026) và ngày 15/3 (hằng năm)", year=2026)
    assert isinstance(deadline, Compound)
    assert deadline.parts[0].windows == (Window.of(Quarter(2026, 4)),)
    assert deadline.parts[1] == _EVERY_15_MARCH


def test_weekly_work_in_brackets_after_continuous_work_is_its_note():
    # "(hàng tuần)" says how often the continuous work is done; only "năm" loses brackets.
    assert parse_deadline("Thường xuyên (hàng tuần)") == Continuous(note="hàng tuần")


@pytest.mark.parametrize("every", ["hằng", "hàng"])
def test_every_year_in_brackets_after_by_regulation_is_its_note(every):
    # "Theo quy định" names no day to recur on: the bracket is kept as written.
    assert parse_deadline(f"Theo quy định ({every} năm)") == ByRegulation(note=f"{every} năm")


# ------------------------------------------------------- what a recurrence counts from


def test_bat_dau_tu_an_event_after_a_recurrence_is_kept_as_its_note():
    # "starting from the day the file is received": no date, so the words are its note.
    assert parse_deadline("Hằng tháng bắt đầu từ ngày nhận hồ sơ") == Recurring(
        unit=PeriodUnit.MONTH, note="bắt đầu từ ngày nhận hồ sơ"
    )


def test_tu_khi_an_event_after_a_recurrence_reads_as_with_a_comma():
    phrase = "Hằng quý từ khi có quyết định"
    expected = Compound(parts=(Recurring(unit=PeriodUnit.QUARTER), Span(since="có quyết định")))
    assert parse_deadline(phrase) == expected
    assert parse_deadline("Hằng quý, từ khi có quyết định") == expected


# ------------------------------------------------------- two deadlines without a comma


@pytest.mark.parametrize(
    "phrase",
    [
        # Neither is a recurrence the start could bound: nothing joins them.
        "Từ tháng 7/2026 Quý IV/2026",
        # Without "từ" the quarter is no start of the recurrence, nor a second deadline.
        "Hằng quý Quý IV/2026",
    ],
)
def test_a_period_after_a_start_or_a_recurrence_with_no_comma_is_refused_at_the_period(phrase):
    assert refusal(phrase, None) == (
        "unexpected 'Quý' after the deadline",
        underlined(phrase, "Quý"),
    )


def test_a_condition_after_a_start_with_no_comma_is_refused_at_its_first_word():
    phrase = "Từ tháng 7/2026 nếu được phê duyệt"
    assert refusal(phrase, 2026) == (
        "unexpected 'nếu' after the deadline",
        underlined(phrase, "nếu"),
    )


# --------------------------------------------------------------- words before the time


def test_one_word_after_du_kien_before_a_quarter_is_kept_in_the_words():
    # Tentative, due at the end of the second quarter.
    assert parse_deadline("Hội nghị dự kiến họp Quý II/2026") == PeriodDeadline(
        windows=(Window.of(Quarter(2026, 2)),), complement="Hội nghị họp", tentative=True
    )


def test_one_word_after_du_kien_before_a_date_is_kept_in_the_words():
    assert parse_deadline("Hội nghị dự kiến họp 15/3/2026") == DateDeadline(
        date=D(2026, 3, 15), complement="Hội nghị họp", tentative=True
    )


def test_dinh_ky_before_a_colon_and_a_month_is_part_of_the_action():
    # "định kỳ" with no recurrence after it: the periodic report of December 2026.
    assert parse_deadline("Báo cáo định kỳ: tháng 12/2026") == PeriodDeadline(
        windows=(Window.of(Month(2026, 12)),), action="Báo cáo định kỳ"
    )


# --------------------------------------------------------------------- after an event


def test_a_bracket_after_an_event_and_a_comma_is_read_after_the_event():
    # "(dự kiến)" makes the span tentative; the comma before it is not at stake here.
    deadline = parse_deadline("Kể từ khi có quyết định, (dự kiến)")
    assert isinstance(deadline, Span)
    assert (deadline.since.rstrip(","), deadline.end, deadline.tentative) == (
        "có quyết định",
        None,
        True,
    )
