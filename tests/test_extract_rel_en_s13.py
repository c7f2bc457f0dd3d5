"""English relations, session 13 (slice REL-EN): general shapes behind the misses of the
blind batches en-r and en-s, each said several ways here, with traps that must give
nothing. Every sentence is written for these tests.

- A foundry told in a relative clause after its name ("Samsung, whose foundry also
  fabricates the dies", "TSMC, which builds the GPU on N3"), a chip told only as "the
  chiplets", "the package", "the GPU", or a company's own chips in a relative clause
  ("Groq, which gets its chips built by Samsung"): the designer buys from the foundry
  (foundries_en). A passive of making right before the foundry still tells its deal when
  the clause also tells the memory's source.
- The memory of the chip in view, with no owner named, sourced from a memory maker ("The
  HBM3E stacks are sourced from Samsung", "The chip's HBM4 will come from SK hynix"): the
  chip's maker buys it (reserved._comes_from).
- A company serving its own named work on a product ("serving traffic for its assistant on
  REBEL-Quad servers", "handles chatbot queries on RNGD cards", "hosts its models on GB300
  racks"): an adoption, on-prem when the place is its own (a centre of its own, its own
  cloud named after the verb: "inside KT Cloud's inference service").
- A company's own site as the subject of a verb of use ("Its Fairwater sites run on …",
  "Meta's Prometheus cluster is built on …", "The cluster …" after a named cluster): the
  site's owner adopts the product, on-prem (site_use_en).
- A deal told in a company's reported words with "it" as the subject ("Microsoft said it has
  signed a contract with CoreWeave for GB300 capacity"): "it" was taken for goods (as in
  "ship it to AMD for its MI450"), so the product after "for" was read as where the goods
  go and no deal was found (claimrules/traded).
- A provider putting goods in place for a named customer ("agreed a deal to put B300 nodes
  in for Meta", "will install B300 racks for Meta", "signed an agreement to build
  a GB300 cluster for OpenAI"): the provider is the supplier, the company after "for" the
  customer; the deal had been read the other way round (built_for_en, deal_roles).
- An analyst's expected share of a maker's output ("is expected to take about a fifth of
  TSMC's CoWoS capacity next year", "could claim half of the 2027 allocation, we
  think", "will absorb a quarter of 2027 CoWoS output, with AMD and Google taking the rest"):
  a forecast supply deal dated by that period (GUIDE settled case), for each company
  taking the rest too; it had been dropped as no deal (reserved._shares).
- A customer role with no seller named read past an aside ("Marvell, which designs Amazon's
  Trainium chips, is the third-largest CoWoS customer"): the process's one maker sells it, though
  the aside's own deal took the clause (supply_roles._unowned_role).
- A use to come with a bare "will" on a named speaker's word in the perfect ("…, Microsoft
  has said", "Nvidia has confirmed that …"): announced, as with "said" (told_use_en; dev
  gold: bare "will train" 8 to 1 announced).
- The place a use runs named by another company's data centers or cloud ("runs its chatbot
  on WSE-3 systems in Cerebras's own data centers", "on GB200 racks in Oracle's data
  centres"): a cloud use via that company, not the user's own premises; the user's own
  name there is its own premises (use_modes._named_site_owner).
- A chronology whose lines open with a month and an em or en dash ("Feb. 2024 — …",
  "November 2025 – …"): each line's claims hold at its month, as with a hyphen and as in
  Korean (timeline.entry_times); a line headed by a past day stays at publication, whatever its
  dash (timeline.day_headed).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

MAY = datetime(2026, 5, 11, 8, 0, tzinfo=UTC)
AUGUST = datetime(2026, 8, 14, 9, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def of_predicates(text: str, *predicates: str, published: datetime = MAY) -> list[Row]:
    """(subject, predicate, qualifiers, object, modality, valid) of some predicates' claims."""
    return [
        (r[0], r[1], r[2], r[3], r[5], r[6])
        for r in sorted_rows(text, "en", published)
        if r[1] in predicates
    ]


def today(published: datetime = MAY) -> tuple[str, str, str]:
    day = published.date().isoformat()
    return ("point", day, day)


def deal(customer: str, supplier: str, product: str = "") -> Row:
    qualifiers = (("product", product),) if product else ()
    return (customer, "supply_deal", qualifiers, supplier, "actual", today())


