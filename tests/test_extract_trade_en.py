"""The general reader of English trade clauses (:mod:`tracker.extract.trade_clauses_en`)
read on its own: who buys, who sells, what and how many, from the verb class and the role
markers around it, and the traps where it must stay silent or keep the orientation right.

Every sentence here is written for these tests (none is from a gold article). The reader is
called directly on each analysed sentence, so the tuned supply rules do not answer for it;
the last tests check that in the full extractor it only fills what they leave.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.rules import RuleState
from tracker.extract.trade_clauses_en import trade_clause_rule

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
_EXTRACTOR = default_extractor([])


def deals(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(buyer, product, seller, count) of every deal the reader alone finds in the text."""
    doc = Document(document_id="t", text=text, published=PUBLISHED, language="en", tier=tier)
    out = []
    for s in _EXTRACTOR.sentences(doc, "en", date(2026, 3, 10)):
        for c in trade_clause_rule(s, RuleState()):
            count = c.value.low if c.value is not None and hasattr(c.value, "low") else None
            out.append((c.subject, c.qualifiers.get("product"), c.object, count))
    return sorted(out, key=repr)


def modalities(text: str) -> list[str]:
    doc = Document(document_id="t", text=text, published=PUBLISHED, language="en", tier="press")
    return [
        c.modality
        for s in _EXTRACTOR.sentences(doc, "en", date(2026, 3, 10))
        for c in trade_clause_rule(s, RuleState())
    ]


# SUPPLY: the subject (or a passive's agent) sells; "to" / "for", an object, an owner buys
SUPPLY = [
    ("Micron ships HBM4 to AMD.", [("amd", "hbm4", "micron", None)]),
    (
        "SK hynix supplies HBM3E to Nvidia and Google.",
        [("google", "hbm3e", "sk-hynix", None), ("nvidia", "hbm3e", "sk-hynix", None)],
    ),
    ("Quanta is assembling GB300 racks for Meta.", [("meta", "gb300", "quanta", None)]),
    ("Broadcom builds Google's TPUs.", [("google", "google-tpu", "broadcom", None)]),
    ("Supermicro delivered B200 servers to Lambda Labs.", [("lambda", "b200", "supermicro", None)]),
    (
        "Samsung provides HBM3E to AMD for the MI355X.",
        [("amd", "hbm3e", "samsung", None)],
    ),
    ("Micron sold HBM3E to Nvidia.", [("nvidia", "hbm3e", "micron", None)]),
    (
        "Amkor, which packages CoWoS for Nvidia, is expanding its Arizona plant.",
        [("nvidia", "cowos", "amkor", None)],
    ),
    ("Each MI355X carries HBM3E supplied by Samsung.", [("amd", "hbm3e", "samsung", None)]),
    ("Nvidia's Rubin GPUs are manufactured by TSMC.", [("nvidia", "rubin", "tsmc", None)]),
    ("Broadcom co-designs and supplies the TPU.", [("google", "google-tpu", "broadcom", None)]),
    ("TSMC fabricates the MI450 for AMD.", [("amd", "mi450", "tsmc", None)]),
    (
        "SK hynix said it would begin shipping HBM4 to Nvidia in the second quarter.",
        [("nvidia", "hbm4", "sk-hynix", None)],
    ),
    ("Dell delivered GB300 NVL72 systems to CoreWeave.", [("coreweave", "gb300", "dell", None)]),
    ("Samsung is a supplier of HBM3E to AMD.", [("amd", "hbm3e", "samsung", None)]),
    (
        "SK hynix, Nvidia's main HBM4 supplier, expanded its M15X fab.",
        [("nvidia", "hbm4", "sk-hynix", None)],
    ),
    ("Marvell designs Microsoft's Maia 200.", [("microsoft", "maia-200", "marvell", None)]),
    # a chip named by its owner and a word, no entity: a deal with no product
    ("Samsung already makes Tesla's AI4 chip.", [("tesla", None, "samsung", None)]),
    (
        "Foxconn is assembling GB300 racks for Microsoft and Meta.",
        [("meta", "gb300", "foxconn", None), ("microsoft", "gb300", "foxconn", None)],
    ),
    (
        "SK hynix, Samsung, and Micron ship HBM4 to Nvidia.",
        [
            ("nvidia", "hbm4", "micron", None),
            ("nvidia", "hbm4", "samsung", None),
            ("nvidia", "hbm4", "sk-hynix", None),
        ],
    ),
    # a list ends where a statement of its own begins (", and OpenAI's …")
    (
        "Meta has a $14 billion deal with CoreWeave, and OpenAI's contracts with CoreWeave "
        "keep growing.",
        [("meta", None, "coreweave", None)],
    ),
]

