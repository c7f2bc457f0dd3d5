"""A general reader of English trade clauses: a fallback ``supply_deal`` for a statement no
tuned supply rule has read, found by argument roles around a verb class, not by phrases.

A statement is read in three steps. First its trade word: a verb of SUPPLY ("Acme ships HBM4
to Nvidia"), ACQUIRE ("Zeta buys H200 servers from Dell") or PACT ("Acme won an order from
AMD", "Zeta tapped Broadcom to build its chip", "Nscale signed a deal with Microsoft"), or
one of their nouns ("Acme's shipments of HBM4 to Nvidia", "Zeta's order for GB300 racks",
"an agreement with Dell for GB300 systems", "Nvidia's main HBM4 supplier");
:mod:`trade_lexicon_en` holds the classes. Then the roles around it
(:mod:`trade_roles_en`): the subject, the parties marked "to" / "for" (a buyer of SUPPLY),
"from" (a seller of ACQUIRE, the buyer of a pact won), "with" (the other side of a pact or
of talks), "by" (a passive's agent), a direct object, a possessive on the goods ("builds
Google's TPUs": Google buys). Last the orientation: the verb class decides it when it can;
a symmetric pact ("A signed a deal with B") is oriented by what the parties are, the goods'
maker or known supplier selling, else the party further upstream
(:func:`trade_lexicon_en.rank`); no seller known gives no deal.

The vetoes are written once: a negated or held-open statement (the modality gives none), a
test, memorandum or samples only (:func:`trial_only`), a party or product named for
comparison, a company named only as the goods' brand, tools for making chips, an unnamed
other side ("an order from a large customer"), talks to rent or buy with no count and no
memory (an adoption, GUIDE), a rental told as a state, and money or power as the count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _COMPANY,
    Candidate,
    RuleState,
    _quantity,
    _same_family,
    machine_count,
    rack_units,
)
from tracker.extract.claimrules.supply import _deal_modality
from tracker.extract.coordination import joined_companies, joined_products
from tracker.extract.entities import Mention
from tracker.extract.group_counts import group_count
from tracker.extract.text import Span
from tracker.extract.trade_lexicon_en import (
    ACQUIRE,
    ACQUIRE_NOUNS,
    LIGHT_BEFORE,
    NO_TRADE,
    ORIGIN,
    PACT_CHOSE,
    PACT_MADE,
    PACT_NOUNS,
    PACT_WON,
    ROLE_NOUNS,
    SUPPLY_GIVE,
    SUPPLY_MAKE,
    SUPPLY_NOUNS,
    TAKE_SHARE,
    TOOLS,
    UNNAMED_PARTY,
    WON_OBJECT,
    noun_pattern,
    verb_pattern,
)
from tracker.extract.trade_pacts_en import chose, pact, role, won
from tracker.extract.trade_readings_en import (
    RENTING,
    Reading,
    agent,
    ambiguous,
    given,
    possessor,
    rental_contract,
    taken,
)
from tracker.extract.trade_roles_en import (
    GOODS,
    Trigger,
    after,
    before,
    goods,
    owner_before,
    parts,
    phrase_end,
    subject,
)
from tracker.extract.trial_pacts import trial_only

CONFIDENCE = 0.75  # below the tuned rules' 0.85: a general reading

# the classes, strongest reading first: a verb of giving or taking says the roles
_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chose", verb_pattern(PACT_CHOSE)),  # first: "tapped Broadcom to build" is the choice's
    ("give", verb_pattern(SUPPLY_GIVE)),
    ("make", verb_pattern(SUPPLY_MAKE)),
    ("take", verb_pattern(ACQUIRE)),
    ("origin", verb_pattern(ORIGIN)),
    ("won", verb_pattern(PACT_WON)),
    ("given", noun_pattern(SUPPLY_NOUNS)),
    ("role", noun_pattern(tuple(ROLE_NOUNS))),
    ("taken", noun_pattern(ACQUIRE_NOUNS)),
    ("made", verb_pattern(PACT_MADE)),
    ("pact", noun_pattern(PACT_NOUNS)),
)
_SELLS_FIRST = frozenset({"give", "make", "given", "won"})  # the subject is the seller
_TAKES_SHARE = verb_pattern(TAKE_SHARE)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s(?:\w+\s)?$")
_FROM_AFTER = re.compile(r"^\s(?:(?:mostly|largely|mainly|entirely|directly)\s)?from\s")
_RECEIVED = re.compile(
    r"\b(?:received|receives|receiving|won|wins|landed|lands|booked|books|got|gets|took|takes"
    r"|secured|secures|bagged)\s(?:[\w$.,-]+\s){0,3}$"
)
# a site as what is built: "the Trainium2 cluster AWS built for", "is building a campus for"
_SITE = (
    r"(?:clusters?|data\scent(?:er|re)s?|campus(?:es)?|sites?|facilit(?:y|ies)|supercomputers?"
    r"|halls?)"
)
_SITE_BEFORE = re.compile(rf"\b{_SITE}\s(?:[\w,-]+\s){{0,4}}(?:to\sbe\s)?$")
_SITE_AFTER = re.compile(
    rf"\s(?:(?:a|an|the|its|their|new|secure|public)\s)?(?:[\w-]+\s){{0,2}}{_SITE}\b"
)
_AVAILABLE = re.compile(r"\s(?:[\w$.,-]+\s){0,5}?available\b")
# verb forms that are nouns too, after goods: "HBM4 supply", "GPU orders", "TPU purchase"
_NOUNS_TOO = frozenset({"supply", "order", "orders", "purchase", "purchases", "source", "lease"})
_VERBS = frozenset({"give", "make", "take", "origin", "won", "chose", "made"})
# a determiner before the word, with at most two modifiers: a noun's place
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|our|its|their|his|her|this|that|whose)\s"
    r"(?:(?!to\b|and\b|or\b|will\b|would\b|can\b)[\w-]+\s){0,2}$"
)


def trade_clause_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a trade statement no earlier rule gave a deal, read by argument roles."""
    if s.language != "en" or s.table is not None or not s.of_kind(_COMPANY):
        return []  # a deal names a party (a name, or "we" / "its" read as one)
    out: list[Candidate] = []
    for clause in s.clauses:
        if clause.start in state.deal_clauses or trial_only(s.text, clause, "en"):
            continue
        for part in parts(s, clause):
            if _no_trade(s, part) or _dealt(state, part, out):
                continue
            reading = _read(s, clause, part)
            if reading is not None:
                out.extend(_deals(s, state, reading, part))
    return out


