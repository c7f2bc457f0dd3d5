"""A general reader of Korean trade clauses: a fallback ``supply_deal`` for a clause the
tuned supply rules left without one.

It reads a clause by its arguments (:mod:`trade_roles_ko`): the governing verb class, the
role each company takes, the goods (a chip, memory, system or process named, or none for a
compute contract), the count of those goods, and the clause's time and modality as the other
rules read them (:meth:`Sentence.valid_for`, :meth:`Sentence.modality`, :func:`agreed_deal`).

- "A사는 B사에 HBM4를 공급한다": ``supply``, A the agent sells, B the recipient buys.
- "B사는 A사로부터 칩 2만 개를 사들였다": ``acquire``, B buys from the source A, count 20000.
- "B사가 A사와 칩 공급 계약을 맺었다": a ``pact`` with no direction of its own: the party
  that makes or is known to sell the goods (its maker, a memory maker for memory, a foundry
  or packaging house for a process, a server maker for servers, a cloud for compute) sells;
  with no such party there is no claim.

Vetoed once for every class: a negated or denied clause (``modality`` is ``None``), a pact to
test or evaluate only, a memorandum, a company named only for comparison or only as the
brand of the goods, a party outside the vocabulary (an unnamed agent leaves no seller), and
money or power as the count (only counts of goods are read).

The reader is four modules: the verb classes and role markers (:mod:`trade_roles_ko`), the
vetoes (:mod:`trade_checks_ko`), who sells what by kind (:mod:`trade_kinds_ko`), and this
one, which puts a clause's goods, parties, count, time and modality together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _COMPANY,
    _EACH,
    Candidate,
    RuleState,
    _quantity,
    _same_family,
    machine_count,
    rack_units,
)
from tracker.extract.coordination import joined_products
from tracker.extract.entities import Mention
from tracker.extract.own_word import agreed_deal
from tracker.extract.text import Span
from tracker.extract.trade_checks_ko import GOODS, PACT_WORD, in_list, use_weighed, vetoed
from tracker.extract.trade_kinds_ko import (
    by_kinds,
    compute,
    makes,
    may_sell,
    sells,
    unnamed_goods,
)
from tracker.extract.trade_roles_ko import Predicate, governing, roles, sentence_topic
from tracker.extract.vocabulary import Entity

# a chip the memory goes into: "MI350용 HBM3E", "TPU에 들어가는 HBM", "루빈에 탑재될"
_HOST = re.compile(
    r"(?:\s?(?:시리즈|플랫폼|칩|GPU|가속기))?"
    r"(?:용|에\s?(?:들어가|들어갈|탑재되|탑재될|탑재하|쓰이|쓰일|넣)|에(?:도|는)?\s)"
)
# goods brought in (도입, 들여오다) are bought and deployed at once ("A사로부터 GPU 5만 장을
# 도입해 … 구축한다"): the count is the deal's and the fleet's (the dev gold records both)
_BROUGHT_IN = re.compile(r"도입|들여(?:오|와|왔|온)")
_CONFIDENCE = 0.8  # a fallback reading: below the tuned rules' 0.85


def trade_clause_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """The deals of a Korean sentence's clauses that no earlier rule gave one."""
    if s.language != "ko" or not s.of_kind(_COMPANY):
        return []  # a deal names a party (a name, or "당사" / "우리" read as one)
    taken = _told_deals(state)
    out: list[Candidate] = []
    for clause in s.clauses:
        if clause.start in state.deal_clauses or any(
            clause.start <= c.anchor < clause.end for c in taken
        ):
            continue
        deals = [d for d in _clause_deals(s, state, clause) if not _told(d, taken)]
        if deals:
            state.deal_clauses.add(clause.start)
        out.extend(deals)
    return out


def _told_deals(state: RuleState) -> list[Candidate]:
    return [c for c in state.found if c.predicate == "supply_deal"]


def _told(deal: Candidate, taken: Iterable[Candidate]) -> bool:
    """Whether an earlier rule told a deal between the same two companies."""
    return any(c.subject == deal.subject and c.object == deal.object for c in taken)


def _clause_deals(s: Sentence, state: RuleState, clause: Span) -> list[Candidate]:
    """The deals one clause tells: its verb, goods, parties, count, time and modality."""
    verb = governing(s, clause)
    if verb is None or vetoed(s, clause, verb):
        return []
    goods, hosts = _goods(s, clause, verb)
    parties = _parties(s, clause, verb, goods, hosts)
    if parties is None:
        return []
    buyers, sellers = parties
    if goods is None and not unnamed_goods(s, clause, sellers):
        return []
    single = len(buyers) == len(sellers) == 1 and not in_list(s, clause, buyers[0])
    count = _count(s, state, clause, goods) if single else None
    anchor = s.quantities[count].start if count is not None else verb.start
    valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = agreed_deal(s, s.modality(anchor, valid, clause), clause, s.future(valid))
    weighed = modality == "considering" and count is None and use_weighed(verb, goods)
    if modality is None or weighed:
        return []
    value = None
    if count is not None:
        if not _BROUGHT_IN.search(s.text, clause.start, clause.end):
            state.used.add(count)  # (goods brought in are deployed too: the count is both's)
        value = _quantity(s.quantities[count], "count")
    products = [goods] if goods is None or value is not None else _listed(s, goods, clause)
    return [
        Candidate(
            buyer,
            "supply_deal",
            modality,
            valid,
            anchor,
            {"product": p.id} if p is not None else {},
            seller,
            value,
            _CONFIDENCE,
        )
        for buyer in buyers
        for seller in sellers
        for p in products
        if not _same_family(s, seller, buyer)
    ]


