"""A plan's obligation table: judged again and again, the same as evaluate() reads the rules.

The table joins records to obligations through an index and judges them in columns
(``cchc_model.assessment._judging``).  These tests hold it to the rules as the module
states them, read one obligation at a time by :func:`reference_verdicts` below — sort the
records by date, let the latest win unless done work would be undone, find each
obligation's record by milestone, then ISO date, then a record without a milestone — on
records drawn to hit every corner: several records for one obligation, ties of date and
row, milestones in other letter cases, records from after the evaluation date, records
naming nothing in the plan.
"""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model import datasets
from cchc_model.assessment.compliance import (
    Evaluation,
    ObligationTable,
    VerdictStatus,
    evaluate,
)
from cchc_model.assessment.policy import DEFAULT_POLICY, NEVER_EARLY, EarlyRule
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.language.deadlines import (
    DateDeadline,
    PeriodDeadline,
    PointInPeriod,
    Span,
    WeekOfMonth,
)
from cchc_model.scheduling.calendar import CalendarCoverageError, vietnam_calendar
from cchc_model.scheduling.duedates import NO_ROLL
from cchc_model.scheduling.schedule import Obligation

D = datetime.date
PLAN = datasets.load("an-giang-2020")
CALENDAR = vietnam_calendar()
TABLE = ObligationTable.of(PLAN, calendar=CALENDAR)
OBLIGATIONS = TABLE.obligations
SEPT = D(2020, 9, 30)
EARLY_RULES = (DEFAULT_POLICY.early, NEVER_EARLY, EarlyRule.working_days(3))


# ----------------------------------------------------------------------------- the rules


def _single_point(obligation: Obligation) -> bool:
    deadline = obligation.task.deadline
    if isinstance(deadline, PeriodDeadline):
        return len(deadline.windows) == 1
    if isinstance(deadline, Span):
        return deadline.end is not None
    return isinstance(deadline, (DateDeadline, PointInPeriod, WeekOfMonth))


def reference_verdicts(
    records: list[ProgressRecord], as_of: D, early: EarlyRule
) -> list[tuple[VerdictStatus, ProgressRecord | None, int | None, int | None]]:
    """The verdicts read one obligation at a time, as the compliance module states them."""
    latest: dict[tuple[str, str], dict[str | None, ProgressRecord]] = {}
    for record in sorted(records, key=lambda r: (r.dated or D.min, r.row or 0)):
        if (record.dated is not None and record.dated > as_of) or (
            record.done_on is not None and record.done_on > as_of
        ):
            continue
        mine = latest.setdefault((record.task, record.agency), {})
        key = None if record.milestone is None else record.milestone.casefold()
        known = mine.get(key)
        if known is None or record.status is Status.DONE or known.status is not Status.DONE:
            mine[key] = record
    out = []
    for o in OBLIGATIONS:
        mine = latest.get((o.task.code, o.agency.code), {})
        record = (o.milestone is not None and mine.get(o.milestone.casefold())) or mine.get(
            o.nominal_due.isoformat()
        )
        if not record:
            whole = mine.get(None)
            record = (
                whole
                if whole is not None
                and (
                    whole.status is Status.NOT_APPLICABLE
                    or (o.milestone is None and _single_point(o))
                )
                else None
            )
        out.append(_judge(o, record, as_of, early))
    return out


