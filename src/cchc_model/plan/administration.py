"""Vietnam's provinces over time: the 63 until 30/06/2025, the 34 from 01/07/2025.

On 12 June 2025 the National Assembly merged 52 of the 63 provincial-level units into 23
(Nghị quyết 202/2025/QH15), effective 1 July 2025, and local government lost its district
level the same day: two tiers, province and commune.  A plan of 2020 is An Giang's of
before the merger; a plan of 2027 is the new An Giang's, formed from An Giang and Kiên
Giang, with its seat in Rạch Giá.  The units are data, with their sources and dates
(``cchc_model/data/provinces.json``); this module answers on a date:

>>> import datetime
>>> before, after = datetime.date(2024, 6, 1), datetime.date(2026, 6, 1)
>>> len(provinces_on(before)), len(provinces_on(after))
(63, 34)
>>> ag = province("tỉnh An Giang", on=after)
>>> ag.code, ag.formed_from, ag.centre
('91', ('An Giang', 'Kiên Giang'), 'Rạch Giá')
>>> province("An Giang", on=before).code
'89'
>>> local_levels_on(before), local_levels_on(after)
(('tỉnh', 'huyện', 'xã'), ('tỉnh', 'xã'))
>>> province("Kiên Giang", on=after)
Traceback (most recent call last):
...
cchc_model.plan.administration.UnknownProvinceError: 'Kiên Giang' is no longer a province ...

Codes are keyed by period: a merged unit took the code of the old province where its seat
is, so "91" was Kiên Giang's before 1 July 2025 and is the new An Giang's after.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import json
import re
import unicodedata
from importlib import resources
from typing import Any

import attrs

from cchc_model import _validators as _v
from cchc_model.errors import CchcError
from cchc_model.plan.agencies import agency_key

__all__ = [
    "FIRST_KNOWN",
    "Province",
    "UnknownProvinceError",
    "local_levels_on",
    "province",
    "provinces_on",
]

#: The first day the data know the provinces of (Hà Tây joined Hà Nội on 01/08/2008).
FIRST_KNOWN = datetime.date(2008, 8, 1)


@attrs.frozen(kw_only=True)
class Province:
    """A provincial-level unit (*tỉnh*, *thành phố trực thuộc trung ương*) in one period.

    Attributes:
        code: The administrative-unit code of the period ("89"; from 01/07/2025 "91").
        name: The short name ("An Giang").
        full_name: The name with its kind ("Tỉnh An Giang", "Thành phố Hà Nội").
        kind: "tỉnh" or "thành phố trực thuộc trung ương".
        valid_from: The first day it existed as such, if known.
        valid_until: The last day, or ``None`` while it exists.
        formed_from: The units it was formed from, for the units of 01/07/2025.
        centre: Its political-administrative seat, where a source names it.
        document: The document that set it up.

    .. versionadded:: 0.2.0
    """

    code: str = attrs.field(validator=_v.text)
    name: str = attrs.field(validator=_v.text)
    full_name: str = attrs.field(validator=_v.text)
    kind: str = attrs.field(validator=_v.text)
    valid_from: datetime.date | None = attrs.field(default=None, validator=_v.optional_date)
    valid_until: datetime.date | None = attrs.field(default=None, validator=_v.optional_date)
    formed_from: tuple[str, ...] = attrs.field(default=(), validator=_v.texts)
    centre: str | None = attrs.field(default=None, validator=_v.optional_text)
    document: str = attrs.field(validator=_v.text)

    @property
    def is_city(self) -> bool:
        """Whether it is a centrally-run city (*thành phố trực thuộc trung ương*)."""
        return self.kind.startswith("thành phố")

    def valid_on(self, day: datetime.date) -> bool:
        """Whether it existed as such on ``day``."""
        starts = self.valid_from is None or self.valid_from <= day
        return starts and (self.valid_until is None or day <= self.valid_until)

    def __str__(self) -> str:
        return self.full_name


class UnknownProvinceError(CchcError, LookupError):
    """A province name unknown on a date; a merged one names the unit it joined.

    Attributes:
        name: The name as given.
        day: The date asked about.
        successor: The unit a merged province joined, if it is one.

    .. versionadded:: 0.2.0
    """

    def __init__(
        self, name: str, day: datetime.date, message: str, successor: Province | None = None
    ) -> None:
        self.name = name
        self.day = day
        self.successor = successor
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the fields."""
        return (_rebuild, (self.name, self.day, str(self), self.successor))


def _rebuild(
    name: str, day: datetime.date, message: str, successor: Province | None
) -> UnknownProvinceError:
    return UnknownProvinceError(name, day, message, successor)


def provinces_on(day: datetime.date) -> tuple[Province, ...]:
    """The provincial-level units on ``day``, by code.

    Raises:
        UnknownProvinceError: ``day`` is before 01/08/2008, where the data start.
    """
    _check_known(day, "")
    return tuple(p for p in _all() if p.valid_on(day))


