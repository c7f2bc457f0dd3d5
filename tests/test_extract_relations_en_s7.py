"""English relation predicates (supply_deal, investment, adopts, integrates, trains_on) said
every way the press says them: a paraphrase matrix of one fact per family (active, passive,
nominalised, headline style, quoted and reported speech, relative clause, apposition, list
item), each with the exact claims expected (roles, objects and modality), and a trap matrix
(the same words, no claim). Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")
FROM_2027 = ("open", "2027-01-01", "None")
FROM_H2 = ("open", "2026-07-01", "None")

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED, tier)


def deal(
    customer: str,
    supplier: str,
    product: str,
    modality: str = "actual",
    count: tuple[Any, ...] | None = None,
    valid: tuple[str, str, str] = TODAY,
) -> Row:
    return (customer, "supply_deal", (("product", product),), supplier, count, modality, valid)


def invests(
    investor: str,
    target: str,
    amount: float,
    modality: str = "actual",
    bound: str = "exact",
    approx: bool = False,
) -> Row:
    value = (amount, amount, "USD", approx, bound)
    return (investor, "investment", (("target", target),), None, value, modality, TODAY)


def adopts(
    who: str,
    product: str,
    modality: str = "actual",
    mode: str | None = None,
    via: str | None = None,
    valid: tuple[str, str, str] = TODAY,
) -> Row:
    qualifiers = tuple(sorted({"mode": mode, "via": via}.items()))
    qualifiers = tuple((k, v) for k, v in qualifiers if v is not None)
    return (who, "adopts", qualifiers, product, None, modality, valid)


UP_TO_1M = (1e6, 1e6, "count", False, "at-most")
TPU_DEAL = deal("anthropic", "google", "google-tpu", count=UP_TO_1M)

# -- one TPU deal, said every way: Anthropic buys, Google supplies ------------------------------

TPU_DEALS = [
    ("Anthropic has signed a deal with Google for up to one million TPUs.", [TPU_DEAL]),
    ("Google has agreed to supply Anthropic with up to one million TPUs.", [TPU_DEAL]),
    ("Google agreed to provide up to 1 million TPUs to Anthropic.", [TPU_DEAL]),
    ("Anthropic orders up to 1 million TPUs from Google, doubling its compute.", [TPU_DEAL]),
    ("Google won an order from Anthropic for up to one million TPUs.", [TPU_DEAL]),
    ("Google landed a contract to supply up to one million TPUs to Anthropic.", [TPU_DEAL]),
    ("Anthropic secured up to one million TPUs from Google in a deal signed Monday.", [TPU_DEAL]),
    ("Anthropic has bought up to one million TPUs from Google under a new contract.", [TPU_DEAL]),
    ("Up to one million TPUs have been ordered from Google by Anthropic.", [TPU_DEAL]),
    (
        "Anthropic said it had struck an agreement with Google covering up to one million TPUs.",
        [TPU_DEAL],
    ),
    (
        '"We have signed for up to a million TPUs with Google," Anthropic\'s finance chief said.',
        [TPU_DEAL],
    ),
    # access given by a deal is a rental: the deal and the cloud use (GUIDE, session 15;
    # session 18: the giver read from the deal when none is named before the verb)
    (
        "The pact gives Anthropic access to as many as 1 million Google TPUs.",
        [TPU_DEAL, adopts("anthropic", "google-tpu", mode="cloud", via="google")],
    ),
    (
        "Anthropic, which signed a deal with Google last month for up to one million TPUs, "
        "is hiring engineers in Zurich.",
        [TPU_DEAL],
    ),
    # a supply told as a term of the agreement in place is the deal made: actual (GUIDE:
    # an agreed supply deal is actual; session 8)
    (
        "Under the agreement, Google will supply up to one million TPUs to Anthropic.",
        [deal("anthropic", "google", "google-tpu", "actual", UP_TO_1M)],
    ),
    (
        "Anthropic is in talks with Google to buy up to one million TPUs.",
        [deal("anthropic", "google", "google-tpu", "considering", UP_TO_1M)],
    ),
    (
        "Anthropic is considering an order for up to one million TPUs from Google.",
        [deal("anthropic", "google", "google-tpu", "considering", UP_TO_1M)],
    ),
    (
        "Google is nearing a deal to supply up to one million TPUs to Anthropic, people "
        "familiar with the matter said.",
        [deal("anthropic", "google", "google-tpu", "considering", UP_TO_1M)],
    ),
    (
        "Anthropic and Google are negotiating a deal for up to one million TPUs.",
        [deal("anthropic", "google", "google-tpu", "considering", UP_TO_1M)],
    ),
    (
        "Anthropic plans to buy up to one million TPUs from Google.",
        [deal("anthropic", "google", "google-tpu", "planned", UP_TO_1M)],
    ),
    (
        "Anthropic is expected to sign a deal for up to one million TPUs from Google, "
        "analysts said.",
        [deal("anthropic", "google", "google-tpu", "forecast", UP_TO_1M)],
    ),
]


# -- the seller's verb with the goods between it and the buyer ----------------------------------
# "ships 500,000 H200 chips to Microsoft", "will sell Anthropic up to 1M TPUs", "delivered
# 16,000 B200 GPUs to Lambda": a figure's thousands separator is no clause boundary, and
# "sell"/"deliver" in any form are the seller's verbs as "sells"/"ships" already were

H200_DEAL = (500000.0, 500000.0, "count", False, "exact")
SELLERS = [
    (
        "Nvidia ships 500,000 H200 chips to Microsoft.",
        [deal("microsoft", "nvidia", "h200", count=H200_DEAL)],
    ),
    (
        "Nvidia delivered 500,000 H200 chips to Microsoft.",
        [deal("microsoft", "nvidia", "h200", count=H200_DEAL)],
    ),
    (
        "Nvidia is selling 500,000 H200 chips to Microsoft.",
        [deal("microsoft", "nvidia", "h200", count=H200_DEAL)],
    ),
    (
        "Nvidia will sell 500,000 H200 chips to Microsoft.",
        [deal("microsoft", "nvidia", "h200", "planned", H200_DEAL)],
    ),
    (
        "Supermicro delivered 16,000 B200 GPUs to Lambda Labs.",
        [deal("lambda", "supermicro", "b200", count=(16000.0, 16000.0, "count", False, "exact"))],
    ),
    (
        "Huawei is in talks to sell Ascend 910C chips to ByteDance.",
        [deal("bytedance", "huawei", "ascend-910c", "considering")],
    ),
    (
        "Nvidia will sell Microsoft 500,000 H200 chips.",
        [deal("microsoft", "nvidia", "h200", "planned", H200_DEAL)],
    ),
    ("Google agreed to sell Anthropic up to 1 million TPUs.", [TPU_DEAL]),
    (
        "Google will sell Anthropic up to one million TPUs, the companies said on Tuesday.",
        [deal("anthropic", "google", "google-tpu", "announced", UP_TO_1M)],
    ),
]

# -- a rental told from the provider's side is the customer's adoption, whatever contract word
# the sentence also has ("leases GB300 capacity to OpenAI under a five-year contract")

LESSORS = [
    (
        "CoreWeave leases GB300 capacity to OpenAI under a five-year contract.",
        [adopts("openai", "gb300", mode="cloud", via="coreweave")],
    ),
    (
        "CoreWeave signed a contract to rent out GB200 capacity to Microsoft.",
        [adopts("microsoft", "gb200", mode="cloud", via="coreweave")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TPU_DEALS + SELLERS + LESSORS)
def test_a_chip_deal_has_its_customer_supplier_count_and_modality(
    text: str, expected: list[Row]
) -> None:
    assert sorted(expected) == claims(text)


# -- memory supply with no count: the maker supplies, the chip maker buys -----------------------

HBM4 = "hbm4"
MEMORY_DEALS = [
    ("SK hynix supplies HBM4 to Nvidia.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("Nvidia buys its HBM4 from SK hynix.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("Nvidia sources most of its HBM4 from SK hynix.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("SK hynix is Nvidia's main HBM4 supplier.", [deal("nvidia", "sk-hynix", HBM4)]),
    (
        "SK hynix, Nvidia's largest HBM4 supplier, reported record profit.",
        [deal("nvidia", "sk-hynix", HBM4)],
    ),
    ("HBM4 for Nvidia's Rubin is supplied by SK hynix.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("SK hynix has begun shipping HBM4 to Nvidia.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("Samsung won an HBM4 order from Nvidia.", [deal("nvidia", "samsung", HBM4)]),
    ("Nvidia placed an HBM4 order with Samsung.", [deal("nvidia", "samsung", HBM4)]),
    ("Micron landed a contract to supply HBM4 for AMD's MI450.", [deal("amd", "micron", HBM4)]),
    ("AMD tapped Micron to supply HBM4 for the MI450.", [deal("amd", "micron", HBM4)]),
    ("AMD picked Micron as an HBM4 supplier for the MI450.", [deal("amd", "micron", HBM4)]),
    (
        # (a start with no plan word: announced since session 15, GUIDE)
        "SK hynix will start supplying HBM4 to Nvidia from the second half.",
        [deal("nvidia", "sk-hynix", HBM4, "announced", valid=FROM_H2)],
    ),
    (
        "Samsung plans to supply HBM4 to Nvidia from the second half.",
        [deal("nvidia", "samsung", HBM4, "planned", valid=FROM_H2)],
    ),
    (
        "Samsung is in talks to supply HBM4 to Nvidia.",
        [deal("nvidia", "samsung", HBM4, "considering")],
    ),
    (
        "Samsung is expected to supply HBM4 to Nvidia, analysts said.",
        [deal("nvidia", "samsung", HBM4, "forecast")],
    ),
    (
        "Nvidia is considering Samsung as a second HBM4 supplier.",
        [deal("nvidia", "samsung", HBM4, "considering")],
    ),
]


# -- the buyer's side said without a deal word ---------------------------------------------------
# "is purchasing … from Nvidia" (the progressive, not only "purchase"), "has lined up … from",
# a plural role with its member ("one of Nvidia's largest GB300 customers", "Among Nvidia's
# GB300 customers is Microsoft"; a plural role alone names no one), and a chip maker turning
# to a memory maker ("tapped SK hynix for HBM4", "relies on Samsung for the HBM3E in …"; chips
# got from a cloud that way are a rental, the adoption rule's)

GB300_100K = (100000.0, 100000.0, "count", False, "exact")
BUYERS = [
    (
        "Microsoft is purchasing up to 100,000 GB300 GPUs from Nvidia, according to the filing.",
        [
            deal(
                "microsoft",
                "nvidia",
                "gb300",
                count=(100000.0, 100000.0, "count", False, "at-most"),
            )
        ],
    ),
    (
        "OpenAI has lined up 100,000 GB300 GPUs from Nvidia.",
        [deal("openai", "nvidia", "gb300", count=GB300_100K)],
    ),
    (
        "Microsoft is one of Nvidia's largest GB300 customers.",
        [deal("microsoft", "nvidia", "gb300")],
    ),
    ("Among Nvidia's GB300 customers is Microsoft.", [deal("microsoft", "nvidia", "gb300")]),
    (
        "Microsoft, one of Nvidia's largest GB300 customers, declined to comment.",
        [deal("microsoft", "nvidia", "gb300")],
    ),
    ("SK hynix is one of Nvidia's HBM4 suppliers.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("Nvidia tapped SK hynix for HBM4.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("Nvidia is relying on SK hynix for most of its HBM4.", [deal("nvidia", "sk-hynix", HBM4)]),
    (
        "AMD relies on Samsung for the HBM3E in its MI350 chips.",
        [deal("amd", "samsung", "hbm3e")],
    ),
    (
        "Anthropic relies on AWS for Trainium2 capacity.",
        [adopts("anthropic", "trainium2", mode="cloud", via="aws")],
    ),
    ("TSMC's CoWoS customers, like Nvidia, are waiting.", []),
]


# -- roles said, when neither party is the product's maker --------------------------------------
# "Quanta is Microsoft's main GB300 rack supplier" and "Supermicro has won an order for GB300
# racks from xAI" gave the roles reversed (the first company named was taken for the buyer),
# "Foxconn builds GB300 racks for Microsoft" nothing, and "TSMC manufactures Trainium3 for
# AWS" AWS as the seller (the maker sells, by default): the possessor of a supplier is the
# buyer, of a customer the seller; whoever an order is won from, or a product made for, buys

MADE_FOR = [
    ("Quanta is Microsoft's main GB300 rack supplier.", [deal("microsoft", "quanta", "gb300")]),
    ("Supermicro has won an order for GB300 racks from xAI.", [deal("xai", "supermicro", "gb300")]),
    (
        "Foxconn builds GB300 racks for Microsoft and Amazon.",
        [deal("microsoft", "foxconn", "gb300"), deal("amazon", "foxconn", "gb300")],
    ),
    ("TSMC manufactures Trainium3 for AWS.", [deal("aws", "tsmc", "trainium3")]),
    (
        "Broadcom makes Google's TPUs and OpenAI's custom accelerator.",
        [deal("google", "broadcom", "google-tpu")],
    ),
    ("Nvidia builds Rubin for inference at scale.", []),
    # had from a seller named after "from"; rival sellers of one product are no deal
    ("Nvidia gets its HBM4 from SK hynix.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("HBM4 for Rubin comes mostly from SK hynix.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("Microsoft gets GB300 racks from Quanta.", [deal("microsoft", "quanta", "gb300")]),
    ("Samsung lost out to SK hynix on Nvidia's HBM4 orders.", []),
    # a role one company gives another ("counts Nvidia as its biggest HBM4 customer")
    ("SK hynix counts Nvidia as its biggest HBM4 customer.", [deal("nvidia", "sk-hynix", HBM4)]),
    ("Samsung added AMD as an HBM3E customer.", [deal("amd", "samsung", "hbm3e")]),
    (
        "Foxconn has signed up Microsoft as a GB300 rack customer.",
        [deal("microsoft", "foxconn", "gb300")],
    ),
    ("Nvidia counts Microsoft as its largest customer.", []),
    # memory of no named generation for a chip: the chip is no product traded
    ("Micron is the sole HBM supplier for Nvidia's GB300.", []),
    # "mass production of HBM4 for Nvidia", as "in mass production for" already was
    ("Samsung has begun mass production of HBM4 for Nvidia.", [deal("nvidia", "samsung", HBM4)]),
    ("Micron announced that it has begun mass production of HBM4.", []),
    # a site built for a user is no sale; its count is the site's fleet
    (
        "Project Rainier, the cluster AWS built for Anthropic, now runs about 500,000 "
        "Trainium2 chips.",
        [
            (
                "project-rainier",
                "deployed_chips",
                (("chip", "trainium2"),),
                None,
                (500000.0, 500000.0, "count", True, "exact"),
                "actual",
                TODAY,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMORY_DEALS + BUYERS + MADE_FOR)
def test_a_memory_deal_names_the_chip_maker_as_customer(text: str, expected: list[Row]) -> None:
    assert sorted(expected) == claims(text)


# -- one investment, said every way: Amazon invests in Anthropic ---------------------------------

EIGHT = invests("amazon", "anthropic", 8e9)
INVESTMENTS = [
    ("Amazon has invested $8 billion in Anthropic.", [EIGHT]),
    ("Anthropic has raised $8 billion from Amazon.", [EIGHT]),
    ("Anthropic received $8 billion from Amazon.", [EIGHT]),
    ("Anthropic has taken $8 billion in investment from Amazon.", [EIGHT]),
    ("Amazon's $8 billion investment in Anthropic has started to pay off.", [EIGHT]),
    ("Amazon, which has poured $8 billion into Anthropic, reports on Thursday.", [EIGHT]),
    ("Anthropic, in which Amazon has invested $8 billion, is hiring.", [EIGHT]),
    ("Anthropic, backed by $8 billion from Amazon, is hiring.", [EIGHT]),
    ("Amazon has committed $8 billion to Anthropic.", [EIGHT]),
    ("Amazon has reportedly invested $8 billion in Anthropic.", [EIGHT]),
    ("Amazon doubled its investment in Anthropic to $8 billion.", [EIGHT]),
    (
        "Anthropic's largest backer, Amazon, has put $8 billion into the startup.",
        [EIGHT],
    ),
    (
        "Amazon will invest $8 billion in Anthropic, the companies said.",
        [invests("amazon", "anthropic", 8e9, "announced")],
    ),
    (
        "Amazon agreed to invest up to $8 billion in Anthropic.",
        [invests("amazon", "anthropic", 8e9, "announced", "at-most")],
    ),
    (
        "Amazon plans to invest $8 billion in Anthropic.",
        [invests("amazon", "anthropic", 8e9, "planned")],
    ),
    (
        "Amazon is in talks to invest $8 billion in Anthropic.",
        [invests("amazon", "anthropic", 8e9, "considering")],
    ),
    (
        "Amazon is weighing an $8 billion investment in Anthropic, sources say.",
        [invests("amazon", "anthropic", 8e9, "considering")],
    ),
    (
        "Amazon is considering an investment of $8 billion in Anthropic.",
        [invests("amazon", "anthropic", 8e9, "considering")],
    ),
    (
        "Anthropic is in talks to raise $8 billion from Amazon.",
        [invests("amazon", "anthropic", 8e9, "considering")],
    ),
    (
        "Anthropic plans to raise $8 billion from Amazon.",
        [invests("amazon", "anthropic", 8e9, "planned")],
    ),
]


# -- who invests when the raiser is the subject or a possessor comes first --------------------
# "has taken $8 billion in investment from Amazon", "is in talks to raise $8 billion from
# Amazon": the source after "from" invests in the raiser (raise/take in any form);
# "Anthropic's largest backer, Amazon, has put …": the possessor only describes the name in
# apposition, which is the subject. "agreed to invest" is the investor's word on money to
# come: announced, as "will invest …, the companies said" (the gold's usage)

RAISERS = [
    (
        "OpenAI's biggest shareholder, Microsoft, has invested about $13 billion in the company.",
        [invests("microsoft", "openai", 13e9, approx=True)],
    ),
    ("OpenAI has taken $13 billion from Microsoft.", [invests("microsoft", "openai", 13e9)]),
    ("Nvidia took a $5 billion stake in Intel.", [invests("nvidia", "intel", 5e9)]),
    (
        "SoftBank has agreed to invest $30 billion in OpenAI, the companies said.",
        [invests("softbank", "openai", 30e9, "announced")],
    ),
    (
        "Amazon agreed last year to invest up to $4 billion in Anthropic.",
        [invests("amazon", "anthropic", 4e9, "announced", "at-most")],
    ),
]


# -- an investor named after its amount, or in a backer's role with it --------------------------
# "After investing $8 billion in Anthropic, Amazon …" (a fronted participle: the subject after
# the comma), "The $8 billion Amazon has invested in Anthropic …" (an amount heading a
# relative clause), "Amazon is Anthropic's largest investor, with $8 billion committed" (a
# backer's role with its amount), "pledged", "contributed": these gave nothing

BACKERS = [
    ("After investing $8 billion in Anthropic, Amazon is its largest shareholder.", [EIGHT]),
    ("Having invested $8 billion in Anthropic, Amazon now wants a board seat.", [EIGHT]),
    (
        "The $8 billion Amazon has invested in Anthropic has made it the startup's largest "
        "shareholder.",
        [EIGHT],
    ),
    ("Amazon is Anthropic's largest investor, with $8 billion committed.", [EIGHT]),
    (
        "Microsoft, OpenAI's biggest backer with about $13 billion invested, reported earnings "
        "on Tuesday.",
        [invests("microsoft", "openai", 13e9, approx=True)],
    ),
    (
        # a pledge is announced (lead's ruling, session 8; GUIDE settled cases)
        "Nvidia has pledged up to $100 billion for OpenAI.",
        [invests("nvidia", "openai", 100e9, "announced", bound="at-most")],
    ),
    (
        "SoftBank contributed $30 billion to OpenAI's latest round.",
        [invests("softbank", "openai", 30e9)],
    ),
    # each amount raised from the source named right after it
    (
        "Anthropic has raised $8 billion from Amazon and $3 billion from Google.",
        [EIGHT, invests("google", "anthropic", 3e9)],
    ),
    (
        "Anthropic, with $8 billion from Amazon and $3 billion from Google, is among the "
        "best-funded labs.",
        [EIGHT, invests("google", "anthropic", 3e9)],
    ),
    ("Microsoft, with $80 billion in capex, leads the pack.", []),
    # each amount its possessor's, and a possessor of an amount no target
    (
        "Amazon's $8 billion and Google's $3 billion make them Anthropic's largest backers.",
        [EIGHT, invests("google", "anthropic", 3e9)],
    ),
    # a backer's role with an amount that is no money put in; parts of a total
    ("Amazon is Anthropic's largest investor, with $8 billion in annual revenue.", []),
    ("Of the $13 billion Microsoft has committed to OpenAI, about $11 billion has been paid.", []),
]


@pytest.mark.parametrize(("text", "expected"), INVESTMENTS + RAISERS + BACKERS)
def test_an_investment_has_its_investor_target_amount_and_modality(
    text: str, expected: list[Row]
) -> None:
    assert sorted(expected) == claims(text)


# -- one adoption, said every way: Meta uses Google's TPUs ------------------------------------

RAINIER = ("anthropic", "trains_on", (), "project-rainier", None)
RENTS = adopts("meta", "google-tpu", mode="cloud", via="google")
ADOPTIONS = [
    ("Meta rents TPUs from Google Cloud.", [RENTS]),
    ("Meta uses Google's TPUs through Google Cloud.", [RENTS]),
    ("Meta has started running workloads on TPUs in Google Cloud.", [RENTS]),
    ("Meta, which rents TPUs from Google Cloud, declined to comment.", [RENTS]),
    ("Meta said it had begun using TPUs rented from Google Cloud.", [RENTS]),
    ("TPUs rented from Google Cloud now serve some of Meta's ranking models.", [RENTS]),
    ("Google Cloud rents TPUs to Meta.", [RENTS]),
    ("Google Cloud is renting TPU capacity to Meta for inference.", [RENTS]),
    ("Meta has turned to Google's TPUs for some inference work.", [adopts("meta", "google-tpu")]),
    (
        "Meta is testing TPUs on Google Cloud.",
        [adopts("meta", "google-tpu", "considering", "cloud", "google")],
    ),
    (
        "Meta is in talks to rent TPUs from Google Cloud.",
        [adopts("meta", "google-tpu", "considering", "cloud", "google")],
    ),
    (
        "Meta plans to rent TPUs from Google Cloud starting next year.",
        [adopts("meta", "google-tpu", "planned", "cloud", "google", FROM_2027)],
    ),
    (
        "Meta is weighing whether to put TPUs in its own data centers from 2027.",
        [adopts("meta", "google-tpu", "considering", "on-prem", valid=FROM_2027)],
    ),
    (
        "Meta is exploring the use of TPUs in its own data centers from 2027.",
        [adopts("meta", "google-tpu", "considering", "on-prem", valid=FROM_2027)],
    ),
    (
        "CoreWeave rents GB200 capacity to Microsoft.",
        [adopts("microsoft", "gb200", mode="cloud", via="coreweave")],
    ),
    (
        "CoreWeave leases GB300 capacity to OpenAI under a five-year contract.",
        [adopts("openai", "gb300", mode="cloud", via="coreweave")],
    ),
]


# -- use in the past tense and training on chips ---------------------------------------------
# "Apple used Nvidia H100 chips to train its models", "trains its foundation models on Google
# TPUs": "used" and "train(s) its/their … on" are verbs of use (GUIDE: training on chips is an
# adoption; trains_on needs a cluster). A habit given up ("Meta used to rely on H100s") and
# training on a site the chips only describe ("on Project Rainier, a cluster of Trainium2
# chips": trains_on) adopt nothing.

USED = [
    (
        "Apple used Nvidia H100 chips to train its foundation models.",
        [adopts("apple", "h100")],
    ),
    ("Apple trains its foundation models on Google TPUs.", [adopts("apple", "google-tpu")]),
    ("Meta used Google's TPUs to train Llama.", [adopts("meta", "google-tpu")]),
    (
        "Anthropic trains its Claude models on Trainium2 chips in AWS data centers.",
        [adopts("anthropic", "trainium2", mode="cloud", via="aws")],
    ),
    (
        "Anthropic will train its next Claude models on Project Rainier, a cluster of "
        "Trainium2 chips.",
        [(*RAINIER, "planned", TODAY)],
    ),
    ("Meta used to rely on Nvidia H100 chips alone.", []),
    ("Meta once used to rent TPUs from Google Cloud.", []),
]


# -- an agreement to use is an adoption, announced --------------------------------------------
# "Anthropic has agreed to use Trainium chips through AWS" gave a supply deal (the deal word
# "agreed") and an actual adoption; the gold reads an agreement to use as the customer's
# announced adoption and no deal. A count keeps the deal ("agreed to use up to one million
# TPUs under a deal with Google"); renting under a contract is the adoption alone.

AGREED = [
    (
        "Anthropic has agreed to use Trainium chips through AWS.",
        [adopts("anthropic", "trainium", "announced", "cloud", "aws")],
    ),
    (
        "Meta agreed to rent more GB300 capacity from CoreWeave under a new contract.",
        # a rental under a contract is a deal too (GUIDE session 15, dev en-c19)
        [
            deal("meta", "coreweave", "gb300"),
            adopts("meta", "gb300", mode="cloud", via="coreweave"),
        ],
    ),
    (
        "Anthropic has agreed to use up to one million TPUs under a deal with Google.",
        [deal("anthropic", "google", "google-tpu", "announced", UP_TO_1M)],
    ),
]


# -- which product, and whose cloud ------------------------------------------------------------
# "xAI switched from H100s to GB200s" adopted the H100s (the first chip after the subject):
# the product a change leaves or passes over ("switched from", "instead of", "rather than")
# is not the one adopted. "Oracle will offer MI450 chips in its cloud" gave nothing: a cloud
# offering a chip in its cloud, regions or instances puts it in its own data centers
# (adopts, on-prem; the gold reads "We will offer Vera Rubin in our own regions" so); a
# seller's offer ("Dell offers GB300 servers") stays no adoption, and "in our cloud" said of
# another company ("Apple trained its models on TPUs in our cloud") is that company's cloud.

OBJECTS = [
    ("xAI switched from H100s to GB200s for its newest cluster.", [adopts("xai", "gb200")]),
    ("Apple picked TPUs rather than H100s for pretraining.", [adopts("apple", "google-tpu")]),
    (
        "Anthropic is migrating workloads off H100s onto Trainium2 chips.",
        [adopts("anthropic", "trainium2")],
    ),
    (
        "Oracle will offer AMD MI450 chips in its cloud from next year, the company announced.",
        [adopts("oracle", "mi450", "announced", "on-prem", valid=FROM_2027)],
    ),
    (
        "Oracle offers Nvidia H200 instances in its cloud.",
        [adopts("oracle", "h200", mode="on-prem")],
    ),
    ("Dell offers GB300 servers in three configurations.", []),
]


def test_our_cloud_said_of_another_company_is_no_own_data_center() -> None:
    text = "Apple trained its foundation models on TPUs in our cloud, a Google executive said."
    modes = {dict(r[2]).get("mode") for r in claims(text) if r[1] == "adopts"}
    assert modes == {"cloud"}


# -- the product as the subject, the user as the owner of what it serves ------------------------
# "TPUs rented from Google Cloud now serve some of Meta's ranking models", "AMD MI300X chips
# now run part of Microsoft's Copilot inference": only "power/drive/fuel" were read, with no
# quantifier between, and a provider named after "from" in one word; the provider is the way in.

SERVED = [
    (
        "AMD MI300X chips now run part of Microsoft's Copilot inference.",
        [adopts("microsoft", "mi300x")],
    ),
    (
        "Trainium2 chips power Anthropic's models through AWS.",
        [adopts("anthropic", "trainium2", mode="cloud", via="aws")],
    ),
    (
        "Google's TPUs now power some of Anthropic's Claude models.",
        [adopts("anthropic", "google-tpu")],
    ),
    ("Trainium2 powers AWS's Bedrock.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADOPTIONS + USED + AGREED + OBJECTS + SERVED)
def test_an_adoption_has_its_user_product_provider_and_modality(
    text: str, expected: list[Row]
) -> None:
    assert sorted(expected) == claims(text)


# -- integrations and training -----------------------------------------------------------------

NVLINK = ("trainium4", "integrates", (), "nvlink-fusion", None)
OTHER_RELATIONS = [
    ("Trainium4 will integrate NVLink Fusion.", [(*NVLINK, "announced", TODAY)]),
    ("AWS said Trainium4 will support NVLink Fusion.", [(*NVLINK, "announced", TODAY)]),
    ("NVLink Fusion will be built into Trainium4.", [(*NVLINK, "announced", TODAY)]),
    ("Trainium4, which will use NVLink Fusion, is due next year.", [(*NVLINK, "announced", TODAY)]),
    ("Anthropic trains Claude on Project Rainier.", [(*RAINIER, "actual", TODAY)]),
    ("Claude is trained on Project Rainier.", [(*RAINIER, "actual", TODAY)]),
    ("Project Rainier, where Anthropic trains its models, is in Indiana.", None),
    (
        "Anthropic plans to train its next models on Project Rainier.",
        [(*RAINIER, "planned", TODAY)],
    ),
]


# -- who trains: the company whose own verb it is ---------------------------------------------
# "…, where OpenAI already trains its models in buildings run by Oracle" gave Oracle (the
# cluster's owner, OpenAI, was set aside for another company named), and "OpenAI is training
# on it today" / "has been training on Stargate" nothing (an owner training on its own
# cluster needed a model named): the company right before the training verb, with only
# auxiliaries between, trains, whoever owns the site.

STARGATE = ("openai", "trains_on", (), "stargate", None, "actual", TODAY)
TRAINERS = [
    ("OpenAI has been training on Stargate since the summer.", [STARGATE]),
    (
        "Stargate runs in buildings near Abilene where OpenAI already trains its models in "
        "halls run by Oracle.",
        [STARGATE],
    ),
    ("Oracle said OpenAI trains its models at Stargate.", [STARGATE]),
]


# -- a packaging process integrated, and a third party's word about it -------------------------
# "Rubin Ultra will adopt SoIC stacking" gave nothing: SoIC and CoWoS are processes, and the
# integration rule read only technologies. "Sources said …", "Talk among packaging houses is
# that …" make it their forecast, not the maker's announcement.

SOIC = ("rubin-ultra", "integrates", (), "soic", None)
PROCESSES = [
    ("Rubin Ultra will adopt SoIC stacking.", [(*SOIC, "announced", TODAY)]),
    (
        "Nvidia said Rubin Ultra will be built on CoWoS-L.",
        [("rubin-ultra", "integrates", (), "cowos", None, "announced", TODAY)],
    ),
    (
        "Some of the sources also said Nvidia's Rubin Ultra will adopt TSMC's SoIC stacking.",
        [(*SOIC, "forecast", TODAY)],
    ),
    (
        "Talk among packaging houses is that Rubin Ultra will be the first GPU to use SoIC.",
        [(*SOIC, "forecast", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROCESSES)
def test_a_packaging_process_is_integrated_and_a_third_party_forecasts_it(
    text: str, expected: list[Row]
) -> None:
    assert expected == [r for r in claims(text) if r[1] == "integrates"]


@pytest.mark.parametrize(("text", "expected"), TRAINERS)
def test_the_trainer_is_the_subject_of_the_training_verb(text: str, expected: list[Row]) -> None:
    assert expected == [r for r in claims(text) if r[1] == "trains_on"]


@pytest.mark.parametrize(("text", "expected"), OTHER_RELATIONS)
def test_integrations_and_training_keep_their_direction(
    text: str, expected: list[Row] | None
) -> None:
    found = claims(text)
    if expected is None:  # a sentence with other claims too: the relation is among them
        assert (*RAINIER, "actual", TODAY) in found
    else:
        assert sorted(expected) == found


# -- traps: the same words, no relation claimed ------------------------------------------------

TRAPS = [
    "Google denied that it had agreed to supply TPUs to Meta.",
    "Anthropic has not signed a deal with Google for more TPUs.",
    "Meta does not rent TPUs from Google Cloud.",
    "Amazon said it would not invest more in Anthropic.",
    "Analysts asked whether Amazon would invest more in Anthropic.",
    "Amazon's stake in Anthropic is now valued at about $60 billion.",
    "Meta rejected a proposal to rent TPUs from Google Cloud.",
    "Meta broke off talks to rent TPUs from Google Cloud.",
    "Meta declined to rent TPUs from Google Cloud.",
    "Meta ended its talks to rent TPUs from Google Cloud.",
    "If Meta rents TPUs from Google Cloud, Nvidia could lose share.",
    "Samsung has yet to supply HBM4 to Nvidia.",
    "Samsung failed Nvidia's HBM4 qualification test.",
    "SK hynix shares rose after Nvidia praised its HBM4.",
    "Nvidia's chief executive said the Google deal with Anthropic posed no threat.",
    "Anthropic's valuation rose to $183 billion after the round.",
    # a seller's verb with no buyer named: the company named is a party to something else
    "Rebellions turned away an offer from Samsung and kept selling its Rebel-Quad chip alone.",
    "Amazon-backed Anthropic raised $13 billion in a round led by other investors.",
]


# -- a party's silence denies nothing; talks ended deny the talk ------------------------------
# "…, declined to comment" is press boilerplate: its "declined" made the whole sentence a
# denial, so an aside's claim ("Microsoft, OpenAI's biggest backer with about $13 billion
# invested, declined to comment") was lost. "ended its talks", "broke off talks",
# "terminated" end what was weighed (traps above).


def test_declining_to_comment_denies_nothing_the_sentence_states() -> None:
    text = (
        "Microsoft, OpenAI's biggest backer with about $13 billion invested, declined to comment."
    )
    assert [invests("microsoft", "openai", 13e9, approx=True)] == claims(text)


def test_no_response_to_a_request_for_comment_denies_nothing() -> None:
    text = "Meta, which runs 600,000 H100s, did not respond to requests for comment."
    assert [(r[0], r[4][0]) for r in claims(text)] == [("meta", 600000.0)]


# -- a closing status in parentheses governs the statement ---------------------------------
# "Meta: renting TPUs from Google Cloud (talks ongoing)" was an actual: the parenthesis is an
# aside the statement's cues never saw. A status of words only at the sentence's end now
# governs it as a cue would; a figure or a name in the parenthesis is no status.

STATUSES = [
    (
        "Meta is renting TPUs from Google Cloud (in talks).",
        [adopts("meta", "google-tpu", "considering", "cloud", "google")],
    ),
    (
        "Meta: renting TPUs from Google Cloud (talks ongoing).",
        [adopts("meta", "google-tpu", "considering", "cloud", "google")],
    ),
    (
        "Samsung supplies HBM4 to Nvidia (expected).",
        [deal("nvidia", "samsung", HBM4, "forecast")],
    ),
    ("Samsung supplies HBM4 to Nvidia (confirmed).", [deal("nvidia", "samsung", HBM4)]),
    (
        "Samsung supplies HBM4 to Nvidia (for the Rubin platform).",
        [deal("nvidia", "samsung", HBM4)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATUSES)
def test_a_closing_status_governs_the_statement(text: str, expected: list[Row]) -> None:
    assert expected == claims(text)


def test_talks_with_nothing_signed_are_the_rental_weighed_and_no_deal() -> None:
    text = (
        "And Meta is reportedly in early talks to rent TPUs through Google Cloud - nothing "
        "signed, and both sides declined to comment."
    )
    assert [adopts("meta", "google-tpu", "considering", "cloud", "google")] == claims(text)


def test_talks_to_get_memory_into_a_chip_with_nothing_signed_are_a_deal_weighed() -> None:
    text = "Micron is in talks to get HBM4 into AMD's MI450 - nothing signed yet, two people say."
    assert [deal("amd", "micron", HBM4, "considering")] == claims(text)


def test_a_deal_not_yet_signed_leaves_the_supply_talks() -> None:
    text = "Nvidia and Samsung are discussing HBM4 supply, though no deal has been signed yet."
    assert [deal("nvidia", "samsung", HBM4, "considering")] == claims(text)


@pytest.mark.parametrize("text", TRAPS)
def test_a_trap_claims_no_relation(text: str) -> None:
    relations = {"supply_deal", "investment", "adopts", "integrates", "trains_on"}
    assert [r for r in claims(text) if r[1] in relations] == []
