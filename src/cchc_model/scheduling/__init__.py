"""Time: the working calendar, due-date rules, reporting regimes, and the schedule.

This layer turns a plan's deadlines into obligations with due dates resolved on Vietnam's
public-sector calendar.  It builds on :mod:`cchc_model.plan` and
:mod:`cchc_model.language`, and knows nothing of progress or files.

>>> import datetime
>>> from cchc_model.scheduling import vietnam_calendar
>>> vietnam_calendar().is_working_day(datetime.date(2020, 9, 2))
False
"""

from cchc_model.scheduling.accountability import LEADS_OWE, PARTNERS_OWE, Accountability
from cchc_model.scheduling.calendar import (
    CalendarCoverageError,
    CalendarLayer,
    DayChange,
    Source,
    WorkingCalendar,
    vietnam_calendar,
)
from cchc_model.scheduling.duedates import (
    CIVIL_CODE_148,
    NO_ROLL,
    PRECEDING_WORKING_DAY,
    DueDateRule,
)
from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS, ReportingRegime
from cchc_model.scheduling.schedule import Obligation, Role, plan_obligations

__all__ = [
    "CCHC_PERIODIC_REPORTS",
    "CIVIL_CODE_148",
    "LEADS_OWE",
    "NO_ROLL",
    "PARTNERS_OWE",
    "PRECEDING_WORKING_DAY",
    "Accountability",
    "CalendarCoverageError",
    "CalendarLayer",
    "DayChange",
    "DueDateRule",
    "Obligation",
    "ReportingRegime",
    "Role",
    "Source",
    "WorkingCalendar",
    "plan_obligations",
    "vietnam_calendar",
]
