"""English supply deals told in the passive, the supplier as agent and the buyer left to
the context.

"The GB200 racks were supplied by Dell", "its B300 servers will be built by Supermicro",
"the H200 systems, each holding eight GPUs, are delivered by Foxconn": a deal of the goods
from the agent, to the company they are for. Nobody named in the clause buys, so the
supply rule took the agent for the customer and the chip's maker for the supplier (Dell
buying GB200 from Nvidia). The customer here is the one the goods are said to belong to
("Together AI's racks"), else the company the text is about (salience), never the agent
nor the chip's maker. A gapped second conjunct ("…, and the B200 servers by Supermicro")
is a deal of its own. A foundry as agent ("made by TSMC") is the foundry rule's; an
unnamed agent ("built by a third party") or no company in view gives nothing.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.own_word import _PLAN_WORD, _WILL, own_future_action
from tracker.extract.rules import Candidate, RuleState

_PRODUCTS = ("chip", "system")
# the passive right before the agent's name: "were supplied by", "will be built by", "are
# to be delivered by", "has been shipped mostly by"
_PASSIVE = re.compile(
    r"\s(?:is|are|was|were|(?:has|have|had)\sbeen|will\sbe|would\sbe|(?:is|are)\sto\sbe"
    r"|(?:is|are)\sbeing|being)\s(?:(?:all|mostly|largely|mainly|also|now|already|"
    r"entirely|jointly|chiefly|primarily)\s)?"
    r"(?P<verb>supplied|built|delivered|shipped|provided|assembled|integrated|racked)"
    r"\s(?:(?:and\s[a-z]+|mostly|largely|mainly|entirely)\s)?by\s(?:the\s)?$"
)
# between the goods and the passive: their noun ("NVL72 racks", "servers") and at most one
# apposition between commas (", each linking 72 GPUs over NVLink,")
# The goods' noun comes right after the product, with one modifier at most: "the GB300
# benchmark results were provided by Dell" are no goods (review 12 F10)
_GOODS_GAP = re.compile(
    r"^(?:\s(?:[\w-]+\s)?(?:racks?|servers?|systems?|nodes?|clusters?|boards?|cards?|gpus?"
    r"|chips?|pods?|units|accelerators?|superchips?|machines|cabinets|trays?|blades?)\b"
    r"[\w\s-]{0,24}?)?\s?(?:,[^,;]{1,70},)?$"
)
# "… were built by Supermicro for a different customer": goods of another buyer
_FOR_ANOTHER = re.compile(
    r"\s(?:[\w\s]{0,20}?\s)?for\s(?:a|an|another|other|a\sdifferent|some)\s(?:[\w-]+\s)?"
    r"(?:customers?|clients?|buyers?|users?|operators?)\b"
)
# a product named inside that apposition ("each linking 72 Blackwell GPUs,"): not the goods
_IN_APPOSITION = re.compile(r"^[^,;]{0,70},$")
# a gapped conjunct: "…, and the B200 servers by Supermicro"
_GAPPED = re.compile(r"^,?\s(?:and|while|with)\s(?:the\s|its\s|their\s)?$")
_GAPPED_TAIL = re.compile(r"^[\w\s-]{0,24}?\sby\s(?:the\s)?$")


def passive_supplier_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: goods supplied by a named agent, to the company they are for."""
    if s.language != "en" or s.table is not None:
        return []
    out = _with_builder(s, state) if " with " in s.lowered else []
    if " by " not in s.lowered:
        return out
    foundries = set(s.vocabulary.cue_list("anaphora_roles", "foundry"))
    companies = [m for m in s.of_kind(("company",)) if not m.anaphoric]
    for agent in companies:
        if agent.id in foundries:
            continue  # "made by TSMC": the foundry rule's
        clause = s.clause_of(agent.start)
        passive = _PASSIVE.search(s.lowered, max(clause.start, agent.start - 60), agent.start)
        if passive is None:
            continue
        goods = _goods_before(s, passive.start(), clause.start)
        if goods is None:
            continue
        state.deal_clauses.add(clause.start)  # the agent sells, whoever buys
        if _FOR_ANOTHER.match(s.lowered, agent.end):
            continue
        customer = _customer(s, goods, passive.start(), {agent.id})
        if customer is None:
            continue
        verb = passive.start("verb")
        valid = s.valid_for(verb, [])
        modality = _bare_future(s, own_future_action(s, s.modality(verb, valid, clause), clause))
        if modality is None:
            continue
        deal = Candidate(
            customer, "supply_deal", modality, valid, agent.start, {"product": goods.id}, agent.id
        )
        out.append(deal)
        out.extend(_gapped(s, agent, deal, companies))
    return out


