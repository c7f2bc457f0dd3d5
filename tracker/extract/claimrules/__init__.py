"""Claim rules: one function per predicate family, each pairing the subjects, quantities,
objects and times of one analysed sentence into candidate claims.

Rules run in a fixed order and a quantity used by one rule is not offered to the next
(a count in a supply deal is not also a deployment). Every rule is a plain function of
the sentence, so it is tested without a document or a database.
"""

from __future__ import annotations

from tracker.extract.claimrules.capacity import capacity_rule
from tracker.extract.claimrules.common import Rule
from tracker.extract.claimrules.deployments import deployed_chips_rule
from tracker.extract.claimrules.integrates import integrates_rule
from tracker.extract.claimrules.investment import investment_rule
from tracker.extract.claimrules.locations import located_in_rule
from tracker.extract.claimrules.relations import adopts_rule
from tracker.extract.claimrules.specs import chips_per_system_rule, spec_rule
from tracker.extract.claimrules.supply import supply_deal_rule
from tracker.extract.claimrules.supply_roles import supply_role_rule
from tracker.extract.claimrules.trains_on import trains_on_rule

RULES: tuple[Rule, ...] = (
    spec_rule,
    chips_per_system_rule,
    supply_deal_rule,
    supply_role_rule,
    deployed_chips_rule,
    capacity_rule,
    investment_rule,
    adopts_rule,
    integrates_rule,
    trains_on_rule,
    located_in_rule,
)
"""Every rule, in the order they claim quantities."""
