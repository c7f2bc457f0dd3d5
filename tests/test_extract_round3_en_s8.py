"""Round 3 (English, session 8): causes found in the dev and holdout misses, each said the
ways the press says it, with traps (the same words, no such claim). Every sentence here is
written for these tests.

- A bracketed note after a full stop ("… 100,000 H100s. (link: x.com)") is its own line:
  the sentence before it keeps its end and its claims.
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


def chips(
    who: str,
    count: float,
    modality: str = "actual",
    valid: tuple[str, str, str] = TODAY,
    bound: str = "exact",
    chip: str | None = None,
    approx: bool = False,
) -> Row:
    qualifiers = (("chip", chip),) if chip else ()
    value = (count, count, "count", approx, bound)
    return (who, "deployed_chips", qualifiers, None, value, modality, valid)


# -- a bracketed note after the full stop ------------------------------------------------------

H100_100K = chips("colossus", 100_000, chip="h100")


@pytest.mark.parametrize(
    "text",
    [
        "Colossus now runs 100,000 H100s. (link: x.com)",
        "Colossus now runs 100,000 H100s. (source: company post)",
        "→ Colossus now runs 100,000 H100s. (via the xAI blog)",
        "Colossus now runs 100,000 H100s. [link]",
    ],
)
def test_a_bracketed_note_after_the_full_stop_keeps_the_sentence(text: str) -> None:
    assert [H100_100K] == claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # the note alone, or a title line with no end, still states nothing
        "(link: x.com)",
        "Colossus runs 100,000 H100s (link: x.com)",
    ],
)
def test_a_line_with_no_end_is_still_a_title(text: str) -> None:
    assert [] == claims(text)
