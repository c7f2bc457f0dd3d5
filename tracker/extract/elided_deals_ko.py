"""A Korean deal's parties left unsaid in the next clause: "삼성전자는 엔비디아에 HBM3E 12단
제품을 공급하고 있으며, 차세대 HBM4 공급을 위한 협의를 이어가고 있다", "SK하이닉스는 AMD에
HBM3E를 납품하고 있고, 내년부터는 HBM4도 공급할 계획이다". Korean drops the subject and the
recipient the clause before already named, so the second deal had no parties and gave
nothing. A later clause with a deal word and a product but no company of its own continues
the sentence's last deal: the same customer and supplier, for its own product, with its own
time and modality (the supplier must sell the product).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.bound_for import goes_into_ko
from tracker.extract.claimrules.common import _quantity
from tracker.extract.rules import Candidate
from tracker.extract.text import Span

_PRODUCTS = ("chip", "memory", "system")


def elided_deals(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The deals of later clauses that name a product and no party (Korean only)."""
    deals = [c for c in found if c.predicate == "supply_deal"]
    if s.language != "ko" or not deals or len(s.clauses) < 2:
        return found
    out = list(found)
    taken = {(c.subject, c.object, c.qualifiers.get("product")) for c in deals}
    for clause in s.clauses:
        last = [c for c in deals if c.anchor < clause.start]
        if not last:
            continue
        same = _same_goods(s, clause, last[-1], taken)
        if same is not None:
            out.append(same)
            continue
        if s.of_kind(("company",), clause):
            continue
        share = _share_of_output(s, clause, last[-1], taken)
        if share is not None:
            out.append(share)
            continue
        trig = s.trigger_pos("supply_deal", clause)
        # "차세대 MI450에도 HBM4 공급을 협의": the chip the memory goes into is no goods
        products = [m for m in s.of_kind(_PRODUCTS, clause) if not goes_into_ko(s, m)]
        if trig is None or not products:
            continue
        before = last[-1]
        product = products[0].entity
        if before.object not in {product.maker, *product.suppliers} and product.maker:
            continue  # "…, HBM은 SK하이닉스가 …": not a product its supplier sells
        key = (before.subject, before.object, product.id)
        if key in taken:
            continue
        valid = s.valid_for(trig, [q.start for q in s.quantities])
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        taken.add(key)
        out.append(
            replace(
                before,
                modality=modality,
                valid=valid,
                anchor=trig,
                qualifiers={"product": product.id},
                value=None,
            )
        )
    return out


# a share of the output taken, its goods and parties those of the clause before: "엔비디아는
# 여전히 TSMC 최대 CoWoS 고객이며, 내년 전체 물량의 60% 안팎을 가져갈 것으로 봄"
_SHARE_TAKEN = re.compile(
    r"(?:물량|생산량|생산\s?능력|캐파|수요|공급량)(?:의|\s가운데|\s중)\s(?:약\s)?"
    r"(?:\d+(?:\.\d+)?\s?%|절반|과반|대부분|상당\s?부분)[^\s,.]{0,6}\s(?:[^\s,.]+\s)?"
    r"(?:가져가|가져갈|가져간|차지하|차지할|확보하|확보할)"
)


def _share_of_output(
    s: Sentence, clause: Span, before: Candidate, taken: set[tuple[str, str | None, str | None]]
) -> Candidate | None:
    """A later clause's share of the output the deal before trades, for its own period
    (GUIDE: a company's expected share of a maker's output is a forecast deal dated by it)."""
    share = _SHARE_TAKEN.search(s.text, clause.start, clause.end)
    if share is None or s.of_kind((*_PRODUCTS, "process"), clause):
        return None
    valid = s.valid_for(share.start(), [q.start for q in s.quantities])
    modality = s.modality(share.end() - 1, valid, clause)
    key = (before.subject, before.object, before.qualifiers.get("product"))
    if modality is None or (modality == before.modality and valid == before.valid):
        return None  # the same deal told again
    if key in taken and modality == "actual":
        return None
    return replace(before, modality=modality, valid=valid, anchor=share.start(), value=None)


# "네이버도 같은 GPU 6만 장에 대한 공급 계약을 체결했다": the product of the deal before
_SAME = re.compile(r"(?:같은|동일한|동일)\s(?:[^\s,.]+\s)?(?:GPU|칩|제품|가속기|메모리)")
# "…, 엔비디아 공급도 협의하고 있다": supplying one more buyer, the goods of the deal before
_SUPPLY_TOO = re.compile(r"\s?(?:향\s?)?(?:공급|납품)(?:도|까지)\s")


def _buyer_too(s: Sentence, clause: Span) -> re.Match[str] | None:
    """A company named as the one more buyer of a supply ("엔비디아 공급도"), if any."""
    for m in s.of_kind(("company",), clause):
        hit = _SUPPLY_TOO.match(s.text, m.end)
        if hit is not None:
            return hit
    return None


def _same_goods(
    s: Sentence, clause: Span, before: Candidate, taken: set[tuple[str, str | None, str | None]]
) -> Candidate | None:
    """A later clause's deal for "the same GPU" with a new customer of the same supplier."""
    same = _SAME.search(s.text, clause.start, clause.end) or _buyer_too(s, clause)
    if same is None or s.of_kind(_PRODUCTS, clause) or s.trigger_pos("supply_deal", clause) is None:
        return None
    buyers = [m for m in s.of_kind(("company",), clause) if m.id != before.object]
    if len({m.id for m in buyers}) != 1 or buyers[0].id == before.subject:
        return None
    product = before.qualifiers.get("product")
    goods = s.vocabulary.entity(product) if product and s.vocabulary is not None else None
    if goods is not None and buyers[0].id in (goods.maker, *goods.suppliers):
        return None  # "삼성전자 공급도 늘었다": a rival seller's supply, no buyer
    key = (buyers[0].id, before.object, product)
    if key in taken:
        return None
    valid = s.valid_for(same.start(), [q.start for q in s.quantities])
    modality = s.modality(same.start(), valid, clause)
    if modality is None:
        return None
    counts = [
        q for q in s.quantities if clause.start <= q.start < clause.end and q.unit in ("count", "")
    ]
    value = _quantity(counts[0], "count") if counts else None
    taken.add(key)
    return replace(
        before,
        subject=buyers[0].id,
        modality=modality,
        valid=valid,
        anchor=same.start(),
        value=value,
    )
