"""A supplier or customer named by its role ("SK hynix, Nvidia's main HBM3E vendor",
"Nvidia remains SK hynix's anchor HBM4 customer"): a supply deal with no deal word."""

from __future__ import annotations

import re
from itertools import pairwise

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _COMPANY,
    Candidate,
    RuleState,
    _anchors,
    _same_family,
)
from tracker.extract.claimrules.supply import _DEAL_KINDS, _named_party
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.vocabulary import Entity

_ROLE_KINDS = (*_DEAL_KINDS, "process")  # "TSMC's largest CoWoS customer"


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
        if role.group("many") and other is not None and not _one_of(s, other, owner):
            continue
        # "Microsoft remains Nvidia's largest customer", "Supermicro remains our other main
        # server supplier": a role of no named product is a deal of none, when the words
        # before the role only rank it or name goods of the trade (not "TC bonders")
        if (
            (not products and not _generic_role(s, owner, role.start("role")))
            or other is None
            or _same_family(s, owner.id, other.id)
        ):
            continue
        # "A's vendor": A buys from the other; "A's customer": the other buys from A
        vendor = role.group("role").lower() in ("vendor", "supplier", "source")
        buyer, seller = (owner.id, other.id) if vendor else (other.id, owner.id)
        trig = role.start("role")
        valid = s.valid_for(trig, _anchors(s))
        aside = _appositive(s, other, owner, role.end()) or _stated_before(s, clause, role.end())
        if aside is not None and not any(aside.start <= t.start < aside.end for t in s.times):
            # "Nvidia, still TSMC's largest CoWoS customer, should take …", "Nvidia is still
            # TSMC's largest CoWoS customer and should take …": the role is today's state,
            # whatever the clause goes on to forecast
            valid, clause = point_at(s.published), aside
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        qualifiers = {"product": products[-1].id} if products else {}
        state.taken_products.update(m.start for m in products)
        out.append(Candidate(buyer, "supply_deal", modality, valid, trig, qualifiers, seller))
    return out + _as_role(s, state, companies) + _unowned_role(s, state, companies)


# the words a role of no named product may carry: a rank, or the goods of the trade
_GENERIC_ROLE_WORDS = frozenset(
    [
        "largest",
        "biggest",
        "main",
        "other",
        "anchor",
        "top",
        "key",
        "lead",
        "leading",
        "launch",
        "major",
        "primary",
        "principal",
        "single",
        "sole",
        "only",
        "direct",
        "second",
        "third",
        "next",
        "next-largest",
        "second-largest",
        "second-biggest",
        "third-largest",
        "most",
        "important",
        "server",
        "gpu",
        "chip",
        "rack",
        "accelerator",
        "compute",
        "cloud",
        "ai",
    ]
)


def _generic_role(s: Sentence, owner: Mention, end: int) -> bool:
    """Whether the words between a possessive and its role noun only rank the role or
    name the goods of the trade ("'s largest", "our other main server"); a rank alone is a
    deal only when asserted ("Microsoft remains Nvidia's largest customer"), not in an
    aside ("Nvidia, Microsoft's largest customer, sold more GPUs")."""
    words = s.lowered[owner.end : end].replace("’", "'").removeprefix("'s").split()
    # "Nvidia's main source of high-bandwidth memory": goods named, none a product
    if not (
        words
        and all(w in _GENERIC_ROLE_WORDS for w in words)
        and _GOODS_AFTER.match(s.lowered, end) is None
    ):
        return False
    return bool(_TRADE_WORDS.intersection(words)) or (
        _ASSERTED.search(s.lowered, max(0, owner.start - 40), owner.start) is not None
    )


