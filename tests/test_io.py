"""Plans as JSON: round trips, byte-stable dumps, every problem reported, the shipped schema."""

from __future__ import annotations

import copy
import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model import datasets, strategies
from cchc_model.formats import _json
from cchc_model.formats.converter import make_converter
from cchc_model.formats.plan_json import (
    dump_plan,
    dumps_plan,
    load_plan,
    loads_plan,
    plan_json_schema,
)
from cchc_model.formats.problems import PlanLoadError, Problem
from cchc_model.language.deadlines import Deadline, parse_deadline

BUNDLED = datasets.path("an-giang-2020").read_text(encoding="utf-8")
DATA = json.loads(BUNDLED)
SCHEMA = json.loads(
    (resources.files("cchc_model") / "schemas" / "cchc-plan-1.schema.json").read_text("utf-8")
)


def problems(data: object) -> list[str]:
    text = data if isinstance(data, (str, bytes)) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(PlanLoadError) as caught:
        loads_plan(text)
    return [str(problem) for problem in caught.value.problems]


def broken(change) -> dict:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(DATA)
    change(data)
    return data


def test_the_bundled_file_is_in_canonical_form():
    assert dumps_plan(loads_plan(BUNDLED)) == BUNDLED


def test_a_dumped_plan_loads_back_equal_and_dumps_to_the_same_bytes(tmp_path):
    plan = datasets.load("an-giang-2020")
    target = tmp_path / "plan.json"
    dump_plan(plan, target)
    assert load_plan(target) == plan
    assert target.read_bytes() == dumps_plan(plan).encode("utf-8")
    assert not (tmp_path / "plan.json.tmp").exists()


def test_the_json_keeps_diacritics_and_is_nfc():
    assert "Ủy ban nhân dân tỉnh An Giang" in BUNDLED
    assert BUNDLED.startswith('{\n  "format": "cchc-plan/1",\n  "issuer": ')


# A whole plan per example: fewer examples than the profile's default keep CI quick.
@settings(max_examples=60)
@given(strategies.plans())
def test_every_plan_survives_dump_and_load(plan):
    text = dumps_plan(plan)
    assert loads_plan(text) == plan
    assert dumps_plan(loads_plan(text)) == text


@settings(max_examples=60)
@given(strategies.invalid_plan_documents())
def test_every_broken_plan_is_refused_with_a_problem_at_its_path(case):
    data, path, words = case
    found = problems(data)
    assert any(p.startswith(f"{path}: ") and words in p for p in found), found


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"", "$: the file is empty"),
        ("  \n", "$: the file is empty"),
        (b"\xff\xfe{}", "$: the file is not UTF-8 (byte 0: invalid start byte)"),
        (
            "{'format': 1}",
            "$: not JSON: Expecting property name enclosed in double quotes at line 1, column 2",
        ),
        ("[" * 40 + "]" * 40, "$: the JSON nests 40 levels deep; the limit is 32"),
        ("[1, 2]", "$: expected an object, not a list"),
        ("null", "$: expected an object, not null"),
    ],
)
def test_a_file_that_is_not_a_plan_gives_one_clear_problem(text, message):
    assert problems(text) == [message]


def test_a_utf8_byte_order_mark_is_accepted():
    assert loads_plan(b"\xef\xbb\xbf" + BUNDLED.encode("utf-8")) == loads_plan(BUNDLED)


def _set(path: tuple, value: object):  # type: ignore[no-untyped-def]
    def change(data: dict) -> None:
        target = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def _delete(path: tuple):  # type: ignore[no-untyped-def]
    def change(data: dict) -> None:
        target = data
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set(("format",), "cchc-plan/0"), ["$.format: expected 'cchc-plan/1', not 'cchc-plan/0'"]),
        (_delete(("title",)), ["$.title: required field missing"]),
        (_set(("year",), "2020"), ["$.year: expected an integer, not '2020'"]),
        (
            _set(("date",), "31/12/2019"),
            ["$.date: expected a date as YYYY-MM-DD, not '31/12/2019'"],
        ),
        (_set(("colour",), "red"), ["$.colour: unknown field"]),
        (
            _set(("areas", 0, "tasks", 1, "deadline"), "Quý V/2020"),
            ["$.areas[0].tasks[1].deadline: a quarter is numbered I to IV (1 to 4), not 'V'"],
        ),
        (
            _set(("areas", 2, "tasks", 0, "lead"), ["Sở Ngoại giao"]),
            [
                "$.areas[2].tasks[0].lead[0]: unknown agency 'Sở Ngoại giao'; "
                "closest known names: 'Sở Ngoại vụ'"
            ],
        ),
        (
            _set(("areas", 0, "tasks", 4, "code"), "I.4"),
            [
                "$.areas[0].tasks[4].code: "
                "duplicate task code 'I.4' (first at $.areas[0].tasks[3])",
            ],
        ),
        (
            _set(("areas", 0, "tasks", 4, "code"), "II.5"),
            [
                "$.areas[0].tasks[4].code: code 'II.5' does not match its place: "
                "expected a code under area I, such as 'I.1'",
                "$.areas[1].tasks[4].code: "
                "duplicate task code 'II.5' (first at $.areas[0].tasks[4])",
            ],
        ),
        (
            _set(("areas", 1, "declared_task_count"), 6),
            ["$.areas[1].declared_task_count: area II declares 6 tasks but lists 5"],
        ),
        (
            _set(("indicators", 3), "Phấn đấu nâng cao chất lượng."),
            [
                "$.indicators[3]: expected a share ('100% …', 'Từ 80% trở lên …') or a rank "
                "('Chỉ số … trong nhóm 15/63 …')"
            ],
        ),
        (
            _set(("agencies", "groups", 0, "members", 0), "KHONG_CO"),
            ["$.agencies.groups[0].members[0]: no agency has the code 'KHONG_CO'"],
        ),
        (
            _set(("areas", 0, "tasks", 0, "lead"), "SNV"),
            ["$.areas[0].tasks[0].lead: expected a list, not 'SNV'"],
        ),
    ],
)
def test_each_problem_is_reported_with_its_path(change, expected):
    assert problems(broken(change)) == expected


