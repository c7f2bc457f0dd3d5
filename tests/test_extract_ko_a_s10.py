"""Korean misses fixed in session 10 (KO-A): causes behind gold claims no extracted claim
matched, each pinned by sentences written for these tests (other companies, other
phrasings, the other tense) plus traps that must yield no claim or another one. Every
sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 5, 12, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-05-12", "2026-05-12")


def rows(text: str) -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED)


def facts(text: str, predicate: str) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, object, value, modality, valid) of one predicate."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in rows(text)
        if r[1] == predicate
    }


def count(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "count", approx, bound)


# -- a need told by a double negative ("X 없이는 못 돌린다") denies nothing ------------------

NEEDS = [
    (
        "코어위브는 GB300 NVL72 랙을 들였는데, 랙 하나에 GPU 72개가 들어가서 액체 냉각 "
        "없이는 못 돌린다.",
        "chips_per_system",
        {("gb300", (), None, count(72), "actual", TODAY)},
    ),
    (
        "카카오는 판교 센터에서 H200 3000개를 돌리고 있어 전력 증설 없이는 더 늘릴 수 없다.",
        "deployed_chips",
        {("kakao", (("chip", "h200"),), None, count(3000), "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), NEEDS)
def test_a_need_told_by_a_double_negative_keeps_the_statement(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


NEED_TRAPS = [
    # a plain denial stays a denial, with or without a need beside it
    ("카카오는 전력 문제로 H200 3000개를 들이지 못했다.", "deployed_chips"),
    ("카카오는 냉각 설비 없이 H200 3000개를 들이지 않기로 했다.", "deployed_chips"),
]


@pytest.mark.parametrize(("text", "predicate"), NEED_TRAPS)
def test_a_plain_denial_still_yields_no_claim(text: str, predicate: str) -> None:
    assert set() == facts(text, predicate)


# -- a Korean filing: its filer after a legal form, its numbered "label: value" lines, the
# racks it counts and the GPUs in total ----------------------------------------------------


def filing_rows(text: str) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[1], tuple(sorted(r[2].items())), r[3], r[4] and r[4][0], r[5])
        for r in extract_rows(text, "ko", PUBLISHED, tier="filing")
    }


KAKAO_FILING = (
    "주요사항보고서(유형자산 취득 결정)\n\n"
    "회사명: 주식회사 카카오 / 공시일: 2026년 5월 12일\n\n"
    "1. 제목: AI 학습 인프라 투자\n\n"
    "2. 주요내용\n"
    "가. 당사는 자체 모델 학습을 위하여 엔비디아 GB200 NVL72 기반 클러스터를 당사 데이터센터에 "
    "구축하기로 결정하였음.\n"
    "나. 도입 규모: GB200 NVL72 32랙(GPU 총 2,304개, 랙당 GPU 72개)\n"
)

NAVER_FILING = """신규시설투자 공시

