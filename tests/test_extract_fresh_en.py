"""English phrasing families from the fresh dev batches (extractor 0.8.0), each with its
traps: spec lines of labelled fields, system figures kept off the chip, fleet totals and
racks of a family, a memory or packaging process a product is built around, places that
modify a site ("Stargate's Abilene, Texas campus", "Colossus (Memphis, Tenn.)"), appositive
clauses with their own times, standing investment totals and share purchases. Every
sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

PUBLISHED = datetime(2025, 10, 7, 9, 0, tzinfo=UTC)
TODAY = ("point", "2025-10-07", "2025-10-07")


def rows(text: str) -> list[tuple[Any, ...]]:
    claims = run_extractor("Notes from the week.\n\n" + text, "en", PUBLISHED)
    return sorted((claim_row(c) for c in claims), key=repr)


def facts(text: str, predicate: str) -> list[tuple[Any, ...]]:
    """(subject, qualifiers, object or value, modality) of one predicate's claims."""
    return sorted(
        ((r[0], r[2], r[3] or r[4], r[5]) for r in rows(text) if r[1] == predicate), key=repr
    )


def spec(low: float, unit: str) -> tuple[Any, ...]:
    return (low, low, unit, False, "exact")


SPEC_LINES = [
    (
        "Nvidia B200 — memory: 192 GB HBM3E / bandwidth: 8 TB/s / compute: 9 PFLOPS dense FP4.",
        "memory_bandwidth",
        [("b200", {}, spec(8e12, "B/s"), "actual")],
    ),
    (
        # Ironwood first shipped in 2025-11 and Trainium3 in 2025-12 (vocabulary
        # ``available``): their specifications on 2025-10-07 are announced (GUIDE)
        "Google Ironwood — bandwidth: 7.37 TB/s / scale-up: 9,216 chips per pod.",
        "memory_bandwidth",
        [("ironwood", {}, spec(7.37e12, "B/s"), "announced")],
    ),
    (
        "Google Ironwood — bandwidth: 7.37 TB/s / scale-up: 9,216 chips per pod.",
        "chips_per_system",
        [("ironwood", {}, spec(9216.0, "count"), "announced")],
    ),
    (
        "AWS Trainium3 — compute: 2.52 PFLOPS at FP8; memory: 144 GB HBM3E.",
        "peak_compute",
        [("trainium3", {"precision": "fp8"}, spec(2.52e15, "FLOP/s"), "announced")],
    ),
    (
        "Trainium3 is the chip we use.\n\nTrn3 at a glance:\n- Chips in one Trn3 UltraServer: 144",
        "chips_per_system",
        [("trainium3", {}, spec(144.0, "count"), "announced")],
    ),
    # traps: an interconnect field is no memory bandwidth; a pod's compute is not the chip's
    (
        "Google Ironwood — memory: 192 GB HBM3E / ICI bandwidth: 9.6 TB/s / pod compute: 42.5 "
        "EFLOPS at FP8.",
        "memory_bandwidth",
        [],
    ),
    (
        "Google Ironwood — memory: 192 GB HBM3E / pod compute: 42.5 EFLOPS at FP8.",
        "peak_compute",
        [],
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), SPEC_LINES)
def test_each_field_of_a_spec_line_is_its_own_statement(
    text: str, predicate: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


SYSTEMS = [
    (
        "For bigger jobs, a Trn2 UltraServer stitches 64 of the chips together and reaches "
        "83.2 petaflops.",
        "peak_compute",
        [],
    ),
    (
        "A Trn2 UltraServer stitches 64 of the chips together; each chip delivers 1.3 "
        "petaflops of FP8.",
        "peak_compute",
        [("trainium2", {"precision": "fp8"}, spec(1.3e15, "FLOP/s"), "actual")],
    ),
    (
        "Azure runs GB200 NVL72 racks in many regions. Each of those racks holds 72 Blackwell "
        "GPUs.",
        "chips_per_system",
        [("gb200", {}, spec(72.0, "count"), "actual")],
    ),
    # trap: a family's count with no rack of a member named just before stays the family's
    (
        "Each Blackwell rack holds 72 Blackwell GPUs.",
        "chips_per_system",
        [("blackwell", {}, spec(72.0, "count"), "actual")],
    ),
    # trap: a fleet total is never a count per system, whatever rack the sentence names
    (
        "Azure now operates more than 400,000 GB200 GPUs, a fleet that began with a single "
        "NVL72 rack in October 2024.",
        "chips_per_system",
        [],
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), SYSTEMS)
def test_system_figures_stay_with_the_system(
    text: str, predicate: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


def test_a_time_in_an_appositive_clause_does_not_date_the_count() -> None:
    text = (
        "Azure now operates more than 400,000 GB200 GPUs, a fleet that began with a single "
        "NVL72 rack in October 2024."
    )
    expected = [("microsoft", {"chip": "gb200"}, TODAY)]
    assert expected == [(r[0], r[2], r[6]) for r in rows(text) if r[1] == "deployed_chips"]


BUILT_AROUND = [
    ("Nvidia's next GPU, Rubin, will be built around HBM4.", [("rubin", "hbm4")]),
    ("Rubin is coming. The part will again use CoWoS-L, Nvidia said.", [("rubin", "cowos")]),
    ("The Rubin GPU will again use CoWoS-L, Nvidia said.", [("rubin", "cowos")]),
    (
        "Vera Rubin NVL72 puts 72 Rubin GPUs into one rack, linked by sixth-generation NVLink.",
        [("rubin", "nvlink")],
    ),
    ("Rubin will be built on the sixth generation of NVLink.", [("rubin", "nvlink")]),
    # traps: a memory in a spec figure, a process used by a company for a later product
    ("The MI355X uses 288 GB of HBM3E.", []),
    ("Nvidia uses CoWoS-L for Blackwell.", []),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_AROUND)
def test_a_product_built_around_a_memory_or_process_integrates_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == [(r[0], r[2]) for r in facts(text, "integrates")]


SITE_PLACES = [
    (
        "Stargate's Abilene, Texas campus passed 400,000 GB200s in March, our guest said.",
        [("stargate", {}, "Texas, US", "actual")],
    ),
    (
        "xAI keeps adding to Colossus. The Memphis, Tennessee, facility already holds about "
        "150,000 H100s.",
        [("colossus", {}, "Tennessee, US", "actual")],
    ),
    (
        "• Colossus (Memphis, Tenn.) is up to 150k H100s per an xAI post.",
        [("colossus", {}, "Tennessee, US", "actual")],
    ),
    (
        "Project Rainier is growing. Some 250,000 Trainium3 chips are scheduled to be added to "
        "the cluster in 2026, with the first racks going into the original campus in New "
        "Carlisle, Indiana.",
        [("project-rainier", {}, "Indiana, US", "actual")],
    ),
    # traps: a site to be built, a lone state label in a plan, a negated place
    (
        "OpenAI will build a new Stargate campus in Lordstown, Ohio.",
        [("stargate", {}, "Ohio, US", "planned")],
    ),
    ("OpenAI intends to train models at the Michigan site from 2027.", []),
    ("Stargate is not in Ohio.", []),
]


@pytest.mark.parametrize(("text", "expected"), SITE_PLACES)
def test_a_place_that_modifies_a_site_says_where_it_is(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "located_in")


STAKES = [
    (
        "Amazon is putting four billion dollars more into Anthropic, the companies said Friday, "
        "lifting its total commitment to the Claude developer to eight billion dollars.",
        [("amazon", {"target": "anthropic"}, spec(8e9, "USD"), "actual")],
    ),
    (
        "AWS has raised its total investment in Project Rainier to $15 billion, up from the $11 "
        "billion it committed in 2024.",
        [
            ("aws", {"target": "project-rainier"}, spec(1.1e10, "USD"), "actual"),
            ("aws", {"target": "project-rainier"}, spec(1.5e10, "USD"), "actual"),
        ],
    ),
    (
        # an agreement to buy shares is one to invest: announced (GUIDE; session 8)
        "Nvidia agreed to buy $5 billion of Intel common stock at $23.28 a share.",
        [("nvidia", {"target": "intel"}, spec(5e9, "USD"), "announced")],
    ),
    # traps: an increment alone is no total; buying chips is no stake
    ("Amazon is putting $4 billion more into Anthropic.", []),
    ("Meta agreed to buy $5 billion of Nvidia chips.", []),
]


@pytest.mark.parametrize(("text", "expected"), STAKES)
def test_a_standing_total_or_a_share_purchase_is_the_investment(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "investment")


def test_the_total_it_rose_from_is_dated_by_its_own_time() -> None:
    text = (
        "AWS has raised its total investment in Project Rainier to $15 billion, up from the $11 "
        "billion it committed in 2024."
    )
    expected = [("point", "2024-01-01", "2024-12-31"), TODAY]
    assert expected == sorted(r[6] for r in rows(text) if r[1] == "investment")


STATE_ABBREVIATIONS = [
    ("Colossus (Memphis, Tenn.)", "Tennessee, US"),
    ("Stargate (Abilene, Tex.)", "Texas, US"),
    ("Project Rainier (New Carlisle, Ind.)", "Indiana, US"),
]


@pytest.mark.parametrize(("site", "expected"), STATE_ABBREVIATIONS)
def test_ap_state_abbreviations_are_places(site: str, expected: str) -> None:
    text = f"• {site} is up to 150k H100s per a company post."
    assert [expected] == [r[4] for r in rows(text) if r[1] == "located_in"]
