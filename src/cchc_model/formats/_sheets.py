"""Private machinery: the text of a CSV file whatever encoding and separator it was saved with.

Officials' spreadsheets are saved by many programs: Excel's "CSV UTF-8" (with a byte-order
mark), "Unicode text" (UTF-16 with a BOM, tab-separated), the legacy Vietnamese code page
Windows-1258 of older Office versions, and in locales whose list separator is ";".  The
standard library does the decoding — the ``codecs`` module knows every encoding here (its
``cp1258`` decoder leaves Vietnamese tone marks as combining characters, which NFC joins) —
and the header line tells the separator: the one of ",", ";" and a tab it uses most (the
header is the line of the first ten with the most separators: a title may stand above it).
(``csv.Sniffer`` guesses from the whole sample and is easily fooled by commas inside
Vietnamese text, so it is not used.)
"""

from __future__ import annotations

import codecs
import csv
import datetime
import decimal
import importlib.util
import io
import os
import unicodedata
from typing import Any, NamedTuple

from cchc_model import limits

__all__ = [
    "SheetRows",
    "SheetText",
    "Stray",
    "decode",
    "read_xlsx",
    "require_extra",
    "unclosed_quote",
]

#: Byte-order marks, longest first: UTF-32 would be read as UTF-16 otherwise.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_SEPARATORS = ",;\t"


class SheetText(io.StringIO):
    """The decoded text of a CSV file, with the encoding it was read in and its dialect."""

    def __init__(self, text: str, encoding: str) -> None:
        super().__init__(text, newline="")
        self.encoding_name = encoding
        self.dialect = _dialect(text)


def unclosed_quote(text: str, delimiter: str, quote: str = '"') -> tuple[int, int] | None:
    r"""Where a quote that never closes opens: its line (0 first) and field (0 first).

    Python's ``csv`` module reads such a quote to the end of the file without a word,
    swallowing every row after it.  A quote opens a quoted field only at a field's start
    (elsewhere it is a plain character, as in ``5" screen``), and ``""`` inside one is a
    quote; a file with an even number of quotes is not scanned.

    >>> unclosed_quote('a,b\n1,"x\n2,3\n', ",")
    (1, 1)
    >>> unclosed_quote('a,b\n1,"x ""y"" z"\n2,5" screen\n', ",") is None
    True
    """
    if text.count(quote) % 2 == 0:
        return None
    line = field = 0
    at_start = True
    opened: tuple[int, int] | None = None
    i, end = 0, len(text)
    while i < end:
        char = text[i]
        if opened is not None:
            if char == quote:
                if i + 1 < end and text[i + 1] == quote:
                    i += 1  # an escaped quote
                else:
                    opened = None
            elif char == "\n":
                line += 1
        elif char == quote and at_start:
            opened = (line, field)
        elif char == delimiter:
            field += 1
            at_start = True
            i += 1
            continue
        elif char == "\n":
            line += 1
            field = 0
            at_start = True
            i += 1
            continue
        at_start = at_start and char == "\r"
        i += 1
    return opened


