"""English supply deals said as a share taken or a delivery taken, with no deal word.

"Nvidia has reserved well over half of that capacity, with AMD and Broadcom taking most of
the rest" (each company that reserves or takes a share of a maker's output buys from it:
the output is the product named in the sentence or the one just talked about), "Google
will take delivery of about two million TPUs from Broadcom in 2025", "Google should take
some three million TPUs from Broadcom" (a delivery taken from a named company is a supply
deal with a count, not a deployment). A share is also taken by "it" after the company
("by our count it has booked about 60% of …"), by a list read past an aside, by companies
"following behind" or "as is AMD", and as capacity secured at a maker with no fraction said
("has secured extra CoWoS capacity at TSMC"); the output's period does not date the deal.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Modality, Quantity, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.supply import MEMORY_MAKERS
from tracker.extract.coordination import co_suppliers
from tracker.extract.entities import Mention
from tracker.extract.held_shares_en import held_shares
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.share_forecasts import expected_share, year_of
from tracker.extract.share_takers_en import asides_before, followers, takers
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.vocabulary import Entity

_COMPANY = ("company",)
_OUTPUT_KINDS = ("process", "memory")
_PRODUCT_KINDS = ("chip", "memory", "system", "process")
# "has reserved well over half of that capacity", "taking most of the rest", "takes about
# 60% of next year's allocation", "booked the bulk of TSMC's CoWoS output"
_SHARE = re.compile(
    r"\b(?P<verb>reserv(?:e|es|ed|ing)|book(?:s|ed|ing)?|lock(?:s|ed|ing)?\s(?:up|in)|"
    # "is being allotted a growing slice of CoWoS output": a share given, so taken
    r"allott(?:ed|ing)|allocat(?:ed|ing)|"
    r"tak(?:e|es|en|ing)|took|secur(?:e|es|ed|ing)|claim(?:s|ed|ing)?|snapp(?:ed|ing)\sup|"
    r"absorb(?:s|ed|ing)?|soak(?:s|ed|ing)?\sup)\s"
    r"(?P<share>[^,;.]{0,30}?)\bof\s(?P<what>[^,;.]{0,40}?)"
    r"\b(?P<noun>capacity|output|supply|allocation|production|volumes?|it|the\srest|"
    r"the\sremainder)\b",
    re.IGNORECASE,
)
_A_SHARE = re.compile(
    r"half|third|quarter|fifth|sixth|eighth|tenth|most|bulk|majority|share|portion|slice|chunk"
    r"|rest|remainder"
    r"|\d+\s?(?:%|percent)"
    r"|lion['’]s",
    re.IGNORECASE,
)
# "take delivery of about two million TPUs from Broadcom", "source HBM3E from SK hynix",
# "buys its HBM4 from Samsung and Micron"
_FROM_VERB = re.compile(
    r"\b(?:tak(?:e|es|en|ing)|took|receiv(?:e|es|ed|ing)|sourc(?:e|es|ed|ing)|"
    r"buy|buys|bought|purchas(?:e|es|ed)|procur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?)\s"
    r"(?:delivery\sof\s|deliveries\sof\s)?",
    re.IGNORECASE,
)
_FROM_STEMS = ("tak", "took", "receiv", "sourc", "buy", "bought", "purchas", "procur", "obtain")
# "Our HBM4 comes from two partners, Samsung and Micron": the goods before the verb
_COMES_FROM = re.compile(
    r"\s(?:comes?|came|is\ssourced|are\ssourced|is\sbought|are\sbought)\s"
    r"(?:(?:mostly|mainly|largely|entirely|only|now|today)\s)?from\s",
    re.IGNORECASE,
)
_PARTNER_WORDS = re.compile(
    r"(?:(?:the\s)?(?:two|three|several|both|its|our)\s)?(?:partners|suppliers|vendors|sources),\s"
)
_FROM = re.compile(r"\s(?:directly\s)?from\s$", re.IGNORECASE)


def share_taken_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Supply deals said as a share of a maker's output taken, or a delivery taken from a
    named company (English only; gated on the verbs' stems before any regex)."""
    if s.language != "en" or s.table is not None:
        return []
    low = s.lowered
    out: list[Candidate] = []
    if " of " in low and (
        "reserv" in low
        or "book" in low
        or "tak" in low
        or "took" in low
        or "allo" in low
        or "lock" in low
        or "secur" in low
        or "claim" in low
        or "snapp" in low
        or "absorb" in low
        or "soak" in low
    ):
        out.extend(_shares(s, state))
    if "secur" in low or "book" in low or "reserv" in low or "allo" in low or "lock" in low:
        out.extend(_capacity_secured(s, state))  # every verb stem _SECURED reads
    if " of " in low and ("'s " in low or "’s " in low) and s.of_kind(("memory",)):
        out.extend(_suppliers_share(s))  # "hynix takes two-thirds of Nvidia's HBM4"
    if "allo" in low or "slice" in low or "share" in low:
        out.extend(held_shares(s, {c.subject for c in out}))  # the nouns it reads
    if " from " in low and any(stem in low for stem in _FROM_STEMS):
        out.extend(_deliveries(s, state))
    if " from " in low and ("com" in low or "sourced" in low or "bought" in low):
        out.extend(_comes_from(s, state))
    return out


