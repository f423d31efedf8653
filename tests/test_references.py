"""Document references: citations of decrees, decisions and plans."""

from __future__ import annotations

import datetime
import pickle

import pytest

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
