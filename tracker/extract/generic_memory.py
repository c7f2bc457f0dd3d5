"""English memory deals of no named generation: "SK hynix supplies the bulk of Nvidia's
HBM", "Samsung ships HBM to AMD": the buyer's memory from the one memory maker named, a
supply deal with no product qualifier (the gold records it so; HBM alone is no vocabulary
product). A generation named anywhere in the clause ("HBM4") leaves it to the supply rule.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.supply import MEMORY_MAKERS
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

# the maker's verb of supplying, then the buyer's memory: "supplies (the bulk of) Nvidia's
# HBM", "ships HBM to AMD", "is the main HBM supplier to Nvidia"
_SUPPLIES = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|ship(?:s|ped|ping)?|sell(?:s|ing)?|sold)\s",
    re.IGNORECASE,
)
_BUYERS_HBM = re.compile(
    r"^(?:(?:the\s)?(?:bulk|most|majority|lion['’]s\sshare|all|much|part|some)\sof\s)?$", re.I
)
_HBM = re.compile(r"['’]s\s(?:[\w-]+\s)?HBM\b(?![\d-])")
_HBM_TO = re.compile(r"^\s?HBM\s(?:chips\s|memory\s)?(?:to|for)\s$")


def generic_memory_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A memory maker supplying a named buyer's HBM of no named generation."""
    if s.language != "en" or "HBM" not in s.text:
        return []
    out: list[Candidate] = []
    companies = s.of_kind(("company",))
    for verb in _SUPPLIES.finditer(s.text):
        # "SK hynix, which supplies the bulk of Nvidia's HBM, will lift HBM4 capacity …":
        # a relative clause is its own statement
        clause = s.inner_of(verb.start()) or s.clause_of(verb.start())
        if s.of_kind(("memory", "technology"), clause):
            continue  # "HBM4" named: a product the supply rule reads
        makers = [m for m in companies if m.id in MEMORY_MAKERS and m.end <= verb.start()]
        buyer = _buyer(s, companies, verb.end())
        if not makers or buyer is None or buyer.id in MEMORY_MAKERS:
            continue
        maker = makers[-1]
        valid = point_at(s.published)
        modality = s.modality(verb.start(), valid, clause)
        if modality is None:
            continue
        out.append(Candidate(buyer.id, "supply_deal", modality, valid, verb.start(), {}, maker.id))
    return out + _hbm_deals(s, companies)


# a deal or talks for HBM with the buyer named after: "has wrapped up 2026 HBM supply talks
# with Nvidia", "signed an HBM supply agreement with AMD" (the talks' state is the cue's)
_HBM_DEAL_WITH = re.compile(
    r"\bHBM\s(?:supply\s|purchase\s)?(?:deal|agreement|contract|pact|talks|negotiations)"
    r"\s(?:with|for)\s$"
)


def _hbm_deals(s: Sentence, companies: list[Mention]) -> list[Candidate]:
    """A memory maker's HBM deal (or talks) of no named generation with the company named
    after it."""
    out: list[Candidate] = []
    for buyer in companies:
        deal = _HBM_DEAL_WITH.search(s.text, max(0, buyer.start - 60), buyer.start)
        if deal is None or buyer.id in MEMORY_MAKERS:
            continue
        clause = s.clause_of(deal.start())
        if s.of_kind(("memory", "technology"), clause):
            continue  # "HBM4" named: a product the supply rule reads
        makers = [m for m in companies if m.id in MEMORY_MAKERS and m.end <= deal.start()]
        if not makers:
            continue
        valid = point_at(s.published)
        modality = s.modality(deal.start(), valid, clause)
        if modality is not None:
            out.append(
                Candidate(buyer.id, "supply_deal", modality, valid, deal.start(), {}, makers[-1].id)
            )
    return out


def _buyer(s: Sentence, companies: list[Mention], start: int) -> Mention | None:
    """ "the bulk of Nvidia's HBM" or "HBM to Nvidia" right after the verb."""
    for m in companies:
        if m.start < start or m.start > start + 40:
            continue
        if _BUYERS_HBM.match(s.text[start : m.start]) and _HBM.match(s.text, m.end):
            return m
        if _HBM_TO.match(s.text[start : m.start]):
            return m
    return None
