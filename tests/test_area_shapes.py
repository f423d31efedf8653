"""Areas and task numbers as real appendix tables have them: nested, lettered, running on."""

import datetime
import json

import attrs
import pytest

from cchc_model import AgencyRegistry, Plan, ReformArea, Task, dumps_plan, loads_plan
from cchc_model.language.deadlines import parse_deadline
from cchc_model.plan.agencies import Agency, AgencyLevel

SNV = Agency(code="SNV", name="Sở Nội vụ", level=AgencyLevel.DEPARTMENT)
REGISTRY = AgencyRegistry(agencies=(SNV,))


def _task(code: str, *, area_path: tuple[str, ...] | None = None, **extra: object) -> Task:
    values: dict[str, object] = {
        "code": code,
        "title": "Kế hoạch kiểm tra cải cách hành chính năm 2026",
        "outputs_text": "Kế hoạch",
        "lead": (SNV,),
        "lead_text": "Sở Nội vụ",
        "partners": (),
        "partners_text": "Các sở, ngành",
        "deadline": parse_deadline("Quý I/2026"),
        "deadline_text": "Quý I/2026",
        **extra,
    }
    if area_path is not None:
        values["area_path"] = area_path
    return Task(**values)  # type: ignore[arg-type]


def _plan(*areas: ReformArea) -> Plan:
    return Plan(
        issuer="Ủy ban nhân dân tỉnh Tây Ninh",
        kind="Kế hoạch",
        title="Cải cách hành chính năm 2026",
        year=2026,
        areas=areas,
        agencies=REGISTRY,
    )


NESTED = _plan(
    ReformArea(
        code="A",
        name="NHIỆM VỤ CHUNG",
        tasks=(_task("A.1", area_path=("A",)),),
        areas=(
            ReformArea(
                code="A.I",
                name="Cải cách thể chế",
                tasks=(_task("A.I.1.1", area_path=("A", "A.I")),),
            ),
        ),
    ),
    ReformArea(code="B", name="NHIỆM VỤ RIÊNG", tasks=(_task("B.2"),)),
)


def test_a_task_of_a_nested_area_knows_its_whole_area_path():
    task = NESTED.task("A.I.1.1")
    assert task.area_path == ("A", "A.I")
    assert task.area_code == "A.I"
    assert task.number == "1.1"
    assert [area.name for area in NESTED.area_path(task)] == ["NHIỆM VỤ CHUNG", "Cải cách thể chế"]


def test_a_plan_finds_nested_areas_and_counts_their_tasks_with_the_outer_area():
    assert [area.code for area in NESTED.all_areas] == ["A", "A.I", "B"]
    assert NESTED.area("a.i").name == "Cải cách thể chế"
    assert [t.code for t in NESTED.area("A").all_tasks] == ["A.1", "A.I.1.1"]
    assert [t.code for t in NESTED.tasks] == ["A.1", "A.I.1.1", "B.2"]


def test_numbering_that_runs_on_across_areas_is_kept_as_the_table_wrote_it():
    assert NESTED.task("B.2").row == 2


def test_a_nested_plan_survives_its_json_and_the_file_does_not_repeat_the_area_path():
    text = dumps_plan(NESTED)
    nested_task = json.loads(text)["areas"][0]["areas"][0]["tasks"][0]
    assert nested_task["area_path"] == ["A", "A.I"]
    assert "area_path" not in json.loads(text)["areas"][1]["tasks"][0]
    assert loads_plan(text) == NESTED


def test_a_nested_task_without_an_area_path_in_the_file_takes_the_areas_it_sits_in():
    data = json.loads(dumps_plan(NESTED))
    del data["areas"][0]["areas"][0]["tasks"][0]["area_path"]
    assert loads_plan(json.dumps(data)) == NESTED


def test_a_task_filed_under_the_wrong_area_is_refused():
    with pytest.raises(ValueError, match="belongs to area B, not A"):
        ReformArea(code="A", name="Chung", tasks=(_task("B.1"),))
    with pytest.raises(ValueError, match="does not match its place"):
        _task("B.1", area_path=("A",))


def test_a_nested_area_code_starts_with_its_parents():
    inner = ReformArea(code="I", name="Thể chế", tasks=())
    with pytest.raises(ValueError, match="cannot be nested in area A"):
        ReformArea(code="A", name="Chung", tasks=(), areas=(inner,))


def test_the_tables_other_columns_are_kept_on_the_task_and_travel_in_json():
    task = _task("I.1", attributes=(("Ghi chú", "Trọng tâm"), ("Kinh phí", "Ngân sách tỉnh")))
    assert task.attribute("Ghi chú") == "Trọng tâm"
    assert task.attribute("Đơn vị tính") is None
    plan = _plan(ReformArea(code="I", name="Chỉ đạo", tasks=(task,)))
    assert loads_plan(dumps_plan(plan)).task("I.1").attributes == task.attributes
    with pytest.raises(ValueError, match="twice"):
        attrs.evolve(task, attributes=(("Ghi chú", "a"), ("Ghi chú", "b")))


def test_a_task_whose_lead_could_not_be_named_keeps_its_text_and_owes_nobody():
    task = _task("I.1", lead=(), lead_text="Sở Ngoại vụ")
    plan = _plan(ReformArea(code="I", name="Chỉ đạo", tasks=(task,)))
    assert plan.schedule(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)) == []


def test_the_command_counts_nested_areas_apart_from_the_areas_of_the_plan(tmp_path):
    import io

    from cchc_model.cli import main

    path = tmp_path / "nested.json"
    path.write_text(dumps_plan(NESTED), encoding="utf-8")
    shown, err = io.StringIO(), io.StringIO()
    assert main(["show", str(path)], out=shown, err=err) == 0
    assert "2 lĩnh vực (1 mục con), 3 nhiệm vụ, 0 chỉ tiêu" in shown.getvalue().splitlines()
    checked = io.StringIO()
    assert main(["validate", str(path)], out=checked, err=err) == 0
    assert ": 2 areas (1 nested), 3 tasks" in checked.getvalue()
