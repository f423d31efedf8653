"""Agencies, groups and the registry that resolves loose names."""

from __future__ import annotations

import pickle

import pytest

from cchc_model.plan.agencies import (
    Agency,
    AgencyGroup,
    AgencyLevel,
    AgencyRegistry,
    AmbiguousAgencyError,
    UnknownAgencyError,
    agency_key,
)

SNV = Agency(code="SNV", name="Sở Nội vụ", level=AgencyLevel.DEPARTMENT)
STC = Agency(code="STC", name="Sở Tài chính", level=AgencyLevel.DEPARTMENT)
STTTT = Agency(
    code="STTTT",
    name="Sở Thông tin và Truyền thông",
    level=AgencyLevel.DEPARTMENT,
    aliases=("Sở TT&TT", "Sở Thông tin và Truyền thôn"),
)
SKHDT = Agency(
    code="SKHDT",
    name="Sở Kế hoạch và Đầu tư",
    level=AgencyLevel.DEPARTMENT,
    aliases=("Sở KH&ĐT",),
)
LX = Agency(code="LX", name="Ủy ban nhân dân thành phố Long Xuyên", level=AgencyLevel.DISTRICT)
SBN = AgencyGroup(
    code="SBN",
    name="Các sở, ban, ngành",
    members=(SNV, STC, STTTT, SKHDT),
    aliases=("Các sở, ban ngành", "Sở, ban ngành"),
)
HUYEN = AgencyGroup(code="HUYEN", name="UBND cấp huyện", members=(LX,))
XA = AgencyGroup(code="XA", name="UBND cấp xã", open=True)
REGISTRY = AgencyRegistry(agencies=(SNV, STC, STTTT, SKHDT, LX), groups=(SBN, HUYEN, XA))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sở Nội vụ", SNV),
        ("SNV", SNV),
        ("  sở   nội VỤ ", SNV),
        ("So Noi vu", SNV),
        ("Sở TT & TT", STTTT),
        ("Sở Thông tin và Truyền thôn", STTTT),
        ("các sở, ban ngành", SBN),
        ("Sở , ban ngành", SBN),
        ("Ủy ban nhân dân cấp huyện", HUYEN),
        ("Uỷ ban nhân dân thành phố Long Xuyên", LX),
        ("UBND thành phố Long Xuyên", LX),
    ],
)
def test_a_name_resolves_whatever_its_case_spacing_and_spelling(name, expected):
    assert REGISTRY.resolve(name) is expected


def test_an_unknown_name_lists_the_closest_known_names():
    with pytest.raises(UnknownAgencyError) as caught:
        REGISTRY.resolve("Sở Tài chánh")
    assert str(caught.value) == "unknown agency 'Sở Tài chánh'; closest known names: 'Sở Tài chính'"
    assert isinstance(caught.value, LookupError)
    assert caught.value.suggestions == ("Sở Tài chính",)
    assert pickle.loads(pickle.dumps(caught.value)).suggestions == ("Sở Tài chính",)


def test_a_name_far_from_all_known_names_suggests_nothing():
    with pytest.raises(UnknownAgencyError) as caught:
        REGISTRY.resolve("Bộ Ngoại giao")
    assert str(caught.value) == "unknown agency 'Bộ Ngoại giao'"


