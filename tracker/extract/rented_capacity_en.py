"""The capacity a customer rents, referred back to its deal (English, session 11).

"CoreWeave will provide Meta with some 30,000 GB200 chips … Meta is to lease the
capacity from 2028", "…; Meta will start drawing on this capacity next spring": a customer
that rents or uses "the capacity" of a supply deal told earlier in the text adopts its
product through the cloud that sells it (GUIDE: a cloud contract to rent a product is a deal with
the cloud and an adoption, mode cloud, via the provider), at this sentence's own time.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, _anchors
from tracker.extract.settled_share_en import settled_modality

# "is to lease the capacity", "will start using this capacity", "rents this GPU capacity"
_RENTS_CAPACITY = re.compile(
    r"\b(?:rents?|renting|rented|lease[sd]?|leasing|uses?|using|used|tap(?:s|ping)?)\s"
    r"(?:(?:the|that|this|its|all\sof\sthe|all\sthat|much\sof\sthe|part\sof\sthe)\s)"
    r"(?:(?:new|gpu|ai|compute|extra|added)\s)*capacity\b",
    re.I,
)
_REACH = 12  # sentences back a deal is still "the capacity"


class RentedCapacity:
    """Remembers each customer's last English supply deal from a seller of compute."""

    def __init__(self) -> None:
        self._deals: dict[str, tuple[int, Candidate]] = {}
        self._fleet: tuple[int, Candidate] | None = None  # the last company's chips installed

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """An adoption for "<customer> will rent the capacity" after its deal, unless the
        sentence already has one; then remember this sentence's deals."""
        out: list[Candidate] = []
        if s.language == "en":
            out = self._rented(s, found)
            for c in found:
                if c.predicate == "supply_deal" and c.object and c.qualifiers.get("product"):
                    self._deals[c.subject] = (s.index, c)
                elif c.predicate == "deployed_chips" and c.qualifiers.get("chip"):
                    self._fleet = (s.index, c)
        return out

    def _source(self, s: Sentence, renter: str) -> tuple[str, str] | None:
        """(product, provider) of the capacity the renter refers to: its own deal told
        earlier, else the chips another company said it installs just before ("Lambda
        is putting 12,000 B300 GPUs in Kansas … Cohere will lease this capacity")."""
        known = self._deals.get(renter)
        if known is not None and s.index - known[0] <= _REACH and known[1].object:
            return known[1].qualifiers["product"], known[1].object
        fleet = self._fleet
        if fleet is not None and s.index - fleet[0] <= 2 and fleet[1].subject != renter:
            return fleet[1].qualifiers["chip"], fleet[1].subject
        return None

    def _rented(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        hit = _RENTS_CAPACITY.search(s.text)
        if hit is None:
            return []
        renters = [m for m in s.of_kind(("company",)) if m.end <= hit.start()]
        if not renters:
            return []
        renter = renters[-1].id
        source = self._source(s, renter)
        if source is None:
            return []
        product, provider = source
        entity = s.vocabulary.entity(product)
        if entity is not None and entity.maker == provider:
            return []  # bought from the chip's maker: no capacity rented
        if any(c.predicate == "adopts" and c.subject == renter for c in found):
            return []
        valid = s.valid_for(hit.start(), _anchors(s))
        clause = s.clause_of(hit.start())
        modality = s.modality(hit.start(), valid, clause)
        if modality is None:
            return []
        # "Meta will lease this capacity from 2028": a term of the deal told (announced)
        text = s.text[clause.start : clause.end]
        modality = settled_modality(text, hit.start() - clause.start, modality)
        qualifiers = {"mode": "cloud", "via": provider}
        return [Candidate(renter, "adopts", modality, valid, hit.start(), qualifiers, product)]
