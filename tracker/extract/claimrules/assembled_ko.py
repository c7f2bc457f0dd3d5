"""Korean racks and servers a server maker assembles or delivers: the maker is the supplier.

"델이 조립해 납품한 GB300 NVL72 랙", "슈퍼마이크로가 조립한 B300 서버를 넘겨받아", "서버는
HPE가 공급했다", "랙은 콴타가 만들어 넘기기로 했다": a server maker (SERVER_MAKERS) marked
이/가 with a verb of building or delivering sells the racks or servers of the chip named
with them (supply_deal: customer, product, supplier = the maker). The chip's maker is no
party: it sold the chips to the assembler, which the text does not say here. The customer is
a company the clause sends the goods to (…에 납품), else a company the sentence marks as its
topic, else the company the story is about (issuer, lead, the company a Korean text opens
on); never the maker, the chip's maker, or another server maker or chip maker. The clause is
marked read, so the supply rule does not take the assembler for the buyer of the chip.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import OPENING, Sentence
from tracker.extract.claimrules.common import (
    SERVER_MAKERS,
    Candidate,
    RuleState,
    _quantity,
    machine_count,
)
from tracker.extract.entities import Mention
from tracker.extract.own_word import agreed_deal, own_future_action
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_COMPANY = ("company",)
_PRODUCTS = ("chip", "system")
_GATE = re.compile(r"조립|납품|공급|출하|인도|만들어|제작")
# after the maker: "가 (직접) (조립해|만들어) 납품한", "가 조립한", "가 공급했다", "가 납품하기로"
_BUILDS = re.compile(
    r"(?:이|가)\s(?:(?:직접|모두|전량|대부분|새로)\s)?"
    r"(?:(?:조립|제작|생산)(?:해|하여|해서)\s|만들어\s)?"
    r"(?:조립|제작|납품|공급|출하|인도)(?:한|했|하|해|할|된)"
)
# "서버는 델이 …", "랙은 …": the goods told as the topic, the chip named elsewhere in the sentence
_GOODS_TOPIC = re.compile(r"(?:서버|랙|시스템|노드)(?:은|는)\s(?:(?:모두|전량|전부|대부분|다)\s)?$")


def assembled_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a server maker assembling or delivering racks of a chip to a customer."""
    if s.language != "ko" or _GATE.search(s.text) is None:
        return []
    out: list[Candidate] = []
    _unnamed_assembler(s, state)
    for maker in s.of_kind(_COMPANY):
        if maker.id not in SERVER_MAKERS or maker.anaphoric:
            continue
        verb = _BUILDS.match(s.text, maker.end)
        if verb is None:
            continue
        clause = s.clause_of(maker.start)
        if clause.start in state.deal_clauses:
            continue
        found = _product(s, maker, verb.end())
        if found is None:
            continue
        product, where = found
        customer = _customer(s, maker, product, clause)
        if customer is None:
            continue
        anchor = verb.end() - 1  # the verb of building or delivering itself
        valid = s.valid_for(anchor, [])
        # "납품하기로 했다": an agreed deal is a deal made (GUIDE), as in the supply rule
        found_modality = own_future_action(s, s.modality(anchor, valid, clause), clause)
        modality = agreed_deal(s, found_modality, clause, s.future(valid))
        if modality is None:
            continue
        # "6만 개의 GPU는 모두 델이 … 납품한 GB300 랙에": the chips the racks hold, told
        # before the maker; a count after it is what was done with them ("델이 조립한 랙에
        # GB300 10만 개를 설치했다": a deployment)
        counts = [
            i
            for i, q in enumerate(s.quantities)
            if i not in state.used
            and clause.start <= q.start < maker.start
            and (
                q.unit == "count"
                or (q.unit == "" and (s.chip_near(q) is not None or s.generic_count(q)))
            )
            and not machine_count(s, q)
        ]
        value = None
        if len(counts) == 1:
            state.used.add(counts[0])
            value = _quantity(s.quantities[counts[0]], "count")
        state.deal_clauses.add(clause.start)
        if where >= 0:
            state.taken_products.add(where)
        out.append(
            Candidate(
                customer,
                "supply_deal",
                modality,
                valid,
                anchor,
                {"product": product.id},
                maker.id,
                value,
            )
        )
    return out


def _product(s: Sentence, maker: Mention, after: int) -> tuple[Entity, int] | None:
    """The chip or system of the goods and where it is named: the head the verb describes
    ("…납품한 GB300 랙"), else, when the goods are the topic before the maker ("서버는 델이
    납품"), the one chip the sentence names, or the chip the sentences just before named."""
    heads = [
        m for m in s.of_kind(_PRODUCTS) if after <= m.start <= after + 12 and not s.is_compared(m)
    ]
    if heads:
        return heads[0].entity, heads[0].start
    if _GOODS_TOPIC.search(s.text, max(0, maker.start - 16), maker.start) is None:
        return None
    named = {m.id: m for m in s.of_kind(_PRODUCTS) if not s.is_compared(m)}
    if len(named) == 1:
        m = next(iter(named.values()))
        return m.entity, m.start
    recent = s.focus.get("chip", s.index, 2) if not named else None
    return (recent, -1) if recent is not None else None


def _customer(s: Sentence, maker: Mention, product: Entity, clause: Span) -> str | None:
    """Who receives the goods: a company they are sent to, else the sentence's topic, else
    the company the story is about; no seller of chips or servers."""
    sellers = {
        maker.id,
        product.maker,
        *SERVER_MAKERS,
        *s.vocabulary.cue_list("anaphora_roles", "chip maker"),
    }
    companies = [m for m in s.of_kind(_COMPANY) if m.id not in sellers and not s.is_compared(m)]
    for m in companies:
        if clause.start <= m.start < clause.end and s.particle(m) in ("에", "에게"):
            return m.id
    topics = {m.id for m in companies if s.particle(m) in ("은", "는")}
    if len(topics) == 1:
        return next(iter(topics))
    if companies:
        return None  # another company named, in no role this rule reads
    about = s.focus.issuer or s.focus.salience.lead or s.focus.get(OPENING, s.index, 10_000)
    return about.id if about is not None and about.id not in sellers else None


# "…에 납품하는 GB300 랙을 조립하는 (공장)": racks or servers assembled for a customer
_RACKS_ASSEMBLED = re.compile(r"(?:랙|서버)(?:을|를)\s(?:\S+\s)?(?:조립|만들어|제작)")


def _unnamed_assembler(s: Sentence, state: RuleState) -> None:
    """A clause telling racks assembled for a customer with no seller named, only the
    customer in the dative ("이 공장은 MS에 납품하는 GB300 랙을 조립하는 거점이다"): the
    seller is the assembler left unnamed, never the chip's maker, so the clause is marked
    read and the supply rule guesses no maker for it."""
    for hit in _RACKS_ASSEMBLED.finditer(s.text):
        clause = s.clause_of(hit.start())
        companies = s.of_kind(_COMPANY, clause)
        if companies and all(s.particle(m) in ("에", "에게") for m in companies):
            state.deal_clauses.add(clause.start)
