"""English quantities (session 13, slice QTY-EN): general shapes behind the misses of the
blind batches en-r and en-s, each said several ways here, with traps that must give nothing.
Every sentence is written for these tests.

- A fleet named before a count ("its GB300 NVL72 fleet has passed 20,000 GPUs") makes the
  count a fleet total, never one rack's fill, unless one system is singled out after it.
- A company's own word about a future fleet, told with a perfect or an adverb before the
  saying verb ("Oracle has said the site will hold …", "xAI had previously stated that …")
  and a bare future with no plan word and no date, is `announced`, as with a plain "said".
- A bare monthly figure after wafers named in its clause ("its HBM wafer capacity will
  hit 60k a month") is a capacity in wafers a month, with no process when none is
  named; wafers of DRAM or NAND, and monthly counts of other things, are none.
- A line of labelled fields split by bars ("Dense FP8: 4.5 PFLOPS | Dense FP16: 2.2 PFLOPS")
  is a spec line of the product in view, not a row of a table.
- A product the text says has not shipped ("has not shipped to any customer", "isn't
  available yet", "is yet to reach customers") is not on the market, though it is "in full
  production": its specifications are `announced`. A market kept from it ("has not shipped
  to customers in China") says nothing of that.
- The chip's maker named as the one who supplies, sells, ships or allots the counted chips
  ("180,000: GB300 GPUs that Nvidia has agreed to supply to …") holds no fleet of them.
- ", and the <noun phrase> will / is due to / is set to …" opens a second statement: its
  future and its time are not those of the fleet counted before it.
- So does ", and its <noun phrase> will …"; and a capacity said of HBM with no generation
  in its own clause ("…, and its HBM capacity will reach …") takes no process from another
  clause (the maker's whole HBM output).
- A tally that "puts" a company at a count ("The latest filing puts Nebius at about 60,000
  GPUs") and chips "put into service" count a fleet; "put" alone (cards put in a server,
  money put into a company) does not.
- "It" opening a sentence with a verb of holding a fleet ("It operates …", "It owns …",
  "It has deployed …", "It ended the year with …") is the company in view; after a site it
  stays the site.
- ", and last year it …", ", and next year it will …": a time opening a second statement
  whose subject is a pronoun dates that statement, not the fleet counted before it.
- "The GPU cloud", "The neocloud", "The AI cloud" opening a sentence is the GPU cloud in
  view; inside a sentence it is an apposition, and before "market" or "business" a trade.
- ", a figure the firm hasn't confirmed", ", which Meta would not verify" after a count
  is a source's silence, a hedge: it denies nothing the sentence says.
- A chip named after "over" ("a 4.7x gain per chip over TPU v5e") is a point of
  comparison: a later "every chip" is the product in view, not it.
- A company's own cluster, fleet, supercomputer or campus before a copula ("Nebius's cluster
  in Finland is 20,000 H200 GPUs") tells its fleet size, as "Nebius is at …" does; its
  rack, its order, or a gap ("… short of its goal") does not.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows
from tracker.extract.tables import split_cells

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


def count(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "count", approx, bound)


# -- a fleet before the count is no rack's fill --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Together AI said on Monday that its GB200 NVL72 fleet has passed 20,000 GPUs.",
        "Crusoe's GB300 NVL72 fleet numbers 9,000 GPUs today.",
        "Lambda told us its GB300 NVL72 estate has grown to 14,000 GPUs since the summer.",
        "The installed base of GB200 NVL72 systems at Nscale is now 16,000 GPUs.",
        "Nebius runs 18,000 GB300 GPUs in service across four data halls, all of them in "
        "GB300 NVL72 racks.",
    ],
)
def test_a_fleet_total_is_no_count_per_system(text: str) -> None:
    assert not of_predicate(text, "chips_per_system")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Together AI said on Monday that its GB200 NVL72 fleet has passed 20,000 GPUs.",
            [
                (
                    "together-ai",
                    (("chip", "gb200"),),
                    None,
                    count(20000, "at-least"),
                    "actual",
                    TODAY,
                )
            ],
        ),
        (
            "Crusoe's GB300 NVL72 fleet numbers 9,000 GPUs today.",
            [("crusoe", (("chip", "gb300"),), None, count(9000), "actual", TODAY)],
        ),
    ],
)
def test_a_fleet_total_is_the_owners_deployment(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        # traps: one rack singled out after the fleet word keeps its fill
        "Nebius's fleet of GB300 NVL72 racks, each with 72 GPUs, is growing.",
        "Every rack in the CoreWeave fleet is a GB200 NVL72, in which 72 GPUs are linked over "
        "NVLink.",
    ],
)
def test_one_rack_singled_out_in_a_fleet_keeps_its_fill(text: str) -> None:
    assert [("gb300" if "GB300" in text else "gb200", (), None, count(72), "actual", TODAY)] == (
        of_predicate(text, "chips_per_system")
    )


# -- "has said … will" is a company's own word: announced ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crusoe has repeatedly said the campus will house 100,000 GB200 GPUs when it is "
            "complete.",
            [("crusoe", (("chip", "gb200"),), None, count(100000), "announced", TODAY)],
        ),
        (
            "xAI had previously stated that Colossus 2 will hold 550,000 GB300 chips.",
            [("colossus-2", (("chip", "gb300"),), None, count(550000), "announced", TODAY)],
        ),
        (
            "Nebius told reporters that the Kansas City hall will run 35,000 GB300 GPUs.",
            [("nebius", (("chip", "gb300"),), None, count(35000), "announced", TODAY)],
        ),
        (
            "Oracle has long said that its Texas campus will contain more than 300,000 "
            "GB200 GPUs once every building is up.",
            [("oracle", (("chip", "gb200"),), None, count(300000, "at-least"), "announced", TODAY)],
        ),
    ],
)
def test_a_company_having_said_a_future_fleet_announced_it(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        # traps: a plan word or a date to reach keeps the plan; an analyst's word is no
        # announcement
        "Oracle has said it plans to put 300,000 GB200 GPUs into its Texas campus.",
        "Crusoe has said the campus will house 100,000 GB200 GPUs by the end of 2026.",
        "Analysts have said Stargate will hold 300,000 GB200 GPUs.",
    ],
)
def test_a_plan_word_a_date_or_an_analyst_is_no_announcement(text: str) -> None:
    modalities = [row[4] for row in of_predicate(text, "deployed_chips")]
    assert len(modalities) == 1
    assert "announced" not in modalities


# -- "wafer capacity … N a month": wafers a month -------------------------------------------


def wpm(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "wafer/month", approx, bound)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samsung's HBM wafer capacity stands at 150k a month.",
            [("samsung", (), None, wpm(150000), "actual", TODAY)],
        ),
        (
            "Kioxia said SK hynix's HBM wafer capacity is 120,000 per month.",
            [("sk-hynix", (), None, wpm(120000), "actual", TODAY)],
        ),
        (
            "Micron expects its total HBM wafer capacity to be about 70,000 a month at "
            "end-2026 (some 12% of its DRAM starts).",
            [
                (
                    "micron",
                    (),
                    None,
                    wpm(70000, approx=True),
                    "planned",
                    ("point", "2026-12-31", "2026-12-31"),
                )
            ],
        ),
        (
            "SK hynix's HBM4 wafer capacity should climb to 90k/month by the end of 2026.",
            [
                (
                    "sk-hynix",
                    (("process", "hbm4"),),
                    None,
                    wpm(90000),
                    "planned",
                    ("deadline", "2026-03-10", "2026-12-31"),
                )
            ],
        ),
    ],
)
def test_a_bare_monthly_figure_after_wafers_is_a_capacity(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "capacity")


@pytest.mark.parametrize(
    "text",
    [
        # traps: DRAM wafers, and monthly counts of chips or money, are no capacity
        "Samsung's DRAM wafer starts run at 650,000 a month.",
        "Micron's wafer-level test line checks 4,000 chips a month.",
        "SK hynix pays about 20,000 a month per wafer tool in service fees.",
    ],
)
def test_other_monthly_figures_are_no_wafer_capacity(text: str) -> None:
    assert not of_predicate(text, "capacity")


# -- "Label: value | Label: value" is a spec line, not a table row ---------------------------


def flops(n: float) -> tuple[Any, ...]:
    return (n, n, "FLOP/s", False, "exact")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NVIDIA H200\nMemory: 141 GB HBM3E\nFP8: 1,979 TFLOPS | BF16: 989 TFLOPS",
            [
                ("h200", (("precision", "bf16"),), None, flops(989e12), "actual", TODAY),
                ("h200", (("precision", "fp8"),), None, flops(1979e12), "actual", TODAY),
            ],
        ),
        (
            "Our pick of the month is the AMD MI300X.\n"
            "Peak FP16: 1,307 TFLOPS | Peak FP8: 2,615 TFLOPS | Memory: 192 GB HBM3",
            [
                ("mi300x", (("precision", "fp16"),), None, flops(1307e12), "actual", TODAY),
                ("mi300x", (("precision", "fp8"),), None, flops(2615e12), "actual", TODAY),
            ],
        ),
        (
            "INTEL GAUDI 3\nStatus: on sale since 2024\nPeak BF16: 1,835 TFLOPS | TDP: 900 W",
            [("gaudi3", (("precision", "bf16"),), None, flops(1835e12), "actual", TODAY)],
        ),
        (
            "| Dense FP8: 2.6 PFLOPS | Dense FP16: 1.3 PFLOPS |  (MI325X, per the AMD data sheet)",
            [
                ("mi325x", (("precision", "fp16"),), None, flops(1.3e15), "actual", TODAY),
                ("mi325x", (("precision", "fp8"),), None, flops(2.6e15), "actual", TODAY),
            ],
        ),
    ],
)
def test_a_line_of_fields_split_by_bars_is_a_spec_line(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "peak_compute")


def test_a_real_table_keeps_its_columns() -> None:
    # trap: a header row and a data row are a table; the header's labels have no colons
    text = "| Chip | FP8 (TFLOPS) |\n|---|---|\n| H200 | 1,979 |\n| MI300X | 2,615 |"
    assert [
        ("h200", (("precision", "fp8"),), None, flops(1979e12), "actual", TODAY),
        ("mi300x", (("precision", "fp8"),), None, flops(2615e12), "actual", TODAY),
    ] == of_predicate(text, "peak_compute")


def test_a_row_of_cells_with_one_label_stays_a_table_row() -> None:
    # trap: only every cell being "label: value" makes a spec line
    assert split_cells("FP8 peak: 4.5 PFLOPS | 2.2 PFLOPS") is not None
    assert split_cells("FP8 peak: 4.5 PFLOPS | FP16 peak: 2.2 PFLOPS") is None


def gb(n: float) -> tuple[Any, ...]:
    return (n * 1e9, n * 1e9, "B", False, "exact")


# -- a product said not to have shipped is not on the market ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nvidia says Rubin is in full production. A Rubin package holds 288GB of HBM4. "
            "So far Rubin has not shipped to a single customer.",
            [("rubin", (("memory", "hbm4"),), None, gb(288), "announced", TODAY)],
        ),
        (
            "The MI450 is in volume production at TSMC, AMD says. It carries 432GB of HBM4, "
            "but the MI450 isn't available yet.",
            [("mi450", (("memory", "hbm4"),), None, gb(432), "announced", TODAY)],
        ),
        (
            "Trainium3 is in volume production, AWS says. Each Trainium3 chip holds 144GB of "
            "HBM3E, though Trainium3 is yet to reach customers.",
            [("trainium3", (("memory", "hbm3e"),), None, gb(144), "announced", TODAY)],
        ),
        (
            "Rubin is in full production, Huang said on stage, and every Rubin GPU gets 288GB of "
            "HBM4. Nvidia added that Rubin hasn't been shipped.",
            [("rubin", (("memory", "hbm4"),), None, gb(288), "announced", TODAY)],
        ),
    ],
)
def test_a_product_said_not_to_ship_is_not_on_the_market(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "memory_capacity")


@pytest.mark.parametrize(
    "text",
    [
        # traps: a market kept from a product, or one customer not served, says nothing of
        # whether the product ships
        "The H200 carries 141GB of HBM3E. It has not shipped to customers in China since April.",
        "The H200 carries 141GB of HBM3E, though it is not available in China.",
    ],
)
def test_a_market_withheld_leaves_the_product_on_the_market(text: str) -> None:
    assert [("h200", (("memory", "hbm3e"),), None, gb(141), "actual", TODAY)] == of_predicate(
        text, "memory_capacity"
    )


# -- the chip's maker selling or allotting its chips holds no fleet ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "180,000: GB300 GPUs that Nvidia has agreed to supply to buyers in Japan.",
        "9,000: Rubin GPUs that Nvidia is set to ship to Korean labs next year.",
        "50,000: Blackwell GPUs that Nvidia allots to the government's AI centre.",
        "64,000: MI450 GPUs that AMD has said it will sell to OpenAI in the first tranche.",
    ],
)
def test_a_maker_selling_its_chips_has_no_fleet_of_them(text: str) -> None:
    assert not of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # traps: a maker running its own chips, or running some and selling others, has a
        # fleet of what it runs
        (
            "30,000: H200 GPUs that Nvidia runs in its own DGX Cloud.",
            [("nvidia", (("chip", "h200"),), None, count(30000), "actual", TODAY)],
        ),
        (
            "Google runs 500,000 Ironwood chips and will supply a million TPUs to Anthropic.",
            [("google", (("chip", "ironwood"),), None, count(500000), "actual", TODAY)],
        ),
    ],
)
def test_a_maker_running_its_chips_keeps_its_fleet(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


# -- ", and the second phase will …" is a statement of its own -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SK Telecom's cluster now runs over 1,000 B200s, a spokesman said, and the second "
            "phase will add Rubin systems next year.",
            [("sk-telecom", (("chip", "b200"),), None, count(1000, "at-least"), "actual", TODAY)],
        ),
        (
            "Nebius operates 20,000 H200 GPUs in Finland, and the new Kansas City hall is due "
            "to open in 2027.",
            [("nebius", (("chip", "h200"),), None, count(20000), "actual", TODAY)],
        ),
        (
            "Crusoe runs 30,000 GB200 GPUs at the site, and the remaining halls are expected "
            "to come online next year.",
            [("crusoe", (("chip", "gb200"),), None, count(30000), "actual", TODAY)],
        ),
        (
            "Oracle has installed 60,000 GB200 GPUs in Abilene, and the last of the eight "
            "buildings will open in mid-2026.",
            [("oracle", (("chip", "gb200"),), None, count(60000), "actual", TODAY)],
        ),
    ],
)
def test_a_new_subjects_future_is_not_the_fleets(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # traps: the same fleet's future after "and" keeps its time; a second count with a
        # future of its own is dated by it
        (
            "Crusoe runs 30,000 GB200 GPUs at the site, and the firm will add 20,000 GB300s "
            "next year.",
            [
                ("crusoe", (("chip", "gb200"),), None, count(30000), "actual", TODAY),
                (
                    "crusoe",
                    (("chip", "gb300"),),
                    None,
                    count(20000),
                    "planned",
                    ("point", "2027-01-01", "2027-12-31"),
                ),
            ],
        ),
        (
            "Nebius plans to run 50,000 GB300 GPUs in Kansas City by the end of 2027, and the "
            "site will be its largest.",
            [
                (
                    "nebius",
                    (("chip", "gb300"),),
                    None,
                    count(50000),
                    "planned",
                    ("deadline", "2026-03-10", "2027-12-31"),
                )
            ],
        ),
    ],
)
def test_a_future_before_the_cut_stays_with_its_count(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


# -- "…, and its HBM capacity will reach …": no process from another clause -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HBM4 is shipping in volume to Nvidia, Micron said, and its HBM wafer capacity will "
            "climb to 60k a month by end-2026.",
            [("micron", (), None, wpm(60000), "planned", ("deadline", "2026-03-10", "2026-12-31"))],
        ),
        (
            "Samsung has cleared HBM4 qualification, and its HBM capacity is set to hit "
            "170,000 wafers a month next year.",
            [("samsung", (), None, wpm(170000), "planned", ("point", "2027-01-01", "2027-12-31"))],
        ),
        (
            "SK hynix ships HBM3E 12-high in volume, and its total HBM capacity will "
            "reach about 200,000 wafers per month in 2027.",
            [
                (
                    "sk-hynix",
                    (),
                    None,
                    wpm(200000, approx=True),
                    "planned",
                    ("point", "2027-01-01", "2027-12-31"),
                )
            ],
        ),
        (
            "Its HBM4E samples went to Nvidia in May, Micron said, and its HBM capacity will "
            "be 80,000 wafers a month at end-2027.",
            [("micron", (), None, wpm(80000), "planned", ("point", "2027-12-31", "2027-12-31"))],
        ),
    ],
)
def test_a_capacity_of_hbm_takes_no_process_from_another_clause(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "capacity")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # traps: a process named in the figure's own clause, or the capacity told of the
        # process named before with no product of its own, keeps it
        (
            "SK hynix makes HBM4 in Cheongju, and its capacity there will reach 100,000 wafers "
            "a month next year.",
            [
                (
                    "sk-hynix",
                    (("process", "hbm4"),),
                    None,
                    wpm(100000),
                    "planned",
                    ("point", "2027-01-01", "2027-12-31"),
                )
            ],
        ),
        (
            "Demand for HBM stays strong, and Samsung's HBM4 capacity will rise to 65,000 "
            "wafers monthly by end-2026.",
            [
                (
                    "samsung",
                    (("process", "hbm4"),),
                    None,
                    wpm(65000),
                    "planned",
                    ("deadline", "2026-03-10", "2026-12-31"),
                )
            ],
        ),
    ],
)
def test_a_process_in_the_figures_reach_keeps_it(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "capacity")


# -- "puts X at N GPUs", "put N GPUs into service" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The latest filing puts Nebius at about 60,000 GPUs.",
            [("nebius", (), None, count(60000, approx=True), "actual", TODAY)],
        ),
        (
            "Lambda Labs grew fast last year. Its annual report put the company at more than "
            "25,000 GPUs.",
            [("lambda", (), None, count(25000, "at-least"), "actual", TODAY)],
        ),
        (
            "Oracle intends to put 30,000 MI355X GPUs into service in its regions from the "
            "third quarter of 2026.",
            [
                (
                    "oracle",
                    (("chip", "mi355x"),),
                    None,
                    count(30000),
                    "planned",
                    ("open", "2026-07-01", "None"),
                )
            ],
        ),
        (
            "Crusoe said it brought 12,000 GB200 GPUs into service in Abilene last month.",
            [("crusoe", (("chip", "gb200"),), None, count(12000), "actual", TODAY)],
        ),
    ],
)
def test_a_tally_put_or_chips_put_into_service_count_a_fleet(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        # traps: cards put into one server, and money put into a company, are no fleet
        "We put eight RNGD cards in one server, and a rack holds five of those servers.",
        "SoftBank put $22 billion into OpenAI, and Nvidia put $5 billion into Intel.",
    ],
)
def test_a_bare_put_counts_no_fleet(text: str) -> None:
    assert not of_predicate(text, "deployed_chips")


# -- "It operates N GPUs" after a company: the company's fleet -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nebius opened a site in Finland. It now operates more than 45,000 GPUs in four "
            "countries.",
            [("nebius", (), None, count(45000, "at-least"), "actual", TODAY)],
        ),
        (
            "Nebius reported results on Monday. It owns 20,000 H100s.",
            [("nebius", (("chip", "h100"),), None, count(20000), "actual", TODAY)],
        ),
        (
            "Crusoe gave an update on Monday. It has deployed 20,000 H200 GPUs in Texas.",
            [("crusoe", (("chip", "h200"),), None, count(20000), "actual", TODAY)],
        ),
        (
            "CoreWeave listed in March. It ended the year with more than 250,000 GPUs.",
            [
                (
                    "coreweave",
                    (),
                    None,
                    count(250000, "at-least"),
                    "actual",
                    ("point", "2025-12-31", "2025-12-31"),
                )
            ],
        ),
    ],
)
def test_it_after_a_company_holds_the_fleet(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # traps: "it" after a site is the site, whatever company built it
        (
            "xAI built Colossus in Memphis. It operates 200,000 GPUs there.",
            [("colossus", (), None, count(200000), "actual", TODAY)],
        ),
        (
            "Colossus opened in Memphis in 2024. It now runs 200,000 GPUs.",
            [("colossus", (), None, count(200000), "actual", TODAY)],
        ),
    ],
)
def test_it_after_a_site_is_the_site(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


# -- ", and last year it …" is a statement of its own --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CoreWeave runs 250,000 GPUs, and last year it signed a deal with OpenAI.",
            [("coreweave", (), None, count(250000), "actual", TODAY)],
        ),
        (
            "Nscale operates 12,000 GB300 GPUs in Norway, and next year it will open a site "
            "in Portugal.",
            [("nscale", (("chip", "gb300"),), None, count(12000), "actual", TODAY)],
        ),
        (
            "Crusoe has 30,000 GB200 GPUs in Abilene, and this quarter, it began building in "
            "Wyoming.",
            [("crusoe", (("chip", "gb200"),), None, count(30000), "actual", TODAY)],
        ),
        (
            "Fluidstack now runs 9,000 H200 GPUs in France, its chief said, and earlier this "
            "month they opened a hall in Iceland.",
            [("fluidstack", (("chip", "h200"),), None, count(9000), "actual", TODAY)],
        ),
    ],
)
def test_a_later_statements_time_is_not_the_fleets(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # traps: a time in the fleet's own clause still dates it
        (
            "CoreWeave ended last year with 250,000 GPUs, and it plans to double that.",
            [
                (
                    "coreweave",
                    (),
                    None,
                    count(250000),
                    "actual",
                    ("point", "2025-12-31", "2025-12-31"),
                )
            ],
        ),
        (
            "Nscale will run 12,000 GB300 GPUs in Norway by end-2027, and it will "
            "open a site in Portugal.",
            [
                (
                    "nscale",
                    (("chip", "gb300"),),
                    None,
                    count(12000),
                    "planned",
                    ("deadline", "2026-03-10", "2027-12-31"),
                )
            ],
        ),
    ],
)
def test_a_time_in_the_fleets_clause_still_dates_it(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


# -- "The GPU cloud says …" opening a sentence: the GPU cloud in view ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Together AI raised money in March. The GPU cloud told us that its GB200 fleet has "
            "passed 20,000 GPUs.",
            [
                (
                    "together-ai",
                    (("chip", "gb200"),),
                    None,
                    count(20000, "at-least"),
                    "actual",
                    TODAY,
                )
            ],
        ),
        (
            "Nebius reported results on Monday. The neocloud now runs more than 45,000 GPUs.",
            [("nebius", (), None, count(45000, "at-least"), "actual", TODAY)],
        ),
        (
            "Crusoe opened a new hall. The AI cloud operates 30,000 GB200 GPUs in Abilene.",
            [("crusoe", (("chip", "gb200"),), None, count(30000), "actual", TODAY)],
        ),
        (
            "Fluidstack signed a lease in France. The GPU cloud has 9,000 H200 GPUs in service.",
            [("fluidstack", (("chip", "h200"),), None, count(9000), "actual", TODAY)],
        ),
    ],
)
def test_the_gpu_cloud_opening_a_sentence_is_the_one_in_view(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        # traps: no GPU cloud in view, or the words naming a trade, refer to no company
        "Microsoft reported results on Monday. The GPU cloud says it runs 20,000 H100s.",
        "Nebius reported results on Monday. The GPU cloud market now runs on more than "
        "450,000 GPUs.",
    ],
)
def test_the_gpu_cloud_with_none_in_view_or_as_a_trade_is_no_one(text: str) -> None:
    assert not of_predicate(text, "deployed_chips")


# -- ", a figure the firm hasn't confirmed" denies nothing ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "xAI runs about 200,000 GPUs at Colossus, a number the company hasn't publicly "
            "confirmed.",
            [("colossus", (), None, count(200000, approx=True), "actual", TODAY)],
        ),
        (
            "Meta has 600,000 H100s, which Meta would not verify.",
            [("meta", (("chip", "h100"),), None, count(600000), "actual", TODAY)],
        ),
        (
            "Oracle has installed 64,000 GB200 GPUs in Abilene, a tally Oracle did not comment on.",
            [("oracle", (("chip", "gb200"),), None, count(64000), "actual", TODAY)],
        ),
        (
            "CoreWeave operates roughly 250,000 GPUs, something the firm has not yet disclosed.",
            [("coreweave", (), None, count(250000, approx=True), "actual", TODAY)],
        ),
    ],
)
def test_a_figure_not_confirmed_is_still_told(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        # traps: a denial of the fleet itself, or of its being so, still denies it
        "Meta does not run 600,000 H100s, the company said.",
        "Oracle has not installed 64,000 GB200 GPUs in Abilene.",
    ],
)
def test_a_denied_fleet_is_still_denied(text: str) -> None:
    assert not of_predicate(text, "deployed_chips")


# -- "a 4.7x gain over TPU v5e": a point of comparison, not the chip in view ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trillium is generally available, with a 4x per-chip compute gain over TPU "
            "v5e. Every chip holds 32 GB of HBM.",
            [("trillium", (), None, gb(32), "actual", TODAY)],
        ),
        (
            "The MI355X is on sale now, with a big inference gain over the H100. Each GPU "
            "carries 288GB of HBM3E.",
            [("mi355x", (("memory", "hbm3e"),), None, gb(288), "actual", TODAY)],
        ),
        (
            "Gaudi 3 shipped last year, a step up over Gaudi 2 in every way. Every card comes "
            "with 128GB of HBM2e.",
            [("gaudi3", (), None, gb(128), "actual", TODAY)],
        ),
        (
            "The H200 is a modest upgrade over the H100. Each one holds 141GB of HBM3E.",
            [("h200", (("memory", "hbm3e"),), None, gb(141), "actual", TODAY)],
        ),
    ],
)
def test_a_chip_after_over_is_no_subject_of_a_later_figure(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "memory_capacity")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # traps: a count of chips after "over" (more than), and a network used "over" a
        # fabric, are no comparison
        (
            "Over 100,000 H100s run at Colossus.",
            [("colossus", (("chip", "h100"),), None, count(100000, "at-least"), "actual", TODAY)],
        ),
        (
            "Each GB300 NVL72 rack links its 72 GPUs over NVLink.",
            [("gb300", (), "nvlink", None, "actual", TODAY)],
        ),
    ],
)
def test_over_a_count_or_a_fabric_is_no_comparison(text: str, expected: list[Row]) -> None:
    predicate = "integrates" if "NVLink" in text else "deployed_chips"
    assert expected == of_predicate(text, predicate)


# -- "Nebius's cluster in Finland is 20,000 H200 GPUs": a fleet told with a copula ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nebius's cluster in Finland is 20,000 H200 GPUs.",
            [("nebius", (("chip", "h200"),), None, count(20000), "actual", TODAY)],
        ),
        (
            "Naver's new cluster is 4,000 B200 GPUs spread over 500 nodes.",
            [("naver", (("chip", "b200"),), None, count(4000), "actual", TODAY)],
        ),
        (
            "Crusoe's Abilene campus is now about 50,000 GB200 GPUs.",
            [("crusoe", (("chip", "gb200"),), None, count(50000, approx=True), "actual", TODAY)],
        ),
        (
            "xAI's supercomputer is 200,000 GPUs.",
            [("xai", (), None, count(200000), "actual", TODAY)],
        ),
    ],
)
def test_a_companys_own_cluster_told_with_a_copula_is_its_fleet(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        # traps: a company's rack or order, or a gap to a goal, is no fleet
        "Meta's order is 10,000 GPUs.",
        "Nebius's cluster in Finland is 20,000 H200 GPUs short of its goal.",
    ],
)
def test_a_companys_order_or_gap_told_with_a_copula_is_no_fleet(text: str) -> None:
    assert not of_predicate(text, "deployed_chips")
