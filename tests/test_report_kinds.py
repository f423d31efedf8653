"""A day written after a recurrence or a period, and the kinds of periodic report.

Two shapes of the reporting cells of real plans:

* **A day after a recurrence or a period, without brackets.**  "Hằng quý (trước ngày 15
  của tháng cuối quý)" was read as one recurrence; written with a comma, a colon or
  nothing between ("Hằng quý, trước ngày 15 của tháng cuối quý"), it was read as *two*
  deadlines — every quarter's end and the 15th of its last month — or refused.  A day
  after a recurrence or a single period now refines it exactly as in brackets.
* **The kind of report after "Báo cáo".**  Provinces set their reporting calendar as
  labelled lines: Bà Rịa – Vũng Tàu's Công văn 2539/UBND-SNV of 8 May 2012
  (cchc.baria-vungtau.gov.vn, "Xây dựng kế hoạch cải cách hành chính hàng năm và báo
  cáo cải cách hành chính") sets "Báo cáo tháng gửi trước ngày 15 của tháng; Báo cáo
  quý gửi trước ngày 05 tháng cuối cùng của mỗi quý; Báo cáo 6 tháng gửi trước ngày
  05/6; Báo cáo năm gửi trước ngày 25/11 hàng năm", and the Ministry of Home Affairs'
  Công văn 581/BNV-CCHC sets the quarterly, six-month and yearly reports, sent by the 20th
  of the period's last month.  A monthly or quarterly report recurs; a six-month,
  nine-month or yearly one is once a year, its day as written.

Three more shapes of the same cells: a phase of two recurrences ("Triển khai thường
xuyên; báo cáo định kỳ 6 tháng, năm"), refused before, is two phases of one milestone;
"theo …" after a deadline ("… năm theo quy định") is its note, as in brackets; and days
listed before the recurrence they share ("Ngày 15/6 và 15/12 hằng năm", "Ngày 05 và 20
hằng tháng") each recur — before, the first was a date of the plan year only, or the
phrase was refused.

The expected values are worked out from what each phrase means (a deadline "trước ngày
15" is due on the 14th), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
    Compound,
    Continuous,
    DateDeadline,
    HalfYear,
    Month,
    PeriodDeadline,
    PeriodUnit,
    Phased,
    PointInPeriod,
    Position,
    Quarter,
    Recurring,
    Window,
    parse_deadline,
)
from cchc_model.language._vocabulary import is_action_label
from tests.test_refusals import refusal, underlined

D = datetime.date
YEAR = (D(2027, 1, 1), D(2027, 12, 31))


def dues(phrase: str) -> list[datetime.date]:
    deadline = parse_deadline(phrase, year=2027)
    return [occurrence.due for occurrence in deadline.occurrences(*YEAR)]


# ------------------------------------------------------------ a day after a recurrence


@pytest.mark.parametrize("between", [", ", ": ", " "])
def test_a_day_after_every_quarter_is_the_day_of_each_quarter_as_in_brackets(between):
    phrase = f"Hằng quý{between}trước ngày 15 của tháng cuối quý"
    assert parse_deadline(phrase, year=2027) == Recurring(
        unit=PeriodUnit.QUARTER, day=15, month=3, before=True
    )
    assert dues(phrase) == [D(2027, 3, 14), D(2027, 6, 14), D(2027, 9, 14), D(2027, 12, 14)]


@pytest.mark.parametrize("between", [", ", ": ", " "])
def test_a_day_without_its_month_after_every_month_is_that_day_of_each_month(between):
    phrase = f"Hằng tháng{between}trước ngày 25"
    assert parse_deadline(phrase, year=2027) == Recurring(
        unit=PeriodUnit.MONTH, day=25, before=True
    )
    assert dues(phrase) == [D(2027, month, 24) for month in range(1, 13)]


def test_a_day_after_every_year_is_due_once_a_year_not_twice():
    # Read before as "every year's end; and 15 December": two obligations for one report.
    phrase = "Hằng năm, trước ngày 15/12"
    assert parse_deadline(phrase, year=2027) == Recurring(
        unit=PeriodUnit.YEAR, day=15, month=12, before=True
    )
    assert dues(phrase) == [D(2027, 12, 14)]


def test_a_periodic_report_said_twice_with_its_day_is_one_recurrence():
    assert parse_deadline(
        "Định kỳ hằng quý, chậm nhất ngày 20 của tháng cuối quý", year=2027
    ) == Recurring(unit=PeriodUnit.QUARTER, day=20, month=3)


def test_a_final_full_stop_after_the_day_is_no_word_of_it():
    assert dues("Hằng quý trước ngày 12 tháng cuối quý.") == [
        D(2027, 3, 11),
        D(2027, 6, 11),
        D(2027, 9, 11),
        D(2027, 12, 11),
    ]


def test_words_after_the_day_stay_a_note_of_the_recurrence():
    deadline = parse_deadline("Hằng tháng trước ngày 25 (gửi Sở Nội vụ)", year=2027)
    assert isinstance(deadline, Recurring)
    assert (deadline.day, deadline.before, deadline.note) == (25, True, "gửi Sở Nội vụ")


# ------------------------------------------------------------ a day after a period


@pytest.mark.parametrize("between", [", ", " "])
def test_a_date_inside_a_quarter_after_it_is_the_quarter_s_deadline(between):
    phrase = f"Quý I/2027{between}trước ngày 15/3/2027"
    assert parse_deadline(phrase, year=2027) == DateDeadline(
        date=D(2027, 3, 15), before=True, opens=D(2027, 1, 1)
    )


def test_a_date_outside_the_quarter_after_it_stays_a_second_deadline():
    deadline = parse_deadline("Quý I/2027, trước ngày 15/6/2027", year=2027)
    assert deadline == Compound(
        parts=(
            PeriodDeadline(windows=(Window(Quarter(2027, 1), Quarter(2027, 1)),)),
            DateDeadline(date=D(2027, 6, 15), before=True),
        )
    )


def test_a_list_of_dates_after_a_recurrence_is_no_day_of_it():
    # "trước ngày 15/3, 15/6…" lists dates: the first is not taken as the quarter's day.
    deadline = parse_deadline("Báo cáo quý trước ngày 15/3, 15/6, 15/9 và 15/12/2027", year=2027)
    assert isinstance(deadline, Compound)
    assert dues("Báo cáo quý trước ngày 15/3, 15/6, 15/9 và 15/12/2027") == [
        D(2027, 3, 14),
        D(2027, 6, 15),
        D(2027, 9, 15),
        D(2027, 12, 15),
    ]


# ------------------------------------------------------------ kinds of report


def test_the_quarterly_report_before_a_day_of_the_quarter_s_last_month_recurs():
    assert parse_deadline("Báo cáo quý trước ngày 12 tháng cuối quý", year=2027) == Recurring(
        unit=PeriodUnit.QUARTER, day=12, month=3, before=True, action="Báo cáo quý"
    )


def test_the_quarterly_report_alone_is_due_every_quarter():
    assert parse_deadline("Báo cáo quý", year=2027) == Recurring(
        unit=PeriodUnit.QUARTER, action="Báo cáo quý"
    )
    assert dues("Báo cáo quý") == [D(2027, 3, 31), D(2027, 6, 30), D(2027, 9, 30), D(2027, 12, 31)]


def test_the_monthly_report_before_a_day_is_due_before_that_day_of_every_month():
    assert parse_deadline("Báo cáo tháng trước ngày 25", year=2027) == Recurring(
        unit=PeriodUnit.MONTH, day=25, before=True, action="Báo cáo tháng"
    )


def test_the_yearly_report_is_due_once_on_its_day():
    assert parse_deadline("Báo cáo năm: trước ngày 12/12/2027", year=2027) == DateDeadline(
        date=D(2027, 12, 12), before=True, action="Báo cáo năm"
    )


def test_the_six_month_report_is_due_once_not_every_six_months():
    assert dues("Báo cáo 6 tháng trước ngày 15/6/2027") == [D(2027, 6, 14)]
    assert parse_deadline("Báo cáo sáu tháng: trước ngày 15/6/2027", year=2027).action == (
        "Báo cáo 6 tháng"
    )


def test_a_quarterly_report_on_a_date_of_its_own_is_that_date_once():
    assert parse_deadline("Báo cáo quý trước ngày 15/3", year=2027) == DateDeadline(
        date=D(2027, 3, 15), before=True, action="Báo cáo quý"
    )


def test_a_province_s_reporting_calendar_reads_as_phases_named_by_their_report():
    # Công văn 2539/UBND-SNV of Bà Rịa – Vũng Tàu, its lines joined as a plan's cell
    # writes them ("của tháng" as "hằng tháng"; "tháng cuối cùng của mỗi quý" as written).
    phrase = (
        "- Báo cáo tháng gửi trước ngày 15 hằng tháng; - Báo cáo quý gửi trước ngày 05 "
        "tháng cuối cùng của mỗi quý; - Báo cáo 6 tháng gửi trước ngày 05/6; - Báo cáo năm "
        "gửi trước ngày 25/11 hàng năm"
    )
    deadline = parse_deadline(phrase, year=2027)
    assert isinstance(deadline, Phased)
    found = sorted(
        (o.due, o.milestone) for o in deadline.occurrences(*YEAR) if o.milestone != "báo cáo tháng"
    )
    assert found == [
        (D(2027, 3, 4), "báo cáo quý"),
        (D(2027, 6, 4), "báo cáo 6 tháng"),
        (D(2027, 6, 4), "báo cáo quý"),
        (D(2027, 9, 4), "báo cáo quý"),
        (D(2027, 11, 24), "báo cáo năm"),
        (D(2027, 12, 4), "báo cáo quý"),
    ]
    monthly = [o.due for o in deadline.occurrences(*YEAR) if o.milestone == "báo cáo tháng"]
    assert monthly == [D(2027, month, 14) for month in range(1, 13)]


def test_a_quarter_named_by_its_number_is_a_period_not_the_quarterly_report():
    assert parse_deadline("Báo cáo quý I trước ngày 15/3/2027", year=2027) == DateDeadline(
        date=D(2027, 3, 15), before=True, opens=D(2027, 1, 1), action="Báo cáo"
    )
    assert parse_deadline("Báo cáo 6 tháng cuối năm 2027", year=2027) == PeriodDeadline(
        windows=(Window(HalfYear(2027, 2), HalfYear(2027, 2)),), action="Báo cáo"
    )


def test_a_colon_keeps_the_kind_of_report_apart_from_a_period_it_could_start():
    assert parse_deadline("Báo cáo 6 tháng: cuối quý II/2027", year=2027) == PointInPeriod(
        period=Quarter(2027, 2), position=Position.END, action="Báo cáo 6 tháng"
    )


def test_a_list_of_kinds_stays_a_list_of_recurrences():
    deadline = parse_deadline("Báo cáo quý, 6 tháng, năm", year=2027)
    assert isinstance(deadline, Compound)
    assert [part.unit for part in deadline.parts] == [
        PeriodUnit.QUARTER,
        PeriodUnit.HALF_YEAR,
        PeriodUnit.YEAR,
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý trước ngày 12 tháng cuối quý",
        "Báo cáo quý",
        "Tổng hợp, báo cáo năm trước ngày 15/12/2027",
        "Báo cáo 6 tháng: cuối quý II/2027",
        "Báo cáo quý: trước ngày 12 tháng cuối quý; báo cáo năm: trước ngày 12/12/2027",
    ],
)
def test_a_report_s_kind_is_written_with_a_colon_and_read_back_the_same(phrase):
    deadline = parse_deadline(phrase, year=2027)
    written = str(deadline)
    assert "quý: " in written or "năm: " in written or "tháng: " in written
    assert parse_deadline(written, year=2027) == deadline


def test_an_action_label_may_end_in_the_kind_of_a_report_after_bao_cao_only():
    assert is_action_label("Báo cáo quý")
    assert is_action_label("Tổng hợp, báo cáo 6 tháng")
    assert is_action_label("báo cáo năm", milestone=True)
    assert not is_action_label("Công bố quý")
    assert not is_action_label("Báo cáo quý vào")
    assert not is_action_label("Báo cáo 3 tháng")


@pytest.mark.parametrize(
    ("phrase", "reason", "words"),
    [
        (
            "Báo cáo năm",
            "'Báo cáo năm' needs its deadline: write 'Báo cáo năm: trước ngày 15/12/2026', "
            "or 'hằng năm' for every year",
            "Báo cáo năm",
        ),
        (
            "Tổng hợp, báo cáo 6 tháng.",
            "'Tổng hợp, báo cáo 6 tháng' needs its deadline: write 'Tổng hợp, báo cáo 6 "
            "tháng: trước ngày 15/6/2026', or 'định kỳ 6 tháng' for every six months",
            "Tổng hợp, báo cáo 6 tháng",
        ),
        (
            "Báo cáo 9 tháng (UBND tỉnh)",
            "'Báo cáo 9 tháng' needs its deadline: write 'Báo cáo 9 tháng: trước ngày "
            "15/9/2026', or 'định kỳ 9 tháng' for every nine months",
            "Báo cáo 9 tháng",
        ),
    ],
)
def test_a_report_due_once_a_year_without_its_day_is_refused_with_what_to_write(
    phrase, reason, words
):
    assert refusal(phrase, 2027) == (reason, underlined(phrase, words))


# ------------------------------------------------------------ phases, notes, listed days


def test_a_phase_of_two_recurrences_is_two_phases_of_one_milestone():
    deadline = parse_deadline("Triển khai thường xuyên; báo cáo định kỳ 6 tháng, năm", year=2027)
    assert isinstance(deadline, Phased)
    assert [(p.milestone, p.deadline) for p in deadline.phases] == [
        ("triển khai", Continuous()),
        ("báo cáo", Recurring(unit=PeriodUnit.HALF_YEAR)),
        ("báo cáo", Recurring(unit=PeriodUnit.YEAR)),
    ]
    assert [(o.due, o.milestone) for o in deadline.occurrences(*YEAR)] == [
        (D(2027, 6, 30), "báo cáo"),
        (D(2027, 12, 31), "báo cáo"),
        (D(2027, 12, 31), "báo cáo"),
    ]
    assert parse_deadline(str(deadline), year=2027) == deadline


@pytest.mark.parametrize(
    ("phrase", "note"),
    [
        ("Hằng quý theo quy định", "theo quy định"),
        ("Quý II/2027 theo kế hoạch của Bộ Nội vụ", "theo kế hoạch của Bộ Nội vụ"),
        (
            "Trước ngày 15/12/2027 theo Kế hoạch số 12/KH-UBND (bản sửa đổi)",
            "theo Kế hoạch số 12/KH-UBND; bản sửa đổi",
        ),
    ],
)
def test_what_a_deadline_follows_after_theo_is_its_note_as_in_brackets(phrase, note):
    assert parse_deadline(phrase, year=2027).note == note


def test_a_list_of_reports_followed_by_theo_quy_dinh_keeps_every_report():
    deadline = parse_deadline("Báo cáo định kỳ quý, 6 tháng, năm theo quy định", year=2027)
    assert isinstance(deadline, Compound)
    assert [part.unit for part in deadline.parts] == [
        PeriodUnit.QUARTER,
        PeriodUnit.HALF_YEAR,
        PeriodUnit.YEAR,
    ]
    assert deadline.parts[-1].note == "theo quy định"


def test_theo_with_nothing_after_it_is_still_refused():
    phrase = "Quý II/2027 theo"
    assert refusal(phrase, 2027) == (
        "unexpected 'theo' after the deadline",
        underlined(phrase, "theo"),
    )


@pytest.mark.parametrize(
    "phrase",
    ["Ngày 15/6 và 15/12 hằng năm", "Ngày 15/6, ngày 15/12 hàng năm"],
)
def test_days_listed_before_every_year_each_recur_every_year(phrase):
    assert parse_deadline(phrase, year=2027) == Compound(
        parts=(
            Recurring(unit=PeriodUnit.YEAR, day=15, month=6),
            Recurring(unit=PeriodUnit.YEAR, day=15, month=12),
        )
    )
    later = (D(2029, 1, 1), D(2029, 12, 31))
    assert [o.due for o in parse_deadline(phrase, year=2027).occurrences(*later)] == [
        D(2029, 6, 15),
        D(2029, 12, 15),
    ]


def test_before_goes_with_every_day_listed():
    assert dues("Trước ngày 05, 15 và 25 hằng tháng")[:3] == [
        D(2027, 1, 4),
        D(2027, 1, 14),
        D(2027, 1, 24),
    ]


def test_days_without_their_month_listed_before_every_month_each_recur():
    assert parse_deadline("Ngày 05 và 20 hằng tháng", year=2027) == Compound(
        parts=(
            Recurring(unit=PeriodUnit.MONTH, day=5),
            Recurring(unit=PeriodUnit.MONTH, day=20),
        )
    )


def test_days_listed_without_a_recurrence_stay_dates_of_the_plan_year():
    assert parse_deadline("Ngày 15/6 và 15/12", year=2027) == Compound(
        parts=(DateDeadline(date=D(2027, 6, 15)), DateDeadline(date=D(2027, 12, 15)))
    )


# ------------------------------------------------------------ the reporting period given


@pytest.mark.parametrize(
    "phrase",
    [
        "Hằng quý (ngày 20 của tháng cuối kỳ báo cáo)",
        "Hằng quý, ngày 20 của tháng cuối kỳ báo cáo",
    ],
)
def test_the_reporting_period_of_a_quarterly_recurrence_is_each_quarter(phrase):
    # Công văn 581/BNV-CCHC: reports are sent by the 20th of the period's last month.
    assert parse_deadline(phrase, year=2027) == Recurring(unit=PeriodUnit.QUARTER, day=20, month=3)
    assert dues(phrase) == [D(2027, 3, 20), D(2027, 6, 20), D(2027, 9, 20), D(2027, 12, 20)]


def test_the_month_after_each_quarter_is_the_first_of_the_next_quarter():
    assert dues("Hằng quý (ngày 12 của tháng tiếp theo sau kỳ báo cáo)") == [
        D(2027, 1, 12),
        D(2027, 4, 12),
        D(2027, 7, 12),
        D(2027, 10, 12),
    ]


def test_the_first_month_of_each_half_year_and_the_last_of_each_year():
    assert parse_deadline(
        "Định kỳ 6 tháng, ngày 15 của tháng đầu kỳ báo cáo", year=2027
    ) == Recurring(unit=PeriodUnit.HALF_YEAR, day=15, month=1)
    assert dues("Hằng năm, trước ngày 20 của tháng cuối kỳ báo cáo") == [D(2027, 12, 19)]
    assert parse_deadline(
        "Hằng tháng, trước ngày 20 của tháng cuối kỳ báo cáo", year=2027
    ) == Recurring(unit=PeriodUnit.MONTH, day=20, before=True)


def test_the_month_after_each_year_is_not_guessed_and_stays_a_note():
    deadline = parse_deadline("Hằng năm (ngày 12 của tháng tiếp theo sau kỳ báo cáo)", year=2027)
    assert deadline == Recurring(
        unit=PeriodUnit.YEAR, note="ngày 12 của tháng tiếp theo sau kỳ báo cáo"
    )


def test_every_year_in_brackets_at_the_end_of_a_note_after_a_comma_stays_in_the_note():
    # Its brackets were dropped as after a deadline, and the note refused as unbalanced.
    deadline = parse_deadline("Tháng 12, chế độ mới (hằng năm)", year=2027)
    assert deadline == PeriodDeadline(
        windows=(Window(Month(2027, 12), Month(2027, 12)),), note="chế độ mới (hằng năm)"
    )
    assert parse_deadline("Ngày 15/3, 15/6 (hằng năm)", year=2027) == Compound(
        parts=(
            Recurring(unit=PeriodUnit.YEAR, day=15, month=3),
            Recurring(unit=PeriodUnit.YEAR, day=15, month=6),
        )
    )
