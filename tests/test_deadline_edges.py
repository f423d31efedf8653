"""Readings and refusals at the grammar's edges, found by mutation testing.

The phrases the sixth and seventh samples of the grammar's and the deadline kinds'
mutants showed no test wrote: the words that join lunar days, a last day written with its
weekday, a comma after a period, a time before a range written without "từ"; numbers too
long for an hour, a month or a year, a quarter past IV, a range of months written
backward; the last month of the nine months, stray marks after "Dự kiến" and the "./."
that closes an official text; units of recurrence listed with "định kỳ", a count of days
with its number in brackets or counted "từ" an event, what follows "đến khi"; ranges to
the same period, hours written before dates, "âl", stages numbered "01", phases after a
comma, the reporting year; and the deadline values' own canonical phrases, due points at
the end of the years read, and the whole messages their validators refuse a value with.
The expected answers are worked out from what each phrase means (a period is due on its
last day, "trước ngày X" on the day before X, Tết Nguyên đán 2026 fell on 17/02/2026),
never read off the library.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

from cchc_model import (
    ByReference,
    ByRegulation,
    Compound,
    Continuous,
    DateDeadline,
    DeadlineParseError,
    HalfYear,
    LunarDeadline,
    Month,
    NineMonths,
    PeriodDeadline,
    PeriodMonth,
    PeriodUnit,
    Phase,
    Phased,
    Quarter,
    Recurring,
    RelativeToPeriod,
    Span,
    Weekly,
    WeekRef,
    Window,
    WithinDays,
    Year,
    parse_deadline,
)
from cchc_model.language._vocabulary import ACTIONS
from tests.test_refusals import refusal, underlined

D = datetime.date


# ----------------------------------------- spellings, ranges, lunar days, refusals

_WEEKDAY = (
    "expected 'hằng tuần', 'tuần trước', 'tuần này' or 'tuần sau' after the day of the "
    "week: a day of the week in each month ('thứ Sáu cuối tháng') is not read; write the "
    "dates"
)


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
        "joined by 'và', ',', '/' or '&', capitalised, optionally ending in 'vào', or "
        "ending in 'báo cáo' and a kind of report ('Báo cáo quý')"
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


# -------- ranges to the same period, hours before dates, lunar days, refusals (sample 7)


@pytest.mark.parametrize(
    ("phrase", "period", "opens", "due"),
    [
        ("Quý II - II/2020", "Quý II/2020", D(2020, 4, 1), D(2020, 6, 30)),
        ("Quý II/2020 đến quý II/2020", "Quý II/2020", D(2020, 4, 1), D(2020, 6, 30)),
        ("Tháng 3 - tháng 3/2020", "Tháng 3/2020", D(2020, 3, 1), D(2020, 3, 31)),
        ("Năm 2021 - 2021", "Năm 2021", D(2021, 1, 1), D(2021, 12, 31)),
    ],
)
def test_a_range_from_a_period_to_the_same_period_is_that_period(phrase, period, opens, due):
    found = parse_deadline(phrase)
    assert found == parse_deadline(period)
    assert [(w.opens, w.due) for w in found.windows] == [(opens, due)]


@pytest.mark.parametrize(
    "phrase",
    ["trước 17h 20/5/2026", "Trước 17 giờ 20-5-2026", "trước 17h 20.5.2026"],
)
def test_a_date_written_right_after_the_hour_is_the_day_not_minutes(phrase):
    found = parse_deadline(phrase)
    assert found == parse_deadline("trước 17 giờ ngày 20/5/2026")
    assert (found.due, found.time) == (D(2026, 5, 20), datetime.time(17, 0))


def test_a_range_whose_days_follow_the_hours_opens_and_closes_on_those_days():
    found = parse_deadline("từ 8h 30/5/2026 đến 17h 31/5/2026")
    assert found == parse_deadline("từ 8 giờ ngày 30/5/2026 đến 17 giờ ngày 31/5/2026")
    assert (found.opens, found.due, found.time) == (
        D(2026, 5, 30),
        D(2026, 5, 31),
        datetime.time(17, 0),
    )


@pytest.mark.parametrize(
    ("phrase", "time"),
    [
        # 26/01/2020 was a Sunday; the afternoon ends at 17:00, the morning at 12:00.
        ("chiều chủ nhật ngày 26/1/2020", datetime.time(17, 0)),
        ("Sáng Chủ nhật, ngày 26/01/2020", datetime.time(12, 0)),
        ("chiều chủ nhật 26/1/2020", datetime.time(17, 0)),
    ],
)
def test_a_part_of_the_day_before_sunday_and_its_date_is_due_that_day(phrase, time):
    found = parse_deadline(phrase)
    occurrences = found.occurrences(D(2020, 1, 1), D(2020, 12, 31))
    assert [(o.due, o.time) for o in occurrences] == [(D(2020, 1, 26), time)]


def test_sunday_morning_every_week_is_due_each_sunday_at_noon():
    found = parse_deadline("sáng chủ nhật hằng tuần")
    assert found == parse_deadline("sáng Chủ nhật hàng tuần")
    assert found.weekday == 6
    # 1 January 2026 was a Thursday: the Sundays of the first weeks are 4, 11 and 18.
    occurrences = found.occurrences(D(2026, 1, 1), D(2026, 1, 20))
    assert [(o.due, o.time) for o in occurrences] == [
        (D(2026, 1, 4), datetime.time(12, 0)),
        (D(2026, 1, 11), datetime.time(12, 0)),
        (D(2026, 1, 18), datetime.time(12, 0)),
    ]


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("ngày cuối cùng tháng 12/2026", D(2026, 12, 31)),
        # 2028 is a leap year.
        ("Ngày cuối cùng tháng 2 năm 2028", D(2028, 2, 29)),
        # "trước" the last day of June: the day before 30 June.
        ("trước ngày cuối cùng tháng 6/2026", D(2026, 6, 29)),
    ],
)
def test_the_last_day_of_a_month_written_without_cua_is_that_months_last_day(phrase, due):
    assert parse_deadline(phrase).due == due


def test_a_day_of_the_last_month_of_the_quarter_of_the_reporting_period_is_quarterly():
    found = parse_deadline("ngày 14 của tháng cuối quý của kỳ báo cáo")
    assert found == parse_deadline("ngày 14 của tháng cuối quý")
    assert [o.due for o in found.occurrences(D(2026, 1, 1), D(2026, 12, 31))] == [
        D(2026, 3, 14),
        D(2026, 6, 14),
        D(2026, 9, 14),
        D(2026, 12, 14),
    ]


def test_a_lunar_range_after_khoang_is_the_range_with_nothing_left_over():
    found = parse_deadline("Khoảng ngày 10 đến ngày 20 tháng Chạp âm lịch", year=2026)
    assert found == parse_deadline("từ ngày 10 đến ngày 20 tháng Chạp âm lịch", year=2026)
    assert found.complement is None
    assert (found.from_day, found.days, found.month) == (10, (20,), 12)


@pytest.mark.parametrize("phrase", ["mùng 2 Tết Âm lịch 2027", "Mùng 2 Tết âm lịch năm 2027"])
def test_the_second_day_of_tet_am_lich_is_the_second_of_the_first_lunar_month(phrase):
    found = parse_deadline(phrase)
    assert found == parse_deadline("mùng 2 Tết Nguyên đán 2027")
    # Tết 2027 fell on 6 February 2027.
    assert [o.due for o in found.occurrences(D(2027, 1, 1), D(2027, 12, 31))] == [D(2027, 2, 7)]


_FEAST_NO_YEAR = "'Tết Trung thu' has no year: write one, or 'hằng năm', or give the plan year"


@pytest.mark.parametrize(
    ("phrase", "year", "reason", "words"),
    [
        # "Đến trước" is "trước": it goes with a date, and the whole lead is underlined.
        (
            "Đến trước Quý II/2026",
            None,
            "'trước' goes with a date ('trước ngày 15/3/2020'), not a period",
            "Đến trước",
        ),
        (
            "Đến trước cuối Quý II/2026",
            None,
            "'trước' goes with a date ('trước ngày 15/3/2020'), not a point of a period",
            "Đến trước",
        ),
        # The month after a quarter is written "tháng đầu quý tiếp theo"; "tháng tiếp
        # theo sau" goes with the reporting period alone.
        (
            "ngày 12 của tháng tiếp theo sau quý",
            None,
            "expected 'kỳ báo cáo' after the month",
            "quý",
        ),
        # A feast without a year, after the action: the feast is underlined, not the action.
        ("Tổ chức Tết Trung thu", None, _FEAST_NO_YEAR, "Tết Trung thu"),
        ("Tết Trung thu", None, _FEAST_NO_YEAR, "Tết Trung thu"),
        # A year too long to be one, after the last day of a month.
        (
            "Ngày cuối cùng của tháng 12/1234567",
            None,
            "'1234567' is too long to be a year",
            "1234567",
        ),
        # A lunar range with no last day, and a lunar day too long to be one.
        ("từ mùng 1 đến tháng Giêng âm lịch", 2026, "expected a lunar day", "tháng"),
        (
            "ngày 1234567 tháng Giêng âm lịch",
            2026,
            "'1234567' is too long to be a lunar day",
            "1234567",
        ),
    ],
)
def test_a_phrase_at_the_grammar_edge_names_its_fault_under_the_words_at_fault(
    phrase, year, reason, words
):
    assert refusal(phrase, year) == (reason, underlined(phrase, words))


# -------- lunar markers, windows with 'thuộc', stages, months of a period (sample 7)

_EXPECTED = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)


def _dues(phrase: str, year: int | None, start: D, end: D) -> list[D]:
    return [o.due for o in parse_deadline(phrase, year=year).occurrences(start, end)]


@pytest.mark.parametrize(
    ("phrase", "year", "canonical"),
    [
        # "âl" abbreviates "âm lịch" with or without brackets around it.
        ("Rằm tháng Giêng âl", 2026, "Ngày 15 tháng 01 âm lịch năm 2026"),
        ("ngày 15/7 âl hằng năm", None, "Ngày 15 tháng 07 âm lịch hàng năm"),
        # "Tết" alone is Tết Nguyên đán, whether a recurrence or a year follows it.
        ("Trước Tết hằng năm", None, "Trước Tết Nguyên đán hàng năm"),
        ("Trước Tết năm 2026", None, "Trước Tết Nguyên đán năm 2026"),
        # "thuộc tháng đầu quý" (belonging to the quarter's first month) opens a window as
        # "của tháng đầu quý" does.
        (
            "Từ ngày 15 thuộc tháng đầu quý đến ngày 10 của tháng cuối quý",
            None,
            "Từ ngày 15 của tháng đầu quý đến ngày 10 của tháng cuối quý",
        ),
        (
            "Từ ngày 01 thuộc tháng cuối quý đến ngày 20 tháng cuối quý",
            None,
            "Từ ngày 01 đến ngày 20 của tháng cuối quý",
        ),
        # "kế tiếp" (next) names the month after the reporting period, as "tiếp theo" does.
        (
            "ngày 12 của tháng kế tiếp kỳ báo cáo",
            None,
            "Ngày 12 của tháng tiếp theo sau kỳ báo cáo",
        ),
        (
            "ngày 12 tháng kế tiếp sau kỳ báo cáo",
            None,
            "Ngày 12 của tháng tiếp theo sau kỳ báo cáo",
        ),
        # "06 tháng" is the half year, written with a leading zero.
        ("ngày 20 của tháng cuối 06 tháng", None, "Ngày 20 của tháng cuối kỳ 6 tháng"),
        (
            "ngày 10 tháng đầu 06 tháng tiếp theo",
            None,
            "Ngày 10 của tháng đầu kỳ 6 tháng tiếp theo",
        ),
        # A stage numbered with a leading zero is that stage.
        ("Đợt 01 tháng 6/2026", None, "Đợt 1 trong tháng 6/2026"),
        ("Lần 01: Quý I/2026", None, "Lần 1 trong quý I/2026"),
    ],
)
def test_other_spellings_read_as_their_canonical_phrase_again(phrase, year, canonical):
    assert str(parse_deadline(phrase, year=year)) == canonical


def test_the_fifteenth_of_the_first_lunar_month_written_with_al_is_due_that_day():
    # Tết 2026 (the 1st of the 1st lunar month) fell on 17/02/2026: its 15th on 03/03/2026.
    assert _dues("Rằm tháng Giêng âl", 2026, D(2026, 1, 1), D(2026, 12, 31)) == [D(2026, 3, 3)]


def test_before_tet_every_year_is_due_the_day_before_each_tet_nguyen_dan():
    # Tết Nguyên đán fell on 17/02/2026 and on 06/02/2027.
    assert _dues("Trước Tết hằng năm", None, D(2026, 1, 1), D(2027, 12, 31)) == [
        D(2026, 2, 16),
        D(2027, 2, 5),
    ]


@pytest.mark.parametrize(
    ("phrase", "word"),
    [
        # A lunar feast comes once a year: it does not recur by quarter, week or month.
        ("Tết Trung thu hằng quý", "hằng"),
        ("Tết Nguyên đán mỗi tuần", "mỗi"),
        ("Rằm tháng Giêng hằng tháng", "hằng"),
    ],
)
def test_a_lunar_feast_followed_by_a_recurrence_other_than_yearly_is_refused(phrase, word):
    assert refusal(phrase, 2026) == (
        f"unexpected {word!r} after the deadline",
        underlined(phrase, word),
    )


def test_a_window_opening_in_a_month_written_with_thuoc_recurs_each_quarter():
    phrase = "Từ ngày 15 thuộc tháng đầu quý đến ngày 10 của tháng cuối quý"
    assert parse_deadline(phrase) == parse_deadline(
        "Từ ngày 15 của tháng đầu quý đến ngày 10 của tháng cuối quý"
    )


@pytest.mark.parametrize(
    ("period", "due"),
    [
        (Quarter(2020, 4), D(2021, 1, 12)),
        (HalfYear(2020, 1), D(2020, 7, 12)),
    ],
)
def test_the_month_ke_tiep_a_reporting_period_is_the_month_after_it(period, due):
    deadline = parse_deadline("ngày 12 của tháng kế tiếp kỳ báo cáo")
    assert isinstance(deadline, RelativeToPeriod)
    assert deadline.resolve(period) == due


def test_the_last_month_of_06_thang_is_june_and_december():
    assert _dues("ngày 20 của tháng cuối 06 tháng", None, D(2026, 1, 1), D(2026, 12, 31)) == [
        D(2026, 6, 20),
        D(2026, 12, 20),
    ]


@pytest.mark.parametrize(
    ("phrase", "phases"),
    [
        (
            "Đợt 01: tháng 6/2026; Đợt 02: tháng 11/2026",
            [("đợt 1", Month(2026, 6)), ("đợt 2", Month(2026, 11))],
        ),
        (
            "Đợt 10: tháng 6/2026; Đợt 11: tháng 11/2026",
            [("đợt 10", Month(2026, 6)), ("đợt 11", Month(2026, 11))],
        ),
        (
            "Giai đoạn 01: năm 2026; Giai đoạn 02: năm 2027",
            [("giai đoạn 1", Year(2026)), ("giai đoạn 2", Year(2027))],
        ),
    ],
)
def test_stages_numbered_with_two_digits_are_phases_of_those_numbers(phrase, phases):
    deadline = parse_deadline(phrase)
    assert [(p.milestone, p.deadline.windows[0].first) for p in deadline.phases] == phases
    assert all(len(p.deadline.windows) == 1 for p in deadline.phases)


@pytest.mark.parametrize(
    ("phrase", "action", "period"),
    [
        # "định kỳ" before a period, not a unit of recurrence, is part of the action: the
        # periodic report of the first six (nine) months of 2026.
        ("Báo cáo định kỳ sáu tháng đầu năm 2026", "Báo cáo định kỳ", HalfYear(2026, 1)),
        ("Báo cáo định kỳ chín tháng đầu năm 2026", "Báo cáo định kỳ", NineMonths(2026)),
        ("Định kỳ chín tháng đầu năm 2026", "Định kỳ", NineMonths(2026)),
    ],
)
def test_dinh_ky_before_a_period_of_months_is_the_action_of_that_period(phrase, action, period):
    deadline = parse_deadline(phrase)
    assert isinstance(deadline, PeriodDeadline)
    assert deadline.action == action
    assert [(w.first, w.last) for w in deadline.windows] == [(period, period)]


@pytest.mark.parametrize(
    ("phrase", "action", "complement", "due"),
    [
        ("Trình UBND tỉnh trước ngày 30/6/2026;", "Trình", "UBND tỉnh", D(2026, 6, 29)),
        ("Đăng ký Quý II/2026;", None, "Đăng ký", D(2026, 6, 30)),
        ("Kỳ họp chuyên đề tháng 5/2026;", None, "Kỳ họp chuyên đề", D(2026, 5, 31)),
    ],
)
def test_words_before_a_deadline_closed_by_a_semicolon_are_its_complement(
    phrase, action, complement, due
):
    deadline = parse_deadline(phrase)
    assert (deadline.action, deadline.complement) == (action, complement)
    assert _dues(phrase, None, D(2026, 1, 1), D(2026, 12, 31)) == [due]


@pytest.mark.parametrize(
    ("phrase", "windows"),
    [
        # "đến hết cả năm 2027": to the end of the whole of 2027, one range of years.
        ("Từ năm 2025 đến hết cả năm 2027", [(D(2025, 1, 1), D(2027, 12, 31))]),
        (
            "Năm 2024, năm 2026 - cả năm 2028",
            [(D(2024, 1, 1), D(2024, 12, 31)), (D(2026, 1, 1), D(2028, 12, 31))],
        ),
        # From March to May 2026, and August 2026.
        (
            "Từ tháng 3 - 5/2026, tháng 8/2026",
            [(D(2026, 3, 1), D(2026, 5, 31)), (D(2026, 8, 1), D(2026, 8, 31))],
        ),
    ],
)
def test_ranges_of_periods_read_to_the_period_written_last(phrase, windows):
    deadline = parse_deadline(phrase)
    assert isinstance(deadline, PeriodDeadline)
    assert [(w.opens, w.due) for w in deadline.windows] == windows


@pytest.mark.parametrize(
    ("phrase", "year", "reason", "words"),
    [
        # A range runs from a period to one of the same kind: a quarter to a whole year
        # is no range.
        (
            "Quý I/2026 - cả năm 2026",
            None,
            "a range runs between periods of one kind",
            "Quý I/2026 - cả năm 2026",
        ),
        # A date with its year in the middle: the year stands where the month goes.
        ("30/2026/6", None, "a month is numbered 1 to 12, not 2026", "2026"),
        ("chậm nhất 30/2026/6", None, "a month is numbered 1 to 12, not 2026", "2026"),
        # The last six weeks of a year are no period of the language ("6 tháng cuối năm"
        # is): the count is refused, not read as six months.
        ("sáu tuần cuối năm 2026", None, f"{_EXPECTED}, not 'sáu'", "sáu"),
    ],
)
def test_a_phrase_at_the_grammar_edge_is_refused_with_its_fault_underlined_again(
    phrase, year, reason, words
):
    assert refusal(phrase, year) == (reason, underlined(phrase, words))


# ------------------- phases after a comma, the reporting year, value checks (sample 7)

_DECREE = ByRegulation(reference="Nghị định 61/2018/NĐ-CP", preposition="tại")


_BEFORE_15_12 = DateDeadline(date=D(2026, 12, 15), before=True)


@pytest.mark.parametrize(
    ("phrase", "phases"),
    [
        (
            "Xây dựng theo quy định tại Nghị định 61/2018/NĐ-CP, ban hành trước ngày 15/12/2026",
            (Phase("xây dựng", _DECREE), Phase("ban hành", _BEFORE_15_12)),
        ),
        (
            "Xây dựng theo quy định tại Nghị định 61/2018/NĐ-CP, trình trước ngày 15/12/2026",
            (Phase("xây dựng", _DECREE), Phase("trình", _BEFORE_15_12)),
        ),
        (
            "Xây dựng theo quy định tại Nghị định 61/2018/NĐ-CP - nộp trước ngày 15/12/2026",
            (Phase("xây dựng", _DECREE), Phase("nộp", _BEFORE_15_12)),
        ),
        (
            "Xây dựng: theo kế hoạch của UBND tỉnh, ban hành: Quý IV/2026",
            (
                Phase("xây dựng", ByReference(basis="theo kế hoạch", reference="của UBND tỉnh")),
                Phase("ban hành", PeriodDeadline.parse("Quý IV/2026")),
            ),
        ),
        (
            "Thực hiện sau khi có quyết định, báo cáo trước ngày 15/12/2026",
            (Phase("thực hiện", Span(since="có quyết định")), Phase("báo cáo", _BEFORE_15_12)),
        ),
    ],
)
def test_words_kept_as_written_end_where_a_comma_or_bullet_starts_the_next_phase(phrase, phases):
    assert parse_deadline(phrase) == Phased(phases=phases)


@pytest.mark.parametrize(
    ("phrase", "unit", "note"),
    [
        ("Hằng quý, tháng cuối quý", PeriodUnit.QUARTER, "tháng cuối quý"),
        ("Hằng năm, tháng cuối năm", PeriodUnit.YEAR, "tháng cuối năm"),
    ],
)
def test_a_last_month_named_after_a_recurrence_is_its_note_not_a_second_recurrence(
    phrase, unit, note
):
    assert parse_deadline(phrase) == Recurring(unit=unit, note=note)


@pytest.mark.parametrize(
    "phrase", ["Tuần cuối của năm 2026", "Tuần đầu năm 2026", "Tuần thứ 2 năm 2026"]
)
def test_a_week_counted_in_a_year_is_refused_under_the_year(phrase):
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase)
    assert caught.value.reason == (
        "a week is counted in a month ('tuần đầu tháng 1/2026'), not in a 'năm'"
    )
    assert caught.value.span == underlined(phrase, "năm")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Thứ 7 hằng tuần", Weekly(weekday=5, week=WeekRef.EVERY)),
        # 14/03/2026 is a Saturday: the weekday agrees with the date.
        ("Thứ 7, ngày 14/3/2026", DateDeadline(date=D(2026, 3, 14))),
    ],
)
def test_thu_7_in_digits_is_saturday(phrase, expected):
    assert parse_deadline(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [("Trong năm 2026 - 2027", 2026, 2027), ("Trong năm 2026 đến 2028", 2026, 2028)],
)
def test_trong_nam_before_a_range_of_years_is_the_whole_range(phrase, first, last):
    expected = PeriodDeadline(windows=(Window(Year(first), Year(last)),))
    assert parse_deadline(phrase, year=None) == expected
    assert parse_deadline(phrase, year=2026) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Từ ngày 10 đến 17 giờ ngày 10 hằng tháng",
            Recurring(unit=PeriodUnit.MONTH, day=10, from_day=10, time=datetime.time(17, 0)),
        ),
        (
            "Từ ngày 10/12 đến ngày 10/12 hằng năm",
            Recurring(unit=PeriodUnit.YEAR, day=10, month=12, from_day=10),
        ),
    ],
)
def test_a_window_that_opens_and_closes_on_one_day_is_that_day_each_period(phrase, expected):
    assert parse_deadline(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "every_year"),
    [
        ("Tháng 12 của năm báo cáo", "Tháng 12 hằng năm"),
        ("Tháng 12 năm báo cáo", "Tháng 12 hằng năm"),
        ("Quý IV năm thực hiện", "Quý IV hằng năm"),
        ("Từ tháng 4 đến tháng 10 của năm báo cáo", "Từ tháng 4 đến tháng 10 hằng năm"),
    ],
)
def test_a_month_or_quarter_of_the_reporting_year_recurs_each_year(phrase, every_year):
    found = parse_deadline(phrase)
    assert isinstance(found, Recurring)
    assert found == parse_deadline(every_year)


def test_december_and_q4_of_the_reporting_year_span_their_days_each_year():
    assert str(parse_deadline("Tháng 12 của năm báo cáo")) == (
        "Từ ngày 01/12 đến ngày 31/12 hàng năm"
    )
    assert str(parse_deadline("Quý IV năm thực hiện")) == "Từ ngày 01/10 đến ngày 31/12 hàng năm"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Ngày 15/3/2026 và năm 2027",
            Compound(
                parts=(
                    DateDeadline(date=D(2026, 3, 15)),
                    PeriodDeadline(windows=(Window.of(Year(2027)),)),
                )
            ),
        ),
        (
            # A report for June and one for the year, both of 2026.
            "Tháng 6 và năm 2026",
            PeriodDeadline(windows=(Window.of(Year(2026)), Window.of(Month(2026, 6)))),
        ),
    ],
)
def test_a_year_listed_after_a_date_or_a_month_is_one_more_deadline_not_hang_nam(phrase, expected):
    assert parse_deadline(phrase, year=None) == expected


@pytest.mark.parametrize(
    ("deadline", "written"),
    [
        (
            RelativeToPeriod(day=20, month=PeriodMonth.LAST, before=True, action="Báo cáo"),
            "Báo cáo trước ngày 20 của tháng cuối kỳ báo cáo",
        ),
        (
            RelativeToPeriod(day=12, month=PeriodMonth.NEXT, before=True),
            "Trước ngày 12 của tháng tiếp theo sau kỳ báo cáo",
        ),
        (
            RelativeToPeriod(day=5, month=PeriodMonth.FIRST),
            "Ngày 05 của tháng đầu kỳ báo cáo",
        ),
    ],
)
def test_a_day_relative_to_the_reporting_period_writes_truoc_in_lower_case(deadline, written):
    assert str(deadline) == written
    assert parse_deadline(written) == deadline


@pytest.mark.parametrize(
    ("deadline", "written"),
    [
        (
            Recurring(unit=PeriodUnit.QUARTER, day=5, month=4, from_day=20, from_month=3),
            "Từ ngày 20 của tháng cuối quý đến ngày 05 của tháng đầu quý tiếp theo",
        ),
        (
            Recurring(unit=PeriodUnit.HALF_YEAR, day=10, month=7, from_day=15, from_month=6),
            "Từ ngày 15 của tháng cuối kỳ 6 tháng đến ngày 10 của tháng đầu kỳ 6 tháng tiếp theo",
        ),
        (
            Recurring(unit=PeriodUnit.QUARTER, day=20, month=3, from_day=5, from_month=2),
            "Từ ngày 05 của tháng thứ 2 quý đến ngày 20 của tháng cuối quý",
        ),
    ],
)
def test_a_window_from_the_last_month_of_a_period_names_that_month_cuoi(deadline, written):
    assert str(deadline) == written
    assert parse_deadline(written) == deadline


def test_a_window_from_the_last_month_of_each_quarter_opens_there_and_closes_in_the_next():
    found = parse_deadline("Từ ngày 20 tháng cuối quý đến ngày 5 tháng đầu quý sau")
    assert str(found) == "Từ ngày 20 của tháng cuối quý đến ngày 05 của tháng đầu quý tiếp theo"
    windows = [(o.opens, o.due) for o in found.occurrences(D(2026, 1, 1), D(2026, 12, 31))]
    assert windows == [
        (D(2025, 12, 20), D(2026, 1, 5)),
        (D(2026, 3, 20), D(2026, 4, 5)),
        (D(2026, 6, 20), D(2026, 7, 5)),
        (D(2026, 9, 20), D(2026, 10, 5)),
    ]


def test_a_monthly_deadline_with_a_month_is_refused_with_the_whole_message():
    with pytest.raises(ValueError, match=r"^a monthly deadline takes no month$"):
        Recurring(unit=PeriodUnit.MONTH, day=5, month=1)


@pytest.mark.parametrize(
    ("complement", "error", "message"),
    [
        (5, TypeError, "complement must be a str, not 5"),
        (
            "Trình  UBND tỉnh",
            ValueError,
            "complement must be non-empty single-spaced text, not 'Trình  UBND tỉnh'",
        ),
        ("", ValueError, "complement must be non-empty single-spaced text, not ''"),
    ],
)
def test_a_complement_is_single_spaced_text(complement, error, message):
    with pytest.raises(error) as caught:
        DateDeadline(date=D(2026, 3, 15), complement=complement)
    assert str(caught.value) == message


@pytest.mark.parametrize("action", ["Định kỳ", "Báo cáo định kỳ"])
def test_dinh_ky_before_a_compound_that_starts_with_a_recurrence_is_refused(action):
    # "Định kỳ hàng tháng; thường xuyên" reads as "Hàng tháng; thường xuyên": the words
    # would be lost on the way back, as they are before a lone recurrence.
    with pytest.raises(ValueError, match=r"adds nothing") as caught:
        Compound(action=action, parts=(Recurring(unit=PeriodUnit.MONTH), Continuous()))
    assert str(caught.value) == f"{action!r} before 'hàng tháng' adds nothing: give no action"
    kept = Compound(action="Báo cáo", parts=(Recurring(unit=PeriodUnit.MONTH), Continuous()))
    assert parse_deadline(str(kept)) == kept


@pytest.mark.parametrize("word", ["Giữa", "Cuối", "Đầu"])
def test_a_point_word_before_du_kien_is_no_complement_that_would_read_back_as_a_point(word):
    # Found by test_no_text_raises_anything_but_a_parse_error: "Giữa dự kiến hằng tuần" was
    # the tentative weekly deadline with the complement "Giữa", written back "Dự kiến Giữa
    # hàng tuần", which reads "Giữa hàng" as a point and is refused.
    phrase = f"{word} dự kiến hằng tuần"
    assert refusal(phrase, 2026) == (
        f"{_EXPECTED}, not {word!r}",
        underlined(phrase, word),
    )
