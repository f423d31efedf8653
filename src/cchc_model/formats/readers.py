r"""Readers of the tables users bring: progress records, measurements, scoring schemes.

:func:`read_records` reads a CSV file (English or Vietnamese headers, UTF-8 with or without
a byte-order mark, dates as dd/mm/yyyy or ISO) or a JSON list, checks every row against the
plan and reports every problem with its row number, all at once:

>>> import io, datetime
>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> rows = io.StringIO(
...     "task,agency,milestone,status,done_on,evidence,reported_by,reported_on,note\n"
...     "I.2,Sở Nội vụ,,done,20/03/2020,Kế hoạch số 12/KH-BCĐ ngày 20/3/2020,SNV,25/03/2020,\n"
... )
>>> [(r.task, r.agency, r.status.value, r.done_on) for r in parse_records(rows, plan=plan)]
[('I.2', 'SNV', 'done', datetime.date(2020, 3, 20))]

:func:`read_measurements` reads the measured values of a plan's indicators the same way,
and :func:`load_scheme` a scoring scheme written as JSON.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import IO, Any, TypeVar

from cchc_model import limits
from cchc_model.assessment.measurements import Measurement, assess, parse_decimal
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.assessment.scoring import AssessorInput, SchemeError, ScoringScheme
from cchc_model.formats import _files, _json, _sheets
from cchc_model.formats.problems import RecordProblem, RecordsError
from cchc_model.language._datemath import why_not_a_date
from cchc_model.plan.agencies import (
    Agency,
    AgencyGroup,
    AgencyLevel,
    AgencyRegistry,
    UnknownAgencyError,
)
from cchc_model.plan.bodies import extended, registry_on
from cchc_model.plan.plans import Plan
from cchc_model.plan.tasks import Task
from cchc_model.scheduling.schedule import plan_obligations

_T = TypeVar("_T")

__all__ = [
    "COLUMNS",
    "MAX_CELL_CHARACTERS",
    "Measurements",
    "Records",
    "load_scheme",
    "parse_date",
    "parse_records",
    "read_assessments",
    "read_measurements",
    "read_records",
    "read_registry",
]

#: The columns of a progress file, in order.
COLUMNS = (
    "task",
    "agency",
    "milestone",
    "status",
    "done_on",
    "evidence",
    "reported_by",
    "reported_on",
    "note",
)
# Vietnamese headers, folded (lower case, single spaces, no diacritics) → the column.
_HEADERS_VI = {
    "nhiem vu": "task",
    "ma nhiem vu": "task",
    "co quan": "agency",
    "don vi": "agency",
    "moc": "milestone",
    "giai doan": "milestone",
    "tinh trang": "status",
    "trang thai": "status",
    "ngay hoan thanh": "done_on",
    "minh chung": "evidence",
    "san pham": "evidence",
    "nguoi bao cao": "reported_by",
    "don vi bao cao": "reported_by",
    "ngay bao cao": "reported_on",
    "ghi chu": "note",
}


# What an agency reports on a row; a row with none of it is not filled in yet.
_REPORTED = ("status", "done_on", "evidence", "reported_by", "reported_on", "note")
# Columns a progress template carries for the person filling it in (the task's title,
# the due date): read past without a warning.
_FOR_THE_READER = frozenset({"ten nhiem vu", "han", "han hoan thanh"})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(ascii_text.casefold().split())


class Records(list[ProgressRecord]):
    """The records read from a file, with the problems of the rows that did not load.

    A ``list`` of :class:`ProgressRecord`; :attr:`problems` is empty when every row loaded.
    :attr:`warnings` names what was read past without harm: columns the library does not
    know (an "STT" column, a note), which never stop a file from loading.
    """

    problems: tuple[RecordProblem, ...] = ()
    warnings: tuple[RecordProblem, ...] = ()

    def __repr__(self) -> str:
        return (
            f"<Records: {len(self)} records, {len(self.problems)} problems, "
            f"{len(self.warnings)} warnings>"
        )


# ASCII digits only: "\d" would take Arabic-Indic and other scripts' digits as a date.
_DMY = re.compile(
    r"(?:ngày\s*)?([0-9]{1,2})\s*([/.\-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})", re.IGNORECASE
)
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(text: str) -> datetime.date:
    """A date cell: day first, as Vietnamese documents write it, or ISO.

    The day, month and year are separated by "/", "-" or "." (the same each time), and may
    follow "ngày": "30/09/2020", "30-09-2020", "30.09.2020", "ngày 30/9/2020".

    >>> parse_date("05/01/2020"), parse_date("2020-01-05")
    (datetime.date(2020, 1, 5), datetime.date(2020, 1, 5))
    >>> parse_date("30.09.2020"), parse_date("ngày 30-9-2020")
    (datetime.date(2020, 9, 30), datetime.date(2020, 9, 30))
    >>> parse_date("31/02/2020")
    Traceback (most recent call last):
    ...
    ValueError: '31/02/2020' is not a date: February has no day 31
    >>> parse_date("tháng 2")
    Traceback (most recent call last):
    ...
    ValueError: 'tháng 2' is not a date: write dd/mm/yyyy or yyyy-mm-dd

    Raises:
        ValueError: the text is not a date in either notation, or is written in one but
            names no day (the message says why: "February has no day 31").
    """
    text = text.strip()
    parts: tuple[str, str, str] | None = None
    if _ISO.fullmatch(text):
        year, month, day = text.split("-")
        parts = (year, month, day)
    else:
        match = _DMY.fullmatch(unicodedata.normalize("NFC", text))
        if match:
            day, _, month, year = match.groups()
            parts = (year, month, day)
    if parts is None:
        raise ValueError(f"{text!r} is not a date: write dd/mm/yyyy or yyyy-mm-dd")
    numbers = (int(parts[0]), int(parts[1]), int(parts[2]))
    reason = why_not_a_date(*numbers)
    if reason is not None:
        raise ValueError(f"{text!r} is not a date: {reason}")
    return datetime.date(*numbers)


def _dialect_of(stream: object) -> Any:
    """The CSV dialect a decoded sheet was written in (the standard one for other streams)."""
    return getattr(stream, "dialect", csv.excel)


def _owes(
    task_agencies: Iterable[Agency | AgencyGroup], entry: Agency | AgencyGroup
) -> Agency | AgencyGroup | None:
    """Under which entry ``entry`` owes the task: itself, or an open group it may belong to.

    An agency concerned only as one of "the bodies concerned" (an open group) reports for
    the group: the group owes the obligation.
    """
    concerned: AgencyGroup | None = None
    for named in task_agencies:
        if named == entry or (isinstance(named, AgencyGroup) and entry in named.members):
            return entry
        if isinstance(named, AgencyGroup) and named.open and concerned is None:
            concerned = named
    return concerned


def parse_records(
    source: IO[str] | Iterable[Mapping[Any, Any]],
    *,
    plan: Plan,
    strict: bool = True,
    start_row: int = 2,
) -> Records:
    """Check rows of records (a CSV text stream or mappings) against ``plan``.

    Args:
        source: A text stream of CSV, or mappings from column to value (JSON objects).
        plan: The plan the records report on.
        strict: Raise on any problem; with ``False``, load the good rows and return the
            problems in :attr:`Records.problems`.
        start_row: The number of the first data row (2 for a CSV file with a header).

    Raises:
        RecordsError: some row has a problem and ``strict`` is true.
    """
    rows: Iterable[Mapping[Any, Any]]
    if hasattr(source, "read"):
        reader = csv.DictReader(source, dialect=_dialect_of(source))  # type: ignore[arg-type]
        try:
            written = list(reader.fieldnames or [])
        except csv.Error as error:
            raise _csv_error(error, 1, "the progress records") from None
        reader.fieldnames = [_column(name) for name in written]
        rows = _csv_rows(reader, "the progress records")
        twice = _twice(written, _column, COLUMNS, 1)
    else:
        items = list(source)
        header = getattr(source, "header", None)  # a sheet's header row
        written = header or list(
            dict.fromkeys(str(key) for item in items for key in item if key is not None)
        )
        rows = [
            {(None if k is None else _column(str(k))): v for k, v in item.items()} for item in items
        ]
        twice = _twice_in_rows(header, items, _column, COLUMNS, start_row)
    missing, unknown = _check_header(written, max(start_row - 1, 1))
    missing.extend(twice)
    records = Records()
    records.warnings = tuple(unknown)
    problems: list[RecordProblem] = list(missing)
    if missing:  # nothing can be read without the required columns
        records.problems = tuple(problems)
        if strict:
            raise RecordsError((*missing, *unknown))
        return records
    points = _due_points(plan)
    unfilled: list[int] = []
    for number, row in enumerate(rows, start=start_row):
        if not _filled(row):  # an empty row: nothing to read, nothing lost
            continue
        whole = _row_problems(row, number)
        if whole:
            problems.extend(whole)
            continue
        if not any(_text(row, column) for column in _REPORTED):
            unfilled.append(number)  # a template's row the agency has not filled in yet
            continue
        found = _record(row, number, plan, points)
        if isinstance(found, ProgressRecord):
            records.append(found)
        else:
            problems.extend(found)
    sheet = _sheet_findings(records, empty=not records and not problems and not unfilled)
    if unfilled:
        rows_named = ", ".join(map(str, unfilled[:5])) + (", …" if len(unfilled) > 5 else "")
        records.warnings = (
            *records.warnings,
            RecordProblem(
                unfilled[0],
                "status",
                f"{len(unfilled)} row{'s' if len(unfilled) > 1 else ''} not filled in yet "
                f"(no status, date or evidence; not reported): rows {rows_named}",
            ),
        )
    if strict:
        problems.extend(sheet)
    else:
        records.warnings = (*records.warnings, *sheet)
        duplicates = {p.row for p in sheet if p.message.startswith("the same record")}
        records[:] = [r for r in records if r.row not in duplicates]
    records.problems = tuple(problems)
    if problems and strict:
        raise RecordsError(records.problems)
    return records


def _sheet_findings(records: list[ProgressRecord], *, empty: bool) -> list[RecordProblem]:
    """What only the whole sheet shows: no records, a row twice, two answers for one point.

    Two rows for the same task, agency and milestone, dated the same day (done or
    reported), that disagree on the status leave the evaluation no way to choose.
    """
    if empty:
        return [RecordProblem(0, None, "the sheet has no records")]
    found: list[RecordProblem] = []
    first_of: dict[ProgressRecord, int | None] = {}
    said: dict[tuple[str, str, str, datetime.date | None], ProgressRecord] = {}
    for record in records:
        if record in first_of:
            found.append(
                RecordProblem(record.row or 0, None, f"the same record as row {first_of[record]}")
            )
            continue
        first_of[record] = record.row
        point = (record.task, record.agency, (record.milestone or "").casefold(), record.dated)
        earlier = said.setdefault(point, record)
        if earlier.status is not record.status:
            found.append(
                RecordProblem(
                    record.row or 0,
                    "status",
                    f"{record.status.value} contradicts row {earlier.row} "
                    f"({earlier.status.value}) for the same obligation on the same date",
                )
            )
    return found


def _column(name: str | None) -> str:
    if name is None:
        return ""
    key = _fold(name.strip().lstrip("\ufeff"))
    if key.replace(" ", "_") in COLUMNS:
        return key.replace(" ", "_")
    return _HEADERS_VI.get(key, key)


def _check_header(
    written: list[str], row: int = 1
) -> tuple[list[RecordProblem], list[RecordProblem]]:
    """The required columns missing, and the unknown columns (named as written), on ``row``."""
    fields = [_column(name) for name in written]
    missing = [
        RecordProblem(row, c, f"required column missing; {_accepted(c, _HEADERS_VI)}")
        for c in ("task", "agency", "status")
        if c not in fields
    ]
    unknown = [
        RecordProblem(row, name.strip().lstrip("\ufeff"), "unknown column (kept aside)")
        for name, field in zip(written, fields, strict=True)
        if field and field not in COLUMNS and field not in _FOR_THE_READER
    ]
    return missing, unknown


# The Vietnamese headers a required column is read under, as a message spells them.
_SPELLED = {
    "task": ("Nhiệm vụ", "Mã nhiệm vụ"),
    "agency": ("Cơ quan", "Đơn vị"),
    "status": ("Tình trạng", "Trạng thái"),
    "indicator": ("Chỉ tiêu", "Số chỉ tiêu"),
}


def _accepted(column: str, vietnamese: Mapping[str, str]) -> str:
    """The header spellings a column is read under: "write it 'task', 'Nhiệm vụ' …".

    >>> _accepted("status", _HEADERS_VI)
    "write it 'status', 'Tình trạng' or 'Trạng thái' (any case, with or without tone marks)"
    """
    names = [column, *(n for n in _SPELLED[column] if vietnamese.get(_fold(n)) == column)]
    listed = ", ".join(repr(n) for n in names[:-1]) + f" or {names[-1]!r}"
    return f"write it {listed} (any case, with or without tone marks)"


def _text(row: Mapping[str, Any], column: str) -> str | None:
    value = row.get(column)
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text or None


# Per task: milestones (case folded → (the schedule's spelling, how many due points)), and
# the ISO nominal dates of its due points.
_Points = dict[str, tuple[dict[str, tuple[str, int]], set[str]]]


def _due_points(plan: Plan) -> _Points:
    """Per task, its milestones and the ISO nominal dates of its due points.

    Milestones map from their case-folded form to the schedule's spelling.
    """
    found: _Points = {}
    seen: set[tuple[str, str | None, str]] = set()
    for obligation in plan_obligations(plan):
        names, dates = found.setdefault(obligation.task.code, ({}, set()))
        nominal = obligation.nominal_due.isoformat()
        pair = (obligation.task.code, obligation.milestone, nominal)
        if obligation.milestone and pair not in seen:
            spelling, count = names.get(obligation.milestone.casefold(), (obligation.milestone, 0))
            names[obligation.milestone.casefold()] = (spelling, count + 1)
        seen.add(pair)
        dates.add(nominal)
    return found


def _milestone_problem(task: Task, milestone: str | None, points: _Points) -> str | None:
    names, dates = points.get(task.code, ({}, set()))
    if milestone is None:
        if not names and len(dates) <= 1:
            return None
        return (
            f"task {task.code} is due more than once: name the milestone "
            f"({_examples(names, dates)})"
        )
    if milestone in dates:
        return None
    if milestone.casefold() in names:
        spelling, count = names[milestone.casefold()]
        if count == 1:
            return None
        return (
            f"task {task.code} is due {count} times at {spelling!r}: give the due date instead "
            f"({', '.join(sorted(dates)[:4])}…)"
        )
    return f"task {task.code} has no milestone {milestone!r}: expected {_examples(names, dates)}"


def _spelled(points: _Points, task: str, milestone: str | None) -> str | None:
    """The milestone as the schedule spells it ("báo cáo quý I"), or as given (a date)."""
    if milestone is None:
        return None
    names = points.get(task, ({}, set()))[0]
    return names.get(milestone.casefold(), (milestone, 0))[0]


def _examples(names: dict[str, tuple[str, int]], dates: set[str]) -> str:
    shown = sorted(spelling for spelling, _ in names.values())[:4] or sorted(dates)[:3]
    more = ", …" if len(names) > 4 or (not names and len(dates) > 3) else ""
    return ", ".join(shown) + more


def _record(
    row: Mapping[str, Any],
    number: int,
    plan: Plan,
    points: _Points,
) -> ProgressRecord | list[RecordProblem]:
    problems: list[RecordProblem] = []

    def problem(column: str | None, message: str) -> None:
        problems.append(RecordProblem(number, column, message))

    task_code = _text(row, "task")
    task = None
    if task_code is None:
        problem("task", "required value missing")
    else:
        try:
            task = plan.task(task_code)
        except KeyError as error:
            problem("task", str(error))
    agency_name = _text(row, "agency")
    entry: Agency | AgencyGroup | None = None
    if agency_name is None:
        problem("agency", "required value missing")
    else:
        try:
            entry = plan.agencies.resolve(agency_name)
        except UnknownAgencyError as error:
            problem("agency", str(error))
    status: Status | None = None
    status_text = _text(row, "status")
    if status_text is None:
        problem("status", "required value missing")
    else:
        try:
            status = Status.parse(status_text)
        except ValueError as error:
            problem("status", str(error))
    dates: dict[str, datetime.date | None] = {}
    for column in ("done_on", "reported_on"):
        text = _text(row, column)
        dates[column] = None
        if text is not None:
            try:
                dates[column] = parse_date(text)
            except ValueError as error:
                problem(column, str(error))
    milestone = _text(row, "milestone")
    reporter = _text(row, "reported_by")
    if task is not None and entry is not None:
        owing = _owes((*task.lead, *task.partners), entry)
        if owing is None:
            problem("agency", f"{entry.name} owes nothing on task {task.code}")
        elif owing != entry:
            reporter = reporter or entry.name
            entry = owing
        if isinstance(entry, AgencyGroup) and not entry.open:
            problem("agency", f"{entry.name} owes as its members: report for each of them")
        # "Not applicable" without a milestone covers every due point of the task.
        if not (status is Status.NOT_APPLICABLE and milestone is None):
            problem_text = _milestone_problem(task, milestone, points)
            if problem_text:
                problem("milestone", problem_text)
    done_on, reported_on = dates["done_on"], dates["reported_on"]
    if status is Status.DONE and done_on is None and "done_on" not in {p.column for p in problems}:
        problem("done_on", "a done record needs the date it was done")
    if status is not None and status is not Status.DONE and done_on is not None:
        problem("done_on", f"a record {status.label_vi} has no completion date")
    if done_on and reported_on and done_on > reported_on:
        problem(
            "done_on", f"done on {done_on:%d/%m/%Y}, after the report of {reported_on:%d/%m/%Y}"
        )
    if problems:
        return problems
    assert task is not None
    assert entry is not None
    assert status is not None
    return ProgressRecord(
        task=task.code,
        agency=entry.code,
        milestone=_spelled(points, task.code, milestone),
        status=status,
        done_on=done_on,
        evidence=_text(row, "evidence"),
        reported_by=reporter,
        reported_on=reported_on,
        note=_text(row, "note"),
        row=number,
    )


def read_records(path: str | os.PathLike[str], *, plan: Plan, strict: bool = True) -> Records:
    """Read progress records from a CSV or JSON file and check them against ``plan``.

    CSV: a header row of the :data:`COLUMNS` (English, or Vietnamese such as "Nhiệm vụ",
    "Cơ quan", "Tình trạng", "Ngày hoàn thành"); UTF-8 (with or without a byte-order
    mark), UTF-16 with a byte-order mark or Windows-1258; separated by commas, semicolons or
    tabs.  Other columns are named in :attr:`Records.warnings` and never stop the file.
    JSON: a list of objects with the same keys.  Dates as :func:`parse_date` reads them.

    Raises:
        RecordsError: a row has a problem (all problems, each with its row number), or the
            file cannot be read as records; with ``strict=False`` only the latter.
    """
    data = _read_table(path, what="the progress records")
    if isinstance(data, list):
        return parse_records(data, plan=plan, strict=strict, start_row=_first_row(data))
    return parse_records(data, plan=plan, strict=strict)


#: The longest cell a CSV file may hold: :data:`cchc_model.limits.MAX_CELL_CHARACTERS`.
MAX_CELL_CHARACTERS = limits.MAX_CELL_CHARACTERS


def _csv_error(error: csv.Error, row: int, what: str) -> RecordsError:
    """The library's error for a CSV the ``csv`` module refused at ``row``."""
    if "field larger than field limit" in str(error):
        message = f"a cell is longer than {MAX_CELL_CHARACTERS:,} characters, the limit"
    else:
        message = f"not CSV the reader can take: {error}"
    return RecordsError((RecordProblem(row, None, message),), what=what)


