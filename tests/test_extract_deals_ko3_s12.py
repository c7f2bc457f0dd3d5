"""Korean supply deals and adoptions fixed in session 12, round 3 (DEALS-KO): general shapes
the blind batches missed, each pinned by sentences written for these tests (other companies,
figures and word order than any article) plus traps that must give nothing or keep the old
reading."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str) -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED)


def deals(text: str) -> set[tuple[str, str, str, str, tuple[str, str, str]]]:
    """(customer, product, supplier, modality, valid) of every supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5], r[6])
        for r in rows(text)
        if r[1] == "supply_deal"
    }


# -- an ongoing supply told by its supplier ----------------------------------------------
# GUIDE (since): "지난해부터 … 공급하고 있다" is today's state with its start as background,
# a point at publication, actual. Told through a reporting verb ("…공급하고 있다고
# 밝혔다"), the progressive still says the supply runs now: not a future announced.

ONGOING_TOLD = [
    (
        "마이크론은 이번 달부터 AMD에 HBM4 12단을 대량으로 공급하고 있다고 밝혔다.",
        {("amd", "hbm4", "micron", "actual", TODAY)},
    ),
    (
        "삼성전자는 지난 1월부터 구글에 HBM3E를 납품하고 있다고 설명했다.",
        {("google", "hbm3e", "samsung", "actual", TODAY)},
    ),
    (
        '삼성전자는 "지난달부터 엔비디아에 HBM4를 공급하고 있다"고 말했다.',
        {("nvidia", "hbm4", "samsung", "actual", TODAY)},
    ),
]

# a start still ahead, told as the company's word, stays an announcement from that start
SAID_AHEAD = [
    (
        "마이크론은 3분기부터 AMD에 HBM4를 공급한다고 밝혔다.",
        {("amd", "hbm4", "micron", "announced", ("open", "2026-07-01", "None"))},
    ),
    # quoted: the company's own words, closed by a reporting verb
    (
        '삼성전자는 "하반기부터 브로드컴에 HBM4 출하를 시작한다"고 말했다.',
        {("broadcom", "hbm4", "samsung", "announced", ("open", "2026-07-01", "None"))},
    ),
    (
        '마이크론은 보도 내용을 부인하며 "2분기 중 AMD향 HBM4 공급을 시작한다"고 반박했다.',
        {("amd", "hbm4", "micron", "announced", ("open", "2026-04-01", "None"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONGOING_TOLD + SAID_AHEAD)
def test_ongoing_supply_told_is_today_and_a_start_ahead_is_announced(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == deals(text)


def test_a_past_supply_quoted_stays_actual() -> None:
    text = '삼성전자는 "AMD에 HBM3E를 공급했다"고 말했다.'
    assert {("amd", "hbm3e", "samsung", "actual", TODAY)} == deals(text)


# -- a share of a customer's volume won ---------------------------------------------------
# GUIDE: a company's share of a maker's output (or of a customer's needs) secured or won is
# a supply_deal with no count; a hedge held about it ("따낸 것으로 보고 있다") keeps the
# fact's modality, while a view of what is still to come ("따낼 것으로 보고 있다") is a
# forecast.

SHARES_WON = [
    (
        "시장에서는 마이크론이 AMD MI450용 HBM4 공급분 대부분을 이미 따낸 것으로 보고 있다.",
        {("amd", "hbm4", "micron", "actual", TODAY)},
    ),
    (
        "삼성전자가 구글 TPU용 HBM3E 물량 가운데 30%가량을 따냈다고 전해졌다.",
        {("google", "hbm3e", "samsung", "actual", TODAY)},
    ),
    (
        "SK하이닉스가 엔비디아 HBM4 수요의 대부분을 따냈다.",
        {("nvidia", "hbm4", "sk-hynix", "actual", TODAY)},
    ),
    (
        "시장에서는 삼성전자가 AMD향 HBM4 물량의 과반을 따낼 것으로 보고 있다.",
        {("amd", "hbm4", "samsung", "forecast", TODAY)},
    ),
]

SHARE_TRAPS = [
    # a market share, no customer
    "SK하이닉스가 HBM 시장의 절반을 따냈다.",
    # a certificate or a test passed is no deal
    "삼성전자가 엔비디아 HBM4 퀄 테스트 인증을 따냈다.",
    "마이크론이 HBM4 신뢰성 평가에서 최고 등급을 따냈다.",
]


@pytest.mark.parametrize(("text", "expected"), SHARES_WON)
def test_a_share_won_is_a_supply_deal(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == deals(text)


@pytest.mark.parametrize("text", SHARE_TRAPS)
def test_a_share_or_a_prize_with_no_customer_is_no_deal(text: str) -> None:
    assert set() == deals(text)


# -- gapped foundry clauses ---------------------------------------------------------------
# GUIDE: a foundry making a company's chip is a supply_deal (customer the designer, product
# the chip). Several chips told with their foundries before one shared verb ("A는 X 공정에서,
# B는 Y 공정에서 생산된다") give one deal per pair, each chip with the foundry after it.

GAPPED_FOUNDRIES = [
    (
        "MI450은 TSMC 2나노에서, 마이아 200은 삼성전자 파운드리 3나노에서 만든다.",
        {
            ("amd", "mi450", "tsmc", "actual", TODAY),
            ("microsoft", "maia-200", "samsung", "actual", TODAY),
        },
    ),
    (
        "가우디3는 TSMC 5나노 공정에서, RNGD는 TSMC 5나노 공정에서, 리벨 쿼드는 삼성전자 "
        "4나노 공정에서 각각 생산된다.",
        {
            ("intel", "gaudi3", "tsmc", "actual", TODAY),
            ("furiosaai", "rngd", "tsmc", "actual", TODAY),
            ("rebellions", "rebel", "samsung", "actual", TODAY),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED_FOUNDRIES)
def test_each_chip_of_a_gapped_clause_goes_with_its_own_foundry(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == deals(text)


def test_a_single_chip_made_by_a_foundry_is_one_deal() -> None:
    text = "마이아 200은 TSMC 3나노 공정에서 생산되며, 메모리로는 HBM3E를 쓴다."
    assert {("microsoft", "maia-200", "tsmc", "actual", TODAY)} == deals(text)


def test_a_chip_compared_after_the_foundry_gets_no_deal() -> None:
    text = "RNGD는 TSMC 5나노 공정에서 생산되며 전력 효율은 H100보다 높다."
    assert {("furiosaai", "rngd", "tsmc", "actual", TODAY)} == deals(text)
