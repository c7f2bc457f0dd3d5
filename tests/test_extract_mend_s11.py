"""Fixes to the session-11 English extraction changes a review found wrong (mender,
session 11), each pinned by full claim lists of sentences written for these tests: the
reading the review asked for, other phrasings of it, and traps that keep the old reading
where it was right. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def claims(text: str) -> list[Row]:
    """Every claim of one English snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED)


def count(n: float, approx: bool = False) -> tuple[float, float, str, bool, str]:
    return (n, n, "count", approx, "exact")


# -- 1. a customer's share keeps its own modality ------------------------------------------
# (a planned share is never made actual for want of a plan word; "will" is read on the
# verb's own auxiliary; allotments_en and rented_capacity_en share settled_share_en)

AMD_LEAD = "AMD has agreed to ship 120,000 MI355X accelerators to Japanese buyers. "


def softbank_share(modality: str, who: tuple[str, ...] = ("softbank",)) -> list[Row]:
    product = (("product", "mi355x"),)
    return [(c, "supply_deal", product, "amd", count(40000), modality, TODAY) for c in who]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a wish or an intention stays a plan
        ("SoftBank seeks to secure 40,000 of the chips.", softbank_share("planned")),
        ("SoftBank wants to get 40,000 of the chips.", softbank_share("planned")),
        ("SoftBank would like to receive 40,000 of the chips.", softbank_share("planned")),
        ("SoftBank plans to secure 40,000 units.", softbank_share("planned")),
        # a bare future on the verb's own auxiliary, across adverbs: a term told
        ("SoftBank will also receive 40,000 of the chips.", softbank_share("announced")),
        ("SoftBank will then get 40,000 of the chips.", softbank_share("announced")),
        # a share the deal settles: allotted, present or past
        ("SoftBank is to receive 40,000 of the chips.", softbank_share("actual")),
        ("SoftBank was allotted 40,000 of the chips.", softbank_share("actual")),
        ("SoftBank gets 40,000 of the chips.", softbank_share("actual")),
        ("SoftBank received 40,000 units.", softbank_share("actual")),
    ],
)
def test_a_customers_share_is_only_settled_by_its_own_verb(
    sentence: str, expected: list[Row]
) -> None:
    assert expected == claims(AMD_LEAD + sentence)


COREWEAVE_LEAD = (
    "CoreWeave agreed to provide Meta with some 30,000 Nvidia GB200 GPUs out of its Texas site. "
)
META_DEAL: Row = (
    "meta",
    "supply_deal",
    (("product", "gb200"),),
    "coreweave",
    count(30000, approx=True),
    "actual",
    TODAY,
)


def meta_rents(modality: str) -> list[Row]:
    via = (("mode", "cloud"), ("via", "coreweave"))
    return [("meta", "adopts", via, "gb200", None, modality, ("open", "2028-01-01", "None"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Meta will rent the capacity from January 2028.", meta_rents("announced")),
        ("Meta hopes to rent the capacity from January 2028.", meta_rents("planned")),
        ("Meta would like to use that capacity from January 2028.", meta_rents("planned")),
        # a plan word in a later relative clause does not govern the rental
        (
            "Meta will start using this capacity from January 2028, in a hall that the "
            "filing called planned.",
            meta_rents("announced"),
        ),
    ],
)
def test_rented_capacity_reads_its_modality_like_a_share(
    sentence: str, expected: list[Row]
) -> None:
    assert sorted([*expected, META_DEAL]) == claims(COREWEAVE_LEAD + sentence)


# -- 2. one system after the count must be one system ---------------------------------------
# (systems._EACH_AFTER: "one / a single / each / every" or a bare "per" before the system
# noun, the noun a head and not a modifier ("server halls"), a count no larger than one
# system can hold)


def per_system(chip: str, n: float) -> Row:
    return (chip, "chips_per_system", (), None, count(n), "actual", TODAY)


def fleet(owner: str, chip: str, n: float) -> Row:
    return (owner, "deployed_chips", (("chip", chip),), None, count(n), "actual", TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deployment into halls or a named site, not one system's fill
        (
            "Oracle installed 16,000 MI355X GPUs in the server halls of its Texas campus.",
            [fleet("oracle", "mi355x", 16000)],
        ),
        (
            "xAI moved 30,000 H200 GPUs into the system it calls Colossus.",
            [fleet("colossus", "h200", 30000)],
        ),
        # more than any one system holds, however distributed: no count per system
        ("Meta put 24,000 H100 GPUs in each of its halls.", []),
        # a system noun modifying a room is no system
        ("Oracle put eight MI355X GPUs in one server hall.", []),
        # one system after the count keeps its reading
        ("Google fits 64 TPU v5p chips in each rack.", [per_system("tpu-v5p", 64)]),
        ("Lenovo's design packs eight B200 GPUs per server.", [per_system("b200", 8)]),
        (
            "The reference board carries 8 Gaudi 3 accelerators per one server here.",
            [per_system("gaudi3", 8)],
        ),
        (
            "Supermicro mounts four GB300 chips on a single board, cooled by water.",
            [per_system("gb300", 4)],
        ),
    ],
)
def test_a_count_is_one_systems_only_when_one_system_follows_it(
    text: str, expected: list[Row]
) -> None:
    assert expected == claims(text)


