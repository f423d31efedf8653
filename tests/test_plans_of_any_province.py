"""A plan of any province and any year, and the ``cchc agencies`` command.

A file without its own registry resolves its names against the bodies of its province on
its date; a province's own bodies come from a CSV file.
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Any

import pytest

from cchc_model import PlanLoadError, dumps_plan, loads_plan
from cchc_model.cli import main
from cchc_model.formats.problems import RecordsError
from cchc_model.formats.readers import read_registry
from cchc_model.plan.agencies import DefunctAgencyError

ROOT = Path(__file__).resolve().parents[1]
D = datetime.date


def plan_data(**changes: Any) -> dict[str, Any]:
    """A 2027 plan file of the new An Giang with no registry, as a writer would type it."""
    tasks = [
        {
            "code": "I.1",
            "title": "Xây dựng Kế hoạch cải cách hành chính năm 2027",
            "outputs_text": "Kế hoạch",
            "lead_text": "Sở Nội vụ",
            "partners_text": "Các sở, ban, ngành; UBND các xã, phường",
            "deadline": "Quý I/2027",
            "deadline_text": "Quý I/2027",
        },
        {
            "code": "I.2",
            "title": "Chuyển đổi số trong giải quyết thủ tục hành chính",
            "outputs_text": "Báo cáo",
            "lead": ["Sở KH&CN"],
            "lead_text": "Sở Khoa học và Công nghệ",
            "partners": ["VPUBND", "Sở Tài chính"],
            "partners_text": "Văn phòng UBND tỉnh, Sở Tài chính",
            "deadline": "Quý IV/2027",
            "deadline_text": "Quý IV/2027",
        },
    ]
    data: dict[str, Any] = {
        "format": "cchc-plan/1",
        "issuer": "Ủy ban nhân dân tỉnh An Giang",
        "province": "An Giang",
        "kind": "Kế hoạch",
        "date": "2026-12-20",
        "title": "Cải cách hành chính tỉnh An Giang năm 2027",
        "year": 2027,
        "areas": [{"code": "I", "name": "Công tác chỉ đạo, điều hành", "tasks": tasks}],
    }
    data.update(changes)
    return data


def test_a_plan_without_a_registry_resolves_names_against_its_provinces_bodies_on_its_date():
    plan = loads_plan(json.dumps(plan_data()))
    first, second = plan.tasks
    assert [e.code for e in first.lead] == ["SNV"]
    assert [e.code for e in first.partners] == ["SBN", "XA"]
    assert [e.code for e in second.lead] == ["SKHCN"]
    assert [e.code for e in second.partners] == ["VPUBND", "STC"]
    assert plan.agencies.resolve("UBND tỉnh").name == "Ủy ban nhân dân tỉnh An Giang"


def test_such_a_plan_dumps_with_its_registry_and_loads_back_equal():
    plan = loads_plan(json.dumps(plan_data()))
    text = dumps_plan(plan)
    assert loads_plan(text) == plan
    assert json.loads(text)["agencies"]["defunct"][0]["code"] == "SKHDT"


def test_a_defunct_name_in_a_cell_is_a_problem_at_that_cell_naming_the_successor():
    data = plan_data()
    data["areas"][0]["tasks"][0]["partners_text"] = "Sở Thông tin và Truyền thông; UBND cấp huyện"
    data["areas"][0]["tasks"][1]["lead"] = ["Sở KH&ĐT"]
    with pytest.raises(PlanLoadError) as caught:
        loads_plan(json.dumps(data))
    problems = [str(p) for p in caught.value.problems]
    assert len(problems) == 2
    assert problems[0].startswith(
        "$.areas[0].tasks[0].partners_text: 'Sở Thông tin và Truyền thông' no longer exists: "
        "since 01/03/2025 its work is done by 'Sở Khoa học và Công nghệ'"
    )
    assert problems[1].startswith(
        "$.areas[0].tasks[1].lead[0]: 'Sở KH&ĐT' no longer exists: since 01/03/2025 its work "
        "is done by 'Sở Tài chính'"
    )


def test_the_same_names_resolve_in_a_2024_plan_of_the_old_province():
    data = plan_data(date="2023-12-20", year=2024, province="Kiên Giang")
    data["areas"][0]["tasks"][0]["partners_text"] = "Sở Thông tin và Truyền thông; UBND cấp huyện"
    data["areas"][0]["tasks"][0]["deadline"] = "Quý I/2024"
    data["areas"][0]["tasks"][1]["deadline"] = "Quý IV/2024"
    plan = loads_plan(json.dumps(data))
    assert [e.code for e in plan.tasks[0].partners] == ["STTTT", "HUYEN"]
    assert plan.agencies.resolve("UBND tỉnh").name == "Ủy ban nhân dân tỉnh Kiên Giang"


def test_without_a_date_the_plan_reads_its_names_on_1_january_of_its_year():
    data = plan_data()
    del data["date"]
    assert loads_plan(json.dumps(data)).tasks[0].lead[0].code == "SNV"


def test_a_province_unknown_on_the_plans_date_is_a_problem_at_province():
    with pytest.raises(PlanLoadError) as caught:
        loads_plan(json.dumps(plan_data(province="Kiên Giang")))
    [problem] = caught.value.problems
    assert problem.path == "$.province"
    assert "part of Tỉnh An Giang" in problem.message


def test_a_plan_loads_through_a_provinces_own_registry(tmp_path: Path):
    own = read_registry(
        ROOT / "examples" / "an-giang-bodies.csv", on=D(2020, 1, 1), province="An Giang"
    )
    data = plan_data(date="2019-12-31", year=2020)
    data["areas"][0]["tasks"][0]["partners_text"] = "BQL KKT; TP. Long Xuyên"
    data["areas"][0]["tasks"][0]["deadline"] = "Quý I/2020"
    data["areas"][0]["tasks"][1]["deadline"] = "Quý IV/2020"
    data["areas"][0]["tasks"][1]["lead"] = ["Sở TT&TT"]
    from cchc_model import load_plan

    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    plan = load_plan(path, registry=own)
    assert [e.code for e in plan.tasks[0].partners] == ["BQL_KKT", "LONG_XUYEN"]
    assert plan.tasks[1].lead[0].code == "STTTT"


def test_a_registry_file_with_problems_lists_each_with_its_row(tmp_path: Path):
    path = tmp_path / "bodies.csv"
    path.write_text(
        "code,name,level,groups,colour\n"
        "NEW,,department,,\n"
        "BAD,Ban X,agency,,\n"
        "BQL,Ban Quản lý,department,SBN;NOPE,\n"
        "SBN,Các sở,department,,\n"
        ",Nameless,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(RecordsError) as caught:
        read_registry(path, on=D(2026, 1, 1))
    assert str(caught.value).splitlines() == [
        "6 problems in the registry:",
        "row 1, colour: unknown column; the columns: code, name, short_name, level, aliases, "
        "name_en, groups",
        "row 2, name: required: a new body 'NEW' needs its name",
        "row 3, level: 'agency' is not one of central, party, council, province, department, "
        "steering_committee, district, commune, mass_organisation, press, "
        "public_service_unit, enterprise",
        "row 4, groups: no group 'NOPE'; the groups: BO_NGANH_TW, DIA_PHUONG, DOAN_THE, "
        "LIEN_QUAN, SBN, TV_BCD, XA",
        "row 5, code: 'SBN' is a group: name its members' groups instead",
        "row 6, code: required: the body's code",
    ]


def test_a_registry_file_whose_body_takes_a_generic_bodys_name_is_refused(tmp_path: Path):
    path = tmp_path / "bodies.csv"
    path.write_text("code,name\nMY_SNV,Sở Nội vụ\n", encoding="utf-8")
    with pytest.raises(RecordsError, match="given to both SNV and MY_SNV"):
        read_registry(path, on=D(2026, 1, 1))


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_cchc_agencies_lists_the_registry_of_a_province_on_a_date():
    status, out, err = run("agencies", "--province", "An Giang", "--on", "01/01/2027")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Cơ quan, tổ chức ngày 01/01/2027 — Tỉnh An Giang (mã 91)"
    assert lines[1] == "Các cấp chính quyền địa phương: tỉnh, xã"
    assert "SNNMT         Sở Nông nghiệp và Môi trường (Sở NN&MT)" in lines
    assert (
        "STTTT         Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ từ 01/03/2025"
        in lines
    )
    assert not any(line.startswith("HUYEN ") and "nhóm" in line for line in lines)


def test_cchc_agencies_before_the_reorganisation_has_the_district_tier():
    status, out, _ = run("agencies", "--on", "2020-01-01", "--format", "json")
    data = json.loads(out)
    assert status == 0
    assert data["local_levels"] == ["tỉnh", "huyện", "xã"]
    assert data["province"] is None
    assert "HUYEN" in [g["code"] for g in data["groups"]]
    assert "defunct" not in data


def test_cchc_agencies_takes_the_provinces_own_bodies():
    status, out, _ = run(
        "agencies",
        "--province",
        "An Giang",
        "--on",
        "01/01/2020",
        "--bodies",
        str(ROOT / "examples" / "an-giang-bodies.csv"),
    )
    assert status == 0
    assert "LONG_XUYEN    Ủy ban nhân dân thành phố Long Xuyên (UBND TP. Long Xuyên)" in out


def test_cchc_agencies_refuses_a_merged_province_in_one_line():
    status, out, err = run("agencies", "--province", "Kiên Giang", "--on", "01/01/2027")
    assert (status, out) == (1, "")
    assert err.startswith("cchc: 'Kiên Giang' is no longer a province on 01/01/2027")
    assert len(err.splitlines()) == 1


def test_cchc_validate_notes_a_registry_entry_named_after_a_body_gone_by_the_plans_date(
    tmp_path: Path,
):
    plan = loads_plan(json.dumps(plan_data()))
    data = json.loads(dumps_plan(plan))
    for agency in data["agencies"]["agencies"]:
        if agency["code"] == "SKHCN":
            agency["name"] = "Sở Thông tin và Truyền thông"
            agency["aliases"] = ["Sở KH&CN"]
    data["agencies"].pop("defunct")
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run("validate", str(path))
    assert status == 0
    notes = [line for line in out.splitlines() if line.startswith("note:")]
    assert len(notes) == 1
    assert notes[0].startswith(
        "note: on the plan's date 20/12/2026, 'Sở Thông tin và Truyền thông' no longer exists"
    )


def test_a_defunct_error_is_an_unknown_agency_error_for_code_that_knows_only_that():
    plan = loads_plan(json.dumps(plan_data()))
    with pytest.raises(LookupError):
        plan.agencies.resolve("Sở Giao thông vận tải")
    with pytest.raises(DefunctAgencyError):
        plan.schedule(D(2027, 1, 1), D(2027, 3, 31), agency="Sở GTVT")