# ACQUIRE: the subject (or the order's possessor) buys; "from", "with", else the maker sells
ACQUIRE = [
    ("Meta bought H100 servers from Dell.", [("meta", "h100", "dell", None)]),
    (
        "xAI purchased 50,000 GB300 chips from Nvidia.",
        [("xai", "gb300", "nvidia", 50000.0)],
    ),
    (
        "ByteDance placed orders for Huawei's Ascend 910C chips.",
        [("bytedance", "ascend-910c", "huawei", None)],
    ),
    (
        "ByteDance procured Ascend 910C chips from Huawei.",
        [("bytedance", "ascend-910c", "huawei", None)],
    ),
    ("Crusoe bought MI355X GPUs from AMD.", [("crusoe", "mi355x", "amd", None)]),
    ("CoreWeave secured GB300 systems from Dell.", [("coreweave", "gb300", "dell", None)]),
    (
        "Amazon leased H200 capacity from Oracle under a three-year contract.",
        [("amazon", "h200", "oracle", None)],
    ),
    (
        "Nebius took delivery of B300 systems from Supermicro.",
        [("nebius", "b300", "supermicro", None)],
    ),
    (
        "Meta's order for GB300 racks from Quanta is its largest.",
        [("meta", "gb300", "quanta", None)],
    ),
    ("OpenAI placed an order for MI450 chips with AMD.", [("openai", "mi450", "amd", None)]),
    ("Nvidia's HBM4 comes from SK hynix.", [("nvidia", "hbm4", "sk-hynix", None)]),
    (
        "Anthropic's purchase of Trainium2 chips from AWS is the largest so far.",
        [("anthropic", "trainium2", "aws", None)],
    ),
    (
        "xAI bought GB300 racks from Dell and Supermicro.",
        [("xai", "gb300", "dell", None), ("xai", "gb300", "supermicro", None)],
    ),
    (
        "Lambda Labs will add GB300 racks from Supermicro.",
        [("lambda", "gb300", "supermicro", None)],
    ),
    (
        "Lambda Labs bought B200 and B300 systems from Supermicro.",
        [("lambda", "b200", "supermicro", None), ("lambda", "b300", "supermicro", None)],
    ),
    (
        "Google will take 3 million TPUs from Broadcom in 2027.",
        [("google", "google-tpu", "broadcom", 3000000.0)],
    ),
]

