"""Counts of the machines themselves ("spread over 12 compute racks", "across 4 network
racks", "16 storage nodes"): a number right before a rack, server or node word counts those
machines, never the chips inside one of them."""

from __future__ import annotations

import re

# the noun right after the figure, one modifier at most ("12 compute racks"); not a rate
# ("72 GPUs per rack" reads on past the chips to "per")
_MACHINES_AFTER_EN = re.compile(
    r"\s(?!(?:per|a|an|each|every|one|in|of|to)\s)(?:[a-z][\w-]*\s)?"
    r"(?:racks?|servers?|nodes?|trays?|cabinets?|chassis)\b"
    # "a rack holds five of those servers": machines counted back by a partitive
    r"|\sof\s(?:those|these|the|such|them|its|our)\s(?:[a-z][\w-]*\s)?"
    r"(?:racks|servers|nodes|trays|cabinets|chassis)\b"
)


def counts_machines_en(text: str, end: int) -> bool:
    """Whether the English figure ending at ``end`` counts racks, servers or nodes."""
    return _MACHINES_AFTER_EN.match(text, end) is not None
