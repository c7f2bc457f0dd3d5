"""Deals said without a deal word (English): a seller's verb of delivery ("ships 500,000
H200 chips to Microsoft", "delivered 16,000 B200 GPUs to Lambda"), of sale with its buyer
named ("will sell Anthropic up to 1M TPUs") or of access ("plans to access up to a million
TPUs"). The supply rule takes such a verb as its trigger when a count or a named buyer
makes it a deal."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_COMPANY = ("company",)

WEAK_DEAL = re.compile(
    # "Nvidia tapped SK hynix for HBM4", "relies on Samsung for most of its HBM3E": the buyer
    # turns to a named seller for a product (see sourced_from)
    r"\b(?P<source>tap(?:s|ped|ping)?|rel(?:y|ies|ying|ied)\son|depend(?:s|ed|ing)?\son)\s"
    # "Nvidia gets its HBM4 from SK hynix", "HBM4 for Rubin comes mostly from SK hynix": had
    # from a seller named after "from" (see got_from)
    # "buys its GB200 racks from Supermicro", "took delivery of B300 systems from Dell": a
    # buyer's verb with the seller after "from" (see got_from)
    r"|\b(?P<gets>gets|getting|got|obtains|obtained|receives|received|comes|coming|buys|bought"
    r"|(?:takes|took|taking|taken)\sdelivery)\b"
    r"(?=(?:[^,.;]|[,.](?=\d)){0,40}?\bfrom\s)"
    # ("rents out computing power", "a cluster it rents to developers": the lessor's own
    # business, no one renting from it)
    r"|\b(?P<weak>access|use of|tap|rent(?!(?:s|ed|ing)?\s(?:out\b|to\s))|get|secure|obtain"
    r"|receive)\w*\b"
    # "will start shipping its HBM4 memory to Nvidia", "mass shipments of HBM4 to Nvidia":
    # a delivery to a named company is a deal even with no count
    # "the part is in mass production for Nvidia's Vera Rubin": made in volume for a buyer
    r"|\b(?P<ship>ship|ships|shipping|shipped|shipments?\sof|in\s(?:mass|volume)\sproduction"
    r"|(?:mass|volume)\sproduction\sof"
    r"|deliver|delivers|delivering|delivered|deliveries\sof"
    # a shipping manifest's verb: "consigned 410 GB300 racks from its plant to Microsoft"
    r"|consign|consigns|consigning|consigned|consignments?\sof"
    # "Micron ramps HBM4 for Nvidia in the second quarter": volume supply for a buyer
    r"|ramps|ramping|(?<=\bto\s)ramp"
    # "ships 500,000 H200 chips to Microsoft": a figure's separators are no clause's end
    r"|mass[\s-]produc(?:es|ing|ed))\b(?=(?:[^,.;]|[,.](?=\d)){0,64}?\b(?:to|for)\s)"
    # "will sell Anthropic up to 1M TPUs", "in talks to sell Ascend chips to ByteDance" (a
    # buyer named after the verb; "bet on selling its chip on its own" names none)
    r"|\b(?P<sell>sell|selling)\s"
    # "Foxconn builds GB300 racks for Microsoft", "TSMC manufactures Trainium3 for AWS": made
    # for a buyer named after "for" (see built_for)
    r"|\b(?P<builds>builds|built|building|makes|making|manufactures|manufactured|manufacturing"
    r"|assembles|assembled|assembling|fabricates|fabricated|packages|packaged|packaging)\s"
    r"(?=(?:[^,.;]|[,.](?=\d)){0,40}?\bfor\s)"
)


_TO = ("to ", "to both ")  # "ships HBM4 to both Nvidia and AMD"


def to_company(s: Sentence, weak: re.Match[str]) -> bool:
    """Whether a shipping verb goes to a named company ("shipping HBM4 to Nvidia"), or for
    a company's or maker's chip ("shipments of HBM4 for Nvidia's Vera Rubin", "for the MI450")."""
    near = [m for m in s.mentions if weak.end() < m.start <= weak.end() + 60]
    return any(
        (m.kind == "company" and s.lowered[max(0, m.start - 8) : m.start].endswith(_TO))
        or (
            (m.kind == "company" or (m.kind in ("chip", "system") and m.entity.maker))
            and s.lowered[max(0, m.start - 8) : m.start].endswith(("for ", "for the "))
        )
        for m in near
    )


def sold_to(s: Sentence, weak: re.Match[str]) -> bool:
    """Whether a verb of selling names its buyer: right after it ("sell Anthropic up to …")
    or after "to" ("sell Ascend chips to ByteDance")."""
    near = [m for m in s.of_kind(_COMPANY) if weak.end() <= m.start <= weak.end() + 60]
    return any(
        m.start == weak.end() or s.lowered[max(0, m.start - 8) : m.start].endswith(_TO)
        for m in near
    )


# the seller's name, then what the buyer goes to it for: "SK hynix for (most of its) HBM4"
_FOR_GOODS = re.compile(
    r"[^,;.]{0,24}?\sfor\s(?:the\s)?(?:(?:bulk|most|all|much|some|part)\sof\s)?(?:its\s|their\s)?"
)


def sourced_from(s: Sentence, weak: re.Match[str]) -> bool:
    """Whether a buyer's verb of turning to someone names a seller right after it and the
    memory it goes to the seller for ("tapped SK hynix for HBM4")."""
    seller = next((m for m in s.of_kind(_COMPANY) if m.start == weak.end()), None)
    if seller is None:
        return False
    goods = _FOR_GOODS.match(s.text, seller.end)
    return goods is not None and any(
        # memory a chip maker buys; chips got from a cloud ("relies on AWS for Trainium2
        # capacity") are a rental, read by the adoption rule
        m.start == goods.end()
        for m in s.of_kind(("memory",))
    )


# "has agreed to use Trainium chips through AWS": an agreement to use is an adoption
_AGREED_TO_USE = re.compile(
    r"agree[sd]?\s(?:in\sprinciple\s)?to\s(?:use|rent|run|deploy|adopt|train|lease|tap)\b"
)


def agreed_to_use(s: Sentence, clause: Span, trig: int) -> bool:
    """Whether the clause's first deal word is an agreement to use a product, with no count
    ("Anthropic has agreed to use Trainium chips through AWS", "Meta agreed to rent GB300
    capacity from CoreWeave under a new contract"): the customer's adoption, which the
    adoption rule reads, not a supply deal (GUIDE: renting is adopting)."""
    if s.language != "en" or _AGREED_TO_USE.match(s.lowered, trig) is None:
        return False
    # "agreed to use up to one million TPUs": a count makes it the deal's size too
    return not any(clause.start <= q.start < clause.end for q in s.quantities)


def built_for(s: Sentence, weak: re.Match[str]) -> bool:
    """Whether a verb of making names its buyer after "for" and the goods between ("builds
    GB300 racks for Microsoft"), not a use ("builds racks for inference") nor a site built
    for a user ("the cluster of Trainium2 chips AWS built for Anthropic": the goods before
    the verb, no sale)."""
    near = [m for m in s.of_kind(_COMPANY) if weak.end() < m.start <= weak.end() + 48]
    buyer = next((m for m in near if s.lowered[max(0, m.start - 9) : m.start].endswith(_FOR)), None)
    return buyer is not None and _goods_between(s, weak.end(), buyer.start)


_GOODS_KINDS = ("chip", "system", "memory")


def _goods_between(s: Sentence, start: int, end: int) -> bool:
    return bool(s.of_kind(_GOODS_KINDS, Span(start, end)))


_FOR = ("for ", "for both ")
# the roles a sentence gives the two parties of a deal, when neither is a known seller of
# the product: "Quanta is Microsoft's main GB300 rack supplier" (the possessor buys), "X is
# Y's largest customer" (the possessor sells), "Supermicro has won an order for GB300 racks
# from xAI" (the company after "from" buys), "Foxconn builds GB300 racks for Microsoft" (the
# company after "for" buys)
_POSSESSOR_BUYS = re.compile(
    r"['’]s\s(?:[\w-]+\s){0,4}?(?:supplier|vendor|source|maker|manufacturer|assembler)s?\b", re.I
)
_POSSESSOR_SELLS = re.compile(r"['’]s\s(?:[\w-]+\s){0,4}?(?:customer|buyer|client)s?\b", re.I)
_WON_FROM = re.compile(
    r"\b(?:won|wins|winning|secured|secures|landed|lands|received|receives|bagged|got|gets)\s"
    r"(?:[\w-]+\s){0,6}?(?:order|contract|deal)s?\b[^,.;]{0,40}?\bfrom\s$",
    re.I,
)
_MADE_FOR_BUYER = re.compile(
    r"\b(?:builds|built|building|makes|making|manufactures|manufactured|manufacturing|assembles"
    r"|assembled|assembling|fabricates|fabricated|packages|packaged|packaging)\s"
    r"[^,.;]{0,40}?\bfor\s(?:both\s)?$",
    re.I,
)


# "has signed up Microsoft as a GB300 rack customer": the role given right after the name
_AS_BUYER = re.compile(
    r"\sas\s(?:its|their|our|a|an|the|one\sof\sits)\s(?:[\w-]+\s){0,3}?(?:customer|client|buyer)s?\b",
    re.I,
)
_AS_SELLER = re.compile(
    r"\sas\s(?:its|their|our|a|an|the|one\sof\sits)\s(?:[\w-]+\s){0,3}?(?:supplier|vendor|source)s?\b",
    re.I,
)


def role_order(s: Sentence, companies: list[Mention], clause: Span) -> tuple[str, str] | None:
    """(customer, supplier) of two parties by the roles the sentence gives them."""
    if s.language != "en":
        return None
    ids = list(dict.fromkeys(m.id for m in companies))
    if len(ids) < 2:
        return None
    for m in companies:
        # the other party: the clause's first company, or the next one named
        other = ids[0] if ids[0] != m.id else ids[1]
        if _POSSESSOR_BUYS.match(s.text, m.end, clause.end):
            return m.id, other
        if _POSSESSOR_SELLS.match(s.text, m.end, clause.end) or _AS_SELLER.match(
            s.text, m.end, clause.end
        ):
            return other, m.id
        if _AS_BUYER.match(s.text, m.end, clause.end):
            return m.id, other
        start = max(clause.start, m.start - 90)
        made = _MADE_FOR_BUYER.search(s.text, start, m.start)
        if _WON_FROM.search(s.text, start, m.start) or (
            made is not None and _goods_between(s, made.start(), m.start)
        ):
            return m.id, other
        if bought_from(s, m, clause):
            return other, m.id
        if len(ids) == 2 and possessed_goods(s, m, clause):
            return m.id, other
    return None


# the company after "from" a verb of buying or receiving sells: "took delivery of its first
# B300 systems from Dell", "buys most of its racks from Supermicro", "ordered GB300s from
# Nvidia", "sources its HBM3E from Samsung" ("won an order from xAI" is _WON_FROM's: the
# company after "from" buys there, and an order or a contract between names a buyer too)
_BOUGHT_FROM = re.compile(
    r"\b(?:buy|buys|bought|buying|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|sourc(?:e|es|ed"
    r"|ing)|ordered|ordering|gets?|got|getting|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)"
    r"|(?:take|takes|took|taken|taking)\s(?:\w+\s)?deliver(?:y|ies))\s"
    r"(?:(?!\b(?:orders?|contracts?|deals?|commitments?|business|demand|revenue|interest)\b)"
    r"[^,.;]){0,60}?\bfrom\s$",
    re.I,
)


def bought_from(s: Sentence, m: Mention, clause: Span) -> bool:
    """Whether a company is named after "from" a verb of buying or receiving in the clause
    ("took delivery of B300 systems from Dell"): it sells."""
    return _BOUGHT_FROM.search(s.text, max(clause.start, m.start - 90), m.start) is not None


# a verb of supplying or making whose goods a company possesses: "Broadcom co-designs and
# supplies Google's Ironwood TPU", "TSMC packages Nvidia's Blackwell GPUs", "Quanta builds
# our GB300 racks", "ships most of AMD's HBM3E": the possessor buys what the other makes
_MAKES_POSSESSED = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|makes?|making|builds?|building|manufactur(?:e|es|ing)"
    r"|packag(?:e|es|ing)|assembl(?:e|es|ing)|fabricat(?:e|es|ing)|(?:co-)?designs?|produc(?:e"
    r"|es|ing)|ships?|shipping|deliver(?:s|ing)?)\s(?:(?:all|most|much|some|part|half|the\sbulk)"
    r"\sof\s)?$",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s\s")
_OWN_WORDS = ("our", "their")


def possessed_goods(s: Sentence, m: Mention, clause: Span) -> bool:
    """Whether a company is named as the possessor of the goods a verb of supplying or
    making takes ("supplies Google's Ironwood TPU", "builds our GB300 racks"): it buys them.
    "its" is the subject's own goods, no second party."""
    if m.start < clause.start or _MAKES_POSSESSED.search(s.text, clause.start, m.start) is None:
        return False
    if m.text.lower() in _OWN_WORDS:
        after = m.end + 1
    elif (owned := _POSSESSIVE.match(s.text, m.end)) is not None:
        after = owned.end()
    else:
        return False
    return bool(s.of_kind(_GOODS_KINDS, Span(after, min(clause.end, after + 32))))


# "in early talks to rent TPUs through Google Cloud - nothing signed": the deal word denied
_NOTHING_BEFORE = re.compile(
    r"\b(?:nothing|no\s(?:deal|contract|agreement|order)(?:\s(?:has|had)\sbeen|\swas|\sis)?)"
    r"\s(?:yet\s|has\sbeen\s|is\s|was\s)?$"
)


def nothing_signed(s: Sentence, clause: Span, trig: int) -> bool:
    """Whether the clause's first deal word is denied by "nothing"/"no deal" before it and
    no other follows ("… in talks to rent TPUs - nothing signed"): no deal, whatever the
    talk (the adoption rule reads a rental talked about)."""
    if s.language != "en" or _NOTHING_BEFORE.search(s.lowered, max(0, trig - 30), trig) is None:
        return False
    return s.trigger_pos("supply_deal", Span(trig + 6, clause.end)) is None


def deal_word(s: Sentence, clause: Span) -> int | None:
    """Where the clause's first deal word is, unless it is denied ("in talks to get HBM4
    into Nvidia's Rubin - nothing signed yet": the talk is read from its own words)."""
    trig = s.trigger_pos("supply_deal", clause)
    return None if trig is not None and nothing_signed(s, clause, trig) else trig


def weak_party(s: Sentence, weak: re.Match[str]) -> bool:
    """Whether a deal said without a deal word names its other party as its verb needs:
    a buyer after "to" (shipping), after the verb (selling), a seller turned to for memory,
    or a buyer a product is made for."""
    groups = weak.groupdict()
    return bool(
        (groups.get("ship") and to_company(s, weak))
        or (groups.get("sell") and sold_to(s, weak))
        or (groups.get("source") and sourced_from(s, weak))
        or (groups.get("builds") and built_for(s, weak))
        or (groups.get("gets") and got_from(s, weak))
    )


def got_from(s: Sentence, weak: re.Match[str]) -> bool:
    """Whether a verb of getting names the seller after "from" and the goods on either side
    ("gets its HBM4 from SK hynix", "HBM4 for Rubin comes mostly from SK hynix"); not a
    cloud a product is used through ("gets compute from Oracle": rented, the adoption's)."""
    near = [m for m in s.of_kind(_COMPANY) if weak.end() < m.start <= weak.end() + 48]
    seller = next((m for m in near if s.lowered[max(0, m.start - 5) : m.start] == "from "), None)
    if seller is None:
        return False
    goods = s.of_kind(("memory",), Span(max(0, weak.start() - 40), seller.start))
    return bool(goods) or _goods_between(s, weak.end(), seller.start)
