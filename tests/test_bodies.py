"""The bodies every province has on a date, before and after the 2025 mergers.

The departments, both tiers of local government, the defunct names and what replaced
them.  The facts: Nghị định 24/2014/NĐ-CP as amended by 107/2020/NĐ-CP (17 departments in every
province until 28/02/2025); Nghị định 45/2025/NĐ-CP (12 from 01/03/2025; Đồng Nai HĐND
portal, 28/02/2025) and 150/2025/NĐ-CP; the merged names as VnExpress reported the central
guidance (12/01/2025) and Hà Tĩnh's departments opened on 01/03/2025 (Lao Động); Luật
72/2025/QH15 (no district level from 01/07/2025).  The abbreviations are those of real
documents: "608/TTr-SKHĐT" (Thái Nguyên 2012), "190/TTr-SNNPTNT" (An Giang 2021),
"1342/TTr-STTTT" (Thanh Hóa 2020), "1403/TTr-SLĐTBXH" (Tây Ninh 2013), "944/TTr-SNV" (An
Giang 2018), "89/TTr-SKHCN" (Đồng Nai 2024), and the press: "Sở TN&MT", "Sở NN-PTNT",
"Sở VH-TT&DL", "Sở LĐ-TB-XH".
"""

from __future__ import annotations

import datetime
import json
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_model import datasets, registry_on
from cchc_model.plan.administration import UnknownProvinceError, provinces_on
from cchc_model.plan.agencies import (
    Agency,
    AgencyGroup,
    AgencyLevel,
    AgencyRegistry,
    DefunctAgency,
    DefunctAgencyError,
    UnknownAgencyError,
)
from cchc_model.plan.bodies import extended, outdated_names

D = datetime.date
Y2024, Y2026 = D(2024, 6, 1), D(2026, 6, 1)

# (name as written, code before 01/03/2025, code after), or None where the body is gone.
MERGERS = [
    ("Sở Kế hoạch và Đầu tư", "SKHDT", "STC"),
    ("SKHĐT", "SKHDT", "STC"),
    ("Sở Lao động - Thương binh và Xã hội", "SLDTBXH", "SNV"),
    ("Sở LĐ-TB-XH", "SLDTBXH", "SNV"),
    ("SLĐTBXH", "SLDTBXH", "SNV"),
    ("Sở Thông tin và Truyền thông", "STTTT", "SKHCN"),
    ("STTTT", "STTTT", "SKHCN"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", "SNNMT"),
    ("Sở NN-PTNT", "SNNPTNT", "SNNMT"),
    ("SNNPTNT", "SNNPTNT", "SNNMT"),
    ("Sở TN&MT", "STNMT", "SNNMT"),
    ("Sở Giao thông vận tải", "SGTVT", "SXD"),
    ("Ban Dân tộc", "BDT", "SDTTG"),
]


@pytest.mark.parametrize(("name", "before", "after"), MERGERS)
def test_a_merged_departments_name_resolves_before_and_names_its_successor_after(
    name, before, after
):
    assert registry_on(Y2024).resolve(name).code == before
    with pytest.raises(DefunctAgencyError) as caught:
        registry_on(Y2026).resolve(name)
    assert [s.code for s in caught.value.successors] == [after]
    assert caught.value.defunct.code == before
    assert isinstance(caught.value, UnknownAgencyError)
    assert isinstance(caught.value, LookupError)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Sở Nội vụ", "SNV"),
        ("SNV", "SNV"),
        ("Sở Tài chính", "STC"),
        ("Sở Xây dựng", "SXD"),
        ("Sở Khoa học và Công nghệ", "SKHCN"),
        ("SKHCN", "SKHCN"),
        ("Sở VH-TT&DL", "SVHTTDL"),
        ("Sở GD&ĐT", "SGDDT"),
        ("Sở Y tế", "SYT"),
        ("Thanh tra tỉnh", "TTR_TINH"),
        ("Văn phòng UBND tỉnh", "VPUBND"),
        ("Sở Tư pháp", "STP"),
        ("Sở Công Thương", "SCT"),
    ],
)
def test_a_department_that_kept_its_name_resolves_on_both_sides_of_the_merger(name, code):
    assert registry_on(Y2024).resolve(name).code == code
    assert registry_on(Y2026).resolve(name).code == code


