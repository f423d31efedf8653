"""Golden tests: every deadline phrase of the An Giang 2020 appendix, as printed in the seed."""

from __future__ import annotations

import collections
import datetime

import pytest

from cchc_model import parse_deadline
from tests.seed_deadlines import SEED_AREA_TASK_COUNTS, SEED_DEADLINES

WINDOW = (datetime.date(2019, 1, 1), datetime.date(2021, 12, 31))


def test_the_table_covers_all_63_tasks_of_the_seven_areas():
    codes = [code for code, *_ in SEED_DEADLINES]
    assert len(codes) == len(set(codes)) == 63
    per_area = collections.Counter(code.split(".")[0] for code in codes)
    assert (
        per_area
        == SEED_AREA_TASK_COUNTS
        == {
            "I": 22,
            "II": 5,
            "III": 6,
            "IV": 7,
            "V": 4,
            "VI": 6,
            "VII": 13,
        }
    )


@pytest.mark.parametrize(("code", "phrase"), [(c, p) for c, p, *_ in SEED_DEADLINES])
def test_each_phrase_is_printed_in_the_seed(seed_text, code, phrase):
    assert phrase in seed_text, code


@pytest.mark.parametrize(
    ("code", "phrase", "kind", "expected"),
    SEED_DEADLINES,
    ids=[code for code, *_ in SEED_DEADLINES],
)
def test_each_seed_deadline_parses_to_its_hand_computed_due_points(code, phrase, kind, expected):
    deadline = parse_deadline(phrase, year=2020)
    assert deadline.kind.value == kind
    got = [(o.due, o.opens, o.milestone) for o in deadline.occurrences(*WINDOW)]
    assert got == expected
    assert parse_deadline(str(deadline)) == deadline


def test_the_seed_prints_25_distinct_deadline_phrases_in_about_twenty_forms():
    phrases = {phrase for _, phrase, *_ in SEED_DEADLINES}
    assert len(phrases) == 25
    canonical = {str(parse_deadline(phrase, year=2020)) for phrase in phrases}
    # Two pairs mean the same: "Quý I/2020 quý II/2020" and "Quý I, II/2020" (one window),
    # and the 12/2019–12/2020 phases written with and without "trong".
    assert len(canonical) == 23


def test_task_i6_reports_and_publishes_on_the_fifth_of_each_month():
    phrase = {code: phrase for code, phrase, *_ in SEED_DEADLINES}["I.6"]
    deadline = parse_deadline(phrase, year=2020)
    assert deadline.action == "Báo cáo và công bố"
    assert str(deadline) == "Báo cáo và công bố ngày 05 hàng tháng"
