"""The reports a Department of Home Affairs signs: the same figures in every format."""

from __future__ import annotations

import csv
import datetime
import io
import json

from cchc_model import datasets
from cchc_model.assessment.compliance import evaluate
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.assessment.scoring import scheme, score_plan
from cchc_model.formats import reports
from cchc_model.scheduling.calendar import vietnam_calendar
from tests.shifted import shifted

D = datetime.date
PLAN = datasets.load("an-giang-2020")
RECORDS = [
    ProgressRecord(task="I.2", agency="SNV", status=Status.DONE, done_on=D(2020, 3, 31)),
    ProgressRecord(task="I.5", agency="SNV", status=Status.IN_PROGRESS, reported_on=D(2020, 3, 15)),
    ProgressRecord(
        task="V.3", agency="SNV", status=Status.NOT_APPLICABLE, reported_on=D(2020, 6, 1)
    ),
]
EVALUATION = evaluate(PLAN, RECORDS, as_of=D(2020, 9, 30))
SCORE = score_plan(EVALUATION, scheme("ca-mau-2013"))


def _csv(lang: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(reports.to_csv(EVALUATION, lang, score=SCORE))))


def test_the_first_completion_line_of_the_text_report_is_the_plans_counted_by_task():
    for lang, words in (("vi", "Tỷ lệ hoàn thành"), ("en", "Completion rate")):
        text = reports.to_text(EVALUATION, lang, score=SCORE)
        first = next(line for line in text.splitlines() if words in line)
        # I.2 is completed; V.3 did not arise: 1 of the 62 tasks counted.
        assert "1/62" in first, first


def test_csv_and_json_carry_the_figures_of_the_text():
    rows = _csv("en")
    kinds = {row["record"] for row in rows}
    assert kinds == {
        "headline",
        "tasks_of_due",
        "task",
        "obligations",
        "area",
        "agency",
        "month",
        "score",
        "criterion",
        "verdict",
    }
    headline = next(row for row in rows if row["record"] == "headline")
    assert (headline["numerator"], headline["denominator"]) == ("1", "62")
    snv = [r for r in rows if r["record"] == "agency" and r["agency"] == "SNV"]
    assert {(r["role"], r["measure"]) for r in snv} == {("lead", "completed"), ("lead", "on_time")}
    assert snv[0]["agency_name"] == "Sở Nội vụ"
    data = json.loads(reports.to_json(EVALUATION, "en", score=SCORE))
    assert data["headline"]["completed"] == 1
    assert data["headline"]["counted"] == 62
    assert data["score"]["total"] == SCORE.total
    assert {a["role"] for a in data["by_agency"]} == {"lead"}
    assert [a["area"] for a in data["by_area"]] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    by_month = {m["month"]: m for m in data["by_month"]}
    assert by_month["2020-03"]["completed"][0] == 1  # I.2 on 31/3


def test_csv_status_codes_are_the_same_whatever_the_language_of_the_labels():
    vi, en = _csv("vi"), _csv("en")
    assert [r["status"] for r in vi] == [r["status"] for r in en]
    i2 = next(r for r in vi if r["record"] == "verdict" and r["task"] == "I.2")
    assert (i2["status"], i2["status_label"]) == ("done_on_time", "hoàn thành đúng hạn")
    assert i2["task_title"] == PLAN.task("I.2").title


def test_missing_reports_are_listed_in_the_plans_task_order_with_names_and_titles():
    data = reports.report_data(EVALUATION, "vi")
    order = [task.code for task in PLAN.tasks]
    listed = [item["task"] for item in data["missing"]]
    assert listed == sorted(listed, key=order.index)
    i1 = next(item for item in data["missing"] if item["task"] == "I.1")
    assert i1["title"] == PLAN.task("I.1").title
    assert "Sở TT&TT" in i1["agencies"]  # the short name, not the code STTTT


def test_tasks_not_arising_are_listed_as_such():
    text = reports.to_text(EVALUATION, "vi")
    assert "Nhiệm vụ không phát sinh:" in text
    assert f"V.3 {PLAN.task('V.3').title}: Sở Nội vụ" in text


def test_every_format_says_when_a_due_date_rests_on_an_estimated_calendar():
    plan = shifted(2027)
    evaluation = evaluate(plan, [], as_of=D(2027, 6, 30), calendar=vietnam_calendar(estimate=True))
    assert "lịch ngày nghỉ ước tính" in reports.to_text(evaluation, "vi")
    assert "estimated calendar" in reports.to_markdown(evaluation, "en")
    rows = list(csv.DictReader(io.StringIO(reports.to_csv(evaluation, "en"))))
    # 2027 has no notice of days off yet; the "ban hành" phases of December 2026 have one.
    assert {(r["due"][:4], r["estimated"]) for r in rows if r["record"] == "verdict"} == {
        ("2026", "false"),
        ("2027", "true"),
    }
    data = json.loads(reports.to_json(evaluation, "en"))
    assert all(v["estimated"] == v["due"].startswith("2027") for v in data["verdicts"])
    assert any("estimated calendar" in note for note in data["notes"])


def test_reports_say_which_periodic_reports_have_no_internal_deadline_for_contributors():
    notes = reports.report_data(EVALUATION, "en")["notes"]
    assert any("I.6, I.17, III.5" in note for note in notes)
    from cchc_model.assessment.policy import AssessmentPolicy
    from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS

    regime = CCHC_PERIODIC_REPORTS.with_internal("trước ngày 05 của tháng cuối kỳ báo cáo")
    set_up = evaluate(PLAN, RECORDS, as_of=D(2020, 9, 30), policy=AssessmentPolicy(regime=regime))
    notes = reports.report_data(set_up, "en")["notes"]
    assert any("I.6, III.5" in note for note in notes)  # I.17 follows the regime now


def test_a_report_in_another_language_is_refused_by_name():
    try:
        reports.to_text(EVALUATION, "fr")
    except ValueError as error:
        assert str(error) == "a report is in 'vi' or 'en', not 'fr'"
    else:  # pragma: no cover - the test fails
        raise AssertionError("no error")
