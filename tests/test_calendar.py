"""Vietnam's public-sector working calendar: the facts of the notices, layers and coverage."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model.scheduling.calendar import (
    CalendarCoverageError,
    CalendarLayer,
    DayChange,
    Source,
    WorkingCalendar,
    vietnam_calendar,
)

D = datetime.date
CAL = vietnam_calendar()
DAYS = st.dates(D(2018, 1, 1), D(2026, 12, 31))


def off(*days: D) -> list[bool]:
    return [CAL.is_working_day(day) for day in days]


def test_tet_2020_is_off_from_thursday_23_to_wednesday_29_january():
    assert CAL.is_working_day(D(2020, 1, 22))
    assert off(*(D(2020, 1, d) for d in range(23, 30))) == [False] * 7
    assert CAL.is_working_day(D(2020, 1, 30))


def test_reunification_and_labour_day_2020_are_off():
    assert off(D(2020, 4, 30), D(2020, 5, 1)) == [False, False]
    assert CAL.is_working_day(D(2020, 4, 29))
    assert CAL.is_working_day(D(2020, 5, 4))


def test_national_day_is_one_day_in_2020_and_two_from_2021():
    assert off(D(2020, 9, 1), D(2020, 9, 2), D(2020, 9, 3)) == [True, False, True]
    assert off(D(2021, 9, 1), D(2021, 9, 2), D(2021, 9, 3)) == [True, False, False]


def test_hung_kings_day_follows_the_lunar_calendar():
    assert not CAL.is_working_day(D(2020, 4, 2))  # 10/3 Canh Tý
    assert not CAL.is_working_day(D(2021, 4, 21))  # 10/3 Tân Sửu


def test_a_holiday_on_a_weekly_rest_day_gives_the_next_working_day_off():
    # 1/5/2021 was a Saturday: Monday 3/5/2021 was off instead (Labour Code 2019).
    assert not CAL.is_working_day(D(2021, 5, 3))


def test_make_up_saturdays_are_working_days_with_their_documents():
    status = CAL.status(D(2019, 5, 4))
    assert status.working
    assert status.reasons == ("Thứ Bảy", "Làm bù cho ngày nghỉ 29/04/2019")
    assert [source.document for source in status.sources][1:] == [
        "6519/VPCP-KGVX",
        "3238/TB-LĐTBXH",
    ]
    assert not CAL.is_working_day(D(2019, 4, 29))
    assert CAL.is_working_day(D(2019, 1, 5))
    assert not CAL.is_working_day(D(2018, 12, 31))


def test_a_weekend_is_off_and_says_so():
    status = CAL.status(D(2020, 6, 20))
    assert not status.working
    assert status.reasons == ("Thứ Bảy",)


def test_a_year_without_a_published_schedule_is_estimated_and_marked_so():
    assert not CAL.is_working_day(D(2030, 1, 1))  # Tết Dương lịch, from the Labour Code
    assert CAL.is_estimated(D(2030, 1, 2))
    assert CAL.status(D(2030, 1, 2)).estimated
    assert not CAL.is_estimated(D(2020, 1, 2))


def test_a_strict_calendar_refuses_estimates_by_name():
    strict = vietnam_calendar(strict=True)
    with pytest.raises(CalendarCoverageError) as caught:
        strict.is_working_day(D(2030, 1, 2))
    assert str(caught.value) == (
        "02/01/2030 is in a year without the Government's published schedule of days off "
        "(published: 2013–2026); a strict calendar refuses estimates"
    )
    assert isinstance(caught.value, LookupError)
    assert strict.is_working_day(D(2020, 1, 2))
    assert vietnam_calendar(estimate=False) == strict  # the 0.1 spelling
    assert CAL.strict() == strict
    assert strict.estimating() == CAL


def test_the_calendar_answers_2000_to_2100_and_refuses_other_years_by_name():
    assert CAL.is_working_day(D(2000, 1, 4))
    assert not CAL.is_working_day(D(2100, 1, 1))
    with pytest.raises(CalendarCoverageError, match=r"outside the years .* \(2000–2100\)"):
        CAL.is_working_day(D(1999, 12, 31))
    with pytest.raises(CalendarCoverageError):
        CAL.roll_forward(D(2101, 1, 1))


@settings(max_examples=200)
@given(st.dates(D(2000, 1, 1), D(2100, 12, 31)))
def test_the_calendar_answers_every_day_from_2000_to_2100(day):
    status = CAL.status(day)
    assert status.working is CAL.is_working_day(day)
    assert status.estimated is CAL.is_estimated(day)
    if day <= D(2100, 12, 20):
        assert CAL.roll_forward(day) >= day


def test_the_law_of_the_year_is_cited_for_its_holidays():
    assert [str(s) for s in CAL.status(D(2010, 4, 30)).sources] == [
        "Bộ luật Lao động 1994, Điều 73 (sửa đổi, bổ sung năm 2007)"
    ]
    assert [str(s) for s in CAL.status(D(2027, 4, 30)).sources] == [
        "Bộ luật Lao động 2019, Điều 112"
    ]


def test_a_province_layer_adds_its_own_days_with_their_source():
    decision = Source(document="01/QĐ-UBND", kind="Quyết định", issuer="UBND tỉnh An Giang")
    province = CAL.with_layer(
        CalendarLayer(
            name="UBND tỉnh An Giang",
            changes=(
                DayChange(date=D(2020, 6, 15), working=False, reason="Nghỉ", source=decision),
                DayChange(date=D(2020, 6, 20), working=True, reason="Làm bù", source=decision),
            ),
        )
    )
    assert not province.is_working_day(D(2020, 6, 15))
    assert province.is_working_day(D(2020, 6, 20))
    assert CAL.is_working_day(D(2020, 6, 15))  # the national calendar is unchanged
    assert province.status(D(2020, 6, 15)).sources == (decision,)


def test_working_days_are_counted_and_added_like_the_civil_code_counts():
    # Friday 6/3/2020 + 5 working days: the day itself is not counted (art. 147).
    assert CAL.add_working_days(D(2020, 3, 6), 5) == D(2020, 3, 13)
    assert CAL.add_working_days(D(2020, 3, 13), -5) == D(2020, 3, 6)
    assert CAL.add_working_days(D(2020, 3, 7), 0) == D(2020, 3, 7)
    assert CAL.working_days_between(D(2020, 1, 20), D(2020, 1, 31)) == 4
    # Back from 31/1 to 20/1: 20, 21, 22 and 30 January are working days.
    assert CAL.working_days_between(D(2020, 1, 31), D(2020, 1, 20)) == -4
    # 1/4 is a working day, 2/4/2020 is Giỗ Tổ Hùng Vương, 3/4 is a Friday.
    assert CAL.working_days_late(D(2020, 3, 31), D(2020, 4, 3)) == 2
    assert CAL.working_days_late(D(2020, 3, 31), D(2020, 3, 30)) == 0


def test_rolling_moves_to_the_next_or_previous_working_day():
    assert CAL.roll_forward(D(2020, 1, 24)) == D(2020, 1, 30)
    assert CAL.roll_backward(D(2020, 1, 24)) == D(2020, 1, 22)
    assert CAL.next_working_day(D(2020, 1, 22)) == D(2020, 1, 30)
    assert CAL.previous_working_day(D(2020, 1, 30)) == D(2020, 1, 22)
    assert CAL.roll_forward_all([D(2020, 1, 5), D(2020, 1, 6)]) == [D(2020, 1, 6)] * 2


def test_the_days_off_of_a_month_are_listed_with_their_reasons():
    found = list(CAL.days_off(D(2020, 4, 1), D(2020, 5, 31)))
    assert [status.date for status in found] == [D(2020, 4, 2), D(2020, 4, 30), D(2020, 5, 1)]
    assert all(status.reasons for status in found)


def test_a_calendar_without_statutory_holidays_has_only_weekends():
    plain = WorkingCalendar(name="chỉ cuối tuần", statutory=False)
    assert plain.is_working_day(D(2020, 1, 23))
    assert not plain.is_working_day(D(2020, 1, 25))


@given(DAYS)
def test_a_rolled_date_is_the_least_working_day_not_before_it(day):
    rolled = CAL.roll_forward(day)
    assert rolled >= day
    assert CAL.is_working_day(rolled)
    probe = day
    while probe < rolled:
        assert not CAL.is_working_day(probe)
        probe += datetime.timedelta(days=1)


@given(st.dates(D(2018, 3, 1), D(2026, 10, 31)), st.integers(-25, 25))
def test_adding_then_counting_working_days_agree(day, count):
    assert CAL.working_days_between(day, CAL.add_working_days(day, count)) == count


@given(st.dates(D(2018, 2, 1), D(2026, 11, 30)), st.integers(1, 25))
def test_adding_working_days_lands_on_a_working_day(day, count):
    assert CAL.is_working_day(CAL.add_working_days(day, count))


def test_sources_read_as_citations():
    status = CAL.status(D(2020, 4, 30))
    assert [str(source) for source in status.sources] == ["Bộ luật Lao động 2012, Điều 115"]
    assert str(CAL.status(D(2020, 6, 20)).sources[0]) == "Quyết định 188/1999/QĐ-TTg, Điều 1"
    notice = CAL.status(D(2020, 1, 23)).sources[-1]
    assert str(notice) == (
        "Thông báo 4544/TB-LĐTBXH ngày 25/10/2019 của Bộ Lao động - Thương binh và Xã hội"
    )


def test_the_culture_day_is_a_day_off_from_2026_under_the_national_assembly_resolution():
    # Nghị quyết 28/2026/QH16, Điều 2: 24/11 is Ngày Văn hóa Việt Nam, a paid day off,
    # in force from 01/07/2026 (not a Labour Code holiday).
    status = CAL.status(D(2026, 11, 24))
    assert not status.working
    assert "Nghị quyết 28/2026/QH16, Điều 2 (Ngày Văn hóa Việt Nam, từ 01/07/2026)" in [
        str(source) for source in status.sources
    ]
    assert CAL.is_working_day(D(2025, 11, 24))  # a Monday before the resolution
    assert not CAL.is_working_day(D(2027, 11, 24))  # a Wednesday, estimated
    assert CAL.is_estimated(D(2027, 11, 24))


def test_a_calendars_repr_says_its_official_years_whether_it_is_strict_and_its_layers():
    calendar = vietnam_calendar()
    assert calendar.covered is not None
    first, last = calendar.covered
    assert repr(calendar) == (
        f"<WorkingCalendar 'Việt Nam — khu vực công', official {first}–{last}, 1 layer>"
    )
    assert repr(calendar.strict()) == (
        f"<WorkingCalendar 'Việt Nam — khu vực công', official {first}–{last}, strict, 1 layer>"
    )


def test_the_days_off_of_a_window_include_its_last_day():
    new_year = datetime.date(2020, 1, 1)
    assert [status.date for status in vietnam_calendar().days_off(new_year, new_year)] == [new_year]


def test_adding_working_days_into_an_unpublished_year_on_a_strict_calendar_names_its_years():
    calendar = vietnam_calendar().strict()
    assert calendar.covered is not None
    last = calendar.covered[1]
    start = datetime.date(last, 12, 30)
    with pytest.raises(CalendarCoverageError) as refused:
        calendar.add_working_days(start, 5)
    assert refused.value.covered == calendar.covered
    assert refused.value.day == start
    assert refused.value.reached == datetime.date(last + 1, 1, 1)
    assert str(refused.value).startswith(
        f"30/12/{last} (the answer needs 01/01/{last + 1}) is in a year without"
    )


def test_a_calendar_without_official_years_is_never_called_strict():
    assert repr(WorkingCalendar(name="Lịch thử")) == "<WorkingCalendar 'Lịch thử', 0 layers>"


def test_a_provinces_own_day_off_and_working_day_come_with_their_reason_and_source():
    decision = Source(document="123/QĐ-UBND", kind="Quyết định")
    monday, saturday = datetime.date(2020, 6, 15), datetime.date(2020, 6, 20)
    calendar = (
        vietnam_calendar()
        .with_day_off(monday, "Nghỉ theo quyết định của tỉnh", decision, layer="An Giang")
        .with_working_day(saturday, "Làm bù theo quyết định của tỉnh", decision)
    )
    assert not calendar.is_working_day(monday)
    assert calendar.is_working_day(saturday)
    assert calendar.status(monday).reasons == ("Nghỉ theo quyết định của tỉnh",)
    assert calendar.status(saturday).reasons[-1] == "Làm bù theo quyết định của tỉnh"
    assert decision in calendar.status(monday).sources
    assert [layer.name for layer in calendar.layers][-2:] == ["An Giang", "bổ sung"]
    assert vietnam_calendar().is_working_day(monday)  # the national calendar is unchanged


def test_an_official_day_off_gives_the_notices_subject_and_a_make_up_day_the_day_it_replaces():
    calendar = vietnam_calendar()
    off = calendar.status(datetime.date(2024, 4, 29))
    assert not off.working
    assert (
        "Hoán đổi ngày làm việc dịp nghỉ lễ ngày Chiến thắng 30/4 và ngày Quốc tế lao động "
        "01/5 năm 2024 đối với cán bộ, công chức, viên chức và người lao động"
    ) in off.reasons
    assert "1570/TB-BLĐTBXH" in {source.document for source in off.sources}
    # 2015: the Saturday 14/02 was worked for the Monday 16/02 of the Tết holiday.
    made_up = calendar.status(datetime.date(2015, 2, 14))
    assert made_up.working
    assert "Làm bù cho ngày nghỉ 16/02/2015" in made_up.reasons


def test_a_day_changed_without_a_layer_name_goes_into_the_supplementary_layer():
    decision = Source(document="123/QĐ-UBND")
    monday, saturday = datetime.date(2020, 6, 15), datetime.date(2020, 6, 20)
    off = vietnam_calendar().with_day_off(monday, "Nghỉ theo quyết định của tỉnh", decision)
    assert off.layers[-1].name == "bổ sung"
    assert off.layers[-1].changes == (
        DayChange(
            date=monday, working=False, reason="Nghỉ theo quyết định của tỉnh", source=decision
        ),
    )
    worked = vietnam_calendar().with_working_day(saturday, "Làm bù", decision)
    assert worked.layers[-1].changes == (
        DayChange(date=saturday, working=True, reason="Làm bù", source=decision),
    )


_DECISION = Source(document="123/QĐ-UBND")
_MONDAY = datetime.date(2020, 6, 15)


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (
            lambda: DayChange(date=_MONDAY, working=None, reason="Nghỉ", source=_DECISION),
            TypeError,
            "working must be True or False, not None",
        ),
        (
            lambda: DayChange(date=_MONDAY, working=False, reason="Nghỉ", source=None),
            TypeError,
            "source must be a Source, not None",
        ),
        (
            lambda: DayChange(date=_MONDAY, working=False, reason=" ", source=_DECISION),
            ValueError,
            "reason must be non-empty text, not ' '",
        ),
        (
            lambda: DayChange(
                date=datetime.datetime(2020, 6, 15, 8),
                working=False,
                reason="Nghỉ",
                source=_DECISION,
            ),
            TypeError,
            "date must be a datetime.date, not datetime.datetime(2020, 6, 15, 8, 0)",
        ),
        (lambda: Source(document=""), ValueError, "document must be non-empty text, not ''"),
        (
            lambda: Source(document="1/TB", issued="2020-01-01"),
            TypeError,
            "issued must be a datetime.date, not '2020-01-01'",
        ),
        (
            lambda: CalendarLayer(name="", changes=()),
            ValueError,
            "name must be non-empty text, not ''",
        ),
        (
            lambda: CalendarLayer(name="Tỉnh", changes=[]),
            TypeError,
            "changes must be a tuple of DayChange",
        ),
    ],
)
def test_a_calendars_day_changes_layers_and_sources_are_checked_when_made(make, error, message):
    with pytest.raises(error) as refused:
        make()
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime.date(2019, 12, 15), datetime.date(2020, 1, 15)),  # one new year
        (datetime.date(2019, 12, 15), datetime.date(2022, 1, 15)),  # two whole years between
        (datetime.date(2020, 12, 31), datetime.date(2021, 1, 1)),  # the last and first days
    ],
)
def test_working_days_across_years_are_those_counted_one_day_at_a_time(start, end):
    def working(first: datetime.date, last: datetime.date) -> int:
        return sum(
            CAL.is_working_day(first + datetime.timedelta(days=n))
            for n in range((last - first).days + 1)
        )

    # After the start up to and including the end; backwards, minus the working days
    # from the end up to the day before the start.
    assert CAL.working_days_between(start, end) == working(start + datetime.timedelta(days=1), end)
    assert CAL.working_days_between(end, start) == -working(start, end - datetime.timedelta(days=1))


def test_a_roll_past_the_published_years_names_the_day_asked_and_the_day_it_needed():
    strict = vietnam_calendar(strict=True)
    assert strict.covered is not None
    last = datetime.date(strict.covered[1], 12, 31)
    following = last + datetime.timedelta(days=1)
    # A province's day off on the last published day rolls into a year not published.
    calendar = strict.with_day_off(
        last, "Nghỉ theo quyết định của tỉnh", Source(document="1/QĐ-UBND")
    )
    with pytest.raises(CalendarCoverageError) as refused:
        calendar.roll_forward(last)
    assert refused.value.day == last
    assert refused.value.reached == following
    assert str(refused.value).startswith(
        f"{last:%d/%m/%Y} (the answer needs {following:%d/%m/%Y}) is in a year"
    )


@pytest.mark.parametrize(
    ("day", "law"),
    [
        # New Year's Day under the law of its year: the 1994 code (as amended in 2007) to
        # 2012, the 2012 code from 2013 to 2020, the 2019 code from 2021.
        (datetime.date(2012, 1, 2), "Bộ luật Lao động 1994, Điều 73 (sửa đổi, bổ sung năm 2007)"),
        (datetime.date(2013, 1, 1), "Bộ luật Lao động 2012, Điều 115"),
        (datetime.date(2020, 1, 1), "Bộ luật Lao động 2012, Điều 115"),
        (datetime.date(2021, 1, 1), "Bộ luật Lao động 2019, Điều 112"),
        (datetime.date(2030, 1, 1), "Bộ luật Lao động 2019, Điều 112"),
    ],
)
def test_a_public_holiday_cites_the_labour_code_in_force_that_year(day, law):
    assert law in [str(source) for source in CAL.status(day).sources]


def test_the_culture_day_is_a_day_off_from_the_year_the_resolution_took_effect():
    # Nghị quyết 28/2026/QH16: from 01/07/2026; 24/11/2026 is a Tuesday.
    assert not CAL.is_working_day(datetime.date(2026, 11, 24))
    assert "Ngày Văn hóa Việt Nam" in CAL.status(datetime.date(2026, 11, 24)).reasons
    # 24/11/2025, a Monday, was a working day.
    assert CAL.is_working_day(datetime.date(2025, 11, 24))


def test_the_first_published_year_is_official_and_the_year_before_it_estimated():
    strict = vietnam_calendar(strict=True)
    assert strict.covered is not None
    first = strict.covered[0]
    assert not CAL.status(datetime.date(first, 6, 3)).estimated
    assert CAL.status(datetime.date(first - 1, 6, 4)).estimated


def test_a_weekend_day_is_off_by_the_decision_on_the_working_week():
    saturday = CAL.status(datetime.date(2020, 6, 6))
    assert not saturday.working
    assert saturday.reasons == ("Thứ Bảy",)
    assert [str(source) for source in saturday.sources] == ["Quyết định 188/1999/QĐ-TTg, Điều 1"]


def test_a_made_up_saturday_counts_once_as_a_working_day():
    # 2015: Saturday 14/02 was worked for Monday 16/02 of the Tết holiday.
    start, end = datetime.date(2015, 2, 9), datetime.date(2015, 2, 15)
    days = [start + datetime.timedelta(days=n) for n in range(1, (end - start).days + 1)]
    assert CAL.is_working_day(datetime.date(2015, 2, 14))
    assert CAL.working_days_between(start, end) == sum(CAL.is_working_day(d) for d in days) == 5
