"""Private machinery: the recursive-descent grammar of deadline phrases.

The public entry point is :func:`cchc_model.language.deadlines.parse_deadline`; its docs and the
"Deadline language" page describe what this grammar accepts.  Every rejection raises
:class:`~cchc_model.errors.DeadlineParseError` with the span of the offending tokens.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence
from typing import Any, NoReturn

import attrs

from cchc_model.errors import DeadlineParseError
from cchc_model.language import _datemath
from cchc_model.language._lexer import Token, normalize, number_from_words, refuse_long, tokenize
from cchc_model.language._vocabulary import ACTIONS, CONNECTORS, ORDINAL_LABELS
from cchc_model.language.deadlines import (
    REFERENCE_BASES,
    TIME_WORDS,
    ByReference,
    ByRegulation,
    Compound,
    Continuous,
    DateDeadline,
    DayPart,
    Deadline,
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
)
from cchc_model.language.periods import (
    MAX_YEAR,
    MIN_YEAR,
    Period,
    PeriodUnit,
    Year,
    month_name_en,
    period_of,
)

__all__ = ["parse"]

_BULLETS = ("-", "•", "*", "+")
_EVERY_WORDS = ("hàng", "hằng", "mỗi")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ROMAN_MONTHS = {
    numeral: number
    for number, numeral in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), start=1
    )
}
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_ROLL_WORDS = frozenset(
    [
        "nếu",
        "trùng",
        "rơi",
        "vào",
        "là",
        "ngày",
        "nghỉ",
        "lễ",
        "tết",
        "hằng",
        "hàng",
        "tuần",
        "cuối",
        "thứ",
        "bảy",
        "chủ",
        "nhật",
        "thì",
        "được",
        "chuyển",
        "lùi",
        "dời",
        "tính",
        "sang",
        "đến",
        "làm",
        "việc",
        "tiếp",
        "theo",
        "này",
        "thực",
        "hiện",
        "kế",
        "liền",
        "kề",
        "sau",
        "đó",
        ",",
        "và",
        "hoặc",
    ]
)
_ROLL_ENDINGS = (
    "ngày làm việc tiếp theo",
    "ngày làm việc kế tiếp",
    "ngày làm việc liền kề",
    "ngày làm việc liền sau",
    "ngày làm việc liền kề tiếp theo",
    "ngày làm việc sau đó",
)
_EXPECTED = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)

#: The longest words that start a reference, longest first so the longest wins.
_BASES = tuple(sorted(REFERENCE_BASES, key=lambda basis: -len(basis.split())))
_BASE_FIRST_WORDS = frozenset(basis.split()[0] for basis in REFERENCE_BASES)
_MONTH_COUNTS = {"ba": 3, "sáu": 6, "chín": 9}
#: Counts in words before "tháng", "quý" or "năm" and "1 lần" ("hai tháng 1 lần").
_COUNT_WORDS = {"một": 1, "hai": 2, **_MONTH_COUNTS}
#: "cuối cùng", "đầu tiên": the word a position may take, saying nothing more.
_POSITION_TAILS = {"cuối": "cùng", "đầu": "tiên"}
_MAX_COMPLEMENT = 24
#: What a kind of report that does not recur by itself would recur every.
_KIND_EVERY = {
    "năm": ("year", "15/12/2026"),
    "6 tháng": ("six months", "15/6/2026"),
    "9 tháng": ("nine months", "15/9/2026"),
}
#: The words that may lead a day that refines a deadline ("trước ngày 15…").
_DAY_PREFIXES = ("trước", "chậm", "hạn", "đến", "vào")
#: "24h00": the end of the day, which is no time of day at all.
_END_OF_DAY = datetime.time(23, 59, 59)
_YEARLY = (
    "của năm báo cáo",
    "của năm thực hiện",
    "của năm kế hoạch",
    "năm báo cáo",
    "năm thực hiện",
    "của kỳ báo cáo",
    "thuộc kỳ báo cáo",
)
_WITHIN_LEADS = (
    "trong thời hạn không quá",
    "thời hạn không quá",
    "thời hạn chậm nhất là",
    "thời hạn chậm nhất",
    "trong thời hạn",
    "trong thời gian",
    "trong vòng",
    "thời hạn",
    "thời gian",
    "trong",
    "không quá",
    "tối đa",
    "chậm nhất là",
    "chậm nhất",
    "sau",
)
_LONGEST_LEAD = max(len(lead.split()) for lead in _WITHIN_LEADS)
#: Feasts on a fixed lunar day, named after "Tết": (day, month).
_LUNAR_FESTIVALS = {"trung thu": (15, 8), "đoan ngọ": (5, 5), "nguyên tiêu": (15, 1)}
#: Those of them plans also write without "Tết": "Trung thu hằng năm".
_BARE_FESTIVALS = ("trung thu", "đoan ngọ")
_LUNAR_STARTS = ("ngày", "mùng", "mồng", "rằm", "trước", "vào", "từ", "trong", "khoảng")
_LIST = "list"
_SPAN = "span"


@attrs.define
class _Item:
    """A period as written, before its year is known."""

    unit: PeriodUnit
    index: int
    year: int | None
    start: int
    end: int
    joiner: str | None  # how it joins the item before it: _LIST, _SPAN or None


@attrs.define
class _Day:
    """A day as written ("ngày 15", "15/3", "thứ Năm ngày 23/1/2020"), before context."""

    day: int
    month: int | None
    year: int | None
    weekday: int | None
    start: int
    end: int
    last: bool = False  # "ngày cuối cùng của tháng 6": the month's last day, whatever its length


def _evolved(deadline: Deadline, **changes: Any) -> Deadline:
    """``attrs.evolve``, also for a compound of recurrences ("Hằng tháng, hằng quý").

    A compound takes the change on its parts: a roll note or "dự kiến" on each, a note on
    the last (where it is written).
    """
    if not isinstance(deadline, Compound):
        return attrs.evolve(deadline, **changes)
    parts = list(deadline.parts)
    if "note" in changes:
        parts[-1] = attrs.evolve(parts[-1], note=changes.pop("note"))
    return attrs.evolve(deadline, parts=tuple(attrs.evolve(p, **changes) for p in parts))


@functools.cache
def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.split())


#: The action phrases by their first word, longest first: most tokens start none.
_ACTIONS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _action in ACTIONS:
    _ACTIONS_BY_FIRST[_action.split()[0]] = (
        *_ACTIONS_BY_FIRST.get(_action.split()[0], ()),
        _action,
    )


def _months_every_year(first: int, last: int) -> Recurring:
    """The yearly window from the first day of month ``first`` to the end of ``last``."""
    return Recurring(
        unit=PeriodUnit.YEAR,
        day=_datemath.days_in_month(2000, last),
        month=last,
        from_day=1,
        from_month=None if first == last else first,
    )


def _plain_periods(deadline: Deadline | None) -> bool:
    """Whether a deadline is periods and nothing more, which merge with other periods."""
    return isinstance(deadline, PeriodDeadline) and deadline == PeriodDeadline(
        windows=deadline.windows
    )


@attrs.define
class _Segment:
    """One deadline of a phrase, with the words around it."""

    action: str | None
    complement: str | None
    deadline: Deadline
    start: int
    end: int
    joined_by: str | None = None  # the separator before it: ",", ";", "và"…


_Bounds = tuple[datetime.date, "datetime.date | None"]


def _bounds(deadline: Deadline) -> _Bounds | None:
    """The first and last days a deadline bounds a recurrence with, or ``None``.

    A bare open span ("Từ tháng 7/2026") gives its start; a range of days ("Từ ngày
    01/7/2026 đến ngày 31/12/2026") or of periods ("Từ tháng 7 đến tháng 12/2026", "Quý
    III - Quý IV/2026") its first and last days.  Anything with a note, a roll, a time or
    "trước" bounds nothing.
    """
    if deadline.note is not None or deadline.rolls_forward:
        return None
    if (
        isinstance(deadline, Span)
        and deadline.start is not None
        and deadline.end is None
        and deadline.until is None
        and not deadline.onward
    ):
        start = deadline.start
        return (start.start if isinstance(start, Period) else start), None
    if (
        isinstance(deadline, DateDeadline)
        and deadline.opens is not None
        and not deadline.before
        and deadline.time is None
        and deadline.opens_time is None
        and deadline.part is None
    ):
        return deadline.opens, deadline.date
    if isinstance(deadline, PeriodDeadline) and len(deadline.windows) == 1:
        window = deadline.windows[0]
        if window.first != window.last:
            return window.opens, window.due
    return None


def _of_each_period(relative: RelativeToPeriod, outer: Recurring) -> Recurring | None:
    """A day of the reporting period, the period being each of ``outer``'s; or ``None``."""
    unit = outer.unit
    month: int | None
    if unit is PeriodUnit.MONTH and relative.month is not PeriodMonth.NEXT:
        month = None  # the first and the last month of a month are the month
    elif unit in (PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR, PeriodUnit.YEAR):
        month = {
            PeriodMonth.FIRST: 1,
            PeriodMonth.LAST: unit.months,
            PeriodMonth.NEXT: unit.months + 1,
        }[relative.month]
        if month > 12:
            return None  # the month after a year: the grammar writes it 'tháng 1 hằng năm'
    else:
        return None
    try:
        return Recurring(
            unit=unit,
            day=relative.day,
            month=month,
            before=relative.before,
            action=outer.action,
            rolls_forward=outer.rolls_forward or relative.rolls_forward,
        )
    except ValueError:
        return None


def _unstarted(deadline: Deadline) -> bool:
    """Whether a deadline is recurrences only, none with a start of its own."""
    parts = deadline.parts if isinstance(deadline, Compound) else (deadline,)
    return all(isinstance(part, Recurring) and part.start is None for part in parts)


def _started(deadline: Deadline, bounds: _Bounds, tentative: bool) -> Deadline:
    """The recurrences of ``deadline``, within ``bounds``; tentative if ``tentative``."""
    if isinstance(deadline, Compound):
        # A compound is tentative on its parts, never as a whole.
        parts = tuple(_started(part, bounds, tentative) for part in deadline.parts)
        return attrs.evolve(deadline, parts=parts)
    assert isinstance(deadline, Recurring)  # _unstarted() said so
    start, end = bounds
    return attrs.evolve(deadline, start=start, end=end, tentative=deadline.tentative or tentative)


def _with_starts(segments: list[_Segment]) -> list[_Segment]:
    """Give an open span's start, or a range's bounds, to the recurrences a comma joins it to.

    "Từ tháng 7/2026, hằng tháng" and "Hằng tháng, từ tháng 7/2026" recur from 1 July
    2026; a semicolon keeps them apart ("Từ tháng 7/2026; hằng tháng": two deadlines).
    """
    joined: list[_Segment] = []
    index = 0
    while index < len(segments):
        segment = segments[index]
        bounds = _bounds(segment.deadline)
        following = segments[index + 1] if index + 1 < len(segments) else None
        previous = joined[-1] if joined else None
        if (
            bounds is not None
            and following is not None
            and following.joined_by == ","
            and following.action is None
            and following.complement is None
            and _unstarted(following.deadline)
        ):
            deadline = _started(following.deadline, bounds, segment.deadline.tentative)
            joined.append(attrs.evolve(segment, deadline=deadline, end=following.end))
            index += 2
            continue
        if (
            bounds is not None
            and previous is not None
            and segment.joined_by == ","
            and segment.action is None
            and segment.complement is None
            and _unstarted(previous.deadline)
        ):
            deadline = _started(previous.deadline, bounds, segment.deadline.tentative)
            joined[-1] = attrs.evolve(previous, deadline=deadline, end=segment.end)
        else:
            joined.append(segment)
        index += 1
    return joined


def parse(text: str, *, year: int | None, lenient: bool = False) -> Deadline:
    """Parse ``text``; see :func:`cchc_model.language.deadlines.parse_deadline`."""
    if not isinstance(text, str):
        raise TypeError(f"a deadline phrase must be a str, not {type(text).__name__}")
    nfc = normalize(text)
    try:
        refuse_long(nfc, DeadlineParseError)
        try:
            return _Parser(nfc, _unbracket_every_year(tokenize(nfc)), year).phrase()
        except DeadlineParseError:
            raise
        except ValueError as error:  # a value the grammar built refused itself: a bad phrase
            raise DeadlineParseError(str(error), text=nfc, span=(0, len(nfc))) from None
    except DeadlineParseError as error:
        if not lenient:
            raise
        return Unrecognised(text=nfc.strip(), error=error.reason)


def _unbracket_every_year(tokens: list[Token]) -> list[Token]:
    """Drop the brackets of "(hằng năm)" after a deadline written without a year.

    "Tháng 12 (hằng năm)", "Ngày 15/3 (hàng năm)", "Tết Nguyên đán (hằng năm)" say that the
    deadline recurs, as "Tháng 12 hằng năm" does; after a year ("Tháng 12/2026 (hằng
    năm)"), a recurrence already ("Hằng quý (hằng năm)") or "quy định", and inside
    another bracket ("Năm 2026 (ngày 15/3 (hằng năm))") or at the end of a note after a
    comma ("Tháng 12, chế độ mới (hằng năm)"), the bracket stays a note.
    """
    dropped: set[int] = set()
    for at in range(len(tokens) - 3):
        if not (
            tokens[at].norm == "("
            and tokens[at + 1].norm in _EVERY_WORDS
            and tokens[at + 2].norm == "năm"
            and tokens[at + 3].norm == ")"
        ):
            continue
        first = at
        while first > 0 and tokens[first - 1].norm not in (";", ")", "("):
            first -= 1
        if first > 0 and tokens[first - 1].norm == "(":
            continue  # inside a bracket: a note as written
        before = tokens[first:at]
        commas = [i for i, t in enumerate(before) if t.norm == ","]
        if commas and commas[-1] + 1 < len(before):
            lead = before[commas[-1] + 1]
            if lead.kind == "word" and lead.norm not in TIME_WORDS:
                continue  # "Tháng 12, chế độ mới (hằng năm)": inside a note after a comma
        if before and not any(
            (t.kind == "num" and len(t.norm) == 4)
            or t.norm in _EVERY_WORDS
            or (t.norm == "định" and i > first and tokens[i - 1].norm == "quy")
            for i, t in enumerate(before, first)
        ):
            dropped.update((at, at + 3))
    return [t for i, t in enumerate(tokens) if i not in dropped] if dropped else tokens


# Quarters written the English way, as one word: refused, see _Parser.refuse_latin_quarters.
_LATIN_QUARTERS = frozenset({"qi", "qii", "qiii", "qiv"})


class _Parser:
    def __init__(self, text: str, tokens: list[Token], year: int | None) -> None:
        self.text = text
        self.tokens = tokens
        self.pos = 0
        self.context_year = year
        self.segment_start = 0  # the token the segment being read starts at

    # ------------------------------------------------------------------ token helpers

    def peek(self, offset: int = 0) -> Token | None:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def done(self) -> bool:
        return self.pos >= len(self.tokens)

    def norm(self, offset: int = 0) -> str | None:
        token = self.peek(offset)
        return None if token is None else token.norm

    def looking_at(self, phrase: str, offset: int = 0) -> bool:
        """Whether the tokens from ``offset`` spell ``phrase`` (space-separated words)."""
        words = _words(phrase)
        index = self.pos + offset
        tokens = self.tokens
        if index < 0 or index + len(words) > len(tokens) or tokens[index].norm != words[0]:
            return False
        return all(tokens[index + i].norm == words[i] for i in range(1, len(words)))

    def take(self, phrase: str) -> bool:
        if self.looking_at(phrase):
            self.pos += len(_words(phrase))
            return True
        return False

    def take_any(self, *phrases: str) -> str | None:
        for phrase in phrases:
            if self.take(phrase):
                return phrase
        return None

    def at_number(self, offset: int = 0) -> bool:
        token = self.peek(offset)
        return token is not None and token.kind == "num"

    def fail(self, reason: str, start: int | None = None, end: int | None = None) -> NoReturn:
        raise self.error(reason, start, end)

    def error(
        self, reason: str, start: int | None = None, end: int | None = None
    ) -> DeadlineParseError:
        if start is None:
            token = self.peek()
            if token is None:
                start = end = len(self.text)
            else:
                start, end = token.start, token.end
        if end is None:
            # A refusal that names where it starts underlines the whole word there.
            end = next((t.end for t in self.tokens if t.start == start), start + 1)
        return DeadlineParseError(reason, text=self.text, span=(start, end))

    def expect(self, phrase: str, reason: str) -> None:
        if not self.take(phrase):
            self.fail(reason)

    def last_end(self) -> int:
        return self.tokens[self.pos - 1].end if self.pos else 0

    def number(self, what: str) -> Token:
        token = self.peek()
        if token is None or token.kind != "num":
            self.fail(f"expected {what}")
        self.pos += 1
        if token.value is None:
            self.fail(f"{token.norm!r} is too long to be {what}", token.start, token.end)
        self.number_in_words(token)
        return token

    def number_in_words(self, token: Token) -> None:
        """Skip "(sáu)" after "06", checking that the words say the same number."""
        if self.norm() != "(" or self.peek(1) is None or self.peek(1).kind != "word":  # type: ignore[union-attr]
            return
        close = self.pos + 1
        while close < len(self.tokens) and self.tokens[close].kind == "word":
            close += 1
        if close >= len(self.tokens) or self.tokens[close].norm != ")":
            return
        words = [t.norm for t in self.tokens[self.pos + 1 : close]]
        value = number_from_words(words)
        if value is None:
            return  # not a number in words: a note, handled by the caller
        if value != token.value:
            self.fail(
                f"the number {token.norm} and the words ({' '.join(words)}) in brackets disagree",
                token.start,
                self.tokens[close].end,
            )
        self.pos = close + 1

    def year_value(self, token: Token) -> int:
        assert token.value is not None
        if len(token.norm) != 4:
            self.fail(f"write the year in four digits, not {token.norm!r}", token.start, token.end)
        if not MIN_YEAR <= token.value <= MAX_YEAR:
            self.fail(
                f"the year {token.value} is outside {MIN_YEAR}–{MAX_YEAR}", token.start, token.end
            )
        return token.value

    # ------------------------------------------------------------------ phrase and segments

    def phrase(self) -> Deadline:
        if not self.tokens:
            self.fail("the deadline phrase is empty", 0, len(self.text))
        self.refuse_latin_quarters()
        if self.norm() in _BULLETS:
            self.pos += 1
        segments = [self.segment()]
        while not self.done():
            separator = self.norm()
            if not self.take_separator():
                token = self.peek()
                if token is None:  # a trailing ';'
                    break
                joined = self.joined_without_comma(segments[-1])
                if joined is None:
                    self.fail(
                        f"unexpected {self.text[token.start : token.end]!r} after the deadline"
                    )
                segments.append(joined)
                separator = ","
            else:
                segments.append(self.segment())
            segments[-1].joined_by = separator
        return self.combine(_with_starts(segments))

    def joined_without_comma(self, before: _Segment) -> _Segment | None:
        """Read what a comma would join to the segment before, written without one; or None.

        "Từ tháng 7/2026 hằng tháng" is "Từ tháng 7/2026, hằng tháng": the recurrence
        takes the start (:func:`_with_starts`).  So is what a recurrence counts from,
        written after it: "Hằng quý kể từ khi có quyết định" is "Hằng quý, kể từ khi …".
        """
        if _bounds(before.deadline) is None and not (
            _unstarted(before.deadline) and self.clause_follows()
        ):
            return None
        saved, segment_start = self.pos, self.segment_start
        try:
            segment = self.segment()
        except DeadlineParseError:
            segment = None
        if (
            segment is None
            or segment.action is not None
            or segment.complement is not None
            or not (_unstarted(segment.deadline) or _unstarted(before.deadline))
        ):
            self.pos, self.segment_start = saved, segment_start
            return None
        return segment

    def clause_follows(self) -> bool:
        """Whether a clause of what a recurrence counts from follows: "kể từ khi …"."""
        return any(self.looking_at(words) for words in ("kể từ", "tính từ", "bắt đầu từ", "từ khi"))

    def refuse_latin_quarters(self) -> None:
        """Refuse "Q1/2020", "QIV": a quarter written the English way.

        Read as words, "Q" would be an action and "1/2020" January; and "Q1" also abbreviates
        *Quận 1*, a district.  The writer is asked for the Vietnamese form.
        """
        for index, token in enumerate(self.tokens):
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            end = None
            if token.kind == "word" and token.norm in _LATIN_QUARTERS:
                end = token.end
            elif (
                token.kind == "word"
                and token.norm == "q"
                and following is not None
                and following.kind == "num"
                and following.start == token.end
            ):
                end = following.end
            if end is not None:
                written = self.text[token.start : end]
                self.fail(f"write a quarter as 'Quý I/2020', not {written!r}", token.start, end)

    def combine(self, segments: list[_Segment]) -> Deadline:
        if len(segments) == 1:
            only = segments[0]
            return attrs.evolve(only.deadline, action=only.action, complement=only.complement)
        if all(s.action is not None for s in segments):
            phases: list[Phase] = []
            for s in segments:
                if s.complement is not None:
                    at = self.text.find(s.complement, s.start, s.end)
                    self.fail(
                        f"a phase is named by its action alone ({s.action!r}): move "
                        f"{s.complement!r} into the task's output (Sản phẩm)",
                        *((at, at + len(s.complement)) if at >= 0 else (s.start, s.end)),
                    )
                assert s.action is not None
                milestone = s.action.lower().removesuffix(" vào")
                # "Báo cáo định kỳ 6 tháng, năm": a phase of two recurrences is two phases
                # of one milestone, as "- Báo cáo định kỳ 6 tháng - Báo cáo hằng năm".
                deadline = s.deadline
                pieces = deadline.parts if isinstance(deadline, Compound) else (deadline,)
                if len(pieces) > 1 and (
                    deadline.note is not None or deadline.tentative or deadline.rolls_forward
                ):
                    pieces = (deadline,)  # what the whole says: refused by Phase, as before
                phases.extend(Phase(milestone, piece) for piece in pieces)
            return Phased(phases=tuple(phases))
        if any(s.action is not None for s in segments[1:]):
            s = next(s for s in segments if s.action is None)
            self.fail(
                "each phase of a phased deadline starts with its milestone "
                "('Ban hành', 'Kết thúc', 'Thực hiện'…)",
                s.start,
                s.end,
            )
        parts: list[Deadline] = []
        for s in segments:
            # "Hằng tháng, hằng quý; ngày 15/5": the recurrences are parts as ';' makes them.
            pieces = s.deadline.parts if isinstance(s.deadline, Compound) else (s.deadline,)
            for piece in pieces:
                previous = parts[-1] if parts else None
                if _plain_periods(previous) and _plain_periods(piece):
                    assert isinstance(previous, PeriodDeadline)
                    assert isinstance(piece, PeriodDeadline)
                    # Periods of one kind tile the year: merging them cannot fail.
                    windows = merge_windows((*previous.windows, *piece.windows))
                    parts[-1] = PeriodDeadline(windows=windows)
                else:
                    parts.append(piece)
        if len(parts) == 1:
            return attrs.evolve(
                parts[0], action=segments[0].action, complement=segments[0].complement
            )
        return Compound(
            parts=tuple(parts),
            action=segments[0].action,
            complement=segments[0].complement,
        )

    def take_separator(self) -> bool:
        """Take what separates two deadlines of one phrase: a bullet, ';', ',' or 'và'."""
        word = self.norm()
        if word in _BULLETS and (
            self.action_length(1) > 0 or self.ordinal_label_length(1) > 0 or self.line_starts()
        ):
            self.pos += 1
            return True
        if word == ";":
            self.pos += 1
            if self.norm() in _BULLETS:
                self.pos += 1
            return not self.done()
        if word in (",", "và", "hoặc") and (self.action_length(1) > 0 or self.expression_at(1)):
            self.pos += 1
            return True
        if word == "," and self.joined_deadline_at(1):
            self.pos += 2  # "Quý I/2026, và quý II/2026", "Quý I/2026, - Quý II/2026"
            return True
        return False

    def joined_deadline_at(self, offset: int) -> bool:
        """Whether a joining word or a bullet at ``offset`` leads another deadline."""
        return self.norm(offset) in ("và", "hoặc", *_BULLETS) and (
            self.action_length(offset + 1) > 0 or self.expression_at(offset + 1)
        )

    def line_starts(self) -> bool:
        """Whether the current token is the first of a line."""
        if self.pos == 0:
            return True
        between = self.text[self.tokens[self.pos - 1].end : self.tokens[self.pos].start]
        return "\n" in between

    def expression_at(self, offset: int) -> bool:
        """Whether a deadline expression can be read from ``offset`` tokens on."""
        saved = self.pos
        self.pos += offset
        try:
            self.expression()
        except DeadlineParseError:
            return False
        finally:
            self.pos = saved
        return True

    def take_tentative(self) -> bool:
        if self.take("dự kiến là") or self.take("dự kiến"):
            if self.norm() in (",", ":"):
                self.pos += 1
            return True
        return False

    def segment(self) -> _Segment:
        self.segment_start = self.pos
        token = self.peek()
        start = token.start if token is not None else len(self.text)
        tentative = self.take_tentative()
        if self.looking_at("thời gian") and (
            self.action_length(2) or self.norm(2) == ":" or self.looking_at("dự kiến", 2)
        ):
            # "Thời gian: …", "Thời gian thực hiện: …", "Thời gian dự kiến: …",
            # "Thời gian: dự kiến …": the label of the time, not words of the task.
            self.pos += 2
            tentative = self.take_tentative() or tentative
            if self.norm() == ":":
                self.pos += 1
                tentative = self.take_tentative() or tentative
        action = self.action()
        complement: str | None = None
        report: Deadline | None = None
        if action is not None:
            kind = self.report_kind() if action.endswith("áo cáo") else None
            if kind is not None:  # "Báo cáo quý trước ngày 15 của tháng cuối quý"
                named, report = kind
                action = f"{action} {named}"
            if self.norm() == ":":
                self.pos += 1
            tentative = self.take_tentative() or tentative
        elif self.norm() == ":" and tentative:
            self.pos += 1
        before_time = self.pos
        try:
            deadline = self.expression() if report is None else report
        except DeadlineParseError:
            # Words before the time: "Trình UBND tỉnh trước …", "Đăng ký Quý II/2026".
            self.pos = before_time
            words = self.leading_words()
            if words is None:
                raise  # no words before the time: what the time lacks is the problem
            complement, tentative_within = words
            tentative = self.take_tentative() or tentative_within or tentative
            deadline = self.expression()
        deadline, label = self.trailers(deadline)
        if action is None and label is not None:
            action = label[:1].upper() + label[1:]
        if tentative:
            deadline = _evolved(deadline, tentative=True)
        return _Segment(action, complement, deadline, start, self.last_end())

    def report_kind(self) -> tuple[str, Recurring | None] | None:
        """The periodic report that "báo cáo" names, and its deadline if the kind gives it.

        "Báo cáo quý", "Báo cáo tháng", "Báo cáo 6 tháng", "Báo cáo năm": the kind of
        report, then its deadline, "gửi" and ':' allowed between.  Words that read as a
        deadline as they are keep that reading ("Báo cáo quý I/2026", "Báo cáo tháng
        6/2026", "Báo cáo 6 tháng đầu năm", "Báo cáo quý, 6 tháng, năm"), unless a ':'
        ends the kind ("Báo cáo 6 tháng: cuối quý II/2026").  A monthly or quarterly
        report recurs: "Báo cáo quý" alone, or with a bracket after it, is "Hằng quý";
        "Báo cáo tháng trước ngày 25" is "Hằng tháng (trước ngày 25)", a day without its
        month being one of every month.  Any other deadline is read as written, the kind
        joining the label: "Báo cáo quý trước ngày 15 của tháng cuối quý" (every
        quarter), "Báo cáo năm trước ngày 15/12/2026" (once).  Gives the kind as the label
        writes it and, for a recurrence the kind alone gives, that recurrence; takes the
        kind's words (and the day of "Báo cáo tháng trước ngày 25").
        """
        word, token = self.norm(), self.peek()
        if word in ("tháng", "quý", "năm"):
            kind, length = word, 1
        elif (
            token is not None
            and self.norm(1) == "tháng"
            and (token.value in (6, 9) or word in ("sáu", "chín"))
        ):
            kind, length = ("6 tháng" if token.value == 6 or word == "sáu" else "9 tháng"), 2
        else:
            return None
        offset = length + (1 if self.norm(length) == "gửi" else 0)
        if self.norm(offset) == ":":
            offset += 1
        elif self.body_at(0):
            return None  # "Báo cáo quý I/2026": a period, as written
        unit = {"tháng": PeriodUnit.MONTH, "quý": PeriodUnit.QUARTER}.get(kind)
        if self.norm(offset) in (None, ";", "(") or (
            self.norm(offset) == "." and self.norm(offset + 1) is None
        ):
            if unit is None:  # "Báo cáo năm": once a year, but on which day?
                lead = self.tokens[self.segment_start]
                written = self.verbatim(self.segment_start, self.pos + length)
                every = "hằng năm" if kind == "năm" else f"định kỳ {kind}"
                self.fail(
                    f"{written!r} needs its deadline: write '{written}: trước ngày "
                    f"{_KIND_EVERY[kind][1]}', or '{every}' for every {_KIND_EVERY[kind][0]}",
                    lead.start,
                    self.tokens[self.pos + length - 1].end,
                )
            self.pos += offset
            return kind, Recurring(unit=unit)
        if unit is PeriodUnit.MONTH and not self.body_at(offset):
            first = self.pos + offset
            stop = self.refinement_stop(first)
            if not self.listed_after(stop):
                refined = self.refinement(Recurring(unit=unit), first, stop)
                if isinstance(refined, Recurring):
                    self.pos = stop
                    return kind, refined
        if not self.body_at(offset):
            return None
        self.pos += offset
        return kind, None

    def body_at(self, offset: int) -> bool:
        """Whether a deadline, or words and a deadline, read from ``offset`` to a separator."""
        if self.segment_rest_at(offset):
            return True
        saved = self.pos
        self.pos += offset
        try:
            self.take_tentative()
            return self.leading_words() is not None
        except DeadlineParseError:
            return False
        finally:
            self.pos = saved

    def leading_words(self) -> tuple[str, bool] | None:
        """Words before the time that name no action: "Đăng ký" in "Đăng ký Quý II/2026".

        Only words: a number, a '/' or a word of the time language ("quý", "tháng"…) among
        them means the time itself is miswritten, and the caller reports that instead.
        "Dự kiến" among them makes the deadline tentative and is left out of the words:
        "Hội nghị dự kiến tổ chức Quý II/2026" is the tentative "Hội nghị tổ chức".  Gives
        the words and whether "dự kiến" was among them.
        """
        first = self.pos
        tentative_at: int | None = None
        while not self.done() and self.pos - first < _MAX_COMPLEMENT:
            token = self.tokens[self.pos]
            if (
                tentative_at is None
                and self.pos > first
                and self.looking_at("dự kiến")
                and self.peek(2) is not None
                and self.peek(2).kind == "word"  # type: ignore[union-attr]
                and self.norm(2) not in TIME_WORDS
            ):
                tentative_at = self.pos
                self.pos += 2
                continue
            if (
                token.kind != "word"
                or token.norm in TIME_WORDS
                or self.looking_at("chủ nhật")
                or self.looking_at("dự kiến")
                or self.position_follows()
            ):
                break
            self.pos += 1
            # Not "đầu", "giữa", "cuối" before "dự kiến": written back after "Dự kiến", right
            # before the time, the word would read as its point ("Giữa dự kiến hằng tuần"
            # would be written "Dự kiến Giữa hàng tuần").
            point_word = token.norm in ("đầu", "giữa", "cuối") and self.looking_at("dự kiến")
            if not point_word and self.segment_rest_at(0):
                if tentative_at is None:
                    return self.verbatim(first, self.pos), False
                before = self.verbatim(first, tentative_at)
                return f"{before} {self.verbatim(tentative_at + 2, self.pos)}", True
        self.pos = first
        return None

    def segment_rest_at(self, offset: int) -> bool:
        """Whether a deadline, and what may follow one, reads from ``offset`` to a separator."""
        saved = self.pos
        self.pos += offset
        try:
            self.take_tentative()
            self.trailers(self.expression())
            return self.done() or self.norm() == ";" or self.take_separator()
        except DeadlineParseError:
            return False
        finally:
            self.pos = saved

    def trailers(self, deadline: Deadline) -> tuple[Deadline, str | None]:
        """Read what may follow a deadline: a roll note, brackets, a trailing clause."""
        notes: list[str] = []
        label: str | None = None
        while not self.done():
            if self.roll_note():
                deadline = _evolved(deadline, rolls_forward=True)
            elif self.norm() == "(":
                close = self.closing_bracket()
                refined = self.refinement(deadline, self.pos + 1, close)
                inside = [t.norm for t in self.tokens[self.pos + 1 : close]]
                if inside == ["dự", "kiến"]:
                    deadline = _evolved(deadline, tentative=True)
                elif refined is not None:
                    deadline = refined
                elif label is None and self.is_label(self.pos + 1, close):
                    label = " ".join(t.norm for t in self.tokens[self.pos + 1 : close])
                elif close > self.pos + 1:
                    notes.append(self.verbatim(self.pos + 1, close))
                self.pos = close + 1
            elif self.norm() == "." or (self.norm() == "/" and self.norm(1) == "."):
                self.pos += 1
            elif _unstarted(deadline) and self.recurrence_year_follows():
                # "Hằng quý năm 2026", "Hằng tháng trong năm 2026": that year's periods.
                self.take("trong")
                self.pos += 1  # "năm"
                year = self.year_value(self.number("a year"))
                whole_year: _Bounds = (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
                deadline = _started(deadline, whole_year, tentative=False)
            elif _unstarted(deadline) and self.trailing_start_follows():
                # "Hằng tháng kể từ tháng 7/2026", "Hằng quý, bắt đầu từ quý II/2026"
                self.take(",")
                tentative = self.take_tentative()
                bounds = _bounds(self.from_expression())
                assert bounds is not None
                deadline = _started(deadline, bounds, tentative)
            elif _unstarted(deadline) and self.clause_follows() and not self.expression_at(0):
                # "Hằng tháng kể từ ngày nhận hồ sơ": what it counts from, as after a comma.
                self.take_note(self.clause_stop(), notes)
            elif (adjoined := self.adjoined_refinement(deadline)) is not None:
                # "Hằng quý, trước ngày 15 của tháng cuối quý", "Quý I/2026 trước ngày
                # 15/3/2026": the day refines the deadline as it would in brackets.
                deadline, self.pos = adjoined
            elif label is None and self.trailing_label_follows():
                first = self.pos
                while self.pos < len(self.tokens) and self.action_length():
                    self.pos += self.action_length()
                label = " ".join(t.norm for t in self.tokens[first : self.pos])
            elif self.norm() == "theo" and self.peek(1) is not None:
                # "Hằng quý, 6 tháng, năm theo quy định", "Quý II/2026 theo kế hoạch của Bộ
                # Nội vụ": what the deadline follows, as "(theo quy định)" in brackets.
                self.take_note(self.clause_stop(), notes)
            elif self.norm() == "hoặc" and not self.expression_at(1):
                # "Quý I/2026 hoặc sớm hơn": the alternative is a note.
                stop = self.clause_stop()
                if stop == self.pos + 1:
                    self.fail("expected a deadline or a note after 'hoặc'")
                self.take_note(stop, notes)
            elif (
                isinstance(deadline, Continuous)
                and self.norm() == ","
                and self.daily_length(1)
                and self.norm(1 + self.daily_length(1)) in (";", "(", ".", None)
            ):
                # "Thường xuyên, hằng ngày": how often the continuous work is done.
                length = self.daily_length(1)
                notes.append(self.verbatim(self.pos + 1, self.pos + 1 + length).lower())
                self.pos += 1 + length
            elif self.norm() == "," and self.norm(1) in (";", None):
                self.pos += 1  # "Quý II/2026, ; …", "Quý II/2026,": nothing after the comma
            elif (
                self.norm() == ","
                and self.peek(1) is not None
                and not self.action_length(1)
                and not self.expression_at(1)
                and not self.joined_deadline_at(1)
            ):
                stop = self.pos + 1
                while stop < len(self.tokens) and self.tokens[stop].norm != ";":
                    stop += 1
                if stop == self.pos + 2 and self.norm(1) in ("và", "hoặc", *_BULLETS):
                    # "Cuối năm 2026, và": a word that joins, with nothing to join.
                    self.pos += 1
                    word = self.verbatim(self.pos, self.pos + 1)
                    self.fail(f"expected a deadline after {word!r}")
                note = self.verbatim(self.pos + 1, stop)
                if note.startswith("(") and note.endswith(")") and note.count("(") == 1:
                    note = note[1:-1].strip()  # "Quý II/2020, (đã sáp nhập)": one bracket
                self.balanced_note(self.pos + 1, stop)
                notes.append(note)
                self.pos = stop
            else:
                break
        if notes:
            kept = [] if deadline.note is None else [deadline.note]  # "hằng ngày"
            deadline = _evolved(deadline, note="; ".join([*kept, *notes]))
        return deadline, label

    def adjoined_refinement(self, deadline: Deadline) -> tuple[Deadline, int] | None:
        """A day after a deadline, past a comma, a colon or nothing, that refines it.

        What :meth:`refinement` reads in brackets, read without them: "Hằng quý, trước
        ngày 15 của tháng cuối quý" and "Hằng quý trước ngày 15 của tháng cuối quý" are
        "Hằng quý (trước ngày 15 của tháng cuối quý)", one recurrence, not a quarterly
        deadline and a second one.  The day runs to the next ';', '(' or ',' (a final
        '.' left out); gives the refined deadline and where its words end, or ``None``
        when the words are not a day that refines it.
        """
        if not (
            (isinstance(deadline, Recurring) and deadline.day is None)
            or (isinstance(deadline, PeriodDeadline) and len(deadline.windows) == 1)
        ):
            return None
        offset = 1 if self.norm() in (",", ":") else 0
        if not (self.day_follows(offset) or self.norm(offset) in _DAY_PREFIXES):
            return None
        first = self.pos + offset
        stop = self.refinement_stop(first)
        if self.listed_after(stop):
            return None
        refined = self.refinement(deadline, first, stop)
        return None if refined is None else (refined, stop)

    def listed_after(self, stop: int) -> bool:
        """Whether a comma at token ``stop`` lists another deadline: "trước ngày 15/3, 15/6"."""
        return stop < len(self.tokens) and (
            self.tokens[stop].norm == ","
            and (
                self.expression_at(stop + 1 - self.pos)
                or self.joined_deadline_at(stop + 1 - self.pos)
            )
        )

    def refinement_stop(self, first: int) -> int:
        """Where the words of a day read from ``first`` end: a ';', '(', ',' or a final '.'."""
        stop = first
        while stop < len(self.tokens) and self.tokens[stop].norm not in (";", "(", ","):
            stop += 1
        if stop > first + 1 and self.tokens[stop - 1].norm == "." and stop == len(self.tokens):
            stop -= 1
        return stop

    def recurrence_year_follows(self) -> bool:
        """Whether the year of a recurrence follows it: "năm 2026", "trong năm 2026"."""
        offset = 1 if self.norm() == "trong" else 0
        return (
            self.norm(offset) == "năm"
            and self.bare_year_at(offset + 1)
            and self.norm(offset + 2) in (None, ";", "(", ",")
        )

    def trailing_start_follows(self) -> bool:
        """Whether the bounds of a recurrence follow, as a clause: "kể từ tháng 7/2026".

        A bare "từ" after a comma is a deadline of its own, joined as one
        (:func:`_with_starts`); "bắt đầu từ", "kể từ", "tính từ" may follow a comma or not,
        and "dự kiến" may lead them.
        """
        offset = 1 if self.norm() == "," else 0
        if self.looking_at("dự kiến", offset):
            offset += 2
        clause = any(self.looking_at(w, offset) for w in ("bắt đầu từ", "kể từ", "tính từ"))
        if not clause and (offset == 1 or not self.looking_at("từ", offset)):
            return False  # a bare ", từ …" is a deadline of its own, joined as one
        saved = self.pos
        self.pos += offset
        try:
            return _bounds(self.from_expression()) is not None and (
                self.done() or self.norm() in (";", "(", ",")
            )
        except DeadlineParseError:
            return False
        finally:
            self.pos = saved

    def clause_stop(self) -> int:
        """Where a clause or a note from here ends: the next ';' or '(', or the end."""
        stop = self.pos
        while stop < len(self.tokens) and self.tokens[stop].norm not in (";", "("):
            stop += 1
        return stop

    def take_note(self, stop: int, notes: list[str]) -> None:
        """Take the words from here to ``stop`` as a note, its brackets balanced."""
        self.balanced_note(self.pos, stop)
        notes.append(self.verbatim(self.pos, stop))
        self.pos = stop

    def balanced_note(self, first: int, stop: int) -> None:
        """Refuse a note whose brackets do not balance, under the bracket left alone."""
        opened: list[Token] = []
        for token in self.tokens[first:stop]:
            if token.norm == "(":
                opened.append(token)
            elif token.norm == ")" and not opened:
                self.fail("the ')' of the note has no '(' before it", token.start, token.end)
            elif token.norm == ")":
                opened.pop()
        if opened:
            self.fail("the '(' of the note is not closed", opened[-1].start, opened[-1].end)

    def trailing_label_follows(self) -> bool:
        """Whether only action words follow, to the end or a separator: "Quý II hoàn thành"."""
        offset = 0
        while True:
            length = self.action_length(offset)
            if not length:
                return offset > 0 and self.norm(offset) in (None, ";", ".")
            offset += length

    def closing_bracket(self) -> int:
        depth = 0
        for index in range(self.pos, len(self.tokens)):
            norm = self.tokens[index].norm
            depth += 1 if norm == "(" else -1 if norm == ")" else 0
            if depth == 0:
                return index
        raise self.error("the bracket is not closed", self.tokens[self.pos].start, len(self.text))

    def is_label(self, first: int, stop: int) -> bool:
        """Whether tokens ``first`` to ``stop`` are action words only: "(sơ kết)"."""
        saved = self.pos
        self.pos = first
        try:
            while self.pos < stop:
                length = self.action_length()
                if not length:
                    return False
                self.pos += length
            return stop > first
        finally:
            self.pos = saved

    def refinement(self, deadline: Deadline, first: int, stop: int) -> Deadline | None:
        """A bracket that is itself a deadline refines the one before it, if it can.

        "hằng năm (trước ngày 10 tháng 12)" is due before 10 December each year; "Quý
        I/2026 (trước ngày 15/3/2026)" before 15 March, its window still opening on 1 January.
        """
        inner = _Parser(self.text, self.tokens[first:stop], self.context_year)
        if inner.done():
            return None
        if _unstarted(deadline):
            bounds = inner.whole_bounds()
            if bounds is not None:  # "Hằng tháng (từ tháng 7/2026)"
                return _started(deadline, bounds, tentative=False)
        if isinstance(deadline, Recurring) and deadline.day is None:
            anchor = inner.anchor()
            if anchor is None:
                return inner.same_recurrence(deadline)
            before, time, day = anchor
            unit = deadline.unit
            if unit is PeriodUnit.MONTH:
                if day.month is not None:
                    return None
                month = None
            elif day.month is None:
                return None
            else:
                month = (day.month - 1) % (
                    12 if unit is PeriodUnit.NINE_MONTHS else unit.months
                ) + 1
                if month > unit.months:
                    return None
            return Recurring(
                unit=unit,
                day=day.day,
                month=month,
                before=before,
                time=time,
                action=deadline.action,
                rolls_forward=deadline.rolls_forward,
            )
        if isinstance(deadline, PeriodDeadline) and len(deadline.windows) == 1:
            window = deadline.windows[0]
            anchor = inner.anchor()
            if anchor is None or anchor[2].month is None:
                return None
            before, time, day = anchor
            year = day.year or window.due.year
            if day.last:  # "(ngày cuối cùng của tháng 2)": the last day in the period's year
                assert day.month is not None
                day = attrs.evolve(day, day=_datemath.days_in_month(year, day.month))
            try:
                date = datetime.date(year, day.month, day.day)  # type: ignore[arg-type]
            except ValueError:
                return None
            if not window.opens <= date <= window.due + datetime.timedelta(days=1):
                return None
            return DateDeadline(
                date=date,
                before=before,
                time=time,
                opens=window.opens,
                rolls_forward=deadline.rolls_forward,
            )
        return None

    def whole_bounds(self) -> _Bounds | None:
        """The bounds of a recurrence, if they are all there is to read: "từ tháng 7/2026"."""
        if not any(self.looking_at(w) for w in ("từ", "bắt đầu từ", "tính từ", "kể từ")):
            return None
        try:
            found = self.from_expression()
        except DeadlineParseError:
            return None
        return _bounds(found) if self.done() else None

    def same_recurrence(self, outer: Recurring) -> Recurring | None:
        """A whole bracket read as a day of the same recurrence: "hằng quý (ngày 20 của …)"."""
        self.pos = 0
        try:
            found = self.expression()
        except DeadlineParseError:
            return None
        if self.done() and isinstance(found, RelativeToPeriod):
            # "Hằng quý, ngày 20 của tháng cuối kỳ báo cáo": the reporting period is the
            # recurrence's, so the day is one of each quarter's last month.
            return _of_each_period(found, outer)
        if not self.done() or not isinstance(found, Recurring) or found.unit is not outer.unit:
            return None
        return attrs.evolve(found, action=outer.action, rolls_forward=outer.rolls_forward)

    def anchor(self) -> tuple[bool, datetime.time | None, _Day] | None:
        """A whole bracket read as a day: "trước ngày 10 tháng 12", "trước 17h ngày 10/6"."""
        try:
            before = self.date_prefix()
            time = self.clock_time()
            if not self.day_follows():
                return None
            day = self.day()
        except DeadlineParseError:
            return None
        if not self.done() or day.weekday is not None:
            return None
        return before, time, day

    # ------------------------------------------------------------------ actions

    def action_length(self, offset: int = 0) -> int:
        """How many tokens of action words start at ``offset`` (0 if none)."""
        for phrase in _ACTIONS_BY_FIRST.get(self.norm(offset) or "", ()):
            if self.looking_at(phrase, offset):
                length = len(phrase.split())
                if phrase == "định kỳ" and self.recurrence_follows(offset + length):
                    continue
                return length
        return 0

    def recurrence_follows(self, offset: int) -> bool:
        """Whether a recurrence follows "định kỳ": "hằng quý", "6 tháng", "quý, năm".

        Not a period of months: "định kỳ 6 tháng đầu năm 2026" is the periodic report of
        the first half of 2026, "định kỳ" then belonging to the action.
        """
        if self.norm(offset) == ",":
            return self.norm(offset + 1) in _EVERY_WORDS  # "Định kỳ, hằng quý"
        months = (self.at_number(offset) or self.norm(offset) in _MONTH_COUNTS) and self.norm(
            offset + 1
        ) == "tháng"
        return (
            self.norm(offset) in _EVERY_WORDS
            or (months and self.norm(offset + 2) not in ("đầu", "cuối"))
            or self.bare_units_follow(offset)
            # "định kỳ 1 năm 1 lần"
            or (self.count_of_periods(offset) > 0 and self.once_follows(offset + 2))
            or self.once_per_follows(offset)  # "định kỳ 1 lần/quý"
        )

    def ordinal_label_length(self, offset: int = 0) -> int:
        """How many tokens spell a numbered stage at ``offset``: "Đợt 1", "Giai đoạn 2"."""
        for word in ORDINAL_LABELS:
            length = len(_words(word))
            token = self.peek(offset + length)
            if (
                self.looking_at(word, offset)
                and token is not None
                and token.kind == "num"
                and len(token.norm) <= 2
                and token.value
            ):
                return length + 1
        return 0

    def action(self) -> str | None:
        ordinal = self.ordinal_label_length()
        if ordinal:
            words = [t.norm for t in self.tokens[self.pos : self.pos + ordinal]]
            self.pos += ordinal
            words[-1] = str(int(words[-1]))
            label = " ".join(words)
            return label[:1].upper() + label[1:]
        parts: list[str] = []
        while True:
            length = self.action_length()
            if not length:
                break
            parts.append(" ".join(t.norm for t in self.tokens[self.pos : self.pos + length]))
            self.pos += length
            connector = self.norm()
            if connector in CONNECTORS and self.action_length(1):
                parts.append(CONNECTORS[connector])
                self.pos += 1
            else:
                parts.append(" ")
        if not parts:
            return None
        label = "".join(parts).strip()
        if self.looking_at("vào") and not self.done():
            self.pos += 1
            label += " vào"
        return label[:1].upper() + label[1:]

    # ------------------------------------------------------------------ expressions

    def expression(self) -> Deadline:
        if self.done():
            if self.pos > self.segment_start:  # "Báo cáo:": an action, no deadline after it
                lead = self.tokens[self.segment_start]
                written = self.verbatim(self.segment_start, self.pos)
                self.fail(f"{_EXPECTED}, after {written!r}", lead.start, self.last_end())
            self.fail(_EXPECTED)
        if self.looking_at("công việc thường xuyên"):
            self.pos += 2
        if self.looking_at("thường xuyên") or self.looking_at("liên tục"):
            return self.continuous()
        if self.take("theo quy định"):
            return self.regulation()
        basis = self.reference_basis()
        if basis is not None:
            return self.by_reference(basis)
        if (
            self.norm() == "trong"
            and self.norm(2) in ("đoạn", "kỳ")
            and self.norm(1) in ("giai", "thời", "nhiệm")
            and self.at_number(3)
        ):
            self.pos += 1  # "Trong giai đoạn 2026 - 2030"
        if (
            self.norm(1) in ("đoạn", "kỳ")
            and self.norm() in ("giai", "thời", "nhiệm")
            and self.at_number(2)
        ):
            self.pos += 2
            return self.bare_years()
        if self.norm() in ("trong", "đến") and self.bare_year_follows(1) and self.norm(2) != "ngày":
            self.pos += 1  # "Trong 2026 - 2030", "Đến 2030": as "Trong năm", "Đến hết năm"
        if self.looking_at("trong các năm") and self.at_number(3):
            self.pos += 2  # "Trong các năm 2026 - 2030"
        if self.bare_year_follows():
            return self.bare_years()
        if self.at_number() and self.norm(1) == "năm" and self.bare_year_at(2):
            self.pos += 2  # "5 năm 2026 - 2030": the count of years the range says again
            return self.bare_years()
        now = self.peek()
        if self.take("từ nay") or self.take("kể từ nay"):
            assert now is not None
            return self.span_end(None, None, now.start)
        if any(self.looking_at(words) for words in ("sau khi", "kể từ khi", "từ khi")):
            return self.span_after_event()
        if self.looking_at("định kỳ") and self.norm(2) in _EVERY_WORDS and self.norm(3) == "tuần":
            self.pos += 2
        if self.norm() in _EVERY_WORDS and self.norm(1) == "tuần":
            self.pos += 2
            return Weekly(weekday=None)
        if self.looking_at("vào") and self.norm(1) in _EVERY_WORDS:
            self.pos += 1
        if self.norm() in _EVERY_WORDS and (
            self.norm(1) in ("sáng", "chiều", "thứ", "chủ")
            or (self.at_number(1) and self.norm(2) in ("giờ", "h", "g"))
        ):
            self.pos += 1  # "mỗi sáng thứ Hai hằng tuần": the week says it again
        daily = self.daily_length()
        if daily:
            # "Hằng ngày": daily work, assessed as continuous work is, at each period's end.
            self.pos += daily
            return Continuous(note=self.verbatim(self.pos - daily, self.pos).lower())
        if self.looking_at("định kỳ") and self.once_per_follows(2):
            self.pos += 2  # "Định kỳ 1 lần/quý": "định kỳ" says it again
            return self.once_per()
        if self.norm() in _EVERY_WORDS or self.looking_at("định kỳ"):
            return self.recurrences()
        counted = self.count_of_periods()
        if self.bare_units_follow() or (counted and self.once_follows(counted)):
            return self.recurrences()
        if self.once_per_follows():
            return self.once_per()
        if self.within_days_follows():
            return self.within_days()
        if self.lunar_follows():
            return self.lunar()
        if any(self.looking_at(w) for w in ("từ", "bắt đầu từ", "tính từ", "kể từ")):
            return self.from_expression()
        prefix_start = self.peek()
        before = self.date_prefix()
        time = self.clock_time()
        part = None if time is not None else self.day_part()
        if self.looking_at("trong") and self.norm(1) == "tuần":
            self.pos += 1
        if self.looking_at("tuần") and not self.looking_at("tuần trước"):
            return self.week_of_month()
        if (
            self.norm() == "ngày"
            and self.position_follows(1)
            and not self.last_day_follows()
            and time is None
            and part is None
        ):
            # "Ngày cuối tháng", "ngày đầu tiên của quý": the point of every period, as
            # "cuối tháng" is.
            if before:
                self.fail(
                    "'trước' goes with a date ('trước ngày 15/3/2020'), not a point of a period",
                    prefix_start.start if prefix_start is not None else None,
                    self.last_end(),
                )
            self.pos += 1
            return self.point()
        if not before and part is None and self.window_of_days_follows():
            return self.day_range(time)  # "Ngày 10 - 15 hằng tháng": "từ" left out
        if self.day_follows():
            assert prefix_start is not None
            if not before and part is None and self.dated_range_follows():
                # "00h00 ngày A đến 24h00 ngày B", "ngày 10/3 - ngày 20/3/2026": a range
                # written without "từ".
                return self.day_range(time)
            return self.day_expression(before, time, part, prefix_start.start)
        if time is not None or part is not None:
            self.fail("expected the day after the time ('17 giờ ngày 20/5/2026')")
        if self.yearly_period_follows():
            return self.yearly_period()
        if self.position_follows():
            if before:
                assert prefix_start is not None
                self.fail(
                    "'trước' goes with a date ('trước ngày 15/3/2020'), not a point of a period",
                    prefix_start.start,
                    self.last_end(),
                )
            point_start = self.pos
            point = self.point()
            if isinstance(point, PointInPeriod) and self.span_end_follows():
                # "Cuối năm 2026 - 2027": from the point, as "Từ cuối năm 2026 đến năm 2027".
                self.pos = point_start
                return self.from_expression()
            return point
        after_trong = self.pos > 0 and self.tokens[self.pos - 1].norm == "trong"
        if (
            self.month_year_follows()
            or self.period_follows()
            or self.looking_at("trong")
            or (after_trong and self.looking_at("năm"))
        ):
            if before:
                assert prefix_start is not None
                self.fail(
                    "'trước' goes with a date ('trước ngày 15/3/2020'), not a period",
                    prefix_start.start,
                    self.last_end(),
                )
            first = self.peek()
            assert first is not None
            deadline = self.period_list()
            return self.onward(deadline, first.start)
        token = self.peek()
        if token is None:
            if prefix_start is not None and self.last_end() > prefix_start.start:
                # "Trước", "Hạn chót:": the words that lead to a date, and no date.
                written = self.text[prefix_start.start : self.last_end()]
                self.fail(
                    f"expected the date after {written!r} ('{written} ngày 15/3/2026')",
                    prefix_start.start,
                    self.last_end(),
                )
            self.fail(_EXPECTED)
        if after_trong:
            self.period_missing(self.tokens[self.pos - 1])
        if token.norm in ("tháng", "quý") and not self.at_number(1):
            self.period_missing(None)  # "Tháng", "Quý": which one
        raise DeadlineParseError(
            f"{_EXPECTED}, not {self.text[token.start : token.end]!r}",
            text=self.text,
            span=(token.start, token.end),
        )

    # ------------------------------------------------------------------ by reference

    def reference_basis(self) -> str | None:
        if self.norm() not in _BASE_FIRST_WORDS:
            return None
        for basis in _BASES:
            if self.looking_at(basis):
                return basis
        return None

    def by_reference(self, basis: str) -> ByReference:
        self.pos += len(basis.split())
        start = self.pos
        self.skip_free_text()
        reference = self.verbatim(start, self.pos) if self.pos > start else None
        return ByReference(basis=basis, reference=reference)

    # ------------------------------------------------------------------ years and spans

    def bare_year_follows(self, offset: int = 0) -> bool:
        token = self.peek(offset)
        if token is None or token.kind != "num" or len(token.norm) != 4 or self.iso_date_at(offset):
            return False
        return self.norm(offset + 1) != "/" or not self.at_number(offset + 2)

    def bare_years(self) -> Deadline:
        """Read years without 'Năm': "2027", "2021 - 2025", "Giai đoạn 2026 – 2030"."""
        first = self.peek()
        assert first is not None
        items = [self.year_item(None)]
        while self.norm() in ("-", ",", "và", "đến") and self.bare_year_at(1):
            kind = _SPAN if self.norm() in ("-", "đến") else _LIST
            self.pos += 1
            items.append(self.year_item(kind))
        return self.onward(self.build_periods(items), first.start)

    def bare_year_at(self, offset: int) -> bool:
        token = self.peek(offset)
        return token is not None and token.kind == "num" and len(token.norm) == 4

    def onward(self, deadline: PeriodDeadline, start: int) -> Deadline:
        """Read "… và các năm tiếp theo" after a period: the period, then every year after it.

        ``start`` is where the periods are written, to underline them when they are several.
        """
        for words in (
            "và các năm tiếp theo",
            "và những năm tiếp theo",
            "và các năm sau",
            "và những năm sau",
        ):
            if self.looking_at(words):
                listed = self.text[start : self.last_end()]
                self.pos += len(words.split())
                window = deadline.windows[0]
                if len(deadline.windows) != 1 or window.first != window.last:
                    self.fail(
                        f"{words!r} follows one period, not {listed!r}: write one period "
                        f"before it, as in 'Năm 2026 {words}'",
                        start,
                        self.last_end(),
                    )
                return Span(start=window.first, onward=True)
        return deadline

    def from_expression(self) -> Deadline:
        """After "từ" (or "bắt đầu từ", "tính từ"): a range of days, or an open span."""
        lead = self.peek()
        assert lead is not None
        lead_index = self.pos
        self.take_any("bắt đầu từ", "tính từ", "kể từ", "từ")
        start_token = self.peek()
        if start_token is None:
            written = self.verbatim(lead_index, self.pos)
            self.fail(
                f"expected when the span starts, after {written!r} ('{written} ngày 01/7/2026')",
                lead.start,
                self.last_end(),
            )
        if self.take("nay"):
            return self.span_end(None, None, lead.start)
        time = self.clock_time()
        time_end = self.last_end()
        if self.day_follows():
            saved = self.pos
            first = self.day()
            previous = any(
                self.looking_at(words)
                for words in ("tháng", "của tháng", "năm trước", "của năm trước", "thuộc tháng")
            )
            if previous or (
                self.norm() in ("đến", "-") and (first.month is None or self.day_after_to())
            ):
                self.pos = saved
                return self.day_range(time)
            if first.month is None or self.day_follows():
                self.fail("expected 'đến' and the last day of the range")
            start: datetime.date | Period = self.resolve_day(first)
            if time is not None:
                self.fail(
                    "a span that starts at a time of day needs its end: add 'đến' and the "
                    "end, or leave out the time for a span with no end ('Từ ngày 15/3/2026')",
                    start_token.start,
                    time_end,
                )
        elif self.position_follows():
            start = self.point_day()
        elif self.yearly_window_follows():
            return self.yearly_window()
        elif self.bare_year_follows():
            # "Từ 2026 đến 2030": years without "năm", as "2026 - 2030" alone reads.
            saved = self.pos
            years = self.bare_years()
            if not isinstance(years, PeriodDeadline):
                return years
            window = years.windows[0]
            if len(years.windows) > 1 or window.first != window.last or self.ranged(saved):
                return years
            start = window.first
        elif self.month_year_follows() or self.period_follows():
            saved = self.pos
            try:
                periods = self.period_list(spans_only=True)
            except DeadlineParseError:
                # "Từ tháng 3/2026 đến hết quý III/2026": the ends are periods of two kinds.
                self.pos = saved
                periods = self.period_list(single=True)
            window = periods.windows[0]
            if len(periods.windows) > 1 or window.first != window.last or self.ranged(saved):
                # A range, even to the period it starts with ("từ tháng 3 đến tháng 3/2026").
                return self.onward(periods, start_token.start)
            start = window.first
        else:
            self.fail("expected a date or a period after 'từ'")
        if isinstance(start, Period) and self.onward_follows():
            return self.onward(PeriodDeadline(windows=(Window.of(start),)), start_token.start)
        return self.span_end(start, None, start_token.start)

    def ranged(self, since: int) -> bool:
        """Whether the periods read from token ``since`` were a range ("… đến …", "… - …").

        A dash between a month and its year ("03-2026") joins no range.
        """
        for at in range(since, self.pos):
            word = self.tokens[at].norm
            if word == "đến" or (
                word == "-" and not (at > 0 and self.month_year_follows(at - 1 - self.pos))
            ):
                return True
        return False

    def yearly_period_follows(self) -> bool:
        """Whether months or quarters without a year recur ("Tháng 12 hằng năm", a list)."""
        unit = self.norm()
        if unit not in ("tháng", "quý"):
            return False
        offset = 1
        while True:
            if not self.yearly_number_at(unit, offset):
                return False
            offset += 1
            if self.norm(offset) not in (",", "và"):
                break
            following = offset + 1 + (self.norm(offset + 1) == unit)
            if not self.yearly_number_at(unit, following):
                break
            offset = following
        return self.yearly_follows(offset)

    def yearly_number_at(self, unit: str, offset: int) -> bool:
        token = self.peek(offset)
        return token is not None and (
            token.kind == "num" or (unit == "quý" and token.norm in _ROMAN)
        )

    def yearly_period(self) -> Recurring | Compound:
        start = self.peek()
        assert start is not None
        word = start.norm
        unit = PeriodUnit.MONTH if word == "tháng" else PeriodUnit.QUARTER
        self.pos += 1
        found: list[Recurring] = []
        while True:
            item = self.period_number(unit, None, start.start)
            last = item.index * unit.months
            found.append(_months_every_year(last - unit.months + 1, last))
            if not (self.norm() in (",", "và") and not self.yearly_follows()):
                break
            self.pos += 1
            self.take(word)
        self.take_yearly()
        parts = tuple(dict.fromkeys(found))
        return parts[0] if len(parts) == 1 else Compound(parts=parts)

    def yearly_window_follows(self) -> bool:
        """Whether months without years follow, then every year: "tháng 4 đến tháng 10 hằng năm"."""
        if not (self.looking_at("tháng") and self.at_number(1)):
            return False
        offset = 2
        if self.norm(offset) in ("đến", "-"):  # the lexer spells "tới" as "đến"
            offset += 1
        else:
            return False
        if self.norm(offset) == "tháng":
            offset += 1
        if not self.at_number(offset):
            return False
        return self.yearly_follows(offset + 1)

    def yearly_window(self) -> Recurring:
        start = self.peek()
        assert start is not None
        self.pos += 1
        first = self.month_value(self.number("a month"))
        self.pos += 1
        self.take("tháng")
        last = self.month_value(self.number("a month"))
        self.take_yearly()
        if last < first:
            self.fail(
                "a yearly window runs within the year: from an earlier month to a later one",
                start.start,
                self.last_end(),
            )
        return _months_every_year(first, last)

    def onward_follows(self) -> bool:
        return self.looking_at("và các năm") or self.looking_at("và những năm")

    def dated_range_follows(self) -> bool:
        """Whether a date with its month, then "đến" or "-" and a day, follow from here.

        A dash that begins a line is a bullet, not a range.
        """
        saved = self.pos
        try:
            first = self.day()
            return (
                first.month is not None
                and not self.yearly_follows()
                and (self.norm() == "đến" or (self.norm() == "-" and not self.line_starts()))
                and self.day_after_to()
            )
        except DeadlineParseError:
            return False
        finally:
            self.pos = saved

    def day_after_to(self) -> bool:
        """Whether a day follows 'đến' (or '-'), possibly after 'hết', 'trước' or a time."""
        offset = 2 if self.norm(1) in ("hết", "trước") else 1
        if self.norm(offset) in ("ngày", "thứ"):
            return True
        if self.bare_year_at(offset) and not (
            self.norm(offset + 1) in ("/", "-", ".") and self.at_number(offset + 2)
        ):
            return False  # "đến 2027": the end of a year, as "đến năm 2027"
        return self.at_number(offset) and not self.month_year_follows(offset)

    def span_end_follows(self) -> bool:
        """Whether "đến" or a dash and the end of a span follow: "- 2027", "đến tháng 3/2027"."""
        if self.norm() not in ("đến", "-") or (self.norm() == "-" and self.line_starts()):
            return False
        return (
            self.norm(1) in ("hết", "khi", "lúc")
            or self.day_follows(1)
            or self.position_follows(1)
            or self.bare_year_follows(1)
            or self.month_year_follows(1)
            or self.period_follows(1)
        )

    def span_end(
        self, start: datetime.date | Period | None, since: str | None, at: int
    ) -> Deadline:
        if self.norm() == "," and self.norm(1) == "đến":
            self.pos += 1
        if since is None and self.norm() == "-" and self.span_end_follows():
            self.pos += 1  # "Từ cuối năm 2026 - 2027", "Từ nay - 2027": the dash as "đến"
        elif not self.take("đến"):
            if start is None and since is None:
                stop = self.pos
                while stop < len(self.tokens) and self.tokens[stop].norm != ";":
                    stop += 1
                finish = self.tokens[stop - 1].end
                self.fail(
                    f"{self.text[at:finish]!r} sets no deadline: give its end ('từ nay đến hết "
                    "năm 2026'), or write 'Thường xuyên' for work that goes on",
                    at,
                    finish,
                )
            return Span(start=start, since=since)
        self.take("hết")
        if self.looking_at("khi") or self.looking_at("lúc"):
            first = self.pos
            self.skip_free_text()
            return Span(start=start, since=since, until=self.verbatim(first, self.pos))
        end: datetime.date | Period
        if self.day_follows():
            end = self.resolve_day(self.day())
        elif self.position_follows():
            end = self.point_day()
        elif self.bare_year_follows():
            end = Year(self.year_value(self.number("a year")))
        elif self.month_year_follows() or self.period_follows():
            end = self.period_list().windows[-1].last
        else:
            self.fail("expected when the span ends: a date, a period or 'khi …'")
        if start is None:
            return Span(since=since, end=end)
        # Both ends known: a window of days, however each end is written.
        opens = start.start if isinstance(start, Period) else start
        due = end.end if isinstance(end, Period) else end
        if due < opens:
            self.fail(
                f"the span ends ({due:%d/%m/%Y}) before it starts ({opens:%d/%m/%Y})",
                at,
                self.last_end(),
            )
        return DateDeadline(date=due, opens=opens)

    def span_after_event(self) -> Span | WithinDays:
        lead = self.pos
        self.take_any("sau khi", "kể từ khi", "từ khi")
        first = self.pos
        while True:  # the event, up to "đến", or a comma before "đến" or a count of days
            self.skip_free_text(stop=("đến", ","))
            if (
                self.norm() != ","
                or self.norm(1) == "đến"
                or self.take_bullet_lookahead()
                or self.days_after_comma()
            ):
                break
            self.pos += 1
        self.drop_final_commas(first)
        if self.pos == first:
            written = self.verbatim(lead, first)
            self.fail(
                f"expected the event after {written!r} ('{written} có quyết định')",
                self.tokens[lead].start,
                self.tokens[first - 1].end,
            )
        since = self.verbatim(first, self.pos)
        if self.norm() == "," and self.days_after_comma():
            # "Sau khi có quyết định, trong vòng 10 ngày": the days count from the event,
            # as in "Trong vòng 10 ngày sau khi có quyết định".
            self.pos += 1
            counted = self.peek()
            within = self.within_days()
            if not isinstance(within, WithinDays) or within.trigger is not None:
                assert counted is not None
                self.fail(
                    f"the days count from the event before the comma ({since!r}): "
                    "write what they count from once",
                    counted.start,
                    self.last_end(),
                )
            return attrs.evolve(within, trigger=f"khi {since}")
        span = self.span_end(None, since, self.tokens[first].start)
        assert isinstance(span, Span)
        return span

    def days_after_comma(self) -> bool:
        """Whether a count of days ("trong vòng 10 ngày") follows the comma here."""
        self.pos += 1
        try:
            return self.within_days_follows()
        finally:
            self.pos -= 1

    # ------------------------------------------------------------------ points (art. 146)

    def position_follows(self, offset: int = 0) -> bool:
        """Whether a point of a period follows: "cuối quý", "đầu mỗi tháng", "cuối cùng của năm"."""
        word = self.norm(offset)
        if word not in ("đầu", "giữa", "cuối"):
            return False
        offset += 1 + (self.norm(offset + 1) == _POSITION_TAILS.get(word))
        offset += self.norm(offset) == "của"
        # "cuối 2026": a year without "năm", as "2026" alone is one; "đầu 6/2026": a month
        # without "tháng", as "6/2026" alone is one.
        return (
            self.norm(offset) in ("tháng", "quý", "năm", "mỗi", "hằng", "hàng")
            or self.point_year_follows(offset)
            or self.month_year_follows(offset)
        )

    def point_year_follows(self, offset: int) -> bool:
        """Whether the year of a point follows, without "năm": "cuối 2026", "cuối 2026 - 2027".

        Not the first part of a date: "2026/12/31", "2026.12.31", "2026-12-31"; a dash to
        a year or a period, or a full stop that ends the phrase, may follow.
        """
        if not self.bare_year_at(offset) or self.iso_date_at(offset):
            return False
        after = self.norm(offset + 1)
        return not (
            after in ("/", "-", ".")
            and self.at_number(offset + 2)
            and not (
                # "cuối 2026 - 2027", "cuối 2026 - 6/2027", "cuối 2026 - 15/3/2027"
                after == "-"
                and (
                    self.bare_year_at(offset + 2)
                    or self.month_year_follows(offset + 2)
                    or self.day_follows(offset + 2)
                )
            )
        )

    def point(self) -> PointInPeriod | Recurring:
        word = self.norm()
        start = self.peek()
        assert start is not None
        assert word is not None
        self.pos += 1
        position = {"đầu": Position.START, "giữa": Position.MIDDLE, "cuối": Position.END}[word]
        tail = _POSITION_TAILS.get(word)
        if tail is not None:
            self.take(tail)  # "cuối cùng", "đầu tiên"
        self.take("của")
        every = self.take_any(*_EVERY_WORDS) is not None
        if not every and self.point_year_follows(0):
            token = self.number("a year")
            return PointInPeriod(period=Year(self.year_value(token)), position=position)
        unit_word = self.norm()
        month_alone = not every and self.month_year_follows()  # "đầu 6/2026"
        if unit_word not in ("tháng", "quý", "năm") and not month_alone:
            written = self.verbatim(self.pos - 1 - every, self.pos)
            self.fail(
                f"expected 'tháng', 'quý' or 'năm' after {written!r} "
                "('cuối mỗi quý', 'đầu tháng 6/2026')"
            )
        if (
            not month_alone
            and unit_word in ("tháng", "quý")
            and (every or not self.number_follows_unit())
        ):
            # "đầu tháng", "cuối mỗi quý": a point of every month or quarter.
            self.pos += 1
            return self.point_of_each(position, unit_word, start)
        period: Period
        if unit_word == "năm":
            self.pos += 1
            year = self.year_value(self.number("a year")) if self.at_number() else None
            period = Year(self.point_year(year, start))
        else:
            self.pos += not month_alone
            unit = PeriodUnit.MONTH if month_alone or unit_word == "tháng" else PeriodUnit.QUARTER
            first_item = self.pos
            items = self.numbered(unit, None, start)
            if len(items) != 1:
                listed = self.verbatim(first_item - 1, self.pos)
                both = (
                    ("quý I/2026", "quý II/2026")
                    if unit is PeriodUnit.QUARTER
                    else (
                        "tháng 6/2026",
                        "tháng 12/2026",
                    )
                )
                self.fail(
                    f"{start.norm!r} is a point of one period, not of {listed!r}: write it "
                    f"before each, as in '{start.norm} {both[0]}, {start.norm} {both[1]}'",
                    self.tokens[first_item - 1].start,
                    self.last_end(),
                )
            item = items[0]
            year = item.year
            if year is None:
                year = self.span_end_year(unit, item.index, position)
            period = period_of(unit, self.point_year(year, start), item.index)
        return PointInPeriod(period=period, position=position)

    def span_end_year(self, unit: PeriodUnit, index: int, position: Position) -> int | None:
        """The year of a point written without one, from the end of a span after it.

        "Cuối quý I - quý II/2026" is the end of quarter I of 2026, as "Quý I - quý II/2026"
        is quarter I of 2026; "Từ cuối tháng 11 đến tháng 2/2027" starts on 30 November
        2026: the point in the end's year, or the year before when it would fall after the
        end.
        """
        if not self.span_end_follows():
            return None
        saved = self.pos
        try:
            span = self.span_end(None, None, self.pos)
        except DeadlineParseError:
            return None
        finally:
            self.pos = saved
        if not isinstance(span, Span) or span.end is None:
            return None
        end = span.end.end if isinstance(span.end, Period) else span.end
        point = PointInPeriod(period=period_of(unit, end.year, index), position=position)
        return end.year if point.due <= end else end.year - 1

    def point_day(self) -> datetime.date:
        """A point of one period, as a span's end: "từ đầu năm 2026", "đến cuối quý III"."""
        first = self.peek()
        point = self.point()
        if not isinstance(point, PointInPeriod):
            assert first is not None
            self.fail("a span starts or ends in one period: write which", first.start)
        return point.due

    def number_follows_unit(self) -> bool:
        token = self.peek(1)
        return token is not None and (
            token.kind == "num" or (self.norm() == "quý" and token.norm in _ROMAN)
        )

    def point_of_each(self, position: Position, unit_word: str, start: Token) -> Recurring:
        self.take_any("hằng tháng", "hàng tháng", "hằng quý", "hàng quý")
        if unit_word == "tháng":
            day = {Position.START: 1, Position.MIDDLE: 15, Position.END: None}[position]
            return Recurring(unit=PeriodUnit.MONTH, day=day)
        if position is Position.END:
            return Recurring(unit=PeriodUnit.QUARTER)
        day, month = (1, 1) if position is Position.START else (15, 2)
        return Recurring(unit=PeriodUnit.QUARTER, day=day, month=month)

    def point_year(self, year: int | None, start: Token) -> int:
        year = year or self.context_year
        if year is None:
            written = self.text[start.start : self.last_end()]
            example = (
                f"{written} 2026" if self.tokens[self.pos - 1].norm == "năm" else f"{written}/2026"
            )
            self.fail(
                f"{written!r} has no year: write one, as in {example!r}, or give the plan year",
                start.start,
                self.last_end(),
            )
        return year

    # ------------------------------------------------------------------ time of day

    def clock_time(self) -> datetime.time | None:
        """Read a time of day: "17 giờ", "8h30", "16g00", "8 giờ 30 phút"; "24h00" ends the day."""
        self.take("lúc")
        if not (self.at_number() and self.norm(1) in ("giờ", "h", "g")):
            return None
        hour = self.number("an hour")
        self.pos += 1
        minute_value = 0
        if self.at_number() and self.norm(1) not in ("/", "-", "."):
            minute = self.number("minutes")
            assert minute.value is not None
            minute_value = minute.value
            self.take("phút")
        assert hour.value is not None
        if (hour.value, minute_value) == (24, 0):
            return _END_OF_DAY
        if not 0 <= hour.value <= 23 or not 0 <= minute_value <= 59:
            self.fail(
                f"a time of day is 0h00 to 24h00, not {hour.value}h{minute_value:02d}",
                hour.start,
                self.last_end(),
            )
        part = self.take_any("sáng", "chiều", "trưa")
        if self.norm() == ",":
            self.pos += 1
        if part == "chiều" and 1 <= hour.value <= 11:
            return datetime.time(hour.value + 12, minute_value)  # "5 giờ chiều" is 17h00
        return datetime.time(hour.value, minute_value)

    def day_part(self) -> DayPart | None:
        if self.norm() in ("sáng", "chiều") and (self.day_follows(1)):
            word = self.norm()
            self.pos += 1
            return DayPart.MORNING if word == "sáng" else DayPart.AFTERNOON
        return None

    def daily_length(self, offset: int = 0) -> int:
        """How many tokens from ``offset`` say "every day": "hằng ngày", "định kỳ hàng ngày"."""
        lead = 2 if self.looking_at("định kỳ", offset) else 0
        if self.norm(offset + lead) in _EVERY_WORDS and self.norm(offset + lead + 1) == "ngày":
            return lead + 2
        return 0

    def continuous(self) -> Continuous:
        self.take_any("thường xuyên", "liên tục")
        if (self.norm() in (",", "và") and self.looking_at("liên tục", 1)) or (
            self.norm() in (",", "và") and self.looking_at("thường xuyên", 1)
        ):
            self.pos += 3
        year: int | None = None
        if self.take("trong năm"):
            year = self.year_value(self.number("a year")) if self.at_number() else self.context_year
        return Continuous(year=year)

    def regulation(self) -> ByRegulation:
        preposition = self.take_any("tại", "của")
        if preposition is None:
            return ByRegulation()
        start = self.pos
        self.skip_free_text()
        if self.pos == start:
            self.fail(f"expected what regulates it after 'theo quy định {preposition}'")
        return ByRegulation(reference=self.verbatim(start, self.pos), preposition=preposition)

    def verbatim(self, first: int, stop: int) -> str:
        """The original text of tokens ``first`` to ``stop`` (excluded), single-spaced."""
        raw = self.text[self.tokens[first].start : self.tokens[stop - 1].end]
        return " ".join(raw.split())

    def skip_free_text(self, *, stop: tuple[str, ...] = ()) -> None:
        """Move past text kept as written, up to a bracket, ';', a new phase or a roll note."""
        start = self.pos
        while (
            not self.done()
            and self.norm() not in ("(", ";", *stop)
            and not self.take_bullet_lookahead()
            and not self.roll_note_follows()
            and not (self.norm() == "." and self.pos == len(self.tokens) - 1)
        ):
            if self.norm() == ")":
                self.fail("the ')' has no '(' before it")
            self.pos += 1
        self.drop_final_commas(start)

    def drop_final_commas(self, first: int) -> None:
        """Leave out of text kept as written the commas it ends with, at the end or a ';'.

        "Sau khi có quyết định," is the event "có quyết định".
        """
        if not (self.done() or self.norm() == ";"):
            return
        while self.pos > first and self.norm(-1) == ",":
            self.pos -= 1

    def take_bullet_lookahead(self) -> bool:
        return self.norm() in (*_BULLETS, ";", ",") and self.action_length(1) > 0

    # ------------------------------------------------------------------ recurrences

    def unit_length(self, offset: int) -> int:
        """How many tokens from ``offset`` spell a recurrence unit ("hằng quý", "6 tháng")."""
        o = offset
        if self.norm(o) in _EVERY_WORDS:
            o += 1
        elif self.looking_at("định kỳ", o):
            o += 2
        word = self.norm(o)
        token = self.peek(o)
        if word in ("quý", "năm", "tháng"):
            length = 1
        elif (
            token is not None
            and self.norm(o + 1) == "tháng"
            and ((token.kind == "num" and token.value in (3, 6, 9, 12)) or word in _MONTH_COUNTS)
        ):
            length = 2
        else:
            return 0
        after = self.peek(o + length)
        if after is not None and (
            after.kind == "num"
            or after.norm in ("đầu", "cuối", "này", "trước", "tiếp", "của", "thứ")
            or (word == "quý" and after.norm in _ROMAN)
        ):
            return 0
        return o + length - offset

    def bare_units_follow(self, offset: int = 0) -> bool:
        """Whether units of recurrence are listed from ``offset``: "quý, 6 tháng và năm"."""
        length = self.unit_length(offset)
        return (
            length > 0
            and self.norm(offset + length) in (",", "và")
            and self.unit_length(offset + length + 1) > 0
        )

    def recurrences(self) -> Deadline:
        start = self.peek()
        assert start is not None
        found = [self.recurrence()]
        while self.norm() in (",", "và") and self.unit_length(1):
            self.pos += 1
            found.append(self.recurrence())
        parts = tuple(dict.fromkeys(found))  # "Hằng quý, 3 tháng": one recurrence, said twice
        return parts[0] if len(parts) == 1 else Compound(parts=parts)

    def recurrence(self) -> Recurring:
        start = self.peek()
        assert start is not None
        if self.take("định kỳ"):
            if self.norm() == "," and self.norm(1) in _EVERY_WORDS:
                self.pos += 1  # "Định kỳ, hằng quý"
            self.take_any(*_EVERY_WORDS)
        else:
            self.take_any(*_EVERY_WORDS)
        if (self.at_number() or self.norm() in _COUNT_WORDS) and self.norm(1) in (
            "tháng",
            "quý",
            "năm",
        ):
            token = self.peek()
            assert token is not None
            unit = self.every_unit()
            if unit is None:
                count = token.value if token.kind == "num" else _COUNT_WORDS[token.norm]
                self.fail(
                    f"a recurrence is every 1, 3, 6, 9 or 12 months, not {count}"
                    if self.norm(1) == "tháng"
                    else f"a recurrence of quarters or years is every one ('hằng "
                    f"{self.norm(1)}'), not every {count}",
                    token.start,
                    token.end,
                )
            self.take_once()
            return Recurring(unit=unit)
        unit = self.every_unit()
        if unit is None:
            written = self.text[start.start : self.last_end()] if self.pos else "hàng"
            self.fail(
                f"expected 'tháng', 'quý', '6 tháng' or 'năm' after {written!r}",
                *((start.start, self.last_end()) if self.done() else ()),
            )
        self.take_once()
        return Recurring(unit=unit)

    def count_of_periods(self, offset: int = 0) -> int:
        """How many tokens from ``offset`` count periods; 0 if none.

        Months by a number ("3 tháng", "sáu tháng"), quarters and years by one ("1 quý",
        "một năm"): what "… 1 lần" or "1 lần/…" makes a recurrence of.
        """
        token = self.peek(offset)
        unit = self.norm(offset + 1)
        if token is None or unit not in ("tháng", "quý", "năm"):
            return 0
        return 2 if token.kind == "num" or token.norm in _COUNT_WORDS else 0

    def once_follows(self, offset: int = 0) -> bool:
        """Whether "once" is said from ``offset``: "1 lần", "một lần", "/lần"."""
        if self.norm(offset) == "/":
            return self.norm(offset + 1) == "lần"
        token = self.peek(offset)
        return (
            token is not None
            and (token.norm == "một" or token.kind == "num")
            and self.norm(offset + 1) == "lần"
        )

    def once_per_follows(self, offset: int = 0) -> bool:
        """Whether "once a period" leads: "1 lần/quý", "một lần mỗi năm", "01 lần/6 tháng"."""
        # Once "N lần/" or "N lần mỗi" is read, the period is what must follow: a refusal
        # names the word after it, not the count.
        return (
            self.norm(offset) != "/"
            and self.once_follows(offset)
            and self.norm(offset + 2) in ("/", *_EVERY_WORDS)
        )

    def once_per(self) -> Deadline:
        first = self.pos
        self.take_once()
        self.take("/")
        after = self.pos
        self.take_any(*_EVERY_WORDS)
        if self.take("tuần"):
            return Weekly(weekday=None)  # "1 lần/tuần": as "hằng tuần"
        if self.take("ngày"):
            # "1 lần/ngày": daily work, as "hằng ngày".
            return Continuous(note=self.verbatim(first, self.pos).lower())
        self.pos = after
        if self.done():
            written = self.verbatim(first, self.pos)
            self.fail(
                f"expected the period after {written!r} ('1 lần/quý')",
                self.tokens[first].start,
                self.last_end(),
            )
        return self.recurrences()  # "1 lần/quý, 6 tháng": every quarter and half year

    def take_once(self) -> None:
        """Take "1 lần" after a recurrence's unit ("định kỳ 3 tháng 1 lần"); refuse "2 lần"."""
        if not self.once_follows():
            return
        token = self.peek()
        assert token is not None
        if token.kind == "num" and token.value != 1:
            self.fail(
                f"a recurrence is due once in each period, not {token.value} times: name "
                "the periods ('6 tháng 1 lần' for twice a year, 'hằng quý' for four times)",
                token.start,
                self.tokens[self.pos + 1].end,
            )
        self.pos += 2

    def every_unit(self) -> PeriodUnit | None:
        token = self.peek()
        if token is not None and self.norm(1) == "tháng":
            count = token.value if token.kind == "num" else _COUNT_WORDS.get(token.norm)
            units = {
                1: PeriodUnit.MONTH,
                3: PeriodUnit.QUARTER,
                6: PeriodUnit.HALF_YEAR,
                9: PeriodUnit.NINE_MONTHS,
                12: PeriodUnit.YEAR,
            }
            if count in units:
                self.pos += 2
                return units[count]
            if count is not None:
                return None  # "2 tháng", "hai tháng": no recurrence of the library's
        if token is not None and self.norm(1) in ("quý", "năm"):
            count = token.value if token.kind == "num" else _COUNT_WORDS.get(token.norm)
            if count == 1:
                self.pos += 1  # "1 quý", "một năm": as "quý", "năm"
            elif count is not None:
                return None  # "2 năm": no recurrence of the library's
        word = self.take_any("tháng", "quý", "năm")
        return {
            "tháng": PeriodUnit.MONTH,
            "quý": PeriodUnit.QUARTER,
            "năm": PeriodUnit.YEAR,
        }.get(word or "")

    # ------------------------------------------------------------------ weeks

    def week_of_month(self) -> WeekOfMonth:
        start = self.peek()
        assert start is not None
        self.pos += 1  # "tuần"
        if self.take("đầu") or self.take("đầu tiên") or self.take("thứ nhất"):
            self.take("tiên")
            week = 1
        elif self.take("cuối") or self.take("cuối cùng"):
            self.take("cùng")
            week = -1
        else:
            self.take("thứ")
            token = self.number("the week's number in the month")
            assert token.value is not None
            if not 1 <= token.value <= 5:
                self.fail(f"a month has weeks 1 to 5, not {token.value}", token.start, token.end)
            week = token.value
        self.take_any("của", "trong")
        if self.norm() in ("quý", "năm"):
            unit = self.peek()
            assert unit is not None
            self.fail(
                f"a week is counted in a month ('tuần đầu tháng 1/2026'), not in a {unit.norm!r}",
                unit.start,
                unit.end,
            )
        self.expect("tháng", "expected 'tháng' and the month after the week")
        if not self.at_number():
            written = self.text[start.start : self.last_end()]
            self.fail(
                f"{written!r} needs which month ('{written} 6/2026'): a week of every month "
                "is not read",
                start.start,
                self.last_end(),
            )
        first_month = self.pos
        items = self.numbered(PeriodUnit.MONTH, None, start)
        if len(items) != 1:
            listed = self.verbatim(first_month - 1, self.pos)
            self.fail(
                f"a week is in one month, not in {listed!r}: write each, as in "
                "'tuần đầu tháng 1/2026, tuần đầu tháng 2/2026'",
                self.tokens[first_month - 1].start,
                self.last_end(),
            )
        year = self.point_year(items[0].year, start)
        try:
            return WeekOfMonth(year=year, month=items[0].index, week=week)
        except ValueError as error:
            self.fail(str(error), start.start, self.last_end())

    def weekly(
        self,
        weekday: int,
        before: bool,
        time: datetime.time | None,
        part: DayPart | None,
        start: int,
    ) -> Weekly:
        """The week after a day of the week written from ``start``: "hằng tuần", "tuần sau"."""
        self.take(",")
        if self.norm() in _EVERY_WORDS and self.norm(1) == "tuần":
            self.pos += 2
            week = WeekRef.EVERY
        else:
            week_word = self.peek()
            if week_word is None or not self.take("tuần"):
                at = self.peek() or week_word
                after = self.peek(1) if self.norm() in _EVERY_WORDS else None
                self.fail(
                    "expected 'hằng tuần', 'tuần trước', 'tuần này' or 'tuần sau' after the day "
                    "of the week: a day of the week in each month ('thứ Sáu cuối tháng') is "
                    "not read; write the dates",
                    *(
                        (at.start, (after or at).end)
                        if at is not None
                        else (start, self.last_end())
                    ),
                )
            word = self.take_any("trước", "này", "sau", "tiếp theo", "kế tiếp")
            if word is None and self.norm() == "đến" and not self.expression_at(1):
                self.pos += 1  # "tuần tới" (next week), which the lexer spells "tuần đến"
                word = "tới"
            if word is None:
                self.fail(
                    "expected 'tuần trước', 'tuần này' or 'tuần sau': a day of the week in a "
                    "week of the month ('thứ Sáu tuần cuối tháng') is not read; write the dates",
                    week_word.start,
                    (self.peek() or week_word).end,
                )
            week = {"trước": WeekRef.PREVIOUS, "này": WeekRef.THIS}.get(word, WeekRef.NEXT)
        return Weekly(weekday=weekday, week=week, before=before, time=time, part=part)

    # ------------------------------------------------------------------ lunar

    def lunar_follows(self) -> bool:
        """Whether a lunar date starts here: "Tết", "rằm", "tháng Giêng", "… âm lịch"."""
        window: list[str] = []
        for offset in range(12):
            word = self.norm(offset)
            if word is None or word in (";", ","):
                break
            if word == "(":
                if not (
                    self.looking_at("( âm lịch )", offset) or self.looking_at("( âl )", offset)
                ):
                    break
                window.append("âl")
                break
            window.append(word)
        if "tết" in window[:3] or any(
            " ".join(window[i : i + 2]) in _BARE_FESTIVALS for i in range(3)
        ):
            return True  # "trước Tết", "Trung thu hằng năm"
        if not window or (window[0] not in _LUNAR_STARTS and not self.at_number()):
            return False
        if any(w == "tết" and window[i - 1].isdigit() for i, w in enumerate(window) if i):
            return True  # "mùng 1 Tết", "từ mùng 1 đến mùng 3 Tết": a day right before Tết
        return any(w in ("âm", "âl", "giêng", "chạp", "rằm") for w in window)

    def lunar(self) -> Deadline:
        start = self.peek()
        assert start is not None
        self.take("vào")
        self.take("dịp")  # "vào dịp Tết Nguyên đán": on the occasion of
        before = self.take("trước")
        named = self.take("tết")
        festival = self.take_any(*_LUNAR_FESTIVALS) if named else self.take_any(*_BARE_FESTIVALS)
        if named or festival is not None:
            if festival is not None:  # "Tết Trung thu": a lunar day of its own
                day, month = _LUNAR_FESTIVALS[festival]
                year, every = self.lunar_year()
                self.lunar_marker()
                return self.lunar_value((day,), month, year, every, before, 0, start.start)
            if self.take_any("dương lịch", "tây"):
                return self.new_year(before, start)
            self.other_tet()
            self.take_any("nguyên đán", "âm lịch", "cổ truyền")
            year, every = self.lunar_year()
            days_before = 0
            if self.at_number() and self.norm(1) == "ngày":
                count = self.number("a number of days")
                self.pos += 1
                assert count.value is not None
                if not before:
                    self.fail(
                        "a count of days goes before Tết: write "
                        f"'trước Tết Nguyên đán {count.norm} ngày' (days after Tết are not read)",
                        count.start,
                        self.last_end(),
                    )
                if not 1 <= count.value <= 366:
                    self.fail(
                        f"a count of days before Tết is 1 to 366, not {count.value}",
                        count.start,
                        count.end,
                    )
                days_before, before = count.value, False
                if year is None and not every:
                    year, every = self.lunar_year()
            return self.lunar_value((1,), 1, year, every, before, days_before, start.start)
        ranged = self.take_any("từ", "trong khoảng từ", "trong khoảng", "khoảng") is not None
        days = [self.lunar_day()]
        from_day: int | None = None
        if ranged or (self.norm() in ("đến", "-") and self.lunar_day_at(1)):
            if self.take_any("đến", "-") is None:
                self.lunar_range_unended(start.start)
            from_day, days = days[0], [self.lunar_day()]
            if from_day >= days[0]:
                self.fail(
                    "a lunar range runs from an earlier day to a later one",
                    start.start,
                    self.last_end(),
                )
        while self.norm() in ("và", ",") and (
            self.norm(1) in ("rằm", "ngày", "mùng", "mồng") or self.at_number(1)
        ):
            joiner = self.pos
            self.pos += 1
            days.append(self.lunar_day())
            if from_day is not None:
                self.fail(
                    "a lunar range has one last day: write the other day as a deadline of "
                    "its own, after ';' ('từ ngày 1 đến ngày 10 tháng Giêng; ngày 15 tháng "
                    "Giêng âm lịch')",
                    self.tokens[joiner].start,
                    self.last_end(),
                )
        if self.take("tết"):
            # "Mùng 1 Tết", "mùng 2 Tết Nguyên đán": days of the first lunar month.
            self.take_any("nguyên đán", "âm lịch", "cổ truyền")
            year, every = self.lunar_year()
            return self.lunar_value(tuple(days), 1, year, every, before, 0, start.start, from_day)
        if self.norm() in _EVERY_WORDS and self.norm(1) == "tháng":
            self.pos += 2
            self.lunar_marker()
            return self.lunar_value(tuple(days), None, None, True, before, 0, start.start, from_day)
        self.take("của")
        if self.norm() in ("/", ".") and self.at_number(1) and len(days) == 1:
            self.pos += 1
        else:
            self.expect("tháng", "expected the lunar month ('tháng Giêng', 'tháng 3 âm lịch')")
        token = self.peek()
        if token is None:
            self.fail(
                "'tháng' needs which lunar month ('tháng Giêng', 'tháng 3 âm lịch'), or write "
                "'hằng tháng' for every lunar month",
                self.tokens[self.pos - 1].start,
                self.last_end(),
            )
        if self.take("giêng"):
            month = 1
        elif self.take("chạp"):
            month = 12
        else:
            number = self.number("a lunar month")
            assert number.value is not None
            month = number.value
            if not 1 <= month <= 12:
                self.fail(f"a lunar month is 1 to 12, not {month}", number.start, number.end)
        year, every = self.lunar_year()
        self.lunar_marker()
        if not every and year is None:
            year, every = self.lunar_year()
        return self.lunar_value(tuple(days), month, year, every, before, 0, start.start, from_day)

    def new_year(self, before: bool, start: Token) -> Deadline:
        """Read the rest of "Tết Dương lịch": 1 January of a year written, or of every year."""
        year, every = self.lunar_year()
        if every:
            return Recurring(unit=PeriodUnit.YEAR, day=1, month=1, before=before)
        if year is None:
            written = self.text[start.start : self.last_end()]
            self.fail(
                f"{written!r} has no year: write it ('{written} 2027', for 1 January 2027), "
                "or 'hằng năm'",
                start.start,
                self.last_end(),
            )
        return DateDeadline(date=datetime.date(year, 1, 1), before=before)

    def other_tet(self) -> None:
        """Refuse "Tết Thanh minh" and other feasts that are not Tết Nguyên đán."""
        token = self.peek()
        if token is None or token.kind != "word" or not self.text[token.start].isupper():
            return
        if (
            self.looking_at("nguyên đán")
            or self.looking_at("âm lịch")
            or self.looking_at("cổ truyền")
        ):
            return
        stop = self.pos + 1
        while (
            stop < len(self.tokens)
            and self.tokens[stop].kind == "word"
            and (self.tokens[stop].norm not in TIME_WORDS)
        ):
            stop += 1
        named = self.verbatim(self.pos - 1, stop)
        self.fail(
            f"{named!r} is not Tết Nguyên đán, and its date is not read: write the date",
            self.tokens[self.pos - 1].start,
            self.tokens[stop - 1].end,
        )

    def lunar_range_unended(self, start: int) -> NoReturn:
        """Refuse a range of lunar days whose first day has no "đến" after it."""
        token = self.peek()
        later = [t.norm for t in self.tokens[self.pos :]]
        if token is not None and token.norm in ("tháng", "/") and ("đến" in later or "-" in later):
            stop = self.pos + min(later.index(w) for w in ("đến", "-") if w in later)
            self.fail(
                "a lunar range names its month once, after its last day "
                "('từ ngày 10 đến ngày 20 tháng Giêng âm lịch')",
                token.start,
                self.tokens[stop - 1].end,
            )
        self.fail(
            "a lunar day after 'từ' opens a range: add 'đến' and its last day "
            "('từ mùng 10 đến mùng 20 tháng Chạp âm lịch')",
            start,
            self.last_end(),
        )

    def lunar_day_at(self, offset: int) -> bool:
        return self.norm(offset) in ("rằm", "ngày", "mùng", "mồng") or self.at_number(offset)

    def lunar_day(self) -> int:
        self.take("ngày")
        if self.take("rằm"):
            return 15
        self.take_any("mùng", "mồng")
        token = self.number("a lunar day")
        assert token.value is not None
        if not 1 <= token.value <= 30:
            self.fail(f"a lunar day is 1 to 30, not {token.value}", token.start, token.end)
        return token.value

    def lunar_marker(self) -> bool:
        if self.looking_at("( âm lịch )") or self.looking_at("( âl )"):
            self.pos += 3 if self.norm(1) == "âl" else 4
            return True
        return self.take("âm lịch") or self.take("âl")

    def lunar_year(self) -> tuple[int | None, bool]:
        if self.norm() in _EVERY_WORDS and self.norm(1) == "năm":
            self.pos += 2
            return None, True
        if (self.norm() == "năm" or self.norm() == "/") and self.at_number(1):
            self.pos += 1
        elif not (self.bare_year_at(0) and self.norm(1) != "/"):
            return None, False  # "Tết Nguyên đán 2026": a year in four digits reads alone
        token = self.number("a year")
        year = self.year_value(token)
        if not MIN_YEAR < year < MAX_YEAR:
            self.fail(
                f"the lunar calendar is read for the years {MIN_YEAR + 1}–{MAX_YEAR - 1}, "
                f"not {year}",
                token.start,
                token.end,
            )
        return year, False

    def lunar_value(
        self,
        days: tuple[int, ...],
        month: int | None,
        year: int | None,
        every: bool,
        before: bool,
        days_before: int,
        start: int,
        from_day: int | None = None,
    ) -> LunarDeadline:
        if month is not None and not every:
            year = year or self.context_year
            if year is None:
                self.fail(
                    f"{self.text[start : self.last_end()]!r} has no year: write one, "
                    "or 'hằng năm', or give the plan year",
                    start,
                    self.last_end(),
                )
        try:
            return LunarDeadline(
                days=tuple(sorted(set(days))),
                month=month,
                year=year,
                before=before,
                days_before=days_before,
                from_day=from_day,
            )
        except ValueError as error:
            self.fail(str(error), start, self.last_end())

    # ------------------------------------------------------------------ within N days

    def within_days_follows(self) -> bool:
        if not any(self.at_number(offset) for offset in range(_LONGEST_LEAD + 1)):
            return False
        first = self.norm()
        for lead in (*_WITHIN_LEADS, ""):
            if lead and _words(lead)[0] != first:
                continue
            length = len(lead.split())
            if lead and not self.looking_at(lead):
                continue
            if self.at_number(length):
                if self.days_range_at(length):
                    return True  # "10 - 15 ngày", "10 ngày - 15 ngày": refused by within_days
                offset = length + 1
                if self.norm(offset) == "(":
                    while self.norm(offset) not in (")", None):
                        offset += 1
                    offset += 1
                date_follows = self.norm(offset + 1) in ("/", "-", ".") and self.at_number(
                    offset + 2
                )
                if self.norm(offset) == "ngày" and not date_follows:
                    return True
        return False

    def days_range_at(self, offset: int) -> bool:
        """Whether two counts of days joined by '-' or 'đến' start at ``offset``."""
        if self.norm(offset + 1) == "ngày":
            offset += 1
        return (
            self.norm(offset + 1) in ("-", "đến")
            and self.at_number(offset + 2)
            and self.norm(offset + 3) == "ngày"
        )

    def within_days(self) -> Deadline:
        self.take_any(*_WITHIN_LEADS)
        if self.days_range_at(0):
            first = self.peek()
            assert first is not None
            self.pos += 4 if self.norm(1) == "ngày" else 3
            self.fail(
                "a time limit is one count of days, not a range: write the one that binds "
                "('trong thời hạn 15 ngày')",
                first.start,
                self.tokens[self.pos].end,
            )
        count = self.number("a number of days")
        self.expect("ngày", "expected 'ngày' after the number of days")
        working = self.take("làm việc")
        if self.norm() == "," and (self.looking_at("bắt đầu từ", 1) or self.looking_at("từ", 1)):
            # "45 ngày, bắt đầu từ ngày 1/3/2026 đến ngày 15/4/2026": the dates say it all;
            # the count is kept as the note.
            self.pos += 1
            self.take_any("bắt đầu từ", "từ")
            ranged = self.day_range(None)
            unit = "ngày làm việc" if working else "ngày"
            return attrs.evolve(ranged, note=f"{count.norm} {unit}")
        trigger: str | None = None
        if self.take_any("kể từ", "tính từ", "từ", "sau khi", "sau") is not None:
            if self.tokens[self.pos - 1].norm == "khi":
                self.pos -= 1  # "sau khi có quyết định": the event is "khi có quyết định"
            start = self.pos
            self.skip_free_text()
            if self.pos == start:
                self.fail("expected the event the days count from, after 'kể từ'")
            trigger = self.verbatim(start, self.pos)
        assert count.value is not None
        if not 1 <= count.value <= 3660:
            self.fail(f"a time limit of {count.value} days is out of range", count.start, count.end)
        return WithinDays(days=count.value, working=working, trigger=trigger)

    # ------------------------------------------------------------------ days and dates

    def date_prefix(self) -> bool:
        """Take "trước", "chậm nhất", "đến hết"…; whether the day itself is excluded."""
        if self.take("đến trước") or self.take("trước"):
            return True
        if self.take("chậm nhất"):
            self.take_any("là", "vào")
            return False
        if self.take("hạn chót"):
            if self.norm() == ":":
                self.pos += 1
            return False
        if self.looking_at("đến") and (
            self.norm(1) in ("hết", "ngày", "thứ")
            or self.day_follows(1)
            # "Đến tháng 6/2026", "Đến năm 2030", "Đến cuối năm 2030": the period or its
            # point, as "đến hết" it.
            or self.month_year_follows(1)
            or self.period_follows(1)
            or self.position_follows(1)
            or self.norm(1) in ("tháng", "quý")
        ):
            self.pos += 1
            self.take("hết")
            return False
        self.take_any("vào", "hết", "trong")
        return False

    def day_follows(self, offset: int = 0) -> bool:
        word = self.norm(offset)
        if word in ("ngày", "thứ", "mùng", "mồng") or self.looking_at("chủ nhật", offset):
            return True
        if self.iso_date_at(offset):
            return True
        first = self.peek(offset)
        if first is None or first.kind != "num":
            return False
        if self.norm(offset + 1) == "tháng":
            # "15 tháng 6 năm 2026": a date written without "ngày", not "3 tháng 1 lần".
            month = self.peek(offset + 2)
            return (
                len(first.norm) <= 2
                and month is not None
                and month.kind == "num"
                and len(month.norm) <= 2
                and self.norm(offset + 3) != "lần"
            )
        return (
            self.norm(offset + 1) in ("/", "-", ".")
            and self.at_number(offset + 2)
            and not self.month_year_follows(offset)
            # "2026 - 2027": two years, no day.
            and not (len(first.norm) == 4 and self.bare_year_at(offset + 2))
        )

    def days_joined(self, offset: int = 0) -> bool:
        """Whether the dash at ``offset`` joins two days of a window, not a day to its month.

        A dash with a space on each side joins ("ngày 10 - 15 hằng tháng"), unless a second
        dash and a number follow, as in a date spaced out ("15 - 3 - 2026"); so does any
        dash before a day of every month ("ngày 10-15 hằng tháng": no date recurs monthly),
        and any dash before a day and its month ("ngày 10-15/3/2026": no date is written
        "day-month/…").
        """
        dash = self.peek(offset)
        if dash is None or dash.norm != "-" or offset + self.pos < 1:
            return False
        before, after = self.tokens[self.pos + offset - 1], self.peek(offset + 1)
        if after is None or self.month_year_follows(offset + 1):
            return False  # "ngày 10 - 12/2026": the dash leads to a month and its year
        if self.norm(offset + 2) in _EVERY_WORDS and self.norm(offset + 3) == "tháng":
            return True
        if self.norm(offset + 2) == "/" and self.at_number(offset + 3):
            return True  # "ngày 10-15/3/2026", "10- 15/3": a day and its month after the dash
        return (
            before.end < dash.start
            and dash.end < after.start
            and not (self.norm(offset + 2) == "-" and self.at_number(offset + 3))
        )

    def window_of_days_follows(self) -> bool:
        """Whether a window of days joined by a spaced dash follows: "ngày 10 - 15 …"."""
        offset = 1 if self.norm() in ("ngày", "mùng", "mồng") else 0
        offset += offset == 1 and self.norm(1) in ("mùng", "mồng")  # "ngày mùng 1 - 5"
        if not (self.at_number(offset) and self.days_joined(offset + 1)):
            return False
        last = offset + 2 + (self.norm(offset + 2) == "ngày")
        return self.at_number(last)

    def iso_date_at(self, offset: int) -> bool:
        """Whether a date is written year first from ``offset``, as ISO 8601 does: "2026-05-15"."""
        year, month, day = self.peek(offset), self.peek(offset + 2), self.peek(offset + 4)
        return (
            year is not None
            and year.kind == "num"
            and len(year.norm) == 4
            and self.norm(offset + 1) == "-"
            and self.norm(offset + 3) == "-"
            and month is not None
            and month.kind == "num"
            and len(month.norm) == 2
            and day is not None
            and day.kind == "num"
            and len(day.norm) == 2
        )

    def month_year_follows(self, offset: int = 0) -> bool:
        """Whether a month and a four-digit year follow: "6/2026", "06-2026"."""
        first, year = self.peek(offset), self.peek(offset + 2)
        return (
            first is not None
            and first.kind == "num"
            and len(first.norm) <= 3  # three figures are refused as a month: "010/2026"
            and self.norm(offset + 1) in ("/", "-", ".")
            and year is not None
            and year.kind == "num"
            and len(year.norm) == 4
            # "6/2026/…" is no month; "03/2026 - 04/2026" is a range of months.
            and not (self.norm(offset + 3) in ("/", ".") and self.at_number(offset + 4))
        )

    def weekday(self) -> int | None:
        if self.take("chủ nhật"):
            weekday = 6
        elif self.looking_at("thứ"):
            token = self.peek(1)
            if token is None:
                self.fail("expected the day of the week after 'thứ'")
            if token.kind == "num" and token.value is not None and 2 <= token.value <= 7:
                weekday = token.value - 2
            elif token.norm in _WEEKDAYS:
                weekday = _WEEKDAYS[token.norm]
            else:
                self.fail(
                    "expected a day of the week after 'thứ' (hai … bảy)", token.start, token.end
                )
            self.pos += 2
        else:
            return None
        if self.norm() == ",":
            self.pos += 1
        return weekday

    def day(self) -> _Day:
        first = self.peek()
        assert first is not None
        weekday = self.weekday()
        if self.last_day_follows():
            return self.last_day(first, weekday)
        self.take("ngày")
        self.take_any("mùng", "mồng")
        if self.iso_date_at(0):
            return self.iso_day(first, weekday)
        day = self.number("the day of the month")
        assert day.value is not None
        self.one_or_two_figures(day, "a day")
        if not 1 <= day.value <= 31:
            self.fail(f"a day of the month is 1 to 31, not {day.value}", day.start, day.end)
        month: int | None = None
        year: int | None = None
        separator = self.norm()
        if separator in ("/", "-", ".") and self.at_number(1) and not self.days_joined():
            self.pos += 1
            month_token = self.number("a month")
            month = self.month_value(month_token)
            if self.norm() == separator and self.at_number(1):
                self.pos += 1
                year = self.year_value(self.number("a year"))
            elif self.norm() != "/":
                year = self.written_year()  # "ngày 15/3 năm 2026", "ngày 15/3, năm 2026"
        elif self.looking_at("tháng") and self.at_number(1):
            self.pos += 1
            month = self.month_value(self.number("a month"))
            year = self.written_year(dashed=True)  # "ngày 15 tháng 3-2026" too
        return _Day(day.value, month, year, weekday, first.start, self.last_end())

    def iso_day(self, first: Token, weekday: int | None) -> _Day:
        """Read "2026-05-15": a date year first, as a spreadsheet or a JSON file writes it."""
        year = self.year_value(self.number("a year"))
        self.pos += 1
        month = self.month_value(self.number("a month"))
        self.pos += 1
        day = self.number("the day of the month")  # two figures: iso_date_at checked them
        assert day.value is not None
        if not 1 <= day.value <= 31:
            self.fail(f"a day of the month is 1 to 31, not {day.value}", day.start, day.end)
        return _Day(day.value, month, year, weekday, first.start, self.last_end())

    def written_year(self, *, dashed: bool = False) -> int | None:
        """Take the year written after a month or a quarter, if one is.

        "/2026", "năm 2026", and after a comma or "của": "tháng 3, năm 2026", "quý IV của
        năm 2026".  With ``dashed``, also "-2026" and ".2026".
        """
        if self.norm() in (",", "của") and self.norm(1) == "năm" and self.at_number(2):
            self.pos += 1
        if (self.norm() in ("/", "năm") and self.at_number(1)) or (
            dashed
            and self.norm() in ("-", ".")
            and self.bare_year_at(1)
            and not self.line_starts()  # "- 2027" on a line of its own: a bullet
        ):
            self.pos += 1
            return self.year_value(self.number("a year"))
        return None

    def last_day_follows(self) -> bool:
        offset = (
            3 if self.looking_at("ngày cuối cùng") else 2 if self.looking_at("ngày cuối") else 0
        )
        if not offset:
            return False
        if self.norm(offset) == "của":
            offset += 1
        return self.norm(offset) == "tháng" and self.at_number(offset + 1)

    def last_day(self, first: Token, weekday: int | None) -> _Day:
        """Read "ngày cuối cùng của tháng 12[/2026]": the month's last day."""
        self.take_any("ngày cuối cùng", "ngày cuối")
        self.take("của")
        self.take("tháng")
        month = self.month_value(self.number("a month"))
        year = self.written_year()
        day = _datemath.days_in_month(2000 if year is None else year, month)
        return _Day(day, month, year, weekday, first.start, self.last_end(), last=True)

    def month_value(self, token: Token) -> int:
        assert token.value is not None
        self.one_or_two_figures(token, "a month")
        if not 1 <= token.value <= 12:
            self.fail(f"a month is numbered 1 to 12, not {token.value}", token.start, token.end)
        return token.value

    def one_or_two_figures(self, token: Token, what: str) -> None:
        """Refuse a day or a month written with a zero before two figures: "010" (01 or 10?)."""
        if len(token.norm) > 2 and token.norm.startswith("0"):
            shown = self.text[token.start : token.end]
            self.fail(
                f"{what} is written in one or two figures, not {shown!r}", token.start, token.end
            )

    def day_expression(
        self, before: bool, time: datetime.time | None, part: DayPart | None, lead: int
    ) -> Deadline:
        """A day, after what may lead to it ("trước", a time, a part of the day) from ``lead``."""
        if time == _END_OF_DAY:
            time = None
        saved = self.pos
        lead_end = self.last_end()
        weekday = self.weekday()
        if weekday is not None and not (
            self.looking_at("ngày") or self.at_number() or self.norm() in ("mùng", "mồng")
        ):
            if part is not None and before:
                self.before_a_part(lead, lead_end, "thứ Sáu hằng tuần")
            return self.weekly(weekday, before, time, part, self.tokens[saved].start)
        self.pos = saved
        day = self.day()
        if part is None and day.year is None and self.norm() in (",", "và"):
            listed = self.listed_days(day, before, time)
            if listed is not None:
                return listed
        recurs = day.month is None or self.yearly_follows() or self.norm() in _EVERY_WORDS
        if part is not None and recurs:
            self.fail(
                f"a part of the day ({self.text[lead:lead_end]!r}) goes with one date, not "
                "with a day that recurs: leave it out, or give a time "
                "('trước 17 giờ ngày 15 hằng tháng')",
                lead,
                lead_end,
            )
        if day.month is None:
            return self.day_in_each(day, before, None, time)
        if self.yearly_follows() or self.norm() in _EVERY_WORDS:
            return self.yearly(day, before, None, time)
        if part is not None and before:
            self.before_a_part(lead, lead_end, "ngày 15/4/2026")
        date = self.resolve_day(day)
        return DateDeadline(date=date, before=before, time=time, part=part)

    def listed_days(self, first: _Day, before: bool, time: datetime.time | None) -> Deadline | None:
        """Days listed before the recurrence they share, or ``None`` if they are not.

        "Ngày 15/6 và 15/12 hằng năm" is due on both days every year, and "Ngày 05 và 20
        hằng tháng" on both days every month (before, the first day was a date of the plan
        year and the second alone recurred; the second was refused).  The days are all
        with their month, or all without, none with a year; what follows the last applies
        to each, "trước" before the first too.
        """
        saved = self.pos
        days = [first]
        try:
            while self.norm() in (",", "và"):
                self.pos += 1
                self.take("ngày")
                if not self.at_number():
                    raise self.error("no day", 0, 0)
                day = self.day()
                if day.year is not None or (day.month is None) != (first.month is None):
                    raise self.error("not a day like the first", 0, 0)
                days.append(day)
            every = self.pos
            if first.month is not None and not (
                self.yearly_follows() or self.norm() in _EVERY_WORDS
            ):
                raise self.error("no recurrence", 0, 0)
            parts: list[Deadline] = []
            for day in days:
                self.pos = every
                if first.month is None:
                    parts.append(self.day_in_each(day, before, None, time))
                else:
                    parts.append(self.yearly(day, before, None, time))
        except DeadlineParseError:
            self.pos = saved
            return None
        unique = tuple(dict.fromkeys(parts))
        return unique[0] if len(unique) == 1 else Compound(parts=unique)

    def before_a_part(self, lead: int, lead_end: int, day: str) -> NoReturn:
        """Refuse "trước chiều …": before a part of the day says no time."""
        self.fail(
            "'trước' goes with a time, not with a part of the day: write "
            f"'trước 17h00 {day}' or 'chiều {day}'",
            lead,
            lead_end,
        )

    def yearly_follows(self, offset: int = 0) -> bool:
        """Whether "hằng năm" (or "của năm báo cáo"…) follows at ``offset``."""
        if self.norm(offset) in _EVERY_WORDS and self.norm(offset + 1) == "năm":
            return True
        return any(self.looking_at(words, offset) for words in _YEARLY)

    def resolve_day(self, day: _Day, fallback_year: int | None = None) -> datetime.date:
        if day.month is not None and day.day > _datemath.days_in_month(2000, day.month):
            self.fail(f"{month_name_en(day.month)} has no day {day.day}", day.start, day.end)
        if day.month is None:
            self.fail(
                "a date needs its month: write 'ngày 15/3/2020' or 'ngày 15 tháng 3 năm 2020'",
                day.start,
                day.end,
            )
        month = day.month
        year = day.year or fallback_year or self.context_year
        if year is not None and day.last:
            day = attrs.evolve(day, day=_datemath.days_in_month(year, month))
        if year is None:
            self.fail(
                f"{self.text[day.start : day.end]!r} has no year: write one, "
                "as in 'ngày 15/3/2020', or give the plan year",
                day.start,
                day.end,
            )
        if day.day > _datemath.days_in_month(year, month):
            self.fail(f"{month_name_en(month)} {year} has no day {day.day}", day.start, day.end)
        date = datetime.date(year, month, day.day)
        if day.weekday is not None and date.weekday() != day.weekday:
            self.fail(
                f"{date:%d/%m/%Y} is a {_WEEKDAYS_EN[date.weekday()]}, "
                "not the day of the week written",
                day.start,
                day.end,
            )
        return date

    def yearly(
        self,
        day: _Day,
        before: bool,
        from_day: _Day | None,
        time: datetime.time | None,
        from_previous: bool = False,
    ) -> Recurring:
        start = self.peek()
        if not self.take_yearly():
            assert start is not None
            self.fail(
                "a day with its month recurs 'hàng năm'",
                start.start,
                self.peek().end if self.peek() else None,  # type: ignore[union-attr]
            )
        for written_day in (from_day, day):
            if written_day is not None and written_day.year is not None:
                self.fail("a recurring day has no year", written_day.start, written_day.end)
        assert day.month is not None  # a day is 1 to 31 when read: "31/11" clips each year
        from_month: int | None = None
        if from_day is not None:
            written = from_day.month or day.month
            if from_previous:
                if written != 12:
                    self.fail(
                        "a window from the year before starts in December ('từ ngày 15/12 "
                        "năm trước')",
                        from_day.start,
                        from_day.end,
                    )
                from_month = 0
            elif written != day.month:
                if written > day.month:
                    self.fail(
                        "the yearly window ends before it starts: write 'năm trước' for a "
                        "window from the year before",
                        from_day.start,
                        day.end,
                    )
                from_month = written
            else:
                self.window_runs_forward(from_day, day, before and time is None, day.month)
        return Recurring(
            unit=PeriodUnit.YEAR,
            day=day.day,
            month=day.month,
            before=before,
            from_day=None if from_day is None else from_day.day,
            from_month=from_month,
            time=time,
        )

    def take_yearly(self) -> bool:
        if self.norm() in _EVERY_WORDS and self.norm(1) == "năm":
            self.pos += 2
            return True
        return self.take_any(*_YEARLY) is not None

    def day_in_each(
        self,
        day: _Day,
        before: bool,
        from_day: _Day | None,
        time: datetime.time | None,
        from_previous: bool = False,
        from_at: tuple[PeriodUnit, int] | None = None,
    ) -> Deadline:
        """Read what follows a day without a month: "hàng tháng", "của tháng cuối quý"…."""
        opens = None if from_day is None else from_day.day

        def monthly() -> Recurring:
            if from_day is not None and not from_previous:
                self.window_runs_forward(from_day, day, before and time is None, None)
            return Recurring(
                unit=PeriodUnit.MONTH,
                day=day.day,
                before=before,
                from_day=opens,
                from_month=0 if from_previous else None,
                time=time,
            )

        if self.norm() in _EVERY_WORDS and self.norm(1) == "tháng" and self.norm(2) != "cuối":
            self.pos += 2
            return monthly()
        self.take_any("của", "thuộc")
        if not self.take("tháng"):
            self.fail(
                "after a day without its month, expected 'hàng tháng', 'của tháng cuối quý' "
                "or 'của tháng cuối kỳ báo cáo'"
            )
        if self.take_any("thuộc kỳ báo cáo", "của kỳ báo cáo", "báo cáo") is not None:
            return monthly()
        position_token = self.peek()
        position = self.month_position()
        if position is None:
            self.fail("expected which month: 'đầu', 'cuối', 'thứ 2' or 'tiếp theo'")
        self.take_any("của", "thuộc")
        if position == "next" or self.looking_at("kỳ báo cáo"):
            if opens is not None:
                self.fail("a window of days is not allowed relative to a reporting period")
            self.expect("kỳ báo cáo", "expected 'kỳ báo cáo' after the month")
            relative = {
                "first": PeriodMonth.FIRST,
                "last": PeriodMonth.LAST,
                "next": PeriodMonth.NEXT,
            }
            if position not in relative:
                assert position_token is not None
                self.fail(
                    "only the first, last or next month of a reporting period is known",
                    position_token.start,
                    position_token.end,
                )
            return RelativeToPeriod(day=day.day, month=relative[position], before=before)
        self.take_any(*_EVERY_WORDS)
        unit_start = self.peek()
        found = self.period_unit_word()
        if found is not None:
            unit = found
        elif self.take("năm"):
            unit = PeriodUnit.YEAR
        else:
            self.fail("expected 'quý', '6 tháng' or 'kỳ báo cáo' after the month")
        months = unit.months
        following = self.take_any(
            "tiếp theo", "kế tiếp", "sau liền kề", "liền kề", "liền sau", "sau"
        )
        self.take_any("thuộc kỳ báo cáo", "của kỳ báo cáo")
        if position == "first":
            index = 1
        elif position == "last":
            index = months
        elif position == "before":
            index = 0
        else:
            index = int(position)
            if not 1 <= index <= months:
                assert unit_start is not None
                self.fail(
                    f"a {unit.label_vi} has {months} months, not a month {index}",
                    position_token.start if position_token else 0,
                    unit_start.end,
                )
        if following is not None:
            if unit is PeriodUnit.YEAR:
                self.fail(
                    f"the first month of the next year is January: write 'ngày {day.day:02d}/01 "
                    "hằng năm'",
                    position_token.start if position_token else 0,
                    self.last_end(),
                )
            if index != 1 or unit is PeriodUnit.NINE_MONTHS:
                self.fail(
                    "of the next period, only its first month is known ('tháng đầu quý tiếp theo')",
                    position_token.start if position_token else 0,
                    self.last_end(),
                )
            index = months + 1
        if index == 0:
            self.fail("a deadline falls in the period, not in the month before it")
        from_month = 0 if from_previous else None
        if from_at is not None:
            opened = (from_day or day).start
            if from_at[0] is not unit:
                self.fail(
                    "a window opens and closes in one kind of period, not in a "
                    f"{from_at[0].label_vi!r} and a {unit.label_vi!r}: write the same at both "
                    "ends ('từ ngày 20 tháng cuối quý đến ngày 10 tháng đầu quý tiếp theo')",
                    opened,
                    self.last_end(),
                )
            if from_at[1] > index:
                self.fail(
                    f"the window opens in month {from_at[1]} of the {unit.label_vi!r} and "
                    f"closes in month {index}, before it: for a window into the next "
                    f"{unit.label_vi!r}, write 'tháng đầu {unit.label_vi} tiếp theo'",
                    opened,
                    self.last_end(),
                )
            from_month = None if from_at[1] == index else from_at[1]
        if from_day is not None and from_month is None and not from_previous:
            self.window_runs_forward(from_day, day, before and time is None, None, monthly=False)
        return Recurring(
            unit=unit,
            day=day.day,
            month=index,
            before=before,
            from_day=opens,
            from_month=from_month,
            time=time,
        )

    def window_runs_forward(
        self, first: _Day, last: _Day, before: bool, month: int | None, *, monthly: bool = True
    ) -> None:
        """Refuse a window within one month whose last day comes before its first.

        ``before`` is "trước" the last day without a time: the window closes the day before.
        ``month`` is the month of a yearly window, ``None`` for a day of each month (each
        month, or one month of each period when not ``monthly``).
        """
        if first.day <= last.day - (1 if before else 0):
            return
        if month is None:
            opens, closes = f"day {first.day:02d}", f"day {last.day:02d}"
        else:
            opens, closes = f"{first.day:02d}/{month:02d}", f"{last.day:02d}/{month:02d}"
        if before:
            self.fail(
                f"'trước' ends the window the day before {closes}, before it opens on {opens}",
                first.start,
                last.end,
            )
        reason = f"the window ends ({closes}) before it opens ({opens})"
        if month is None and monthly:
            reason += (
                ": for a window from the month before, write "
                f"'từ ngày {first.day:02d} tháng trước đến ngày {last.day:02d} hằng tháng'"
            )
        elif month == 12:
            reason += (
                ": for a window from the year before, write "
                f"'từ ngày {first.day:02d}/12 năm trước đến ngày {last.day:02d}/12 hằng năm'"
            )
        self.fail(reason, first.start, last.end)

    def month_of_period(self) -> tuple[PeriodUnit, int] | None:
        """Read "của tháng đầu quý", "của tháng trước quý": the month a window opens in."""
        saved = self.pos
        self.take_any("của", "thuộc")
        if self.take("tháng"):
            position = self.month_position()
            unit = self.period_unit_word() if position not in (None, "next") else None
            if unit is not None and position is not None:
                index = {"before": 0, "first": 1, "last": unit.months}.get(position)
                return unit, int(position) if index is None else index
        self.pos = saved
        return None

    def period_unit_word(self) -> PeriodUnit | None:
        if self.take_any("kỳ 6 tháng", "6 tháng", "sáu tháng", "06 tháng") is not None:
            return PeriodUnit.HALF_YEAR
        if self.take_any("kỳ 9 tháng", "9 tháng", "chín tháng") is not None:
            return PeriodUnit.NINE_MONTHS
        if self.take("quý"):
            return PeriodUnit.QUARTER
        return None

    def month_position(self) -> str | None:
        if self.take("đầu"):
            self.take("tiên")
            return "first"
        if self.take("cuối"):
            self.take("cùng")
            return "last"
        if self.take("trước"):
            return "before"
        if self.take_any("tiếp theo", "kế tiếp", "sau") is not None:
            self.take("sau")
            return "next"
        if self.take("giữa"):
            return "2"
        if self.take("thứ"):
            token = self.peek()
            words = {"hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "nhất": 1}
            if token is not None and token.kind == "num" and token.value is not None:
                self.pos += 1
                return str(token.value)
            if token is not None and token.norm in words:
                self.pos += 1
                return str(words[token.norm])
            self.fail("expected the month's number after 'tháng thứ'")
        return None

    def day_range(self, opens_time: datetime.time | None) -> Deadline:
        """From the first day: "1/4 đến hết ngày 10/4/2020", "ngày 1 đến ngày 5 hằng tháng"."""
        if opens_time in (_END_OF_DAY, datetime.time(0, 0)):
            opens_time = None
        first = self.day()
        from_previous = False
        from_at: tuple[PeriodUnit, int] | None = None
        if first.month is None:
            from_at = self.month_of_period()
        if from_at is not None:
            pass
        elif self.take_any(
            "của tháng trước kỳ báo cáo",
            "tháng trước kỳ báo cáo",
            "thuộc tháng trước",
            "tháng trước",
        ):
            if first.month is not None:
                self.fail("a day of the month before has no month of its own", first.start)
            from_previous = True
        elif self.take_any("năm trước kỳ báo cáo", "của năm trước kỳ báo cáo", "năm trước"):
            if first.month is None:
                self.fail("a day of the year before needs its month", first.start)
            from_previous = True
        if self.take_any("đến", "-") is None:
            opened = self.text[first.start : self.last_end()]
            later = [t.norm for t in self.tokens[self.pos :]]
            if "đến" in later:
                stop = self.pos + later.index("đến")
                self.fail(
                    f"expected 'đến' after {opened!r}, not "
                    f"{self.verbatim(self.pos, stop)!r}: the first day is a date ('ngày "
                    "15/3'), a day of the month before or of a month of a quarter ('ngày 15 "
                    "tháng cuối quý')",
                    self.tokens[self.pos].start,
                    self.tokens[stop - 1].end,
                )
            example = (
                "từ ngày 25 tháng trước đến ngày 05 hằng tháng"
                if first.month is None
                else "từ ngày 01/3/2026 đến ngày 14/4/2026"
            )
            self.fail(
                f"a window needs its last day: write 'đến' and the day after {opened!r} "
                f"({example!r})",
                first.start,
                self.last_end(),
            )
        before = self.date_prefix()
        time = self.clock_time()
        if time == _END_OF_DAY:
            time = None
        last = self.day()
        if last.month is None:
            if first.month is not None:
                self.fail("the range's last day needs a month too", last.start, last.end)
            return self.day_in_each(last, before, first, time, from_previous, from_at)
        if from_at is not None:
            self.fail(
                f"the window opens in a month of the {from_at[0].label_vi!r}, so it closes in "
                f"one too: write the last day as 'ngày {last.day:02d} tháng cuối "
                f"{from_at[0].label_vi}', not as a date",
                last.start,
                last.end,
            )
        if self.yearly_follows():
            return self.yearly(last, before, first, time, from_previous)
        if from_previous and first.month is None:
            self.fail(
                "a window from the month before recurs monthly: write the last day without "
                f"its month ('… đến ngày {last.day:02d} hằng tháng')",
                first.start,
                last.end,
            )
        if from_previous:
            self.fail(
                "a window from the year before recurs: add 'hằng năm' ('… đến ngày "
                f"{last.day:02d}/{last.month:02d} hằng năm'), or write the years of both days",
                first.start,
                last.end,
            )
        end = self.resolve_day(last)
        fallback = end.year if first.year is None else None
        opens = self.resolve_day(
            first if first.month else attrs.evolve(first, month=end.month), fallback
        )
        due = end - datetime.timedelta(days=1) if before and time is None else end
        if opens > due:
            self.fail(
                f"the range ends ({due:%d/%m/%Y}) before it starts ({opens:%d/%m/%Y})",
                first.start,
                last.end,
            )
        return DateDeadline(date=end, before=before, opens=opens, time=time, opens_time=opens_time)

    # ------------------------------------------------------------------ periods

    def period_follows(self, offset: int = 0) -> bool:
        if self.month_year_follows(offset):
            return True
        word = self.norm(offset)
        if word in ("tháng", "quý"):
            return self.at_number(offset + 1) or (
                word == "quý"
                and self.peek(offset + 1) is not None
                and self.peek(offset + 1).kind == "word"  # type: ignore[union-attr]
            )
        if word == "năm":
            return self.at_number(offset + 1)
        if word == "cả" and self.norm(offset + 1) == "năm":
            return True
        if self.norm(offset + 1) == "tháng" and self.norm(offset + 2) in ("đầu", "cuối"):
            return self.at_number(offset) or word in ("sáu", "chín")
        return False

    def whole_year_after_trong(self) -> bool:
        """Take "năm" of a bare "Trong năm" (no number after it)."""
        if (
            self.pos > 0
            and self.tokens[self.pos - 1].norm == "trong"
            and self.looking_at("năm")
            and not self.at_number(1)
        ):
            self.pos += 1
            return True
        return False

    def period_list(self, *, spans_only: bool = False, single: bool = False) -> PeriodDeadline:
        items: list[_Item] = []
        joiner: str | None = None
        while True:
            lead = self.peek()
            if self.take("trong") and not (
                self.period_follows()
                or (self.tokens[self.pos - 1].norm == "trong" and self.looking_at("năm"))
            ):
                assert lead is not None
                self.period_missing(lead)
            # Every way here reads a period next: the callers look for one first.
            assert self.period_follows() or self.tokens[self.pos - 1].norm == "trong"
            items.extend(self.period_item(joiner))
            saved = self.pos
            joiner = None if single else self.period_joiner()
            if spans_only and joiner == _LIST:
                self.pos = saved
                joiner = None
            if joiner is None:
                break
        return self.build_periods(items)

    def period_missing(self, lead: Token | None) -> NoReturn:
        """Refuse "trong tháng", "Quý": a period word without its number."""
        unit = self.peek()
        roman = self.peek(1)
        if (
            unit is not None
            and unit.norm == "tháng"
            and roman is not None
            and (roman.norm in _ROMAN_MONTHS)
        ):
            self.fail(
                f"a month is numbered in figures ('tháng {_ROMAN_MONTHS[roman.norm]}'), not "
                f"{self.text[roman.start : roman.end]!r}",
                roman.start,
                roman.end,
            )
        if unit is not None and unit.norm in ("tháng", "quý"):
            first = unit if lead is None else lead
            written = self.text[first.start : unit.end]
            example, which = (
                ("tháng 5/2026", "month")
                if unit.norm == "tháng"
                else (
                    "quý II/2026",
                    "quarter",
                )
            )
            self.fail(
                f"{written!r} needs which {which}: write "
                f"'{'' if lead is None else lead.norm + ' '}{example}', or "
                f"'hằng {unit.norm}' for every {which}",
                first.start,
                unit.end,
            )
        assert lead is not None
        self.fail(f"expected a period after {lead.norm!r} ('trong Quý II/2026')")

    def period_joiner(self) -> str | None:
        """Take the word between two periods, if a period follows it."""
        word = self.norm()
        for phrase, kind in (
            (",", _LIST),
            ("và", _LIST),
            ("-", _SPAN),
            ("đến", _SPAN),
        ):
            if word == phrase:
                offset = 1
                if word == "," and self.norm(1) == "và":
                    offset += 1  # "Quý I, và quý II/2026"
                if self.norm(offset) in ("trong", "hết"):
                    offset += 1
                if self.period_follows(offset):
                    if kind is _SPAN and word == "-" and self.line_starts():
                        kind = _LIST  # a bullet that opens a line lists, it does not span
                    self.pos += offset
                    return kind
        if self.period_follows() or (self.looking_at("trong") and self.period_follows(1)):
            return _LIST
        return None

    def period_item(self, joiner: str | None) -> list[_Item]:
        start = self.peek()
        assert start is not None
        if self.month_year_follows():
            return self.numbered(PeriodUnit.MONTH, joiner, start)
        if self.take("tháng"):
            return self.numbered(PeriodUnit.MONTH, joiner, start)
        if self.take("quý"):
            return self.numbered(PeriodUnit.QUARTER, joiner, start)
        if self.take("cả năm") or self.whole_year_after_trong():
            # "Cả năm", "Trong năm": the whole year, the plan year unless one is written.
            if self.at_number():
                return [self.year_item(joiner)]
            return [_Item(PeriodUnit.YEAR, 1, None, start.start, self.last_end(), joiner)]
        if self.take("năm"):
            items = [self.year_item(joiner)]
            while (
                self.norm() in ("-", ",", "và", "đến")
                and self.at_number(1)
                and self.norm(2) != "tháng"
            ):
                kind = _SPAN if self.norm() in ("-", "đến") else _LIST
                self.pos += 1
                items.append(self.year_item(kind))
            return items
        count = self.peek()
        assert count is not None
        months = count.value if count.kind == "num" else {"sáu": 6, "chín": 9}.get(count.norm)
        self.pos += 2  # the count and "tháng"
        position = self.take_any("đầu", "cuối")
        if months == 6:
            unit, index = PeriodUnit.HALF_YEAR, (1 if position == "đầu" else 2)
        elif months == 9 and position == "đầu":
            unit, index = PeriodUnit.NINE_MONTHS, 1
        else:
            self.fail(
                "expected '6 tháng đầu năm', '6 tháng cuối năm' or '9 tháng đầu năm'",
                count.start,
                self.last_end(),
            )
        self.take("năm")
        year = self.year_value(self.number("a year")) if self.at_number() else None
        return [_Item(unit, index, year, count.start, self.last_end(), joiner)]

    def year_item(self, joiner: str | None) -> _Item:
        token = self.number("a year")
        return _Item(PeriodUnit.YEAR, 1, self.year_value(token), token.start, token.end, joiner)

    def numbered(self, unit: PeriodUnit, joiner: str | None, start: Token) -> list[_Item]:
        """The numbers after "tháng" or "quý": "5/2020", "II, III/2020", "3 - 6 năm 2021"."""
        items = [self.period_number(unit, joiner, start.start)]
        while self.norm() in (",", "-", "và") and self.number_follows(unit, 1):
            kind = _SPAN if self.norm() == "-" else _LIST
            self.pos += 1
            items.append(self.period_number(unit, kind, None))
        year = self.written_year(dashed=True)
        if year is not None:
            for item in items:
                item.year = year
            items[-1].end = self.last_end()
        return items

    def number_follows(self, unit: PeriodUnit, offset: int) -> bool:
        token = self.peek(offset)
        if token is None:
            return False
        if token.kind == "num":
            return len(token.norm) < 4 and self.norm(offset + 1) not in ("ngày", "tháng")
        return unit is PeriodUnit.QUARTER and token.norm in (*_ROMAN, "v", "vi")

    def period_number(self, unit: PeriodUnit, joiner: str | None, start: int | None) -> _Item:
        token = self.peek()
        assert token is not None  # every caller has seen the number (or numeral) follow
        if unit is PeriodUnit.MONTH:
            number = self.number("a month number")
            value = self.month_value(number)
        else:
            self.pos += 1
            if token.kind == "num":
                self.number_in_words(token)
                value = token.value if token.value is not None else 0
            else:
                value = _ROMAN.get(token.norm, 0)
            if not 1 <= value <= 4:
                shown = self.text[token.start : token.end]
                self.fail(
                    f"a quarter is numbered I to IV (1 to 4), not {shown!r}", token.start, token.end
                )
        return _Item(unit, value, None, token.start if start is None else start, token.end, joiner)

    def build_periods(self, items: Sequence[_Item]) -> PeriodDeadline:
        years = [item.year for item in items]
        # The nearest item with a written year on each side, in one pass each: a list of
        # many periods without a year stays linear.
        later: list[int | None] = [None] * len(items)
        earlier: list[int | None] = [None] * len(items)
        nearest: int | None = None
        for i in range(len(items) - 1, -1, -1):
            later[i] = nearest
            if years[i] is not None:
                nearest = i
        nearest = None
        for i in range(len(items)):
            earlier[i] = nearest
            if years[i] is not None:
                nearest = i
        for i, item in enumerate(items):
            if item.year is not None:
                continue
            item.year = self.inherited_year(items, years, i, later[i], earlier[i])
            if item.year is None:
                written = self.text[item.start : item.end]
                if item.unit in (PeriodUnit.MONTH, PeriodUnit.QUARTER):
                    example = f"{written}/2026"
                else:
                    example = (
                        f"{written} 2026" if written.endswith("năm") else f"{written} năm 2026"
                    )
                self.fail(
                    f"{written!r} has no year: write one, as in {example!r}, or give the plan year",
                    item.start,
                    item.end,
                )
        windows: list[Window] = []
        first_of: list[_Item] = []
        for item in items:
            assert item.year is not None
            period: Period = period_of(item.unit, item.year, item.index)
            if item.joiner == _SPAN and windows:
                previous = windows[-1]
                if type(previous.last) is not type(period):
                    self.fail(
                        "a range runs between periods of one kind", first_of[-1].start, item.end
                    )
                if period.start < previous.first.start:
                    self.fail(
                        f"the range ends ({period}) before it starts ({previous.first})",
                        first_of[-1].start,
                        item.end,
                    )
                windows[-1] = Window(previous.first, period)
            else:
                windows.append(Window.of(period))
                first_of.append(item)
        # Periods of one kind tile the year and windows run forward: merging cannot fail.
        return PeriodDeadline(windows=merge_windows(windows))

    def inherited_year(
        self,
        items: Sequence[_Item],
        years: list[int | None],
        i: int,
        later: int | None,
        earlier: int | None,
    ) -> int | None:
        """The year of a period written without one.

        It is the year written next after it (on ``items[later]``), unless that would put
        it after the period that year is written on ("Quý IV và Quý I/2022": IV/2021);
        else the year written before it (on ``items[earlier]``), unless that would put it
        before its period ("Quý IV/2021 - Quý I": I/2022); else the plan year.
        """
        item = items[i]
        if later is not None:
            year = years[later]
            assert year is not None
            anchor = period_of(items[later].unit, year, items[later].index)
            if period_of(item.unit, year, item.index).start > anchor.end:
                return self.year_beside(item, anchor, year - 1)
            return year
        if earlier is not None:
            year = years[earlier]
            assert year is not None
            anchor = period_of(items[earlier].unit, year, items[earlier].index)
            if period_of(item.unit, year, item.index).end < anchor.start:
                return self.year_beside(item, anchor, year + 1)
            return year
        return self.context_year

    def year_beside(self, item: _Item, anchor: Period, year: int) -> int:
        """``year``, the year a period takes from the period ``anchor`` beside it, if read."""
        if not MIN_YEAR <= year <= MAX_YEAR:
            beside = str(anchor)[:1].lower() + str(anchor)[1:]
            self.fail(
                f"{self.text[item.start : item.end]!r} beside {beside} would fall in {year}, "
                f"outside {MIN_YEAR}–{MAX_YEAR}",
                item.start,
                item.end,
            )
        return year

    # ------------------------------------------------------------------ roll note

    def roll_note_follows(self) -> bool:
        offset = 1 if self.norm() in ("(", ",", ";") else 0
        return self.norm(offset) == "nếu"

    def roll_note(self) -> bool:
        """Take "(nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)"."""
        if not self.roll_note_follows():
            return False
        opened = self.norm() == "("
        saved = self.pos
        if self.norm() in ("(", ",", ";"):
            self.pos += 1
        first = self.pos
        while not self.done() and self.norm() != ")":
            self.pos += 1
        words = [t.norm for t in self.tokens[first : self.pos]]
        note = " ".join(w for w in words if w != ",")
        start = self.tokens[first].start
        if opened:
            if self.done():
                bracket = self.tokens[first - 1]
                self.fail(
                    "the bracket opened before 'nếu' is not closed", bracket.start, bracket.end
                )
            self.pos += 1
        unknown = [w for w in words if w not in _ROLL_WORDS]
        if unknown and "nghỉ" not in words:
            # Not about days off at all ("(nếu có)"): a note, read by the caller.
            self.pos = saved
            return False
        if unknown or "nghỉ" not in words or not note.endswith(_ROLL_ENDINGS):
            self.fail(
                "expected a note that a day off moves the deadline to the next working day "
                "('nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo')",
                self.tokens[first - 1].start if opened else start,  # the whole bracket
                self.tokens[self.pos - 1].end,
            )
        return True
