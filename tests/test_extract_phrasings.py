"""Phrasings the rules must read whatever the outlet's house style: wire copy, analyst
notes, trade press, Korean wire and economic dailies. Each category has several word
orders and units, plus traps that must yield nothing. Every sentence is written here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor
from tracker.domain.claims import Claim

KST = timezone(timedelta(hours=9))
PUBLISHED = {
    "ko": datetime(2025, 12, 19, 9, 0, tzinfo=KST),
    "en": datetime(2025, 12, 19, 9, 0, tzinfo=UTC),
}
TODAY = ("point", "2025-12-19", "2025-12-19")


def extract(text: str, language: str) -> list[Claim]:
    return run_extractor(text, language, PUBLISHED[language])


row = claim_row


def of(text: str, language: str, predicate: str) -> list[tuple[Any, ...]]:
    return [row(c) for c in extract(text, language) if c.predicate == predicate]


def count(n: float, approx: bool = False, bound: str = "exact") -> tuple[Any, ...]:
    return (n, n, "count", approx, bound)


# -- deployed chips: brands, "of its", scales, Korean object forms ------------------------

DEPLOYED = [
    (
        "en",
        "xAI's Colossus supercomputer currently houses about 200,000 Nvidia GPUs.",
        ("colossus", {}, count(200000, approx=True)),
    ),
    (
        "en",
        "Project Rainier is live with 500,000 of its Trainium2 chips, Amazon said.",
        ("project-rainier", {"chip": "trainium2"}, count(500000)),
    ),
    (
        "en",
        "Amazon's Rainier cluster now runs roughly 1.2M Trainium2 chips.",
        ("project-rainier", {"chip": "trainium2"}, count(1.2e6, approx=True)),
    ),
    (
        "en",
        "Colossus runs 150,000 H100s, 50,000 H200s and 30,000 GB200s.",
        ("colossus", {"chip": "h200"}, count(50000)),
    ),
    (
        "ko",
        "콜로서스에는 현재 엔비디아 GPU 약 20만 개가 가동 중이다.",
        ("colossus", {}, count(200000, approx=True)),
    ),
    (
        "ko",
        "레이니어에 깔린 트레이니움2 칩은 50만 개에 달한다.",
        ("project-rainier", {"chip": "trainium2"}, count(500000)),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), DEPLOYED)
def test_chip_counts_are_read_across_brands_scales_and_word_orders(
    language: str, text: str, expected: tuple[Any, ...]
) -> None:
    found = [(r[0], r[2], r[4]) for r in of(text, language, "deployed_chips")]
    assert expected in found


DEPLOYED_TRAPS = [
    ("en", "Mount Rainier was visible from the data center in 500,000 photos of H100 chips."),
    ("en", "Google TPU shipments should exceed 2.5M units in 2026."),
    ("en", "xAI added another 100,000 H100s at Colossus."),
    ("ko", "xAI는 이후 콜로서스에 H100 GPU 10만 개를 더 들였다."),
    ("ko", "워싱턴주의 레이니어산에는 H100 칩 1000개가 없다."),
]


@pytest.mark.parametrize(("language", "text"), DEPLOYED_TRAPS)
def test_shipments_increments_and_the_mountain_are_not_fleets(language: str, text: str) -> None:
    assert of(text, language, "deployed_chips") == []


# -- capacity: units, process between number and unit, yearly totals ------------------------

CAPACITY = [
    (
        "en",
        "TSMC is currently producing about 70,000 CoWoS wafers per month.",
        ("tsmc", {"process": "cowos"}, (70000, 70000, "wafer/month", True, "exact"), "actual"),
    ),
    (
        "en",
        "For TSMC we now expect CoWoS capacity of ~90 kwpm exiting 2026 (prior: 80 kwpm).",
        ("tsmc", {"process": "cowos"}, (90000, 90000, "wafer/month", True, "exact"), "forecast"),
    ),
    (
        "en",
        "TSMC's monthly CoWoS output is seen reaching 130,000 wafers in late 2026.",
        ("tsmc", {"process": "cowos"}, (130000, 130000, "wafer/month", False, "exact"), "forecast"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CAPACITY)
def test_capacity_is_read_in_its_unit_variants(
    language: str, text: str, expected: tuple[Any, ...]
) -> None:
    found = [(r[0], r[2], r[4], r[5]) for r in of(text, language, "capacity")]
    assert found == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The foundry shipped 660,000 CoWoS wafers in 2025."),
        ("ko", "TSMC의 코워스 연간 생산량은 60만 장 수준이다."),
        ("ko", "기존 추정치(월 10만 장) 대비 상향 조정이다."),
    ],
)
def test_yearly_totals_and_withdrawn_estimates_are_not_capacity(language: str, text: str) -> None:
    assert of(text, language, "capacity") == []


def test_total_capacity_takes_no_process_from_a_later_clause() -> None:
    text = "SK hynix total HBM capacity should reach 150k wafers per month, with HBM3E the bulk."
    assert [r[2] for r in of(text, "en", "capacity")] == [{}]


# -- investment: raised from, holdings as nouns, totals so far ------------------------------

INVESTMENT = [
    (
        "ko",
        "앤트로픽은 아마존으로부터 80억 달러를 유치했다.",
        ("amazon", {"target": "anthropic"}, 8e9, "actual", TODAY),
    ),
    (
        "ko",
        "이로써 구글의 앤트로픽 누적 투자액은 30억 달러로 늘었다.",
        ("google", {"target": "anthropic"}, 3e9, "actual", TODAY),
    ),
    (
        "en",
        "Amazon's investment in Anthropic now stands at $8bn.",
        ("amazon", {"target": "anthropic"}, 8e9, "actual", TODAY),
    ),
    (
        "en",
        "Microsoft has invested about $13.75 billion in OpenAI since 2019.",
        ("microsoft", {"target": "openai"}, 1.375e10, "actual", TODAY),
    ),
    (
        "en",
        "Nvidia plans to invest as much as $2 billion in xAI's latest funding round.",
        ("nvidia", {"target": "xai"}, 2e9, "planned", TODAY),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), INVESTMENT)
def test_investments_are_read_from_raising_holding_and_funding_phrasings(
    language: str, text: str, expected: tuple[Any, ...]
) -> None:
    found = [(r[0], r[2], r[4][0], r[5], r[6]) for r in of(text, language, "investment")]
    assert found == [expected]


def test_respective_amounts_share_the_time_of_the_first() -> None:
    text = "SK하이닉스와 삼성전자는 내년 HBM4 증설에 각각 약 20조원과 15조원을 쏟아부을 계획이다."
    valid = {r[0]: r[6] for r in of(text, "ko", "investment")}
    assert valid == {
        "sk-hynix": ("point", "2026-01-01", "2026-12-31"),
        "samsung": ("point", "2026-01-01", "2026-12-31"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI has committed to spend $300 billion on Oracle computing over five years.",
        "Anthropic raised $13 billion at a $183 billion valuation.",
    ],
)
def test_purchase_commitments_and_valuations_are_not_investments(text: str) -> None:
    assert of(text, "en", "investment") == []


# -- modality: completion, trials, analyst houses, modals, announced plans ----------------

MODALITY = [
    ("en", "SK hynix said it finalized HBM4 supply talks with Nvidia.", "supply_deal", "actual"),
    ("ko", "SK하이닉스는 엔비디아와 HBM4 공급 협상을 마쳤다.", "supply_deal", "actual"),
    ("ko", "애플은 트레이니움2를 시험 평가하고 있다.", "adopts", "considering"),
    ("en", "Meta could also rent TPUs from Google Cloud next year.", "adopts", "considering"),
    (
        "ko",
        "SK하이닉스는 HBM4 생산능력을 올해 말까지 월 15만 장으로 늘리겠다는 계획을 내놨다.",
        "capacity",
        "planned",
    ),
    ("ko", "트레이니움4는 엔비디아의 MGX 랙 구조도 함께 채택한다.", "integrates", "announced"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "predicate", "modality"), MODALITY)
def test_modality_follows_completion_trial_and_plan_cues(
    language: str, text: str, predicate: str, modality: str
) -> None:
    assert [r[5] for r in of(text, language, predicate)] == [modality]


def test_a_modal_far_from_the_claim_does_not_make_a_fact_an_option() -> None:
    text = "Colossus, which could eventually grow much further, runs 230,000 GPUs today."
    assert [r[5] for r in of(text, "en", "deployed_chips")] == ["actual"]


def test_a_with_phrase_keeps_its_own_time_and_cue_away_from_the_deal() -> None:
    text = (
        "Anthropic has agreed to buy up to 1 million Google TPUs, with more than a gigawatt "
        "of capacity expected to come online in 2026."
    )
    assert [(r[5], r[6]) for r in of(text, "en", "supply_deal")] == [("actual", TODAY)]


def test_a_supplier_entrusted_with_supply_is_the_supplier() -> None:
    text = "구글은 TPU 칩 설계 일부와 공급을 브로드컴에 맡기고 있다."
    assert [(r[0], r[3]) for r in of(text, "ko", "supply_deal")] == [("google", "broadcom")]


# -- located_in: state level, modifiers of existing sites, traps ----------------------------

LOCATED = [
    ("en", "xAI's Colossus in Memphis runs 200,000 GPUs.", "colossus", "Tennessee, US"),
    ("en", "Anthropic will train on Project Rainier in Indiana.", "project-rainier", "Indiana, US"),
    ("en", "Oracle will add GB200s at the Stargate campus in Abilene.", "stargate", "Texas, US"),
    (
        "ko",
        "xAI가 미국 테네시주 멤피스의 슈퍼컴퓨터 '콜로서스'를 확장할 계획이다.",
        "colossus",
        "Tennessee, US",
    ),
    ("ko", "프로젝트 레이니어는 인디애나주 뉴칼라일에 있다.", "project-rainier", "Indiana, US"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "site", "place"), LOCATED)
def test_existing_sites_are_located_at_state_level_as_facts(
    language: str, text: str, site: str, place: str
) -> None:
    assert [(r[0], r[4], r[5]) for r in of(text, language, "located_in")] == [
        (site, place, "actual")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ko", "워싱턴주의 레이니어산에서 이름을 딴 이 클러스터는 프로젝트 레이니어다."),
        ("en", "Project Rainier was named after Mount Rainier in Washington state."),
    ],
)
def test_a_place_a_site_is_named_after_is_not_where_it_is(language: str, text: str) -> None:
    assert of(text, language, "located_in") == []


def test_a_site_being_built_keeps_its_planned_modality() -> None:
    text = "OpenAI will build a new Stargate site in Michigan."
    assert [r[5] for r in of(text, "en", "located_in")] == ["planned"]


# -- references back and specifications ------------------------------------------------------


def test_there_refers_back_to_the_site_but_existential_there_does_not() -> None:
    text = "Colossus sits in Memphis. The company trains its Grok models there."
    assert [(r[0], r[3]) for r in of(text, "en", "trains_on")] == [("xai", "colossus")]
    trap = "Colossus sits in Memphis. There are rumours xAI trains Grok models elsewhere."
    assert of(trap, "en", "trains_on") == []


def test_a_family_name_after_its_member_keeps_the_member_in_focus() -> None:
    text = (
        "Ironwood is Google's seventh-generation TPU. "
        "Each chip peaks at roughly 4.6 petaflops of FP8."
    )
    assert [r[0] for r in of(text, "en", "peak_compute")] == ["ironwood"]


def test_nvfp4_is_an_fp4_precision_and_a_spec_without_a_name_is_the_chip_in_focus() -> None:
    text = "엔비디아가 루빈을 공개했다.\n\n추론 성능은 NVFP4 기준 50페타플롭스에 달한다."
    assert [(r[0], r[2]) for r in of(text, "ko", "peak_compute")] == [
        ("rubin", {"precision": "fp4"})
    ]


def test_chip_to_chip_links_are_not_memory_bandwidth() -> None:
    text = "The B200 joins two dies with a 10 TB/s chip-to-chip link."
    assert of(text, "en", "memory_bandwidth") == []
