"""The bad-input catalogue: malformed inputs of every format, each with its exact message.

Issue 14 ("Robustness in the suite") asks for a catalogue of malformed inputs, each with
the exact message a user reads.  Each case names its entry point, its input — a file of
``tests/catalogue/``, a phrase written here, or a file made here (a workbook, bytes that
are not text) — the library's error and the exact ``str()`` of it, or, for the ``cchc``
command, the exact standard error and exit status.  (For a bad argument the command prints
argparse's usage and then one line, ``cchc …: error: …``: that last line is the message.)

Every message quotes the input, says where it is (a JSON path, a row and a column) and
what the writer should write instead.  A case whose message is not yet that — or whose
error is not a :class:`cchc_model.errors.CchcError` — names its defect and is an expected
failure: its message is the one the library should give, not the one it gives.

``docs/errors.rst`` ("Every error you can meet") takes its examples from here.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import io
import pathlib
import shutil
import sys
from typing import Any

import pytest

from cchc_model import datasets
from cchc_model.assessment.scoring import SchemeError, scheme
from cchc_model.cli import main
from cchc_model.errors import CchcError, DeadlineParseError
from cchc_model.formats.appendix import AppendixError, read_appendix
from cchc_model.formats.plan_json import load_plan, loads_plan
from cchc_model.formats.problems import PlanLoadError, RecordsError
from cchc_model.formats.readers import load_scheme, read_measurements, read_records
from cchc_model.language.deadlines import parse_deadline
from cchc_model.language.references import ReferenceParseError, parse_reference
from cchc_model.plan.agencies import (
    Agency,
    AgencyLevel,
    AgencyRegistry,
    AmbiguousAgencyError,
    DefunctAgencyError,
    UnknownAgencyError,
)
from cchc_model.plan.bodies import registry_on
from cchc_model.plan.indicators import IndicatorParseError, parse_indicator

openpyxl = pytest.importorskip("openpyxl")

CATALOGUE = pathlib.Path(__file__).parent / "catalogue"
PLAN = datasets.load("an-giang-2020")
REGISTRIES = {
    "An Giang 2020": PLAN.agencies,
    "An Giang 2026": registry_on(datetime.date(2026, 1, 1), "An Giang"),
    "two communes": AgencyRegistry(
        agencies=(
            Agency(code="TAN_HOA", name="UBND xã Tân Hòa", level=AgencyLevel.COMMUNE),
            Agency(code="TAN_HOA_2", name="UBND xã Tân Hóa", level=AgencyLevel.COMMUNE),
        )
    ),
}


@dataclasses.dataclass(frozen=True)
class Made:
    """An input the test writes into a temporary folder: bytes, or a workbook's rows."""

    name: str
    content: bytes | tuple[tuple[object, ...], ...]


@dataclasses.dataclass(frozen=True)
class Case:
    """One malformed input and what the user reads about it.

    ``input`` is a file name of ``tests/catalogue/``, a :class:`Made` file, a phrase, or the
    command's arguments; ``error`` is the exception's exact class (``None`` for the
    command, which reports ``status`` instead); ``defect`` marks a message the library
    does not give yet.
    """

    id: str
    format: str
    entry: str
    input: Any
    error: type[BaseException] | None
    message: str
    status: int | None = None
    options: tuple[tuple[str, Any], ...] = ()
    defect: str | None = None


def _listed(count: int, what: str, lines: tuple[str, ...]) -> str:
    return f"{count} problem{'s' if count > 1 else ''} in {what}:\n" + "\n".join(lines)


def in_plan(*lines: str) -> str:
    return _listed(len(lines), "the plan", lines)


def in_records(*lines: str) -> str:
    return _listed(len(lines), "the progress records", lines)


def in_measurements(*lines: str) -> str:
    return _listed(len(lines), "the measurements", lines)


def caret(reason: str, text: str, start: int, end: int) -> str:
    """A phrase error's message: the reason, the phrase, a caret under ``text[start:end]``."""
    return f"{reason}\n    {text}\n    {' ' * start}^{'~' * max(0, end - start - 1)}"


def at(reason: str, text: str, part: str) -> str:
    """:func:`caret` under the first ``part`` of ``text``."""
    start = text.index(part)
    return caret(reason, text, start, start + len(part))


def trailing_comma(line: int, column: int, line_313: int, column_313: int) -> str:
    """Python's words for a comma before a closing bracket: from 3.13 they name it, at it."""
    if sys.version_info >= (3, 13):
        line, column = line_313, column_313
        return f"Illegal trailing comma before end of object at line {line}, column {column}"
    return f"Expecting property name enclosed in double quotes at line {line}, column {column}"


def workbook(*rows: tuple[object, ...]) -> tuple[tuple[object, ...], ...]:
    return rows


STATUSES = (
    "expected done, in_progress, not_started or not_applicable "
    "(hoàn thành, đang thực hiện, chưa triển khai, không phát sinh)"
)
NOT_A_DATE = "is not a date: write dd/mm/yyyy or yyyy-mm-dd"
NOT_TEXT = (
    "which is not a character of text (a control character, a lone surrogate or a non-character)"
)
NOT_A_DEADLINE = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)
NOT_A_TARGET = (
    "expected a share ('100% …', 'Từ 80% trở lên …') or a rank ('Chỉ số … trong nhóm 15/63 …')"
)
NO_HEADER = (
    "no table has a task table's header: a row naming a task column and two more of 'STT', "
    "'Nhiệm vụ', 'Kết quả', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện' (or "
    "their usual variants: 'Nội dung', 'Sản phẩm', 'Đơn vị chủ trì', 'Tiến độ', 'Thời hạn'…)"
)
KHDT_SINCE_2025 = (
    "'Sở Kế hoạch và Đầu tư' no longer exists: since 01/03/2025 its work is done by "
    "'Sở Tài chính' (hợp nhất vào Sở Tài chính; Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 "
    "(hiệu lực 01/3/2025); Nghị định số 150/2025/NĐ-CP ngày 12/6/2025)"
)
EXTRA_CELLS = 'quote a cell that holds the separator, as in "0,5"'
TASK = "$.areas[0].tasks[0]"

# A case whose message the library does not give yet names its defect (``defect=``)
# and is a strict expected failure.  The 35 the catalogue found when it was written (a
# repeated key reported at '$', impossible dates told to use their own notation,
# Python's words in messages, a quote that never closes, 'Q1/2020', …) are fixed.

