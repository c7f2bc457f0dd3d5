"""Relation and count mechanics added with extractor 0.6.0: a relative clause's money
has its own target, "in AWS Regions" names the provider, using a branded product where it
runs is an adoption (not a deal with the brand), "supplied X to Y" is a supply deal, a
Korean subject "GPU가 N개" is a count of unnamed chips, and an adoption said twice in one
sentence is kept once with its mode. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tracker.domain.documents import Document
from tracker.extract import default_extractor

PUBLISHED = datetime(2025, 10, 7, 9, 0, tzinfo=UTC)


def rows(text: str, language: str = "en") -> list[tuple[Any, ...]]:
    lead = "Notes from the week.\n\n" if language == "en" else "이번 주 소식.\n\n"
    doc = Document(
        document_id="r", text=lead + text, published=PUBLISHED, language=language, tier="press"
    )
    return sorted(
        (c.subject, c.predicate, tuple(sorted(c.qualifiers.items())), c.object, c.modality)
        for c in default_extractor([]).extract(doc)
    )


def test_money_in_a_relative_clause_and_in_the_main_clause_have_their_own_targets() -> None:
    text = (
        "Microsoft, which has put $13 billion into OpenAI, is now weighing an investment "
        "of up to $5 billion in Anthropic."
    )
    found = [(r[0], r[2], r[4]) for r in rows(text) if r[1] == "investment"]
    assert found == [
        ("microsoft", (("target", "anthropic"),), "considering"),
        ("microsoft", (("target", "openai"),), "actual"),
    ]


VIA = [
    ("Apple runs its inference jobs on Trainium2 in AWS Regions.", "aws"),
    ("Apple runs its inference jobs on Ironwood in Google Cloud.", "google"),
    ("Apple runs its inference jobs on GB200 chips in Oracle data centers.", "oracle"),
]


@pytest.mark.parametrize(("text", "via"), VIA)
def test_a_provider_named_as_where_it_runs_is_the_way_in(text: str, via: str) -> None:
    adopts = [r for r in rows(text) if r[1] == "adopts"]
    assert [(("mode", "cloud"), ("via", via))] == [r[2] for r in adopts]


BRAND_USE = [
    (
        "Apple will run its models on Nvidia GB200 chips in AWS data centers under a "
        "five-year agreement signed Monday.",
        # a term of the deal with a bare future: announced (lead's ruling, session 8)
        ("apple", "adopts", (("mode", "cloud"), ("via", "aws")), "gb200", "announced"),
    ),
    (
        "Apple is weighing putting Google's TPUs in its own data centers, in a deal "
        "that could be large.",
        ("apple", "adopts", (("mode", "on-prem"),), "google-tpu", "considering"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRAND_USE)
def test_using_a_branded_product_where_it_runs_is_an_adoption_not_a_deal(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert [expected] == [r for r in rows(text) if r[1] in ("adopts", "supply_deal")]


def test_a_deal_with_the_maker_as_a_named_party_stays_a_deal_and_its_cloud_use_an_adoption() -> (
    None
):
    """GUIDE settled case: a deal is an adopts too when the customer uses the product."""
    text = "Apple signed a deal with Google to use up to 200,000 TPUs in Google Cloud."
    found = sorted(r[1] for r in rows(text) if r[1] in ("adopts", "supply_deal"))
    assert found == ["adopts", "supply_deal"]


SUPPLIED = [
    "Samsung has supplied HBM3E to AMD since last year.",
    "Samsung is supplying HBM3E to AMD.",
    "Samsung supplied HBM3E to AMD in the spring.",
]


@pytest.mark.parametrize("text", SUPPLIED)
def test_supplied_to_is_a_supply_deal(text: str) -> None:
    deals = [r for r in rows(text) if r[1] == "supply_deal"]
    assert [(r[0], r[2], r[3]) for r in deals] == [("amd", (("product", "hbm3e"),), "samsung")]


def test_boards_that_ship_today_are_no_supply_deal() -> None:
    text = "AMD showed MI355X boards that ship today with 288 GB of HBM3E per GPU."
    assert [r for r in rows(text) if r[1] == "supply_deal"] == []


KOREAN_COUNTS = [
    "콜로서스의 GPU가 15만 개를 넘어섰다.",
    "콜로서스에서 돌아가는 GPU는 15만 개를 넘어섰다.",
]


@pytest.mark.parametrize("text", KOREAN_COUNTS)
def test_a_korean_subject_gpu_count_is_a_fleet_of_unnamed_chips(text: str) -> None:
    found = [r for r in rows(text, "ko") if r[1] == "deployed_chips"]
    assert found == [("colossus", "deployed_chips", (), None, "actual")]


def test_a_korean_gpu_subject_without_a_count_of_chips_is_no_fleet() -> None:
    assert rows("GPU가 부족해 콜로서스의 공사비가 3억 달러 늘었다.", "ko") == []


def test_a_rack_word_across_a_new_subject_is_not_a_system_count() -> None:
    text = (
        "Colossus is already running GB200 racks, and xAI expects more than 300,000 of the "
        "chips to be installed there by the end of next year."
    )
    found = [(r[0], r[1], r[2], r[4]) for r in rows(text) if r[1] != "located_in"]
    assert found == [("colossus", "deployed_chips", (("chip", "gb200"),), "planned")]


def test_a_rack_word_next_to_its_count_is_still_a_system_count() -> None:
    text = "Each GB200 rack, and there are many, holds 72 GPUs."
    assert [r[1] for r in rows(text)] == ["chips_per_system"]


def test_it_at_a_sentence_start_is_the_previous_subject_not_the_provider_named_later() -> None:
    text = (
        "Apple is evaluating Trainium2 chips for its own data centers. It is also exploring "
        "renting TPU capacity through Google Cloud starting next year."
    )
    found = [(r[0], r[2], r[3]) for r in rows(text) if r[3] == "google-tpu"]
    assert found == [("apple", (("mode", "cloud"), ("via", "google")), "google-tpu")]


WHERE = [
    (
        "To see how Apple intends to train its models, start in Memphis, where Colossus, "
        "owned by xAI and now home to about 150,000 GB200 chips, already trains Grok.",
        "actual",
    ),
    (
        "xAI plans a second phase in Memphis, where Colossus will add 50,000 GB200 chips "
        "next year.",
        "planned",
    ),
]


@pytest.mark.parametrize(("text", "modality"), WHERE)
def test_a_where_clause_keeps_its_own_modality(text: str, modality: str) -> None:
    found = [r[4] for r in rows(text) if r[1] == "deployed_chips"]
    assert found == [modality]


def test_an_unnamed_capacity_owner_is_the_recent_subject_not_the_customer_named_last() -> None:
    text = (
        "Samsung said it finished qualifying HBM4. The company has supplied HBM3E to AMD "
        "since last year. Its HBM4 capacity stands at about 60,000 wafers a month."
    )
    found = [(r[0], r[2]) for r in rows(text) if r[1] == "capacity"]
    assert found == [("samsung", (("process", "hbm4"),))]


UNDER_WHICH = [
    "It follows a five-year agreement with Oracle, under which Apple will run on GB200 "
    "systems in Oracle data centers.",
    "The pact with Oracle, whereby Apple will run on GB200 systems in Oracle data centers, "
    "was signed on Friday.",
]


@pytest.mark.parametrize("text", UNDER_WHICH)
def test_the_user_named_in_an_under_which_clause_adopts_not_the_counterparty(text: str) -> None:
    found = [(r[0], r[2], r[3]) for r in rows(text) if r[1] == "adopts"]
    assert found == [("apple", (("mode", "cloud"), ("via", "oracle")), "gb200")]


SHIPPING_TO = [
    "Samsung will start shipping its HBM4 memory to AMD next year.",
    "Samsung has begun volume shipments of HBM4 to AMD for its next accelerator.",
]


@pytest.mark.parametrize("text", SHIPPING_TO)
def test_shipping_to_a_named_company_is_a_supply_deal_without_a_count(text: str) -> None:
    deals = [(r[0], r[2], r[3]) for r in rows(text) if r[1] == "supply_deal"]
    assert deals == [("amd", (("product", "hbm4"),), "samsung")]


def test_shipping_to_customers_is_no_supply_deal() -> None:
    assert rows("Nvidia shipped its first GB200 racks to customers.") == []
