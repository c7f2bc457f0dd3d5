"""Korean adoption and supply-deal causes fixed in session 18, each pinned by sentences
written for these tests (other companies, chips and verbs than the gold) plus traps that
must not change. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def rows(text: str) -> list[tuple[Any, ...]]:
    """:func:`claim_row` of every claim in one Korean snippet."""
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, "press")]


def adoptions(text: str) -> set[tuple[Any, ...]]:
    """(subject, object, mode, via, modality) of every adopts claim."""
    found = [r for r in rows(text) if r[1] == "adopts"]
    return {(r[0], r[3], r[2].get("mode"), r[2].get("via"), r[5]) for r in found}


def deals(text: str) -> set[tuple[Any, ...]]:
    """(customer, supplier, product, modality) of every supply_deal claim."""
    return {(r[0], r[3], r[2].get("product"), r[5]) for r in rows(text) if r[1] == "supply_deal"}


# -- a contract to use a cloud's product adopts it through the cloud (GUIDE) -------------

USED_UNDER_CONTRACT = [
    (
        "카카오는 오라클과 GB300을 최대 2만 개까지 사용하는 클라우드 계약을 체결했다.",
        ("kakao", "gb300", "cloud", "oracle", "actual"),
    ),
    (
        "네이버는 코어위브와 B200을 쓰기로 한 계약을 이달 맺었다.",
        ("naver", "b200", "cloud", "coreweave", "actual"),
    ),
    (
        "SK텔레콤은 람다랩스와 H200을 이용하는 다년 계약을 맺었다.",
        ("sk-telecom", "h200", "cloud", "lambda", "actual"),
    ),
    (
        "오픈AI는 마이크로소프트와 GB200을 쓰는 계약을 체결했다고 밝혔다.",
        ("openai", "gb200", "cloud", "microsoft", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), USED_UNDER_CONTRACT)
def test_a_contract_to_use_a_clouds_product_also_adopts_it_through_the_cloud(
    text: str, adoption: tuple[str, ...]
) -> None:
    assert adoption in adoptions(text)
    customer, product, _, cloud, modality = adoption
    assert (customer, cloud, product, modality) in deals(text)


NO_USE_ADOPTION = [
    # a maker that sells the chip is no cloud to use it through
    "카카오는 엔비디아와 B200을 쓰는 계약을 맺었다.",
    # memory is bought, never adopted
    "카카오는 SK하이닉스와 HBM3E를 쓰는 계약을 맺었다.",
    # an analyst's expectation of a contract is no contract made
    "증권가는 메타가 구글과 TPU를 쓰는 계약을 맺을 것으로 예상한다.",
]


@pytest.mark.parametrize("text", NO_USE_ADOPTION)
def test_a_contract_with_a_maker_for_memory_or_only_expected_adopts_nothing(text: str) -> None:
    assert adoptions(text) == set()


# -- a speaker naming a deal (거론했다) does not make it one under consideration ----------


MENTIONED = [
    ("대표는 네이버가 AMD MI355X를 쓰기로 한 계약을 직접 거론했다.", ("naver", "amd", "mi355x")),
    ("사장은 카카오가 엔비디아에서 B200을 공급받는 계약을 거론했다.", ("kakao", "nvidia", "b200")),
    ("그는 오픈AI가 AMD와 맺은 MI450 공급 계약을 거론했습니다.", ("openai", "amd", "mi450")),
]


@pytest.mark.parametrize(("text", "deal"), MENTIONED)
def test_a_deal_a_speaker_mentions_keeps_its_own_modality(
    text: str, deal: tuple[str, str, str]
) -> None:
    assert (*deal, "actual") in deals(text)


RAISED_OPTIONS = [
    "의원들은 카카오가 엔비디아 B200 2,000장을 도입하는 방안을 거론했다.",
    "업계는 메타가 구글 TPU를 들일 가능성을 거론했다.",
    "메타가 구글 TPU를 들이는 방안이 후보로 거론된다.",
    "애널리스트들은 카카오의 B200 도입을 거론하고 있다.",
]


@pytest.mark.parametrize("text", RAISED_OPTIONS)
def test_an_option_raised_or_being_floated_stays_considered(text: str) -> None:
    found = rows(text)
    assert found
    assert {r[5] for r in found} == {"considering"}


# -- a company's Korean arm (한국…, …코리아) acts as its parent ----------------------------

ARMS = [
    (
        "한국오라클은 MI355X 기반 인스턴스를 국내 고객에게 제공하기 시작했다.",
        ("oracle", "adopts", "mi355x"),
    ),
    (
        "AWS코리아는 트레이니움3 인스턴스를 국내 고객에게 제공하기 시작했다.",
        ("aws", "adopts", "trainium3"),
    ),
    ("델코리아는 네이버에 GB300 서버를 납품했다고 밝혔다.", ("naver", "supply_deal", "dell")),
    (
        "한국마이크로소프트는 GB300 기반 애저 가상머신을 국내 고객에게 제공하기 시작했다.",
        ("microsoft", "adopts", "gb300"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), ARMS)
def test_a_companys_korean_arm_written_as_one_word_acts_as_the_company(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in {(r[0], r[1], r[3]) for r in rows(text)}


ARM_TRAPS = [
    # another word that holds a company's name is no company
    "한국메타버스협회는 B200을 도입했다.",
    "대한국인텔리전스는 가우디3를 도입했다.",
    "코리아헤럴드는 메타코리아나가 B200을 도입했다고 전했다.",
]


@pytest.mark.parametrize("text", ARM_TRAPS)
def test_a_word_that_only_contains_a_companys_name_is_no_arm_of_it(text: str) -> None:
    assert rows(text) == []


# -- a cloud's release or preview told as made is in place (GUIDE) ------------------------

RELEASED = [
    ("오라클은 MI355X 기반 인스턴스를 고객에게 선보였다.", ("oracle", "mi355x")),
    ("코어위브는 GB300 기반 추론 클라우드를 내놓았다.", ("coreweave", "gb300")),
    ("한국마이크로소프트는 GB300을 쓴 애저 가상머신을 미리보기로 내놨다.", ("microsoft", "gb300")),
    (
        "구글클라우드코리아는 아이언우드 기반 인스턴스를 국내 고객에게 선보였다.",
        ("google", "ironwood"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), RELEASED)
def test_a_clouds_release_told_as_made_is_an_actual_adoption_told_once(
    text: str, adoption: tuple[str, str]
) -> None:
    assert adoptions(text) == {(*adoption, "on-prem", None, "actual")}


NOT_RELEASED = [
    # an offer still to come keeps its modality
    ("AWS는 트레이니움3 인스턴스를 내년에 고객에게 선보일 예정이다.", {"planned"}),
    ("코어위브는 GB300 인스턴스를 하반기 고객에게 내놓는다고 밝혔다.", {"announced"}),
    # a chipmaker unveiling its chip or servers adopts nothing
    ("엔비디아는 루빈 기반 서버를 고객에게 선보였다.", set()),
]


@pytest.mark.parametrize(("text", "modalities"), NOT_RELEASED)
def test_an_offer_ahead_or_a_makers_unveiling_is_no_release_in_place(
    text: str, modalities: set[str]
) -> None:
    assert {a[4] for a in adoptions(text)} == modalities


# -- a company's own chip running in its data centers, told around the chip ---------------

OWN_RUNNING = [
    # the running told in a relative clause before the chip
    ("애저 데이터센터에서 가동 중인 마이아 100은 HBM2E 64GB를 품었다.", ("microsoft", "maia-100")),
    ("구글 데이터센터에서 쓰이는 아이언우드는 FP8 4.6PFLOPS를 낸다.", ("google", "ironwood")),
    # the chip's unveiling or release told in the passive before its running
    (
        "마이아 200은 지난 1월 공개돼 지금은 애저 데이터센터에서 돌아가고 있다.",
        ("microsoft", "maia-200"),
    ),
    ("트레이니움3는 작년에 출시돼 AWS 데이터센터에서 가동되고 있다.", ("aws", "trainium3")),
]


@pytest.mark.parametrize(("text", "adoption"), OWN_RUNNING)
def test_an_own_chip_running_in_its_owners_data_centers_is_an_on_prem_adoption(
    text: str, adoption: tuple[str, str]
) -> None:
    assert (*adoption, "on-prem", None, "actual") in adoptions(text)


OWN_RUNNING_TRAPS = [
    # the designer named in a relative clause is not the one running the chip
    "엔비디아가 설계한 루빈은 오라클 데이터센터에서 돌아가고 있다.",
    # making the chip, in the active, is no use of it
    "MS는 마이아 200을 TSMC에서 생산해 판매한다.",
    # a chip only described, running nowhere
    "MS가 공개한 마이아 200은 HBM3E 216GB를 품었다.",
]


@pytest.mark.parametrize("text", OWN_RUNNING_TRAPS)
def test_a_chip_designed_made_or_described_is_no_adoption_of_its_maker(text: str) -> None:
    assert {a for a in adoptions(text) if a[0] in ("nvidia", "microsoft")} == set()


# -- an unveiling in a relative clause describes the product, not the deal told of it -----

DESCRIBED = [
    ("AMD가 공개한 MI355X에는 삼성전자 HBM3E가 탑재된다.", ("amd", "samsung", "hbm3e")),
    ("엔비디아가 선보인 GB300에는 SK하이닉스 HBM3E가 들어간다.", ("nvidia", "sk-hynix", "hbm3e")),
    ("엔비디아가 최근 발표한 B300에는 마이크론의 HBM3E도 들어간다.", ("nvidia", "micron", "hbm3e")),
]


@pytest.mark.parametrize(("text", "deal"), DESCRIBED)
def test_an_unveiling_that_describes_the_chip_leaves_the_deal_actual(
    text: str, deal: tuple[str, str, str]
) -> None:
    assert deals(text) == {(*deal, "actual")}


UNVEILED = [
    # the unveiling is the clause's own verb: what it shows is announced
    ("AMD는 삼성전자 HBM4를 탑재한 MI450을 공개했다.", {("amd", "samsung", "hbm4", "announced")}),
    # a plan word after the described chip keeps the plan
    (
        "SK하이닉스는 엔비디아가 공개한 루빈에 HBM4를 공급할 계획이다.",
        {("nvidia", "sk-hynix", "hbm4", "planned")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNVEILED)
def test_an_unveiling_as_the_clauses_verb_or_a_plan_keeps_its_modality(
    text: str, expected: set[tuple[str, ...]]
) -> None:
    assert deals(text) == expected


def test_a_spec_of_an_unveiled_chip_told_after_it_stays_announced() -> None:
    found = rows("엔비디아가 공개한 루빈은 HBM4 288GB를 탑재한다.")
    assert [(r[0], r[1], r[5]) for r in found] == [("rubin", "memory_capacity", "announced")]


# -- a memory maker taking on the volume for a customer's chip (…향/…용 물량을 맡다) --------

TAKEN_VOLUMES = [
    (
        "엔비디아 B300용 HBM3E 물량은 마이크론이 절반가량 맡는다.",
        ("nvidia", "micron", "hbm3e", "actual"),
    ),
    ("AMD MI450향 HBM4 물량은 삼성전자가 대부분 맡고 있다.", ("amd", "samsung", "hbm4", "actual")),
    (
        "엔비디아는 루빈용 HBM4 물량을 SK하이닉스에 맡겼다.",
        ("nvidia", "sk-hynix", "hbm4", "actual"),
    ),
    (
        "증권가는 MI450용 HBM4 물량 역시 삼성전자가 대부분을 맡을 것으로 본다.",
        ("amd", "samsung", "hbm4", "forecast"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), TAKEN_VOLUMES)
def test_a_memory_volume_for_a_chip_taken_on_by_its_maker_is_a_supply_deal(
    text: str, deal: tuple[str, ...]
) -> None:
    assert deal in deals(text)


SUPPLIED_FOR_CHIP = [
    ("B300용 HBM3E는 마이크론이 대고 있다.", ("nvidia", "micron", "hbm3e", "actual")),
    ("GB300용 HBM3E는 SK하이닉스가 대부분을 댄다.", ("nvidia", "sk-hynix", "hbm3e", "actual")),
    (
        "업계는 MI450용 HBM4는 삼성전자가 절반 넘게 댈 것으로 본다.",
        ("amd", "samsung", "hbm4", "forecast"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), SUPPLIED_FOR_CHIP)
def test_a_memory_for_a_chip_that_its_maker_supplies_with_daeda_is_a_supply_deal(
    text: str, deal: tuple[str, ...]
) -> None:
    assert deal in deals(text)


TAKEN_VOLUME_TRAPS = [
    # 대 inside another word is no verb of supplying
    "B300용 HBM3E는 마이크론이 대규모 투자로 개발했다.",
    # a volume of the chip itself, taken on by a server maker: no memory bought
    "B300향 물량은 폭스콘이 맡는다.",
    # no memory named: the volume may be anything the company makes
    "MI355X용 물량은 삼성전자가 맡을 계획이다.",
]


@pytest.mark.parametrize("text", TAKEN_VOLUME_TRAPS)
def test_a_volume_with_no_memory_named_is_no_memory_deal(text: str) -> None:
    assert deals(text) == set()


# -- a count of racks that are the product itself (GB300 NVL72 랙 N대) counts the deal ------


def counted_deals(text: str) -> set[tuple[Any, ...]]:
    """(customer, supplier, product, count) of every supply_deal claim."""
    found = [r for r in rows(text) if r[1] == "supply_deal"]
    return {(r[0], r[3], r[2].get("product"), r[4] and r[4][0]) for r in found}


RACK_COUNTS = [
    ("델은 코어위브에 GB300 NVL72 랙 50대를 공급했다.", ("coreweave", "dell", "gb300", 50.0)),
    ("AMD는 오라클에 헬리오스 랙 64대를 공급한다.", ("oracle", "amd", "helios", 64.0)),
    (
        "폭스콘은 마이크로소프트와 GB200 NVL72 랙 스케일 시스템 300대를 납품하는 계약을 맺었다.",
        ("microsoft", "foxconn", "gb200", 300.0),
    ),
]


@pytest.mark.parametrize(("text", "deal"), RACK_COUNTS)
def test_a_count_of_racks_that_are_the_product_is_the_deals_count(
    text: str, deal: tuple[Any, ...]
) -> None:
    assert counted_deals(text) == {deal}


SERVER_COUNTS = [
    # servers that hold the chip count machines, not units of the chip
    ("델은 카카오에 B200 서버 250대를 공급했다.", ("kakao", "dell", "b200", None)),
    ("델은 카카오에 GB300 서버 40대를 납품했다.", ("kakao", "dell", "gb300", None)),
]


@pytest.mark.parametrize(("text", "deal"), SERVER_COUNTS)
def test_a_count_of_servers_holding_a_chip_is_no_count_of_the_chip(
    text: str, deal: tuple[Any, ...]
) -> None:
    assert counted_deals(text) == {deal}


# -- counted servers brought in from a maker are on the buyer's premises -------------------

BROUGHT_IN_SERVERS = [
    ("카카오는 델로부터 B200 서버 250대를 들여왔다.", ("kakao", "b200")),
    ("네이버는 슈퍼마이크로에서 GB300 랙 16개를 도입했다.", ("naver", "gb300")),
    ("SK텔레콤은 HPE로부터 H200 서버 120대를 들여왔다.", ("sk-telecom", "h200")),
]


@pytest.mark.parametrize(("text", "adoption"), BROUGHT_IN_SERVERS)
def test_counted_servers_brought_in_from_a_maker_are_an_on_prem_use(
    text: str, adoption: tuple[str, str]
) -> None:
    assert adoptions(text) == {(*adoption, "on-prem", None, "actual")}


def test_counted_servers_brought_in_through_a_cloud_stay_the_clouds() -> None:
    assert adoptions("카카오는 코어위브를 통해 B200 서버 250대를 도입했다.") == {
        ("kakao", "b200", "cloud", "coreweave", "actual")
    }


def test_servers_rented_from_a_cloud_stay_a_cloud_use() -> None:
    found = adoptions("카카오는 코어위브에서 B200 서버 250대를 빌려 쓴다.")
    assert {(a[0], a[2], a[3]) for a in found} == {("kakao", "cloud", "coreweave")}


# -- a deal told by the supplier's side: "…를 우리에게서 받아 간다" ----------------------------

SUPPLIER_SIDE = [
    (
        '브로드컴 CEO는 "앤트로픽은 아이언우드를 우리에게서 직접 받아 간다"고 말했다.',
        ("anthropic", "broadcom", "ironwood"),
    ),
    (
        '델 관계자는 "카카오는 저희에게서 B200 서버를 받아 간다"고 말했다.',
        ("kakao", "dell", "b200"),
    ),
    (
        '슈퍼마이크로 부사장은 "람다랩스는 GB300 랙을 우리에게서 공급받는다"고 설명했다.',
        ("lambda", "supermicro", "gb300"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), SUPPLIER_SIDE)
def test_the_speakers_company_a_customer_receives_from_is_the_supplier(
    text: str, deal: tuple[str, str, str]
) -> None:
    assert deals(text) == {(*deal, "actual")}


def test_a_quotation_with_two_companies_outside_it_names_no_speaker() -> None:
    text = '브로드컴과 구글은 "앤트로픽은 아이언우드를 우리에게서 받아 간다"고 말했다.'
    assert ("anthropic", "broadcom") not in {(d[0], d[1]) for d in deals(text)}


def test_a_place_the_goods_come_from_is_no_giver() -> None:
    assert deals("카카오는 평택 공장에서 B200을 받아 간다.") == {
        ("kakao", "nvidia", "b200", "actual")
    }


# -- counts joined after 각각 go to the listed companies in order ---------------------------


def fleet(text: str) -> set[tuple[Any, ...]]:
    """(subject, chip, count) of every deployed_chips claim."""
    found = [r for r in rows(text) if r[1] == "deployed_chips"]
    return {(r[0], r[2].get("chip"), r[4][0]) for r in found}


EACH_JOINED = [
    (
        "네이버와 카카오는 B200을 각각 3,000장과 2,000장 도입한다.",
        {("naver", "b200", 3000.0), ("kakao", "b200", 2000.0)},
    ),
    (
        "네이버, 카카오, KT는 각각 H200 1,000장과 2,000장, 3,000장을 운영하고 있다.",
        {("naver", "h200", 1000.0), ("kakao", "h200", 2000.0), ("kt", "h200", 3000.0)},
    ),
    (
        "SK텔레콤과 KT는 GB300을 각각 576개와 1,152개 들여왔다.",
        {("sk-telecom", "gb300", 576.0), ("kt", "gb300", 1152.0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EACH_JOINED)
def test_counts_joined_after_each_are_paired_with_the_companies_in_order(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert fleet(text) == expected


def test_one_count_after_each_is_the_same_for_each_company() -> None:
    assert fleet("앤트로픽과 메타가 각각 TPU 5만 장을 도입했다.") == {
        ("anthropic", "google-tpu", 50000.0),
        ("meta", "google-tpu", 50000.0),
    }


def test_fewer_joined_counts_than_companies_pair_nothing_up() -> None:
    found = fleet("네이버, 카카오, KT는 각각 H200 1,000장과 2,000장을 운영한다.")
    assert ("naver", "h200", 1000.0) not in found
    assert ("kakao", "h200", 2000.0) not in found


# -- a per-company count list (A N장, B M장) splits a fleet among the companies -------------

PER_COMPANY = [
    (
        "B200 배분 물량은 사업자별로 네이버 3,000장, 카카오 2,000장이며, 연말까지 설치를 마칠 "
        "예정이다.",
        {("naver", "b200", 3000.0, "planned"), ("kakao", "b200", 2000.0, "planned")},
    ),
    (
        "H200은 현재 네이버 4,000장, 카카오 2,000장, KT 1,000장이 가동 중이다.",
        {
            ("naver", "h200", 4000.0, "actual"),
            ("kakao", "h200", 2000.0, "actual"),
            ("kt", "h200", 1000.0, "actual"),
        },
    ),
    (
        "정부는 B300을 확보했다. 기관별로는 KISTI 800장, 카카오 1,600장, 네이버 2,400장을 "
        "운영하고 있다.",
        {("kakao", "b300", 1600.0, "actual"), ("naver", "b300", 2400.0, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PER_COMPANY)
def test_each_company_of_a_count_list_deploys_its_count(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    found = [r for r in rows(text) if r[1] == "deployed_chips"]
    assert {(r[0], r[2].get("chip"), r[4][0], r[5]) for r in found} == expected


PER_COMPANY_TRAPS = [
    # a supply deal's shares are the deal's, not a fleet
    "엔비디아는 B200을 네이버 3,000장, 카카오 2,000장씩 공급한다.",
    # no verb of installing or running: a list of orders or shipments
    "B200 주문은 네이버 3,000장, 카카오 2,000장으로 집계됐다.",
    # one company only: no list
    "B200은 네이버 3,000장이 가동 중이다. H100은 카카오 2,000장이다.",
]


@pytest.mark.parametrize("text", PER_COMPANY_TRAPS)
def test_a_deals_shares_an_unstated_use_or_one_pair_is_no_count_list(text: str) -> None:
    found = [r for r in rows(text) if r[1] == "deployed_chips"]
    assert ("kakao", "b200") not in {(r[0], r[2].get("chip")) for r in found}


# -- a supplier giving each company of a count list its count -----------------------------

LISTED_DEALS = [
    (
        "엔비디아는 B200을 네이버 3,000장, 카카오 2,000장씩 공급한다.",
        {("naver", "nvidia", "b200", 3000.0), ("kakao", "nvidia", "b200", 2000.0)},
    ),
    (
        "리벨리온은 리벨쿼드를 KT 1,000장, SK텔레콤 500장 공급하기로 했다.",
        {("kt", "rebellions", "rebel", 1000.0), ("sk-telecom", "rebellions", "rebel", 500.0)},
    ),
    (
        "AMD는 MI355X를 오라클 2만 개, 크루소 1만 3,000개 납품했다.",
        {("oracle", "amd", "mi355x", 20000.0), ("crusoe", "amd", "mi355x", 13000.0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_DEALS)
def test_each_company_of_a_suppliers_count_list_buys_its_count(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert counted_deals(text) == expected


def test_servers_listed_per_company_count_machines_not_chips() -> None:
    assert counted_deals("델은 GB300 서버를 카카오 40대, 네이버 60대 납품했다.") == {
        ("kakao", "dell", "gb300", None),
        ("naver", "dell", "gb300", None),
    }


def test_a_list_of_suppliers_to_a_buyer_is_no_suppliers_list() -> None:
    found = counted_deals("KT는 리벨쿼드를 리벨리온 1,000장, 퓨리오사AI 500장씩 공급받는다.")
    assert ("furiosaai", "kt", "rebel", 500.0) not in found
    assert ("rebellions", "kt", "rebel", 1000.0) not in found


# -- a maker's memory used in a chip, told in the passive with the chip as the place ------

USED_IN_CHIP = [
    ("아이언우드에는 SK하이닉스의 HBM3E가 쓰인다.", ("google", "sk-hynix", "hbm3e", "actual")),
    ("트레이니움3에는 삼성전자 HBM3E가 채택됐다.", ("aws", "samsung", "hbm3e", "actual")),
    ("루빈에는 마이크론 HBM4도 쓰일 것으로 예상된다.", ("nvidia", "micron", "hbm4", "forecast")),
    ("MI355X에는 삼성전자 HBM3E가 사용된다.", ("amd", "samsung", "hbm3e", "actual")),
]


@pytest.mark.parametrize(("text", "deal"), USED_IN_CHIP)
def test_a_makers_memory_used_in_a_chip_is_bought_by_the_chips_maker(
    text: str, deal: tuple[str, ...]
) -> None:
    assert deals(text) == {deal}


USED_IN_TRAPS = [
    # no chip named as where the memory goes
    "삼성전자 HBM3E가 쓰인다.",
    # a company is no chip the memory goes into
    "엔비디아에는 SK하이닉스 HBM3E가 쓰인다.",
]


@pytest.mark.parametrize("text", USED_IN_TRAPS)
def test_a_memory_used_with_no_chip_as_its_place_is_no_deal(text: str) -> None:
    assert deals(text) == set()


# -- a memory as the topic with only its supplier named is the memory of the chip in view --

MEMORY_TOPIC = [
    (
        "퓨리오사AI의 레니게이드는 TSMC에서 만든다. HBM3는 SK하이닉스가 공급한다.",
        # an older HBM generation names no product (session 19: every dev HBM3 deal so)
        ("furiosaai", "sk-hynix", None, "actual"),
    ),
    (
        "KT는 리벨리온의 리벨 쿼드를 들였다. 리벨 쿼드는 HBM3E 144GB를 얹었다. HBM3E는 "
        "삼성전자가 공급하고 있다.",
        ("rebellions", "samsung", "hbm3e", "actual"),
    ),
    (
        "AWS는 트레이니움3를 공개했다. HBM3E는 SK하이닉스가 공급한다.",
        ("aws", "sk-hynix", "hbm3e", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), MEMORY_TOPIC)
def test_a_memory_topic_with_only_its_supplier_is_bought_by_the_chips_maker(
    text: str, deal: tuple[str, ...]
) -> None:
    assert deal in deals(text)


def test_a_memory_topic_with_no_chip_in_view_is_not_the_chips() -> None:
    found = deals("KT는 카카오와 손잡았다. HBM3E는 삼성전자가 공급한다.")
    assert {d[0] for d in found} <= {"kt", "kakao"}


def test_a_memory_bought_by_a_named_customer_keeps_the_customer() -> None:
    text = "AWS는 트레이니움3를 공개했다. HBM3E는 SK하이닉스가 엔비디아에 공급한다."
    assert ("nvidia", "sk-hynix", "hbm3e", "actual") in deals(text)
    assert ("aws", "sk-hynix", "hbm3e", "actual") not in deals(text)
