"""Verdicts on the bundled An Giang 2020 plan, worked out by hand, and the laws of evaluation."""

from __future__ import annotations

import collections
import datetime

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cchc_model import datasets, parse_deadline, strategies
from cchc_model.assessment.compliance import Rate, TaskState, VerdictStatus, evaluate
from cchc_model.assessment.policy import DEFAULT_POLICY, AssessmentPolicy, EarlyRule
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.language.periods import PeriodUnit
from cchc_model.plan.plans import Plan
from cchc_model.scheduling.accountability import PARTNERS_OWE
from cchc_model.scheduling.calendar import Source, vietnam_calendar
from cchc_model.scheduling.duedates import CIVIL_CODE_148, NO_ROLL, PRECEDING_WORKING_DAY
from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS
from cchc_model.scheduling.schedule import Role, plan_obligations
from tests.example_data import RECORDS
from tests.shifted import shifted

D = datetime.date
PLAN = datasets.load("an-giang-2020")
SEPT = D(2020, 9, 30)
ESTIMATED = vietnam_calendar(estimate=True)  # covered years answer as before


def done(task: str, agency: str, day: D, milestone: str | None = None, **more) -> ProgressRecord:  # type: ignore[no-untyped-def]
    return ProgressRecord(
        task=task, agency=agency, milestone=milestone, status=Status.DONE, done_on=day, **more
    )


def going(task: str, agency: str, reported: D, milestone: str | None = None) -> ProgressRecord:
    return ProgressRecord(
        task=task,
        agency=agency,
        milestone=milestone,
        status=Status.IN_PROGRESS,
        reported_on=reported,
    )


def not_applicable(task: str, agency: str, reported: D, note: str | None = None) -> ProgressRecord:
    return ProgressRecord(
        task=task, agency=agency, status=Status.NOT_APPLICABLE, reported_on=reported, note=note
    )


def verdict(records, task, agency, as_of=SEPT, milestone=None):  # type: ignore[no-untyped-def]
    return evaluate(PLAN, records, as_of=as_of).verdict(task, agency, milestone)


def every_lead_done_on_time(plan: Plan, calendar=None) -> list[ProgressRecord]:  # type: ignore[no-untyped-def]
    """A record for every lead obligation of the plan, done on its due date."""
    return [
        done(o.task.code, o.agency.code, o.due, milestone=o.nominal_due.isoformat())
        for o in plan_obligations(plan, calendar=calendar)
        if o.role is Role.LEAD
    ]


# I.2 "Quý I/2020" is due on Tuesday 31/3/2020.


def test_done_on_the_due_date_is_on_time():
    v = verdict([done("I.2", "SNV", D(2020, 3, 31))], "I.2", "SNV")
    assert v.status is VerdictStatus.DONE_ON_TIME
    assert v.explain() == "hạn 31/03/2020 (Quý I/2020) → hoàn thành 31/03/2020 → đúng hạn"


def test_done_before_the_due_date_is_early_as_one_stop_offices_count_it():
    # "Trước hạn" is any day before the due date (the policy's default, TT 01/2018/TT-VPCP).
    assert verdict([done("I.2", "SNV", D(2020, 3, 30))], "I.2", "SNV").status is (
        VerdictStatus.DONE_EARLY
    )
    v = verdict([done("I.2", "SNV", D(2020, 2, 17))], "I.2", "SNV")
    assert v.explain("en") == "due 31/03/2020 (Quý I/2020) → done 17/02/2020 → early"


def test_a_province_may_ask_for_a_margin_of_working_days_to_call_work_early():
    # 24/3 → 31/3: 25, 26, 27, 30, 31 March are five working days.
    records = [done("I.2", "SNV", D(2020, 3, 24))]
    assert evaluate(PLAN, records, as_of=SEPT, early_margin=5).verdict("I.2", "SNV").status is (
        VerdictStatus.DONE_EARLY
    )
    records = [done("I.2", "SNV", D(2020, 3, 25))]
    five = AssessmentPolicy(early=EarlyRule.working_days(5))
    assert evaluate(PLAN, records, as_of=SEPT, policy=five).verdict("I.2", "SNV").status is (
        VerdictStatus.DONE_ON_TIME
    )
    never = evaluate(PLAN, records, as_of=SEPT, early_margin=0)
    assert never.verdict("I.2", "SNV").status is VerdictStatus.DONE_ON_TIME


def test_done_after_the_due_date_is_late_by_calendar_and_working_days():
    v = verdict([done("I.2", "SNV", D(2020, 4, 6))], "I.2", "SNV")
    assert v.status is VerdictStatus.DONE_LATE
    # 1/4 and 3/4 are working days, 2/4 is Giỗ Tổ Hùng Vương, 4–5/4 a weekend, 6/4 a Monday.
    assert (v.days_late, v.working_days_late) == (6, 3)
    assert v.explain("en") == "due 31/03/2020 (Quý I/2020) → done 06/04/2020 → 3 working days late"


def test_english_reasons_say_one_working_day_in_the_singular():
    v = verdict([done("I.2", "SNV", D(2020, 4, 1))], "I.2", "SNV")
    assert v.explain("en").endswith("→ 1 working day late")
    overdue = verdict([], "I.2", "SNV", as_of=D(2020, 4, 1))
    assert overdue.explain("en").endswith(
        "→ no report → 1 day (1 working day) overdue as of 01/04/2020"
    )


def test_past_due_and_reported_not_done_is_overdue_as_of_the_date():
    v = verdict([going("I.5", "SNV", D(2020, 3, 15))], "I.5", "SNV")
    assert v.status is VerdictStatus.OVERDUE
    assert v.days_late == (SEPT - D(2020, 3, 31)).days == 183
    assert v.explain().startswith(
        "hạn 31/03/2020 (Quý I/2020) → đang thực hiện (báo cáo 15/03/2020)"
    )