def _no_trade(s: Sentence, part: Span) -> bool:
    """A statement that trades no goods between parties: a trade denied by its determiner
    ("signed no deal"), wafers of capacity secured (a maker's allotment, the capacity
    rules' to read)."""
    return bool(
        NO_TRADE.search(s.lowered, part.start, part.end)
        or any(
            q.unit.startswith("wafer") and part.start <= q.start < part.end for q in s.quantities
        )
    )


def _dealt(state: RuleState, part: Span, found: list[Candidate]) -> bool:
    """Whether an earlier rule (or this one) has a deal anchored in the statement."""
    return any(
        c.predicate == "supply_deal" and part.start <= c.anchor < part.end
        for c in (*state.found, *found)
    )


def _triggers(s: Sentence, part: Span) -> Iterator[Trigger]:
    for kind, pattern in _CLASSES:
        for m in pattern.finditer(s.lowered, part.start, part.end):
            yield Trigger(kind, m.start(), m.end())


def _read(s: Sentence, clause: Span, part: Span) -> Reading | None:
    """The first trade word of the statement, by class strength, whose roles give a deal."""
    for t in _triggers(s, part):
        if not _used_as_class(s, t):
            continue
        end = phrase_end(s, part, t)
        if UNNAMED_PARTY.search(s.lowered, t.start, end):
            continue  # "an order from a large customer": the other side is no one named
        if TOOLS.search(s.lowered, max(part.start, t.start - 30), end):
            continue  # "supplies TC bonders for HBM4 to SK hynix": tools, no chips traded
        reading = read_roles(s, clause, part, t)
        if reading is not None and not _one_party(s, reading):
            return reading
    return None


def _one_party(s: Sentence, r: Reading) -> bool:
    """A reading whose two sides are one company (a description resolved to the subject
    itself): the word is read wrongly, the next one may be read right."""
    return r.buyer == r.seller or _same_family(s, r.seller, r.buyer)


def _used_as_class(s: Sentence, t: Trigger) -> bool:
    """Whether a word is used as its class says: a maker's -ing form after a form of "be"
    ("is assembling racks", not "CoWoS packaging"); an order not received ("received
    orders from" is a pact won); "take" of a share, a delivery or from a seller."""
    word = s.lowered[t.start : t.end]
    if t.kind in _VERBS and (
        _NOUN_BEFORE.search(s.lowered, max(0, t.start - 40), t.start)
        or (
            word in _NOUNS_TOO and any(m.end == t.start - 1 and m.kind in GOODS for m in s.mentions)
        )
    ):
        return False  # "our lead HBM3E source", "the HBM4 supply", "for HBM4 supply": a noun
    if t.kind == "make" and (
        _SITE_BEFORE.search(s.lowered, max(0, t.start - 60), t.start)
        or _SITE_AFTER.match(s.lowered, t.end)
    ):
        return False  # "the cluster AWS built for Anthropic": a site built, no goods sold
    if t.kind == "make" and _AVAILABLE.match(s.lowered, t.end):
        return False  # "make GB300 racks available for OpenAI": an offer, no making
    if t.kind == "make" and word.endswith("ing"):
        return _BE_BEFORE.search(s.lowered, max(0, t.start - 30), t.start) is not None
    if t.kind in ("taken", "take") and _RECEIVED.search(s.lowered, max(0, t.start - 40), t.start):
        return False  # "received orders from", "wins HBM4 order for": a pact won
    if t.kind == "take" and WON_OBJECT.match(s.lowered, t.end):
        return False  # "secured the packaging work from AMD": the work is won
    if t.kind == "take" and _TAKES_SHARE.fullmatch(word):
        return _from_after(s, t)
    if t.kind == "origin":
        return _from_after(s, t)
    return True


