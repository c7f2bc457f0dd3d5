"""Korean recipients each paired with the goods of their own conjunct.

"삼성전자는 엔비디아에 HBM3E 12단을, AMD에는 HBM4를 공급한다" writes the verb once for two
conjuncts, each a recipient and the product it takes, the first closed by its object particle
and a comma. The supply rule found one deal, pairing the first recipient with the product
nearest the verb (Nvidia with HBM4); each recipient takes the product marked with its own
conjunct instead, a deal each, with the rest of the deal (supplier, time, modality) shared.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import DATIVE, Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.text import Span

_PRODUCTS = ("chip", "system", "memory")
_RECIPIENT = tuple(p for p in DATIVE if p != "에서")
# a product closing its conjunct: its variant ("12단", "36GB", "제품"), the object particle,
# then a comma before the next conjunct (the last one's verb follows)
_OBJECT = re.compile(r"(?:\s?\d{1,2}\s?단|\s?\d{2,3}\s?GB)?(?:\s?제품)?(?:을|를)(?P<comma>,)?\s")


def paired_recipients(s: Sentence, deal: Candidate, clause: Span) -> list[Candidate]:
    """``deal``, or one deal per recipient of a gapped list of "recipient에 product를,"
    conjuncts the deal's customer heads (Korean only)."""
    if s.language != "ko" or deal.value is not None:
        return [deal]
    recipients = [
        m
        for m in s.of_kind(("company",), clause)
        if not m.anaphoric and s.particle(m) in _RECIPIENT
    ]
    if len(recipients) < 2 or deal.subject not in {m.id for m in recipients}:
        return [deal]
    products = s.of_kind(_PRODUCTS, clause)
    out: list[Candidate] = []
    for i, r in enumerate(recipients):
        last = i == len(recipients) - 1
        end = clause.end if last else recipients[i + 1].start
        own = [
            (p, o)
            for p in products
            if r.end < p.start < end and (o := _OBJECT.match(s.text, p.end)) is not None
        ]
        if len(own) != 1 or r.id in (deal.object, *(c.subject for c in out)):
            return [deal]
        product, closing = own[0]
        if not last and closing.group("comma") is None:
            return [deal]  # "엔비디아에 HBM3E를 공급하고 AMD에는 …": a clause of its own
        out.append(
            replace(deal, subject=r.id, qualifiers={**deal.qualifiers, "product": product.id})
        )
    return out
