"""Session 19: English phrasings the blind batches folded into dev (en-z, en-aa) showed the
rules did not read, fixed by general rules (one section per cause).

Every sentence here is written for these tests (none is copied from the gold or from an
article); the traps must stay silent or give the other claim they name.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")
FROM_Q3 = ("open", "2026-07-01", "None")
FROM_2027 = ("open", "2027-01-01", "None")


def rows(text: str, predicate: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(subject, qualifiers, object, value, modality, valid) of every claim of a predicate."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED, tier)
        if r[1] == predicate
    ]


def usd(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (float(n), float(n), "USD", approx, bound)


# -- a newsletter of headlines ---------------------------------------------------------------
# A line with no final period is a title elsewhere, and was dropped; in a digest whose
# paragraphs are mostly such lines ("headlines only"), each is an item of news the analyst
# records (the gold of both folded headline digests does).

DIGEST = """Compute Wire: overnight headlines

Nothing but headlines today, in the order they came in.

{lines}

Back tomorrow with the full stories."""

OTHER_HEADLINES = [
    "Regulators open a review of a chip export rule",
    "A rival cloud cuts prices on older accelerators again",
    "Memory prices climb for the third straight month",
]


def digest(*lines: str) -> str:
    return DIGEST.format(lines="\n\n".join([*lines, *OTHER_HEADLINES]))


HEADLINES = [
    (
        "Kakao buys 3,000 GB300 GPUs from Nvidia for its Pangyo hall",
        "supply_deal",
        [
            (
                "kakao",
                (("product", "gb300"),),
                "nvidia",
                (3000.0, 3000.0, "count", False, "exact"),
                "actual",
                TODAY,
            )
        ],
    ),
    (
        "Micron to supply HBM4 to AMD from the third quarter",
        "supply_deal",
        [("amd", (("product", "hbm4"),), "micron", None, "announced", FROM_Q3)],
    ),
    (
        "Nebius now runs more than 60,000 GPUs across its sites",
        "deployed_chips",
        [("nebius", (), None, (60000.0, 60000.0, "count", False, "at-least"), "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("headline", "predicate", "expected"), HEADLINES)
def test_each_line_of_a_headline_digest_is_a_statement(
    headline: str, predicate: str, expected: list[Any]
) -> None:
    assert rows(digest(headline), predicate) == expected


HEADLINE_TRAPS = [
    # an article's own title and section headers stay titles: most paragraphs are prose
    """Kakao buys 3,000 GB300 GPUs from Nvidia for its Pangyo hall

The deal was reported by local press.

What the deal means for Naver

Analysts said the order was small. Kakao declined to comment.

Where the chips go next

The hall opens next year. It will be cooled by river water.""",
    # a digest of fewer than four headlines is no digest
    """Briefly

Kakao buys 3,000 GB300 GPUs from Nvidia for its Pangyo hall

Memory prices climb for the third straight month

