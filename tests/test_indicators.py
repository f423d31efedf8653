"""Indicators: targets parsed from their Vietnamese sentences."""

from __future__ import annotations

import decimal
import pickle

import pytest
from hypothesis import given

from cchc_model import strategies
from cchc_model.plan.indicators import IndicatorParseError, RankTarget, ShareTarget, parse_indicator


@pytest.mark.parametrize(
    ("text", "target", "population", "criterion"),
    [
        (
            "100% cán bộ, công chức, viên chức có máy vi tính để giải quyết công việc.",
            ShareTarget(100),
            "cán bộ, công chức, viên chức",
            "có máy vi tính để giải quyết công việc",
        ),
        (
            "Từ 80% trở lên số văn bản đi được phát hành trên trục liên thông Quốc gia.",
            ShareTarget(80),
            "số văn bản đi",
            "được phát hành trên trục liên thông Quốc gia",
        ),
        (
            "20% số lượng người dân và doanh nghiệp tham gia hệ thống thông tin được xác thực.",
            ShareTarget(20),
            "số lượng người dân và doanh nghiệp tham gia hệ thống thông tin",
            "được xác thực",
        ),
        (
            "100% sở, ban ngành, Ủy ban nhân dân cấp huyện, cấp xã ứng dụng chữ ký số.",
            ShareTarget(100),
            "sở, ban ngành, Ủy ban nhân dân cấp huyện, cấp xã",
            "ứng dụng chữ ký số",
        ),
        (
            "Từ 95,5% trở lên hồ sơ được giải quyết đúng hạn.",
            ShareTarget(decimal.Decimal("95.5")),
            "hồ sơ",
            "được giải quyết đúng hạn",
        ),
    ],
)
def test_a_share_target_names_its_population_and_criterion(text, target, population, criterion):
    indicator = parse_indicator(text)
    assert (indicator.target, indicator.population, indicator.criterion) == (
        target,
        population,
        criterion,
    )
    assert indicator.unit == "percent"
    assert str(indicator) == text


def test_a_rank_target_names_its_index_and_year():
    indicator = parse_indicator(
        "Chỉ số Hiệu quả Quản trị và hành chính công (PAPI) tỉnh An Giang năm 2020 trong nhóm "
        "20/63 tỉnh, thành của cả nước."
    )
    assert indicator.target == RankTarget(20, 63)
    assert (indicator.index_code, indicator.year, indicator.unit) == ("PAPI", 2020, "rank")
    assert indicator.index == "Chỉ số Hiệu quả Quản trị và hành chính công (PAPI)"
    assert indicator.population == "tỉnh, thành của cả nước"
    assert str(indicator.target) == "trong nhóm 20/63"


def test_targets_read_back_in_vietnamese():
    assert (str(ShareTarget(100)), str(ShareTarget(80))) == ("100%", "từ 80% trở lên")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Phấn đấu nâng cao chất lượng dịch vụ công.",
            "expected a share ('100% …', 'Từ 80% trở lên …') or a rank "
            "('Chỉ số … trong nhóm 15/63 …')",
        ),
        ("Từ 80% số văn bản đi được phát hành.", "write 'Từ N% trở lên' in full"),
        ("120% hồ sơ được giải quyết.", "a share is more than 0% and at most 100%, not 120%"),
        (
            "100% hồ sơ trực tuyến.",
            "expected what each counted item must satisfy, starting with 'được', "
            "'thường xuyên', 'có', 'ứng dụng', 'thực hiện', 'đạt'",
        ),
        (
            "Chỉ số PCI (PCI) tỉnh An Giang năm 2020 trong nhóm 70/63 tỉnh, thành.",
            "a rank target is within 1–63, not 70",
        ),
    ],
)
def test_a_sentence_that_does_not_fit_is_refused_with_its_reason(text, reason):
    with pytest.raises(IndicatorParseError) as caught:
        parse_indicator(text)
    assert caught.value.reason == reason
    assert pickle.loads(pickle.dumps(caught.value)).reason == reason


@given(strategies.indicators())
def test_an_indicator_parses_back_from_its_text(indicator):
    assert parse_indicator(indicator.text) == indicator


def test_a_bad_citation_inside_an_indicator_is_an_indicator_error():
    with pytest.raises(IndicatorParseError) as caught:
        parse_indicator("100% hồ sơ được giải quyết theo Quyết định số 1/QĐ-UBND ngày 31/02/2016.")
    assert caught.value.reason == "a citation does not read: 31/02/2016 is not a date"


def test_a_dot_is_not_a_decimal_separator_in_vietnamese():
    with pytest.raises(IndicatorParseError):
        parse_indicator("1.000% hồ sơ được giải quyết đúng hạn.")
