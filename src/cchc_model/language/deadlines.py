"""The deadline language: typed values for the *thời gian thực hiện* column of a plan.

A plan's appendix gives every task a deadline phrase such as ``"Quý I/2020"``,
``"Báo cáo và công bố ngày 05 hàng tháng"`` or ``"- Ban hành trong Quý I/2020 - Thực hiện
thường xuyên"``.  :func:`parse_deadline` turns a phrase into one of the frozen values below,
all subclasses of :class:`Deadline`:

=========================  ==========================================================
:class:`PeriodDeadline`    a period or window: month, quarter, half year, nine months,
                           year, spans and lists of them ("Quý II, III/2020")
:class:`DateDeadline`      an exact date, with "trước ngày" and date ranges
:class:`Recurring`         "Hàng tháng", "ngày 05 hàng tháng", "ngày 10 của tháng cuối quý"
:class:`Continuous`        "Thường xuyên"
:class:`ByRegulation`      "Theo quy định"
:class:`Phased`            "- Ban hành tháng 01/2020 - Kết thúc tháng 12/2020"
:class:`WithinDays`        "trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ"
:class:`RelativeToPeriod`  "ngày 20 của tháng cuối kỳ báo cáo"
=========================  ==========================================================

Every value knows its nominal due points through :meth:`Deadline.occurrences`, and
``str()`` gives its canonical Vietnamese phrase, which parses back to an equal value:

>>> d = parse_deadline("Báo cáo và công bố ngày 05 hàng tháng")
>>> str(d)
'Báo cáo và công bố ngày 05 hàng tháng'
>>> [o.due for o in d.occurrences(datetime.date(2020, 1, 1), datetime.date(2020, 2, 29))]
[datetime.date(2020, 1, 5), datetime.date(2020, 2, 5)]

Due points are *nominal*: a due date that falls on a day off is moved by the working
calendar and a due-date rule, not here.
"""

from __future__ import annotations

import datetime
import enum
import itertools
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, Protocol, TypeVar

import attrs

from cchc_model.errors import DeadlineParseError
from cchc_model.language import _datemath
from cchc_model.language._lexer import normalize
from cchc_model.language._vocabulary import ACTIONS, is_action_label
from cchc_model.language.periods import MAX_YEAR, MIN_YEAR, Period, PeriodUnit

__all__ = [
    "ROLL_NOTE",
    "ByRegulation",
    "Continuous",
    "DateDeadline",
    "Deadline",
    "DeadlineKind",
    "Occurrence",
    "PeriodDeadline",
    "PeriodMonth",
    "Phase",
    "Phased",
    "Recurring",
    "RelativeToPeriod",
    "SupportsWorkingDays",
    "Window",
    "WithinDays",
    "parse_deadline",
]

_ONE_DAY = datetime.timedelta(days=1)
_D = TypeVar("_D", bound="Deadline")
#: The sentence the canonical form uses for the "moves to the next working day" note.
ROLL_NOTE = "nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo"


class DeadlineKind(enum.Enum):
    """Which family of the deadline language a value belongs to."""

    PERIOD = "period"
    DATE = "date"
    RECURRING = "recurring"
    CONTINUOUS = "continuous"
    BY_REGULATION = "by_regulation"
    PHASED = "phased"
    WITHIN_DAYS = "within_days"
    RELATIVE_TO_PERIOD = "relative_to_period"


@attrs.frozen(kw_only=True)
class Occurrence:
    """One nominal due point of a deadline.

    Attributes:
        due: The last compliant day, before any working-day roll.
        opens: The first day of the window the work belongs to, when the deadline has one
            (a period, a date range, "từ ngày 1 đến ngày 5 hằng tháng"); otherwise ``None``.
        milestone: The phase (*ban hành*, *kết thúc*, …) for a :class:`Phased` deadline.
    """

    due: datetime.date
    opens: datetime.date | None = None
    milestone: str | None = None


def _in_range(start: datetime.date, end: datetime.date, due: datetime.date) -> bool:
    return start <= due <= end


