"""Readings and refusals that close survivors of the full mutation run of ``_grammar.py``.

The run was made at commit 193ba6e; these tests close the test gaps of its batch 6 (the
parser's ``refinement``, ``continuous``, ``from_expression``, ``year_item``,
``leading_words``, ``line_starts`` and ``span_end``, and ``_evolved``): a note after a
compound of three recurrences, "thường xuyên" and "liên tục" joined in either order, a
year too long to be one, a range of years written backward, "tính từ nay" with no end,
years listed after "từ", a period listed after a span from a period, a second "dự kiến"
before words, a line break inside the start of a span, a bracket that gives a monthly
recurrence its day and time after a roll note, and a span one day long.  The expected
answers are worked out from what each phrase means (a year is due on its last day, "giữa
tháng" is the 15th, "cuối năm" the 31st of December), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
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
    Year,
    parse_deadline,
)
from tests.test_refusals import refusal, underlined

D = datetime.date

_ROLLS = "(nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)"
_FROM_NOW = (
    "sets no deadline: give its end ('từ nay đến hết năm 2026'), or write 'Thường xuyên' "
    "for work that goes on"
)
_EXPECTED = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)


# ------------------------------------------------------------------- compounds, notes


def test_a_note_after_three_recurrences_goes_on_the_last_of_them_only():
    assert parse_deadline("Hằng tháng, hằng quý, hằng năm (theo yêu cầu)") == Compound(
        parts=(
            Recurring(unit=PeriodUnit.MONTH),
            Recurring(unit=PeriodUnit.QUARTER),
            Recurring(unit=PeriodUnit.YEAR, note="theo yêu cầu"),
        )
    )


# ---------------------------------------------------------------------- continuous work


@pytest.mark.parametrize(
    "phrase",
    [
        "Thường xuyên và liên tục",
        "Thường xuyên, liên tục",
        "Liên tục và thường xuyên",
        "Liên tục, thường xuyên",
    ],
)
def test_thuong_xuyen_and_lien_tuc_joined_in_either_order_are_one_continuous_work(phrase):
    assert parse_deadline(phrase) == Continuous()


# ------------------------------------------------------------------ years too long


@pytest.mark.parametrize(
    ("phrase", "number"),
    [
        ("Thường xuyên trong năm 1234567", "1234567"),
        ("Năm 1234567", "1234567"),
        ("Năm 2026 - 1234567", "1234567"),
    ],
)
def test_a_number_too_long_to_be_a_year_is_refused_as_a_year_under_that_number(phrase, number):
    assert refusal(phrase, None) == (
        f"'{number}' is too long to be a year",
        underlined(phrase, number),
    )


# ------------------------------------------------------------------ ranges of years


@pytest.mark.parametrize(
    ("phrase", "first", "last", "years"),
    [
        ("Năm 2027 - 2026", 2027, 2026, "2027 - 2026"),
        ("Giai đoạn 2030 - 2026", 2030, 2026, "2030 - 2026"),
    ],
)
def test_a_range_of_years_written_backward_is_refused_under_both_years(phrase, first, last, years):
    assert refusal(phrase, None) == (
        f"the range ends (Năm {last}) before it starts (Năm {first})",
        underlined(phrase, years),
    )


# ---------------------------------------------------------------------- spans


def test_tinh_tu_nay_with_no_end_is_refused_under_its_own_words_not_the_action():
    phrase = "Báo cáo tính từ nay"
    assert refusal(phrase, None) == (
        f"'tính từ nay' {_FROM_NOW}",
        underlined(phrase, "tính từ nay"),
    )


@pytest.mark.parametrize("phrase", ["Từ 2026, 2028", "Từ 2026 và 2028"])
def test_two_years_listed_after_tu_are_those_two_years_as_with_nam(phrase):
    expected = PeriodDeadline(windows=(Window.of(Year(2026)), Window.of(Year(2028))))
    assert parse_deadline(phrase) == expected
    assert parse_deadline("Từ năm 2026, 2028") == expected


@pytest.mark.parametrize(
    ("phrase", "start", "listed"),
    [
        ("Từ tháng 3/2026, tháng 5/2026", Month(2026, 3), Month(2026, 5)),
        ("Từ quý II/2026 và quý IV/2026", Quarter(2026, 2), Quarter(2026, 4)),
    ],
)
def test_a_period_listed_after_a_span_from_a_period_is_a_deadline_of_its_own(phrase, start, listed):
    assert parse_deadline(phrase) == Compound(parts=(Span(start=start), PeriodDeadline.of(listed)))


def test_a_line_break_inside_the_start_of_a_span_leaves_its_dash_a_range_not_a_bullet():
    # "cuối năm 2026" is 31/12/2026; "- 2027" runs to the end of 2027.
    phrase = "Từ cuối năm\n2026 - 2027"
    assert parse_deadline(phrase) == DateDeadline(date=D(2027, 12, 31), opens=D(2026, 12, 31))
    assert parse_deadline(phrase) == parse_deadline("Từ cuối năm 2026 - 2027")


def test_a_span_from_the_middle_of_a_month_to_its_15th_is_that_one_day():
    # "giữa tháng" is the 15th (art. 146 of the Civil Code): the span opens and ends on it.
    assert parse_deadline("Từ giữa tháng 3/2026 đến ngày 15/3/2026") == DateDeadline(
        date=D(2026, 3, 15), opens=D(2026, 3, 15)
    )


# ------------------------------------------------------------- words before a time


def test_words_that_start_with_a_second_du_kien_are_refused_not_kept_as_words():
    # "Dự kiến" is never kept among the words before a time: a second one is refused where
    # it stands rather than read as the words "dự kiến tổ chức" of the tentative deadline.
    phrase = "Dự kiến dự kiến tổ chức Quý II/2026"
    assert refusal(phrase, None) == (f"{_EXPECTED}, not 'dự'", underlined(phrase, "dự"))


# -------------------------------------------------------- a bracket that refines a day


def test_a_day_in_brackets_after_hang_thang_is_the_day_of_each_month():
    assert parse_deadline("Hằng tháng (trước ngày 10)") == Recurring(
        unit=PeriodUnit.MONTH, day=10, before=True
    )


def test_a_time_and_day_in_brackets_after_hang_thang_keep_the_time():
    # "trước 17 giờ ngày 10": before 17:00 on the 10th of each month.
    assert parse_deadline("Báo cáo hằng tháng (trước 17 giờ ngày 10)") == Recurring(
        unit=PeriodUnit.MONTH,
        day=10,
        before=True,
        time=datetime.time(17, 0),
        action="Báo cáo",
    )


def test_a_day_in_brackets_after_a_roll_note_keeps_the_roll_note_of_a_recurrence():
    assert parse_deadline(f"Hằng tháng {_ROLLS} (trước ngày 10)") == Recurring(
        unit=PeriodUnit.MONTH, day=10, before=True, rolls_forward=True
    )


def test_a_date_in_brackets_after_a_roll_note_keeps_the_roll_note_of_a_period():
    # Quý I/2026 opens on 01/01/2026; the bracket makes it due before 15/03/2026.
    assert parse_deadline(f"Quý I/2026 {_ROLLS} (trước ngày 15/3/2026)") == DateDeadline(
        date=D(2026, 3, 15), before=True, opens=D(2026, 1, 1), rolls_forward=True
    )