That is all for today.""",
]


@pytest.mark.parametrize("text", HEADLINE_TRAPS)
def test_titles_and_headers_of_an_article_stay_headlines(text: str) -> None:
    assert rows(text, "supply_deal") == []


# -- two investors with two amounts, in order -------------------------------------------------
# "A and B agree to invest up to $X and up to $Y in T": each its own amount, as with
# "respectively" (a sum is told as one amount); both were given to the last investor.

PAIRED_AMOUNTS = [
    (
        "Amazon and Google agreed to invest up to $4 billion and up to $2 billion in Anthropic.",
        [
            ("amazon", (("target", "anthropic"),), None, usd(4e9, "at-most"), "announced", TODAY),
            ("google", (("target", "anthropic"),), None, usd(2e9, "at-most"), "announced", TODAY),
        ],
    ),
    (
        "SoftBank and Microsoft have put about $30 billion and about $13 billion into OpenAI.",
        [
            ("microsoft", (("target", "openai"),), None, usd(13e9, approx=True), "actual", TODAY),
            ("softbank", (("target", "openai"),), None, usd(30e9, approx=True), "actual", TODAY),
        ],
    ),
    (
        "Nvidia and Microsoft invested $2 billion and $1 billion in Mistral AI last year.",
        [
            ("microsoft", (("target", "mistral"),), None, usd(1e9), "actual", TODAY),
            ("nvidia", (("target", "mistral"),), None, usd(2e9), "actual", TODAY),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_AMOUNTS)
def test_two_investors_with_two_amounts_each_invest_their_own(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "investment") == expected


def test_an_amount_added_later_is_no_pair() -> None:
    # "another $2 billion" is a step, no second investor's amount: not given to Amazon
    text = (
        "Amazon and Google agreed to invest $4 billion and later another $2 billion in Anthropic."
    )
    assert ("amazon", (("target", "anthropic"),)) not in [r[:2] for r in rows(text, "investment")]


# -- a deal signed, with the start of its use or deliveries ----------------------------------
# GUIDE (session 16): a contract told as made is an `actual` supply deal at publication; the
# use under it that starts later is `announced`, open from that period; the start of the
# supplies told in a clause of its own is a second, `announced` supply deal. The start's
# time made the deal (and the use) a plan for that period.

SIGNED_STARTS = [
    (
        "Kakao has signed a contract to rent H200s from CoreWeave from the third quarter.",
        [
            (
                "kakao",
                "adopts",
                (("mode", "cloud"), ("via", "coreweave")),
                "h200",
                "announced",
                FROM_Q3,
            ),
            ("kakao", "supply_deal", (("product", "h200"),), "coreweave", "actual", TODAY),
        ],
    ),
    (
        "Apple signed a multiyear agreement to rent Google Cloud TPUs, with use starting in 2027.",
        [
            (
                "apple",
                "adopts",
                (("mode", "cloud"), ("via", "google")),
                "google-tpu",
                "announced",
                FROM_2027,
            ),
            ("apple", "supply_deal", (("product", "google-tpu"),), "google", "actual", TODAY),
        ],
    ),
    (
        "Naver inked a deal with Nvidia for GB300 racks, with deliveries beginning in the third "
        "quarter.",
        [
            ("naver", "supply_deal", (("product", "gb300"),), "nvidia", "actual", TODAY),
            ("naver", "supply_deal", (("product", "gb300"),), "nvidia", "announced", FROM_Q3),
        ],
    ),
]


def relations(text: str) -> list[tuple[Any, ...]]:
    return sorted(
        (r[0], r[1], r[2], r[3], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED)
        if r[1] in ("supply_deal", "adopts")
    )


@pytest.mark.parametrize(("text", "expected"), SIGNED_STARTS)
def test_a_signed_deal_is_made_and_its_use_starts_later(text: str, expected: list[Any]) -> None:
    assert relations(text) == sorted(expected)


SIGNED_START_TRAPS = [
    # not signed yet: the plan stays a plan
    (
        "Kakao plans to sign a contract to rent H200s from CoreWeave from the third quarter.",
        {"planned"},
    ),
    # a plan word after the signing governs the start
    (
        "Kakao signed a contract to rent H200s from CoreWeave and plans to start in the third "
        "quarter.",
        {"planned"},
    ),
    # a denial: nothing
    ("Kakao has not signed a contract to rent H200s from CoreWeave from the third quarter.", set()),
]


@pytest.mark.parametrize(("text", "modalities"), SIGNED_START_TRAPS)
def test_an_unsigned_or_planned_start_is_no_deal_made(text: str, modalities: set[str]) -> None:
    assert {r[4] for r in relations(text)} == modalities


# -- a packaging house or foundry packaging or building a chip --------------------------------
# GUIDE: a foundry or packaging house making a company's chip is a supply deal, customer the
# chip's designer. "Packages" was no verb of making, Amkor (a packaging house) no maker,
# "built by both TSMC and Samsung" named only the first, a company's chip with a name of its
# own ("Tesla's AI5 chip") no chip; "the supply chain" was read as a supply, so "TSMC
# packages every Blackwell GPU … supply chain" made TSMC Nvidia's customer. A making told
# with a bare "will" is a relation in a bare future, `announced` (GUIDE, session 16; the
# dev gold's foundry sentences with "will", 7 of 7), planned only with a plan word.

PACKAGED = [
    (
        "Amkor will package Nvidia's Blackwell GPUs at its new plant in Arizona.",
        [("nvidia", (("product", "blackwell"),), "amkor", None, "announced", TODAY)],
    ),
    (
        "TSMC packages every Rubin GPU with CoWoS-L, the tightest step in the supply chain.",
        [("nvidia", (("product", "rubin"),), "tsmc", None, "actual", TODAY)],
    ),
    (
        "Microsoft's Cobalt 200 chip will be made by Samsung, Nadella said.",
        [("microsoft", (), "samsung", None, "announced", TODAY)],
    ),
    (
        "Amkor plans to package Nvidia's Rubin GPUs in Arizona.",
        [("nvidia", (("product", "rubin"),), "amkor", None, "planned", TODAY)],
    ),
    (
        "The MI450 is packaged by Amkor in Korea.",
        [("amd", (("product", "mi450"),), "amkor", None, "actual", TODAY)],
    ),
    (
        "Each Trainium3 is built by both TSMC and Samsung.",
        [
            ("aws", (("product", "trainium3"),), "samsung", None, "actual", TODAY),
            ("aws", (("product", "trainium3"),), "tsmc", None, "actual", TODAY),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PACKAGED)
def test_a_chip_packaged_or_built_by_a_maker_is_a_deal_with_its_designer(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "supply_deal") == expected


PACKAGED_TRAPS = [
    # the industry's chain: no supply to anyone
    "Nvidia's Blackwell GPUs sit at the top of the AI supply chain.",
    # packaging with no maker named
    "Every Blackwell GPU is packaged with CoWoS-L.",
    # a packaging house's own news with no chip made for anyone
    "Amkor packages chips for the whole industry at its plant in Arizona.",
]


@pytest.mark.parametrize("text", PACKAGED_TRAPS)
def test_the_supply_chain_or_packaging_without_a_maker_makes_no_deal(text: str) -> None:
    assert rows(text, "supply_deal") == []


# -- a share of a maker's output taken, in the words of channel checks -----------------------
# GUIDE: a company's share of a maker's output that it has secured, booked, is allotted or
# takes, or its role as the maker's customer, is an `actual` supply_deal (product the process);
# a writer's hedge keeps the fact; a supplier's expected share of a customer's needs is a
# `forecast`. Not read: two hedge words between the company and its verb, "is allotted" /
# "books … volume" with no fraction, a role told of a sentence-opening "it", a relation told
# "on our checks" (read as the house's estimate), and the companies that "split the rest".

CTS = (("product", "cowos"),)
CTS_PROCESS = (("process", "cowos"),)
HBM4 = (("product", "hbm4"),)
YEAR_2026 = ("point", "2026-01-01", "2026-12-31")

SHARES_TAKEN = [
    (
        "Nvidia is nonetheless still widely understood to have booked most of TSMC's CoWoS "
        "capacity.",
        [("nvidia", CTS, "tsmc", None, "actual", TODAY)],
    ),
    (
        "Marvell is allotted CoWoS capacity for its custom chips.",
        [("marvell", CTS, "tsmc", None, "actual", TODAY)],
    ),
    (
        "Broadcom also books CoWoS volume at TSMC for its XPUs.",
        [("broadcom", CTS, "tsmc", None, "actual", TODAY)],
    ),
    (
        "Nvidia gained share last year. It is still TSMC's biggest CoWoS customer.",
        [("nvidia", CTS, "tsmc", None, "actual", TODAY)],
    ),
    (
        "Broadcom is the second-largest CoWoS customer on our channel checks.",
        [("broadcom", CTS, "tsmc", None, "actual", TODAY)],
    ),
    (
        "Nvidia has booked about half of TSMC's CoWoS output; Broadcom and Marvell share what is "
        "left.",
        [
            ("broadcom", CTS, "tsmc", None, "actual", TODAY),
            ("marvell", CTS, "tsmc", None, "actual", TODAY),
            ("nvidia", CTS, "tsmc", None, "actual", TODAY),
        ],
    ),
    (
        "We think SK hynix will supply about two-thirds of Nvidia's HBM4 in 2026, with Samsung "
        "and Micron sharing what is left.",
        [
            ("nvidia", HBM4, "micron", None, "forecast", YEAR_2026),
            ("nvidia", HBM4, "samsung", None, "forecast", YEAR_2026),
            ("nvidia", HBM4, "sk-hynix", None, "forecast", YEAR_2026),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_TAKEN)
def test_a_share_of_output_taken_or_split_is_a_deal_with_the_maker(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "supply_deal") == expected


def test_a_company_in_an_aside_does_not_split_the_rest() -> None:
    text = (
        "Nvidia has booked half of TSMC's CoWoS output, with Broadcom, which designs Google's "
        "TPUs, and Marvell splitting the rest."
    )
    assert ("google", CTS) not in [r[:2] for r in rows(text, "supply_deal")]


SHARE_TRAPS = [
    # no one "it" stands for
    "It is still the largest CoWoS customer.",
    # something else allotted
    "Marvell is allotted more office space in Santa Clara.",
    # a split with no share told before it
    "Analysts expect Samsung and Micron to split the rest of the market.",
]


@pytest.mark.parametrize("text", SHARE_TRAPS)
def test_no_share_of_a_named_output_is_no_deal(text: str) -> None:
    assert rows(text, "supply_deal") == []


# -- a year's exit in a channel check, and the old values it replaces ------------------------
# GUIDE: "exiting 2026E" is the year's last day; a superseded estimate ("up from 32k in our
# last note") is no claim. "2026E exit capacity" (the year before "exit") read as the whole
# year, "exiting the year" after "For 2027E" as the publication's year, and only the first
# of "up from 100k and 130k in our February note" was dropped.


def wpm(n: float, approx: bool = False) -> tuple[Any, ...]:
    return (float(n), float(n), "wafer/month", approx, "exact")


def end_of(year: int) -> tuple[str, str, str]:
    return ("point", f"{year}-12-31", f"{year}-12-31")


EXIT_YEARS = [
    (
        "We see 2027E exit capacity for TSMC's CoWoS at 160k wpm.",
        [("tsmc", CTS_PROCESS, None, wpm(160000), "forecast", end_of(2027))],
    ),
    (
        "TSMC's 2025A exit capacity for CoWoS was about 75k wafers a month.",
        [("tsmc", CTS_PROCESS, None, wpm(75000, approx=True), "actual", end_of(2025))],
    ),
    (
        "For 2028E we pencil in 180k wpm of CoWoS capacity at TSMC exiting the year.",
        [("tsmc", CTS_PROCESS, None, wpm(180000), "forecast", end_of(2028))],
    ),
    (
        "In 2027 TSMC will lift CoWoS capacity to 150k wpm by the end of the year.",
        [
            (
                "tsmc",
                CTS_PROCESS,
                None,
                wpm(150000),
                "planned",
                ("deadline", "2026-03-10", "2027-12-31"),
            )
        ],
    ),
    # no year named before "the year": the publication's
    (
        "TSMC will have 150k wpm of CoWoS capacity exiting the year.",
        [("tsmc", CTS_PROCESS, None, wpm(150000), "planned", end_of(2026))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXIT_YEARS)
def test_a_years_exit_is_its_last_day(text: str, expected: list[Any]) -> None:
    assert rows(text, "capacity") == expected


def test_old_values_listed_after_up_from_are_no_capacity() -> None:
    text = (
        "We now model TSMC's CoWoS capacity at 120k wafers per month, up from 95k and 105k in "
        "our last two notes."
    )
    assert [r[3][0] for r in rows(text, "capacity")] == [120000.0]


# -- a word after a count that belongs to something else -------------------------------------
# Three readings of the folded batches, each a word after the claim taken for the claim's:
# - "GB200 NVL72 racks, each joining 72 GPUs over NVLink": the system integrates the link
#   (GUIDE, settled cases), but "joining"/"tying"/"stitching" were no verbs of joining;
# - "… in service, faster than any chip we've ever launched": a launch in a comparison with
#   past products made the count an announcement;
# - "about 4,000 B200s, alongside the older H100 pods": another chip's system word made the
#   fleet one pod's chips (chips_per_system).

JOINING = [
    ("Oracle bought GB300 NVL72 racks, each joining 72 GPUs over NVLink.", "gb300", "nvlink"),
    (
        "The Helios rack, tying 72 MI450 GPUs together over UALink, ships next year.",
        "helios",
        "ualink",
    ),
    (
        "Vera Rubin NVL144 racks, stitching 144 GPUs together through NVLink, ship next year.",
        "rubin",
        "nvlink",
    ),
]


@pytest.mark.parametrize(("text", "system", "link"), JOINING)
def test_a_rack_joining_its_chips_over_a_link_integrates_it(
    text: str, system: str, link: str
) -> None:
    assert [(r[0], r[2]) for r in rows(text, "integrates")] == [(system, link)]


def test_racks_joining_halls_over_a_network_integrate_nothing() -> None:
    text = "GB300 NVL72 racks, joining our halls over InfiniBand, each hold 72 GPUs."
    assert rows(text, "integrates") == []


PAST_LAUNCHES = [
    (
        "Google now has over 500,000 Ironwood chips in service, the fastest ramp of any TPU it "
        "has introduced.",
        ("google", (("chip", "ironwood"),), None, (5e5, 5e5, "count", False, "at-least")),
    ),
    (
        "Microsoft now runs about 200,000 Maia 200 chips, more than any accelerator it has "
        "ever launched.",
        ("microsoft", (("chip", "maia-200"),), None, (2e5, 2e5, "count", True, "exact")),
    ),
    (
        'Garman: AWS now has more than one million Trainium2 chips in service, "faster than '
        "any chip we've ever launched\".",
        ("aws", (("chip", "trainium2"),), None, (1e6, 1e6, "count", False, "at-least")),
    ),
]


@pytest.mark.parametrize(("text", "fact"), PAST_LAUNCHES)
def test_a_launch_in_a_comparison_leaves_the_count_actual(text: str, fact: Any) -> None:
    assert rows(text, "deployed_chips") == [(*fact, "actual", TODAY)]


def test_a_future_count_beside_past_launches_stays_a_plan() -> None:
    # a bare future count with no date and no plan word is announced (GUIDE, session 17)
    text = "AWS will deploy one million Trainium3 chips, more than any chip it has launched."
    assert [r[4] for r in rows(text, "deployed_chips")] == ["announced"]


OTHER_SYSTEMS = [
    (
        "Kakao now operates about 3,000 H200s, next to its older A100 pods.",
        ("kakao", (("chip", "h200"),), None, (3e3, 3e3, "count", True, "exact")),
    ),
    (
        "Lambda Labs runs roughly 10,000 B200s, as well as some older H100 pods.",
        ("lambda", (("chip", "b200"),), None, (1e4, 1e4, "count", True, "exact")),
    ),
    (
        "Nebius now operates roughly 20,000 H200s, beside its first GB200 racks.",
        ("nebius", (("chip", "h200"),), None, (2e4, 2e4, "count", True, "exact")),
    ),
]


@pytest.mark.parametrize(("text", "fact"), OTHER_SYSTEMS)
def test_another_chips_systems_leave_a_fleet_a_fleet(text: str, fact: Any) -> None:
    assert rows(text, "deployed_chips") == [(*fact, "actual", TODAY)]
    assert rows(text, "chips_per_system") == []


def test_one_pods_chips_beside_another_chips_pods_stay_per_system() -> None:
    text = "Each pod holds 256 TPU v5e chips, alongside the older Trillium pods."
    assert [r[0] for r in rows(text, "chips_per_system")] == ["tpu-v5e"]


# -- a buyer finding a product available is no release to come --------------------------------
# GUIDE: the specifications of a product that ships are `actual`, of one not yet released
# `announced`. "A lab already in Google Cloud will find Ironwood pods available on the same
# contract" (a buyer's general future) was read as the product still to come, so every spec
# of a chip on the market that month was announced.

FOUND_AVAILABLE = [
    (
        "Each Trainium3 chip has 144GB of HBM3E. A team already on AWS will find Trainium3 "
        "instances available under its current contract.",
        "trainium3",
    ),
    (
        "Each GB300 has 288GB of HBM3E. Buyers who want one will find GB300 racks available "
        "from every major server maker.",
        "gb300",
    ),
    (
        "The MI355X carries 288GB of HBM3E. Users of Oracle's cloud will find MI355X "
        "instances available in every region.",
        "mi355x",
    ),
]


@pytest.mark.parametrize(("text", "chip"), FOUND_AVAILABLE)
def test_a_buyer_finding_a_chip_available_leaves_its_specs_actual(text: str, chip: str) -> None:
    assert [(r[0], r[4]) for r in rows(text, "memory_capacity")] == [(chip, "actual")]


def test_a_chip_to_be_available_later_keeps_its_specs_announced() -> None:
    text = (
        "Each Trainium3 chip has 144GB of HBM3E. Trainium3 will be available to customers next "
        "quarter."
    )
    assert [r[4] for r in rows(text, "memory_capacity")] == ["announced"]


# -- a memory maker by its short name, its share of a customer, and a house's number ----------
# The podcast notes called SK hynix "hynix" (no alias, so its figures went to the memory
# maker named last); "hynix takes two-thirds of Nvidia's HBM4" (a supplier's share of a
# customer's memory, GUIDE: a forecast deal dated by its period when expected) was read by
# no rule; and "Our number for X's capacity is …" (the house's own figure, like "our
# estimate") was the company's plan. Vocabulary: "Hynix"/"hynix" join sk-hynix's aliases;
# "our number for"/"our number is" join the forecast cues.

HBM3E = (("product", "hbm3e"),)

SHORT_NAME = [
    ("Hynix ships HBM4 to Nvidia.", [("nvidia", HBM4, "sk-hynix", None, "actual", TODAY)]),
    (
        "Nvidia buys most of its HBM3E from Hynix.",
        [("nvidia", HBM3E, "sk-hynix", None, "actual", TODAY)],
    ),
    # the full name stays one company
    ("SK hynix ships HBM4 to AMD.", [("amd", HBM4, "sk-hynix", None, "actual", TODAY)]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NAME)
def test_hynix_alone_is_sk_hynix(text: str, expected: list[Any]) -> None:
    assert rows(text, "supply_deal") == expected


SUPPLIER_SHARES = [
    (
        "We think hynix takes something like two-thirds of Nvidia's HBM4 this year.",
        [("nvidia", HBM4, "sk-hynix", None, "forecast", YEAR_2026)],
    ),
    (
        "Samsung now holds roughly half of AMD's HBM4.",
        [("amd", HBM4, "samsung", None, "actual", TODAY)],
    ),
    (
        "We think Micron gets about a fifth of AMD's HBM4 next year.",
        [("amd", HBM4, "micron", None, "forecast", ("point", "2027-01-01", "2027-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLIER_SHARES)
def test_a_memory_makers_share_of_a_customers_memory_is_a_deal(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "supply_deal") == expected


def test_a_share_of_a_memory_makers_customers_is_no_deal() -> None:
    assert rows("Micron takes most of SK hynix's HBM4 customers.", "supply_deal") == []


HOUSE_NUMBERS = [
    (
        "Our number for Samsung's total HBM capacity is about 150,000 wafers a month at the end "
        "of this year.",
        ("samsung", (), None, wpm(150000, approx=True), "forecast", end_of(2026)),
    ),
    (
        "Our number is 90k wpm of CoWoS capacity at TSMC by the end of 2026.",
        (
            "tsmc",
            CTS_PROCESS,
            None,
            wpm(90000),
            "forecast",
            ("deadline", "2026-03-10", "2026-12-31"),
        ),
    ),
]


@pytest.mark.parametrize(("text", "fact"), HOUSE_NUMBERS)
def test_our_number_is_the_houses_forecast(text: str, fact: Any) -> None:
    assert rows(text, "capacity") == [fact]


# -- racks shipped or consigned, counted ----------------------------------------------------------
# GUIDE: racks that are the product are units of the deal (as "GB300 NVL72 랙 128대"); the
# manifests' "Quanta shipped 340 GB300 racks to Meta" lost its count (racks counted are no
# chips, so every later rule left the figure), "consigned … to" was no verb of delivery
# (nor one the seller is the subject of), and the buyer could stand further than 48
# characters after the verb ("… from its Guadalajara plant to Microsoft's data centers").
# A past month after a consignment dates the event, as after a shipment (GUIDE, session 16).


def racks(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (float(n), float(n), "count", approx, bound)


RACKS_SHIPPED = [
    (
        "Dell shipped 120 GB200 NVL72 racks to CoreWeave.",
        [("coreweave", (("product", "gb200"),), "dell", racks(120), "actual", TODAY)],
    ),
    (
        "Supermicro delivered about 60 GB300 racks to xAI last month.",
        [("xai", (("product", "gb300"),), "supermicro", racks(60, approx=True), "actual", TODAY)],
    ),
    (
        "Quanta sold 90 GB300 racks to Oracle.",
        [("oracle", (("product", "gb300"),), "quanta", racks(90), "actual", TODAY)],
    ),
    (
        "Foxconn consigned 410 GB300 racks from its Guadalajara plant to Microsoft's data "
        "centers in Texas in June.",
        [("microsoft", (("product", "gb300"),), "foxconn", racks(410), "actual", TODAY)],
    ),
    (
        "Quanta consigned at least 75 GB300 racks from Taiwan to Meta's Ohio site in July.",
        [("meta", (("product", "gb300"),), "quanta", racks(75, "at-least"), "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RACKS_SHIPPED)
def test_racks_shipped_or_consigned_are_the_deals_count(text: str, expected: list[Any]) -> None:
    assert rows(text, "supply_deal") == expected


def test_racks_run_are_no_deal_and_no_chip_count() -> None:
    text = "Meta runs 300 GB200 NVL72 racks in Ohio."
    assert rows(text, "supply_deal") == []
    assert rows(text, "deployed_chips") == []


# -- a past time that owns an event, and the end of last year ---------------------------------
# GUIDE: a past time naming when an event happened dates the event, the standing total or
# state holds at publication. "holds a stake of 27% after last year's recapitalisation"
# dated the investment to last year: a time owning the event a state follows ("after",
# "following", "in the wake of" + "last year's …") now dates only that event. And "at the
# end of last year" read as the whole of last year: it is its last day.

OWNED_EVENTS = [
    (
        "Amazon has invested $8 billion in Anthropic, following last year's second tranche.",
        ("amazon", (("target", "anthropic"),), None, usd(8e9), "actual", TODAY),
    ),
    (
        "Nvidia has committed $2 billion to xAI and holds a small stake after last year's round.",
        ("nvidia", (("target", "xai"),), None, usd(2e9), "actual", TODAY),
    ),
    (
        "SoftBank's commitment to OpenAI stands at $30 billion after last year's bridge loans.",
        ("softbank", (("target", "openai"),), None, usd(30e9), "actual", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "fact"), OWNED_EVENTS)
def test_a_past_time_owning_an_event_leaves_the_total_at_publication(text: str, fact: Any) -> None:
    assert rows(text, "investment") == [fact]


def test_the_end_of_last_year_is_its_last_day() -> None:
    text = "Nvidia ran 20,000 GPUs at the end of last year."
    assert [r[5] for r in rows(text, "deployed_chips")] == [end_of(2025)]


# -- a company's own report named in the line under its title; its memory's base die ----------
# A company's own text whose title names no company ("Sustainability Report 2026 — …") named
# itself in the heading line under it, which was never read, so "we plan to lift total HBM
# capacity …" had no one to stand for; a byline ("By the … Team") says who wrote, not whose
# text it is. And "The logic base die of our HBM4 is manufactured by TSMC": a foundry making
# a memory maker's part is a supply deal with that maker (GUIDE: the product is left out
# when it is no chip), not with the chip the sentence names later.

OWN_REPORT = """Responsible Growth Report 2026 (excerpt)

