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
_FLEET_HEAD = (
    r"(?:(?:AI|training|inference|compute|GPU|[\w-]+-class)\s)?"
    r"(?:cluster|supercluster|super-cluster|supercomputer|super-computer|data\s?cent(?:er|re)|campus|"
    r"site|installation|fleet|build-?out|deployment)\b"
)
_FLEET_NOUN = rf"{_FLEET_HEAD}(?!-|\sof\b)"
# "100,000-GPU", and "250,000-strong" with the chips' word at most after it ("a 250,000-strong
# GPU fleet", "a 60,000-strong fleet of Nvidia GPUs")
_GENERIC_ADJECTIVE = re.compile(
    r"-(?:GPU|chip|accelerator|strong(?:\s(?:GPU|AI|accelerator|chip|compute))?)\s", re.IGNORECASE
)
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
    if _FLEET.match(s.text, hit.end()) is not None or _FLEET_OF_GPUS.match(s.text, hit.end()):
        return True  # "a 100,000-GPU cluster", "a 60,000-strong fleet of Nvidia GPUs"
    # "a 4,096-GPU cluster of B200 and GB200 systems": a fleet of vocabulary chips
    of = _FLEET_OF.match(s.text, hit.end())
    chips = s.of_kind(("chip",)) if of is not None else []
    if of is not None and any(_MAKER_GAP.fullmatch(s.text, of.end(), m.start) for m in chips):
        return True
    return any(m.start == hit.end() for m in s.of_kind(_SITE_KINDS))


def chip_fleet_adjective(s: Sentence, q: QuantityMatch) -> Mention | None:
    """The chip of a count that is a fleet's adjective ("a 2,048-H800 cluster"), or the
    chip a generic one names in the same noun phrase ("a 4,096-GPU H100 cluster", "a
    4,096-GPU cluster of Nvidia H200s")."""
    if s.language != "en" or not s.text.startswith("-", q.end):
        return None
    for m in s.of_kind(("chip",)):
        if m.start == q.end + 1:
            return m if _names_fleet(s, m) else None
    generic = _GENERIC_ADJECTIVE.match(s.text, q.end)
    if generic is None:
        return None
    of = _FLEET_OF.match(s.text, generic.end())
    for m in s.of_kind(("chip",)):
        if _MAKER_GAP.fullmatch(s.text, generic.end(), m.start) and _names_fleet(s, m):
            return m  # "a 4,096-GPU (Nvidia) H100 cluster"
        if of is not None and _MAKER_GAP.fullmatch(s.text, of.end(), m.start):
            return m if _OF_CHIP_END.match(s.text, m.end) else None  # "cluster of H100s"
    return None


def _names_fleet(s: Sentence, chip: Mention) -> bool:
    """Whether a fleet's noun (or a named site) follows the chip at once."""
    after = _FLEET_AFTER.match(s.text, chip.end)
    return after is not None or any(x.start == chip.end + 1 for x in s.of_kind(_SITE_KINDS))


# "a 4,096-GPU cluster of Nvidia H200 chips": the fleet's chips named after "of", with at
# most a maker's name before them and nothing but a plural or a chip noun after them (not
# "a 30,000-chip cluster of its own Kunlun processors": no vocabulary chip)
_FLEET_OF = re.compile(rf"{_FLEET_HEAD}\sof\s", re.IGNORECASE)
_MAKER_GAP = re.compile(r"(?:[A-Z][A-Za-z]+\s)?")
_FLEET_OF_GPUS = re.compile(
    rf"{_FLEET_HEAD}\sof\s(?:[A-Z][A-Za-z]+\s)?(?:GPUs|accelerators|AI\schips)\b", re.IGNORECASE
)
_OF_CHIP_END = re.compile(
    r"(?:s\b|\s(?:GPUs?|chips?|accelerators?|processors?)\b)?(?![\w-])", re.IGNORECASE
)


def fleet_adjective(s: Sentence, q: QuantityMatch) -> bool:
    """Whether an English count is a fleet's adjective, of named chips or not: the
    adjective tells the fleet's size with no verb of deploying ("trained Llama on a
    24,576-GPU H100 cluster", "the 200,000-GPU Colossus")."""
    return generic_fleet_adjective(s, q) or chip_fleet_adjective(s, q) is not None
