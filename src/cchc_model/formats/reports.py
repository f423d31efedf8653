"""Reports of an evaluation a Department of Home Affairs can sign: text, Markdown, CSV, JSON.

Every format carries the same figures, built once by :func:`report_data`: the plan's
completion counted by task, with its denominator in words; where each task stands; the
obligation-level detail by verdict, reform area, agency (with its role) and month; the
late and overdue work with its reasons; the missing reports in task order; the tasks
reported as not arising; the notes a reader must see (due dates resting on an estimated
calendar, contributors' deadlines the province has not set); the conventions applied; and
the score, when one is given.  Agencies are named (by their short name where they have
one), task titles stand beside their codes, and statuses are stable codes in CSV and JSON
whatever the language of the labels.

>>> import datetime
>>> from cchc_model import datasets, evaluate
>>> evaluation = evaluate(datasets.load("an-giang-2020"), [], as_of=datetime.date(2020, 1, 31))
>>> to_text(evaluation, "en").splitlines()[0]
'Plan evaluation: Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang năm 2020'
>>> next(line for line in to_text(evaluation).splitlines() if "Tỷ lệ hoàn thành" in line)
'Tỷ lệ hoàn thành kế hoạch: 0/63 nhiệm vụ (0%)'
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from cchc_model.assessment.compliance import (
    Evaluation,
    Rate,
    RateSummary,
    TaskState,
    Verdict,
    VerdictStatus,
)
from cchc_model.assessment.scoring import Score
from cchc_model.plan.agencies import Agency, AgencyGroup
from cchc_model.scheduling.schedule import Role, is_periodic_report

__all__ = [
    "CSV_COLUMNS",
    "report_data",
    "to_csv",
    "to_json",
    "to_json_data",
    "to_markdown",
    "to_text",
]

_WORDS = {
    "vi": {
        "title": "Đánh giá thực hiện kế hoạch",
        "as_of": "Tính đến ngày {as_of}; công việc hoàn thành được tính đến hết ngày {cutoff}.",
        "headline": "Tỷ lệ hoàn thành kế hoạch",
        "tasks": "nhiệm vụ",
        "explained": (
            "= số nhiệm vụ đã hoàn thành / số nhiệm vụ của kế hoạch ({total} nhiệm vụ, trừ "
            "{na} nhiệm vụ không phát sinh và {nx} nhiệm vụ chưa xác định được mốc đánh giá); "
            "một nhiệm vụ hoàn thành khi các cơ quan chủ trì đã hoàn thành mọi mốc của nhiệm "
            "vụ đến hết ngày {cutoff}."
        ),
        "of_due": "Trong số nhiệm vụ đã đến hạn: hoàn thành {rate}.",
        "states": "Nhiệm vụ theo tình trạng",
        "detail": "Chi tiết theo nghĩa vụ (từng cơ quan, từng mốc đã đến hạn)",
        "done": "đã thực hiện",
        "on_time": "đúng hạn",
        "by_status": "Nghĩa vụ theo kết quả",
        "by_area": "Theo lĩnh vực",
        "by_lead": "Theo cơ quan chủ trì (nghĩa vụ đã đến hạn)",
        "by_partner": "Theo cơ quan phối hợp (báo cáo gửi cơ quan chủ trì, đã đến hạn)",
        "by_month": "Theo tháng đến hạn",
        "late": "Việc trễ hạn và quá hạn",
        "missing": "Chưa báo cáo (đã đến hạn), theo nhiệm vụ",
        "na": "Nhiệm vụ không phát sinh",
        "nx": "Nhiệm vụ chưa xác định được mốc đánh giá",
        "notes": "Lưu ý",
        "estimated": (
            "Một số hạn dựa trên lịch ngày nghỉ ước tính (năm chưa có thông báo chính thức "
            "về ngày nghỉ): kết quả tính theo ngày làm việc là ước tính."
        ),
        "internal": (
            "Thời hạn các cơ quan phối hợp gửi báo cáo cho cơ quan chủ trì chưa được tỉnh quy "
            "định cho nhiệm vụ báo cáo định kỳ {tasks}: họ được ghi là cơ quan phối hợp, chưa "
            "có nghĩa vụ riêng (đặt bằng ReportingRegime.with_internal hoặc internal_deadlines)."
        ),
        "policy": "Quy ước đánh giá",
        "score": "Điểm",
        "not_assessed": "chưa chấm",
        "none": "không có",
        "agencies": "cơ quan",
        "lead": "chủ trì",
    },
    "en": {
        "title": "Plan evaluation",
        "as_of": "As of {as_of}; work counts towards completion up to {cutoff}.",
        "headline": "Completion rate of the plan",
        "tasks": "tasks",
        "explained": (
            "= tasks completed / tasks in the plan ({total} tasks, less {na} not applicable "
            "and {nx} with no due point to assess); a task is completed when its lead "
            "agencies have done every due point of it by {cutoff}."
        ),
        "of_due": "Of the tasks that have come due: {rate} completed.",
        "states": "Tasks by state",
        "detail": "Detail by obligation (each agency, each due point that has come due)",
        "done": "done",
        "on_time": "on time",
        "by_status": "Obligations by verdict",
        "by_area": "By reform area",
        "by_lead": "By lead agency (obligations come due)",
        "by_partner": "By coordinating agency (reports to the lead, come due)",
        "by_month": "By month due",
        "late": "Late and overdue work",
        "missing": "Not reported (past due), by task",
        "na": "Tasks not applicable",
        "nx": "Tasks with no due point to assess",
        "notes": "Notes",
        "estimated": (
            "Some due dates rest on an estimated calendar (a year without the government's "
            "notice of days off): working-day figures are estimates."
        ),
        "internal": (
            "The province has not set when coordinating agencies send their reports to the "
            "lead for the periodic reports {tasks}: they are listed as contributors with no "
            "obligation of their own (set ReportingRegime.with_internal or internal_deadlines)."
        ),
        "policy": "Conventions applied",
        "score": "Score",
        "not_assessed": "not assessed",
        "none": "none",
        "agencies": "agencies",
        "lead": "lead",
    },
}
_LATE = (VerdictStatus.DONE_LATE, VerdictStatus.OVERDUE)


def _words(lang: str) -> dict[str, str]:
    if lang not in _WORDS:
        raise ValueError(f"a report is in 'vi' or 'en', not {lang!r}")
    return _WORDS[lang]


def _name(entry: Agency | AgencyGroup) -> str:
    return entry.label


def _pair(rate: Rate) -> list[int]:
    return [rate.numerator, rate.denominator]


def _share(rate: Rate) -> float | None:
    return rate.value


def _summary(summary: RateSummary) -> dict[str, Any]:
    return {"completed": _pair(summary.completed), "on_time": _pair(summary.on_time)}


def _status_label(status: VerdictStatus | TaskState, lang: str) -> str:
    return status.label_vi if lang == "vi" else status.label_en


def _role_label(role: Role, lang: str) -> str:
    return role.label_vi if lang == "vi" else role.label_en


def _verdict_row(verdict: Verdict, lang: str) -> dict[str, Any]:
    o = verdict.obligation
    record = verdict.record
    return {
        "task": o.task.code,
        "task_title": o.task.title,
        "area": o.task.area_code,
        "agency": o.agency.code,
        "agency_name": _name(o.agency),
        "role": o.role.value,
        "milestone": o.milestone,
        "nominal_due": o.nominal_due.isoformat(),
        "due": o.due.isoformat(),
        "internal": o.point.internal,
        "continuous": o.point.continuous,
        "estimated": o.estimated,
        "status": verdict.status.value,
        "status_label": _status_label(verdict.status, lang),
        "done_on": record.done_on.isoformat() if record and record.done_on else None,
        "reported_on": record.dated.isoformat() if record and record.dated else None,
        "days_late": verdict.days_late,
        "working_days_late": verdict.working_days_late,
        "contributors": [_name(e) for e in o.contributors],
        "reason": verdict.explain(lang),
    }


def report_data(
    evaluation: Evaluation, lang: str = "vi", *, score: Score | None = None
) -> dict[str, Any]:
    """Every figure of the report, as JSON-ready data, in one place for every format.

    >>> import datetime
    >>> from cchc_model import datasets, evaluate
    >>> plan = datasets.load("an-giang-2020")
    >>> data = report_data(evaluate(plan, [], as_of=datetime.date(2020, 6, 30)), "en")
    >>> headline = data["headline"]
    >>> headline["completed"], headline["counted"], headline["tasks_in_plan"]
    (0, 63, 63)
    """
    w = _words(lang)
    plan = evaluation.plan
    states = evaluation.task_states()
    tasks = evaluation.tasks_completed()
    as_of, cutoff = f"{evaluation.as_of:%d/%m/%Y}", f"{evaluation.cutoff:%d/%m/%Y}"
    state_counts = Counter(states.values())
    headline = {
        "label": w["headline"],
        "completed": tasks.numerator,
        "counted": tasks.denominator,
        "share": _share(tasks),
        "tasks_in_plan": len(plan.tasks),
        "not_applicable": state_counts[TaskState.NOT_APPLICABLE],
        "not_assessable": state_counts[TaskState.NOT_ASSESSABLE],
        "explanation": w["explained"].format(
            total=len(plan.tasks),
            na=state_counts[TaskState.NOT_APPLICABLE],
            nx=state_counts[TaskState.NOT_ASSESSABLE],
            cutoff=cutoff,
        ),
    }
    of_due = evaluation.tasks_completed_of_due()
    leads_by_task: dict[str, list[str]] = {}
    for task in plan.tasks:
        leads_by_task[task.code] = [_name(entry) for entry in task.lead]
    task_rows = [
        {
            "task": task.code,
            "title": task.title,
            "area": task.area_code,
            "state": states[task.code].value,
            "state_label": _status_label(states[task.code], lang),
            "leads": leads_by_task[task.code],
        }
        for task in plan.tasks
    ]
    by_area_tasks = evaluation.tasks_by_area()
    by_area = evaluation.by_area()
    empty = RateSummary(Rate(0, 0), Rate(0, 0))
    areas = [
        {
            "area": area.code,
            "name": area.name,
            "tasks": _pair(by_area_tasks[area.code]),
            **_summary(by_area.get(area.code, empty)),
        }
        for area in plan.areas
    ]
    agencies = []
    for role in (Role.LEAD, Role.COORDINATING):
        for code, summary in evaluation.by_agency(role).items():
            entry = plan.agencies.get(code)
            agencies.append(
                {
                    "agency": code,
                    "name": entry.name,
                    "label": _name(entry),
                    "role": role.value,
                    **_summary(summary),
                }
            )
    months = [
        {"month": month, **_summary(summary)}
        for month, summary in sorted(evaluation.by_month().items())
    ]
    order = {task.code: index for index, task in enumerate(plan.tasks)}
    late_verdicts = sorted(
        (v for v in evaluation.verdicts if v.status in _LATE),
        key=lambda v: (order[v.obligation.task.code], v.obligation.due),
    )
    late = [_verdict_row(v, lang) for v in late_verdicts]
    missing: dict[str, list[str]] = {}
    not_applicable: dict[str, list[str]] = {}
    for verdict in evaluation.verdicts:
        o = verdict.obligation
        if verdict.status is VerdictStatus.NO_REPORT:
            names = missing.setdefault(o.task.code, [])
            if _name(o.agency) not in names:
                names.append(_name(o.agency))
        if verdict.status is VerdictStatus.NOT_APPLICABLE:
            note = verdict.record.note if verdict.record and verdict.record.note else None
            text = _name(o.agency) + (f" ({note})" if note else "")
            found = not_applicable.setdefault(o.task.code, [])
            if text not in found:
                found.append(text)
    titles = {task.code: task.title for task in plan.tasks}
    notes = []
    if evaluation.estimated:
        notes.append(w["estimated"])
    policy = evaluation.policy
    unset = [
        task.code
        for task in plan.tasks
        if is_periodic_report(task)
        and task.partners
        and task.code not in policy.internal
        and not (policy.regime.internal is not None and task.deadline.kind.value == "by_regulation")
        and not policy.accountability.partners_owe
    ]
    if unset:
        notes.append(w["internal"].format(tasks=", ".join(unset)))
    return {
        "plan": {"title": str(plan), "number": plan.number, "year": plan.year},
        "as_of": evaluation.as_of.isoformat(),
        "cutoff": evaluation.cutoff.isoformat(),
        "as_of_line": w["as_of"].format(as_of=as_of, cutoff=cutoff),
        "headline": headline,
        "tasks_of_due": {"completed": of_due.numerator, "due": of_due.denominator},
        "task_states": {state.value: state_counts[state] for state in TaskState},
        "tasks": task_rows,
        "obligations": {
            "counts": {status.value: n for status, n in evaluation.count().items()},
            **_summary(evaluation.overall()),
        },
        "by_area": areas,
        "by_agency": agencies,
        "by_month": months,
        "late": late,
        "missing": [
            {"task": code, "title": titles[code], "agencies": names}
            for code, names in sorted(missing.items(), key=lambda item: order[item[0]])
        ],
        "not_applicable": [
            {"task": code, "title": titles[code], "agencies": names}
            for code, names in sorted(not_applicable.items(), key=lambda item: order[item[0]])
        ],
        "notes": notes,
        "policy": policy.describe(lang).splitlines(),
        "score": None if score is None else _score_data(score),
        "verdicts": [_verdict_row(v, lang) for v in evaluation.verdicts],
    }


def _score_data(score: Score) -> dict[str, Any]:
    return {
        "scheme": score.scheme.code,
        "source": score.scheme.source,
        "total": score.total,
        "max_total": score.max_total,
        "not_assessed": [c.code for c in score.not_assessed],
        "criteria": [
            {
                "code": c.code,
                "label": c.label,
                "points": c.points,
                "max_points": c.max_points,
                "assessed": c.assessed,
                "by_assessor": c.by_assessor,
                "detail": c.detail,
            }
            for c in score.criteria
        ],
    }


def _rate_text(pair: list[int]) -> str:
    return str(Rate(*pair))


def _listed(names: list[str], limit: int = 6) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f", … (+{len(names) - limit})" if len(names) > limit else "")


def _score_lines(data: dict[str, Any], lang: str) -> list[str]:
    w = _words(lang)
    score = data["score"]
    if score is None:
        return []
    head = f"{w['score']} ({score['scheme']}): {score['total']:g}/{score['max_total']:g}"
    if score["not_assessed"]:
        head += f" ({w['not_assessed']}: {', '.join(score['not_assessed'])})"
    lines = [head]
    for c in score["criteria"]:
        points = "—" if c["points"] is None else f"{c['points']:g}"
        lines.append(f"  {points}/{c['max_points']:g}  {c['code']} {c['label']} ({c['detail']})")
    return lines


def to_text(evaluation: Evaluation, lang: str = "vi", *, score: Score | None = None) -> str:
    """A plain-text report; its first completion line is the plan's, counted by task."""
    w = _words(lang)
    data = report_data(evaluation, lang, score=score)
    h = data["headline"]
    lines = [
        f"{w['title']}: {data['plan']['title']}",
        data["as_of_line"],
        "",
        f"{h['label']}: {h['completed']}/{h['counted']} {w['tasks']} "
        f"({'—' if h['share'] is None else format(h['share'], '.0%')})",
        f"  {h['explanation']}",
        w["of_due"].format(rate=_rate_text(list(data["tasks_of_due"].values()))),
        "",
        f"{w['states']}:",
    ]
    for state in TaskState:
        lines.append(f"  {_status_label(state, lang):<34} {data['task_states'][state.value]:>6}")
    obligations = data["obligations"]
    lines += [
        "",
        f"{w['detail']}: {w['done']} {_rate_text(obligations['completed'])}; "
        f"{w['on_time']} {_rate_text(obligations['on_time'])}",
        "",
        f"{w['by_status']}:",
    ]
    for status in VerdictStatus:
        lines.append(
            f"  {_status_label(status, lang):<34} {obligations['counts'][status.value]:>6}"
        )
    lines += ["", f"{w['by_area']}:"]
    for area in data["by_area"]:
        lines.append(
            f"  {area['area']}. {area['name']}: {w['tasks']} {_rate_text(area['tasks'])}; "
            f"{w['done']} {_rate_text(area['completed'])}; {w['on_time']} "
            f"{_rate_text(area['on_time'])}"
        )
    for role, title in ((Role.LEAD, w["by_lead"]), (Role.COORDINATING, w["by_partner"])):
        rows = [a for a in data["by_agency"] if a["role"] == role.value]
        if not rows:
            continue
        lines += ["", f"{title}:"]
        for a in rows:
            lines.append(
                f"  {a['label']}: {w['done']} {_rate_text(a['completed'])}; "
                f"{w['on_time']} {_rate_text(a['on_time'])}"
            )
    lines += ["", f"{w['by_month']}:"]
    for m in data["by_month"]:
        month = f"{m['month'][5:]}/{m['month'][:4]}"
        lines.append(
            f"  {month}: {w['done']} {_rate_text(m['completed'])}; "
            f"{w['on_time']} {_rate_text(m['on_time'])}"
        )
    lines += ["", f"{w['late']}:"]
    if not data["late"]:
        lines.append(f"  {w['none']}")
    current = None
    for row in data["late"]:
        if row["task"] != current:
            current = row["task"]
            lines.append(f"  {row['task']} {row['task_title']}")
        role_label = _role_label(Role(row["role"]), lang)
        lines.append(f"      {row['agency_name']} ({role_label}): {row['reason']}")
    lines += ["", f"{w['missing']}:"]
    if not data["missing"]:
        lines.append(f"  {w['none']}")
    for item in data["missing"]:
        count = len(item["agencies"])
        lines.append(f"  {item['task']} {item['title']}")
        lines.append(f"      {count} {w['agencies']}: {_listed(item['agencies'])}")
    if data["not_applicable"]:
        lines += ["", f"{w['na']}:"]
        for item in data["not_applicable"]:
            lines.append(f"  {item['task']} {item['title']}: {', '.join(item['agencies'])}")
    assessable = [t for t in data["tasks"] if t["state"] == TaskState.NOT_ASSESSABLE.value]
    if assessable:
        lines += ["", f"{w['nx']}:"]
        lines += [f"  {t['task']} {t['title']}" for t in assessable]
    if data["notes"]:
        lines += ["", f"{w['notes']}:"]
        lines += [f"  - {note}" for note in data["notes"]]
    lines += ["", f"{w['policy']}:"]
    lines += [f"  {line}" for line in data["policy"]]
    score_lines = _score_lines(data, lang)
    if score_lines:
        lines += ["", *score_lines]
    return "\n".join(lines) + "\n"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def to_markdown(evaluation: Evaluation, lang: str = "vi", *, score: Score | None = None) -> str:
    """A Markdown report with the same figures as the text, in tables."""
    w = _words(lang)
    data = report_data(evaluation, lang, score=score)
    h = data["headline"]
    share = "—" if h["share"] is None else format(h["share"], ".0%")
    lines = [
        f"# {w['title']}",
        "",
        f"{data['plan']['title']}",
        "",
        data["as_of_line"],
        "",
        f"**{h['label']}: {h['completed']}/{h['counted']} {w['tasks']} ({share})**",
        "",
        h["explanation"],
        "",
        w["of_due"].format(rate=_rate_text(list(data["tasks_of_due"].values()))),
        "",
        f"## {w['states']}",
        "",
        f"| {w['states']} | # |",
        "|---|---:|",
    ]
    lines += [f"| {_status_label(s, lang)} | {data['task_states'][s.value]} |" for s in TaskState]
    o = data["obligations"]
    lines += [
        "",
        f"## {w['detail']}",
        "",
        f"{w['done']} {_rate_text(o['completed'])}; {w['on_time']} {_rate_text(o['on_time'])}",
        "",
        f"| {w['by_status']} | # |",
        "|---|---:|",
    ]
    lines += [f"| {_status_label(s, lang)} | {o['counts'][s.value]} |" for s in VerdictStatus]
    lines += [
        "",
        f"## {w['by_area']}",
        "",
        f"| | {w['tasks']} | {w['done']} | {w['on_time']} |",
        "|---|---|---|---|",
    ]
    for a in data["by_area"]:
        lines.append(
            f"| {a['area']}. {_cell(a['name'])} | {_rate_text(a['tasks'])} | "
            f"{_rate_text(a['completed'])} | {_rate_text(a['on_time'])} |"
        )
    for kind, title in ((Role.LEAD, w["by_lead"]), (Role.COORDINATING, w["by_partner"])):
        rows = [a for a in data["by_agency"] if a["role"] == kind.value]
        if rows:
            lines += ["", f"## {title}", "", f"| | {w['done']} | {w['on_time']} |", "|---|---|---|"]
            lines += [
                f"| {_cell(a['label'])} | {_rate_text(a['completed'])} | "
                f"{_rate_text(a['on_time'])} |"
                for a in rows
            ]
    lines += ["", f"## {w['by_month']}", "", f"| | {w['done']} | {w['on_time']} |", "|---|---|---|"]
    lines += [
        f"| {m['month'][5:]}/{m['month'][:4]} | {_rate_text(m['completed'])} | "
        f"{_rate_text(m['on_time'])} |"
        for m in data["by_month"]
    ]
    lines += [
        "",
        f"## {w['late']}",
        "",
        "| | | | |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {r['task']} | {_cell(r['task_title'])} | {_cell(r['agency_name'])} "
        f"({_role_label(Role(r['role']), lang)}) | {_cell(r['reason'])} |"
        for r in data["late"]
    ]
    lines += ["", f"## {w['missing']}", "", "| | | |", "|---|---|---|"]
    lines += [
        f"| {m['task']} | {_cell(m['title'])} | {len(m['agencies'])}: "
        f"{_cell(_listed(m['agencies']))} |"
        for m in data["missing"]
    ]
    if data["not_applicable"]:
        lines += ["", f"## {w['na']}", ""]
        lines += [
            f"- {m['task']} {m['title']}: {', '.join(m['agencies'])}"
            for m in data["not_applicable"]
        ]
    if data["notes"]:
        lines += ["", f"## {w['notes']}", ""]
        lines += [f"- {note}" for note in data["notes"]]
    lines += ["", f"## {w['policy']}", ""]
    lines += [f"- {line}" for line in data["policy"]]
    score_lines = _score_lines(data, lang)
    if score_lines:
        lines += ["", f"## {score_lines[0]}", ""]
        lines += [f"- {line.strip()}" for line in score_lines[1:]]
    return "\n".join(lines) + "\n"


