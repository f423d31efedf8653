"""The JSON Schemas ship with the package, are what the library generates, and fit its JSON."""

from __future__ import annotations

import csv
import json
from importlib import resources

import jsonschema
import pytest

from cchc_model import read_records
from cchc_model.assessment.scoring import scheme
from cchc_model.formats.schemas import SCHEMAS, schema
from tests.example_data import EVALUATION, PLAN, PROGRESS


def _shipped(name: str) -> dict:
    path = resources.files("cchc_model") / "schemas" / f"{name}.schema.json"
    return json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("name", SCHEMAS)
def test_each_shipped_schema_is_the_one_the_library_generates_and_has_an_id(name):
    assert _shipped(name) == schema(name)
    assert schema(name)["$id"] == f"urn:cchc-model:schema:{name}"
    jsonschema.Draft202012Validator.check_schema(schema(name))


def test_the_evaluation_json_fits_its_schema_in_both_languages_and_with_a_score():
    from cchc_model import score_plan
    from cchc_model.formats import reports

    evaluation = EVALUATION
    validator = jsonschema.Draft202012Validator(schema("cchc-evaluation-1"))
    for lang in ("vi", "en"):
        validator.validate(json.loads(evaluation.to_json(lang)))
    score = score_plan(evaluation, scheme("ca-mau-2013"))
    scored = json.loads(reports.to_json(evaluation, "vi", score=score))
    validator.validate(scored)
    scored["verdicts"][0]["status"] = "xong"
    assert not validator.is_valid(scored)


def test_progress_records_as_json_fit_their_schema_and_read_back(tmp_path):
    with open(PROGRESS, encoding="utf-8", newline="") as stream:
        rows = [{k: (v or None) for k, v in row.items()} for row in csv.DictReader(stream)]
    jsonschema.Draft202012Validator(schema("cchc-progress-records-1")).validate(rows)
    path = tmp_path / "tien-do.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    assert list(read_records(path, plan=PLAN)) == list(read_records(PROGRESS, plan=PLAN))
    assert not jsonschema.Draft202012Validator(schema("cchc-progress-records-1")).is_valid(
        [{"task": "I.2"}]
    )


def test_an_unknown_schema_name_lists_the_known_ones():
    with pytest.raises(KeyError, match="cchc-plan-1"):
        schema("cchc-plan-2")
