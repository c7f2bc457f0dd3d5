"""General causes behind misses on unseen English text (sixth round), each pinned by
phrasings written for these tests, plus traps that must not change. Every sentence here is
written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor
from tracker.domain.documents import Document
from tracker.extract import default_extractor

PUBLISHED = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-05-12", "2026-05-12")


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, "en", PUBLISHED, tier)]


def of(predicate: str, text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [r for r in rows(text, tier) if r[1] == predicate]


# -- a company's own text whose title is only its first line ---------------------------------
# A blog post handed over as one text ("Scaling the X cloud: …", blank line, body) names
# its issuer in that first line just as a separate title does: "we" is the same company
# whether or not the title came apart from the body.

OWN_POSTS = [
    (
        "Growing the Nebius cloud: an update on our fleet\n\n"
        "Today we run more than 30,000 GPUs across six data centers.",
        ("nebius", {}, (30000.0, 30000.0, "count", False, "at-least")),
    ),
    (
        "Inside the Lambda Inc. build-out, part three\n\n"
        "We now operate about 9,000 B200 GPUs in our Kansas City hall.",
        ("lambda", {"chip": "b200"}, (9000.0, 9000.0, "count", True, "exact")),
    ),
]


@pytest.mark.parametrize(("text", "fleet"), OWN_POSTS)
def test_a_first_line_title_names_who_we_are_in_a_company_text(
    text: str, fleet: tuple[Any, ...]
) -> None:
    assert [fleet] == [(r[0], r[2], r[4]) for r in of("deployed_chips", text, "company")]


def test_a_first_line_title_and_a_given_title_name_the_same_issuer() -> None:
    title = "Growing the Nebius cloud: an update on our fleet"
    body = "Today we run more than 30,000 GPUs across six data centers."
    apart = Document(
        document_id="a",
        text=body,
        title=title,
        published=PUBLISHED,
        language="en",
        tier="company",
    )
    joined = Document(
        document_id="b",
        text=f"{title}\n\n{body}",
        published=PUBLISHED,
        language="en",
        tier="company",
    )
    extractor = default_extractor([])
    assert [claim_row(c) for c in extractor.extract(apart)] == [
        claim_row(c) for c in extractor.extract(joined)
    ]


OWN_POST_TRAPS = [
    # a first line that ends like a sentence is the lede, no title
    "Nebius shared an update today.\n\nToday we run more than 30,000 GPUs across six sites.",
    # a title naming two companies names no one
    "Nebius and Crusoe compare notes on cooling\n\nToday we run more than 30,000 GPUs.",
    # a press story's "we" is the newsroom, whatever the title names
    "Growing the Nebius cloud: an update\n\nToday we run more than 30,000 GPUs.",
]


@pytest.mark.parametrize("text", OWN_POST_TRAPS)
def test_a_first_line_names_no_issuer_when_it_is_no_title_of_one_company(text: str) -> None:
    tier = "press" if "an update\n" in text else "company"
    assert of("deployed_chips", text, tier) == []
