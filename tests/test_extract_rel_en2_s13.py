"""English relations, session 13, round 2 (slice REL-EN2): general shapes behind the misses
of the blind batches en-r and en-s, each said several ways here, with traps that must give
nothing. Every sentence is written for these tests.

- Goods obtained from a server maker or assembler, the buyer not named in the clause
  ("The B200 servers came from Dell", "racks bought from Supermicro", "are to be procured
  from HPE and Quanta"): a deal of the goods from that maker to the company the goods are
  said to belong to (a possessor, the owner of a site named before them: "Lambda's Dallas
  campus, fitted out with … bought from Dell"), else the company the text is about; each
  maker listed with the first sells too; servers or racks named by their noun alone give a
  deal with no product; a contract already signed in the sentence makes the deal actual
  though the goods are to come (passive_suppliers_en._FROM, _co_agents, _CONCLUDED).
- A past act told with a particle before a bare "last year" / "this year" ("fitted out last
  year", "set up this year"): the year dates the act, the state it left holds at
  publication, as with "signed last month" (timex_acts._EN_DONE_ACT).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

APRIL = datetime(2026, 4, 9, 8, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def deals(text: str) -> list[Row]:
    """(customer, qualifiers, supplier, modality, valid) of the supply deals."""
    return [
        (r[0], r[2], r[3], r[5], r[6])
        for r in sorted_rows(text, "en", APRIL)
        if r[1] == "supply_deal"
    ]


TODAY = ("point", "2026-04-09", "2026-04-09")


def deal(customer: str, supplier: str, product: str = "", modality: str = "actual") -> Row:
    qualifiers = (("product", product),) if product else ()
    return (customer, qualifiers, supplier, modality, TODAY)


# -- goods obtained from a server maker, the buyer left to the context ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CoreWeave opened a fourth hall near Plano. The B200 servers in it came from Dell,"
            " a spokesman said.",
            [deal("coreweave", "dell", "b200")],
        ),
        (
            "Nebius switched on its Kansas cluster this week. The GB300 racks were purchased"
            " from Supermicro.",
            [deal("nebius", "supermicro", "gb300")],
        ),
        (
            "Together AI has grown quickly. Its H200 nodes are sourced mostly from Quanta.",
            [deal("together-ai", "quanta", "h200")],
        ),
        (
            "Oracle is building in Michigan. The MI355X servers will come from HPE.",
            [deal("oracle", "hpe", "mi355x", "announced")],
        ),
        (
            "Crusoe keeps expanding. Servers are to be procured from HPE and Dell, with which"
            " purchase contracts have already been signed.",
            [deal("crusoe", "dell"), deal("crusoe", "hpe")],
        ),
        (
            "Lambda Labs lost a lawsuit this week. The ruling mentions Lambda's Dallas campus,"
            " which was filled with B200 racks bought from Dell.",
            [deal("lambda", "dell", "b200")],
        ),
    ],
)
def test_goods_obtained_from_a_server_maker(text: str, expected: list[Row]) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no goods: people, ideas and results come from a maker too
        "CoreWeave hired again. The new engineers came from Supermicro.",
        "Nebius published numbers. The H200 benchmark results came from Dell's own lab.",
        # goods for another buyer
        "Dell is busy. The GB300 racks were bought from Dell for a different customer.",
        # two companies named before the goods: whose site is it?
        "Microsoft toured xAI's Memphis site, which was filled with GB200 racks bought from Dell.",
    ],
)
def test_goods_from_a_maker_traps(text: str) -> None:
    assert deals(text) == []


def test_memory_had_from_its_maker_is_no_deal_of_the_chip() -> None:
    rows = deals("AMD ships the MI355X in volume. HBM3E for the MI355X comes from Samsung.")
    assert all(dict(r[1]).get("product") != "mi355x" for r in rows)


def test_goods_to_come_with_no_contract_signed_stay_a_plan() -> None:
    rows = deals(
        "Crusoe keeps expanding. Servers are to be procured from HPE next year; no contract"
        " has been signed."
    )
    assert all(r[3] != "actual" for r in rows)


# -- a phrasal past act before a bare "last year" dates the act, not the state ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lambda Labs grew fast. Its Dallas campus was fitted out last year with B200 racks"
            " bought from Dell.",
            [deal("lambda", "dell", "b200")],
        ),
        (
            "Lambda Labs grew fast. The Dallas campus, which was built out last year with GB300"
            " racks bought from Dell, is full.",
            [deal("lambda", "dell", "gb300")],
        ),
        (
            "Lambda Labs grew fast. Its Dallas site was set up last year with H200 servers"
            " purchased from Supermicro.",
            [deal("lambda", "supermicro", "h200")],
        ),
        (
            "Nebius is growing. Its Kansas City hall, kitted out this year with B200 servers"
            " bought from Dell, is now sold out.",
            [deal("nebius", "dell", "b200")],
        ),
    ],
)
def test_a_phrasal_past_act_keeps_the_state_at_publication(text: str, expected: list[Row]) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lambda Labs grew fast. Its Dallas campus will be fitted out this year with GB300 racks.",
        "Lambda Labs grew fast. Its Dallas campus is to be fitted out this year with GB300 racks.",
    ],
)
def test_a_phrasal_act_to_come_keeps_its_year(text: str) -> None:
    rows = [r for r in sorted_rows(text, "en", APRIL) if r[1] == "adopts" and r[3] == "gb300"]
    assert rows
    assert all(r[6] == ("point", "2026-01-01", "2026-12-31") for r in rows)


# -- a network as the fabric of a company's own machines -------------------------------------


def adoptions(text: str) -> list[Row]:
    """(subject, qualifiers, object, modality) of the adoptions."""
    return [(r[0], r[2], r[3], r[5]) for r in sorted_rows(text, "en", APRIL) if r[1] == "adopts"]


ON_PREM = (("mode", "on-prem"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nebius wrote up its Finnish build. Our training fleet runs on InfiniBand.",
            [("nebius", ON_PREM, "infiniband", "actual")],
        ),
        (
            "Crusoe opened a hall in Wyoming. Its racks are linked by Spectrum-X Ethernet.",
            [("crusoe", ON_PREM, "spectrum-x", "actual")],
        ),
        (
            "Lambda Labs posted an engineering job. Their network between halls is Spectrum-X,"
            " and the new hire will tune it.",
            [("lambda", ON_PREM, "spectrum-x", "actual")],
        ),
        (
            "CoreWeave described its Texas plans. It plans to interconnect the racks with"
            " InfiniBand.",
            [("coreweave", ON_PREM, "infiniband", "planned")],
        ),
        (
            "Nscale filed its plan with the ministry. The operator intends to link all the"
            " servers over Ultra Ethernet.",
            [("nscale", ON_PREM, "ultra-ethernet", "planned")],
        ),
    ],
)
def test_a_network_as_the_fabric_of_own_machines(text: str, expected: list[Row]) -> None:
    assert adoptions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the network's maker describing its own product
        "Nvidia updated its roadmap. Its switches use Spectrum-X silicon.",
        # a network compared, not used
        "Nebius wrote up its build. Our fleet runs on Ethernet rather than InfiniBand.",
        # a company named after the verb: whose machines are linked is not told
        "Dell met analysts. It will interconnect the racks for CoreWeave with InfiniBand.",
    ],
)
def test_a_network_fabric_traps(text: str) -> None:
    assert [r for r in adoptions(text) if r[2] in ("infiniband", "spectrum-x")] == []


# -- a past time between a verb of agreeing and its act dates the agreeing -------------------


def dated(text: str) -> list[Row]:
    """(subject, predicate, object, modality, valid) of the deals and adoptions."""
    return [
        (r[0], r[1], r[3], r[5], r[6])
        for r in sorted_rows(text, "en", APRIL)
        if r[1] in ("adopts", "supply_deal")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OpenAI, which agreed in February to rent GB200 capacity from CoreWeave, is"
            " expanding again.",
            [
                ("openai", "adopts", "gb200", "actual", TODAY),
                ("openai", "supply_deal", "coreweave", "actual", TODAY),
            ],
        ),
        (
            "Microsoft signed up in March to lease GB300 capacity from Nebius.",
            [
                ("microsoft", "adopts", "gb300", "actual", TODAY),
                ("microsoft", "supply_deal", "nebius", "actual", TODAY),
            ],
        ),
        (
            "Meta, which contracted in February to take MI450 chips from AMD, said the racks"
            " are live.",
            [("meta", "supply_deal", "amd", "actual", TODAY)],
        ),
        (
            "Anthropic committed in January to rent TPUs in Google Cloud.",
            [("anthropic", "adopts", "google-tpu", "actual", TODAY)],
        ),
    ],
)
def test_a_past_time_after_agreeing_dates_the_agreement(text: str, expected: list[Row]) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        # the time of the act to come, not of the agreeing
        (
            "OpenAI agreed to rent GB200 capacity from CoreWeave starting in June.",
            ("open", "2026-06-01", None),
        ),
        (
            "Meta said in February that it would rent TPUs in Google Cloud from 2027.",
            ("open", "2027-01-01", None),
        ),
    ],
)
def test_a_time_of_the_act_to_come_stays(text: str, valid: tuple[Any, ...]) -> None:
    rows = dated(text)
    assert rows
    assert all((r[4][0], r[4][1]) == valid[:2] for r in rows)


# -- a company's own chip running its own work ----------------------------------------------


def own_uses(text: str, chip: str) -> list[Row]:
    return [r for r in adoptions(text) if r[2] == chip]


@pytest.mark.parametrize(
    ("text", "chip", "expected"),
    [
        (
            "Google described its TPU roadmap. Ironwood trained Gemini 3, and it serves users"
            " of Google's apps today.",
            "ironwood",
            [("google", ON_PREM, "ironwood", "actual")],
        ),
        (
            "Meta's capex note says its servers pair Nvidia GPUs with our own MTIA chips, which"
            " Meta uses for ranking.",
            "mtia",
            [("meta", ON_PREM, "mtia", "actual")],
        ),
        (
            "Amazon buys GPUs from Nvidia as well as its own Trainium2 chips, which it deploys"
            " in its data centers for Alexa.",
            "trainium2",
            [("aws", ON_PREM, "trainium2", "actual")],
        ),
        (
            "Microsoft spends heavily on AMD parts alongside its in-house Maia 100"
            " accelerators, which it runs across its Azure regions.",
            "maia-100",
            [("microsoft", ON_PREM, "maia-100", "actual")],
        ),
    ],
)
def test_own_chip_running_own_work(text: str, chip: str, expected: list[Row]) -> None:
    assert own_uses(text, chip) == expected


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        # what the chip is built for, a list of purposes with commas
        (
            "Google unveiled Ironwood. Ironwood is our seventh-generation TPU, built for"
            " training, fine-tuning and serving workloads.",
            "google-tpu",
        ),
        (
            "Google unveiled Ironwood. Ironwood is our seventh-generation TPU, built for"
            " training, fine-tuning and serving workloads.",
            "ironwood",
        ),
        # another company's use of the chip
        (
            "Anthropic is a big AWS customer. Trainium2 trained Claude models for Anthropic.",
            "trainium2",
        ),
    ],
)
def test_own_chip_traps(text: str, chip: str) -> None:
    assert [r for r in own_uses(text, chip) if r[0] in ("google", "aws")] == []
