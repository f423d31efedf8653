"""iCalendar (RFC 5545) export: one VTODO per obligation, for calendars and task apps.

>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> january = plan.schedule(datetime.date(2020, 1, 1), datetime.date(2020, 1, 31), agency="SNV")
>>> text = to_icalendar(january, plan=plan)
>>> text.splitlines()[:3]
['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cchc_model//cchc_model//VI']
>>> [line for line in text.splitlines() if line.startswith("DUE")][:2]
['DUE;VALUE=DATE:20200106', 'DUE;VALUE=DATE:20200131']

Each VTODO has a UID that is the same in every export of the same obligation (and,
given ``plan``, differs between plans), DUE (the resolved due date), DTSTART when the
obligation's window opens, SUMMARY in Vietnamese, a DESCRIPTION with the outputs, the
agencies and the deadline as printed, CATEGORIES with the reform area, X-CCHC-ESTIMATED
(and a line of the DESCRIPTION) when the due date rests on an estimated calendar, and — for
the phases of a phased task — RELATED-TO;RELTYPE=PARENT naming one identifier per task and
agency, the same in every export, so the phases group together.  DTSTAMP is fixed (the
plan's date of issue, or ``stamp``), so exports are reproducible.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cchc_model.language.deadlines import Phased
from cchc_model.scheduling.schedule import Obligation, Role

if TYPE_CHECKING:
    from cchc_model.plan.plans import Plan

__all__ = ["to_icalendar"]

_CRLF = "\r\n"


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current = ""
            size = 0
            limit = 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return (_CRLF + " ").join(parts)


def _uid(obligation: Obligation, scope: str) -> str:
    key = "|".join(
        (
            scope,
            obligation.task.code,
            obligation.milestone or "",
            obligation.nominal_due.isoformat(),
            obligation.agency.code,
            obligation.role.value,
        )
    )
    return _hashed(key)


def _hashed(key: str) -> str:
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}@cchc-model"


def to_icalendar(
    obligations: Iterable[Obligation],
    *,
    plan: Plan | None = None,
    stamp: datetime.datetime | None = None,
) -> str:
    """The obligations as an iCalendar document of VTODOs (CRLF line ends, folded lines).

    Args:
        obligations: What to export, such as ``plan.schedule(...)``.
        plan: The plan, for the reform areas' names in CATEGORIES and the default DTSTAMP.
        stamp: The DTSTAMP of every VTODO; by default midnight UTC of the plan's date of
            issue, or of 1 January of the earliest due date's year.
    """
    items = list(obligations)
    if stamp is None:
        if plan is not None and plan.date is not None:
            day = plan.date
        elif items:
            day = datetime.date(min(o.due for o in items).year, 1, 1)
        else:
            day = datetime.date(1970, 1, 1)
        stamp = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc)
    stamp_text = stamp.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    areas = {area.code: area.name for area in plan.all_areas} if plan is not None else {}
    # The plan's identity keeps two provinces' exports apart.
    scope = f"{plan.issuer}|{plan.number}|{plan.year}" if plan is not None else ""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cchc_model//cchc_model//VI"]
    lines.append("CALSCALE:GREGORIAN")
    for obligation in items:
        task = obligation.task
        uid = _uid(obligation, scope)
        summary = f"{task.code} {task.title}"
        if obligation.milestone:
            summary += f" ({obligation.milestone})"
        notes = [
            f"Kết quả: {task.outputs_text}",
            f"Cơ quan chủ trì: {task.lead_text}",
            f"Cơ quan phối hợp: {task.partners_text}",
            f"Thời gian thực hiện: {task.deadline_text}",
            f"Đơn vị: {obligation.agency.name} ({obligation.role.label_vi})",
            f"Hạn theo kế hoạch: {obligation.nominal_due:%d/%m/%Y}",
        ]
        if obligation.estimated:
            notes.append(
                "Lưu ý: hạn tính theo lịch ngày nghỉ ước tính (năm chưa có thông báo chính thức)"
            )
        description = "\n".join(notes)
        area = task.area_code
        category = f"{area}. {areas[area]}" if area in areas else f"Lĩnh vực {area}"
        lines += [
            "BEGIN:VTODO",
            f"UID:{uid}",
            f"DTSTAMP:{stamp_text}",
        ]
        if obligation.opens is not None and obligation.opens <= obligation.due:
            lines.append(f"DTSTART;VALUE=DATE:{obligation.opens:%Y%m%d}")
        if obligation.time is None:
            due_line = f"DUE;VALUE=DATE:{obligation.due:%Y%m%d}"
        else:  # a local ("floating") date-time, RFC 5545 3.3.5 form 1: the office's clock
            moment = datetime.datetime.combine(obligation.due, obligation.time)
            due_line = f"DUE:{moment:%Y%m%dT%H%M%S}"
        lines += [
            due_line,
            f"SUMMARY:{_escape(summary)}",
            f"DESCRIPTION:{_escape(description)}",
            f"CATEGORIES:{_escape(category)}",
            f"PRIORITY:{1 if obligation.role is Role.LEAD else 5}",
            "STATUS:NEEDS-ACTION",
        ]
        if obligation.estimated:
            lines.append("X-CCHC-ESTIMATED:TRUE")
        if isinstance(task.deadline, Phased):
            # Every phase of a task names the same parent: the task, for that agency.
            parent = _hashed(
                f"{scope}|{task.code}|{obligation.agency.code}|{obligation.role.value}"
            )
            lines.append(f"RELATED-TO;RELTYPE=PARENT:{parent}")
        lines.append("END:VTODO")
    lines.append("END:VCALENDAR")
    return _CRLF.join(_fold(line) for line in lines) + _CRLF
