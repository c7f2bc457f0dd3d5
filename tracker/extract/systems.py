"""Systems versus chips: whose figure a number is.

A pod, rack or UltraServer is made of chips, and news gives figures for both: "a Trn2
UltraServer stitches 64 of the chips together and reaches 83.2 petaflops" (the 83.2 is
the system's), "Each of those racks holds 72 Blackwell GPUs" after a GB200 NVL72 rack was
named (the count belongs to the GB200 system, not the Blackwell family), "more than
400,000 GB200 GPUs …, a fleet that began with a single NVL72 rack" (a fleet total, never
a count per system). These helpers let the sentence-level rules tell them apart.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.vocabulary import Entity

_PRODUCT_KINDS = ("chip", "system")
# a system noun right after a product's name: "Trn2 UltraServer", "Ironwood pod"
_SYSTEM_AFTER = re.compile(
    r"(?:\s(?:NVL\d+|\d+-chip|\d+-GPU))?\s(?:UltraServers?|superpods?|pods?|racks?|"
    r"systems?|servers?|clusters?)\b",
    re.I,
)
_PER_CHIP = re.compile(
    r"\b(?:per|each|every|a\ssingle|one)[\s-](?:chip|gpu|accelerator|die|package)\b", re.I
)
# the largest scale-up domain in the vocabulary's world (an Ironwood superpod) is 9,216
# chips; a count far above it is a fleet, whatever rack or pod the sentence mentions
FLEET_FLOOR = 50_000
_BACK_TO_SYSTEMS = re.compile(
    r"\b(?:each|every|one|a single|per)\s(?:of\s)?(?:those|these|the|such)?\s?(?:racks?|pods?|"
    r"systems?|servers?|UltraServers?)\b|\b(?:those|these|the)\s(?:racks?|pods?|systems?|"
    r"UltraServers?)\b"
    # "NVL72 랙 하나에는", "랙 하나에", "한 랙에", "랙당": one rack of the system in view
    r"|랙\s?(?:하나|한\s?대|1개|1대)|한\s?랙|랙당",
    re.I,
)


def system_figure(s: Sentence, q: QuantityMatch) -> bool:
    """Whether the clause that states ``q`` is about a system named by a product and a
    system noun ("a Trn2 UltraServer … reaches 83.2 petaflops")."""
    clause = s.clause_of(q.start)
    before = [m for m in s.of_kind(_PRODUCT_KINDS, clause) if m.end <= q.start and not m.anaphoric]
    if not before:
        return False
    head = before[0]
    if _SYSTEM_AFTER.match(s.text, head.end) is None:
        return False
    return _PER_CHIP.search(s.text, head.end, q.start) is None


def is_fleet_count(q: QuantityMatch) -> bool:
    """A count too large to be one system's: a fleet or deployment total."""
    return q.high > FLEET_FLOOR


def rack_member(s: Sentence, subject: Entity) -> Entity | None:
    """The system a family's per-rack count belongs to: "Each of those racks holds 72
    Blackwell GPUs" right after a GB200 rack was named is a count of the GB200 system."""
    if not _BACK_TO_SYSTEMS.search(s.text):
        return None
    # "Our GB200 NVL72 racks went live in August; every rack ties 72 Blackwell GPUs …":
    # the system named as racks earlier in the same sentence
    for m in s.of_kind(_PRODUCT_KINDS):
        if m.entity.parent == subject.id and named_system(m, s):
            return m.entity
    recent = s.focus.get("chip", s.index, 2)
    if recent is None or recent.parent != subject.id:
        return None
    return recent


def named_system(m: Mention, s: Sentence) -> bool:
    """A product mention followed by a system noun."""
    return _SYSTEM_AFTER.match(s.text, m.end) is not None
