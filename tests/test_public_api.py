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
    f"cchc_model.{m.name}"
    for m in pkgutil.iter_modules(cchc_model.__path__)
    if not m.name.startswith("_")
)


def test_the_public_modules_are_the_domain_nouns():
    assert PUBLIC_MODULES == [
        "cchc_model.agencies",
        "cchc_model.calendar",
        "cchc_model.cli",
        "cchc_model.compliance",
        "cchc_model.datasets",
        "cchc_model.deadlines",
        "cchc_model.duedates",
        "cchc_model.errors",
        "cchc_model.ical",
        "cchc_model.indicators",
        "cchc_model.io",
        "cchc_model.measurements",
        "cchc_model.periods",
        "cchc_model.plans",
        "cchc_model.progress",
        "cchc_model.references",
        "cchc_model.reporting",
        "cchc_model.schedule",
        "cchc_model.scoring",
        "cchc_model.strategies",
        "cchc_model.tasks",
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


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_every_public_module_has_an_automodule_page_in_the_docs(name):
    pages = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.rst"))
    assert re.search(rf"^\.\. automodule:: {re.escape(name)}$", pages, flags=re.MULTILINE)


def test_every_name_the_package_exports_is_mentioned_in_the_docs():
    pages = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.rst"))
    missing = [n for n in cchc_model.__all__ if n != "__version__" and n not in pages]
    assert missing == []
