"""cchc_model: Vietnamese administrative-reform (CCHC) plans as a typed domain model.

The main nouns are re-exported here::

    >>> import datetime, cchc_model
    >>> d = cchc_model.parse_deadline("Quý I/2020")
    >>> [o.due for o in d.occurrences(datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))]
    [datetime.date(2020, 3, 31)]
"""

from cchc_model._version import __version__
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
from cchc_model.errors import CchcError, DeadlineParseError
from cchc_model.periods import HalfYear, Month, NineMonths, Period, PeriodUnit, Quarter, Year

__all__ = [
    "ByRegulation",
    "CchcError",
    "Continuous",
    "DateDeadline",
    "Deadline",
    "DeadlineKind",
    "DeadlineParseError",
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
    "RelativeToPeriod",
    "Window",
    "WithinDays",
    "Year",
    "__version__",
    "parse_deadline",
]