def test_a_name_without_diacritics_that_fits_two_agencies_is_ambiguous():
    registry = AgencyRegistry(
        agencies=(
            Agency(code="A", name="Sở Tài chính", level=AgencyLevel.DEPARTMENT),
            Agency(code="B", name="Sở Tái chính", level=AgencyLevel.DEPARTMENT),
        )
    )
    with pytest.raises(AmbiguousAgencyError) as caught:
        registry.resolve("So Tai chinh")
    assert str(caught.value) == (
        "ambiguous agency 'So Tai chinh' without diacritics: it could be "
        "'Sở Tài chính' or 'Sở Tái chính'"
    )
    assert registry.resolve("Sở Tái chính").code == "B"


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("Các sở, ban ngành; UBND cấp huyện", ("SBN", "HUYEN")),
        (
            "Sở Tài chính, Sở Kế hoạch và Đầu tư; UBND cấp huyện, cấp xã",
            ("STC", "SKHDT", "HUYEN", "XA"),
        ),
        ("Sở, ban ngành và UBND cấp huyện", ("SBN", "HUYEN")),
        ("Sở TT&TT", ("STTTT",)),
    ],
)
def test_a_table_cell_resolves_to_every_agency_it_names(cell, codes):
    assert tuple(entry.code for entry in REGISTRY.resolve_all(cell)) == codes


def test_a_cell_with_an_unknown_part_is_refused():
    with pytest.raises(UnknownAgencyError, match="unknown agency 'Sở Ngoại vụ'"):
        REGISTRY.resolve_all("Sở Nội vụ; Sở Ngoại vụ")


def test_groups_know_their_members_and_agencies_their_groups():
    assert REGISTRY.members_of(SBN) == (SNV, STC, STTTT, SKHDT)
    assert REGISTRY.members_of(SNV) == (SNV,)
    assert REGISTRY.groups_of(SNV) == (SBN,)
    assert SNV in SBN
    assert XA.open
    assert REGISTRY.get("HUYEN") is HUYEN
    assert len(REGISTRY) == 8
    assert SNV in REGISTRY


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: AgencyRegistry(agencies=(SNV, SNV)), "the code 'SNV' is used twice"),
        (
            lambda: AgencyRegistry(
                agencies=(SNV, Agency(code="X", name="Sở Nội Vụ", level=AgencyLevel.DEPARTMENT))
            ),
            "the name 'Sở Nội Vụ' is given to both SNV and X",
        ),
        (lambda: AgencyRegistry(groups=(HUYEN,)), "'LX', a member of 'HUYEN', is not an agency"),
        (lambda: AgencyGroup(code="G", name="Nhóm"), "the closed group 'Nhóm' needs its members"),
        (lambda: AgencyGroup(code="G", name="Nhóm", members=(SNV, SNV)), "lists each member once"),
        (lambda: Agency(code="snv", name="Sở Nội vụ", level=AgencyLevel.DEPARTMENT), "code"),
        (lambda: Agency(code="SNV", name=" Sở  Nội vụ", level=AgencyLevel.DEPARTMENT), "single"),
    ],
)
def test_an_inconsistent_registry_is_refused(build, message):
    with pytest.raises(ValueError, match=message):
        build()


def test_the_matching_key_folds_case_spacing_tone_marks_and_ubnd():
    assert agency_key("Uỷ ban nhân dân  TỈNH") == agency_key("UBND tỉnh") == "ubnd tỉnh"
    assert REGISTRY.get("SBN").name == "Các sở, ban, ngành"
    with pytest.raises(UnknownAgencyError):
        REGISTRY.get("SNVV")


def test_a_cell_names_the_part_that_is_unknown_not_the_whole_cell():
    with pytest.raises(UnknownAgencyError) as caught:
        REGISTRY.resolve_all("Sở Nội vụ, Sở Ngoại giao")
    assert caught.value.name == "Sở Ngoại giao"


def test_ubnd_is_spelled_out_alike_with_or_without_diacritics():
    assert REGISTRY.resolve("Uy ban nhan dan thanh pho Long Xuyen") is LX
    assert REGISTRY.resolve("UBND thành phố Long Xuyên") is LX


def test_en_dashes_and_hyphens_match_alike():
    registry = AgencyRegistry(
        agencies=(
            Agency(
                code="LDTBXH",
                name="Sở Lao động - Thương binh và Xã hội",
                level=AgencyLevel.DEPARTMENT,
            ),
        )
    )
    assert registry.resolve("Sở Lao động – Thương binh và Xã hội").code == "LDTBXH"