def _from_after(s: Sentence, t: Trigger) -> bool:
    window = s.lowered[t.end : t.end + 80]
    return _FROM_AFTER.match(window) is not None or " from " in window


def _counts(s: Sentence, state: RuleState, part: Span) -> list[int]:
    """The counts of goods in the statement: units or chips, not money, power or years."""
    return [
        i
        for i, q in enumerate(s.quantities)
        if i not in state.used
        and part.start <= q.start < part.end
        and (not machine_count(s, q) or rack_units(s, q))
        and (
            q.unit == "count"
            or (q.unit == "" and (s.chip_near(q) is not None or s.generic_count(q)))
        )
    ]


def _window(s: Sentence, r: Reading, part: Span) -> Span:
    """Where the deal's count may stand: from the goods or the trade word, whichever is
    first (a little before it: "took 50,000 of them"), to the end of the word's phrase."""
    start = min(r.trigger.start, r.goods.start if r.goods is not None else r.trigger.start)
    end = max(phrase_end(s, part, r.trigger), r.goods.end if r.goods is not None else 0)
    return Span(max(part.start, start - 40), min(part.end, end))


def _deals(s: Sentence, state: RuleState, r: Reading, part: Span) -> list[Candidate]:
    """The reading's deals: one per buyer and seller listed, per product listed."""
    counts = _counts(s, state, _window(s, r, part))
    anchor = s.quantities[counts[0]].start if counts else r.trigger.start
    valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = _deal_modality(s, anchor, valid, part)
    if modality is None:
        return []
    if _talks_to_take(modality, r, bool(counts)):
        return []  # talks to rent or buy: an adoption only (GUIDE); memory is bought
    value = None
    if counts and not group_count(s, part):
        value = _quantity(s.quantities[counts[0]], "count")
        state.used.add(counts[0])  # a count in a deal is no fleet's too
    clause = s.clause_of(r.trigger.start)
    products = (
        [r.goods] if r.goods is None or value else [r.goods, *joined_products(s, r.goods, clause)]
    )
    out: list[Candidate] = []
    # the lists stay inside the statement: "…, and OpenAI's contracts" starts another
    buyers = [b for b in _listed(s, r.buyer, r.buyer_at, part) if b != r.seller]
    sellers = [v for v in _listed(s, r.seller, r.seller_at, part) if v not in (r.buyer, *buyers)]
    for buyer in buyers:
        for seller in sellers:
            if buyer == seller or _same_family(s, seller, buyer):
                continue
            for product in products:
                qualifiers = {"product": product.id} if product is not None else {}
                out.append(
                    Candidate(
                        buyer,
                        "supply_deal",
                        modality,
                        valid,
                        anchor,
                        qualifiers,
                        seller,
                        value,
                        CONFIDENCE,
                    )
                )
    return out


def _talks_to_take(modality: str, r: Reading, counted: bool) -> bool:
    """Talks to buy or rent something other than memory, with no count: an adoption; a
    choice of a seller only weighed or expected is none made."""
    if r.trigger.kind == "chose" and modality in ("considering", "forecast"):
        return True
    memory = r.goods is not None and r.goods.kind == "memory"
    return (
        modality == "considering" and r.trigger.kind not in _SELLS_FIRST and not (counted or memory)
    )


def _listed(s: Sentence, party: str, at: Mention | None, part: Span) -> list[str]:
    """The party and the companies listed with it in its statement ("for Microsoft and
    Meta"), none set off after a comma and an "and" that opens a statement of its own."""
    if at is None or at.anaphoric:
        return [party]
    return list(dict.fromkeys(m.id for m in joined_companies(s, at, part)))


def read_roles(s: Sentence, clause: Span, part: Span, t: Trigger) -> Reading | None:
    """The reading of one trade word, by its class: its subject (or a passive's agent), the
    parties marked before and after it and the goods, handed to the class's reading."""
    by = agent(s, part, t)
    subj = by if by is not None else subject(s, clause, part, t)
    if subj is not None and ambiguous(s, subj):
        return None
    marked = after(s, part, t)
    earlier = before(s, part, t)
    traded = goods(s, part, t, passive=by is not None)
    if t.kind in ("give", "make", "given"):
        return given(s, part, t, subj, marked, earlier, traded, passive=by is not None)
    if t.kind in ("take", "taken", "origin"):
        if RENTING.fullmatch(s.lowered, t.start, t.end) and not rental_contract(s, part, t):
            return None  # renting told as a state is an adoption (GUIDE)
        buyer = subj
        if t.kind == "origin":
            buyer = owner_before(s, part, t.start)
        elif t.kind == "taken":
            buyer = possessor(s, part, t) or (
                subj if LIGHT_BEFORE.search(s.lowered, max(0, t.start - 50), t.start) else None
            )
        return taken(s, part, t, buyer, marked, earlier, traded)
    if t.kind == "won":
        return won(s, part, t, subj, marked, traded)
    if t.kind == "chose":
        return chose(s, part, t, subj, marked, traded)
    if t.kind == "role":
        return role(s, part, t, subj, traded)
    return pact(s, part, t, subj, marked, earlier, traded)
