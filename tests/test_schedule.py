"""The schedule of the bundled An Giang 2020 plan: who owes what, when."""

from __future__ import annotations

import collections
import copy
import datetime
import json
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

from cchc_model import datasets
from cchc_model.language.deadlines import Recurring
from cchc_model.language.periods import PeriodUnit
from cchc_model.plan.agencies import AgencyGroup
from cchc_model.plan.plans import Plan
from cchc_model.plan.tasks import ReformArea, Task
from cchc_model.scheduling.accountability import LEADS_OWE, PARTNERS_OWE
from cchc_model.scheduling.calendar import vietnam_calendar
from cchc_model.scheduling.duedates import CIVIL_CODE_148, NO_ROLL, PRECEDING_WORKING_DAY
from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS
from cchc_model.scheduling.schedule import Obligation, Role, schedule
from tests.seed_tasks import SEED_TASKS

D = datetime.date
PLAN = datasets.load("an-giang-2020")
YEAR = PLAN.schedule(D(2020, 1, 1), D(2020, 12, 31))
CAL = vietnam_calendar()
GOLDEN = Path(__file__).parent / "golden" / "an_giang_2020_schedule.json"


def of(code: str, agency: str, obligations: list[Obligation] = YEAR) -> list[Obligation]:
    return [o for o in obligations if o.task.code == code and o.agency.code == agency]


def test_i6_is_due_on_the_fifth_of_each_month_for_each_lead_agency():
    i6 = [o for o in YEAR if o.task.code == "I.6"]
    per_agency = collections.Counter(o.agency.code for o in i6)
    # The three leads owe; the departments and districts contribute.
    assert per_agency == {"VPUBND": 12, "SNV": 12, "STTTT": 12}
    snv = of("I.6", "SNV")
    assert [o.nominal_due for o in snv] == [D(2020, m, 5) for m in range(1, 13)]
    assert (snv[0].nominal_due, snv[0].due) == (D(2020, 1, 5), D(2020, 1, 6))  # a Sunday
    assert all(o.role is Role.LEAD for o in snv)
    assert {tuple(e.code for e in o.contributors) for o in i6} == {("SBN", "HUYEN")}


def test_partners_owe_every_output_only_under_the_partners_owe_convention():
    everyone = PLAN.schedule(D(2020, 1, 1), D(2020, 12, 31), accountability=PARTNERS_OWE)
    i6 = [o for o in everyone if o.task.code == "I.6"]
    per_agency = collections.Counter(o.agency.code for o in i6)
    # 3 leads + the 20 departments and 11 districts coordinating, less the 3 leads among them
    assert len(per_agency) == 31
    assert set(per_agency.values()) == {12}
    assert {o.role for o in i6 if o.agency.code not in ("VPUBND", "SNV", "STTTT")} == {
        Role.COORDINATING
    }
    # An open group owes nothing even then: "cơ quan, đơn vị có liên quan" of I.7.
    assert [(o.agency.code, o.role) for o in everyone if o.task.code == "I.7"] == [
        ("SNV", Role.LEAD)
    ]


# Hand-read from the seed (tests/seed_tasks.py, lines 1285-1341, 1367-1419, 1660-1680,
# 1972-1998): the rows whose coordinator column names an agency that the lead group
# "Các sở, ban, ngành" contains.
NAMED_PARTNERS_IN_LEAD_GROUPS = {
    "III.4": {"VPUBND", "STTTT"},
    "III.5": {"VPUBND", "STTTT"},
    "IV.1": {"SNV"},
    "IV.2": {"SNV"},
    "VI.2": {"STC"},
    "VII.10": {"STC", "STTTT"},
}


def test_an_agency_named_as_a_coordinator_is_not_a_lead_because_a_lead_group_contains_it():
    found = {}
    for code, leads, partners, _ in SEED_TASKS:
        members = {
            m.code
            for lead in leads
            if isinstance(entry := PLAN.agencies.get(lead), AgencyGroup) and not entry.open
            for m in entry.members
        }
        named = {p for p in partners if p in members and p not in leads}
        if named:
            found[code] = named
    assert found == NAMED_PARTNERS_IN_LEAD_GROUPS
    everyone = PLAN.schedule(D(2019, 1, 1), D(2020, 12, 31), accountability=PARTNERS_OWE)
    for code, named in NAMED_PARTNERS_IN_LEAD_GROUPS.items():
        roles = {(o.agency.code, o.role) for o in everyone if o.task.code == code}
        for agency in named:
            assert (agency, Role.LEAD) not in roles, (code, agency)
            assert (agency, Role.COORDINATING) in roles, (code, agency)
        # the other members of the lead group still lead: 20 departments + 11 districts
        leads = {a for a, role in roles if role is Role.LEAD}
        assert len(leads) == 31 - len(named), code


