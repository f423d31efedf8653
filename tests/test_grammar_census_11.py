"""Readings and refusals that close survivors of the mutation run of ``_grammar.py``.

Batch 11 of the survivors of the run at commit 08a267a: a point of a period written without
its year before a span that ends with an event, a one-word milestone after ", và", a stray
word before "và", an every-word written twice after "định kỳ", and a recurrence counted
"tính từ khi" an event.  The expected answers are worked out from what each phrase means (a
quarter is due on its last day), never read off the library.
"""

from __future__ import annotations

import datetime

from cchc_model import (
    PeriodDeadline,
    PeriodUnit,
    Phase,
    Phased,
    Recurring,
    Span,
    parse_deadline,
)
from tests.test_refusals import refusal, underlined

D = datetime.date

_NO_UNIT = "expected 'tháng', 'quý', '6 tháng' or 'năm' after"


def test_a_point_without_its_year_before_an_end_at_an_event_is_in_the_plan_year():
    # "Cuối quý I" of the plan year 2026 is 31/03/2026; "đến khi …" gives no year to take.
    found = parse_deadline("Từ cuối quý I đến khi hoàn thành", year=2026)
    assert found == Span(start=D(2026, 3, 31), until="khi hoàn thành")


def test_a_one_word_milestone_after_a_comma_and_va_starts_the_next_phase():
    found = parse_deadline("Ban hành quý I/2026, và trình quý II/2026")
    assert found == Phased(
        phases=(
            Phase("ban hành", PeriodDeadline.parse("Quý I/2026")),
            Phase("trình", PeriodDeadline.parse("Quý II/2026")),
        )
    )


def test_a_stray_word_before_va_and_the_next_deadline_is_refused_not_skipped():
    phrase = "Quý I/2026 gấp và quý II/2026"
    assert refusal(phrase, 2026) == (
        "unexpected 'gấp' after the deadline",
        underlined(phrase, "gấp"),
    )


def test_an_every_word_written_twice_after_dinh_ky_is_refused_at_the_second():
    phrase = "Định kỳ hằng hằng quý"
    assert refusal(phrase, 2026) == (
        f"{_NO_UNIT} 'Định kỳ hằng'",
        underlined(phrase, "hằng", after="kỳ hằng"),
    )


def test_two_every_words_after_dinh_ky_and_a_comma_are_refused_at_the_second():
    phrase = "Định kỳ, hằng mỗi quý"
    assert refusal(phrase, 2026) == (f"{_NO_UNIT} 'Định kỳ, hằng'", underlined(phrase, "mỗi"))


def test_what_a_recurrence_counts_tinh_tu_khi_is_kept_as_its_note():
    found = parse_deadline("Hằng quý tính từ khi có quyết định")
    assert found == Recurring(unit=PeriodUnit.QUARTER, note="tính từ khi có quyết định")
