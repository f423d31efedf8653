"""Periods: months, quarters, half years, nine months and years."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_model import strategies
from cchc_model.language.periods import (
    HalfYear,
    Month,
    NineMonths,
    Period,
    PeriodUnit,
    Quarter,
    Year,
    period_of,
    roman,
)

D = datetime.date


@pytest.mark.parametrize(
    ("period", "text", "start", "end"),
    [
        (Month(2020, 2), "Tháng 2/2020", D(2020, 2, 1), D(2020, 2, 29)),
        (Month(2021, 2), "Tháng 2/2021", D(2021, 2, 1), D(2021, 2, 28)),
        (Quarter(2020, 1), "Quý I/2020", D(2020, 1, 1), D(2020, 3, 31)),
        (Quarter(2020, 4), "Quý IV/2020", D(2020, 10, 1), D(2020, 12, 31)),
        (HalfYear(2021, 1), "6 tháng đầu năm 2021", D(2021, 1, 1), D(2021, 6, 30)),
        (HalfYear(2021, 2), "6 tháng cuối năm 2021", D(2021, 7, 1), D(2021, 12, 31)),
        (NineMonths(2020), "9 tháng đầu năm 2020", D(2020, 1, 1), D(2020, 9, 30)),
        (Year(2020), "Năm 2020", D(2020, 1, 1), D(2020, 12, 31)),
    ],
)
def test_a_period_is_written_in_vietnamese_and_spans_whole_months(period, text, start, end):
    assert (str(period), period.start, period.end) == (text, start, end)


def test_the_quarter_of_a_date_is_the_quarter_containing_it():
    assert Quarter.of(D(2020, 8, 15)) == Quarter(2020, 3)
    assert Month.of(D(2020, 8, 15)) == Month(2020, 8)
    assert HalfYear.of(D(2020, 8, 15)) == HalfYear(2020, 2)
    assert Year.of(D(2020, 8, 15)) == Year(2020)


def test_the_quarter_after_the_fourth_is_the_first_of_next_year():
    assert Quarter(2020, 4).next() == Quarter(2021, 1)
    assert Quarter(2021, 1).previous() == Quarter(2020, 4)
    assert Month(2020, 12).next() == Month(2021, 1)
    assert NineMonths(2020).next() == NineMonths(2021)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Quarter(2020, 5), "a quarter must be between 1 and 4, not 5"),
        (lambda: Month(2020, 0), "a month must be between 1 and 12, not 0"),
        (lambda: HalfYear(2020, 3), "a half year must be between 1 and 2, not 3"),
        (lambda: Year(1944), "year 1944 is outside 1945–2100"),
        (lambda: Year(2101), "year 2101 is outside 1945–2100"),
    ],
)
def test_a_period_outside_the_calendar_is_refused(build, message):
    with pytest.raises(ValueError, match=message):
        build()


def test_a_period_year_must_be_an_integer():
    with pytest.raises(TypeError, match="year must be an int"):
        Year("2020")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="year must be an int"):
        Year(True)


def test_quarters_are_numbered_in_roman_numerals():
    assert [roman(q) for q in range(1, 5)] == ["I", "II", "III", "IV"]


def test_period_of_builds_each_unit_and_refuses_an_index_a_unit_lacks():
    assert period_of(PeriodUnit.NINE_MONTHS, 2020) == NineMonths(2020)
    assert period_of(PeriodUnit.YEAR, 2020) == Year(2020)
    with pytest.raises(ValueError, match="only index 1"):
        period_of(PeriodUnit.YEAR, 2020, 2)


def test_english_labels_name_each_period():
    labels = [p.label_en for p in (Month(2020, 5), Quarter(2020, 1), HalfYear(2020, 2))]
    assert labels == ["May 2020", "Q1 2020", "H2 2020"]
    assert (NineMonths(2020).label_en, Year(2020).label_en) == ("9M 2020", "2020")


@given(strategies.periods())
def test_next_starts_the_day_after_a_period_ends(period):
    if period.unit is not PeriodUnit.NINE_MONTHS:
        assert period.adjoins(period.next())
        assert period.previous().next() == period
    assert period.start <= period.end
    assert period.contains(period.start)
    assert period.contains(period.end)


@given(st.dates(D(1946, 1, 1), D(2099, 12, 31)))
def test_every_day_lies_in_exactly_its_own_month_quarter_and_half(day):
    for period in (Month.of(day), Quarter.of(day), HalfYear.of(day), Year.of(day)):
        assert period.contains(day)
        assert not period.next().contains(day)


@pytest.mark.parametrize("number", [0, 5, -1])
def test_a_number_that_is_no_quarter_has_no_roman_numeral(number):
    # roman(0) once gave 'IV' (the last numeral, by a negative index).
    with pytest.raises(ValueError, match=f"a quarter is numbered 1 to 4, not {number}"):
        roman(number)


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda: Month(2020, True), TypeError, "month must be an int, not True"),
        (lambda: Month(2020, "1"), TypeError, "month must be an int, not '1'"),
        (lambda: Month(2020, 1.0), TypeError, "month must be an int, not 1.0"),
        (lambda: Quarter(2020, 0), ValueError, "a quarter must be between 1 and 4, not 0"),
        (lambda: HalfYear(2020, 0), ValueError, "a half year must be between 1 and 2, not 0"),
        (lambda: Month(2020, 13), ValueError, "a month must be between 1 and 12, not 13"),
        (lambda: Month(2020, 0), ValueError, "a month must be between 1 and 12, not 0"),
        (lambda: Quarter(2020, 5), ValueError, "a quarter must be between 1 and 4, not 5"),
        (lambda: HalfYear(2020, 3), ValueError, "a half year must be between 1 and 2, not 3"),
        (lambda: HalfYear(2020, False), TypeError, "half must be an int, not False"),
    ],
)
def test_a_period_is_numbered_within_its_year(make, error, message):
    with pytest.raises(error) as refused:
        make()
    assert str(refused.value) == message


def test_the_first_and_last_numbers_of_a_year_are_periods():
    assert [Month(2020, 1).month, Month(2020, 12).month] == [1, 12]
    assert [Quarter(2020, 1).quarter, Quarter(2020, 4).quarter] == [1, 4]
    assert [HalfYear(2020, 1).half, HalfYear(2020, 2).half] == [1, 2]


def test_the_last_year_of_the_calendar_has_its_periods():
    assert Year(2100).end == datetime.date(2100, 12, 31)
    assert Month(2100, 12).end == datetime.date(2100, 12, 31)


def test_a_period_is_built_as_one_of_its_kinds():
    with pytest.raises(
        TypeError,
        match=r"^Period is abstract: build a Month, Quarter, HalfYear, NineMonths or Year$",
    ):
        Period(2020)
