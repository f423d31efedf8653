"""iCalendar (RFC 5545) export: one VTODO per obligation, for calendars and task apps.

>>> import cchc_model
>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> january = plan.schedule(datetime.date(2020, 1, 1), datetime.date(2020, 1, 31), agency="SNV")
>>> text = to_icalendar(january, plan=plan)
>>> text.splitlines()[:3]
['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cchc_model//cchc_model//VI']
>>> [line for line in text.splitlines() if line.startswith("DUE")][:2]
['DUE;VALUE=DATE:20200106', 'DUE;VALUE=DATE:20200131']

Each VTODO has a UID that is the same in every export of the same obligation (and,
given ``plan``, differs between plans), DUE (the resolved due date, with its time of day
when the deadline has one), DTSTART when the
obligation's window opens, SUMMARY in Vietnamese, a DESCRIPTION with the outputs, the
agencies and the deadline as printed, CATEGORIES with the reform area, X-CCHC-ESTIMATED
(and a line of the DESCRIPTION) when the due date rests on an estimated calendar, and — for
the phases of a phased task — RELATED-TO;RELTYPE=PARENT naming one identifier per task and
agency, the same in every export, so the phases group together.  DTSTAMP is fixed (the
plan's date of issue, or ``stamp``), so exports are reproducible.

Given an evaluation instead of obligations, the STATUS of each VTODO follows its verdict
(COMPLETED with the day it was done, IN-PROCESS, CANCELLED, NEEDS-ACTION), a window keeps
the work still open from before it, and VALARMs can ring some working days ahead:

>>> evaluation = cchc_model.evaluate(plan, [], as_of=datetime.date(2020, 2, 10))
>>> text = to_icalendar(evaluation, start=datetime.date(2020, 2, 1), agency="SNV", alarm=2)
>>> sorted({line for line in text.splitlines() if line.startswith("STATUS")})
['STATUS:NEEDS-ACTION']
>>> "DUE;VALUE=DATE:20200106" in text  # January's report, overdue, is kept
True
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cchc_model.assessment.compliance import Evaluation, Verdict
from cchc_model.language.deadlines import Phased
from cchc_model.scheduling.schedule import Obligation, Role

if TYPE_CHECKING:
    from cchc_model.plan.plans import Plan
    from cchc_model.scheduling.calendar import WorkingCalendar

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


# A verdict's VTODO status (RFC 5545 3.8.1.11) and PERCENT-COMPLETE (3.8.1.8), by value.
# In progress says nothing of how far: no percentage is invented for it.
_STATUS = {
    "done_early": ("COMPLETED", 100),
    "done_on_time": ("COMPLETED", 100),
    "done_late": ("COMPLETED", 100),
    "reported": ("COMPLETED", 100),
    "in_progress": ("IN-PROCESS", None),
    "overdue": ("NEEDS-ACTION", 0),
    "no_report": ("NEEDS-ACTION", 0),
    "not_due": ("NEEDS-ACTION", 0),
    "not_applicable": ("CANCELLED", None),
}
# Vietnam's offices keep UTC+7 all year; a day's noon there is 05:00 UTC.
_NOON_IN_VIETNAM = datetime.time(5, 0)
_MORNING_IN_VIETNAM = datetime.time(1, 0)  # 08:00 UTC+7, when an alarm rings


def to_icalendar(
    obligations: Iterable[Obligation] | Evaluation,
    *,
    plan: Plan | None = None,
    stamp: datetime.datetime | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    agency: str | None = None,
    alarm: int | None = None,
    calendar: WorkingCalendar | None = None,
    name: str | None = None,
) -> str:
    """The obligations as an iCalendar document of VTODOs (CRLF line ends, folded lines).

    Args:
        obligations: What to export: obligations, such as ``plan.schedule(...)``, or an
            :class:`~cchc_model.assessment.compliance.Evaluation`, whose verdicts set each
            VTODO's STATUS — COMPLETED (with PERCENT-COMPLETE 100 and COMPLETED, noon of
            the day the work was done, Vietnam time), IN-PROCESS, CANCELLED for work that
            did not arise, NEEDS-ACTION (PERCENT-COMPLETE 0) otherwise — and add the
            verdict's reasons to the DESCRIPTION.
        plan: The plan, for the reform areas' names in CATEGORIES, the default DTSTAMP and
            the calendar's name (an evaluation brings its own).
        stamp: The DTSTAMP of every VTODO; by default midnight UTC of the plan's date of
            issue, or of 1 January of the earliest due date's year.
        start: With ``end``, only what falls due in ``[start, end]`` — and, of an
            evaluation, the work due before ``start`` that is still open on its date
            (overdue, not reported or in progress), which a calendar must not drop.
        end: The last day of the window.
        agency: Of an evaluation, only this agency's verdicts (a name or a code).
        alarm: A VALARM this many working days before each open item's due date, at
            08:00 Vietnam time (needs the working calendar; ``calendar`` or Vietnam's).
        calendar: The working calendar the alarms count on.
        name: X-WR-CALNAME, the name calendar applications show; by default the plan's
            title (and the agency's name).

    Raises:
        ValueError: ``alarm`` is negative.
        UnknownAgencyError: ``agency`` names no agency of the plan.
    """
    verdicts: dict[int, Verdict] = {}
    if isinstance(obligations, Evaluation):
        evaluation = obligations
        plan = plan or evaluation.plan
        chosen = list(evaluation.verdicts)
        if agency is not None:
            entry = evaluation.plan.agencies.resolve(agency)
            chosen = [v for v in chosen if v.obligation.agency == entry]
        if start is not None or end is not None:
            first = start or datetime.date.min
            last = end or datetime.date.max
            chosen = [
                v
                for v in chosen
                if first <= v.obligation.due <= last
                or (v.obligation.due < first and v.status.value in _STILL_OPEN)
            ]
        items = [v.obligation for v in chosen]
        verdicts = {id(v.obligation): v for v in chosen}
    else:
        items = [
            o
            for o in obligations
            if (start is None or o.due >= start) and (end is None or o.due <= end)
        ]
    if alarm is not None and alarm < 0:
        raise ValueError(f"an alarm comes 0 or more working days before, not {alarm}")
    if alarm is not None and calendar is None:
        from cchc_model.scheduling.calendar import vietnam_calendar

        calendar = vietnam_calendar()
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
    if name is None and plan is not None:
        name = str(plan) + (f" — {agency}" if agency else "")
    if name:
        lines.append(f"X-WR-CALNAME:{_escape(name)}")
    for obligation in items:
        task = obligation.task
        verdict = verdicts.get(id(obligation))
        uid = _uid(obligation, scope)
        summary = f"{task.code} {task.title}"
        if obligation.milestone:
            summary += f" ({obligation.milestone})"
        notes = [
            f"Nhiệm vụ: {task.title}",
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
        if verdict is not None:
            notes.append(f"Kết luận: {verdict.explain('vi')}")
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
        status, percent = (
            _STATUS[verdict.status.value] if verdict is not None else ("NEEDS-ACTION", None)
        )
        lines += [
            due_line,
            f"SUMMARY:{_escape(summary)}",
            f"DESCRIPTION:{_escape(description)}",
            f"CATEGORIES:{_escape(category)}",
            f"PRIORITY:{1 if obligation.role is Role.LEAD else 5}",
            f"STATUS:{status}",
        ]
        if percent is not None:
            lines.append(f"PERCENT-COMPLETE:{percent}")
        done = verdict.record.done_on if verdict is not None and verdict.record else None
        if status == "COMPLETED" and done is not None:
            lines.append(f"COMPLETED:{_utc(done, _NOON_IN_VIETNAM)}")
        if obligation.estimated:
            lines.append("X-CCHC-ESTIMATED:TRUE")
        if isinstance(task.deadline, Phased):
            # Every phase of a task names the same parent: the task, for that agency.
            parent = _hashed(
                f"{scope}|{task.code}|{obligation.agency.code}|{obligation.role.value}"
            )
            lines.append(f"RELATED-TO;RELTYPE=PARENT:{parent}")
        if alarm is not None and calendar is not None and status in ("NEEDS-ACTION", "IN-PROCESS"):
            ring = calendar.add_working_days(obligation.due, -alarm) if alarm else obligation.due
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{_escape(summary)}",
                f"TRIGGER;VALUE=DATE-TIME:{_utc(ring, _MORNING_IN_VIETNAM)}",
                "END:VALARM",
            ]
        lines.append("END:VTODO")
    lines.append("END:VCALENDAR")
    return _CRLF.join(_fold(line) for line in lines) + _CRLF


def _utc(day: datetime.date, moment: datetime.time) -> str:
    """A day's moment in UTC, as RFC 5545 writes it: "20200106T010000Z"."""
    return f"{datetime.datetime.combine(day, moment):%Y%m%dT%H%M%SZ}"


# Verdicts whose work is still open on the evaluation's date.
_STILL_OPEN = frozenset({"overdue", "no_report", "in_progress"})
