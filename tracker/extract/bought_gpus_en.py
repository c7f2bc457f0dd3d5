"""A company buying a count of GPUs that names no chip, from a maker named as their brand or
as the seller (session 18).

"Samsung is buying up to 50,000 Nvidia GPUs", "Acme and Beta have each ordered 20,000
accelerators from AMD", "Naver is purchasing 60,000 under its agreement with Nvidia": a
purchase is a deal of goods (GUIDE: a deal that names no product is still a
``supply_deal``, with no product qualifier and the count), not a fleet the buyer already
runs. The dev gold records every counted purchase as a supply deal and none as a
deployment. A count that names its chip is the supply rule's; a purchase with no seller
named gives nothing here.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    Candidate,
    RuleState,
    _anchors,
    _quantity,
    counts_after_verb,
)
from tracker.extract.coordination import list_before
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span

_COMPANY = ("company",)
# the purchase verb right before the count: "is buying", "bought", "has ordered", "are each
# purchasing up to", "placed orders for"
_BUYS = re.compile(
    r"\b(?:buys?|bought|buying|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)|placed\s(?:an\s)?orders?"
    r"\sfor|signed\sfor)\s(?:(?:another|an\sadditional|a\sfurther|a\stotal\sof)\s)?"
    r"(?:(?:about|around|roughly|some|nearly|approximately|an\sestimated)\s)?$"
)
# the seller: the brand of the counted goods ("50,000 Nvidia GPUs"), or named after them
# ("… GPUs from AMD", "60,000 under its own agreement with Nvidia")
_GOODS = r"(?:gpus?|accelerators?|chips?|graphics\sprocessors)"
_BRAND = re.compile(r"\s")
_SELLER_AFTER = re.compile(
    rf"(?:\s(?:more\s|additional\s|new\s)?{_GOODS})?(?:\s(?:for\s[\w\s'’-]{{0,40}}?))?"
    r"\s(?:from|under\s(?:its|their|an?|the)\s(?:own\s)?(?:[\w-]+\s){0,2}"
    r"(?:agreement|deal|contract|order)s?\swith)\s",
)
_BRAND_GOODS = re.compile(rf"\s{_GOODS}\b", re.I)
# buyers listed as one subject share a count only with "each"
_JOINED = re.compile(r"^(?:,\s|\sand\s|,\sand\s)$")
_EACH = re.compile(r"\beach\b")


def bought_gpus_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A purchase of unnamed GPUs from a named maker: a supply deal with the count."""
    if s.language != "en" or not s.quantities:
        return []
    out: list[Candidate] = []
    for i, q, clause, verb in counts_after_verb(s, state, _BUYS):
        seller = _seller(s, q, clause)
        if seller is None:
            continue
        buyers = _buyers(s, Span(clause.start, verb.start()))
        buyers = [b for b in buyers if b.id != seller.id]
        valid = s.valid_for(q.start, _anchors(s))
        modality = s.modality(verb.start(), valid, clause)
        if not buyers or modality is None:
            continue
        state.used.add(i)
        out.extend(
            Candidate(
                b.id, "supply_deal", modality, valid, q.start, {}, seller.id, _quantity(q, "count")
            )
            for b in buyers
        )
    return out


def _seller(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """The maker of the counted goods: their brand, or the company they come from."""
    # "under its own agreement with Nvidia": the buyer referred back is no seller
    companies = [m for m in s.of_kind(_COMPANY, Span(q.end, clause.end)) if not m.anaphoric]
    if not companies:
        return None
    first = companies[0]
    gap = s.text[q.end : first.start]
    if _BRAND.fullmatch(gap) and _BRAND_GOODS.match(s.text, first.end) and s.generic_count(q):
        return first  # "50,000 Nvidia GPUs"
    if _SELLER_AFTER.fullmatch(gap) and (s.generic_count(q) or not _BRAND_GOODS.match(gap)):
        return first  # "20,000 GPUs from AMD", "60,000 under its agreement with Nvidia"
    return None


def _buyers(s: Sentence, span: Span) -> list[Mention]:
    """The subject before the purchase verb: the nearest company, with those listed
    before it when the verb says each buys the count ("A and B are each buying")."""
    before = s.of_kind(_COMPANY, span)
    if not before:
        return []
    if not _EACH.search(s.text, before[-1].end, span.end):
        return [before[-1]]
    listed = list_before(s.text, before[:-1], before[-1].start, _joined)
    return [*listed, before[-1]]


def _joined(gap: str, _begun: bool) -> bool:
    return _JOINED.match(gap) is not None
