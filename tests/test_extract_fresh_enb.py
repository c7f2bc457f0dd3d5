"""English phrasing families from the fresh batch en-b (extractor 0.8.0, final round), each
with its traps: a company's own word about a future action with no plan word is announced
(GUIDE, settled cases); a relative clause keeps its time even when a number inside it has
a thousands comma, and ", the second of which …" is a relative clause too; joining verbs
("hook into", "slot into") integrate a technology and are no supply deal; money
"committed" to a company or a "cheque" written to it is an investment, the price of a
purchase ("agreed to buy $30bn of compute") is not; a broker that "pencils in" a figure, or
", analysts say" after it, makes it their forecast; a label that denies ("What we are not
doing: …") negates what follows it; "every rack ties 72 Blackwell GPUs" after "GB200 NVL72
racks" in the same sentence is the GB200 system's count; "the latter" / "the former" pick
one of the two products named before; "288GB of the memory" takes the memory named before.
A time that opens the sentence ("In September 2024 xAI switched on …, with 100,000 H100s")
dates the clauses with none of their own; a place after "campus near" belongs to the site
named right before it, and "the biggest construction site" or "the developer" is no
building of a site. Sellers of a product named together ("SK hynix and Samsung are expected
to supply that HBM4") are co-suppliers of the company in focus, never each other's
customer. A provider a customer talks or deals "with" about renting is the way in (via).
A time that dates the telling (", a number it disclosed in 2024") or an earlier step
("after shipping samples in September") does not date the claim. Every sentence is written
for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

PUBLISHED = datetime(2025, 10, 7, 9, 0, tzinfo=UTC)
TODAY = ("point", "2025-10-07", "2025-10-07")
YEAR_END = ("deadline", "2025-10-07", "2025-12-31")


def rows(text: str) -> list[tuple[Any, ...]]:
    claims = run_extractor("Notes from the week.\n\n" + text, "en", PUBLISHED)
    return sorted((claim_row(c) for c in claims), key=repr)


def modalities(text: str, predicate: str) -> list[str]:
    return sorted(r[5] for r in rows(text) if r[1] == predicate)


SAID_FUTURE = [
    ("Oracle said it would build clusters of up to 131,072 MI355X GPUs.", "announced"),
    ("Oracle says it will build a cluster of up to 50,000 MI355X GPUs.", "announced"),
    (
        "Nvidia will invest $5bn in Intel, the two companies said on Thursday.",
        "announced",
    ),
    ("Microsoft will invest $2bn in Anthropic, the company confirmed.", "announced"),
    # traps: a plan word keeps a plan; analysts' word is their forecast. An executive's
    # remark about another company and an article's own "will" announce it too (GUIDE,
    # session 16: a bare future with no date, whoever tells it; until then pinned planned)
    ("Oracle said it plans to build clusters of up to 131,072 MI355X GPUs.", "planned"),
    ("Oracle will build clusters of up to 131,072 MI355X GPUs, Huang says.", "announced"),
    ("Oracle will build clusters of up to 131,072 MI355X GPUs.", "announced"),
    (
        "Analysts expect Oracle will build clusters of up to 131,072 MI355X GPUs.",
        "forecast",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAID_FUTURE)
def test_a_company_saying_it_will_act_without_a_plan_word_has_announced_it(
    text: str, expected: str
) -> None:
    found = [r[5] for r in rows(text) if r[1] in ("deployed_chips", "investment")]
    assert [expected] == found


RELATIVE_TIMES = [
    (
        "Meta, which aims to have about 350,000 H100s in its fleet by the end of the year, "
        "told investors it would spend more.",
        YEAR_END,
    ),
    (
        "xAI, which wants 200,000 H100s running by year-end, said nothing about costs.",
        YEAR_END,
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_TIMES)
def test_a_relative_clause_with_a_thousands_comma_keeps_its_own_time(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [expected] == [r[6] for r in rows(text) if r[1] == "deployed_chips"]


OF_WHICH = [
    (
        "Amazon has committed $8bn to Anthropic across two tranches, the second of which "
        "closed in November.",
        [TODAY],
    ),
    # trap: the time of the main clause still dates its own amount
    ("Amazon invested $4bn in Anthropic in March 2025.", [("point", "2025-03-01", "2025-03-31")]),
]


@pytest.mark.parametrize(("text", "expected"), OF_WHICH)
def test_an_of_which_clause_dates_only_itself(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == [r[6] for r in rows(text) if r[1] == "investment"]


JOINED = [
    (
        "AWS said Trainium4 will hook into Nvidia's NVLink Fusion and slot into MGX racks.",
        [("trainium4", "integrates", "mgx"), ("trainium4", "integrates", "nvlink-fusion")],
    ),
    (
        "The Trainium4 board slots into MGX racks.",
        [("trainium4", "integrates", "mgx")],
    ),
    # trap: a product put into a company's chip is still a delivery
    (
        "SK hynix is racing to get HBM4 into Nvidia's Rubin.",
        [("nvidia", "supply_deal", "sk-hynix")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joining_verbs_integrate_and_make_no_deal(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == sorted((r[0], r[1], r[3]) for r in rows(text))


COMMITTED = [
    (
        "Microsoft and Nvidia have committed up to $5bn and $10bn, respectively, to "
        "Anthropic, which in turn has agreed to buy $30bn of Azure compute.",
        [("microsoft", 5e9), ("nvidia", 1e10)],
    ),
    ("When Microsoft wrote OpenAI a $1bn cheque in 2019, GPT-2 was new.", [("microsoft", 1e9)]),
    # traps: a purchase is no investment; money spent on a site is one
    ("Anthropic has agreed to buy $30bn of compute from Microsoft.", []),
    ("OpenAI has committed to spend $300bn on Oracle computing.", []),
    ("AWS is spending $11bn on Project Rainier, its largest investment.", [("aws", 1.1e10)]),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTED)
def test_money_committed_to_a_company_is_invested_and_a_purchase_is_not(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert expected == sorted((r[0], r[4][0]) for r in rows(text) if r[1] == "investment")


THIRD_PARTY = [
    (
        "A Taipei broker now pencils in TSMC's CoWoS capacity at 130,000 wafers a month by "
        "the end of the year.",
        ["forecast"],
    ),
    (
        "TSMC will lift CoWoS capacity to 130,000 wafers a month by the end of the year, "
        "analysts say.",
        ["forecast"],
    ),
    # trap: the company's own number stays its plan (GUIDE, Modality)
    (
        "TSMC plans to lift CoWoS capacity to 130,000 wafers a month by the end of the year.",
        ["planned"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIRD_PARTY)
def test_a_brokers_or_analysts_figure_is_their_forecast(text: str, expected: list[str]) -> None:
    assert expected == modalities(text, "capacity")


LABELS = [
    (
        "Nvidia sells us GB200 racks. What we are not doing: buying AMD's MI355X this year, "
        "whatever the pricing.",
        "supply_deal",
        [],
    ),
    # trap: a label that only frames a fact keeps it
    ("What is not in dispute: Meta runs 350,000 H100s.", "deployed_chips", ["actual"]),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), LABELS)
def test_a_label_that_denies_negates_what_follows(
    text: str, predicate: str, expected: list[str]
) -> None:
    assert expected == modalities(text, predicate)


RACKS = [
    (
        "Our first GB200 NVL72 racks were switched on in Dallas in August; every rack ties "
        "72 Blackwell GPUs to 36 Grace CPUs.",
        [("gb200", 72.0)],
    ),
    # trap: with no system of the family named, the family keeps its count
    (
        "Blackwell racks went live; every rack ties 72 Blackwell GPUs to 36 CPUs.",
        [("blackwell", 72.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RACKS)
def test_a_rack_count_after_the_racks_system_is_the_systems(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert expected == [(r[0], r[4][0]) for r in rows(text) if r[1] == "chips_per_system"]


REFERENCES = [
    (
        "Most of the fleet is Hopper: roughly 22,000 H100s plus 9,000 H200s, the latter "
        "carrying 141GB of HBM3E apiece.",
        [("h200", "hbm3e")],
    ),
    ("We run H100s and H200s; the former carry 80GB of HBM3 each.", [("h100", "hbm3")]),
    (
        "Samsung ships 12-high HBM3E stacks for the MI355X, each of which carries 288GB of "
        "the memory.",
        [("mi355x", "hbm3e")],
    ),
    # trap: with no reference back, the nearest product keeps its figure
    ("We run H100s and H200s; the H200 carries 141GB of HBM3E.", [("h200", "hbm3e")]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_the_latter_the_former_and_the_memory_refer_back(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(r[0], r[2].get("memory")) for r in rows(text) if r[1] == "memory_capacity"]
    assert expected == found


FRONTED = [
    (
        "In September 2024 xAI switched on Colossus in Memphis, Tennessee, with 100,000 "
        "Nvidia H100s, having assembled it in four months.",
        [("point", "2024-09-01", "2024-09-30")],
    ),
    # traps: a clause's own time wins; a relative clause keeps its own statement
    (
        "In 2024 xAI switched on Colossus, with 200,000 H100s by the end of 2025.",
        [("deadline", "2025-10-07", "2025-12-31")],
    ),
    (
        "In 2024 Memphis welcomed Colossus, which runs 200,000 H100s.",
        [TODAY],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_a_time_opening_the_sentence_dates_its_clauses(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == [r[6] for r in rows(text) if r[1] == "deployed_chips"]


SITES = [
    (
        "xAI keeps adding GPUs to Colossus in Memphis, Tennessee, and Amazon's Project "
        "Rainier campus near New Carlisle, Indiana, has become the biggest construction site "
        "in that state's history.",
        [("colossus", "Tennessee, US"), ("project-rainier", "Indiana, US")],
    ),
    # trap: a site being built is left to the sentence-level rule (no actual place)
    ("OpenAI is building a new Stargate campus near Lordstown, Ohio.", []),
]


@pytest.mark.parametrize(("text", "expected"), SITES)
def test_a_place_after_a_site_noun_belongs_to_the_site_named_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = sorted((r[0], r[4]) for r in rows(text) if r[1] == "located_in" and r[5] == "actual")
    assert expected == found


CO_SELLERS = [
    (
        "Nvidia's Rubin will come with 288GB of HBM4. Both SK hynix and Samsung are "
        "expected to supply that HBM4, analysts say.",
        [("nvidia", "samsung"), ("nvidia", "sk-hynix")],
    ),
    # traps: with no buyer in view there is no deal; a maker and its partner keep theirs
    ("Both SK hynix and Samsung are expected to supply HBM4 next year.", []),
    ("Broadcom supplies Google with the TPU.", [("google", "broadcom")]),
]


@pytest.mark.parametrize(("text", "expected"), CO_SELLERS)
def test_sellers_named_together_are_co_suppliers_not_each_others_customers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == sorted((r[0], r[3]) for r in rows(text) if r[1] == "supply_deal")


RENTAL_PARTNERS = [
    (
        "Meta has held talks with Amazon Web Services about renting Trainium capacity "
        "starting in 2027.",
        [("meta", {"mode": "cloud", "via": "aws"}, "trainium")],
    ),
    (
        "Meta is in talks with Google over renting TPUs for its ads models.",
        [("meta", {"mode": "cloud", "via": "google"}, "google-tpu")],
    ),
    # trap: a partner named with no rental is not the way in (Trainium's cloud is AWS's)
    (
        "Meta is in talks with Google and plans to rent Trainium capacity in the cloud.",
        [("meta", {"mode": "cloud", "via": "aws"}, "trainium")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RENTAL_PARTNERS)
def test_a_provider_talked_with_about_renting_is_the_way_in(
    text: str, expected: list[tuple[str, dict[str, str], str]]
) -> None:
    assert expected == [(r[0], r[2], r[3]) for r in rows(text) if r[1] == "adopts"]


TOLD_EARLIER = [
    (
        "Oracle already runs 16,384 MI300X chips in its cloud, a number it disclosed in 2024.",
        [TODAY],
    ),
    (
        "Samsung said it is in talks with Nvidia over HBM4 supply after shipping samples in "
        "September.",
        [TODAY],
    ),
    # trap: a time of the claim itself still dates it
    (
        "Samsung will begin shipping HBM4 to Nvidia in the first quarter of 2026.",
        [("open", "2026-01-01", "None")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_EARLIER)
def test_a_time_of_the_telling_or_an_earlier_step_does_not_date_the_claim(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == [r[6] for r in rows(text) if r[1] in ("deployed_chips", "supply_deal")]
