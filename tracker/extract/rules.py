"""Claim rules: one function per predicate family, each pairing the subjects, quantities,
objects and times of one analysed sentence into candidate claims.

Rules run in a fixed order and a quantity used by one rule is not offered to the next
(a count in a supply deal is not also a deployment). Every rule is a plain function of
the sentence, so it is tested without a document or a database.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tracker.domain.claims import Modality, Quantity, TextValue, ValidTime
from tracker.extract.analysis import DATIVE, PARTNER, TOPIC, Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span
from tracker.extract.timex import point_at

CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY")
SPEC_UNITS = {"FLOP/s": "peak_compute", "B": "memory_capacity", "B/s": "memory_bandwidth"}
_NOT_MEMORY_BW = re.compile(
    r"interconnect|nvlink|network|\bici\b|scale-up|scale-out|칩\s?간|인터커넥트|네트워크|링크|"
    r"ethernet|이더넷|pcie|infiniband",
    re.IGNORECASE,
)
_SYSTEM_WORDS = re.compile(r"pod|슈퍼포드|포드|팟|cluster|클러스터|rack|랙|system|시스템", re.I)
_PRODUCT_KINDS = ("chip", "system")
_COMPANY = ("company",)


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


Rule = Callable[[Sentence, RuleState], list[Candidate]]


def _quantity(q: QuantityMatch, unit: str | None = None) -> Quantity:
    return Quantity(low=q.low, high=q.high, unit=unit or q.unit, approx=q.approx, bound=q.bound)  # type: ignore[arg-type]


def _anchors(s: Sentence) -> list[int]:
    return [q.start for q in s.quantities]


def _subject_company(s: Sentence, pos: int, exclude: tuple[str, ...] = ()) -> Mention | None:
    """The company a clause is about: topic-marked in Korean, else the nearest before."""
    if s.language == "ko":
        hit = s.nearest(_COMPANY, pos, particles=TOPIC, exclude=exclude)
        if hit is not None:
            return hit
    return s.nearest(_COMPANY, pos, exclude=exclude)


# -- specifications ---------------------------------------------------------------------


def spec_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """peak_compute / memory_capacity / memory_bandwidth of a chip (timeless)."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        predicate = SPEC_UNITS.get(q.unit)
        if predicate is None or i in state.used:
            continue
        around = s.text[max(0, q.start - 25) : q.end + 12]
        if _SYSTEM_WORDS.search(s.text[q.end : q.end + 12]):
            continue  # a pod's or rack's total, not the chip's
        if predicate == "memory_bandwidth" and _NOT_MEMORY_BW.search(around):
            continue
        subject = s.nearest(_PRODUCT_KINDS, q.start) or s.nearest(
            _PRODUCT_KINDS, q.end, before=False, span=s.clause_of(q.start)
        )
        confidence = 0.85
        entity = subject.entity if subject is not None else s.focus.get("chip", s.index, 2)
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
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        state.used.add(i)
        out.append(
            Candidate(entity.id, predicate, modality, valid, q.start, qualifiers,
                      value=_quantity(q), confidence=confidence)  # fmt: skip
        )
    return out


def _precision(s: Sentence, q: QuantityMatch) -> str | None:
    window = s.text[max(0, q.start - 20) : q.end + 20]
    centre = q.start - max(0, q.start - 20)
    best: tuple[int, str] | None = None
    for token in s.vocabulary.cue_list("precision", "tokens"):
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", window, re.I):
            dist = abs(m.start() - centre)
            if best is None or dist < best[0]:
                best = (dist, token.lower())
    return best[1] if best else None


def _memory(s: Sentence, q: QuantityMatch) -> str | None:
    pool = [m for m in s.of_kind(("memory",)) if abs(m.start - q.start) <= 30]
    return min(pool, key=lambda m: abs(m.start - q.start)).id if pool else None


# -- counts -----------------------------------------------------------------------------


