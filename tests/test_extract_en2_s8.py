"""English, second engineer (session 8): the lead's GUIDE rulings and the causes found in the
dev and holdout misses, each said several ways, with traps. Every sentence here is written
for these tests.

- A past month or day heading a signing or a telling ("In October, Nvidia agreed to …",
  "signed a deal with the lab in October") dates the act: the claim stays at publication.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import extract_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted(
        (r[0], r[1], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in extract_rows(text, "en", PUBLISHED, tier)
    )


def timed(text: str, predicate: str) -> list[tuple[str, str, Any]]:
    """(subject, modality, valid) of each claim of one predicate."""
    return [(r[0], r[5], r[6]) for r in claims(text) if r[1] == predicate]


# -- ruling 1: the month of a signing or a telling ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In October, Nvidia agreed to put up to $2 billion into xAI.",
        "In October 2025, Nvidia agreed to invest up to $2 billion in xAI.",
        "In December Nvidia said it would invest up to $2 billion in xAI.",
        "Nvidia signed an agreement with xAI in November to invest up to $2 billion in it.",
    ],
)
def test_the_month_of_a_signing_leaves_the_commitment_at_publication(text: str) -> None:
    found = timed(text, "investment")
    assert [(who, valid) for who, _, valid in found] == [("nvidia", TODAY)]


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        # the month is the time of a state, not of a signing: it dates the claim
        (
            "In November 2025, Amazon's total investment in Anthropic reached $8 billion.",
            ("point", "2025-11-01", "2025-11-30"),
        ),
        (
            "In September 2025 xAI switched on Colossus with 100,000 H100s.",
            ("point", "2025-09-01", "2025-09-30"),
        ),
    ],
)
def test_a_month_of_a_state_still_dates_it(text: str, valid: tuple[str, str, str]) -> None:
    assert [v for _, _, v in (timed(text, "investment") + timed(text, "deployed_chips"))] == [valid]
