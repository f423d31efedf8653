"""Plans as JSON: the converter factory, loading with every problem reported, and dumping.

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
cchc_model.io.PlanLoadError: 5 problems in the plan:
$.issuer: required field missing
$.kind: required field missing
$.title: required field missing
$.year: expected an integer, not '2020'
$.areas: required field missing

The conversion itself lives in a :func:`make_converter` factory (a ``cattrs`` converter
configured for the model); the model knows nothing of JSON.
"""

from __future__ import annotations

import datetime
import functools
import json
import os
import re
import typing
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import cattrs

from cchc_model.agencies import Agency, AgencyGroup, AgencyRegistry, UnknownAgencyError
from cchc_model.deadlines import Deadline
from cchc_model.errors import CchcError
from cchc_model.indicators import Indicator, parse_indicator
from cchc_model.periods import MAX_YEAR, MIN_YEAR
from cchc_model.plans import Duty, LegalBasis, Plan, Signatory
from cchc_model.tasks import ReformArea, Task

__all__ = [
    "FORMAT",
    "MAX_DEPTH",
    "PlanLoadError",
    "Problem",
    "dump_plan",
    "dumps_plan",
    "load_plan",
    "loads_plan",
    "make_converter",
    "plan_json_schema",
]

#: The format tag every plan file starts with.
FORMAT = "cchc-plan/1"
#: How deeply a plan file may nest; deeper input is refused before it is parsed.
MAX_DEPTH = 32

_T = TypeVar("_T")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@attrs.frozen
class Problem:
    """One problem found while loading: where (a JSON path) and what.

    .. versionadded:: 0.1.0
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class PlanLoadError(CchcError, ValueError):
    """A plan file that does not load; :attr:`problems` lists every problem with its path.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        super().__init__(f"{count} in the plan:\n" + "\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the problems."""
        return (type(self), (self.problems,))


# --------------------------------------------------------------------------- the converter


def make_converter(
    *, agencies: AgencyRegistry | None = None, year: int | None = None, lang: str = "vi"
) -> cattrs.Converter:
    """A converter between the model and JSON-ready Python values.

    Args:
        agencies: The registry that agency names in tasks resolve through; without one,
            tasks cannot be structured (plans bring their own registry, see
            :func:`loads_plan`).
        year: The plan year, the context for deadline phrases written without a year.
        lang: The language of the reasons when an evaluation is unstructured ("vi", "en").

    Deadlines, indicators and legal bases travel as their text; agencies inside tasks and
    groups travel as their codes; dates as ISO 8601 strings; enumerations as their values.

    >>> converter = make_converter(year=2020)
    >>> converter.structure("Quý I/2020", Deadline).windows[0].due
    datetime.date(2020, 3, 31)
    >>> converter.unstructure(converter.structure("hằng quý", Deadline))
    'Hàng quý'
    """
    converter = cattrs.Converter(forbid_extra_keys=True)

    def structure_str(value: object, _: object) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected a string, not {_describe(value)}")
        return unicodedata.normalize("NFC", value)

    def structure_int(value: object, _: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an integer, not {_describe(value)}")
        return value

    def structure_bool(value: object, _: object) -> bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, not {_describe(value)}")
        return value

    def structure_date(value: object, _: object) -> datetime.date:
        text = structure_str(value, _)
        try:
            if not _ISO_DATE.fullmatch(text):
                raise ValueError
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"expected a date as YYYY-MM-DD, not {text!r}") from None

    def structure_deadline(value: object, kind: type[Deadline]) -> Deadline:
        return kind.parse(structure_str(value, kind), year=year)

    def structure_entry(value: object, _: object) -> Agency | AgencyGroup:
        if agencies is None:
            raise TypeError("agency names need a registry to resolve through")
        return agencies.resolve(structure_str(value, _))

    def structure_tuple(value: object, kind: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, not {_describe(value)}")
        item: Any = typing.get_args(kind)[0]
        return tuple(converter.structure(value, list[item]))

    def is_variadic_tuple(kind: Any) -> bool:
        args: tuple[Any, ...] = typing.get_args(kind)
        return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis

    converter.register_structure_hook(str, structure_str)
    converter.register_structure_hook_func(is_variadic_tuple, structure_tuple)
    converter.register_structure_hook(int, structure_int)
    converter.register_structure_hook(bool, structure_bool)
    converter.register_structure_hook(datetime.date, structure_date)
    converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
    converter.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Deadline), structure_deadline
    )
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Deadline), str
    )
    converter.register_structure_hook(Indicator, lambda v, _: parse_indicator(structure_str(v, _)))
    converter.register_unstructure_hook(Indicator, lambda i: i.text)
    converter.register_structure_hook(LegalBasis, lambda v, _: LegalBasis(structure_str(v, _)))
    converter.register_unstructure_hook(LegalBasis, lambda b: b.text)
    union = Agency | AgencyGroup
    converter.register_structure_hook_func(lambda t: t == union, structure_entry)
    converter.register_unstructure_hook_func(lambda t: t == union, lambda e: e.code)
    converter.register_unstructure_hook(AgencyGroup, _unstructure_group)
    converter.register_unstructure_hook(AgencyRegistry, _unstructure_registry(converter))
    converter.register_structure_hook(AgencyRegistry, _structure_registry(converter))
    converter.register_unstructure_hook(Plan, _unstructure_plan(converter))
    converter.register_unstructure_hook_func(
        lambda t: (
            isinstance(t, type)
            and t.__name__ == "Evaluation"
            and t.__module__ == "cchc_model.compliance"
        ),
        lambda evaluation: _evaluation_data(evaluation, lang),
    )
    return converter


