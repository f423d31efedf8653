"""Private machinery: short reprs, whatever the size of the value.

A value's ``repr()`` says what it is and how big, on one line of at most a few hundred
characters: a notebook cell or a log line that shows an evaluation must not print its
million-character tree.  Long texts are cut at a word with an ellipsis.
"""

from __future__ import annotations

__all__ = ["shorten"]


def shorten(text: str, width: int = 60) -> str:
    """``text`` on one line, cut at a word to at most ``width`` characters with "…".

    >>> shorten("Kế hoạch cải cách hành chính của các sở, ban ngành", 30)
    'Kế hoạch cải cách hành chính…'
    >>> shorten("Quý I/2020")
    'Quý I/2020'
    """
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
