"""A deal told in one sentence, carried to the sentence right after it.

Two readers go on from the deal just told: the start of its deliveries
(:mod:`tracker.extract.deal_starts_en`) and its size (:mod:`tracker.extract.deal_sizes_ko`).
Both remember the last fitting deal of a sentence, forget it when the next sentence does
not follow at once or yields a deal of its own, and give nothing when the next sentence
names a company outside the deal (it is about something else).
"""

from __future__ import annotations

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

DEAL_KINDS = ("chip", "memory", "system")
"""What a carried deal's product may be, as the next sentence names it."""


class NextSentenceDeal:
    """Remembers a sentence's deal (:meth:`remember`) and reads the next sentence as going
    on with it (:meth:`read`). One instance per document, fed every sentence in order."""

    language = ""
    """The language of the sentences :meth:`read` reads."""

    def __init__(self) -> None:
        self._last: tuple[int, Candidate] | None = None

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        deals = [c for c in found if c.predicate == "supply_deal"]
        last, self._last = self._last, None
        if deals:
            kept = self.remember(s, deals)
            if kept is not None:
                self._last = (s.index, kept)
            return []
        if s.language != self.language or last is None or s.index - last[0] != 1:
            return []
        deal = last[1]
        if deal.object is None:
            return []
        parties = {deal.subject, deal.object}
        if any(m.id not in parties for m in s.of_kind(("company",)) if not m.anaphoric):
            return []  # "… while Supermicro starts shipping to Lambda": another deal
        return self.read(s, deal)

    def remember(self, s: Sentence, deals: list[Candidate]) -> Candidate | None:
        """The deal of ``s`` the next sentence may go on with, if any."""
        raise NotImplementedError

    def read(self, s: Sentence, deal: Candidate) -> list[Candidate]:
        """What ``s``, right after ``deal`` and naming no other company, adds to it."""
        raise NotImplementedError


def with_product(s: Sentence, deal: Candidate) -> dict[str, str]:
    """The deal's qualifiers, with the product ``s`` names last, if it names one."""
    qualifiers = dict(deal.qualifiers)
    products = s.of_kind(DEAL_KINDS)
    if products:
        qualifiers["product"] = products[-1].id
    return qualifiers