def test_the_new_departments_exist_only_from_1_march_2025():
    with pytest.raises(UnknownAgencyError) as caught:
        registry_on(Y2024).resolve("Sở Nông nghiệp và Môi trường")
    assert not isinstance(caught.value, DefunctAgencyError)
    assert registry_on(D(2025, 2, 28)).resolve("Sở KH&ĐT").code == "SKHDT"
    assert registry_on(D(2025, 3, 1)).resolve("Sở NN&MT").code == "SNNMT"
    assert registry_on(D(2025, 3, 1)).resolve("Sở Dân tộc và Tôn giáo").code == "SDTTG"


def test_seventeen_departments_in_every_province_until_the_merger_and_twelve_after():
    before = registry_on(D(2025, 2, 28)).resolve("Các sở, ban, ngành")
    after = registry_on(D(2025, 3, 1)).resolve("Các sở, ban, ngành")
    assert isinstance(before, AgencyGroup)
    assert isinstance(after, AgencyGroup)
    assert len(before.members) == 17
    assert [m.name for m in after.members] == [
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Sở Tài chính",
        "Sở Công Thương",
        "Sở Nông nghiệp và Môi trường",
        "Sở Xây dựng",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ",
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Thanh tra tỉnh",
    ]


def test_the_district_tier_exists_until_30_june_2025_and_its_name_then_points_to_the_communes():
    before, after = registry_on(D(2025, 6, 30)), registry_on(D(2025, 7, 1))
    assert before.resolve("UBND cấp huyện").code == "HUYEN"
    assert before.resolve("UBND các huyện, thị xã, thành phố").code == "HUYEN"
    assert after.resolve("UBND cấp xã").code == "XA"
    assert after.resolve("UBND các xã, phường").code == "XA"
    assert after.resolve("UBND xã, phường, đặc khu").code == "XA"
    with pytest.raises(DefunctAgencyError, match="since 01/07/2025 its work is done by"):
        after.resolve("UBND cấp huyện")
    with pytest.raises(DefunctAgencyError, match="72/2025/QH15"):
        after.resolve_all("Các sở, ban, ngành; UBND cấp huyện")


def test_the_commune_tier_exists_on_both_sides_and_resolves_the_elided_cell():
    for day in (Y2024, Y2026):
        assert registry_on(day).resolve("UBND xã, phường, thị trấn").code == "XA"
    assert [e.code for e in registry_on(Y2024).resolve_all("UBND cấp huyện, cấp xã")] == [
        "HUYEN",
        "XA",
    ]


def test_the_defunct_error_quotes_the_name_and_says_what_replaced_it_and_why():
    with pytest.raises(DefunctAgencyError) as caught:
        registry_on(Y2026, "An Giang").resolve("Sở TT&TT")
    message = str(caught.value)
    assert message.startswith(
        "'Sở TT&TT' no longer exists: since 01/03/2025 its work is done by "
        "'Sở Khoa học và Công nghệ' (hợp nhất vào Sở Khoa học và Công nghệ"
    )
    assert "Nghị định số 45/2025/NĐ-CP" in message
    assert caught.value.suggestions == ("Sở Khoa học và Công nghệ",)
    copy = pickle.loads(pickle.dumps(caught.value))
    assert str(copy) == message
    assert copy.defunct == caught.value.defunct


