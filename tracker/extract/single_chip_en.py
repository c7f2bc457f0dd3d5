"""An English system said to hold a single chip ("Each CS-3 is built around a single WSE-3",
"every RNGD server card carries one RNGD chip"): one chip per system, a
``chips_per_system`` of 1 for the chip (GUIDE: a system that is no entity gives its chip
count as the chip's). The number word "one"/"a single" is no quantity the recognizer
reads, so this reading finds it by its frame: "each"/"every" + a system word or a
capitalised system name, a verb of holding, then "a single" / "one" / "just one" + chip."""

from __future__ import annotations

import re

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, RuleState
from tracker.extract.spec_status import spec_modality
from tracker.extract.timex import point_at

_ONE_CHIP = re.compile(
    r"\b(?:Each|each|Every|every)\s(?:[A-Z][\w-]*\s?){1,3}(?:(?:system|server|box|node|"
    r"appliance|machine|card|board|module)\s)?"
    r"(?:is\s(?:built|designed)\saround|holds|contains|carries|houses|packs|uses|has)\s"
    r"(?:a\ssingle|one|just\sone|only\sone)\s$"
)


def single_chip_systems(s: Sentence, state: RuleState) -> list[Candidate]:
    """``chips_per_system`` = 1 for a chip a system is said to hold alone."""
    if s.language != "en" or ("single" not in s.text and " one " not in s.text):
        return []
    out: list[Candidate] = []
    for m in s.of_kind(("chip",)):
        if _ONE_CHIP.search(s.text, max(0, m.start - 90), m.start) is None:
            continue
        valid = point_at(s.published)
        modality = spec_modality(s.modality(m.start, valid), s, m.id)
        if modality is None:
            continue
        one = Quantity(low=1, high=1, unit="count", approx=False, bound="exact")
        out.append(Candidate(m.id, "chips_per_system", modality, valid, m.start, value=one))
    return out
