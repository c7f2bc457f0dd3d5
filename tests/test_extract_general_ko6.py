"""General causes behind the Korean extractor's misses (sixth round), each pinned by
phrasings written for these tests in the register of different outlets, plus traps that
must not change. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, extract_rows, fact_of, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 6, 12, 9, 0, tzinfo=KST)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED, tier)


def facts(text: str) -> set[tuple[Any, ...]]:
    return {fact_of(r) for r in rows(text)}


# -- what an announcement tells: done, decided, or still to come ------------------------------
# "…했다고 발표했다" tells of something done, an actual. Every past stem closes its syllable
# with ㅆ, not only 했/됐/었/았: "가동에 들어갔다고", "들여왔다고", "넘겼다고" are done too. A
# decision told the same way ("투자하기로 했다고 발표했다") is announced (as "…하기로 했다" with no
# plan word is: GUIDE), and a future stem ("들여놓겠다고 발표했다") stays an announcement.

TOLD_DONE = [
    (
        "카카오는 B200 GPU 2,000장 설치를 마치고 가동에 들어갔다고 발표했다.",
        ("kakao", "deployed_chips", (("chip", "b200"),), None, 2000.0, "actual"),
    ),
    (
        "코어위브는 GB300 5만 개를 텍사스 데이터센터에 들여왔다고 공식 발표했다.",
        ("coreweave", "deployed_chips", (("chip", "gb300"),), None, 50000.0, "actual"),
    ),
    (
        "크루소는 GB200 3만 개의 설치가 끝나 가동이 시작됐다고 발표했다.",
        ("crusoe", "deployed_chips", (("chip", "gb200"),), None, 30000.0, "actual"),
    ),
    (
        "네비우스가 H200 1만 2천 장을 핀란드 센터에 들여놨다고 발표하면서 주가가 올랐다.",
        ("nebius", "deployed_chips", (("chip", "h200"),), None, 12000.0, "actual"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), TOLD_DONE)
def test_an_announcement_of_something_done_in_any_past_stem_is_actual(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(sentence)


TOLD_AHEAD = [
    (
        "마이크로소프트는 앤트로픽에 50억 달러를 투자하기로 했다고 발표했다.",
        ("microsoft", "investment", (("target", "anthropic"),), None, 5e9, "announced"),
    ),
    (
        "오라클은 MI450 5만 개를 들이기로 결정했다고 공식 발표했다.",
        ("oracle", "deployed_chips", (("chip", "mi450"),), None, 50000.0, "announced"),
    ),
    (
        "메타는 GB300 10만 개를 들여놓겠다고 발표했다.",
        ("meta", "deployed_chips", (("chip", "gb300"),), None, 100000.0, "announced"),
    ),
    # what was done before an announcement of the future does not make it done
    (
        "엔비디아는 앤트로픽에 100억 달러를 투자하기로 했다.",
        ("nvidia", "investment", (("target", "anthropic"),), None, 1e10, "announced"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), TOLD_AHEAD)
def test_an_announcement_of_a_decision_or_of_the_future_is_no_fact_done(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(sentence)


# -- who rents in a deal's terms is its customer ----------------------------------------------
# "엔스케일은 마이크로소프트가 … 용량을 빌려 쓰는 계약을 맺었다": the sentence opens with the
# company that tells (or signs) as its topic, and the deal's terms name the one that rents,
# uses or buys with 이/가. That one is the customer, whichever comes first. Its supplier
# adopts nothing it hands over.


def deals(text: str) -> list[tuple[Any, ...]]:
    return [(r[0], r[2], r[3], r[5]) for r in rows(text) if r[1] in ("supply_deal", "adopts")]


RENTER_IS_CUSTOMER = [
    (
        "네비우스는 메타가 자사 데이터센터의 GB300 용량을 빌려 쓰는 30억 달러 규모 계약을 맺었다.",
        [
            ("meta", {"product": "gb300"}, "nebius", "actual"),
            # a rental contract is also the renter's use (GUIDE, session 16)
            ("meta", {"mode": "cloud", "via": "nebius"}, "gb300", "actual"),
        ],
    ),
    (
        "코어위브는 오픈AI가 GB300 서버를 5년간 임차하는 계약을 체결했다고 밝혔다.",
        [
            ("openai", {"product": "gb300"}, "coreweave", "actual"),
            ("openai", {"mode": "cloud", "via": "coreweave"}, "gb300", "actual"),
        ],
    ),
    (
        "델은 xAI가 GB200 서버를 구매하는 대형 계약을 따냈다.",
        [("xai", {"product": "gb200"}, "dell", "actual")],
    ),
    (
        "크루소는 앤트로픽이 텍사스 부지에서 GB200을 사용하는 계약을 맺었다고 발표했다.",
        [
            ("anthropic", {"product": "gb200"}, "crusoe", "actual"),
            # a contract to use a cloud's product is its use through the cloud (GUIDE)
            ("anthropic", {"mode": "cloud", "via": "crusoe"}, "gb200", "actual"),
        ],
    ),
    # the renter named first, with the source it rents from on the way
    (
        "마이크로소프트가 엔스케일에서 GB300 용량을 빌려 쓰는 계약을 맺었다.",
        [
            ("microsoft", {"product": "gb300"}, "nscale", "actual"),
            ("microsoft", {"mode": "cloud", "via": "nscale"}, "gb300", "actual"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RENTER_IS_CUSTOMER)
def test_the_company_that_rents_in_the_deal_terms_is_the_customer(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == deals(sentence)


RENTER_TRAPS = [
    # a supplying verb keeps its supplier
    (
        "SK하이닉스는 엔비디아에 HBM4를 공급하는 계약을 맺었다.",
        [("nvidia", {"product": "hbm4"}, "sk-hynix", "actual")],
    ),
    # the one supplied says so itself
    (
        "SK하이닉스는 엔비디아가 HBM4를 공급받는 계약을 맺었다.",
        [("nvidia", {"product": "hbm4"}, "sk-hynix", "actual")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RENTER_TRAPS)
def test_a_deal_whose_renter_already_stands_as_customer_is_unchanged(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == deals(sentence)


# -- what is bought from a seller is no cloud use through it ----------------------------------
# "브로드컴에서 직접 사들이는": a company named with 에서 before a verb of buying is the seller,
# not the cloud the buyer rents through (as "buys H100 chips from Nvidia" already was in
# English): a supply deal, and no adoption via the seller. Renting through it still is one.


def adoptions(text: str) -> list[tuple[Any, ...]]:
    return [(r[0], r[2], r[3], r[5]) for r in rows(text) if r[1] == "adopts"]


BOUGHT_FROM = [
    "앤트로픽이 내년 중 아이언우드 TPU 40만 개를 브로드컴에서 직접 사들이는 방안을 협상 중이다.",
    "xAI는 델에서 GB200 서버를 사들여 콜로서스에 설치했다.",
    "메타는 브로드컴에서 TPU 10만 개를 구매하기로 했다.",
    "오픈AI는 슈퍼마이크로에서 GB300 서버를 구입해 텍사스 부지에 넣는다.",
]


@pytest.mark.parametrize("sentence", BOUGHT_FROM)
def test_chips_bought_from_a_seller_are_no_cloud_use_through_it(sentence: str) -> None:
    clouds = [a for a in adoptions(sentence) if a[1].get("mode") == "cloud"]
    assert not clouds


RENTED_THROUGH = [
    (
        "오픈AI는 오라클에서 GB200을 빌려 쓴다.",
        [("openai", {"mode": "cloud", "via": "oracle"}, "gb200", "actual")],
    ),
    (
        "앤트로픽은 AWS에서 트레이니움2 용량을 구매해 쓰고 있다.",
        [("anthropic", {"mode": "cloud", "via": "aws"}, "trainium2", "actual")],
    ),
    (
        "메타는 구글 클라우드에서 TPU를 빌려 쓰는 방안을 검토하고 있다.",
        [("meta", {"mode": "cloud", "via": "google"}, "google-tpu", "considering")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RENTED_THROUGH)
def test_chips_rented_through_a_provider_stay_a_cloud_use(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == adoptions(sentence)


# -- demand as the reason for a capacity ------------------------------------------------------
# A wafer figure in a clause that speaks of demand (수요, 주문, 필요한) is what buyers need, not
# a capacity, unless the capacity itself is named after the demand word: "HBM4 수요에
# 대응하기 위해 HBM4 생산능력을 … 월 15만 장으로 늘린다" gives the reason, then the capacity.


def capacities(text: str, language: str = "ko") -> list[tuple[Any, ...]]:
    return [
        (r[0], r[2], r[4][0], r[5])
        for r in (claim_row(c) for c in run_extractor(text, language, PUBLISHED, "press"))
        if r[1] == "capacity"
    ]


DEMAND_AS_REASON = [
    (
        "삼성전자는 급증하는 HBM4 수요에 대응하기 위해 HBM4 생산능력을 연말까지 월 15만 장으로"
        " 늘릴 계획이다.",
        "ko",
        [("samsung", {"process": "hbm4"}, 150000.0, "planned")],
    ),
    (
        "SK하이닉스는 HBM4 수요가 늘자 HBM4 생산능력을 내년 말까지 월 20만 장으로 확대한다.",
        "ko",
        [("sk-hynix", {"process": "hbm4"}, 200000.0, "planned")],
    ),
    (
        "TSMC는 엔비디아의 CoWoS 주문에 맞춰 CoWoS 캐파를 연말까지 월 9만 장으로 늘린다.",
        "ko",
        [("tsmc", {"process": "cowos"}, 90000.0, "planned")],
    ),
    (
        "To meet demand from Nvidia, TSMC will lift CoWoS capacity to 90,000 wafers a month"
        " by the end of the year.",
        "en",
        [("tsmc", {"process": "cowos"}, 90000.0, "planned")],
    ),
]


@pytest.mark.parametrize(("sentence", "language", "expected"), DEMAND_AS_REASON)
def test_a_capacity_named_after_the_demand_it_answers_is_a_capacity(
    sentence: str, language: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == capacities(sentence, language)


DEMAND_FIGURES = [
    "스타게이트에 필요한 D램 웨이퍼는 월 90만 장에 이른다.",
    "엔비디아가 요구하는 CoWoS 물량은 월 5만 장이다.",
    "업계는 내년 HBM4 수요가 월 20만 장에 이를 것으로 본다.",
]


@pytest.mark.parametrize("sentence", DEMAND_FIGURES)
def test_a_figure_of_demand_is_no_capacity(sentence: str) -> None:
    assert capacities(sentence) == []


def test_demand_after_a_capacity_keeps_only_the_capacity() -> None:
    sentence = (
        "TSMC의 CoWoS 생산능력은 연말 월 9만 장이지만 엔비디아의 CoWoS 수요는 월 12만 장에 이른다."
    )
    expected = [("tsmc", {"process": "cowos"}, 90000.0, "planned")]
    assert expected == capacities(sentence)


# -- chips in one system, said of the topic or of the clause before ---------------------------
# "트레이니움3는 울트라서버 한 대에 144개가 들어간다": the count names no chip; the clause's
# topic (은/는) before a one-system frame (한 대에, 하나에, 당) is what fills it. A count that
# names something else ("그레이스 CPU 36개") is not the topic's. With no chip in its own
# clause, a count continues the sentence's earlier clause ("…아이언우드를 소개했는데, 포드
# 하나에 칩 9,216개를 묶을 수 있다"), not a chip of an earlier sentence.


def per_system(text: str) -> list[tuple[Any, ...]]:
    return [(r[0], r[4][0]) for r in rows(text) if r[1] == "chips_per_system"]


ONE_SYSTEM = [
    ("▲ 트레이니움3는 울트라서버 한 대에 144개가 들어간다.", [("trainium3", 144.0)]),
    ("MI355X는 서버 한 대에 8개씩 들어간다.", [("mi355x", 8.0)]),
    ("GB300은 랙 하나에 72개가 들어간다.", [("gb300", 72.0)]),
    ("MI450은 서버 한 대에 GPU 8개가 들어간다.", [("mi450", 8.0)]),
    (
        "AMD는 MI355X를 공개했다. 구글 직원은 7세대 TPU 아이언우드를 소개했는데, 포드 하나에"
        " 칩 9,216개를 묶을 수 있다는 설명이었다.",
        [("ironwood", 9216.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_SYSTEM)
def test_a_count_in_one_system_belongs_to_the_chip_the_sentence_is_about(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == per_system(text)


ONE_SYSTEM_TRAPS = [
    "GB200 NVL72는 랙 하나에 그레이스 CPU 36개를 담은 시스템이다.",
    "트레이니움3는 울트라서버 2만 대에 들어간다.",
    "트레이니움3는 올해 10만 개가 출하됐다.",
]


@pytest.mark.parametrize("text", ONE_SYSTEM_TRAPS)
def test_a_count_of_something_else_or_of_many_systems_is_no_fill(text: str) -> None:
    assert per_system(text) == []


# -- a judgement told with "…다고 본다" is a forecast ------------------------------------------
# A broker or an outlet writing its own view ends the figure's clause with "…다고 본다",
# "…다고 봤다", "…다고 보고 있다": a projection (GUIDE: forecast), as "…것으로 본다" already
# was, even when the figure's time lies ahead (which alone would make it planned).

JUDGED = [
    (
        "현지 장비 업체들의 수주 흐름을 감안하면 TSMC의 CoWoS 생산능력은 내년 말에는 13만~14만"
        " 장에 이를 수 있다고 본다.",
        ("tsmc", "capacity", (("process", "cowos"),), None, 130000.0, "forecast"),
    ),
    (
        "우리는 삼성전자가 연말까지 HBM4 생산능력을 월 12만 장으로 늘린다고 봤다.",
        ("samsung", "capacity", (("process", "hbm4"),), None, 120000.0, "forecast"),
    ),
    (
        "당사는 SK하이닉스의 HBM4 생산능력이 내년 말 월 20만 장에 달한다고 보고 있다.",
        ("sk-hynix", "capacity", (("process", "hbm4"),), None, 200000.0, "forecast"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), JUDGED)
def test_a_figure_told_as_a_judgement_is_a_forecast(sentence: str, fact: tuple[Any, ...]) -> None:
    assert {fact} == facts(sentence)


NOT_JUDGED = [
    # a company's own plan, and a product shown ("선보인다"), are no judgement
    # (session 17: a figure to reach by a date is the company's planned target, whatever the
    # verb: GUIDE; this entry had read it as announced)
    (
        "삼성전자는 HBM4 생산능력을 연말까지 월 15만 장으로 늘린다고 밝혔다.",
        ("samsung", "capacity", (("process", "hbm4"),), None, 150000.0, "planned"),
    ),
    (
        "TSMC는 CoWoS 생산능력을 내년 말 월 13만 장으로 늘린다고 보도됐다.",
        ("tsmc", "capacity", (("process", "cowos"),), None, 130000.0, "planned"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), NOT_JUDGED)
def test_a_plan_told_or_reported_is_no_judgement(sentence: str, fact: tuple[Any, ...]) -> None:
    assert {fact} == facts(sentence)


# -- shipping to a customer is supplying it ---------------------------------------------------
# "엔비디아에 HBM4를 본격 출하하고 있다": a maker shipping to a company named with 에 supplies
# it, as "공급하고 있다" does ("출하를 시작" and "양산 출하" already counted). The chip named
# as where the memory goes ("루빈 플랫폼용", "MI450용") is no product of the deal.

SHIPPED_TO = [
    (
        "마이크론은 이번 분기부터 엔비디아에 HBM4를 본격 출하하고 있다.",
        [("nvidia", {"product": "hbm4"}, "micron", "actual")],
    ),
    (
        "삼성전자는 AMD에 MI450용 HBM4를 출하했다.",
        [("amd", {"product": "hbm4"}, "samsung", "actual")],
    ),
    (
        "SK하이닉스는 HBM4 12단 제품이 엔비디아 루빈 플랫폼용 인증을 마쳤고, 이번 분기부터"
        " 엔비디아에 출하하고 있다고 밝혔다.",
        [("nvidia", {"product": "hbm4"}, "sk-hynix", "actual")],
    ),
    (
        "삼성전자는 다음 달부터 엔비디아에 HBM4를 출하한다고 발표했다.",
        [("nvidia", {"product": "hbm4"}, "samsung", "announced")],
    ),
]


def supplies(text: str) -> list[tuple[Any, ...]]:
    return [(r[0], r[2], r[3], r[5]) for r in rows(text) if r[1] == "supply_deal"]


@pytest.mark.parametrize(("sentence", "expected"), SHIPPED_TO)
def test_shipping_to_a_company_is_a_supply_deal_for_the_goods_not_their_destination(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == supplies(sentence)


SHIPPED_NOWHERE = [
    "엔비디아는 GB300을 이달부터 출하한다.",
    "SK하이닉스는 HBM4 출하량이 지난 분기보다 두 배 늘었다고 밝혔다.",
]


@pytest.mark.parametrize("sentence", SHIPPED_NOWHERE)
def test_shipping_with_no_customer_is_no_deal(sentence: str) -> None:
    assert supplies(sentence) == []


# -- the formal and spoken concessive ends a clause -------------------------------------------
# "-지만," and "-는데," end a clause (its cue is its own), and so do their formal and spoken
# forms, common in call transcripts and interviews: "…조심스럽습니다만,", "…논의 중인데요,".
# The cue of the first clause ("검토", "발표할") does not reach the figure of the second.

CONCESSIVE = [
    (
        "CoWoS 증설은 검토하고 있습니다만, 현재 TSMC의 CoWoS 생산능력은 월 7만 장입니다.",
        ("tsmc", "capacity", (("process", "cowos"),), None, 70000.0, "actual"),
    ),
    (
        "HBM4 증산은 아직 논의 중인데요, 지금 SK하이닉스의 HBM3E 생산능력은 월 10만 장이에요.",
        ("sk-hynix", "capacity", (("process", "hbm3e"),), None, 100000.0, "actual"),
    ),
    (
        "신제품 사양은 엔비디아가 발표할 일이라 조심스럽습니다만, 이미 출하되고 있는 B300 한"
        " 개에는 HBM3E 288GB가 들어갑니다.",
        ("b300", "memory_capacity", (("memory", "hbm3e"),), None, 2.88e11, "actual"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), CONCESSIVE)
def test_a_formal_or_spoken_concessive_ends_its_clause(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(sentence)


# -- a product whose shipments began is on the market -----------------------------------------
# "올 하반기 출하가 시작된 루빈", "출하를 시작한 MI355X", "양산 중이며": the product ships, so
# its specifications are actual even where a time of this half-year (ahead of publication at
# its start) or a shipping verb would make it look upcoming. What will start ("출하가
# 시작될") or a time inside a future production ("내년 양산 중에") stays announced.

SHIPPING_BEGAN = [
    (
        "올 하반기 출하가 시작된 B300 GPU 하나에는 HBM3E 288GB가 탑재된다.",
        ("b300", "memory_capacity", (("memory", "hbm3e"),), None, 2.88e11, "actual"),
    ),
    (
        "MI355X는 올 하반기부터 양산 중이며, FP4 기준 10페타플롭스를 낸다.",
        ("mi355x", "peak_compute", (("precision", "fp4"),), None, 1e16, "actual"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), SHIPPING_BEGAN)
def test_the_specification_of_a_product_whose_shipments_began_is_actual(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(sentence)


SHIPPING_AHEAD = [
    (
        "내년 하반기 출하가 시작될 루빈 GPU 하나에는 HBM4 288GB가 탑재된다.",
        ("rubin", "memory_capacity", (("memory", "hbm4"),), None, 2.88e11, "announced"),
    ),
    (
        "MI450은 내년 양산 중에 HBM4 432GB를 싣는다.",
        ("mi450", "memory_capacity", (("memory", "hbm4"),), None, 4.32e11, "announced"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), SHIPPING_AHEAD)
def test_the_specification_of_a_product_still_to_ship_is_announced(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(sentence)


# -- a product the text calls next-generation is not on the market ----------------------------
# "AMD의 차세대 AI 가속기 'MI450'", "엔비디아의 차세대 GPU 루빈": a Korean text calls a product
# 차세대 while it is still to ship, so its specifications, as presented, are announced
# (GUIDE), in the sentences after it too. A word that it ships wins; "차세대 모델" or a
# next-generation memory names no chip; "현 세대" is the one on sale.

NEXT_GENERATION = [
    (
        "삼성전자가 AMD의 차세대 AI 가속기 '인스팅트 MI450'용 HBM4 공급 계약을 맺었다.\n\n"
        "AMD에 따르면 MI450은 GPU 1개에 HBM4 432GB를 탑재한다.",
        ("mi450", "memory_capacity", (("memory", "hbm4"),), None, 4.32e11, "announced"),
    ),
    (
        "SK하이닉스가 HBM4를 공급할 곳은 엔비디아의 차세대 GPU 루빈이다. 루빈 GPU 한 개에는"
        " HBM4 288GB가 들어간다.",
        ("rubin", "memory_capacity", (("memory", "hbm4"),), None, 2.88e11, "announced"),
    ),
    (
        "구글은 차세대 TPU 아이언우드를 소개했다. 아이언우드 칩 하나에는 HBM3E 192GB가 붙는다.",
        ("ironwood", "memory_capacity", (("memory", "hbm3e"),), None, 1.92e11, "announced"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), NEXT_GENERATION)
def test_the_specification_of_a_next_generation_product_is_announced(
    text: str, fact: tuple[Any, ...]
) -> None:
    assert fact in facts(text)


NOT_NEXT_GENERATION = [
    # a next-generation model, and memory, are no chip
    (
        "앤트로픽은 차세대 클로드 모델을 트레이니움2로 훈련한다. 트레이니움2 한 개에는 HBM3"
        " 96GB가 들어간다.",
        ("trainium2", "memory_capacity", (("memory", "hbm3"),), None, 9.6e10, "actual"),
    ),
    # the one on sale beside the next generation
    (
        "AMD는 차세대 MI450을 준비하고 있다. 현 세대 MI355X에는 HBM3E 288GB가 들어간다.",
        ("mi355x", "memory_capacity", (("memory", "hbm3e"),), None, 2.88e11, "actual"),
    ),
    # said to ship: on the market
    (
        "엔비디아의 차세대 GPU 루빈은 지난달 출하가 시작됐다. 루빈 GPU 한 개에는 HBM4 288GB가"
        " 들어간다.",
        ("rubin", "memory_capacity", (("memory", "hbm4"),), None, 2.88e11, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), NOT_NEXT_GENERATION)
def test_the_specification_of_a_product_on_sale_stays_actual(
    text: str, fact: tuple[Any, ...]
) -> None:
    assert fact in facts(text)


# -- memory mounted in a chip: the memory is traded, the chip is where it goes ---------------
# "12단 HBM4, AMD 인스팅트 MI450 GPU에 탑재…하반기부터 본격 공급" (a release's subtitle): the
# chip before "에 탑재" is where the memory goes, so the deal is for the memory named before
# it, and its maker adopts no chip. "MI450 1개당 HBM4 432GB": the count before 당 is the unit
# a rate is per, no chips in a system.

MOUNTED = [
    (
        "마이크론은 12단 HBM4를 AMD MI450 GPU에 탑재해 하반기부터 공급한다.",
        [("amd", {"product": "hbm4"}, "micron", "announced")],
    ),
    (
        "SK하이닉스는 HBM4, 엔비디아 루빈 GPU에 탑재…4분기부터 엔비디아에 본격 공급한다.",
        [("nvidia", {"product": "hbm4"}, "sk-hynix", "announced")],
    ),
    (
        "삼성전자는 엔비디아 루빈 GPU에 탑재되는 HBM4를 엔비디아에 공급한다.",
        [("nvidia", {"product": "hbm4"}, "samsung", "actual")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), MOUNTED)
def test_memory_mounted_in_a_chip_is_what_is_supplied_and_no_chip_is_adopted(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == deals(sentence)


def test_the_count_a_rate_is_per_is_no_count_of_chips_in_a_system() -> None:
    text = "엔비디아 블랙웰 울트라 출하\n\n- B300 1개당 HBM3E 288GB…GB300 랙 하나에 B300 72개\n"
    assert all(r[4][0] != 1.0 for r in rows(text) if r[1] == "chips_per_system")


MOUNTING_TRAPS = [
    # a chip bought for a cloud is the goods
    (
        "오픈AI는 AMD로부터 MI450을 공급받아 오라클 클라우드에 탑재한다.",
        [("openai", {"product": "mi450"}, "amd", "actual")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), MOUNTING_TRAPS)
def test_a_chip_that_is_itself_the_goods_stays_the_product(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == [d for d in deals(sentence) if "product" in d[1]]


# -- money raised "에서" a company ------------------------------------------------------------
# "코어위브는 엔비디아에서 20억 달러를 투자받았다": 에서 names where the money comes from as
# 로부터 does, when the amount and the raising follow it directly; an 에서 of anything else
# ("엔비디아에서 일했던 임원을 영입하고 … 유치했다") names no investor.


def investments(text: str) -> list[tuple[Any, ...]]:
    return [(r[0], r[2], r[4][0], r[4][2], r[5]) for r in rows(text) if r[1] == "investment"]


RAISED_AT = [
    (
        "코어위브는 엔비디아에서 20억 달러를 투자받았다.",
        [("nvidia", {"target": "coreweave"}, 2e9, "USD", "actual")],
    ),
    (
        "퓨리오사AI는 카카오에서 500억 원 규모의 투자를 받았다.",
        [("kakao", {"target": "furiosaai"}, 5e10, "KRW", "actual")],
    ),
    (
        "리벨리온은 KT에서 총 300억 원을 투자받았다.",
        [("kt", {"target": "rebellions"}, 3e10, "KRW", "actual")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RAISED_AT)
def test_money_raised_at_a_company_is_its_investment(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == investments(sentence)


def test_an_other_place_of_a_company_names_no_investor() -> None:
    sentence = "엔스케일은 엔비디아에서 일했던 임원을 영입하고 11억 달러를 유치했다."
    assert investments(sentence) == []


# -- a sentence naming no company continues the topic of the one before -----------------------
# "엔스케일은 … 배치할 계획이다. 현재 노르웨이 시설에서는 H200 약 8천 개가 가동되고 있다": the
# second sentence's zero subject is the first one's topic (은/는), one sentence back only, and
# not the maker of the chip, the size of an unnamed cluster, or a count for a whole market.

ZERO_SUBJECT = [
    (
        "엔스케일은 내년 말까지 영국 데이터센터에 GB300 12만 개를 배치할 계획이다. 현재 노르웨이"
        " 서부 인근 시설에서는 H200 약 8천 개가 가동되고 있다.",
        ("nscale", "deployed_chips", (("chip", "h200"),), None, 8000.0, "actual"),
    ),
    (
        "크루소는 오픈AI와 대형 임대 계약을 맺었다. 텍사스 캠퍼스에서는 지금 GB200 10만 개가"
        " 돌아가고 있다.",
        ("crusoe", "deployed_chips", (("chip", "gb200"),), None, 100000.0, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), ZERO_SUBJECT)
def test_a_count_with_no_company_belongs_to_the_topic_of_the_sentence_before(
    text: str, fact: tuple[Any, ...]
) -> None:
    assert fact in facts(text)


ZERO_SUBJECT_TRAPS = [
    # the chip's maker is no owner of what runs
    "엔비디아는 GB300 출하를 늘린다고 밝혔다. 현재 H200 약 8천 개가 가동되고 있다.",
    # the size of an unnamed cluster
    "메타는 H100 35만 개를 확보할 계획이다. 라마 3 학습에는 H100 2만 4000개로 이뤄진 클러스터"
    " 두 개가 쓰였다.",
    # a market's count
    "메타는 자체 칩을 공개했다. 업계 전체로는 H100 약 200만 개가 돌아가고 있다.",
    # the topic of two sentences back is out of reach
    "엔스케일은 자금을 확보했다. 영국 정부는 이를 환영했다. 현재 H200 약 8천 개가 가동되고 있다.",
]


@pytest.mark.parametrize("text", ZERO_SUBJECT_TRAPS)
def test_a_count_with_no_company_is_no_fleet_of_a_maker_a_market_or_a_distant_topic(
    text: str,
) -> None:
    assert [r for r in rows(text) if r[1] == "deployed_chips" and r[4][0] != 350000.0] == []


# -- a company adopting a technology ------------------------------------------------------------
# "퀄컴이 자사 데이터센터 CPU에 NV링크 퓨전을 채택했다", "메타는 자체 데이터센터인 … 클러스터에
# 스펙트럼-X 이더넷을 이미 쓰고 있다": networks, interconnects and software stacks are adopted
# by companies too (the adoption rule took chips only). Choosing one is adopting it
# ("택했다"); what it replaces ("인피니밴드 대신") is not; a clause that names a chip is that
# chip's integration; the technology's maker adopts nothing of its own.


def adopted(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [(r[0], r[2], r[3], r[5]) for r in rows(text, tier) if r[1] == "adopts"]


TECH_ADOPTED = [
    (
        "퀄컴이 자사 데이터센터 CPU에 NV링크 퓨전을 채택했다.",
        [("qualcomm", {}, "nvlink-fusion", "actual")],
    ),
    (
        "메타는 자체 데이터센터인 프로메테우스 클러스터에 스펙트럼-X 이더넷을 이미 쓰고 있다.",
        [("meta", {"mode": "on-prem"}, "spectrum-x", "actual")],
    ),
    (
        "네이버는 인피니밴드 대신 Spectrum-X 이더넷을 택했다.",
        [("naver", {}, "spectrum-x", "actual")],
    ),
    ("카카오는 UALink 도입을 검토하고 있다.", [("kakao", {}, "ualink", "considering")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TECH_ADOPTED)
def test_a_company_adopts_a_technology(sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert expected == adopted(sentence)


def test_a_company_choosing_a_technology_in_its_own_text_uses_it_on_its_own_sites() -> None:
    text = (
        "네이버클라우드 인프라 블로그\n\n네이버클라우드 GPU 클러스터 운영팀입니다.\n\n"
        "저희는 인피니밴드 대신 Spectrum-X 이더넷을 택했는데, 기존 도구를 그대로 쓸 수 있기"
        " 때문입니다."
    )
    expected = [("naver", {"mode": "on-prem"}, "spectrum-x", "actual")]
    assert expected == adopted(text, "company")


TECH_NOT_ADOPTED = [
    "엔비디아는 스펙트럼-X 이더넷을 새로 내놓고 자사 데이터센터에 채택했다.",
    "AWS는 트레이니움4에 NV링크 퓨전을 적용하겠다고 발표했다.",
    "카카오는 UALink를 쓰지 않기로 했다.",
]


@pytest.mark.parametrize("sentence", TECH_NOT_ADOPTED)
def test_a_technology_of_its_maker_of_a_chip_or_refused_is_no_adoption(sentence: str) -> None:
    assert adopted(sentence) == []


# -- a broker's capacity table under year columns ---------------------------------------------
# "[표 1] … 생산능력 전망 (단위: 천 장/월, 연말 기준)" over "구분 | 2025 | 2026E | 2027E" and
# "TSMC CoWoS | 75 | 115 | 150": each cell is a capacity in the caption's unit (thousands of
# wafers a month), at the year's end when the caption says so; a column marked A, or a past
# year with no mark, is actual, one marked E (the house's estimate) a forecast. A caption with
# no monthly unit, or no unit, gives nothing.


def table_capacities(text: str) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[2]["process"], r[4][0], r[5], r[6][1], r[6][2])
        for r in (claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, "analyst"))
        if r[1] == "capacity"
    }


def test_a_capacity_table_in_thousands_gives_each_year_its_capacity() -> None:
    text = (
        "[표 2] 후공정 생산능력 전망 (단위: 천 장/월, 연말 기준)\n"
        "구분 | 2025 | 2026E | 2027E\n"
        "TSMC CoWoS | 80 | 120 | 160\n"
        "TSMC SoIC | 9 | 14 | 22\n"
    )
    assert {
        ("tsmc", "cowos", 80000.0, "actual", "2025-12-31", "2025-12-31"),
        ("tsmc", "cowos", 120000.0, "forecast", "2026-12-31", "2026-12-31"),
        ("tsmc", "cowos", 160000.0, "forecast", "2027-12-31", "2027-12-31"),
        ("tsmc", "soic", 9000.0, "actual", "2025-12-31", "2025-12-31"),
        ("tsmc", "soic", 14000.0, "forecast", "2026-12-31", "2026-12-31"),
        ("tsmc", "soic", 22000.0, "forecast", "2027-12-31", "2027-12-31"),
    } == table_capacities(text)


def test_an_aligned_table_takes_its_company_from_the_maker_and_marks_from_the_columns() -> None:
    text = (
        "[표 1] CoWoS 월 생산능력 추이 (단위: 천 장, 연말 기준)\n"
        "구분            2024A    2025A    2026E\n"
        "CoWoS 합계        40       70      100\n"
    )
    assert {
        ("tsmc", "cowos", 40000.0, "actual", "2024-12-31", "2024-12-31"),
        ("tsmc", "cowos", 70000.0, "actual", "2025-12-31", "2025-12-31"),
        ("tsmc", "cowos", 100000.0, "forecast", "2026-12-31", "2026-12-31"),
    } == table_capacities(text)


CAPACITY_TABLE_TRAPS = [
    # a yearly output, no monthly capacity
    "[표 3] CoWoS 연간 출하량 (단위: 천 장)\n구분 | 2025 | 2026E\nTSMC CoWoS | 600 | 900\n",
    # no unit said
    "[표 4] CoWoS 생산능력 전망\n구분 | 2025 | 2026E\nTSMC CoWoS | 75 | 115\n",
]


@pytest.mark.parametrize("text", CAPACITY_TABLE_TRAPS)
def test_a_table_with_no_monthly_unit_gives_no_capacity(text: str) -> None:
    assert table_capacities(text) == set()


# -- memory that goes into a chip is supplied to the chip's owner ------------------------------
# "저희 HBM4는 엔비디아 루빈 플랫폼에 들어가는데", "마이크로소프트 마이아 200에도 저희 HBM3E가
# 들어가 있습니다", "SK하이닉스 HBM4 12단은 올해 엔비디아 루빈에 주력으로 공급될 것": a chip
# in the dative receives nothing, its owner buys the memory from its maker (named, or the
# company speaking). A specification with no maker named, or a share of the volume, is no deal.

GOES_INTO = [
    (
        "엔비디아 B200에는 SK하이닉스 HBM3E가 탑재된다.",
        [("nvidia", {"product": "hbm3e"}, "sk-hynix", "actual")],
    ),
    (
        "마이크로소프트 마이아 200에도 SK하이닉스 HBM3E가 들어가 있다.",
        [("microsoft", {"product": "hbm3e"}, "sk-hynix", "actual")],
    ),
    (
        "삼성전자 HBM4는 AMD MI450에 들어간다.",
        [("amd", {"product": "hbm4"}, "samsung", "actual")],
    ),
    (
        "증권가는 마이크론 HBM4가 올해 엔비디아 루빈에 공급될 것으로 예상한다.",
        [("nvidia", {"product": "hbm4"}, "micron", "forecast")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), GOES_INTO)
def test_memory_that_goes_into_a_chip_is_supplied_to_its_owner(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == supplies(sentence)


def test_memory_going_into_a_chip_said_by_its_maker_is_supplied_by_it() -> None:
    text = (
        "[콜 노트] SK하이닉스 실적 컨퍼런스콜\n\n"
        "SK하이닉스가 연 실적 컨퍼런스콜의 질의응답을 옮긴다.\n\n"
        "A. 저희 HBM4는 엔비디아 루빈 플랫폼에 들어가는데, 출하량이 매주 늘고 있습니다."
    )
    expected = [("nvidia", {"product": "hbm4"}, "sk-hynix", "actual")]
    assert expected == supplies(text)


GOES_INTO_TRAPS = [
    "엔비디아의 H200에는 HBM3E 141GB가 탑재된다.",
    "업계는 삼성전자가 루빈에 들어가는 HBM4 물량의 30%를 차지할 것으로 본다.",
]


@pytest.mark.parametrize("sentence", GOES_INTO_TRAPS)
def test_a_specification_or_a_share_of_memory_in_a_chip_is_no_deal(sentence: str) -> None:
    assert supplies(sentence) == []


# -- chips delivered by their maker are no cloud use through it ---------------------------------
# "퓨리오사AI로부터 … 레니게이드 2000장을 공급받아, 올해 안에 이곳에 설치할 계획": a company
# named with 로부터 (or 에서) before a verb of receiving goods (공급받, 납품받, 인도받) is their
# seller, as before a verb of buying: no adoption through it. Renting from it still is one.

DELIVERED_BY = [
    "네이버는 퓨리오사AI로부터 레니게이드 2000장을 공급받아 올해 안에 춘천에 설치할 계획이다.",
    "카카오는 리벨리온에서 리벨-쿼드 500장을 납품받아 데이터센터에 넣었다.",
]


@pytest.mark.parametrize("sentence", DELIVERED_BY)
def test_chips_delivered_by_their_maker_are_no_cloud_use_through_it(sentence: str) -> None:
    clouds = [a for a in adoptions(sentence) if a[1].get("mode") == "cloud"]
    assert not clouds


def test_chips_rented_from_a_provider_with_from_stay_a_cloud_use() -> None:
    expected = [("anthropic", {"mode": "cloud", "via": "aws"}, "trainium2", "actual")]
    assert expected == adoptions("앤트로픽은 AWS로부터 트레이니움2를 빌려 쓴다.")


# -- goods received from a company: it is the supplier ------------------------------------------
# "엔비디아는 SK하이닉스에서 HBM4를 받았다", "코어위브는 델에서 GB300을 받았다": the company the
# goods are received from (에서/로부터 … 받았다, 인도받았다) sells, in any form of 받다 and a few
# words away; an order, a proposal or an approval received goes the other way or is no goods.

RECEIVED_FROM = [
    (
        "엔비디아는 SK하이닉스에서 HBM4를 받았다.",
        [("nvidia", {"product": "hbm4"}, "sk-hynix", "actual")],
    ),
    ("코어위브는 델에서 GB300을 받았다.", [("coreweave", {"product": "gb300"}, "dell", "actual")]),
    (
        "코어위브는 델로부터 GB300 랙을 지난주 인도받았다.",
        [("coreweave", {"product": "gb300"}, "dell", "actual")],
    ),
    # an order received: the one who orders buys
    (
        "AMD는 오픈AI로부터 MI450 주문을 받았다.",
        [("openai", {"product": "mi450"}, "amd", "actual")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RECEIVED_FROM)
def test_the_company_goods_are_received_from_is_the_supplier(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == supplies(sentence)


def test_an_approval_received_is_no_goods() -> None:
    assert supplies("SK하이닉스는 엔비디아로부터 HBM4 품질 인증을 받았다.") == []


# -- a later clause's deal keeps the sentence's topic as its other party ----------------------
# "SK하이닉스는 주간 9.1% 올라 사상 최고가를 다시 썼는데, 엔비디아에 HBM4 공급을 시작했다고 …
# 밝힌 것이 재료가 됐다": the clause after 는데 names only the customer; its zero subject is
# the topic (은/는) of the sentence's first clause, not a company of earlier sentences. A
# subject inside a relative clause ("아마존이 … 투자한 앤트로픽은") is not the topic.

LATER_CLAUSE = [
    (
        "SK하이닉스는 주간 9.1% 올라 사상 최고가를 다시 썼는데, 엔비디아에 HBM4 공급을"
        " 시작했다고 6일 밝힌 것이 재료가 됐다.",
        [("nvidia", {"product": "hbm4"}, "sk-hynix", "actual")],
    ),
    (
        "삼성전자는 주가가 3% 올랐는데, AMD에 HBM4를 공급한다고 밝힌 영향이다.",
        [("amd", {"product": "hbm4"}, "samsung", "actual")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LATER_CLAUSE)
def test_a_deal_in_a_later_clause_takes_the_sentences_topic(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == supplies(sentence)


def test_a_subject_inside_a_relative_clause_is_not_the_topic() -> None:
    sentence = (
        "아마존이 지금까지 80억 달러를 투자한 앤트로픽은 클로드를 훈련하고 있으며, 구글과는"
        " TPU를 최대 100만 개까지 쓰는 계약을 맺었다."
    )
    assert [d[0] for d in supplies(sentence)] == ["anthropic"]


# -- a phase of a site is the site, not a sequel named "X 2" ----------------------------------
# "콜로서스 2" is another site than Colossus, but "페어워터 2단계", "하이페리온 2차", "2구역" are
# a phase or a part of the same site: its counts are the site's, and the site stays in focus
# for the sentences after ("현재 1단계에서는 GB200 약 20만 개가 돌아가고 있다").

SITE_PHASES = [
    (
        "마이크로소프트는 페어워터 2단계에 GB300 10만 개를 설치한다고 밝혔다. 현재 1단계에서는"
        " GB200 약 20만 개가 돌아가고 있다.",
        {("fairwater", "gb300", 100000.0), ("fairwater", "gb200", 200000.0)},
    ),
    (
        "메타는 하이페리온 2차 공사를 마치고 GB300 5만 개를 들였다.",
        {("hyperion", "gb300", 50000.0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITE_PHASES)
def test_a_phase_of_a_site_is_the_site(text: str, expected: set[tuple[Any, ...]]) -> None:
    found = {(r[0], r[2].get("chip"), r[4][0]) for r in rows(text) if r[1] == "deployed_chips"}
    assert expected == found


def test_a_sequel_named_with_its_number_is_another_site() -> None:
    text = "xAI는 콜로서스 2에 GB200 11만 개를 설치할 계획이다."
    assert [r for r in rows(text) if r[1] == "deployed_chips" and r[0] == "colossus"] == []


# -- a product something is built on is not launched with it ------------------------------------
# "네이버클라우드는 내년 상반기부터 레니게이드 기반 추론 서비스를 내놓을 계획": what is launched
# is a service built on the chip ("기반", "…을 탑재한 서버"), so the chip is no product still
# to come and its specifications stay actual. A chip launched itself stays upcoming.

BUILT_ON = [
    (
        "네이버클라우드는 내년 상반기부터 레니게이드 기반 추론 서비스를 내놓을 계획이다."
        " 레니게이드에는 HBM3 48GB가 붙는다.",
        ("rngd", "memory_capacity", (("memory", "hbm3"),), None, 4.8e10, "actual"),
    ),
    (
        "델은 B300을 탑재한 서버를 내년 출시할 예정이다. B300 한 개에는 HBM3E 288GB가 붙는다.",
        ("b300", "memory_capacity", (("memory", "hbm3e"),), None, 2.88e11, "actual"),
    ),
    (
        "엔비디아는 루빈을 내년 하반기 출시할 예정이다. 루빈 한 개에는 HBM4 288GB가 붙는다.",
        ("rubin", "memory_capacity", (("memory", "hbm4"),), None, 2.88e11, "announced"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), BUILT_ON)
def test_a_product_launched_on_a_chip_does_not_make_the_chip_upcoming(
    text: str, fact: tuple[Any, ...]
) -> None:
    assert fact in facts(text)


# -- chips counted in the cards they sit on ----------------------------------------------------
# "RNGD 서버 한 대에 레니게이드 카드 8장이 들어가요": an accelerator counted as cards ("카드
# 8장", "가속기 카드 4장") is the chip counted, as "칩 8개" or "GPU 8개" is: one server's fill
# here, a fleet elsewhere.

CARDS = [
    (
        "퓨리오사AI의 RNGD 서버 한 대에 레니게이드 카드 8장이 들어간다.",
        ("rngd", "chips_per_system", 8.0),
    ),
    ("KT는 서버 한 대에 리벨-쿼드 카드 4장을 넣는다.", ("rebel", "chips_per_system", 4.0)),
    ("KT는 리벨-쿼드 카드 1만 장을 들였다.", ("kt", "deployed_chips", 10000.0)),
]


@pytest.mark.parametrize(("sentence", "expected"), CARDS)
def test_a_chip_counted_in_cards_is_the_chip_counted(
    sentence: str, expected: tuple[Any, ...]
) -> None:
    assert [expected] == [(r[0], r[1], r[4][0]) for r in rows(sentence)]


# -- the target of an investment told in the sentence's earlier clause -------------------------
# "…앤트로픽에 투자하기로 했는데, 엔비디아가 최대 100억 달러, 마이크로소프트가 최대 50억 달러를
# 넣는 조건이었다": the clause with the amounts names no target; the earlier clause's dative
# ("앤트로픽에") is it, before a site in view from the sentences before.


def test_the_target_of_amounts_in_a_later_clause_is_the_earlier_clauses() -> None:
    text = (
        "마이크로소프트는 위스콘신의 페어워터를 키우고 있다.\n\n"
        "지난해 11월 마이크로소프트는 엔비디아와 함께 앤트로픽에 투자하기로 했는데, 엔비디아가"
        " 최대 100억 달러, 마이크로소프트가 최대 50억 달러를 넣는 조건이었다."
    )
    assert {("nvidia", "anthropic", 1e10), ("microsoft", "anthropic", 5e9)} == {
        (r[0], r[2]["target"], r[4][0]) for r in rows(text) if r[1] == "investment"
    }


# -- chips on one board or node -------------------------------------------------------------------
# "HGX H200 보드 한 장에는 H200 8개가 NV링크로 묶인다": one board (or node) is a system whose
# fill is counted, as "보드당" and "서버 한 대" already were; boards counted by the thousand
# are no one board's fill.

ONE_BOARD = [
    ("서버 업체들이 내놓는 HGX H200 보드 한 장에는 H200 8개가 NV링크로 묶인다.", [("h200", 8.0)]),
    ("HGX B300 보드 하나에 B300 8개가 들어간다.", [("b300", 8.0)]),
    ("MI355X 노드 하나에 MI355X 8개가 들어간다.", [("mi355x", 8.0)]),
]


@pytest.mark.parametrize(("sentence", "expected"), ONE_BOARD)
def test_the_chips_on_one_board_or_node_are_its_fill(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == per_system(sentence)


def test_boards_counted_by_the_thousand_are_no_fill() -> None:
    assert per_system("델은 HGX H200 보드 1만 장을 출하했다.") == []


# -- money received, named as a noun --------------------------------------------------------------
# "앤트로픽이 구글로부터 받은 투자금은 30억 달러다" made Anthropic Google's investor: "받은
# 투자금/돈/자금" is money raised, as "투자받았다" is, so the source invests in the raiser; with
# the raiser unnamed ("…구글에서 받은 투자금도 30억 달러 안팎에 이른다"), the topic marked in the
# sentence before raised it.

RECEIVED_MONEY = [
    (
        "앤트로픽이 구글로부터 받은 투자금은 30억 달러다.",
        [("google", {"target": "anthropic"}, 3e9, "USD", "actual")],
    ),
    (
        "앤트로픽이 구글에서 받은 투자금은 30억 달러다.",
        [("google", {"target": "anthropic"}, 3e9, "USD", "actual")],
    ),
    (
        "앤트로픽은 AWS를 주요 클라우드로 쓴다. 구글 클라우드의 TPU도 함께 쓰며, 구글에서 받은"
        " 투자금도 30억 달러 안팎에 이른다.",
        [("google", {"target": "anthropic"}, 3e9, "USD", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED_MONEY)
def test_money_received_named_as_a_noun_is_the_sources_investment(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == investments(text)


# -- a claim quoted by a fact check is only relayed -----------------------------------------------
# "\"텐센트가 클라우드에 화웨이 어센드 910C를 전면 도입했다\" — 판단: 절반의 사실": a Korean fact
# check quotes the claim it checks, then gives its verdict ("판단:", "판정:", "검증 결과:");
# the quote states nothing (the facts are in its body), whatever the verdict. A quote with
# no verdict ("…고 밝혔다") is a statement as before.

FACT_CHECKED = [
    '"텐센트가 클라우드에 화웨이 어센드 910C를 전면 도입했다" — 판단: 절반의 사실.',
    "“바이트댄스가 H20 10만 개를 사들였다” 판정: 거짓.",
    '"메타가 TPU 100만 개를 빌려 쓴다" ─ 검증 결과: 사실 아님',
]


@pytest.mark.parametrize("line", FACT_CHECKED)
def test_a_claim_quoted_under_a_verdict_is_no_claim(line: str) -> None:
    assert rows(line) == []


def test_a_quote_with_no_verdict_still_states() -> None:
    expected = [("coreweave", {"product": "gb300"}, "nvidia", "actual")]
    assert expected == supplies('엔비디아 측은 "GB300 5만 개를 코어위브에 공급했다"고 밝혔다.')


# -- the memory of a figure heading its line ------------------------------------------------
# "▲ 288GB: 엔비디아 B300(블랙웰 울트라) GPU 한 개에 붙는 HBM3E 메모리 용량" (a by-the-numbers
# column): a figure that heads its line is described by the rest of it, so the one memory the
# line names is the figure's, however far after it.

LABELLED_MEMORY = [
    (
        "▲ 288GB: 엔비디아 B300(블랙웰 울트라) GPU 한 개에 붙는 HBM3E 메모리 용량.",
        ("b300", "memory_capacity", (("memory", "hbm3e"),), None, 2.88e11, "actual"),
    ),
    (
        "■ 192GB: 구글 아이언우드 칩 하나에 달린 고대역폭메모리 HBM3E의 용량.",
        ("ironwood", "memory_capacity", (("memory", "hbm3e"),), None, 1.92e11, "actual"),
    ),
]


@pytest.mark.parametrize(("line", "fact"), LABELLED_MEMORY)
def test_a_figure_heading_its_line_takes_the_memory_the_line_names(
    line: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(line)


# -- a count that qualifies the chips after it --------------------------------------------
# "우리는 올해 말까지 100만 개가 훨씬 넘는 GPU를 가동하게 될 것이다", "35만 개가 넘는 H100":
# a count followed by "넘는", "이상의", "남짓한" and the noun is a count of those chips (at
# least N), as "GPU 100만 개 이상" is. Orders counted so ("100만 개가 넘는 주문") are no chips.

QUALIFYING_COUNTS = [
    (
        "오픈AI는 올해 말까지 100만 개가 훨씬 넘는 GPU를 가동하게 될 것이다.",
        ("openai", None, 1e6, "at-least", "planned"),
    ),
    (
        "메타는 35만 개가 넘는 H100을 확보할 계획이다.",
        ("meta", "h100", 350000.0, "at-least", "planned"),
    ),
    (
        "코어위브는 현재 4만 개 이상의 GB300을 운영한다.",
        ("coreweave", "gb300", 40000.0, "at-least", "actual"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), QUALIFYING_COUNTS)
def test_a_count_qualifying_the_chips_after_it_counts_them(
    sentence: str, expected: tuple[Any, ...]
) -> None:
    found = [
        (r[0], r[2].get("chip"), r[4][0], r[4][4], r[5])
        for r in rows(sentence)
        if r[1] == "deployed_chips"
    ]
    assert [expected] == found


def test_a_count_qualifying_orders_is_no_fleet() -> None:
    assert rows("엔비디아 주가는 100만 개가 넘는 주문 소식에 올랐다.") == []


# -- an option "on the table" is being weighed ---------------------------------------------
# "…TPU를 빌려 쓰는 안도 테이블에 올라 있다고 한다", "물망에 올랐다": idioms of an option
# under consideration, as "검토하고 있다" is (GUIDE: considering), whatever time it names.

ON_THE_TABLE = [
    (
        "메타는 내년부터 구글 클라우드를 통해 TPU를 빌려 쓰는 방안도 테이블에 올라 있다고 한다.",
        [("meta", {"mode": "cloud", "via": "google"}, "google-tpu", "considering")],
    ),
    (
        "메타가 구글 클라우드에서 TPU를 빌려 쓰는 안이 테이블에 올라 있다.",
        [("meta", {"mode": "cloud", "via": "google"}, "google-tpu", "considering")],
    ),
    (
        "애플이 AWS에서 트레이니움2를 빌려 쓰는 방안이 물망에 올랐다.",
        [("apple", {"mode": "cloud", "via": "aws"}, "trainium2", "considering")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ON_THE_TABLE)
def test_an_option_on_the_table_is_being_considered(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == adoptions(sentence)


# -- a cloud use whose user is the topic of the sentence before ----------------------------
# "메타는 2027년부터 … 논의하고 있다. 그보다 앞서 내년부터 구글 클라우드를 통해 TPU를 빌려 쓰는
# 안도 테이블에 올라 있다고 한다": a sentence that names only the provider has the topic
# marked in the sentence before as its user, as a later clause of one sentence already did.

CLOUD_USER_BEFORE = [
    (
        "메타는 2027년부터 자사 데이터센터에 구글 TPU를 직접 설치하는 방안을 논의하고 있다."
        " 그보다 앞서 내년부터 구글 클라우드를 통해 TPU를 빌려 쓰는 안도 검토하고 있다.",
        ("meta", {"mode": "cloud", "via": "google"}, "google-tpu", "considering"),
    ),
    (
        "앤트로픽은 AWS를 주요 클라우드로 쓴다. 구글 클라우드의 TPU도 함께 쓴다.",
        ("anthropic", {"mode": "cloud", "via": "google"}, "google-tpu", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), CLOUD_USER_BEFORE)
def test_a_cloud_use_naming_only_its_provider_is_the_previous_topics(
    text: str, adoption: tuple[Any, ...]
) -> None:
    assert adoption in adoptions(text)


def test_a_cloud_use_two_sentences_after_its_topic_has_no_user() -> None:
    text = (
        "앤트로픽은 AWS를 주요 클라우드로 쓴다. 시장은 이를 주목했다. 구글 클라우드의 TPU도 함께"
        " 쓴다."
    )
    assert [a for a in adoptions(text) if a[2] == "google-tpu"] == []


# -- the lines of a time-stamped ticker are statements -------------------------------------
# "[14:09] 메타 \"프로메테우스에 블랙웰 GPU 50만 개 배치 완료\"": a line with no final period is a
# title elsewhere, but in a ticker (three lines or more opening with a clock time) each line is
# an item of news, read as a sentence. Two stamped lines make no ticker.

TICKER = (
    "[헤드라인] 오후 AI 인프라 주요 뉴스\n"
    "[13:05] 코어위브, 텍사스 데이터센터에 GB300 2만 개 배치 완료\n"
    '[13:20] 오라클 "애빌린 캠퍼스에 GB200 10만 개 추가"\n'
    "[13:42] 코스피 반도체 업종지수 1.2% 상승 마감\n"
)


def test_each_line_of_a_time_stamped_ticker_is_a_statement() -> None:
    found = {(r[0], r[2].get("chip"), r[4][0]) for r in rows(TICKER) if r[1] == "deployed_chips"}
    assert ("coreweave", "gb300", 20000.0) in found


def test_two_stamped_lines_make_no_ticker() -> None:
    text = (
        "[13:05] 코어위브, 텍사스 데이터센터에 GB300 2만 개 배치 완료\n[13:42] 코스피 상승 마감\n"
    )
    assert [r for r in rows(text) if r[1] == "deployed_chips"] == []
