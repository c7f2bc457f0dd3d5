"""Two values of one fact in one Korean sentence: where it stands now, and where it goes.

"삼성전자의 HBM3E 캐파는 월 17만 장 규모로, 연말 20만 장/월까지 확대될 예정이다" and
"현재 월 6만 장인 투입량은 내년 말 15만 장으로 늘어난다" each state today's figure
and a later one. The plan word at the end of the sentence governs the later figure only
(GUIDE: each value with its own time and modality): the figure with no time of its own,
said before a figure dated in the future, is the present state - `actual`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

_EXPECTED = ("planned", "announced", "forecast")


def present_before_change(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the starting figure of a change made `actual` (Korean; English when
    the figure follows "from": "grow Project Rainier from 500,000 Trainium2 chips today to
    1 million by the end of the year")."""
    if len(found) < 2:
        return found
    out = list(found)
    for i, c in enumerate(found):
        if c.modality not in _EXPECTED or not _today(s, c):
            continue
        if s.language != "ko" and not _FROM.search(s.text, 0, _at(s, c)):
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


# "from 500,000", "from about 70,000 wafers": the figure a change starts from
_FROM = re.compile(r"\bfrom\s(?:about\s|roughly\s|around\s|some\s|nearly\s|~)?$", re.I)


def _at(s: Sentence, c: Candidate) -> int:
    """Where the candidate's number starts (its anchor when no quantity matches)."""
    if isinstance(c.value, Quantity):
        for q in s.quantities:
            if q.low == c.value.low and q.high == c.value.high and q.start >= 0:
                return q.start
    return c.anchor


def _today(s: Sentence, c: Candidate) -> bool:
    """Whether the figure is dated today, or over a period already over ("연초 월 7만 장에서
    연말 월 10만 장으로 늘어날 예정이다" said in August: the start of the year is past)."""
    if c.valid.kind != "point":
        return False
    if c.valid.start == c.valid.end == s.published:
        return True
    return c.valid.end is not None and c.valid.end < s.published


__all__ = ["present_before_change"]
