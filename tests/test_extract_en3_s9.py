"""English, third engineer (session 9): claims that should not exist. Each cause is said
several ways, with traps that must keep their claim. Every sentence here is written for
these tests.

- Money a company is valued at ("could value the developer at more than $13 billion") or
  a holding was sold for ("sold its entire holding in Nvidia for $5.8 billion") is no
  investment; the money put in beside it stays.
- A technology named as the one not used ("over Ethernet rather than NVLink", "UALink,
  not NVLink") is no integration; the one used stays.
- A count said as the sum over several systems ("240 racks … for a total of 17,280
  GPUs", "totaling 4,608 chips") is no one system's fill; "each rack holds a total of 72"
  stays.
- A lead-in ending in a colon followed by prose ("Where we go from here: we plan to grow
  …", "A: We have shipped …") is a sentence, not a spec field.
- Dies and chip-equivalents ("576 GPU dies", "the equivalent of almost 600,000 H100s")
  count no chips.
- Dies and chip-equivalents ("576 GPU dies", "the equivalent of almost 600,000 H100s")
  count no chips.
- A customer said but not named ("an order from a large U.S. customer", "in talks with
  several Japanese cloud providers", "to Indian companies and the government") makes no
  deal with the company in view; "to the same customer" and a named one stay.
- Chips counted "at" a company ("200,000 Trainium3 units installed at AWS") are the
  company's fleet, not the site in focus; "there" or a named site keeps the site.
- A capacity figure compared "at" another maker ("versus roughly 90,000 at SK hynix") is
  that maker's, not the sentence subject's.
- Chips said to sit inside a system named after them ("the 384 Ascend 910C chips inside
  the CloudMatrix 384") are that system's, not the product named earlier.
- In a company's own text, "our H200s" does not make Nvidia "we" when the text names
  Nvidia as another party ("Nvidia, which joined our seed round", "Nvidia sold us").
- One use told once is one adoption: a trailing conjunct that borrows the product and
  names another company ("…, a step for a company that has relied on Nvidia") adds no
  second provider.
- A site named outside the quotation that holds "trained" ('"We trained on the hills,"
  said Colossus captain …') is no place of training; chips "across its fleet" are no
  rack's fill; "Tesla coils" are no Tesla.
- The estimate a figure rises from ("up from 32k previously", "from 36,000 in our last
  note") is no capacity, and takes no time said after the next figure.
- What a correction notice retells ("It said xAI had invested $12 billion …") and what
  earlier reports said ("after earlier reports said Amazon had bought …") is no claim; what
  the sentence sets right stays.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED, tier)


def facts(text: str, predicate: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(subject, object or qualifiers, low value) of each claim of one predicate."""
    return [(r[0], r[3] or r[2], r[4] and r[4][0]) for r in claims(text, tier) if r[1] == predicate]


# -- a valuation or a sale's proceeds is no investment -------------------------------------

_ROUNDUP = "Our weekly round-up.\n\n"


@pytest.mark.parametrize(
    ("text", "tier", "expected"),
    [
        (
            _ROUNDUP + "Crusoe money. Nvidia is said to be in talks to invest as much as $1"
            " billion in Crusoe's next round, which could value the builder at more than $13"
            " billion.",
            "rumor",
            [("nvidia", (("target", "crusoe"),), 1e9)],
        ),
        (
            _ROUNDUP + "Nscale cash. AMD is said to be weighing an investment of up to $500"
            " million in Nscale's new round, which would value the British cloud at more than"
            " $9 billion.",
            "rumor",
            [("amd", (("target", "nscale"),), 5e8)],
        ),
        (
            _ROUNDUP + "Mistral money. Microsoft may invest $1 billion in Mistral AI in a round"
            " valuing the Paris lab at about $14 billion.",
            "rumor",
            [("microsoft", (("target", "mistral"),), 1e9)],
        ),
        (
            _ROUNDUP + "Lambda cash. Nvidia could put up to $300 million into Lambda Labs in a"
            " round that prices the GPU cloud at roughly $4 billion.",
            "rumor",
            [("nvidia", (("target", "lambda"),), 3e8)],
        ),
        (
            "SoftBank has finished paying for its OpenAI stake. To pay for it, SoftBank sold"
            " its whole stake in Nvidia last month for $5.8 billion and took out a loan secured"
            " against its shares in Arm.",
            "press",
            [],
        ),
        (
            "Microsoft has trimmed its exposure. It sold part of its stake in OpenAI to"
            " employees for about $2 billion.",
            "press",
            [],
        ),
        (
            "Nvidia keeps reshuffling its portfolio. It has sold all of its shares in Arm for"
            " $1.5 billion and bought a stake in Nscale instead.",
            "press",
            [],
        ),
        # traps: money put in stays, beside a valuation or after a sale
        (
            "Amazon keeps backing the lab. Amazon has invested $8 billion in Anthropic, whose"
            " last round valued it at $61.5 billion.",
            "press",
            [("amazon", (("target", "anthropic"),), 8e9)],
        ),
        (
            "Groq raised money. Groq took in $750 million last autumn at a $6.9 billion"
            " valuation, and Rebellions closed a round with Samsung among its backers.",
            "press",
            [],
        ),
        (
            "Google is doubling down. Having sold its stake in a chip start-up, Google agreed"
            " to invest $2 billion in Anthropic.",
            "press",
            [("google", (("target", "anthropic"),), 2e9)],
        ),
    ],
)
def test_valuation_or_sale_proceeds_is_no_investment(
    text: str, tier: str, expected: list[Row]
) -> None:
    assert expected == facts(text, "investment", tier)


