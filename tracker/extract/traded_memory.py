"""Memory deals in an older HBM generation name no product (Korean and English).

"HBM3는 SK하이닉스에서 받고요", "엔비디아에 HBM3를 공급해 왔다", "SK hynix supplies the bulk of
Nvidia's HBM3 for the H100": the supply_deal's products are
the vocabulary's chips, systems, processes and the HBM generations the GUIDE lists as
products (HBM3E, HBM4, HBM4E); an older generation is traded as memory of no named product,
as a bare "HBM" is (GUIDE: "SK hynix supplies the bulk of Nvidia's HBM": no product). The
dev gold records every HBM3 deal so (none with a product).
"""

from __future__ import annotations

from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

# memory the vocabulary knows (for memory_capacity's qualifier) but no deal trades by name
_UNNAMED_MEMORY = frozenset({"hbm3"})


def untraded_memory(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with an older HBM generation dropped as a deal's product."""
    if not any(
        c.predicate == "supply_deal" and c.qualifiers.get("product") in _UNNAMED_MEMORY
        for c in found
    ):
        return found
    out: list[Candidate] = []
    for c in found:
        if c.predicate == "supply_deal" and c.qualifiers.get("product") in _UNNAMED_MEMORY:
            qualifiers = {k: v for k, v in c.qualifiers.items() if k != "product"}
            c = replace(c, qualifiers=qualifiers)  # noqa: PLW2901
        if not any(_same_deal(c, o) for o in out):
            out.append(c)
    return out


def _same_deal(a: Candidate, b: Candidate) -> bool:
    return (
        a.predicate == b.predicate == "supply_deal"
        and (a.subject, a.object, a.qualifiers) == (b.subject, b.object, b.qualifiers)
        and a.value == b.value
    )