def test_a_group_member_that_is_no_code_is_reported_beside_an_agency_that_failed():
    # Found by the fuzz tests: with an agency refused, a member written as a list made the
    # loader test the list against the refused codes, and raise Python's TypeError.
    def change(data: dict) -> None:
        data["agencies"]["agencies"][0]["level"] = "galaxy"
        data["agencies"]["groups"][0]["members"][0] = ["SNV"]

    found = problems(broken(change))
    assert "$.agencies.groups[0].members[0]: no agency has the code ['SNV']" in found
    assert any(p.startswith("$.agencies.agencies[0].level: ") for p in found)


def test_every_problem_is_reported_at_once_and_nothing_is_half_loaded():
    def change(data: dict) -> None:
        data["year"] = True
        data["areas"][0]["tasks"][5]["deadline"] = "Tháng 13/2020"
        data["areas"][6]["tasks"][12]["partners"] = ["Sở Tài chánh"]
        del data["areas"][3]["tasks"][0]["title"]

    assert problems(broken(change)) == [
        "$.year: expected an integer, not true",
        "$.areas[0].tasks[5].deadline: a month is numbered 1 to 12, not 13",
        "$.areas[3].tasks[0].title: required field missing",
        "$.areas[6].tasks[12].partners[0]: unknown agency 'Sở Tài chánh'; "
        "closest known names: 'Sở Tài chính', 'Bộ Tài chính', 'Sở Tư pháp'",
    ]


def test_a_load_error_lists_one_problem_per_line():
    error = PlanLoadError((Problem("$.a", "x"), Problem("$.b", "y")))
    assert str(error) == "2 problems in the plan:\n$.a: x\n$.b: y"
    assert isinstance(error, ValueError)


def test_the_shipped_schema_is_the_one_the_model_generates():
    assert plan_json_schema() == SCHEMA
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_accepts_the_bundled_plan_and_rejects_broken_ones():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert list(validator.iter_errors(DATA)) == []
    for change in (
        _delete(("title",)),
        _set(("year",), "2020"),
        _set(("colour",), "red"),
        _set(("areas", 0, "tasks", 0, "lead"), "SNV"),
        _set(("agencies", "agencies", 0, "level"), "ministry"),
    ):
        assert list(validator.iter_errors(broken(change)))


def test_the_converter_carries_deadlines_as_their_canonical_text():
    converter = make_converter(year=2020)
    deadline = converter.structure("Quý II, III", Deadline)
    assert converter.unstructure(deadline) == "Quý II/2020 - quý III/2020"
    assert converter.unstructure(parse_deadline("hằng quý")) == "Hàng quý"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set(("signatory", "rank"), 1), ["$.signatory.rank: unknown field"]),
        (_delete(("signatory", "position")), ["$.signatory.position: required field missing"]),
        (
            _set(("agencies", "agencies", 0, "code"), "ubnd"),
            [
                "$.agencies.agencies[0].code: "
                "'code' must match regex '[A-Z][A-Z0-9_]*' ('ubnd' doesn't)"
            ],
        ),
        (_set(("year",), 1900), ["$.year: year 1900 is outside 1945–2100"]),
        (_set(("date",), "20191231"), ["$.date: expected a date as YYYY-MM-DD, not '20191231'"]),
        (_set(("number",), ""), ["$.number: number must be non-empty text, not ''"]),
        (
            _set(("legal_bases", 0), "Căn cứ Quyết định số 1/QĐ-UBND ngày 31/02/2016;"),
            ["$.legal_bases[0]: 31/02/2016 is not a date"],
        ),
    ],
)
def test_problems_deep_in_the_document_are_reported_with_their_own_path(change, expected):
    assert problems(broken(change)) == expected


def test_the_converter_keeps_a_family_to_its_own_phrases():
    from cchc_model.language.deadlines import PeriodDeadline

    with pytest.raises(Exception, match="expected a period deadline, not a recurring one"):
        make_converter().structure("Hàng quý", PeriodDeadline)


JSON_DATA = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(codec=None)),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.text(st.characters(codec=None), max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON_DATA)
def test_plan_files_are_indented_exactly_as_the_json_module_indents(data):
    # dumps_plan writes with its own encoder, twice as fast: it must write the same text.
    assert _json.dumps_indented(data) == json.dumps(data, ensure_ascii=False, indent=2)