# -- a foundry in a relative clause, a chip told by a common noun ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nvidia detailed Rubin on Monday. Volume output depends on TSMC, which now"
            " builds the GPU at two Tainan fabs.",
            deal("nvidia", "tsmc", "rubin"),
        ),
        (
            "AMD has begun sampling the MI450 to partners. Much rides on TSMC, which"
            " fabricates the compute tiles in Arizona as well as Taiwan.",
            deal("amd", "tsmc", "mi450"),
        ),
        (
            "Rebellions now ships its REBEL-Quad. Its memory and its silicon both trace back to"
            " Samsung, whose foundry also produces the chiplets at Hwaseong.",
            deal("rebellions", "samsung", "rebel"),
        ),
        (
            "Broadcom and Google are working on the next TPU, and they lean on TSMC, which"
            " manufactures every TPU generation so far.",
            deal("google", "tsmc", "google-tpu"),
        ),
        (
            "Startups such as FuriosaAI, which gets all its chips produced by TSMC, face long"
            " queues.",
            deal("furiosaai", "tsmc"),
        ),
    ],
)
def test_a_foundry_told_in_a_relative_clause_makes_the_chip(text: str, expected: Row) -> None:
    assert expected in of_predicates(text, "supply_deal")


def test_a_passive_of_making_keeps_its_deal_beside_the_memory_source() -> None:
    text = (
        "Rebellions opened orders for the REBEL-Quad. The package is fabricated by Samsung's"
        " foundry on a 4nm node, and the HBM3E likewise comes from Samsung."
    )
    found = of_predicates(text, "supply_deal")
    assert deal("rebellions", "samsung", "rebel") in found
    assert deal("rebellions", "samsung", "hbm3e") in found


@pytest.mark.parametrize(
    "text",
    [
        # the foundry's own chip: no customer
        "Intel said its own Gaudi 3 parts, which Intel fabricates in Oregon, sold out.",
        # a relative clause of something else the foundry does
        "Nvidia's Rubin leans on TSMC, which reported record revenue on Thursday.",
        # a company's chips made by no named foundry
        "FuriosaAI, which has its chips made overseas, declined to comment.",
    ],
)
def test_no_foundry_deal_without_a_foundry_making_another_makers_chip(text: str) -> None:
    assert [
        r for r in of_predicates(text, "supply_deal") if r[3] in ("tsmc", "samsung", "intel")
    ] == []


# -- the memory of the chip in view, sourced from a memory maker ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMD introduced the MI450 at a press event. The HBM4 stacks are sourced from"
            " Samsung, the company confirmed.",
            deal("amd", "samsung", "hbm4"),
        ),
        (
            "Rebellions put the REBEL-Quad on sale today. Its HBM3E comes from Samsung.",
            deal("rebellions", "samsung", "hbm3e"),
        ),
        (
            "Nvidia showed Rubin to reporters. The chip's HBM4 comes mostly from SK hynix.",
            deal("nvidia", "sk-hynix", "hbm4"),
        ),
        (
            "Google gave Ironwood a wider memory bus. The HBM3E is bought from Micron.",
            deal("google", "micron", "hbm3e"),
        ),
    ],
)
def test_the_memory_of_the_chip_in_view_is_bought_by_its_maker(text: str, expected: Row) -> None:
    assert expected in of_predicates(text, "supply_deal")


@pytest.mark.parametrize(
    "text",
    [
        # a memory maker's own chip in view: it does not buy its own memory
        "Samsung showed its Mach-1 part. The HBM4 comes from SK hynix.",
        # no chip in view at all
        "Memory prices rose again. The HBM4 comes from three makers in all.",
    ],
)
def test_no_memory_deal_without_a_chip_in_view(text: str) -> None:
    assert of_predicates(text, "supply_deal") == []


# -- a company serving its own work on a product -------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "product"),
    [
        (
            "KT has started serving chatbot traffic on REBEL-Quad servers in its Mokdong data"
            " center.",
            "kt",
            "rebel",
        ),
        (
            "SK Telecom handles a slice of its assistant queries on RNGD cards at its own"
            " data centers.",
            "sk-telecom",
            "rngd",
        ),
        (
            "Naver now processes search inference requests on Gaudi 3 servers in its Chuncheon"
            " centre.",
            "naver",
            "gaudi3",
        ),
        (
            "Microsoft hosts several of its Copilot models on GB300 racks in Azure.",
            "microsoft",
            "gb300",
        ),
        (
            "Kakao runs its Kanana chatbot on H100 servers inside Kakao Cloud's inference service.",
            "kakao",
            "h100",
        ),
    ],
)
def test_serving_own_work_on_a_product_adopts_it_on_prem(text: str, who: str, product: str) -> None:
    expected = (who, "adopts", (("mode", "on-prem"),), product, "actual", today())
    assert expected in of_predicates(text, "adopts")


