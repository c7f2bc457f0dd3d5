"""Errors found by ingesting hand-written articles and feeds through the CLI (session 3),
each with examples in phrasings of its own and traps."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extract_support import claim_row
from tracker.domain.claims import Claim
from tracker.domain.documents import Document
from tracker.extract import default_extractor

PUBLISHED = datetime(2026, 11, 19, 1, 0, tzinfo=UTC)


def extract(text: str, language: str = "en", title: str = "") -> list[Claim]:
    doc = Document(document_id="t", text=text, published=PUBLISHED, language=language, title=title)
    return default_extractor([]).extract(doc)


def test_a_list_that_opens_the_text_is_read_item_by_item() -> None:
    """A feed entry whose body is a list ("CoWoS output: about 75,000 …" with no final
    period) opens with an item, not a title, when more items follow."""
    text = (
        "CoWoS output: about 75,000 wafers a month at the end of 2025\n\n"
        "Target for end-2026: 120,000 wafers a month, per analysts at a Taipei brokerage"
    )
    rows = [claim_row(c)[4:7] for c in extract(text, title="TSMC packaging: the numbers")]
    assert rows == [
        (
            (75000.0, 75000.0, "wafer/month", True, "exact"),
            "actual",
            ("point", "2025-12-31", "2025-12-31"),
        ),
        (
            (120000.0, 120000.0, "wafer/month", False, "exact"),
            "forecast",
            ("point", "2026-12-31", "2026-12-31"),
        ),
    ]


def test_a_label_line_followed_by_prose_is_still_a_title() -> None:
    title = "GOOGL/AVGO: Anthropic to use up to 1 million Google TPUs"
    assert extract(f"{title}\n\nThe note weighs what that means for margins.") == []
    # the same line followed by another item opens a list, and is read
    assert extract(f"{title}\n\nAVGO: margins hold.")
