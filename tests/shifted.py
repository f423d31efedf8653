"""Copies of the bundled plan moved to other years, for tests of any year."""

from __future__ import annotations

import datetime
import re

import attrs

from cchc_model import datasets
from cchc_model.language.deadlines import parse_deadline
from cchc_model.plan.plans import Plan

BUNDLED = datasets.load("an-giang-2020")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def shifted(year: int, plan: Plan = BUNDLED) -> Plan:
    """The plan as if written for ``year``: every year in its deadlines moves with it."""
    delta = year - plan.year

    def move(text: str) -> str:
        return _YEAR.sub(lambda m: str(int(m.group()) + delta), text)

    areas = tuple(
        attrs.evolve(
            area,
            tasks=tuple(
                attrs.evolve(
                    task,
                    deadline=parse_deadline(move(task.deadline_text), year=year),
                    deadline_text=move(task.deadline_text),
                )
                for task in area.tasks
            ),
        )
        for area in plan.areas
    )
    date = None if plan.date is None else datetime.date(plan.date.year + delta, 12, 31)
    return attrs.evolve(plan, year=year, areas=areas, date=date)
