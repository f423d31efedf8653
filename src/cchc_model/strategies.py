"""Hypothesis strategies for the values of :mod:`cchc_model`, for your own property tests.

Every strategy draws valid values only: each one renders to a canonical phrase that
parses back to an equal value.  Use them to test code that consumes deadlines::

    from hypothesis import given
    from cchc_model import strategies

    @given(strategies.deadlines())
    def test_my_tracker_accepts_every_deadline(deadline):
        my_tracker.add(deadline)

This module needs Hypothesis (``pip install "cchc-model[strategies]"``); the rest of
the library does not.

>>> from hypothesis import find
>>> find(deadlines(), lambda d: d.kind is DeadlineKind.PHASED).kind
<DeadlineKind.PHASED: 'phased'>

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime
import functools
import unicodedata
from typing import Any

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without Hypothesis
    raise ImportError(
        "cchc_model.strategies needs Hypothesis: pip install 'cchc-model[strategies]'"
    ) from error

from cchc_model.language._vocabulary import ACTIONS, REPORT_KINDS
from cchc_model.language.deadlines import (
    REFERENCE_BASES,
    ByReference,
    ByRegulation,
    Compound,
    Continuous,
    DateDeadline,
    DayPart,
    Deadline,
    DeadlineKind,
    LunarDeadline,
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
    merge_windows,
    weeks_of_month,
)
from cchc_model.language.periods import (
    MAX_YEAR,
    MIN_YEAR,
    HalfYear,
    Month,
    NineMonths,
    Period,
    PeriodUnit,
    Quarter,
    Year,
)
from cchc_model.plan.agencies import Agency, AgencyGroup, AgencyLevel, AgencyRegistry
from cchc_model.plan.indicators import Indicator, parse_indicator
from cchc_model.plan.plans import LegalBasis, Plan, Signatory
from cchc_model.plan.tasks import ReformArea, Task

__all__ = [
    "action_labels",
    "agencies",
    "agency_registries",
    "appendix_plans",
    "by_reference",
    "by_regulation",
    "compound",
    "continuous",
    "date_deadlines",
    "deadlines",
    "indicators",
    "invalid_plan_documents",
    "lunar",
    "milestones",
    "period_deadlines",
    "periods",
    "phased",
    "plans",
    "points",
    "recurring",
    "relative_to_period",
    "spans",
    "times",
    "unrecognised",
    "weekly",
    "weeks",
    "windows",
    "within_days",
    "years",
]

#: Milestones whose canonical phrase always reads back as a milestone.
_MILESTONES = ("ban hành", "kết thúc", "thực hiện", "triển khai", "hoàn thành", "báo cáo")
_TRIGGERS = (
    "ngày nhận đủ hồ sơ hợp lệ",
    "ngày nhận được văn bản",
    "ngày kết thúc kỳ báo cáo",
    "ngày ban hành Quyết định số 12/QĐ-UBND",
)
_REFERENCES = (
    "Nghị định số 09/2019/NĐ-CP",
    "Thông tư số 01/2020/TT-BNV",
    "văn bản số 581/BNV-CCHC",
    "Bộ Nội vụ",
)


def years(min_year: int = MIN_YEAR + 1, max_year: int = MAX_YEAR - 1) -> st.SearchStrategy[int]:
    """Years the library accepts; by default one year clear of each end of the range."""
    return st.integers(min_year, max_year)


def periods(
    unit: PeriodUnit | None = None, *, year: st.SearchStrategy[int] | None = None
) -> st.SearchStrategy[Period]:
    """Periods of ``unit`` (any unit when ``None``)."""
    year = years() if year is None else year
    by_unit: dict[PeriodUnit, st.SearchStrategy[Period]] = {
        PeriodUnit.MONTH: st.builds(Month, year, st.integers(1, 12)),
        PeriodUnit.QUARTER: st.builds(Quarter, year, st.integers(1, 4)),
        PeriodUnit.HALF_YEAR: st.builds(HalfYear, year, st.integers(1, 2)),
        PeriodUnit.NINE_MONTHS: st.builds(NineMonths, year),
        PeriodUnit.YEAR: st.builds(Year, year),
    }
    if unit is not None:
        return by_unit[unit]
    return st.one_of(*by_unit.values())


@st.composite
def windows(draw: st.DrawFn, unit: PeriodUnit | None = None) -> Window:
    """A window of one to four consecutive periods (a single one for nine months)."""
    first = draw(periods(unit, year=years(max_year=MAX_YEAR - 4)))
    last = first
    if first.unit is not PeriodUnit.NINE_MONTHS:
        for _ in range(draw(st.integers(0, 3))):
            last = last.next()
    return Window(first, last)


@st.composite
def action_labels(draw: st.DrawFn) -> str:
    """Action labels such as "Báo cáo", "Báo cáo và công bố", "Gửi vào" or "Báo cáo quý"."""
    words = draw(st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=3))
    if draw(st.integers(0, 4)) == 0:  # a kind of report: "Tổng hợp, báo cáo quý"
        words[-1] = f"báo cáo {draw(st.sampled_from(REPORT_KINDS))}"
    connectors = draw(
        st.lists(
            st.sampled_from((" và ", ", ", "/", " & ", " ")),
            min_size=len(words) - 1,
            max_size=len(words) - 1,
        )
    )
    label = words[0] + "".join(c + w for c, w in zip(connectors, words[1:], strict=True))
    if draw(st.booleans()) and not label.endswith(REPORT_KINDS):
        label += " vào"
    return label[:1].upper() + label[1:]


def milestones() -> st.SearchStrategy[str]:
    """Names of phases, such as "ban hành" and "kết thúc"."""
    return st.sampled_from(_MILESTONES)


def _optional_action() -> st.SearchStrategy[str | None]:
    return st.none() | action_labels()


@st.composite
def period_deadlines(draw: st.DrawFn) -> PeriodDeadline:
    """Deadlines of one to three windows; windows of one kind that touch are merged."""
    chosen = merge_windows(draw(st.lists(windows(), min_size=1, max_size=3)))
    return PeriodDeadline(
        windows=chosen,
        action=draw(_optional_action()),
        rolls_forward=draw(st.booleans()),
    )


_DATES = st.dates(datetime.date(MIN_YEAR + 1, 1, 1), datetime.date(MAX_YEAR - 1, 12, 31))


def times() -> st.SearchStrategy[datetime.time]:
    """Times of day to the minute, the working day's edges first."""
    edges = st.sampled_from((datetime.time(0, 0), datetime.time(8, 0), datetime.time(17, 0)))
    return edges | st.builds(datetime.time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def date_deadlines(draw: st.DrawFn) -> DateDeadline:
    """Exact dates, with or without "trước", a time or part of the day, and an opening day."""
    date = draw(_DATES)
    before = draw(st.booleans())
    time = draw(st.none() | times())
    part = None
    if time is None and not before:
        part = draw(st.none() | st.sampled_from(DayPart))
    due = date - datetime.timedelta(days=1) if before and time is None else date
    opens = None
    if part is None:
        earliest = max(due - datetime.timedelta(days=400), datetime.date(MIN_YEAR, 1, 1))
        opens = draw(st.none() | st.dates(earliest, due))
    opens_time = None
    if opens is not None and draw(st.booleans()):
        opens_time = draw(times().filter(lambda t: t != datetime.time(0, 0)))
    return DateDeadline(
        date=date,
        before=before,
        opens=opens,
        time=time,
        part=part,
        opens_time=opens_time,
        action=draw(_optional_action()),
        rolls_forward=draw(st.booleans()),
    )


@st.composite
def recurring(draw: st.DrawFn) -> Recurring:
    """Recurring deadlines: every period's end, or a day (window, time) in each period."""
    unit = draw(
        st.sampled_from(
            (
                PeriodUnit.MONTH,
                PeriodUnit.QUARTER,
                PeriodUnit.HALF_YEAR,
                PeriodUnit.NINE_MONTHS,
                PeriodUnit.YEAR,
            )
        )
    )
    action = draw(_optional_action())
    rolls = draw(st.booleans())
    # Some start on a day ("Từ tháng 7/2026, hằng tháng"); most recur all year.
    start = draw(st.none() | years().map(lambda y: datetime.date(y, 1, 1)) | _days())
    end = None
    if start is not None and draw(st.booleans()):
        end = draw(_days().filter(lambda day: day >= start))
    if draw(st.booleans()):
        if action is not None and action.lower().endswith("định kỳ"):
            action = None
        return Recurring(unit=unit, action=action, rolls_forward=rolls, start=start, end=end)
    # Edges first: the first and last month of a period and the first and last days of a
    # month are where calendars go wrong.
    last_month = unit.months + (1 if unit in (PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR) else 0)
    months = st.sampled_from((1, unit.months, last_month)) | st.integers(1, last_month)
    month = None if unit is PeriodUnit.MONTH else draw(months)
    day = draw(st.sampled_from((1, 28, 29, 30, 31)) | st.integers(1, 31))
    time = draw(st.none() | times())
    before = draw(st.booleans())
    from_day: int | None = None
    from_month: int | None = None
    if draw(st.booleans()):
        from_day = draw(st.integers(1, 31))
        of = month or 1
        choices = list(range(0 if unit is not PeriodUnit.NINE_MONTHS else 1, of))
        if unit is PeriodUnit.MONTH:
            choices = [0]
        flip: bool = draw(st.booleans())
        if choices and flip:
            from_month = draw(st.sampled_from(choices))
        elif from_day > day - (1 if before and time is None else 0):
            from_day = None
    return Recurring(
        unit=unit,
        day=day,
        month=month,
        before=before,
        from_day=from_day,
        from_month=from_month,
        time=time,
        action=action,
        rolls_forward=rolls,
        start=start,
        end=end,
    )


def _days() -> st.SearchStrategy[datetime.date]:
    return st.dates(datetime.date(MIN_YEAR + 1, 1, 1), datetime.date(MAX_YEAR - 1, 12, 31))


def continuous() -> st.SearchStrategy[Continuous]:
    """Continuous deadlines, with or without their year."""
    return st.builds(
        Continuous,
        year=st.none() | years(),
        action=_optional_action(),
        rolls_forward=st.booleans(),
    )


def by_regulation() -> st.SearchStrategy[ByRegulation]:
    """Deadlines by regulation ("Theo quy định"), bare or naming the regulation."""
    bare = st.builds(ByRegulation, action=_optional_action(), rolls_forward=st.booleans())
    named = st.builds(
        ByRegulation,
        reference=st.sampled_from(_REFERENCES),
        preposition=st.sampled_from(("tại", "của")),
        action=_optional_action(),
        rolls_forward=st.booleans(),
    )
    return bare | named


def within_days() -> st.SearchStrategy[WithinDays]:
    """Time limits of N (working) days after an event."""
    return st.builds(
        WithinDays,
        days=st.integers(1, 3660),
        working=st.booleans(),
        trigger=st.none() | st.sampled_from(_TRIGGERS),
        action=_optional_action(),
        rolls_forward=st.booleans(),
    )


def relative_to_period() -> st.SearchStrategy[RelativeToPeriod]:
    """Days relative to a reporting period given elsewhere."""
    return st.builds(
        RelativeToPeriod,
        day=st.integers(1, 31),
        month=st.sampled_from(PeriodMonth),
        before=st.booleans(),
        action=_optional_action(),
        rolls_forward=st.booleans(),
    )


def points() -> st.SearchStrategy[PointInPeriod]:
    """The start, middle or end of a month, quarter or year (Civil Code art. 146)."""
    return st.builds(
        PointInPeriod,
        period=periods(PeriodUnit.MONTH) | periods(PeriodUnit.QUARTER) | periods(PeriodUnit.YEAR),
        position=st.sampled_from(Position),
        action=_optional_action(),
    )


@st.composite
def weeks(draw: st.DrawFn) -> WeekOfMonth:
    """Weeks of a month: the first, a numbered one or the last."""
    year = draw(years())
    month = draw(st.integers(1, 12))
    count = len(weeks_of_month(year, month))
    week = draw(st.sampled_from((-1, *range(1, count + 1))))
    return WeekOfMonth(year=year, month=month, week=week, action=draw(_optional_action()))


@st.composite
def weekly(draw: st.DrawFn) -> Weekly:
    """Days of the week: every week, or the week before, of or after an event."""
    if draw(st.integers(0, 5)) == 0:
        action = draw(_optional_action())
        if action is not None and action.lower().endswith("định kỳ"):
            action = None
        return Weekly(weekday=None, action=action)
    time = draw(st.none() | times())
    before = draw(st.booleans())
    part = None if time is not None or before else draw(st.none() | st.sampled_from(DayPart))
    return Weekly(
        weekday=draw(st.integers(0, 6)),
        week=draw(st.sampled_from(WeekRef)),
        before=before,
        time=time,
        part=part,
        action=draw(_optional_action()),
    )


_EVENTS = ("khi hoàn thành", "khi có chỉ đạo khác", "khi kết thúc đề án")
_SINCE = ("Nghị quyết có hiệu lực", "Đề án được phê duyệt", "có hướng dẫn của Bộ Nội vụ")


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """Open and event-bounded spans, and "… và các năm tiếp theo"."""
    bound = (
        _DATES | periods(PeriodUnit.MONTH) | periods(PeriodUnit.QUARTER) | periods(PeriodUnit.YEAR)
    )
    action = draw(_optional_action())
    shape = draw(st.integers(0, 4))
    if shape == 0:
        onward_from = draw(periods(PeriodUnit.YEAR) | periods(PeriodUnit.MONTH))
        return Span(start=onward_from, onward=True, action=action)
    start = draw(st.none() | bound)
    since = draw(st.sampled_from(_SINCE)) if start is None and draw(st.booleans()) else None
    if shape == 1 and (start is not None or since is not None):
        return Span(start=start, since=since, action=action)
    if shape == 2:
        return Span(start=start, since=since, until=draw(st.sampled_from(_EVENTS)), action=action)
    return Span(since=since, end=draw(bound), action=action)


def by_reference() -> st.SearchStrategy[ByReference]:
    """Deadlines set by another plan, schedule or instruction ("Theo kế hoạch …")."""
    return st.builds(
        ByReference,
        basis=st.sampled_from(REFERENCE_BASES),
        reference=st.none() | st.sampled_from(("của UBND tỉnh", "số 12/KH-UBND", "của Bộ")),
        action=_optional_action(),
    )


@st.composite
def lunar(draw: st.DrawFn) -> LunarDeadline:
    """Lunar days: of a month of a year or of every year, of every month, or before Tết."""
    year = draw(st.none() | years(2000, 2099))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        if draw(st.booleans()):
            return LunarDeadline(
                days=(1,), month=1, year=year, days_before=draw(st.integers(1, 60))
            )
        return LunarDeadline(days=(1,), month=1, year=year, before=True)
    days = tuple(sorted(draw(st.sets(st.integers(1, 30), min_size=1, max_size=2))))
    from_day = None
    if len(days) == 1 and days[0] > 1 and draw(st.booleans()):
        from_day = draw(st.integers(1, days[0] - 1))
    if shape == 1:
        return LunarDeadline(days=days, before=draw(st.booleans()), from_day=from_day)
    return LunarDeadline(
        days=days,
        month=draw(st.integers(1, 12)),
        year=year,
        before=draw(st.booleans()),
        from_day=from_day,
    )


_LISTABLE = (
    DeadlineKind.PERIOD,
    DeadlineKind.DATE,
    DeadlineKind.RECURRING,
    DeadlineKind.CONTINUOUS,
    DeadlineKind.BY_REFERENCE,
    DeadlineKind.POINT,
    DeadlineKind.SPAN,
)


@st.composite
def compound(draw: st.DrawFn) -> Compound:
    """Two or three deadlines of one output, without milestones."""
    parts: list[Deadline] = []
    for _ in range(draw(st.integers(2, 3))):
        part = _without_action(draw(_single(draw(st.sampled_from(_LISTABLE)))))
        if isinstance(part, PeriodDeadline) and any(isinstance(p, PeriodDeadline) for p in parts):
            continue
        if part not in parts:
            parts.append(part)
    if len(parts) < 2:
        parts.append(Continuous() if Continuous() not in parts else ByReference(basis="theo lịch"))
    action = draw(_optional_action())
    if action is not None and action.lower().endswith("định kỳ"):
        # Before a recurrence it says nothing, and is refused; elsewhere it is an action.
        lead = parts[0]._after_milestone().lower()
        if lead.startswith(("hàng ", "định kỳ ")):
            action = None
    return Compound(parts=tuple(parts), action=action)


def unrecognised() -> st.SearchStrategy[Unrecognised]:
    """Phrases the language cannot read, kept as :class:`Unrecognised` (``lenient=True``)."""
    from cchc_model.language.deadlines import parse_deadline

    phrases = st.sampled_from(("Tháng 13/2026", "khi nào xong", "Quý V/2026", "x"))
    return phrases.map(lambda text: parse_deadline(text, lenient=True)).filter(
        lambda d: isinstance(d, Unrecognised)
    )  # type: ignore[return-value]


_NOTES = (
    "nếu có",
    "theo kế hoạch",
    "nhằm ngày 15 tháng Giêng năm Đinh Mùi",
    "thời gian cụ thể có lịch riêng",
    "theo Kế hoạch số 12/KH-UBND (bản sửa đổi)",
)
_COMPLEMENTS = ("UBND tỉnh", "Bộ Nội vụ", "HĐND tỉnh tại kỳ họp", "kết quả về Sở Nội vụ")


@st.composite
def _dressed(draw: st.DrawFn, base: st.SearchStrategy[Deadline]) -> Deadline:
    """A deadline with the words real phrases put around it: tentative, a note, a complement."""
    deadline = draw(base)
    changes: dict[str, Any] = {}
    if draw(st.integers(0, 3)) == 0:
        changes["tentative"] = True
    if draw(st.integers(0, 3)) == 0:
        changes["note"] = draw(st.sampled_from(_NOTES))
    if not isinstance(deadline, (Phased, Compound)) and draw(st.integers(0, 3)) == 0:
        changes["complement"] = draw(st.sampled_from(_COMPLEMENTS))
    return attrs.evolve(deadline, **changes) if changes else deadline


@functools.cache
def _single(kind: DeadlineKind) -> st.SearchStrategy[Deadline]:
    # Built once per kind: building strategies on every draw made whole plans slow.
    plain: dict[DeadlineKind, st.SearchStrategy[Any]] = {
        DeadlineKind.PERIOD: period_deadlines(),
        DeadlineKind.DATE: date_deadlines(),
        DeadlineKind.RECURRING: recurring(),
        DeadlineKind.CONTINUOUS: continuous(),
        DeadlineKind.BY_REGULATION: by_regulation(),
        DeadlineKind.WITHIN_DAYS: within_days(),
        DeadlineKind.RELATIVE_TO_PERIOD: relative_to_period(),
        DeadlineKind.POINT: points(),
        DeadlineKind.WEEK: weeks(),
        DeadlineKind.WEEKLY: weekly(),
        DeadlineKind.SPAN: spans(),
        DeadlineKind.BY_REFERENCE: by_reference(),
        DeadlineKind.LUNAR: lunar(),
        DeadlineKind.UNRECOGNISED: unrecognised(),
    }
    if kind is DeadlineKind.UNRECOGNISED:
        return plain[kind]
    return _dressed(plain[kind])


@st.composite
def phased(draw: st.DrawFn) -> Phased:
    """Deadlines of two or three phases, each with a milestone and a plain deadline."""
    phases = []
    for _ in range(draw(st.integers(2, 3))):
        kind = draw(st.sampled_from([k for k in DeadlineKind if k not in _WHOLE]))
        deadline = draw(_single(kind))
        phases.append(Phase(draw(milestones()), _without_action(deadline)))
    return Phased(phases=tuple(phases))


def _without_action(deadline: Deadline) -> Deadline:
    return attrs.evolve(deadline, action=None, complement=None)


_WHOLE = (DeadlineKind.PHASED, DeadlineKind.COMPOUND, DeadlineKind.UNRECOGNISED)


def deadlines(*kinds: DeadlineKind) -> st.SearchStrategy[Deadline]:
    """Deadlines of the given kinds (every kind but :class:`Unrecognised` when none is given).

    Unrecognised phrases read back only with ``lenient=True``; ask for them by kind.

    >>> from hypothesis import find
    >>> find(deadlines(DeadlineKind.RECURRING), lambda d: d.day == 31).day
    31
    """
    return _deadlines(kinds or tuple(k for k in DeadlineKind if k is not DeadlineKind.UNRECOGNISED))


@functools.cache
def _deadlines(chosen: tuple[DeadlineKind, ...]) -> st.SearchStrategy[Deadline]:
    return st.one_of(
        *(
            phased()
            if kind is DeadlineKind.PHASED
            else compound()
            if kind is DeadlineKind.COMPOUND
            else _single(kind)
            for kind in chosen
        )
    )


# --------------------------------------------------------------------------- plans

_SUBJECTS = (
    "Nội vụ",
    "Tư pháp",
    "Tài chính",
    "Xây dựng",
    "Y tế",
    "Công Thương",
    "Giáo dục và Đào tạo",
    "Khoa học và Công nghệ",
    "Thông tin và Truyền thông",
    "Tài nguyên và Môi trường",
    "Kế hoạch và Đầu tư",
    "Giao thông vận tải",
)
_PLACES = ("Long Xuyên", "Châu Đốc", "Tân Châu", "An Phú", "Phú Tân", "Tri Tôn", "Chợ Mới")
_TITLES = (
    "Kế hoạch cải cách hành chính năm",
    "Kiểm tra công tác cải cách hành chính",
    "Tổ chức tuyển dụng công chức (khi đủ điều kiện)",
    "Thực hiện Kế hoạch số 329/KH-UBND ngày 28/6/2016 của UBND tỉnh",
    "Khảo sát mức độ hài lòng của người dân",
)
_OUTPUTS = ("Kế hoạch", "Báo cáo", "Quyết định, báo cáo của UBND tỉnh", "- Kế hoạch - Báo cáo")
_INDICATOR_TEMPLATES = (
    "{share} thủ tục hành chính được giải quyết đúng hạn.",
    "{share} cán bộ, công chức, viên chức có máy vi tính để giải quyết công việc.",
    "{share} số văn bản đi được phát hành trên trục liên thông Quốc gia.",
    "{share} thủ tục hành chính được giải quyết đúng hạn, trừ thủ tục hành chính quy định tại "
    "khoản 5 Điều 14 của Nghị định số 61/2018/NĐ-CP.",
)


@st.composite
def agencies(draw: st.DrawFn) -> Agency:
    """Agencies with a code, a Vietnamese name, a level and aliases."""
    subject = draw(st.sampled_from(_SUBJECTS))
    code = "S" + "".join(word[0] for word in subject.split()).upper()
    initials = "".join(word[0] for word in subject.split())
    return Agency(
        code=_ascii(code) + str(draw(st.integers(0, 99))),
        name=f"Sở {subject}",
        short_name=draw(st.sampled_from((None, f"Sở {initials}"))),
        level=AgencyLevel.DEPARTMENT,
        aliases=draw(st.sampled_from(((), (f"Sở {subject} tỉnh",)))),
    )


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


@st.composite
def agency_registries(draw: st.DrawFn) -> AgencyRegistry:
    """Registries of departments and districts, with a closed and an open group."""
    subjects = draw(st.lists(st.sampled_from(_SUBJECTS), min_size=1, max_size=5, unique=True))
    places = draw(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=4, unique=True))
    departments = tuple(
        Agency(
            code=f"S{i}",
            name=f"Sở {subject}",
            level=AgencyLevel.DEPARTMENT,
            aliases=(f"Sở {subject} tỉnh",) if draw(st.booleans()) else (),
        )
        for i, subject in enumerate(subjects)
    )
    districts = tuple(
        Agency(
            code=f"H{i}",
            name=f"Ủy ban nhân dân huyện {place}",
            short_name=f"UBND huyện {place}",
            level=AgencyLevel.DISTRICT,
        )
        for i, place in enumerate(places)
    )
    groups = (
        AgencyGroup(
            code="SBN",
            name="Các sở, ban, ngành",
            members=departments,
            aliases=("Sở, ban ngành",),
        ),
        AgencyGroup(code="HUYEN", name="UBND cấp huyện", members=districts),
        AgencyGroup(code="LIEN_QUAN", name="Cơ quan, đơn vị có liên quan", open=True),
    )
    return AgencyRegistry(agencies=departments + districts, groups=groups)


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    """Indicators parsed from sentences of the usual forms, share or rank."""
    if draw(st.booleans()):
        top = draw(st.integers(1, 63))
        return parse_indicator(
            f"Chỉ số cải cách hành chính (PAR INDEX) tỉnh An Giang năm "
            f"{draw(st.integers(2015, 2030))} trong nhóm {top}/63 tỉnh, thành của cả nước."
        )
    percent = draw(st.integers(1, 100))
    share = f"{percent}%" if percent == 100 or draw(st.booleans()) else f"Từ {percent}% trở lên"
    return parse_indicator(draw(st.sampled_from(_INDICATOR_TEMPLATES)).format(share=share))


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """Small, valid plans: a registry, one to three areas of one to four tasks each."""
    registry = draw(agency_registries())
    entries = list(registry)
    year = draw(st.integers(2015, 2030))
    areas = []
    for number in range(1, draw(st.integers(1, 3)) + 1):
        code = ("I", "II", "III")[number - 1]
        tasks = []
        for row in range(1, draw(st.integers(1, 4)) + 1):
            choices = st.sampled_from(entries)
            lead = tuple(draw(st.lists(choices, min_size=1, max_size=2, unique=True)))
            partners = tuple(draw(st.lists(choices, max_size=3, unique=True)))
            deadline = draw(deadlines())
            tasks.append(
                Task(
                    code=f"{code}.{row}",
                    title=draw(st.sampled_from(_TITLES)),
                    outputs_text=draw(st.sampled_from(_OUTPUTS)),
                    lead=lead,
                    lead_text="; ".join(e.name for e in lead),
                    partners=partners,
                    partners_text="; ".join(e.name for e in partners) or "Không",
                    deadline=deadline,
                    deadline_text=str(deadline),
                )
            )
        areas.append(
            ReformArea(
                code=code,
                name=f"Lĩnh vực {code}",
                tasks=tuple(tasks),
                declared_task_count=draw(st.none() | st.just(len(tasks))),
            )
        )
    return Plan(
        issuer="Ủy ban nhân dân tỉnh An Giang",
        kind="Kế hoạch",
        number=draw(st.none() | st.just(f"{draw(st.integers(1, 999))}/KH-UBND")),
        date=draw(st.none() | st.dates(datetime.date(year - 1, 1, 1), datetime.date(year, 12, 31))),
        title=f"Cải cách hành chính năm {year}",
        year=year,
        signatory=draw(st.none() | st.just(Signatory(name="Nguyễn Văn A", position="Chủ tịch"))),
        legal_bases=tuple(
            LegalBasis(text)
            for text in draw(
                st.lists(
                    st.sampled_from(
                        (
                            "Căn cứ Nghị định số 61/2018/NĐ-CP của Chính phủ;",
                            "Căn cứ Quyết định số 225/QĐ-TTg ngày 04 tháng 02 năm 2016;",
                        )
                    ),
                    max_size=2,
                    unique=True,
                )
            )
        ),
        indicators=tuple(draw(st.lists(indicators(), max_size=3))),
        areas=tuple(areas),
        solutions=tuple(draw(st.lists(st.sampled_from(_TITLES), max_size=2))),
        recipients=("Như trên;", "Lưu: VT."),
        agencies=registry,
    )