def _csv_rows(reader: csv.DictReader[str], what: str) -> list[Mapping[Any, Any]]:
    """Every row of a CSV reader, or the library's error naming the row that broke it.

    Rows are numbered as a spreadsheet shows them: the header is row 1.
    """
    rows: list[Mapping[Any, Any]] = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) >= limits.MAX_ROWS:  # the header is a row too
                raise _too_many_rows(len(rows) + 1, what)
    except csv.Error as error:
        raise _csv_error(error, len(rows) + 2, what) from None
    return rows


def _too_many_rows(row: int, what: str) -> RecordsError:
    """The library's error for a table longer than :data:`cchc_model.limits.MAX_ROWS`."""
    message = (
        f"the table has more than {limits.MAX_ROWS:,} rows, the limit (cchc_model.limits.MAX_ROWS)"
    )
    return RecordsError((RecordProblem(row, None, message),), what=what)


def _twice(
    written: Sequence[str], meaning: Callable[[str], str], known: Container[str], row: int
) -> list[RecordProblem]:
    """A problem for each header that repeats a known column another header already names.

    ``csv.DictReader`` (and a mapping) would keep the last column's cells silently.
    """
    first: dict[str, str] = {}
    found = []
    for name in written:
        column = meaning(name)
        if column not in known:
            continue
        shown = name.strip().lstrip("\ufeff")
        if column in first:
            found.append(
                RecordProblem(
                    row,
                    shown,
                    f"the {column} column is there twice (first as {first[column]!r}): "
                    "keep one, or the reader cannot tell which cells to take",
                )
            )
        else:
            first[column] = shown
    return found