def test_past_due_with_nothing_reported_is_no_report():
    v = verdict([], "I.7", "SNV")
    assert v.status is VerdictStatus.NO_REPORT
    assert v.days_late == 92  # from 30/6/2020
    assert v.record is None


def test_reported_in_progress_before_the_due_date_is_in_progress():
    # I.16 "Quý III/2020" is due on 30/9/2020: on the day itself it is not yet late.
    v = verdict([going("I.16", "SNV", D(2020, 9, 1))], "I.16", "SNV")
    assert v.status is VerdictStatus.IN_PROGRESS
    assert v.explain() == "hạn 30/09/2020 (Quý III/2020) → đang thực hiện, trong hạn"


def test_work_not_yet_due_is_judged_not_due_open_or_not():
    evaluation = evaluate(PLAN, [], as_of=SEPT)
    assert evaluation.verdict("I.12", "SKHCN").status is VerdictStatus.NOT_DUE  # Năm 2020
    assert evaluation.verdict("I.18", "SYT").status is VerdictStatus.NOT_DUE  # Quý IV/2020


def test_a_verdict_is_found_by_any_name_of_the_agency():
    evaluation = evaluate(PLAN, [done("I.2", "SNV", D(2020, 3, 31))], as_of=SEPT)
    by_code = evaluation.verdict("I.2", "SNV")
    assert evaluation.verdict("I.2", "Sở Nội vụ") is by_code
    assert evaluation.verdict("I.2", "so noi vu") is by_code
    with pytest.raises(KeyError, match="no such agency"):
        evaluation.verdict("I.2", "Sở Không Có")


def test_a_record_dated_after_the_evaluation_date_is_ignored():
    late_report = done("I.7", "SNV", D(2020, 10, 5))
    assert verdict([late_report], "I.7", "SNV").status is VerdictStatus.NO_REPORT
    assert verdict([late_report], "I.7", "SNV", as_of=D(2020, 12, 31)).status is (
        VerdictStatus.DONE_LATE
    )


def test_the_latest_record_wins_but_done_stays_done():
    records = [going("I.2", "SNV", D(2020, 3, 10)), done("I.2", "SNV", D(2020, 3, 20))]
    assert verdict(records, "I.2", "SNV").status is VerdictStatus.DONE_EARLY
    reopened = [*records, going("I.2", "SNV", D(2020, 5, 1))]
    assert verdict(reopened, "I.2", "SNV").status is VerdictStatus.DONE_EARLY
    corrected = [*records, done("I.2", "SNV", D(2020, 4, 6), reported_on=D(2020, 4, 7))]
    assert verdict(corrected, "I.2", "SNV").status is VerdictStatus.DONE_LATE


def test_a_recurring_occurrence_is_matched_by_its_nominal_date():
    evaluation = evaluate(
        PLAN, [done("I.6", "SNV", D(2020, 3, 5), milestone="2020-03-05")], as_of=SEPT
    )
    i6 = [
        v
        for v in evaluation.verdicts
        if v.obligation.task.code == "I.6" and v.obligation.agency.code == "SNV"
    ]
    # Twelve months: Jan and Feb not reported, March done on its day, April to September
    # not reported, October to December not yet due.
    assert [v.status for v in i6] == (
        [VerdictStatus.NO_REPORT] * 2
        + [VerdictStatus.DONE_ON_TIME]
        + [VerdictStatus.NO_REPORT] * 6
        + [VerdictStatus.NOT_DUE] * 3
    )
    assert (
        i6[0]
        .explain()
        .startswith(
            "hạn 06/01/2020 (Báo cáo và công bố ngày 05 hàng tháng), theo kế hoạch 05/01/2020"
        )
    )


def test_a_record_without_a_milestone_settles_only_a_task_due_once():
    # I.6 is due every month: a record that names no occurrence settles none of them.
    evaluation = evaluate(PLAN, [done("I.6", "SNV", D(2020, 1, 6))], as_of=SEPT)
    i6 = [v for v in evaluation.verdicts if v.obligation.task.code == "I.6"]
    assert not any(v.status.done for v in i6)
    # I.2 is due once: the same record settles it.
    assert verdict([done("I.2", "SNV", D(2020, 3, 31))], "I.2", "SNV").status.done


def test_a_phase_is_judged_phase_by_phase():
    records = [done("III.1", "VPUBND", D(2020, 1, 31), milestone="ban hành")]
    evaluation = evaluate(PLAN, records, as_of=SEPT)
    assert evaluation.verdict("III.1", "VPUBND", "ban hành").status is VerdictStatus.DONE_ON_TIME
    assert evaluation.verdict("III.1", "VPUBND", "kết thúc").status is VerdictStatus.NOT_DUE
    assert evaluation.task_states()["III.1"] is TaskState.IN_PROGRESS


# ---------------------------------------------------------------------------- who owes


def test_coordinating_agencies_contribute_and_get_no_verdict_of_their_own():
    evaluation = evaluate(PLAN, [], as_of=SEPT)
    assert {v.obligation.role for v in evaluation.verdicts} == {Role.LEAD}
    # IV.1: "Sở, ban, ngành; UBND cấp huyện" lead, "Sở Nội vụ" coordinates.
    with pytest.raises(KeyError):
        evaluation.verdict("IV.1", "SNV")
    assert evaluation.verdict("IV.1", "STP").obligation.role is Role.LEAD
    partners = evaluate(PLAN, [], as_of=SEPT, policy=AssessmentPolicy(accountability=PARTNERS_OWE))
    assert partners.verdict("IV.1", "SNV").obligation.role is Role.COORDINATING