def _evaluation_data(evaluation: Any, lang: str) -> Any:
    from cchc_model._render import to_json_data

    return to_json_data(evaluation, lang)


def _unstructure_group(group: AgencyGroup) -> dict[str, Any]:
    return {
        "code": group.code,
        "name": group.name,
        "members": [member.code for member in group.members],
        "open": group.open,
        "aliases": list(group.aliases),
        "name_en": group.name_en,
    }


def _unstructure_registry(converter: cattrs.Converter) -> Callable[[AgencyRegistry], Any]:
    def unstructure(registry: AgencyRegistry) -> dict[str, Any]:
        return {
            "agencies": [converter.unstructure(a, Agency) for a in registry.agencies],
            "groups": [_unstructure_group(g) for g in registry.groups],
        }

    return unstructure


def _structure_registry(converter: cattrs.Converter) -> Callable[[Any, Any], AgencyRegistry]:
    def structure(value: Any, _: Any) -> AgencyRegistry:
        collector = _Collector()
        registry = collector.registry(value, "$", converter)
        if collector.problems:
            raise PlanLoadError(tuple(collector.problems))
        assert registry is not None
        return registry

    return structure


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of an attrs class (its fields' types are strings)."""
    return typing.get_type_hints(cls)


def _unstructure_plan(converter: cattrs.Converter) -> Callable[[Plan], Any]:
    fields = [f for f in attrs.fields(Plan) if f.init]
    hints = _hints(Plan)

    def unstructure(plan: Plan) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT}
        for field in fields:
            data[field.name] = converter.unstructure(getattr(plan, field.name), hints[field.name])
        return data

    return unstructure


# --------------------------------------------------------------------------- loading


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "an object" if isinstance(value, dict) else "a list"
    return repr(value)


class _Missing:
    pass


_MISSING = _Missing()


