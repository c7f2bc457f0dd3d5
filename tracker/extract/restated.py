"""A deal told twice in one story, once with its size and once without, is one claim.

"앤트로픽이 구글과 맺은 TPU 계약이 대표적이다. 계약서상 앤트로픽은 최대 100만 개의 TPU를 쓸 수
있지만 …" names the same deal twice; the second gives its size. The GUIDE records a number
restated in the same article as one claim and asks the extractor not to emit the duplicate
with fewer qualifiers: a supply deal with no count goes when the story gives the same deal
(the same customer, supplier, product and modality) with one.
"""

from __future__ import annotations

from tracker.domain.claims import Claim


def without_sizeless_twins(claims: list[Claim]) -> list[Claim]:
    """``claims`` less the supply deals of no size whose sized twin the story also gives."""
    sized = {_deal(c) for c in claims if c.predicate == "supply_deal" and c.value is not None}
    if not sized:
        return claims
    return [
        c
        for c in claims
        if not (c.predicate == "supply_deal" and c.value is None and _deal(c) in sized)
    ]


def _deal(c: Claim) -> tuple[str, str | None, tuple[tuple[str, str], ...], str]:
    return (c.subject, c.object, tuple(sorted(c.qualifiers.items())), c.modality)
