"""The iCalendar export, read back with the icalendar package as a calendar app would."""

from __future__ import annotations

import datetime

import icalendar
import pytest

from cchc_model import VerdictStatus, datasets, vietnam_calendar
from cchc_model.formats.ical import to_icalendar
from tests.example_data import EVALUATION, PROGRESS

D = datetime.date
PLAN = datasets.load("an-giang-2020")
SNV = PLAN.schedule(D(2020, 1, 1), D(2020, 12, 31), agency="SNV")


def todos(text: str) -> list[icalendar.Todo]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VTODO"))


def test_every_obligation_becomes_one_todo_with_its_due_date():
    found = todos(to_icalendar(SNV, plan=PLAN))
    assert len(found) == len(SNV)
    assert [todo.decoded("DUE") for todo in found] == [o.due for o in SNV]


def test_uids_are_unique_and_the_same_in_every_export():
    first = [str(todo["UID"]) for todo in todos(to_icalendar(SNV, plan=PLAN))]
    again = [str(todo["UID"]) for todo in todos(to_icalendar(list(SNV), plan=PLAN))]
    assert first == again
    assert len(set(first)) == len(first)


def test_a_todo_speaks_vietnamese_and_names_the_area_and_agencies():
    i6 = next(
        todo for todo in todos(to_icalendar(SNV, plan=PLAN)) if "I.6 " in str(todo["SUMMARY"])
    )
    assert str(i6["SUMMARY"]).startswith("I.6 Thực hiện kiểm tra, báo cáo kết quả ghiải quyết")
    description = str(i6["DESCRIPTION"])
    assert "Kết quả: Báo cáo" in description
    assert "Đơn vị: Sở Nội vụ (chủ trì)" in description
    assert "Thời gian thực hiện: Báo cáo và công bố ngày 05 hàng tháng" in description
    assert i6["CATEGORIES"].cats == ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"]


def test_the_phases_of_a_task_name_the_same_parent_in_every_export():
    iv7 = [o for o in SNV if o.task.code == "IV.7"]
    found = todos(to_icalendar(iv7, plan=PLAN))
    parents = [str(todo["RELATED-TO"]) for todo in found]
    assert len(parents) == 2
    assert parents[0] == parents[1]
    assert [str(t["RELATED-TO"]) for t in todos(to_icalendar(iv7[1:], plan=PLAN))] == parents[1:]
    single = todos(to_icalendar([o for o in SNV if o.task.code == "I.2"], plan=PLAN))
    assert "RELATED-TO" not in single[0]


def test_two_plans_give_different_uids_to_the_same_task():
    import attrs

    other = attrs.evolve(PLAN, issuer="Ủy ban nhân dân tỉnh Cà Mau")
    ours = {str(t["UID"]) for t in todos(to_icalendar(SNV[:5], plan=PLAN))}
    theirs = {str(t["UID"]) for t in todos(to_icalendar(SNV[:5], plan=other))}
    assert not ours & theirs


def test_a_window_that_opens_is_exported_as_dtstart():
    quarter = next(o for o in SNV if o.task.code == "I.2")
    todo = todos(to_icalendar([quarter]))[0]
    assert todo.decoded("DTSTART") == D(2020, 1, 1)
    assert todo.decoded("DUE") == D(2020, 3, 31)


def test_lines_are_folded_at_75_octets_and_end_in_crlf():
    text = to_icalendar(SNV, plan=PLAN)
    lines = text.split("\r\n")
    assert lines[-1] == ""
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")


def test_the_export_is_reproducible():
    assert to_icalendar(SNV, plan=PLAN) == to_icalendar(SNV, plan=PLAN)
    stamp = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
    assert "DTSTAMP:20200101T000000Z" in to_icalendar(SNV[:1], stamp=stamp)
    assert "DTSTAMP:20191231T000000Z" in to_icalendar(SNV[:1], plan=PLAN)


def _with_deadline(code: str, phrase: str):
    """The bundled plan with one task's deadline rewritten."""
    import attrs

    from cchc_model import parse_deadline

    def rewrite(area):
        tasks = tuple(
            attrs.evolve(t, deadline=parse_deadline(phrase), deadline_text=phrase)
            if t.code == code
            else t
            for t in area.tasks
        )
        return attrs.evolve(area, tasks=tasks)

    return attrs.evolve(PLAN, areas=tuple(rewrite(area) for area in PLAN.areas))


def test_a_deadline_with_a_time_of_day_is_due_at_that_local_time():
    plan = _with_deadline("I.2", "trước 17 giờ ngày 20/5/2020")
    [found] = [o for o in plan.schedule(D(2020, 1, 1), D(2020, 12, 31)) if o.task.code == "I.2"]
    assert (found.due, found.time) == (D(2020, 5, 20), datetime.time(17))
    [todo] = todos(to_icalendar([found], plan=plan))
    assert todo.decoded("DUE") == datetime.datetime(2020, 5, 20, 17, 0)
    assert "DUE:20200520T170000" in to_icalendar([found], plan=plan)


def test_a_list_of_recurrences_is_scheduled_on_every_due_point_once():
    plan = _with_deadline("I.2", "Báo cáo định kỳ hằng quý, 6 tháng, năm")
    dues = [o.due for o in plan.schedule(D(2020, 1, 1), D(2020, 12, 31)) if o.task.code == "I.2"]
    lead_dues = sorted(set(dues))
    # 31/3/2020 is a Tuesday, 30/6 a Tuesday, 30/9 a Wednesday, 31/12 a Thursday.
    assert lead_dues == [D(2020, 3, 31), D(2020, 6, 30), D(2020, 9, 30), D(2020, 12, 31)]


