"""English quantities fixed in session 14 (QTY-EN s14): general causes of the blind
batches' misses in English specifications, counts and capacities, each pinned by
sentences written for these tests (other companies, chips, figures and outlets than any
article) plus traps that must keep the old reading. Every sentence here is written for
these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

PT = timezone(timedelta(hours=-7))
PUBLISHED = datetime(2026, 3, 20, 8, 0, tzinfo=PT)


def rows(text: str, published: datetime = PUBLISHED) -> list[tuple[Any, ...]]:
    return extract_rows(text, "en", published)


def specs(text: str, published: datetime = PUBLISHED) -> set[tuple[Any, ...]]:
    """(subject, predicate, low, modality) of every specification claim."""
    spec = ("peak_compute", "memory_capacity", "memory_bandwidth", "chips_per_system")
    return {(r[0], r[1], r[4][0], r[5]) for r in rows(text, published) if r[1] in spec}


# -- a product being made is not yet a product on the market ---------------------------------
# "in full production" said of a product the vocabulary ships only after the publication
# month: the fab is making it, customers do not have it, so its figures are announced
# (GUIDE: the specs of a chip not yet released are announced; the dev majority for Rubin
# "in full production" before its release: 7 to 1).

MADE_NOT_OUT = [
    (
        "Lisa Su told the conference that the MI450 is in volume production and that each "
        "accelerator packs 432GB of HBM4.",
        ("mi450", "memory_capacity", 432e9, "announced"),
    ),
    (
        "On the podcast, the analyst noted that Vera Rubin is in full production at the "
        "foundry; a single GPU moves 22TB/s to and from its memory.",
        ("rubin", "memory_bandwidth", 22e12, "announced"),
    ),
    (
        "Two suppliers we spoke with say Rubin Ultra is in full production at the fab; it "
        "stacks 1TB of HBM4E on each package.",
        ("rubin-ultra", "memory_capacity", 1e12, "announced"),
    ),
    (
        "According to the supplier's slide deck, the Helios rack is in mass production and "
        "holds 72 MI450 GPUs.",
        ("helios", "chips_per_system", 72.0, "announced"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), MADE_NOT_OUT)
def test_a_product_in_production_before_its_release_has_announced_specs(
    text: str, claim: tuple[Any, ...]
) -> None:
    assert claim in specs(text)


# a product the vocabulary has shipping by then, or one the text says ships: actual
ON_MARKET = [
    (
        "The MI355X is in volume production and carries 288GB of HBM3E.",
        ("mi355x", "memory_capacity", 288e9, "actual"),
    ),
    (
        "GB300 is in full production, and each rack links 72 Blackwell Ultra GPUs.",
        ("gb300", "chips_per_system", 72.0, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), ON_MARKET)
def test_a_product_in_production_and_on_the_market_keeps_actual_specs(
    text: str, claim: tuple[Any, ...]
) -> None:
    assert claim in specs(text)


def test_a_product_said_to_ship_is_on_the_market_whatever_the_vocabulary() -> None:
    text = (
        "Trainium3 is in full production and already shipping to customers, and each "
        "chip carries 144GB of HBM3E."
    )
    assert ("trainium3", "memory_capacity", 144e9, "actual") in specs(
        text, datetime(2025, 11, 20, 8, 0, tzinfo=PT)
    )


def counts(text: str) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, low, bound, modality) of every deployed_chips claim."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[4][0], r[4][4], r[5])
        for r in rows(text)
        if r[1] == "deployed_chips"
    }


# -- the company of an officer who tells what "the company" has or expects --------------------
# "<Company> <title> <Name> said (…) that the company …": the company the officer speaks for,
# not the one the sentence before was about; and a company that expects a figure of its own
# ("the company expected to end 2026 with …") plans it (GUIDE: a company's own future number is
# planned, not forecast).

OFFICER_OF = [
    (
        "Nvidia supplies the chips. CoreWeave chief executive Michael Intrator said the company "
        "expected to exit the year with more than 500,000 GPUs.",
        ("coreweave", (), 500000.0, "at-least", "planned"),
    ),
    (
        "AMD supplies the chips. Nebius co-founder Arkady Volozh said on Tuesday the company "
        "expects to run 65,000 GPUs by year-end.",
        ("nebius", (), 65000.0, "exact", "planned"),
    ),
    (
        "AMD makes the parts. Crusoe president Chase Lochmiller said Tuesday that the company "
        "expected to end 2026 with more than 100,000 GPUs.",
        ("crusoe", (), 100000.0, "at-least", "planned"),
    ),
    (
        "AMD makes the parts. Nscale chief executive Josh Payne said on a call that the company "
        "had 20,000 GPUs running in Norway.",
        ("nscale", (), 20000.0, "exact", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), OFFICER_OF)
def test_the_company_an_officer_speaks_for_holds_and_plans_its_count(
    text: str, claim: tuple[Any, ...]
) -> None:
    assert counts(text) == {claim}


# a third party's expectation stays a forecast; another company the officer names keeps it
OFFICER_TRAPS = [
    (
        "Nvidia supplies the chips. CoreWeave reported results. Analysts expect the company to "
        "end 2026 with 500,000 GPUs.",
        ("coreweave", (), 500000.0, "exact", "forecast"),
    ),
    (
        "Nvidia supplies the chips. CoreWeave chief executive Michael Intrator said analysts "
        "expect the company to reach 520,000 GPUs within two years.",
        ("coreweave", (), 520000.0, "exact", "forecast"),
    ),
    (
        "Meta buys the chips. Nvidia chief executive Jensen Huang said the company's customer "
        "Oracle runs 131,000 GPUs in one cluster.",
        ("oracle", (), 131000.0, "exact", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), OFFICER_TRAPS)
def test_an_expectation_of_others_stays_theirs(text: str, claim: tuple[Any, ...]) -> None:
    assert counts(text) == {claim}


# -- a partitive count with an age word after the maker's name ---------------------------------
# "N of Nvidia's latest <chip>", "N of AMD's flagship <chip>", "N of Nvidia's newest GPUs": the
# count counts the chip (or unnamed chips), as "N of the latest <chip>" and "N of its newest
# <chip>" already did.

PARTITIVE_AGE = [
    (
        "Kakao plans to bring in 4,000 of Nvidia's newest B200 GPUs by the end of 2026.",
        ("kakao", (("chip", "b200"),), 4000.0, "exact", "planned"),
    ),
    (
        "Oracle operates 65,000 of Nvidia's most advanced H200 chips in Texas.",
        ("oracle", (("chip", "h200"),), 65000.0, "exact", "actual"),
    ),
    (
        "Crusoe runs some 12,000 of AMD's flagship MI355X accelerators in Abilene, its "
        "operations chief wrote on LinkedIn.",
        ("crusoe", (("chip", "mi355x"),), 12000.0, "exact", "actual"),
    ),
    (
        "Per the filing, Nebius had 18,000 of Nvidia's latest GPUs in service in Finland.",
        ("nebius", (), 18000.0, "exact", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), PARTITIVE_AGE)
def test_a_partitive_count_of_the_makers_latest_chip(text: str, claim: tuple[Any, ...]) -> None:
    assert claim in counts(text)


# a partitive of the maker's people or customers counts no chips
@pytest.mark.parametrize(
    "text",
    [
        "About 30,000 of Nvidia's newest staff joined the company in 2025.",
        "Up to 2,000 of AMD's latest customers use ROCm, the company said.",
    ],
)
def test_a_partitive_of_no_chips_counts_none(text: str) -> None:
    assert counts(text) == set()