def _check_action(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(instance) is Deadline:
        raise TypeError("Deadline is abstract: build one of its families, or parse a phrase")
    if value is not None and not is_action_label(value):  # type: ignore[arg-type]
        raise ValueError(
            f"{value!r} is not an action label: action words ({', '.join(sorted(ACTIONS))}) "
            "joined by 'và', ',', '/' or '&', capitalised, optionally ending in 'vào'"
        )


def _check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, not {value!r}")
    if not value or value != " ".join(value.split()):
        raise ValueError(f"{attribute.name} must be non-empty single-spaced text, not {value!r}")


def _check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise TypeError(f"{attribute.name} must be a datetime.date, not {value!r}")
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"{attribute.name} {value} is outside the years {MIN_YEAR}–{MAX_YEAR}")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


@attrs.frozen(kw_only=True)
class Deadline:
    """The common type of every deadline value.

    Attributes:
        action: Words naming the action around the time expression ("Báo cáo và công bố",
            "Tổ chức", "Định kỳ vào"), in canonical case, or ``None``.
        rolls_forward: Whether the phrase notes that a due date on a day off moves to the
            next working day ("nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp
            theo").  Kept as a flag: the schedule decides how due dates roll.

    .. versionadded:: 0.1.0
    """

    kind: ClassVar[DeadlineKind]
    action: str | None = attrs.field(default=None, validator=_check_action)
    rolls_forward: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    @classmethod
    def parse(cls: type[_D], text: str, *, year: int | None = None) -> _D:
        """Parse a phrase that must be of this class's family.

        ``Deadline.parse`` accepts every family, like :func:`parse_deadline`; a subclass
        accepts only its own.

        >>> str(Deadline.parse("hằng quý"))
        'Hàng quý'
        >>> PeriodDeadline.parse("Quý I/2020").windows[0].due
        datetime.date(2020, 3, 31)
        >>> PeriodDeadline.parse("Hàng quý")
        Traceback (most recent call last):
        ...
        cchc_model.errors.DeadlineParseError: expected a period deadline, not a recurring one
            Hàng quý
            ^~~~~~~~

        Raises:
            DeadlineParseError: the phrase does not parse, or is of another family.
        """
        deadline = parse_deadline(text, year=year)
        if not isinstance(deadline, cls):
            family = cls.kind.value.replace("_", " ")
            raise DeadlineParseError(
                f"expected a {family} deadline, not a {deadline.kind.value.replace('_', ' ')} one",
                text=normalize(text),
                span=(0, len(normalize(text))),
            )
        return deadline

    def occurrences(self, start: datetime.date, end: datetime.date) -> Iterator[Occurrence]:
        """Every nominal due point in ``[start, end]`` (both included), in date order.

        Points come before any working-day roll.  :class:`Continuous`,
        :class:`ByRegulation`, :class:`WithinDays` and :class:`RelativeToPeriod` deadlines
        yield nothing by themselves: their due points come from a schedule, a reporting
        regime or a trigger date.  An empty window (``start > end``) yields nothing.
        """
        return iter(())

    def _expression(self) -> str:
        raise NotImplementedError

    def _body(self, *, after_action: bool) -> str:
        """The phrase without its action, in lower case, as it reads after an action."""
        text = _lower_first(self._expression())
        if self.rolls_forward:
            text = f"{text} ({ROLL_NOTE})"
        return text

    def __str__(self) -> str:
        if self.action is None:
            return _upper_first(self._body(after_action=False))
        return f"{self.action} {self._body(after_action=True)}"


# --------------------------------------------------------------------------- periods


@attrs.frozen
class Window:
    """Consecutive periods of one unit, from ``first`` to ``last`` (both included).

    A single period is a window whose ``first`` and ``last`` are equal.

    >>> from cchc_model.language.periods import Quarter
    >>> w = Window(Quarter(2020, 2), Quarter(2020, 3))
    >>> w.opens, w.due, str(w)
    (datetime.date(2020, 4, 1), datetime.date(2020, 9, 30), 'Quý II/2020 - Quý III/2020')
    """

    first: Period = attrs.field(validator=attrs.validators.instance_of(Period))
    last: Period = attrs.field(validator=attrs.validators.instance_of(Period))

    @last.validator
    def _check_last(self, attribute: attrs.Attribute[Period], value: Period) -> None:
        if type(value) is not type(self.first):
            raise ValueError(
                f"a window runs over periods of one kind, not from {self.first} to {value}"
            )
        if value.start < self.first.start:
            raise ValueError(f"a window cannot end ({value}) before it starts ({self.first})")

    @classmethod
    def of(cls, period: Period) -> Window:
        """The window of a single period."""
        return cls(period, period)

    @property
    def opens(self) -> datetime.date:
        """The first day of the window."""
        return self.first.start

    @property
    def due(self) -> datetime.date:
        """The last day of the window, which is its due point."""
        return self.last.end

    @property
    def periods(self) -> tuple[Period, ...]:
        """Every period of the window, in order."""
        periods = [self.first]
        while periods[-1] != self.last:
            periods.append(periods[-1].next())
        return tuple(periods)

    def __str__(self) -> str:
        if self.first == self.last:
            return str(self.first)
        return f"{self.first} - {self.last}"


