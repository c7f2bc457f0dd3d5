"""General causes behind misses on unseen English text (the en-d batch, checked on en-c),
each pinned by phrasings written for these tests in several outlets' registers, plus traps
that must not yield the claim. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

PUBLISHED = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, "en", PUBLISHED, tier)]


def keys(text: str, tier: str = "press") -> set[tuple[Any, ...]]:
    """(subject, predicate, object, modality) of every claim: what the causes decide."""
    return {(r[0], r[1], r[3], r[5]) for r in rows(text, tier)}


def counts(text: str, tier: str = "press") -> set[tuple[Any, ...]]:
    """(subject, predicate, low, modality) of every claim with a quantity."""
    return {(r[0], r[1], r[4][0], r[5]) for r in rows(text, tier) if isinstance(r[4], tuple)}


# -- a count framed by one system is the system's -----------------------------------------------
# A distributive or singular system noun before a count ("each server carries", "systems,
# each of which carries", "a box, which links") makes it a count per system, whatever
# trigger word the vocabulary lists; a rack referred back to ("each of these racks") is the
# system last named, when the chips counted are of its family.

ONE_SYSTEM = [
    (
        "Each server in the new hall carries eight H200 GPUs, the operator said.",
        ("h200", "chips_per_system", 8.0, "actual"),
    ),
    (
        "The lab's workhorses are DGX B200 systems, each of which carries eight B200 GPUs.",
        ("b200", "chips_per_system", 8.0, "actual"),
    ),
    (
        "Inspur's newest box, which links 16 MI355X chips over a passive backplane, went on sale"
        " this week.",
        ("mi355x", "chips_per_system", 16.0, "actual"),
    ),
    (
        "Huawei's CloudMatrix 384 system, which ties together 384 Ascend 910C chips, anchors the"
        " new Guizhou hall.",
        ("cloudmatrix-384", "chips_per_system", 384.0, "actual"),
    ),
    (
        "Nebius switched on its first GB300 NVL72 rack in March. Every one of those racks packs"
        " 72 Blackwell Ultra GPUs.",
        ("gb300", "chips_per_system", 72.0, "actual"),
    ),
    (
        "The Atlas server holds eight H100 GPUs and two CPUs.",
        ("h100", "chips_per_system", 8.0, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_SYSTEM)
def test_count_framed_by_one_system_is_chips_per_system(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in counts(text)


def test_per_system_count_is_no_fleet() -> None:
    found = counts("The lab runs DGX B200 systems, each of which carries eight B200 GPUs.")
    assert not [c for c in found if c[1] == "deployed_chips"]


def test_rack_of_another_family_keeps_the_chip() -> None:
    # a TPU named before is no rack of Blackwell chips
    found = counts("Google showed its Ironwood pod. Each of these racks packs 72 B200 GPUs.")
    assert ("b200", "chips_per_system", 72.0, "actual") in found


PLURAL_TOTALS = [
    "Dell will deliver GB300 NVL72 systems containing up to 28,800 GPUs to the customer.",
    "The order covers Supermicro servers with 12,000 H200 GPUs in all.",
    "Quanta shipped racks holding 20,000 GB200 chips to the Texas site last quarter.",
]


@pytest.mark.parametrize("text", PLURAL_TOTALS)
def test_count_across_plural_systems_is_no_per_system_count(text: str) -> None:
    assert not [c for c in counts(text) if c[1] == "chips_per_system"]


def test_plural_pods_that_scale_to_a_size_are_each_that_size() -> None:
    text = "Google sells Ironwood in pods that scale to 9,216 chips."
    assert ("ironwood", "chips_per_system", 9216.0, "actual") in counts(text)
