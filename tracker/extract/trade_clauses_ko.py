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
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _EACH,
    SERVER_MAKERS,
    Candidate,
    RuleState,
    _quantity,
    _same_family,
    is_cloud_company,
    machine_count,
    rack_units,
)
from tracker.extract.coordination import joined_products
from tracker.extract.entities import Mention
from tracker.extract.own_word import agreed_deal
from tracker.extract.text import Span
from tracker.extract.trade_roles_ko import Predicate, governing, roles, sentence_topic
from tracker.extract.trial_pacts import trial_only
from tracker.extract.vocabulary import Entity

_GOODS = ("chip", "memory", "system", "process")
# goods named with no entity: "HBM 공급 계약", "서버 납품", "GPU를 구매"; a compute contract
# ("클라우드 계약", "컴퓨팅 용량") names none at all
_GENERIC_GOODS = re.compile(
    r"(?:HBM|메모리|칩|GPU|가속기|서버|랙|반도체|웨이퍼|패키징)(?:\s?['‘][^'’]{1,12}['’])?"
    r"(?:을|를|은|는|\s?(?:공급|납품|판매|구매|주문|물량|계약|생산))"
)
_COMPUTE = re.compile(r"클라우드|컴퓨팅|용량|인프라")
_CLOUD_GOODS = re.compile(_COMPUTE.pattern + r"|공급|클러스터|GPU")
_PACT_WORD = re.compile(r"계약|합의|협약|협의|논의|협상")
# a condition asserts nothing: "…가 늦어질 경우", "…를 공급한다면"
_CONDITION = re.compile(r"경우[,\s]|(?:다|라|으|하)면[,\s]")
# a report named as what is answered or asked about asserts nothing: "…공급 계약 체결 보도에
# 대한 답변", "…를 수주했다는 설과 관련해"
_ABOUT_REPORT = re.compile(r"(?:보도|설|루머|소문|기사)(?:에\s?대한|에\s?대해|와\s?관련|과\s?관련)")
# a memorandum or a cooperation pact is no deal (an LOI is, announced: the supply rule's)
_MEMORANDUM = re.compile(r"양해각서|MOU|업무\s?협약|협력\s?협약|전략적\s?협력", re.I)
# tools that make chips are no goods of the predicate: "TC 본더", "노광 장비"
_TOOLS = re.compile(r"본더|장비|노광기|스캐너|설비|소재|부품")
# a lease of a building, land or power is no deal of goods (GUIDE)
_PREMISES = re.compile(
    r"데이터센터\s?(?:임대|임차|부지)|부지|건물|토지|상면|전력\s?(?:공급|구매|계약)"
)
# a chip the memory goes into: "MI350용 HBM3E", "TPU에 들어가는 HBM", "루빈에 탑재될"
_HOST = re.compile(
    r"(?:\s?(?:시리즈|플랫폼|칩|GPU|가속기))?"
    r"(?:용|에\s?(?:들어가|들어갈|탑재되|탑재될|탑재하|쓰이|쓰일|넣)|에(?:도|는)?\s)"
)
_CONFIDENCE = 0.8  # a fallback reading: below the tuned rules' 0.85


def trade_clause_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """The deals of a Korean sentence's clauses that no earlier rule gave one."""
    if s.language != "ko":
        return []
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
    verb = governing(s, clause)
    text = s.text[clause.start : clause.end]
    if (
        verb is None
        or not _object_fits(s, clause, verb)
        or _sized(s, verb)
        or trial_only(s.text, clause, "ko")
        or _MEMORANDUM.search(text)
        or _CONDITION.search(s.text, verb.start, clause.end)
        or _ABOUT_REPORT.search(s.text, verb.start, clause.end)
        or _TOOLS.search(text)
        or _PREMISES.search(text)
    ):
        return []
    goods, hosts = _goods(s, clause, verb)
    parties = _parties(s, clause, verb, goods, hosts)
    if parties is None:
        return []
    buyers, sellers = parties
    if goods is None and not _unnamed_goods(s, clause, sellers):
        return []
    single = len(buyers) == len(sellers) == 1 and not _in_list(s, clause, buyers[0])
    count = _count(s, state, clause, goods) if single else None
    anchor = s.quantities[count].start if count is not None else verb.start
    valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = agreed_deal(s, s.modality(anchor, valid, clause), clause, s.future(valid))
    weighed = modality == "considering" and count is None and _use_weighed(verb, goods)
    if modality is None or weighed:
        return []
    value = None
    if count is not None:
        state.used.add(count)
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


