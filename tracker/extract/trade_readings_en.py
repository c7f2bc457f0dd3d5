"""The readings of :mod:`trade_clauses_en`: who buys and who sells around one trade word,
by its class and the roles :mod:`trade_roles_en` finds.

- SUPPLY ("Acme ships HBM4 to Zeta", "Quanta assembles racks for Meta", "HBM3E supplied by
  Acme"): the subject or a passive's agent sells; the party marked "to" / "for", a direct
  object, the goods' owner, the party of talks before it ("in talks with Zeta to supply")
  buys; with none, the maker of goods the seller supplies or fabricates.
- ACQUIRE ("Zeta buys H200 servers from Dell", "Zeta's order for GB300 racks", "Our HBM4
  comes from Acme"): the subject, the order's possessor or the goods' owner buys; the party
  marked "from" (or "with", "at", "on"), the owner of goods it makes ("orders for
  Huawei's Ascend 910C"), a cloud named as the brand of compute sells; goods bought from no
  one named are the buyer's fleet, no deal.

The pacts are :mod:`trade_pacts_en`'s; the helpers both share (the reading, the goods'
maker named, a deal naming no product) are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.trade_lexicon_en import (
    COMPUTE_WORDS,
    PACT_NOUNS,
    POSSESSIVE,
    is_cloud,
    noun_pattern,
    rank,
    verb_pattern,
)
from tracker.extract.trade_roles_en import (
    COMPANY,
    Trigger,
    brand,
    host_maker,
    owner_before,
    phrase_end,
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


# a pact for the goods named next: "a deal for up to 1 million Google TPUs"
PACT_FOR = re.compile(
    r"\b(?:deal|deals|contract|contracts|agreement|agreements|pact|order|orders|arrangement"
    r"|purchases?|commitment|procurement)\s(?:[\w-]+\s){0,2}?(?:for|of|covering|covers|to"
    r"\s(?:buy|purchase|access|take))\s(?:[\w$.,-]+\s){0,6}$"
    # "Anthropic's commitment to as many as one million TPUs"
    r"|\bcommitment\sto\s(?:[\w$.,-]+\s){0,6}$"
)


# a contract the rental is under, after it: "rent capacity under a new multi-year contract"
_UNDER_CONTRACT = re.compile(
    r"\bunder\s(?:(?:a|an|the|its|their|new|[\w$.,-]+-\w+|multiyear|five-year)\s){0,4}"
    r"(?:contract|agreement|deal)"
)


def rental_contract(s: Sentence, part: Span, t: Trigger) -> bool:
    """Whether a rental is told as a contract ("signed a deal to rent", "agreed to rent …
    under a new contract"), not as a state ("rents TPUs through Google Cloud")."""
    return bool(
        PACT_NOUN.search(s.lowered, part.start, t.start)
        or _UNDER_CONTRACT.search(s.lowered, t.end, part.end)
    )


def reading(
    buyer: Mention | str, seller: Mention | str, traded: Mention | None, t: Trigger
) -> Reading:
    b = buyer if isinstance(buyer, str) else buyer.id
    v = seller if isinstance(seller, str) else seller.id
    b_at = None if isinstance(buyer, str) else buyer
    v_at = None if isinstance(seller, str) else seller
    return Reading(b, v, b_at, v_at, traded, t)


def first(roles: list[tuple[str, Mention]], markers: tuple[str, ...]) -> Mention | None:
    return next((m for r, m in roles if r in markers), None)


def given(
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
    buyer: Mention | str | None = first(marked, markers) or first(earlier, ("with",))
    if buyer is None and passive:
        buyer = owner_before(s, part, t.start)
        if buyer is None and traded is not None and traded.kind == "memory":
            buyer = host_maker(s, part, t.start)  # "each MI355X carries HBM3E supplied by"
    if buyer is None and t.kind == "given":
        buyer = possessor(s, part, t)
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
    if buyer is None and traded is None:
        buyer = _owned_chip(s, t, marked, seller)
        if buyer is not None:
            return reading(buyer, seller, None, t)
    if buyer is None or (traded is None and not unnamed_goods(s, part, seller.id)):
        return None
    return reading(buyer, seller, traded, t)


# a chip of the owner's named by a word, not an entity: "makes Tesla's current AI4 chip"
_OWNED_CHIP = re.compile(r"['’]s\s(?:[\w-]+\s){0,3}?(?:chips?|processors?|accelerators?|asics?)\b")


def _owned_chip(
    s: Sentence, t: Trigger, marked: list[tuple[str, Mention]], seller: Mention
) -> Mention | None:
    """The owner of a chip a chipmaker or foundry makes, the chip no vocabulary entity
    ("Samsung makes Tesla's AI4 chip"): a deal with no product (GUIDE: a foundry making a
    company's chip)."""
    if t.kind != "make" or rank(s.vocabulary, seller.id) < 3.0:
        return None
    return next(
        (m for r, m in marked if r in ("object", "for") and _OWNED_CHIP.match(s.lowered, m.end)),
        None,
    )


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


def taken(
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
        first(marked, ("from", "with", "at", "on", "through", "via"))
        or first(earlier, ("with",))
        or next(
            (m for r, m in marked if r == "owner" and traded is not None and sells(traded, m.id)),
            None,
        )
    )
    if seller is None and traded is None:
        seller = _compute_brand(s, part, t)
    if (
        seller is None
        and traded is not None
        and bought_from_maker(s, part, t, traded)
        and (t.kind != "taken" or PACT_FOR.search(s.lowered, t.start, traded.start))
    ):
        seller = maker_named(s, part, traded)
    if seller is None or (traded is None and not unnamed_goods(s, part, _id(seller))):
        return None
    return reading(buyer, seller, traded, t)


# goods named as the capacity a cloud rents out: "GB300 capacity", "H100 instances"
_RENTED_GOODS = re.compile(r"\s(?:[\w-]+\s)?(?:capacity|instances|compute|cloud|clusters?)\b")


def bought_from_maker(s: Sentence, part: Span, t: Trigger, traded: Mention) -> bool:
    """Whether goods bought from no seller named come from their maker: a chip, system or
    process (memory has several makers), not rented ("rent GB300 capacity": a cloud's)."""
    return (
        traded.kind != "memory"
        and traded.entity.maker is not None
        and not RENTING.search(s.lowered, part.start, part.end)
        and not _RENTED_GOODS.match(s.lowered, traded.end)
    )


def maker_named(s: Sentence, part: Span, traded: Mention) -> Mention | None:
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


def unnamed_goods(s: Sentence, part: Span, seller: str) -> bool:
    """Whether a deal that names no product still trades what the seller sells: compute
    from a cloud, chips from a chipmaker, under a contract the statement names (GUIDE: a
    deal naming no product; "buys computing power from" with no contract is a use)."""
    if not PACT_NOUN.search(s.lowered, part.start, part.end):
        return False
    if 1.5 <= rank(s.vocabulary, seller) < 2.0:
        return True  # a GPU cloud sells nothing but compute: "a $14bn deal with CoreWeave"
    return (
        is_cloud(s.vocabulary, seller)
        and COMPUTE_WORDS.search(s.lowered, part.start, part.end) is not None
    )


def sells(traded: Mention, company: str) -> bool:
    return company == traded.entity.maker or company in traded.entity.suppliers


def ambiguous(s: Sentence, m: Mention) -> bool:
    """A description ("the company") with two other companies named before it: which one
    it stands for is a guess."""
    if not m.anaphoric or not m.text.lower().startswith("the "):
        return False
    return len({x.id for x in s.of_kind(COMPANY, Span(0, m.start)) if not x.anaphoric}) >= 2


def agent(s: Sentence, part: Span, t: Trigger) -> Mention | None:
    """A passive's agent: "HBM3E supplied by Samsung", "racks were built by Quanta", and a
    foundry where goods are made ("the RNGD is made in volume at TSMC")."""
    word = s.lowered[t.start : t.end]
    if t.kind not in ("give", "make") or not word.endswith(("ed", "built", "made", "sold")):
        return None
    for m in s.of_kind(COMPANY, Span(t.end, min(part.end, t.end + 40))):
        gap = s.lowered[t.end : m.start]
        if brand(s, m):
            continue
        if _BY_AFTER.search(gap) or (
            t.kind == "make"
            and _AT_FOUNDRY.fullmatch(gap)
            and _BE_BEFORE.search(s.lowered, max(0, t.start - 20), t.start)
            and rank(s.vocabulary, m.id) >= 4.0
        ):
            return m
    return None


# a maker's place after a passive of making: "is made in volume at", "are built on"
_AT_FOUNDRY = re.compile(r"(?:\s[\w-]+){0,3}?\s(?:at|on|by)\s(?:the\s)?")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s(?:(?:now|also|still)\s)?$")


def possessor(s: Sentence, part: Span, t: Trigger) -> Mention | None:
    """The company whose role a noun names: its possessive right before the noun phrase
    ("Nvidia's main HBM4 supplier", "our lead source")."""
    for m in reversed(s.of_kind(COMPANY, Span(part.start, t.start))):
        if POSSESSIVE.match(s.text, m.end) or m.text.lower() in ("our", "its", "their"):
            gap = s.lowered[m.end : t.start]
            if re.fullmatch(r"(?:['’]s?)?\s(?:[\w-]+\s){0,3}", gap):
                return m
        break
    return None
