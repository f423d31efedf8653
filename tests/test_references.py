"""Document references: citations of decrees, decisions and plans."""

from __future__ import annotations

import datetime
import pickle
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_model.language.references import (
    DocumentKind,
    DocumentReference,
    ReferenceParseError,
    find_references,
    parse_reference,
)

D = datetime.date


@pytest.mark.parametrize(
    ("text", "kind", "number", "year", "code", "date", "issuer"),
    [
        (
            "Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ",
            DocumentKind.NGHI_QUYET,
            "30c",
            None,
            "NQ-CP",
            D(2011, 11, 8),
            "Chính phủ",
        ),
        (
            "Nghị định 61/2018/NĐ-CP",
            DocumentKind.NGHI_DINH,
            "61",
            2018,
            "NĐ-CP",
            None,
            None,
        ),
        (
            "Quyết định số 225/QĐ-TTg ngày 04 tháng 02 năm 2016",
            DocumentKind.QUYET_DINH,
            "225",
            None,
            "QĐ-TTg",
            D(2016, 2, 4),
            None,
        ),
        (
            "Kế hoạch số 329/KH-UBND ngày 28/6/2016 của UBND tỉnh",
            DocumentKind.KE_HOACH,
            "329",
            None,
            "KH-UBND",
            D(2016, 6, 28),
            "UBND tỉnh",
        ),
        (
            "Nghị quyết số 18-NQ/TW ngày 25/10/2017",
            DocumentKind.NGHI_QUYET,
            "18",
            None,
            "NQ/TW",
            D(2017, 10, 25),
            None,
        ),
        (
            "Thông tư số 26/2019/TT-BTC ngày 10 tháng 5 năm 2019 của Bộ Tài chính",
            DocumentKind.THONG_TU,
            "26",
            2019,
            "TT-BTC",
            D(2019, 5, 10),
            "Bộ Tài chính",
        ),
        ("văn bản 581/BNV-CCHC", DocumentKind.VAN_BAN, "581", None, "BNV-CCHC", None, None),
    ],
)
def test_a_citation_gives_kind_number_year_code_date_and_issuer(
    text, kind, number, year, code, date, issuer
):
    reference = parse_reference(text)
    assert (reference.kind, reference.number, reference.year, reference.code) == (
        kind,
        number,
        year,
        code,
    )
    assert (reference.date, reference.issuer) == (date, issuer)
    assert parse_reference(str(reference)) == reference


def test_the_seeds_misprinted_decree_code_is_corrected_explicitly():
    assert parse_reference("Nghị định 130/2005/N/Đ-CP").identifier == "130/2005/NĐ-CP"


def test_party_documents_keep_their_hyphenated_identifier():
    assert str(parse_reference("Nghị quyết số 19-NQ/TW")) == "Nghị quyết số 19-NQ/TW"


def test_a_list_of_identifiers_shares_its_kind():
    found = find_references(
        "Triển khai Nghị quyết số 18-NQ/TW, 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII"
    )
    assert [(r.kind, r.identifier) for r in found] == [
        (DocumentKind.NGHI_QUYET, "18-NQ/TW"),
        (DocumentKind.NGHI_QUYET, "19-NQ/TW"),
    ]
    assert found[1].issuer == "Ban Chấp hành Trung ương Đảng khóa XII"


def test_text_without_citations_has_none():
    assert find_references("Tổ chức Hội thi tuyên truyền cải cách hành chính năm 2020") == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Quy chế văn hóa công sở", "expected a citation such as 'Nghị định số 61/2018/NĐ-CP'"),
        ("Nghị định số 61/2018/NĐ-CP của Bộ Ngoại giao", "unexpected text after the citation"),
        ("Quyết định số 1/QĐ-UBND ngày 31/02/2020", "31/02/2020 is not a date"),
    ],
)
def test_a_bad_citation_is_refused_with_its_reason(text, reason):
    with pytest.raises(ReferenceParseError) as caught:
        parse_reference(text)
    assert caught.value.reason == reason
    assert isinstance(caught.value, ValueError)
    assert pickle.loads(pickle.dumps(caught.value)).reason == reason


