"""Korean newsletter items headed by a pair of companies: "• 엔비디아 → 인텔: 지난 9월 발표한
50억 달러 지분 투자는 …", "• 오픈AI × 브로드컴: 맞춤형 AI 가속기를 함께 개발해 배치하는
계약을 최종 체결". The head says who does what to whom, and the item's text names neither
party again, so no rule found the investor, the target or the two sides of the deal. An arrow
points from the investor to its target; a cross joins two sides of a deal, the one that sells
such goods being the supplier.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import SERVER_MAKERS, _quantity
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

_HEAD = re.compile(r"^[\s•·\-–—▶▷■□◆◇*]*")
_ARROW = re.compile(r"\s*(?:→|->|⟶|=>)\s*")
_CROSS = re.compile(r"\s*(?:×|✕|&|\+|x|X)\s*")
_COLON = re.compile(r"\s*[:：]\s")
_INVEST = re.compile(r"투자|출자|지분")
_DEAL = re.compile(r"계약|공급|납품|주문|수주")
_CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY")


def pair_item_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """The investment or deal of an item headed "A → B:" or "A × B:" (Korean only)."""
    if s.language != "ko" or (":" not in s.text and "：" not in s.text):
        return []
    head = _HEAD.match(s.text)
    companies = s.of_kind(("company",))
    if head is None or len(companies) < 2 or companies[0].start != head.end():
        return []
    first, second = companies[0], companies[1]
    between = s.text[first.end : second.start]
    colon = _COLON.match(s.text, second.end)
    if colon is None or first.id == second.id:
        return []
    body = s.text[colon.end() :]
    if _ARROW.fullmatch(between) and _INVEST.search(body):
        return _investment(s, first.id, second.id, colon.end(), state)
    if _CROSS.fullmatch(between) and _DEAL.search(body):
        return _deal(s, first.id, second.id, colon.end())
    return []


def _investment(
    s: Sentence, investor: str, target: str, start: int, state: RuleState
) -> list[Candidate]:
    """The item's first amount of money, invested by the arrow's tail in its head."""
    for i, q in enumerate(s.quantities):
        if q.start < start or q.unit not in _CURRENCIES or i in state.used:
            continue
        valid = point_at(s.published)
        modality = s.modality(q.start, valid, s.clause_of(q.start))
        if modality is None:
            return []
        state.used.add(i)
        qualifiers = {"target": target}
        return [
            Candidate(
                investor, "investment", modality, valid, q.start, qualifiers, value=_quantity(q)
            )
        ]
    return []


def _deal(s: Sentence, a: str, b: str, start: int) -> list[Candidate]:
    products = [p for p in s.of_kind(("chip", "memory", "system")) if p.start >= start]
    sellers = set(SERVER_MAKERS)
    for entity in s.vocabulary.entities.values():
        if entity.maker:
            sellers.add(entity.maker)
        sellers.update(entity.suppliers)
    if products:
        entity = products[0].entity
        sellers = {x for x in (entity.maker, *entity.suppliers) if x}
    selling = [x for x in (a, b) if x in sellers]
    if len(selling) != 1:
        return []
    customer = b if selling[0] == a else a
    valid = point_at(s.published)
    modality = s.modality(start, valid, s.clause_of(start))
    if modality is None:
        return []
    qualifiers = {"product": products[0].id} if products else {}
    return [Candidate(customer, "supply_deal", modality, valid, start, qualifiers, selling[0])]
