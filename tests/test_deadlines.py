"""The deadline language: every family of phrase, with due dates worked out by hand."""

from __future__ import annotations

import datetime
import pickle
import unicodedata

import pytest

from cchc_model import (
    ByRegulation,
    Compound,
    Continuous,
    DateDeadline,
    Deadline,
    DeadlineKind,
    DeadlineParseError,
    Occurrence,
    PeriodDeadline,
    PeriodMonth,
    Phase,
    Phased,
    PointInPeriod,
    Position,
    Recurring,
    RelativeToPeriod,
    Span,
    Window,
    WithinDays,
    parse_deadline,
)
from cchc_model.language.deadlines import Unrecognised, merge_windows
from cchc_model.language.periods import (
    HalfYear,
    Month,
    NineMonths,
    Period,
    PeriodUnit,
    Quarter,
    Year,
)

D = datetime.date
Y2020 = (D(2020, 1, 1), D(2020, 12, 31))
WIDE = (D(2019, 1, 1), D(2022, 12, 31))


def points(deadline: Deadline, window=WIDE) -> list[tuple[D, D | None, str | None]]:
    return [(o.due, o.opens, o.milestone) for o in deadline.occurrences(*window)]


# --------------------------------------------------------------------------- 1. periods


@pytest.mark.parametrize(
    ("text", "opens", "due"),
    [
        ("Tháng 5/2020", D(2020, 5, 1), D(2020, 5, 31)),
        ("tháng 01 năm 2020", D(2020, 1, 1), D(2020, 1, 31)),
        ("Tháng 2/2020", D(2020, 2, 1), D(2020, 2, 29)),
        ("Quý I/2020", D(2020, 1, 1), D(2020, 3, 31)),
        ("Quý 3/2021", D(2021, 7, 1), D(2021, 9, 30)),
        ("QUÝ IV năm 2021", D(2021, 10, 1), D(2021, 12, 31)),
        ("6 tháng đầu năm 2021", D(2021, 1, 1), D(2021, 6, 30)),
        ("06 tháng cuối năm 2021", D(2021, 7, 1), D(2021, 12, 31)),
        ("9 tháng đầu năm 2020", D(2020, 1, 1), D(2020, 9, 30)),
        ("Năm 2020", D(2020, 1, 1), D(2020, 12, 31)),
        ("Trong năm 2021", D(2021, 1, 1), D(2021, 12, 31)),
    ],
)
def test_a_period_is_due_on_its_last_day_and_opens_on_its_first(text, opens, due):
    assert points(parse_deadline(text)) == [(due, opens, None)]


@pytest.mark.parametrize(
    ("text", "opens", "due"),
    [
        ("Quý II, III/2020", D(2020, 4, 1), D(2020, 9, 30)),
        ("Quý I/2020 quý II/2020", D(2020, 1, 1), D(2020, 6, 30)),
        ("Tháng 3 - Tháng 6/2021", D(2021, 3, 1), D(2021, 6, 30)),
        ("Quý IV/2021 và Quý I/2022", D(2021, 10, 1), D(2022, 3, 31)),
        ("Năm 2021 - 2022", D(2021, 1, 1), D(2022, 12, 31)),
        ("Quý I, II/2020", D(2020, 1, 1), D(2020, 6, 30)),
        ("Từ tháng 3 đến tháng 6/2021", D(2021, 3, 1), D(2021, 6, 30)),
    ],
)
def test_consecutive_periods_form_one_window_due_on_its_last_day(text, opens, due):
    assert points(parse_deadline(text)) == [(due, opens, None)]


def test_separate_periods_are_separate_windows():
    deadline = parse_deadline("Quý I, III/2020")
    assert points(deadline) == [
        (D(2020, 3, 31), D(2020, 1, 1), None),
        (D(2020, 9, 30), D(2020, 7, 1), None),
    ]
    assert deadline == PeriodDeadline.of(Quarter(2020, 1), Quarter(2020, 3))


def test_a_period_without_a_year_takes_the_plan_year():
    assert parse_deadline("6 tháng cuối năm", year=2020) == PeriodDeadline.of(HalfYear(2020, 2))
    assert parse_deadline("9 tháng đầu năm", year=2020) == PeriodDeadline.of(NineMonths(2020))
    assert parse_deadline("Tháng 5", year=2020) == PeriodDeadline.of(Month(2020, 5))


def test_a_year_written_later_in_the_phrase_wins_over_the_plan_year():
    assert parse_deadline("Tháng 3 - Tháng 6/2021", year=2020).windows == (
        Window(Month(2021, 3), Month(2021, 6)),
    )


def test_an_action_before_a_period_is_kept_as_its_label():
    deadline = parse_deadline("Tổ chức trong Quý III/2020")
    assert deadline.action == "Tổ chức"
    assert deadline == PeriodDeadline.of(Quarter(2020, 3), action="Tổ chức")


