"""Korean causes fixed in session 8, each pinned by sentences written for these tests (other
companies, other phrasings) plus traps that must not change. Every sentence here is written
for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def rows(text: str) -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, "press")]


def modalities(text: str, subject: str, predicate: str) -> list[str]:
    return [r[5] for r in rows(text) if r[0] == subject and r[1] == predicate]


# -- a decision or a pledge with no plan word is announced (GUIDE) ---------------------------
# "-하기로 했다 / 합의했다 / 결정했다 / 한 바 있다" and "투자를 약속했다" are the Korean of "agreed
# to invest"; a plan word keeps the plan, and so does a figure to reach by a date.

DECIDED = [
    ("카카오는 리벨리온에 300억 원을 투자하기로 했다.", "kakao", "investment"),
    ("델은 코어위브에 5억 달러를 출자하기로 합의했다.", "dell", "investment"),
    ("퀄컴은 엔스케일에 2억 달러를 투자하기로 결정했다.", "qualcomm", "investment"),
    ("텐센트는 딥시크에 10억 달러를 투자하기로 한 바 있다.", "tencent", "investment"),
    ("알리바바는 미스트랄AI에 3억 달러 투자를 약속했다.", "alibaba", "investment"),
    ("네이버는 퓨리오사AI의 레니게이드를 자사 데이터센터에 쓰기로 했다.", "naver", "adopts"),
    ("카카오는 가우디3 도입을 결정했다고 밝혔다.", "kakao", "adopts"),
    (
        "바이두는 H20 2만 개를 자사 클러스터에 배치하기로 했다고 발표했다.",
        "baidu",
        "deployed_chips",
    ),
    # a start ahead, no plan word: as "will supply from Q4"
    ("텐센트는 하반기부터 H20 3만 개를 들이기로 했다.", "tencent", "deployed_chips"),
]


@pytest.mark.parametrize(("text", "subject", "predicate"), DECIDED)
def test_a_decision_or_pledge_with_no_plan_word_is_announced(
    text: str, subject: str, predicate: str
) -> None:
    assert modalities(text, subject, predicate) == ["announced"]


STILL_PLANNED = [
    # a plan word besides the decision
    (
        "카카오는 리벨리온에 300억 원을 투자하기로 하고 내년 추가 출자도 계획하고 있다.",
        "kakao",
        "investment",
    ),
    ("델은 코어위브에 5억 달러를 투자하기로 방침을 정했다.", "dell", "investment"),
    # a figure to reach by a date: a target
    ("삼성전자는 2028년까지 HBM4 설비에 30조 원을 투자하기로 했다.", "samsung", "investment"),
    ("마이크론은 HBM4 생산능력을 연말까지 월 5만 장으로 늘리기로 했다.", "micron", "capacity"),
    ("바이두는 내년 말 H20 보유량을 5만 개로 늘리기로 결정했다.", "baidu", "deployed_chips"),
    # a direction settled on, not a decision
    ("카카오는 가우디3를 쓰는 방향으로 가닥을 잡았다.", "kakao", "adopts"),
]


@pytest.mark.parametrize(("text", "subject", "predicate"), STILL_PLANNED)
def test_a_decision_with_a_plan_word_or_a_target_date_stays_planned(
    text: str, subject: str, predicate: str
) -> None:
    assert modalities(text, subject, predicate) == ["planned"]


def test_an_agreed_supply_deal_stays_a_deal_made() -> None:
    text = "SK하이닉스는 AMD에 HBM4를 공급하기로 합의했다."
    assert modalities(text, "amd", "supply_deal") == ["actual"]


def test_a_decision_still_in_talks_is_considering() -> None:
    text = "카카오는 리벨리온에 300억 원을 투자하기로 하고 세부 조건을 협의하고 있다."
    assert modalities(text, "kakao", "investment") == ["considering"]


# -- the total a decided addition brings is as firm as the decision -------------------------

TOTALS = [
    (
        "엔비디아는 코어위브에 10억 달러를 추가로 투자하기로 했다. "
        "이로써 엔비디아의 코어위브 누적 투자액은 40억 달러가 된다.",
        "announced",
    ),
    (
        "퀄컴은 엔스케일에 1억 달러를 더 넣기로 했다. 이로써 누적 투자액은 3억 달러로 늘어난다.",
        "announced",
    ),
    # reached: the total has grown
    (
        "엔비디아는 코어위브에 10억 달러를 추가로 투자했다. "
        "이로써 엔비디아의 코어위브 누적 투자액은 40억 달러가 됐다.",
        "actual",
    ),
    (
        "퀄컴은 엔스케일에 1억 달러를 더 넣기로 했다. 이로써 누적 투자액은 3억 달러로 늘었다.",
        "actual",
    ),
]


@pytest.mark.parametrize(("text", "modality"), TOTALS)
def test_the_total_a_decided_addition_brings_is_announced(text: str, modality: str) -> None:
    found = [r for r in rows(text) if r[1] == "investment"]
    assert [modality] == [r[5] for r in found]


def specs(text: str, predicate: str) -> set[tuple[Any, ...]]:
    return {(r[0], tuple(sorted(r[2].items())), r[4][0]) for r in rows(text) if r[1] == predicate}


# -- a memory type named in the sentence before is the one a capacity is given in ----------

HBM3E = (("memory", "hbm3e"),)
HBM4 = (("memory", "hbm4"),)

MEMORY_CARRIED = [
    ("두 칩 모두 HBM3E를 쓴다. 가우디3는 128GB를 얹었다.", {("gaudi3", HBM3E, 1.28e11)}),
    (
        "루빈은 HBM4를 처음 채택했다. 칩 하나에 들어가는 용량은 288GB로 늘었다.",
        {("rubin", HBM4, 2.88e11)},
    ),
    (
        "MI355X의 HBM3E 용량은 288GB다. 256GB는 전작인 MI325X의 용량이다.",
        {("mi355x", HBM3E, 2.88e11), ("mi325x", HBM3E, 2.56e11)},
    ),
    # a memory named in the sentence itself wins
    ("B300은 HBM3E를 쓴다. MI450은 HBM4 432GB를 얹는다.", {("mi450", HBM4, 4.32e11)}),
    # trap: a memory named two sentences before is no longer the one meant
    (
        "세 칩 모두 HBM3E를 쓴다. 가격은 공개되지 않았다. 가우디3는 128GB를 얹었다.",
        {("gaudi3", (), 1.28e11)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMORY_CARRIED)
def test_a_memory_type_in_the_sentence_before_qualifies_a_capacity(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == specs(text, "memory_capacity")


# -- one specification said of a list of chips is each chip's -------------------------------

SHARED_SPECS = [
    ("B200과 MI355X는 나란히 288GB를 얹었다.", "memory_capacity", {"b200", "mi355x"}),
    ("대역폭은 H200과 MI325X가 모두 초당 6TB다.", "memory_bandwidth", {"h200", "mi325x"}),
    (
        "대역폭은 B300과 MI355X가 각각 초당 8TB, 아이언우드가 초당 7.37TB다.",
        "memory_bandwidth",
        {"b300", "mi355x", "ironwood"},
    ),
    (
        "B300, MI355X와 가우디3는 FP8 기준 똑같이 5페타플롭스를 낸다.",
        "peak_compute",
        {"b300", "mi355x", "gaudi3"},
    ),
    # trap: a chip only named alongside, not in the list that holds the figure
    ("B300과 경쟁하는 MI355X는 288GB를 얹었다.", "memory_capacity", {"mi355x"}),
    ("B300이 출하된 가운데 MI355X는 나란히 288GB를 얹었다.", "memory_capacity", {"mi355x"}),
]


@pytest.mark.parametrize(("text", "predicate", "chips"), SHARED_SPECS)
def test_a_figure_said_of_a_chip_list_is_each_chips(
    text: str, predicate: str, chips: set[str]
) -> None:
    assert chips == {subject for subject, _, _ in specs(text, predicate)}


def test_as_many_figures_as_chips_after_each_pair_in_order() -> None:
    text = "B300과 MI355X는 각각 288GB, 256GB를 얹었다."
    assert {("b300", (), 2.88e11), ("mi355x", (), 2.56e11)} == specs(text, "memory_capacity")


# -- a rack-scale system named in the sentence holds the chips counted per rack ------------


def per_system(text: str) -> set[tuple[str, float]]:
    return {(r[0], r[4][0]) for r in rows(text) if r[1] == "chips_per_system"}


RACKS = [
    (
        "애저는 GB200 NVL72 기반 클러스터를 고객에게 제공하고 있으며, 랙 하나에는 블랙웰 "
        "GPU 72개가 들어간다.",
        {("gb200", 72.0)},
    ),
    (
        "코어위브는 GB300 NVL72를 들였는데, 랙당 블랙웰 울트라 GPU 72개가 담긴다.",
        {("gb300", 72.0)},
    ),
    # the rack's own chip was the subject of the sentence before
    (
        "B300의 FP4 성능은 15페타플롭스다. GB300 NVL72 한 랙에는 B300 GPU 72개가 들어간다.",
        {("gb300", 72.0)},
    ),
    (
        "B200은 HBM3E 192GB를 쓴다. GB200 NVL72 랙 하나에는 B200 72개가 들어간다.",
        {("gb200", 72.0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RACKS)
def test_a_rack_system_named_holds_the_chips_counted_per_rack(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert expected == per_system(text)


# -- in a press interview, "저희" is the interviewee's company -------------------------------


def interview(intro: str, answer: str) -> set[tuple[Any, ...]]:
    text = f"{intro}\n\nQ: 인프라는 어떻게 되나요?\nA: {answer}"
    return {(r[0], r[1], r[4][0] if r[4] else None, r[5]) for r in rows(text)}


INTERVIEWS = [
    (
        "[인터뷰] 카카오 클라우드 본부장 “추론은 NPU로”\n\n판교에서 김하늘 카카오 클라우드 "
        "본부장을 만났다. 문답은 다듬었다.",
        "저희 센터에서는 지금 H200 3000장 정도가 돌고 있습니다.",
        {("kakao", "deployed_chips", 3000.0, "actual")},
    ),
    (
        "네이버클라우드가 GPU를 늘리고 있다. 춘천에서 이도윤 네이버클라우드 인프라 총괄을 "
        "만났다. 다음은 일문일답.",
        "저희는 내년 말까지 B300을 1만 장으로 늘리는 게 목표입니다.",
        {("naver", "deployed_chips", 10000.0, "planned")},
    ),
]


@pytest.mark.parametrize(("intro", "answer", "expected"), INTERVIEWS)
def test_we_in_a_press_interview_is_the_interviewees_company(
    intro: str, answer: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == interview(intro, answer)


NOT_INTERVIEWS = [
    # officers of two companies met: no one voice
    (
        "[인터뷰] 카카오 본부장과 네이버클라우드 총괄\n\n판교에서 김하늘 카카오 본부장과 "
        "이도윤 네이버클라우드 총괄을 만났다.",
        "저희 센터에서는 지금 H200 3000장 정도가 돌고 있습니다.",
    ),
    # no interview: a story quoting a company is no one's voice
    (
        "카카오가 GPU를 늘리고 있다. 업계에서는 김하늘 카카오 본부장의 발언에 주목했다.",
        "저희 센터에서는 지금 H200 3000장 정도가 돌고 있습니다.",
    ),
]


@pytest.mark.parametrize(("intro", "answer"), NOT_INTERVIEWS)
def test_we_has_no_company_without_one_interviewee(intro: str, answer: str) -> None:
    assert set() == interview(intro, answer)


# -- "전후", "언저리": about ------------------------------------------------------------------

APPROX_WORDS = [
    ("마이크론의 HBM4 생산능력은 월 2만 장 전후다.", 20000.0),
    ("가우디3는 FP8 기준 1.8페타플롭스 언저리를 낸다.", 1.8e15),
    ("카카오는 H100 3000장 전후를 돌리고 있다.", 3000.0),
]


@pytest.mark.parametrize(("text", "value"), APPROX_WORDS)
def test_a_figure_followed_by_jeonhu_or_eonjeori_is_approximate(text: str, value: float) -> None:
    assert [(value, True)] == [(r[4][0], r[4][3]) for r in rows(text) if r[4]]


def test_a_year_before_jeonhu_is_no_figure() -> None:
    assert [r for r in rows("2027년 전후로 HBM4E가 나온다.") if r[4]] == []


# -- "-게 됐다": has come to be, a state in place --------------------------------------------

COME_TO_BE = [
    (
        "메타는 구글 클라우드와의 계약을 넓혀 TPU를 최대 50만 개까지 쓸 수 있게 됐다.",
        "meta",
        "supply_deal",
    ),
    ("오라클은 AMD와 계약을 맺어 MI355X 5만 개를 도입하게 됐다.", "oracle", "supply_deal"),
    ("xAI는 콜로서스에 GB200 10만 개를 설치하게 됐다.", "colossus", "deployed_chips"),
]


@pytest.mark.parametrize(("text", "subject", "predicate"), COME_TO_BE)
def test_a_state_that_has_come_to_be_is_actual(text: str, subject: str, predicate: str) -> None:
    assert modalities(text, subject, predicate) == ["actual"]


def test_what_will_come_to_be_stays_planned() -> None:
    text = "오라클은 AMD와 계약을 맺어 MI355X 5만 개를 도입하게 된다."
    assert modalities(text, "oracle", "supply_deal") == ["planned"]


# -- a site under construction is where it is now -------------------------------------------


def places(text: str) -> set[tuple[str, str, str]]:
    return {(r[0], r[4], r[5]) for r in rows(text) if r[1] == "located_in"}


UNDER_WAY = [
    (
        "오라클이 텍사스주 애빌린에 짓고 있는 스타게이트 캠퍼스에는 GB200이 더 들어갈 예정이다.",
        {("stargate", "Texas, US", "actual")},
    ),
    (
        "자금은 테네시주 멤피스에 건설 중인 콜로서스 2의 칩 구매에 쓰일 계획이다.",
        {("colossus-2", "Tennessee, US", "actual")},
    ),
    (
        "메타가 루이지애나주에 조성하고 있는 하이페리온에는 내년 GPU가 추가로 들어갈 전망이다.",
        {("hyperion", "Louisiana, US", "actual")},
    ),
    # trap: a site to be built, announced, is not under way
    (
        "오픈AI는 미시간주에 스타게이트 데이터센터를 짓는다고 발표했다.",
        {("stargate", "Michigan, US", "announced")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNDER_WAY)
def test_a_site_under_construction_is_where_it_is_now(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected == places(text)


# -- a company's "will" from a start, told by a reporting verb: announced --------------------

SAID_FROM = [
    ("오라클은 3분기부터 OCI에 MI450 5만 개를 배치하겠다고 밝힌 상태다.", "announced"),
    ("코어위브는 내년부터 GB300 3만 개를 들여놓겠다고 밝혔다.", "announced"),
    # a target date stays the plan it sets
    ("코어위브는 연말까지 GB300 3만 개를 들여놓겠다고 밝혔다.", "planned"),
]


@pytest.mark.parametrize(("text", "modality"), SAID_FROM)
def test_a_will_from_a_start_said_by_the_company_is_announced(text: str, modality: str) -> None:
    found = [r[5] for r in rows(text) if r[1] == "deployed_chips"]
    assert [modality] == found


# -- an order received from a company makes it the customer ---------------------------------


def deals_of(text: str) -> set[tuple[str, str]]:
    return {(r[0], r[3]) for r in rows(text) if r[1] == "supply_deal"}


ORDERS = [
    (
        "브로드컴은 실적 발표에서 메타로부터 MTIA 랙 50억 달러어치 주문을 받았다고 밝혔다.",
        {("meta", "broadcom")},
    ),
    ("SK하이닉스는 엔비디아로부터 HBM4 대량 주문을 받았다.", {("nvidia", "sk-hynix")}),
    ("삼성전자는 AMD에서 HBM4 물량을 수주했다.", {("amd", "samsung")}),
    # trap: goods received from a company make it the supplier
    ("엔비디아는 SK하이닉스로부터 HBM4를 공급받았다.", {("nvidia", "sk-hynix")}),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS)
def test_the_company_an_order_comes_from_is_the_customer(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected == deals_of(text)


# -- an analyst's polite "…라고 봅니다 / 봐요": a forecast; a maker's process stays the topic --

DEBATE = (
    "CoWoS 전망을 두고 C증권 이 연구위원과 D증권 최 연구원을 불렀다.\n\n"
    "—지금 CoWoS 캐파는 어느 정도인가.\n"
    "이: TSMC의 CoWoS 월 생산능력은 현재 6만 장 수준으로 추정합니다.\n"
    "최: 저도 비슷하게 봅니다. 설비 반입이 늦어지고 있어요.\n\n"
    "—내년은 어떤가.\n"
    "이: 공장이 새로 돌기 시작합니다. 장비도 들어옵니다.\n"
    "최: 저는 내년 말 TSMC 캐파가 월 8만 장 정도가 현실적이라고 봐요.\n"
    "이: 저는 내년 말에는 월 11만 장 이상으로 예상합니다."
)


def test_analysts_figures_in_a_debate_are_forecasts_of_the_process_talked_about() -> None:
    found = {(r[0], tuple(r[2].items()), r[4][0], r[5]) for r in rows(DEBATE) if r[1] == "capacity"}
    assert {
        ("tsmc", (("process", "cowos"),), 60000.0, "forecast"),
        ("tsmc", (("process", "cowos"),), 80000.0, "forecast"),
        ("tsmc", (("process", "cowos"),), 110000.0, "forecast"),
    } == found


POLITE_VIEWS = [
    "증권가는 SK하이닉스의 HBM4 캐파가 내년 말 월 20만 장에 이를 것으로 봅니다.",
    "애널리스트들은 SK하이닉스의 HBM4 캐파가 내년 말 월 20만 장이 될 거라고 봐요.",
]


@pytest.mark.parametrize("text", POLITE_VIEWS)
def test_a_polite_view_is_a_forecast(text: str) -> None:
    assert modalities(text, "sk-hynix", "capacity") == ["forecast"]


def test_a_process_named_long_before_does_not_qualify_another_makers_capacity() -> None:
    text = (
        "TSMC의 CoWoS 캐파는 월 7만 장이다. 수요가 많다. 공급은 부족하다. 가격도 오른다. "
        "삼성전자의 월 생산능력은 10만 장이다."
    )
    found = [(r[0], r[2]) for r in rows(text) if r[1] == "capacity" and r[0] == "samsung"]
    assert all("process" not in q or q["process"] != "cowos" for _, q in found)


# -- a cloud's virtual machine is no system, and its memory no chip's -----------------------

VIRTUAL_MACHINES = [
    "표준 인스턴스(VM) 한 대에는 트레이니움2 칩 8개가 들어가며, VM당 HBM 용량은 768GB다.",
    "이 인스턴스에는 H200 8개가 묶이고 메모리는 인스턴스당 1.1TB다.",
    "Each Trn2 instance packs 16 Trainium2 chips.",
]


@pytest.mark.parametrize("text", VIRTUAL_MACHINES)
def test_a_virtual_machines_figures_are_no_chip_or_system_claims(text: str) -> None:
    language = "en" if text.isascii() else "ko"
    found = [
        c.predicate
        for c in run_extractor(text, language, PUBLISHED, "press")
        if c.predicate in ("chips_per_system", "memory_capacity")
    ]
    assert found == []


def test_a_chips_own_memory_next_to_a_server_stays_the_chips() -> None:
    text = "서버용 가속기 트레이니움2는 HBM 96GB를 탑재했다."
    assert {("trainium2", 9.6e10)} == {
        (r[0], r[4][0]) for r in rows(text) if r[1] == "memory_capacity"
    }


# -- a company's own report, and chips bought ------------------------------------------------

OWN_REPORTS = [
    ("엔비디아는 코어위브에 최대 20억 달러를 투자하기로 했다고 보고서에서 밝혔다.", "announced"),
    ("마이크로소프트는 오픈AI에 130억 달러를 투자했다고 연간 보고서에서 공개했다.", "actual"),
    # an analyst's report stays a forecast
    (
        "한빛증권 김 연구원은 보고서에서 엔비디아가 코어위브에 40억 달러를 투자할 것으로 봤다.",
        "forecast",
    ),
]


@pytest.mark.parametrize(("text", "modality"), OWN_REPORTS)
def test_what_a_company_states_in_its_report_is_no_forecast(text: str, modality: str) -> None:
    found = [r[5] for r in rows(text) if r[1] == "investment"]
    assert [modality] == found


BOUGHT = [
    "마이크로소프트와 오라클도 수만 장 단위로 H100을 사들였다.",
    "메타는 지난해 H200을 대거 사들였다.",
]


@pytest.mark.parametrize("text", BOUGHT)
def test_chips_bought_with_no_count_are_no_adoption(text: str) -> None:
    assert [r for r in rows(text) if r[1] == "adopts"] == []


def test_chips_bought_and_run_are_adopted() -> None:
    text = "메타는 H200을 사들여 자사 데이터센터에서 돌리고 있다."
    assert [r[3] for r in rows(text) if r[1] == "adopts"] == ["h200"]


# -- "이곳" after a site named earlier in the same sentence is that site ---------------------

HERE = [
    (
        "콜로서스 2는 멤피스 남쪽에 짓고 있으며, xAI는 연말까지 이곳에 GB200 11만 장을 "
        "들일 계획이다.",
        "colossus-2",
    ),
    (
        "콜로서스는 이미 가동 중이다. 하이페리온은 루이지애나주에 짓고 있는데, 메타는 이곳에 "
        "GB300 10만 개를 넣을 예정이다.",
        "hyperion",
    ),
]


@pytest.mark.parametrize(("text", "site"), HERE)
def test_here_after_a_site_in_the_same_sentence_is_that_site(text: str, site: str) -> None:
    assert [site] == [r[0] for r in rows(text) if r[1] == "deployed_chips"]


# -- a cloud provider's own chip rented in the cloud is rented from that provider -----------

CLOUD_OWN_CHIPS = [
    ("ko", "앤트로픽은 AWS의 트레이니움2를 클라우드로 빌려 쓰고 있다.", "anthropic", "aws"),
    ("ko", "애플은 구글 TPU를 클라우드로 빌려 쓰는 방안을 검토하고 있다.", "apple", "google"),
    ("en", "Apple is renting Trainium2 capacity in the cloud.", "apple", "aws"),
]


@pytest.mark.parametrize(("language", "text", "subject", "via"), CLOUD_OWN_CHIPS)
def test_a_providers_own_chip_in_the_cloud_comes_through_it(
    language: str, text: str, subject: str, via: str
) -> None:
    found = [
        c.qualifiers.get("via")
        for c in run_extractor(text, language, PUBLISHED, "press")
        if c.predicate == "adopts" and c.subject == subject
    ]
    assert [via] == found


def test_another_makers_chip_in_the_cloud_names_no_provider_unsaid() -> None:
    text = "애플은 엔비디아 GB200을 클라우드로 빌려 쓰고 있다."
    found = [r[2] for r in rows(text) if r[1] == "adopts"]
    assert all("via" not in q for q in found)


# -- '그는 "…"' after a company's officer: the quote speaks for the company -----------------

HE_SAID = [
    (
        '카카오 인프라 총괄 전무는 GPU 현황을 공개했다. 그는 "판교와 안산을 합쳐 H100 약 3천 장을 '
        '돌리고 있다"고 말했다.',
        {("kakao", 3000.0)},
    ),
    (
        '코어위브 최고경영자(CEO)가 연단에 올랐다. 그는 "GB300 2만 개를 가동하고 있다"고 밝혔다.',
        {("coreweave", 20000.0)},
    ),
    # trap: the quote names its own company
    (
        '카카오 인프라 총괄 전무는 GPU 현황을 공개했다. 그는 "네이버가 H100 3천 장을 돌리고 '
        '있다"고 말했다.',
        {("naver", 3000.0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HE_SAID)
def test_he_said_after_an_officer_speaks_for_the_officers_company(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert expected == {(r[0], r[4][0]) for r in rows(text) if r[1] == "deployed_chips"}


# -- shares of a deal told in the sentence before --------------------------------------------


def shares(text: str) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[2].get("product"), r[3], r[4][0] if r[4] else None, r[5])
        for r in rows(text)
        if r[1] == "supply_deal"
    }


SHARES = [
    (
        "AMD는 국내 기업들에 MI355X 10만 개를 공급하기로 했다. 카카오와 KT가 각각 3만 개를, "
        "네이버가 4만 개를 받는다.",
        {
            ("kakao", "mi355x", "amd", 30000.0, "actual"),
            ("kt", "mi355x", "amd", 30000.0, "actual"),
            ("naver", "mi355x", "amd", 40000.0, "actual"),
        },
    ),
    (
        "엔비디아는 국내 기업에 H200 5만 장을 공급하겠다고 발표했다. 이 중 카카오가 2만 장을 "
        "확보한다.",
        {("kakao", "h200", "nvidia", 20000.0, "announced")},
    ),
    # trap: one count for a list with no 각각 is theirs together, no one's
    (
        "AMD는 국내 기업들에 MI355X 10만 개를 공급하기로 했다. 카카오와 KT가 3만 개를 나눠 받는다.",
        set(),
    ),
    # trap: no deal in the sentence before
    ("카카오는 데이터센터를 새로 짓는다. 카카오가 H200 2만 장을 받는다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_companies_given_counts_of_a_deal_buy_them_from_its_supplier(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == shares(text)


# -- "블랙웰의 약 2.8배": the chip a figure is a multiple of is no subject --------------------

MULTIPLES = (
    "루빈 GPU 하나에는 HBM4 288GB가 탑재된다. 메모리 대역폭은 22TB/s로 블랙웰의 약 2.8배다. "
    "추론 성능은 FP4 기준 50페타플롭스에 달한다."
)


def test_the_chip_a_figure_is_a_multiple_of_is_no_subject() -> None:
    found = {(r[0], r[1]) for r in rows(MULTIPLES) if r[1] != "memory_capacity"}
    assert {("rubin", "memory_bandwidth"), ("rubin", "peak_compute")} == found


def test_a_count_of_a_named_chip_is_no_multiple() -> None:
    text = "메타의 H100은 35만 개로 늘었다."
    assert [(r[0], r[4][0]) for r in rows(text) if r[1] == "deployed_chips"] == [("meta", 350000.0)]