def _goods(s: Sentence, clause: Span, verb: Predicate) -> tuple[Mention | None, list[Mention]]:
    """The goods the clause trades (the product nearest before the verb that is one of its
    arguments, else the nearest before it, else the first after it) and the chips it names
    as where memory goes ("MI350용 HBM3E": the MI350 is no goods)."""
    named = [m for m in s.of_kind(GOODS, clause) if not s.is_compared(m)]
    hosts = [m for m in named if m.kind in ("chip", "system") and _HOST.match(s.text, m.end)]
    traded = [m for m in named if m not in hosts]
    if not traded:
        return _topic_goods(s, clause), hosts
    before = [m for m in traded if m.end <= verb.start]
    # an argument of the verb before a product named as a place ("…는 A사 라인에서")
    argued = [m for m in before if s.particle(m) in ("을", "를", "이", "가", "은", "는", "도")]
    if argued or before:
        return (argued or before)[-1], hosts
    return (traded[0] if traded else None), hosts


def _topic_goods(s: Sentence, clause: Span) -> Mention | None:
    """The goods a sentence opens on as its topic and its later clause, naming none, goes
    on about ("HBM4는 A사에 공급을 시작했으며, B사에도 공급한다")."""
    before = [m for m in s.of_kind(GOODS, Span(0, clause.start)) if not s.is_compared(m)]
    topics = [m for m in before if s.particle(m) in ("은", "는")]
    return topics[-1] if topics and topics[-1] is before[-1] else None


def _listed(s: Sentence, goods: Mention, clause: Span) -> list[Mention | None]:
    return [goods, *joined_products(s, goods, clause)]


def _parties(
    s: Sentence,
    clause: Span,
    verb: Predicate,
    goods: Mention | None,
    hosts: list[Mention],
) -> tuple[list[str], list[str]] | None:
    """(buyers, sellers) of the clause: by the orienting class and the roles first, by the
    parties' kinds for a pact with no direction; the memory's host chip's maker buys when
    no buyer is named ("A사는 B사 칩용 HBM을 공급한다")."""
    found = roles(s, clause, verb)
    if "agent" not in found and (topic := sentence_topic(s, clause)) is not None:
        found["agent"] = [topic]
    ids = {role: [m.id for m in ms] for role, ms in found.items()}
    # the other party named, or the chip the memory goes into ("B사 칩에 들어갈 HBM4를 공급")
    hosted = bool(hosts) and verb.orients == "supply"
    named_other = hosted or any(r in ids for r in ("recipient", "source", "partner", "genitive"))
    if "agent" not in ids and named_other and (unsaid := _unsaid_agent(s, clause, verb)):
        ids["agent"] = [unsaid.id]  # "(A사는) 지난달부터 B사에 HBM4를 공급하고 있다"
    agent, recipient = ids.get("agent", []), ids.get("recipient", [])
    source, partner = ids.get("source", []), ids.get("partner", [])
    kind = verb.orients
    # a partner is the other side of a contract, not the receiver of a gift of choices
    partner = partner if PACT_WORD.search(s.text, clause.start, clause.end) else []
    if kind == "supply":
        user = ids.get("user", [])
        sellers, buyers = agent or source or _genitive(s, found), recipient or partner or user
    elif kind == "receive":
        buyers, sellers = agent or recipient, source or partner
    elif kind == "order":
        buyers, sellers = agent, recipient or source or partner
    elif kind == "acquire":
        # ("A사의 남는 용량을 사 주기로": compute bought from its owner)
        owner = ids.get("genitive", []) if goods is None and compute(s, clause) else []
        buyers, sellers = agent, source or partner or ids.get("object", []) or owner
    elif kind == "win":
        sellers, buyers = agent, source or ids.get("genitive", []) or partner or recipient
    elif kind == "make":
        makers = [*agent, *source, *ids.get("", [])]
        sellers = [c for c in makers if makes(s, c, goods)]
        # the one having it made: "A사는 칩을 B사 공정에서 생산한다" (A is no maker)
        owners = [*ids.get("genitive", []), *[c for c in agent if c not in sellers]]
        buyers = recipient or [c for c in owners if c not in sellers]
    elif kind == "take" and agent and all(sells(s, clause, c, goods) for c in agent):
        # "B사 HBM4 물량의 절반을 A사가 가져간다": a seller takes a share of B's orders
        owners = [*ids.get("brand", []), *ids.get("genitive", []), *ids.get("", [])]
        sellers, buyers = agent, recipient or owners
    elif kind == "take":
        # "A사 CoWoS 물량의 절반은 B사가 가져간다": a buyer takes a share of A's output
        buyers, sellers = agent, source or ids.get("brand", []) or ids.get("genitive", [])
    elif kind == "use" and (goods is None or goods.kind != "memory"):
        # a chip used is an adoption; a pact to use it ("TPU를 쓰는 계약") is read by kinds
        if verb.kind != "pact":
            return None
        return by_kinds(s, clause, [*agent, *partner, *source, *ids.get("genitive", [])], goods)
    elif kind == "use":
        buyers, sellers = agent, source or ids.get("brand", []) or ids.get("genitive", [])
    else:
        named = [*agent, *partner, *recipient, *source, *ids.get("genitive", [])]
        if (pair := by_kinds(s, clause, named, goods)) is not None or goods is None:
            return pair
        # "A사는 B사 칩용 HBM4 출하를 시작한다": one seller named, the host chip's maker buys
        return _filled(s, [], [c for c in named if sells(s, clause, c, goods)], goods, hosts)
    return _filled(s, buyers, sellers, goods, hosts)


