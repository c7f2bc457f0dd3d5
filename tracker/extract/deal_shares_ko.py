"""Korean shares of a supply deal told in the sentence before.

"엔비디아는 한국 정부와 기업들에 블랙웰 GPU 26만 장을 공급하기로 했다. 정부 몫이 5만 장이고
삼성전자, SK그룹, 현대차그룹이 각각 5만 장을 받는다": each company given a count of the deal
buys that many of the product from the supplier, as firmly as the deal was told (made,
agreed, or only announced). The share sentence names neither the product nor the supplier,
so the deal is remembered from the sentence before: a supplier marked as topic or subject,
one chip, and a verb of supplying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain.claims import Modality
from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.common import Candidate, _quantity
from tracker.extract.entities import Mention
from tracker.extract.own_word import agreed_deal
from tracker.extract.timex import point_at

_SUPPLIES = re.compile(r"공급(?:하|한|할|키로|하겠|계약)")
# the verb a share is taken with: "받는다", "확보한다", "가져간다", "배정된다", "돌아간다"; or
# the deal broken down by taker, with no verb of its own: "공급처별로는 정부 5만 장, 네이버클라우드
# 6만 장이다", "물량은 … 6만 장으로 나뉜다"
_TAKES = re.compile(
    r"받|확보|가져|배정|돌아가|돌아간|(?:처|사|자|기업|업체)별로는|나뉜|나눠|나누어"
)
# a share agreed or taken: the share's own verb settles it ("받기로 했고", "배정받았다")
_TAKEN = re.compile(r"받기로\s?(?:했|한|하였|합의)|받았|배정됐|확보했")
# between a company and the count it is given: its particle, or none in a breakdown, and
# "각"/"각각" at most; other takers that are no vocabulary company may be listed with it
# ("삼성전자·SK그룹·현대자동차그룹 각 5만 장")
_GIVEN = re.compile(r"(?:[·ㆍ,]\s?[^\s,·ㆍ]+)*(?:(?:이|가)?\s)(?:각각?\s)?$")
_EACH = re.compile(r"\s각각?\s$")
_REACH = 40  # characters from a company to the count it is given
# between companies of one list: "삼성전자와 SK그룹, 현대차그룹이"
_JOINED = re.compile(r"\s?(?:와|과|,)\s?(?:[^\s,]+(?:와|과|,)\s)*?[^\s,]*?\s?$")


@dataclass(frozen=True, slots=True)
class _Deal:
    index: int
    supplier: str
    product: str
    modality: Modality


class DealShares:
    """Remembers the last Korean deal of one supplier and one chip for the sentence after."""

    def __init__(self) -> None:
        self._last: _Deal | None = None

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """Supply deals for the counts a sentence gives companies of the deal before."""
        if s.language != "ko":
            return []
        last, self._last = self._last, _deal(s) or None
        if last is None or s.index - last.index != 1 or not _TAKES.search(s.text):
            return []
        if any(c.predicate == "supply_deal" and c.value is not None for c in found):
            return []
        return _shares(s, last)


def _deal(s: Sentence) -> _Deal | None:
    verb = _SUPPLIES.search(s.text)
    chips = {m.id for m in s.of_kind(("chip",))}
    if verb is None or len(chips) != 1:
        return None
    suppliers = [
        m
        for m in s.of_kind(("company",))
        if m.end <= verb.start() and s.particle(m) in TOPIC and not m.anaphoric
    ]
    if not suppliers:
        return None
    clause = s.clause_of(verb.start())
    valid = point_at(s.published)
    modality = agreed_deal(s, s.modality(verb.start(), valid, clause), clause, False)
    if modality is None:
        return None
    return _Deal(s.index, suppliers[0].id, chips.pop(), modality)


def _shares(s: Sentence, deal: _Deal) -> list[Candidate]:
    out: list[Candidate] = []
    companies = [m for m in s.of_kind(("company",)) if not m.anaphoric]
    for q in s.quantities:
        if q.unit not in ("count", "", "wafer"):
            continue  # "5만 장" with no chip named reads as wafers: the deal's chips here
        before = [
            m
            for m in companies
            if m.end <= q.start
            and q.start - m.end <= _REACH
            and _GIVEN.search(s.text, m.end, q.start)
            and not _has_count(s, m.end, q.start)
        ]
        if not before:
            continue
        head = before[-1]
        group = _group(s, companies, head)
        if len(group) > 1 and not _EACH.search(s.text, head.end, q.start):
            continue  # "삼성전자와 네이버가 5만 장을": one count for all of them
        modality = "actual" if _TAKEN.search(s.text) else deal.modality
        for m in group:
            if m.id == deal.supplier:
                continue
            out.append(
                Candidate(
                    m.id,
                    "supply_deal",
                    modality,
                    point_at(s.published),
                    q.start,
                    {"product": deal.product},
                    object=deal.supplier,
                    value=_quantity(q, "count"),
                    confidence=0.6,
                )
            )
    return out


def _group(s: Sentence, companies: list[Mention], head: Mention) -> list[Mention]:
    """The company list ending with ``head`` ("삼성전자와 SK그룹, 현대차그룹이")."""
    group = [head]
    start = head.start
    for m in reversed([c for c in companies if c.end <= head.start]):
        if not _JOINED.fullmatch(s.text, m.end, start) or _has_count(s, m.end, start):
            break
        group.insert(0, m)
        start = m.start
    return group


def _has_count(s: Sentence, start: int, end: int) -> bool:
    return any(start <= q.start < end for q in s.quantities)
