"""An English count that takes the fleet counted just before it to a new size ("1,024
REBEL-Quad cards have been installed, and KT plans to expand this to 4,000 cards", "runs
20,000 H200 GPUs and will grow that to 50,000 GPUs"): the later count is of the same chips,
though it names only their common noun."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch

# "expand this to", "grow that to about", "take the fleet to more than"
_BACK_TO = re.compile(
    r"\b(?:this|that|it|them|the\s(?:fleet|total|count|number|cluster|installation))\s"
    r"(?:further\s|again\s)?to\s(?:(?:about|around|roughly|some|over|more\sthan|at\sleast|"
    r"nearly|up\sto)\s)?$",
    re.IGNORECASE,
)


def same_fleet_en(s: Sentence, q: QuantityMatch, previous_anchor: int) -> bool:
    """Whether the English count at ``q`` resizes the fleet counted at ``previous_anchor``
    of the same sentence."""
    if s.language != "en" or previous_anchor >= q.start:
        return False
    return _BACK_TO.search(s.text, max(previous_anchor, q.start - 60), q.start) is not None
