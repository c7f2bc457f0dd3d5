"""Session 16: English relations the blind holdout missed, read by general rules.

Shares of a maker's output taken by companies the share rule could not reach (a subject
listed with a possessive owner, a list read past an aside, a share "of that capacity" told
sentences after the capacity, a role and a forecast share in one sentence). Every sentence
here is written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")
YEAR_2027 = ("point", "2027-01-01", "2027-12-31")


def deals(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(customer, product, supplier, modality, valid) of every supply deal."""
    return [
        (r[0], dict(r[2]).get("product"), r[3], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED, tier)
        if r[1] == "supply_deal"
    ]


CAPACITY = "TSMC's CoWoS capacity reached roughly 80,000 wafers a month in February. "
LATER = "Brokers see the figure rising again next year. "


def cowos(customer: str, modality: str = "actual", valid: Any = TODAY) -> tuple[Any, ...]:
    return (customer, "cowos", "tsmc", modality, valid)


# -- a share of a maker's output taken -----------------------------------------------------
# GUIDE: a company's share of a maker's output that it has secured, booked, reserved, takes
# or is allotted is an actual supply deal from the maker, product the process, no count; a
# third party's expected share is a forecast one dated by the output's period.

SHARES = [
    # "locked in" as "locked up"; "that capacity" two sentences after the capacity
    (
        CAPACITY + LATER + "Dealers say Nvidia has locked in close to two-thirds of that capacity.",
        [cowos("nvidia")],
    ),
    # the rest of it, a list whose last member is named with its owner
    (
        CAPACITY
        + LATER
        + "Nvidia has booked over half of that capacity. AMD, Broadcom and Amazon's AWS are "
        "taking most of the remainder.",
        [cowos("amd"), cowos("aws"), cowos("broadcom"), cowos("nvidia")],
    ),
    # a list after the share, read past an aside
    (
        CAPACITY + "Nvidia has reserved well over half of TSMC's CoWoS output for 2027, with "
        "Broadcom, which has custom-chip orders of its own to fill, and AMD splitting most of "
        "the rest.",
        [cowos("amd"), cowos("broadcom"), cowos("nvidia")],
    ),
    # the process it is for named after the share, and a product inside the subject's aside
    (
        CAPACITY + LATER + "Nvidia has reserved more than half of that capacity for its Rubin "
        "parts, which need the CoWoS-L variant.",
        [cowos("nvidia")],
    ),
    (
        CAPACITY + "Broadcom, which builds the TPU for Google, has secured around an eighth of "
        "the allocation.",
        [cowos("broadcom"), ("google", "google-tpu", "broadcom", "actual", TODAY)],
    ),
    # the rest divided among a list in a clause of its own
    (
        CAPACITY + "Nvidia has booked about 60% of that output; the rest is split among AMD "
        "and Broadcom.",
        [cowos("amd"), cowos("broadcom"), cowos("nvidia")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_a_share_of_output_taken_is_a_deal_from_the_maker(text: str, expected: list[Any]) -> None:
    assert expected == deals(text)


FORECAST_SHARES = [
    # the role today and the analyst's share to come, in one sentence
    (
        CAPACITY + "Nvidia remains TSMC's biggest CoWoS customer and should absorb about 55% "
        "of 2027 output, in our view.",
        [cowos("nvidia"), cowos("nvidia", "forecast", YEAR_2027)],
    ),
    (
        CAPACITY + "Nvidia is still, comfortably, the anchor CoWoS customer; we think it soaks "
        "up roughly half of 2027 output.",
        [cowos("nvidia"), cowos("nvidia", "forecast", YEAR_2027)],
    ),
    (
        CAPACITY + "Nvidia, still TSMC's largest CoWoS customer by some distance, should take "
        "about 55% of 2027 output, in our view.",
        [cowos("nvidia"), cowos("nvidia", "forecast", YEAR_2027)],
    ),
    # a third party's view in the third person, with the rest left to others
    (
        CAPACITY + "Chen also thinks Nvidia will take about 55% of that output, leaving AMD, "
        "Broadcom and several start-ups to split the rest.",
        [
            cowos("amd", "forecast"),
            cowos("broadcom", "forecast"),
            cowos("nvidia", "forecast"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORECAST_SHARES)
def test_an_expected_share_is_a_forecast_beside_todays_role(text: str, expected: list[Any]) -> None:
    assert expected == deals(text)


def test_a_modal_share_in_an_analyst_note_is_its_forecast() -> None:
    text = CAPACITY + "Nvidia should absorb roughly 55% of that output in 2027."
    assert [cowos("nvidia", "forecast", YEAR_2027)] == deals(text, tier="analyst")


SHARE_TRAPS = [
    # a share of something that is no maker's output
    (CAPACITY + "Nvidia has locked in more than half of the market for AI accelerators.", []),
    # "that capacity" too far back: four sentences of other matters between
    (
        CAPACITY + "Power is the other constraint. Utilities are slow. Grid queues are long. "
        "Permits lag. Nvidia has booked over half of that capacity.",
        [],
    ),
    # companies left behind after the share take none of the rest
    (
        CAPACITY + LATER + "Nvidia has booked over half of that output, leaving AMD and "
        "Broadcom behind in the queue.",
        [cowos("nvidia")],
    ),
    # an owner before a company not in a list: "Amazon's AWS" alone is AWS
    (
        CAPACITY + "Amazon's AWS has secured about a tenth of the allocation.",
        [cowos("aws")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_TRAPS)
def test_no_share_deal_for_what_is_no_share_taken(text: str, expected: list[Any]) -> None:
    assert expected == deals(text)


# -- a share held, told as a noun ------------------------------------------------------------
# The same deals told with no verb of taking: a company holds or is given a share, its share
# is told with a copula, or it ranks as a customer of the process the text is about.

HELD = [
    (
        CAPACITY + "Marvell's clients aside, AMD and Broadcom already hold the second-largest "
        "allocations.",
        [cowos("amd"), cowos("broadcom")],
    ),
    (
        CAPACITY + "AWS and Microsoft are both being allotted bigger CoWoS slices this year, "
        "dealers say.",
        [cowos("aws"), cowos("microsoft")],
    ),
    (
        CAPACITY + "Nvidia has booked over half of it, while AMD's allotment is small but "
        "growing into the MI450 ramp.",
        [cowos("amd"), cowos("nvidia")],
    ),
    (
        CAPACITY + "Broadcom, which makes the MTIA for Meta, is the second-largest customer, "
        "followed by AMD.",
        [cowos("amd"), cowos("broadcom"), ("meta", "mtia", "broadcom", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_a_share_held_is_a_deal_from_the_maker(text: str, expected: list[Any]) -> None:
    assert expected == deals(text)


HELD_TRAPS = [
    # a share of another whole
    CAPACITY + "AMD and Broadcom hold the next-largest shares of the accelerator market.",
    # a company's share of something with no process in view
    "AMD's share is rising in server CPUs, where it now sells one chip in three.",
    # a ranked customer of a company's revenue, a product named
    CAPACITY + "Microsoft is the largest customer for Nvidia's H100, followed by Meta.",
]


@pytest.mark.parametrize("text", HELD_TRAPS)
def test_no_held_share_deal_for_another_whole(text: str) -> None:
    assert [d for d in deals(text) if d[1] == "cowos"] == []


# -- compute contracts that name no product --------------------------------------------------
# GUIDE (session 11, 15): a cloud compute contract that names no product is a supply_deal with
# none, the cloud the supplier; two parties of one rank name no seller.


def contracts(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [(d[0], d[2], d[3]) for d in deals(text, tier) if d[1] is None]


CONTRACTS = [
    # a customer named before the deal noun, in the cloud's own voice
    (
        'Nebius chief executive Arkady Volozh wrote to staff on Monday. "The Meta agreement '
        "we signed in the spring is worth $3 billion, and our contracts with Mistral AI keep "
        'growing."',
        [("meta", "nebius", "actual"), ("mistral", "nebius", "actual")],
    ),
    (
        "Lambda, the GPU cloud, published a letter to staff. Microsoft's contract with us, worth "
        "$1.5 billion, runs through 2030.",
        [("microsoft", "lambda", "actual")],
    ),
    # a value between the deal noun and its party; a deal named for a cloud
    (
        "Anthropic signed a deal worth about $20 billion with Nscale last year and an Oracle "
        "Cloud contract valued at $5 billion.",
        [("anthropic", "nscale", "actual"), ("anthropic", "oracle", "actual")],
    ),
    # "with it": the company the sentence opened on
    (
        "Crusoe rose 4% after saying that OpenAI had signed a second capacity contract with it.",
        [("openai", "crusoe", "actual")],
    ),
    # commitments to spend on a cloud's computing, to a sum of its purchases, to buy its
    # spare capacity (past an aside naming the cloud)
    (
        "xAI has committed to spend $40 billion on Oracle computing through 2030.",
        [("xai", "oracle", "actual")],
    ),
    (
        "Anthropic is contractually committed to a further $30 billion of Azure purchases.",
        [("anthropic", "microsoft", "actual")],
    ),
    (
        "Nvidia, which holds a stake in Lambda Labs, has agreed to buy any of Lambda Labs' "
        "capacity that goes unused.",
        [("nvidia", "lambda", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACTS)
def test_a_compute_contract_named_by_its_parties_is_a_deal_from_the_cloud(
    text: str, expected: list[Any]
) -> None:
    assert sorted(expected) == sorted(contracts(text))


CONTRACT_TRAPS = [
    # two parties of one rank: no seller
    "Meta signed an OpenAI agreement on model safety research.",
    # a contract of no cloud at all
    "The Intel contract is worth $2 billion, the union said.",
    # denied
    "Meta has signed no capacity contract with Nebius, a spokesperson said.",
]


@pytest.mark.parametrize("text", CONTRACT_TRAPS)
def test_no_compute_deal_without_a_cloud_selling(text: str) -> None:
    assert contracts(text) == []


# -- a share purchase told as a noun ---------------------------------------------------------
# GUIDE: buying a company's shares is investing in it (an agreed purchase: announced).


def investments(text: str) -> list[tuple[Any, ...]]:
    return [
        (r[0], dict(r[2]).get("target"), r[4][0], r[5])
        for r in sorted_rows(text, "en", PUBLISHED, "press")
        if r[1] == "investment"
    ]


PURCHASES = [
    (
        "SoftBank's $2 billion purchase of Intel shares closed in the autumn.",
        [("softbank", "intel", 2e9, "actual")],
    ),
    (
        "SK Telecom completed a $100 million purchase of Anthropic shares last spring.",
        [("sk-telecom", "anthropic", 1e8, "actual")],
    ),
    (
        "Nvidia's planned $5 billion acquisition of Intel common stock still awaits clearance.",
        [("nvidia", "intel", 5e9, "planned")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PURCHASES)
def test_a_share_purchase_told_as_a_noun_is_an_investment(text: str, expected: list[Any]) -> None:
    assert expected == investments(text)


PURCHASE_TRAPS = [
    "Microsoft's $10 billion purchase of Nvidia chips was the largest order of the year.",
    "Meta's $2 billion purchase of shares in its own buyback closed in May.",
]


@pytest.mark.parametrize("text", PURCHASE_TRAPS)
def test_no_investment_for_a_purchase_of_goods_or_own_shares(text: str) -> None:
    assert investments(text) == []


# -- adopters listed as one subject; instances of a cloud's own chip -------------------------


def adoptions(text: str, published: datetime = PUBLISHED) -> list[tuple[Any, ...]]:
    return [
        (r[0], dict(r[2]), r[3], r[5])
        for r in sorted_rows(text, "en", published, "press")
        if r[1] == "adopts"
    ]


LISTED = [
    (
        "Lambda Labs and Crusoe say they will be among the first clouds to offer Rubin instances.",
        [
            ("crusoe", {"mode": "on-prem"}, "rubin", "announced"),
            ("lambda", {"mode": "on-prem"}, "rubin", "announced"),
        ],
    ),
    (
        "Oracle and Nebius both offer MI355X virtual machines to customers.",
        [
            ("nebius", {"mode": "on-prem"}, "mi355x", "actual"),
            ("oracle", {"mode": "on-prem"}, "mi355x", "actual"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_each_company_of_a_listed_subject_adopts(text: str, expected: list[Any]) -> None:
    assert expected == adoptions(text)


INSTANCES = [
    (
        "Mistral AI is already running production workloads on Trn3 UltraServers.",
        [("mistral", {"mode": "cloud", "via": "aws"}, "trainium3", "actual")],
    ),
    (
        "Mistral AI runs part of Le Chat on Trn2 instances in Paris.",
        [("mistral", {"mode": "cloud", "via": "aws"}, "trainium2", "actual")],
    ),
    (
        "Apple runs some of its inference on Trillium instances.",
        [("apple", {"mode": "cloud", "via": "google"}, "trillium", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INSTANCES)
def test_instances_of_a_clouds_own_chip_are_used_in_its_cloud(
    text: str, expected: list[Any]
) -> None:
    assert expected == adoptions(text)


LISTED_TRAPS = [
    # a product's brand in the list: Nvidia and AMD are the GPUs' makers, not adopters
    ("Meta runs Nvidia and AMD GPUs side by side.", {"meta"}),
    # the maker's own instances are no rental from itself
    ("AWS now offers Trn2 instances in Busan.", {"aws"}),
]


@pytest.mark.parametrize(("text", "adopters"), LISTED_TRAPS)
def test_no_adopter_beyond_the_subject(text: str, adopters: set[str]) -> None:
    assert {a[0] for a in adoptions(text)} <= adopters
    assert all(a[1].get("via") != a[0] for a in adoptions(text))


# -- "we" at a company's briefing; a foundry contract ----------------------------------------

BRIEFING = (
    "Micron briefing: the Q&A, condensed\n\n"
    "Micron held a press briefing in Boise on Tuesday, and two executives took questions.\n\n"
    "Q: Where is HBM4?\n"
    "Memory SVP: We are shipping HBM4 to AMD in volume now.\n\n"
    "Q: And the foundry side?\n"
    "SVP: Our foundry contract with Apple is on schedule."
)


def test_we_at_a_companys_briefing_is_the_company() -> None:
    assert ("amd", "hbm4", "micron", "actual", TODAY) in deals(BRIEFING)


def test_a_foundry_contract_is_sold_by_the_foundry() -> None:
    text = "Intel said on Monday that the foundry contract with Microsoft it signed is on track."
    expected = [("microsoft", None, "intel", "actual", TODAY)]
    assert expected == deals(text)


# -- "US" is the country, not "us" -----------------------------------------------------------
# An analyst's own "we"/"us" makes a figure the house's projection; "US regions" is no one
# speaking, so the fact stays what it is.


def test_us_regions_in_an_analyst_note_are_no_analyst_speaking() -> None:
    text = "Trainium3, made by TSMC on its 3nm node, is now shipping to three US regions."
    assert ("aws", "trainium3", "tsmc", "actual", TODAY) in deals(text, tier="analyst")


def test_an_analysts_own_we_still_makes_its_projection() -> None:
    text = "We think Trainium3, made by TSMC, reaches three regions by the end of next year."
    assert all(d[3] != "actual" for d in deals(text, tier="analyst"))


MEMO = (
    "Nebius chief tells staff: 'we keep building'\n\n"
    "Nebius chief executive Arkady Volozh told employees on Friday that the company would "
    "keep building, according to a memo seen by this newsletter.\n\n"
    "We are testing Rubin CPX for inference and will decide by the autumn."
)


def test_we_in_an_officers_memo_to_staff_is_the_company() -> None:
    assert ("nebius", {}, "rubin-cpx", "considering") in adoptions(MEMO)


def test_no_voice_for_a_letter_to_the_editor() -> None:
    text = (
        "Letters: readers on chips\n\n"
        "Nebius chief executive Arkady Volozh spoke at a conference last week.\n\n"
        "We are testing Rubin CPX for inference, writes a reader from Leeds."
    )
    assert [a for a in adoptions(text) if a[0] == "nebius"] == []


# -- a rental under a contract; the signing's time -------------------------------------------
# GUIDE (session 15): renting a named product from a provider with a contract in the
# sentence is an adoption and a supply deal from the provider; a past time of the signing
# dates the signing, not the deal or the use it left (they stay at publication).

RENTALS = [
    # the two cases test_extract_round3_en_s8 pinned as an adoption only
    (
        "Microsoft rents GB200 NVL72 capacity from CoreWeave under contracts that run into 2029.",
        [("microsoft", "gb200", "coreweave", "actual", TODAY)],
    ),
    (
        "Meta leases H200 capacity from Lambda Inc. under a multi-year agreement.",
        [("meta", "h200", "lambda", "actual", TODAY)],
    ),
    (
        "Anthropic rents Trn2 capacity from AWS under a multi-year agreement.",
        [("anthropic", "trainium2", "aws", "actual", TODAY)],
    ),
    (
        "Mistral AI still rents H200 systems from Lambda Labs under contracts that run to 2028.",
        [("mistral", "h200", "lambda", "actual", TODAY)],
    ),
    (
        "Meta leases GB300 racks from Nebius under a five-year deal it struck in October 2025.",
        [("meta", "gb300", "nebius", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RENTALS)
def test_a_rental_under_a_contract_is_also_a_deal(text: str, expected: list[Any]) -> None:
    assert expected == deals(text)


RENTAL_TRAPS = [
    # no contract in the sentence: the use only
    "Anthropic rents Trn2 capacity from AWS for its largest training runs.",
    # under a law, not a contract
    "Anthropic rents Trn2 capacity from AWS under export rules that changed in May.",
]


@pytest.mark.parametrize("text", RENTAL_TRAPS)
def test_no_rental_deal_without_a_contract(text: str) -> None:
    assert deals(text) == []


def test_the_time_a_rental_contract_was_signed_does_not_date_the_use() -> None:
    text = "Meta rents H200 capacity from Nebius under a contract it signed in November 2025."
    rows = sorted_rows(text, "en", PUBLISHED, "press")
    assert {(r[0], r[1], r[3], r[6]) for r in rows} == {
        ("meta", "adopts", "h200", TODAY),
        ("meta", "supply_deal", "nebius", TODAY),
    }


# -- goods of the text's own voice supplied by an agent --------------------------------------

FILING = (
    "Nebius Group N.V. quarterly report (excerpt)\n\n"
    "Nebius Group N.V. files this report for the quarter. "
)


def test_our_goods_supplied_by_an_agent_are_a_deal_of_the_voice() -> None:
    text = (
        FILING + "Nearly all of our GPUs are supplied by NVIDIA, and our servers are built "
        "principally by Supermicro."
    )
    found = {(d[0], d[2]) for d in deals(text, tier="company")}
    assert {("nebius", "nvidia"), ("nebius", "supermicro")} <= found


def test_goods_of_a_company_named_before_are_not_the_voices() -> None:
    text = FILING + "Meta said its GPUs are supplied by NVIDIA."
    assert ("nebius", "nvidia") not in {(d[0], d[2]) for d in deals(text, tier="company")}


# -- a past month heading a delivery in running text -----------------------------------------
# GUIDE (session 16): "shipped its first racks to Acme in May" dates the event; the
# supply_deal stays at publication, as a signing does.


@pytest.mark.parametrize(
    "text",
    [
        "Lambda Inc. took delivery of its first GB300 racks from Supermicro in January.",
        "Lambda Inc. received its first GB300 racks from Supermicro in January.",
    ],
)
def test_a_past_delivery_month_does_not_date_the_deal(text: str) -> None:
    assert deals(text) == [("lambda", "gb300", "supermicro", "actual", TODAY)]


def test_a_delivery_month_ahead_still_dates_it() -> None:
    text = "Lambda Inc. will take delivery of its first GB300 racks from Supermicro in June."
    assert all(d[4] != TODAY for d in deals(text))


# -- a server maker's own products -----------------------------------------------------------
# GUIDE (session 16): a server or system maker building, shipping or offering servers that
# carry a chip gives no supply_deal from the chipmaker; no English dev adoption by one.

SERVER_PRODUCTS = [
    "The Dell PowerEdge XE9785 with AMD Instinct MI355X GPUs ships to customers this month.",
    "Supermicro has begun volume shipments of its GB300 NVL72 racks.",
    "Quanta, which builds B200 servers for several clouds, raised its outlook.",
]


@pytest.mark.parametrize("text", SERVER_PRODUCTS)
def test_a_server_makers_product_is_no_purchase_nor_use(text: str) -> None:
    rows = sorted_rows(text, "en", PUBLISHED, "press")
    assert [r for r in rows if r[0] in ("dell", "supermicro", "quanta")] == []


def test_a_server_makers_purchase_said_as_such_stays() -> None:
    text = "Supermicro buys the MI355X accelerators for those racks from AMD."
    assert ("supermicro", "mi355x", "amd", "actual", TODAY) in deals(text)


# -- a site still to come --------------------------------------------------------------------
# GUIDE (session 16): located_in of a site not yet built takes the modality of its wording; a
# future site or a planned location is `planned`.


def places(text: str) -> list[tuple[Any, ...]]:
    return [
        (r[0], r[4], r[5])
        for r in sorted_rows(text, "en", PUBLISHED, "press")
        if r[1] == "located_in"
    ]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The county filing calls the land a future Stargate campus in New Mexico.", "planned"),
        ("The permit names the parcel as the proposed Hyperion site in Louisiana.", "planned"),
        ("Hyperion, Meta's campus in Louisiana, is under construction.", "actual"),
    ],
)
def test_a_site_called_one_to_come_is_planned_there(text: str, modality: str) -> None:
    assert [m for _, _, m in places(text)] == [modality]