def _twice_in_rows(
    header: Sequence[str] | None,
    rows: Sequence[Mapping[Any, Any]],
    meaning: Callable[[str], str],
    known: Container[str],
    first_row: int,
) -> list[RecordProblem]:
    """:func:`_twice` for a sheet's header row, or else for each JSON object on its row.

    The objects of a JSON list may each spell the columns their own way, but once each.
    """
    if header:
        return _twice(header, meaning, known, max(first_row - 1, 1))
    return [
        problem
        for number, row in enumerate(rows, start=first_row)
        for problem in _twice([k for k in row if isinstance(k, str)], meaning, known, number)
    ]


def _row_problems(
    row: Mapping[Any, Any], number: int, numeric: Container[str] = ()
) -> list[RecordProblem]:
    """The problems of a row as a whole: cells no column names, values that are no cell.

    ``csv.DictReader`` files cells beyond the header under the key ``None``; empty ones (a
    trailing separator) say nothing and pass.  The ``.xlsx`` reader files them there too,
    with their column's letter (:class:`~cchc_model.formats._sheets.Stray`).  A JSON row's
    value must be what a cell holds: text or a number, not ``true``, a list or an object
    (a column of ``numeric`` asks for a number).
    """
    found: list[RecordProblem] = []
    extra = row.get(None)
    if extra and any(v is not None and str(getattr(v, "value", v)).strip() for v in extra):
        strays = [v for v in extra if isinstance(v, _sheets.Stray)]
        for stray in strays:
            found.append(
                RecordProblem(
                    number,
                    stray.column,
                    "a cell under no header: give its column a header or empty it",
                )
            )
        if not strays:
            columns = len(row) - 1
            found.append(
                RecordProblem(
                    number,
                    None,
                    f"{columns + len(extra)} cells for {columns} columns: quote a cell that "
                    'holds the separator, as in "0,5"',
                )
            )
    for column, value in row.items():
        if column is not None and isinstance(value, (bool, list, dict)):
            wanted = "a number" if column in numeric else "text"
            found.append(
                RecordProblem(number, str(column), f"expected {wanted}, not {_json_word(value)}")
            )
    return found


