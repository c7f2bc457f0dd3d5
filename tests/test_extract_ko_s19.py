"""Korean causes fixed in session 19 from the folded blind batches (ko-z, ko-aa), each pinned
by sentences written for these tests (other companies, chips, amounts and verbs than the
gold) plus traps that must not change. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor
from tracker.extract import default_extractor
from tracker.extract.interviewee_ko import interviewee

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """:func:`claim_row` of every claim in one Korean snippet."""
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, tier)]


def facts(text: str, predicate: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(subject, object or target, modality, valid) of every claim of one predicate."""
    return [
        (r[0], r[3] or r[2].get("target"), r[5], r[6])
        for r in rows(text, tier)
        if r[1] == predicate
    ]


# -- a past month, quarter, half or season before a signing or an agreement dates the act ---
# (GUIDE: "In September 2025 Nvidia said it would invest …", "지난달 계약" stay at publication)

AGREED_IN_THE_PAST = [
    (
        "마이크로소프트는 지난해 봄 오픈AI에 최대 30억 달러를 넣기로 한 바 있다.",
        "investment",
        ("microsoft", "openai", "announced", TODAY),
    ),
    (
        "카카오는 2025년 6월 슈퍼마이크로와 B200 서버 20대를 구매하는 계약을 맺었다.",
        "supply_deal",
        ("kakao", "supermicro", "actual", TODAY),
    ),
    (
        "아마존은 지난해 11월 앤트로픽 지분 40억 달러어치를 사기로 합의했다.",
        "investment",
        ("amazon", "anthropic", "announced", TODAY),
    ),
    (
        "오라클은 2025년 4분기 AMD와 MI450 공급 계약을 체결했다.",
        "supply_deal",
        ("oracle", "amd", "actual", TODAY),
    ),
    (
        # a count with a thousands comma stays in the act's clause
        "네이버는 2025년 상반기 엔비디아로부터 H200 3,000장을 공급받기로 결정했다.",
        "supply_deal",
        ("naver", "nvidia", "actual", TODAY),
    ),
]

# traps: a deployment, a figure and a chronology's heading keep their dates
DATED_STATES = [
    (
        "KT는 2025년 3월 H100 2,000장을 도입했다.",
        "deployed_chips",
        ("kt", None, "actual", ("point", "2025-03-01", "2025-03-31")),
    ),
    (
        "구글은 지난해 겨울 TPU 5만 개를 들였다.",
        "deployed_chips",
        ("google", None, "actual", ("point", "2025-12-01", "2026-02-28")),
    ),
    (
        "삼성전자의 HBM 월 생산능력은 지난해 가을 17만 장이었다.",
        "capacity",
        ("samsung", None, "actual", ("point", "2025-09-01", "2025-11-30")),
    ),
    (
        "크루소는 2025년 8월 애빌린에서 GB200 1만 2천 개를 가동하고 있었다.",
        "deployed_chips",
        ("crusoe", None, "actual", ("point", "2025-08-01", "2025-08-31")),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), AGREED_IN_THE_PAST + DATED_STATES)
def test_a_past_time_before_a_signing_or_agreement_dates_the_act_not_the_claim(
    text: str, predicate: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text, predicate)


# -- what a product's availability is judged on --------------------------------------------
# a product named as where a supplied part goes is not what ships ("루빈에 들어갈 HBM4를
# 공급하고 있다"), and "아직" says a product is not out only about its release, not about
# revenue or a licence ("매출은 아직 인식하지 않았다")


def spec_modalities(text: str) -> set[tuple[str, str, str]]:
    """(product, predicate, modality) of every specification claim."""
    specs = ("memory_capacity", "memory_bandwidth", "peak_compute", "chips_per_system")
    return {(r[0], r[1], r[5]) for r in rows(text) if r[1] in specs}