# a name closing an enumeration: "…, SK그룹, 네이버클라우드에"
_LISTED_BEFORE = re.compile(r"(?<![월일년])(?:,|·|및|와|과)\s?$")


def _in_list(s: Sentence, clause: Span, company: str) -> bool:
    """Whether the buyer ends a list (of names the vocabulary may not know): a count told
    for the list is no one member's."""
    return any(
        _LISTED_BEFORE.search(s.text, max(0, m.start - 3), m.start) is not None
        for m in s.of_kind(("company",), clause)
        if m.id == company
    )


# what the verbs that take many objects must take to trade: 맡다 a making ("생산은 A사가
# 맡았다", not "총괄을 맡다", "공급은 A사가 맡는다"), 가져가다 a share ("물량의 절반을", not
# "혜택을"); 확보하다 never a capacity of one's own ("생산능력을 확보했다")
_MAKING = re.compile(r"생산|제조|양산|패키징|후공정|조립|위탁|설계")
_SHARE = re.compile(r"물량|몫|비중|절반|과반|대부분|상당|나머지|\d\s?%|%")
_CAPACITY = re.compile(r"생산\s?능력|캐파|설비|라인을")
# the object of a bare 받다: "HBM3E를 받고", "HBM3E 12단 제품을 받는다", "HBM4 물량의
# 대부분을", "HBM4 상당량을"
_OBJECT_BEFORE = re.compile(
    r"(?:\s?(?:\d+단|제품|물량의?|칩|랙|서버|GPU|대부분|일부|상당량|상당\s?부분|절반|과반"
    r"|\d+\s?%|이상|안팎|가량))*(?:을|를|도|은|는)\s"
)


_TAKEN_ON = re.compile(_MAKING.pattern + r"|물량")  # 맡다: a making or a volume taken on
_OBJECT = re.compile(r"(?:\S+\s){0,2}\S+(?:을|를)\s")
_ENTRUSTED = re.compile(_MAKING.pattern + r"|공급")  # 맡기다: making or supplying entrusted


def _object_fits(s: Sentence, clause: Span, verb: Predicate) -> bool:
    """Whether the verb's object is something traded (see above); a bare 받다 takes a
    named product as its object ("지원을 받았다", "주문을 받았다" are no goods)."""
    before = s.text[clause.start : verb.start]
    word = s.text[verb.start : verb.end]
    if verb.kind == "win" and word.startswith("맡") and not _TAKEN_ON.search(before):
        return False
    if verb.kind == "order" and word.startswith("맡") and not _ENTRUSTED.search(before):
        return False
    if verb.kind == "win" and word.startswith("주문") and not s.of_kind(_GOODS, clause):
        return False  # "HBM 주문을 받았다": no product named, no goods to record
    if verb.kind == "take":
        objects = list(_OBJECT.finditer(before))
        return _SHARE.search(objects[-1].group() if objects else before) is not None
    if verb.kind == "acquire" and _CAPACITY.search(before):
        return False
    if verb.kind == "acquire" and word == "받":
        goods = s.of_kind(_GOODS, Span(clause.start, verb.start))
        return any(_OBJECT_BEFORE.match(s.text, m.end) for m in goods)
    return True


# a relative clause on the volume a sentence goes on to size: "A사가 확보한 CoWoS 물량은
# 약 5만 장으로 추산된다" tells a figure, not a deal
_SIZED_VOLUME = re.compile(
    r"[가-힣]{0,4}?(?:한|은|는|할|된)\s(?:[^\s,.]+\s){0,2}?(?:물량|규모|수량)(?:은|는|이|가)\s"
)


def _sized(s: Sentence, verb: Predicate) -> bool:
    return verb.kind != "pact" and _SIZED_VOLUME.match(s.text, verb.end) is not None


