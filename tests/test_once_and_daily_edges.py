"""Once a period, counts of months written as words, daily work and years beside a period.

Found by mutation testing of the grammar: "sáu tháng một lần" is half-yearly as "6 tháng 1
lần" is; "một lần mỗi quý" is quarterly, as the guide lists it; a count that is no count
of months ("Cuối tháng 1 lần", "2 năm 1 lần") or a once with no count ("/lần/năm",
"Quý/lần") is refused where the writer went wrong; "định kỳ hằng ngày" is daily work
wherever it stands; a period beside another may fall in the first or the last year the
library answers; an action ending in "định kỳ" before a compound that starts "định kỳ 6
tháng" is refused, as before "hàng tháng".  The expected answers are worked out from what
each phrase means (a period is due on its last day, a span of periods opens on the first
day of its first period), never read off the library.
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model import (
    Compound,
    Continuous,
    Recurring,
    Unrecognised,
    parse_deadline,
)
from cchc_model.language.periods import PeriodUnit
from tests.test_refusals import refusal, underlined

D = datetime.date
YEAR_2026 = (D(2026, 1, 1), D(2026, 12, 31))

_EXPECTED = (
    "expected a deadline: a period ('Quý I/2020', 'Tháng 5/2020', 'Năm 2020'), a date "
    "('ngày 15/3/2020'), a recurrence ('Hàng tháng', 'ngày 05 hàng tháng'), 'Thường xuyên' "
    "or 'Theo quy định'"
)


def _dues(phrase: str) -> list[datetime.date]:
    return [o.due for o in parse_deadline(phrase, year=2026).occurrences(*YEAR_2026)]


# ---------------------------------------------------------------- once in a count of months


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("Ba tháng một lần", PeriodUnit.QUARTER),
        ("Sáu tháng 1 lần", PeriodUnit.HALF_YEAR),
        ("sáu tháng một lần", PeriodUnit.HALF_YEAR),
        ("Chín tháng 1 lần", PeriodUnit.NINE_MONTHS),
    ],
)
def test_a_count_of_months_in_words_once_is_the_recurrence_the_figures_name(phrase, unit):
    # "Sáu tháng một lần" is "6 tháng 1 lần" in words: once every six months.
    assert parse_deadline(phrase, year=2026) == Recurring(unit=unit)


def test_six_months_once_in_words_is_due_at_each_half_years_end():
    assert _dues("Sáu tháng một lần") == [D(2026, 6, 30), D(2026, 12, 31)]
    assert _dues("Ba tháng một lần") == [
        D(2026, 3, 31),
        D(2026, 6, 30),
        D(2026, 9, 30),
        D(2026, 12, 31),
    ]


def test_the_end_of_january_once_is_refused_at_the_once():
    # "Cuối tháng 1" is the end of January; "lần" after it is what the writer added.
    phrase = "Cuối tháng 1 lần"
    assert refusal(phrase, 2026) == (
        "unexpected 'lần' after the deadline",
        underlined(phrase, "lần"),
    )


def test_a_count_of_years_once_is_no_recurrence_and_is_refused_at_the_count():
    # Once every two years: the language has no recurrence longer than a year.
    phrase = "2 năm 1 lần"
    assert refusal(phrase, 2026) == (
        "a recurrence of quarters or years is every one ('hằng năm'), not every 2",
        underlined(phrase, "2"),
    )


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        (
            "Tháng /lần",
            "'Tháng' needs which month: write 'tháng 5/2026', or 'hằng tháng' for every month",
        ),
        (
            "Quý/lần",
            "'Quý' needs which quarter: write 'quý II/2026', or 'hằng quý' for every quarter",
        ),
    ],
)
def test_a_period_once_without_a_count_asks_which_period_or_every_one(phrase, reason):
    # "6 tháng/lần" counts the months; "Quý/lần" counts none: it is refused at the
    # period, and the refusal names the form for every quarter.
    first = phrase.split()[0].split("/")[0]
    assert refusal(phrase, 2026) == (reason, underlined(phrase, first))


# ---------------------------------------------------------------- once a period


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("một lần mỗi quý", PeriodUnit.QUARTER),
        ("1 lần mỗi năm", PeriodUnit.YEAR),
        ("Một lần mỗi 6 tháng", PeriodUnit.HALF_YEAR),
    ],
)
def test_once_each_period_is_that_recurrence(phrase, unit):
    # The guide lists "một lần mỗi quý" with "1 lần/năm": once in each period.
    assert parse_deadline(phrase, year=2026) == Recurring(unit=unit)


def test_once_each_quarter_is_due_at_each_quarters_end():
    assert _dues("một lần mỗi quý") == [
        D(2026, 3, 31),
        D(2026, 6, 30),
        D(2026, 9, 30),
        D(2026, 12, 31),
    ]


def test_once_needs_a_slash_or_moi_before_its_period():
    # The forms are "1 lần/quý" and "một lần mỗi quý"; "1 lần quý" is neither, and an
    # importer keeps it as written.
    kept = parse_deadline("1 lần quý", year=2026, lenient=True)
    assert isinstance(kept, Unrecognised)
    assert kept.text == "1 lần quý"


def test_an_importer_keeps_a_once_cut_off_after_its_slash():
    # "1 lần/" names no period: a cell cut short is kept as written, not a crash.
    kept = parse_deadline("1 lần/", year=2026, lenient=True)
    assert isinstance(kept, Unrecognised)
    assert kept.text == "1 lần/"


def test_once_a_year_without_its_count_is_refused_at_the_slash():
    # "Báo cáo 1 lần/năm" with the count lost: the '/' begins no deadline.
    phrase = "Báo cáo /lần/năm"
    assert refusal(phrase, 2026) == (f"{_EXPECTED}, not '/'", underlined(phrase, "/"))


# ---------------------------------------------------------------- daily work


def test_daily_work_said_with_dinh_ky_after_continuous_work_is_its_note():
    # "Thường xuyên, định kỳ hằng ngày": one continuous task, done every day.
    deadline = parse_deadline("Thường xuyên, định kỳ hằng ngày", year=2026)
    assert deadline == Continuous(note="định kỳ hằng ngày")
    assert str(deadline) == "Thường xuyên (định kỳ hằng ngày)"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Cập nhật định kỳ hằng ngày", Continuous(action="Cập nhật", note="định kỳ hằng ngày")),
        ("Định kỳ hằng ngày (nếu có)", Continuous(note="định kỳ hằng ngày; nếu có")),
    ],
)
def test_daily_work_said_with_dinh_ky_keeps_its_words_wherever_it_stands(phrase, expected):
    # "Định kỳ hằng ngày" is daily work whether an action goes before it or a remark
    # after it: "định kỳ" is kept with "hằng ngày", never left to the action.
    assert parse_deadline(phrase, year=2026) == expected


# ---------------------------------------------------------------- a year from the period beside


def test_a_quarter_before_the_first_quarter_of_1946_falls_in_1945():
    # 1945 is the first year the library answers: "Quý IV - Quý I/1946" is read.
    deadline = parse_deadline("Quý IV - Quý I/1946", year=2026)
    assert deadline == parse_deadline("Quý IV/1945 - Quý I/1946", year=None)
    occurrences = deadline.occurrences(D(1945, 1, 1), D(1946, 12, 31))
    assert [(o.opens, o.due) for o in occurrences] == [(D(1945, 10, 1), D(1946, 3, 31))]


def test_a_quarter_after_the_last_quarter_of_2099_falls_in_2100():
    # 2100 is the last year the library answers: "Quý IV/2099 - Quý I" is read.
    deadline = parse_deadline("Quý IV/2099 - Quý I", year=2026)
    assert deadline == parse_deadline("Quý IV/2099 - Quý I/2100", year=None)
    occurrences = deadline.occurrences(D(2099, 1, 1), D(2100, 12, 31))
    assert [(o.opens, o.due) for o in occurrences] == [(D(2099, 10, 1), D(2100, 3, 31))]


# ---------------------------------------------------------------- a compound after "định kỳ"


@pytest.mark.parametrize("action", ["Định kỳ", "Báo cáo định kỳ"])
def test_dinh_ky_before_a_compound_that_starts_dinh_ky_6_thang_is_refused(action):
    # "Báo cáo định kỳ định kỳ 6 tháng; hàng năm" says "định kỳ" twice: the action's
    # would be lost on the way back, as before "hàng tháng".
    with pytest.raises(ValueError, match=r"adds nothing") as caught:
        Compound(
            action=action,
            parts=(Recurring(unit=PeriodUnit.HALF_YEAR), Recurring(unit=PeriodUnit.YEAR)),
        )
    assert str(caught.value) == f"{action!r} before 'định kỳ 6 tháng' adds nothing: give no action"
    kept = Compound(
        action="Báo cáo",
        parts=(Recurring(unit=PeriodUnit.HALF_YEAR), Recurring(unit=PeriodUnit.YEAR)),
    )
    assert parse_deadline("Báo cáo định kỳ 6 tháng, hằng năm", year=2026) == kept


@pytest.mark.parametrize("phrase", ["1 lần/tuần", "1 lần mỗi tuần", "Một lần mỗi tuần"])
def test_once_a_week_is_every_week(phrase):
    assert parse_deadline(phrase) == parse_deadline("Hằng tuần")


@pytest.mark.parametrize("phrase", ["1 lần/ngày", "1 lần mỗi ngày"])
def test_once_a_day_is_daily_work_kept_as_its_note(phrase):
    deadline = parse_deadline(phrase)
    assert isinstance(deadline, Continuous)
    assert deadline.note == phrase.lower()


@pytest.mark.parametrize(
    ("phrase", "reason", "words"),
    [
        # Once "1 lần mỗi" is read, the period must follow: the refusal names the word
        # after "mỗi", not the count (it used to underline "1" with the general message).
        (
            "1 lần mỗi hằng quý",
            "expected 'tháng', 'quý', '6 tháng' or 'năm' after 'mỗi'",
            "hằng",
        ),
        ("1 lần mỗi đợt", "expected 'tháng', 'quý', '6 tháng' or 'năm' after 'mỗi'", "đợt"),
        ("1 lần/", "expected the period after '1 lần/' ('1 lần/quý')", "1 lần/"),
    ],
)
def test_once_without_a_period_after_it_is_refused_at_what_follows(phrase, reason, words):
    assert refusal(phrase, 2026) == (reason, underlined(phrase, words))
