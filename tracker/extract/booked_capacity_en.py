"""A customer named as the one who booked a share of a maker's capacity is not the owner
of a capacity figure the sentence goes on to give ("Google has reserved a third of that
output, and analysts see it climbing to 120,000 wafers a month"; "AMD locked up part of
the CoWoS capacity, which should reach 90,000 wpm next year"): the capacity is the
maker's, the one the process belongs to, read as if no company were named."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

# the customer's verb of taking a share of capacity, then the capacity or output itself
_BOOKED = re.compile(
    r"\s(?:has\s|have\s|had\s|already\s|reportedly\s)*"
    r"(?:booked|reserved|secured|locked\s(?:up|in)|taken|took|claimed|bought\sup|snapped\sup|grabbed"
    r"|pre-?booked|pre-?paid\sfor)\s"
    r"[^.;]{0,60}?\b(?:capacity|output|allocation|supply)\b",
    re.IGNORECASE,
)


def booked_by(s: Sentence, mention: Mention | None, pos: int, process: Entity | None) -> bool:
    """Whether ``mention``, the company before a capacity figure at ``pos``, is a customer
    who booked a share of the capacity the figure measures (never a maker of ``process``:
    "SK hynix has secured HBM4 capacity" is its own)."""
    if s.language != "en" or mention is None or mention.end > pos:
        return False
    if process is not None and mention.id in {process.maker, *process.suppliers}:
        return False
    booked = _BOOKED.match(s.text, mention.end)
    return booked is not None and booked.end() <= pos
