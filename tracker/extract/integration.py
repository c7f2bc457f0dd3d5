"""A product built around a memory or a packaging process: "Rubin will be built around
HBM4", "the GPU will again use CoWoS-L". The GUIDE counts HBM generations and CoWoS as
technologies a product integrates; the sentence-level integrates rule reads only
interconnect technologies, because a memory named in a spec sentence ("288 GB of HBM3E")
is a capacity, not news of an integration. Here the memory or process must be the direct
object of a construction verb, with no figure in between."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.integrates import _SHIPPING, _not_out
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState, _announced
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_PRODUCT_KINDS = ("chip", "system")
_PARTS = ("memory", "process")
# the verb right before the memory/process, with at most a few words and no digit between
_BUILT = re.compile(
    r"\b(?:built|designed|based)\s(?:around|on)\s|\b(?:will\s(?:again\s|also\s|still\s)?use|"
    r"(?:again\s)?uses|is\susing|are\susing|pairs?\s\w+\swith|paired\swith|packaged\swith|"
    r"packaged\son|relies\son|will\srely\son)\s"
)
# a maker packaging the product with the process: "packages every Blackwell GPU with"
_PACKS_WITH = re.compile(
    r"\bpackag(?:es|ed|ing)\s(?:every|each|all|the|its|their|[\w-]+['’]s)\s"
    r"(?:[\w-]+\s){1,3}?(?:gpus?|chips?|accelerators?|dies|parts?)\swith\s$"
)
_GAP = re.compile(r"(?:(?:the|a|its|their|[a-z]+-(?:generation|layer|high)|next-gen)\s){0,3}$")


def built_around_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """integrates: a chip or system built around / using a memory or packaging process."""
    if s.language != "en":
        return []
    out: list[Candidate] = []
    for part in s.of_kind(_PARTS):
        clause = s.clause_of(part.start)
        found = _made_with(s, part, clause)
        if found is None:
            continue
        at, products = found
        product = products[-1]
        valid = point_at(s.published)
        modality = _announced(s.modality(at, valid, clause), s, product.id)
        if modality == "actual" and not _SHIPPING.search(s.text) and _not_out(s, product.id):
            # as the integrates rule: its maker's news, unless the product is on the market
            # ("The MI355X is packaged with CoWoS-S" in 2026: its make-up, actual)
            modality = "announced"
        if modality is None:
            continue
        out.append(Candidate(product.id, "integrates", modality, valid, at, object=part.id))
    return out


def _made_with(s: Sentence, part: Mention, clause: Span) -> tuple[int, list[Mention]] | None:
    """Where the verb that builds a product with the part is, and the products it builds:
    named before the verb ("Rubin will be built around HBM4"), or between a maker's verb of
    packaging and the part ("TSMC packages every Blackwell GPU with CoWoS-L")."""
    verb = None
    for m in _BUILT.finditer(s.lowered, clause.start, part.start):
        if _GAP.fullmatch(s.lowered, m.end(), part.start):
            verb = m
    if verb is not None:
        at, lo, hi = verb.start(), 0, verb.start()
    elif packs := _PACKS_WITH.search(s.lowered, max(clause.start, part.start - 60), part.start):
        at, lo, hi = packs.start(), packs.start(), part.start
    else:
        return None
    products = [
        m
        for m in s.of_kind(_PRODUCT_KINDS)
        if lo <= m.start and m.end <= hi and not s.is_compared(m) and m.id != part.id
    ]
    return (at, products) if products else None