def test_contributors_report_to_the_lead_by_the_provinces_internal_deadline():
    regime = CCHC_PERIODIC_REPORTS.with_internal(
        "trước ngày 05 của tháng cuối kỳ báo cáo", source="Văn bản số 2539/UBND-SNV"
    )
    policy = AssessmentPolicy(regime=regime)
    records = [done("I.17", "STP", D(2020, 3, 4), milestone="báo cáo quý I")]
    evaluation = evaluate(PLAN, records, as_of=SEPT, policy=policy)
    stp = evaluation.verdict("I.17", "Sở Tư pháp", "báo cáo quý I")
    assert stp.obligation.role is Role.COORDINATING
    assert stp.obligation.due == D(2020, 3, 4)  # "trước ngày 05": by the 4th, a Wednesday
    assert stp.status is VerdictStatus.DONE_ON_TIME
    assert stp.explain() == (
        "hạn gửi cơ quan chủ trì 04/03/2020 (báo cáo quý I) → hoàn thành 04/03/2020 → đúng hạn"
    )
    assert stp.explain("en") == (
        "due to the lead 04/03/2020 (báo cáo quý I) → done 04/03/2020 → on time"
    )
    # 20 departments and 11 districts, less the lead: 30 contributors, four reports each.
    internal = [v for v in evaluation.verdicts if v.obligation.point.internal]
    assert len(internal) == 30 * 4
    # The lead still owes the province's report by the 20th; contributors never count
    # in the plan's completion.
    assert evaluation.verdict("I.17", "SNV", "báo cáo quý I").obligation.due == D(2020, 3, 20)
    assert evaluation.tasks_completed() == evaluate(PLAN, records, as_of=SEPT).tasks_completed()


def test_an_internal_deadline_can_be_set_for_any_task():
    policy = AssessmentPolicy(
        internal_deadlines={"I.6": datasets.load("an-giang-2020").task("I.6").deadline}
    )
    evaluation = evaluate(PLAN, [], as_of=SEPT, policy=policy)
    stp = [
        v
        for v in evaluation.verdicts
        if v.obligation.agency.code == "STP" and v.obligation.task.code == "I.6"
    ]
    assert len(stp) == 12
    assert {v.obligation.role for v in stp} == {Role.COORDINATING}


# ---------------------------------------------------------------------------- the plan's completion


def test_every_lead_obligation_done_on_time_completes_every_task():
    evaluation = evaluate(PLAN, every_lead_done_on_time(PLAN), as_of=D(2020, 12, 31))
    assert str(evaluation.tasks_completed()) == "63/63 (100%)"
    assert set(evaluation.task_states().values()) == {TaskState.COMPLETED}
    # The obligation-level detail agrees: every lead obligation was due and done on time.
    overall = evaluation.overall()
    assert overall.completed.numerator == overall.completed.denominator
    assert overall.on_time.numerator == overall.on_time.denominator


def test_the_plans_completion_counts_tasks_not_obligations():
    # Two tasks with one lead each, done; I.1 done by one of its 31 leading bodies only.
    records = [
        done("I.2", "SNV", D(2020, 3, 20)),
        done("I.5", "SNV", D(2020, 3, 31)),
        done("I.1", "SNV", D(2020, 1, 20), milestone="ban hành"),
        done("I.1", "SNV", D(2020, 12, 15), milestone="kết thúc"),
    ]
    evaluation = evaluate(PLAN, records, as_of=D(2020, 12, 31))
    assert str(evaluation.tasks_completed()) == "2/63 (3%)"
    states = evaluation.task_states()
    assert states["I.2"] is states["I.5"] is TaskState.COMPLETED
    assert states["I.1"] is TaskState.OVERDUE  # 30 other bodies have not reported
    assert evaluation.tasks_by_area()["I"] == evaluation.tasks_completed().__class__(2, 22)


def test_work_done_after_the_cutoff_is_late_work_not_completion():
    records = [done("I.2", "SNV", D(2021, 1, 10))]
    january = evaluate(PLAN, records, as_of=D(2021, 1, 15))
    assert january.verdict("I.2", "SNV").status is VerdictStatus.DONE_LATE
    assert january.cutoff == D(2020, 12, 31)
    assert january.task_states()["I.2"] is TaskState.OVERDUE
    assert january.tasks_completed().numerator == 0
    later = evaluate(PLAN, records, as_of=D(2021, 1, 15), cutoff=D(2021, 1, 15))
    assert later.task_states()["I.2"] is TaskState.COMPLETED


@pytest.mark.parametrize(
    ("year", "year_end_due"),
    [
        (2021, D(2021, 12, 31)),  # a Friday
        (2022, D(2023, 1, 3)),  # Saturday 31/12; 1/1/2023 a Sunday, 2/1 its day in lieu
        (2023, D(2024, 1, 2)),  # Sunday 31/12; 1/1/2024 New Year's Day
        (2024, D(2024, 12, 31)),
        (2025, D(2025, 12, 31)),
        (2026, D(2026, 12, 31)),
    ],
)
def test_work_due_at_the_end_of_the_plan_year_stays_in_the_plan_when_it_rolls_into_january(
    year, year_end_due
):
    plan = shifted(year)
    as_of = D(year + 1, 1, 31)
    evaluation = evaluate(plan, [], as_of=as_of, calendar=ESTIMATED)  # 2027 has no notice yet
    judged = {v.obligation.task.code for v in evaluation.verdicts}
    assert judged == {task.code for task in plan.tasks}  # all 63 tasks, whatever the weekday
    # "Năm YYYY" (I.12) is due on the year's last working day, rolled forward.
    assert evaluation.verdict("I.12", "SKHCN").obligation.due == year_end_due
    assert evaluation.verdict("I.12", "SKHCN").obligation.nominal_due == D(year, 12, 31)
    # Done on the rolled due date, the work is on time and completes the task.
    records = [done("I.12", "SKHCN", year_end_due)]
    on_time = evaluate(plan, records, as_of=as_of, calendar=ESTIMATED)
    assert on_time.verdict("I.12", "SKHCN").status is VerdictStatus.DONE_ON_TIME
    assert on_time.task_states()["I.12"] is TaskState.COMPLETED


