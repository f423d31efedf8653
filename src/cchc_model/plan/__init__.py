"""The plan model: plans, reform areas and tasks, agencies and their registry, indicators.

A plan is the document a province issues; this layer holds it as values and resolves the
loose agency names it uses.  It builds on :mod:`cchc_model.language` and knows nothing of
working days, progress or files.

>>> from cchc_model.plan import AgencyRegistry
>>> len(AgencyRegistry())
0
"""

from cchc_model.plan.agencies import (
    Agency,
    AgencyGroup,
    AgencyLevel,
    AgencyRegistry,
    AmbiguousAgencyError,
    UnknownAgencyError,
)
from cchc_model.plan.indicators import (
    Indicator,
    IndicatorParseError,
    RankTarget,
    ShareTarget,
    parse_indicator,
)
from cchc_model.plan.plans import Plan, UnknownTaskError
from cchc_model.plan.tasks import OutputKind, ReformArea, Task

__all__ = [
    "Agency",
    "AgencyGroup",
    "AgencyLevel",
    "AgencyRegistry",
    "AmbiguousAgencyError",
    "Indicator",
    "IndicatorParseError",
    "OutputKind",
    "Plan",
    "RankTarget",
    "ReformArea",
    "ShareTarget",
    "Task",
    "UnknownAgencyError",
    "UnknownTaskError",
    "parse_indicator",
]
