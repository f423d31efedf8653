"""Text to values: the deadline language, periods of the year and document citations.

The innermost layer.  It reads the phrases plans are written in (*thời gian thực hiện*,
citations such as "Nghị quyết số 30c/NQ-CP") into frozen values, and knows nothing of
plans, calendars or files.  It may import only :mod:`cchc_model.errors` and the shared
private validators.

>>> from cchc_model.language import parse_deadline
>>> str(parse_deadline("quý 1/2020"))
'Quý I/2020'
"""

from cchc_model.language.deadlines import (
    ByReference,
    ByRegulation,
    Compound,
    Continuous,
    DateDeadline,
    DayPart,
    Deadline,
    DeadlineKind,
    LunarDeadline,
    Occurrence,
    PeriodDeadline,
    PeriodMonth,
    Phase,
    Phased,
    PointInPeriod,
    Position,
    Recurring,
    RelativeToPeriod,
    Span,
    Unrecognised,
    Weekly,
    WeekOfMonth,
    WeekRef,
    Window,
    WithinDays,
    parse_deadline,
)
from cchc_model.language.periods import (
    HalfYear,
    Month,
    NineMonths,
    Period,
    PeriodUnit,
    Quarter,
    Year,
)
from cchc_model.language.references import (
    DocumentKind,
    DocumentReference,
    ReferenceParseError,
    parse_reference,
)

__all__ = [
    "ByReference",
    "ByRegulation",
    "Compound",
    "Continuous",
    "DateDeadline",
    "DayPart",
    "Deadline",
    "DeadlineKind",
    "DocumentKind",
    "DocumentReference",
    "HalfYear",
    "LunarDeadline",
    "Month",
    "NineMonths",
    "Occurrence",
    "Period",
    "PeriodDeadline",
    "PeriodMonth",
    "PeriodUnit",
    "Phase",
    "Phased",
    "PointInPeriod",
    "Position",
    "Quarter",
    "Recurring",
    "ReferenceParseError",
    "RelativeToPeriod",
    "Span",
    "Unrecognised",
    "WeekOfMonth",
    "WeekRef",
    "Weekly",
    "Window",
    "WithinDays",
    "Year",
    "parse_deadline",
    "parse_reference",
]
