"""Dates and periods written the long way, the short way and the spreadsheet's way.

The grammar reads a date's parts wherever the writer put the year: after "năm", after a
slash, after a comma ("ngày 15 tháng 3, năm 2026") or after "của" ("quý IV của năm 2026").
Before 0.6.0 a year after a comma was read as a second deadline, and the date took the
plan year: "Ngày 15 tháng 3, năm 2026" in a 2027 plan was due on 15/03/2027.  The expected
dates are worked out by hand from the phrase, never read off the library.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_model import Compound, Continuous, DateDeadline, PeriodDeadline, Recurring, parse_deadline
from cchc_model.language.periods import PeriodUnit
from tests.test_refusals import refusal, underlined

D = datetime.date


def windows(phrase: str, year: int | None = 2027) -> list[tuple[D, D]]:
    deadline = parse_deadline(phrase, year=year)
    assert isinstance(deadline, PeriodDeadline)
    return [(w.opens, w.due) for w in deadline.windows]


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("Ngày 15 tháng 3, năm 2026", D(2026, 3, 15)),
        ("ngày 15 tháng 3 của năm 2026", D(2026, 3, 15)),
        ("Trước ngày 30 tháng 6, năm 2026", D(2026, 6, 29)),
        ("Ngày cuối cùng của tháng 2, năm 2028", D(2028, 2, 29)),
    ],
)
def test_a_date_takes_the_year_written_after_a_comma_or_cua_not_the_plan_year(phrase, due):
    deadline = parse_deadline(phrase, year=2027)
    assert isinstance(deadline, DateDeadline)
    assert deadline.due == due


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Tháng 12, năm 2026", [(D(2026, 12, 1), D(2026, 12, 31))]),
        ("Tháng 12 của năm 2026", [(D(2026, 12, 1), D(2026, 12, 31))]),
        ("Quý IV, năm 2026", [(D(2026, 10, 1), D(2026, 12, 31))]),
        ("Quý IV của năm 2026", [(D(2026, 10, 1), D(2026, 12, 31))]),
        # The year written once, after the last of a list, is every item's year.
        ("Quý I, quý II, năm 2026", [(D(2026, 1, 1), D(2026, 6, 30))]),
        (
            "Tháng 6, tháng 12, năm 2026",
            [(D(2026, 6, 1), D(2026, 6, 30)), (D(2026, 12, 1), D(2026, 12, 31))],
        ),
    ],
)
def test_a_period_takes_the_year_written_after_a_comma_or_cua_and_is_not_the_whole_year(
    phrase, expected
):
    assert windows(phrase) == expected


def test_a_semicolon_still_separates_a_period_from_a_year_as_two_deadlines():
    # A semicolon ends a deadline; only a comma or "của" hands the year to the period,
    # so the quarter takes the plan year.
    assert windows("Quý IV; năm 2026") == [
        (D(2026, 1, 1), D(2026, 12, 31)),
        (D(2027, 10, 1), D(2027, 12, 31)),
    ]


def test_a_period_that_has_its_year_lists_the_year_after_a_comma_as_another_period():
    assert windows("Quý IV/2026, năm 2027") == [
        (D(2026, 10, 1), D(2026, 12, 31)),
        (D(2027, 1, 1), D(2027, 12, 31)),
    ]


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("15 tháng 6 năm 2026", D(2026, 6, 15)),
        ("30 tháng 6, năm 2026", D(2026, 6, 30)),
        ("trước 15 tháng 6 năm 2026", D(2026, 6, 14)),
        ("05 tháng 1", D(2027, 1, 5)),
        # "đến" before a date, and a year after a short date.
        ("Đến 15/6/2026", D(2026, 6, 15)),
        ("đến 15 tháng 6 năm 2026", D(2026, 6, 15)),
        ("ngày 15/3 năm 2026", D(2026, 3, 15)),
        ("ngày 15-3 năm 2026", D(2026, 3, 15)),
        ("ngày 15/3, năm 2026", D(2026, 3, 15)),
    ],
)
def test_a_date_written_without_ngay_or_with_its_year_apart_is_that_date(phrase, due):
    deadline = parse_deadline(phrase, year=2027)
    assert isinstance(deadline, DateDeadline)
    assert deadline.due == due


def test_a_range_of_dates_written_without_ngay_is_a_window_of_days():
    deadline = parse_deadline("Từ 15 tháng 6 năm 2026 đến 30 tháng 6 năm 2026")
    assert isinstance(deadline, DateDeadline)
    assert (deadline.opens, deadline.due) == (D(2026, 6, 15), D(2026, 6, 30))


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        # "3 tháng 1 lần" is once every three months, not 1 March.
        ("3 tháng 1 lần", PeriodUnit.QUARTER),
        ("Định kỳ 3 tháng 1 lần", PeriodUnit.QUARTER),
        ("định kỳ 6 tháng một lần", PeriodUnit.HALF_YEAR),
        ("Báo cáo định kỳ 6 tháng 1 lần", PeriodUnit.HALF_YEAR),
        ("6 tháng/lần", PeriodUnit.HALF_YEAR),
        ("1 lần/năm", PeriodUnit.YEAR),
        ("01 lần/quý", PeriodUnit.QUARTER),
        ("1 lần/6 tháng", PeriodUnit.HALF_YEAR),
        ("một lần mỗi quý", PeriodUnit.QUARTER),
        ("Mỗi năm 1 lần", PeriodUnit.YEAR),
        ("Định kỳ hằng quý 1 lần", PeriodUnit.QUARTER),
        # Once in one quarter or one year (refused before 0.6.0).
        ("1 năm 1 lần", PeriodUnit.YEAR),
        ("1 năm/lần", PeriodUnit.YEAR),
        ("Một năm một lần", PeriodUnit.YEAR),
        ("Định kỳ 1 năm 1 lần", PeriodUnit.YEAR),
        ("1 lần/1 năm", PeriodUnit.YEAR),
        ("1 quý/lần", PeriodUnit.QUARTER),
        ("01 quý 1 lần", PeriodUnit.QUARTER),
        ("1 lần/1 quý", PeriodUnit.QUARTER),
        ("1 lần/01 quý", PeriodUnit.QUARTER),
        ("Một tháng một lần", PeriodUnit.MONTH),
        ("1 tháng/lần", PeriodUnit.MONTH),
    ],
)
def test_once_in_a_count_of_months_recurs_every_that_many_months(phrase, unit):
    deadline = parse_deadline(phrase, year=2027)
    assert isinstance(deadline, Recurring)
    assert deadline.unit is unit
    assert parse_deadline(str(deadline), year=2027) == deadline


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("Hằng năm 2 lần", "2 lần"),
        ("2 lần/năm", "2 lần"),
        ("3 tháng 2 lần", "2 lần"),
    ],
)
def test_more_than_once_a_period_is_refused_with_the_periods_to_name_instead(phrase, words):
    assert refusal(phrase, 2027) == (
        f"a recurrence is due once in each period, not {words[0]} times: name the periods "
        "('6 tháng 1 lần' for twice a year, 'hằng quý' for four times)",
        underlined(phrase, words),
    )


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("2026-05-15", D(2026, 5, 15)),
        ("ngày 2026-05-15", D(2026, 5, 15)),
        ("Trước 2026-05-15", D(2026, 5, 14)),
        ("Hạn chót: 2026-12-31", D(2026, 12, 31)),
    ],
)
def test_a_date_written_year_first_as_a_spreadsheet_writes_it_is_that_date(phrase, due):
    deadline = parse_deadline(phrase)
    assert isinstance(deadline, DateDeadline)
    assert deadline.due == due


@pytest.mark.parametrize(
    ("phrase", "reason", "words"),
    [
        ("ngày 2026-13-15", "a month is numbered 1 to 12, not 13", "13"),
        ("2026-02-32", "a day of the month is 1 to 31, not 32", "32"),
    ],
)
def test_a_year_first_date_with_a_part_out_of_range_is_refused_at_that_part(phrase, reason, words):
    assert refusal(phrase, None) == (reason, underlined(phrase, words, "2026"))


def test_a_year_first_date_that_does_not_exist_is_refused():
    with pytest.raises(ValueError, match="2026"):
        parse_deadline("2026-02-30")


@pytest.mark.parametrize("phrase", ["Từ 2026 - 2027", "Từ 2026-2027", "Từ 2026 – 2027"])
def test_a_range_of_years_after_tu_is_years_not_a_day_and_a_month(phrase):
    assert windows(phrase, None) == [(D(2026, 1, 1), D(2027, 12, 31))]


@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    year=st.integers(1945, 2100),
    plan_year=st.integers(1945, 2100),
)
def test_every_way_of_writing_a_date_gives_the_same_date_whatever_the_plan_year(
    day, month, year, plan_year
):
    expected = D(year, month, day)
    for phrase in (
        f"ngày {day}/{month}/{year}",
        f"ngày {day} tháng {month} năm {year}",
        f"ngày {day} tháng {month}, năm {year}",
        f"ngày {day} tháng {month} của năm {year}",
        f"{day} tháng {month} năm {year}",
        f"{year}-{month:02d}-{day:02d}",
    ):
        deadline = parse_deadline(phrase, year=plan_year)
        assert isinstance(deadline, DateDeadline), phrase
        assert deadline.due == expected, phrase


def _first_windows(phrase: str, year: int = 2027) -> list[tuple[D, D]]:
    deadline = parse_deadline(phrase, year=year)
    occurrences = deadline.occurrences(D(year, 1, 1), D(year, 3, 31))
    return [(o.opens, o.due) for o in occurrences]


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 10 - 15 hằng tháng",
        "Từ ngày 10 - 15 hằng tháng",
        "Ngày 10 - ngày 15 hằng tháng",
        "ngày 10-15 hằng tháng",
        "Từ ngày 10-15 hàng tháng",
        "10 - 15 hằng tháng",
    ],
)
def test_two_days_joined_by_a_dash_before_every_month_are_a_window_of_days(phrase):
    assert _first_windows(phrase) == [
        (D(2027, 1, 10), D(2027, 1, 15)),
        (D(2027, 2, 10), D(2027, 2, 15)),
        (D(2027, 3, 10), D(2027, 3, 15)),
    ]
    assert parse_deadline(phrase, year=2027) == parse_deadline(
        "Từ ngày 10 đến ngày 15 hằng tháng", year=2027
    )


def test_a_spaced_dash_before_a_date_opens_a_window_on_the_first_day():
    deadline = parse_deadline("Ngày 10 - 15/3/2026")
    assert isinstance(deadline, DateDeadline)
    assert (deadline.opens, deadline.due) == (D(2026, 3, 10), D(2026, 3, 15))


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        # A date spaced out keeps its parts: the second dash and the year say so.
        ("15 - 3 - 2026", D(2026, 3, 15)),
        # Without a space or a monthly recurrence, a dash still separates day and month:
        # 10 December of every year.
        ("ngày 10-12 hằng năm", None),
        ("ngày 10-3-2026", D(2026, 3, 10)),
    ],
)
def test_a_dash_inside_a_date_still_separates_its_parts(phrase, due):
    deadline = parse_deadline(phrase)
    if due is None:
        assert [o.due for o in deadline.occurrences(D(2027, 1, 1), D(2027, 12, 31))] == [
            D(2027, 12, 10)
        ]
    else:
        assert isinstance(deadline, DateDeadline)
        assert deadline.due == due


def test_a_window_of_days_that_runs_backwards_names_the_window_from_the_month_before():
    phrase = "Ngày 20 - 05 hằng tháng"
    assert refusal(phrase, 2027) == (
        "the window ends (day 05) before it opens (day 20): for a window from the month "
        "before, write 'từ ngày 20 tháng trước đến ngày 05 hằng tháng'",
        underlined(phrase, "Ngày 20 - 05"),
    )


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Tháng 6 và tháng 12 hằng năm",
            [(D(2027, 6, 1), D(2027, 6, 30)), (D(2027, 12, 1), D(2027, 12, 31))],
        ),
        (
            "Tháng 6, 12 hằng năm",
            [(D(2027, 6, 1), D(2027, 6, 30)), (D(2027, 12, 1), D(2027, 12, 31))],
        ),
        (
            "Quý II và quý IV hằng năm",
            [(D(2027, 4, 1), D(2027, 6, 30)), (D(2027, 10, 1), D(2027, 12, 31))],
        ),
        ("Quý I, III hàng năm", [(D(2027, 1, 1), D(2027, 3, 31)), (D(2027, 7, 1), D(2027, 9, 30))]),
        # The same month twice is one window.
        ("Tháng 6 và tháng 6 hằng năm", [(D(2027, 6, 1), D(2027, 6, 30))]),
    ],
)
def test_a_list_of_months_or_quarters_every_year_recurs_in_each_of_them(phrase, expected):
    deadline = parse_deadline(phrase)  # no year needed: every year
    occurrences = deadline.occurrences(D(2027, 1, 1), D(2027, 12, 31))
    assert [(o.opens, o.due) for o in occurrences] == expected
    assert [o.due.year for o in deadline.occurrences(D(2031, 1, 1), D(2031, 12, 31))] == [
        2031
    ] * len(expected)


def test_a_list_of_months_every_year_refuses_a_month_out_of_range():
    phrase = "Tháng 6 và tháng 13 hằng năm"
    assert refusal(phrase, None) == (
        "a month is numbered 1 to 12, not 13",
        underlined(phrase, "13"),
    )


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        # Bộ luật Dân sự 2015 art. 146: "cuối tháng" is the month's last day.
        ("Ngày cuối tháng", "Cuối tháng"),
        ("Ngày cuối cùng của tháng", "Cuối tháng"),
        ("Ngày cuối cùng hằng tháng", "Cuối tháng"),
        ("Cuối cùng của quý", "Cuối quý"),
        ("Ngày cuối quý", "Cuối quý"),
        ("Ngày đầu tiên của tháng", "Đầu mỗi tháng"),
        ("Ngày cuối năm", "Cuối năm"),
        ("ngày đầu tháng 7/2026", "Đầu tháng 7/2026"),
    ],
)
def test_the_first_or_last_day_of_a_period_is_its_start_or_end_as_civil_code_146_says(
    phrase, same_as
):
    assert parse_deadline(phrase, year=2027) == parse_deadline(same_as, year=2027)


def test_the_last_day_of_every_month_is_due_on_each_months_last_day():
    deadline = parse_deadline("Ngày cuối cùng của tháng")
    assert [o.due for o in deadline.occurrences(D(2028, 1, 1), D(2028, 3, 31))] == [
        D(2028, 1, 31),
        D(2028, 2, 29),
        D(2028, 3, 31),
    ]


def test_before_the_last_day_of_a_period_is_refused_as_before_any_point_is():
    phrase = "Trước ngày cuối tháng"
    assert refusal(phrase, 2027) == (
        "'trước' goes with a date ('trước ngày 15/3/2020'), not a point of a period",
        underlined(phrase, "Trước"),
    )


@pytest.mark.parametrize(
    ("phrase", "note"),
    [
        ("Hằng ngày", "hằng ngày"),
        ("Hàng ngày", "hàng ngày"),
        ("mỗi ngày", "mỗi ngày"),
        ("Định kỳ hằng ngày", "định kỳ hằng ngày"),
        ("Thường xuyên, hằng ngày", "hằng ngày"),
        ("Thường xuyên (hằng ngày)", "hằng ngày"),
        ("Hằng ngày (trong giờ hành chính)", "hằng ngày; trong giờ hành chính"),
    ],
)
def test_daily_work_is_continuous_work_with_how_often_kept_as_its_note(phrase, note):
    deadline = parse_deadline(phrase)
    assert isinstance(deadline, Continuous)
    assert deadline.note == note
    assert parse_deadline(str(deadline)) == deadline


def test_a_spaced_dash_before_a_month_and_its_year_joins_no_window_of_days():
    # "12/2026" is December 2026, not a day: the phrase is refused where it was before.
    phrase = "Ngày 10 - 12/2026"
    assert refusal(phrase, 2027) == ("unexpected '/' after the deadline", underlined(phrase, "/"))


# ----------------------------------------------------------------- found by mutation (sample 8)
# A weekday before a date year first is checked against the date, and a refusal of such a
# date underlines all of it; the last day of February is the 28th or the 29th as the year
# written, or each year, says; a dash that begins a new line of a cell is a bullet, not the
# year of the date above it.  (15 May 2026 was a Friday; 2027 is a common year, 2028 leap.)


def _dues(phrase: str, start: datetime.date, end: datetime.date) -> list[datetime.date]:
    return [o.due for o in parse_deadline(phrase, year=None).occurrences(start, end)]


def test_a_weekday_before_a_year_first_date_is_checked_against_the_date():
    # 15 May 2026 was a Friday ("thứ Sáu"), not a Monday ("thứ Hai").
    assert parse_deadline("Thứ Sáu, 2026-05-15", year=None) == DateDeadline(date=D(2026, 5, 15))
    phrase = "Thứ Hai, 2026-05-15"
    assert refusal(phrase, 2026) == (
        "15/05/2026 is a Friday, not the day of the week written",
        underlined(phrase, phrase),
    )


def test_an_impossible_year_first_date_is_underlined_whole():
    # No February has a 30th: the refusal underlines the whole date, "Ngày" with it.
    phrase = "Ngày 2026-02-30"
    assert refusal(phrase, 2026) == ("February has no day 30", underlined(phrase, phrase))
    phrase = "Hoàn thành trước 2026-02-30"
    assert refusal(phrase, 2026) == (
        "February has no day 30",
        underlined(phrase, "2026-02-30"),
    )


def test_the_last_day_of_february_each_year_is_the_29th_in_a_leap_year():
    phrase = "Ngày cuối cùng của tháng 2 hằng năm"
    dues = _dues(phrase, D(2027, 1, 1), D(2028, 12, 31))
    assert dues == [D(2027, 2, 28), D(2028, 2, 29)]


def test_the_last_day_of_february_of_a_common_year_is_the_28th():
    # Quý I/2027 is due on the last day of February 2027, its window opening with the quarter.
    deadline = parse_deadline("Quý I/2027 (ngày cuối cùng của tháng 2/2027)", year=None)
    assert isinstance(deadline, DateDeadline)
    assert (deadline.opens, deadline.date, deadline.before) == (
        D(2027, 1, 1),
        D(2027, 2, 28),
        False,
    )


def test_a_dash_that_begins_a_line_is_a_bullet_not_the_year_of_a_date():
    # A cell of two bulleted lines: a date of the plan year, then the year 2027.
    for phrase, day in (
        ("- Ngày 15 tháng 12\n- 2027", D(2026, 12, 15)),
        ("- Ngày cuối cùng của tháng 6\n- 2027", D(2026, 6, 30)),
    ):
        deadline = parse_deadline(phrase, year=2026)
        assert isinstance(deadline, Compound)
        first, second = deadline.parts
        assert first == DateDeadline(date=day)
        assert [(o.opens, o.due) for o in second.occurrences(day, D(2028, 12, 31))] == [
            (D(2027, 1, 1), D(2027, 12, 31))
        ]


def test_the_last_day_of_a_month_in_brackets_takes_the_year_of_the_period_before_it():
    # Written without its year, the last day of February is worked out in the quarter's
    # year: the 28th in 2027 (it was the 29th, a day 2027 lacks, and the bracket was a note).
    deadline = parse_deadline("Quý I/2027 (ngày cuối cùng của tháng 2)")
    assert isinstance(deadline, DateDeadline)
    assert (deadline.opens, deadline.due) == (D(2027, 1, 1), D(2027, 2, 28))
    leap = parse_deadline("Quý I/2028 (ngày cuối tháng 2)")
    assert (leap.opens, leap.due) == (D(2028, 1, 1), D(2028, 2, 29))


def test_a_bullet_year_on_a_line_of_its_own_is_not_the_year_of_the_month_above():
    deadline = parse_deadline("- Tháng 12\n- 2027", year=2026)
    assert [(w.opens, w.due) for w in deadline.windows] == [
        (D(2026, 12, 1), D(2026, 12, 31)),
        (D(2027, 1, 1), D(2027, 12, 31)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 10 tháng 3 - ngày 20 tháng 3 năm 2026",
        "Ngày 10/3 - 20/3/2026",
        "Ngày 10/3/2026 - ngày 20/3/2026",
        "Từ ngày 10/3 đến ngày 20/3/2026",
    ],
)
def test_two_dates_joined_by_a_dash_are_a_range_as_with_tu_and_den(phrase):
    deadline = parse_deadline(phrase)
    assert isinstance(deadline, DateDeadline)
    assert (deadline.opens, deadline.due) == (D(2026, 3, 10), D(2026, 3, 20))


def test_two_dated_bullets_stay_two_deadlines():
    deadline = parse_deadline("- Ngày 10/3/2026\n- ngày 20/3/2026")
    assert [o.due for o in deadline.occurrences(D(2026, 1, 1), D(2026, 12, 31))] == [
        D(2026, 3, 10),
        D(2026, 3, 20),
    ]


def test_a_date_whose_year_follows_a_dash_after_the_month_is_that_date():
    assert parse_deadline("Ngày 15 tháng 3-2026", year=2027).due == D(2026, 3, 15)


# ------------------------------------------------------- read since the helpers' reports


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Trong giai đoạn 2026 - 2030", [(D(2026, 1, 1), D(2030, 12, 31))]),
        ("trong thời kỳ 2026 - 2030", [(D(2026, 1, 1), D(2030, 12, 31))]),
    ],
)
def test_a_span_of_years_after_trong_giai_doan_is_those_years(phrase, expected):
    assert windows(phrase, None) == expected


def test_a_window_of_days_counted_ngay_mung_recurs_each_month():
    assert parse_deadline("ngày mùng 1 - 5 hằng tháng") == parse_deadline(
        "từ ngày 1 đến ngày 5 hằng tháng"
    )


def test_once_a_quarter_and_a_half_year_is_both_recurrences():
    deadline = parse_deadline("1 lần/quý, 6 tháng")
    assert isinstance(deadline, Compound)
    assert [p.unit for p in deadline.parts] == [PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR]


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        ("Cuối 2026", "Cuối năm 2026"),
        ("Đầu 2026", "Đầu năm 2026"),
        # Found by the fuzz test: "GIỮA" was kept as words before the year 2000, and the
        # phrase written back, "GIỮA năm 2000", read as the middle of the year.
        ("GIỮA2000", "giữa năm 2000"),
    ],
)
def test_a_point_of_a_year_written_without_nam_is_that_point(phrase, same_as):
    assert parse_deadline(phrase) == parse_deadline(same_as)


@pytest.mark.parametrize(
    ("phrase", "dues"),
    [
        ("Tháng 12 (hằng năm)", [D(2026, 12, 31), D(2027, 12, 31)]),
        ("Quý IV (hàng năm)", [D(2026, 12, 31), D(2027, 12, 31)]),
        ("Ngày 15/3 (hằng năm)", [D(2026, 3, 15), D(2027, 3, 15)]),
        # Tết Nguyên đán fell on 17 February 2026 and falls on 6 February 2027.
        ("Tết Nguyên đán (hằng năm)", [D(2026, 2, 17), D(2027, 2, 6)]),
        # "Định kỳ" as the action is no recurrence already (it was a note before 0.6.0).
        ("Định kỳ tháng 12 (hằng năm)", [D(2026, 12, 31), D(2027, 12, 31)]),
    ],
)
def test_every_year_in_brackets_after_a_deadline_without_a_year_recurs_every_year(phrase, dues):
    # Before 0.6.0 the bracket was a note, and the deadline took the plan year only.
    deadline = parse_deadline(phrase, year=2027)
    assert deadline == parse_deadline(phrase.replace("(", "").replace(")", ""), year=2027)
    assert [o.due for o in deadline.occurrences(D(2026, 1, 1), D(2027, 12, 31))] == dues


@pytest.mark.parametrize(
    ("phrase", "note"),
    [
        # A year written: the bracket cannot make a recurrence of one month.
        ("Tháng 12/2026 (hằng năm)", "hằng năm"),
        # A recurrence already: the bracket says it again.
        ("Hằng quý (hằng năm)", "hằng năm"),
        # Inside another bracket, a note as written: the brackets balance (before 0.6.0
        # the inner ones were dropped and the note was refused as unbalanced).
        ("Năm 2026 (ngày 15/3 (hằng năm))", "ngày 15/3 (hằng năm)"),
        ("Hằng quý (ngày 15/12 (hằng năm))", "ngày 15/12 (hằng năm)"),
        ("Theo quy định (hằng năm)", "hằng năm"),
    ],
)
def test_every_year_in_brackets_after_a_year_or_a_recurrence_stays_a_note(phrase, note):
    assert parse_deadline(phrase, year=2027).note == note


@pytest.mark.parametrize(
    ("phrase", "text", "field", "event"),
    [
        # A comma that ends the phrase or comes before ';' is not the event's (before
        # 0.6.0 "Sau khi có quyết định," kept it: since was "có quyết định,").
        ("Sau khi có quyết định,", "Sau khi có quyết định", "since", "có quyết định"),
        (
            "Từ ngày 1/3/2026 đến khi xong,",
            "Từ ngày 01/03/2026 đến khi xong",
            "until",
            "khi xong",
        ),
        (
            "Trong 15 ngày kể từ ngày nhận hồ sơ,",
            "Trong thời hạn 15 ngày kể từ ngày nhận hồ sơ",
            "trigger",
            "ngày nhận hồ sơ",
        ),
    ],
)
def test_a_final_comma_is_no_part_of_an_event(phrase, text, field, event):
    deadline = parse_deadline(phrase, year=2026)
    assert str(deadline) == text
    assert getattr(deadline, field) == event


def test_a_final_comma_before_a_semicolon_is_no_part_of_the_event():
    deadline = parse_deadline("Sau khi có quyết định, ; Quý I/2026", year=2026)
    assert deadline.parts[0] == parse_deadline("Sau khi có quyết định")
