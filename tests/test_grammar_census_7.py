"""Readings and refusals of the grammar no test wrote, found by mutation testing.

They close survivors of the full mutation run of ``_grammar.py`` at 193ba6e (batch 7): the
example a half year without its year is refused with, the complement of a phase written
twice in it or at the very start of the phrase, "24h00" before a date or a day of each
month, "mồng" after a weekday, a part of the day before a day of the reporting year or of
a month of the quarter, a month of the quarter past its third, a window of days of a month
of the quarter closed "trước" the day it opens, the words after "hằng" that are no unit, a
month and its year joined by a point, a bracket opened after a number at the end of the
phrase.  The expected answers are worked out from what each phrase means (a month is due on
its last day, "24h00" is the end of the day and no time at all), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
    DateDeadline,
    Month,
    PeriodDeadline,
    PeriodUnit,
    Recurring,
    Window,
    parse_deadline,
)
from tests.test_refusals import refusal, underlined

D = datetime.date

_PART_RECURS = (
    "goes with one date, not with a day that recurs: leave it out, or give a time "
    "('trước 17 giờ ngày 15 hằng tháng')"
)


@pytest.mark.parametrize(
    ("phrase", "year", "reason", "words"),
    [
        # A half year written without "năm" and without a plan year: the example adds both.
        pytest.param(
            "6 tháng đầu",
            None,
            "'6 tháng đầu' has no year: write one, as in '6 tháng đầu năm 2026', or give the "
            "plan year",
            ("6 tháng đầu",),
            id="a half year without its year",
        ),
        # The complement of a phase is underlined where it is written, not where its words
        # come again in the phase's note.
        pytest.param(
            "Ban hành kế hoạch Quý II/2026 (kế hoạch mới); Tổng kết Quý IV/2026",
            None,
            "a phase is named by its action alone ('Ban hành'): move 'kế hoạch' into the "
            "task's output (Sản phẩm)",
            ("kế hoạch",),
            id="a phase's complement said again in its note",
        ),
        # A phase named by its label after the time: the words before the time start the
        # phrase, and they alone are underlined.
        pytest.param(
            "Đăng ký Quý II/2026 (sơ kết); Tổng kết Quý IV/2026",
            None,
            "a phase is named by its action alone ('Sơ kết'): move 'Đăng ký' into the "
            "task's output (Sản phẩm)",
            ("Đăng ký",),
            id="a phase's complement at the start of the phrase",
        ),
        # "của năm báo cáo" makes the day recur each year, as "hằng năm" does.
        pytest.param(
            "Sáng ngày 15/5 của năm báo cáo",
            None,
            f"a part of the day ('Sáng') {_PART_RECURS}",
            ("Sáng",),
            id="a part of a day of the reporting year",
        ),
        # A day of the last month of every quarter recurs too, with no "hằng" before it.
        pytest.param(
            "Chiều ngày 10 tháng cuối quý",
            None,
            f"a part of the day ('Chiều') {_PART_RECURS}",
            ("Chiều",),
            id="a part of a day of a month of the quarter",
        ),
        # A quarter has three months: the month and its period are underlined together.
        pytest.param(
            "Ngày 10 tháng thứ 4 của quý",
            None,
            "a quý has 3 months, not a month 4",
            ("thứ 4 của quý",),
            id="the fourth month of a quarter",
        ),
        # "Trước ngày 10" closes on the 9th, the day before the window opens on the 10th.
        pytest.param(
            "Từ ngày 10 đến trước ngày 10 tháng cuối quý",
            None,
            "'trước' ends the window the day before day 10, before it opens on day 10",
            ("ngày 10 đến trước ngày 10",),
            id="a window of a month of the quarter closed before it opens",
        ),
        # "tháng" after "Hằng quý" is a stray word after the deadline.
        pytest.param(
            "Hằng quý tháng",
            None,
            "unexpected 'tháng' after the deadline",
            ("tháng",),
            id="a month word after every quarter",
        ),
        # "một" (one) with no unit after it: the unit is missing where "một" stands.
        pytest.param(
            "hằng một",
            None,
            "expected 'tháng', 'quý', '6 tháng' or 'năm' after 'hằng'",
            ("một",),
            id="every one of nothing",
        ),
        # A date written with points, day first: 2026 stands where its month goes.
        pytest.param(
            "06.2026.1",
            None,
            "a month is numbered 1 to 12, not 2026",
            ("2026",),
            id="a dotted date with the year in the month's place",
        ),
        # A bracket opened after the year, at the very end of the phrase.
        pytest.param(
            "Ngày 15/5/2026 (",
            None,
            "the bracket is not closed",
            ("(",),
            id="a bracket opened after a number, at the end",
        ),
    ],
)
def test_a_refused_phrase_names_its_fault_and_underlines_the_words_at_fault(
    phrase, year, reason, words
):
    assert refusal(phrase, year) == (reason, underlined(phrase, *words))


def test_24h00_before_a_date_is_due_that_day_with_no_time():
    for phrase, before, due in (
        ("24h00 ngày 15/5/2026", False, D(2026, 5, 15)),
        # Before the end of 15 May: due on 14 May.
        ("trước 24h00 ngày 15/5/2026", True, D(2026, 5, 14)),
    ):
        d = parse_deadline(phrase)
        assert isinstance(d, DateDeadline)
        assert (d.date, d.before, d.time, d.due) == (D(2026, 5, 15), before, None, due)


def test_24h00_before_a_day_of_each_month_is_that_day_with_no_time():
    d = parse_deadline("24h00 ngày 15 hằng tháng")
    assert isinstance(d, Recurring)
    assert (d.unit, d.day, d.time, d.before) == (PeriodUnit.MONTH, 15, None, False)


def test_mong_after_the_weekday_is_the_day_of_the_date():
    # 02/03/2026 is a Monday ("Thứ Hai"); "mồng" is "mùng", the word before a day 1 to 10.
    for phrase in ("Thứ Hai, mồng 2/3/2026", "Thứ Hai mồng 2/3/2026"):
        d = parse_deadline(phrase)
        assert isinstance(d, DateDeadline)
        assert (d.date, d.due, d.before) == (D(2026, 3, 2), D(2026, 3, 2), False)


def test_a_month_and_its_year_joined_by_a_point_are_that_month():
    for phrase in ("6.2026", "06.2026"):
        d = parse_deadline(phrase)
        assert d == PeriodDeadline(windows=(Window.of(Month(2026, 6)),))
        assert d.windows[0].due == D(2026, 6, 30)


@pytest.mark.parametrize(
    ("phrase", "reason", "words"),
    [
        # "010" is 01 or 10 mistyped: refused wherever a day or a month is written, not
        # read as October (before 0.6.0 "Tháng 010/2026" was October, "010/2026" refused
        # as a month 2026, and "Tháng 5/2026, 010/2026" kept "010/2026" as a note).
        ("010/2026", "a month is written in one or two figures, not '010'", "010"),
        ("Tháng 010/2026", "a month is written in one or two figures, not '010'", "010"),
        ("Tháng 5/2026, 010/2026", "a month is written in one or two figures, not '010'", "010"),
        ("ngày 15/010/2026", "a month is written in one or two figures, not '010'", "010"),
        ("ngày 010/3/2026", "a day is written in one or two figures, not '010'", "010"),
        # Without a leading zero, a number too large names itself.
        ("123/2026", "a month is numbered 1 to 12, not 123", "123"),
        ("Ngày 123/2026", "a day of the month is 1 to 31, not 123", "123"),
    ],
)
def test_a_day_or_month_is_written_in_one_or_two_figures(phrase, reason, words):
    assert refusal(phrase, 2026) == (reason, underlined(phrase, words))