class _Collector:
    """Walks a plan's JSON data, building the model and collecting every problem."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def leaf(self, converter: cattrs.Converter, value: Any, kind: Any, path: str) -> Any:
        try:
            return converter.structure(value, kind)
        except PlanLoadError as error:
            for problem in error.problems:
                self.add(path + problem.path[1:], problem.message)
        except Exception as error:  # every problem is reported, not raised
            found = list(_flatten(error, path))
            for message, where in found or [(str(error) or type(error).__name__, path)]:
                self.add(where, message)
        return _MISSING

    def mapping(self, value: Any, path: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.add(path, f"expected an object, not {_describe(value)}")
            return None
        return value

    def sequence(self, value: Any, path: str) -> list[Any] | None:
        if not isinstance(value, list):
            self.add(path, f"expected a list, not {_describe(value)}")
            return None
        return value

    def fields(
        self,
        converter: cattrs.Converter,
        data: dict[str, Any],
        cls: type,
        path: str,
        *,
        skip: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """Structure each init field of ``cls`` from ``data``; unknown keys are problems."""
        known = {f.name for f in attrs.fields(cls) if f.init} | {"format"}
        for key in data:
            if key not in known:
                self.add(f"{path}.{key}", "unknown field")
        values: dict[str, Any] = {}
        hints = _hints(cls)
        for field in attrs.fields(cls):
            if not field.init or field.name in skip:
                continue
            where = f"{path}.{field.name}"
            if field.name not in data:
                if field.default is attrs.NOTHING:
                    self.add(where, "required field missing")
                    values[field.name] = _MISSING
                continue
            values[field.name] = self.leaf(converter, data[field.name], hints[field.name], where)
        return values

    def build(self, cls: Callable[..., _T], values: dict[str, Any], path: str) -> _T | _Missing:
        if any(v is _MISSING for v in values.values()):
            return _MISSING
        try:
            return cls(**values)
        except (TypeError, ValueError) as error:
            message, where = _locate(error, path)
            self.add(where, message)
            return _MISSING

    # ------------------------------------------------------------------ the registry

    def registry(self, value: Any, path: str, converter: cattrs.Converter) -> AgencyRegistry | None:
        data = self.mapping(value, path)
        if data is None:
            return None
        for key in data:
            if key not in ("agencies", "groups"):
                self.add(f"{path}.{key}", "unknown field")
        agencies: list[Agency] = []
        for i, item in enumerate(self.sequence(data.get("agencies", []), f"{path}.agencies") or []):
            agency = self.leaf(converter, item, Agency, f"{path}.agencies[{i}]")
            if isinstance(agency, Agency):
                agencies.append(agency)
        by_code = {agency.code: agency for agency in agencies}
        groups: list[AgencyGroup] = []
        for i, item in enumerate(self.sequence(data.get("groups", []), f"{path}.groups") or []):
            where = f"{path}.groups[{i}]"
            group = self.mapping(item, where)
            if group is None:
                continue
            members: list[Agency] = []
            for j, code in enumerate(
                self.sequence(group.get("members", []), f"{where}.members") or []
            ):
                if not isinstance(code, str) or code not in by_code:
                    self.add(f"{where}.members[{j}]", f"no agency has the code {code!r}")
                else:
                    members.append(by_code[code])
            rest = {k: v for k, v in group.items() if k != "members"}
            values = self.fields(converter, rest, AgencyGroup, where, skip=("members",))
            built = self.build(AgencyGroup, {**values, "members": tuple(members)}, where)
            if isinstance(built, AgencyGroup):
                groups.append(built)
        if self.problems:
            return None
        try:
            return AgencyRegistry(agencies=tuple(agencies), groups=tuple(groups))
        except (TypeError, ValueError) as error:
            self.add(path, str(error))
            return None

    # ------------------------------------------------------------------ the plan

    def plan(self, value: Any) -> Plan | None:
        data = self.mapping(value, "$")
        if data is None:
            return None
        if data.get("format") != FORMAT:
            self.add("$.format", f"expected {FORMAT!r}, not {_describe(data.get('format'))}")
        base = make_converter()
        registry: AgencyRegistry | None = AgencyRegistry()
        if "agencies" in data:
            registry = self.registry(data["agencies"], "$.agencies", base)
        year = data.get("year")
        if isinstance(year, int) and not isinstance(year, bool):
            if not MIN_YEAR <= year <= MAX_YEAR:
                self.add("$.year", f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}")
                year = None
        else:
            year = None  # reported with the other fields; deadlines then need their own years
        converter = make_converter(agencies=registry, year=year)
        values = self.fields(converter, data, Plan, "$", skip=("areas", "agencies"))
        if "areas" not in data:
            self.add("$.areas", "required field missing")
        else:
            values["areas"] = self.areas(data["areas"], converter, registry)
        if registry is not None:
            values["agencies"] = registry
        if self.problems:
            return None
        built = self.build(Plan, values, "$")
        return built if isinstance(built, Plan) else None

    def areas(
        self, value: Any, converter: cattrs.Converter, registry: AgencyRegistry | None
    ) -> Any:
        items = self.sequence(value, "$.areas")
        if items is None:
            return _MISSING
        seen: dict[str, str] = {}
        areas: list[Any] = []
        for i, item in enumerate(items):
            path = f"$.areas[{i}]"
            data = self.mapping(item, path)
            if data is None:
                areas.append(_MISSING)
                continue
            code = data.get("code")
            values = self.fields(converter, data, ReformArea, path, skip=("tasks",))
            tasks: list[Any] = []
            raw_tasks = (
                self.sequence(data.get("tasks"), f"{path}.tasks") if "tasks" in data else None
            )
            if "tasks" not in data:
                self.add(f"{path}.tasks", "required field missing")
            for j, raw in enumerate(raw_tasks or []):
                where = f"{path}.tasks[{j}]"
                task = self.mapping(raw, where)
                if task is None:
                    tasks.append(_MISSING)
                    continue
                task_code = task.get("code")
                if isinstance(task_code, str):
                    if task_code in seen:
                        self.add(
                            f"{where}.code",
                            f"duplicate task code {task_code!r} (first at {seen[task_code]})",
                        )
                    seen.setdefault(task_code, where)
                    expected = f"{code}.{j + 1}"
                    if isinstance(code, str) and task_code != expected:
                        self.add(
                            f"{where}.code",
                            f"task {task_code!r} does not match its place: expected {expected!r}",
                        )
                if registry is None:
                    # The registry is broken (and reported): check everything else.
                    self.fields(converter, task, Task, where, skip=("lead", "partners"))
                    tasks.append(_MISSING)
                    continue
                tasks.append(self.build(Task, self.fields(converter, task, Task, where), where))
            declared = data.get("declared_task_count")
            if isinstance(declared, int) and raw_tasks is not None and declared != len(raw_tasks):
                self.add(
                    f"{path}.declared_task_count",
                    f"area {code} declares {declared} tasks but lists {len(raw_tasks)}",
                )
            if self.problems or any(t is _MISSING for t in tasks):
                areas.append(_MISSING)
                continue
            areas.append(self.build(ReformArea, {**values, "tasks": tuple(tasks)}, path))
        if any(a is _MISSING for a in areas):
            return _MISSING
        return tuple(areas)


def _flatten(error: BaseException, path: str) -> Iterator[tuple[str, str]]:
    """Each leaf problem of a cattrs error tree, with its path below ``path``."""
    if isinstance(error, PlanLoadError):
        for problem in error.problems:
            yield problem.message, path + problem.path[1:]
    elif isinstance(error, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
        with_notes, without_notes = error.group_exceptions()
        for inner, note in with_notes:
            step = (
                f".{note.name}"
                if isinstance(note, cattrs.AttributeValidationNote)
                else f"[{note.index}]"
            )
            yield from _flatten(inner, path + step)
        for inner in without_notes:
            yield from _flatten(inner, path)
    elif isinstance(error, cattrs.ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield "unknown field", f"{path}.{key}"
    elif isinstance(error, KeyError) and not isinstance(error, UnknownAgencyError):
        yield "required field missing", path  # cattrs notes the missing field's name
    elif isinstance(error, (TypeError, ValueError, LookupError)):
        message, where = _locate(error, path)
        yield message, where
    else:
        yield f"{type(error).__name__}: {error}", path


# Every field name of the model's classes: a validator's message that starts with one
# ("number must be non-empty text") is reported at that field's path.
_FIELD_NAMES = frozenset(
    field.name
    for cls in (Plan, ReformArea, Task, Agency, AgencyGroup, Signatory, Duty)
    for field in attrs.fields(cls)
)


def _locate(error: BaseException, path: str) -> tuple[str, str]:
    """A validation error's message and the path of the field it is about."""
    args = error.args
    if len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], attrs.Attribute):
        return args[0], f"{path}.{args[1].name}"  # attrs' own validators
    # Parse errors draw their phrase and caret on further lines: keep the reason.
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    first = message.split(" ", 1)[0]
    if first in _FIELD_NAMES and " " in message:
        return message, f"{path}.{first}"
    return message, path


