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
from tracker.extract.deal_carry import NextSentenceDeal, with_product
from tracker.extract.rules import Candidate

# the act begun: "deliveries (are slated to) begin", "will begin volume shipments",
# "shipments to AMD start", "start delivering"
_START = re.compile(
    r"\b(?:deliveries|shipments|supplies|supply|installations?)\b[^.;]{0,60}?"
    r"\b(?:begins?|start(?:s|ing)?|commences?|beginning|to\sbegin)\b"
    r"|\b(?:begin|start|commence)s?\s(?:(?:the|its|their|initial|first|volume|full)\s){0,2}"
    r"(?:deliveries|shipments|shipping|delivering|supplying)\b",
    re.IGNORECASE,
)


class DealStarts(NextSentenceDeal):
    """Remembers the deal told in the sentence before and reads the start of its deliveries."""

    language = "en"

    def remember(self, s: Sentence, deals: list[Candidate]) -> Candidate | None:
        made = [c for c in deals if c.modality == "actual" and c.object is not None]
        return made[-1] if made and made[-1].object != made[-1].subject else None

    def read(self, s: Sentence, deal: Candidate) -> list[Candidate]:
        start = _START.search(s.text)
        if start is None:
            return []
        valid = s.valid_for(start.start(), [])
        if valid.kind != "open" or valid.start is None or valid.start <= s.published:
            return []  # a start ahead only: "deliveries began in May" restates the deal
        modality = s.modality(start.start(), valid)
        if modality is None or modality == "actual":
            return []
        return [
            Candidate(
                deal.subject,
                "supply_deal",
                modality,
                valid,
                start.start(),
                with_product(s, deal),
                deal.object,
            )
        ]
