"""Private machinery: the recursive-descent grammar of deadline phrases.

The public entry point is :func:`cchc_model.language.deadlines.parse_deadline`; its docs and the
"Deadline language" page describe what this grammar accepts.  Every rejection raises
:class:`~cchc_model.errors.DeadlineParseError` with the span of the offending tokens.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import NoReturn

import attrs

from cchc_model.errors import DeadlineParseError
from cchc_model.language import _datemath
from cchc_model.language._lexer import Token, normalize, number_from_words, tokenize
from cchc_model.language._vocabulary import ACTIONS, CONNECTORS
from cchc_model.language.deadlines import (
    ByRegulation,
    Continuous,
    DateDeadline,
    Deadline,
    PeriodDeadline,
    PeriodMonth,
    Phase,
    Phased,
    Recurring,
    RelativeToPeriod,
    Window,
    WithinDays,
    merge_windows,
)
from cchc_model.language.periods import (
    MAX_YEAR,
    MIN_YEAR,
    Period,
    PeriodUnit,
    month_name_en,
    period_of,
)

__all__ = ["parse"]

_BULLETS = ("-", "•", "*", "+")
_EVERY_WORDS = ("hàng", "hằng", "mỗi")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
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


def parse(text: str, *, year: int | None) -> Deadline:
    """Parse ``text``; see :func:`cchc_model.language.deadlines.parse_deadline`."""
    if not isinstance(text, str):
        raise TypeError(f"a deadline phrase must be a str, not {type(text).__name__}")
    nfc = normalize(text)
    return _Parser(nfc, tokenize(nfc), year).phrase()


class _Parser:
    def __init__(self, text: str, tokens: list[Token], year: int | None) -> None:
        self.text = text
        self.tokens = tokens
        self.pos = 0
        self.context_year = year

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
        return all(self.norm(offset + i) == part for i, part in enumerate(phrase.split()))

    def take(self, phrase: str) -> bool:
        if self.looking_at(phrase):
            self.pos += len(phrase.split())
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
        if start is None:
            token = self.peek()
            if token is None:
                start = end = len(self.text)
            else:
                start, end = token.start, token.end
        raise DeadlineParseError(reason, text=self.text, span=(start, end or start + 1))

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

    # ------------------------------------------------------------------ phrase and phases

    def phrase(self) -> Deadline:
        if not self.tokens:
            self.fail("the deadline phrase is empty", 0, len(self.text))
        self.take_bullet_before_action()
        segments = [self.segment()]
        while not self.done():
            if not self.take_bullet_before_action():
                token = self.peek()
                assert token is not None
                self.fail(f"unexpected {self.text[token.start : token.end]!r} after the deadline")
            segments.append(self.segment())
        if len(segments) == 1:
            action, deadline, _ = segments[0]
            return attrs.evolve(deadline, action=action)
        phases = []
        for action, deadline, start in segments:
            if action is None:
                self.fail(
                    "each phase of a phased deadline starts with its milestone "
                    "('Ban hành', 'Kết thúc', 'Thực hiện'…)",
                    start,
                    start + 1,
                )
            milestone = action.lower().removesuffix(" vào")
            phases.append(Phase(milestone, deadline))
        return Phased(phases=tuple(phases))

    def take_bullet_before_action(self) -> bool:
        """Take a bullet or separator that opens a phase ("- Kết thúc …")."""
        if self.norm() in (*_BULLETS, ";", ",") and self.action_length(1) > 0:
            self.pos += 1
            return True
        return False

    def segment(self) -> tuple[str | None, Deadline, int]:
        token = self.peek()
        start = token.start if token is not None else len(self.text)
        action = self.action()
        deadline = self.expression()
        if self.roll_note():
            deadline = attrs.evolve(deadline, rolls_forward=True)
        while self.norm() == "." or (self.norm() == "/" and self.norm(1) == "."):
            self.pos += 1
        return action, deadline, start

    # ------------------------------------------------------------------ actions

    def action_length(self, offset: int = 0) -> int:
        """How many tokens of action words start at ``offset`` (0 if none)."""
        for phrase in ACTIONS:
            if self.looking_at(phrase, offset):
                length = len(phrase.split())
                if phrase == "định kỳ" and self.recurrence_follows(offset + length):
                    continue
                return length
        return 0

    def recurrence_follows(self, offset: int) -> bool:
        return self.norm(offset) in _EVERY_WORDS or (
            self.at_number(offset) and self.norm(offset + 1) == "tháng"
        )

    def action(self) -> str | None:
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
            self.fail(_EXPECTED)
        if self.looking_at("thường xuyên") or self.looking_at("liên tục"):
            return self.continuous()
        if self.take("theo quy định"):
            return self.regulation()
        if self.norm() in _EVERY_WORDS:
            return self.every()
        if self.looking_at("định kỳ"):
            self.pos += 2
            return self.every(after_dinh_ky=True)
        if self.within_days_follows():
            return self.within_days()
        if (self.looking_at("từ") and self.norm(1) in ("ngày", "thứ")) or (
            self.looking_at("từ") and self.at_number(1)
        ):
            self.pos += 1
            return self.day_range()
        prefix_start = self.peek()
        before = self.date_prefix()
        if self.day_follows():
            return self.day_expression(before)
        if self.period_follows() or self.looking_at("trong") or self.looking_at("từ"):
            if before:
                assert prefix_start is not None
                self.fail(
                    "'trước' goes with a date ('trước ngày 15/3/2020'), not a period",
                    prefix_start.start,
                    self.last_end(),
                )
            return self.period_list()
        token = self.peek()
        if token is None:
            self.fail(_EXPECTED)
        raise DeadlineParseError(
            f"{_EXPECTED}, not {self.text[token.start : token.end]!r}",
            text=self.text,
            span=(token.start, token.end),
        )

    def continuous(self) -> Continuous:
        self.take_any("thường xuyên", "liên tục")
        if self.norm() == "," and self.looking_at("liên tục", 1):
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
        while not self.done() and not self.take_bullet_lookahead() and not self.roll_note_follows():
            self.pos += 1
        if self.pos == start:
            self.fail(f"expected what regulates it after 'theo quy định {preposition}'")
        return ByRegulation(reference=self.verbatim(start, self.pos), preposition=preposition)

    def verbatim(self, first: int, stop: int) -> str:
        """The original text of tokens ``first`` to ``stop`` (excluded), single-spaced."""
        raw = self.text[self.tokens[first].start : self.tokens[stop - 1].end]
        return " ".join(raw.split())

    def take_bullet_lookahead(self) -> bool:
        return self.norm() in (*_BULLETS, ";", ",") and self.action_length(1) > 0

    # ------------------------------------------------------------------ recurrences

    def every(self, *, after_dinh_ky: bool = False) -> Recurring:
        start = self.peek()
        if after_dinh_ky and self.at_number():
            token = self.number("a number of months")
            self.pos += 1  # "tháng": recurrence_follows() saw it
            units = {1: PeriodUnit.MONTH, 3: PeriodUnit.QUARTER, 6: PeriodUnit.HALF_YEAR}
            unit = units.get(token.value or 0, PeriodUnit.YEAR if token.value == 12 else None)
            if unit is None:
                self.fail(
                    f"a recurrence is every 1, 3, 6 or 12 months, not {token.norm}",
                    token.start,
                    token.end,
                )
            return Recurring(unit=unit)
        if self.take_any(*_EVERY_WORDS) is None:
            self.fail("expected 'hàng tháng', 'hàng quý', 'hàng năm' or 'định kỳ 6 tháng'")
        unit = self.every_unit()
        if unit is None:
            assert start is not None
            self.fail("expected 'tháng', 'quý', '6 tháng' or 'năm' after 'hàng'")
        return Recurring(unit=unit)

    def every_unit(self) -> PeriodUnit | None:
        if self.take("6 tháng") or self.take("06 tháng") or self.take("sáu tháng"):
            return PeriodUnit.HALF_YEAR
        word = self.take_any("tháng", "quý", "năm")
        return {
            "tháng": PeriodUnit.MONTH,
            "quý": PeriodUnit.QUARTER,
            "năm": PeriodUnit.YEAR,
        }.get(word or "")

    # ------------------------------------------------------------------ within N days

    def within_days_follows(self) -> bool:
        for lead in (
            "trong thời hạn",
            "trong vòng",
            "trong",
            "không quá",
            "tối đa",
            "chậm nhất là",
            "chậm nhất",
            "sau",
            "",
        ):
            length = len(lead.split())
            if lead and not self.looking_at(lead):
                continue
            if self.at_number(length):
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

    def within_days(self) -> WithinDays:
        self.take_any(
            "trong thời hạn",
            "trong vòng",
            "trong",
            "không quá",
            "tối đa",
            "chậm nhất là",
            "chậm nhất",
            "sau",
        )
        count = self.number("a number of days")
        self.expect("ngày", "expected 'ngày' after the number of days")
        working = self.take("làm việc")
        trigger: str | None = None
        if self.take_any("kể từ", "tính từ", "từ", "sau khi", "sau") is not None:
            start = self.pos
            while (
                not self.done()
                and not self.take_bullet_lookahead()
                and not self.roll_note_follows()
            ):
                self.pos += 1
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
        if self.looking_at("đến") and self.norm(1) in ("hết", "ngày", "thứ"):
            self.pos += 1
            self.take("hết")
            return False
        self.take_any("vào", "hết", "trong")
        return False

    def day_follows(self) -> bool:
        word = self.norm()
        if word in ("ngày", "thứ", "mùng", "mồng") or self.looking_at("chủ nhật"):
            return True
        return self.at_number() and self.norm(1) in ("/", "-", ".") and self.at_number(2)

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
        self.take("ngày")
        self.take_any("mùng", "mồng")
        day = self.number("the day of the month")
        assert day.value is not None
        month: int | None = None
        year: int | None = None
        separator = self.norm()
        if separator in ("/", "-", ".") and self.at_number(1):
            self.pos += 1
            month_token = self.number("a month")
            month = self.month_value(month_token)
            if self.norm() == separator and self.at_number(1):
                self.pos += 1
                year = self.year_value(self.number("a year"))
        elif self.looking_at("tháng") and self.at_number(1):
            self.pos += 1
            month = self.month_value(self.number("a month"))
            if self.take("năm"):
                year = self.year_value(self.number("a year"))
            elif self.norm() == "/" and self.at_number(1):
                self.pos += 1
                year = self.year_value(self.number("a year"))
        end = self.last_end()
        if not 1 <= day.value <= 31:
            self.fail(f"a day of the month is 1 to 31, not {day.value}", day.start, day.end)
        if month is not None and day.value > _datemath.days_in_month(2000, month):
            self.fail(f"{month_name_en(month)} has no day {day.value}", first.start, end)
        self.lunar_note()
        return _Day(day.value, month, year, weekday, first.start, end)

    def month_value(self, token: Token) -> int:
        assert token.value is not None
        if not 1 <= token.value <= 12:
            self.fail(f"a month is numbered 1 to 12, not {token.value}", token.start, token.end)
        return token.value

    def lunar_note(self) -> None:
        """Skip a bracketed lunar-calendar note: "(tức ngày 29 tháng Chạp năm Kỷ Hợi)"."""
        if self.norm() != "(":
            return
        close = self.pos
        while close < len(self.tokens) and self.tokens[close].norm != ")":
            close += 1
        words = {t.norm for t in self.tokens[self.pos : close]}
        if close < len(self.tokens) and ({"tức", "nhằm", "âl"} & words or {"âm", "lịch"} <= words):
            self.pos = close + 1

    def day_expression(self, before: bool) -> Deadline:
        day = self.day()
        if day.month is None:
            return self.day_in_each(day, before, None)
        if self.norm() in _EVERY_WORDS:
            return self.yearly(day, before)
        return self.full_date(day, before)

    def full_date(
        self, day: _Day, before: bool, *, fallback_year: int | None = None
    ) -> DateDeadline:
        date = self.resolve_day(day, fallback_year)
        return DateDeadline(date=date, before=before)

    def resolve_day(self, day: _Day, fallback_year: int | None = None) -> datetime.date:
        if day.month is None:
            self.fail(
                "a date needs its month: write 'ngày 15/3/2020' or 'ngày 15 tháng 3 năm 2020'",
                day.start,
                day.end,
            )
        year = day.year or fallback_year or self.context_year
        if year is None:
            self.fail(
                f"{self.text[day.start : day.end]!r} has no year: write one, "
                "as in 'ngày 15/3/2020', or give the plan year",
                day.start,
                day.end,
            )
        if day.day > _datemath.days_in_month(year, day.month):
            self.fail(f"{month_name_en(day.month)} {year} has no day {day.day}", day.start, day.end)
        date = datetime.date(year, day.month, day.day)
        if day.weekday is not None and date.weekday() != day.weekday:
            self.fail(
                f"{date:%d/%m/%Y} is a {_WEEKDAYS_EN[date.weekday()]}, "
                "not the day of the week written",
                day.start,
                day.end,
            )
        return date

    def yearly(self, day: _Day, before: bool, from_day: _Day | None = None) -> Recurring:
        start = self.peek()
        self.take_any(*_EVERY_WORDS)
        if not self.take("năm"):
            assert start is not None
            self.fail(
                "a day with its month recurs 'hàng năm'",
                start.start,
                self.peek().end if self.peek() else None,  # type: ignore[union-attr]
            )
        if day.year is not None:
            self.fail("a recurring day has no year", day.start, day.end)
        if from_day is not None and from_day.month not in (None, day.month):
            self.fail("a yearly window lies within one month", from_day.start, day.end)
        return Recurring(
            unit=PeriodUnit.YEAR,
            day=day.day,
            month=day.month,
            before=before,
            from_day=None if from_day is None else from_day.day,
        )

    def day_in_each(self, day: _Day, before: bool, from_day: _Day | None) -> Deadline:
        """Read what follows a day without a month: "hàng tháng", "của tháng cuối quý"…."""
        opens = None if from_day is None else from_day.day
        if self.norm() in _EVERY_WORDS and self.norm(1) == "tháng" and self.norm(2) != "cuối":
            self.pos += 2
            return Recurring(unit=PeriodUnit.MONTH, day=day.day, before=before, from_day=opens)
        self.take("của")
        if not self.take("tháng"):
            self.fail(
                "after a day without its month, expected 'hàng tháng', 'của tháng cuối quý' "
                "or 'của tháng cuối kỳ báo cáo'"
            )
        position_token = self.peek()
        position = self.month_position()
        if position is None:
            self.fail("expected which month: 'đầu', 'cuối', 'thứ 2' or 'tiếp theo'")
        self.take("của")
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
        if self.take("kỳ 6 tháng") or self.take("6 tháng") or self.take("sáu tháng"):
            unit = PeriodUnit.HALF_YEAR
        elif self.take("quý"):
            unit = PeriodUnit.QUARTER
        elif self.take("năm"):
            unit = PeriodUnit.YEAR
        else:
            self.fail("expected 'quý', '6 tháng' or 'kỳ báo cáo' after the month")
        months = unit.months
        if position == "first":
            index = 1
        elif position == "last":
            index = months
        else:
            index = int(position)
            if not 1 <= index <= months:
                assert unit_start is not None
                self.fail(
                    f"a {unit.label_vi} has {months} months, not a month {index}",
                    position_token.start if position_token else 0,
                    unit_start.end,
                )
        return Recurring(unit=unit, day=day.day, month=index, before=before, from_day=opens)

    def month_position(self) -> str | None:
        if self.take("đầu"):
            return "first"
        if self.take("cuối"):
            self.take("cùng")
            return "last"
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

    def day_range(self) -> Deadline:
        """After "từ": "từ ngày 1/4 đến hết ngày 10/4/2020", "từ ngày 1 đến ngày 5 hằng tháng"."""
        first = self.day()
        if self.take_any("đến", "-") is None:
            self.fail("expected 'đến' and the last day of the range")
        before = self.date_prefix()
        last = self.day()
        if last.month is None:
            if first.month is not None:
                self.fail("the range's last day needs a month too", last.start, last.end)
            return self.day_in_each(last, before, first)
        if self.norm() in _EVERY_WORDS:
            return self.yearly(last, before, first)
        end = self.resolve_day(last)
        fallback = end.year if first.year is None else None
        opens = self.resolve_day(
            first if first.month else attrs.evolve(first, month=end.month), fallback
        )
        due = end - datetime.timedelta(days=1) if before else end
        if opens > due:
            self.fail(
                f"the range ends ({due:%d/%m/%Y}) before it starts ({opens:%d/%m/%Y})",
                first.start,
                last.end,
            )
        return DateDeadline(date=end, before=before, opens=opens)

    # ------------------------------------------------------------------ periods

    def period_follows(self, offset: int = 0) -> bool:
        word = self.norm(offset)
        if word in ("tháng", "quý"):
            return self.at_number(offset + 1) or (
                word == "quý"
                and self.peek(offset + 1) is not None
                and self.peek(offset + 1).kind == "word"  # type: ignore[union-attr]
            )
        if word == "năm":
            return self.at_number(offset + 1)
        if self.norm(offset + 1) == "tháng" and self.norm(offset + 2) in ("đầu", "cuối"):
            return self.at_number(offset) or word in ("sáu", "chín")
        return False

    def period_list(self) -> PeriodDeadline:
        items: list[_Item] = []
        first = self.peek()
        assert first is not None
        joiner: str | None = None
        while True:
            if self.take_any("trong", "từ") and not self.period_follows():
                self.fail(_EXPECTED)
            if not self.period_follows():
                self.fail(_EXPECTED)
            items.extend(self.period_item(joiner))
            joiner = self.period_joiner()
            if joiner is None:
                break
        return self.build_periods(items, first.start)

    def period_joiner(self) -> str | None:
        """Take the word between two periods, if a period follows it."""
        word = self.norm()
        for phrase, kind in (
            (",", _LIST),
            (";", _LIST),
            ("và", _LIST),
            ("-", _SPAN),
            ("đến", _SPAN),
        ):
            if word == phrase:
                offset = 1
                if self.norm(offset) in ("trong", "hết"):
                    offset += 1
                if self.period_follows(offset):
                    self.pos += offset
                    return kind
        if self.period_follows() or (self.looking_at("trong") and self.period_follows(1)):
            return _LIST
        return None

    def period_item(self, joiner: str | None) -> list[_Item]:
        start = self.peek()
        assert start is not None
        if self.take("tháng"):
            return self.numbered(PeriodUnit.MONTH, joiner, start)
        if self.take("quý"):
            return self.numbered(PeriodUnit.QUARTER, joiner, start)
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
        year: int | None = None
        if self.norm() in ("/", "năm") and self.at_number(1):
            self.pos += 1
            year = self.year_value(self.number("a year"))
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
            return self.norm(offset + 1) != "ngày"
        return unit is PeriodUnit.QUARTER and token.norm in (*_ROMAN, "v", "vi")

    def period_number(self, unit: PeriodUnit, joiner: str | None, start: int | None) -> _Item:
        token = self.peek()
        what = "a month" if unit is PeriodUnit.MONTH else "a quarter"
        if token is None:
            self.fail(f"expected {what} number")
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

    def build_periods(self, items: Sequence[_Item], start: int) -> PeriodDeadline:
        years = [item.year for item in items]
        for i, item in enumerate(items):
            if item.year is not None:
                continue
            item.year = self.inherited_year(items, years, i)
            if item.year is None:
                self.fail(
                    f"{self.text[item.start : item.end]!r} has no year: write one, "
                    "as in 'Quý I/2020', or give the plan year",
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
        try:
            merged = merge_windows(windows)
        except ValueError as error:
            self.fail(f"the periods overlap: {error}", start, items[-1].end)
        return PeriodDeadline(windows=merged)

    def inherited_year(self, items: Sequence[_Item], years: list[int | None], i: int) -> int | None:
        """The year of a period written without one.

        It is the year written next after it, unless that would put it after the period
        that year is written on ("Quý IV và Quý I/2022": IV/2021); else the year written
        before it, unless that would put it before its period ("Quý IV/2021 - Quý I":
        I/2022); else the plan year.
        """
        item = items[i]
        later = next((j for j in range(i + 1, len(items)) if years[j] is not None), None)
        if later is not None:
            year = years[later]
            assert year is not None
            anchor = period_of(items[later].unit, year, items[later].index)
            if period_of(item.unit, year, item.index).start > anchor.start and year > MIN_YEAR:
                return year - 1
            return year
        earlier = next((j for j in range(i - 1, -1, -1) if years[j] is not None), None)
        if earlier is not None:
            year = years[earlier]
            assert year is not None
            anchor = period_of(items[earlier].unit, year, items[earlier].index)
            if period_of(item.unit, year, item.index).start < anchor.start and year < MAX_YEAR:
                return year + 1
            return year
        return self.context_year

    # ------------------------------------------------------------------ roll note

    def roll_note_follows(self) -> bool:
        offset = 1 if self.norm() in ("(", ",", ";") else 0
        return self.norm(offset) == "nếu"

    def roll_note(self) -> bool:
        """Take "(nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)"."""
        if not self.roll_note_follows():
            return False
        opened = self.norm() == "("
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
                self.fail("the bracket opened before 'nếu' is not closed", start, len(self.text))
            self.pos += 1
        unknown = [w for w in words if w not in _ROLL_WORDS]
        if unknown or "nghỉ" not in words or not note.endswith(_ROLL_ENDINGS):
            self.fail(
                "expected a note that a day off moves the deadline to the next working day "
                "('nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo')",
                start,
                self.tokens[self.pos - 1].end,
            )
        return True
