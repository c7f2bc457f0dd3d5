"""Korean supply deals gapped under one shared verb.

"삼성전자가 블랙웰 5만 장을, 네이버클라우드가 6만 장을 엔비디아로부터 공급받기로 했다" writes the
shared supplier and verb once, after the last conjunct: each subject-marked company before a
figure ending in "을/를," is a customer of the same deal, with the figure (and the product, when
named) of its own conjunct. The supply rules read one deal there, and may take the second
conjunct's subject for the supplier ("카카오가 B200 2,000장을, 네이버가 H200 3,000장을 델로부터
공급받았다" read as Kakao buying from Naver); the party after the last conjunct is the shared
one. The same holds with the supplier as the conjuncts' subjects ("SK하이닉스가 HBM4 물량의
60%를, 삼성전자가 30%를 엔비디아에 공급한다").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _quantity
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate
from tracker.extract.text import Span

_COMPANY = ("company",)
_PRODUCTS = ("chip", "system", "memory")
_SUBJECT = ("이", "가", "은", "는")
# the end of a gapped conjunct: its object's particle and a comma, no verb
_GAP = re.compile(r"(?:을|를),\s")
# the next conjunct's object, closing it with no comma: "6만 장을 ", "30%를 "
_OBJECT_END = re.compile(r"(?:[^,.\n]|[,.](?=\d)){1,30}?(?:을|를)\s")


@dataclass(frozen=True)
class _Conjuncts:
    first: Mention  # the first conjunct's subject
    gap: int  # where the first conjunct's object ends
    second: Mention  # the second conjunct's subject
    second_end: int  # where the second conjunct's object ends
    shared: Mention | None  # the party after the conjuncts, before the shared verb


def gapped_deals(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Each gapped conjunct's own supply deal, with the shared party set right."""
    if s.language != "ko" or not any(c.predicate == "supply_deal" for c in found):
        return found
    if "을, " not in s.text and "를, " not in s.text:
        return found  # cheap gate
    out = list(found)
    for gap in _GAP.finditer(s.text):
        conj = _conjuncts(s, gap)
        if conj is None:
            continue
        out = _split(s, out, conj)
    return out


def _conjuncts(s: Sentence, gap: re.Match[str]) -> _Conjuncts | None:
    companies = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    clause = s.clause_of(gap.start())
    before = [m for m in companies if clause.start <= m.start and m.end <= gap.start()]
    after = [m for m in companies if m.start >= gap.end()]
    if not before or not after:
        return None
    first, second = before[-1], after[0]
    if s.particle(first) not in _SUBJECT or s.particle(second) not in _SUBJECT:
        return None
    if any(m.start < first.start for m in before if s.particle(m) in _SUBJECT):
        return None  # "메타는 X가 …을, …": the first subject is no conjunct's
    obj = _OBJECT_END.match(s.text, second.end + len(s.particle(second)))
    if obj is None or second.start - gap.end() > 0:
        return None
    shared = next((m for m in companies if m.start >= obj.end() and m.id != second.id), None)
    return _Conjuncts(first, gap.start(), second, obj.end(), shared)


def _split(s: Sentence, found: list[Candidate], conj: _Conjuncts) -> list[Candidate]:
    """The deals read across the conjuncts, each conjunct's subject given its own."""
    ids = (conj.first.id, conj.second.id)
    out: list[Candidate] = []
    added: list[Candidate] = []
    for c in found:
        if c.predicate != "supply_deal" or c.anchor < conj.first.start:
            out.append(c)
            continue
        as_customer = c.subject == conj.first.id
        as_supplier = c.object == conj.first.id
        if not (as_customer or as_supplier):
            out.append(c)
            continue
        other = c.object if as_customer else c.subject
        if other in ids:
            # "…을, 네이버가 … 델로부터 공급받았다": the second subject read as the other side
            if conj.shared is None:
                out.append(c)
                continue
            shared = conj.shared.id
            c = replace(c, object=shared) if as_customer else replace(c, subject=shared)  # noqa: PLW2901
        own = s.of_kind(_PRODUCTS, Span(conj.first.end, conj.gap))
        if own and c.qualifiers.get("product") != own[0].id:
            # "SK하이닉스가 HBM4를, 마이크론이 HBM3E를 …": each conjunct's own product
            c = replace(c, qualifiers={**c.qualifiers, "product": own[0].id})  # noqa: PLW2901
        out.append(c)
        second = _second(s, c, conj, as_customer)
        if second is not None:
            added.append(second)
    taken = {(c.subject, c.object) for c in out}
    return out + [c for c in added if (c.subject, c.object) not in taken]


def _second(s: Sentence, c: Candidate, conj: _Conjuncts, as_customer: bool) -> Candidate | None:
    """The second conjunct's deal: its own figure and product, the first's otherwise."""
    start, end = conj.second.end, conj.second_end
    figures = [q for q in s.quantities if start <= q.start < end]
    products = s.of_kind(_PRODUCTS, Span(start, end))
    qualifiers = dict(c.qualifiers)
    if products:
        qualifiers["product"] = products[0].id
    value = c.value
    if value is not None:
        # "6만 장" with no chip of its own reads as wafers: it counts what the first did
        counts = [q for q in figures if q.unit in ("count", "wafer")]
        if not counts:
            return None  # the first conjunct counted; this one's figure is no count
        value = _quantity(counts[0], "count")
    anchor = figures[0].start if figures else conj.second.start
    if as_customer:
        return replace(c, subject=conj.second.id, qualifiers=qualifiers, value=value, anchor=anchor)
    return replace(c, object=conj.second.id, qualifiers=qualifiers, value=value, anchor=anchor)
