"""The Korean reader of use clauses: a product, its particle and the verb of use after it,
with the company that is the clause's subject.

Korean puts the object before its verb, so the clause is read from the product forward to
its verb: a verb of one class (사용하다, 쓰다, 도입하다, 채택하다, 활용하다, 탑재하다,
적용하다, 돌리다, 구동하다, 택하다, 전환하다, 옮기다, 들이다, 투입하다, 운영하다, 가동하다,
설치하다; renting: 빌려 쓰다, 임차; a test: 테스트, 시험, 검증, 평가; a cloud's offer: 제공,
내놓다) within three words after the product, with an object or instrument particle or none
at all (the noun of use: "TPU 도입을 검토", "레니게이드 기반 서비스를 내놓을"); and the
subject: the last company before the product marked as topic or subject (은/는/이/가/도),
or one whose product it is (의: "메타의 TPU 도입") that is not its brand. "A사는 내년부터
B사 가속기를 자사 센터에 들여 추론을 돌린다" reads adopter A사, product the accelerator,
verb 들여. A verb in its adnominal form describing the noun after it ("…를 제공하는 C사에
투자") is a relative clause told in passing: no use of the sentence's own. Modality, mode,
time and vetoes are the core's (:mod:`tracker.extract.use_clauses`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.common import _relative_subject, _same_family, brand_of_product
from tracker.extract.claimrules.use_modes import _is_cloud_name, _is_via
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.use_clauses import COMPANY, PRODUCT_KINDS, Use, fallback_rule, usable

# verbs of use written as a noun of Sino-Korean (도입, 사용 …) or as a native verb (쓰다,
# 돌리다, 들이다 …); a noun use that names a person or a firm ("사용자", "운영사") is none
_VERB = re.compile(
    r"(?P<use>(?:사용|도입|채택|활용|탑재|적용|구동|전환|투입|운영|가동|설치|기반으로\s?(?:하|한|삼))"
    r"(?!자|사(?![가-힣])|체제|료|권)"
    r"|(?<![가-힣])(?:쓰(?:고|는|며|면|기|겠|지|던)|쓴|쓸|써|돌리|돌린|돌릴|돌려|돌립|들여|들이|들인|들일"
    r"|택하|택했|택한|옮기|옮겨|옮긴|옮길))"
    r"|(?P<rent>(?<![가-힣])(?:빌려(?!\s?주|\s?드)|빌리|빌린|빌릴)|임차)"
    r"|(?P<trial>테스트|시험|검증|평가)"
    r"|(?P<offer>제공|내놓|선보)"
)
# the particle after the product: object, instrument, "also", "only", or none (a noun of use)
_PARTICLE = re.compile(
    r"['’\"”)]?\s?(?:칩|GPU|NPU|TPU|가속기|서버|랙|카드|시스템)?\s?(?:(?:을|를|도|만|으로|로)(?![가-힣]))?\s?"
)
_CLAUSE_END = re.compile(r"(?:지만|는데|으며|하며|했고|하고|고)\s")
_SUBJECTS = (*TOPIC, "께서")
# the particles a noun of use takes ("도입을", "사용은"): no verb form
_PARTICLES = ("을", "를", "은", "는", "이", "가", "도", "의", "과", "와", "에")
# the nouns an adnominal verb completes rather than describes: "도입할 계획", "쓰는 방안"
_COMPLEMENT = re.compile(
    r"(?:계획|예정|방침|방안|안(?![가-힣])|것|수(?![가-힣])|전망|목표|가능성|의향|뜻|때|중(?![가-힣])"
    r"|데(?![가-힣])|만큼|경우|대신|쪽|구조|작업|일정|절차|과정|계약|협상|논의|조건)"
)
# what a cloud offers its customers as its own machines: instances, VMs, a cloud, a cluster
_CLOUD_OFFER = re.compile(r"인스턴스|가상머신|클라우드|클러스터|고객")
# a cloud's service built on the product: "B200 기반 인스턴스", "RNGD 기반 추론 서비스"
_SERVICE = re.compile(
    r"\s?(?:GPU|NPU|칩)?\s?(?:기반(?:의)?\s)?(?:[가-힣A-Za-z]+\s)?(?:인스턴스|가상머신|서비스|클라우드)"
)
# products listed together: "H100과 H200을", "H100, H200을", "H100·H200을"
_AND = re.compile(r"(?:과|와|및)?\s?[,·]?\s?(?:[가-힣A-Za-z]+\s)?$")
# a noun of use that is not the clause's predicate: the goal of another act ("MI355X 검증에
# 엔지니어를 투입"), or the description of goods sold ("MI355X를 탑재한 서버를 출시")
_NOT_PREDICATE = re.compile(
    r"(?:에|에서|을\s위해|를\s위해)(?![가-힣])"
    r"|[가-힣]*(?:한|된|하는|할)\s(?:[가-힣]+\s)?(?:서버|랙|시스템|제품|보드|카드|장비)(?:을|를|도)?\s"
    r"(?:[^\s.]+\s){0,2}?(?:출시|판매|공급|공개|선보|내놓|납품)"
)


def _subject(s: Sentence, clause: Span, product: Mention) -> Mention | None:
    """The company the clause is about: the last one before the product marked as topic or
    subject, else one that owns the use ("메타의 TPU 도입"), never the product's brand, a
    relative clause's subject or a cloud named as where it is rented from."""
    before = [
        m
        for m in s.of_kind(COMPANY, Span(0, product.start))
        if not brand_of_product(s, m) and not (_is_cloud_name(s, m) and s.particle(m) == "에서")
    ]
    marked = [
        m
        for m in before
        if s.particle(m) in _SUBJECTS and not _relative_subject(s, m) and m.start >= clause.start
    ]
    if marked:
        return marked[-1]
    owner = [
        m
        for m in before
        if s.particle(m) == "의"
        and product.start - m.end <= 3
        and not _same_family(s, product.entity.maker, m.id)  # "퓨리오사AI의 RNGD": its brand
        and not _is_via(s, m)
    ]
    if owner:
        return owner[-1]
    topics = [m for m in before if s.particle(m) in ("은", "는") and not _relative_subject(s, m)]
    return topics[0] if topics else None


