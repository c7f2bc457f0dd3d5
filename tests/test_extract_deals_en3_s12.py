"""English deals and adoptions, round 3 (session 12, slice DEALS-EN): general shapes behind
the misses of the blind batches, each said several ways here, with traps that must give
nothing. Every sentence is written for these tests.

- A server maker putting another maker's chip in its own servers ("HPE offers the MI355X
  inside its ProLiant line", "Supermicro's liquid-cooled racks carry B200 GPUs"): the server
  maker buys the chip from its maker (new server_goods_en), and adopts nothing; its own use
  elsewhere ("in its own data centers") stays an adoption.
- A chip carrying memory a named memory maker supplies ("the accelerator is fitted with
  Samsung's HBM3E", "MI355X carries HBM3E supplied by Micron", "it uses HBM3E from SK hynix"
  after the chip is named): the chip's maker buys the memory from each maker named (new
  chip_memory_en), and a foundry told in the same clause ("is built on Samsung's 4nm
  process and carries HBM3E from SK hynix") still gives its own deal (foundries_en).
- A cloud giving a named customer access to capacity of a product ("signed a contract to give
  Microsoft access to GB300 capacity", "agreed to provide Apple with access to B300
  clusters"): the deal runs from the cloud, not from the chip's maker nor the other way
  round, and the customer adopts the product in that cloud (new access_given_en, after
  customer_by_role's other passes). A giver that is no cloud gives nothing.
- A signing joined after a clause on the maker's own product ("said it has started volume
  production of RNGD and has signed a supply agreement with KT"): the clause of the
  signing lost its subject and goods at the cut, so the maker opening the sentence sells
  that product to the partner (new joined_signing_en). A subject that is not the
  product's maker, or a denial, gives no such deal.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

AUGUST = datetime(2026, 8, 14, 9, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def of_predicates(text: str, *predicates: str, published: datetime = AUGUST) -> list[Row]:
    """(subject, predicate, qualifiers, object, modality, valid) of some predicates' claims."""
    return [
        (r[0], r[1], r[2], r[3], r[5], r[6])
        for r in sorted_rows(text, "en", published)
        if r[1] in predicates
    ]


def today(published: datetime = AUGUST) -> tuple[str, str, str]:
    day = published.date().isoformat()
    return ("point", day, day)


# -- a server maker's own servers holding another maker's chip -----------------------------
# GUIDE (session 16): a server or system maker building, shipping or offering servers that
# carry a chip gives no supply_deal from the chipmaker (the sentence tells the maker's
# product, not a purchase; dev en-n09, en-o08, en-t08, en-u08, en-w07). These sentences were
# read as purchases in session 12; they now give nothing.


@pytest.mark.parametrize(
    ("text", "maker", "product", "seller"),
    [
        ("HPE offers the MI355X in its ProLiant servers.", "hpe", "mi355x", "amd"),
        ("HPE now offers the MI355X inside its ProLiant line of servers.", "hpe", "mi355x", "amd"),
        (
            "Supermicro now puts AMD's MI355X GPUs in its liquid-cooled servers.",
            "supermicro",
            "mi355x",
            "amd",
        ),
        (
            "Supermicro builds its liquid-cooled servers around B200 GPUs for neoclouds.",
            "supermicro",
            "b200",
            "nvidia",
        ),
        (
            "Dell packs Gaudi 3 into its PowerEdge racks, for buyers who want an alternative.",
            "dell",
            "gaudi3",
            "intel",
        ),
        (
            "Supermicro's newest liquid-cooled servers carry AMD's MI355X.",
            "supermicro",
            "mi355x",
            "amd",
        ),
        ("Dell's PowerEdge servers also use Gaudi 3 accelerators.", "dell", "gaudi3", "intel"),
    ],
)
def test_a_server_maker_putting_a_chip_in_its_servers_buys_nothing(
    text: str, maker: str, product: str, seller: str
) -> None:
    assert [r for r in of_predicates(text, "supply_deal", "adopts") if r[0] == maker] == []


@pytest.mark.parametrize(
    ("text", "modality", "valid"),
    [
        (
            "Dell plans to offer the MI450 in its PowerEdge servers from the first quarter.",
            "planned",
            ("open", "2027-01-01", "None"),
        ),
        (
            "HPE is expected to pack the MI450 into its Cray servers next year, analysts said.",
            "forecast",
            ("point", "2027-01-01", "2027-12-31"),
        ),
    ],
)
def test_a_server_maker_putting_a_chip_in_its_servers_later_buys_nothing(
    text: str, modality: str, valid: tuple[str, str, str]
) -> None:
    maker = text.split(maxsplit=1)[0].lower()
    assert [r for r in of_predicates(text, "supply_deal", "adopts") if r[0] == maker] == []


@pytest.mark.parametrize(
    "text",
    [
        # a denial or an end
        "Dell does not ship Gaudi 3 in its PowerEdge servers.",
        "Dell no longer offers the MI300X in its PowerEdge servers.",
        # the chip's own maker in its own servers
        "Intel ships Gaudi 3 in its own servers.",
        # servers sold, no chip put in a line of the maker's servers
        "Dell ships PowerEdge servers to enterprise buyers.",
    ],
)
def test_no_server_maker_purchase_without_its_servers_holding_a_chip(text: str) -> None:
    assert not of_predicates(text, "supply_deal")


def test_a_server_maker_running_a_chip_in_its_own_data_centers_still_adopts_it() -> None:
    expected = [("dell", "adopts", (("mode", "on-prem"),), "gaudi3", "actual", today())]
    text = "Dell runs Gaudi 3 in its own data centers for internal workloads."
    assert expected == of_predicates(text, "supply_deal", "adopts")


# -- a chip carrying a memory maker's memory ------------------------------------------------

