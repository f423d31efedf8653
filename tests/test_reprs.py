"""Reprs stay short whatever the value's size: a plan, its registry, a calendar."""

from __future__ import annotations

import datetime

from cchc_model import datasets, registry_on, vietnam_calendar


def test_the_big_values_have_reprs_that_fit_on_a_line():
    plan = datasets.load("an-giang-2020")
    calendar = vietnam_calendar()
    for value in (
        plan,
        plan.agencies,
        plan.areas[0],
        plan.agencies.get("SBN"),
        calendar,
        calendar.layers[0],
        registry_on(datetime.date(2027, 1, 1), "An Giang"),
    ):
        assert len(repr(value)) <= 120, repr(value)


def test_the_reprs_say_what_the_value_is_and_how_big():
    plan = datasets.load("an-giang-2020")
    assert repr(plan) == (
        "<Plan 'Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang năm 2020' (2020): "
        "7 areas, 63 tasks>"
    )
    assert repr(registry_on(datetime.date(2027, 1, 1))) == (
        "<AgencyRegistry: 36 agencies, 7 groups, 10 defunct>"
    )
