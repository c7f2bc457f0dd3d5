"""A deal whose customer is "the company": the description as resolved, not the company
mentioned last (found by ingesting a hand-written article through the CLI)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.domain.documents import Document
from tracker.extract import default_extractor

EXTRACTOR = default_extractor()


def deals(text: str) -> list[tuple[str, str | None]]:
    doc = Document(document_id="d", text=text, published=datetime(2026, 3, 4, tzinfo=UTC))
    return [(c.subject, c.object) for c in EXTRACTOR.extract(doc) if c.predicate == "supply_deal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft has brought 150,000 Nvidia GB200 chips online. The company has also "
            "signed a multi-year agreement with SK hynix for HBM4 supply.",
            [("microsoft", "sk-hynix")],
        ),
        (
            "Meta bought 350,000 Nvidia H100s last year. The company signed an agreement "
            "with Samsung for HBM4 supply.",
            [("meta", "samsung")],
        ),
        # trap: no description in the sentence, the company in focus stays the customer
        (
            "Nvidia unveiled Rubin on Monday. SK hynix will supply HBM4 for it.",
            [("nvidia", "sk-hynix")],
        ),
    ],
)
def test_the_company_in_a_deal_sentence_is_who_it_refers_to(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert deals(text) == expected
