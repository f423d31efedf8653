"""'Đến' before a period, 'trong' before a year, and once in a counted quarter or year.

Plans write the end of a task as "Đến hết năm 2030" and, as often, without "hết": "Đến
năm 2030", "Đến tháng 6/2026", "Đến cuối năm 2027" — the period is the deadline, due at
its end, as with "hết" (the library already read "Từ nay đến năm 2030" through the end
of 2030).  A span of years is written "Trong 2026 - 2030" as well as "Trong giai đoạn
2026 - 2030".  Periodic work is counted in quarters and years as in months: "1 năm 1
lần", "1 quý/lần", "1 lần/1 năm".  Before 0.6.0 each of these was refused.  The expected
periods are worked out by hand from the phrase.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
    Compound,
    DateDeadline,
    PeriodDeadline,
    PointInPeriod,
    Span,
    parse_deadline,
)
from tests.test_dates_as_written import windows
from tests.test_refusals import refusal, underlined

D = datetime.date


@pytest.mark.parametrize(
    ("phrase", "opens", "due"),
    [
        ("Đến năm 2030", D(2030, 1, 1), D(2030, 12, 31)),
        ("Đến 2030", D(2030, 1, 1), D(2030, 12, 31)),
        ("Đến tháng 6/2026", D(2026, 6, 1), D(2026, 6, 30)),
        ("đến tháng 6", D(2027, 6, 1), D(2027, 6, 30)),
        ("Đến quý II/2027", D(2027, 4, 1), D(2027, 6, 30)),
        ("Đến 6/2027", D(2027, 6, 1), D(2027, 6, 30)),
    ],
)
def test_den_before_a_period_is_due_at_the_end_of_that_period(phrase, opens, due):
    assert windows(phrase) == [(opens, due)]


@pytest.mark.parametrize(
    "period",
    ["năm 2030", "tháng 6/2026", "quý II/2027", "tháng 2/2028"],
)
def test_den_and_den_het_before_a_period_read_alike(period):
    assert parse_deadline(f"Đến {period}", year=2027) == parse_deadline(
        f"Đến hết {period}", year=2027
    )


@pytest.mark.parametrize(
    ("phrase", "point"),
    [
        ("Đến cuối năm 2027", "Cuối năm 2027"),
        ("đến giữa năm 2027", "Giữa năm 2027"),
        ("Đến cuối tháng 6/2027", "Cuối tháng 6/2027"),
        ("Đến đầu quý III", "Đầu quý III/2027"),
    ],
)
def test_den_before_a_point_of_a_period_is_that_point(phrase, point):
    deadline = parse_deadline(phrase, year=2027)
    assert isinstance(deadline, PointInPeriod)
    assert deadline == parse_deadline(point, year=2027)


def test_den_before_a_date_is_still_the_date():
    deadline = parse_deadline("Đến 15/6/2026", year=2027)
    assert deadline.due == D(2026, 6, 15)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [("Đến Quý", "Quý"), ("Đến tháng", "tháng")],
)
def test_den_before_a_period_word_without_its_number_asks_which(phrase, unit):
    which = "quarter" if unit == "Quý" else "month"
    example = "quý II/2026" if unit == "Quý" else "tháng 5/2026"
    assert refusal(phrase, 2027) == (
        f"{unit!r} needs which {which}: write {example!r}, or 'hằng {unit.lower()}' for every "
        f"{which}",
        underlined(phrase, unit),
    )


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Trong 2026 - 2030", 2026, 2030),
        ("Trong 2027", 2027, 2027),
        ("Trong các năm 2026 - 2030", 2026, 2030),
    ],
)
def test_trong_before_years_written_alone_spans_those_years(phrase, first, last):
    assert windows(phrase) == [(D(first, 1, 1), D(last, 12, 31))]


@pytest.mark.parametrize(
    ("phrase", "count", "reason"),
    [
        ("Hai tháng 1 lần", "Hai", "a recurrence is every 1, 3, 6, 9 or 12 months, not 2"),
        ("1 lần/ 2 tháng", "2", "a recurrence is every 1, 3, 6, 9 or 12 months, not 2"),
        (
            "2 năm 1 lần",
            "2",
            "a recurrence of quarters or years is every one ('hằng năm'), not every 2",
        ),
        (
            "1 lần/2 năm",
            "2",
            "a recurrence of quarters or years is every one ('hằng năm'), not every 2",
        ),
        (
            "Định kỳ 2 quý 1 lần",
            "2",
            "a recurrence of quarters or years is every one ('hằng quý'), not every 2",
        ),
        (
            "1 lần/hai quý",
            "hai",
            "a recurrence of quarters or years is every one ('hằng quý'), not every 2",
        ),
    ],
)
def test_a_count_of_periods_no_recurrence_has_is_refused_at_the_count(phrase, count, reason):
    assert refusal(phrase, 2027) == (reason, underlined(phrase, count))


@pytest.mark.parametrize(
    ("phrase", "opens", "due"),
    [
        # Before 0.6.0 "Cuối 2026 - 2027" kept "Cuối" as words before the years, and was
        # written back as "Cuối năm 2026 - năm 2027", which was refused: it did not read back.
        ("Cuối 2026 - 2027", D(2026, 12, 31), D(2027, 12, 31)),
        ("Giữa 2026 - 2027", D(2026, 6, 30), D(2027, 12, 31)),
        ("Cuối năm 2026 - năm 2027", D(2026, 12, 31), D(2027, 12, 31)),
        ("Đầu năm 2026 đến năm 2027", D(2026, 1, 1), D(2027, 12, 31)),
        ("Giữa quý II/2026 - tháng 9/2026", D(2026, 5, 15), D(2026, 9, 30)),
        ("Từ cuối năm 2026 - 2027", D(2026, 12, 31), D(2027, 12, 31)),
        ("Đầu tháng 3/2026 - 15/4/2026", D(2026, 3, 1), D(2026, 4, 15)),
        # A year's point without "năm" before a dash and a month or a date (refused at
        # "Cuối" before 0.6.0, though "Cuối năm 2026 - 6/2027" read).
        ("Cuối 2026 - 6/2027", D(2026, 12, 31), D(2027, 6, 30)),
        ("Cuối 2026 - 15/3/2027", D(2026, 12, 31), D(2027, 3, 15)),
        ("Từ cuối 2026 - 6/2027", D(2026, 12, 31), D(2027, 6, 30)),
    ],
)
def test_a_point_of_a_period_then_a_dash_or_den_opens_a_window_to_the_end(phrase, opens, due):
    deadline = parse_deadline(phrase, year=2027)
    assert isinstance(deadline, DateDeadline)
    assert (deadline.opens, deadline.due) == (opens, due)
    assert parse_deadline(str(deadline), year=2027) == deadline


@pytest.mark.parametrize("year", [None, 2027])
@pytest.mark.parametrize(
    ("phrase", "opens", "due"),
    [
        # Before 0.6.0 a point's period without its year took the plan year, not the
        # year written at the end ("Cuối quý I - quý II/2026" was refused without a plan
        # year, and with the plan year 2027 as ending before it starts); now it takes the
        # end's year, as "Quý I - quý II/2026" does.
        ("Cuối quý I - quý II/2026", D(2026, 3, 31), D(2026, 6, 30)),
        ("Đầu tháng 3 - tháng 5/2026", D(2026, 3, 1), D(2026, 5, 31)),
        ("Giữa tháng 3 đến ngày 15/5/2026", D(2026, 3, 15), D(2026, 5, 15)),
        ("Đầu tháng 3 - cuối tháng 5/2026", D(2026, 3, 1), D(2026, 5, 31)),
        # A period after the end's in the year starts the year before.
        ("Cuối tháng 11 - tháng 2/2027", D(2026, 11, 30), D(2027, 2, 28)),
        ("Từ cuối quý IV đến quý I/2027", D(2026, 12, 31), D(2027, 3, 31)),
        # The point itself, not its period's start, is compared with the end: the end of
        # November 2027 would fall after 15/11/2027, the middle of April 2027 after 1 April.
        ("Từ cuối tháng 11 đến ngày 15/11/2027", D(2026, 11, 30), D(2027, 11, 15)),
        ("Từ giữa tháng 4 đến ngày 01/04/2027", D(2026, 4, 15), D(2027, 4, 1)),
        # A point on the end's own day is that day: a window one day long.
        ("Cuối quý II đến ngày 30/6/2026", D(2026, 6, 30), D(2026, 6, 30)),
    ],
)
def test_a_point_without_its_year_takes_the_year_of_the_end_of_the_window(phrase, opens, due, year):
    deadline = parse_deadline(phrase, year=year)
    assert isinstance(deadline, DateDeadline)
    assert (deadline.opens, deadline.due) == (opens, due)


def test_a_point_without_a_year_before_an_end_without_one_takes_the_plan_year():
    deadline = parse_deadline("Cuối quý I - quý II", year=2027)
    assert (deadline.opens, deadline.due) == (D(2027, 3, 31), D(2027, 6, 30))
    phrase = "Cuối quý I - quý II"
    assert refusal(phrase, None) == (
        "'Cuối quý I' has no year: write one, as in 'Cuối quý I/2026', or give the plan year",
        underlined(phrase, "Cuối quý I"),
    )


def test_a_point_of_a_period_until_an_event_is_a_span_from_the_point():
    deadline = parse_deadline("Cuối năm 2026 đến khi hoàn thành", year=2027)
    assert isinstance(deadline, Span)
    assert (deadline.start, deadline.until) == (D(2026, 12, 31), "khi hoàn thành")


def test_a_dash_that_begins_a_line_after_a_point_is_a_bullet_not_a_range():
    deadline = parse_deadline("Cuối năm 2026\n- Năm 2027", year=2027)
    assert isinstance(deadline, Compound)
    assert [type(part) for part in deadline.parts] == [PointInPeriod, PeriodDeadline]


def test_a_range_from_a_point_that_ends_before_it_is_refused():
    phrase = "Cuối 2027 - 2026"
    assert refusal(phrase, 2027) == (
        "the span ends (31/12/2026) before it starts (31/12/2027)",
        (0, len(phrase)),
    )


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        ("Định kỳ, hằng quý", "Hằng quý"),
        ("Báo cáo định kỳ, hằng quý", "Báo cáo hằng quý"),
        ("Định kỳ, hằng tháng, quý", "Hằng tháng, quý"),
    ],
)
def test_dinh_ky_and_a_comma_before_a_recurrence_is_that_recurrence(phrase, same_as):
    # "Định kỳ" (periodically) then a comma: the recurrence says when.  Refused before 0.6.0
    # at the comma.
    assert parse_deadline(phrase, year=2027) == parse_deadline(same_as, year=2027)