# --------------------------------------------------------------------------- 2. dates


@pytest.mark.parametrize(
    "text",
    [
        "ngày 15/3/2020",
        "15-3-2020",
        "15.3.2020",
        "ngày 15 tháng 3 năm 2020",
        "ngày 15 tháng 03/2020",
        "chậm nhất ngày 15/3/2020",
        "chậm nhất là ngày 15/3/2020",
        "chậm nhất vào ngày 15/3/2020",
        "đến ngày 15/3/2020",
        "đến hết ngày 15/3/2020",
        "hạn chót 15/3/2020",
        "hạn chót: 15/3/2020",
        "Chủ nhật, ngày 15/3/2020",
    ],
)
def test_every_usual_notation_of_a_date_means_that_day(text):
    assert parse_deadline(text) == DateDeadline(date=D(2020, 3, 15))
    assert points(parse_deadline(text)) == [(D(2020, 3, 15), None, None)]


@pytest.mark.parametrize("text", ["trước ngày 15/3/2020", "đến trước ngày 15/3/2020"])
def test_before_a_date_means_the_day_before_it(text):
    deadline = parse_deadline(text)
    assert deadline == DateDeadline(date=D(2020, 3, 15), before=True)
    assert points(deadline) == [(D(2020, 3, 14), None, None)]


def test_numbers_in_words_and_a_weekday_are_checked_and_kept_out_of_the_value():
    assert parse_deadline("ngày 06 (sáu) tháng 06 (sáu)", year=2020) == DateDeadline(
        date=D(2020, 6, 6)
    )
    assert parse_deadline("thứ Năm ngày 23/1/2020") == DateDeadline(date=D(2020, 1, 23))
    assert parse_deadline("thứ 5, ngày 23/1/2020") == DateDeadline(date=D(2020, 1, 23))


def test_a_date_range_is_a_window_due_on_its_last_day():
    deadline = parse_deadline("từ ngày 1/4 đến hết ngày 10/4/2020")
    assert deadline == DateDeadline(date=D(2020, 4, 10), opens=D(2020, 4, 1))
    assert points(deadline) == [(D(2020, 4, 10), D(2020, 4, 1), None)]


def test_a_range_up_to_before_a_day_ends_the_day_before():
    deadline = parse_deadline("từ ngày 01/4/2020 đến trước ngày 10/4/2020")
    assert points(deadline) == [(D(2020, 4, 9), D(2020, 4, 1), None)]


def test_a_range_across_new_year_takes_the_first_year_from_the_last_day():
    deadline = parse_deadline("từ ngày 15/12/2019 đến ngày 15/01/2020")
    assert points(deadline) == [(D(2020, 1, 15), D(2019, 12, 15), None)]


def test_a_date_without_a_year_takes_the_plan_year():
    assert parse_deadline("ngày 30/4", year=2020) == DateDeadline(date=D(2020, 4, 30))


# --------------------------------------------------------------------------- 3. recurring


def test_monthly_is_due_on_each_month_end_with_its_month_as_window():
    got = points(parse_deadline("Hàng tháng"), Y2020)
    assert len(got) == 12
    assert got[1] == (D(2020, 2, 29), D(2020, 2, 1), None)
    assert got[-1] == (D(2020, 12, 31), D(2020, 12, 1), None)


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        ("Hằng quý", [D(2020, 3, 31), D(2020, 6, 30), D(2020, 9, 30), D(2020, 12, 31)]),
        ("Hàng quý", [D(2020, 3, 31), D(2020, 6, 30), D(2020, 9, 30), D(2020, 12, 31)]),
        ("Định kỳ 6 tháng", [D(2020, 6, 30), D(2020, 12, 31)]),
        ("Định kỳ hàng quý", [D(2020, 3, 31), D(2020, 6, 30), D(2020, 9, 30), D(2020, 12, 31)]),
        ("Hàng năm", [D(2020, 12, 31)]),
        ("mỗi năm", [D(2020, 12, 31)]),
        (
            "ngày 10 của tháng cuối quý",
            [D(2020, 3, 10), D(2020, 6, 10), D(2020, 9, 10), D(2020, 12, 10)],
        ),
        (
            "trước ngày 3 tháng cuối cùng của mỗi quý",
            [D(2020, 3, 2), D(2020, 6, 2), D(2020, 9, 2), D(2020, 12, 2)],
        ),
        (
            "ngày 10 tháng thứ hai của quý",
            [D(2020, 2, 10), D(2020, 5, 10), D(2020, 8, 10), D(2020, 11, 10)],
        ),
        ("trước ngày 15/12 hàng năm", [D(2020, 12, 14)]),
        ("ngày 20 của tháng cuối kỳ 6 tháng", [D(2020, 6, 20), D(2020, 12, 20)]),
    ],
)
def test_a_recurring_deadline_is_due_once_in_each_period(text, dues):
    assert [due for due, _, _ in points(parse_deadline(text), Y2020)] == dues


