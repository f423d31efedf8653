"""Scoring schemes and indicator measurements."""

from __future__ import annotations

import datetime
import decimal
import json

import attrs
import pytest

from cchc_model import datasets
from cchc_model.assessment.compliance import evaluate
from cchc_model.assessment.measurements import IndicatorStatus, Measurement, assess, assess_all
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.assessment.scoring import SchemeError, scheme, scheme_names, score_plan
from cchc_model.formats.readers import load_scheme

D = datetime.date
PLAN = datasets.load("an-giang-2020")


def test_the_shipped_scheme_follows_ca_maus_decision():
    assert scheme_names() == ("ca-mau-2013",)
    ca_mau = scheme("ca-mau-2013")
    assert "1880/QĐ-UBND" in ca_mau.source
    assert [c["kind"] for c in ca_mau.criteria] == [
        "plan_issued_by",
        "completion_bands",
        "reports_on_time",
    ]


YEAR_END = D(2020, 12, 31)


def _score(records, as_of=YEAR_END, plan=PLAN):  # type: ignore[no-untyped-def]
    return score_plan(evaluate(plan, records, as_of=as_of), scheme("ca-mau-2013"))


def test_a_plan_issued_by_31_december_of_the_year_before_scores_its_point():
    assert _score([]).criteria[0].points == 1
    late = attrs.evolve(PLAN, date=D(2020, 1, 15))
    assert _score([], plan=late).criteria[0].points == 0


def test_completion_bands_count_the_tasks_whose_leads_did_all_that_was_due():
    as_of = D(2021, 1, 15)
    evaluation = evaluate(PLAN, [], as_of=as_of)
    lead = [
        v.obligation
        for v in evaluation.verdicts
        if v.status.due and v.obligation.role.value == "lead"
    ]
    tasks = list(dict.fromkeys(o.task.code for o in lead))
    assert evaluation.tasks_completed().denominator == len(tasks) == 63

    def share(fraction: float) -> float:
        chosen = set(tasks[: round(len(tasks) * fraction)])
        records = [
            ProgressRecord(
                task=o.task.code,
                agency=o.agency.code,
                milestone=o.nominal_due.isoformat(),
                status=Status.DONE,
                done_on=o.due,
            )
            for o in lead
            if o.task.code in chosen
        ]
        return _score(records, as_of=as_of).criteria[1].points

    assert share(0.95) == 2  # 60 of 63 tasks: more than 90%
    assert share(0.8) == 1  # 50 of 63
    assert share(0.5) == 0


def test_the_reports_criterion_needs_every_report_on_time():
    reports = [
        ProgressRecord(task="I.17", agency="SNV", milestone=m, status=Status.DONE, done_on=d)
        for m, d in (
            ("báo cáo quý I", D(2020, 3, 18)),
            ("báo cáo 6 tháng", D(2020, 6, 19)),
            ("báo cáo quý III", D(2020, 9, 18)),
            ("báo cáo năm", D(2020, 12, 18)),
        )
    ]
    assert _score(reports).criteria[2].points == 1
    assert _score(reports[:3]).criteria[2].points == 0
    assert _score(reports).criteria[2].detail == "báo cáo đúng hạn 4/4 (100%)"


