"""Plans bundled with the library, installed with it as package data.

>>> from cchc_model import datasets
>>> datasets.names()
('an-giang-2020',)
>>> plan = datasets.load("an-giang-2020")
>>> str(plan)
'Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang năm 2020'
>>> try:
...     datasets.load("an-giang-2021")
... except LookupError as error:
...     print(error)
no bundled plan 'an-giang-2021'; the bundled plans are: 'an-giang-2020'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable

from cchc_model.errors import CchcError
from cchc_model.formats.plan_json import loads_plan
from cchc_model.plan.plans import Plan

__all__ = ["UnknownDatasetError", "load", "names", "path"]

_SUFFIX = ".plan.json"


class UnknownDatasetError(CchcError, LookupError):
    """A name that is not one of the bundled plans."""

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        self.name = name
        self.known = known
        listed = ", ".join(repr(k) for k in known)
        super().__init__(f"no bundled plan {name!r}; the bundled plans are: {listed}")

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the fields."""
        return (type(self), (self.name, self.known))


def names() -> tuple[str, ...]:
    """The names of the bundled plans, sorted."""
    files = resources.files(__name__).iterdir()
    return tuple(sorted(f.name[: -len(_SUFFIX)] for f in files if f.name.endswith(_SUFFIX)))


def path(name: str) -> Traversable:
    """Where the bundled plan's JSON file is, for tools that read the file themselves.

    Raises:
        UnknownDatasetError: there is no bundled plan of that name.
    """
    if name not in names():
        raise UnknownDatasetError(name, names())
    return resources.files(__name__) / f"{name}{_SUFFIX}"


def load(name: str) -> Plan:
    """Load a bundled plan by name.

    Raises:
        UnknownDatasetError: there is no bundled plan of that name.
    """
    return loads_plan(path(name).read_bytes())
