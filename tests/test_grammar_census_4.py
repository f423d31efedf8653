"""Readings and refusals that close survivors of the full mutation run of ``_grammar.py``.

Batch 4 of the survivors of the full run at commit 193ba6e: the year of a point written
without "năm" ("Cuối 2026") next to dates written year first, ranges to a year or to a
date written year first, a dash before the end of a span or before the next phase, the
month after the reporting period written "tháng sau", the fifth month of a period
written in words, and the whole message of a point with no year or a year too long.
The expected answers are worked out from what each phrase means (a period is due on its
last day, "đầu" of a period is its first day, "cuối" its last), never read off the
library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
    DateDeadline,
    PeriodMonth,
    PeriodUnit,
    Recurring,
    RelativeToPeriod,
    parse_deadline,
)
from tests.test_refusals import refusal, underlined

D = datetime.date

_EXPECTED = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)


# ------------------------------------------------- the year of a point, without "năm"


def test_a_point_word_before_a_date_written_year_first_leaves_the_date_whole():
    # "2026-03-15" is 15 March 2026, not the year 2026 followed by more figures.
    found = parse_deadline("Cuối 2026-03-15")
    assert isinstance(found, DateDeadline)
    assert found.date == D(2026, 3, 15)
    assert found == parse_deadline("Cuối ngày 15/3/2026")


@pytest.mark.parametrize(
    ("phrase", "year", "reason", "words"),
    [
        # A date written year first with "/" or "." is no year alone after "cuối": the
        # point is not read, and its word is where the phrase stops making sense.
        ("Cuối 2026/12/31", None, f"{_EXPECTED}, not 'Cuối'", "Cuối"),
        ("Cuối 2026.12.31", None, f"{_EXPECTED}, not 'Cuối'", "Cuối"),
        # The end of a year with no year written and no plan year: the example adds the
        # year after "năm" with a space, as "Cuối năm 2026" is written.
        (
            "Cuối năm",
            None,
            "'Cuối năm' has no year: write one, as in 'Cuối năm 2026', or give the plan year",
            "Cuối năm",
        ),
        # A year of seven figures after "cuối năm" is named as the year it cannot be.
        ("Cuối năm 1234567", None, "'1234567' is too long to be a year", "1234567"),
    ],
)
def test_a_point_of_a_year_the_grammar_cannot_read_is_refused_at_its_fault(
    phrase, year, reason, words
):
    assert refusal(phrase, year) == (reason, underlined(phrase, words))


@pytest.mark.parametrize(
    ("phrase", "opens"),
    [
        # From the end of 2026 (31/12/2026) to the end of 2027, the dash as "đến".
        ("Từ cuối 2026 - 2027", D(2026, 12, 31)),
        # From the start of 2026 (1/1/2026), the years joined by a dash with no spaces.
        ("Từ đầu 2026-2027", D(2026, 1, 1)),
    ],
)
def test_from_a_point_of_a_year_without_nam_to_a_year_after_a_dash_is_a_window(phrase, opens):
    assert parse_deadline(phrase, year=None) == DateDeadline(date=D(2027, 12, 31), opens=opens)


# ------------------------------------------------- ranges and spans after "đến" or "-"


def test_a_range_to_a_year_closed_by_a_full_stop_ends_on_the_last_day_of_that_year():
    # "đến 2027." is to the end of 2027, as "đến năm 2027" is: the full stop ends the
    # phrase, it does not begin a date.
    found = parse_deadline("Từ ngày 10/3/2026 đến 2027.", year=None)
    assert found == DateDeadline(date=D(2027, 12, 31), opens=D(2026, 3, 10))


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 10/3 đến 2027-03-15",
        # Without "từ", and with "hết" before the last day.
        "Ngày 10/3 đến hết 2027-03-15",
    ],
)
def test_a_range_to_a_date_written_year_first_gives_its_year_to_the_first_day(phrase):
    # The first day has no year: it takes 2027 from the last day, 15/03/2027.
    found = parse_deadline(phrase, year=None)
    assert found == DateDeadline(date=D(2027, 3, 15), opens=D(2027, 3, 10))


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        # "2027/3" and "2027.3" put 2027 where the day of the last day goes.
        ("Ngày 10/3/2026 đến 2027/3", "2027"),
        ("Ngày 10/3/2026 đến 2027.3", "2027"),
    ],
)
def test_a_range_whose_last_day_starts_with_four_figures_refuses_them_as_a_day(phrase, words):
    assert refusal(phrase, None) == (
        "a day of the month is 1 to 31, not 2027",
        underlined(phrase, words, after="đến"),
    )


def test_a_span_from_a_day_to_the_end_of_a_year_after_a_dash_ends_on_its_last_day():
    found = parse_deadline("Từ ngày 10/3/2026 - cuối năm 2027", year=None)
    assert found == DateDeadline(date=D(2027, 12, 31), opens=D(2026, 3, 10))


def test_a_dash_before_a_one_word_action_and_a_month_starts_the_next_phase():
    # "Trình 6/2026" is a phase of its own, due at the end of June 2026; the phase before
    # it runs from March 2026 with no end.
    found = parse_deadline("Xây dựng từ tháng 3/2026 - Trình 6/2026", year=None)
    assert [(p.milestone, p.deadline) for p in found.phases] == [
        ("xây dựng", parse_deadline("Từ tháng 3/2026")),
        ("trình", parse_deadline("Tháng 6/2026")),
    ]
    dues = [(o.milestone, o.due) for o in found.occurrences(D(2026, 1, 1), D(2026, 12, 31))]
    assert dues == [("trình", D(2026, 6, 30))]


# ------------------------------------------------- which month of a period


def test_the_month_after_the_reporting_period_written_thang_sau_is_the_next_month():
    found = parse_deadline("Ngày 10 tháng sau kỳ báo cáo")
    assert found == RelativeToPeriod(day=10, month=PeriodMonth.NEXT)


def test_the_fifth_month_of_a_half_year_written_in_words_is_month_five():
    # "tháng thứ năm" is the fifth month, "năm" here being five, not a year: May and
    # November.
    found = parse_deadline("ngày 10 tháng thứ năm của kỳ 6 tháng")
    assert found == Recurring(unit=PeriodUnit.HALF_YEAR, day=10, month=5)
    dues = [o.due for o in found.occurrences(D(2026, 1, 1), D(2026, 12, 31))]
    assert dues == [D(2026, 5, 10), D(2026, 11, 10)]


# Found reading the survivors of batch 4: points of periods the parser misread.


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        # A month without "tháng" after a position word: the point, not the whole month
        # (before 0.6.0 "Đầu 6/2026" was due on 30/06/2026, its words kept before June).
        ("Đầu 6/2026", "Đầu tháng 6/2026"),
        ("Giữa 6/2026", "Giữa tháng 6/2026"),
        ("Cuối 06-2026", "Cuối tháng 6/2026"),
        # A full stop that ends the phrase leaves the year a year.
        ("Đầu 2026.", "Đầu năm 2026"),
        ("Giữa 2026.", "Giữa năm 2026"),
        ("Từ ngày 1/1/2026 đến cuối 2026.", "Từ ngày 1/1/2026 đến cuối năm 2026"),
        # A dash from a point of a year without "năm" to any end.
        ("Cuối 2026 - tháng 3/2027", "Từ cuối năm 2026 đến tháng 3/2027"),
        ("Giữa 2026 - năm 2027", "Từ giữa năm 2026 đến năm 2027"),
    ],
)
def test_a_point_of_a_period_written_short_reads_as_written_in_full(phrase, same_as):
    assert parse_deadline(phrase) == parse_deadline(same_as)


def test_the_points_written_short_fall_on_the_days_of_civil_code_article_146():
    # Đầu tháng: the 1st; giữa tháng: the 15th; cuối năm: 31 December.
    dues = [parse_deadline(p).due for p in ("Đầu 6/2026", "Giữa 6/2026", "Cuối 2026.")]
    assert dues == [D(2026, 6, 1), D(2026, 6, 15), D(2026, 12, 31)]


def test_a_point_of_a_year_without_its_year_suggests_the_year_whatever_the_case():
    assert refusal("CUỐI NĂM", None) == (
        "'CUỐI NĂM' has no year: write one, as in 'CUỐI NĂM 2026', or give the plan year",
        (0, 8),
    )