# -- 3. a figure is each company's only when "each" distributes the figure -----------------
# (shared_subjects_en: "each"/"apiece" right after the figure's noun phrase or on the verb,
# not "each with …" describing the things counted)


def h200_fleet(*owners: str) -> list[Row]:
    return [fleet(o, "h200", 20000) for o in owners]


H200_MEMORY: Row = (
    "h200",
    "memory_capacity",
    (),
    None,
    (141e9, 141e9, "B", False, "exact"),
    "actual",
    TODAY,
)
STARGATE = (("target", "stargate"),)


def stargate_stake(*owners: str) -> list[Row]:
    usd = (3e9, 3e9, "USD", False, "exact")
    return [(o, "investment", STARGATE, None, usd, "actual", TODAY) for o in owners]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "each with …" describes the chips: the figure is not distributed (the rule's
        # nearest company keeps it, the other gets no copy)
        (
            "Amazon and Google deployed 20,000 H200 GPUs, each with 141 GB of memory.",
            [*h200_fleet("google"), H200_MEMORY],
        ),
        (
            "Amazon and Google deployed 20,000 H200 GPUs each with 141 GB of memory.",
            [*h200_fleet("google"), H200_MEMORY],
        ),
        # distributed after the figure's noun phrase or on the verb
        ("Amazon and Google deployed 20,000 H200 GPUs each.", h200_fleet("amazon", "google")),
        ("Amazon and Google each deployed 20,000 H200 GPUs.", h200_fleet("amazon", "google")),
        (
            "SoftBank and OpenAI invested $3 billion each in Stargate.",
            stargate_stake("openai", "softbank"),
        ),
    ],
)
def test_a_figure_is_each_companys_only_when_each_follows_the_figure(
    text: str, expected: list[Row]
) -> None:
    assert expected == claims(text)


# -- 4. a listed product with its own clause keeps its own statement ------------------------
# (shared_objects_en: the first product's verb and mode are not copied to a listed product
# followed by a relative, contact or participle clause of its own)


def rents(company: str, *chips: str) -> list[Row]:
    return [
        (company, "adopts", (("mode", "cloud"),), chip, None, "actual", TODAY) for chip in chips
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mistral rents B200 GPUs as well as the H100 chips it already owns.",
            rents("mistral", "b200"),
        ),
        (
            "Meta leases MI355X accelerators as well as the H100 GPUs which it owns outright.",
            rents("meta", "mi355x"),
        ),
        (
            "Anthropic rents H200 GPUs and the TPU v5p chips Google built.",
            rents("anthropic", "h200"),
        ),
        ("xAI rents GB200 systems and the H100 GPUs owned by its parent.", rents("xai", "gb200")),
        # a plain list is still one statement about each product
        ("Mistral rents H100 GPUs as well as B200 GPUs.", rents("mistral", "b200", "h100")),
        (
            "Mistral rents H100 GPUs as well as the B200 GPUs of its partners.",
            rents("mistral", "b200", "h100"),
        ),
        (
            "Oracle offers instances built on Nvidia GB200 NVL72 racks and AMD Instinct "
            "MI355X GPUs.",
            [
                ("oracle", "adopts", (("mode", "on-prem"),), chip, None, "actual", TODAY)
                for chip in ("gb200", "mi355x")
            ],
        ),
    ],
)
def test_a_listed_product_with_its_own_clause_is_not_given_the_first_ones_verb(
    text: str, expected: list[Row]
) -> None:
    assert expected == claims(text)