# ------------------------------------------------------------------ calendars with status


UIDS = {
    str(todo["UID"]): verdict
    for todo, verdict in zip(
        todos(to_icalendar([v.obligation for v in EVALUATION.verdicts], plan=PLAN)),
        EVALUATION.verdicts,
        strict=True,
    )
}


def _expected_status(status: VerdictStatus) -> str:
    if status.done or status is VerdictStatus.REPORTED:
        return "COMPLETED"
    if status is VerdictStatus.IN_PROGRESS:
        return "IN-PROCESS"
    if status is VerdictStatus.NOT_APPLICABLE:
        return "CANCELLED"
    return "NEEDS-ACTION"


def test_the_status_of_each_todo_follows_its_verdict():
    found = todos(to_icalendar(EVALUATION))
    assert len(found) == len(EVALUATION.verdicts)
    statuses = {str(todo["STATUS"]) for todo in found}
    assert {"COMPLETED", "NEEDS-ACTION"} <= statuses
    for todo in found:
        verdict = UIDS[str(todo["UID"])]
        assert str(todo["STATUS"]) == _expected_status(verdict.status)
        if str(todo["STATUS"]) == "COMPLETED":
            assert int(todo["PERCENT-COMPLETE"]) == 100
            if verdict.record is not None and verdict.record.done_on is not None:
                completed = todo.decoded("COMPLETED")
                # Noon in Vietnam (UTC+7): the day of completion in any time zone nearby.
                assert (completed + datetime.timedelta(hours=7)).date() == verdict.record.done_on
        elif str(todo["STATUS"]) == "NEEDS-ACTION":
            assert int(todo["PERCENT-COMPLETE"]) == 0
        assert "Kết luận: " in str(todo["DESCRIPTION"])


def test_a_window_keeps_the_work_still_open_from_before_it_and_drops_the_finished():
    july = todos(to_icalendar(EVALUATION, start=D(2020, 7, 1), end=D(2020, 7, 31)))
    verdicts = [UIDS[str(todo["UID"])] for todo in july]
    before = [v for v in verdicts if v.obligation.due < D(2020, 7, 1)]
    open_before = [
        v
        for v in EVALUATION.verdicts
        if v.obligation.due < D(2020, 7, 1)
        and v.status in (VerdictStatus.OVERDUE, VerdictStatus.NO_REPORT, VerdictStatus.IN_PROGRESS)
    ]
    assert open_before, "the example has work overdue by July"
    assert sorted(map(id, before)) == sorted(map(id, open_before))
    in_july = [
        v for v in EVALUATION.verdicts if D(2020, 7, 1) <= v.obligation.due <= D(2020, 7, 31)
    ]
    assert len(verdicts) == len(open_before) + len(in_july)


def test_an_alarm_rings_working_days_before_the_due_date_of_open_work_only():
    calendar = vietnam_calendar()
    found = todos(to_icalendar(EVALUATION, agency="Sở Nội vụ", alarm=3))
    assert found
    for todo in found:
        alarms = todo.walk("VALARM")
        verdict = UIDS[str(todo["UID"])]
        if str(todo["STATUS"]) in ("NEEDS-ACTION", "IN-PROCESS"):
            (alarm,) = alarms
            ring = alarm.decoded("TRIGGER")
            assert (ring + datetime.timedelta(hours=7)).date() == calendar.add_working_days(
                verdict.obligation.due, -3
            )
            assert (ring + datetime.timedelta(hours=7)).time() == datetime.time(8, 0)
        else:
            assert alarms == []
        assert verdict.obligation.agency.code == "SNV"


def test_the_calendar_is_named_and_each_todo_describes_its_task():
    text = to_icalendar(EVALUATION, agency="SNV")
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["X-WR-CALNAME"]) == f"{PLAN} — SNV"
    i2 = next(t for t in calendar.walk("VTODO") if str(t["SUMMARY"]).startswith("I.2 "))
    description = str(i2["DESCRIPTION"])
    task = PLAN.task("I.2")
    for part in (task.title, task.lead_text, task.partners_text, task.deadline_text):
        assert part in description


def test_a_schedule_exported_without_verdicts_needs_action_with_no_percentage():
    found = todos(to_icalendar(SNV, plan=PLAN))
    assert {str(t["STATUS"]) for t in found} == {"NEEDS-ACTION"}
    assert all("PERCENT-COMPLETE" not in t for t in found)


def test_the_command_exports_a_calendar_with_status_and_alarms():
    import io

    from cchc_model.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv = ["ics", "--records", str(PROGRESS)]
    argv += ["--as-of", "30/09/2020", "--agency", "SNV", "--alarm", "2"]
    assert main(argv, out=out, err=err) == 0
    found = todos(out.getvalue())
    # The window is the plan's year; work due before it is kept only while still open.
    still_open = (VerdictStatus.OVERDUE, VerdictStatus.NO_REPORT, VerdictStatus.IN_PROGRESS)
    expected = [
        v
        for v in EVALUATION.verdicts
        if v.obligation.agency.code == "SNV"
        and (v.obligation.due.year == 2020 or v.status in still_open)
    ]
    assert len(found) == len(expected)
    assert sorted(str(t["STATUS"]) for t in found) == sorted(
        _expected_status(v.status) for v in expected
    )
    assert any(t.walk("VALARM") for t in found)
    with pytest.raises(SystemExit) as refused:  # argparse: a bad argument exits 2
        main(["ics", "--alarm", "-1"], out=out, err=err)
    assert refused.value.code == 2
