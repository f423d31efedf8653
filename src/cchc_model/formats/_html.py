"""Private machinery: the HTML a notebook shows for the model's main values.

A plan, an area, a task, a schedule, an evaluation and a score each have a view.
Compact tables, verdicts colour-coded (with their label, so the colour is never the only
sign), long lists cut with a count of what was left out.  Everything printed is escaped.
"""

from __future__ import annotations

import collections
import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc_model.assessment.compliance import Evaluation
    from cchc_model.assessment.scoring import Score
    from cchc_model.plan.plans import Plan
    from cchc_model.plan.tasks import ReformArea, Task
    from cchc_model.scheduling.schedule import Obligation

__all__ = [
    "MAX_ROWS",
    "STATUS_COLOURS",
    "area_html",
    "evaluation_html",
    "plan_html",
    "schedule_html",
    "score_html",
    "task_html",
    "tasks_html",
]

#: The rows a table shows before it says how many it left out.
MAX_ROWS = 20

#: A background colour per verdict status (by its value), readable in grey-scale print:
#: the lightness falls from done to overdue.
STATUS_COLOURS = {
    "done_early": "#c6e9c9",
    "done_on_time": "#d9f0d3",
    "done_late": "#fde0a6",
    "reported": "#d9f0d3",
    "overdue": "#f4a6a6",
    "in_progress": "#fff2b3",
    "not_due": "#f2f2f2",
    "no_report": "#e0c7e8",
    "not_applicable": "#ffffff",
}

_STYLE = "border-collapse:collapse;font-size:90%"
_CELL = "border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top"


def _e(value: object) -> str:
    return html.escape(str(value))


def _table(
    header: Sequence[str], rows: Iterable[Sequence[object]], *, colours: Sequence[str] = ()
) -> str:
    lines = [f'<table style="{_STYLE}"><thead><tr>']
    lines += [f'<th style="{_CELL}">{_e(h)}</th>' for h in header]
    lines.append("</tr></thead><tbody>")
    shown = 0
    left = 0
    for i, row in enumerate(rows):
        if shown == MAX_ROWS:
            left += 1
            continue
        colour = f' style="background:{colours[i]}"' if i < len(colours) else ""
        lines.append(f"<tr{colour}>")
        lines += [f'<td style="{_CELL}">{_e(cell)}</td>' for cell in row]
        lines.append("</tr>")
        shown += 1
    lines.append("</tbody></table>")
    if left:
        lines.append(f"<p><em>… {left} more rows not shown</em></p>")
    return "".join(lines)


def _task_row(task: Task) -> tuple[str, str, str, str]:
    lead = ", ".join(entry.code for entry in task.lead) or "—"
    return task.code, task.title, lead, task.deadline_text


def tasks_html(tasks: Sequence[Task]) -> str:
    """A table of tasks: code, title, lead, deadline."""
    return _table(("Mã", "Nhiệm vụ", "Chủ trì", "Thời gian"), (_task_row(t) for t in tasks))


def plan_html(plan: Plan) -> str:
    """A plan: its title, size, areas and first tasks."""
    head = (
        f"<p><strong>{_e(plan)}</strong><br>{_e(plan.issuer)}, {plan.year}: "
        f"{len(plan.all_areas)} lĩnh vực, {len(plan.tasks)} nhiệm vụ, "
        f"{len(plan.indicators)} chỉ tiêu</p>"
    )
    areas = _table(
        ("Lĩnh vực", "Tên", "Nhiệm vụ"),
        ((a.code, a.name, len(a.all_tasks)) for a in plan.all_areas),
    )
    return head + areas + tasks_html(plan.tasks)


def area_html(area: ReformArea) -> str:
    """An area: its heading and tasks."""
    return f"<p><strong>{_e(area)}</strong></p>" + tasks_html(area.all_tasks)


def task_html(task: Task) -> str:
    """A task, field by field."""
    rows = [
        ("Mã", task.code),
        ("Nhiệm vụ", task.title),
        ("Kết quả", task.outputs_text),
        ("Cơ quan chủ trì", task.lead_text),
        ("Cơ quan phối hợp", task.partners_text),
        ("Thời gian thực hiện", task.deadline_text),
        *task.attributes,
    ]
    return _table(("", ""), rows)


def schedule_html(obligations: Sequence[Obligation]) -> str:
    """A schedule: due date, task, milestone, agency, role."""
    head = f"<p><strong>{len(obligations)} nghĩa vụ</strong></p>"
    return head + _table(
        ("Hạn", "Nhiệm vụ", "Mốc", "Cơ quan", "Vai trò"),
        (
            (
                f"{o.due:%d/%m/%Y}",
                o.task.code,
                o.milestone or "",
                o.agency.name,
                o.role.label_vi,
            )
            for o in obligations
        ),
    )


def evaluation_html(evaluation: Evaluation) -> str:
    """An evaluation: the completion, the verdicts by status, by area, and the overdue."""
    counts = collections.Counter(v.status for v in evaluation.verdicts)
    head = (
        f"<p><strong>{_e(evaluation.plan)}</strong> — tính đến "
        f"{evaluation.as_of:%d/%m/%Y}: {len(evaluation.verdicts)} nghĩa vụ; nhiệm vụ hoàn "
        f"thành {_e(evaluation.tasks_completed())}</p>"
    )
    statuses = list(counts)
    by_status = _table(
        ("Kết luận", "Số nghĩa vụ"),
        ((s.label_vi, counts[s]) for s in statuses),
        colours=[STATUS_COLOURS[s.value] for s in statuses],
    )
    rates = evaluation.tasks_by_area()
    by_area = _table(
        ("Lĩnh vực", "Nhiệm vụ hoàn thành"),
        ((code, rate) for code, rate in rates.items()),
    )
    overdue = [v for v in evaluation.verdicts if v.status.value in ("overdue", "no_report")]
    late = _table(
        ("Hạn", "Nhiệm vụ", "Cơ quan", "Kết luận"),
        (
            (
                f"{v.obligation.due:%d/%m/%Y}",
                v.obligation.task.code,
                v.obligation.agency.name,
                v.status.label_vi,
            )
            for v in overdue
        ),
        colours=[STATUS_COLOURS[v.status.value] for v in overdue],
    )
    return head + by_status + by_area + "<p>Quá hạn, chưa báo cáo:</p>" + late


def score_html(score: Score) -> str:
    """A score: criterion by criterion."""
    head = f"<p><strong>{_e(score.scheme.name)}</strong>: {_e(score)}</p>"
    return head + _table(
        ("Tiêu chí", "Nội dung", "Điểm", "Tối đa"),
        (
            (
                c.code,
                c.label,
                "chưa chấm" if c.points is None else f"{c.points:g}",
                f"{c.max_points:g}",
            )
            for c in score.criteria
        ),
    )
