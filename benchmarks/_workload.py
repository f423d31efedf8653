"""The national workload of ``python -m benchmarks``, built deterministically.

Every plan is shaped like the bundled An Giang 2020 plan (``datasets.load("an-giang-2020")``):

* one plan per province, made a distinct ``Plan`` with ``attrs.evolve`` (the province's
  People's Committee as issuer, its name as province; the same tasks and agency
  registry): the **34 provinces** of the structure in force from 1 July 2025 and the
  **63** of before, named from ``cchc_model/data/provinces.json``;
* the **national year**: the 63 provinces' plans and as many more copies, standing for
  the plans of other bodies (departments, districts), as it takes to reach about 1.4
  million obligations;
* larger plans, for plan files and growth: the bundled plan's tasks replicated into more
  reform areas (``I``, ``II`` … then ``I1``, ``II1`` …) with their codes renumbered, as
  JSON text that ``loads_plan`` accepts;
* later years, for growth: the bundled plan's JSON with every year moved on by one or
  two (``Quý I/2020`` becomes ``Quý I/2021``).

Records come from ``bench_evaluate.synthetic_records``: one per obligation, from a fixed
seed.  Nothing here reads the clock or the environment: two runs build the same values.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import re
from collections.abc import Callable
from typing import Any

import attrs

from cchc_model.plan.administration import Province, provinces_on
from cchc_model.plan.plans import Plan

__all__ = [
    "AFTER_2025",
    "BEFORE_2025",
    "CACHES",
    "NATIONAL_TARGET",
    "clear_caches",
    "library_caches",
    "national_year",
    "province_plans",
    "provinces",
    "replicate_tasks",
    "shift_years",
]

#: The day the 34 provinces came into being, and a day of the 63 (the plans' own year).
AFTER_2025 = datetime.date(2025, 7, 1)
BEFORE_2025 = datetime.date(2020, 1, 1)
#: Obligations in the national year (the issue's "about 1.4 million obligations a year").
NATIONAL_TARGET = 1_400_000

_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def provinces(on: datetime.date) -> tuple[Province, ...]:
    """The provinces on a date: 34 on or after 1 July 2025, 63 before."""
    return provinces_on(on)


def _issuer(province: Province) -> str:
    """The issuer of a province's plan: "Ủy ban nhân dân tỉnh An Giang"."""
    return f"Ủy ban nhân dân {province.full_name[0].lower()}{province.full_name[1:]}"


def province_plans(base: Plan, units: tuple[Province, ...]) -> list[Plan]:
    """One distinct plan per province, shaped like ``base``."""
    return [attrs.evolve(base, issuer=_issuer(unit), province=unit.name) for unit in units]


def national_year(
    base: Plan, units: tuple[Province, ...], per_plan: int, target: int
) -> list[Plan]:
    """The provinces' plans, then copies for other bodies until ``target`` obligations."""
    plans = province_plans(base, units)
    count = -(-target // per_plan)
    for number in range(len(plans), count):
        plans.append(attrs.evolve(base, issuer=f"Ủy ban nhân dân đơn vị số {number + 1}"))
    return plans


def replicate_tasks(text: str, tasks: int) -> str:
    """The plan file ``text`` with exactly ``tasks`` tasks: its own, then renumbered copies.

    Copy ``n`` (from 1) of an area ``I`` is the area ``I{n}``, its tasks ``I{n}.1`` …; the
    last copy is cut short at ``tasks`` and each area declares the tasks it lists.  The
    registry, deadlines and agencies are the original's.
    """
    data: dict[str, Any] = json.loads(text)
    originals: list[dict[str, Any]] = data["areas"]
    areas: list[dict[str, Any]] = []
    left = tasks
    copy_number = 0
    while left > 0:
        for original in originals:
            if left <= 0:
                break
            area = copy.deepcopy(original)
            if "areas" in area:
                raise NotImplementedError("nested areas are not replicated")
            code = original["code"] if copy_number == 0 else f"{original['code']}{copy_number}"
            area["code"] = code
            kept = area["tasks"][:left]
            for task in kept:
                task["code"] = code + task["code"][len(original["code"]) :]
            area["tasks"] = kept
            if "declared_task_count" in area:
                area["declared_task_count"] = len(kept)
            left -= len(kept)
            areas.append(area)
        copy_number += 1
    data["areas"] = areas
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def shift_years(text: str, years: int) -> str:
    """The plan file ``text`` with every year 2000–2099 in it moved on by ``years``.

    Deadlines ("Quý I/2020"), the plan's year and date, and the years quoted in its prose
    all move together; the bundled plan names no 29 February, so every date stays valid.
    """
    return _YEAR.sub(lambda match: str(int(match.group()) + years), text)


#: Library functions that cache the pure work of loading a plan file (an ``lru_cache``
#: each): cleared before every "first load", so that it pays for that work again.
CACHES = (
    ("cchc_model.formats.converter", "_parse_deadline"),
    ("cchc_model.formats.converter", "_loading_converter"),
    ("cchc_model.formats._plan_loading", "_registry"),
)


def library_caches() -> list[Callable[[], None]]:
    """The ``cache_clear`` of each cache of loading the library has (see ``CACHES``)."""
    found = []
    for module, name in CACHES:
        function = getattr(importlib.import_module(module), name, None)
        clear = getattr(function, "cache_clear", None)
        if clear is not None:
            found.append(clear)
    return found


def clear_caches() -> None:
    """Empty the library's caches of loading (a first load in a new process)."""
    for clear in library_caches():
        clear()