def read_uses(s: Sentence) -> Iterator[Use]:
    """Every use clause of a Korean sentence, read from its verb back to its object."""
    for m in s.of_kind(PRODUCT_KINDS):
        particle = _PARTICLE.match(s.text, _listed_end(s, m))
        if particle is None:
            continue
        verb = _verb_within(s, particle.end())
        if verb is None or _NOT_PREDICATE.match(s.text, verb.end()):
            continue
        rental = verb.group("rent") is not None
        offer = verb.group("offer") is not None
        if not usable(s, m, rented=rental) or (offer and not _SERVICE.match(s.text, m.end)):
            continue  # "MI355X 서버를 선보였다": a sale, not a cloud's service
        clause = s.clause_of(verb.start())
        if _describes_a_noun(s, verb):
            continue  # "…를 제공하는 람다에 투자": the clause describes its head, told apart
        adopter = _subject(s, clause, m)
        # a cloud's instances for customers are its own chips (GUIDE); a plain "service"
        # launched on the chip may be an app built on it: no mode guessed
        offer = offer and _CLOUD_OFFER.search(s.text, m.end, clause.end) is not None
        if adopter is not None:
            trial = verb.group("trial") is not None
            yield Use(adopter, m, verb.start(), clause, trial, rental, offer)


def _listed_end(s: Sentence, m: Mention) -> int:
    """Where the list a product heads ends: the verb after "H100과 H200을" takes both."""
    end = m.end
    for nxt in s.of_kind(PRODUCT_KINDS, Span(m.end, len(s.text))):
        if not 0 < nxt.start - end <= 12 or not _AND.fullmatch(s.text, end, nxt.start):
            break
        end = nxt.end
    return end


def _describes_a_noun(s: Sentence, verb: re.Match[str]) -> bool:
    """Whether the verb is adnominal and describes the noun after it ("제공하는 람다랩스에",
    "선보인 오라클과", "처음 들일 고객"): a relative clause whose use is its head's, which the
    sentence tells only in passing (the tuned rules' reading); a complement ("도입할 계획",
    "쓰는 방안") is the clause's own predicate, and a noun of use with its particle ("도입을
    검토") is none."""
    space = s.text.find(" ", verb.start())
    if space < 0 or s.text[verb.end() : space] in _PARTICLES:
        return False
    word = s.text[verb.start() : space]
    return _adnominal(word) and _COMPLEMENT.match(s.text, space + 1) is None


def _adnominal(word: str) -> bool:
    """A verb form ending in ㄴ or ㄹ ("한", "할", "들일", "쓴") or in 는/던 ("하는")."""
    last = word[-1:]
    if not "가" <= last <= "힣":
        return False
    final = (ord(last) - 0xAC00) % 28
    return final in (4, 8) or last in ("는", "던")


def _verb_within(s: Sentence, start: int) -> re.Match[str] | None:
    """The verb of use within three words after ``start`` (a place or a purpose between:
    "자사 데이터센터에 들여", "추론용으로 쓴다"), with no clause ending between."""
    end = start
    for _ in range(4):
        hit = _VERB.match(s.text, end)
        if hit is not None:
            return hit
        space = s.text.find(" ", end)
        if space < 0 or _CLAUSE_END.search(s.text, end, space + 1) or "," in s.text[end:space]:
            return None
        if any(end <= m.start < space for m in s.mentions) and end > start:
            return None  # "H200을 늘리는 대신 TPU를 들이기로": another object's verb
        end = space + 1
    return None


use_clause_rule_ko = fallback_rule(read_uses, "ko")
"""An adoption read from a Korean use clause where no tuned rule read one."""
