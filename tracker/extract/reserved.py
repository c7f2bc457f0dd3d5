"""English supply deals said as a share taken or a delivery taken, with no deal word.

"Nvidia has reserved well over half of that capacity, with AMD and Broadcom taking most of
the rest" (each company that reserves or takes a share of a maker's output buys from it:
the output is the product named in the sentence or the one just talked about), "Google
will take delivery of about two million TPUs from Broadcom in 2025", "Google should take
some three million TPUs from Broadcom" (a delivery taken from a named company is a supply
deal with a count, not a deployment).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.coordination import co_suppliers
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_COMPANY = ("company",)
_OUTPUT_KINDS = ("process", "memory")
_PRODUCT_KINDS = ("chip", "memory", "system", "process")
# "has reserved well over half of that capacity", "taking most of the rest", "takes about
# 60% of next year's allocation", "booked the bulk of TSMC's CoWoS output"
_SHARE = re.compile(
    r"\b(?P<verb>reserv(?:e|es|ed|ing)|book(?:s|ed|ing)?|lock(?:s|ed|ing)?\sup|"
    r"tak(?:e|es|en|ing)|took|secur(?:e|es|ed|ing)|claim(?:s|ed|ing)?|snapp(?:ed|ing)\sup)\s"
    r"(?P<share>[^,;.]{0,30}?)\bof\s(?P<what>[^,;.]{0,40}?)"
    r"\b(?P<noun>capacity|output|supply|allocation|production|volumes?|it|the\srest|"
    r"the\sremainder)\b",
    re.IGNORECASE,
)
_A_SHARE = re.compile(
    r"half|third|quarter|most|bulk|majority|share|portion|rest|remainder|\d+\s?(?:%|percent)"
    r"|lion['’]s",
    re.IGNORECASE,
)
# "take delivery of about two million TPUs from Broadcom", "source HBM3E from SK hynix",
# "buys its HBM4 from Samsung and Micron"
_FROM_VERB = re.compile(
    r"\b(?:tak(?:e|es|en|ing)|took|receiv(?:e|es|ed|ing)|sourc(?:e|es|ed|ing)|"
    r"buy|buys|bought|purchas(?:e|es|ed)|procur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?)\s"
    r"(?:delivery\sof\s|deliveries\sof\s)?",
    re.IGNORECASE,
)
_FROM_STEMS = ("tak", "took", "receiv", "sourc", "buy", "bought", "purchas", "procur", "obtain")
# "Our HBM4 comes from two partners, Samsung and Micron": the goods before the verb
_COMES_FROM = re.compile(
    r"\s(?:comes?|came|is\ssourced|are\ssourced|is\sbought|are\sbought)\s"
    r"(?:(?:mostly|mainly|largely|entirely|only|now|today)\s)?from\s",
    re.IGNORECASE,
)
_PARTNER_WORDS = re.compile(
    r"(?:(?:the\s)?(?:two|three|several|both|its|our)\s)?(?:partners|suppliers|vendors|sources),\s"
)
_FROM = re.compile(r"\s(?:directly\s)?from\s$", re.IGNORECASE)


def share_taken_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Supply deals said as a share of a maker's output taken, or a delivery taken from a
    named company (English only; gated on the verbs' stems before any regex)."""
    if s.language != "en" or s.table is not None:
        return []
    low = s.lowered
    out: list[Candidate] = []
    if " of " in low and ("reserv" in low or "book" in low or "tak" in low or "took" in low):
        out.extend(_shares(s, state))
    if " from " in low and any(stem in low for stem in _FROM_STEMS):
        out.extend(_deliveries(s, state))
    if " from " in low and ("com" in low or "sourced" in low or "bought" in low):
        out.extend(_comes_from(s, state))
    return out


def _shares(s: Sentence, state: RuleState) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SHARE.finditer(s.text):
        if not (_A_SHARE.search(m.group("share")) or _A_SHARE.search(m.group("noun"))):
            continue
        clause = s.clause_of(m.start())
        product = _output(s, state, m)
        owner = s.of_kind(_COMPANY, Span(m.start("what"), m.end()))  # "of SK hynix's HBM3E"
        maker = owner[0].id if owner else product.maker if product is not None else None
        if product is None or maker is None:
            continue
        for customer in _takers(s, m.start(), maker):
            found = _deal(s, clause, customer, maker, product.id, m.start())
            # "is expected to take about 60% of CoWoS output next year": an analyst's
            # allocation estimate, not a deal (the gold records reservations made)
            out.extend(c for c in found if c.modality != "forecast")
    return out


def _output(s: Sentence, state: RuleState, m: re.Match[str]) -> Entity | None:
    """The output a share is taken of: named after "of" ("of TSMC's CoWoS capacity"), else
    named in the sentence, else the process or memory of the sentence before."""
    what = Span(m.start("what"), m.end())
    named = list(s.of_kind(_OUTPUT_KINDS, what))
    if not named:
        named = [x for x in s.of_kind(_OUTPUT_KINDS) if x.start < m.start()]
    if named:
        if named[-1].start in state.taken_products:
            return None  # the sentence's deal is told already ("TSMC's largest CoWoS customer")
        return named[-1].entity
    if s.of_kind(_PRODUCT_KINDS):
        return None  # another product in view: not the process of the sentence before
    return s.focus.get("process", s.index, 1)