def test_a_day_in_each_month_is_due_on_that_day():
    deadline = parse_deadline("Báo cáo và công bố ngày 05 hàng tháng")
    assert deadline == Recurring(unit=PeriodUnit.MONTH, day=5, action="Báo cáo và công bố")
    assert points(deadline, Y2020) == [(D(2020, m, 5), None, None) for m in range(1, 13)]


def test_before_a_day_in_each_month_is_due_the_day_before():
    got = points(parse_deadline("trước ngày 25 hằng tháng"), Y2020)
    assert [due for due, _, _ in got] == [D(2020, m, 24) for m in range(1, 13)]


def test_a_window_of_days_in_each_month_opens_on_its_first_day():
    got = points(parse_deadline("từ ngày 1 đến ngày 5 hằng tháng"), Y2020)
    assert got == [(D(2020, m, 5), D(2020, m, 1), None) for m in range(1, 13)]


def test_a_day_a_month_lacks_falls_on_that_months_last_day():
    got = [due for due, _, _ in points(parse_deadline("ngày 31 hàng tháng"), Y2020)]
    assert got[1] == D(2020, 2, 29)
    assert got[3] == D(2020, 4, 30)
    assert len(got) == 12  # unlike RFC 5545, no month is skipped


def test_the_29th_of_february_each_year_falls_on_the_28th_in_common_years():
    got = [due for due, _, _ in points(parse_deadline("ngày 29/2 hàng năm"), WIDE)]
    assert got == [D(2019, 2, 28), D(2020, 2, 29), D(2021, 2, 28), D(2022, 2, 28)]


def test_before_the_first_of_each_month_is_due_on_the_previous_months_last_day():
    got = [due for due, _, _ in points(parse_deadline("trước ngày 01 hàng tháng"), Y2020)]
    assert got[0] == D(2020, 1, 31)  # for February; January's falls on 31/12/2019
    assert got[-1] == D(2020, 12, 31)  # for January 2021
    assert len(got) == 12


def test_before_new_year_each_year_is_due_on_the_last_day_of_the_year():
    got = points(parse_deadline("trước ngày 01/01 hàng năm"), Y2020)
    assert got == [(D(2020, 12, 31), None, None)]
    december = (D(2020, 12, 1), D(2020, 12, 31))
    assert points(parse_deadline("trước ngày 01 hàng tháng"), december) == [
        (D(2020, 12, 31), None, None)
    ]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Quý IV và Quý I/2022", Quarter(2021, 4), Quarter(2022, 1)),
        ("Tháng 11 - Tháng 2/2021", Month(2020, 11), Month(2021, 2)),
        ("Quý IV/2021 - Quý I", Quarter(2021, 4), Quarter(2022, 1)),
    ],
)
def test_a_year_less_period_beside_a_dated_one_takes_the_year_that_keeps_them_in_order(
    text, first, last
):
    assert parse_deadline(text).windows == (Window(first, last),)


def test_a_regulation_keeps_whether_it_names_a_document_or_a_body():
    body = parse_deadline("theo quy định của Bộ Nội vụ")
    assert body == ByRegulation(reference="Bộ Nội vụ", preposition="của")
    assert str(body) == "Theo quy định của Bộ Nội vụ"


def test_the_next_working_day_note_is_kept_as_a_flag_not_applied():
    deadline = parse_deadline(
        "Gửi trước ngày 15 hàng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)"
    )
    assert deadline.rolls_forward
    assert deadline.action == "Gửi"
    assert points(deadline, Y2020)[0] == (D(2020, 1, 14), None, None)
    same = parse_deadline(
        "gửi trước ngày 15 hàng tháng, "
        "nếu rơi vào ngày nghỉ lễ, tết thì lùi sang ngày làm việc kế tiếp"
    )
    assert same == deadline


def test_a_recurring_deadline_has_no_end():
    got = points(parse_deadline("Hàng năm"), (D(2098, 1, 1), D(2100, 12, 31)))
    assert [due for due, _, _ in got] == [D(2098, 12, 31), D(2099, 12, 31), D(2100, 12, 31)]


# --------------------------------------------------------------------------- 4.–5. open-ended


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thường xuyên", Continuous()),
        ("Thường xuyên trong năm", Continuous()),
        ("Thường xuyên trong năm 2021", Continuous(year=2021)),
        ("Thực hiện thường xuyên", Continuous(action="Thực hiện")),
        ("Thường xuyên, liên tục", Continuous()),
        ("Theo quy định", ByRegulation()),
        (
            "Theo quy định tại Nghị định số 09/2019/NĐ-CP",
            ByRegulation(reference="Nghị định số 09/2019/NĐ-CP"),
        ),
    ],
)
def test_continuous_and_regulated_deadlines_have_no_due_points_of_their_own(text, expected):
    deadline = parse_deadline(text)
    assert deadline == expected
    assert points(deadline) == []


