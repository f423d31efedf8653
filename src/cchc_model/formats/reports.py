"""Reports of an evaluation: plain text, Markdown, CSV and JSON, in Vietnamese or English.

Each function takes an :class:`~cchc_model.assessment.compliance.Evaluation`; the methods
``Evaluation.to_text()`` and the like call them.

>>> import datetime
>>> from cchc_model import datasets, evaluate
>>> evaluation = evaluate(datasets.load("an-giang-2020"), [], as_of=datetime.date(2020, 1, 31))
>>> to_text(evaluation, "en").splitlines()[0]
'Plan evaluation: Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang năm 2020'
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from cchc_model.assessment.compliance import Evaluation, RateSummary, Verdict, VerdictStatus

__all__ = ["to_csv", "to_json", "to_json_data", "to_markdown", "to_text"]

_WORDS = {
    "vi": {
        "title": "Đánh giá thực hiện kế hoạch",
        "as_of": "tính đến",
        "obligations": "nghĩa vụ",
        "completed": "Tỷ lệ hoàn thành",
        "on_time": "Tỷ lệ đúng hạn",
        "by_area": "Theo lĩnh vực",
        "by_status": "Theo kết quả",
        "area": "Lĩnh vực",
        "task": "Nhiệm vụ",
        "agency": "Cơ quan",
        "role": "Vai trò",
        "milestone": "Mốc",
        "due": "Hạn",
        "status": "Kết quả",
        "reason": "Diễn giải",
        "late": "Việc trễ và quá hạn",
        "missing": "Chưa báo cáo (đã đến hạn), theo nhiệm vụ",
        "agencies": "cơ quan",
        "none": "không có",
    },
    "en": {
        "title": "Plan evaluation",
        "as_of": "as of",
        "obligations": "obligations",
        "completed": "Completion rate",
        "on_time": "On-time rate",
        "by_area": "By reform area",
        "by_status": "By verdict",
        "area": "Area",
        "task": "Task",
        "agency": "Agency",
        "role": "Role",
        "milestone": "Milestone",
        "due": "Due",
        "status": "Verdict",
        "reason": "Reason",
        "late": "Late and overdue work",
        "missing": "Not reported (past due), by task",
        "agencies": "agencies",
        "none": "none",
    },
}
_LATE = (VerdictStatus.DONE_LATE, VerdictStatus.OVERDUE)


def _missing(evaluation: Evaluation) -> list[tuple[str, list[str]]]:
    """Per task, the agencies that reported nothing on work past due."""
    found: dict[str, list[str]] = {}
    for verdict in evaluation.verdicts:
        if verdict.status is VerdictStatus.NO_REPORT:
            codes = found.setdefault(verdict.obligation.task.code, [])
            if verdict.obligation.agency.code not in codes:
                codes.append(verdict.obligation.agency.code)
    return list(found.items())


def _listed(codes: list[str], limit: int = 6) -> str:
    shown = ", ".join(codes[:limit])
    return shown + (f", … (+{len(codes) - limit})" if len(codes) > limit else "")


def _label(status: VerdictStatus, lang: str) -> str:
    return status.label_vi if lang == "vi" else status.label_en


def _role(verdict: Verdict, lang: str) -> str:
    role = verdict.obligation.role
    return role.label_vi if lang == "vi" else role.value


def _summary_lines(evaluation: Evaluation, lang: str) -> list[tuple[str, str]]:
    w = _WORDS[lang]
    overall = evaluation.overall()
    return [(w["completed"], str(overall.completed)), (w["on_time"], str(overall.on_time))]


def to_text(evaluation: Evaluation, lang: str = "vi") -> str:
    """A plain-text report: the rates, the counts by verdict and by area, the late work."""
    w = _WORDS[lang]
    plan = evaluation.plan
    lines = [
        f"{w['title']}: {plan}",
        f"{w['as_of']} {evaluation.as_of:%d/%m/%Y} — {len(evaluation.verdicts)} {w['obligations']}",
        "",
    ]
    lines += [f"{name}: {value}" for name, value in _summary_lines(evaluation, lang)]
    lines += ["", f"{w['by_status']}:"]
    for status, count in evaluation.count().items():
        lines.append(f"  {_label(status, lang):<28} {count:>6}")
    lines += ["", f"{w['by_area']}:"]
    for code, summary in sorted(evaluation.by_area().items(), key=lambda item: _roman(item[0])):
        lines.append(
            f"  {code:<5} {w['completed']} {summary.completed}; {w['on_time']} {summary.on_time}"
        )
    lines += ["", f"{w['late']}:"]
    late = [v for v in evaluation.verdicts if v.status in _LATE]
    if not late:
        lines.append(f"  {w['none']}")
    for verdict in late:
        o = verdict.obligation
        lines.append(f"  {o.task.code:<7} {o.agency.code:<12} {verdict.explain(lang)}")
    lines += ["", f"{w['missing']}:"]
    missing = _missing(evaluation)
    if not missing:
        lines.append(f"  {w['none']}")
    for task, codes in missing:
        lines.append(f"  {task:<7} {len(codes):>3} {w['agencies']}: {_listed(codes)}")
    return "\n".join(lines) + "\n"


def _roman(code: str) -> int:
    return (
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X").index(code)
        if code in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
        else 99
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def to_markdown(evaluation: Evaluation, lang: str = "vi") -> str:
    """A Markdown report with tables."""
    w = _WORDS[lang]
    lines = [
        f"# {w['title']}",
        "",
        f"{evaluation.plan} — {w['as_of']} {evaluation.as_of:%d/%m/%Y}",
        "",
    ]
    lines += [f"- **{name}**: {value}" for name, value in _summary_lines(evaluation, lang)]
    lines += ["", f"## {w['by_status']}", "", f"| {w['status']} | # |", "|---|---:|"]
    lines += [f"| {_label(s, lang)} | {n} |" for s, n in evaluation.count().items()]
    lines += [
        "",
        f"## {w['by_area']}",
        "",
        f"| {w['area']} | {w['completed']} | {w['on_time']} |",
        "|---|---|---|",
    ]
    for code, summary in sorted(evaluation.by_area().items(), key=lambda item: _roman(item[0])):
        lines.append(f"| {code} | {summary.completed} | {summary.on_time} |")
    lines += [
        "",
        f"## {w['late']}",
        "",
        f"| {w['task']} | {w['agency']} | {w['role']} | {w['due']} | {w['status']} "
        f"| {w['reason']} |",
        "|---|---|---|---|---|---|",
    ]
    for verdict in (v for v in evaluation.verdicts if v.status in _LATE):
        o = verdict.obligation
        lines.append(
            f"| {o.task.code} | {_cell(o.agency.name)} | {_role(verdict, lang)} | "
            f"{o.due:%d/%m/%Y} | {_label(verdict.status, lang)} | {_cell(verdict.explain(lang))} |"
        )
    lines += ["", f"## {w['missing']}", "", f"| {w['task']} | {w['agencies']} |", "|---|---|"]
    lines += [
        f"| {task} | {len(codes)}: {_listed(codes)} |" for task, codes in _missing(evaluation)
    ]
    return "\n".join(lines) + "\n"


_CSV_COLUMNS = (
    "task",
    "agency",
    "role",
    "milestone",
    "nominal_due",
    "due",
    "status",
    "done_on",
    "days_late",
    "working_days_late",
    "reason",
)


def to_csv(evaluation: Evaluation, lang: str = "vi") -> str:
    """One CSV row per obligation (English column names; verdicts and reasons in ``lang``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for verdict in evaluation.verdicts:
        o = verdict.obligation
        record = verdict.record
        writer.writerow(
            (
                o.task.code,
                o.agency.code,
                o.role.value,
                o.milestone or "",
                o.nominal_due.isoformat(),
                o.due.isoformat(),
                verdict.status.value if lang == "en" else verdict.status.label_vi,
                record.done_on.isoformat() if record and record.done_on else "",
                "" if verdict.days_late is None else verdict.days_late,
                "" if verdict.working_days_late is None else verdict.working_days_late,
                verdict.explain(lang),
            )
        )
    return out.getvalue()


def _rates(summary: RateSummary) -> dict[str, Any]:
    return {
        "completed": [summary.completed.numerator, summary.completed.denominator],
        "on_time": [summary.on_time.numerator, summary.on_time.denominator],
    }


def to_json_data(evaluation: Evaluation, lang: str = "vi") -> dict[str, Any]:
    """The evaluation as JSON-ready data."""
    return {
        "plan": str(evaluation.plan),
        "year": evaluation.plan.year,
        "as_of": evaluation.as_of.isoformat(),
        "counts": {status.value: count for status, count in evaluation.count().items()},
        "overall": _rates(evaluation.overall()),
        "by_area": {code: _rates(s) for code, s in evaluation.by_area().items()},
        "verdicts": [
            {
                "task": v.obligation.task.code,
                "agency": v.obligation.agency.code,
                "role": v.obligation.role.value,
                "milestone": v.obligation.milestone,
                "nominal_due": v.obligation.nominal_due.isoformat(),
                "due": v.obligation.due.isoformat(),
                "status": v.status.value,
                "done_on": v.record.done_on.isoformat() if v.record and v.record.done_on else None,
                "days_late": v.days_late,
                "working_days_late": v.working_days_late,
                "reason": v.explain(lang),
            }
            for v in evaluation.verdicts
        ],
    }


def to_json(evaluation: Evaluation, lang: str = "vi") -> str:
    """The evaluation as JSON text (UTF-8 ready, two-space indentation)."""
    return json.dumps(to_json_data(evaluation, lang), ensure_ascii=False, indent=2) + "\n"
