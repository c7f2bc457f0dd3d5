"""Claim rules: one function per predicate family, each pairing the subjects, quantities,
objects and times of one analysed sentence into candidate claims.

Rules run in a fixed order and a quantity used by one rule is not offered to the next
(a count in a supply deal is not also a deployment). Every rule is a plain function of
the sentence, so it is tested without a document or a database.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from tracker.domain.claims import Modality, Quantity, TextValue, ValidTime
from tracker.extract.analysis import DATIVE, PARTNER, TOPIC, Sentence
from tracker.extract.carried import carried_process
from tracker.extract.coordination import co_customers, co_suppliers, joined_companies
from tracker.extract.entities import Mention
from tracker.extract.not_deals import purchase_amount, unless_joined, unnamed_buyer
from tracker.extract.own_word import own_future_action
from tracker.extract.quantities import QuantityMatch, carries_unit
from tracker.extract.references import latter_or_former, memory_referred
from tracker.extract.rentals import rental_partner
from tracker.extract.systems import is_fleet_count, rack_member, system_figure
from tracker.extract.tables import read_row
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.vocabulary import Entity

CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY")
SPEC_UNITS = {"FLOP/s": "peak_compute", "B": "memory_capacity", "B/s": "memory_bandwidth"}
_NOT_MEMORY_BW = re.compile(
    r"interconnect|nvlink|network|\bici\b|scale-up|scale-out|chip-to-chip|die-to-die|\blink\b|칩\s?간|인터커넥트|네트워크|링크|"
    r"ethernet|이더넷|pcie|infiniband|bidirectional|bi-directional|양방향",
    re.IGNORECASE,
)
_SYSTEM_WORDS = re.compile(r"pod|슈퍼포드|포드|팟|cluster|클러스터|rack|랙|system|시스템", re.I)
_PRODUCT_KINDS = ("chip", "system")
_PRONOUN_START = re.compile(
    r"(?:it|its|each chip|the chip|per chip|per-chip|each|on a per-chip basis|"
    r"이는|이 칩|해당 칩|칩당|칩 하나)\b",
    re.I,
)
_CLUSTER_WORDS = re.compile(r"클러스터|cluster|데이터센터|data center", re.I)
_COMPANY = ("company",)
_ATTRIBUTED = re.compile(r"\s(?:said|says|told|announced|confirmed|reported|disclosed|added)\b")
_ATTRIBUTION_BEFORE = re.compile(r"(?:,|[\"”])\s?(?:the\s)?$")
_CLUSTER_OF = re.compile(r"\bclusters?\sof\s(?:up\sto\s|as many as\s)?$|클러스터", re.I)


@dataclass
class Candidate:
    """A claim before provenance is attached: what a rule found in one sentence."""

    subject: str
    predicate: str
    modality: Modality
    valid: ValidTime
    anchor: int
    qualifiers: dict[str, str] = field(default_factory=dict)
    object: str | None = None
    value: Quantity | TextValue | None = None
    confidence: float = 0.85


@dataclass
class RuleState:
    """What the rules of one sentence share: quantities already used."""

    used: set[int] = field(default_factory=set)
    deal_clauses: set[int] = field(default_factory=set)
    taken_products: set[int] = field(default_factory=set)
    located: set[str] = field(default_factory=set)  # sites placed by an earlier rule


Rule = Callable[[Sentence, RuleState], list[Candidate]]


def _quantity(q: QuantityMatch, unit: str | None = None) -> Quantity:
    return Quantity(low=q.low, high=q.high, unit=unit or q.unit, approx=q.approx, bound=q.bound)


def _anchors(s: Sentence) -> list[int]:
    return [q.start for q in s.quantities]


def _subject_company(s: Sentence, pos: int, exclude: tuple[str, ...] = ()) -> Mention | None:
    """The company a clause is about: topic-marked in Korean, else the nearest before."""
    if s.language == "ko":
        hit = s.nearest(_COMPANY, pos, particles=TOPIC, exclude=exclude)
        if hit is not None:
            return hit
        return s.nearest(_COMPANY, pos, exclude=exclude)
    hit = s.nearest(_COMPANY, pos, exclude=exclude)
    if hit is not None and s.inner and s.inner_of(hit.start) not in (None, s.inner_of(pos)):
        # "SK hynix, which supplies Nvidia's HBM, will lift its capacity": not Nvidia
        outside = [
            m
            for m in s.of_kind(_COMPANY)
            if m.end <= pos and m.id not in exclude and s.inner_of(m.start) == s.inner_of(pos)
        ]
        hit = outside[-1] if outside else hit
    if hit is None:
        # "Our Trainium2 fleet passed 1.4 million chips, AWS said": the attributed speaker
        hit = next(
            (
                m
                for m in s.of_kind(_COMPANY)
                if m.start > pos
                and m.id not in exclude
                and _ATTRIBUTED.match(s.text, m.end)
                and _ATTRIBUTION_BEFORE.search(s.text[max(0, m.start - 6) : m.start])
            ),
            None,
        )
    return hit


# -- specifications ---------------------------------------------------------------------


def spec_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """peak_compute / memory_capacity / memory_bandwidth of a chip (timeless)."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        predicate = SPEC_UNITS.get(q.unit)
        if predicate is None or i in state.used:
            continue
        around = s.text[max(0, q.start - 25) : q.end + 20]
        if (
            _SYSTEM_WORDS.search(s.text[q.end : q.end + 12])
            or _SYSTEM_WORDS.search(s.text[max(0, q.start - 30) : q.start])
            or system_figure(s, q)
        ):
            continue  # a pod's or rack's total, not the chip's
        if predicate == "memory_bandwidth" and _NOT_MEMORY_BW.search(around):
            continue
        subject = s.nearest(_PRODUCT_KINDS, q.start) or s.nearest(
            _PRODUCT_KINDS, q.end, before=False, span=s.clause_of(q.start)
        )
        confidence = 0.85
        entity = latter_or_former(s, q.start) or (subject.entity if subject is not None else None)
        if entity is None and (_PRONOUN_START.match(s.text) or s.is_item):
            entity = s.focus.get("chip", s.index, 8 if s.is_item else 2)
        if entity is None and not [
            m for m in s.of_kind((*_PRODUCT_KINDS, "variant")) if not s.is_compared(m)
        ]:
            # "메모리 대역폭은 22TB/s로 블랙웰의 약 2.8배다": the chip the text is about
            entity = s.focus.get("chip", s.index, 2)
        if entity is None:
            continue
        if subject is None:
            confidence = 0.65
        qualifiers: dict[str, str] = {}
        if predicate == "peak_compute" and (precision := _precision(s, q)):
            qualifiers["precision"] = precision
        if predicate == "memory_capacity" and (memory := _memory(s, q)):
            qualifiers["memory"] = memory
        valid = point_at(s.published)
        modality = _announced(s.modality(q.start, valid), s, entity.id)
        if modality is None:
            continue
        state.used.add(i)
        out.append(
            Candidate(
                entity.id,
                predicate,
                modality,
                valid,
                q.start,
                qualifiers,
                value=_quantity(q),
                confidence=confidence,
            )
        )
    return out


def _announced(
    modality: Modality | None, s: Sentence | None = None, subject: str | None = None
) -> Modality | None:
    """A company's future product feature is an announcement, not a plan (GUIDE); so is
    a specification of a product the document presents as not yet shipping."""
    if modality == "planned":
        return "announced"
    if modality == "actual" and s is not None and subject in s.upcoming:
        return "announced"
    return modality


def _own_number(
    modality: Modality | None, s: Sentence, valid: ValidTime, anchor: int = 0
) -> Modality | None:
    """A plan announced with a future date ("끌어올리겠다는 계획을 내놨다", "unveiled plans to
    reach 150,000 wafers by year-end") is a company's own future number: planned. A Korean
    announcement that names no plan ("…를 가동한다고 발표했다", "…하겠다고 공식화했다") is
    the formal announcement itself (GUIDE: 발표했다 about a future thing)."""
    if modality == "announced" and s.future(valid):
        if s.language == "ko" and not _KO_PLAN_WORD.search(s.text, anchor):
            return modality
        return "planned"
    return modality


_KO_PLAN_WORD = re.compile(r"계획|목표|방침|예정|구상|청사진|로드맵|추진|하기로|키로")


def _precision(s: Sentence, q: QuantityMatch) -> str | None:
    window = s.text[max(0, q.start - 20) : q.end + 20]
    centre = q.start - max(0, q.start - 20)
    best: tuple[int, str] | None = None
    for token in s.vocabulary.cue_list("precision", "tokens"):
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", window, re.I):
            dist = abs(m.start() - centre)
            if best is None or dist < best[0]:
                best = (dist, token.lower())
    if best is None:
        tokens = {
            t.lower()
            for t in s.vocabulary.cue_list("precision", "tokens")
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(t)}(?![A-Za-z0-9])", s.text, re.I)
        }
        if len(tokens) == 1:
            return _base_precision(tokens.pop())  # "Peak FP4 throughput for MI355X: ~10 PF"
    return _base_precision(best[1]) if best else None


def _base_precision(token: str) -> str:
    """ "nvfp4"/"mxfp4" are FP4 formats, "mxfp8" an FP8 one (the GUIDE's precisions)."""
    for prefix in ("nv", "mx"):
        if token.startswith(prefix):
            return token[len(prefix) :]
    return token


def _memory(s: Sentence, q: QuantityMatch) -> str | None:
    pool = [m for m in s.of_kind(("memory",)) if abs(m.start - q.start) <= 30]
    if not pool:
        return memory_referred(s, q.end)  # "288GB of the memory" after "HBM3E stacks"
    return min(pool, key=lambda m: abs(m.start - q.start)).id


# -- counts -----------------------------------------------------------------------------


_NEW_SUBJECT_EN = re.compile(r",\s+and\s+(?:the\s)?(?:[A-Z]|xAI\b)")


def _system_word_elsewhere(s: Sentence, clause: Span, q: QuantityMatch) -> bool:
    """Whether every rack/pod/system word of the clause lies across a ", and <Subject>"
    joint from the count: that word belongs to another statement."""
    pattern = s.triggers.get(("chips_per_system", s.language))
    if pattern is None:
        return False
    for hit in pattern.finditer(s.trigger_text, clause.start, clause.end):
        lo, hi = sorted((hit.start(), q.start))
        if not _NEW_SUBJECT_EN.search(s.text, lo, hi):
            return False
    return True


