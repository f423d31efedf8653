"""The start of a recurrence: the words that write it, where its clause ends, the last year.

Found by mutation testing of the grammar (``_with_starts``, ``_started``,
``_Parser.trailing_start_follows``, ``_Parser.whole_open_start``) and of
``Recurring.occurrences``.  A start is written "từ", "bắt đầu từ", "kể từ" or "tính từ"
(docs/deadlines.rst, "A start"); its clause ends where the phrase, a semicolon, a bracket
or a comma does; a start with an end, or with more words in its bracket, is not half-read.
The due dates are worked out by hand: a month, quarter or year is due on its last day.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import Compound, DateDeadline, Recurring, Span, parse_deadline
from cchc_model.language.periods import PeriodUnit
from tests.test_recurrence_start import FROM_JULY_MONTHLY
from tests.test_refusals import refusal, underlined

D = datetime.date
JULY_2026 = D(2026, 7, 1)
_MILESTONE = (
    "each phase of a phased deadline starts with its milestone ('Ban hành', 'Kết thúc', "
    "'Thực hiện'…)"
)


def _dues(phrase: str, start: D, end: D, year: int | None = 2026) -> list[D]:
    return [o.due for o in parse_deadline(phrase, year=year).occurrences(start, end)]


@pytest.mark.parametrize(
    "phrase",
    ["Hằng tháng tính từ tháng 7/2026", "Hằng tháng (tính từ tháng 7/2026)"],
)
def test_a_start_written_tinh_tu_starts_the_recurrence(phrase: str) -> None:
    # "tính từ" ("counting from") is one of the words of a start, with or without brackets.
    assert parse_deadline(phrase, year=2026) == Recurring(unit=PeriodUnit.MONTH, start=JULY_2026)
    assert _dues(phrase, D(2026, 1, 1), D(2026, 12, 31)) == FROM_JULY_MONTHLY


@pytest.mark.parametrize(
    "phrase",
    [
        "Hằng tháng kể từ tháng 7/2026; ngày 15/12/2026",
        "Hằng tháng kể từ tháng 7/2026, ngày 15/12/2026",
    ],
)
def test_a_start_clause_ends_at_a_semicolon_or_a_comma_before_another_deadline(
    phrase: str,
) -> None:
    # Monthly from 1 July 2026, and once on 15 December 2026.
    assert parse_deadline(phrase, year=2026) == Compound(
        parts=(
            Recurring(unit=PeriodUnit.MONTH, start=JULY_2026),
            DateDeadline(date=D(2026, 12, 15)),
        )
    )


def test_a_start_clause_ends_at_the_bracket_of_a_note() -> None:
    phrase = (
        "Hằng tháng kể từ tháng 7/2026 "
        "(nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)"
    )
    assert parse_deadline(phrase, year=2026) == Recurring(
        unit=PeriodUnit.MONTH, start=JULY_2026, rolls_forward=True
    )


def test_a_date_after_a_recurrence_without_tu_is_not_its_start() -> None:
    # Without "từ" the date is no start: "monthly 15/7/2026" says neither when it starts
    # nor that it is a second deadline.
    phrase = "Hằng tháng ngày 15/7/2026"
    assert refusal(phrase, 2026) == (
        "unexpected 'ngày' after the deadline",
        underlined(phrase, "ngày"),
    )


def test_an_event_after_a_comma_stays_a_note_of_the_recurrence() -> None:
    # "kể từ" an event names no day to start on: the words are kept, the recurrence whole.
    assert parse_deadline("Hằng tháng, kể từ ngày nhận hồ sơ", year=2026) == Recurring(
        unit=PeriodUnit.MONTH, note="kể từ ngày nhận hồ sơ"
    )


def test_a_start_with_a_condition_in_its_bracket_stays_a_note() -> None:
    # "from July 2026 if approved": the bracket is kept whole, not half-read as a start.
    assert parse_deadline(
        "Hằng tháng (từ tháng 7/2026 nếu được phê duyệt)", year=2026
    ) == Recurring(unit=PeriodUnit.MONTH, note="từ tháng 7/2026 nếu được phê duyệt")


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("Từ tháng 7/2026, hằng tháng; Hoàn thành Quý IV/2026", "Từ tháng 7/2026, hằng tháng"),
        ("Hằng tháng, từ tháng 7/2026; Hoàn thành Quý IV/2026", "Hằng tháng, từ tháng 7/2026"),
    ],
)
def test_a_phase_without_its_milestone_is_underlined_with_the_start_joined_to_it(
    phrase: str, words: str
) -> None:
    # The start and the recurrence are one deadline: the refusal underlines both.
    assert refusal(phrase, 2026) == (_MILESTONE, underlined(phrase, words))


def test_a_recurrence_owes_no_period_past_the_last_year_answered() -> None:
    # The years answered end with 2100: no month, quarter or year of 2101 is owed…
    beyond = (D(2100, 11, 1), D(2101, 12, 31))
    assert _dues("Hằng tháng", *beyond, year=None) == [D(2100, 11, 30), D(2100, 12, 31)]
    assert _dues("Hằng quý", *beyond, year=None) == [D(2100, 12, 31)]
    assert _dues("Hàng năm", *beyond, year=None) == [D(2100, 12, 31)]
    # …but the report on the fourth quarter of 2100, due in the month after it, is.
    assert _dues("ngày 10 tháng đầu quý sau", *beyond, year=None) == [D(2101, 1, 10)]


def test_a_tentative_start_reaches_every_recurrence_it_is_joined_to() -> None:
    # As "Hằng tháng, hằng quý (dự kiến), từ tháng 7/2026" reads: both recur from 1 July
    # 2026, both tentative.
    expected = Compound(
        parts=(
            Recurring(unit=PeriodUnit.MONTH, start=JULY_2026, tentative=True),
            Recurring(unit=PeriodUnit.QUARTER, start=JULY_2026, tentative=True),
        )
    )
    assert parse_deadline("Hằng tháng, hằng quý (dự kiến), từ tháng 7/2026", year=2026) == (
        expected
    )
    assert parse_deadline("Dự kiến từ tháng 7/2026, hằng tháng, hằng quý", year=2026) == (expected)


# ------------------------------------------- the survivors of the census at b1d526e, closed


def test_a_start_with_a_note_of_its_own_stays_a_deadline_beside_the_recurrence():
    # The note belongs to the start ("after the merger"): joined, it would be lost.
    deadline = parse_deadline("Từ tháng 7/2026 (sau khi sáp nhập), hằng tháng", year=2026)
    assert isinstance(deadline, Compound)
    assert [type(part) for part in deadline.parts] == [Span, Recurring]
    assert deadline.parts[0].note == "sau khi sáp nhập"


def test_a_tentative_start_after_a_recurrence_needs_no_comma():
    deadline = parse_deadline("Hằng tháng dự kiến từ tháng 7/2026", year=2026)
    assert deadline == Recurring(unit=PeriodUnit.MONTH, start=JULY_2026, tentative=True)


def test_a_span_that_bounds_nothing_after_a_recurrence_is_refused_at_its_first_word():
    # "từ năm 2026 và các năm tiếp theo" is every year from 2026: no start for a month.
    phrase = "Hằng tháng từ năm 2026 và các năm tiếp theo"
    assert refusal(phrase, 2026) == ("unexpected 'từ' after the deadline", underlined(phrase, "từ"))
