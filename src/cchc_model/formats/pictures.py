"""Pictures of a plan and its evaluation, as matplotlib figures (extra ``pictures``).

Each function returns a :class:`matplotlib.figure.Figure` built from the library's public
API only, for a notebook, a report or :meth:`~matplotlib.figure.Figure.savefig`:

* :func:`timeline` — the plan's tasks by area with their windows and due points, and an
  evaluation's verdicts on them;
* :func:`completion_heatmap` — completion by agency × area;
* :func:`indicators_chart` — the indicators against their targets;
* :func:`burndown` — the obligations still open at the end of each month;
* :func:`on_time_by_agency` — the share of each agency's due work done on time.

Vietnamese renders with its diacritics in matplotlib's own font, DejaVu Sans, which covers
every Vietnamese letter; the verdicts' colours fall in lightness from done to overdue and
each also has its own marker, so a grey-scale print still tells them apart.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from cchc_model.assessment.compliance import Evaluation, Verdict, VerdictStatus
from cchc_model.assessment.measurements import IndicatorAssessment, IndicatorStatus
from cchc_model.formats._html import STATUS_COLOURS
from cchc_model.formats._sheets import require_extra
from cchc_model.plan.plans import Plan
from cchc_model.scheduling.schedule import Role, plan_obligations

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "MARKERS",
    "SEVERITY",
    "burndown",
    "completion_heatmap",
    "indicators_chart",
    "on_time_by_agency",
    "open_at",
    "timeline",
]

#: The marker of each verdict status in the timeline (a shape, so grey-scale reads).
MARKERS = {
    VerdictStatus.DONE_EARLY: "^",
    VerdictStatus.DONE_ON_TIME: "o",
    VerdictStatus.DONE_LATE: "s",
    VerdictStatus.REPORTED: "o",
    VerdictStatus.OVERDUE: "X",
    VerdictStatus.IN_PROGRESS: "D",
    VerdictStatus.NOT_DUE: ".",
    VerdictStatus.NO_REPORT: "P",
    VerdictStatus.NOT_APPLICABLE: "v",
}

#: Which verdict a due point shows when several agencies owe it: the worst, in this order.
SEVERITY = (
    VerdictStatus.OVERDUE,
    VerdictStatus.NO_REPORT,
    VerdictStatus.DONE_LATE,
    VerdictStatus.IN_PROGRESS,
    VerdictStatus.NOT_DUE,
    VerdictStatus.DONE_ON_TIME,
    VerdictStatus.REPORTED,
    VerdictStatus.DONE_EARLY,
    VerdictStatus.NOT_APPLICABLE,
)

# Darker ink for the edges of the verdict colours, which are light.
_EDGE = "#333333"


def _pyplot() -> None:
    require_extra("matplotlib", "pictures", "a picture")


def _figure(width: float, height: float) -> Figure:
    _pyplot()
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _day(day: datetime.date) -> float:
    """A date as matplotlib's date axis counts it (days since its epoch)."""
    _pyplot()
    from matplotlib import dates

    convert = cast("Callable[[datetime.date], float]", dates.date2num)  # untyped upstream
    return float(convert(day))


def _label(status: VerdictStatus, lang: str) -> str:
    return status.label_vi if lang == "vi" else status.label_en


