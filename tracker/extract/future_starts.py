"""A start still ahead, told with no plan word (GUIDE, settled cases, session 15).

"Nscale will begin deploying the systems in the first quarter", "We start offering Vera
Rubin instances in the fourth quarter", "HBM4 shipments to AMD start next quarter": an act
whose start lies after publication, told with a bare future or a present tense and no word
of intention, is *announced*, whoever tells it. The dev gold reads it so 21 times to 1,
in the company's voice, the press's and a relayed report alike: the tier of the source
(company, press, analyst, anonymous) is recorded apart and changes nothing here (SPEC §4
keeps tier and modality apart). A plan word ("plans to begin", "is set to start", "is to
start") keeps it planned, and a party's expectation ("analysts expect Samsung to begin",
"we model Samsung beginning", "is expected to start") is their forecast.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract.statements import has_date_to_reach, has_plan_word

if TYPE_CHECKING:
    from tracker.domain.claims import Modality, ValidTime
    from tracker.extract.analysis import Sentence

# the tense alone: a bare future, or a present verb of beginning with the act it starts
_BARE_WILL = re.compile(r"\b(?:will|['’]ll)\s", re.IGNORECASE)
_STARTS_NOW = re.compile(
    r"\b(?:begins?|starts?|commences?)\s(?:(?:the|its|their)\s)?(?:[a-z]+ing|shipments?"
    r"|deliveries|production|operations|volume|mass|deployments?)\b"
    # the act as the subject: "the first gigawatt of MI450 deployments starts in …", with
    # what it carries and to whom ("shipments of HBM4 to Nvidia for Vera Rubin start …")
    # "the first of its 50,000 MI450s go live in OCI this quarter": a fleet's first arriving
    r"|\bfirst\sof\s(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}?\s(?:go(?:es)?\slive|comes?\sonline)\b"
    # "Micron ramps HBM4 for Nvidia": volume supply begun for a buyer
    r"|\b(?:ramps|ramping)\s(?:up\s)?(?:[\w-]+\s){0,3}?(?:to|for)\s"
    r"|\b(?:shipments?|deliveries|deployments?|installations?|production|operations|service)"
    r"\s(?:[\w'’.-]+\s){0,8}?(?:begins?|starts?|commences?)\b",
    re.IGNORECASE,
)
# whose expectation it is: any of these makes the sentence a party's view, not a telling
_EXPECTING = re.compile(
    r"\b(?:expects?|expected|expecting|anticipates?|anticipated|believes?|reckons?|estimates?"
    r"|estimated|forecasts?|projected|predicts?|likely|chatter|speculation|analysts?"
    r"|in\sour\sview|we\smodel)\b",
    re.IGNORECASE,
)
# the bare modality cues a clause may carry and still be a telling (the cue table's own
# spellings, lowered)
BARE_CUES = frozenset({"will ", "'ll ", "will begin"})
# the first verb after a Korean count: a plain present of bringing chips in ("도입한다고
# 밝혔다", "들여옵니다", '들어간다"며', "설치된다"), which tells what is still to come; not a
# state ("운영한다", "보유한다"), the past ("도입했다"), the progressive ("도입하고 있다") nor a
# condition ("도입한다면")
_FIRST_VERB_KO = re.compile(r"[가-힣]+다(?=[\"”’']?(?:고|며)|[.\s\"'”’)]|$)")
_BRINGS_IN_KO = re.compile(
    r"(?:(?:도입|설치|구축|배치|투입|장착)(?:한다|합니다|된다|됩니다)"
    r"|들여(?:온다|옵니다)|들(?:인다|입니다)|들어(?:간다|갑니다|온다|옵니다)|채(?:운다|웁니다))$"
)


def told_start_en(clause: str, sentence: str) -> bool:
    """Whether an English clause tells the start of an act with a bare future or a
    present verb of beginning and no plan word, and its sentence no date to reach and no
    party's expectation.
    The caller checks that the claim's time is an open start after publication."""
    if not (_BARE_WILL.search(clause) or _STARTS_NOW.search(clause)):
        return False
    if has_plan_word(clause) or has_date_to_reach(sentence):
        return False  # "…, with all of the capacity due to be in place before the end of 2026"
    return _EXPECTING.search(sentence) is None


