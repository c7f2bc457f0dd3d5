"""English phrasing families added with extractor 0.8.0, each with its traps: compound
number words ("five hundred thousand"), talks and near-deals as considering, a chip that a
company is eyeing or weighing as a considered adoption, reported intent ("said it would"),
a description in object position ("invested $8 billion in the company"), "the same
customer", a start verb before a bare relative year, and quarters and spans counted from
the publication ("this quarter", "over the next two years"). Every sentence is written
for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor
from tracker.domain.documents import Document
from tracker.extract import default_extractor

PUBLISHED = datetime(2025, 10, 7, 9, 0, tzinfo=UTC)
TODAY = ("point", "2025-10-07", "2025-10-07")


def rows(text: str) -> list[tuple[Any, ...]]:
    claims = run_extractor("Notes from the week.\n\n" + text, "en", PUBLISHED)
    return sorted((claim_row(c) for c in claims), key=repr)


def counts(text: str) -> list[float]:
    return sorted(r[4][0] for r in rows(text) if r[1] == "deployed_chips")


NUMBER_WORDS = [
    ("Project Rainier now runs five hundred thousand Trainium2 chips.", [500000.0]),
    ("Twenty-five thousand GB200 chips have been installed at Colossus.", [25000.0]),
    ("Colossus runs two hundred and fifty thousand GPUs.", [250000.0]),
    ("Colossus runs ninety thousand GPUs.", [90000.0]),
    ("Colossus runs a hundred thousand H100 chips.", [100000.0]),
    ("Colossus runs one million GPUs.", [1000000.0]),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_WORDS)
def test_number_words_are_read_whole_before_a_scale(text: str, expected: list[float]) -> None:
    assert expected == counts(text)


CONSIDERING_TALKS = [
    ("Meta is in advanced talks to rent TPUs from Google Cloud.", "considering"),
    ("Meta is in preliminary talks to use TPUs in its data centers.", "considering"),
    ("Apple is close to a deal to rent TPUs from Google.", "considering"),
    ("Apple is nearing a deal to rent TPUs from Google.", "considering"),
    ("Anthropic is believed to be testing Trainium3.", "considering"),
    # traps: talks that ended in a deal, and a plain deal, stay actual
    ("Meta signed a deal to rent TPUs from Google after months of talks.", "actual"),
    ("Apple signed a deal to rent TPUs from Google.", "actual"),
]


@pytest.mark.parametrize(("text", "expected"), CONSIDERING_TALKS)
def test_talks_and_near_deals_are_considering(text: str, expected: str) -> None:
    # a rental is a deal and a cloud adoption (GUIDE settled case): both take the modality
    assert {expected} == {r[5] for r in rows(text)}


EYED_CHIPS = [
    (
        "Meta is eyeing TPUs for its own data centers from 2027.",
        [("meta", "google-tpu", "considering", ("open", "2027-01-01", "None"))],
    ),
    (
        "Anthropic is said to be considering Trainium3 for training.",
        [("anthropic", "trainium3", "considering", TODAY)],
    ),
    # traps: eyeing something that is not a product, weighing a deal with no chip named
    ("Analysts are eyeing Nvidia's earnings on Wednesday.", []),
    ("Meta is weighing a deal with Google.", []),
]


@pytest.mark.parametrize(("text", "expected"), EYED_CHIPS)
def test_a_chip_eyed_or_weighed_is_a_considered_adoption(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    actual = [(r[0], r[3], r[5], r[6]) for r in rows(text) if r[1] == "adopts"]
    assert expected == actual


REPORTED_INTENT = [
    # the company's own word with no plan word is announced (GUIDE, settled cases)
    ("Nvidia said it would invest $5 billion in Intel.", ["announced"]),
    ("Microsoft told investors they would invest $5 billion in Anthropic.", ["planned"]),
    # trap: a hypothetical "that would" does not make a plan of a deal under discussion
    (
        "A deal that would put 1 million TPUs in Meta's data centers is under discussion.",
        ["considering"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_INTENT)
def test_reported_intent_is_planned(text: str, expected: list[str]) -> None:
    assert expected == [r[5] for r in rows(text)]


OBJECT_REFERENCES = [
    (
        "Google has put roughly $3 billion into Anthropic. "
        "Amazon has invested $8 billion in the company.",
        [("amazon", "anthropic"), ("google", "anthropic")],
    ),
    (
        "Anthropic has lined up chips from three clouds. Microsoft and Nvidia agreed to "
        "invest in it. Anthropic trains Claude on Trainium2. "
        "Google has put roughly $3 billion into the company.",
        [("google", "anthropic")],
    ),
    # trap: a description that opens the sentence is its subject, as before
    (
        "Nvidia unveiled Rubin on Monday. The company will invest $5 billion in Intel.",
        [("nvidia", "intel")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_REFERENCES)
def test_a_company_described_after_a_preposition_is_the_one_most_in_view(
    text: str, expected: list[tuple[str, str]]
) -> None:
    actual = sorted((r[0], r[2]["target"]) for r in rows(text) if r[1] == "investment")
    assert expected == actual


# (session 15: a start with no plan word is announced, GUIDE; a start in the quarter under
# way, "in the fourth quarter" said in October, too)
SAME_CUSTOMER = [
    (
        "SK hynix has supplied HBM3E to Nvidia since March 2024 and will begin supplying "
        "HBM4 to the same customer next year.",
        [
            ("nvidia", "hbm3e", "sk-hynix", "actual", TODAY),
            ("nvidia", "hbm4", "sk-hynix", "announced", ("open", "2026-01-01", "None")),
        ],
    ),
    (
        "Samsung has shipped HBM3E to AMD since 2024 and will start supplying HBM4 to the "
        "same customer in the fourth quarter.",
        [
            ("amd", "hbm3e", "samsung", "actual", TODAY),
            ("amd", "hbm4", "samsung", "announced", ("open", "2025-10-01", "None")),
        ],
    ),
    # trap: a description that is not "the same …" is not a deal party
    ("SK hynix will begin supplying HBM4 to the customer next year.", []),
]


@pytest.mark.parametrize(("text", "expected"), SAME_CUSTOMER)
def test_the_same_customer_is_the_party_named_before(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    actual = [
        (r[0], r[2]["product"], r[3], r[5], r[6]) for r in rows(text) if r[1] == "supply_deal"
    ]
    assert expected == actual


RELATIVE_PERIODS = [
    (
        "TSMC plans to raise CoWoS capacity to 90,000 wafers a month this quarter.",
        ("point", "2025-10-01", "2025-12-31"),
    ),
    (
        "TSMC plans to raise CoWoS capacity to 90,000 wafers a month by the end of next quarter.",
        ("deadline", "2025-10-07", "2026-03-31"),
    ),
    (
        "TSMC plans to raise CoWoS capacity to 90,000 wafers a month over the next two years.",
        ("deadline", "2025-10-07", "2027-10-07"),
    ),
    (
        "TSMC plans to raise CoWoS capacity to 90,000 wafers a month within 18 months.",
        ("deadline", "2025-10-07", "2027-04-07"),
    ),
    # traps: "the coming months" says no end; a bare "last quarter" dates no claim
    (
        "TSMC will raise CoWoS capacity to 90,000 wafers a month in the coming months.",
        TODAY,
    ),
    ("TSMC said it had reached 75,000 CoWoS wafers a month last quarter.", TODAY),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_PERIODS)
def test_quarters_and_spans_count_from_the_publication(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [expected] == [r[6] for r in rows(text) if r[1] == "capacity"]


def capacities(text: str) -> list[tuple[Any, ...]]:
    return [(r[0], r[2], r[4][0], r[5], r[6]) for r in rows(text) if r[1] == "capacity"]


COWOS = {"process": "cowos"}
CARRIED_CAPACITY = [
    (
        "TSMC is racing to expand CoWoS output. It will reach 90,000 a month by end-2026.",
        [("tsmc", COWOS, 90000.0, "planned", ("deadline", "2025-10-07", "2026-12-31"))],
    ),
    (
        "TSMC's CoWoS capacity stood at 35,000 wafers a month at the end of 2024. "
        "It is expected to reach 90,000 by the end of 2026.",
        [
            ("tsmc", COWOS, 35000.0, "actual", ("point", "2024-12-31", "2024-12-31")),
            ("tsmc", COWOS, 90000.0, "forecast", ("deadline", "2025-10-07", "2026-12-31")),
        ],
    ),
    (
        "Analysts track TSMC's CoWoS output closely. "
        "By our count the foundry ended 2025 at roughly 75k.",
        [("tsmc", COWOS, 75000.0, "forecast", ("point", "2025-12-31", "2025-12-31"))],
    ),
    (
        "SK hynix is adding HBM4 lines. Its output will reach 150,000 a month by year-end.",
        [
            (
                "sk-hynix",
                {"process": "hbm4"},
                150000.0,
                "planned",
                ("deadline", "2025-10-07", "2025-12-31"),
            )
        ],
    ),
    # traps: people, money, chips, a share price and "the number of" terminals
    ("TSMC is expanding CoWoS capacity. The company employs 90,000 people.", []),
    ("TSMC is expanding CoWoS capacity. It will reach $90,000 a month.", []),
    ("TSMC makes CoWoS for Nvidia. Nvidia will reach 90,000 GPUs a month.", []),
    ("TSMC makes CoWoS. The stock hit 1,000 on Monday.", []),
    ("SK hynix makes HBM4. The new part doubles the number of I/O terminals to 2,048.", []),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_CAPACITY)
def test_a_capacity_figure_may_carry_its_unit_and_process_from_the_sentence_before(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == capacities(text)


FROM_FIGURES = [
    (
        "Samsung plans to lift HBM4 capacity to around 150,000 wafers a month by year-end, "
        "from roughly ninety thousand now.",
        [
            (150000.0, "planned", ("deadline", "2025-10-07", "2025-12-31")),
            (90000.0, "actual", TODAY),
        ],
    ),
    (
        "We estimate TSMC's CoWoS capacity at 120,000 wafers a month exiting 2026, "
        "up from an estimated 75,000 today.",
        [
            (120000.0, "forecast", ("point", "2026-12-31", "2026-12-31")),
            (75000.0, "forecast", TODAY),
        ],
    ),
    # trap: a from-figure with no time of its own is only the value being replaced
    (
        "TSMC will raise CoWoS capacity to 120,000 wafers a month by the end of 2026, "
        "up from 75,000 wafers.",
        [(120000.0, "planned", ("deadline", "2025-10-07", "2026-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FROM_FIGURES)
def test_a_from_figure_is_a_capacity_only_when_it_has_its_own_time(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == [(c[2], c[3], c[4]) for c in capacities(text)]


THEY_EXPECT = [
    (
        "Analysts at Kestrel track TSMC's CoWoS output. "
        "They expect capacity to top 120,000 wafers a month in the back half of 2026.",
        ["forecast"],
    ),
    # trap: a company's own expectation stays its plan
    ("TSMC expects to raise CoWoS capacity to 120,000 wafers a month in 2026.", ["planned"]),
]


@pytest.mark.parametrize(("text", "expected"), THEY_EXPECT)
def test_what_they_expect_is_a_forecast(text: str, expected: list[str]) -> None:
    assert expected == [c[3] for c in capacities(text)]


SINCE = [
    ("OpenAI has been training models at Stargate since June.", "trains_on", TODAY),
    ("SK hynix has supplied HBM3E to Nvidia since March 2024.", "supply_deal", TODAY),
    # trap: "from" opens a period, as before
    (
        "Meta will rent TPUs from Google Cloud from 2027.",
        "adopts",
        ("open", "2027-01-01", "None"),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), SINCE)
def test_since_is_the_background_of_a_state_that_holds_at_publication(
    text: str, predicate: str, expected: tuple[str, str, str]
) -> None:
    assert [expected] == [r[6] for r in rows(text) if r[1] == predicate]


def release_rows(text: str, tier: str) -> list[tuple[Any, ...]]:
    doc = Document(document_id="r", text=text, published=PUBLISHED, language="en", tier=tier)
    return [claim_row(c) for c in default_extractor([]).extract(doc)]


OWN_WORD = [
    (
        "SK hynix will supply HBM4 to Nvidia starting in the fourth quarter.",
        "company",
        "announced",
    ),
    # trap: a plan word makes it a plan
    (
        "SK hynix plans to supply HBM4 to Nvidia starting in the fourth quarter.",
        "company",
        "planned",
    ),
    # a news outlet's "will" for a start is announced too (session 15, GUIDE: the tier of the
    # source changes no modality; this pinned "planned" before), and its plan word a plan
    ("SK hynix will supply HBM4 to Nvidia starting in the fourth quarter.", "press", "announced"),
    ("SK hynix plans to supply HBM4 to Nvidia starting in the fourth quarter.", "press", "planned"),
    ("SK hynix will supply HBM4 to Nvidia starting in the fourth quarter.", "analyst", "announced"),
]


@pytest.mark.parametrize(("text", "tier", "expected"), OWN_WORD)
def test_a_companys_own_will_with_no_plan_word_is_announced(
    text: str, tier: str, expected: str
) -> None:
    assert [expected] == [r[5] for r in release_rows(text, tier) if r[1] == "supply_deal"]


UNDATED_DEADLINES = [
    (
        "TSMC will raise CoWoS capacity to 120,000 wafers a month by the end of the first quarter.",
        ("deadline", "2025-10-07", "2026-03-31"),
    ),
    (
        "TSMC will raise CoWoS capacity to 120,000 wafers a month by the end of March.",
        ("deadline", "2025-10-07", "2026-03-31"),
    ),
    # trap: a deadline still ahead stays in the publication year
    (
        "TSMC will raise CoWoS capacity to 120,000 wafers a month by the end of the fourth "
        "quarter.",
        ("deadline", "2025-10-07", "2025-12-31"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNDATED_DEADLINES)
def test_a_deadline_with_no_year_is_the_next_one_on_or_after_publication(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [expected] == [c[4] for c in capacities(text)]


UNVEILED = [
    ("AMD unveiled the MI355X on Thursday. The chip is rated at 10 petaflops of FP8.", "announced"),
    ("Nvidia took the wraps off Rubin. It delivers 50 petaflops of FP4.", "announced"),
    # traps: a product said to be available, an unveiling long before, no unveiling at all
    (
        "AMD unveiled the MI355X on Thursday. The chip is rated at 10 petaflops of FP8. "
        "It is available today.",
        "actual",
    ),
    (
        "AMD unveiled the MI355X in March 2024. The chip is rated at 10 petaflops of FP8.",
        "actual",
    ),
    ("The MI355X is rated at 10 petaflops of FP8.", "actual"),
]


@pytest.mark.parametrize(("text", "expected"), UNVEILED)
def test_specs_of_a_product_unveiled_in_the_text_are_announced(text: str, expected: str) -> None:
    assert [expected] == [r[5] for r in rows(text) if r[1] == "peak_compute"]


HOME_TO = [
    ("Colossus, home to 200,000 GPUs, sits in Memphis, Tennessee.", [200000.0]),
    ("Colossus (home to 200,000 GPUs) sits in Memphis, Tennessee.", [200000.0]),
    ("Colossus now holds 200,000 GPUs.", [200000.0]),
    # traps: talks are held, people are at home
    ("Meta holds talks with Google about 100,000 TPUs.", []),
    ("The campus is home to 4,000 workers.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOME_TO)
def test_a_site_home_to_chips_has_them_deployed(text: str, expected: list[float]) -> None:
    assert expected == counts(text)


BUILT_WITH = [
    ("Trainium4 will be built with NVLink Fusion, AWS said.", [("trainium4", "nvlink-fusion")]),
    # trap: chips a cluster is built with are no technology it integrates
    ("Project Rainier is built with Trainium2 chips.", []),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_WITH)
def test_a_product_built_with_a_technology_integrates_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == [(r[0], r[3]) for r in rows(text) if r[1] == "integrates"]
