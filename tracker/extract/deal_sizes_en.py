"""English deal sizes told in the sentence after the deal: "Supermicro has been selected by
Crusoe to deliver rack-scale systems. The order covers 240 GB200 NVL72 racks, …, for a total
of 17,280 GPUs."

The sentence that opens on "the order" (deal, contract, agreement, purchase) and says what it
covers names the product and its count but neither party: they are the two companies of the
sentence before. The count is a count of chips (never racks or servers, never a figure
another rule took: "each with 72 GPUs"), and the product the chip or system named. Who sells
is read from what the two are: the product's maker, else the server maker, else the one that
is more of a cloud (common.cloud_sells and is_cloud_company); two of one rank name no seller,
so no claim, and nor does a chipmaker buying another's chips (rivals named together). With
more or fewer than two companies before, or a company named in the sentence itself, nothing
is read here.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _COMPANY,
    SERVER_MAKERS,
    _quantity,
    cloud_sells,
    is_cloud_company,
)
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system")
_SIZED = re.compile(
    r"^(?:the|this|that)\s(?:(?:new|initial|first|latest|whole|entire|combined|full)\s)?"
    r"(?:order|deal|contract|agreement|purchase|award)\s(?:alone\s)?"
    r"(?P<verb>covers|covered|includes|included|comprises|is\sfor|was\sfor|calls\sfor"
    r"|involves|spans)\b",
    re.I,
)
# a count of machines, not chips: "240 GB200 NVL72 racks"
_MACHINES_AFTER = re.compile(
    r"^(?:\s?[\w-]+){0,3}?\s(?:racks?|servers?|systems?|nodes?|boards?|trays?|pods?|cabinets?)\b"
)


def deal_size_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: the count of a deal told in the sentence before, with its product."""
    if s.language != "en" or s.table is not None:
        return []
    sized = _SIZED.match(s.text)
    if sized is None or s.of_kind(_COMPANY):
        return []
    products = s.of_kind(_PRODUCTS)
    parties = _parties_before(s)
    if not products or parties is None:
        return []
    product = products[0].entity
    roles = _roles(s, parties, product.maker)
    if roles is None or roles[0] in s.vocabulary.cue_list("anaphora_roles", "chip maker"):
        return []  # "Nvidia and AMD compete. The order covers …": rivals, no buyer of chips
    counts = [
        i
        for i, q in enumerate(s.quantities)
        if i not in state.used
        and q.unit in ("count", "")
        and (s.chip_near(q) is not None or s.generic_count(q))
        and _MACHINES_AFTER.match(s.text[q.end :]) is None
    ]
    if not counts:
        return []
    trig = sized.start("verb")
    valid = point_at(s.published)
    modality = s.modality(trig, valid, s.clause_of(trig))
    if modality is None or modality == "forecast":
        return []
    state.used.add(counts[-1])
    buyer, seller = roles
    value = _quantity(s.quantities[counts[-1]], "count")
    qualifiers = {"product": product.id}
    return [Candidate(buyer, "supply_deal", modality, valid, trig, qualifiers, seller, value)]


def _parties_before(s: Sentence) -> tuple[str, str] | None:
    """The two companies the sentence just before names, if it names exactly two."""
    named = list(dict.fromkeys(e.id for e, i, _ in s.focus.salience.history if i == s.index - 1))
    return (named[0], named[1]) if len(named) == 2 else None


def _roles(s: Sentence, parties: tuple[str, str], maker: str | None) -> tuple[str, str] | None:
    """(buyer, seller) of the two parties: the product's maker, a server maker or the one
    that is more of a cloud sells."""
    a, b = parties
    for sells in (
        lambda x: x == maker,
        lambda x: x in SERVER_MAKERS,
        lambda x: is_cloud_company(s, x),
    ):
        if sells(a) != sells(b):
            return (b, a) if sells(a) else (a, b)
    if cloud_sells(s, a, b):
        return b, a
    if cloud_sells(s, b, a):
        return a, b
    return None