def _judge(
    o: Obligation, record: ProgressRecord | None, as_of: D, early: EarlyRule
) -> tuple[VerdictStatus, ProgressRecord | None, int | None, int | None]:
    due = o.due
    status = None if record is None else record.status
    if status is Status.NOT_APPLICABLE:
        return VerdictStatus.NOT_APPLICABLE, record, None, None
    if o.point.continuous:
        if status in (Status.DONE, Status.IN_PROGRESS):
            return VerdictStatus.REPORTED, record, None, None
        if due < as_of:
            return (
                (VerdictStatus.NO_REPORT if record is None else VerdictStatus.OVERDUE),
                (record),
                None,
                None,
            )
        return VerdictStatus.NOT_DUE, record, None, None
    if record is not None and status is Status.DONE and record.done_on is not None:
        finished = record.done_on
        if finished > due:
            working = CALENDAR.working_days_between(due, finished)
            return VerdictStatus.DONE_LATE, record, (finished - due).days, working
        if early.is_early(finished, due, CALENDAR):
            return VerdictStatus.DONE_EARLY, record, None, None
        return VerdictStatus.DONE_ON_TIME, record, None, None
    if due < as_of:
        status_now = VerdictStatus.NO_REPORT if record is None else VerdictStatus.OVERDUE
        working = CALENDAR.working_days_between(due, as_of)
        return status_now, record, (as_of - due).days, working
    if status is Status.IN_PROGRESS:
        return VerdictStatus.IN_PROGRESS, record, None, None
    return VerdictStatus.NOT_DUE, record, None, None


def columns(evaluation: Evaluation) -> list[tuple[object, ...]]:
    return list(
        zip(
            evaluation.statuses,
            evaluation.records,
            evaluation.days_late,
            evaluation.working_days_late,
            strict=True,
        )
    )


# ----------------------------------------------------------------------------- records


@st.composite
def tricky_records(draw: st.DrawFn) -> list[ProgressRecord]:
    """Records that hit every corner of the join (a few dozen per example)."""
    chosen = draw(st.lists(st.sampled_from(OBLIGATIONS), max_size=30))
    records = []
    for o in chosen:
        for _ in range(draw(st.integers(1, 3))):  # several records for one obligation
            written = o.milestone or "kết thúc"
            milestone = draw(
                st.sampled_from(
                    [
                        o.milestone,
                        written.upper(),
                        written.casefold(),
                        o.nominal_due.isoformat(),
                        None,
                        "giai đoạn không có",  # names no obligation
                    ]
                )
            )
            status = draw(st.sampled_from(list(Status)))
            day = draw(st.dates(D(2019, 12, 1), D(2021, 2, 28)))
            reported = draw(st.none() | st.dates(D(2019, 12, 1), D(2021, 2, 28)))
            row = draw(st.none() | st.integers(1, 4))  # ties of date and row happen
            dates = (
                {"done_on": day, "reported_on": reported}
                if status is Status.DONE
                else {"reported_on": reported}
            )
            records.append(
                ProgressRecord(
                    task=o.task.code,
                    agency=o.agency.code,
                    milestone=milestone,
                    status=status,
                    row=row,
                    **dates,
                )
            )
    if draw(st.booleans()):
        records.append(ProgressRecord(task="IX.99", agency="SNV", status=Status.NOT_STARTED))
    return records


AS_OF = st.dates(D(2020, 1, 1), D(2021, 1, 31))


@settings(max_examples=60)
@given(tricky_records(), AS_OF, st.sampled_from(EARLY_RULES))
def test_the_table_judges_every_obligation_as_the_rules_read_one_at_a_time(records, as_of, early):
    table = ObligationTable.of(
        PLAN, calendar=CALENDAR, policy=attrs.evolve(DEFAULT_POLICY, early=early)
    )
    evaluation = table.evaluate(records, as_of=as_of)
    assert columns(evaluation) == reference_verdicts(records, as_of, early)


@settings(max_examples=40)
@given(tricky_records(), AS_OF, st.randoms(use_true_random=False))
def test_the_order_records_come_in_matters_only_between_records_of_the_same_day_and_row(
    records, as_of, rnd
):
    # Rows numbered as a file numbers them: no two records tie, so no order can matter.
    numbered = [attrs.evolve(record, row=row) for row, record in enumerate(records, 2)]
    shuffled = list(numbered)
    rnd.shuffle(shuffled)
    first, second = TABLE.evaluate(numbered, as_of=as_of), TABLE.evaluate(shuffled, as_of=as_of)
    assert columns(first) == columns(second)
    assert [r.row for r in first.later_records] == [r.row for r in second.later_records]


