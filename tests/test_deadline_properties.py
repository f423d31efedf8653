"""Laws of the deadline language, checked by Hypothesis with the library's own strategies."""

from __future__ import annotations

import datetime
import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cchc_model import (
    Compound,
    Deadline,
    DeadlineKind,
    DeadlineParseError,
    Phased,
    parse_deadline,
    strategies,
)

D = datetime.date
DAYS = st.dates(D(1946, 1, 1), D(2099, 12, 31))
_VOCABULARY = (
    "ngày tháng quý năm hàng hằng mỗi trước đến hết từ trong thời hạn vòng làm việc kể của "
    "cuối cùng đầu thứ kỳ báo cáo theo quy định thường xuyên ban hành kết thúc thực hiện và "
    "nếu trùng nghỉ thì chuyển sang tiếp sáu hai mươi lăm i ii iii iv v tức âm lịch chủ nhật "
    "chậm nhất là vào liên tục không quá sau mùng tại giữa 6 9 05 31 2020 0 13 99999999 2101 "
    "1944 / - . , ; ( ) : & • + *"
).split()


@given(strategies.deadlines())
def test_the_canonical_phrase_parses_back_to_the_same_deadline(deadline):
    assert parse_deadline(str(deadline)) == deadline


@given(strategies.deadlines(), st.integers(1946, 2099))
def test_the_plan_year_does_not_change_a_canonical_phrase(deadline, year):
    assert parse_deadline(str(deadline), year=year) == deadline


def _free_text(deadline: Deadline) -> bool:
    """Whether the deadline holds text kept as written (a regulation, an event, a note)."""
    if isinstance(deadline, Phased):
        return any(_free_text(phase.deadline) for phase in deadline.phases)
    if isinstance(deadline, Compound):
        return deadline.complement is not None or any(_free_text(p) for p in deadline.parts)
    return any(
        getattr(deadline, name, None) is not None
        for name in ("reference", "trigger", "note", "complement", "since", "until")
    )


@given(strategies.deadlines())
def test_unicode_form_and_spacing_do_not_change_the_meaning(deadline):
    text = str(deadline)
    for variant in (unicodedata.normalize("NFD", text), "  ".join(text.split())):
        assert parse_deadline(variant) == deadline


@given(strategies.deadlines())
def test_case_does_not_change_the_meaning_outside_text_kept_as_written(deadline):
    assume(not _free_text(deadline))
    assert parse_deadline(str(deadline).upper()) == deadline
    assert parse_deadline(str(deadline).lower()) == deadline


@given(strategies.deadlines(), DAYS, DAYS)
def test_occurrences_are_sorted_and_inside_the_window(deadline, a, b):
    start, end = min(a, b), max(a, b)
    found = list(deadline.occurrences(start, end))
    dues = [o.due for o in found]
    assert dues == sorted(dues)
    assert all(start <= due <= end for due in dues)
    assert all(o.opens is None or o.opens <= o.due for o in found)


@given(strategies.deadlines(), DAYS, st.integers(0, 800), st.integers(0, 800))
def test_occurrences_over_adjacent_windows_add_up_to_the_whole(deadline, start, left, right):
    middle = start + datetime.timedelta(days=left)
    end = middle + datetime.timedelta(days=1 + right)
    assume(end <= D(2099, 12, 31))
    whole = list(deadline.occurrences(start, end))
    halves = list(deadline.occurrences(start, middle)) + list(
        deadline.occurrences(middle + datetime.timedelta(days=1), end)
    )
    assert halves == whole


@given(
    strategies.deadlines(
        DeadlineKind.CONTINUOUS,
        DeadlineKind.BY_REGULATION,
        DeadlineKind.WITHIN_DAYS,
        DeadlineKind.RELATIVE_TO_PERIOD,
    ),
    DAYS,
)
def test_open_ended_deadlines_yield_no_occurrences_by_themselves(deadline, start):
    assert list(deadline.occurrences(start, D(2099, 12, 31))) == []


@given(strategies.deadlines(DeadlineKind.PHASED), DAYS, DAYS)
def test_every_occurrence_of_a_phased_deadline_names_one_of_its_phases(deadline, a, b):
    milestones = {phase.milestone for phase in deadline.phases}
    for occurrence in deadline.occurrences(min(a, b), max(a, b)):
        assert occurrence.milestone in milestones


def _mutate(text: str, at: int, word: str, cut: int) -> str:
    return f"{text[:at]} {word} {text[at + cut :]}"


@settings(max_examples=settings().max_examples * 5)  # the language grew: fuzz it harder
@given(
    st.one_of(
        st.text(),
        st.lists(st.sampled_from(_VOCABULARY), max_size=14).map(" ".join),
        st.builds(
            _mutate,
            strategies.deadlines().map(str),
            st.integers(0, 120),
            st.sampled_from([*_VOCABULARY, ""]),
            st.integers(0, 6),
        ),
    ),
    st.none() | st.integers(1945, 2100),
)
def test_no_text_raises_anything_but_a_parse_error(text, year):
    try:
        deadline = parse_deadline(text, year=year)
    except DeadlineParseError as error:
        assert error.text == unicodedata.normalize("NFC", text)
        assert 0 <= error.span[0] <= error.span[1] <= len(error.text)
    else:
        assert parse_deadline(str(deadline)) == deadline


MONTH_ENDS = st.builds(
    lambda year, month: D(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1),
    st.integers(1950, 2095),
    st.integers(1, 12),
)


@given(strategies.deadlines(DeadlineKind.RECURRING, DeadlineKind.PHASED), MONTH_ENDS, MONTH_ENDS)
def test_a_window_ending_on_a_period_boundary_misses_no_occurrence(deadline, a, b):
    start, end = min(a, b) + datetime.timedelta(days=1), max(a, b)
    wide = deadline.occurrences(
        start - datetime.timedelta(days=800), end + datetime.timedelta(days=800)
    )
    assert list(deadline.occurrences(start, end)) == [o for o in wide if start <= o.due <= end]
