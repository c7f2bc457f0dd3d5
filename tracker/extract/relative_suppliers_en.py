"""English suppliers named in a relative clause whose goods are "its", the subject's
(session 18).

"Together AI says Dell, which supplies its B200 servers, shipped the racks late", "CoreWeave
said Supermicro, which builds its HGX B300 systems, …": the relative clause on the supplier
tells a supply to the company the sentence is about, its goods told as that company's
("its"). The supply rule took "its" for the supplier's own, so no buyer was read. The buyer
is the company named before the supplier (the subject of the sentence), the product the
chip or system named in the goods (GUIDE: a maker's sale of servers to a named customer is
a supply_deal from the maker).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, RuleState, _same_family
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_COMPANY = ("company",)
_PRODUCTS = ("chip", "system", "memory")
# ", which supplies its B200 servers,", ", which has built their GB300 racks,"
_WHICH_SUPPLIES = re.compile(
    r",\s(?:which|who)\s(?:(?:also|now|still|already)\s)?(?:has\s|have\s)?"
    r"(?:supplies|supplied|ships|shipped|provides|provided|builds|built|delivers|delivered"
    r"|assembles|assembled|makes|made)\s(?:its|their)\s(?!own\b)(?P<goods>[^,;.]{1,50}?)(?=,|;|\.|$)"
)


def relative_supplier_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A supplier named in a relative clause selling the subject's goods (English)."""
    if s.language != "en" or ", wh" not in s.text:
        return []
    out: list[Candidate] = []
    companies = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    for supplier in companies:
        hit = _WHICH_SUPPLIES.match(s.text, supplier.end)
        before = [m for m in companies if m.end <= supplier.start]
        if hit is None or not before or _same_family(s, before[-1].id, supplier.id):
            continue
        goods = Span(hit.start("goods"), hit.end("goods"))
        products = [p for p in s.of_kind(_PRODUCTS, goods) if not s.is_compared(p)]
        valid = point_at(s.published)
        modality = s.modality(hit.start(), valid, Span(hit.start(), hit.end()))
        if not products or modality is None:
            continue
        state.deal_clauses.add(s.clause_of(hit.start()).start)
        product = {"product": products[-1].id}
        buyer = before[-1].id
        out.append(
            Candidate(buyer, "supply_deal", modality, valid, hit.start(), product, supplier.id)
        )
    return out