@settings(max_examples=30)
@given(tricky_records(), AS_OF)
def test_a_table_evaluated_again_gives_what_evaluating_the_plan_gives(records, as_of):
    again = TABLE.evaluate(records, as_of=as_of)
    fresh = evaluate(PLAN, records, as_of=as_of, calendar=CALENDAR)
    assert again == fresh
    assert again.verdicts == fresh.verdicts


def test_the_records_after_the_evaluation_date_are_kept_in_date_order():
    records = [
        ProgressRecord(
            task="I.2", agency="SNV", status=Status.IN_PROGRESS, reported_on=D(2020, 5, day)
        )
        for day in (9, 3, 7)
    ]
    evaluation = TABLE.evaluate(records, as_of=D(2020, 4, 30))
    assert [r.reported_on for r in evaluation.later_records] == [
        D(2020, 5, 3),
        D(2020, 5, 7),
        D(2020, 5, 9),
    ]


def test_of_two_records_on_the_same_day_and_row_the_one_given_last_wins():
    first, second = (
        ProgressRecord(
            task="I.2", agency="SNV", status=Status.IN_PROGRESS, reported_on=D(2020, 3, 2), note=n
        )
        for n in ("một", "hai")
    )
    assert TABLE.evaluate([first, second], as_of=D(2020, 3, 5)).verdict("I.2", "SNV").record is (
        second
    )
    assert TABLE.evaluate([second, first], as_of=D(2020, 3, 5)).verdict("I.2", "SNV").record is (
        first
    )


def test_a_record_without_a_row_comes_before_the_rows_of_a_file_on_the_same_day():
    day = D(2020, 3, 2)
    from_file, typed = (
        ProgressRecord(
            task="I.2", agency="SNV", status=Status.IN_PROGRESS, reported_on=day, row=row
        )
        for row in (1, None)
    )
    verdict = TABLE.evaluate([from_file, typed], as_of=D(2020, 3, 5)).verdict("I.2", "SNV")
    assert verdict.record is from_file
    later = TABLE.evaluate([from_file, typed], as_of=D(2020, 3, 1)).later_records
    assert [record.row for record in later] == [None, 1]  # rows are not part of equality


def test_a_later_in_progress_record_does_not_undo_done_work_whatever_the_order_given():
    finished = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE, done_on=D(2020, 3, 2))
    going = ProgressRecord(
        task="I.2", agency="SNV", status=Status.IN_PROGRESS, reported_on=D(2020, 3, 20)
    )
    for order in ([finished, going], [going, finished]):
        verdict = TABLE.evaluate(order, as_of=D(2020, 4, 30)).verdict("I.2", "SNV")
        assert (verdict.status, verdict.record) == (VerdictStatus.DONE_EARLY, finished)


def test_a_milestone_written_in_capitals_finds_its_obligation():
    phase = next(o for o in OBLIGATIONS if o.milestone and o.milestone != o.milestone.upper())
    record = ProgressRecord(
        task=phase.task.code,
        agency=phase.agency.code,
        milestone=phase.milestone.upper(),  # type: ignore[union-attr]
        status=Status.DONE,
        done_on=phase.due,
    )
    verdict = TABLE.evaluate([record], as_of=D(2021, 1, 31)).verdicts[OBLIGATIONS.index(phase)]
    assert (verdict.status, verdict.record) == (VerdictStatus.DONE_ON_TIME, record)


def test_a_record_naming_no_obligation_does_not_stop_the_records_after_it():
    stray = ProgressRecord(
        task="I.2", agency="SNV", milestone="không có", status=Status.DONE, done_on=D(2020, 2, 1)
    )
    real = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE, done_on=D(2020, 3, 31))
    verdict = TABLE.evaluate([stray, real], as_of=SEPT).verdict("I.2", "SNV")
    assert (verdict.status, verdict.record) == (VerdictStatus.DONE_ON_TIME, real)


