"""The deadline language as real documents write it: one test group per family.

Every phrase marked with a source was copied from that document; the expected dates were
worked out by hand from the phrase (a period is due on its last day, "trước ngày X" on the
day before X, "trước 17 giờ ngày X" on X at 17:00, Civil Code 2015 art. 146 for
đầu/giữa/cuối), never read off the library.  Phrases without a source are the issue's
illustrations or the rule's edge cases.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model import (
    ByReference,
    Compound,
    Continuous,
    DateDeadline,
    DayPart,
    DeadlineKind,
    DeadlineParseError,
    LunarDeadline,
    Occurrence,
    PeriodDeadline,
    Phased,
    PointInPeriod,
    Recurring,
    RelativeToPeriod,
    Span,
    Unrecognised,
    Weekly,
    WeekOfMonth,
    WeekRef,
    WithinDays,
    Year,
    parse_deadline,
    strategies,
)
from cchc_model.language.periods import Month, PeriodUnit, Quarter

D = datetime.date
T = datetime.time


def dues(phrase: str, year: int | None = None, window: tuple[D, D] | None = None) -> list[D]:
    """The nominal due dates of a phrase in a window (the plan year by default)."""
    assert year is not None or window is not None
    start, end = window or (D(year, 1, 1), D(year, 12, 31))  # type: ignore[arg-type]
    return [o.due for o in parse_deadline(phrase, year=year).occurrences(start, end)]


def refusal(phrase: str, year: int | None = None) -> tuple[str, tuple[int, int]]:
    """Why a phrase is refused, and the span of the words at fault."""
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase, year=year)
    return caught.value.reason, caught.value.span


def times(phrase: str, year: int) -> list[tuple[D, T | None]]:
    d = parse_deadline(phrase, year=year)
    return [(o.due, o.time) for o in d.occurrences(D(year, 1, 1), D(year, 12, 31))]


# --------------------------------------------------------------------------- 1. time of day


@pytest.mark.parametrize(
    ("phrase", "year", "due", "time"),
    [
        # Thông báo Kỳ họp thứ 38 HĐND tỉnh Thanh Hóa khóa XVIII (baothanhhoa.vn, 273077).
        (
            "khai mạc vào 8 giờ 00 phút, thứ Bảy, ngày 27 tháng 12 năm 2025",
            2025,
            D(2025, 12, 27),
            T(8),
        ),
        # Thông báo Kỳ họp thứ 36 HĐND tỉnh Thanh Hóa (baothanhhoa.vn, 268433).
        (
            "khai mạc lúc 8 giờ 00 phút, thứ Năm, ngày 13 tháng 11 năm 2025",
            2025,
            D(2025, 11, 13),
            T(8),
        ),
        # Thông báo Kỳ họp thứ 34 HĐND tỉnh Thanh Hóa (baothanhhoa.vn, 263751).
        ("khai mạc vào 14h00 thứ Bảy, ngày 4/10/2025.", 2025, D(2025, 10, 4), T(14)),
        # Lịch tiếp công dân năm 2021, Trụ sở Tiếp công dân tỉnh Tây Ninh (tayninh.gov.vn).
        ("07 giờ 30 ngày 07/01/2021", 2021, D(2021, 1, 7), T(7, 30)),
        # Bế mạc kỳ họp thường lệ cuối năm 2025, HĐND tỉnh Ninh Bình (hdnd.ninhbinh.gov.vn).
        ("Chiều ngày 09/12/2025", 2025, D(2025, 12, 9), T(17)),
        # Cổng TTĐT tỉnh Kon Tum, 08/07/2024 (kontum.gov.vn, 53116).
        ("Sáng ngày 08/7", 2024, D(2024, 7, 8), T(12)),
        ("Sáng 25/10", 2025, D(2025, 10, 25), T(12)),
        ("trước 17 giờ ngày 20/5/2026", 2026, D(2026, 5, 20), T(17)),
        # "chiều" after an hour of the twelve-hour clock: the afternoon (before 0.6.0
        # "5 giờ chiều" was 5h00); after 17 giờ it says the same twice.
        ("5 giờ chiều ngày 15/3/2026", 2026, D(2026, 3, 15), T(17)),
        ("Trước 4 giờ 30 chiều ngày 15/3/2026", 2026, D(2026, 3, 15), T(16, 30)),
        ("17 giờ chiều ngày 15/3/2026", 2026, D(2026, 3, 15), T(17)),
        ("8 giờ sáng ngày 15/3/2026", 2026, D(2026, 3, 15), T(8)),
        ("8h30 ngày 12/3/2026", 2026, D(2026, 3, 12), T(8, 30)),
        ("16g00 ngày 15/4/2026", 2026, D(2026, 4, 15), T(16)),
        ("8h30’ ngày 12/3/2026", 2026, D(2026, 3, 12), T(8, 30)),
        (
            "Thời hạn hoàn thành là trước 17 giờ ngày 31 tháng 5 năm 2026.",
            2026,
            D(2026, 5, 31),
            T(17),
        ),
    ],
)
def test_a_time_of_day_stays_on_the_due_point_and_the_date_stays_a_date(phrase, year, due, time):
    assert times(phrase, year) == [(due, time)]
    d = parse_deadline(phrase, year=year)
    assert parse_deadline(str(d)) == d


def test_before_a_time_binds_to_the_time_not_to_the_day():
    d = parse_deadline("trước 17 giờ ngày 20/5/2026")
    assert (d.due, d.time, d.before) == (D(2026, 5, 20), T(17), True)
    assert str(d) == "Trước 17h00 ngày 20/05/2026"


@pytest.mark.parametrize(
    ("phrase", "opens", "due", "opens_time", "time"),
    [
        (
            "00h00’ ngày 01/7/2026 đến 24h00’ ngày 05/7/2026",
            D(2026, 7, 1),
            D(2026, 7, 5),
            None,
            None,
        ),
        (
            "từ 8 giờ 30 ngày 1/7/2026 đến 17 giờ ngày 3/7/2026",
            D(2026, 7, 1),
            D(2026, 7, 3),
            T(8, 30),
            T(17),
        ),
        # Lịch đăng ký nguyện vọng xét tuyển 2023 của Bộ GD-ĐT, as a university page quotes it.
        (
            "từ ngày 10/7 đến trước 17 giờ ngày 30/7/2023",
            D(2023, 7, 10),
            D(2023, 7, 30),
            None,
            T(17),
        ),
    ],
)
def test_a_range_keeps_the_times_it_opens_and_closes_at(phrase, opens, due, opens_time, time):
    d = parse_deadline(phrase)
    assert isinstance(d, DateDeadline)
    assert (d.opens, d.due, d.opens_time, d.time) == (opens, due, opens_time, time)
    assert parse_deadline(str(d)) == d


def test_morning_and_afternoon_are_due_when_they_end():
    assert parse_deadline("sáng ngày 15/4/2026").part is DayPart.MORNING
    assert times("sáng ngày 15/4/2026", 2026) == [(D(2026, 4, 15), T(12))]
    assert times("chiều ngày 15/4/2026", 2026) == [(D(2026, 4, 15), T(17))]


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("25 giờ ngày 1/1/2026", "a time of day is 0h00 to 24h00, not 25h00"),
        ("17 giờ 75 ngày 1/1/2026", "a time of day is 0h00 to 24h00, not 17h75"),
        ("17 giờ Quý I/2026", "expected the day after the time ('17 giờ ngày 20/5/2026')"),
        (
            "trước chiều ngày 15/4/2026",
            "'trước' goes with a time, not with a part of the day: write "
            "'trước 17h00 ngày 15/4/2026' or 'chiều ngày 15/4/2026'",
        ),
    ],
)
def test_a_miswritten_time_is_refused_with_what_the_writer_meant(phrase, reason):
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase)
    assert caught.value.reason == reason


# --------------------------------------------------------------------------- 2. words around


@pytest.mark.parametrize(
    ("phrase", "year", "due", "action", "complement", "tentative"),
    [
        ("Dự kiến tháng 6/2026", 2026, D(2026, 6, 30), None, None, True),
        ("Quý I/2020 (dự kiến)", 2020, D(2020, 3, 31), None, None, True),
        # Thái Nguyên TV, 2020: "Dự kiến, Lễ ra quân Chiến dịch sẽ diễn ra vào ngày 28/6/2020."
        (
            "Dự kiến, Lễ ra quân Chiến dịch sẽ diễn ra vào ngày 28/6/2020.",
            2020,
            D(2020, 6, 28),
            None,
            "Lễ ra quân Chiến dịch sẽ diễn ra",
            True,
        ),
        # Công văn 924/SNV-CCHC ngày 07/9/2015 của Sở Nội vụ tỉnh Sơn La.
        (
            "gửi báo cáo về Sở Nội vụ trước ngày 10/9/2015",
            2015,
            D(2015, 9, 9),
            "Gửi báo cáo",
            "về Sở Nội vụ",
            False,
        ),
        # Báo Quảng Nam, 7/2020: xử lý dứt điểm các nhiệm vụ quá hạn.
        (
            "báo cáo kết quả về Chủ tịch UBND tỉnh bằng văn bản trước ngày 20.7.2020",
            2020,
            D(2020, 7, 19),
            "Báo cáo",
            "kết quả về Chủ tịch UBND tỉnh bằng văn bản",
            False,
        ),
        ("Xong trước ngày 30/6/2026", 2026, D(2026, 6, 29), "Xong", None, False),
        ("Hoàn thành xong trong quý II/2026", 2026, D(2026, 6, 30), "Hoàn thành xong", None, False),
        ("Trình UBND tỉnh trước ngày 30/6/2026", 2026, D(2026, 6, 29), "Trình", "UBND tỉnh", False),
        ("Quý II/2026 hoàn thành", 2026, D(2026, 6, 30), "Hoàn thành", None, False),
        # Bảng theo dõi tiến độ ban hành VBQPPL năm 2026, Sở Tư pháp tỉnh An Giang
        # (github.com/quangthoai1985/VBPL_Tracking, Docs/excel_analysis.txt).
        ("Đăng ký Quý II/2026", 2026, D(2026, 6, 30), None, "Đăng ký", False),
        (" Kỳ họp chuyên đề tháng 5/2026", 2026, D(2026, 5, 31), None, "Kỳ họp chuyên đề", False),
        (
            "Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026",
            2026,
            D(2026, 6, 30),
            None,
            "Công an tỉnh đề nghị chuyển sang Kỳ họp",
            False,
        ),
        # "Dự kiến" among the words before the time makes it tentative (refused before
        # 0.6.0 at the first word); the words keep the rest.
        (
            "Hội nghị dự kiến tổ chức Quý II/2026",
            2026,
            D(2026, 6, 30),
            None,
            "Hội nghị tổ chức",
            True,
        ),
        # "Thời gian" labels the time of a cell pasted with its heading; "dự kiến" before
        # or after the colon makes it tentative (refused at "dự" before 0.6.0).
        ("Thời gian: dự kiến Quý II/2026", 2026, D(2026, 6, 30), None, None, True),
        ("Thời gian dự kiến: Quý II/2026", 2026, D(2026, 6, 30), None, None, True),
        ("Thời gian dự kiến Quý II/2026", 2026, D(2026, 6, 30), None, None, True),
        ("Thời gian: dự kiến tổ chức Quý II/2026", 2026, D(2026, 6, 30), "Tổ chức", None, True),
        (
            "Thời gian thực hiện dự kiến: tháng 9/2026",
            2026,
            D(2026, 9, 30),
            "Thực hiện",
            None,
            True,
        ),
    ],
)
def test_the_words_around_a_deadline_are_kept_and_the_due_date_is_the_same(
    phrase, year, due, action, complement, tentative
):
    d = parse_deadline(phrase, year=year)
    assert (d.action, d.complement, d.tentative) == (action, complement, tentative)
    assert dues(phrase, year) == [due]
    assert parse_deadline(str(d)) == d


def test_time_words_in_the_leading_words_mean_the_time_is_miswritten():
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline("Quý V/2026")
    assert caught.value.reason == "a quarter is numbered I to IV (1 to 4), not 'V'"


# --------------------------------------------------------------------------- 3. clarifications


@pytest.mark.parametrize(
    ("phrase", "year", "expected"),
    [
        ("hằng năm (trước ngày 10 tháng 12)", 2026, [D(2026, 12, 9)]),
        # Nghị định 145/2020/NĐ-CP art. 4(2), as amended (a repository quoting the text).
        (
            "Định kỳ 06 tháng (trước ngày 05 tháng 6) và hằng năm (trước ngày 05 tháng 12)",
            2022,
            [D(2022, 6, 4), D(2022, 12, 4)],
        ),
        (
            "Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12)",
            2026,
            [D(2026, 6, 9), D(2026, 12, 9)],
        ),
        (
            "hằng quý (ngày 20 của tháng cuối quý)",
            2026,
            [D(2026, 3, 20), D(2026, 6, 20), D(2026, 9, 20), D(2026, 12, 20)],
        ),
        ("Quý I/2026 (trước ngày 15/3/2026)", 2026, [D(2026, 3, 14)]),
    ],
)
def test_a_bracket_that_is_a_day_refines_the_deadline_before_it(phrase, year, expected):
    assert dues(phrase, year) == expected
    d = parse_deadline(phrase, year=year)
    assert d.note is None
    assert parse_deadline(str(d)) == d


def test_a_refined_period_keeps_its_opening_day():
    d = parse_deadline("Quý I/2026 (trước ngày 15/3/2026)")
    assert (d.opens, d.due) == (D(2026, 1, 1), D(2026, 3, 14))


@pytest.mark.parametrize(
    ("phrase", "year", "expected", "note"),
    [
        ("Quý I/2026 (nếu có)", 2026, [D(2026, 3, 31)], "nếu có"),
        ("Tháng 3/2026 (theo kế hoạch)", 2026, [D(2026, 3, 31)], "theo kế hoạch"),
        (
            "ngày 15/2/2026 (nhằm ngày 28 tháng Chạp năm Ất Tỵ)",
            2026,
            [D(2026, 2, 15)],
            "nhằm ngày 28 tháng Chạp năm Ất Tỵ",
        ),
        (
            "Quý III/2026, thời gian cụ thể có lịch riêng",
            2026,
            [D(2026, 9, 30)],
            "thời gian cụ thể có lịch riêng",
        ),
        # Thông báo 02/TB-UBND ngày 03/01/2024 của UBND tỉnh Bắc Kạn (baobackan.com.vn).
        (
            "trước ngày 20 hằng tháng, trong trường hợp công dân đăng ký sau ngày 20 thì "
            "chuyển sang tháng kế tiếp",
            2024,
            [D(2024, m, 19) for m in range(1, 13)],
            "trong trường hợp công dân đăng ký sau ngày 20 thì chuyển sang tháng kế tiếp",
        ),
        # Lễ hội Khai ấn đền Trần Xuân Bính Ngọ 2026 (giadinh.suckhoedoisong.vn, 02/03/2026).
        (
            "từ ngày 27/2 - 4/3 (tức ngày 11 - 16 tháng Giêng âm lịch)",
            2026,
            [D(2026, 3, 4)],
            "tức ngày 11 - 16 tháng Giêng âm lịch",
        ),
        ("Quý I/2026 (nếu có) (theo kế hoạch)", 2026, [D(2026, 3, 31)], "nếu có; theo kế hoạch"),
    ],
)
def test_a_clarification_that_is_not_a_deadline_is_kept_as_the_note(phrase, year, expected, note):
    d = parse_deadline(phrase, year=year)
    assert d.note == note
    assert dues(phrase, year) == expected
    assert f"({note})" in str(d)
    assert parse_deadline(str(d)) == d


@pytest.mark.parametrize(
    ("phrase", "year", "day"),
    [
        # Lịch tiếp công dân, Sở TT-TT tỉnh Vĩnh Phúc (sotttt.vinhphuc.gov.vn), 2018.
        (
            "Định kỳ vào ngày 15 hàng tháng (nếu ngày này trùng vào ngày nghỉ, ngày lễ thì "
            "thực hiện vào ngày làm việc tiếp theo)",
            2018,
            15,
        ),
        # Lịch tiếp công dân, Văn phòng UBND tỉnh Lạng Sơn (langson.gov.vn).
        (
            "vào ngày 30 hàng tháng, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc tiếp theo",
            2026,
            30,
        ),
    ],
)
def test_the_note_that_a_day_off_moves_the_date_is_the_roll_flag(phrase, year, day):
    d = parse_deadline(phrase, year=year)
    assert d.rolls_forward
    assert d.note is None
    found = list(d.occurrences(D(year, 1, 1), D(year, 12, 31)))
    assert len(found) == 12
    assert found[1].due == D(year, 2, 28 if day > 28 else day)
    assert found[1].clipped is (day > 28)


# --------------------------------------------------------------------------- 4. spans


@pytest.mark.parametrize(
    ("phrase", "start", "since", "end", "until", "onward", "complement"),
    [
        ("Từ 01/7/2026", D(2026, 7, 1), None, None, None, False, None),
        (
            "Từ tháng 3/2026 đến khi hoàn thành",
            Month(2026, 3),
            None,
            None,
            "khi hoàn thành",
            False,
            None,
        ),
        ("Sau khi Nghị quyết có hiệu lực", None, "Nghị quyết có hiệu lực", None, None, False, None),
        ("Từ nay đến hết năm 2026", None, None, Year(2026), None, False, None),
        ("Từ nay đến năm 2030", None, None, Year(2030), None, False, None),
        ("Năm 2026 và các năm tiếp theo", Year(2026), None, None, None, True, None),
        ("2026 và những năm tiếp theo", Year(2026), None, None, None, True, None),
        # Thông tư 2/2023/TT-BNV, chế độ báo cáo thống kê ngành Nội vụ (dulieuphapluat.vn).
        (
            "có hiệu lực kể từ ngày 10/5/2023",
            D(2023, 5, 10),
            None,
            None,
            None,
            False,
            "có hiệu lực",
        ),
        # Nghị định 09/2019/NĐ-CP, as thuvienphapluat.vn's Q&A quotes its entry into force.
        ("có hiệu lực từ 12/03/2019", D(2019, 3, 12), None, None, None, False, "có hiệu lực"),
        # Ủy ban Thường vụ Quốc hội's supervision report, as phs.vn reports it, 28/10/2025.
        (
            "kể từ khi Luật Bảo vệ môi trường năm 2020 có hiệu lực thi hành",
            None,
            "Luật Bảo vệ môi trường năm 2020 có hiệu lực thi hành",
            None,
            None,
            False,
            None,
        ),
    ],
)
def test_open_and_event_bounded_spans_keep_their_bounds(
    phrase, start, since, end, until, onward, complement
):
    d = parse_deadline(phrase)
    assert isinstance(d, Span)
    assert (d.start, d.since, d.end, d.until, d.onward) == (start, since, end, until, onward)
    assert d.complement == complement
    assert parse_deadline(str(d)) == d


def test_a_span_is_due_at_its_end_or_every_year_when_onward_and_never_when_open():
    assert dues("Từ nay đến hết năm 2026", 2026) == [D(2026, 12, 31)]
    assert dues("Từ nay đến năm 2030", window=(D(2026, 1, 1), D(2030, 12, 31))) == [D(2030, 12, 31)]
    assert dues("Năm 2026 và các năm tiếp theo", window=(D(2025, 1, 1), D(2028, 12, 31))) == [
        D(2026, 12, 31),
        D(2027, 12, 31),
        D(2028, 12, 31),
    ]
    assert dues("Từ 01/7/2026", 2026) == []
    assert dues("Sau khi Nghị quyết có hiệu lực", 2026) == []


@pytest.mark.parametrize(
    ("phrase", "year", "opens", "due"),
    [
        # VnEconomy, 25/10/2025: "Từ đầu năm đến ngày 24/10/2025".
        ("Từ đầu năm đến ngày 24/10/2025", 2025, D(2025, 1, 1), D(2025, 10, 24)),
        ("Từ 01/7/2026 đến hết năm 2026", None, D(2026, 7, 1), D(2026, 12, 31)),
        ("Từ tháng 3/2026 đến hết quý III/2026", None, D(2026, 3, 1), D(2026, 9, 30)),
    ],
)
def test_a_span_with_both_ends_is_a_window_of_days(phrase, year, opens, due):
    d = parse_deadline(phrase, year=year)
    assert isinstance(d, DateDeadline)
    assert (d.opens, d.due) == (opens, due)


# --------------------------------------------------------------------------- 5. by reference


@pytest.mark.parametrize(
    ("phrase", "basis", "reference"),
    [
        ("Theo kế hoạch", "theo kế hoạch", None),
        # Tiền Phong, 2016: Chiến dịch Thanh niên tình nguyện hè.
        ("Theo kế hoạch của Ban Bí thư T.Ư Đoàn", "theo kế hoạch", "của Ban Bí thư T.Ư Đoàn"),
        ("Theo tiến độ dự án", "theo tiến độ", "dự án"),
        ("Theo lộ trình của Chính phủ", "theo lộ trình", "của Chính phủ"),
        ("Theo chỉ đạo của UBND tỉnh", "theo chỉ đạo", "của UBND tỉnh"),
        ("Theo yêu cầu", "theo yêu cầu", None),
        ("Khi có hướng dẫn của Bộ", "khi có hướng dẫn", "của Bộ"),
        # Nghị định 09/2019/NĐ-CP art. 8(5)(c), báo cáo chuyên đề (thuvienphapluat.vn Q&A).
        (
            "thời gian chốt số liệu và thời hạn gửi báo cáo thực hiện theo yêu cầu của cơ quan "
            "ban hành chế độ báo cáo",
            "theo yêu cầu",
            "của cơ quan ban hành chế độ báo cáo",
        ),
    ],
)
def test_a_deadline_set_elsewhere_keeps_what_it_refers_to(phrase, basis, reference):
    d = parse_deadline(phrase)
    assert isinstance(d, ByReference)
    assert (d.basis, d.reference) == (basis, reference)
    assert list(d.occurrences(D(2020, 1, 1), D(2030, 12, 31))) == []
    assert parse_deadline(str(d)) == d


# --------------------------------------------------------------------------- 6. years


@pytest.mark.parametrize(
    ("phrase", "opens", "due"),
    [
        ("2027", D(2027, 1, 1), D(2027, 12, 31)),
        ("2021 - 2025", D(2021, 1, 1), D(2025, 12, 31)),
        ("2021-2025", D(2021, 1, 1), D(2025, 12, 31)),
        ("2026 – 2030", D(2026, 1, 1), D(2030, 12, 31)),
        ("Giai đoạn 2026 – 2030", D(2026, 1, 1), D(2030, 12, 31)),
        # Kế hoạch 130/KH-UBND ngày 13/7/2022 của UBND tỉnh Ninh Bình (hethongphapluat.vn).
        ("giai đoạn 2021 - 2025", D(2021, 1, 1), D(2025, 12, 31)),
        # Chỉ thị 06/CT-UBND năm 2025 về kế hoạch phát triển KT-XH 5 năm (hethongphapluat.vn).
        ("5 năm 2026 - 2030", D(2026, 1, 1), D(2030, 12, 31)),
        # Thông báo Kỳ họp thứ 38 HĐND tỉnh Thanh Hóa khóa XVIII, nhiệm kỳ 2021-2026.
        ("nhiệm kỳ 2021-2026", D(2021, 1, 1), D(2026, 12, 31)),
    ],
)
def test_a_bare_year_or_range_of_years_is_one_window(phrase, opens, due):
    d = parse_deadline(phrase)
    assert isinstance(d, PeriodDeadline)
    assert [(w.opens, w.due) for w in d.windows] == [(opens, due)]


def test_a_vision_after_a_range_of_years_is_its_note():
    # Kế hoạch 185/KH-UBND ngày 16/8/2023 của UBND tỉnh Tuyên Quang (hethongphapluat.vn).
    d = parse_deadline("thời kỳ 2021 - 2030, tầm nhìn đến năm 2050")
    assert [(w.opens, w.due) for w in d.windows] == [(D(2021, 1, 1), D(2030, 12, 31))]
    assert d.note == "tầm nhìn đến năm 2050"


def test_a_backward_range_of_years_names_the_years_not_a_month():
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline("2025 - 2021")
    assert caught.value.reason == "the range ends (Năm 2021) before it starts (Năm 2025)"


def test_a_month_and_year_without_the_word_month_is_that_month():
    assert parse_deadline("6/2026") == parse_deadline("Tháng 6/2026")
    assert parse_deadline("06-2026") == parse_deadline("Tháng 6/2026")


# --------------------------------------------------------------------------- 7. art. 146


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("đầu tháng 3/2026", D(2026, 3, 1)),
        ("giữa tháng 3/2026", D(2026, 3, 15)),
        ("cuối tháng 2/2026", D(2026, 2, 28)),
        ("cuối tháng 2/2028", D(2028, 2, 29)),
        ("đầu năm 2026", D(2026, 1, 1)),
        ("giữa năm 2026", D(2026, 6, 30)),
        ("cuối năm 2026", D(2026, 12, 31)),
        # VnEconomy, 25/10/2025: "các nhiệm vụ trọng tâm cuối năm 2025".
        ("cuối năm 2025", D(2025, 12, 31)),
        ("đầu quý III/2026", D(2026, 7, 1)),
        ("giữa quý III/2026", D(2026, 8, 15)),
        ("cuối quý III/2026", D(2026, 9, 30)),
        ("giữa quý I/2026", D(2026, 2, 15)),
    ],
)
def test_start_middle_and_end_follow_civil_code_article_146(phrase, due):
    d = parse_deadline(phrase)
    assert isinstance(d, PointInPeriod)
    assert d.due == due
    assert parse_deadline(str(d)) == d


def test_a_point_without_a_year_takes_the_plan_year_or_names_what_is_missing():
    assert parse_deadline("cuối năm", year=2026).due == D(2026, 12, 31)
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline("cuối năm")
    assert caught.value.reason.startswith("'cuối năm' has no year")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # UBND huyện Quế Sơn, Quảng Nam (queson.quangnam.gov.vn): chào cờ đầu tháng.
        ("Tổ chức chào cờ đầu tháng", [D(2026, m, 1) for m in range(1, 13)]),
        ("giữa tháng", [D(2026, m, 15) for m in range(1, 13)]),
        ("cuối mỗi quý", [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)]),
        ("đầu quý", [D(2026, 1, 1), D(2026, 4, 1), D(2026, 7, 1), D(2026, 10, 1)]),
        # "hằng"/"hàng" tháng or quý after the point, in either spelling.
        ("đầu hằng tháng", [D(2026, m, 1) for m in range(1, 13)]),
        ("đầu hàng tháng", [D(2026, m, 1) for m in range(1, 13)]),
        ("giữa hàng tháng", [D(2026, m, 15) for m in range(1, 13)]),
        (
            "cuối hằng tháng",
            [D(2026, m + 1, 1) - datetime.timedelta(days=1) for m in range(1, 12)]
            + [D(2026, 12, 31)],
        ),
        ("đầu hằng quý", [D(2026, 1, 1), D(2026, 4, 1), D(2026, 7, 1), D(2026, 10, 1)]),
        # Art. 146: the middle of a quarter is the 15th of its second month.
        ("giữa hằng quý", [D(2026, 2, 15), D(2026, 5, 15), D(2026, 8, 15), D(2026, 11, 15)]),
        ("giữa hàng quý", [D(2026, 2, 15), D(2026, 5, 15), D(2026, 8, 15), D(2026, 11, 15)]),
        ("cuối hàng quý", [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)]),
    ],
)
def test_a_point_of_a_month_or_quarter_without_its_number_recurs(phrase, expected):
    assert isinstance(parse_deadline(phrase), Recurring)
    assert dues(phrase, 2026) == expected


# --------------------------------------------------------------------------- 8. weeks


@pytest.mark.parametrize(
    ("phrase", "opens", "due"),
    [
        # 1/1/2027 is a Friday: the week of 28/12/2026 holds Thursday 31/12, December's.
        ("tuần đầu tháng 1/2027", D(2027, 1, 4), D(2027, 1, 10)),
        # 1/3/2027 is a Monday: week 1 is 1–7 March, week 2 is 8–14 March.
        ("tuần 2 tháng 3/2027", D(2027, 3, 8), D(2027, 3, 14)),
        # Thursday 26/2/2026 is February's last: its week runs into March.
        ("tuần cuối tháng 2/2026", D(2026, 2, 23), D(2026, 3, 1)),
        # 1/10/2026 is a Thursday: the week of 28/9 is October's first.
        ("tuần đầu tháng 10/2026", D(2026, 9, 28), D(2026, 10, 4)),
    ],
)
def test_a_week_runs_monday_to_sunday_and_belongs_to_the_month_of_its_thursday(phrase, opens, due):
    d = parse_deadline(phrase)
    assert isinstance(d, WeekOfMonth)
    assert (d.opens, d.due) == (opens, due)
    assert parse_deadline(str(d)) == d


@pytest.mark.parametrize(
    ("phrase", "first_two", "time"),
    [
        ("thứ Sáu hằng tuần", [D(2027, 1, 1), D(2027, 1, 8)], None),
        ("trước 16 giờ thứ Năm hằng tuần", [D(2027, 1, 7), D(2027, 1, 14)], T(16)),
        ("trước thứ Năm hằng tuần", [D(2027, 1, 6), D(2027, 1, 13)], None),
        # Trường Ngô Thời Nhiệm: "Tổ chức Lễ chào cờ … vào thứ hai hàng tuần".
        ("vào thứ hai hàng tuần", [D(2027, 1, 4), D(2027, 1, 11)], None),
        # UBND xã Tam Hiệp (Phúc Thọ, Hà Nội), 08/11/2024: "mỗi sáng thứ 2 hàng tuần".
        ("mỗi sáng thứ 2 hàng tuần", [D(2027, 1, 4), D(2027, 1, 11)], T(12)),
        # Tiền Phong, 8/2015: Thành ủy Hà Nội, chào cờ "vào mỗi sáng thứ Hai hằng tuần".
        ("vào mỗi sáng thứ Hai hằng tuần", [D(2027, 1, 4), D(2027, 1, 11)], T(12)),
        ("Hằng tuần", [D(2027, 1, 3), D(2027, 1, 10)], None),
    ],
)
def test_a_day_of_every_week_recurs_weekly(phrase, first_two, time):
    d = parse_deadline(phrase)
    assert isinstance(d, Weekly)
    found = list(d.occurrences(D(2027, 1, 1), D(2027, 1, 14)))
    assert [o.due for o in found] == first_two
    assert {o.time for o in found} == {time}
    assert parse_deadline(str(d)) == d


def test_a_day_of_the_week_before_is_resolved_from_the_event():
    d = parse_deadline("thứ Sáu tuần trước")
    assert list(d.occurrences(D(2027, 1, 1), D(2027, 12, 31))) == []
    assert d.resolve(D(2027, 1, 13)) == D(2027, 1, 8)
    assert parse_deadline("thứ Hai tuần sau").resolve(D(2027, 1, 13)) == D(2027, 1, 18)


# --------------------------------------------------------------------------- 9. reporting


@pytest.mark.parametrize(
    ("phrase", "year", "windows"),
    [
        # Quyết định 01/2023/QĐ-UBND tỉnh Khánh Hòa, art. 4 (chế độ báo cáo định kỳ), as a
        # public repository quotes it: the data periods of monthly … yearly reports.
        (
            "Tính từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo.",
            2023,
            [(D(2022, 12, 15), D(2023, 1, 14))]
            + [(D(2023, m, 15), D(2023, m + 1, 14)) for m in range(1, 12)],
        ),
        (
            "Tính từ ngày 15 tháng trước đến ngày 14 của tháng cuối quý thuộc kỳ báo cáo.",
            2023,
            [
                (D(2022, 12, 15), D(2023, 3, 14)),
                (D(2023, 3, 15), D(2023, 6, 14)),
                (D(2023, 6, 15), D(2023, 9, 14)),
                (D(2023, 9, 15), D(2023, 12, 14)),
            ],
        ),
        (
            "Tính từ ngày 15 tháng 12 của năm trước kỳ báo cáo đến ngày 14 tháng 6 của kỳ báo cáo.",
            2023,
            [(D(2022, 12, 15), D(2023, 6, 14))],
        ),
        (
            "Tính từ ngày 15 tháng 12 của năm trước kỳ báo cáo đến ngày 14 tháng 9 của kỳ báo cáo.",
            2023,
            [(D(2022, 12, 15), D(2023, 9, 14))],
        ),
        # Nghị định 152/2020/NĐ-CP art. 27(4), as amended by Nghị định 70/2023/NĐ-CP.
        (
            "tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo",
            2023,
            [(D(2022, 12, 15), D(2023, 12, 14))],
        ),
    ],
)
def test_a_data_period_opens_in_the_month_before_the_reporting_period(phrase, year, windows):
    d = parse_deadline(phrase)
    found = d.occurrences(D(year, 1, 1), D(year, 12, 31))
    assert [(o.opens, o.due) for o in found] == windows
    assert parse_deadline(str(d)) == d


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ngày 15 của tháng đầu tiên của quý", [D(2026, m, 15) for m in (1, 4, 7, 10)]),
        ("ngày 15 tháng đầu quý tiếp theo", [D(2026, m, 15) for m in (1, 4, 7, 10)]),
        (
            "trước ngày 15 của tháng đầu của quý sau liền kề",
            [D(2026, m, 14) for m in (1, 4, 7, 10)],
        ),
        ("trước ngày 15/12 của năm báo cáo", [D(2026, 12, 14)]),
        ("ngày 20/01 của năm thực hiện", [D(2026, 1, 20)]),
    ],
)
def test_quarter_and_period_relative_wording_recurs_as_it_says(phrase, expected):
    assert dues(phrase, 2026) == expected


def test_the_first_month_of_the_next_quarter_is_the_month_after_each_quarter():
    d = parse_deadline("ngày 15 tháng đầu quý tiếp theo")
    # The fourth quarter's report is due in January of the next year.
    assert [o.due for o in d.occurrences(D(2026, 12, 1), D(2027, 1, 31))] == [D(2027, 1, 15)]


@pytest.mark.parametrize(
    ("phrase", "period", "due"),
    [
        # Nghị định 09/2019/NĐ-CP art. 13 (thuviennhadat.vn, 07/10/2024).
        ("chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", Year(2024), D(2024, 12, 25)),
        ("ngày 20 của tháng cuối thuộc kỳ báo cáo", Quarter(2026, 2), D(2026, 6, 20)),
    ],
)
def test_a_day_of_the_reporting_period_resolves_against_the_period(phrase, period, due):
    d = parse_deadline(phrase)
    assert isinstance(d, RelativeToPeriod)
    assert d.resolve(period) == due


# --------------------------------------------------------------------------- 10. lists


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "hằng tháng, hằng quý",
            [D(2026, m, 1) + datetime.timedelta(days=-1) for m in range(2, 13)] + [D(2026, 12, 31)],
        ),
        ("6 tháng, năm", [D(2026, 6, 30), D(2026, 12, 31)]),
        (
            "Định kỳ hằng quý, 6 tháng, năm",
            [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)],
        ),
        (
            "quý, 6 tháng, 9 tháng và năm",
            [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)],
        ),
        # Tin Văn phòng UBND tỉnh Kon Tum, 02/2025: "tại các kết luận hằng tháng, quý".
        (
            "tại các kết luận hằng tháng, quý",
            [D(2026, m, 1) + datetime.timedelta(days=-1) for m in range(2, 13)] + [D(2026, 12, 31)],
        ),
    ],
)
def test_a_list_of_recurrences_is_due_on_each_of_their_dates(phrase, expected):
    d = parse_deadline(phrase)
    assert isinstance(d, Compound)
    assert sorted(set(dues(phrase, 2026))) == expected
    assert parse_deadline(str(d)) == d


def test_a_list_counts_a_shared_due_point_once_but_keeps_distinct_windows():
    d = parse_deadline("6 tháng, năm")
    found = [(o.opens, o.due) for o in d.occurrences(D(2026, 1, 1), D(2026, 12, 31))]
    assert found == [
        (D(2026, 1, 1), D(2026, 6, 30)),
        (D(2026, 7, 1), D(2026, 12, 31)),
        (D(2026, 1, 1), D(2026, 12, 31)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Sơ kết: tháng 6/2027; Tổng kết: tháng 12/2027",
        "- Thời gian sơ kết: tháng 6/2027\n- Thời gian tổng kết: tháng 12/2027",
        "Tháng 6/2027 (sơ kết); Tháng 12/2027 (tổng kết)",
    ],
)
def test_labelled_phases_name_their_milestones(phrase):
    d = parse_deadline(phrase)
    assert isinstance(d, Phased)
    assert [
        (p.milestone, o.due)
        for p, o in zip(d.phases, d.occurrences(D(2027, 1, 1), D(2027, 12, 31)), strict=True)
    ] == [
        ("sơ kết", D(2027, 6, 30)),
        ("tổng kết", D(2027, 12, 31)),
    ]


# --------------------------------------------------------------------------- 11. continuous


@pytest.mark.parametrize(
    "phrase",
    [
        "Công việc thường xuyên",
        "Liên tục",
        # Hướng dẫn tuyên truyền Quy hoạch tỉnh Hậu Giang (sotaydangvien.haugiang.dcs.vn).
        "thường xuyên, liên tục",
    ],
)
def test_continuous_variants_are_continuous(phrase):
    assert parse_deadline(phrase) == Continuous()


def test_continuous_work_as_the_work_requires_keeps_both():
    d = parse_deadline("Thường xuyên, theo yêu cầu công việc")
    assert d == Compound(
        parts=(Continuous(), ByReference(basis="theo yêu cầu", reference="công việc"))
    )


@pytest.mark.parametrize(
    ("phrase", "days", "working", "trigger"),
    [
        (
            "Thời hạn chậm nhất 07 ngày làm việc kể từ ngày nhận đủ hồ sơ",
            7,
            True,
            "ngày nhận đủ hồ sơ",
        ),
        ("Trong thời gian 10 ngày làm việc kể từ ngày nhận văn bản", 10, True, "ngày nhận văn bản"),
        # Thủ tục hành chính 34822, Cổng Dịch vụ công tỉnh Bình Định (thời hạn giải quyết).
        (
            "trong thời hạn không quá 03 ngày làm việc kể từ ngày nhận được hồ sơ",
            3,
            True,
            "ngày nhận được hồ sơ",
        ),
        # Quyết định 01/2023/QĐ-UBND tỉnh Khánh Hòa, art. 4: thời hạn gửi báo cáo.
        ("02 ngày làm việc kể từ ngày chốt số liệu.", 2, True, "ngày chốt số liệu"),
        # Thủ tục thi tuyển công chức, Cổng TTHC Thừa Thiên Huế (Nghị định 161/2018/NĐ-CP).
        (
            "30 ngày kể từ ngày thông báo tuyển dụng công khai trên phương tiện thông tin "
            "đại chúng",
            30,
            False,
            "ngày thông báo tuyển dụng công khai trên phương tiện thông tin đại chúng",
        ),
    ],
)
def test_time_limits_count_days_from_their_event(phrase, days, working, trigger):
    d = parse_deadline(phrase)
    assert isinstance(d, WithinDays)
    assert (d.days, d.working, d.trigger) == (days, working, trigger)


@pytest.mark.parametrize(
    ("phrase", "trigger", "written"),
    [
        (
            "Trong vòng 10 ngày sau khi có quyết định",
            "khi có quyết định",
            "Trong thời hạn 10 ngày kể từ khi có quyết định",
        ),
        (
            "Trong vòng 05 ngày làm việc kể từ khi nhận đủ hồ sơ",
            "khi nhận đủ hồ sơ",
            "Trong thời hạn 05 ngày làm việc kể từ khi nhận đủ hồ sơ",
        ),
        ("trong 10 ngày sau Tết", "Tết", "Trong thời hạn 10 ngày kể từ Tết"),
    ],
)
def test_a_time_limit_after_an_event_keeps_khi_when_it_is_written_back(phrase, trigger, written):
    d = parse_deadline(phrase)
    assert isinstance(d, WithinDays)
    assert (d.trigger, str(d)) == (trigger, written)
    assert parse_deadline(str(d)) == d


def test_a_count_of_days_with_its_dates_is_the_window_with_the_count_as_note():
    d = parse_deadline("45 ngày, bắt đầu từ ngày 01/3/2026 đến ngày 14/4/2026")
    assert (d.opens, d.due, d.note) == (D(2026, 3, 1), D(2026, 4, 14), "45 ngày")


# --------------------------------------------------------------------------- 12. yearly


def test_a_yearly_window_of_months_opens_and_closes_each_year():
    d = parse_deadline("Từ tháng 4 đến tháng 10 hằng năm")
    found = list(d.occurrences(D(2026, 1, 1), D(2027, 12, 31)))
    assert [(o.opens, o.due) for o in found] == [
        (D(2026, 4, 1), D(2026, 10, 31)),
        (D(2027, 4, 1), D(2027, 10, 31)),
    ]


@pytest.mark.parametrize(
    ("phrase", "due", "clipped"),
    [
        ("ngày 31 tháng 11 hằng năm", D(2026, 11, 30), True),
        ("ngày 30/02 hằng năm", D(2026, 2, 28), True),
        ("ngày 29/02 hằng năm", D(2026, 2, 28), True),
        ("ngày 30/11 hằng năm", D(2026, 11, 30), False),
    ],
)
def test_a_yearly_day_a_month_lacks_falls_on_its_last_day_flagged(phrase, due, clipped):
    [found] = parse_deadline(phrase).occurrences(D(2026, 1, 1), D(2026, 12, 31))
    assert (found.due, found.clipped) == (due, clipped)


def test_a_yearly_window_backwards_names_the_fix():
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline("Từ tháng 10 đến tháng 4 hằng năm")
    assert caught.value.reason.startswith("a yearly window runs within the year")


# --------------------------------------------------------------------------- 13. lunar


@pytest.mark.parametrize(
    ("phrase", "year", "expected"),
    [
        # Tết Bính Ngọ is 17/2/2026 (holidays); rằm tháng Giêng is 14 days later.
        ("ngày 15 tháng Giêng (âm lịch)", 2026, [D(2026, 3, 3)]),
        # Lễ hội Khai ấn đền Trần 2026 (giadinh.suckhoedoisong.vn): "Ngày 16 tháng Giêng (tức 4/3)".
        ("Ngày 16 tháng Giêng (tức 4/3)", 2026, [D(2026, 3, 4)]),
        ("trước Tết Nguyên đán", 2026, [D(2026, 2, 16)]),
        # Tết Đinh Mùi is 6/2/2027.
        ("trước Tết Nguyên đán 10 ngày", 2027, [D(2027, 1, 27)]),
        # EVBN, 12/2021: Tết "được tổ chức vào ngày 01.01 Âm lịch hằng năm"; Tết 2022 is 1/2.
        ("được tổ chức vào ngày 01.01 Âm lịch hằng năm", 2022, [D(2022, 2, 1)]),
        # Kiến thức, 01/2017: lễ hội Lồng Tồng "vào mùng 8 tháng Giêng hàng năm"; Tết 2017 is 28/1.
        ("vào mùng 8 tháng Giêng hàng năm", 2017, [D(2017, 2, 4)]),
        # 23 tháng Chạp of the lunar year ending at Tết 17/2/2026 is 10/2/2026.
        ("ngày 23 tháng Chạp hằng năm", 2026, [D(2026, 2, 10)]),
        # Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch: 26/4/2026 (holidays, Vietnam).
        ("ngày 10 tháng 3 âm lịch", 2026, [D(2026, 4, 26)]),
    ],
)
def test_lunar_dates_resolve_on_the_vietnamese_lunisolar_calendar(phrase, year, expected):
    d = parse_deadline(phrase, year=year)
    assert isinstance(d, LunarDeadline)
    assert dues(phrase, year) == expected
    assert parse_deadline(str(d)) == d


def test_the_first_and_fifteenth_of_every_lunar_month_recur_monthly():
    d = parse_deadline("mùng 1 và rằm hằng tháng âm lịch")
    found = [o.due for o in d.occurrences(D(2026, 2, 1), D(2026, 3, 31))]
    # New moons (UTC+7): 17/2/2026 and 19/3/2026; full-moon days 15 days on: 3/3 and 2/4.
    assert found == [D(2026, 2, 2), D(2026, 2, 17), D(2026, 3, 3), D(2026, 3, 19)]


def test_the_lunar_calendar_agrees_with_every_tet_and_gio_to_the_holidays_package_knows():
    from holidays.calendars.chinese import VIETNAMESE_CALENDAR, _ChineseLunisolar

    from cchc_model.language import _lunar

    calendar = _ChineseLunisolar(calendar=VIETNAMESE_CALENDAR)
    disagree = []
    for year in range(1901, 2100):
        tet, _ = calendar.lunar_new_year_date(year)
        gio_to, _ = calendar.hung_kings_date(year)
        start, _ = _lunar.month_start(year, 1)
        third, _ = _lunar.month_start(year, 3)
        if start != tet or (gio_to is not None and third + datetime.timedelta(days=9) != gio_to):
            disagree.append(year)
    # 1991: the new moon of Tết fell minutes from midnight (UTC+7); documented.
    assert disagree == [1991]


@pytest.mark.parametrize(
    "phrase",
    [
        "Rằm tháng 7/2025 (âm lịch)",
        "ngày 15 tháng 7/2025 âm lịch",
        "15/7/2025 âm lịch",
        "ngày rằm tháng 7 năm 2025 (âm lịch)",
    ],
)
def test_a_lunar_date_may_write_its_year_after_the_month_as_a_solar_date_does(phrase):
    # Lễ Vu Lan 2025 fell on Saturday 6 September 2025: the year had a leap sixth month
    # (tháng 6 nhuận, 25/7–22/8/2025), so the seventh began on 23 August.
    d = parse_deadline(phrase)
    assert isinstance(d, LunarDeadline)
    assert (d.days, d.month, d.year) == ((15,), 7, 2025)
    assert dues(phrase, window=(D(2025, 1, 1), D(2025, 12, 31))) == [D(2025, 9, 6)]


@pytest.mark.parametrize(
    ("phrase", "year", "due"),
    [
        # Tết Bính Ngọ is 17/2/2026 and Tết Đinh Mùi 6/2/2027 (holidays, Vietnam).
        ("Mùng 1 Tết", 2026, D(2026, 2, 17)),
        ("mùng 2 Tết Nguyên đán năm 2027", None, D(2027, 2, 7)),
        ("Tết Nguyên đán 2026", None, D(2026, 2, 17)),
        ("trước Tết Nguyên đán 2027", None, D(2027, 2, 5)),
        ("Trước Tết Nguyên đán 10 ngày hằng năm", 2027, D(2027, 1, 27)),
        # One day before Tết is the day before it, as "trước Tết".
        ("trước Tết Nguyên đán 1 ngày", 2027, D(2027, 2, 5)),
    ],
)
def test_the_days_of_tet_and_its_year_read_in_their_usual_spellings(phrase, year, due):
    calendar_year = due.year
    assert dues(phrase, year, window=(D(calendar_year, 1, 1), D(calendar_year, 12, 31))) == [due]


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        # Tết Trung thu 2026 (15/8 âm lịch) is Friday 25 September 2026; Tết Đoan ngọ
        # (5/5 âm lịch) is 19 June 2026; Tết Nguyên tiêu is Rằm tháng Giêng, 3 March 2026.
        ("Tết Trung thu", D(2026, 9, 25)),
        ("Tết Trung thu năm 2026", D(2026, 9, 25)),
        ("Tết Đoan ngọ", D(2026, 6, 19)),
        ("Tết Nguyên tiêu", D(2026, 3, 3)),
        ("trước Tết Trung thu hằng năm", D(2026, 9, 24)),
        # Without "Tết" too, as plans write them.
        ("Trung thu hằng năm", D(2026, 9, 25)),
        ("Vào dịp Trung thu", D(2026, 9, 25)),
        ("Đoan ngọ", D(2026, 6, 19)),
        ("vào dịp Tết Nguyên đán", D(2026, 2, 17)),
        # Tết Dương lịch is 1 January: "trước Tết Dương lịch 2027" is due on 31/12/2026.
        ("trước Tết Dương lịch 2027", D(2026, 12, 31)),
        ("Tết Dương lịch hằng năm", D(2026, 1, 1)),
    ],
)
def test_the_other_tets_fall_on_their_own_days_not_on_tet_nguyen_dan(phrase, due):
    assert dues(phrase, 2026) == [due]


@pytest.mark.parametrize(
    ("phrase", "reason", "span"),
    [
        (
            "Tết Dương lịch",
            "'Tết Dương lịch' has no year: write it ('Tết Dương lịch 2027', for 1 January "
            "2027), or 'hằng năm'",
            (0, 14),
        ),
        (
            "Tết Thanh minh",
            "'Tết Thanh minh' is not Tết Nguyên đán, and its date is not read: write the date",
            (0, 14),
        ),
    ],
)
def test_a_tet_without_its_year_or_not_on_a_lunar_day_is_refused_under_its_name(
    phrase, reason, span
):
    assert refusal(phrase, 2026) == (reason, span)


def test_the_first_days_of_tet_are_a_lunar_window_of_the_first_month():
    d = parse_deadline("từ mùng 1 đến mùng 3 Tết", year=2026)
    assert isinstance(d, LunarDeadline)
    assert (d.from_day, d.days, d.month, d.year) == (1, (3,), 1, 2026)


@pytest.mark.parametrize(
    ("phrase", "year", "reason", "span"),
    [
        (
            "Tết Nguyên đán 15 ngày",
            2026,
            "a count of days goes before Tết: write 'trước Tết Nguyên đán 15 ngày' "
            "(days after Tết are not read)",
            (15, 22),
        ),
        (
            "trước Tết Nguyên đán 0 ngày",
            2026,
            "a count of days before Tết is 1 to 366, not 0",
            (21, 22),
        ),
        (
            "trước Tết Nguyên đán 400 ngày",
            2026,
            "a count of days before Tết is 1 to 366, not 400",
            (21, 24),
        ),
        (
            "Rằm tháng Giêng năm 2100",
            None,
            "the lunar calendar is read for the years 1946–2099, not 2100",
            (20, 24),
        ),
        (
            "Rằm tháng 7/1945 (âm lịch)",
            None,
            "the lunar calendar is read for the years 1946–2099, not 1945",
            (12, 16),
        ),
    ],
)
def test_counts_of_days_before_tet_and_lunar_years_are_refused_under_the_number(
    phrase, year, reason, span
):
    assert refusal(phrase, year) == (reason, span)


def test_ngay_ram_is_the_fifteenth_lunar_day_as_ram_alone_is():
    assert parse_deadline("Mùng 1 và ngày rằm hàng tháng (âm lịch)") == parse_deadline(
        "mùng 1 và rằm hằng tháng âm lịch"
    )
    assert parse_deadline("ngày rằm tháng Giêng", year=2026) == parse_deadline(
        "ngày 15 tháng Giêng âm lịch", year=2026
    )


def test_a_lunar_date_without_a_year_names_what_is_missing():
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline("ngày 15 tháng Giêng âm lịch")
    assert "has no year" in caught.value.reason


# --------------------------------------------------------------------------- 14. spelling


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        ("tới ngày 15/3/2026", "đến ngày 15/3/2026"),
        ("từ ngày 1/3/2026 tới ngày 15/3/2026", "từ ngày 1/3/2026 đến ngày 15/3/2026"),
        ("“Quý I/2026”", "Quý I/2026"),
        ("Quý I/2026.", "Quý I/2026"),
        ("ngày 15 / 3 / 2026", "ngày 15/3/2026"),
        # Báo Quảng Nam, 7/2020: "Từ ngày 1.1 đến ngày 6.7".
        ("Từ ngày 1.1 đến ngày 6.7", "Từ ngày 1/1/2020 đến ngày 6/7/2020"),
        # Hànộimới, 07/2020: "diễn ra từ ngày 12-7 đến 16-8-2020".
        ("diễn ra từ ngày 12-7 đến 16-8-2020", "từ ngày 12/7/2020 đến ngày 16/8/2020"),
        # EVBN, 12/2021: "thứ Ba ngày 01.02.2022".
        ("thứ Ba ngày 01.02.2022", "ngày 1/2/2022"),
    ],
)
def test_spelling_and_typography_do_not_change_the_meaning(phrase, same_as):
    window = (D(2019, 1, 1), D(2027, 1, 1))
    found, expected = parse_deadline(phrase, year=2020), parse_deadline(same_as, year=2020)
    assert list(found.occurrences(*window)) == list(expected.occurrences(*window))


# --------------------------------------------------------------------------- lenient reading


@pytest.mark.parametrize(
    "phrase", ["Tháng 13/2026", "Quý V/2026", "hôm qua", "", "Theo quy định tại"]
)
def test_a_lenient_reading_keeps_the_text_and_the_reason_and_reads_back(phrase):
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase)
    d = parse_deadline(phrase, lenient=True)
    assert isinstance(d, Unrecognised)
    assert (d.text, d.error) == (phrase.strip(), caught.value.reason)
    assert str(d) == phrase.strip()
    assert list(d.occurrences(D(2020, 1, 1), D(2030, 1, 1))) == []
    assert parse_deadline(str(d), lenient=True) == d


def test_a_lenient_reading_of_a_good_phrase_is_the_strict_one():
    assert parse_deadline("Quý I/2026", lenient=True) == parse_deadline("Quý I/2026")


@given(strategies.deadlines(DeadlineKind.UNRECOGNISED))
def test_an_unrecognised_phrase_round_trips_leniently(deadline):
    assert parse_deadline(str(deadline), lenient=True) == deadline


@settings(max_examples=settings().max_examples * 5)
@given(st.text(max_size=80))
def test_a_lenient_reading_never_raises(text):
    d = parse_deadline(text, lenient=True)
    assert parse_deadline(str(d), lenient=True) == d


# --------------------------------------------------------------------------- every kind


@pytest.mark.parametrize("kind", [k for k in DeadlineKind if k is not DeadlineKind.UNRECOGNISED])
@given(data=st.data())
def test_every_kind_round_trips_through_its_canonical_phrase(kind, data):
    deadline = data.draw(strategies.deadlines(kind))
    assert deadline.kind is kind
    assert parse_deadline(str(deadline)) == deadline


@pytest.mark.parametrize(
    ("phrase", "year", "window"),
    [
        # Kiến thức, 01/2017: a festival "từ ngày 12 đến 14 tháng Giêng hàng năm";
        # Tết 2026 is 17/2, so 12–14 Giêng are 28/2–2/3/2026.
        ("từ ngày 12 đến 14 tháng Giêng hàng năm", 2026, (D(2026, 2, 28), D(2026, 3, 2))),
        # Kiến thức: "trong khoảng mùng 5 đến mùng 7 tháng Giêng" (Tết 2026: 21–23/2).
        ("trong khoảng mùng 5 đến mùng 7 tháng Giêng", 2026, (D(2026, 2, 21), D(2026, 2, 23))),
        # vansuapp.com: "được tổ chức vào ngày 14 tới ngày 16 tháng 1 âm lịch." (2026: 2–4/3).
        (
            "được tổ chức vào ngày 14 tới ngày 16 tháng 1 âm lịch.",
            2026,
            (D(2026, 3, 2), D(2026, 3, 4)),
        ),
    ],
)
def test_a_lunar_window_opens_and_closes_on_its_lunar_days(phrase, year, window):
    d = parse_deadline(phrase, year=year)
    assert isinstance(d, LunarDeadline)
    [found] = d.occurrences(D(year, 1, 1), D(year, 12, 31))
    assert (found.opens, found.due) == window
    assert parse_deadline(str(d)) == d


def test_every_week_at_a_time_reads_with_the_word_every_in_front():
    # thamvanphapluat.vn: chào cờ "mỗi 7h30′ sáng thứ 2 hàng tuần".
    d = parse_deadline("mỗi 7h30′ sáng thứ 2 hàng tuần")
    assert (d.weekday, d.time) == (0, T(7, 30))


@pytest.mark.parametrize(
    ("phrase", "windows"),
    [
        ("Cả năm", [(D(2026, 1, 1), D(2026, 12, 31))]),
        ("Trong năm", [(D(2026, 1, 1), D(2026, 12, 31))]),
        ("Cả năm 2026", [(D(2026, 1, 1), D(2026, 12, 31))]),
        (
            "6 tháng đầu năm và cả năm",
            [(D(2026, 1, 1), D(2026, 6, 30)), (D(2026, 1, 1), D(2026, 12, 31))],
        ),
    ],
)
def test_the_whole_year_without_its_number_is_the_plan_year(phrase, windows):
    d = parse_deadline(phrase, year=2026)
    assert [(w.opens, w.due) for w in d.windows] == windows


@pytest.mark.parametrize(
    ("phrase", "window"),
    [
        ("Tháng 12 hằng năm", (D(2026, 12, 1), D(2026, 12, 31))),
        ("Quý IV hằng năm", (D(2026, 10, 1), D(2026, 12, 31))),
        ("tháng 2 hằng năm", (D(2026, 2, 1), D(2026, 2, 28))),
    ],
)
def test_a_month_or_quarter_of_every_year_is_a_yearly_window(phrase, window):
    [found] = parse_deadline(phrase).occurrences(D(2026, 1, 1), D(2026, 12, 31))
    assert (found.opens, found.due) == window


@pytest.mark.parametrize(
    ("phrase", "milestones"),
    [
        (
            "Đợt 1: tháng 6/2026; Đợt 2: tháng 11/2026",
            [("đợt 1", D(2026, 6, 30)), ("đợt 2", D(2026, 11, 30))],
        ),
        (
            "- Đợt 1: Quý II/2026\n- Đợt 2: Quý IV/2026",
            [("đợt 1", D(2026, 6, 30)), ("đợt 2", D(2026, 12, 31))],
        ),
        (
            "Giai đoạn 1: năm 2026; Giai đoạn 2: năm 2027",
            [("giai đoạn 1", D(2026, 12, 31)), ("giai đoạn 2", D(2027, 12, 31))],
        ),
    ],
)
def test_numbered_stages_name_their_phases(phrase, milestones):
    d = parse_deadline(phrase)
    assert isinstance(d, Phased)
    found = d.occurrences(D(2026, 1, 1), D(2027, 12, 31))
    assert [(o.milestone, o.due) for o in found] == milestones
    assert parse_deadline(str(d)) == d


@pytest.mark.parametrize(
    ("phrase", "basis", "reference"),
    [
        ("Theo chương trình công tác của UBND tỉnh", "theo chương trình", "công tác của UBND tỉnh"),
        ("Theo lịch của Bộ Nội vụ", "theo lịch", "của Bộ Nội vụ"),
        ("Theo văn bản của Bộ Nội vụ", "theo văn bản", "của Bộ Nội vụ"),
        ("Theo thời gian quy định của Trung ương", "theo thời gian", "quy định của Trung ương"),
        ("Theo thời hạn của Chính phủ", "theo thời hạn", "của Chính phủ"),
        ("Theo Đề án được phê duyệt", "theo đề án", "được phê duyệt"),
        ("Theo quyết định của Chủ tịch UBND tỉnh", "theo quyết định", "của Chủ tịch UBND tỉnh"),
        ("Theo phân công của UBND tỉnh", "theo phân công", "của UBND tỉnh"),
        ("Theo nhiệm vụ được giao", "theo nhiệm vụ", "được giao"),
        ("Theo thông báo của Bộ Nội vụ", "theo thông báo", "của Bộ Nội vụ"),
        ("Khi có chỉ đạo của UBND tỉnh", "khi có chỉ đạo", "của UBND tỉnh"),
        ("Khi có văn bản hướng dẫn", "khi có văn bản", "hướng dẫn"),
        ("Khi có quyết định của cấp có thẩm quyền", "khi có quyết định", "của cấp có thẩm quyền"),
        ("Khi có kế hoạch của tỉnh", "khi có kế hoạch", "của tỉnh"),
        ("Khi có thông báo của Bộ", "khi có thông báo", "của Bộ"),
        ("Khi được giao", "khi được giao", None),
        ("Khi phát sinh", "khi phát sinh", None),
    ],
)
def test_every_word_that_sends_the_reader_elsewhere_is_a_reference(phrase, basis, reference):
    d = parse_deadline(phrase)
    assert isinstance(d, ByReference)
    assert (d.basis, d.reference) == (basis, reference)


@pytest.mark.parametrize(
    ("weekday", "written"),
    [
        (0, "Thứ Hai hàng tuần"),
        (1, "Thứ Ba hàng tuần"),
        (2, "Thứ Tư hàng tuần"),
        (3, "Thứ Năm hàng tuần"),
        (4, "Thứ Sáu hàng tuần"),
        (5, "Thứ Bảy hàng tuần"),
        (6, "Chủ nhật hàng tuần"),
    ],
)
def test_each_day_of_the_week_is_written_back_by_its_vietnamese_name(weekday, written):
    assert str(Weekly(weekday=weekday)) == written
    assert parse_deadline(written) == Weekly(weekday=weekday)


def test_the_nine_month_report_recurs_once_a_year_and_is_written_as_a_period():
    d = Recurring(unit=PeriodUnit.NINE_MONTHS)
    assert str(d) == "Định kỳ 9 tháng"
    assert parse_deadline("Định kỳ 9 tháng") == d
    assert dues("Định kỳ 9 tháng", 2026) == [D(2026, 9, 30)]


def test_ad_hoc_work_is_a_reference_to_whatever_asks_for_it():
    assert parse_deadline("Đột xuất") == ByReference(basis="đột xuất")
    assert parse_deadline("Thường xuyên, đột xuất") == Compound(
        parts=(Continuous(), ByReference(basis="đột xuất"))
    )


def test_or_ad_hoc_when_asked_is_a_second_deadline():
    # Nghị định 152/2020/NĐ-CP art. 27(4), as amended by Nghị định 70/2023/NĐ-CP.
    d = parse_deadline("Trước ngày 20 tháng 12 hằng năm hoặc đột xuất khi có yêu cầu")
    assert d == Compound(
        parts=(
            Recurring(unit=PeriodUnit.YEAR, day=20, month=12, before=True),
            ByReference(basis="đột xuất", reference="khi có yêu cầu"),
        )
    )
    assert dues(str(d), 2023) == [D(2023, 12, 19)]
    assert parse_deadline(str(d)) == d


@pytest.mark.parametrize(
    ("phrase", "without_comma", "year"),
    [
        # A comma before "và", "hoặc" or a bullet joins a second deadline as the word
        # alone does; before 0.6.0 the second deadline was kept, unread, as the note.
        ("Quý I/2026, và quý III/2026", "Quý I/2026 và quý III/2026", None),
        ("Quý I, và quý III/2026", "Quý I và quý III/2026", None),
        ("Quý I/2026, hoặc quý III/2026", "Quý I/2026 hoặc quý III/2026", None),
        ("Quý I/2026, - Quý III/2026", "Quý I/2026; Quý III/2026", None),
        ("Ngày 15/3/2026, và ngày 15/9/2026", "Ngày 15/3/2026 và ngày 15/9/2026", None),
        ("Hằng quý, và hằng năm", "Hằng quý và hằng năm", 2026),
        (
            "Báo cáo tháng 3/2026, và báo cáo tháng 6/2026",
            "Báo cáo tháng 3/2026 và báo cáo tháng 6/2026",
            None,
        ),
    ],
)
def test_a_comma_before_a_joining_word_joins_a_second_deadline(phrase, without_comma, year):
    d = parse_deadline(phrase, year=year)
    assert d == parse_deadline(without_comma, year=year)
    assert d.note is None
    assert len(dues(phrase, year, window=(D(2026, 1, 1), D(2026, 12, 31)))) >= 2


def test_continuous_work_done_every_day_may_end_with_a_full_stop():
    # The full stop split "hằng ngày" off as a second, unbounded deadline before 0.6.0.
    assert parse_deadline("Thường xuyên, hằng ngày.") == parse_deadline("Thường xuyên, hằng ngày")
    assert parse_deadline("Thường xuyên, hằng ngày.").note == "hằng ngày"


def test_an_alternative_that_is_no_deadline_is_kept_as_the_note():
    d = parse_deadline("Quý I/2026 hoặc sớm hơn nếu được")
    assert (d.windows[0].due, d.note) == (
        D(2026, 3, 31),
        "hoặc sớm hơn nếu được",
    )


#: Two phases, as a phrase gives them: the list of them is no tuple.
PHASES = parse_deadline("- Ban hành tháng 1/2020 - Kết thúc 2020").phases


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: DateDeadline(date=D(2026, 1, 1), time=T(8), part=DayPart.MORNING),
            "a deadline gives a time or a part of the day, not both",
        ),
        (
            lambda: DateDeadline(date=D(2026, 1, 1), before=True, part=DayPart.MORNING),
            "'trước' goes with a date or a time, not with a part of the day",
        ),
        (
            lambda: DateDeadline(date=D(2026, 1, 5), opens=D(2026, 1, 1), part=DayPart.MORNING),
            "a part of the day goes with a single date, not a range",
        ),
        (
            lambda: DateDeadline(date=D(2026, 1, 1), opens_time=T(8)),
            "a range's opening time needs the day it opens",
        ),
        (
            lambda: DateDeadline(date=D(2026, 1, 1), time=T(8, 0, 30)),
            "time is given to the minute, not 08:00:30",
        ),
        (
            lambda: DateDeadline(date=D(2026, 1, 1), note="(nếu có"),
            "a note's brackets must balance, not '(nếu có'",
        ),
        (
            lambda: DateDeadline(date=D(2026, 1, 1), complement="ngày 5"),
            "a complement is words without numbers or time words, not 'ngày 5'",
        ),
        (
            lambda: Recurring(unit=PeriodUnit.YEAR, day=5, month=3, from_month=2),
            "from_month goes with from_day",
        ),
        (
            lambda: Recurring(unit=PeriodUnit.YEAR, day=5, month=3, from_day=1, from_month=4),
            "from_month is 0 (the month before the period) or an earlier month of the period "
            "than 3, not 4",
        ),
        (
            lambda: Recurring(unit=PeriodUnit.MONTH, time=T(8)),
            "month, before, from_day, from_month and time need a day",
        ),
        (lambda: Span(), "'từ nay' alone is not a deadline: give an end"),
        (
            lambda: Span(start=D(2026, 1, 1), end=D(2026, 2, 1)),
            "a span from a date or period to another is a DateDeadline (a window of days)",
        ),
        (
            lambda: Span(start=D(2026, 1, 1), onward=True),
            "'và các năm tiếp theo' follows a period and ends nothing",
        ),
        (
            lambda: Span(since="x", start=D(2026, 1, 1)),
            "a span starts on a date or period, or after an event, not both",
        ),
        (lambda: Span(since="(x)"), "since has no brackets or ';', not '(x)'"),
        (lambda: WeekOfMonth(year=2026, month=2, week=5), "02/2026 has no week 5"),
        (
            lambda: Weekly(weekday=None, before=True),
            "'hằng tuần' without a day of the week is due at the week's end",
        ),
        (
            lambda: Weekly(weekday=None, week=WeekRef.PREVIOUS),
            "'hằng tuần' without a day of the week is due at the week's end",
        ),
        (
            lambda: Weekly(weekday=1, part=DayPart.MORNING, time=T(8)),
            "a part of the day goes without a time and without 'trước'",
        ),
        (
            lambda: Weekly(weekday=None, action="Báo cáo định kỳ"),
            "'Báo cáo định kỳ' before 'hàng tuần' adds nothing: give no action",
        ),
        (lambda: LunarDeadline(days=()), "days must be a non-empty tuple of lunar days, not ()"),
        (lambda: LunarDeadline(days=(15, 1)), "days must be distinct and in order, not (15, 1)"),
        (lambda: LunarDeadline(days=(1,), year=2026), "a lunar day of every month has no year"),
        (
            lambda: LunarDeadline(days=(5,), month=1, days_before=3),
            "days before are counted from Tết (the 1st of the 1st month), without 'trước'",
        ),
        (
            lambda: LunarDeadline(days=(5,), month=1, from_day=7),
            "a lunar window runs from an earlier day to one later day",
        ),
        (lambda: Compound(parts=(Continuous(),)), "a compound deadline has at least two parts"),
        (
            lambda: DateDeadline(date=D(2026, 1, 1), note="đã xong\x07"),
            "a note is printable text, not 'đã xong\\x07'",
        ),
        (
            lambda: Phased(
                phases=parse_deadline("- Ban hành tháng 1/2020 - Kết thúc 2020").phases[:1]
            ),
            "a phased deadline has at least two phases",
        ),
        (
            lambda: Phased(phases=list(PHASES)),
            f"phases must be a tuple of Phase, not {list(PHASES)!r}",
        ),
        (
            lambda: Span(since="có  quyết định"),
            "since must be non-empty single-spaced text, not 'có  quyết định'",
        ),
        (
            lambda: Compound(parts=(Continuous(), Continuous(action="Báo cáo"))),
            "the parts of a compound deadline share its action",
        ),
        (
            lambda: Compound(parts=(Continuous(), ByReference(basis="đột xuất")), note="x"),
            "a compound deadline is noted or tentative on its parts",
        ),
        (
            lambda: Unrecognised(text="x", error="y", action="Báo cáo"),
            "an unrecognised phrase keeps everything in its text",
        ),
    ],
)
def test_values_no_phrase_could_mean_are_refused(build, message):
    with pytest.raises((ValueError, TypeError)) as refused:
        build()
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: ByReference(basis="theo ý thích"), "'basis' must be in"),
        (lambda: PointInPeriod(period=Year(2026), position="cuối"), "'position' must be <enum"),
    ],
)
def test_values_outside_a_vocabulary_are_refused_by_their_field(build, message):
    with pytest.raises((ValueError, TypeError), match=message):
        build()


@pytest.mark.parametrize(
    ("phrase", "year", "opens", "due"),
    [
        ("ngày cuối cùng của tháng 2/2026", None, None, D(2026, 2, 28)),
        ("ngày cuối cùng của tháng 2/2028", None, None, D(2028, 2, 29)),
        ("trước ngày cuối cùng của tháng 6", 2028, None, D(2028, 6, 29)),
        # Thông tư 2/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ), kỳ báo cáo năm:
        # "tính từ ngày 01 tháng 01 đến ngày cuối cùng của tháng 12".
        (
            "tính từ ngày 01 tháng 01 đến ngày cuối cùng của tháng 12",
            2026,
            D(2026, 1, 1),
            D(2026, 12, 31),
        ),
    ],
)
def test_the_last_day_of_a_month_is_its_last_day_whatever_its_length(phrase, year, opens, due):
    d = parse_deadline(phrase, year=year)
    assert (d.opens, d.due) == (opens, due)


def test_words_joined_by_quotes_are_words_and_a_complement_never_holds_thuong_xuyen():
    # Found by the fuzz property: the complement 'A"THƯỜNG"XUYÊN' printed back read as
    # continuous work.  Quotes separate words as spaces do, and "thường xuyên" is time.
    with pytest.raises(DeadlineParseError):
        parse_deadline('GỬI"A"THƯỜNG"XUYÊN"TRONG"NĂM"NĂM1945')
    # "Thường trực" and "Liên đoàn" stay ordinary words of a complement.
    assert parse_deadline("Báo cáo Thường trực Tỉnh ủy trước ngày 30/6/2026").complement == (
        "Thường trực Tỉnh ủy"
    )
    assert parse_deadline("Trình Liên đoàn Lao động tỉnh trước ngày 30/6/2026").complement == (
        "Liên đoàn Lao động tỉnh"
    )


# --------------------------------------------------------------------------- last days, windows


@pytest.mark.parametrize(
    ("phrase", "year", "due"),
    [
        ("Ngày cuối cùng của tháng 12/2020", None, D(2020, 12, 31)),
        ("ngày cuối của tháng 2 năm 2020", None, D(2020, 2, 29)),
        ("ngày cuối của tháng 2/2021", None, D(2021, 2, 28)),
        # The plan's year decides the length of February.
        ("Ngày cuối cùng của tháng 2", 2021, D(2021, 2, 28)),
        ("Ngày cuối cùng của tháng 2", 2020, D(2020, 2, 29)),
        # 31/08/2020 was a Monday.
        ("Thứ Hai ngày cuối cùng của tháng 8/2020", None, D(2020, 8, 31)),
    ],
)
def test_the_last_day_of_a_month_is_that_months_length_in_its_year(phrase, year, due):
    d = parse_deadline(phrase, year=year)
    assert isinstance(d, DateDeadline)
    assert d.date == due


def test_a_last_day_on_the_wrong_day_of_the_week_is_refused_under_the_whole_day():
    phrase = "Thứ Ba ngày cuối cùng của tháng 8/2020"
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase)
    assert caught.value.reason == "31/08/2020 is a Monday, not the day of the week written"
    assert caught.value.span == (0, len(phrase))


@pytest.mark.parametrize(
    ("phrase", "year", "opens", "due"),
    [
        ("Từ tháng 3 đến tháng 5 hàng năm", 2021, D(2021, 3, 1), D(2021, 5, 31)),
        ("Từ tháng 5 đến tháng 5 hằng năm", 2021, D(2021, 5, 1), D(2021, 5, 31)),
        # A window that ends in February ends on its last day, 29 in a leap year.
        ("Từ tháng 1 đến tháng 2 hàng năm", 2020, D(2020, 1, 1), D(2020, 2, 29)),
        ("Từ tháng 1 đến tháng 2 hàng năm", 2021, D(2021, 1, 1), D(2021, 2, 28)),
        # A quarter or a month of every year, after an action word.
        ("Báo cáo quý II hàng năm", 2021, D(2021, 4, 1), D(2021, 6, 30)),
        ("Báo cáo tháng 6 hằng năm", 2021, D(2021, 6, 1), D(2021, 6, 30)),
    ],
)
def test_months_of_every_year_open_on_the_first_month_and_close_on_the_last(
    phrase, year, opens, due
):
    d = parse_deadline(phrase)
    assert isinstance(d, Recurring)
    assert [(o.opens, o.due) for o in d.occurrences(D(year, 1, 1), D(year, 12, 31))] == [
        (opens, due)
    ]


def test_a_yearly_window_that_runs_backwards_is_refused_from_its_first_month_to_the_end():
    phrase = "Từ tháng 5 đến tháng 3 hàng năm"
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase)
    assert caught.value.reason == (
        "a yearly window runs within the year: from an earlier month to a later one"
    )
    assert caught.value.span == (3, len(phrase))


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("Từ đầu tháng đến cuối quý II/2020", (3, 6)),
        ("Từ ngày 1/1/2020 đến cuối tháng", (21, 25)),
    ],
)
def test_a_span_from_or_to_a_point_of_every_month_is_refused_at_that_point(phrase, span):
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase)
    assert caught.value.reason == "a span starts or ends in one period: write which"
    assert caught.value.span == span


@pytest.mark.parametrize(
    ("phrase", "opens", "due"),
    [
        # Tháng Giêng 2021 began on 12/02/2021; the 3rd lunar month on 12/04/2021.
        ("Mùng 10 đến rằm tháng Giêng hằng năm", D(2021, 2, 21), D(2021, 2, 26)),
        ("Ngày 5 - mùng 10 tháng Giêng hằng năm", D(2021, 2, 16), D(2021, 2, 21)),
        ("mồng 5 - mồng 10 tháng 3 âm lịch hằng năm", D(2021, 4, 16), D(2021, 4, 21)),
        ("ngày 5 đến ngày 10 tháng 3 âm lịch hằng năm", D(2021, 4, 16), D(2021, 4, 21)),
        ("ngày 5 - 10 tháng 3 âm lịch hằng năm", D(2021, 4, 16), D(2021, 4, 21)),
    ],
)
def test_a_range_of_lunar_days_may_be_written_without_tu(phrase, opens, due):
    d = parse_deadline(phrase)
    assert isinstance(d, LunarDeadline)
    found = [(o.opens, o.due) for o in d.occurrences(D(2021, 1, 1), D(2021, 12, 31))]
    assert found == [(opens, due)]


@pytest.mark.parametrize(
    ("phrase", "windows"),
    [
        # A table cell that lists its periods one to a line, each after a bullet.
        (
            "Quý I/2021\n- Quý III/2021",
            [(D(2021, 1, 1), D(2021, 3, 31)), (D(2021, 7, 1), D(2021, 9, 30))],
        ),
        (
            "- Tháng 3/2021\n- Tháng 9/2021",
            [(D(2021, 3, 1), D(2021, 3, 31)), (D(2021, 9, 1), D(2021, 9, 30))],
        ),
        # A dash inside a line, or ending one, joins a range.
        ("Quý I/2021 - Quý III/2021", [(D(2021, 1, 1), D(2021, 9, 30))]),
        ("Quý I/2021 -\nQuý III/2021", [(D(2021, 1, 1), D(2021, 9, 30))]),
    ],
)
def test_a_dash_that_opens_a_line_is_a_bullet_of_a_list_not_a_range(phrase, windows):
    d = parse_deadline(phrase)
    assert [(o.opens, o.due) for o in d.occurrences(D(2021, 1, 1), D(2021, 12, 31))] == windows


def test_the_30th_of_a_29_day_lunar_month_falls_on_its_last_day_and_says_so():
    # Tết 2021 was on 12/02/2021 and Tết 2022 on 01/02/2022: the last month of lunar year
    # 2020 had 30 days, that of 2021 only 29.
    d = parse_deadline("Ngày 30 tháng Chạp âm lịch hằng năm")
    assert list(d.occurrences(D(2021, 1, 1), D(2022, 12, 31))) == [
        Occurrence(due=D(2021, 2, 11), clipped=False),
        Occurrence(due=D(2022, 1, 31), clipped=True),
    ]


def test_a_lunar_day_is_found_in_a_window_of_that_one_day_and_only_in_its_written_year():
    every_year = parse_deadline("Rằm tháng Giêng hằng năm")
    assert list(every_year.occurrences(D(2021, 2, 26), D(2021, 2, 26))) == [
        Occurrence(due=D(2021, 2, 26))
    ]
    assert list(every_year.occurrences(D(2021, 2, 27), D(2021, 2, 26))) == []
    once = parse_deadline("Rằm tháng Giêng năm 2021")
    assert list(once.occurrences(D(2021, 1, 1), D(2022, 12, 31))) == [
        Occurrence(due=D(2021, 2, 26))
    ]


def test_a_week_of_a_month_opens_on_its_monday():
    d = parse_deadline("tuần đầu tháng 1/2027")
    assert list(d.occurrences(D(2027, 1, 1), D(2027, 1, 31))) == [
        Occurrence(due=D(2027, 1, 10), opens=D(2027, 1, 4))
    ]


# ----------------------------------------------------------------- edges the mutation run named


def test_a_span_from_now_ends_on_its_date_and_an_onward_span_opens_each_year_on_1_january():
    assert list(
        parse_deadline("Từ nay đến ngày 30/6/2026").occurrences(D(2026, 1, 1), D(2026, 12, 31))
    ) == [Occurrence(due=D(2026, 6, 30))]
    onward = parse_deadline("Năm 2026 và các năm tiếp theo")
    assert [(o.opens, o.due) for o in onward.occurrences(D(2025, 1, 1), D(2028, 12, 31))] == [
        (D(year, 1, 1), D(year, 12, 31)) for year in (2026, 2027, 2028)
    ]


def test_before_a_monday_every_week_is_due_on_the_sunday():
    d = parse_deadline("trước thứ Hai hàng tuần")
    assert [o.due for o in d.occurrences(D(2020, 6, 1), D(2020, 6, 14))] == [
        D(2020, 6, 7),
        D(2020, 6, 14),
    ]
    # A window of one day finds the day itself.
    assert [
        o.due
        for o in parse_deadline("thứ Hai hàng tuần").occurrences(D(2020, 6, 15), D(2020, 6, 15))
    ] == [D(2020, 6, 15)]


def test_a_range_to_before_a_day_is_due_the_day_before():
    d = parse_deadline("Từ ngày 01/3/2020 đến trước ngày 15/3/2020")
    assert [(o.opens, o.due) for o in d.occurrences(D(2020, 1, 1), D(2020, 12, 31))] == [
        (D(2020, 3, 1), D(2020, 3, 14))
    ]


@pytest.mark.parametrize("phrase", ["tuần đầu tiên của tháng 3/2027", "tuần thứ nhất tháng 3/2027"])
def test_the_first_week_of_a_month_may_be_written_in_full(phrase):
    assert parse_deadline(phrase) == parse_deadline("tuần đầu tháng 3/2027")


@pytest.mark.parametrize(
    ("phrase", "reason", "span"),
    [
        ("tuần thứ 6 tháng 3/2027", "a month has weeks 1 to 5, not 6", (9, 10)),
        ("tuần thứ 5 tháng 2/2027", "02/2027 has no week 5", (0, 23)),
        ("ngày 15/3 hằng tháng", "a day with its month recurs 'hàng năm'", (10, 14)),
        ("ngày 15/12/2020 hàng năm", "a recurring day has no year", (0, 15)),
        (
            "từ ngày 15/11 năm trước đến ngày 15/1 hàng năm",
            "a window from the year before starts in December ('từ ngày 15/12 năm trước')",
            (3, 13),
        ),
        (
            "từ ngày 1/12 đến ngày 15/11 hàng năm",
            "the yearly window ends before it starts: write 'năm trước' for a window from the "
            "year before",
            (3, 27),
        ),
    ],
)
def test_a_miswritten_week_or_yearly_day_is_refused_under_the_words_at_fault(phrase, reason, span):
    assert refusal(phrase) == (reason, span)


def test_a_yearly_window_across_months_opens_on_its_first_day():
    d = parse_deadline("từ ngày 10/3 đến ngày 15/5 hàng năm")
    assert [(o.opens, o.due) for o in d.occurrences(D(2020, 1, 1), D(2020, 12, 31))] == [
        (D(2020, 3, 10), D(2020, 5, 15))
    ]


@pytest.mark.parametrize(
    ("phrase", "windows"),
    [
        ("2021, 2023", [(D(2021, 1, 1), D(2021, 12, 31)), (D(2023, 1, 1), D(2023, 12, 31))]),
        ("2021 và 2023", [(D(2021, 1, 1), D(2021, 12, 31)), (D(2023, 1, 1), D(2023, 12, 31))]),
        ("2021 đến 2023", [(D(2021, 1, 1), D(2023, 12, 31))]),
        ("2021 - 2023", [(D(2021, 1, 1), D(2023, 12, 31))]),
    ],
)
def test_bare_years_are_listed_by_commas_and_va_and_ranged_by_den_and_dashes(phrase, windows):
    d = parse_deadline(phrase)
    assert [(o.opens, o.due) for o in d.occurrences(D(2020, 1, 1), D(2024, 12, 31))] == windows


@pytest.mark.parametrize(
    "fields",
    [{"tentative": True}, {"note": "(nếu có)"}, {"rolls_forward": True}, {"action": "Báo cáo"}],
)
def test_an_unrecognised_phrase_keeps_everything_in_its_text(fields):
    with pytest.raises(ValueError, match=r"^an unrecognised phrase keeps everything in its text$"):
        Unrecognised(text="Khi có yêu cầu", error="not a deadline", **fields)


def test_a_bracket_with_an_hour_refines_the_period_to_that_hour():
    d = parse_deadline("Tháng 6/2026 (trước 17h ngày 10/6)")
    assert [(o.opens, o.due, o.time) for o in d.occurrences(D(2026, 1, 1), D(2026, 12, 31))] == [
        (D(2026, 6, 1), D(2026, 6, 10), T(17, 0))
    ]


def test_a_bracket_of_the_same_recurrence_keeps_the_note_that_a_day_off_moves_it():
    d = parse_deadline(
        "Hằng quý (ngày 20 của tháng cuối quý), nếu trùng ngày nghỉ thì chuyển sang ngày làm "
        "việc tiếp theo"
    )
    assert isinstance(d, Recurring)
    assert d.rolls_forward
    assert [o.due for o in d.occurrences(D(2026, 1, 1), D(2026, 12, 31))] == [
        D(2026, 3, 20),
        D(2026, 6, 20),
        D(2026, 9, 20),
        D(2026, 12, 20),
    ]


@pytest.mark.parametrize(
    ("phrase", "dues_2026"),
    [
        ("ngày 15 của tháng cuối 6 tháng", [D(2026, 6, 15), D(2026, 12, 15)]),
        ("ngày 15 của tháng cuối sáu tháng", [D(2026, 6, 15), D(2026, 12, 15)]),
        ("ngày 15 của tháng cuối chín tháng", [D(2026, 9, 15)]),
        ("ngày 15 của tháng cuối kỳ 9 tháng", [D(2026, 9, 15)]),
    ],
)
def test_six_and_nine_months_are_periods_in_figures_or_in_words(phrase, dues_2026):
    assert dues(phrase, 2026) == dues_2026


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        # Tết 2026 fell on 17/02/2026: ten days before it is 07/02.
        ("trước Tết cổ truyền 10 ngày", D(2026, 2, 7)),
        ("trước Tết Nguyên đán 10 ngày", D(2026, 2, 7)),
        # The 15th of the 7th lunar month of 2026 is 26/08/2026; "(âl)" abbreviates "âm lịch".
        ("ngày 15/7 (âl) hằng năm", D(2026, 8, 26)),
        ("ngày 15/7 (âm lịch) hằng năm", D(2026, 8, 26)),
    ],
)
def test_the_lunar_new_year_and_lunar_dates_in_their_usual_spellings(phrase, due):
    assert dues(phrase, 2026) == [due]


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("từ mùng 5 đến mùng 5 tháng Giêng hằng năm", (0, 20)),
        ("Ngày 10 - mùng 5 tháng Giêng hằng năm", (0, 16)),
    ],
)
def test_a_lunar_range_that_does_not_run_forward_is_refused_under_the_range(phrase, span):
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(phrase)
    assert caught.value.reason == "a lunar range runs from an earlier day to a later one"
    assert caught.value.span == span


def test_a_comma_between_the_day_of_the_week_and_hang_tuan_changes_nothing():
    assert parse_deadline("Thứ Sáu, hàng tuần") == parse_deadline("Thứ Sáu hàng tuần")


@pytest.mark.parametrize(
    ("phrase", "reason", "span"),
    [
        ("ngày 32/1/2020", "a day of the month is 1 to 31, not 32", (5, 7)),
        ("ngày 31 tháng Giêng âm lịch hằng năm", "a lunar day is 1 to 30, not 31", (5, 7)),
        (
            "ngày 10 của tháng thứ 2 kỳ báo cáo",
            "only the first, last or next month of a reporting period is known",
            (18, 21),
        ),
        ("ngày 10 của tháng thứ quý", "expected the month's number after 'tháng thứ'", (22, 25)),
        (
            "ngày 15 của tháng trước quý",
            "a deadline falls in the period, not in the month before it",
            (27, 27),
        ),
        (
            "từ ngày 15/3 tháng trước đến ngày 14 hằng tháng",
            "a day of the month before has no month of its own",
            (3, 7),
        ),
        (
            "từ ngày 15 năm trước đến ngày 14/1 hằng năm",
            "a day of the year before needs its month",
            (3, 7),
        ),
    ],
)
def test_a_miswritten_day_of_a_period_is_refused_where_it_goes_wrong(phrase, reason, span):
    assert refusal(phrase) == (reason, span)


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        # The recurrence said again after the point: "đầu tháng hằng tháng".
        ("đầu tháng hằng tháng", "đầu tháng"),
        ("đầu tháng hàng tháng", "đầu tháng"),
        ("cuối quý hằng quý", "cuối quý"),
        ("cuối quý hàng quý", "cuối quý"),
        # A yearly window may leave out the second "tháng".
        ("Từ tháng 3 đến 5 hàng năm", "Từ tháng 3 đến tháng 5 hàng năm"),
        ("Từ tháng 3 - 5 hằng năm", "Từ tháng 3 đến tháng 5 hàng năm"),
    ],
)
def test_a_recurrence_said_twice_or_a_month_word_left_out_reads_the_same(phrase, same_as):
    assert parse_deadline(phrase) == parse_deadline(same_as)


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        ("dự kiến là Quý I/2020", "Dự kiến: Quý I/2020"),
        # Nghị định 09/2019/NĐ-CP art. 12 writes "tháng trước"; plans also write "thuộc".
        (
            "Tính từ ngày 15 thuộc tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo",
            "Tính từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo",
        ),
        (
            "ngày 15 hằng tháng (nếu trùng ngày nghỉ thì dời sang ngày làm việc liền kề)",
            "ngày 15 hằng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)",
        ),
        (
            "ngày 15 hằng tháng, nếu trùng ngày nghỉ thì chuyển sang ngày làm việc sau đó",
            "ngày 15 hằng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)",
        ),
        (
            "ngày 15 hằng tháng (nếu trùng ngày nghỉ thì lùi sang ngày làm việc liền sau)",
            "ngày 15 hằng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)",
        ),
        ("kể từ nay đến hết năm 2026", "Từ nay đến hết năm 2026"),
        ("Năm 2026 và các năm sau", "Năm 2026 và các năm tiếp theo"),
        (
            "thời hạn chậm nhất là 10 ngày kể từ ngày nhận hồ sơ",
            "trong thời hạn 10 ngày kể từ ngày nhận hồ sơ",
        ),
        ("tối đa 10 ngày", "trong thời hạn 10 ngày"),
        ("ngày 15/12 của năm kế hoạch", "ngày 15/12 hằng năm"),
        ("ngày 15/12 của năm thực hiện", "ngày 15/12 hằng năm"),
        (
            "trong khoảng từ mùng 5 đến mùng 10 tháng Giêng hằng năm",
            "từ mùng 5 đến mùng 10 tháng Giêng hằng năm",
        ),
        ("11 giờ trưa ngày 15/3/2026", "11h00 ngày 15/3/2026"),
        ("2021 và 2025", "Năm 2021, năm 2025"),
        ("Năm 2026 đến 2030", "Năm 2026 - 2030"),
        ("Quý I và III/2026", "Quý I/2026; Quý III/2026"),
        ("Trong tuần đầu tháng 1/2027", "tuần đầu tháng 1/2027"),
        ("Tính từ nay đến hết năm 2026", "Từ nay đến hết năm 2026"),
        ("Từ nay đến 2030", "Từ nay đến hết năm 2030"),
        ("ngày 14 của tháng của kỳ báo cáo", "ngày 14 hằng tháng"),
        ("ngày 14 tháng báo cáo", "ngày 14 hằng tháng"),
        (
            "Từ ngày 15 tháng trước kỳ báo cáo đến ngày 14 hằng tháng",
            "Từ ngày 15 tháng trước đến ngày 14 hằng tháng",
        ),
        (
            "Từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 hằng tháng",
            "Từ ngày 15 tháng trước đến ngày 14 hằng tháng",
        ),
        ("Quý I/2020 ()", "Quý I/2020"),
        ("Mùng 1 và mồng 10 tháng Giêng âm lịch năm 2026", "ngày 1 và 10 tháng Giêng năm 2026"),
        ("Tết âm lịch 2027", "Tết Nguyên đán 2027"),
        ("ngày 15 của tháng Giêng âm lịch năm 2026", "ngày 15 tháng Giêng năm 2026"),
        ("ngày 15 tháng thứ tư của 6 tháng", "ngày 15 tháng thứ 4 của 6 tháng"),
        ("Từ ngày 01/3/2026, đến ngày 15/3/2026", "Từ ngày 01/3/2026 đến ngày 15/3/2026"),
        ("thứ Hai tuần kế tiếp", "thứ Hai tuần sau"),
        ("Quý II/2026 triển khai thực hiện", "Triển khai thực hiện trong quý II/2026"),
        (
            "Ban hành vào Quý I/2020; Kết thúc vào Quý IV/2020",
            "- Ban hành Quý I/2020 - Kết thúc Quý IV/2020",
        ),
        ("trong ngày 15/3/2026", "ngày 15/3/2026"),
        ("Mùng 5 hằng tháng", "ngày 05 hằng tháng"),
        ("Thực hiện giai đoạn 2026 - 2030", "Thực hiện 2026 - 2030"),
        ("Báo cáo trong tuần đầu tháng 1/2027", "Báo cáo tuần đầu tháng 1/2027"),
        ("sáu tháng đầu năm 2026", "6 tháng đầu năm 2026"),
        ("Quý I/2020;", "Quý I/2020"),
        ("Thời gian: Quý I/2020", "Quý I/2020"),
        ("quý, 12 tháng", "Hằng quý; hằng năm"),
        # "Định kỳ" before units of recurrence says they recur; it is no action.
        ("Định kỳ quý, năm", "Định kỳ hằng quý; hằng năm"),
        ("Nhiệm kỳ 2026 - 2030", "2026 - 2030"),
        ("Thời kỳ 2021-2025", "2021 - 2025"),
        ("chín tháng đầu năm 2026", "9 tháng đầu năm 2026"),
        # A range of months written as month/year at both ends.
        ("03/2026 - 04/2026", "Tháng 3/2026 - tháng 4/2026"),
        ("06/2026-12/2026", "Tháng 6/2026 - tháng 12/2026"),
        ("quý, 6 tháng và năm", "Hằng quý; định kỳ 6 tháng; hằng năm"),
        ("Tháng 5.2026", "Tháng 5/2026"),
        ("Tháng 3 đến hết tháng 6/2026", "Tháng 3 - tháng 6/2026"),
        ("ngày 15 của tháng thứ 3 của quý", "ngày 15 của tháng cuối quý"),
        ("ngày 15 tháng giữa quý", "ngày 15 của tháng thứ 2 của quý"),
        ("ngày 15 tháng thứ sáu của kỳ 6 tháng", "ngày 15 của tháng cuối kỳ 6 tháng"),
        ("Từ năm 2026 và các năm tiếp theo", "Năm 2026 và các năm tiếp theo"),
        ("mùng 1 và 15 tháng Giêng âm lịch năm 2026", "mùng 1 và rằm tháng Giêng năm 2026"),
        ("thứ Hai tuần tiếp theo", "thứ Hai tuần sau"),
        (
            "45 ngày, từ ngày 01/3/2026 đến ngày 14/4/2026",
            "45 ngày, bắt đầu từ ngày 01/3/2026 đến ngày 14/4/2026",
        ),
    ],
)
def test_each_spelling_the_grammar_knows_reads_as_its_usual_form(phrase, same_as):
    assert parse_deadline(phrase) == parse_deadline(same_as)


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        # Recurrences joined by ',' are parts of the phrase as ';' makes them.
        ("Hằng tháng, hằng quý; ngày 15/5/2020", "Hằng tháng; hằng quý; ngày 15/5/2020"),
        ("Hằng tháng, hằng quý (ghi chú)", "Hằng tháng; hằng quý (ghi chú)"),
        # One recurrence said twice is one recurrence, with two parts as with three.
        ("Hằng quý, 3 tháng", "Hằng quý"),
        ("Hằng quý, 3 tháng, hằng năm", "Hằng quý; hằng năm"),
        # Years without "năm" after "từ", as "2026 - 2030" alone.
        ("Từ 2026 đến 2030", "Từ năm 2026 đến năm 2030"),
        ("Từ 2026", "Từ năm 2026"),
        ("Từ 2026 và các năm tiếp theo", "Năm 2026 và các năm tiếp theo"),
    ],
)
def test_lists_of_recurrences_and_years_read_as_their_fuller_forms(phrase, same_as):
    assert parse_deadline(phrase) == parse_deadline(same_as)


def test_a_roll_note_or_du_kien_on_recurrences_joined_by_a_comma_holds_for_each():
    rolled = parse_deadline(
        "Hằng tháng, hằng quý (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)"
    )
    assert isinstance(rolled, Compound)
    assert [p.rolls_forward for p in rolled.parts] == [True, True]
    tentative = parse_deadline("Dự kiến hằng tháng, hằng quý")
    assert isinstance(tentative, Compound)
    assert [p.tentative for p in tentative.parts] == [True, True]
    assert parse_deadline(str(rolled)) == rolled
    assert parse_deadline(str(tentative)) == tentative


def test_du_kien_after_an_action_marks_the_deadline_tentative_not_a_word_before_it():
    d = parse_deadline("Hoàn thành dự kiến Quý II/2026")
    assert (d.action, d.complement, d.tentative) == ("Hoàn thành", None, True)


def test_words_before_a_list_of_periods_in_parts_are_kept_before_the_first():
    d = parse_deadline("Đăng ký Quý II/2026; Quý IV/2026")
    assert isinstance(d, PeriodDeadline)
    assert (d.complement, len(d.windows)) == ("Đăng ký", 2)


@pytest.mark.parametrize(
    ("phrase", "opens", "due"),
    [
        # A window may open and close the same day; a date that refines a period may be its
        # first day.
        ("Từ ngày 01/3/2026 đến ngày 01/3/2026", D(2026, 3, 1), D(2026, 3, 1)),
        ("Tháng 3/2026 (ngày 01/3/2026)", D(2026, 3, 1), D(2026, 3, 1)),
    ],
)
def test_a_window_of_one_day_opens_and_closes_that_day(phrase, opens, due):
    d = parse_deadline(phrase)
    assert (d.opens, d.due) == (opens, due)


def test_months_listed_with_a_comma_are_two_and_with_a_dash_a_range():
    assert [(w.opens, w.due) for w in parse_deadline("Tháng 3, 6/2026").windows] == [
        (D(2026, 3, 1), D(2026, 3, 31)),
        (D(2026, 6, 1), D(2026, 6, 30)),
    ]
    assert [(w.opens, w.due) for w in parse_deadline("Tháng 3 - 6/2026").windows] == [
        (D(2026, 3, 1), D(2026, 6, 30))
    ]


def test_trong_nam_after_a_lead_is_the_plan_year():
    assert parse_deadline("Chậm nhất trong năm", year=2026) == parse_deadline("Chậm nhất năm 2026")
    assert parse_deadline("Trong năm, hằng quý", year=2026) == parse_deadline("Năm 2026; hằng quý")


def test_cham_nhat_before_a_week_of_a_month_adds_nothing_to_it():
    assert str(parse_deadline("Chậm nhất trong tuần đầu tháng 1/2027")) == "Tuần đầu tháng 1/2027"


def test_dinh_ky_before_a_day_of_the_week_is_an_action_it_may_keep():
    d = Weekly(weekday=4, action="Báo cáo định kỳ")
    assert str(d) == "Báo cáo định kỳ thứ Sáu hàng tuần"


def test_a_monthly_window_may_close_before_the_day_after_it_opens():
    d = parse_deadline("Từ ngày 10 đến trước ngày 11 hằng tháng")
    assert [(o.opens, o.due) for o in d.occurrences(D(2026, 1, 1), D(2026, 1, 31))] == [
        (D(2026, 1, 10), D(2026, 1, 10))
    ]


def test_periods_in_parts_of_their_own_are_one_list_of_windows():
    d = parse_deadline("Quý I/2020; Quý III/2020")
    assert isinstance(d, PeriodDeadline)
    assert [(w.opens, w.due) for w in d.windows] == [
        (D(2020, 1, 1), D(2020, 3, 31)),
        (D(2020, 7, 1), D(2020, 9, 30)),
    ]


def test_a_note_after_a_comma_in_its_own_brackets_is_not_bracketed_twice():
    d = parse_deadline("Quý II/2020, (đã sáp nhập)")
    assert d.note == "đã sáp nhập"
    assert str(d) == "Quý II/2020 (đã sáp nhập)"
    # A note that only starts with a bracket keeps it.
    assert parse_deadline("Quý II/2020, (xã A) đã sáp nhập").note == "(xã A) đã sáp nhập"


def test_a_note_after_a_comma_ends_at_the_next_part():
    d = parse_deadline("Quý I/2020, trừ các xã; Quý III/2020")
    assert isinstance(d, Compound)
    assert [p.note for p in d.parts] == ["trừ các xã", None]


@pytest.mark.parametrize(
    ("phrase", "year", "reason", "span"),
    [
        # "và các năm tiếp theo" once took the first of several periods, silently.
        (
            "Quý I - Quý II/2020 và các năm tiếp theo",
            None,
            "'và các năm tiếp theo' follows one period, not 'Quý I - Quý II/2020': write one "
            "period before it, as in 'Năm 2026 và các năm tiếp theo'",
            (0, 40),
        ),
        (
            "Từ Quý I đến Quý II/2020 và các năm tiếp theo",
            None,
            "'và các năm tiếp theo' follows one period, not 'Quý I đến Quý II/2020': write one "
            "period before it, as in 'Năm 2026 và các năm tiếp theo'",
            (3, 45),
        ),
        (
            "Năm 2020, 2022 và các năm sau",
            None,
            "'và các năm sau' follows one period, not 'Năm 2020, 2022': write one period "
            "before it, as in 'Năm 2026 và các năm sau'",
            (0, 29),
        ),
        # A point of several periods was read, with a year, as the whole periods.
        (
            "Đầu Quý I, II/2026",
            None,
            "'đầu' is a point of one period, not of 'Quý I, II/2026': write it before each, as "
            "in 'đầu quý I/2026, đầu quý II/2026'",
            (4, 18),
        ),
        (
            "Cuối tháng 6, 12",
            2026,
            "'cuối' is a point of one period, not of 'tháng 6, 12': write it before each, as "
            "in 'cuối tháng 6/2026, cuối tháng 12/2026'",
            (5, 16),
        ),
        (
            "Cuối mỗi kỳ báo cáo",
            None,
            "expected 'tháng', 'quý' or 'năm' after 'Cuối mỗi' ('cuối mỗi quý', "
            "'đầu tháng 6/2026')",
            (9, 11),
        ),
    ],
)
def test_a_period_word_that_takes_one_period_refuses_several_under_them(phrase, year, reason, span):
    assert refusal(phrase, year) == (reason, span)


@pytest.mark.parametrize(
    ("phrase", "reason", "span"),
    [
        ("QIV/2020", "write a quarter as 'Quý I/2020', not 'QIV'", (0, 3)),
        ("Báo cáo QII/2026", "write a quarter as 'Quý I/2020', not 'QII'", (8, 11)),
        ("Q4/2020", "write a quarter as 'Quý I/2020', not 'Q4'", (0, 2)),
    ],
)
def test_a_quarter_written_the_english_way_is_refused_under_it(phrase, reason, span):
    assert refusal(phrase) == (reason, span)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("trước thứ Sáu hàng tuần", "Trước thứ Sáu hàng tuần"),
        ("Báo cáo trước thứ Sáu hàng tuần", "Báo cáo trước thứ Sáu hàng tuần"),
        ("trước Tết Nguyên đán hằng năm 10 ngày", "Trước Tết Nguyên đán hàng năm 10 ngày"),
        ("trước Tết Nguyên đán năm 2026", "Trước Tết Nguyên đán năm 2026"),
        ("trước ngày 15 tháng 7 âm lịch hằng năm", "Trước ngày 15 tháng 07 âm lịch hàng năm"),
        ("Báo cáo trước ngày 05 hằng tháng", "Báo cáo trước ngày 05 hàng tháng"),
    ],
)
def test_before_a_weekday_or_a_lunar_day_is_written_back_in_lower_case_after_the_first_word(
    phrase, text
):
    assert str(parse_deadline(phrase)) == text


def test_a_lunar_day_of_every_year_is_found_only_in_the_years_the_calendar_answers():
    d = parse_deadline("Rằm tháng Giêng hằng năm")
    # The lunar new year needs the years on each side: 1946 to 2099.
    assert [o.due.year for o in d.occurrences(D(1945, 1, 1), D(1947, 12, 31))] == [1946, 1947]
    assert [o.due.year for o in d.occurrences(D(2098, 1, 1), D(2100, 12, 31))] == [2098, 2099]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Span(), "'từ nay' alone is not a deadline: give an end"),
        (
            lambda: Compound(
                parts=(
                    parse_deadline("- Ban hành tháng 1/2020 - Kết thúc tháng 12/2020"),
                    parse_deadline("Quý III/2020"),
                )
            ),
            "a part of a compound deadline is a single deadline, not - Ban hành trong tháng "
            "1/2020 - Kết thúc trong tháng 12/2020",
        ),
        (
            lambda: Phased(
                phases=parse_deadline("- Ban hành tháng 1/2020 - Kết thúc tháng 12/2020").phases,
                action="Báo cáo",
            ),
            "a phased deadline has no action: each phase names its milestone",
        ),
        (
            lambda: Phased(
                phases=parse_deadline("- Ban hành tháng 1/2020 - Kết thúc tháng 12/2020").phases,
                tentative=True,
            ),
            "a phased deadline is tentative or noted on its phases, not on itself",
        ),
        # Numbers out of range are named in the domain's words, not as a validator's tuple.
        (lambda: LunarDeadline(days=(1,), month=13), "a lunar month is 1 to 12, not 13"),
        (lambda: LunarDeadline(days=(1,), from_day=31), "a lunar day is 1 to 30, not 31"),
        (
            lambda: LunarDeadline(days=(1,), month=1, days_before=367),
            "a count of days before Tết is 1 to 366, not 367",
        ),
        (lambda: Weekly(weekday=7), "weekday is 0 (Monday) to 6 (Sunday), not 7"),
        (lambda: WeekOfMonth(year=2026, month=13, week=1), "a month is numbered 1 to 12, not 13"),
        (
            lambda: WeekOfMonth(year=2026, month=1, week=0),
            "week is 1 to 5, or -1 for the last week, not 0",
        ),
        (
            lambda: WeekOfMonth(year=2026, month=1, week=True),
            "week is 1 to 5, or -1 for the last week, not True",
        ),
        (
            lambda: LunarDeadline(days=(5,), month=1, from_day=5),
            "a lunar window runs from an earlier day to one later day",
        ),
        (
            lambda: Phased(
                phases=parse_deadline("- Ban hành tháng 1/2020 - Kết thúc tháng 12/2020").phases,
                rolls_forward=True,
            ),
            "a phased deadline notes rolling forward on its phases, not on itself",
        ),
        (
            lambda: Recurring(unit=PeriodUnit.QUARTER, day=15, month=5),
            "a quarter deadline on a day needs the month of the period (1–3, or 4 for the "
            "first month of the next period), not 5",
        ),
        (
            lambda: DateDeadline(date=D(2026, 1, 1), note="đã xong )("),
            "a note's brackets must balance, not 'đã xong )('",
        ),
        (
            lambda: Recurring(unit=PeriodUnit.MONTH, day=32),
            "day must be a day of the month (1–31), not 32",
        ),
        (
            lambda: Span(end=Year(2026), until="khi hoàn thành"),
            "a span ends on a date or period, or with an event, not both",
        ),
    ],
)
def test_a_deadline_built_against_its_rules_says_which_rule(make, message):
    with pytest.raises(ValueError) as refused:  # noqa: PT011 - the message is compared whole
        make()
    assert str(refused.value) == message


def test_free_text_after_khi_may_hold_any_letter():
    d = parse_deadline("Từ ngày 15/3/2020 đến khi có Kế hoạch X")
    assert isinstance(d, Span)
    assert d.until == "khi có Kế hoạch X"


@pytest.mark.parametrize(
    ("phrase", "reason", "span"),
    [
        # A number too long for what it stands for is named as that thing.
        ("ngày 15/1234567/2020", "'1234567' is too long to be a month", (8, 15)),
        ("ngày 15/3/1234567", "'1234567' is too long to be a year", (10, 17)),
        ("tháng 1234567/2020", "'1234567' is too long to be a month number", (6, 13)),
        (
            "tuần thứ 1234567 tháng 3/2027",
            "'1234567' is too long to be the week's number in the month",
            (9, 16),
        ),
        (
            "ngày 15 tháng 1234567 âm lịch hằng năm",
            "'1234567' is too long to be a lunar month",
            (14, 21),
        ),
        ("Từ tháng 3 đến tháng 1234567 hàng năm", "'1234567' is too long to be a month", (21, 28)),
        ("Từ tháng 1234567 đến tháng 5 hàng năm", "'1234567' is too long to be a month", (9, 16)),
        ("Ngày cuối cùng của tháng 1234567/2020", "'1234567' is too long to be a month", (25, 32)),
        ("thứ", "expected the day of the week after 'thứ'", (0, 3)),
    ],
)
def test_a_number_too_long_or_missing_is_named_as_what_it_stands_for(phrase, reason, span):
    assert refusal(phrase, year=2020) == (reason, span)


@pytest.mark.parametrize("following", ["liền kề", "sau liền kề", "kế tiếp", "liền sau", "sau"])
def test_the_next_quarter_may_be_called_in_any_of_its_usual_words(following):
    assert parse_deadline(f"ngày 10 của tháng đầu quý {following}") == parse_deadline(
        "ngày 10 của tháng đầu quý tiếp theo"
    )


def test_lunar_days_of_every_month_recur_each_lunar_month():
    d = parse_deadline("mùng 1 và rằm hằng tháng âm lịch")
    assert str(d) == "Ngày 01 và ngày 15 hàng tháng âm lịch"
    # The first lunar month of 2026 began on 17/02/2026 (Tết), the second on 19/03.
    assert [o.due for o in d.occurrences(D(2026, 2, 17), D(2026, 3, 31))] == [
        D(2026, 2, 17),
        D(2026, 3, 3),
        D(2026, 3, 19),
    ]


def test_a_recurrence_word_after_hang_thang_is_refused_where_the_day_needs_its_month():
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline("ngày 20 hằng tháng cuối quý")
    assert caught.value.reason == (
        "after a day without its month, expected 'hàng tháng', 'của tháng cuối quý' or "
        "'của tháng cuối kỳ báo cáo'"
    )
    assert caught.value.span == (8, 12)


# --------------------------------------------------------------------------- 15. other forms


@pytest.mark.parametrize(
    ("phrase", "year", "written"),
    [
        # Counts of months in words or figures after "hằng"/"mỗi" are the units they make.
        ("Mỗi sáu tháng", None, "Định kỳ 6 tháng"),
        ("Hằng ba tháng", None, "Hàng quý"),
        ("Hằng 6 tháng", None, "Định kỳ 6 tháng"),
        ("Mỗi 3 tháng", None, "Hàng quý"),
        # Units listed after no "hằng": each recurs.
        ("Quý và năm", None, "Hàng quý; hàng năm"),
        ("Định kỳ quý và năm", None, "Hàng quý; hàng năm"),
        # "Tháng thứ ba" of a quarter is its last month.
        ("Ngày 10 của tháng thứ ba quý", None, "Ngày 10 của tháng cuối quý"),
        ("Ngày 10 của tháng thứ hai quý", None, "Ngày 10 của tháng thứ 2 quý"),
        # A span of quarters written once with its year.
        ("Quý I - II/2026", None, "Quý I/2026 - quý II/2026"),
        # "Đến hết" before a date, after an action or in a later part of a list.
        ("Báo cáo đến hết ngày 15/3/2026", None, "Báo cáo ngày 15/03/2026"),
        ("Quý I/2026; đến hết ngày 15/6/2026", None, "Trong quý I/2026; ngày 15/06/2026"),
        # The day of the week before a date is checked and dropped: 05/03/2026 is a Thursday.
        ("thứ Năm mùng 5/3/2026", None, "Ngày 05/03/2026"),
        ("thứ Năm, mùng 5/3/2026", None, "Ngày 05/03/2026"),
        ("Thứ Năm 05/3/2026", None, "Ngày 05/03/2026"),
        # "Mồng" is "mùng", for a day of every month as for one date.
        ("mồng 5 hằng tháng", None, "Ngày 05 hàng tháng"),
        ("Trước mồng 5/3/2026", None, "Trước ngày 05/03/2026"),
        # Continuous work said twice is continuous work once.
        ("Liên tục và thường xuyên", None, "Thường xuyên"),
        ("Thường xuyên và thường xuyên", None, "Thường xuyên"),
        # "Từ khi" an event is "sau khi" it.
        ("Từ khi có quyết định", None, "Sau khi có quyết định"),
        # "Mỗi" before a part of the day of every week: the week says it again.
        ("Mỗi chiều thứ Sáu hằng tuần", None, "Chiều thứ Sáu hàng tuần"),
        # "Dự kiến" after the action, with a colon.
        ("Báo cáo dự kiến: Quý II/2026", None, "Dự kiến báo cáo trong quý II/2026"),
        # The milestone written after its period, before ';' or a full stop.
        (
            "Quý II/2026 hoàn thành; Quý III/2026 triển khai",
            None,
            "- Hoàn thành trong quý II/2026 - Triển khai trong quý III/2026",
        ),
        ("Quý II/2026 hoàn thành.", None, "Hoàn thành trong quý II/2026"),
        # A count of working days with its dates: the dates, and the count as the note.
        (
            "45 ngày làm việc, bắt đầu từ ngày 1/3/2026 đến ngày 15/4/2026",
            None,
            "Từ ngày 01/03/2026 đến ngày 15/04/2026 (45 ngày làm việc)",
        ),
        # A date in brackets refines the quarter up to the day after it ends, not later.
        ("Quý I/2026 (ngày 1/4/2026)", None, "Từ ngày 01/01/2026 đến ngày 01/04/2026"),
        ("Quý I/2026 (ngày 2/4/2026)", None, "Quý I/2026 (ngày 2/4/2026)"),
        # "Tết cổ truyền" (the traditional Tết) is Tết Nguyên đán, capitalised or not.
        ("Tết Cổ truyền 2026", None, "Ngày 01 tháng 01 âm lịch năm 2026"),
        ("Trước Tết Cổ truyền 2026", None, "Trước Tết Nguyên đán năm 2026"),
        ("mùng 1 Tết cổ truyền 2026", None, "Ngày 01 tháng 01 âm lịch năm 2026"),
        # A period after an action reads "trong" the period, with words after the action too.
        ("Báo cáo Quý II/2026", None, "Báo cáo trong quý II/2026"),
        ("Ban hành kế hoạch Quý II/2026", None, "Ban hành kế hoạch trong quý II/2026"),
        # A quarter inside a span of quarters adds nothing to it.
        ("Quý I - III/2026 và quý II/2026", None, "Quý I/2026 - quý III/2026"),
        # A yearly window from a day of another month; a quarterly one from the month before.
        ("từ ngày 15/11 đến ngày 15/12 hằng năm", None, "Từ ngày 15/11 đến ngày 15/12 hàng năm"),
        # A window within the months of a quarter: from its first month, or within its last.
        (
            "Từ ngày 15 của tháng đầu quý đến ngày 10 của tháng cuối quý",
            None,
            "Từ ngày 15 của tháng đầu quý đến ngày 10 của tháng cuối quý",
        ),
        (
            "Từ ngày 5 của tháng cuối quý đến ngày 20 của tháng cuối quý",
            None,
            "Từ ngày 05 đến ngày 20 của tháng cuối quý",
        ),
        # Each quarter, on the quarter before: the quarter reported on is the note.
        ("Hằng quý, quý trước", None, "Hàng quý (quý trước)"),
        # A comma with nothing after it, before ';' or at the end, adds nothing.
        ("Quý II/2026, ; Quý III/2026", None, "Quý II/2026 - quý III/2026"),
        ("Quý II/2026,", None, "Quý II/2026"),
        # The action of the first part leads the periods the parts make together.
        ("Báo cáo Quý I/2026; Quý II/2026", None, "Báo cáo trong quý I/2026 - quý II/2026"),
        # The first day of a range takes its month from the last.
        ("Từ ngày 1 đến ngày 15/3/2026", None, "Từ ngày 01/03/2026 đến ngày 15/03/2026"),
        # "Định kỳ", "mỗi" before a week, a day or a time of every week say it again.
        ("Định kỳ hằng tuần", None, "Hàng tuần"),
        ("Mỗi thứ Sáu hằng tuần", None, "Thứ Sáu hàng tuần"),
        ("Mỗi 17 giờ thứ Sáu hằng tuần", None, "17h00 thứ Sáu hàng tuần"),
        ("Ngày 10 của tháng thứ nhất quý", None, "Ngày 10 của tháng đầu quý"),
        # "Tết Âm lịch" is Tết Nguyên đán.
        ("Tết Âm lịch 2026", None, "Ngày 01 tháng 01 âm lịch năm 2026"),
        # A day in brackets is a day of the recurrence only within its period's months.
        ("Hằng quý (ngày 20/6)", None, "Ngày 20 của tháng cuối quý"),
        ("Định kỳ 9 tháng (ngày 15/10)", None, "Định kỳ 9 tháng (ngày 15/10)"),
        # A note about days off after ';' is the roll note as it is in brackets.
        (
            "ngày 15/3/2026; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
            None,
            "Ngày 15/03/2026 (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)",
        ),
        # A span up to an event written with "lúc".
        ("Từ ngày 1/3/2026 đến lúc hoàn thành", None, "Từ ngày 01/03/2026 đến lúc hoàn thành"),
        # Nine months among units listed without "hằng".
        ("Hằng quý, 9 tháng", None, "Hàng quý; định kỳ 9 tháng"),
        ("Quý, 9 tháng và năm", None, "Hàng quý; định kỳ 9 tháng; hàng năm"),
        # The first week of a month by its number.
        ("Tuần 1 tháng 3/2026", None, "Tuần đầu tháng 3/2026"),
        ("tuần thứ 1 của tháng 3/2026", None, "Tuần đầu tháng 3/2026"),
        # An event, then after a comma the count of days from it: the days count from the
        # event, as when the count comes first.
        (
            "Sau khi có quyết định, trong vòng 10 ngày",
            None,
            "Trong thời hạn 10 ngày kể từ khi có quyết định",
        ),
        (
            "Kể từ khi nhận đủ hồ sơ, trong thời hạn 15 ngày làm việc",
            None,
            "Trong thời hạn 15 ngày làm việc kể từ khi nhận đủ hồ sơ",
        ),
        # The periodic report of a period of months (Nghị định 09/2019/NĐ-CP, art. 12: the
        # "báo cáo định kỳ 6 tháng"; e.g. Kon Tum's Quyết định 06/2024/QĐ-UBND): "định kỳ"
        # goes with the action, in digits as in words.
        (
            "Báo cáo định kỳ 6 tháng đầu năm 2026",
            None,
            "Báo cáo định kỳ trong 6 tháng đầu năm 2026",
        ),
        (
            "Báo cáo định kỳ 9 tháng đầu năm 2026",
            None,
            "Báo cáo định kỳ trong 9 tháng đầu năm 2026",
        ),
        # Every six or nine months, the count written in words.
        ("Định kỳ sáu tháng", None, "Định kỳ 6 tháng"),
        ("Định kỳ chín tháng", None, "Định kỳ 9 tháng"),
        # A span from a period to the same period is that period, not a span with no end.
        ("Từ tháng 3/2026 đến tháng 3/2026", None, "Tháng 3/2026"),
        ("Từ quý II/2026 đến hết quý II/2026", None, "Quý II/2026"),
        ("Từ 2026 đến 2026", None, "Năm 2026"),
        ("Từ tháng 03-2026 đến tháng 03-2026", None, "Tháng 3/2026"),
        # A span from a day to a year written alone ends with that year, as "đến năm 2027".
        ("Từ ngày 01/7/2026 đến 2027", None, "Từ ngày 01/07/2026 đến ngày 31/12/2027"),
        ("Từ ngày 1/7/2026 đến hết 2027", None, "Từ ngày 01/07/2026 đến ngày 31/12/2027"),
        # "Tính từ" an event is "kể từ" it.
        (
            "Trong 10 ngày tính từ ngày nhận hồ sơ",
            None,
            "Trong thời hạn 10 ngày kể từ ngày nhận hồ sơ",
        ),
        (
            "Từ ngày 15 tháng trước quý đến ngày 10 của tháng đầu quý",
            None,
            "Từ ngày 15 của tháng trước quý đến ngày 10 của tháng đầu quý",
        ),
    ],
)
def test_other_spellings_officials_use_read_as_their_canonical_phrase(phrase, year, written):
    found = parse_deadline(phrase, year=year)
    assert str(found) == written
    assert found == parse_deadline(written, year=year)


def test_up_to_24_words_before_the_time_are_its_complement_and_more_are_refused():
    words = ["Lập"] + ["kế", "hoạch"] * 12  # 25 words
    kept = parse_deadline(" ".join(words[:24]) + " Quý II/2026")
    assert (kept.action, kept.complement) == (None, " ".join(words[:24]))
    with pytest.raises(DeadlineParseError):
        parse_deadline(" ".join(words) + " Quý II/2026")
