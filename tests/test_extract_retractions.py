"""English precision mechanisms added with extractor 0.5.0: plans given up (shelved, no
plans, dropped in a later clause), a provider renting out its own cloud, and a company's
own "we expect" as a plan. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tracker.domain.documents import Document
from tracker.extract import default_extractor

PUBLISHED = datetime(2025, 12, 19, 9, 0, tzinfo=UTC)
LEAD = "Notes from the week.\n\n"


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    doc = Document(document_id="r", text=LEAD + text, published=PUBLISHED, language="en", tier=tier)
    return sorted(
        (c.subject, c.predicate, c.object, c.modality) for c in default_extractor([]).extract(doc)
    )


GIVEN_UP = [
    "OpenAI has no plans to use Trainium chips, a spokesperson said.",
    "AWS has shelved plans for a second Rainier-class cluster in Mississippi.",
    "Apple had evaluated Trainium2 chips last year but dropped that plan in the spring.",
    "Meta tested Google's TPUs for months, then abandoned the idea.",
    "Microsoft put on hold its plan to rent Trainium2 chips from AWS.",
]


@pytest.mark.parametrize("text", GIVEN_UP)
def test_a_plan_given_up_yields_no_claim(text: str) -> None:
    assert rows(text) == []


def test_a_plan_kept_is_still_a_claim() -> None:
    text = "Apple is evaluating Trainium2 chips for pretraining, two of the people said."
    assert [r[:3] for r in rows(text)] == [("apple", "adopts", "trainium2")]


def test_a_provider_renting_out_its_own_cloud_adopts_nothing() -> None:
    text = "Microsoft, which still rents OpenAI GB200 capacity through Azure, lost its exclusivity."
    assert [r for r in rows(text) if r[0] == "microsoft" and r[1] == "adopts"] == []


WE_EXPECT = [
    ("company", "planned"),
    ("analyst", "forecast"),
]


@pytest.mark.parametrize(("tier", "modality"), WE_EXPECT)
def test_we_expect_is_a_plan_in_the_companys_own_text_and_a_forecast_in_an_analysts(
    tier: str, modality: str
) -> None:
    text = (
        "Stargate in Abilene runs GB200 systems today. By the end of next year we expect to "
        "have about 450,000 GB200 chips installed at Stargate."
    )
    found = [r for r in rows(text, tier) if r[1] == "deployed_chips"]
    assert [r[3] for r in found] == [modality]
