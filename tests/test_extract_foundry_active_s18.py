"""A designer making its chip at a foundry, told actively ("AMD will build the MI450 at
TSMC", "Nvidia builds Blackwell on TSMC's 4NP process"): a supply deal with the foundry, the
designer the customer (GUIDE, settled cases: a foundry making a chip). Before, only the
passive ("is made on TSMC's N3") was read, and "AMD builds the MI450's compute chiplets on
TSMC's …" gave the reverse (TSMC buying the MI450 from AMD): the chip named with "'s" was
taken for a company the goods were made for.

Every sentence here is written for these tests; the traps must stay silent.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_en_deals_s18 import TODAY, rows

# a making told only with a bare "will" is a relation in a bare future: announced (GUIDE,
# session 16; the dev gold's foundry sentences with "will", 7 of 7; changed in session 19)
ANNOUNCED = "announced"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMD will build the MI450 at TSMC.",
            [("amd", (("product", "mi450"),), "tsmc", None, ANNOUNCED, TODAY)],
        ),
        (
            "Nvidia builds Blackwell on TSMC's 4NP process.",
            [("nvidia", (("product", "blackwell"),), "tsmc", None, "actual", TODAY)],
        ),
        (
            "AMD makes the MI450 on TSMC's N2 process, the company said.",
            [("amd", (("product", "mi450"),), "tsmc", None, "actual", TODAY)],
        ),
        # the chip's own parts: not goods made for the chip as if it were a buyer
        (
            "AMD builds the MI450's compute chiplets on TSMC's 2-nanometer process.",
            [("amd", (("product", "mi450"),), "tsmc", None, "actual", TODAY)],
        ),
    ],
)
def test_a_designer_making_its_chip_at_a_foundry_is_a_deal_with_the_foundry(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert rows(text, "supply_deal") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no foundry: a cloud, a site, a maker's own servers
        "OpenAI builds on Microsoft Azure.",
        "Meta builds its data centers with Nvidia GPUs.",
        "Google makes TPUs available to Anthropic at Google Cloud.",
        "Dell builds GB300 racks at its plant in Texas.",
    ],
)
def test_making_at_no_foundry_is_no_foundry_deal(text: str) -> None:
    assert all(r[2] not in ("tsmc", "samsung", "intel") for r in rows(text, "supply_deal"))


def test_goods_made_for_a_company_named_with_s_are_still_its_deal() -> None:
    assert rows("Broadcom builds Google's TPUs.", "supply_deal") == [
        ("google", (("product", "google-tpu"),), "broadcom", None, "actual", TODAY)
    ]


# -- a second statement of its own trade after ", and" ------------------------------------------
# ", and Google buys its TPUs from Broadcom" after another company's clause made that
# company the buyer (the clause was not cut: "buys" was no verb that opens a statement).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meta signed a deal with AMD for MI450 chips, and Google buys its TPUs from Broadcom.",
            [
                ("google", (("product", "google-tpu"),), "broadcom", None, "actual", TODAY),
                ("meta", (("product", "mi450"),), "amd", None, "actual", TODAY),
            ],
        ),
        (
            "Microsoft runs Maia 200 in Azure, and Google buys its TPUs from Broadcom.",
            [("google", (("product", "google-tpu"),), "broadcom", None, "actual", TODAY)],
        ),
        (
            "CoreWeave rents GB300 capacity to Meta, and Oracle bought MI450 racks from AMD.",
            [("oracle", (("product", "mi450"),), "amd", None, "actual", TODAY)],
        ),
    ],
)
def test_a_second_company_trading_on_its_own_after_and_is_its_own_statement(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    got = rows(text, "supply_deal")
    for claim in expected:
        assert claim in got
    assert all(r[0] not in ("meta", "microsoft", "coreweave") or r[2] != "broadcom" for r in got)
