"""A plan's appendix table (*Phụ lục nhiệm vụ*) read from CSV, Excel or Word, and written back.

Provinces publish the tasks of their yearly plan as a table: area rows (*lĩnh vực*, numbered
I, II… or A, B…, possibly nested A → I → 1) between task rows with a number (STT), the task,
its output (*kết quả*), the lead (*chủ trì*) and coordinating (*phối hợp*) agencies and the
deadline (*thời gian thực hiện*).  :func:`read_appendix` turns such a table into a
:class:`~cchc_model.plan.plans.Plan` and reports everything it noticed as :class:`Finding`
values, each with its row and column; no row disappears without one.
:func:`write_appendix` writes a plan's appendix as a province prints it.

>>> import pathlib, tempfile
>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_appendix(plan, folder / "phu-luc.csv")
>>> imported = read_appendix(folder / "phu-luc.csv", registry=plan.agencies)
>>> imported.plan.year, len(imported.plan.tasks), imported.plan.areas == plan.areas
(2020, 63, False)
>>> same_appendix(imported.plan, plan)
True

(The areas differ only by what section III of the plan adds: the areas' summary names and
declared task counts, which no appendix table prints.)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import collections
import csv
import datetime
import enum
import graphlib
import os
import pathlib
import re
import unicodedata
from collections.abc import Iterable, Iterator

import attrs

from cchc_model.errors import CchcError
from cchc_model.formats._sheets import require_extra
from cchc_model.formats._tables import Cell, Grid, read_grids
from cchc_model.language.deadlines import Unrecognised, parse_deadline
from cchc_model.plan.administration import UnknownProvinceError, provinces_on
from cchc_model.plan.agencies import (
    Agency,
    AgencyGroup,
    AgencyRegistry,
    DefunctAgencyError,
    UnknownAgencyError,
)
from cchc_model.plan.bodies import registry_on
from cchc_model.plan.plans import Plan
from cchc_model.plan.tasks import ReformArea, Task

__all__ = [
    "AppendixError",
    "AppendixImport",
    "Column",
    "Finding",
    "FindingKind",
    "column_meaning",
    "read_appendix",
    "same_appendix",
    "write_appendix",
]


class Column(enum.Enum):
    """What a column of an appendix table holds, whatever its header's exact words."""

    NUMBER = "STT"
    TASK = "Nhiệm vụ"
    OUTPUT = "Kết quả"
    LEAD = "Cơ quan chủ trì"
    PARTNERS = "Cơ quan phối hợp"
    DEADLINE = "Thời gian thực hiện"


# Folded header words (lower case, no diacritics, single spaces) → the column, tried in this
# order: "Thời gian thực hiện" is a deadline before "thực hiện" makes it a lead, and "Nhóm
# nhiệm vụ" (a grouping column some tables add) is not the task.
_HEADER_RULES: tuple[tuple[re.Pattern[str], Column | None], ...] = tuple(
    (re.compile(pattern), column)
    for pattern, column in (
        (r"^(stt|tt|so tt|so thu tu)$", Column.NUMBER),
        (r"\bnhom nhiem vu\b", None),
        (r"\bchu tri\b", Column.LEAD),
        (r"\bphoi hop\b", Column.PARTNERS),
        (r"\b(thoi gian|tien do|thoi han|han hoan thanh|han)\b", Column.DEADLINE),
        (r"^(don vi|co quan) (thuc hien|thuc hien chinh|dau moi)$", Column.LEAD),
        (r"\b(ket qua|san pham|hinh thuc van ban|hinh thuc)\b", Column.OUTPUT),
        (r"\b(nhiem vu|noi dung|giai phap|cong viec|linh vuc)\b", Column.TASK),
    )
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain.casefold()).split())


def column_meaning(header: str) -> Column | None:
    r"""What a header cell names, matched loosely (case, diacritics, spacing, line breaks).

    >>> from cchc_model.formats.appendix import column_meaning
    >>> column_meaning("Cơ quan\nchủ trì"), column_meaning("ĐƠN VỊ THỰC HIỆN")
    (<Column.LEAD: 'Cơ quan chủ trì'>, <Column.LEAD: 'Cơ quan chủ trì'>)
    >>> column_meaning("Thời gian thực hiện"), column_meaning("Sản phẩm đầu ra")
    (<Column.DEADLINE: 'Thời gian thực hiện'>, <Column.OUTPUT: 'Kết quả'>)
    >>> column_meaning("Lĩnh vực/nhiệm vụ"), column_meaning("Ghi chú")
    (<Column.TASK: 'Nhiệm vụ'>, None)
    """
    folded = _fold(header)
    if not folded or len(folded.split()) > 12:
        return None  # a sentence (a title, a note), not a header
    for pattern, column in _HEADER_RULES:
        if pattern.search(folded):
            return column
    return None


