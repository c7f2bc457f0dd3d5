"""English, first engineer (session 9): claims the extractor missed outright (no subject,
object or figure paired), each cause said several ways, with traps. Every sentence here is
written for these tests.

- A cloud named as the sentence's subject ("Naver Cloud plans to run …") is the company
  adopting, not a provider others go through.
- A customer role with no seller named ("X remains the largest CoWoS customer") is a deal
  with the product's one maker; "counts X among its … customers" gives the role too.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED, tier)


def relations(text: str, predicate: str, tier: str = "press") -> list[Row]:
    """(subject, qualifiers, object, modality) of each claim of one predicate."""
    return [(r[0], r[2], r[3], r[5]) for r in claims(text, tier) if r[1] == predicate]


# -- a cloud as the subject adopts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Naver Cloud intends to run its chatbot on RNGD cards in its own "
            "data center in Chuncheon next quarter.",
            [("naver", (("mode", "on-prem"),), "rngd", "planned")],
        ),
        (
            "Alibaba Cloud has begun using H20 accelerators for its recommendation models.",
            [("alibaba", (), "h20", "actual")],
        ),
        (
            "Naver Cloud is weighing putting Rebel-Quad cards into its own data centers.",
            [("naver", (("mode", "on-prem"),), "rebel", "considering")],
        ),
        (
            "Naver Cloud is trialling RNGD for part of its search traffic.",
            [("naver", (), "rngd", "considering")],
        ),
    ],
)
def test_a_cloud_named_as_the_subject_is_the_adopter(text: str, expected: list[Row]) -> None:
    assert expected == relations(text, "adopts")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cloud after "through" is the way in; the company before it adopts
        (
            "Through Google Cloud, Meta has started renting TPUs.",
            [("meta", (("mode", "cloud"), ("via", "google")), "google-tpu", "actual")],
        ),
        # a cloud named after a preposition is no subject
        (
            "Startups rent H100s on Naver Cloud.",
            [],
        ),
    ],
)
def test_a_cloud_after_a_preposition_is_no_adopter(text: str, expected: list[Row]) -> None:
    assert expected == relations(text, "adopts")


# -- a customer role with no seller named -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        ("Nvidia remains by far the biggest CoWoS customer this cycle.", "nvidia"),
        ("Broadcom is the second-largest CoWoS customer, well behind the leader.", "broadcom"),
        ("AMD, the third-largest CoWoS customer, added lines in Chiayi.", "amd"),
        ("Even so, Nvidia is still the top CoWoS-L customer.", "nvidia"),
    ],
)
def test_a_customer_role_without_a_seller_is_a_deal_with_the_makers(text: str, buyer: str) -> None:
    assert [(buyer, (("product", "cowos"),), "tsmc", "actual")] == relations(text, "supply_deal")


@pytest.mark.parametrize(
    "text",
    [
        # HBM3E has several makers: no one seller
        "Nvidia remains the largest HBM3E customer.",
        # no product: no deal
        "Nvidia is the largest customer in the region.",
        # customers in the plural name no one
        "Nvidia and AMD are the largest CoWoS customers.",
    ],
)
def test_a_role_with_no_one_seller_is_no_deal(text: str) -> None:
    assert relations(text, "supply_deal") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Google, which counts Anthropic among its largest TPU customers, said nothing.",
            ("anthropic", (("product", "google-tpu"),), "google", "actual"),
        ),
        (
            "SK hynix counts Nvidia among its biggest HBM4 buyers.",
            ("nvidia", (("product", "hbm4"),), "sk-hynix", "actual"),
        ),
        (
            "Samsung now lists AMD among its HBM3E customers.",
            ("amd", (("product", "hbm3e"),), "samsung", "actual"),
        ),
    ],
)
def test_counting_a_company_among_ones_customers_is_a_deal(text: str, expected: Row) -> None:
    assert [expected] == relations(text, "supply_deal")


@pytest.mark.parametrize(
    "text",
    [
        "Google counts Anthropic among its investors.",
        "Broadcom counts Google among its largest customers.",
    ],
)
def test_among_ones_backers_or_with_no_product_is_no_deal(text: str) -> None:
    assert relations(text, "supply_deal") == []
