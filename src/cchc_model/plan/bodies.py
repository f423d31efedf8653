"""The bodies every province has, on a date: the generic agency registry.

Every Vietnamese province has the same People's Committee, office and departments, set by
the government's decrees on provincial specialised bodies; what changes is the date.  Until
28/02/2025 there were 17 departments in every province (Nghị định 24/2014/NĐ-CP as amended
by Nghị định 107/2020/NĐ-CP); from 01/03/2025, 12 (Nghị định 45/2025/NĐ-CP, then
150/2025/NĐ-CP): the Sở Kế hoạch và Đầu tư joined the Sở Tài chính, the Sở Thông tin và
Truyền thông the Sở Khoa học và Công nghệ, and so on.  From 01/07/2025 the district level
is gone (Luật 72/2025/QH15).  :func:`registry_on` gives the registry of a date, for a
province or for any:

>>> import datetime
>>> before, after = registry_on(datetime.date(2024, 6, 1)), registry_on(datetime.date(2026, 6, 1))
>>> before.resolve("Sở KH&ĐT").name, after.resolve("Sở Tài chính").code
('Sở Kế hoạch và Đầu tư', 'STC')
>>> after.resolve("Sở TT&TT")
Traceback (most recent call last):
...
cchc_model.plan.agencies.DefunctAgencyError: 'Sở TT&TT' no longer exists: since 01/03/2025 ...
>>> registry_on(datetime.date(2027, 1, 1), "An Giang").resolve("UBND tỉnh").name
'Ủy ban nhân dân tỉnh An Giang'

The bodies, their names and their sources are data (``cchc_model/data/bodies.json``).  A
province's own bodies (its districts, its boards, a department only it has) extend the
registry through :func:`extended` or, from a CSV file,
:func:`cchc_model.formats.readers.read_registry`.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from cchc_model.plan.administration import Province
from cchc_model.plan.administration import province as find_province
from cchc_model.plan.agencies import (
    Agency,
    AgencyGroup,
    AgencyLevel,
    AgencyRegistry,
    DefunctAgency,
    DefunctAgencyError,
    UnknownAgencyError,
    agency_key,
)

__all__ = ["body_sources", "extended", "outdated_names", "registry_on"]


def registry_on(day: datetime.date, province: str | None = None) -> AgencyRegistry:
    """The bodies every province has on ``day``, and those that ceased before it.

    Args:
        day: The date the names are read on, usually the plan's date of issue.
        province: A province of that date ("An Giang", "TP. Hồ Chí Minh"), whose name the
            People's Committee, the council, the Party committee, the mass organisations
            and the press take ("Ủy ban nhân dân tỉnh An Giang"); a city reads "thành phố"
            and "Thành ủy".  Without one, the names are generic ("Ủy ban nhân dân tỉnh").

    Returns:
        A registry of the People's Committee, its chair and office, the departments of
        the date (the optional ones too: Sở Ngoại vụ, Sở Du lịch…), the council, the Party
        committee, the steering committee for reform, the mass organisations, the press,
        the central bodies plans name, and the usual groups ("Các sở, ban, ngành",
        "UBND cấp huyện" until 30/06/2025, "UBND cấp xã", "Cơ quan, đơn vị có liên quan",
        "Thành viên Ban Chỉ đạo").  Bodies that ceased before ``day`` are its
        :attr:`~cchc_model.plan.agencies.AgencyRegistry.defunct`.

    Raises:
        UnknownProvinceError: ``province`` names no province on ``day``.

    >>> import datetime
    >>> registry = registry_on(datetime.date(2020, 6, 1), "An Giang")
    >>> registry.resolve("Sở Nội vụ tỉnh An Giang").code
    'SNV'
    >>> [entry.code for entry in registry.resolve_all("UBND cấp huyện, cấp xã")]
    ['HUYEN', 'XA']
    >>> later = registry_on(datetime.date(2026, 1, 1), "Hà Nội")
    >>> later.resolve("Thành ủy").name, later.resolve("Sở NN&MT").code
    ('Thành ủy Hà Nội', 'SNNMT')
    """
    unit = None if province is None else find_province(province, on=day)
    return _registry(_era(day), unit)


def extended(
    registry: AgencyRegistry,
    agencies: Iterable[Agency],
    *,
    memberships: Mapping[str, Iterable[str]] | None = None,
) -> AgencyRegistry:
    """``registry`` with a province's own bodies: added, or overriding those of a code.

    An agency whose code is in the registry replaces that entry (and keeps its place in
    the groups); any other is added.  ``memberships`` maps an agency's code to the codes
    of the groups it joins ("SDL" → "SBN" for a province that has a Sở Du lịch).  A defunct
    body whose code or name a new agency takes is forgotten: the province's word wins.

    Raises:
        ValueError: a name is given to two entries, or a group code is unknown.

    >>> import datetime
    >>> base = registry_on(datetime.date(2020, 1, 1), "An Giang")
    >>> long_xuyen = Agency(
    ...     code="LONG_XUYEN",
    ...     name="Ủy ban nhân dân thành phố Long Xuyên",
    ...     level=AgencyLevel.DISTRICT,
    ...     aliases=("UBND TP Long Xuyên",),
    ... )
    >>> registry = extended(base, [long_xuyen], memberships={"LONG_XUYEN": ["HUYEN"]})
    >>> [a.code for a in registry.resolve("UBND cấp huyện").members]
    ['LONG_XUYEN']
    """
    new = {agency.code: agency for agency in agencies}
    joins = {code: tuple(groups) for code, groups in (memberships or {}).items()}
    known_groups = {group.code for group in registry.groups}
    for code, joined in joins.items():
        if code not in new and code not in {a.code for a in registry.agencies}:
            raise ValueError(f"no agency has the code {code!r}")
        for wanted in joined:
            if wanted not in known_groups:
                raise ValueError(f"{code} joins {wanted!r}, which is not a group of the registry")
    agencies_out = [new.pop(a.code, a) for a in registry.agencies]
    agencies_out.extend(new.values())
    by_code = {agency.code: agency for agency in agencies_out}
    groups_out: list[AgencyGroup] = []
    for group in registry.groups:
        members = [by_code[m.code] for m in group.members]
        members.extend(
            by_code[code]
            for code, joined in joins.items()
            if group.code in joined and by_code[code] not in members
        )
        groups_out.append(_replace_members(group, tuple(members)))
    entries: list[Agency | AgencyGroup] = [*agencies_out, *groups_out]
    live = {agency_key(name) for entry in entries for name in entry.names}
    codes = {entry.code for entry in entries}
    defunct = tuple(
        body
        for body in registry.defunct
        if body.code not in codes and not any(agency_key(n) in live for n in body.names)
    )
    return AgencyRegistry(agencies=tuple(agencies_out), groups=tuple(groups_out), defunct=defunct)


def outdated_names(
    registry: AgencyRegistry, on: datetime.date, province: str | None = None
) -> tuple[DefunctAgencyError, ...]:
    """The entries of a plan's own registry whose names are of bodies gone by ``on``.

    A plan that carries its own registry resolves through it; this finds the entries it
    names by the canonical name of a body that no longer existed on its date ("Sở Thông
    tin và Truyền thông" in a 2026 plan), each as the error the generic registry gives.

    >>> import datetime
    >>> own = AgencyRegistry(agencies=(
    ...     Agency(code="STTTT", name="Sở Thông tin và Truyền thông", level=AgencyLevel.DEPARTMENT),
    ... ))
    >>> [str(e).split(":")[0] for e in outdated_names(own, datetime.date(2026, 1, 1))]
    ["'Sở Thông tin và Truyền thông' no longer exists"]
    """
    generic = registry_on(on, province)
    found = []
    for entry in registry:
        try:
            generic.resolve(entry.name)
        except DefunctAgencyError as error:
            found.append(error)
        except UnknownAgencyError:
            continue  # the province's own body, unknown to the generic registry
    return tuple(found)


def body_sources() -> tuple[dict[str, Any], ...]:
    """The sources of the bodies' data: each with its id, document, issuer, date and URL.

    >>> decree = next(s for s in body_sources() if s["id"] == "S12")
    >>> decree["issued"], decree["document"].split(":")[0]
    ('2025-02-28', 'HĐND tỉnh Đồng Nai')
    """
    return tuple(_data()["sources"])


def _replace_members(group: AgencyGroup, members: tuple[Agency, ...]) -> AgencyGroup:
    if members == group.members:
        return group
    return AgencyGroup(
        code=group.code,
        name=group.name,
        short_name=group.short_name,
        members=members,
        open=group.open,
        aliases=group.aliases,
        name_en=group.name_en,
    )


# ---------------------------------------------------------------------- the data


@functools.cache
def _data() -> dict[str, Any]:
    path = resources.files("cchc_model") / "data" / "bodies.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _date(text: str | None) -> datetime.date | None:
    return None if text is None else datetime.date.fromisoformat(text)


def _exists(body: Mapping[str, Any], day: datetime.date) -> bool:
    start, end = _date(body.get("from")), _date(body.get("until"))
    return (start is None or start <= day) and (end is None or day <= end)


@functools.cache
def _entries() -> dict[str, dict[str, Any]]:
    """The data's bodies and groups by code."""
    data = _data()
    return {entry["code"]: entry for entry in (*data["bodies"], *data["groups"])}


@functools.cache
def _changes() -> tuple[datetime.date, ...]:
    """The dates the data change on (a body's first or last day), in order."""
    dates = {
        date
        for entry in _entries().values()
        for key in ("from", "until")
        if (date := _date(entry.get(key))) is not None
    }
    return tuple(sorted(dates))


def _era(day: datetime.date) -> datetime.date:
    """The day that stands for ``day``'s era: its last change not after it, or one before all.

    Every day between two changes reads the same, so registries are cached by this day.
    """
    changes = _changes()
    index = bisect.bisect_right(changes, day)
    return changes[index - 1] if index else changes[0] - datetime.timedelta(days=1)


@functools.lru_cache(maxsize=128)
def _registry(day: datetime.date, unit: Province | None) -> AgencyRegistry:
    data = _data()
    names = _Names(unit)
    agencies = [names.agency(body) for body in data["bodies"] if _exists(body, day)]
    by_code = {agency.code: agency for agency in agencies}
    groups = []
    for group in data["groups"]:
        if not _exists(group, day):
            continue
        members_spec = group["members"]
        if members_spec == "every_province_departments":
            codes = [
                b["code"]
                for b in data["bodies"]
                if b["level"] == "department" and b.get("every_province") and _exists(b, day)
            ]
        else:
            codes = [code for code in members_spec if code in by_code]
        groups.append(names.group(group, tuple(by_code[code] for code in codes)))
    live = {code for code, entry in _entries().items() if _exists(entry, day)}
    defunct = []
    for entry in _entries().values():
        ended = _date(entry.get("until"))
        if ended is None or ended >= day:
            continue
        successor = _successor(entry["code"], day)
        if successor is not None and successor in live:
            defunct.append(names.defunct(entry, ended, successor))
    return AgencyRegistry(agencies=tuple(agencies), groups=tuple(groups), defunct=tuple(defunct))


def _successor(code: str, day: datetime.date) -> str | None:
    """The body that has ``code``'s work on ``day``, following mergers one after another."""
    entries = _entries()
    current: str | None = code
    while current is not None and not _exists(entries[current], day):
        current = entries[current].get("successor")
    return current


_PROVINCE_WORD = re.compile(r"\btỉnh\b")
_PROVINCE_PARTY = re.compile(r"\bTỉnh (ủy|đoàn)\b")  # a city's are the Thành ủy, Thành đoàn


def _as_city(text: str) -> str:
    return _PROVINCE_PARTY.sub(r"Thành \1", _PROVINCE_WORD.sub("thành phố", text))


class _Names:
    """The names of the data's bodies for one province (or for any, when ``unit`` is None)."""

    def __init__(self, unit: Province | None) -> None:
        self.unit = unit
        self.city = unit is not None and unit.is_city
        self.word = "thành phố" if self.city else "tỉnh"

    def forms(self, text: str) -> list[str]:
        """``text`` for the unit: a city's words for a city; both forms when generic."""
        if self.unit is None:
            return list(dict.fromkeys([text, _as_city(text)]))
        return [_as_city(text) if self.city else text]

    def agency(self, body: Mapping[str, Any]) -> Agency:
        name, short, aliases = self.names(body)
        return Agency(
            code=body["code"],
            name=name,
            short_name=short,
            level=AgencyLevel(body["level"]),
            aliases=aliases,
            name_en=body.get("name_en"),
        )

    def group(self, spec: Mapping[str, Any], members: tuple[Agency, ...]) -> AgencyGroup:
        name, short, aliases = self.names(spec)
        return AgencyGroup(
            code=spec["code"],
            name=name,
            short_name=short,
            members=members,
            open=spec["open"],
            aliases=aliases,
            name_en=spec.get("name_en"),
        )

    def defunct(
        self, spec: Mapping[str, Any], ended: datetime.date, successor: str
    ) -> DefunctAgency:
        name, short, aliases = self.names(spec)
        return DefunctAgency(
            code=spec["code"],
            name=name,
            aliases=tuple(dict.fromkeys(filter(None, (short, *aliases)))),
            ended=ended,
            successors=(successor,),
            change=spec["change"],
            document=spec["document"],
        )

    def names(self, body: Mapping[str, Any]) -> tuple[str, str | None, tuple[str, ...]]:
        """The canonical name, the short name and the aliases of a body for the unit."""
        generic = self.forms(body["name"])
        name = generic[0]
        short_forms = self.forms(body["short_name"]) if body.get("short_name") else []
        aliases = [*generic[1:], *short_forms[1:]]
        for alias in body.get("aliases", ()):
            aliases.extend(self.forms(alias))
        unit = self.unit
        if unit is not None:
            if body.get("named_after_province"):  # "Ủy ban nhân dân tỉnh An Giang"
                aliases = [name, *(f"{a} {unit.name}" for a in short_forms), *aliases]
                name = f"{name} {unit.name}"
            elif body.get("province_name_replaces"):  # "Báo tỉnh" is the "Báo An Giang"
                aliases = [name, *aliases]
                name = name.replace(self.word, unit.name)
                short_forms = [s.replace(self.word, unit.name) for s in short_forms]
                aliases.extend([a.replace(self.word, unit.name) for a in aliases])
            elif re.search(rf"\b{self.word}$", name):  # "Thanh tra tỉnh An Giang"
                aliases.append(f"{name} {unit.name}")
            elif body.get("level") == "department":  # "Sở Nội vụ tỉnh An Giang"
                aliases.extend((f"{name} {self.word}", f"{name} {self.word} {unit.name}"))
        shown = short_forms[0] if short_forms else None
        aliases = [a for a in dict.fromkeys(aliases) if a not in (name, shown)]
        return name, shown, tuple(aliases)