# -- a technology not used is no integration -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft shared new Maia 200 numbers. Up to 6,144 Maia 200 chips can form one"
            " scale-up domain, which is linked by an Ethernet fabric rather than NVLink.",
            [],
        ),
        (
            "AMD detailed its next rack. The MI450 will support UALink, not NVLink, for scale-up.",
            [("mi450", "ualink", None)],
        ),
        (
            "AWS detailed its next rack. Trainium3 racks will use a custom switch in place of"
            " InfiniBand.",
            [],
        ),
        (
            "Nvidia detailed its next rack. Rubin will integrate Spectrum-X instead of"
            " InfiniBand for scale-out.",
            [("rubin", "spectrum-x", None)],
        ),
        # trap: the technologies named as used stay
        (
            "AWS detailed its next rack. Trainium4 will integrate NVLink Fusion and UALink.",
            [("trainium4", "nvlink-fusion", None), ("trainium4", "ualink", None)],
        ),
    ],
)
def test_technology_named_as_not_used_is_no_integration(text: str, expected: list[Row]) -> None:
    assert expected == facts(text, "integrates")


# -- a sum over several systems is no system's fill ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crusoe won a big order. The order covers 240 GB200 NVL72 racks, each with 72"
            " Blackwell GPUs and 36 Grace CPUs, for a total of 17,280 GPUs.",
            [("gb200", (), 72.0)],
        ),
        (
            "Oracle placed an order. Oracle ordered 64 Helios racks of 72 MI450 GPUs apiece,"
            " totaling 4,608 chips.",
            [("helios", (), 72.0)],
        ),
        (
            "Nebius placed an order. It takes 16 GB300 NVL72 racks, each with 72 GPUs,"
            " bringing the total to 1,152 GPUs.",
            [("gb300", (), 72.0)],
        ),
        (
            "Lambda placed an order. Lambda will get 30 GB200 NVL72 racks of 72 GPUs each, a"
            " combined 2,160 GPUs.",
            [("gb200", (), 72.0)],
        ),
        # trap: one rack's own total stays
        (
            "Nvidia shipped a new rack. Each GB300 NVL72 rack holds a total of 72 Blackwell"
            " Ultra GPUs.",
            [("gb300", (), 72.0)],
        ),
    ],
)
def test_sum_over_systems_is_no_system_fill(text: str, expected: list[Row]) -> None:
    assert expected == facts(text, "chips_per_system")


