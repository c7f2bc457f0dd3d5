"""The size of a Korean deal, told in the sentence after it.

"리벨리온은 KT와 NPU 공급 계약을 체결했다. 공급 물량은 리벨 2,000장이다." The second sentence
names no party: its subject is the deal's volume ("공급 물량은", "계약 규모는", "주문 물량은"),
and its count is the count of the deal just told (GUIDE: an answer or a line whose subject is
left out takes the relation of the line it goes on from). It is that `supply_deal` with its
count, and with the product the sentence names, if it names one. A sentence that names a
company outside the deal, or already yields a deal of its own, is about something else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _quantity
from tracker.extract.rules import Candidate

_DEAL_KINDS = ("chip", "memory", "system")
# the deal's volume as the sentence's topic: "공급 물량은", "이번 계약 규모는", "총 주문 물량은"
_SIZE_TOPIC = re.compile(
    r"(?:이번\s|해당\s|총\s|전체\s)?(?:(?:공급|계약|구매|주문|도입|납품)\s?)?(?:물량|규모)(?:은|는)\s"
)


class DealSizesKo:
    """Remembers the deal told in the sentence before and reads its size in the next."""

    def __init__(self) -> None:
        self._last: tuple[int, Candidate] | None = None

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        deals = [c for c in found if c.predicate == "supply_deal"]
        last, self._last = self._last, None
        if deals:
            told = [c for c in deals if c.object is not None and c.value is None]
            if told and s.language == "ko":
                self._last = (s.index, told[-1])
            return []
        if s.language != "ko" or last is None or s.index - last[0] != 1:
            return []
        topic = _SIZE_TOPIC.match(s.text)
        deal = last[1]
        if topic is None or deal.object is None:
            return []
        parties = {deal.subject, deal.object}
        if any(m.id not in parties for m in s.of_kind(("company",)) if not m.anaphoric):
            return []  # "물량은 삼성전자가 절반을 가져간다": another party's share
        # a count of the deal's chips, or of wafers ("2,000장" with no chip beside it)
        counts = [
            q for q in s.quantities if q.unit in ("count", "wafer") and q.start > topic.start()
        ]
        if len(counts) != 1:
            return []  # "정부 5만 장, 네이버 6만 장으로 나뉜다": a split, read elsewhere
        q = counts[0]
        products = s.of_kind(_DEAL_KINDS)
        qualifiers = dict(deal.qualifiers)
        if products:
            qualifiers["product"] = products[-1].id
        return [replace(deal, qualifiers=qualifiers, value=_quantity(q, "count"), anchor=q.start)]
