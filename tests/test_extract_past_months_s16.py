"""Session 16 (lead): a month with no year after an act told as done is the last such month.

"Dell shipped the first GB300 racks to CoreWeave in July", published in March, read July as
the July ahead: the deal became a plan for next July. Acts told in the past tense
(shipped, delivered, signed, ordered, launched …) now place a month with no year in the last
such month, as past states ("deployed", "ran") did; a past delivery's month then dates the
delivery, not the deal, which stands at publication (GUIDE, session 16). Every sentence here
is written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str, predicate: str) -> list[tuple[Any, ...]]:
    """(subject, object, modality, valid) of every claim of one predicate."""
    return [
        (r[0], r[3], r[5], r[6]) for r in sorted_rows(text, "en", PUBLISHED) if r[1] == predicate
    ]


DONE = [
    # a past delivery's month: the deal stands at publication
    (
        "Dell shipped GB300 racks to CoreWeave in August.",
        "supply_deal",
        ("coreweave", "dell", "actual", TODAY),
    ),
    (
        "Supermicro delivered the first B300 systems to Nebius in October.",
        "supply_deal",
        ("nebius", "supermicro", "actual", TODAY),
    ),
    # a past act's month ahead of the publication month: last year's
    (
        "Crusoe installed 12,000 GB200 GPUs in Abilene in June.",
        "deployed_chips",
        ("crusoe", None, "actual", ("point", "2025-06-01", "2025-06-30")),
    ),
]

AHEAD = [
    # the same months told as ahead stay ahead
    (
        "Dell will ship GB300 racks to CoreWeave in August.",
        "supply_deal",
        ("coreweave", "dell", "planned", ("point", "2026-08-01", "2026-08-31")),
    ),
    (
        "Crusoe plans to install 12,000 GB200 GPUs in Abilene in June.",
        "deployed_chips",
        ("crusoe", None, "planned", ("point", "2026-06-01", "2026-06-30")),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), DONE + AHEAD)
def test_a_month_with_no_year_after_an_act_done_is_the_last_one(
    text: str, predicate: str, expected: tuple[Any, ...]
) -> None:
    assert [expected] == rows(text, predicate)