# -- prose after a lead-in colon is no spec line ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prometheus runs on a mix of GB200s and H100s in liquid-cooled racks.\n\nWhere we"
            " go from here: we plan to grow Prometheus to about 500,000 GPUs by the end of"
            " 2026, and our Hyperion site will start receiving its first racks in 2027.",
            [("prometheus", "deployed_chips", 500_000.0)],
        ),
        (
            "Colossus holds a block of H100s in its racks.\n\nLooking ahead: we expect to grow"
            " Colossus to about 300,000 GPUs by the end of the year, and its first new racks"
            " arrive in June.",
            [("colossus", "deployed_chips", 300_000.0)],
        ),
        (
            "Q: How fast is the new memory?\n\nA: We have shipped HBM4 samples to the MI355X"
            " team with more than 2.8 TB/s of bandwidth per stack.",
            [],
        ),
        # traps: a real field keeps its figure
        (
            "Trainium3 at a glance.\n\n- Chips in one Trn3 UltraServer: 144",
            [("trainium3", "chips_per_system", 144.0)],
        ),
        (
            "Google shipped its seventh TPU.\n\nIronwood (TPU v7) — memory: 192 GB HBM3E /"
            " bandwidth: 7.37 TB/s",
            [("ironwood", "memory_bandwidth", 7.37e12), ("ironwood", "memory_capacity", 192e9)],
        ),
    ],
)
def test_prose_after_lead_in_is_no_spec_field(text: str, expected: list[Row]) -> None:
    assert expected == [(r[0], r[1], r[4] and r[4][0]) for r in claims(text)]


# -- what a correction retells, or earlier reports said, is no claim -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Correction, Feb. 2, 2026: A report on Crusoe's funding contained an error.\n\n"
            "It said Nvidia had invested $5 billion in Crusoe. Nvidia has not disclosed any"
            " stake in the company.",
            [],
        ),
        (
            "Correction: An item in Friday's newsletter contained errors.\n\nThe item also"
            " stated that Meta runs 600,000 H100s at Prometheus. Meta gave no count.",
            [],
        ),
        (
            "Correction, March 9, 2026: A story published on Monday about xAI's data centers"
            " contained two errors.\n\nIt said xAI had invested $12 billion in Colossus 2. xAI"
            " has not disclosed its spending on the site.\n\nIt also said Colossus was located"
            " in Georgia. Colossus is in Memphis, Tennessee.",
            [("colossus", "located_in", "Tennessee, US")],
        ),
        (
            "Nvidia shipped GB300s to Microsoft this quarter, AWS said, after earlier reports"
            " said Amazon had bought 50,000 Trainium3 chips from TSMC.",
            [("microsoft", "supply_deal", None)],
        ),
        # traps: the fact set right in the same sentence, or after a semicolon, stays
        (
            "Microsoft is buying GB300s. Previous reports said Microsoft was weighing TPUs;"
            " the company now says it runs 100,000 GB300 chips.",
            [("microsoft", "deployed_chips", 100_000.0), ("microsoft", "supply_deal", None)],
        ),
        (
            "AWS made a correction. It misidentified the location of Project Rainier, which is"
            " in Indiana, not Ohio.",
            [("project-rainier", "located_in", "Indiana, US")],
        ),
    ],
)
def test_retold_error_or_earlier_report_is_no_claim(text: str, expected: list[Row]) -> None:
    assert expected == [
        (r[0], r[1], r[4] if not isinstance(r[4], tuple) else r[4][0]) for r in claims(text)
    ]


# -- dies and chip-equivalents count no chips ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nvidia showed its roadmap. Rubin Ultra, due in 2027, packs 576 GPU dies into a rack.",
            [],
        ),
        (
            "Nvidia showed its roadmap. A Rubin Ultra NVL576 rack links 576 GPU dies.",
            [],
        ),
        (
            "Meta builds its own chips. The company still expects its fleet to hold roughly"
            " 350,000 H100s at the end of 2024, and it describes its total compute as the"
            " equivalent of almost 600,000 H100s.",
            [("meta", "deployed_chips", 350_000.0)],
        ),
        (
            "Meta builds its own chips. Meta expects to run about 350,000 H100s by December,"
            " and counts its total compute as equal to nearly 600,000 H100s.",
            [("meta", "deployed_chips", 350_000.0)],
        ),
        # traps: chips counted beside dies stay
        (
            "Nvidia showed its roadmap. The GB200 NVL72 rack holds 72 GPUs, each made of two dies.",
            [("gb200", "chips_per_system", 72.0)],
        ),
        (
            "Meta gave a fleet figure. Meta runs about 350,000 H100s.",
            [("meta", "deployed_chips", 350_000.0)],
        ),
    ],
)
def test_dies_and_chip_equivalents_count_no_chips(text: str, expected: list[Row]) -> None:
    assert expected == [(r[0], r[1], r[4] and r[4][0]) for r in claims(text)]