@pytest.mark.parametrize(
    ("year", "due"),
    [
        (2021, D(2021, 2, 1)),  # Sunday 31/1
        (2022, D(2022, 2, 7)),  # Tết Nhâm Dần: 29/1 to 6/2
        (2025, D(2025, 2, 3)),  # Tết Ất Tỵ: 25/1 to 2/2
        (2026, D(2026, 2, 2)),  # Saturday 31/1
    ],
)
def test_work_due_in_tets_reach_moves_past_it_and_stays_in_the_plan(year, due):
    plan = shifted(year)
    evaluation = evaluate(plan, [], as_of=D(year, 2, 28))
    # I.2's "ban hành tháng 01" phase of I.1 is owed by each department: Sở Nội vụ's.
    v = evaluation.verdict("I.1", "SNV", "ban hành")
    assert (v.obligation.nominal_due, v.obligation.due) == (D(year, 1, 31), due)


# ---------------------------------------------------------------------------- not applicable


def test_a_task_reported_as_not_arising_leaves_every_count_and_is_never_overdue():
    # V.2 "Tổ chức tuyển dụng công chức … (khi đủ điều kiện)": the condition never came.
    records = [not_applicable("V.2", "SNV", D(2020, 6, 30), note="chưa đủ điều kiện")]
    evaluation = evaluate(PLAN, records, as_of=D(2021, 1, 15))
    v = evaluation.verdict("V.2", "SNV")
    assert v.status is VerdictStatus.NOT_APPLICABLE
    assert v.explain() == "hạn 31/12/2020 (Năm 2020) → không phát sinh (chưa đủ điều kiện)"
    assert evaluation.task_states()["V.2"] is TaskState.NOT_APPLICABLE
    assert evaluation.tasks_completed().denominator == 62
    assert evaluation.tasks_by_area()["V"].denominator == 3
    assert not v.status.due
    assert "V.2" not in evaluation.by_task()


def test_a_not_applicable_record_without_a_milestone_covers_every_due_point_of_the_agency():
    records = [not_applicable("I.6", "SNV", D(2020, 1, 2))]
    evaluation = evaluate(PLAN, records, as_of=SEPT)
    i6 = [v for v in evaluation.verdicts if v.obligation.task.code == "I.6"]
    assert {v.status for v in i6 if v.obligation.agency.code == "SNV"} == {
        VerdictStatus.NOT_APPLICABLE
    }
    assert evaluation.task_states()["I.6"] is TaskState.OVERDUE  # the other two leads owe


# ---------------------------------------------------------------------------- continuous work


def test_continuous_work_is_judged_reported_or_not_per_period_never_days_late():
    # I.11 "Thường xuyên" is assessed at each quarter's end.
    records = [going("I.11", "SNV", D(2020, 3, 25), milestone="đánh giá quý I/2020")]
    evaluation = evaluate(PLAN, records, as_of=SEPT)
    first, second, third, fourth = [
        v for v in evaluation.verdicts if v.obligation.task.code == "I.11"
    ]
    assert first.status is VerdictStatus.REPORTED
    assert first.explain() == "hạn 31/03/2020 (đánh giá quý I/2020) → đã báo cáo 25/03/2020"
    assert second.status is VerdictStatus.NO_REPORT
    assert (second.days_late, second.working_days_late) == (None, None)
    assert second.explain("en") == (
        "due 30/06/2020 (đánh giá quý II/2020) → no report → not met as of 30/09/2020"
    )
    assert third.status is VerdictStatus.NOT_DUE  # 30/9 is the evaluation date itself
    assert fourth.status is VerdictStatus.NOT_DUE


def test_a_due_date_on_an_estimated_calendar_says_so():
    plan = shifted(2027)
    calendar = vietnam_calendar(estimate=True)
    evaluation = evaluate(plan, [], as_of=D(2027, 4, 30), calendar=calendar)
    v = evaluation.verdict("I.2", "SNV")
    assert v.obligation.estimated
    assert evaluation.estimated
    assert v.explain() == (
        "hạn 31/03/2027 (Quý I/2027), ngày nghỉ ước tính → chưa báo cáo → quá hạn 30 ngày "
        "(20 ngày làm việc) tính đến 30/04/2027"
    )


# ---------------------------------------------------------------------------- roll-ups


def test_rates_count_only_what_was_due():
    records = [done("I.2", "SNV", D(2020, 3, 31)), done("I.5", "SNV", D(2020, 4, 6))]
    evaluation = evaluate(PLAN, records, as_of=D(2020, 4, 30))
    snv = evaluation.by_agency(Role.LEAD)["SNV"]
    # Due before 30/4 for SNV as lead, 19 in all: V.1 ban hành (31/12/2019); I.2, I.5
    # (31/3); I.6 in January to April (4); I.17 quý I (20/3); I.22 quý I (31/3); I.3 ban
    # hành and thực hiện (31/3); I.11 and IV.5, continuous, quý I (31/3); IV.7 ban hành
    # (31/3); and, as one of "các sở, ban, ngành": I.1 ban hành (31/1), III.4 continuous
    # quý I (31/3), III.5 for January, February (29/2, due 2/3) and March — April's is due
    # on 30/4 itself, not yet past.  Of them 2 are done, 1 on time.
    assert (snv.completed.numerator, snv.completed.denominator) == (2, 19)
    assert snv.on_time.numerator == 1


