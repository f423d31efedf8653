"""Golden tests: the bundled An Giang 2020 plan against the seed document, row by row."""

from __future__ import annotations

import datetime

import pytest

from cchc_model import datasets
from cchc_model.plan.agencies import AgencyGroup
from cchc_model.plan.indicators import RankTarget, ShareTarget
from cchc_model.plan.plans import UnknownTaskError
from tests.seed_deadlines import SEED_DEADLINES
from tests.seed_tasks import SEED_CONDITIONS, SEED_TASKS, SEED_TITLE_REFERENCES

PLAN = datasets.load("an-giang-2020")
WINDOW = (datetime.date(2019, 1, 1), datetime.date(2021, 12, 31))


def test_the_plan_is_an_giangs_2020_cchc_plan_number_860():
    assert PLAN.issuer == "Ủy ban nhân dân tỉnh An Giang"
    assert (PLAN.kind, PLAN.number, PLAN.date) == (
        "Kế hoạch",
        "860/KH-UBND",
        datetime.date(2019, 12, 31),
    )
    assert PLAN.title == "Cải cách hành chính tỉnh An Giang năm 2020"
    assert PLAN.year == 2020
    assert PLAN.signatory is not None
    assert PLAN.signatory.name == "Nguyễn Thanh Bình"


def test_the_plan_has_seven_areas_of_63_tasks_as_section_iii_declares():
    assert [area.code for area in PLAN.areas] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert [len(area.tasks) for area in PLAN.areas] == [22, 5, 6, 7, 4, 6, 13]
    assert [area.declared_task_count for area in PLAN.areas] == [22, 5, 6, 7, 4, 6, 13]
    assert len(PLAN.tasks) == 63
    assert "7 lĩnh vực với 63 nhiệm vụ" in (PLAN.tasks_summary or "")


def test_every_part_of_the_document_is_kept():
    assert len(PLAN.legal_bases) == 2
    assert len(PLAN.indicators) == 17
    assert len(PLAN.solutions) == 22
    assert len(PLAN.purposes) == 9
    assert len(PLAN.requirements) == 7
    assert len(PLAN.funding) == 4
    assert len(PLAN.duties) == 5
    assert PLAN.recipients[0] == "Chính phủ"
    assert PLAN.closing is not None
    assert PLAN.closing.endswith("để triển khai thực hiện./.")


@pytest.mark.parametrize(
    "text",
    [
        *PLAN.purposes,
        *PLAN.requirements,
        *(basis.text for basis in PLAN.legal_bases),
        *PLAN.solutions,
        *PLAN.funding,
        *(item for duty in PLAN.duties for item in duty.items),
        *(indicator.text for indicator in PLAN.indicators),
    ],
)
def test_every_paragraph_is_printed_in_the_seed(seed_text, text):
    assert text in seed_text


@pytest.mark.parametrize(("code", "lead", "partners", "outputs"), SEED_TASKS)
def test_each_task_has_the_agencies_and_outputs_of_its_seed_row(code, lead, partners, outputs):
    task = PLAN.task(code)
    assert tuple(entry.code for entry in task.lead) == lead
    assert tuple(entry.code for entry in task.partners) == partners
    assert tuple(kind.value for kind in task.outputs) == outputs


@pytest.mark.parametrize(("code", "phrase", "kind", "expected"), SEED_DEADLINES)
def test_each_task_has_the_deadline_of_its_seed_row(code, phrase, kind, expected):
    task = PLAN.task(code)
    assert task.deadline_text == phrase
    assert task.deadline.kind.value == kind
    got = [(o.due, o.opens, o.milestone) for o in task.deadline.occurrences(*WINDOW)]
    assert got == expected


@pytest.mark.parametrize("task", PLAN.tasks, ids=lambda task: task.code)
def test_each_task_names_its_conditions_and_citations(task):
    assert task.conditions == SEED_CONDITIONS.get(task.code, ())
    cited = tuple((ref.kind.value, ref.identifier) for ref in task.references)
    assert cited == SEED_TITLE_REFERENCES.get(task.code, ())


@pytest.mark.parametrize("task", PLAN.tasks, ids=lambda task: task.code)
def test_every_agency_cell_resolves_to_the_tasks_agencies(task):
    assert PLAN.agencies.resolve_all(task.lead_text) == task.lead
    assert PLAN.agencies.resolve_all(task.partners_text) == task.partners


