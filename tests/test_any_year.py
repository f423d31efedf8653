"""Any year: a 2027 plan, written today, scheduled, exported and evaluated with the defaults."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from cchc_model import evaluate, strategies, to_icalendar
from cchc_model.formats.plan_json import dump_plan
from cchc_model.scheduling.calendar import CalendarCoverageError, vietnam_calendar
from cchc_model.scheduling.schedule import plan_obligations
from tests.shifted import shifted
from tests.test_cli import cchc as _cchc

D = datetime.date
PLAN_2027 = shifted(2027)
ROOT = Path(__file__).resolve().parents[1]


def test_a_2027_plan_is_scheduled_on_an_estimated_calendar_that_says_so():
    year = PLAN_2027.schedule(D(2027, 1, 1), D(2027, 12, 31))
    assert year
    assert all(o.estimated for o in year)
    # Tết Đinh Mùi: 6/2/2027 is a Saturday; the Labour Code's five days and the compensatory
    # days run from Thursday 4/2 to Wednesday 10/2, so I.1's January phase is not moved…
    i1 = next(o for o in year if o.task.code == "I.1" and o.agency.code == "SNV")
    assert (i1.nominal_due, i1.due) == (D(2027, 1, 31), D(2027, 2, 1))  # Sunday 31/1
    # …and a due date inside Tết moves past it.
    cal = vietnam_calendar()
    assert cal.roll_forward(D(2027, 2, 5)) == D(2027, 2, 11)


def test_a_2027_plan_is_exported_with_its_estimated_due_dates_marked():
    text = to_icalendar(PLAN_2027.schedule(D(2027, 1, 1), D(2027, 3, 31)), plan=PLAN_2027)
    assert text.count("X-CCHC-ESTIMATED:TRUE") == text.count("BEGIN:VTODO") > 0


def test_a_2027_plan_is_evaluated_and_every_estimate_shows():
    evaluation = evaluate(PLAN_2027, [], as_of=D(2027, 6, 30))
    assert evaluation.estimated
    v = evaluation.verdict("I.2", "SNV")
    assert "ngày nghỉ ước tính" in v.explain("vi")
    assert "estimated calendar" in v.explain("en")
    assert evaluation.tasks_completed().denominator == 63


def test_a_strict_calendar_refuses_the_2027_plan_by_name():
    with pytest.raises(CalendarCoverageError, match="a strict calendar refuses estimates"):
        PLAN_2027.schedule(D(2027, 1, 1), D(2027, 12, 31), calendar=vietnam_calendar(strict=True))


def test_every_command_works_for_a_2027_plan_and_says_it_estimates(tmp_path: Path):
    plan = tmp_path / "ke-hoach-2027.json"
    dump_plan(PLAN_2027, plan)
    records = tmp_path / "tien-do.csv"
    records.write_text(
        "task,agency,status,done_on\nI.2,Sở Nội vụ,done,25/03/2027\n", encoding="utf-8"
    )
    notice = "cchc: lưu ý: một số hạn dựa trên lịch ngày nghỉ ước tính"
    runs = {
        "schedule": _cchc(
            "schedule", "--plan", str(plan), "--from", "1/1/2027", "--to", "31/3/2027"
        ),
        "ics": _cchc("ics", "--plan", str(plan)),
        "evaluate": _cchc("evaluate", str(records), "--plan", str(plan), "--as-of", "30/6/2027"),
    }
    for name, run in runs.items():
        assert run.returncode == 0, (name, run.stderr)
        assert run.stderr.startswith(notice), (name, run.stderr)
    assert "Tỷ lệ hoàn thành kế hoạch: 1/63 nhiệm vụ (2%)" in runs["evaluate"].stdout
    strict = _cchc(
        "schedule",
        "--plan",
        str(plan),
        "--from",
        "1/1/2027",
        "--to",
        "31/3/2027",
        "--strict-calendar",
    )
    assert strict.returncode == 1
    assert "a strict calendar refuses estimates" in strict.stderr
    assert "Traceback" not in strict.stderr


def test_the_calendar_command_lists_a_years_days_off_with_their_sources():
    official = _cchc("calendar", "2026")
    assert official.returncode == 0
    lines = official.stdout.splitlines()
    assert lines[0].endswith("theo thông báo chính thức")
    assert any(
        line.startswith("10/01/2026 Thứ Bảy   làm việc") and "12729/VPCP-KGVX" in line
        for line in lines
    )
    estimated = _cchc("calendar", "2027")
    assert "ước tính theo Bộ luật Lao động" in estimated.stdout.splitlines()[0]
    assert _cchc("calendar", "1999").returncode == 2


ESTIMATED_YEARS = settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])


@ESTIMATED_YEARS
@given(strategies.plans())
def test_every_generated_plan_schedules_and_evaluates_with_the_default_calendar(plan):
    obligations = plan_obligations(plan)
    evaluation = evaluate(plan, [], as_of=D(plan.year, 12, 31))
    assert [v.obligation for v in evaluation.verdicts] == obligations
    year = plan.schedule(D(plan.year, 1, 1), D(plan.year, 12, 31))
    assert all(o.estimated == vietnam_calendar().is_estimated(o.due) for o in year)
