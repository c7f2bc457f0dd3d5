"""Counts of chips that are sums or parts of a fleet. A count summed over the chips listed
before it ("GB200과 GB300을 합쳐 55만 개", "GB200s and GB300s together number 550,000") is
of no single chip (the GUIDE records a mixed fleet with no chip qualifier), so the rules
must not give it the last chip listed. A chip named as a part of a count ("230,000 GPUs,
30,000 of them GB200s") is counted (tracker.extract.partitive), not adopted."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch

_SUMMED_BEFORE = re.compile(
    r"s?\s?(?:chips?|GPUs?|칩|GPU)?\s?(?:을|를|이|가)?\s?"
    r"(?:합쳐서?|합하면|합한|통틀어|모두\s합쳐|combined|together|in\stotal|between\sthem)\s"
    r"(?:(?:number(?:ed|ing|s)?|total(?:s|ed|led|ing)?|come\sto|came\sto|add\sup\sto"
    r"|amount\sto)\s)?"
    r"(?:(?:총|모두|약|about|some|roughly|nearly|around|more\sthan|over)\s)?",
    re.I,
)
_REACH = 40  # "GB200s and GB300s together numbering about " and no more


def summed_chip(s: Sentence, q: QuantityMatch) -> Mention | None:
    """The last chip of a list that a sum word joins to the count right after it."""
    chips = [m for m in s.of_kind(("chip",)) if m.end <= q.start and q.start - m.end <= _REACH]
    if not chips or _SUMMED_BEFORE.fullmatch(s.text, chips[-1].end, q.start) is None:
        return None
    return chips[-1]


# "30,000 of them GB200s", "30,000 of which are GB200s"
_PART_OF = re.compile(r"\sof\s(?:which|them|those|these)(?:\s(?:are|were|is|was))?\s", re.I)


def part_chip(s: Sentence, q: QuantityMatch) -> Mention | None:
    """The chip an English count names as its part ("30,000 of them GB200s"), if any."""
    if s.language != "en":
        return None
    m = _PART_OF.match(s.text, q.number_end)
    if m is None:
        return None
    return next((c for c in s.of_kind(("chip",)) if 0 <= c.start - m.end() <= 3), None)


def named_parts(s: Sentence) -> list[Mention]:
    """The chips named as a part of a count in an English sentence."""
    if s.language != "en" or " of " not in s.text:
        return []
    return [c for q in s.quantities if (c := part_chip(s, q)) is not None]
