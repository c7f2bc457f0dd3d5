"""Session 16 (second wave): English supply deals the rules never proposed.

The start of a deal's deliveries told in the sentence after the deal, talks qualified by an
adjective ("in close talks"), a server maker's role as an act still in talks ("in talks to
assemble … racks for"), and a standing role in apposition that the clause's talks do not
govern. Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def deals(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(customer, product, supplier, modality, valid) of every supply deal."""
    return [
        (r[0], dict(r[2]).get("product"), r[3], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED, tier)
        if r[1] == "supply_deal"
    ]


# -- a deal, then the start of its deliveries ----------------------------------------------
# GUIDE (session 16, a deal and the start of its supplies): the deal actual at publication,
# the start announced (planned with a plan word or schedule) open from the period's first day.

NEBIUS = "Nebius has signed an agreement with Supermicro for GB300 NVL72 racks. "
NEBIUS_DEAL = ("nebius", "gb300", "supermicro", "actual", TODAY)

STARTS = [
    (
        NEBIUS + "Deliveries will begin in the third quarter of next year.",
        [
            NEBIUS_DEAL,
            ("nebius", "gb300", "supermicro", "announced", ("open", "2027-07-01", "None")),
        ],
    ),
    # the act as a bare present, named with its supplier's pronoun
    (
        NEBIUS + "Shipments start in the fourth quarter.",
        [
            NEBIUS_DEAL,
            ("nebius", "gb300", "supermicro", "announced", ("open", "2026-10-01", "None")),
        ],
    ),
    # the supplier begins them; the product is the deal's, the start its own
    (
        "CoreWeave entered into a purchase agreement with Dell for B300 servers. Under the "
        "agreement, the company will begin volume deliveries in the second half of 2026.",
        [
            ("coreweave", "b300", "dell", "actual", TODAY),
            ("coreweave", "b300", "dell", "announced", ("open", "2026-07-01", "None")),
        ],
    ),
    # a schedule word keeps the start planned
    (
        NEBIUS + "Deliveries are scheduled to begin in the third quarter of next year.",
        [NEBIUS_DEAL, ("nebius", "gb300", "supermicro", "planned", ("open", "2027-07-01", "None"))],
    ),
    # a party's expectation is its forecast
    (
        NEBIUS + "Analysts expect deliveries to start in the third quarter of next year.",
        [
            NEBIUS_DEAL,
            ("nebius", "gb300", "supermicro", "forecast", ("open", "2027-07-01", "None")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STARTS)
def test_a_deal_then_the_start_of_its_deliveries(text: str, expected: list[Any]) -> None:
    assert sorted(deals(text), key=repr) == sorted(expected, key=repr)


START_TRAPS = [
    # a start already past restates the deal
    NEBIUS + "Deliveries began in February.",
    # another company's deliveries are another deal
    NEBIUS + "Dell will begin shipments to Lambda in the third quarter of next year.",
    # no start word: a term of the deal, not its start
    NEBIUS + "The contract runs until the end of 2028.",
    # the start two sentences later is too far from the deal to be its start
    NEBIUS
    + "The racks are liquid cooled. Deliveries will begin in the third quarter of next year.",
]


@pytest.mark.parametrize("text", START_TRAPS)
def test_no_start_without_a_deal_just_told(text: str) -> None:
    assert deals(text) == [NEBIUS_DEAL]


def test_no_start_without_a_deal() -> None:
    text = "Nebius runs GB300 NVL72 racks in Finland. Deliveries will begin in the third quarter."
    assert [d for d in deals(text) if d[3] != "actual"] == []


# -- talks qualified by an adjective ---------------------------------------------------------

TALKS = [
    (
        "Micron said it was in close talks to supply HBM4 to AMD.",
        [("amd", "hbm4", "micron", "considering", TODAY)],
    ),
    (
        "SK hynix is in ongoing talks to supply HBM4 to Google, a person briefed on them said.",
        [("google", "hbm4", "sk-hynix", "considering", TODAY)],
    ),
    (
        "Samsung remains in serious talks to ship HBM3E to Broadcom.",
        [("broadcom", "hbm3e", "samsung", "considering", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TALKS)
def test_talks_with_an_adjective_are_considering(text: str, expected: list[Any]) -> None:
    assert deals(text) == expected


# -- a server maker's role as an act -------------------------------------------------------

ASSEMBLE = [
    (
        "Quanta is in talks to assemble GB300 server racks for Meta, two people said.",
        [("meta", "gb300", "quanta", "considering", TODAY)],
    ),
    (
        "Foxconn has agreed to manufacture GB200 NVL72 racks for Oracle.",
        [("oracle", "gb200", "foxconn", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASSEMBLE)
def test_a_maker_to_assemble_racks_for_a_customer(text: str, expected: list[Any]) -> None:
    assert deals(text) == expected


ASSEMBLE_TRAPS = [
    # a brand's racks made available, no maker's act
    "Microsoft plans to make GB300 racks available for OpenAI.",
    # no customer named after "for"
    "Foxconn is in talks to assemble GB300 racks for a new site in Texas.",
]


@pytest.mark.parametrize("text", ASSEMBLE_TRAPS)
def test_no_maker_deal_without_a_maker_and_customer(text: str) -> None:
    assert [d for d in deals(text) if d[2] in {"foxconn", "microsoft"}] == []


# -- a standing role in apposition ---------------------------------------------------------


def test_a_role_in_apposition_is_not_under_the_talks() -> None:
    # the standing HBM3E supply is actual; the talks are the clause's own
    text = "Micron, already a supplier of HBM3E to AMD, said it was in talks to supply HBM4 to AMD."
    assert ("amd", "hbm3e", "micron", "actual", TODAY) in deals(text)
    assert ("amd", "hbm3e", "micron", "considering", TODAY) not in deals(text)


# -- a share of a customer's goods shipped --------------------------------------------------

SHIPPED_SHARE = [
    (
        "Micron is shipping the bulk of AMD's HBM4 this year, a supplier said.",
        [("amd", "hbm4", "micron", "actual", TODAY)],
    ),
    (
        "Samsung ships most of Google's HBM3E.",
        [("google", "hbm3e", "samsung", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHIPPED_SHARE)
def test_a_share_of_a_customers_goods_shipped(text: str, expected: list[Any]) -> None:
    assert [d[:4] for d in deals(text)] == [e[:4] for e in expected]


def test_a_maker_shipping_its_own_chip_is_no_deal() -> None:
    assert deals("AMD is shipping the MI355X in volume to cloud providers.") == []


def test_a_maker_shipping_its_chip_after_a_customer_is_no_deal() -> None:
    text = "Oracle opened its Abilene campus. Nvidia shipped the GB200 to partners in May."
    assert [d for d in deals(text) if d[2] == "nvidia"] == []
