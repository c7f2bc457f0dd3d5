"""A product built around a memory or a packaging process: "Rubin will be built around
HBM4", "the GPU will again use CoWoS-L". The GUIDE counts HBM generations and CoWoS as
technologies a product integrates; the sentence-level integrates rule reads only
interconnect technologies, because a memory named in a spec sentence ("288 GB of HBM3E")
is a capacity, not news of an integration. Here the memory or process must be the direct
object of a construction verb, with no figure in between."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate, RuleState, _announced
from tracker.extract.timex import point_at

_PRODUCT_KINDS = ("chip", "system")
_PARTS = ("memory", "process")
# the verb right before the memory/process, with at most a few words and no digit between
_BUILT = re.compile(
    r"\b(?:built|designed|based)\s(?:around|on)\s|\b(?:will\s(?:again\s|also\s|still\s)?use|"
    r"(?:again\s)?uses|is\susing|are\susing|pairs?\s\w+\swith|paired\swith|packaged\swith|"
    r"packaged\son|relies\son|will\srely\son)\s"
)
_GAP = re.compile(r"(?:(?:the|a|its|their|[a-z]+-(?:generation|layer|high)|next-gen)\s){0,3}$")


def built_around_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """integrates: a chip or system built around / using a memory or packaging process."""
    if s.language != "en":
        return []
    out: list[Candidate] = []
    for part in s.of_kind(_PARTS):
        clause = s.clause_of(part.start)
        verb = None
        for m in _BUILT.finditer(s.lowered, clause.start, part.start):
            if _GAP.fullmatch(s.lowered, m.end(), part.start):
                verb = m
        if verb is None:
            continue
        products = [
            m
            for m in s.of_kind(_PRODUCT_KINDS)
            if m.end <= verb.start() and not s.is_compared(m) and m.id != part.id
        ]
        if not products:
            continue
        product = products[-1]
        valid = point_at(s.published)
        modality = _announced(s.modality(verb.start(), valid, clause), s, product.id)
        if modality == "actual":
            modality = "announced"  # as the integrates rule: its maker's news
        if modality is None:
            continue
        out.append(
            Candidate(product.id, "integrates", modality, valid, verb.start(), object=part.id)
        )
    return out