def _shares(s: Sentence, state: RuleState) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SHARE.finditer(s.text):
        if not (_A_SHARE.search(m.group("share")) or _A_SHARE.search(m.group("noun"))):
            continue
        clause = _own_part(s, s.clause_of(m.start()), m.end())
        product, told = _output(s, state, m)
        owner = s.of_kind(_COMPANY, Span(m.start("what"), m.end()))  # "of SK hynix's HBM3E"
        maker = owner[0].id if owner else product.maker if product is not None else None
        if product is None or maker is None:
            continue
        for customer in takers(s, m.start(), maker) + followers(s, m.end(), maker):
            # "is expected to take about 60% of CoWoS output next year": an analyst's
            # expected share, a forecast deal dated by its period (GUIDE, settled case)
            found = _deal(s, clause, customer, maker, product.id, m.start(), m.end())
            # "Nvidia is still TSMC's largest CoWoS customer and should take close to 60%
            # of next year's allocation, in our view": the role told today's deal; the
            # share adds only the analyst's forecast one
            out.extend(c for c in found if not told or c.modality == "forecast")
    return out


# a memory maker's share of a customer's memory: "We think hynix takes something like
# two-thirds of Nvidia's HBM4 this year", "Samsung has won about a third of AMD's HBM4"
_TAKES_SHARE_OF = re.compile(
    r"\b(?:tak(?:e|es|en|ing)|took|get(?:s|ting)?|got|win(?:s|ning)?|won|captur(?:e|es|ed|ing)"
    r"|hold(?:s|ing)?|held)\s(?P<share>[^,;.]{0,30}?)\bof\s",
    re.IGNORECASE,
)
_OWNED = re.compile(r"['’]s\s(?:[\w-]+\s)?$")


def _suppliers_share(s: Sentence) -> list[Candidate]:
    """Supply deals of a memory maker taking a share of a customer's memory (GUIDE: a
    supplier's share of a customer's needs; the share's period dates an expected one)."""
    out: list[Candidate] = []
    for m in _TAKES_SHARE_OF.finditer(s.text):
        if not _A_SHARE.search(m.group("share")):
            continue
        owner = next((c for c in s.of_kind(_COMPANY) if c.start == m.end()), None)
        memory = next(
            (x for x in s.of_kind(("memory",)) if owner and 0 < x.start - owner.end <= 20), None
        )
        if owner is None or memory is None or not _OWNED.match(s.text[owner.end : memory.start]):
            continue
        if owner.id in memory.entity.suppliers:
            continue  # "of SK hynix's HBM4": the maker's own output (the share rules')
        clause = _own_part(s, s.clause_of(m.start()), memory.end)
        for seller in takers(s, m.start(), owner.id):
            if seller in memory.entity.suppliers:
                out += _deal(s, clause, owner.id, seller, memory.id, m.start(), memory.end)
    return out


