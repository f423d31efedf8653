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
    "ByRegulation",
    "Continuous",
    "DateDeadline",
    "Deadline",
    "DeadlineKind",
    "DocumentKind",
    "DocumentReference",
    "HalfYear",
    "Month",
    "NineMonths",
    "Occurrence",
    "Period",
    "PeriodDeadline",
    "PeriodMonth",
    "PeriodUnit",
    "Phase",
    "Phased",
    "Quarter",
    "Recurring",
    "ReferenceParseError",
    "RelativeToPeriod",
    "Window",
    "WithinDays",
    "Year",
    "parse_deadline",
    "parse_reference",
]