@pytest.mark.parametrize(
    "text",
    [
        # serving customers with goods: a seller's trade
        "Dell serves customers across Europe with GB300 servers.",
        # the maker's software serving work on its own chip
        "Nvidia's Dynamo software handles inference requests on Blackwell.",
        # work served, no product after the preposition
        "KT handles chatbot traffic with a team of forty engineers.",
    ],
)
def test_no_adoption_from_serving_without_a_users_product(text: str) -> None:
    assert of_predicates(text, "adopts") == []


# -- a company's own site as the subject of a verb of use ----------------------------------


def on_prem(who: str, product: str, modality: str = "actual") -> Row:
    return (who, "adopts", (("mode", "on-prem"),), product, modality, today())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("xAI's Colossus now runs on H200 GPUs.", [on_prem("xai", "h200")]),
        (
            "Meta broke ground on Hyperion last year. The new cluster is built on GB300 racks.",
            [on_prem("meta", "gb300")],
        ),
        (
            "Microsoft described its AI build-out to investors. Its Fairwater sites now run on"
            " GB300 and B300 systems.",
            [on_prem("microsoft", "b300"), on_prem("microsoft", "gb300")],
        ),
        (
            "Meta's Prometheus data center has been running MI300X servers since spring.",
            [on_prem("meta", "mi300x")],
        ),
        (
            "Nebius has fitted out its Finnish hall with GB200 racks.",
            [on_prem("nebius", "gb200")],
        ),
        (
            "Microsoft will fill it with Rubin systems, its chief executive said.",
            [("microsoft", "adopts", (("mode", "on-prem"),), "rubin", "announced", today())],
        ),
    ],
)
def test_a_sites_owner_adopts_what_the_site_runs(text: str, expected: list[Row]) -> None:
    found = of_predicates(text, "adopts")
    assert [r for r in found if r[0] != "nvidia"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a site with no owner said, and another company running it
        "The flagship campus in Texas runs GB200 racks on Oracle Cloud Infrastructure.",
        # a server maker's goods filled with a chip: what the goods hold
        "Dell's racks are filled with B200 GPUs for the holiday orders.",
        "Supermicro's newest racks are fitted out with B300 GPUs and cold plates.",
        # a tank, not a site, filled with something that is no product
        "The cooling tank at Meta's campus was filled with water in June.",
    ],
)
def test_no_site_adoption_without_an_owners_site_using_a_product(text: str) -> None:
    assert of_predicates(text, "adopts") == []


# -- an English chronology headed by months with a dash -------------------------------------


def month(year: int, number: int, last: int) -> tuple[str, str, str]:
    return ("point", f"{year}-{number:02d}-01", f"{year}-{number:02d}-{last:02d}")


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_chronology_line_headed_by_a_month_dates_its_claims(dash: str) -> None:
    text = (
        f"Oct. 2024 {dash} Nvidia invests $1 billion in xAI.\n"
        f"March 2025 {dash} Mistral AI signs a contract with CoreWeave to rent GB200 capacity.\n"
        f"Sept. 4, 2025 {dash} AMD takes a $500 million stake in Crusoe."
    )
    found = {(r[0], r[1], r[5]) for r in of_predicates(text, "investment", "supply_deal")}
    assert ("nvidia", "investment", month(2024, 10, 31)) in found
    assert ("mistral", "supply_deal", month(2025, 3, 31)) in found
    # a past day heads the telling of the deal, not the state it left (GUIDE)
    assert ("amd", "investment", today()) in found


def test_one_dated_line_alone_is_no_chronology() -> None:
    text = "2024 — the year of the GPU.\nMicrosoft takes a $2 billion stake in OpenAI's round."
    assert of_predicates(text, "investment") == [
        ("microsoft", "investment", (("target", "openai"),), None, "actual", today())
    ]


