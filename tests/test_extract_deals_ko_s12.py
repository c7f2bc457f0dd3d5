"""Korean supply deals and adoptions fixed in session 12 (DEALS-KO): general shapes that the
blind batches missed, each pinned by sentences written for these tests (other companies,
products and word order than any article) plus traps that must give nothing or keep the
old reading. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")
FROM_H2 = ("open", "2026-07-01", "None")
FROM_NEXT_YEAR = ("open", "2027-01-01", "None")


def rows(text: str) -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED)


def adoptions(text: str) -> set[tuple[Any, ...]]:
    """(adopter, sorted qualifiers, product, modality, valid) of every adoption."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[3], r[5], r[6])
        for r in rows(text)
        if r[1] == "adopts"
    }


def deals(text: str) -> set[tuple[str, str, str, str]]:
    """(customer, product, supplier, modality) of every supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5]) for r in rows(text) if r[1] == "supply_deal"
    }


ON_PREM = (("mode", "on-prem"),)

# -- a cloud offering a service built on a chip adopts it, on its own premises -------------
# "X 기반 서비스를 제공/출시/운영", "X를 기반으로 한 … 클라우드를 내놓았다", "X로 … GPUaaS를
# 제공": the offerer runs the chips in its own data centers (GUIDE: a cloud that offers a chip
# in its own service), whatever the word 클라우드 in the service's name; several offerers
# listed as one subject each adopt it.

OFFERED_SERVICES = [
    (
        "코어위브는 MI355X 기반 추론 클라우드를 이달 말 내놓는다고 밝혔다.",
        {("coreweave", ON_PREM, "mi355x", "announced", ("point", "2026-03-31", "2026-03-31"))},
    ),
    (
        "LG유플러스와 KT가 인텔 가우디3를 바탕으로 한 AI 클라우드 상품을 지난주 출시했다.",
        {("kt", ON_PREM, "gaudi3", "actual", TODAY)},
    ),
    (
        "네비우스는 내년부터 B300으로 GPU 구독 서비스를 제공할 계획이다.",
        {("nebius", ON_PREM, "b300", "planned", FROM_NEXT_YEAR)},
    ),
    (
        "람다랩스는 현재 H200 기반의 GPU 클라우드 서비스를 미국 두 곳에서 운영하고 있다.",
        {("lambda", ON_PREM, "h200", "actual", TODAY)},
    ),
    (
        "크루소, 오라클, 네비우스가 하반기부터 GB300 기반 가상머신을 제공한다고 합니다.",
        {
            ("crusoe", ON_PREM, "gb300", "announced", FROM_H2),
            ("oracle", ON_PREM, "gb300", "announced", FROM_H2),
            ("nebius", ON_PREM, "gb300", "announced", FROM_H2),
        },
    ),
    (
        "네이버클라우드와 KT는 현재 가우디3 탑재 인스턴스를 고객사에 제공 중이다.",
        {("naver", ON_PREM, "gaudi3", "actual", TODAY), ("kt", ON_PREM, "gaudi3", "actual", TODAY)},
    ),
    (
        "카카오는 퓨리오사AI의 'RNGD(레니게이드)'를 기반으로 하는 추론 클라우드를 새로 선보였다.",
        # a cloud service launched is in place: actual (GUIDE: a cloud offering a chip, done;
        # the dev gold's launches, e.g. ko-809 "미리보기로 내놨다", are all actual)
        {("kakao", ON_PREM, "rngd", "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFERED_SERVICES)
def test_a_service_offered_on_a_chip_is_an_on_prem_adoption(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == adoptions(text)


OFFERED_SERVICE_TRAPS = [
    # a service sold to a named customer: a rental, no on-prem adoption of the seller's
    "네비우스는 올해 3분기부터 메타에 GB300 기반 AI 인프라 서비스를 제공하기 시작한다.",
    # a service run on another's cloud: no adoption of the runner's own premises
    "카카오는 오라클 클라우드에서 MI355X 기반 서비스를 운영하고 있다.",
]


@pytest.mark.parametrize("text", OFFERED_SERVICE_TRAPS)
def test_a_service_with_another_party_is_no_on_prem_adoption(text: str) -> None:
    assert not any(a[1] == ON_PREM for a in adoptions(text))


def test_a_plain_service_launched_on_a_chip_keeps_its_mode_unsaid() -> None:
    # an "AI service" launched may be an app built on the chip: no mode guessed
    text = "카카오는 가우디3 기반 번역 서비스를 내놓았다."
    assert not any(a[1] == ON_PREM for a in adoptions(text))


def test_a_counted_fleet_beside_the_service_gives_no_adoption() -> None:
    # a sentence that counts the chips a company runs gives deployed_chips only (GUIDE)
    text = (
        "코어위브는 작년 가을 GB300 기반 클라우드 서비스를 선보였으며, 지금은 GB300을 "
        "5만 개 넘게 운영하고 있다."
    )
    assert set() == adoptions(text)


# -- rival memory makers listed as one subject sell to the maker of the chip it goes into --
# "A와 B가 <chip>용 HBM을 공급한다": two makers listed together are no one's customer, but
# the chip the memory is for names the buyer (its maker), a deal per seller.

LISTED_SELLERS = [
    (
        "마이크론과 SK하이닉스가 MI450용 HBM4를 공급하고 있다.",
        {("amd", "hbm4", "micron", "actual"), ("amd", "hbm4", "sk-hynix", "actual")},
    ),
    (
        '리사 수 CEO는 "삼성전자와 마이크론이 MI355X용 HBM3E를 대고 있다"고 말했다.',
        {("amd", "hbm3e", "samsung", "actual"), ("amd", "hbm3e", "micron", "actual")},
    ),
    (
        "SK하이닉스와 삼성전자는 블랙웰 울트라용 HBM3E를 함께 납품한다.",
        {("nvidia", "hbm3e", "sk-hynix", "actual"), ("nvidia", "hbm3e", "samsung", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_SELLERS)
def test_listed_memory_makers_each_sell_to_the_chips_maker(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


LISTED_SELLER_TRAPS = [
    # rivals shipping the same thing, no chip named as where it goes: no customer
    "삼성전자와 SK하이닉스가 HBM4 출하를 시작했다.",
    "슈퍼마이크로와 델이 이달 안에 GB300 시스템을 출하할 것으로 보인다.",
]


@pytest.mark.parametrize("text", LISTED_SELLER_TRAPS)
def test_listed_rivals_without_a_destination_give_no_deal(text: str) -> None:
    assert set() == deals(text)


# -- a company's word about a start ahead, relayed ("-다고 합니다") -------------------------
# "하반기부터 공급한다고 합니다": the reporter passes on the company's own future action,
# told with no plan word: announced, as "공급한다고 밝혔다" (GUIDE).

RELAYED_FUTURE = [
    "마이크론은 하반기부터 엔비디아에 HBM4를 공급한다고 합니다.",
    "마이크론은 하반기부터 엔비디아에 HBM4를 공급한다고 한다.",
]


@pytest.mark.parametrize("text", RELAYED_FUTURE)
def test_a_relayed_future_action_is_announced(text: str) -> None:
    assert {("nvidia", "hbm4", "micron", "announced")} == deals(text)


def test_a_relayed_plan_word_stays_planned() -> None:
    text = "마이크론은 하반기부터 엔비디아에 HBM4를 공급할 계획이라고 합니다."
    assert {("nvidia", "hbm4", "micron", "planned")} == deals(text)
