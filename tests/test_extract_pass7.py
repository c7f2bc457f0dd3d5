"""Mechanisms added with extractor 0.7.0: training on chips in a named provider's cloud
is an adoption, chips listed together are each adopted, renting (임대) is an adoption
verb, and a time inside an English attribution ("according to a paper it published last
year") dates the source, not the claim. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tracker.domain.documents import Document
from tracker.extract import EXTRACTOR_VERSION, default_extractor

PUBLISHED = datetime(2025, 10, 7, 9, 0, tzinfo=UTC)


def claims(text: str, language: str = "en") -> list[Any]:
    lead = "Notes from the week.\n\n" if language == "en" else "이번 주 소식.\n\n"
    doc = Document(
        document_id="p7", text=lead + text, published=PUBLISHED, language=language, tier="press"
    )
    return list(default_extractor([]).extract(doc))


def adoptions(text: str, language: str = "en") -> list[tuple[Any, ...]]:
    return sorted(
        (c.subject, tuple(sorted(c.qualifiers.items())), c.object, c.modality)
        for c in claims(text, language)
        if c.predicate == "adopts"
    )


def test_the_extractor_version_is_0_7_0() -> None:
    assert tuple(map(int, EXTRACTOR_VERSION.split("."))) >= (0, 7, 0)


GOOGLE = (("mode", "cloud"), ("via", "google"))
MSFT = (("mode", "cloud"), ("via", "microsoft"))
AWS = (("mode", "cloud"), ("via", "aws"))

TRAINING_IN_A_CLOUD = [
    (
        "Apple trains part of its model family on TPUs in Google Cloud.",
        "en",
        "apple",
        GOOGLE,
        "google-tpu",
    ),
    (
        "xAI has trained an early model on H100 chips through Microsoft Azure.",
        "en",
        "xai",
        MSFT,
        "h100",
    ),
    (
        "Meta fine-tunes its ranking models on Trainium2 in AWS Regions.",
        "en",
        "meta",
        AWS,
        "trainium2",
    ),
    (
        "애플은 구글 클라우드의 TPU로 자사 모델을 학습시키고 있다.",
        "ko",
        "apple",
        GOOGLE,
        "google-tpu",
    ),
    (
        "오픈AI는 마이크로소프트 애저를 통해 H200으로 모델을 훈련하고 있다.",
        "ko",
        "openai",
        MSFT,
        "h200",
    ),
]


@pytest.mark.parametrize(("text", "language", "subject", "mode", "chip"), TRAINING_IN_A_CLOUD)
def test_training_on_chips_in_a_named_cloud_is_an_adoption(
    text: str, language: str, subject: str, mode: tuple[Any, ...], chip: str
) -> None:
    assert [(subject, mode, chip, "actual")] == adoptions(text, language)


NO_ADOPTION = [
    # no provider named: training at a site is trains_on, not an adoption
    ("Anthropic trains Claude on Trainium2 chips at Project Rainier.", "en"),
    ("앤트로픽은 프로젝트 레이니어에서 트레이니움2로 클로드를 학습시킨다.", "ko"),
    # a company training on its own chips in its own cloud adopts nothing (Korean: the GUIDE's
    # later settled case reads it as running its own chip, on-prem: test_extract_rel_ko_s13)
    ("Google trains Gemini on TPUs in Google Cloud.", "en"),
    # a provider renting out its own chips adopts nothing
    ("AWS는 트레이니움2를 고객에게 임대하고 있다.", "ko"),
]


@pytest.mark.parametrize(("text", "language"), NO_ADOPTION)
def test_training_without_a_provider_or_on_ones_own_chips_is_no_adoption(
    text: str, language: str
) -> None:
    assert adoptions(text, language) == []


LISTED = [
    (
        "Apple rents H100 and H200 chips through Microsoft Azure.",
        "en",
        "apple",
        MSFT,
        ["h100", "h200"],
    ),
    (
        "Apple rents H100 or H200 instances through Azure.",
        "en",
        "apple",
        MSFT,
        ["h100", "h200"],
    ),
    (
        "애플은 마이크로소프트 애저를 통해 엔비디아 H100과 H200을 빌려 쓴다.",
        "ko",
        "apple",
        MSFT,
        ["h100", "h200"],
    ),
    (
        "메타는 구글 클라우드에서 TPU와 아이언우드를 임대하고 있다.",
        "ko",
        "meta",
        GOOGLE,
        ["google-tpu", "ironwood"],
    ),
]


@pytest.mark.parametrize(("text", "language", "subject", "mode", "chips"), LISTED)
def test_each_chip_of_a_plain_list_is_adopted(
    text: str, language: str, subject: str, mode: tuple[Any, ...], chips: list[str]
) -> None:
    assert [(subject, mode, c, "actual") for c in chips] == adoptions(text, language)


def test_a_chip_compared_after_the_adopted_one_is_not_adopted() -> None:
    text = "Apple rents H200 chips through Microsoft Azure rather than buying B200s."
    assert [r[2] for r in adoptions(text)] == ["h200"]


def test_renting_in_korean_is_an_adoption_under_talks() -> None:
    text = "메타는 구글 클라우드에서 TPU를 임대하는 방안을 협의 중이다."
    assert adoptions(text, "ko") == [("meta", GOOGLE, "google-tpu", "considering")]


SOURCE_TIMES = [
    "Apple trains some of its models on TPUs in Google Cloud, according to a paper it "
    "published last year.",
    "Apple trains some of its models on TPUs in Google Cloud, citing a filing from 2023.",
]


@pytest.mark.parametrize("text", SOURCE_TIMES)
def test_a_time_inside_an_attribution_dates_the_source_not_the_claim(text: str) -> None:
    found = [c for c in claims(text) if c.predicate == "adopts"]
    assert [(PUBLISHED.date(), PUBLISHED.date())] == [(c.valid.start, c.valid.end) for c in found]


def test_a_time_before_the_attribution_still_dates_the_claim() -> None:
    text = "Meta will rent TPUs through Google Cloud from 2027, according to two people."
    found = [c for c in claims(text) if c.predicate == "adopts"]
    assert [(c.valid.kind, c.valid.start.year) for c in found] == [("open", 2027)]


def deals(text: str) -> list[tuple[Any, ...]]:
    return sorted(
        (c.subject, dict(c.qualifiers).get("product"), c.object, c.modality)
        for c in claims(text)
        if c.predicate == "supply_deal"
    )


ROLES = [
    ("Samsung, AMD's second HBM3E vendor, raised its guidance.", ("amd", "hbm3e", "samsung")),
    ("Nvidia remains SK hynix's biggest HBM4 customer.", ("nvidia", "hbm4", "sk-hynix")),
    ("AMD's main HBM3E supplier is Samsung.", ("amd", "hbm3e", "samsung")),
    (
        "Microsoft, Nvidia's largest GB200 customer, expanded again.",
        ("microsoft", "gb200", "nvidia"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), ROLES)
def test_a_supplier_or_customer_named_by_its_role_is_a_supply_deal(
    text: str, deal: tuple[str, str, str]
) -> None:
    assert deals(text) == [(*deal, "actual")]


NO_ROLE_DEAL = [
    "Nvidia, Microsoft's largest customer, sold more GPUs.",  # no product named
    "Nvidia, TSMC's largest customer, grew quickly.",  # no product (CoWoS is one: en-704 gold)
    "Samsung is not AMD's HBM3E vendor.",  # negated
    "Amazon remains AWS's largest Trainium2 customer.",  # one corporate family
]


@pytest.mark.parametrize("text", NO_ROLE_DEAL)
def test_a_role_noun_without_product_partner_or_assertion_is_no_deal(text: str) -> None:
    assert deals(text) == []
