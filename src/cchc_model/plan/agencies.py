"""Agencies (*cơ quan*), agency groups, and the registry that resolves their loose names.

Plans name agencies loosely: abbreviations ("Sở TT&TT", "UBND", "BCĐ CCHC"), groups
("Các sở, ban ngành; UBND cấp huyện"), varying case and spacing, typos.  An
:class:`AgencyRegistry` knows each body's canonical name, code, level and aliases, and
resolves a name to exactly one :class:`Agency` or :class:`AgencyGroup`:

>>> registry = AgencyRegistry(
...     agencies=(
...         Agency(code="SNV", name="Sở Nội vụ", level=AgencyLevel.DEPARTMENT),
...         Agency(
...             code="STTTT",
...             name="Sở Thông tin và Truyền thông",
...             level=AgencyLevel.DEPARTMENT,
...             aliases=("Sở TT&TT",),
...         ),
...     ),
... )
>>> registry.resolve("sở tt&tt").code
'STTTT'
>>> registry.resolve("So Noi vu").name   # without diacritics, where unambiguous
'Sở Nội vụ'
>>> try:
...     registry.resolve("Sở Nội Vụ tỉnh")
... except LookupError as error:
...     print(error)
unknown agency 'Sở Nội Vụ tỉnh'; closest known names: 'Sở Nội vụ'

Matching ignores case, spacing, Unicode form, the old placement of tone marks ("Uỷ" for
"Ủy") and spells "Ủy ban nhân dân" and "UBND" alike; without diacritics it matches only
when exactly one known name fits.  Typos are matched only through explicit aliases,
never guessed.
"""

from __future__ import annotations

import bisect
import datetime
import difflib
import enum
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from cchc_model.errors import CchcError

__all__ = [
    "Agency",
    "AgencyGroup",
    "AgencyLevel",
    "AgencyRegistry",
    "AmbiguousAgencyError",
    "DefunctAgency",
    "DefunctAgencyError",
    "UnknownAgencyError",
    "agency_key",
]