# the goods of the trade among the role's words ("biggest rack customer")
_TRADE_WORDS = frozenset(["server", "gpu", "chip", "rack", "accelerator", "compute", "cloud", "ai"])
# a copula right before the possessive, an aside allowed: "remains Nvidia's", "is one of
# Nvidia's", "remains, by all accounts, TSMC's"
_ASSERTED = re.compile(
    r"\b(?:is|was|are|were|remains?|remained|became|becomes?|been|be)(?:,\s[^,;.]{1,24},)?\s"
    r"(?:(?:now|still|also|already|again|by\sfar)\s)?(?:(?:one|among)\s(?:of\s)?)?(?:the\s)?$"
)


_GOODS_AFTER = re.compile(r"\w+s?\s(?:of|for)\s")


# "Nvidia remains by far the largest CoWoS customer", "Broadcom is the second-biggest CoWoS
# customer", "Nvidia, the top CoWoS customer, …": a customer role with no seller named, for a
# product only one company sells (its maker)
_UNOWNED_ROLE = re.compile(
    r"(?:,\s|\s(?:(?:still|now|also)\s)?(?:remains|is|was|has\sbeen|became|has\sbecome),?\s)"
    r"(?:(?:still|now|also|easily|by\sfar|comfortably),?\s){0,2}the\s"
    r"(?:[\w-]+\s){1,3}?(?P<role>customer|buyer|client)\b(?!s)",
    re.I,
)


_ROLE_ASIDE = re.compile(r",\s(?:which|who)\s[^,;.]{3,60},(?=\s)")


def _unowned_role(s: Sentence, state: RuleState, companies: list[Mention]) -> list[Candidate]:
    """A customer role said with the product but no seller ("X remains the largest CoWoS
    customer"): the seller is the product's one maker (TSMC for CoWoS); a product several
    companies make (HBM3E) names no seller, so no deal."""
    if "customer" not in s.lowered and "buyer" not in s.lowered and "client" not in s.lowered:
        return []  # cheap gate
    out: list[Candidate] = []
    for buyer in companies:
        # "Broadcom, which builds Google's TPUs, is the second-largest CoWoS customer": the
        # role read past the aside, whose own deal (Google's TPUs) is no reason to skip it
        aside = _ROLE_ASIDE.match(s.text, buyer.end)
        start = aside.end() if aside is not None else buyer.end
        role = _UNOWNED_ROLE.match(s.text, start)
        if role is None or s.of_kind(_COMPANY, Span(start, role.end())):
            continue  # "X is TSMC's largest CoWoS customer": the owned role's rule
        clause = s.clause_of(buyer.start)
        products = [
            m
            for m in s.of_kind(_ROLE_KINDS, Span(start, role.end()))
            if not s.is_compared(m) and m.entity.maker and not m.entity.suppliers
        ]
        aside_span = Span(buyer.end, start)
        product = products[-1].entity if products else _process_in_view(s, role, aside_span)
        if (clause.start in state.deal_clauses and aside is None) or product is None:
            continue
        seller = product.maker
        if seller is None or _same_family(s, seller, buyer.id):
            continue
        trig = role.start("role")
        valid = s.valid_for(trig, _anchors(s))
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        state.taken_products.update(m.start for m in products)
        qualifiers = {"product": product.id}
        # "Broadcom is the next-largest customer, followed by AMD": the next in the ranking
        after = _FOLLOWED_BY.match(s.text, role.end())
        nexts = [c for c in companies if after is not None and c.start == after.end()]
        for who in [buyer, *nexts]:
            if who.id != seller:
                out.append(
                    Candidate(who.id, "supply_deal", modality, valid, trig, qualifiers, seller)
                )
    return out


_FOLLOWED_BY = re.compile(r",?\s(?:followed|trailed)\sby\s")
_RANKED = re.compile(r"(?:next|second|third)-(?:largest|biggest)\s$|(?:largest|biggest)\s$")


