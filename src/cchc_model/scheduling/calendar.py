"""Vietnam's public-sector working calendar: weekends, public holidays and day swaps.

A :class:`WorkingCalendar` knows, for every day, whether civil servants (*cán bộ, công
chức, viên chức*) work.  Its layers, applied in order:

1. Saturday and Sunday off: the 40-hour week of state bodies runs from Monday to Friday
   (Prime Minister's Decision 188/1999/QĐ-TTg, art. 1).
2. The statutory public holidays (*ngày nghỉ lễ, tết*) of the Labour Code in force in the
   year — 1994 art. 73 until 2012 (Giỗ Tổ Hùng Vương from 2007, by its 2007 amendment),
   2012 art. 115 from 2013, 2019 art. 112 from 2021: Tết Dương lịch, four (five from
   2013) days of Tết Âm lịch, Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month), 30/4,
   1/5, Quốc khánh 2/9 (and an adjacent day from 2021), with a compensatory day off when
   a holiday falls on a weekly rest day.  The dates, lunar ones included, come from the
   ``holidays`` package.
3. Each year's official schedule for the public sector, as data with its documents:
   the days off the Government grants and the weekend days made working days in
   exchange (*làm bù*).
4. Layers a caller adds: a province's or an agency's own decisions, each with its source.

>>> cal = vietnam_calendar()
>>> cal.is_working_day(datetime.date(2020, 1, 23))   # Tết 2020 starts on Thursday 23/1
False
>>> cal.roll_forward(datetime.date(2020, 1, 24))
datetime.date(2020, 1, 30)
>>> cal.add_working_days(datetime.date(2020, 4, 29), 1)   # over 30/4, 1/5 and a weekend
datetime.date(2020, 5, 4)

The national calendar answers every day from 2000 to 2100.  Years with the Government's
published schedule answer from it; other years — 2027 until its notice is issued, say —
answer from the statutory rules alone and say so (:meth:`WorkingCalendar.is_estimated`).
A strict calendar (``vietnam_calendar(strict=True)``) refuses them with
:class:`CalendarCoverageError`, for callers who need official days only.

>>> vietnam_calendar().is_estimated(datetime.date(2030, 1, 2))
True
>>> vietnam_calendar(strict=True).is_working_day(datetime.date(2030, 1, 2))
Traceback (most recent call last):
...
cchc_model.scheduling.calendar.CalendarCoverageError: 02/01/2030 is in a year without ...
"""

from __future__ import annotations

import datetime
import functools
import itertools
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import attrs

from cchc_model import _validators as _v
from cchc_model.errors import CchcError

__all__ = [
    "CalendarCoverageError",
    "CalendarLayer",
    "DayChange",
    "DayStatus",
    "Source",
    "WorkingCalendar",
    "vietnam_calendar",
]

_ONE_DAY = datetime.timedelta(days=1)
LABOUR_CODE_1994 = "Bộ luật Lao động 1994, Điều 73 (sửa đổi, bổ sung năm 2007)"
LABOUR_CODE_2012 = "Bộ luật Lao động 2012, Điều 115"
LABOUR_CODE_2019 = "Bộ luật Lao động 2019, Điều 112"
CULTURE_DAY_LAW = "Nghị quyết 28/2026/QH16, Điều 2 (Ngày Văn hóa Việt Nam, từ 01/07/2026)"
_CULTURE_DAY = "Ngày Văn hóa Việt Nam"
_CULTURE_DAY_FROM = datetime.date(2026, 7, 1)
#: The years the national calendar answers: the statutory rules are computed for them.
FIRST_YEAR, LAST_YEAR = 2000, 2100
WORKING_WEEK = "Quyết định 188/1999/QĐ-TTg, Điều 1"


