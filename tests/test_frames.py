"""The model as tables for analysts: DataFrames and Arrow tables with typed columns."""

from __future__ import annotations

import datetime
import sys

import pytest

from cchc_model import (
    VerdictStatus,
    assess_all,
)
from cchc_model.formats.frames import TABLES, columns, to_arrow, to_frame
from cchc_model.scheduling.schedule import Role
from tests.example_data import EVALUATION, MEASUREMENTS, PLAN

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")


def test_a_plans_frame_has_one_row_per_task_with_its_area_as_a_category():
    frame = PLAN.to_frame()
    assert list(frame["task"]) == [t.code for t in PLAN.tasks]
    assert list(frame["area"].cat.categories) == [a.code for a in PLAN.areas]
    assert frame.loc[frame["task"] == "I.6", "lead"].item() == "VPUBND, SNV, STTTT"


def test_the_verdicts_frame_reproduces_the_evaluations_counts_by_a_groupby():
    frame = EVALUATION.to_frame()
    assert len(frame) == len(EVALUATION.verdicts)
    due = [s.value for s in VerdictStatus if s.due]
    done = [s.value for s in VerdictStatus if s.done]
    on_time = [s.value for s in VerdictStatus if s.on_time]
    owed = frame[frame["status"].isin(due)]
    grouped = owed.groupby("area", observed=True)["status"]
    for area, summary in EVALUATION.by_area().items():
        statuses = grouped.get_group(area)
        assert len(statuses) == summary.completed.denominator
        assert statuses.isin(done).sum() == summary.completed.numerator
        assert statuses.isin(on_time).sum() == summary.on_time.numerator


def test_the_verdicts_frame_has_dates_as_dates_and_categories_with_stable_codes():
    frame = EVALUATION.to_frame()
    assert frame["due"].dtype.kind == "M"
    assert frame["done_on"].dtype.kind == "M"
    assert list(frame["status"].cat.categories) == [s.value for s in VerdictStatus]
    assert list(frame["role"].cat.categories) == [r.value for r in Role]
    assert str(frame["days_late"].dtype) == "Int64"
    first = EVALUATION.verdicts[0]
    assert frame["due"].iloc[0] == pd.Timestamp(first.obligation.due)
    # A status no verdict has is still a category: codes mean the same in every frame.
    early = frame[frame["status"] == "done_early"].head(1)
    assert list(early["status"].cat.categories) == [s.value for s in VerdictStatus]


def test_an_empty_cell_is_missing_never_the_text_nan():
    frame = EVALUATION.to_frame()
    without = [v.obligation.milestone is None for v in EVALUATION.verdicts]
    assert list(frame["milestone"].isna()) == without
    assert not (frame.astype(str) == "None").any().any()


def test_vietnamese_labels_replace_the_values_of_the_categories():
    frame = EVALUATION.to_frame(lang="vi")
    assert list(frame["status"].cat.categories) == [s.label_vi for s in VerdictStatus]
    assert set(frame["role"]) <= {r.label_vi for r in Role}


def test_the_roll_ups_are_frames_too():
    areas = EVALUATION.to_frame("areas")
    by_area = EVALUATION.by_area()
    assert list(areas["area"]) == list(by_area)
    assert list(areas["completed"]) == [s.completed.numerator for s in by_area.values()]
    tasks = EVALUATION.tasks_by_area()
    assert list(areas["tasks_completed"]) == [tasks[a].numerator for a in by_area]
    agencies = EVALUATION.to_frame("agencies")
    assert set(agencies["agency"]) == set(EVALUATION.by_agency())
    months = EVALUATION.to_frame("months")
    assert list(months["month"]) == list(EVALUATION.by_month())


def test_a_schedule_and_the_indicators_have_frames():
    schedule = PLAN.schedule(datetime.date(2020, 1, 1), datetime.date(2020, 3, 31))
    frame = to_frame(schedule)
    assert list(frame["task"]) == [o.task.code for o in schedule]
    assessments = assess_all(PLAN, MEASUREMENTS)
    indicators = to_frame(assessments)
    assert list(indicators["number"]) == [a.number for a in assessments]
    assert list(indicators["status"]) == [a.status.value for a in assessments]


def test_the_arrow_table_has_the_same_rows_with_dates_and_dictionaries():
    table = to_arrow(EVALUATION)
    assert table.num_rows == len(EVALUATION.verdicts)
    assert table.schema.field("due").type == pa.date32()
    assert table.column("status").type.value_type == pa.string()
    assert table.column("status").chunk(0).dictionary.to_pylist() == [
        s.value for s in VerdictStatus
    ]
    assert table.column("due").to_pylist() == [v.obligation.due for v in EVALUATION.verdicts]


def test_every_table_an_evaluation_has_is_named_and_the_others_are_refused():
    for name in ("verdicts", "tasks", "areas", "agencies", "months"):
        assert name in TABLES
        assert columns(EVALUATION, name).name == name
    with pytest.raises(ValueError, match="has no table 'indicators'"):
        columns(EVALUATION, "indicators")
    with pytest.raises(TypeError, match="no table of a str"):
        columns("I.6")
    with pytest.raises(ValueError, match="lang is 'en' or 'vi'"):
        columns(PLAN, lang="fr")


def test_without_pandas_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"cchc-model\[pandas\]"):
        PLAN.to_frame()