def chips_per_system_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A count of chips in one rack, server, pod or system."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in ("count", ""):
            continue
        clause = s.clause_of(q.start)
        if not s.has_trigger("chips_per_system", clause):
            continue
        chip = s.chip_near(q)
        if q.unit == "" and chip is None:
            continue
        systems = [m for m in s.of_kind(("system",), clause) if chip is None or m.id != chip.id]
        subject = systems[0].entity if systems else (chip.entity if chip else None)
        if subject is None:
            continue
        valid = point_at(s.published)
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        state.used.add(i)
        out.append(Candidate(subject.id, "chips_per_system", modality, valid, q.start,
                             value=_quantity(q, "count")))  # fmt: skip
    return out


def supply_deal_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A customer's deal with a supplier for a product, with an optional count."""
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("supply_deal", clause)
        if trig is None:
            continue
        products = s.of_kind(("chip",), clause)
        companies = [m for m in s.of_kind(_COMPANY, clause) if not m.anaphoric]
        if not products:
            continue
        product = products[0].entity
        quantity_index = next(
            (i for i, q in enumerate(s.quantities)
             if i not in state.used and clause.start <= q.start < clause.end
             and q.unit in ("count", "") and s.chip_near(q) is not None),
            None,
        )  # fmt: skip
        pair = _deal_parties(s, companies, product.maker, trig)
        if pair is None:
            continue
        customer, supplier = pair
        valid = s.valid_for(trig, _anchors(s))
        anchor = s.quantities[quantity_index].start if quantity_index is not None else trig
        modality = s.modality(anchor, valid, clause)
        if modality is None:
            continue
        value = None
        if quantity_index is not None:
            state.used.add(quantity_index)
            value = _quantity(s.quantities[quantity_index], "count")
        out.append(Candidate(customer, "supply_deal", modality, valid, anchor,
                             {"product": product.id}, supplier, value))  # fmt: skip
    return out


def _deal_parties(
    s: Sentence, companies: list[Mention], maker: str | None, trig: int
) -> tuple[str, str] | None:
    ids = list(dict.fromkeys(m.id for m in companies))
    if not ids:
        return None
    if len(ids) == 1:
        only = ids[0]
        if maker and maker != only:
            return only, maker
        return None
    if maker in ids:
        others = [i for i in ids if i != maker]
        return others[0], maker
    if s.language == "ko":
        topic = next((m.id for m in companies if s.particle(m) in TOPIC), ids[0])
        dative = next((m.id for m in companies if s.particle(m) in DATIVE and m.id != topic), None)
        partner = next((m.id for m in companies if s.particle(m) in PARTNER and m.id != topic), None)
        if dative is not None:
            return dative, topic
        if partner is not None:
            return topic, partner
        return None
    first, second = ids[0], ids[1]
    verb = s.lowered[trig : trig + 8]
    return (second, first) if verb.startswith(("supp", "sell")) else (first, second)


