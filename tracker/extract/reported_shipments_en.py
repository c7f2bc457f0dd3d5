"""English deliveries told through their goods first, the seller named only as the speaker
after them (session 18).

"Shipments of MI355X servers to Oracle have begun, Quanta said", "The first deliveries of
GB300 racks to CoreWeave went out in July, Dell confirmed": the sentence opens with the
goods and their buyer, and the company that ships them is named only by the reporting clause
at its end, which the deal rules read as a statement of its own (so the buyer had no seller).
The speaker sells: a supply_deal from it to the buyer, for the product named in the goods
(GUIDE: a server maker's sale to a named customer is a supply_deal from the maker; a
delivery's past month dates the event, the deal stays at publication; a start ahead is
its own time).
"""

from __future__ import annotations

import re

from tracker.domain.claims import ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, RuleState, _same_family
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_COMPANY = ("company",)
_PRODUCTS = ("chip", "system", "memory")
# the goods first, up to "to" and the buyer: "Shipments of MI355X servers to", "The first
# deliveries of GB300 racks to"
_FRONTED = re.compile(
    r"(?:the\s)?(?:first\s|initial\s|volume\s|further\s|high-volume\s)?"
    r"(?:shipments?|deliveries|delivery)\sof\s(?P<goods>[^,;]{1,80}?)\sto\s",
    re.I,
)
# the speaker after the statement: ", Quanta said", ", Dell confirmed on Tuesday."
_SPEAKER = re.compile(
    r",\s(?:(?:its\s)?(?:maker|supplier)\s)?$",
)
_SAID = re.compile(
    r"\s(?:said|says|confirmed|confirms|announced|announces|reported|reports|told)\b[^,;]{0,40}"
    r"[.!]?$"
)


def reported_shipment_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A delivery told goods first, its seller the speaker named after it (English)."""
    if s.language != "en" or s.table is not None:
        return []
    fronted = _FRONTED.match(s.text)
    if fronted is None:
        return []
    buyers = [m for m in s.of_kind(_COMPANY) if m.start == fronted.end() and not m.anaphoric]
    seller = _speaker(s)
    if not buyers or seller is None or _same_family(s, seller.id, buyers[0].id):
        return []
    goods = Span(fronted.start("goods"), fronted.end("goods"))
    products = [p for p in s.of_kind(_PRODUCTS, goods) if not s.is_compared(p)]
    clause = s.clause_of(buyers[0].start)
    valid = _valid(s, buyers[0].end, clause)
    modality = s.modality(buyers[0].end, valid, clause)
    if not products or modality is None:
        return []
    state.deal_clauses.add(clause.start)
    qualifiers = {"product": products[-1].id}
    buyer = buyers[0].id
    return [Candidate(buyer, "supply_deal", modality, valid, 0, qualifiers, seller.id)]


def _speaker(s: Sentence) -> Mention | None:
    """The company named by the reporting clause that ends the sentence."""
    for m in reversed(s.of_kind(_COMPANY)):
        if m.anaphoric:
            continue
        if _SPEAKER.search(s.text, max(0, m.start - 20), m.start) and _SAID.match(s.text, m.end):
            return m
        return None
    return None


def _valid(s: Sentence, anchor: int, clause: Span) -> ValidTime:
    """The deal at publication ("… went out in July": the event's month), or from a start
    ahead told as one ("… will begin in the third quarter")."""
    ahead = s.start_ahead(anchor)
    if ahead is not None and _FUTURE.search(s.text, anchor, clause.end):
        return ahead
    return point_at(s.published)


# a start told as ahead: "will begin", "are to start", "are scheduled to begin"
_FUTURE = re.compile(
    r"\b(?:will|(?:is|are)\sto|(?:is|are)\s(?:set|due|scheduled|slated|expected)\sto)\s"
)