# -- a customer said but not named makes no deal with the company in view ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nvidia had a good week. FuriosaAI has sold RNGD cards to LG AI Research and is in"
            " talks with several Japanese cloud providers.",
            [],
        ),
        (
            "SK hynix had a good week. Nvidia signed agreements to ship more than 100,000"
            " Blackwell GPUs to Indian companies and the government over three years.",
            [],
        ),
        (
            "Nvidia had a good week. Lambda Labs says it keeps about 2,000 A100s running for"
            " customers on older contracts.",
            [],
        ),
        (
            "Nvidia had a good week. Micron will supply HBM4 to two unnamed hyperscalers from"
            " the second half.",
            [],
        ),
        # traps: a customer named, or referred back to, keeps the deal
        (
            "Nvidia had a good week. SK hynix has supplied HBM3E to Nvidia for two years and"
            " will begin supplying HBM4 to the same customer in June.",
            # (a start with no plan word: announced since session 15, GUIDE)
            [("nvidia", "sk-hynix", "actual"), ("nvidia", "sk-hynix", "announced")],
        ),
        (
            "Nvidia had a good week. Samsung will supply HBM4 to AMD, its second-largest customer.",
            [("amd", "samsung", "planned")],
        ),
        (
            "AMD had a good week. AMD agreed to supply MI450 chips to Oracle for its cloud"
            " customers.",
            [("oracle", "amd", "actual")],
        ),
    ],
)
def test_unnamed_customer_makes_no_deal(text: str, expected: list[Row]) -> None:
    assert expected == [(r[0], r[3], r[5]) for r in claims(text) if r[1] == "supply_deal"]


# -- chips "at" a company are its fleet, not the site in focus -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AWS ends the year with about 1.4 million Trainium2 chips. Project Rainier alone"
            " holds about a million of them. We model 200,000 Trainium3 units installed at AWS"
            " by the end of June.",
            [("aws", "trainium3", 200_000.0), ("project-rainier", "trainium2", 1e6)],
        ),
        (
            "Microsoft keeps building. Fairwater holds about 200,000 GB200s. We expect some"
            " 300,000 GB300s in service at Microsoft by the end of the year.",
            [("fairwater", "gb200", 200_000.0), ("microsoft", "gb300", 300_000.0)],
        ),
        (
            "xAI keeps building. Colossus holds about 200,000 H100s. Analysts see 150,000"
            " GB200s deployed at xAI by December.",
            [("colossus", "h100", 200_000.0), ("xai", "gb200", 150_000.0)],
        ),
        # traps: the site referred back to or named keeps the count
        (
            "AWS ends the year with about 1.4 million Trainium2 chips. Project Rainier alone"
            " holds about a million of them. AWS expects to install 200,000 Trainium3 units"
            " there by the end of June.",
            [("project-rainier", "trainium2", 1e6), ("project-rainier", "trainium3", 200_000.0)],
        ),
        (
            "Microsoft keeps building. Fairwater holds about 200,000 GB200s. Microsoft plans to"
            " add 100,000 GB300s at Fairwater by the end of the year.",
            [("fairwater", "gb200", 200_000.0), ("fairwater", "gb300", 100_000.0)],
        ),
    ],
)
def test_chips_at_a_company_are_its_fleet(text: str, expected: list[Row]) -> None:
    assert expected == [
        (r[0], dict(r[2]).get("chip"), r[4][0])
        for r in claims(text, "analyst")
        if r[1] == "deployed_chips"
    ]


# -- a compared figure "at" another maker is that maker's ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Memory makers keep adding lines. Analysts estimate that Samsung's HBM4 output will"
            " reach 60,000 wafers a month by the end of 2026, versus roughly 90,000 at SK"
            " hynix.",
            [("samsung", 60_000.0), ("sk-hynix", 90_000.0)],
        ),
        (
            "Memory makers keep adding lines. Samsung makes about 50,000 HBM3E wafers a month,"
            " against some 70,000 wafers a month at SK hynix.",
            [("samsung", 50_000.0), ("sk-hynix", 70_000.0)],
        ),
        (
            "Packaging is tight. TSMC's CoWoS output should hit 90,000 wafers a month next"
            " year, compared with 20,000 at Amkor.",
            [("amkor", 20_000.0), ("tsmc", 90_000.0)],
        ),
        # traps: a plant of its own, or a customer after "for", is no other maker
        (
            "Memory makers keep adding lines. Samsung will make 60,000 HBM4 wafers a month at"
            " its Pyeongtaek plant by the end of 2026.",
            [("samsung", 60_000.0)],
        ),
        (
            "Packaging is tight. TSMC will package 20,000 CoWoS wafers a month for Nvidia by"
            " the end of the year.",
            [("tsmc", 20_000.0)],
        ),
    ],
)
def test_compared_figure_at_another_maker_is_its_own(text: str, expected: list[Row]) -> None:
    assert expected == [(r[0], r[4][0]) for r in claims(text) if r[1] == "capacity"]


