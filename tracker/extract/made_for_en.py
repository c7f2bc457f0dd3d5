"""English deals for a chip made for its own designer: the designer buys.

"Marvell remains in production on Trainium2 for Amazon Web Services", "Broadcom is in volume
production of the MTIA for Meta", "Alchip is manufacturing the Trainium3 for AWS": a design
house or maker producing a company's own chip for that company sells it to the company
(GUIDE: a foundry or packaging house making a company's chip is a supply_deal, customer the
chip's designer). The supply rule oriented such a deal by the chip's maker (the designer
sells its own chip) and made the producer the buyer. A producer named after "for" ("AWS
buys Trainium2 made for it by Marvell") or a designer not named after "for" is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate

# making or production of the goods, then "for" right before the designer's name
_PRODUCED_FOR = re.compile(
    r"\b(?:in\s(?:volume\s|full\s|mass\s|high-volume\s)?production|produc(?:es|ing)"
    r"|manufactur(?:es|ing)|fabricat(?:es|ing)|mak(?:es|ing)|build(?:s|ing)|assembl(?:es|ing))"
    r"\s(?:[^,;.]{0,60}?\s)?for\s(?:the\s)?$"
)


def made_for_designer(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Deals turned round so that the designer the goods are produced for is the buyer."""
    if s.language != "en" or " for " not in s.lowered:
        return found
    out: list[Candidate] = []
    for c in found:
        out.append(_turned(s, c) or c)
    return out


def _turned(s: Sentence, c: Candidate) -> Candidate | None:
    product = s.vocabulary.entities.get(c.qualifiers.get("product", ""))
    if c.predicate != "supply_deal" or product is None or c.object != product.maker:
        return None
    for m in s.mentions:
        if m.kind != "company" or m.id != c.object:
            continue
        made = _PRODUCED_FOR.search(s.lowered, max(0, m.start - 90), m.start)
        producers = [
            p
            for p in s.mentions
            if p.kind == "company" and p.id == c.subject and p.end <= (made.start() if made else 0)
        ]
        if made is not None and producers:
            return replace(c, subject=str(c.object), object=c.subject)
    return None
