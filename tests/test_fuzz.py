r"""Fuzzing every parser, loader and the command: nothing but the library's errors escapes.

Each property feeds a public entry point arbitrary text (every Unicode category, lone
surrogates and control characters included), words of the domain in any order, and
mutations of a valid input (cells, keys and values replaced, lines dropped or doubled,
bytes inserted).  The only exceptions allowed are the library's documented errors, every
one a :class:`~cchc_model.errors.CchcError`; anything else — ``KeyError``,
``RecursionError``, ``OverflowError``, ``_csv.Error``, ``decimal.InvalidOperation``, a
codec's error — fails the property, as does a traceback printed by the command.

The budget scales with the Hypothesis profile: ``dev`` (the default, 100 examples a
property) and ``ci`` (400, derandomized: the same inputs on every run).  The inputs of the
audit behind issue 14 are pinned as ``@example``\\ s, so they run under every profile.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cchc_model import datasets, dumps_plan, loads_plan
from cchc_model.assessment.scoring import ScoringScheme
from cchc_model.cli import main
from cchc_model.errors import CchcError
from cchc_model.formats.appendix import read_appendix
from cchc_model.formats.readers import load_scheme, read_measurements, read_records
from cchc_model.language.deadlines import parse_deadline
from cchc_model.language.references import find_references, parse_reference
from cchc_model.plan.indicators import parse_indicator
from tests.example_data import PLAN

#: The examples of a property under the current profile, for a property this costly.
_BUDGET = settings.default.max_examples


def budget(share: float) -> settings:
    """Settings for a costly property: ``share`` of the profile's examples."""
    return settings(
        max_examples=max(10, int(_BUDGET * share)),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


# --------------------------------------------------------------------------- text

#: Words of plans, deadlines, indicators, citations and tables, to reach deep into parsers.
WORDS = (
    "Quý I II III IV V /2020 /2027 năm 2020 tháng 5 13 ngày 05 30/4 31/02/2020 hàng "
    "hằng quý tháng năm Thường xuyên liên tục Theo quy định trước trong từ đến - – , ; "
    "và hoặc 6 tháng đầu cuối năm trở lên 100% 80,5% Chỉ số (PCI) (PAR INDEX) tỉnh "
    "thành phố trong nhóm 15/63 15/34 Nghị định số 61/2018/NĐ-CP Quyết định 1/QĐ-UBND "
    "Sở Nội vụ Tư pháp UBND cấp huyện xã Ban Chỉ đạo các cơ quan đơn vị liên quan "
    "Báo cáo công bố ( ) \" ' : . 0 1 9 ٣ １ \u200b \ufeff \x00 \ud800 \ufffe \x1b[31m"
).split(" ")

#: Any text, with the awkward characters a file may hold.
ANY_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(codec=None), max_size=60),  # surrogates and controls included
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
)

#: Deadline phrases of the audit that once escaped or ran for seconds.
AUDIT_PHRASES = (
    "Quý I, II, III" * 3,
    'GỬI"A"THƯỜNG"XUYÊN"',
    "Tháng 1, 2, 3, 4",
    "Quý IV và Quý I/2022",
    "ngày 31/02/2020",
    "٣١/١٢/٢٠٢٠",
)


def _only_library_errors(function: Callable[[], Any]) -> None:
    """Run ``function``; the library's errors pass, anything else fails the property."""
    with contextlib.suppress(CchcError):
        function()


@given(text=ANY_TEXT, year=st.none() | st.integers(1946, 2099), lenient=st.booleans())
@example(text="Tháng 1, 2, " * 20, year=2020, lenient=False)
@example(text="x" * 2_001, year=None, lenient=True)
@example(text="\ud800", year=None, lenient=False)
def test_a_deadline_phrase_either_reads_or_is_a_deadline_parse_error(text, year, lenient):
    _only_library_errors(lambda: parse_deadline(text, year=year, lenient=lenient))
    if lenient:  # a lenient reader keeps every phrase
        parse_deadline(text, year=year, lenient=True)


@pytest.mark.parametrize("phrase", AUDIT_PHRASES)
def test_the_audits_phrases_read_or_are_refused_by_the_library(phrase):
    _only_library_errors(lambda: parse_deadline(phrase, year=2020))


