r"""Private machinery: the tables of a CSV file, an Excel workbook or a Word document, as grids.

An appendix table reaches the library in three containers.  Each becomes a :class:`Grid`:
rows of :class:`Cell` texts, numbered as the file shows them, with what merged cells meant.
A cell merged across columns is read once, in its first column (the others are ``spanned``);
a cell merged down rows carries its text into every row it covers, marked ``from_above`` so
that a row continuing a task does not repeat it.  Text is NFC with its lines joined by one
space ("- Kế hoạch\n- Báo cáo" reads "- Kế hoạch - Báo cáo").

The containers are read by the libraries made for them: the standard ``csv`` module (with
:func:`~cchc_model.formats._sheets.decode` for encodings and separators), ``openpyxl`` and
``python-docx`` (optional extras, imported only here, when such a file is read).
"""

from __future__ import annotations

import csv
import datetime
import os
import pathlib
import re
import unicodedata
import zipfile
from typing import Any

import attrs

from cchc_model import limits
from cchc_model.formats import _files
from cchc_model.formats._sheets import _cell, decode, require_extra, unclosed_quote

__all__ = ["Cell", "Grid", "clean", "read_grids"]


def clean(value: object) -> str:
    r"""A cell's text: NFC, lines stripped and joined by one space, spaces collapsed.

    >>> clean("- Kế hoạch\n- Báo  cáo ")
    '- Kế hoạch - Báo cáo'
    >>> clean(datetime.date(2027, 3, 31))
    '31/03/2027'
    """
    if value is None:
        return ""
    if isinstance(value, datetime.date):  # a date cell, written as tables write dates
        return f"{value:%d/%m/%Y}"
    text = _cell(value) if not isinstance(value, str) else value
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@attrs.frozen
class Cell:
    """One cell: its text, and whether a merge gave it (``from_above``) or hid it (``spanned``)."""

    text: str = ""
    from_above: bool = False
    spanned: bool = False


@attrs.frozen
class Grid:
    """One table of a file: its name, its rows and the row numbers the file shows.

    ``before`` holds the document's paragraphs before the table (a Word file's title).
    """

    name: str
    rows: tuple[tuple[Cell, ...], ...]
    numbers: tuple[int, ...]
    before: tuple[str, ...] = ()


def read_grids(path: str | os.PathLike[str]) -> list[Grid]:
    """Every table of the file: a CSV file's, a workbook's sheets, a Word document's tables.

    Raises:
        ImportError: the file needs an optional extra that is not installed.
        ValueError: the file is not what its name says (a message says what it is), is
            larger than :data:`~cchc_model.limits.MAX_FILE_BYTES` or has more rows than
            :data:`~cchc_model.limits.MAX_ROWS`.
        UnicodeDecodeError: a CSV file is not text in any encoding officials use.
    """
    grids = _grids(path)
    for grid in grids:
        if len(grid.rows) > limits.MAX_ROWS:
            raise ValueError(
                f"the table {grid.name!r} has {len(grid.rows):,} rows; the limit is "
                f"{limits.MAX_ROWS:,} (cchc_model.limits.MAX_ROWS)"
            )
    return grids


def _grids(path: str | os.PathLike[str]) -> list[Grid]:
    _files.check_size(path)
    suffix = pathlib.Path(path).suffix.casefold()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx(path)
    if suffix == ".docx":
        return _docx(path)
    if suffix in (".xls", ".doc"):
        raise ValueError(
            f"a {suffix} file is the old Office format: save it as "
            f"{'.xlsx' if suffix == '.xls' else '.docx'} (File > Save As) and read that"
        )
    raw = pathlib.Path(path).read_bytes()
    if zipfile.is_zipfile(path):
        raise ValueError(
            "the file is a Word or Excel package with another name: give it its .docx or .xlsx name"
        )
    text = decode(raw)
    opened = unclosed_quote(text.getvalue(), text.dialect.delimiter)
    if opened is not None:
        raise ValueError(
            f'line {opened[0] + 1} is not CSV the reader can take: a quote (") opens and '
            "never closes"
        )
    reader = csv.reader(text, text.dialect)
    try:
        rows = [tuple(Cell(clean(v)) for v in row) for row in reader]
    except csv.Error as error:  # a cell past the csv module's limit, a stray quote
        raise ValueError(
            f"line {reader.line_num} is not CSV the reader can take: {error}"
        ) from None
    return [Grid(pathlib.Path(path).name, tuple(rows), tuple(range(1, len(rows) + 1)))]


def _xlsx(path: str | os.PathLike[str]) -> list[Grid]:
    require_extra("openpyxl", "excel", "reading .xlsx")
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises zipfile, KeyError and its own errors
        raise ValueError(f"not an Excel workbook ({type(error).__name__})") from None
    grids = []
    for sheet in workbook.worksheets:
        cells: dict[tuple[int, int], Cell] = {}
        for merged in sheet.merged_cells.ranges:
            top = clean(_displayed(sheet.cell(merged.min_row, merged.min_col)))
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    if (r, c) == (merged.min_row, merged.min_col):
                        continue
                    if c == merged.min_col:
                        cells[r, c] = Cell(top, from_above=True)
                    else:
                        cells[r, c] = Cell(spanned=True)
        rows = []
        width = sheet.max_column
        for r in range(1, sheet.max_row + 1):
            rows.append(
                tuple(
                    cells.get((r, c)) or Cell(clean(_displayed(sheet.cell(r, c))))
                    for c in range(1, width + 1)
                )
            )
        grids.append(Grid(f"sheet {sheet.title!r}", tuple(rows), tuple(range(1, len(rows) + 1))))
    workbook.close()
    return grids


#: A number format that fixes the decimals shown: "0.00", "#,##0.0" (the part for positives).
_FIXED_DECIMALS = re.compile(r"[#,0]*0\.(0+)")


def _displayed(cell: Any) -> object:
    """A cell's value as Excel shows it: a number formatted "0.00" shows its decimals.

    An STT typed as 1.10 is stored as the number 1.1; with the format "0.00" Excel shows
    "1.10", and so does the reader.  With the General format Excel itself shows "1.1".
    """
    value = cell.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    fixed = _FIXED_DECIMALS.fullmatch(str(cell.number_format).split(";")[0])
    return value if fixed is None else f"{value:.{len(fixed.group(1))}f}"


def _docx(path: str | os.PathLike[str]) -> list[Grid]:
    require_extra("docx", "word", "reading .docx")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises zipfile, KeyError and its own errors
        raise ValueError(f"not a Word document ({type(error).__name__})") from None
    grids = []
    before: list[str] = []
    number = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if clean(block.text):
                before.append(clean(block.text))
            continue
        assert isinstance(block, Table)
        number += 1
        rows: list[tuple[Cell, ...]] = []
        above: list[Any] = []
        for row in block.rows:
            row_cells = list(row.cells)
            line: list[Cell] = []
            for c, cell in enumerate(row_cells):
                if c > 0 and cell._tc is row_cells[c - 1]._tc:
                    line.append(Cell(spanned=True))
                elif c < len(above) and cell._tc is above[c]._tc:
                    line.append(Cell(clean(cell.text), from_above=True))
                else:
                    line.append(Cell(clean(cell.text)))
            above = row_cells
            rows.append(tuple(line))
        grids.append(
            Grid(f"table {number}", tuple(rows), tuple(range(1, len(rows) + 1)), tuple(before))
        )
        before = []
    return grids
