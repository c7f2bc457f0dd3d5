"""Korean clouds offering a service built on a named chip: an adoption on their own premises.

A Korean cloud or telecom says it runs a chip by naming the service it sells on it: "코어위브는
MI355X 기반 추론 클라우드를 내놓는다", "LG유플러스가 가우디3를 바탕으로 한 AI 클라우드 상품을
출시했다", "델타클라우드는 B300으로 GPU 구독 서비스를 제공할 예정이다", "…이 H200 기반 GPU
클라우드를 운영하고 있다". The chips sit in the offerer's own data centers, so the offerer adopts
them, mode ``on-prem`` (GUIDE, settled case: a cloud that offers a chip in its own service),
whatever else the clause says of a cloud (the word 클라우드 names the service, not a cloud it
rents from), and a chip of the offerer's own family is no exception (the GUIDE's own-chip case).

The shape: the chip, then 기반 / 기반의 / 을 기반으로 한 / 을 바탕으로 한 / 으로, a service word
(서비스, 인스턴스, 가상머신, 클라우드, GPUaaS, 상품) within a few words, then a verb of offering
(제공, 출시, 내놓다, 선보이다, 운영, 개시) within a few more. The offerer is the topic or subject
before the chip (with the companies listed with it); a clause that also names a customer in
the dative or a cloud it goes through ("마이크로소프트에 … 서비스를 제공", "구글 클라우드에서
… 서비스를 운영") is a rental, which the adoption rule reads.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import OPENING, TOPIC, Sentence
from tracker.extract.claimrules.adoptable import _COUNTED_AFTER
from tracker.extract.claimrules.adopters_ko import listed_adopters
from tracker.extract.claimrules.common import Candidate, RuleState, is_cloud_company
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_PRODUCTS = ("chip", "system")
# what may stand between the chip and the word that makes it the service's base: a closing
# quote, an aside in parentheses ("'리벨 쿼드(REBEL-Quad)'"), a head word for what it is
_HEAD = (
    r"['’\"”」』]?\s?(?:\([^()]{0,30}\))?['’\"”」』]?\s?"
    r"(?:NVL\s?\d+\s?)?(?:(?:GPU|칩|가속기|NPU|서버|시스템|랙|플랫폼)\s?)?"
)
_BASE = (
    r"(?:\s?기반(?:의|으로\s?(?:한|하는))?|(?:을|를)\s기반으로\s(?:한|하는)"
    r"|(?:을|를)\s바탕으로\s(?:한|하는)|\s?(?:으로|로))\s"
)
# the service: a few words, one of them a service word, with its particle. A cloud's own
# words (클라우드, 인스턴스, 가상머신, GPUaaS) take any verb of offering; a plain 서비스 or 상품
# only one of offering it to users or running it (제공, 운영): "가우디3 기반 AI 서비스를
# 출시했다" may be an app built on the chip, its mode unsaid (kept as the adoption rule reads it)
_WORDS = r"(?:[^\s,.]+\s){0,4}?[^\s,.]*"
_PARTICLE = r"[^\s,.]{0,12}?(?:을|를|도|은|는)?\s(?:[^\s,.]+\s){0,3}?"
_CLOUD = _WORDS + r"(?:클라우드|인스턴스|가상머신|가상\s머신|GPUaaS)" + _PARTICLE
_PLAIN = _WORDS + r"(?:서비스|상품)" + _PARTICLE
_RUN = r"(?:제공(?:하|할|한|해|했|합|\s중)|운영(?:하|할|한|해|했|합|\s중))"
_OFFER = (
    rf"(?:{_RUN}|출시(?:하|할|한|해|했|합)|내놓|내놨|선보(?:이|였|일|인|여)"
    r"|개시(?:하|할|한|해|했|합))"
)
_OFFER_AT = re.compile(_OFFER + r"|공개|출시")
_OFFERED = re.compile(_HEAD + _BASE + rf"(?:{_CLOUD}{_OFFER}|{_PLAIN}{_RUN})")
# a cloud's instances made public are launched, open to users: in place, so actual, not an
# announcement ("…기반 인스턴스를 일반 고객에게 공개했다"); a chronology line ends on the bare
# noun ("…기반 가상머신 공개.", "… 출시."). Only the instance itself, with its particle:
# "…인스턴스 사양을 공개했다" makes public a document, no service
_LAUNCHED = re.compile(
    _HEAD
    + _BASE
    + _WORDS
    + r"(?:인스턴스|가상머신|가상\s머신)"
    + r"(?:(?:을|를)\s(?:[^\s,.]+\s){0,3}?(?:(?P<made_public>공개(?:했|한|하였|해\s?왔)"
    + r"|(?:공개|출시)(?=\.|$))|공개(?:할|하기로|한다|합니))|\s(?P<bare>공개|출시)(?=\.|$))"
)
# an offer told as made: a cloud's release, preview or launch is in place ("미리보기로
# 내놨다", "선보였다", "출시했다"), where the cue words of unveiling read it as announced
RELEASED_KO = re.compile(
    r"(?:정식\s?)?(?:출시(?:\([A-Za-z]+\))?(?:했|됐)|내놨|내놓았|선보였|상용화했|제공했)"
)
# a counted chip ("B200 1만 장으로 …") is a fleet, not a base named
_COUNTED = re.compile(r"\s?\d")
# a party other than the offerer: a customer in the dative, a cloud gone through, a partner
_OTHER_PARTY = ("에", "에게", "에서", "와는", "과는", "와도", "과도")
_THROUGH = re.compile(
    r"\s?(?:클라우드|애저|데이터센터)?\s?(?:에서|에게|에|(?:을|를)\s?(?:통해|거쳐))(?=[\s,])"
)
_ON_PREM = {"mode": "on-prem"}


def offered_service(s: Sentence, clause: Span) -> tuple[Mention, int] | None:
    """The chip a Korean clause names as the base of a service its subject offers, and
    where the verb of offering stands; ``None`` when the clause says no such thing."""
    if s.language != "ko" or _OFFER_AT.search(s.text, clause.start, clause.end) is None:
        return None  # (no verb of offering: the common case, found by one scan)
    for m in s.of_kind(_PRODUCTS, clause):
        hit = _OFFERED.match(s.text, m.end, clause.end)
        hit = hit or _LAUNCHED.match(s.text, m.end, clause.end)
        if hit is not None and not _COUNTED.match(s.text, m.end):
            verb = hit.end() - 2
            return None if _another_party(s, Span(clause.start, verb)) else (m, verb)
    return None


# The verb of offering in adnominal form before a noun: "H200 기반 클라우드 서비스를 제공하는
# 코어위브에 투자했다" tells what the company after it offers, not the topic (review 12 F2)
_ADNOMINAL = re.compile(
    r"(?:제공|운영|출시|개시|공개)\s?(?:하는|한|할|중인)\s|선보(?:이는|인|일)\s|내놓(?:는|은)\s"
)


# "제공할 계획이다", "운영할 예정": the topic's own plan, not a noun described ("공개한 바
# 있다": its own past deed)
_PLAN_NOUN = re.compile(r"(?:계획|예정|방침|것|목표|전략|방안|뜻|의사|입장|수\s|중|바\s)")


def _describes_a_company(s: Sentence, verb: int) -> bool:
    """Whether the offering verb ending at ``verb`` is adnominal and describes the noun
    after it (a company, "스타트업"): the offer is that one's ("…를 운영하는 스타트업과
    손잡았다"), unless the noun is a plan of the topic's own ("제공할 계획이다")."""
    start = max(
        (m.start() for m in _OFFER_AT.finditer(s.text, max(0, verb - 6), verb + 2)), default=None
    )
    adnominal = _ADNOMINAL.match(s.text, start) if start is not None else None
    if adnominal is None:
        return False
    return _PLAN_NOUN.match(s.text, adnominal.end()) is None


