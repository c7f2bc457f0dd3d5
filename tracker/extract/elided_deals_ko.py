"""A Korean deal's parties left unsaid in the next clause: "삼성전자는 엔비디아에 HBM3E 12단
제품을 공급하고 있으며, 차세대 HBM4 공급을 위한 협의를 이어가고 있다", "SK하이닉스는 AMD에
HBM3E를 납품하고 있고, 내년부터는 HBM4도 공급할 계획이다". Korean drops the subject and the
recipient the clause before already named, so the second deal had no parties and gave
nothing. A later clause with a deal word and a product but no company of its own continues
the sentence's last deal: the same customer and supplier, for its own product, with its own
time and modality (the supplier must sell the product).
"""

from __future__ import annotations

from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

_PRODUCTS = ("chip", "memory", "system")


def elided_deals(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The deals of later clauses that name a product and no party (Korean only)."""
    deals = [c for c in found if c.predicate == "supply_deal"]
    if s.language != "ko" or not deals or len(s.clauses) < 2:
        return found
    out = list(found)
    taken = {(c.subject, c.object, c.qualifiers.get("product")) for c in deals}
    for clause in s.clauses:
        last = [c for c in deals if c.anchor < clause.start]
        if not last or s.of_kind(("company",), clause):
            continue
        trig = s.trigger_pos("supply_deal", clause)
        products = s.of_kind(_PRODUCTS, clause)
        if trig is None or not products:
            continue
        before = last[-1]
        product = products[0].entity
        if before.object not in {product.maker, *product.suppliers} and product.maker:
            continue  # "…, HBM은 SK하이닉스가 …": not a product its supplier sells
        key = (before.subject, before.object, product.id)
        if key in taken:
            continue
        valid = s.valid_for(trig, [q.start for q in s.quantities])
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        taken.add(key)
        out.append(
            replace(
                before,
                modality=modality,
                valid=valid,
                anchor=trig,
                qualifiers={"product": product.id},
                value=None,
            )
        )
    return out
