"""Pictures of a plan and its evaluation, checked by reading back what they draw."""

from __future__ import annotations

import datetime
import io
import sys
import warnings
from collections import defaultdict

import pytest

from cchc_model import (
    VerdictStatus,
    assess_all,
)
from cchc_model.formats import pictures
from cchc_model.scheduling.schedule import Role, plan_obligations
from tests.example_data import AS_OF, EVALUATION, MEASUREMENTS, PLAN

matplotlib = pytest.importorskip("matplotlib")
from matplotlib.collections import PathCollection  # noqa: E402
from matplotlib.dates import date2num  # noqa: E402


def _render(figure) -> list[str]:
    """Draw the figure; the warnings drawing gave (a missing glyph would be one)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(io.BytesIO(), format="png")
    return [str(w.message) for w in caught]


def test_the_timeline_shows_every_task_and_each_due_point_in_its_verdicts_colour():
    figure = pictures.timeline(PLAN, EVALUATION)
    (axes,) = figure.axes
    assert [t.get_text() for t in axes.get_yticklabels()] == [t.code for t in PLAN.tasks]
    worst = {}
    for verdict in EVALUATION.verdicts:
        key = (verdict.obligation.task.code, verdict.obligation.nominal_due)
        ranked = sorted(
            [verdict.status, worst.get(key, verdict.status)], key=pictures.SEVERITY.index
        )
        worst[key] = ranked[0]
    points = {(o.task.code, o.nominal_due): o.due for o in plan_obligations(PLAN)}
    expected = defaultdict(set)
    for key, due in points.items():
        status = worst.get(key)
        label = status.label_vi if status is not None else None
        expected[label].add((date2num(due), [t.code for t in PLAN.tasks].index(key[0])))
    drawn = defaultdict(set)
    for collection in axes.collections:
        if isinstance(collection, PathCollection):
            label = collection.get_label()
            label = None if label.startswith("_") else label
            drawn[label] |= {(float(x), int(y)) for x, y in collection.get_offsets()}
    assert drawn == expected
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert sorted(legend) == sorted(label for label in expected if label is not None)
    assert date2num(AS_OF) in [line.get_xdata()[0] for line in axes.get_lines()]
    assert _render(figure) == []  # Vietnamese labels draw with their diacritics


def test_the_heatmap_shows_completion_by_agency_and_area():
    figure = pictures.completion_heatmap(EVALUATION)
    axes = figure.axes[0]
    agencies = [t.get_text() for t in axes.get_yticklabels()]
    areas = [t.get_text() for t in axes.get_xticklabels()]
    done, due = defaultdict(int), defaultdict(int)
    for v in EVALUATION.verdicts:
        if v.status.due and v.obligation.role is Role.LEAD:
            key = (v.obligation.agency.code, v.obligation.task.area_path[0])
            due[key] += 1
            done[key] += v.status.done
    values = axes.images[0].get_array()
    for i, agency in enumerate(agencies):
        for j, area in enumerate(areas):
            if due.get((agency, area)):
                assert values[i, j] == pytest.approx(done[agency, area] / due[agency, area])
            else:
                assert values.mask[i, j]
    assert sorted(t.get_text() for t in axes.texts) == sorted(f"{done[k]}/{due[k]}" for k in due)
    assert set(agencies) == {a for a, _ in due}
    assert _render(figure) == []


def test_the_indicators_chart_draws_each_measured_share_against_its_target():
    assessments = assess_all(PLAN, MEASUREMENTS)
    figure = pictures.indicators_chart(assessments)
    axes = figure.axes[0]
    shares = [a for a in assessments if a.value is not None and a.gap is not None]
    widths = [patch.get_width() for patch in axes.patches]
    assert widths == [float(a.value) for a in shares]
    hatched = [bool(patch.get_hatch()) for patch in axes.patches]
    assert hatched == [a.status.value != "met" for a in shares]
    met = sum(a.status.value == "met" for a in assessments)
    assert axes.get_title() == f"{met}/{len(assessments)} đạt"
    assert _render(figure) == []


def test_the_burndown_counts_the_work_open_at_each_months_end():
    figure = pictures.burndown(EVALUATION)
    (line,) = figure.axes[0].get_lines()
    ends = [datetime.date(2020, m + 1, 1) - datetime.timedelta(days=1) for m in range(1, 9)]
    ends.append(datetime.date(2020, 9, 30))
    frame_expected = []
    for end in ends:
        open_ = 0
        for v in EVALUATION.verdicts:
            if v.obligation.due > end or v.status is VerdictStatus.NOT_APPLICABLE:
                continue
            finished = v.record.done_on if (v.record and v.status.done) else None
            open_ += finished is None or finished > end
        frame_expected.append(open_)
    assert list(line.get_xdata()) == [date2num(d) for d in ends]
    assert list(line.get_ydata()) == frame_expected


def test_on_time_by_agency_draws_each_agencys_rate_lowest_first():
    figure = pictures.on_time_by_agency(EVALUATION)
    axes = figure.axes[0]
    codes = [t.get_text() for t in axes.get_yticklabels()]
    rates = EVALUATION.by_agency(Role.LEAD)
    assert set(codes) == set(rates)
    widths = [patch.get_width() for patch in axes.patches]
    assert widths == [100 * (rates[c].on_time.value or 0.0) for c in codes]
    assert widths == sorted(widths)


def test_without_matplotlib_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"cchc-model\[pictures\]"):
        pictures.burndown(EVALUATION)