SPEC_MODALITIES = [
    (
        "마이크론은 루빈용 HBM4를 양산해 엔비디아에 공급하고 있다. "
        "루빈은 메모리 대역폭이 초당 22TB다.",
        ("rubin", "memory_bandwidth", "announced"),
    ),
    (
        "삼성전자는 MI450에 탑재되는 HBM4를 AMD에 출하하고 있다. MI450은 HBM4 432GB를 단다.",
        ("mi450", "memory_capacity", "announced"),
    ),
    (
        "SK하이닉스는 루빈 GPU에 쓰일 HBM4를 출하하고 있다. "
        "루빈의 연산 성능은 FP4 기준 50페타플롭스다.",
        ("rubin", "peak_compute", "announced"),
    ),
    (
        "엔비디아는 H200 출하 허가를 받았으나 관련 매출은 아직 인식하지 않았다. "
        "H200은 HBM3E 141GB를 달았다.",
        ("h200", "memory_capacity", "actual"),
    ),
    (
        "AMD는 MI355X 양산 물량 주문을 받았지만 매출은 아직 잡히지 않았다. "
        "MI355X는 HBM3E 288GB를 갖췄다.",
        ("mi355x", "memory_capacity", "actual"),
    ),
    # traps: the product itself shipping, or said not to be out yet
    (
        "엔비디아는 루빈을 고객에게 출하하고 있다. 루빈의 메모리 대역폭은 초당 22TB다.",
        ("rubin", "memory_bandwidth", "actual"),
    ),
    (
        "루빈은 아직 출하 전이다. 루빈은 HBM4 288GB를 단다.",
        ("rubin", "memory_capacity", "announced"),
    ),
    (
        "MI355X는 아직 출시되지 않았다. MI355X는 HBM3E 288GB를 갖췄다.",
        ("mi355x", "memory_capacity", "announced"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEC_MODALITIES)
def test_a_destination_or_a_revenue_still_to_come_says_nothing_of_a_products_release(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in spec_modalities(text)


def in_body(line: str) -> str:
    """A line placed after an opening sentence, so that it is no title."""
    return "오늘의 소식입니다.\n\n" + line


def places(text: str) -> set[tuple[str, str]]:
    """(site, place) of every located_in claim."""
    return {(r[0], r[4]) for r in rows(in_body(text)) if r[1] == "located_in"}


# -- a site's numbered or second campus is the site, in its own place --------------------

SITE_CAMPUSES = [
    ("텍사스주 애빌린의 스타게이트 2호도 가동에 들어갔다.", {("stargate", "Texas, US")}),
    ("위스콘신주의 페어워터 3호도 가동 중이다.", {("fairwater", "Wisconsin, US")}),
    (
        "오라클은 텍사스의 스타게이트를 가동 중이며, 뉴멕시코주 두 번째 스타게이트도 짓고 있다.",
        {("stargate", "Texas, US"), ("stargate", "New Mexico, US")},
    ),
    (
        "MS는 위스콘신주 '페어워터'를 가동 중이고, 애틀랜타 새 페어워터도 가동에 들어갔다.",
        {("fairwater", "Wisconsin, US"), ("fairwater", "Georgia, US")},
    ),
    # traps: a sequel named as a site of its own, a museum's machine ("2호기")
    ("멤피스의 콜로서스 2는 가동 중이다.", {("colossus-2", "Tennessee, US")}),
    ("과학관의 콜로서스 2호기는 진공관 컴퓨터다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SITE_CAMPUSES)
def test_a_sites_numbered_or_second_campus_is_the_site_in_its_own_place(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert places(text) == expected


# -- a digest's line under ▶, ▷ or ● with a desk's tag has its subject before a comma ------

DIGEST_LINES = [
    (
        "▶ [단독] 마이크로소프트, 오픈AI에 30억 달러 투자 논의",
        ("microsoft", "investment", "openai", "considering"),
    ),
    ("▷ 네이버, 엔비디아와 H200 공급 계약 체결", ("naver", "supply_deal", "nvidia", "actual")),
    (
        "● 카카오, 퓨리오사AI와 레니게이드 공급 계약 체결",
        ("kakao", "supply_deal", "furiosaai", "actual"),
    ),
    ("▶ [속보] 오라클, AMD와 MI450 공급 계약 체결", ("oracle", "supply_deal", "amd", "actual")),
]


def relations(text: str) -> set[tuple[Any, ...]]:
    """(subject, predicate, object or target, modality) of every claim."""
    return {(r[0], r[1], r[3] or r[2].get("target"), r[5]) for r in rows(text)}


@pytest.mark.parametrize(("line", "expected"), DIGEST_LINES)
def test_a_digest_line_under_a_bullet_and_a_desk_tag_has_its_subject_before_a_comma(
    line: str, expected: tuple[str, ...]
) -> None:
    assert expected in relations(in_body(line))


def test_a_section_header_under_a_diamond_is_still_no_sentence() -> None:
    assert relations(in_body("◆ 위스콘신과 애틀랜타를 잇는 '페어워터'")) == set()


# -- a commitment or a decision to buy a cloud's compute is a deal made (GUIDE) ------------

COMPUTE_BOUGHT = [
    (
        "오픈AI는 오라클 클라우드 컴퓨팅을 3000억 달러어치 구매하기로 했다.",
        ("openai", "supply_deal", "oracle", "actual"),
    ),
    (
        "메타는 구글 클라우드 컴퓨팅을 100억 달러어치 구매하기로 약정했다.",
        ("meta", "supply_deal", "google", "actual"),
    ),
    (
        "• 미스트랄AI, 코어위브 컴퓨팅 용량을 20억 달러어치 사들이기로 약속.",
        ("mistral", "supply_deal", "coreweave", "actual"),
    ),
    (
        "xAI는 오라클에서 컴퓨팅 용량을 구매하기로 약속했다.",
        ("xai", "supply_deal", "oracle", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_BOUGHT)
def test_a_commitment_to_buy_a_clouds_compute_is_a_deal_made(
    text: str, expected: tuple[str, ...]
) -> None:
    assert expected in relations(in_body(text))


def test_a_pledge_to_invest_stays_an_announced_investment_and_no_deal() -> None:
    found = relations(in_body("마이크로소프트는 앤트로픽에 50억 달러를 투자하기로 약속했다."))
    assert found == {("microsoft", "investment", "anthropic", "announced")}


# -- memory, and each of a listed subject with one partner (GUIDE: memory is bought) -------

LISTED_SELLERS = [
    (
        "삼성전자와 SK하이닉스 모두 오픈AI와 메모리 공급 방안을 논의 중인 단계다.",
        {("openai", "samsung", "considering"), ("openai", "sk-hynix", "considering")},
    ),
    (
        "삼성전자와 마이크론 둘 다 AMD와 HBM 공급 협상을 벌이고 있다.",
        {("amd", "samsung", "considering"), ("amd", "micron", "considering")},
    ),
    (
        "엔비디아와 AMD 모두 TSMC와 파운드리 계약을 맺고 있다.",
        {("nvidia", "tsmc", "actual"), ("amd", "tsmc", "actual")},
    ),
    ("마이크론은 AMD와 메모리 공급 계약을 맺었다.", {("amd", "micron", "actual")}),
    # traps: no partner, a shortage, two buyers of the same rank
    ("삼성전자와 SK하이닉스는 메모리 가격을 올렸다.", set()),
    ("삼성전자와 SK하이닉스 모두 메모리 공급 부족을 겪고 있다.", set()),
    ("메타와 구글 모두 오픈AI와 메모리 공급을 논의 중이다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_SELLERS)
def test_each_of_a_listed_subject_deals_with_the_one_partner(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {(r[0], r[3], r[5]) for r in rows(in_body(text)) if r[1] == "supply_deal"}
    assert found == expected


# -- a bare future told again or in a digest's clipped style is announced (GUIDE) ----------

TOLD_AGAIN = [
    (
        "• 코어위브, GB300 2만 개를 내년 1분기부터 자사 데이터센터에 들인다고 밝힘.",
        ("coreweave", "deployed_chips", "announced"),
    ),
    (
        "네비우스는 B300 1만 개를 하반기부터 배치한다고 재확인했다.",
        ("nebius", "deployed_chips", "announced"),
    ),
    (
        "SK하이닉스는 4분기부터 AMD에 HBM4를 공급한다고 다시 확인했다.",
        ("amd", "supply_deal", "announced"),
    ),
    # traps: a plan word keeps the plan, a past act stays done
    (
        "네비우스는 B300 1만 개를 하반기부터 배치할 예정이라고 재확인했다.",
        ("nebius", "deployed_chips", "planned"),
    ),
    ("네비우스는 B300 1만 개를 배치했다고 재확인했다.", ("nebius", "deployed_chips", "actual")),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AGAIN)
def test_a_bare_future_told_again_or_clipped_is_announced(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {(r[0], r[1], r[5]) for r in rows(in_body(text))}


# -- supply deals gapped under one shared verb: each conjunct's subject its own deal -------

GAPPED_DEALS = [
    (
        "메타가 GB300 1만 개를, 오라클이 2만 개를 엔비디아로부터 공급받기로 했다.",
        {("meta", "nvidia", "gb300", 10000.0), ("oracle", "nvidia", "gb300", 20000.0)},
    ),
    (
        "카카오가 B200 2,000장을, 네이버가 H200 3,000장을 델로부터 공급받았다.",
        {("kakao", "dell", "b200", 2000.0), ("naver", "dell", "h200", 3000.0)},
    ),
    (
        "SK하이닉스가 HBM4를, 마이크론이 HBM3E를 엔비디아에 공급한다.",
        {("nvidia", "sk-hynix", "hbm4", None), ("nvidia", "micron", "hbm3e", None)},
    ),
    (
        "AMD가 MI450 물량을, 구글이 TPU 물량을 TSMC에 맡겼다.",
        {("amd", "tsmc", "mi450", None), ("google", "tsmc", "google-tpu", None)},
    ),
    # traps: one conjunct, a denied report
    ("카카오가 B200 2,000장을 델로부터 공급받았다.", {("kakao", "dell", "b200", 2000.0)}),
    ("엔비디아는 블랙웰 5만 장을, 삼성전자가 6만 장을 공급받았다는 소식을 부인했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED_DEALS)
def test_each_conjunct_of_a_gapped_supply_deal_is_a_deal_of_its_own(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    found = {
        (r[0], r[3], r[2].get("product"), r[4] and r[4][0])
        for r in rows(in_body(text))
        if r[1] == "supply_deal"
    }
    assert found == expected


def deal_pairs(text: str) -> set[tuple[Any, ...]]:
    """(customer, supplier, product) of every supply_deal claim."""
    return {(r[0], r[3], r[2].get("product")) for r in rows(in_body(text)) if r[1] == "supply_deal"}


# -- a customer named among a company's biggest customers ----------------------------------

CUSTOMERS_OF = [
    ("메타는 AMD의 주요 고객 가운데 하나다.", {("meta", "amd", None)}),
    ("오픈AI는 코어위브의 가장 큰 고객이다.", {("openai", "coreweave", None)}),
    ("구글은 브로드컴의 주요 고객들 중 하나로 꼽힌다.", {("google", "broadcom", None)}),
    # traps: a rival, a denial
    ("메타는 엔비디아의 가장 큰 경쟁자 가운데 하나다.", set()),
    ("카카오는 네이버의 가장 큰 고객 가운데 하나가 아니다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CUSTOMERS_OF)
def test_one_of_a_companys_biggest_customers_has_a_deal_with_it(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert deal_pairs(text) == expected


# -- a chip made at a foundry's plant, or "at" the foundry: the designer buys (GUIDE) ------

MADE_AT_FOUNDRY = [
    (
        "퀄컴은 새 모뎀 칩을 삼성전자 평택 공장에서 생산하는 계약을 맺었다.",
        {("qualcomm", "samsung", None)},
    ),
    ("AMD는 MI450을 TSMC 대만 팹에서 생산한다.", {("amd", "tsmc", "mi450")}),
    ("AMD는 MI450을 TSMC에서 생산한다.", {("amd", "tsmc", "mi450")}),
    ("애플은 M5 칩을 TSMC 애리조나 팹에서 만든다.", {("apple", "tsmc", None)}),
    # traps: a chip described by where it was made, a maker's own plant, a design house
    (
        "애플도 TSMC 애리조나 팹에서 만든 칩의 후공정을 앰코에 맡기고 있다.",
        {("apple", "amkor", None)},
    ),
    ("삼성전자는 평택 공장에서 HBM4를 생산한다.", set()),
    ("브로드컴은 구글의 TPU를 설계하고 생산한다.", {("google", "broadcom", "google-tpu")}),
]


@pytest.mark.parametrize(("text", "expected"), MADE_AT_FOUNDRY)
def test_a_chip_made_at_a_foundry_or_its_plant_is_bought_from_the_foundry(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert deal_pairs(text) == expected


def adoptions(text: str) -> set[tuple[Any, ...]]:
    """(subject, object, mode, modality, valid) of every adopts claim."""
    return {
        (r[0], r[3], r[2].get("mode"), r[5], r[6]) for r in rows(in_body(text)) if r[1] == "adopts"
    }


# -- a use told by a verb of putting chips to work, with no count --------------------------

PUT_TO_WORK = [
    ("메타는 MI450 배치를 시작했다.", {("meta", "mi450", None, "actual", TODAY)}),
    (
        "카카오는 리벨 쿼드를 판교 데이터센터에 넣는 방안을 검토하고 있다.",
        {("kakao", "rebel", "on-prem", "considering", TODAY)},
    ),
    (
        "네이버는 가우디3를 내년 상반기 중 자사 데이터센터에 투입할 계획이다.",
        {("naver", "gaudi3", "on-prem", "planned", ("point", "2027-01-01", "2027-06-30"))},
    ),
    # its own and partners' sites: no one mode
    (
        "앤트로픽은 하반기부터 트레이니움3를 자체 및 파트너 데이터센터에 배치하기 시작할 계획이다.",
        {("anthropic", "trainium3", None, "planned", ("open", "2026-07-01", "None"))},
    ),
    # traps: a count (deployed_chips only), a denial
    ("메타는 MI450 1만 개 배치를 시작했다.", set()),
    ("SK텔레콤은 리벨 쿼드를 데이터센터에 넣는 방안을 검토하지 않고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PUT_TO_WORK)
def test_a_verb_of_putting_chips_to_work_with_no_count_adopts_them(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert adoptions(text) == expected


# -- a cloud offering a system in its own cloud adopts its chip; a system's count is no fleet

OFFERED_IN_OWN_CLOUD = [
    ("AWS는 트레이니움3 울트라서버를 자사 클라우드에서 제공하고 있다.", {("aws", "trainium3")}),
    (
        "구글은 아이언우드 9216개를 하나로 묶은 포드를 자사 클라우드에서 제공하고 있다.",
        {("google", "ironwood")},
    ),
    # trap: a fleet counted gives no adoption (GUIDE)
    ("구글은 아이언우드 5만 개를 자사 클라우드에서 제공하고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OFFERED_IN_OWN_CLOUD)
def test_a_cloud_offering_a_system_in_its_own_cloud_adopts_its_chip(
    text: str, expected: set[tuple[str, str]]
) -> None:
    found = {(a[0], a[1]) for a in adoptions(text) if a[2] == "on-prem" and a[3] == "actual"}
    assert found == expected


# -- a broker's note: a year marked "E" before a particle, a fraction "N분의 M" -------------

YEAR_2027 = ("point", "2027-01-01", "2027-12-31")

NOTE_FORMS = [
    (
        "SK하이닉스는 2027E에 엔비디아에 HBM4E를 공급할 것으로 추정된다.",
        ("nvidia", "sk-hynix", "forecast", YEAR_2027),
    ),
    (
        "마이크론은 2027E의 엔비디아 HBM4 물량 가운데 4분의 1을 가져갈 것으로 당사는 추정한다.",
        ("nvidia", "micron", "forecast", YEAR_2027),
    ),
    (
        "HBM4의 경우 2027년 엔비디아 물량의 3분의 2를 삼성전자가 가져갈 것으로 보인다.",
        ("nvidia", "samsung", "forecast", YEAR_2027),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTE_FORMS)
def test_an_estimate_year_with_a_particle_and_a_fraction_date_the_share(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert facts(in_body(text), "supply_deal") == [expected]


def test_a_fraction_is_no_count() -> None:
    found = rows(in_body("엔비디아는 B200 물량의 4분의 1을 마이크로소프트에 공급했다."))
    assert [r[4] for r in found if r[1] == "supply_deal"] == [None]


# -- goods handed to a recipient ("…에 넘기다") are supplied; an earlier note's figure is none

HANDED_OVER = [
    (
        "브로드컴은 2027E에 약 500만 개의 TPU를 구글에 넘길 것으로 추산된다.",
        {("google", "broadcom", "google-tpu", "forecast")},
    ),
    ("삼성전자는 HBM4 초도 물량을 AMD에 넘겼다.", {("amd", "samsung", "hbm4", "actual")}),
    # traps: a business sold, a target to pass ("넘긴다": to exceed)
    ("델은 슈퍼마이크로에 B200 서버 사업부를 넘겼다.", set()),
    ("리벨리온은 연말까지 리벨 쿼드 누적 출하량 1만 장을 넘긴다는 목표를 세웠다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HANDED_OVER)
def test_goods_handed_to_a_recipient_are_supplied_to_it(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    found = {
        (r[0], r[3], r[2].get("product"), r[5])
        for r in rows(in_body(text))
        if r[1] == "supply_deal"
    }
    assert found == expected


EARLIER_NOTES = [
    "TSMC의 CoWoS 월 생산능력은 지난 리포트의 월 10만 장에서 12만 장으로 상향됐다.",
    "TSMC의 CoWoS 생산능력 전망은 2026년 말 월 12만 장으로, "
    "직전 보고서의 11만 장에서 올려 잡은 것이다.",
]


@pytest.mark.parametrize("text", EARLIER_NOTES)
def test_an_earlier_notes_figure_is_no_claim(text: str) -> None:
    found = [r[4][0] for r in rows(in_body(text)) if r[1] == "capacity"]
    assert found == [120000.0]


# -- an older HBM generation is traded as memory of no named product (the dev gold) --------

OLDER_MEMORY = [
    ("퓨리오사AI는 HBM3를 SK하이닉스에서 받는다.", {("furiosaai", "sk-hynix", None)}),
    ("삼성전자는 엔비디아에 HBM3를 공급해 왔다.", {("nvidia", "samsung", None)}),
    # trap: a generation the GUIDE lists as a product stays one
    ("SK하이닉스는 엔비디아에 HBM3E를 공급한다.", {("nvidia", "sk-hynix", "hbm3e")}),
]


@pytest.mark.parametrize(("text", "expected"), OLDER_MEMORY)
def test_an_older_hbm_generation_is_no_deals_product(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert deal_pairs(text) == expected


def test_an_older_hbm_generation_still_qualifies_a_chips_memory() -> None:
    found = [
        r[2] for r in rows(in_body("레니게이드는 HBM3 48GB를 얹었다.")) if r[1] == "memory_capacity"
    ]
    assert found == [{"memory": "hbm3"}]


# -- a podcast's guest speaks for the company; a clock time or a timecode is no figure -----


def test_a_podcast_episode_with_its_guest_is_an_interview() -> None:
    find = default_extractor([])._entities.find
    title = "[에피소드 12] 국산 AI 칩 어디까지 — 리벨리온 사업 총괄과 나눈 40분"
    text = "쇼노트\n- 02:15 오프닝\n\n진행자: 메모리는 어디서 받습니까?"
    found = interviewee(title, text, find)
    assert found is not None
    assert found.id == "rebellions"
    assert interviewee("[칼럼] 리벨리온 사업 총괄의 하루", text, find) is None


CLOCK_TIMES = [
    "카카오는 오후 2:30 현재 데이터센터에서 B200을 운영하고 있다.",
    "- 03:12 카카오가 데이터센터에 B200을 들이기까지",
]


@pytest.mark.parametrize("text", CLOCK_TIMES)
def test_a_clock_time_or_a_timecode_is_no_figure(text: str) -> None:
    assert adoptions(text) == {("kakao", "b200", "on-prem", "actual", TODAY)}


# -- "양산품" shipping is the product in view shipping; another product's "양산 제품" is not --

MASS_MADE_UNITS = [
    (
        "리벨리온은 차세대 칩 리벨 쿼드를 공개했다. 지난달부터 양산품을 고객사에 출하하고 있다. "
        "리벨 쿼드는 HBM3E 144GB를 탑재했다.",
        ("rebel", "actual"),
    ),
    (
        "퓨리오사AI는 차세대 칩 레니게이드를 소개했다. 현재 양산 제품을 고객사에 공급하고 있다. "
        "레니게이드는 HBM3 48GB를 얹었다.",
        ("rngd", "actual"),
    ),
    # trap: the memory's mass-made units ship, not the unreleased GPU
    (
        "엔비디아는 차세대 GPU 루빈을 공개했다. 삼성전자는 지난달 엔비디아에 HBM4 양산 제품 "
        "출하를 시작했다. 루빈은 HBM4 288GB를 탑재한다.",
        ("rubin", "announced"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MASS_MADE_UNITS)
def test_mass_made_units_shipping_put_the_product_in_view_on_the_market(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(r[0], r[5]) for r in rows(text) if r[1] == "memory_capacity"] == [expected]


# -- a monthly wafer figure a buyer orders is no capacity ----------------------------------

ORDERED_WAFERS = [
    ("오픈AI가 SK하이닉스에 HBM 월 90만 장을 주문했다.", []),
    ("엔비디아는 TSMC에 CoWoS 월 5만 장 규모를 발주했다.", []),
    # traps: the maker's own capacity
    ("SK하이닉스의 HBM 월 생산능력은 16만 장이다.", [("sk-hynix", 160000.0)]),
    ("TSMC는 CoWoS 생산능력을 월 12만 장으로 늘렸다.", [("tsmc", 120000.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ORDERED_WAFERS)
def test_a_monthly_wafer_figure_a_buyer_orders_is_no_capacity(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(r[0], r[4][0]) for r in rows(in_body(text)) if r[1] == "capacity"] == expected


# -- a site named as what a utility serves is not placed by the plant's place --------------

SERVED_SITES = [
    ("루이지애나주에는 하이페리온에 전력을 공급할 가스 발전소가 들어선다.", set()),
    ("뉴멕시코주 쪽에는 스타게이트에 냉각수를 대는 정수 시설이 지어진다.", set()),
    # traps: the site itself placed
    ("콜로서스 2는 멤피스에 지어지고 있다.", {("colossus-2", "Tennessee, US")}),
    ("오라클은 텍사스주에 스타게이트를 짓고 있다.", {("stargate", "Texas, US")}),
]


@pytest.mark.parametrize(("text", "expected"), SERVED_SITES)
def test_a_site_a_utility_serves_is_not_placed_by_the_plants_place(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert places(text) == expected


# -- a teaser for a later post or episode asserts nothing ----------------------------------

TEASERS = [
    "다음 글에서는 엔비디아가 SK하이닉스에서 HBM4를 받는 이야기를 해 볼게요.",
    "다음 편에서는 루빈이 CoWoS-L을 쓰는 이유를 다룬다.",
    "다음 에피소드: 메타가 구글 TPU를 빌려 쓰는 사정",
]


@pytest.mark.parametrize("text", TEASERS)
def test_a_teaser_for_a_later_post_asserts_nothing(text: str) -> None:
    assert rows(in_body(text)) == []


def test_a_sentence_that_only_mentions_the_next_quarter_still_counts() -> None:
    found = rows(in_body("SK하이닉스는 다음 분기부터 엔비디아에 HBM4를 공급한다."))
    assert [(r[0], r[1], r[3]) for r in found] == [("nvidia", "supply_deal", "sk-hynix")]


# -- a plural demonstrative ("이 랙들", "해당 가속기들") refers back as the singular does -----

PLURAL_BACK = [
    (
        "카카오는 슈퍼마이크로와 GB300 랙 8대 구매 계약을 맺었다. "
        "카카오는 이 랙들을 안산 데이터센터에서 운영하고 있다.",
        {("kakao", "gb300", "on-prem", "actual", TODAY)},
    ),
    (
        "네이버는 엔비디아와 B200 공급 계약을 맺었다. 네이버는 이 칩들을 자사 데이터센터에 들였다.",
        {("naver", "b200", "on-prem", "actual", TODAY)},
    ),
    (
        "SK텔레콤은 리벨리온과 리벨 쿼드 공급 계약을 맺었다. "
        "SK텔레콤은 해당 가속기들을 자사 데이터센터에서 가동하고 있다.",
        {("sk-telecom", "rebel", "on-prem", "actual", TODAY)},
    ),
    # trap: the racks' price tells no use
    (
        "카카오는 슈퍼마이크로와 GB300 랙 8대 구매 계약을 맺었다. "
        "이 랙들의 가격은 공개되지 않았다.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_BACK)
def test_a_plural_demonstrative_refers_back_to_the_product(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert adoptions(text) == expected


# -- a company lending its chips out is no renter through the story's cloud ----------------

CLOUD_STORY = (
    "코어위브, 유럽 GPU 클라우드 확대\n\n코어위브는 노르웨이에서 GB300 클러스터를 운영한다. "
)

LENT_OUT = [
    (
        CLOUD_STORY + "네비우스도 자사 데이터센터에 B300을 들여 고객에게 빌려주고 있다.",
        ("nebius", "b300", "on-prem", None),
    ),
    # trap: a renter with no lessor named still rents through the story's cloud
    (
        CLOUD_STORY + "메타는 이 계약에 따라 GB300을 빌려 쓴다.",
        ("meta", "gb300", "cloud", "coreweave"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LENT_OUT)
def test_a_company_lending_its_chips_out_rents_from_no_one(
    text: str, expected: tuple[Any, ...]
) -> None:
    found = {
        (r[0], r[3], r[2].get("mode"), r[2].get("via")) for r in rows(text) if r[1] == "adopts"
    }
    assert expected in found


# -- a company's cloud arm written as one word with it ("KT클라우드") is the company ---------

CLOUD_ARMS = [
    (
        "KT클라우드는 리벨 쿼드를 얹은 추론 서비스를 자사 목동 데이터센터에서 운영하고 있다.",
        {("kt", "rebel", "on-prem", "actual", TODAY)},
    ),
    (
        "카카오클라우드는 H100을 자사 데이터센터에서 운영하고 있다.",
        {("kakao", "h100", "on-prem", "actual", TODAY)},
    ),
    # traps: a company's other arms stay no entity
    ("카카오뱅크는 H100을 자사 데이터센터에서 운영하고 있다.", set()),
    ("카카오톡은 B200을 데이터센터에서 운영하고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CLOUD_ARMS)
def test_a_companys_cloud_arm_in_one_word_is_the_company(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert adoptions(text) == expected