# a subject the clause states of its own, named or not: "회사는", "이 칩이", "물량은"
_OWN_SUBJECT = re.compile(r"[가-힣A-Za-z0-9)]+(?<![와과에서로])(?:은|는|이|가)\s")


def _unsaid_agent(s: Sentence, clause: Span, verb: Predicate) -> Entity | None:
    """The agent a subjectless clause naming the other party leaves to the text (the
    company whose own text or interview it is, else the topic of the sentence just
    before), for a verb of giving or getting; a clause with any subject of its own (other
    than its goods) takes none."""
    if verb.orients not in ("supply", "receive", "acquire", "order", "pact", "use"):
        return None
    goods = s.of_kind(GOODS, clause)
    for subject in _OWN_SUBJECT.finditer(s.text, clause.start, verb.start):
        # "HBM4는 지난달부터 B사에 보내고 있다": the goods as topic leave the agent unsaid
        if not any(m.start <= subject.end() - 3 < m.end + 4 for m in goods):
            return None
    return s.focus.issuer or s.focus.get("speaker", s.index, 2) or s.focus.get("topic", s.index, 2)


def _filled(
    s: Sentence,
    buyers: list[str],
    sellers: list[str],
    goods: Mention | None,
    hosts: list[Mention],
) -> tuple[list[str], list[str]] | None:
    """The parties, a side left unsaid filled from the goods: the memory's host chip's
    maker buys it ("B사 칩용 HBM"), a chip's designer buys its making, a process's maker
    sells it ("CoWoS 물량을 확보")."""
    if not buyers and goods is not None and goods.kind == "memory":
        buyers = [m.entity.maker for m in hosts if m.entity.maker]
    maker = goods.entity.maker if goods is not None else None
    if not buyers and sellers and maker and all(makes(s, c, goods) for c in sellers):
        buyers = [maker] if maker not in sellers else []  # "칩 생산은 A사가 맡았다"
    if not sellers and goods is not None and goods.kind == "process" and maker:
        sellers = [maker]
    buyers = [b for b in dict.fromkeys(buyers) if b not in sellers]
    sellers = [c for c in dict.fromkeys(sellers) if may_sell(s, c, goods)]
    return (buyers, sellers) if buyers and sellers else None


def _genitive(s: Sentence, found: dict[str, list[Mention]]) -> list[str]:
    """The seller of a nominal supply ("A사의 B사향 HBM4 공급"): the company in the
    genitive, unless it owns the chip the goods go into ("B사의 칩에 공급")."""
    return [m.id for m in found.get("genitive", []) if not _owns_next_chip(s, m)]


def _owns_next_chip(s: Sentence, m: Mention) -> bool:
    return any(
        p.entity.maker == m.id and 0 <= p.start - m.end <= 3 for p in s.of_kind(("chip", "system"))
    )


def _count(s: Sentence, state: RuleState, clause: Span, goods: Mention | None) -> int | None:
    """The first unused count of goods in the clause: of chips (named or not) or of racks
    that are the product, never money, power or a year (those carry other units)."""
    if goods is None or _EACH.search(s.text, clause.start, clause.end):
        return None
    for i, q in enumerate(s.quantities):
        if i in state.used or not clause.start <= q.start < clause.end:
            continue
        if machine_count(s, q) and not rack_units(s, q):
            continue
        if q.unit == "count" or (
            q.unit == "" and (s.chip_near(q) is not None or s.generic_count(q))
        ):
            return i
    return None


__all__ = ["trade_clause_rule"]
