"""English rental contracts whose use no rule read: the customer adopts what it rents.

"Mistral AI has agreed to take half of the capacity under a five-year contract to rent the
GB300s" (after a sentence on Fluidstack's campus): the supply rule finds the deal from the
cloud the text is about, but the adoption rule, finding no provider named in the clause,
reads no use. GUIDE (settled cases): a cloud contract to rent a named product is a
supply_deal from the cloud and an adopts, mode cloud, via the provider. A deal from a
company that is no cloud, or a clause with no contract to rent, is left as it is.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, is_cloud_company

# "a contract to rent", "an agreement to lease", "a deal to rent"
_CONTRACT_TO_RENT = re.compile(r"\b(?:contract|agreement|deal|lease)s?\sto\s(?:rent|lease|use)\b")


def rental_uses(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the cloud use each rental contract's deal implies, when none was read."""
    if s.language != "en" or "to " not in s.lowered:
        return found
    rent = _CONTRACT_TO_RENT.search(s.lowered)
    if rent is None:
        return found
    used = {(c.subject, c.object) for c in found if c.predicate == "adopts"}
    extra: list[Candidate] = []
    for c in found:
        product = c.qualifiers.get("product")
        if (
            c.predicate != "supply_deal"
            or product is None
            or c.object is None
            or c.modality == "forecast"
            or (c.subject, product) in used
            or not is_cloud_company(s, c.object)
            or s.clause_of(c.anchor) != s.clause_of(rent.start())
        ):
            continue
        used.add((c.subject, product))
        mode = {"mode": "cloud", "via": c.object}
        extra.append(Candidate(c.subject, "adopts", c.modality, c.valid, c.anchor, mode, product))
    return found + extra
