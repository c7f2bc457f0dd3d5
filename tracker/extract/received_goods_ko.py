"""Korean goods of no named product received from their makers: a `supply_deal` from each
maker to the company that receives them, with no product qualifier (GUIDE: a deal that
names no product is still a supply_deal).

"XPU에 들어가는 HBM은 SK하이닉스, 삼성전자, 마이크론 세 곳 모두에서 받고 있다", "서버는 델과
슈퍼마이크로 두 곳에서 받는다", "GPU 서버는 슈퍼마이크로와 델 제품을 함께 쓰고 있다", "메모리는
SK하이닉스 제품을 쓴다": the goods are a common noun (서버, HBM, 메모리, 칩) and the verb is a
plain 받다 or "X 제품을 쓰다", which no deal trigger covers, so the supply rules passed them
over. The makers are the companies listed before the source (에서, 로부터, "N 곳에서") or
before 제품; each must sell such goods (memory makers for memory, else the makers of
vocabulary products and the server makers). The receiver is the clause's topic company,
else the company the text speaks for or is about (an interview's or a call's "we" leaves
itself out). Goods received that are no goods (평가, 투자, 인증, 주문) give nothing, and so
does a clause naming a vocabulary product (the supply rule's to read).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.own_word import agreed_deal
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.unnamed_goods_ko import MEMORY_MAKERS, seller_pool

_COMPANY = ("company",)
_PRODUCTS = ("chip", "memory", "system")
# the makers as the source, then a plain 받다: "(델)에서 받고 있다", "(마이크론) 세 곳
# 모두에서 받는다", "(SK하이닉스)로부터 전량 받아 쓴다"
_RECEIVED = re.compile(
    r"(?:\s(?:두|세|네|다섯|\d)\s?곳\s?(?:모두)?)?(?:로부터|으로부터|에서)\s"
    r"(?:(?:모두|전량|함께|각각|나눠|나누어|주로|직접|다|골고루)\s)?"
    r"받(?:고|는|아|았|습|을|은|기|는다)"
)
# the makers' goods used: "(슈퍼마이크로와 델) 제품을 함께 쓰고", "(SK하이닉스) 제품을 씁니다"
_THEIR_GOODS_USED = re.compile(
    r"\s?제품(?:을|를|만)?\s(?:(?:모두|함께|같이|주로|섞어|나눠)\s)?(?:쓰|씁|써|사용)"
)
# goods a maker sells, said by a common noun, before the makers in the clause
_GOODS = re.compile(r"(?:GPU\s?)?(?:서버|랙)|HBM|메모리|칩|가속기|반도체|웨이퍼")
_MEMORY = re.compile(r"HBM|메모리")
# what is received that is no goods
_NOT_GOODS = re.compile(
    r"평가|인정|주목|승인|인증|호평|관심|러브콜|테스트|검증|투자|주문|제안|요청|질문|자금|압박|영향"
    r"|라이선스|로열티|보조금|지원"
)


def received_goods_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: goods of no named product received from, or used as, their makers'."""
    if s.language != "ko" or s.table is not None or ("받" not in s.text and "제품" not in s.text):
        return []
    out: list[Candidate] = []
    for clause in s.clauses:
        if clause.start in state.deal_clauses or s.of_kind(_PRODUCTS, clause):
            continue
        found = _makers(s, clause)
        if found is None:
            continue
        makers, anchor = found
        # a list of makers may run over clause cuts ("HBM은 SK하이닉스, 삼성전자, 마이크론 세 곳
        # 모두에서"): the goods are sought from the clause of the first maker
        start = min(clause.start, s.clause_of(makers[0].start).start)
        if s.of_kind(_PRODUCTS, Span(start, clause.end)):
            continue
        goods = _GOODS.search(s.text, start, makers[0].start)
        if goods is None or _NOT_GOODS.search(s.text, clause.start, clause.end):
            continue
        memory = _MEMORY.match(goods.group()) is not None
        sellers = MEMORY_MAKERS if memory else seller_pool(s)
        customer = _receiver(s, clause, {m.id for m in makers})
        if customer is None or (memory and customer in sellers):
            continue  # a memory maker buys no memory
        valid = s.valid_for(anchor, [])
        modality = agreed_deal(s, s.modality(anchor, valid, clause), clause, s.future(valid))
        if modality is None:
            continue
        deals = [
            Candidate(customer, "supply_deal", modality, valid, anchor, {}, maker.id)
            for maker in makers
            if maker.id in sellers and maker.id != customer
        ]
        if deals:
            state.deal_clauses.add(clause.start)
            out.extend(deals)
    return out


def _makers(s: Sentence, clause: Span) -> tuple[list[Mention], int] | None:
    """The companies the goods come from (the one before the source or 제품 and those listed
    with it) and where the verb is, or None."""
    for m in reversed([m for m in s.of_kind(_COMPANY, clause) if not m.anaphoric]):
        verb = _RECEIVED.match(s.text, m.end) or _THEIR_GOODS_USED.match(s.text, m.end)
        if verb is not None:
            return joined_companies(s, m, Span(0, clause.end)), verb.end() - 1
    return None


def _receiver(s: Sentence, clause: Span, makers: set[str]) -> str | None:
    """The company receiving the goods: the clause's topic company, else the one the text
    speaks for or is about."""
    topics = {
        m.id
        for m in s.of_kind(_COMPANY, Span(0, clause.end))
        if m.id not in makers and s.particle(m) in TOPIC
    }
    if len(topics) == 1:
        return topics.pop()
    if topics:
        return None
    own = s.focus.issuer or s.focus.get("topic", s.index, 3) or s.focus.salience.lead
    return own.id if own is not None and own.id not in makers else None
