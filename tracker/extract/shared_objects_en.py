"""Products and partners coordinated as the objects of one English statement (session 11).

"cloud instances built on Nvidia GB300 NVL72 racks and AMD Instinct MI325X GPUs": a use
or a deal for a list of products is one for each, even when each product carries its own
head noun and brand ("racks and AMD Instinct"), which the plain list walker
(coordination.joined_products) does not read past. "We signed contracts with Nvidia for
GB300 racks, and with AMD for MI355X GPUs": a second partner and product gapped after the
first deal make a second deal with the same verb, at the second product's own time ("with
shipments … due to start in 2027"). A listed product with a clause of its own ("the H100s
it bought") is told its own statement: nothing is copied to it.

A count is no listed product's own: a claim with a value is never copied.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.entities import Mention

_PRODUCTS = ("chip", "system", "memory")
# what may stand between two listed products: the first one's head noun, the joint, and the
# second one's brand ("GB300 NVL72 racks and AMD Instinct MI325X")
_HEAD = r"(?:\s(?:systems?|chips?|gpus?|accelerators?|racks?|servers?|parts|platforms?|"
_HEAD += r"superchips?|instances|capacity|processors?|units))?"
_BRAND = r"(?:(?:nvidia|amd|intel|google|aws|huawei|instinct|the|its|their)(?:['’]s)?\s){0,3}"
_PRODUCT_GAP = re.compile(_HEAD + r"(?:,\s(?:and\s)?|\s(?:and|&)\s|\sas\swell\sas\s)" + _BRAND)
# "…, and with AMD for MI450 accelerators": a second partner of the deal's verb, gapped
_GAPPED_PARTNER = re.compile(r",?\s(?:and|as\swell\sas|plus)\s(?:also\s)?with\s$")
_FOR = re.compile(r"\s(?:for|covering|to\s(?:buy|rent|supply))\s(?:[\w'’-]+\s){0,3}?$")


def shared_objects(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each use or deal of a listed product made each product's, and a deal
    gapped after it ("…, and with AMD for MI450 accelerators") added."""
    if s.language != "en" or not found:
        return found
    products = [m for m in s.of_kind(_PRODUCTS) if not m.anaphoric and not s.is_compared(m)]
    if len(products) < 2:
        return found
    seen = {_key(c) for c in found}
    out = list(found)
    for c in found:
        product = _product_of(c)
        if product is None or c.value is not None:
            continue
        for head in [m for m in products if m.id == product]:
            for other in _listed_after(s, head, products):
                _add(out, seen, _with_product(c, other.id))
            if c.predicate == "supply_deal":
                for partner, item in _gapped_deals(s, head, products):
                    valid = s.valid_for(item.start, [q.start for q in s.quantities])
                    copy = replace(_with_product(c, item.id), object=partner.id, valid=valid)
                    _add(out, seen, copy)
    return out


def _product_of(c: Candidate) -> str | None:
    if c.predicate == "adopts":
        return c.object
    if c.predicate == "supply_deal":
        return c.qualifiers.get("product")
    return None


def _with_product(c: Candidate, product: str) -> Candidate:
    if c.predicate == "adopts":
        return replace(c, object=product)
    return replace(c, qualifiers={**c.qualifiers, "product": product})


def _key(c: Candidate) -> tuple[object, ...]:
    return (c.subject, c.predicate, tuple(sorted(c.qualifiers.items())), c.object)


def _add(out: list[Candidate], seen: set[tuple[object, ...]], c: Candidate) -> None:
    if _key(c) not in seen:
        seen.add(_key(c))
        out.append(c)


def _listed_after(s: Sentence, head: Mention, products: list[Mention]) -> list[Mention]:
    """The products listed after ``head`` across head nouns and brands, in text order."""
    out: list[Mention] = []
    edge = head.end
    for m in products:
        if m.start < edge:
            continue
        if _PRODUCT_GAP.fullmatch(s.lowered, edge, m.start) is None:
            break
        if _own_clause(s, m):
            break  # "… as well as the H100 chips it bought last year": its own statement
        if m.id != head.id:
            out.append(m)
        edge = m.end
    return out


# a listed product that carries its own clause: a relative ("the H100 chips that it
# bought", "which it leases"), a contact clause with a pronoun subject ("the H100 chips it
# bought"), or a participle ("the H100s bought last year"): what is said of it is its own
_OWN_CLAUSE = re.compile(
    _HEAD + r"(?:,?\s(?:that|which|who|whose)\b|\s(?:it|they|we|he|she|you)\s"
    r"|\s(?:\w+ed|bought|built|sold|made|won|held|kept|got|gotten|taken|brought)\b)"
)
_HEAD_THEN_SPACE = re.compile(_HEAD + r"\s")


def _own_clause(s: Sentence, m: Mention) -> bool:
    """Whether the listed product ``m`` is followed by a clause of its own, or by a
    company that starts one ("the H100s OpenAI bought")."""
    own = _OWN_CLAUSE.match(s.lowered, m.end)
    if own is not None:
        return True
    head = _HEAD_THEN_SPACE.match(s.lowered, m.end)
    at = head.end() if head is not None else m.end + 1
    return any(c.start == at for c in s.of_kind(("company",)))


def _gapped_deals(
    s: Sentence, head: Mention, products: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """(partner, product) of each deal gapped after ``head``'s: ", and with AMD for MI450"."""
    out: list[tuple[Mention, Mention]] = []
    companies = [m for m in s.of_kind(("company",)) if m.start > head.end]
    for partner in companies:
        joint = _GAPPED_PARTNER.search(s.text, max(head.end, partner.start - 40), partner.start)
        if joint is None or not _no_verb_between(s.text[head.end : joint.start()]):
            continue
        item = next(
            (
                m
                for m in products
                if m.start > partner.end and _FOR.fullmatch(s.text, partner.end, m.start)
            ),
            None,
        )
        if item is not None:
            out.append((partner, item))
    return out


# a gap that goes on with its own verb is another statement, not the deal's second partner
_VERB_IN_GAP = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")


def _no_verb_between(gap: str) -> bool:
    return _VERB_IN_GAP.search(gap) is None
