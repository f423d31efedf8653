"""The ``cchc`` command: show, schedule, evaluate and export a plan from the shell.

::

    cchc show [PLAN]
    cchc schedule --from DATE --to DATE [--agency NAME] [--plan PLAN] [--format text|csv|json]
    cchc evaluate RECORDS --as-of DATE [--plan PLAN] [--format text|md|csv|json] [--lang vi|en]
                  [--scheme NAME] [--assessments FILE] [--cutoff DATE] [--partners-owe]
                  [--internal PHRASE] [--lenient]
    cchc indicators MEASUREMENTS [--plan PLAN] [--lang vi|en]
    cchc ics [--agency NAME] [--from DATE] [--to DATE] [--plan PLAN] [--records FILE]
             [--as-of DATE] [--alarm N] [-o FILE]
    cchc calendar YEAR
    cchc agencies [--province P] [--on DATE] [--bodies FILE] [--format text|json]
    cchc validate FILE [--records | --measurements] [--plan PLAN]
    cchc import TABLE [--year YEAR] [--registry FILE] [--province P] [--strict] -o PLAN.json
    cchc export [PLAN] -o TABLE.csv|.xlsx|.docx
    cchc template [PLAN] [--agency NAME] [--from DATE] [--to DATE] -o SHEET.xlsx

PLAN is a bundled plan's name or a plan JSON file; it defaults to the bundled An Giang
2020 plan.  Every command answers any year from 2000 to 2100: a year without the official
notice of days off is estimated from the Labour Code, with a one-line notice on standard
error; ``--strict-calendar`` refuses such years instead.  Dates are dd/mm/yyyy or
yyyy-mm-dd.  Bad input gives one line per problem on standard error and a non-zero exit
status (1 for bad data, 2 for bad arguments), never a traceback.  ``python -m
cchc_model`` runs the same command.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from cchc_model import datasets
from cchc_model._version import __version__
from cchc_model.errors import CchcError
from cchc_model.language.periods import MAX_YEAR, MIN_YEAR
from cchc_model.plan.plans import Plan

if TYPE_CHECKING:
    from cchc_model.scheduling.calendar import WorkingCalendar

__all__ = ["main"]

DEFAULT_PLAN = "an-giang-2020"


class _CommandError(Exception):
    """A problem to report on one line (or one line per item) and exit with."""

    def __init__(self, lines: Sequence[str], status: int = 1) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)
        self.status = status


def _date(text: str) -> datetime.date:
    from cchc_model.formats.readers import parse_date as parse

    try:
        day = parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside the years the library answers, {MIN_YEAR}–{MAX_YEAR}"
        )
    return day


def _load_plan(name: str) -> Plan:
    from cchc_model.formats.plan_json import load_plan
    from cchc_model.formats.problems import PlanLoadError

    if name in datasets.names():
        return datasets.load(name)
    if not os.path.exists(name):
        known = ", ".join(datasets.names())
        raise _CommandError([f"cchc: no plan {name!r}: give a plan JSON file or one of {known}"])
    try:
        return load_plan(name)
    except PlanLoadError as error:  # every problem, each on its line, after the file's name
        raise _CommandError(
            [f"cchc: {name}: {_one_line(str(problem))}" for problem in error.problems]
        ) from None


def _progress(stream: TextIO, message: str) -> None:
    """Tell a person at a terminal what a long step is doing."""
    raw = stream.raw if isinstance(stream, _Shown) else stream
    if raw.isatty():
        raw.write(f"\r{message}…\x1b[K")
        raw.flush()


def _done(stream: TextIO) -> None:
    raw = stream.raw if isinstance(stream, _Shown) else stream
    if raw.isatty():
        raw.write("\r\x1b[K")
        raw.flush()


# Characters a terminal would act on: C0 controls but tab, line feed and carriage return,
# DEL and the C1 controls (escape sequences start with ESC, 0x1B, or CSI, 0x9B).
_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


def _one_line(text: str) -> str:
    r"""A problem on one line: a line break inside it (a JSON key's) is written ``\n``."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _shown(text: str) -> str:
    r"""``text`` as the command prints it: control characters written as ``\xNN``.

    Text read from files (a plan's title, a sheet's cells, a JSON key) can hold escape
    sequences that a terminal would obey; printed, they are inert.

    >>> _shown("Kế hoạch\x1b[2J 2026")
    'Kế hoạch\\x1b[2J 2026'
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class _Shown(io.TextIOBase):
    """A text stream that writes through :func:`_shown`."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(_shown(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()


def _calendar(args: argparse.Namespace) -> WorkingCalendar:
    """The national calendar; strict (official days only) with ``--strict-calendar``."""
    from cchc_model.scheduling.calendar import vietnam_calendar

    return vietnam_calendar(strict=getattr(args, "strict_calendar", False))


def _notice_estimates(err: TextIO, estimated: bool, lang: str = "vi") -> None:
    """One line on standard error when an answer rests on an estimated day."""
    if estimated:
        err.write(
            "cchc: lưu ý: một số hạn dựa trên lịch ngày nghỉ ước tính (năm chưa có thông báo "
            "chính thức); --strict-calendar để từ chối\n"
            if lang == "vi"
            else "cchc: note: some due dates rest on an estimated calendar (a year without "
            "the official notice of days off); --strict-calendar refuses them\n"
        )


def _cmd_calendar(args: argparse.Namespace, out: TextIO) -> None:
    calendar = _calendar(args)
    first, last = datetime.date(args.year, 1, 1), datetime.date(args.year, 12, 31)
    estimated = calendar.is_estimated(first)
    state = (
        "ước tính theo Bộ luật Lao động (chưa có thông báo chính thức)"
        if estimated
        else "theo thông báo chính thức"
    )
    out.write(f"Lịch nghỉ của cán bộ, công chức, viên chức năm {args.year} — {state}\n")
    day = first
    while day <= last:
        status = calendar.status(day)
        weekend = day.weekday() in calendar.weekend
        if (not status.working and not (weekend and len(status.reasons) == 1)) or (
            status.working and weekend
        ):
            kind = "làm việc" if status.working else "nghỉ"
            reasons = "; ".join(
                r for r in status.reasons if not r.startswith("Thứ ") and r != "Chủ nhật"
            )
            sources = "; ".join(str(s) for s in status.sources if "188/1999" not in s.document)
            out.write(
                f"{day:%d/%m/%Y} {_WEEKDAYS[day.weekday()]:<9} {kind:<9} {reasons} [{sources}]\n"
            )
        day += datetime.timedelta(days=1)


_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def _cmd_show(args: argparse.Namespace, out: TextIO) -> None:
    plan = _load_plan(args.plan)
    out.write(f"{plan}\n{plan.issuer}, {plan.year}\n")
    if plan.signatory is not None:
        out.write(f"{plan.signatory.position}: {plan.signatory.name}\n")
    nested = len(plan.all_areas) - len(plan.areas)
    areas = f"{len(plan.areas)} lĩnh vực" + (f" ({nested} mục con)" if nested else "")
    out.write(f"{areas}, {len(plan.tasks)} nhiệm vụ, {len(plan.indicators)} chỉ tiêu\n\n")
    for area in plan.all_areas:
        indent = "  " * area.code.count(".")  # a nested area's code is its parent's + "."
        out.write(f"{indent}{area.code}. {area.name} ({len(area.all_tasks)})\n")
        for task in area.tasks:
            lead = ", ".join(entry.code for entry in task.lead) or "?"
            out.write(f"{indent}  {task.code:<7} {lead:<18} {task.deadline}\n")


def _cmd_schedule(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    plan = _load_plan(args.plan)
    _progress(err, "đang lập lịch")
    obligations = plan.schedule(args.start, args.end, agency=args.agency, calendar=_calendar(args))
    _done(err)
    _notice_estimates(err, any(o.estimated for o in obligations))
    if args.format == "json":
        rows = [_obligation_row(o) for o in obligations]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(_obligation_row(None)), lineterminator="\n")
        writer.writeheader()
        writer.writerows(_obligation_row(o) for o in obligations)
    else:
        for obligation in obligations:
            out.write(f"{obligation}\n")


def _obligation_row(obligation: object) -> dict[str, object]:
    from cchc_model.scheduling.schedule import Obligation

    if not isinstance(obligation, Obligation):
        keys = (
            "due",
            "nominal_due",
            "task",
            "agency",
            "role",
            "milestone",
            "opens",
            "estimated",
            "task_title",
            "agency_name",
            "contributors",
        )
        return dict.fromkeys(keys, None)
    return {
        "due": obligation.due.isoformat(),
        "nominal_due": obligation.nominal_due.isoformat(),
        "task": obligation.task.code,
        "agency": obligation.agency.code,
        "role": obligation.role.value,
        "milestone": obligation.milestone,
        "opens": obligation.opens.isoformat() if obligation.opens else None,
        "estimated": obligation.estimated,
        "task_title": obligation.task.title,
        "agency_name": obligation.agency.label,
        "contributors": "; ".join(entry.label for entry in obligation.contributors),
    }


def _cmd_evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    import attrs

    from cchc_model.assessment.compliance import evaluate
    from cchc_model.assessment.policy import DEFAULT_POLICY
    from cchc_model.assessment.scoring import AssessorInput, scheme, score_plan
    from cchc_model.formats import reports
    from cchc_model.formats.readers import read_assessments, read_records
    from cchc_model.scheduling.accountability import PARTNERS_OWE

    scoring = scheme(args.scheme)  # a bad scheme name fails before any work
    policy = DEFAULT_POLICY
    if args.partners_owe:
        policy = attrs.evolve(policy, accountability=PARTNERS_OWE)
    if args.internal:
        policy = attrs.evolve(policy, regime=policy.regime.with_internal(args.internal))
    plan = _load_plan(args.plan)
    assessments: dict[str, AssessorInput] = {}
    if args.assessments:
        with _about(args.assessments):
            assessments = read_assessments(args.assessments)
    _progress(err, "đang đọc báo cáo tiến độ")
    with _about(args.records):
        records = read_records(args.records, plan=plan, strict=not args.lenient)
    skipped = "bỏ qua" if args.lang == "vi" else "skipped"
    for warning in records.warnings:
        err.write(f"cchc: {args.records}: {warning}\n")
    for problem in records.problems:
        err.write(f"cchc: {args.records}: {problem} ({skipped})\n")
    _progress(err, "đang đánh giá")
    evaluation = evaluate(
        plan,
        records,
        as_of=args.as_of,
        cutoff=args.cutoff,
        policy=policy,
        calendar=_calendar(args),
    )
    score = score_plan(evaluation, scoring, assessments)
    _done(err)
    _notice_estimates(err, evaluation.estimated, args.lang)
    for record in evaluation.later_records:
        assert record.dated is not None or record.done_on is not None
        when = max(d for d in (record.dated, record.done_on) if d is not None)
        row = f"row {record.row}: " if record.row is not None else ""
        if args.lang == "vi":
            note = f"ghi ngày {when:%d/%m/%Y}, sau ngày đánh giá: không tính"
        else:
            note = f"dated {when:%d/%m/%Y}, after the evaluation date: not counted"
        err.write(f"cchc: {args.records}: {row}{record.task}, {record.agency}: {note}\n")
    render = {
        "json": reports.to_json,
        "csv": reports.to_csv,
        "md": reports.to_markdown,
        "text": reports.to_text,
    }[args.format]
    out.write(render(evaluation, args.lang, score=score))


class _about:  # noqa: N801 - reads as a phrase: "with _about(path):"
    """Report a file's problems with the file's name on every line."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, trace: object) -> None:
        if isinstance(error, CchcError) and getattr(error, "problems", None):
            lines = [
                f"cchc: {self.path}: {_one_line(str(problem))}"
                for problem in error.problems  # type: ignore[attr-defined]
            ]
            raise _CommandError(lines) from error


def _cmd_indicators(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from cchc_model.assessment.measurements import assess_all
    from cchc_model.formats.readers import read_measurements

    plan = _load_plan(args.plan)
    with _about(args.measurements):
        measurements = read_measurements(args.measurements, plan=plan)
    for warning in measurements.warnings:
        err.write(f"cchc: {args.measurements}: note: {warning}\n")
    assessments = assess_all(plan, measurements)
    for assessment in assessments:
        label = assessment.status.label_vi if args.lang == "vi" else assessment.status.value
        out.write(f"{assessment.number:>2}. {label:<16} {assessment.explain(args.lang)}\n")
        out.write(f"    {assessment.indicator.text}\n")


def _cmd_ics(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from cchc_model.formats.ical import to_icalendar

    plan = _load_plan(args.plan)
    start = args.start or datetime.date(plan.year, 1, 1)
    end = args.end or datetime.date(plan.year, 12, 31)
    calendar = _calendar(args)
    if args.records:
        # With progress records, every item's status follows its verdict on --as-of, and
        # the work still open from before the window stays in it.
        from cchc_model.assessment.compliance import evaluate
        from cchc_model.formats.readers import read_records

        with _about(args.records):
            records = read_records(args.records, plan=plan)
        evaluation = evaluate(plan, records, as_of=args.as_of, calendar=calendar)
        text = to_icalendar(
            evaluation,
            start=start,
            end=end,
            agency=args.agency,
            alarm=args.alarm,
            calendar=calendar,
        )
        estimated = any(v.obligation.estimated for v in evaluation.verdicts)
    else:
        obligations = plan.schedule(start, end, agency=args.agency, calendar=calendar)
        text = to_icalendar(obligations, plan=plan, alarm=args.alarm, calendar=calendar)
        estimated = any(o.estimated for o in obligations)
    _notice_estimates(err, estimated)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as file:
            file.write(text)
    else:
        out.write(text)


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> None:
    from cchc_model.formats.plan_json import load_plan
    from cchc_model.plan.administration import UnknownProvinceError
    from cchc_model.plan.bodies import outdated_names

    if args.records or args.measurements:
        _validate_sheet(args, out)
        return
    with _about(args.file):
        plan = load_plan(args.file)
    nested = len(plan.all_areas) - len(plan.areas)
    areas = f"{len(plan.areas)} areas" + (f" ({nested} nested)" if nested else "")
    out.write(f"{args.file}: OK — {plan}: {areas}, {len(plan.tasks)} tasks\n")
    day = plan.date or datetime.date(plan.year, 1, 1)
    try:
        outdated = outdated_names(plan.agencies, day, plan.province)
    except UnknownProvinceError as error:
        out.write(f"note: {error}\n")
        return
    for finding in outdated:
        out.write(f"note: on the plan's date {day:%d/%m/%Y}, {finding}\n")


def _validate_sheet(args: argparse.Namespace, out: TextIO) -> None:
    """Check a progress or measurement sheet against the plan, without evaluating it."""
    from cchc_model.formats.readers import read_measurements, read_records

    plan = _load_plan(args.plan)
    with _about(args.file):
        if args.records:
            records = read_records(args.file, plan=plan)
            count = f"{len(records)} progress record{'' if len(records) == 1 else 's'}"
            out.write(f"{args.file}: OK — {count} for {plan}\n")
            for warning in records.warnings:
                out.write(f"note: {warning}\n")
        else:
            measurements = read_measurements(args.file, plan=plan)
            count = f"{len(measurements)} measurement{'' if len(measurements) == 1 else 's'}"
            out.write(f"{args.file}: OK — {count} for {plan}\n")
            for warning in measurements.warnings:
                out.write(f"note: {warning}\n")


def _cmd_import(args: argparse.Namespace, out: TextIO) -> None:
    """Read an appendix table into a plan file; print the findings and the counts."""
    from cchc_model.formats.appendix import read_appendix
    from cchc_model.formats.plan_json import dump_plan
    from cchc_model.formats.readers import read_registry

    try:
        imported = read_appendix(args.table, year=args.year, province=args.province)
        if args.registry and args.registry.casefold().endswith((".csv", ".xlsx")):
            # A province's own bodies, over the generic ones of the table's year.
            with _about(args.registry):
                registry = read_registry(
                    args.registry,
                    on=datetime.date(imported.plan.year, 1, 1),
                    province=imported.plan.province,
                )
        elif args.registry:
            with _about(args.registry):
                registry = _load_plan(args.registry).agencies
        if args.registry or args.strict:
            imported = read_appendix(
                args.table,
                year=imported.plan.year,
                registry=registry if args.registry else None,
                province=imported.plan.province,
                strict=args.strict,
            )
    except ImportError as error:
        raise _CommandError([f"cchc: {args.table}: {error}"]) from error
    if imported.findings:
        out.write(f"{'dòng':>5}  {'cột':<24} {'loại':<20} nội dung\n")
        for finding in imported.findings:
            column = finding.column or ""
            column = column if len(column) <= 24 else column[:23] + "…"
            out.write(
                f"{finding.row:>5}  {column:<24} {finding.kind.value:<20} {finding.message}\n"
            )
        out.write("\n")
    counts = imported.counts()
    parts = [f"{counts.pop('rows')} rows", f"{counts.pop('tasks')} tasks"]
    parts.append(f"{counts.pop('areas')} areas")
    parts += [f"{n} {kind}" for kind, n in counts.items()]
    out.write(f"{args.table} ({imported.table}): {', '.join(parts)}\n")
    dump_plan(imported.plan, args.output)
    out.write(f"→ {args.output}\n")


def _cmd_export(args: argparse.Namespace, out: TextIO) -> None:
    from cchc_model.formats.appendix import write_appendix

    plan = _load_plan(args.plan)
    try:
        write_appendix(plan, args.output)
    except (ImportError, ValueError) as error:
        raise _CommandError([f"cchc: {args.output}: {error}"]) from error
    out.write(f"{plan}: {len(plan.tasks)} tasks → {args.output}\n")


def _cmd_template(args: argparse.Namespace, out: TextIO) -> None:
    from cchc_model.formats.templates import write_progress_template

    plan = _load_plan(args.plan)
    try:
        count = write_progress_template(
            plan, args.output, agency=args.agency, start=args.start, end=args.end
        )
    except ImportError as error:
        raise _CommandError([f"cchc: {error}"]) from error
    out.write(f"{count} obligations → {args.output}\n")


def _cmd_agencies(args: argparse.Namespace, out: TextIO) -> None:
    from cchc_model.formats.converter import make_converter
    from cchc_model.formats.readers import read_registry
    from cchc_model.plan.administration import local_levels_on, province
    from cchc_model.plan.bodies import registry_on

    day = args.on
    unit = province(args.province, on=day) if args.province else None
    if args.bodies:
        with _about(args.bodies):
            registry = read_registry(args.bodies, on=day, province=args.province)
    else:
        registry = registry_on(day, args.province)
    levels = local_levels_on(day)
    if args.format == "json":
        data = {
            "on": day.isoformat(),
            "province": None
            if unit is None
            else {"code": unit.code, "name": unit.name, "full_name": unit.full_name},
            "local_levels": list(levels),
            **make_converter().unstructure(registry),
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    where = "mọi tỉnh, thành phố" if unit is None else f"{unit.full_name} (mã {unit.code})"
    out.write(f"Cơ quan, tổ chức ngày {day:%d/%m/%Y} — {where}\n")
    out.write(f"Các cấp chính quyền địa phương: {', '.join(levels)}\n\n")
    width = max(len(entry.code) for entry in registry)
    for agency in registry.agencies:
        short = f" ({agency.short_name})" if agency.short_name else ""
        out.write(f"{agency.code:<{width}}  {agency.name}{short}\n")
    out.write("\nNhóm:\n")
    for group in registry.groups:
        members = ", ".join(m.code for m in group.members)
        kind = "nhóm mở" if group.open else "nhóm đóng"
        listed = f": {members}" if members else ""
        out.write(f"{group.code:<{width}}  {group.name} [{kind}{listed}]\n")
    if registry.defunct:
        out.write("\nKhông còn tồn tại:\n")
        for body in registry.defunct:
            now = ", ".join(registry.get(code).name for code in body.successors)
            since = body.ended + datetime.timedelta(days=1)
            out.write(f"{body.code:<{width}}  {body.name} → {now} từ {since:%d/%m/%Y}\n")


def _strict_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict-calendar",
        action="store_true",
        help="refuse years without the official notice of days off instead of estimating",
    )


def _days(text: str) -> int:
    if not text.strip().isdigit() or int(text) > 366:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 0 to 366")
    return int(text)


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year from 2000 to 2100")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cchc",
        description="Vietnamese CCHC plans: show, schedule, evaluate and export.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    show = commands.add_parser("show", help="show a plan's areas and tasks")
    show.add_argument("plan", nargs="?", default=DEFAULT_PLAN, help="bundled name or JSON file")

    sched = commands.add_parser("schedule", help="list who owes what, when")
    sched.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    sched.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    sched.add_argument("--agency", help="only this agency (name or code)")
    sched.add_argument("--plan", default=DEFAULT_PLAN)
    sched.add_argument("--format", choices=("text", "csv", "json"), default="text")
    _strict_option(sched)

    ev = commands.add_parser("evaluate", help="judge progress records as of a date")
    ev.add_argument("records", help="progress records, CSV or JSON")
    ev.add_argument(
        "--as-of", dest="as_of", type=_date, default=datetime.date.today(), metavar="DATE"
    )
    ev.add_argument("--plan", default=DEFAULT_PLAN)
    ev.add_argument("--format", choices=("text", "md", "csv", "json"), default="text")
    ev.add_argument("--lang", choices=("vi", "en"), default="vi")
    ev.add_argument("--scheme", default="ca-mau-2013", help="scoring scheme")
    ev.add_argument(
        "--assessments", metavar="FILE", help="an assessor's judgements of the scheme's criteria"
    )
    ev.add_argument(
        "--cutoff",
        type=_date,
        metavar="DATE",
        help="last day work counts towards completion (default: 31/12 of the plan year)",
    )
    ev.add_argument(
        "--partners-owe",
        action="store_true",
        help="coordinating agencies owe every output as the leads do",
    )
    ev.add_argument(
        "--internal",
        metavar="PHRASE",
        help="when contributors report to the lead ('trước ngày 05 của tháng cuối kỳ báo cáo')",
    )
    ev.add_argument("--lenient", action="store_true", help="skip bad rows, reporting them")
    _strict_option(ev)

    ind = commands.add_parser("indicators", help="judge the plan's indicators")
    ind.add_argument("measurements", help="measurements, CSV or JSON")
    ind.add_argument("--plan", default=DEFAULT_PLAN)
    ind.add_argument("--lang", choices=("vi", "en"), default="vi")

    ics = commands.add_parser("ics", help="export obligations as iCalendar")
    ics.add_argument("--agency")
    ics.add_argument("--from", dest="start", type=_date, metavar="DATE")
    ics.add_argument("--to", dest="end", type=_date, metavar="DATE")
    ics.add_argument("--plan", default=DEFAULT_PLAN)
    ics.add_argument(
        "--records", metavar="FILE", help="progress records: each item's status follows them"
    )
    ics.add_argument(
        "--as-of",
        dest="as_of",
        type=_date,
        default=datetime.date.today(),
        metavar="DATE",
        help="the date of the statuses (default: today)",
    )
    ics.add_argument(
        "--alarm", type=_days, metavar="N", help="an alarm N working days before each due date"
    )
    ics.add_argument("-o", "--output", help="write to this file")
    _strict_option(ics)

    cal = commands.add_parser(
        "calendar", help="list a year's days off and make-up working days, with sources"
    )
    cal.add_argument("year", type=_year, help="the year, 2000 to 2100")
    _strict_option(cal)

    agencies = commands.add_parser(
        "agencies", help="list the bodies every province has on a date, and those gone"
    )
    agencies.add_argument("--province", help="a province of that date ('An Giang')")
    agencies.add_argument(
        "--on", type=_date, default=datetime.date.today(), metavar="DATE", help="default: today"
    )
    agencies.add_argument("--bodies", metavar="FILE", help="the province's own bodies, CSV")
    agencies.add_argument("--format", choices=("text", "json"), default="text")

    validate = commands.add_parser(
        "validate", help="check a plan JSON file, or a progress or measurement sheet"
    )
    validate.add_argument("file")
    sheet = validate.add_mutually_exclusive_group()
    sheet.add_argument("--records", action="store_true", help="FILE is a progress sheet")
    sheet.add_argument("--measurements", action="store_true", help="FILE is a measurement sheet")
    validate.add_argument("--plan", default=DEFAULT_PLAN, help="the plan a sheet reports on")

    imp = commands.add_parser("import", help="read a plan's appendix table (CSV, .xlsx, .docx)")
    imp.add_argument("table")
    imp.add_argument("--year", type=_year, help="the plan year (default: from the table)")
    imp.add_argument(
        "--registry",
        metavar="FILE",
        help="the province's own bodies (CSV or .xlsx, as cchc agencies --bodies), "
        "or a plan file whose agencies to use",
    )
    imp.add_argument("--province", help="the province, when the title does not name it")
    imp.add_argument("--strict", action="store_true", help="refuse a table with problems")
    imp.add_argument("-o", "--output", required=True, help="the plan JSON file to write")

    exp = commands.add_parser("export", help="write a plan's appendix table")
    exp.add_argument("plan", nargs="?", default=DEFAULT_PLAN)
    exp.add_argument("-o", "--output", required=True, help="TABLE.csv, .xlsx or .docx")

    tpl = commands.add_parser("template", help="a progress sheet for agencies to fill in")
    tpl.add_argument("plan", nargs="?", default=DEFAULT_PLAN)
    tpl.add_argument("--agency", help="only this agency (name or code)")
    tpl.add_argument("--from", dest="start", type=_date, metavar="DATE")
    tpl.add_argument("--to", dest="end", type=_date, metavar="DATE")
    tpl.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    for command in commands.choices.values():  # each command checks its own arguments
        command.set_defaults(command_parser=command)
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command; return the exit status.

    The status is 0 on success, 1 when the input has problems (each printed on ``err``
    after ``cchc:``, with its file, row or path) and 2 for arguments the command does not
    take.  No traceback reaches the user: the library's errors and the system's errors
    about files are printed as one line each.

    Raises:
        SystemExit: with status 2 for bad arguments and 0 for ``--help``/``--version``,
            as :mod:`argparse` does.
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    if isinstance(out, io.TextIOWrapper):
        out.reconfigure(encoding="utf-8")
    args = _parser().parse_args(argv)
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start is not None and end is not None and end < start:
        args.command_parser.error(f"--to {end:%d/%m/%Y} is before --from {start:%d/%m/%Y}")
    out, err = _Shown(out), _Shown(err)  # type: ignore[assignment]
    try:
        if args.command == "show":
            _cmd_show(args, out)
        elif args.command == "schedule":
            _cmd_schedule(args, out, err)
        elif args.command == "evaluate":
            _cmd_evaluate(args, out, err)
        elif args.command == "calendar":
            _cmd_calendar(args, out)
        elif args.command == "indicators":
            _cmd_indicators(args, out, err)
        elif args.command == "ics":
            _cmd_ics(args, out, err)
        elif args.command == "agencies":
            _cmd_agencies(args, out)
        elif args.command == "import":
            _cmd_import(args, out)
        elif args.command == "export":
            _cmd_export(args, out)
        elif args.command == "template":
            _cmd_template(args, out)
        else:
            _cmd_validate(args, out)
    except _CommandError as failure:
        _done(err)
        for line in failure.lines:
            err.write(line + "\n")
        return failure.status
    except CchcError as error:
        _done(err)
        for line in _lines(error):
            err.write(f"cchc: {line}\n")
        return 1
    except BrokenPipeError:
        return 0  # the reader (head, less…) stopped reading: nothing to say
    except OSError as error:
        _done(err)
        err.write(f"cchc: {error.filename or ''}: {error.strerror or error}\n")
        return 1
    return 0


def _lines(error: CchcError) -> list[str]:
    findings = getattr(error, "findings", None)
    if findings:
        return [str(error).splitlines()[0], *(_one_line(str(f)) for f in findings)]
    problems = getattr(error, "problems", None)
    if problems:
        return [_one_line(str(problem)) for problem in problems]
    reason = getattr(error, "reason", None)
    if reason is not None:
        return [f"{reason}: {getattr(error, 'text', '')!r}"]
    return [str(error).splitlines()[0]]
