"""The claim rules' import path: the rules themselves live in :mod:`tracker.extract.claimrules`
(one module per predicate family), and this module re-exports what the extractor, the rule
order (:mod:`tracker.extract.ruleset`) and the phrasing-family modules import from here.

Module map of :mod:`tracker.extract.claimrules`:

- ``common``: :class:`Candidate`, :class:`RuleState`, the subject company of a clause and
  the helpers several families share
- ``specs``: ``spec_rule`` and ``chips_per_system_rule``
- ``supply``: ``supply_deal_rule``; ``deal_parties``: which company in a deal is the
  customer and which the supplier; ``supply_roles``: ``supply_role_rule``
- ``use_modes``: the ``mode`` / ``via`` of a use (cloud, on-prem, through a provider)
- ``deployments``: ``deployed_chips_rule``
- ``capacity``: ``capacity_rule``
- ``investment``: ``investment_rule``
- ``relations``: ``adopts_rule``; ``integrates``: ``integrates_rule``; ``trains_on``:
  ``trains_on_rule``; ``locations``: ``located_in_rule``
- ``table_rows``: ``table_candidates``
- ``__init__``: :data:`RULES`, every rule in the order they claim quantities
"""

from __future__ import annotations

from tracker.extract.claimrules import RULES
from tracker.extract.claimrules.capacity import capacity_rule
from tracker.extract.claimrules.common import (
    Candidate,
    Rule,
    RuleState,
    _announced,
    _increment,
    _own_number,
)
from tracker.extract.claimrules.deal_parties import _deal_parties
from tracker.extract.claimrules.deployments import deployed_chips_rule
from tracker.extract.claimrules.integrates import integrates_rule
from tracker.extract.claimrules.investment import CURRENCIES, investment_rule
from tracker.extract.claimrules.locations import located_in_rule
from tracker.extract.claimrules.relations import adopts_rule
from tracker.extract.claimrules.specs import SPEC_UNITS, chips_per_system_rule, spec_rule
from tracker.extract.claimrules.supply import supply_deal_rule
from tracker.extract.claimrules.supply_roles import supply_role_rule
from tracker.extract.claimrules.table_rows import table_candidates
from tracker.extract.claimrules.trains_on import trains_on_rule

__all__ = [
    "CURRENCIES",
    "RULES",
    "SPEC_UNITS",
    "Candidate",
    "Rule",
    "RuleState",
    "_announced",
    "_deal_parties",
    "_increment",
    "_own_number",
    "adopts_rule",
    "capacity_rule",
    "chips_per_system_rule",
    "deployed_chips_rule",
    "integrates_rule",
    "investment_rule",
    "located_in_rule",
    "spec_rule",
    "supply_deal_rule",
    "supply_role_rule",
    "table_candidates",
    "trains_on_rule",
]
