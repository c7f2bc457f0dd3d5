"""English rentals told from the provider's side: "Google rents out TPUs to Anthropic",
"CoreWeave leases GB200 capacity to OpenAI", "Oracle will provide OpenAI with GB200
capacity". The customer named after "to" (or right after "provide") uses the product in
the provider's cloud: an ``adopts`` of the customer, mode cloud, via the provider (GUIDE:
the customer rents the product), not a sale. "Nvidia supplies GB200s to Microsoft" (no
rental, no capacity) stays the supply deal it is."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system")
# the provider's verb, right before the product (a few words between: "out", "its",
# "Nvidia", "spare"): renting always, providing or offering only of capacity
_LEASE = r"(?:rent|rents|rented|renting|lease|leases|leased|leasing)(?:\sout)?"
_PROVIDE = r"(?:provid|offer|sell|suppl)\w*"
_LESSOR_VERB = re.compile(rf"\b(?:(?P<lease>{_LEASE})|{_PROVIDE})\s(?:[\w’'-]+\s){{0,3}}$", re.I)
# after the product: "capacity", "instances", "servers" and then "to <customer>"
_TO_CUSTOMER = re.compile(
    r"(?:s|['’]s)?\s(?:(?P<cap>capacity|instances|compute|clusters?|servers?)\s)?"
    r"(?:[\w-]+\s){0,2}?to\s(?:the\s)?$",
    re.I,
)
# "provide OpenAI with GB200 capacity", "give Anthropic access to Trainium2 capacity"
_PROVIDE_WITH = re.compile(
    r"\b(?:provid|offer|giv)\w*\s$",
    re.I,
)
_WITH_PRODUCT = re.compile(r"\s(?:with|access\sto)\s(?:[\w’'-]+\s){0,2}$", re.I)
_CAPACITY_AFTER = re.compile(r"\s(?:capacity|instances|compute)\b", re.I)


def lessor_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Adoptions of the customer in rentals whose subject is the provider."""
    if s.language != "en" or not _cue(s.lowered):
        return []
    out: list[Candidate] = []
    companies = s.of_kind(("company",))
    for product in s.of_kind(_PRODUCTS):
        if product.start in state.taken_products:
            continue
        found = _told_to(s, product, companies) or _provided_with(s, product, companies)
        if found is None:
            continue
        provider, customer = found
        if provider.id == customer.id:
            continue
        valid = point_at(s.published)
        own = s.time_for(product.start, [])
        if own is not None:
            valid = own.valid
        modality = s.modality(product.start, valid)
        if modality is None:
            continue
        state.taken_products.add(product.start)
        qualifiers = {"mode": "cloud", "via": provider.id}
        out.append(
            Candidate(customer.id, "adopts", modality, valid, product.start, qualifiers, product.id)
        )
    return out


def _cue(lowered: str) -> bool:
    return any(w in lowered for w in ("rent", "leas", "provid", "offer", "suppl", "sell", "giv"))


def _told_to(
    s: Sentence, product: Mention, companies: list[Mention]
) -> tuple[Mention, Mention] | None:
    """ "<provider> rents out <product> to <customer>": the provider before the verb, in
    the same clause, the customer right after "to"."""
    clause = s.clause_of(product.start)
    verb = _LESSOR_VERB.search(s.text, clause.start, product.start)
    if verb is None:
        return None
    customer = next((m for m in companies if m.start > product.end), None)
    if customer is None:
        return None
    gap = _TO_CUSTOMER.fullmatch(s.text, product.end, customer.start)
    if gap is None or (verb.group("lease") is None and gap.group("cap") is None):
        return None  # "supplies GB200s to Microsoft": a sale, no rental
    providers = [m for m in companies if clause.start <= m.start and m.end <= verb.start()]
    return (providers[-1], customer) if providers else None


def _provided_with(
    s: Sentence, product: Mention, companies: list[Mention]
) -> tuple[Mention, Mention] | None:
    """ "<provider> will provide <customer> with <product> capacity"."""
    if not _CAPACITY_AFTER.match(s.text, product.end):
        return None
    clause = s.clause_of(product.start)
    before = [m for m in companies if clause.start <= m.start and m.end <= product.start]
    if len(before) < 2:
        return None
    provider, customer = before[-2], before[-1]
    if not _WITH_PRODUCT.fullmatch(s.text, customer.end, product.start):
        return None
    if not _PROVIDE_WITH.search(s.text, provider.end, customer.start):
        return None
    return provider, customer