def test_i22_meets_every_quarter():
    assert [o.due for o in of("I.22", "SNV")] == [
        D(2020, 3, 31),
        D(2020, 6, 30),
        D(2020, 9, 30),
        D(2020, 12, 31),
    ]


def test_i17_by_regulation_resolves_to_the_four_periodic_reports():
    reports = of("I.17", "SNV")
    assert [(o.milestone, o.nominal_due, o.due) for o in reports] == [
        ("báo cáo quý I", D(2020, 3, 20), D(2020, 3, 20)),
        ("báo cáo 6 tháng", D(2020, 6, 20), D(2020, 6, 22)),  # 20/6/2020 is a Saturday
        ("báo cáo quý III", D(2020, 9, 20), D(2020, 9, 21)),  # a Sunday
        ("báo cáo năm", D(2020, 12, 20), D(2020, 12, 21)),  # a Sunday
    ]


def _with_task(task: Task, plan: Plan = PLAN) -> Plan:
    """The plan with one task replaced (same code)."""
    return attrs.evolve(
        plan,
        areas=tuple(
            attrs.evolve(area, tasks=tuple(task if t.code == task.code else t for t in area.tasks))
            for area in plan.areas
        ),
    )


def test_a_due_date_in_tet_moves_to_the_first_working_day_after_it():
    task = attrs.evolve(PLAN.task("I.2"), deadline=Recurring.parse("ngày 24/01 hàng năm"))
    plan = _with_task(task)
    found = of("I.2", "SNV", plan.schedule(D(2020, 1, 1), D(2020, 2, 29)))
    assert [(o.nominal_due, o.due) for o in found] == [(D(2020, 1, 24), D(2020, 1, 30))]


def test_a_closed_group_owes_one_obligation_per_member_and_an_open_partner_nothing():
    i7 = [o for o in YEAR if o.task.code == "I.7"]
    assert [(o.agency.code, o.role) for o in i7] == [("SNV", Role.LEAD)]
    assert [e.code for e in i7[0].contributors] == ["LIEN_QUAN"]
    i1 = [o for o in YEAR if o.task.code == "I.1" and o.milestone == "ban hành"]
    assert len(i1) == 31  # 20 departments and 11 districts, each leading
    assert {o.role for o in i1} == {Role.LEAD}
    assert {o.contributors for o in i1} == {()}  # the same groups lead: none left to help


def test_an_open_group_that_leads_a_task_owes_it_as_one_body():
    task = attrs.evolve(
        PLAN.task("I.7"), lead=(PLAN.agencies.get("XA"),), partners=(PLAN.agencies.get("SNV"),)
    )
    plan = _with_task(task)
    found = [o for o in plan.schedule(D(2020, 1, 1), D(2020, 12, 31)) if o.task.code == "I.7"]
    assert [(o.agency.code, o.role) for o in found] == [("XA", Role.LEAD)]


def test_continuous_work_is_assessed_at_each_quarter_end():
    assert [(o.milestone, o.due) for o in of("I.11", "SNV")] == [
        ("đánh giá quý I/2020", D(2020, 3, 31)),
        ("đánh giá quý II/2020", D(2020, 6, 30)),
        ("đánh giá quý III/2020", D(2020, 9, 30)),
        ("đánh giá quý IV/2020", D(2020, 12, 31)),
    ]
    halves = schedule(
        PLAN, D(2020, 1, 1), D(2020, 12, 31), agency="SNV", continuous_every=PeriodUnit.HALF_YEAR
    )
    assert [o.due for o in halves if o.task.code == "I.11"] == [D(2020, 6, 30), D(2020, 12, 31)]


