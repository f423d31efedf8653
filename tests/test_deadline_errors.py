"""Bad deadline phrases: each is refused with its problem in domain words and a caret."""

from __future__ import annotations

import datetime
import pickle

import pytest

from cchc_model import CchcError, DeadlineParseError, parse_deadline
from cchc_model.errors import PhraseError
from cchc_model.language.deadlines import Continuous, DateDeadline, LunarDeadline, WeekOfMonth


@pytest.mark.parametrize(
    ("text", "year", "message"),
    [
        ("", None, "the deadline phrase is empty\n    \n    ^"),
        (
            "Quý V/2020",
            None,
            "a quarter is numbered I to IV (1 to 4), not 'V'\n    Quý V/2020\n        ^",
        ),
        (
            "Tháng 13/2020",
            None,
            "a month is numbered 1 to 12, not 13\n    Tháng 13/2020\n          ^~",
        ),
        (
            "ngày 31/2/2020",
            None,
            "February has no day 31\n    ngày 31/2/2020\n    ^~~~~~~~~~~~~~",
        ),
        ("ngày 30/2", 2020, "February has no day 30\n    ngày 30/2\n    ^~~~~~~~~"),
        ("ngày 30/2", None, "February has no day 30\n    ngày 30/2\n    ^~~~~~~~~"),
        (
            "ngày 29/2/2021",
            None,
            "February 2021 has no day 29\n    ngày 29/2/2021\n    ^~~~~~~~~~~~~~",
        ),
        ("Năm 1900", None, "the year 1900 is outside 1945–2100\n    Năm 1900\n        ^~~~"),
        ("Quý I/2101", None, "the year 2101 is outside 1945–2100\n    Quý I/2101\n          ^~~~"),
        (
            "ngày 15/3",
            None,
            "'ngày 15/3' has no year: write one, as in 'ngày 15/3/2020', or give the plan year"
            "\n    ngày 15/3\n    ^~~~~~~~~",
        ),
        (
            "6 tháng cuối năm",
            None,
            "'6 tháng cuối năm' has no year: write one, as in '6 tháng cuối năm 2026', or give "
            "the plan year"
            "\n    6 tháng cuối năm\n    ^~~~~~~~~~~~~~~~",
        ),
        (
            "từ ngày 10/4/2020 đến ngày 1/4/2020",
            None,
            "the range ends (01/04/2020) before it starts (10/04/2020)"
            "\n    từ ngày 10/4/2020 đến ngày 1/4/2020\n       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
        ),
        (
            "Quý III/2020 - Quý I/2020",
            None,
            "the range ends (Quý I/2020) before it starts (Quý III/2020)"
            "\n    Quý III/2020 - Quý I/2020\n    ^~~~~~~~~~~~~~~~~~~~~~~~~",
        ),
        (
            "Quý I/2020 xyz",
            None,
            "unexpected 'xyz' after the deadline\n    Quý I/2020 xyz\n               ^~~",
        ),
        (
            "thứ Sáu ngày 23/1/2020",
            None,
            "23/01/2020 is a Thursday, not the day of the week written"
            "\n    thứ Sáu ngày 23/1/2020\n    ^~~~~~~~~~~~~~~~~~~~~~",
        ),
        (
            "ngày 06 (bảy) tháng 6 năm 2020",
            None,
            "the number 06 and the words (bảy) in brackets disagree"
            "\n    ngày 06 (bảy) tháng 6 năm 2020\n         ^~~~~~~~",
        ),
        (
            "ngày 15/3/20",
            None,
            "write the year in four digits, not '20'\n    ngày 15/3/20\n              ^~",
        ),
        (
            "Quý I/2020 - Tháng 5/2020",
            None,
            "a range runs between periods of one kind"
            "\n    Quý I/2020 - Tháng 5/2020\n    ^~~~~~~~~~~~~~~~~~~~~~~~~",
        ),
        (
            "Quý I/2020 - Kết thúc Quý IV/2020",
            None,
            "each phase of a phased deadline starts with its milestone ('Ban hành', 'Kết thúc', "
            "'Thực hiện'…)\n    Quý I/2020 - Kết thúc Quý IV/2020\n    ^~~~~~~~~~",
        ),
        (
            "ngày 15 hàng tháng (nếu trùng ngày nghỉ thì bỏ qua)",
            None,
            "expected a note that a day off moves the deadline to the next working day "
            "('nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo')"
            "\n    ngày 15 hàng tháng (nếu trùng ngày nghỉ thì bỏ qua)"
            "\n                       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
        ),
        (
            "Hàng giờ",
            None,
            "expected 'tháng', 'quý', '6 tháng' or 'năm' after 'Hàng'\n    Hàng giờ\n         ^~~",
        ),
        (
            "Định kỳ 2 tháng",
            None,
            "a recurrence is every 1, 3, 6, 9 or 12 months, not 2"
            "\n    Định kỳ 2 tháng\n            ^",
        ),
        (
            "Quý I/2020 @",
            None,
            "the character '@' has no place in a deadline phrase"
            "\n    Quý I/2020 @\n               ^",
        ),
    ],
)
def test_a_bad_phrase_is_refused_with_its_problem_and_a_caret(text, year, message):
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(text, year=year)
    assert str(caught.value) == message