def _process_in_view(s: Sentence, role: re.Match[str], aside: Span) -> Entity | None:
    """The process the text is about, for a ranked customer role that names no product
    ("Broadcom, which designs Google's TPUs, is the next-largest customer" after a sentence
    on CoWoS), when the sentence names no product outside an aside."""
    if not _RANKED.search(s.lowered, role.start(), role.start("role")):
        return None
    if any(not aside.start <= m.start < aside.end for m in s.of_kind(_ROLE_KINDS)):
        return None
    process = s.focus.get("process", s.index, 2)
    return process if process is not None and process.maker and not process.suppliers else None


# "SK hynix counts Nvidia as its biggest HBM4 customer", "Samsung added AMD as an HBM3E
# customer", "Nvidia named Samsung as a second HBM4 supplier", "Google, which counts Anthropic
# among its largest TPU customers": one company gives another a role
_GIVES_ROLE = re.compile(
    r"(?:,\s(?:which|that)\s|\s)(?:(?:has|have|had|now|also|still)\s)*(?:counts?|counted|names?|named|lists?|listed|adds?"
    r"|added|won|wins|landed|lands|signed\sup|signs\sup|calls?|called)\s"
)
_AS_ROLE = re.compile(
    r"\s(?:as|among)\s(?:its|their|our|a|an|the|one\sof\sits)\s(?:[\w-]+\s){0,3}?"
    r"(?P<role>customer|client|buyer|supplier|vendor|source)s?\b",
    re.I,
)


def _as_role(s: Sentence, state: RuleState, companies: list[Mention]) -> list[Candidate]:
    """A deal said as a role one company gives another ("X counts Y as its … customer")."""
    if " as " not in s.text and " among " not in s.text:
        return []  # cheap gate
    out: list[Candidate] = []
    for giver, given in pairwise(companies):
        role = _AS_ROLE.match(s.text, given.end)
        if role is None or _GIVES_ROLE.fullmatch(s.text, giver.end, given.start) is None:
            continue
        clause = s.clause_of(giver.start)
        products = s.of_kind(_ROLE_KINDS, Span(given.end, role.end()))
        if clause.start in state.deal_clauses or not products or giver.id == given.id:
            continue
        sells = role.group("role").lower() in ("customer", "client", "buyer")
        buyer, seller = (given.id, giver.id) if sells else (giver.id, given.id)
        valid = s.valid_for(role.start("role"), _anchors(s))
        modality = s.modality(role.start("role"), valid, clause)
        if modality is None:
            continue
        qualifiers = {"product": products[-1].id}
        out.append(
            Candidate(buyer, "supply_deal", modality, valid, role.start(), qualifiers, seller)
        )
    return out


_ROLE_AFTER = re.compile(
    r"(?:['’]s|(?<=\bour)|(?<=\bits)|(?<=\btheir))\s(?:[\w-]+\s){1,3}?"
    r"(?P<role>customer|vendor|supplier|source|buyer)(?P<many>s)?\b",
    re.I,
)
# one of several in the role: "Microsoft is one of Nvidia's largest GB300 customers", "Among
# Nvidia's GB300 customers is Microsoft" (a plural role alone names no one: "TSMC's
# customers, like Nvidia")
_ONE_OF = re.compile(
    r"(?:,|\s(?:is|was|remains|has\sbeen|became|has\sbecome))\s(?:also\s|now\s)?(?:one\sof|among)\s"
)
_AMONG = re.compile(r"(?:^|\s)among\s$", re.I)
# "X, A's vendor", "Nvidia, still TSMC's largest CoWoS customer", "X remains A's customer"
_ROLE_BEFORE = re.compile(
    r"(?:,\s(?:(?:still|now|long|already|also|by far)\s)?"
    r"|\s(?:still\s|now\s|also\s)?(?:remains|is|was|became|has become|has been)\s"
    r"(?:still\s|now\s|also\s)?)(?:one\sof\s|among\s)?$"
)
_ROLE_COPULA = re.compile(r"\s(?:remains|is|was|has been)\s")