# -- chips said to be inside a named system are that system's ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huawei showed its roadmap. Huawei also said its Atlas 950 SuperPoD will pack 8,192"
            " Ascend 950 chips into a single system, against the 384 Ascend 910C chips inside"
            " the CloudMatrix 384 that it has sold since last year.",
            [("ascend-950", 8192.0), ("cloudmatrix-384", 384.0)],
        ),
        (
            "AMD showed its roadmap. The next rack will hold 144 MI500 GPUs, double the 72"
            " MI450 GPUs in each Helios rack.",
            [("helios", 72.0)],
        ),
        (
            "Huawei showed its roadmap. The Ascend 950 supernode packs 8,192 chips, up from 384"
            " Ascend 910C chips within a CloudMatrix 384.",
            [("ascend-950", 8192.0), ("cloudmatrix-384", 384.0)],
        ),
        # traps: the system named before its count keeps it
        (
            "Huawei showed its roadmap. The CloudMatrix 384 links 384 Ascend 910C chips.",
            [("cloudmatrix-384", 384.0)],
        ),
        (
            "AMD showed its roadmap. Helios holds 72 MI450 GPUs in a single rack.",
            [("helios", 72.0)],
        ),
    ],
)
def test_chips_inside_a_named_system_are_its_own(text: str, expected: list[Row]) -> None:
    assert expected == [(r[0], r[4][0]) for r in claims(text) if r[1] == "chips_per_system"]


# -- "our <chip>" does not make the chip's maker "we" when the text names it as another ----

_OUR_FLEET = (
    "Our fleet grew again. Mistral rents a slice of our GB200 capacity, and our H100 prices"
    " fall next month.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _OUR_FLEET + "Nvidia, which joined our seed round, gets us no special allocation."
            " We intend to have about 10,000 Rubin GPUs racked by the end of 2026.",
            [],
        ),
        (
            _OUR_FLEET + "Nvidia, one of our investors, ships parts on time. We plan to run"
            " 5,000 GB300s by June.",
            [],
        ),
        (
            _OUR_FLEET + "Nvidia sold us our first racks at list price. We expect to have about"
            " 8,000 B200 GPUs online by the end of the year.",
            [],
        ),
        # trap: a company naming itself beside "our" stays "we"
        (
            "Our Trainium2 fleet grew again, and our Trainium3 ships next month.\n\nAWS and our"
            " partners plan to run 100,000 Trainium3 chips by June.",
            [("aws", "trainium3", 100_000.0)],
        ),
    ],
)
def test_maker_named_as_another_party_is_not_we(text: str, expected: list[Row]) -> None:
    assert expected == [
        (r[0], dict(r[2]).get("chip"), r[4][0])
        for r in claims(text, "company")
        if r[1] == "deployed_chips"
    ]


# -- one use told once is one adoption, whatever a later conjunct names ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OpenAI keeps adding compute. OpenAI has begun renting a limited number of Google's"
            " TPUs through Google Cloud for some inference work, a notable step for a company"
            " that has relied almost entirely on Nvidia hardware.",
            [("openai", "google-tpu", (("mode", "cloud"), ("via", "google")))],
        ),
        (
            "Meta keeps adding compute. Meta now rents Google's TPUs through Google Cloud for"
            " ranking models, a change for a firm that has leaned heavily on Nvidia GPUs.",
            [("meta", "google-tpu", (("mode", "cloud"), ("via", "google")))],
        ),
        (
            "Anthropic keeps adding compute. Anthropic has begun renting Ironwood chips through"
            " Google Cloud, a notable step for a lab that has relied mostly on AWS hardware.",
            [("anthropic", "ironwood", (("mode", "cloud"), ("via", "google")))],
        ),
        # trap: two products through two providers stay two adoptions
        (
            "Apple keeps adding compute. Apple rents Trainium2 through AWS, and it also rents"
            " GB200s through Oracle.",
            [
                ("apple", "trainium2", (("mode", "cloud"), ("via", "aws"))),
                ("apple", "gb200", (("mode", "cloud"), ("via", "oracle"))),
            ],
        ),
    ],
)
def test_one_use_is_one_adoption(text: str, expected: list[Row]) -> None:
    assert sorted(expected) == sorted((r[0], r[3], r[2]) for r in claims(text) if r[1] == "adopts")


