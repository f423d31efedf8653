"""Reprs stay short whatever the value's size: a plan, its registry, a calendar."""

from __future__ import annotations

import collections
import datetime
import html as html_module
import re

import attrs

from cchc_model import (
    CCHC_PERIODIC_REPORTS,
    CIVIL_CODE_148,
    DEFAULT_POLICY,
    LEADS_OWE,
    assess_all,
    datasets,
    registry_on,
    score_plan,
    vietnam_calendar,
)
from cchc_model.assessment.scoring import scheme
from cchc_model.formats._html import MAX_ROWS, STATUS_COLOURS
from tests.example_data import EVALUATION, MEASUREMENTS, PLAN, RECORDS


def test_the_big_values_have_reprs_that_fit_on_a_line():
    plan = datasets.load("an-giang-2020")
    calendar = vietnam_calendar()
    for value in (
        plan,
        plan.agencies,
        plan.areas[0],
        plan.agencies.get("SBN"),
        calendar,
        calendar.layers[0],
        registry_on(datetime.date(2027, 1, 1), "An Giang"),
    ):
        assert len(repr(value)) <= 120, repr(value)


def test_the_reprs_say_what_the_value_is_and_how_big():
    plan = datasets.load("an-giang-2020")
    assert repr(plan) == (
        "<Plan 'Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang năm 2020' (2020): "
        "7 areas, 63 tasks>"
    )
    assert repr(registry_on(datetime.date(2027, 1, 1))) == (
        "<AgencyRegistry: 36 agencies, 7 groups, 10 defunct>"
    )


# ------------------------------------------------------------------ every value, and notebooks

SCORE = score_plan(EVALUATION, scheme("ca-mau-2013"))
SCHEDULE = PLAN.schedule(datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))


def _values():
    yield from (PLAN, EVALUATION, RECORDS, MEASUREMENTS, SCORE, SCHEDULE, scheme("ca-mau-2013"))
    yield from (DEFAULT_POLICY, CCHC_PERIODIC_REPORTS, LEADS_OWE, CIVIL_CODE_148)
    yield from PLAN.tasks
    yield from (task.deadline for task in PLAN.tasks)
    yield from PLAN.agencies
    yield from PLAN.indicators
    yield from PLAN.legal_bases
    yield from PLAN.duties
    yield from EVALUATION.verdicts
    yield from RECORDS
    yield from MEASUREMENTS
    yield from assess_all(PLAN, MEASUREMENTS)


def test_every_value_of_a_whole_plan_and_its_evaluation_has_a_repr_of_one_short_line():
    longest = max(_values(), key=lambda value: len(repr(value)))
    assert len(repr(longest)) <= 300, repr(longest)
    assert all("\n" not in repr(value) for value in _values())


def test_an_evaluations_repr_says_what_it_is_when_and_how_big():
    assert repr(EVALUATION) == (
        "<Evaluation of 'Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang…' as of "
        f"30/09/2020: {len(EVALUATION.verdicts)} verdicts, tasks completed "
        f"{EVALUATION.tasks_completed()}>"
    )
    assert repr(SCHEDULE).startswith(f"<Schedule: {len(SCHEDULE)} obligations, ")
    assert repr(RECORDS) == f"<Records: {len(RECORDS)} records, 0 problems, 0 warnings>"


def _rows(markup: str) -> list[list[str]]:
    """The cells of each body row of the first table, unescaped."""
    body = markup.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [
        [html_module.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body)
    ]


def test_a_plan_in_a_notebook_shows_its_areas_and_its_first_tasks_with_a_count_of_the_rest():
    markup = PLAN._repr_html_()
    assert [row[:2] for row in _rows(markup)] == [[a.code, a.name] for a in PLAN.all_areas]
    tasks_table = markup.split("</table>", 1)[1]
    shown = [row[0] for row in _rows(tasks_table)]
    assert shown == [t.code for t in PLAN.tasks[:MAX_ROWS]]
    assert f"… {len(PLAN.tasks) - MAX_ROWS} more rows not shown" in tasks_table


def test_an_evaluation_in_a_notebook_counts_its_verdicts_by_status_in_their_colours():
    markup = EVALUATION._repr_html_()
    counts = collections.Counter(v.status for v in EVALUATION.verdicts)
    rows = _rows(markup)
    assert {label: int(n) for label, n in rows} == {s.label_vi: n for s, n in counts.items()}
    for status in counts:
        assert f'background:{STATUS_COLOURS[status.value]}"><td' in markup


def test_a_task_an_area_a_schedule_and_a_score_render_and_text_is_escaped():
    task = attrs.evolve(PLAN.task("I.2"), title="Kiểm tra <script>alert(1)</script> & báo cáo")
    markup = task._repr_html_()
    assert "<script>" not in markup
    assert ["Nhiệm vụ", task.title] in _rows(markup)
    assert [r[0] for r in _rows(PLAN.area("II")._repr_html_())] == [
        t.code for t in PLAN.area("II").tasks
    ]
    assert _rows(SCHEDULE._repr_html_())[0][1] == SCHEDULE[0].task.code
    assert [r[0] for r in _rows(SCORE._repr_html_())] == [c.code for c in SCORE.criteria]
