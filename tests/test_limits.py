"""Named limits, refused with the library's errors, and guards that stay linear."""

from __future__ import annotations

import datetime
import io
import json
import os
import time

import pytest

from cchc_model import (
    Measurement,
    PlanLoadError,
    ProgressRecord,
    RecordsError,
    Status,
    dump_plan,
    dumps_plan,
    evaluate,
    loads_plan,
)
from cchc_model.assessment.scoring import SchemeError
from cchc_model.cli import main
from cchc_model.formats._json import MAX_DEPTH, MAX_INTEGER_DIGITS, depth_of
from cchc_model.formats.readers import (
    MAX_CELL_CHARACTERS,
    load_scheme,
    read_measurements,
    read_records,
)
from tests.example_data import PLAN


def _best_time(function, argument) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        function(argument)
        best = min(best, time.perf_counter() - start)
    return best


def _growth(function, make, size: int) -> float:
    """How much longer ``function`` takes on an input four times larger (linear: ~4)."""
    return _best_time(function, make(4 * size)) / max(_best_time(function, make(size)), 1e-6)


def test_the_nesting_guard_reads_escaped_quotes_in_linear_time():
    # An audit's input: 100 KB of escaped quotes took 21 s under the old guard.
    assert depth_of('"' + '\\"' * 50_000) == 0
    assert _growth(depth_of, lambda n: '"' + '\\"' * n, 50_000) < 8
    with pytest.raises(PlanLoadError, match="not JSON"):
        loads_plan('"' + '\\"' * 50_000)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 1000 + "]" * 1000, f"nests 1000 levels deep; the limit is {MAX_DEPTH}"),
        ("[" + "1" * 4301 + "]", f"4301 digits; the limit is {MAX_INTEGER_DIGITS}"),
        ('[{"task": "I.2", "task": "I.3"}]', "the key 'task' appears twice in one object"),
        ("[NaN]", "NaN is not a number JSON allows"),
        ("[1e400]", "too large for a float"),
    ],
)
def test_every_json_entry_point_refuses_what_is_past_a_limit_with_its_own_error(
    tmp_path, text, words
):
    path = tmp_path / "data.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RecordsError, match=words):
        read_records(path, plan=PLAN)
    with pytest.raises(RecordsError, match=words):
        read_measurements(path, plan=PLAN)
    with pytest.raises(SchemeError, match=words):
        load_scheme(path)
    with pytest.raises(PlanLoadError, match=words):
        loads_plan(text)


def test_a_csv_cell_past_the_limit_is_refused_with_its_line(tmp_path):
    path = tmp_path / "tien-do.csv"
    long = "x" * (MAX_CELL_CHARACTERS + 1)
    path.write_text(f"task,agency,status,note\nI.2,SNV,done,ok\nI.3,SNV,done,{long}\n", "utf-8")
    with pytest.raises(RecordsError) as refused:
        read_records(path, plan=PLAN)
    (problem,) = refused.value.problems
    assert problem.row == 3
    assert f"longer than {MAX_CELL_CHARACTERS:,} characters" in problem.message


def test_a_cell_at_the_limit_is_read(tmp_path):
    path = tmp_path / "tien-do.csv"
    note = "x" * (MAX_CELL_CHARACTERS - 10)
    path.write_text(f"task,agency,status,done_on,note\nI.2,SNV,done,17/02/2020,{note}\n", "utf-8")
    assert len(read_records(path, plan=PLAN)[0].note) == len(note)


@pytest.mark.parametrize("value", ["NaN", "sNaN", "Infinity", "-Infinity", "inf"])
def test_a_measurement_that_is_not_a_finite_number_is_refused(tmp_path, value):
    path = tmp_path / "do-luong.csv"
    path.write_text(f"indicator,value,measured_on\n2,{value},31/12/2020\n", encoding="utf-8")
    with pytest.raises(RecordsError, match="not a finite number"):
        read_measurements(path, plan=PLAN)
    with pytest.raises(ValueError, match="not a finite number"):
        Measurement(indicator=2, value=value)


# ------------------------------------------------------------------ text, files and the terminal


@pytest.mark.parametrize("character", ["\ud800", "\x1b", "\x00", "\ufffe", "\x9b"])
def test_a_plan_text_holding_what_is_not_text_is_refused_with_its_path(character):
    data = json.loads(dumps_plan(PLAN))
    data["areas"][0]["tasks"][1]["title"] = f"Kế hoạch {character}kiểm tra"
    with pytest.raises(PlanLoadError) as refused:
        loads_plan(json.dumps(data))
    (problem,) = refused.value.problems
    assert problem.path == "$.areas[0].tasks[1].title"
    assert f"U+{ord(character):04X}" in problem.message