@given(ANY_TEXT)
@example("Chỉ số " + "(x) tỉnh " * 200)
@example("100% " + "trừ " * 300)
def test_an_indicator_sentence_either_reads_or_is_an_indicator_parse_error(text):
    _only_library_errors(lambda: parse_indicator(text))


@given(ANY_TEXT)
@example("Nghị định số 61/2018/NĐ-CP ngày 31/02/2018")
def test_a_citation_either_reads_or_is_a_reference_parse_error(text):
    _only_library_errors(lambda: parse_reference(text))
    _only_library_errors(lambda: find_references(text))


@given(ANY_TEXT)
@example(", ".join(f"Sở Xyz{i}" for i in range(200)))
@example("UBND cấp huyện, cấp xã, cấp tỉnh; ; , và")
def test_an_agency_cell_resolves_or_is_an_unknown_agency_error(text):
    registry = PLAN.agencies
    _only_library_errors(lambda: registry.resolve(text))
    _only_library_errors(lambda: registry.resolve_all(text))
    found, missed = registry.resolve_known(text)  # the lenient form never raises
    assert all(entry in registry for entry in found)
    assert all(isinstance(error, CchcError) for error in missed)


# --------------------------------------------------------------------------- mutations


@st.composite
def text_mutations(draw: st.DrawFn, valid: str) -> str:
    """``valid`` with a few edits: a slice replaced, a line dropped or doubled."""
    text = valid
    for _ in range(draw(st.integers(1, 4))):
        lines = text.split("\n")
        edit = draw(st.sampled_from(("replace", "insert", "drop", "double", "cut")))
        if edit in ("replace", "insert") and text:
            start = draw(st.integers(0, len(text)))
            end = (
                start if edit == "insert" else draw(st.integers(start, min(len(text), start + 40)))
            )
            text = text[:start] + draw(ANY_TEXT) + text[end:]
        elif edit == "drop" and len(lines) > 1:
            del lines[draw(st.integers(0, len(lines) - 1))]
            text = "\n".join(lines)
        elif edit == "double":
            at = draw(st.integers(0, len(lines) - 1))
            lines.insert(at, lines[at])
            text = "\n".join(lines)
        else:
            text = text[: draw(st.integers(0, len(text)))]
    return text


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def json_mutations(draw: st.DrawFn, valid: Any) -> Any:
    """``valid`` JSON data with a value replaced, a key dropped or a key added, somewhere."""
    data = json.loads(json.dumps(valid))
    for _ in range(draw(st.integers(1, 3))):
        node = data
        for _depth in range(draw(st.integers(0, 4))):
            children = list(node.values()) if isinstance(node, dict) else node
            containers = (
                [c for c in children if isinstance(c, (dict, list)) and c]
                if isinstance(children, list)
                else []
            )
            if not containers:
                break
            node = draw(st.sampled_from(containers))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            edit = draw(st.sampled_from(("replace", "drop", "add")))
            if edit == "replace":
                node[key] = draw(JSON_VALUES)
            elif edit == "drop":
                del node[key]
            else:
                node[draw(ANY_TEXT)] = draw(JSON_VALUES)
        elif isinstance(node, list) and node:
            node[draw(st.integers(0, len(node) - 1))] = draw(JSON_VALUES)
    return data


def _small_plan() -> dict[str, Any]:
    """The bundled plan cut to two areas of two tasks: quick to load a thousand times."""
    data = json.loads(dumps_plan(datasets.load("an-giang-2020")))
    data["areas"] = [
        {key: value for key, value in area.items() if key != "declared_task_count"}
        | {"tasks": area["tasks"][:2]}
        for area in data["areas"][:2]
    ]
    data["indicators"] = data["indicators"][:3]
    loads_plan(json.dumps(data))  # valid as cut
    return data


SMALL_PLAN = _small_plan()


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, allow_nan=True)