def _output(s: Sentence, state: RuleState, m: re.Match[str]) -> tuple[Entity | None, bool]:
    """The output a share is taken of: named after "of" ("of TSMC's CoWoS capacity"), else
    named in the sentence, else the process or memory of the sentence before; and whether
    the sentence told a deal in it already ("TSMC's largest CoWoS customer")."""
    what = Span(m.start("what"), m.end())
    # "TSMC's CoWoS capacity reached … Analysts see it climbing … Nvidia has locked in 60% of
    # that capacity. AMD and AWS are taking most of the remainder": the output referred back
    # to ("that capacity", "the rest") may be named after it ("for its Blackwell parts, which
    # use CoWoS-L") or lie a few sentences further back
    back = _REFERRED.search(m.group("what")) or m.group("noun").lower() in _RESTS
    named = list(s.of_kind(_OUTPUT_KINDS, what))
    if not named:
        named = [x for x in s.of_kind(_OUTPUT_KINDS) if back or x.start < m.start()][:1]
    if named:
        return named[-1].entity, named[-1].start in state.taken_products
    asides = asides_before(s, m.start())
    if any(
        x.start < m.end() and not any(a <= x.start < b for a, b in asides)
        for x in s.of_kind(_PRODUCT_KINDS)
    ):
        # another product in view: not the process of the sentence before (one named after
        # the share is what it is for, "booked half of it for its Blackwell parts", or in an
        # aside, "Broadcom, which designs Google's TPU, has secured 15% of the allocation")
        return None, False
    return s.focus.get("process", s.index, 3 if back else 1), False


_RESTS = ("the rest", "the remainder")
_REFERRED = re.compile(r"\b(?:that|this|the|its)\s$", re.IGNORECASE)


# "Broadcom has secured additional CoWoS capacity at TSMC for 2026", "OpenAI has secured
# manufacturing capacity at TSMC", "AMD has also secured allocations": a share of a maker's
# output taken with no fraction said (GUIDE: secured, booked, reserved or allotted output)
_SECURED = re.compile(
    r"\b(?:secur(?:e|es|ed|ing)|book(?:s|ed|ing)?|reserv(?:e|es|ed|ing)|lock(?:s|ed|ing)?\s(?:up|in)"
    # "Broadcom is allotted CoWoS capacity", "AMD also books CoWoS volume at TSMC"
    r"|(?:been|is|are|was|were|being)\sallo(?:tt|cat)ed)\s(?P<what>(?:(?:additional|extra|more"
    r"|new|its|their|dedicated|[\w-]+['’]s)\s)?(?:[\w-]+\s)?)"
    r"(?P<noun>capacity|allocations?|allotments?|volumes?|output)\b"
)
_AT_MAKER = re.compile(r"\s(?:at|from|with)\s")


def _capacity_secured(s: Sentence, state: RuleState) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SECURED.finditer(s.lowered):
        what = Span(m.start("what"), m.end())
        named = [x for x in s.of_kind(_OUTPUT_KINDS, what) if x.start not in state.taken_products]
        at = _AT_MAKER.match(s.lowered, m.end())
        makers = [c for c in s.of_kind(_COMPANY) if at is not None and c.start == at.end()]
        owner = s.of_kind(_COMPANY, what)  # "secured TSMC's CoWoS capacity"
        makers = makers or owner
        asides = asides_before(s, m.start())
        others = [
            x
            for x in s.of_kind(_PRODUCT_KINDS)
            if x.start < m.start() and not any(a <= x.start < b for a, b in asides)
        ]
        product: Entity | None = named[0].entity if named else None
        if product is None and not makers and not others and m.group("noun") != "capacity":
            product = s.focus.get("process", s.index, 1)  # "secured allocations" of the one told
        maker = makers[0].id if makers else product.maker if product is not None else None
        if maker is None or (product is None and not makers):
            continue
        clause = _own_part(s, s.clause_of(m.start()), m.end())
        valid = _share_time(s, m.start(), m.end())
        for customer in takers(s, m.start(), maker) + followers(s, m.end(), maker):
            modality = s.modality(m.start(), valid, clause)
            if modality is not None:
                modality = _hedged_fact(s, clause, m.start(), modality)
            if modality is None or modality == "forecast" or customer == maker:
                continue
            qualifiers = {"product": product.id} if product is not None else {}
            out.append(
                Candidate(customer, "supply_deal", modality, valid, m.start(), qualifiers, maker)
            )
    return out


