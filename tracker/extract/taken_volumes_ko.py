"""Korean memory volumes a maker takes on for a customer's chip.

"AMD MI355X(HBM3E 288GB)향 물량은 삼성전자가 대부분 맡고 있다", "엔비디아 B300용 HBM3E
물량은 마이크론이 절반가량 맡는다", "루빈 울트라용 HBM4E 초도 물량 역시 이 회사가 대부분을
맡을 것으로 본다": the volume for a chip (…향, …용 물량) that a memory maker takes on (맡다) is
memory the maker supplies to the chip's maker, a ``supply_deal`` (GUIDE: memory is bought, a
supply deal from the memory maker; a share of a customer's needs is no count). The sentence
names no verb of supplying, so the supply rule passed it over. The product is the memory
generation named in the sentence, none for a bare HBM; a maker that hands the making out
(맡기다) or a volume of no chip is left alone.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.supply import MEMORY_MAKERS
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span

_PRODUCTS = ("chip", "system")
# right after the chip: its specification in brackets at most, 향/용, a few words (the memory,
# "초도"), then the volume as the topic: "MI355X(HBM3E 288GB)향 물량은", "루빈 울트라용 HBM4E
# 초도 물량 역시"
_FOR_CHIP = re.compile(
    r"(?:\s?\([^()]{0,30}\))?\s?(?:향|용)\s(?:[^\s,.]+\s){0,3}?물량(?:은|도|을|를|\s역시)\s"
    # or the memory itself as the topic: "MI450용 HBM4는 삼성전자가 절반 이상을 댈 것"
    r"|(?:향|용)\s(?=HBM[\dA-Za-z]*(?:\s\d+단)?(?:은|는|도)\s)"
)
# (a quick test: a volume or a memory for a chip)
_CUE = re.compile(r"(?:향|용)\s")
# supplying it (대다: "댈 것", "대고 있다"): a verb that names a deal only in this frame
_SUPPLIES = r"댈|댄|댑|댔|대(?:고|며|는|어|왔|온)"
_VERB = re.compile(rf"맡|{_SUPPLIES}")
# the maker as the subject of taking it on or supplying it ("삼성전자가 대부분 맡고", "이
# 회사가 … 맡을", "삼성전자가 절반 이상을 댈"), or as the one the customer hands it to
# ("…물량을 SK하이닉스에 맡겼다")
_TAKES_ON = re.compile(
    rf"(?:(?:이|가)\s|(?<=[이가])\s)(?:[^\s,.]+\s){{0,2}}?(?:맡(?!기|겨|긴|겼)|{_SUPPLIES})"
    r"|(?:에|에게)\s(?:[^\s,.]+\s){0,2}?맡(?:기|겨|긴|겼)"
)


def taken_volume_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a memory maker taking on the volume for a customer's chip (Korean)."""
    if s.language != "ko" or s.table is not None or not _CUE.search(s.text):
        return []
    out: list[Candidate] = []
    for p in s.of_kind(_PRODUCTS):
        hit = _FOR_CHIP.match(s.text, p.end)
        customer = p.entity.maker
        if hit is None or customer is None:
            continue
        clause = s.clause_of(hit.end() - 1)
        maker = _taker(s, Span(hit.end(), clause.end))
        if maker is None or maker.id == customer:
            continue
        product = _memory(s, Span(p.start, clause.end))
        if product is None and "HBM" not in s.text[p.start : clause.end]:
            continue
        found = _VERB.search(s.text, hit.end(), clause.end)  # the maker may be named earlier
        if found is None:
            continue
        verb = found.start()
        valid = s.valid_for(verb, [])
        modality = s.modality(verb, valid, clause)
        if modality is None:
            continue
        qualifiers = {"product": product} if product is not None else {}
        out.append(Candidate(customer, "supply_deal", modality, valid, verb, qualifiers, maker.id))
    return out


def _taker(s: Sentence, span: Span) -> Mention | None:
    """The memory maker that takes the volume on, the subject of 맡다 in the span; "이
    회사가" there is the memory maker the sentence opened on as its topic."""
    for m in s.of_kind(("company",), span):
        if m.id in MEMORY_MAKERS and _TAKES_ON.match(s.text, m.end):
            return m
    back = _THIS_COMPANY.search(s.text, span.start, span.end)
    if back is None or not _TAKES_ON.match(s.text, back.end() - 1):
        return None
    topics = [m for m in s.of_kind(("company",), Span(0, span.start)) if s.particle(m) in TOPIC]
    return topics[0] if topics and topics[0].id in MEMORY_MAKERS else None


# "이 회사가", "해당 회사가": the company the sentence is about, named before
_THIS_COMPANY = re.compile(r"(?:이|그|해당)\s회사가")


def _memory(s: Sentence, span: Span) -> str | None:
    """The memory generation named between the chip and its maker, if one."""
    found = [m.id for m in s.of_kind(("memory",), span)]
    return found[0] if found else None
