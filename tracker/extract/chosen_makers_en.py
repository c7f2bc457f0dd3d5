"""English supply deals told as a customer's choice of a maker: "Nvidia has selected Amkor
to package and test Blackwell GPUs", "Meta has chosen Quanta to assemble its GB300 racks",
"Microsoft picked Foxconn to build GB300 NVL72 racks for Fairwater".

GUIDE (session 16): a customer's choice of a maker told as done is a deal made, a
`supply_deal` `actual` at publication, the chooser the customer and the one chosen the
supplier, the product the chip, system or process the work is on (none when none is named).
No deal word is said, so the supply rule read the chosen maker as the buyer of the
chooser's chip, or nothing. A choice not made ("is expected to pick", "may choose", "will
select"), a choice in the passive ("was selected by", another rule's) and a chosen company
with no work of making or supplying to do ("picked Goldman Sachs to advise it") give nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _COMPANY, _same_family
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system", "process", "memory")
# between the chooser and the one chosen: the verb of choosing, told as done
_CHOSE = re.compile(
    r"\s(?:(?:has|have|had)\s)?(?:(?:also|now|already|officially|formally)\s)?"
    r"(?:selected|chosen|chose|picked|tapped|enlisted|hired|appointed)\s$"
)
# after the one chosen: the work it is chosen for
_TO_MAKE = re.compile(
    r"^(?:\s(?:as\s(?:its|their|a|an|the)\s(?:[\w-]+\s){0,3}?(?:partner|supplier|vendor"
    r"|maker|manufacturer|assembler|foundry))?)?,?\sto\s(?:(?:both|also|help)\s)?"
    r"(?:package|test|assemble|build|make|manufacture|fabricate|produce|supply|deliver"
    r"|provide|integrate|ship)\b"
)
_SELLS = re.compile(r"\bto\s(?:(?:both|also|help)\s)?(?:supply|deliver|provide|ship)\b")
# words that leave the choice undone when they precede the verb in the clause
_UNDONE = re.compile(
    r"\b(?:will|would|could|may|might|should|expected|likely|considering|weighing|plans?"
    r"|planning|set|poised|about|reportedly\sclose|not|never|n['’]t)\b"
)


def chosen_maker_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a maker chosen by a customer to make or supply its goods (English)."""
    if s.language != "en" or s.table is not None:
        return []
    companies = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    out: list[Candidate] = []
    for chooser, chosen in pairwise(companies):
        chose = _CHOSE.fullmatch(s.lowered, chooser.end, chosen.start)
        if chose is None or chooser.id == chosen.id:
            continue
        work = _TO_MAKE.match(s.lowered[chosen.end :])
        clause = s.clause_of(chooser.start)
        if work is None or _UNDONE.search(s.lowered, clause.start, chooser.start + chose.end()):
            continue
        if _same_family(s, chooser.id, chosen.id):
            continue
        start = chosen.end + work.end()
        # a maker chosen to make another's goods trades the work, not its own products; one
        # chosen to supply them sells its own ("chosen FuriosaAI to supply RNGD cards")
        sells = _SELLS.search(s.lowered, chosen.end, start) is not None
        products = [
            p
            for p in s.of_kind(_PRODUCTS, Span(start, s.clause_of(start).end))
            if not s.is_compared(p) and (sells or p.entity.maker != chosen.id)
        ]
        qualifiers = {"product": products[0].id} if products else {}
        state.deal_clauses.add(clause.start)
        state.deal_clauses.add(s.clause_of(start).start)
        out.append(
            Candidate(
                chooser.id,
                "supply_deal",
                "actual",
                point_at(s.published),
                chosen.start,
                qualifiers,
                chosen.id,
            )
        )
    return out