# ---------------------------------------------------------------------------- laws


@st.composite
def record_sets(draw, plan: Plan = PLAN):  # type: ignore[no-untyped-def]
    obligations = [o for o in plan_obligations(plan) if o.agency.code == "SNV"]
    chosen = draw(st.lists(st.sampled_from(obligations), max_size=25))
    records = []
    for o in chosen:
        milestone = o.milestone or (
            o.nominal_due.isoformat() if o.task.deadline.kind.value == "recurring" else None
        )
        when = draw(st.dates(D(2020, 1, 1), D(2020, 12, 31)))
        status = draw(st.sampled_from([Status.DONE, Status.IN_PROGRESS, Status.NOT_APPLICABLE]))
        dates = {"done_on": when} if status is Status.DONE else {"reported_on": when}
        records.append(
            ProgressRecord(
                task=o.task.code, agency=o.agency.code, milestone=milestone, status=status, **dates
            )
        )
    return records


AS_OF = st.dates(D(2020, 1, 1), D(2021, 1, 31))
RULES = st.sampled_from([CIVIL_CODE_148, PRECEDING_WORKING_DAY, NO_ROLL])


def _identity(evaluation):  # type: ignore[no-untyped-def]
    return [
        (o.task.code, o.agency.code, o.role, o.milestone, o.nominal_due)
        for o in (v.obligation for v in evaluation.verdicts)
    ]


# Each example evaluates the whole plan: fewer examples than the profile's default.
@settings(max_examples=30)
@given(record_sets(), AS_OF, AS_OF, RULES)
def test_the_obligations_judged_depend_on_neither_the_date_nor_the_due_date_rule(
    records, as_of, other_day, rule
):
    evaluation = evaluate(PLAN, records, as_of=as_of, rule=rule)
    assert [v.obligation for v in evaluation.verdicts] == plan_obligations(PLAN, rule=rule)
    assert _identity(evaluation) == _identity(evaluate(PLAN, records, as_of=other_day))


@settings(max_examples=30)
@given(record_sets(), record_sets(), AS_OF)
@example(  # a later record may say the work did not arise: not applicable, never overdue
    before=[going("III.4", "SNV", D(2020, 1, 1), "đánh giá quý III/2020")],
    added=[
        ProgressRecord(
            task="III.4",
            agency="SNV",
            milestone="đánh giá quý III/2020",
            status=Status.NOT_APPLICABLE,
            reported_on=D(2020, 1, 1),
        )
    ],
    as_of=D(2020, 1, 1),
)
def test_adding_records_never_turns_done_work_into_overdue(before, added, as_of):
    first = evaluate(PLAN, before, as_of=as_of)
    second = evaluate(PLAN, before + added, as_of=as_of)
    for old, new in zip(first.verdicts, second.verdicts, strict=True):
        if old.status.done:
            assert new.status.done or new.status is VerdictStatus.NOT_APPLICABLE


@settings(max_examples=30)
@given(record_sets(), AS_OF)
def test_rates_stay_between_zero_and_one_and_areas_add_up_to_the_plan(records, as_of):
    evaluation = evaluate(PLAN, records, as_of=as_of)
    overall = evaluation.overall()
    areas = evaluation.by_area().values()
    assert sum(a.completed.numerator for a in areas) == overall.completed.numerator
    assert sum(a.completed.denominator for a in areas) == overall.completed.denominator
    assert sum(a.on_time.numerator for a in areas) == overall.on_time.numerator
    tasks = evaluation.tasks_completed()
    by_area = evaluation.tasks_by_area().values()
    assert sum(r.numerator for r in by_area) == tasks.numerator
    assert sum(r.denominator for r in by_area) == tasks.denominator
    for summary in (overall, *areas):
        for rate in (summary.completed, summary.on_time):
            assert rate.value is None or 0 <= rate.value <= 1


@settings(max_examples=30)
@given(record_sets(), AS_OF)
def test_work_reported_as_not_arising_never_counts_in_a_denominator(records, as_of):
    evaluation = evaluate(PLAN, records, as_of=as_of)
    states = evaluation.task_states()
    na = {code for code, state in states.items() if state is TaskState.NOT_APPLICABLE}
    assert evaluation.tasks_completed().denominator == 63 - len(na)
    for code, area_rate in evaluation.tasks_by_area().items():
        area = PLAN.area(code)
        assert area_rate.denominator == sum(t.code not in na for t in area.tasks)
    na_verdicts = [v for v in evaluation.verdicts if v.status is VerdictStatus.NOT_APPLICABLE]
    due = sum(v.status.due for v in evaluation.verdicts)
    assert evaluation.overall().completed.denominator == due
    assert all(not v.status.due for v in na_verdicts)


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.plans())
def test_every_lead_obligation_done_on_time_gives_full_completion_for_any_plan(plan):
    records = every_lead_done_on_time(plan, ESTIMATED)
    last = max((r.done_on for r in records if r.done_on), default=D(plan.year, 12, 31))
    evaluation = evaluate(plan, records, as_of=max(last, D(plan.year, 12, 31)), calendar=ESTIMATED)
    rate = evaluation.tasks_completed()
    assert rate.numerator == rate.denominator
    assert rate.denominator == sum(
        state is not TaskState.NOT_ASSESSABLE for state in evaluation.task_states().values()
    )


def test_the_default_policy_is_described_with_its_sources():
    text = DEFAULT_POLICY.describe("vi")
    assert "leads-owe" in text
    assert "before-due-date" in text
    assert DEFAULT_POLICY.accountability.source
    assert DEFAULT_POLICY.early.source
    assert attrs.evolve(DEFAULT_POLICY, early=EarlyRule.working_days(1)).early.margin == 1


