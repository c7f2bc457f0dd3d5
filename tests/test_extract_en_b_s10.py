"""Session 10, EN-B: English claims found with a wrong field (modality, time, qualifiers,
bound) and English claims that should not be there, fixed by general cause.

Every sentence here is written for this file; none is taken from the gold or an article.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def facts(text: str, predicates: tuple[str, ...], published: datetime = PUBLISHED) -> list[Any]:
    """(subject, predicate, low value or object, modality) of the claims of some predicates."""
    return [
        (r[0], r[1], r[4][0] if isinstance(r[4], tuple) else r[3], r[5])
        for r in sorted_rows(text, "en", published)
        if r[1] in predicates
    ]


SPECS = ("peak_compute", "memory_capacity", "memory_bandwidth", "chips_per_system")


# -- a specification's modality is the product's state, not the voice that states it ---------
# GUIDE (settled): a specification of a product that already ships is actual even when an
# analyst note states it; one of an unreleased product is announced. An estimate of a figure
# is no forecast, and a guess at one no "considering".

ESTIMATED_SPECS = [
    (  # an analyst's estimate of a chip on the market (MI300X shipped in 2023)
        "By our estimate, AMD's MI300X delivers about 2.6 petaflops of FP8.",
        [("mi300x", "peak_compute", 2.6e15, "actual")],
    ),
    (  # a fact box of a chip on the market, its lines marked as estimates
        "B200 AT A GLANCE\n\n- Memory: 192 GB of HBM3E (analyst estimate)\n"
        "- Memory bandwidth: 8 TB/s (analyst estimate)",
        [
            ("b200", "memory_bandwidth", 8e12, "actual"),
            ("b200", "memory_capacity", 1.92e11, "actual"),
        ],
    ),
    (  # a guess at an unreleased chip's figure is an announced figure at most
        "Trainium4 could carry somewhere around 288GB of HBM4, one supplier hinted.",
        [("trainium4", "memory_capacity", 2.88e11, "announced")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ESTIMATED_SPECS)
def test_an_estimated_specification_takes_the_products_state(
    text: str, expected: list[Any]
) -> None:
    assert expected == facts(text, SPECS)


def test_a_projected_fleet_count_stays_a_forecast() -> None:
    # trap: only a product's figures are settled by its state; a fleet count is a number
    # the analyst projects
    text = "Analysts estimate CoreWeave will run about 400,000 GB300 GPUs by the end of 2026."
    expected = [("coreweave", "deployed_chips", 400000.0, "forecast")]
    assert expected == facts(text, ("deployed_chips",))


# -- a volume to ship, or production already under way, is no launch still ahead -------------

SHIPPING_VOLUME = [
    (  # a maker's plan for how many units to ship next year: the chip is on the market
        "Rebellions told us each Rebel-Quad carries 144GB of HBM3E. "
        "The company plans to ship about 20,000 Rebel-Quad cards in 2027.",
        [("rebel", "memory_capacity", 1.44e11, "actual")],
    ),
    (  # an analyst's volume for a shipping family, in the sentence after its figure
        "The B200 carries 192GB of HBM3E. "
        "Analysts expect Nvidia to ship more than 4 million Blackwell GPUs in 2027.",
        [("b200", "memory_capacity", 1.92e11, "actual")],
    ),
    (  # production that already started, told in a relative clause after a plan
        "RNGD offers 48GB of HBM3 memory. Furiosa plans to widen the supply through the "
        "volume production of RNGD, which began last month.",
        [("rngd", "memory_capacity", 4.8e10, "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHIPPING_VOLUME)
def test_a_volume_to_ship_leaves_the_product_on_the_market(text: str, expected: list[Any]) -> None:
    assert expected == facts(text, SPECS)


def test_a_product_due_later_this_year_is_still_upcoming() -> None:
    # trap: a shipping date ahead with a "soon" word still makes its figures announced
    text = (
        "The Maia 200 carries 216GB of HBM3E. Microsoft says it will ship 10,000 Maia 200 "
        "chips later this year."
    )
    expected = [("maia-200", "memory_capacity", 2.16e11, "announced")]
    assert expected == facts(text, SPECS)


# -- a system on the market has its chips on the market ----------------------------------------

SHIPPING_SYSTEMS = [
    (  # a rack delivered and available in the chip's first month: its GPU figures are actual
        "Supermicro said its GB300 NVL72 racks are available now to customers in Europe. "
        "Every Blackwell Ultra GPU in them carries 288GB of HBM3E.",
        [("b300", "memory_capacity", 2.88e11, "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHIPPING_SYSTEMS)
def test_a_shipping_systems_chip_is_on_the_market(text: str, expected: list[Any]) -> None:
    assert expected == facts(text, SPECS, datetime(2025, 7, 15, 9, 0, tzinfo=UTC))


def test_an_unreleased_chip_alone_stays_announced() -> None:
    # trap: with no system said to ship, the chip's month in the vocabulary (after
    # publication) leaves its figure announced
    text = "Every Blackwell Ultra GPU will carry 288GB of HBM3E."
    published = datetime(2025, 7, 15, 9, 0, tzinfo=UTC)
    expected = [("b300", "memory_capacity", 2.88e11, "announced")]
    assert expected == facts(text, SPECS, published)


# -- the maker named as a product's brand is no party to a deal two others make ----------------
# "Nscale agreed to supply Microsoft with 23,000 Nvidia GB300 chips": Nscale sells and
# Microsoft buys; "Nvidia" only says whose chips they are.

BRANDED_DEALS = [
    (
        "Crusoe has agreed to deliver 12,000 Nvidia GB200 GPUs to Oracle from its Wyoming campus.",
        [("oracle", "supply_deal", "crusoe", 12000.0)],
    ),
    (
        "Under the contract, Lambda Labs will supply Anthropic with up to 30,000 Nvidia B200 "
        "chips.",
        [("anthropic", "supply_deal", "lambda", 30000.0)],
    ),
    (  # "sold" is a selling verb too
        "Supermicro sold AMD MI355X servers to Crusoe last quarter.",
        [("crusoe", "supply_deal", "supermicro", None)],
    ),
]


def deals(text: str) -> list[Any]:
    """(customer, predicate, supplier, count) of each supply deal in the snippet."""
    return [
        (r[0], r[1], r[3], r[4] and r[4][0])
        for r in sorted_rows(text, "en", PUBLISHED)
        if r[1] == "supply_deal"
    ]


@pytest.mark.parametrize(("text", "expected"), BRANDED_DEALS)
def test_a_brand_before_the_product_is_no_party_to_the_deal(text: str, expected: list[Any]) -> None:
    assert expected == deals(text)


def test_the_brand_still_sells_when_it_is_the_only_other_company() -> None:
    # trap: with one buyer and the brand alone, the maker is the seller
    text = "Oracle has agreed to buy 50,000 Nvidia GB200 GPUs."
    expected = [("oracle", "supply_deal", "nvidia", 50000.0)]
    assert expected == deals(text)


# -- words around a figure that are no bound: "built around", "spread over" -------------------

BUILT_AROUND = [
    (
        "AMD's Helios rack, built around 72 MI450 GPUs, ships in the third quarter.",
        [("helios", "chips_per_system", (72.0, 72.0, "count", False, "exact"))],
    ),
    (
        "Each Rubin NVL144 system is designed around 72 Rubin packages.",
        [("rubin", "chips_per_system", (72.0, 72.0, "count", False, "exact"))],
    ),
    (  # trap: "around" as a hedge still is one
        "Each MI450 rack holds around 72 GPUs.",
        [("mi450", "chips_per_system", (72.0, 72.0, "count", True, "exact"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_AROUND)
def test_built_around_a_figure_is_no_hedge(text: str, expected: list[Any]) -> None:
    assert expected == [
        (r[0], r[1], r[4]) for r in sorted_rows(text, "en", PUBLISHED) if r[1] in SPECS
    ]


MACHINE_COUNTS = [
    (  # a fact-box line: the chips of the system, spread over racks that are no chips
        "ATLAS POD\n\n- Accelerators: 512 Ascend 910C chips, spread over 16 compute racks and "
        "2 network racks\n- Power: about 600 kW",
        [512.0],
    ),
    (
        "The CloudMatrix 384 houses 384 Ascend 910C chips across 12 compute racks.",
        [384.0],
    ),
    (  # trap: a rate per rack is still the rack's fill
        "A Rubin Ultra rack will hold 576 GPUs per rack.",
        [576.0],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MACHINE_COUNTS)
def test_a_count_of_racks_is_no_chip_count(text: str, expected: list[Any]) -> None:
    assert expected == [
        r[4][0] for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "chips_per_system"
    ]


# -- a past time that dates an act leaves the standing state at publication --------------------
# GUIDE (settled): a past month heading the clause of a signing dates the signing, the deal
# holds at publication; an investment made is a standing total (it carries).

TODAY = ("point", "2026-03-10", "2026-03-10")

ACTS_DATED = [
    (
        "In June 2024, Microsoft invested $500 million in Mistral AI's Series B round.",
        [("microsoft", "investment", TODAY)],
    ),
    (
        "In May 2025, Nvidia bought a minority stake in Nscale for $500 million.",
        [("nvidia", "investment", TODAY)],
    ),
    (  # a past time set apart from the figure by "now": the figure is today's
        "With the last tranche paid in at the end of November, Amazon's investment in "
        "Anthropic now stands at $8 billion.",
        [("amazon", "investment", TODAY)],
    ),
    (
        "In January, after a second tranche, Google's stake in Anthropic now totals $3 billion.",
        [("google", "investment", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACTS_DATED)
def test_a_past_act_dates_itself_not_the_standing_total(text: str, expected: list[Any]) -> None:
    assert expected == [
        (r[0], r[1], r[6]) for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "investment"
    ]


def test_a_past_time_of_the_fact_itself_still_dates_it() -> None:
    # trap: a count told as it stood at a past date keeps that date
    text = "At the end of 2024, CoreWeave ran 250,000 GPUs across its data centers."
    expected = [("coreweave", "deployed_chips", ("point", "2024-12-31", "2024-12-31"))]
    assert expected == [
        (r[0], r[1], r[6]) for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "deployed_chips"
    ]


# -- a site named only to be denied, or a name that is only the site's namesake ---------------

NOT_THE_SITE = [
    "Lambda Labs has a campus in Kansas City, Missouri, but it is not a Stargate site.",
    "Crusoe runs a campus in Wyoming, but it isn't part of Stargate.",
    # the cherry is no cluster: bare "Rainier" counts only near AWS's world
    "At the market in Seattle we bought a bag of Rainier cherries grown in Washington.",
    "The Rainier cherry was bred at Washington State University in 1952.",
]


@pytest.mark.parametrize("text", NOT_THE_SITE)
def test_a_denied_or_namesake_site_has_no_place(text: str) -> None:
    expected: list[Any] = []
    assert expected == [r for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "located_in"]


SITES_STILL_PLACED = [
    (  # trap: "not the only" site still places it
        "The Abilene campus in Texas is not the only Stargate site.",
        [("stargate", "Texas, US")],
    ),
    (  # trap: bare "Rainier" beside Trainium chips is the cluster
        "Rainier, in Indiana, now holds nearly 500,000 Trainium2 chips.",
        [("project-rainier", "Indiana, US")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITES_STILL_PLACED)
def test_a_site_said_with_its_place_keeps_it(text: str, expected: list[Any]) -> None:
    assert expected == [
        (r[0], r[4]) for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "located_in"
    ]


# -- an analyst house's own future figure, stated with no cue, is its projection --------------


def capacities(text: str, tier: str) -> list[Any]:
    """(subject, low, modality) of each capacity claim in a snippet of the given tier."""
    return [
        (r[0], r[4][0], r[5])
        for r in sorted_rows(text, "en", PUBLISHED, tier)
        if r[1] == "capacity"
    ]


ANALYST_FIGURES = [
    "Samsung's HBM capacity should land near 170,000 wafers a month exiting 2026.",
    "HBM OUTLOOK\n\n- SK hynix HBM capacity, end of 2027: 250,000 wafers/month (prior: 220,000)",
]


@pytest.mark.parametrize("text", ANALYST_FIGURES)
def test_an_analyst_notes_future_figure_is_a_forecast(text: str) -> None:
    expected = [("forecast",)]
    assert expected == [(c[2],) for c in capacities(text, "analyst")]


def test_a_companys_stated_plan_in_an_analyst_note_stays_planned() -> None:
    # trap: a plan word in the note is the company's own plan
    text = "SK hynix plans to lift HBM capacity to 250,000 wafers a month by the end of 2027."
    expected = [("sk-hynix", 250000.0, "planned")]
    assert expected == capacities(text, "analyst")


def test_the_same_future_figure_in_the_press_stays_planned() -> None:
    # trap: only the analyst house's own note makes its figure a projection
    text = "Samsung's HBM capacity should land near 170,000 wafers a month exiting 2026."
    expected = [("samsung", 170000.0, "planned")]
    assert expected == capacities(text, "press")


# -- a partitive count with an age word, and an order placed for a later delivery -------------

ORDERS = [
    (  # "of the older <chip>": the count is of that chip
        "Alibaba has ordered more than 50,000 of the older Ascend 910B chips for delivery "
        "this year.",
        [("alibaba", "huawei", (50000.0, "at-least"), TODAY)],
    ),
    (
        "Tencent has bought about 20,000 of the newer H20 chips from Nvidia for delivery in "
        "the second half.",
        [("tencent", "nvidia", (20000.0, "exact"), TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS)
def test_an_order_for_later_delivery_counts_its_chips_and_stands_today(
    text: str, expected: list[Any]
) -> None:
    assert expected == [
        (r[0], r[3], r[4] and (r[4][0], r[4][4]), r[6])
        for r in sorted_rows(text, "en", PUBLISHED)
        if r[1] == "supply_deal"
    ]


def test_a_supply_to_come_keeps_its_delivery_time() -> None:
    # trap: a deal still ahead is dated by when it delivers
    text = "Samsung will begin supplying HBM4 to Nvidia in the fourth quarter."
    expected = [("nvidia", "samsung", ("open", "2026-10-01", "None"))]
    assert expected == [
        (r[0], r[3], r[6]) for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "supply_deal"
    ]


# -- a use in the adopter's own house: facilities named back, capacity it brings online -------

OWN_HOUSE = [
    (
        "Kakao operates AMD MI300X accelerators across its own data centers, and plans to add "
        "Rebel-Quad boards to those facilities in 2027.",
        ("rebel", {"mode": "on-prem"}),
    ),
    (
        "Nebius expects most of the capacity it brings online in 2027 to run on Nvidia Vera "
        "Rubin systems.",
        ("rubin", {"mode": "on-prem"}),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_HOUSE)
def test_a_use_in_the_adopters_own_house_is_on_prem(text: str, expected: Any) -> None:
    product, qualifiers = expected
    found = [
        r[2] for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "adopts" and r[3] == product
    ]
    assert [tuple(sorted(qualifiers.items()))] == found


def test_capacity_rented_from_another_cloud_stays_a_cloud_use() -> None:
    # trap: capacity had from another provider is no use in one's own house
    text = "Mistral AI will rent Nvidia GB300 capacity that Nebius brings online in 2027."
    modes = [dict(r[2]).get("mode") for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "adopts"]
    assert "on-prem" not in modes


# -- a second statement about the same site keeps its cue to itself ---------------------------
# ", and Oracle expects the site to hold more than 400,000": "the site" names the first
# statement's site again, which makes the expectation no part of the present count.

SITE_NAMED_AGAIN = [
    "Roughly 150,000 H100 GPUs are already running at Colossus, and xAI expects the cluster "
    "to hold 300,000 by the end of the year.",
    "Some 60,000 GB300 GPUs are installed at Fairwater, and Microsoft expects the site to "
    "reach 200,000 by the end of the year.",
    # trap: "it" still reads the second statement as one with the first's subject
    "Project Rainier runs about 500,000 Trainium2 chips today, and AWS expects it to pass "
    "one million by the end of the year.",
]


@pytest.mark.parametrize("text", SITE_NAMED_AGAIN)
def test_an_expectation_about_the_site_does_not_govern_its_present_count(text: str) -> None:
    modalities = [r[5] for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "deployed_chips"]
    expected = ["actual", "planned"]
    assert expected == modalities


# -- a company's own release naming itself with a bare future ----------------------------------
# GUIDE (settled): a company's own word about a future action with no plan word and no date
# to reach is announced; "Nscale will deploy …" in Nscale's release is its "we will".

RELEASE = (
    "Crusoe expands in Wyoming\n\nSAN FRANCISCO, March 10, 2026 — Crusoe today announced a "
    "second campus in Wyoming. {} Crusoe is the AI factory company."
)

OWN_NAME_FUTURES = [
    ("At the site, Crusoe will deploy about 50,000 GB300 GPUs.", "announced"),
    ("In Wyoming, Crusoe will install roughly 30,000 Nvidia GB200 GPUs.", "announced"),
    # traps: a plan word, or a date to reach, keeps the company's plan
    ("At the site, Crusoe plans to deploy about 50,000 GB300 GPUs.", "planned"),
    ("At the site, Crusoe will deploy about 50,000 GB300 GPUs by the end of 2027.", "planned"),
]


@pytest.mark.parametrize(("line", "expected"), OWN_NAME_FUTURES)
def test_a_release_naming_its_company_with_a_bare_future_announces(
    line: str, expected: str
) -> None:
    text = RELEASE.format(line)
    modalities = [
        r[5] for r in sorted_rows(text, "en", PUBLISHED, "company") if r[1] == "deployed_chips"
    ]
    assert [expected] == modalities


# -- an announcement of a deal already signed, with the day of the telling first ------------

DONE_ANNOUNCED = [
    (
        "Oracle announced on Monday that it has signed an agreement with AMD for 50,000 "
        "MI450 GPUs.",
        "actual",
    ),
    (
        "Kakao announced last week that it has struck a deal with FuriosaAI for 2,000 RNGD cards.",
        "actual",
    ),
    # trap: an announced future act stays announced
    ("Oracle announced on Monday that it will buy 50,000 MI450 GPUs from AMD.", "announced"),
]


@pytest.mark.parametrize(("text", "expected"), DONE_ANNOUNCED)
def test_an_announced_signing_is_a_deal_in_place(text: str, expected: str) -> None:
    modalities = [r[5] for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "supply_deal"]
    assert [expected] == modalities


# -- a backer's relative clause puts its money into the sentence's subject --------------------

BACKER_RELATIVES = [
    (
        "Anthropic, backed by Amazon, which has put $8 billion into the start-up, is raising "
        "again.",
        [("amazon", "anthropic", 8e9)],
    ),
    (
        "Mistral AI, backed by Nvidia, which has invested $1 billion in the company, plans a "
        "new data center.",
        [("nvidia", "mistral", 1e9)],
    ),
    (  # trap: a relative clause naming its own target keeps it
        "Amazon, which has put $8 billion into Anthropic, weighs a stake in OpenAI.",
        [("amazon", "anthropic", 8e9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACKER_RELATIVES)
def test_a_backers_relative_clause_invests_in_the_subject(text: str, expected: list[Any]) -> None:
    assert expected == [
        (r[0], dict(r[2])["target"], r[4][0])
        for r in sorted_rows(text, "en", PUBLISHED)
        if r[1] == "investment"
    ]