NAMED_CHIP = "Rebellions showed the Rebel-Quad to investors last week. "


@pytest.mark.parametrize(
    ("text", "buyer", "memory", "sellers"),
    [
        ("AMD said the MI355X carries HBM3E supplied by Samsung.", "amd", "hbm3e", ["samsung"]),
        (
            "Nvidia's B300 comes with 12-high HBM3E stacks from SK hynix and Micron.",
            "nvidia",
            "hbm3e",
            ["micron", "sk-hynix"],
        ),
        (
            NAMED_CHIP + "The accelerator is fitted with Samsung's HBM3E.",
            "rebellions",
            "hbm3e",
            ["samsung"],
        ),
        (
            NAMED_CHIP + "It relies on HBM3E sourced from Micron for its memory.",
            "rebellions",
            "hbm3e",
            ["micron"],
        ),
    ],
)
def test_a_chip_carrying_a_makers_memory_is_its_makers_purchase(
    text: str, buyer: str, memory: str, sellers: list[str]
) -> None:
    expected = [
        (buyer, "supply_deal", (("product", memory),), seller, "actual", today())
        for seller in sellers
    ]
    assert expected == of_predicates(text, "supply_deal")


@pytest.mark.parametrize(
    ("text", "foundry", "memory_maker"),
    [
        (
            NAMED_CHIP + "The chip is built on Samsung's 4nm process and carries HBM3E from "
            "Samsung as well.",
            "samsung",
            "samsung",
        ),
        (
            NAMED_CHIP + "The chip is fabricated by TSMC, and it uses HBM3E from SK hynix.",
            "tsmc",
            "sk-hynix",
        ),
        (
            NAMED_CHIP + "Each die is made at TSMC and paired with HBM3E supplied by Micron.",
            "tsmc",
            "micron",
        ),
    ],
)
def test_a_foundry_and_a_memory_maker_in_one_clause_give_both_deals(
    text: str, foundry: str, memory_maker: str
) -> None:
    expected = sorted(
        [
            ("rebellions", "supply_deal", (("product", "hbm3e"),), memory_maker, "actual", today()),
            ("rebellions", "supply_deal", (("product", "rebel"),), foundry, "actual", today()),
        ]
    )
    assert expected == of_predicates(text, "supply_deal")


@pytest.mark.parametrize(
    "text",
    [
        NAMED_CHIP + "The chip does not use HBM3E from Micron.",
        NAMED_CHIP + "The chip uses HBM3E, unlike the Rebel from SK hynix.",
        # a memory maker's own memory in its own part: no buyer
        "SK hynix uses HBM3E from its Icheon plant in its samples.",
        # no chip in view to carry the memory
        "Demand is high, and servers use HBM3E from Samsung and Micron.",
    ],
)
def test_no_memory_purchase_without_a_chip_carrying_a_named_makers_memory(text: str) -> None:
    assert not of_predicates(text, "supply_deal")


# -- a cloud giving a named customer access to a product's capacity --------------------------


@pytest.mark.parametrize(
    ("text", "customer", "cloud", "product"),
    [
        (
            "Nebius said on Tuesday it had signed a contract to give Microsoft access to GB300 "
            "capacity in New Jersey.",
            "microsoft",
            "nebius",
            "gb300",
        ),
        (
            "CoreWeave has agreed to provide Apple with dedicated access to B300 clusters "
            "under a multi-year contract.",
            "apple",
            "coreweave",
            "b300",
        ),
    ],
)
def test_a_cloud_giving_a_customer_access_to_a_product_rents_it_out(
    text: str, customer: str, cloud: str, product: str
) -> None:
    expected = [
        (customer, "adopts", (("mode", "cloud"), ("via", cloud)), product, "actual", today()),
        (customer, "supply_deal", (("product", product),), cloud, "actual", today()),
    ]
    assert expected == of_predicates(text, "supply_deal", "adopts")


@pytest.mark.parametrize(
    "text",
    [
        # a chip maker's early samples: no cloud rents anything out
        "Nvidia will give OpenAI early access to Rubin samples.",
        "AMD granted Microsoft early access to MI450 engineering boards last month.",
    ],
)
def test_access_given_by_no_cloud_is_no_rental(text: str) -> None:
    rows = of_predicates(text, "adopts")
    assert not [r for r in rows if ("mode", "cloud") in r[2]]


# -- a signing joined after a clause on the maker's own product ------------------------------


@pytest.mark.parametrize(
    ("text", "product", "maker"),
    [
        (
            "FuriosaAI said on Thursday that it had started volume production of RNGD and has "
            "signed a supply agreement with KT.",
            "rngd",
            "furiosaai",
        ),
        (
            "Rebellions began shipping Rebel-Quad in quantity and inked a purchase contract with "
            "KT.",
            "rebel",
            "rebellions",
        ),
        (
            "Rebellions announced it had finished validating Rebel-Quad, and has also signed a "
            "new supply deal with KT.",
            "rebel",
            "rebellions",
        ),
    ],
)
def test_a_signing_joined_after_the_makers_product_is_its_sale(
    text: str, product: str, maker: str
) -> None:
    expected = [("kt", "supply_deal", (("product", product),), maker, "actual", today())]
    assert expected == of_predicates(text, "supply_deal")


@pytest.mark.parametrize(
    "text",
    [
        "FuriosaAI said it will start volume production of RNGD and has not signed a supply "
        "agreement with KT.",
        # the opening company is no maker of the product
        "Naver said it had tested Rebel-Quad and has signed a supply agreement with Dell.",
    ],
)
def test_no_joined_signing_sale_without_the_makers_product(text: str) -> None:
    rows = of_predicates(text, "supply_deal")
    assert not [r for r in rows if r[3] in ("furiosaai", "naver") or r[0] == "dell"]
