"""Whether a product is on the market yet decides the modality of its specifications
(extractor 0.6.0): a spec sheet of a product due later is announced, of a product that
ships is actual. Availability is judged per clause in English, a sentence about shipments
that names no product speaks of the last one named, and "plans to make generally
available" is not availability now. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.domain.documents import Document
from tracker.extract import default_extractor

PUBLISHED = datetime(2025, 9, 2, 9, 0, tzinfo=UTC)


def spec_modalities(text: str, language: str = "en") -> dict[str, set[str]]:
    lead = "Notes from the week.\n\n" if language == "en" else "이번 주 소식.\n\n"
    doc = Document(
        document_id="a", text=lead + text, published=PUBLISHED, language=language, tier="press"
    )
    out: dict[str, set[str]] = {}
    for c in default_extractor([]).extract(doc):
        if c.predicate in ("memory_capacity", "memory_bandwidth", "peak_compute"):
            out.setdefault(c.subject, set()).add(c.modality)
    return out


UPCOMING_EN = [
    # a "due" product, in its own clause
    "The Rubin GPU, due in the second half of next year, carries 288 GB of HBM4.",
    # the sentence about shipments names no product: the one last named
    "The B200 carries 192 GB of HBM3E. Shipments are slated for later this year.",
    # "the part" refers back to the product in focus
    "The Ironwood chip carries 192 GB of HBM3E. The company says the part will reach "
    "its cloud customers before the year is out.",
    # a plan to make it generally available is not general availability now
    "Ironwood, which Google plans to make generally available next year, carries 192 GB of HBM3E.",
]


@pytest.mark.parametrize("text", UPCOMING_EN)
def test_specs_of_a_product_not_yet_on_the_market_are_announced(text: str) -> None:
    found = spec_modalities(text)
    assert {"announced"} == set().union(*found.values())


SHIPPING_EN = [
    # the H200 ships; only Blackwell is due, in the other clause
    "The H200 began shipping in volume this quarter, and Blackwell is due before year-end. "
    "The H200 carries 141 GB of HBM3E.",
    "AWS announced the general availability of Trainium3 today. Each Trainium3 chip "
    "carries 144 GB of HBM3E.",
    "The Ironwood chip is available in two regions today, with more regions early next "
    "year. It carries 192 GB of HBM3E.",
]


@pytest.mark.parametrize("text", SHIPPING_EN)
def test_specs_of_a_product_that_ships_are_actual(text: str) -> None:
    found = spec_modalities(text)
    assert {"actual"} == set().union(*found.values())


def test_a_due_product_in_another_clause_leaves_the_shipping_one_actual() -> None:
    text = (
        "The H200 started shipping this quarter, and the B200 is due later this year. "
        "The H200 carries 141 GB of HBM3E. The B200 carries 192 GB of HBM3E."
    )
    assert {"h200": {"actual"}, "b200": {"announced"}} == spec_modalities(text)


def test_a_shipments_sentence_with_nothing_named_before_changes_nothing() -> None:
    text = "Shipments are slated for later this year. The B200 carries 192 GB of HBM3E."
    assert {"b200": {"actual"}} == spec_modalities(text)


KOREAN = [
    (
        "아이언우드는 올해 말 클라우드 고객에게 제공될 예정이다. "
        "아이언우드는 칩당 192GB의 HBM3E를 탑재했다.",
        "announced",
    ),
    (
        "AWS가 트레이니움3를 정식 출시하면서 사양을 밝혔다. "
        "트레이니움3는 칩당 144GB의 HBM3E를 탑재했다.",
        "actual",
    ),
]


@pytest.mark.parametrize(("text", "modality"), KOREAN)
def test_korean_availability_words_decide_spec_modality(text: str, modality: str) -> None:
    found = spec_modalities(text, "ko")
    assert {modality} == set().union(*found.values())
