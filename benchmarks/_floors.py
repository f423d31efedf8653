"""Floors of reading and writing a plan: the least any Python loader or writer must do.

``loads_plan`` and ``dumps_plan`` are set against ``orjson``, a parser and writer in Rust
that builds dicts and lists and checks nothing.  These floors say how near a loader or
writer in Python can come, whatever its design:

* **Reading**: the standard library's parser (:func:`json.loads`) plus one call of each
  value's constructor — every frozen value of the plan made once from its fields, its
  validators switched off (``attrs.validators.disabled()``), the agency registry left out
  (loading reuses a registry it has built: ``cchc_model.formats._plan_loading``).  No
  lookup, no walk of the JSON, no structuring function: only what building the model's
  values costs.  What the constructors still do is the model's own (a ``Task`` refuses a
  citation that does not read).
* **Writing**: every value's fields read into a dict (no conversion of dates, enums or
  tuples) plus the standard library's encoder in C (:func:`json.dumps` without ``indent``:
  indenting switches the C encoder off) on the plan's JSON already made.

A floor is a sum of two timings, each well below what the real function does; a ratio
to ``orjson`` above a goal says that no loader (writer) that builds (reads) these values
with the standard library can meet it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import attrs

from cchc_model.plan.agencies import AgencyRegistry

__all__ = ["constructor_calls", "field_dicts", "values_of"]


def _fields(value: object) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(attrs.fields(cast(Any, type(value))))


def values_of(root: object) -> list[object]:
    """Every ``attrs`` value reachable from ``root`` by its init fields, children first.

    Each value once (by identity), so a value shared by several others counts once, as a
    loader that made it would make it once.
    """
    seen: set[int] = set()
    found: list[object] = []

    def visit(value: object) -> None:
        if attrs.has(type(value)):
            if id(value) in seen:
                return
            seen.add(id(value))
            for item in _fields(value):
                if item.init:
                    visit(getattr(value, item.name))
            found.append(value)
        elif isinstance(value, (tuple, list, frozenset, set)):
            for item in value:
                visit(item)
        elif isinstance(value, dict):
            for item in value.values():
                visit(item)

    visit(root)
    return found


def constructor_calls(root: object) -> Callable[[], int]:
    """A function that makes every value of ``root`` again, validators off; returns how many.

    The agency registry is left out: loading reuses the registry of a set of agencies it
    has built before.
    """
    calls = [
        (
            type(value),
            {
                (item.alias or item.name): getattr(value, item.name)
                for item in _fields(value)
                if item.init
            },
        )
        for value in values_of(root)
        if not isinstance(value, AgencyRegistry)
    ]

    def construct() -> int:
        with attrs.validators.disabled():
            for kind, fields in calls:
                kind(**fields)
        return len(calls)

    return construct


def field_dicts(root: object) -> Callable[[], list[dict[str, Any]]]:
    """A function that reads every value's init fields of ``root`` into one dict each."""
    values = [
        (value, tuple(item.name for item in _fields(value) if item.init))
        for value in values_of(root)
    ]

    def read() -> list[dict[str, Any]]:
        return [{name: getattr(value, name) for name in names} for value, names in values]

    return read
