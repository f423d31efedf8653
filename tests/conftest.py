"""Shared test configuration: Hypothesis profiles and the seed document's location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# No deadlines: speed is measured by the benchmarks, never by a test's wall time.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=400,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

#: The An Giang 2020 plan as text extracted from its PDF: the reference for fidelity tests.
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_17c7836504040d9c.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed document, whitespace folded; skipped only where the seed is not shipped.

    CI sets ``CCHC_REQUIRE_SEED=1``, which turns a missing seed into a failure.
    """
    if not SEED.exists():
        if os.environ.get("CCHC_REQUIRE_SEED") == "1":
            pytest.fail(f"the seed document is missing: {SEED}")
        pytest.skip(f"the seed document is not beside the repository: {SEED}")
    return " ".join(SEED.read_text(encoding="utf-8").split())
