"""Readings and refusals that close survivors of the mutation run of ``_grammar.py``.

The run was made at commit 2fe3103; these tests close the test gaps of its batch 13a (the
parser's ``expression``): a bullet with nothing after it; years written after an action
("Báo cáo: trong các năm 2026 - 2030", "Hoàn thành: 5 năm 2026 - 2030", "Tổ chức đến
2030"), where the words skipped before the years are counted from where the deadline
starts, not from the start of the phrase; "năm" written again before the last year of a
range; "nhiệm kỳ" read as "giai đoạn" is; the words of a task before "giai đoạn"; "vào"
and "định kỳ" before a recurrence; "Chủ nhật" and a time written with "g" after "mỗi";
a part of the day cut from its time by a comma; "đến trước" before a point of a period,
underlined whole; a time before a range of days; "tháng" with "trong" after it; "quý"
followed by a colon; and a span from now ("từ nay") to a lunar day, refused at the lunar
day. The expected answers are worked out from what each phrase means, never read off the
library.
"""

from __future__ import annotations

import datetime

from cchc_model import (
    DateDeadline,
    PeriodDeadline,
    PeriodUnit,
    Recurring,
    Weekly,
    Window,
    Year,
    parse_deadline,
)
from tests.test_refusals import refusal, underlined

D = datetime.date
T = datetime.time

_EXPECTED = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)


def _years(first: int, last: int, **kwargs: str) -> PeriodDeadline:
    """One window from the start of ``first`` to the end of ``last``."""
    return PeriodDeadline(windows=(Window(Year(first), Year(last)),), **kwargs)


# ----------------------------------------------------------------------- nothing to read


def test_a_bullet_with_nothing_after_it_is_refused_as_no_deadline_at_the_end():
    # The bullet is taken; no word is left to name, so the end of the phrase is marked.
    assert refusal("-", None) == (_EXPECTED, (1, 1))


# ----------------------------------------------------------------------- years


def test_the_years_a_report_is_made_in_after_its_label():
    assert parse_deadline("Báo cáo: trong các năm 2026 - 2030") == _years(
        2026, 2030, action="Báo cáo"
    )


def test_nam_written_again_before_the_last_year_of_the_range():
    assert parse_deadline("Trong các năm 2026 - năm 2030") == _years(2026, 2030)


def test_the_count_of_years_after_an_action_says_the_range_again():
    # "5 năm 2026 - 2030": five years, the range 2026 to 2030.
    assert parse_deadline("Hoàn thành: 5 năm 2026 - 2030") == _years(
        2026, 2030, action="Hoàn thành"
    )


def test_a_term_of_office_is_read_as_a_phase_is():
    assert parse_deadline("Trong nhiệm kỳ 2026 - 2030") == _years(2026, 2030)


def test_a_phase_after_an_action_is_its_years():
    assert parse_deadline("Hoàn thành: trong giai đoạn 2026 - 2030") == _years(
        2026, 2030, action="Hoàn thành"
    )


def test_the_words_of_the_task_before_a_phase_are_kept_whole():
    # "Đề án" is what is reviewed; "giai đoạn" only leads to the years.
    assert parse_deadline("Tổng kết Đề án giai đoạn 2021 - 2025") == _years(
        2021, 2025, action="Tổng kết", complement="Đề án"
    )


def test_den_before_a_bare_year_after_an_action_is_to_the_end_of_that_year():
    assert parse_deadline("Tổ chức đến 2030") == PeriodDeadline.of(Year(2030), action="Tổ chức")


def test_a_span_from_now_to_a_lunar_day_is_refused_at_the_lunar_day():
    # "Từ nay" is read as a span from now; its end, the full moon of the first lunar
    # month, is no end a span can have, and that is the word to underline.
    phrase = "Từ nay đến rằm tháng Giêng"
    assert refusal(phrase, 2026) == (
        "expected when the span ends: a date, a period or 'khi …'",
        underlined(phrase, "rằm"),
    )


# ----------------------------------------------------------------------- recurrences


def test_dinh_ky_before_every_week_after_an_action_says_it_again():
    assert parse_deadline("Hoàn thành: định kỳ hằng tuần") == Weekly(
        weekday=None, action="Hoàn thành"
    )


def test_vao_before_every_month_after_an_action_is_only_a_preposition():
    assert parse_deadline("Hoàn thành: vào hằng tháng") == Recurring(
        unit=PeriodUnit.MONTH, action="Hoàn thành"
    )


def test_vao_before_every_quarter_is_only_a_preposition():
    assert parse_deadline("Vào hằng quý") == Recurring(unit=PeriodUnit.QUARTER)


def test_every_sunday_written_with_moi_is_a_weekly_deadline():
    assert parse_deadline("Mỗi Chủ nhật hằng tuần") == Weekly(weekday=6)


def test_every_monday_at_eight_written_with_g_is_a_weekly_deadline():
    assert parse_deadline("Mỗi 8g thứ Hai hằng tuần") == Weekly(weekday=0, time=T(8))


def test_the_last_day_of_the_quarter_after_an_action_is_every_quarter():
    assert parse_deadline("Tổ chức ngày cuối quý") == Recurring(
        unit=PeriodUnit.QUARTER, action="Tổ chức"
    )


# ----------------------------------------------------------------------- days and times


def test_a_time_before_a_range_of_days_is_when_the_range_opens():
    # From 17h00 on 10 March to the end of 15 March 2026.
    assert parse_deadline("17h ngày 10 - 15/3/2026") == DateDeadline(
        date=D(2026, 3, 15), opens=D(2026, 3, 10), opens_time=T(17)
    )


def test_a_part_of_the_day_cut_from_its_time_by_a_comma_is_where_the_day_should_be():
    phrase = "17 giờ, chiều ngày 15/3/2026"
    assert refusal(phrase, None) == (
        "expected the day after the time ('17 giờ ngày 20/5/2026')",
        underlined(phrase, "chiều"),
    )


def test_den_truoc_before_a_point_of_a_period_is_underlined_whole():
    phrase = "Đến trước ngày cuối tháng"
    assert refusal(phrase, None) == (
        "'trước' goes with a date ('trước ngày 15/3/2020'), not a point of a period",
        underlined(phrase, "Đến trước"),
    )


# ----------------------------------------------------------------------- which period


def test_a_month_followed_by_trong_still_needs_which_month():
    phrase = "Tháng trong"
    assert refusal(phrase, None) == (
        "'Tháng' needs which month: write 'tháng 5/2026', or 'hằng tháng' for every month",
        underlined(phrase, "Tháng"),
    )


def test_a_quarter_followed_by_a_colon_needs_which_quarter():
    phrase = "Quý: 2/2026"
    assert refusal(phrase, None) == (
        "'Quý' needs which quarter: write 'quý II/2026', or 'hằng quý' for every quarter",
        underlined(phrase, "Quý"),
    )
