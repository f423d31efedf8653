"""Private machinery: attrs validators the model's classes share."""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "IntegerIn",
    "boolean",
    "cell",
    "date",
    "instance_of",
    "optional_date",
    "optional_text",
    "text",
    "texts",
    "tuple_of",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Non-empty NFC text."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be non-empty text, not {value!r}")
    if not unicodedata.is_normalized("NFC", value):
        raise ValueError(f"{attribute.name} must be NFC text")


def cell(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """NFC text of a table cell, which may be empty ("" for an empty cell)."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, not {value!r}")
    if not unicodedata.is_normalized("NFC", value):
        raise ValueError(f"{attribute.name} must be NFC text")


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None`` or non-empty NFC text."""
    if value is not None:
        text(instance, attribute, value)


def texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple of non-empty NFC texts."""
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name} must be a tuple of str")
    for item in value:
        text(instance, attribute, item)


def boolean(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``True`` or ``False``, not a number or ``None`` that reads as one."""
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be True or False, not {value!r}")


def instance_of(kind: type) -> Validator:
    """A value of ``kind``; the message names the field, the type and the value given."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise TypeError(f"{attribute.name} must be a {kind.__name__}, not {value!r}")

    return check


@attrs.frozen
class IntegerIn:
    """An ``int`` (not a ``bool``) from ``low`` to ``high``; ``None`` too, when ``optional``.

    ``message`` refuses a value past the bounds; it is formatted with ``name`` (the
    field's), ``value``, ``low`` and ``high``.  A class, not a closure, so that the rule
    runs when a value is checked.
    """

    low: int
    high: int
    message: str
    optional: bool = False

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{attribute.name} must be an int, not {value!r}")
        if not self.low <= value <= self.high:
            raise ValueError(
                self.message.format(name=attribute.name, value=value, low=self.low, high=self.high)
            )


def tuple_of(kind: type) -> Validator:
    """A tuple whose items are all of ``kind``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            raise TypeError(f"{attribute.name} must be a tuple of {kind.__name__}")

    return check


def date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A :class:`datetime.date` (not a datetime)."""
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise TypeError(f"{attribute.name} must be a datetime.date, not {value!r}")


def optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None`` or a :class:`datetime.date` (not a datetime)."""
    if value is not None:
        date(instance, attribute, value)
