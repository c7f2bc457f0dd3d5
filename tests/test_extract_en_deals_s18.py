"""Session 18: English supply deals and adoptions the extractor never proposed, read by
general rules (one section per cause).

Every sentence here is written for these tests (none is copied from the gold or from an
article); the traps must stay silent.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str, predicate: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(subject, qualifiers, object, value, modality, valid) of every claim of a predicate."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED, tier)
        if r[1] == predicate
    ]


def count(n: int, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (float(n), float(n), "count", approx, bound)


# -- a purchase of GPUs that names no chip ------------------------------------------------------
# GUIDE (session 15): a deal that names no product is still a supply_deal, no product
# qualifier; the count goes with it. Buying is a deal of goods, not a fleet the buyer runs:
# the dev gold records every counted purchase as a supply deal and none as a deployment.

BOUGHT_GPUS = [
    (
        "Kakao is buying 12,000 Nvidia GPUs for a new inference hall.",
        [("kakao", (), "nvidia", count(12000), "actual", TODAY)],
    ),
    # the seller named after the goods; two buyers that each buy the count
    (
        "Tencent and ByteDance have each ordered about 30,000 accelerators from Huawei, a "
        "supplier said.",
        [
            ("bytedance", (), "huawei", count(30000, approx=True), "actual", TODAY),
            ("tencent", (), "huawei", count(30000, approx=True), "actual", TODAY),
        ],
    ),
    # a ceiling on the count
    (
        "Crusoe purchased up to 8,000 AMD GPUs last quarter.",
        [("crusoe", (), "amd", count(8000, "at-most"), "actual", TODAY)],
    ),
    # the goods left out, the seller named by the agreement the purchase is made under
    (
        "Kakao is purchasing 25,000 under a new agreement with Nvidia.",
        [("kakao", (), "nvidia", count(25000), "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUGHT_GPUS)
def test_a_purchase_of_unnamed_gpus_is_a_deal_with_their_maker(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "supply_deal") == sorted(expected)
    assert rows(text, "deployed_chips") == []


BOUGHT_GPUS_TRAPS = [
    # no seller named: a count the buyer gets, not a deal with anyone named
    "Kakao bought 12,000 GPUs for its Pangyo hall.",
    # running GPUs of a brand is a fleet, not a purchase
    "Kakao runs 12,000 Nvidia GPUs in Pangyo.",
    # a denial
    "Kakao is not buying 12,000 Nvidia GPUs, a spokesperson said.",
    # a count of something else bought from the company
    "Kakao bought 12,000 shares from Nvidia.",
]


@pytest.mark.parametrize("text", BOUGHT_GPUS_TRAPS)
def test_gpus_bought_with_no_maker_or_no_purchase_make_no_deal(text: str) -> None:
    assert rows(text, "supply_deal") == []


# -- a trial told with an adverb inside its verb -------------------------------------------------
# GUIDE: testing or evaluating a product is weighing it (`considering`), no mode unless a site
# or a cloud is said. "is testing" was a cue; "is still testing", "are also trialling" were
# read as facts (actual).

TRIALS_UNDER_WAY = [
    ("Kakao is still testing Rebellions' REBEL-Quad cards for its chatbot.", "kakao", "rebel"),
    ("Naver and Kakao are also trialling FuriosaAI's RNGD for search.", "kakao", "rngd"),
    ("Apple has been quietly piloting Trainium2 for pretraining.", "apple", "trainium2"),
]


@pytest.mark.parametrize(("text", "company", "product"), TRIALS_UNDER_WAY)
def test_a_trial_with_an_adverb_inside_its_verb_is_considering(
    text: str, company: str, product: str
) -> None:
    found = [r for r in rows(text, "adopts") if r[0] == company and r[2] == product]
    assert found == [(company, (), product, None, "considering", TODAY)]


TRIAL_TRAPS = [
    # the adverb before a verb of use: a fact
    ("Kakao is still running Rebellions' REBEL-Quad cards for its chatbot.", "actual"),
    # the trial ended: no claim of a trial under way
    ("Kakao is no longer testing Rebellions' REBEL-Quad cards.", None),
]


@pytest.mark.parametrize(("text", "modality"), TRIAL_TRAPS)
def test_an_adverb_before_a_use_or_an_ended_trial_is_no_trial(
    text: str, modality: str | None
) -> None:
    assert [r[4] for r in rows(text, "adopts")] == ([modality] if modality else [])


# -- memory told through the chip it goes into ----------------------------------------------------
# GUIDE: memory is bought, not adopted; a memory maker's generation going into a chip is a
# supply deal with the chip's maker (product the memory). "Bound for", "is (also) in",
# "remains designed into" were not read as the memory's way into the chip, and a relative
# clause on the chip ("…, which Micron has supplied") made the memory maker the chip's buyer.

MEMORY_INTO_CHIPS = [
    (
        "Most of the containers carried Samsung's HBM3E stacks bound for Nvidia's B300 GPUs.",
        [("nvidia", (("product", "hbm3e"),), "samsung", None, "actual", TODAY)],
    ),
    (
        "Micron's twelve-high HBM3E is also in AMD's MI355X.",
        [("amd", (("product", "hbm3e"),), "micron", None, "actual", TODAY)],
    ),
    (
        "SK hynix's HBM4 stays qualified for Nvidia's Rubin and is destined for its first racks.",
        [("nvidia", (("product", "hbm4"),), "sk-hynix", None, "actual", TODAY)],
    ),
    (
        "Samsung's HBM3E remains designed into AMD's MI355X, which Samsung has supplied since "
        "the spring.",
        [("amd", (("product", "hbm3e"),), "samsung", None, "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMORY_INTO_CHIPS)
def test_memory_going_into_a_chip_is_a_deal_with_the_chips_maker(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "supply_deal") == sorted(expected)


MEMORY_INTO_CHIPS_TRAPS = [
    # no chip: a place, a state
    "SK hynix's HBM3E stacks are bound for Taiwan.",
    "Samsung's HBM4 is in short supply.",
    # a race, not a deal
    "Micron's HBM4 is in the running for Nvidia's Rubin.",
]


@pytest.mark.parametrize("text", MEMORY_INTO_CHIPS_TRAPS)
def test_memory_with_no_chip_to_go_into_makes_no_deal(text: str) -> None:
    assert rows(text, "supply_deal") == []


# -- a second recipient after the first one's goods ----------------------------------------------
# GUIDE: every buyer named gets the deal. "for Google's TPUs and for AWS's Trainium", "to
# Nvidia, as well as to AMD": the preposition repeated after the first recipient's goods
# names a second buyer; the rule read only the first.


def hbm(customer: str, supplier: str, memory: str) -> tuple[Any, ...]:
    return (customer, (("product", memory),), supplier, None, "actual", TODAY)


SECOND_RECIPIENTS = [
    (
        "Samsung ships HBM3E for Google's TPUs and for AMD's MI355X.",
        [hbm("amd", "samsung", "hbm3e"), hbm("google", "samsung", "hbm3e")],
    ),
    (
        "Micron supplies HBM4 to Nvidia, as well as to AMD for the MI450.",
        [hbm("amd", "micron", "hbm4"), hbm("nvidia", "micron", "hbm4")],
    ),
    (
        "Samsung delivers HBM3E to Nvidia's Blackwell line and to Broadcom.",
        [hbm("broadcom", "samsung", "hbm3e"), hbm("nvidia", "samsung", "hbm3e")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_RECIPIENTS)
def test_a_recipient_after_the_same_preposition_is_a_buyer_too(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "supply_deal") == sorted(expected)


SECOND_RECIPIENT_TRAPS = [
    # a company after another preposition: a rival, not a buyer
    ("Micron ships HBM3E to AMD and competes with Samsung for Nvidia's orders.", "amd"),
    ("Samsung ships HBM4 to Nvidia and, unlike Micron, makes its own base dies.", "nvidia"),
]


@pytest.mark.parametrize(("text", "customer"), SECOND_RECIPIENT_TRAPS)
def test_a_company_after_another_preposition_is_no_buyer(text: str, customer: str) -> None:
    assert [r[0] for r in rows(text, "supply_deal")] == [customer]


# -- a company running its own chip --------------------------------------------------------------
# GUIDE (settled cases): a company running its own chip in its own data centers or services
# adopts it, mode on-prem; designing, selling or unveiling it is none. The rule read only a
# verb after the chip or "has run …" before it, took "Meta's MTIA" for a brand (no owner
# named), and dated the use by the time it started ("since January"); a start ahead ("from
# the first quarter of 2027") is the use's own time (open).

OWN_CHIPS = [
    (
        "Huawei runs Ascend 910C clusters in its own data centers for its cloud services.",
        [("huawei", (("mode", "on-prem"),), "ascend-910c", None, "actual", TODAY)],
    ),
    (
        "AWS's Trainium2 handles most of the company's internal inference.",
        [("aws", (("mode", "on-prem"),), "trainium2", None, "actual", TODAY)],
    ),
    # the owner of each conjunct's chip, not the first company of the sentence
    (
        "Intel's Gaudi 3 serves its internal chatbot, and Google's TPUs handle most Gemini "
        "traffic.",
        [
            ("google", (("mode", "on-prem"),), "google-tpu", None, "actual", TODAY),
            ("intel", (("mode", "on-prem"),), "gaudi3", None, "actual", TODAY),
        ],
    ),
    # in service since a past month: today's state
    (
        "Microsoft's Maia 200, which went into service in Azure in January, carries HBM3E.",
        [("microsoft", (("mode", "on-prem"),), "maia-200", None, "actual", TODAY)],
    ),
    # a start ahead: the use's own time
    (
        "Microsoft will deploy Maia 200 in its own data centres from the first quarter of 2027.",
        [
            (
                "microsoft",
                (("mode", "on-prem"),),
                "maia-200",
                None,
                "announced",
                ("open", "2027-01-01", "None"),
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CHIPS)
def test_a_company_running_its_own_chip_adopts_it(text: str, expected: list[Any]) -> None:
    assert rows(text, "adopts") == sorted(expected)


OWN_CHIP_TRAPS = [
    # selling it
    ("Huawei sells Ascend 910C clusters to its cloud customers.", []),
    # a service of another company runs on the chip: no use by the chip's maker
    (
        "Mistral's assistant runs on Cerebras WSE-3 systems in Cerebras's own data centers.",
        [("mistral", (("mode", "cloud"), ("via", "cerebras")), "wse-3", None, "actual", TODAY)],
    ),
    # unnamed operators: no owner running the chip
    ("Several Japanese carriers began operating GB200 systems at their own data centres.", []),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CHIP_TRAPS)
def test_a_chip_sold_or_run_by_others_is_no_use_by_its_maker(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "adopts") == expected


# -- a model trained or served on a chip ----------------------------------------------------------
# GUIDE: training or serving a model on a chip is its owner's use (`adopts`; the dev gold
# records every such sentence so); a cluster after "on" is `trains_on`, a counted chip a
# fleet. "is training Claude on Ironwood" had no verb of use (the model stood between the
# verb and "on"); a pronoun subject ("They're training Claude …") is the model's owner; in a
# GPU cloud's own text a use with no mode said is of the issuer's chips (rented from it).


def use(company: str, product: str, qualifiers: tuple[Any, ...] = ()) -> tuple[Any, ...]:
    return (company, qualifiers, product, None, "actual", TODAY)


MODELS_TRAINED_ON = [
    (
        "Anthropic is training the next Claude on Trainium3.",
        "press",
        [use("anthropic", "trainium3")],
    ),
    ("Meta now serves Llama on MI355X accelerators.", "press", [use("meta", "mi355x")]),
    (
        "They are training Claude on Ironwood today, the executive said.",
        "press",
        [use("anthropic", "ironwood")],
    ),
    (
        "Nscale today operates three halls in Norway, and our newest one is live.\n\n"
        "Mistral AI is already training its models on the GB300 systems, the companies said.",
        "company",
        [use("mistral", "gb300", (("mode", "cloud"), ("via", "nscale")))],
    ),
]


@pytest.mark.parametrize(("text", "tier", "expected"), MODELS_TRAINED_ON)
def test_a_model_trained_on_a_chip_is_its_owners_use(
    text: str, tier: str, expected: list[Any]
) -> None:
    assert rows(text, "adopts", tier) == sorted(expected)


MODELS_TRAINED_ON_TRAPS = [
    # a cluster: trains_on, no adoption (also when the cluster's chips are named)
    ("Anthropic trains Claude on Project Rainier.", "press"),
    ("Meta is training Llama on H100s at its Prometheus cluster.", "press"),
    # counted chips: a fleet
    ("Meta trained Llama on 16,000 H100 GPUs.", "press"),
    # no longer
    ("Anthropic has stopped training Claude on H100s.", "press"),
]


@pytest.mark.parametrize(("text", "tier"), MODELS_TRAINED_ON_TRAPS)
def test_a_model_on_a_cluster_a_count_or_no_more_is_no_adoption(text: str, tier: str) -> None:
    assert rows(text, "adopts", tier) == []


def test_a_model_served_on_chips_in_a_press_story_takes_no_provider() -> None:
    text = (
        "Nscale today operates three halls in Norway, and our newest one is live.\n\n"
        "Mistral AI is already training its models on the GB300 systems, the companies said."
    )
    assert rows(text, "adopts", "press") == [use("mistral", "gb300")]


# -- a foundry told by where the chip is produced -------------------------------------------------
# GUIDE: a foundry making a company's chip is a supply_deal (customer the designer, product
# the chip); "in full production" before release means wafers moving through the foundry, an
# actual deal. "is in volume production at TSMC", "come off TSMC's lines" and a second chip
# with the participle left out ("…, and Rebellions' REBEL-Quad at Samsung's foundry") gave
# nothing, or gave the second chip to the first foundry.


def made(customer: str, product: str, foundry: str) -> tuple[Any, ...]:
    return (customer, (("product", product),), foundry, None, "actual", TODAY)


FOUNDRIES = [
    ("Google's Ironwood is in volume production at TSMC.", [made("google", "ironwood", "tsmc")]),
    ("Intel's Gaudi 3 is now in mass production at TSMC.", [made("intel", "gaudi3", "tsmc")]),
    (
        "The compute dies for AMD's MI355X come off TSMC's 3-nanometer lines.",
        [made("amd", "mi355x", "tsmc")],
    ),
    (
        "Microsoft's Maia 200 is made at TSMC, and Rebellions' REBEL-Quad at Samsung's foundry.",
        [made("microsoft", "maia-200", "tsmc"), made("rebellions", "rebel", "samsung")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUNDRIES)
def test_a_chip_produced_at_a_foundry_is_a_deal_with_it(text: str, expected: list[Any]) -> None:
    assert rows(text, "supply_deal") == sorted(expected)


FOUNDRY_TRAPS = [
    # a memory maker's own product in its own fab
    ("Samsung's HBM4 is in mass production at its Pyeongtaek fab.", []),
    # the foundry's own chips
    ("TSMC's own test chips come off its Arizona lines.", []),
    # a clause after the deal that is no second chip made
    (
        "Nvidia's Rubin is made at TSMC, and the company's shares rose at the close.",
        [made("nvidia", "rubin", "tsmc")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUNDRY_TRAPS)
def test_no_foundry_deal_without_another_companys_chip(text: str, expected: list[Any]) -> None:
    assert rows(text, "supply_deal") == expected


# -- a role told of "it" after an earlier clause of the same sentence -----------------------------
# GUIDE: a customer relation told as today's fact in the same sentence as a forecast is a
# separate actual deal ("…; it is still TSMC's biggest CoWoS customer"). "it" in a second
# clause is no mention the rules see, so the role found no partner; it refers back to the
# sentence's subject, unless another company was named between.


def role(customer: str, supplier: str, product: str | None = None) -> tuple[Any, ...]:
    qualifiers = (("product", product),) if product else ()
    return (customer, qualifiers, supplier, None, "actual", TODAY)


PRONOUN_ROLES = [
    (
        "Meta raised its budget again, and it is now one of AMD's largest customers.",
        [role("meta", "amd")],
    ),
    (
        "Apple would not give volumes; it remains, by all accounts, TSMC's biggest customer.",
        [role("apple", "tsmc")],
    ),
    (
        "Broadcom reported a record quarter, and it is still TSMC's second-largest CoWoS customer.",
        [role("broadcom", "tsmc", "cowos")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_ROLES)
def test_a_role_told_of_it_is_the_subjects(text: str, expected: list[Any]) -> None:
    assert rows(text, "supply_deal") == sorted(expected)


PRONOUN_ROLE_TRAPS = [
    # another company named between the subject and "it": no antecedent read
    "Meta met Google on Monday, and it is one of AMD's largest customers.",
    # "it" opening its own sentence is left to the document's reference rules
    "It is now one of AMD's largest customers.",
]


@pytest.mark.parametrize("text", PRONOUN_ROLE_TRAPS)
def test_a_role_of_it_with_no_clear_antecedent_makes_no_deal(text: str) -> None:
    assert rows(text, "supply_deal") == []


# -- a delivery told goods first, the seller named as the speaker after it ----------------------
# GUIDE: a maker's sale to a named customer is a supply_deal from the maker; a delivery's
# past month dates the event (the deal stays at publication); a start ahead told with no
# plan word is announced, open from its period. "Shipments of X to Acme have begun, Maker
# said": the seller is named only by the reporting clause, which the deal rules read apart.


def shipped(customer: str, product: str, seller: str, valid: Any = TODAY) -> tuple[Any, ...]:
    modality = "actual" if valid == TODAY else "announced"
    return (customer, (("product", product),), seller, None, modality, valid)


REPORTED_SHIPMENTS = [
    (
        "Shipments of MI355X servers to Oracle have begun, Quanta said.",
        [shipped("oracle", "mi355x", "quanta")],
    ),
    (
        "The first deliveries of GB300 racks to CoreWeave went out in July, Dell confirmed on "
        "Tuesday.",
        [shipped("coreweave", "gb300", "dell")],
    ),
    (
        "Deliveries of HBM4 to Nvidia will begin in the third quarter, Samsung said.",
        [shipped("nvidia", "hbm4", "samsung", ("open", "2026-07-01", "None"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_SHIPMENTS)
def test_a_delivery_told_goods_first_is_the_speakers_sale(text: str, expected: list[Any]) -> None:
    assert rows(text, "supply_deal") == sorted(expected)


REPORTED_SHIPMENT_TRAPS = [
    # denied
    "Shipments of B200 servers to CoreWeave have not begun, Supermicro said.",
    # the source is no speaker of the sentence's end
    "Shipments of GB300 racks to CoreWeave rose in July, according to Dell.",
]


@pytest.mark.parametrize("text", REPORTED_SHIPMENT_TRAPS)
def test_a_denied_or_unspoken_delivery_makes_no_deal(text: str) -> None:
    assert rows(text, "supply_deal") == []


# -- access given by a deal whose giver is not named before the verb ----------------------------
# GUIDE: a cloud contract to rent a named product is a supply_deal from the cloud and an
# adopts (mode cloud, via the provider); an adoption is a relation, with no count. "October's
# deal gives Anthropic access to up to a million TPUs" named no giver before "gives", so only
# the deal was read; the seller of the one deal made in the sentence gives the access. A
# deal in talks restates talks told with their own use and timing: no adoption from it.

ACCESS_GIVEN = [
    (
        "October's deal gives Kakao access to up to a million TPUs.",
        [
            ("kakao", (("mode", "cloud"), ("via", "google")), "google-tpu", None, "actual", TODAY),
        ],
    ),
    (
        "The agreement gives Meta access to 50,000 MI355X GPUs from Oracle.",
        [("meta", (("mode", "cloud"), ("via", "oracle")), "mi355x", None, "actual", TODAY)],
    ),
    (
        "The new contract gives Mistral AI access to 20,000 B300 GPUs from Nebius.",
        [("mistral", (("mode", "cloud"), ("via", "nebius")), "b300", None, "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCESS_GIVEN)
def test_access_given_by_a_deal_is_a_cloud_use_with_no_count(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "adopts") == expected


ACCESS_GIVEN_TRAPS = [
    # talks: the deal under discussion, no adoption from it
    "The arrangement under discussion would give Apple access to up to 200,000 Ironwood chips "
    "through Google Cloud.",
    # a chipmaker giving samples: no cloud, no rental
    "The agreement gives Meta early access to 5,000 MI450 samples from AMD.",
]


@pytest.mark.parametrize("text", ACCESS_GIVEN_TRAPS)
def test_access_in_talks_or_from_a_chipmaker_is_no_cloud_use(text: str) -> None:
    assert rows(text, "adopts") == []


# -- a supplier in a relative clause selling the subject's goods -------------------------------
# GUIDE: a maker's sale of servers or racks to a named customer is a supply_deal from the
# maker. "Acme says Dell, which supplies its B200 servers, shipped late": "its" is the
# subject's, the buyer; the supply rule took it for the supplier's own.

RELATIVE_SUPPLIERS = [
    (
        "CoreWeave said Supermicro, which builds its HGX B300 systems, had cut lead times.",
        [shipped("coreweave", "b300", "supermicro")],
    ),
    (
        "Meta hired Quanta, which also assembles its GB300 racks, for the Ohio site.",
        [shipped("meta", "gb300", "quanta")],
    ),
    (
        "In a filing, Crusoe says Dell, which ships its GB200 systems, missed two deadlines.",
        [shipped("crusoe", "gb200", "dell")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_SUPPLIERS)
def test_a_supplier_selling_the_subjects_goods_in_a_relative_clause(
    text: str, expected: list[Any]
) -> None:
    assert rows(text, "supply_deal") == sorted(expected)


RELATIVE_SUPPLIER_TRAPS = [
    # the supplier's own goods
    "CoreWeave met Dell, which makes its own GB300 racks.",
    # no company before the supplier to own the goods
    "Dell, which supplies its B200 servers to many buyers, reported results.",
]


@pytest.mark.parametrize("text", RELATIVE_SUPPLIER_TRAPS)
def test_a_supplier_of_its_own_goods_makes_no_deal(text: str) -> None:
    assert rows(text, "supply_deal") == []
