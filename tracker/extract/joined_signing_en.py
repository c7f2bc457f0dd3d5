"""English: a signing joined to an earlier clause about the maker's own product.

"FuriosaAI said it has started volume production of RNGD and has signed a supply agreement
with KT", "The company began shipping its Rebel-Quad and struck a purchase deal with SK
Telecom": the clause of the signing has lost its subject and its goods to the clause before
(the clause splitter cuts at "… RNGD and has signed"), so the supply rule, finding one
company and no product in it, read nothing. The maker that opens the sentence sells the
product of the clause before to the partner named after "with" (supply_deal: partner,
product, supplier = the maker). A subject that is not the product's maker (a buyer, a
reseller) or a partner that is the maker gives nothing.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.own_word import own_future_action
from tracker.extract.rules import Candidate, RuleState

_SIGNED = re.compile(
    r"\s*(?P<and>(?:,\s)?and\s)?(?:(?:has|have|had|also|since|just|now)\s){0,2}"
    r"(?P<verb>signed|struck|inked|reached|concluded|entered\sinto|won|secured|landed|clinched)"
    r"\s(?:a|an|its\sfirst|a\sfirst|a\snew|a\s[\w-]+)\s(?:(?:[\w-]+\s){0,2}?)"
    r"(?:supply|purchase|procurement|sales?|delivery)\s(?:agreement|contract|deal|order)\s"
    r"with\s$",
    re.IGNORECASE,
)
_AND_END = re.compile(r"\sand\s*$")
_PRODUCTS = ("chip", "system")


def joined_signing_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: the maker opening the sentence selling the product of an earlier clause
    to the partner of a signing joined after it (English only)."""
    if s.language != "en" or len(s.clauses) < 2 or " with " not in s.lowered:
        return []
    companies = [m for m in s.of_kind(("company",)) if not m.anaphoric]
    if not companies:
        return []
    maker = companies[0]
    out: list[Candidate] = []
    for k, clause in enumerate(s.clauses[1:], start=1):
        inside = [c for c in companies if clause.start <= c.start < clause.end]
        if len(inside) != 1 or clause.start in state.deal_clauses:
            continue
        partner = inside[0]
        signed = _SIGNED.match(s.text[clause.start : partner.start])
        before = s.clauses[k - 1]
        if signed is None or partner.id == maker.id:
            continue
        # the "and" joining the two clauses, on either side of the cut
        if (
            signed.group("and") is None
            and _AND_END.search(s.text, before.start, before.end) is None
        ):
            continue
        goods = [
            p
            for p in s.of_kind(_PRODUCTS, before)
            if p.entity.maker == maker.id and not s.is_compared(p)
        ]
        if not goods or s.of_kind(_PRODUCTS, clause):
            continue
        verb = clause.start + signed.start("verb")
        valid = s.valid_for(verb, [])
        modality = own_future_action(s, s.modality(verb, valid, clause), clause)
        if modality is None:
            continue
        qualifiers = {"product": goods[-1].id}
        out.append(
            Candidate(partner.id, "supply_deal", modality, valid, verb, qualifiers, maker.id)
        )
        state.deal_clauses.add(clause.start)
    return out
