"""General causes behind the English extractor's misses, found from the space of
phrasings rather than from articles: each cause is pinned by a matrix of paraphrases that
vary one thing at a time (verb, tense and modality, word order, number format, register),
plus traps that must not change. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import extract_rows

PUBLISHED = datetime(2026, 6, 12, 9, 0, tzinfo=UTC)
AT_PUBLICATION = ("point", "2026-06-12", "2026-06-12")


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "en", PUBLISHED, tier)


def counts(text: str) -> set[tuple[Any, ...]]:
    """Subject, chip, low value, modality and valid time of each count claim."""
    return {
        (r[0], r[2].get("chip"), r[4][0], r[5], r[6])
        for r in rows(text)
        if r[4] is not None and r[4][2] == "count" and r[1] == "deployed_chips"
    }


def facts(text: str) -> set[tuple[Any, ...]]:
    """Subject, predicate, sorted qualifiers, object, low value and modality of each claim."""
    return {
        (
            r[0],
            r[1],
            tuple(sorted(r[2].items())),
            r[3],
            r[4] if isinstance(r[4], str) else r[4] and r[4][0],
            r[5],
        )
        for r in rows(text)
    }


# -- a contracted "not" denies ------------------------------------------------------------
# "won't", "doesn't", "isn't": the negation cues match at word starts, so the "n't" of a
# contraction (after a letter) was never seen and a denied statement became a fact.
# "has yet to" / "is yet to" deny that a level is reached.

CONTRACTED_DENIALS = [
    "AWS won't deploy 1.5 million Trainium2 chips at Project Rainier this year.",
    "AWS doesn't plan to put 1.5 million Trainium2 chips in Project Rainier.",
    "AWS didn’t install 1.5 million Trainium2 chips at Project Rainier.",
    "Project Rainier won't house 1.5 million Trainium2 chips.",
    "Project Rainier isn't expected to house 1.5 million Trainium2 chips.",
    "Project Rainier has yet to reach 1.5 million Trainium2 chips.",
    "Meta won't rent TPUs from Google Cloud.",
    "Microsoft hasn't invested $10 billion in OpenAI.",
]


@pytest.mark.parametrize("text", CONTRACTED_DENIALS)
def test_a_contracted_not_denies_the_statement(text: str) -> None:
    assert not rows(text)


CONTRACTION_TRAPS = [
    # the denial is in a relative clause of its own, the count is the main statement
    (
        "Meta, which doesn't break out its spending, runs 600,000 H100s.",
        {("meta", "h100", 600000.0, "actual", AT_PUBLICATION)},
    ),
    (
        "Meta runs 600,000 H100s, though it won't say where.",
        {("meta", "h100", 600000.0, "actual", AT_PUBLICATION)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACTION_TRAPS)
def test_a_contraction_in_another_clause_denies_nothing(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- "could grow to": a hedged level, not a capability -------------------------------------
# "could" near a count was read as what a product can hold ("can scale to 131,072 GPUs")
# and dropped. A modal before a verb of reaching a level ("could grow to", "could reach",
# "could top") hedges a projection: a forecast of the site's fleet.

NEXT_YEAR = ("point", "2027-01-01", "2027-12-31")

HEDGED_COUNTS = [
    (
        "Project Rainier could grow to 1 million Trainium2 chips next year.",
        {("project-rainier", "trainium2", 1e6, "forecast", NEXT_YEAR)},
    ),
    (
        "Project Rainier could reach 1 million Trainium2 chips next year.",
        {("project-rainier", "trainium2", 1e6, "forecast", NEXT_YEAR)},
    ),
    (
        "Next year Colossus 2 could eventually top 550,000 GB200 chips.",
        {("colossus-2", "gb200", 550000.0, "forecast", NEXT_YEAR)},
    ),
]

HEDGED_COUNT_TRAPS = [
    # what one product can be scaled to is no fleet
    ("A single Ironwood pod could scale to 9,216 chips.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_COUNTS + HEDGED_COUNT_TRAPS)
def test_could_before_a_level_is_a_forecast_not_a_capability(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- a near-future span with no calendar date ------------------------------------------------
# "in a few weeks", "over the coming weeks", "within the next few months" resolve to no
# time (the claim stays at publication) but what they time is still to come: a clause with
# no other cue is planned, and a company's own word about it (a saying verb, no third
# party) announced, as the GUIDE rules for a future action with no plan word.

NEAR_FUTURE = [
    (
        "Project Rainier starts going online in a few weeks with 400,000 Trainium2 chips.",
        {("project-rainier", "trainium2", 400000.0, "planned", AT_PUBLICATION)},
    ),
    (
        "Colossus 2 comes online over the coming weeks with 550,000 GB200 chips.",
        {("colossus-2", "gb200", 550000.0, "planned", AT_PUBLICATION)},
    ),
    (
        "The first 110,000 GB200 chips go live at Colossus 2 in the next few weeks.",
        {("colossus-2", "gb200", 110000.0, "planned", AT_PUBLICATION)},
    ),
    (
        "Musk said Colossus 2 starts running 110,000 GB200 chips in a matter of weeks.",
        {("colossus-2", "gb200", 110000.0, "announced", AT_PUBLICATION)},
    ),
    (
        "Analysts said Colossus 2 gets 110,000 GB200 chips in the coming months.",
        {("colossus-2", "gb200", 110000.0, "forecast", AT_PUBLICATION)},
    ),
]

NEAR_FUTURE_TRAPS = [
    # a span after a past event, and spans in the past, time a fact
    (
        "Within weeks of opening, Colossus 2 ran 110,000 GB200 chips.",
        {("colossus-2", "gb200", 110000.0, "actual", AT_PUBLICATION)},
    ),
    (
        "In the past few weeks Colossus 2 ran 110,000 GB200 chips.",
        {("colossus-2", "gb200", 110000.0, "actual", AT_PUBLICATION)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_FUTURE + NEAR_FUTURE_TRAPS)
def test_a_near_future_span_makes_a_count_expected(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- a count of two chips at once --------------------------------------------------------
# "550,000 GB200 and GB300 chips", "a mix of 200,000 H100s and H200s": one figure for a
# list of chips gave no claim at all; the GUIDE records the fleet with no chip qualifier,
# in whatever modality and time the clause has. What a later phase adds is no fleet total.

END_2026 = ("deadline", "2026-06-12", "2026-12-31")
Q4_2026 = ("point", "2026-10-01", "2026-12-31")

MIXED_COUNTS = [
    (
        "Colossus 2 will house 550,000 GB200 and GB300 chips.",  # a bare future: announced
        {("colossus-2", None, 550000.0, "announced", AT_PUBLICATION)},
    ),
    (
        "xAI plans to bring 550,000 GB200 and GB300 chips online at Colossus 2 by year-end.",
        {("colossus-2", None, 550000.0, "planned", END_2026)},
    ),
    (
        "Colossus runs a mix of 200,000 H100s and H200s.",
        {("colossus", None, 200000.0, "actual", AT_PUBLICATION)},
    ),
    (
        "Colossus now runs 200,000 H100 and H200 GPUs.",
        {("colossus", None, 200000.0, "actual", AT_PUBLICATION)},
    ),
    (
        "Stargate is expected to hold 400,000 GB200/GB300 chips next year.",
        {("stargate", None, 400000.0, "forecast", NEXT_YEAR)},
    ),
    (
        "The first 100,000 GB300 and B300 chips arrive at Stargate in the fourth quarter.",
        {("stargate", None, 100000.0, "planned", Q4_2026)},
    ),
    (
        "At Colossus 2, the first batch of 550k GB200s & GB300s starts going online in a few"
        " weeks.",
        {("colossus-2", None, 550000.0, "planned", AT_PUBLICATION)},
    ),
]

MIXED_COUNT_TRAPS = [
    # each chip has its own figure
    (
        "Meta runs 350,000 H100s and 250,000 H200s.",
        {
            ("meta", "h100", 350000.0, "actual", AT_PUBLICATION),
            ("meta", "h200", 250000.0, "actual", AT_PUBLICATION),
        },
    ),
    # what a later phase adds is no fleet
    (
        "xAI plans to bring 550,000 GB200 and GB300 chips online at Colossus 2 in a second phase.",
        set(),
    ),
    ("xAI will bring 550,000 GB200 chips online at Colossus 2 in its next phase.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_COUNTS + MIXED_COUNT_TRAPS)
def test_a_count_of_several_chips_is_a_fleet_with_no_chip(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- "set to", "in line to", "headed for": schedule words outside "is set to" ---------------
# Only "is/are set to" was a plan cue, so the apposition ("Project Rainier, set to house …")
# and "looks set to" stated a fact; a passive progressive towards a level ("is being
# expanded to 1.5 million") and "is in line to", "is headed for" likewise.

SCHEDULED = [
    "Project Rainier, set to house 1 million Trainium2 chips, is in Indiana.",
    "Project Rainier looks set to house 1 million Trainium2 chips.",
    "Project Rainier is being expanded to 1 million Trainium2 chips.",
    "Project Rainier is being built out to 1 million Trainium2 chips.",
    "Project Rainier is in line to get 1 million Trainium2 chips.",
    "Project Rainier is headed for 1 million Trainium2 chips.",
]


@pytest.mark.parametrize("text", SCHEDULED)
def test_a_schedule_word_makes_a_count_planned(text: str) -> None:
    assert {("project-rainier", "trainium2", 1e6, "planned", AT_PUBLICATION)} == counts(text)


SCHEDULE_TRAPS = [
    # the schedule word belongs to a relative clause or a fronted phrase of its own
    "Project Rainier, which was set to open in 2025, runs 500,000 Trainium2 chips.",
    "Project Rainier, which is being built in Indiana, runs 500,000 Trainium2 chips.",
    "Headed for a record year, AWS runs 500,000 Trainium2 chips at Project Rainier.",
    "Project Rainier, now being expanded, runs 500,000 Trainium2 chips.",
]


@pytest.mark.parametrize("text", SCHEDULE_TRAPS)
def test_a_schedule_word_of_another_clause_leaves_the_fact(text: str) -> None:
    assert {("project-rainier", "trainium2", 500000.0, "actual", AT_PUBLICATION)} == counts(text)


def test_construction_under_way_keeps_the_site_actual() -> None:
    text = "Hyperion, which is being built in Louisiana, will house 1 million H100s."
    assert ("hyperion", "located_in", (), None, "Louisiana, US", "actual") in facts(text)


# -- an alternative not taken ------------------------------------------------------------
# "buys GB300 chips rather than renting them", "instead of leasing capacity from Oracle":
# the gerund after "rather than"/"instead of" is what the subject does not do. Its rental
# word set a cloud mode and its provider became a supplier; now it triggers nothing, sets
# no mode and names no party. A noun alternative ("rather than Nvidia's Rubin") is only a
# comparison and leaves the clause alone.

NOT_TAKEN = [
    (
        # (session 11: a cloud's own use with no place named is on-prem)
        "Microsoft buys GB300 chips rather than renting them.",
        {("microsoft", "adopts", (("mode", "on-prem"),), "gb300", None, "actual")},
    ),
    (
        "Microsoft buys GB300 chips instead of renting them from CoreWeave.",
        {("microsoft", "adopts", (("mode", "on-prem"),), "gb300", None, "actual")},
    ),
    (
        "Instead of leasing capacity from Oracle, OpenAI will run GB200s in its own data centers.",
        {("openai", "adopts", (("mode", "on-prem"),), "gb200", None, "planned")},
    ),
    (
        "Meta rents TPUs from Google Cloud rather than buying them.",
        {("meta", "adopts", (("mode", "cloud"), ("via", "google")), "google-tpu", None, "actual")},
    ),
    ("Nebius keeps its GB300s for its own models rather than renting them out.", set()),
    (
        "OpenAI will use AMD's MI450 instead of Nvidia's Rubin.",
        {("openai", "adopts", (), "mi450", None, "planned")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_TAKEN)
def test_an_alternative_not_taken_is_no_rental_and_no_deal(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text)


# -- a trial or an evaluation agreed -----------------------------------------------------
# "signed an MoU to evaluate RNGD chips", "agreed to pilot Rebel-Quad": what a memorandum
# or an agreement sets up is a test, a company weighing the product (considering), not an
# adoption done.

TRIALS = [
    (
        "Naver signed a memorandum of understanding with FuriosaAI to evaluate RNGD chips.",
        "naver",
        "rngd",
    ),
    ("Kakao signed an MoU to evaluate Rebellions' Rebel-Quad chips.", "kakao", "rebel"),
    ("SK Telecom signed an MoU with Rebellions to test Rebel-Quad.", "sk-telecom", "rebel"),
    ("SK Telecom agreed to pilot Rebel-Quad in its data centers.", "sk-telecom", "rebel"),
]


@pytest.mark.parametrize(("text", "company", "chip"), TRIALS)
def test_an_agreement_to_evaluate_is_a_considered_adoption(
    text: str, company: str, chip: str
) -> None:
    expected = [(company, chip, "considering")]
    assert expected == [(r[0], r[3], r[5]) for r in rows(text) if r[1] == "adopts"]


def test_what_is_in_use_after_a_test_stays_actual() -> None:
    text = "Naver uses RNGD chips, which it began to test last year."
    expected = [("naver", "rngd", "actual")]
    assert expected == [(r[0], r[3], r[5]) for r in rows(text) if r[1] == "adopts"]


# -- a rental told from the provider's side ---------------------------------------------------
# "Google rents out TPUs to Anthropic", "CoreWeave leases GB200 capacity to OpenAI", "Oracle
# will provide OpenAI with GB200 capacity": the customer after "to" (or after "provide")
# rents the product in the provider's cloud (adopts, cloud, via the provider); these gave
# nothing. A sale to a customer ("supplies GB200 chips to Microsoft") stays a supply deal.

CLOUD_VIA = "mode", "cloud"

LESSORS = [
    ("Google rents out TPUs to Anthropic.", "anthropic", "google-tpu", "google", "actual"),
    ("Google leases TPU capacity to Meta.", "meta", "google-tpu", "google", "actual"),
    ("CoreWeave leases H100 servers to Microsoft.", "microsoft", "h100", "coreweave", "actual"),
    ("CoreWeave provides GB200 capacity to OpenAI.", "openai", "gb200", "coreweave", "actual"),
    (
        "Oracle will provide OpenAI with GB200 capacity in Abilene.",
        "openai",
        "gb200",
        "oracle",
        "planned",
    ),
]


@pytest.mark.parametrize(("text", "customer", "chip", "provider", "modality"), LESSORS)
def test_a_provider_renting_out_is_the_customers_cloud_adoption(
    text: str, customer: str, chip: str, provider: str, modality: str
) -> None:
    expected = {(customer, "adopts", (CLOUD_VIA, ("via", provider)), chip, None, modality)}
    assert expected == facts(text)


LESSOR_TRAPS = [
    (
        "Nvidia supplies GB200 chips to Microsoft.",
        {("microsoft", "supply_deal", (("product", "gb200"),), "nvidia", None, "actual")},
    ),
    ("AWS rents out Trainium2 chips to customers such as Anthropic.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LESSOR_TRAPS)
def test_a_sale_or_an_unnamed_renter_is_no_rental_adoption(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text)


# -- a sale told by the seller -------------------------------------------------------------
# "Nvidia sells H100s to CoreWeave", "Nvidia sold 20,000 H100 chips to CoreWeave": "ships
# to", "supplies" and "delivered to" were deal words, "sells"/"sold" were not. "is sold
# out" is demand outrunning supply, no sale to anyone.

SALES = [
    ("Nvidia sells H100s to CoreWeave.", None),
    ("Nvidia sold H100 chips to CoreWeave.", None),
    ("Nvidia sold 20,000 H100 chips to CoreWeave.", 20000.0),
]


@pytest.mark.parametrize(("text", "count"), SALES)
def test_a_sale_is_a_supply_deal(text: str, count: float | None) -> None:
    expected = {("coreweave", "supply_deal", (("product", "h100"),), "nvidia", count, "actual")}
    assert expected == facts(text)


def test_sold_out_is_no_sale() -> None:
    text = (
        "TSMC packages HBM4 stacks with CoWoS.\n\nAt SK hynix, HBM4 output is about 60,000"
        " wafers a month, and management says its 2026 HBM is sold out."
    )
    assert not [r for r in rows(text) if r[1] == "supply_deal"]


# -- a relative clause after its preposition -------------------------------------------------
# ", in which Microsoft holds a stake,", ", on which xAI trains its Grok models": a relative
# clause opened by a preposition was not one, so its subject became the main verb's
# ("OpenAI, in which Microsoft holds a stake, rents …" made Microsoft the renter) and the
# main clause's "will" governed its own present ("… will expand Colossus, on which xAI
# trains" made the training planned).

PREPOSITION_RELATIVES = [
    (
        "OpenAI, in which Microsoft holds a stake, rents GB200s from CoreWeave.",
        ("openai", "adopts", (CLOUD_VIA, ("via", "coreweave")), "gb200", None, "actual"),
    ),
    (
        "The funds will help grow Colossus, the cluster in Memphis, on which xAI trains its"
        " Grok models.",
        ("xai", "trains_on", (), "colossus", None, "actual"),
    ),
    (
        "The new money will expand Project Rainier, on which Anthropic trains Claude.",
        ("anthropic", "trains_on", (), "project-rainier", None, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), PREPOSITION_RELATIVES)
def test_a_relative_clause_after_a_preposition_is_its_own_statement(
    text: str, fact: tuple[Any, ...]
) -> None:
    assert fact in facts(text)


# -- the investor named after the money ------------------------------------------------------
# "OpenAI received $30 billion from SoftBank", "Anthropic, backed by $8 billion from
# Amazon", "Anthropic is backed by Google, which has invested $3 billion", "OpenAI, in which
# Microsoft has invested $13 billion", "Google backs Anthropic with $2 billion": the nearest
# company before the money is the target here, not the investor. These gave nothing or the
# investment the wrong way round (OpenAI investing in SoftBank).

INVESTED_FROM = [
    ("OpenAI received $30 billion from SoftBank.", "softbank", "openai", 3e10, "actual"),
    ("OpenAI got a $30 billion investment from SoftBank.", "softbank", "openai", 3e10, "actual"),
    ("OpenAI secured $30 billion of funding from SoftBank.", "softbank", "openai", 3e10, "actual"),
    ("OpenAI is set to get up to $100 billion from Nvidia.", "nvidia", "openai", 1e11, "planned"),
    (
        "Anthropic, backed by $8 billion from Amazon, trains Claude on Project Rainier.",
        "amazon",
        "anthropic",
        8e9,
        "actual",
    ),
    (
        "Anthropic is backed by Google, which has invested $3 billion.",
        "google",
        "anthropic",
        3e9,
        "actual",
    ),
    (
        "OpenAI, in which Microsoft has invested $13 billion, rents GB200s from CoreWeave.",
        "microsoft",
        "openai",
        1.3e10,
        "actual",
    ),
    ("Google backs Anthropic with $2 billion.", "google", "anthropic", 2e9, "actual"),
    ("Nvidia is putting $2 billion into xAI.", "nvidia", "xai", 2e9, "actual"),
]


@pytest.mark.parametrize(("text", "investor", "target", "amount", "modality"), INVESTED_FROM)
def test_the_investor_named_after_the_money_invests_in_the_subject(
    text: str, investor: str, target: str, amount: float, modality: str
) -> None:
    expected = [(investor, (("target", target),), amount, modality)]
    assert expected == [(f[0], f[2], f[4], f[5]) for f in facts(text) if f[1] == "investment"]


INVESTED_FROM_TRAPS = [
    "Anthropic received a $2 billion order from AWS.",
    "OpenAI bought $30 billion of compute from Oracle.",
    "Amazon poured another $4 billion into Anthropic.",
]


@pytest.mark.parametrize("text", INVESTED_FROM_TRAPS)
def test_an_order_a_purchase_or_an_increment_is_no_investment(text: str) -> None:
    assert not [f for f in facts(text) if f[1] == "investment"]


# -- verbs of choosing and moving to a product ------------------------------------------------
# "moves its workloads to", "standardizes on", "settled on", "went with", "bet on", "doubles
# down on", "shifted inference to", "training on": adoptions the trigger list did not know
# ("switch", "pick", "opt", "chose" it did).

ADOPTION_VERBS = [
    ("Anthropic moves its workloads to Trainium2.", "anthropic", "trainium2", "actual"),
    ("Anthropic will move its workloads to Google TPUs.", "anthropic", "google-tpu", "planned"),
    ("Meta standardizes on Google's TPUs for inference.", "meta", "google-tpu", "actual"),
    ("Meta has settled on Google's TPUs for inference.", "meta", "google-tpu", "actual"),
    ("Meta went with AMD's MI450.", "meta", "mi450", "actual"),
    ("Meta is betting big on AMD's MI450.", "meta", "mi450", "actual"),
    ("Anthropic doubles down on Trainium2.", "anthropic", "trainium2", "actual"),
    ("Meta shifted inference to Google TPUs.", "meta", "google-tpu", "actual"),
    ("Meta will shift part of its inference to Trainium2 chips.", "meta", "trainium2", "planned"),
]


@pytest.mark.parametrize(("text", "company", "chip", "modality"), ADOPTION_VERBS)
def test_a_verb_of_choosing_or_moving_to_a_product_is_an_adoption(
    text: str, company: str, chip: str, modality: str
) -> None:
    expected = [(company, chip, modality)]
    assert expected == [(r[0], r[3], r[5]) for r in rows(text) if r[1] == "adopts"]


ADOPTION_VERB_TRAPS = [
    "SK hynix shifted HBM4 production to its M15X fab.",
    "Nvidia shifted GB300 shipments to the fourth quarter.",
    "Investors bet on Nvidia's GB300 ramp.",
    "TSMC is standardizing CoWoS-L for Rubin.",
]


@pytest.mark.parametrize("text", ADOPTION_VERB_TRAPS)
def test_shifting_or_betting_on_ones_own_or_anothers_product_is_no_adoption(text: str) -> None:
    assert not [r for r in rows(text) if r[1] == "adopts"]


# -- forecast capacity phrasings ---------------------------------------------------------------


def capacities(text: str) -> set[tuple[Any, ...]]:
    """Low and high value, modality and valid time of each capacity claim."""
    return {(r[4][0], r[4][1], r[5], r[6]) for r in rows(text) if r[1] == "capacity"}


END_OF_2026 = ("point", "2026-12-31", "2026-12-31")

# "estimates range from 80,000 to 100,000": "from A to B" was always read as a change (the
# second figure alone); after "range(s)", "ranging", "anywhere", "vary" it is a span.

RANGES_FROM = [
    "Estimates of TSMC's CoWoS capacity range from 80,000 to 100,000 wafers a month at the end"
    " of 2026.",
    "Estimates for TSMC's end-2026 CoWoS capacity range from 80,000 to 100,000 wafers a month.",
    "Analysts' estimates for TSMC's CoWoS capacity at the end of 2026 vary from 80,000 to"
    " 100,000 wafers a month.",
]


@pytest.mark.parametrize("text", RANGES_FROM)
def test_estimates_ranging_from_a_to_b_are_a_range(text: str) -> None:
    assert {(80000.0, 100000.0, "forecast", END_OF_2026)} == capacities(text)


def test_rising_from_a_to_b_is_still_a_change() -> None:
    text = "TSMC's CoWoS capacity rose from 75,000 to 90,000 wafers a month."
    assert {(90000.0, 90000.0, "actual", AT_PUBLICATION)} == capacities(text)


# ", according to TrendForce" after a "will": the whole statement is the research firm's
# projection (forecast), as ", analysts say" already was; a company or an unnamed executive
# named there leaves the company's own plan.

Q4 = ("point", "2026-10-01", "2026-12-31")
BY_END_2026 = ("deadline", "2026-06-12", "2026-12-31")

ACCORDING_TO = [
    (
        "TSMC's CoWoS capacity will reach 90k wpm in the fourth quarter, according to TrendForce.",
        {(90000.0, 90000.0, "forecast", Q4)},
    ),
    (
        "TSMC will lift CoWoS capacity to 90,000 wafers a month by the end of 2026, according to"
        " analysts at Mizuho.",
        {(90000.0, 90000.0, "forecast", BY_END_2026)},
    ),
    (
        "TSMC will lift CoWoS capacity to 90,000 wafers a month by the end of 2026, according to"
        " the company.",
        {(90000.0, 90000.0, "planned", BY_END_2026)},
    ),
    (
        "TSMC will lift CoWoS capacity to 90,000 wafers a month by the end of 2026, according to"
        " two executives, up from 70,000 it is expected to exit this year with.",
        {(90000.0, 90000.0, "planned", BY_END_2026)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_a_research_firm_named_after_the_statement_makes_it_a_forecast(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected <= capacities(text)


# ", now 75,000 wafers a month," in apposition is today's figure (actual), whatever the
# main verb projects for later.

NOW_APPOSITION = [
    (
        "TSMC's CoWoS capacity, now 75,000 wafers a month, is seen rising to 90,000 by year-end.",
        {
            (75000.0, 75000.0, "actual", AT_PUBLICATION),
            (90000.0, 90000.0, "forecast", BY_END_2026),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOW_APPOSITION)
def test_a_present_figure_in_apposition_is_actual(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == capacities(text)


def test_a_present_count_in_apposition_is_actual() -> None:
    text = (
        "Project Rainier, currently 500,000 Trainium2 chips, is expected to reach 1 million"
        " next year."
    )
    assert {
        ("project-rainier", "trainium2", 500000.0, "actual", AT_PUBLICATION),
        ("project-rainier", "trainium2", 1e6, "forecast", NEXT_YEAR),
    } == counts(text)


# "Analysts put TSMC's CoWoS capacity at …", "Estimates put …", "Analysts peg …": their
# figure (forecast); "we put" was a cue, the third person was not.

PUT_AT = [
    "Analysts put TSMC's CoWoS capacity at 90,000 wafers a month at the end of 2026.",
    "Estimates put TSMC's CoWoS capacity at 90,000 wafers a month at the end of 2026.",
    "Analysts peg TSMC's CoWoS capacity at 90,000 wafers a month at the end of 2026.",
]


@pytest.mark.parametrize("text", PUT_AT)
def test_analysts_putting_a_figure_at_is_a_forecast(text: str) -> None:
    assert {(90000.0, 90000.0, "forecast", END_OF_2026)} == capacities(text)


# -- a quarter named by its last month ---------------------------------------------------------
# "the December quarter" took the year whose December is nearest the publication, so in June
# it was last year's (Oct-Dec 2025) though the quarter itself is nearer ahead; the quarter is
# now judged by its middle month.

MONTH_QUARTERS = [
    ("in the December quarter", ("point", "2026-10-01", "2026-12-31")),
    ("in the September quarter", ("point", "2026-07-01", "2026-09-30")),
    ("in the March quarter", ("point", "2026-01-01", "2026-03-31")),
]


@pytest.mark.parametrize(("when", "valid"), MONTH_QUARTERS)
def test_a_quarter_named_by_its_month_is_the_nearest_quarter(
    when: str, valid: tuple[str, str, str]
) -> None:
    text = f"Meta deploys 600,000 H100s at Hyperion {when}."
    assert [valid] == [r[6] for r in rows(text) if r[1] == "deployed_chips"]


# -- a time that names when a target is due ----------------------------------------------------
# "a year-end target of about 90,000", "its end-2026 goal of 130,000": the figure is to be
# reached by then (a deadline, as "by year-end"), not a state on that day.

TARGETS_DUE = [
    (
        "TSMC reiterated a year-end target of about 90,000 CoWoS wafers a month.",
        {(90000.0, 90000.0, "planned", BY_END_2026)},
    ),
    (
        "TSMC reiterated its end-2026 goal of 90,000 CoWoS wafers a month.",
        {(90000.0, 90000.0, "planned", BY_END_2026)},
    ),
    (
        "TSMC's year-end CoWoS capacity target is 90,000 wafers a month.",
        {(90000.0, 90000.0, "planned", BY_END_2026)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS_DUE)
def test_a_target_for_a_time_is_due_by_then(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == capacities(text)


def test_a_figure_at_a_time_with_no_target_is_a_point() -> None:
    text = "Analysts see TSMC's CoWoS capacity at 90,000 wafers a month at year-end."
    assert {(90000.0, 90000.0, "forecast", END_OF_2026)} == capacities(text)


# -- a fleet target ------------------------------------------------------------------------
# "Meta is targeting 1.3 million GPUs", "is aiming for", "is shooting for", "Meta's goal is":
# a count of no named chip needs a deployment verb, and none of these was one.

FLEET_TARGETS = [
    "Meta's goal is 1.3 million GPUs by the end of the year.",
    "Meta is targeting 1.3 million GPUs by the end of the year.",
    "Meta targets 1.3 million GPUs by the end of the year.",
    "Meta is aiming for 1.3 million GPUs by the end of the year.",
    "Meta is shooting for 1.3 million GPUs by the end of the year.",
]


@pytest.mark.parametrize("text", FLEET_TARGETS)
def test_a_fleet_target_is_a_planned_count(text: str) -> None:
    assert {("meta", None, 1.3e6, "planned", BY_END_2026)} == counts(text)


# -- "we" inside a quotation ---------------------------------------------------------------
# '"We\'ve invested $8 billion in Anthropic," Amazon said': "we" was resolved only in a
# company's own text, so a quote in a press story gave no investor; it is the one company
# its attribution names outside the quote.

QUOTED_WE = [
    '"We\'ve invested $8 billion in Anthropic," Amazon said.',
    '"We have invested $8 billion in Anthropic," said Andy Jassy, Amazon\'s chief executive.',
    "Amazon CEO Andy Jassy said: “We have put $8 billion into Anthropic.”",
]


@pytest.mark.parametrize("text", QUOTED_WE)
def test_we_in_a_quote_is_the_company_its_attribution_names(text: str) -> None:
    expected = {("amazon", "investment", (("target", "anthropic"),), None, 8e9, "actual")}
    assert expected == facts(text)


QUOTED_WE_TRAPS = [
    # two companies outside the quote: no one to pin "we" on
    '"We have invested $8 billion in Anthropic," said a banker who advised Amazon and Google.',
    # no saying verb: words on a banner, not speech
    '"We have invested $8 billion in Anthropic" ran a banner near Amazon\'s offices.',
]


@pytest.mark.parametrize("text", QUOTED_WE_TRAPS)
def test_we_in_a_quote_with_no_single_speaker_stays_unresolved(text: str) -> None:
    assert not [f for f in facts(text) if f[1] == "investment"]


# -- backers listed, and the passive -----------------------------------------------------------
# "Anthropic's backers include Amazon, which has committed $8 billion" had Anthropic investing
# in Amazon; "$8 billion has been invested in Anthropic by Amazon" gave nothing.

BACKERS_AND_PASSIVE = [
    "Anthropic's backers include Amazon, which has committed $8 billion.",
    "Anthropic's biggest investors are Amazon, which has put in $8 billion.",
    "In total, $8 billion has been invested in Anthropic by Amazon.",
]


@pytest.mark.parametrize("text", BACKERS_AND_PASSIVE)
def test_a_listed_backer_or_a_passive_investor_invests_in_the_target(text: str) -> None:
    expected = {("amazon", "investment", (("target", "anthropic"),), None, 8e9, "actual")}
    assert expected == facts(text)


# -- a use given up ----------------------------------------------------------------------------
# "stopped renting TPUs", "has phased out its H100s", "quit using Trainium2": the state is
# over, so it is no current adoption or fleet (as "no longer rents" already was).

GIVEN_UP = [
    "Meta stopped renting TPUs from Google Cloud.",
    "Meta has phased out its H100s at Hyperion.",
    "Anthropic quit using Trainium2 last year.",
    "OpenAI ceased renting GB200 capacity from CoreWeave.",
]


@pytest.mark.parametrize("text", GIVEN_UP)
def test_a_use_given_up_is_no_claim(text: str) -> None:
    assert not rows(text)


def test_a_stop_in_another_clause_leaves_the_fleet() -> None:
    text = "The chip shortage has stopped, and Meta runs 600,000 H100s."
    assert {("meta", "h100", 600000.0, "actual", AT_PUBLICATION)} == counts(text)


# -- whose expectation a capacity figure is ----------------------------------------------------
# GUIDE: a company's own future number is planned, a third party's expectation about a
# company a forecast. "TSMC sees / forecast that / projects …" its own capacity was read as a
# forecast (the verb is a forecast cue), "Nvidia expects TSMC's CoWoS capacity to reach …" as
# a plan (any company expecting was taken for the company's own).

NEXT_YEAR_POINT = NEXT_YEAR

WHOSE_EXPECTATION = [
    ("TSMC sees its CoWoS capacity at 150,000 wafers a month next year.", "planned"),
    ("TSMC forecast that CoWoS capacity would reach 150,000 wafers a month next year.", "planned"),
    ("TSMC projects CoWoS capacity of 150,000 wafers a month next year.", "planned"),
    ("TSMC expects its CoWoS capacity to reach 150,000 wafers a month next year.", "planned"),
    ("Nvidia expects TSMC's CoWoS capacity to reach 150,000 wafers a month next year.", "forecast"),
    ("TSMC sees CoWoS capacity at 150,000 wafers a month next year, analysts said.", "forecast"),
]


@pytest.mark.parametrize(("text", "modality"), WHOSE_EXPECTATION)
def test_a_companys_own_expectation_is_a_plan_anothers_a_forecast(text: str, modality: str) -> None:
    assert {(150000.0, 150000.0, modality, NEXT_YEAR_POINT)} == capacities(text)


# -- a figure as the clause's subject --------------------------------------------------------
# "550,000 GB200 chips will eventually be installed there": a "will" after the figure was
# taken for a later statement's, so a count that opens its clause was an actual; the verb
# after a clause-opening figure governs it. "are to be installed … by year-end" read as a past
# state ("installed") made the year-end last year's.

BY_YEAR_END = ("deadline", "2026-06-12", "2026-12-31")

FIGURE_SUBJECTS = [
    (
        "xAI is building Colossus 2 in Memphis.\n\n550,000 GB200 chips will eventually be"
        " installed there.",  # a bare future with no date: announced (GUIDE, session 16)
        {("colossus-2", "gb200", 550000.0, "announced", AT_PUBLICATION)},
    ),
    (
        "xAI is building Colossus 2 in Memphis.\n\nSome 550,000 GB200 chips are to be installed"
        " there by year-end.",
        {("colossus-2", "gb200", 550000.0, "planned", BY_YEAR_END)},
    ),
]

FIGURE_SUBJECT_TRAPS = [
    # the "will" belongs to the next clause
    (
        "500,000 Trainium2 chips run in Project Rainier, and AWS will add more.",
        {("project-rainier", "trainium2", 500000.0, "actual", AT_PUBLICATION)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SUBJECTS + FIGURE_SUBJECT_TRAPS)
def test_the_verb_after_a_clause_opening_figure_governs_it(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- memory of no named generation -----------------------------------------------------------
# "SK hynix supplies the bulk of Nvidia's HBM": HBM alone is no vocabulary product, so the
# deal gave nothing; the gold records it as a supply deal with no product qualifier (the
# Korean side already read "트레이니움3용 HBM" so). A generation named in the clause ("HBM4")
# is the supply rule's.

GENERIC_MEMORY = [
    ("SK hynix supplies the bulk of Nvidia's HBM.", "nvidia", "sk-hynix"),
    (
        "SK hynix, which supplies the bulk of Nvidia's HBM, will lift HBM4 capacity to 150,000"
        " wafers a month.",
        "nvidia",
        "sk-hynix",
    ),
    ("Samsung ships HBM to AMD.", "amd", "samsung"),
]


@pytest.mark.parametrize(("text", "buyer", "maker"), GENERIC_MEMORY)
def test_memory_of_no_named_generation_is_a_deal_with_no_product(
    text: str, buyer: str, maker: str
) -> None:
    expected = [(buyer, {}, maker, "actual")]
    assert expected == [(r[0], r[2], r[3], r[5]) for r in rows(text) if r[1] == "supply_deal"]


def test_a_named_generation_stays_the_products_deal() -> None:
    text = "SK hynix supplies HBM4 to Nvidia."
    expected = [("nvidia", {"product": "hbm4"}, "sk-hynix")]
    assert expected == [(r[0], r[2], r[3]) for r in rows(text) if r[1] == "supply_deal"]


# -- "as previously reported" ------------------------------------------------------------------
# "previously reported" is a correction's cue ("This story previously reported that …"), but
# "…, not 1 million as previously reported" sets aside only the earlier figure, and
# "…, as previously reported" confirms: the statement stands in both.

AS_REPORTED = [
    (
        "Colossus 2 will house 550,000 GB200 chips, not 1 million as previously reported.",
        {("colossus-2", "gb200", 550000.0, "announced", AT_PUBLICATION)},
    ),
    (
        "Colossus 2 runs 550,000 GB200 chips, as previously reported.",
        {("colossus-2", "gb200", 550000.0, "actual", AT_PUBLICATION)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AS_REPORTED)
def test_as_previously_reported_withdraws_nothing(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


def test_a_story_that_previously_reported_is_still_withdrawn() -> None:
    text = "This story previously reported that Colossus 2 runs 1 million GB200 chips."
    assert not counts(text)


# -- a partitive count of a brand's chip -------------------------------------------------------
# "up to one million of our TPUs", "one million of Google's TPUs", "350,000 of Nvidia's H100s":
# the chip after "of our" or "of <brand>'s" (more than eight characters from the figure) was
# not the chip counted, so the count was lost.

PARTITIVE_BRANDS = [
    (
        "Anthropic plans to access up to one million of Google's TPUs.",
        ("anthropic", "supply_deal", (("product", "google-tpu"),), "google", 1e6, "planned"),
    ),
    (
        "Meta runs 350,000 of Nvidia's H100s.",
        ("meta", "deployed_chips", (("chip", "h100"),), None, 350000.0, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), PARTITIVE_BRANDS)
def test_a_partitive_count_of_a_brands_chip_counts_the_chip(
    text: str, fact: tuple[Any, ...]
) -> None:
    assert fact in facts(text)


# -- the time of a standing total ---------------------------------------------------------------
# "plans to raise its investment in Anthropic to $8 billion by year-end", "is expected to lift
# its stake in Anthropic to $8 billion next year": a total was always dated at publication;
# it has its own time, unless that time belongs to the figure it rose from ("up from the $4
# billion it committed in 2024").


def investments(text: str) -> set[tuple[Any, ...]]:
    """Low value, modality and valid time of each investment claim."""
    return {(r[4][0], r[5], r[6]) for r in rows(text) if r[1] == "investment"}


TOTAL_TIMES = [
    (
        "Amazon plans to raise its investment in Anthropic to $8 billion by year-end.",
        {(8e9, "planned", BY_YEAR_END)},
    ),
    (
        "Amazon is expected to lift its stake in Anthropic to $8 billion next year.",
        {(8e9, "forecast", NEXT_YEAR)},
    ),
    (
        "In 2025, Amazon raised its total investment in Anthropic to $8 billion.",
        {(8e9, "actual", ("point", "2025-01-01", "2025-12-31"))},
    ),
    (
        "Amazon is putting $4 billion more into Anthropic, lifting its total commitment to $8"
        " billion, up from the $4 billion it committed in 2024.",
        {(8e9, "actual", AT_PUBLICATION), (4e9, "actual", ("point", "2024-01-01", "2024-12-31"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOTAL_TIMES)
def test_a_standing_total_keeps_its_own_time(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == investments(text)


# -- "US$" ---------------------------------------------------------------------------------------
# "US$8bn": the letters before "$" were also the place "US", and a figure starting inside a
# mention is dropped (as "2" in "Trainium2" is), so every US$ amount was lost.

US_DOLLARS = [
    "Amazon has invested US$8bn in Anthropic.",
    "Amazon's investment in Anthropic reaches US$8 billion.",
    "Amazon has invested US$ 8 billion in Anthropic.",
]


@pytest.mark.parametrize("text", US_DOLLARS)
def test_a_us_dollar_amount_is_read(text: str) -> None:
    assert {(8e9, "actual", AT_PUBLICATION)} == investments(text)


def test_the_us_as_a_place_still_places_a_site() -> None:
    text = "Project Rainier is in Indiana, US, and runs 500,000 Trainium2 chips."
    assert ("project-rainier", "located_in", (), None, "Indiana, US", "actual") in facts(text)


# -- amount formats ----------------------------------------------------------------------------
# "USD2bn" (a code fused to the figure: the figure may not follow a letter), "$2.5-billion"
# (a hyphen before the scale word) and "upward of" (GUIDE's "upwards of") were lost or
# unbounded.

AMOUNT_FORMATS = [
    ("Nvidia has invested USD2bn in Nscale.", (2e9, "exact")),
    ("Nvidia has invested EUR2bn in Nscale.", (2e9, "exact")),
    ("Nvidia has invested $2.5-billion in Nscale.", (2.5e9, "exact")),
    ("Nvidia has invested upward of $2 billion in Nscale.", (2e9, "at-least")),
]


@pytest.mark.parametrize(("text", "value"), AMOUNT_FORMATS)
def test_an_amount_format_is_read(text: str, value: tuple[float, str]) -> None:
    expected = [("nvidia", value)]
    assert expected == [(r[0], (r[4][0], r[4][4])) for r in rows(text) if r[1] == "investment"]


def test_a_model_size_with_a_hyphenated_scale_is_no_chip_count() -> None:
    assert not counts("Meta trains a 10-billion-parameter model on 20,000 H100s at Hyperion.") - {
        ("hyperion", "h100", 20000.0, "actual", AT_PUBLICATION)
    }


# -- a count after the noun it counts ----------------------------------------------------------
# "H100s numbering 350,000", "Meta's H100s, totaling 350,000, run …": the chip may follow its
# figure, or stand right before it, but "numbering"/"totaling" between them broke the link
# (the count then gave an adoption only).

COUNT_AFTER_NOUN = [
    ("Meta runs H100s numbering 350,000.", {("meta", "h100", 350000.0, "actual", AT_PUBLICATION)}),
    (
        "Meta's H100s, totaling 350,000, run at Hyperion.",
        {("hyperion", "h100", 350000.0, "actual", AT_PUBLICATION)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_AFTER_NOUN)
def test_a_count_after_numbering_or_totaling_counts_the_chip_before(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


def test_a_count_after_the_chips_noun_and_numbering_counts_them() -> None:
    text = "Project Rainier runs Trainium2 chips numbering nearly 500,000."
    assert {("project-rainier", "trainium2", 500000.0, "actual", AT_PUBLICATION)} == counts(text)


def test_a_count_after_numbering_in_a_sentence_about_the_site_before() -> None:
    text = (
        "AWS built Project Rainier in Indiana.\n\nRunning inside it are Trainium2 chips numbering"
        " nearly 500,000, and Anthropic trains Claude on the cluster."
    )
    assert {("project-rainier", "trainium2", 500000.0, "actual", AT_PUBLICATION)} == counts(text)


def test_an_odd_figure_is_approximate() -> None:
    text = "Meta runs 350,000-odd H100s."
    expected = [("meta", (350000.0, True, "exact"))]
    assert expected == [(r[0], (r[4][0], r[4][3], r[4][4])) for r in rows(text) if r[4]]


# -- the product as the subject ----------------------------------------------------------------
# "Trainium2 has been adopted by Anthropic", "MI450 chips will be deployed by OpenAI …",
# "Google's TPUs will power Meta's next Llama models": the adopter comes after the product
# (after "by", or as the owner of what it powers), where the adopts rule never looked.

H2_2026 = ("point", "2026-07-01", "2026-12-31")

PRODUCT_SUBJECTS = [
    (
        "Trainium2 has been adopted by Anthropic.",
        ("anthropic", "trainium2", "actual", AT_PUBLICATION),
    ),
    (
        "MI450 chips will be deployed by OpenAI in the second half of 2026.",
        ("openai", "mi450", "planned", H2_2026),
    ),
    (
        "TPUs from Google will be used by Meta starting in 2027.",
        # (a start with no plan word: announced since session 15, GUIDE)
        ("meta", "google-tpu", "announced", ("open", "2027-01-01", "None")),
    ),
    (
        "Google's TPUs will power Meta's next Llama models.",
        ("meta", "google-tpu", "planned", AT_PUBLICATION),
    ),
    (
        "Trainium2 chips power Anthropic's Claude.",
        ("anthropic", "trainium2", "actual", AT_PUBLICATION),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCT_SUBJECTS)
def test_an_adopter_named_after_the_product_adopts_it(text: str, expected: tuple[Any, ...]) -> None:
    assert [expected] == [(r[0], r[3], r[5], r[6]) for r in rows(text) if r[1] == "adopts"]


PRODUCT_SUBJECT_TRAPS = [
    "Trainium2 powers AWS's Bedrock service.",  # its maker's own service
    "The GB200 was designed by Nvidia.",
    "Ironwood was unveiled by Google.",
]


@pytest.mark.parametrize("text", PRODUCT_SUBJECT_TRAPS)
def test_a_product_made_or_shown_by_a_company_is_no_adoption(text: str) -> None:
    assert not [r for r in rows(text) if r[1] == "adopts"]


# "Apple's models are trained on Google TPUs", "Meta's Llama is served on AMD MI300X chips":
# "trains on"/"runs on" were adoption words, the passive "trained on", "served on" were not.

TRAINED_SERVED_ON = [
    ("Apple's models are trained on Google TPUs.", ("apple", "google-tpu")),
    ("Meta's Llama is served on AMD MI300X chips.", ("meta", "mi300x")),
]


@pytest.mark.parametrize(("text", "expected"), TRAINED_SERVED_ON)
def test_trained_or_served_on_a_product_is_an_adoption(
    text: str, expected: tuple[str, str]
) -> None:
    assert [expected] == [(r[0], r[3]) for r in rows(text) if r[1] == "adopts"]


def test_a_model_trained_on_its_owners_chips_is_no_adoption() -> None:
    assert not [r for r in rows("Gemini is trained on Google's TPUs.") if r[1] == "adopts"]


# -- "rents", and a fleet in another company's possession ----------------------------------------
# The cloud cues held "rent" and "lease" as whole words but not "rents", "rented", "leases",
# "leased", so "OpenAI rents CoreWeave's GB200 clusters" set no mode; and a company owning a
# fleet of another maker's chips ("CoreWeave's GB200 clusters") is the provider, not a brand
# ("Amazon's Trainium2 chips": its own family's, a brand).

FLEET_OWNERS = [
    (
        "OpenAI rents CoreWeave's GB200 clusters.",
        ("openai", "gb200", {"mode": "cloud", "via": "coreweave"}),
    ),
    (
        "OpenAI's workloads run on CoreWeave's GB200 clusters.",
        ("openai", "gb200", {"mode": "cloud", "via": "coreweave"}),
    ),
    ("Meta leased H100 servers.", ("meta", "h100", {"mode": "cloud"})),
    ("Apple is evaluating Amazon's Trainium2 chips.", ("apple", "trainium2", {})),
    ("Meta uses Nvidia's H100s.", ("meta", "h100", {})),
]


@pytest.mark.parametrize(("text", "expected"), FLEET_OWNERS)
def test_a_fleet_owner_is_the_provider_and_rents_is_a_rental(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert [expected] == [(r[0], r[3], r[2]) for r in rows(text) if r[1] == "adopts"]


# -- a list's lead ending in a colon -----------------------------------------------------------
# "We now expect the following fleets by the end of 2026:" then "- Meta: 1.3 million GPUs": a
# line with no final period was taken for a headline and skipped, so its modality and time
# never reached the items (all actual at publication).

LEAD_LISTS = [
    (
        "We now expect the following fleets by the end of 2026:\n- Meta: 1.3 million GPUs\n"
        "- Project Rainier: 1 million Trainium2 chips",
        {
            ("meta", None, 1.3e6, "forecast", BY_YEAR_END),
            ("project-rainier", "trainium2", 1e6, "forecast", BY_YEAR_END),
        },
    ),
    (
        "Planned deployments for next year:\n* Stargate: 400,000 GB200 chips",
        {("stargate", "gb200", 400000.0, "planned", NEXT_YEAR)},
    ),
    (
        "Current fleets:\n* Colossus: 230,000 GPUs",
        {("colossus", None, 230000.0, "actual", AT_PUBLICATION)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_LISTS)
def test_a_colon_lead_gives_its_list_its_modality_and_time(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- talks in other words ----------------------------------------------------------------------
# "has been talking with Google about renting TPUs", "is talking to Google about …", "is in
# conversations with …": talks, so considering ("talks with" was a cue, "talking" was not);
# and the company talked *to* about renting is the provider, as the one talked *with* was.

TALKING = [
    "Meta has been talking with Google about renting TPU capacity in Google Cloud.",
    "Meta is talking to Google about renting TPUs.",
    "Meta is in conversations with Google about renting TPUs.",
]


@pytest.mark.parametrize("text", TALKING)
def test_talking_about_renting_is_a_considered_cloud_adoption(text: str) -> None:
    expected = [("meta", {"mode": "cloud", "via": "google"}, "google-tpu", "considering")]
    assert expected == [(r[0], r[2], r[3], r[5]) for r in rows(text) if r[1] == "adopts"]
