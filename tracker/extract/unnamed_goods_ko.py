"""Korean supply deals for goods named by a common noun: "델은 xAI와 50억 달러 규모의 AI 서버
공급 계약을 맺었다", "브로드컴은 하반기부터 오픈AI에 맞춤형 가속기를 공급할 계획이다",
"삼성전자가 테슬라로부터 AI 칩 위탁생산을 수주했다", "xAI가 델과 서버 구매를 논의 중이다".

No vocabulary product is named, so the supply rule (which needs one) passes them over; the
gold records them as deals with no product qualifier. The roles come from the particles
and the verb: the one supplied to (에/에게) buys from the subject; the one bought from
(로부터/에서) sells to it, except for an order won (수주), where the one it came from buys;
a partner of a pact (와/과) is the customer or the supplier by which of the two sells such
goods. A rental ("클라우드", "빌려", "임차", "이용 계약") is an adoption, never a deal here.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Claim
from tracker.extract.analysis import DATIVE, PARTNER, TOPIC, Sentence
from tracker.extract.claimrules.common import SERVER_MAKERS
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.foundries_ko import made_by_foundry
from tracker.extract.own_word import agreed_deal
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.vocabulary import Vocabulary

_COMPANY = ("company",)
_PRODUCTS = ("chip", "memory", "system")
# goods a supplier sells, said by a common noun
_GOODS = re.compile(
    r"(?:AI\s?)?(?:칩|반도체|가속기|GPU|서버|랙|NPU|ASIC|HBM|(?:고대역폭\s?|AI\s?)?메모리)"
    r"|위탁\s?생산|파운드리\s?물량|맞춤형\s?칩|주문형\s?반도체"
    # "파운드리 공급 계약", "파운드리 계약": making a company's chips, told by the trade's
    # name (only right before the deal word: _goods_at)
    r"|파운드리"
    r"|(?:AI\s?)?(?:컴퓨팅|연산)(?:\s?(?:자원|용량|파워|능력))?"
)
# a purchase told with 사들이다 ("…어치 컴퓨팅을 사들이기로 했다"), a verb the supply triggers
# leave to their own phrases ("사들이는 협상")
_BOUGHT = re.compile(r"사들(?:이|였|인|일)")
_GOODS_GAP = 28
# between the goods and the deal word: a particle, a count or an amount's "어치", no verb
_GOODS_THEN_VERB = re.compile(
    r"\s?(?:을|를|의|도)?\s?(?:[\d,.]+\s?(?:만|천)?\s?(?:개|대|장)\s?)?(?:를|을)?\s?"
    r"(?:추가(?:로)?\s?)?"  # "컴퓨팅 추가 공급 계약", "연산 자원을 추가로 사들였다"
    r"(?:(?:공동\s?)?(?:개발|설계|생산)\s?(?:및|과|와)\s)?"  # "맞춤형 칩 공동 개발 및 공급 계약"
)
_RENTAL = re.compile(r"클라우드|빌려|빌리|빌린|임차|임대|대여|이용\s?계약|사용\s?계약")
_SELLS = re.compile(r"(?:공급|납품|판매|출하|인도)(?!\S*받)")
_BUYS = re.compile(r"(?:공급|납품|인도)받|구매|구입|사들|조달")
_ORDER_WON = re.compile(r"수주")
_FROM = ("로부터", "으로부터", "에서")
# who sells goods of no named product: the makers of vocabulary products, and server makers
_MEMORY = re.compile(r"HBM|메모리")
MEMORY_MAKERS = frozenset({"samsung", "sk-hynix", "micron"})


def unnamed_goods_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A supply deal for goods of no named product (Korean only)."""
    if s.language != "ko" or s.table is not None:
        return []
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("supply_deal", clause)
        if trig is None and (bought := _BOUGHT.search(s.text, clause.start, clause.end)):
            trig = bought.start()
        if trig is None or clause.start in state.deal_clauses:
            continue
        text = s.text[clause.start : clause.end]
        if s.of_kind(_PRODUCTS, clause) or _rental(text):
            continue
        later = None if _goods_at(s, trig) else _goods_later(s, clause, text)
        if later is False:
            continue
        pairs = _parties(s, clause, text) or _with_partner(s, clause, text)
        if not pairs:
            continue
        valid = s.valid_for(trig, [q.start for q in s.quantities])
        modality = agreed_deal(s, s.modality(trig, valid, clause), clause, s.future(valid))
        if modality is None:
            continue
        for customer, supplier in pairs:
            qualifiers = {}
            if later is not None and later is not True:
                if supplier not in {later.entity.maker, *later.entity.suppliers}:
                    continue  # another maker's product named later: not this deal's
                qualifiers = {"product": later.id}
            out.append(
                Candidate(customer, "supply_deal", modality, valid, trig, qualifiers, supplier)
            )
    return out


# a contract made ("공급 계약을 맺었고", "장기 계약을 체결하고"): its goods may come after
_CONTRACT = re.compile(r"(?:공급|납품|구매|다년|장기)\s?계약(?:을|를)?\s?(?:이미\s)?(?:맺|체결)")