def timeline(
    plan: Plan, evaluation: Evaluation | None = None, *, lang: str = "vi", max_tasks: int = 80
) -> Figure:
    """The plan's tasks as a Gantt chart: windows as bars, due points as markers.

    One row per task, grouped by top-level area in the plan's order; a bar from the day a
    window opens to its due date; a marker at each due point of the plan's own
    obligations.  With an evaluation, each marker takes the colour and shape of its
    verdict — the worst (:data:`SEVERITY`) when several agencies owe the point — with a
    legend, and a line marks the evaluation's date.

    Args:
        plan: The plan.
        evaluation: An evaluation of the plan, for the verdicts.
        lang: The language of the legend ("vi" or "en").
        max_tasks: The most tasks drawn (the first ones); a note says how many were left.

    Raises:
        ImportError: matplotlib is not installed (the extra ``pictures``).
    """
    figure = _figure(11, 0.22 * min(len(plan.tasks), max_tasks) + 1.6)
    axes = figure.add_subplot()
    tasks = plan.tasks[:max_tasks]
    rows = {task.code: i for i, task in enumerate(tasks)}
    worst: dict[tuple[str, datetime.date], VerdictStatus] = {}
    if evaluation is not None:
        for verdict in evaluation.verdicts:
            key = (verdict.obligation.task.code, verdict.obligation.nominal_due)
            current = worst.get(key)
            if current is None or SEVERITY.index(verdict.status) < SEVERITY.index(current):
                worst[key] = verdict.status
    drawn: set[tuple[str, datetime.date]] = set()
    by_status: dict[VerdictStatus | None, list[tuple[datetime.date, int]]] = defaultdict(list)
    for obligation in plan_obligations(plan):
        code = obligation.task.code
        if code not in rows or (code, obligation.nominal_due) in drawn:
            continue
        drawn.add((code, obligation.nominal_due))
        row = rows[code]
        if obligation.opens is not None and obligation.opens < obligation.due:
            axes.barh(
                row,
                (obligation.due - obligation.opens).days,
                left=_day(obligation.opens),
                height=0.5,
                color="#d0d0d0",
                edgecolor="#a0a0a0",
                linewidth=0.4,
            )
        by_status[worst.get((code, obligation.nominal_due))].append((obligation.due, row))
    for status, points in by_status.items():
        days = [_day(day) for day, _ in points]
        ys = [row for _, row in points]
        if status is None:
            axes.scatter(days, ys, marker="|", color="#222222", s=60, label=None)
        else:
            axes.scatter(
                days,
                ys,
                marker=MARKERS[status],
                color=STATUS_COLOURS[status.value],
                edgecolors=_EDGE,
                linewidths=0.6,
                s=42,
                label=_label(status, lang),
                zorder=3,
            )
    axes.set_yticks(range(len(tasks)), [task.code for task in tasks])
    axes.xaxis_date()
    axes.invert_yaxis()
    axes.tick_params(axis="y", labelsize=7)
    for area in plan.areas:
        first = next((rows[t.code] for t in area.all_tasks if t.code in rows), None)
        if first is not None and first > 0:
            axes.axhline(first - 0.5, color="#888888", linewidth=0.5)
    if evaluation is not None:
        axes.axvline(_day(evaluation.as_of), color="#000000", linestyle="--", linewidth=0.8)
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    title = str(plan)
    if len(plan.tasks) > max_tasks:
        title += f" — {max_tasks}/{len(plan.tasks)}"
    axes.set_title(title, fontsize=10)
    figure.autofmt_xdate()
    return figure


def _due(verdicts: Sequence[Verdict]) -> list[Verdict]:
    return [v for v in verdicts if v.status.due]


def completion_heatmap(evaluation: Evaluation, *, role: Role | None = Role.LEAD) -> Figure:
    """Completion of the work due, by agency (rows) and top-level area (columns).

    Each cell is the share of the agency's obligations in that area, due by the
    evaluation's date, that are done, written inside as "done/due"; an empty cell had
    nothing due.  ``role`` limits to the leads' obligations (``None``: every role).

    Raises:
        ImportError: matplotlib is not installed (the extra ``pictures``).
    """
    done: dict[tuple[str, str], int] = defaultdict(int)
    due: dict[tuple[str, str], int] = defaultdict(int)
    for verdict in _due(evaluation.verdicts):
        if role is not None and verdict.obligation.role is not role:
            continue
        key = (verdict.obligation.agency.code, verdict.obligation.task.area_path[0])
        due[key] += 1
        done[key] += verdict.status.done
    agencies = sorted({a for a, _ in due})
    areas = [a.code for a in evaluation.plan.areas if any(k[1] == a.code for k in due)]
    figure = _figure(1.2 + 0.7 * max(len(areas), 1), 1.2 + 0.32 * max(len(agencies), 1))
    axes = figure.add_subplot()
    import numpy as np

    values = np.full((len(agencies), len(areas)), np.nan)
    for i, agency in enumerate(agencies):
        for j, area in enumerate(areas):
            if due[agency, area]:
                values[i, j] = done[agency, area] / due[agency, area]
                shade = "white" if values[i, j] < 0.5 else "black"
                axes.text(
                    j,
                    i,
                    f"{done[agency, area]}/{due[agency, area]}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color=shade,
                )
    image = axes.imshow(values, cmap="viridis", vmin=0, vmax=1, aspect="auto")
    axes.set_xticks(range(len(areas)), areas)
    axes.set_yticks(range(len(agencies)), agencies, fontsize=7)
    figure.colorbar(image, ax=axes, label="hoàn thành / đến hạn")
    axes.set_title(f"Tính đến {evaluation.as_of:%d/%m/%Y}", fontsize=10)
    return figure


