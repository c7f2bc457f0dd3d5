"""The ordered claim rules the extractor runs: :data:`tracker.extract.rules.RULES` with the
phrasing families kept in their own modules placed where they must claim quantities first
(a spec line's fields before the sentence-level spec and count rules)."""

from __future__ import annotations

from tracker.extract.adoption_asides_ko import adoption_aside_rule
from tracker.extract.allotments_en import allotment_rule
from tracker.extract.asides import aside_investment_rule
from tracker.extract.assemblers import assembler_rule
from tracker.extract.backers import backer_rule
from tracker.extract.bought_gpus_en import bought_gpus_rule
from tracker.extract.chip_memory_en import chip_memory_rule_en
from tracker.extract.chip_memory_ko import chip_memory_rule
from tracker.extract.chosen_makers_en import chosen_maker_rule
from tracker.extract.claimrules.assembled_ko import assembled_rule
from tracker.extract.claimrules.offered_services_ko import offered_service_rule
from tracker.extract.claimrules.supply_roles import supply_role_rule
from tracker.extract.clefts_ko import cleft_adoption_rule
from tracker.extract.compute_deals import compute_deal_rule
from tracker.extract.compute_deals_ko import compute_deal_rule_ko
from tracker.extract.customer_lists_en import customer_list_rule
from tracker.extract.customer_roles import customer_role_rule
from tracker.extract.customers_won import customer_won_rule
from tracker.extract.deal_sizes_en import deal_size_rule
from tracker.extract.foundries_en import foundry_rule_en
from tracker.extract.foundries_ko import foundry_rule
from tracker.extract.funded_by import funded_by_rule
from tracker.extract.gapped_orders_en import gapped_order_rule
from tracker.extract.general_availability import ga_adopts_rule_en, ga_adopts_rule_ko
from tracker.extract.generic_memory import generic_memory_rule
from tracker.extract.integration import built_around_rule
from tracker.extract.joined_signing_en import joined_signing_rule
from tracker.extract.lessors import lessor_rule
from tracker.extract.listed_counts_ko import listed_count_rule, listed_deal_rule
from tracker.extract.memory_in_chips_en import memory_in_chip_rule
from tracker.extract.own_chips_en import own_chip_rule_en
from tracker.extract.own_chips_ko import own_chip_rule
from tracker.extract.pair_items_ko import pair_item_rule
from tracker.extract.passive_suppliers_en import passive_supplier_rule
from tracker.extract.product_subject import product_subject_rule
from tracker.extract.received_goods_ko import received_goods_rule
from tracker.extract.relative_suppliers_en import relative_supplier_rule
from tracker.extract.rented_under_en import rented_under_rule
from tracker.extract.reported_shipments_en import reported_shipment_rule
from tracker.extract.reserved import share_taken_rule
from tracker.extract.roles import role_deal_rule
from tracker.extract.rules import (
    RULES,
    Rule,
    adopts_rule,
    deployed_chips_rule,
    integrates_rule,
    investment_rule,
    located_in_rule,
    supply_deal_rule,
)
from tracker.extract.server_goods_en import server_goods_rule
from tracker.extract.site_lists import site_list_rule
from tracker.extract.sites import site_place_rule
from tracker.extract.speclines import spec_line_rule
from tracker.extract.stakes import stake_rule
from tracker.extract.taken_volumes_ko import taken_volume_rule
from tracker.extract.tech_adoption import technology_adoption_rule
from tracker.extract.trade_clauses_en import trade_clause_rule as trade_clause_rule_en
from tracker.extract.trade_clauses_ko import trade_clause_rule as trade_clause_rule_ko
from tracker.extract.unnamed_goods_ko import unnamed_goods_rule
from tracker.extract.use_clauses_en import use_clause_rule_en
from tracker.extract.use_clauses_ko import use_clause_rule_ko


def _ordered(base: tuple[Rule, ...], before: dict[Rule, tuple[Rule, ...]]) -> tuple[Rule, ...]:
    """``base`` with each family of ``before`` inserted ahead of its rule."""
    out: list[Rule] = []
    for rule in base:
        out.extend(before.get(rule, ()))
        out.append(rule)
    return tuple(out)


_TUNED: tuple[Rule, ...] = _ordered(
    RULES,
    {
        RULES[0]: (spec_line_rule,),
        integrates_rule: (built_around_rule, technology_adoption_rule),
        located_in_rule: (site_place_rule, site_list_rule),
        investment_rule: (funded_by_rule, backer_rule, stake_rule, aside_investment_rule),
        supply_deal_rule: (
            listed_deal_rule,
            chosen_maker_rule,
            role_deal_rule,
            customer_won_rule,
            generic_memory_rule,
            memory_in_chip_rule,
            chip_memory_rule,
            chip_memory_rule_en,
            pair_item_rule,
            assembler_rule,
            assembled_rule,
            passive_supplier_rule,
            reported_shipment_rule,
            relative_supplier_rule,
            gapped_order_rule,
            server_goods_rule,
            joined_signing_rule,
            deal_size_rule,
        ),
        supply_role_rule: (
            customer_list_rule,
            compute_deal_rule_ko,
            unnamed_goods_rule,
            received_goods_rule,
            foundry_rule,
            foundry_rule_en,
            taken_volume_rule,
            compute_deal_rule,
            rented_under_rule,
        ),  # after the supply rule's deals
        deployed_chips_rule: (
            customer_role_rule,  # after every supply rule: a clause none of them read
            trade_clause_rule_ko,  # after every supply rule: a clause none of them read
            share_taken_rule,
            allotment_rule,
            bought_gpus_rule,
            listed_count_rule,
            # after every tuned supply rule, before the fleets claim their counts: the general
            # reader of English trade clauses, a deal only where no rule before gave one
            trade_clause_rule_en,
        ),
        adopts_rule: (
            lessor_rule,
            product_subject_rule,
            own_chip_rule,
            own_chip_rule_en,
            offered_service_rule,
            ga_adopts_rule_en,
            ga_adopts_rule_ko,
            adoption_aside_rule,
            cleft_adoption_rule,
        ),
    },
)

ALL_RULES: tuple[Rule, ...] = (
    *_TUNED,
    # last: the general reader of use clauses proposes an adoption only where no rule
    # before read one for that company and product (a fallback)
    use_clause_rule_en,
    use_clause_rule_ko,
)
"""Every rule, in the order they claim quantities."""
