"""Private machinery: walking a plan file's JSON data, collecting every problem with its path."""

from __future__ import annotations

import contextlib
import datetime
import functools
import typing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import cattrs

from cchc_model.formats.problems import PlanLoadError, Problem
from cchc_model.language.periods import MAX_YEAR, MIN_YEAR
from cchc_model.plan.administration import UnknownProvinceError
from cchc_model.plan.agencies import (
    Agency,
    AgencyGroup,
    AgencyRegistry,
    DefunctAgency,
    UnknownAgencyError,
)
from cchc_model.plan.bodies import registry_on
from cchc_model.plan.plans import Duty, Plan, Signatory
from cchc_model.plan.tasks import _AREA_CODE, ReformArea, Task

__all__ = ["Collector", "describe", "hints"]

_T = TypeVar("_T")
#: Makes the converter for a plan's agencies and year (``make_converter``).
ConverterFactory = Callable[..., cattrs.Converter]


@functools.cache
def hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of an attrs class (its fields' types are strings)."""
    return typing.get_type_hints(cls)


@functools.cache
def _fields_of(cls: type) -> tuple[frozenset[str], tuple[tuple[str, Any, bool], ...]]:
    """The keys a JSON object of ``cls`` may hold; each init field's name, type, need."""
    fields = [field for field in attrs.fields(cls) if field.init]
    types = hints(cls)
    return (
        frozenset(field.name for field in fields) | {"format"},
        tuple((f.name, types[f.name], f.default is attrs.NOTHING) for f in fields),
    )


@functools.lru_cache(maxsize=32)
def _registry(
    agencies: tuple[Agency, ...],
    groups: tuple[AgencyGroup, ...],
    defunct: tuple[DefunctAgency, ...],
) -> AgencyRegistry:
    """The registry of these entries, remembered across loads.

    Building a registry indexes every name, short name and alias of its entries, folded
    two ways: a fifth of the time of loading the bundled plan.  The entries are frozen
    values (their fields are text, dates, enumerations and tuples of them), the registry
    built from equal entries is an equal frozen value, and a process loads the same
    registry again and again (one province's plans, a dashboard reloading its files), so
    one registry may serve them all (finding it costs a hash of the entries, about a
    hundredth of building it).  Invalid entries raise anew each time (an ``lru_cache``
    keeps no exceptions).  Bounded: the bundled plan's registry takes about 120 kB.
    """
    return AgencyRegistry(agencies=agencies, groups=groups, defunct=defunct)


def describe(value: object) -> str:
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


class Collector:
    """Walks a plan's JSON data, building the model and collecting every problem."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def leaf(self, converter: cattrs.Converter, value: Any, kind: Any, path: str) -> Any:
        try:
            return converter.structure(value, kind)
        except Exception as error:  # every problem is reported, not raised
            self.report(error, path)
        return _MISSING

    def report(self, error: Exception, path: str) -> None:
        """Add the problems of ``error``, raised structuring the value at ``path``."""
        if isinstance(error, PlanLoadError):
            for problem in error.problems:
                self.add(path + problem.path[1:], problem.message)
            return
        found = list(_flatten(error, path))
        for message, where in found or [(str(error) or type(error).__name__, path)]:
            self.add(where, message)

    def mapping(self, value: Any, path: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.add(path, f"expected an object, not {describe(value)}")
            return None
        return value

    def sequence(self, value: Any, path: str) -> list[Any] | None:
        if not isinstance(value, list):
            self.add(path, f"expected a list, not {describe(value)}")
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
        known, spec = _fields_of(cls)
        for key in data:
            if key not in known:
                self.add(f"{path}.{key}", "unknown field")
        values: dict[str, Any] = {}
        structure = converter.structure
        for name, kind, required in spec:
            if name in skip:
                continue
            if name not in data:
                if required:
                    self.add(f"{path}.{name}", "required field missing")
                    values[name] = _MISSING
                continue
            try:  # the path of a field is written only for its problems
                values[name] = structure(data[name], kind)
            except Exception as error:  # every problem is reported, not raised
                self.report(error, f"{path}.{name}")
                values[name] = _MISSING
        return values

    def build(self, cls: Callable[..., _T], values: dict[str, Any], path: str) -> _T | _Missing:
        if any(v is _MISSING for v in values.values()):
            self.check_fields(cls, values, path)
            return _MISSING
        try:
            return cls(**values)
        except (TypeError, ValueError) as error:
            message, where = _locate(error, path)
            self.add(where, message)
            return _MISSING

    def check_fields(self, cls: Any, values: dict[str, Any], path: str) -> None:
        """Run the field validators of ``cls`` on the values that did structure.

        When one field fails, the object is not built, and without this its other
        problems (an empty title beside a bad deadline) would show only once the first
        is fixed.  A validator that needs the whole object is left for the build.
        """
        if not attrs.has(cls):
            return
        for field in attrs.fields(cls):
            value = values.get(field.name, _MISSING)
            if value is _MISSING or field.validator is None:
                continue
            try:
                field.validator(None, field, value)
            except (TypeError, ValueError) as error:
                message, where = _locate(error, path)
                if not any(p.path == where for p in self.problems):  # said once is enough
                    self.add(where, message)
            except AttributeError:
                continue  # the validator reads other fields of the object

    # ------------------------------------------------------------------ the registry

    def registry(self, value: Any, path: str, converter: cattrs.Converter) -> AgencyRegistry | None:
        data = self.mapping(value, path)
        if data is None:
            return None
        for key in data:
            if key not in ("agencies", "groups", "defunct"):
                self.add(f"{path}.{key}", "unknown field")
        agencies: list[Agency] = []
        failed: set[object] = set()  # the codes of agencies with problems of their own
        for i, item in enumerate(self.sequence(data.get("agencies", []), f"{path}.agencies") or []):
            agency = self.leaf(converter, item, Agency, f"{path}.agencies[{i}]")
            if isinstance(agency, Agency):
                agencies.append(agency)
            elif isinstance(item, dict) and isinstance(item.get("code"), str):
                failed.add(item["code"])
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
                if isinstance(code, str) and code in failed:
                    continue  # the agency's own problem is reported
                if not isinstance(code, str) or code not in by_code:
                    self.add(f"{where}.members[{j}]", f"no agency has the code {code!r}")
                else:
                    members.append(by_code[code])
            rest = {k: v for k, v in group.items() if k != "members"}
            values = self.fields(converter, rest, AgencyGroup, where, skip=("members",))
            built = self.build(AgencyGroup, {**values, "members": tuple(members)}, where)
            if isinstance(built, AgencyGroup):
                groups.append(built)
        defunct: list[DefunctAgency] = []
        for i, item in enumerate(self.sequence(data.get("defunct", []), f"{path}.defunct") or []):
            body = self.leaf(converter, item, DefunctAgency, f"{path}.defunct[{i}]")
            if isinstance(body, DefunctAgency):
                defunct.append(body)
        if self.problems:
            return None
        try:
            return _registry(tuple(agencies), tuple(groups), tuple(defunct))
        except (TypeError, ValueError) as error:
            self.add(path, str(error))
            return None

    # ------------------------------------------------------------------ the plan

    def plan(
        self,
        value: Any,
        *,
        factory: ConverterFactory,
        tag: str,
        registry: AgencyRegistry | None = None,
    ) -> Plan | None:
        data = self.mapping(value, "$")
        if data is None:
            return None
        if data.get("format") != tag:
            self.add("$.format", f"expected {tag!r}, not {describe(data.get('format'))}")
        base = factory()
        year = data.get("year")
        if isinstance(year, int) and not isinstance(year, bool):
            if not MIN_YEAR <= year <= MAX_YEAR:
                self.add("$.year", f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}")
                year = None
        else:
            year = None  # reported with the other fields; deadlines then need their own years
        if "agencies" in data:
            registry = self.registry(data["agencies"], "$.agencies", base)
        elif registry is None:
            registry = self.registry_of_date(data, year)
        converter = factory(agencies=registry, year=year)
        values = self.fields(converter, data, Plan, "$", skip=("areas", "agencies"))
        if "areas" not in data:
            self.add("$.areas", "required field missing")
        else:
            values["areas"] = self.areas(data["areas"], converter, registry)
        if registry is not None:
            values["agencies"] = registry
        if self.problems:
            self.check_fields(Plan, {k: v for k, v in values.items() if k != "areas"}, "$")
            return None
        built = self.build(Plan, values, "$")
        return built if isinstance(built, Plan) else None

    def registry_of_date(self, data: dict[str, Any], year: int | None) -> AgencyRegistry | None:
        """The bodies of the plan's province on its date, for a file without a registry.

        The date is the plan's date of issue or, without one, 1 January of its year.
        """
        day: datetime.date | None = None
        raw = data.get("date")
        if isinstance(raw, str):
            with contextlib.suppress(ValueError):  # a bad date is reported with the others
                day = datetime.date.fromisoformat(raw)
        if day is None and year is not None:
            day = datetime.date(year, 1, 1)
        if day is None:  # the year is reported; the names wait until it is right
            return None
        province = data.get("province")
        try:
            return registry_on(day, province if isinstance(province, str) else None)
        except UnknownProvinceError as error:
            self.add("$.province", str(error))
            return None

    def with_agencies_from_text(
        self, task: dict[str, Any], registry: AgencyRegistry, where: str
    ) -> dict[str, Any] | None:
        """A task without agency codes: its lead and partners read from their cells' text.

        ``None`` when a cell names an unknown or defunct body (reported at the cell).
        """
        task = dict(task)
        read = True
        for field in ("lead", "partners"):
            text = task.get(f"{field}_text")
            if field in task or not isinstance(text, str):
                continue
            try:
                task[field] = [entry.code for entry in registry.resolve_all(text)]
            except UnknownAgencyError as error:
                self.add(f"{where}.{field}_text", str(error))
                read = False
        return task if read else None

    def areas(
        self,
        value: Any,
        converter: cattrs.Converter,
        registry: AgencyRegistry | None,
        path: str = "$.areas",
        parents: tuple[str, ...] = (),
        seen: dict[str, str] | None = None,
    ) -> Any:
        """The reform areas at ``path``, nested ones read recursively.

        A task without an ``area_path`` takes the codes of the areas it is nested in.
        """
        items = self.sequence(value, path)
        if items is None:
            return _MISSING
        seen = {} if seen is None else seen
        areas: list[Any] = []
        for i, item in enumerate(items):
            where_area = f"{path}[{i}]"
            data = self.mapping(item, where_area)
            if data is None:
                areas.append(_MISSING)
                continue
            code = data.get("code")
            values = self.fields(converter, data, ReformArea, where_area, skip=("tasks", "areas"))
            # A code that is not an area code is reported once, at the area: its tasks do
            # not take it as their place.
            inside = (
                (*parents, code) if isinstance(code, str) and _AREA_CODE.fullmatch(code) else None
            )
            tasks = self.tasks_of(data, where_area, converter, registry, inside, seen)
            nested: Any = ()
            if "areas" in data:
                nested = self.areas(
                    data["areas"], converter, registry, f"{where_area}.areas", inside or (), seen
                )
            if self.problems or any(t is _MISSING for t in tasks) or nested is _MISSING:
                self.check_fields(ReformArea, values, where_area)
                areas.append(_MISSING)
                continue
            built = {**values, "tasks": tuple(tasks), "areas": nested}
            areas.append(self.build(ReformArea, built, where_area))
        if any(a is _MISSING for a in areas):
            return _MISSING
        return tuple(areas)

    def tasks_of(
        self,
        data: dict[str, Any],
        path: str,
        converter: cattrs.Converter,
        registry: AgencyRegistry | None,
        inside: tuple[str, ...] | None,
        seen: dict[str, str],
    ) -> list[Any]:
        """The tasks of the area ``data`` at ``path`` (``inside``: its area path)."""
        code = data.get("code")
        tasks: list[Any] = []
        raw_tasks = self.sequence(data.get("tasks"), f"{path}.tasks") if "tasks" in data else None
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
            if "area_path" not in task and inside is not None:
                task = {**task, "area_path": list(inside)}
            if registry is None:
                # The registry is broken (and reported): check everything else.
                fields = self.fields(converter, task, Task, where, skip=("lead", "partners"))
                self.check_fields(Task, fields, where)
                tasks.append(_MISSING)
                continue
            read = self.with_agencies_from_text(task, registry, where)
            if read is None:
                fields = self.fields(converter, task, Task, where, skip=("lead", "partners"))
                self.check_fields(Task, fields, where)
                tasks.append(_MISSING)
                continue
            tasks.append(self.build(Task, self.fields(converter, read, Task, where), where))
        declared = data.get("declared_task_count")
        flat = raw_tasks is not None and "areas" not in data
        if isinstance(declared, int) and flat and declared != len(raw_tasks or ()):
            self.add(
                f"{path}.declared_task_count",
                f"area {code} declares {declared} tasks but lists {len(raw_tasks or ())}",
            )
        return tasks


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
    for cls in (Plan, ReformArea, Task, Agency, AgencyGroup, DefunctAgency, Signatory, Duty)
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
