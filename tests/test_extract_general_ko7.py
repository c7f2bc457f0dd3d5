"""General causes behind the Korean extractor's misses (seventh round), each pinned by
phrasings written for these tests in the register of different outlets, plus traps that
must not change. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows, fact_of

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 6, 12, 9, 0, tzinfo=KST)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED, tier)


def facts(text: str) -> set[tuple[Any, ...]]:
    return {fact_of(r) for r in rows(text)}


# -- a running total after an addition ---------------------------------------------------------
# An amount added is no claim (GUIDE); the total the sentence goes on to give is, though its
# clause ("누적 지분 투자액은 60억 달러다") names no investor: the addition's investor and
# target are its own. A headline or ticker line writes a comma for the subject's particle
# ("[14:40] 엔비디아, 코어위브에 …").

RUNNING_TOTALS = [
    (
        "마이크로소프트는 오픈AI에 100억 달러를 추가로 투자했고, 총 투자액은 130억 달러가 됐다.",
        ("microsoft", "investment", (("target", "openai"),), None, 1.3e10, "actual"),
    ),
    (
        "구글은 앤트로픽에 10억 달러를 추가 투자했으며, 누적 투자금은 30억 달러다.",
        ("google", "investment", (("target", "anthropic"),), None, 3e9, "actual"),
    ),
    (
        "소프트뱅크는 오픈AI에 225억 달러를 추가로 투자했으며 누적 지분 투자액은 약 300억 달러다.",
        ("softbank", "investment", (("target", "openai"),), None, 3e10, "actual"),
    ),
    (
        "[09:10] 삼성전자, 2분기 잠정 실적 발표\n\n"
        "[09:32] 아마존, 앤트로픽에 40억 달러 추가 투자…누적 투자액 80억 달러\n\n"
        "[09:50] SK하이닉스, HBM4 양산 돌입",
        ("amazon", "investment", (("target", "anthropic"),), None, 8e9, "actual"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), RUNNING_TOTALS)
def test_the_total_after_an_addition_is_the_investors_standing_total(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(sentence)


RUNNING_TOTAL_TRAPS = [
    # no addition before it: the amount invested is the claim, the total is not taken
    (
        "마이크로소프트는 오픈AI에 100억 달러를 투자했고, 총 투자액은 130억 달러가 됐다.",
        {("microsoft", "investment", (("target", "openai"),), None, 1e10, "actual")},
    ),
    # an addition alone is still no claim
    ("엔비디아는 크루소에 5억 달러를 추가로 투자했다.", set()),
    # a list of companies before the comma is no headline subject
    (
        "[10:01] 엔비디아, AMD, 인텔 주가 일제히 하락\n\n"
        "[10:20] 메모리 가격 상승\n\n[10:40] 장 마감",
        set(),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RUNNING_TOTAL_TRAPS)
def test_a_total_with_no_addition_before_it_is_left_as_it_was(
    sentence: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(sentence)


def test_a_headline_line_names_its_investor_before_a_comma() -> None:
    ticker = (
        "[14:02] 메타, 오하이오 클러스터 가동\n\n"
        "[14:20] 엔비디아, 엔스케일에 7억 달러 투자\n\n"
        "[14:41] 마이크론, HBM4 출하 시작"
    )
    assert ("nvidia", "investment", (("target", "nscale"),), None, 7e8, "actual") in facts(ticker)


# -- a seller with no customer named ---------------------------------------------------------
# A company that sells a product another company makes ("델은 HGX H200 보드 1만 장을
# 공급했다", a server maker shipping racks) sells it to someone the clause does not name: it
# is no customer of the product's maker, whatever the tense of the selling verb.

SELLER_ALONE = [
    "델은 지난 분기 HGX H200 보드 1만 장을 공급했다.",
    "슈퍼마이크로는 GB200 NVL72 랙 300대를 출하했다고 밝혔다.",
    "폭스콘이 GB300 서버 랙 2천 대를 납품했다.",
    "HPE는 올해 들어 B200 서버를 4천 대 넘게 판매했다.",
]


@pytest.mark.parametrize("sentence", SELLER_ALONE)
def test_a_seller_of_another_makers_product_is_no_customer_of_that_maker(sentence: str) -> None:
    assert not [r for r in rows(sentence) if r[1] == "supply_deal"]


SELLER_TRAPS = [
    # the customer named in the dative: the seller sells to it
    (
        "델은 코어위브에 GB300 랙을 공급했다.",
        {("coreweave", "supply_deal", (("product", "gb300"),), "dell", None, "actual")},
    ),
    # a verb of receiving: the subject is the customer of the maker named
    (
        "크루소는 엔비디아 GB300을 공급받았다.",
        {("crusoe", "supply_deal", (("product", "gb300"),), "nvidia", None, "actual")},
    ),
    # the maker itself supplies its product
    (
        "SK하이닉스는 엔비디아에 HBM4를 공급했다.",
        {("nvidia", "supply_deal", (("product", "hbm4"),), "sk-hynix", None, "actual")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SELLER_TRAPS)
def test_a_named_customer_or_a_receiving_verb_still_makes_the_deal(
    sentence: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == {f for f in facts(sentence) if f[1] == "supply_deal"}


# -- goods received from a company, with adverbials in between -------------------------------
# "코어위브가 델로부터 GB300 NVL72 랙을 업계 최초로 인도받았다는": the receiving verb may stand
# several words after the company received from (a product of three words, "업계 최초로",
# "이달 초 처음으로"); "납품받" and "인도받" are receiving verbs as "공급받" is, so the company
# that received is the customer, never the seller.

RECEIVED_FAR = [
    (
        "크루소는 델로부터 GB300 NVL72 랙 수백 대를 이달 초 업계에서 처음으로 인도받았다.",
        ("crusoe", "supply_deal", (("product", "gb300"),), "dell", None, "actual"),
    ),
    (
        "네비우스가 슈퍼마이크로에서 B200 서버를 올해 들어 두 차례에 걸쳐 납품받았다.",
        ("nebius", "supply_deal", (("product", "b200"),), "supermicro", None, "actual"),
    ),
    (
        "② 커뮤니티 반응: 람다랩스가 HPE로부터 GB200 NVL72 랙을 국내 업체 중 처음 인도받았다는 "
        "글이 화제가 됐다.",
        ("lambda", "supply_deal", (("product", "gb200"),), "hpe", None, "actual"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), RECEIVED_FAR)
def test_goods_received_some_words_after_their_seller_make_the_receiver_the_customer(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert fact in facts(sentence)
    assert {f[0] for f in facts(sentence) if f[1] == "supply_deal"} == {fact[0]}


RECEIVED_FAR_TRAPS = [
    # praise or an approval received far from the company is no goods
    "삼성전자는 엔비디아로부터 HBM4 12단 제품에 대해 최근 진행된 품질 테스트에서 "
    "좋은 평가를 받았다.",
    # people hired from a company, help received: no goods
    "코어위브는 엔비디아에서 GB300 랙 구축 경험이 있는 엔지니어를 여럿 영입해 지원을 받았다.",
]


@pytest.mark.parametrize("sentence", RECEIVED_FAR_TRAPS)
def test_praise_or_help_received_from_a_company_is_no_deal(sentence: str) -> None:
    assert not [f for f in facts(sentence) if f[1] == "supply_deal"]


# -- "이를" refers back to the count just told, of its chip -----------------------------------
# "…에서 가동 중인 GB200이 20만 개를 넘어섰습니다. 부지를 운영하는 오라클은 연말까지 이를 40만
# 개로 늘릴 계획입니다": "이를" is the site's count just told, so its chip is that count's, not
# the chip the text was about before (GB300, from an earlier item), to which "이를" as a chip
# anaphor resolves. A chip the sentence names itself still stands.

RACK_ITEM = (
    "• 크루소, GB300 2만 개 — 크루소는 GB300 GPU를 2만 개 넘게 설치했습니다. 참고로 GB300 "
    "NVL72 랙 하나에는 GPU 72개와 그레이스 CPU 36개가 들어갑니다.\n"
)

REFERRED_COUNTS = [
    (
        RACK_ITEM + "• 콜로서스, 15만 개 넘었다 — 테네시주 멤피스의 콜로서스에서 가동 중인 GB200이 "
        "15만 개를 넘어섰습니다. 부지를 운영하는 xAI는 연말까지 이를 30만 개로 늘릴 계획입니다.",
        ("colossus", "deployed_chips", (("chip", "gb200"),), None, 300000.0, "planned"),
    ),
    (
        RACK_ITEM + "• 프로메테우스, 8만 개 — 오하이오주 프로메테우스 클러스터에서 돌아가는 H200이 "
        "8만 개를 넘었습니다. 메타는 내년 3월까지 그 수를 12만 개로 늘릴 계획입니다.",
        ("prometheus", "deployed_chips", (("chip", "h200"),), None, 120000.0, "planned"),
    ),
    (
        RACK_ITEM + "• 프로메테우스, 8만 개 — 오하이오주 프로메테우스 클러스터에서 돌아가는 H200이 "
        "8만 개를 넘었습니다. 메타는 내년 3월까지 이를 GB300 12만 개로 늘릴 계획입니다.",
        ("prometheus", "deployed_chips", (("chip", "gb300"),), None, 120000.0, "planned"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), REFERRED_COUNTS)
def test_a_count_referred_back_keeps_the_chip_of_the_count_just_told(
    text: str, fact: tuple[Any, ...]
) -> None:
    planned = {f for f in facts(text) if f[5] == "planned"}
    assert {fact} == planned


# -- "당사" under a digest's section heading; a reference back that holds its particle --------
# A digest of filings heads each excerpt with its filer ("2) 아마존 — 분기보고서(Form 10-Q) 중
# 발췌"): "당사" in the quoted excerpt is that company. A reference back that ends with its
# subject particle ("회사는", "당사는") is the clause's subject as "이 회사는" is; a count before it
# ("세 회사는") makes it a group, no one company.

DIGEST = (
    "[공시 요약] 장 마감 후 주요 공시\n\n"
    "오늘 나온 공시를 원문 그대로 옮긴다.\n\n"
    "1) 마이크로소프트 — 연차보고서(Form 10-K) 중 투자 주석 발췌\n"
    '"2026년 6월 30일 현재 당사는 오픈AI에 총 130억 달러를 투자했다. 이 가운데 일부는 '
    '공정가치로 측정된다."\n\n'
    "2) 엔비디아 — 분기보고서 중 발췌\n"
    '"당사는 2026년 1분기 중 코어위브에 모두 63억 달러를 투자했다."'
)


def test_the_filer_a_digests_section_heading_names_is_its_excerpts_own_company() -> None:
    got = {(f[0], f[1], f[2], f[4]) for f in facts(DIGEST)}
    assert ("microsoft", "investment", (("target", "openai"),), 1.3e10) in got
    assert ("nvidia", "investment", (("target", "coreweave"),), 6.3e9) in got


OWN_PARTICLE = [
    (
        "구글이 새 데이터센터 계획을 내놨다. 회사는 앤트로픽에 20억 달러를 투자했다.",
        {("google", "investment", (("target", "anthropic"),), None, 2e9, "actual")},
    ),
    (
        "엔비디아가 영국 사업을 넓힌다. 회사는 엔스케일에 5억 달러를 투자하기로 했다.",
        {("nvidia", "investment", (("target", "nscale"),), None, 5e8, "announced")},
    ),
    # a group of companies: no one investor
    (
        "오픈AI와 소프트뱅크, 오라클이 손을 잡았다. 세 회사는 스타게이트에 1000억 달러를 투자한다.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_PARTICLE)
def test_a_reference_back_that_ends_with_its_particle_is_the_subject(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == {f for f in facts(text) if f[1] == "investment"}


# -- "이 시스템 한 대에는": the system just named; a figure read from a published spec ---------
# "화웨이가 공개한 사양에 따르면 이 시스템 한 대에는 어센드 910C 384개가 탑재된다" after the
# system was named: the count is the system's, not the chip's, and "공개한 사양에 따르면" says
# where the figure is read, no announcement: a shipping system's specification is actual.

THIS_SYSTEM = [
    (
        "화웨이는 클라우드매트릭스 384를 중국 내 데이터센터에 공급하고 있다. 화웨이가 공개한 "
        "사양에 따르면 이 시스템 한 대에는 어센드 910C 384개가 들어간다.",
        ("cloudmatrix-384", "chips_per_system", (), None, 384.0, "actual"),
    ),
    (
        # Helios first ships in 2026-09 (vocabulary ``available``): announced in 2026-06
        "AMD는 헬리오스 랙의 세부 사양을 소개했다. 이 랙 하나에는 MI450 72개가 탑재된다.",
        ("helios", "chips_per_system", (), None, 72.0, "announced"),
    ),
    (
        "AMD가 발표한 자료에 따르면 MI355X에는 HBM3E 288GB가 탑재된다.",
        ("mi355x", "memory_capacity", (("memory", "hbm3e"),), None, 2.88e11, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), THIS_SYSTEM)
def test_one_of_the_system_just_named_holds_the_count_read_from_its_spec(
    text: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(text)


def test_a_system_announced_for_later_keeps_its_announcement() -> None:
    text = "AMD는 헬리오스 랙을 내년에 출시한다고 공개했다. 이 랙 하나에는 MI450 72개가 탑재된다."
    assert {("helios", "chips_per_system", (), None, 72.0, "announced")} == facts(text)


# -- power that sizes a contract keeps no time of its own -------------------------------------
# "오픈AI와 맺은 6GW 계약에 따라 하반기부터 MI450을 공급한다고 밝혔다": the gigawatts size the
# contract; the time beside them ("하반기부터") is the supply's, not the power figure's, so the
# deal is announced from the second half. A tranche of power that is its own clause's topic
# ("첫 1기가와트는 내년 하반기 …로 채워집니다") keeps the time, and the signed deal stays a fact.


def deal_rows(text: str) -> set[tuple[Any, ...]]:
    return {(r[0], r[3], r[5], r[6]) for r in rows(text) if r[1] == "supply_deal"}


def test_power_that_sizes_the_contract_leaves_the_time_to_the_supply() -> None:
    text = "AMD는 오픈AI와 맺은 6GW 계약에 따라 하반기부터 MI450을 공급한다고 밝혔다."
    assert {("openai", "amd", "announced", ("open", "2026-07-01", "None"))} == deal_rows(text)


def test_a_power_tranche_with_its_own_time_leaves_the_signed_deal_a_fact() -> None:
    text = "오라클과의 계약은 서명이 끝났고, 첫 1기가와트는 내년 하반기 MI450으로 채워집니다."
    assert {("oracle", "amd", "actual", ("point", "2026-06-12", "2026-06-12"))} == deal_rows(text)


# -- a chip named as "N배를 넘는" point of comparison is not what the next line is about -------
# "· 메모리 대역폭은 19.6TB/s로, 현행 MI355X의 두 배를 넘습니다." then "· 연산 성능은 FP4 기준
# 40페타플롭스입니다.": MI355X is only compared with, so the zero subject of the next line is
# still the new chip. "…의 두 배를 넘", "…의 세 배가 넘", "…의 두 배를 웃", "…의 두 배 이상" are
# comparisons as "…의 두 배에 달" was.

COMPARED_LINES = [
    (
        "■ 신제품 공개\n· 가우디3는 HBM2E 128GB를 탑재합니다.\n"
        "· 메모리 대역폭은 3.7TB/s로, 경쟁 제품인 H100의 두 배를 넘습니다.\n"
        "· 연산 성능은 FP8 기준 1835테라플롭스입니다.",
        ("gaudi3", "peak_compute", (("precision", "fp8"),), None, 1.835e15),
    ),
    (
        "■ 신제품 공개\n· MI450은 HBM4 432GB를 탑재합니다.\n"
        "· 대역폭은 19.6TB/s로, MI355X의 두 배 이상입니다.\n"
        "· 연산 성능은 FP8 기준 20페타플롭스입니다.",
        ("mi450", "peak_compute", (("precision", "fp8"),), None, 2e16),
    ),
]


@pytest.mark.parametrize(("text", "fact"), COMPARED_LINES)
def test_a_chip_named_as_a_multiple_compared_with_leaves_the_focus_alone(
    text: str, fact: tuple[Any, ...]
) -> None:
    compute = {f[:5] for f in facts(text) if f[1] == "peak_compute"}
    assert {fact} == compute


# -- an amount heading its line, described after the colon ------------------------------------
# "▲ 50억 달러: 엔비디아가 보유한 인텔 지분의 취득 금액" (a by-the-numbers column): the line after
# the colon says whose amount it is, so the company marked as subject invests in the one in
# the dative or the one whose stake is named; nothing is guessed from the text's topic.

FIGURE_LINES = [
    (
        "▲ 50억 달러: 엔비디아가 보유한 인텔 지분의 취득 금액.",
        {("nvidia", "investment", (("target", "intel"),), None, 5e9, "actual")},
    ),
    (
        "· 80억 달러 — 아마존이 앤트로픽에 투자한 누적 금액.",
        {("amazon", "investment", (("target", "anthropic"),), None, 8e9, "actual")},
    ),
    # money raised: the company it came from invests, as in any sentence
    (
        "▲ 11억 달러: 코어위브가 엔비디아로부터 유치한 투자 금액.",
        {("nvidia", "investment", (("target", "coreweave"),), None, 1.1e9, "actual")},
    ),
    # no company to invest in: no claim, and no investor guessed
    ("▲ 2조 원: 삼성전자가 HBM4 증설에 투자한 금액.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_LINES)
def test_an_amount_heading_its_line_takes_the_parties_its_description_names(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    column = "구글이 올해 가장 많은 돈을 썼다.\n\n" + text
    assert expected == {f for f in facts(column) if f[1] == "investment"}


# -- a deal's count told under it in the next clause ------------------------------------------
# "…로부터 GB300 NVL72 랙을 공급받는 계약을 체결했으며, 이 계약에 따라 GB300 GPU 1만 개 이상이
# 공급된다": the clause that refers back to the deal ("이 계약에 따라", "이 계약으로", "이 계약에
# 의하여") says how many of its product it supplies; a count of something else under the deal
# (a fleet it grows to) is not the deal's.

DEAL_COUNTS = [
    (
        "네비우스는 델로부터 GB300 NVL72 랙을 공급받는 계약을 체결했으며, 이 계약에 따라 "
        "GB300 GPU 1만 2천 개 이상이 공급된다.",
        ("nebius", "supply_deal", (("product", "gb300"),), "dell", 12000.0, "actual"),
    ),
    (
        "크루소는 슈퍼마이크로로부터 GB200 랙을 공급받는 계약을 맺었으며, 이 계약으로 GB200 "
        "GPU 2만 개가 공급된다.",
        ("crusoe", "supply_deal", (("product", "gb200"),), "supermicro", 20000.0, "actual"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), DEAL_COUNTS)
def test_the_count_supplied_under_the_deal_is_the_deals(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == {f for f in facts(sentence) if f[1] == "supply_deal"}


def test_a_fleet_grown_to_under_the_deal_is_no_count_of_it() -> None:
    sentence = (
        "크루소는 델로부터 GB200 랙을 공급받는 계약을 맺었으며, 이 계약으로 크루소의 GB200 "
        "보유량은 5만 개로 늘어난다."
    )
    deals = {f for f in facts(sentence) if f[1] == "supply_deal"}
    assert {("crusoe", "supply_deal", (("product", "gb200"),), "dell", None, "actual")} == deals


# -- a product already in use, told with only its maker named, continues the topic -------------
# "네이버는 … 들일 계획이라고 밝혔다. 추론용으로는 인텔 가우디3를 이미 일부 서버에 넣어 쓰고
# 있다는 설명도 덧붙였다": the second sentence drops its subject, the first one's marked topic,
# and names only the product's maker. Chips put into one's own servers ("서버에 넣어", "서버에
# 꽂아") are used on-prem. A sentence with a subject of its own ("여러 곳이", "업계에서는") or
# a topic of its own is not continued.

ZERO_SUBJECT_USE = [
    (
        "카카오는 판교 센터에 B200을 2027년까지 2만 개 들일 계획이라고 밝혔다. 추론용으로는 "
        "인텔 가우디3를 이미 일부 서버에 넣어 쓰고 있다는 설명도 덧붙였다.",
        ("kakao", "adopts", (("mode", "on-prem"),), "gaudi3", None, "actual"),
    ),
    (
        "SK텔레콤은 가산 데이터센터 증설 계획을 내놨다. 학습용으로는 엔비디아 H100을 이미 "
        "서버에 꽂아 돌리고 있다고 회사는 설명했다.",
        ("sk-telecom", "adopts", (("mode", "on-prem"),), "h100", None, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), ZERO_SUBJECT_USE)
def test_a_product_in_use_with_only_its_maker_named_is_the_previous_topics(
    text: str, fact: tuple[Any, ...]
) -> None:
    assert fact in facts(text)


ZERO_SUBJECT_TRAPS = [
    "카카오는 판교 센터에 B200을 들일 계획이다. 업계에서는 인텔 가우디3를 이미 여러 곳이 "
    "쓰고 있다.",
    "SK텔레콤은 가산 센터에 GPU를 늘린다. 인텔 가우디3는 이미 여러 업체가 쓰고 있다.",
]


@pytest.mark.parametrize("text", ZERO_SUBJECT_TRAPS)
def test_a_use_with_a_subject_of_its_own_is_not_the_previous_topics(text: str) -> None:
    assert not [f for f in facts(text) if f[3] == "gaudi3"]
