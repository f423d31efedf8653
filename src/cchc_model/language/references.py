"""References to legal and administrative documents, such as "Nghị định số 61/2018/NĐ-CP".

Vietnamese documents cite each other by kind, number and issuing-body code, often with a
date and an issuer: "Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ".
:func:`parse_reference` reads one citation; :func:`find_references` finds every citation
in a sentence:

>>> ref = parse_reference("Quyết định số 225/QĐ-TTg ngày 04 tháng 02 năm 2016")
>>> ref.kind, ref.number, ref.code, ref.date
(<DocumentKind.QUYET_DINH: 'Quyết định'>, '225', 'QĐ-TTg', datetime.date(2016, 2, 4))
>>> str(ref)
'Quyết định số 225/QĐ-TTg ngày 04/02/2016'
>>> [r.identifier for r in find_references("theo Nghị quyết số 18-NQ/TW, 19-NQ/TW")]
['18-NQ/TW', '19-NQ/TW']
"""

from __future__ import annotations

import datetime
import enum
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs

from cchc_model import _validators as _v
from cchc_model.errors import PhraseError
from cchc_model.language._lexer import refuse_long
from cchc_model.language.periods import MAX_YEAR, MIN_YEAR

__all__ = [
    "ISSUERS",
    "DocumentKind",
    "DocumentReference",
    "ReferenceParseError",
    "find_references",
    "parse_reference",
]


class ReferenceParseError(PhraseError):
    """A citation that is not a document reference; the message quotes it with a caret.

    .. versionadded:: 0.1.0
    """


class DocumentKind(enum.Enum):
    """The kind of a document (*loại văn bản*), valued by its Vietnamese name."""

    LUAT = "Luật"
    BO_LUAT = "Bộ luật"
    NGHI_QUYET = "Nghị quyết"
    NGHI_DINH = "Nghị định"
    QUYET_DINH = "Quyết định"
    CHI_THI = "Chỉ thị"
    THONG_TU = "Thông tư"
    KE_HOACH = "Kế hoạch"
    CHUONG_TRINH = "Chương trình"
    DE_AN = "Đề án"
    THONG_BAO = "Thông báo"
    HUONG_DAN = "Hướng dẫn"
    BAO_CAO = "Báo cáo"
    CONG_VAN = "Công văn"
    VAN_BAN = "Văn bản"

    @property
    def label_en(self) -> str:
        """An English name for integrators."""
        return _KIND_EN[self]


_KIND_EN = {
    DocumentKind.LUAT: "Law",
    DocumentKind.BO_LUAT: "Code",
    DocumentKind.NGHI_QUYET: "Resolution",
    DocumentKind.NGHI_DINH: "Decree",
    DocumentKind.QUYET_DINH: "Decision",
    DocumentKind.CHI_THI: "Directive",
    DocumentKind.THONG_TU: "Circular",
    DocumentKind.KE_HOACH: "Plan",
    DocumentKind.CHUONG_TRINH: "Programme",
    DocumentKind.DE_AN: "Scheme",
    DocumentKind.THONG_BAO: "Notice",
    DocumentKind.HUONG_DAN: "Guidance",
    DocumentKind.BAO_CAO: "Report",
    DocumentKind.CONG_VAN: "Official letter",
    DocumentKind.VAN_BAN: "Document",
}

#: Issuing bodies recognised after "của" in a citation, longest first.
ISSUERS: tuple[str, ...] = tuple(
    sorted(
        (
            "Chính phủ",
            "Thủ tướng Chính phủ",
            "Quốc hội",
            "Ủy ban Thường vụ Quốc hội",
            "Ban Chấp hành Trung ương",
            "Ban Chấp hành Trung ương Đảng",
            "Ban Chấp hành Trung ương Đảng khóa XII",
            "Bộ Chính trị",
            "Bộ Nội vụ",
            "Bộ Tài chính",
            "Bộ Thông tin và Truyền thông",
            "Bộ Khoa học và Công nghệ",
            "Bộ Tư pháp",
            "Bộ Kế hoạch và Đầu tư",
            "Văn phòng Chính phủ",
            "UBND tỉnh",
            "Ủy ban nhân dân tỉnh",
            "Chủ tịch UBND tỉnh",
            "Chủ tịch Ủy ban nhân dân tỉnh",
            "HĐND tỉnh",
            "Hội đồng nhân dân tỉnh",
            "Tỉnh ủy",
        ),
        key=lambda name: (-len(name), name),
    )
)
# Typos seen in real plans, corrected explicitly (never guessed): the printed code → the code.
_CODE_TYPOS = {"N/Đ-CP": "NĐ-CP"}

