"""Session 11, EN-B: English claims found with a wrong field (modality, valid time,
qualifiers, bound) and English claims that should not be there, fixed by general cause.

Every sentence here is written for this file; none is taken from the gold or an article.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str, predicate: str, tier: str = "press") -> list[Any]:
    """(subject, qualifiers, object, low value, modality, valid) of one predicate's claims."""
    return [
        (r[0], dict(r[2]), r[3], r[4] and r[4][0], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED, tier)
        if r[1] == predicate
    ]


# -- a company's word that it will start an act from a period is an announcement ------------
# GUIDE (settled): when a company says it will do something and uses no plan word ("will
# supply from Q4"), that is an announcement; a start told with its period is open from the
# period's first day.
# Only a plan word, or a number to reach by a date, makes it planned.

OPEN_STARTS = [
    (
        "Fluidstack said on Friday it will install 26,000 GB300 GPUs in Norway starting in Q2 "
        "2027.",
        [
            (
                "fluidstack",
                {"chip": "gb300"},
                None,
                26000.0,
                "announced",
                ("open", "2027-04-01", "None"),
            )
        ],
    ),
    (
        "Crusoe says it will deploy roughly 12,000 MI355X accelerators beginning in the "
        "fourth quarter.",
        [
            (
                "crusoe",
                {"chip": "mi355x"},
                None,
                12000.0,
                "announced",
                ("open", "2026-10-01", "None"),
            )
        ],
    ),
    (
        "As our CFO put it in February, we'll deploy 45,000 Rubin GPUs in our Ohio region "
        "starting in H2 2026.",
        [],  # "we" names no company here: nothing to attach
    ),
    (  # trap: a plan word keeps the plan
        "Fluidstack plans to install 26,000 GB300 GPUs in Norway starting in Q2 2027.",
        [
            (
                "fluidstack",
                {"chip": "gb300"},
                None,
                26000.0,
                "planned",
                ("open", "2027-04-01", "None"),
            )
        ],
    ),
    (  # trap: a number to reach by a date is the company's target
        "Fluidstack said it will have 26,000 GB300 GPUs running in Norway by the end of 2027.",
        [
            (
                "fluidstack",
                {"chip": "gb300"},
                None,
                26000.0,
                "planned",
                ("deadline", "2026-03-10", "2027-12-31"),
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPEN_STARTS)
def test_a_said_start_from_a_period_is_announced(text: str, expected: list[Any]) -> None:
    assert expected == rows(text, "deployed_chips")


# -- a verb of beginning reaches its period across a figure --------------------------------
# "will begin deploying 50,000 GPUs in the third quarter": the figure's group separator is
# no clause break, so the period is still the start of the act (open).

BEGIN_ACROSS_FIGURES = [
    (
        "Lambda Inc. will begin installing 16,000 B300 GPUs in Q3 2026.",
        ("open", "2026-07-01", "None"),
    ),
    (
        "CoreWeave is to start installing 9,000 GB300 GPUs in the second half of 2026.",
        ("open", "2026-07-01", "None"),
    ),
    (
        "Fluidstack will begin bringing 24,500 H200 GPUs online in the fourth quarter.",
        ("open", "2026-10-01", "None"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BEGIN_ACROSS_FIGURES)
def test_a_start_reaches_its_period_across_a_figure(text: str, expected: Any) -> None:
    assert [expected] == [r[5] for r in rows(text, "deployed_chips")]


# -- a start already behind us only sets the scene for a state of today ----------------------
# GUIDE (settled): "since June" behind a current state is a point at publication; a verb of
# beginning in the past tense with its period ("began shipping in February") is the same,
# not an open start.

BEGUN = [
    "Samsung began shipping HBM4 to Nvidia in February.",
    "SK hynix started supplying HBM4 to Nvidia in the fourth quarter of 2025.",
    "Micron began delivering HBM3E to AMD in January, the company said.",
]


@pytest.mark.parametrize("text", BEGUN)
def test_a_start_already_past_stands_at_publication(text: str) -> None:
    assert [r[5] for r in rows(text, "supply_deal")] == [TODAY]


def test_a_start_still_ahead_stays_open() -> None:
    # trap: the same verb in the future keeps the open start
    text = "SK hynix will begin shipping HBM4 to AMD in the second half."
    assert [r[5] for r in rows(text, "supply_deal")] == [("open", "2026-07-01", "None")]


# -- a cloud that deploys a product puts it in its own data centers -------------------------
# GUIDE (settled): a cloud offering a chip in its service adopts it on-prem; the dev gold
# reads a cloud deploying, running or adopting one the same way when no place and no provider
# is named. Only weighing or testing it says nothing of where.

CLOUD_USES = [
    (
        "Nebius intends to start deploying the Rubin platform from Nvidia at its new site in 2027.",
        [("nebius", {"mode": "on-prem"}, "rubin")],
    ),
    (
        "Naver Cloud has adopted Gaudi 3 for the inference service it sells.",
        [("naver", {"mode": "on-prem"}, "gaudi3")],
    ),
    (
        "Lambda Inc. is now running GB300 NVL72 racks for its on-demand customers.",
        [("lambda", {"mode": "on-prem"}, "gb300")],
    ),
    (  # trap: a cloud testing a chip says nothing of where
        "Nebius has been testing the MI355X from AMD on a slice of its inference traffic.",
        [("nebius", {}, "mi355x")],
    ),
    (  # trap: a cloud renting from another keeps the cloud use
        "Microsoft rents GB300 capacity from Nebius.",
        [("microsoft", {"mode": "cloud", "via": "nebius"}, "gb300")],
    ),
    (  # trap: a lab deploying chips is no cloud
        "Mistral AI will deploy Grace Blackwell systems next year.",
        [("mistral", {}, "gb200")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOUD_USES)
def test_a_clouds_own_use_is_on_prem(text: str, expected: list[Any]) -> None:
    assert expected == [(r[0], r[1], r[2]) for r in rows(text, "adopts")]


# -- "the company" of a later clause, or after a speaker of a company ------------------------
# A description that is the subject of a later clause of a sentence whose first clause has a
# company as its subject is that company, not one of an earlier sentence; after a person of
# a company who says it ("a manager of Lambda, who said the company …") it is the speaker's company;
# and a company the sentence just before names, though not as its subject, is what "the
# company" picks up when that sentence names no other.

REFERENCES = [
    (
        "DeepSeek trained its model on 2,048 H800s. Oracle has said its Abilene site runs "
        "GB200 racks, and Larry Ellison told analysts that the company would have upward of "
        "210,000 GPUs by December.",
        "deployed_chips",
        ["oracle"],
    ),
    (
        "Anthropic trains Claude on Trainium2. Amazon has confirmed the deal, and its chief "
        "executive said the firm will have 1.8 million Trainium2 chips by mid-2028.",
        "deployed_chips",
        ["amazon"],
    ),
    (
        "Mistral AI buys Nvidia chips. Elena Ruiz, head of infrastructure at Fluidstack, told "
        "the audience the company now operates more than 60,000 H200 GPUs.",
        "deployed_chips",
        ["fluidstack"],
    ),
    (
        "Meta runs Llama on its own fleet. Priya Nair of CoreWeave, who said the company is now "
        "in talks to rent Trainium3 capacity from AWS, spoke after lunch.",
        "adopts",
        ["coreweave"],
    ),
    (
        "OpenAI will rent the site's first hall. The bill is steep even for Oracle. "
        "The company has so far invested roughly $2.5 billion in Stargate.",
        "investment",
        ["oracle"],
    ),
    (  # trap: a relative clause naming a backer leaves the subject in view
        "Anthropic, which has so far received $6 billion from Google, trains Claude on TPUs. "
        "The company has committed $1.5 billion to Stargate.",
        "investment",
        ["anthropic", "google"],  # Anthropic's $1.5 billion, then Google's $6 billion
    ),
    (  # trap: an apposition is its name's, not the first subject's
        "Microsoft said OpenAI, the company behind ChatGPT, will rent 100,000 GB300 GPUs.",
        "deployed_chips",
        [],
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), REFERENCES)
def test_the_company_is_the_party_the_sentence_puts_in_view(
    text: str, predicate: str, expected: list[str]
) -> None:
    assert expected == [r[0] for r in rows(text, predicate)]


# -- a fact box's header tells its product's state -------------------------------------------
# GUIDE (settled): specs of a product not yet released are announced. A section header
# ("AMD MI450 (due in Q3 2026)") states no claim itself, but what it says
# of the product's availability holds for the spec lines under it, and a product it names
# that the vocabulary dates after publication is not on the market.

BOX = "Fact box: next year's parts\nFigures are per chip.\n\n{}\n{}\n{}\n"

HEADED_SPECS = [
    (
        BOX.format("AMD MI450 (due in Q3 2026)", "Memory: 432 GB HBM4", ""),
        [("mi450", {"memory": "hbm4"}, None, 4.32e11, "announced", TODAY)],
    ),
    (
        BOX.format("RUBIN ULTRA, EXPECTED LATE NEXT YEAR", "Memory: 1 TB HBM4E", ""),
        [("rubin-ultra", {"memory": "hbm4e"}, None, 1e12, "announced", TODAY)],
    ),
    (
        BOX.format(
            "Trainium4 (shown at re:Invent, not yet shipping)", "Memory: 288 GB of HBM4", ""
        ),
        [("trainium4", {"memory": "hbm4"}, None, 2.88e11, "announced", TODAY)],
    ),
    (  # trap: a header of a chip on sale keeps its figures actual
        BOX.format("NVIDIA B200 (shipping since 2024)", "Memory: 192 GB HBM3E", ""),
        [("b200", {"memory": "hbm3e"}, None, 1.92e11, "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADED_SPECS)
def test_a_headers_availability_governs_its_spec_lines(text: str, expected: list[Any]) -> None:
    assert expected == rows(text, "memory_capacity")


def test_a_family_named_beside_its_member_is_not_launched() -> None:
    # trap: a headline launching one member names its family too; the family's members
    # already on the market keep their figures actual
    text = (
        "Huawei shows Ascend roadmap: Ascend 950 to launch next year\n\n"
        "Huawei said the Ascend 950 would arrive next year. Its current CloudMatrix 384 "
        "system holds 384 Ascend 910C chips."
    )
    expected = [("cloudmatrix-384", {}, None, 384.0, "actual", TODAY)]
    assert expected == rows(text, "chips_per_system")


# -- production or shipments started, told verb first, put the product on the market ---------

STARTED = [
    "FuriosaAI announced on Tuesday that it has started the volume production of RNGD. One RNGD "
    "card carries 48GB of HBM3.",
    "Rebellions announced it has begun volume shipments of Rebel-Quad and that KT has adopted "
    "it. Each Rebel-Quad carries 144 GB of HBM3E.",
    "Microsoft announced it began mass production of Maia 200 this quarter. Maia 200 carries "
    "216GB of HBM3E.",
]


@pytest.mark.parametrize("text", STARTED)
def test_a_started_production_puts_the_product_on_the_market(text: str) -> None:
    assert {"actual"} == {r[4] for r in rows(text, "memory_capacity")}


def test_production_still_ahead_leaves_the_product_unreleased() -> None:
    # trap: a production to start later is no product on the market
    text = "Rebellions announced it will start mass production of Rebel-Quad, with 144 GB of HBM3E."
    expected = [("rebel", {"memory": "hbm3e"}, None, 1.44e11, "announced", TODAY)]
    assert expected == rows(text, "memory_capacity")


# -- a state told as today's, after the step it followed -------------------------------------
# "X's stake now stands at $30 billion, after the last tranche closed in December": the past
# time dates the step in the subordinate clause, the statement is today's (as "With the final
# tranche wired in December, the stake now stands at …" already was).

NOW_AFTER = [
    "Nvidia's stake in xAI now stands at more than $4 billion, after its latest tranche "
    "closed in January.",
    "Google's investment in Anthropic now totals $5 billion following a final payment in "
    "October, the company said.",
    "Nvidia's investment in Nscale now totals $700 million since a second tranche was wired "
    "in January.",
]


@pytest.mark.parametrize("text", NOW_AFTER)
def test_todays_state_is_not_dated_by_the_step_after_it(text: str) -> None:
    expected = [TODAY]
    assert expected == [r[5] for r in rows(text, "investment")]


def test_a_total_reached_by_a_dated_step_keeps_its_date() -> None:
    # trap: with no "now", the total reached is dated by the step that brought it
    text = "Nvidia's investment in Nscale reached $900 million after a payment in November 2025."
    expected = [("point", "2025-11-01", "2025-11-30")]
    assert expected == [r[5] for r in rows(text, "investment")]


# -- "the end of the quarter", "the end of the month": the one under way ---------------------

PERIOD_ENDS = [
    (
        "Kakao plans to reach 4,000 H100 GPUs by the end of the quarter.",
        ("deadline", "2026-03-10", "2026-03-31"),
    ),
    (
        "Nebius expects to have 12,000 GB300 GPUs installed by the end of the month.",
        ("deadline", "2026-03-10", "2026-03-31"),
    ),
    (  # a past state at the end of the quarter: the quarter last ended
        "CoreWeave had 250,000 GPUs running at the end of the quarter, it said.",
        ("point", "2025-12-31", "2025-12-31"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_ENDS)
def test_the_end_of_the_quarter_is_the_current_one(text: str, expected: Any) -> None:
    assert [expected] == [r[5] for r in rows(text, "deployed_chips")]


# -- a report ruled groundless, a plan taken back after a semicolon: no claim ----------------

NOT_SO = [
    "A post on a Korean forum that Kakao had agreed to buy 20,000 Gaudi 3 chips from Intel was "
    '"groundless", Kakao said on Monday.',
    "Claims that ByteDance has ordered 25,000 Ascend 910C processors from Huawei are "
    "unfounded, the company said.",
    "In April Kakao told partners it would rent B200 GPUs from a Seoul cloud; the plan has been "
    "dropped.",
    "Last year Apple said it would rent Trainium2 capacity from AWS; this plan has since been "
    "shelved.",
]


@pytest.mark.parametrize("text", NOT_SO)
def test_a_report_ruled_groundless_or_a_plan_dropped_is_no_claim(text: str) -> None:
    assert [
        r for r in sorted_rows(text, "en", PUBLISHED) if r[1] in ("supply_deal", "adopts")
    ] == []


def test_a_plan_kept_after_a_semicolon_stands() -> None:
    # trap: a semicolon followed by another statement takes nothing back
    text = "Naver said it would rent H200 capacity from a local cloud; the deal runs three years."
    assert [r[0] for r in rows(text, "adopts")] == ["naver"]


# -- a memory maker's part used in a chip: no adoption by the maker --------------------------
# "Samsung's HBM3E goes into the B300 and into AMD's MI325X, which carries 256GB of it":
# the chips are where the part goes (a supply to their makers), not what Micron uses; "of it"
# is the memory the sentence named.


def test_a_memory_part_used_in_chips_is_no_adoption_by_its_maker() -> None:
    text = (
        "SK hynix's HBM4 stacks go into Nvidia's Rubin and into AMD's MI450, which carries "
        "432GB of them."
    )
    found = sorted_rows(text, "en", PUBLISHED)
    assert [r for r in found if r[1] == "adopts"] == []
    assert [
        (r[0], dict(r[2]), r[3], r[4][0], "actual", r[6])
        for r in found
        if r[1] == "memory_capacity"
    ] == [("mi450", {"memory": "hbm4"}, None, 4.32e11, "actual", TODAY)]


OF_IT = [
    ("Samsung's HBM3E is used in AMD's MI325X, which carries 256GB of it.", "hbm3e"),
    ("Micron supplies HBM3E for the B300; each B300 carries 288 GB of it.", "hbm3e"),
    ("The TPU v5p carries 95GB of it.", None),  # no memory named: nothing to refer to
]


@pytest.mark.parametrize(("text", "memory"), OF_IT)
def test_of_it_after_a_capacity_is_the_memory_the_sentence_named(
    text: str, memory: str | None
) -> None:
    assert [memory] == [r[1].get("memory") for r in rows(text, "memory_capacity")]


# -- a maker builds the systems a user runs: the user's own use, bought from the maker -------

BUILT_FOR = [
    (
        "Supermicro builds most of the B200 servers that Meta runs in its Texas halls.",
        [
            ("meta", "adopts", {"mode": "on-prem"}, "b200"),
            ("meta", "supply_deal", {"product": "b200"}, "supermicro"),
        ],
    ),
    (
        "Foxconn assembles the GB300 racks that xAI operates at Colossus 2.",
        [
            ("xai", "adopts", {"mode": "on-prem"}, "gb300"),
            ("xai", "supply_deal", {"product": "gb300"}, "foxconn"),
        ],
    ),
    (  # trap: a cloud building capacity a lab uses rents it to the lab
        "Fluidstack will build a cluster of 20,000 GB200 GPUs in France, which Mistral AI "
        "will use.",
        [("mistral", "adopts", {"mode": "cloud", "via": "fluidstack"}, "gb200")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_FOR)
def test_a_makers_systems_run_by_a_user_are_the_users(text: str, expected: list[Any]) -> None:
    assert expected == [
        (r[0], r[1], dict(r[2]), r[3])
        for r in sorted_rows(text, "en", PUBLISHED)
        if r[1] in ("adopts", "supply_deal")
    ]


# -- an apposition's object is no subject ----------------------------------------------------

APPOSED = [
    "Analysts estimate that Zhipu, the lab that works with Alibaba, runs about 8,000 H800s.",
    "Brokers think Stratos, the fund that backs Mistral AI, controls roughly 5,000 H100s.",
    "Sources say Vantage, a developer that leases halls to Oracle, holds 12,000 GB200 GPUs.",
]


@pytest.mark.parametrize("text", APPOSED)
def test_a_company_inside_an_apposition_is_not_the_counts_owner(text: str) -> None:
    assert rows(text, "deployed_chips") == []


def test_a_company_before_its_apposition_keeps_the_count() -> None:
    # trap: the apposition describes a company that is an entity
    text = "CoreWeave, the cloud that serves OpenAI, runs more than 250,000 GPUs."
    assert [r[0] for r in rows(text, "deployed_chips")] == ["coreweave"]


# -- a memory stack's own figures are no chip's ----------------------------------------------
# A figure that names the stack's height ("36 GB, 12-high HBM4", "a 48GB sixteen-high
# stack") or a clause whose subject is the stacks ("its HBM4 stacks now top 2.5 TB/s
# apiece") is the memory part's, not the specification of a chip in focus.

STACK_FIGURES = [
    "The Rubin GPU is due next year. Micron said it is now shipping its 36 GB, "
    "12-high HBM4 to several customers.",
    "The H200 ships today. Samsung answered with a 48GB sixteen-high HBM3E that it is "
    "sampling to customers.",
    "The MI355X carries HBM3E. SK hynix says its HBM4 stacks now deliver above 2.5 TB/s each.",
]


@pytest.mark.parametrize("text", STACK_FIGURES)
def test_a_stacks_figure_is_no_chips_specification(text: str) -> None:
    found = sorted_rows(text, "en", PUBLISHED)
    assert [r for r in found if r[1] in ("memory_capacity", "memory_bandwidth")] == []


def test_a_chips_memory_of_stacked_hbm_stays_the_chips() -> None:
    # trap: "288GB of 12-high HBM3E" is what the chip carries
    text = "The B300 carries 288GB of 12-high HBM3E."
    expected = [("b300", {"memory": "hbm3e"}, None, 2.88e11, "actual", TODAY)]
    assert expected == rows(text, "memory_capacity")


# -- a company described as a cloud is not renting -------------------------------------------

CLOUD_KINDS = [
    (
        "CoreWeave switched on its first GB300 NVL72 racks, which makes it the earliest cloud "
        "provider with them in production.",
        [("coreweave", {"mode": "on-prem"}, "gb300")],
    ),
    (
        "Nebius, a GPU cloud company, now runs H200 clusters in Finland.",
        [("nebius", {"mode": "on-prem"}, "h200")],
    ),
    (  # trap: renting from a cloud is a cloud use
        "Mistral AI rents H100 capacity from a cloud provider in Paris.",
        [("mistral", {"mode": "cloud"}, "h100")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOUD_KINDS)
def test_a_cloud_providers_description_is_no_cloud_use(text: str, expected: list[Any]) -> None:
    assert expected == [(r[0], r[1], r[2]) for r in rows(text, "adopts")]


# -- goods a maker delivers, described by what they are built on, are no use of its own ------

MAKERS_GOODS = [
    "Dell said it has delivered 40 racks built on the GB300 to Nebius.",
    "Supermicro ships servers powered by AMD's MI355X to several neoclouds.",
    "HPE sells nodes based on the GH200 to national labs.",
]


@pytest.mark.parametrize("text", MAKERS_GOODS)
def test_a_makers_goods_built_on_a_chip_are_no_adoption(text: str) -> None:
    assert [r for r in rows(text, "adopts") if r[0] in ("dell", "supermicro", "hpe")] == []


def test_a_service_built_on_a_chip_is_its_owners_use() -> None:
    # trap: a platform one unveils and runs is its own use
    text = "Mistral AI launched Mistral Compute, an inference service built on B300 servers."
    assert [r[0] for r in rows(text, "adopts")] == ["mistral"]


# -- a cloud's own name is no cloud it rents from --------------------------------------------

OWN_NAME_CLOUDS = [
    "Google Cloud is to offer B300 instances from the autumn, the cloud unit's president says.",
    "Oracle Cloud now runs MI355X clusters in three regions.",
    "Alibaba Cloud has deployed H20 accelerators for its model services.",
]


@pytest.mark.parametrize("text", OWN_NAME_CLOUDS)
def test_a_clouds_own_name_sets_no_cloud_mode(text: str) -> None:
    assert {"on-prem"} == {r[1].get("mode") for r in rows(text, "adopts")}


# -- a future told by the company's management or its own executive is announced -------------
# GUIDE (settled): what a company itself says it will do, without a plan word, is
# announced; its management or its executive telling it is its own word (a third party's,
# or an executive of another company speaking of it, stays as it was).

EXECUTIVE_FUTURES = [
    (
        "On the call, management reiterated that Lambda Inc. will begin installing 16,000 "
        "B300 GPUs in the third quarter.",
        "announced",
    ),
    (
        "Nebius will deploy 30,000 GB300 GPUs in Finland, its chief operating officer said.",
        "announced",
    ),
    (
        "Crusoe will install about 12,000 MI355X GPUs in Wyoming, the company's president told "
        "reporters.",
        "announced",
    ),
    (  # trap: a plan word keeps the plan
        "Nebius plans to deploy 30,000 GB300 GPUs in Finland, its CFO said.",
        "planned",
    ),
    (  # trap: analysts' word is their forecast
        "Nebius will deploy 30,000 GB300 GPUs in Finland, analysts at one brokerage said.",
        "forecast",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXECUTIVE_FUTURES)
def test_a_future_told_by_the_companys_executive_is_announced(text: str, expected: str) -> None:
    assert [expected] == [r[4] for r in rows(text, "deployed_chips")]


# -- capacity rented from no one named, in a cloud's own text: the cloud rents it out --------

LESSOR_RELEASE = (
    "Crusoe opens Abilene phase two\n\nABILENE, Texas, March 10, 2026 — Crusoe today said "
    "the second phase of its Abilene campus is live with NVIDIA GB300 NVL72 systems. {}"
)

LESSORS = [
    "Oracle, which signed a four-year deal to rent GB300 capacity at the site, is its "
    "first tenant.",
    "Mistral AI has signed a deal to lease GB300 capacity in the new halls.",
    "OpenAI signed a contract to rent GB300 capacity at Abilene.",
]


@pytest.mark.parametrize("line", LESSORS)
def test_capacity_rented_in_a_clouds_release_is_rented_from_that_cloud(line: str) -> None:
    found = sorted_rows(LESSOR_RELEASE.format(line), "en", PUBLISHED, "company")
    assert {"crusoe"} == {r[3] for r in found if r[1] == "supply_deal"}


# -- a past time right before the verb of signing dates the signing --------------------------
# GUIDE (settled): a past month heading the clause of a signing stays at publication; so does
# one between the subject and its verb ("Oracle, which in May signed …").

SIGNED_THEN = [
    "Meta, which in October signed a deal to rent TPUs from Google Cloud, is testing them.",
    "Mistral AI in November signed an agreement with Microsoft to rent H200 capacity on Azure.",
    "Nvidia in January agreed to invest up to $1.5 billion in Mistral AI.",
]


@pytest.mark.parametrize("text", SIGNED_THEN)
def test_a_time_right_before_the_signing_dates_the_signing(text: str) -> None:
    found = sorted_rows(text, "en", PUBLISHED)
    assert {TODAY} == {r[6] for r in found if r[1] in ("supply_deal", "investment")}


# -- a company's own cloud running a product: on its own premises ----------------------------

OWN_CLOUD_RUNS = [
    "Alibaba says its cloud still relies on in-house silicon as well as Nvidia's H20.",
    "Tencent says its cloud now runs H20 accelerators alongside its own parts.",
    "ByteDance said its cloud uses Ascend 910B chips for some inference.",
]


@pytest.mark.parametrize("text", OWN_CLOUD_RUNS)
def test_its_own_cloud_running_a_chip_is_on_prem(text: str) -> None:
    assert {"on-prem"} == {r[1].get("mode") for r in rows(text, "adopts")}


def test_renting_through_a_cloud_stays_a_cloud_use() -> None:
    # trap: another cloud's capacity
    text = "Tencent rents H20 capacity through another cloud."
    assert {"cloud"} == {r[1].get("mode") for r in rows(text, "adopts")}