def _rental(text: str) -> bool:
    """Whether the clause tells a rental, an adoption and never a deal here. Compute bought
    from a cloud named as one ("구글 클라우드에서 … 연산 용량을 사들이기로") is the cloud's
    compute contract (GUIDE: the cloud the supplier), so 클라우드 alone does not make it one."""
    words = {m.group() for m in _RENTAL.finditer(text)}
    if not words:
        return False
    return not (words == {"클라우드"} and _COMPUTE_TRADED.search(text) is not None)


def _goods_later(s: Sentence, clause: Span, text: str) -> Mention | bool:
    """What a contract clause with no goods of its own trades, named in the sentence's next
    clauses ("오픈AI와는 … 공급 계약을 이미 맺었고 첫 1기가와트는 … MI450으로 구축됩니다",
    "테슬라와는 … 장기 공급 계약을 맺었고, 차세대 AI 칩을 … 생산할 예정이다"): the product
    named there, or ``True`` for goods of no named product, or ``False`` for none."""
    if not _CONTRACT.search(text):
        return False
    rest = Span(clause.end, len(s.text))
    products = s.of_kind(_PRODUCTS, rest)
    if products:
        return products[0]
    for goods in _GOODS.finditer(s.text, rest.start, rest.end):
        if not any(m.start <= goods.start() < m.end for m in s.mentions):
            return True
    return False


def _with_partner(s: Sentence, clause: Span, text: str) -> list[tuple[str, str]]:
    """The deal of a clause naming only its partner ("테슬라와는 … 계약을 맺었고"), with the
    company the text is about (its issuer, else the topic of the sentences before)."""
    named = [m for m in s.of_kind(_COMPANY, clause) if not m.anaphoric]
    if len({m.id for m in named}) != 1 or s.particle(named[0]) not in PARTNER:
        return []
    own = s.focus.issuer or s.focus.get("topic", s.index, 12)
    if own is None or own.id == named[0].id:
        return []
    seller = _seller_of(s, text, own.id, named[0].id)
    if seller is None:
        return []
    buyer = named[0].id if seller == own.id else own.id
    return [(buyer, seller)]


def _goods_at(s: Sentence, trig: int) -> bool:
    """Whether goods are what the deal word right after them trades ("AI 서버 공급 계약",
    "맞춤형 가속기를 공급", "위탁생산을 수주"), not a word elsewhere ("GPU와 묶이는 CPU를 …
    공급") nor part of a name ("한미반도체")."""
    for goods in _GOODS.finditer(s.text, max(0, trig - _GOODS_GAP), trig):
        inside = any(m.start <= goods.start() < m.end for m in s.mentions)
        if not inside and _GOODS_THEN_VERB.fullmatch(s.text, goods.end(), trig):
            return True
    return False


def _parties(s: Sentence, clause: Span, text: str) -> list[tuple[str, str]]:
    """(customer, supplier) pairs of the clause's subject (with the companies listed with
    it, "SK하이닉스와 삼성전자는") and the one other company named, by particle and verb."""
    named = [m for m in s.of_kind(_COMPANY, clause) if not m.anaphoric]
    subject = _subject(s, named, clause)
    if subject is None:
        return []
    group = joined_companies(s, subject, clause)
    others: dict[str, Mention] = {}
    for m in named:
        if m.id not in {g.id for g in group}:
            others.setdefault(m.id, m)  # its first mention: "AMD와 … 계약, AMD 지분"
    if len(others) != 1:
        return []
    other = next(iter(others.values()))
    particle = s.particle(other) or _from_particle(s, other)
    side = [g.id for g in group]
    if particle in DATIVE and particle != "에서" and _SELLS.search(text):
        return [(other.id, g) for g in side]  # "오픈AI에 맞춤형 가속기를 공급"
    if particle in _FROM:
        if _ORDER_WON.search(text):
            return [(other.id, g) for g in side]  # "테슬라로부터 … 수주"
        if _BUYS.search(text):
            return [(g, other.id) for g in side]  # "델로부터 서버를 사들여"
        return []
    if particle in PARTNER:
        # "삼성전자와 SK하이닉스 모두 오픈AI와 … 공급 방안을 논의": each of a listed subject
        # with the one partner
        pairs = []
        for member in side:
            seller = _seller_of(s, text, member, other.id)
            if seller is None:
                return []  # both or neither sell such goods: no telling who buys
            pairs.append((other.id if seller == member else member, seller))
        return pairs
    return []


def _seller_of(s: Sentence, text: str, a: str, b: str) -> str | None:
    """Which of a pact's two partners sells: the one alone in the goods' sellers; when both
    or neither are and a contract is told, the one further up the supply chain (a foundry or
    memory maker over a server maker, over a GPU cloud, over any other: "삼성전자는 테슬라와
    … 공급 계약", "코어위브는 오픈AI와 맺은 공급 계약"); ``None`` when that does not tell."""
    sellers = _sellers(s, text)
    selling = [i for i in (a, b) if i in sellers]
    if len(selling) == 1:
        return selling[0]
    if "계약" not in text or _COMPUTE_TRADED.search(text):
        # "GPU 공급을 늘리기 위해 TSMC와 협력": no pact; compute between two clouds: the
        # clouds' own ranking is compute_deals', not this module's (pinned: no deal)
        return None
    rank_a, rank_b = _chain_rank(s, a), _chain_rank(s, b)
    if rank_a == rank_b:
        return None
    return a if rank_a > rank_b else b


