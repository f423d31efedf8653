"""Timing helpers shared by the benchmark scripts (not part of the library)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["best_of", "median_each", "median_of", "rate"]


def best_of(repeats: int, function: Callable[[], Any]) -> tuple[float, Any]:
    """The shortest wall time of ``repeats`` calls (perf_counter), and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeats):
        began = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - began)
    return best, result


def median_of(
    repeats: int,
    function: Callable[[], Any],
    *,
    number: int = 1,
    setup: Callable[[], Any] | None = None,
) -> tuple[float, Any]:
    """The median wall time of one call over ``repeats`` repeats, and the last result.

    Each repeat times ``number`` calls in a row and counts their mean (for calls too short
    to time one by one); ``setup``, when given, runs before each repeat, untimed.
    """
    times = []
    result = None
    for _ in range(repeats):
        if setup is not None:
            setup()
        began = time.perf_counter()
        for _ in range(number):
            result = function()
        times.append((time.perf_counter() - began) / number)
    return statistics.median(times), result


def median_each(
    repeats: int,
    functions: Sequence[Callable[[], Any]],
    *,
    numbers: Sequence[int] | None = None,
    setups: Sequence[Callable[[], Any] | None] | None = None,
) -> list[tuple[float, Any]]:
    """:func:`median_of` for several functions, interleaved: one of each per repeat.

    A machine that slows down or speeds up during the run (a shared virtual machine, a
    neighbour's job) then weighs on every function alike, and their ratios stay fair.
    """
    count = len(functions)
    numbers = numbers or [1] * count
    setups = setups or [None] * count
    times: list[list[float]] = [[] for _ in range(count)]
    results: list[Any] = [None] * count
    for _ in range(repeats):
        for index, function in enumerate(functions):
            setup = setups[index]
            if setup is not None:
                setup()
            number = numbers[index]
            began = time.perf_counter()
            for _ in range(number):
                results[index] = function()
            times[index].append((time.perf_counter() - began) / number)
    return [(statistics.median(t), r) for t, r in zip(times, results, strict=True)]


def rate(count: int, seconds: float, width: int = 12) -> str:
    """A count per second, right-aligned in ``width`` characters."""
    return f"{count / seconds:>{width},.0f}"