def _deliveries(s: Sentence, state: RuleState) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in _FROM_VERB.finditer(s.text):
        clause = s.clause_of(verb.start())
        products = [
            p
            for p in s.of_kind(("chip", "memory", "system"), Span(verb.end(), clause.end))
            if p.start - verb.end() <= 40
        ]
        if not products:
            continue
        product = products[0]
        after = [
            c
            for c in s.of_kind(_COMPANY, Span(product.end, clause.end))
            if _FROM.search(s.text[max(0, c.start - 16) : c.start])
        ]
        if not after or product.start in state.taken_products:
            continue
        supplier = after[0]
        customers = [
            c for c in s.of_kind(_COMPANY, Span(clause.start, verb.start())) if c.id != supplier.id
        ]
        if not customers:
            continue
        count = next(
            (
                i
                for i, q in enumerate(s.quantities)
                if i not in state.used
                and verb.end() <= q.start < product.start
                and q.unit in ("count", "")
            ),
            None,
        )
        anchor = s.quantities[count].start if count is not None else verb.start()
        found = _deal(s, clause, customers[-1].id, supplier.id, product.id, anchor)
        if found and count is None:
            found += _co_sellers(s, found[0], supplier, product.entity)
        if found and count is not None:
            state.used.add(count)
            q = s.quantities[count]
            value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
            found = [replace(c, value=value) for c in found]
        state.taken_products.add(product.start)
        out.extend(found)
        if found and count is not None:
            out.extend(_versus(s, state, found[0], clause))
    return out


def _co_sellers(
    s: Sentence, deal: Candidate, supplier: Mention, product: Entity
) -> list[Candidate]:
    """ "from Samsung and Micron": a deal with each seller listed with the first (the
    product's known sellers only, when the vocabulary names them and the first is one:
    "from Dell and Supermicro" lists resellers of a chip it does not name)."""
    sellers = {str(x) for x in (product.maker, *product.suppliers) if x}
    if supplier.id not in sellers:
        sellers = set()
    others = co_suppliers(s, supplier.id, deal.subject, sellers, s.clause_of(supplier.start))
    return [replace(deal, object=o) for o in others]


def _comes_from(s: Sentence, state: RuleState) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in _COMES_FROM.finditer(s.text):
        goods = list(s.of_kind(("memory", "chip", "system"), Span(0, verb.start())))
        start = verb.end()
        partners = _PARTNER_WORDS.match(s.text, start)
        start = partners.end() if partners is not None else start
        sellers = [c for c in s.of_kind(_COMPANY) if c.start == start]
        if not goods and sellers and _STACKS_IN_VIEW.search(s.lowered, 0, verb.start()):
            # "Nvidia's B200 uses HBM3E. Most of those stacks come from SK hynix": the memory
            # of the chip just talked about, bought by the chip's maker
            out.extend(_stacks_in_view(s, state, sellers[0], verb.start()))
            continue
        if (
            not goods
            or verb.start() - goods[-1].end > 12
            or goods[-1].start in state.taken_products
            or _memory_inside(s, goods)  # "The HBM4 in AMD's MI450 comes from Samsung"
        ):
            continue
        product = goods[-1]
        owner = [
            c
            for c in s.of_kind(_COMPANY, Span(max(0, product.start - 12), product.start))
            if _OWNER_GAP.fullmatch(s.text, c.end, product.start)
        ]
        buyer = owner[-1].id if owner else _chip_in_view(s, product)
        if buyer is None or not sellers or buyer == sellers[0].id:
            continue
        clause = s.clause_of(verb.start())
        found = _deal(s, clause, buyer, sellers[0].id, product.id, verb.start())
        if found:
            state.taken_products.add(product.start)
            out.extend(found + _co_sellers(s, found[0], sellers[0], product.entity))
    return out


