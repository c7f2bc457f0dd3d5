"""Precision traps found from matrices of phrasings (not from gold articles): sentences that
name vocabulary entities, chips and figures but state no claim, or another one, each beside
a positive twin of the same shape that does state it. Every sentence here is written for
these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import extract_rows, fact_of

PUBLISHED = datetime(2026, 6, 12, 9, 0, tzinfo=UTC)


def facts(text: str, language: str = "en") -> set[tuple[Any, ...]]:
    return {fact_of(r) for r in extract_rows(text, language, PUBLISHED)}


# -- English hypotheses and indirect questions ----------------------------------------------
# An if-clause or a question put in indirect speech states no fact: from the word that opens
# it to the next comma nothing is claimed. Deliberation ("weighing whether to") stays a
# considering cue; a hedge on a figure ("if not more") and a condition after the claim ("if
# regulators approve") leave the claim standing.

HELD_OPEN = [
    "If Meta bought 100,000 TPUs, it would be Google's largest customer.",
    "If Amazon invested $8 billion in Anthropic, its stake would rise.",
    "Even if xAI deployed 1 million GPUs at Colossus 2, it would still trail Meta.",
    "Analysts asked whether Meta would buy TPUs from Google.",
    "It is unclear whether Meta will deploy 100,000 TPUs next year.",
    "Whether Microsoft deploys 100,000 GB200s at Fairwater depends on power.",
    "Meta would become Google's largest TPU customer if it bought 100,000 TPUs.",
    "Asked whether xAI would buy Tesla's Dojo chips, Musk said no.",
]

HELD_OPEN_TWINS = [
    (
        "If approved, Amazon will invest $8 billion in Anthropic.",
        ("amazon", "investment", (("target", "anthropic"),), None, 8e9, "planned"),
    ),
    (
        "Meta is weighing whether it will use Google's TPUs from 2027.",
        ("meta", "adopts", (), "google-tpu", None, "considering"),
    ),
    (
        "If the permits come through, xAI will deploy 1 million GPUs at Colossus 2.",
        ("colossus-2", "deployed_chips", (), None, 1e6, "planned"),
    ),
    (
        "Meta will deploy 100,000 TPUs if regulators approve the deal.",
        ("meta", "supply_deal", (("product", "google-tpu"),), "google", 1e5, "planned"),
    ),
]


@pytest.mark.parametrize("text", HELD_OPEN)
def test_an_english_hypothesis_or_indirect_question_states_no_claim(text: str) -> None:
    assert set() == facts(text)


@pytest.mark.parametrize(("text", "expected"), HELD_OPEN_TWINS)
def test_a_condition_outside_the_claim_leaves_it_standing(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text)
