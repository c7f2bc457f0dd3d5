"""The product a supply deal is for, among those its clause names: not a chip the goods go
into ("get HBM4 into Nvidia's Rubin", "루빈 플랫폼용 HBM4"), not a product rented out to a
customer (a rental, the lessor rule's), and, when every product named is a destination and
the goods a common noun ("ship the memory to AMD for its MI450", "the sole HBM supplier for
Nvidia's GB300"), the goods named earlier in the sentence, or none."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.bound_for import goes_into_ko
from tracker.extract.entities import Mention
from tracker.extract.rentals import rented_out
from tracker.extract.text import Span

# goods named by a common noun or a pronoun ("ship the memory", "shipping 12-high stacks",
# "deliver samples to AMD"), before the chip they are for
# ("the sole HBM supplier for Nvidia's GB300": memory of no named generation, for a chip)
_GOODS = re.compile(
    r"\b(?:the\s)?(?:memory|stacks?|samples?|modules?|dies|them|HBM|suppliers?)\b"
    # "it" as the subject of the deal's verb is no goods: "Microsoft said it has signed a
    # contract with CoreWeave for GB300 capacity"
    r"|\bit\b(?!\s(?:has|had|is|was|will|would|could|can|may|also|now|just|already"
    r"|signed|agreed|inked|struck|reached|plans|planned|expects|intends)\b)",
    re.I,
)


def traded(s: Sentence, products: list[Mention], region: Span, anchor: int) -> Mention | None:
    """The product a deal is for: the one nearest the anchor that is not where the goods
    go ("get HBM4 into Nvidia's Rubin"). When every product is such a destination and the
    goods are a common noun ("began mass production of HBM4 and would ship the memory to
    AMD for its MI450"), the goods named earlier in the sentence, or none."""
    traded = [
        m
        for m in products
        if not DESTINATION.search(s.lowered[max(0, m.start - 16) : m.start])
        and not goes_into_ko(s, m)  # "루빈 플랫폼용", "루빈에 들어갈 HBM4"
    ]
    if not traded and (
        _shipped_elsewhere(s, products, region) or all(goes_into_ko(s, m) for m in products)
    ):
        earlier = list(s.of_kind(("memory", "technology"), Span(0, region.start)))
        return earlier[-1] if earlier else None
    found = min(traded or products, key=lambda m: abs(m.start - anchor))
    if s.language == "en" and rented_out(s.lowered, found.start, found.end):
        return None  # "leases GB300 capacity to OpenAI under a contract": a rental (lessors)
    return found


def _shipped_elsewhere(s: Sentence, products: list[Mention], region: Span) -> bool:
    """Every product of the clause is a chip the goods go into, and the goods are a
    common noun or a pronoun."""
    if s.language != "en" or any(m.kind not in ("chip", "system") for m in products):
        return False
    return bool(_GOODS.search(s.text, region.start, min(m.start for m in products)))


DESTINATION = re.compile(r"\b(?:into|in|for|inside|on)\s(?:[\w'’]+\s){0,2}$", re.I)
