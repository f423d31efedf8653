"""The public surface: what each module exports, and that the documentation covers it."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import cchc_model

DOCS = Path(__file__).resolve().parents[1] / "docs"
PUBLIC_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(cchc_model.__path__, prefix="cchc_model.")
    if not any(part.startswith("_") for part in m.name.split("."))
)


def test_the_public_modules_are_the_layers_and_their_domain_nouns():
    assert PUBLIC_MODULES == [
        "cchc_model.assessment",
        "cchc_model.assessment.compliance",
        "cchc_model.assessment.measurements",
        "cchc_model.assessment.policy",
        "cchc_model.assessment.progress",
        "cchc_model.assessment.scoring",
        "cchc_model.cli",
        "cchc_model.datasets",
        "cchc_model.errors",
        "cchc_model.formats",
        "cchc_model.formats.appendix",
        "cchc_model.formats.converter",
        "cchc_model.formats.frames",
        "cchc_model.formats.ical",
        "cchc_model.formats.pictures",
        "cchc_model.formats.plan_json",
        "cchc_model.formats.problems",
        "cchc_model.formats.readers",
        "cchc_model.formats.reports",
        "cchc_model.formats.schemas",
        "cchc_model.formats.templates",
        "cchc_model.language",
        "cchc_model.language.deadlines",
        "cchc_model.language.periods",
        "cchc_model.language.references",
        "cchc_model.limits",
        "cchc_model.plan",
        "cchc_model.plan.administration",
        "cchc_model.plan.agencies",
        "cchc_model.plan.bodies",
        "cchc_model.plan.indicators",
        "cchc_model.plan.plans",
        "cchc_model.plan.tasks",
        "cchc_model.scheduling",
        "cchc_model.scheduling.accountability",
        "cchc_model.scheduling.calendar",
        "cchc_model.scheduling.duedates",
        "cchc_model.scheduling.reporting",
        "cchc_model.scheduling.schedule",
        "cchc_model.strategies",
    ]


@pytest.mark.parametrize("name", ["cchc_model", *PUBLIC_MODULES])
def test_every_public_module_declares_all_and_every_name_exists(name):
    module = importlib.import_module(name)
    assert len(set(module.__all__)) == len(module.__all__)
    for export in module.__all__:
        assert hasattr(module, export), f"{name}.{export}"


def test_the_package_reexports_the_main_nouns_from_their_home_modules():
    for export in cchc_model.__all__:
        if export in ("__version__", "datasets"):
            continue
        home = getattr(cchc_model, export).__module__
        assert export in importlib.import_module(home).__all__, export


@pytest.mark.parametrize("layer", ["language", "plan", "scheduling", "assessment", "formats"])
def test_each_layer_reexports_exactly_its_share_of_the_package_nouns(layer):
    package = importlib.import_module(f"cchc_model.{layer}")
    for export in package.__all__:
        home = getattr(getattr(package, export), "__module__", None)  # None for a str constant
        assert home is None or home.startswith(f"cchc_model.{layer}."), export
    theirs = {
        name
        for name in cchc_model.__all__
        if getattr(getattr(cchc_model, name), "__module__", "").startswith(f"cchc_model.{layer}.")
    }
    assert theirs <= set(package.__all__)


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_every_public_module_has_an_automodule_page_in_the_docs(name):
    pages = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.rst"))
    assert re.search(rf"^\.\. automodule:: {re.escape(name)}$", pages, flags=re.MULTILINE)


def test_every_name_the_package_exports_is_mentioned_in_the_docs():
    pages = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.rst"))
    missing = [n for n in cchc_model.__all__ if n != "__version__" and n not in pages]
    assert missing == []