def test_a_provinces_registry_names_its_own_organs_after_it():
    ag = registry_on(D(2027, 1, 1), "An Giang")
    assert ag.resolve("UBND tỉnh").name == "Ủy ban nhân dân tỉnh An Giang"
    assert ag.resolve("Ủy ban nhân dân tỉnh An Giang").code == "UBND_TINH"
    assert ag.resolve("Sở Nội vụ tỉnh An Giang").code == "SNV"
    assert ag.resolve("Tỉnh ủy").name == "Tỉnh ủy An Giang"
    assert ag.resolve("UBMTTQVN tỉnh").code == "MTTQ"
    assert ag.resolve("Báo và Phát thanh, Truyền hình An Giang").level is AgencyLevel.PRESS
    with pytest.raises(DefunctAgencyError, match="Báo và Phát thanh, Truyền hình An Giang"):
        ag.resolve("Đài Phát thanh và Truyền hình An Giang")


def test_a_citys_registry_reads_thanh_pho_and_its_party_and_youth_committees():
    hn = registry_on(D(2027, 1, 1), "TP. Hà Nội")
    assert hn.resolve("UBND thành phố").name == "Ủy ban nhân dân thành phố Hà Nội"
    assert hn.resolve("Thành ủy").name == "Thành ủy Hà Nội"
    assert hn.resolve("Thành đoàn").code == "TINH_DOAN"
    assert hn.resolve("Thanh tra thành phố").code == "TTR_TINH"
    assert hn.resolve("Văn phòng UBND thành phố").code == "VPUBND"


def test_a_province_merged_in_2025_has_no_registry_after_it():
    with pytest.raises(UnknownProvinceError, match="part of Tỉnh An Giang"):
        registry_on(Y2026, "Kiên Giang")
    assert registry_on(Y2024, "Kiên Giang").resolve("UBND tỉnh").name == (
        "Ủy ban nhân dân tỉnh Kiên Giang"
    )


def test_the_generic_registry_answers_for_tinh_and_thanh_pho_alike():
    generic = registry_on(Y2026)
    assert generic.resolve("UBND tỉnh").code == generic.resolve("UBND thành phố").code
    assert generic.resolve("Tỉnh ủy").code == generic.resolve("Thành ủy").code == "TINH_UY"


def test_the_bundled_plans_departments_have_the_same_codes_in_the_registry_of_its_date():
    plan = datasets.load("an-giang-2020")
    generic = registry_on(plan.date or D(2020, 1, 1), plan.province)
    shared = [a for a in plan.agencies.agencies if a.code in {g.code for g in generic.agencies}]
    assert len(shared) >= 25
    for agency in shared:
        assert generic.resolve(agency.name).code == agency.code, agency.name


def test_the_bundled_plan_keeps_its_own_registry_and_names_no_defunct_body():
    plan = datasets.load("an-giang-2020")
    assert plan.province == "An Giang"
    written = json.loads(datasets.path("an-giang-2020").read_text(encoding="utf-8"))["agencies"]
    assert [e.code for e in plan.agencies] == [
        e["code"] for e in (*written["agencies"], *written["groups"])
    ]
    assert plan.agencies.defunct == ()
    assert outdated_names(plan.agencies, plan.date or D(2020, 1, 1), plan.province) == ()


def test_a_2026_plans_own_registry_naming_a_merged_department_is_noted():
    own = AgencyRegistry(
        agencies=(
            Agency(code="SNV", name="Sở Nội vụ", level=AgencyLevel.DEPARTMENT),
            Agency(code="STTTT", name="Sở Thông tin và Truyền thông", level=AgencyLevel.DEPARTMENT),
            Agency(code="BQL", name="Ban Quản lý Khu kinh tế", level=AgencyLevel.DEPARTMENT),
        )
    )
    found = outdated_names(own, Y2026, "An Giang")
    assert [e.defunct.code for e in found] == ["STTTT"]


def test_a_province_extends_the_registry_and_overrides_by_code():
    base = registry_on(D(2020, 1, 1), "An Giang")
    board = Agency(
        code="BQL_KKT", name="Ban Quản lý Khu kinh tế tỉnh", level=AgencyLevel.DEPARTMENT
    )
    paper = Agency(
        code="BAO_TINH", name="Báo An Giang", level=AgencyLevel.PRESS, aliases=("Báo AG",)
    )
    registry = extended(base, [board, paper], memberships={"BQL_KKT": ["SBN"]})
    assert registry.resolve("Báo AG").code == "BAO_TINH"
    assert board in registry.resolve("Các sở, ban, ngành").members
    assert len(registry.agencies) == len(base.agencies) + 1
    with pytest.raises(ValueError, match="not a group of the registry"):
        extended(base, [board], memberships={"BQL_KKT": ["NOPE"]})


