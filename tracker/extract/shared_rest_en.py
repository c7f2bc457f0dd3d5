"""English companies that split what is left of a share just told (GUIDE, settled cases: a
company's share of a maker's output, and a supplier's share of a customer's needs).

    Broadcom remains the second-largest CoWoS customer; AMD and a long tail of start-ups
    share what is left.
    We estimate SK hynix will supply about 60% of Nvidia's HBM4, with Samsung and Micron
    splitting the rest.

The companies named before "share what is left" / "splitting the rest" stand where the
party of the deal just told stands: makers or sellers of the product in the seller's place
(Samsung and Micron sell Nvidia HBM4 too), others in the buyer's (AMD buys CoWoS from TSMC
too), with the deal's modality and time and no count (a share is a fraction).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.share_takers_en import asides_before

_SPLIT = re.compile(
    r"\b(?:shar(?:e|es|ing)|split(?:s|ting)?|divid(?:e|es|ing)(?:\sup)?)\s"
    r"(?:(?:most\sof\s|much\sof\s)?(?:what\s(?:is|['’]s|remains)\s(?:left|over)"
    r"|the\s(?:rest|remainder|balance)))\b",
    re.I,
)
# where the companies that split it are listed from: the clause after a semicolon, ", with"
_LIST_OPENS = re.compile(r";\s|,\swith\s|\bwith\s|,\swhile\s|\.\s", re.I)


def shared_rest(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The deals of the companies that split the rest of a share told before them."""
    if s.language != "en" or not ("rest" in s.lowered or "left" in s.lowered):
        return found
    split = _SPLIT.search(s.text)
    if split is None:
        return found
    deals = [c for c in found if c.predicate == "supply_deal" and c.anchor < split.start()]
    if not deals:
        return found
    deal = deals[-1]
    opens = [m.end() for m in _LIST_OPENS.finditer(s.text, deal.anchor, split.start())]
    if not opens:
        return found
    product = s.vocabulary.entity(deal.qualifiers.get("product", ""))
    sellers = {deal.object} | (
        {str(x) for x in (product.maker, *product.suppliers) if x} if product else set()
    )
    told = {(c.subject, c.object, c.qualifiers.get("product")) for c in found}
    out = list(found)
    asides = asides_before(s, split.start())  # "Broadcom, which builds Google's TPUs, and AMD"
    for m in s.of_kind(("company",)):
        if not opens[-1] <= m.start < split.start() or m.id in (deal.subject, deal.object):
            continue
        if any(a <= m.start < b for a, b in asides):
            continue
        new = (
            replace(deal, object=m.id, value=None)
            if m.id in sellers
            else replace(deal, subject=m.id, value=None)
        )
        if (new.subject, new.object, new.qualifiers.get("product")) not in told:
            out.append(new)
    return out


__all__ = ["shared_rest"]
