"""The outside world: plan JSON and its schema, iCalendar, reports, and the tables users bring.

The outermost layer of the library proper: it may import every domain layer, and no domain
layer imports it at module level.

>>> from cchc_model.formats import FORMAT
>>> FORMAT
'cchc-plan/1'
"""

from cchc_model.formats.appendix import (
    AppendixError,
    AppendixImport,
    Finding,
    FindingKind,
    read_appendix,
    same_appendix,
    write_appendix,
)
from cchc_model.formats.converter import make_converter
from cchc_model.formats.ical import to_icalendar
from cchc_model.formats.plan_json import (
    FORMAT,
    dump_plan,
    dumps_plan,
    load_plan,
    loads_plan,
    plan_json_schema,
)
from cchc_model.formats.problems import PlanLoadError, RecordsError
from cchc_model.formats.readers import read_assessments, read_measurements, read_records

__all__ = [
    "FORMAT",
    "AppendixError",
    "AppendixImport",
    "Finding",
    "FindingKind",
    "PlanLoadError",
    "RecordsError",
    "dump_plan",
    "dumps_plan",
    "load_plan",
    "loads_plan",
    "make_converter",
    "plan_json_schema",
    "read_appendix",
    "read_assessments",
    "read_measurements",
    "read_records",
    "same_appendix",
    "to_icalendar",
    "write_appendix",
]
