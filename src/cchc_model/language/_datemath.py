"""Private date arithmetic: month lengths, month offsets, clipping to a month's end."""

from __future__ import annotations

import datetime as dt

__all__ = [
    "add_months",
    "clip_day",
    "days_in_month",
    "from_month_index",
    "month_index",
    "why_not_a_date",
]

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year: int) -> bool:
    """Whether ``year`` is a Gregorian leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """The number of days in ``month`` of ``year``."""
    if month == 2 and is_leap(year):
        return 29
    return _DAYS[month - 1]


def month_index(year: int, month: int) -> int:
    """A running month number, so months can be added and compared as integers."""
    return year * 12 + (month - 1)


def from_month_index(index: int) -> tuple[int, int]:
    """The ``(year, month)`` of a running month number."""
    year, zero_based = divmod(index, 12)
    return year, zero_based + 1


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``months`` (which may be negative)."""
    return from_month_index(month_index(year, month) + months)


def clip_day(year: int, month: int, day: int) -> dt.date:
    """The ``day`` of a month, or the month's last day when the month is shorter.

    This is the "end of month" rule the deadline language applies to recurring days
    ("ngày 31 hàng tháng" falls on 30 April), unlike RFC 5545, which would skip the month.
    """
    return dt.date(year, month, min(day, days_in_month(year, month)))


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def why_not_a_date(year: int, month: int, day: int) -> str | None:
    """Why a year, month and day written in a date's notation make no date, or ``None``.

    >>> why_not_a_date(2020, 2, 30), why_not_a_date(2021, 2, 29), why_not_a_date(2020, 13, 1)
    ('February has no day 30', 'February 2021 has no day 29', 'a month is numbered 1 to 12, not 13')
    """
    if not 1 <= month <= 12:
        return f"a month is numbered 1 to 12, not {month}"
    if not 1 <= year <= 9999:
        return f"the year {year} is not a year of the calendar"
    if not 1 <= day <= days_in_month(year, month):
        if month == 2 and day == 29:
            return f"February {year} has no day 29"
        return f"{_MONTH_NAMES[month - 1]} has no day {day}"
    return None
