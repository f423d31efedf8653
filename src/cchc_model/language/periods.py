"""Calendar periods of the Vietnamese planning year: month, quarter, half year, nine months, year.

A period (*kỳ*) is a run of whole months inside one calendar year.  Plans and reports
speak of *tháng* (month), *quý* (quarter, numbered in Roman numerals I–IV), *6 tháng đầu
năm / cuối năm* (first or second half), *9 tháng đầu năm* (the first nine months) and
*năm* (the year).  Each is a small frozen value that knows its first and last day:

>>> from cchc_model.language.periods import Quarter
>>> q = Quarter(2020, 1)
>>> str(q), q.start, q.end
('Quý I/2020', datetime.date(2020, 1, 1), datetime.date(2020, 3, 31))
>>> Quarter.of(datetime.date(2020, 8, 15))
Quarter(year=2020, quarter=3)
>>> q.next()
Quarter(year=2020, quarter=2)

A deadline given as a period is due on the period's last day; its window opens on the
first day (see :doc:`/deadlines`).
"""

from __future__ import annotations

import datetime
import enum
from typing import ClassVar, TypeVar

import attrs

from cchc_model import _validators as _v
from cchc_model.language import _datemath

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "HalfYear",
    "Month",
    "NineMonths",
    "Period",
    "PeriodUnit",
    "Quarter",
    "Year",
    "month_name_en",
    "period_of",
    "roman",
]

#: The earliest year the library accepts (the founding of the Democratic Republic of Viet Nam).
MIN_YEAR = 1945
#: The latest year the library accepts.
MAX_YEAR = 2100

_ROMAN = ("I", "II", "III", "IV")
# English month names, independent of the process locale (strftime's %B is not).
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def roman(number: int) -> str:
    """The Roman numeral of a quarter number, as Vietnamese documents write it.

    >>> roman(3)
    'III'

    Raises:
        ValueError: the number is not a quarter's (1 to 4).
    """
    if not 1 <= number <= len(_ROMAN):
        raise ValueError(f"a quarter is numbered 1 to 4, not {number!r}")
    return _ROMAN[number - 1]


def month_name_en(month: int) -> str:
    """The English name of a month, whatever the process locale.

    >>> month_name_en(2)
    'February'
    """
    return _MONTHS_EN[month - 1]


