"""The start of a deal's deliveries, told in the sentence after the deal (GUIDE, session 16:
a deal and the start of its supplies).

"CoreWeave signed an agreement with Dell for GB300 NVL72 systems. Deliveries will begin in
the second quarter of next year." The second sentence names no product and often no party
("Deliveries", "the company will begin volume shipments to AMD"): it goes on with the deal
just told, and its start is a `supply_deal` of its own, open from the period's first day,
with the modality its wording gives (announced, planned with a plan word, the party's
forecast with an expectation). A sentence naming a company outside the deal is about
something else; one that already yields a deal needs no carry.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

_DEAL_KINDS = ("chip", "memory", "system")
# the act begun: "deliveries (are slated to) begin", "will begin volume shipments",
# "shipments to AMD start", "start delivering"
_START = re.compile(
    r"\b(?:deliveries|shipments|supplies|supply|installations?)\b[^.;]{0,60}?"
    r"\b(?:begins?|start(?:s|ing)?|commences?|beginning|to\sbegin)\b"
    r"|\b(?:begin|start|commence)s?\s(?:(?:the|its|their|initial|first|volume|full)\s){0,2}"
    r"(?:deliveries|shipments|shipping|delivering|supplying)\b",
    re.IGNORECASE,
)


class DealStarts:
    """Remembers the deal told in the sentence before and reads the start of its deliveries."""

    def __init__(self) -> None:
        self._last: tuple[int, Candidate] | None = None

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        deals = [c for c in found if c.predicate == "supply_deal"]
        last, self._last = self._last, None
        if deals:
            made = [c for c in deals if c.modality == "actual" and c.object is not None]
            if made and made[-1].object != made[-1].subject:
                self._last = (s.index, made[-1])
            return []
        if s.language != "en" or last is None or s.index - last[0] != 1:
            return []
        start = _START.search(s.text)
        deal = last[1]
        if start is None or deal.object is None:
            return []
        parties = {deal.subject, deal.object}
        if any(m.id not in parties for m in s.of_kind(("company",)) if not m.anaphoric):
            return []  # "… while Supermicro starts shipping to Lambda": another deal
        valid = s.valid_for(start.start(), [])
        if valid.kind != "open" or valid.start is None or valid.start <= s.published:
            return []  # a start ahead only: "deliveries began in May" restates the deal
        modality = s.modality(start.start(), valid)
        if modality is None or modality == "actual":
            return []
        products = s.of_kind(_DEAL_KINDS)
        qualifiers = dict(deal.qualifiers)
        if products:
            qualifiers["product"] = products[-1].id
        return [
            Candidate(
                deal.subject,
                "supply_deal",
                modality,
                valid,
                start.start(),
                qualifiers,
                deal.object,
            )
        ]
