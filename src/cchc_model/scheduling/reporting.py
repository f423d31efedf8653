"""Reporting regimes: which periodic reports "Theo quy định" means, and when each is due.

A task due "Theo quy định" takes its due points from a regime.  The one the library ships
is the regime of periodic administrative-reform reports (*báo cáo định kỳ công tác cải
cách hành chính*): four reports a year — quý I, 6 tháng, quý III and năm — whose data
run from the 15th of the month before the period to the 14th of its last month (Decree
09/2019/NĐ-CP on the reporting regime of state administrative bodies, art. 12), sent by
the 20th of the period's last month (Ministry of Home Affairs guidance, văn bản
581/BNV-CCHC).  A province may set earlier dates: build a regime with another due day.

Reporting has levels: the province reports to the Ministry, and its departments and
districts report to the Department of Home Affairs earlier, so that it can compile.  The
national texts do not fix that internal date; each province does — Bà Rịa–Vũng Tàu's
văn bản 2539/UBND-SNV of 08/05/2012: "Báo cáo quý gửi trước ngày 05 tháng cuối cùng của
mỗi quý".  The shipped regime leaves it unknown (``internal`` is ``None``); set your
province's with :meth:`ReportingRegime.with_internal`, as a phrase relative to the
reporting period, and the contributors to a task due "Theo quy định" then owe their own
reports by it ("trước ngày 05" is due on the 4th, as the deadline language reads it):

>>> ba_ria = CCHC_PERIODIC_REPORTS.with_internal(
...     "trước ngày 05 của tháng cuối kỳ báo cáo", source="Văn bản số 2539/UBND-SNV")
>>> [f"{r.internal_due:%d/%m}" for r in ba_ria.reports(2020)]
['04/03', '04/06', '04/09', '04/12']

>>> [(r.label, f"{r.due:%d/%m}") for r in CCHC_PERIODIC_REPORTS.reports(2020)]
[('quý I', '20/03'), ('6 tháng', '20/06'), ('quý III', '20/09'), ('năm', '20/12')]
>>> r = CCHC_PERIODIC_REPORTS.reports(2020)[2]
>>> r.data_from, r.data_to
(datetime.date(2020, 6, 15), datetime.date(2020, 9, 14))
"""

from __future__ import annotations

import datetime

import attrs

from cchc_model import _validators as _v
from cchc_model.language import _datemath
from cchc_model.language.deadlines import RelativeToPeriod
from cchc_model.language.periods import HalfYear, Period, Quarter, Year

__all__ = ["CCHC_PERIODIC_REPORTS", "PeriodicReport", "ReportKind", "ReportingRegime"]


@attrs.frozen(kw_only=True)
class ReportKind:
    """One report of a regime: its label and the period it reports on.

    Attributes:
        label: The report's Vietnamese name ("quý I", "6 tháng", "quý III", "năm").
        unit: The kind of period it covers: ``"quarter"``, ``"half"`` or ``"year"``.
        index: Which period of that kind in the year (1 for quý I).
        data_from_year_start: Whether its data start with the year's cut-off (the
            6-month and yearly reports accumulate from 15 December of the year before)
            rather than with the period's own.
    """

    label: str
    unit: str
    index: int
    data_from_year_start: bool = False

    def period(self, year: int) -> Period:
        """The period this report covers in ``year``."""
        if self.unit == "quarter":
            return Quarter(year, self.index)
        if self.unit == "half":
            return HalfYear(year, self.index)
        return Year(year)


@attrs.frozen(kw_only=True)
class PeriodicReport:
    """One report due in one year: its period, data window and due date.

    .. versionadded:: 0.1.0
    """

    label: str
    period: Period
    data_from: datetime.date
    data_to: datetime.date
    due: datetime.date
    internal_due: datetime.date | None = None


