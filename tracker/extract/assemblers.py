"""English supply deals told as a server maker's role for a customer, with no deal word.

Wires on Taiwan's server makers say who builds whose racks: "Dell Technologies, which builds
most of CoreWeave's GB300 NVL72 racks, …", "Hon Hai is the main assembler of GB200 and
GB300 server racks for Microsoft", "Quanta Computer, which counts Google among its largest
customers for TPU servers, …". Each is a standing supply of the product to the customer
(supply_deal: customer, product, supplier = the maker), actual unless the clause says
otherwise. The maker is the company the role is said of, the customer the one named as
possessor, after "for", or among its customers.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

_COMPANY = ("company",)
_PRODUCTS = ("chip", "system")
_HOW_MUCH = r"(?:(?:most|many|much|all|some|part|the\sbulk|a\sshare|half)\sof\s)?"
_GOODS = r"(?:[\w-]+\s){0,3}?(?:server\s)?(?:racks?|servers?|systems?|boards?)\b"
# "<maker>, which builds most of <customer>'s GB300 NVL72 racks"; "<maker> builds <customer>'s …"
_BUILDS_FOR = re.compile(
    r"(?:,\s(?:which|that)\s|\s)(?:builds|assembles|makes|manufactures|supplies|ships)\s"
    + _HOW_MUCH
    + r"(?P<customer>[A-Za-z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})['’]s\s(?P<goods>"
    + _GOODS
    + ")"
)
# "<maker> is the main assembler of GB200 and GB300 server racks for <customer>"
_ROLE_FOR = re.compile(
    r"\s(?:is|was|remains|has\sbeen)\s(?:the|a|one\sof\sthe)\s"
    r"(?:(?:main|largest|biggest|primary|sole|key|leading|chief|top)\s)?"
    r"(?:assemblers?|builders?|makers?|manufacturers?|suppliers?)\sof\s(?P<goods>[^,.;]{2,60}?)"
    r"\sfor\s(?P<customer>[A-Za-z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})"
)
# "<maker> is in talks to assemble GB300 racks for <customer>", "agreed to manufacture …
# servers for <customer>": the role as an act, its modality the clause's
_TO_ASSEMBLE_FOR = re.compile(
    r"\sto\s(?:assemble|manufacture|build|supply)\s(?P<goods>"
    + _GOODS
    + r")\s(?:[^,.;]{0,40}?\s)?for\s(?P<customer>[A-Za-z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})"
)
# "<maker>, which counts <customer> among its largest customers for TPU servers"
_COUNTS_AMONG = re.compile(
    r"(?:,\s(?:which|that)\s|\s)counts\s(?P<customer>[A-Za-z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})"
    r"\samong\sits\s(?:[\w-]+\s){0,2}?(?:customers|clients|buyers)\sfor\s(?P<goods>" + _GOODS + ")"
)


_GATE = re.compile(r"\b(?:racks?|servers?|systems|customers)\b")


def assembler_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a maker's role building a product's racks or servers for a customer."""
    if s.language != "en" or _GATE.search(s.lowered) is None:
        return []
    out: list[Candidate] = []
    for pattern in (_BUILDS_FOR, _ROLE_FOR, _COUNTS_AMONG, _TO_ASSEMBLE_FOR):
        for m in pattern.finditer(s.text):
            maker = _maker(s, m.start())
            customer = _company_at(s, m.start("customer"), m.end("customer"))
            if maker is None or customer is None or maker.id == customer.id:
                continue
            products = [
                p
                for p in s.of_kind(_PRODUCTS)
                if m.start("goods") - 40 <= p.start < m.end("goods") and not s.is_compared(p)
            ]
            # "Foxconn, which assembles most of Nvidia's GB300 racks": the brand, no customer
            if pattern is _BUILDS_FOR:
                products = [p for p in products if p.entity.maker != customer.id]
            if pattern is _ROLE_FOR or pattern is _TO_ASSEMBLE_FOR:
                products = [p for p in products if m.start("goods") <= p.start]
            else:
                products = [p for p in products if p.start >= m.start("customer")]
            valid = point_at(s.published)
            modality = s.modality(m.start(), valid, s.clause_of(m.start()))
            if modality is None or not products:
                continue
            for product in dict.fromkeys(p.id for p in products):
                out.append(
                    Candidate(
                        customer.id,
                        "supply_deal",
                        modality,
                        valid,
                        m.start(),
                        {"product": product},
                        object=maker.id,
                    )
                )
                state.taken_products.update(p.start for p in products if p.id == product)
    return out


def _maker(s: Sentence, at: int) -> Mention | None:
    """The company the role is said of: the last one named before it in the sentence."""
    before = [m for m in s.of_kind(_COMPANY) if m.end <= at]
    return before[-1] if before else None


def _company_at(s: Sentence, start: int, end: int) -> Mention | None:
    return next((m for m in s.of_kind(_COMPANY) if start <= m.start < end), None)