class CalendarCoverageError(CchcError, LookupError):
    """A date the calendar does not answer.

    Either a year outside 2000–2100, or, for a strict calendar, a year without the
    Government's published schedule of days off (``covered`` gives the published years).

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        day: datetime.date,
        covered: tuple[int, int],
        reached: datetime.date | None = None,
    ) -> None:
        self.day = day
        self.covered = covered
        #: The day the calendar had to know to answer about :attr:`day` (rolling a day
        #: forward, adding working days), when it is another day.
        self.reached = reached
        shown = f"{day:%d/%m/%Y}"
        if reached is not None and reached != day:
            shown += f" (the answer needs {reached:%d/%m/%Y})"
        if covered == (FIRST_YEAR, LAST_YEAR):
            message = (
                f"{shown} is outside the years the working calendar answers "
                f"({FIRST_YEAR}–{LAST_YEAR})"
            )
        else:
            message = (
                f"{shown} is in a year without the Government's published schedule "
                f"of days off (published: {covered[0]}–{covered[1]}); a strict calendar "
                "refuses estimates"
            )
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the fields."""
        return (type(self), (self.day, self.covered, self.reached))


@attrs.frozen(kw_only=True)
class Source:
    """Where a rule of the calendar comes from: a law's article or a government notice.

    .. versionadded:: 0.1.0
    """

    document: str = attrs.field(validator=_v.text)
    kind: str | None = attrs.field(default=None, validator=_v.optional_text)
    issuer: str | None = attrs.field(default=None, validator=_v.optional_text)
    issued: datetime.date | None = attrs.field(default=None, validator=_v.optional_date)
    subject: str | None = attrs.field(default=None, validator=_v.optional_text)

    def __str__(self) -> str:
        text = self.document
        if self.kind and not self.document.startswith(self.kind):
            text = f"{self.kind} {text}"
        if self.issued is not None:
            text += f" ngày {self.issued:%d/%m/%Y}"
        if self.issuer:
            text += f" của {self.issuer}"
        return text


@attrs.frozen(kw_only=True)
class DayChange:
    """One day made a day off (``working=False``) or a working day (``working=True``).

    .. versionadded:: 0.1.0
    """

    date: datetime.date = attrs.field(validator=_v.date)
    working: bool = attrs.field(validator=_v.boolean)
    reason: str = attrs.field(validator=_v.text)
    source: Source = attrs.field(validator=_v.instance_of(Source))


