"""The model as tables for analysts: pandas DataFrames and Arrow tables.

Each table is built once as typed columns (:func:`columns`) and handed to pandas
(:func:`to_frame`, extra ``pandas``) or to Arrow (:func:`to_arrow`, extra ``arrow``) — the
core never imports either.  The tables are:

* ``"tasks"`` — one row per task of a plan (:meth:`Plan.to_frame
  <cchc_model.plan.plans.Plan.to_frame>`);
* ``"verdicts"`` — one row per obligation of an evaluation, with its verdict
  (:meth:`Evaluation.to_frame <cchc_model.assessment.compliance.Evaluation.to_frame>`);
* ``"obligations"`` — one row per obligation of a schedule;
* ``"areas"``, ``"agencies"``, ``"months"`` — an evaluation's roll-ups;
* ``"indicators"`` — one row per indicator assessment.

Dates are dates (``datetime64`` in pandas, ``date32`` in Arrow); statuses, roles, levels and
areas are categoricals whose categories are every value of the enumeration in its order,
whether it occurs or not, so their codes are stable from one table to the next.  Column
names are English; ``lang="vi"`` gives the categories their Vietnamese labels.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from cchc_model.assessment.compliance import Evaluation, VerdictStatus
from cchc_model.assessment.measurements import IndicatorAssessment, IndicatorStatus
from cchc_model.formats._sheets import require_extra
from cchc_model.plan.agencies import Agency, AgencyGroup, AgencyLevel
from cchc_model.plan.plans import Plan
from cchc_model.scheduling.schedule import Obligation, Role

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLES", "Columns", "columns", "to_arrow", "to_frame"]

#: The tables :func:`columns` builds, by name.
TABLES = ("tasks", "verdicts", "obligations", "areas", "agencies", "months", "indicators")


@attrs.frozen
class Columns:
    """A table as typed columns, with the categories of its categorical columns.

    The categories of a column are every value it may take, in a stable order.

    Attributes:
        name: Which table (one of :data:`TABLES`).
        data: Column name → the column's values, all of one length.
        categories: Column name → its categories, for the categorical columns.
        dates: The names of the date columns.
    """

    name: str
    data: dict[str, list[Any]]
    categories: dict[str, list[str]] = attrs.Factory(dict)
    dates: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(next(iter(self.data.values()), []))

    def __repr__(self) -> str:
        return f"<Columns {self.name}: {len(self)} rows × {len(self.data)} columns>"


def _labels(members: Sequence[Any], lang: str) -> list[str]:
    """The categories of an enumeration: its values, or its Vietnamese labels."""
    if lang == "vi":
        return [m.label_vi for m in members]
    return [m.value for m in members]


def _label(member: Any, lang: str) -> str:
    return str(member.label_vi if lang == "vi" else member.value)


def _level(entry: Agency | AgencyGroup) -> AgencyLevel | None:
    return entry.level if isinstance(entry, Agency) else None


def _level_label(entry: Agency | AgencyGroup) -> str | None:
    level = _level(entry)
    return None if level is None else level.value


def _tasks(plan: Plan, lang: str) -> Columns:
    tasks = plan.tasks
    areas = [a.code for a in plan.all_areas]
    names = {a.code: a.name for a in plan.all_areas}
    return Columns(
        "tasks",
        {
            "task": [t.code for t in tasks],
            "title": [t.title for t in tasks],
            "area": [t.area_code for t in tasks],
            "area_name": [names[t.area_code] for t in tasks],
            "top_area": [t.area_path[0] for t in tasks],
            "outputs": [t.outputs_text for t in tasks],
            "lead": [", ".join(e.code for e in t.lead) for t in tasks],
            "lead_text": [t.lead_text for t in tasks],
            "partners": [", ".join(e.code for e in t.partners) for t in tasks],
            "partners_text": [t.partners_text for t in tasks],
            "deadline_kind": [t.deadline.kind.value for t in tasks],
            "deadline": [t.deadline_text for t in tasks],
        },
        {"area": areas, "top_area": [a.code for a in plan.areas]},
    )


def _obligation_columns(obligations: Sequence[Obligation], lang: str) -> dict[str, list[Any]]:
    return {
        "task": [o.task.code for o in obligations],
        "task_title": [o.task.title for o in obligations],
        "area": [o.task.area_path[0] for o in obligations],
        "agency": [o.agency.code for o in obligations],
        "agency_name": [o.agency.name for o in obligations],
        "level": [_level_label(o.agency) for o in obligations],
        "role": [_label(o.role, lang) for o in obligations],
        "milestone": [o.milestone for o in obligations],
        "nominal_due": [o.nominal_due for o in obligations],
        "due": [o.due for o in obligations],
        "estimated": [o.estimated for o in obligations],
    }


def _obligation_categories(areas: list[str], lang: str) -> dict[str, list[str]]:
    return {
        "area": areas,
        "level": [level.value for level in AgencyLevel],
        "role": _labels(list(Role), lang),
    }


def _obligations(obligations: Sequence[Obligation], lang: str) -> Columns:
    areas = list(dict.fromkeys(o.task.area_path[0] for o in obligations))
    return Columns(
        "obligations",
        _obligation_columns(obligations, lang),
        _obligation_categories(areas, lang),
        frozenset({"nominal_due", "due"}),
    )


def _verdicts(evaluation: Evaluation, lang: str) -> Columns:
    verdicts = evaluation.verdicts
    data = _obligation_columns([v.obligation for v in verdicts], lang)
    data["status"] = [_label(v.status, lang) for v in verdicts]
    data["done_on"] = [v.record.done_on if v.record else None for v in verdicts]
    data["days_late"] = [v.days_late for v in verdicts]
    data["working_days_late"] = [v.working_days_late for v in verdicts]
    categories = _obligation_categories([a.code for a in evaluation.plan.areas], lang)
    categories["status"] = _labels(list(VerdictStatus), lang)
    return Columns("verdicts", data, categories, frozenset({"nominal_due", "due", "done_on"}))


def _rollup(name: str, key: str, found: dict[str, Any]) -> Columns:
    rows = list(found.items())
    return Columns(
        name,
        {
            key: [k for k, _ in rows],
            "due": [s.completed.denominator for _, s in rows],
            "completed": [s.completed.numerator for _, s in rows],
            "on_time": [s.on_time.numerator for _, s in rows],
            "completion_rate": [s.completed.value for _, s in rows],
            "on_time_rate": [s.on_time.value for _, s in rows],
        },
    )


def _areas(evaluation: Evaluation) -> Columns:
    table = _rollup("areas", "area", evaluation.by_area())
    tasks = evaluation.tasks_by_area()
    names = {a.code: a.name for a in evaluation.plan.areas}
    codes = table.data["area"]
    table.data["name"] = [names[c] for c in codes]
    table.data["tasks_completed"] = [tasks[c].numerator for c in codes]
    table.data["tasks_counted"] = [tasks[c].denominator for c in codes]
    return table


def _indicators(assessments: Sequence[IndicatorAssessment], lang: str) -> Columns:
    return Columns(
        "indicators",
        {
            "number": [a.number for a in assessments],
            "indicator": [a.indicator.text for a in assessments],
            "target": [str(a.indicator.target) for a in assessments],
            "status": [_label(a.status, lang) for a in assessments],
            "value": [None if a.value is None else float(a.value) for a in assessments],
            "gap": [None if a.gap is None else float(a.gap) for a in assessments],
            "measured_on": [
                a.measurement.measured_on if a.measurement else None for a in assessments
            ],
        },
        {"status": _labels(list(IndicatorStatus), lang)},
        frozenset({"measured_on"}),
    )


def columns(value: Any, table: str | None = None, *, lang: str = "en") -> Columns:
    """The typed columns of a table of ``value``.

    ``value`` is a plan, an evaluation, a schedule or indicator assessments.

    Args:
        value: What to tabulate.
        table: Which table (:data:`TABLES`); by default the value's own: a plan's tasks, an
            evaluation's verdicts, a schedule's obligations, the assessments' indicators.
            An evaluation also gives ``"tasks"`` (its plan's), ``"areas"``, ``"agencies"``
            and ``"months"``.
        lang: ``"en"`` (the enumerations' values) or ``"vi"`` (their Vietnamese labels).

    >>> import datetime
    >>> from cchc_model import datasets
    >>> from cchc_model.formats.frames import columns
    >>> plan = datasets.load("an-giang-2020")
    >>> table = columns(plan)
    >>> table.name, len(table), table.data["task"][:3]
    ('tasks', 63, ['I.1', 'I.2', 'I.3'])

    Raises:
        ValueError: ``lang`` or ``table`` is not one this value has.
        TypeError: ``value`` is not something the tables are made of.
    """
    if lang not in ("en", "vi"):
        raise ValueError(f"lang is 'en' or 'vi', not {lang!r}")
    if isinstance(value, Plan):
        if table in (None, "tasks"):
            return _tasks(value, lang)
    elif isinstance(value, Evaluation):
        chosen = table or "verdicts"
        if chosen == "verdicts":
            return _verdicts(value, lang)
        if chosen == "tasks":
            return _tasks(value.plan, lang)
        if chosen == "areas":
            return _areas(value)
        if chosen == "agencies":
            found = value.by_agency()
            table_ = _rollup("agencies", "agency", found)
            table_.data["agency_name"] = [value.plan.agencies.get(c).name for c in found]
            return table_
        if chosen == "months":
            return _rollup("months", "month", value.by_month())
    elif isinstance(value, (list, tuple)) and all(isinstance(v, Obligation) for v in value):
        if table in (None, "obligations"):
            return _obligations(value, lang)
    elif isinstance(value, (list, tuple)) and all(
        isinstance(v, IndicatorAssessment) for v in value
    ):
        if table in (None, "indicators"):
            return _indicators(value, lang)
    else:
        raise TypeError(f"no table of a {type(value).__name__}")
    raise ValueError(f"a {type(value).__name__} has no table {table!r}")


def to_frame(value: Any, table: str | None = None, *, lang: str = "en") -> pd.DataFrame:
    """A pandas DataFrame of a table of ``value`` (see :func:`columns`); needs pandas.

    Dates become ``datetime64`` columns (missing: ``NaT``), categoricals ``category``
    columns with every category in a stable order, counts nullable integers, texts
    strings; an empty cell is missing (``None``/``NaN``), never the text "nan".

    >>> import datetime
    >>> from cchc_model import datasets, evaluate
    >>> plan = datasets.load("an-giang-2020")
    >>> frame = evaluate(plan, [], as_of=datetime.date(2020, 9, 30)).to_frame()
    >>> frame["status"].cat.categories[:3].tolist()
    ['done_early', 'done_on_time', 'done_late']
    >>> str(frame["due"].dtype).startswith("datetime64")
    True

    Raises:
        ImportError: pandas is not installed (the extra ``pandas``).
    """
    require_extra("pandas", "pandas", "a DataFrame")
    import pandas as pd

    built = columns(value, table, lang=lang)
    frame: pd.DataFrame = pd.DataFrame(built.data)
    for name in built.dates:
        frame[name] = pd.to_datetime(frame[name])
    for name, categories in built.categories.items():
        frame[name] = pd.Categorical(frame[name], categories=categories)
    for name in ("days_late", "working_days_late"):
        if name in frame:
            frame[name] = frame[name].astype("Int64")
    return frame


def to_arrow(value: Any, table: str | None = None, *, lang: str = "en") -> Any:
    """An Arrow table (``pyarrow.Table``) of a table of ``value``; needs pyarrow.

    Built from the columns directly (no pandas): dates as ``date32``, categoricals as
    dictionary-encoded strings over every category, so a national dataset goes to
    Parquet, DuckDB or a warehouse without Python objects.

    >>> from cchc_model import datasets
    >>> from cchc_model.formats.frames import to_arrow
    >>> arrow = to_arrow(datasets.load("an-giang-2020"))
    >>> arrow.num_rows, str(arrow.schema.field("area").type)
    (63, 'dictionary<values=string, indices=int32, ordered=0>')

    Raises:
        ImportError: pyarrow is not installed (the extra ``arrow``).
    """
    require_extra("pyarrow", "arrow", "an Arrow table")
    import pyarrow as pa

    built = columns(value, table, lang=lang)
    arrays = {}
    for name, values in built.data.items():
        if name in built.categories:
            categories = built.categories[name]
            index = {c: i for i, c in enumerate(categories)}
            arrays[name] = pa.DictionaryArray.from_arrays(
                pa.array([None if v is None else index[v] for v in values], pa.int32()),
                pa.array(categories, pa.string()),
            )
        elif name in built.dates:
            arrays[name] = pa.array(values, pa.date32())
        else:
            arrays[name] = pa.array(values)
    return pa.table(arrays)
