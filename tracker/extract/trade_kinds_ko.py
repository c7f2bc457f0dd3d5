"""Who sells what in a Korean trade clause, from what the companies are (the vocabulary's
makers and suppliers, its memory makers, foundries, packaging houses, server makers and
clouds): a pact that gives no direction of its own ("A사는 B사와 HBM4 공급 계약을 맺었다") is
oriented by the one party that can sell the goods. Split from :mod:`trade_clauses_ko`.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import SERVER_MAKERS, is_cloud_company
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

# goods named with no entity: "HBM 공급 계약", "서버 납품", "GPU를 구매"; a compute contract
# ("클라우드 계약", "컴퓨팅 용량") names none at all
GENERIC_GOODS = re.compile(
    r"(?:HBM|메모리|칩|GPU|가속기|서버|랙|반도체|웨이퍼|패키징)(?:\s?['‘][^'’]{1,12}['’])?"
    r"(?:을|를|은|는|\s?(?:공급|납품|판매|구매|주문|물량|계약|생산))"
)
COMPUTE = re.compile(r"클라우드|컴퓨팅|용량|인프라")
CLOUD_GOODS = re.compile(COMPUTE.pattern + r"|공급|클러스터|GPU")


def may_sell(s: Sentence, company: str, goods: Mention | None) -> bool:
    """Memory is sold by its makers and a process by its makers only ("B사는 칩에 HBM4를
    넣는다" tells a chip's design, no sale); chips by anyone (resellers, clouds)."""
    if goods is None or goods.kind not in ("memory", "process"):
        return True
    return sells(s, Span(0, 0), company, goods)


def makes(s: Sentence, company: str, goods: Mention | None) -> bool:
    """Whether the company makes goods for others: a foundry or packaging house, or a
    known supplier of the goods."""
    roles = s.vocabulary.cue_list
    known = goods is not None and company in goods.entity.suppliers
    return known or company in (
        *roles("anaphora_roles", "foundry"),
        *roles("anaphora_roles", "packaging house"),
    )


def by_kinds(
    s: Sentence, clause: Span, named: list[str], goods: Mention | None
) -> tuple[list[str], list[str]] | None:
    """A pact's two parties oriented by what they are: the one that can sell the goods
    sells; two that both can (or neither) give no claim."""
    parties = list(dict.fromkeys(named))
    if len(parties) != 2:
        return None
    can = [p for p in parties if sells(s, clause, p, goods)]
    if len(can) == 2 and goods is None and all(is_cloud_company(s, p) for p in can):
        # a GPU cloud sells to a hyperscaler's cloud; a chipmaker and a cloud, either way
        can = [p for p in can if p in s.vocabulary.cue_list("cloud_roles", "gpu_cloud")]
    if len(can) != 1:
        return None
    return [p for p in parties if p != can[0]], can


def sells(s: Sentence, clause: Span, company: str, goods: Mention | None) -> bool:
    """Whether the company is of a kind that sells the goods (for no goods, compute; a
    cloud sells a chip's compute: "B사와 GB300 기반 컴퓨팅 용량 계약")."""
    roles = s.vocabulary.cue_list
    if is_cloud_company(s, company) and compute(s, clause):
        return goods is None or goods.kind in ("chip", "system")
    if goods is None:  # compute from a cloud, chips from a chipmaker or server maker (GUIDE)
        return (
            is_cloud_company(s, company)
            or company in roles("anaphora_roles", "chipmaker")
            or company in SERVER_MAKERS
        )
    product: Entity = goods.entity
    if company == product.maker or company in product.suppliers:
        return True
    if product.kind == "memory":
        return company in roles("anaphora_roles", "memory maker")
    if product.kind == "process":
        return company in (
            *roles("anaphora_roles", "foundry"),
            *roles("anaphora_roles", "packaging house"),
        )
    return company in SERVER_MAKERS or (
        product.kind == "system" and company in roles("cloud_roles", "gpu_cloud")
    )


def unnamed_goods(s: Sentence, clause: Span, sellers: list[str]) -> bool:
    """A deal naming no product: generic goods ("HBM 공급", "서버 납품") or compute from a
    cloud ("클라우드 계약")."""
    text = s.text[clause.start : clause.end]
    if GENERIC_GOODS.search(text):
        return True
    if all(x in s.vocabulary.cue_list("cloud_roles", "gpu_cloud") for x in sellers):
        # a GPU cloud's supply contract or cluster is compute ("광고 계약" is none)
        return CLOUD_GOODS.search(text) is not None
    return compute(s, clause) and all(is_cloud_company(s, x) for x in sellers)


def compute(s: Sentence, clause: Span) -> bool:
    """Whether the clause speaks of compute in its own words (not in a name: "네이버클라우드")."""
    text = s.text[clause.start : clause.end]
    for m in s.of_kind(("company",), clause):
        a, b = m.start - clause.start, m.end - clause.start
        text = text[:a] + " " * (b - a) + text[b:]
    return COMPUTE.search(text) is not None
