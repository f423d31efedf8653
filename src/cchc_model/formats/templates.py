"""Progress sheets for agencies to fill in: one row per obligation, read back by ``read_records``.

:func:`write_progress_template` writes an ``.xlsx`` sheet pre-filled with what an agency (or
every agency) owes in a period: the task's code and title, the agency, the milestone and the
due date, with a drop-down list for the status.  The agency fills in the status, the day
it finished and its evidence; :func:`~cchc_model.formats.readers.read_records` reads the
sheet as it comes back (the title and due-date columns are there for the reader and are
ignored).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import collections
import datetime
import os

from cchc_model.assessment.progress import Status
from cchc_model.formats._sheets import require_extra
from cchc_model.plan.agencies import Agency, AgencyGroup
from cchc_model.plan.plans import Plan

__all__ = ["TEMPLATE_COLUMNS", "write_progress_template"]

#: The template's columns, as :func:`~cchc_model.formats.readers.read_records` reads them.
TEMPLATE_COLUMNS = (
    "Nhiệm vụ",
    "Tên nhiệm vụ",
    "Cơ quan",
    "Mốc",
    "Hạn",
    "Trạng thái",
    "Ngày hoàn thành",
    "Minh chứng",
    "Ghi chú",
)
_WIDTHS = (10, 60, 28, 16, 12, 18, 16, 30, 24)


def write_progress_template(
    plan: Plan,
    path: str | os.PathLike[str],
    *,
    agency: Agency | AgencyGroup | str | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> int:
    """Write a progress sheet of the obligations due in ``[start, end]``; return their number.

    Args:
        plan: The plan.
        path: The ``.xlsx`` file to write (needs the ``excel`` extra).
        agency: Only this agency's obligations (a name, a code or the entry).
        start: The first day; by default 1 January of the plan year.
        end: The last day; by default 31 December of the plan year.

    >>> import pathlib, tempfile
    >>> import datetime
    >>> from cchc_model import datasets, read_records
    >>> from cchc_model.formats.templates import write_progress_template
    >>> plan = datasets.load("an-giang-2020")
    >>> sheet = pathlib.Path(tempfile.mkdtemp()) / "snv.xlsx"
    >>> quarter = datetime.date(2020, 1, 1), datetime.date(2020, 3, 31)
    >>> count = write_progress_template(plan, sheet, agency="SNV", end=quarter[1])
    >>> count == len(plan.schedule(*quarter, agency="SNV"))
    True
    >>> records = read_records(sheet, plan=plan)  # nothing filled in yet
    >>> len(records), str(records.warnings[0]).startswith(f"row 2, status: {count} rows not")
    (0, True)

    Raises:
        ImportError: ``openpyxl`` is not installed.
        UnknownAgencyError: ``agency`` names no agency of the plan.
    """
    require_extra("openpyxl", "excel", "writing .xlsx")
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    first = start or datetime.date(plan.year, 1, 1)
    last = end or datetime.date(plan.year, 12, 31)
    obligations = plan.schedule(first, last, agency=agency)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Tiến độ"
    sheet.append(list(TEMPLATE_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    # A milestone names a due point only where the task has one due point of that name in
    # the plan's year; otherwise the reader knows the point by its nominal due date.
    whole = plan.schedule(
        min(first, datetime.date(plan.year, 1, 1)),
        max(last, datetime.date(plan.year, 12, 31)),
        agency=agency,
    )
    named = collections.Counter((o.task.code, o.agency.code, o.milestone) for o in whole)
    for obligation in obligations:
        key = (obligation.task.code, obligation.agency.code, obligation.milestone)
        milestone = (
            obligation.milestone
            if obligation.milestone is not None and named[key] == 1
            else obligation.nominal_due.isoformat()
            if named[key] > 1
            else None
        )
        sheet.append(
            [
                obligation.task.code,
                obligation.task.title,
                obligation.agency.name,
                milestone,
                obligation.due,
                None,
                None,
                None,
                None,
            ]
        )
        row = sheet.max_row
        sheet.cell(row, 5).number_format = "DD/MM/YYYY"
        sheet.cell(row, 7).number_format = "DD/MM/YYYY"
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    labels = ",".join(status.label_vi.capitalize() for status in Status)
    choices = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True)
    choices.error = "Chọn một trạng thái trong danh sách"
    choices.prompt = "Chưa triển khai, Đang thực hiện, Hoàn thành hoặc Không phát sinh"
    sheet.add_data_validation(choices)
    choices.add(f"F2:F{max(sheet.max_row, 2)}")
    dates = DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True)
    dates.error = "Ngày hoàn thành là một ngày (dd/mm/yyyy)"
    sheet.add_data_validation(dates)
    dates.add(f"G2:G{max(sheet.max_row, 2)}")
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    workbook.save(path)
    return len(obligations)