def _use_weighed(verb: Predicate, goods: Mention | None) -> bool:
    """Talks to buy or rent chips, no count said, are a use weighed (an adoption, GUIDE),
    unless the goods are memory or a process, which are bought, never adopted, or the
    seller talks."""
    bought = goods is not None and goods.kind in ("memory", "process")
    return verb.orients not in ("supply", "win") and not bought


def _goods(s: Sentence, clause: Span, verb: Predicate) -> tuple[Mention | None, list[Mention]]:
    """The goods the clause trades (the product nearest before the verb that is one of its
    arguments, else the nearest before it, else the first after it) and the chips it names
    as where memory goes ("MI350용 HBM3E": the MI350 is no goods)."""
    named = [m for m in s.of_kind(_GOODS, clause) if not s.is_compared(m)]
    hosts = [m for m in named if m.kind in ("chip", "system") and _HOST.match(s.text, m.end)]
    traded = [m for m in named if m not in hosts]
    if hosts and not traded:
        return None, hosts
    before = [m for m in traded if m.end <= verb.start]
    # an argument of the verb before a product named as a place ("…는 A사 라인에서")
    argued = [m for m in before if s.particle(m) in ("을", "를", "이", "가", "은", "는", "도")]
    if argued or before:
        return (argued or before)[-1], hosts
    return (traded[0] if traded else None), hosts


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
    named_other = any(r in ids for r in ("recipient", "source", "partner", "genitive"))
    if "agent" not in ids and named_other and (unsaid := _unsaid_agent(s, clause, verb)):
        ids["agent"] = [unsaid.id]  # "(A사는) 지난달부터 B사에 HBM4를 공급하고 있다"
    agent, recipient = ids.get("agent", []), ids.get("recipient", [])
    source, partner = ids.get("source", []), ids.get("partner", [])
    kind = verb.orients
    # a partner is the other side of a contract, not the receiver of a gift of choices
    partner = partner if _PACT_WORD.search(s.text, clause.start, clause.end) else []
    if kind == "supply":
        sellers, buyers = agent or source or _genitive(s, found), recipient or partner
    elif kind == "receive":
        buyers, sellers = agent or recipient, source or partner
    elif kind == "order":
        buyers, sellers = agent, recipient or source or partner
    elif kind == "acquire":
        # ("A사의 남는 용량을 사 주기로": compute bought from its owner)
        owner = ids.get("genitive", []) if goods is None and _compute(s, clause) else []
        buyers, sellers = agent, source or partner or ids.get("object", []) or owner
    elif kind == "win":
        sellers, buyers = agent, source or ids.get("genitive", []) or partner or recipient
    elif kind == "make":
        makers = [*agent, *source, *ids.get("", [])]
        sellers = [c for c in makers if _makes(s, c, goods)]
        buyers = recipient or [c for c in ids.get("genitive", []) if c not in sellers]
    elif kind == "take" and agent and all(_sells(s, clause, c, goods) for c in agent):
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
        return _by_kinds(s, clause, [*agent, *partner, *source, *ids.get("genitive", [])], goods)
    elif kind == "use":
        buyers, sellers = agent, source or ids.get("brand", []) or ids.get("genitive", [])
    else:
        named = [*agent, *partner, *recipient, *source, *ids.get("genitive", [])]
        if (pair := _by_kinds(s, clause, named, goods)) is not None or goods is None:
            return pair
        # "A사는 B사 칩용 HBM4 출하를 시작한다": one seller named, the host chip's maker buys
        return _filled(s, [], [c for c in named if _sells(s, clause, c, goods)], goods, hosts)
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
    goods = s.of_kind(_GOODS, clause)
    for subject in _OWN_SUBJECT.finditer(s.text, clause.start, verb.start):
        # "HBM4는 지난달부터 B사에 보내고 있다": the goods as topic leave the agent unsaid
        if not any(m.start <= subject.end() - 3 < m.end + 4 for m in goods):
            return None
    return s.focus.issuer or s.focus.get("topic", s.index, 1)


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
    if not buyers and sellers and maker and all(_makes(s, c, goods) for c in sellers):
        buyers = [maker] if maker not in sellers else []  # "칩 생산은 A사가 맡았다"
    if not sellers and goods is not None and goods.kind == "process" and maker:
        sellers = [maker]
    buyers = [b for b in dict.fromkeys(buyers) if b not in sellers]
    sellers = [c for c in dict.fromkeys(sellers) if _may_sell(s, c, goods)]
    return (buyers, sellers) if buyers and sellers else None