def province(name: str, *, on: datetime.date) -> Province:
    """The province that ``name`` names on ``on``, whatever the case, spacing and tone marks.

    A name with or without its kind ("An Giang", "tỉnh An Giang", "TP. Hồ Chí Minh",
    "Thành phố Hà Nội"), or a code of the period ("89").

    Raises:
        UnknownProvinceError: no province has that name on that date; for a province
            merged on 01/07/2025 the error names the unit it joined.
    """
    _check_known(day=on, name=name)
    key = _key(name)
    current = provinces_on(on)
    for found in current:
        if key in (found.code, _key(found.name), _key(found.full_name)):
            return found
    folded = [p for p in current if _ascii(key) in _folded_names(p)]
    if len(folded) == 1:  # written without diacritics, or by a usual abbreviation
        return folded[0]
    for earlier in _all():
        named = key in (earlier.code, _key(earlier.name)) or _ascii(key) in _folded_names(earlier)
        if named and not earlier.valid_on(on):
            steps = _successors(earlier, on)
            if steps and earlier.valid_until is not None:
                first, now = steps[0], steps[-1]
                since = earlier.valid_until + datetime.timedelta(days=1)
                became = (
                    f"it is part of {first}" if len(first.formed_from) > 1 else f"it is {first}"
                )
                raise UnknownProvinceError(
                    name,
                    on,
                    f"{name!r} is no longer a province on {on:%d/%m/%Y}: since "
                    f"{since:%d/%m/%Y} {became} ({first.document})",
                    now,
                )
    close = difflib.get_close_matches(key, [_key(p.name) for p in current], n=3, cutoff=0.6)
    names = [p.name for p in current if _key(p.name) in close]
    hint = f"; closest: {', '.join(names)}" if names else ""
    raise UnknownProvinceError(name, on, f"no province {name!r} on {on:%d/%m/%Y}{hint}")


def local_levels_on(day: datetime.date) -> tuple[str, ...]:
    """The levels of local government on ``day``.

    Province, district and commune until 30/06/2025; province and commune from 01/07/2025.
    """
    for era in _data()["local_levels"]:
        if _within(day, era.get("from"), era.get("until")):
            return tuple(era["levels"])
    raise AssertionError("the local levels cover every day")  # pragma: no cover


def _successors(earlier: Province, day: datetime.date) -> list[Province]:
    """What ``earlier`` became, step by step, up to ``day``.

    Each step is the unit formed from it or, for a renamed unit, the unit of its code on
    the next day.
    """
    steps: list[Province] = []
    current = earlier
    while current.valid_until is not None and current.valid_until < day:
        after = current.valid_until + datetime.timedelta(days=1)
        following = [p for p in _all() if p.valid_on(after)]
        merged = [p for p in following if current.name in p.formed_from]
        renamed = [p for p in following if p.code == current.code and not p.formed_from]
        found = merged or renamed
        if not found:
            break
        current = found[0]
        steps.append(current)
    return steps


def _folded_names(unit: Province) -> tuple[str, ...]:
    """A unit's name and usual abbreviations without tone marks ("hcm" for Hồ Chí Minh)."""
    names = (unit.name, *_ALIASES.get(unit.name, ()))
    return tuple(_ascii(_key(alias)) for alias in names)


_ALIASES = {"Hồ Chí Minh": ("HCM", "TPHCM", "TP.HCM", "Sài Gòn")}


def _ascii(key: str) -> str:
    decomposed = unicodedata.normalize("NFD", key.replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace(" ", "")


def _check_known(day: datetime.date, name: str) -> None:
    if day < FIRST_KNOWN:
        raise UnknownProvinceError(
            name,
            day,
            f"the provinces are known from {FIRST_KNOWN:%d/%m/%Y}, not on {day:%d/%m/%Y}",
        )


_PREFIX = re.compile(r"^(?:tỉnh\s+|tinh\s+|thành phố\s+|thanh pho\s+|tp\.\s*|tp\s+|t\.p\.\s*)")


def _key(name: str) -> str:
    """A province name folded: case, spacing, tone placement and "tỉnh"/"thành phố" aside."""
    key = agency_key(name)
    return _PREFIX.sub("", key)


def _within(day: datetime.date, start: str | None, end: str | None) -> bool:
    return (start is None or datetime.date.fromisoformat(start) <= day) and (
        end is None or day <= datetime.date.fromisoformat(end)
    )


@functools.cache
def _data() -> dict[str, Any]:
    text = (resources.files("cchc_model") / "data" / "provinces.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _province(
    code: str,
    names: dict[str, Any],
    start: datetime.date | None,
    end: datetime.date | None,
    document: str,
) -> Province:
    return Province(
        code=code,
        name=names["name"],
        full_name=names["full_name"],
        kind=names["kind"],
        valid_from=start,
        valid_until=end,
        formed_from=tuple(names.get("formed_from", ())),
        centre=names.get("centre"),
        document=document,
    )


@functools.cache
def _all() -> tuple[Province, ...]:
    found: list[Province] = []
    for era in _data()["eras"]:
        start = datetime.date.fromisoformat(era["from"]) if era.get("from") else None
        end = datetime.date.fromisoformat(era["until"]) if era.get("until") else None
        for unit in era["units"]:
            earlier = unit.get("earlier")
            first, document = start, era["document"]
            if earlier is not None:  # renamed within the era (Thừa Thiên Huế → Huế)
                until = datetime.date.fromisoformat(earlier["until"])
                found.append(_province(unit["code"], earlier, start, until, era["document"]))
                first, document = until + datetime.timedelta(days=1), earlier["source"]
            found.append(_province(unit["code"], unit, first, end, document))
    return tuple(found)
