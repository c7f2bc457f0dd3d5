"""A supply deal told as a letter of intent is announced, not made (GUIDE, settled in
session 19's audit: "A letter of intent to supply (LOI, 의향서), however a lead words it, is
an `announced` supply_deal at publication").

"Acme signed a letter of intent to supply HBM4E to Orbis", "A사와 B사가 HBM4E 공급에 관한
의향서(LOI)를 맺었다": the supply rules read the deal and the signing as done (`actual`); the
deal itself is only declared. A general cooperation memorandum gives no deal at all, which
the supply rules already say (trial_pacts, trade_checks_ko).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate

# a letter of intent, in either language: "letter of intent", "LOI", "의향서", "구매의향서"
_INTENT = re.compile(r"\bletters?\sof\sintent\b|\bLOIs?\b|의향서")


def letters_of_intent(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The sentence's supply deals, announced where their clause is a letter of intent."""
    if _INTENT.search(s.text) is None:
        return found
    return [replace(c, modality="announced") if _intended(s, c) else c for c in found]


def _intended(s: Sentence, c: Candidate) -> bool:
    if c.predicate != "supply_deal" or c.modality not in ("actual", "planned"):
        return False
    clause = s.clause_of(c.anchor)
    return _INTENT.search(s.text, clause.start, clause.end) is not None