def _may_sell(s: Sentence, company: str, goods: Mention | None) -> bool:
    """Memory is sold by its makers and a process by its makers only ("B사는 칩에 HBM4를
    넣는다" tells a chip's design, no sale); chips by anyone (resellers, clouds)."""
    if goods is None or goods.kind not in ("memory", "process"):
        return True
    return _sells(s, Span(0, 0), company, goods)


def _makes(s: Sentence, company: str, goods: Mention | None) -> bool:
    """Whether the company makes goods for others: a foundry or packaging house, or a
    known supplier of the goods."""
    roles = s.vocabulary.cue_list
    known = goods is not None and company in goods.entity.suppliers
    return known or company in (
        *roles("anaphora_roles", "foundry"),
        *roles("anaphora_roles", "packaging house"),
    )


def _genitive(s: Sentence, found: dict[str, list[Mention]]) -> list[str]:
    """The seller of a nominal supply ("A사의 B사향 HBM4 공급"): the company in the
    genitive, unless it owns the chip the goods go into ("B사의 칩에 공급")."""
    return [m.id for m in found.get("genitive", []) if not _owns_next_chip(s, m)]


def _owns_next_chip(s: Sentence, m: Mention) -> bool:
    return any(
        p.entity.maker == m.id and 0 <= p.start - m.end <= 3 for p in s.of_kind(("chip", "system"))
    )


def _by_kinds(
    s: Sentence, clause: Span, named: list[str], goods: Mention | None
) -> tuple[list[str], list[str]] | None:
    """A pact's two parties oriented by what they are: the one that can sell the goods
    sells; two that both can (or neither) give no claim."""
    parties = list(dict.fromkeys(named))
    if len(parties) != 2:
        return None
    can = [p for p in parties if _sells(s, clause, p, goods)]
    if len(can) == 2 and goods is None and all(is_cloud_company(s, p) for p in can):
        # a GPU cloud sells to a hyperscaler's cloud; a chipmaker and a cloud, either way
        can = [p for p in can if p in s.vocabulary.cue_list("cloud_roles", "gpu_cloud")]
    if len(can) != 1:
        return None
    return [p for p in parties if p != can[0]], can


def _sells(s: Sentence, clause: Span, company: str, goods: Mention | None) -> bool:
    """Whether the company is of a kind that sells the goods (for no goods, compute; a
    cloud sells a chip's compute: "B사와 GB300 기반 컴퓨팅 용량 계약")."""
    roles = s.vocabulary.cue_list
    if is_cloud_company(s, company) and _compute(s, clause):
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


def _unnamed_goods(s: Sentence, clause: Span, sellers: list[str]) -> bool:
    """A deal naming no product: generic goods ("HBM 공급", "서버 납품") or compute from a
    cloud ("클라우드 계약")."""
    text = s.text[clause.start : clause.end]
    if _GENERIC_GOODS.search(text):
        return True
    if all(x in s.vocabulary.cue_list("cloud_roles", "gpu_cloud") for x in sellers):
        # a GPU cloud's supply contract or cluster is compute ("광고 계약" is none)
        return _CLOUD_GOODS.search(text) is not None
    return _compute(s, clause) and all(is_cloud_company(s, x) for x in sellers)


def _compute(s: Sentence, clause: Span) -> bool:
    """Whether the clause speaks of compute in its own words (not in a name: "네이버클라우드")."""
    text = s.text[clause.start : clause.end]
    for m in s.of_kind(("company",), clause):
        a, b = m.start - clause.start, m.end - clause.start
        text = text[:a] + " " * (b - a) + text[b:]
    return _COMPUTE.search(text) is not None


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