def test_of_two_reports_in_progress_the_later_wins_whatever_the_order_given():
    early, late = (
        ProgressRecord(task="I.7", agency="SNV", status=status, reported_on=D(2020, 5, day))
        for status, day in ((Status.IN_PROGRESS, 4), (Status.NOT_STARTED, 20))
    )
    for order in ([early, late], [late, early]):
        verdict = TABLE.evaluate(order, as_of=D(2020, 5, 31)).verdict("I.7", "SNV")
        assert verdict.record is late  # I.7 is due on 30/06/2020: not yet due
        assert verdict.status is VerdictStatus.NOT_DUE


def test_work_done_on_its_due_date_is_on_time_on_that_very_day():
    # I.2 "Quý I/2020" is due on Tuesday 31/3/2020; evaluated that day it is not yet past.
    record = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE, done_on=D(2020, 3, 31))
    verdict = TABLE.evaluate([record], as_of=D(2020, 3, 31)).verdict("I.2", "SNV")
    assert verdict.status is VerdictStatus.DONE_ON_TIME


@pytest.mark.parametrize(
    ("done_on", "status"),
    [
        (D(2020, 3, 16), VerdictStatus.DONE_EARLY),  # 11 working days before 31/3
        (D(2020, 3, 27), VerdictStatus.DONE_ON_TIME),  # 2 working days before
    ],
)
def test_a_margin_of_working_days_decides_early_work_before_the_due_date_too(done_on, status):
    table = ObligationTable.of(PLAN, calendar=CALENDAR, early_margin=5)
    record = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE, done_on=done_on)
    assert table.evaluate([record], as_of=D(2020, 3, 28)).verdict("I.2", "SNV").status is status


def test_work_reported_not_started_before_its_due_date_is_not_due_with_its_record():
    record = ProgressRecord(
        task="I.7", agency="SNV", status=Status.NOT_STARTED, reported_on=D(2020, 5, 4)
    )
    verdict = TABLE.evaluate([record], as_of=D(2020, 5, 31)).verdict("I.7", "SNV")
    assert (verdict.status, verdict.record) == (VerdictStatus.NOT_DUE, record)


def test_the_count_of_statuses_gives_zero_for_a_status_no_verdict_has():
    counts = TABLE.evaluate([], as_of=SEPT).count()
    assert counts[VerdictStatus.DONE_EARLY] == counts[VerdictStatus.NOT_APPLICABLE] == 0
    assert sum(counts.values()) == 796


def test_a_task_whose_past_due_points_did_not_arise_has_not_come_due():
    # I.6 is due on the 5th of every month (5/1/2020, a Sunday, moves to Monday 6/1), with
    # three leads: each reports January's report as not arising.
    as_of = D(2020, 1, 20)
    january = [
        ProgressRecord(
            task="I.6",
            agency=o.agency.code,
            milestone="2020-01-05",
            status=Status.NOT_APPLICABLE,
            reported_on=D(2020, 1, 10),
        )
        for o in OBLIGATIONS
        if o.task.code == "I.6" and o.nominal_due == D(2020, 1, 5)
    ]
    assert len(january) == 3
    past_due = {o.task.code for o in OBLIGATIONS if o.role.value == "lead" and o.due < as_of}
    assert past_due == {"I.6", "V.1", "VII.1"}  # V.1 and VII.1: "ban hành" in 12/2019
    rate = TABLE.evaluate(january, as_of=as_of).tasks_completed_of_due()
    assert (rate.numerator, rate.denominator) == (0, 2)


def test_records_naming_no_obligation_of_the_plan_change_nothing():
    strays = [
        ProgressRecord(task="IX.99", agency="SNV", status=Status.DONE, done_on=D(2020, 2, 1)),
        ProgressRecord(
            task="I.2",
            agency="SNV",
            milestone="không có",
            status=Status.DONE,
            done_on=D(2020, 2, 1),
        ),
    ]
    assert columns(TABLE.evaluate(strays, as_of=SEPT)) == columns(TABLE.evaluate([], as_of=SEPT))


