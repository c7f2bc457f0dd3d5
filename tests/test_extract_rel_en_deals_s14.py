"""English supply deals, session 14 (slice REL-EN deals): who buys and who sells, decided
by the shared role assignment every deal rule uses (weak_deals.role_order and
deal_parties._parties_of), each cause said several ways here, with traps. Every sentence is
written for these tests.

- The company after "from" a verb of buying or receiving sells ("took delivery of B300 nodes
  from Quanta", "buys most of its GB200 systems from Dell", "ordered … from", "sourced …
  from"), whoever makes the chips inside; "won an order … from xAI" still makes xAI the
  buyer. Told with no buyer in the clause, the buyer is the company in focus, never the
  seller buying from the chips' maker (weak_deals.bought_from, _BOUGHT_FROM; "buys",
  "bought" and "took delivery" are deal verbs with a seller after "from").
- The possessor of the goods a verb of supplying or making takes buys them ("Marvell
  co-designs and supplies Microsoft's Maia 200", "TSMC packages Nvidia's Blackwell GPUs",
  "Quanta builds our GB300 racks"), even when it designed the chip
  (weak_deals.possessed_goods); "our" with no one it stands for gives no deal.
- A role of no named product ("Microsoft remains Nvidia's largest customer", "Supermicro
  remains our other main server supplier", "one of Nvidia's largest customers") is a deal
  with no product, when the words before the role only rank it or name the goods of the
  trade (server, rack, cloud…) and no goods follow it ("main supplier of substrates")
  (supply_roles._generic_role).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

JUNE = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-06-03", "2026-06-03")

Row = tuple[Any, ...]


def deals(text: str) -> list[Row]:
    """(customer, qualifiers, supplier, modality, valid) of the supply deals."""
    return [
        (r[0], r[2], r[3], r[5], r[6])
        for r in sorted_rows(text, "en", JUNE)
        if r[1] == "supply_deal"
    ]


def deal(customer: str, supplier: str, product: str = "", valid: Row = TODAY) -> Row:
    qualifiers = (("product", product),) if product else ()
    return (customer, qualifiers, supplier, "actual", valid)


# -- the company after "from" a verb of buying sells ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nscale's finance chief spoke on the call. We took delivery of the first B300 nodes"
            " from Quanta last week.",
            [deal("nscale", "quanta", "b300")],
        ),
        ("Crusoe buys most of its GB200 systems from Dell.", [deal("crusoe", "dell", "gb200")]),
        (
            "Nvidia bought some GB300 racks back from Dell for its own labs.",
            [deal("nvidia", "dell", "gb300")],
        ),
        (
            "Oracle ordered B300 servers from Quanta for its Abilene halls.",
            [deal("oracle", "quanta", "b300")],
        ),
        (
            "Supermicro received an order for GB300 racks from xAI.",
            [deal("xai", "supermicro", "gb300")],
        ),
    ],
)
def test_seller_after_from(text: str, expected: list[Row]) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a buyer left unknown: no deal, and the seller does not buy from the chips' maker
        "We took delivery of the first B300 nodes from Quanta.",
        # shares bought are no goods
        "Analysts bought Nvidia shares from retail investors after the B300 launch.",
    ],
)
def test_seller_after_from_traps(text: str) -> None:
    assert deals(text) == []


# -- the possessor of goods supplied or made buys ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marvell co-designs and supplies Microsoft's Maia 200 accelerators.",
            [deal("microsoft", "marvell", "maia-200")],
        ),
        (
            "Google remains the anchor customer. Broadcom co-designs and supplies Google's"
            " Ironwood TPUs, the note says.",
            [deal("google", "broadcom", "ironwood")],
        ),
        (
            "TSMC packages Nvidia's Blackwell GPUs at its Chiayi site.",
            [deal("nvidia", "tsmc", "blackwell")],
        ),
        ("Amkor assembles Nvidia's H200 parts in Korea.", [deal("nvidia", "amkor", "h200")]),
        (
            "Together AI has grown into a GPU cloud. We spoke with its chief executive.\n\n"
            "Who assembles the racks?\n\nQuanta builds our GB300 racks.",
            [deal("together-ai", "quanta", "gb300")],
        ),
    ],
)
def test_possessor_buys(text: str, expected: list[Row]) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "our" standing for no one known: the buyer is unnamed
        "Foxconn builds our GB300 racks.",
        # its own goods, and no goods a vocabulary product
        "Broadcom makes its Tomahawk switches for Google's data centers.",
        # a maker making its own chips
        "Nvidia's chief executive said: we make our own Blackwell GPUs.",
    ],
)
def test_possessor_traps(text: str) -> None:
    assert deals(text) == []


# -- a role of no named product: a deal with none --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oracle is still AMD's largest customer.", [deal("oracle", "amd")]),
        ("Crusoe remains Dell's anchor server customer.", [deal("crusoe", "dell")]),
        (
            "xAI, Supermicro's biggest rack customer, paid its invoices late.",
            [deal("xai", "supermicro")],
        ),
        ("Nebius has become one of Nvidia's largest cloud customers.", [deal("nebius", "nvidia")]),
        ("Quanta remains Google's main server supplier.", [deal("google", "quanta")]),
    ],
)
def test_role_without_product(text: str, expected: list[Row]) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # goods named after the role, none a product
        "Micron, AMD's chief supplier of memory for accelerators, reported on Tuesday.",
        "Amkor has been Intel's largest provider of test services; it also remains Samsung's"
        " main supplier of substrates.",
        # a trade outside the vocabulary's goods
        "Samsung remains Apple's largest display supplier.",
    ],
)
def test_role_without_product_traps(text: str) -> None:
    assert deals(text) == []