def test_a_phase_of_continuous_work_keeps_its_milestone():
    # The plan issued in quarter I is carried out continuously: assessed every quarter.
    i3 = of("I.3", "SNV")
    assert [(o.milestone, o.due) for o in i3] == [
        ("ban hành", D(2020, 3, 31)),
        ("thực hiện", D(2020, 3, 31)),
        ("thực hiện", D(2020, 6, 30)),
        ("thực hiện", D(2020, 9, 30)),
        ("thực hiện", D(2020, 12, 31)),
    ]


def test_filtering_by_an_agency_includes_the_open_groups_it_belongs_to():
    justice = PLAN.schedule(D(2020, 1, 1), D(2020, 12, 31), agency="Sở Tư pháp")
    assert {o.agency.code for o in justice} == {"STP"}
    # 31/1 I.1 (leading, as a department), 31/1 II.1 (leading); I.6 only as a contributor.
    assert [(o.task.code, o.role) for o in justice][:2] == [("I.1", Role.LEAD), ("II.1", Role.LEAD)]
    assert "I.6" not in {o.task.code for o in justice}
    places = PLAN.agencies.resolve("DIA_PHUONG")
    assert isinstance(places, AgencyGroup)
    member = places.members[0]
    assert all(
        o.agency in (member, places)
        for o in PLAN.schedule(D(2020, 1, 1), D(2020, 12, 31), agency=member)
    )


def test_obligations_come_by_due_date_then_task_then_agency_order():
    dues = [o.due for o in YEAR]
    assert dues == sorted(dues)
    assert YEAR[0].due >= D(2020, 1, 1)
    assert YEAR[-1].due <= D(2020, 12, 31)


def test_the_rule_decides_where_a_due_date_on_a_day_off_goes():
    def first(rule):  # type: ignore[no-untyped-def]
        found = PLAN.schedule(D(2020, 1, 1), D(2020, 12, 31), rule=rule, agency="SNV")
        return [o.due for o in found if o.task.code == "I.9"]

    # Tháng 5/2020 ends on Sunday 31/5.
    assert first(CIVIL_CODE_148) == [D(2020, 6, 1)]
    assert first(PRECEDING_WORKING_DAY) == [D(2020, 5, 29)]
    assert first(NO_ROLL) == [D(2020, 5, 31)]


def test_an_earlier_provincial_due_day_moves_the_reports():
    regime = attrs.evolve(CCHC_PERIODIC_REPORTS, due_day=15)
    found = schedule(PLAN, D(2020, 1, 1), D(2020, 12, 31), agency="SNV", regime=regime)
    assert [o.due for o in found if o.task.code == "I.17"] == [
        D(2020, 3, 16),  # 15/3/2020 is a Sunday
        D(2020, 6, 15),
        D(2020, 9, 15),
        D(2020, 12, 15),
    ]


def _snapshot(obligations: list[Obligation]) -> list[dict[str, object]]:
    return [
        {
            "due": o.due.isoformat(),
            "nominal_due": o.nominal_due.isoformat(),
            "task": o.task.code,
            "agency": o.agency.code,
            "role": o.role.value,
            "milestone": o.milestone,
            "opens": o.opens.isoformat() if o.opens else None,
            "contributors": [e.code for e in o.contributors],
        }
        for o in obligations
    ]


