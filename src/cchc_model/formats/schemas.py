"""The JSON Schemas of the library's JSON: plan files, progress records and evaluations.

Each schema is JSON Schema draft 2020-12 with an ``$id`` (a URN: the schemas are the
library's, not a web site's), ships with the package in ``cchc_model/schemas/`` and is
published on the guide's site under ``schemas/``, for integrators in any language:

* ``cchc-plan-1.schema.json`` — a plan file (:func:`~cchc_model.formats.plan_json.dumps_plan`),
  generated from the model's classes;
* ``cchc-progress-records-1.schema.json`` — progress records as JSON, the array
  :func:`~cchc_model.formats.readers.read_records` reads;
* ``cchc-evaluation-1.schema.json`` — an evaluation as JSON
  (:meth:`Evaluation.to_json <cchc_model.assessment.compliance.Evaluation.to_json>`,
  ``cchc evaluate --format json``).

>>> from cchc_model.formats.schemas import SCHEMAS, schema
>>> sorted(SCHEMAS)
['cchc-evaluation-1', 'cchc-plan-1', 'cchc-progress-records-1']
>>> schema("cchc-progress-records-1")["$id"]
'urn:cchc-model:schema:cchc-progress-records-1'

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import Any

from cchc_model.assessment.compliance import TaskState, VerdictStatus
from cchc_model.formats.plan_json import plan_json_schema
from cchc_model.scheduling.schedule import Role

__all__ = ["SCHEMAS", "schema"]

#: The names of the schemas; each ships as ``cchc_model/schemas/<name>.schema.json``.
SCHEMAS = ("cchc-evaluation-1", "cchc-plan-1", "cchc-progress-records-1")

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_TEXT = {"type": "string"}
_OPTIONAL_TEXT = {"type": ["string", "null"]}
_DATE_TEXT = {
    "type": ["string", "null"],
    "description": "A date: ISO 8601 (2020-03-31) or as Vietnamese documents write it "
    "(31/03/2020, 31-03-2020, 31.03.2020, ngày 31/3/2020).",
}
_ISO_DATE = {"type": "string", "format": "date"}
_OPTIONAL_ISO_DATE = {"type": ["string", "null"], "format": "date"}
_PAIR = {
    "type": "array",
    "items": {"type": "integer", "minimum": 0},
    "minItems": 2,
    "maxItems": 2,
    "description": "[numerator, denominator]",
}
_CODES = {"type": "array", "items": _TEXT}


def _object(properties: dict[str, Any], *, required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(required or properties),
        "additionalProperties": False,
    }


def _records() -> dict[str, Any]:
    record = {
        "type": "object",
        "description": "One progress record: what an agency reported about an obligation.",
        "properties": {
            "task": {**_TEXT, "description": "The task's code, 'I.6'."},
            "agency": {**_TEXT, "description": "The agency's name or code."},
            "milestone": {
                **_OPTIONAL_TEXT,
                "description": "The phase ('ban hành') or the due point's date.",
            },
            "status": {
                **_TEXT,
                "description": "done, in_progress, not_started, not_applicable — or in "
                "Vietnamese: hoàn thành, đang thực hiện, chưa triển khai, không phát sinh.",
            },
            "done_on": _DATE_TEXT,
            "evidence": _OPTIONAL_TEXT,
            "reported_by": _OPTIONAL_TEXT,
            "reported_on": _DATE_TEXT,
            "note": _OPTIONAL_TEXT,
        },
        "required": ["task", "agency", "status"],
        "additionalProperties": True,
    }
    return {
        "$schema": _DRAFT,
        "$id": "urn:cchc-model:schema:cchc-progress-records-1",
        "title": "Progress records of a CCHC plan (cchc_model)",
        "description": "The JSON form of a progress sheet; other keys are read past and "
        "named in a warning.",
        "type": "array",
        "items": {"$ref": "#/$defs/ProgressRecord"},
        "$defs": {"ProgressRecord": record},
    }


def _evaluation() -> dict[str, Any]:
    statuses = [s.value for s in VerdictStatus]
    verdict = _object(
        {
            "task": _TEXT,
            "task_title": _TEXT,
            "area": _TEXT,
            "agency": _TEXT,
            "agency_name": _TEXT,
            "role": {"enum": [r.value for r in Role]},
            "milestone": _OPTIONAL_TEXT,
            "nominal_due": _ISO_DATE,
            "due": _ISO_DATE,
            "internal": {"type": "boolean"},
            "continuous": {"type": "boolean"},
            "estimated": {"type": "boolean"},
            "status": {"enum": statuses},
            "status_label": _TEXT,
            "done_on": _OPTIONAL_ISO_DATE,
            "reported_on": _OPTIONAL_ISO_DATE,
            "days_late": {"type": ["integer", "null"]},
            "working_days_late": {"type": ["integer", "null"]},
            "contributors": _CODES,
            "reason": _TEXT,
        }
    )
    rates = {"completed": _PAIR, "on_time": _PAIR}
    listed = _object({"task": _TEXT, "title": _TEXT, "agencies": _CODES})
    score = {
        "anyOf": [
            {"type": "null"},
            _object(
                {
                    "scheme": _TEXT,
                    "source": _TEXT,
                    "total": {"type": "number"},
                    "max_total": {"type": "number"},
                    "not_assessed": _CODES,
                    "criteria": {
                        "type": "array",
                        "items": _object(
                            {
                                "code": _TEXT,
                                "label": _TEXT,
                                "points": {"type": ["number", "null"]},
                                "max_points": {"type": "number"},
                                "assessed": {"type": "boolean"},
                                "by_assessor": {"type": "boolean"},
                                "detail": _TEXT,
                            }
                        ),
                    },
                }
            ),
        ]
    }
    return {
        "$schema": _DRAFT,
        "$id": "urn:cchc-model:schema:cchc-evaluation-1",
        "title": "An evaluation of a CCHC plan's progress (cchc_model)",
        **_object(
            {
                "plan": _object(
                    {"title": _TEXT, "number": _OPTIONAL_TEXT, "year": {"type": "integer"}}
                ),
                "as_of": _ISO_DATE,
                "cutoff": _ISO_DATE,
                "as_of_line": _TEXT,
                "headline": _object(
                    {
                        "label": _TEXT,
                        "completed": {"type": "integer"},
                        "counted": {"type": "integer"},
                        "share": {"type": ["number", "null"]},
                        "tasks_in_plan": {"type": "integer"},
                        "not_applicable": {"type": "integer"},
                        "not_assessable": {"type": "integer"},
                        "explanation": _TEXT,
                    }
                ),
                "tasks_of_due": _object(
                    {"completed": {"type": "integer"}, "due": {"type": "integer"}}
                ),
                "task_states": _object({s.value: {"type": "integer"} for s in TaskState}),
                "tasks": {
                    "type": "array",
                    "items": _object(
                        {
                            "task": _TEXT,
                            "title": _TEXT,
                            "area": _TEXT,
                            "state": {"enum": [s.value for s in TaskState]},
                            "state_label": _TEXT,
                            "leads": _CODES,
                        }
                    ),
                },
                "obligations": _object(
                    {
                        "counts": _object({s: {"type": "integer"} for s in statuses}),
                        **rates,
                    }
                ),
                "by_area": {
                    "type": "array",
                    "items": _object({"area": _TEXT, "name": _TEXT, "tasks": _PAIR, **rates}),
                },
                "by_agency": {
                    "type": "array",
                    "items": _object(
                        {
                            "agency": _TEXT,
                            "name": _TEXT,
                            "label": _TEXT,
                            "role": {"enum": [r.value for r in Role]},
                            **rates,
                        }
                    ),
                },
                "by_month": {
                    "type": "array",
                    "items": _object({"month": _TEXT, **rates}),
                },
                "late": {"type": "array", "items": {"$ref": "#/$defs/Verdict"}},
                "missing": {"type": "array", "items": listed},
                "not_applicable": {"type": "array", "items": listed},
                "notes": _CODES,
                "policy": _CODES,
                "score": score,
                "verdicts": {"type": "array", "items": {"$ref": "#/$defs/Verdict"}},
            }
        ),
        "$defs": {"Verdict": verdict},
    }


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema called ``name`` (one of :data:`SCHEMAS`).

    Raises:
        KeyError: no schema has that name.
    """
    if name == "cchc-plan-1":
        return plan_json_schema()
    if name == "cchc-progress-records-1":
        return _records()
    if name == "cchc-evaluation-1":
        return _evaluation()
    raise KeyError(f"no schema {name!r}: the schemas are {', '.join(SCHEMAS)}")
