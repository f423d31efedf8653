"""Private machinery: split a deadline phrase into tokens and read Vietnamese number words."""

from __future__ import annotations

import re
import unicodedata

import attrs

from cchc_model import limits
from cchc_model.errors import DeadlineParseError, PhraseError

__all__ = ["Token", "number_from_words", "refuse_long", "tokenize"]

# Letters (any script, NFC), digits, the punctuation the language uses, and white space.
_TOKEN = re.compile(
    r"(?P<num>\d+)|(?P<word>[^\W\d_]+)|(?P<punct>[/\-–—−‐.,;:()&+•*])"
    r"|(?P<space>[\s\"'“”‘’′″«»]+)|(?P<other>.)",
    re.DOTALL,
)
_DASHES = {"–": "-", "—": "-", "−": "-", "‐": "-"}
# Spellings that NFC does not unify: the old placement of tone marks.
_SPELLINGS = {"qúy": "quý", "hoà": "hòa", "thuỷ": "thủy", "tuỳ": "tùy", "tới": "đến"}
#: Numbers longer than this are never days, months or years; they are not converted.
_MAX_DIGITS = 6


@attrs.frozen
class Token:
    """A word, number or punctuation mark of a phrase, with its place in the NFC text.

    ``norm`` is the lower-case word, the digits of a number, or the punctuation mark with
    dashes unified to ``-``; ``value`` is the number's value (``None`` for other tokens or
    for numbers too long to be a date part).
    """

    kind: str
    norm: str
    start: int
    end: int
    value: int | None = None


def normalize(text: str) -> str:
    """The phrase in Unicode NFC, the form every position in errors refers to."""
    return unicodedata.normalize("NFC", text)


def tokenize(text: str) -> list[Token]:
    """Split NFC ``text`` into tokens.

    Raises:
        DeadlineParseError: a character no deadline phrase uses.
    """
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        lexeme = match.group()
        if kind == "space":
            continue
        if kind == "other":
            raise DeadlineParseError(
                f"the character {lexeme!r} has no place in a deadline phrase",
                text=text,
                span=(start, end),
            )
        if kind == "num":
            value = int(lexeme) if len(lexeme) <= _MAX_DIGITS else None
            tokens.append(Token("num", lexeme, start, end, value))
        elif kind == "word":
            word = lexeme.lower()
            tokens.append(Token("word", _SPELLINGS.get(word, word), start, end))
        else:
            tokens.append(Token("punct", _DASHES.get(lexeme, lexeme), start, end))
    return tokens


_UNITS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}
# After "mươi" some units change their name: hai mươi mốt (21), hai mươi tư (24), … lăm (25).
_AFTER_TENS = {**_UNITS, "mốt": 1, "tư": 4, "lăm": 5}
_AFTER_TEN = {**_UNITS, "lăm": 5}


def number_from_words(words: list[str]) -> int | None:
    """The value of a Vietnamese number written in words, from 1 to 99, or ``None``.

    >>> number_from_words(["hai", "mươi", "lăm"])
    25
    >>> number_from_words(["mười", "một"]), number_from_words(["sáu"])
    (11, 6)
    >>> number_from_words(["hai", "hai"]) is None
    True
    """
    if words and words[0] in ("mùng", "mồng"):
        words = words[1:]
    if not words:
        return None
    if words[0] == "mười":
        if len(words) == 1:
            return 10
        if len(words) == 2 and words[1] in _AFTER_TEN:
            return 10 + _AFTER_TEN[words[1]]
        return None
    if len(words) == 1:
        return _UNITS.get(words[0])
    if words[0] in _UNITS and words[0] != "một" and words[1] == "mươi":
        tens = _UNITS[words[0]] * 10
        if len(words) == 2:
            return tens
        if len(words) == 3 and words[2] in _AFTER_TENS:
            return tens + _AFTER_TENS[words[2]]
    return None


def refuse_long(text: str, error: type[PhraseError]) -> None:
    """Raise ``error`` when ``text`` is longer than a phrase may be.

    The limit is :data:`cchc_model.limits.MAX_PHRASE_CHARACTERS`, looked up at each call;
    the span covers what is past it.
    """
    if len(text) > limits.MAX_PHRASE_CHARACTERS:
        raise error(
            f"the phrase has {len(text):,} characters; the limit is "
            f"{limits.MAX_PHRASE_CHARACTERS:,} (cchc_model.limits.MAX_PHRASE_CHARACTERS)",
            text=text,
            span=(limits.MAX_PHRASE_CHARACTERS, len(text)),
        )