회사명: ㈜네이버
1. 투자구분: 신규시설투자
2. 투자내용: GPU 서버 도입 (엔비디아 H200 GPU 1,024개 및 서버 128대)
3. 투자금액(원): 90,000,000,000
"""


def test_a_filer_named_after_its_legal_form_is_who_we_are() -> None:
    # "회사명: 주식회사 카카오": "당사" is Kakao, which adopts what it builds in its own halls
    assert ("kakao", "adopts", (("mode", "on-prem"),), "gb200", None, "announced") in (
        filing_rows(KAKAO_FILING)
    )


def test_numbered_label_lines_of_a_filing_are_read_racks_and_totals_apart() -> None:
    found = filing_rows(KAKAO_FILING)
    # "32랙" counts racks and "총 2,304개" is every GPU of them: no rack holds either
    assert {r[:5] for r in found if r[1] == "chips_per_system"} == {
        ("gb200", "chips_per_system", (), None, 72.0)
    }
    assert {r[:5] for r in found if r[1] == "deployed_chips"} == {
        ("kakao", "deployed_chips", (("chip", "gb200"),), None, 2304.0)
    }


def test_a_count_listed_with_racks_counted_is_the_filers_fleet() -> None:
    # "H200 GPU 1,024개 및 서버 128대": a purchase of both, the GPUs the filer's
    assert {r[:5] for r in filing_rows(NAVER_FILING) if r[1] == "deployed_chips"} == {
        ("naver", "deployed_chips", (("chip", "h200"),), None, 1024.0)
    }


RACK_TRAPS = [
    # what one server holds, in a relative clause on the servers counted
    "저희 클러스터는 GPU 8장이 들어간 서버 256대를 4개 포드로 나누었습니다.",
    # "총" alone is one system's fill, not a total of racks
    "울트라서버 한 대에는 트레이니움3 칩이 총 144개 들어간다.",
]


@pytest.mark.parametrize("text", RACK_TRAPS)
def test_what_one_system_holds_is_no_fleet(text: str) -> None:
    found = extract_rows(text, "ko", PUBLISHED, tier="company")
    assert [r for r in found if r[1] == "deployed_chips"] == []


def test_total_alone_stays_one_systems_fill() -> None:
    assert {("trainium3", count(144))} == {
        (f[0], f[3]) for f in facts(RACK_TRAPS[1], "chips_per_system")
    }


# -- the rest of a maker's output shared out among companies listed ----------------------

REST_SHARED = [
    (
        "CoWoS 물량은 엔비디아가 60%가량 가져가고, 나머지를 구글·아마존·메타 등이 나눠 쓴다.",
        {"nvidia", "google", "amazon", "meta"},
    ),
    (
        "엔비디아가 TSMC CoWoS 물량 대부분을 확보했고, 남은 물량은 브로드컴과 AMD가 나눠 가졌다.",
        {"nvidia", "broadcom", "amd"},
    ),
    (
        "TSMC는 CoWoS 생산능력을 월 9만 장으로 늘렸다. 나머지는 마벨이 가져간다.",
        {"marvell"},
    ),
]


@pytest.mark.parametrize(("text", "customers"), REST_SHARED)
def test_the_rest_of_an_output_shared_out_is_a_deal_with_its_maker(
    text: str, customers: set[str]
) -> None:
    # the share taken before the rest is another rule's (not every phrasing is read yet)
    deals = {d for d in facts(text, "supply_deal") if d[0] != "nvidia"}
    assert {
        (c, (("product", "cowos"),), "tsmc", None, "actual", TODAY) for c in customers - {"nvidia"}
    } == deals


REST_TRAPS = [
    # nothing shared out: the rest is unallotted
    "엔비디아가 CoWoS 물량을 대부분 쓰고, 나머지는 아직 배정되지 않았다.",
    # the rest of a sum of money, no output
    "엔비디아는 인텔에 50억 달러를 넣었고, 나머지 자금은 현금으로 보유한다.",
]


@pytest.mark.parametrize("text", REST_TRAPS)
def test_a_rest_not_shared_out_is_no_deal(text: str) -> None:
    assert {d[0] for d in facts(text, "supply_deal")} <= {"nvidia"}


# -- a negated verb on another noun ("이름을 밝히지 않은 한 곳") denies nothing of the statement --


def located(text: str) -> set[tuple[str, str]]:
    return {(r[0], r[4]) for r in rows(text) if r[1] == "located_in"}


NEGATED_NOUNS = [
    (
        "오라클은 스타게이트 신규 부지를 추가로 공개했다. 텍사스주 한 곳, 위스콘신주 한 곳, "
        "그리고 아직 위치를 밝히지 않은 남부 한 곳이다.",
        {("stargate", "Texas, US"), ("stargate", "Wisconsin, US")},
    ),
    (
        "루이지애나주 리치랜드 패리시의 메타 '하이페리온'은 아직 GPU가 한 대도 없는 건물이다.",
        {("hyperion", "Louisiana, US")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED_NOUNS)
def test_a_negated_verb_on_another_noun_keeps_the_statement(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected == located(text)


NEGATED_TRAPS = [
    # the negated verb is the statement's own: nothing placed, nothing adopted
    ("메타는 텍사스주에 하이페리온을 짓지 않은 것으로 확인됐다.", "located_in"),
    ("GB200을 도입하지 않은 메타는 자체 칩을 늘린다.", "adopts"),
    # what a report said, denied: "확인되지 않은 내용"
    ("'오픈AI가 이곳에서 모델 학습을 마쳤다'는 부분은 확인되지 않은 내용이다.", "trains_on"),
]


@pytest.mark.parametrize(("text", "predicate"), NEGATED_TRAPS)
def test_a_negated_statement_still_yields_no_claim(text: str, predicate: str) -> None:
    assert set() == facts(text, predicate)


# -- a place referred back to ("이 도시", "같은 도시") places the sites after it -----------------

PLACES_BACK = [
    (
        "루이지애나주는 사정이 다르다. 메타는 이 지역에 '하이페리온'을 짓고 있다.",
        {("hyperion", "Louisiana, US")},
    ),
    (
        "위스콘신주 마운트플레전트는 조용한 마을이었다. 마이크로소프트는 이 도시에서 '페어워터'를 "
        "가동하고 있고, 오픈AI는 같은 도시 북쪽에 '스타게이트'를 짓는다.",
        {("fairwater", "Wisconsin, US"), ("stargate", "Wisconsin, US")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_BACK)
def test_a_place_referred_back_places_the_sites_after_it(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected == located(text)


def test_a_place_referred_back_with_no_place_before_places_nothing() -> None:
    assert set() == located("메타는 이 지역에 '하이페리온'을 짓고 있다.")


# -- a technology a product goes into, or that goes into it, or that links it ---------------


def integrations(text: str) -> set[tuple[str, str]]:
    return {(r[0], r[3]) for r in rows(text) if r[1] == "integrates"}


INTEGRATIONS = [
    (
        "마이아 200은 UALink를 통해 엔비디아 MGX 랙에 들어갈 예정이다.",
        {("maia-200", "ualink"), ("maia-200", "mgx")},
    ),
    ("MI450에는 UALink가 들어가 GPU끼리 더 빠르게 데이터를 주고받는다.", {("mi450", "ualink")}),
    (
        "AMD가 새 랙 사양을 공개했다.\n- 헬리오스: 랙 단위 시스템, 스케일업 연결망은 UALink 기반\n"
        "- 출시: 내년 3분기",
        {("helios", "ualink")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTEGRATIONS)
def test_a_technology_going_into_or_linking_a_product_is_integrated(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected == integrations(text)


INTEGRATION_TRAPS = [
    # a chip going into a data center names no technology
    ("엔비디아 GB300이 오라클 데이터센터에 들어간다.", set()),
    # a company joining an ecosystem is no product
    ("NV링크 퓨전 생태계에 퀄컴도 들어간다.", set()),
    # chips of a rack linked by NVLink: the rack integrates it, not its chip family too
    (
        "엔비디아 GB200 NVL72 랙은 이미 출하되고 있다. 랙 하나에 블랙웰 GPU 72개가 NV링크로 "
        "연결된다.",
        {("gb200", "nvlink")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTEGRATION_TRAPS)
def test_what_goes_in_with_no_technology_or_as_a_member_integrates_nothing_more(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected == integrations(text)


# -- "두 제품 모두": a figure said of the pair the sentence before named ---------------------

PAIRS = [
    (
        "AMD는 상반기에 MI350X와 MI355X를 내놓았다. 두 칩 모두 초당 8TB의 메모리 대역폭을 낸다.",
        {"mi350x", "mi355x"},
    ),
    (
        "엔비디아는 이날 B200과 B300을 함께 전시했다. 두 제품은 HBM3E 192GB 이상을 얹는다.",
        {"b200", "b300"},
    ),
]


@pytest.mark.parametrize(("text", "chips"), PAIRS)
def test_a_figure_said_of_the_pair_named_before_is_each_chips(text: str, chips: set[str]) -> None:
    found = {r[0] for r in rows(text) if r[1] in ("memory_bandwidth", "memory_capacity")}
    assert chips == found


def test_a_figure_of_one_chip_after_a_pair_stays_that_chips() -> None:
    text = "AMD는 상반기에 MI350X와 MI355X를 내놓았다. MI355X는 초당 8TB의 메모리 대역폭을 낸다."
    assert {"mi355x"} == {r[0] for r in rows(text) if r[1] == "memory_bandwidth"}


# -- Korean words the trigger lists lacked: a fleet that "돌고 있" and "넘는다", shares bought
# ("보통주 … 사들이"), a scale-up domain ---------------------------------------------------------

TRIGGERS = [
    (
        "카카오 데이터센터에서 돌고 있는 H100은 3000장을 조금 넘는다.",
        "deployed_chips",
        {("kakao", (("chip", "h100"),), None, count(3000, "at-least"), "actual", TODAY)},
    ),
    (
        "KT는 리벨리온 우선주 300억 원어치를 사들였다.",
        "investment",
        {
            (
                "kt",
                (("target", "rebellions"),),
                None,
                (3e10, 3e10, "KRW", False, "exact"),
                "actual",
                TODAY,
            )
        },
    ),
    (
        "삼성전자는 인텔 보통주 20억 달러어치를 매입하기로 했다.",
        "investment",
        {
            (
                "samsung",
                (("target", "intel"),),
                None,
                (2e9, 2e9, "USD", False, "exact"),
                "announced",
                TODAY,
            )
        },
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), TRIGGERS)
def test_korean_words_for_a_running_fleet_and_shares_bought(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


def test_chips_joined_into_one_scale_up_domain_are_one_systems() -> None:
    text = "아이언우드는 최대 9216개까지 하나의 스케일업 도메인으로 묶인다."
    assert {("ironwood", count(9216, "at-most"))} == {
        (f[0], f[3]) for f in facts(text, "chips_per_system")
    }


TRIGGER_TRAPS = [
    # shares sold are no money put in
    ("소프트뱅크는 엔비디아 보통주 58억 달러어치를 전량 매각했다.", "investment"),
    # a price over a figure counts no chips
    ("H100 한 장 가격이 3만 달러를 넘는다.", "deployed_chips"),
]


@pytest.mark.parametrize(("text", "predicate"), TRIGGER_TRAPS)
def test_shares_sold_and_prices_give_no_claim(text: str, predicate: str) -> None:
    assert set() == facts(text, predicate)


# -- memory supplied to a chip: its maker buys; a later clause adds a buyer or a chip -----------


def deals(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (r[0], r[2].get("product", ""), r[3], r[5]) for r in rows(text) if r[1] == "supply_deal"
    }


MEMORY_TO_CHIPS = [
    ("마이크론은 루빈에도 HBM4를 공급한다.", {("nvidia", "hbm4", "micron", "actual")}),
    ("SK하이닉스는 트레이니움3에 HBM3E를 공급하고 있다.", {("aws", "hbm3e", "sk-hynix", "actual")}),
    (
        "마이크론은 엔비디아 B300에 HBM3E를 공급하고 있고, 차세대 루빈에도 HBM4 공급을 "
        "논의하고 있다.",
        {("nvidia", "hbm3e", "micron", "actual"), ("nvidia", "hbm4", "micron", "considering")},
    ),
    (
        "SK하이닉스는 HBM3E를 엔비디아에 공급하고 있으며, 구글 공급까지 검토하고 있다.",
        {("nvidia", "hbm3e", "sk-hynix", "actual"), ("google", "hbm3e", "sk-hynix", "considering")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMORY_TO_CHIPS)
def test_memory_supplied_to_a_chip_or_one_more_buyer_is_a_deal(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


def test_a_rival_sellers_supply_named_after_a_deal_is_no_buyer() -> None:
    text = "SK하이닉스는 HBM3E를 엔비디아에 공급하고 있으며, 삼성전자 공급도 늘었다."
    assert {("nvidia", "hbm3e", "sk-hynix", "actual")} == deals(text)


def test_memory_for_a_named_chip_in_talks_left_to_the_topic_is_its_deal() -> None:
    # the supplier is the company the sentence before is about; the customer owns the chip
    text = (
        "SK하이닉스가 컨퍼런스콜을 열었다. 메타의 차세대 MTIA에 들어갈 HBM4에 대해서는 "
        '"고객과 논의하고 있다"고 말했다.'
    )
    assert {("meta", "hbm4", "sk-hynix", "considering")} == deals(text)


def test_a_specification_after_a_memory_makers_sentence_is_no_deal() -> None:
    text = "SK하이닉스가 실적을 발표했다. H200에는 HBM3E 141GB가 탑재된다."
    assert set() == deals(text)


# -- a count per rack of a system named with its rack ("GB300 NVL72 랙 한 대당 GPU는 72개") ------

PER_RACK = [
    ("GB200 NVL72 랙 한 대당 GPU는 72개다.", {("gb200", 72.0)}),
    (
        "■ 블랙웰(B200)\n- 메모리: HBM3E 192GB\n- GB200 NVL72 랙 한 대당 GPU: 72개\n",
        {("gb200", 72.0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PER_RACK)
def test_a_count_per_rack_of_a_system_named_with_its_rack_is_the_systems(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert expected == {(r[0], r[4][0]) for r in rows(text) if r[1] == "chips_per_system"}


def test_racks_counted_hold_no_one_racks_count() -> None:
    text = "GB200 NVL72 랙 4대에는 GPU 288개가 들어간다."
    assert [r for r in rows(text) if r[1] == "chips_per_system"] == []
