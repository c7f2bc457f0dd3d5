"""The readings of :mod:`trade_clauses_en`: who buys and who sells around one trade word,
by its class and the roles :mod:`trade_roles_en` finds.

- SUPPLY ("Acme ships HBM4 to Zeta", "Quanta assembles racks for Meta", "HBM3E supplied by
  Acme"): the subject or a passive's agent sells; the party marked "to" / "for", a direct
  object, the goods' owner, the party of talks before it ("in talks with Zeta to supply")
  buys; with none, the maker of goods the seller supplies or fabricates.
- ACQUIRE ("Zeta buys H200 servers from Dell", "Zeta's order for GB300 racks", "Our HBM4
  comes from Acme"): the subject, the order's possessor or the goods' owner buys; the party
  marked "from" (or "with", "at", "on"), the owner of goods it makes, a cloud named as the
  brand of compute, else the maker of a chip, system or process sells.
- PACT: won ("Acme won an order from Zeta": the subject sells), chosen ("Zeta tapped Acme
  to build its chip": the subject buys), a role noun ("Zeta's main HBM4 supplier"), or
  symmetric ("A signed a deal with B"), oriented by what the parties are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.trade_lexicon_en import (
    COMPUTE_WORDS,
    LIGHT_BEFORE,
    PACT_NOUNS,
    POSSESSIVE,
    ROLE_NOUNS,
    is_cloud,
    noun_pattern,
    rank,
    verb_pattern,
)
from tracker.extract.trade_roles_en import (
    COMPANY,
    Trigger,
    after,
    before,
    brand,
    goods,
    host_maker,
    owner_before,
    phrase_end,
    subject,
)


@dataclass(frozen=True)
class Reading:
    """A statement read: the buyer and the seller (each an id, with the mention that names
    it when one does, for the companies listed beside it), the goods, the trade word."""

    buyer: str
    seller: str
    buyer_at: Mention | None
    seller_at: Mention | None
    goods: Mention | None
    trigger: Trigger


PACT_NOUN = noun_pattern(PACT_NOUNS)

RENTING = verb_pattern(("rent", "lease"))

_BY_AFTER = re.compile(r"\s(?:(?:mostly|largely|mainly|jointly|entirely|also|both)\s)?by\s$")

_CHOSEN_AS = re.compile(
    r"\s(?:as\s(?:(?:a|an|its|their|the)\s)?(?:[\w-]+\s){0,3}?(?:supplier|vendor|partner"
    r"|foundry|manufacturer|packager|provider|source|maker)|to\s(?:\w+\s)?(?:supply|build|make"
    r"|manufacture|package|assemble|provide|deliver|fabricate|produce|design))\b"
)

_ORDER_NOUN = re.compile(r"\b(?:orders?|contracts?|deals?|business|share|portion|slice)\b")

# a pact for the goods named next: "a deal for up to 1 million Google TPUs"
_PACT_FOR = re.compile(
    r"\b(?:deal|deals|contract|contracts|agreement|agreements|pact|order|orders|arrangement"
    r"|purchases?|commitment|procurement)\s(?:[\w-]+\s){0,2}?(?:for|of|covering|covers|to"
    r"\sbuy|to\spurchase)\s(?:[\w$.,-]+\s){0,6}$"
)

_LANDED_AS = re.compile(r"\s(?:\w+\s){0,2}?as\s(?:\w+\s){0,3}?customer")


def read_roles(s: Sentence, clause: Span, part: Span, t: Trigger) -> Reading | None:
    agent = _agent(s, part, t)
    subj = agent if agent is not None else subject(s, clause, part, t)
    if subj is not None and _ambiguous(s, subj):
        return None
    marked = after(s, part, t)
    earlier = before(s, part, t)
    traded = goods(s, part, t, passive=agent is not None)
    if t.kind in ("give", "make", "given"):
        return _given(s, part, t, subj, marked, earlier, traded, passive=agent is not None)
    if t.kind in ("take", "taken", "origin"):
        if RENTING.fullmatch(s.lowered, t.start, t.end) and not _rental_contract(s, part, t):
            return None  # renting told as a state is an adoption (GUIDE)
        buyer = subj
        if t.kind == "origin":
            buyer = owner_before(s, part, t.start)
        elif t.kind == "taken":
            buyer = _possessor(s, part, t) or (
                subj if LIGHT_BEFORE.search(s.lowered, max(0, t.start - 50), t.start) else None
            )
        return _taken(s, part, t, buyer, marked, earlier, traded)
    if t.kind == "won":
        return _won(s, part, t, subj, marked, traded)
    if t.kind == "chose":
        return _chose(s, part, t, subj, marked, traded)
    if t.kind == "role":
        return _role(s, part, t, subj, traded)
    return _pact(s, part, t, subj, marked, earlier, traded)


# a contract the rental is under, after it: "rent capacity under a new multi-year contract"
_UNDER_CONTRACT = re.compile(
    r"\bunder\s(?:(?:a|an|the|its|their|new|[\w$.,-]+-\w+|multiyear|five-year)\s){0,4}"
    r"(?:contract|agreement|deal)"
)


def _rental_contract(s: Sentence, part: Span, t: Trigger) -> bool:
    """Whether a rental is told as a contract ("signed a deal to rent", "agreed to rent …
    under a new contract"), not as a state ("rents TPUs through Google Cloud")."""
    return bool(
        PACT_NOUN.search(s.lowered, part.start, t.start)
        or _UNDER_CONTRACT.search(s.lowered, t.end, part.end)
    )


def _reading(
    buyer: Mention | str, seller: Mention | str, traded: Mention | None, t: Trigger
) -> Reading:
    b = buyer if isinstance(buyer, str) else buyer.id
    v = seller if isinstance(seller, str) else seller.id
    b_at = None if isinstance(buyer, str) else buyer
    v_at = None if isinstance(seller, str) else seller
    return Reading(b, v, b_at, v_at, traded, t)


def _first(roles: list[tuple[str, Mention]], markers: tuple[str, ...]) -> Mention | None:
    return next((m for r, m in roles if r in markers), None)


def _given(
    s: Sentence,
    part: Span,
    t: Trigger,
    seller: Mention | None,
    marked: list[tuple[str, Mention]],
    earlier: list[tuple[str, Mention]],
    traded: Mention | None,
    passive: bool,
) -> Reading | None:
    """SUPPLY: the subject (or a passive's agent) sells to the party marked "to" / "for",
    the direct object ("supplies AWS with …"), the owner of the goods ("builds Google's
    TPUs"), the party of talks or a deal before it ("in talks with Nvidia to supply"); a
    passive's goods go to their owner or the chip they go into; else, when the seller
    supplies the goods or stands upstream of their maker, the maker buys ("Broadcom
    co-designs and supplies the TPU")."""
    if seller is None:
        return None
    if _rented_out(s, part, traded):
        return None  # "provides GB200 capacity to OpenAI": a rental, the user's adoption
    markers = ("for", "owner") if t.kind == "make" else ("to", "for", "owner", "object")
    marked = [(r, m) for r, m in marked if r != "owner" or not _brand_owner(s, traded, seller, m)]
    buyer: Mention | str | None = _first(marked, markers) or _first(earlier, ("with",))
    if buyer is None and passive:
        buyer = owner_before(s, part, t.start)
        if buyer is None and traded is not None and traded.kind == "memory":
            buyer = host_maker(s, part, t.start)  # "each MI355X carries HBM3E supplied by"
    if buyer is None and t.kind == "given":
        buyer = _possessor(s, part, t)
    if (
        buyer is None
        and traded is not None
        and not traded.anaphoric
        and (maker := traded.entity.maker) is not None
    ):
        # "Broadcom co-designs and supplies the TPU", "TSMC packages every Blackwell GPU"
        foundry = rank(s.vocabulary, seller.id) >= 4.0 and traded.kind in ("chip", "system")
        if t.kind != "given" and (seller.id in traded.entity.suppliers or foundry):
            buyer = str(maker)
    if buyer is None or (traded is None and not _unnamed_goods(s, part, seller.id)):
        return None
    return _reading(buyer, seller, traded, t)


def _rented_out(s: Sentence, part: Span, traded: Mention | None) -> bool:
    """Goods given as capacity with no contract in the statement: a rental."""
    return (
        traded is not None
        and _RENTED_GOODS.match(s.lowered, traded.end) is not None
        and PACT_NOUN.search(s.lowered, part.start, part.end) is None
    )


def _brand_owner(s: Sentence, traded: Mention | None, seller: Mention, owner: Mention) -> bool:
    """A possessive that is a merchant chipmaker's brand on goods the seller does not
    supply ("Foxconn assembles Nvidia's GB300 racks": no buyer named); an in-house chip's
    owner buys ("Marvell designs Microsoft's Maia 200"), and so does the maker of goods the
    seller supplies ("Broadcom builds Google's TPUs")."""
    return (
        traded is not None
        and owner.id == traded.entity.maker
        and seller.id not in traded.entity.suppliers
        and rank(s.vocabulary, owner.id) >= 3.0
    )


def _taken(
    s: Sentence,
    part: Span,
    t: Trigger,
    buyer: Mention | None,
    marked: list[tuple[str, Mention]],
    earlier: list[tuple[str, Mention]],
    traded: Mention | None,
) -> Reading | None:
    """ACQUIRE: the subject buys from the party marked "from" (or "with", "at", "on",
    "through": an order placed with a seller, capacity booked at a foundry or rented on a
    cloud), the party of a deal before it, the owner of the goods when it sells them
    ("orders for Huawei's Ascend 910C"), the cloud whose compute is bought ("$30 billion of
    Azure compute"), else the maker of the chip, system or process."""
    if buyer is None:
        return None
    seller: Mention | str | None = (
        _first(marked, ("from", "with", "at", "on", "through", "via"))
        or _first(earlier, ("with",))
        or next(
            (m for r, m in marked if r == "owner" and traded is not None and _sells(traded, m.id)),
            None,
        )
    )
    if seller is None and traded is None:
        seller = _compute_brand(s, part, t)
    if (
        seller is None
        and traded is not None
        and _bought_from_maker(s, part, t, traded)
        and (t.kind != "taken" or _PACT_FOR.search(s.lowered, t.start, traded.start))
    ):
        seller = _maker_named(s, part, traded)
    if seller is None or (traded is None and not _unnamed_goods(s, part, _id(seller))):
        return None
    return _reading(buyer, seller, traded, t)


# goods named as the capacity a cloud rents out: "GB300 capacity", "H100 instances"
_RENTED_GOODS = re.compile(r"\s(?:[\w-]+\s)?(?:capacity|instances|compute|cloud|clusters?)\b")


def _bought_from_maker(s: Sentence, part: Span, t: Trigger, traded: Mention) -> bool:
    """Whether goods bought from no seller named come from their maker: a chip, system or
    process (memory has several makers), not rented ("rent GB300 capacity": a cloud's)."""
    return (
        traded.kind != "memory"
        and traded.entity.maker is not None
        and not RENTING.search(s.lowered, part.start, part.end)
        and not _RENTED_GOODS.match(s.lowered, traded.end)
    )


def _maker_named(s: Sentence, part: Span, traded: Mention) -> Mention | None:
    """The goods' maker when the statement names it as their owner ("orders for Huawei's
    Ascend 910C"): goods bought from no one named, or with only their brand ("bought
    350,000 Nvidia H100s"), are the buyer's fleet (GUIDE), no deal with a party."""
    return next(
        (
            m
            for m in s.of_kind(COMPANY, part)
            if m.id == traded.entity.maker
            and not m.anaphoric
            and POSSESSIVE.match(s.text, m.end) is not None
        ),
        None,
    )


def _id(x: Mention | str) -> str:
    return x if isinstance(x, str) else x.id


def _compute_brand(s: Sentence, part: Span, t: Trigger) -> Mention | None:
    """A cloud named as the brand of the compute bought ("$30 billion of Azure compute")."""
    return next(
        (
            m
            for m in s.of_kind(COMPANY, Span(t.end, phrase_end(s, part, t)))
            if brand(s, m) and is_cloud(s.vocabulary, m.id)
        ),
        None,
    )


def _won(
    s: Sentence,
    part: Span,
    t: Trigger,
    seller: Mention | None,
    marked: list[tuple[str, Mention]],
    traded: Mention | None,
) -> Reading | None:
    """A pact won: the subject sells to the party the order came "from", the owner of the
    orders ("won a share of Nvidia's HBM4 orders") or the customer landed ("landed Meta
    as its first customer")."""
    if seller is None:
        return None
    if not _ORDER_NOUN.search(s.lowered, t.end, part.end) and not _LANDED_AS.match(
        s.lowered, t.end
    ):
        return None
    buyer = _first(marked, ("from", "owner", "object", "for"))
    if buyer is None or (traded is None and not _unnamed_goods(s, part, seller.id)):
        return None
    return _reading(buyer, seller, traded, t)


def _chose(
    s: Sentence,
    part: Span,
    t: Trigger,
    buyer: Mention | None,
    marked: list[tuple[str, Mention]],
    traded: Mention | None,
) -> Reading | None:
    """A seller chosen: "Zeta tapped Broadcom to build its accelerator", "selected Amkor as
    its packaging partner" (the subject buys from the party chosen)."""
    seller = _first(marked, ("object",))
    if buyer is None or seller is None or not _CHOSEN_AS.match(s.lowered, seller.end):
        return None
    if traded is None and not _unnamed_goods(s, Span(t.start, part.end), seller.id):
        return None
    return _reading(buyer, seller, traded, t)


def _role(
    s: Sentence, part: Span, t: Trigger, subj: Mention | None, traded: Mention | None
) -> Reading | None:
    """A role noun with its possessor: "SK hynix, Nvidia's main HBM4 vendor" (Nvidia
    buys), "Nvidia, still TSMC's largest CoWoS customer" (TSMC sells)."""
    owner = _possessor(s, part, t)
    if subj is None or owner is None or owner.id == subj.id:
        return None
    if not _COPULA.fullmatch(s.lowered, subj.end, owner.start):
        return None  # "takes most of SK hynix's customers": no role said of the subject
    if traded is None and not _unnamed_goods(s, part, subj.id):
        return None
    noun = s.lowered[t.start : t.end]
    if ROLE_NOUNS[noun] == "seller":
        return _reading(subj, owner, traded, t)
    return _reading(owner, subj, traded, t)


# between a subject and the possessor of its role: a copula or an apposition ("Nvidia remains
# TSMC's largest customer", "SK hynix, Nvidia's main supplier")
_COPULA = re.compile(
    r"(?:,|\s(?:is|was|are|were|remains|remained|became|becomes|has\sbeen|is\sstill|stays"
    r"|stayed|as))(?:\s(?:still|now|already|also|again|by\sfar))?\s(?:(?:the|a|an|one\sof)\s)?"
)


def _possessor(s: Sentence, part: Span, t: Trigger) -> Mention | None:
    """The company whose role a noun names: its possessive right before the noun phrase
    ("Nvidia's main HBM4 supplier", "our lead source")."""
    for m in reversed(s.of_kind(COMPANY, Span(part.start, t.start))):
        if POSSESSIVE.match(s.text, m.end) or m.text.lower() in ("our", "its", "their"):
            gap = s.lowered[m.end : t.start]
            if re.fullmatch(r"(?:['’]s?)?\s(?:[\w-]+\s){0,3}", gap):
                return m
        break
    return None


def _pact(
    s: Sentence,
    part: Span,
    t: Trigger,
    subj: Mention | None,
    marked: list[tuple[str, Mention]],
    earlier: list[tuple[str, Mention]],
    traded: Mention | None,
) -> Reading | None:
    """A symmetric pact between the subject (or the pact's possessor) and the party marked
    "with", oriented by what the two are (:func:`_oriented`); with no other party named,
    a chip's, system's or process's maker sells to a buyer downstream of it ("signed a deal
    for as many as a million Google TPUs")."""
    if t.kind == "made" and not PACT_NOUN.search(s.lowered, t.end, part.end):
        return None  # "agreed", "expanded" with no deal named
    if subj is None:
        return None
    other = _first(marked, ("with",)) or _first(earlier, ("with",))
    if other is None:
        # "signed a deal for up to a million Google TPUs": the goods the pact is for
        if traded is None or not _PACT_FOR.search(s.lowered, t.start, traded.start):
            return None
        maker = _maker_named(s, part, traded) if _bought_from_maker(s, part, t, traded) else None
        if maker is None or rank(s.vocabulary, subj.id) >= 2.0:
            return None
        return _reading(subj, maker, traded, t)
    if subj.id == other.id:
        return None
    seller = _oriented(s, part, subj.id, other.id, traded)
    if seller is None:
        return None
    return (
        _reading(other, subj, traded, t) if seller == subj.id else _reading(subj, other, traded, t)
    )


def _oriented(s: Sentence, part: Span, a: str, b: str, traded: Mention | None) -> str | None:
    """Which of two parties to a pact sells: the goods' maker or known supplier, else the
    one further upstream; with no goods named, the cloud of a compute deal or the chipmaker
    of a chip deal. ``None`` when nothing settles it."""
    if traded is not None:
        makers = [x for x in (a, b) if _sells(traded, x)]
        if len(makers) == 1 and not _made_by_other(s, part, makers[0], {a, b} - {makers[0]}):
            return makers[0]
    ra, rb = rank(s.vocabulary, a), rank(s.vocabulary, b)
    if ra == rb:
        return None
    seller = a if ra > rb else b
    if traded is None and not _unnamed_goods(s, part, seller):
        return None
    return seller


# words of making a chip: a foundry or packager in a pact with the chip's maker sells it that
_MAKING = re.compile(
    r"\b(?:wafers?|fabs?|foundry|manufactur\w*|fabricat\w*|process|node|packag\w*|\d+\s?nm"
    r"|n[23]p?|18a|tape[sd]?[\s-]out)\b"
)


def _made_by_other(s: Sentence, part: Span, maker: str, others: set[str]) -> bool:
    """Whether the other party makes the chip for its maker: a foundry or packager, in a
    statement about making ("AMD's agreement with TSMC covers MI450 wafers")."""
    return any(rank(s.vocabulary, o) >= 4.0 > rank(s.vocabulary, maker) for o in others) and (
        _MAKING.search(s.lowered, part.start, part.end) is not None
    )


def _unnamed_goods(s: Sentence, part: Span, seller: str) -> bool:
    """Whether a deal that names no product still trades what the seller sells: compute
    from a cloud, chips from a chipmaker, under a contract the statement names (GUIDE: a
    deal naming no product; "buys computing power from" with no contract is a use)."""
    if not PACT_NOUN.search(s.lowered, part.start, part.end):
        return False
    return (
        is_cloud(s.vocabulary, seller)
        and COMPUTE_WORDS.search(s.lowered, part.start, part.end) is not None
    )


def _sells(traded: Mention, company: str) -> bool:
    return company == traded.entity.maker or company in traded.entity.suppliers


def _ambiguous(s: Sentence, m: Mention) -> bool:
    """A description ("the company") with two other companies named before it: which one
    it stands for is a guess."""
    if not m.anaphoric or not m.text.lower().startswith("the "):
        return False
    return len({x.id for x in s.of_kind(COMPANY, Span(0, m.start)) if not x.anaphoric}) >= 2


def _agent(s: Sentence, part: Span, t: Trigger) -> Mention | None:
    """A passive's agent: "HBM3E supplied by Samsung", "racks were built by Quanta"."""
    word = s.lowered[t.start : t.end]
    if t.kind not in ("give", "make") or not word.endswith(("ed", "built", "made", "sold")):
        return None
    for m in s.of_kind(COMPANY, Span(t.end, min(part.end, t.end + 40))):
        if _BY_AFTER.search(s.lowered[t.end : m.start]) and not brand(s, m):
            return m
    return None
