"""Scoring schemes and indicator measurements."""

from __future__ import annotations

import datetime
import decimal
import json
import re

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
    # Criteria 1.1 (5 points) and 1.2 (2 points) of QĐ 1880/QĐ-UBND, as printed.
    assert [(c["code"], c["kind"]) for c in ca_mau.criteria] == [
        ("1.1.1", "plan_issued_by"),
        ("1.1.2", "assessor"),
        ("1.1.3", "assessor"),
        ("1.1.4", "completion_bands"),
        ("1.2.1", "reports_on_time"),
        ("1.2.2", "assessor"),
    ]
    assert _score([]).max_total == 7


YEAR_END = D(2020, 12, 31)
# The four periodic reports of I.17, each sent before its due date.
REPORTS_ON_TIME = [
    ProgressRecord(task="I.17", agency="SNV", milestone=m, status=Status.DONE, done_on=d)
    for m, d in (
        ("báo cáo quý I", D(2020, 3, 18)),
        ("báo cáo 6 tháng", D(2020, 6, 19)),
        ("báo cáo quý III", D(2020, 9, 18)),
        ("báo cáo năm", D(2020, 12, 18)),
    )
]


def _score(records, as_of=YEAR_END, plan=PLAN, assessments=None):  # type: ignore[no-untyped-def]
    return score_plan(evaluate(plan, records, as_of=as_of), scheme("ca-mau-2013"), assessments)


def _criterion(score, code):  # type: ignore[no-untyped-def]
    return next(c for c in score.criteria if c.code == code)


def test_a_plan_issued_in_time_scores_its_point_and_a_late_one_half():
    assert _criterion(_score([]), "1.1.1").points == 1  # 31/12/2019
    late = attrs.evolve(PLAN, date=D(2020, 1, 15))
    assert _criterion(_score([], plan=late), "1.1.1").points == 0.5  # "không kịp thời: 0,5"
    undated = attrs.evolve(PLAN, date=None)
    unknown = _criterion(_score([], plan=undated), "1.1.1")
    assert (unknown.points, unknown.assessed) == (None, False)  # not 0: the plan exists
    judged = _criterion(_score([], plan=undated, assessments={"1.1.1": 0.5}), "1.1.1")
    assert (judged.points, judged.by_assessor) == (0.5, True)


def test_what_only_an_assessor_can_judge_is_not_assessed_until_they_say_so():
    score = _score([])
    assert [c.code for c in score.not_assessed] == ["1.1.2", "1.1.3", "1.2.2"]
    assert str(score) == "1/7 (chưa chấm 1.1.2, 1.1.3, 1.2.2: 3 điểm)"
    judged = _score([], assessments={"1.1.2": True, "1.1.3": False, "1.2.2": 1})
    assert [c.points for c in judged.criteria] == [1.0, 1.0, 0.0, 0.0, 0.0, 1.0]
    assert judged.not_assessed == ()
    assert str(judged) == "3/7"
    with pytest.raises(SchemeError, match=re.escape("criteria the scheme does not have: ['9.9']")):
        _score([], assessments={"9.9": True})
    with pytest.raises(
        SchemeError, match=re.escape("1.1.2: an assessor gives 0 to 1 points, not 2")
    ):
        _score([], assessments={"1.1.2": 2})


def test_the_whole_group_of_seven_points_can_be_computed(tmp_path):
    from cchc_model.formats.readers import read_assessments

    reports = REPORTS_ON_TIME
    path = tmp_path / "assessor.csv"
    path.write_text("tiêu chí,kết quả\n1.1.2,đạt\n1.1.3,Đạt yêu cầu\n1.2.2,1\n", "utf-8")
    score = _score(reports, assessments=read_assessments(path))
    # 1.1.1: 1; 1.1.2: 1; 1.1.3: 1; 1.1.4: 0 (1 task of 63); 1.2.1: 1; 1.2.2: 1.
    assert [c.points for c in score.criteria] == [1.0, 1.0, 1.0, 0.0, 1.0, 1.0]
    assert score.total == 5


def test_completion_bands_count_the_tasks_whose_leads_did_all_of_them():
    as_of = D(2021, 1, 15)
    evaluation = evaluate(PLAN, [], as_of=as_of)
    lead = [v.obligation for v in evaluation.verdicts if v.obligation.role.value == "lead"]
    tasks = list(dict.fromkeys(o.task.code for o in lead))
    assert evaluation.tasks_completed().denominator == len(tasks) == 63

    def points(count: int) -> float | None:
        chosen = set(tasks[:count])
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
        return _criterion(_score(records, as_of=as_of), "1.1.4").points

    # "trên 90%": 2; "từ 70% - 90%": 1; "dưới 70%": 0 — compared exactly.
    assert points(57) == 2  # 57/63 = 90.5%: more than 90%
    assert points(56) == 1  # 56/63 = 88.9%
    assert points(45) == 1  # 45/63 = 71.4%
    assert points(44) == 0  # 44/63 = 69.8%


def test_bands_compare_exact_shares_at_their_boundaries():
    from fractions import Fraction

    from cchc_model.assessment.compliance import Rate
    from cchc_model.assessment.scoring import _share

    # 9/10 is exactly 90%: "trên 90%" is not met, "từ 70% - 90%" is.
    assert not Fraction(9, 10) > _share(0.9)
    assert Rate(9, 10).fraction == _share(0.9)
    assert Fraction(7, 10) >= _share(0.7)


def test_the_reports_criterion_needs_every_report_on_time():
    reports = REPORTS_ON_TIME
    assert _criterion(_score(reports), "1.2.1").points == 1
    assert _criterion(_score(reports[:3]), "1.2.1").points == 0
    assert _criterion(_score(reports), "1.2.1").detail == "báo cáo đúng hạn 4/4 (100%)"
    before_any = _criterion(_score([], as_of=D(2020, 3, 1)), "1.2.1")
    assert (before_any.points, before_any.detail) == (None, "chưa chấm: chưa đến hạn báo cáo")


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


def test_a_share_is_compared_with_its_target_exactly_and_rounded_only_for_display():
    first = PLAN.indicators[0]  # 100% on time
    almost = assess(first, Measurement(indicator=1, numerator=19_999, denominator=20_000))
    assert almost.status is IndicatorStatus.NOT_MET
    assert almost.value == decimal.Decimal("99.995")
    assert almost.explain("vi") == (
        "đạt 99,995%, chỉ tiêu 100% → chưa đạt (kém 0,005 điểm phần trăm)"
    )
    ninth = PLAN.indicators[8]  # from 80%
    just = assess(ninth, Measurement(indicator=9, numerator=8, denominator=10))
    assert just.status is IndicatorStatus.MET
    third = assess(ninth, Measurement(indicator=9, numerator=2_399_999, denominator=3_000_000))
    assert third.status is IndicatorStatus.NOT_MET  # 79.99997% rounds to 80.00, yet is short


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