# PACT: won (the subject sells), chosen (the subject buys), a role, or symmetric
PACT = [
    ("Samsung won an HBM4 order from Nvidia.", [("nvidia", "hbm4", "samsung", None)]),
    ("SK hynix landed a large HBM3E order from AMD.", [("amd", "hbm3e", "sk-hynix", None)]),
    ("Amkor won a share of Nvidia's CoWoS orders.", [("nvidia", "cowos", "amkor", None)]),
    # tools named outside the trade word's phrase veto nothing
    (
        "Amkor won a share of Nvidia's CoWoS orders, according to people at equipment suppliers.",
        [("nvidia", "cowos", "amkor", None)],
    ),
    (
        "Microsoft tapped Marvell to build its Maia 200 chips.",
        [("microsoft", "maia-200", "marvell", None)],
    ),
    ("Meta selected Broadcom as its MTIA design partner.", [("meta", "mtia", "broadcom", None)]),
    (
        "Nscale signed an agreement with Microsoft for 100,000 GB300 GPUs.",
        [("microsoft", "gb300", "nscale", 100000.0)],
    ),
    (
        "Fluidstack inked a deal with Mistral AI for H200 capacity.",
        [("mistral", "h200", "fluidstack", None)],
    ),
    (
        "Anthropic struck a deal with Google for up to one million TPUs.",
        [("anthropic", "google-tpu", "google", 1000000.0)],
    ),
    (
        "Oracle signed a contract with AMD for MI450 accelerators.",
        [("oracle", "mi450", "amd", None)],
    ),
    # a pact for goods with no other side named: made with their maker, named or not
    (
        "Anthropic signed a deal for up to one million TPUs.",
        [("anthropic", "google-tpu", "google", 1000000.0)],
    ),
    (
        "Meta's commitment to as many as 100,000 TPUs is its largest.",
        [("meta", "google-tpu", "google", 100000.0)],
    ),
    (
        "Samsung is in talks with Nvidia to supply HBM4.",
        [("nvidia", "hbm4", "samsung", None)],
    ),
    (
        "CoreWeave's contract with Meta covers GB300 capacity.",
        [("meta", "gb300", "coreweave", None)],
    ),
    ("Nvidia remains TSMC's largest CoWoS customer.", [("nvidia", "cowos", "tsmc", None)]),
    (
        "OpenAI signed a contract with Oracle for cloud capacity.",
        [("openai", None, "oracle", None)],
    ),
    ("Microsoft remains Nvidia's largest customer.", [("microsoft", None, "nvidia", None)]),
    (
        "Nvidia's customers include Meta and Oracle.",
        [("meta", None, "nvidia", None), ("oracle", None, "nvidia", None)],
    ),
    ("FuriosaAI's RNGD is made in volume at TSMC.", [("furiosaai", "rngd", "tsmc", None)]),
    (
        "Amkor secured the packaging work on the MI450 from AMD.",
        [("amd", "mi450", "amkor", None)],
    ),
    ("Meta has a $14 billion deal with CoreWeave.", [("meta", None, "coreweave", None)]),
    (
        "Nscale, the AI hyperscaler, announced a contract with Microsoft to deliver 100,000 "
        "GB300 GPUs.",
        [("microsoft", "gb300", "nscale", 100000.0)],
    ),
]

# orientation: the goods' maker or supplier sells; a foundry sells its maker the making
ORIENTATION = [
    (
        "Nvidia signed a supply agreement with SK hynix for HBM4.",
        [("nvidia", "hbm4", "sk-hynix", None)],
    ),
    (
        "Microsoft signed a deal with Nebius for GB300 capacity.",
        [("microsoft", "gb300", "nebius", None)],
    ),
    ("AMD's agreement with TSMC covers MI450 wafers.", [("amd", "mi450", "tsmc", None)]),
    (
        "Samsung's deal with Nvidia covers Blackwell GPUs.",
        [("samsung", "blackwell", "nvidia", None)],
    ),
    (
        "Quanta builds GB300 racks for Meta, unlike Foxconn.",
        [("meta", "gb300", "quanta", None)],
    ),
]