def _another_party(s: Sentence, span: Span) -> bool:
    """Whether a company stands in the span as a customer in the dative, a cloud gone
    through or a partner ("메타에 … 서비스를 제공", "오라클 클라우드에서 … 운영"): a rental,
    which the adoption rule reads."""
    return any(
        s.particle(m) in _OTHER_PARTY or _THROUGH.match(s.text, m.end)
        for m in s.of_kind(("company",), span)
    )


def offered_service_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A Korean company offering a service on a named chip adopts it, mode on-prem."""
    if s.language != "ko" or s.table is not None:
        return []
    out: list[Candidate] = []
    for clause in s.clauses:
        found = offered_service(s, clause)
        if found is None:
            continue
        product, verb = found
        if _describes_a_company(s, verb):
            continue  # "… 서비스를 제공하는 코어위브에 투자했다": that company's offer
        if _counted_elsewhere(s, product):
            continue  # "… 기반 서비스를 선보였고, GB200을 10만 개 넘게 운영": a fleet (GUIDE)
        offerers = _offerers(s, clause, product)
        if not offerers:
            continue
        valid = s.valid_for(verb, [q.start for q in s.quantities])
        modality = s.modality(verb, valid, clause)
        if modality is None:
            continue
        if modality == "announced" and (
            _made_public(s, product, clause) or RELEASED_KO.search(s.text, verb - 2, verb + 4)
        ):
            modality = "actual"  # instances made public or launched are open to users
        out.extend(
            Candidate(m.id, "adopts", modality, valid, verb, dict(_ON_PREM), product.id)
            for m in offerers
        )
    return out


def _made_public(s: Sentence, product: Mention, clause: Span) -> bool:
    """Whether the clause makes instances on the chip public ("…기반 인스턴스를 공개했다"),
    not offering them by another verb."""
    if _OFFERED.match(s.text, product.end, clause.end) is not None:
        return False
    hit = _LAUNCHED.match(s.text, product.end, clause.end)
    return hit is not None and (hit.group("made_public") or hit.group("bare")) is not None


def _counted_elsewhere(s: Sentence, product: Mention) -> bool:
    """Whether the sentence counts the same chip elsewhere: a count of the chips a company
    runs gives deployed_chips only, not also an adoption (GUIDE, settled case)."""
    for m in s.of_kind(_PRODUCTS):
        counted = _COUNTED_AFTER.match(s.text, m.end) if m.id == product.id else None
        if counted is not None and not _IN_ONE_SYSTEM.match(s.text, counted.end()):
            return True
    return False


# a count of the chips one system holds, not of a fleet: "트레이니움3 144개를 하나로 묶은
# Trn3 울트라서버", "MI450 72개를 한 랙에 담은"
_IN_ONE_SYSTEM = re.compile(
    r"(?:을|를)?\s(?:하나로|한\s?(?:대|랙|시스템|서버|노드|보드)에)\s(?:묶은|묶어|담은|담아|넣은|연결한)"
)


def _offerers(s: Sentence, clause: Span, product: Mention) -> list[Mention]:
    """The topic or subject before the chip and the companies listed with it."""
    before = [
        m
        for m in s.of_kind(("company",), Span(clause.start, product.start))
        if s.particle(m) in TOPIC
    ]
    if not before:
        # "이 클라우드는 …": a clause whose subject is the sentence's, named earlier
        before = [
            m for m in s.of_kind(("company",), Span(0, clause.start)) if s.particle(m) in TOPIC
        ]
    if not before:
        return _story_cloud(s, clause)
    return listed_adopters(s, before[-1], clause)


# a line of a list or a chronology: "▲2025년 2월 — …", "- …", "· …", "■ …"
_LIST_LINE = re.compile(r"\s*[▲■●•·\-–*]\s?")


def _story_cloud(s: Sentence, clause: Span) -> list[Mention]:
    """A subjectless list line naming no company ("▲2025년 2월 — GB200 기반 인스턴스를
    공개.", "- B300 기반 가상머신 출시"): the cloud the story is about offers it (its issuer,
    else the company it opens on), when that is a cloud. Prose with its subject left out
    ("그때부터 … 내놓을 거고요") may be anyone's, and is left alone."""
    if _LIST_LINE.match(s.text) is None or s.of_kind(("company",)):
        return []
    about = s.focus.issuer or s.focus.salience.lead or s.focus.get(OPENING, s.index, 10_000)
    if about is None or not is_cloud_company(s, about.id):
        return []
    return [Mention(clause.start, clause.start, about, "")]
