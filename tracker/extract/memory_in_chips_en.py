"""English memory supply told through the chip it goes into.

"The HBM3E used by H200 is mainly supplied by SK hynix and Micron", "Micron's 12-high HBM3E
stacks are designed into Nvidia's B300 … and into AMD's MI355X": the memory of a named
generation goes into a chip, so the chip's maker buys it from the memory maker, a supply
deal (product the memory) as the gold records "SK hynix ships HBM3E to Nvidia". The supply
rule reads a verb of supplying with its buyer named as a company; here the buyer is only
the maker of the chip named, and the seller the agent of a passive or the memory's owner.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.supply import MEMORY_MAKERS
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

# "is (mainly) supplied by", "are sourced from", "has been provided by"
_BY = re.compile(
    r"\b(?:is|are|was|were|been)\s(?:\w+ly\s)?(?:supplied|provided|sourced|shipped|made)"
    r"\s(?:by|from)\s",
    re.IGNORECASE,
)
# the memory's way into the chip: "used by", "used in", "in", "inside", "for", "on"
_INTO_CHIP = re.compile(
    r"^\s(?:[\w-]+\s){0,2}?(?:used\s(?:by|in|on)|in|inside|for|on|of)\s(?:the\s)?(?:[\w'’-]+\s){0,2}?$",
    re.IGNORECASE,
)
# "are designed into", "is qualified for", "goes into", "is used in"
_DESIGNED_INTO = re.compile(
    r"\b(?:(?:is|are|was|were|been|remains?|remained|stays?|stayed)\s(?:(?:also|still|now)\s)?"
    r"(?:\w+ly\s)?(?:designed|built|qualified|used)\s(?:into|in|for)"
    r"|(?:go|goes|went|going)\sinto"
    # "SK hynix's HBM3E stacks bound for Nvidia's B300", "is also in AMD's MI355X"
    r"|(?:bound|destined|headed)\sfor"
    r"|(?:is|are|remains?|stays?)\s(?:(?:also|still|now)\s)?(?:in|inside)(?=\s(?:the\s|(?-i:[A-Z])))"
    # "has shipped in Nvidia's H200", "remains in volume production for AMD's MI355X"
    r"|(?:has\s|have\s|had\s)?(?:shipped|ships|shipping)\s(?:in|inside|into|on|with)"
    r"|\bin\s(?:volume\s|full\s|mass\s|high-volume\s)?production\sfor)\s",
    re.IGNORECASE,
)
# between two chips of one list: ", and into AMD's", " and in ", ", "
_NEXT_CHIP = re.compile(
    r"^\s?(?:[^.;]{0,60}?,\s)?(?:platform\s|family\s|series\s)?(?:and\s|as\swell\sas\s)?(?:also\s)?"
    r"(?:into\s|in\s|for\s)?(?:[\w'’-]+\s){0,2}?$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^(?:,\s|\sand\s|,\sand\s)$")


def memory_in_chip_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Supply deals of a memory generation told through the chip it goes into."""
    if s.language != "en" or "HBM" not in s.text:
        return []
    memories = s.of_kind(("memory",))
    if not memories:
        return []
    out = _passive(s, memories)
    if not out:
        out = _designed_into(s, memories)
    return out


def _passive(s: Sentence, memories: list[Mention]) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in _BY.finditer(s.text):
        chips = [c for c in s.of_kind(("chip",)) if c.end <= verb.start()]
        mems = [m for m in memories if m.end <= verb.start()]
        if not chips or not mems:
            continue
        chip, mem = chips[-1], mems[-1]
        if not (mem.end <= chip.start and _INTO_CHIP.match(s.text[mem.end : chip.start])):
            continue
        if (
            s.text[chip.end : verb.start()].strip(" ,")
            and len(s.text[chip.end : verb.start()]) > 30
        ):
            continue
        buyer = chip.entity.maker
        sellers = _sellers(s, verb.end())
        if buyer is None or buyer in MEMORY_MAKERS or not sellers:
            continue
        valid = point_at(s.published)
        modality = s.modality(verb.start(), valid)
        if modality is None:
            continue
        out.extend(
            Candidate(
                buyer, "supply_deal", modality, valid, verb.start(), {"product": mem.id}, m.id
            )
            for m in sellers
        )
    return out


def _sellers(s: Sentence, start: int) -> list[Mention]:
    """The memory makers listed right after a passive's "by": "SK hynix and Micron"."""
    out: list[Mention] = []
    pos = start
    for m in s.of_kind(("company",)):
        if m.start < start:
            continue
        if m.id not in MEMORY_MAKERS or (out and not _LIST_GAP.match(s.text[pos : m.start])):
            break
        if not out and m.start != start:
            break
        out.append(m)
        pos = m.end
    return out


def _designed_into(s: Sentence, memories: list[Mention]) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in _DESIGNED_INTO.finditer(s.text):
        mems = [m for m in memories if m.end <= verb.start() and verb.start() - m.end <= 40]
        makers = [
            c
            for c in s.of_kind(("company",))
            if c.id in MEMORY_MAKERS and mems and c.end <= mems[-1].start
        ]
        if not mems or len({c.id for c in makers}) != 1:
            continue
        seller, mem = makers[-1].id, mems[-1]
        valid = point_at(s.published)
        modality = s.modality(verb.start(), valid)
        if modality is None:
            continue
        buyers: list[str] = []
        pos = verb.end()
        for chip in s.of_kind(("chip",)):
            if chip.start < pos:
                continue
            if not _NEXT_CHIP.match(s.text[pos : chip.start]):
                break
            maker = chip.entity.maker
            if maker is not None and maker not in MEMORY_MAKERS and maker not in buyers:
                buyers.append(maker)
            pos = chip.end
        out.extend(
            Candidate(b, "supply_deal", modality, valid, verb.start(), {"product": mem.id}, seller)
            for b in buyers
        )
    return out


def co_sellers(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` without a deal between two memory makers listed together as the agents of a
    passive ("… is supplied by SK hynix and Micron"): they sell side by side, neither buys
    from the other (the supply rule read the list as a buyer and its supplier)."""
    if s.language != "en" or len(found) < 2 or "HBM" not in s.text:
        return found
    listed: set[str] = set()
    for verb in _BY.finditer(s.text):
        listed.update(m.id for m in _sellers(s, verb.end()))
    if len(listed) < 2:
        return found
    return [
        c
        for c in found
        if not (c.predicate == "supply_deal" and c.subject in listed and c.object in listed)
    ]


def reversed_chip_deals(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` without a memory maker buying the chip its memory goes into ("… designed into
    AMD's MI355X, which Micron has supplied since last year"): the relative clause tells the
    memory maker's supply of its memory for the chip, which ``found`` holds the right way
    round, not a purchase of the chip from its maker."""
    if s.language != "en" or "HBM" not in s.text:
        return found
    memory_deals = {
        (c.subject, c.object)
        for c in found
        if c.predicate == "supply_deal" and c.object in MEMORY_MAKERS and c.subject
    }
    return [
        c
        for c in found
        if not (
            c.predicate == "supply_deal"
            and c.subject in MEMORY_MAKERS
            and (c.object, c.subject) in memory_deals
        )
    ]
