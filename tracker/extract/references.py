"""English references back to one of two products named just before: "22,000 H100s plus
9,000 H200s, the latter carrying 141GB of HBM3E" (the H200), "the former" (the H100).

A spec rule otherwise takes the product nearest the figure, which after a pair of names
is right only by chance.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.vocabulary import Entity

_PRODUCT_KINDS = ("chip", "system")
_PICK = re.compile(r"\bthe\s(latter|former)(?:['’]s)?\b[^.;]{0,60}$", re.IGNORECASE)


def latter_or_former(s: Sentence, at: int) -> Entity | None:
    """The product "the latter" / "the former" before ``at`` refers to: the second or the
    first of the last two distinct products named before that phrase."""
    if "latter" not in s.lowered and "former" not in s.lowered:
        return None  # cheap gate before any regex
    pick = _PICK.search(s.text, max(0, at - 80), at)
    if pick is None:
        return None
    named: list[Entity] = []
    for m in s.of_kind(_PRODUCT_KINDS):
        if m.end <= pick.start() and (not named or named[-1].id != m.id):
            named.append(m.entity)
    if len(named) < 2:
        return None
    return named[-1] if pick.group(1).lower() == "latter" else named[-2]


# "288GB of the memory", "141GB of that memory": the memory named before
_THE_MEMORY = re.compile(r"\s?(?:of\s)?(?:the|that|this|its|such)\s(?:stacked\s)?memory\b", re.I)


# "which carries 288GB of it", "192GB of them": a pronoun for the memory the sentence named
_OF_IT = re.compile(r"\s?of\s(?:it|them|those|these|the\s(?:stacks?|parts?))\b", re.I)


def memory_referred(s: Sentence, end: int) -> str | None:
    """The memory generation "the memory" right after a figure refers to: the last one
    named before it in the sentence, else the one in focus. A pronoun ("288GB of it")
    refers only to one the sentence named ("Micron's HBM3E stacks are used in AMD's MI355X,
    which carries 288GB of it")."""
    if _OF_IT.match(s.text, end):
        pronoun = [m for m in s.of_kind(("memory",)) if m.end <= end]
        return pronoun[-1].id if pronoun else None
    if "memory" not in s.lowered or not _THE_MEMORY.match(s.text, end):
        return None
    named = [m for m in s.of_kind(("memory",)) if m.end <= end]
    if named:
        return named[-1].id
    recent = s.focus.get("memory", s.index, 3)
    return recent.id if recent is not None else None