def test_nonsense_is_refused_naming_what_a_deadline_looks_like():
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline("nonsense")
    assert caught.value.reason.startswith("expected a deadline: a period ('Quý I/2020'")
    assert caught.value.reason.endswith(", not 'nonsense'")
    assert caught.value.span == (0, 8)


def test_a_parse_error_is_a_value_error_and_a_cchc_error_with_typed_fields():
    with pytest.raises(ValueError, match="a month is numbered") as caught:
        parse_deadline("Tháng 13/2020")
    error = caught.value
    assert isinstance(error, CchcError)
    assert isinstance(error, PhraseError)
    assert (error.text, error.span, error.reason) == (
        "Tháng 13/2020",
        (6, 8),
        "a month is numbered 1 to 12, not 13",
    )
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.text, copy.span, str(copy)) == (error.text, error.span, str(error))


def test_the_span_points_into_the_nfc_text():
    decomposed = "Tha\u0301ng 13/2020"  # "Tháng" with a combining acute accent
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(decomposed)
    assert caught.value.text == "Tháng 13/2020"
    assert caught.value.span == (6, 8)


def test_line_breaks_are_shown_as_spaces_so_the_caret_stays_in_place():
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline("Quý\nV/2020")
    assert str(caught.value).splitlines()[1:] == ["    Quý V/2020", "        ^"]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: parse_deadline(2020), TypeError, "a deadline phrase must be a str, not int"),  # type: ignore[arg-type]
        (lambda: parse_deadline("Quý I", year="2020"), TypeError, "year must be an int or None"),  # type: ignore[arg-type]
        (lambda: parse_deadline("Quý I", year=3000), ValueError, "year 3000 is outside 1945–2100"),
    ],
)
def test_misusing_the_api_raises_the_builtin_error(call, error, message):
    with pytest.raises(error, match=message):
        call()


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        # "Thường xuyên trong năm": any year of the calendar, or none.
        (lambda: Continuous(year=1944), ValueError, "year 1944 is outside 1945–2100"),
        (lambda: Continuous(year=2101), ValueError, "year 2101 is outside 1945–2100"),
        (lambda: Continuous(year=True), TypeError, "year must be an int, not True"),
        (lambda: Continuous(year=2020.0), TypeError, "year must be an int, not 2020.0"),
        # A week, or a lunar day, needs the years on each side for its Monday or its Tết.
        (
            lambda: WeekOfMonth(year=1945, month=1, week=1),
            ValueError,
            "year 1945 is outside 1946–2099",
        ),
        (
            lambda: WeekOfMonth(year=2100, month=1, week=1),
            ValueError,
            "year 2100 is outside 1946–2099",
        ),
        (
            lambda: WeekOfMonth(year=None, month=1, week=1),
            TypeError,
            "year must be an int, not None",
        ),
        (
            lambda: LunarDeadline(days=(1,), month=1, year=2100),
            ValueError,
            "the lunar calendar is read for the years 1946–2099, not 2100",
        ),
        (
            lambda: LunarDeadline(days=(1,), month=1, year=1945),
            ValueError,
            "the lunar calendar is read for the years 1946–2099, not 1945",
        ),
        (
            lambda: LunarDeadline(days=(1,), month=1, year="2020"),
            TypeError,
            "year must be an int, not '2020'",
        ),
    ],
)
def test_a_deadlines_year_is_an_int_within_the_calendars_range(make, error, message):
    with pytest.raises(error) as refused:
        make()
    assert type(refused.value) is error
    assert str(refused.value) == message