# -- a deal in reported words with "it" as its subject --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meta said it has signed a five-year contract with Nebius for B300 capacity.",
            deal("meta", "nebius", "b300"),
        ),
        (
            "OpenAI confirmed on Friday that it inked an agreement with Oracle for GB300 racks.",
            deal("openai", "oracle", "gb300"),
        ),
        (
            "Anthropic said that it struck a deal with Google for Ironwood chips.",
            deal("anthropic", "google", "ironwood"),
        ),
        (
            "xAI told investors it had signed a contract with Nvidia for GB300 systems.",
            deal("xai", "nvidia", "gb300"),
        ),
    ],
)
def test_a_deal_told_with_it_as_subject_names_its_product(text: str, expected: Row) -> None:
    assert expected in of_predicates(text, "supply_deal")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the pronoun is the goods, the chip after "for" where they go
        ("SK hynix will ship it to AMD for its MI450, the memory maker said.", "mi450"),
        # goods named by a pronoun, the chip after "for" where they go
        ("Micron said it would deliver them to Nvidia for its Rubin boards.", "rubin"),
    ],
)
def test_a_pronoun_for_goods_still_leaves_the_chip_a_destination(text: str, wrong: str) -> None:
    assert [r for r in of_predicates(text, "supply_deal") if r[2] == (("product", wrong),)] == []


# -- a provider putting goods in place for a named customer ---------------------------------


@pytest.mark.parametrize(
    ("text", "customer", "supplier", "product"),
    [
        (
            "Crusoe has agreed a deal to put MI355X servers in for Oracle in Texas.",
            "oracle",
            "crusoe",
            "mi355x",
        ),
        (
            "Under the agreement, Nscale will install GB300 racks for Microsoft in Portugal.",
            "microsoft",
            "nscale",
            "gb300",
        ),
        (
            "Fluidstack signed a contract to build a B300 cluster for Mistral AI near Paris.",
            "mistral",
            "fluidstack",
            "b300",
        ),
        (
            "CoreWeave struck an agreement to host Rubin systems for OpenAI from next year.",
            "openai",
            "coreweave",
            "rubin",
        ),
    ],
)
def test_a_provider_building_for_a_customer_supplies_it(
    text: str, customer: str, supplier: str, product: str
) -> None:
    found = of_predicates(text, "supply_deal")
    assert [(r[0], r[3], r[2]) for r in found] == [(customer, supplier, (("product", product),))]


@pytest.mark.parametrize(
    "text",
    [
        # a buyer's deal with its supplier: no provider building for anyone
        "Microsoft signed a deal with Nebius for GB300 capacity.",
        # a company deploying its own chips for a customer's work: no deal turned round
        "Microsoft will deploy GB300 racks for OpenAI's training runs in Atlanta.",
    ],
)
def test_no_deal_turned_round_without_a_provider_building_for_a_named_customer(
    text: str,
) -> None:
    found = of_predicates(text, "supply_deal")
    assert all(r[0] == "microsoft" for r in found)


# -- an analyst's expected share of a maker's output ----------------------------------------


def forecast(customer: str, supplier: str, product: str, year: int) -> Row:
    period = ("point", f"{year}-01-01", f"{year}-12-31")
    return (customer, "supply_deal", (("product", product),), supplier, "forecast", period)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMD is expected to take about a fifth of TSMC's CoWoS capacity next year,"
            " analysts at the brokerage said.",
            [forecast("amd", "tsmc", "cowos", 2027)],
        ),
        (
            "We think Broadcom will absorb roughly a quarter of 2027 CoWoS output, with AMD"
            " and Google taking the rest.",
            [
                forecast("amd", "tsmc", "cowos", 2027),
                forecast("broadcom", "tsmc", "cowos", 2027),
                forecast("google", "tsmc", "cowos", 2027),
            ],
        ),
        (
            "Nvidia could claim half of next year's CoWoS allocation, in our view.",
            [forecast("nvidia", "tsmc", "cowos", 2027)],
        ),
        (
            "Analysts expect Nvidia to take most of SK hynix's HBM4 output in 2027.",
            [forecast("nvidia", "sk-hynix", "hbm4", 2027)],
        ),
    ],
)
def test_an_expected_share_of_output_is_a_forecast_deal_of_its_period(
    text: str, expected: list[Row]
) -> None:
    assert of_predicates(text, "supply_deal", published=AUGUST) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a share booked: a deal made, today
        "Nvidia has booked well above 50% of CoWoS capacity at TSMC for 2027, the company said.",
        # the maker's own word on a share to come: no third party's forecast
        "Nvidia will take half of its CoWoS output next year, TSMC's chief executive said.",
    ],
)
def test_a_share_taken_or_told_by_its_maker_is_no_forecast(text: str) -> None:
    found = of_predicates(text, "supply_deal", published=AUGUST)
    assert found
    assert all(r[4] != "forecast" and r[5] == today(AUGUST) for r in found)