@given(
    st.one_of(ANY_TEXT, json_mutations(SMALL_PLAN).map(_dumps), text_mutations(_dumps(SMALL_PLAN)))
)
@budget(0.5)
@example('"' + '\\"' * 5_000)
@example("[" * 1_000 + "]" * 1_000)
@example('{"title": "\\ud800"}')
@example("[" + "1" * 4_301 + "]")
def test_a_plan_file_loads_or_is_a_plan_load_error(text):
    _only_library_errors(lambda: loads_plan(text))
    _only_library_errors(lambda: loads_plan(text.encode("utf-8", "surrogatepass")))


RECORDS_CSV = (
    "task,agency,status,done_on,reported_on,milestone,note\n"
    "I.2,SNV,done,17/02/2020,18/02/2020,,xong\n"
    "I.3,STP,in progress,,01/03/2020,ban hành,\n"
    "II.1,SNV,not applicable,,05/04/2020,,không phát sinh\n"
)
MEASUREMENTS_CSV = (
    "indicator,value,numerator,denominator,rank,of,measured_on\n"
    "1,97.5,,,,,31/12/2020\n2,,45,50,,,\n"
)
SCHEME = {
    "code": "x",
    "name": "X",
    "source": "QĐ 1/QĐ-UBND",
    "criteria": [
        {"code": "1.1", "label": "Ban hành", "kind": "plan_issued_by", "points": 1},
        {
            "code": "1.2",
            "label": "Hoàn thành",
            "kind": "completion_bands",
            "points": 2,
            "bands": [{"at_least": 1, "points": 2}, {"above": 0.5, "points": 1}],
        },
    ],
}
APPENDIX_CSV = (
    "STT,Nhiệm vụ,Kết quả,Chủ trì,Phối hợp,Thời gian\n"
    "I,CẢI CÁCH THỂ CHẾ,,,,\n"
    '1,Rà soát văn bản,Báo cáo,Sở Tư pháp,"Các sở, ban, ngành",Quý I/2027\n'
    "2,Kiểm tra,Kế hoạch,Sở Nội vụ,,Hằng quý\n"
    "II,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,,,\n"
    "1,Công bố,Quyết định,Văn phòng UBND tỉnh,,Thường xuyên\n"
)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding, "surrogatepass"))
    return path


@given(
    text=st.one_of(ANY_TEXT, text_mutations(RECORDS_CSV)),
    suffix=st.sampled_from((".csv", ".json")),
    strict=st.booleans(),
)
@budget(0.5)
@example(text="task,agency,status\nI.2,SNV,done,x,y\n", suffix=".csv", strict=True)
@example(text="task,agency,status,status\nI.2,SNV,done,done\n", suffix=".csv", strict=False)
@example(text="task,agency,status\n" + "x" * 140_000 + ",SNV,done\n", suffix=".csv", strict=True)
def test_a_progress_sheet_reads_or_is_a_records_error(folder, text, suffix, strict):
    path = _write(folder, f"tien-do{suffix}", text)
    _only_library_errors(lambda: read_records(path, plan=PLAN, strict=strict))


@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["task", "agency", "status", "done_on", "milestone", "x"]),
            JSON_VALUES,
            max_size=5,
        ),
        max_size=4,
    )
)
@budget(0.3)
def test_progress_records_as_json_read_or_are_a_records_error(folder, rows):
    path = _write(folder, "tien-do.json", _dumps(rows))
    _only_library_errors(lambda: read_records(path, plan=PLAN, strict=False))


@given(st.one_of(ANY_TEXT, text_mutations(MEASUREMENTS_CSV)))
@budget(0.5)
@example("indicator,value\n1,NaN\n2,sNaN\n3,Infinity\n")
def test_a_measurement_sheet_reads_or_is_a_records_error(folder, text):
    path = _write(folder, "do-luong.csv", text)
    _only_library_errors(lambda: read_measurements(path, plan=PLAN))