# "…, with Dell building and integrating the racks": the maker of the goods in an absolute
# clause after the statement that names them
_WITH_BEFORE = re.compile(r",?\swith\s$")
_BUILDING = re.compile(
    r"\s(?:building|supplying|delivering|providing|assembling|shipping|integrating|making)"
    r"(?:\sand\s[a-z]+ing)?\s(?:the|its|their|those|all\sthe)\s(?:[\w-]+\s){0,2}?"
    r"(?:racks|servers|systems|nodes|boards|machines|cabinets)\b"
)


def _with_builder(s: Sentence, state: RuleState) -> list[Candidate]:
    """ "CoreWeave brought GB300 NVL72 systems online, with Dell building the racks": the
    builder sells the goods named before "with" to the sentence's first company."""
    out: list[Candidate] = []
    companies = s.of_kind(("company",))
    for agent in companies:
        if agent.anaphoric or not _WITH_BEFORE.search(
            s.lowered, max(0, agent.start - 7), agent.start
        ):
            continue
        if not _BUILDING.match(s.lowered, agent.end):
            continue
        goods = [p for p in s.of_kind(_PRODUCTS) if p.end <= agent.start and not s.is_compared(p)]
        if not goods:
            continue
        product = goods[-1]
        buyers = [
            m
            for m in companies
            if m.end <= product.start and m.id not in (agent.id, product.entity.maker)
        ]
        if not buyers:
            continue
        clause = s.clause_of(product.start)
        valid = s.valid_for(product.start, [])
        modality = s.modality(product.start, valid, clause)
        if modality is None:
            continue
        state.deal_clauses.add(s.clause_of(agent.start).start)
        out.append(
            Candidate(
                buyers[0].id,
                "supply_deal",
                modality,
                valid,
                agent.start,
                {"product": product.id},
                agent.id,
            )
        )
    return out


def _bare_future(s: Sentence, modality: Modality | None) -> Modality | None:
    """A deal's term with a bare "will" and no plan word or date to reach ("the racks will
    be built by Supermicro") is announced (GUIDE: a future with no date to reach)."""
    if modality != "planned" or not _WILL.search(s.text) or _PLAN_WORD.search(s.text):
        return modality
    return "announced" if not s.times else modality


def _goods_before(s: Sentence, end: int, start: int) -> Mention | None:
    """The product heading the passive's subject, right before it."""
    if s.lowered[start:end].endswith(","):
        start = max(0, end - 110)  # the clause may begin inside the apposition: look past it
    for p in reversed(s.of_kind(_PRODUCTS)):
        if start <= p.start and p.end <= end:
            between = s.lowered[p.end : end]
            if _GOODS_GAP.match(between) and not s.is_compared(p):
                return p
            if not _IN_APPOSITION.match(between):
                return None
    return None


def _customer(s: Sentence, goods: Mention, passive: int, exclude: set[str]) -> str | None:
    """Whose the goods are: a company named in their noun phrase ("the B200 servers
    CoreWeave runs", "the racks at Nebius") or as their possessor right before them, else
    the company the text is about; neither the agent nor the goods' maker."""
    if goods.entity.maker is not None:
        exclude = exclude | {str(goods.entity.maker)}
    inside = [
        m for m in s.of_kind(("company",)) if goods.end <= m.start < passive and m.id not in exclude
    ]
    if inside:
        return inside[0].id
    owners = [
        m
        for m in s.of_kind(("company",))
        if m.end <= goods.start and goods.start - m.end <= 24 and m.id not in exclude
    ]
    if owners and s.lowered.startswith(("'s", "’s"), owners[-1].end):
        return owners[-1].id
    if any(m.end <= goods.start for m in s.of_kind(("company",)) if m.id not in exclude):
        return None  # a company named before the goods in another role: not read here
    held = s.focus.salience.pick(None, s.index, exclude)
    return held.id if held is not None else None


def _gapped(
    s: Sentence, agent: Mention, deal: Candidate, companies: list[Mention]
) -> list[Candidate]:
    """ "…, and the B200 servers by Supermicro": the same deal shape for other goods."""
    out: list[Candidate] = []
    products = s.of_kind(_PRODUCTS)
    for p in products:
        if p.start < agent.end or not _GAPPED.match(s.lowered[agent.end : p.start]):
            continue
        tail = [
            m
            for m in companies
            if m.start > p.end and _GAPPED_TAIL.match(s.lowered[p.end : m.start])
        ]
        if tail and tail[0].id != deal.subject:
            out.append(
                Candidate(
                    deal.subject,
                    "supply_deal",
                    deal.modality,
                    deal.valid,
                    tail[0].start,
                    {"product": p.id},
                    tail[0].id,
                )
            )
    return out