{second}

2.1 Our place in AI

We supply HBM3E stacks for AMD's MI355X accelerators, and HBM grew again.

2.2 Capacity

Total HBM capacity stood at about 150,000 wafers per month at year-end 2025. We plan to lift \
total HBM capacity above 180,000 wafers a month by the end of 2026."""


def company_rows(text: str, predicate: str) -> list[tuple[Any, ...]]:
    return rows(text, predicate, tier="company")


def test_a_reports_subtitle_names_whose_text_it_is() -> None:
    text = OWN_REPORT.format(second="Samsung Electronics Memory Report 2026 — from Chapter 2")
    planned = ("deadline", "2026-03-10", "2026-12-31")
    target = (180000.0, 180000.0, "wafer/month", False, "at-least")
    assert ("samsung", (), None, target, "planned", planned) in company_rows(text, "capacity")


def test_a_byline_under_the_title_names_no_issuer() -> None:
    text = OWN_REPORT.format(second="By the Samsung Electronics Memory Team")
    assert [r[3][0] for r in company_rows(text, "capacity")] == []


BASE_DIES = [
    ("The base dies of Samsung's HBM4 are made by TSMC.", "samsung"),
    ("TSMC makes the base die for SK hynix's HBM4E.", "sk-hynix"),
    ("SK hynix's HBM4 base die is built by TSMC on a 12-nanometre process.", "sk-hynix"),
]


@pytest.mark.parametrize(("text", "maker"), BASE_DIES)
def test_a_foundry_making_a_memorys_base_die_deals_with_its_maker(text: str, maker: str) -> None:
    assert rows(text, "supply_deal") == [(maker, (), "tsmc", None, "actual", TODAY)]


def test_a_memory_makers_own_foundry_is_no_deal() -> None:
    text = "The base die of Samsung's HBM4 is made in Samsung's own foundry."
    assert rows(text, "supply_deal") == []


# -- HBM deals of no generation, and supply ramped for a buyer --------------------------------
# GUIDE: a deal that names no product is still a supply_deal (no product qualifier); a start
# ahead with no plan word is `announced`, open from its period. "has wrapped up 2026 HBM
# supply talks with Nvidia" (bare HBM, the deal told by its noun) and "Micron ramps HBM4 for
# Nvidia in the second quarter" (ramping volume supply for a buyer: no verb of delivery,
# nor of beginning) gave nothing; a level ramped to stays a level.

HBM_NO_GENERATION = [
    ("SK hynix has wrapped up its HBM supply talks with Nvidia.", "nvidia", "sk-hynix", "actual"),
    ("Samsung signed an HBM supply agreement with AMD.", "amd", "samsung", "actual"),
    ("Micron is in HBM supply talks with Google.", "google", "micron", "considering"),
]


@pytest.mark.parametrize(("text", "buyer", "maker", "modality"), HBM_NO_GENERATION)
def test_an_hbm_deal_of_no_generation_is_a_deal_with_no_product(
    text: str, buyer: str, maker: str, modality: str
) -> None:
    assert rows(text, "supply_deal") == [(buyer, (), maker, None, modality, TODAY)]


def test_no_hbm_deal_signed_is_no_deal() -> None:
    assert rows("Samsung has not signed an HBM supply deal with Nvidia.", "supply_deal") == []


FROM_Q2 = ("open", "2026-04-01", "None")
FROM_Q4 = ("open", "2026-10-01", "None")

RAMPS = [
    (
        "Samsung is ramping HBM4 to AMD in the third quarter.",
        ("amd", HBM4, "samsung", None, "announced", FROM_Q3),
    ),
    (
        "Micron ramps HBM3E for Nvidia in the second quarter.",
        ("nvidia", HBM3E, "micron", None, "announced", FROM_Q2),
    ),
    (
        "SK hynix plans to ramp HBM4 for AMD in the fourth quarter.",
        ("amd", HBM4, "sk-hynix", None, "planned", FROM_Q4),
    ),
]


@pytest.mark.parametrize(("text", "fact"), RAMPS)
def test_supply_ramped_for_a_buyer_is_a_start_ahead(text: str, fact: Any) -> None:
    assert rows(text, "supply_deal") == [fact]


def test_a_level_ramped_to_is_no_start() -> None:
    text = "TSMC ramps CoWoS capacity to 90k wpm in the fourth quarter."
    assert [r[5][0] for r in rows(text, "capacity")] == ["point"]


# -- a later statement's denial, and a posting's owner in its heading -------------------------
# "Grok models are trained on Colossus, our supercomputer in Memphis, and every hour a node
# sits idle is an hour the model doesn't learn": the "n't" of the second statement (its own
# subject after ", and") denied the first. And a company's job posting headed "… — xAI"
# says whose "our" is, before any vote on whose products "our" owns.

LATER_DENIALS = [
    (
        "xAI trains Grok on Colossus, and each day a node is down is a day the model doesn't "
        "learn.",
        ("xai", "colossus"),
    ),
    (
        "Anthropic trains Claude on Project Rainier, and the cluster is never idle.",
        ("anthropic", "project-rainier"),
    ),
    (
        "Meta trains Llama on Prometheus, and every week the cluster is down is a week the team "
        "doesn't ship.",
        ("meta", "prometheus"),
    ),
]


@pytest.mark.parametrize(("text", "relation"), LATER_DENIALS)
def test_a_later_statements_denial_leaves_the_first_standing(
    text: str, relation: tuple[str, str]
) -> None:
    assert [(r[0], r[2], r[4]) for r in rows(text, "trains_on")] == [(*relation, "actual")]


def test_a_denial_of_the_statement_itself_still_denies_it() -> None:
    assert rows("Meta does not buy TPUs from Google, and the deal is off.", "supply_deal") == []


def test_a_postings_heading_names_whose_fleet_our_is() -> None:
    text = (
        "Site Reliability Engineer, GPU Fleet\n\nSite Reliability Engineer, GPU Fleet — "
        "CoreWeave\n\nWe run our own Nvidia GPUs and help customers use them. Our fleet runs "
        "more than 250,000 Nvidia GPUs across 30 sites."
    )
    fleet = ("coreweave", (), None, (250000.0, 250000.0, "count", False, "at-least"))
    assert company_rows(text, "deployed_chips") == [(*fleet, "actual", TODAY)]


# -- an owner's fabric at work, and a header that ends a list's lead -------------------------
# GUIDE: a cluster's network fabric is an `adopts` (on-prem) of its owner. "our Spectrum-X
# Ethernet fabric, which carries all east-west traffic on Colossus" (the network named before
# the fabric noun, with its owner's possessive) was read by no shape. And a list's items took
# the modality of the last prose sentence before them even across a header ("… will rotate
# between both sites." / "What you'll do" / "- … our fabric, which carries …"): a header
# starts a new section, with no lead.

OWNED_FABRICS = [
    (
        "xAI's Spectrum-X Ethernet fabric carries all east-west traffic on Colossus.",
        "xai",
        "spectrum-x",
    ),
    ("Meta's InfiniBand network links the halls at Prometheus.", "meta", "infiniband"),
    (
        "Oracle's Ultra Ethernet fabric now connects every rack in Abilene.",
        "oracle",
        "ultra-ethernet",
    ),
]


@pytest.mark.parametrize(("text", "owner", "network"), OWNED_FABRICS)
def test_an_owners_fabric_at_work_is_its_adoption(text: str, owner: str, network: str) -> None:
    assert rows(text, "adopts") == [(owner, (("mode", "on-prem"),), network, None, "actual", TODAY)]


def test_a_makers_switches_sold_are_no_adoption() -> None:
    assert rows("Nvidia's Spectrum-X switches ship to many clouds.", "adopts") == []


def test_a_header_ends_the_lead_of_the_list_after_it() -> None:
    text = (
        "Memory notes\n\nWe expect HBM demand to rise again next year.\n\nWhat ships today\n\n"
        "- SK hynix ships HBM4 to Nvidia.\n- Samsung ships HBM3E to AMD."
    )
    assert [r[4] for r in rows(text, "supply_deal")] == ["actual", "actual"]


# -- a launch's month, and the first of a fleet going live ------------------------------------
# GUIDE: a past month heading an event in running text dates the event, the state it left
# holds at publication (as for a delivery); a start ahead, or in the quarter under way, with
# no plan word is `announced`, open from the period's first day. "made Ironwood generally
# available to cloud customers in November" dated the cloud's offer to November, and "the
# first of its 50,000 MI450s go live in OCI this quarter" read as the fleet in place (actual)
# or planned over the quarter.

LAUNCH_MONTHS = [
    (
        "Google made Ironwood, its seventh-generation TPU, generally available to cloud "
        "customers in November.",
        ("google", "ironwood"),
    ),
    ("AWS made Trainium3 generally available to EC2 customers in December.", ("aws", "trainium3")),
    ("Trn3 instances became available to AWS customers in December.", ("aws", "trainium3")),
]


@pytest.mark.parametrize(("text", "adoption"), LAUNCH_MONTHS)
def test_a_launch_month_dates_the_launch_not_the_offer(
    text: str, adoption: tuple[str, str]
) -> None:
    owner, chip = adoption
    assert rows(text, "adopts") == [(owner, (("mode", "on-prem"),), chip, None, "actual", TODAY)]


FROM_Q1 = ("open", "2026-01-01", "None")

FIRST_OF_FLEETS = [
    (
        "Oracle says the first of its 50,000 MI450s go live in OCI this quarter.",
        ("oracle", (("chip", "mi450"),), None, (5e4, 5e4, "count", False, "exact"), FROM_Q1),
    ),
    (
        "The first of CoreWeave's 40,000 GB300s come online in the third quarter.",
        ("coreweave", (("chip", "gb300"),), None, (4e4, 4e4, "count", False, "exact"), FROM_Q3),
    ),
    (
        "Nebius says the first of its 20,000 B300s goes live in the fourth quarter.",
        ("nebius", (("chip", "b300"),), None, (2e4, 2e4, "count", False, "exact"), FROM_Q4),
    ),
]


@pytest.mark.parametrize(("text", "fleet"), FIRST_OF_FLEETS)
def test_the_first_of_a_fleet_going_live_is_a_start_ahead(text: str, fleet: Any) -> None:
    subject, qualifiers, obj, value, valid = fleet
    assert rows(text, "deployed_chips") == [(subject, qualifiers, obj, value, "announced", valid)]


def test_a_first_phase_coming_online_with_a_count_is_no_start() -> None:
    # the phase's count, reached in the period (GUIDE: "하반기에 … 도입" is a point over it)
    text = (
        "The first phase of Stargate should come online in the second half with about 100,000 "
        "GB200s."
    )
    second_half = ("point", "2026-07-01", "2026-12-31")
    assert [(r[4], r[5]) for r in rows(text, "deployed_chips")] == [("planned", second_half)]


# -- a supercluster's size, and a chip's stacks together -----------------------------------------
# "Oracle switches on first 50,000-GPU MI450 supercluster": a count as a fleet's adjective is
# that fleet's deployed_chips, but "supercluster" was no fleet word (an adopts came instead).
# "It carries 288GB of HBM3E, and the stacks deliver 8TB/s of bandwidth to the die": the
# stacks together feed the chip (its memory_bandwidth), not one stack's figure, and the
# clause names no chip: the one the sentence named.

SUPERCLUSTERS = [
    ("Oracle switches on first 50,000-GPU MI450 supercluster in Texas.", "oracle", "mi450", 5e4),
    ("Microsoft now runs a 4,608-GPU GB300 supercluster for OpenAI.", "microsoft", "gb300", 4608),
    ("CoreWeave brought up a 12,000-GPU H200 super-cluster in Ohio.", "coreweave", "h200", 12e3),
]


@pytest.mark.parametrize(("text", "owner", "chip", "n"), SUPERCLUSTERS)
def test_a_superclusters_size_is_its_fleet(text: str, owner: str, chip: str, n: float) -> None:
    fleet = (owner, (("chip", chip),), None, (float(n), float(n), "count", False, "exact"))
    assert rows(text, "deployed_chips") == [(*fleet, "actual", TODAY)]


STACKS_TOGETHER = [
    (
        "The MI355X carries 288GB of HBM3E, and the stacks deliver 8TB/s of bandwidth to the die.",
        "mi355x",
        8e12,
    ),
    (
        "The Gaudi 3 has 128GB of HBM2e, and its stacks deliver 3.7TB/s to the chip.",
        "gaudi3",
        3.7e12,
    ),
]


@pytest.mark.parametrize(("text", "chip", "bandwidth"), STACKS_TOGETHER)
def test_the_stacks_together_give_the_chips_bandwidth(
    text: str, chip: str, bandwidth: float
) -> None:
    assert [(r[0], r[3][0]) for r in rows(text, "memory_bandwidth")] == [(chip, bandwidth)]


def test_one_stacks_figure_stays_no_chips_bandwidth() -> None:
    text = "The MI355X carries 288GB of HBM3E, and its HBM4 stacks deliver 2TB/s each."
    assert rows(text, "memory_bandwidth") == []


# -- a podcast's guest speaks for her company ----------------------------------------------------
# An interview's answers speak for the company whose officer the opening names (the
# interviewee rule); a podcast's show notes ("This week we sit down with …, who runs data-
# centre engineering at Nscale") were no interview, so "we're running a little over 12,000
# GB300 GPUs" had no one to stand for.

PODCASTS = [
    (
        'Episode 12: "Cooling first"\n\nShow notes. This week we sit down with Maria Lind, who '
        "runs operations at Crusoe, about liquid cooling, power and the rumours that Oracle "
        "wants its halls.\n\nPartial transcript\n\nHOST: What runs there today?\n\nLIND: We are "
        "running about 8,000 GB200 GPUs in that hall at this point.",
        ("crusoe", (("chip", "gb200"),), None, (8e3, 8e3, "count", True, "exact")),
    ),
    (
        "Compute Weekly podcast, episode 40\n\nShow notes: we talk with Sam Ortiz, head of "
        "infrastructure at Lambda Labs, about the year ahead.\n\nORTIZ: Our fleet is a little "
        "over 20,000 GPUs today.",
        ("lambda", (), None, (2e4, 2e4, "count", False, "at-least")),
    ),
    (
        "Episode 7\n\nShow notes. We chat with Priya Nair, who runs data centres at Nebius, "
        "about Finland, Microsoft and power.\n\nNAIR: We run roughly 30,000 H200 GPUs in "
        "Mantsala today.",
        ("nebius", (("chip", "h200"),), None, (3e4, 3e4, "count", True, "exact")),
    ),
]


@pytest.mark.parametrize(("text", "fleet"), PODCASTS)
def test_a_podcast_guest_speaks_for_her_company(text: str, fleet: Any) -> None:
    assert rows(text, "deployed_chips") == [(*fleet, "actual", TODAY)]


# -- a bond's own word for its company ----------------------------------------------------------
# A bond or loan excerpt calls the company "the issuer" / "the borrower" ("Looking ahead, the
# issuer is evaluating Vera Rubin systems for its Wyoming campus"): like "the company", a
# description that refers back to the company in view, but it was no description at all.

BOND_WORDS = [
    (
        "Crusoe issued green bonds in May. The issuer runs about 20,000 GPUs across its sites.",
        "crusoe",
        "deployed_chips",
    ),
    (
        "CoreWeave took a new loan. The borrower operates more than 250,000 GPUs.",
        "coreweave",
        "deployed_chips",
    ),
    (
        "Lambda Labs sold notes this week. The issuer is testing MI355X GPUs for its Texas site.",
        "lambda",
        "adopts",
    ),
]


@pytest.mark.parametrize(("text", "company", "predicate"), BOND_WORDS)
def test_the_issuer_or_borrower_is_the_company_in_view(
    text: str, company: str, predicate: str
) -> None:
    assert [r[0] for r in rows(text, predicate)] == [company]