def _chain_rank(s: Sentence, company: str) -> int:
    """How far up the supply chain a company sells (see :func:`_seller_of`)."""
    if company in MEMORY_MAKERS or company in s.vocabulary.cue_list("anaphora_roles", "foundry"):
        return 3
    if company in SERVER_MAKERS:
        return 2
    return 1 if company in s.vocabulary.cue_list("cloud_roles", "gpu_cloud") else 0


# a list of subjects closed by "모두" or "둘 다" with no particle ("삼성전자와 SK하이닉스 모두
# 오픈AI와 … 논의 중")
_ALL_OF = re.compile(r"\s(?:모두|둘\s다)(?:가|는)?\s")


def _subject(s: Sentence, named: list[Mention], clause: Span) -> Mention | None:
    """The clause's subject: a company marked as topic or subject, else the sentence's
    topic before the clause when it is one of the two."""
    marked = [m for m in named if s.particle(m) in TOPIC or _ALL_OF.match(s.text, m.end)]
    if len(marked) == 1:
        return marked[0]
    before = [m for m in s.of_kind(_COMPANY, Span(0, clause.start)) if s.particle(m) in TOPIC]
    ids = {m.id for m in named}
    return next((m for m in reversed(before) if m.id in ids), None)


def _from_particle(s: Sentence, m: Mention) -> str:
    """로부터 / 으로부터, which the particle reader does not list."""
    return next((p for p in _FROM if s.text.startswith(p, m.end)), "")


# compute as the goods a deal word trades ("컴퓨팅 공급 계약", "컴퓨팅을 사들이기로")
_COMPUTE_TRADED = re.compile(
    r"(?:컴퓨팅|연산)(?:\s?(?:자원|용량|파워|능력))?\s?(?:을|를)?\s?(?:추가(?:로)?\s?)?"
    r"(?:공급|구매|사들|계약|조달)"
)

# the foundry trade as the goods ("파운드리 공급 계약"): only a foundry sells it
_FOUNDRY_TRADED = re.compile(r"파운드리\s?(?:공급\s?)?계약")


def _sellers(s: Sentence, text: str) -> frozenset[str]:
    """Who sells the goods: the clouds for compute (GUIDE: a cloud compute contract with no
    product, the cloud the supplier); memory makers for memory; else the companies that
    make or supply some vocabulary product, and the server makers (once per vocabulary)."""
    if _COMPUTE_TRADED.search(text):
        return frozenset(
            (
                *s.vocabulary.cue_list("cloud_roles", "gpu_cloud"),
                *s.vocabulary.cue_list("cloud_roles", "hyperscaler_cloud"),
            )
        )
    if _FOUNDRY_TRADED.search(text):
        return frozenset(s.vocabulary.cue_list("anaphora_roles", "foundry"))
    if _MEMORY.search(text):
        return MEMORY_MAKERS
    return seller_pool(s)


def seller_pool(s: Sentence) -> frozenset[str]:
    """The companies that make or supply some vocabulary product, and the server makers:
    who may sell goods named by a common noun (built once per vocabulary)."""
    return s.vocabulary.derived("unnamed_goods_ko.sellers", _build_sellers)


def _build_sellers(vocabulary: Vocabulary) -> frozenset[str]:
    found: set[str] = set(SERVER_MAKERS)
    for entity in vocabulary.entities.values():
        if entity.maker:
            found.add(entity.maker)
        found.update(entity.suppliers)
    return frozenset(found)


_SIZED_CONTRACT = re.compile(r"(?:달러|원)\s?(?:규모|어치)(?:의)?\s(?:\S+\s){0,3}?(?:\S*\s)?계약")


def without_vaguer_deals(claims: list[Claim]) -> list[Claim]:
    """A deal with no product between two companies that the same document also gives a
    deal for a named product ("HBM 공급 물량 협상을 마무리했다. … HBM4 물량을 모두 확정했다")
    is that deal said less precisely: the one with fewer qualifiers goes (GUIDE: a fact
    restated is one claim)."""
    named = {(c.subject, c.object) for c in claims if c.predicate == "supply_deal" and c.qualifiers}
    return [
        c
        for c in claims
        if not (
            c.predicate == "supply_deal"
            and not c.qualifiers
            and (c.subject, c.object) in named
            # "칩은 삼성전자 파운드리에 맡겨 만든다 … HBM3E도 삼성전자에서 공급받는다": the
            # foundry's making is a deal of its own, not the memory deal said vaguely
            and not made_by_foundry(c.source.quote)
            # "…와 194억 달러 규모의 GPU 인프라 계약을 맺었다 … 이 계약에 따라 GB300을 빌려
            # 쓴다": a contract told by its worth is a deal of its own beside what it rents
            and not _SIZED_CONTRACT.search(c.source.quote)
        )
    ]
