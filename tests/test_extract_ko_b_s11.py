"""Korean wrong fields and false positives fixed in session 11 (KO-B): general causes of a
wrong modality, role, qualifier or time, each pinned by sentences written for these tests
(other companies, products, figures and word order than any article) plus traps that must
keep the old reading or yield no claim. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str, published: datetime = PUBLISHED, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", published, tier)


def facts(
    text: str, predicate: str, published: datetime = PUBLISHED, tier: str = "press"
) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, object, value, modality, valid) of one predicate."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in rows(text, published, tier)
        if r[1] == predicate
    }


def deals(text: str, published: datetime = PUBLISHED) -> set[tuple[str, str, str, str]]:
    """(customer, product, supplier, modality) of every supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5])
        for r in rows(text, published)
        if r[1] == "supply_deal"
    }


# -- a chip named in quotes is still where the memory goes ----------------------------------
# Korean news wraps product names in quotes ("차세대 GPU '루빈'에"): the dative after the
# closing quote makes the chip the destination of the memory, so its maker is the customer
# (the quote had hidden the particle: the memory maker became the chip's buyer)

QUOTED_DESTINATIONS = [
    (
        "SK하이닉스는 12단 HBM4를 엔비디아의 차세대 GPU '루빈'에 공급한다.",
        {("nvidia", "hbm4", "sk-hynix", "actual")},
    ),
    (
        "마이크론이 HBM3E를 AMD 신형 가속기 'MI355X'에 공급하고 있다.",
        {("amd", "hbm3e", "micron", "actual")},
    ),
    (
        '삼성전자는 내년부터 HBM4를 엔비디아 "베라 루빈" 플랫폼에도 납품할 계획이다.',
        {("nvidia", "hbm4", "samsung", "planned")},
    ),
    (
        "업계에 따르면 SK하이닉스가 구글의 7세대 TPU ‘아이언우드’용 HBM3E를 공급한다.",
        {("google", "hbm3e", "sk-hynix", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_DESTINATIONS)
def test_a_quoted_chip_in_the_dative_is_where_the_memory_goes(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


def test_a_quoted_chip_that_is_itself_sold_stays_the_product() -> None:
    # the quote wraps what is traded, not where it goes: the chip's buyer is the customer
    text = "엔비디아는 차세대 GPU '루빈'을 마이크로소프트에 공급하기로 했다."
    assert {("microsoft", "rubin", "nvidia", "actual")} == deals(text)


# -- made now is not yet shipped --------------------------------------------------------------
# (GUIDE: specs of a product not yet out are announced.) "양산 중" says the chip is
# being made; when the same sentence says customers get it later ("하반기에 고객 출하가
# 시작된다"), the product is not on the market yet, as an English chip "in full production"
# whose buyers get it next quarter. A present "출하가 시작된다" with a later time is no
# "shipping has begun" either.

JUNE = datetime(2026, 6, 2, 12, 0, tzinfo=KST)

MADE_NOT_SHIPPED = [
    "MI450은 TSMC 공장에서 양산 중이고 고객 출하는 하반기에 시작된다. "
    "GPU 하나에 HBM4 432GB를 싣는다.",
    "MI450은 이미 대량 생산되고 있고, 첫 고객 출하는 3분기로 잡혀 있다. "
    "GPU 하나에 HBM4 432GB를 싣는다.",
    'AMD 관계자는 "MI450이 양산 중이지만 출하는 올해 3분기에 시작된다"고 말했다. '
    "GPU 하나에 HBM4 432GB를 싣는다.",
]


@pytest.mark.parametrize("text", MADE_NOT_SHIPPED)
def test_a_chip_in_production_shipped_later_has_announced_specs(text: str) -> None:
    memory = facts(text, "memory_capacity", JUNE)
    assert {m[4] for m in memory} == {"announced"}


SHIPPING_ALREADY = [
    # made and shipped now: the figures are facts
    "MI355X는 양산 중이며 이미 고객사에 출하하고 있다. GPU 하나에 HBM3E 288GB를 싣는다.",
    # a later time for another product's making does not hold back this one
    "MI355X는 TSMC에서 생산되고 있으며, 후속 제품 양산은 내년으로 밀렸다. "
    "GPU 하나에 HBM3E 288GB를 싣는다.",
]


@pytest.mark.parametrize("text", SHIPPING_ALREADY)
def test_a_chip_in_production_and_shipping_keeps_actual_specs(text: str) -> None:
    memory = facts(text, "memory_capacity", JUNE)
    assert {m[4] for m in memory} == {"actual"}


# -- a deal told done stays a deal made, whatever period it covers or however it is hedged ---
# (GUIDE: "맺었다" is actual; a writer's hedge "것으로 알려졌다" keeps the fact's modality.) A
# contract signed for next year's supply used to fall to the "future time, no cue => planned"
# default; a completion in the adnominal ("협상을 마무리한 것으로") read as the talks.

NEXT_YEAR = ("point", "2027-01-01", "2027-12-31")

DONE_DEALS = [
    (
        "삼성전자는 엔비디아와 내년 HBM4 공급 계약을 마무리한 것으로 알려졌다.",
        {("nvidia", (("product", "hbm4"),), "samsung", None, "actual", NEXT_YEAR)},
    ),
    (
        "마이크론은 AMD와 2027년 HBM4 공급 계약을 체결했다고 12일 밝혔다.",
        {("amd", (("product", "hbm4"),), "micron", None, "actual", NEXT_YEAR)},
    ),
    (
        "업계에 따르면 구글은 앤트로픽과 내년 TPU 공급 계약을 맺은 것으로 전해졌다.",
        {("anthropic", (("product", "google-tpu"),), "google", None, "actual", NEXT_YEAR)},
    ),
    (
        "SK하이닉스가 엔비디아와 HBM4 공급 협상을 끝낸 것으로 확인됐다.",
        {("nvidia", (("product", "hbm4"),), "sk-hynix", None, "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DONE_DEALS)
def test_a_deal_told_done_is_actual_even_for_a_later_period(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "supply_deal")


NOT_DONE_DEALS = [
    # the present adnominal and the future one before the hedge tell an act still ahead
    ("SK하이닉스는 내년 엔비디아에 HBM4를 공급하는 것으로 알려졌다.", "planned"),
    ("마이크론은 내년 AMD에 HBM4를 공급할 것으로 알려졌다.", "planned"),
    # talks still going on, hedged: considering
    ("삼성전자는 엔비디아와 HBM4 공급 협상을 진행 중인 것으로 알려졌다.", "considering"),
    # a future act reported with 밝혔다 stays the company's announcement
    ("SK하이닉스는 내년부터 엔비디아에 HBM4를 공급한다고 밝혔다.", "announced"),
]

REPORTED_TARGETS = [
    # the act reported is still ahead, whatever past verb reports it
    "TSMC는 CoWoS 생산능력을 내년 말 월 13만 장으로 늘린다고 보도됐다.",
    "SK하이닉스가 HBM 생산능력을 내년 말 월 20만 장으로 키운다고 업계 관계자가 전했다.",
    # a figure relayed, no act told
    "TSMC의 내년 말 CoWoS 생산능력은 월 13만 장으로 보도됐다.",
]


@pytest.mark.parametrize("text", REPORTED_TARGETS)
def test_a_target_reported_in_the_past_tense_stays_planned(text: str) -> None:
    assert {"planned"} == {f[4] for f in facts(text, "capacity")}


@pytest.mark.parametrize(("text", "modality"), NOT_DONE_DEALS)
def test_a_deal_still_ahead_keeps_its_future_modality(text: str, modality: str) -> None:
    assert {modality} == {f[4] for f in facts(text, "supply_deal")}


# -- a correction's right figure, read in the statement it sets right ----------------------
# (GUIDE: corrections keep the confirmed value.) The wrong figure stands inside its
# statement ("…칩을 100만 개라고 적었으나"); the right one comes after the contrast with no
# subject of its own ("실제로는 약 20만 개이기에 바로잡습니다"), or in the next sentence ("…로
# 잘못 적었습니다. 8만 장이 맞습니다."). The statement is read again with the right figure.

CORRECTED = [
    (
        "본지 3월 2일자 '델, 코어위브에 랙 공급' 기사에서 코어위브가 운영 중인 GB300 GPU를 "
        "6만 개라고 적었으나, 실제로는 약 3만 개이기에 바로잡습니다.",
        "deployed_chips",
        {("coreweave", (("chip", "gb300"),), None, (30000.0, 30000.0, "count", True, "exact"))},
    ),
    (
        "같은 기사에서 엔비디아의 엔스케일 누적 투자액을 '9억 달러'로 표기했지만, 회사 측 확인 "
        "결과 7억 달러가 맞습니다.",
        "investment",
        {("nvidia", (("target", "nscale"),), None, (7e8, 7e8, "USD", False, "exact"))},
    ),
    (
        "② 지난주 호에서 SK하이닉스의 HBM4 월 생산능력을 12만 장으로 잘못 적었습니다. "
        "9만 장이 맞습니다.",
        "capacity",
        {
            (
                "sk-hynix",
                (("process", "hbm4"),),
                None,
                (90000.0, 90000.0, "wafer/month", False, "exact"),
            )
        },
    ),
    (
        # the won figure set right in dollars: one currency for another
        "어제 기사는 아마존의 앤트로픽 투자액을 '40억 원'이라고 썼으나, 40억 달러가 맞습니다.",
        "investment",
        {("amazon", (("target", "anthropic"),), None, (4e9, 4e9, "USD", False, "exact"))},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), CORRECTED)
def test_a_correction_keeps_the_right_figure_in_its_statement(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == {f[:4] for f in facts(text, predicate)}


NOT_CORRECTED = [
    # another outlet's figure answered by a figure of another kind: nothing to restate
    "일부 외신은 xAI의 콜로서스 GPU를 30만 개로 보도했지만, 전력은 150MW에 그친다.",
    # the next sentence states a fact of its own, with its own company: no right figure
    "본지는 어제 기사에서 메타의 GPU를 60만 개로 잘못 적었습니다. 구글은 TPU 5만 개를 더 들인다.",
]


@pytest.mark.parametrize("text", NOT_CORRECTED)
def test_a_wrong_figure_with_no_right_one_gives_no_deployment(text: str) -> None:
    counts = facts(text, "deployed_chips")
    assert not {f for f in counts if f[0] in ("xai", "colossus", "meta")}


# -- a quote standing alone is its speaker's -------------------------------------------------
# A liveblog's or a report's bare quote line ('"…모두에서 HBM4를 받고 있다."') names no
# customer: the one who receives is the speaker introduced before, not the company the
# narration named last (a foundry named in a line about how the chip is made).

BARE_QUOTES = [
    (
        "젠슨 황 엔비디아 CEO가 무대에 올랐다. 루빈 GPU는 TSMC 3나노 공정으로 만든다. "
        '"SK하이닉스와 마이크론 두 곳 모두에서 HBM4를 받고 있다."',
        "nvidia",
    ),
    (
        "리사 수 AMD CEO는 기조연설에서 MI450 로드맵을 소개했다. 패키징은 TSMC가 맡는다. "
        "“삼성전자와 SK하이닉스 양쪽에서 HBM4를 공급받고 있습니다.”",
        "amd",
    ),
    (
        "10:05 젠슨 황 엔비디아 CEO 등장. 10:12 GB300 출하 현황 소개, 대만 폭스콘 공장 사진. "
        '10:20 "마이크론과 삼성전자에서 HBM4를 받는다."',
        "nvidia",
    ),
]


@pytest.mark.parametrize(("text", "customer"), BARE_QUOTES)
def test_a_bare_quote_receives_for_its_speakers_company(text: str, customer: str) -> None:
    assert {customer} == {d[0] for d in deals(text) if d[1] == "hbm4"}


def test_a_bare_quote_with_no_speaker_before_keeps_the_narrated_company() -> None:
    # no one speaks before the quote: the company in focus is the receiver, as before
    text = 'AMD는 MI450을 내놓는다. "SK하이닉스와 삼성전자에서 HBM4를 받고 있다."'
    assert {("amd", "hbm4", "sk-hynix", "actual"), ("amd", "hbm4", "samsung", "actual")} == {
        d for d in deals(text) if d[1] == "hbm4"
    }


# -- a figure whose verb is gapped shares the estimate that closes the sentence ------------
# "연말 월 8만 장, 내년 말 월 11만 장까지 늘 것으로 봄": the first figure has
# no verb of its own; the estimate governs both (as English verb groups coordinated under
# "analysts estimate"). A plan does not reach back to a figure of today.

GAPPED = [
    "■ TSMC CoWoS 생산능력\n- 올해 말에는 월 8만 장, 내년 말에는 월 11만 장에 이를 것으로 추정함.",
    "[TSMC 패키징 점검]\n· CoWoS 캐파는 연말 월 8만 장, 내년 말 월 11만 장까지 늘 것으로 봄.",
    "TSMC CoWoS 요약\n▲ 생산능력 전망: 올해 말 월 8만 장, 내년 말 월 11만 장 수준으로 예상",
]


@pytest.mark.parametrize("text", GAPPED)
def test_a_gapped_figure_in_a_bullet_shares_the_estimate_after_it(text: str) -> None:
    capacities = facts(text, "capacity")
    assert {(f[3][0], f[4]) for f in capacities} == {(80000.0, "forecast"), (110000.0, "forecast")}


def test_a_plan_does_not_make_todays_gapped_figure_a_target() -> None:
    text = "SK하이닉스의 HBM 생산능력은 현재 월 15만 장, 내년 말 월 20만 장을 목표로 한다."
    capacities = facts(text, "capacity")
    assert {(f[3][0], f[4]) for f in capacities} == {(150000.0, "actual"), (200000.0, "planned")}


# -- a company opening the sentence as its subject counts its own fleet ---------------------
# "xAI가 지난달 말 기준으로 운용한 GPU는 30만 개를 넘는다" after paragraphs about one of its
# clusters: the company named as subject (가, as 는) with no site in the sentence holds the
# count, not the cluster in focus. A sentence that points at the site keeps the site.

SITE_STORY = "xAI는 멤피스의 콜로서스를 확장하고 있다. 콜로서스에는 현재 H100과 H200이 돌아간다. "

OWN_FLEETS = [
    SITE_STORY + "xAI가 지난달 말 기준으로 운용한 GPU는 30만 개를 넘는다.",
    SITE_STORY + "xAI가 현재 보유한 엔비디아 GPU는 약 35만 개다.",
    SITE_STORY + "xAI는 전체 GPU를 올해 말까지 50만 개로 늘릴 계획이다.",
]


@pytest.mark.parametrize("text", OWN_FLEETS)
def test_a_company_opening_a_count_holds_its_own_fleet(text: str) -> None:
    assert {"xai"} == {f[0] for f in facts(text, "deployed_chips")}


def test_a_count_pointed_at_the_site_stays_the_sites() -> None:
    text = SITE_STORY + "xAI가 이곳에 들인 GPU는 20만 개다."
    assert {"colossus"} == {f[0] for f in facts(text, "deployed_chips")}


# a maker named before a word for its chips followed by a particle ("엔비디아 GPU는") is the
# brand, not the holder (the particle had hidden the brand reading)
BRANDED_FLEETS = [
    ("메타가 보유한 엔비디아 GPU는 약 60만 개다.", "meta"),
    ("네이버가 운영하는 엔비디아 GPU는 약 1만 장이다.", "naver"),
    ("카카오가 들여온 AMD 가속기가 2천 개를 넘었다.", "kakao"),
]


@pytest.mark.parametrize(("text", "holder"), BRANDED_FLEETS)
def test_a_brand_before_a_chip_word_with_its_particle_holds_nothing(text: str, holder: str) -> None:
    assert {holder} == {f[0] for f in facts(text, "deployed_chips")}


# -- a hedged statement joined with 고 ends its clause ----------------------------------------
# "…보유한 것으로 알려졌고, 최근 … 공급 계약도 맺었다": 알려졌고/전해졌고 close a statement as
# 했고 does, so the fleet count of the first stays out of the deal told in the second.

HEDGED_THEN_DEAL = [
    "카카오는 지난해 말 기준 GPU를 5천 장 넘게 보유한 것으로 알려졌고, 최근 엔비디아와 "
    "B200 추가 공급 계약도 맺었다.",
    "KT는 현재 H100 약 3천 장을 운영하는 것으로 전해졌고, 지난달 엔비디아와 B300 공급 "
    "계약을 체결했다.",
    "네이버는 올해 초 기준 GPU 1만 장 이상을 갖춘 것으로 밝혀졌고, 엔비디아와 "
    "블랙웰 공급 계약도 새로 맺었다.",
]


@pytest.mark.parametrize("text", HEDGED_THEN_DEAL)
def test_a_count_before_a_hedged_clause_is_no_term_of_the_next_deal(text: str) -> None:
    deal_counts = {r[4] for r in rows(text) if r[1] == "supply_deal"}
    fleet = [r for r in rows(text) if r[1] == "deployed_chips"]
    assert {None} == deal_counts
    assert len(fleet) == 1


# -- a per-rack count after the rack was named is the rack's --------------------------------
# "GB300 NVL72 랙을 공개했다. 이 랙에는 B300 GPU 72개가 들어간다", "▶ 헬리오스 랙 / · 랙당
# GPU: MI450 72개": the count is of the rack-scale system in view (GUIDE: "72 Blackwell GPUs"
# in one GB200 NVL72 rack is the system's), not of the chip family.

RACK_COUNTS = [
    (
        "엔비디아가 GB300 NVL72 랙을 새로 공개했다. 이 랙에는 B300 GPU 72개가 들어간다.",
        "gb300",
    ),
    (
        "AMD 신제품 요약\n■ AMD 헬리오스 랙 (2026년 하반기 출시 예정)\n- 랙당 GPU: MI450 72개\n"
        "- 메모리: 칩당 HBM4 432GB",
        "helios",
    ),
    (
        "델은 GB200 NVL72 시스템 출하를 늘리고 있다. 해당 랙마다 블랙웰 GPU 72개가 실린다.",
        "gb200",
    ),
]


@pytest.mark.parametrize(("text", "system"), RACK_COUNTS)
def test_a_per_rack_count_after_the_rack_is_the_systems(text: str, system: str) -> None:
    assert {system} == {f[0] for f in facts(text, "chips_per_system")}


def test_a_per_rack_count_of_a_chip_foreign_to_the_rack_in_view_stays_the_chips() -> None:
    # the rack in view holds MI450s: a B200 server's count is no Helios figure
    text = "AMD는 헬리오스 랙을 공개했다. 엔비디아 DGX B200 서버 한 대에는 B200 8개가 들어간다."
    assert "helios" not in {f[0] for f in facts(text, "chips_per_system")}


# -- shipments ramping up say a product is out, not that it is coming -----------------------
# "울트라서버 출하가 다음 분기에 본격화한다": a ramp of a product already
# shipping (as English volumes, which say nothing of whether it is out yet); its specs stay
# facts. A product the vocabulary has not seen ship stays announced whatever ramps.

FEB = datetime(2026, 2, 5, 9, 0, tzinfo=KST)

RAMPING = [
    "증권가는 트레이니움3 울트라서버 출하가 2분기에 본격화한다고 봤다. 울트라서버 한 대에는 "
    "트레이니움3 144개가 실린다.",
    "트레이니움3 울트라서버는 칩 144개를 담으며, 본격 공급은 올해 2분기부터다.",
    "AWS는 트레이니움3 울트라서버(칩 144개) 출하량을 하반기에 두 배로 늘린다.",
]


@pytest.mark.parametrize("text", RAMPING)
def test_a_ramp_of_shipments_keeps_a_shipped_products_specs_actual(text: str) -> None:
    assert {("trainium3", "actual")} == {(f[0], f[4]) for f in facts(text, "chips_per_system", FEB)}


def test_a_ramp_of_a_product_not_yet_out_keeps_its_specs_announced() -> None:
    text = "루빈 랙(GPU 72개 탑재)의 출하가 하반기부터 본격화한다."
    assert {"announced"} == {f[4] for f in facts(text, "chips_per_system", FEB)}


# -- a site named only as a point of comparison is not where the place is ------------------

COMPARED_SITES = [
    (
        "메타는 루이지애나주에 하이페리온을 짓고 있다. 하이페리온보다 일찍 가동되는 곳은 "
        "오하이오주에 있는 프로메테우스 클러스터다.",
        {("hyperion", "Louisiana, US"), ("prometheus", "Ohio, US")},
    ),
    (
        "xAI는 멤피스에서 콜로서스를 운영한다. 콜로서스보다 규모가 큰 곳은 미시시피주에 "
        "들어서는 콜로서스 2다.",
        {("colossus", "Tennessee, US"), ("colossus-2", "Mississippi, US")},
    ),
    (
        "콜로서스보다 큰 곳은 텍사스주 애빌린의 스타게이트 캠퍼스다.",
        {("stargate", "Texas, US")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_SITES)
def test_a_compared_site_takes_no_place(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected == {(f[0], f[3]) for f in facts(text, "located_in")}


# -- "as planned" is no plan word --------------------------------------------------------------
# "계획대로 공급하고 있다", "예정대로 출하하고 있다": the act follows its plan; the verb says how
# firm it is (a plan word still governs when it closes the clause).

ON_PLAN = [
    ('마이크론은 "엔비디아에 HBM4를 계획대로 공급하고 있다"고 밝혔다.', "actual"),
    ("삼성전자는 AMD에 HBM3E를 예정대로 공급하고 있다고 설명했다.", "actual"),
    ("SK하이닉스는 일정대로 내년 엔비디아에 HBM4를 공급할 계획이다.", "planned"),
]


@pytest.mark.parametrize(("text", "modality"), ON_PLAN)
def test_as_planned_is_no_plan_word(text: str, modality: str) -> None:
    assert {modality} == {f[4] for f in facts(text, "supply_deal")}


# -- a figure before the noun it describes: "월 15만 장 안팎인 HBM 전체 생산능력" --------------
# (GUIDE: a maker's capacity for all its HBM has no process qualifier.) In Korean the figure
# often stands in a relative clause before "HBM 전체 생산능력"; the whole is then named after
# it. A basis in parentheses between the figure and its hedge ("(웨이퍼 투입 기준) 안팎")
# keeps the hedge.

WHOLE_CAPACITY = [
    (
        "삼성전자 HBM4 양산이 시작됐다. 삼성전자는 현재 월 17만 장(웨이퍼 투입량 기준) 안팎인 "
        "HBM 전체 생산능력을 연말까지 늘릴 계획이다.",
        (170000.0, 170000.0, "wafer/month", True, "exact"),
    ),
    (
        "마이크론의 HBM4 출하가 늘고 있다. 마이크론은 월 6만 장 수준인 HBM 전체 캐파를 "
        "내년에 더 키운다.",
        (60000.0, 60000.0, "wafer/month", True, "exact"),
    ),
    (
        "SK하이닉스는 HBM4 비중을 높이고 있다. 회사는 월 20만 장(투입 기준) 이상인 전체 "
        "생산능력 가운데 절반을 HBM4에 쓴다.",
        (200000.0, 200000.0, "wafer/month", False, "at-least"),
    ),
]


@pytest.mark.parametrize(("text", "value"), WHOLE_CAPACITY)
def test_a_figure_before_the_whole_capacity_has_no_process(
    text: str, value: tuple[Any, ...]
) -> None:
    assert {((), value)} == {(f[1], f[3]) for f in facts(text, "capacity") if f[3] == value}