def _one_of(s: Sentence, partner: Mention, owner: Mention) -> bool:
    """Whether a plural role names the partner as one of its members."""
    if partner.end <= owner.start:
        if _ONE_OF.fullmatch(s.text, partner.end, owner.start) is not None:
            return True
        it = _IT_ROLE.search(s.text, max(0, owner.start - 60), owner.start)
        return it is not None and "one of" in it.group().lower()  # "…, and it is one of A's"
    return _AMONG.search(s.text, max(0, owner.start - 8), owner.start) is not None


def _appositive(s: Sentence, partner: Mention, owner: Mention, end: int) -> Span | None:
    """The aside a role is said in (", still A's customer by a wide margin,"), if any."""
    if partner.end > owner.start or not s.text.startswith(",", partner.end):
        return None
    close = s.text.find(",", end)
    return Span(partner.end, close if close >= 0 else len(s.text))


# a verb phrase of its own after a role told across a copula: "… customer and should take
# close to 60% of next year's allocation", "…, and we think it will take …"
_GOES_ON = re.compile(
    r",?\s(?:and|but|while)\s(?:(?:we|analysts?)\s(?:think|expect|believe|see)\s)?(?:it\s)?"
    r"(?:should|will|would|could|may|might|is\sexpected\sto|is\slikely\sto|is\sset\sto)\s"
)


def _stated_before(s: Sentence, clause: Span, end: int) -> Span | None:
    """The part of the clause a role is stated in, when the clause goes on to a verb phrase
    of its own about the future (which does not time or hedge the role)."""
    goes_on = _GOES_ON.search(s.text, end, clause.end)
    return Span(clause.start, goes_on.start()) if goes_on is not None else None


def _role_partner(
    s: Sentence, companies: list[Mention], owner: Mention, end: int
) -> Mention | None:
    """The company a role noun describes: in apposition before it ("X, A's vendor") or
    across a copula ("X remains A's customer", "A's vendor is X")."""
    before = [m for m in companies if m.end <= owner.start]
    if _IT_ROLE.search(s.text, max(0, owner.start - 60), owner.start) is not None:
        return _pronoun_partner(s, before, owner)  # "…, and it is one of A's customers"
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


# "it" across a copula before the role, an aside allowed: "…; it is, by some distance, still
# TSMC's biggest CoWoS customer", "…, and it remains one of Nvidia's largest customers"
_IT_ROLE = re.compile(
    r"(?:^|[,;]\s(?:and\s|but\s|while\s)?)it(?:['’]s|\s(?:still\s|now\s|also\s)?(?:remains|is|was"
    r"|has\sbeen|became|has\sbecome))(?:,\s[^,;.]{1,24},)?\s(?:(?:still|now|also|by\sfar)\s)?"
    r"(?:one\sof\s|among\s)?$",
    re.I,
)


def _held_partner(s: Sentence, owner: Mention, at: int) -> Mention | None:
    """The company a sentence-opening "it" stands for: the one the sentence before was
    about (not the company whose role it names)."""
    held = s.focus.get("company", s.index, 1)
    if held is None or held.id == owner.id:
        return None
    return Mention(at, at + 2, held, s.text[at : at + 2], anaphoric=True)


def _pronoun_partner(s: Sentence, before: list[Mention], owner: Mention) -> Mention | None:
    """The company "it" refers back to when the role is told of "it" after an earlier
    clause of the same sentence: that clause's subject, the first company named."""
    clause = s.clause_of(owner.start)
    it = _IT_ROLE.search(s.text, max(0, owner.start - 60), owner.start)
    if it is not None and it.start() == 0:
        return _held_partner(s, owner, it.start())  # "It is still TSMC's largest … customer."
    if it is None or not (earlier := [m for m in before if m.end <= it.start()]):
        return None
    subject = earlier[0]
    named_since = [m for m in before if subject.end <= m.start < owner.start and m.id != subject.id]
    return subject if subject.id != owner.id and not named_since and clause.start > 0 else None
