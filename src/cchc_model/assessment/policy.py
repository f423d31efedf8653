"""The conventions of an assessment that the law does not fix, as named values with sources.

An evaluation (:func:`~cchc_model.assessment.compliance.evaluate`) rests on conventions:
who owes a task, when reports from the contributing agencies are due, how often
continuous work is assessed, and what counts as done early.  Each is a value here, with
its description and its source, gathered in an :class:`AssessmentPolicy`;
:data:`DEFAULT_POLICY` is what an inspector of a Department of Home Affairs (*Sở Nội vụ*)
applies when the province has said nothing else.

>>> print(DEFAULT_POLICY.describe("en"))
accountability: leads-owe — The lead agencies owe a task's outputs ...
early: before-due-date — Work done on a day before its due date is done early ...
continuous work: assessed at the end of each quarter
reporting regime: cchc-periodic (contributors' internal deadline: not set by the province)
>>> import attrs
>>> PROVINCE = attrs.evolve(DEFAULT_POLICY, early=EarlyRule.working_days(5))
>>> PROVINCE.early.name
'5-working-days-early'
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from cchc_model.language.deadlines import Deadline
from cchc_model.language.periods import PeriodUnit
from cchc_model.scheduling.accountability import LEADS_OWE, Accountability
from cchc_model.scheduling.calendar import WorkingCalendar
from cchc_model.scheduling.reporting import CCHC_PERIODIC_REPORTS, ReportingRegime

__all__ = ["BEFORE_DUE_DATE", "DEFAULT_POLICY", "NEVER_EARLY", "AssessmentPolicy", "EarlyRule"]


@attrs.frozen(kw_only=True)
class EarlyRule:
    """When work done before its due date counts as done early (*trước hạn*).

    Attributes:
        name: A short identifier.
        margin: ``None`` for any day before the due date; ``0`` to count nothing as
            early; ``n`` for at least ``n`` working days before it.
        description: The convention in words, in English.
        description_vi: The convention in Vietnamese, for reports.
        source: Where it comes from.

    .. versionadded:: 0.2.0
    """

    name: str
    margin: int | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.ge(0)), default=None
    )
    description: str
    description_vi: str
    source: str | None = None

    @classmethod
    def working_days(cls, days: int) -> EarlyRule:
        """Early when done at least ``days`` working days before the due date (0: never).

        >>> EarlyRule.working_days(5).description
        'Work done at least 5 working days before its due date is done early.'

        Raises:
            ValueError: ``days`` is negative.
        """
        if days < 0:
            raise ValueError(f"a margin of working days cannot be negative, not {days}")
        if days == 0:
            return NEVER_EARLY
        unit = "working day" if days == 1 else "working days"
        return cls(
            name=f"{days}-working-days-early",
            margin=days,
            description=f"Work done at least {days} {unit} before its due date is done early.",
            description_vi=(
                f"Hoàn thành trước hạn khi xong trước hạn ít nhất {days} ngày làm việc."
            ),
        )

    def is_early(self, done: datetime.date, due: datetime.date, calendar: WorkingCalendar) -> bool:
        """Whether work done on ``done`` is early for ``due``."""
        if self.margin is None:
            return done < due
        return self.margin > 0 and calendar.working_days_between(done, due) >= self.margin

    def __str__(self) -> str:
        return self.name


BEFORE_DUE_DATE = EarlyRule(
    name="before-due-date",
    margin=None,
    description=(
        "Work done on a day before its due date is done early (trước hạn); on the due date, "
        "on time (đúng hạn); after it, late (quá hạn), as one-stop offices classify results."
    ),
    description_vi=(
        "Hoàn thành trước ngày đến hạn là trước hạn; đúng ngày đến hạn là đúng hạn; sau ngày "
        "đến hạn là quá hạn, như cách phân loại kết quả giải quyết hồ sơ một cửa."
    ),
    source=(
        "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 hướng dẫn Nghị định số 61/2018/NĐ-CP về "
        "cơ chế một cửa, một cửa liên thông: Phiếu kiểm soát quá trình giải quyết hồ sơ, cột "
        "'Kết quả giải quyết hồ sơ (Trước hạn/đúng hạn/quá hạn)'; từ 2025 Thông tư số "
        "03/2025/TT-VPCP hướng dẫn Nghị định số 118/2025/NĐ-CP"
    ),
)
"""The default: early means before the due date."""

NEVER_EARLY = EarlyRule(
    name="never-early",
    margin=0,
    description="Nothing counts as early: work done by its due date is on time.",
    description_vi="Không tính trước hạn: xong đến hết ngày đến hạn là đúng hạn.",
)
"""Count nothing as early."""


def _deadlines(value: Mapping[str, Deadline] | tuple[tuple[str, Deadline], ...]) -> Any:
    pairs = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(code), deadline) for code, deadline in pairs))


@attrs.frozen(kw_only=True, repr=False)
class AssessmentPolicy:
    """The conventions an evaluation applies, each documented with its source.

    Attributes:
        accountability: Who owes a task's outputs
            (:data:`~cchc_model.scheduling.accountability.LEADS_OWE` by default).
        early: What counts as done early (:data:`BEFORE_DUE_DATE` by default).
        regime: The periodic reports "Theo quy định" means, with the contributors'
            internal deadline if the province has set one.
        continuous_every: The period at whose end continuous work ("Thường xuyên") is
            assessed as reported or not.
        internal_deadlines: Per task code, the deadline by which its coordinating agencies
            send their part to the lead (a mapping; kept as sorted pairs).

    .. versionadded:: 0.2.0
    """

    accountability: Accountability = LEADS_OWE
    early: EarlyRule = attrs.field(factory=lambda: BEFORE_DUE_DATE)
    regime: ReportingRegime = CCHC_PERIODIC_REPORTS
    continuous_every: PeriodUnit = PeriodUnit.QUARTER
    internal_deadlines: tuple[tuple[str, Deadline], ...] = attrs.field(
        default=(), converter=_deadlines
    )

    def __repr__(self) -> str:
        return (
            f"<AssessmentPolicy {self.accountability.name}, early: {self.early.name}, "
            f"regime: {self.regime.code}, continuous every {self.continuous_every.value}, "
            f"{len(self.internal_deadlines)} internal deadlines>"
        )

    @property
    def internal(self) -> dict[str, Deadline]:
        """The internal deadlines as a mapping from task code."""
        return dict(self.internal_deadlines)

    def describe(self, lang: str = "vi") -> str:
        """The conventions in force, one per line, in Vietnamese or English."""
        vi = lang == "vi"
        every = {
            PeriodUnit.MONTH: ("tháng", "month"),
            PeriodUnit.QUARTER: ("quý", "quarter"),
            PeriodUnit.HALF_YEAR: ("6 tháng", "half-year"),
            PeriodUnit.NINE_MONTHS: ("9 tháng", "nine months"),
            PeriodUnit.YEAR: ("năm", "year"),
        }[self.continuous_every]
        day = self.regime.internal
        if vi:
            internal = str(day) if day else "tỉnh chưa quy định"
            return "\n".join(
                (
                    f"trách nhiệm: {self.accountability.name} — "
                    f"{self.accountability.description_vi}",
                    f"trước hạn: {self.early.name} — {self.early.description_vi}",
                    f"nhiệm vụ thường xuyên: đánh giá vào cuối mỗi {every[0]}",
                    f"chế độ báo cáo: {self.regime.code} (hạn cơ quan phối hợp gửi báo cáo: "
                    f"{internal})",
                )
            )
        internal = str(day) if day else "not set by the province"
        return "\n".join(
            (
                f"accountability: {self.accountability.name} — {self.accountability.description}",
                f"early: {self.early.name} — {self.early.description}",
                f"continuous work: assessed at the end of each {every[1]}",
                f"reporting regime: {self.regime.code} (contributors' internal deadline: "
                f"{internal})",
            )
        )


DEFAULT_POLICY = AssessmentPolicy()
"""Leads owe, early means before the due date, continuous work assessed each quarter, the
periodic CCHC reports with no internal due day set."""