def test_continuous_within_the_year_takes_the_plan_year():
    assert parse_deadline("Thường xuyên trong năm", year=2020) == Continuous(year=2020)


# --------------------------------------------------------------------------- 6. phases


def test_a_phased_deadline_has_one_due_point_per_phase():
    deadline = parse_deadline("- Ban hành tháng 01/2020 - Kết thúc tháng 12/2020")
    assert deadline == Phased(
        phases=(
            Phase("ban hành", PeriodDeadline.of(Month(2020, 1))),
            Phase("kết thúc", PeriodDeadline.of(Month(2020, 12))),
        )
    )
    assert points(deadline) == [
        (D(2020, 1, 31), D(2020, 1, 1), "ban hành"),
        (D(2020, 12, 31), D(2020, 12, 1), "kết thúc"),
    ]


def test_a_continuous_phase_adds_no_due_point():
    deadline = parse_deadline("- Ban hành trong Quý I/2020 - Thực hiện thường xuyên")
    assert [p.milestone for p in deadline.phases] == ["ban hành", "thực hiện"]
    assert points(deadline) == [(D(2020, 3, 31), D(2020, 1, 1), "ban hành")]


def test_phases_may_start_the_year_before_the_plan():
    deadline = parse_deadline("- Ban hành trong tháng 12/2019 - Kết thúc trong tháng 12/2020")
    assert points(deadline) == [
        (D(2019, 12, 31), D(2019, 12, 1), "ban hành"),
        (D(2020, 12, 31), D(2020, 12, 1), "kết thúc"),
    ]
    assert points(deadline, Y2020) == [(D(2020, 12, 31), D(2020, 12, 1), "kết thúc")]


def test_phases_on_separate_lines_as_in_a_pdf_table():
    text = "- Ban hành \n\ntrong quý \n\nI/2020 \n\n- Kết thúc trong \n\nquý IV/2020"
    assert [due for due, _, _ in points(parse_deadline(text))] == [D(2020, 3, 31), D(2020, 12, 31)]


def test_phases_due_on_the_same_day_keep_their_written_order():
    deadline = parse_deadline("- Ban hành Quý IV/2020 - Báo cáo tháng 12/2020")
    assert points(deadline) == [
        (D(2020, 12, 31), D(2020, 10, 1), "ban hành"),
        (D(2020, 12, 31), D(2020, 12, 1), "báo cáo"),
    ]


# --------------------------------------------------------------------------- 7. relative


class FiveDayWeek:
    """A calendar with weekends only, enough to resolve working days in a test."""

    def add_working_days(self, day: D, count: int) -> D:
        while count:
            day += datetime.timedelta(days=1)
            if day.weekday() < 5:
                count -= 1
        return day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trong thời hạn 05 ngày làm việc", WithinDays(days=5, working=True)),
        (
            "không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ",
            WithinDays(days=10, working=True, trigger="ngày nhận đủ hồ sơ"),
        ),
        ("trong vòng 3 ngày", WithinDays(days=3)),
        ("chậm nhất 15 ngày sau khi kết thúc", WithinDays(days=15, trigger="khi kết thúc")),
    ],
)
def test_a_number_of_days_after_an_event_is_kept_until_the_event_is_known(text, expected):
    deadline = parse_deadline(text)
    assert deadline == expected
    assert points(deadline) == []


def test_working_days_count_from_the_day_after_the_event():
    deadline = parse_deadline("trong thời hạn 05 ngày làm việc")
    # Friday 6 March 2020 + 5 working days: Mon 9 … Fri 13 March.
    assert deadline.resolve(D(2020, 3, 6), FiveDayWeek()) == D(2020, 3, 13)
    with pytest.raises(TypeError, match="counts working days: pass a working calendar"):
        deadline.resolve(D(2020, 3, 6))


def test_calendar_days_do_not_count_the_day_of_the_event():
    # Civil Code 2015 art. 147(1): the limit starts on the day after the event.
    assert WithinDays(days=10).resolve(D(2020, 3, 2)) == D(2020, 3, 12)


