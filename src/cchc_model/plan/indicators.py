"""Target indicators (*chỉ tiêu*) of a plan, parsed from their Vietnamese sentences.

A plan's section "Các chỉ tiêu chủ yếu" lists targets such as "100% thủ tục hành chính …
được tiếp nhận, giải quyết, trả kết quả đúng hạn", "Từ 80% trở lên số văn bản đi được
phát hành trên trục liên thông Quốc gia" or "Chỉ số cải cách hành chính (PAR INDEX) tỉnh
An Giang năm 2020 trong nhóm 15/63 tỉnh, thành của cả nước".  :func:`parse_indicator`
reads one sentence into an :class:`Indicator` with a typed target:

>>> i = parse_indicator("Từ 80% trở lên số văn bản đi được phát hành trên trục liên thông.")
>>> i.target
ShareTarget(at_least=Decimal('80'))
>>> i.population, i.criterion
('số văn bản đi', 'được phát hành trên trục liên thông')
>>> parse_indicator(
...     "Chỉ số cải cách hành chính (PAR INDEX) tỉnh An Giang năm 2020 trong nhóm 15/63 "
...     "tỉnh, thành của cả nước."
... ).target
RankTarget(top=15, of=63)
"""

from __future__ import annotations

import decimal
import re
import unicodedata
from typing import Any

import attrs

from cchc_model._reprs import shorten
from cchc_model.errors import PhraseError
from cchc_model.language._lexer import refuse_long
from cchc_model.language.references import DocumentReference, ReferenceParseError, find_references

__all__ = [
    "CRITERION_MARKERS",
    "Indicator",
    "IndicatorParseError",
    "RankTarget",
    "ShareTarget",
    "Target",
    "parse_indicator",
]


class IndicatorParseError(PhraseError):
    """An indicator sentence that does not fit the forms of :func:`parse_indicator`.

    .. versionadded:: 0.1.0
    """


def _to_decimal(value: object) -> decimal.Decimal:
    if isinstance(value, bool):
        raise TypeError(f"a percentage must be a number, not {value!r}")
    if isinstance(value, decimal.Decimal):
        return value
    if isinstance(value, (int, str)):
        return decimal.Decimal(value)
    raise TypeError(f"a percentage must be a Decimal, int or str, not {value!r}")


@attrs.frozen
class ShareTarget:
    """A share of a population of at least ``at_least`` percent: "100%", "Từ 80% trở lên".

    .. versionadded:: 0.1.0
    """

    at_least: decimal.Decimal = attrs.field(converter=_to_decimal)

    @at_least.validator
    def _check(self, attribute: attrs.Attribute[Any], value: decimal.Decimal) -> None:
        if not value.is_finite() or not 0 < value <= 100:
            raise ValueError(f"a share is more than 0% and at most 100%, not {value}%")

    def __str__(self) -> str:
        number = f"{self.at_least.normalize():f}".replace(".", ",")
        return f"{number}%" if self.at_least == 100 else f"từ {number}% trở lên"


@attrs.frozen
class RankTarget:
    """A rank within the top ``top`` of ``of``: "trong nhóm 15/63 tỉnh, thành".

    .. versionadded:: 0.1.0
    """

    top: int = attrs.field(validator=attrs.validators.instance_of(int))
    of: int = attrs.field(validator=attrs.validators.instance_of(int))

    @of.validator
    def _check(self, attribute: attrs.Attribute[Any], value: int) -> None:
        if not 1 <= self.top <= value:
            raise ValueError(f"a rank target is within 1–{value}, not {self.top}")

    def __str__(self) -> str:
        return f"trong nhóm {self.top}/{self.of}"


#: The type of an indicator's target.
Target = ShareTarget | RankTarget


@attrs.frozen(kw_only=True, repr=False)
class Indicator:
    """One target of a plan's section "Các chỉ tiêu chủ yếu".

    Attributes:
        text: The sentence as printed, the source of every other field.
        target: A :class:`ShareTarget` or a :class:`RankTarget`.
        population: What is counted (share targets): "thủ tục hành chính thuộc thẩm
            quyền giải quyết của …"; for rank targets, the ranked population
            ("tỉnh, thành của cả nước").
        criterion: What each counted item must satisfy ("được tiếp nhận, giải quyết, trả
            kết quả đúng hạn"); ``None`` for rank targets.
        index: For rank targets, the index ranked, as printed: "Chỉ số cải cách hành
            chính (PAR INDEX)".
        index_code: The index's short name in brackets: "PAR INDEX", "PAPI", "PCI".
        year: The year a rank target is for.
        exemption: The exempted cases after "trừ", if any.
        references: The documents the sentence cites.

    .. versionadded:: 0.1.0
    """

    text: str
    target: ShareTarget | RankTarget
    population: str
    criterion: str | None = None
    index: str | None = None
    index_code: str | None = None
    year: int | None = None
    exemption: str | None = None
    references: tuple[DocumentReference, ...] = ()

    @property
    def unit(self) -> str:
        """How the target is measured, as ``"percent"`` or ``"rank"``."""
        return "percent" if isinstance(self.target, ShareTarget) else "rank"

    def __repr__(self) -> str:
        return f"<Indicator {shorten(self.text)!r}: {self.target}>"

    def __str__(self) -> str:
        return self.text