def _json_word(value: object) -> str:
    """A JSON value that is no cell, as the file writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "a list" if isinstance(value, list) else "an object"


def _filled(row: Mapping[str, Any]) -> bool:
    """Whether a row has a cell with something in it."""
    return any(value is not None and str(value).strip() for value in row.values())


def _first_row(rows: list[dict[str, Any]]) -> int:
    """The number the first row shows: a sheet's own numbering, or 1 for a JSON list."""
    first: int = getattr(rows, "first_row", 1)
    return first


def _read_table(path: str | os.PathLike[str], *, what: str) -> IO[str] | list[dict[str, Any]]:
    """A file's rows: a text stream of CSV, or the objects of a JSON list (``.json``).

    Raises:
        RecordsError: the file is not text in a known encoding, not JSON, or not a list of
            objects.
    """

    def refuse(message: str) -> RecordsError:
        return RecordsError((RecordProblem(0, None, message),), what=what)

    if os.fspath(path).lower().endswith((".xlsx", ".xlsm")):
        try:
            _files.check_size(path)
            return _sheets.read_xlsx(path)
        except ValueError as error:
            raise refuse(str(error)) from None
    try:
        raw = _files.read_bytes(path)
    except _files.FileTooLargeError as error:
        raise refuse(str(error)) from None

    if raw.startswith(b"PK\x03\x04"):
        raise refuse(
            "the file is an Excel or Word package, not CSV: save it as CSV (UTF-8) and read that"
        )
    try:
        sheet = _sheets.decode(raw)
    except UnicodeDecodeError as error:
        raise refuse(
            f"the file is not text in UTF-8, UTF-16 or Windows-1258 (byte {error.start})"
        ) from None
    text = sheet.getvalue()
    if not text.strip():
        raise refuse("the file is empty")
    if not os.fspath(path).lower().endswith(".json"):
        opened = _sheets.unclosed_quote(text, sheet.dialect.delimiter)
        if opened is not None:
            line, field = opened
            header = next(csv.reader(io.StringIO(text), sheet.dialect), [])
            column = header[field].strip().lstrip("\ufeff") if field < len(header) else None
            message = 'a quote (") opens in this cell and never closes'
            raise RecordsError((RecordProblem(line + 1, column, message),), what=what)
        return sheet
    try:
        data = _json.loads(text)
    except _json.JSONLimitError as error:
        # An object of the list (a row) is named by its row: the first object is row 1.
        row = re.match(r"\$\[(\d+)\]", error.path)
        problem = RecordProblem(int(row.group(1)) + 1 if row else 0, None, str(error))
        raise RecordsError((problem,), what=what) from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise refuse("expected a list of objects")
    if len(data) >= limits.MAX_ROWS:
        raise _too_many_rows(limits.MAX_ROWS + 1, what)
    return data