@attrs.frozen(kw_only=True, repr=False)
class CalendarLayer:
    """A named set of day changes, such as a province's decisions for a year.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_v.text)
    changes: tuple[DayChange, ...] = attrs.field(default=(), validator=_v.tuple_of(DayChange))

    def __repr__(self) -> str:
        return f"<CalendarLayer {self.name!r}: {len(self.changes)} changes>"


@attrs.frozen(kw_only=True)
class DayStatus:
    """Whether a day is a working day, and why.

    Attributes:
        date: The day.
        working: Whether civil servants work.
        reasons: What decided it, in the order the layers apply ("Thứ Bảy", "Tết
            Nguyên Đán", "Làm bù cho ngày nghỉ 29/04/2019"…), each once.
        sources: The laws and notices behind the reasons, each once (a swap is often
            decided by the Government Office and announced by the ministry: both).
        estimated: Whether the answer comes from the statutory rules alone, for a year
            outside the published data.

    .. versionadded:: 0.1.0
    """

    date: datetime.date
    working: bool
    reasons: tuple[str, ...]
    sources: tuple[Source, ...]
    estimated: bool = False


_WEEKDAY_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@attrs.define
class _Year:
    first: int  # the ordinal of 1 January
    working: bytearray
    reasons: dict[datetime.date, list[tuple[str, Source]]]
    estimated: bool
    # cumulative[i]: working days from 1 January up to and including day i of the year
    cumulative: list[int] = attrs.field(factory=list)


@attrs.frozen(kw_only=True, repr=False)
class WorkingCalendar:
    """A working calendar: weekends, statutory holidays and layers of day changes.

    Attributes:
        name: What the calendar is for ("Việt Nam — khu vực công").
        weekend: The weekly rest days, as ``date.weekday()`` numbers (5, 6: Saturday,
            Sunday).
        statutory: Whether the Labour Code's public holidays apply.
        covered: The first and last year the data layers cover completely, or ``None``
            when the calendar claims no coverage (every year is answered as is).
        layers: The day changes, applied in order; a later layer wins on the same day.
        estimate: Whether to answer years outside ``covered`` from the statutory rules
            alone (marked as estimated) instead of raising
            :class:`CalendarCoverageError` (a strict calendar).

    .. versionadded:: 0.1.0
    """

    name: str
    weekend: tuple[int, ...] = (5, 6)
    statutory: bool = True
    covered: tuple[int, int] | None = None
    layers: tuple[CalendarLayer, ...] = ()
    estimate: bool = False
    _years: dict[int, _Year] = attrs.field(
        init=False, factory=dict, repr=False, eq=False, hash=False
    )
    _roll: dict[datetime.date, datetime.date] = attrs.field(
        init=False, factory=dict, repr=False, eq=False, hash=False
    )

    def __repr__(self) -> str:
        covered = "" if self.covered is None else f", official {self.covered[0]}–{self.covered[1]}"
        strict = ", strict" if self.covered is not None and not self.estimate else ""
        layers = f"{len(self.layers)} layer{'' if len(self.layers) == 1 else 's'}"
        return f"<WorkingCalendar {self.name!r}{covered}{strict}, {layers}>"

    # ------------------------------------------------------------------ building

    def with_layer(self, layer: CalendarLayer) -> WorkingCalendar:
        """This calendar with one more layer on top (a province's, an agency's…)."""
        return attrs.evolve(self, layers=(*self.layers, layer))

    def with_day_off(
        self, day: datetime.date, reason: str, source: Source, *, layer: str = "bổ sung"
    ) -> WorkingCalendar:
        """This calendar with ``day`` made a day off, for ``reason``, by ``source``.

        >>> cal = vietnam_calendar().with_day_off(
        ...     datetime.date(2020, 6, 15), "Nghỉ theo quyết định của tỉnh",
        ...     Source(document="123/QĐ-UBND", kind="Quyết định"))
        >>> cal.is_working_day(datetime.date(2020, 6, 15))
        False
        """
        change = DayChange(date=day, working=False, reason=reason, source=source)
        return self.with_layer(CalendarLayer(name=layer, changes=(change,)))

    def with_working_day(
        self, day: datetime.date, reason: str, source: Source, *, layer: str = "bổ sung"
    ) -> WorkingCalendar:
        """This calendar with ``day`` made a working day, for ``reason``, by ``source``."""
        change = DayChange(date=day, working=True, reason=reason, source=source)
        return self.with_layer(CalendarLayer(name=layer, changes=(change,)))

    def estimating(self) -> WorkingCalendar:
        """This calendar, answering years outside its data from the statutory rules."""
        return attrs.evolve(self, estimate=True)

    def strict(self) -> WorkingCalendar:
        """This calendar, refusing years outside its data (official days only)."""
        return attrs.evolve(self, estimate=False)

    # ------------------------------------------------------------------ one year

    def _year(self, day: datetime.date) -> _Year:
        found = self._years.get(day.year)
        if found is None:
            found = self._build(day)
            self._years[day.year] = found
        return found

    def _build(self, asked: datetime.date) -> _Year:
        year = asked.year
        if self.statutory and not FIRST_YEAR <= year <= LAST_YEAR:
            raise CalendarCoverageError(asked, (FIRST_YEAR, LAST_YEAR))
        estimated = self.covered is not None and not (self.covered[0] <= year <= self.covered[1])
        if estimated and not self.estimate:
            assert self.covered is not None
            raise CalendarCoverageError(asked, self.covered)
        first = datetime.date(year, 1, 1)
        days = (datetime.date(year + 1, 1, 1) - first).days
        working = bytearray(days)
        reasons: dict[datetime.date, list[tuple[str, Source]]] = {}
        week = Source(document=WORKING_WEEK)
        for offset in range(days):
            day = first + datetime.timedelta(days=offset)
            if day.weekday() in self.weekend:
                reasons[day] = [(_WEEKDAY_VI[day.weekday()], week)]
            else:
                working[offset] = 1
        if self.statutory:
            for day, name, law in _statutory_holidays(year):
                working[(day - first).days] = 0
                reasons.setdefault(day, []).append((name, Source(document=law)))
        for layer in self.layers:
            for change in layer.changes:
                if change.date.year == year:
                    working[(change.date - first).days] = 1 if change.working else 0
                    reasons.setdefault(change.date, []).append((change.reason, change.source))
        return _Year(
            first=first.toordinal(),
            working=working,
            reasons=reasons,
            estimated=estimated,
            cumulative=list(itertools.accumulate(working)),
        )

    # ------------------------------------------------------------------ questions

    def is_working_day(self, day: datetime.date) -> bool:
        """Whether civil servants work on ``day``.

        Raises:
            CalendarCoverageError: the year is outside the data and ``estimate`` is off.
        """
        year = self._years.get(day.year) or self._year(day)
        return bool(year.working[day.toordinal() - year.first])

    def is_estimated(self, day: datetime.date) -> bool:
        """Whether the answer for ``day`` comes from the statutory rules alone.

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        return self._year(day).estimated

    def status(self, day: datetime.date) -> DayStatus:
        """Whether ``day`` is a working day, with the reasons and their sources.

        >>> s = vietnam_calendar().status(datetime.date(2019, 5, 4))
        >>> s.working, s.reasons
        (True, ('Thứ Bảy', 'Làm bù cho ngày nghỉ 29/04/2019'))

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        year = self._year(day)
        found = year.reasons.get(day, [])
        return DayStatus(
            date=day,
            working=self.is_working_day(day),
            reasons=tuple(dict.fromkeys(reason for reason, _ in found)),
            sources=tuple(dict.fromkeys(source for _, source in found)),
            estimated=year.estimated,
        )

    def roll_forward(self, day: datetime.date) -> datetime.date:
        """``day`` if it is a working day, else the next working day.

        >>> vietnam_calendar().roll_forward(datetime.date(2020, 1, 5))   # a Sunday
        datetime.date(2020, 1, 6)

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        try:
            return self._roll[day]
        except KeyError:
            pass
        result = day
        try:
            while not self.is_working_day(result):
                result += _ONE_DAY
        except CalendarCoverageError as error:
            raise CalendarCoverageError(day, error.covered, error.day) from None
        self._roll[day] = result
        return result

    def roll_backward(self, day: datetime.date) -> datetime.date:
        """``day`` if it is a working day, else the previous working day.

        Raises:
            CalendarCoverageError: the answer is outside the calendar's years.
        """
        asked = day
        try:
            while not self.is_working_day(day):
                day -= _ONE_DAY
        except CalendarCoverageError as error:
            raise CalendarCoverageError(asked, error.covered, error.day) from None
        return day

    def next_working_day(self, day: datetime.date) -> datetime.date:
        """The first working day after ``day``.

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        return self.roll_forward(day + _ONE_DAY)

    def previous_working_day(self, day: datetime.date) -> datetime.date:
        """The last working day before ``day``.

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        return self.roll_backward(day - _ONE_DAY)

    def add_working_days(self, day: datetime.date, count: int) -> datetime.date:
        """The ``count``-th working day after ``day`` (before it, for a negative count).

        ``day`` itself is not counted (Civil Code 2015 art. 147(2): a time limit in days
        starts on the day after the event); ``count == 0`` gives ``day``.

        >>> vietnam_calendar().add_working_days(datetime.date(2020, 3, 6), 5)
        datetime.date(2020, 3, 13)

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        step = _ONE_DAY if count >= 0 else -_ONE_DAY
        remaining = abs(count)
        asked = day
        try:
            while remaining:
                day += step
                if self.is_working_day(day):
                    remaining -= 1
        except CalendarCoverageError as error:  # years past 2100 come before date.max
            raise CalendarCoverageError(asked, error.covered, error.day) from None
        return day

    def working_days_between(self, start: datetime.date, end: datetime.date) -> int:
        """How many working days lie after ``start`` up to and including ``end``.

        When ``end`` is before ``start``, minus the working days from ``end`` up to the day
        before ``start``.  The inverse of :meth:`add_working_days`:
        ``working_days_between(d, add_working_days(d, n)) == n`` for every ``n``.

        >>> vietnam_calendar().working_days_between(   # 21, 22, then Tết, then 30, 31
        ...     datetime.date(2020, 1, 20), datetime.date(2020, 1, 31))
        4

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        if end < start:
            # Going back, the days counted are those from ``end`` up to the day before
            # ``start``: the inverse of adding a negative count.
            return -(self._count_through(end, start - _ONE_DAY) + self.is_working_day(end))
        return self._count_through(start, end)

    def _through(self, day: datetime.date) -> int:
        """Working days from 1 January of ``day``'s year up to and including ``day``."""
        year = self._year(day)
        return year.cumulative[day.toordinal() - year.first]

    def _count_through(self, start: datetime.date, end: datetime.date) -> int:
        """Working days after ``start`` up to and including ``end`` (``start <= end``)."""
        if start.year == end.year:
            return self._through(end) - self._through(start)
        self._year(end)  # an end outside the calendar is named, not a 1 January between
        count = self._year(start).cumulative[-1] - self._through(start)
        for year in range(start.year + 1, end.year):
            count += self._year(datetime.date(year, 1, 1)).cumulative[-1]
        return count + self._through(end)

    def working_days_late(self, due: datetime.date, done: datetime.date) -> int:
        """Working days between the due date and a later completion date; 0 if on time.

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        if due.year == done.year:  # the common case, in one year's table
            year = self._years.get(due.year) or self._year(due)
            cumulative, first = year.cumulative, year.first
            return max(
                0, cumulative[done.toordinal() - first] - cumulative[due.toordinal() - first]
            )
        return max(0, self.working_days_between(due, done))

    def days_off(self, start: datetime.date, end: datetime.date) -> Iterator[DayStatus]:
        """Every day off in ``[start, end]`` that is not a plain weekend day, with its reasons.

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        day = start
        while day <= end:
            status = self.status(day)
            if not status.working and status.reasons != (_WEEKDAY_VI[day.weekday()],):
                yield status
            day += _ONE_DAY

    def roll_forward_all(self, days: Iterable[datetime.date]) -> list[datetime.date]:
        """:meth:`roll_forward` for many days at once (a table lookup per day once warm).

        Raises:
            CalendarCoverageError: a day asked, or one the answer needs, is outside the
                years the calendar answers (2000–2100; for a strict calendar, the years
                with a published schedule of days off).
        """
        table = self._roll
        out: list[datetime.date] = []
        append = out.append
        get = table.get
        for day in days:
            rolled = get(day)
            append(rolled if rolled is not None else self.roll_forward(day))
        return out


# --------------------------------------------------------------------------- statutory days


def _labour_code(year: int) -> str:
    """The Labour Code article that set the public holidays of ``year``."""
    if year <= 2012:
        return LABOUR_CODE_1994
    return LABOUR_CODE_2012 if year <= 2020 else LABOUR_CODE_2019


@functools.cache
def _statutory_holidays(year: int) -> tuple[tuple[datetime.date, str, str], ...]:
    """The statutory public holidays of ``year``, each with the law that gives it.

    The days come from the ``holidays`` package: the Labour Code's holidays and their
    make-up days, and from 01/07/2026 the Ngày Văn hóa Việt Nam (24/11) of Nghị quyết
    28/2026/QH16, with the package's make-up day when it falls on a weekend (the
    resolution is silent on that: an estimate until a notice says).  The package's own
    table of government day swaps is left out: the library keeps those as data with their
    documents (:func:`vietnam_calendar`).
    """
    import holidays

    found = holidays.country_holidays("VN", years=year, language="vi")
    days = []
    for day, names in sorted(found.items()):
        kept = [n for n in str(names).split("; ") if _is_statutory(n, day)]
        if kept:
            law = CULTURE_DAY_LAW if all(_CULTURE_DAY in n for n in kept) else _labour_code(year)
            days.append((day, "; ".join(kept), law))
    return tuple(days)


def _is_statutory(name: str, day: datetime.date) -> bool:
    if _CULTURE_DAY in name:
        return day >= _CULTURE_DAY_FROM
    return _is_labour_code_holiday(name)


# The Labour Code's holidays as the ``holidays`` package names them (in Vietnamese).  Left
# out: its table of government day swaps ("Ngày nghỉ (thay cho …)"), which the library
# keeps as data with documents.  The Ngày Văn hóa Việt Nam (24/11) is not in the Labour
# Code: a National Assembly resolution gives it (see ``_is_statutory``).
_LABOUR_CODE_NAMES = (
    "Tết Dương lịch",
    "Tết Nguyên Đán",
    "Giao thừa",
    "29 Tết",
    "Giỗ Tổ Hùng Vương",
    "Ngày Chiến thắng",
    "Ngày Quốc tế Lao động",
    "Quốc khánh",
)


def _is_labour_code_holiday(name: str) -> bool:
    return "thay cho" not in name and any(known in name for known in _LABOUR_CODE_NAMES)


# --------------------------------------------------------------------------- the national calendar


def _notices() -> tuple[tuple[int, int], CalendarLayer]:
    data: dict[str, Any] = json.loads(
        (resources.files("cchc_model") / "data" / "vn_public_sector_days.json").read_text(
            encoding="utf-8"
        )
    )
    changes: list[DayChange] = []
    for notice in data["notices"]:
        issued = notice.get("issued")
        source = Source(
            document=notice["document"],
            kind=notice.get("kind"),
            issuer=notice.get("issuer"),
            issued=datetime.date.fromisoformat(issued) if issued else None,
            subject=notice.get("subject"),
        )
        for text in notice.get("days_off", []):
            changes.append(
                DayChange(
                    date=datetime.date.fromisoformat(text),
                    working=False,
                    reason=notice.get("subject") or "Ngày nghỉ",
                    source=source,
                )
            )
        for text, replaces in _working_days(notice):
            changes.append(
                DayChange(
                    date=datetime.date.fromisoformat(text),
                    working=True,
                    reason=f"Làm bù cho ngày nghỉ {replaces}" if replaces else "Ngày làm bù",
                    source=source,
                )
            )
    first, last = data["years"]
    layer = CalendarLayer(name="Lịch nghỉ của cán bộ, công chức, viên chức", changes=tuple(changes))
    return (int(first), int(last)), layer


def _working_days(notice: dict[str, Any]) -> Iterator[tuple[str, str | None]]:
    swaps = notice.get("swaps", {})
    for text in notice.get("working_days", []):
        replaces = swaps.get(text)
        yield text, (f"{datetime.date.fromisoformat(replaces):%d/%m/%Y}" if replaces else None)


def vietnam_calendar(*, strict: bool = False, estimate: bool | None = None) -> WorkingCalendar:
    """The national working calendar of Vietnam's public sector, for any day of 2000–2100.

    Args:
        strict: Refuse the years without the Government's published schedule (raise
            :class:`CalendarCoverageError`) instead of answering them from the statutory
            rules alone, marked as estimated.
        estimate: The opposite of ``strict``, kept for callers of version 0.1.

    >>> cal = vietnam_calendar()
    >>> [cal.is_working_day(datetime.date(2020, 9, d)) for d in (1, 2, 3)]
    [True, False, True]
    >>> cal.is_estimated(datetime.date(2020, 9, 2)), cal.is_estimated(datetime.date(2031, 9, 2))
    (False, True)
    """
    covered, layer = _national()
    answers = not strict if estimate is None else estimate
    return WorkingCalendar(
        name="Việt Nam — khu vực công", covered=covered, layers=(layer,), estimate=answers
    )


@functools.cache
def _national() -> tuple[tuple[int, int], CalendarLayer]:
    return _notices()