def test_a_province_that_revives_a_defunct_body_wins_over_the_generic_history():
    base = registry_on(Y2026, "Lào Cai")
    kept = Agency(code="SGTVT", name="Sở Giao thông vận tải", level=AgencyLevel.DEPARTMENT)
    registry = extended(base, [kept])
    assert registry.resolve("Sở Giao thông vận tải") == kept
    assert "SGTVT" not in {d.code for d in registry.defunct}


def test_a_registry_refuses_a_defunct_name_that_a_live_body_has_or_a_missing_successor():
    snv = Agency(code="SNV", name="Sở Nội vụ", level=AgencyLevel.DEPARTMENT)
    gone = DefunctAgency(
        code="SLDTBXH",
        name="Sở Nội vụ",
        ended=D(2025, 2, 28),
        successors=("SNV",),
        change="hợp nhất",
        document="Nghị định 45/2025/NĐ-CP",
    )
    with pytest.raises(ValueError, match="given to both SNV and the defunct SLDTBXH"):
        AgencyRegistry(agencies=(snv,), defunct=(gone,))
    with pytest.raises(ValueError, match="successor 'SNV'"):
        AgencyRegistry(defunct=(gone,))


DAYS = st.dates(D(2008, 8, 1), D(2035, 12, 31))


@given(DAYS, st.data())
def test_every_name_of_every_registry_resolves_to_its_own_entry(day, data):
    units = [None, *(p.name for p in provinces_on(day))]
    unit = data.draw(st.sampled_from(units))
    registry = registry_on(day, unit)
    for entry in registry:
        for name in entry.names:
            assert registry.resolve(name) == entry, name


@given(DAYS)
def test_every_defunct_body_names_a_successor_that_exists_on_the_date(day):
    registry = registry_on(day)
    for body in registry.defunct:
        assert body.ended < day
        for name in body.names:
            with pytest.raises(DefunctAgencyError) as caught:
                registry.resolve(name)
            assert all(s in registry for s in caught.value.successors)


@pytest.mark.parametrize(
    ("province", "cell", "codes"),
    [
        # Hải Phòng, QĐ 3470/QĐ-UBND (27/08/2025), Điều 3.
        ("Hải Phòng", "các Sở, ngành thành phố", ["SBN"]),
        ("Hải Phòng", "Ủy ban nhân dân các xã, phường, đặc khu", ["XA"]),
        ("Hải Phòng", "Văn phòng Ủy ban nhân dân thành phố", ["VPUBND"]),
        # Hải Phòng, QĐ 5256/QĐ-UBND (26/12/2025), Điều 3.
        ("Hải Phòng", "Ủy ban nhân dân xã, phường, đặc khu", ["XA"]),
        # Lai Châu, QĐ 3068/QĐ-UBND (09/12/2025), Điều 2.
        (
            "Lai Châu",
            "các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các xã, phường",
            ["SBN", "DOAN_THE", "XA"],
        ),
        # Thanh Hóa, QĐ 128/2025/QĐ-UBND (09/10/2025), preamble.
        ("Thanh Hóa", "Trung tâm Phục vụ Hành chính công tỉnh Thanh Hóa", ["TT_PVHCC"]),
        ("Thanh Hóa", "Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa", ["VPUBND"]),
        # Lai Châu, KH 1888/KH-VPUBND (30/12/2025).
        ("Lai Châu", "Văn phòng UBND tỉnh Lai Châu", ["VPUBND"]),
    ],
)
def test_cells_of_real_documents_issued_after_the_reorganisation_resolve(province, cell, codes):
    registry = registry_on(D(2026, 1, 1), province)
    assert [entry.code for entry in registry.resolve_all(cell)] == codes
