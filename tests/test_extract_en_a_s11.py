"""English misses, first engineer (session 11): gold claims no extracted claim matched
even leniently, grouped by general construction; each is said several ways here, with
traps. Every sentence is written for these tests.

- One server, tray or board as the frame of a chip count, said after the count ("eight
  cards in one server", "8 accelerators per one server", "four chips per server tray"),
  across an apposition ("The XE9780, Dell's air-cooled server, holds eight B300 GPUs"), or
  as the count's adjective ("AMD's 72-GPU Helios rack"): the count is one system's
  (chips_per_system), never a deployment. Accelerators sold as boards are counted as
  "cards", and spelled counts may stand before a two-word product name ("four Maia 200
  chips"). Machines counted back ("five of those servers") are no chips.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED, tier)


def of_predicate(text: str, predicate: str) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [(r[0], r[2], r[3], r[4], r[5], r[6]) for r in claims(text) if r[1] == predicate]


def count(n: float) -> tuple[float, float, str, bool, str]:
    return (n, n, "count", False, "exact")


# -- one system as the frame of a chip count --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our Gaudi 3 box is simple: we put eight cards in one server.",
            [("gaudi3", (), None, count(8), "actual", TODAY)],
        ),
        (
            "The vendor's reference design mounts 8 Gaudi 3 accelerators per one server.",
            [("gaudi3", (), None, count(8), "actual", TODAY)],
        ),
        (
            "Inside: four Maia 200 chips per server tray, cooled by liquid.",
            [("maia-200", (), None, count(4), "actual", TODAY)],
        ),
        (
            "The G593, Gigabyte's liquid-cooled Blackwell Ultra server, packs eight B300 GPUs.",
            [("b300", (), None, count(8), "actual", TODAY)],
        ),
        (
            "HPE's new air-cooled server, the XD685, holds eight H200 GPUs.",
            [("h200", (), None, count(8), "actual", TODAY)],
        ),
        (
            "Our RNGD appliance holds eight cards and draws under two kilowatts.",
            [("rngd", (), None, count(8), "actual", TODAY)],
        ),
    ],
)
def test_a_count_framed_by_one_system_is_that_systems_chips(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "chips_per_system")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMD's 72-GPU Helios rack is due to ship in the third quarter.",
            [("helios", (), None, count(72), "announced", TODAY)],
        ),
        (
            "Buyers can order the 72-chip Helios rack directly from AMD later this year.",
            [("helios", (), None, count(72), "announced", TODAY)],
        ),
    ],
)
def test_a_count_used_as_a_systems_adjective_is_that_systems(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "chips_per_system")


@pytest.mark.parametrize(
    "text",
    [
        # servers counted back by a partitive are machines, not chips
        "Each rack holds five of those Gaudi 3 servers, and the hall has forty racks.",
        # a fleet spread over many servers is no one server's fill
        "Meta installed 5,000 H100 GPUs in its new servers in Ohio this spring.",
        # network cards are no accelerators
        "Each rack gets eight Ultra Ethernet cards for scale-out traffic.",
    ],
)
def test_machines_fleets_and_network_cards_are_no_chips_per_system(text: str) -> None:
    assert of_predicate(text, "chips_per_system") == []
