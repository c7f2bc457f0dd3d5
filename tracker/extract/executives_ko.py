"""The company of an executive a Korean sentence names without it ("젠슨 황 CEO", "황 CEO가
\"…\"고 언급했다"): the vocabulary's executives_ko table. What such a speaker says in a
quote with no subject ("세 회사 모두로부터 HBM4를 받고 있다") is said of their company.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.vocabulary import Entity, Vocabulary

_QUOTES = ('"', "“", "”")
_TABLES: dict[int, tuple[Vocabulary, re.Pattern[str] | None, dict[str, str]]] = {}


def _table(vocabulary: Vocabulary) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    hit = _TABLES.get(id(vocabulary))
    if hit is not None and hit[0] is vocabulary:
        return hit[1], hit[2]
    names: dict[str, str] = {}
    for company in vocabulary.cues.get("executives_ko", {}):
        for name in vocabulary.cue_list("executives_ko", str(company)):
            names[name] = str(company)
    ordered = sorted(names, key=len, reverse=True)
    # a name is a word of its own: not glued to the syllable before it
    pattern = (
        re.compile(r"(?<![가-힣A-Za-z])(?:" + "|".join(re.escape(n) for n in ordered) + ")")
        if ordered
        else None
    )
    _TABLES[id(vocabulary)] = (vocabulary, pattern, names)
    return pattern, names


def quoted_executive(s: Sentence) -> Entity | None:
    """The company of the last executive from the table a quoting Korean sentence names."""
    if s.language != "ko" or not any(q in s.text for q in _QUOTES):
        return None  # cheap pre-check: only a sentence that quotes has a speaker to find
    pattern, names = _table(s.vocabulary)
    if pattern is None:
        return None
    found = [m.group() for m in pattern.finditer(s.text)]
    if not found:
        return None
    return s.vocabulary.entities.get(names[found[-1]])


__all__ = ["quoted_executive"]