# a memory named before the chip it goes into: "The HBM4 in AMD's MI450", "the HBM3E for
# Nvidia's B200": what comes from the seller is the memory (the supply rule's deal)
_INTO_CHIP = re.compile(r"\s(?:in|inside|on|for|of)\s(?:[\w'’.-]+\s){0,2}$")


def _memory_inside(s: Sentence, goods: list[Mention]) -> bool:
    """Whether the last goods named is a chip that a memory named before it goes into."""
    chip = goods[-1]
    return chip.kind != "memory" and any(
        m.kind == "memory" and _INTO_CHIP.fullmatch(s.lowered, m.end, chip.start) is not None
        for m in goods[:-1]
    )


# the memory in view by a common noun: "Most of those stacks", "The memory", "Its HBM"
_STACKS_IN_VIEW = re.compile(
    r"(?:^|[.;]\s)(?:(?:most|all|much|part|some|half)\sof\s)?(?:the|those|these|its|their)"
    r"\s(?:[\w-]+\s)?(?:stacks|memory|hbm\sstacks|hbm)$"
)
# a second seller ranked after the first: "…, with Micron a distant second"
_SECOND_SELLER = re.compile(r",?\swith\s$")
_SECOND_AFTER = re.compile(r"\s(?:a\s)?(?:distant\s|close\s)?second\b")


def _stacks_in_view(s: Sentence, state: RuleState, seller: Mention, verb: int) -> list[Candidate]:
    """The deal of the memory in view (a sentence or two back) from the seller, bought by
    the maker of the chip in view; and of a second seller ranked after it."""
    memory = s.focus.get("memory", s.index, 2)
    chip = s.focus.get("chip", s.index, 2)
    if s.of_kind(("memory", "chip", "system")) or memory is None or chip is None:
        return []
    buyer = chip.maker
    if buyer is None or buyer in MEMORY_MAKERS or buyer == seller.id:
        return []
    clause = s.clause_of(verb)
    found = _deal(s, clause, str(buyer), seller.id, memory.id, verb)
    seconds = [
        c
        for c in s.of_kind(_COMPANY)
        if c.start > seller.end
        and _SECOND_SELLER.search(s.lowered, max(0, c.start - 8), c.start)
        and _SECOND_AFTER.match(s.lowered, c.end)
    ]
    listed = _co_sellers(s, found[0], seller, memory) if found else []
    return found + listed + [replace(d, object=c.id) for d in found[:1] for c in seconds]


_OWNER_GAP = re.compile(r"(?:['’]s)?\s(?:[\w-]+\s)?")
# the memory of the chip in view: "The HBM3E …", "Its HBM4 …", "The chip's HBM4 …"
_ITS_MEMORY = re.compile(
    r"(?:^|\.\s|,\s|;\s|\sand\s)(?:the|its|their|the\s(?:chip|accelerator|gpu|card|part)['’]s)"
    r"\s(?:[\w-]+\s){0,2}?$",
    re.IGNORECASE,
)


def _chip_in_view(s: Sentence, memory: Mention) -> str | None:
    """The maker of the chip the text is about when a memory with no owner named opens its
    clause ("The four HBM3E stacks are sourced from Samsung", "Its HBM4 will come from SK
    hynix"): the chip named a sentence or two back carries it. None for a chip or system
    (its maker is named or it is no deal), or when a chip is named in this sentence."""
    chips = s.of_kind(("chip", "system"))
    if memory.kind != "memory" or any(not c.anaphoric for c in chips):
        return None
    if not _ITS_MEMORY.search(s.text, 0, memory.start):
        return None
    held = chips[0].entity if chips else s.focus.get("chip", s.index, 2)
    if held is None or held.maker is None or held.maker in MEMORY_MAKERS:
        return None
    return str(held.maker)


_VERSUS = re.compile(
    r"\b(?:versus|vs\.?|compared\swith|against|up\sfrom)\s"
    r"(?:about\s|around\s|roughly\s|some\s|nearly\s|~)?$",
    re.IGNORECASE,
)


