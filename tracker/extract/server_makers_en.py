"""A server or system maker's own products are no purchase and no use (English): "The HPE
ProLiant XD685 with AMD Instinct MI355X GPUs is available to order now", "HPE has begun
volume shipments of the NVIDIA GB300 NVL72 by HPE", "Dell Technologies, which supplies its
B200 servers". GUIDE, session 16: a server or system maker building, shipping or offering
servers that carry a chip gives no `supply_deal` from the chipmaker (the sentence tells the
maker's product), and the dev gold has no English `adopts` by one with no place of use. Its
purchases said as such stay ("Substantially all of the GPUs we incorporate … are purchased
from NVIDIA"), and so does its use in its own data centers (on-prem)."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import SERVER_MAKERS
from tracker.extract.rules import Candidate

_GOODS = ("chip", "system")
# a purchase said as such: "are purchased from NVIDIA", "we also purchase accelerators from"
_BOUGHT = re.compile(
    r"\b(?:purchas(?:e|es|ed|ing)|buy|buys|bought|buying|sourc(?:e|es|ed|ing)|procur\w*"
    r"|ordered|orders\sfrom)\b"
)


def server_makers_en(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` without a server maker's adoption of a chip or system, nor its purchase
    of one the sentence does not say it buys."""
    if s.language != "en" or not any(c.subject in SERVER_MAKERS for c in found):
        return found
    return [c for c in found if not _own_product(s, c)]


def _own_product(s: Sentence, c: Candidate) -> bool:
    if c.subject not in SERVER_MAKERS or c.object is None:
        return False
    if c.predicate == "adopts":
        # one running a chip in its own data centers still uses it ("Dell runs Gaudi 3 in
        # its own data centers for internal workloads": on-prem)
        entity = s.vocabulary.entities.get(c.object)
        return entity is not None and entity.kind in _GOODS and not c.qualifiers
    return c.predicate == "supply_deal" and _BOUGHT.search(s.lowered) is None
