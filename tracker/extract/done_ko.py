"""A Korean act told as done: a past verb ends the clause ("내년 HBM4 공급 계약을 맺었다",
"…체결했다고 밝혔다"), or a past adnominal stands before a writer's hedge ("…계약을 마무리한
것으로 알려졌다", "…마친 것으로 확인됐다").

Such a clause states a fact (GUIDE: "맺었다" is actual) even when the time it names lies
ahead: a deal signed now for next year's supply is a deal made, valid over next year, not a
plan. The hedge keeps the fact's modality (GUIDE, settled case); it lowers confidence or
tier only. Without this reading a clause with no modality cue and a later time was read as
the company's plan.
"""

from __future__ import annotations

import re

from tracker.extract.korean_verbs import CLOSED_BY_N, syllables_closed_by

# a past stem: a syllable closed by ㅆ ("맺었", "체결했", "마쳤"), not the future 겠 nor 있
_PAST = "".join(ch for ch in syllables_closed_by(20) if ch not in "겠있")
# a past adnominal: a syllable closed by ㄴ ("맺은", "체결한", "마친", "따낸"), not the
# present 는 ("공급하는 것으로 알려졌다" may tell a future act)
_DONE_ADNOMINAL = "".join(ch for ch in CLOSED_BY_N if ch != "는")
_PAST_ENDING_KO = re.compile(rf"[{_PAST}](?:다|고|으며|는데|지만)[.,\s\"'”’)]*$")
_END = r"(?:다|고|으며|는데|지만)[.,\s\"'”’)]*$"
# a clause ending in a hedge on a thing ("…한 것으로 알려졌다", "…할 것이라고 전했다"): the
# adnominal before 것 tells whether the thing is done
_HEDGED_KO = re.compile(r"([가-힣])\s?것(?:으로|이라고)\s?(?:\S+\s){0,2}?\S+" + _END)
# an act reported ("…체결했다고 21일 밝혔다", "…늘린다고 보도됐다"): the verb before 다고
# tells whether it is done, whatever verb reports it
_REPORTED_KO = re.compile(r"([가-힣])다고\s?(?:\S+\s){0,4}?\S+" + _END)
# a figure relayed ("…약 11만 개로 알려졌다"): the hedge is the only verb, no act told
_RELAYED_KO = re.compile(
    r"(?:로|라고)\s?(?:\S+\s)?(?:알려졌|전해졌|확인됐|파악됐|집계됐|보도됐|보도되었|추산됐|추정됐|관측됐|예상됐)"
    + _END
)


def told_done_ko(clause: str) -> bool:
    """Whether a Korean clause ends by telling its act as done (past, or hedged past)."""
    hedged = _HEDGED_KO.search(clause)
    if hedged is not None:
        return hedged.group(1) in _DONE_ADNOMINAL
    reported = _REPORTED_KO.search(clause)
    if reported is not None:
        return reported.group(1) in _PAST
    return _RELAYED_KO.search(clause) is None and _PAST_ENDING_KO.search(clause) is not None