def headline_future(clause: str, sentence: str, valid: ValidTime) -> Modality:
    """The modality of a headline infinitive ("Samsung to supply HBM4 to AMD from fourth
    quarter", "* Nebius to deploy 20,000 B300 GPUs in Finland"): a bare future, announced
    (GUIDE, holdout audit: not the schedule "is to"); a date to reach ("Capacity to expand
    to 40,000 GPUs by the end of 2027") or a plan word keeps the planned target, and a
    party's expectation ("…, analysts say") is left planned for the reporting rules that make
    it their forecast."""
    if valid.kind == "deadline" or has_plan_word(clause) or has_date_to_reach(sentence):
        return "planned"
    return "planned" if _EXPECTING.search(sentence) else "announced"


def bare_future_count(
    s: Sentence, at: int, modality: Modality | None, valid: ValidTime
) -> Modality | None:
    """``modality``, or announced for an English count read as planned that is a bare
    future with no date: "Kakao will install 2,424 B200 GPUs", "B200 GPUs that Kakao will
    install at its Ansan data center" (GUIDE: a future with no date to reach and no plan
    word is announced, whoever tells it; the dev gold 10 to 2). The clause's only plan cue
    is the bare "will", its sentence names no time the count holds at, no date to reach
    (a gapped count gets its date later: "… and Kakao 2,424 by the end of the year") and
    no party's expectation. A Korean count with no cue whose verb is a plain present of
    bringing the chips in ("B200 2,000장을 도입한다고 밝혔다") is the same telling."""
    if not (valid.kind == "point" and valid.start == valid.end == s.published):
        return modality
    if s.language == "ko":
        if modality == "actual" and _brought_in_ko(s, at):
            return "announced"
        return "announced" if modality == "planned" and _bare_will_ko(s, at) else modality
    if s.language != "en" or modality != "planned":
        return modality
    span = s.clause_of(at)
    clause = s.text[span.start : span.end]
    lowered = clause.lower()
    cues = s.cues.cues(clause, "en")
    if not any(lowered[c.start : c.end] in BARE_CUES for c in cues):
        return modality
    if any(c.modality != "planned" or lowered[c.start : c.end] not in BARE_CUES for c in cues):
        return modality
    if has_plan_word(clause) or has_date_to_reach(s.text) or _EXPECTING.search(s.text):
        return modality  # "… and Kakao 2,424 by the end of the year": a target (gapped)
    return "announced"


# the Korean bare future of intent ("구축하겠다고 했다", "들이겠다는"), as English "will"; a
# word of plan, schedule, date to reach or expectation anywhere in the sentence keeps it a
# plan (the dev gold: 27 such "-겠다" claims with none announced, 1 planned with "올해 안에")
_BARE_CUES_KO = frozenset({"겠다", "하겠다고", "겠다는"})
_KEEPS_PLAN_KO = re.compile(
    r"계획|목표|방침|예정|구상|추진|청사진|로드맵|기로|까지|안에|내에|이내|연내|전망|예상|관측|추정"
)


def _bare_will_ko(s: Sentence, at: int) -> bool:
    """Whether the only plan cues of a Korean count's clause are the bare future "-겠다"
    ("GPU 5만 장 규모의 AI 팩토리를 구축하겠다고 했다") and its sentence has no word that
    keeps a plan (GUIDE: a bare future count with no date is announced, whoever tells it)."""
    span = s.clause_of(at)
    clause = s.text[span.start : span.end]
    cues = s.cues.cues(clause, "ko")
    if not cues or any(clause[c.start : c.end] not in _BARE_CUES_KO for c in cues):
        return False
    return _KEEPS_PLAN_KO.search(s.text) is None


def _brought_in_ko(s: Sentence, at: int) -> bool:
    """Whether the first verb after a Korean count at ``at`` is a plain present of bringing
    chips in, ending its statement ("…장을 도입한다고 밝혔다", "…개가 들어간다"며)."""
    span = s.clause_of(at)
    verb = _FIRST_VERB_KO.search(s.text, at, span.end)
    return verb is not None and _BRINGS_IN_KO.search(verb.group()) is not None
