"""Named limits, refused with the library's errors, and guards that stay linear."""

from __future__ import annotations

import time

import pytest

from cchc_model import Measurement, PlanLoadError, RecordsError, loads_plan
from cchc_model.assessment.scoring import SchemeError
from cchc_model.formats._json import MAX_DEPTH, MAX_INTEGER_DIGITS, depth_of
from cchc_model.formats.readers import (
    MAX_CELL_CHARACTERS,
    load_scheme,
    read_measurements,
    read_records,
)
from tests.example_data import PLAN


def _best_time(function, argument) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        function(argument)
        best = min(best, time.perf_counter() - start)
    return best


def _growth(function, make, size: int) -> float:
    """How much longer ``function`` takes on an input four times larger (linear: ~4)."""
    return _best_time(function, make(4 * size)) / max(_best_time(function, make(size)), 1e-6)


def test_the_nesting_guard_reads_escaped_quotes_in_linear_time():
    # An audit's input: 100 KB of escaped quotes took 21 s under the old guard.
    assert depth_of('"' + '\\"' * 50_000) == 0
    assert _growth(depth_of, lambda n: '"' + '\\"' * n, 50_000) < 8
    with pytest.raises(PlanLoadError, match="not JSON"):
        loads_plan('"' + '\\"' * 50_000)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 1000 + "]" * 1000, f"nests 1000 levels deep; the limit is {MAX_DEPTH}"),
        ("[" + "1" * 4301 + "]", f"4301 digits; the limit is {MAX_INTEGER_DIGITS}"),
        ('[{"task": "I.2", "task": "I.3"}]', "the key 'task' appears twice in one object"),
        ("[NaN]", "NaN is not a number JSON allows"),
        ("[1e400]", "too large for a float"),
    ],
)
def test_every_json_entry_point_refuses_what_is_past_a_limit_with_its_own_error(
    tmp_path, text, words
):
    path = tmp_path / "data.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RecordsError, match=words):
        read_records(path, plan=PLAN)
    with pytest.raises(RecordsError, match=words):
        read_measurements(path, plan=PLAN)
    with pytest.raises(SchemeError, match=words):
        load_scheme(path)
    with pytest.raises(PlanLoadError, match=words):
        loads_plan(text)


def test_a_csv_cell_past_the_limit_is_refused_with_its_line(tmp_path):
    path = tmp_path / "tien-do.csv"
    long = "x" * (MAX_CELL_CHARACTERS + 1)
    path.write_text(f"task,agency,status,note\nI.2,SNV,done,ok\nI.3,SNV,done,{long}\n", "utf-8")
    with pytest.raises(RecordsError) as refused:
        read_records(path, plan=PLAN)
    (problem,) = refused.value.problems
    assert problem.row == 3
    assert f"longer than {MAX_CELL_CHARACTERS:,} characters" in problem.message


def test_a_cell_at_the_limit_is_read(tmp_path):
    path = tmp_path / "tien-do.csv"
    note = "x" * (MAX_CELL_CHARACTERS - 10)
    path.write_text(f"task,agency,status,done_on,note\nI.2,SNV,done,17/02/2020,{note}\n", "utf-8")
    assert len(read_records(path, plan=PLAN)[0].note) == len(note)


@pytest.mark.parametrize("value", ["NaN", "sNaN", "Infinity", "-Infinity", "inf"])
def test_a_measurement_that_is_not_a_finite_number_is_refused(tmp_path, value):
    path = tmp_path / "do-luong.csv"
    path.write_text(f"indicator,value,measured_on\n2,{value},31/12/2020\n", encoding="utf-8")
    with pytest.raises(RecordsError, match="not a finite number"):
        read_measurements(path, plan=PLAN)
    with pytest.raises(ValueError, match="not a finite number"):
        Measurement(indicator=2, value=value)