# The measurement columns that hold numbers.
_NUMERIC = frozenset({"indicator", "value", "numerator", "denominator", "exempt", "rank", "of"})
_COLUMNS = (
    "indicator",
    "value",
    "numerator",
    "denominator",
    "exempt",
    "rank",
    "of",
    "measured_on",
    "source",
    "note",
)


def read_measurements(path: str | os.PathLike[str], *, plan: Plan) -> Measurements:
    """Read measurements from a CSV, ``.xlsx`` or JSON file and check them against ``plan``.

    Columns: indicator (its number in the plan), value, numerator, denominator, exempt,
    rank (a number, or the published "xếp thứ 33/63"), of, measured_on (dd/mm/yyyy or
    ISO), source, note — or in Vietnamese: Chỉ tiêu, Giá trị, Tử số, Mẫu số, Loại trừ,
    Xếp hạng, Tổng số, Ngày đo, Nguồn, Ghi chú.  Any other column is read past and named
    in :attr:`Measurements.warnings`.

    Raises:
        RecordsError: some row has a problem; every problem is listed with its row.
    """
    table = _read_table(path, what="the measurements")
    rows: list[Mapping[Any, Any]]  # csv.DictReader files extra cells under None
    written: list[str]
    if isinstance(table, list):
        rows, first_row = list(table), _first_row(table)
        header = getattr(table, "header", None)  # a sheet's header row
        written = header or list(
            dict.fromkeys(key for row in rows for key in row if isinstance(key, str))
        )
        twice = _twice_in_rows(header, rows, _measurement_column, _COLUMNS, first_row)
    else:
        reader = csv.DictReader(table, dialect=_dialect_of(table))
        rows = _csv_rows(reader, "the measurements")
        written = list(reader.fieldnames or [])
        first_row = 2
        twice = _twice(written, _measurement_column, _COLUMNS, 1)
    header_row = max(first_row - 1, 1)
    if twice:
        raise RecordsError(tuple(twice), what="the measurements")
    names = {name: _measurement_column(name) for name in written}
    warnings = tuple(
        RecordProblem(header_row, name.strip(), "unknown column (kept aside)")
        for name, column in names.items()
        if column not in _COLUMNS and name.strip()
    )
    if rows and "indicator" not in names.values():
        raise RecordsError(
            (
                RecordProblem(
                    header_row,
                    "indicator",
                    f"required column missing; {_accepted('indicator', _MEASUREMENT_VI)}",
                ),
            ),
            what="the measurements",
        )
    found: list[Measurement] = []
    problems: list[RecordProblem] = []
    for number, row in enumerate(rows, start=first_row):
        if not _filled(row):  # an empty row: nothing to read, nothing lost
            continue
        whole = _row_problems(row, number, _NUMERIC)
        if whole:
            problems.extend(whole)
            continue
        cells = {names.get(k, ""): v for k, v in row.items() if isinstance(k, str)}
        number_written = str(cells.get("indicator", "")).strip()
        try:
            index = int(number_written)
        except ValueError:
            problems.append(
                RecordProblem(
                    number, "indicator", f"expected the indicator's number, not {number_written!r}"
                )
            )
            continue
        if not 1 <= index <= len(plan.indicators):
            problems.append(
                RecordProblem(
                    number,
                    "indicator",
                    f"the plan has no indicator {index} (its indicators run from 1 to "
                    f"{len(plan.indicators)})",
                )
            )
            continue
        fields: dict[str, Any] = {}
        published = _RANK.fullmatch(str(cells.get("rank") or "").strip())
        if published:  # "xếp thứ 33/63", "33/63"
            cells["rank"], cells["of"] = published.group(1), published.group(2)
        bad = False
        for column, parse in (
            ("value", parse_decimal),
            ("numerator", _int),
            ("denominator", _int),
            ("exempt", _int),
            ("rank", _int),
            ("of", _int),
            ("measured_on", _optional_date),
        ):
            try:
                fields[column] = parse(cells.get(column))
            except (TypeError, ValueError) as error:
                problems.append(RecordProblem(number, column, str(error)))
                bad = True
        if bad:
            continue
        try:
            measurement = Measurement(
                indicator=index,
                value=fields["value"],
                numerator=fields["numerator"],
                denominator=fields["denominator"],
                exempt=fields["exempt"] or 0,
                rank=fields["rank"],
                of=fields["of"],
                measured_on=fields["measured_on"],
                source=_clean(cells.get("source")),
            )
            assess(plan.indicators[index - 1], measurement, index)
        except (TypeError, ValueError) as error:
            # "value must be …", "rank must be …": the message names its column first.
            first, _, rest = str(error).partition(" ")
            named = first if first in _COLUMNS and rest.startswith("must ") else None
            problems.append(RecordProblem(number, named, str(error)))
            continue
        found.append(measurement)
    if problems:
        raise RecordsError(tuple(problems), what="the measurements")
    return Measurements(found, warnings)


