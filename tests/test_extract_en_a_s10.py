"""English misses, first engineer (session 10): gold claims no extracted claim matched
even leniently, grouped by cause; each cause is said several ways here, with traps. Every
sentence is written for these tests.

- A share of a maker's output taken or secured (GUIDE: secured, booked, reserved, takes or
  is allotted): told by a pronoun ("it has booked"), by a list read past an aside
  ("Broadcom, on behalf of …, and AMD have secured allocations"), by followers ("with AMD
  and AWS following behind", "as is AMD"), or as capacity secured at a maker with no
  fraction ("has secured extra CoWoS capacity at TSMC"). The period of the output ("of
  next year's capacity", "output for 2026") does not date the deal, and a counting hedge
  ("by our count it has booked") keeps a done deal `actual`.
- A contract for compute capacity with no product named ("a GPU capacity contract with
  CoreWeave", "xAI's compute agreement with Oracle", "agreed to provide Mistral AI with GPU
  capacity", "is building data centers for OpenAI") is a deal with no product qualifier, the
  seller being the party that is more of a cloud; two clouds of one rank, a denial, a named
  cluster built for a lab or a named product leave it to other rules or to nothing.
- A deal that names only its buyer ("Shipments of HBM4 to Nvidia began in the second
  quarter, the finance chief said") is sold by the company the text is about, when that
  company sells the product; a lead that does not sell it names no seller.
- A rack whose counted chips an active verb joins by a named interconnect ("connects 72
  Blackwell GPUs through fifth-generation NVLink", "ties 72 Rubin GPUs together over
  NVLink", "share a single NVLink domain") integrates it, as firmly as it holds the count;
  racks joined to each other ("customers connect racks with InfiniBand") are no integration.
- A product told as running, live, in service or available in a company's data centers,
  regions or cloud ("Maia 200 … is already running in a Microsoft data center", "is now
  generally available in every major Google Cloud region"), or a company that operates it or
  has it in production in its own data centers, is that company's adoption, on-prem (GUIDE:
  one's own chip in one's own data centers; a cloud running a chip in its own cloud).
- Sums in pounds ("500 million pounds") are GBP; a second statement whose subject is a
  company's description (", and the start-up is weighing a further raise") is a clause of
  its own, whose cue does not govern the first.
- A count of chips going into plural racks ("deploying 50,000 MI450 GPUs in AMD's Helios
  racks") is a fleet's, never one rack's: the company deploys them.
- A company's work "on a cluster of N <chips>" ("trained its model on a cluster of just
  2,048 H800s", "rationing time on a cluster of 16,000 A100s") counts the chips it runs.
- "The sites in Texas, New Mexico and Ohio", "its campus in Abilene, Texas" with no site
  named are the sites of the cluster just talked about (the last three sentences).
- "The start-up", "the Hangzhou start-up", "the Paris-based start-up" refer back to the
  start-ups of vocabulary 10 too (DeepSeek, Mistral, Nscale, Crusoe …), not only to the
  three labs vocabulary 9 knew.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED, tier)


def deals(text: str) -> list[Row]:
    """(customer, qualifiers, supplier, modality, valid) of each supply deal of a snippet."""
    return [(r[0], r[2], r[3], r[5], r[6]) for r in claims(text) if r[1] == "supply_deal"]


COWOS = (("product", "cowos"),)


# -- a share of a maker's output taken --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMD is the big winner: on our tally it has reserved roughly a third of "
            "TSMC's CoWoS output for 2027.",
            [("amd", COWOS, "tsmc", "actual", TODAY)],
        ),
        (
            "Nvidia has locked up more than half of next year's CoWoS capacity, with "
            "Broadcom and Marvell trailing.",
            [
                ("broadcom", COWOS, "tsmc", "actual", TODAY),
                ("marvell", COWOS, "tsmc", "actual", TODAY),
                ("nvidia", COWOS, "tsmc", "actual", TODAY),
            ],
        ),
        (
            "Marvell, whose custom parts end up in Amazon data centers, is being allocated a "
            "bigger slice of CoWoS-L output this year, as is Broadcom.",
            [
                ("broadcom", COWOS, "tsmc", "actual", TODAY),
                ("marvell", COWOS, "tsmc", "actual", TODAY),
            ],
        ),
        (
            "TSMC keeps adding CoWoS lines. Marvell, acting for Amazon's Trainium team, and "
            "Broadcom have both secured allocations, though far smaller ones.",
            [
                ("broadcom", COWOS, "tsmc", "actual", TODAY),
                ("marvell", COWOS, "tsmc", "actual", TODAY),
            ],
        ),
        (
            "Meta has booked extra CoWoS capacity at TSMC for 2027 and does not expect "
            "packaging to limit its MTIA ramp.",
            [("meta", COWOS, "tsmc", "actual", TODAY)],
        ),
        (
            "xAI has secured wafer capacity at TSMC for a custom inference chip, two "
            "people in the supply chain said.",
            [("xai", (), "tsmc", "actual", TODAY)],
        ),
        (
            "By our checks Broadcom has booked about a quarter of TSMC's CoWoS supply.",
            [("broadcom", COWOS, "tsmc", "actual", TODAY)],
        ),
    ],
)
def test_a_share_of_a_makers_output_taken_is_a_deal_today(text: str, expected: list[Row]) -> None:
    assert expected == deals(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analyst's allocation estimate of a share not yet taken: a forecast deal dated
        # by that period (GUIDE settled case, session 12), not a deal made today
        (
            "By our count Nvidia should take close to two thirds of TSMC's CoWoS output in 2027.",
            [("nvidia", COWOS, "tsmc", "forecast", ("point", "2027-01-01", "2027-12-31"))],
        ),
        # capacity a company secures for itself (power, land) buys nothing from anyone
        ("TSMC has secured additional power capacity for its Chiayi packaging site.", []),
        # "with" and a list not followed by a verb of following: partners, not takers
        (
            "Nvidia has reserved most of TSMC's CoWoS output, with Foxconn and Quanta "
            "assembling the racks.",
            [("nvidia", COWOS, "tsmc", "actual", TODAY)],
        ),
        # secured from nobody named, with no output in view: no deal
        ("Crusoe has secured capacity for the expansion, its chief executive said.", []),
    ],
)
def test_shares_not_taken_by_the_companies_named_are_no_deals_of_theirs(
    text: str, expected: list[Row]
) -> None:
    assert expected == deals(text)


# -- a contract for compute capacity with no product named ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meta has signed a GPU capacity contract with CoreWeave worth $14 billion.",
            [("meta", (), "coreweave", "actual", TODAY)],
        ),
        (
            "xAI's compute agreement with Oracle runs for five years.",
            [("xai", (), "oracle", "actual", TODAY)],
        ),
        (
            "Together AI agreed to provide Mistral AI with GPU capacity from its Texas site.",
            [("mistral", (), "together-ai", "actual", TODAY)],
        ),
        (
            "Crusoe is building new data centers for OpenAI in Wyoming.",
            [("openai", (), "crusoe", "actual", TODAY)],
        ),
        (
            "Crusoe plans to build data centers for OpenAI in Wyoming.",
            [("openai", (), "crusoe", "planned", TODAY)],
        ),
        (
            "Google, which has signed similar cloud computing contracts with Meta, Apple and "
            "xAI this year, declined to comment.",
            [
                ("apple", (), "google", "actual", TODAY),
                ("meta", (), "google", "actual", TODAY),
                ("xai", (), "google", "actual", TODAY),
            ],
        ),
        # the seller is the company the text is about; a denial after the parties is not
        # the deal's
        (
            "Oracle held its quarterly call on Tuesday. Its co-chief executive said the order "
            'book now held a multiyear compute contract with Meta as well as xAI and "a few we '
            "can't name yet.\"",
            [("meta", (), "oracle", "actual", TODAY), ("xai", (), "oracle", "actual", TODAY)],
        ),
        (
            "Meta is in talks over a cloud computing contract with Oracle, people familiar "
            "with the matter said.",
            [("meta", (), "oracle", "considering", TODAY)],
        ),
    ],
)
def test_a_contract_for_compute_capacity_is_a_deal_with_the_cloud(
    text: str, expected: list[Row]
) -> None:
    assert expected == deals(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two GPU clouds: which one sells is not said
        (
            "Nscale, which has signed similar capacity agreements with Nebius and CoreWeave, "
            "declined to comment.",
            [],
        ),
        ("AWS signed a capacity deal with Google last year.", []),
        # denied
        ("Microsoft has signed no capacity deal with Nebius, a spokesman said.", []),
        # a product named: the product's deal, not one without it
        (
            "Meta signed a capacity deal with CoreWeave for GB300 systems.",
            [("meta", (("product", "gb300"),), "coreweave", "actual", TODAY)],
        ),
        # a named cluster built for a lab is its site, no deal
        ("Project Rainier, the cluster AWS is building for Anthropic, is in Indiana.", []),
    ],
)
def test_contracts_with_no_seller_to_tell_or_a_product_named_give_no_capacity_deal(
    text: str, expected: list[Row]
) -> None:
    assert expected == deals(text)


# -- the seller left unnamed is the company the text is about ---------------------------------


def parties(text: str) -> list[Row]:
    """(customer, qualifiers, supplier, modality) of each supply deal of a snippet."""
    return [(r[0], r[2], r[3], r[5]) for r in claims(text) if r[1] == "supply_deal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SK hynix reported record profit on Thursday. Shipments of HBM4 to Nvidia began "
            "last quarter, the finance chief said.",
            [("nvidia", (("product", "hbm4"),), "sk-hynix", "actual")],
        ),
        (
            "Micron beat forecasts on Wednesday. Deliveries of 12-high HBM3E to AMD started "
            "last quarter, executives said.",
            [("amd", (("product", "hbm3e"),), "micron", "actual")],
        ),
        # a seller named in the sentence stays the seller
        (
            "Samsung's results were weak. SK hynix's shipments of HBM4 to Nvidia began in the "
            "quarter.",
            [("nvidia", (("product", "hbm4"),), "sk-hynix", "actual")],
        ),
        # the text is about a company that sells no HBM: no seller to name
        (
            "AMD reported results on Tuesday. Shipments of HBM4 to Nvidia began in the second "
            "quarter, an executive said.",
            [],
        ),
    ],
)
def test_a_deal_naming_only_its_buyer_is_sold_by_the_maker_the_text_is_about(
    text: str, expected: list[Row]
) -> None:
    assert expected == parties(text)


# -- a rack whose counted chips a verb joins by a named interconnect ---------------------------


def integrations(text: str) -> list[Row]:
    """(subject, object, modality) of each integration of a snippet."""
    return [(r[0], r[3], r[5]) for r in claims(text) if r[1] == "integrates"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each GB300 NVL72 rack joins 72 Blackwell Ultra GPUs with fifth-generation NVLink.",
            [("gb300", "nvlink", "actual")],
        ),
        ("Every Helios rack links 72 MI450 GPUs over UALink.", [("helios", "ualink", "announced")]),
        (
            "In a GB200 NVL72 system, 72 Blackwell GPUs and 36 Grace CPUs share a single NVLink "
            "domain.",
            [("gb200", "nvlink", "actual")],
        ),
        # the racks joined to one another, not the counted chips: no integration
        (
            "Each GB200 NVL72 rack holds 72 Blackwell GPUs, and customers connect racks with "
            "InfiniBand.",
            [],
        ),
    ],
)
def test_a_rack_joining_its_counted_chips_by_an_interconnect_integrates_it(
    text: str, expected: list[Row]
) -> None:
    assert expected == integrations(text)


# -- a product running in a company's own data centers ----------------------------------------


def adoptions(text: str) -> list[Row]:
    """(subject, qualifiers, object) of each adoption of a snippet."""
    return [(r[0], r[2], r[3]) for r in claims(text) if r[1] == "adopts"]


ON_PREM = (("mode", "on-prem"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trainium3, Amazon's newest accelerator, is now live in AWS's Ohio region.",
            [("aws", ON_PREM, "trainium3")],
        ),
        (
            "Maia 200 is already in service in a Microsoft data center near Phoenix.",
            [("microsoft", ON_PREM, "maia-200")],
        ),
        (
            "Naver Cloud has RNGD cards in production in its own data centers for its search "
            "service.",
            [("naver", ON_PREM, "rngd")],
        ),
        (
            "Kakao will operate Rebel-Quad servers in its own data center in Ansan.",
            [("kakao", ON_PREM, "rebel")],
        ),
        # a lab's workloads in a cloud's data centers: the lab rents, the cloud is the way in
        (
            "Anthropic's Claude runs on Trainium2 chips in AWS data centers.",
            [("anthropic", (("mode", "cloud"), ("via", "aws")), "trainium2")],
        ),
        # available in a country, or a site operated, names no one's data centers
        ("Nvidia's GB300 is now available in Japan, the company said.", []),
        ("Oracle operates the Abilene campus for OpenAI.", []),
    ],
)
def test_a_product_running_in_a_companys_own_data_centers_is_its_adoption(
    text: str, expected: list[Row]
) -> None:
    assert expected == adoptions(text)


# -- pounds; a second statement about "the start-up" -------------------------------------------


def investments(text: str) -> list[Row]:
    """(investor, qualifiers, value, modality) of each investment of a snippet."""
    return [(r[0], r[2], r[4], r[5]) for r in claims(text) if r[1] == "investment"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SoftBank has put 2 billion pounds into Nscale, its filing shows.",
            [("softbank", (("target", "nscale"),), (2e9, 2e9, "GBP", False, "exact"), "actual")],
        ),
        (
            "AMD said it would put up to 250 million pounds into Fluidstack, and the firm is "
            "weighing a second funding round later this year.",
            [
                (
                    "amd",
                    (("target", "fluidstack"),),
                    (2.5e8, 2.5e8, "GBP", False, "at-most"),
                    "announced",
                )
            ],
        ),
        (
            "Microsoft has invested $2 billion in Mistral AI, and the company is also weighing "
            "a stake in Nscale.",
            [("microsoft", (("target", "mistral"),), (2e9, 2e9, "USD", False, "exact"), "actual")],
        ),
        # a weight in pounds is no money
        ("Each Helios rack weighs about 7,000 pounds, AMD said.", []),
    ],
)
def test_pounds_are_sterling_and_a_described_company_opens_its_own_clause(
    text: str, expected: list[Row]
) -> None:
    assert expected == investments(text)


# -- chips going into plural racks are a fleet -------------------------------------------------


def counts(text: str) -> list[Row]:
    """(subject, predicate, qualifiers, low) of each count of chips of a snippet."""
    return [
        (r[0], r[1], r[2], r[4][0])
        for r in claims(text)
        if r[1] in ("deployed_chips", "chips_per_system")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oracle has deployed 30,000 MI355X GPUs across its own racks in Texas.",
            [("oracle", "deployed_chips", (("chip", "mi355x"),), 30000.0)],
        ),
        (
            "Crusoe will install 24,000 GB300 GPUs in its new Nvidia racks in Wyoming.",
            [("crusoe", "deployed_chips", (("chip", "gb300"),), 24000.0)],
        ),
        # one rack's fill stays a rack's
        (
            "AMD says each Helios rack holds 72 MI450 GPUs.",
            [("helios", "chips_per_system", (), 72.0)],
        ),
        (
            "An Ironwood pod links 9,216 chips in a single system.",
            [("ironwood", "chips_per_system", (), 9216.0)],
        ),
    ],
)
def test_chips_going_into_plural_racks_are_a_fleet(text: str, expected: list[Row]) -> None:
    assert expected == counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mistral trained its first models on a cluster of 4,000 H100 GPUs.",
            [("mistral", "deployed_chips", (("chip", "h100"),), 4000.0)],
        ),
        (
            "xAI's researchers ran early Grok experiments on a cluster of 8,000 H100s.",
            [("xai", "deployed_chips", (("chip", "h100"),), 8000.0)],
        ),
        # a size named as a yardstick, no one's cluster
        ("A cluster of 20,000 GPUs once counted as large; today 100,000 is the bar.", []),
    ],
)
def test_work_on_a_cluster_of_counted_chips_is_the_companys_fleet(
    text: str, expected: list[Row]
) -> None:
    assert expected == counts(text)


# -- "the sites in …" are the sites of the cluster in focus -------------------------------------


def places(text: str) -> list[Row]:
    """(site, place) of each located_in of a snippet."""
    return [(r[0], r[4]) for r in claims(text) if r[1] == "located_in"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OpenAI opened Stargate to new partners. Its campuses in Texas and Wisconsin are "
            "run by Oracle.",
            [("stargate", "Texas, US"), ("stargate", "Wisconsin, US")],
        ),
        (
            "Colossus keeps growing. A year on, the site in Memphis, Tennessee, still runs on "
            "gas turbines.",
            [("colossus", "Tennessee, US")],
        ),
        (
            "Fairwater is Microsoft's largest build. Its first campus sits in Mount Pleasant, "
            "Wisconsin, beside a lake.",
            [("fairwater", "Wisconsin, US")],
        ),
        # no cluster in focus: the sites are no one's
        ("Crusoe builds data centers. Its sites in Texas and Wyoming are large.", []),
    ],
)
def test_the_sites_in_a_place_are_the_sites_of_the_cluster_in_focus(
    text: str, expected: list[Row]
) -> None:
    assert expected == places(text)


# -- "the start-up" for the start-ups of vocabulary 10 -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DeepSeek released R1 in January. The Hangzhou start-up, which says it ran the "
            "training on a cluster of 2,048 H800s, surprised the industry.",
            [("deepseek", "deployed_chips", (("chip", "h800"),), 2048.0)],
        ),
        (
            "Mistral AI opened a site near Paris. The Paris-based start-up runs 18,000 GB200 "
            "chips there.",
            [("mistral", "deployed_chips", (("chip", "gb200"),), 18000.0)],
        ),
        (
            "Nscale signed with Microsoft. The start-up will operate 23,000 GB300 GPUs in Essex.",
            [("nscale", "deployed_chips", (("chip", "gb300"),), 23000.0)],
        ),
    ],
)
def test_the_start_up_refers_back_to_the_newer_start_ups(text: str, expected: list[Row]) -> None:
    assert expected == counts(text)
