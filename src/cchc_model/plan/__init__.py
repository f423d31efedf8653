"""The plan model: plans, reform areas and tasks, agencies and their registry, indicators.

A plan is the document a province issues; this layer holds it as values and resolves the
loose agency names it uses, against the bodies every province has on a date
(:mod:`~cchc_model.plan.bodies`) and the provinces of that date
(:mod:`~cchc_model.plan.administration`).  It builds on :mod:`cchc_model.language` and
knows nothing of working days, progress or files.

>>> from cchc_model.plan import AgencyRegistry
>>> len(AgencyRegistry())
0
"""

from cchc_model.plan.administration import (
    Province,
    UnknownProvinceError,
    local_levels_on,
    province,
    provinces_on,
)
from cchc_model.plan.agencies import (
    Agency,
    AgencyGroup,
    AgencyLevel,
    AgencyRegistry,
    AmbiguousAgencyError,
    DefunctAgency,
    DefunctAgencyError,
    UnknownAgencyError,
)
from cchc_model.plan.bodies import extended, registry_on
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
    "DefunctAgency",
    "DefunctAgencyError",
    "Indicator",
    "IndicatorParseError",
    "OutputKind",
    "Plan",
    "Province",
    "RankTarget",
    "ReformArea",
    "ShareTarget",
    "Task",
    "UnknownAgencyError",
    "UnknownProvinceError",
    "UnknownTaskError",
    "extended",
    "local_levels_on",
    "parse_indicator",
    "province",
    "provinces_on",
    "registry_on",
]