def _versus(s: Sentence, state: RuleState, deal: Candidate, clause: Span) -> list[Candidate]:
    """ "three million TPUs in 2026, versus roughly 1.8 million in 2025": the second count
    is the same deal at its own time, with the first one's modality."""
    anchors = [q.start for q in s.quantities]
    for i, q in enumerate(s.quantities):
        if i in state.used or q.start <= deal.anchor or q.unit not in ("count", ""):
            continue
        if not _VERSUS.search(s.text[max(deal.anchor, q.start - 30) : q.start]):
            continue
        valid = s.valid_for(q.start, anchors)
        if valid == deal.valid:
            return []
        state.used.add(i)
        value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
        return [replace(deal, valid=valid, anchor=q.start, value=value)]
    return []


def _deal(
    s: Sentence,
    clause: Span,
    customer: str,
    supplier: str,
    product: str,
    anchor: int,
    share_end: int | None = None,
) -> list[Candidate]:
    if customer == supplier:
        return []
    if share_end is not None:
        valid = _share_time(s, anchor, share_end)
    else:
        valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = s.modality(anchor, valid, clause)
    if modality is None:
        return []
    if share_end is not None:
        modality = _hedged_fact(s, clause, anchor, expected_share(s, anchor, modality))
        if modality == "forecast":
            # "should take close to 60% of next year's allocation": the share of that
            # period's output (GUIDE: a forecast deal dated by that period)
            own = s.time_for(anchor, [q.start for q in s.quantities])
            valid = own.valid if own is not None else year_of(s, anchor, share_end) or valid
    return [
        Candidate(customer, "supply_deal", modality, valid, anchor, {"product": product}, supplier)
    ]


# the end of the statement a share is taken in: "…secured CoWoS capacity at TSMC for 2026
# and does not expect …" (the clause goes on with a verb of its own)
_STATEMENT_END = re.compile(r",\s|;\s|\sand\s(?!(?:[\w-]+\s){0,2}?(?:following|taking))|\sbut\s")
# the period of the output a share is taken of: "of TSMC's CoWoS output for 2025", "of
# next year CoWoS capacity", "capacity at TSMC for 2026"
_OUTPUT_PERIOD = re.compile(r"(?:\s(?:at|from)\s[\w-]+(?:['’]s)?)?\s(?:for|in|through)\s")


def _own_part(s: Sentence, clause: Span, end: int) -> Span:
    """The clause cut where the share's statement ends: a negation or a cue further on is
    another statement's."""
    cut = _STATEMENT_END.search(s.lowered, end, clause.end)
    return Span(clause.start, cut.start()) if cut is not None else clause


def _share_time(s: Sentence, verb: int, end: int) -> ValidTime:
    """When a share taken holds: today, as a state (GUIDE: "has reserved well over half of
    that capacity" is `actual`, at publication); a period inside the share ("of next year
    CoWoS capacity") or right after it ("output for 2025") dates the output, not the deal."""
    tail = _OUTPUT_PERIOD.match(s.lowered, end)
    # "a bigger slice of CoWoS-L output this year": a time right after the output is its own
    inside = Span(verb, tail.end() + 16 if tail is not None else end + 2)
    anchors = [q.start for q in s.quantities]
    own = s.time_for(verb, anchors)
    if own is None or inside.start <= own.start < inside.end:
        return point_at(s.published)
    return own.valid


# an analyst's hedge on a share already taken: "by our count it has booked about 60% of …"
_HEDGE = re.compile(r"\b(?:by|on|from)\s(?:our|my)\s(?:count|checks|reckoning|tally)\b")
_DONE = re.compile(r"\b(?:has|have|had)\s(?:also\s|already\s)?$|['’]ve\s(?:also\s|already\s)?$")


def _hedged_fact(s: Sentence, clause: Span, verb: int, modality: Modality) -> Modality:
    """A share told as done ("it has booked", "have secured") under a counting hedge ("by
    our count", "by our checks") stays the fact it is (GUIDE: a hedge keeps the fact's
    modality): `actual`, not the analyst's `forecast`."""
    if modality != "forecast" or _HEDGE.search(s.lowered, clause.start, verb) is None:
        return modality
    return "actual" if _DONE.search(s.lowered, max(0, verb - 16), verb) else modality