@given(
    st.lists(
        st.lists(
            st.one_of(
                st.none(), st.integers(-10, 10**6), st.floats(allow_nan=True), ANY_TEXT, st.dates()
            ),
            max_size=5,
        ),
        max_size=4,
    )
)
@budget(0.15)
def test_a_spreadsheet_of_any_cells_reads_or_is_a_records_error(folder, rows):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["task", "agency", "status", "done_on"])
    for row in rows:
        with contextlib.suppress(ValueError, TypeError):  # openpyxl refuses some cells itself
            book.active.append([_cell_for_excel(value) for value in row])
    path = folder / "tien-do.xlsx"
    book.save(path)
    _only_library_errors(lambda: read_records(path, plan=PLAN, strict=False))
    _only_library_errors(lambda: read_measurements(path, plan=PLAN))


def _cell_for_excel(value: object) -> object:
    """A value openpyxl can store: text without the characters XML cannot hold."""
    if isinstance(value, str):
        return "".join(ch for ch in value if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF)
    return value


@given(st.one_of(json_mutations(SCHEME).map(_dumps), text_mutations(_dumps(SCHEME)), ANY_TEXT))
@budget(0.5)
@example(
    '{"code": "x", "name": "X", "source": "S", "criteria": '
    '[{"code": "1", "label": "L", "kind": "completion_bands", "points": NaN}]}'
)
def test_a_scoring_scheme_loads_or_is_a_scheme_error(folder, text):
    path = _write(folder, "scheme.json", text)
    _only_library_errors(lambda: load_scheme(path))
    with contextlib.suppress(ValueError):  # not JSON at all: nothing for from_data to see
        data = json.loads(text)
        _only_library_errors(lambda: ScoringScheme.from_data(data))


@given(
    text=st.one_of(ANY_TEXT, text_mutations(APPENDIX_CSV)),
    encoding=st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1258")),
    strict=st.booleans(),
)
@budget(0.5)
def test_an_appendix_table_reads_or_is_an_appendix_error(folder, text, encoding, strict):
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    path = folder / "phu-luc.csv"
    path.write_bytes(raw)
    _only_library_errors(lambda: read_appendix(path, strict=strict))


@given(st.binary(max_size=300))
@budget(0.3)
def test_any_bytes_named_as_a_table_or_workbook_are_refused_by_the_library(folder, raw):
    for name in ("x.csv", "x.xlsx", "x.docx", "x.json"):
        path = folder / name
        path.write_bytes(raw)
        _only_library_errors(lambda path=path: read_appendix(path))
        _only_library_errors(lambda path=path: read_records(path, plan=PLAN, strict=False))
    _only_library_errors(lambda: load_scheme(folder / "x.json"))
    _only_library_errors(lambda: loads_plan(raw))


# --------------------------------------------------------------------------- the command

DATES = st.one_of(
    st.sampled_from(
        [
            "01/01/2020",
            "31/12/2020",
            "29/02/2020",
            "01/01/0001",
            "31/12/9999",
            "31/02/2020",
            "2020-03-31",
            "",
        ]
    ),
    ANY_TEXT.map(lambda t: t.replace("\x00", "")),
)
_FREE = ANY_TEXT.map(lambda t: t.replace("\x00", ""))


@st.composite
def command_lines(draw: st.DrawFn, files: dict[str, str]) -> list[str]:
    """A command line of the ``cchc`` command: a subcommand and a mix of options."""
    path = st.sampled_from(sorted(files.values()))
    command = draw(
        st.sampled_from(
            [
                "show",
                "schedule",
                "evaluate",
                "indicators",
                "ics",
                "calendar",
                "agencies",
                "validate",
                "import",
                "export",
                "template",
            ]
        )
    )
    argv = [command]
    options = {
        "show": [[path]],
        "schedule": [
            ["--from", DATES],
            ["--to", DATES],
            ["--agency", _FREE],
            ["--plan", path],
            ["--format", st.sampled_from(["text", "csv", "json", "x"])],
        ],
        "evaluate": [
            [path],
            ["--as-of", DATES],
            ["--plan", path],
            ["--format", st.sampled_from(["text", "md", "csv", "json"])],
            ["--lenient"],
            ["--scheme", _FREE],
        ],
        "indicators": [[path], ["--plan", path]],
        "ics": [
            ["--from", DATES],
            ["--to", DATES],
            ["--agency", _FREE],
            ["--records", path],
            ["--as-of", DATES],
            ["--alarm", _FREE],
            ["-o", st.just(files["out.ics"])],
        ],
        "calendar": [[st.one_of(st.sampled_from(["2020", "1999", "2101", "0"]), _FREE)]],
        "agencies": [
            ["--province", _FREE],
            ["--on", DATES],
            ["--bodies", path],
            ["--format", st.sampled_from(["text", "json"])],
        ],
        "validate": [[path], ["--records"], ["--plan", path]],
        "import": [
            [path],
            ["--year", _FREE],
            ["--province", _FREE],
            ["--strict"],
            ["-o", st.just(files["out.json"])],
        ],
        "export": [
            [path],
            ["-o", st.sampled_from([files["out.csv"], files["out.xlsx"], files["out.docx"]])],
        ],
        "template": [
            [path],
            ["--agency", _FREE],
            ["--from", DATES],
            ["-o", st.just(files["out.xlsx"])],
        ],
    }[command]
    for option in draw(st.lists(st.sampled_from(range(len(options))), unique=True)):
        for part in options[option]:
            argv.append(draw(part) if isinstance(part, st.SearchStrategy) else part)
    return argv