@pytest.mark.parametrize(
    ("text", "period", "due"),
    [
        ("ngày 20 của tháng cuối kỳ báo cáo", Quarter(2020, 3), D(2020, 9, 20)),
        ("ngày 12 của tháng tiếp theo sau kỳ báo cáo", Quarter(2020, 4), D(2021, 1, 12)),
        ("ngày 12 của tháng tiếp theo sau kỳ báo cáo", HalfYear(2020, 1), D(2020, 7, 12)),
        ("trước ngày 05 của tháng đầu kỳ báo cáo", Year(2020), D(2020, 1, 4)),
        ("ngày 31 của tháng cuối kỳ báo cáo", Quarter(2020, 2), D(2020, 6, 30)),
    ],
)
def test_a_day_relative_to_a_reporting_period_resolves_for_each_period(text, period, due):
    deadline = parse_deadline(text)
    assert isinstance(deadline, RelativeToPeriod)
    assert deadline.resolve(period) == due
    assert points(deadline) == []


def test_relative_months_name_first_last_and_next():
    assert parse_deadline("ngày 20 của tháng cuối kỳ báo cáo").month is PeriodMonth.LAST


# --------------------------------------------------------------------------- spelling


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("QUÝ   II ,  III / 2020", "Quý II, III/2020"),
        ("quý 2, 3/2020", "Quý II, III/2020"),
        ("Qúy II, III/2020", "Quý II, III/2020"),
        ("tháng 05/2020", "Tháng 5/2020"),
        ("HÀNG THÁNG", "Hàng tháng"),
        ("hằng tháng", "Hàng tháng"),
        ("Quý I/2020.", "Quý I/2020"),
    ],
)
def test_case_spacing_spelling_and_numerals_do_not_matter(variant, canonical):
    assert parse_deadline(variant) == parse_deadline(canonical)


def test_decomposed_unicode_reads_like_composed():
    text = "Báo cáo và công bố ngày 05 hàng tháng"
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert parse_deadline(nfd) == parse_deadline(text)


# --------------------------------------------------------------------------- canonical form


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Quý II, III/2020", "Quý II/2020 - quý III/2020"),
        ("Quý I, III/2020", "Quý I/2020, quý III/2020"),
        ("15-3-2020", "Ngày 15/03/2020"),
        ("hằng quý", "Hàng quý"),
        ("Báo cáo và công bố ngày 05 hàng tháng", "Báo cáo và công bố ngày 05 hàng tháng"),
        (
            "- Ban hành tháng 01/2020 - Kết thúc tháng 12/2020",
            "- Ban hành trong tháng 1/2020 - Kết thúc trong tháng 12/2020",
        ),
        ("không quá 10 ngày làm việc", "Trong thời hạn 10 ngày làm việc"),
        (
            "ngày 12 của tháng tiếp theo sau kỳ báo cáo",
            "Ngày 12 của tháng tiếp theo sau kỳ báo cáo",
        ),
        ("Định kỳ vào ngày 05 hàng tháng", "Định kỳ vào ngày 05 hàng tháng"),
    ],
)
def test_str_is_the_canonical_phrase(text, canonical):
    assert str(parse_deadline(text)) == canonical


def test_every_kind_reports_its_family():
    kinds = {
        "Quý I/2020": DeadlineKind.PERIOD,
        "ngày 15/3/2020": DeadlineKind.DATE,
        "Hàng quý": DeadlineKind.RECURRING,
        "Thường xuyên": DeadlineKind.CONTINUOUS,
        "Theo quy định": DeadlineKind.BY_REGULATION,
        "- Ban hành Quý I/2020 - Kết thúc Quý IV/2020": DeadlineKind.PHASED,
        "trong thời hạn 05 ngày": DeadlineKind.WITHIN_DAYS,
        "ngày 20 của tháng cuối kỳ báo cáo": DeadlineKind.RELATIVE_TO_PERIOD,
    }
    assert {text: parse_deadline(text).kind for text in kinds} == kinds
    assert parse_deadline("Quý I/2020", year=None) == Deadline.parse("Quý I/2020")


def test_deadlines_are_immutable_hashable_and_picklable():
    deadline = parse_deadline("- Ban hành Quý I/2020 - Thực hiện thường xuyên")
    with pytest.raises(AttributeError):
        deadline.phases = ()  # type: ignore[misc]
    assert {deadline: 1}[parse_deadline(str(deadline))] == 1
    assert pickle.loads(pickle.dumps(deadline)) == deadline


def test_an_empty_window_yields_nothing():
    assert list(parse_deadline("Hàng tháng").occurrences(D(2020, 2, 1), D(2020, 1, 1))) == []
    assert list(parse_deadline("Quý I/2020").occurrences(D(2020, 4, 1), D(2020, 12, 31))) == []


def test_an_occurrence_records_due_window_and_milestone():
    occurrence = Occurrence(due=D(2020, 3, 31), opens=D(2020, 1, 1), milestone="ban hành")
    assert (occurrence.due, occurrence.opens, occurrence.milestone) == (
        D(2020, 3, 31),
        D(2020, 1, 1),
        "ban hành",
    )