def _check_windows(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(w, Window) for w in value):
        raise TypeError(f"windows must be a tuple of Window, not {value!r}")
    if not value:
        raise ValueError("a period deadline needs at least one window")
    for before, after in itertools.pairwise(value):
        if after.opens <= before.due:
            raise ValueError(
                f"windows must be in order and must not overlap: {before} then {after}"
            )
        if type(before.last) is type(after.first) and before.last.adjoins(after.first):
            raise ValueError(f"adjoining windows {before} and {after} form one window: merge them")


@attrs.frozen(kw_only=True)
class PeriodDeadline(Deadline):
    """A deadline given as calendar periods: due on the last day of each window.

    One window is one due point: "Quý II, III/2020" is a single window from 1 April to
    30 September.  Separate windows ("Quý I, III/2020") are separate due points.

    >>> d = parse_deadline("Quý II, III/2020")
    >>> year_2020 = (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))
    >>> [(o.opens, o.due) for o in d.occurrences(*year_2020)]
    [(datetime.date(2020, 4, 1), datetime.date(2020, 9, 30))]
    >>> str(parse_deadline("Quý I, III/2020"))
    'Quý I/2020, quý III/2020'
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.PERIOD
    windows: tuple[Window, ...] = attrs.field(validator=_check_windows)

    @classmethod
    def of(cls, *periods: Period, action: str | None = None) -> PeriodDeadline:
        """The deadline of the given periods, adjoining periods of one kind merged into one window.

        >>> from cchc_model.language.periods import Quarter
        >>> str(PeriodDeadline.of(Quarter(2020, 2), Quarter(2020, 1)))
        'Quý I/2020 - quý II/2020'
        """
        return cls(windows=merge_windows(Window.of(p) for p in periods), action=action)

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        for window in self.windows:
            if _in_range(start, end, window.due):
                yield Occurrence(due=window.due, opens=window.opens)

    def _body(self, *, after_action: bool) -> str:
        text = super()._body(after_action=after_action)
        return f"trong {text}" if after_action else text

    def _expression(self) -> str:
        return ", ".join(
            " - ".join(_lower_first(str(p)) for p in dict.fromkeys((w.first, w.last)))
            for w in self.windows
        )


def merge_windows(windows: Iterable[Window]) -> tuple[Window, ...]:
    """Sort windows and merge those that adjoin or overlap within one kind of period.

    Raises:
        ValueError: two windows of different kinds of period overlap.
    """
    merged: list[Window] = []
    for window in sorted(windows, key=lambda w: (w.opens, w.due)):
        if merged:
            last = merged[-1]
            same_kind = type(last.last) is type(window.first)
            if same_kind and (last.last.adjoins(window.first) or window.opens <= last.due):
                new_last = window.last if window.due > last.due else last.last
                merged[-1] = Window(last.first, new_last)
                continue
            if window.opens <= last.due:
                raise ValueError(f"{last} and {window} overlap")
        merged.append(window)
    return tuple(merged)


# --------------------------------------------------------------------------- dates


@attrs.frozen(kw_only=True)
class DateDeadline(Deadline):
    """An exact date ("ngày 15/3/2020"), possibly exclusive ("trước ngày …") or a range.

    Attributes:
        date: The date as written.
        before: ``True`` for "trước ngày X" and "đến trước ngày X": the last compliant day
            is the day before X.  "chậm nhất ngày X", "đến hết ngày X", "hạn chót X" and a
            bare "ngày X" all mean X itself.
        opens: The first day of a range "từ ngày A đến ngày X", else ``None``.

    >>> parse_deadline("trước ngày 15/3/2020").due
    datetime.date(2020, 3, 14)
    >>> str(parse_deadline("từ ngày 1/4 đến hết ngày 10/4/2020"))
    'Từ ngày 01/04/2020 đến ngày 10/04/2020'
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.DATE
    date: datetime.date = attrs.field(validator=_check_date)
    before: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    opens: datetime.date | None = attrs.field(default=None, validator=_check_date)

    def __attrs_post_init__(self) -> None:
        if self.opens is not None and self.opens > self.due:
            raise ValueError(
                f"a date range cannot end ({self.due}) before it starts ({self.opens})"
            )

    @property
    def due(self) -> datetime.date:
        """The last compliant day."""
        return self.date - _ONE_DAY if self.before else self.date

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        if _in_range(start, end, self.due):
            yield Occurrence(due=self.due, opens=self.opens)

    def _expression(self) -> str:
        target = f"{'trước ' if self.before else ''}ngày {self.date:%d/%m/%Y}"
        if self.opens is None:
            return target
        return f"từ ngày {self.opens:%d/%m/%Y} đến {target}"