_SHARE = re.compile(
    r"(?P<from>Từ\s+)?(?P<percent>\d{1,3}(?:,\d+)?)\s*%(?P<more>\s+trở\s+lên)?\s+(?P<rest>.+)",
    re.IGNORECASE,
)
_RANK = re.compile(
    r"(?P<index>Chỉ số\s+[^()]+?\((?P<code>[^()]+)\))\s+(?:tỉnh|thành phố)\s+.+?\s+năm\s+"
    r"(?P<year>\d{4})\s+trong\s+nhóm\s+(?P<top>\d+)\s*/\s*(?P<of>\d+)\s+(?P<population>.+)",
    re.IGNORECASE,
)
#: Words that start what a counted item must satisfy; the earliest in the sentence wins.
CRITERION_MARKERS = ("được", "thường xuyên", "có", "ứng dụng", "thực hiện", "đạt")
_MARKER = re.compile(r"\s(" + "|".join(CRITERION_MARKERS) + r")\s", re.IGNORECASE)
_EXEMPTION = re.compile(r",?\s+trừ\s+(?P<exemption>.+)$", re.IGNORECASE)


def parse_indicator(text: str) -> Indicator:
    """Parse an indicator sentence into an :class:`Indicator`.

    Two forms are understood: a share ("100% …", "Từ 80% trở lên …", "20% …") of a
    population that must satisfy a criterion, optionally with "trừ …" exemptions; and a
    rank of an index ("Chỉ số … (PCI) tỉnh … năm 2020 trong nhóm 15/63 …").

    >>> i = parse_indicator(
    ...     "100% thủ tục hành chính được giải quyết đúng hạn, trừ thủ tục hành chính "
    ...     "quy định tại khoản 5 Điều 14 của Nghị định số 61/2018/NĐ-CP."
    ... )
    >>> str(i.target), [str(r) for r in i.references]
    ('100%', ['Nghị định số 61/2018/NĐ-CP'])
    >>> i.exemption
    'thủ tục hành chính quy định tại khoản 5 Điều 14 của Nghị định số 61/2018/NĐ-CP'
    >>> try:
    ...     parse_indicator("Phấn đấu nâng cao chất lượng dịch vụ công.")
    ... except ValueError as error:
    ...     print(error.reason)
    expected a share ('100% …', 'Từ 80% trở lên …') or a rank ('Chỉ số … trong nhóm 15/63 …')

    Raises:
        IndicatorParseError: the sentence fits neither form, or is longer than
            :data:`~cchc_model.limits.MAX_PHRASE_CHARACTERS`.
    """
    nfc = " ".join(unicodedata.normalize("NFC", text).split())
    refuse_long(nfc, IndicatorParseError)
    body = nfc.rstrip(" .;")
    try:
        references = find_references(nfc)
    except ReferenceParseError as error:
        raise IndicatorParseError(
            f"a citation does not read: {error.reason}", text=nfc, span=error.span
        ) from None
    rank = _RANK.fullmatch(body)
    if rank is not None:
        try:
            rank_target = RankTarget(int(rank.group("top")), int(rank.group("of")))
        except ValueError as error:
            raise IndicatorParseError(
                str(error), text=nfc, span=(rank.start("top"), rank.end("of"))
            ) from None
        return Indicator(
            text=nfc,
            target=rank_target,
            population=rank.group("population"),
            index=rank.group("index"),
            index_code=rank.group("code").strip(),
            year=int(rank.group("year")),
            references=references,
        )
    share = _SHARE.fullmatch(body)
    if share is None:
        raise IndicatorParseError(
            "expected a share ('100% …', 'Từ 80% trở lên …') or a rank "
            "('Chỉ số … trong nhóm 15/63 …')",
            text=nfc,
            span=(0, len(nfc)),
        )
    if bool(share.group("from")) != bool(share.group("more")):
        raise IndicatorParseError(
            "write 'Từ N% trở lên' in full", text=nfc, span=(share.start(), share.end("percent"))
        )
    try:
        target = ShareTarget(share.group("percent").replace(",", "."))
    except ValueError as error:
        raise IndicatorParseError(
            str(error), text=nfc, span=(share.start("percent"), share.end("percent") + 1)
        ) from None
    rest = share.group("rest")
    exemption = None
    found = _EXEMPTION.search(rest)
    if found is not None:
        exemption = found.group("exemption")
        rest = rest[: found.start()]
    marker = _MARKER.search(rest)
    if marker is None:
        start = share.start("rest")
        raise IndicatorParseError(
            "expected what each counted item must satisfy, starting with "
            + ", ".join(f"'{m}'" for m in CRITERION_MARKERS),
            text=nfc,
            span=(start, start + len(rest)),
        )
    return Indicator(
        text=nfc,
        target=target,
        population=rest[: marker.start()].rstrip(" ,"),
        criterion=rest[marker.start() + 1 :],
        exemption=exemption,
        references=references,
    )
