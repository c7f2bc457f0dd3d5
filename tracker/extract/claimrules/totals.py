"""A Korean running total after an addition: "엔비디아는 코어위브에 20억 달러를 추가
투자했으며, 누적 지분 투자액은 60억 달러다", "…20억 달러 추가 투자…누적 투자액 60억 달러".

The addition is no claim (GUIDE: an amount added is not the standing total); the total
its sentence goes on to give is, and its clause names no investor: it is the addition's.

An English total a sentence reaches after a step ("…, which brought its total stake to $30
billion") replaces the step likewise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.timex import point_at

# the total named as a noun just before its amount: "누적 (지분) 투자액은", "총 투자 규모는",
# "누적 투자금이", "누적 투자 약정액은", "누적 투자액을 (80억 달러로)"; a few words may
# stand between ("누적 투자액은 모두 60억 달러")
_TOTAL_BEFORE = re.compile(
    r"(?:누적|총)\s?(?:지분\s?)?투자\s?(?:약정\s?)?(?:액|금|규모)\s?(?:은|는|이|가|도|을|를)?\s?"
    r"(?:\S+\s){0,2}(?:약\s?|최대\s?)?$"
)


def running_total_ko(text: str, start: int) -> bool:
    """Whether the amount at `start` is a running total named just before it."""
    return bool(_TOTAL_BEFORE.search(text[max(0, start - 30) : start]))


# "which brought its total stake in OpenAI to roughly $30 billion", "lifting its total
# investment to about $5 billion", "taking its total to more than $3 billion"
_TOTAL_TO = re.compile(
    r"\b(?:bring|brings|brought|bringing|lift(?:s|ed|ing)?|tak(?:e|es|ing)|took|"
    r"push(?:es|ed|ing)?|rais(?:e|es|ed|ing))\s(?:its|their|the)\s(?:[\w-]+\s)?"
    r"(?:total|overall|cumulative|combined)\b[^.;$€£]{0,40}?\bto\s[^.;$€£]{0,24}$",
    re.I,
)


def totals_over_steps(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """A total the sentence reaches ("…, which brought its total stake to $30 billion") is
    the claim; the step before it in the same investor and target ("finished its $22.5
    billion follow-on in December", "added $2 billion to its stake") is an addition, no
    standing total (GUIDE, settled cases). The total holds from the step's time when it
    has none of its own."""
    if s.language != "en" or len(found) < 2:
        return found
    totals = [c for c in found if _TOTAL_TO.search(s.text[max(0, c.anchor - 90) : c.anchor])]
    if not totals:
        return found
    total = totals[0]
    steps = [
        c
        for c in found
        if c.anchor < total.anchor
        and (c.subject, c.qualifiers) == (total.subject, total.qualifiers)
    ]
    if not steps:
        return found
    reached = total
    if total.valid == point_at(s.published):
        reached = replace(total, valid=steps[-1].valid)
    return [reached if c is total else c for c in found if c not in steps]