def test_records_dated_after_the_evaluation_date_are_kept_aside_not_dropped():
    from cchc_model import ProgressRecord, Status, datasets, evaluate

    plan = datasets.load("an-giang-2020")
    now = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE, done_on=D(2020, 3, 20))
    later = ProgressRecord(task="I.5", agency="SNV", status=Status.DONE, done_on=D(2020, 9, 1))
    evaluation = evaluate(plan, [now, later], as_of=D(2020, 6, 30))
    assert evaluation.later_records == (later,)


@pytest.mark.parametrize(
    "as_of", [D(2020, 1, 15), D(2020, 3, 31), D(2020, 6, 30), D(2020, 9, 30), D(2021, 1, 31)]
)
def test_the_tasks_come_due_lie_between_the_completed_and_all_those_counted(as_of):
    evaluation = evaluate(PLAN, RECORDS, as_of=as_of)
    of_due = evaluation.tasks_completed_of_due()
    of_plan = evaluation.tasks_completed()
    states = evaluation.task_states()
    overdue = sum(state is TaskState.OVERDUE for state in states.values())
    # Every completed task has come due, and so has every overdue one.
    assert of_due.numerator == of_plan.numerator
    assert of_due.numerator + overdue <= of_due.denominator <= of_plan.denominator
    if as_of > D(2021, 1, 1):  # after the year, every counted task has come due
        assert of_due == of_plan


def test_a_task_whose_due_points_have_not_come_is_not_yet_due():
    evaluation = evaluate(PLAN, [], as_of=D(2019, 11, 1))
    assert evaluation.tasks_completed_of_due().denominator == 0
    assert evaluation.tasks_completed().denominator > 0


def test_the_counts_of_verdicts_add_up_to_every_verdict_by_status():
    evaluation = evaluate(PLAN, RECORDS, as_of=D(2020, 9, 30))
    counts = evaluation.count()
    assert sum(counts.values()) == len(evaluation.verdicts)
    for status, count in counts.items():
        assert count == sum(v.status is status for v in evaluation.verdicts)
    assert max(counts.values()) > 1


def test_asking_for_a_verdict_that_does_not_exist_says_which():
    evaluation = evaluate(PLAN, [], as_of=D(2020, 9, 30))
    with pytest.raises(KeyError) as missing:
        evaluation.verdict("I.1", "Báo An Giang")
    assert missing.value.args[0] == "no verdict on task I.1 for Báo An Giang"
    with pytest.raises(KeyError) as unknown:
        evaluation.verdict("I.1", "Sở Ngoại giao")
    assert unknown.value.args[0] == "no verdict on task I.1 for 'Sở Ngoại giao': no such agency"


def test_rates_by_task_are_keyed_by_the_plans_task_codes():
    evaluation = evaluate(PLAN, RECORDS, as_of=D(2020, 9, 30))
    by_task = evaluation.by_task()
    codes = [task.code for task in PLAN.tasks]
    assert by_task
    assert set(by_task) <= set(codes)
    assert list(by_task) == [code for code in codes if code in by_task]


def test_an_evaluation_as_json_speaks_the_language_asked():
    evaluation = evaluate(PLAN, RECORDS, as_of=D(2020, 9, 30))
    assert '"as_of_line": "As of 30/09/2020' in evaluation.to_json("en")
    assert '"as_of_line": "Tính đến ngày 30/09/2020' in evaluation.to_json()


def _ending(verdict, lang):  # type: ignore[no-untyped-def]
    """What a done verdict's explanation ends with, in ``lang``, from its own fields."""
    late = verdict.working_days_late
    if verdict.status is VerdictStatus.DONE_LATE:
        unit = ("working day" if late == 1 else "working days") if lang == "en" else ""
        return f"{late} {unit} late" if lang == "en" else f"trễ {late} ngày làm việc"
    words = {
        VerdictStatus.DONE_EARLY: ("early", "trước hạn"),
        VerdictStatus.DONE_ON_TIME: ("on time", "đúng hạn"),
    }[verdict.status]
    return words[0] if lang == "en" else words[1]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_explanation_says_the_due_date_the_nominal_one_and_the_outcome(lang):
    evaluation = evaluate(PLAN, RECORDS, as_of=SEPT)
    due_word, nominal_word = ("due", "nominally") if lang == "en" else ("hạn", "theo kế hoạch")
    done_word, reported_word = (
        ("done", "reported") if lang == "en" else ("hoàn thành", "đã báo cáo")
    )
    for verdict in evaluation.verdicts:
        o = verdict.obligation
        text = verdict.explain(lang)
        assert text.startswith(f"{due_word} {o.due:%d/%m/%Y} (")
        assert (f", {nominal_word} {o.nominal_due:%d/%m/%Y} →" in text) == (o.nominal_due != o.due)
        record = verdict.record
        if verdict.status in (
            VerdictStatus.DONE_EARLY,
            VerdictStatus.DONE_ON_TIME,
            VerdictStatus.DONE_LATE,
        ):
            assert record is not None
            assert record.done_on is not None
            assert f"→ {done_word} {record.done_on:%d/%m/%Y} → " in text
            assert text.endswith(_ending(verdict, lang))
        elif verdict.status is VerdictStatus.REPORTED:
            assert record is not None
            reported = record.reported_on or record.done_on
            assert text.endswith(f"→ {reported_word} {reported:%d/%m/%Y}")
        elif verdict.status is VerdictStatus.NOT_APPLICABLE:
            label = "not applicable" if lang == "en" else "không phát sinh"
            assert f"→ {label}" in text
            if record is not None and record.note:
                assert text.endswith(f"({record.note})")


