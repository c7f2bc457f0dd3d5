"""An English chip count used as the adjective of a fleet ("the 100,000-GPU cluster in
Memphis", "a 2,048-H800 cluster", "the 200,000-GPU Colossus"): the count is how many chips
that cluster or site runs, a ``deployed_chips`` figure, unlike the count an adjective gives
one system ("a 72-GPU rack", "an 8-GPU server": chips per system)."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch

# what a fleet is called after its count (never a rack, server, node, pod or board)
# one fleet: "a pair of 24,000-GPU clusters" gives each its size, no one's total, and "a
# 30,000-chip cluster of its own Kunlun processors" counts chips of no vocabulary kind
_FLEET_NOUN = (
    r"(?:(?:AI|training|inference|compute|GPU|[\w-]+-class)\s)?"
    r"(?:cluster|supercomputer|super-computer|data\s?cent(?:er|re)|campus|"
    r"site|installation|fleet|build-?out|deployment)\b(?!-|\sof\b)"
)
_GENERIC_ADJECTIVE = re.compile(r"-(?:GPU|chip|accelerator)\s", re.IGNORECASE)
_FLEET = re.compile(_FLEET_NOUN, re.IGNORECASE)
_FLEET_AFTER = re.compile(rf"s?\s{_FLEET_NOUN}", re.IGNORECASE)
_SITE_KINDS = ("cluster", "facility")


def generic_fleet_adjective(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a count of unnamed chips is a fleet's adjective ("100,000-GPU cluster", "the
    200,000-GPU Colossus"; not "the 72-GPU Helios rack")."""
    if s.language != "en":
        return False
    hit = _GENERIC_ADJECTIVE.match(s.text, q.end)
    if hit is None:
        return False
    return _FLEET.match(s.text, hit.end()) is not None or any(
        m.start == hit.end() for m in s.of_kind(_SITE_KINDS)
    )


def chip_fleet_adjective(s: Sentence, q: QuantityMatch) -> Mention | None:
    """The chip of a count that is a fleet's adjective ("a 2,048-H800 cluster")."""
    if s.language != "en" or not s.text.startswith("-", q.end):
        return None
    for m in s.of_kind(("chip",)):
        if m.start == q.end + 1:
            after = _FLEET_AFTER.match(s.text, m.end)
            site = any(x.start == m.end + 1 for x in s.of_kind(_SITE_KINDS))
            return m if after is not None or site else None
    return None
