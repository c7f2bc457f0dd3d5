"""The pacts of :mod:`trade_clauses_en`: a deal told by what the parties agreed rather than
by a verb of giving or taking.

- won: "Acme won an HBM4 order from Zeta", "secured the packaging work on the MI450 from
  AMD" (the subject sells to the party the order came from or whose orders they are);
- chosen: "Zeta tapped Acme to build its accelerator", "selected Amkor as its packaging
  partner" (the subject buys from the party chosen);
- a role noun asserted of the subject: "Zeta remains Acme's largest customer" (Acme
  sells), "SK hynix, Nvidia's main HBM4 vendor" (Nvidia buys), "Acme's customers include
  Zeta and Meta";
- symmetric: "A signed a deal with B for GB300 capacity", oriented by what the parties
  are (the goods' maker or known supplier sells, a foundry sells its maker the making,
  else the party further upstream).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.trade_lexicon_en import ROLE_NOUNS, WON_OBJECT, rank
from tracker.extract.trade_readings_en import (
    PACT_FOR,
    PACT_NOUN,
    Reading,
    bought_from_maker,
    first,
    maker_named,
    possessor,
    reading,
    sells,
    unnamed_goods,
)
from tracker.extract.trade_roles_en import COMPANY, Trigger, brand

_CHOSEN_AS = re.compile(
    r"\s(?:as\s(?:(?:a|an|its|their|the)\s)?(?:[\w-]+\s){0,3}?(?:supplier|vendor|partner"
    r"|foundry|manufacturer|packager|provider|source|maker)|to\s(?:\w+\s)?(?:supply|build|make"
    r"|manufacture|package|assemble|provide|deliver|fabricate|produce|design))\b"
)
_LANDED_AS = re.compile(r"\s(?:\w+\s){0,2}?as\s(?:\w+\s){0,3}?customer")


def won(
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
    if not WON_OBJECT.match(s.lowered, t.end) and not _LANDED_AS.match(s.lowered, t.end):
        return None
    buyer = first(marked, ("from", "owner", "object", "for"))
    if buyer is None or (traded is None and not unnamed_goods(s, part, seller.id)):
        return None
    return reading(buyer, seller, traded, t)


def chose(
    s: Sentence,
    part: Span,
    t: Trigger,
    buyer: Mention | None,
    marked: list[tuple[str, Mention]],
    traded: Mention | None,
) -> Reading | None:
    """A seller chosen: "Zeta tapped Broadcom to build its accelerator", "selected Amkor as
    its packaging partner" (the subject buys from the party chosen)."""
    seller = first(marked, ("object",))
    if buyer is None or seller is None or not _CHOSEN_AS.match(s.lowered, seller.end):
        return None
    if traded is None and not unnamed_goods(s, Span(t.start, part.end), seller.id):
        return None
    return reading(buyer, seller, traded, t)


def role(
    s: Sentence, part: Span, t: Trigger, subj: Mention | None, traded: Mention | None
) -> Reading | None:
    """A role noun with its possessor: "SK hynix, Nvidia's main HBM4 vendor" (Nvidia
    buys), "Nvidia, still TSMC's largest CoWoS customer" (TSMC sells), "Acme's customers
    include Zeta and Meta"; a customer named as such is a deal with no product named
    (GUIDE) when its seller is a chipmaker or a cloud."""
    owner = possessor(s, part, t)
    if owner is None:
        return None
    noun = s.lowered[t.start : t.end]
    listed = _INCLUDE.match(s.lowered, t.end)
    if listed is not None:
        subj = next((m for m in s.of_kind(COMPANY, part) if m.start == listed.end()), None)
    else:
        # the subject is who comes before the possessor ("Microsoft remains Nvidia's …")
        ahead = [m for m in s.of_kind(COMPANY, Span(part.start, owner.start)) if not brand(s, m)]
        subj = ahead[-1] if ahead else None
        if subj is not None and not _COPULA.fullmatch(s.lowered, subj.end, owner.start):
            return None  # "takes most of SK hynix's customers": no role said of the subject
    if subj is None or owner.id == subj.id or _NOT_NOW.search(s.lowered, owner.end, t.start):
        return None  # "Nebius's potential customers", "former customers": no customer now
    seller = owner if ROLE_NOUNS[noun] == "seller" else subj
    if traded is None and (
        ROLE_NOUNS[noun] != "seller"
        or rank(s.vocabulary, seller.id) < 1.0
        or (listed is None and s.lowered[subj.end : subj.end + 1] == ",")
    ):
        return None  # a customer asserted as such, of a chipmaker or a cloud (GUIDE)
    if ROLE_NOUNS[noun] == "seller":
        return reading(subj, owner, traded, t)
    return reading(owner, subj, traded, t)


# a role that is not held now: "potential customers", "its former supplier"
_NOT_NOW = re.compile(r"\b(?:potential|former|prospective|possible|would-be|future|ex-|onetime)")
# a role's holders listed after it: "Acme's customers include Zeta, Meta and Mistral AI"
_INCLUDE = re.compile(r"\s(?:now\s|also\s)?(?:include|includes|included|including|are|were)\s")


# between a subject and the possessor of its role: a copula or an apposition ("Nvidia remains
# TSMC's largest customer", "SK hynix, Nvidia's main supplier")
_COPULA = re.compile(
    r"(?:,|\s(?:is|was|are|were|remains|remained|became|becomes|has\sbeen|is\sstill|stays"
    r"|stayed|as))(?:\s(?:still|now|already|also|again|by\sfar))?\s(?:(?:the|a|an|one\sof)\s)?"
)


def pact(
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
    other = first(marked, ("with",)) or first(earlier, ("with",))
    if other is None:
        # "signed a deal for up to a million Google TPUs": the goods the pact is for
        if traded is None or not PACT_FOR.search(s.lowered, t.start, traded.start):
            return None
        # a pact is told as made with someone: the goods' maker, named or not, unlike a
        # bare purchase ("bought 350,000 H100s": the buyer's fleet)
        if not bought_from_maker(s, part, t, traded) or rank(s.vocabulary, subj.id) >= 2.0:
            return None
        return reading(subj, maker_named(s, part, traded) or str(traded.entity.maker), traded, t)
    if subj.id == other.id:
        return None
    if (
        traded is None
        and t.kind == "pact"
        and not _HELD_PACT.search(s.lowered, max(0, t.start - 60), t.start)
    ):
        return None  # "Nebius's agreement with Microsoft is running at full scale": told
    seller = _oriented(s, part, subj.id, other.id, traded)
    if seller is None:
        return None
    return reading(other, subj, traded, t) if seller == subj.id else reading(subj, other, traded, t)


# a pact held, told as a fact of its own: "has a $14 billion deal with", "have contracts with"
_HELD_PACT = re.compile(r"\b(?:has|have|had|holds|hold)\s(?:[\w$.,-]+\s){0,4}$")


def _oriented(s: Sentence, part: Span, a: str, b: str, traded: Mention | None) -> str | None:
    """Which of two parties to a pact sells: the goods' maker or known supplier, else the
    one further upstream; with no goods named, the cloud of a compute deal or the chipmaker
    of a chip deal. ``None`` when nothing settles it."""
    if traded is not None:
        makers = [x for x in (a, b) if sells(traded, x)]
        if len(makers) == 1 and not _made_by_other(s, part, makers[0], {a, b} - {makers[0]}):
            return makers[0]
    ra, rb = rank(s.vocabulary, a), rank(s.vocabulary, b)
    if ra == rb:
        return None
    seller = a if ra > rb else b
    if traded is None and not unnamed_goods(s, part, seller):
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
