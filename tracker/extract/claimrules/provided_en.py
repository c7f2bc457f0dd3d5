"""English: a company that provides a product to its own users (GUIDE, settled case: a
cloud that offers a chip in its own service adopts it, mode ``on-prem``).

The provider's side of a rental names the users as a class, not as a company: "rents out
H200 clusters to AI start-ups", "offers GB300 capacity to its customers", "makes B200
instances available to researchers", "is serving customers on GB300 systems", "brought
its first racks online for customers". The chips sit in the provider's own data centers,
so its use is on its own premises, even though the words "rent" and "cloud" stand in the
clause. A rental to a named company ("rents TPUs out to Anthropic") is that company's
cloud use (``lessors``), and a seller's offer of servers ("Dell offers GB300 servers to
enterprise customers") is a sale: only capacity, instances, clusters or a GPU cloud's own
offer count here.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import is_cloud_company
from tracker.extract.text import Span

# the users a provider serves, named as a class (lower-cased text)
_USERS = (
    r"(?:(?:its|their|our|the|paying|enterprise|domestic|local|outside|external|corporate"
    r"|business|ai|model|academic|early|[\w-]+['’]s)\s){0,2}"
    r"(?:customers?|clients?|developers|researchers|users|tenants|start-?ups|enterprises"
    r"|businesses|labs|model\sbuilders|renters)\b"
)
_PROVIDED = re.compile(
    # "rents out", "leases out", "rented out" (the lessor's own verb)
    r"\b(?:rent|lease)(?:s|d|ed|ing)?\sout\b"
    # "rents GB200 clusters to AI start-ups", "offers capacity to its customers"; never
    # "sells … to": a sale is no use of the seller's own (review 12 F1)
    rf"|\b(?:rent|leas|offer|provid)\w*\s(?:[^.;,]{{0,60}}?\s)?to\s{_USERS}"
    # "makes GB300 generally available", "available to customers", "online for customers"
    rf"|\b(?:available|online|live)\s(?:to|for)\s{_USERS}|\bgenerally\savailable\b"
    # "is serving customers on GB300 systems"
    rf"|\bserv(?:es|ed|ing)\s{_USERS}\s(?:[\w-]+\s){{0,2}}?(?:on|from|with)\b",
)
# what a cloud offers, not what a maker sells
_RENTED_GOODS = re.compile(r"\b(?:capacity|instances?|clusters?|compute|virtual\smachines|vms)\b")
# Goods only a cloud offers: a maker "offers GB300 clusters to corporate customers" as a
# sale (review 12 F1), so "offer"/"provide" with clusters is a rental only in a lessor's
# words ("rents", "leases", "serves") or a cloud company's mouth.
_CLOUD_ONLY_GOODS = re.compile(r"\b(?:capacity|instances?|compute|virtual\smachines|vms)\b")
_OFFER_WORDING = re.compile(r"\b(?:offer|provid)\w*\s")


def provided_to_users(s: Sentence, span: Span) -> int | None:
    """Where a clause tells a provider putting the product at its users' disposal, if it
    does (English): the start of the words that say so."""
    if s.language != "en":
        return None
    m = _PROVIDED.search(s.lowered, span.start, span.end)
    return m.start() if m is not None else None


def rented_out(s: Sentence, span: Span) -> bool:
    """Whether the clause provides capacity, instances or clusters to its users ("offers
    GB300 capacity to its customers", "rents out B200 clusters"): a cloud's service, not
    a sale of servers. Clusters merely offered are a maker's sale ("Dell offers GB300
    clusters to corporate customers")."""
    start = provided_to_users(s, span)
    if start is None or _RENTED_GOODS.search(s.lowered, span.start, span.end) is None:
        return False
    if not _OFFER_WORDING.match(s.lowered, start):
        return True
    return _CLOUD_ONLY_GOODS.search(s.lowered, span.start, span.end) is not None


def provider_own_use(s: Sentence, span: Span, subject: str) -> bool:
    """Whether the clause's subject provides the product to its users out of its own
    data centers: a cloud company ([cloud_roles]) saying so, or any company renting out
    capacity, instances or clusters ("SK Telecom rents out B200 clusters to developers")."""
    if provided_to_users(s, span) is None:
        return False
    return is_cloud_company(s, subject) or rented_out(s, span)


def not_provider(s: Sentence, clause: Span, trig: int, subject: str) -> bool:
    """Whether the clause's only verb of use is a provision to users ("is serving
    customers on …") and its subject is no provider of its own service."""
    if s.trigger_pos("adopts", clause) is not None or trig != provided_to_users(s, clause):
        return False  # a verb of use of its own ("offers", "rents")
    return not provider_own_use(s, clause, subject)


def provider_mode(
    s: Sentence, clause: Span, subject: str, qualifiers: dict[str, str]
) -> dict[str, str]:
    """``qualifiers`` of an adoption, on its own premises when the subject provides the
    product to its users and names no other provider it goes through."""
    if qualifiers.get("via", subject) == subject and provider_own_use(s, clause, subject):
        return {"mode": "on-prem"}
    return qualifiers