def test_dumping_a_plan_never_writes_through_a_link_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "plan.json"
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched", encoding="utf-8")
    (tmp_path / "plan.json.tmp").symlink_to(victim)  # the old fixed temporary name
    dump_plan(PLAN, target)
    assert victim.read_text(encoding="utf-8") == "untouched"
    assert loads_plan(target.read_text(encoding="utf-8")) == PLAN
    assert sorted(os.listdir(tmp_path)) == ["plan.json", "plan.json.tmp", "victim.txt"]


@pytest.mark.parametrize(
    "argv",
    [
        ["schedule", "--from", "01/01/0001", "--to", "02/01/0001"],
        ["ics", "--to", "31/12/9999"],
    ],
)
def test_a_date_outside_the_years_the_library_answers_is_a_clear_argument_error(argv, capsys):
    with pytest.raises(SystemExit) as refused:
        main(argv)
    assert refused.value.code == 2
    assert "outside the years the library answers" in capsys.readouterr().err


def test_a_json_key_with_a_line_break_cannot_forge_a_line_of_the_commands_output(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text('{"format": "cchc-plan/1", "x\\ncchc: OK": 1}', encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["validate", str(path)], out=out, err=err) == 1
    lines = err.getvalue().splitlines()
    assert all(line.startswith(f"cchc: {path}: $.") for line in lines)
    assert "$.x\\ncchc: OK: unknown field" in err.getvalue()


def test_escape_sequences_in_printed_text_are_inert(tmp_path):
    # The audit's case: a plan whose title holds an escape sequence, shown by `cchc show`.
    data = json.loads(dumps_plan(PLAN))
    data["title"] = "Kế hoạch\x1b[2J 2020"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["show", str(path)], out=out, err=err) == 1
    assert "\x1b" not in out.getvalue() + err.getvalue()
    assert "$.title: the text holds U+001B" in err.getvalue()
    # Whatever reaches the terminal goes through the same filter.
    from cchc_model.cli import _Shown

    stream = io.StringIO()
    _Shown(stream).write("Sở\x1b[2J Nội vụ\x9b\n")
    assert stream.getvalue() == "Sở\\x1b[2J Nội vụ\\x9b\n"


def test_a_record_without_a_milestone_marks_no_month_of_a_monthly_task_done():
    # Issue 14, item 8: it marked all twelve months done.
    record = ProgressRecord(
        task="I.6", agency="Sở Nội vụ", status=Status.DONE, done_on=datetime.date(2020, 1, 5)
    )
    evaluation = evaluate(PLAN, [record], as_of=datetime.date(2020, 12, 31))
    monthly = [
        v
        for v in evaluation.verdicts
        if v.obligation.task.code == "I.6" and v.obligation.agency.code == "SNV"
    ]
    assert len(monthly) == 12
    assert not any(v.status.done for v in monthly)


def test_a_plan_file_reports_every_problem_at_once_even_beside_a_bad_deadline():
    # Issue 14, item 9: the empty title showed only once the deadline was fixed.
    data = json.loads(dumps_plan(PLAN))
    data["title"] = ""
    data["areas"][0]["name"] = " "
    task = data["areas"][0]["tasks"][0]
    task["title"] = ""
    task["deadline"] = "Quý V/2020"
    with pytest.raises(PlanLoadError) as refused:
        loads_plan(json.dumps(data))
    paths = sorted(problem.path for problem in refused.value.problems)
    assert paths == [
        "$.areas[0].name",
        "$.areas[0].tasks[0].deadline",
        "$.areas[0].tasks[0].title",
        "$.title",
    ]


@pytest.mark.parametrize("written", ["٣٠/٠٩/٢٠٢٠", "٢٠٢٠-٠٩-٣٠", "30/09/２０２０"])
def test_a_date_in_digits_other_than_ascii_is_not_a_date(written):
    # Issue 14, item 10: Arabic-Indic digits were read as a date without a word.
    from cchc_model.formats.readers import parse_date

    with pytest.raises(ValueError, match="is not a date"):
        parse_date(written)


@pytest.mark.parametrize("points", [float("nan"), -1, float("inf")])
def test_a_scoring_scheme_with_points_that_are_not_a_count_is_refused(tmp_path, points):
    # Issue 14, item 10: NaN or negative points gave a score of nan/nan.
    from cchc_model.assessment.scoring import SchemeError, ScoringScheme

    criterion = {"code": "1.1.1", "label": "Ban hành", "kind": "assessor", "points": points}
    data = {"code": "x", "name": "x", "source": "x", "criteria": [criterion]}
    with pytest.raises(SchemeError, match="expected a number of points"):
        ScoringScheme.from_data(data)
