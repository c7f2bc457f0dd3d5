"""English: a cloud giving a named customer access to capacity of a product rents it out.

"… to provide Meta with access to cloud computing capacity, including GB300 systems", "signed
a contract to give Microsoft access to GB300 capacity", "will offer Apple early access to
B200 clusters": the company given access rents the product from the one that gives it
(GUIDE, settled case: a cloud contract to rent a named product is a supply_deal from the
cloud and an adopts, mode cloud, via the provider). The supply rule oriented such a deal by
the product's maker (Nvidia sells the GB300) or by the order of the names, and no adoption
was read; a clause with no deal read is left alone (a contract that "will give" access is
often told as done in another clause). The giver is the company named before the verb that
is not the customer, else the issuer when the text says "we"; a giver that is no cloud (a
chip maker giving a lab early access to samples) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, is_cloud_company
from tracker.extract.entities import Mention

_ACCESS = re.compile(
    r"\b(?:provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|offer(?:s|ed|ing)?"
    r"|grant(?:s|ed|ing)?|suppl(?:y|ies|ied|ying))\s(?P<who>[^,;.]{1,40}?)\s(?:with\s)?"
    r"(?:(?:early|priority|dedicated|exclusive|guaranteed|reserved)\s)?access\sto\s"
)
_WE = re.compile(r"\b(?:we|our)\b")
_PRODUCTS = ("chip", "system")


def access_given(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each deal of the customer given access turned to come from the giver,
    and the customer's cloud use of the product through it."""
    if s.language != "en" or "access to" not in s.lowered:
        return found
    for m in _ACCESS.finditer(s.lowered):
        customer = next((c for c in _companies(s) if c.start == m.start("who")), None)
        if customer is None:
            continue
        giver = _giver(s, m.start(), customer.id) or _deal_seller(found, customer.id)
        if giver is None or not is_cloud_company(s, giver):
            continue
        clause = s.clause_of(m.start())
        products = {
            p.id
            for p in s.of_kind(_PRODUCTS)
            if m.end() <= p.start < min(clause.end, m.end() + 90) and not s.is_compared(p)
        }
        found = _rented(found, customer.id, giver, products)
    return found


def _companies(s: Sentence) -> list[Mention]:
    return [m for m in s.of_kind(("company",)) if not m.anaphoric]


def _giver(s: Sentence, verb: int, customer: str) -> str | None:
    """Who gives the access: the last company named before the verb that is not the
    customer, else the issuer when the clause speaks as "we"."""
    clause = s.clause_of(verb)
    before = [c for c in _companies(s) if c.end <= verb and c.id != customer]
    if before:
        return before[-1].id
    issuer = s.focus.issuer
    if issuer is not None and _WE.search(s.lowered, clause.start, verb) is not None:
        return issuer.id
    return None


def _deal_seller(found: list[Candidate], customer: str) -> str | None:
    """The seller of the customer's one deal made, read in the sentence, when no giver is
    named before the verb ("October's deal gives Anthropic access to up to a million TPUs").
    A deal still in talks ("the arrangement under discussion would give Apple access …")
    refers back to talks told with their own use and timing: left alone."""
    sellers = {
        c.object
        for c in found
        if c.predicate == "supply_deal" and c.subject == customer and c.modality == "actual"
    }
    return next(iter(sellers)) if len(sellers) == 1 else None


def _rented(
    found: list[Candidate], customer: str, giver: str, products: set[str]
) -> list[Candidate]:
    """The deals of the pair turned to run from the giver to the customer, and the
    customer's cloud use of each product they trade."""
    out: list[Candidate] = []
    deals: list[Candidate] = []
    for c in found:
        product = c.qualifiers.get("product", "")
        if c.predicate == "supply_deal" and (
            (c.subject == customer and (product in products or not product))
            or {c.subject, c.object} == {customer, giver}
        ):
            deals.append(replace(c, subject=customer, object=giver))
            out.append(deals[-1])
        else:
            out.append(c)
    if not deals:
        return found
    traded = {d.qualifiers["product"] for d in deals if d.qualifiers.get("product")}
    # the customer's use of what it rents, read again through the giver
    out = [
        c
        for c in out
        if not (c.predicate == "adopts" and c.subject == customer and c.object in traded)
    ]
    mode = {"mode": "cloud", "via": giver}
    for deal in deals:
        if deal.qualifiers.get("product"):
            out.append(
                replace(
                    deal,
                    predicate="adopts",
                    qualifiers=mode,
                    object=deal.qualifiers["product"],
                    value=None,  # a use has no count (GUIDE: adopts is a relation)
                )
            )
    return out
