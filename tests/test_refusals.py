"""Every way the deadline grammar refuses a phrase: the reason, and the words underlined.

Each refusal names what the writer got wrong in the domain's words, says what to write
instead where one form is meant, and underlines the words at fault — not one letter, not
a mark past the end of the phrase, not the whole phrase when a few words are at fault.
The words to underline are written here as text, found in the phrase by
:func:`underlined`; the reasons are written by hand from what each phrase means.
"""

from __future__ import annotations

import pytest

from cchc_model import DeadlineParseError, parse_deadline


def underlined(phrase: str, words: str, after: str = "") -> tuple[int, int]:
    """The span of ``words`` in ``phrase``, searched from the end of ``after``."""
    start = phrase.index(words, phrase.index(after) + len(after) if after else 0)
    return start, start + len(words)


def refusal(phrase: str, year: int | None) -> tuple[str, tuple[int, int]]:
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase, year=year)
    return caught.value.reason, caught.value.span


_AFTER_TET = (
    "a count of days goes before Tết: write 'trước Tết Nguyên đán 15 ngày' (days after Tết "
    "are not read)"
)
_FROM_NOW = (
    "sets no deadline: give its end ('từ nay đến hết năm 2026'), or write 'Thường xuyên' "
    "for work that goes on"
)
_PART_RECURS = (
    "goes with one date, not with a day that recurs: leave it out, or give a time "
    "('trước 17 giờ ngày 15 hằng tháng')"
)
_WEEKDAY = (
    "expected 'hằng tuần', 'tuần trước', 'tuần này' or 'tuần sau' after the day of the "
    "week: a day of the week in each month ('thứ Sáu cuối tháng') is not read; write the "
    "dates"
)
_WEEK_OF_MONTH = (
    "expected 'tuần trước', 'tuần này' or 'tuần sau': a day of the week in a week of the "
    "month ('thứ Sáu tuần cuối tháng') is not read; write the dates"
)
_EXPECTED = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)
_LUNAR_MONTH_ONCE = (
    "a lunar range names its month once, after its last day ('từ ngày 10 đến ngày 20 "
    "tháng Giêng âm lịch')"
)

_DAYS_RANGE = (
    "a time limit is one count of days, not a range: write the one that binds ('trong thời "
    "hạn 15 ngày')"
)