class FindingKind(enum.Enum):
    """The kinds of finding, each explained in the guide ("Bring your province's plan in").

    A *note* says what the reader did with a row that is not a task (a repeated header, a
    totals row) or with a column it does not know; a *problem* is something the province
    should look at, and ``strict=True`` refuses the table for it.
    """

    UNKNOWN_COLUMN = "unknown-column"
    OTHER_TABLE = "other-table"
    REPEATED_HEADER = "repeated-header"
    COLUMN_NUMBERS = "column-numbers"
    TOTALS = "totals"
    FOOTNOTE = "footnote"
    TEXT_OUTSIDE_TASKS = "text-outside-tasks"
    NO_AREA = "no-area"
    AREA_ROW_TEXT = "area-row-text"
    UNKNOWN_AGENCY = "unknown-agency"
    DEFUNCT_AGENCY = "defunct-agency"
    NO_LEAD = "no-lead"
    UNREAD_DEADLINE = "unread-deadline"
    NO_DEADLINE = "no-deadline"
    NO_TITLE = "no-title"
    DUPLICATE_NUMBER = "duplicate-number"
    DUPLICATE_AREA = "duplicate-area"
    TOTALS_DIFFER = "totals-differ"

    @property
    def is_problem(self) -> bool:
        """Whether the province should look at it (``strict=True`` refuses the table)."""
        return self not in _NOTES


_NOTES = frozenset(
    {
        FindingKind.UNKNOWN_COLUMN,
        FindingKind.OTHER_TABLE,
        FindingKind.REPEATED_HEADER,
        FindingKind.COLUMN_NUMBERS,
        FindingKind.TOTALS,
        FindingKind.FOOTNOTE,
        FindingKind.NO_AREA,
    }
)


@attrs.frozen
class Finding:
    """Something :func:`read_appendix` noticed, with its place in the table.

    Attributes:
        row: The row as the file shows it (a sheet's row number, a CSV record, a Word
            table's row), 0 for the table as a whole.
        column: The column's header as written, if the finding is about one cell.
        kind: What kind of finding it is.
        message: What was found and what was done, quoting the cell.
    """

    row: int
    column: str | None
    kind: FindingKind
    message: str

    def __str__(self) -> str:
        where = "table" if self.row == 0 else f"row {self.row}"
        if self.column:
            where += f", {self.column}"
        return f"{where}: {self.message} [{self.kind.value}]"


