"""English: a server maker putting another maker's chip in its own servers buys the chip.

"Dell ships Gaudi 3 in its PowerEdge servers", "HPE now offers the MI355X inside its ProLiant
line of servers", "Supermicro builds its liquid-cooled servers around B200 GPUs",
"Lenovo's ThinkSystem servers carry Nvidia's H200": the chips go into goods the server maker
sells, so it is the chip maker's customer (supply_deal: server maker, product, supplier = the
chip's maker), not a user of the chip. The adopts rule read the verb ("ships", "carry", a
buyer who "wants" it) as a use by the server maker; :func:`sold_in_servers` drops that
reading where this rule has found the deal. A server maker's own use ("Dell runs Gaudi 3 in
its own data centers") names no servers of its own line and stays an adoption.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import SERVER_MAKERS, Candidate, RuleState
from tracker.extract.entities import Mention
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system")
_LINE = r"(?:its|their|the\scompany['’]s)\s(?:[\w-]+\s){0,4}?(?:line\sof\s)?"
_BOXES = r"(?:servers?|server\s(?:racks|systems|nodes|line|lineup|platforms?)|racks|nodes)\b"
_PUT = (
    r"(?:ship|ships|shipping|shipped|offer|offers|offering|offered|sell|sells|selling|sold|put|puts|putting|pack|packs"
    r"|packing|packed|build|builds|building|built|integrate|integrates|integrating|integrated|include|includes"
    r"|including|fit|fits|fitting|install|installs|installing|installed|pair|pairs|pairing|paired|carry|carries"
    r"|carrying|carried)"
)
# auxiliaries and adverbs before the verb ("will", "plans to", "does not", "now also")
_BEFORE = r"(?:[a-z']+\s){0,3}?"
# "<maker> ships Gaudi 3 in its PowerEdge servers": the goods between the verb and the boxes
_GOODS_IN = re.compile(
    rf"\s{_BEFORE}{_PUT}\s(?P<goods>[^,;.]{{2,60}}?)\s(?:in|inside|into"
    rf"|across|throughout)\s{_LINE}{_BOXES}",
    re.IGNORECASE,
)
# "<maker> builds its servers around / with / on B200 GPUs"
_BOXES_WITH = re.compile(
    rf"\s{_BEFORE}{_PUT}\s"
    rf"{_LINE}{_BOXES}\s(?:(?:that\s)?(?:are\s)?(?:built\s|based\s)?(?:with|around|on|featuring"
    rf"|using|carrying|powered\sby)\s)(?P<goods>[^,;.]{{2,60}})",
    re.IGNORECASE,
)
# "<maker>'s PowerEdge servers use / carry / ship with Gaudi 3"
_OWN_BOXES_USE = re.compile(
    rf"['’]s\s(?:[\w-]+\s){{0,4}}?{_BOXES}\s(?:(?:now|also|already|will|can)\s)?(?:use|uses"
    rf"|carry|carries|pack|packs|feature|features|house|houses|hold|holds|run\son|runs\son"
    rf"|ship\swith|ships\swith|come\swith|comes\swith|are\sbuilt\saround|are\sbuilt\son)\s"
    rf"(?P<goods>[^,;.]{{2,60}})",
    re.IGNORECASE,
)
_GATE = re.compile(r"\b(?:servers?|racks|nodes)\b")


def server_goods_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a server maker buying the chip it puts in its own servers."""
    if s.language != "en" or _GATE.search(s.lowered) is None:
        return []
    out: list[Candidate] = []
    for maker in s.of_kind(("company",)):
        if maker.id not in SERVER_MAKERS or maker.anaphoric:
            continue
        verb, products = _goods_of(s, maker)
        for product in products:
            seller = product.entity.maker
            if not seller or seller == maker.id or seller in SERVER_MAKERS:
                continue
            clause = s.clause_of(verb)
            times = [x for x in s.times if clause.start <= x.start < clause.end]
            valid = times[0].valid if times else point_at(s.published)
            modality = s.modality(verb, valid, clause)
            if modality is None:
                continue
            qualifiers = {"product": product.id}
            out.append(
                Candidate(maker.id, "supply_deal", modality, valid, maker.start, qualifiers, seller)
            )
    return out


def _goods_of(s: Sentence, maker: Mention) -> tuple[int, list[Mention]]:
    """Where the words after the maker tell its own servers holding products, and those
    products."""
    for pattern in (_GOODS_IN, _BOXES_WITH, _OWN_BOXES_USE):
        m = pattern.match(s.text, maker.end)
        if m is None:
            continue
        return m.end(), [
            p
            for p in s.of_kind(_PRODUCTS)
            if m.start("goods") <= p.start < m.end("goods") and not s.is_compared(p)
        ]
    return 0, []


def sold_in_servers(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The server maker's adoption of a chip it puts in its own servers dropped: the rule
    above reads it as a purchase."""
    if s.language != "en" or _GATE.search(s.lowered) is None:
        return found
    sold = {
        (maker.id, p.id)
        for maker in s.of_kind(("company",))
        if maker.id in SERVER_MAKERS and not maker.anaphoric
        for p in _goods_of(s, maker)[1]
    }
    if not sold:
        return found
    return [c for c in found if not (c.predicate == "adopts" and (c.subject, c.object) in sold)]
