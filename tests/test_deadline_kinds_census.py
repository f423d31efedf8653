"""The deadline kinds at their edges: tests that close survivors of a mutation run.

They close the survivors of the full mutation run of ``language/deadlines.py`` at commit
a9402ab that a test can tell apart: windows of one kind that overlap, named in the
refusal; a recurrence that starts and ends on one day, and the whole message that
refuses one ending before its start; a day window or its month given to a recurrence
with no day; "hằng tuần" with a time or a part of the day but no day of the week; a
phase due for a month and for the half year that ends with it, on one day; and an
onward span asked for years past 2100, the last year the library reads.  The expected
answers are worked out from what each value means (a period is due on its last day, the
first half of 2026 and June 2026 both end on 30 June), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
    DayPart,
    PeriodDeadline,
    PeriodUnit,
    Quarter,
    Recurring,
    Weekly,
    Window,
    parse_deadline,
)

D = datetime.date


def test_windows_of_one_kind_that_overlap_are_refused_naming_both():
    # The first half of the year as two quarters, then the second quarter again: the
    # second quarter is in both windows.
    windows = (Window(Quarter(2026, 1), Quarter(2026, 2)), Window.of(Quarter(2026, 2)))
    with pytest.raises(ValueError, match=r"of one kind overlap$") as caught:
        PeriodDeadline(windows=windows)
    assert str(caught.value) == (
        "windows Quý I/2026 - Quý II/2026 and Quý II/2026 of one kind overlap"
    )


def test_a_recurrence_that_starts_and_ends_on_one_day_is_due_that_day_if_it_is_a_due_day():
    # The 5th of each month, from 5 March 2026 to 5 March 2026: only 5 March is owed.
    deadline = Recurring(unit=PeriodUnit.MONTH, day=5, start=D(2026, 3, 5), end=D(2026, 3, 5))
    assert [o.due for o in deadline.occurrences(D(2026, 1, 1), D(2026, 12, 31))] == [D(2026, 3, 5)]
    assert str(deadline) == "Từ ngày 05/03/2026 đến ngày 05/03/2026, ngày 05 hàng tháng"
    assert parse_deadline(str(deadline)) == deadline


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (
            D(2026, 7, 1),
            D(2026, 6, 30),
            "a recurrence ends (2026-06-30) on or after its start (2026-07-01), "
            "and has a start if it has an end",
        ),
        (
            None,
            D(2026, 12, 31),
            "a recurrence ends (2026-12-31) on or after its start (None), "
            "and has a start if it has an end",
        ),
    ],
)
def test_a_recurrence_that_ends_before_its_start_or_without_one_is_refused_with_the_rule(
    start, end, message
):
    with pytest.raises(ValueError, match=r"^a recurrence ends") as caught:
        Recurring(unit=PeriodUnit.MONTH, start=start, end=end)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "build",
    [
        # "từ ngày 1 … hằng tháng" with no day it runs to.
        lambda: Recurring(unit=PeriodUnit.MONTH, from_day=1),
        # The month a window opens in (the month before each quarter), with no day at all.
        lambda: Recurring(unit=PeriodUnit.QUARTER, from_month=0),
    ],
)
def test_a_window_opening_or_its_month_given_to_a_recurrence_without_a_day_is_refused(build):
    with pytest.raises(ValueError, match=r"need a day$") as caught:
        build()
    assert str(caught.value) == "month, before, from_day, from_month and time need a day"


@pytest.mark.parametrize(
    "build",
    [
        # "16 giờ hằng tuần": a time, but on no day of the week.
        lambda: Weekly(weekday=None, time=datetime.time(16, 0)),
        # "sáng hằng tuần": a morning, but of no day of the week.
        lambda: Weekly(weekday=None, part=DayPart.MORNING),
    ],
)
def test_every_week_without_a_day_of_the_week_takes_no_time_and_no_part_of_the_day(build):
    with pytest.raises(ValueError, match=r"^'hằng tuần' without") as caught:
        build()
    assert str(caught.value) == "'hằng tuần' without a day of the week is due at the week's end"


def test_a_phase_due_for_june_and_for_the_first_half_year_lists_both_on_30_june():
    # June 2026 and the first half of 2026 both end on 30 June 2026; the half year opens
    # on 1 January, June on 1 June.  December 2026 ends on 31 December.
    deadline = parse_deadline("- Báo cáo tháng 6 và 6 tháng đầu năm 2026 - Tổng kết tháng 12/2026")
    found = deadline.occurrences(D(2026, 1, 1), D(2026, 12, 31))
    assert [(o.milestone, o.opens, o.due) for o in found] == [
        ("báo cáo", D(2026, 1, 1), D(2026, 6, 30)),
        ("báo cáo", D(2026, 6, 1), D(2026, 6, 30)),
        ("tổng kết", D(2026, 12, 1), D(2026, 12, 31)),
    ]


def test_an_onward_span_is_due_at_the_end_of_each_year_up_to_2100_the_last_year_read():
    # "Năm 2099 và các năm tiếp theo", asked through 2102: the library reads years up to
    # 2100, so the span is due on 31 December 2099 and 2100, as a yearly report is.
    onward = parse_deadline("Năm 2099 và các năm tiếp theo")
    found = onward.occurrences(D(2099, 1, 1), D(2102, 12, 31))
    assert [(o.opens, o.due) for o in found] == [
        (D(2099, 1, 1), D(2099, 12, 31)),
        (D(2100, 1, 1), D(2100, 12, 31)),
    ]
    yearly = parse_deadline("Hàng năm")
    assert [o.due for o in yearly.occurrences(D(2099, 1, 1), D(2102, 12, 31))] == [
        D(2099, 12, 31),
        D(2100, 12, 31),
    ]
