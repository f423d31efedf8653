"""Timing helpers shared by the benchmark scripts (not part of the library)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

__all__ = ["best_of", "rate"]


def best_of(repeats: int, function: Callable[[], Any]) -> tuple[float, Any]:
    """The shortest wall time of ``repeats`` calls (perf_counter), and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeats):
        began = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - began)
    return best, result


def rate(count: int, seconds: float, width: int = 12) -> str:
    """A count per second, right-aligned in ``width`` characters."""
    return f"{count / seconds:>{width},.0f}"
