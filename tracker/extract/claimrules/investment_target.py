"""Investment targets: what an amount found by :mod:`investment` is put into. The company,
site or technology the clause names (a Korean dative or object, an English "in"/"into"),
the company whose round the amount joins (a raise named in the sentence, or told a few
sentences before), or the company the text is about; a model's money goes to its owner."""

from __future__ import annotations

import re

from tracker.extract.analysis import DATIVE, OBJECT, TOPIC, Sentence
from tracker.extract.claimrules import investor_roles as roles
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.raisers import RAISER
from tracker.extract.text import Span
from tracker.extract.unnamed import THE_ROUND_EN
from tracker.extract.vocabulary import Entity

_TARGET_KINDS = (
    "company",
    "cluster",
    "facility",
    "chip",
    "model",
    "memory",
    "technology",
    "process",
)


def _investment_target(
    s: Sentence, q: QuantityMatch, clause: Span, paren: Span | None, investors: set[str]
) -> str | None:
    if paren is not None:
        hosts = [m for m in s.mentions if m.end <= paren.start and m.kind in _TARGET_KINDS]
        return _owner_of(hosts[-1]) if hosts else None
    pool = [m for m in s.of_kind(_TARGET_KINDS, clause) if m.id not in investors]
    pool = [m for m in pool if not roles.owns_amount(s, m)]  # "Google's $3 billion": no target
    if s.inner:
        # "Amazon, which has put $8bn into Anthropic, weighs $10bn in OpenAI": a relative
        # clause's target is not the main clause's, and the reverse
        own = s.inner_of(q.start)
        pool = [m for m in pool if s.inner_of(m.start) == own] or pool
    if s.language == "ko":
        for particles in (DATIVE, OBJECT):
            hit = [m for m in pool if m.end <= q.start and s.particle(m) in particles]
            if hit:
                return _owner_of(hit[-1])
        raising = _raiser_ko(s, q, clause, pool)
        if raising is not None and raising not in investors:
            return raising
    if s.language == "en" and (
        _THE_ROUND.match(s.text, q.end)
        or _LED_THE_ROUND.search(s.text, max(0, q.start - 50), q.start)
    ):
        # "xAI is raising $20 billion. … Nvidia invested $2 billion in the round": the round
        # is that of the company a sentence before said is raising (raisers.py)
        raiser = s.focus.get(RAISER, s.index, 3)
        if raiser is not None and raiser.id not in investors:
            return raiser.id
    after = [m for m in pool if m.start >= q.end]
    if after:
        return _owner_of(after[0])
    if s.language != "ko":
        prep = [
            m
            for m in s.mentions
            if m.kind in _TARGET_KINDS and m.id not in investors and _after_in(s, m)
        ]
        if prep:
            return _owner_of(prep[0])
    before = [m for m in pool if m.end <= q.start and s.particle(m) not in TOPIC]
    if before:
        return _owner_of(before[-1])
    if s.language == "ko":
        # "…앤트로픽에 투자하기로 했는데, 엔비디아가 최대 100억 달러 …를 넣는 조건이었다": the
        # target the sentence's earlier clause names (in the dative), before any site in view
        told = [m for m in s.of_kind(_TARGET_KINDS, Span(0, clause.start)) if m.id not in investors]
        told = [m for m in told if s.particle(m) in DATIVE]
        if told:
            return _owner_of(told[-1])
    focus = s.focus.get("cluster", s.index, 2)
    if s.language == "en" and (lead := _lead_target(s, clause, focus, investors)) is not None:
        return lead
    return focus.id if focus is not None else None


def _lead_target(s: Sentence, clause: Span, site: Entity | None, investors: set[str]) -> str | None:
    """An English amount with no target named goes to the company the text is about (its
    lead's subject: "Nov 2025 - Microsoft and Nvidia agree to invest up to $5 billion and
    $10 billion respectively" in a timeline of Anthropic's compute) when the sentence tells
    a round or a stake, or when the site in view is not the investors' own and the sentence
    speaks of no building: outsiders put money into a company, not into its site."""
    lead = s.focus.salience.lead
    if lead is None or lead.id in investors:
        return None
    text = s.text[clause.start : clause.end]
    if _COMPANY_MONEY.search(text):
        return lead.id
    if site is None or (site.owner is not None and site.owner in investors):
        return None
    return None if _SITE_MONEY.search(text) else lead.id


# money that goes to a company: its round, its shares, a stake in it
_COMPANY_MONEY = re.compile(
    r"\b(?:funding|financing|fundraising|round|stake|shares|equity|shareholders?|investors?)\b",
    re.I,
)
# money that goes to a site: building it, expanding it
_SITE_MONEY = re.compile(
    r"\b(?:expan\w+|build-?out|build(?:ing)?|construct\w*|campus|site|facilit\w+|cluster|"
    r"data\s?cent(?:er|re)s?|phase)\b",
    re.I,
)


# "xAI가 추진 중인 200억 달러 규모의 자금 조달에": the raise an amount goes into, in the sentence
_INTO_RAISE_KO = re.compile(r"(?:자금\s?조달|투자\s?유치|라운드|펀딩)(?:에|에서|에는)\s")
# "이번 라운드에(는|서)", "이 가운데 20억 달러를": the round told before
_THIS_ROUND_KO = re.compile(
    r"(?:이번|이|해당|같은)\s?(?:라운드|투자\s?유치|자금\s?조달|펀딩)|이\s?가운데\s|이\s?중\s"
)


def _raiser_ko(s: Sentence, q: QuantityMatch, clause: Span, pool: list[Mention]) -> str | None:
    """The company whose round a Korean amount goes into: the subject of the raise the
    sentence names ("xAI가 추진 중인 … 자금 조달에 엔비디아가 최대 20억 달러를"), or the
    company a sentence up to three before said is raising ("이번 라운드에는 … 네이버가 300억
    원을 넣었다", "엔비디아는 이 가운데 20억 달러를 … 댔다")."""
    into = _INTO_RAISE_KO.search(s.text, clause.start, q.start)
    if into is not None:
        at = into.start()
        named = [m for m in pool if m.end <= at and s.particle(m) in ("이", "가", "의")]
        if named:
            return _owner_of(named[-1])
    if into is not None or _THIS_ROUND_KO.search(s.text, 0, q.start):
        raiser = s.focus.get(RAISER, s.index, 3)
        return raiser.id if raiser is not None else None
    return None


# "ASML led the round with €1.3 billion": the amount put into the round named before
_LED_THE_ROUND = re.compile(
    r"\b(?:led|co-led|joined|anchored)\s(?:the|this)\s(?:[\w-]+\s){0,2}?(?:round|raise|financing)"
    r"\swith\s(?:(?:about|some|roughly|nearly|around|up\sto)\s)?[$€£]?$",
    re.I,
)
# "… in the round", "into the latest funding round", "to the raise": a round named before
_THE_ROUND = re.compile(
    r"\s(?:in|into|to)\s" + THE_ROUND_EN.replace("the", "(?:the|this|that)", 1) + r"\b", re.I
)


_IN_BEFORE = re.compile(r"\b(?:in|into)\s$")


def _after_in(s: Sentence, m: Mention) -> bool:
    return bool(_IN_BEFORE.search(s.lowered[max(0, m.start - 6) : m.start]))


def _owner_of(m: Mention | None) -> str | None:
    if m is None:
        return None
    if m.kind == "model" and m.entity.owner:
        return m.entity.owner
    return m.id