def chips_per_system_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A count of chips in one rack, server, pod or system."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in ("count", "") or is_fleet_count(q):
            continue
        clause = s.clause_of(q.start)
        if not s.has_trigger("chips_per_system", clause):
            continue
        if s.language == "en" and _system_word_elsewhere(s, clause, q):
            continue  # "running GB200 racks, and Oracle expects 400,000 of the chips …"
        chip = s.chip_near(q)
        back = _BACK_TO_CHIPS.match(s.text, q.end) is not None
        if chip is None and not back and not s.generic_count(q):
            continue
        if _CLUSTER_WORDS.search(s.text[q.end : q.end + 30]) or _CLUSTER_OF.search(
            s.text[max(0, q.start - 24) : q.start]
        ):
            continue  # chips joined into a cluster, not one system
        others = [
            m
            for m in s.of_kind(_PRODUCT_KINDS, clause)
            if (chip is None or m.id != chip.id) and not s.is_compared(m)
        ]
        subject = chip.entity if chip is not None else None
        before = [m for m in others if m.start < q.start]
        if before and (chip is None or before[0].start < q.start):
            subject = before[-1].entity  # "the GB200 NVL72, a single rack housing 72 GPUs"
        elif others and chip is None:
            subject = others[0].entity
        if subject is None and s.is_item:
            subject = s.focus.get("chip", s.index, 8)
        variant = bool(s.of_kind(("variant",)))
        if subject is None and chip is None and (back or s.generic_count(q)) and not variant:
            subject = s.focus.get("chip", s.index, 2)  # "Up to 9,216 chips … in a single pod"
        if subject is None:
            continue
        subject = rack_member(s, subject) or subject
        valid = point_at(s.published)
        modality = _announced(s.modality(q.start, valid), s, subject.id)
        if modality is None:
            continue
        state.used.add(i)
        out.append(
            Candidate(
                subject.id,
                "chips_per_system",
                modality,
                valid,
                q.start,
                value=_quantity(q, "count"),
            )
        )
    return out


def supply_deal_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A customer's deal with a supplier for a product, with an optional count."""
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("supply_deal", clause)
        weak = None
        if trig is None and s.language == "en":
            # "expand our use of Google Cloud, including up to one million TPUs", "plans to
            # access up to a million TPUs" (with a count), "Broadcom, which builds Google's
            # TPUs", "get HBM4 into Nvidia's Rubin": deals said without a deal word
            # "will hook into Nvidia's NVLink Fusion" is an integration (not_deals)
            weak = unless_joined(
                s.lowered,
                _MADE_FOR.search(s.trigger_text, clause.start, clause.end)
                or _WEAK_DEAL.search(s.trigger_text, clause.start, clause.end),
            )
            trig = weak.start() if weak is not None else None
        if trig is None and s.language == "ko":
            made = _MADE_FOR_KO.search(s.text, clause.start, clause.end)
            # "HBM3E를 SK하이닉스에서 받고 있다": bought from a maker, a deal word of its own
            trig = made.start() if made is not None else _bought_from(s, clause)
            weak = made
        if trig is None:
            continue
        region = _statement_region(s, trig, clause)
        products = [m for m in s.of_kind(_DEAL_KINDS, region) if not s.is_compared(m)]
        companies = [m for m in s.of_kind(_COMPANY, region) if _named_party(m)]
        # "트레이니움3용 HBM": the chip is where the memory goes, not what is traded
        hosts = [m for m in products if _GENERIC_MEMORY_FOR.match(s.text, m.end)]
        if hosts and not [m for m in products if m not in hosts]:
            out.extend(_unnamed_memory_deal(s, hosts[0], companies, trig, clause))
            continue
        if not products:
            continue
        counts = [
            i
            for i, q in enumerate(s.quantities)
            if i not in state.used
            and clause.start <= q.start < clause.end
            and (
                q.unit == "count"
                or (q.unit == "" and (s.chip_near(q) is not None or s.generic_count(q)))
            )
        ]
        exempt = weak is not None and (
            "made" in weak.groupdict()
            or (bool(weak.groupdict().get("ship")) and _to_company(s, weak))
        )
        if weak is not None and not counts and not exempt:
            continue
        anchor = s.quantities[counts[0]].start if counts else trig
        # "get HBM4 into Nvidia's Rubin": the product after into/for is where it goes
        traded = [
            m
            for m in products
            if not _DESTINATION.search(s.lowered[max(0, m.start - 16) : m.start])
        ]
        product_mention = min(traded or products, key=lambda m: abs(m.start - anchor))
        product = product_mention.entity
        pair = _deal_parties(s, companies, product, clause)
        if pair is None:
            continue
        customer, supplier = pair
        if not counts and _brand_only_use(s, clause, supplier, products):
            continue  # "will run on Nvidia GB200 chips in AWS data centers under a deal"
        if _same_family(s, supplier, customer):
            continue  # "suppliers for … its own Trainium designs": no deal with itself
        valid = s.valid_for(anchor, _anchors(s))
        modality = own_future_action(s, s.modality(anchor, valid, clause), clause)
        if modality is None:
            continue
        value = None
        if counts:
            state.used.add(counts[0])
            value = _quantity(s.quantities[counts[0]], "count")
        state.deal_clauses.add(clause.start)
        state.taken_products.update(m.start for m in products if m.id == product.id)
        out.append(
            Candidate(
                customer,
                "supply_deal",
                modality,
                valid,
                anchor,
                {"product": product.id},
                supplier,
                value,
            )
        )
        out.extend(_other_suppliers(s, out[-1], product, clause))
    return out


def _other_suppliers(
    s: Sentence, deal: Candidate, product: Entity, clause: Span
) -> list[Candidate]:
    """ "삼성전자와 SK하이닉스가 엔비디아에 HBM4를 공급한다": a deal per supplier listed (a
    count said for the group is not each one's, unless "각각")."""
    if deal.value is not None and not _EACH.search(s.text, clause.start, clause.end):
        return []
    sellers = {str(x) for x in (product.maker, *product.suppliers) if x}
    supplier = str(deal.object)
    others = co_suppliers(s, supplier, deal.subject, sellers, clause)
    out = [replace(deal, object=o) for o in others if not _same_family(s, o, deal.subject)]
    # "SK하이닉스는 엔비디아와 AMD에 HBM3E를 공급한다": a deal per customer listed too
    buyers = co_customers(s, deal.subject, supplier, sellers, clause)
    return out + [replace(deal, subject=b) for b in buyers if not _same_family(s, supplier, b)]


