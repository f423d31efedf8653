"""Verdicts on the bundled An Giang 2020 plan, worked out by hand, and the laws of evaluation."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model import datasets
from cchc_model.assessment.compliance import VerdictStatus, evaluate
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.scheduling.schedule import Role

D = datetime.date
PLAN = datasets.load("an-giang-2020")
SEPT = D(2020, 9, 30)


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


def verdict(records, task, agency, as_of=SEPT, milestone=None):  # type: ignore[no-untyped-def]
    return evaluate(PLAN, records, as_of=as_of).verdict(task, agency, milestone)


# I.2 "Quý I/2020" is due on Tuesday 31/3/2020.


def test_done_by_the_due_date_is_on_time():
    v = verdict([done("I.2", "SNV", D(2020, 3, 31))], "I.2", "SNV")
    assert v.status is VerdictStatus.DONE_ON_TIME
    assert v.explain() == "hạn 31/03/2020 (Quý I/2020) → hoàn thành 31/03/2020 → đúng hạn"


def test_done_five_working_days_ahead_is_early():
    # 24/3 → 31/3: 25, 26, 27, 30, 31 March are five working days.
    assert verdict([done("I.2", "SNV", D(2020, 3, 24))], "I.2", "SNV").status is (
        VerdictStatus.DONE_EARLY
    )
    assert verdict([done("I.2", "SNV", D(2020, 3, 25))], "I.2", "SNV").status is (
        VerdictStatus.DONE_ON_TIME
    )


def test_done_after_the_due_date_is_late_by_calendar_and_working_days():
    v = verdict([done("I.2", "SNV", D(2020, 4, 6))], "I.2", "SNV")
    assert v.status is VerdictStatus.DONE_LATE
    # 1/4 and 3/4 are working days, 2/4 is Giỗ Tổ Hùng Vương, 4–5/4 a weekend, 6/4 a Monday.
    assert (v.days_late, v.working_days_late) == (6, 3)
    assert v.explain("en") == "due 31/03/2020 (Quý I/2020) → done 06/04/2020 → 3 working days late"


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


def test_an_open_window_not_yet_due_is_not_due_and_a_future_window_gets_no_verdict():
    evaluation = evaluate(PLAN, [], as_of=SEPT)
    assert evaluation.verdict("I.12", "SKHCN").status is VerdictStatus.NOT_DUE  # Năm 2020
    with pytest.raises(KeyError):
        evaluation.verdict("I.18", "SYT")  # Quý IV/2020 opens on 1/10


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
    assert [v.status for v in i6] == [VerdictStatus.NO_REPORT] * 2 + [
        VerdictStatus.DONE_ON_TIME
    ] + [VerdictStatus.NO_REPORT] * 6
    assert (
        i6[0]
        .explain()
        .startswith(
            "hạn 06/01/2020 (Báo cáo và công bố ngày 05 hàng tháng), theo kế hoạch 05/01/2020"
        )
    )


def test_a_phase_is_judged_phase_by_phase():
    # Done on Monday 20/1, due Friday 31/1: only 21, 22, 30 and 31 January are working days
    # between them (Tết), so it is on time, not early.
    records = [done("III.1", "VPUBND", D(2020, 1, 20), milestone="ban hành")]
    evaluation = evaluate(PLAN, records, as_of=SEPT)
    assert evaluation.verdict("III.1", "VPUBND", "ban hành").status is VerdictStatus.DONE_ON_TIME
    with pytest.raises(KeyError):  # "Kết thúc tháng 12/2020" opens on 1/12
        evaluation.verdict("III.1", "VPUBND", "kết thúc")
    december = evaluate(PLAN, records, as_of=D(2020, 12, 15))
    assert december.verdict("III.1", "VPUBND", "kết thúc").status is VerdictStatus.NOT_DUE


def test_rates_count_only_what_was_due():
    records = [done("I.2", "SNV", D(2020, 3, 31)), done("I.5", "SNV", D(2020, 4, 6))]
    evaluation = evaluate(PLAN, records, as_of=D(2020, 4, 30))
    snv = evaluation.by_agency(Role.LEAD)["SNV"]
    # Due by 30/4 for SNV as lead: I.2, I.5 (31/3), I.6 in Jan–Apr (4), I.17 quý I (20/3),
    # I.22 quý I (31/3), I.3 ban hành (31/3), I.4 is due 30/6, I.11 assessment 31/3.
    assert snv.completed.numerator == 2
    assert snv.on_time.numerator == 1
    assert 0 <= snv.completed.value <= 1


@st.composite
def record_sets(draw):  # type: ignore[no-untyped-def]
    obligations = PLAN.schedule(D(2020, 1, 1), D(2020, 12, 31), agency="SNV")
    chosen = draw(st.lists(st.sampled_from(obligations), max_size=25))
    records = []
    for o in chosen:
        milestone = o.milestone or (
            o.nominal_due.isoformat() if o.task.deadline.kind.value == "recurring" else None
        )
        when = draw(st.dates(D(2020, 1, 1), D(2020, 12, 31)))
        status = draw(st.sampled_from([Status.DONE, Status.IN_PROGRESS]))
        dates = {"done_on": when} if status is Status.DONE else {"reported_on": when}
        records.append(
            ProgressRecord(
                task=o.task.code, agency=o.agency.code, milestone=milestone, status=status, **dates
            )
        )
    return records


AS_OF = st.dates(D(2020, 1, 1), D(2020, 12, 31))


# Each example evaluates the whole plan: fewer examples than the profile's default.
@settings(max_examples=40)
@given(record_sets(), AS_OF)
def test_every_obligation_due_or_open_gets_exactly_one_verdict(records, as_of):
    evaluation = evaluate(PLAN, records, as_of=as_of)
    obligations = PLAN.schedule(D(2019, 1, 1), D(2020, 12, 31))
    expected = [o for o in obligations if o.due <= as_of or (o.opens or o.due) <= as_of]
    assert [v.obligation for v in evaluation.verdicts] == expected


@settings(max_examples=40)
@given(record_sets(), record_sets(), AS_OF)
def test_adding_records_never_turns_done_work_into_overdue(before, added, as_of):
    first = evaluate(PLAN, before, as_of=as_of)
    second = evaluate(PLAN, before + added, as_of=as_of)
    for old, new in zip(first.verdicts, second.verdicts, strict=True):
        if old.status.done:
            assert new.status.done


@settings(max_examples=40)
@given(record_sets(), AS_OF)
def test_rates_stay_between_zero_and_one_and_areas_add_up_to_the_plan(records, as_of):
    evaluation = evaluate(PLAN, records, as_of=as_of)
    overall = evaluation.overall()
    areas = evaluation.by_area().values()
    assert sum(a.completed.numerator for a in areas) == overall.completed.numerator
    assert sum(a.completed.denominator for a in areas) == overall.completed.denominator
    assert sum(a.on_time.numerator for a in areas) == overall.on_time.numerator
    for summary in (overall, *areas):
        for rate in (summary.completed, summary.on_time):
            assert rate.value is None or 0 <= rate.value <= 1
