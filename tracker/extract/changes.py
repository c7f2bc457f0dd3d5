"""Two values of one fact in one Korean sentence: where it stands now, and where it goes.

"삼성전자의 HBM3E 캐파는 월 17만 장 규모로, 연말 20만 장/월까지 확대될 예정이다" and
"현재 월 6만 장인 투입량은 내년 말 15만 장으로 늘어난다" each state today's figure
and a later one. The plan word at the end of the sentence governs the later figure only
(GUIDE: each value with its own time and modality): the figure with no time of its own,
said before a figure dated in the future, is the present state - `actual`.
"""

from __future__ import annotations

from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

_EXPECTED = ("planned", "announced", "forecast")


def present_before_change(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the starting figure of a Korean change made `actual`."""
    if s.language != "ko" or len(found) < 2:
        return found
    out = list(found)
    for i, c in enumerate(found):
        if c.modality not in _EXPECTED or not _today(s, c):
            continue
        later = [
            o
            for o in found
            if o is not c
            and o.anchor > c.anchor
            and (o.subject, o.predicate, o.qualifiers) == (c.subject, c.predicate, c.qualifiers)
            and isinstance(o.value, Quantity)
            and s.future(o.valid)
        ]
        if later and isinstance(c.value, Quantity):
            out[i] = replace(c, modality="actual")
    return out


def _today(s: Sentence, c: Candidate) -> bool:
    return c.valid.kind == "point" and c.valid.start == c.valid.end == s.published


__all__ = ["present_before_change"]
