"""Korean misses fixed in session 11 (KO-A): general constructions behind gold claims no
extracted claim matched (native numerals, the noun style of notes and filings, "이를" taking
up what an earlier clause named, ...), each pinned by sentences written for these tests in
several phrasings, plus traps that must yield no claim or another one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows
from tracker.extract.korean_verbs import polite

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


def wafers(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "wafer/month", approx, bound)


# -- native Korean numerals before a counter ("여덟 장", "일흔두 개") ------------------------

NATIVE = [
    (
        "인텔은 가우디3 여덟 개를 서버 한 대에 꽂은 시스템을 판매하고 있다.",
        "chips_per_system",
        {("gaudi3", (), None, count(8), "actual", TODAY)},
    ),
    (
        "GB300 NVL72 랙 한 대에는 블랙웰 울트라 GPU가 일흔두 개 들어간다.",
        "chips_per_system",
        {("gb300", (), None, count(72), "actual", TODAY)},
    ),
    (
        "카카오는 판교 센터에 H200 서른두 장을 새로 들여 가동하고 있다.",
        "deployed_chips",
        {("kakao", (("chip", "h200"),), None, count(32), "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), NATIVE)
def test_a_native_numeral_before_a_counter_is_a_count(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


NATIVE_TRAPS = [
    # one server, two sites: how a sentence speaks, no figure (below five is never read)
    ("네이버는 서버 두 대에 레니게이드를 꽂아 시험하고 있다.", "deployed_chips"),
    ("카카오는 H200을 세 곳의 데이터센터에 나눠 두고 있다.", "deployed_chips"),
    # "열" the verb (to open), not ten
    ("엔비디아는 내년에 대만에서 새 사무소를 열 계획이다.", "deployed_chips"),
]


@pytest.mark.parametrize(("text", "predicate"), NATIVE_TRAPS)
def test_small_native_numerals_and_lookalike_words_are_no_count(text: str, predicate: str) -> None:
    assert set() == facts(text, predicate)


# -- "N여 장": more than N chips, the 餘 between the number and the counter -------------

MORE_THAN_SHEETS = [
    (
        "퓨리오사AI는 지난달 네이버에 레니게이드 2000여 장을 공급했다.",
        "supply_deal",
        {("naver", (("product", "rngd"),), "furiosaai", count(2000, "at-least"), "actual", TODAY)},
    ),
    (
        "KT는 목동 센터에 B200 500여 장을 들여 AI 학습 서비스를 운영하고 있다.",
        "deployed_chips",
        {("kt", (("chip", "b200"),), None, count(500, "at-least"), "actual", TODAY)},
    ),
    (
        "엔비디아는 SK텔레콤에 H200 3000여 장을 공급했다.",
        "supply_deal",
        {
            (
                "sk-telecom",
                (("product", "h200"),),
                "nvidia",
                count(3000, "at-least"),
                "actual",
                TODAY,
            )
        },
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), MORE_THAN_SHEETS)
def test_more_than_n_sheets_of_a_chip_count_chips(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


def test_more_than_n_sheets_of_wafers_stay_wafers() -> None:
    text = "TSMC의 CoWoS 월 생산능력은 현재 7만여 장이다."
    expected = {("tsmc", (("process", "cowos"),), None, wafers(70000, "at-least"), "actual", TODAY)}
    assert expected == facts(text, "capacity")


# -- the noun style of notes and filings: "…6만 5000장임.", "…1만 개임." ----------------------

NOUN_STYLE = [
    (
        "현재 TSMC의 CoWoS 월 생산능력은 약 8만 2000장임.",
        "capacity",
        {("tsmc", (("process", "cowos"),), None, wafers(82000, approx=True), "actual", TODAY)},
    ),
    (
        "대만 TSMC의 CoWoS 라인 증설이 빨라지고 있음. 당사가 파악한 CoWoS 월 생산능력은 약 "
        "7만 장임.",
        "capacity",
        {("tsmc", (("process", "cowos"),), None, wafers(70000, approx=True), "actual", TODAY)},
    ),
    (
        "마이크로소프트가 애저에서 가동 중인 GB300은 약 4만 개였음.",
        "deployed_chips",
        {("microsoft", (("chip", "gb300"),), None, count(40000, approx=True), "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), NOUN_STYLE)
def test_a_figure_ending_a_clause_in_noun_style_keeps_its_unit(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


def test_a_counter_glued_to_another_word_is_no_unit() -> None:
    # "개임원" is no noun ending: the counter's word goes on
    assert set() == facts("TSMC의 CoWoS 월 생산능력은 8만 장임원 회의에서 논의됐다.", "capacity")


# -- "이를": a product an earlier clause named, not a verb or an event ---------------------

TAKEN_UP = [
    (
        "퓨리오사AI는 이달 카카오에 레니게이드 500장을 납품했으며, 카카오는 이를 자사 "
        "데이터센터에 설치해 검색 서비스에 쓸 예정이다.",
        "adopts",
        {("kakao", (("mode", "on-prem"),), "rngd", None, "planned", TODAY)},
    ),
    (
        "AMD는 지난주 오라클에 MI355X를 공급했고, 오라클은 이를 자체 데이터센터에 들여 "
        "가동하고 있다.",
        "adopts",
        {("oracle", (("mode", "on-prem"),), "mi355x", None, "actual", TODAY)},
    ),
    (
        "리벨리온은 KT에 리벨-쿼드를 보냈는데 KT는 이를 자체 데이터센터에 설치할 계획이다.",
        "adopts",
        {("kt", (("mode", "on-prem"),), "rebel", None, "planned", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), TAKEN_UP)
def test_iruel_takes_up_the_product_an_earlier_clause_named(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


def test_iruel_after_a_process_figure_takes_up_the_figure_not_an_older_chip() -> None:
    text = (
        "구글의 아이언우드는 TSMC 3나노 공정에서 생산된다. SoIC 월 생산능력은 현재 1만 2000장 "
        "수준이다. TSMC는 이를 내년 말까지 2만 4000장으로 늘릴 계획이다."
    )
    assert set() == facts(text, "deployed_chips")
    assert (
        "tsmc",
        (("process", "soic"),),
        None,
        wafers(24000),
        "planned",
        ("deadline", "2026-05-12", "2027-12-31"),
    ) in facts(text, "capacity")


IRUEL_TRAPS = [
    # "…에 이를 것으로": the verb 이르다 (to reach), not a reference to the chip in focus
    "엔비디아 B300이 본격 출하되고 있다. TSMC의 CoWoS 월 생산능력은 내년 말 11만 장에 이를 "
    "것으로 보인다.",
    # "이를 통해": the deal just told, not the chip
    "AMD는 오라클과 MI450 공급 계약을 맺었으며, 이를 통해 연말까지 5만 개를 출하한다.",
]


@pytest.mark.parametrize("text", IRUEL_TRAPS)
def test_iruel_as_a_verb_or_an_event_names_no_chip(text: str) -> None:
    assert not any(r[1] == "deployed_chips" and r[0] == "tsmc" for r in rows(text))
    assert not any(r[1] == "deployed_chips" and r[0] == "amd" for r in rows(text))


# -- an integration clause that leaves its product unsaid -----------------------------------

CARRIED_PRODUCT = [
    # the chip an earlier clause of the sentence made
    (
        "엔비디아는 B300을 대만에서 생산하며, 패키징에는 CoWoS-L을 쓴다.",
        # B300 ships before publication: its packaging is its make-up (session 16)
        {("b300", (), "cowos", None, "actual", TODAY)},
    ),
    # the topic of the earlier clause
    (
        "구글의 아이언우드는 3나노 공정으로 만들어지며 CoWoS 패키징을 쓴다.",
        {("ironwood", (), "cowos", None, "actual", TODAY)},
    ),
    # the product of the sentence before, in a sentence with no subject
    (
        "AMD는 이날 헬리오스 랙을 공개했다. 칩 사이는 UALink로 연결한다.",
        {("helios", (), "ualink", None, "announced", TODAY)},
    ),
    # the product of the bullet before, under the same heading
    (
        "■ 신형 랙\n· 헬리오스 랙 한 대에는 MI450 72개가 들어간다.\n· 랙 사이 연결에는 UALink를 "
        "채택했다.",
        {("helios", (), "ualink", None, "announced", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_PRODUCT)
def test_an_integration_clause_takes_the_product_it_goes_on_about(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "integrates")


def test_a_shipping_product_carried_into_the_clause_integrates_as_actual() -> None:
    text = (
        "리벨리온이 리벨-쿼드의 양산 출하를 시작했다. HBM3E 144GB를 탑재했다. 서버와 서버 "
        "사이는 울트라 이더넷으로 연결한다."
    )
    assert ("rebel", (), "ultra-ethernet", None, "actual", TODAY) in facts(text, "integrates")


CARRIED_TRAPS = [
    # the company named as the clause's subject is the user: its fleet, no product design
    "메타는 H100 35만 개를 들였고, 네트워크로는 인피니밴드를 쓴다.",
    # a buyer as the sentence's subject: the network is its own, not the chip's
    "네이버는 B200을 들였고, 네트워크로는 스펙트럼-X를 쓴다.",
    # the verb describes the technology ("인터포저를 쓰는 CoWoS-L"), no product uses it
    "엔비디아는 B300을 출시했다. 대형 인터포저를 쓰는 CoWoS-L 비중이 커지고 있다.",
    # a sentence about the technology itself, its topic: what it is, not a product's use
    "AWS는 트레이니움3를 공개했다. UALink는 여러 회사의 가속기를 서로 연결하도록 만든 표준이다.",
]


@pytest.mark.parametrize("text", CARRIED_TRAPS)
def test_no_product_is_carried_into_a_company_use_or_a_description(text: str) -> None:
    assert set() == facts(text, "integrates")


# -- the formal polite -ㅂ니다 of a verb stem ("씁니다", "돌립니다") -------------------------

POLITE = [
    (
        "앤트로픽은 트레이니움2로 클로드를 학습시킵니다. 구글 TPU도 함께 씁니다.",
        "adopts",
        {("anthropic", (), "google-tpu", None, "actual", TODAY)},
    ),
    (
        "카카오는 판교 센터에서 H100 2000장을 돌립니다.",
        "deployed_chips",
        {("kakao", (("chip", "h100"),), None, count(2000), "actual", TODAY)},
    ),
    (
        "AMD의 헬리오스 랙은 랙 밖 연결에 Ultra Ethernet 규격 NIC을 씁니다.",
        "integrates",
        {("helios", (), "ultra-ethernet", None, "announced", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), POLITE)
def test_a_verb_in_the_formal_polite_style_is_its_trigger(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


def test_formal_polite_forms_of_verb_stems() -> None:
    assert polite("쓰") == ["씁니"]
    assert polite("돌리") == ["돌립니"]
    assert polite("달하") == ["달합니"]
    assert polite("도입") == []  # a noun closed by a consonant: no forms
    assert polite("수주") == []  # a noun in an open syllable is no verb stem


# -- a Korean list of products makes the integration each one's -----------------------------

LISTED = [
    (
        "B300·루빈 세대 GPU가 모두 CoWoS-L 패키징을 쓴다.",
        {
            ("b300", (), "cowos", None, "actual", TODAY),
            ("rubin", (), "cowos", None, "announced", TODAY),
        },
    ),
    (
        "MI355X와 MI450은 모두 UALink를 지원한다.",
        {
            ("mi355x", (), "ualink", None, "actual", TODAY),
            ("mi450", (), "ualink", None, "announced", TODAY),
        },
    ),
    (
        "엔비디아는 GB300, 루빈 및 루빈 울트라에 6세대 NV링크를 적용한다고 밝혔다.",
        {
            ("gb300", (), "nvlink", None, "announced", TODAY),
            ("rubin", (), "nvlink", None, "announced", TODAY),
            ("rubin-ultra", (), "nvlink", None, "announced", TODAY),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_each_product_of_a_korean_list_integrates_the_technology(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "integrates")


def test_a_product_named_for_comparison_is_no_list() -> None:
    text = "루빈은 블랙웰과 달리 HBM4를 쓴다."
    assert not any(r[0] == "blackwell" for r in rows(text))


# -- a company's own chip as the subject of a passive use ("…에 쓰인다", "…에 투입돼 있다") ------

OWN_CHIP_PASSIVE = [
    (
        "MTIA는 현재 인스타그램 추천 모델 일부에 쓰인다고 메타가 밝혔다.",
        {("meta", (("mode", "on-prem"),), "mtia", None, "actual", TODAY)},
    ),
    (
        "마이아 200은 애저의 코파일럿 추론 워크로드 일부에 투입돼 있다.",
        {("microsoft", (("mode", "on-prem"),), "maia-200", None, "actual", TODAY)},
    ),
    (
        "구글은 아이언우드가 이미 자사 검색 서비스에서 가동되고 있다고 설명했다.",
        {("google", (("mode", "on-prem"),), "ironwood", None, "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CHIP_PASSIVE)
def test_an_own_chip_used_in_the_passive_is_adopted_by_its_company(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "adopts")


OWN_CHIP_PASSIVE_TRAPS = [
    # the chip as an object of another company's plan: no own use
    "오픈AI는 구글 TPU를 자사 데이터센터에 들여놓는 방안을 구글과 논의하고 있다.",
    # made, not used: a foundry's production is no adoption
    "마이아 200은 TSMC 3나노 공정에서 생산되며 애저용으로 설계됐다.",
]


@pytest.mark.parametrize("text", OWN_CHIP_PASSIVE_TRAPS)
def test_an_own_chip_as_object_or_made_is_no_own_adoption(text: str) -> None:
    assert not any(r[1] == "adopts" and r[0] in ("google", "microsoft") for r in rows(text))


# -- a company said to be another's customer, a rank before the product ----------------------

CUSTOMER_OF = [
    (
        "AMD는 여전히 TSMC의 주요 CoWoS 고객이며, 내년 물량도 늘릴 것으로 보인다.",
        {("amd", (("product", "cowos"),), "tsmc", None, "actual", TODAY)},
    ),
    (
        "오픈AI는 코어위브의 최대 고객이다.",
        {("openai", (), "coreweave", None, "actual", TODAY)},
    ),
    (
        "SK하이닉스 HBM4의 최대 고객은 엔비디아다.",
        {("nvidia", (("product", "hbm4"),), "sk-hynix", None, "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUSTOMER_OF)
def test_a_customer_of_a_supplier_is_a_supply_deal(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "supply_deal")


def test_a_customer_denied_is_no_deal() -> None:
    assert set() == facts("메타는 코어위브의 고객이 아니다.", "supply_deal")


def test_a_label_line_of_a_one_product_teardown_integrates_into_that_product() -> None:
    text = (
        "이번 보고서는 당사가 입수한 구글 아이언우드 모듈을 분해한 결과다. 전원부는 12상 구성이다. "
        "냉각판은 구리 재질이다. 기판은 20층이다.\n\n"
        "패키징: 단면을 분석한 결과 TSMC의 CoWoS-L 공정이 적용됐다."
    )
    # a teardown of a chip on the market finds its make-up (session 16: the dev gold reads
    # every integration of a product shipped before publication as actual, ko-h07 too)
    assert {("ironwood", (), "cowos", None, "actual", TODAY)} == facts(text, "integrates")


def test_a_text_of_two_products_carries_neither_far_back() -> None:
    text = (
        "엔비디아는 B300과 루빈을 함께 소개했다. 전원부는 12상 구성이다. 냉각판은 구리 재질이다. "
        "기판은 20층이다.\n\n패키징: 단면을 분석한 결과 TSMC의 CoWoS-L 공정이 적용됐다."
    )
    assert set() == facts(text, "integrates")


# -- "A에서 B 사이": a Korean range between two figures --------------------------------------

BETWEEN = [
    (
        "증권가는 TSMC의 CoWoS 월 생산능력이 내년 말 11만 장에서 12만 장 사이가 될 것으로 본다.",
        "capacity",
        {
            (
                "tsmc",
                (("process", "cowos"),),
                None,
                (110000, 120000, "wafer/month", False, "exact"),
                "forecast",
                ("point", "2027-12-31", "2027-12-31"),
            )
        },
    ),
    (
        "업계는 xAI가 콜로서스에서 돌리는 GB200을 15만 개에서 20만 개 사이로 추정한다.",
        "deployed_chips",
        {
            (
                "colossus",
                (("chip", "gb200"),),
                None,
                (150000, 200000, "count", False, "exact"),
                "forecast",
                TODAY,
            )
        },
    ),
]


BETWEEN.append(
    (
        "마이크로소프트의 오픈AI 누적 투자액은 130억에서 140억 달러 사이로 알려졌다.",
        "investment",
        {
            (
                "microsoft",
                (("target", "openai"),),
                None,
                (1.3e10, 1.4e10, "USD", False, "exact"),
                "actual",
                TODAY,
            )
        },
    )
)


@pytest.mark.parametrize(("text", "predicate", "expected"), BETWEEN)
def test_a_range_between_two_figures_is_one_range(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


def test_a_change_from_one_figure_to_another_is_no_range() -> None:
    text = "TSMC는 CoWoS 월 생산능력을 연말까지 9만 장에서 12만 장으로 늘릴 계획이다."
    values = {r[4] for r in rows(text) if r[1] == "capacity"}
    assert (90000, 120000, "wafer/month", False, "exact") not in values
