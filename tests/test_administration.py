"""Provinces over time: the 63 until 30/06/2025, the 34 from 01/07/2025, and their tiers.

Facts from Nghị quyết 202/2025/QH15 (12/06/2025) and its list of the new units, Quyết
định 19/2025/QĐ-TTg (codes), Nghị quyết 175/2024/QH15 (Huế) and Luật 72/2025/QH15 (two
tiers), as cited in ``cchc_model/data/provinces.json``.
"""

from __future__ import annotations

import datetime
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_model.plan.administration import (
    FIRST_KNOWN,
    UnknownProvinceError,
    local_levels_on,
    province,
    provinces_on,
)

D = datetime.date
BEFORE, AFTER = D(2025, 6, 30), D(2025, 7, 1)


def test_there_are_63_provinces_until_the_merger_and_34_from_1_july_2025():
    assert len(provinces_on(D(2020, 1, 1))) == 63
    assert len(provinces_on(BEFORE)) == 63
    assert len(provinces_on(AFTER)) == 34
    assert len(provinces_on(D(2027, 1, 1))) == 34


def test_the_34_units_are_28_provinces_and_6_centrally_run_cities():
    units = provinces_on(AFTER)
    cities = {p.name for p in units if p.is_city}
    assert cities == {"Cần Thơ", "Hà Nội", "Huế", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"}


def test_every_old_province_forms_exactly_one_new_unit():
    old = {p.name for p in provinces_on(BEFORE)}
    formed = [name for p in provinces_on(AFTER) for name in p.formed_from]
    assert sorted(formed) == sorted(old)


@pytest.mark.parametrize(
    ("new", "old", "centre"),
    [
        ("An Giang", ("An Giang", "Kiên Giang"), "Rạch Giá"),
        ("Tuyên Quang", ("Tuyên Quang", "Hà Giang"), "Tuyên Quang"),
        ("Ninh Bình", ("Ninh Bình", "Hà Nam", "Nam Định"), "Hoa Lư"),
        ("Hồ Chí Minh", ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"), "Hồ Chí Minh"),
        ("Cà Mau", ("Cà Mau", "Bạc Liêu"), "Cà Mau"),
    ],
)
def test_a_merged_unit_knows_what_it_was_formed_from_and_its_seat(new, old, centre):
    unit = province(new, on=D(2026, 1, 1))
    assert unit.formed_from == old
    assert unit.centre == centre


def test_a_code_belongs_to_a_period_the_new_unit_took_its_seats_old_code():
    assert province("An Giang", on=BEFORE).code == "89"
    assert province("Kiên Giang", on=BEFORE).code == "91"
    assert province("An Giang", on=AFTER).code == "91"
    assert province("91", on=AFTER).name == "An Giang"


@pytest.mark.parametrize(
    "name",
    [
        "An Giang",
        "tỉnh An Giang",
        "TỈNH AN GIANG",
        "  an   giang ",
        "Tỉnh An Giang",
        "tinh an giang",
    ],
)
def test_a_province_is_found_whatever_the_case_spacing_and_kind(name):
    assert province(name, on=AFTER).code == "91"


def test_a_city_is_found_with_or_without_its_kind_and_by_the_usual_abbreviations():
    for name in ("Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP HCM", "TPHCM"):
        assert province(name, on=AFTER).code == "79", name
    assert province("Ha Noi", on=AFTER).full_name == "Thành phố Hà Nội"


def test_a_merged_province_is_refused_with_the_unit_it_joined():
    with pytest.raises(UnknownProvinceError) as caught:
        province("Kiên Giang", on=D(2026, 3, 1))
    error = caught.value
    assert isinstance(error, LookupError)
    assert error.successor is not None
    assert error.successor.name == "An Giang"
    assert str(error).startswith(
        "'Kiên Giang' is no longer a province on 01/03/2026: since 01/07/2025 it is part of "
        "Tỉnh An Giang (Nghị quyết số 202/2025/QH15"
    )
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_a_renamed_province_is_refused_with_its_new_name():
    assert province("Thừa Thiên Huế", on=D(2024, 12, 31)).full_name == "Tỉnh Thừa Thiên Huế"
    with pytest.raises(UnknownProvinceError, match="since 01/01/2025 it is Thành phố Huế"):
        province("Thừa Thiên Huế", on=D(2025, 1, 1))


def test_an_unknown_province_names_the_closest():
    with pytest.raises(UnknownProvinceError, match="closest: An Giang"):
        province("An Giangg", on=AFTER)


def test_the_data_start_on_1_august_2008():
    assert D(2008, 8, 1) == FIRST_KNOWN
    with pytest.raises(UnknownProvinceError, match="known from 01/08/2008"):
        provinces_on(D(2008, 7, 31))


def test_the_district_level_exists_until_30_june_2025_and_not_after():
    assert local_levels_on(BEFORE) == ("tỉnh", "huyện", "xã")
    assert local_levels_on(AFTER) == ("tỉnh", "xã")


@given(st.dates(FIRST_KNOWN, D(2040, 12, 31)))
def test_every_province_of_a_date_is_found_by_its_name_and_its_code_on_that_date(day):
    for unit in provinces_on(day):
        assert province(unit.name, on=day) == unit
        assert province(unit.full_name, on=day) == unit
        assert province(unit.code, on=day) == unit
