"""Assessment: progress records, compliance verdicts, indicator measurements and scores.

This layer judges a plan's obligations against what agencies reported.  It builds on
:mod:`cchc_model.scheduling` and the layers below it, and knows nothing of files: reading
tables and writing reports is :mod:`cchc_model.formats`' job.

>>> from cchc_model.assessment import Rate
>>> str(Rate(9, 10))
'9/10 (90%)'
"""

from cchc_model.assessment.compliance import (
    Evaluation,
    ObligationTable,
    Rate,
    TaskState,
    Verdict,
    VerdictStatus,
    evaluate,
)
from cchc_model.assessment.measurements import Measurement, assess_all
from cchc_model.assessment.policy import DEFAULT_POLICY, AssessmentPolicy, EarlyRule
from cchc_model.assessment.progress import ProgressRecord, Status
from cchc_model.assessment.scoring import score_plan

__all__ = [
    "DEFAULT_POLICY",
    "AssessmentPolicy",
    "EarlyRule",
    "Evaluation",
    "Measurement",
    "ObligationTable",
    "ProgressRecord",
    "Rate",
    "Status",
    "TaskState",
    "Verdict",
    "VerdictStatus",
    "assess_all",
    "evaluate",
    "score_plan",
]