# ----------------------------------------------------------------------------- the value


def test_a_table_fixes_its_calendar_rule_and_policy_and_evaluate_says_so():
    with pytest.raises(TypeError) as caught:
        evaluate(TABLE, [], as_of=SEPT, calendar=CALENDAR, early_margin=2)
    assert str(caught.value) == (
        "an ObligationTable fixes its calendar, early_margin: make the table with "
        "ObligationTable.of(plan, calendar=...) instead of giving it to evaluate()"
    )


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ({"rule": NO_ROLL}, "rule"),
        ({"policy": DEFAULT_POLICY}, "policy"),
        (
            {"calendar": CALENDAR, "rule": NO_ROLL, "policy": DEFAULT_POLICY},
            "calendar, rule, policy",
        ),
    ],
)
def test_evaluate_names_whatever_a_table_already_fixes(given, named):
    with pytest.raises(TypeError) as caught:
        evaluate(TABLE, [], as_of=SEPT, **given)
    assert str(caught.value).startswith(f"an ObligationTable fixes its {named}: ")


def test_evaluate_with_a_table_keeps_the_cutoff_it_is_given():
    cutoff = D(2021, 1, 15)
    assert evaluate(TABLE, [], as_of=SEPT, cutoff=cutoff).cutoff == cutoff


def test_evaluate_takes_a_table_in_place_of_its_plan():
    assert evaluate(TABLE, [], as_of=SEPT) == evaluate(PLAN, [], as_of=SEPT, calendar=CALENDAR)


def test_a_table_made_with_a_margin_calls_work_early_only_past_it():
    table = ObligationTable.of(PLAN, calendar=CALENDAR, early_margin=5)
    # I.2 "Quý I/2020" is due on Tuesday 31/3/2020; Friday 27/3 is two working days before.
    record = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE, done_on=D(2020, 3, 27))
    assert table.policy.early.margin == 5
    verdict = table.evaluate([record], as_of=SEPT).verdict("I.2", "SNV")
    assert verdict.status is VerdictStatus.DONE_ON_TIME


def test_an_evaluation_refuses_columns_of_another_length():
    evaluation = TABLE.evaluate([], as_of=SEPT)
    with pytest.raises(ValueError, match=r"^statuses holds 795 values for 796 obligations$"):
        attrs.evolve(evaluation, statuses=evaluation.statuses[:-1])


def test_the_verdicts_are_made_once_from_the_columns():
    evaluation = TABLE.evaluate([], as_of=SEPT)
    made = evaluation.verdicts
    assert made is evaluation.verdicts
    assert [v.status for v in made] == list(evaluation.statuses)
    assert [v.obligation for v in made] == list(OBLIGATIONS)


def test_a_table_shows_its_plan_and_size_in_a_short_repr():
    assert repr(TABLE) == (
        "<ObligationTable of 'Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang…': "
        "796 obligations>"
    )
    assert len(TABLE) == len(OBLIGATIONS) == 796


# ----------------------------------------------------------------------------- the calendar


@given(st.dates(D(2000, 1, 1), D(2100, 12, 31)), st.dates(D(2000, 1, 1), D(2100, 12, 31)))
def test_working_days_late_are_the_working_days_between_or_none_when_on_time(due, done):
    assert CALENDAR.working_days_late(due, done) == max(0, CALENDAR.working_days_between(due, done))


def test_working_days_late_name_a_day_outside_the_calendar_even_when_on_time():
    with pytest.raises(CalendarCoverageError, match="2101"):
        CALENDAR.working_days_late(D(2101, 3, 2), D(2101, 3, 1))


def test_an_index_refuses_obligations_out_of_the_order_of_their_due_dates():
    from cchc_model.assessment import _judging

    with pytest.raises(
        ValueError, match=r"^the obligations are not in the order of their due dates$"
    ):
        _judging.index(OBLIGATIONS[::-1], lambda o: False)