class AppendixError(CchcError, ValueError):
    """A table that cannot become a plan, or, with ``strict=True``, one with problems.

    :attr:`findings` lists every problem (with ``strict=True``) or the one reason.
    """

    def __init__(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        self.findings = findings
        lines = [message, *(str(f) for f in findings)]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the message and the findings."""
        return (type(self), (str(self).split("\n", 1)[0], self.findings))


@attrs.frozen(repr=False)
class AppendixImport:
    """A plan read from an appendix table, with everything the reader noticed.

    Attributes:
        plan: The plan: its areas and tasks, year, title and the registry the agencies
            were resolved through.  Its other parts (indicators, legal bases…) are not in
            an appendix table and stay empty.
        findings: Every finding, in the table's order.
        table: Which table of the file was read ("sheet 'Phụ lục'", "table 2").
        rows_read: The rows of the table after its header (empty rows not counted).
    """

    plan: Plan
    findings: tuple[Finding, ...]
    table: str
    rows_read: int

    @property
    def problems(self) -> tuple[Finding, ...]:
        """The findings the province should look at."""
        return tuple(f for f in self.findings if f.kind.is_problem)

    def counts(self) -> dict[str, int]:
        """The numbers a summary prints: rows, tasks, areas and findings by kind."""
        found = collections.Counter(f.kind.value for f in self.findings)
        return {
            "rows": self.rows_read,
            "tasks": len(self.plan.tasks),
            "areas": len(self.plan.all_areas),
            **dict(sorted(found.items())),
        }

    def __repr__(self) -> str:
        return (
            f"<AppendixImport {self.table}: {len(self.plan.tasks)} tasks, "
            f"{len(self.findings)} findings>"
        )


# ----------------------------------------------------------------------------- reading

_ROMAN = re.compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_TASK_NUMBER = re.compile(r"^(\d+(?:\.\d+)*|[a-zđ])$")
_MERGED_AREA = re.compile(
    r"^(?:phần\s+)?(?P<label>[IVXLC]+|[A-Z]|\d+)\s*[.):/-]\s*(?P<name>\S.*)$", re.IGNORECASE
)
_TOTALS = re.compile(r"^(tổng cộng|tổng số|tổng|cộng)\s*(:|\(|\d|$)", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^(ghi chú|lưu ý|chú thích|nguồn|\*|\(\*+\)|\(\d+\)\s)", re.IGNORECASE)
_YEAR_IN_TITLE = re.compile(r"\bnăm\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_DATE_BEFORE = re.compile(r"tháng\s+\d{1,2}\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2})\)?$")


def _numbered(number: str) -> bool:
    """Whether an STT cell holds a number: "1", "1.2", "a", "IV", "B"."""
    return bool(
        _TASK_NUMBER.match(number) or _ROMAN.match(number) or re.fullmatch(r"[A-Z]", number)
    )


def _number(text: str) -> str:
    """The STT cell without the dot or bracket after it: "1." → "1", "a)" → "a"."""
    return text.strip().rstrip(".)").strip()


@attrs.define
class _Area:
    kind: str  # "letter", "roman" or "arabic"
    label: str
    code: str
    name: str
    row: int
    parent: _Area | None
    tasks: list[Task] = attrs.Factory(list)
    children: list[_Area] = attrs.Factory(list)

    @property
    def path(self) -> tuple[str, ...]:
        return (*self.parent.path, self.code) if self.parent else (self.code,)

    def build(self) -> ReformArea:
        return ReformArea(
            code=self.code,
            name=self.name,
            tasks=tuple(self.tasks),
            areas=tuple(child.build() for child in self.children),
        )


@attrs.define
class _Row:
    """A task row being read, with the rows that continue it."""

    row: int
    area: _Area
    code: str
    cells: dict[Column, list[str]]
    extra: dict[str, list[str]]


class _Reader:
    def __init__(
        self,
        grid: Grid,
        header_at: int,
        year: int | None,
        registry: AgencyRegistry | None,
        province: str | None,
    ) -> None:
        self.grid = grid
        self.findings: list[Finding] = []
        self.header_at = header_at
        self.columns: dict[int, Column] = {}
        self.others: dict[int, str] = {}
        self.header_words: dict[Column, str] = {}
        self._read_header()
        self.titles = [*grid.before, *self._lines(grid.rows[:header_at])]
        self.year = year if year is not None else self._year()
        self.province = province if province is not None else self._province()
        if registry is None:
            try:
                registry = registry_on(datetime.date(self.year, 1, 1), self.province)
            except UnknownProvinceError as error:
                raise AppendixError(
                    f"{error}: give the province (province= or registry=, or cchc import "
                    "--province or --registry)"
                ) from None
        self.registry = registry
        self.roots: list[_Area] = []
        self.stack: list[_Area] = []
        self.codes: dict[str, int] = {}
        self.rows_read = 0

    # -- the header ------------------------------------------------------------
    def _read_header(self) -> None:
        header = self.grid.rows[self.header_at]
        rows = self.grid.rows
        below = rows[self.header_at + 1] if self.header_at + 1 < len(rows) else ()
        sub = _subheader(header, below)
        for j, cell in enumerate(header):
            text = cell.text
            if sub is not None and j < len(sub) and sub[j]:
                # The upper cell's words ("Cơ quan thực hiện", merged over this column when
                # spanned) and the lower's ("Chủ trì") name the column together.
                owner = cell.text
                if cell.spanned:
                    owner = next((header[k].text for k in range(j, -1, -1) if header[k].text), "")
                text = f"{owner} {sub[j]}".strip()
            meaning = column_meaning(text)
            if meaning is not None and meaning not in self.columns.values():
                self.columns[j] = meaning
                self.header_words[meaning] = text
            elif text and not cell.spanned:
                self.others[j] = text
        if sub is not None:
            self.header_at += 1
        row = self.grid.numbers[self.header_at]
        for text in self.others.values():
            self.findings.append(
                Finding(
                    row,
                    text,
                    FindingKind.UNKNOWN_COLUMN,
                    f"the column {text!r} is not one the library knows: its cells are kept "
                    "as the tasks' attributes",
                )
            )

    def _lines(self, rows: Iterable[tuple[Cell, ...]]) -> list[str]:
        return [" ".join(c.text for c in row if c.text) for row in rows if any(c.text for c in row)]

    def _year(self) -> int:
        for line in self.titles:
            if line.startswith("(") or "kèm theo" in line.casefold():
                continue
            for match in _YEAR_IN_TITLE.finditer(line):
                if not _DATE_BEFORE.search(line[: match.start()]):  # "ngày 22 tháng 12 năm 2024"
                    return int(match.group("year"))
        column = self._index(Column.DEADLINE)
        years: collections.Counter[int] = collections.Counter()
        if column is not None:
            for row in self.grid.rows[self.header_at + 1 :]:
                if column < len(row):
                    years.update(int(y) for y in _YEAR.findall(row[column].text))
        if years:
            return years.most_common(1)[0][0]
        raise AppendixError(
            "the plan year is nowhere in the table (no 'năm 2026' in its title, no year in "
            "its deadlines): give it (year=, or cchc import --year)"
        )

    def _province(self) -> str | None:
        text = _fold(" ".join(self.titles))
        try:
            provinces = provinces_on(datetime.date(self.year, 1, 1))
        except UnknownProvinceError:
            return None
        for province in sorted(provinces, key=lambda p: -len(p.name)):
            if re.search(rf"\b(tinh|thanh pho|tp) {re.escape(_fold(province.name))}\b", text):
                return province.name
        return None

    def _index(self, column: Column) -> int | None:
        return next((j for j, c in self.columns.items() if c is column), None)

    def _text(self, cells: tuple[Cell, ...], column: Column) -> str:
        j = self._index(column)
        return cells[j].text if j is not None and j < len(cells) else ""

    # -- the rows --------------------------------------------------------------
    def read(self) -> Plan:
        rows = self.grid.rows
        current: _Row | None = None
        numbered = self._index(Column.NUMBER) is not None
        seen_task = False
        for i in range(self.header_at + 1, len(rows)):
            cells = rows[i]
            row = self.grid.numbers[i]
            texts = [c.text for c in cells if c.text and not c.spanned]
            if not texts:
                continue
            self.rows_read += 1
            if _is_header(cells):
                self.find(row, None, FindingKind.REPEATED_HEADER, "the header row repeated")
                continue
            if _is_column_numbers(texts):
                self.find(row, None, FindingKind.COLUMN_NUMBERS, "a row numbering the columns")
                continue
            number = _number(self._text(cells, Column.NUMBER))
            if number and not _numbered(number):
                number = ""  # "Tổng cộng", "Ghi chú: …" or "II. Cải cách …" in the STT cell
            first = texts[0]
            # A totals row, a footnote or a merged area heading starts in the first columns;
            # the same words further right continue a task's cell.
            leading = self._leading(cells, first)
            if not number and leading and _TOTALS.match(first):
                self._finish(current)
                current = None
                self._totals(row, " ".join(texts))
                continue
            if not number and leading and _FOOTNOTE.match(first) and len(texts) == 1:
                self.find(row, None, FindingKind.FOOTNOTE, f"a footnote, kept aside: {first!r}")
                self._finish(current)
                current = None
                continue
            area = self._area_row(cells, number, texts, i, leading=leading)
            if area is not None:
                self._finish(current)
                current = None
                self._open_area(*area, row=row, cells=cells)
                continue
            if number and (_TASK_NUMBER.match(number) or not numbered):
                self._finish(current)
                current = self._start(row, number, cells)
                seen_task = True
                continue
            if not numbered and texts:
                self._finish(current)
                current = self._start(row, "", cells)
                seen_task = True
                continue
            if number:
                self.find(
                    row,
                    self.header_words.get(Column.NUMBER),
                    FindingKind.TEXT_OUTSIDE_TASKS,
                    f"the number {number!r} is neither a task's nor an area's; the row is "
                    f"kept aside: {' | '.join(texts)!r}",
                )
                continue
            if current is not None:
                self._add(current, cells, first=False)
            elif self.stack and not seen_task and len(texts) == 1:
                self.stack[-1].name += " " + texts[0]  # an area's heading on two rows
            else:
                self.find(
                    row,
                    None,
                    FindingKind.TEXT_OUTSIDE_TASKS,
                    f"text before the first task, kept aside: {' | '.join(texts)!r}",
                )
        self._finish(current)
        return self._plan()

    def _totals(self, row: int, text: str) -> None:
        self.find(row, None, FindingKind.TOTALS, f"a totals row, kept aside: {text!r}")
        counted = re.search(r"(\d+)\s*nhiệm vụ", text, re.IGNORECASE)
        total = sum(len(a.build().all_tasks) for a in self.roots)
        if counted and int(counted.group(1)) != total:
            self.find(
                row,
                None,
                FindingKind.TOTALS_DIFFER,
                f"the totals row counts {counted.group(1)} tasks, the table lists {total}",
            )

    def _leading(self, cells: tuple[Cell, ...], first: str) -> bool:
        """Whether ``first`` (the row's first text) stands in the number or task column."""
        for column in (Column.NUMBER, Column.TASK):
            j = self._index(column)
            if j is not None and j < len(cells) and cells[j].text == first:
                return True
        return next((c.text for c in cells if c.text), "") == first and bool(cells[0].text)

    def _area_row(
        self,
        cells: tuple[Cell, ...],
        number: str,
        texts: list[str],
        index: int,
        *,
        leading: bool,
    ) -> tuple[str, str, str] | None:
        """``(kind, label, name)`` when the row heads an area."""
        name = self._text(cells, Column.TASK)
        if number and (_ROMAN.match(number) or re.fullmatch(r"[A-Z]", number)):
            kind = self._kind(number)
            return kind, number, name or next((t for t in texts if t != number), number)
        if (
            number
            and re.fullmatch(r"\d+", number)
            and name
            and self._heads(number, index)
            and not any(self._text(cells, c) for c in (Column.LEAD, Column.DEADLINE))
        ):
            return "arabic", number, name
        if not number and leading and len(set(texts)) == 1:
            match = _MERGED_AREA.match(texts[0])
            if match and len(match.group("name").split()) < 2:
                match = None  # "I/2020" continues a deadline
            spans = sum(c.spanned for c in cells) >= 2
            if match and (not match.group("label").isdigit() or spans):
                label = match.group("label").upper()
                if label.isdigit() or _ROMAN.match(label) or len(label) == 1:
                    kind = "arabic" if label.isdigit() else self._kind(label)
                    if spans or kind != "arabic":
                        return kind, label, match.group("name")
        return None

    def _heads(self, number: str, index: int) -> bool:
        """Whether the next numbered row is numbered under ``number`` ("2" → "2.1")."""
        for cells in self.grid.rows[index + 1 :]:
            following = _number(self._text(cells, Column.NUMBER))
            if following:
                return following.startswith(number + ".")
        return False

    def _kind(self, label: str) -> str:
        """Whether a capital is a letter or a Roman numeral: "I" after "H" is a letter."""
        letters = [a for a in self.stack if a.kind == "letter"]
        if len(label) == 1 and letters and ord(letters[-1].label) + 1 == ord(label):
            return "letter"
        if _ROMAN.match(label) and (
            any(a.kind == "roman" for a in self.stack) or label in ("I", "V", "X") or not letters
        ):
            return "roman"
        return "letter"

    def _open_area(
        self, kind: str, label: str, name: str, *, row: int, cells: tuple[Cell, ...]
    ) -> None:
        while self.stack and kind in [a.kind for a in self.stack]:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        code = f"{parent.code}.{label}" if parent else label
        if code in {a.code for a in self._all_areas()}:
            self.find(
                row,
                None,
                FindingKind.DUPLICATE_AREA,
                f"a second area {code} ({name!r}): its tasks join the first",
            )
            area = next(a for a in self._all_areas() if a.code == code)
        else:
            area = _Area(kind, label, code, name, row, parent)
            (parent.children if parent else self.roots).append(area)
        self.stack.append(area)
        for column in (Column.OUTPUT, Column.LEAD, Column.PARTNERS, Column.DEADLINE):
            stray = self._text(cells, column)
            if stray and not cells[self._index(column) or 0].spanned and stray != name:
                self.find(
                    row,
                    self.header_words[column],
                    FindingKind.AREA_ROW_TEXT,
                    f"area {code} has text in its {column.value} cell, kept aside: {stray!r}",
                )

    def _all_areas(self) -> Iterator[_Area]:
        pending = list(self.roots)
        while pending:
            area = pending.pop()
            yield area
            pending.extend(area.children)

    def _start(self, row: int, number: str, cells: tuple[Cell, ...]) -> _Row:
        if not self.stack:
            area = _Area("roman", "I", "I", "Nhiệm vụ", row, None)
            self.roots.append(area)
            self.stack.append(area)
            self.find(
                row,
                None,
                FindingKind.NO_AREA,
                "the table has no area row before its first task: the tasks are put in "
                "one area I 'Nhiệm vụ'",
            )
        area = self.stack[-1]
        label = number.upper() or str(len(area.tasks) + 1)
        if label.startswith(area.label + ".") and len(label) > len(area.label) + 1:
            code = f"{area.parent.code}.{label}" if area.parent else label
        else:
            code = f"{area.code}.{label}"
        if code in self.codes:
            original = code
            suffix = 2
            while f"{original}{suffix}" in self.codes:
                suffix += 1
            code = f"{original}{suffix}"
            self.find(
                row,
                self.header_words.get(Column.NUMBER),
                FindingKind.DUPLICATE_NUMBER,
                f"task {original} again (first on row {self.codes[original]}): this one is {code}",
            )
        self.codes[code] = row
        values: dict[Column, list[str]] = {c: [] for c in Column}
        extra: dict[str, list[str]] = {name: [] for name in self.others.values()}
        task = _Row(row, area, code, values, extra)
        self._add(task, cells, first=True)
        return task

    def _add(self, task: _Row, cells: tuple[Cell, ...], *, first: bool) -> None:
        for j, cell in enumerate(cells):
            if not cell.text or cell.spanned or (cell.from_above and not first):
                continue
            column = self.columns.get(j)
            if column is Column.NUMBER:
                continue
            if column is not None:
                task.cells[column].append(cell.text)
            elif j in self.others:
                task.extra[self.others[j]].append(cell.text)

    def _finish(self, task: _Row | None) -> None:
        """Build the task a row (and its continuations) describes, or report it."""
        if task is None:
            return
        text = {c: " ".join(parts) for c, parts in task.cells.items()}
        row = task.row
        if not text[Column.TASK]:
            self.find(
                row,
                self.header_words.get(Column.TASK),
                FindingKind.NO_TITLE,
                f"task {task.code} has no task text; the row is kept aside: "
                f"{' | '.join(t for t in text.values() if t)!r}",
            )
            del self.codes[task.code]
            return
        resolved: dict[Column, tuple[Agency | AgencyGroup, ...]] = {}
        for column in (Column.LEAD, Column.PARTNERS):
            resolved[column], missed = self.registry.resolve_known(text[column])
            for error in missed:
                self._agency_finding(row, column, task.code, error)
        lead, partners = resolved[Column.LEAD], resolved[Column.PARTNERS]
        if not lead and not any(
            f.row == row and f.kind in (FindingKind.UNKNOWN_AGENCY, FindingKind.DEFUNCT_AGENCY)
            for f in self.findings
        ):
            self.find(
                row,
                self.header_words.get(Column.LEAD),
                FindingKind.NO_LEAD,
                f"task {task.code} names no lead agency: nobody owes it",
            )
        deadline = parse_deadline(text[Column.DEADLINE], year=self.year, lenient=True)
        if isinstance(deadline, Unrecognised):
            if text[Column.DEADLINE]:
                self.find(
                    row,
                    self.header_words.get(Column.DEADLINE),
                    FindingKind.UNREAD_DEADLINE,
                    f"task {task.code}: the deadline {text[Column.DEADLINE]!r} does not "
                    f"read ({deadline.error}); it is kept as written",
                )
            else:
                self.find(
                    row,
                    self.header_words.get(Column.DEADLINE),
                    FindingKind.NO_DEADLINE,
                    f"task {task.code} has no deadline",
                )
        attributes = tuple((k, " ".join(v)) for k, v in task.extra.items() if v)
        task.area.tasks.append(
            Task(
                code=task.code,
                title=text[Column.TASK],
                outputs_text=text[Column.OUTPUT],
                lead=lead,
                lead_text=text[Column.LEAD],
                partners=partners,
                partners_text=text[Column.PARTNERS],
                deadline=deadline,
                deadline_text=text[Column.DEADLINE],
                area_path=task.area.path,
                attributes=attributes,
            )
        )

    def _agency_finding(
        self, row: int, column: Column, code: str, error: UnknownAgencyError
    ) -> None:
        role = "lead" if column is Column.LEAD else "coordinating"
        if isinstance(error, DefunctAgencyError):
            kind = FindingKind.DEFUNCT_AGENCY
            message = f"task {code}: the {role} agency {error}"
        else:
            kind = FindingKind.UNKNOWN_AGENCY
            closest = ", ".join(repr(n) for n in error.suggestions) or "none"
            message = (
                f"task {code}: no known body is called {error.name!r} ({role}); "
                f"closest known names: {closest}; the cell's text is kept"
            )
        self.find(row, self.header_words.get(column), kind, message)

    def _plan(self) -> Plan:
        titles = [t for t in self.titles if not re.fullmatch(r"phụ lục(\s+\S+)?", t.casefold())]
        heading = next((t for t in titles if _YEAR_IN_TITLE.search(t)), None) or (
            titles[0] if titles else None
        )
        province = self.province
        issuer = f"Ủy ban nhân dân tỉnh {province}" if province else "Ủy ban nhân dân"
        place = f" tỉnh {province}" if province else ""
        return Plan(
            issuer=issuer,
            province=province,
            kind="Kế hoạch",
            title=f"Cải cách hành chính{place} năm {self.year}",
            year=self.year,
            areas=tuple(area.build() for area in self.roots),
            appendix_title=heading,
            agencies=self.registry,
        )

    def find(self, row: int, column: str | None, kind: FindingKind, message: str) -> None:
        self.findings.append(Finding(row, column, kind, message))


def _subheader(header: tuple[Cell, ...], below: tuple[Cell, ...]) -> list[str] | None:
    """The second header row under merged header cells ("Cơ quan" over "Chủ trì"), if any."""
    if not below or not any(c.spanned for c in header):
        return None
    if sum(bool(c.text) for c in header) < 2 or not any(
        column_meaning(c.text) in (Column.NUMBER, Column.TASK) for c in header
    ):
        return None  # a title merged across the columns, not the upper row of a header
    texts = [c.text for c in below]
    filled = [t for t in texts if t]
    if not filled or any(len(t) > 40 for t in filled):
        return None
    if all(column_meaning(t) is not None for t in filled):  # "Chủ trì", "Phối hợp"…
        return [t if not below[j].from_above else "" for j, t in enumerate(texts)]
    return None


def _is_header(cells: tuple[Cell, ...]) -> bool:
    """Whether a row repeats a task table's header (after a page break)."""
    meanings = {column_meaning(c.text) for c in cells if c.text}
    return Column.TASK in meanings and len(meanings - {None}) >= 3


def _is_column_numbers(texts: list[str]) -> bool:
    numbers = [_COLUMN_NUMBER.match(t) for t in texts]
    if len(texts) < 3 or not all(numbers):
        return False
    values = [int(m.group(1)) for m in numbers if m]
    return values == list(range(values[0], values[0] + len(values)))


def _score(grid: Grid) -> tuple[int, int, int] | None:
    """How much a grid looks like a task table: ``(columns known, rows, -header row)``."""
    for i, row in enumerate(grid.rows[:30]):
        meanings = {column_meaning(c.text) for c in row if c.text} - {None}
        below = grid.rows[i + 1] if i + 1 < len(grid.rows) else ()
        sub = _subheader(row, below)
        if sub is not None:
            meanings |= {column_meaning(t) for t in sub if t} - {None}
        if Column.TASK in meanings and len(meanings) >= 3:
            return len(meanings), len(grid.rows) - i, -i
    return None


def read_appendix(
    path: str | os.PathLike[str],
    *,
    year: int | None = None,
    registry: AgencyRegistry | None = None,
    province: str | None = None,
    strict: bool = False,
) -> AppendixImport:
    r"""Read a plan's appendix table from a CSV, ``.xlsx`` or ``.docx`` file.

    Args:
        path: The file.  CSV in UTF-8 (with or without a BOM), UTF-16 with a BOM or
            Windows-1258, separated by commas, semicolons or tabs; ``.xlsx`` needs the
            ``excel`` extra (openpyxl) and ``.docx`` the ``word`` extra (python-docx).
        year: The plan year; by default the year in the table's title ("… NĂM 2026"), else
            the year its deadlines name most often.  Never today's year.
        registry: The agencies the lead and coordinating cells name; by default the bodies
            every province has on 1 January of the year
            (:func:`~cchc_model.plan.bodies.registry_on`), for the province in the title.
        province: The province, when the title does not name it.
        strict: Raise every problem at once instead of returning them as findings.

    Returns:
        The plan and the findings.  Of a file with several tables (a Word document's
        other tables, a workbook's other sheets) the one that looks most like a task
        table is read, and the others are named in a finding.

    Raises:
        AppendixError: the file is not a table the reader can open (not text in any of
            the encodings, a workbook or document that does not open, an Excel or Word file
            under another name), no table of it has a task table's header (the message lists
            the words it looks for), the year is nowhere, or ``strict`` and problems.
        ImportError: the extra an ``.xlsx`` or ``.docx`` file needs is not installed.
        OSError: the file cannot be read.

    >>> import pathlib, tempfile
    >>> table = pathlib.Path(tempfile.mkdtemp()) / "phu-luc.csv"
    >>> _ = table.write_text(
    ...     "PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TỈNH AN GIANG NĂM 2026\n"
    ...     "STT;Nội dung nhiệm vụ;Sản phẩm;Đơn vị chủ trì;Đơn vị phối hợp;Thời hạn\n"
    ...     "I;CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH;;;;\n"
    ...     "1;Kế hoạch kiểm tra CCHC;Kế hoạch;Sở Nội vụ;Sở Ngoại giao;Quý I/2026\n",
    ...     encoding="utf-8",
    ... )
    >>> imported = read_appendix(table)
    >>> task = imported.plan.task("I.1")
    >>> task.lead[0].code, task.deadline.windows[0].due
    ('SNV', datetime.date(2026, 3, 31))
    >>> print(imported.findings[0])  # doctest: +ELLIPSIS
    row 4, Đơn vị phối hợp: task I.1: no known body is called 'Sở Ngoại giao' ...
    """
    name = pathlib.Path(path).name
    try:
        grids = read_grids(path)
    except UnicodeDecodeError as error:
        raise AppendixError(
            f"{name}: the file is not text in UTF-8, UTF-16 or Windows-1258 "
            f"(byte {error.start}) — nor an .xlsx or .docx file by its name"
        ) from None
    except ValueError as error:
        raise AppendixError(f"{name}: {error}") from None
    scored = [(s, i) for i, g in enumerate(grids) if (s := _score(g)) is not None]
    if not scored:
        accepted = ", ".join(repr(c.value) for c in Column)
        raise AppendixError(
            f"{name}: no table has a task table's header: a row naming "
            f"a task column and two more of {accepted} (or their usual variants: 'Nội dung', "
            "'Sản phẩm', 'Đơn vị chủ trì', 'Tiến độ', 'Thời hạn'…)"
        )
    best, index = max(scored)
    grid = grids[index]
    header_at = -best[2]
    reader = _Reader(grid, header_at, year, registry, province)
    for i, other in enumerate(grids):
        if i != index and any(c.text for row in other.rows for c in row):
            reader.find(
                0,
                None,
                FindingKind.OTHER_TABLE,
                f"{other.name} of the file is not read: {grid.name} is the task table",
            )
    plan = reader.read()
    findings = tuple(sorted(reader.findings, key=lambda f: f.row))
    result = AppendixImport(plan, findings, grid.name, reader.rows_read)
    if strict and result.problems:
        count = len(result.problems)
        raise AppendixError(
            f"{pathlib.Path(path).name}: {count} problem{'s' if count > 1 else ''} in the "
            "appendix table",
            result.problems,
        )
    return result


def same_appendix(first: Plan, second: Plan) -> bool:
    """Whether two plans have the same appendix: year, areas and tasks.

    The areas are compared with their nesting, codes, names and tasks, leaving aside what
    only the plan's section III says of an area (its summary name, its declared count).

    >>> from cchc_model import datasets
    >>> plan = datasets.load("an-giang-2020")
    >>> same_appendix(plan, plan)
    True
    """
    return first.year == second.year and _bare(first.areas) == _bare(second.areas)


def _bare(areas: tuple[ReformArea, ...]) -> tuple[ReformArea, ...]:
    return tuple(
        attrs.evolve(a, summary_name=None, declared_task_count=None, areas=_bare(a.areas))
        for a in areas
    )


# ----------------------------------------------------------------------------- writing

_HEADER = (
    "STT",
    "Nhiệm vụ",
    "Kết quả",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian thực hiện",
)


def _table(plan: Plan) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The header and the rows (``("area" | "task", cells)``) of a plan's appendix."""
    extra = _attribute_columns(plan)
    header = [*_HEADER, *extra]
    rows: list[tuple[str, list[str]]] = []

    def visit(area: ReformArea) -> None:
        rows.append(("area", [area.label, area.name] + [""] * (len(header) - 2)))
        for task in area.tasks:
            values = dict(task.attributes)
            rows.append(
                (
                    "task",
                    [
                        task.number,
                        task.title,
                        task.outputs_text,
                        task.lead_text,
                        task.partners_text,
                        task.deadline_text,
                        *(values.get(name, "") for name in extra),
                    ],
                )
            )
        for inner in area.areas:
            visit(inner)

    for area in plan.areas:
        visit(area)
    return header, rows


def _attribute_columns(plan: Plan) -> list[str]:
    """The tasks' other columns, in an order that keeps every task's own order of them."""
    first_seen: list[str] = []
    sorter: graphlib.TopologicalSorter[str] = graphlib.TopologicalSorter()
    for task in plan.tasks:
        names = [name for name, _ in task.attributes]
        for i, name in enumerate(names):
            sorter.add(name, *names[:i])
            if name not in first_seen:
                first_seen.append(name)
    try:
        sorter.prepare()
    except graphlib.CycleError:
        return first_seen  # tasks disagree on the order: the first seen wins
    ordered: list[str] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready(), key=first_seen.index)
        ordered.extend(ready)
        sorter.done(*ready)
    return ordered


def _titles(plan: Plan) -> list[str]:
    heading = plan.appendix_title or plan.title
    if not _YEAR_IN_TITLE.search(heading):
        heading += f" năm {plan.year}"
    return ["PHỤ LỤC", heading]


def write_appendix(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write a plan's appendix table as a ``.csv``, ``.xlsx`` or ``.docx`` file.

    The table has the usual columns (STT, Nhiệm vụ, Kết quả, Cơ quan chủ trì, Cơ quan phối
    hợp, Thời gian thực hiện) and then the tasks' other columns; above it "PHỤ LỤC" and the
    appendix's title with its year.  An area row carries the area's label and name, nested
    areas follow their parent's tasks.  The Excel and Word files are laid out as a province
    prints its appendix: A4 landscape, the header repeated on every page, area rows in bold
    across the columns, wrapped text.  CSV is UTF-8 with a BOM, which Excel opens as such.

    :func:`read_appendix` reads the file back into the same appendix
    (:func:`same_appendix`), provided nested areas are numbered in different styles at each
    level (A, B… then I, II… then 1, 2…), as tables do.

    Raises:
        ValueError: the file's suffix is none of these.
        ImportError: the extra ``.xlsx`` or ``.docx`` needs is not installed.
    """
    suffix = pathlib.Path(path).suffix.casefold()
    header, rows = _table(plan)
    titles = _titles(plan)
    if suffix == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            for title in titles:
                writer.writerow([title])
            writer.writerow(header)
            writer.writerows(cells for _, cells in rows)
    elif suffix == ".xlsx":
        _write_xlsx(path, titles, header, rows)
    elif suffix == ".docx":
        _write_docx(path, titles, header, rows)
    else:
        raise ValueError(f"an appendix is written as .csv, .xlsx or .docx, not {suffix!r}")


_WIDTHS = (6, 48, 22, 22, 26, 18)


def _write_xlsx(
    path: str | os.PathLike[str],
    titles: list[str],
    header: list[str],
    rows: list[tuple[str, list[str]]],
) -> None:
    require_extra("openpyxl", "excel", "writing .xlsx")
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Phụ lục"
    width = len(header)
    last = get_column_letter(width)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, title in enumerate(titles, start=1):
        sheet.cell(r, 1, title).font = Font(bold=True, size=13)
        sheet.cell(r, 1).alignment = Alignment(horizontal="center")
        sheet.merge_cells(f"A{r}:{last}{r}")
    head = len(titles) + 1
    for c, name in enumerate(header, start=1):
        cell = sheet.cell(head, c, name)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = border
    for r, (kind, cells) in enumerate(rows, start=head + 1):
        for c, value in enumerate(cells, start=1):
            cell = sheet.cell(r, c, value or None)
            cell.alignment = wrap
            cell.border = border
            cell.number_format = "@"  # text: "1.1" and "01/2026" stay as written
            if kind == "area":
                cell.font = Font(bold=True)
        if kind == "area" and width > 2:
            sheet.merge_cells(f"B{r}:{last}{r}")
    for c in range(1, width + 1):
        sheet.column_dimensions[get_column_letter(c)].width = (
            _WIDTHS[c - 1] if c <= len(_WIDTHS) else 20
        )
    sheet.print_title_rows = f"{head}:{head}"
    sheet.freeze_panes = f"A{head + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    if sheet.sheet_properties.pageSetUpPr is not None:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.save(path)


def _write_docx(
    path: str | os.PathLike[str],
    titles: list[str],
    header: list[str],
    rows: list[tuple[str, list[str]]],
) -> None:
    require_extra("docx", "word", "writing .docx")
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.5))
    for title in titles:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(title).bold = True
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    head = table.rows[0]
    properties = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # the header row repeats on every printed page
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)
    for cell, name in zip(head.cells, header, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row, (kind, cells) in zip(table.rows[1:], rows, strict=True):
        targets = row.cells
        if kind == "area" and len(header) > 2:
            merged = targets[1].merge(targets[-1])
            targets = (targets[0], merged)
            cells = cells[:2]
        for cell, value in zip(targets, cells, strict=False):
            run = cell.paragraphs[0].add_run(value)
            run.bold = kind == "area"
    for column, width in zip(table.columns, _WIDTHS, strict=False):
        for cell in column.cells:
            cell.width = Cm(width * 0.42)
    document.save(str(path))
