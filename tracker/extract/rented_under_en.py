"""A rental under a contract is a supply deal too (English): "OpenAI already rents Nvidia
GB200 and GB300 systems from AWS under a seven-year contract", "OpenAI still rents GB200
capacity from CoreWeave under contracts worth up to $22.4 billion". GUIDE, session 15:
renting a named product from a provider told with a contract in the sentence is an
`adopts` (read by the adoption rule) and a `supply_deal` from the provider; told as a
present state with no contract, it is the adoption only."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span

_COMPANY = ("company",)
_GOODS = ("chip", "system")
# "rents Nvidia GB200 and GB300 systems from AWS": the verb, a few words, the provider
_RENTS_FROM = re.compile(
    r"\b(?:rent|rents|rented|renting|lease|leases|leased|leasing)\s(?P<goods>[^,;.]{1,60}?)"
    r"\sfrom\s"
)
# "under a seven-year contract", "under contracts worth …", "under its agreement with …"
_UNDER_CONTRACT = re.compile(
    r"\bunder\s(?:an?\s|the\s|its\s|their\s|a\snew\s)?(?:[\w-]+\s){0,2}?"
    r"(?:contracts?|agreements?|deals?)\b"
)


def rented_under_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Supply deals of products rented from a provider under a contract (English)."""
    if s.language != "en" or " under " not in s.lowered or "from " not in s.lowered:
        return []
    out: list[Candidate] = []
    for m in _RENTS_FROM.finditer(s.lowered):
        clause = s.clause_of(m.start())
        if clause.start in state.deal_clauses:
            continue
        if not _UNDER_CONTRACT.search(s.lowered, m.end(), clause.end):
            continue
        provider = next((c for c in s.of_kind(_COMPANY) if c.start == m.end()), None)
        goods = s.of_kind(_GOODS, Span(m.start("goods"), m.end("goods")))
        renters = s.of_kind(_COMPANY, Span(clause.start, m.start()))
        if provider is None or not goods or not renters or renters[-1].id == provider.id:
            continue
        valid = s.valid_for(m.start(), [q.start for q in s.quantities])
        modality = s.modality(m.start(), valid, clause)
        if modality is None or modality == "forecast":
            continue
        for product in goods:
            if product.entity.maker == renters[-1].id:
                continue
            qualifiers = {"product": product.id}
            out.append(
                Candidate(
                    renters[-1].id,
                    "supply_deal",
                    modality,
                    valid,
                    m.start(),
                    qualifiers,
                    provider.id,
                )
            )
    return out
