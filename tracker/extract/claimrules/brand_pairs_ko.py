"""Korean products listed each with its own maker's brand before the one a deal trades:
"브로드컴은 구글 TPU와 메타 MTIA를 설계해 공급하고 있다" reads the MTIA deal (the nearest
product to the verb); the TPU listed before it, behind its own brand, is Google's deal
with the same supplier (as "Broadcom, which builds Google's TPUs and Meta's MTIA" does in
English, coordination.owned_products)."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_PRODUCTS = ("chip", "system")
# between one pair and the next: "구글 TPU와 메타 MTIA", "구글 TPU, 메타 MTIA"
_JOIN = re.compile(r"(?:와|과|,|·|및)\s?|\s(?:및|그리고)\s")


def brand_pairs_before(s: Sentence, head: Mention, clause: Span) -> list[tuple[Mention, str]]:
    """(product, owner) of each product listed before ``head`` right behind its maker's
    brand, the list joined right up to the head's own brand."""
    brand = _brand_before(s, head)
    if brand is None:
        return []
    out: list[tuple[Mention, str]] = []
    edge = brand.start
    for p in reversed(s.of_kind(_PRODUCTS, Span(clause.start, edge))):
        if _JOIN.fullmatch(s.text, p.end, edge) is None:
            break
        owner = _brand_before(s, p)
        if owner is None:
            break
        out.append((p, owner.id))
        edge = owner.start
    return out


def _brand_before(s: Sentence, p: Mention) -> Mention | None:
    """The maker's name right before a product ("메타 MTIA"), if any."""
    return next(
        (
            m
            for m in s.of_kind(("company",))
            if 0 <= p.start - m.end <= 1 and m.id == p.entity.maker
        ),
        None,
    )
