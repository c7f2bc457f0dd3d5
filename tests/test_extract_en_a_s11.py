"""English misses, first engineer (session 11): gold claims no extracted claim matched
even leniently, grouped by general construction; each is said several ways here, with
traps. Every sentence is written for these tests.

- One server, tray or board as the frame of a chip count, said after the count ("eight
  cards in one server", "8 accelerators per one server", "four chips per server tray"),
  across an apposition ("The SR680a, a Lenovo 8U server, carries eight B200 GPUs"), or
  as the count's adjective ("AMD's 72-GPU Helios rack"): the count is one system's
  (chips_per_system), never a deployment. Accelerators sold as boards are counted as
  "cards", and spelled counts may stand before a two-word product name ("four Maia 200
  chips"). Machines counted back ("five of those servers") are no chips.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED, tier)


def of_predicate(text: str, predicate: str) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [(r[0], r[2], r[3], r[4], r[5], r[6]) for r in claims(text) if r[1] == predicate]


def count(n: float) -> tuple[float, float, str, bool, str]:
    return (n, n, "count", False, "exact")


# -- one system as the frame of a chip count --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our Gaudi 3 node is plain: eight cards sit in one server.",
            [("gaudi3", (), None, count(8), "actual", TODAY)],
        ),
        (
            "The vendor's reference design mounts 8 Gaudi 3 accelerators per one server.",
            [("gaudi3", (), None, count(8), "actual", TODAY)],
        ),
        (
            "Under the lid are four Maia 200 chips per compute tray.",
            [("maia-200", (), None, count(4), "actual", TODAY)],
        ),
        (
            "The G593, a Gigabyte 8U server, packs eight B300 GPUs.",
            [("b300", (), None, count(8), "actual", TODAY)],
        ),
        (
            "HPE's new air-cooled server, the XD685, holds eight H200 GPUs.",
            [("h200", (), None, count(8), "actual", TODAY)],
        ),
        (
            "Our RNGD appliance holds eight cards and draws under two kilowatts.",
            [("rngd", (), None, count(8), "actual", TODAY)],
        ),
    ],
)
def test_a_count_framed_by_one_system_is_that_systems_chips(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "chips_per_system")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMD's 72-GPU Helios rack is due to ship in the third quarter.",
            [("helios", (), None, count(72), "announced", TODAY)],
        ),
        (
            "Buyers can order the 72-chip Helios rack directly from AMD later this year.",
            [("helios", (), None, count(72), "announced", TODAY)],
        ),
    ],
)
def test_a_count_used_as_a_systems_adjective_is_that_systems(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "chips_per_system")


@pytest.mark.parametrize(
    "text",
    [
        # servers counted back by a partitive are machines, not chips
        "Each rack holds five of those Gaudi 3 servers, and the hall has forty racks.",
        # a fleet spread over many servers is no one server's fill
        "Meta installed 5,000 H100 GPUs in its new servers in Ohio this spring.",
        # network cards are no accelerators
        "Each rack gets eight Ultra Ethernet cards for scale-out traffic.",
    ],
)
def test_machines_fleets_and_network_cards_are_no_chips_per_system(text: str) -> None:
    assert of_predicate(text, "chips_per_system") == []


# -- companies coordinated as one subject -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alibaba and Baidu have both ordered Ascend 910C chips, according to two "
            "people who know of the purchases.",
            [
                ("alibaba", "supply_deal", (("product", "ascend-910c"),), "huawei"),
                ("baidu", "supply_deal", (("product", "ascend-910c"),), "huawei"),
            ],
        ),
        (
            "Analysts say Tencent and ByteDance each ordered Ascend 910B parts this spring.",
            [
                ("bytedance", "supply_deal", (("product", "ascend-910b"),), "huawei"),
                ("tencent", "supply_deal", (("product", "ascend-910b"),), "huawei"),
            ],
        ),
        (
            "Anthropic and Mistral AI both train their models on Colossus, the labs said.",
            [
                ("anthropic", "trains_on", (), "colossus"),
                ("mistral", "trains_on", (), "colossus"),
            ],
        ),
        (
            "Anthropic trains its newest models on Project Rainier, and so does Amazon's "
            "own Nova team.",
            [
                ("amazon", "trains_on", (), "project-rainier"),
                ("anthropic", "trains_on", (), "project-rainier"),
            ],
        ),
        (
            "xAI will train its next model on Colossus 2, as will Tesla's self-driving group.",
            [
                ("tesla", "trains_on", (), "colossus-2"),
                ("xai", "trains_on", (), "colossus-2"),
            ],
        ),
    ],
)
def test_each_company_of_a_coordinated_subject_makes_the_statement(
    text: str, expected: list[Row]
) -> None:
    relations = ("supply_deal", "trains_on")
    assert expected == [(r[0], r[1], r[2], r[3]) for r in claims(text) if r[1] in relations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meta and Oracle each deployed 40,000 MI355X GPUs last quarter.",
            [("meta", 40000), ("oracle", 40000)],
        ),
        (
            "According to the filing, CoreWeave and Nebius will each install 12,000 GB300 "
            "GPUs by the end of the year.",
            [("coreweave", 12000), ("nebius", 12000)],
        ),
    ],
)
def test_a_figure_distributed_by_each_is_every_members(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert expected == [(r[0], r[3][0]) for r in of_predicate(text, "deployed_chips")]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a figure not distributed may be the two companies' together
        ("Meta and Oracle deployed 40,000 MI355X GPUs last quarter.", "meta"),
        # the list reports another company's statement
        (
            "AMD and OpenAI disclosed on Monday that OpenAI will deploy MI450 chips next year.",
            "amd",
        ),
        # the maker of what is adopted is listed beside its user, not as a user
        ("Mistral AI and Nvidia launched a joint cloud running on Nvidia GB200 systems.", "nvidia"),
        # a later clause names its own subject
        (
            "Microsoft and OpenAI inked a term sheet under which Microsoft will put as much "
            "as $20 billion into OpenAI.",
            "openai",
        ),
        # a company named inside a relative clause is no subject an ellipsis repeats
        (
            "Marvell, which designs Amazon's Trainium chips, gets more CoWoS output, as does AMD.",
            "amd",
        ),
    ],
)
def test_no_statement_for_a_member_the_list_does_not_make_the_subject(
    text: str, absent: str
) -> None:
    subjects = {r[0] for r in claims(text)}
    assert (absent in subjects) is False


# -- memory sold to one company for another's chip --------------------------------------------


def deals(text: str) -> list[Row]:
    """(customer, qualifiers, supplier, modality) of each supply deal of a snippet."""
    return [(r[0], r[2], r[3], r[5]) for r in claims(text) if r[1] == "supply_deal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SK hynix posted a record quarter on Friday. The chipmaker also sells HBM3E to "
            "Broadcom for Meta's MTIA chips.",
            [("broadcom", (("product", "hbm3e"),), "sk-hynix", "actual")],
        ),
        (
            "Micron lifted its guidance. The memory maker is in talks with Broadcom over "
            "shipping HBM4 for Meta's MTIA chips.",
            [("broadcom", (("product", "hbm4"),), "micron", "considering")],
        ),
        (
            "Samsung's shares rose 4%. The company ships HBM3E to Marvell for Microsoft's "
            "Maia 200 accelerators.",
            [("marvell", (("product", "hbm3e"),), "samsung", "actual")],
        ),
    ],
)
def test_memory_sold_to_a_company_for_anothers_chip_is_a_deal_with_the_recipient(
    text: str, expected: list[Row]
) -> None:
    assert expected == deals(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no recipient named: the chip's owner buys
        (
            "Samsung is in talks to ship HBM4 for Amazon's Trainium3.",
            [("amazon", (("product", "hbm4"),), "samsung", "considering")],
        ),
        (
            "Micron ships HBM3E for Google's TPUs, the company said.",
            [("google", (("product", "hbm3e"),), "micron", "actual")],
        ),
    ],
)
def test_the_chips_owner_buys_the_memory_when_no_recipient_is_named(
    text: str, expected: list[Row]
) -> None:
    assert expected == deals(text)


# -- a fact-box line whose label carries an aside ---------------------------------------------

BOX_LEAD = "How the shipping parts compare, per chip, from the vendors' own sheets.\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "AMD Instinct MI355X (shipping since June): 288 GB HBM3E, 8 TB/s",
            [
                ("mi355x", "memory_bandwidth", (), None, (8e12, 8e12, "B/s", False, "exact")),
                (
                    "mi355x",
                    "memory_capacity",
                    (("memory", "hbm3e"),),
                    None,
                    (2.88e11, 2.88e11, "B", False, "exact"),
                ),
            ],
        ),
        (
            "Google Ironwood (TPU v7, in general availability): 9,216 chips per pod",
            [("ironwood", "chips_per_system", (), None, count(9216))],
        ),
        (
            "Nvidia B200 (on sale since last spring): 192 GB HBM3E",
            [
                (
                    "b200",
                    "memory_capacity",
                    (("memory", "hbm3e"),),
                    None,
                    (1.92e11, 1.92e11, "B", False, "exact"),
                )
            ],
        ),
    ],
)
def test_a_fact_box_line_whose_label_has_an_aside_states_its_figures(
    line: str, expected: list[Row]
) -> None:
    rows = claims(BOX_LEAD + line + "\n")
    assert expected == [r[:5] for r in rows]
    assert {r[5] for r in rows} == {"actual"}


def test_a_headline_with_an_aside_before_its_colon_states_nothing() -> None:
    text = "Rubin (the next one): what Nvidia has said so far\n\nThe part is due next year.\n"
    assert claims(text) == []


# -- a deal for products listed together ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CoreWeave has signed purchase agreements with Nvidia for B300 and GB300 systems.",
            [
                ("coreweave", (("product", "b300"),), "nvidia", "actual"),
                ("coreweave", (("product", "gb300"),), "nvidia", "actual"),
            ],
        ),
        (
            "Micron supplies HBM3E and HBM4 to Nvidia.",
            [
                ("nvidia", (("product", "hbm3e"),), "micron", "actual"),
                ("nvidia", (("product", "hbm4"),), "micron", "actual"),
            ],
        ),
        (
            "Oracle has signed agreements with AMD for MI355X, MI450 and MI400 accelerators.",
            [
                ("oracle", (("product", "mi355x"),), "amd", "actual"),
                ("oracle", (("product", "mi400"),), "amd", "actual"),
                ("oracle", (("product", "mi450"),), "amd", "actual"),
            ],
        ),
    ],
)
def test_a_deal_for_listed_products_is_a_deal_for_each(text: str, expected: list[Row]) -> None:
    assert expected == deals(text)


def test_a_count_for_listed_products_is_no_count_of_each() -> None:
    # the 20,000 may be the two products together: one deal keeps it, no copy repeats it
    text = "Meta agreed to buy 20,000 B200 and GB200 chips from Nvidia."
    assert [r[0] for r in deals(text)] == ["meta"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Broadcom, which now builds Google's TPU and Meta's MTIA parts, outgrew Nvidia "
            "last quarter.",
            [
                ("google", (("product", "google-tpu"),), "broadcom", "actual"),
                ("meta", (("product", "mtia"),), "broadcom", "actual"),
            ],
        ),
        (
            "Broadcom builds Google's TPUs, Meta's MTIA parts and little else at that scale.",
            [
                ("google", (("product", "google-tpu"),), "broadcom", "actual"),
                ("meta", (("product", "mtia"),), "broadcom", "actual"),
            ],
        ),
    ],
)
def test_products_listed_with_their_owners_are_each_owners_deal(
    text: str, expected: list[Row]
) -> None:
    assert expected == deals(text)


def test_an_owner_listed_with_no_product_of_its_own_buys_nothing() -> None:
    text = "Broadcom makes Google's TPU and Meta's office campuses."
    assert deals(text) == [("google", (("product", "google-tpu"),), "broadcom", "actual")]


# -- a system's chips joined by a named interconnect ------------------------------------------


def integrations(text: str) -> list[Row]:
    return [(r[0], r[3], r[5]) for r in claims(text) if r[1] == "integrates"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every GB200 NVL72 rack puts 72 Blackwell GPUs in one NVLink domain.",
            [("gb200", "nvlink", "actual")],
        ),
        (
            "A Helios rack carries 72 MI450 GPUs that communicate with one another via UALink.",
            [("helios", "ualink", "announced")],
        ),
        (
            "Every Helios rack carries 72 MI450 GPUs; the racks scale out over Ultra Ethernet.",
            [("helios", "ultra-ethernet", "announced")],
        ),
        (
            "Every GB300 NVL72 rack carries 72 GPUs, which communicate with one another over "
            "NVLink.",
            [("gb300", "nvlink", "actual")],
        ),
    ],
)
def test_a_counted_systems_chips_joined_by_an_interconnect_integrate_it(
    text: str, expected: list[Row]
) -> None:
    assert expected == integrations(text)


def test_customers_scaling_their_racks_out_is_no_integration() -> None:
    text = "Customers scale out GB300 NVL72 racks over InfiniBand; each rack holds 72 GPUs."
    assert integrations(text) == []


# -- a network a company runs or builds its sites on ------------------------------------------


def adoptions(text: str) -> list[Row]:
    return [(r[0], r[2], r[3], r[5]) for r in claims(text) if r[1] == "adopts"]


ON_PREM = (("mode", "on-prem"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crusoe already runs Spectrum-X throughout its Abilene buildings, Nvidia said.",
            [("crusoe", ON_PREM, "spectrum-x", "actual")],
        ),
        (
            "Nebius has standardised on InfiniBand for every GPU cluster it operates.",
            [("nebius", ON_PREM, "infiniband", "actual")],
        ),
        (
            "Microsoft will build its next two AI campuses on Ultra Ethernet, the company "
            "said on Tuesday.",
            [("microsoft", ON_PREM, "ultra-ethernet", "announced")],
        ),
        (
            "Nvidia said CoreWeave and Lambda Labs will both build their next sites on "
            "Spectrum-X switches.",
            [
                ("coreweave", ON_PREM, "spectrum-x", "announced"),
                ("lambda", ON_PREM, "spectrum-x", "announced"),
            ],
        ),
    ],
)
def test_a_network_a_company_runs_or_builds_on_is_its_adoption(
    text: str, expected: list[Row]
) -> None:
    assert expected == adoptions(text)


@pytest.mark.parametrize(
    "text",
    [
        # the maker sells it
        "Nvidia sells Spectrum-X to cloud providers in Europe.",
        # the network not taken
        "Microsoft chose Ethernet rather than InfiniBand for its Atlanta site.",
        # a product's own interconnect is its integration, not a company's adoption
        "AMD's Helios rack uses Ultra Ethernet for scale-out.",
    ],
)
def test_no_adoption_of_a_network_sold_declined_or_built_into_a_product(text: str) -> None:
    assert adoptions(text) == []


# -- products and partners listed as the objects ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oracle offers customers bare-metal instances built on Nvidia H200 GPUs and AMD "
            "Instinct MI300X chips.",
            [("oracle", ON_PREM, "h200", "actual"), ("oracle", ON_PREM, "mi300x", "actual")],
        ),
        (
            "CoreWeave offers customers instances based on GB200 NVL72 racks as well as "
            "Nvidia's B200 servers.",
            [("coreweave", ON_PREM, "b200", "actual"), ("coreweave", ON_PREM, "gb200", "actual")],
        ),
    ],
)
def test_a_use_of_products_listed_with_their_own_nouns_is_each_ones(
    text: str, expected: list[Row]
) -> None:
    assert expected == adoptions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meta signed a supply deal with Nvidia for GB300 systems and with AMD for MI450 chips.",
            [
                ("meta", (("product", "gb300"),), "nvidia", "actual"),
                ("meta", (("product", "mi450"),), "amd", "actual"),
            ],
        ),
        (
            "xAI has struck agreements with Nvidia covering GB200 racks, and also with AMD "
            "for MI355X parts.",
            [
                ("xai", (("product", "gb200"),), "nvidia", "actual"),
                ("xai", (("product", "mi355x"),), "amd", "actual"),
            ],
        ),
    ],
)
def test_a_second_partner_gapped_after_a_deal_has_its_own_deal(
    text: str, expected: list[Row]
) -> None:
    assert expected == sorted(deals(text))


def test_a_gapped_clause_with_its_own_verb_is_another_statement() -> None:
    text = (
        "Meta signed a supply deal with Nvidia for GB300 systems, and AMD is in talks with "
        "Microsoft for MI450 chips."
    )
    assert ("meta", (("product", "mi450"),), "amd", "actual") not in deals(text)


# -- a customer's share of the product in focus -----------------------------------------------

RUBIN_LEAD = "Nvidia has agreed to ship 200,000 Vera Rubin GPUs to Japanese buyers this year. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            RUBIN_LEAD + "Under the deal, SoftBank gets 80,000 of the chips, while KDDI "
            "receives the rest.",
            [("softbank", (("product", "rubin"),), "nvidia", count(80000), "actual")],
        ),
        (
            RUBIN_LEAD + "The biggest slice went to SoftBank, which is to receive 80,000 of "
            "the GPUs.",
            [("softbank", (("product", "rubin"),), "nvidia", count(80000), "actual")],
        ),
        (
            RUBIN_LEAD + "SoftBank signed for 80,000, which it will install in Osaka.",
            [("softbank", (("product", "rubin"),), "nvidia", count(80000), "actual")],
        ),
        (
            RUBIN_LEAD + "Among them, SoftBank will secure 80,000 units for its new campus.",
            [("softbank", (("product", "rubin"),), "nvidia", count(80000), "announced")],
        ),
    ],
)
def test_a_company_receiving_a_count_of_the_chip_in_focus_buys_it_from_its_maker(
    text: str, expected: list[Row]
) -> None:
    rows = [(r[0], r[2], r[3], r[4], r[5]) for r in claims(text) if r[1] == "supply_deal"]
    assert expected == [r for r in rows if r[0] != "nvidia"]


@pytest.mark.parametrize(
    "text",
    [
        # wafers of capacity are no chips of the product in focus
        "Nvidia ships Blackwell in volume. AMD secured 40,000 wafers of CoWoS at TSMC.",
        # a share is no count
        "Rubin ships next year. Microsoft gets 30% of the first batch.",
        # the maker receiving orders is no customer
        "Rubin ships next year. Nvidia has received 300,000 of the orders already.",
    ],
)
def test_no_allotment_without_a_count_of_the_chip_or_a_customer(text: str) -> None:
    assert [r for r in claims(text) if r[1] == "supply_deal"] == []


# -- the capacity a customer rents, referred back to its deal ---------------------------------


def cloud_uses(text: str) -> list[Row]:
    return [(r[0], r[2], r[3], r[5], r[6]) for r in claims(text) if r[1] == "adopts"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nebius agreed to provide Meta with some 30,000 Nvidia GB300 GPUs out of a campus "
            "in Finland. Meta will rent that capacity from January 2027 on, the two firms "
            "said.",
            [
                (
                    "meta",
                    (("mode", "cloud"), ("via", "nebius")),
                    "gb300",
                    "announced",
                    ("open", "2027-01-01", "None"),
                )
            ],
        ),
        (
            "CoreWeave confirmed it will install 40,000 B300 GPUs in Texas. OpenAI will use "
            "that capacity for inference, the companies said.",
            [
                (
                    "openai",
                    (("mode", "cloud"), ("via", "coreweave")),
                    "b300",
                    "announced",
                    TODAY,
                )
            ],
        ),
    ],
)
def test_the_capacity_a_customer_rents_is_the_product_of_its_deal_or_the_fleet_just_told(
    text: str, expected: list[Row]
) -> None:
    assert expected == [r for r in cloud_uses(text) if r[0] != "coreweave" and r[0] != "nebius"]


def test_capacity_bought_from_the_chips_maker_is_no_rental() -> None:
    text = (
        "Nvidia has agreed to supply Meta with 30,000 GB300 chips. Meta will use the capacity "
        "for its own models."
    )
    assert [r for r in cloud_uses(text) if ("via", "nvidia") in r[1]] == []


# -- "wafer-scale" is no wafer ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cerebras says its Texas hall now houses 240 WSE-3 wafer-scale engines.",
            [("cerebras", (("chip", "wse-3"),), None, count(240), "actual", TODAY)],
        ),
        (
            "Cerebras's newest site runs 128 WSE-3 wafer-scale processors.",
            [("cerebras", (("chip", "wse-3"),), None, count(128), "actual", TODAY)],
        ),
    ],
)
def test_a_count_before_a_wafer_scale_chip_counts_chips(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


def test_wafers_named_after_a_process_are_still_wafers() -> None:
    rows = of_predicate("TSMC will turn out 65,000 CoWoS wafers per month by December.", "capacity")
    assert [(r[0], r[3][0], r[3][2]) for r in rows] == [("tsmc", 65000, "wafer/month")]