def test_a_family_parses_only_its_own_phrases():
    assert Recurring.parse("Hằng quý") == Recurring(unit=PeriodUnit.QUARTER)
    with pytest.raises(DeadlineParseError) as caught:
        PeriodDeadline.parse("Hàng quý")
    assert caught.value.reason == "expected a period deadline, not a recurring one"


def test_the_abstract_types_cannot_be_built():
    with pytest.raises(TypeError, match="Deadline is abstract"):
        Deadline()
    with pytest.raises(TypeError, match="Period is abstract"):
        Period(2020)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Recurring(unit=PeriodUnit.MONTH, day=5, month=1),
            "a monthly deadline takes no month",
        ),
        (lambda: Recurring(unit=PeriodUnit.QUARTER, day=5), "needs the month of the period"),
        (lambda: Recurring(unit=PeriodUnit.MONTH, before=True), "need a day"),
        (lambda: Recurring(unit=PeriodUnit.MONTH, day=5, from_day=6), "ends before it starts"),
        (
            lambda: Recurring(unit=PeriodUnit.MONTH, action="Định kỳ"),
            "'Định kỳ' before 'hàng tháng' adds nothing",
        ),
        (lambda: PeriodDeadline(windows=()), "at least one window"),
        (
            lambda: PeriodDeadline(
                windows=(Window.of(Quarter(2020, 1)), Window.of(Quarter(2020, 2)))
            ),
            "form one window: merge them",
        ),
        (
            lambda: DateDeadline(date=D(2020, 4, 1), opens=D(2020, 4, 2)),
            "cannot end",
        ),
        (lambda: Phased(phases=(Phase("ban hành", Continuous()),)), "at least two phases"),
        (lambda: Phase("Ban hành", Continuous()), "a milestone is action words in lower case"),
        (lambda: Phase("ban hành", Continuous(action="Thực hiện")), "no action of its own"),
        (lambda: Continuous(action="Họp mặt"), "is not an action label"),
        (lambda: WithinDays(days=0), "between 1 and 3660"),
        (lambda: Window(Quarter(2020, 2), Quarter(2020, 1)), "cannot end"),
        (lambda: Window(Quarter(2020, 2), Month(2020, 9)), "periods of one kind"),
    ],
)
def test_values_that_no_phrase_could_mean_are_refused(build, message):
    with pytest.raises(ValueError, match=message):
        build()


def test_a_lunar_note_after_a_date_is_kept_as_its_note():
    # Before 0.4 the note was dropped; now nothing a writer adds is lost.
    d = parse_deadline("ngày 15/3/2020 (tức ngày 22 tháng 2 năm Canh Tý âm lịch)")
    assert (d.date, d.note) == (D(2020, 3, 15), "tức ngày 22 tháng 2 năm Canh Tý âm lịch")
    assert str(d) == "Ngày 15/03/2020 (tức ngày 22 tháng 2 năm Canh Tý âm lịch)"


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        # A report for a month and one for the half year it ends: two due points, one day.
        ("Báo cáo tháng 6 và 6 tháng đầu năm 2026", [D(2026, 6, 30), D(2026, 6, 30)]),
        # Kon Tum, UBND tỉnh, nhiệm vụ sau Tết Ất Tỵ 2025 (vpubnd.kontum.gov.vn, id=7973):
        # "các công việc của tháng 02 và quý I năm 2025".
        ("tháng 02 và quý I năm 2025", [D(2025, 2, 28), D(2025, 3, 31)]),
    ],
)
def test_periods_of_different_kinds_may_overlap_and_each_is_due(text, dues):
    d = parse_deadline(text)
    assert [o.due for o in d.occurrences(D(2025, 1, 1), D(2026, 12, 31))] == dues
    assert parse_deadline(str(d)) == d


# ------------------------------------------------------------------ reprs, windows, orders

_SIX_DAYS = "; ".join(f"ngày {day:02d}/06/2020" for day in range(1, 7))


def test_a_deadlines_repr_names_its_type_and_keeps_a_phrase_of_120_characters_whole():
    assert repr(parse_deadline("Quý I/2020")) == "<PeriodDeadline 'Quý I/2020'>"
    # 119 and 121 characters written out: the first is kept, the second cut at a word.
    kept = parse_deadline(f"{_SIX_DAYS}; quý IV/2020")
    assert repr(kept) == f"<Compound 'N{_SIX_DAYS[1:]}; trong quý IV/2020'>"
    cut = parse_deadline(f"{_SIX_DAYS}; tháng 12/2020")
    assert len(str(cut)) == 121
    assert repr(cut) == f"<Compound 'N{_SIX_DAYS[1:]}; trong tháng…'>"