def indicators_chart(assessments: Sequence[IndicatorAssessment], *, lang: str = "vi") -> Figure:
    """The share indicators' measured values against their targets, one bar each.

    A bar's length is the value measured (in percent), a black tick the target; a met
    indicator's bar is solid, a missed one hatched, so print in grey tells them apart.
    Indicators not measured, and rank targets (a rank, not a share), are listed in the
    title's count but drawn without a bar.

    Raises:
        ImportError: matplotlib is not installed (the extra ``pictures``).
    """
    shown = [(a, a.value, a.gap) for a in assessments if a.value is not None and a.gap is not None]
    figure = _figure(8, 0.35 * max(len(assessments), 1) + 1.2)
    axes = figure.add_subplot()
    numbers = [a.number for a in assessments]
    rows = {n: i for i, n in enumerate(numbers)}
    for a, value, gap in shown:
        met = a.status is IndicatorStatus.MET
        axes.barh(
            rows[a.number],
            float(value),
            color="#4c72b0" if met else "#dd8452",
            hatch=None if met else "//",
            edgecolor=_EDGE,
            linewidth=0.5,
            label=None,
        )
        axes.plot(
            [float(value - gap)] * 2,
            [rows[a.number] - 0.4, rows[a.number] + 0.4],
            color="black",
            linewidth=1.5,
        )
    axes.set_yticks(range(len(numbers)), [str(n) for n in numbers])
    axes.invert_yaxis()
    axes.set_xlabel("%")
    count = sum(a.status is IndicatorStatus.MET for a in assessments)
    word = "đạt" if lang == "vi" else "met"
    axes.set_title(f"{count}/{len(assessments)} {word}", fontsize=10)
    return figure


def _month_ends(year: int) -> list[datetime.date]:
    return [
        datetime.date(year + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)
        for m in range(1, 13)
    ]


def open_at(evaluation: Evaluation, day: datetime.date) -> int:
    """The obligations due by ``day`` and not done by it (as the evaluation knows them)."""
    count = 0
    for verdict in evaluation.verdicts:
        if verdict.status is VerdictStatus.NOT_APPLICABLE or verdict.obligation.due > day:
            continue
        record = verdict.record
        finished = record.done_on if verdict.status.done and record is not None else None
        if finished is None or finished > day:
            count += 1
    return count


def burndown(evaluation: Evaluation) -> Figure:
    """The obligations still open at the end of each month of the plan year.

    Up to the evaluation's date, each month's end counts the obligations due by then and
    not done by then (:func:`open_at`).

    Raises:
        ImportError: matplotlib is not installed (the extra ``pictures``).
    """
    ends = [d for d in _month_ends(evaluation.plan.year) if d <= evaluation.as_of]
    figure = _figure(7, 3.2)
    axes = figure.add_subplot()
    counts = [open_at(evaluation, day) for day in ends]
    axes.plot([_day(day) for day in ends], counts, marker="o", color="#c44e52")
    axes.xaxis_date()
    axes.set_ylabel("nghĩa vụ còn mở")
    axes.set_ylim(bottom=0)
    axes.set_title(f"Tính đến {evaluation.as_of:%d/%m/%Y}", fontsize=10)
    figure.autofmt_xdate()
    return figure


def on_time_by_agency(evaluation: Evaluation, *, role: Role | None = Role.LEAD) -> Figure:
    """The share of each agency's due work done on time, lowest first.

    The bar is the on-time rate of the obligations due by the evaluation's date
    (:meth:`Evaluation.by_agency <cchc_model.assessment.compliance.Evaluation.by_agency>`),
    labelled "on time/due".

    Raises:
        ImportError: matplotlib is not installed (the extra ``pictures``).
    """
    rates = evaluation.by_agency(role)
    ordered = sorted(rates.items(), key=lambda item: (item[1].on_time.value or 0.0, item[0]))
    figure = _figure(7, 0.3 * max(len(ordered), 1) + 1.2)
    axes = figure.add_subplot()
    for i, (_code, summary) in enumerate(ordered):
        value = summary.on_time.value or 0.0
        axes.barh(i, value * 100, color="#55a868", edgecolor=_EDGE, linewidth=0.5)
        axes.text(
            value * 100 + 1,
            i,
            f"{summary.on_time.numerator}/{summary.on_time.denominator}",
            va="center",
            fontsize=7,
        )
    axes.set_yticks(range(len(ordered)), [code for code, _ in ordered], fontsize=7)
    axes.set_xlim(0, 110)
    axes.set_xlabel("% đúng hạn")
    axes.set_title(f"Tính đến {evaluation.as_of:%d/%m/%Y}", fontsize=10)
    return figure