# --------------------------------------------------------------------------- recurring

_RECURRING_UNITS = (PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR, PeriodUnit.YEAR)
_EVERY = {
    PeriodUnit.MONTH: "hàng tháng",
    PeriodUnit.QUARTER: "hàng quý",
    PeriodUnit.HALF_YEAR: "định kỳ 6 tháng",
    PeriodUnit.YEAR: "hàng năm",
}
_OF_EACH = {PeriodUnit.QUARTER: "quý", PeriodUnit.HALF_YEAR: "kỳ 6 tháng"}


def _check_day(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, not {value!r}")
    if not 1 <= value <= 31:
        raise ValueError(f"{attribute.name} must be a day of the month (1–31), not {value}")


@attrs.frozen(kw_only=True)
class Recurring(Deadline):
    """A deadline that comes back every month, quarter, half year or year.

    Attributes:
        unit: How often: :attr:`PeriodUnit.MONTH`, ``QUARTER``, ``HALF_YEAR`` or ``YEAR``.
        day: The day of the month it is due, or ``None`` for the period's last day
            ("Hàng quý").  A day a month lacks falls on that month's last day:
            "ngày 31 hàng tháng" is due on 30 April.  (RFC 5545 would skip April.)
        month: For a quarter, half year or year, the month of the period (1 = its first)
            that ``day`` falls in: 3 for "tháng cuối quý", 12 for "ngày 15/12 hàng năm".
            ``None`` for monthly deadlines and when ``day`` is ``None``.
        before: "trước ngày 25 hằng tháng": due the day before the day.
        from_day: "từ ngày 1 đến ngày 5 hằng tháng": the day each window opens.

    >>> d = parse_deadline("ngày 10 của tháng cuối quý")
    >>> year_2020 = (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))
    >>> [f"{o.due:%d/%m}" for o in d.occurrences(*year_2020)]
    ['10/03', '10/06', '10/09', '10/12']
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.RECURRING
    unit: PeriodUnit = attrs.field(validator=attrs.validators.in_(_RECURRING_UNITS))
    day: int | None = attrs.field(default=None, validator=_check_day)
    month: int | None = attrs.field(default=None)
    before: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    from_day: int | None = attrs.field(default=None, validator=_check_day)

    def __attrs_post_init__(self) -> None:
        if self.day is None:
            if self.month is not None or self.before or self.from_day is not None:
                raise ValueError("month, before and from_day need a day")
            if self.action is not None and self.action.lower().endswith("định kỳ"):
                raise ValueError(
                    f"{self.action!r} before {_EVERY[self.unit]!r} adds nothing: give no action"
                )
            return
        if self.unit is PeriodUnit.MONTH:
            if self.month is not None:
                raise ValueError("a monthly deadline takes no month")
        elif (
            isinstance(self.month, bool)
            or not isinstance(self.month, int)
            or not 1 <= self.month <= self.unit.months
        ):
            raise ValueError(
                f"a {self.unit.value} deadline on a day needs the month of the period "
                f"(1–{self.unit.months}), not {self.month!r}"
            )
        if self.unit is PeriodUnit.YEAR:
            assert self.month is not None
            longest = _datemath.days_in_month(2000, self.month)  # 29 for February
            if self.day > longest:
                raise ValueError(f"month {self.month} has no day {self.day}")
        if self.from_day is not None and self.from_day > self.day - (1 if self.before else 0):
            raise ValueError(f"a window from day {self.from_day} ends before it starts")

    def _occurrence_in(self, year: int, first_month: int) -> Occurrence:
        """The occurrence for the period that starts with ``first_month`` of ``year``."""
        if self.day is None:
            last_year, last_month = _datemath.add_months(year, first_month, self.unit.months - 1)
            return Occurrence(
                due=_datemath.clip_day(last_year, last_month, 31),
                opens=datetime.date(year, first_month, 1),
            )
        year, month = _datemath.add_months(year, first_month, (self.month or 1) - 1)
        due = _datemath.clip_day(year, month, self.day)
        if self.before:
            due -= _ONE_DAY
        opens = None if self.from_day is None else _datemath.clip_day(year, month, self.from_day)
        return Occurrence(due=due, opens=opens)

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        if start > end:
            return
        # Start a year early: "trước ngày 01" falls in the period before its own…
        step = self.unit.months
        index = _datemath.month_index(max(MIN_YEAR, start.year - 1), 1)
        # …and end a year late: "trước ngày 01/01 hàng năm" is due on 31 December.
        last = _datemath.month_index(min(MAX_YEAR, end.year + 1), 12)
        while index <= last:
            occurrence = self._occurrence_in(*_datemath.from_month_index(index))
            if occurrence.due > end:
                return
            if occurrence.due >= start:
                yield occurrence
            index += step

    def _anchor(self) -> str:
        month = f"/{self.month:02d}" if self.unit is PeriodUnit.YEAR else ""
        day = f"{'trước ' if self.before else ''}ngày {self.day:02d}{month}"
        if self.from_day is None:
            return day
        return f"từ ngày {self.from_day:02d}{month} đến {day}"

    def _expression(self) -> str:
        if self.day is None:
            return _EVERY[self.unit]
        if self.unit in (PeriodUnit.MONTH, PeriodUnit.YEAR):
            return f"{self._anchor()} {_EVERY[self.unit]}"
        assert self.month is not None
        if self.month == 1:
            position = "đầu"
        elif self.month == self.unit.months:
            position = "cuối"
        else:
            position = f"thứ {self.month}"
        return f"{self._anchor()} của tháng {position} {_OF_EACH[self.unit]}"


# --------------------------------------------------------------------------- open-ended


@attrs.frozen(kw_only=True)
class Continuous(Deadline):
    """Continuous work, "Thường xuyên": no due point of its own.

    A schedule assesses continuous tasks at the end of each reporting period.

    Attributes:
        year: The year for "Thường xuyên trong năm 2020"; "trong năm" without a year
            takes the ``year=`` context, or is plain "Thường xuyên" without one.

    >>> parse_deadline("Thường xuyên trong năm", year=2020)
    Continuous(action=None, rolls_forward=False, year=2020)
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.CONTINUOUS
    year: int | None = attrs.field(default=None)

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"year must be an int, not {value!r}")
        if not MIN_YEAR <= value <= MAX_YEAR:
            raise ValueError(f"year {value} is outside {MIN_YEAR}–{MAX_YEAR}")

    def _expression(self) -> str:
        return "thường xuyên" if self.year is None else f"thường xuyên trong năm {self.year}"


