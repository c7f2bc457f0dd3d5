"""Korean relations fixed in session 14 (supply_deal): shared causes the blind batch ko-t
missed, each pinned by sentences written for these tests (other companies, chips, genres and
word order than any article) plus traps that must give nothing or keep the old reading."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED, tier)


def deals(text: str, tier: str = "press") -> set[tuple[str, str, str, str]]:
    """(customer, product, supplier, modality) of every supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5])
        for r in rows(text, tier)
        if r[1] == "supply_deal"
    }


# -- memory fitted into a company's chip ------------------------------------------------------
# GUIDE (supply_deal: a memory maker's memory in a chip is a deal with the chip's maker): the
# chip may be one the vocabulary does not name, told as its maker's ("AMD의 MI325 시리즈에",
# "구글의 차세대 칩에"), the fitting told by either side ("HBM3E를 넣는다", "…를 탑재했다",
# "탑재될 것"), and chips of several makers listed ("엔비디아의 루빈과 AWS 트레이니움3에") are
# each maker's deal.

FITTED = [
    (
        "업계에 따르면 마이크론은 요즘 AMD의 MI325 시리즈에 HBM3E 8단을 넣고 있다.",
        {("amd", "hbm3e", "micron", "actual")},
    ),
    (
        "[단독] SK하이닉스, 구글의 차세대 칩에 HBM4 12단을 탑재한다.",
        {("google", "hbm4", "sk-hynix", "actual")},
    ),
    (
        "증권가는 연말 나올 메타 자체 가속기에도 삼성전자 HBM4가 탑재될 것으로 전망했다.",
        {("meta", "hbm4", "samsung", "forecast")},
    ),
    (
        "마이크론은 엔비디아의 루빈과 AWS 트레이니움3에 모두 HBM4를 넣는다고 설명했다.",
        {("nvidia", "hbm4", "micron", "actual"), ("aws", "hbm4", "micron", "actual")},
    ),
    (
        "Q. 삼성전자 HBM3E는 어디에 쓰이나요? A. 현재 브로드컴의 맞춤형 칩과 AMD MI355X에 "
        "들어가는 HBM3E를 삼성전자가 공급하고 있습니다.",
        {("broadcom", "hbm3e", "samsung", "actual"), ("amd", "hbm3e", "samsung", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FITTED)
def test_memory_fitted_into_a_makers_chip(text: str, expected: set[Any]) -> None:
    assert expected <= deals(text)


FITTED_TRAPS = [
    # the memory kept out of the chip: negated, no deal
    "마이크론은 엔비디아의 차세대 GPU에 HBM3E를 넣지 않는다고 밝혔다.",
    # a specification with no memory maker named: no seller
    "AMD의 MI325 시리즈에는 HBM3E 256GB가 탑재된다.",
    # a share of the memory in a chip is no deal of its own
    "SK하이닉스는 엔비디아의 차세대 GPU에 들어가는 HBM4 물량의 60%를 차지할 것으로 보인다.",
]


@pytest.mark.parametrize("text", FITTED_TRAPS)
def test_memory_fitted_traps(text: str) -> None:
    assert not deals(text)


def test_listed_chips_do_not_make_the_memory_maker_a_buyer() -> None:
    # two memory makers' memory named with one chip: each sells to the chip's maker only
    found = deals("엔비디아의 루빈과 AMD MI450에는 SK하이닉스와 삼성전자의 HBM4가 함께 들어간다.")
    assert not {d for d in found if d[0] in ("samsung", "sk-hynix")}


# -- sellers listed as one source -----------------------------------------------------------
# GUIDE (supply_deal: the supplier is who the goods are bought or received from): companies
# listed before a source marker ("델과 슈퍼마이크로에서 … 받고", "…로부터 사들인다") each sell
# to the buyer (the topic, else the company the text is about) and are never each other's
# customer.

SOURCES = [
    (
        "크루소는 델과 HPE에서 GB200 NVL72 랙을 받아 와이오밍 거점에 깔고 있다.",
        {("crusoe", "gb200", "dell", "actual"), ("crusoe", "gb200", "hpe", "actual")},
    ),
    (
        "람다랩스는 올해 슈퍼마이크로와 콴타로부터 B300 서버를 사들였다고 밝혔다.",
        {("lambda", "b300", "supermicro", "actual"), ("lambda", "b300", "quanta", "actual")},
    ),
    (
        "네비우스 인터뷰. 저희는 요즘 델·슈퍼마이크로에서 GB300 랙을 나눠 받고 있습니다.",
        {("nebius", "gb300", "dell", "actual"), ("nebius", "gb300", "supermicro", "actual")},
    ),
    (
        "오라클은 폭스콘과 HPE로부터 GB200 서버를 인도받기로 계약했다고 공시했다.",
        {("oracle", "gb200", "foxconn", "actual"), ("oracle", "gb200", "hpe", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_sellers_listed_as_one_source(text: str, expected: set[Any]) -> None:
    found = deals(text)
    assert expected <= found
    sellers = {d[2] for d in expected}
    assert not {d for d in found if d[0] in sellers}  # no seller buys from another


SOURCE_TRAPS = [
    # a source list with no buyer to be found: the sellers never buy from each other
    "델과 슈퍼마이크로에서 GB300 랙을 받는 곳이 늘고 있다.",
    # the companies listed are where the buyer was praised, no goods
    "리벨리온은 델과 HPE에서 좋은 평가를 받고 있다.",
]


@pytest.mark.parametrize("text", SOURCE_TRAPS)
def test_source_list_traps(text: str) -> None:
    assert not {d for d in deals(text) if d[0] in ("dell", "supermicro", "hpe")}


# -- the chip a foundry makes, told as its designer's ----------------------------------------
# GUIDE (a foundry making a company's chip is a supply_deal: customer the chip's designer,
# supplier the maker, product the chip when it is an entity, else none): a chip the vocabulary
# does not name, told as a company's in the genitive ("테슬라의 차세대 자율주행 칩은",
# "메타의 새 추론 가속기를"), is that company's; a release's own part made at a foundry's node
# ("베이스 다이를 TSMC의 12나노 공정으로 만든다" in the maker's newsroom) is the issuer's.

MADE_FOR_OWNER = [
    (
        "업계에 따르면 테슬라의 차세대 자율주행 칩은 삼성전자 2나노 공정에서 만들어진다.",
        ("tesla", "", "samsung", "actual"),
    ),
    (
        "[단독] 메타의 새 추론 가속기를 TSMC가 3나노로 생산한다.",
        ("meta", "", "tsmc", "actual"),
    ),
    (
        "소식통은 마이크로소프트의 2세대 AI 칩이 인텔 18A가 아닌 TSMC의 2나노 공정으로 "
        "생산될 것이라고 전했다.",
        ("microsoft", "", "tsmc", "actual"),
    ),
    (
        "SK하이닉스가 HBM4E 개발 현황을 10일 공개했다고 밝혔다. "
        "이번 세대에서는 로직 다이를 TSMC의 3나노 공정으로 제작한다.",
        ("sk-hynix", "", "tsmc", "announced"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MADE_FOR_OWNER)
def test_chip_made_for_its_possessor(text: str, expected: tuple[str, ...]) -> None:
    found = deals(text, "company" if text.startswith("SK하이닉스가") else "press")
    assert {d[:3] for d in found} >= {expected[:3]}


MADE_FOR_OWNER_TRAPS = [
    # the foundry is the subject of its own process news, no customer: no deal
    "TSMC의 2나노 공정은 올해 하반기 양산에 들어간다.",
    # the foundry as the subject of its own making names no chip of the company speaking
    "삼성전자가 2나노 로드맵을 공개했다고 밝혔다. TSMC는 대만에서 3나노 칩을 양산하고 있다.",
]


@pytest.mark.parametrize("text", MADE_FOR_OWNER_TRAPS)
def test_chip_made_for_its_possessor_traps(text: str) -> None:
    assert not deals(text)
    assert not deals(text, "company")