def test_the_years_at_the_edges_of_the_range_are_accepted():
    assert Continuous(year=1945).year == 1945
    assert Continuous(year=2100).year == 2100
    assert Continuous().year is None
    assert WeekOfMonth(year=1946, month=1, week=1).year == 1946
    assert WeekOfMonth(year=2099, month=12, week=-1).year == 2099
    assert LunarDeadline(days=(1,), month=1, year=2099).year == 2099
    assert LunarDeadline(days=(1,)).year is None
    # A date's bounds are the calendar's: the last day of 2100 and the first of 1945.
    assert DateDeadline(date=datetime.date(2100, 12, 31)).date.year == 2100
    assert DateDeadline(date=datetime.date(1945, 1, 1)).date.year == 1945
    with pytest.raises(ValueError, match=r"^date 2101-01-01 is outside the years 1945–2100$"):
        DateDeadline(date=datetime.date(2101, 1, 1))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ngày 32/1/2020", "a day of the month is 1 to 31, not 32"),
        ("ngày 1234567/1/2020", "'1234567' is too long to be the day of the month"),
        ("trong thời hạn 99999 ngày", "a time limit of 99999 days is out of range"),
        ("thứ Tám ngày 1/1/2020", "expected a day of the week after 'thứ' (hai … bảy)"),
        ("ngày 15/12/2020 hàng năm", "a recurring day has no year"),
        (
            "từ ngày 1/12 đến ngày 15/11 hàng năm",
            "the yearly window ends before it starts: write 'năm trước' for a window from "
            "the year before",
        ),
        ("ngày 15 của tháng", "expected which month: 'đầu', 'cuối', 'thứ 2' or 'tiếp theo'"),
        (
            "từ ngày 1 đến ngày 5 của tháng cuối kỳ báo cáo",
            "a window of days is not allowed relative to a reporting period",
        ),
        ("ngày 10 của tháng thứ 4 của quý", "a quý has 3 months, not a month 4"),
        ("từ ngày 1/4/2020 ngày 10/4/2020", "expected 'đến' and the last day of the range"),
        ("từ ngày 1/4 đến ngày 10", "the range's last day needs a month too"),
        ("Theo quy định tại", "expected what regulates it after 'theo quy định tại'"),
        ("trong thời hạn 05 ngày kể từ", "expected the event the days count from, after 'kể từ'"),
        (
            "Hàng quý (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
            "the bracket opened before 'nếu' is not closed",
        ),
        (
            "ngày 15",
            "after a day without its month, expected 'hàng tháng', 'của tháng cuối quý' "
            "or 'của tháng cuối kỳ báo cáo'",
        ),
        ("trước Quý I/2020", "'trước' goes with a date ('trước ngày 15/3/2020'), not a period"),
        ("ngày 10 của tháng cuối", "expected 'quý', '6 tháng' or 'kỳ báo cáo' after the month"),
        ("ngày 15/3 hàng quý", "a day with its month recurs 'hàng năm'"),
        (
            "9 tháng cuối năm 2020",
            "expected '6 tháng đầu năm', '6 tháng cuối năm' or '9 tháng đầu năm'",
        ),
        (
            "Báo cáo",
            "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
            "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
            "or 'Theo quy định', after 'Báo cáo'",
        ),
    ],
)
def test_each_grammar_rule_names_what_it_expected(text, reason):
    with pytest.raises(DeadlineParseError) as caught:
        parse_deadline(text, year=2020)
    assert caught.value.reason == reason


def test_a_deadlines_texts_and_times_are_checked_for_their_type():
    with pytest.raises(TypeError, match=r"^note must be a str, not 5$"):
        Continuous(note=5)  # type: ignore[arg-type]
    aware = datetime.time(10, tzinfo=datetime.timezone.utc)
    with pytest.raises(TypeError, match=r"^time must be a naive datetime.time, not "):
        DateDeadline(date=datetime.date(2020, 1, 1), time=aware)
