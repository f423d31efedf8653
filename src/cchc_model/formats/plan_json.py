"""Plans as JSON files: loading with every problem reported, and dumping.

JSON is the interchange format: UTF-8, Unicode NFC, two-space indentation, keys in the
model's order.  :func:`dumps_plan` and :func:`loads_plan` are inverse: a dumped plan loads
back equal, and dumping it again gives the same bytes.

>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> text = dumps_plan(plan)
>>> loads_plan(text) == plan, dumps_plan(loads_plan(text)) == text
(True, True)

Loading validates everything and reports every problem at once, each with its JSON path;
nothing is half-loaded:

>>> loads_plan('{"format": "cchc-plan/1", "year": "2020"}')
Traceback (most recent call last):
...
cchc_model.formats.problems.PlanLoadError: 5 problems in the plan:
$.issuer: required field missing
$.kind: required field missing
$.title: required field missing
$.year: expected an integer, not '2020'
$.areas: required field missing

The conversion itself lives in the :func:`~cchc_model.formats.converter.make_converter`
factory (a ``cattrs`` converter configured for the model); the model knows nothing of JSON.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import unicodedata
from typing import Any

from cchc_model.formats import _files, _json
from cchc_model.formats._plan_loading import Collector
from cchc_model.formats.converter import FORMAT, _loading_converter
from cchc_model.formats.problems import PlanLoadError, Problem
from cchc_model.plan.agencies import AgencyRegistry
from cchc_model.plan.plans import Plan

__all__ = [
    "FORMAT",
    "MAX_DEPTH",
    "dump_plan",
    "dumps_plan",
    "load_plan",
    "loads_plan",
    "plan_json_schema",
]

#: How deeply a plan file may nest; deeper input is refused before it is parsed.
MAX_DEPTH = _json.MAX_DEPTH


def loads_plan(text: str | bytes, *, registry: AgencyRegistry | None = None) -> Plan:
    """Load a plan from JSON text (or UTF-8 bytes), validating everything.

    A file that carries its registry (``agencies``) resolves its agency names through it.
    One without resolves them through ``registry`` when given — a province's own, from
    :func:`~cchc_model.formats.readers.read_registry` — and otherwise through the bodies
    every province has on the plan's date (its ``date``, or 1 January of its ``year``),
    named for its ``province``: :func:`~cchc_model.plan.bodies.registry_on`.  Its tasks
    may then give ``lead``/``partners`` as names, or leave them out to have them read
    from ``lead_text``/``partners_text``.

    Raises:
        PlanLoadError: the text is not a valid plan; every problem is listed with its
            JSON path (``$.areas[0].tasks[5].deadline: …``).
    """
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise PlanLoadError(
                (Problem("$", f"the file is not UTF-8 (byte {error.start}: {error.reason})"),)
            ) from None
    if not text.strip():
        raise PlanLoadError((Problem("$", "the file is empty"),))
    try:
        data = _json.loads(text)
    except _json.JSONLimitError as error:
        raise PlanLoadError((Problem(error.path, str(error)),)) from None
    collector = Collector()
    plan = collector.plan(data, factory=_loading_converter, tag=FORMAT, registry=registry)
    if collector.problems or plan is None:
        raise PlanLoadError(tuple(collector.problems))
    return plan


def load_plan(path: str | os.PathLike[str], *, registry: AgencyRegistry | None = None) -> Plan:
    """Load a plan from a JSON file (see :func:`loads_plan` for ``registry``).

    Raises:
        PlanLoadError: the file is not a valid plan, or is larger than
            :data:`~cchc_model.limits.MAX_FILE_BYTES`.
        OSError: the file cannot be read.
    """
    try:
        raw = _files.read_bytes(path)
    except _files.FileTooLargeError as error:
        raise PlanLoadError((Problem("$", str(error)),)) from None
    return loads_plan(raw, registry=registry)


def dumps_plan(plan: Plan) -> str:
    """The plan as JSON text: UTF-8 ready, NFC, two-space indentation, a final newline."""
    data = _loading_converter().unstructure(plan, Plan)
    text = _json.dumps_indented(data) + "\n"
    return unicodedata.normalize("NFC", text)


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of plan files, generated from the model.

    The same schema ships with the package as ``cchc_model/schemas/cchc-plan-1.schema.json``
    for tools in other languages.

    >>> schema = plan_json_schema()
    >>> schema["$defs"]["Plan"]["properties"]["format"]
    {'const': 'cchc-plan/1'}
    """
    from cchc_model.formats._schema import plan_schema

    return plan_schema(FORMAT)


def dump_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write the plan to a JSON file (UTF-8), replacing the file only once it is complete.

    The text goes to a new temporary file of a unique name in the target's folder (never
    through a link or a file that is already there), which then replaces the target in
    one step; on any failure the temporary file is removed and the target is untouched.

    Raises:
        OSError: the folder cannot be written to (the target is then untouched).
    """
    text = dumps_plan(plan)
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".cchc-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
