"""cchc_model: Vietnamese administrative-reform (CCHC) plans as a typed domain model.

The main nouns are re-exported here::

    >>> import datetime, cchc_model
    >>> d = cchc_model.parse_deadline("Quý I/2020")
    >>> [o.due for o in d.occurrences(datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))]
    [datetime.date(2020, 3, 31)]
"""

from cchc_model import datasets
from cchc_model._version import __version__
from cchc_model.agencies import (
    Agency,
    AgencyGroup,
    AgencyLevel,
    AgencyRegistry,
    AmbiguousAgencyError,
    UnknownAgencyError,
)
from cchc_model.calendar import (
    CalendarCoverageError,
    CalendarLayer,
    DayChange,
    Source,
    WorkingCalendar,
    vietnam_calendar,
)
from cchc_model.compliance import Evaluation, Rate, Verdict, VerdictStatus, evaluate
from cchc_model.deadlines import (
    ByRegulation,
    Continuous,
    DateDeadline,
    Deadline,
    DeadlineKind,
    Occurrence,
    PeriodDeadline,
    PeriodMonth,
    Phase,
    Phased,
    Recurring,
    RelativeToPeriod,
    Window,
    WithinDays,
    parse_deadline,
)
from cchc_model.duedates import CIVIL_CODE_148, NO_ROLL, PRECEDING_WORKING_DAY, DueDateRule
from cchc_model.errors import CchcError, DeadlineParseError
from cchc_model.ical import to_icalendar
from cchc_model.indicators import (
    Indicator,
    IndicatorParseError,
    RankTarget,
    ShareTarget,
    parse_indicator,
)
from cchc_model.io import (
    PlanLoadError,
    dump_plan,
    dumps_plan,
    load_plan,
    loads_plan,
    make_converter,
    plan_json_schema,
)
from cchc_model.measurements import Measurement, assess_all, read_measurements
from cchc_model.periods import HalfYear, Month, NineMonths, Period, PeriodUnit, Quarter, Year
from cchc_model.plans import Plan, UnknownTaskError
from cchc_model.progress import ProgressRecord, RecordsError, read_records
from cchc_model.references import (
    DocumentKind,
    DocumentReference,
    ReferenceParseError,
    parse_reference,
)
from cchc_model.reporting import CCHC_PERIODIC_REPORTS, ReportingRegime
from cchc_model.schedule import Obligation, Role
from cchc_model.scoring import score_plan
from cchc_model.tasks import OutputKind, ReformArea, Task

__all__ = [
    "CCHC_PERIODIC_REPORTS",
    "CIVIL_CODE_148",
    "NO_ROLL",
    "PRECEDING_WORKING_DAY",
    "Agency",
    "AgencyGroup",
    "AgencyLevel",
    "AgencyRegistry",
    "AmbiguousAgencyError",
    "ByRegulation",
    "CalendarCoverageError",
    "CalendarLayer",
    "CchcError",
    "Continuous",
    "DateDeadline",
    "DayChange",
    "Deadline",
    "DeadlineKind",
    "DeadlineParseError",
    "DocumentKind",
    "DocumentReference",
    "DueDateRule",
    "Evaluation",
    "HalfYear",
    "Indicator",
    "IndicatorParseError",
    "Measurement",
    "Month",
    "NineMonths",
    "Obligation",
    "Occurrence",
    "OutputKind",
    "Period",
    "PeriodDeadline",
    "PeriodMonth",
    "PeriodUnit",
    "Phase",
    "Phased",
    "Plan",
    "PlanLoadError",
    "ProgressRecord",
    "Quarter",
    "RankTarget",
    "Rate",
    "RecordsError",
    "Recurring",
    "ReferenceParseError",
    "ReformArea",
    "RelativeToPeriod",
    "ReportingRegime",
    "Role",
    "ShareTarget",
    "Source",
    "Task",
    "UnknownAgencyError",
    "UnknownTaskError",
    "Verdict",
    "VerdictStatus",
    "Window",
    "WithinDays",
    "WorkingCalendar",
    "Year",
    "__version__",
    "assess_all",
    "datasets",
    "dump_plan",
    "dumps_plan",
    "evaluate",
    "load_plan",
    "loads_plan",
    "make_converter",
    "parse_deadline",
    "parse_indicator",
    "parse_reference",
    "plan_json_schema",
    "read_measurements",
    "read_records",
    "score_plan",
    "to_icalendar",
    "vietnam_calendar",
]