def supply_role_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A supplier or customer named by its role for another company and a product ("SK
    hynix, Nvidia's main HBM3E vendor", "Nvidia remains SK hynix's anchor HBM4 customer",
    "AMD's HBM3E supplier is Samsung"): a supply deal with no deal word. English only; the
    role needs a named product and a company in apposition or across a copula."""
    if s.language != "en":
        return []
    out: list[Candidate] = []
    companies = [m for m in s.of_kind(_COMPANY) if _named_party(m)]
    for owner in companies:
        role = _ROLE_AFTER.match(s.text, owner.end)
        if role is None:
            continue
        clause = s.clause_of(owner.start)
        if clause.start in state.deal_clauses:
            continue
        span = Span(owner.end, role.end())
        products = [m for m in s.of_kind(_ROLE_KINDS, span) if not s.is_compared(m)]
        other = _role_partner(s, companies, owner, role.end())
        if not products or other is None or _same_family(s, owner.id, other.id):
            continue
        # "A's vendor": A buys from the other; "A's customer": the other buys from A
        vendor = role.group("role").lower() in ("vendor", "supplier", "source")
        buyer, seller = (owner.id, other.id) if vendor else (other.id, owner.id)
        trig = role.start("role")
        valid = s.valid_for(trig, _anchors(s))
        aside = _appositive(s, other, owner, role.end())
        if aside is not None and not any(aside.start <= t.start < aside.end for t in s.times):
            # "Nvidia, still TSMC's largest CoWoS customer, should take …": the aside is
            # today's state, whatever the main clause forecasts
            valid, clause = point_at(s.published), aside
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        product = products[-1].id
        state.taken_products.update(m.start for m in products)
        out.append(
            Candidate(buyer, "supply_deal", modality, valid, trig, {"product": product}, seller)
        )
    return out


_ROLE_AFTER = re.compile(
    r"(?:['’]s|(?<=\bour)|(?<=\bits)|(?<=\btheir))\s(?:[\w-]+\s){1,3}?"
    r"(?P<role>customer|vendor|supplier|source|buyer)\b(?!s)",
    re.I,
)
# "X, A's vendor", "Nvidia, still TSMC's largest CoWoS customer", "X remains A's customer"
_ROLE_BEFORE = re.compile(
    r"(?:,\s(?:(?:still|now|long|already|also|by far)\s)?"
    r"|\s(?:still\s|now\s|also\s)?(?:remains|is|was|became|has become|has been)\s"
    r"(?:still\s|now\s|also\s)?)$"
)
_ROLE_COPULA = re.compile(r"\s(?:remains|is|was|has been)\s")


def _appositive(s: Sentence, partner: Mention, owner: Mention, end: int) -> Span | None:
    """The aside a role is said in (", still A's customer by a wide margin,"), if any."""
    if partner.end > owner.start or not s.text.startswith(",", partner.end):
        return None
    close = s.text.find(",", end)
    return Span(partner.end, close if close >= 0 else len(s.text))


def _role_partner(
    s: Sentence, companies: list[Mention], owner: Mention, end: int
) -> Mention | None:
    """The company a role noun describes: in apposition before it ("X, A's vendor") or
    across a copula ("X remains A's customer", "A's vendor is X")."""
    before = [m for m in companies if m.end <= owner.start]
    if (
        before
        and before[-1].end + 20 >= owner.start
        and _ROLE_BEFORE.search(s.text, before[-1].end, owner.start)
    ):
        return before[-1]
    after = [m for m in companies if m.start >= end]
    if after and _ROLE_COPULA.fullmatch(s.text, end, after[0].start):
        return after[0]
    return None


_DEAL_KINDS = ("chip", "memory", "system")
_ROLE_KINDS = (*_DEAL_KINDS, "process")  # "TSMC's largest CoWoS customer"
_GENERIC_MEMORY_FOR = re.compile(r"용\s?(?:고대역폭\s?메모리|HBM|메모리)(?![0-9A-Za-z])")


def _unnamed_memory_deal(
    s: Sentence, host: Mention, companies: list[Mention], trig: int, clause: Span
) -> list[Candidate]:
    """ "트레이니움3용 HBM은 SK하이닉스가 공급한다": the chip's maker buys memory of no named
    generation from the one memory maker named (a deal with no product qualifier)."""
    buyer = host.entity.maker
    sellers = [m.id for m in companies if m.id in _MEMORY_MAKERS and m.id != buyer]
    if buyer is None or len(set(sellers)) != 1:
        return []
    valid = s.valid_for(trig, _anchors(s))
    modality = s.modality(trig, valid, clause)
    if modality is None:
        return []
    return [Candidate(buyer, "supply_deal", modality, valid, trig, {}, sellers[0])]


_MEMORY_MAKERS = frozenset({"samsung", "sk-hynix", "micron"})
_MADE_FOR_KO = re.compile(
    r"(?P<made>(?:설계|생산|제조|제작)(?:·(?:설계|생산|제조))?(?:하는|하고|한다|해\s))"
)
_WEAK_DEAL = re.compile(
    r"\b(?P<weak>access|use of|tap|rent|get|secure|obtain|receive)\w*\b"
    # "will start shipping its HBM4 memory to Nvidia", "mass shipments of HBM4 to Nvidia":
    # a delivery to a named company is a deal even with no count
    r"|\b(?P<ship>ship|ships|shipping|shipped|shipments?\sof)\b(?=[^,.;]{0,48}?\bto\s)"
)


def _to_company(s: Sentence, weak: re.Match[str]) -> bool:
    """Whether a shipping verb goes to a named company ("shipping HBM4 to Nvidia")."""
    return any(
        weak.end() < m.start <= weak.end() + 60 and s.lowered[m.start - 3 : m.start] == "to "
        for m in s.of_kind(_COMPANY)
    )


_MADE_FOR = re.compile(
    r"(?P<made>\b(?:builds|makes|designs|co-designs|manufactures|produces|fabricates)\s"
    r"(?:\w+\s)?\w+['’]s\s|\binto\s\w+['’]s\s)"
)
_DESTINATION = re.compile(r"\b(?:into|in|for|inside|on)\s(?:[\w'’]+\s){0,2}$", re.I)
_SUPPLY_VERB_EN = re.compile(
    r"\b(?:suppl(?:y|ies|ying)|sells?|selling|provid\w*|deliver\w*|ship\w*)\b(?!\s(?:deal|agreement|contract))",
    re.I,
)
_BOUGHT_FROM_KO = re.compile(
    r"(?:에서|로부터|으로부터)\s(?:\S+\s){0,2}?(?:받고|받는|받을|받아|받기로|사들|들여오|들여온)"
)
_NOT_GOODS_KO = re.compile(r"평가|인정|주목|승인|인증|호평|관심|러브콜|테스트|검증|투자|주문을")


def _bought_from(s: Sentence, clause: Span) -> int | None:
    """Where a Korean clause says a product is received or bought from a company ("HBM3E를
    SK하이닉스에서 받고 있다", "… 삼성전자로부터 사들이고"); praise received is no goods."""
    bought = _BOUGHT_FROM_KO.search(s.text, clause.start, clause.end)
    if bought is None or _NOT_GOODS_KO.search(bought.group()):
        return None  # "엔비디아에서 좋은 평가를 받고"
    return bought.start()


_SUPPLY_VERB_KO = re.compile(r"공급(?:하|할|한|을|키로)|납품")
_RECEIVE_VERB_KO = re.compile(
    r"공급받|받는|받기로|받아|받을|맡기|맡겨|맡긴|위탁|조달|사들|구매|구입|수입"
)


# "TPU용 HBM3E", "B200에 들어가는 HBM3E", "루빈에 탑재될 HBM4": where the memory goes
_INTO_KO = ("용", "에 들어가", "에 들어갈", "에 탑재되", "에 탑재될", "에 쓰이", "에 쓰일")


def _destination_maker(s: Sentence, product: Entity, clause: Span) -> str | None:
    """The maker of the chip a memory product goes into ("TPU용 HBM3E", "HBM3E for the
    TPU"), when the memory is the product traded."""
    if product.kind != "memory":
        return None
    for m in s.of_kind(("chip", "system"), clause):
        into = s.text.startswith(_INTO_KO, m.end) or _DESTINATION.search(
            s.lowered[max(0, m.start - 16) : m.start]
        )
        if into and m.entity.maker:
            return m.entity.maker
    return None


def _statement_region(s: Sentence, pos: int, clause: Span) -> Span:
    """The part of a clause a trigger speaks about: a relative clause with the name it
    hangs on ("Broadcom, which builds Google's TPUs"), else the clause."""
    inner = s.inner_of(pos) if s.inner else None
    if inner is None or s.text[inner.start : inner.start + 1] == "(":
        return clause
    head = [m for m in s.mentions if m.end <= inner.start and inner.start - m.end <= 3]
    return Span(head[-1].start if head else inner.start, inner.end)


def _named_party(m: Mention) -> bool:
    """A company named, or referred to as "we"/"it"/"the same customer" (not a description)."""
    text = m.text.lower()
    return (
        not m.anaphoric
        or text in ("we", "our", "us", "it", "its")
        or text.startswith(("the same", "우리", "저희"))  # "우리에게서 직접 받아 간다"
    )


# a generic customer in the recipient's place: "주요 고객사에", "고객들에게", "다수 고객에"
_UNNAMED_CUSTOMER_KO = re.compile(r"(?:고객사|고객|업체|거래처)(?:들)?(?:에게|에|로)\s")


def _deal_parties(
    s: Sentence, companies: list[Mention], product: Entity, clause: Span
) -> tuple[str, str] | None:
    """(customer, supplier): the product's maker or a known supplier of it sells; else the
    verb decides ("supply X to Y" vs "a deal with Y"). With one company named, the other
    party is the company the text is about (the interviewee, the press-release issuer)."""
    ids = list(dict.fromkeys(m.id for m in companies))
    sellers = {product.maker, *product.suppliers} - {None}
    destination = _destination_maker(s, product, clause)
    if len(ids) == 1 and ids[0] in sellers and destination not in (None, ids[0]):
        return str(destination), ids[0]  # "TPU용 HBM3E는 SK하이닉스가 공급": Google buys
    if len(ids) == 1 and ids[0] in product.suppliers and product.maker not in (None, ids[0]):
        # "Broadcom co-designs and supplies the TPU": the maker (Google) buys from it
        return str(product.maker), ids[0]
    if (
        len(ids) == 1
        and s.language == "ko"
        and _UNNAMED_CUSTOMER_KO.search(s.text, clause.start, clause.end)
    ):
        return None  # "주요 고객사에 공급한다": the customer's place is taken, by no one named
    if len(ids) == 1:
        focus = s.focus.get("company", s.index, 3)
        if s.language == "ko" and not any(s.particle(m) in TOPIC for m in companies):
            # "구글과는 … 계약을 맺었다", a release's "4분기부터 엔비디아에 공급한다"
            focus = s.focus.issuer or s.focus.get("topic", s.index, 12) or focus
        if s.language == "en" and s.text[: clause.start].endswith("and "):
            # "SK hynix has supplied HBM3E to Nvidia … and will begin supplying HBM4 to the
            # same customer": a second verb phrase shares the sentence's subject
            opening = s.of_kind(_COMPANY, Span(0, clause.start))
            if opening and opening[0].start == 0 and opening[0].id != ids[0]:
                focus = opening[0].entity
        if focus is not None and focus.id != ids[0] and (sellers & {focus.id, ids[0]}):
            ids = [focus.id, ids[0]]
        elif product.maker and product.maker != ids[0]:
            return ids[0], product.maker
        else:
            return None
    if not ids:
        return None
    known = [i for i in ids if i in sellers]
    if len(ids) >= 2 and len(known) == len(ids) and product.maker not in ids:
        # "Both SK hynix and Samsung are expected to supply that HBM4": sellers named
        # together are co-suppliers, never each other's customer (not_deals)
        buyer = destination or unnamed_buyer(s, sellers)
        return (buyer, ids[0]) if buyer is not None else None
    partner = next((i for i in ids if i in product.suppliers), None)
    if product.maker in ids and partner is not None and len(ids) == 2:
        return str(product.maker), partner  # "Broadcom, which builds Google's TPUs"
    if len(known) == 1:
        return next(i for i in ids if i != known[0]), known[0]
    text = s.text[clause.start : clause.end]
    if s.language == "ko":
        topic = next((m.id for m in companies if s.particle(m) in TOPIC), ids[0])
        dative = next((m.id for m in companies if s.particle(m) in DATIVE and m.id != topic), None)
        partner = next(
            (m.id for m in companies if s.particle(m) in PARTNER and m.id != topic), None
        )
        other = dative or partner or next((i for i in ids if i != topic), None)
        if other is None:
            return None
        if _RECEIVE_VERB_KO.search(text):
            return topic, other  # "구글은 TPU 공급을 브로드컴에 맡기고", "삼성에서 공급받는"
        if dative is not None or _SUPPLY_VERB_KO.search(text):
            return other, topic
        return topic, other
    first, second = ids[0], ids[1]
    supplies = _SUPPLY_VERB_EN.search(text)
    return (second, first) if supplies else (first, second)


def deployed_chips_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """How many chips of a kind a cluster (or a company) runs or will run."""
    out: list[Candidate] = []
    previous: Candidate | None = None
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in ("count", ""):
            continue
        clause = s.clause_of(q.start)
        chip = _counted_chip(s, q, clause)
        generic = chip is None and q.unit in ("count", "") and s.generic_count(q)
        inherited = (
            chip is None
            and not generic
            and previous is not None
            and (q.unit == "count" or (q.unit == "" and _carried(s, q, previous)))
        )
        if chip is None and not generic and not inherited:
            continue
        site_count = chip is not None and bool(s.of_kind(("cluster", "facility"), clause))
        if not s.is_item and not site_count and not s.has_trigger("deployed_chips"):
            continue  # a named chip counted in a sentence about a site needs no verb
        if _increment(s, q) or q.high < 2:
            continue  # "another 100,000 GPUs", "10만 개를 더", "칩 1개는": not a fleet size
        if _NOT_DEPLOYED.search(s.text, clause.start, q.start):
            continue  # "TPU shipments should exceed 2.5M units": made or sold, not installed
        if _NOT_A_FLEET.search(s.text[max(0, q.start - 20) : q.end + 8]) or _CAPABILITY.search(
            s.text[max(clause.start, q.start - 40) : q.end + 30]
        ):
            continue
        maker = chip.entity.maker if chip is not None else None
        subject, confidence = _deployment_subject(s, q.start, maker)
        if subject is None:
            continue
        valid = s.valid_for(q.start, _anchors(s))
        modality = _own_number(s.modality(q.start, valid), s, valid, q.start)
        if modality is None:
            continue
        state.used.add(i)
        if chip is not None:
            state.taken_products.add(chip.start)
        qualifiers = {"chip": chip.id} if chip is not None else {}
        if inherited and previous is not None:
            qualifiers, subject = dict(previous.qualifiers), previous.subject
        out.append(
            Candidate(
                subject,
                "deployed_chips",
                modality,
                valid,
                q.start,
                qualifiers,
                value=_quantity(q, "count"),
                confidence=confidence,
            )
        )
        previous = out[-1]
    return out


_FILL_IT = re.compile(
    r"\b(?:fill|equip|stock|populate|pack|outfit|load)(?:s|ed|ing)?\s(?:it|the site|the campus)\s"
    r"with\b|(?:이곳|그곳|이 곳)(?:에|을|를)",
    re.IGNORECASE,
)
_INCREMENT_BEFORE = re.compile(
    r"\b(?:another|an additional|additional|an extra|a further|extra)\s"
    r"(?:(?:about|some|roughly|nearly)\s)?$|추가(?:로|적으로|분)?\s?(?:약\s?|최대\s?)?$",
    re.I,
)
_INCREMENT_AFTER = re.compile(
    r"^(?:\s?(?:개|대|장)?\s?(?:를|을|가|이)?\s?(?:더\b|추가(?:로|적으로|\s?(?:도입|설치|투입|배치|확보|구매|주문|투자|출자))|늘어난)"
    r"|\s(?:more|additional|extra)\b)",
    re.I,
)


def _increment(s: Sentence, q: QuantityMatch) -> bool:
    return bool(
        _INCREMENT_BEFORE.search(s.text[max(0, q.start - 24) : q.start])
        or _INCREMENT_AFTER.match(s.text[q.end : q.end + 12])
    )


_NOT_A_FLEET = re.compile(r"equal to|equivalent|환산|상당|맞먹|견줄", re.I)
_NOT_DEPLOYED = re.compile(
    r"\bshipments?\b|\bship(?:s|ped|ping)?\b|\bsales\b|\bsells?\b|\bsold\b|\bproduc\w+|"
    r"\bmanufactur\w+|출하|판매|생산|양산",
    re.I,
)
_MIXED = re.compile(r"s?\s*(?:and|or|및|/|와|과)\s*(?!\d)[A-Z가-힣]", re.I)
_PRONOUN_BEFORE = re.compile(r"(?:이를|이것을|그것을|\bit\b|\bthem\b|\bthat\b)[^.]{0,6}$", re.I)
_CAPABILITY = re.compile(r"수 있|\bcan\b|\bcould\b|up to .* in a single", re.I)


_FLEET = re.compile(
    r"\s(?:fleet|installed base|base|count|deployment|footprint|cluster)\b"
    r"|\s(?:chips?|units?|accelerators?|gpus?)\s(?:fleet|count|installed base)\b",
    re.I,
)
_NUMBER_OF = re.compile(
    r"\b(?:number|count|fleet|total|installed base|tally)\sof\s(?:its\s|their\s|our\s|the\s)?"
    r"(?:[\w-]+\s)?$",
    re.I,
)
_BACK_TO_CHIPS = re.compile(
    r"\s(?:of\s(?:the|those|these|its|their)\s(?:chips|accelerators|gpus|units|parts|processors)"
    r"|of\s(?:them|those))\b",
    re.I,
)


_CHIP_AT = re.compile(r"\s(?:at|to)\s(?:about\s|around\s|roughly\s|some\s|~)?", re.I)


def _fleet_chip(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """ "our Trainium2 fleet passed 1.4 million chips", "the number of Trainium2 chips in
    Project Rainier to roughly one million": the chip heading the counted noun phrase."""
    for m in reversed(s.of_kind(("chip",), Span(clause.start, q.start))):
        if _FLEET.match(s.text, m.end) or _NUMBER_OF.search(s.text[max(0, m.start - 40) : m.start]):
            return m
    return None


def _carried(s: Sentence, q: QuantityMatch, previous: Candidate) -> bool:
    """ "300k Trainium3 units by Q3 2026 and as many as 1 million exiting 2026": a bare
    figure after a count of the same order is another count of the same chips."""
    value = previous.value
    return isinstance(value, Quantity) and carries_unit(s.text, q, value.high)


def _counted_chip(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """The named chip a count is about: next to it, else (for a count with a unit word)
    the nearest named chip before it in the clause."""
    chip = s.chip_near(q)
    if chip is not None:
        mixed = chip.start >= q.end and _MIXED.match(s.text, chip.end) is not None
        return None if mixed or chip.kind != "chip" else chip
    fleet = _fleet_chip(s, q, clause)
    if fleet is not None:
        return fleet
    if s.language == "ko" and (named := _chip_predicated(s, q, clause)) is not None:
        return named
    if _BACK_TO_CHIPS.match(s.text, q.end):
        earlier = [m for m in s.of_kind(("chip",)) if m.end <= q.start and not s.is_compared(m)]
        if earlier:
            return earlier[-1]  # "running GB200 racks, and … 400,000 of the chips"
        focus = s.focus.get("chip", s.index, 2)
        return Mention(q.start, q.start, focus, "", True) if focus is not None else None
    for m in s.of_kind(("chip",), Span(clause.start, q.start)):
        if _CHIP_AT.fullmatch(s.text[m.end : q.start]):
            return m  # "we model Ironwood at 1.1M-1.3M", "take Trainium2 to a million"
    if q.unit != "count" or s.generic_count(q):
        return None
    named = s.nearest(("chip",), q.start, span=clause)
    if named is None and _PRONOUN_BEFORE.search(s.text[max(0, q.start - 14) : q.start]):
        focus = s.focus.get("chip", s.index, 1)
        return Mention(q.start, q.start, focus, "", True) if focus is not None else None
    return named


# "이 가운데 3만 개가 GB200이다", "그중 10만 개는 H100이고": a count said to be a chip
_PREDICATED_GAP = re.compile(r"\s?(?:개|대|장)?\s?(?:가|이|는|은)\s(?:[^\s,]+\s)?")
_COPULA_AFTER = re.compile(r"(?:이다|이며|이고|였다|였고|다[.\s]|인 것으로|으로 채워|로 채워)")


def _chip_predicated(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """A Korean count whose chip is its predicate ("3만 개가 GB200이다")."""
    after = s.of_kind(("chip",), Span(q.end, clause.end))
    if not after:
        return None
    m = after[0]
    if _PREDICATED_GAP.fullmatch(s.text, q.end, m.start) and _COPULA_AFTER.match(s.text, m.end):
        return m
    return None


def _deployment_subject(s: Sentence, pos: int, maker: str | None) -> tuple[str | None, float]:
    clusters = s.of_kind(("cluster", "facility"))
    if clusters and s.language == "ko" and _fleet_clause(s, pos):
        clusters = []  # "AWS가 운영하는 트레이니움2는 백만 개가 넘으며, 이 가운데 … 레이니어에"
    if clusters:
        before = [m for m in clusters if m.start <= pos]
        return (before[-1] if before else clusters[0]).id, 0.85
    if s.sequel:
        return None, 0.0  # "'콜로서스 2'에 … 55만 개를 설치할 계획": a site with no id of its own
    if _FILL_IT.search(s.text[:pos]):
        # "plans to fill it with 450,000 GB200s": the site in focus, never the company
        site = s.focus.get("cluster", s.index, 3)
        return (site.id, 0.7) if site is not None else (None, 0.0)
    exclude = (maker,) if maker else ()
    company = _subject_company(s, pos, exclude) or _subject_company(s, pos)
    at = [
        m
        for m in s.of_kind(_COMPANY)
        if 0 < m.start - pos <= 60 and _AT_COMPANY.search(s.lowered[max(0, m.start - 4) : m.start])
    ]
    if company is None and at:
        company = at[0]  # "200k Trainium3 units installed at AWS"
    focus = s.focus.get("cluster", s.index, 3)
    speaker = company is not None and company.text.lower() in ("we", "our", "us")
    if company is not None and _WHOLE_FLEET.search(s.text, company.end, min(pos, company.end + 12)):
        speaker = True  # "AWS 전체의 트레이니움3 배치 규모", "AWS's entire fleet": not one site
    if company is not None and s.language == "ko" and _own_chip(s, company):
        speaker = True  # "AWS의 트레이니움3는 …": the company's fleet, not the site in focus
    if focus is not None and not speaker and (company is None or _runs(s, company.id, focus.owner)):
        return focus.id, 0.7
    return (company.id, 0.8) if company is not None else (None, 0.0)


def _fleet_clause(s: Sentence, pos: int) -> bool:
    """A Korean count in a clause that names a company before it and no site: the
    company's fleet, even when a later clause of the sentence names one of its sites."""
    clause = s.clause_of(pos)
    if s.of_kind(("cluster", "facility"), clause):
        return False
    return any(m.start < pos for m in s.of_kind(_COMPANY, clause))


def _own_chip(s: Sentence, company: Mention) -> bool:
    """A Korean possessive right on a chip name ("AWS의 트레이니움3")."""
    return any(re.fullmatch(r"의\s?", s.text[company.end : m.start]) for m in s.of_kind(("chip",)))


_WHOLE_FLEET = re.compile(r"전체|\s?(?:['’]s\s)?(?:entire|whole|total|overall|global)\b", re.I)
_AT_COMPANY = re.compile(r"\b(?:at|by)\s$")


def _runs(s: Sentence, company: str, owner: str | None) -> bool:
    """Whether ``company`` is the cluster's owner or the owner's parent (Amazon for AWS)."""
    if owner is None:
        return False
    entity = s.vocabulary.entity(owner)
    return company == owner or (entity is not None and entity.parent == company)


def capacity_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A manufacturer's capacity for a process, per month, dated."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        # "…CoWoS output. It will reach 90,000 a month": the unit said a sentence earlier
        carried = carried_process(s, q) if q.unit == "" and i not in state.used else None
        if i in state.used or (q.unit not in ("wafer/month", "wafer") and carried is None):
            continue
        clause = s.clause_of(q.start)
        if _DEMAND.search(s.text[clause.start : q.start]):
            continue
        if out and s.language == "en" and _UP_FROM.search(s.text[max(0, q.start - 30) : q.start]):
            continue  # "…, up from 75,000 wafers": the old value (see _earlier_capacity)
        if s.language == "ko" and _SHARE_KO.search(s.text, clause.start, q.start):
            continue  # "CoWoS 가운데 TPU 몫은 월 2만 5000장": an allocation, not a capacity
        if q.unit == "wafer" and not _monthly_capacity(s, q, clause):
            continue
        mention = _subject_company(s, q.start)
        if mention is not None and s.text.startswith(_BOUND_FOR, mention.end):
            mention = None  # "엔비디아向 HBM4 생산능력": the customer, not the maker
        after = s.nearest(_COMPANY, q.end, before=False, span=clause)
        if mention is None and after is not None and after.start - q.end <= 30:
            mention = after  # "CoWoS capacity of 90,000 wafers a month at TSMC"
        qualifiers: dict[str, str] = {}
        kinds = ("process", "memory")
        inside = s.of_kind(kinds, Span(q.start, q.end))  # "70,000 CoWoS wafers a month"
        process = (
            (inside[0] if inside else None)
            or s.nearest(kinds, q.start, span=clause)
            or s.nearest(kinds, q.end, before=False, span=clause)
            or s.nearest(kinds, q.start)  # "TSMC CoWoS: …, and the company is shooting for …"
        )
        process_entity = process.entity if process else carried
        if process_entity is None and not _TOTAL.search(s.text, clause.start, q.start):
            # "total HBM capacity": all processes, no qualifier
            process_entity = s.focus.get("process", s.index, 3) or s.focus.get("memory", s.index, 3)
        if process_entity is not None:
            qualifiers["process"] = process_entity.id
        company = mention.entity if mention is not None else _implicit_company(s, process_entity)
        if company is None:
            continue
        valid = s.valid_for(q.start, _anchors(s))
        modality = _own_number(s.modality(q.start, valid), s, valid, q.start)
        if modality is None:
            continue
        state.used.add(i)
        out.append(
            Candidate(
                company.id,
                "capacity",
                modality,
                valid,
                q.start,
                qualifiers,
                value=_quantity(q, "wafer/month"),
            )
        )
    out.extend(_earlier_capacity(s, state, out))
    return out


_BOUND_FOR = ("向", "향 ", "향으로")


def _implicit_company(s: Sentence, process: Entity | None) -> Entity | None:
    """The manufacturer a capacity figure with no named subject belongs to: in Korean the
    topic of the text (an interviewee's answers are about their company, not a partner
    they named: "AMD와도 협의 중입니다" leaves 삼성전자 the topic), else the last company;
    either only when it can make the process (CoWoS is TSMC's, HBM4 its suppliers')."""
    makers = {process.maker, *process.suppliers} - {None} if process is not None else set()
    candidates = [s.focus.get("company", s.index, 3)]
    if s.language == "ko":
        candidates.insert(0, s.focus.get("topic", s.index, 12))
        candidates.insert(0, s.focus.issuer)  # a company's release: its own capacity
    else:
        # "SK hynix … The company supplies Nvidia. Its HBM4 capacity …": the subject of
        # the last sentences, not the customer named last
        candidates.insert(0, s.focus.salience.pick(None, s.index, set(), window=2))
    for company in candidates:
        if company is not None and (not makers or company.id in makers):
            return company
    if process is not None and process.maker is not None:
        return s.vocabulary.entities.get(process.maker)  # CoWoS capacity is TSMC's
    return None


_UP_FROM = re.compile(
    r"\b(?:up|down|rising|growing)?\s?from\s(?:the\s|its\s)?"
    r"(?:(?:about|roughly|around|some|nearly|an estimated|approximately)\s)?$",
    re.I,
)


def _earlier_capacity(s: Sentence, state: RuleState, found: list[Candidate]) -> list[Candidate]:
    """ "…to 90,000 wafers a month by end-2026, up from about 75,000 at the end of this
    year": the earlier figure, dated by its own time, is a capacity too (a from-figure
    with no time of its own is only the old value being replaced)."""
    if not found or s.language != "en":
        return []
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        lead = max(0, q.start - 30)
        up_from = _UP_FROM.search(s.text[lead : q.start])
        if i in state.used or q.unit not in ("", "wafer/month", "wafer") or up_from is None:
            continue
        head = next((c for c in found if c.anchor < q.start), None)
        times = [t.valid for t in s.times if 0 <= t.start - q.end <= 50]
        if not times and _NOW_AFTER.match(s.text, q.end):
            times = [point_at(s.published)]  # "…, from roughly ninety thousand now"
        if head is None or not times:
            continue
        valid = times[0]
        # "up from an estimated 90k-100k wpm today": the hedge before the figure counts
        modality = s.modality(q.start, valid, Span(lead + up_from.start(), len(s.text)))
        if modality is None:
            continue
        state.used.add(i)
        out.append(
            replace(
                head,
                modality=modality,
                valid=valid,
                anchor=q.start,
                value=_quantity(q, "wafer/month"),
            )
        )
    return out


_SHARE_KO = re.compile(r"몫|배정|할당|배분")
_NOW_AFTER = re.compile(r"\s(?:now|currently|today|at present)\b", re.I)
_DEMAND = re.compile(r"demand|수요|orders|주문", re.I)
_TOTAL = re.compile(r"\btotal\b|\boverall\b|\ball\b|전체|총\s|합계", re.I)
_MONTHLY = re.compile(r"\bmonthly\b|\b(?:a|per|each)\s+month\b|월간|월\s?생산|매달|매월", re.I)
_CAPACITY_NOUN = re.compile(r"capacity|생산\s?능력|캐파|능력|투입량", re.I)  # 웨이퍼 투입량
_ANNUAL = re.compile(
    r"\b(?:a|per|each)\s+year\b|annual|yearly|\bfor\s(?:19|20)\d\d\b|full[-\s]year|"
    r"연간|한 해|연\s?생산",
    re.I,
)


def _monthly_capacity(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """A wafer count with no "per month" is a capacity only when the clause calls it one
    ("CoWoS 생산능력은 약 3만 5000장") and does not make it a yearly total ("shipped 660,000
    wafers in 2025", "연간 생산량")."""
    text = s.text[clause.start : clause.end]
    if _ANNUAL.search(text):
        return False
    # "생산능력은 월 7만 장 수준인데, 업계는 내년 말 9만 장을 …": the same measure goes on
    head = s.text[: clause.end]
    return bool(_CAPACITY_NOUN.search(head) or _MONTHLY.search(head))


def investment_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Investors putting money into a target (company, cluster, technology).

    "A와 B가 C에 각각 X와 Y를 투자" pairs investors and amounts in order; "각각 X" (each)
    gives every investor the amount. Money raised ("유치", "raised") and capital spending
    without a target are not investments by the sentence's subject.
    """
    out: list[Candidate] = []
    money = [
        i
        for i, q in enumerate(s.quantities)
        if q.unit in CURRENCIES
        and i not in state.used
        and not _per_share(s, q)
        and not purchase_amount(s.lowered, q.start)  # "agreed to buy $30bn of compute"
        # "a $20 billion funding round in which Nvidia put in $2bn": the total is no one's
        and not (s.language == "en" and _ROUND_TOTAL.match(s.text, q.end))
    ]
    done: set[int] = set()
    for i in money:
        if i in done:
            continue
        q = s.quantities[i]
        paren = s.parenthetical(q.start)
        clause = paren or s.clause_of(q.start)
        clause_text = s.text[clause.start : clause.end]
        if not s.has_trigger("investment", clause):
            continue
        pair = _raised_from(s, clause) or _holding(s, clause)
        if pair is not None:
            investors, target = [pair[0]], pair[1]
        else:
            if _NOT_INVESTING.search(clause_text):
                continue
            investors = _investors(s, q, clause, paren)
            if not investors:
                continue
            found_target = _investment_target(s, q, clause, paren, {m.id for m in investors})
            if found_target is None:
                continue
            target = found_target
        inner = s.inner_of(q.start)
        group = [
            j
            for j in money
            if clause.start <= s.quantities[j].start < clause.end
            and s.inner_of(s.quantities[j].start) == inner  # a relative clause is its own
        ]
        pairs = _distribute(s, investors, group, clause_text)
        for investor, j in pairs:
            qj = s.quantities[j]
            joined = j != i and _coordinated_amounts(s, q, qj)
            if joined and qj.bound == "exact" and q.bound != "exact":
                qj = replace(qj, bound=q.bound)  # "최대 50억 달러와 100억 달러": both at most
            if joined and q.approx:
                qj = replace(qj, approx=True)
            own = s.time_for(qj.start, _anchors(s))
            if own is None and j != i:
                own = s.time_for(q.start, _anchors(s))  # "내년 … 각각 20조원과 15조원"
            valid = own.valid if own is not None else point_at(s.published)
            modality = s.modality(qj.start, valid, clause)
            if modality is None:
                continue
            if _increment(s, qj):
                # "has invested an additional $2.75 billion", "40억 달러를 추가로 투자하기로",
                # "$10 billion more": an addition, not the standing total (GUIDE)
                continue
            if valid.kind == "open" and modality == "actual":
                # "has invested $13.75bn since 2019", "지난해부터 투자해 온": the total so far
                valid = point_at(s.published)
            done.add(j)
            state.used.add(j)
            out.append(
                Candidate(
                    investor,
                    "investment",
                    modality,
                    valid,
                    qj.start,
                    {"target": target},
                    value=_quantity(qj),
                )
            )
    return out


_ROUND_TOTAL = re.compile(
    r"\s(?:(?:funding|financing|equity|fundraising|venture|series\s\w)\s)?round\b", re.I
)


def _coordinated_amounts(s: Sentence, a: QuantityMatch, b: QuantityMatch) -> bool:
    """Whether two amounts are joined directly ("최대 50억 달러와 100억 달러", "up to $5bn and
    $10bn"), so a bound or hedge before the first is the second's too: not across a clause
    with its own subject ("roughly $13 billion …, and SoftBank has pledged up to $30bn")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return len(s.text[first.end : second.start].strip()) <= 6


_RAISED = re.compile(
    r"유치|투자를 받|투자받|\braised?\b|\braises\b|\braising\b|secured|\breceived\b|\breceives\b|"
    r"\btook in\b|\battracted\b|\bdrew\b",
    re.I,
)
_FROM_KO = ("으로부터", "로부터", "에게서")
_HOLDING_KO = re.compile(r"의\s?(?:\S+\s)?(?:에 대한\s)?(?:누적\s|총\s)?투자(?:액|금|규모)")
_ITS_HOLDING = re.compile(
    r"\b(?:its|their)\s(?:total\s|cumulative\s|overall\s)?(?:investment|stake)s?\s(?:in|into)\s$",
    re.I,
)
_HOLDING_EN = re.compile(
    r"['’]s\s(?:total\s|cumulative\s|overall\s)?(?:investment|stake)s?\s(?:in|into)\s$", re.I
)


def _raised_from(s: Sentence, clause: Span) -> tuple[Mention, str] | None:
    """Money raised from someone: "앤트로픽은 아마존으로부터 80억 달러를 유치했다",
    "Anthropic raised $4 billion from Amazon": the source invests in the raiser."""
    text = s.text[clause.start : clause.end]
    if not _RAISED.search(text):
        return None
    companies = s.of_kind(_COMPANY, clause)
    if s.language == "ko":
        source = next((m for m in companies if s.text.startswith(_FROM_KO, m.end)), None)
        raiser = next((m for m in companies if s.particle(m) in TOPIC and m is not source), None)
    else:
        source = next(
            (m for m in companies if s.lowered[max(0, m.start - 5) : m.start] == "from "), None
        )
        raiser = next(
            (m for m in companies if m is not source and m.start < (source.start if source else 0)),
            None,
        )
    if source is None or raiser is None or source.id == raiser.id:
        return None
    return source, raiser.id


def _holding(s: Sentence, clause: Span) -> tuple[Mention, str] | None:
    """An investor's holding named as a noun: "아마존의 앤트로픽 누적 투자액은 80억 달러",
    "Amazon's investment in Anthropic reaches $8bn"."""
    companies = s.of_kind(_COMPANY, clause)
    if s.language != "ko":
        for m in companies:
            if _ITS_HOLDING.search(s.lowered[max(0, m.start - 40) : m.start]):
                owner = s.focus.get("company", s.index, 3)
                if owner is not None and owner.id != m.id:
                    # "* Says its total investment in Anthropic now stands at $4 billion"
                    return Mention(m.start, m.start, owner, "its", True), m.id
    for k, m in enumerate(companies[:-1]):
        nxt = companies[k + 1]
        if s.language == "ko":
            if s.particle(m) == "의" and _HOLDING_KO.match(s.text, m.end):
                return m, nxt.id
        elif _HOLDING_EN.search(s.text[m.end : nxt.start + 1][: nxt.start - m.end]):
            return m, nxt.id
    return None


_PER_SHARE_AFTER = re.compile(r"\s?(?:a|per|each)\s(?:share|unit)\b", re.IGNORECASE)
_PER_SHARE_BEFORE = re.compile(r"주당\s?$")


def _per_share(s: Sentence, q: QuantityMatch) -> bool:
    """A share price ("$23.28 a share", "주당 23달러") is never an amount invested."""
    return bool(
        _PER_SHARE_AFTER.match(s.text, q.end)
        or _PER_SHARE_BEFORE.search(s.text[max(0, q.start - 4) : q.start])
    )


_NOT_INVESTING = re.compile(
    r"유치|조달|투자를 받|투자받|기업가치|가치를|설비투자|시설투자|목표주가|투자의견|"
    r"capex|capital expenditure|"
    r"capital spending|raised|raises|raising|valuation|valued",
    re.I,
)
_RESPECTIVELY = re.compile(r"각각|respectively", re.I)
_EACH = re.compile(r"각각|\beach\b|apiece", re.I)
_TARGET_KINDS = (
    "company",
    "cluster",
    "facility",
    "chip",
    "model",
    "memory",
    "technology",
    "process",
)


def _investors(s: Sentence, q: QuantityMatch, clause: Span, paren: Span | None) -> list[Mention]:
    if paren is not None:
        hit = s.nearest(_COMPANY, q.start, span=paren)
        return [hit] if hit else []
    if s.language == "ko":
        head = (
            s.nearest(_COMPANY, q.start, span=clause, particles=TOPIC)
            or s.nearest(_COMPANY, q.start, span=clause, particles=PARTNER)
            or _implicit_investor(s, q, clause)
        )
        if head is None:
            return []
        if s.particle(head) in PARTNER:
            # "오픈AI와 오라클, 소프트뱅크는 …": the 와 head opens a list of one party
            return [m for m in joined_companies(s, head, clause) if m.end <= q.start]
    else:
        pool = [
            m for m in s.of_kind(_COMPANY, clause) if m.end <= q.start and not _after_prep(s, m)
        ]
        under = [m for m in pool if _UNDER_WHICH_ANY.search(s.text, clause.start, m.start)]
        if under:
            # "signed a letter of intent under which Nvidia will invest …", "a round in
            # which Nvidia put in …": the deal's own clause names the investor
            pool = under
        if not pool:
            return []
        head = pool[0]
    return _coordinated(s, head, clause)


_GROUP_KO = re.compile(r"양사|(?:두|세|네|[2-9])\s?(?:회사|기업|업체|곳|사)|[2-9]사|각사")


def _implicit_investor(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """A Korean clause with no company before its amount ("회사는 올해 HBM4 증설에 …",
    "이를 위해 올해 HBM4 증설에 약 10조원을 투입한다"): the company the text is about."""
    before = s.of_kind(_COMPANY, Span(clause.start, q.start))
    if any(not m.anaphoric for m in before) or _GROUP_KO.search(s.text, clause.start, q.start):
        return None  # a named company that is not the subject, or "세 회사는": not one investor
    if before:
        return before[-1]  # "회사는", "이 회사는": resolved to the company in focus
    topic = s.focus.get("topic", s.index, 3)
    return Mention(q.start, q.start, topic, "", True) if topic is not None else None


def _after_prep(s: Sentence, m: Mention) -> bool:
    before = s.lowered[max(0, m.start - 8) : m.start]
    return bool(re.search(r"\b(?:in|into|to|from|with|on|at|of|for)\s$", before))


def _coordinated(s: Sentence, head: Mention, clause: Span) -> list[Mention]:
    """The head and the companies joined to it ("마이크로소프트와 엔비디아가", "A and B")."""
    group = [head]
    companies = [m for m in s.of_kind(_COMPANY, clause) if m.end <= head.start]
    for m in reversed(companies):
        gap = s.text[m.end : group[0].start]
        if re.fullmatch(r"\s*(?:와|과|,|·|and|&)\s*", gap):
            group.insert(0, m)
        else:
            break
    if s.language != "ko":
        companies_after = [m for m in s.of_kind(_COMPANY, clause) if m.start >= head.end]
        for m in companies_after:
            gap = s.text[group[-1].end : m.start]
            if re.fullmatch(r"\s*(?:,|and|&)\s*(?:and\s)?", gap):
                group.append(m)
            else:
                break
    return list({m.id: m for m in group}.values())


def _distribute(
    s: Sentence, investors: list[Mention], group: list[int], clause_text: str
) -> list[tuple[str, int]]:
    if len(investors) > 1 and len(group) == len(investors) and _RESPECTIVELY.search(clause_text):
        return [(m.id, j) for m, j in zip(investors, group, strict=True)]
    if len(investors) > 1 and _EACH.search(clause_text):
        return [(m.id, group[0]) for m in investors]
    if len(investors) > 1 and s.language == "ko":
        return []  # "오픈AI와 오라클, 소프트뱅크는 … 4000억 달러를": a sum, no one's own amount
    return [(investors[-1].id, j) for j in group]


def _investment_target(
    s: Sentence, q: QuantityMatch, clause: Span, paren: Span | None, investors: set[str]
) -> str | None:
    if paren is not None:
        hosts = [m for m in s.mentions if m.end <= paren.start and m.kind in _TARGET_KINDS]
        return _owner_of(hosts[-1]) if hosts else None
    pool = [m for m in s.of_kind(_TARGET_KINDS, clause) if m.id not in investors]
    if s.inner:
        # "Amazon, which has put $8bn into Anthropic, weighs $10bn in OpenAI": a relative
        # clause's target is not the main clause's, and the reverse
        own = s.inner_of(q.start)
        pool = [m for m in pool if s.inner_of(m.start) == own] or pool
    if s.language == "ko":
        for particles in (DATIVE, ("을", "를")):
            hit = [m for m in pool if m.end <= q.start and s.particle(m) in particles]
            if hit:
                return _owner_of(hit[-1])
    after = [m for m in pool if m.start >= q.end]
    if after:
        return _owner_of(after[0])
    if s.language != "ko":
        prep = [
            m
            for m in s.mentions
            if m.kind in _TARGET_KINDS and m.id not in investors and _after_in(s, m)
        ]
        if prep:
            return _owner_of(prep[0])
    before = [m for m in pool if m.end <= q.start and s.particle(m) not in TOPIC]
    if before:
        return _owner_of(before[-1])
    focus = s.focus.get("cluster", s.index, 2)
    return focus.id if focus is not None else None


def _after_in(s: Sentence, m: Mention) -> bool:
    return bool(re.search(r"\b(?:in|into)\s$", s.lowered[max(0, m.start - 6) : m.start]))


def _owner_of(m: Mention | None) -> str | None:
    if m is None:
        return None
    if m.kind == "model" and m.entity.owner:
        return m.entity.owner
    return m.id


# -- relations --------------------------------------------------------------------------


def adopts_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A company adopting a product (cloud or on-prem, via a provider), possibly several
    times in one sentence ("내년부터 클라우드로, 2027년부터는 자사 데이터센터에")."""
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("adopts", clause)
        if trig is None:
            trig = _training_in_a_cloud(s, clause)
        if trig is None:
            continue
        subject = _adopter(s, clause, trig)
        if subject is None:
            continue
        conjuncts = _conjuncts(s, clause)
        products = [_adoptable(s, c, subject, state) for c in conjuncts]
        if not any(products):
            continue
        for k, conj in enumerate(conjuncts):
            product = products[k] or _neighbour(products, k)
            if product is None:
                continue
            qualifiers = _mode(s, conj)
            if not qualifiers and not products[k]:
                continue
            if qualifiers.get("via") == subject.id:
                continue  # "Microsoft … rents it GB200 capacity through Azure": the provider
            times = [t for t in s.times if conj.start <= t.start < conj.end]
            valid = times[0].valid if times else s.valid_for(trig, _anchors(s))
            # the verb of the conjunct carries its modality ("Meta could also rent TPUs")
            verb = s.trigger_pos("adopts", conj)
            modality = s.modality(verb if verb is not None else conj.start, valid, clause)
            modality = own_future_action(s, modality, conj)
            if modality is None:
                continue
            for item in [product, *_coordinated_chips(s, product, subject, state)]:
                out.append(
                    Candidate(
                        subject.id, "adopts", modality, valid, conj.start, qualifiers, item.id
                    )
                )
    return _dedupe_relations(out)


def _training_in_a_cloud(s: Sentence, clause: Span) -> int | None:
    """Training on chips in a named provider's cloud is using them there ("trains its
    models on TPUs in Google Cloud", "구글 클라우드의 TPU로 학습시켜"): the training verb
    stands in for an adoption verb only when the clause names the provider."""
    trig = s.trigger_pos("trains_on", clause)
    if trig is None or "via" not in _mode(s, clause):
        return None
    return trig


# "H100과 H200", "H100 and H200", "H100, H200": chips coordinated with the product
_CHIP_AND = re.compile(r"\s?(?:과|와|및|,|,?\s?and|or|이나|또는)\s?(?:엔비디아\s|Nvidia\s)?$", re.I)


def _coordinated_chips(
    s: Sentence, product: Mention, subject: Mention, state: RuleState
) -> list[Mention]:
    """Chips named in a plain list right after the adopted one ("H100과 H200을 빌려")."""
    found: list[Mention] = []
    last = product
    for m in s.of_kind(("chip",), Span(product.end, len(s.text))):
        if not _CHIP_AND.match(s.text[last.end : m.start]) or s.is_compared(m):
            break
        if _same_family(s, m.entity.maker, subject.id) or m.start in state.taken_products:
            break
        found.append(m)
        last = m
    return found


def _adopter(s: Sentence, clause: Span, trig: int) -> Mention | None:
    companies = [m for m in s.of_kind(_COMPANY, clause) if not _is_cloud_name(s, m)]
    if s.language == "ko":
        topic = [m for m in companies if s.particle(m) in TOPIC]
        if topic:
            return topic[0]
    else:
        # "Amazon said Anthropic will use Trainium": the subject nearest the verb, not an
        # object ("in talks with Alphabet Inc.'s Google to install") nor the speaker
        subjects = [
            m
            for m in companies
            if m.end <= trig and not _after_prep(s, m) and not _POSSESSED.search(s.text[: m.start])
        ]
        if len(subjects) > 1 and _SAID_BETWEEN.match(s.text, subjects[-2].end, subjects[-1].start):
            return subjects[-1]
        told = [m.end() for m in _REPORT_THAT.finditer(s.text, 0, trig)]
        inner = [m for m in subjects if told and m.start >= told[-1]]
        if inner:
            # "Nvidia slid 2.6% after a report that Meta is in talks to put Google's TPUs
            # …": the reported clause has its own subject
            return inner[0]
        under = [m for m in subjects if _UNDER_WHICH.search(s.text, 0, m.start)]
        if under:
            # "an agreement with AWS, under which OpenAI will run on GB200s": the deal's
            # clause names who uses what
            return under[0]
        if not subjects and clause.start == 0 and _IT_START.match(s.text):
            # "It is also exploring renting TPU capacity through Google Cloud": the company
            # the text is about, not the provider named after the verb
            named = {m.id for m in s.of_kind(_COMPANY)}
            focus = s.focus.salience.pick(None, s.index, named, window=1)
            if focus is not None:
                return Mention(0, 0, focus, "", True)
    return companies[0] if companies else None


_REPORT_THAT = re.compile(
    r"\b(?:reports?|news|word|speculation|rumou?rs?|signs|disclosure|confirmation|"
    r"announcement|claims?)\s(?:[\w-]+\s){0,2}?that\s",
    re.IGNORECASE,
)
_IT_START = re.compile(
    r"(?:It|The company|The firm)\s(?:is|was|has|had|will|would|also|plans|said)\b"
)


_POSSESSED = re.compile(r"['’]s\s$")
_UNDER_WHICH_ANY = re.compile(r"\b(?:under|through|by|in) which\s|\bwhereby\s")
_UNDER_WHICH = re.compile(r"\b(?:under|through|by|in) which\s$|\bwhereby\s$")
_SAID_BETWEEN = re.compile(r"\s(?:said|says|told|expects|believes|confirmed)\s(?:that\s)?$")


def _is_cloud_name(s: Sentence, m: Mention) -> bool:
    """A company named as a cloud ("구글 클라우드", "Microsoft Azure", "AWS(...) 클라우드")."""
    if "클라우드" in m.text or "cloud" in m.text.lower() or m.text.lower() in ("azure", "애저"):
        return True
    tail = re.sub(r"^\s*\([^)]*\)", "", s.lowered[m.end : m.end + 24]).lstrip("'s ’")
    return tail.startswith(("cloud", "클라우드", "azure", "애저"))


def _conjuncts(s: Sentence, clause: Span) -> list[Span]:
    text = s.text[clause.start : clause.end]
    sep = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=to\s|in\s|from\s|starting|through|via)")
    spans, start = [], 0
    for m in sep.finditer(text):
        spans.append(Span(clause.start + start, clause.start + m.end()))
        start = m.end()
    spans.append(Span(clause.start + start, clause.end))
    return spans


# "GB200 칩 약 11만 개를 추가로 들일": a counted chip is a deployment (or an increment)
_COUNTED_AFTER = re.compile(
    r"\s?(?:칩|GPU|가속기)?\s?(?:약|최대|총)?\s?\d[\d,.]*\s?(?:만|천|억)?\s?(?:\d+\s?)?(?:개|대)"
)


def _adoptable(s: Sentence, span: Span, subject: Mention, state: RuleState) -> Mention | None:
    pool = [
        m
        for m in s.of_kind(("chip",), span)
        if not _same_family(s, m.entity.maker, subject.id)
        and m.start > subject.start
        and not s.is_compared(m)
        and m.start not in state.taken_products
        and not any(0 <= m.start - q.end <= 3 for q in s.quantities)  # a count: a deployment
        and not (s.language == "ko" and _COUNTED_AFTER.match(s.text, m.end))
    ]
    return pool[0] if pool else None


def _same_family(s: Sentence, maker: str | None, company: str) -> bool:
    """Whether a chip's maker is the company, its parent or its subsidiary (Amazon and
    AWS's Trainium): a company does not adopt its own chip."""
    if maker is None:
        return False
    if maker == company:
        return True
    a, b = s.vocabulary.entity(maker), s.vocabulary.entity(company)
    return (a is not None and a.parent == company) or (b is not None and b.parent == maker)


def _neighbour(products: list[Mention | None], k: int) -> Mention | None:
    order = [*range(k - 1, -1, -1), *range(k + 1, len(products))]
    found: list[Mention] = [m for j in order if (m := products[j]) is not None]
    return found[0] if found else None


_ON_PREM_EN = re.compile(r"\b(?:its|their|own)\b[^,.;]{0,24}\bdata ?cent(?:er|re)s?|on-?prem", re.I)
_VIA_EN = re.compile(r"\b(?:through|via|on|from)\s$", re.I)
_VIA_KO = re.compile(
    r"^\W*(?:\([^)]*\))?\s*(?:[가-힣A-Za-z]+\s)?(?:클라우드)?\s*(?:를|을)?\s*(?:통해|에서|로)"
    r"|^\s?(?:의\s)?데이터\s?센터(?:에|에서)"  # "AWS 데이터센터에 설치된 GB200을 빌려"
)


def _mode(s: Sentence, span: Span) -> dict[str, str]:
    text = s.lowered[span.start : span.end]
    lang = s.language
    on_prem = any(_has_cue(text, c, lang) for c in s.vocabulary.cue_list("mode", f"on_prem_{lang}"))
    if lang == "en" and _ON_PREM_EN.search(text):
        on_prem = True
    if on_prem:
        return {"mode": "on-prem"}
    via = sorted(
        (
            m
            for m in s.of_kind(_COMPANY, span)
            # a cloud's name is the way in even as a possessive ("구글 클라우드의 TPU로")
            if _is_cloud_name(s, m) or (_is_via(s, m) and not _possessive(s, m))
        ),
        key=lambda m: (not _is_cloud_name(s, m), m.start),
    )
    cloud = any(_has_cue(text, c, lang) for c in s.vocabulary.cue_list("mode", f"cloud_{lang}"))
    if cloud or via:
        qualifiers = {"mode": "cloud"}
        if via:
            qualifiers["via"] = via[0].id
        return qualifiers
    return {}


def _has_cue(text: str, cue: str, language: str) -> bool:
    """A cue inside lower-cased text; English cues are whole words ("rent" is not in
    "Inferentia")."""
    cue = cue.lower()
    if language == "ko":
        return cue in text
    at = text.find(cue)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(cue)] if at + len(cue) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = text.find(cue, at + 1)
    return False


def _brand_only_use(s: Sentence, clause: Span, supplier: str, products: list[Mention]) -> bool:
    """An English clause about using a product where it runs (a cloud provider's data
    centers, one's own) whose "supplier" is only the product's brand ("Nvidia GB200",
    "Google's TPUs"): an adoption, whatever deal it sits under (GUIDE: adopts)."""
    if s.language != "en" or not _mode(s, clause):
        return False
    if _UNDER_WHICH_ANY.search(s.text, clause.start, clause.end) and s.has_trigger(
        "adopts", clause
    ):
        return True  # "an agreement with Oracle, under which Apple will run on GB200s in …"
    named = [m for m in s.of_kind(_COMPANY, clause) if m.id == supplier]
    starts = {m.start for m in products}
    return bool(named) and all(
        any(m.end <= p <= m.end + 3 for p in starts)
        and _BRAND_GAP.fullmatch(
            s.text[m.end : min((p for p in starts if p >= m.end), default=m.end)]
        )
        for m in named
    )


_BRAND_GAP = re.compile(r"(?:['’]s)?\s?")


def _possessive(s: Sentence, m: Mention) -> bool:
    return s.text.startswith(("'s", "’s"), m.end) or s.particle(m) == "의"


def _is_via(s: Sentence, m: Mention) -> bool:
    """A provider named as the way in: "through AWS", "on Google Cloud", "AWS를 통해"."""
    if s.language == "ko":
        return bool(_VIA_KO.match(s.text[m.end : m.end + 24]))
    if _VIA_EN.search(s.lowered[max(0, m.start - 9) : m.start]):
        # "on Nvidia GB200 chips": a brand before its product is not the way in
        return _is_cloud_name(s, m) or not any(
            p.kind in ("chip", "system") and m.end <= p.start <= m.end + 3 for p in s.mentions
        )
    if rental_partner(s.lowered, m.start, m.end):
        return True  # "has held talks with Amazon Web Services about renting Trainium"
    # "in AWS Regions", "in Amazon Web Services data centers", "in Google Cloud"
    return s.lowered[max(0, m.start - 3) : m.start] == "in " and bool(
        _VIA_PLACE_EN.match(s.lowered, m.end)
    )


_VIA_PLACE_EN = re.compile(r"\s(?:regions?|data ?cent(?:er|re)s?|cloud)\b")


def integrates_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A product integrating a technology (announced integrations are the usual case)."""
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("integrates", clause)
        if trig is None:
            continue
        products = [m for m in s.of_kind(_PRODUCT_KINDS, clause) if not s.is_compared(m)]
        techs = s.of_kind(("technology",), clause)
        if not products or not techs:
            continue
        product = _head_of_apposition(s, products)
        valid = point_at(s.published)
        modality = _announced(s.modality(trig, valid, clause), s, product.id)
        if modality == "actual" and not _SHIPPING.search(s.text):
            # news of a product integrating a technology is nearly always its maker's
            # announcement ("트레이니움4는 MGX 랙 구조도 채택한다", "루빈에 NV링크를 적용해")
            modality = "announced"
        if modality is None:
            continue
        for tech in dict.fromkeys(m.id for m in techs if m.id != product.id):
            out.append(Candidate(product.id, "integrates", modality, valid, trig, object=tech))
    return out


# "트레이니움3 다음 세대인 트레이니움4", "H100의 후속작인 H200": the first name only
# describes the second, which the statement is about
_DESCRIBES_NEXT = re.compile(r"\s?(?:의\s)?(?:[^\s,.()]+\s){0,2}[^\s,.()]*인\s")


def _head_of_apposition(s: Sentence, products: list[Mention]) -> Mention:
    """The first product, unless a Korean '…인' phrase makes it a description of the next."""
    first = products[0]
    if s.language == "ko" and len(products) > 1:
        nxt = products[1]
        if nxt.kind == first.kind and _DESCRIBES_NEXT.fullmatch(s.text, first.end, nxt.start):
            return nxt
    return first


def trains_on_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A model owner training on a cluster ("trains Claude on Rainier")."""
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("trains_on", clause)
        if trig is None:
            continue
        clusters = s.of_kind(("cluster", "facility"))
        if not clusters:
            continue
        cluster = clusters[0]
        models = s.of_kind(("model",))
        owner = next((m.entity.owner for m in models if m.entity.owner), None)
        if owner is None:
            # the trainer is named in the training clause when it is named at all: in
            # "오라클이 운영하는 이곳에는 …, 오픈AI는 여기서 … 학습을" the operator is not
            companies = s.of_kind(_COMPANY, clause) or s.of_kind(_COMPANY)
            others = [m for m in companies if m.id != cluster.entity.owner]
            if not others and not _MODEL_WORD.search(s.text):
                continue  # the cluster's owner training on its own cluster needs a model named
            owner = (others or companies)[0].id if companies else _topic_owner(s)
        if owner is None:
            continue
        valid = s.valid_for(trig, _anchors(s))
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        out.append(Candidate(owner, "trains_on", modality, valid, trig, object=cluster.id))
    return _dedupe_relations(out)


def _topic_owner(s: Sentence) -> str | None:
    """ "차세대 모델 학습은 이미 스타게이트에서 돌리고 있다" (an interviewee's answer, a
    release): in Korean a model's training with no company named is the text's company's."""
    if s.language != "ko":
        return None
    topic = s.focus.issuer or s.focus.get("topic", s.index, 12)
    return topic.id if topic is not None else None


_SHIPPING = re.compile(
    r"\balready\b|\bnow shipping\b|\bshipping now\b|\bin production\b|이미|출시된|출하 중|판매 중",
    re.I,
)
_KO_NOT_PLACE = re.compile(
    r"(?:주|시|도)?['’”]?\s?(?:(?:가|이)\s?아니|(?:가|이)\s아닌|(?:로|으로|라고)\s?(?:잘못\s?)?(?:적|썼|표기|보도|기재))"
)
_KO_RIGHT_PLACE = re.compile(r"(?:주|시|도)?(?:가|이)\s?맞")
_EN_NOT_PLACE = re.compile(r"\bnot\s(?:in\s)?$|\brather than\s(?:in\s)?$|\binstead of\s$")
_NAMED_AFTER = re.compile(
    r"named (?:after|for)|takes its name|took its name|이름을 딴|이름에서|이름을 따", re.I
)
_SITE_AFTER = re.compile(r"\s(?:cluster|site|campus|data\s?cent(?:er|re)|facility|supercomputer)\b")
_MODEL_WORD = re.compile(r"\bmodels?\b|모델", re.I)
_LEVEL = {"state": 0, "city": 1, "country": 2}


def located_in_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Where a cluster or facility is."""
    out: list[Candidate] = []
    for clause in s.clauses:
        places = [m for m in s.of_kind(("place",), clause) if _placed(s, m)]
        sites = s.of_kind(("cluster", "facility"), clause)
        if not sites and any(_KO_RIGHT_PLACE.match(s.text, m.end) for m in places):
            sites = s.of_kind(("cluster", "facility"))  # "…로 적었으나 인디애나주가 맞습니다"
        if not places or not sites or sites[0].id in state.located:
            continue
        if _NAMED_AFTER.search(s.text, clause.start, clause.end):
            continue  # "named after Mount Rainier in Washington state", "레이니어산에서 이름을 딴"
        place = min(places, key=lambda m: _LEVEL.get(m.entity.level or "country", 3))
        if place.entity.level == "country":
            continue  # a country alone is too coarse to place a site
        valid = point_at(s.published)
        modality = s.modality(place.start, valid, clause)
        if modality not in (None, "actual") and _attributive(s, place, sites, clause):
            modality = "actual"  # "인디애나주 프로젝트 레이니어에서 … 훈련할 예정": where it is now
        if modality is None or place.entity.text is None:
            continue
        out.append(
            Candidate(
                sites[0].id,
                "located_in",
                modality,
                valid,
                place.start,
                value=TextValue(text=place.entity.text),
            )
        )
    return out


def _attributive(s: Sentence, place: Mention, sites: list[Mention], clause: Span) -> bool:
    """A place written as a modifier of the site's name ("Indiana's Project Rainier",
    "Project Rainier in Indiana", "the Stargate campus in Abilene, Texas"): where an
    existing site is, whatever the clause's verb says about the future. Not when the
    clause is about building or opening the site ("will build a Stargate site in Ohio")."""
    if _BUILDING.search(s.text, clause.start, clause.end):
        return False
    for m in sites:
        before = s.text[place.end : m.start]
        if 0 <= m.start - place.end <= 24 and _ATTRIBUTIVE_GAP.fullmatch(before):
            return True
        gap = s.text[m.end : place.start]
        if 0 <= place.start - m.end <= 40 and _POST_MODIFIER.fullmatch(gap):
            return True
    return False


_ATTRIBUTIVE_GAP = re.compile(
    r"(?:주|시)?\s?|['’]s\s"
    r"|(?:주|시)?(?:의|에 있는|에 위치한|소재)?\s(?:[가-힣A-Za-z()]+\s){0,2}['‘\"“]?"
    r"|(?:주|시)?의\s?['‘\"“]?"
)
# "Project Rainier in", "Colossus, xAI's supercomputer in", "the Stargate campus near"
_POST_MODIFIER = re.compile(
    r"(?:['’]s)?(?:\s(?:campus|site|cluster|data\s?cent(?:er|re)s?|facility|supercomputer))?"
    r"(?:,\s(?:[\w'’-]+\s){1,4}?)?(?:,?\s(?:located|based|sited))?\s(?:in|near|at|outside)\s"
    r"(?:(?:the\s)?[A-Z][\w.'’-]*,?\s){0,3}"
    r"|\s?\((?:[^)]*\s)?",
)
_BUILDING = re.compile(
    r"\b(?:build\w*|construct\w*|develop\w*|open(?:s|ed|ing)?|break(?:s|ing)? ground|new site|"
    r"new campus|select\w*|chose|choose|pick\w*|announc\w*)\b|건설|짓|세울|세운다|착공|조성|"
    r"구축할|구축하기로|들어설|들어선다|선정|발표",
    re.IGNORECASE,
)


def _placed(s: Sentence, m: Mention) -> bool:
    if s.language == "ko":
        if _KO_NOT_PLACE.match(s.text, m.end):
            return False  # "오하이오주가 아니라", "'오하이오주'로 적었으나": the withdrawn place
        return (
            s.particle(m) in ("에", "에서", "에는", "의", "")
            or s.text.startswith(("주에", "주 ", "주의"), m.end)
            or bool(_KO_RIGHT_PLACE.match(s.text, m.end))
        )
    before = s.lowered[max(0, m.start - 24) : m.start]
    if _EN_NOT_PLACE.search(before):
        return False
    if _SITE_AFTER.match(s.text, m.end) and before.endswith("the "):
        return True  # "the Indiana cluster"
    return bool(re.search(r"\b(?:in|near|at|outside|from)\s(?:[\w.]+,?\s){0,3}$", before))


def _dedupe_relations(found: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[str, str | None, str]] = set()
    out = []
    for c in found:
        key = (c.subject, c.object, repr(sorted(c.qualifiers.items())) + repr(c.valid))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


RULES: tuple[Rule, ...] = (
    spec_rule,
    chips_per_system_rule,
    supply_deal_rule,
    supply_role_rule,
    deployed_chips_rule,
    capacity_rule,
    investment_rule,
    adopts_rule,
    integrates_rule,
    trains_on_rule,
    located_in_rule,
)
"""Every rule, in the order they claim quantities."""


# -- table rows -------------------------------------------------------------------------


def table_candidates(s: Sentence) -> list[Candidate]:
    """The claims of one table row (see :mod:`tracker.extract.tables`): specifications
    and supply columns, at the publication date, actual unless the product is upcoming."""
    if s.table is None:
        return []
    lang = s.language
    vocab = s.vocabulary
    found = read_row(
        s.text,
        s.table,
        s.mentions,
        vocab.cue_list("precision", "tokens"),
        _cue_pattern(vocab.cue_list("table", f"supplier_{lang}")),
        s.triggers.get(("chips_per_system", lang)),
        _cue_pattern(vocab.cue_list("table", f"per_chip_{lang}")),
    )
    valid = point_at(s.published)
    out: list[Candidate] = []
    for c in found:
        modality: Modality = "actual"
        if c.predicate != "supply_deal" and c.subject in s.upcoming:
            modality = "announced"
        out.append(
            Candidate(
                c.subject,
                c.predicate,
                modality,
                valid,
                c.anchor,
                c.qualifiers,
                c.object,
                c.value,
                confidence=0.75,
            )
        )
    return out


_CUE_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _cue_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive alternation over a cue list (cached; never matches when empty)."""
    pattern = _CUE_PATTERNS.get(words)
    if pattern is None:
        body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        pattern = re.compile(body if body else r"(?!x)x", re.IGNORECASE)
        _CUE_PATTERNS[words] = pattern
    return pattern
