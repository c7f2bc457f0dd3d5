"""A Korean company weighing a purchase of a chip adopts it, considering; it makes no deal.

"xAI가 추가 물량 확보를 위해 AMD MI450 도입도 저울질하고 있다", "오픈AI가 AMD MI450 추가
구매를 저울질하고 있다", "MI355X 구입을 검토 중": the supply rule reads 구매 / 확보 as a deal
word and pairs the buyer with the chip's maker, but nothing is traded yet. The GUIDE (session
11: talks to rent or buy a product give an `adopts` only, 54 of 59 in the dev gold) records
such a weighing as the company's ``considering`` adoption of the chip, with no mode unless
one is said. A deal under negotiation ("공급 계약을 논의", "사들이는 협상", "공급을 협의") and a
memory or process bought for another's chip stay supply deals.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

# the purchase or the bringing in, weighed: "도입도 저울질", "추가 구매를 검토", "구입 검토 중"
_WEIGHED = re.compile(
    r"(?:구매|구입|도입)(?:도|를|을|는)?\s?(?:(?:하는|할)\s)?(?:방안(?:을|도)?\s)?"
    r"(?:검토|저울질|타진|고민|논의)"
)
# a deal being made: the talks are the deal's own ("공급 계약을 논의", "사들이는 협상")
_TRADED = re.compile(r"공급|계약|협상|협의|사들이|납품|주문|발주")
_USED_GOODS = ("chip", "system")


def weighed_purchases(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The Korean weighed purchases among a sentence's supply deals, as adoptions."""
    if s.language != "ko" or "supply_deal" not in {c.predicate for c in found}:
        return found
    out: list[Candidate] = []
    for c in found:
        if not _weighed_purchase(s, c):
            out.append(c)
            continue
        product = c.qualifiers["product"]
        if not any(
            o.predicate == "adopts" and o.subject == c.subject and o.object == product
            for o in found
        ):
            out.append(replace(c, predicate="adopts", qualifiers={}, object=product))
    return out


def _weighed_purchase(s: Sentence, c: Candidate) -> bool:
    if c.predicate != "supply_deal" or c.modality != "considering" or c.value is not None:
        return False
    entity = s.vocabulary.entities.get(c.qualifiers.get("product", ""))
    if entity is None or entity.kind not in _USED_GOODS:
        return False
    clause = s.clause_of(c.anchor)
    text = s.text[clause.start : clause.end]
    return _WEIGHED.search(text) is not None and _TRADED.search(text) is None