@st.composite
def appendix_plans(draw: st.DrawFn) -> Plan:
    """Plans shaped as appendix tables shape them, for round trips through a table.

    Roman areas stand alone or inside a part "A" (A → I); tasks are numbered afresh in each
    area or run on through the table; some tasks carry other columns ("Ghi chú", "Kinh
    phí"); an empty *phối hợp* cell stays empty.
    """
    base = draw(plans())
    nested = draw(st.booleans())
    running = draw(st.booleans())
    columns = draw(st.sampled_from(((), ("Ghi chú",), ("Ghi chú", "Kinh phí"))))
    counter = 0

    def renumber(code: str, path: tuple[str, ...], tasks: tuple[Task, ...]) -> tuple[Task, ...]:
        nonlocal counter
        numbered = []
        for row, task in enumerate(tasks, start=1):
            counter += 1
            notes = tuple(
                (name, draw(st.sampled_from(("Trọng tâm", "Ngân sách tỉnh, năm 2026"))))
                for name in columns
                if draw(st.booleans())
            )
            numbered.append(
                attrs.evolve(
                    task,
                    code=f"{code}.{counter if running else row}",
                    area_path=path,
                    attributes=notes,
                    partners_text="; ".join(e.name for e in task.partners),
                )
            )
        return tuple(numbered)

    if nested:
        inner = tuple(
            ReformArea(
                code=f"A.{area.code}",
                name=area.name,
                tasks=renumber(f"A.{area.code}", ("A", f"A.{area.code}"), area.tasks),
            )
            for area in base.areas
        )
        areas: tuple[ReformArea, ...] = (
            ReformArea(code="A", name="NHIỆM VỤ CHUNG", tasks=(), areas=inner),
        )
    else:
        areas = tuple(
            ReformArea(code=a.code, name=a.name, tasks=renumber(a.code, (a.code,), a.tasks))
            for a in base.areas
        )
    return attrs.evolve(base, areas=areas)


