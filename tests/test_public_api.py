"""The public surface: what each module exports, and that the documentation covers it."""

from __future__ import annotations

import importlib
import inspect
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


#: Every entry point that reads input or can refuse an argument: each says in a "Raises"
#: section what it raises (issue 14, item 13).  Functions that cannot fail on valid
#: values of their typed arguments (a report of an evaluation, a schema) are not listed.
ENTRY_POINTS = [
    "cchc_model.formats.plan_json:loads_plan",
    "cchc_model.formats.plan_json:load_plan",
    "cchc_model.formats.plan_json:dump_plan",
    "cchc_model.formats.readers:read_records",
    "cchc_model.formats.readers:parse_records",
    "cchc_model.formats.readers:read_measurements",
    "cchc_model.formats.readers:read_assessments",
    "cchc_model.formats.readers:read_registry",
    "cchc_model.formats.readers:load_scheme",
    "cchc_model.formats.readers:parse_date",
    "cchc_model.formats.appendix:read_appendix",
    "cchc_model.formats.appendix:write_appendix",
    "cchc_model.formats.templates:write_progress_template",
    "cchc_model.formats.ical:to_icalendar",
    "cchc_model.formats.frames:to_frame",
    "cchc_model.formats.frames:to_arrow",
    "cchc_model.assessment.compliance:evaluate",
    "cchc_model.assessment.scoring:scheme",
    "cchc_model.assessment.scoring:score_plan",
    "cchc_model.assessment.scoring:ScoringScheme.from_data",
    "cchc_model.assessment.measurements:assess",
    "cchc_model.assessment.measurements:assess_all",
    "cchc_model.assessment.measurements:parse_decimal",
    "cchc_model.scheduling.schedule:schedule",
    "cchc_model.scheduling.schedule:plan_obligations",
    "cchc_model.scheduling.calendar:WorkingCalendar.is_working_day",
    "cchc_model.scheduling.calendar:WorkingCalendar.roll_forward",
    "cchc_model.scheduling.calendar:WorkingCalendar.roll_backward",
    "cchc_model.scheduling.calendar:WorkingCalendar.add_working_days",
    "cchc_model.scheduling.calendar:WorkingCalendar.working_days_between",
    "cchc_model.plan.bodies:registry_on",
    "cchc_model.plan.agencies:AgencyRegistry.resolve",
    "cchc_model.plan.agencies:AgencyRegistry.resolve_all",
    "cchc_model.plan.agencies:AgencyRegistry.get",
    "cchc_model.plan.plans:Plan.task",
    "cchc_model.plan.indicators:parse_indicator",
    "cchc_model.language.deadlines:parse_deadline",
    "cchc_model.language.references:parse_reference",
    "cchc_model.language.references:find_references",
    "cchc_model.language.periods:period_of",
    "cchc_model.language.periods:roman",
    "cchc_model.datasets:load",
    "cchc_model.cli:main",
]


@pytest.mark.parametrize("where", ENTRY_POINTS)
def test_every_entry_point_says_what_it_raises(where):
    module, _, qualified = where.partition(":")
    found: object = importlib.import_module(module)
    for part in qualified.split("."):
        found = getattr(found, part)
    doc = inspect.getdoc(found) or ""
    assert "\nRaises:\n" in doc, f"{where} has no Raises section"
    section = doc.split("\nRaises:\n", 1)[1]
    assert section.strip(), f"{where}: an empty Raises section"