REFUSALS = [
    # --- what leads to a date, with no date after it
    pytest.param(
        "Hạn chót:",
        None,
        "expected the date after 'Hạn chót:' ('Hạn chót: ngày 15/3/2026')",
        ("Hạn chót:",),
        id="a lead with no date",
    ),
    pytest.param(
        "Trước",
        None,
        "expected the date after 'Trước' ('Trước ngày 15/3/2026')",
        ("Trước",),
        id="trước alone",
    ),
    pytest.param(
        "Hoàn thành trước",
        None,
        "expected the date after 'trước' ('trước ngày 15/3/2026')",
        ("trước",),
        id="an action and trước",
    ),
    # --- spans
    pytest.param(
        "Kể từ",
        None,
        "expected when the span starts, after 'Kể từ' ('Kể từ ngày 01/7/2026')",
        ("Kể từ",),
        id="kể từ alone",
    ),
    pytest.param(
        "Bắt đầu từ",
        None,
        "expected when the span starts, after 'từ' ('từ ngày 01/7/2026')",
        ("từ",),
        id="an action and từ",
    ),
    pytest.param(
        "Từ 7h30 ngày 15/3/2026",
        None,
        "a span that starts at a time of day needs its end: add 'đến' and the end, or leave "
        "out the time for a span with no end ('Từ ngày 15/3/2026')",
        ("7h30",),
        id="a span from a time with no end",
    ),
    pytest.param(
        "Từ nay về sau",
        None,
        f"'Từ nay về sau' {_FROM_NOW}",
        ("Từ nay về sau",),
        id="từ nay về sau",
    ),
    pytest.param(
        "Kể từ nay trở đi; Quý I/2020",
        None,
        f"'Kể từ nay trở đi' {_FROM_NOW}",
        ("Kể từ nay trở đi",),
        id="từ nay trở đi before another deadline",
    ),
    pytest.param(
        "Báo cáo từ nay", None, f"'từ nay' {_FROM_NOW}", ("từ nay",), id="an action and từ nay"
    ),
    pytest.param(
        "Sau khi",
        None,
        "expected the event after 'Sau khi' ('Sau khi có quyết định')",
        ("Sau khi",),
        id="sau khi alone",
    ),
    pytest.param(
        "Kể từ khi (có quyết định)",
        None,
        "expected the event after 'Kể từ khi' ('Kể từ khi có quyết định')",
        ("Kể từ khi",),
        id="the event in brackets",
    ),
    # --- notes
    pytest.param(
        "Quý I/2020, trừ các xã (đã sáp nhập",
        None,
        "the '(' of the note is not closed",
        ("(",),
        id="a note's bracket not closed",
    ),
    pytest.param(
        "Quý I/2020, trừ các xã đã sáp nhập)",
        None,
        "the ')' of the note has no '(' before it",
        (")",),
        id="a note's bracket not opened",
    ),
    # A stray ')' in an alternative, a clause or an event is refused under it (before,
    # the check of the value refused the whole phrase).
    pytest.param(
        "Quý I/2026 hoặc sớm hơn)",
        None,
        "the ')' of the note has no '(' before it",
        (")",),
        id="an alternative's bracket not opened",
    ),
    pytest.param(
        "Hằng tháng kể từ ngày nhận hồ sơ)",
        None,
        "the ')' of the note has no '(' before it",
        (")",),
        id="a clause's bracket not opened",
    ),
    pytest.param(
        "Từ ngày 1/3/2026 đến khi xong)",
        None,
        "the ')' has no '(' before it",
        (")",),
        id="the bracket of the end of a span not opened",
    ),
    pytest.param(
        "Trong 15 ngày kể từ ngày nhận hồ sơ)",
        None,
        "the ')' has no '(' before it",
        (")",),
        id="the bracket of an event not opened",
    ),
    # A word that joins, with nothing to join (kept as the note before).
    pytest.param(
        "Cuối năm 2026, và",
        None,
        "expected a deadline after 'và'",
        ("và",),
        id="và after a comma at the end",
    ),
    pytest.param(
        "Quý I/2026, - ",
        None,
        "expected a deadline after '-'",
        ("-",),
        id="a bullet after a comma at the end",
    ),
    pytest.param(
        "Quý I/2026 hoặc; Quý III/2026",
        None,
        "expected a deadline or a note after 'hoặc'",
        ("hoặc",),
        id="hoặc before a semicolon",
    ),
    # --- parts of the day, weeks and weekdays
    pytest.param(
        "Chiều ngày 15 hằng tháng",
        None,
        f"a part of the day ('Chiều') {_PART_RECURS}",
        ("Chiều",),
        id="a part of a day of each month",
    ),
    pytest.param(
        "Sáng ngày 20/12 hằng năm",
        None,
        f"a part of the day ('Sáng') {_PART_RECURS}",
        ("Sáng",),
        id="a part of a day of each year",
    ),
    pytest.param(
        "Trước chiều thứ Sáu hằng tuần",
        None,
        "'trước' goes with a time, not with a part of the day: write 'trước 17h00 thứ Sáu "
        "hằng tuần' or 'chiều thứ Sáu hằng tuần'",
        ("Trước chiều",),
        id="before a part of a weekday",
    ),
    pytest.param(
        "Chiều thứ Sáu hằng tháng",
        None,
        _WEEKDAY,
        ("hằng tháng",),
        id="a weekday of each month",
    ),
    pytest.param(
        "Thứ Sáu",
        None,
        _WEEKDAY,
        ("Thứ Sáu",),
        id="a weekday alone",
    ),
    pytest.param(
        "Thứ Sáu tuần cuối tháng",
        None,
        _WEEK_OF_MONTH,
        ("tuần cuối",),
        id="a weekday of the last week of the month",
    ),
    pytest.param(
        "Tuần đầu tiên của quý I/2026",
        None,
        "a week is counted in a month ('tuần đầu tháng 1/2026'), not in a 'quý'",
        ("quý",),
        id="a week of a quarter",
    ),
    pytest.param(
        "Tuần cuối cùng của tháng",
        None,
        "'Tuần cuối cùng của tháng' needs which month ('Tuần cuối cùng của tháng 6/2026'): a "
        "week of every month is not read",
        ("Tuần cuối cùng của tháng",),
        id="the last week of no month",
    ),
    pytest.param(
        "Tuần đầu tháng 1, 2/2026",
        None,
        "a week is in one month, not in 'tháng 1, 2/2026': write each, as in 'tuần đầu tháng "
        "1/2026, tuần đầu tháng 2/2026'",
        ("tháng 1, 2/2026",),
        id="a week of two months",
    ),
    # --- lunar dates
    pytest.param(
        "Từ mùng 10 tháng Chạp (âm lịch)",
        2026,
        "a lunar day after 'từ' opens a range: add 'đến' and its last day ('từ mùng 10 đến "
        "mùng 20 tháng Chạp âm lịch')",
        ("Từ mùng 10",),
        id="a lunar range with no end",
    ),
    pytest.param(
        "từ ngày 10 tháng Giêng đến ngày 20 tháng Giêng âm lịch",
        2026,
        _LUNAR_MONTH_ONCE,
        ("tháng Giêng",),
        id="a lunar range with its month twice",
    ),
    pytest.param(
        "từ ngày 10/1 đến ngày 20/1 âm lịch",
        2026,
        _LUNAR_MONTH_ONCE,
        ("/1",),
        id="a lunar range with its month twice after slashes",
    ),
    pytest.param(
        "Mùng 1 và Rằm tháng",
        2026,
        "'tháng' needs which lunar month ('tháng Giêng', 'tháng 3 âm lịch'), or write 'hằng "
        "tháng' for every lunar month",
        ("tháng",),
        id="a lunar month not named",
    ),
    pytest.param(
        "từ ngày 1 đến ngày 10 và ngày 15 tháng Giêng âm lịch",
        2026,
        "a lunar range has one last day: write the other day as a deadline of its own, "
        "after ';' ('từ ngày 1 đến ngày 10 tháng Giêng; ngày 15 tháng Giêng âm lịch')",
        ("và ngày 15",),
        id="a lunar range and a day",
    ),
    pytest.param("Tết Nguyên đán 15 ngày", 2026, _AFTER_TET, ("15 ngày",), id="days after Tết"),
    # --- windows of days
    pytest.param(
        "Từ ngày 15/3 đến ngày 10/3 hằng năm",
        None,
        "the window ends (10/03) before it opens (15/03)",
        ("ngày 15/3 đến ngày 10/3",),
        id="a yearly window backwards",
    ),
    pytest.param(
        "Từ ngày 25/12 đến ngày 5/12 hằng năm",
        None,
        "the window ends (05/12) before it opens (25/12): for a window from the year before, "
        "write 'từ ngày 25/12 năm trước đến ngày 05/12 hằng năm'",
        ("ngày 25/12 đến ngày 5/12",),
        id="a yearly window backwards in December",
    ),
    pytest.param(
        "Từ ngày 25 đến ngày 5 hằng tháng",
        None,
        "the window ends (day 05) before it opens (day 25): for a window from the month "
        "before, write 'từ ngày 25 tháng trước đến ngày 05 hằng tháng'",
        ("ngày 25 đến ngày 5",),
        id="a monthly window backwards",
    ),
    pytest.param(
        "Từ ngày 10 đến trước ngày 10 hằng tháng",
        None,
        "'trước' ends the window the day before day 10, before it opens on day 10",
        ("ngày 10 đến trước ngày 10",),
        id="a monthly window closed before it opens",
    ),
    pytest.param(
        "Từ ngày 20 đến ngày 10 của tháng cuối quý",
        None,
        "the window ends (day 10) before it opens (day 20)",
        ("ngày 20 đến ngày 10",),
        id="a window of a month of each quarter backwards",
    ),
    pytest.param(
        "ngày 15 tháng đầu năm sau",
        None,
        "the first month of the next year is January: write 'ngày 15/01 hằng năm'",
        ("đầu năm sau",),
        id="the first month of the next year",
    ),
    pytest.param(
        "Từ ngày 15 tháng cuối quý đến ngày 15 tháng cuối năm",
        None,
        "a window opens and closes in one kind of period, not in a 'quý' and a 'năm': write "
        "the same at both ends ('từ ngày 20 tháng cuối quý đến ngày 10 tháng đầu quý tiếp "
        "theo')",
        ("ngày 15 tháng cuối quý đến ngày 15 tháng cuối năm",),
        id="a window from a quarter to a year",
    ),
    pytest.param(
        "Từ ngày 10 tháng cuối quý đến ngày 5 tháng đầu quý",
        None,
        "the window opens in month 3 of the 'quý' and closes in month 1, before it: for a "
        "window into the next 'quý', write 'tháng đầu quý tiếp theo'",
        ("ngày 10 tháng cuối quý đến ngày 5 tháng đầu quý",),
        id="a window into the next quarter without tiếp theo",
    ),
    pytest.param(
        "Từ ngày 25 tháng trước",
        2026,
        "a window needs its last day: write 'đến' and the day after 'ngày 25 tháng trước' "
        "('từ ngày 25 tháng trước đến ngày 05 hằng tháng')",
        ("ngày 25 tháng trước",),
        id="a window from the month before with no end",
    ),
    pytest.param(
        "45 ngày, bắt đầu từ ngày 1/3/2026",
        None,
        "a window needs its last day: write 'đến' and the day after 'ngày 1/3/2026' ('từ "
        "ngày 01/3/2026 đến ngày 14/4/2026')",
        ("ngày 1/3/2026",),
        id="a count of days from a date with no end",
    ),
    pytest.param(
        "Từ ngày 20 tháng cuối quý đến ngày 10/4/2026",
        None,
        "the window opens in a month of the 'quý', so it closes in one too: write the last "
        "day as 'ngày 10 tháng cuối quý', not as a date",
        ("ngày 10/4/2026",),
        id="a window from a month of a quarter to a date",
    ),
    pytest.param(
        "Từ ngày 25 tháng trước đến ngày 5/1/2026",
        None,
        "a window from the month before recurs monthly: write the last day without its month "
        "('… đến ngày 05 hằng tháng')",
        ("ngày 25 tháng trước đến ngày 5/1/2026",),
        id="a window from the month before to a date",
    ),
    pytest.param(
        "Từ ngày 15/12 năm trước đến ngày 14/12",
        2026,
        "a window from the year before recurs: add 'hằng năm' ('… đến ngày 14/12 hằng năm'), "
        "or write the years of both days",
        ("ngày 15/12 năm trước đến ngày 14/12",),
        id="a window from the year before that does not recur",
    ),
    pytest.param(
        "Từ ngày 29 tháng đầu năm đến 17 giờ ngày 29/1 hằng năm",
        None,
        "expected 'đến' after 'ngày 29', not 'tháng đầu năm': the first day is a date ('ngày "
        "15/3'), a day of the month before or of a month of a quarter ('ngày 15 tháng cuối "
        "quý')",
        ("tháng đầu năm",),
        id="a first day of an unread month",
    ),
    pytest.param(
        "Ngày 10 của tháng cuối quý tiếp theo",
        None,
        "of the next period, only its first month is known ('tháng đầu quý tiếp theo')",
        ("cuối quý tiếp theo",),
        id="the last month of the next quarter",
    ),
    pytest.param(
        "Từ ngày 01/7/2026 đến hết năm 2025",
        None,
        "the span ends (31/12/2025) before it starts (01/07/2026)",
        ("ngày 01/7/2026 đến hết năm 2025",),
        id="a span backwards",
    ),
    # --- phases and actions
    pytest.param(
        "Xây dựng dự thảo Quý I/2020; Ban hành Quý II/2020",
        None,
        "a phase is named by its action alone ('Xây dựng'): move 'dự thảo' into the task's "
        "output (Sản phẩm)",
        ("dự thảo",),
        id="a phase with words after its action",
    ),
    pytest.param(
        "Quý I/2020; Báo cáo:",
        None,
        "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
        "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
        "or 'Theo quy định', after 'Báo cáo:'",
        ("Báo cáo:",),
        id="an action with no deadline after it",
    ),
    pytest.param(
        "Trước Quý II/2026",
        None,
        "'trước' goes with a date ('trước ngày 15/3/2020'), not a period",
        ("Trước",),
        id="before a period",
    ),
    pytest.param(
        "Trước cuối Quý II/2026",
        None,
        "'trước' goes with a date ('trước ngày 15/3/2020'), not a point of a period",
        ("Trước",),
        id="before a point of a period",
    ),
    # --- lunar dates, continued
    pytest.param(
        "Rằm tháng 13 âm lịch",
        2026,
        "a lunar month is 1 to 12, not 13",
        ("13",),
        id="a lunar month 13",
    ),
    pytest.param(
        "Rằm tháng Giêng âm lịch",
        1945,
        "the lunar calendar is read for the years 1946–2099, not 1945",
        ("Rằm tháng Giêng âm lịch",),
        id="a plan year outside the lunar calendar",
    ),
    pytest.param(
        "Rằm Trung thu",
        2026,
        "expected the lunar month ('tháng Giêng', 'tháng 3 âm lịch')",
        ("Trung",),
        id="a lunar day and no month",
    ),
    pytest.param(
        "trước Tết 1234567 ngày",
        2027,
        "'1234567' is too long to be a number of days",
        ("1234567",),
        id="a count of days before Tết too long",
    ),
    pytest.param(
        "Từ ngày 10/12 đến ngày 20 của tháng cuối quý",
        None,
        "the range's last day needs a month too",
        ("ngày 20",),
        id="a range from a date to a day of a quarter's month",
    ),
    pytest.param(
        "9 tháng cuối năm 2026",
        None,
        "expected '6 tháng đầu năm', '6 tháng cuối năm' or '9 tháng đầu năm'",
        ("9 tháng cuối",),
        id="the last nine months",
    ),
    pytest.param(
        "6 tháng đầu năm 1234567",
        None,
        "'1234567' is too long to be a year",
        ("1234567",),
        id="a half year's year too long",
    ),
    pytest.param(
        "ngày 15 hằng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
        None,
        "the bracket opened before 'nếu' is not closed",
        ("(",),
        id="a roll note's bracket not closed",
    ),
    pytest.param(
        "thứ 8 hằng tuần",
        None,
        "expected a day of the week after 'thứ' (hai … bảy)",
        ("8",),
        id="thứ 8",
    ),
    pytest.param(
        "ngày 15 (mười bốn) tháng 3 năm 2026",
        None,
        "the number 15 and the words (mười bốn) in brackets disagree",
        ("15 (mười bốn)",),
        id="a number and its words disagree",
    ),
    pytest.param(
        "Mùng 1 Tết",
        None,
        "'Mùng 1 Tết' has no year: write one, or 'hằng năm', or give the plan year",
        ("Mùng 1 Tết",),
        id="a day of Tết without a year",
    ),
    pytest.param(
        "ngày 15 tháng Giêng âm lịch",
        None,
        "'ngày 15 tháng Giêng âm lịch' has no year: write one, or 'hằng năm', or give the plan "
        "year",
        ("ngày 15 tháng Giêng âm lịch",),
        id="a lunar date without a year",
    ),
    pytest.param(
        "Rằm tháng Giêng năm 1234567",
        None,
        "'1234567' is too long to be a year",
        ("1234567",),
        id="a lunar year too long",
    ),
    pytest.param(
        "Từ nay đến ngày 30",
        2026,
        "a date needs its month: write 'ngày 15/3/2020' or 'ngày 15 tháng 3 năm 2020'",
        ("ngày 30",),
        id="a span to a day without its month",
    ),
    pytest.param(
        "Từ ngày 01/3/2026 đến hết tháng",
        None,
        "expected when the span ends: a date, a period or 'khi …'",
        ("tháng",),
        id="a span to no month",
    ),
    pytest.param(
        "Từ xyz",
        None,
        "expected a date or a period after 'từ'",
        ("xyz",),
        id="từ and no date",
    ),
    pytest.param(
        "từ ngày 5 đến trước ngày 5/4 hằng năm",
        None,
        "'trước' ends the window the day before 05/04, before it opens on 05/04",
        ("ngày 5 đến trước ngày 5/4",),
        id="a yearly window closed before it opens",
    ),
    pytest.param(
        "cuối tháng 6",
        None,
        "'cuối tháng 6' has no year: write one, as in 'cuối tháng 6/2026', or give the plan year",
        ("cuối tháng 6",),
        id="a point of a month without a year",
    ),
    pytest.param(
        "Tuần cuối tháng 6",
        None,
        "'Tuần cuối tháng 6' has no year: write one, as in 'Tuần cuối tháng 6/2026', or give "
        "the plan year",
        ("Tuần cuối tháng 6",),
        id="a week of a month without a year",
    ),
    pytest.param(
        "Tháng 3",
        None,
        "'Tháng 3' has no year: write one, as in 'Tháng 3/2026', or give the plan year",
        ("Tháng 3",),
        id="a month without a year",
    ),
    pytest.param(
        "tháng 3 năm 1234567",
        None,
        "'1234567' is too long to be a year",
        ("1234567",),
        id="a month's year too long",
    ),
    # A thing expected and missing at the end is marked just past the phrase.
    pytest.param(
        "thứ Hai, ngày",
        None,
        "expected the day of the month",
        ("", "thứ Hai, ngày"),
        id="a weekday and no date",
    ),
    pytest.param(
        "tuần thứ",
        None,
        "expected the week's number in the month",
        ("", "tuần thứ"),
        id="a week with no number",
    ),
    # --- a period without its year, beside a period of the first or last year read: the
    # year it would take (the next, the one before) is outside 1945–2100
    pytest.param(
        "Quý IV/2100 và Quý I",
        None,
        "'Quý I' beside quý IV/2100 would fall in 2101, outside 1945–2100",
        ("Quý I", "và"),
        id="the quarter after the last year read",
    ),
    pytest.param(
        "Quý IV/2100 - Quý I",
        None,
        "'Quý I' beside quý IV/2100 would fall in 2101, outside 1945–2100",
        ("Quý I", "-"),
        id="a range to the quarter after the last year read",
    ),
    pytest.param(
        "Quý IV và Quý I/1945",
        None,
        "'Quý IV' beside quý I/1945 would fall in 1944, outside 1945–2100",
        ("Quý IV",),
        id="the quarter before the first year read",
    ),
    # --- time limits: one count of days, not a range of them
    pytest.param(
        "Trong 10 ngày - 15 ngày",
        None,
        _DAYS_RANGE,
        ("10 ngày - 15 ngày",),
        id="a range of counts of days",
    ),
    pytest.param(
        "Trong vòng 10 đến 15 ngày làm việc",
        None,
        _DAYS_RANGE,
        ("10 đến 15 ngày",),
        id="a range of counts written once with ngày",
    ),
    # --- recurrences
    pytest.param(
        "Hằng",
        None,
        "expected 'tháng', 'quý', '6 tháng' or 'năm' after 'Hằng'",
        ("Hằng",),
        id="hằng alone",
    ),
    pytest.param(
        "Định kỳ hằng",
        None,
        "expected 'tháng', 'quý', '6 tháng' or 'năm' after 'Định kỳ hằng'",
        ("Định kỳ hằng",),
        id="định kỳ hằng alone",
    ),
    pytest.param(
        "Hằng mười tháng",
        None,
        "expected 'tháng', 'quý', '6 tháng' or 'năm' after 'Hằng'",
        ("mười",),
        id="every ten months",
    ),
    # --- periods
    pytest.param(
        "Chậm nhất trong tháng",
        2026,
        "'trong tháng' needs which month: write 'trong tháng 5/2026', or 'hằng tháng' for "
        "every month",
        ("trong tháng",),
        id="trong tháng",
    ),
    pytest.param(
        "Trong quý",
        2026,
        "'Trong quý' needs which quarter: write 'trong quý II/2026', or 'hằng quý' for every "
        "quarter",
        ("Trong quý",),
        id="trong quý",
    ),
    pytest.param(
        "Hoàn thành quý",
        None,
        "'quý' needs which quarter: write 'quý II/2026', or 'hằng quý' for every quarter",
        ("quý",),
        id="a quarter without its number",
    ),
    pytest.param(
        "Quý, năm 2026",
        None,
        "'Quý' needs which quarter: write 'quý II/2026', or 'hằng quý' for every quarter",
        ("Quý",),
        id="a unit before a year is no list of recurrences",
    ),
    pytest.param(
        "Tháng XII/2026",
        None,
        "a month is numbered in figures ('tháng 12'), not 'XII'",
        ("XII",),
        id="a month in roman numerals",
    ),
    pytest.param(
        "Tháng IV hằng năm",
        None,
        "a month is numbered in figures ('tháng 4'), not 'IV'",
        ("IV",),
        id="a month of every year in roman numerals",
    ),
    pytest.param(
        "Ngày 10 của tháng thứ",
        None,
        "expected the month's number after 'tháng thứ'",
        ("", "Ngày 10 của tháng thứ"),
        id="the month of a period without its number",
    ),
    pytest.param(
        "Quý I, V/2026",
        None,
        "a quarter is numbered I to IV (1 to 4), not 'V'",
        ("V",),
        id="a fifth quarter in a list",
    ),
    pytest.param(
        "Quý I và V/2026",
        None,
        "a quarter is numbered I to IV (1 to 4), not 'V'",
        ("V",),
        id="a fifth quarter after 'và'",
    ),
    pytest.param(
        "Quý 2 (hai",
        2026,
        "the bracket is not closed",
        ("(hai",),
        id="a number in words whose bracket is not closed",
    ),
    pytest.param(
        "Trước chiều ngày 15/4/2026",
        None,
        "'trước' goes with a time, not with a part of the day: write 'trước 17h00 ngày "
        "15/4/2026' or 'chiều ngày 15/4/2026'",
        ("Trước chiều",),
        id="before a part of the day of a date",
    ),
    pytest.param(
        "25 giờ ngày 5/3/2026",
        None,
        "a time of day is 0h00 to 24h00, not 25h00",
        ("25 giờ",),
        id="an hour past 24",
    ),
    pytest.param(
        "17 giờ 75 ngày 5/3/2026",
        None,
        "a time of day is 0h00 to 24h00, not 17h75",
        ("17 giờ 75",),
        id="minutes past 59",
    ),
    pytest.param(
        "Hằng 2 tháng",
        None,
        "a recurrence is every 1, 3, 6, 9 or 12 months, not 2",
        ("2",),
        id="every two months",
    ),
    pytest.param(
        "Thứ Sáu 05/3/2026",
        None,
        "05/03/2026 is a Thursday, not the day of the week written",
        ("Thứ Sáu 05/3/2026",),
        id="a day of the week the date does not fall on",
    ),
    pytest.param(
        "Ban hành Quý I/2026, kế hoạch; Triển khai kế hoạch Quý II/2026",
        None,
        "a phase is named by its action alone ('Triển khai'): move 'kế hoạch' into the "
        "task's output (Sản phẩm)",
        ("kế hoạch", "Triển khai"),
        id="a phase's words after its action, written also in the phase before",
    ),
    pytest.param(
        "Trước chiều ngày 15 hằng tháng",
        None,
        f"a part of the day ('Trước chiều') {_PART_RECURS}",
        ("Trước chiều",),
        id="before a part of the day of a day that recurs",
    ),
    pytest.param(
        "Tuần trước",
        None,
        f"{_EXPECTED}, not 'Tuần'",
        ("Tuần",),
        id="the week before, of nothing",
    ),
    pytest.param(
        "ngày tháng 5/2026",
        None,
        "expected the day of the month",
        ("tháng",),
        id="the word for day without its number",
    ),
    pytest.param(
        "ngày của tháng 5/2026",
        None,
        "expected the day of the month",
        ("của",),
        id="the word for day of a month without its number",
    ),
    pytest.param(" ", None, "the deadline phrase is empty", (" ",), id="a blank phrase"),
    pytest.param(
        "Quý IV - cả năm",
        2026,
        "a range runs between periods of one kind",
        ("Quý IV - cả năm",),
        id="a range from a quarter to the whole year",
    ),
    pytest.param(
        "Rằm tháng 7 âm lịch năm",
        None,
        "'Rằm tháng 7 âm lịch' has no year: write one, or 'hằng năm', or give the plan year",
        ("Rằm tháng 7 âm lịch",),
        id="a lunar date whose year is the word alone",
    ),
    pytest.param(
        "Quý, năm trước",
        None,
        "'Quý' needs which quarter: write 'quý II/2026', or 'hằng quý' for every quarter",
        ("Quý",),
        id="a quarter without its number before the year before",
    ),
    pytest.param(
        "Quý I/2026 (nếu trùng ngày nghỉ thì chuyển)",
        None,
        "expected a note that a day off moves the deadline to the next working day ('nếu "
        "trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo')",
        ("(nếu trùng ngày nghỉ thì chuyển)",),
        id="a note about days off that does not say where the deadline moves",
    ),
    pytest.param(
        "Quý I/2026; Triển khai Quý II/2026",
        None,
        "each phase of a phased deadline starts with its milestone ('Ban hành', 'Kết thúc', "
        "'Thực hiện'…)",
        ("Quý I/2026",),
        id="a phase without its milestone before one with it",
    ),
    pytest.param(
        "Từ ngày 10 tháng Giêng - ngày 20 tháng Giêng âm lịch năm 2026",
        None,
        _LUNAR_MONTH_ONCE,
        ("tháng Giêng",),
        id="a lunar range with its month at both ends, joined by a dash",
    ),
    pytest.param(
        "Tết Thanh minh 2026",
        None,
        "'Tết Thanh minh' is not Tết Nguyên đán, and its date is not read: write the date",
        ("Tết Thanh minh",),
        id="a feast of two words after Tết, with a year",
    ),
]


@pytest.mark.parametrize(("phrase", "year", "reason", "words"), REFUSALS)
def test_a_refused_phrase_names_its_fault_and_underlines_the_words_at_fault(
    phrase, year, reason, words
):
    assert refusal(phrase, year) == (reason, underlined(phrase, *words))