_KINDS = sorted((k.value for k in DocumentKind), key=len, reverse=True)
_KIND_RE = "|".join(re.escape(k) for k in _KINDS)
# "30c/NQ-CP", "61/2018/NĐ-CP", "18-NQ/TW", "581/BNV-CCHC", "130/2005/N/Đ-CP".
_IDENTIFIER = (
    r"(?P<number>\d+[a-zđ]?)"
    r"(?:(?P<sep>[/-])(?:(?P<year>\d{4})/)?(?P<code>[A-ZĐ][\wĐđ]*(?:[/-][\wĐđ]+)*))?"
)
_DATE = (
    r"(?:\s+ngày\s+(?:(?P<d1>\d{1,2})\s+tháng\s+(?P<m1>\d{1,2})\s+năm\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})))?"
)
_ISSUER = r"(?:\s+của\s+(?P<issuer>" + "|".join(re.escape(i) for i in ISSUERS) + r"))?"
_REFERENCE = re.compile(
    rf"(?P<kind>{_KIND_RE})(?:\s+số)?\s+{_IDENTIFIER}{_DATE}{_ISSUER}", re.IGNORECASE
)
# A further identifier of the same kind in a list: "Nghị quyết số 18-NQ/TW, 19-NQ/TW".
_MORE = re.compile(rf",\s*(?:và\s+)?{_IDENTIFIER}{_DATE}{_ISSUER}", re.IGNORECASE)
# What every citation holds: a space before a digit (its number), and one of the kinds,
# in any letter case.  Most titles cite nothing, and the search, case-insensitive over
# fifteen kinds at every position, costs some 30 µs a title: the citations are matched
# only where a kind starts in the text's lower case (see _starts).
_SPACE_DIGIT = re.compile(r"\s\d")
_KINDS_LOWER = tuple(kind.lower() for kind in _KINDS)


@attrs.frozen(kw_only=True)
class DocumentReference:
    """A citation of a document: kind, number, issuing-body code, date and issuer.

    Attributes:
        kind: The document kind (*Nghị định*, *Quyết định*…).
        number: Its number as written, letters included ("30c").
        year: The year in the identifier ("61/2018/NĐ-CP" → 2018), if written there.
        code: The issuing-body code ("NĐ-CP", "QĐ-TTg", "NQ/TW"), if written.
        date: The date of issue, if cited.
        issuer: The issuing body named after "của", if cited.

    .. versionadded:: 0.1.0
    """

    kind: DocumentKind = attrs.field(validator=attrs.validators.instance_of(DocumentKind))
    number: str = attrs.field(validator=attrs.validators.matches_re(r"\d+[a-zđ]?"))
    year: int | None = attrs.field(default=None)
    code: str | None = attrs.field(default=None, validator=_v.optional_text)
    date: datetime.date | None = attrs.field(default=None, validator=_v.optional_date)
    issuer: str | None = attrs.field(default=None, validator=_v.optional_text)

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"year must be an int, not {value!r}")
        if not 1900 <= value <= MAX_YEAR:
            raise ValueError(f"year {value} is outside 1900–{MAX_YEAR}")

    @property
    def identifier(self) -> str:
        """The number and code as citations write them, such as "61/2018/NĐ-CP"."""
        if self.code is None:
            return self.number
        if "/" in self.code and self.year is None:  # Party documents: "18-NQ/TW"
            return f"{self.number}-{self.code}"
        year = f"{self.year}/" if self.year is not None else ""
        return f"{self.number}/{year}{self.code}"

    def __str__(self) -> str:
        text = f"{self.kind.value} số {self.identifier}"
        if self.date is not None:
            text += f" ngày {self.date:%d/%m/%Y}"
        if self.issuer is not None:
            text += f" của {self.issuer}"
        return text


def _build(match: re.Match[str], kind: DocumentKind, text: str) -> DocumentReference:
    groups = match.groupdict()
    date = None
    day, month, year = (
        (groups["d1"], groups["m1"], groups["y1"])
        if groups.get("d1")
        else (groups.get("d2"), groups.get("m2"), groups.get("y2"))
    )
    if day and month and year:
        try:
            date = datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise ReferenceParseError(
                f"{day}/{month}/{year} is not a date", text=text, span=match.span()
            ) from None
        if not MIN_YEAR <= date.year <= MAX_YEAR:
            raise ReferenceParseError(
                f"the year {date.year} is outside {MIN_YEAR}–{MAX_YEAR}",
                text=text,
                span=match.span(),
            )
    code = groups.get("code")
    code = _CODE_TYPOS.get(code, code) if code else None
    issuer = groups.get("issuer")
    if groups.get("year") and not 1900 <= int(groups["year"]) <= MAX_YEAR:
        raise ReferenceParseError(
            f"the year {int(groups['year'])} is outside 1900–{MAX_YEAR}",
            text=text,
            span=match.span("year"),
        )
    return DocumentReference(
        kind=kind,
        number=groups["number"].lower(),
        year=int(groups["year"]) if groups.get("year") else None,
        code=code,
        date=date,
        issuer=_canonical_issuer(issuer) if issuer else None,
    )


