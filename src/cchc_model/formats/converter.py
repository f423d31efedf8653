"""The converter factory: the model to JSON-ready Python values and back.

:func:`make_converter` builds a ``cattrs`` converter configured for the model; the model
itself knows nothing of JSON.  Deadlines, indicators and legal bases travel as their
text, agencies inside tasks and groups as their codes, dates as ISO 8601 strings,
enumerations as their values.  Plan files are read and written through it by
:mod:`cchc_model.formats.plan_json`.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import typing
import unicodedata
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from cchc_model.assessment.compliance import Evaluation
from cchc_model.formats import reports
from cchc_model.formats._plan_loading import Collector, describe, hints
from cchc_model.formats.problems import PlanLoadError
from cchc_model.language._datemath import why_not_a_date
from cchc_model.language.deadlines import Deadline, Unrecognised
from cchc_model.plan.agencies import Agency, AgencyGroup, AgencyRegistry, DefunctAgency
from cchc_model.plan.indicators import Indicator, parse_indicator
from cchc_model.plan.plans import LegalBasis, Plan
from cchc_model.plan.tasks import ReformArea, Task

__all__ = ["FORMAT", "make_converter"]

#: The format tag every plan file starts with.
FORMAT = "cchc-plan/1"

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# What a text field of a plan never holds: control characters (a line break and a tab
# excepted), lone surrogates, and Unicode's non-characters.
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)


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

    Deadlines, indicators and legal bases travel as their text (a deadline an importer
    could not read as ``{"unrecognised": text, "error": reason}``); agencies inside tasks and
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
            raise TypeError(f"expected a string, not {describe(value)}")
        bad = _NOT_TEXT.search(value)
        if bad is not None:
            raise ValueError(
                f"the text holds U+{ord(bad.group()):04X} at position {bad.start()}, which is "
                "not a character of text (a control character, a lone surrogate or a "
                "non-character)"
            )
        return unicodedata.normalize("NFC", value)

    def structure_int(value: object, _: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an integer, not {describe(value)}")
        return value

    def structure_bool(value: object, _: object) -> bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, not {describe(value)}")
        return value

    def structure_date(value: object, _: object) -> datetime.date:
        text = structure_str(value, _)
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(f"expected a date as YYYY-MM-DD, not {text!r}")
        year, month, day = (int(part) for part in text.split("-"))
        reason = why_not_a_date(year, month, day)
        if reason is not None:
            raise ValueError(f"{text!r} is not a date: {reason}")
        return datetime.date(year, month, day)

    def structure_deadline(value: object, kind: type[Deadline]) -> Deadline:
        if isinstance(value, dict) and kind in (Deadline, Unrecognised):
            # An imported cell the language could not read, kept with the reason.
            if set(value) != {"unrecognised", "error"}:
                raise ValueError(
                    "an unread deadline is {'unrecognised': text, 'error': reason}, "
                    f"not {describe(value)}"
                )
            return Unrecognised(
                text=structure_str(value["unrecognised"], str),
                error=structure_str(value["error"], str),
            )
        text = structure_str(value, kind)
        if kind is Deadline:  # a task's deadline: any family
            return _parse_deadline(text, year)
        return kind.parse(text, year=year)

    def unstructure_deadline(deadline: Deadline) -> Any:
        if isinstance(deadline, Unrecognised):
            return {"unrecognised": deadline.text, "error": deadline.error}
        return str(deadline)

    def structure_entry(value: object, _: object) -> Agency | AgencyGroup:
        if agencies is None:
            raise TypeError("agency names need a registry to resolve through")
        return agencies.resolve(structure_str(value, _))

    def structure_tuple(value: object, kind: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, not {describe(value)}")
        item: Any = typing.get_args(kind)[0]
        return tuple(converter.structure(value, list[item]))

    def is_variadic_tuple(kind: Any) -> bool:
        args: tuple[Any, ...] = typing.get_args(kind)
        return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis

    def objects_only(cls: Any) -> Callable[[object, Any], Any]:
        # cattrs reads an object with .keys(): anything else would fail in Python's words.
        structure = converter.gen_structure_attrs_fromdict(cls)

        def structure_object(value: object, kind: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, not {describe(value)}")
            return structure(value, kind)

        return structure_object

    def structure_enum(value: object, kind: Any) -> enum.Enum:
        try:
            return kind(value)  # type: ignore[no-any-return]
        except ValueError:
            values = ", ".join(str(member.value) for member in kind)
            raise ValueError(f"{describe(value)} is not one of {values}") from None

    converter.register_structure_hook_factory(attrs.has, objects_only)
    converter.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), structure_enum
    )
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
        lambda t: isinstance(t, type) and issubclass(t, Deadline), unstructure_deadline
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
    # Fields added in 0.3.0 are written only when they say something: plan files of
    # flat appendices stay as they were.  The functions are generated when first used (a
    # converter that only reads never generates them).
    converter.register_unstructure_hook_factory(
        lambda t: t is Task,
        lambda t: make_dict_unstructure_fn(
            Task,
            converter,
            area_path=override(omit_if_default=True),
            attributes=override(omit_if_default=True),
        ),
    )
    converter.register_unstructure_hook_factory(
        lambda t: t is ReformArea,
        lambda t: make_dict_unstructure_fn(
            ReformArea, converter, areas=override(omit_if_default=True)
        ),
    )
    converter.register_unstructure_hook(
        Evaluation, lambda evaluation: reports.to_json_data(evaluation, lang)
    )
    return converter


@functools.lru_cache(maxsize=4096)
def _parse_deadline(text: str, year: int | None) -> Deadline:
    """``Deadline.parse(text, year=year)``, remembered across converters and loads.

    Parsing a phrase is a pure function of the NFC text and the plan year, and a deadline
    is a frozen value, so one value may serve every plan that writes the phrase: plans
    repeat a few phrases ("Thường xuyên", "Quý I/2020") and a process loads the same files
    again.  A phrase that does not parse is not remembered (an ``lru_cache`` keeps no
    exceptions): it raises anew each time.  Bounded, so a long-running process does not
    grow with the phrases it has read.
    """
    return Deadline.parse(text, year=year)


def _unstructure_group(group: AgencyGroup) -> dict[str, Any]:
    return {
        "code": group.code,
        "name": group.name,
        "short_name": group.short_name,
        "members": [member.code for member in group.members],
        "open": group.open,
        "aliases": list(group.aliases),
        "name_en": group.name_en,
    }


def _unstructure_registry(converter: cattrs.Converter) -> Callable[[AgencyRegistry], Any]:
    def unstructure(registry: AgencyRegistry) -> dict[str, Any]:
        data: dict[str, Any] = {
            "agencies": [converter.unstructure(a, Agency) for a in registry.agencies],
            "groups": [_unstructure_group(g) for g in registry.groups],
        }
        if registry.defunct:
            data["defunct"] = [converter.unstructure(d, DefunctAgency) for d in registry.defunct]
        return data

    return unstructure


def _structure_registry(converter: cattrs.Converter) -> Callable[[Any, Any], AgencyRegistry]:
    def structure(value: Any, _: Any) -> AgencyRegistry:
        collector = Collector()
        registry = collector.registry(value, "$", converter)
        if collector.problems:
            raise PlanLoadError(tuple(collector.problems))
        assert registry is not None
        return registry

    return structure


def _unstructure_plan(converter: cattrs.Converter) -> Callable[[Plan], Any]:
    fields = [f for f in attrs.fields(Plan) if f.init]
    types = hints(Plan)

    def unstructure(plan: Plan) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT}
        for field in fields:
            data[field.name] = converter.unstructure(getattr(plan, field.name), types[field.name])
        return data

    return unstructure


@functools.lru_cache(maxsize=32)
def _loading_converter(
    agencies: AgencyRegistry | None = None, year: int | None = None
) -> cattrs.Converter:
    """A converter for loading and writing plan files, made once per registry and year.

    Private to the loaders and writers, which only structure and unstructure with it: a
    converter handed to a user (:func:`make_converter`) is always a new one, which they
    may configure.  Loading the same province's files again (a dashboard reloading them)
    then reuses the converter and the dispatch it has learnt.  Bounded to 32 converters.
    """
    return make_converter(agencies=agencies, year=year)