class Measurements(tuple[Measurement, ...]):
    """The measurements read from a file; :attr:`warnings` names the columns read past.

    A ``tuple`` of :class:`~cchc_model.assessment.measurements.Measurement`.

    .. versionadded:: 0.3.0
    """

    warnings: tuple[RecordProblem, ...]

    def __new__(
        cls, found: Iterable[Measurement], warnings: tuple[RecordProblem, ...] = ()
    ) -> Measurements:
        """The measurements ``found``, with the ``warnings`` of the sheet."""
        made = super().__new__(cls, found)
        made.warnings = warnings
        return made

    def __repr__(self) -> str:
        return f"<Measurements: {len(self)} measurements, {len(self.warnings)} warnings>"


# Vietnamese headers of a measurement sheet, folded → the column.
_MEASUREMENT_VI = {
    "chi tieu": "indicator",
    "so chi tieu": "indicator",
    "gia tri": "value",
    "tu so": "numerator",
    "mau so": "denominator",
    "loai tru": "exempt",
    "xep hang": "rank",
    "xep thu": "rank",
    "tong so": "of",
    "ngay do": "measured_on",
    "ngay danh gia": "measured_on",
    "nguon": "source",
    "ghi chu": "note",
}


def _measurement_column(name: str) -> str:
    key = _fold(name.strip().lstrip("\ufeff"))
    if key.replace(" ", "_") in _COLUMNS:
        return key.replace(" ", "_")
    return _MEASUREMENT_VI.get(key, key)


