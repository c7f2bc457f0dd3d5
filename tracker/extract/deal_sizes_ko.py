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
from tracker.extract.deal_carry import NextSentenceDeal, with_product
from tracker.extract.rules import Candidate

# the deal's volume as the sentence's topic: "공급 물량은", "이번 계약 규모는", "총 주문 물량은"
_SIZE_TOPIC = re.compile(
    r"(?:이번\s|해당\s|총\s|전체\s)?(?:(?:공급|계약|구매|주문|도입|납품)\s?)?(?:물량|규모)(?:은|는)\s"
)


class DealSizesKo(NextSentenceDeal):
    """Remembers the deal told in the sentence before and reads its size in the next."""

    language = "ko"

    def remember(self, s: Sentence, deals: list[Candidate]) -> Candidate | None:
        told = [c for c in deals if c.object is not None and c.value is None]
        return told[-1] if told and s.language == "ko" else None

    def read(self, s: Sentence, deal: Candidate) -> list[Candidate]:
        topic = _SIZE_TOPIC.match(s.text)
        if topic is None:
            return []
        # a count of the deal's chips, or of wafers ("2,000장" with no chip beside it)
        counts = [
            q for q in s.quantities if q.unit in ("count", "wafer") and q.start > topic.start()
        ]
        if len(counts) != 1:
            return []  # "정부 5만 장, 네이버 6만 장으로 나뉜다": a split, read elsewhere
        q = counts[0]
        return [
            replace(
                deal, qualifiers=with_product(s, deal), value=_quantity(q, "count"), anchor=q.start
            )
        ]
