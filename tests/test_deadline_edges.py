"""Readings and refusals at the grammar's edges, found by mutation testing.

The phrases a sixth sample of the grammar's and the deadline kinds' mutants showed no
test wrote: the words that join lunar days, a last day written with its weekday, a comma
after a period, a time before a range written without "từ"; numbers too long for an
hour, a month or a year, a quarter past IV, a range of months written backward; the last
month of the nine months, stray marks after "Dự kiến" and the "./." that closes an
official text; units of recurrence listed with "định kỳ", a count of days with its
number in brackets or counted "từ" an event, what follows "đến khi"; and the deadline
values' own canonical phrases, due points at the end of the years read, and the whole
messages their validators refuse a value with.  The expected answers are worked out from
what each phrase means (a period is due on its last day, "trước ngày X" on the day before
X, Tết Nguyên đán 2026 fell on 17/02/2026), never read off the library.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

from cchc_model import (
    ByRegulation,
    Compound,
    Continuous,
    DateDeadline,
    DeadlineParseError,
    LunarDeadline,
    PeriodDeadline,
    PeriodUnit,
    Quarter,
    Recurring,
    RelativeToPeriod,
    Span,
    Window,
    WithinDays,
    parse_deadline,
)
from cchc_model.language._vocabulary import ACTIONS
from cchc_model.language.deadlines import ByReference
from cchc_model.language.periods import Month

D = datetime.date


# ----------------------------------------- spellings, ranges, lunar days, refusals

_WEEKDAY = (
    "expected 'hằng tuần', 'tuần trước', 'tuần này' or 'tuần sau' after the day of the "
    "week: a day of the week in each month ('thứ Sáu cuối tháng') is not read; write the "
    "dates"
)


def underlined(phrase: str, words: str, after: str = "") -> tuple[int, int]:
    """The span of ``words`` in ``phrase``, searched from the end of ``after``."""
    start = phrase.index(words, phrase.index(after) + len(after) if after else 0)
    return start, start + len(words)


def refusal(phrase: str, year: int | None) -> tuple[str, tuple[int, int]]:
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase, year=year)
    return caught.value.reason, caught.value.span


@pytest.mark.parametrize(
    ("phrase", "year", "written"),
    [
        # "Công việc thường xuyên" (regular work) is continuous work, after a bullet or an
        # action as at the start of the cell.
        ("- Công việc thường xuyên", None, "Thường xuyên"),
        ("Thực hiện công việc thường xuyên", None, "Thực hiện thường xuyên"),
        # "thuộc tháng …" (belonging to the month …) is "của tháng …".
        ("ngày 10 thuộc tháng cuối quý", None, "Ngày 10 của tháng cuối quý"),
        ("trước ngày 15 thuộc tháng đầu quý", None, "Trước ngày 15 của tháng đầu quý"),
        # A comma with nothing after it, after a period written without its year.
        ("Quý II,", 2026, "Quý II/2026"),
        ("Tháng 5,", 2026, "Tháng 5/2026"),
        ("cuối tháng 6,", 2026, "Cuối tháng 6/2026"),
        ("Tuần đầu tháng 3,", 2026, "Tuần đầu tháng 3/2026"),
        # A range written without "từ" whose last day has its weekday: 06/03/2026 is a Friday.
        (
            "Ngày 2/3/2026 đến thứ Sáu ngày 6/3/2026",
            None,
            "Từ ngày 02/03/2026 đến ngày 06/03/2026",
        ),
        # The first day takes its year from the last, written with its weekday.
        (
            "Từ ngày 2/3 đến thứ Sáu ngày 6/3/2026",
            None,
            "Từ ngày 02/03/2026 đến ngày 06/03/2026",
        ),
        # A time before the first day of a range written without "từ" is when it opens.
        (
            "8h00 ngày 2/3/2026 đến 17h00 ngày 6/3/2026",
            None,
            "Từ 8h00 ngày 02/03/2026 đến 17h00 ngày 06/03/2026",
        ),
        # Lunar days listed with a comma: the 15th and the 1st of every lunar month.
        ("Ngày rằm, mùng 1 hằng tháng âm lịch", None, "Ngày 01 và ngày 15 hàng tháng âm lịch"),
        # The first day of Tết every year, with or without a plan year.
        ("Mùng 1 Tết hằng năm", None, "Ngày 01 tháng 01 âm lịch hàng năm"),
        ("Mùng 1 Tết hằng năm", 2026, "Ngày 01 tháng 01 âm lịch hàng năm"),
        # "Tết Dương lịch" with its year is 1 January of that year, not of every year.
        ("Tết Dương lịch 2027", None, "Ngày 01/01/2027"),
        ("Trước Tết Dương lịch năm 2027", None, "Trước ngày 01/01/2027"),
    ],
)
def test_other_spellings_read_as_their_canonical_phrase(phrase, year, written):
    found = parse_deadline(phrase, year=year)
    assert str(found) == written
    assert found == parse_deadline(written, year=year)


def test_regular_work_after_an_action_is_continuous_work_with_no_complement():
    d = parse_deadline("Thực hiện công việc thường xuyên")
    assert isinstance(d, Continuous)
    assert (d.action, d.complement) == ("Thực hiện", None)


def test_a_range_with_a_weekday_on_its_last_day_opens_on_its_first_day():
    d = parse_deadline("Ngày 2/3/2026 đến thứ Sáu ngày 6/3/2026")
    assert isinstance(d, DateDeadline)
    assert (d.opens, d.due) == (D(2026, 3, 2), D(2026, 3, 6))


def test_a_range_written_without_tu_opens_at_the_time_before_its_first_day():
    d = parse_deadline("8h00 ngày 2/3/2026 đến 17h00 ngày 6/3/2026")
    assert isinstance(d, DateDeadline)
    assert (d.opens, d.opens_time) == (D(2026, 3, 2), datetime.time(8, 0))
    assert (d.due, d.time) == (D(2026, 3, 6), datetime.time(17, 0))


def test_a_range_to_the_day_before_the_next_day_is_one_day():
    # "Đến trước ngày 6/3" is due on 5/3, the day it opens: a window of one day.
    d = parse_deadline("Từ ngày 5/3/2026 đến trước ngày 6/3/2026")
    assert isinstance(d, DateDeadline)
    assert (d.opens, d.due) == (D(2026, 3, 5), D(2026, 3, 5))
    assert [(o.opens, o.due) for o in d.occurrences(D(2026, 1, 1), D(2026, 12, 31))] == [
        (D(2026, 3, 5), D(2026, 3, 5))
    ]


@pytest.mark.parametrize(
    ("phrase", "action", "complement"),
    [
        # "bắt đầu từ" (starting from) belongs to the time, not to the words before it.
        ("Kế hoạch bắt đầu từ ngày 1/3/2026", None, "Kế hoạch"),
        ("Đợt 1 bắt đầu từ ngày 1/3/2026", "Đợt 1", None),
    ],
)
def test_bat_dau_tu_after_other_words_starts_the_span(phrase, action, complement):
    d = parse_deadline(phrase)
    assert isinstance(d, Span)
    assert (d.start, d.end, d.until) == (D(2026, 3, 1), None, None)
    assert (d.action, d.complement) == (action, complement)


def test_every_mung_1_tet_recurs_each_year_even_with_a_plan_year():
    for year in (None, 2026):
        d = parse_deadline("Mùng 1 Tết hằng năm", year=year)
        assert isinstance(d, LunarDeadline)
        assert (d.days, d.month, d.year) == ((1,), 1, None)
        # Tết fell on 17/02/2026 and falls on 06/02/2027.
        assert [o.due for o in d.occurrences(D(2026, 1, 1), D(2027, 12, 31))] == [
            D(2026, 2, 17),
            D(2027, 2, 6),
        ]


def test_lunar_days_listed_with_a_comma_recur_each_lunar_month():
    d = parse_deadline("Ngày rằm, mùng 1 hằng tháng âm lịch")
    assert isinstance(d, LunarDeadline)
    assert (d.days, d.month, d.year) == ((1, 15), None, None)
    # The lunar month of Tết 2026 began on 17/02/2026; its 15th day was 03/03/2026.
    assert [o.due for o in d.occurrences(D(2026, 2, 17), D(2026, 3, 3))] == [
        D(2026, 2, 17),
        D(2026, 3, 3),
    ]


def test_the_solar_date_of_tet_in_brackets_is_a_note_on_before_tet():
    d = parse_deadline("Trước Tết Nguyên đán 2026 (ngày 17/2/2026)")
    assert isinstance(d, LunarDeadline)
    assert (d.before, d.year, d.days_before, d.note) == (True, 2026, 0, "ngày 17/2/2026")
    assert [o.due for o in d.occurrences(D(2026, 1, 1), D(2026, 12, 31))] == [D(2026, 2, 16)]


def test_tet_duong_lich_with_its_year_is_one_new_years_day():
    d = parse_deadline("Tết Dương lịch 2027")
    assert isinstance(d, DateDeadline)
    assert (d.date, d.due, d.before) == (D(2027, 1, 1), D(2027, 1, 1), False)
    before = parse_deadline("Trước Tết Dương lịch năm 2027")
    assert isinstance(before, DateDeadline)
    assert (before.date, before.due, before.before) == (D(2027, 1, 1), D(2026, 12, 31), True)


def test_a_lunar_deadline_after_a_semicolon_leaves_the_date_before_it_a_solar_date():
    d = parse_deadline("ngày 15/3/2026; rằm tháng Giêng năm 2027")
    assert isinstance(d, Compound)
    solar, lunar = d.parts
    assert solar == DateDeadline(date=D(2026, 3, 15))
    assert isinstance(lunar, LunarDeadline)
    assert (lunar.days, lunar.month, lunar.year) == ((15,), 1, 2027)
    assert str(d) == "Ngày 15/03/2026; ngày 15 tháng 01 âm lịch năm 2027"


@pytest.mark.parametrize(
    ("phrase", "year", "reason", "words"),
    [
        # A number too long for what it stands for is named as that thing.
        ("1234567 giờ ngày 15/3/2026", None, "'1234567' is too long to be an hour", ("1234567",)),
        (
            "ngày 15 tháng 1234567 năm 2020",
            None,
            "'1234567' is too long to be a month",
            ("1234567",),
        ),
        (
            "ngày 15 tháng 3 năm 1234567",
            None,
            "'1234567' is too long to be a year",
            ("1234567",),
        ),
        # A quarter's number, however long, is 1 to 4.
        (
            "Quý 1234567/2026",
            None,
            "a quarter is numbered I to IV (1 to 4), not '1234567'",
            ("1234567",),
        ),
        # Dates are written day first: "2026/5" puts 2026 where the day goes.
        ("2026/5", None, "a day of the month is 1 to 31, not 2026", ("2026",)),
        # "Đến trước ngày 5/3" is due on 4/3, before the range opens on 5/3.
        (
            "Từ ngày 5/3/2026 đến trước ngày 5/3/2026",
            None,
            "the range ends (04/03/2026) before it starts (05/03/2026)",
            ("ngày 5/3/2026 đến trước ngày 5/3/2026",),
        ),
        # A Sunday of a month, not of a week: the time is what is wrong, not words before it.
        ("Chủ nhật cuối tháng 3/2026", None, _WEEKDAY, ("cuối",)),
    ],
)
def test_a_refused_phrase_names_its_fault_and_underlines_the_words_at_fault(
    phrase, year, reason, words
):
    assert refusal(phrase, year) == (reason, underlined(phrase, *words))


@pytest.mark.parametrize(
    ("phrase", "phase"),
    [
        # The complement has two spaces inside it, and its words come again, single-spaced,
        # in the next phase: the underline stays in the phase at fault.
        (
            "Ban hành kế  hoạch Quý I/2026; Triển khai kế hoạch Quý II/2026",
            "Ban hành kế  hoạch Quý I/2026",
        ),
        # A cell's line break inside the complement.
        ("Ban hành kế\nhoạch Quý I/2026; Triển khai Quý II/2026", "Ban hành kế\nhoạch Quý I/2026"),
    ],
)
def test_a_phase_with_a_complement_is_refused_under_the_complement_as_written(phrase, phase):
    reason, (start, end) = refusal(phrase, None)
    assert reason == (
        "a phase is named by its action alone ('Ban hành'): move 'kế hoạch' into the task's "
        "output (Sản phẩm)"
    )
    # The underline covers the words "kế … hoạch" as written and stays within the first
    # phase, which the phrase starts with.
    first, last = underlined(phrase, phase[phase.index("kế") : phase.index("hoạch") + 5])
    assert 0 <= start <= first < last <= end <= len(phase)


# ------------------------- quarters, end marks, recurrences, counts of days, spans


def dues_in(phrase: str, year: int) -> list[D]:
    found = parse_deadline(phrase, year=year)
    return [o.due for o in found.occurrences(D(year, 1, 1), D(year, 12, 31))]


_NO_QUARTER = "'Quý' needs which quarter: write 'quý II/2026', or 'hằng quý' for every quarter"


@pytest.mark.parametrize(
    ("phrase", "year", "reason", "words"),
    [
        # A year has four quarters: a fifth is refused at its number, whatever follows it.
        ("Quý 5/2026", None, "a quarter is numbered I to IV (1 to 4), not '5'", "5"),
        ("Quý 5 hằng năm", None, "a quarter is numbered I to IV (1 to 4), not '5'", "5"),
        # The second period of a list runs backward: May to March of one year.
        (
            "Tháng 1, 5 - 3/2026",
            None,
            "the range ends (Tháng 3/2026) before it starts (Tháng 5/2026)",
            "5 - 3/2026",
        ),
        (
            "Quý I, IV - II/2026",
            None,
            "the range ends (Quý II/2026) before it starts (Quý IV/2026)",
            "IV - II/2026",
        ),
        # "Quý" with no number names no quarter, though a unit of time follows it.
        ("Quý, năm tiếp theo", 2026, _NO_QUARTER, "Quý"),
        ("Quý, tháng thứ 2", 2026, _NO_QUARTER, "Quý"),
        # 3660 days (ten years) is the longest time limit read.
        ("Trong 3661 ngày", None, "a time limit of 3661 days is out of range", "3661"),
        # Between the count and "ngày", a bracket that is not the count in words.
        ("Trong 10 (làm việc) ngày", None, "expected 'ngày' after the number of days", "("),
    ],
)
def test_a_phrase_at_the_grammar_edge_is_refused_with_its_fault_underlined(
    phrase, year, reason, words
):
    assert refusal(phrase, year) == (reason, underlined(phrase, words))


def test_a_day_of_the_last_month_of_the_nine_months_falls_in_september():
    found = parse_deadline("ngày 15 của tháng cuối 9 tháng")
    assert found == Recurring(unit=PeriodUnit.NINE_MONTHS, day=15, month=9)
    assert found == parse_deadline("ngày 15 của tháng cuối chín tháng")
    assert dues_in("ngày 15 của tháng cuối 9 tháng", 2026) == [D(2026, 9, 15)]


@pytest.mark.parametrize(
    "phrase",
    [
        "Quý II/2026./.",  # "./." closes an official text
        "Quý II/2026/.",
        "Quý II/2026.",
    ],
)
def test_the_marks_that_close_an_official_text_end_the_phrase(phrase):
    assert parse_deadline(phrase) == PeriodDeadline.of(Quarter(2026, 2))


def test_a_date_and_a_recurrence_closed_by_the_end_mark_read_as_without_it():
    assert parse_deadline("ngày 15/3/2026./.") == parse_deadline("ngày 15/3/2026")
    assert parse_deadline("Hằng quý./.") == Recurring(unit=PeriodUnit.QUARTER)


@pytest.mark.parametrize(
    ("phrase", "action", "quarter"),
    [
        ("Quý II/2026 xong", "Xong", 2),
        ("Quý IV/2026 trình", "Trình", 4),
    ],
)
def test_a_one_word_action_after_the_period_names_what_is_due(phrase, action, quarter):
    found = parse_deadline(phrase)
    assert found.action == action
    assert found == PeriodDeadline.of(Quarter(2026, quarter), action=action)
    assert str(found) == f"{action} trong quý {'II' if quarter == 2 else 'IV'}/2026"


@pytest.mark.parametrize("phrase", ["Dự kiến, : Quý II/2026", "Dự kiến: : Quý II/2026"])
def test_a_doubled_mark_after_du_kien_still_reads_a_tentative_period(phrase):
    found = parse_deadline(phrase)
    assert found.tentative
    assert found == parse_deadline("Dự kiến: Quý II/2026")
    assert str(found) == "Dự kiến quý II/2026"


@pytest.mark.parametrize(
    ("phrase", "action", "units"),
    [
        ("Báo cáo định kỳ quý, định kỳ năm", "Báo cáo", (PeriodUnit.QUARTER, PeriodUnit.YEAR)),
        ("Hằng quý và định kỳ năm", None, (PeriodUnit.QUARTER, PeriodUnit.YEAR)),
        (
            "Báo cáo định kỳ tháng, quý, năm",
            "Báo cáo",
            (PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.YEAR),
        ),
        ("Tháng, quý và năm", None, (PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.YEAR)),
    ],
)
def test_units_of_recurrence_listed_each_with_or_without_dinh_ky_recur_each(phrase, action, units):
    found = parse_deadline(phrase)
    assert isinstance(found, Compound)
    assert found.action == action
    assert found.parts == tuple(Recurring(unit=unit) for unit in units)


@pytest.mark.parametrize(
    ("phrase", "unit", "note"),
    [
        ("Hằng quý, quý tiếp theo", PeriodUnit.QUARTER, "quý tiếp theo"),
        ("Hằng tháng, tháng tiếp theo", PeriodUnit.MONTH, "tháng tiếp theo"),
        ("Hằng quý, tháng thứ 2", PeriodUnit.QUARTER, "tháng thứ 2"),
    ],
)
def test_a_unit_named_with_tiep_theo_or_thu_after_a_recurrence_is_its_note(phrase, unit, note):
    assert parse_deadline(phrase) == Recurring(unit=unit, note=note)


@pytest.mark.parametrize(
    ("phrase", "days", "trigger"),
    [
        ("Trong 10 ngày từ ngày nhận đủ hồ sơ hợp lệ", 10, "ngày nhận đủ hồ sơ hợp lệ"),
        ("Trong 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", 10, "ngày nhận đủ hồ sơ hợp lệ"),
        ("Trong vòng 10 (mười) ngày kể từ ngày nhận hồ sơ", 10, "ngày nhận hồ sơ"),
        ("Trong thời hạn 15 (mười lăm) ngày", 15, None),
        ("Trong 3660 ngày", 3660, None),
    ],
)
def test_a_count_of_days_reads_with_its_words_in_brackets_and_from_its_event(phrase, days, trigger):
    assert parse_deadline(phrase) == WithinDays(days=days, working=False, trigger=trigger)


def test_days_per_round_after_a_period_are_its_note_not_a_time_limit():
    # "15 ngày/1 đợt" is a rate (15 days a round): the deadline is the quarter.
    found = parse_deadline("Quý II/2026, 15 ngày/1 đợt")
    assert found == attrs.evolve(PeriodDeadline.of(Quarter(2026, 2)), note="15 ngày/1 đợt")
    assert str(found) == "Quý II/2026 (15 ngày/1 đợt)"


def test_a_span_from_an_event_until_another_keeps_both_events():
    found = parse_deadline("Sau khi có quyết định đến khi hoàn thành")
    assert found == Span(since="có quyết định", until="khi hoàn thành")
    assert str(found) == "Sau khi có quyết định đến khi hoàn thành"


def test_words_after_a_comma_that_set_no_end_are_the_open_spans_note():
    found = parse_deadline("Từ ngày 01/7/2026, khi Luật có hiệu lực")
    assert found == Span(start=D(2026, 7, 1), note="khi Luật có hiệu lực")
    assert str(found) == "Từ ngày 01/07/2026 (khi Luật có hiệu lực)"


# ----------------------------------------------------------------- the deadline values


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("Từ nay đến hết năm 2026", "Từ nay đến hết năm 2026"),
        ("thực hiện từ nay đến hết năm 2030", "Thực hiện từ nay đến hết năm 2030"),
        ("tuần cuối tháng 3/2027", "Tuần cuối tháng 3/2027"),
        ("Báo cáo tuần cuối tháng 3/2027", "Báo cáo tuần cuối tháng 3/2027"),
    ],
)
def test_from_now_and_the_last_week_read_in_lower_case_after_the_first_letter(phrase, canonical):
    assert str(parse_deadline(phrase)) == canonical


def test_a_cells_own_words_before_a_month_take_no_trong_as_an_action_would():
    # "Trong" is put between an action and its period ("Tổ chức trong quý III/2020"); a
    # cell's own wording with no action word is kept as written, the period after it.
    d = parse_deadline("Kỳ họp chuyên đề tháng 5/2026")
    assert (d.action, d.complement) == (None, "Kỳ họp chuyên đề")
    assert str(d) == "Kỳ họp chuyên đề tháng 5/2026"
    assert parse_deadline(str(d)) == d


def test_a_span_from_now_is_due_at_its_end_and_opens_on_no_day_of_its_own():
    d = parse_deadline("Từ nay đến hết năm 2026")
    assert [(o.due, o.opens) for o in d.occurrences(D(2026, 1, 1), D(2026, 12, 31))] == [
        (D(2026, 12, 31), None)
    ]


@pytest.mark.parametrize(
    ("phrase", "dues"),
    [
        ("ngày 05 hàng tháng", [D(2100, 11, 5), D(2100, 12, 5)]),
        ("Hàng tháng", [D(2100, 11, 30), D(2100, 12, 31)]),
    ],
)
def test_a_monthly_deadline_is_due_in_december_of_the_last_year_read(phrase, dues):
    d = parse_deadline(phrase)
    assert [o.due for o in d.occurrences(D(2100, 11, 1), D(2100, 12, 31))] == dues


def test_the_last_year_read_is_a_plan_year_like_any_other():
    assert str(parse_deadline("Quý I", year=2100)) == "Quý I/2100"
    assert parse_deadline("Tháng 12", year=2100).windows[0].due == D(2100, 12, 31)


@pytest.mark.parametrize(
    ("family", "phrase", "reason"),
    [
        (PeriodDeadline, "Theo quy định", "expected a period deadline, not a by regulation one"),
        (
            PeriodDeadline,
            "trong thời hạn 05 ngày",
            "expected a period deadline, not a within days one",
        ),
        (ByRegulation, "Quý I/2020", "expected a by regulation deadline, not a period one"),
        (WithinDays, "Hàng quý", "expected a within days deadline, not a recurring one"),
        (
            RelativeToPeriod,
            "Theo kế hoạch",
            "expected a relative to period deadline, not a by reference one",
        ),
        (ByReference, "theo quy định", "expected a by reference deadline, not a by regulation one"),
    ],
)
def test_a_family_of_two_words_is_named_in_words_when_another_is_refused(family, phrase, reason):
    with pytest.raises(DeadlineParseError) as caught:
        family.parse(phrase)
    assert caught.value.reason == reason
    assert caught.value.span == (0, len(phrase))


@pytest.mark.parametrize(
    ("windows", "message"),
    [
        # January to March and the first quarter are the same days: one window, twice.
        (
            (Window(Month(2026, 1), Month(2026, 3)), Window.of(Quarter(2026, 1))),
            "windows must be in order, without repeats: Tháng 1/2026 - Tháng 3/2026 then "
            "Quý I/2026",
        ),
        (
            (Window.of(Quarter(2026, 1)), Window.of(Quarter(2026, 1))),
            "windows must be in order, without repeats: Quý I/2026 then Quý I/2026",
        ),
    ],
)
def test_the_same_days_given_twice_as_windows_are_refused_as_a_repeat(windows, message):
    with pytest.raises(ValueError, match=r"^windows must be in order") as caught:
        PeriodDeadline(windows=windows)
    assert str(caught.value) == message


def test_an_action_that_is_no_action_label_is_refused_with_every_action_word():
    with pytest.raises(ValueError, match=r"^'Lập' is not an action label") as caught:
        Continuous(action="Lập")
    assert str(caught.value) == (
        f"'Lập' is not an action label: action words ({', '.join(sorted(ACTIONS))}) "
        "joined by 'và', ',', '/' or '&', capitalised, optionally ending in 'vào'"
    )
    assert "(ban hành, báo cáo, bắt đầu, " in str(caught.value)


@pytest.mark.parametrize("complement", ["Phòng 2A", "Tổ 1A", "Khu 10B"])
def test_a_complement_with_a_word_that_starts_with_a_number_is_refused(complement):
    with pytest.raises(ValueError, match=r"^a complement is") as caught:
        DateDeadline(date=D(2026, 3, 15), complement=complement)
    assert str(caught.value) == (
        f"a complement is words without numbers or time words, not {complement!r}"
    )


def test_the_parts_of_a_compound_deadline_not_in_a_tuple_are_refused():
    parts = [Continuous(), Recurring(unit=PeriodUnit.MONTH)]
    with pytest.raises(TypeError) as caught:
        Compound(parts=parts)
    assert str(caught.value) == f"parts must be a tuple of Deadline, not {parts!r}"


@pytest.mark.parametrize(
    "build",
    [
        # Ten days before the 1st of the 2nd lunar month: days are counted from Tết only.
        lambda: LunarDeadline(days=(1,), month=2, days_before=10),
        # Before the 1st of every lunar month.
        lambda: LunarDeadline(days=(1,), days_before=10),
        # "trước Tết … 10 ngày" already says before: not the day before and ten days more.
        lambda: LunarDeadline(days=(1,), month=1, days_before=10, before=True),
    ],
)
def test_days_before_count_only_from_tet_and_without_a_second_before(build):
    with pytest.raises(ValueError, match=r"^days before are counted") as caught:
        build()
    assert str(caught.value) == (
        "days before are counted from Tết (the 1st of the 1st month), without 'trước'"
    )


def test_a_comma_in_an_event_that_no_count_of_days_follows_stays_in_the_event():
    found = parse_deadline("Sau khi Luật, Nghị định có hiệu lực")
    assert found == Span(since="Luật, Nghị định có hiệu lực")


def test_days_counted_from_an_event_and_again_from_another_are_refused():
    phrase = "Sau khi có quyết định, trong 10 ngày kể từ ngày ký"
    assert refusal(phrase, None) == (
        "the days count from the event before the comma ('có quyết định'): write what "
        "they count from once",
        underlined(phrase, "trong 10 ngày kể từ ngày ký"),
    )


@pytest.mark.parametrize(
    ("complement", "message"),
    [
        ("Hội nghị (nếu có", "a complement's brackets must balance, not 'Hội nghị (nếu có'"),
        ("Hội\x07nghị", "a complement is printable text, not 'Hội\\x07nghị'"),
    ],
)
def test_a_complement_refused_as_text_is_named_a_complement_not_a_note(complement, message):
    with pytest.raises(ValueError, match=r"^a complement") as caught:
        DateDeadline(date=D(2026, 3, 15), complement=complement)
    assert str(caught.value) == message


def test_a_span_from_a_month_written_with_a_dash_before_its_year_has_no_end():
    # "03-2026" is March 2026: the dash joins the month to its year, not a range.
    assert parse_deadline("Từ tháng 03-2026") == Span(start=Month(2026, 3))
