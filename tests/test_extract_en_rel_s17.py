"""Session 17: English supply deals the extractor never proposed, read by general rules.

A company's list of customers ("Its customers include A, B and C", "A and B are among X's
SoIC customers"). Every sentence here is written for these tests; the traps must stay
silent.
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


def deal(customer: str, supplier: str, product: str | None = None) -> tuple[Any, ...]:
    return (customer, product, supplier, "actual", TODAY)


# -- a company's list of customers -----------------------------------------------------------
# GUIDE (session 15): a customer named as such is a supply_deal from the company whose
# customer it is, no product unless one is named beside the role, no count.

CUSTOMER_LISTS = [
    (
        "Nebius's customers include Microsoft, Meta and Mistral AI.",
        [deal("meta", "nebius"), deal("microsoft", "nebius"), deal("mistral", "nebius")],
    ),
    # "its" after a sentence on the company; "have included"
    (
        "Lambda Labs rents GPUs by the hour. Its customers have included Apple and xAI.",
        [deal("apple", "lambda"), deal("xai", "lambda")],
    ),
    # a list read past an aside on its first member, then "as well as"
    (
        "CoreWeave's largest customers include OpenAI, whose contracts run to 2030, as well as "
        "Meta and other model labs.",
        [deal("meta", "coreweave"), deal("openai", "coreweave")],
    ),
    # "whose customers" in an apposition
    (
        "Crusoe, whose customers include OpenAI and Oracle, raised new debt on Tuesday.",
        [deal("openai", "crusoe"), deal("oracle", "crusoe")],
    ),
    # the list before the role: "are among X's <product> customers"
    (
        "Broadcom and Nvidia are among TSMC's CoWoS customers.",
        [deal("broadcom", "tsmc", "cowos"), deal("nvidia", "tsmc", "cowos")],
    ),
    (
        "TSMC opened its packaging plant in Chiayi. Apple and AMD are also among its SoIC clients.",
        [deal("amd", "tsmc", "soic"), deal("apple", "tsmc", "soic")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUSTOMER_LISTS)
def test_a_list_of_customers_is_a_deal_with_each(text: str, expected: list[Any]) -> None:
    assert sorted(deals(text)) == sorted(expected)


CUSTOMER_LIST_TRAPS = [
    # customers to be, or no longer
    "Nebius's potential customers include Meta and Microsoft.",
    "Lambda Labs's former customers include Apple.",
    # a toolmaker's customers buy tools, not goods of the trade
    "Hanmi Semiconductor's bonder customers include SK hynix and Micron.",
    # no owner said
    "Customers include Meta and Microsoft.",
    # the customers of someone who is no company in the vocabulary
    "The utility's customers include Microsoft and Meta.",
    # "its" of a subject that is no company, or of a company the sentence before does not
    # have as its subject
    "Nebius reported results. The utility said its customers include Microsoft.",
    "Nebius reported results. Dominion Energy is a utility. Its customers include Microsoft.",
]


@pytest.mark.parametrize("text", CUSTOMER_LIST_TRAPS)
def test_customers_with_no_seller_or_no_goods_make_no_deal(text: str) -> None:
    assert deals(text) == []


# -- the parties of a contract: a possessive pronoun, a GPU cloud, capacity provided to -------
# GUIDE (session 15): the supplier of a cloud contract is the cloud; a GPU cloud sells to a
# hyperscaler's cloud. "Their contract with X" opening a sentence is the contract of the
# company the sentence before was about.

CONTRACT_PARTIES = [
    (
        "Lambda Labs posted record sales. Their agreement with Microsoft covers 20,000 GB300 GPUs.",
        [("microsoft", "gb300", "lambda", "actual", TODAY)],
    ),
    (
        "Nscale is growing fast. Its contract with Microsoft, signed in October, covers about "
        "90,000 GB300 GPUs.",
        [("microsoft", "gb300", "nscale", "actual", TODAY)],
    ),
    # the GPU cloud named first as the possessor still sells
    (
        "Nebius's contract with Oracle covers 30,000 B200 GPUs.",
        [("oracle", "b200", "nebius", "actual", TODAY)],
    ),
    (
        "Microsoft's contract with Crusoe covers 30,000 B200 GPUs.",
        [("microsoft", "b200", "crusoe", "actual", TODAY)],
    ),
    # compute provided to a customer, no product named
    (
        "Nebius's five-year agreement to provide dedicated GPU capacity to Microsoft from its "
        "Vineland site underpins the rating.",
        [deal("microsoft", "nebius")],
    ),
    (
        "CoreWeave provides capacity in Texas to Meta and Google.",
        [deal("google", "coreweave"), deal("meta", "coreweave")],
    ),
    (
        "Oracle has agreed to supply OpenAI with large amounts of Nvidia-based capacity.",
        [deal("openai", "oracle")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACT_PARTIES)
def test_the_parties_of_a_contract_are_read_by_role(text: str, expected: list[Any]) -> None:
    assert sorted(deals(text)) == sorted(expected)


CONTRACT_PARTY_TRAPS = [
    # power, not compute; no company in view for "their"
    "The utility will provide power capacity to Microsoft.",
    "Nebius reported results. Dominion said their contract with Microsoft covers 200 MW.",
]


@pytest.mark.parametrize("text", CONTRACT_PARTY_TRAPS)
def test_no_contract_party_is_guessed(text: str) -> None:
    assert deals(text) == []


# -- goods made or supplied by a named maker, told in the passive or with a common noun -------
# GUIDE: a foundry making a company's chip is a supply_deal, customer the chip's designer,
# product the chip when it is an entity, else the process when it is one, else none; goods
# supplied by an agent are a deal from it to the company they are for.

MADE_OR_SUPPLIED = [
    (
        "Nvidia's GPUs are made by TSMC in Taiwan.",
        [deal("nvidia", "tsmc")],
    ),
    (
        "TSMC makes AMD's accelerators on its 3-nanometer process.",
        [deal("amd", "tsmc")],
    ),
    (
        "Broadcom said substantially all of its XPUs are manufactured by TSMC, which also "
        "packages them with its CoWoS technology.",
        [deal("broadcom", "tsmc", "cowos")],
    ),
    # goods on which a relative clause tells the supplier
    (
        "Lambda Labs's clusters are built from GB300 NVL72 racks, which are supplied by Dell and "
        "Supermicro.",
        [deal("lambda", "dell", "gb300"), deal("lambda", "supermicro", "gb300")],
    ),
    (
        "Crusoe opened a new hall. Its clusters are built mostly from Nvidia GB200 NVL72 racks, "
        "which are supplied by Supermicro.",
        [deal("crusoe", "supermicro", "gb200")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MADE_OR_SUPPLIED)
def test_goods_made_or_supplied_by_a_named_maker(text: str, expected: list[Any]) -> None:
    assert sorted(deals(text)) == sorted(expected)


MADE_OR_SUPPLIED_TRAPS = [
    # a foundry's own chips, a place instead of a maker, no maker at all
    "Samsung's chips are made in Pyeongtaek.",
    "TSMC's chips for Nvidia are made in Arizona.",
    "Apple's chips are designed by its own teams in Cupertino.",
    # goods supplied to no one named
    "Nvidia sells GB200 NVL72 racks, which are also supplied by Dell to other customers.",
]


@pytest.mark.parametrize("text", MADE_OR_SUPPLIED_TRAPS)
def test_no_maker_deal_without_a_designer_or_buyer(text: str) -> None:
    assert deals(text) == []


# -- a deal's size told in the sentence after it ------------------------------------------------
# GUIDE: a number restated is one claim; "The order covers N <product>" right after a deal
# between two companies is that deal's count, the seller read from what the two are.

DEAL_SIZES = [
    (
        "Dell said it has been chosen by xAI to build liquid-cooled racks for its Memphis site. "
        "The order covers 500 GB300 NVL72 racks, each with 72 GPUs, for a total of 36,000 GPUs.",
        [("xai", "gb300", "dell", "actual", TODAY, 36000.0)],
    ),
    (
        "Nscale signed a five-year contract with Microsoft on Tuesday. The deal covers about "
        "50,000 GB300 GPUs.",
        [("microsoft", "gb300", "nscale", "actual", TODAY, 50000.0)],
    ),
    (
        "Meta has picked Nvidia for its next cluster. The initial order includes 20,000 B300 GPUs.",
        [("meta", "b300", "nvidia", "actual", TODAY, 20000.0)],
    ),
]


def counted_deals(text: str) -> list[tuple[Any, ...]]:
    """(customer, product, supplier, modality, valid, count) of every supply deal."""
    return [
        (r[0], dict(r[2]).get("product"), r[3], r[5], r[6], r[4] and r[4][0])
        for r in sorted_rows(text, "en", PUBLISHED)
        if r[1] == "supply_deal"
    ]


@pytest.mark.parametrize(("text", "expected"), DEAL_SIZES)
def test_a_deal_sized_in_the_next_sentence(text: str, expected: list[Any]) -> None:
    assert counted_deals(text) == expected


DEAL_SIZE_TRAPS = [
    # rivals, no buyer; three companies before
    "Nvidia and AMD compete hard. The order covers 5,000 H100 GPUs.",
    "Meta, Oracle and Nvidia met in May. The order covers 5,000 H100 GPUs.",
    # racks are no chip count
    "Dell signed with CoreWeave. The order covers 240 GB300 NVL72 racks.",
]


@pytest.mark.parametrize("text", DEAL_SIZE_TRAPS)
def test_no_deal_size_without_two_parties_or_a_chip_count(text: str) -> None:
    assert [r for r in counted_deals(text) if r[5]] == []


# -- an investment told with the bare verb "commit" or "pledge" -----------------------------
# GUIDE: a pledge is announced; a company's own future figure with "will" is planned, as the
# extractor reads "will invest"; each of the investors listed with "each" invests the amount.


def investments(text: str) -> list[tuple[Any, ...]]:
    """(investor, target, amount, bound, modality) of every investment."""
    return [
        (r[0], dict(r[2]).get("target"), r[4][0], r[4][4], r[5])
        for r in sorted_rows(text, "en", PUBLISHED)
        if r[1] == "investment"
    ]


BARE_COMMITMENTS = [
    (
        "Oracle and OpenAI each pledge $7 billion to Stargate.",
        [
            ("openai", "stargate", 7e9, "exact", "announced"),
            ("oracle", "stargate", 7e9, "exact", "announced"),
        ],
    ),
    (
        "SoftBank and Oracle will each commit $12 billion to fund Stargate.",
        [
            ("oracle", "stargate", 12e9, "exact", "planned"),
            ("softbank", "stargate", 12e9, "exact", "planned"),
        ],
    ),
    (
        "Nvidia will commit up to $2 billion to xAI's next round.",
        [("nvidia", "xai", 2e9, "at-most", "planned")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_COMMITMENTS)
def test_a_bare_commit_or_pledge_is_an_investment(text: str, expected: list[Any]) -> None:
    assert investments(text) == expected


BARE_COMMITMENT_TRAPS = [
    # a purchase commitment is no investment; a pledge of no amount
    "Anthropic will commit to buy $30 billion of Azure compute.",
    "Microsoft and Nvidia pledge support for Anthropic.",
]


@pytest.mark.parametrize("text", BARE_COMMITMENT_TRAPS)
def test_commitments_that_are_no_investment(text: str) -> None:
    assert investments(text) == []


# -- a place as the subject: "<place> is home to <site>" -----------------------------------------
# GUIDE: located_in of a cluster or facility, a US site as "State, US", actual when it runs.


def located(text: str) -> list[tuple[Any, ...]]:
    """(site, place, modality) of every located_in claim."""
    return [(r[0], r[4], r[5]) for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "located_in"]


HOME_TO = [
    (
        "Richland Parish, Louisiana, is home to Hyperion, Meta's largest data center.",
        [("hyperion", "Louisiana, US", "actual")],
    ),
    ("Memphis has become home to Colossus 2.", [("colossus-2", "Tennessee, US", "actual")]),
    (
        "New Albany, Ohio is now home to Prometheus, the cluster Meta switched on this year.",
        [("prometheus", "Ohio, US", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOME_TO)
def test_a_place_that_is_home_to_a_site(text: str, expected: list[Any]) -> None:
    assert located(text) == expected


HOME_TO_TRAPS = [
    "Memphis is home to the blues.",
    "Texas is home to many data centers, including Microsoft's.",
]


@pytest.mark.parametrize("text", HOME_TO_TRAPS)
def test_a_home_to_no_site_places_nothing(text: str) -> None:
    assert located(text) == []


# -- a customer's choice of a maker --------------------------------------------------------------
# GUIDE (session 16): a customer's choice of a maker told as done is a deal made: supply_deal
# actual at publication, the product the goods the maker is chosen to make (none if unnamed).

CHOSEN_MAKERS = [
    (
        "AMD has selected Amkor to package and test MI450 accelerators in Arizona.",
        [deal("amd", "amkor", "mi450")],
    ),
    (
        "Meta has chosen Quanta to assemble its GB300 racks.",
        [deal("meta", "quanta", "gb300")],
    ),
    (
        "Oracle tapped Foxconn to build GB200 NVL72 racks for its Texas halls.",
        [deal("oracle", "foxconn", "gb200")],
    ),
    ("Apple has chosen TSMC to make its server chip.", [deal("apple", "tsmc")]),
]


@pytest.mark.parametrize(("text", "expected"), CHOSEN_MAKERS)
def test_a_maker_chosen_by_a_customer_supplies_it(text: str, expected: list[Any]) -> None:
    assert deals(text) == expected


CHOSEN_MAKER_TRAPS = [
    # a choice not made, or no work of making
    "Google is expected to pick Samsung to make its next TPU.",
    "Tesla may choose Samsung to manufacture its AI6 chip.",
    "OpenAI picked Microsoft to advise it on the listing.",
    "Nvidia has not selected Intel to package Rubin GPUs.",
]


@pytest.mark.parametrize("text", CHOSEN_MAKER_TRAPS)
def test_a_choice_not_made_is_no_deal(text: str) -> None:
    assert deals(text) == []


# -- orders placed with a list of sellers; "supply chain" is no verb of supplying ------------
ORDERS_WITH = [
    (
        "A poster on a Taiwanese supply-chain forum says Meta has placed orders for GB300 NVL72 "
        "racks with Dell and Supermicro.",
        [deal("meta", "dell", "gb300"), deal("meta", "supermicro", "gb300")],
    ),
    (
        "xAI placed a $2 billion order with Dell, Supermicro and Quanta for GB200 racks.",
        [
            deal("xai", "dell", "gb200"),
            deal("xai", "quanta", "gb200"),
            deal("xai", "supermicro", "gb200"),
        ],
    ),
    (
        "According to supply chain sources, Oracle bought GB200 racks from Foxconn.",
        [deal("oracle", "foxconn", "gb200")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS_WITH)
def test_orders_placed_with_each_seller_listed(text: str, expected: list[Any]) -> None:
    assert deals(text) == sorted(expected)


# -- memory that "comes from" a maker: the memory in view, or the memory before its chip -----------
# GUIDE: memory is bought by the chip's designer from the memory maker (a supply_deal, product
# the memory); the chip the memory goes into is not what the memory maker sells.

MEMORY_FROM = [
    (
        "AMD's MI355X uses HBM3E. Most of those stacks come from Samsung, with Micron a distant "
        "second.",
        [deal("amd", "micron", "hbm3e"), deal("amd", "samsung", "hbm3e")],
    ),
    (
        "Google's Ironwood carries 192 GB of HBM3E. Its memory comes from SK hynix.",
        [deal("google", "sk-hynix", "hbm3e")],
    ),
    (
        "Nvidia's B300 uses HBM3E. The memory comes from Samsung and SK hynix.",
        [deal("nvidia", "samsung", "hbm3e"), deal("nvidia", "sk-hynix", "hbm3e")],
    ),
    # the chip named after the memory is where it goes, not what is sold
    ("The HBM4 in AMD's MI450 comes from Samsung.", [deal("amd", "samsung", "hbm4")]),
]


@pytest.mark.parametrize(("text", "expected"), MEMORY_FROM)
def test_memory_that_comes_from_a_maker(text: str, expected: list[Any]) -> None:
    assert deals(text) == sorted(expected)


MEMORY_FROM_TRAPS = [
    # a memory maker's own fab; no chip in view
    "SK hynix makes HBM3E in Icheon. Most of those stacks come from its M15X fab.",
    "Memory prices rose again. Most of those stacks come from Samsung.",
]


@pytest.mark.parametrize("text", MEMORY_FROM_TRAPS)
def test_memory_with_no_chip_in_view_is_no_deal(text: str) -> None:
    assert deals(text) == []


# -- a count of unnamed GPUs rented from a cloud under a contract ---------------------------------
# GUIDE: a compute contract that names no product is a supply_deal from the cloud, no product;
# the count rented is the deal's, not a fleet the renter deploys. Renting told as a state with
# no contract in the sentence is a use, no deal.

COUNTED_RENTALS = [
    (
        "Nvidia agreed to rent 18,000 GPUs from Lambda Labs over four years.",
        [("nvidia", None, "lambda", "actual", TODAY, 18000.0)],
    ),
    (
        "Nvidia backs Crusoe. The chipmaker signed a deal to lease back 9,000 of its own GPUs "
        "from Crusoe over three years.",
        [("nvidia", None, "crusoe", "actual", TODAY, 9000.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_RENTALS)
def test_gpus_rented_from_a_cloud_under_a_contract(text: str, expected: list[Any]) -> None:
    assert counted_deals(text) == expected


COUNTED_RENTAL_TRAPS = [
    "OpenAI rents 50,000 GPUs from CoreWeave.",
    "CoreWeave agreed to rent 5,000 GPUs to OpenAI.",
]


@pytest.mark.parametrize("text", COUNTED_RENTAL_TRAPS)
def test_no_counted_rental_without_a_contract_or_a_lessor(text: str) -> None:
    assert [r for r in counted_deals(text) if r[5]] == []