@attrs.frozen(kw_only=True)
class ByRegulation(Deadline):
    """By regulation, "Theo quy định": the due points come from a reporting regime.

    Attributes:
        reference: What the phrase names, as written: a document ("theo quy định tại
            Nghị định số 09/2019/NĐ-CP") or a body ("theo quy định của Bộ Nội vụ");
            ``None`` for a bare "Theo quy định".
        preposition: ``"tại"`` (in a document) or ``"của"`` (of a body), as written.

    >>> parse_deadline("Theo quy định")
    ByRegulation(action=None, rolls_forward=False, reference=None, preposition='tại')
    >>> str(parse_deadline("theo quy định của Bộ Nội vụ"))
    'Theo quy định của Bộ Nội vụ'
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.BY_REGULATION
    reference: str | None = attrs.field(default=None, validator=_check_text)
    preposition: str = attrs.field(default="tại", validator=attrs.validators.in_(("tại", "của")))

    def __attrs_post_init__(self) -> None:
        if self.reference is None and self.preposition != "tại":
            raise ValueError("a preposition goes with a reference")

    def _expression(self) -> str:
        if self.reference is None:
            return "theo quy định"
        return f"theo quy định {self.preposition} {self.reference}"


# --------------------------------------------------------------------------- phases


@attrs.frozen
class Phase:
    """One phase of a :class:`Phased` deadline: a milestone and its own deadline.

    Attributes:
        milestone: The phase's name in lower case: "ban hành", "kết thúc", "thực hiện"…
        deadline: When it is due; any deadline that is not itself phased and has no action.
    """

    milestone: str = attrs.field(validator=_check_text)
    deadline: Deadline = attrs.field(validator=attrs.validators.instance_of(Deadline))

    @milestone.validator
    def _check_milestone(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not is_action_label(value, milestone=True):
            raise ValueError(
                f"a milestone is action words in lower case ('ban hành', 'kết thúc'), not {value!r}"
            )

    @deadline.validator
    def _check_deadline(self, attribute: attrs.Attribute[Deadline], value: Deadline) -> None:
        if isinstance(value, Phased):
            raise ValueError("a phase cannot itself be phased")
        if value.action is not None:
            raise ValueError("a phase's deadline has no action of its own: it is the milestone")

    def __str__(self) -> str:
        return f"- {_upper_first(self.milestone)} {self.deadline._body(after_action=True)}"


def _check_phases(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(p, Phase) for p in value):
        raise TypeError(f"phases must be a tuple of Phase, not {value!r}")
    if len(value) < 2:
        raise ValueError("a phased deadline has at least two phases")


@attrs.frozen(kw_only=True)
class Phased(Deadline):
    """Phases with one due point each: "- Ban hành tháng 01/2020 - Kết thúc tháng 12/2020".

    >>> d = parse_deadline("- Ban hành trong Quý I/2020 - Thực hiện thường xuyên")
    >>> year_2020 = (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))
    >>> [(p.milestone, type(p.deadline).__name__) for p in d.phases]
    [('ban hành', 'PeriodDeadline'), ('thực hiện', 'Continuous')]
    >>> [(o.milestone, o.due) for o in d.occurrences(*year_2020)]
    [('ban hành', datetime.date(2020, 3, 31))]
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.PHASED
    phases: tuple[Phase, ...] = attrs.field(validator=_check_phases)

    def __attrs_post_init__(self) -> None:
        if self.action is not None:
            raise ValueError("a phased deadline has no action: each phase names its milestone")
        if self.rolls_forward:
            raise ValueError("a phased deadline notes rolling forward on its phases, not on itself")

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        found = [
            (occurrence.due, order, attrs.evolve(occurrence, milestone=phase.milestone))
            for order, phase in enumerate(self.phases)
            for occurrence in phase.deadline.occurrences(start, end)
        ]
        found.sort(key=lambda item: (item[0], item[1]))
        return iter([occurrence for _, _, occurrence in found])

    def _expression(self) -> str:
        return " ".join(str(phase) for phase in self.phases)


