"""Due-date rules and the reporting regime, with the law they follow."""

from __future__ import annotations

import datetime

import attrs

from cchc_model.language.deadlines import parse_deadline
from cchc_model.language.periods import HalfYear, Quarter, Year
from cchc_model.scheduling.calendar import vietnam_calendar
from cchc_model.scheduling.duedates import (
    CIVIL_CODE_148,
    NO_ROLL,
    PRECEDING_WORKING_DAY,
    DueDateRule,
    Roll,
)
from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS

D = datetime.date
CAL = vietnam_calendar()


def test_civil_code_148_moves_a_due_date_on_a_day_off_to_the_next_working_day():
    assert CIVIL_CODE_148.resolve(D(2020, 1, 24), CAL) == D(2020, 1, 30)
    assert CIVIL_CODE_148.resolve(D(2020, 1, 5), CAL) == D(2020, 1, 6)
    assert CIVIL_CODE_148.resolve(D(2020, 1, 6), CAL) == D(2020, 1, 6)
    assert CIVIL_CODE_148.source == "Bộ luật Dân sự 2015, Điều 148 khoản 5"


def test_the_other_rules_go_back_or_stay():
    assert PRECEDING_WORKING_DAY.resolve(D(2020, 1, 24), CAL) == D(2020, 1, 22)
    assert NO_ROLL.resolve(D(2020, 1, 24), CAL) == D(2020, 1, 24)


def test_a_province_can_write_its_own_rule():
    rule = DueDateRule(name="tinh", roll=Roll.BACKWARD, description="Trước ngày nghỉ")
    assert rule.resolve(D(2020, 5, 31), CAL) == D(2020, 5, 29)
    assert str(rule) == "tinh"


def test_working_days_after_an_event_resolve_on_the_calendar():
    deadline = parse_deadline("trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ")
    # Received on Wednesday 22/1/2020, just before Tết: days 1–5 are 30/1 … 5/2.
    assert deadline.resolve(D(2020, 1, 22), CAL) == D(2020, 2, 5)


def test_the_cchc_regime_has_four_reports_with_their_data_windows():
    reports = CCHC_PERIODIC_REPORTS.reports(2020)
    assert [(r.label, r.period, r.data_from, r.data_to, r.due) for r in reports] == [
        ("quý I", Quarter(2020, 1), D(2019, 12, 15), D(2020, 3, 14), D(2020, 3, 20)),
        ("6 tháng", HalfYear(2020, 1), D(2019, 12, 15), D(2020, 6, 14), D(2020, 6, 20)),
        ("quý III", Quarter(2020, 3), D(2020, 6, 15), D(2020, 9, 14), D(2020, 9, 20)),
        ("năm", Year(2020), D(2019, 12, 15), D(2020, 12, 14), D(2020, 12, 20)),
    ]


def test_a_relative_deadline_resolves_for_each_report_period():
    deadline = parse_deadline("ngày 20 của tháng cuối kỳ báo cáo")
    dues = [deadline.resolve(r.period) for r in CCHC_PERIODIC_REPORTS.reports(2020)]
    assert dues == [D(2020, 3, 20), D(2020, 6, 20), D(2020, 9, 20), D(2020, 12, 20)]


def test_a_province_may_set_an_earlier_due_day():
    earlier = attrs.evolve(CCHC_PERIODIC_REPORTS, due_day=10)
    assert [r.due.day for r in earlier.reports(2021)] == [10, 10, 10, 10]


def test_a_regime_refuses_days_no_month_has():
    import pytest

    with pytest.raises(ValueError) as early:  # noqa: PT011 - the message is compared whole
        attrs.evolve(CCHC_PERIODIC_REPORTS, cutoff_day=1)
    assert str(early.value) == "cutoff_day, the day the data are cut off, is 2 to 28, not 1"
    with pytest.raises(ValueError) as late:  # noqa: PT011 - the message is compared whole
        attrs.evolve(CCHC_PERIODIC_REPORTS, due_day=32)
    assert str(late.value) == "due_day, the day the report is due, is 1 to 31, not 32"
    with pytest.raises(TypeError):
        attrs.evolve(CCHC_PERIODIC_REPORTS, due_day=True)
