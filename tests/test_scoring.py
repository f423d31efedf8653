"""Scoring schemes and indicator measurements."""

from __future__ import annotations

import datetime
import decimal
import json

import attrs
import pytest

from cchc_model import datasets
from cchc_model.compliance import evaluate
from cchc_model.measurements import IndicatorStatus, Measurement, assess, assess_all
from cchc_model.progress import ProgressRecord, Status
from cchc_model.scoring import SchemeError, load_scheme, scheme, scheme_names, score_plan

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


def test_completion_bands_give_two_one_or_no_points():
    evaluation = evaluate(PLAN, [], as_of=D(2020, 12, 31))
    due = [v.obligation for v in evaluation.verdicts if v.status.due]

    # Done on the due date, for a share of what was due.
    def share(fraction: float) -> float:
        count = int(len(due) * fraction)
        records = [
            ProgressRecord(
                task=o.task.code,
                agency=o.agency.code,
                milestone=o.milestone
                or (
                    o.nominal_due.isoformat() if o.task.deadline.kind.value == "recurring" else None
                ),
                status=Status.DONE,
                done_on=o.due,
            )
            for o in due[:count]
        ]
        return _score(records).criteria[1].points

    assert share(0.95) == 2
    assert share(0.8) == 1
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