# --------------------------------------------------------------------------- relative


class SupportsWorkingDays(Protocol):
    """Anything that can add working days to a date, such as a working calendar."""

    def add_working_days(self, day: datetime.date, count: int) -> datetime.date:
        """The date ``count`` working days after ``day``."""
        ...


@attrs.frozen(kw_only=True)
class WithinDays(Deadline):
    """A number of days after an event outside the phrase: "trong thời hạn 05 ngày làm việc".

    Attributes:
        days: How many days.
        working: Whether they are working days (*ngày làm việc*) or calendar days.
        trigger: The event the days count from, as written ("ngày nhận đủ hồ sơ"), or
            ``None`` when the phrase does not say.

    >>> d = parse_deadline("không quá 10 ngày kể từ ngày nhận đủ hồ sơ")
    >>> d.resolve(datetime.date(2020, 3, 2))
    datetime.date(2020, 3, 12)
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.WITHIN_DAYS
    days: int = attrs.field()
    working: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    trigger: str | None = attrs.field(default=None, validator=_check_text)

    @days.validator
    def _check_days(self, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"days must be an int, not {value!r}")
        if not 1 <= value <= 3660:
            raise ValueError(f"days must be between 1 and 3660, not {value}")

    def resolve(
        self, trigger: datetime.date, calendar: SupportsWorkingDays | None = None
    ) -> datetime.date:
        """The due date for an event on ``trigger``.

        The day of the event is not counted (Civil Code 2015, art. 147(2): a time limit
        in days starts on the day after the event), so 10 calendar days from 2 March end
        on 12 March.  Working days need a ``calendar``.

        Raises:
            TypeError: working days were asked for without a calendar.
        """
        if not self.working:
            return trigger + datetime.timedelta(days=self.days)
        if calendar is None:
            raise TypeError(f"{str(self)!r} counts working days: pass a working calendar")
        return calendar.add_working_days(trigger, self.days)

    def _expression(self) -> str:
        unit = "ngày làm việc" if self.working else "ngày"
        text = f"trong thời hạn {self.days:02d} {unit}"
        return text if self.trigger is None else f"{text} kể từ {self.trigger}"


class PeriodMonth(enum.Enum):
    """Which month of (or after) a reporting period a :class:`RelativeToPeriod` names."""

    FIRST = "first"
    """The period's first month (*tháng đầu kỳ báo cáo*)."""
    LAST = "last"
    """The period's last month (*tháng cuối kỳ báo cáo*)."""
    NEXT = "next"
    """The month after the period (*tháng tiếp theo sau kỳ báo cáo*)."""


