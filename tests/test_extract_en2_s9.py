"""Session 9, EN2: English claims the extractor finds but gets wrong in one field (a bound,
a modality, a time or a qualifier), and the GUIDE's session 9 settled cases in English.

Every sentence here is written for this file; none is taken from the gold or an article.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str, predicate: str) -> list[tuple[Any, ...]]:
    """The sorted rows of one predicate the extractor finds in an English snippet."""
    return [r for r in sorted_rows(text, "en", PUBLISHED) if r[1] == predicate]


def counts(text: str) -> list[tuple[Any, ...]]:
    """(subject, chip, value) of each deployed_chips claim in the snippet."""
    return [(r[0], dict(r[2]).get("chip"), r[4]) for r in rows(text, "deployed_chips")]


# -- a small margin over a figure is a floor -------------------------------------------------------
# GUIDE (settled, session 9): "a little over", "just over", "slightly more than" are at-least,
# not approximate; "just under" still reads as "nearly" (approximate, exact).

FLOOR_MARGINS = [
    (
        "Lambda Labs now operates a little over 25,000 H200 GPUs in Texas.",
        (25000.0, 25000.0, "count", False, "at-least"),
    ),
    (
        "Nebius now holds just over 18,000 H200 GPUs at its Finnish campus.",
        (18000.0, 18000.0, "count", False, "at-least"),
    ),
    (
        "CoreWeave runs slightly more than 60,000 GB200 GPUs for its customers.",
        (60000.0, 60000.0, "count", False, "at-least"),
    ),
    (
        "Crusoe has a bit above 12,000 GB300 GPUs in service in Wyoming.",
        (12000.0, 12000.0, "count", False, "at-least"),
    ),
]
NEARLY_MARGINS = [
    (  # trap: the margin under a figure stays "nearly"
        "Nebius now holds just under 18,000 H200 GPUs at its Finnish campus.",
        (18000.0, 18000.0, "count", True, "exact"),
    ),
    (  # trap: "just" alone is no margin
        "CoreWeave runs just 6,000 GB200 GPUs in that hall.",
        (6000.0, 6000.0, "count", False, "exact"),
    ),
]


@pytest.mark.parametrize(("text", "value"), FLOOR_MARGINS + NEARLY_MARGINS)
def test_a_small_margin_over_a_count_is_a_floor_and_under_it_is_nearly(
    text: str, value: tuple[Any, ...]
) -> None:
    assert [value] == [c[2] for c in counts(text)]


# -- a foundry making a company's chip is a supply deal ------------------------------------------
# GUIDE (settled, session 9): customer the chip's designer, supplier the maker, product the
# chip. English had only "makes X for Y"; the designer named by the chip itself gave nothing.

FOUNDRY_MADE = [
    (
        "TSMC fabricates the Maia 200 on its 3-nanometer node.",
        ("microsoft", (("product", "maia-200"),), "tsmc", "actual"),
    ),
    (
        "The REBEL-Quad is manufactured by Samsung on a 4nm process.",
        ("rebellions", (("product", "rebel"),), "samsung", "actual"),
    ),
    (
        "Amazon's Trainium3 is produced at TSMC, the company confirmed.",
        ("aws", (("product", "trainium3"),), "tsmc", "actual"),
    ),
    (
        "FuriosaAI showed RNGD boards at the booth. TSMC builds it on a 5nm node.",
        ("furiosaai", (("product", "rngd"),), "tsmc", "actual"),
    ),
    (
        "Samsung's foundry arm is expected to fabricate the Rubin GPU, two analysts said.",
        ("nvidia", (("product", "rubin"),), "samsung", "forecast"),
    ),
]
FOUNDRY_TRAPS = [
    "TSMC makes chips for most of the industry.",  # no chip named
    "Samsung makes HBM4 at its Pyeongtaek lines.",  # the maker's own memory
    "A third party manufactures the Maia 200 under contract.",  # maker left unnamed
    "Intel builds Gaudi 3 in its own fabs.",  # a foundry's own chip
    "Foxconn said the supercomputer the company is building will hold 10,000 GB300 chips.",
]


@pytest.mark.parametrize(("text", "deal"), FOUNDRY_MADE)
def test_a_foundry_making_a_named_chip_is_a_supply_deal_with_its_designer(
    text: str, deal: tuple[Any, ...]
) -> None:
    assert [deal] == [(r[0], r[2], r[3], r[5]) for r in rows(text, "supply_deal")]


@pytest.mark.parametrize("text", FOUNDRY_TRAPS)
def test_making_with_no_designer_or_no_foundry_named_is_no_supply_deal(text: str) -> None:
    assert rows(text, "supply_deal") == []


# -- a cloud offering a chip in its own service adopts it on its own premises ---------------------
# GUIDE (settled, session 9): instances, virtual machines or clusters a cloud offers its
# customers are chips in its own data centers: adopts, mode on-prem. The adoption was found
# with no mode.

OFFERED = [
    (
        "Microsoft Azure now offers ND MI300X virtual machines to its customers.",
        ("microsoft", (("mode", "on-prem"),), "mi300x", "actual"),
    ),
    (
        "CoreWeave is offering GB300 instances in three US regions.",
        ("coreweave", (("mode", "on-prem"),), "gb300", "actual"),
    ),
    (
        "Oracle Cloud said it would offer H200 clusters of up to 65,536 GPUs.",
        ("oracle", (("mode", "on-prem"),), "h200", "announced"),
    ),
]
OFFER_TRAPS = [
    "Dell offers GB300 servers to enterprises.",  # a sale, no cloud
    "Customers can rent H100 instances offered by Lambda Labs.",  # someone else's offer
]


@pytest.mark.parametrize(("text", "adoption"), OFFERED)
def test_a_cloud_offering_a_chip_adopts_it_on_premises(
    text: str, adoption: tuple[Any, ...]
) -> None:
    assert [adoption] == [(r[0], r[2], r[3], r[5]) for r in rows(text, "adopts")]


@pytest.mark.parametrize("text", OFFER_TRAPS)
def test_an_offer_that_is_a_sale_or_another_clouds_is_no_on_premises_adoption(text: str) -> None:
    assert [r for r in rows(text, "adopts") if dict(r[2]).get("mode") == "on-prem"] == []


# -- a standing commitment is an investment made --------------------------------------------------
# GUIDE (settled, session 9): "has committed $X to Y", "whose total commitment is $X" is the
# standing commitment, actual. The noun ("total commitment", "commitment to") and "committed
# a total of" gave nothing.

COMMITTED = [
    (
        "Amazon's total commitment to Anthropic is $8 billion.",
        ("amazon", (("target", "anthropic"),), 8e9, "actual"),
    ),
    (
        "Google has committed a total of $3 billion to Anthropic.",
        ("google", (("target", "anthropic"),), 3e9, "actual"),
    ),
    (
        "Nvidia's commitment to xAI now stands at $2 billion.",
        ("nvidia", (("target", "xai"),), 2e9, "actual"),
    ),
    (
        "SoftBank, which has committed $19 billion to Stargate, said the build was on time.",
        ("softbank", (("target", "stargate"),), 1.9e10, "actual"),
    ),
]
NOT_COMMITTED = [
    "CoreWeave disclosed $14 billion of purchase commitments to Nvidia.",  # a purchase
    "Nvidia's commitment to the venture remains unclear.",  # no amount
]


@pytest.mark.parametrize(("text", "investment"), COMMITTED)
def test_a_standing_commitment_is_an_actual_investment(
    text: str, investment: tuple[Any, ...]
) -> None:
    assert [investment] == [(r[0], r[2], r[4][0], r[5]) for r in rows(text, "investment")]


@pytest.mark.parametrize("text", NOT_COMMITTED)
def test_a_purchase_commitment_or_one_with_no_amount_is_no_investment(text: str) -> None:
    assert rows(text, "investment") == []


# -- whether a product whose specification is told is on the market yet --------------------------
# GUIDE: a specification of a product that already ships is actual, of an unreleased one
# announced. A product "already running in" a data center ships, whatever else unveils it; a
# later clause of the same sentence ("…, and plans volume shipments next year") or a sentence
# on its own ("Mass production is slated for the fourth quarter") speaks of the one product
# named; "we started shipping" answers for the product just asked of.

RUNNING = (
    "Google on Tuesday unveiled Ironwood, which is already running in its Iowa data center. "
    "Each Ironwood chip carries 192GB of HBM3E."
)
SLATED_CLAUSE = (
    "Rebellions has begun sampling the REBEL-Quad, a part with 144GB of HBM3E, and plans "
    "volume shipments in the second half of next year."
)
SLATED_SENTENCE = (
    "FuriosaAI showed the RNGD card with 48GB of HBM3 at its booth. "
    "Mass production is slated for the fourth quarter, a spokesperson said."
)
SHIPPING_SENTENCE = (
    "FuriosaAI showed the RNGD card with 48GB of HBM3 at its booth. "
    "Mass production started in May, a spokesperson said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RUNNING, [("ironwood", 1.92e11, "actual")]),
        (SLATED_CLAUSE, [("rebel", 1.44e11, "announced")]),
        (SLATED_SENTENCE, [("rngd", 4.8e10, "announced")]),
        (SHIPPING_SENTENCE, [("rngd", 4.8e10, "actual")]),  # trap: it ships
    ],
)
def test_a_specification_is_actual_only_for_a_product_on_the_market(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == [(r[0], r[4][0], r[5]) for r in rows(text, "memory_capacity")]


# -- chips put into one's own build or one's own cloud are on its premises ------------------------
# GUIDE (settled, session 9): a cloud that runs a chip "in its own cloud" adopts it on-prem;
# "for its own cloud" said the same and read as a cloud use. A stage of one's own build ("into
# a later phase", "in the second hall") is one's own site too.

OWN_PREMISES = [
    (
        "KT is weighing REBEL-Quad for its own cloud.",
        ("kt", (("mode", "on-prem"),), "rebel", "considering"),
    ),
    (
        "Nscale is in talks with AMD about putting MI450 chips into the next phase at Loughton.",
        ("nscale", (("mode", "on-prem"),), "mi450", "considering"),
    ),
    (
        "Crusoe will install GB300 racks in a new hall at Abilene.",
        ("crusoe", (("mode", "on-prem"),), "gb300", "planned"),
    ),
]
NOT_OWN_PREMISES = [
    (  # trap: rented from another for its own cloud services stays a cloud use
        "Meta will rent TPUs for its own cloud services from Google Cloud.",
        ("meta", (("mode", "cloud"), ("via", "google")), "google-tpu", "planned"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), OWN_PREMISES + NOT_OWN_PREMISES)
def test_chips_put_into_ones_own_build_or_cloud_are_on_premises(
    text: str, adoption: tuple[Any, ...]
) -> None:
    assert [adoption] == [(r[0], r[2], r[3], r[5]) for r in rows(text, "adopts")]


# -- a cloud arm named as the brand of its own chip is the way in ---------------------------------
# "has agreed to use AWS Trainium and Inferentia chips": the cloud arm's name before its chip
# says where the chips are had; the adoption had no mode. The parent's name ("Amazon's
# Trainium", "Google TPUs") stays silent on it, as the gold records those.

CLOUD_BRANDS = [
    (
        "Anthropic has agreed to use AWS Trainium chips for its next models.",
        [("anthropic", (("mode", "cloud"), ("via", "aws")), "trainium", "announced")],
    ),
    (
        "Apple runs some of its search services on AWS Inferentia chips.",
        [("apple", (("mode", "cloud"), ("via", "aws")), "inferentia", "actual")],
    ),
    (  # trap: the parent's name
        "Anthropic will use Amazon's Trainium chips for its next models.",
        [("anthropic", (), "trainium", "planned")],
    ),
    (  # trap: the maker's name of a chip sold outright too
        "Anthropic uses Google TPUs alongside Nvidia GPUs.",
        [("anthropic", (), "google-tpu", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOUD_BRANDS)
def test_a_cloud_arm_named_as_its_chips_brand_is_the_way_in(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == [(r[0], r[2], r[3], r[5]) for r in rows(text, "adopts")]


# -- a trailing "with shipments beginning …" times the deal of its clause -------------------------
# GUIDE: the start of an ongoing act told with its period ("shipments beginning in 2027") is
# open from the period's first day. Told in an absolute phrase after the clause ("…, with
# shipments beginning in the second half of 2026"), it was left out: the deal was dated at
# publication.

WITH_START = [
    (
        "Micron will supply HBM4 to AMD, with shipments beginning in the second half of 2026.",
        ("amd", "micron", ("open", "2026-07-01", "None")),
    ),
    (
        "SK hynix will supply HBM4 to Nvidia, with deliveries starting in the first quarter of "
        "2027.",
        ("nvidia", "sk-hynix", ("open", "2027-01-01", "None")),
    ),
    (
        "Samsung will supply HBM4 to Nvidia, with volume shipments slated for the third quarter.",
        ("nvidia", "samsung", ("point", "2026-07-01", "2026-09-30")),
    ),
    (  # trap: a figure of the company's, not a start of the deal
        "SK hynix supplies HBM3E to Nvidia, with sales up 40% in 2025.",
        ("nvidia", "sk-hynix", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "deal"), WITH_START)
def test_a_trailing_start_of_shipments_dates_the_deal(text: str, deal: tuple[Any, ...]) -> None:
    assert [deal] == [(r[0], r[3], r[6]) for r in rows(text, "supply_deal")]


# -- a time told of another act keeps to it ---------------------------------------------------
# A relative clause with a subject and a past verb of its own ("under contracts that the two
# companies have expanded three times this year") or an apposition that tells a past act ("Grok
# 4, the model xAI released in July, …") dates that act, not the claim: the claim stays at
# publication (GUIDE: a past time that dates the telling or another event).

TOLD_APART = [
    (
        "OpenAI rents GB300 capacity from Nebius under contracts that the two companies have "
        "extended twice this year.",
        "adopts",
        ("openai", TODAY),
    ),
    (
        "Llama 5, the model Meta previewed in January, was trained on Prometheus.",
        "trains_on",
        ("meta", TODAY),
    ),
    (
        "Colossus now holds 200,000 GPUs that xAI installed in 2025.",
        "deployed_chips",
        ("colossus", TODAY),
    ),
    (  # trap: the claim's own time
        "xAI trained Grok 5 on Colossus 2 in February.",
        "trains_on",
        ("xai", ("point", "2026-02-01", "2026-02-28")),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), TOLD_APART)
def test_a_time_of_another_act_does_not_date_the_claim(
    text: str, predicate: str, expected: tuple[Any, ...]
) -> None:
    assert [expected] == [(r[0], r[6]) for r in rows(text, predicate)]


# -- a rental contract for a branded product is a deal with the cloud -----------------------------
# GUIDE (settled, session 9): "signed a $38bn contract to rent GB200s" is a supply_deal from the
# cloud and an adopts through it. With the maker's name before the product ("to rent Nvidia
# GB200 chips through AWS") the maker was taken as the seller and the clause as a mere use: no
# deal. A rental told first under its contract is a deal too (GUIDE, session 15).

RENTAL_DEALS = [
    (
        "OpenAI signed a seven-year, $38 billion contract to rent Nvidia GB300 chips through AWS.",
        [("openai", (("product", "gb300"),), "aws", "actual")],
    ),
    (
        "Meta struck a $14 billion deal to rent Nvidia GB300 capacity from CoreWeave.",
        [("meta", (("product", "gb300"),), "coreweave", "actual")],
    ),
    (
        "Microsoft signed a five-year agreement to lease Nvidia GB200 servers from Nebius.",
        [("microsoft", (("product", "gb200"),), "nebius", "actual")],
    ),
    (  # the rental first, under its contracts: a deal too (GUIDE session 15, dev en-c19,
        # en-u15, en-v08; en-e01 and en-i12 brought in line in session 16)
        "OpenAI rents Nvidia GB200 capacity from CoreWeave under contracts that run into 2029.",
        [("openai", (("product", "gb200"),), "coreweave", "actual")],
    ),
    (  # trap: a use under a deal, no rental
        "OpenAI will run on Nvidia GB200 chips in AWS data centers under the deal.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "deals"), RENTAL_DEALS)
def test_a_contract_to_rent_a_branded_product_is_a_deal_with_the_cloud(
    text: str, deals: list[tuple[Any, ...]]
) -> None:
    assert deals == [(r[0], r[2], r[3], r[5]) for r in rows(text, "supply_deal")]


# -- cues: a speaker's own estimate, an intent, an agreement to adopt ------------------------------
# GUIDE: a third party's projection is forecast ("I think TSMC exits this year at …" is the
# writer's estimate, as "I reckon" was); "means to" is an intention (planned); an agreement to
# adopt a product is announced, as "agreed to use" is.

CUES = [
    (
        "I think CoreWeave will have roughly 400,000 GPUs by the end of the year.",
        "deployed_chips",
        ("coreweave", "forecast"),
    ),
    (
        "I believe Nebius will run about 60,000 GPUs by the end of the year.",
        "deployed_chips",
        ("nebius", "forecast"),
    ),
    (
        "Meta means to bring 1.3 million GPUs online by the end of 2026.",
        "deployed_chips",
        ("meta", "planned"),
    ),
    (
        "Anthropic has agreed to adopt Nvidia's Vera Rubin systems.",
        "adopts",
        ("anthropic", "announced"),
    ),
    (  # trap: the speaker's opinion in a sentence of its own
        "I think that matters. Meta runs 50,000 H100 GPUs.",
        "deployed_chips",
        ("meta", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), CUES)
def test_estimate_intent_and_agreement_cues_set_the_modality(
    text: str, predicate: str, expected: tuple[str, str]
) -> None:
    assert [expected] == [(r[0], r[5]) for r in rows(text, predicate)]


# "In January 2026, we entered into an agreement with …": a past month heading the clause of a
# signing dates the signing, the pledge it left holds at publication (GUIDE), whoever signs ("we",
# "it", not only a name)
SIGNED_BY_WE = (
    "Nvidia quarterly report: notes to the statements\n\n"
    "In January 2026, we entered into an agreement with Crusoe under which we will invest up to "
    "$2 billion in Crusoe."
)


def test_a_past_month_heading_our_signing_dates_the_signing_not_the_pledge() -> None:
    found = [
        (r[0], r[5], r[6])
        for r in sorted_rows(SIGNED_BY_WE, "en", PUBLISHED, "company")
        if r[1] == "investment"
    ]
    expected = [("nvidia", "announced", TODAY)]
    assert expected == found


# -- a part shipping for a chip does not make the chip ship ----------------------------------------
# "Samsung has begun shipping HBM4 to AMD for the chip designer's MI450 accelerators": the memory
# ships; the MI450, due later, is still unreleased and its figures stay announced (GUIDE).

FOR_A_CHIP = (
    "Samsung has begun shipping HBM4 to AMD for the chip designer's MI450 accelerators. "
    "Each MI450 will carry 432GB of HBM4, with memory bandwidth of 19.6TB/s."
)
CHIP_SHIPS = (  # trap: the chip itself ships
    "AMD has begun shipping the MI355X to cloud customers. "
    "Each MI355X carries 288GB of HBM3E, with memory bandwidth of 8TB/s."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(FOR_A_CHIP, [("mi450", "announced")]), (CHIP_SHIPS, [("mi355x", "actual")])],
)
def test_a_part_shipping_for_a_chip_leaves_the_chip_unreleased(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == [(r[0], r[5]) for r in rows(text, "memory_bandwidth")]


# -- "is up to N, from M" is a level reached -------------------------------------------------------
# GUIDE: "is up to 150,000 from 100,000" (has risen to) is exact; "up to" as a ceiling is
# at-most. The copula and the "from" after the figure were not read: at-most.

RISEN = [
    (
        "xAI's Colossus is up to 200k H100s, from 100k at the end of last year.",
        (200000.0, 200000.0, "count", False, "exact"),
    ),
    (
        "Meta's Prometheus is now up to 120,000 H100 GPUs, according to the company, from "
        "60,000 in March.",
        (120000.0, 120000.0, "count", False, "exact"),
    ),
]
CEILINGS = [
    (  # trap: a ceiling, no earlier level
        "xAI plans to run up to 200,000 H100 GPUs at Colossus.",
        (200000.0, 200000.0, "count", False, "at-most"),
    ),
    (  # trap: "has up to" is no copula of a level
        "Nebius has up to 50,000 H200 GPUs, from a pool it shares with Microsoft.",
        (50000.0, 50000.0, "count", False, "at-most"),
    ),
]


@pytest.mark.parametrize(("text", "value"), RISEN + CEILINGS)
def test_up_to_after_a_copula_with_an_earlier_level_is_exact(
    text: str, value: tuple[Any, ...]
) -> None:
    assert value in [c[2] for c in counts(text)]


# -- a hedge on a fact keeps its modality ---------------------------------------------------------
# GUIDE (settled, session 9): a writer's hedge on a fact ("appears to have", "is believed to
# have", "reportedly") keeps the fact's modality; only an expectation of something not yet so
# is forecast. "likely" was always a forecast cue, also on a fact done ("has likely deployed").

HEDGED_FACTS = [
    ("Oracle has likely deployed 65,000 GB200 GPUs in Abilene.", "actual"),
    ("Oracle likely already runs 65,000 GB200 GPUs in Abilene.", "actual"),
    ("Oracle is believed to run about 65,000 GB200 GPUs in Abilene.", "actual"),
    ("Oracle reportedly runs 65,000 GB200 GPUs in Abilene.", "actual"),
    (  # trap: an expectation of something not yet so
        "Oracle will likely deploy 65,000 GB200 GPUs in Abilene by the end of the year.",
        "forecast",
    ),
]


@pytest.mark.parametrize(("text", "modality"), HEDGED_FACTS)
def test_a_hedge_on_a_fact_keeps_its_modality(text: str, modality: str) -> None:
    assert [modality] == [r[5] for r in rows(text, "deployed_chips")]


# -- a conjunct with a subject of its own keeps its time ------------------------------------------
# "We're running over 1,500 WSE-3s across six data centers, and Oklahoma City comes online next
# quarter": the time after ", and <Name>" dates that conjunct, not the count before it.

CONJUNCT_TIMES = [
    (
        "Cerebras runs a little over 1,500 WSE-3 chips today, and Oklahoma City comes online "
        "next quarter.",
        ("cerebras", "actual", TODAY),
    ),
    (
        "Lambda Labs operates 25,000 H100 GPUs, while Microsoft opens its Atlanta site in June.",
        ("lambda", "actual", TODAY),
    ),
    (  # trap: the conjunct's own subject is the claim's
        "Meta will reach 1.3 million GPUs by the end of 2026.",
        ("meta", "planned", ("deadline", "2026-03-10", "2026-12-31")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONJUNCT_TIMES)
def test_a_time_after_a_conjunct_with_its_own_subject_keeps_to_it(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert [expected] == [(r[0], r[5], r[6]) for r in rows(text, "deployed_chips")]


# -- "said it had … and would …" is a company's word on a future action ----------------------------
# GUIDE: a company's own word on a future action with no plan word is announced ("said it would
# supply from Q4"). With a done step told first ("said it had cleared the tests and would
# supply"), the bare "would" after "and" was no cue and the future time made it planned.

SAID_WOULD = [
    (
        "Samsung said last week that it had cleared Nvidia's final qualification and would supply "
        "HBM4 to Nvidia from the third quarter.",
        ("nvidia", "samsung", "announced"),
    ),
    (
        "Micron said it has finished sampling and will ship HBM4 to AMD from the fourth quarter.",
        ("amd", "micron", "announced"),
    ),
    (  # trap: a plan word keeps it a plan
        "Samsung said it had cleared the tests and plans to supply HBM4 to Nvidia from the third "
        "quarter.",
        ("nvidia", "samsung", "planned"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), SAID_WOULD)
def test_a_company_saying_it_had_done_a_step_and_would_act_announces_it(
    text: str, deal: tuple[str, str, str]
) -> None:
    assert [deal] == [(r[0], r[3], r[5]) for r in rows(text, "supply_deal")]
