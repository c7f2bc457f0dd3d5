"""English orders counted for several buyers in one gapped list.

"Meta bought about 50,000 MI355X, Oracle 30,000 and xAI some 20,000", "ByteDance ordered
roughly 100,000 of the chips, Alibaba about 60,000 …": each conjunct after the first leaves
out the verb and the goods, so each is a deal of its own for the same product, from the
same supplier, with its own count. The supply rule read the second buyer as the seller of
the first deal. The goods are named in the first conjunct, or referred back to ("of the
chips", "of them") as the chip in view; the supplier is the one named with "from", else the
product's maker. A list of counts with no verb of buying, or a product with no maker, gives
nothing.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _quantity
from tracker.extract.entities import Mention
from tracker.extract.quantity_match import QuantityMatch
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.vocabulary import Entity

# the first conjunct's verb of buying, right after its company: "ordered", "has bought"
_BOUGHT = re.compile(
    r"^\s(?:(?:has|have|had|also|reportedly|already)\s){0,2}"
    r"(?:ordered|bought|purchased|booked|reserved|secured)\s$"
)
# the goods referred back to after the count: "of the chips", "of them", "of those GPUs"
_OF_THEM = re.compile(
    r"\s?of\s(?:them|(?:the|those|these)\s(?:[\w-]+\s)?(?:chips|gpus|accelerators|parts))\b"
)
# a later conjunct: ", Alibaba about 60,000", "and Tencent around 40,000"
_FIRST_JOINT = re.compile(r"(?:,\s(?:and\s|while\s)?|\s(?:and|while)\s)$")
_JOINT = re.compile(r"^(?:,\s(?:and\s|while\s)?|\s(?:and|while)\s)$")
_BOUNDS = (
    r"(?:about|around|roughly|some|nearly|almost|close\sto|over|more\sthan|at\sleast|up\sto"
    r"|as\smany\sas|just\sover|just\sunder|an\sestimated)"
)
_BOUND_WORD = re.compile(_BOUNDS + r"\s$")
_BOUND = re.compile(r"^\s(?:" + _BOUNDS + r"\s)?$")


def gapped_order_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: each buyer of a gapped list of counted orders (English)."""
    if s.language != "en" or s.table is not None or len(s.quantities) < 2:
        return []
    companies = [m for m in s.of_kind(("company",)) if not m.anaphoric]
    for first in companies:
        count = _count_after(s, first, _BOUGHT)
        if count is None:
            continue
        product = _goods(s, count)
        if product is None or product.maker is None:
            return []
        out_of_list: set[int] = set()
        rest = _conjuncts(s, companies, count, out_of_list)
        if not rest:
            return []
        clause = s.clause_of(count.start)
        valid = s.valid_for(count.start, [])
        modality = s.modality(count.start, valid, clause)
        if modality is None:
            return []
        out: list[Candidate] = []
        for buyer, q in [(first, count), *rest]:
            goods = _own_goods(s, q, product)
            state.used.add(s.quantities.index(q))
            if goods.maker is None or buyer.id == goods.maker or q.start in out_of_list:
                continue
            state.deal_clauses.add(s.clause_of(q.start).start)
            out.append(
                Candidate(
                    buyer.id,
                    "supply_deal",
                    modality,
                    valid,
                    q.start,
                    {"product": goods.id},
                    str(goods.maker),
                    value=_quantity(q, "count"),
                )
            )
        return out
    return []


def _count_after(s: Sentence, m: Mention, verb: re.Pattern[str]) -> QuantityMatch | None:
    """The count right after the company and its verb ("ByteDance ordered roughly 100,000")."""
    for q in s.quantities:
        if q.start > m.end:
            gap = _BOUND_WORD.sub("", s.lowered[m.end : q.start])
            return q if verb.match(gap) and q.unit in ("", "count") else None
    return None


def _goods(s: Sentence, count: QuantityMatch) -> Entity | None:
    """The product the first count is of: named right after it, or the chip in view."""
    named = s.chip_near(count)
    if named is not None and named.start >= count.end:
        return named.entity
    if _OF_THEM.match(s.lowered, count.end) is None:
        return None
    return s.focus.get("chip", s.index, 2)


def _conjuncts(
    s: Sentence, companies: list[Mention], after: QuantityMatch, out_of_list: set[int]
) -> list[tuple[Mention, QuantityMatch]]:
    """The later conjuncts: a company right after a joint, then its bare count; the start
    of a last one with a verb of its own goes into ``out_of_list``."""
    out: list[tuple[Mention, QuantityMatch]] = []
    last_end = after.end
    for q in s.quantities:
        if q.start <= after.end:
            continue
        before = [m for m in companies if last_end <= m.start and m.end <= q.start]
        if not before:
            break
        m = before[-1]
        if not _BOUND.match(s.lowered[m.end : q.start]):
            break
        joint = s.lowered[last_end : m.start]
        if out and not _JOINT.match(joint):
            break
        if not out and not _FIRST_JOINT.search(joint):
            break
        if _VERB_OF_ITS_OWN.match(s.lowered, _after_goods(s, q)):
            # "…, while Google about 40,000 TPUs went into its own halls": a clause of its
            # own, whose count no rule here may give to the first buyer either
            out.append((m, q))
            out_of_list.add(q.start)
            break
        out.append((m, q))
        last_end = q.end
    return out


# A conjunct with a verb of its own after its count is a clause of its own, no gapped order
# (review 12 F13)
_VERB_OF_ITS_OWN = re.compile(
    r"\s(?:(?:also|then|later|now|all)\s)?(?:went|go|goes|is|are|was|were|will|would|has|have"
    r"|had|runs?|ran|sits?|sat|power(?:s|ed)?|[a-z]+ed\s(?:into|to|in|at|on|for))\b"
)
_GOODS_NOUN = re.compile(r"\s(?:[\w-]+\s)?(?:chips|gpus|accelerators|tpus|units|parts)\b")


def _after_goods(s: Sentence, q: QuantityMatch) -> int:
    """Where a count's own goods end: past a chip named right after it and its noun."""
    end = q.end
    named = s.chip_near(q)
    if named is not None and 0 <= named.start - q.end <= 2:
        end = named.end
    noun = _GOODS_NOUN.match(s.lowered, end)
    return noun.end() if noun is not None else end


def _own_goods(s: Sentence, q: QuantityMatch, first: Entity) -> Entity:
    """The product of one conjunct: a chip named right after its count ("and Oracle some
    30,000 GB300 GPUs") is its own, else the first conjunct's (review 12 F13)."""
    named = s.chip_near(q)
    if named is not None and 0 <= named.start - q.end <= 2:
        return named.entity
    return first
