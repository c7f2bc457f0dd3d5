"""Helpers shared by the extractor's tests: run the default extractor on a snippet and
reduce each claim to the fields the tests compare."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tracker.domain.claims import Claim, Quantity, TextValue
from tracker.domain.documents import Document
from tracker.extract import default_extractor


def run_extractor(
    text: str, language: str, published: datetime, tier: str = "press"
) -> list[Claim]:
    """The packaged rule extractor (no user vocabulary) on one snippet."""
    doc = Document(document_id="t", text=text, published=published, language=language, tier=tier)
    return default_extractor([]).extract(doc)


def claim_row(c: Claim) -> tuple[Any, ...]:
    """(subject, predicate, qualifiers, object, value, modality, (kind, start, end))."""
    value: Any = None
    if isinstance(c.value, Quantity):
        value = (c.value.low, c.value.high, c.value.unit, c.value.approx, c.value.bound)
    elif isinstance(c.value, TextValue):
        value = c.value.text
    valid = (c.valid.kind, str(c.valid.start), str(c.valid.end))
    return (c.subject, c.predicate, c.qualifiers, c.object, value, c.modality, valid)


def extract_rows(
    text: str, language: str, published: datetime, tier: str = "press"
) -> list[tuple[Any, ...]]:
    """:func:`claim_row` of every claim the extractor finds in one snippet."""
    return [claim_row(c) for c in run_extractor(text, language, published, tier)]


def sorted_rows(
    text: str, language: str, published: datetime, tier: str = "press"
) -> list[tuple[Any, ...]]:
    """:func:`extract_rows` with qualifiers as sorted pairs, sorted: what a test compares
    with a list of expected rows."""
    return sorted(
        (r[0], r[1], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in extract_rows(text, language, published, tier)
    )


def fact_of(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Subject, predicate, sorted qualifiers, object, low value and modality of a row."""
    return (row[0], row[1], tuple(sorted(row[2].items())), row[3], row[4] and row[4][0], row[5])
