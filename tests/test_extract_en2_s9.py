"""Session 9, EN2: English claims the extractor finds but gets wrong in one field (a bound,
a modality, a time or a qualifier), and the GUIDE's session 9 settled cases in English.

Every sentence here is written for this file; none is taken from the gold or an article.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str, predicate: str) -> list[tuple[Any, ...]]:
    """The sorted rows of one predicate the extractor finds in an English snippet."""
    return [r for r in sorted_rows(text, "en", PUBLISHED) if r[1] == predicate]


def counts(text: str) -> list[tuple[Any, ...]]:
    """(subject, chip, value) of each deployed_chips claim in the snippet."""
    return [(r[0], dict(r[2]).get("chip"), r[4]) for r in rows(text, "deployed_chips")]


# -- a small margin over a figure is a floor -------------------------------------------------------
# GUIDE (settled, session 9): "a little over", "just over", "slightly more than" are at-least,
# not approximate; "just under" still reads as "nearly" (approximate, exact).

FLOOR_MARGINS = [
    (
        "Lambda Labs now operates a little over 25,000 H200 GPUs in Texas.",
        (25000.0, 25000.0, "count", False, "at-least"),
    ),
    (
        "Nebius now holds just over 18,000 H200 GPUs at its Finnish campus.",
        (18000.0, 18000.0, "count", False, "at-least"),
    ),
    (
        "CoreWeave runs slightly more than 60,000 GB200 GPUs for its customers.",
        (60000.0, 60000.0, "count", False, "at-least"),
    ),
    (
        "Crusoe has a bit above 12,000 GB300 GPUs in service in Wyoming.",
        (12000.0, 12000.0, "count", False, "at-least"),
    ),
]
NEARLY_MARGINS = [
    (  # trap: the margin under a figure stays "nearly"
        "Nebius now holds just under 18,000 H200 GPUs at its Finnish campus.",
        (18000.0, 18000.0, "count", True, "exact"),
    ),
    (  # trap: "just" alone is no margin
        "CoreWeave runs just 6,000 GB200 GPUs in that hall.",
        (6000.0, 6000.0, "count", False, "exact"),
    ),
]


@pytest.mark.parametrize(("text", "value"), FLOOR_MARGINS + NEARLY_MARGINS)
def test_a_small_margin_over_a_count_is_a_floor_and_under_it_is_nearly(
    text: str, value: tuple[Any, ...]
) -> None:
    assert [value] == [c[2] for c in counts(text)]
