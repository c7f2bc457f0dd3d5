"""English: a chip carrying memory a named memory maker supplies, the chip's maker the buyer.

"The accelerator carries HBM3E from SK hynix", "MI355X pairs its compute dies with HBM3E
supplied by Micron", "the card is fitted with Samsung's HBM3E", "it relies on HBM4 made by
SK hynix": the memory goes into the chip, so the chip's maker buys it from the memory maker
(supply_deal: chip maker, product the memory, supplier the memory maker), as the Korean
"MI355X는 삼성전자의 HBM3E를 탑재했다" (chip_memory_ko). The supply rule read the pair of
companies in the clause and took a foundry named before for the buyer, or found no buyer at
all when the chip is only referred to ("the chip", "it": the chip in view).

Such a clause often also tells the foundry ("… is produced on Samsung's 4nm process and uses
HBM3E supplied by Samsung"): :func:`memory_suppliers_in` lets the foundry rule read its
deal in a clause this rule has taken, on any company but the memory's supplier.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.supply import MEMORY_MAKERS
from tracker.extract.entities import Mention
from tracker.extract.own_word import own_future_action
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

# the chip holding the memory: "uses", "carries", "pairs … with", "comes with", "is fitted with"
_CARRIES = re.compile(
    r"\b(?:uses|use|using|carries|carry|carrying|packs|pack|packing|features|feature"
    r"|relies\son|rely\son|integrates|integrate|ships\swith|comes\swith|come\swith"
    r"|(?:(?:is|are)\s)?(?:paired|fitted|equipped|loaded)\swith|(?:is|are)\sbuilt\swith"
    r"|pairs\s(?:[\w-]+\s){0,3}?with|pair\s(?:[\w-]+\s){0,3}?with)\s"
)
# the memory's source right after the memory: "from SK hynix", "supplied by Samsung"
_SOURCE = re.compile(
    r"\s(?:[\w-]+\s){0,2}?(?:(?:(?:mainly|largely|mostly|all|only|solely)\s)?(?:supplied|provided"
    r"|sourced|made|built|manufactured|produced|shipped)\s(?:by|from)|from|of)\s(?:the\s)?"
)
# further makers listed after the first: "from SK hynix and Micron", "by Samsung, SK hynix"
_ALSO = re.compile(r"(?:,\s(?:and\s)?|\sand\s|\sor\s)")
# a word for the chip in view before the verb: "the chip", "it", "the accelerator"
_CHIP_WORD = re.compile(
    r"\b(?:it|(?:the|each)\s(?:chip|accelerator|processor|gpu|npu|card|part|package|device"
    r"|die))\s"
    r"(?:[\w-]+\s){0,6}?$"
)
_NOT_BOUGHT = re.compile(r"\b(?:not|no\slonger|never|instead\sof|rather\sthan)\b")


def chip_memory_rule_en(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: the chip's maker buying the memory its chip carries from a named
    memory maker (English only)."""
    if s.language != "en" or not any(m.kind == "memory" for m in s.mentions):
        return []
    out: list[Candidate] = []
    for memory, seller, verb in _carried(s):
        clause = s.clause_of(verb)
        chip = _chip(s, clause, verb)
        if chip is None or chip.maker in (None, seller.id) or chip.maker in MEMORY_MAKERS:
            continue
        valid = s.valid_for(verb, [])
        modality = own_future_action(s, s.modality(verb, valid, clause), clause)
        if modality is None:
            continue
        qualifiers = {"product": memory.id}
        out.append(
            Candidate(str(chip.maker), "supply_deal", modality, valid, verb, qualifiers, seller.id)
        )
        state.deal_clauses.add(clause.start)
    return out


def memory_suppliers_in(s: Sentence, clause: Span) -> set[int]:
    """Where the memory makers this rule reads as suppliers stand in the clause (empty when
    the clause tells no chip carrying a maker's memory)."""
    if s.language != "en" or not any(m.kind == "memory" for m in s.mentions):
        return set()
    return {seller.start for _, seller, verb in _carried(s) if clause.start <= verb < clause.end}


def _carried(s: Sentence) -> list[tuple[Mention, Mention, int]]:
    """(memory, its maker, the carrying verb's start) for each memory a verb of carrying
    takes, with its maker named right after it or as its possessor."""
    out: list[tuple[Mention, Mention, int]] = []
    makers = [m for m in s.of_kind(("company",)) if m.id in MEMORY_MAKERS and not m.anaphoric]
    for memory in (m for m in s.mentions if m.kind == "memory"):
        clause = s.clause_of(memory.start)
        verb = None
        for v in _CARRIES.finditer(s.lowered, max(clause.start, memory.start - 70), memory.start):
            verb = v
        if verb is None or _NOT_BOUGHT.search(s.lowered, verb.start() - 20, memory.start):
            continue
        seller = next((c for c in makers if _source(s, c, memory, verb.end())), None)
        while seller is not None:
            out.append((memory, seller, verb.start()))
            seller = next(
                (c for c in makers if _ALSO.fullmatch(s.lowered, seller.end, c.start)), None
            )
    return out


def _source(s: Sentence, c: Mention, memory: Mention, after: int) -> bool:
    """Whether the memory maker is named as the memory's source: "HBM3E from SK hynix",
    "HBM3E supplied by Micron", "HBM3E of Samsung", "SK hynix's HBM3E"."""
    if memory.end <= c.start <= memory.end + 50:
        return _SOURCE.fullmatch(s.lowered, memory.end, c.start) is not None
    return (
        after <= c.start < memory.start
        and s.lowered.startswith(("'s", "’s"), c.end)
        and memory.start - c.end <= 20
    )


def _chip(s: Sentence, clause: Span, verb: int) -> Entity | None:
    """The chip that carries the memory: the last one named in the clause before the verb,
    else the chip in view when a word for it stands before the verb."""
    named = [p for p in s.of_kind(("chip",), clause) if p.end <= verb and not s.is_compared(p)]
    if named:
        return named[-1].entity
    if _CHIP_WORD.search(s.lowered, clause.start, verb) is None:
        return None
    return s.focus.get("chip", s.index, 2)
