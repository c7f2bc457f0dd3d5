"""A company's expectation of its own count or capacity is its plan, however the sentence
words it (GUIDE: "A company's own future number is planned, not forecast"; "a third party's
expectation about a company: forecast").

English puts the company in the frame of an impersonal forecast: "Project Rainier is
expected to reach 1 million Trainium2 chips by the end of 2026, AWS said", "TSMC said its
CoWoS capacity is expected to reach 130,000 wafers a month", "According to TSMC, …".
Korean makes the company the subject of the verb of expecting: "아마존은 프로젝트 레이니어의
트레이니움2가 연말 100만 개에 달할 것으로 예상했다", "메타는 … 보유할 것으로 내다봤다".
Either way the forecast cue belongs to the company whose figure it is (the claim's subject or
the subject's owner), so the claim is `planned`. Another company's expectation ("엔비디아는
TSMC의 …", "…, Nvidia said"), the writer's own "…할 전망이다" / "예상된다", and any sentence
with an analyst, a broker, a researcher or a source stay forecasts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate

_PREDICATES = frozenset({"deployed_chips", "capacity"})
# companies that speak for one another's figures (a parent and its cloud)
_SAME = {"amazon": "aws", "alphabet": "google"}
_THIRD_PARTY_EN = re.compile(
    r"\b(?:analysts?|brokers?|brokerages?|research(?:ers?|\sfirm)|trendforce|counterpoint"
    r"|sources?|people\sfamiliar|consensus|estimates?\sby|consultan\w+|we\s(?:expect|see"
    r"|project|estimate|forecast))\b",
    re.IGNORECASE,
)
_THIRD_PARTY_KO = re.compile(
    r"증권|연구원|애널리스트|리서치|시장조사|트렌드포스|카운터포인트|소식통|관계자|업계|보고서|전문가"
)
# English: the company said it, before the figure or after it
_SAID_EN = re.compile(
    r"(?:\s(?:executives?|officials?|management|spokes(?:person|woman|man)))?"
    r"\s(?:said|says|told|added|confirmed)\b",
    re.IGNORECASE,
)
# the company itself the subject of the verb of expecting, named or told back ("the
# company expected to end 2025 with …", "Oracle expects its fleet to reach …")
_EXPECTS_EN = re.compile(
    r"\s(?:(?:also|still|now|then|has|had)\s)?(?:expects?|expected|anticipates?|anticipated)"
    r"\s(?:to|that|its|their)\b",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"(?:^|,\s)according\sto\s$", re.IGNORECASE)
# Korean: the company's own verb of expecting, active (not "전망이다", "예상된다"), told
# as what it said: past ("예상했다", "내다봤다") or reported ("예상한다고 밝혔다"). A present
# "…으로 추정한다", "…으로 본다" is the writer's own voice, its topic what is estimated
# ("마이크론은 같은 시점 월 9만 장 안팎으로 추정한다" in a broker's note: Micron's figure)
_EXPECTS_KO = re.compile(
    r"(?:예상|전망|관측|추산|추정)(?:했|한다고|하고\s있다고|했습니다|한다는)"
    r"|내다봤|내다본다고|점쳤|자신했"
    # "…확보할 전망이라고 회사 측이 밝혔다": the company's own outlook, told by itself
    r"|(?:전망|예상)이?라고\s(?:회사\s?측|회사|당사|\S+\s측)(?:이|은|는|에서)\s(?:밝혔|말했|설명했|전했)"
)
_TOPIC_KO = ("은", "는")
_TITLE_KO = re.compile(
    r"\s?(?:[가-힣A-Za-z]+\s){0,2}?(?:최고경영자|CEO|최고재무책임자|CFO|사장|부사장|대표|회장)"
    r"(?:\([A-Z]+\))?(?:은|는)"
)


def own_expectation(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a count or capacity the company forecasts for itself made `planned`."""
    if not any(c.modality == "forecast" and c.predicate in _PREDICATES for c in found):
        return found
    if s.tier == "analyst":
        return found  # an analyst house's note: its expectations are its forecasts
    third = _THIRD_PARTY_KO if s.language == "ko" else _THIRD_PARTY_EN
    if third.search(s.text):
        return found
    return [replace(c, modality="planned") if _own(s, c) else c for c in found]


def _own(s: Sentence, c: Candidate) -> bool:
    if c.modality != "forecast" or c.predicate not in _PREDICATES:
        return False
    expecter = _ko_expecter(s, c) if s.language == "ko" else _en_sayer(s, c)
    return expecter is not None and _owns(s, expecter, c.subject)


def _companies(s: Sentence) -> list[Mention]:
    return [m for m in s.mentions if m.kind == "company"]


def _en_sayer(s: Sentence, c: Candidate) -> str | None:
    """The company that says the figure: "…, AWS said" after it, "TSMC said its …" or
    "According to TSMC, …" before it, with no other company between it and the figure."""
    companies = _companies(s)
    after = [m for m in companies if m.start > c.anchor]
    if after:
        m = after[0]
        if s.text[: m.start].rstrip().endswith(",") and _SAID_EN.match(s.text, m.end):
            return m.id
        if m.anaphoric and _SAID_EN.match(s.text, m.end):
            return m.id  # "…, the company said"
    before = [m for m in companies if m.end <= c.anchor]
    if before and all(o.id == before[0].id for o in before):
        m = before[0]
        if _SAID_EN.match(s.text, m.end) or _ACCORDING_TO.search(s.text, 0, m.start):
            return m.id
    if before and _EXPECTS_EN.match(s.text, before[-1].end):
        return before[-1].id  # the nearest company before the figure expects it itself
    return None


def _ko_expecter(s: Sentence, c: Candidate) -> str | None:
    """The company that is the subject of the verb of expecting after the figure: marked
    as topic (은/는) or by its officer's title ("앤디 재시 아마존 CEO는"), the first company
    of the sentence, with no other company between it and the figure."""
    if _EXPECTS_KO.search(s.text, c.anchor) is None:
        return None
    before = [m for m in _companies(s) if m.end <= c.anchor]
    if not before:
        return None
    m = before[0]
    marked = s.particle(m) in _TOPIC_KO or _TITLE_KO.match(s.text, m.end) is not None
    return m.id if marked and all(o.id == m.id for o in before) else None


def _owns(s: Sentence, company: str, subject: str) -> bool:
    """Whether the figure of ``subject`` is ``company``'s own: the company itself, or what
    it owns (a cluster's owner), a parent and its cloud counting as one."""
    ids = {company, _SAME.get(company, company)}
    if subject in ids:
        return True
    entity = s.vocabulary.entity(subject)
    owner = entity.owner if entity is not None else None
    return owner is not None and (owner in ids or _SAME.get(owner, owner) in ids)