#: The columns of the CSV report: one row per figure (``record`` says which) and one per
#: obligation (``record`` = ``verdict``).
CSV_COLUMNS = (
    "record",
    "measure",
    "task",
    "task_title",
    "area",
    "agency",
    "agency_name",
    "role",
    "period",
    "milestone",
    "nominal_due",
    "due",
    "status",
    "status_label",
    "done_on",
    "days_late",
    "working_days_late",
    "estimated",
    "numerator",
    "denominator",
    "points",
    "max_points",
    "reason",
)


def to_csv(evaluation: Evaluation, lang: str = "vi", *, score: Score | None = None) -> str:
    """The report as one CSV table: the figures first, then one row per obligation.

    The ``record`` column says what a row is: ``headline`` (tasks completed of tasks in the
    plan), ``tasks_of_due``, ``task`` (each task's state), ``obligations`` (completed and on
    time), ``area``, ``agency`` (with its role), ``month``, ``score`` and ``criterion``,
    then ``verdict``.  ``status`` holds stable codes whatever ``lang``; ``status_label``
    and ``reason`` are in ``lang``.
    """
    data = report_data(evaluation, lang, score=score)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    h = data["headline"]
    writer.writerow(
        {
            "record": "headline",
            "measure": "tasks_completed",
            "numerator": h["completed"],
            "denominator": h["counted"],
            "reason": h["explanation"],
        }
    )
    writer.writerow(
        {
            "record": "tasks_of_due",
            "measure": "tasks_completed",
            "numerator": data["tasks_of_due"]["completed"],
            "denominator": data["tasks_of_due"]["due"],
        }
    )
    for task in data["tasks"]:
        writer.writerow(
            {
                "record": "task",
                "task": task["task"],
                "task_title": task["title"],
                "area": task["area"],
                "agency_name": "; ".join(task["leads"]),
                "status": task["state"],
                "status_label": task["state_label"],
            }
        )

    def rates(base: dict[str, Any], summary: dict[str, Any]) -> None:
        for measure in ("completed", "on_time"):
            numerator, denominator = summary[measure]
            writer.writerow(
                {**base, "measure": measure, "numerator": numerator, "denominator": denominator}
            )

    rates({"record": "obligations"}, data["obligations"])
    for area in data["by_area"]:
        numerator, denominator = area["tasks"]
        writer.writerow(
            {
                "record": "area",
                "measure": "tasks_completed",
                "area": area["area"],
                "task_title": area["name"],
                "numerator": numerator,
                "denominator": denominator,
            }
        )
        rates({"record": "area", "area": area["area"], "task_title": area["name"]}, area)
    for agency in data["by_agency"]:
        base = {
            "record": "agency",
            "agency": agency["agency"],
            "agency_name": agency["label"],
            "role": agency["role"],
        }
        rates(base, agency)
    for month in data["by_month"]:
        rates({"record": "month", "period": month["month"]}, month)
    if data["score"] is not None:
        s = data["score"]
        writer.writerow(
            {
                "record": "score",
                "measure": s["scheme"],
                "points": f"{s['total']:g}",
                "max_points": f"{s['max_total']:g}",
                "reason": ", ".join(s["not_assessed"]),
            }
        )
        for c in s["criteria"]:
            writer.writerow(
                {
                    "record": "criterion",
                    "measure": c["code"],
                    "task_title": c["label"],
                    "status": "assessed" if c["assessed"] else "not_assessed",
                    "points": "" if c["points"] is None else f"{c['points']:g}",
                    "max_points": f"{c['max_points']:g}",
                    "reason": c["detail"],
                }
            )
    for row in data["verdicts"]:
        writer.writerow(
            {
                "record": "verdict",
                "task": row["task"],
                "task_title": row["task_title"],
                "area": row["area"],
                "agency": row["agency"],
                "agency_name": row["agency_name"],
                "role": row["role"],
                "milestone": row["milestone"] or "",
                "nominal_due": row["nominal_due"],
                "due": row["due"],
                "status": row["status"],
                "status_label": row["status_label"],
                "done_on": row["done_on"] or "",
                "days_late": "" if row["days_late"] is None else row["days_late"],
                "working_days_late": (
                    "" if row["working_days_late"] is None else row["working_days_late"]
                ),
                "estimated": "true" if row["estimated"] else "false",
                "reason": row["reason"],
            }
        )
    return out.getvalue()


def to_json_data(
    evaluation: Evaluation, lang: str = "vi", *, score: Score | None = None
) -> dict[str, Any]:
    """The report as JSON-ready data (:func:`report_data`)."""
    return report_data(evaluation, lang, score=score)


def to_json(evaluation: Evaluation, lang: str = "vi", *, score: Score | None = None) -> str:
    """The report as JSON text (UTF-8 ready, two-space indentation)."""
    data = to_json_data(evaluation, lang, score=score)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
