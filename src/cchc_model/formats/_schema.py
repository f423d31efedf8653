"""Private machinery: the JSON Schema of plan files, generated from the model's classes.

The schema mirrors :func:`cchc_model.formats.converter.make_converter`: deadlines,
indicators and legal bases are strings, agencies in tasks are codes or names, group
members are codes.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from typing import Any

import attrs

from cchc_model.language.deadlines import Deadline
from cchc_model.plan.agencies import Agency, AgencyGroup, AgencyRegistry, DefunctAgency
from cchc_model.plan.indicators import Indicator
from cchc_model.plan.plans import LegalBasis, Plan

__all__ = ["plan_schema"]

_TEXT = {
    Deadline: "A deadline phrase in the deadline language, e.g. 'Quý I/2020'.",
    Indicator: "An indicator sentence, e.g. 'Từ 80% trở lên số văn bản đi được …'.",
    LegalBasis: "A 'Căn cứ' paragraph as printed.",
}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def schema(self, kind: Any) -> dict[str, Any]:
        origin = typing.get_origin(kind)
        args = typing.get_args(kind)
        if kind is str:
            return {"type": "string", "minLength": 1}
        if kind is bool:
            return {"type": "boolean"}
        if kind is int:
            return {"type": "integer"}
        if kind is datetime.date:
            return {"type": "string", "format": "date"}
        if kind == Agency | AgencyGroup:
            return {"type": "string", "description": "The code or a name of an agency or group."}
        if origin in (typing.Union, types.UnionType):
            options = [a for a in args if a is not type(None)]
            inner = (
                self.schema(options[0])
                if len(options) == 1
                else {"anyOf": [self.schema(a) for a in options]}
            )
            return {"anyOf": [inner, {"type": "null"}]} if type(None) in args else inner
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.schema(args[0])}
        if origin is tuple:
            return {
                "type": "array",
                "prefixItems": [self.schema(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if isinstance(kind, type):
            if kind is Deadline:
                return {
                    "anyOf": [
                        {"type": "string", "minLength": 1, "description": _TEXT[Deadline]},
                        {
                            "type": "object",
                            "description": "A table cell the deadline language could not "
                            "read, kept with the reason (an imported appendix).",
                            "properties": {
                                "unrecognised": {"type": "string"},
                                "error": {"type": "string"},
                            },
                            "required": ["unrecognised", "error"],
                            "additionalProperties": False,
                        },
                    ]
                }
            for base, description in _TEXT.items():
                if issubclass(kind, base):
                    return {"type": "string", "minLength": 1, "description": description}
            if issubclass(kind, enum.Enum):
                return {"enum": [member.value for member in kind]}
            if kind is AgencyRegistry:
                return self.registry()
            if attrs.has(kind):
                return self.reference(kind)
        raise TypeError(f"no JSON Schema for {kind!r}")

    def reference(self, cls: type, *, members_as_codes: bool = False) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(cls)
            properties: dict[str, Any] = {}
            required: list[str] = []
            for field in attrs.fields(cls):
                if not field.init:
                    continue
                if members_as_codes and field.name == "members":
                    properties["members"] = {
                        "type": "array",
                        "items": {"type": "string", "description": "An agency code."},
                    }
                else:
                    properties[field.name] = self.schema(hints[field.name])
                if field.default is attrs.NOTHING:
                    required.append(field.name)
            definition: dict[str, Any] = {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
            doc = (cls.__doc__ or "").strip().splitlines()
            if doc:
                definition["description"] = doc[0]
            self.defs[name] = definition
        return {"$ref": f"#/$defs/{name}"}

    def registry(self) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {
                "agencies": {"type": "array", "items": self.reference(Agency)},
                "groups": {
                    "type": "array",
                    "items": self.reference(AgencyGroup, members_as_codes=True),
                },
                "defunct": {"type": "array", "items": self.reference(DefunctAgency)},
            },
            "additionalProperties": False,
        }


def plan_schema(format_tag: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a plan file in format ``format_tag``."""
    builder = _Builder()
    plan = builder.reference(Plan)
    definition = builder.defs["Plan"]
    definition["properties"] = {"format": {"const": format_tag}, **definition["properties"]}
    definition["required"] = ["format", *definition["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:cchc-model:schema:cchc-plan-1",
        "title": "A Vietnamese provincial CCHC plan (cchc_model)",
        **plan,
        "$defs": builder.defs,
    }
