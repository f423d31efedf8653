"""Named limits, refused with the library's errors, and guards that stay linear."""

from __future__ import annotations

import contextlib
import datetime
import difflib
import io
import json
import os
import pickle
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
    limits,
    loads_plan,
)
from cchc_model.assessment.scoring import SchemeError, ScoringScheme, score_plan
from cchc_model.cli import main
from cchc_model.errors import CchcError, DeadlineParseError
from cchc_model.formats._json import MAX_DEPTH, MAX_INTEGER_DIGITS, depth_of
from cchc_model.formats.appendix import AppendixError, read_appendix
from cchc_model.formats.plan_json import load_plan
from cchc_model.formats.readers import (
    MAX_CELL_CHARACTERS,
    load_scheme,
    read_measurements,
    read_records,
)
from cchc_model.language.deadlines import parse_deadline
from cchc_model.language.references import ReferenceParseError, parse_reference
from cchc_model.plan.agencies import UnknownAgencyError, agency_key
from cchc_model.plan.bodies import registry_on
from cchc_model.plan.indicators import IndicatorParseError, parse_indicator
from cchc_model.scheduling.calendar import CalendarCoverageError, vietnam_calendar
from tests.example_data import EVALUATION, PLAN


def _best_time(function, argument) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        function(argument)
        best = min(best, time.perf_counter() - start)
    return best


def _growth(function, make, size: int) -> float:
    """How much longer ``function`` takes on an input four times larger (linear: ~4).

    The least of up to three measures: on a busy machine one measure can swing past 8,
    while a quadratic cost (~16) stays above 8 in all three.
    """
    small, large = make(size), make(4 * size)
    measures = []
    for _ in range(3):
        measures.append(_best_time(function, large) / max(_best_time(function, small), 1e-6))
        if measures[-1] < 6:
            break
    return min(measures)


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


# --------------------------------------------------------------------------- item 6: linear


def _quietly(function):
    def run(argument):
        with contextlib.suppress(CchcError):
            function(argument)

    return run


@pytest.fixture
def no_phrase_limit(monkeypatch):
    """The phrase limit lifted, to show the cost inside it grows linearly."""
    monkeypatch.setattr(limits, "MAX_PHRASE_CHARACTERS", 10**7)


@pytest.mark.parametrize("item", ["Tháng 1, 2, ", "Quý I, II, "])
def test_a_long_list_of_periods_without_a_year_reads_in_linear_time(no_phrase_limit, item):
    # An audit's input: a 200 KB list of year-less periods took 27 s (each period looked
    # for the nearest written year by a scan of the whole list).
    parse = _quietly(lambda text: parse_deadline(text, year=2020))
    assert _growth(parse, lambda n: item * n + "Quý IV", 750) < 8


def test_a_long_sentence_that_is_almost_a_rank_reads_in_linear_time(no_phrase_limit):
    # An audit's input: the rank pattern took 5 s on 100 KB ("(x) tỉnh" over and over).
    parse = _quietly(parse_indicator)
    assert _growth(parse, lambda n: "Chỉ số " + "(x) tỉnh " * n, 1_000) < 8


