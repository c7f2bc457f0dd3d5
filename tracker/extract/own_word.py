"""A company's own word about what it will do (GUIDE, settled cases): in its own release,
"will supply HBM4 to NVIDIA starting in the fourth quarter" is an announcement, not yet a
plan, because no plan word (plans, aims, intends, targets, expects, is set to, on track…)
says there is one. A third party's "will" is untouched, and so is a number's target
("will expand to 150,000 wafers" stays planned: GUIDE, Modality)."""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.text import Span

_WILL = re.compile(r"(?:\bwill|['’]ll)\s(?!not\b)", re.I)
# a company's own text: broader than statements._PLAN_WORD on purpose (see there)
_PLAN_WORD = re.compile(
    r"\b(?:plan\w*|aim\w*|intend\w*|target\w*|goal|roadmap|expect\w*|schedul\w*|"
    r"set\sto|slated|on\strack|on\scourse|committed|pledg\w*|poised|prepar\w*|hop\w*|"
    r"seek\w*|want\w*)\b",
    re.I,
)


def own_future_action(s: Sentence, modality: Modality | None, clause: Span) -> Modality | None:
    """``announced`` for a planned action said with a bare "will" in the company's own
    English text; else the modality as found."""
    if modality != "planned" or s.language != "en" or s.tier not in ("company", "filing"):
        return modality
    text = s.text[clause.start : clause.end]
    if _WILL.search(text) and not _PLAN_WORD.search(text):
        return "announced"
    return modality


# "공급하기로 했다", "공급받기로 합의했다": a deal agreed is a deal in place, like an English
# "agreed to supply" (GUIDE: 맺었다 is actual); a plan word besides it keeps the plan
# 하였: a brief's 했; the party agreed with may stand between ("생산하기로 테슬라와 계약했다")
# "-기로 했다", "-기로 합의/계약/결정", and a commitment to buy or supply ("구매하기로 약속했다",
# "…하기로 약정"): a deal made
_KO_AGREED = re.compile(
    r"기로\s?(?:[^\s,.]+(?:와|과)\s)?(?:했|하였|한\s|하고|합의|계약|결정|약정|약속)"
)
_KO_PLAN_WORD = re.compile(r"계획|예정|목표|방침|추진|구상|검토|논의|협의|협상")


# "entered into a purchase agreement with Dell under which Dell will deliver …", "signed a
# contract that will see Supermicro ship …": the deal is signed, only its deliveries lie ahead
_EN_SIGNED_UNDER = re.compile(
    r"\b(?:signed|entered\sinto|struck|inked|reached|concluded|finali[sz]ed)\s"
    r"(?:(?:a|an|the|its|their)\s)?(?:[\w-]+\s){0,3}?(?:deal|agreement|contract|pact|order)\b"
    r"[^.;]{0,80}?\b(?:under\swhich|whereby|that\swill|which\swill)\s"
    # "Under the agreement, Naver Cloud will purchase an initial 20,000 RNGD cards": the
    # deal the text has told, in place; what it leads to lies ahead
    r"|^(?:[^.;]{0,20}?\s)?under\s(?:the|this|that|its|their)\s(?:[\w-]+\s){0,3}?"
    r"(?:deal|agreement|contract|pact)s?,\s"
    # "Anthropic also announced a deal with Google for up to one million TPUs": a deal told
    # as made, not a plan announced
    r"|\bannounced\s(?:a|an)\s(?:[\w-]+\s){0,3}?(?:deal|agreement|contract|pact)\s(?:with|for)\s",
    re.I,
)


def agreed_deal(
    s: Sentence, modality: Modality | None, clause: Span, future: bool
) -> Modality | None:
    """``actual`` for a supply deal whose only plan cue is the agreement itself (Korean
    "마이크론이 AMD에 HBM4를 공급하기로 한 것으로"; English "signed a deal under which Dell
    will deliver …"), unless, in English, its time lies ahead. A Korean deal agreed with
    its start ahead ("AMD MI450에도 3분기부터 HBM4를 공급하기로 했다", "2027년부터 … 패키징을
    맡기기로 했다") is made all the same: the start is its term (the dev gold, 4 of 4); a
    figure to reach by a date ("2027년까지 … 10만 개를 공급하기로 했다") stays a target."""
    if modality not in ("planned", "announced"):
        return modality
    if future and (s.language == "en" or "까지" in s.text[clause.start : clause.end]):
        return modality
    if s.language == "en":
        signed = _EN_SIGNED_UNDER.search(s.text, 0, clause.end)
        if signed is None or _PLAN_WORD.search(s.text, signed.end(), clause.end):
            return modality
        return "actual"
    text = s.text[clause.start : clause.end]
    if _KO_AGREED.search(text) and not _KO_PLAN_WORD.search(text):
        return "actual"
    return modality
