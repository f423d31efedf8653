"""Private machinery: JSON text read within named limits, in linear time.

Every JSON entry point of the library (plan files, progress records, measurements, scoring
schemes) reads through :func:`loads`: nesting deeper than :data:`MAX_DEPTH` and integers
longer than :data:`MAX_INTEGER_DIGITS` are refused with a message naming the limit, before
Python's own parser would raise ``RecursionError`` or its own ``ValueError``; duplicate keys
in an object are refused (the last would win silently).  The depth guard is one pass over
the text.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from cchc_model import limits
from cchc_model.limits import MAX_DEPTH, MAX_INTEGER_DIGITS

__all__ = ["MAX_DEPTH", "MAX_INTEGER_DIGITS", "JSONLimitError", "dumps_indented", "loads"]

# The characters that matter to nesting: brackets, and the quote and backslash of strings.
_SIGNIFICANT = re.compile(r'[\[\]{}"\\]')


class JSONLimitError(ValueError):
    """JSON past a limit, or not JSON; the message says which, and where.

    Attributes:
        path: The JSON path of the value at fault (``$`` for the text as a whole,
            ``$.areas[0].tasks[0]`` for an object that repeats a key).
    """

    def __init__(self, message: str, path: str = "$") -> None:
        super().__init__(message)
        self.path = path


class _Repeated(dict[str, Any]):
    """An object that repeats a key: the key is kept, so that the path can be found."""

    repeated: str


def depth_of(text: str) -> int:
    r"""The deepest nesting of ``text``'s arrays and objects, in one pass.

    >>> depth_of('{"a": [1, {"b": "]]]"}]}')
    3
    >>> depth_of('"' + '\\"' * 3)  # an unterminated string of escaped quotes
    0
    """
    depth = deepest = 0
    in_string = False
    skip_until = -1
    for match in _SIGNIFICANT.finditer(text):
        at = match.start()
        if at < skip_until:
            continue  # the character a backslash escapes
        char = match.group()
        if in_string:
            if char == "\\":
                skip_until = at + 2
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                marked = _Repeated(found)
                marked.repeated = key
                return marked
            seen.add(key)
    return found


def _first_repeat(data: Any, path: str = "$") -> tuple[str, str] | None:
    """The path of the first object (in document order) that repeats a key, and the key."""
    if isinstance(data, _Repeated):
        return path, data.repeated
    children: Any = ()
    if isinstance(data, dict):
        children = (
            (f"{path}.{key}" if _PLAIN.fullmatch(key) else f"{path}[{key!r}]", value)
            for key, value in data.items()
        )
    elif isinstance(data, list):
        children = ((f"{path}[{index}]", value) for index, value in enumerate(data))
    for where, value in children:
        if isinstance(value, (dict, list)):
            found = _first_repeat(value, where)
            if found is not None:
                return found
    return None


_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > limits.MAX_INTEGER_DIGITS:
        raise JSONLimitError(
            f"the JSON holds a number of {len(digits.lstrip('-'))} digits; "
            f"the limit is {limits.MAX_INTEGER_DIGITS}"
        )
    return int(digits)


def _finite(digits: str) -> float:
    value = float(digits)
    if not math.isfinite(value):
        raise JSONLimitError(f"the number {digits} is too large for a float")
    return value


def _constant(name: str) -> float:
    raise JSONLimitError(f"{name} is not a number JSON allows")


def _refuse_depth(deepest: int) -> None:
    if deepest > limits.MAX_DEPTH:
        raise JSONLimitError(
            f"the JSON nests {deepest} levels deep; the limit is {limits.MAX_DEPTH}"
        )


def _depth_of_data(data: Any) -> int:
    """The deepest nesting of parsed JSON's arrays and objects, level by level.

    >>> _depth_of_data({"a": [1, {"b": "]]]"}]}), _depth_of_data("[")
    (3, 0)
    """
    depth = 0
    level = [data] if isinstance(data, (dict, list)) else []
    while level:
        depth += 1
        below = []
        for node in level:
            for child in node.values() if isinstance(node, dict) else node:
                if isinstance(child, (dict, list)):
                    below.append(child)
        level = below
    return depth


def loads(text: str) -> Any:
    """Parse JSON text within the limits.

    Raises:
        JSONLimitError: the text nests deeper than :data:`MAX_DEPTH`, holds an integer of
            more than :data:`MAX_INTEGER_DIGITS` digits, repeats a key in an object, or is
            not JSON (the message has the line and column).
    """
    repeats = False

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeats
        found = _no_duplicates(pairs)
        repeats = repeats or isinstance(found, _Repeated)
        return found

    # The C parser first: a file nested past what it can take (about a thousand levels)
    # raises RecursionError, caught here; the depth of what it parsed is then measured on
    # its containers, far fewer than the characters of the text.  The linear scan of the
    # text measures the depth only when the text does not parse.
    try:
        data = json.loads(
            text,
            object_pairs_hook=no_duplicates,
            parse_int=_integer,
            parse_float=_finite,
            parse_constant=_constant,
        )
    except RecursionError:
        _refuse_depth(depth_of(text))
        raise JSONLimitError("the JSON nests too deep") from None  # pragma: no cover
    except json.JSONDecodeError as error:
        _refuse_depth(depth_of(text))
        # Python's own words end in "at" when they name a character ("Invalid control
        # character at"); the position follows once.
        words = error.msg.removesuffix(" at")
        raise JSONLimitError(
            f"not JSON: {words} at line {error.lineno}, column {error.colno}"
        ) from None
    _refuse_depth(_depth_of_data(data))
    if repeats:  # a walk of the data, once, only when some object repeated a key
        found = _first_repeat(data)
        assert found is not None
        path, key = found
        raise JSONLimitError(f"the key {key!r} appears twice in one object", path)
    return data


def dumps_indented(data: Any) -> str:
    r"""``json.dumps(data, ensure_ascii=False, indent=2)``, the same text, twice as fast.

    :func:`json.dumps` gives up its C encoder when it indents and walks the data through
    chains of Python generators; this walks it once, with the C function that quotes a
    string.  For the JSON-ready data of a plan (objects with text keys, arrays — lists or
    tuples —, text, integers, finite floats, booleans and null) the text is identical,
    which a property test checks.

    >>> print(dumps_indented({"a": [1, "Quý I"], "b": {}, "c": None}))
    {
      "a": [
        1,
        "Quý I"
      ],
      "b": {},
      "c": null
    }

    Raises:
        TypeError: a value is none of JSON's.
    """
    parts: list[str] = []
    append = parts.append

    def write(value: Any, indent: str) -> None:
        if isinstance(value, str):
            append(_quoted(value))
        elif isinstance(value, dict):
            if not value:
                append("{}")
                return
            inner = indent + "  "
            append("{\n" + inner)
            for number, (key, item) in enumerate(value.items()):
                if number:
                    append(",\n" + inner)
                append(_quoted(key))
                append(": ")
                write(item, inner)
            append("\n" + indent + "}")
        elif isinstance(value, (list, tuple)):  # json.dumps writes a tuple as an array
            if not value:
                append("[]")
                return
            inner = indent + "  "
            append("[\n" + inner)
            for number, item in enumerate(value):
                if number:
                    append(",\n" + inner)
                write(item, inner)
            append("\n" + indent + "]")
        elif value is None:
            append("null")
        elif value is True:
            append("true")
        elif value is False:
            append("false")
        elif isinstance(value, int):
            append(int.__repr__(value))
        elif isinstance(value, float):
            append(float.__repr__(value))
        else:
            raise TypeError(f"{type(value).__name__} is not a JSON value")

    write(data, "")
    return "".join(parts)


# The C function json.dumps quotes strings with when it does not escape to ASCII.
_quoted = json.encoder.encode_basestring
