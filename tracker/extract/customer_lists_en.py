"""English supply deals told as a company's list of customers.

"Fluidstack's customers include Anthropic, Meta and Mistral AI", "Its customers have included
OpenAI, …, as well as Microsoft", "Nebius, whose customers include Microsoft", "Apple and
AMD are among TSMC's SoIC customers". Each customer listed buys from the company whose
customers they are (GUIDE: a customer named as such is a `supply_deal`, no product unless
one is named beside the role, no count). A product named among the role's words ("SoIC
customers") is what is traded. The role's owner is a company named before "'s", "whose", or
"its"/"their" resolved by the anaphora step. A customer to be ("potential", "prospective"),
one no longer ("former") or a toolmaker's ("bonder customers") is no deal; nor is a list
whose owner is not said.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _COMPANY, _anchors, _same_family
from tracker.extract.coordination import joined_by, list_after, list_before
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span

_PRODUCTS = ("chip", "memory", "system", "process")
# the role after its owner: "'s largest customers", "whose customers", "its SoIC clients"
_ROLE = r"(?P<words>(?:[\w-]+\s){0,3}?)(?P<role>customers|clients|buyers)\b"
_OWNER_ROLE = re.compile(r"(?:['’]s\s|(?<=\b[Ii]ts)\s|(?<=\b[Tt]heir)\s|,\swhose\s)" + _ROLE)
# the list after the role: "include", "have included", "are", "now include companies such as"
_INCLUDE = re.compile(
    r"\s(?:(?:now|also|already)\s)?(?:include|includes|included|(?:have|has)\s(?:long\s)?included"
    r"|are|were|comprise|range\sfrom)\s(?:(?:companies|firms|labs)\s)?(?:such\sas\s|like\s)?"
)
# the list before the role: "Apple and AMD are among TSMC's", "… were among its"
_AMONG = re.compile(
    r"\s(?:are|were|remain|remained|have\sbeen)\s(?:(?:also|now|still|already)\s)?among\s$"
)
# a customer to be or no longer, or the buyer of tools (no goods of the trade)
NOT_TRADE_WORDS = (
    r"former|past|ex|potential|prospective|would-be|possible|future|target|"
    r"tools?|equipment|bonders?|scanners?|testers?|software|advertising|retail"
)
"""Words that make a customer role no trade (a customer to be or no longer, a buyer of
tools or services); :mod:`.customer_roles` reads the same words and a few more."""
_NOT_DEAL_WORDS = re.compile(rf"\b(?:{NOT_TRADE_WORDS})\b")
# what joins two customers of the list: a comma, "and", "as well as", or an aside between
# commas told of the one before ("OpenAI, under contracts that total $22.4 billion, as well
# as Microsoft")
_JOIN = re.compile(
    r"\s*(?:,|and|&|,\s?and|(?:,\s?)?as\swell\sas|,\s[^,;()]{1,80},\s?(?:and\s|as\swell\sas\s)?)\s*"
)


_joined = joined_by(_JOIN)


def customer_list_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: each company listed among another's customers buys from it (English)."""
    if s.language != "en" or s.table is not None:
        return []
    lowered = s.lowered
    if "customers" not in lowered and "clients" not in lowered and "buyers" not in lowered:
        return []  # cheap gate
    companies = s.of_kind(_COMPANY)
    out: list[Candidate] = []
    for owner in companies:
        role = _OWNER_ROLE.match(s.text, owner.end)
        if role is None or _NOT_DEAL_WORDS.search(lowered, role.start("words"), role.end()):
            continue
        clause = s.clause_of(owner.start)
        products = s.of_kind(_PRODUCTS, Span(role.start("words"), role.end()))
        include = _INCLUDE.match(lowered, role.end())
        if include is not None:
            named = [c for c in companies if c.start >= include.end() and not c.anaphoric]
            listed = list_after(s.text, named, include.end(), _joined)
        else:
            named = [c for c in companies if c.end <= owner.start and not c.anaphoric]
            among = _AMONG.search(lowered, max(0, owner.start - 30), owner.start)
            listed = [] if among is None else list_before(s.text, named, among.start(), _joined)
        found = _deals(s, owner, listed, products, role.start("role"), clause)
        if found:
            state.deal_clauses.add(clause.start)
            out.extend(found)
    return out


def _deals(
    s: Sentence,
    owner: Mention,
    listed: list[Mention],
    products: list[Mention],
    trig: int,
    clause: Span,
) -> list[Candidate]:
    """The deal of each listed customer with the role's owner."""
    valid = s.valid_for(trig, _anchors(s))
    modality = s.modality(trig, valid, clause)
    if modality is None:
        return []
    qualifiers = {"product": products[-1].id} if products else {}
    seen: set[str] = set()
    out: list[Candidate] = []
    for buyer in listed:
        if buyer.id in seen or _same_family(s, owner.id, buyer.id):
            continue
        seen.add(buyer.id)
        out.append(Candidate(buyer.id, "supply_deal", modality, valid, trig, qualifiers, owner.id))
    return out
