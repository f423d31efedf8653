"""Private machinery: the Vietnamese lunisolar calendar, computed from the Moon and the Sun.

Why not a library: ``holidays`` (a run-time dependency) carries the Gregorian dates of the
lunar *holidays* (Tết, Giỗ Tổ, Trung thu…) but no month table, and the lunar packages on
PyPI follow the Chinese calendar (UTC+8), which differs from the Vietnamese one (UTC+7) in
some years (Tết 1985, 2007).  This module is the published astronomical algorithm of
Hồ Ngọc Đức ("Thuật toán tính âm lịch", 2004), itself after Jean Meeus, *Astronomical
Algorithms* (1998): a month starts on the day (UTC+7) of a new moon; the 11th month holds
the winter solstice; a year of 13 months repeats the first month with no major solar term.
No tables: ``tests/test_lunar.py`` checks every Tết and Giỗ Tổ from 1901 to 2099 against the
dates the ``holidays`` package carries for Vietnam.
"""

from __future__ import annotations

import datetime
import functools
import math

__all__ = ["month_start", "months_of"]

_TZ = 7.0  # Vietnam's time zone, UTC+7
_SYNODIC = 29.530588853
_EPOCH = 2415021.076998695  # the new moon of 1 January 1900, in Julian days
_ORDINAL_TO_JD = 1721425  # date.toordinal() + this = Julian day number


def _jd(day: datetime.date) -> int:
    return day.toordinal() + _ORDINAL_TO_JD


def _date(jd: int) -> datetime.date:
    return datetime.date.fromordinal(jd - _ORDINAL_TO_JD)


def _new_moon(k: int) -> float:
    """The Julian date of the ``k``-th new moon after 1 January 1900 (Meeus, ch. 49)."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 -= 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 -= 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 -= 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _new_moon_day(k: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + _TZ / 24)


def _sun_sector(jdn: int) -> int:
    """Which of the 12 major solar terms (30° of longitude each) the Sun is in that day."""
    t = (jdn - 0.5 - _TZ / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    longitude -= 2 * math.pi * math.floor(longitude / (2 * math.pi))
    return math.floor(longitude / math.pi * 6)


@functools.lru_cache(maxsize=512)
def _month_11(year: int) -> int:
    """The Julian day the 11th lunar month (holding the winter solstice) of ``year`` starts."""
    k = math.floor((_jd(datetime.date(year, 12, 31)) - 2415021) / _SYNODIC)
    start = _new_moon_day(k)
    if _sun_sector(start) >= 9:
        start = _new_moon_day(k - 1)
    return start


def _k(jd: int) -> int:
    return math.floor((jd - _EPOCH) / _SYNODIC + 0.5)


@functools.lru_cache(maxsize=512)
def _leap_offset(a11: int) -> int:
    """How many months after the 11th month the leap month of a 13-month year falls."""
    k = _k(a11)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


@functools.lru_cache(maxsize=4096)
def month_start(year: int, month: int, *, leap: bool = False) -> tuple[datetime.date, int]:
    """The first day and the length of a lunar month of the lunar year whose Tết is in ``year``.

    >>> month_start(2027, 1)
    (datetime.date(2027, 2, 6), 30)
    """
    if month < 11:
        a11, b11 = _month_11(year - 1), _month_11(year)
    else:
        a11, b11 = _month_11(year), _month_11(year + 1)
    offset = (month - 11) % 12
    if b11 - a11 > 365:
        leap_offset = _leap_offset(a11)
        leap_month = (leap_offset - 2) % 12
        if leap and month != leap_month:
            raise ValueError(f"the lunar year {year} has no leap month {month}")
        if leap or offset >= leap_offset:
            offset += 1
    elif leap:
        raise ValueError(f"the lunar year {year} has no leap month")
    k = _k(a11) + offset
    start = _new_moon_day(k)
    return _date(start), _new_moon_day(k + 1) - start


@functools.lru_cache(maxsize=512)
def months_of(year: int) -> tuple[tuple[datetime.date, int], ...]:
    """The first day and length of every lunar month that starts in the Gregorian ``year``.

    >>> len(months_of(2027)), months_of(2027)[0]
    (13, (datetime.date(2027, 1, 8), 29))
    """
    first = _jd(datetime.date(year, 1, 1))
    last = _jd(datetime.date(year, 12, 31))
    k = _k(first) - 1
    months: list[tuple[datetime.date, int]] = []
    while True:
        start = _new_moon_day(k)
        if start > last:
            return tuple(months)
        if start >= first:
            months.append((_date(start), _new_moon_day(k + 1) - start))
        k += 1