class UnknownAgencyError(CchcError, LookupError):
    """A name that no agency or group of the registry answers to.

    Attributes:
        name: The name as given.
        suggestions: The closest known names, best first (possibly empty).

    .. versionadded:: 0.1.0
    """

    def __init__(self, name: str, suggestions: tuple[str, ...]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = (
            "; closest known names: " + ", ".join(repr(s) for s in suggestions)
            if suggestions
            else ""
        )
        super().__init__(f"unknown agency {name!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the fields."""
        return (type(self), (self.name, self.suggestions))


class AmbiguousAgencyError(UnknownAgencyError):
    """A name without diacritics that fits several agencies; write it with its diacritics."""

    def __init__(self, name: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(name, suggestions)
        self.args = (
            f"ambiguous agency {name!r} without diacritics: it could be "
            + " or ".join(repr(s) for s in suggestions),
        )


class DefunctAgencyError(UnknownAgencyError):
    """A name of a body that no longer exists; the error names what replaced it.

    Attributes:
        name: The name as given.
        defunct: The body that name belonged to.
        successors: The bodies that took its work over, as named on the registry's date.

    .. versionadded:: 0.2.0
    """

    def __init__(
        self, name: str, defunct: DefunctAgency, successors: tuple[Agency | AgencyGroup, ...]
    ) -> None:
        super().__init__(name, tuple(s.name for s in successors))
        self.defunct = defunct
        self.successors = successors
        since = defunct.ended + datetime.timedelta(days=1)
        now = " and ".join(repr(s.name) for s in successors)
        self.args = (
            f"{name!r} no longer exists: since {since:%d/%m/%Y} its work is done by {now} "
            f"({defunct.change}; {defunct.document})",
        )

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the fields."""
        return (type(self), (self.name, self.defunct, self.successors))


class AgencyLevel(enum.Enum):
    """Where an agency sits in the administration."""

    CENTRAL = "central"
    """A central body, such as *Chính phủ* or *Bộ Nội vụ*."""
    PARTY = "party"
    """A Party body, such as *Tỉnh ủy*."""
    COUNCIL = "council"
    """A People's Council, such as *Hội đồng nhân dân tỉnh*."""
    PROVINCE = "province"
    """The provincial People's Committee (*Ủy ban nhân dân tỉnh*) and its chair."""
    DEPARTMENT = "department"
    """A provincial department or agency (*sở, ban, ngành*)."""
    STEERING_COMMITTEE = "steering_committee"
    """A steering committee (*Ban Chỉ đạo*)."""
    DISTRICT = "district"
    """A district-level People's Committee (*UBND cấp huyện*)."""
    COMMUNE = "commune"
    """A commune-level People's Committee (*UBND cấp xã*)."""
    MASS_ORGANISATION = "mass_organisation"
    """A mass organisation, such as the Fatherland Front or the Youth Union."""
    PRESS = "press"
    """A newspaper, a radio or television station, or a portal."""
    PUBLIC_SERVICE_UNIT = "public_service_unit"
    """A public service unit (*đơn vị sự nghiệp*)."""
    ENTERPRISE = "enterprise"
    """An enterprise, such as the provincial post office."""


# Spellings that NFC does not unify: the old placement of tone marks.
_TONE_PLACEMENT = (("uỷ", "ủy"), ("hoà", "hòa"), ("thuỷ", "thủy"), ("tuỳ", "tùy"), ("hoá", "hóa"))


def agency_key(name: str) -> str:
    """The form in which names are compared: case, spacing and spelling folded.

    >>> agency_key("  Uỷ ban nhân dân   tỉnh ")
    'ubnd tỉnh'
    >>> agency_key("Sở TT & TT") == agency_key("sở tt&tt")
    True
    """
    key = unicodedata.normalize("NFC", name).casefold()
    for old, new in _TONE_PLACEMENT:
        key = key.replace(old, new)
    key = re.sub("[–—−‐]", "-", key)
    key = re.sub(r"\s*([&/,;().-])\s*", r"\1", key)
    key = " ".join(key.split()).strip(" .;,")
    return key.replace("ủy ban nhân dân", "ubnd")


# What separates the parts of a cell ("Sở A, Sở B và Sở C"), as they show in a key; "va"
# too, so that a key never has fewer parts than the text it was made from.
_PARTS = re.compile(r",|\s+v[àa]\s+")


def _ascii_key(key: str) -> str:
    stripped = unicodedata.normalize("NFD", key.replace("đ", "d"))
    ascii_key = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return ascii_key.replace("uy ban nhan dan", "ubnd")


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be non-empty text, not {value!r}")
    if value != " ".join(value.split()) or not unicodedata.is_normalized("NFC", value):
        raise ValueError(f"{attribute.name} must be single-spaced NFC text, not {value!r}")


def _check_optional_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_name(instance, attribute, value)


def _check_aliases(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"aliases must be a tuple of str, not {value!r}")
    for alias in value:
        _check_name(instance, attribute, alias)


_CODE = re.compile(r"[A-Z][A-Z0-9_]*")


@attrs.frozen(kw_only=True, repr=False)
class Agency:
    """A body that leads or takes part in tasks: a department, a district, a newspaper.

    Attributes:
        code: A short, stable ASCII code ("SNV"): the agency's identity in plan files.
        name: The canonical full name ("Sở Nội vụ").
        short_name: The short name reports print, if it has one ("Sở TT&TT").
        level: Where it sits in the administration.
        aliases: Other names it answers to: abbreviations, older names, known typos.
        name_en: An English name for integrators, if known.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.matches_re(_CODE))
    name: str = attrs.field(validator=_check_name)
    short_name: str | None = attrs.field(default=None, validator=_check_optional_name)
    level: AgencyLevel = attrs.field(validator=attrs.validators.instance_of(AgencyLevel))
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_check_aliases)
    name_en: str | None = attrs.field(default=None, validator=_check_optional_name)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, the short name, then the aliases (each once)."""
        return tuple(dict.fromkeys((self.name, *filter(None, (self.short_name,)), *self.aliases)))

    @property
    def label(self) -> str:
        """The name reports print: the short name where there is one."""
        return self.short_name or self.name

    def __repr__(self) -> str:
        return f"<Agency {self.code} {self.name!r} ({self.level.value})>"

    def __str__(self) -> str:
        return self.name


def _check_members(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(m, Agency) for m in value):
        raise TypeError(f"members must be a tuple of Agency, not {value!r}")
    codes = [m.code for m in value]
    if len(set(codes)) != len(codes):
        raise ValueError(f"a group lists each member once, not {codes}")


@attrs.frozen(kw_only=True, repr=False)
class AgencyGroup:
    """A group of agencies named as one: "Các sở, ban, ngành", "UBND cấp huyện".

    Attributes:
        code: A short, stable ASCII code, unique among agencies and groups.
        name: The canonical name.
        short_name: The short name reports print, if it has one.
        members: The agencies the province defines as the group's members, in order.
        open: Whether the group is open: "cơ quan, đơn vị có liên quan" (the bodies
            concerned) cannot be listed, and a group whose members the plan does not
            define (the communes, the steering committee's members) is open too.  An open
            group may list the members it is known to have.
        aliases: Other names it answers to.
        name_en: An English name for integrators, if known.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.matches_re(_CODE))
    name: str = attrs.field(validator=_check_name)
    short_name: str | None = attrs.field(default=None, validator=_check_optional_name)
    members: tuple[Agency, ...] = attrs.field(default=(), validator=_check_members)
    open: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_check_aliases)
    name_en: str | None = attrs.field(default=None, validator=_check_optional_name)

    def __attrs_post_init__(self) -> None:
        if not self.open and not self.members:
            raise ValueError(f"the closed group {self.name!r} needs its members")

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, the short name, then the aliases (each once)."""
        return tuple(dict.fromkeys((self.name, *filter(None, (self.short_name,)), *self.aliases)))

    @property
    def label(self) -> str:
        """The name reports print: the short name where there is one."""
        return self.short_name or self.name

    def __repr__(self) -> str:
        return f"<AgencyGroup {self.code} {self.name!r}: {len(self.members)} members>"

    def __contains__(self, agency: object) -> bool:
        return agency in self.members

    def __str__(self) -> str:
        return self.name


@attrs.frozen(kw_only=True)
class DefunctAgency:
    """A body that no longer exists, the names it went by, and what took its work over.

    A registry holds the bodies that ceased before its date so that a plan naming one
    ("Sở Thông tin và Truyền thông" in 2026) gets an error naming the successor
    (:class:`DefunctAgencyError`) rather than a bare "unknown agency".

    Attributes:
        code: Its code while it existed ("STTTT").
        name: Its canonical name.
        aliases: The other names it answered to.
        ended: The last day it existed (28/02/2025 for the departments merged on 01/03/2025).
        successors: The codes of the registry's entries that took its work over, main first.
        change: What happened to it, in the words of the sources ("hợp nhất vào Sở …").
        document: The document that made the change.

    .. versionadded:: 0.2.0
    """

    code: str = attrs.field(validator=attrs.validators.matches_re(_CODE))
    name: str = attrs.field(validator=_check_name)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_check_aliases)
    ended: datetime.date = attrs.field(validator=attrs.validators.instance_of(datetime.date))
    successors: tuple[str, ...] = attrs.field(
        validator=attrs.validators.deep_iterable(
            attrs.validators.matches_re(_CODE), attrs.validators.instance_of(tuple)
        )
    )
    change: str = attrs.field(validator=_check_name)
    document: str = attrs.field(validator=_check_name)

    @successors.validator
    def _check_successors(self, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        if not value:
            raise ValueError(f"the defunct body {self.code!r} needs a successor")

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, then the aliases (each once)."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    def __str__(self) -> str:
        return self.name


def _index(
    agencies: tuple[Agency, ...], groups: tuple[AgencyGroup, ...]
) -> dict[str, Agency | AgencyGroup]:
    index: dict[str, Agency | AgencyGroup] = {}
    entries: tuple[Agency | AgencyGroup, ...] = (*agencies, *groups)
    for entry in entries:
        for name in entry.names:
            key = agency_key(name)
            other = index.get(key)
            if other is not None and other is not entry:
                raise ValueError(
                    f"the name {name!r} is given to both {other.code} and {entry.code}"
                )
            index[key] = entry
    return index


@attrs.frozen(kw_only=True, repr=False)
class AgencyRegistry:
    """The agencies and groups a plan names, and the names they answer to.

    Codes are unique across agencies and groups, every name and alias names one entry,
    and every member of a group is an agency of the registry.  ``defunct`` lists the
    bodies that no longer exist, each with its successors among the entries: their
    names raise :class:`DefunctAgencyError` instead of resolving.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``defunct``.
    """

    agencies: tuple[Agency, ...] = attrs.field(default=())
    groups: tuple[AgencyGroup, ...] = attrs.field(default=())
    defunct: tuple[DefunctAgency, ...] = attrs.field(default=())
    _by_key: dict[str, Agency | AgencyGroup] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    _by_ascii: dict[str, tuple[Agency | AgencyGroup, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    _by_code: dict[str, Agency | AgencyGroup] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    _defunct_by_key: dict[str, DefunctAgency] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    # The most parts ("," and "và") any known name has: a cell's run of more parts cannot
    # be one name, which keeps reading a long cell linear.
    _parts: int = attrs.field(init=False, repr=False, eq=False, hash=False)
    # The keys by length, and their lengths, for suggestions (see closest).
    _keys: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _lengths: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if not all(isinstance(a, Agency) for a in self.agencies):
            raise TypeError("agencies must be a tuple of Agency")
        if not all(isinstance(g, AgencyGroup) for g in self.groups):
            raise TypeError("groups must be a tuple of AgencyGroup")
        by_code: dict[str, Agency | AgencyGroup] = {}
        entries: tuple[Agency | AgencyGroup, ...] = (*self.agencies, *self.groups)
        for entry in entries:
            if entry.code in by_code:
                raise ValueError(f"the code {entry.code!r} is used twice")
            by_code[entry.code] = entry
        for group in self.groups:
            for member in group.members:
                if by_code.get(member.code) != member:
                    raise ValueError(
                        f"{member.code!r}, a member of {group.code!r}, is not an agency of "
                        "the registry"
                    )
        by_key = _index(self.agencies, self.groups)
        by_ascii: dict[str, tuple[Agency | AgencyGroup, ...]] = {}
        for key, entry in by_key.items():
            found = by_ascii.get(_ascii_key(key), ())
            if entry not in found:
                by_ascii[_ascii_key(key)] = (*found, entry)
        object.__setattr__(self, "_by_code", by_code)
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_by_ascii", by_ascii)
        defunct_by_key = self._index_defunct(by_code, by_key)
        object.__setattr__(self, "_defunct_by_key", defunct_by_key)
        parts = (len(_PARTS.split(key)) for key in (*by_key, *defunct_by_key))
        object.__setattr__(self, "_parts", max(parts, default=1))
        keys = tuple(sorted(by_key, key=len))
        object.__setattr__(self, "_keys", keys)
        object.__setattr__(self, "_lengths", tuple(map(len, keys)))

    def _index_defunct(
        self, by_code: dict[str, Agency | AgencyGroup], by_key: dict[str, Agency | AgencyGroup]
    ) -> dict[str, DefunctAgency]:
        if not all(isinstance(d, DefunctAgency) for d in self.defunct):
            raise TypeError("defunct must be a tuple of DefunctAgency")
        index: dict[str, DefunctAgency] = {}
        for body in self.defunct:
            for code in body.successors:
                if code not in by_code:
                    raise ValueError(
                        f"the successor {code!r} of the defunct {body.code!r} is not an entry "
                        "of the registry"
                    )
            for name in body.names:
                key = agency_key(name)
                if key in by_key:
                    raise ValueError(
                        f"the name {name!r} is given to both {by_key[key].code} and the "
                        f"defunct {body.code}"
                    )
                index.setdefault(key, body)
        return index

    def __repr__(self) -> str:
        counts = f"{len(self.agencies)} agencies, {len(self.groups)} groups"
        return f"<AgencyRegistry: {counts}, {len(self.defunct)} defunct>"

    def __contains__(self, entry: object) -> bool:
        code = getattr(entry, "code", None)
        return isinstance(code, str) and self._by_code.get(code) == entry

    def __iter__(self) -> Iterator[Agency | AgencyGroup]:
        yield from self.agencies
        yield from self.groups

    def __len__(self) -> int:
        return len(self.agencies) + len(self.groups)

    def get(self, code: str) -> Agency | AgencyGroup:
        """The agency or group with this code.

        Raises:
            UnknownAgencyError: no entry has the code.
        """
        try:
            return self._by_code[code]
        except KeyError:
            close = difflib.get_close_matches(code, list(self._by_code), n=3)
            raise UnknownAgencyError(code, tuple(close)) from None

    def resolve(self, name: str) -> Agency | AgencyGroup:
        """The agency or group that ``name`` (or a code) names.

        Raises:
            UnknownAgencyError: no entry answers to the name; the error lists the closest.
            AmbiguousAgencyError: written without diacritics, the name fits several.
            DefunctAgencyError: the name is that of a body that no longer exists; the
                error names its successors.
        """
        found = self._lookup(name)
        if found is None:
            raise UnknownAgencyError(name, self.closest(name))
        return found

    def _lookup(self, name: str) -> Agency | AgencyGroup | None:
        """:meth:`resolve` without the suggestions: ``None`` for an unknown name."""
        if name in self._by_code:
            return self._by_code[name]
        key = agency_key(name)
        found = self._by_key.get(key)
        if found is not None:
            return found
        defunct = self._defunct_by_key.get(key)
        if defunct is not None:
            successors = tuple(self._by_code[code] for code in defunct.successors)
            raise DefunctAgencyError(name, defunct, successors)
        candidates = self._by_ascii.get(_ascii_key(key), ())
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            raise AmbiguousAgencyError(name, tuple(c.name for c in candidates))
        return None

    def closest(self, name: str, count: int = 3) -> tuple[str, ...]:
        """The canonical names of the entries most like ``name``, best first.

        The names :func:`difflib.get_close_matches` finds (a ratio of at least 0.6),
        compared only with the names of a length that can reach that ratio (from 3/7 to
        7/3 of the name's), found by bisection in an index of the names by length built
        with the registry: a name far longer or shorter than every known name costs
        nothing, and a misspelt name is compared with its peers in length only.

        >>> from cchc_model.plan.bodies import registry_on
        >>> import datetime
        >>> registry_on(datetime.date(2026, 1, 1)).closest("Sở Tài chánh")
        ('Sở Tài chính', 'Bộ Tài chính', 'Sở Tư pháp')
        """
        key = agency_key(name)
        # A ratio 2M/(a+b) >= 0.6 with M <= min(a, b) needs 3/7 <= b/a <= 7/3.
        low = bisect.bisect_left(self._lengths, (3 * len(key) + 6) // 7)
        high = bisect.bisect_right(self._lengths, 7 * len(key) // 3)
        keys = difflib.get_close_matches(key, self._keys[low:high], n=10, cutoff=0.6)
        entries = dict.fromkeys(self._by_key[k] for k in keys)
        return tuple(entry.name for entry in entries)[:count]

    def resolve_all(self, text: str) -> tuple[Agency | AgencyGroup, ...]:
        """Every agency and group a table cell names, in order.

        The cell is split at ";" and then, where the whole part is not a known name, at
        "," and " và " into the longest known names; an elided "cấp xã" after
        "UBND cấp huyện" reads as "UBND cấp xã".

        Raises:
            UnknownAgencyError: some part names no known agency.
        """
        found: list[Agency | AgencyGroup] = []
        for part in re.split(r"\s*;\s*", " ".join(text.split())):
            if part:
                found.extend(self._split(part))
        return tuple(dict.fromkeys(found))

    def resolve_known(
        self, text: str
    ) -> tuple[tuple[Agency | AgencyGroup, ...], tuple[UnknownAgencyError, ...]]:
        """The entries a cell names that resolve, and an error for each part that does not.

        The lenient form of :meth:`resolve_all` for importers: an unknown part (with the
        unknown parts that follow it, "Sở Văn hóa, Thể thao" is one part) becomes an
        error that names the closest known names, and the rest of the cell still reads.

        >>> from cchc_model.plan.bodies import registry_on
        >>> import datetime
        >>> registry = registry_on(datetime.date(2026, 1, 1))
        >>> found, missed = registry.resolve_known("Sở Nội vụ; Sở Ngoại giao, Sở Tư pháp")
        >>> [entry.code for entry in found], [error.name for error in missed]
        (['SNV', 'STP'], ['Sở Ngoại giao'])
        """
        found: list[Agency | AgencyGroup] = []
        missed: list[UnknownAgencyError] = []
        for part in re.split(r"\s*;\s*", " ".join(text.split())):
            if part:
                found.extend(self._split(part, missed))
        return tuple(dict.fromkeys(found)), tuple(missed)

    def _split(
        self, part: str, missed: list[UnknownAgencyError] | None = None
    ) -> list[Agency | AgencyGroup]:
        pieces = re.split(r"(\s*,\s*|\s+và\s+)", part)
        words = pieces[0::2]
        separators = pieces[1::2]
        found: list[Agency | AgencyGroup] = []
        start = 0
        previous = ""
        while start < len(words):
            for stop in range(min(len(words), start + self._parts), start, -1):
                candidate = words[start]
                for i in range(start + 1, stop):
                    candidate += separators[i - 1] + words[i]
                try:
                    entry = self._try(candidate, previous)
                except DefunctAgencyError as error:
                    if missed is None:
                        raise
                    missed.append(error)  # the writer meant a body that has ceased
                    previous = candidate
                    start = stop
                    break
                if entry is not None:
                    found.append(entry)
                    previous = candidate
                    start = stop
                    break
            else:
                if missed is None:
                    piece = part if len(words) == 1 else words[start]
                    raise UnknownAgencyError(piece, self.closest(piece))
                stop = start + 1  # the unknown parts that follow belong to the same name
                while stop < len(words) and not self._starts_known(words, separators, stop):
                    stop += 1
                piece = words[start]
                for i in range(start + 1, stop):
                    piece += separators[i - 1] + words[i]
                try:
                    missed.append(UnknownAgencyError(piece, self.closest(piece)))
                except UnknownAgencyError as error:  # pragma: no cover - closest never raises
                    missed.append(error)
                start = stop
        return found

    def _starts_known(self, words: list[str], separators: list[str], start: int) -> bool:
        """Whether some known name begins at ``words[start]``."""
        candidate = ""
        for i in range(start, min(len(words), start + self._parts)):
            candidate = words[i] if i == start else candidate + separators[i - 1] + words[i]
            try:
                if self._try(candidate, "") is not None:
                    return True
            except UnknownAgencyError:
                return True  # a defunct name: known, and reported as such
        return False

    def _try(self, candidate: str, previous: str) -> Agency | AgencyGroup | None:
        try:
            found = self._lookup(candidate)
        except DefunctAgencyError:
            raise  # a defunct body's name is what the writer meant: say what replaced it
        except UnknownAgencyError:  # ambiguous
            found = None
        if found is not None:
            return found
        # "UBND cấp huyện, cấp xã": the second part borrows the first's head.
        head = re.match(r"(.*?)\s*(cấp\s+\S+|huyện|thị xã|thành phố)$", previous)
        if head and candidate.startswith("cấp "):
            try:
                return self._lookup(f"{head.group(1)} {candidate}")
            except UnknownAgencyError:
                return None
        return None

    def members_of(self, entry: Agency | AgencyGroup) -> tuple[Agency, ...]:
        """The agencies an entry stands for: itself, or a group's members."""
        return (entry,) if isinstance(entry, Agency) else entry.members

    def groups_of(self, agency: Agency) -> tuple[AgencyGroup, ...]:
        """The groups an agency belongs to."""
        return tuple(group for group in self.groups if agency in group.members)

    @classmethod
    def of(
        cls, entries: Iterable[Agency | AgencyGroup], defunct: Iterable[DefunctAgency] = ()
    ) -> AgencyRegistry:
        """A registry of the given agencies and groups, in order."""
        items = list(entries)
        return cls(
            agencies=tuple(e for e in items if isinstance(e, Agency)),
            groups=tuple(e for e in items if isinstance(e, AgencyGroup)),
            defunct=tuple(defunct),
        )