def test_the_whole_2020_schedule_matches_the_golden_snapshot():
    """Any change to the schedule shows in review as a change of the snapshot file.

    Regenerate with ``CCHC_UPDATE_GOLDEN=1 python -m pytest tests/test_schedule.py``.
    """
    import os

    current = _snapshot(YEAR)
    if os.environ.get("CCHC_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert json.loads(GOLDEN.read_text("utf-8")) == current


@given(st.sampled_from(YEAR))
def test_a_resolved_due_date_is_the_least_working_day_not_before_the_nominal(obligation):
    assert CAL.is_working_day(obligation.due)
    assert obligation.due >= obligation.nominal_due
    assert obligation.due == CAL.roll_forward(obligation.nominal_due)


@given(st.dates(D(2019, 1, 1), D(2021, 12, 31)), st.integers(0, 120))
def test_a_window_holds_exactly_the_obligations_due_inside_it(start, length):
    end = start + datetime.timedelta(days=length)
    inside = PLAN.schedule(start, end, agency="SNV")
    assert all(start <= o.due <= end for o in inside)
    whole = list(PLAN.schedule(D(2019, 1, 1), D(2022, 6, 30), agency="SNV"))
    assert inside == [o for o in whole if start <= o.due <= end]


def test_a_window_at_the_edge_of_the_calendars_years_needs_no_data_beyond_them():
    december = PLAN.schedule(D(2026, 12, 1), D(2026, 12, 31))
    assert december == []  # a 2020 plan's recurring work does not run in 2026
    cal = vietnam_calendar()
    later = attrs.evolve(PLAN, year=2026)
    assert later.schedule(D(2026, 12, 1), D(2026, 12, 31), calendar=cal, agency="SNV")
    earlier = attrs.evolve(PLAN, year=2018)
    assert earlier.schedule(D(2018, 1, 1), D(2018, 1, 31), calendar=cal, agency="SNV")


def test_recurring_work_runs_within_the_plan_year():
    assert [o for o in PLAN.schedule(D(2021, 1, 1), D(2021, 12, 31)) if o.task.code == "I.6"] == []
    # Phases keep the years they are written with: V.1 is issued in 12/2019.
    v1 = PLAN.schedule(D(2019, 12, 1), D(2019, 12, 31), agency="SNV")
    assert [(o.task.code, o.milestone) for o in v1] == [("V.1", "ban hành")]


def test_filtering_by_a_closed_group_gives_its_members_obligations():
    districts = PLAN.schedule(D(2020, 1, 1), D(2020, 1, 31), agency="UBND cấp huyện")
    codes = {o.agency.code for o in districts}
    assert len(codes) == 11
    assert all(o.agency in PLAN.agencies.resolve("HUYEN").members for o in districts)  # type: ignore[union-attr]


def test_a_deadline_that_says_it_moves_forward_does_so_whatever_the_rule():
    task = attrs.evolve(
        PLAN.task("I.6"),
        deadline=Recurring.parse(
            "ngày 05 hàng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)"
        ),
    )
    plan = attrs.evolve(
        PLAN,
        areas=(
            attrs.evolve(
                PLAN.areas[0], tasks=(*PLAN.areas[0].tasks[:5], task, *PLAN.areas[0].tasks[6:])
            ),
            *PLAN.areas[1:],
        ),
    )
    found = plan.schedule(D(2020, 1, 1), D(2020, 1, 31), rule=PRECEDING_WORKING_DAY, agency="SNV")
    assert [o.due for o in found if o.task.code == "I.6"] == [D(2020, 1, 6)]


def _with_own_deadlines(area: ReformArea) -> ReformArea:
    """The area with each task's deadline an equal copy of its own, shared with no task."""
    return attrs.evolve(
        area,
        tasks=tuple(attrs.evolve(t, deadline=copy.deepcopy(t.deadline)) for t in area.tasks),
        areas=tuple(_with_own_deadlines(inner) for inner in area.areas),
    )


def test_tasks_sharing_one_deadline_owe_what_tasks_with_equal_copies_of_it_owe():
    # A loaded plan's cells of one phrase share one deadline value, which the schedule
    # expands once; tasks with copies of it, and internal points made per task, owe the same.
    assert len({id(t.deadline) for t in PLAN.tasks}) < len(PLAN.tasks)
    unshared = attrs.evolve(PLAN, areas=tuple(_with_own_deadlines(a) for a in PLAN.areas))
    assert len({id(t.deadline) for t in unshared.tasks}) == len(PLAN.tasks)
    alone = unshared.schedule(D(2020, 1, 1), D(2020, 12, 31))
    assert _snapshot(alone) == json.loads(GOLDEN.read_text("utf-8"))
    internal = {"I.6": PLAN.task("I.6").deadline, "I.1": PLAN.task("I.6").deadline}
    for accountability in (LEADS_OWE, PARTNERS_OWE):
        both = [
            schedule(
                plan,
                D(2019, 12, 1),
                D(2020, 12, 31),
                accountability=accountability,
                internal_deadlines=internal,
            )
            for plan in (PLAN, unshared)
        ]
        assert both[0] == both[1]
        assert len(both[0]) > len(YEAR)  # the internal points and December 2019 are in it
