"""English chips a text tells of without a name: a company's own chip described, not named
("its first in-house accelerator", "a server CPU it is designing itself"), and the subjectless
line that goes on about the chip just named ("Built on TSMC's 3-nanometer process.").

News introduces a company's unannounced chip by a description and then refers to it as "the
chip" or "the part" ("… its first in-house accelerator. The chip is to be manufactured by
TSMC"). No vocabulary chip is meant, so "the chip" must not fall back to the last named one,
and a foundry making it makes it for the company that owns it: a supply deal with no product.
The owner is the company named before the description in its sentence; a sentence that names
a chip of its own ("its first in-house training chip, a member of the MTIA family") is about
that chip, not an unnamed one.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Focus
from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

# the focus key under which the owner of the latest unnamed chip is held
OWN_CHIP = "own-chip"
_REACH = 2  # sentences: "the chip" right after the description, or one sentence on

_CHIP_NOUN = r"(?:chips?|accelerators?|processors?|CPUs?|GPUs?|ASICs?|NPUs?|silicon)"
# "its first in-house accelerator", "their own custom AI chip", "its next-generation training
# processor": a possessive and at least one word saying the chip is the company's own design
_ITS_OWN = re.compile(
    r"\b(?:its|their)\s(?:(?:first|second|third|next|new|own|latest|debut|maiden)\s){0,2}"
    r"(?:(?:in-house|in\shouse|custom|custom-built|homegrown|home-grown|proprietary|own|"
    r"self-designed|[\w-]+-generation)\s){1,2}"
    r"(?:(?:AI|training|inference|server|data-?center|networking)\s){0,2}" + _CHIP_NOUN + r"\b",
    re.IGNORECASE,
)
# "a server CPU it is designing itself", "an AI chip that they have been developing"
_IT_DESIGNS = re.compile(
    r"\b(?:an?|the)\s(?:[\w-]+\s){0,2}?" + _CHIP_NOUN + r"\s(?:that\s|which\s)?(?:it|they)\s"
    r"(?:is|are|has\sbeen|have\sbeen|was|were)\s(?:designing|developing|building|co-designing)\b",
    re.IGNORECASE,
)
_GATE = re.compile(r"\b(?:its|their|it|they)\s", re.IGNORECASE)
# a subjectless line that goes on about the chip just named: "Built on TSMC's 3-nanometer
# process.", "Made by Samsung Foundry on 4nm.", "Fabricated at TSMC in Arizona."
_PARTICIPLE_OPENING = re.compile(
    r"^(?:built|made|manufactured|fabricated|fabbed|produced)\s(?:[\w-]+\s){0,2}?"
    r"(?:on|at|by|in|with)\s",
    re.IGNORECASE,
)


def note_unnamed_chip(text: str, mentions: list[Mention], index: int, focus: Focus) -> None:
    """Hold the owner of a company's unnamed chip the sentence describes, for "the chip" and
    "the part" after it (:func:`unnamed_owner`)."""
    if not _GATE.search(text):
        return
    if any(m.kind in ("chip", "system") for m in mentions):
        return  # the sentence names its chip: "its first in-house chip, a member of MTIA"
    found = _ITS_OWN.search(text) or _IT_DESIGNS.search(text)
    if found is None:
        return
    owners = [m for m in mentions if m.kind == "company" and m.end <= found.start()]
    if owners:
        focus.last[OWN_CHIP] = (owners[0].entity, index)


def unnamed_owner(focus: Focus, index: int) -> Entity | None:
    """The company whose unnamed chip a reference back ("the chip", "the part") means: the
    one described at most two sentences back, with no chip named since."""
    own = focus.last.get(OWN_CHIP)
    if own is None or index - own[1] > _REACH:
        return None
    named = focus.last.get("chip")
    if named is not None and named[1] >= own[1]:
        return None
    return own[0]


def opens_with_participle(text: str) -> bool:
    """Whether the sentence is a subjectless line of making ("Built on TSMC's N3 process."):
    its subject is the chip just named."""
    return _PARTICIPLE_OPENING.match(text) is not None