CASES = [
    # ---------------------------------------------------------------- plan files (JSON)
    Case(
        "plan-trailing-comma",
        "plan",
        "load_plan",
        "plan-trailing-comma.json",
        PlanLoadError,
        in_plan(f"$: not JSON: {trailing_comma(21, 9, 20, 40)}"),
    ),
    Case(
        "plan-unclosed",
        "plan",
        "load_plan",
        "plan-unclosed.json",
        PlanLoadError,
        in_plan(
            "$: not JSON: Expecting property name enclosed in double quotes at line 12, column 7"
        ),
    ),
    Case(
        "plan-single-quotes",
        "plan",
        "load_plan",
        "plan-single-quotes.json",
        PlanLoadError,
        in_plan(
            "$: not JSON: Expecting property name enclosed in double quotes at line 1, column 2"
        ),
    ),
    Case(
        "plan-comment",
        "plan",
        "load_plan",
        "plan-comment.json",
        PlanLoadError,
        in_plan("$: not JSON: Expecting value at line 1, column 1"),
    ),
    Case(
        "plan-duplicate-key",
        "plan",
        "load_plan",
        "plan-duplicate-key.json",
        PlanLoadError,
        in_plan("$: the key 'year' appears twice in one object"),
    ),
    Case(
        "plan-duplicate-key-nested",
        "plan",
        "load_plan",
        "plan-duplicate-key-nested.json",
        PlanLoadError,
        in_plan(f"{TASK}: the key 'code' appears twice in one object"),
    ),
    Case(
        "plan-too-deep",
        "plan",
        "load_plan",
        "plan-too-deep.json",
        PlanLoadError,
        in_plan("$: the JSON nests 40 levels deep; the limit is 32"),
    ),
    Case(
        "plan-big-integer",
        "plan",
        "load_plan",
        "plan-big-integer.json",
        PlanLoadError,
        in_plan("$: the JSON holds a number of 4301 digits; the limit is 4300"),
    ),
    Case(
        "plan-nan",
        "plan",
        "load_plan",
        "plan-nan.json",
        PlanLoadError,
        in_plan("$: NaN is not a number JSON allows"),
    ),
    Case(
        "plan-huge-float",
        "plan",
        "load_plan",
        "plan-huge-float.json",
        PlanLoadError,
        in_plan("$: the number 1e400 is too large for a float"),
    ),
    Case(
        "plan-control-character",
        "plan",
        "load_plan",
        "plan-control-character.json",
        PlanLoadError,
        in_plan(f"$.title: the text holds U+0007 at position 0, {NOT_TEXT}"),
    ),
    Case(
        "plan-lone-surrogate",
        "plan",
        "load_plan",
        "plan-lone-surrogate.json",
        PlanLoadError,
        in_plan(f"$.title: the text holds U+D800 at position 43, {NOT_TEXT}"),
    ),
    Case(
        "plan-raw-tab-in-text",
        "plan",
        "load_plan",
        "plan-raw-tab-in-text.json",
        PlanLoadError,
        in_plan("$: not JSON: Invalid control character at line 6, column 21"),
    ),
    Case(
        "plan-empty-title",
        "plan",
        "load_plan",
        "plan-empty-title.json",
        PlanLoadError,
        in_plan("$.title: title must be non-empty text, not ''"),
    ),
    Case(
        "plan-year-as-text",
        "plan",
        "load_plan",
        "plan-year-as-text.json",
        PlanLoadError,
        in_plan("$.year: expected an integer, not '2020'"),
    ),
    Case(
        "plan-year-out-of-range",
        "plan",
        "load_plan",
        "plan-year-out-of-range.json",
        PlanLoadError,
        in_plan("$.year: year 1900 is outside 1945–2100"),
    ),
    Case(
        "plan-missing-fields",
        "plan",
        "load_plan",
        "plan-missing-fields.json",
        PlanLoadError,
        in_plan(
            "$.issuer: required field missing",
            "$.kind: required field missing",
            "$.title: required field missing",
            "$.year: required field missing",
            "$.areas: required field missing",
        ),
    ),
    Case(
        "plan-misspelt-field",
        "plan",
        "load_plan",
        "plan-misspelt-field.json",
        PlanLoadError,
        in_plan("$.titel: unknown field", "$.title: required field missing"),
    ),
    Case(
        "plan-wrong-format",
        "plan",
        "load_plan",
        "plan-wrong-format.json",
        PlanLoadError,
        in_plan("$.format: expected 'cchc-plan/1', not 'cchc-plan/2'"),
    ),
    Case(
        "plan-not-an-object",
        "plan",
        "load_plan",
        "plan-not-an-object.json",
        PlanLoadError,
        in_plan("$: expected an object, not a list"),
    ),
    Case(
        "plan-empty",
        "plan",
        "load_plan",
        "plan-empty.json",
        PlanLoadError,
        in_plan("$: the file is empty"),
    ),
    Case(
        "plan-windows-1258",
        "plan",
        "load_plan",
        "plan-windows-1258.json",
        PlanLoadError,
        in_plan("$: the file is not UTF-8 (byte 43: invalid continuation byte)"),
    ),
    Case(
        "plan-utf-16-text",
        "plan",
        "loads_plan",
        '{"format": "cchc-plan/1"}'.encode("utf-16"),
        PlanLoadError,
        in_plan("$: the file is not UTF-8 (byte 0: invalid start byte)"),
    ),
    Case(
        "plan-blank-text",
        "plan",
        "loads_plan",
        " \n\t\n",
        PlanLoadError,
        in_plan("$: the file is empty"),
    ),
    Case(
        "plan-bad-deadline",
        "plan",
        "load_plan",
        "plan-bad-deadline.json",
        PlanLoadError,
        in_plan(f"{TASK}.deadline: a quarter is numbered I to IV (1 to 4), not 'V'"),
    ),
    Case(
        "plan-deadline-not-a-phrase",
        "plan",
        "load_plan",
        "plan-deadline-not-a-phrase.json",
        PlanLoadError,
        in_plan(f"{TASK}.deadline: {NOT_A_DEADLINE}, not 'sớm'"),
    ),
    Case(
        "plan-unknown-agency",
        "plan",
        "load_plan",
        "plan-unknown-agency.json",
        PlanLoadError,
        in_plan(
            f"{TASK}.lead[0]: unknown agency 'Sở Ngoại giao'; closest known names: 'Sở Ngoại vụ'"
        ),
    ),
    Case(
        "plan-unknown-agency-text",
        "plan",
        "load_plan",
        "plan-unknown-agency-text.json",
        PlanLoadError,
        in_plan(
            f"{TASK}.partners_text: unknown agency 'Sở Ngoại giao'; "
            "closest known names: 'Sở Ngoại vụ'"
        ),
    ),
    Case(
        "plan-defunct-agency",
        "plan",
        "load_plan",
        "plan-defunct-agency.json",
        PlanLoadError,
        in_plan(f"{TASK}.partners_text: {KHDT_SINCE_2025}"),
    ),
    Case(
        "plan-lead-not-a-list",
        "plan",
        "load_plan",
        "plan-lead-not-a-list.json",
        PlanLoadError,
        in_plan(f"{TASK}.lead: expected a list, not 'SNV'"),
    ),
    Case(
        "plan-duplicate-task-code",
        "plan",
        "load_plan",
        "plan-duplicate-task-code.json",
        PlanLoadError,
        in_plan(
            "$.areas[0].tasks[1].code: duplicate task code 'I.1' (first at $.areas[0].tasks[0])"
        ),
    ),
    Case(
        "plan-task-code-elsewhere",
        "plan",
        "load_plan",
        "plan-task-code-elsewhere.json",
        PlanLoadError,
        in_plan(
            f"{TASK}.code: code 'II.1' does not match its place: "
            "expected a code under area I, such as 'I.1'"
        ),
    ),
    Case(
        "plan-date-day-first",
        "plan",
        "load_plan",
        "plan-date-day-first.json",
        PlanLoadError,
        in_plan("$.date: expected a date as YYYY-MM-DD, not '31/12/2019'"),
    ),
    Case(
        "plan-impossible-date",
        "plan",
        "load_plan",
        "plan-impossible-date.json",
        PlanLoadError,
        in_plan("$.date: '2019-02-30' is not a date: February has no day 30"),
    ),
    Case(
        "plan-unknown-province",
        "plan",
        "load_plan",
        "plan-unknown-province.json",
        PlanLoadError,
        in_plan("$.province: no province 'Atlantis' on 01/01/2020"),
    ),
    Case(
        "plan-signatory-as-text",
        "plan",
        "load_plan",
        "plan-signatory-as-text.json",
        PlanLoadError,
        in_plan("$.signatory: expected an object, not 'Nguyễn Văn A'"),
    ),
    Case(
        "plan-agency-level",
        "plan",
        "load_plan",
        "plan-agency-level.json",
        PlanLoadError,
        in_plan(
            "$.agencies.agencies[0].level: 'ministry' is not one of central, party, council, "
            "province, department, steering_committee, district, commune, mass_organisation, "
            "press, public_service_unit, enterprise"
        ),
    ),
    Case(
        "plan-area-code-lower-case",
        "plan",
        "load_plan",
        "plan-area-code-lower-case.json",
        PlanLoadError,
        in_plan("$.areas[0].code: 'i' is not an area code such as 'I' or 'A.I'"),
    ),
    Case(
        "plan-declared-count",
        "plan",
        "load_plan",
        "plan-declared-count.json",
        PlanLoadError,
        in_plan("$.areas[0].declared_task_count: area I declares 3 tasks but lists 1"),
    ),
    Case(
        "plan-bad-indicator",
        "plan",
        "load_plan",
        "plan-bad-indicator.json",
        PlanLoadError,
        in_plan(f"$.indicators[0]: {NOT_A_TARGET}"),
    ),
    Case(
        "plan-group-member",
        "plan",
        "load_plan",
        "plan-group-member.json",
        PlanLoadError,
        in_plan("$.agencies.groups[0].members[1]: no agency has the code 'STTTT'"),
    ),
    # ---------------------------------------------------------------- progress records, CSV
    Case(
        "records-missing-column",
        "records-csv",
        "read_records",
        "records-missing-column.csv",
        RecordsError,
        in_records(
            "row 1, status: required column missing; write it 'status', 'Tình trạng' or "
            "'Trạng thái' (any case, with or without tone marks)"
        ),
    ),
    Case(
        "records-vietnamese-headers-missing-column",
        "records-csv",
        "read_records",
        "records-vietnamese-headers-missing-column.csv",
        RecordsError,
        in_records(
            "row 1, agency: required column missing; write it 'agency', 'Cơ quan' or 'Đơn vị' "
            "(any case, with or without tone marks)",
            "row 1, STT: unknown column (kept aside)",
            "row 1, Đơn vị thực hiện: unknown column (kept aside)",
        ),
    ),
    Case(
        "records-impossible-date",
        "records-csv",
        "read_records",
        "records-impossible-date.csv",
        RecordsError,
        in_records("row 2, done_on: '31/02/2020' is not a date: February has no day 31"),
    ),
    Case(
        "records-date-in-words",
        "records-csv",
        "read_records",
        "records-date-in-words.csv",
        RecordsError,
        in_records(f"row 2, done_on: '20 tháng 3' {NOT_A_DATE}"),
    ),
    Case(
        "records-unknown-status",
        "records-csv",
        "read_records",
        "records-unknown-status.csv",
        RecordsError,
        in_records(f"row 2, status: unknown status 'xong': {STATUSES}"),
    ),
    Case(
        "records-unknown-task",
        "records-csv",
        "read_records",
        "records-unknown-task.csv",
        RecordsError,
        in_records("row 2, task: the plan has no task 'IX.1' (its tasks run from I.1 to VII.13)"),
    ),
    Case(
        "records-unknown-agency",
        "records-csv",
        "read_records",
        "records-unknown-agency.csv",
        RecordsError,
        in_records(
            "row 2, agency: unknown agency 'Sở Tài chánh'; closest known names: "
            "'Sở Tài chính', 'Bộ Tài chính', 'Sở Tư pháp'"
        ),
    ),
    Case(
        "records-agency-owes-nothing",
        "records-csv",
        "read_records",
        "records-agency-owes-nothing.csv",
        RecordsError,
        in_records("row 2, agency: Báo An Giang owes nothing on task I.2"),
    ),
    Case(
        "records-closed-group",
        "records-csv",
        "read_records",
        "records-closed-group.csv",
        RecordsError,
        in_records(
            "row 2, agency: Các sở, ban, ngành owes as its members: report for each of them"
        ),
    ),
    Case(
        "records-milestone-needed",
        "records-csv",
        "read_records",
        "records-milestone-needed.csv",
        RecordsError,
        in_records(
            "row 2, milestone: task I.6 is due more than once: name the milestone "
            "(2020-01-05, 2020-02-05, 2020-03-05, …)"
        ),
    ),
    Case(
        "records-unknown-milestone",
        "records-csv",
        "read_records",
        "records-unknown-milestone.csv",
        RecordsError,
        in_records(
            "row 2, milestone: task I.6 has no milestone 'quý V': "
            "expected 2020-01-05, 2020-02-05, 2020-03-05, …"
        ),
    ),
    Case(
        "records-duplicate-rows",
        "records-csv",
        "read_records",
        "records-duplicate-rows.csv",
        RecordsError,
        in_records("row 3: the same record as row 2"),
    ),
    Case(
        "records-contradicting-rows",
        "records-csv",
        "read_records",
        "records-contradicting-rows.csv",
        RecordsError,
        in_records(
            "row 3, status: in_progress contradicts row 2 (done) for the same obligation on the "
            "same date"
        ),
    ),
    Case(
        "records-done-without-date",
        "records-csv",
        "read_records",
        "records-done-without-date.csv",
        RecordsError,
        in_records("row 2, done_on: a done record needs the date it was done"),
    ),
    Case(
        "records-date-but-not-done",
        "records-csv",
        "read_records",
        "records-date-but-not-done.csv",
        RecordsError,
        in_records("row 2, done_on: a record đang thực hiện has no completion date"),
    ),
    Case(
        "records-done-after-report",
        "records-csv",
        "read_records",
        "records-done-after-report.csv",
        RecordsError,
        in_records("row 2, done_on: done on 20/03/2020, after the report of 10/03/2020"),
    ),
    Case(
        "records-extra-cell",
        "records-csv",
        "read_records",
        "records-extra-cell.csv",
        RecordsError,
        in_records(f"row 2: 5 cells for 4 columns: {EXTRA_CELLS}"),
    ),
    Case(
        "records-unquoted-comma",
        "records-csv",
        "read_records",
        "records-unquoted-comma.csv",
        RecordsError,
        in_records(f"row 2: 6 cells for 4 columns: {EXTRA_CELLS}"),
    ),
    Case(
        "records-stray-quote",
        "records-csv",
        "read_records",
        "records-stray-quote.csv",
        RecordsError,
        in_records('row 2, agency: a quote (") opens in this cell and never closes'),
    ),
    Case(
        "records-empty",
        "records-csv",
        "read_records",
        "records-empty.csv",
        RecordsError,
        in_records("the file is empty"),
    ),
    Case(
        "records-header-only",
        "records-csv",
        "read_records",
        "records-header-only.csv",
        RecordsError,
        in_records("the sheet has no records"),
    ),
    Case(
        "records-semicolons",
        "records-csv",
        "read_records",
        "records-semicolons.csv",
        RecordsError,
        in_records(f"row 2, status: unknown status 'xong': {STATUSES}"),
    ),
    Case(
        "records-many-problems",
        "records-csv",
        "read_records",
        "records-many-problems.csv",
        RecordsError,
        in_records(
            "row 2, task: the plan has no task 'I.99' (its tasks run from I.1 to VII.13)",
            "row 2, agency: unknown agency 'Sở Tài chánh'; closest known names: "
            "'Sở Tài chính', 'Bộ Tài chính', 'Sở Tư pháp'",
            f"row 2, status: unknown status 'xong': {STATUSES}",
        ),
    ),
    Case(
        "records-windows-1258",
        "records-csv",
        "read_records",
        "records-windows-1258.csv",
        RecordsError,
        in_records(
            "row 2, agency: unknown agency 'Sở Tài chánh'; closest known names: "
            "'Sở Tài chính', 'Bộ Tài chính', 'Sở Tư pháp'"
        ),
    ),
    Case(
        "records-utf-16",
        "records-csv",
        "read_records",
        Made(
            "records-utf-16.csv",
            "task\tagency\tstatus\nI.2\tSở Nội vụ\txong\n".encode("utf-16"),
        ),
        RecordsError,
        in_records(f"row 2, status: unknown status 'xong': {STATUSES}"),
    ),
    Case(
        "records-binary",
        "records-csv",
        "read_records",
        Made("records-binary.csv", b"task,agency,status\nI.2,SNV,\x00\x01\x02\n"),
        RecordsError,
        in_records("the file is not text in UTF-8, UTF-16 or Windows-1258 (byte 27)"),
    ),
    Case(
        "records-workbook-named-csv",
        "records-csv",
        "read_records",
        Made("records-workbook.csv", workbook(("task", "agency", "status"))),
        RecordsError,
        in_records(
            "the file is an Excel or Word package, not CSV: save it as CSV (UTF-8) and read that"
        ),
    ),
    Case(
        "records-long-cell",
        "records-csv",
        "read_records",
        Made(
            "records-long-cell.csv",
            b"task,agency,status,note\nI.2,SNV,in_progress," + b"x" * 131_073 + b"\n",
        ),
        RecordsError,
        in_records("row 2: a cell is longer than 131,072 characters, the limit"),
    ),
    # ---------------------------------------------------------------- progress records, JSON
    Case(
        "records-not-a-list",
        "records-json",
        "read_records",
        "records-not-a-list.json",
        RecordsError,
        in_records("expected a list of objects"),
    ),
    Case(
        "records-syntax",
        "records-json",
        "read_records",
        "records-syntax.json",
        RecordsError,
        in_records(f"not JSON: {trailing_comma(2, 59, 2, 58)}"),
    ),
    Case(
        "records-duplicate-key",
        "records-json",
        "read_records",
        "records-duplicate-key.json",
        RecordsError,
        in_records("row 1: the key 'task' appears twice in one object"),
    ),
    Case(
        "records-nan",
        "records-json",
        "read_records",
        "records-nan.json",
        RecordsError,
        in_records("NaN is not a number JSON allows"),
    ),
    Case(
        "records-missing-key",
        "records-json",
        "read_records",
        "records-missing-key.json",
        RecordsError,
        in_records(
            "row 1, agency: required column missing; write it 'agency', 'Cơ quan' or 'Đơn vị' "
            "(any case, with or without tone marks)"
        ),
    ),
    Case(
        "records-status-number",
        "records-json",
        "read_records",
        "records-status-number.json",
        RecordsError,
        in_records(f"row 1, status: unknown status '1': {STATUSES}"),
    ),
    Case(
        "records-list-in-cell",
        "records-json",
        "read_records",
        "records-list-in-cell.json",
        RecordsError,
        in_records("row 1, task: expected text, not a list"),
    ),
    Case(
        "records-status-true",
        "records-json",
        "read_records",
        "records-status-true.json",
        RecordsError,
        in_records("row 1, status: expected text, not true"),
    ),
    # ---------------------------------------------------------------- progress records, .xlsx
    Case(
        "records-unknown-status-xlsx",
        "records-xlsx",
        "read_records",
        Made(
            "records-unknown-status.xlsx",
            workbook(("task", "agency", "status", "done_on"), ("I.2", "Sở Nội vụ", "xong", None)),
        ),
        RecordsError,
        in_records(f"row 2, status: unknown status 'xong': {STATUSES}"),
    ),
    Case(
        "records-title-row-xlsx",
        "records-xlsx",
        "read_records",
        Made(
            "records-title-row.xlsx",
            workbook(
                ("BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2020",),
                ("Nhiệm vụ", "Cơ quan", "Tình trạng", "Ngày hoàn thành"),
                ("I.2", "Sở Nội vụ", "Hoàn thành", datetime.date(2020, 3, 20)),
                ("I.99", "Sở Nội vụ", "Hoàn thành", datetime.date(2020, 3, 20)),
            ),
        ),
        RecordsError,
        in_records("row 4, task: the plan has no task 'I.99' (its tasks run from I.1 to VII.13)"),
    ),
    Case(
        "records-serial-date-xlsx",
        "records-xlsx",
        "read_records",
        Made(
            "records-serial-date.xlsx",
            workbook(("task", "agency", "status", "done_on"), ("I.2", "Sở Nội vụ", "done", 43910)),
        ),
        RecordsError,
        in_records(f"row 2, done_on: '43910' {NOT_A_DATE}"),
    ),
    Case(
        "records-extra-cell-xlsx",
        "records-xlsx",
        "read_records",
        Made(
            "records-extra-cell.xlsx",
            workbook(
                ("task", "agency", "status", "done_on"),
                ("I.2", "Sở Nội vụ", "done", datetime.date(2020, 3, 20), "Kế hoạch số 12"),
            ),
        ),
        RecordsError,
        in_records("row 2, E: a cell under no header: give its column a header or empty it"),
    ),
    Case(
        "records-not-a-workbook-xlsx",
        "records-xlsx",
        "read_records",
        Made("records-not-a-workbook.xlsx", b"task,agency,status\n"),
        RecordsError,
        in_records("not an Excel workbook (BadZipFile)"),
    ),
    # ---------------------------------------------------------------- measurements, CSV
    Case(
        "measurements-nan",
        "measurements-csv",
        "read_measurements",
        "measurements-nan.csv",
        RecordsError,
        in_measurements("row 2, value: 'NaN' is not a finite number"),
    ),
    Case(
        "measurements-infinity",
        "measurements-csv",
        "read_measurements",
        "measurements-infinity.csv",
        RecordsError,
        in_measurements("row 2, value: 'Infinity' is not a finite number"),
    ),
    Case(
        "measurements-unknown-indicator",
        "measurements-csv",
        "read_measurements",
        "measurements-unknown-indicator.csv",
        RecordsError,
        in_measurements(
            "row 2, indicator: the plan has no indicator 18 (its indicators run from 1 to 17)"
        ),
    ),
    Case(
        "measurements-indicator-in-words",
        "measurements-csv",
        "read_measurements",
        "measurements-indicator-in-words.csv",
        RecordsError,
        in_measurements("row 2, indicator: expected the indicator's number, not 'một'"),
    ),
    Case(
        "measurements-missing-indicator-column",
        "measurements-csv",
        "read_measurements",
        "measurements-missing-indicator-column.csv",
        RecordsError,
        in_measurements(
            "row 1, indicator: required column missing; write it 'indicator', 'Chỉ tiêu' or "
            "'Số chỉ tiêu' (any case, with or without tone marks)"
        ),
    ),
    Case(
        "measurements-not-a-number",
        "measurements-csv",
        "read_measurements",
        "measurements-not-a-number.csv",
        RecordsError,
        in_measurements("row 2, value: 'chín mươi' is not a number"),
    ),
    Case(
        "measurements-over-100",
        "measurements-csv",
        "read_measurements",
        "measurements-over-100.csv",
        RecordsError,
        in_measurements("row 2, value: value must be a share from 0 to 100 percent, not 120"),
    ),
    Case(
        "measurements-decimal-comma",
        "measurements-csv",
        "read_measurements",
        "measurements-decimal-comma.csv",
        RecordsError,
        in_measurements(f"row 2: 4 cells for 3 columns: {EXTRA_CELLS}"),
    ),
    Case(
        "measurements-no-value",
        "measurements-csv",
        "read_measurements",
        "measurements-no-value.csv",
        RecordsError,
        in_measurements(
            "row 2: a measurement needs a value, a numerator and denominator, or a rank"
        ),
    ),
    Case(
        "measurements-impossible-date",
        "measurements-csv",
        "read_measurements",
        "measurements-impossible-date.csv",
        RecordsError,
        in_measurements(
            "row 2, measured_on: '31/13/2020' is not a date: a month is numbered 1 to 12, not 13"
        ),
    ),
    Case(
        "measurements-rank-for-a-share",
        "measurements-csv",
        "read_measurements",
        "measurements-rank-for-a-share.csv",
        RecordsError,
        in_measurements("row 2: indicator 2 is a share target: the measurement needs a share"),
    ),
    Case(
        "measurements-share-for-a-rank",
        "measurements-csv",
        "read_measurements",
        "measurements-share-for-a-rank.csv",
        RecordsError,
        in_measurements("row 2: indicator 11 is a rank target: the measurement needs a rank"),
    ),
    Case(
        "measurements-rank-past-the-field",
        "measurements-csv",
        "read_measurements",
        "measurements-rank-past-the-field.csv",
        RecordsError,
        in_measurements("row 2, rank: rank must be from 1 to 63, not 70"),
    ),
    Case(
        "measurements-numerator-over",
        "measurements-csv",
        "read_measurements",
        "measurements-numerator-over.csv",
        RecordsError,
        in_measurements("row 2: numerator 120 is more than the 100 cases counted"),
    ),
    Case(
        "measurements-all-exempt",
        "measurements-csv",
        "read_measurements",
        "measurements-all-exempt.csv",
        RecordsError,
        in_measurements("row 2: nothing is left to count once the exempted cases are taken out"),
    ),
    Case(
        "measurements-empty",
        "measurements-csv",
        "read_measurements",
        "measurements-empty.csv",
        RecordsError,
        in_measurements("the file is empty"),
    ),
    # ---------------------------------------------------------------- measurements, JSON
    Case(
        "measurements-nan-json",
        "measurements-json",
        "read_measurements",
        "measurements-nan.json",
        RecordsError,
        in_measurements("NaN is not a number JSON allows"),
    ),
    Case(
        "measurements-huge-number-json",
        "measurements-json",
        "read_measurements",
        "measurements-huge-number.json",
        RecordsError,
        in_measurements("the number 1e400 is too large for a float"),
    ),
    Case(
        "measurements-value-true-json",
        "measurements-json",
        "read_measurements",
        "measurements-value-true.json",
        RecordsError,
        in_measurements("row 1, value: expected a number, not true"),
    ),
    Case(
        "measurements-not-a-list-json",
        "measurements-json",
        "read_measurements",
        "measurements-not-a-list.json",
        RecordsError,
        in_measurements("expected a list of objects"),
    ),
    # ---------------------------------------------------------------- measurements, .xlsx
    Case(
        "measurements-nan-xlsx",
        "measurements-xlsx",
        "read_measurements",
        Made("measurements-nan.xlsx", workbook(("Chỉ tiêu", "Giá trị"), (2, "NaN"))),
        RecordsError,
        in_measurements("row 2, value: 'NaN' is not a finite number"),
    ),
    Case(
        "measurements-rank-text-xlsx",
        "measurements-xlsx",
        "read_measurements",
        Made(
            "measurements-rank-text.xlsx",
            workbook(("KẾT QUẢ CHỈ SỐ NĂM 2020",), ("Chỉ tiêu", "Xếp hạng"), (11, "xếp thứ 33")),
        ),
        RecordsError,
        in_measurements("row 3, rank: 'xếp thứ 33' is not a whole number"),
    ),
    # ---------------------------------------------------------------- scoring schemes
    Case(
        "scheme-not-an-object",
        "scheme",
        "load_scheme",
        "scheme-not-an-object.json",
        SchemeError,
        "a scheme is a JSON object",
    ),
    Case(
        "scheme-syntax",
        "scheme",
        "load_scheme",
        "scheme-syntax.json",
        SchemeError,
        f"scheme-syntax.json: not a JSON scheme (not JSON: {trailing_comma(4, 1, 3, 28)})",
    ),
    Case(
        "scheme-missing-criteria",
        "scheme",
        "load_scheme",
        "scheme-missing-criteria.json",
        SchemeError,
        "criteria: required field missing",
    ),
    Case(
        "scheme-unknown-kind",
        "scheme",
        "load_scheme",
        "scheme-unknown-kind.json",
        SchemeError,
        "criteria[0].kind: 'manual' is not one of "
        "plan_issued_by, completion_bands, reports_on_time, assessor",
    ),
    Case(
        "scheme-missing-kind",
        "scheme",
        "load_scheme",
        "scheme-missing-kind.json",
        SchemeError,
        "criteria[0].kind: required field missing",
    ),
    Case(
        "scheme-negative-points",
        "scheme",
        "load_scheme",
        "scheme-negative-points.json",
        SchemeError,
        "criteria[0].points: expected a number of points, not -1",
    ),
    Case(
        "scheme-nan-points",
        "scheme",
        "load_scheme",
        "scheme-nan-points.json",
        SchemeError,
        "scheme-nan-points.json: not a JSON scheme (NaN is not a number JSON allows)",
    ),
    Case(
        "scheme-day-before-month",
        "scheme",
        "load_scheme",
        "scheme-day-before-month.json",
        SchemeError,
        "criteria[0].issue_by: expected MM-DD, not '31-12'",
    ),
    Case(
        "scheme-no-bands",
        "scheme",
        "load_scheme",
        "scheme-no-bands.json",
        SchemeError,
        "criteria[0].bands: a list of bands is required",
    ),
    Case(
        "scheme-band-without-share",
        "scheme",
        "load_scheme",
        "scheme-band-without-share.json",
        SchemeError,
        "criteria[0].bands[0]: give 'above' or 'at_least' a share",
    ),
    Case(
        "scheme-band-in-percent",
        "scheme",
        "load_scheme",
        "scheme-band-in-percent.json",
        SchemeError,
        "criteria[0].bands[0].above: a share is from 0 to 1 (0.9 for 90%), not 90",
    ),
    Case(
        "scheme-misspelt-field",
        "scheme",
        "load_scheme",
        "scheme-misspelt-field.json",
        SchemeError,
        "criteria[0].point: unknown field",
    ),
    Case(
        "scheme-duplicate-code",
        "scheme",
        "load_scheme",
        "scheme-duplicate-code.json",
        SchemeError,
        "criteria[1].code: '1.1' is already the code of criteria[0]",
    ),
    Case(
        "scheme-windows-1258",
        "scheme",
        "load_scheme",
        "scheme-windows-1258.json",
        SchemeError,
        "scheme-windows-1258.json: not a JSON scheme (the file is not UTF-8: "
        "byte 24, invalid continuation byte)",
    ),
    Case(
        "scheme-unknown-name",
        "scheme",
        "scheme",
        "ha-noi-2020",
        SchemeError,
        "no scoring scheme 'ha-noi-2020'; the shipped ones are: ca-mau-2013",
    ),
    # ---------------------------------------------------------------- appendix tables
    Case(
        "appendix-no-title-column",
        "appendix",
        "read_appendix",
        "appendix-no-title-column.csv",
        AppendixError,
        f"appendix-no-title-column.csv: {NO_HEADER}",
    ),
    Case(
        "appendix-empty",
        "appendix",
        "read_appendix",
        "appendix-empty.csv",
        AppendixError,
        f"appendix-empty.csv: {NO_HEADER}",
    ),
    Case(
        "appendix-no-year",
        "appendix",
        "read_appendix",
        "appendix-no-year.csv",
        AppendixError,
        "the plan year is nowhere in the table (no 'năm 2026' in its title, no year in its "
        "deadlines): give it (year=, or cchc import --year)",
    ),
    Case(
        "appendix-unknown-agency",
        "appendix",
        "read_appendix",
        "appendix-unknown-agency.csv",
        AppendixError,
        "appendix-unknown-agency.csv: 1 problem in the appendix table\n"
        "row 4, Cơ quan phối hợp: task I.1: no known body is called 'Sở Ngoại giao' "
        "(coordinating); closest known names: 'Sở Ngoại vụ'; the cell's text is kept "
        "[unknown-agency]",
    ),
    Case(
        "appendix-defunct-agency",
        "appendix",
        "read_appendix",
        "appendix-defunct-agency.csv",
        AppendixError,
        "appendix-defunct-agency.csv: 1 problem in the appendix table\n"
        f"row 4, Cơ quan phối hợp: task I.1: the coordinating agency {KHDT_SINCE_2025} "
        "[defunct-agency]",
    ),
    Case(
        "appendix-no-lead",
        "appendix",
        "read_appendix",
        "appendix-no-lead.csv",
        AppendixError,
        "appendix-no-lead.csv: 1 problem in the appendix table\n"
        "row 4, Cơ quan chủ trì: task I.1 names no lead agency: nobody owes it [no-lead]",
    ),
    Case(
        "appendix-bad-deadline",
        "appendix",
        "read_appendix",
        "appendix-bad-deadline.csv",
        AppendixError,
        "appendix-bad-deadline.csv: 1 problem in the appendix table\n"
        "row 4, Thời gian thực hiện: task I.1: the deadline 'Quý V/2020' does not read "
        "(a quarter is numbered I to IV (1 to 4), not 'V'); it is kept as written "
        "[unread-deadline]",
    ),
    Case(
        "appendix-no-deadline",
        "appendix",
        "read_appendix",
        "appendix-no-deadline.csv",
        AppendixError,
        "appendix-no-deadline.csv: 1 problem in the appendix table\n"
        "row 4, Thời gian thực hiện: task I.1 has no deadline [no-deadline]",
    ),
    Case(
        "appendix-no-task-text",
        "appendix",
        "read_appendix",
        "appendix-no-task-text.csv",
        AppendixError,
        "appendix-no-task-text.csv: 1 problem in the appendix table\n"
        "row 4, Nhiệm vụ: task I.1 has no task text; the row is kept aside: "
        "'Kế hoạch | Sở Nội vụ | Sở Tư pháp | Quý I/2020' [no-title]",
    ),
    Case(
        "appendix-duplicate-number",
        "appendix",
        "read_appendix",
        "appendix-duplicate-number.csv",
        AppendixError,
        "appendix-duplicate-number.csv: 1 problem in the appendix table\n"
        "row 5, STT: task I.1 again (first on row 4): this one is I.12 [duplicate-number]",
    ),
    Case(
        "appendix-duplicate-area",
        "appendix",
        "read_appendix",
        "appendix-duplicate-area.csv",
        AppendixError,
        "appendix-duplicate-area.csv: 1 problem in the appendix table\n"
        "row 5: a second area I ('CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'): its tasks join the first "
        "[duplicate-area]",
    ),
    Case(
        "appendix-area-row-text",
        "appendix",
        "read_appendix",
        "appendix-area-row-text.csv",
        AppendixError,
        "appendix-area-row-text.csv: 1 problem in the appendix table\n"
        "row 3, Cơ quan chủ trì: area I has text in its Cơ quan chủ trì cell, kept aside: "
        "'Sở Nội vụ' [area-row-text]",
    ),
    Case(
        "appendix-text-before-tasks",
        "appendix",
        "read_appendix",
        "appendix-text-before-tasks.csv",
        AppendixError,
        "appendix-text-before-tasks.csv: 1 problem in the appendix table\n"
        "row 3: text before the first task, kept aside: 'Các nhiệm vụ trọng tâm' "
        "[text-outside-tasks]",
    ),
    Case(
        "appendix-totals-differ",
        "appendix",
        "read_appendix",
        "appendix-totals-differ.csv",
        AppendixError,
        "appendix-totals-differ.csv: 1 problem in the appendix table\n"
        "row 5: the totals row counts 5 tasks, the table lists 1 [totals-differ]",
    ),
    Case(
        "appendix-stray-quote",
        "appendix",
        "read_appendix",
        "appendix-stray-quote.csv",
        AppendixError,
        'appendix-stray-quote.csv: line 4 is not CSV the reader can take: a quote (") opens '
        "and never closes",
    ),
    Case(
        "appendix-windows-1258",
        "appendix",
        "read_appendix",
        "appendix-windows-1258.csv",
        AppendixError,
        "appendix-windows-1258.csv: 1 problem in the appendix table\n"
        "row 4, Cơ quan phối hợp: task I.1: no known body is called 'Sở Ngoại giao' "
        "(coordinating); closest known names: 'Sở Ngoại vụ'; the cell's text is kept "
        "[unknown-agency]",
    ),
    Case(
        "appendix-unknown-province",
        "appendix",
        "read_appendix",
        "appendix-no-year.csv",
        AppendixError,
        "no province 'Atlantis' on 01/01/2020: give the province (province= or registry=, "
        "or cchc import --province or --registry)",
        options=(("year", 2020), ("province", "Atlantis")),
    ),
    Case(
        "appendix-binary",
        "appendix",
        "read_appendix",
        Made("appendix-binary.csv", b"STT,Nhi\x00m v\x01\n"),
        AppendixError,
        "appendix-binary.csv: the file is not text in UTF-8, UTF-16 or Windows-1258 (byte 7) "
        "— nor an .xlsx or .docx file by its name",
    ),
    Case(
        "appendix-old-excel",
        "appendix",
        "read_appendix",
        Made("appendix-old-excel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
        AppendixError,
        "appendix-old-excel.xls: a .xls file is the old Office format: save it as .xlsx "
        "(File > Save As) and read that",
    ),
    Case(
        "appendix-workbook-named-csv",
        "appendix",
        "read_appendix",
        Made("appendix-workbook.csv", workbook(("STT", "Nhiệm vụ", "Cơ quan chủ trì"))),
        AppendixError,
        "appendix-workbook.csv: the file is a Word or Excel package with another name: "
        "give it its .docx or .xlsx name",
    ),
    Case(
        "appendix-not-a-workbook",
        "appendix",
        "read_appendix",
        Made("appendix-not-a-workbook.xlsx", b"STT,Nhiem vu\n"),
        AppendixError,
        "appendix-not-a-workbook.xlsx: not an Excel workbook (BadZipFile)",
    ),
    Case(
        "appendix-unknown-agency-xlsx",
        "appendix",
        "read_appendix",
        Made(
            "appendix-unknown-agency.xlsx",
            workbook(
                ("PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TỈNH AN GIANG NĂM 2020",),
                ("STT", "Nội dung", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
                ("I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"),
                ("1", "Kế hoạch kiểm tra", "Kế hoạch", "Sở Ngoại giao", None, "Quý I/2020"),
            ),
        ),
        AppendixError,
        "appendix-unknown-agency.xlsx: 1 problem in the appendix table\n"
        "row 4, Đơn vị chủ trì: task I.1: no known body is called 'Sở Ngoại giao' (lead); "
        "closest known names: 'Sở Ngoại vụ'; the cell's text is kept [unknown-agency]",
    ),
    # ---------------------------------------------------------------- deadline phrases
    Case(
        "deadline-quarter-v",
        "deadline",
        "parse_deadline",
        "Quý V/2020",
        DeadlineParseError,
        at("a quarter is numbered I to IV (1 to 4), not 'V'", "Quý V/2020", "V"),
    ),
    Case(
        "deadline-month-13",
        "deadline",
        "parse_deadline",
        "Tháng 13/2020",
        DeadlineParseError,
        at("a month is numbered 1 to 12, not 13", "Tháng 13/2020", "13"),
    ),
    Case(
        "deadline-no-such-day",
        "deadline",
        "parse_deadline",
        "ngày 29/02/2021",
        DeadlineParseError,
        caret("February 2021 has no day 29", "ngày 29/02/2021", 0, 15),
    ),
    Case(
        "deadline-no-year",
        "deadline",
        "parse_deadline",
        "ngày 30/4",
        DeadlineParseError,
        caret(
            "'ngày 30/4' has no year: write one, as in 'ngày 15/3/2020', or give the plan year",
            "ngày 30/4",
            0,
            9,
        ),
    ),
    Case(
        "deadline-not-a-deadline",
        "deadline",
        "parse_deadline",
        "sớm nhất có thể",
        DeadlineParseError,
        at(f"{NOT_A_DEADLINE}, not 'sớm'", "sớm nhất có thể", "sớm"),
    ),
    Case(
        "deadline-empty",
        "deadline",
        "parse_deadline",
        "",
        DeadlineParseError,
        caret("the deadline phrase is empty", "", 0, 0),
    ),
    Case(
        "deadline-trailing-dash",
        "deadline",
        "parse_deadline",
        "Quý I/2020 -",
        DeadlineParseError,
        at("unexpected '-' after the deadline", "Quý I/2020 -", "-"),
    ),
    Case(
        "deadline-two-digit-year",
        "deadline",
        "parse_deadline",
        "Tháng 5/20",
        DeadlineParseError,
        caret("write the year in four digits, not '20'", "Tháng 5/20", 8, 10),
    ),
    Case(
        "deadline-year-out-of-range",
        "deadline",
        "parse_deadline",
        "Năm 2200",
        DeadlineParseError,
        at("the year 2200 is outside 1945–2100", "Năm 2200", "2200"),
    ),
    Case(
        "deadline-reversed-range",
        "deadline",
        "parse_deadline",
        "từ ngày 20/5/2020 đến ngày 10/5/2020",
        DeadlineParseError,
        at(
            "the range ends (10/05/2020) before it starts (20/05/2020)",
            "từ ngày 20/5/2020 đến ngày 10/5/2020",
            "ngày 20/5/2020 đến ngày 10/5/2020",
        ),
    ),
    Case(
        "deadline-zero-days",
        "deadline",
        "parse_deadline",
        "trong thời hạn 0 ngày làm việc",
        DeadlineParseError,
        at("a time limit of 0 days is out of range", "trong thời hạn 0 ngày làm việc", "0"),
    ),
    Case(
        "deadline-open-bracket",
        "deadline",
        "parse_deadline",
        "Thường xuyên (",
        DeadlineParseError,
        at("the bracket is not closed", "Thường xuyên (", "("),
    ),
    Case(
        "deadline-q1",
        "deadline",
        "parse_deadline",
        "Q1/2020",
        DeadlineParseError,
        caret("write a quarter as 'Quý I/2020', not 'Q1'", "Q1/2020", 0, 2),
    ),
    # ---------------------------------------------------------------- indicator sentences
    Case(
        "indicator-no-target",
        "indicator",
        "parse_indicator",
        "Phấn đấu nâng cao chất lượng dịch vụ công.",
        IndicatorParseError,
        caret(NOT_A_TARGET, "Phấn đấu nâng cao chất lượng dịch vụ công.", 0, 42),
    ),
    Case(
        "indicator-over-100",
        "indicator",
        "parse_indicator",
        "120% thủ tục hành chính được giải quyết đúng hạn.",
        IndicatorParseError,
        caret(
            "a share is more than 0% and at most 100%, not 120%",
            "120% thủ tục hành chính được giải quyết đúng hạn.",
            0,
            4,
        ),
    ),
    Case(
        "indicator-half-written-share",
        "indicator",
        "parse_indicator",
        "Từ 80% số văn bản đi được phát hành trên trục liên thông.",
        IndicatorParseError,
        caret(
            "write 'Từ N% trở lên' in full",
            "Từ 80% số văn bản đi được phát hành trên trục liên thông.",
            0,
            5,
        ),
    ),
    Case(
        "indicator-no-criterion",
        "indicator",
        "parse_indicator",
        "100% thủ tục hành chính đúng hạn.",
        IndicatorParseError,
        at(
            "expected what each counted item must satisfy, starting with 'được', "
            "'thường xuyên', 'có', 'ứng dụng', 'thực hiện', 'đạt'",
            "100% thủ tục hành chính đúng hạn.",
            "thủ tục hành chính đúng hạn",
        ),
    ),
    Case(
        "indicator-rank-past-the-field",
        "indicator",
        "parse_indicator",
        "Chỉ số cải cách hành chính (PAR INDEX) tỉnh An Giang năm 2020 trong nhóm 70/63 "
        "tỉnh, thành của cả nước.",
        IndicatorParseError,
        at(
            "a rank target is within 1–63, not 70",
            "Chỉ số cải cách hành chính (PAR INDEX) tỉnh An Giang năm 2020 trong nhóm 70/63 "
            "tỉnh, thành của cả nước.",
            "70/63",
        ),
    ),
    Case(
        "indicator-citation-bad-date",
        "indicator",
        "parse_indicator",
        "100% hồ sơ được giải quyết theo Nghị định số 61/2018/NĐ-CP ngày 31/02/2018.",
        IndicatorParseError,
        at(
            "a citation does not read: 31/02/2018 is not a date",
            "100% hồ sơ được giải quyết theo Nghị định số 61/2018/NĐ-CP ngày 31/02/2018.",
            "Nghị định số 61/2018/NĐ-CP ngày 31/02/2018",
        ),
    ),
    Case(
        "indicator-citation-old-year",
        "indicator",
        "parse_indicator",
        "100% hồ sơ được giải quyết theo Nghị định số 61/1899/NĐ-CP.",
        IndicatorParseError,
        at(
            "a citation does not read: the year 1899 is outside 1900–2100",
            "100% hồ sơ được giải quyết theo Nghị định số 61/1899/NĐ-CP.",
            "1899",
        ),
    ),
    # ---------------------------------------------------------------- document references
    Case(
        "reference-unknown-issuer",
        "reference",
        "parse_reference",
        "Nghị định số 61/2018/NĐ-CP của Bộ Ngoại giao",
        ReferenceParseError,
        at(
            "unexpected text after the citation",
            "Nghị định số 61/2018/NĐ-CP của Bộ Ngoại giao",
            "của Bộ Ngoại giao",
        ),
    ),
    Case(
        "reference-no-such-day",
        "reference",
        "parse_reference",
        "Quyết định số 1/QĐ-UBND ngày 31/02/2016",
        ReferenceParseError,
        caret("31/02/2016 is not a date", "Quyết định số 1/QĐ-UBND ngày 31/02/2016", 0, 39),
    ),
    Case(
        "reference-year-out-of-range",
        "reference",
        "parse_reference",
        "Quyết định số 1/QĐ-UBND ngày 01/01/1900",
        ReferenceParseError,
        caret(
            "the year 1900 is outside 1945–2100", "Quyết định số 1/QĐ-UBND ngày 01/01/1900", 0, 39
        ),
    ),
    Case(
        "reference-abbreviated-kind",
        "reference",
        "parse_reference",
        "NĐ 61/2018/NĐ-CP",
        ReferenceParseError,
        caret(
            "expected a citation such as 'Nghị định số 61/2018/NĐ-CP'", "NĐ 61/2018/NĐ-CP", 0, 16
        ),
    ),
    Case(
        "reference-no-number",
        "reference",
        "parse_reference",
        "Nghị định số /2018/NĐ-CP",
        ReferenceParseError,
        caret(
            "expected a citation such as 'Nghị định số 61/2018/NĐ-CP'",
            "Nghị định số /2018/NĐ-CP",
            0,
            24,
        ),
    ),
    Case(
        "reference-trailing-word",
        "reference",
        "parse_reference",
        "Luật số 72/2025/QH15 ngày 16/6/2025 và",
        ReferenceParseError,
        at("unexpected text after the citation", "Luật số 72/2025/QH15 ngày 16/6/2025 và", "và"),
    ),
    Case(
        "reference-old-year",
        "reference",
        "parse_reference",
        "Nghị định số 61/1899/NĐ-CP",
        ReferenceParseError,
        at("the year 1899 is outside 1900–2100", "Nghị định số 61/1899/NĐ-CP", "1899"),
    ),
    # ---------------------------------------------------------------- agency names
    Case(
        "agency-misspelt",
        "agency",
        "resolve",
        "Sở Tài chánh",
        UnknownAgencyError,
        "unknown agency 'Sở Tài chánh'; closest known names: "
        "'Sở Tài chính', 'Bộ Tài chính', 'Sở Tư pháp'",
        options=(("registry", "An Giang 2020"),),
    ),
    Case(
        "agency-unknown",
        "agency",
        "resolve",
        "Sở Ngoại giao",
        UnknownAgencyError,
        "unknown agency 'Sở Ngoại giao'; closest known names: 'Sở Ngoại vụ'",
        options=(("registry", "An Giang 2020"),),
    ),
    Case(
        "agency-nothing-close",
        "agency",
        "resolve",
        "Bộ Ngoại giao",
        UnknownAgencyError,
        "unknown agency 'Bộ Ngoại giao'",
        options=(("registry", "An Giang 2020"),),
    ),
    Case(
        "agency-ambiguous",
        "agency",
        "resolve",
        "UBND xa Tan Hoa",
        AmbiguousAgencyError,
        "ambiguous agency 'UBND xa Tan Hoa' without diacritics: it could be "
        "'UBND xã Tân Hòa' or 'UBND xã Tân Hóa'",
        options=(("registry", "two communes"),),
    ),
    Case(
        "agency-defunct",
        "agency",
        "resolve",
        "Sở Kế hoạch và Đầu tư",
        DefunctAgencyError,
        KHDT_SINCE_2025,
        options=(("registry", "An Giang 2026"),),
    ),
    Case(
        "agency-defunct-level",
        "agency",
        "resolve",
        "UBND cấp huyện",
        DefunctAgencyError,
        "'UBND cấp huyện' no longer exists: since 01/07/2025 its work is done by 'UBND cấp xã' "
        "(cấp huyện kết thúc hoạt động; chính quyền địa phương còn hai cấp, tỉnh và xã; Luật Tổ "
        "chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025: cấp huyện kết thúc hoạt "
        "động từ 01/7/2025)",
        options=(("registry", "An Giang 2026"),),
    ),
    Case(
        "agency-unknown-in-a-cell",
        "agency",
        "resolve_all",
        "Sở Nội vụ; Sở Ngoại giao",
        UnknownAgencyError,
        "unknown agency 'Sở Ngoại giao'; closest known names: 'Sở Ngoại vụ'",
        options=(("registry", "An Giang 2020"),),
    ),
    Case(
        "agency-unknown-code",
        "agency",
        "get",
        "SNVV",
        UnknownAgencyError,
        "unknown agency 'SNVV'; closest known names: 'SNV', 'SNGV'",
        options=(("registry", "An Giang 2020"),),
    ),
    # ---------------------------------------------------------------- the cchc command
    Case(
        "cli-not-a-date",
        "cli",
        "main",
        ("schedule", "--from", "hôm nay", "--to", "31/03/2020"),
        None,
        f"cchc schedule: error: argument --from: 'hôm nay' {NOT_A_DATE}",
        status=2,
    ),
    Case(
        "cli-date-outside-the-years",
        "cli",
        "main",
        ("ics", "--to", "31/12/9999"),
        None,
        "cchc ics: error: argument --to: '31/12/9999' is outside the years the library "
        "answers, 1945–2100",
        status=2,
    ),
    Case(
        "cli-missing-option",
        "cli",
        "main",
        ("schedule", "--to", "31/03/2020"),
        None,
        "cchc schedule: error: the following arguments are required: --from",
        status=2,
    ),
    Case(
        "cli-unknown-option",
        "cli",
        "main",
        ("schedule", "--from", "01/01/2020", "--to", "31/01/2020", "--colour", "red"),
        None,
        "cchc: error: unrecognized arguments: --colour red",
        status=2,
    ),
    Case(
        "cli-year-outside",
        "cli",
        "main",
        ("calendar", "1999"),
        None,
        "cchc calendar: error: argument year: '1999' is not a year from 2000 to 2100",
        status=2,
    ),
    Case(
        "cli-alarm-too-far",
        "cli",
        "main",
        ("ics", "--alarm", "400"),
        None,
        "cchc ics: error: argument --alarm: '400' is not a number of days from 0 to 366",
        status=2,
    ),
    Case(
        "cli-reversed-range",
        "cli",
        "main",
        ("schedule", "--from", "01/03/2020", "--to", "01/01/2020"),
        None,
        "cchc schedule: error: --to 01/01/2020 is before --from 01/03/2020",
        status=2,
    ),
    Case(
        "cli-no-such-plan",
        "cli",
        "main",
        ("show", "an-giang-1999"),
        None,
        "cchc: no plan 'an-giang-1999': give a plan JSON file or one of an-giang-2020\n",
        status=1,
    ),
    Case(
        "cli-missing-file",
        "cli",
        "main",
        ("validate", "khong-co.json"),
        None,
        "cchc: khong-co.json: No such file or directory\n",
        status=1,
    ),
    Case(
        "cli-validate-broken-plan",
        "cli",
        "main",
        ("validate", "plan-trailing-comma.json"),
        None,
        f"cchc: plan-trailing-comma.json: $: not JSON: {trailing_comma(21, 9, 20, 40)}\n",
        status=1,
    ),
    Case(
        "cli-show-broken-plan",
        "cli",
        "main",
        ("show", "plan-bad-deadline.json"),
        None,
        f"cchc: plan-bad-deadline.json: {TASK}.deadline: a quarter is numbered I to IV "
        "(1 to 4), not 'V'\n",
        status=1,
    ),
    Case(
        "cli-evaluate-bad-records",
        "cli",
        "main",
        ("evaluate", "records-many-problems.csv", "--as-of", "30/09/2020"),
        None,
        "cchc: records-many-problems.csv: row 2, task: the plan has no task 'I.99' (its tasks "
        "run from I.1 to VII.13)\n"
        "cchc: records-many-problems.csv: row 2, agency: unknown agency 'Sở Tài chánh'; "
        "closest known names: 'Sở Tài chính', 'Bộ Tài chính', 'Sở Tư pháp'\n"
        f"cchc: records-many-problems.csv: row 2, status: unknown status 'xong': {STATUSES}\n",
        status=1,
    ),
    Case(
        "cli-unknown-scheme",
        "cli",
        "main",
        ("evaluate", "records-unknown-status.csv", "--scheme", "ha-noi-2020"),
        None,
        "cchc: no scoring scheme 'ha-noi-2020'; the shipped ones are: ca-mau-2013\n",
        status=1,
    ),
    Case(
        "cli-indicators-nan",
        "cli",
        "main",
        ("indicators", "measurements-nan.csv"),
        None,
        "cchc: measurements-nan.csv: row 2, value: 'NaN' is not a finite number\n",
        status=1,
    ),
    Case(
        "cli-validate-records",
        "cli",
        "main",
        ("validate", "--records", "records-unknown-task.csv"),
        None,
        "cchc: records-unknown-task.csv: row 2, task: the plan has no task 'IX.1' (its tasks "
        "run from I.1 to VII.13)\n",
        status=1,
    ),
    Case(
        "cli-import-no-header",
        "cli",
        "main",
        ("import", "appendix-no-title-column.csv", "-o", "ke-hoach.json"),
        None,
        f"cchc: appendix-no-title-column.csv: {NO_HEADER}\n",
        status=1,
    ),
    Case(
        "cli-import-strict",
        "cli",
        "main",
        ("import", "appendix-unknown-agency.csv", "--strict", "-o", "ke-hoach.json"),
        None,
        "cchc: appendix-unknown-agency.csv: 1 problem in the appendix table\n"
        "cchc: row 4, Cơ quan phối hợp: task I.1: no known body is called 'Sở Ngoại giao' "
        "(coordinating); closest known names: 'Sở Ngoại vụ'; the cell's text is kept "
        "[unknown-agency]\n",
        status=1,
    ),
    Case(
        "cli-unknown-agency",
        "cli",
        "main",
        ("schedule", "--from", "01/01/2020", "--to", "31/01/2020", "--agency", "Sở Ngoại giao"),
        None,
        "cchc: unknown agency 'Sở Ngoại giao'; closest known names: 'Sở Ngoại vụ'\n",
        status=1,
    ),
    Case(
        "cli-unknown-province",
        "cli",
        "main",
        ("agencies", "--province", "Atlantis", "--on", "01/01/2026"),
        None,
        "cchc: no province 'Atlantis' on 01/01/2026\n",
        status=1,
    ),
    Case(
        "cli-strict-calendar",
        "cli",
        "main",
        ("calendar", "2035", "--strict-calendar"),
        None,
        "cchc: 01/01/2035 is in a year without the Government's published schedule of days off "
        "(published: 2013–2026); a strict calendar refuses estimates\n",
        status=1,
    ),
    Case(
        "cli-export-suffix",
        "cli",
        "main",
        ("export", "-o", "phu-luc.pdf"),
        None,
        "cchc: phu-luc.pdf: an appendix is written as .csv, .xlsx or .docx, not '.pdf'\n",
        status=1,
    ),
]

#: What the catalogue covers: every format, and every entry point, of the issue.
FORMATS = {
    "plan": 25,
    "records-csv": 15,
    "records-json": 5,
    "records-xlsx": 3,
    "measurements-csv": 10,
    "measurements-json": 3,
    "measurements-xlsx": 1,
    "scheme": 8,
    "appendix": 10,
    "deadline": 8,
    "indicator": 4,
    "reference": 4,
    "agency": 5,
    "cli": 10,
}
ENTRIES = {
    "load_plan",
    "loads_plan",
    "read_records",
    "read_measurements",
    "load_scheme",
    "scheme",
    "read_appendix",
    "parse_deadline",
    "parse_indicator",
    "parse_reference",
    "resolve",
    "resolve_all",
    "get",
    "main",
}


def _place(given: str | Made, folder: pathlib.Path) -> str:
    """The input's file in ``folder`` (the current directory), by the name the user gave it."""
    if isinstance(given, Made):
        target = folder / given.name
        if isinstance(given.content, bytes):
            target.write_bytes(given.content)
        else:
            book = openpyxl.Workbook()
            sheet = book.active
            for row in given.content:
                sheet.append(list(row))
            book.save(target)
        return given.name
    shutil.copy(CATALOGUE / given, folder / given)
    return given


def _raised(case: Case, folder: pathlib.Path) -> BaseException | None:
    """What the case's entry point raises on its input."""
    options = dict(case.options)
    calls = {
        "load_plan": lambda: load_plan(_place(case.input, folder)),
        "loads_plan": lambda: loads_plan(case.input),
        "read_records": lambda: read_records(_place(case.input, folder), plan=PLAN),
        "read_measurements": lambda: read_measurements(_place(case.input, folder), plan=PLAN),
        "load_scheme": lambda: load_scheme(_place(case.input, folder)),
        "scheme": lambda: scheme(case.input),
        "read_appendix": lambda: read_appendix(_place(case.input, folder), strict=True, **options),
        "parse_deadline": lambda: parse_deadline(case.input, **options),
        "parse_indicator": lambda: parse_indicator(case.input),
        "parse_reference": lambda: parse_reference(case.input),
        "resolve": lambda: REGISTRIES[options["registry"]].resolve(case.input),
        "resolve_all": lambda: REGISTRIES[options["registry"]].resolve_all(case.input),
        "get": lambda: REGISTRIES[options["registry"]].get(case.input),
    }
    try:
        calls[case.entry]()
    except Exception as error:  # the case is about what is raised, whatever it is
        return error
    return None


def _command(case: Case, folder: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> tuple:
    """The command's exit status and standard error, run in ``folder``."""
    for argument in case.input:
        if (CATALOGUE / argument).is_file():
            _place(argument, folder)
    out, err = io.StringIO(), io.StringIO()
    try:
        status = main(list(case.input), out=out, err=err)
    except SystemExit as leaving:  # argparse refuses the arguments
        status = leaving.code
    return status, err.getvalue() + capsys.readouterr().err


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=case.id,
            marks=[pytest.mark.xfail(strict=True, reason=case.defect)] if case.defect else [],
        )
        for case in CASES
    ],
)
def test_every_malformed_input_gets_the_library_error_with_its_exact_message(
    case: Case, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    monkeypatch.chdir(tmp_path)  # messages name files as the user gave them
    monkeypatch.setenv("COLUMNS", "80")  # argparse's usage lines, whatever the terminal
    if case.entry == "main":
        status, stderr = _command(case, tmp_path, capsys)
        assert "Traceback" not in stderr
        if status == 2:  # argparse: its usage, then the message
            assert stderr.startswith("usage: cchc")
            assert (status, stderr.splitlines()[-1]) == (case.status, case.message)
        else:
            assert (status, stderr) == (case.status, case.message)
        return
    error = _raised(case, tmp_path)
    assert error is not None, f"{case.input!r} was accepted"
    assert isinstance(error, CchcError), f"{type(error).__name__}: {error}"
    assert type(error) is case.error
    assert str(error) == case.message


def test_the_catalogue_has_80_cases_or_more_across_every_format_and_entry_point():
    assert len(CASES) >= 80
    assert len({case.id for case in CASES}) == len(CASES)
    counts = collections.Counter(case.format for case in CASES)
    assert set(counts) == set(FORMATS)
    short = {name: counts[name] for name, least in FORMATS.items() if counts[name] < least}
    assert not short, f"formats with fewer cases than they should have: {short}"
    assert {case.entry for case in CASES} == ENTRIES


def test_every_file_of_the_catalogue_is_a_case_and_every_case_file_is_there():
    named = {
        argument
        for case in CASES
        for argument in (case.input if case.entry == "main" else (case.input,))
        if isinstance(argument, str) and argument.endswith((".json", ".csv"))
    }
    named -= {"khong-co.json", "ke-hoach.json"}  # a missing file; an output
    assert named == {path.name for path in CATALOGUE.iterdir()}
