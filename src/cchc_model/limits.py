"""The limits on the input the library accepts, each by name.

Input past a limit is refused with the library's error for that input, and the message
names the limit; inside the limits the cost of reading grows linearly with the size
(``tests/test_limits.py`` measures the growth ratio between two sizes).  Every limit is far
above what a real plan, progress sheet or table needs: they exist so that a broken or
hostile file fails fast and clearly instead of exhausting memory, time or the stack.

The readers look the limits up when they run, so a program that truly needs more can set
one (``cchc_model.limits.MAX_ROWS = 2_000_000``) before reading; the tests do the same to
check each limit at and just past it.

>>> from cchc_model import limits
>>> limits.MAX_PHRASE_CHARACTERS
2000

.. versionadded:: 0.6.0
"""

from __future__ import annotations

__all__ = [
    "MAX_CELL_CHARACTERS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_INTEGER_DIGITS",
    "MAX_PHRASE_CHARACTERS",
    "MAX_ROWS",
]

#: The largest file a reader opens, in bytes (64 MiB): plan files, progress records,
#: measurements, scoring schemes and appendix tables alike.  A province's plan is about
#: 100 KB, a plan of 10,000 tasks about 6 MB, a year of a province's progress records a
#: few hundred KB.  The size is checked before the file is read.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: The most rows a table (CSV, ``.xlsx``, ``.docx``) may have, its header included: about
#: Excel's own limit of 1,048,576 rows per sheet.
MAX_ROWS = 1_000_000

#: The longest cell a CSV file may hold, in characters: the ``csv`` module's own limit
#: (``csv.field_size_limit()``), which no sheet comes near.
MAX_CELL_CHARACTERS = 131_072

#: The longest phrase a parser reads, in characters: a deadline phrase, an indicator
#: sentence, a document citation.  The longest in An Giang's 2020 plan has 298 characters.
MAX_PHRASE_CHARACTERS = 2_000

#: The deepest nesting of arrays and objects a JSON file may have (a plan needs 8).
MAX_DEPTH = 32

#: The longest integer a JSON file may hold, in digits (Python itself refuses 4,301).
MAX_INTEGER_DIGITS = 4_300
