"""Session 19: fields (valid time, modality) of claims whose facts were already right.

Each block pins one general cause found on the folded blind batches (en-z, en-aa, ko-z,
ko-aa) with sentences written for these tests (none is taken from the gold), and traps
that must keep their old reading.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def readings(
    text: str, language: str = "en", tier: str = "press", published: datetime = PUBLISHED
) -> list[tuple[Any, ...]]:
    """(subject, predicate, modality, valid) of every claim."""
    return [(r[0], r[1], r[5], r[6]) for r in sorted_rows(text, language, published, tier)]


# -- a chip on the market for a year or more: its make-up and figures are facts ------------
# GUIDE: "a specification of a product that already ships is actual"; a packaging of a
# product on the market is its make-up, not news. The vocabulary lacked the month some
# chips first shipped (H20, RNGD, Maia 100, Inferentia2, TPU v5e, H800), so their figures
# and packaging read as announcements.

ON_MARKET = [
    (
        "레니게이드 칩에는 TSMC의 CoWoS-S 패키징이 적용됐다.",
        "ko",
        [("rngd", "integrates", "actual", TODAY)],
    ),
    (
        "퓨리오사AI의 RNGD는 TSMC의 CoWoS-S 패키징 기술을 쓴다.",
        "ko",
        [("rngd", "integrates", "actual", TODAY)],
    ),
    (
        "마이아 100은 CoWoS-S 패키징 기술을 쓴다.",
        "ko",
        [("maia-100", "integrates", "actual", TODAY)],
    ),
    (
        "Nvidia's H20 carries 96GB of HBM3 memory.",
        "en",
        [("h20", "memory_capacity", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), ON_MARKET)
def test_the_make_up_of_a_chip_on_the_market_is_actual(
    text: str, language: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, language) == expected


NOT_YET_ON_MARKET = [
    # a chip announced before it shipped keeps its announcement (published 2024-09)
    (
        "FuriosaAI's RNGD will use CoWoS-S packaging.",
        [("rngd", "integrates", "announced", ("point", "2024-09-10", "2024-09-10"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_YET_ON_MARKET)
def test_the_make_up_of_a_chip_before_it_ships_stays_announced(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    published = datetime(2024, 9, 10, 9, 0, tzinfo=UTC)
    assert readings(text, published=published) == expected