def test_an_unrecognised_phrases_repr_keeps_80_characters_of_the_text_and_of_the_reason():
    text, error = "x" * 40 + " " + "y" * 39, "e" * 40 + " " + "f" * 39
    assert repr(Unrecognised(text=text, error=error)) == f"<Unrecognised {text!r}: {error}>"
    longer = Unrecognised(text=text + "z", error=error + "g")
    assert repr(longer) == f"<Unrecognised {'x' * 40 + '…'!r}: {'e' * 40}…>"


def test_a_window_of_one_period_reads_as_that_period():
    assert str(Window(Quarter(2020, 2), Quarter(2020, 2))) == "Quý II/2020"
    assert str(Window(Quarter(2020, 2), Quarter(2020, 3))) == "Quý II/2020 - Quý III/2020"


def test_phases_are_due_in_date_order_and_in_the_order_written_on_the_same_day():
    deadline = parse_deadline("- Kết thúc tháng 12/2020 - Báo cáo hàng quý")
    assert [(o.milestone, o.due) for o in deadline.occurrences(*Y2020)] == [
        ("báo cáo", D(2020, 3, 31)),
        ("báo cáo", D(2020, 6, 30)),
        ("báo cáo", D(2020, 9, 30)),
        ("kết thúc", D(2020, 12, 31)),
        ("báo cáo", D(2020, 12, 31)),
    ]


def test_of_two_parts_due_the_same_day_the_one_with_an_hour_comes_first():
    deadline = parse_deadline("Ngày 05/6/2020; trước 23h30 ngày 05/6/2020")
    assert [(o.due, o.time) for o in deadline.occurrences(*Y2020)] == [
        (D(2020, 6, 5), datetime.time(23, 30)),
        (D(2020, 6, 5), None),
    ]


def test_working_days_from_an_event_cannot_be_counted_without_a_calendar():
    deadline = parse_deadline("trong thời hạn 05 ngày làm việc")
    with pytest.raises(TypeError) as refused:
        deadline.resolve(D(2020, 6, 1))
    assert str(refused.value) == (
        "'Trong thời hạn 05 ngày làm việc' counts working days: pass a working calendar"
    )
    assert parse_deadline("trong thời hạn 05 ngày").resolve(D(2020, 6, 1)) == D(2020, 6, 6)


@pytest.mark.parametrize(
    ("text", "event", "due"),
    [
        # The event on Wednesday 17/06/2020: its week runs from Monday 15 to Sunday 21.
        ("Thứ Sáu tuần này", D(2020, 6, 17), D(2020, 6, 19)),
        ("Trước thứ Sáu tuần này", D(2020, 6, 17), D(2020, 6, 18)),
        ("Thứ Hai tuần sau", D(2020, 6, 17), D(2020, 6, 22)),
        ("Trước thứ Sáu tuần trước", D(2020, 6, 17), D(2020, 6, 11)),
        # "Before 16h on Friday" is due on the Friday, by 16h; not the day before.
        ("Trước 16 giờ thứ Sáu tuần sau", D(2020, 6, 17), D(2020, 6, 26)),
        # An event on the Sunday belongs to the week that ends that day.
        ("Thứ Hai tuần sau", D(2020, 6, 21), D(2020, 6, 22)),
        ("Thứ Hai tuần này", D(2020, 6, 15), D(2020, 6, 15)),
    ],
)
def test_a_weekday_of_a_week_around_an_event_is_found_from_the_events_monday(text, event, due):
    assert parse_deadline(text).resolve(event) == due


# --------------------------------------------------------------------------- values refused


def test_a_window_of_days_up_to_before_its_own_first_day_is_empty_and_refused():
    # "Từ ngày 10 đến trước ngày 10 hằng tháng": the window would end on the 9th.
    with pytest.raises(ValueError, match=r"^a window from day 10 ends before it starts$"):
        Recurring(unit=PeriodUnit.MONTH, day=10, from_day=10, before=True)
    # Up to before the 10th from the 9th is the 9th alone; before 17:00 on the 10th keeps
    # the 10th's morning.
    assert Recurring(unit=PeriodUnit.MONTH, day=10, from_day=9, before=True).day == 10
    at_five = datetime.time(17, 0)
    morning = Recurring(unit=PeriodUnit.MONTH, day=10, from_day=10, before=True, time=at_five)
    assert [(o.opens, o.due) for o in morning.occurrences(D(2026, 3, 1), D(2026, 3, 31))] == [
        (D(2026, 3, 10), D(2026, 3, 10))
    ]


def test_a_day_or_month_given_as_true_is_refused_as_no_number():
    with pytest.raises(TypeError, match=r"^day must be an int, not True$"):
        Recurring(unit=PeriodUnit.MONTH, day=True)
    with pytest.raises(TypeError, match=r"^from_month must be an int, not True$"):
        Recurring(unit=PeriodUnit.QUARTER, day=10, month=1, from_day=15, from_month=True)