@pytest.mark.parametrize(
    ("names", "known", "unknown"),
    [
        (["Sở Nội vụ", "Sở Tư pháp"], ["Sở Nội vụ", "Sở Tư pháp"], set()),
        (["Sở Nội vụ", "Sở Tài chánh", "Sở Xyz"], ["Sở Nội vụ"], {"Sở Tài chánh, Sở Xyz"}),
    ],
)
def test_a_cell_naming_hundreds_of_agencies_reads_in_linear_time(names, known, unknown):
    # An audit's input: 200 names in one cell took 6.8 s (every run of parts tried as one
    # name, and every miss compared by difflib with every known name).
    registry = registry_on(datetime.date(2026, 1, 1))
    cell = lambda n: ", ".join(names * (n // len(names)))  # noqa: E731
    assert _growth(registry.resolve_known, cell, 75) < 8
    found, missed = registry.resolve_known(cell(300))
    assert [entry.name for entry in found] == known
    assert {error.name for error in missed} == unknown


def test_a_misspelt_name_gets_the_suggestions_difflib_gives_over_every_known_name():
    # The index by length only skips names that cannot reach difflib's ratio of 0.6.
    registry = registry_on(datetime.date(2026, 1, 1))
    keys = [agency_key(name) for entry in registry for name in entry.names]
    for written in ("Sở Tài chánh", "Sở Nọi vụ", "UBND tỉnh An Gaing", "Tỉnh doàn", "Sở GD và ĐT"):
        expected = difflib.get_close_matches(agency_key(written), keys, n=10, cutoff=0.6)
        expected_names = tuple(dict.fromkeys(registry.resolve(k).name for k in expected))[:3]
        assert registry.closest(written) == expected_names


def test_a_name_far_longer_than_any_known_name_has_no_suggestion():
    registry = registry_on(datetime.date(2026, 1, 1))
    assert registry.closest("Sở Nội vụ " * 50) == ()
    with pytest.raises(UnknownAgencyError, match="unknown agency"):
        registry.resolve("Sở Nội vụ " * 50)


# --------------------------------------------------------------------------- named limits


def test_the_limits_are_named_in_one_module():
    assert set(limits.__all__) == {
        "MAX_CELL_CHARACTERS",
        "MAX_DEPTH",
        "MAX_FILE_BYTES",
        "MAX_INTEGER_DIGITS",
        "MAX_PHRASE_CHARACTERS",
        "MAX_ROWS",
    }
    assert MAX_DEPTH == limits.MAX_DEPTH
    assert MAX_CELL_CHARACTERS == limits.MAX_CELL_CHARACTERS


@pytest.mark.parametrize(
    ("parse", "error"),
    [
        (parse_deadline, DeadlineParseError),
        (parse_indicator, IndicatorParseError),
        (parse_reference, ReferenceParseError),
    ],
)
def test_a_phrase_is_read_up_to_the_limit_and_refused_past_it(parse, error):
    at = "x" * limits.MAX_PHRASE_CHARACTERS
    with pytest.raises(error) as other:  # not a phrase, but not refused for its length
        parse(at)
    assert "limit" not in other.value.reason
    with pytest.raises(error) as refused:
        parse(at + "x")
    assert refused.value.reason == (
        "the phrase has 2,001 characters; the limit is 2,000 "
        "(cchc_model.limits.MAX_PHRASE_CHARACTERS)"
    )
    assert refused.value.span == (2_000, 2_001)
    assert len(str(refused.value)) < 400  # the message shows a window, not 2,001 characters


def test_a_long_deadline_is_kept_as_unrecognised_by_a_lenient_reader():
    kept = parse_deadline("Quý I, " * 400, year=2020, lenient=True)
    assert kept.error.startswith("the phrase has 2,800 characters; the limit is 2,000")


def test_a_deadline_at_the_limit_reads(no_phrase_limit):
    phrase = "Quý I/2020" + " " * 1_000 + "và Quý III/2020"
    assert str(parse_deadline(phrase)) == str(parse_deadline("Quý I/2020 và Quý III/2020"))


def _files_of_each_kind(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(dumps_plan(PLAN), encoding="utf-8")
    records = tmp_path / "tien-do.csv"
    records.write_text("task,agency,status,done_on\nI.2,SNV,done,17/02/2020\n", "utf-8")
    scheme = tmp_path / "scheme.json"
    scheme.write_text(
        json.dumps({"code": "x", "name": "X", "source": "QĐ 1", "criteria": []}), "utf-8"
    )
    table = tmp_path / "phu-luc.csv"
    table.write_text(
        "STT,Nhiệm vụ,Kết quả,Chủ trì,Phối hợp,Thời gian\n"
        "I,CẢI CÁCH THỂ CHẾ,,,,\n1,Rà soát,Báo cáo,Sở Tư pháp,,Quý I/2027\n",
        "utf-8",
    )
    return {
        "plan": (plan, lambda p: load_plan(p), PlanLoadError),
        "records": (records, lambda p: read_records(p, plan=PLAN), RecordsError),
        "scheme": (scheme, load_scheme, SchemeError),
        "table": (table, lambda p: read_appendix(p, strict=True), AppendixError),
    }


@pytest.mark.parametrize("kind", ["plan", "records", "scheme", "table"])
def test_a_file_is_read_up_to_the_size_limit_and_refused_past_it(tmp_path, monkeypatch, kind):
    path, read, error = _files_of_each_kind(tmp_path)[kind]
    size = path.stat().st_size
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", size)
    read(path)  # at the limit
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(error, match=f"the file has {size:,} bytes; the limit is {size - 1:,}"):
        read(path)


def test_a_file_past_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as file:  # a sparse file: nothing is written or read
        file.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(PlanLoadError, match=r"cchc_model\.limits\.MAX_FILE_BYTES"):
        load_plan(path)


def _records_csv(rows: int) -> str:
    return "task,agency,status,done_on\n" + "I.2,SNV,in progress,\n" * rows


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_a_table_is_read_up_to_the_row_limit_and_refused_past_it(tmp_path, monkeypatch, suffix):
    monkeypatch.setattr(limits, "MAX_ROWS", 6)  # the header and five rows
    path = tmp_path / f"tien-do{suffix}"

    def write(rows: int) -> None:
        data = [{"task": "I.2", "agency": "SNV", "status": "in progress"}] * rows
        if suffix == ".csv":
            path.write_text(_records_csv(rows), "utf-8")
        elif suffix == ".json":
            path.write_text(json.dumps(data), "utf-8")
        else:
            openpyxl = pytest.importorskip("openpyxl")
            book = openpyxl.Workbook()
            book.active.append(["task", "agency", "status"])
            for item in data:
                book.active.append(list(item.values()))
            book.save(path)

    write(5)
    assert len(read_records(path, plan=PLAN, strict=False).problems) == 0
    write(6)
    with pytest.raises(RecordsError, match=r"more than 6 rows, the limit"):
        read_records(path, plan=PLAN, strict=False)


def test_an_appendix_table_is_read_up_to_the_row_limit_and_refused_past_it(tmp_path, monkeypatch):
    path = tmp_path / "phu-luc.csv"
    path.write_text(
        "STT,Nhiệm vụ,Kết quả,Chủ trì,Phối hợp,Thời gian\n"
        "I,CẢI CÁCH THỂ CHẾ,,,,\n1,Rà soát,Báo cáo,Sở Tư pháp,,Quý I/2027\n",
        "utf-8",
    )
    monkeypatch.setattr(limits, "MAX_ROWS", 3)
    assert len(read_appendix(path).plan.tasks) == 1
    monkeypatch.setattr(limits, "MAX_ROWS", 2)
    with pytest.raises(AppendixError, match="has 3 rows; the limit is 2"):
        read_appendix(path)


# --------------------------------------------------------------------------- item 10: silent


@pytest.mark.parametrize(
    "header",
    ["task,agency,status,Nhiệm vụ", "task,agency,status,status", "Mã nhiệm vụ,agency,status,task"],
)
def test_a_column_written_twice_is_refused_instead_of_the_last_one_winning(tmp_path, header):
    path = tmp_path / "tien-do.csv"
    path.write_text(f"{header}\nI.2,SNV,done,I.3\n", "utf-8")
    with pytest.raises(RecordsError, match="column is there twice") as refused:
        read_records(path, plan=PLAN)
    assert refused.value.problems[0].row == 1


def test_a_row_with_more_cells_than_the_header_is_reported_not_cut(tmp_path):
    path = tmp_path / "tien-do.csv"
    path.write_text(
        "task,agency,status,done_on\nI.2,SNV,done,17/02/2020\nI.3,SNV,done,17/02/2020,0,5\n"
        "I.4,SNV,in progress,,\n",  # an empty cell past the header says nothing
        "utf-8",
    )
    records = read_records(path, plan=PLAN, strict=False)
    assert [str(p) for p in records.problems] == [
        'row 3: 6 cells for 4 columns: quote a cell that holds the separator, as in "0,5"'
    ]
    assert [r.task for r in records] == ["I.2", "I.4"]


def test_measurements_refuse_a_column_twice_and_report_extra_cells(tmp_path):
    path = tmp_path / "do-luong.csv"
    path.write_text("indicator,value,Giá trị\n1,90,95\n", "utf-8")
    with pytest.raises(RecordsError, match="the value column is there twice"):
        read_measurements(path, plan=PLAN)
    path.write_text("indicator,value\n1,90,5\n2,80\n", "utf-8")
    with pytest.raises(RecordsError, match="row 2: 3 cells for 2 columns"):
        read_measurements(path, plan=PLAN)


def test_a_spreadsheet_column_twice_or_a_cell_under_no_header_is_reported(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "tien-do.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["task", "agency", "status", "status"])
    book.active.append(["I.2", "SNV", "done", "in progress"])
    book.save(path)
    with pytest.raises(RecordsError, match="the status column is there twice"):
        read_records(path, plan=PLAN)
    book = openpyxl.Workbook()
    book.active.append(["task", "agency", "status"])
    book.active.append(["I.2", "SNV", "in progress", "a note with no column"])
    book.save(path)
    records = read_records(path, plan=PLAN, strict=False)
    assert [str(p) for p in records.problems] == [
        "row 2, D: a cell under no header: give its column a header or empty it"
    ]


def test_a_scoring_schemes_criteria_cannot_change_after_it_is_made():
    data = {
        "code": "x",
        "name": "X",
        "source": "QĐ 1",
        "criteria": [
            {
                "code": "1.2",
                "label": "Mức độ hoàn thành",
                "kind": "completion_bands",
                "points": 2,
                "bands": [{"at_least": 1, "points": 2}, {"at_least": 0, "points": 0}],
            }
        ],
    }
    made = ScoringScheme.from_data(data)
    before = score_plan(EVALUATION, made).max_total
    data["criteria"][0]["points"] = 200  # the data it was made from, changed afterwards
    data["criteria"][0]["bands"][0]["points"] = 200
    assert score_plan(EVALUATION, made).max_total == before == 2
    with pytest.raises(TypeError):
        made.criteria[0]["points"] = 5  # type: ignore[index]
    assert made == ScoringScheme.from_data(
        {
            **data,
            "criteria": [{**data["criteria"][0], "points": 2, "bands": made.criteria[0]["bands"]}],
        }
    )


# --------------------------------------------------------------------------- item 13


def test_a_calendar_error_names_the_date_asked_and_the_date_the_answer_needed():
    calendar = vietnam_calendar()
    with pytest.raises(CalendarCoverageError) as refused:
        calendar.add_working_days(datetime.date(2100, 12, 29), 5)
    assert refused.value.day == datetime.date(2100, 12, 29)
    assert refused.value.reached == datetime.date(2101, 1, 1)
    assert str(refused.value) == (
        "29/12/2100 (the answer needs 01/01/2101) is outside the years the working "
        "calendar answers (2000–2100)"
    )
    with pytest.raises(CalendarCoverageError, match=r"^01/01/2000 \(the answer needs 31/12/1999"):
        calendar.roll_backward(datetime.date(2000, 1, 1))  # New Year's Day, a Saturday
    with pytest.raises(CalendarCoverageError, match=r"^30/06/1999 is outside"):
        calendar.working_days_between(datetime.date(2020, 1, 1), datetime.date(1999, 6, 30))
    assert pickle.loads(pickle.dumps(refused.value)).reached == datetime.date(2101, 1, 1)


def test_a_strict_calendar_names_the_end_asked_not_a_first_of_january_between():
    calendar = vietnam_calendar().strict()
    assert calendar.covered is not None
    last = calendar.covered[1]
    end = datetime.date(last + 3, 6, 30)
    with pytest.raises(CalendarCoverageError, match=f"^30/06/{last + 3} is in a year without"):
        calendar.working_days_between(datetime.date(last, 1, 2), end)


def test_json_records_may_each_spell_the_columns_their_way_but_once_each(tmp_path):
    path = tmp_path / "tien-do.json"
    path.write_text(
        json.dumps(
            [
                {"task": "I.2", "agency": "SNV", "status": "done", "done_on": "2020-03-20"},
                {
                    "Nhiệm vụ": "I.5",
                    "Cơ quan": "SNV",
                    "Tình trạng": "Hoàn thành",
                    "Ngày hoàn thành": "31/03/2020",
                },
            ],
            ensure_ascii=False,
        ),
        "utf-8",
    )
    assert [r.task for r in read_records(path, plan=PLAN)] == ["I.2", "I.5"]
    path.write_text(
        json.dumps([{"task": "I.2", "Nhiệm vụ": "I.3", "agency": "SNV", "status": "done"}]),
        "utf-8",
    )
    with pytest.raises(RecordsError) as refused:
        read_records(path, plan=PLAN)
    assert [str(p) for p in refused.value.problems] == [
        "row 1, Nhiệm vụ: the task column is there twice (first as 'task'): keep one, or the "
        "reader cannot tell which cells to take"
    ]