def test_groups_know_the_provinces_members():
    districts = PLAN.agencies.resolve("UBND cấp huyện")
    assert isinstance(districts, AgencyGroup)
    assert not districts.open
    assert len(districts.members) == 11
    names = " ".join(member.name for member in districts.members)
    for place in (
        "Long Xuyên",
        "Châu Đốc",
        "Tân Châu",
        "An Phú",
        "Phú Tân",
        "Châu Phú",
        "Tịnh Biên",
        "Tri Tôn",
        "Châu Thành",
        "Chợ Mới",
        "Thoại Sơn",
    ):
        assert place in names
    concerned = PLAN.agencies.resolve("các cơ quan, đơn vị có liên quan")
    assert isinstance(concerned, AgencyGroup)
    assert concerned.open
    departments = PLAN.agencies.resolve("Các sở, ban ngành")
    assert isinstance(departments, AgencyGroup)
    assert PLAN.agencies.resolve("Sở Nội vụ") in departments


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("UBND", None),
        ("Sở TT&TT", "STTTT"),
        ("Sở Thông tin và Truyền thôn", "STTTT"),
        ("Sở KH&ĐT", "SKHDT"),
        ("BCĐ CCHC tỉnh", "BCD_CCHC"),
        ("LĐLĐ tỉnh", "LDLD"),
        ("Ban Thường trực UBMTTQ tỉnh", "MTTQ"),
        ("Đài PTTH An Giang", "DAI_PTTH"),
        ("Bộ, ngành Trương ương", "BO_NGANH_TW"),
        ("Ủy ban nhân dân tỉnh", "UBND_TINH"),
        ("Uỷ ban nhân dân tỉnh", "UBND_TINH"),
        ("UBND tỉnh", "UBND_TINH"),
        ("sở   nội VỤ", "SNV"),
    ],
)
def test_the_names_the_plan_uses_resolve(name, code):
    if code is None:
        with pytest.raises(LookupError):
            PLAN.agencies.resolve(name)
    else:
        assert PLAN.agencies.resolve(name).code == code


def test_the_indicators_have_their_typed_targets():
    targets = [indicator.target for indicator in PLAN.indicators]
    hundred = ShareTarget(100)
    assert targets == [
        *[hundred] * 8,
        ShareTarget(80),
        ShareTarget(80),
        RankTarget(15, 63),
        RankTarget(20, 63),
        RankTarget(15, 63),
        hundred,
        ShareTarget(20),
        hundred,
        hundred,
    ]
    assert [i.index_code for i in PLAN.indicators if i.index_code] == ["PAR INDEX", "PAPI", "PCI"]
    first = PLAN.indicators[0]
    assert first.exemption is not None
    assert "khoản 5 Điều 14" in first.exemption
    assert [ref.identifier for ref in first.references] == ["61/2018/NĐ-CP"]


def test_the_legal_bases_cite_the_programme_documents():
    cited = [ref.identifier for ref in PLAN.references]
    assert cited == [
        "30c/NQ-CP",
        "76/NQ-CP",
        "30c/NQ-CP",
        "225/QĐ-TTg",
        "324/QĐ-UBND",
        "2000/QĐ-UBND",
    ]


def test_an_unknown_task_code_is_a_key_error_naming_it():
    with pytest.raises(KeyError) as caught:
        PLAN.task("IX.1")
    assert isinstance(caught.value, UnknownTaskError)
    assert str(caught.value) == "the plan has no task 'IX.1' (its tasks run from I.1 to VII.13)"
    assert PLAN.task(" i.6 ").code == "I.6"


def test_an_area_is_found_by_its_code_in_any_case():
    assert PLAN.area(" vii ").name == "HIỆN ĐẠI HÓA HÀNH CHÍNH"
    with pytest.raises(KeyError) as caught:
        PLAN.area("IX")
    assert str(caught.value) == "the plan has no area 'IX' (its areas run from I to VII)"


def test_a_task_code_must_be_text():
    with pytest.raises(TypeError, match=r"a task code is a str such as 'I\.6', not 6"):
        PLAN.task(6)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        # Section VI (Tổ chức thực hiện)
        ("Sở Nội vụ - Cơ quan thường trực Ban Chỉ đạo cải cách hành chính", ("SNV",)),
        ("Báo An Giang, Đài Phát thanh và Truyền hình An Giang", ("BAO_AG", "DAI_PTTH")),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ("MTTQ",)),
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", ("HUYEN",)),
        # Nơi nhận (recipients), without their "(Email)" notes
        ("Văn phòng Chính phủ, Bộ Nội vụ", ("VPCP", "BNV")),
        ("Tỉnh ủy, HĐND tỉnh", ("TINH_UY", "HDND_TINH")),
        ("Ủy ban MTTQVN tỉnh", ("MTTQ",)),
        ("TT. UBND tỉnh", ("UBND_TINH",)),
        ("Các cơ quan Đảng, Đoàn thể tỉnh", ("CQ_DANG", "DOAN_THE")),
        ("Các sở, ban, ngành tỉnh", ("SBN",)),
        ("Báo AG; Đài PT-TH AG; Cổng TTĐT tỉnh", ("BAO_AG", "DAI_PTTH", "CONG_TTDT")),
        ("UBND huyện, thị xã, thành phố", ("HUYEN",)),
        ("BCĐ, TGV CT CCHC tỉnh", ("BCD_CCHC", "TGV_BCD_CCHC")),
        ("Trung tâm CB - TH", ("TT_CBTH",)),
    ],
)
def test_the_names_in_the_duties_and_recipients_resolve(name, codes):
    assert tuple(entry.code for entry in PLAN.agencies.resolve_all(name)) == codes