# traps: no deal
TRAPS = [
    "Nvidia does not supply H20 chips to Tencent.",
    "Samsung signed an MoU with Nvidia to evaluate HBM4.",
    "SK hynix shipped HBM4 samples to Nvidia.",
    "Hanmi Semiconductor supplies TC bonders for HBM4 to SK hynix.",
    "Nvidia GB300 racks arrived at CoreWeave's site in Texas.",
    "Google sells Nvidia capacity in its cloud.",
    "OpenAI rents TPUs through Google Cloud.",
    "Meta is in talks to buy TPUs from Google.",
    "Apple is weighing buying TPUs from Google.",
    "Nvidia received orders from a large customer for GB300 racks.",
    "AWS built the Rainier cluster for Anthropic with Trainium2 chips.",
    "TSMC's CoWoS packaging capacity will reach 100,000 wafers a month.",
    "Samsung Electronics agreed to invest $5 billion in Tesla.",
    "SK hynix and Samsung signed a pact with each other on HBM standards.",
    "Nvidia's HBM4 supply is tight.",
    "If Meta bought 100,000 TPUs from Google, it would be the largest deal.",
    "Micron denied that it ships HBM4 to Huawei.",
    "CoreWeave cancelled its order for GB200 racks from Dell.",
    "Microsoft's Maia 200 competes with chips that Nvidia sells to Meta.",
    "Nvidia shipped the H20 to China before the ban.",
    "Meta buys more GPUs than Microsoft does.",
    "Dell builds GB300 racks at its plant in Texas.",
    "Anthropic runs Claude on Trainium2 chips it rents from AWS.",
    "Intel will supply Gaudi 3 to customers.",
    "Anthropic now buys computing power from Amazon.",
    # chips bought from no seller named are the buyer's fleet (GUIDE), not a maker's deal
    "Oracle ordered 30,000 MI450 accelerators.",
    "Meta bought 350,000 Nvidia H100s.",
    # a possessive that is the goods' brand names no buyer
    "Foxconn assembles Nvidia's GB300 racks.",
    # capacity provided with no contract: the user's rental
    "CoreWeave provides H200 capacity to Mistral AI.",
    # no role said of the subject; a source of no product named; a choice only expected;
    # an offer, no making
    "Micron takes most of SK hynix's HBM4 customers.",
    "SK hynix, Nvidia's main source of memory, settled next year's volumes.",
    "Google is expected to pick Samsung to make its next TPU.",
    "Microsoft plans to make GB300 racks available for OpenAI.",
]


@pytest.mark.parametrize(("text", "expected"), SUPPLY)
def test_a_supply_verb_sells_from_its_subject_to_the_party_marked(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(("text", "expected"), ACQUIRE)
def test_an_acquire_verb_buys_for_its_subject_from_the_party_marked(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(("text", "expected"), PACT)
def test_a_pact_is_oriented_by_its_verb_or_by_its_parties(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(("text", "expected"), ORIENTATION)
def test_the_seller_is_the_goods_maker_or_the_party_upstream(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize("text", TRAPS)
def test_no_deal_where_the_clause_trades_nothing_between_named_parties(text: str) -> None:
    assert deals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Micron ships HBM4 to AMD.", ["actual"]),
        ("Samsung is in talks with Nvidia to supply HBM4.", ["considering"]),
        ("Oracle plans to buy MI450 accelerators from AMD.", ["planned"]),
    ],
)
def test_the_deal_takes_the_clauses_modality(text: str, expected: list[str]) -> None:
    assert modalities(text) == expected


def test_the_reader_adds_nothing_where_a_tuned_rule_gave_the_deal() -> None:
    rows = [
        r
        for r in sorted_rows("Micron ships HBM4 to AMD.", "en", PUBLISHED)
        if r[1] == "supply_deal"
    ]
    assert [(r[0], r[3]) for r in rows] == [("amd", "micron")]


def test_a_deal_in_a_relative_clause_keeps_its_orientation_beside_a_purchase() -> None:
    text = (
        "SK hynix, which now also ships HBM3E to AMD, has been buying bonders mostly from its "
        "own affiliate and from Japanese vendors, not from Hanmi."
    )
    rows = [r for r in sorted_rows(text, "en", PUBLISHED) if r[1] == "supply_deal"]
    assert [(r[0], r[3]) for r in rows] == [("amd", "sk-hynix")]


def test_the_reader_reads_no_korean() -> None:
    doc = Document(
        document_id="t",
        text="마이크론은 AMD에 HBM4를 공급한다.",
        published=PUBLISHED,
        language="ko",
    )
    sentences = _EXTRACTOR.sentences(doc, "ko", date(2026, 3, 10))
    assert [c for s in sentences for c in trade_clause_rule(s, RuleState())] == []
