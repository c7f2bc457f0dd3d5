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
from tracker.extract.coordination import list_after
from tracker.extract.entities import Mention
from tracker.extract.own_word import _PLAN_WORD, _WILL, own_future_action
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span

_PRODUCTS = ("chip", "system")
# the passive right before the agent's name: "were supplied by", "will be built by", "are
# to be delivered by", "has been shipped mostly by"
_PASSIVE = re.compile(
    r"\s(?:is|are|was|were|(?:has|have|had)\sbeen|will\sbe|would\sbe|(?:is|are)\sto\sbe"
    r"|(?:is|are)\sbeing|being)\s(?:(?:all|mostly|largely|mainly|also|now|already|"
    r"entirely|jointly|chiefly|primarily|principally)\s)?"
    r"(?P<verb>supplied|built|delivered|shipped|provided|assembled|integrated|racked)"
    r"\s(?:(?:and\s[a-z]+|mostly|largely|mainly|entirely|principally|primarily)\s)?by\s(?:the\s)?$"
)
# goods obtained from the agent, with or without an auxiliary: "the HGX servers came from
# Supermicro", "racks bought from Dell", "are to be procured from HPE", "were sourced
# mostly from Quanta", "will come from Wiwynn"
_FROM = re.compile(
    r"\s(?:(?:is|are|was|were|(?:has|have|had)\sbeen|will\sbe|would\sbe|(?:is|are)\sto\sbe"
    r"|(?:is|are)\sbeing|being)\s)?(?:(?:all|mostly|largely|mainly|also|now|already|"
    r"entirely|jointly|chiefly|primarily)\s)?"
    r"(?P<verb>bought|purchased|procured|sourced|ordered|acquired|leased|came|come|comes"
    r"|coming|will\scome)\s(?:(?:mostly|largely|mainly|entirely|directly|in\spart)\s)?"
    r"from\s(?:the\s)?$"
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
    if " by " not in s.lowered and " from " not in s.lowered:
        return out
    foundries = set(s.vocabulary.cue_list("anaphora_roles", "foundry"))
    companies = [m for m in s.of_kind(("company",)) if not m.anaphoric]
    for agent in companies:
        if agent.id in foundries:
            continue  # "made by TSMC": the foundry rule's
        clause = s.clause_of(agent.start)
        window = max(clause.start, agent.start - 60)
        passive = _PASSIVE.search(s.lowered, window, agent.start) or _FROM.search(
            s.lowered, window, agent.start
        )
        if passive is None:
            continue
        if passive.re is _FROM and not _from_goods(s, passive.start(), clause, agent):
            continue
        goods = _goods_before(s, passive.start(), clause.start)
        # "…, and our servers are assembled by Dell": the goods open the conjunct
        part = _part_start(s, clause, passive.start())
        bare = goods is None and _BARE_GOODS.fullmatch(s.lowered, part, passive.start())
        if goods is None and (not bare or _COMPARED.search(s.lowered, clause.start, clause.end)):
            continue  # "Racks bought from Supermicro are cheaper than Dell's": any racks
        state.deal_clauses.add(clause.start)  # the agent sells, whoever buys
        if _FOR_ANOTHER.match(s.lowered, agent.end):
            continue
        customer = (
            _customer(s, goods, passive.start(), {agent.id})
            if goods is not None
            else _held(s, {agent.id}, passive.start(), part)
        )
        if customer is None:
            continue
        verb = passive.start("verb")
        valid = s.valid_for(verb, [])
        modality = _bare_future(s, own_future_action(s, s.modality(verb, valid, clause), clause))
        if modality is None:
            continue
        if modality in ("planned", "announced") and _CONCLUDED.search(s.lowered):
            modality = "actual"  # the goods are to come, the contract is signed: actual
        product = {"product": goods.id} if goods is not None else {}
        deal = Candidate(customer, "supply_deal", modality, valid, agent.start, product, agent.id)
        out.append(deal)
        out.extend(_gapped(s, agent, deal, companies))
        out.extend(_co_agents(s, agent, deal, companies, clause))
    return out


# the goods' site named by its owner before them: "Lambda's Kansas City site, which was
# fitted out with …", "xAI's Memphis campus, filled with …"
_SITE_OWNED = re.compile(
    r"['’]s\s(?:[\w-]+\s){0,3}?(?:site|campus|data\scent(?:er|re)|facility|hall|clusters?"
    r"|supercomputer|building)\b"
)
# a contract for the goods already signed, in the same sentence: "with which supply
# contracts have already been concluded", "under orders already placed", "the contracts
# were signed in May"
_CONCLUDED = re.compile(
    r"(?<!\bno\s)\b(?:contracts?|agreements?|orders?|deals?|purchase\sorders?)\s(?:[\w-]+\s){0,3}?"
    r"(?:(?:have|has|had)\s(?:already\s)?been|were|was|are|is|already)\s(?:already\s)?"
    r"(?:signed|concluded|placed|agreed|struck|executed)\b"
)
# servers or racks named by their noun alone heading the clause: "Servers are to be procured
# from HPE", "The GPU servers came from Dell"; a deal with no product
# "Substantially all of our GPUs are supplied by NVIDIA" in a company's own filing
_BARE_GOODS = re.compile(
    r"\s*(?:(?:substantially|nearly|almost|virtually)\sall\sof\s(?:the\s|its\s|their\s|our\s)"
    r"|(?:the\s|its\s|their\s|our\s|all\s(?:the\s)?))?(?:(?:new|gpu|ai|compute|hgx|"
    r"liquid-cooled|air-cooled)\s){0,2}(?:servers|server\sracks|gpu\sracks|racks|nodes|gpus)"
)


# goods compared, not had: "Racks bought from Supermicro are cheaper than Dell's"
_COMPARED = re.compile(r"\b(?:than|compared\s(?:with|to)|versus|vs\.?|unlike)\s")


# a buyer named after the seller: "ordered from Google by Anthropic", "came from Dell for Meta"
_BUYER_AFTER = re.compile(r"(?:\s[\w-]+){0,3}?\s(?:by|for)\s$")


def _from_goods(s: Sentence, passive: int, clause: Span, agent: Mention) -> bool:
    """Goods had from the agent with no buyer in the clause: no memory or process before
    the verb ("HBM4 for Rubin comes from SK hynix": the memory rule's) and no company named
    after the agent as buyer."""
    if s.of_kind(("memory", "process"), Span(clause.start, passive)):
        return False
    return not any(
        _BUYER_AFTER.fullmatch(s.lowered, agent.end, m.start)
        for m in s.of_kind(("company",), Span(agent.end, clause.end))
    )


def _co_agents(
    s: Sentence, agent: Mention, deal: Candidate, companies: list[Mention], clause: Span
) -> list[Candidate]:
    """ "procured from HPE and Dell", "shipped by Dell and Supermicro": each agent listed
    with the first one sells the same goods."""
    listed = list_after(
        s.text,
        [c for c in companies if c.start >= agent.end and c.end <= clause.end],
        agent.end,
        _listed,
    )
    return [
        Candidate(
            deal.subject, "supply_deal", deal.modality, deal.valid, m.start, deal.qualifiers, m.id
        )
        for m in listed
        if m.id not in (agent.id, deal.subject)
    ]


_LIST_GAP = re.compile(r"\s*(?:,|,?\sand|&)\s(?:the\s)?")


def _listed(gap: str, _begun: bool) -> bool:
    return _LIST_GAP.fullmatch(gap) is not None


_OWNERS = ("our", "its", "their")


_NEXT_PART = re.compile(r",\sand\s|;\s")


def _part_start(s: Sentence, clause: Span, pos: int) -> int:
    """Where the conjunct holding ``pos`` starts: after the last ", and" or ";" before it."""
    starts = [m.end() for m in _NEXT_PART.finditer(s.lowered, clause.start, pos)]
    return starts[-1] if starts else clause.start


def _held(s: Sentence, exclude: set[str], before: int, start: int = 0) -> str | None:
    """The company the text is about, for goods no company in the sentence is named with;
    the goods' owner when a possessive of the text's voice names it ("our GPUs are supplied
    by NVIDIA" in CoreWeave's filing)."""
    named = [
        m
        for m in s.of_kind(("company",))
        if start <= m.start and m.end <= before and m.id not in exclude
    ]
    if named and all(m.anaphoric and m.text.lower() in _OWNERS for m in named):
        return named[-1].id
    if named:
        return None  # a company named before the goods in another role: not read here
    held = s.focus.salience.pick(None, s.index, exclude)
    return held.id if held is not None else None


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
    """The product heading the passive's subject, right before it, or the one a relative
    clause of the passive is on ("GB200 NVL72 racks, which are supplied by Dell")."""
    relative = _RELATIVE_END.search(s.lowered, max(0, start - 8), end)
    if relative is not None:
        end, start = relative.start(), max(0, relative.start() - 110)
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


# the goods' relative clause right before its passive: "…racks, which are supplied by"
_RELATIVE_END = re.compile(r",\s(?:which|that)\s?$")


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
    before = [m for m in s.of_kind(("company",)) if m.end <= goods.start and m.id not in exclude]
    sites = [m for m in before if _SITE_OWNED.match(s.lowered, m.end)]
    if sites and {m.id for m in before} == {sites[0].id}:
        return sites[0].id  # "Lambda's Kansas City site, fitted out with racks bought from …"
    if before:
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