def decode(raw: bytes) -> SheetText:
    r"""Decode a CSV file: a BOM's encoding, else UTF-8, else Windows-1258; text in NFC.

    >>> decode("STT;Nhiệm vụ\\n".encode("utf-16")).dialect.delimiter
    ';'
    >>> sheet = decode(b"K\xea\xect qua\xd2")  # Windows-1258: "ê" + acute, "a" + hook
    >>> sheet.getvalue(), sheet.encoding_name
    ('Kết quả', 'Windows-1258')

    Raises:
        UnicodeDecodeError: the bytes are none of these encodings, or are not text at all
            (a control character other than a tab or a line break: a spreadsheet or other
            binary file); the error names the first byte that gave it away.
    """
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            return _checked(raw, raw.decode(codec), name)
    try:
        return _checked(raw, raw.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1258")  # raises on the few bytes cp1258 leaves undefined
    return _checked(raw, text, "Windows-1258")


def _checked(raw: bytes, text: str, encoding: str) -> SheetText:
    for index, character in enumerate(text):
        if character < " " and character not in "\t\r\n":
            position = raw.find(character.encode("latin-1")) if encoding != "UTF-16" else index
            raise UnicodeDecodeError(
                encoding, raw, max(position, 0), max(position, 0) + 1, "not text"
            )
    return SheetText(unicodedata.normalize("NFC", text), encoding)


def _dialect(text: str) -> type[csv.Dialect]:
    """The separator of the table: ',', ';' or a tab (',' when nothing says).

    The header is the line of the first ten that has the most of one separator (a title
    line above a table has few or none); that separator wins.
    """
    lines = text.split("\n", 10)[:10]
    counts = {separator: max(line.count(separator) for line in lines) for separator in _SEPARATORS}
    best = max(counts, key=lambda separator: counts[separator])
    if counts[best] == 0 or best == ",":
        return csv.excel
    return csv.excel_tab if best == "\t" else _Semicolon


class _Semicolon(csv.excel):
    delimiter = ";"


class Stray(NamedTuple):
    """A workbook's cell under no header: its column's letter and its value."""

    column: str
    value: Any


class SheetRows(list[dict[str, Any]]):
    """The rows of a spreadsheet as mappings from header to cell, numbered as it shows them."""

    def __init__(
        self, rows: list[dict[Any, Any]], first_row: int, header: list[str] | None = None
    ) -> None:
        super().__init__(rows)
        self.first_row = first_row
        #: The header as written, every cell of it in order (empty ones as "").
        self.header = header or []


def require_extra(module: str, extra: str, doing: str) -> None:
    """Raise an :class:`ImportError` naming the extra to install when ``module`` is missing.

    >>> require_extra("json", "none", "reading JSON")
    >>> require_extra("no_such_module_here", "excel", "reading .xlsx")
    Traceback (most recent call last):
    ...
    ImportError: reading .xlsx needs no_such_module_here: pip install 'cchc-model[excel]'
    """
    if importlib.util.find_spec(module) is None:
        raise ImportError(f"{doing} needs {module}: pip install 'cchc-model[{extra}]'")


def read_xlsx(path: str | os.PathLike[str]) -> SheetRows:
    """The first worksheet of an ``.xlsx`` workbook, read through ``openpyxl``.

    The header is the first row with two or more cells (a title above the table fills one);
    the rows under it become mappings, numbered as the sheet numbers them.
    A date cell becomes an ISO date string, a number its shortest decimal text, an empty
    cell ``None`` (never the text "None" or "nan"); rows with no cell at all are skipped.

    Raises:
        ImportError: ``openpyxl`` is not installed; the message names the extra.
        ValueError: the file is not a workbook ``openpyxl`` can read.
    """
    require_extra("openpyxl", "excel", "reading .xlsx")
    import openpyxl
    from openpyxl.utils import get_column_letter

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises zipfile, KeyError and its own errors
        raise ValueError(f"not an Excel workbook ({type(error).__name__})") from None
    try:
        sheet = workbook.worksheets[0]
        values: list[list[str | None]] = []
        for row in sheet.iter_rows(values_only=True):
            values.append([_cell(v) for v in row])
            if len(values) > limits.MAX_ROWS:
                raise ValueError(
                    f"the sheet has more than {limits.MAX_ROWS:,} rows, the limit "
                    "(cchc_model.limits.MAX_ROWS)"
                )
    finally:
        workbook.close()
    # The header is the first row with two or more cells: a title above it spans one cell.
    header_at = next(
        (i for i, row in enumerate(values) if sum(v is not None for v in row) >= 2), None
    )
    if header_at is None:
        return SheetRows([], 2)
    header = ["" if v is None else v for v in values[header_at]]
    while header and not header[-1]:
        header.pop()
    rows: list[dict[Any, Any]] = []
    for cells_of_row in values[header_at + 1 :]:
        # Like csv.DictReader: a cell under no header goes to the key None, so that the
        # readers report it instead of losing it.
        cells: dict[Any, Any] = {}
        extra: list[Stray] = []
        for i, value in enumerate(cells_of_row):
            if i < len(header) and header[i] and header[i] not in cells:
                cells[header[i]] = value
            elif value is not None:
                extra.append(Stray(get_column_letter(i + 1), value))
        if extra:
            cells[None] = extra
        rows.append(cells if any(v is not None for v in cells.values()) else {})
    while rows and not rows[-1]:
        rows.pop()
    return SheetRows(rows, header_at + 2, header)


def _cell(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return format(decimal.Decimal(repr(value)).normalize(), "f")
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None