# -- a customer role with no seller named, past an aside -----------------------------------


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        (
            "Marvell, which designs Amazon's Trainium chips, is the third-largest CoWoS customer.",
            "marvell",
        ),
        ("AMD, which makes the MI450, is now the second-biggest CoWoS buyer.", "amd"),
        (
            "Broadcom, which builds custom accelerators, remains the number-two CoWoS client.",
            "broadcom",
        ),
        ("Nvidia, which sells the Rubin, is by far the largest CoWoS customer.", "nvidia"),
    ],
)
def test_a_customer_role_past_an_aside_buys_from_the_processs_maker(text: str, buyer: str) -> None:
    assert deal(buyer, "tsmc", "cowos") in of_predicates(text, "supply_deal")


@pytest.mark.parametrize(
    "text",
    [
        # a memory several makers sell names no seller
        "AMD, which makes the MI450, is the second-largest HBM3E customer.",
        # no customer role: a rank among designers
        "Broadcom, which builds custom accelerators, is the second-largest CoWoS designer.",
    ],
)
def test_no_role_deal_past_an_aside_without_a_single_makers_customer_role(text: str) -> None:
    assert [r for r in of_predicates(text, "supply_deal") if r[3] == "tsmc"] == []
    assert [r for r in of_predicates(text, "supply_deal") if r[2] == (("product", "hbm3e"),)] == []


# -- a use to come on a speaker's word in the perfect ----------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "who", "what"),
    [
        (
            "xAI will train Grok 6 at Colossus 2, Elon Musk has said.",
            "trains_on",
            "xai",
            "colossus-2",
        ),
        (
            "Nvidia has confirmed that Anthropic will train future Claude models on Fairwater.",
            "trains_on",
            "anthropic",
            "fairwater",
        ),
        ("Meta will run its Llama models on MI450 racks, AMD has said.", "adopts", "meta", "mi450"),
        (
            "Oracle will serve OpenAI workloads on GB300 racks at Abilene, Larry Ellison had said.",
            "adopts",
            "oracle",
            "gb300",
        ),
    ],
)
def test_a_bare_will_on_a_speakers_word_in_the_perfect_is_announced(
    text: str, predicate: str, who: str, what: str
) -> None:
    found = [r for r in of_predicates(text, predicate) if r[0] == who and r[3] == what]
    assert [r[4] for r in found] == ["announced"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a date the use is due in keeps the plan
        (
            "xAI will train Grok 6 at Colossus 2 in the second half of 2027, Musk has said.",
            "planned",
        ),
        # a third party's word is their expectation
        ("xAI will train Grok 6 at Colossus 2, analysts have said.", "forecast"),
    ],
)
def test_a_due_date_or_a_third_partys_word_keeps_its_modality(text: str, modality: str) -> None:
    assert [r[4] for r in of_predicates(text, "trains_on")] == [modality]


# -- a use placed in another company's data centers or cloud ---------------------------------


@pytest.mark.parametrize(
    ("text", "who", "product", "via"),
    [
        (
            "Mistral AI runs its chatbot on WSE-3 systems in Cerebras's own data centers.",
            "mistral",
            "wse-3",
            "cerebras",
        ),
        (
            "OpenAI runs inference on GB200 racks in Oracle's data centres.",
            "openai",
            "gb200",
            "oracle",
        ),
        (
            "Meta serves its Llama API endpoints from WSE-3 racks in Cerebras data centers.",
            "meta",
            "wse-3",
            "cerebras",
        ),
        (
            "Anthropic uses H200 clusters inside CoreWeave's cloud for its evaluations.",
            "anthropic",
            "h200",
            "coreweave",
        ),
    ],
)
def test_a_use_in_another_companys_data_centers_is_a_cloud_use_via_it(
    text: str, who: str, product: str, via: str
) -> None:
    expected = (who, "adopts", (("mode", "cloud"), ("via", via)), product, "actual", today())
    assert expected in of_predicates(text, "adopts")


@pytest.mark.parametrize(
    "text",
    [
        # the user's own data centers named by its own name
        "Microsoft runs GB300 racks in Microsoft's own data centers in Iowa.",
        # its own, by pronoun
        "Meta runs MI300X servers in its own data centers for ranking.",
    ],
)
def test_a_use_in_the_users_own_data_centers_stays_on_prem(text: str) -> None:
    assert [r[2] for r in of_predicates(text, "adopts")] == [(("mode", "on-prem"),)]
