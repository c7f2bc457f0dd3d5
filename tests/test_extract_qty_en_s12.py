"""English quantities (session 12, slice QTY-EN): general shapes behind the misses of the
blind batches, each said several ways here, with traps that must give nothing. Every
sentence is written for these tests.

- The modality of an investment: being close to putting money in is `considering`; a
  pledge named as a noun ("its pledge of up to $X") and an agreement to buy a company's
  shares with words between ("agreed on Monday to buy $X of its stock") are `announced`;
  an amount several backers put in "between them" is no one's.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def of_predicate(text: str, predicate: str) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED, "press")
        if r[1] == predicate
    ]


def usd(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "USD", approx, bound)


# -- the modality of an investment --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oracle is close to committing $3 billion to OpenAI, a person familiar with the "
            "matter said.",
            [("oracle", (("target", "openai"),), None, usd(3e9), "considering", TODAY)],
        ),
        (
            "Microsoft is close to putting another $2 billion into OpenAI, which would lift its "
            "total stake in the lab to $15 billion.",
            [("microsoft", (("target", "openai"),), None, usd(15e9), "considering", TODAY)],
        ),
        (
            "Bankers say Nvidia is now closer to investing $1 billion in xAI than it was in May.",
            [("nvidia", (("target", "xai"),), None, usd(1e9), "considering", TODAY)],
        ),
    ],
)
def test_being_close_to_putting_money_in_is_considering(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "investment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SoftBank restated its pledge of up to $30 billion for OpenAI.",
            [("softbank", (("target", "openai"),), None, usd(30e9, "at-most"), "announced", TODAY)],
        ),
        (
            "Google reaffirmed its pledge to invest as much as $2 billion in Anthropic.",
            [("google", (("target", "anthropic"),), None, usd(2e9, "at-most"), "announced", TODAY)],
        ),
        (
            "Nvidia agreed on Thursday to buy $5 billion of Intel stock.",
            [("nvidia", (("target", "intel"),), None, usd(5e9), "announced", TODAY)],
        ),
        (
            "Microsoft signed an agreement to purchase $1 billion of OpenAI preferred shares.",
            [("microsoft", (("target", "openai"),), None, usd(1e9), "announced", TODAY)],
        ),
    ],
)
def test_a_pledge_or_an_agreed_share_purchase_is_announced(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "investment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a purchase made is a fact
            "Nvidia bought $5 billion of Intel stock in December.",
            [("nvidia", (("target", "intel"),), None, usd(5e9), "actual", TODAY)],
        ),
        (  # the cue belongs to another statement
            "Amazon has invested $8 billion in Anthropic, while Google is close to investing more.",
            [("amazon", (("target", "anthropic"),), None, usd(8e9), "actual", TODAY)],
        ),
        (  # a sum of several backers
            "Oracle and Nvidia could pump roughly $2.3 billion into Mistral between the two.",
            [],
        ),
        (
            "A clutch of pension funds and Microsoft have put $900 million into Mistral AI "
            "combined.",
            [],
        ),
    ],
)
def test_investment_modality_traps(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "investment")


# -- memory of a kind that is no HBM ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The WSE-3 keeps 44 GB of on-chip SRAM next to its cores.",
        "Groq-style designs lean on SRAM, and the MI450 adds 2 GB of on-die SRAM as a cache.",
        "| Chip | Maker | Memory |\n|---|---|---|\n| Rubin CPX | Nvidia | 128 GB GDDR7 |",
        "| Part | Memory | Bandwidth |\n|---|---|---|\n| B300 | 480 GB LPDDR5X | 16 TB/s |",
    ],
)
def test_memory_that_is_no_hbm_gives_no_memory_capacity(text: str) -> None:
    assert of_predicate(text, "memory_capacity") == []


def test_an_hbm_row_of_a_table_keeps_its_memory_capacity() -> None:
    text = "| Chip | Maker | Memory |\n|---|---|---|\n| MI300X | AMD | 192 GB HBM3 |"
    expected = [("mi300x", (("memory", "hbm3"),), None, (192e9, 192e9, "B", False, "exact"))]
    assert expected == [r[:4] for r in of_predicate(text, "memory_capacity")]


# -- a second site of a clause with its own place -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meta says Prometheus, a cluster in Ohio, comes online in 2026, and Hyperion in "
            "Louisiana will follow it two years later.",
            [("hyperion", "Louisiana, US"), ("prometheus", "Ohio, US")],
        ),
        (
            "Prometheus, in New Albany, Ohio, switches on first; Hyperion in Richland Parish, "
            "Louisiana, takes the bigger load.",
            [("hyperion", "Louisiana, US"), ("prometheus", "Ohio, US")],
        ),
        (
            "The newest Fairwater site, outside Dallas, Texas, will join the Fairwater campuses "
            "in Atlanta and Wisconsin on one network.",
            [
                ("fairwater", "Georgia, US"),
                ("fairwater", "Texas, US"),
                ("fairwater", "Wisconsin, US"),
            ],
        ),
    ],
)
def test_each_site_followed_by_its_own_place_is_there(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == [(r[0], r[3]) for r in of_predicate(text, "located_in")]


@pytest.mark.parametrize(
    "text",
    [
        "Meta says Prometheus, a cluster in Ohio, comes online in 2026, and Hyperion is not in "
        "Texas.",
        "Meta says Prometheus, a cluster in Ohio, comes online in 2026, and Hyperion draws "
        "power from the grid in Louisiana.",
    ],
)
def test_a_second_site_without_its_own_place_is_not_placed(text: str) -> None:
    assert [(r[0], r[3]) for r in of_predicate(text, "located_in")] == [("prometheus", "Ohio, US")]


# -- a chip count as a fleet's adjective; "the lab" -----------------------------------------


def chips(n: float) -> tuple[Any, ...]:
    return (n, n, "count", False, "exact")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colossus, the 150,000-GPU supercomputer near Memphis, now runs on Spectrum-X.",
            [("colossus", (), None, chips(150000), "actual", TODAY)],
        ),
        (
            "Stargate, a 400,000-GB200 campus, will draw on gas turbines.",
            [("stargate", (("chip", "gb200"),), None, chips(400000), "actual", TODAY)],
        ),
        (
            "xAI switched on the 60,000-GPU Colossus 2 after four months of work.",
            [("colossus-2", (), None, chips(60000), "actual", TODAY)],
        ),
    ],
)
def test_a_count_as_the_adjective_of_a_fleet_is_deployed_chips(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        "Meta trained its model on a pair of 16,000-GPU clusters.",  # each cluster's size
        "Baidu trains on a 20,000-chip cluster of its own Kunlun processors.",  # no vocabulary chip
        "AMD's 72-GPU Helios rack ships next year.",  # one system
        "Meta gives every team an 8-GPU server.",
    ],
)
def test_fleet_adjective_traps(text: str) -> None:
    assert of_predicate(text, "deployed_chips") == []


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek published its paper in May. The lab says it trained the model on a cluster "
        "of 4,096 H800s.",
        "DeepSeek published its paper in May. The Hangzhou lab trained the model on a cluster "
        "of 4,096 H800s, the paper says.",
    ],
)
def test_the_lab_refers_back_to_the_lab_just_named(text: str) -> None:
    expected = [("deepseek", (("chip", "h800"),), None, chips(4096), "actual", TODAY)]
    assert expected == of_predicate(text, "deployed_chips")


def test_the_lab_of_a_chipmaker_is_no_lab_company() -> None:
    text = (
        "Nvidia opened a research lab in Zurich. The lab trained a model on a cluster of 512 H100s."
    )
    assert of_predicate(text, "deployed_chips") == []


# -- an analyst's comparison with its own number; HBM capacity of no generation -----------


def analyst_capacity(text: str) -> list[Row]:
    rows = sorted_rows(text, "en", PUBLISHED, "analyst")
    return [(r[0], r[2], r[4][0], r[5], r[6]) for r in rows if r[1] == "capacity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TSMC had roughly 80,000 wafers per month of CoWoS capacity, in line with our "
            "prior model.",
            [("tsmc", (("process", "cowos"),), 80000, "actual", TODAY)],
        ),
        (
            "SK hynix now runs 160,000 wafers a month of HBM4 lines, slightly above our "
            "earlier estimate.",
            [("sk-hynix", (("process", "hbm4"),), 160000, "actual", TODAY)],
        ),
    ],
)
def test_a_figure_compared_with_the_analysts_own_is_reported(
    text: str, expected: list[Row]
) -> None:
    assert expected == analyst_capacity(text)


def test_the_analysts_own_figure_stays_a_forecast() -> None:
    text = "We think TSMC has 80,000 wafers a month of CoWoS capacity, in line with our model."
    assert analyst_capacity(text) == [("tsmc", (("process", "cowos"),), 80000, "forecast", TODAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Micron's 12-high HBM3E has shipped since June. We estimate Micron ends 2026 with "
            "roughly 30,000 wafers a month of HBM capacity.",
            [("micron", (), 30000, "forecast", ("point", "2026-12-31", "2026-12-31"))],
        ),
        (
            "Micron's 12-high HBM3E has shipped since June. We estimate Micron ends 2026 with "
            "roughly 30,000 wafers a month of HBM3E capacity.",
            [
                (
                    "micron",
                    (("process", "hbm3e"),),
                    30000,
                    "forecast",
                    ("point", "2026-12-31", "2026-12-31"),
                )
            ],
        ),
    ],
)
def test_capacity_of_hbm_with_no_generation_takes_none_from_the_context(
    text: str, expected: list[Row]
) -> None:
    assert expected == analyst_capacity(text)


# -- a lessor described as renting out compute is no customer --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Crusoe, a Denver-based firm that rents out GPU clusters to model builders, said the hall "
        "will hold 12,000 Nvidia GB200 GPUs.",
        "Nebius, a cloud that rents out compute to AI labs, says its new site will house 12,000 "
        "Nvidia GB200 GPUs.",
        "KT already runs a cluster of about 2,000 Nvidia H200s in Seoul that it rents to local "
        "start-ups.",
    ],
)
def test_a_lessor_renting_out_compute_counts_its_own_chips(text: str) -> None:
    rows = sorted_rows(text, "en", PUBLISHED, "press")
    assert [r[1] for r in rows if r[1] in ("deployed_chips", "supply_deal")] == ["deployed_chips"]


# -- the investor of a relative clause; "committed some $X"; an investment made last year ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OpenAI widened its cloud pact with Oracle, and SoftBank, which has committed "
            "$15 billion to the lab, is now its largest backer.",
            [("softbank", (("target", "openai"),), None, usd(15e9), "actual", TODAY)],
        ),
        (
            "Anthropic buys chips from Nvidia, and Amazon, which has poured $8 billion into the "
            "start-up, keeps a board observer.",
            [("amazon", (("target", "anthropic"),), None, usd(8e9), "actual", TODAY)],
        ),
    ],
)
def test_the_company_a_relative_clause_describes_is_the_investor(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "investment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Google has committed some $3bn to Anthropic.",
            [("google", (("target", "anthropic"),), None, usd(3e9, approx=True), "actual", TODAY)],
        ),
        (
            "Nvidia has committed around $2 billion to xAI so far.",
            [("nvidia", (("target", "xai"),), None, usd(2e9, approx=True), "actual", TODAY)],
        ),
        (  # the year dates the act; the stake stands today
            "KT made an investment of 30 billion won in FuriosaAI last year.",
            [
                (
                    "kt",
                    (("target", "furiosaai"),),
                    None,
                    (3e10, 3e10, "KRW", False, "exact"),
                    "actual",
                    TODAY,
                )
            ],
        ),
    ],
)
def test_committed_amounts_and_an_investment_made_last_year(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "investment")


# -- a later count that resizes the fleet just counted ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SK Telecom has installed 2,000 Rebel-Quad cards so far, and it plans to expand this "
            "to 6,000 cards by the end of 2027.",
            [
                ("sk-telecom", (("chip", "rebel"),), None, chips(2000), "actual", TODAY),
                (
                    "sk-telecom",
                    (("chip", "rebel"),),
                    None,
                    chips(6000),
                    "planned",
                    ("deadline", "2026-03-10", "2027-12-31"),
                ),
            ],
        ),
        (
            "CoreWeave runs 20,000 H200 GPUs in Texas and will grow that to 50,000 GPUs by 2028.",
            [
                ("coreweave", (("chip", "h200"),), None, chips(20000), "actual", TODAY),
                (
                    "coreweave",
                    (("chip", "h200"),),
                    None,
                    chips(50000),
                    "planned",
                    ("deadline", "2026-03-10", "2028-12-31"),
                ),
            ],
        ),
    ],
)
def test_a_count_that_resizes_the_fleet_just_counted_keeps_its_chip(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "deployed_chips")


def test_a_new_fleet_of_no_named_chip_keeps_none() -> None:
    text = "CoreWeave runs 20,000 H200 GPUs in Texas and will add 50,000 GPUs elsewhere by 2028."
    assert [(r[1], r[3][0]) for r in of_predicate(text, "deployed_chips")] == [
        ((), 50000.0),
        ((("chip", "h200"),), 20000.0),
    ]


# -- a part of a fleet of one family, in the sentence or the next ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crusoe runs some 40,000 Blackwell GPUs across its sites, of which about 9,000 are "
            "GB300s.",
            [
                ("crusoe", (("chip", "blackwell"),), None, (40000, 40000, "count", True, "exact")),
                ("crusoe", (("chip", "gb300"),), None, (9000, 9000, "count", True, "exact")),
            ],
        ),
        (
            "Colossus 2 runs about 150,000 GPUs. Roughly 50,000 of them are GB300s.",
            [
                ("colossus-2", (), None, (150000, 150000, "count", True, "exact")),
                ("colossus-2", (("chip", "gb300"),), None, (50000, 50000, "count", True, "exact")),
            ],
        ),
    ],
)
def test_a_part_of_a_fleet_names_its_own_chip(text: str, expected: list[Row]) -> None:
    assert expected == [r[:4] for r in of_predicate(text, "deployed_chips")]


@pytest.mark.parametrize(
    "text",
    [
        "Meta runs 350,000 H100s. About 50,000 of them are in Texas.",
        "Meta runs 350,000 H100s, of which 50,000 are in Texas.",
        "Meta runs 350,000 H100s. About 50,000 of them are H100s bought last year.",
    ],
)
def test_a_part_that_names_no_other_chip_is_no_count(text: str) -> None:
    assert [r[3][0] for r in of_predicate(text, "deployed_chips")] == [350000]


# -- a site or a phase as the subject of a count, in a sentence naming no company -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crusoe switched on its Wyoming campus this week. The first phase houses about "
            "12,000 GB200 GPUs.",
            [("crusoe", (("chip", "gb200"),), None, (12000, 12000, "count", True, "exact"))],
        ),
    ],
)
def test_a_site_subject_counts_the_chips_of_the_company_just_named(
    text: str, expected: list[Row]
) -> None:
    assert expected == [r[:4] for r in of_predicate(text, "deployed_chips")]


def test_the_chips_maker_named_as_a_brand_is_not_the_owner() -> None:
    text = (
        "Nscale opened its Norwegian site, which runs on Nvidia GB300 NVL72 racks. The new "
        "building houses 9,000 GB300 GPUs."
    )
    assert "nvidia" not in [r[0] for r in of_predicate(text, "deployed_chips")]


def test_a_site_of_another_named_company_is_not_taken_from_the_previous_sentence() -> None:
    text = "Crusoe switched on its Wyoming campus. The site of CoreWeave houses 12,000 GB200 GPUs."
    assert [r[0] for r in of_predicate(text, "deployed_chips")] != ["crusoe"]


# -- a system said to hold a single chip -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Every CS-3 box holds just one WSE-3, cooled by water.",
        "Each CS-3 system is designed around a single WSE-3 and a large memory appliance.",
    ],
)
def test_a_system_built_around_a_single_chip_holds_one(text: str) -> None:
    assert [r[:4] for r in of_predicate(text, "chips_per_system")] == [
        ("wse-3", (), None, (1, 1, "count", False, "exact"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The lab uses one H100 for testing.",
        "Each module has a single HBM3E stack beside its B200.",
        "Cerebras sold one WSE-3 to a national lab.",
    ],
)
def test_one_chip_outside_a_systems_frame_is_no_count(text: str) -> None:
    assert of_predicate(text, "chips_per_system") == []


# -- a rival's capacity set against the one just given ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We think Micron ends 2026 with about 40,000 wafers a month of HBM capacity, against "
        "roughly 160,000 for SK hynix.",
        "We think Micron ends 2026 with about 40,000 wafers a month of HBM capacity, versus "
        "some 160,000 at SK hynix.",
    ],
)
def test_a_rivals_figure_set_against_takes_the_same_time_and_modality(text: str) -> None:
    end = ("point", "2026-12-31", "2026-12-31")
    assert analyst_capacity(text) == [
        ("micron", (), 40000, "forecast", end),
        ("sk-hynix", (), 160000, "forecast", end),
    ]


def test_a_figure_set_against_with_no_owner_is_not_a_rivals() -> None:
    text = "We think Micron ends 2026 with about 40,000 wafers a month, against 20,000 today."
    assert "sk-hynix" not in [r[0] for r in analyst_capacity(text)]
    assert all(r[0] == "micron" for r in analyst_capacity(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft said on Tuesday it would put as much as $1 billion into Mistral AI.",
            [
                (
                    "microsoft",
                    (("target", "mistral"),),
                    None,
                    usd(1e9, "at-most"),
                    "announced",
                    TODAY,
                )
            ],
        ),
        (
            "Amazon says it would invest $4 billion in Anthropic.",
            [("amazon", (("target", "anthropic"),), None, usd(4e9), "announced", TODAY)],
        ),
        (  # a plan word keeps the plan
            "Amazon says it plans to invest $4 billion in Anthropic.",
            [("amazon", (("target", "anthropic"),), None, usd(4e9), "planned", TODAY)],
        ),
    ],
)
def test_a_company_saying_it_would_invest_announces_it(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "investment")


def test_a_rival_named_with_its_figure_after_with_is_set_against_the_first() -> None:
    text = (
        "We think Micron ends 2026 with about 40,000 wafers a month of HBM capacity, with "
        "SK hynix at roughly 160,000 and Samsung further back."
    )
    end = ("point", "2026-12-31", "2026-12-31")
    assert analyst_capacity(text) == [
        ("micron", (), 40000, "forecast", end),
        ("sk-hynix", (), 160000, "forecast", end),
    ]


def test_a_company_saying_it_would_invest_told_by_others_stays_planned() -> None:
    text = (
        "Amazon said it would invest $4 billion in Anthropic, according to two people briefed "
        "on the talks."
    )
    expected = [("amazon", (("target", "anthropic"),), None, usd(4e9), "planned", TODAY)]
    assert expected == of_predicate(text, "investment")