def deployed_chips_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """How many chips of a kind a cluster (or a company) runs or will run."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in ("count", ""):
            continue
        clause = s.clause_of(q.start)
        chip = s.chip_near(q)
        if chip is None or chip.kind != "chip":
            continue
        if not s.has_trigger("deployed_chips", clause) and not s.has_trigger("deployed_chips"):
            continue
        subject, confidence = _deployment_subject(s, q.start)
        if subject is None:
            continue
        valid = s.valid_for(q.start, _anchors(s))
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        state.used.add(i)
        out.append(Candidate(subject, "deployed_chips", modality, valid, q.start,
                             {"chip": chip.id}, value=_quantity(q, "count"),
                             confidence=confidence))  # fmt: skip
    return out


def _deployment_subject(s: Sentence, pos: int) -> tuple[str | None, float]:
    clusters = s.of_kind(("cluster", "facility"))
    if clusters:
        before = [m for m in clusters if m.start <= pos]
        return (before[-1] if before else clusters[0]).id, 0.85
    company = _subject_company(s, pos)
    focus = s.focus.get("cluster", s.index, 3)
    if focus is not None and (company is None or focus.owner == company.id):
        return focus.id, 0.7
    return (company.id, 0.8) if company is not None else (None, 0.0)


def capacity_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A manufacturer's capacity for a process, per month, dated."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in ("wafer/month", "wafer"):
            continue
        company = _subject_company(s, q.start) or s.nearest(_COMPANY, q.end, before=False)
        if company is None:
            continue
        qualifiers: dict[str, str] = {}
        process = s.nearest(("process",), q.start) or s.nearest(("process",), q.end, before=False)
        process_entity = process.entity if process else s.focus.get("process", s.index, 3)
        if process_entity is not None:
            qualifiers["process"] = process_entity.id
        valid = s.valid_for(q.start, _anchors(s))
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        state.used.add(i)
        out.append(Candidate(company.id, "capacity", modality, valid, q.start, qualifiers,
                             value=_quantity(q, "wafer/month")))  # fmt: skip
    return out


def investment_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """An investor's money put into a target (company, cluster)."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in CURRENCIES:
            continue
        paren = s.parenthetical(q.start)
        clause = paren or s.clause_of(q.start)
        if not s.has_trigger("investment", clause):
            continue
        parties = _investment_parties(s, q, clause, paren)
        if parties is None:
            continue
        investor, target = parties
        valid = s.valid_for(q.start, _anchors(s))
        modality = s.modality(q.start, valid, clause)
        if modality is None:
            continue
        state.used.add(i)
        qualifiers = {"target": target} if target else {}
        out.append(Candidate(investor, "investment", modality, valid, q.start, qualifiers,
                             value=_quantity(q)))  # fmt: skip
    return out


_TARGET_KINDS = ("company", "cluster", "facility", "chip", "model")


def _investment_parties(
    s: Sentence, q: QuantityMatch, clause: Span, paren: Span | None
) -> tuple[str, str | None] | None:
    if paren is not None:
        investor = s.nearest(_COMPANY, q.start, span=paren)
        hosts = [m for m in s.mentions if m.end <= paren.start and m.kind in _TARGET_KINDS]
        target = hosts[-1].id if hosts else None
        return (investor.id, target) if investor else None
    if s.language == "ko":
        investor = s.nearest(_COMPANY, q.start, span=clause, particles=TOPIC) or s.nearest(
            _COMPANY, q.start, span=clause
        )
        if investor is None:
            investor = s.nearest(_COMPANY, q.start, particles=TOPIC)
        if investor is None:
            return None
        dative = s.nearest(_TARGET_KINDS, q.start, span=clause, particles=DATIVE,
                           exclude=(investor.id,))  # fmt: skip
        after = s.nearest(_TARGET_KINDS, q.end, before=False, span=clause, exclude=(investor.id,))
        target = dative or after
        return investor.id, _owner_of(target)
    investor = s.nearest(_COMPANY, q.start, span=clause) or s.nearest(_COMPANY, q.start)
    if investor is None:
        return None
    after = s.nearest(_TARGET_KINDS, q.end, before=False, span=clause, exclude=(investor.id,))
    return investor.id, _owner_of(after)


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
            continue
        subject = _adopter(s, clause)
        if subject is None:
            continue
        conjuncts = _conjuncts(s, clause)
        products = [_adoptable(s, c, subject.id) for c in conjuncts]
        if not any(products):
            continue
        for k, conj in enumerate(conjuncts):
            product = products[k] or _neighbour(products, k)
            if product is None:
                continue
            qualifiers = _mode(s, conj)
            if not qualifiers and not products[k]:
                continue
            times = [t for t in s.times if conj.start <= t.start < conj.end]
            valid = times[0].valid if times else s.valid_for(trig, _anchors(s))
            modality = s.modality(conj.start, valid, clause)
            if modality is None:
                continue
            out.append(Candidate(subject.id, "adopts", modality, valid, conj.start,
                                 qualifiers, product.id))  # fmt: skip
    return _dedupe_relations(out)