_PERIOD_MONTH_VI = {
    PeriodMonth.FIRST: "tháng đầu kỳ báo cáo",
    PeriodMonth.LAST: "tháng cuối kỳ báo cáo",
    PeriodMonth.NEXT: "tháng tiếp theo sau kỳ báo cáo",
}


@attrs.frozen(kw_only=True)
class RelativeToPeriod(Deadline):
    """A day relative to a reporting period given elsewhere: "ngày 20 của tháng cuối kỳ báo cáo".

    >>> from cchc_model.language.periods import Quarter
    >>> d = parse_deadline("ngày 12 của tháng tiếp theo sau kỳ báo cáo")
    >>> d.resolve(Quarter(2020, 4))
    datetime.date(2021, 1, 12)
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.RELATIVE_TO_PERIOD
    day: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_day])
    month: PeriodMonth = attrs.field(validator=attrs.validators.instance_of(PeriodMonth))
    before: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def resolve(self, period: Period) -> datetime.date:
        """The nominal due date for the reporting ``period``."""
        if self.month is PeriodMonth.FIRST:
            year, month = period.year, period.first_month
        elif self.month is PeriodMonth.LAST:
            year, month = period.year, period.last_month
        else:
            year, month = _datemath.add_months(period.year, period.last_month, 1)
        due = _datemath.clip_day(year, month, self.day)
        return due - _ONE_DAY if self.before else due

    def _expression(self) -> str:
        prefix = "trước " if self.before else ""
        return f"{prefix}ngày {self.day:02d} của {_PERIOD_MONTH_VI[self.month]}"


def parse_deadline(text: str, *, year: int | None = None) -> Deadline:
    """Parse a deadline phrase (*thời gian thực hiện*) into a :class:`Deadline`.

    Args:
        text: The phrase, in any Unicode normal form, case and spacing; line breaks from
            a PDF table are fine.
        year: The plan year, used for periods and dates written without a year
            ("Tháng 5", "6 tháng cuối năm", "ngày 30/4").

    Returns:
        The deadline value; ``str()`` of it is the canonical phrase.

    Raises:
        DeadlineParseError: the phrase is not in the deadline language.  The error's
            ``span`` points into the NFC form of ``text``.

    >>> d = parse_deadline("Tháng 5/2020")
    >>> type(d).__name__, d.windows[0].opens, d.windows[0].due
    ('PeriodDeadline', datetime.date(2020, 5, 1), datetime.date(2020, 5, 31))
    >>> str(parse_deadline("QUÝ iv năm 2021"))
    'Quý IV/2021'
    >>> parse_deadline("Tháng 13/2020")
    Traceback (most recent call last):
    ...
    cchc_model.errors.DeadlineParseError: a month is numbered 1 to 12, not 13
        Tháng 13/2020
              ^~
    """
    from cchc_model.language import _grammar

    if year is not None:
        if isinstance(year, bool) or not isinstance(year, int):
            raise TypeError(f"year must be an int or None, not {year!r}")
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}")
    return _grammar.parse(text, year=year)
