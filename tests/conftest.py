"""Shared test configuration: Hypothesis profiles and the seed document's location."""

from __future__ import annotations

import os
import sys
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
# Mutation testing runs the suite once per mutant: fewer examples, always the same ones.
settings.register_profile("mutation", max_examples=10, deadline=None, derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

#: The An Giang 2020 plan as text extracted from its PDF: the reference for fidelity tests.
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_17c7836504040d9c.txt"


#: The mutant whose process last emptied the library's caches.
_CLEARED_FOR: list[str] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under mutation testing: no timed tests, property tests last and on a small budget.

    The tests of linear growth time the code at two sizes: a mutant's run learns nothing
    from them, and they are the slowest of the suite.  mutmut stops a mutant's run at its
    first failing test and most mutants are killed by a plain example, so the example-based
    tests run before the slower Hypothesis searches.  An ordinary run changes nothing.
    """
    if not os.environ.get("MUTANT_UNDER_TEST"):
        return
    timed = [item for item in items if "linear_time" in item.name]
    if timed:
        config.hook.pytest_deselected(items=timed)
        items[:] = [item for item in items if "linear_time" not in item.name]
    items.sort(key=lambda item: getattr(getattr(item, "obj", None), "is_hypothesis_test", False))
    for item in items:
        _at_most_the_mutation_budget(getattr(item, "obj", None))


def _at_most_the_mutation_budget(test: object) -> None:
    """Cap a property test's own ``max_examples`` at the mutation profile's.

    A test that sets its own number of examples (``@settings(max_examples=30)``) keeps it
    over every profile; under mutation testing it runs no more than the profile's ten.
    Hypothesis keeps a test's settings in ``_hypothesis_internal_use_settings``; only
    mutation runs touch it.
    """
    own = getattr(test, "_hypothesis_internal_use_settings", None)
    budget = settings.get_profile("mutation").max_examples
    if isinstance(own, settings) and own.max_examples > budget:
        test._hypothesis_internal_use_settings = settings(own, max_examples=budget)  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _fresh_caches_under_mutation() -> None:
    """Under mutation testing, each mutant's tests start with the library's caches empty.

    mutmut runs each mutant in a process forked from one that has run the whole suite, so
    a cached function (the holidays of a year, a deadline phrase parsed once) would answer
    from the original code and hide the mutant.  mutmut sets ``MUTANT_UNDER_TEST``; the
    caches are emptied once per mutant, before its first test, and before every test of
    the run in which mutmut records which tests reach which function (``stats``): a
    cached function is then recorded for every test that needs it, not only the first.
    An ordinary run does nothing here.
    """
    mutant = os.environ.get("MUTANT_UNDER_TEST")
    if not mutant or (mutant != "stats" and _CLEARED_FOR[-1:] == [mutant]):
        return
    _CLEARED_FOR.append(mutant)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("cchc_model"):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


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