def test_another_scheme_is_written_as_json(tmp_path):
    path = tmp_path / "tinh-x.json"
    path.write_text(
        json.dumps(
            {
                "code": "tinh-x",
                "name": "Tỉnh X",
                "source": "Quyết định số 1/QĐ-UBND",
                "criteria": [
                    {
                        "code": "tasks",
                        "label": "Hoàn thành",
                        "kind": "completion_bands",
                        "bands": [{"at_least": 0.0, "points": 3}],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    own = load_scheme(path)
    assert score_plan(evaluate(PLAN, [], as_of=D(2020, 6, 30)), own).total == 3
    path.write_text(
        json.dumps({"code": "x", "name": "x", "source": "x", "criteria": [{"kind": "vibes"}]})
    )
    with pytest.raises(SchemeError, match="kind"):
        load_scheme(path)
    with pytest.raises(SchemeError, match="no scoring scheme"):
        scheme("tinh-y")


def test_a_share_target_is_met_at_or_above_its_target_with_exemptions_out():
    first = PLAN.indicators[0]  # 100% on time, except khoản 5 Điều 14 NĐ 61/2018
    measured = assess(first, Measurement(indicator=1, numerator=980, denominator=1_000, exempt=20))
    assert (measured.status, measured.value, measured.gap) == (
        IndicatorStatus.MET,
        decimal.Decimal("100.00"),
        decimal.Decimal("0.00"),
    )
    short = assess(first, Measurement(indicator=1, value="97,5"))
    assert short.status is IndicatorStatus.NOT_MET
    assert (
        short.explain("en") == "measured 97.5%, target 100% → not met (2.5 percentage points short)"
    )


def test_a_rank_target_is_met_within_the_top_group():
    par = PLAN.indicators[10]
    assert assess(par, Measurement(indicator=11, rank=15, of=63)).status is IndicatorStatus.MET
    assert assess(par, Measurement(indicator=11, rank=16, of=63)).status is IndicatorStatus.NOT_MET
    with pytest.raises(ValueError, match="out of 62"):
        assess(par, Measurement(indicator=11, rank=3, of=62))


def test_unmeasured_indicators_are_said_to_be_so():
    found = assess_all(PLAN, [Measurement(indicator=9, value=85)])
    assert len(found) == 17
    assert [a.status for a in found].count(IndicatorStatus.NOT_MEASURED) == 16
    assert found[8].status is IndicatorStatus.MET


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"numerator": 15, "denominator": 10}, "numerator 15 is more than the 10 cases counted"),
        ({"numerator": -1, "denominator": 10}, "cannot be negative"),
        ({"rank": 0, "of": 63}, "rank must be from 1 to 63, not 0"),
        ({"value": 250}, "value must be a share from 0 to 100 percent, not 250"),
        ({}, "a measurement needs a value, a numerator and denominator, or a rank"),
    ],
)
def test_impossible_measurements_are_refused(fields, message):
    with pytest.raises(ValueError, match=message):
        Measurement(indicator=1, **fields)


def test_explanations_speak_plainly_when_a_target_is_just_met():
    exact = assess(PLAN.indicators[8], Measurement(indicator=9, value=80))
    assert exact.explain("vi") == "đạt 80%, chỉ tiêu từ 80% trở lên → đạt (đạt đúng chỉ tiêu)"
    assert exact.explain("en") == "measured 80%, target at least 80% → met (exactly on target)"
    one = assess(PLAN.indicators[10], Measurement(indicator=11, rank=14, of=63))
    assert one.explain("en") == "ranked 14 of 63, target in the top 15 of 63 → met (1 place ahead)"


def test_a_measurement_file_names_the_column_of_each_problem(tmp_path):
    from cchc_model.formats.problems import RecordsError
    from cchc_model.formats.readers import read_measurements

    path = tmp_path / "m.csv"
    path.write_text("indicator,value,numerator,denominator\n9,abc,,\n1,,3.5,10\n", encoding="utf-8")
    with pytest.raises(RecordsError) as caught:
        read_measurements(path, plan=PLAN)
    assert str(caught.value) == (
        "2 problems in the measurements:\n"
        "row 2, value: 'abc' is not a number\n"
        "row 3, numerator: '3.5' is not a whole number"
    )


def test_a_published_rank_is_read_as_written(tmp_path):
    from cchc_model.formats.readers import read_measurements

    path = tmp_path / "m.csv"
    path.write_text("indicator,rank\n11,xếp thứ 33/63\n12,8/63\n", encoding="utf-8")
    par, papi = read_measurements(path, plan=PLAN)
    assert (par.rank, par.of, papi.rank, papi.of) == (33, 63, 8, 63)