def _command_files() -> dict[str, str]:
    folder = Path(tempfile.mkdtemp(prefix="cchc-fuzz-"))
    # Made when the module is imported (the strategies need the paths); removed when the
    # test process ends, so that the runs leave no files behind.
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    files = {
        "plan.json": _dumps(SMALL_PLAN),
        "bad-plan.json": '{"title": "\\u001b[2J", "areas": [',
        "records.csv": RECORDS_CSV,
        "bad-records.csv": "task,agency,status\nI.2,SNV,done,0,5\n",
        "measurements.csv": MEASUREMENTS_CSV,
        "table.csv": APPENDIX_CSV,
        "bytes.xlsx": "PK\x03\x04 not a workbook",
        "scheme.json": _dumps(SCHEME),
    }
    paths = {name: str(_write(folder, name, text)) for name, text in files.items()}
    paths["missing.csv"] = str(folder / "missing.csv")
    paths["a folder"] = str(folder)
    for name in ("out.ics", "out.json", "out.csv", "out.xlsx", "out.docx"):
        paths[name] = str(folder / "out" / name) if name == "out.docx" else str(folder / name)
    return paths


COMMAND_FILES = _command_files()
OUTPUTS = {"out.ics", "out.json", "out.csv", "out.xlsx", "out.docx"}


@given(
    command_lines(
        {k: v for k, v in COMMAND_FILES.items() if k not in OUTPUTS}
        | {k: COMMAND_FILES[k] for k in OUTPUTS}
    )
)
@budget(0.3)
@example(["schedule", "--from", "01/01/0001", "--to", "02/01/0001"])
@example(["ics", "--to", "31/12/9999"])
@example(["show", COMMAND_FILES["bad-plan.json"]])
@example(["validate", COMMAND_FILES["bad-records.csv"], "--records"])
@example(["evaluate", COMMAND_FILES["a folder"]])
def test_the_command_ends_with_a_status_and_never_a_traceback(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            status = main(argv, out=out, err=err)
        except SystemExit as exit_:  # argparse: a usage error (2) or --help (0)
            status = exit_.code
    assert status in (0, 1, 2, 3), (argv, status, err.getvalue())
    assert "Traceback" not in err.getvalue()
    for line in err.getvalue().splitlines():
        assert not any(ord(ch) < 32 and ch != "\t" for ch in line), line  # nothing raw


def test_the_fuzzed_files_are_what_the_properties_expect():
    # The properties above would pass vacuously if the valid inputs they mutate did not
    # read: each must read whole.
    folder = Path(os.path.dirname(COMMAND_FILES["plan.json"]))
    assert len(read_records(folder / "records.csv", plan=PLAN)) == 3
    assert len(read_measurements(folder / "measurements.csv", plan=PLAN)) == 2
    assert load_scheme(folder / "scheme.json").code == "x"
    assert len(read_appendix(folder / "table.csv", strict=True).plan.tasks) == 3
    assert main(["validate", str(folder / "plan.json")], out=io.StringIO(), err=io.StringIO()) == 0