def _check_year(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(instance) is Period:
        raise TypeError("Period is abstract: build a Month, Quarter, HalfYear, NineMonths or Year")
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, not {value!r}")
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise ValueError(f"year {value} is outside {MIN_YEAR}–{MAX_YEAR}")


#: How a period's number past its bounds is refused (``_validators.IntegerIn`` fills it in).
_NUMBERED = "must be between {low} and {high}, not {value}"


class PeriodUnit(enum.Enum):
    """The kinds of period, each with the number of months it spans.

    >>> PeriodUnit.QUARTER.months
    3
    """

    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    NINE_MONTHS = "nine_months"
    YEAR = "year"

    # A member equals only itself, so it hashes as itself, in C: Enum's own hash of the
    # name runs in Python, and every period of a schedule looks its unit up.
    __hash__ = object.__hash__

    @property
    def months(self) -> int:
        """How many months one period of this unit spans."""
        return _UNIT_MONTHS[self]

    @property
    def label_vi(self) -> str:
        """The Vietnamese word for the unit (*tháng*, *quý*, *6 tháng*, *9 tháng*, *năm*)."""
        return _UNIT_VI[self]


_UNIT_MONTHS = {
    PeriodUnit.MONTH: 1,
    PeriodUnit.QUARTER: 3,
    PeriodUnit.HALF_YEAR: 6,
    PeriodUnit.NINE_MONTHS: 9,
    PeriodUnit.YEAR: 12,
}
_UNIT_VI = {
    PeriodUnit.MONTH: "tháng",
    PeriodUnit.QUARTER: "quý",
    PeriodUnit.HALF_YEAR: "6 tháng",
    PeriodUnit.NINE_MONTHS: "9 tháng",
    PeriodUnit.YEAR: "năm",
}

_P = TypeVar("_P", bound="Period")


@attrs.frozen
class Period:
    """A run of whole months inside one year: the base of :class:`Month`, :class:`Quarter`….

    Subclasses fix the :attr:`unit`; a period is identified by its year and its
    position (:attr:`index`) among the periods of that unit in the year.
    """

    unit: ClassVar[PeriodUnit]
    year: int = attrs.field(validator=_check_year)

    @property
    def index(self) -> int:
        """The period's 1-based position among its unit's periods in the year."""
        return 1

    @property
    def first_month(self) -> int:
        """The number (1–12) of the period's first month."""
        return (self.index - 1) * self.unit.months + 1

    @property
    def last_month(self) -> int:
        """The number (1–12) of the period's last month."""
        return self.first_month + self.unit.months - 1

    @property
    def start(self) -> datetime.date:
        """The period's first day, on which its window opens."""
        return datetime.date(self.year, self.first_month, 1)

    @property
    def end(self) -> datetime.date:
        """The period's last day, on which a deadline given as this period is due."""
        month = self.last_month
        return datetime.date(self.year, month, _datemath.days_in_month(self.year, month))

    @property
    def sort_key(self) -> tuple[datetime.date, datetime.date]:
        """The key ``(start, end)`` by which periods of any unit sort."""
        return (self.start, self.end)

    def contains(self, day: datetime.date) -> bool:
        """Whether ``day`` falls inside the period."""
        return self.start <= day <= self.end

    def _with_index(self: _P, year: int, index: int) -> _P:
        raise NotImplementedError

    def _count(self) -> int:
        return 12 // self.unit.months

    def next(self: _P) -> _P:
        """The following period of the same unit (next year's for :class:`NineMonths`)."""
        if self.index < self._count():
            return self._with_index(self.year, self.index + 1)
        return self._with_index(self.year + 1, 1)

    def previous(self: _P) -> _P:
        """The preceding period of the same unit."""
        if self.index > 1:
            return self._with_index(self.year, self.index - 1)
        return self._with_index(self.year - 1, self._count())

    def adjoins(self, other: Period) -> bool:
        """Whether ``other`` starts the day after this period ends."""
        return other.start - self.end == datetime.timedelta(days=1)

    @property
    def label_en(self) -> str:
        """An English label for integrators, e.g. ``'Q1 2020'``."""
        raise NotImplementedError


@attrs.frozen
class Month(Period):
    """A calendar month, *tháng*: ``Month(2020, 5)`` is *Tháng 5/2020*.

    >>> str(Month(2020, 5)), Month(2020, 5).end
    ('Tháng 5/2020', datetime.date(2020, 5, 31))
    """

    unit: ClassVar[PeriodUnit] = PeriodUnit.MONTH
    month: int = attrs.field(validator=_v.IntegerIn(1, 12, "a month " + _NUMBERED))

    @property
    def index(self) -> int:  # noqa: D102 - documented on Period
        return self.month

    def _with_index(self, year: int, index: int) -> Month:
        return Month(year, index)

    @classmethod
    def of(cls, day: datetime.date) -> Month:
        """The month containing ``day``."""
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"Tháng {self.month}/{self.year}"

    @property
    def label_en(self) -> str:  # noqa: D102 - documented on Period
        return f"{month_name_en(self.month)} {self.year}"


@attrs.frozen
class Quarter(Period):
    """A quarter, *quý*, numbered I–IV: ``Quarter(2020, 1)`` is *Quý I/2020*."""

    unit: ClassVar[PeriodUnit] = PeriodUnit.QUARTER
    quarter: int = attrs.field(validator=_v.IntegerIn(1, 4, "a quarter " + _NUMBERED))

    @property
    def index(self) -> int:  # noqa: D102 - documented on Period
        return self.quarter

    def _with_index(self, year: int, index: int) -> Quarter:
        return Quarter(year, index)

    @classmethod
    def of(cls, day: datetime.date) -> Quarter:
        """The quarter containing ``day``."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"Quý {roman(self.quarter)}/{self.year}"

    @property
    def label_en(self) -> str:  # noqa: D102 - documented on Period
        return f"Q{self.quarter} {self.year}"


@attrs.frozen
class HalfYear(Period):
    """A half year: ``HalfYear(2021, 1)`` is *6 tháng đầu năm 2021*, ``half=2`` *6 tháng cuối năm*.

    >>> str(HalfYear(2021, 2)), HalfYear(2021, 2).start
    ('6 tháng cuối năm 2021', datetime.date(2021, 7, 1))
    """

    unit: ClassVar[PeriodUnit] = PeriodUnit.HALF_YEAR
    half: int = attrs.field(validator=_v.IntegerIn(1, 2, "a half year " + _NUMBERED))

    @property
    def index(self) -> int:  # noqa: D102 - documented on Period
        return self.half

    def _with_index(self, year: int, index: int) -> HalfYear:
        return HalfYear(year, index)

    @classmethod
    def of(cls, day: datetime.date) -> HalfYear:
        """The half year containing ``day``."""
        return cls(day.year, 1 if day.month <= 6 else 2)

    def __str__(self) -> str:
        return f"6 tháng {'đầu' if self.half == 1 else 'cuối'} năm {self.year}"

    @property
    def label_en(self) -> str:  # noqa: D102 - documented on Period
        return f"H{self.half} {self.year}"


@attrs.frozen
class NineMonths(Period):
    """The first nine months of a year, *9 tháng đầu năm*, a usual reporting period.

    >>> NineMonths(2020).end
    datetime.date(2020, 9, 30)
    """

    unit: ClassVar[PeriodUnit] = PeriodUnit.NINE_MONTHS

    def _with_index(self, year: int, index: int) -> NineMonths:
        return NineMonths(year)

    def _count(self) -> int:
        return 1

    def __str__(self) -> str:
        return f"9 tháng đầu năm {self.year}"

    @property
    def label_en(self) -> str:  # noqa: D102 - documented on Period
        return f"9M {self.year}"


@attrs.frozen
class Year(Period):
    """A calendar year, *năm*: ``Year(2020)`` is *Năm 2020*."""

    unit: ClassVar[PeriodUnit] = PeriodUnit.YEAR

    def _with_index(self, year: int, index: int) -> Year:
        return Year(year)

    @classmethod
    def of(cls, day: datetime.date) -> Year:
        """The year containing ``day``."""
        return cls(day.year)

    def __str__(self) -> str:
        return f"Năm {self.year}"

    @property
    def label_en(self) -> str:  # noqa: D102 - documented on Period
        return str(self.year)


def period_of(unit: PeriodUnit, year: int, index: int = 1) -> Period:
    """The period of ``unit`` at position ``index`` in ``year``.

    >>> period_of(PeriodUnit.QUARTER, 2020, 4)
    Quarter(year=2020, quarter=4)

    Raises:
        ValueError: the index is not one of the unit's in a year (months 1–12, quarters
            1–4, halves 1–2, otherwise 1), or the year is outside
            :data:`MIN_YEAR`–:data:`MAX_YEAR`.
    """
    if unit is PeriodUnit.MONTH:
        return Month(year, index)
    if unit is PeriodUnit.QUARTER:
        return Quarter(year, index)
    if unit is PeriodUnit.HALF_YEAR:
        return HalfYear(year, index)
    if index != 1:
        raise ValueError(f"a {unit.value} period has only index 1, not {index}")
    if unit is PeriodUnit.NINE_MONTHS:
        return NineMonths(year)
    return Year(year)
