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
import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, Protocol, TypeVar

import attrs

from cchc_model import _validators as _v
from cchc_model._reprs import shorten
from cchc_model.errors import DeadlineParseError
from cchc_model.language import _datemath
from cchc_model.language._lexer import normalize
from cchc_model.language._vocabulary import ACTIONS, is_action_label, names_a_report
from cchc_model.language.periods import MAX_YEAR, MIN_YEAR, Period, PeriodUnit

__all__ = [
    "REFERENCE_BASES",
    "ROLL_NOTE",
    "ByReference",
    "ByRegulation",
    "Compound",
    "Continuous",
    "DateDeadline",
    "DayPart",
    "Deadline",
    "DeadlineKind",
    "LunarDeadline",
    "Occurrence",
    "PeriodDeadline",
    "PeriodMonth",
    "Phase",
    "Phased",
    "PointInPeriod",
    "Position",
    "Recurring",
    "RelativeToPeriod",
    "Span",
    "SupportsWorkingDays",
    "Unrecognised",
    "WeekOfMonth",
    "WeekRef",
    "Weekly",
    "Window",
    "WithinDays",
    "clock",
    "parse_deadline",
    "weeks_of_month",
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
    POINT = "point"
    WEEK = "week"
    WEEKLY = "weekly"
    SPAN = "span"
    BY_REFERENCE = "by_reference"
    LUNAR = "lunar"
    COMPOUND = "compound"
    UNRECOGNISED = "unrecognised"


@attrs.frozen(kw_only=True)
class Occurrence:
    """One nominal due point of a deadline.

    Attributes:
        due: The last compliant day, before any working-day roll.
        opens: The first day of the window the work belongs to, when the deadline has one
            (a period, a date range, "từ ngày 1 đến ngày 5 hằng tháng"); otherwise ``None``.
        milestone: The phase (*ban hành*, *kết thúc*, …) for a :class:`Phased` deadline.
        time: The time of day on ``due`` when the phrase gives one ("trước 17 giờ ngày
            20/5/2026", "chiều ngày 15/4/2026"), else ``None``: the whole day counts.
        clipped: Whether the day was moved to the month's last day because the month has
            no such day ("ngày 31 hằng tháng" in April, "ngày 31/11 hằng năm").
    """

    due: datetime.date
    opens: datetime.date | None = None
    milestone: str | None = None
    time: datetime.time | None = None
    clipped: bool = False


def _in_range(start: datetime.date, end: datetime.date, due: datetime.date) -> bool:
    return start <= due <= end


def _check_action(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(instance) is Deadline:
        raise TypeError("Deadline is abstract: build one of its families, or parse a phrase")
    if value is not None and not is_action_label(value):  # type: ignore[arg-type]
        raise ValueError(
            f"{value!r} is not an action label: action words ({', '.join(sorted(ACTIONS))}) "
            "joined by 'và', ',', '/' or '&', capitalised, optionally ending in 'vào', or "
            "ending in 'báo cáo' and a kind of report ('Báo cáo quý')"
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


def _check_free(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Text kept as written inside a phrase: it ends at a bracket or ';', so has none."""
    _check_text(instance, attribute, value)
    if isinstance(value, str) and any(mark in value for mark in "();"):
        raise ValueError(f"{attribute.name} has no brackets or ';', not {value!r}")


def _check_note(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_text(instance, attribute, value)
    if value is None:
        return
    assert isinstance(value, str)
    depth = 0
    for character in value:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0:
            break
    name = attribute.name  # "note", or "complement" (which is checked as a note is)
    if depth != 0:
        raise ValueError(f"a {name}'s brackets must balance, not {value!r}")
    if not value.isprintable():
        raise ValueError(f"a {name} is printable text, not {value!r}")


#: Words of the time language, which a complement (words around the time) never holds.
TIME_WORDS = frozenset(
    [
        *("ngày", "tháng", "quý", "năm", "tuần", "giờ", "hàng", "hằng", "mỗi"),
        *("từ", "đến", "trước", "sau", "trong", "thứ", "sáng", "chiều", "vào", "hết"),
        *("lúc", "rằm", "mùng", "mồng", "tết"),
    ]
)
# Two-word time phrases whose words alone are ordinary ("Thường trực", "Liên đoàn").
_TIME_PAIRS = frozenset({("thường", "xuyên"), ("liên", "tục")})


def _check_complement(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_note(instance, attribute, value)
    # Quotes separate words as spaces do, as the tokenizer reads them: 'A"THƯỜNG"XUYÊN'.
    parts = (
        [p.lower() for p in re.split(r"[\s\"'“”‘’′″«»]+", value) if p]
        if isinstance(value, str)
        else []
    )
    if isinstance(value, str) and (
        any(words in value.lower() for words in ("chủ nhật", "dự kiến"))
        or not all(not part[:1].isdigit() and part not in TIME_WORDS for part in parts)
        or any(pair in _TIME_PAIRS for pair in itertools.pairwise(parts))
    ):
        raise ValueError(f"a complement is words without numbers or time words, not {value!r}")


#: How a year outside its range is refused (``_validators.IntegerIn`` fills it in).
_YEAR_OUTSIDE = "{name} {value} is outside {low}–{high}"
_MONTH_OUTSIDE = "a month is numbered 1 to 12, not {value}"
_LUNAR_MONTH_OUTSIDE = "a lunar month is 1 to 12, not {value}"
_LUNAR_YEAR_OUTSIDE = "the lunar calendar is read for the years {low}–{high}, not {value}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


@attrs.frozen(kw_only=True, repr=False)
class Deadline:
    """The common type of every deadline value.

    Attributes:
        action: Words naming the action around the time expression ("Báo cáo và công bố",
            "Tổ chức", "Định kỳ vào"), in canonical case, or ``None``.
        rolls_forward: Whether the phrase notes that a due date on a day off moves to the
            next working day ("nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp
            theo").  Kept as a flag: the schedule decides how due dates roll.
        tentative: Whether the phrase says the time is expected, not fixed ("Dự kiến
            tháng 6/2026").  Kept as a flag; the due points are the same.
        note: A clarification that is not itself a deadline, kept as written: "(nếu có)",
            "(theo kế hoạch)", a lunar-date note, ", thời gian cụ thể có lịch riêng".
            ``str()`` renders it in brackets after the deadline.
        complement: The words before the time that are not an action word, as written:
            "UBND tỉnh" in "Trình UBND tỉnh trước ngày 30/6/2026", "Kỳ họp chuyên đề" in
            "Kỳ họp chuyên đề tháng 5/2026".  Words only: no numbers, no time words.

    .. versionadded:: 0.1.0
    """

    kind: ClassVar[DeadlineKind]
    action: str | None = attrs.field(default=None, validator=_check_action)
    rolls_forward: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    tentative: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    note: str | None = attrs.field(default=None, validator=_check_note)
    complement: str | None = attrs.field(default=None, validator=_check_complement)

    def __repr__(self) -> str:
        """The kind and the canonical phrase: ``<Recurring 'Hàng quý'>``."""
        return f"<{type(self).__name__} {shorten(str(self), 120)!r}>"

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
        if self.note is not None:
            text = f"{text} ({self.note})"
        return text

    def _after_milestone(self) -> str:
        """The phrase as it reads after a phase's milestone: "dự kiến" first, if tentative."""
        body = self._body(after_action=True)
        return f"dự kiến {body}" if self.tentative else body

    def __str__(self) -> str:
        if self.action is None and self.complement is not None:
            # The complement leads, as written: it keeps its own case.
            text = f"{self.complement} {self._body(after_action=False)}"
            return f"Dự kiến {text}" if self.tentative else text
        if self.action is None:
            text = self._body(after_action=False)
        else:
            label = f"{self.action}:" if names_a_report(self.action) else self.action
            if self.complement is None:
                text = f"{label} {self._body(after_action=True)}"
            else:
                text = f"{label} {self.complement} {self._body(after_action=True)}"
        if self.tentative:
            text = f"dự kiến {_lower_first(text)}"
        return _upper_first(text)


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
        if (after.opens, after.due) <= (before.opens, before.due):
            raise ValueError(f"windows must be in order, without repeats: {before} then {after}")
    for kind in {type(w.first) for w in value}:
        same = [w for w in value if type(w.first) is kind]
        for before, after in itertools.pairwise(same):
            if after.opens <= before.due:
                raise ValueError(f"windows {before} and {after} of one kind overlap")
            if before.last.adjoins(after.first):
                raise ValueError(
                    f"adjoining windows {before} and {after} form one window: merge them"
                )


@attrs.frozen(kw_only=True, repr=False)
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
        for window in sorted(self.windows, key=lambda w: (w.due, w.opens)):
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

    Windows of different kinds may overlap: "tháng 6 và 6 tháng đầu năm 2026" is a
    report for June and another for the half year, due on the same day.
    """
    by_kind: dict[type, list[Window]] = {}
    for window in windows:
        by_kind.setdefault(type(window.first), []).append(window)
    merged: list[Window] = []
    for same in by_kind.values():
        kept: list[Window] = []
        for window in sorted(same, key=lambda w: (w.opens, w.due)):
            if kept and (kept[-1].last.adjoins(window.first) or window.opens <= kept[-1].due):
                last = kept[-1]
                kept[-1] = Window(last.first, window.last if window.due > last.due else last.last)
            else:
                kept.append(window)
        merged.extend(kept)
    # Periods of two kinds spanning the same days ("tháng 1 - tháng 3", "quý I") are one.
    spans = {(w.opens, w.due): w for w in reversed(merged)}
    return tuple(sorted(spans.values(), key=lambda w: (w.opens, w.due)))


# --------------------------------------------------------------------------- dates


class DayPart(enum.Enum):
    """A part of the day a deadline names instead of a time: "sáng ngày …", "chiều ngày …".

    A part is due when it ends: the morning at 12:00, the afternoon at 17:00, the usual
    end of a state office's working day.  No law fixes these hours; they are the library's
    convention, documented on the "Deadline language" page.
    """

    MORNING = "sáng"
    AFTERNOON = "chiều"

    @property
    def ends(self) -> datetime.time:
        """The time the part of the day ends, which is its due time."""
        return _PART_ENDS[self]


_PART_ENDS = {DayPart.MORNING: datetime.time(12, 0), DayPart.AFTERNOON: datetime.time(17, 0)}


def _check_time(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, datetime.time) or value.tzinfo is not None:
        raise TypeError(f"{attribute.name} must be a naive datetime.time, not {value!r}")
    if value.second or value.microsecond:
        raise ValueError(f"{attribute.name} is given to the minute, not {value}")


def clock(time: datetime.time) -> str:
    """A time of day as the canonical phrase writes it: ``17h00``, ``8h30``.

    >>> clock(datetime.time(8, 30))
    '8h30'
    """
    return f"{time.hour}h{time.minute:02d}"


@attrs.frozen(kw_only=True, repr=False)
class DateDeadline(Deadline):
    """An exact date ("ngày 15/3/2020"), possibly exclusive ("trước ngày …") or a range.

    Attributes:
        date: The date as written.
        before: ``True`` for "trước ngày X" and "đến trước ngày X": the last compliant day
            is the day before X.  "chậm nhất ngày X", "đến hết ngày X", "hạn chót X" and a
            bare "ngày X" all mean X itself.  With a time, "trước" binds to the time:
            "trước 17 giờ ngày X" is due on X at 17:00.
        opens: The first day of a range "từ ngày A đến ngày X", else ``None``.
        time: The time of day the deadline falls at ("17 giờ", "8h30", "16g00"), or
            ``None``.  "24h00" is the end of the day and is no time at all.
        part: "sáng" or "chiều" instead of a time (:class:`DayPart`).
        opens_time: The time the range opens ("từ 8 giờ ngày A"); "00h00" is none.

    >>> parse_deadline("trước ngày 15/3/2020").due
    datetime.date(2020, 3, 14)
    >>> d = parse_deadline("trước 17 giờ ngày 20/5/2026")
    >>> d.due, d.time, str(d)
    (datetime.date(2026, 5, 20), datetime.time(17, 0), 'Trước 17h00 ngày 20/05/2026')
    >>> str(parse_deadline("từ ngày 1/4 đến hết ngày 10/4/2020"))
    'Từ ngày 01/04/2020 đến ngày 10/04/2020'
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.DATE
    date: datetime.date = attrs.field(validator=_check_date)
    before: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    opens: datetime.date | None = attrs.field(default=None, validator=_check_date)
    time: datetime.time | None = attrs.field(default=None, validator=_check_time)
    part: DayPart | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(DayPart))
    )
    opens_time: datetime.time | None = attrs.field(default=None, validator=_check_time)

    def __attrs_post_init__(self) -> None:
        if self.time is not None and self.part is not None:
            raise ValueError("a deadline gives a time or a part of the day, not both")
        if self.part is not None and self.opens is not None:
            raise ValueError("a part of the day goes with a single date, not a range")
        if self.part is not None and self.before:
            raise ValueError("'trước' goes with a date or a time, not with a part of the day")
        if self.opens_time is not None and self.opens is None:
            raise ValueError("a range's opening time needs the day it opens")
        if self.opens is not None and self.opens > self.due:
            raise ValueError(
                f"a date range cannot end ({self.due}) before it starts ({self.opens})"
            )

    @property
    def due(self) -> datetime.date:
        """The last compliant day."""
        if self.before and self.time is None:
            return self.date - _ONE_DAY
        return self.date

    @property
    def due_time(self) -> datetime.time | None:
        """The time of day on :attr:`due` the deadline falls at, or ``None``."""
        if self.part is not None:
            return self.part.ends
        return self.time

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        if _in_range(start, end, self.due):
            yield Occurrence(due=self.due, opens=self.opens, time=self.due_time)

    def _expression(self) -> str:
        when = ""
        if self.time is not None:
            when = f"{clock(self.time)} "
        elif self.part is not None:
            when = f"{self.part.value} "
        target = f"{'trước ' if self.before else ''}{when}ngày {self.date:%d/%m/%Y}"
        if self.opens is None:
            return target
        since = "" if self.opens_time is None else f"{clock(self.opens_time)} "
        return f"từ {since}ngày {self.opens:%d/%m/%Y} đến {target}"


# --------------------------------------------------------------------------- recurring

_RECURRING_UNITS = (
    PeriodUnit.MONTH,
    PeriodUnit.QUARTER,
    PeriodUnit.HALF_YEAR,
    PeriodUnit.NINE_MONTHS,
    PeriodUnit.YEAR,
)
_EVERY = {
    PeriodUnit.MONTH: "hàng tháng",
    PeriodUnit.QUARTER: "hàng quý",
    PeriodUnit.HALF_YEAR: "định kỳ 6 tháng",
    PeriodUnit.NINE_MONTHS: "định kỳ 9 tháng",
    PeriodUnit.YEAR: "hàng năm",
}
_OF_EACH = {
    PeriodUnit.QUARTER: "quý",
    PeriodUnit.HALF_YEAR: "kỳ 6 tháng",
    PeriodUnit.NINE_MONTHS: "kỳ 9 tháng",
}


def _check_day(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, not {value!r}")
    if not 1 <= value <= 31:
        raise ValueError(f"{attribute.name} must be a day of the month (1–31), not {value}")


def _step(unit: PeriodUnit) -> int:
    """Months between two periods of a recurrence: nine months recur once a year."""
    return 12 if unit is PeriodUnit.NINE_MONTHS else unit.months


def _position_vi(month: int, months: int) -> str:
    if month == 0:
        return "trước"
    if month == 1:
        return "đầu"
    if month == months:
        return "cuối"
    return f"thứ {month}"


@attrs.frozen(kw_only=True, repr=False)
class Recurring(Deadline):
    """A deadline that comes back every month, quarter, half year, nine months or year.

    Attributes:
        unit: How often: :attr:`PeriodUnit.MONTH`, ``QUARTER``, ``HALF_YEAR``,
            ``NINE_MONTHS`` (the nine-month report, once a year) or ``YEAR``.
        day: The day of the month it is due, or ``None`` for the period's last day
            ("Hàng quý").  A day a month lacks falls on that month's last day, and the
            occurrence is flagged :attr:`Occurrence.clipped`: "ngày 31 hàng tháng" is due
            on 30 April, "ngày 31/11 hằng năm" on 30 November.  (RFC 5545 would skip them.)
        month: For a quarter, half year or year, the month of the period (1 = its first)
            that ``day`` falls in: 3 for "tháng cuối quý", 12 for "ngày 15/12 hàng năm".
            ``None`` for monthly deadlines and when ``day`` is ``None``.
        before: "trước ngày 25 hằng tháng": due the day before the day.  With a
            ``time``, "trước" binds to the time, as for a date.
        from_day: "từ ngày 1 đến ngày 5 hằng tháng": the day each window opens.
        from_month: The month the window opens in, when not ``month``: the month of the
            period (1 = its first), or 0 for the month *before* the period ("từ ngày 15
            tháng trước đến ngày 14 hằng tháng", "từ ngày 15/12 năm trước đến ngày 14/12
            hằng năm", the data periods of Nghị định 09/2019/NĐ-CP art. 12).
        time: The time of day it falls at ("trước 16 giờ ngày 20 hằng tháng"), or ``None``.
        start: The day it applies from, or ``None`` for every period of the plan year:
            "Từ tháng 7/2026, hằng tháng" and "Hằng tháng (từ tháng 7/2026)" start on
            1 July 2026, and nothing due before that day is owed.  It is written first:
            "Từ ngày 01/07/2026, hàng tháng".
        end: The last day it applies to, with a ``start``, or ``None``: "Từ tháng 7/2026
            đến tháng 12/2026, hằng tháng" ends on 31 December 2026, and nothing due after
            that day is owed ("Từ ngày 01/07/2026 đến ngày 31/12/2026, hàng tháng").

    >>> d = parse_deadline("ngày 10 của tháng cuối quý")
    >>> year_2020 = (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))
    >>> [f"{o.due:%d/%m}" for o in d.occurrences(*year_2020)]
    ['10/03', '10/06', '10/09', '10/12']
    >>> window = parse_deadline("Từ tháng 4 đến tháng 10 hằng năm")
    >>> [(o.opens, o.due) for o in window.occurrences(*year_2020)]
    [(datetime.date(2020, 4, 1), datetime.date(2020, 10, 31))]
    >>> started = parse_deadline("Hằng quý, từ quý III/2020")
    >>> [f"{o.due:%d/%m}" for o in started.occurrences(*year_2020)]
    ['30/09', '31/12']
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.RECURRING
    unit: PeriodUnit = attrs.field(validator=attrs.validators.in_(_RECURRING_UNITS))
    day: int | None = attrs.field(default=None, validator=_check_day)
    month: int | None = attrs.field(default=None)
    before: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    from_day: int | None = attrs.field(default=None, validator=_check_day)
    from_month: int | None = attrs.field(default=None)
    time: datetime.time | None = attrs.field(default=None, validator=_check_time)
    start: datetime.date | None = attrs.field(default=None, validator=_check_date)
    end: datetime.date | None = attrs.field(default=None, validator=_check_date)

    def __attrs_post_init__(self) -> None:
        if self.end is not None and (self.start is None or self.end < self.start):
            raise ValueError(
                f"a recurrence ends ({self.end}) on or after its start ({self.start}), "
                "and has a start if it has an end"
            )
        if self.day is None:
            if (
                self.month is not None
                or self.before
                or self.from_day is not None
                or self.from_month is not None
                or self.time is not None
            ):
                raise ValueError("month, before, from_day, from_month and time need a day")
            if (
                self.action is not None
                and self.complement is None
                and self.action.lower().endswith("định kỳ")
            ):
                # "Báo cáo định kỳ hàng quý" reads as "Báo cáo hàng quý"; a complement
                # between them ("Báo cáo định kỳ tiến độ hàng quý") keeps them apart.
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
            or not 1 <= self.month <= self._last_month
        ):
            raise ValueError(
                f"a {self.unit.value} deadline on a day needs the month of the period "
                f"(1–{self.unit.months}, or {self.unit.months + 1} for the first month of "
                f"the next period), not {self.month!r}"
            )
        if self.from_month is not None:
            if self.from_day is None:
                raise ValueError("from_month goes with from_day")
            if isinstance(self.from_month, bool) or not isinstance(self.from_month, int):
                raise TypeError(f"from_month must be an int, not {self.from_month!r}")
            if not 0 <= self.from_month <= self._month or self.from_month == self._month:
                raise ValueError(
                    f"from_month is 0 (the month before the period) or an earlier month of "
                    f"the period than {self._month}, not {self.from_month}"
                )
        elif self.from_day is not None and self.from_day > self.day - (
            1 if self.before and self.time is None else 0
        ):
            raise ValueError(f"a window from day {self.from_day} ends before it starts")

    @property
    def _month(self) -> int:
        return self.month or 1

    @property
    def _last_month(self) -> int:
        """The latest month a day may fall in: the next period's first, for reports."""
        if self.unit in (PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR):
            return self.unit.months + 1
        return self.unit.months

    def _occurrence_in(self, year: int, first_month: int) -> Occurrence:
        """The occurrence for the period that starts with ``first_month`` of ``year``."""
        if self.day is None:
            last_year, last_month = _datemath.add_months(year, first_month, self.unit.months - 1)
            return Occurrence(
                due=_datemath.clip_day(last_year, last_month, 31),
                opens=datetime.date(year, first_month, 1),
            )
        due_year, month = _datemath.add_months(year, first_month, self._month - 1)
        due = _datemath.clip_day(due_year, month, self.day)
        clipped = due.day != self.day
        if self.before and self.time is None:
            due -= _ONE_DAY
        opens = None
        if self.from_day is not None:
            offset = self._month if self.from_month is None else self.from_month
            open_year, open_month = _datemath.add_months(year, first_month, offset - 1)
            opens = _datemath.clip_day(open_year, open_month, self.from_day)
        return Occurrence(due=due, opens=opens, time=self.time, clipped=clipped)

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        if self.start is not None:
            start = max(start, self.start)
        if self.end is not None:
            end = min(end, self.end)
        if start > end:
            return
        # Start a year early: "trước ngày 01" falls in the period before its own…
        step = _step(self.unit)
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
        assert self.day is not None
        month = f"/{self._month:02d}" if self.unit is PeriodUnit.YEAR else ""
        when = "" if self.time is None else f"{clock(self.time)} "
        day = f"{'trước ' if self.before else ''}{when}ngày {self.day:02d}{month}"
        if self.from_day is None:
            return day
        if self.from_month is None:
            return f"từ ngày {self.from_day:02d}{month} đến {day}"
        if self.unit is PeriodUnit.YEAR:
            since = (
                f"{self.from_day:02d}/12 năm trước"
                if self.from_month == 0
                else f"{self.from_day:02d}/{self.from_month:02d}"
            )
            return f"từ ngày {since} đến {day}"
        if self.unit is PeriodUnit.MONTH:
            return f"từ ngày {self.from_day:02d} tháng trước đến {day}"
        position = _position_vi(self.from_month, self.unit.months)
        return f"từ ngày {self.from_day:02d} của tháng {position} {_OF_EACH[self.unit]} đến {day}"

    def _expression(self) -> str:
        if self.start is None:
            return self._every()
        until = "" if self.end is None else f" đến ngày {self.end:%d/%m/%Y}"
        return f"từ ngày {self.start:%d/%m/%Y}{until}, {self._every()}"

    def _every(self) -> str:
        if self.day is None:
            return _EVERY[self.unit]
        if self.unit in (PeriodUnit.MONTH, PeriodUnit.YEAR):
            return f"{self._anchor()} {_EVERY[self.unit]}"
        if self._month == self.unit.months + 1:
            return f"{self._anchor()} của tháng đầu {_OF_EACH[self.unit]} tiếp theo"
        position = _position_vi(self._month, self.unit.months)
        return f"{self._anchor()} của tháng {position} {_OF_EACH[self.unit]}"


# --------------------------------------------------------------------------- open-ended


@attrs.frozen(kw_only=True, repr=False)
class Continuous(Deadline):
    """Continuous work, "Thường xuyên": no due point of its own.

    A schedule assesses continuous tasks at the end of each reporting period.

    Attributes:
        year: The year for "Thường xuyên trong năm 2020"; "trong năm" without a year
            takes the ``year=`` context, or is plain "Thường xuyên" without one.

    >>> parse_deadline("Thường xuyên trong năm", year=2020).year
    2020
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.CONTINUOUS
    year: int | None = attrs.field(
        default=None, validator=_v.IntegerIn(MIN_YEAR, MAX_YEAR, _YEAR_OUTSIDE, optional=True)
    )

    def _expression(self) -> str:
        return "thường xuyên" if self.year is None else f"thường xuyên trong năm {self.year}"


@attrs.frozen(kw_only=True, repr=False)
class ByRegulation(Deadline):
    """By regulation, "Theo quy định": the due points come from a reporting regime.

    Attributes:
        reference: What the phrase names, as written: a document ("theo quy định tại
            Nghị định số 09/2019/NĐ-CP") or a body ("theo quy định của Bộ Nội vụ");
            ``None`` for a bare "Theo quy định".
        preposition: ``"tại"`` (in a document) or ``"của"`` (of a body), as written.

    >>> d = parse_deadline("Theo quy định")
    >>> d.reference, d.preposition
    (None, 'tại')
    >>> str(parse_deadline("theo quy định của Bộ Nội vụ"))
    'Theo quy định của Bộ Nội vụ'
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.BY_REGULATION
    reference: str | None = attrs.field(default=None, validator=_check_free)
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
        if isinstance(value, (Phased, Compound, Unrecognised)):
            raise ValueError(f"a phase's deadline is a single deadline, not {type(value).__name__}")
        if value.action is not None:
            raise ValueError("a phase's deadline has no action of its own: it is the milestone")

    def __str__(self) -> str:
        colon = ":" if names_a_report(self.milestone) else ""
        return f"- {_upper_first(self.milestone)}{colon} {self.deadline._after_milestone()}"


def _check_phases(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(p, Phase) for p in value):
        raise TypeError(f"phases must be a tuple of Phase, not {value!r}")
    if len(value) < 2:
        raise ValueError("a phased deadline has at least two phases")


@attrs.frozen(kw_only=True, repr=False)
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
        if self.tentative or self.note is not None:
            raise ValueError("a phased deadline is tentative or noted on its phases, not on itself")

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


@attrs.frozen(kw_only=True, repr=False)
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
    trigger: str | None = attrs.field(default=None, validator=_check_free)

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


@attrs.frozen(kw_only=True, repr=False)
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


# --------------------------------------------------------------------------- points (Civil Code)


class Position(enum.Enum):
    """A point in a period: *đầu*, *giữa* or *cuối* (Bộ luật Dân sự 2015, art. 146)."""

    START = "đầu"
    MIDDLE = "giữa"
    END = "cuối"


def _check_point_period(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Period) or value.unit not in (
        PeriodUnit.MONTH,
        PeriodUnit.QUARTER,
        PeriodUnit.YEAR,
    ):
        raise TypeError(f"a point is in a month, a quarter or a year, not {value!r}")


@attrs.frozen(kw_only=True, repr=False)
class PointInPeriod(Deadline):
    """The start, middle or end of a month, quarter or year: "cuối tháng 6/2026".

    Bộ luật Dân sự 2015 (Luật 91/2015/QH13), art. 146(2)–(3) fixes the months and years:
    *đầu tháng* is the month's first day, *giữa tháng* its 15th, *cuối tháng* its last day;
    *đầu năm* is 1 January, *giữa năm* the last day of June, *cuối năm* 31 December.  The
    law says nothing of quarters; the library's convention reads them as it reads months:
    *đầu quý* is the quarter's first day, *giữa quý* the 15th of its middle month, *cuối
    quý* its last day.

    >>> parse_deadline("cuối tháng 6/2026").due
    datetime.date(2026, 6, 30)
    >>> parse_deadline("giữa năm 2026").due, parse_deadline("giữa quý III/2026").due
    (datetime.date(2026, 6, 30), datetime.date(2026, 8, 15))
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.POINT
    period: Period = attrs.field(validator=_check_point_period)
    position: Position = attrs.field(validator=attrs.validators.instance_of(Position))

    @property
    def due(self) -> datetime.date:
        """The day the point names."""
        period = self.period
        if self.position is Position.START:
            return period.start
        if self.position is Position.END:
            return period.end
        if period.unit is PeriodUnit.YEAR:
            return datetime.date(period.year, 6, 30)
        middle = period.first_month + (period.unit.months - 1) // 2
        return datetime.date(period.year, middle, 15)

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        if _in_range(start, end, self.due):
            yield Occurrence(due=self.due)

    def _expression(self) -> str:
        return f"{self.position.value} {_lower_first(str(self.period))}"


# --------------------------------------------------------------------------- weeks

_WEEKDAY_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def weeks_of_month(year: int, month: int) -> tuple[datetime.date, ...]:
    """The Mondays of the weeks that belong to a month.

    The library's week convention: a week runs Monday to Sunday (ISO 8601:2000, adopted
    unchanged in Vietnam as TCVN ISO 8601:2004), and belongs to the month that holds its
    Thursday, the rule ISO 8601 uses to give weeks to years.  So every week belongs to exactly
    one month, and "tuần đầu tháng" is the first week with four or more days in the month.

    >>> [f"{d:%d/%m}" for d in weeks_of_month(2027, 1)]  # 31/12/2026, a Thursday: December's
    ['04/01', '11/01', '18/01', '25/01']
    """
    first = datetime.date(year, month, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    mondays = []
    while thursday.month == month:
        mondays.append(thursday - datetime.timedelta(days=3))
        thursday += datetime.timedelta(days=7)
    return tuple(mondays)


@attrs.frozen(kw_only=True, repr=False)
class WeekOfMonth(Deadline):
    """A week of a month: "tuần đầu tháng 1/2027", "tuần 2 tháng 3/2027", "tuần cuối …".

    Attributes:
        year: The year.
        month: The month (1–12).
        week: The week's number in the month (1–5), or -1 for the last week.

    The window opens on the week's Monday and is due on its Sunday; weeks belong to
    months as :func:`weeks_of_month` says.

    >>> d = parse_deadline("tuần đầu tháng 1/2027")
    >>> winter = (datetime.date(2026, 12, 1), datetime.date(2027, 1, 31))
    >>> [(o.opens, o.due) for o in d.occurrences(*winter)]
    [(datetime.date(2027, 1, 4), datetime.date(2027, 1, 10))]
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.WEEK
    year: int = attrs.field(validator=_v.IntegerIn(MIN_YEAR + 1, MAX_YEAR - 1, _YEAR_OUTSIDE))
    month: int = attrs.field(validator=_v.IntegerIn(1, 12, _MONTH_OUTSIDE))
    week: int = attrs.field()

    @week.validator
    def _check_week(self, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or value not in (-1, 1, 2, 3, 4, 5):
            raise ValueError(f"week is 1 to 5, or -1 for the last week, not {value!r}")

    def __attrs_post_init__(self) -> None:
        if self.week > len(weeks_of_month(self.year, self.month)):
            raise ValueError(f"{self.month:02d}/{self.year} has no week {self.week}")

    @property
    def opens(self) -> datetime.date:
        """The week's Monday."""
        return weeks_of_month(self.year, self.month)[self.week if self.week < 0 else self.week - 1]

    @property
    def due(self) -> datetime.date:
        """The week's Sunday."""
        return self.opens + datetime.timedelta(days=6)

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        if _in_range(start, end, self.due):
            yield Occurrence(due=self.due, opens=self.opens)

    def _expression(self) -> str:
        week = (
            "tuần cuối"
            if self.week == -1
            else ("tuần đầu" if self.week == 1 else f"tuần {self.week}")
        )
        return f"{week} tháng {self.month}/{self.year}"


class WeekRef(enum.Enum):
    """Which week a :class:`Weekly` deadline names: every week, or one relative to an event."""

    EVERY = "hàng tuần"
    PREVIOUS = "tuần trước"
    THIS = "tuần này"
    NEXT = "tuần sau"

    @property
    def offset(self) -> int:
        """Weeks from the event's week (0 for :attr:`EVERY`)."""
        return {"tuần trước": -1, "tuần sau": 1}.get(self.value, 0)


@attrs.frozen(kw_only=True, repr=False)
class Weekly(Deadline):
    """A day of the week: "thứ Sáu hằng tuần", "thứ Sáu tuần trước".

    Also "trước 16 giờ thứ Năm hằng tuần" and a bare "hằng tuần" (due each Sunday).

    Attributes:
        weekday: 0 for Monday (*thứ Hai*) to 6 for Sunday (*Chủ nhật*), or ``None`` for a
            bare "hằng tuần", due at the end of each week (Sunday).
        week: :attr:`WeekRef.EVERY` recurs; the others name a week relative to an event
            outside the phrase and yield no due points by themselves (see :meth:`resolve`).
        before: "trước thứ Sáu": the day before; with a time, before the time that day.
        time: The time of day, or ``None``.
        part: "sáng" or "chiều" instead of a time ("sáng thứ Hai hằng tuần").

    >>> d = parse_deadline("trước 16 giờ thứ Năm hằng tuần")
    >>> early_january = (datetime.date(2027, 1, 1), datetime.date(2027, 1, 10))
    >>> [(o.due, o.time) for o in d.occurrences(*early_january)]
    [(datetime.date(2027, 1, 7), datetime.time(16, 0))]
    >>> parse_deadline("thứ Sáu tuần trước").resolve(datetime.date(2027, 1, 13))
    datetime.date(2027, 1, 8)
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.WEEKLY
    weekday: int | None = attrs.field(
        validator=_v.IntegerIn(
            0, 6, "{name} is {low} (Monday) to {high} (Sunday), not {value}", optional=True
        )
    )
    week: WeekRef = attrs.field(
        default=WeekRef.EVERY, validator=attrs.validators.instance_of(WeekRef)
    )
    before: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    time: datetime.time | None = attrs.field(default=None, validator=_check_time)
    part: DayPart | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(DayPart))
    )

    def __attrs_post_init__(self) -> None:
        if self.weekday is None and (
            self.week is not WeekRef.EVERY
            or self.before
            or self.time is not None
            or self.part is not None
        ):
            raise ValueError("'hằng tuần' without a day of the week is due at the week's end")
        if (
            self.weekday is None
            and self.action is not None
            and self.complement is None
            and self.action.lower().endswith("định kỳ")
        ):
            raise ValueError(f"{self.action!r} before 'hàng tuần' adds nothing: give no action")
        if self.part is not None and (self.time is not None or self.before):
            raise ValueError("a part of the day goes without a time and without 'trước'")

    @property
    def _weekday(self) -> int:
        return 6 if self.weekday is None else self.weekday

    def resolve(self, event: datetime.date) -> datetime.date:
        """The due day for an event on ``event``: the weekday of the week named."""
        monday = event - datetime.timedelta(days=event.weekday())
        day = monday + datetime.timedelta(days=7 * self.week.offset + self._weekday)
        return day - _ONE_DAY if self.before and self.time is None else day

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        if self.week is not WeekRef.EVERY or start > end:
            return
        shift = 1 if self.before and self.time is None else 0
        target = (self._weekday - shift) % 7
        day = start + datetime.timedelta(days=(target - start.weekday()) % 7)
        while day <= end:
            yield Occurrence(due=day, time=self.part.ends if self.part else self.time)
            day += datetime.timedelta(days=7)

    def _expression(self) -> str:
        if self.weekday is None:
            return self.week.value
        when = "" if self.time is None else f"{clock(self.time)} "
        if self.part is not None:
            when = f"{self.part.value} "
        day = _WEEKDAY_VI[self.weekday]
        return f"{'trước ' if self.before else ''}{when}{day} {self.week.value}"


# --------------------------------------------------------------------------- spans


def _check_bound(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None or isinstance(value, Period):
        return
    _check_date(instance, attribute, value)


def _bound_text(bound: datetime.date | Period) -> str:
    if isinstance(bound, Period):
        return _lower_first(str(bound))
    return f"ngày {bound:%d/%m/%Y}"


def _bound_start(bound: datetime.date | Period) -> datetime.date:
    return bound.start if isinstance(bound, Period) else bound


def _bound_end(bound: datetime.date | Period) -> datetime.date:
    return bound.end if isinstance(bound, Period) else bound


@attrs.frozen(kw_only=True, repr=False)
class Span(Deadline):
    """An open or event-bounded span: "Từ 01/7/2026", "Từ nay đến hết năm 2026".

    Also "Từ tháng 3/2026 đến khi hoàn thành", "Sau khi Nghị quyết có hiệu lực" and
    "Năm 2026 và các năm tiếp theo".

    Attributes:
        start: The date or period the span starts with, or ``None`` for "từ nay" (from
            the plan's issue) or when it starts with an event.
        since: The event it starts after ("Nghị quyết có hiệu lực"), as written.
        end: The date or period it ends with ("đến hết năm 2026", "đến năm 2030"), or
            ``None`` when it is open or ends with an event.
        until: The event it ends with, as written after "đến" ("khi hoàn thành").
        onward: "… và các năm tiếp theo": from ``start`` on, every year.

    A span with an ``end`` is due when the end is; an onward span is due at the end of
    each year from its start; an open or event-bounded span yields no due point by itself.

    >>> d = parse_deadline("Từ nay đến hết năm 2026")
    >>> [o.due for o in d.occurrences(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))]
    [datetime.date(2026, 12, 31)]
    >>> parse_deadline("Từ 01/7/2026").start
    datetime.date(2026, 7, 1)
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.SPAN
    start: datetime.date | Period | None = attrs.field(default=None, validator=_check_bound)
    since: str | None = attrs.field(default=None, validator=_check_free)
    end: datetime.date | Period | None = attrs.field(default=None, validator=_check_bound)
    until: str | None = attrs.field(default=None, validator=_check_free)
    onward: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.since is not None:
            raise ValueError("a span starts on a date or period, or after an event, not both")
        if self.end is not None and self.until is not None:
            raise ValueError("a span ends on a date or period, or with an event, not both")
        if self.onward and (
            not isinstance(self.start, Period) or self.end is not None or self.until is not None
        ):
            raise ValueError("'và các năm tiếp theo' follows a period and ends nothing")
        if self.start is None and self.since is None and self.end is None and self.until is None:
            raise ValueError("'từ nay' alone is not a deadline: give an end")
        if self.start is not None and self.end is not None:
            raise ValueError(
                "a span from a date or period to another is a DateDeadline (a window of days)"
            )

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        opens = None if self.start is None else _bound_start(self.start)
        if self.end is not None:
            due = _bound_end(self.end)
            if _in_range(start, end, due):
                yield Occurrence(due=due, opens=opens)
            return
        if not self.onward or opens is None:
            return
        for year in range(max(opens.year, start.year), min(end.year, MAX_YEAR) + 1):
            due = datetime.date(year, 12, 31)
            if _in_range(start, end, due):
                yield Occurrence(due=due, opens=max(opens, datetime.date(year, 1, 1)))

    def _expression(self) -> str:
        if self.onward:
            assert self.start is not None
            return f"{_bound_text(self.start)} và các năm tiếp theo"
        if self.since is not None:
            head = f"sau khi {self.since}"
        elif self.start is None:
            head = "từ nay"
        else:
            head = f"từ {_bound_text(self.start)}"
        if self.end is not None:
            return f"{head} đến hết {_bound_text(self.end)}"
        if self.until is not None:
            return f"{head} đến {self.until}"
        return head


# --------------------------------------------------------------------------- by reference

#: The words that send the reader to another plan, schedule or instruction.
REFERENCE_BASES: tuple[str, ...] = (
    "theo kế hoạch",
    "theo tiến độ",
    "theo lộ trình",
    "theo chỉ đạo",
    "theo yêu cầu",
    "theo hướng dẫn",
    "theo thông báo",
    "theo chương trình",
    "theo lịch",
    "theo văn bản",
    "theo thời gian",
    "theo thời hạn",
    "theo đề án",
    "theo quyết định",
    "theo phân công",
    "theo nhiệm vụ",
    "khi có hướng dẫn",
    "khi có yêu cầu",
    "khi có chỉ đạo",
    "khi có văn bản",
    "khi có quyết định",
    "khi có kế hoạch",
    "khi có thông báo",
    "khi được giao",
    "khi phát sinh",
    "đột xuất",
)


@attrs.frozen(kw_only=True, repr=False)
class ByReference(Deadline):
    """Due when another plan, schedule or instruction says: "Theo kế hoạch của UBND tỉnh".

    Like :class:`ByRegulation`, it has no due point of its own; unlike it, it is not a
    periodic report: the time is set by the plan, roadmap, direction or request it names.

    Attributes:
        basis: The words that refer ("theo kế hoạch", "theo lộ trình", "khi có hướng
            dẫn"…), one of :data:`REFERENCE_BASES`, in lower case.
        reference: What follows, as written ("của Bộ Nội vụ", "số 12/KH-UBND"), or ``None``.

    >>> d = parse_deadline("Khi có hướng dẫn của Bộ")
    >>> d.basis, d.reference
    ('khi có hướng dẫn', 'của Bộ')
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.BY_REFERENCE
    basis: str = attrs.field(validator=attrs.validators.in_(REFERENCE_BASES))
    reference: str | None = attrs.field(default=None, validator=_check_free)

    def _expression(self) -> str:
        return self.basis if self.reference is None else f"{self.basis} {self.reference}"


# --------------------------------------------------------------------------- lunar


@attrs.frozen(kw_only=True, repr=False)
class LunarDeadline(Deadline):
    """A day of the lunar calendar: "ngày 15 tháng Giêng (âm lịch)", "trước Tết Nguyên đán".

    Also "trước Tết Nguyên đán 10 ngày" and "mùng 1 và rằm hằng tháng âm lịch".

    Attributes:
        days: The lunar days (1–30), in order: ``(1, 15)`` for "mùng 1 và rằm".
        month: The lunar month (1 = *tháng Giêng*, 12 = *tháng Chạp*), or ``None`` when
            the deadline recurs every lunar month.
        year: The lunar year, named by the Gregorian year its Tết falls in, or ``None``
            when it recurs every year ("hằng năm") or every month.
        before: "trước Tết": due the day before.
        days_before: "trước Tết Nguyên đán 10 ngày": that many days earlier.
        from_day: The lunar day a window opens ("từ ngày 12 đến 14 tháng Giêng"), or ``None``.

    Lunar days resolve through the Vietnamese lunisolar calendar (UTC+7), whose dates of
    Tết and Giỗ Tổ agree with those the ``holidays`` package carries (a test checks every
    year).  A 30th day in a 29-day month falls on the month's last day, flagged clipped.

    >>> d = parse_deadline("trước Tết Nguyên đán 10 ngày", year=2027)
    >>> [o.due for o in d.occurrences(datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))]
    [datetime.date(2027, 1, 27)]
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.LUNAR
    days: tuple[int, ...] = attrs.field()
    month: int | None = attrs.field(
        default=None, validator=_v.IntegerIn(1, 12, _LUNAR_MONTH_OUTSIDE, optional=True)
    )
    year: int | None = attrs.field(
        default=None,
        validator=_v.IntegerIn(MIN_YEAR + 1, MAX_YEAR - 1, _LUNAR_YEAR_OUTSIDE, optional=True),
    )
    before: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    days_before: int = attrs.field(
        default=0,
        validator=_v.IntegerIn(0, 366, "a count of days before Tết is 1 to 366, not {value}"),
    )
    from_day: int | None = attrs.field(
        default=None,
        validator=_v.IntegerIn(1, 30, "a lunar day is 1 to 30, not {value}", optional=True),
    )

    @days.validator
    def _check_days(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not value:
            raise TypeError(f"days must be a non-empty tuple of lunar days, not {value!r}")
        if any(isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= 30 for d in value):
            raise ValueError(f"a lunar day is 1 to 30, not {value!r}")
        if list(value) != sorted(set(value)):
            raise ValueError(f"days must be distinct and in order, not {value!r}")

    def __attrs_post_init__(self) -> None:
        if self.month is None and self.year is not None:
            raise ValueError("a lunar day of every month has no year")
        if self.from_day is not None and (
            len(self.days) != 1 or self.from_day >= self.days[0] or self.days_before
        ):
            raise ValueError("a lunar window runs from an earlier day to one later day")
        if self.days_before and (self.days != (1,) or self.month != 1 or self.before):
            raise ValueError(
                "days before are counted from Tết (the 1st of the 1st month), without 'trước'"
            )

    def _dues(self, year: int) -> Iterator[tuple[datetime.date, bool, datetime.date | None]]:
        from cchc_model.language import _lunar

        months = (
            _lunar.months_of(year) if self.month is None else [_lunar.month_start(year, self.month)]
        )
        for start, length in months:
            opens = None
            if self.from_day is not None:
                opens = start + datetime.timedelta(days=self.from_day - 1)
            for day in self.days:
                due = start + datetime.timedelta(days=min(day, length) - 1)
                yield due, day > length, opens

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        if start > end:
            return
        shift = datetime.timedelta(days=self.days_before + (1 if self.before else 0))
        years = (
            [self.year]
            if self.year is not None
            else range(max(MIN_YEAR + 1, start.year - 1), min(MAX_YEAR - 1, end.year + 1) + 1)
        )
        found = sorted(
            (due - shift, clipped, opens)
            for year in years
            for due, clipped, opens in self._dues(year)
        )
        for due, clipped, opens in found:
            if _in_range(start, end, due):
                yield Occurrence(due=due, clipped=clipped, opens=opens)

    def _expression(self) -> str:
        year = "" if self.year is None else f" năm {self.year}"
        every = " hàng năm" if self.year is None else year
        if self.month == 1 and self.days == (1,) and (self.before or self.days_before):
            count = f" {self.days_before} ngày" if self.days_before else ""
            return f"trước Tết Nguyên đán{every}{count}"
        days = " và ".join(f"ngày {d:02d}" for d in self.days)
        if self.from_day is not None:
            days = f"từ ngày {self.from_day:02d} đến {days}"
        prefix = "trước " if self.before else ""
        if self.month is None:
            return f"{prefix}{days} hàng tháng âm lịch"
        return f"{prefix}{days} tháng {self.month:02d} âm lịch{every}"


# --------------------------------------------------------------------------- compound


def _check_parts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(p, Deadline) for p in value):
        raise TypeError(f"parts must be a tuple of Deadline, not {value!r}")
    if len(value) < 2:
        raise ValueError("a compound deadline has at least two parts")
    for part in value:
        if isinstance(part, (Phased, Compound, Unrecognised)):
            raise ValueError(f"a part of a compound deadline is a single deadline, not {part}")
        if part.action is not None:
            raise ValueError("the parts of a compound deadline share its action")
    plain = [
        p for p in value if isinstance(p, PeriodDeadline) and p == PeriodDeadline(windows=p.windows)
    ]
    for before, after in itertools.pairwise(value):
        if before in plain and after in plain:
            raise ValueError("periods side by side form one period deadline, not a compound")


@attrs.frozen(kw_only=True, repr=False)
class Compound(Deadline):
    """Several deadlines for one output: "hằng tháng, hằng quý", "Định kỳ hằng quý, 6 tháng, năm".

    Also "Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12)".

    Unlike :class:`Phased`, the parts have no milestones; the due points are all of
    theirs, in date order, a point two parts share counted once.

    >>> d = parse_deadline("Báo cáo định kỳ hằng quý, 6 tháng, năm")
    >>> [type(p).__name__ for p in d.parts], str(d)
    (['Recurring', 'Recurring', 'Recurring'], 'Báo cáo hàng quý; định kỳ 6 tháng; hàng năm')
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.COMPOUND
    parts: tuple[Deadline, ...] = attrs.field(validator=_check_parts)

    def __attrs_post_init__(self) -> None:
        if self.rolls_forward or self.tentative or self.note is not None:
            raise ValueError("a compound deadline is noted or tentative on its parts")
        # "Định kỳ hàng tháng; …" reads as "Hàng tháng; …": as for a lone recurrence, an
        # action ending in "định kỳ" before a part that starts with one says nothing.
        lead = self.parts[0]._after_milestone() if self.parts else ""
        if (
            self.action is not None
            and self.complement is None
            and self.action.lower().endswith("định kỳ")
            and lead.lower().startswith(("hàng ", "định kỳ "))
        ):
            raise ValueError(f"{self.action!r} before {lead!r} adds nothing: give no action")

    def occurrences(  # noqa: D102 - documented on Deadline
        self, start: datetime.date, end: datetime.date
    ) -> Iterator[Occurrence]:
        found = {o: None for part in self.parts for o in part.occurrences(start, end)}
        return iter(sorted(found, key=lambda o: (o.due, o.time or datetime.time(23, 59))))

    def _expression(self) -> str:
        return "; ".join(part._after_milestone() for part in self.parts)

    def _body(self, *, after_action: bool) -> str:
        return _lower_first(self._expression())


# --------------------------------------------------------------------------- unrecognised


@attrs.frozen(kw_only=True, repr=False)
class Unrecognised(Deadline):
    """A phrase the language cannot read, kept with the reason (``lenient=True``).

    It renders as its text, yields no due points, and parses back to itself with
    ``lenient=True``, so an importer keeps every row of a table.

    >>> d = parse_deadline("Tháng 13/2026", lenient=True)
    >>> d.text, d.error, str(d)
    ('Tháng 13/2026', 'a month is numbered 1 to 12, not 13', 'Tháng 13/2026')
    """

    kind: ClassVar[DeadlineKind] = DeadlineKind.UNRECOGNISED
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    error: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.action is not None or self.rolls_forward or self.tentative or self.note:
            raise ValueError("an unrecognised phrase keeps everything in its text")

    def __repr__(self) -> str:
        return f"<Unrecognised {shorten(self.text, 80)!r}: {shorten(self.error, 80)}>"

    def __str__(self) -> str:
        return self.text


def parse_deadline(text: str, *, year: int | None = None, lenient: bool = False) -> Deadline:
    """Parse a deadline phrase (*thời gian thực hiện*) into a :class:`Deadline`.

    Args:
        text: The phrase, in any Unicode normal form, case and spacing; line breaks from
            a PDF table are fine.
        year: The plan year, used for periods and dates written without a year
            ("Tháng 5", "6 tháng cuối năm", "ngày 30/4").
        lenient: Return an :class:`Unrecognised` deadline, which keeps the text and the
            reason, instead of raising, so an importer keeps every row.

    Returns:
        The deadline value; ``str()`` of it is the canonical phrase.

    Raises:
        DeadlineParseError: the phrase is not in the deadline language, or is longer
            than :data:`~cchc_model.limits.MAX_PHRASE_CHARACTERS`.  The error's ``span``
            points into the NFC form of ``text``.
        TypeError: ``text`` is not a ``str`` or ``year`` not an ``int``.
        ValueError: ``year`` is outside :data:`MIN_YEAR`–:data:`MAX_YEAR`.

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
    return _grammar.parse(text, year=year, lenient=lenient)