_BREAKAGES = (
    ("$.title", "required field missing"),
    ("$.year", "expected an integer, not '2020'"),
    ("$.areas[0].tasks[0].deadline", "a quarter is numbered I to IV (1 to 4), not 'V'"),
    ("$.areas[0].tasks[0].lead", "unknown agency"),
    ("$.areas[0].tasks[0].code", "does not match its place"),
    ("$.areas[0].declared_task_count", "declares 99 tasks"),
    ("$.indicators", "expected a share"),
    ("$.agencies.groups[0].members", "no agency has the code"),
    ("$.extra", "unknown field"),
)


@st.composite
def invalid_plan_documents(draw: st.DrawFn) -> tuple[dict[str, Any], str, str]:
    """A plan's JSON data broken in one way: ``(data, path, words the problem contains)``.

    Used to check that every broken plan is refused with a problem at that path.
    """
    from cchc_model.formats.converter import make_converter

    plan = draw(plans())
    data: dict[str, Any] = make_converter().unstructure(plan, Plan)
    path, words = draw(st.sampled_from(_BREAKAGES))
    area = data["areas"][0]
    task = area["tasks"][0]
    if path == "$.title":
        del data["title"]
    elif path == "$.year":
        data["year"] = "2020"
    elif path.endswith(".deadline"):
        task["deadline"] = "Quý V/2020"
    elif path.endswith(".lead"):
        task["lead"] = ["Sở Ngoại giao"]
        path += "[0]"
    elif path.endswith(".code"):
        task["code"] = f"{area['code']}X.1"  # a code under another area
    elif path.endswith("declared_task_count"):
        area["declared_task_count"] = 99
    elif path == "$.indicators":
        data["indicators"] = ["Phấn đấu nâng cao chất lượng."]
        path += "[0]"
    elif path.endswith(".members"):
        data["agencies"]["groups"][0]["members"] = ["KHONG_CO"]
        path += "[0]"
    else:
        data["extra"] = 1
    return data, path, words