# -- a site named outside the quote that holds the training is no place of it --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The rowing club had a good season. "We trained on the river behind the Amazon'
            ' warehouse all spring," said Colossus captain Dana Reyes.',
            [],
        ),
        (
            'The relay team had a good season. "We trained on the hills above town every'
            ' morning," said Stargate coach Ben Ortiz, whose Google alerts never stop.',
            [],
        ),
        (
            "The swim team had a good season. “We trained in the lake behind the Oracle office"
            " all summer,” said Stargate captain Lena Park.",
            [],
        ),
        # traps: a site inside the quote, or no quote at all, keeps the training
        (
            'Anthropic keeps adding compute. "We train Claude on Project Rainier," said an'
            " Anthropic spokesperson.",
            [("anthropic", "project-rainier")],
        ),
        (
            "Tesla is building its own cluster. Tesla trains its driving models on Colossus, a"
            " person said.",
            [("tesla", "colossus")],
        ),
    ],
)
def test_site_outside_the_training_quote_is_no_place_of_it(text: str, expected: list[Row]) -> None:
    assert expected == [(r[0], r[3]) for r in claims(text) if r[1] == "trains_on"]


# -- chips across a fleet are no system's fill; Tesla coils are no Tesla --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lambda, the GPU cloud, keeps growing. Lambda has been taking delivery of the racks"
            " since the summer, and said it currently operates more than 25,000 Nvidia GPUs"
            " across its fleet.",
            [("lambda", "deployed_chips", 25_000.0)],
        ),
        (
            "Nebius keeps growing. Nebius installed its first GB300 racks in June and now runs"
            " about 30,000 GPUs across four sites.",
            [("nebius", "adopts", None), ("nebius", "deployed_chips", 30_000.0)],
        ),
        (
            "The club had a good season. The team captain builds Tesla coils and trains on"
            " Colossus hardware at night.",
            [],
        ),
        (
            "The club had a good season. Its captain, who builds Tesla coils in his garage,"
            " said the team trained on Stargate Field.",
            [],
        ),
        # trap: one rack in a fleet keeps its fill
        (
            "Nvidia keeps shipping. Each GB300 NVL72 rack in Microsoft's fleet holds 72 GPUs.",
            [("gb300", "chips_per_system", 72.0)],
        ),
    ],
)
def test_fleet_counts_and_tesla_coils(text: str, expected: list[Row]) -> None:
    assert expected == [
        (r[0], r[1], r[4][0] if isinstance(r[4], tuple) else r[4]) for r in claims(text)
    ]


# -- an earlier estimate a figure rises from is no capacity --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TSMC keeps adding lines. We now model TSMC's CoWoS capacity at ~35k wafers per"
            " month exiting 2024, up from 32k previously, and 70k wpm by end-2025.",
            [35_000.0, 70_000.0],
        ),
        (
            "TSMC keeps adding lines. We put TSMC's CoWoS capacity at 40,000 wafers a month at"
            " the end of 2025, up from 36,000 in our last note, and 80,000 by end-2026.",
            [40_000.0, 80_000.0],
        ),
        (
            "SK hynix keeps adding lines. SK hynix's HBM capacity should reach 150,000 wafers a"
            " month by the end of 2026, up from 120,000 before, and 200,000 by end-2027.",
            [150_000.0, 200_000.0],
        ),
        # trap: an earlier level with its own time stays a capacity of that time
        (
            "TSMC keeps adding lines. TSMC's CoWoS capacity will reach 90,000 wafers a month"
            " by end-2026, up from about 75,000 at the end of this year.",
            [75_000.0, 90_000.0],
        ),
    ],
)
def test_earlier_estimate_is_no_capacity(text: str, expected: list[float]) -> None:
    assert expected == sorted(r[4][0] for r in claims(text, "analyst") if r[1] == "capacity")