def test_a_task_due_on_the_day_of_the_evaluation_has_not_yet_come_due():
    first_due = min(o.due for o in plan_obligations(PLAN) if o.role is Role.LEAD)
    assert evaluate(PLAN, [], as_of=first_due).tasks_completed_of_due().denominator == 0
    later = evaluate(PLAN, [], as_of=first_due + datetime.timedelta(days=1))
    assert later.tasks_completed_of_due().denominator > 0


def test_a_rate_of_nothing_shows_a_dash():
    assert str(Rate(0, 0)) == "0/0 (—)"
    assert str(Rate(1, 3)) == "1/3 (33%)"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_evaluations_reports_are_the_report_functions(lang):
    from cchc_model.formats import reports

    evaluation = evaluate(PLAN, RECORDS, as_of=SEPT)
    assert evaluation.to_text(lang) == reports.to_text(evaluation, lang)
    assert evaluation.to_markdown(lang) == reports.to_markdown(evaluation, lang)
    assert evaluation.to_csv(lang) == reports.to_csv(evaluation, lang)
    assert evaluation.to_json(lang) == reports.to_json(evaluation, lang)
    assert evaluation.to_text("en") != evaluation.to_text("vi")


def test_an_evaluations_reports_are_in_vietnamese_unless_asked_otherwise():
    evaluation = evaluate(PLAN, RECORDS, as_of=SEPT)
    assert evaluation.to_text() == evaluation.to_text("vi")
    assert evaluation.to_markdown() == evaluation.to_markdown("vi")
    assert evaluation.to_csv() == evaluation.to_csv("vi")


def test_an_overdue_explanation_gives_the_reported_state_in_the_language_asked():
    # Task I.2's lead reported "in progress" on 06/08 for the report due 05/08/2020.
    evaluation = evaluate(PLAN, RECORDS, as_of=SEPT)
    overdue = [
        v
        for v in evaluation.verdicts
        if v.status is VerdictStatus.OVERDUE
        and v.record is not None
        and v.record.status is Status.IN_PROGRESS
        and v.obligation.due == D(2020, 8, 5)
    ]
    assert len(overdue) == 1
    verdict = overdue[0]
    what = verdict.obligation.task.deadline_text
    # 05/08 to 30/09: 26 days of August and 30 of September.
    assert verdict.explain("en") == (
        f"due 05/08/2020 ({what}) → in progress (reported 06/08/2020) → "
        f"56 days ({verdict.working_days_late} working days) overdue as of 30/09/2020"
    )
    assert verdict.explain("vi") == (
        f"hạn 05/08/2020 ({what}) → đang thực hiện (báo cáo 06/08/2020) → "
        f"quá hạn 56 ngày ({verdict.working_days_late} ngày làm việc) tính đến 30/09/2020"
    )


def test_an_explanation_names_a_recurring_task_as_written_and_others_as_read():
    evaluation = evaluate(PLAN, RECORDS, as_of=SEPT)
    recurring = next(
        v
        for v in evaluation.verdicts
        if v.obligation.milestone is None and v.obligation.task.deadline.kind.value == "recurring"
    )
    written = attrs.evolve(recurring.obligation.task, deadline_text="Ngày 05 hằng tháng (theo mẫu)")
    as_written = attrs.evolve(
        recurring, obligation=attrs.evolve(recurring.obligation, task=written)
    )
    assert as_written.explain().startswith(
        f"hạn {recurring.obligation.due:%d/%m/%Y} (Ngày 05 hằng tháng (theo mẫu))"
    )
    # "Tháng 01/2020" as printed, "Tháng 1/2020" as read: the reading is shown.
    month = next(
        v for v in evaluation.verdicts if v.obligation.task.deadline_text == "Tháng 01/2020"
    )
    assert month.explain().startswith("hạn 31/01/2020 (Tháng 1/2020) → ")
    phase = next(v for v in evaluation.verdicts if v.obligation.milestone == "ban hành")
    assert "(ban hành) → " in phase.explain()


def test_an_explanation_says_when_its_due_date_rests_on_an_estimated_calendar():
    evaluation = evaluate(PLAN, RECORDS, as_of=SEPT)
    verdict = evaluation.verdicts[0]
    point = attrs.evolve(verdict.obligation.point, estimated=True)
    estimated = attrs.evolve(verdict, obligation=attrs.evolve(verdict.obligation, point=point))
    assert ", on an estimated calendar → " in estimated.explain("en")
    assert ", ngày nghỉ ước tính → " in estimated.explain("vi")


def test_rates_by_agency_count_each_role_apart_when_partners_owe_too():
    partners = evaluate(PLAN, [], as_of=SEPT, policy=AssessmentPolicy(accountability=PARTNERS_OWE))
    due = [v for v in partners.verdicts if v.status.due]
    for role in (Role.LEAD, Role.COORDINATING):
        expected = collections.Counter(
            v.obligation.agency.code for v in due if v.obligation.role is role
        )
        rates = partners.by_agency(role)
        assert {code: rate.completed.denominator for code, rate in rates.items()} == dict(expected)
    both = collections.Counter(v.obligation.agency.code for v in due)
    assert {c: r.completed.denominator for c, r in partners.by_agency().items()} == dict(both)


def test_before_anything_is_due_the_overall_rates_are_of_nothing():
    first_due = min(o.due for o in plan_obligations(PLAN) if o.role is Role.LEAD)
    overall = evaluate(PLAN, [], as_of=first_due - datetime.timedelta(days=1)).overall()
    assert overall.completed == Rate(0, 0)
    assert overall.on_time == Rate(0, 0)