def _adopter(s: Sentence, clause: Span) -> Mention | None:
    companies = [m for m in s.of_kind(_COMPANY, clause) if not _is_cloud_name(s, m)]
    if s.language == "ko":
        topic = [m for m in companies if s.particle(m) in TOPIC]
        if topic:
            return topic[0]
    return companies[0] if companies else None


def _is_cloud_name(s: Sentence, m: Mention) -> bool:
    return "클라우드" in m.text or "cloud" in m.text.lower() or s.lowered[m.end : m.end + 9].lstrip(
        "'s ’"
    ).startswith(("cloud", "클라우드"))


def _conjuncts(s: Sentence, clause: Span) -> list[Span]:
    text = s.text[clause.start : clause.end]
    sep = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=to\s|in\s|from\s|starting|through|via)")
    spans, start = [], 0
    for m in sep.finditer(text):
        spans.append(Span(clause.start + start, clause.start + m.end()))
        start = m.end()
    spans.append(Span(clause.start + start, clause.end))
    return spans


def _adoptable(s: Sentence, span: Span, subject: str) -> Mention | None:
    pool = [
        m
        for m in s.of_kind(("chip",), span)
        if m.entity.maker != subject and not s.is_compared(m)
    ]
    return pool[0] if pool else None


def _neighbour(products: list[Mention | None], k: int) -> Mention | None:
    for j in (*range(k - 1, -1, -1), *range(k + 1, len(products))):
        if products[j] is not None:
            return products[j]
    return None


def _mode(s: Sentence, span: Span) -> dict[str, str]:
    text = s.lowered[span.start : span.end]
    lang = s.language
    if any(c.lower() in text for c in s.vocabulary.cue_list("mode", f"on_prem_{lang}")):
        return {"mode": "on-prem"}
    if any(c.lower() in text for c in s.vocabulary.cue_list("mode", f"cloud_{lang}")):
        qualifiers = {"mode": "cloud"}
        via = [m for m in s.of_kind(_COMPANY, span) if _is_cloud_name(s, m)]
        if via:
            qualifiers["via"] = via[0].id
        return qualifiers
    return {}


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
        product = products[0]
        valid = point_at(s.published)
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        for tech in dict.fromkeys(m.id for m in techs if m.id != product.id):
            out.append(Candidate(product.id, "integrates", modality, valid, trig,
                                 object=tech))  # fmt: skip
    return out


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
            companies = [m for m in s.of_kind(_COMPANY) if m.id != cluster.entity.owner]
            owner = companies[0].id if companies else None
        if owner is None:
            continue
        valid = s.valid_for(trig, _anchors(s))
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        out.append(Candidate(owner, "trains_on", modality, valid, trig, object=cluster.id))
    return _dedupe_relations(out)


_LEVEL = {"city": 0, "state": 1, "country": 2}


def located_in_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Where a cluster or facility is."""
    out: list[Candidate] = []
    for clause in s.clauses:
        places = [m for m in s.of_kind(("place",), clause) if _placed(s, m)]
        sites = s.of_kind(("cluster", "facility"), clause)
        if not places or not sites:
            continue
        place = min(places, key=lambda m: _LEVEL.get(m.entity.level or "country", 3))
        valid = point_at(s.published)
        modality = s.modality(place.start, valid, clause)
        if modality is None or place.entity.text is None:
            continue
        out.append(Candidate(sites[0].id, "located_in", modality, valid, place.start,
                             value=TextValue(text=place.entity.text)))  # fmt: skip
    return out


def _placed(s: Sentence, m: Mention) -> bool:
    if s.language == "ko":
        return s.particle(m) in ("에", "에서", "에는", "의", "") or s.text.startswith(
            ("주에", "주 ", "주의"), m.end
        )
    before = s.lowered[max(0, m.start - 24) : m.start]
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
    deployed_chips_rule,
    capacity_rule,
    investment_rule,
    adopts_rule,
    integrates_rule,
    trains_on_rule,
    located_in_rule,
)
"""Every rule, in the order they claim quantities."""