_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _check_depth(text: str) -> None:
    """Refuse JSON that nests deeper than :data:`MAX_DEPTH` before parsing it."""
    depth = 0
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise PlanLoadError(
                    (Problem("$", f"the JSON nests deeper than {MAX_DEPTH} levels"),)
                )
        elif token in "]}":
            depth -= 1


def loads_plan(text: str | bytes) -> Plan:
    """Load a plan from JSON text (or UTF-8 bytes), validating everything.

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
    _check_depth(text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PlanLoadError(
            (Problem("$", f"not JSON: {error.msg} at line {error.lineno}, column {error.colno}"),)
        ) from None
    collector = _Collector()
    plan = collector.plan(data)
    if collector.problems or plan is None:
        raise PlanLoadError(tuple(collector.problems))
    return plan


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Load a plan from a JSON file.

    Raises:
        PlanLoadError: the file is not a valid plan.
        OSError: the file cannot be read.
    """
    with open(path, "rb") as file:
        return loads_plan(file.read())


def dumps_plan(plan: Plan) -> str:
    """The plan as JSON text: UTF-8 ready, NFC, two-space indentation, a final newline."""
    data = make_converter().unstructure(plan, Plan)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return unicodedata.normalize("NFC", text)


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of plan files, generated from the model.

    The same schema ships with the package as ``cchc_model/schemas/cchc-plan-1.schema.json``
    for tools in other languages.

    >>> schema = plan_json_schema()
    >>> schema["$defs"]["Plan"]["properties"]["format"]
    {'const': 'cchc-plan/1'}
    """
    from cchc_model._schema import plan_schema

    return plan_schema(FORMAT)


def dump_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write the plan to a JSON file (UTF-8), replacing the file only once it is complete."""
    text = dumps_plan(plan)
    temporary = f"{os.fspath(path)}.tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    os.replace(temporary, path)