def test_a_date_given_as_text_is_refused_with_the_text():
    with pytest.raises(TypeError, match=r"^date must be a datetime.date, not '2026-03-15'$"):
        DateDeadline(date="2026-03-15")


def test_an_action_that_is_no_action_label_is_refused_with_the_form_of_one():
    with pytest.raises(ValueError, match=r"^'Lập' is not an action label") as caught:
        DateDeadline(date=D(2026, 3, 15), action="Lập")
    message = str(caught.value)
    assert message.startswith("'Lập' is not an action label: action words (")
    assert message.endswith(
        ") joined by 'và', ',', '/' or '&', capitalised, optionally ending in 'vào', or "
        "ending in 'báo cáo' and a kind of report ('Báo cáo quý')"
    )


@pytest.mark.parametrize("complement", ["họp Chủ nhật", "báo cáo dự kiến"])
def test_a_complement_holding_a_day_of_the_week_or_a_tentative_word_is_refused(complement):
    with pytest.raises(ValueError, match=r"^a complement is") as caught:
        DateDeadline(date=D(2026, 3, 15), complement=complement)
    assert str(caught.value) == (
        f"a complement is words without numbers or time words, not {complement!r}"
    )


@pytest.mark.parametrize("period", ["Quý I/2026", HalfYear(2026, 1)])
def test_a_point_of_anything_but_a_month_quarter_or_year_is_refused(period):
    with pytest.raises(TypeError) as caught:
        PointInPeriod(period=period, position=Position.END)
    assert str(caught.value) == f"a point is in a month, a quarter or a year, not {period!r}"


def test_a_preposition_without_a_reference_is_refused():
    with pytest.raises(ValueError, match=r"^a preposition goes with a reference$"):
        ByRegulation(preposition="của")


def test_onward_years_after_a_span_ending_with_an_event_are_refused():
    with pytest.raises(ValueError, match="follows a period") as caught:
        Span(start=Year(2026), until="khi có quyết định", onward=True)
    assert str(caught.value) == "'và các năm tiếp theo' follows a period and ends nothing"


def test_each_occurrence_of_a_recurrence_at_a_time_is_due_at_that_time():
    d = parse_deadline("trước 17 giờ ngày 15 hằng tháng")
    assert [(o.due, o.time) for o in d.occurrences(D(2026, 1, 1), D(2026, 2, 28))] == [
        (D(2026, 1, 15), datetime.time(17, 0)),
        (D(2026, 2, 15), datetime.time(17, 0)),
    ]


def test_a_window_inside_an_earlier_one_of_its_kind_leaves_it_whole():
    inner = Window.of(Quarter(2026, 2))
    outer = Window(Quarter(2026, 1), Quarter(2026, 3))
    assert merge_windows([outer, inner]) == (outer,)


def test_the_abstract_deadline_is_refused_with_what_to_build_instead():
    with pytest.raises(TypeError) as caught:
        Deadline()
    assert str(caught.value) == (
        "Deadline is abstract: build one of its families, or parse a phrase"
    )


def test_windows_not_in_a_tuple_or_none_at_all_are_refused():
    window = Window.of(Quarter(2026, 1))
    with pytest.raises(TypeError) as caught:
        PeriodDeadline(windows=[window])
    assert str(caught.value) == f"windows must be a tuple of Window, not {[window]!r}"
    with pytest.raises(ValueError, match=r"^a period deadline needs at least one window$"):
        PeriodDeadline(windows=())


def test_a_compound_of_periods_side_by_side_or_noted_as_a_whole_is_refused():
    q1, q3 = PeriodDeadline.of(Quarter(2026, 1)), PeriodDeadline.of(Quarter(2026, 3))
    with pytest.raises(ValueError, match="side by side") as caught:
        Compound(parts=(q1, q3))
    assert str(caught.value) == "periods side by side form one period deadline, not a compound"
    monthly = Recurring(unit=PeriodUnit.MONTH)
    with pytest.raises(ValueError, match="noted or tentative") as caught:
        Compound(parts=(q1, monthly), rolls_forward=True)
    assert str(caught.value) == "a compound deadline is noted or tentative on its parts"


def test_a_span_bound_outside_the_years_read_is_refused_under_its_name():
    with pytest.raises(ValueError, match="outside the years") as caught:
        Span(end=D(1900, 1, 1))
    assert str(caught.value) == "end 1900-01-01 is outside the years 1945–2100"


def test_a_recurrence_due_on_the_one_day_asked_is_found():
    monthly = Recurring(unit=PeriodUnit.MONTH, day=15)
    assert [o.due for o in monthly.occurrences(D(2026, 3, 15), D(2026, 3, 15))] == [D(2026, 3, 15)]
