"""Session 17: modality and valid time of claims whose facts were already right.

Each block pins one general cause with sentences written for these tests (none is taken
from the gold) and with traps that must keep their old reading.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def readings(text: str, language: str = "en", tier: str = "press") -> list[tuple[Any, ...]]:
    """(subject, predicate, modality, valid) of every claim."""
    return [(r[0], r[1], r[5], r[6]) for r in sorted_rows(text, language, PUBLISHED, tier)]


# -- a writer's hedge on a state of now or before keeps the fact's modality ---------------
# GUIDE: "a writer's or source's hedge on a fact keeps the fact's modality … only an
# expectation or a projection of something not yet so is forecast"; session 11: an estimate
# verb (estimate, by our count) governs a present figure as a forecast, a hedge does not.

HEDGED_STATES = [
    (
        "Our channel checks indicate Samsung is currently running about 40,000 wafers a month "
        "of HBM capacity.",
        [("samsung", "capacity", "actual", TODAY)],
    ),
    (
        "We believe Micron remains AMD's main HBM3E source for the MI355X.",
        [("amd", "supply_deal", "actual", TODAY)],
    ),
    (
        "We think SK hynix is still the largest HBM4 supplier to Nvidia.",
        [("nvidia", "supply_deal", "actual", TODAY)],
    ),
    (
        "Checks suggest Samsung ended 2025 at about 30,000 wafers a month of HBM capacity.",
        [("samsung", "capacity", "actual", ("point", "2025-12-31", "2025-12-31"))],
    ),
    (
        "Oracle says it operates about 65,000 GB200 GPUs in Abilene, and nothing we hear "
        "contradicts that.",
        [("oracle", "deployed_chips", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_STATES)
def test_a_hedge_on_a_present_or_past_state_keeps_it_actual(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, tier="analyst") == expected


HEDGED_FUTURES = [
    # the hedge before a future or a modal stays the analyst's projection
    (
        "We think Micron will take roughly a fifth of AMD's HBM4 orders in 2027.",
        [("amd", "supply_deal", "forecast", ("point", "2027-01-01", "2027-12-31"))],
    ),
    (
        "Our checks suggest Samsung exits 2026 with about 90,000 wafers a month of HBM capacity.",
        [("samsung", "capacity", "forecast", ("point", "2026-12-31", "2026-12-31"))],
    ),
    (
        "We believe Samsung should reach about 60,000 wafers a month of HBM capacity by the "
        "end of the year.",
        [("samsung", "capacity", "forecast", ("deadline", "2026-03-10", "2026-12-31"))],
    ),
    # an estimate verb governs a present figure: still the house's estimate (session 11)
    (
        "We estimate Samsung is running about 40,000 wafers a month of HBM capacity.",
        [("samsung", "capacity", "forecast", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_FUTURES)
def test_a_hedge_before_a_future_or_an_estimate_stays_a_forecast(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, tier="analyst") == expected
