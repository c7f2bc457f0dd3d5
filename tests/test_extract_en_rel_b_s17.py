"""Session 17 (b): English supply deals read wrong or never proposed, fixed by general cause.

Every sentence here is written for these tests; the traps must stay silent (or keep the
reading they had).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def deals(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(customer, supplier, modality) of every supply deal."""
    return [
        (r[0], r[3], r[5])
        for r in sorted_rows(text, "en", PUBLISHED, tier)
        if r[1] == "supply_deal"
    ]


# -- a capacity deal told with a bare future ---------------------------------------------
# GUIDE: a future with no date to reach and no plan word is `announced`, whoever tells it.

BARE_FUTURE = [
    (
        "Nebius will provide capacity to Microsoft from its New Jersey site.",
        [("microsoft", "nebius", "announced")],
    ),
    ("CoreWeave will supply Meta with GPU capacity.", [("meta", "coreweave", "announced")]),
    (
        "Nebius will provide dedicated compute to Meta and Mistral AI.",
        [("meta", "nebius", "announced"), ("mistral", "nebius", "announced")],
    ),
    (
        "Under the new terms, Crusoe will supply Oracle with additional capacity.",
        [("oracle", "crusoe", "announced")],
    ),
]

# a plan word, a date to reach or a third party's word keeps what it was
BARE_FUTURE_TRAPS = [
    ("Nebius plans to provide capacity to Microsoft.", [("microsoft", "nebius", "planned")]),
    (
        "CoreWeave aims to supply Meta with GPU capacity.",
        [("meta", "coreweave", "planned")],
    ),
    (
        "Nebius will provide capacity to Microsoft by the end of 2026.",
        [("microsoft", "nebius", "planned")],
    ),
    (
        "Nebius will provide capacity to Microsoft, people familiar with the matter said.",
        [("microsoft", "nebius", "planned")],
    ),
    ("Nebius has agreed to provide capacity to Microsoft.", [("microsoft", "nebius", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_FUTURE + BARE_FUTURE_TRAPS)
def test_bare_future_capacity_deal(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert deals(text) == expected


# -- a GPU cloud's contract with a model lab ------------------------------------------------
# GUIDE: a deal with no verb of giving or taking names the party that is more of a cloud the
# seller; a GPU cloud in a contract with a model lab sells to it (common.cloud_sells).

CLOUD_LAB = [
    ("Crusoe's contract with OpenAI covers 50,000 GB200 chips.", ("openai", "crusoe")),
    ("CoreWeave's agreement with Mistral AI covers 8,000 H200 GPUs.", ("mistral", "coreweave")),
    ("Nscale's deal with Anthropic includes 20,000 GB300s.", ("anthropic", "nscale")),
    # the lab named first: still the buyer
    ("OpenAI's contract with Crusoe covers 50,000 GB200 chips.", ("openai", "crusoe")),
]

# a chipmaker is no model lab; a verb of taking keeps the named buyer
CLOUD_LAB_TRAPS = [
    ("Crusoe's contract with Nvidia covers 50,000 GB200 chips.", ("crusoe", "nvidia")),
    ("Crusoe bought 50,000 GB200 chips from OpenAI.", ("crusoe", "openai")),
]


@pytest.mark.parametrize(("text", "pair"), CLOUD_LAB + CLOUD_LAB_TRAPS)
def test_gpu_cloud_sells_to_a_model_lab(text: str, pair: tuple[str, str]) -> None:
    assert [(c, s) for c, s, _ in deals(text)] == [pair]


# -- a second contract gapped onto the first ----------------------------------------------
# "signed a deal with A and a contract with B": the second deal's other side is the first's
# (its verb and subject are left out), not the party named last before it.

GAPPED = [
    (
        "CoreWeave signed a $14 billion deal with Microsoft and a $3 billion contract with Meta.",
        [("meta", "coreweave"), ("microsoft", "coreweave")],
    ),
    (
        "Nebius signed a five-year capacity agreement with Microsoft, and a smaller deal with "
        "Mistral AI.",
        [("microsoft", "nebius"), ("mistral", "nebius")],
    ),
    (
        "Nscale has a compute contract with OpenAI as well as a new agreement with Microsoft.",
        [("microsoft", "nscale"), ("openai", "nscale")],
    ),
]

# a relative clause opens a statement of its own: its subject is the party before it
GAPPED_TRAPS = [
    (
        "CoreWeave signed a $14 billion deal with Microsoft, which has a $3 billion contract "
        "with Meta.",
        [("microsoft", "coreweave")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), GAPPED + GAPPED_TRAPS)
def test_gapped_second_contract(text: str, pairs: list[tuple[str, str]]) -> None:
    assert [(c, s) for c, s, _ in deals(text)] == pairs