def _takers(s: Sentence, verb: int, maker: str) -> list[Mention]:
    """The companies that take the share: "with AMD and Broadcom taking", else the subject
    of the verb's clause (the company named last before it, not the maker)."""
    before = [c for c in s.of_kind(_COMPANY) if c.end <= verb and c.id != maker]
    if not before:
        return []
    group: list[Mention] = []
    for c in reversed(before):
        gap = s.text[c.end : (group[0].start if group else verb)]
        if group and not re.fullmatch(r"\s?(?:,|and|,\sand)\s", gap):
            break
        if not group and len(gap) > 40:
            break
        group.insert(0, c)
    return group


def _deliveries(s: Sentence, state: RuleState) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in _FROM_VERB.finditer(s.text):
        clause = s.clause_of(verb.start())
        products = [
            p
            for p in s.of_kind(("chip", "memory", "system"), Span(verb.end(), clause.end))
            if p.start - verb.end() <= 40
        ]
        if not products:
            continue
        product = products[0]
        after = [
            c
            for c in s.of_kind(_COMPANY, Span(product.end, clause.end))
            if _FROM.search(s.text[max(0, c.start - 16) : c.start])
        ]
        if not after or product.start in state.taken_products:
            continue
        supplier = after[0]
        customers = [
            c for c in s.of_kind(_COMPANY, Span(clause.start, verb.start())) if c.id != supplier.id
        ]
        if not customers:
            continue
        count = next(
            (
                i
                for i, q in enumerate(s.quantities)
                if i not in state.used
                and verb.end() <= q.start < product.start
                and q.unit in ("count", "")
            ),
            None,
        )
        anchor = s.quantities[count].start if count is not None else verb.start()
        found = _deal(s, clause, customers[-1], supplier.id, product.id, anchor)
        if found and count is None:
            found += _co_sellers(s, found[0], supplier, product.entity)
        if found and count is not None:
            state.used.add(count)
            q = s.quantities[count]
            value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
            found = [replace(c, value=value) for c in found]
        state.taken_products.add(product.start)
        out.extend(found)
        if found and count is not None:
            out.extend(_versus(s, state, found[0], clause))
    return out


def _co_sellers(
    s: Sentence, deal: Candidate, supplier: Mention, product: Entity
) -> list[Candidate]:
    """ "from Samsung and Micron": a deal with each seller listed with the first (the
    product's known sellers only, when the vocabulary names them and the first is one:
    "from Dell and Supermicro" lists resellers of a chip it does not name)."""
    sellers = {str(x) for x in (product.maker, *product.suppliers) if x}
    if supplier.id not in sellers:
        sellers = set()
    others = co_suppliers(s, supplier.id, deal.subject, sellers, s.clause_of(supplier.start))
    return [replace(deal, object=o) for o in others]


def _comes_from(s: Sentence, state: RuleState) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in _COMES_FROM.finditer(s.text):
        goods = list(s.of_kind(("memory", "chip", "system"), Span(0, verb.start())))
        if (
            not goods
            or verb.start() - goods[-1].end > 12
            or goods[-1].start in state.taken_products
        ):
            continue
        product = goods[-1]
        owner = [
            c
            for c in s.of_kind(_COMPANY, Span(max(0, product.start - 12), product.start))
            if _OWNER_GAP.fullmatch(s.text, c.end, product.start)
        ]
        start = verb.end()
        partners = _PARTNER_WORDS.match(s.text, start)
        start = partners.end() if partners is not None else start
        sellers = [c for c in s.of_kind(_COMPANY) if c.start == start]
        if not owner or not sellers:
            continue
        clause = s.clause_of(verb.start())
        found = _deal(s, clause, owner[-1], sellers[0].id, product.id, verb.start())
        if found:
            state.taken_products.add(product.start)
            out.extend(found + _co_sellers(s, found[0], sellers[0], product.entity))
    return out


_OWNER_GAP = re.compile(r"(?:['’]s)?\s(?:[\w-]+\s)?")


_VERSUS = re.compile(
    r"\b(?:versus|vs\.?|compared\swith|against|up\sfrom)\s"
    r"(?:about\s|around\s|roughly\s|some\s|nearly\s|~)?$",
    re.IGNORECASE,
)


def _versus(s: Sentence, state: RuleState, deal: Candidate, clause: Span) -> list[Candidate]:
    """ "three million TPUs in 2026, versus roughly 1.8 million in 2025": the second count
    is the same deal at its own time, with the first one's modality."""
    anchors = [q.start for q in s.quantities]
    for i, q in enumerate(s.quantities):
        if i in state.used or q.start <= deal.anchor or q.unit not in ("count", ""):
            continue
        if not _VERSUS.search(s.text[max(deal.anchor, q.start - 30) : q.start]):
            continue
        valid = s.valid_for(q.start, anchors)
        if valid == deal.valid:
            return []
        state.used.add(i)
        value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
        return [replace(deal, valid=valid, anchor=q.start, value=value)]
    return []


def _deal(
    s: Sentence, clause: Span, customer: Mention, supplier: str, product: str, anchor: int
) -> list[Candidate]:
    if customer.id == supplier:
        return []
    valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = s.modality(anchor, valid, clause)
    if modality is None:
        return []
    return [
        Candidate(
            customer.id, "supply_deal", modality, valid, anchor, {"product": product}, supplier
        )
    ]