@pytest.mark.parametrize(
    ("numerator", "denominator", "message"),
    [
        (1, 0, "a rate is 0 to 0, not 1"),
        (3, 2, "a rate is 0 to 2, not 3"),
        (-1, 2, "a rate is 0 to 2, not -1"),
    ],
)
def test_a_rate_counts_no_more_than_its_whole_and_no_less_than_nothing(
    numerator, denominator, message
):
    with pytest.raises(ValueError, match=r"^a rate is 0 to ") as refused:
        Rate(numerator, denominator)
    assert str(refused.value) == message
    assert Rate(2, 2).fraction == 1
    assert Rate(0, 2).fraction == 0


def test_work_done_by_the_cutoff_counts_however_late_its_report_is_written():
    late_reports = [
        attrs.evolve(record, reported_on=D(2021, 1, 20)) for record in every_lead_done_on_time(PLAN)
    ]
    evaluation = evaluate(PLAN, late_reports, as_of=D(2021, 2, 1))
    assert str(evaluation.tasks_completed()) == "63/63 (100%)"


def test_before_anything_is_due_every_task_without_a_record_is_not_yet_due():
    first_due = min(o.due for o in plan_obligations(PLAN) if o.role is Role.LEAD)
    states = evaluate(PLAN, [], as_of=first_due - datetime.timedelta(days=1)).task_states()
    assert set(states.values()) <= {TaskState.NOT_DUE, TaskState.NOT_ASSESSABLE}
    assert TaskState.NOT_DUE in set(states.values())


def test_a_record_without_a_milestone_answers_for_a_span_only_when_the_span_has_an_end():
    from cchc_model.assessment.compliance import _single_point

    assert _single_point(parse_deadline("Từ nay đến hết năm 2026"))
    assert not _single_point(parse_deadline("Năm 2026 và các năm tiếp theo"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_explanation_of_work_not_yet_due_and_of_continuous_work_not_reported(lang):
    evaluation = evaluate(PLAN, RECORDS, as_of=SEPT)
    not_due = next(v for v in evaluation.verdicts if v.status is VerdictStatus.NOT_DUE)
    ending = {"vi": " → chưa đến hạn", "en": " → not yet due"}[lang]
    assert not_due.explain(lang).endswith(ending)
    continuous = next(
        v
        for v in evaluation.verdicts
        if v.status is VerdictStatus.NO_REPORT and v.days_late is None
    )
    ending = {
        "vi": " → chưa báo cáo → chưa đạt tính đến 30/09/2020",
        "en": " → no report → not met as of 30/09/2020",
    }[lang]
    assert continuous.explain(lang).endswith(ending)


def test_the_calendar_given_decides_when_a_due_date_rolls():
    # Task I.2 "Quý I/2020" is due on Tuesday 31/3/2020; a province's day off that day
    # moves it to Wednesday 1/4 under Civil Code art. 148 (the default rule).
    day_off = vietnam_calendar().with_day_off(
        D(2020, 3, 31), "Nghỉ theo quyết định của tỉnh", Source(document="1/QĐ-UBND")
    )
    dues = {
        v.obligation.due
        for v in evaluate(PLAN, [], as_of=SEPT, calendar=day_off).verdicts
        if v.obligation.task.code == "I.2"
    }
    assert dues == {D(2020, 4, 1)}
    default = {
        v.obligation.due
        for v in evaluate(PLAN, [], as_of=SEPT).verdicts
        if v.obligation.task.code == "I.2"
    }
    assert default == {D(2020, 3, 31)}


def test_every_verdict_keeps_the_day_it_was_judged_on_and_the_record_it_was_judged_by():
    evaluation = evaluate(PLAN, RECORDS, as_of=SEPT)
    assert {v.as_of for v in evaluation.verdicts} == {SEPT}
    judged = [v for v in evaluation.verdicts if v.record is not None]
    assert {v.status for v in judged} >= {
        VerdictStatus.IN_PROGRESS,
        VerdictStatus.REPORTED,
        VerdictStatus.DONE_ON_TIME,
        VerdictStatus.NOT_APPLICABLE,
    }
    by_key = {(r.task, r.agency) for r in RECORDS}
    assert all((v.obligation.task.code, v.obligation.agency.code) in by_key for v in judged)
    # A report made before the due date stays with a verdict that is not yet due.
    early = going("I.2", "SNV", D(2020, 3, 2))
    verdict = next(
        v
        for v in evaluate(PLAN, [early], as_of=D(2020, 3, 3)).verdicts
        if v.obligation.task.code == "I.2" and v.obligation.agency.code == "SNV"
    )
    assert verdict.status is VerdictStatus.IN_PROGRESS
    assert verdict.record == early


def test_continuous_work_is_assessed_at_the_end_of_the_period_the_policy_names():
    monthly = AssessmentPolicy(continuous_every=PeriodUnit.MONTH)
    quarterly = evaluate(PLAN, [], as_of=SEPT)
    by_month = evaluate(PLAN, [], as_of=SEPT, policy=monthly)

    def continuous(evaluation):  # type: ignore[no-untyped-def]
        return [
            v.obligation.due
            for v in evaluation.verdicts
            if v.obligation.task.deadline.kind.value == "continuous" and v.obligation.milestone
        ]

    assert len(continuous(by_month)) == 3 * len(continuous(quarterly))


def test_a_record_dated_after_the_evaluation_is_not_yet_known():
    after = done("I.2", "SNV", D(2020, 3, 20), reported_on=D(2020, 10, 5))
    verdict = next(
        v
        for v in evaluate(PLAN, [after], as_of=SEPT).verdicts
        if v.obligation.task.code == "I.2" and v.obligation.agency.code == "SNV"
    )
    assert verdict.record is None
    assert verdict.status is VerdictStatus.NO_REPORT
