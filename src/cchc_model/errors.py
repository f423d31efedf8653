"""The library's exceptions: one root, leaves that also subclass the builtin they resemble.

Every error about the data the library reads (deadline phrases, citations, indicator
sentences, agency names, plan files) derives from :class:`CchcError`, so ``except
cchc_model.CchcError`` catches them all.  Each leaf also subclasses the builtin exception
it resembles (:class:`ValueError` for text that does not parse), so callers who know
nothing of this library still catch it the ordinary way.

Misuse of the API itself, such as ``Quarter(2020, 5)`` or an argument of the wrong type,
is a programming error: it raises the plain builtin :class:`ValueError` or
:class:`TypeError`, as attrs validators do.

>>> import cchc_model
>>> try:
...     cchc_model.parse_deadline("Quý V/2020")
... except ValueError as error:
...     print(error)
a quarter is numbered I to IV (1 to 4), not 'V'
    Quý V/2020
        ^
"""

from __future__ import annotations

__all__ = ["CchcError", "DeadlineParseError", "PhraseError"]


class CchcError(Exception):
    """The root of every exception this library raises about the data it reads."""


class PhraseError(CchcError, ValueError):
    """Text that does not read as the phrase it should be; the base of the parse errors.

    Attributes:
        text: The text as given, after Unicode NFC normalisation.
        span: ``(start, end)`` indexes into :attr:`text` of the offending part; the message
            draws a caret under it.
        reason: The problem in domain words, without the text and caret.

    .. versionadded:: 0.1.0
    """

    def __init__(self, reason: str, *, text: str, span: tuple[int, int]) -> None:
        self.reason = reason
        self.text = text
        start, end = span
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        self.span = (start, end)
        super().__init__(self._render())

    def _render(self) -> str:
        shown = "".join(" " if ch in "\r\n\t\v\f" else ch for ch in self.text)
        start, end = self.span
        if len(shown) > _SHOWN:  # a window around the span, however long the text
            left = max(0, start - _AROUND)
            right = min(len(shown), max(end, start + 1) + _AROUND, left + _SHOWN)
            before, after = ("…" if left else ""), ("…" if right < len(shown) else "")
            shown = before + shown[left:right] + after
            start, end = start - left + len(before), min(end, right) - left + len(before)
        marker = " " * start + "^" + "~" * max(0, end - start - 1)
        return f"{self.reason}\n    {shown}\n    {marker}"

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the keyword fields, which ``Exception`` would otherwise lose."""
        return (_rebuild, (type(self), self.reason, self.text, self.span))


#: The longest text a message shows whole; a longer one is shown around the span.
_SHOWN = 240
_AROUND = 60


def _rebuild(cls: type[PhraseError], reason: str, text: str, span: tuple[int, int]) -> PhraseError:
    return cls(reason, text=text, span=span)


class DeadlineParseError(PhraseError):
    """A deadline phrase (*thời gian thực hiện*) that the deadline language does not accept.

    .. versionadded:: 0.1.0
    """
