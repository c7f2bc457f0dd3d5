"""The integration rule: a product integrates a technology ("the X9 accelerator will use
HBM4"), the product being the head of a Korean apposition or each product of a Korean
list, and the modality an announcement unless the product already ships."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _PRODUCT_KINDS,
    Candidate,
    RuleState,
    _announced,
)
from tracker.extract.claimrules.product_carried_ko import carried_product, listed_with
from tracker.extract.claimrules.used_verbs import told_by_others
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.timex import point_at


def integrates_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A product integrating a technology (announced integrations are the usual case)."""
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("integrates", clause)
        if trig is None:
            continue
        products = [m for m in s.of_kind(_PRODUCT_KINDS, clause) if not s.is_compared(m)]
        if not products and s.is_item and s.language == "ko":
            # "- 베라 루빈 NVL72 랙 한 대당 GPU: 72개, 6세대 NV링크로 연결": a Korean item's
            # later statement goes on about the product its first one names
            products = [
                m for m in s.of_kind(_PRODUCT_KINDS, Span(0, clause.start)) if not s.is_compared(m)
            ][:1]
        # "MI450을 … 생산하며, 패키징에는 CoWoS-L을 쓴다": the product an earlier clause or
        # sentence named
        products = products or carried_product(s, clause, trig)
        # a packaging process is a technology a chip is built with ("Rubin Ultra will adopt
        # SoIC stacking", "will be built on CoWoS-L"), when the chip is what the clause is
        # about ("Nvidia uses CoWoS-L for Blackwell": a company's use, no integration)
        techs = [
            m
            for m in s.of_kind(("technology", "process"), clause)
            if m.kind == "technology" or any(p.start < trig for p in products)
        ]
        if not products or not techs:
            continue
        product = _head_of_apposition(s, products)
        if _site_uses(s, clause, trig, product):
            continue  # "Colossus, the 100,000-H100 cluster, uses Spectrum-X": the site's fabric
        # "블랙웰·루빈 세대 GPU가 모두 CoWoS-L을 쓴다": each product of a Korean list
        for head in (product, *listed_with(s, product, trig)):
            out.extend(_integration(s, clause, trig, head, techs))
    return out


def _integration(
    s: Sentence, clause: Span, trig: int, product: Mention, techs: list[Mention]
) -> list[Candidate]:
    valid = point_at(s.published)
    modality = _announced(s.modality(trig, valid, clause), s, product.id)
    modality = told_by_others(s, clause, trig, modality)  # "sources said … will adopt"
    if modality == "actual" and not _SHIPPING.search(s.text) and _not_out(s, product.id):
        # news of a product integrating a technology is nearly always its maker's
        # announcement ("트레이니움4는 MGX 랙 구조도 채택한다", "루빈에 NV링크를 적용해")
        modality = "announced"
    if modality is None:
        return []
    return [
        Candidate(product.id, "integrates", modality, valid, trig, object=tech)
        for tech in dict.fromkeys(m.id for m in techs if m.id != product.id)
    ]


def _not_out(s: Sentence, product: str) -> bool:
    """Whether the product is not on the market as the sentence tells it: the document does
    not say it ships, or the sentence itself says it is still to come ("The NVL144 rack, due
    in the second half, joins 144 GPUs with NVLink", though the GPU is "in full production"
    elsewhere: the rack that integrates the link is not out)."""
    if s.cues.availability(s.text, s.language, False) == "upcoming":
        return True
    if product in s.shipping:
        return False
    return not _shipped_before(s, product) or _TOLD_AS_NEWS.search(s.text) is not None


# a maker telling of an integration as news ("…에 6세대 NV링크를 적용한다고 밝혔다", "unveiled
# …"): an announcement, even for a product already on the market
_TOLD_AS_NEWS = re.compile(
    r"밝혔|발표|공개했|공개한|내놨|선보|\b(?:announc\w*|unveil\w*|introduc\w*|said\sit\swill)\b",
    re.I,
)


def _shipped_before(s: Sentence, product: str) -> bool:
    """Whether the vocabulary has the product shipping before the publication month (a
    packaging or a link of a product on the market is its make-up, not news: the dev gold
    reads 15 of 15 such integrations as actual)."""
    entity = s.vocabulary.entity(product) if s.vocabulary is not None else None
    if entity is None or entity.available is None or product in s.upcoming:
        return False
    return entity.available < f"{s.published.year:04d}-{s.published.month:02d}"


def _site_uses(s: Sentence, clause: Span, trig: int, product: Mention) -> bool:
    """Whether a cluster or facility named before the product is what uses the technology
    (a site's network is its owner's adoption, not an integration into the chips it holds)."""
    sites = s.of_kind(("cluster", "facility"), clause)
    return any(
        m.start < product.start
        and m.end <= trig
        and not _SITES_OWN.fullmatch(s.text, m.end, product.start)  # "Rainier's Trainium3"
        and not _AT_SITE.search(s.text, max(0, m.start - 24), m.start)  # "Inside Colossus 2,"
        for m in sites
    )


_SITES_OWN = re.compile(r"['’]s\s|의\s?")
# A site named only as the place ("Inside Colossus 2, each GB300 NVL72 rack uses NVLink",
# "At Fairwater, …") is no subject of the verb: the product's integration stands (review
# 12 F5).
_AT_SITE = re.compile(
    r"\b(?:in|inside|at|within|across|for)\s(?:the\s|its\s|their\s)?(?:new\s)?$", re.I
)


# "트레이니움3 다음 세대인 트레이니움4", "H100의 후속작인 H200": the first name only
# describes the second, which the statement is about
_DESCRIBES_NEXT = re.compile(r"\s?(?:의\s)?(?:[^\s,.()]+\s){0,2}[^\s,.()]*인\s")


def _head_of_apposition(s: Sentence, products: list[Mention]) -> Mention:
    """The first product, unless a Korean '…인' phrase makes it a description of the next."""
    first = products[0]
    if s.language == "ko" and len(products) > 1:
        nxt = products[1]
        if nxt.kind == first.kind and _DESCRIBES_NEXT.fullmatch(s.text, first.end, nxt.start):
            return nxt
    return first


_SHIPPING = re.compile(
    r"\balready\b|\bnow shipping\b|\bshipping now\b|\bin production\b|이미|출시된|출하 중|판매 중",
    re.I,
)