def _canonical_issuer(name: str) -> str:
    folded = name.casefold()
    return next(issuer for issuer in ISSUERS if issuer.casefold() == folded)


def _kind_of(word: str) -> DocumentKind:
    folded = word.casefold()
    return next(kind for kind in DocumentKind if kind.value.casefold() == folded)


def parse_reference(text: str) -> DocumentReference:
    """Parse one citation; the whole text must be the citation.

    >>> str(parse_reference("Nghị định 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ"))
    'Nghị định số 43/2011/NĐ-CP ngày 13/06/2011 của Chính phủ'
    >>> parse_reference("Nghị định số 61/2018/NĐ-CP của Bộ Ngoại giao")
    Traceback (most recent call last):
    ...
    cchc_model.language.references.ReferenceParseError: unexpected text after the citation
        Nghị định số 61/2018/NĐ-CP của Bộ Ngoại giao
                                   ^~~~~~~~~~~~~~~~~

    Raises:
        ReferenceParseError: the text is not exactly one citation, or is longer than
            :data:`~cchc_model.limits.MAX_PHRASE_CHARACTERS`.
    """
    nfc = " ".join(unicodedata.normalize("NFC", text).split())
    refuse_long(nfc, ReferenceParseError)
    match = _REFERENCE.match(nfc)
    if match is None:
        raise ReferenceParseError(
            "expected a citation such as 'Nghị định số 61/2018/NĐ-CP'",
            text=nfc,
            span=(0, max(1, len(nfc))),
        )
    end = match.end()
    if end != len(nfc.rstrip(".;, ")):
        start = end + len(nfc[end:]) - len(nfc[end:].lstrip(" "))
        raise ReferenceParseError(
            "unexpected text after the citation", text=nfc, span=(start, len(nfc))
        )
    return _build(match, _kind_of(match.group("kind")), nfc)


def find_references(text: str) -> tuple[DocumentReference, ...]:
    """Every citation in ``text``, in order; lists share their kind ("18-NQ/TW, 19-NQ/TW").

    Raises:
        ReferenceParseError: a citation's date is not a date ("ngày 31/02/2016").


    >>> [str(r) for r in find_references(
    ...     "Căn cứ Quyết định số 324/QĐ-UBND ngày 05 tháng 02 năm 2016 của UBND tỉnh; "
    ...     "Nghị định 61/2018/NĐ-CP")]
    ['Quyết định số 324/QĐ-UBND ngày 05/02/2016 của UBND tỉnh', 'Nghị định số 61/2018/NĐ-CP']
    """
    nfc = " ".join(unicodedata.normalize("NFC", text).split())
    if _SPACE_DIGIT.search(nfc) is None:
        return ()
    found: list[DocumentReference] = []
    position = 0
    for start in _starts(nfc):
        if start < position:
            continue  # inside the citations found
        match = _REFERENCE.match(nfc, start)
        if match is None:
            continue
        kind = _kind_of(match.group("kind"))
        found.append(_build(match, kind, nfc))
        position = match.end()
        while (more := _MORE.match(nfc, position)) is not None and more.group("code"):
            found.append(_build(more, kind, nfc))
            position = more.end()
    return tuple(found)


def _starts(nfc: str) -> Iterable[int]:
    """Where a citation of ``nfc`` may start, in order: every place a kind starts.

    The same places, tried in order, as :meth:`re.Pattern.search` tries, less those where
    no kind starts: re.IGNORECASE matches a letter of a kind where the text's letter has
    the same lower case, and no letter of the kinds is matched by another (``ſ`` for
    "s", ``ı`` for "i", ``K`` for "k" lowers to "k").  Where lowering changes the length of
    the text ("İ" lowers to two letters), every place.
    """
    lower = nfc.lower()
    if len(lower) != len(nfc):
        return range(len(nfc))
    starts = set()
    for kind in _KINDS_LOWER:
        at = lower.find(kind)
        while at != -1:
            starts.add(at)
            at = lower.find(kind, at + 1)
    return sorted(starts)