def _optional_date(value: object) -> datetime.date | None:
    return None if value in (None, "") else parse_date(str(value))


_RANK = re.compile(r"(?:xếp\s+thứ\s+)?(\d+)\s*/\s*(\d+)", re.IGNORECASE)
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def _int(value: object) -> int | None:
    """A whole number, with thousands grouped by "." or "," ("9.120", "9,120") or not."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    if _GROUPED.fullmatch(text):
        text = text.replace(".", "").replace(",", "")
    if not text.isdigit():
        raise ValueError(f"{value!r} is not a whole number")
    return int(text)


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text or None


def load_scheme(path: str | os.PathLike[str]) -> ScoringScheme:
    """Read a scoring scheme from a JSON file.

    Raises:
        SchemeError: the file is not a scheme (not UTF-8, not JSON, or not of its shape).
        OSError: the file cannot be read.
    """
    try:
        raw = _files.read_bytes(path)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            reason = f"the file is not UTF-8: byte {error.start}, {error.reason}"
            raise SchemeError(f"{os.fspath(path)}: not a JSON scheme ({reason})") from None
        return ScoringScheme.from_data(_json.loads(text))
    except (_json.JSONLimitError, _files.FileTooLargeError) as error:
        raise SchemeError(f"{os.fspath(path)}: not a JSON scheme ({error})") from None


_MET = {"dat": True, "dat yeu cau": True, "met": True, "yes": True, "co": True}
_NOT_MET = {
    "khong dat": False,
    "khong dat yeu cau": False,
    "chua dat": False,
    "not met": False,
    "no": False,
    "khong": False,
}


def read_assessments(path: str | os.PathLike[str]) -> dict[str, AssessorInput]:
    r"""Read an assessor's judgements of a scheme's criteria from a CSV or JSON file.

    Columns: ``criterion`` (its code, "1.1.2"; also "tiêu chí" or "mã"), ``result``
    ("đạt", "không đạt", "met", "not met", or the points given; also "kết quả" or
    "điểm"), and an optional ``note``.  Every row problem is reported at once.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.csv").write_text("tiêu chí,kết quả\n1.1.2,đạt\n1.2.2,0,5\n",
    ...                                   encoding="utf-8")
    >>> read_assessments(folder / "a.csv")
    Traceback (most recent call last):
    ...
    cchc_model.formats.problems.RecordsError: 1 problem in the assessments:
    row 3: 3 cells for 2 columns: quote a cell that holds the separator, as in "0,5"
    >>> _ = (folder / "a.csv").write_text('criterion,result\n1.1.2,đạt\n1.2.2,"0,5"\n',
    ...                                   encoding="utf-8")
    >>> read_assessments(folder / "a.csv")
    {'1.1.2': True, '1.2.2': 0.5}

    Raises:
        RecordsError: a row has a problem, or the file cannot be read as a table.
    """
    what = "the assessments"
    table = _read_table(path, what=what)
    rows: list[Mapping[Any, Any]]
    if isinstance(table, list):
        rows, first_row = list(table), _first_row(table)
    else:
        rows = _csv_rows(csv.DictReader(table, dialect=_dialect_of(table)), what)
        first_row = 2
    found: dict[str, AssessorInput] = {}
    problems: list[RecordProblem] = []
    for number, row in enumerate(rows, start=first_row):
        if not _filled(row):  # an empty row: nothing to read, nothing lost
            continue
        whole = _row_problems(row, number)
        if whole:
            problems.extend(whole)
            continue
        cells = {_ASSESSMENT_COLUMNS.get(_fold(str(k)), _fold(str(k))): v for k, v in row.items()}
        code = _clean(cells.get("criterion"))
        result = _clean(cells.get("result"))
        if code is None:
            problems.append(RecordProblem(number, "criterion", "required value missing"))
            continue
        if result is None:
            problems.append(RecordProblem(number, "result", "required value missing"))
            continue
        key = _fold(result)
        if key in _MET or key in _NOT_MET:
            found[code] = _MET.get(key, False)
            continue
        try:
            points = parse_decimal(result)
        except (TypeError, ValueError):
            points = None
        if points is None or points < 0:
            problems.append(
                RecordProblem(
                    number, "result", f"{result!r}: write đạt, không đạt, or the points given"
                )
            )
            continue
        found[code] = float(points)
    if problems:
        raise RecordsError(tuple(problems), what=what)
    return found


_ASSESSMENT_COLUMNS = {
    "criterion": "criterion",
    "code": "criterion",
    "tieu chi": "criterion",
    "ma": "criterion",
    "ma tieu chi": "criterion",
    "result": "result",
    "points": "result",
    "ket qua": "result",
    "diem": "result",
    "note": "note",
    "ghi chu": "note",
}


#: The columns of a province's own bodies (:func:`read_registry`).
REGISTRY_COLUMNS = ("code", "name", "short_name", "level", "aliases", "name_en", "groups")


def read_registry(
    path: str | os.PathLike[str], *, on: datetime.date, province: str | None = None
) -> AgencyRegistry:
    r"""The registry of ``province`` on ``on``, extended by a CSV or JSON file of its own bodies.

    Each row is one body.  ``code`` (required) is an ASCII code: a code of the generic
    registry (:func:`cchc_model.plan.bodies.registry_on`) overrides that body, and
    blank cells keep what it had; any other code adds a body, which needs a ``name``.
    ``short_name``, ``name_en``: as in :class:`~cchc_model.plan.agencies.Agency`;
    ``level``: an :class:`~cchc_model.plan.agencies.AgencyLevel` value (``department``
    when blank); ``aliases``: other names, separated by ";"; ``groups``: the codes of the
    groups the body belongs to, separated by ";" ("SBN" for a department only that
    province has, "HUYEN" for a district until 30/06/2025).  An overridden body keeps its
    generic names as aliases.

    Raises:
        RecordsError: some row has a problem; every problem is listed with its row.
        UnknownProvinceError: ``province`` names no province on ``on``.

    >>> import datetime, io, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "an-giang.csv").write_text(
    ...     "code,name,short_name,level,aliases,name_en,groups\n"
    ...     "BQL_KKT,Ban Quản lý Khu kinh tế tỉnh,BQL KKT,department,BQL Khu kinh tế,,SBN\n"
    ...     "SNV,,,,Sở Nội vụ - cơ quan thường trực Ban Chỉ đạo CCHC tỉnh,,\n",
    ...     encoding="utf-8",
    ... )
    >>> registry = read_registry(
    ...     folder / "an-giang.csv", on=datetime.date(2026, 1, 1), province="An Giang"
    ... )
    >>> registry.resolve("BQL Khu kinh tế").code, "BQL_KKT" in [
    ...     m.code for m in registry.resolve("Các sở, ban, ngành").members
    ... ]
    ('BQL_KKT', True)
    >>> registry.resolve("Sở Nội vụ - cơ quan thường trực Ban Chỉ đạo CCHC tỉnh").name
    'Sở Nội vụ'
    """
    base = registry_on(on, province)
    table = _read_table(path, what="the registry")
    rows: list[Mapping[Any, Any]]
    problems: list[RecordProblem] = []
    if isinstance(table, list):
        rows, first_row = list(table), _first_row(table)
    else:
        reader = csv.DictReader(table, dialect=_dialect_of(table))
        rows, first_row = _csv_rows(reader, "the registry"), 2
        problems.extend(
            _twice(reader.fieldnames or (), lambda n: n.strip().lower(), REGISTRY_COLUMNS, 1)
        )
        for column in reader.fieldnames or ():
            if column.strip().lower() not in REGISTRY_COLUMNS:
                known = ", ".join(REGISTRY_COLUMNS)
                problems.append(RecordProblem(1, column, f"unknown column; the columns: {known}"))
    agencies: list[Agency] = []
    memberships: dict[str, tuple[str, ...]] = {}
    groups = {group.code for group in base.groups}
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=first_row):
        if not _filled(row):  # an empty row: nothing to read, nothing lost
            continue
        whole = _row_problems(row, number)
        if whole:
            problems.extend(whole)
            continue
        cells = {str(k).strip().lower(): _clean(v) for k, v in row.items() if k is not None}
        if isinstance(table, list):
            for column in sorted(set(cells) - set(REGISTRY_COLUMNS)):
                problems.append(RecordProblem(number, column, "unknown column"))
        code = cells.get("code")
        if code is None:
            problems.append(RecordProblem(number, "code", "required: the body's code"))
            continue
        if code in seen:
            problems.append(
                RecordProblem(number, "code", f"{code!r} is already on row {seen[code]}")
            )
            continue
        seen[code] = number
        if code in groups:
            problems.append(
                RecordProblem(
                    number, "code", f"{code!r} is a group: name its members' groups instead"
                )
            )
            continue
        try:
            agencies.append(_registry_row(cells, base, code))
        except _CellError as error:
            problems.append(RecordProblem(number, error.column, str(error)))
            continue
        except (TypeError, ValueError) as error:
            problems.append(RecordProblem(number, None, str(error)))
            continue
        joined = tuple(g.strip() for g in (cells.get("groups") or "").split(";") if g.strip())
        for group in joined:
            if group not in groups:
                problems.append(
                    RecordProblem(
                        number,
                        "groups",
                        f"no group {group!r}; the groups: {', '.join(sorted(groups))}",
                    )
                )
        memberships[code] = joined
    if not problems:
        try:
            return extended(base, agencies, memberships=memberships)
        except ValueError as error:
            problems.append(RecordProblem(0, None, str(error)))
    raise RecordsError(tuple(problems), what="the registry")


class _CellError(ValueError):
    """A problem with one cell of a row."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def _registry_row(cells: Mapping[str, str | None], base: AgencyRegistry, code: str) -> Agency:
    known = next((a for a in base.agencies if a.code == code), None)
    level_text = cells.get("level")
    if level_text is not None:
        try:
            level = AgencyLevel(level_text)
        except ValueError:
            levels = ", ".join(lv.value for lv in AgencyLevel)
            raise _CellError("level", f"{level_text!r} is not one of {levels}") from None
    else:
        level = known.level if known is not None else AgencyLevel.DEPARTMENT
    aliases = [a.strip() for a in (cells.get("aliases") or "").split(";") if a.strip()]
    name = cells.get("name")
    if known is not None:
        kept = [n for n in known.names if n != (name or known.name)]
        return Agency(
            code=code,
            name=name or known.name,
            short_name=cells.get("short_name") or known.short_name,
            level=level,
            aliases=tuple(dict.fromkeys([*aliases, *kept])),
            name_en=cells.get("name_en") or known.name_en,
        )
    if name is None:
        raise _CellError("name", f"required: a new body {code!r} needs its name")
    return Agency(
        code=code,
        name=name,
        short_name=cells.get("short_name"),
        level=level,
        aliases=tuple(dict.fromkeys(aliases)),
        name_en=cells.get("name_en"),
    )