def test_a_reference_validates_its_fields():
    with pytest.raises(ValueError, match="number"):
        DocumentReference(kind=DocumentKind.LUAT, number="abc")
    assert DocumentKind.NGHI_DINH.label_en == "Decree"


def test_the_caret_points_at_the_first_unexpected_character():
    with pytest.raises(ReferenceParseError) as caught:
        parse_reference("Nghị định số 61/2018/NĐ-CP; xyz")
    assert caught.value.span == (26, 31)  # from the ";" after the 26-character citation
    assert str(caught.value).splitlines()[2] == " " * (4 + 26) + "^~~~~"


# Finding citations only where a kind starts gives what searching everywhere gives.

_PIECES = [
    *(kind.value for kind in DocumentKind),
    *(kind.value.upper() for kind in DocumentKind),
    "NGHỊ ĐỊNH",
    "nghị Định",
    "KẾ HOẠCH",
    " số ",
    " ",
    "  ",
    "\n",
    "61",
    "30c",
    "/2018/NĐ-CP",
    "-NQ/TW",
    "/QĐ-UBND",
    " ngày 13/6/2011",
    " ngày 05 tháng 02 năm 2016",
    " của Chính phủ",
    " của UBND tỉnh",
    ", ",
    ", và ",
    "năm 2020",
    "Bộ ",
    "İ",  # lowers to two letters
    "ſ",  # matched by "s" in re.IGNORECASE
    "ı",  # matched by "i"
    "\u212a",  # the Kelvin sign, matched by "k"
    "Kế",
    "hoạch",
    "x",
    "đ",
]


def _searched(text: str) -> tuple[DocumentReference, ...]:
    """The citations of ``text`` found by searching at every position (the definition)."""
    import unicodedata

    from cchc_model.language.references import _MORE, _REFERENCE, _build, _kind_of

    nfc = " ".join(unicodedata.normalize("NFC", text).split())
    found = []
    position = 0
    while (match := _REFERENCE.search(nfc, position)) is not None:
        kind = _kind_of(match.group("kind"))
        found.append(_build(match, kind, nfc))
        position = match.end()
        while (more := _MORE.match(nfc, position)) is not None and more.group("code"):
            found.append(_build(more, kind, nfc))
            position = more.end()
    return tuple(found)


def _outcome(find: Callable[[str], object], text: str) -> object:
    try:
        return find(text)
    except ReferenceParseError as error:
        return ("refused", str(error))


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_citations_are_found_where_a_search_at_every_position_finds_them(text: str) -> None:
    assert _outcome(find_references, text) == _outcome(_searched, text)


@given(st.text(max_size=60))
def test_any_text_gives_the_citations_a_search_at_every_position_gives(text: str) -> None:
    assert _outcome(find_references, text) == _outcome(_searched, text)


def test_a_citation_in_capitals_after_a_letter_that_lowers_to_two_is_found() -> None:
    (found,) = find_references("İ NGHỊ ĐỊNH SỐ 61/2018/NĐ-CP")
    assert (found.kind, found.number, found.year) == (DocumentKind.NGHI_DINH, "61", 2018)


def test_a_kind_without_a_number_after_it_cites_nothing() -> None:
    assert find_references("Xây dựng Kế hoạch CCHC năm 2020; Báo cáo quý 1") == ()


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_a_citation_of_every_kind_is_found_in_any_letter_case(
    kind: DocumentKind, case: Callable[[str], str]
) -> None:
    (found,) = find_references(f"Thực hiện {case(kind.value)} số 61/2018/NĐ-CP của Chính phủ")
    assert (found.kind, found.number, found.issuer) == (kind, "61", "Chính phủ")
