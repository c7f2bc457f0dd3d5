"""A Korean decision or pledge with no plan word: announced (GUIDE, settled cases).

"투자하기로 했다", "쓰기로 합의했다", "도입을 결정했다", "투자를 약속했다" are the Korean
of "agreed to invest": a formal commitment. With a plan word in the clause (계획, 예정, 목표,
방침) it stays the plan; a company's own figure to be reached by a date ("2028년까지 …
투자하기로 했다", "내년 말 … 늘리기로 했다") stays a planned target.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.domain.claims import ValidTime
from tracker.extract.modality import Cue

# the cue texts (as the cue list matches them) that state a decision, an agreement or a
# pledge; "기로 가닥" / "가닥을 잡" (settling on a direction) are leanings, still plans
_DECISION_CUE = re.compile(
    r"(?:하기로|키로|기로 했|키로 했|기로 하고|기로 결정|기로 합의|기로 약속|기로 한 |기로 함"
    r"|(?:도입|채택)(?:을|에)? ?(?:결정|합의)|(?:투자|출자)(?:를)? ?약속)$"
)
_PLAN_NOUN = re.compile(r"계획|예정|목표|방침")


def decided_announced(clause: str, cues: list[Cue], valid: ValidTime, published: date) -> bool:
    """Whether the clause's plan is only a decision or a pledge with no plan word and no
    target time, which makes it ``announced`` (``cues`` are the clause's modality cues)."""
    planned = [c for c in cues if c.modality == "planned"]
    if not planned:
        return False
    last = max(planned, key=lambda c: (c.end, c.end - c.start))
    if not _DECISION_CUE.search(clause[last.start : last.end].lower()):
        return False
    if _PLAN_NOUN.search(clause):
        return False
    return not _target_time(valid, published)


def _target_time(valid: ValidTime, published: date) -> bool:
    """A date to reach: a deadline, or a future point ("내년 말 … 늘리기로 했다")."""
    if valid.kind == "deadline":
        return True
    return valid.kind == "point" and valid.start is not None and valid.start > published