@attrs.frozen(kw_only=True, repr=False)
class ReportingRegime:
    """A regime of periodic reports, with its sources.

    Attributes:
        code: A short identifier ("cchc-periodic").
        name: Its Vietnamese name.
        kinds: The reports of each year.
        cutoff_day: The day of the month data are cut off at (2–28): data run from this
            day of the month before the period up to the day before it in the period's
            last month.
        due_day: The day of the period's last month the report is due (1–31; a day the
            month lacks falls on its last day).
        sources: The documents the regime follows.
        internal: When the contributing departments and districts send their reports to
            the lead (the Department of Home Affairs), relative to each report's period
            ("trước ngày 05 của tháng cuối kỳ báo cáo"), if the province has set it;
            ``None`` when unknown.
        internal_source: The provincial document that sets it.

    .. versionadded:: 0.1.0
    """

    code: str
    name: str
    kinds: tuple[ReportKind, ...]
    cutoff_day: int = attrs.field(
        default=15,
        validator=_v.IntegerIn(
            2, 28, "{name}, the day the data are cut off, is 2 to 28, not {value}"
        ),
    )
    due_day: int = attrs.field(
        default=20,
        validator=_v.IntegerIn(1, 31, "{name}, the day the report is due, is 1 to 31, not {value}"),
    )
    sources: tuple[str, ...] = ()
    internal: RelativeToPeriod | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(RelativeToPeriod)),
    )
    internal_source: str | None = None

    def __repr__(self) -> str:
        return f"<ReportingRegime {self.code} {self.name!r}: {len(self.kinds)} reports>"

    def __attrs_post_init__(self) -> None:
        if self.internal is None:
            return
        for report in self.reports(2020):  # the months, not the year, decide the order
            if report.internal_due is not None and report.internal_due > report.due:
                raise ValueError(
                    f"the contributors' report '{self.internal}' would fall after the "
                    f"{report.label} report it feeds ({report.due:%d/%m})"
                )

    def with_internal(self, phrase: str, *, source: str | None = None) -> ReportingRegime:
        """This regime with the contributors' internal deadline set (a province's rule).

        Args:
            phrase: A deadline relative to the reporting period: "ngày 05 của tháng cuối
                kỳ báo cáo", "trước ngày 10 của tháng cuối kỳ báo cáo".
            source: The provincial document that sets it.

        Raises:
            DeadlineParseError: the phrase is not a deadline relative to the period.
            ValueError: it falls after the report it feeds.
        """
        return attrs.evolve(self, internal=RelativeToPeriod.parse(phrase), internal_source=source)

    def reports(self, year: int) -> tuple[PeriodicReport, ...]:
        """The reports due for ``year``, in order."""
        found = []
        for kind in self.kinds:
            period = kind.period(year)
            first_month = 1 if kind.data_from_year_start else period.first_month
            start_year, start_month = _datemath.add_months(year, first_month, -1)
            found.append(
                PeriodicReport(
                    label=kind.label,
                    period=period,
                    data_from=datetime.date(start_year, start_month, self.cutoff_day),
                    data_to=datetime.date(year, period.last_month, self.cutoff_day - 1),
                    due=_datemath.clip_day(year, period.last_month, self.due_day),
                    internal_due=None if self.internal is None else self.internal.resolve(period),
                )
            )
        return tuple(found)


CCHC_PERIODIC_REPORTS = ReportingRegime(
    code="cchc-periodic",
    name="Báo cáo định kỳ công tác cải cách hành chính",
    kinds=(
        ReportKind(label="quý I", unit="quarter", index=1),
        ReportKind(label="6 tháng", unit="half", index=1, data_from_year_start=True),
        ReportKind(label="quý III", unit="quarter", index=3),
        ReportKind(label="năm", unit="year", index=1, data_from_year_start=True),
    ),
    sources=(
        "Nghị định số 09/2019/NĐ-CP, Điều 12 (thời gian chốt số liệu báo cáo)",
        "Văn bản số 581/BNV-CCHC của Bộ Nội vụ (báo cáo cải cách hành chính định kỳ)",
    ),
)
