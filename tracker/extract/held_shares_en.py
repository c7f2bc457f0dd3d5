"""A share of a maker's output told as a thing a company holds (English), with no verb of
taking: "Broadcom and AMD already hold the next-largest allocations", "AMD and Broadcom are
both being allotted larger CoWoS slices", "AMD's allotment is smaller but rising", "while
AMD's share is said to be under 10%". Each holder buys from the output's maker: a supply
deal, product the process (named in the phrase, else the one the text is about), no count
(GUIDE: a share secured, booked, reserved, taken or allotted is an actual deal). Read by the
share rule (reserved) after the shares with a verb of taking, so a share told both ways is
one deal."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate
from tracker.extract.share_takers_en import asides_before, takers
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.vocabulary import Entity

_COMPANY = ("company",)
_OUTPUT_KINDS = ("process", "memory")
_PRODUCT_KINDS = ("chip", "memory", "system", "process")
# "hold the next-largest allocations", "are being allotted larger CoWoS slices", "has won a
# bigger share": a verb of holding or being given, then the share itself
_HELD = re.compile(
    r"\b(?:hold|holds|held|(?:is|are|was|were)\s(?:(?:both|also|now)\s)?(?:being\s)?"
    r"(?:allotted|allocated|given|assigned))\s(?:(?:the|a|an|their|its)\s)?"
    r"(?P<size>(?:next-largest|second-largest|third-largest|larger|bigger|growing|sizable"
    r"|sizeable|smaller|large|big)\s)(?P<what>(?:[\w-]+\s)?)"
    r"(?P<noun>allocations?|allotments?|slices?|shares?)\b",
    re.IGNORECASE,
)
# "AMD's allotment is smaller", "AMD's share is said to be under 10%"
_POSSESSED = re.compile(
    r"['’]s\s(?:own\s)?(?P<what>(?:[\w-]+\s)?)(?P<noun>allotment|allocation|share|slice)\s"
    r"(?:is|was|remains|has|stands)\b",
    re.IGNORECASE,
)
# what a share of something else is followed by ("a bigger share of the GPU market")
_OF_ELSE = re.compile(r"\sof\s")


def held_shares(s: Sentence, told: set[str]) -> list[Candidate]:
    """Supply deals said as a share a company holds or is given, or its share told as a
    noun with a copula, for customers not in ``told`` (those whose share the sentence told
    with a verb of taking). English; gated by the caller on the nouns' stems."""
    out: list[Candidate] = []
    seen = set(told)
    for m in _HELD.finditer(s.text):
        if _OF_ELSE.match(s.text, m.end()):
            continue  # "a bigger share of the accelerator market": another whole
        output = _output(s, Span(m.start("what"), m.end()))
        if output is not None and output.maker is not None:
            for customer in takers(s, m.start(), output.maker):
                out.extend(_deal(s, seen, customer, output, m.start()))
    for m in _POSSESSED.finditer(s.text):
        owner = _owner(s, m.start())
        output = _output(s, Span(m.start("what"), m.end("what")))
        if owner is not None and output is not None and output.maker not in (None, owner.id):
            out.extend(_deal(s, seen, owner.id, output, m.start("noun")))
    return out


def _owner(s: Sentence, end: int) -> Mention | None:
    """The company whose share it is, named right before the possessive."""
    return next((c for c in s.of_kind(_COMPANY) if c.end == end), None)


def _output(s: Sentence, what: Span) -> Entity | None:
    """The output the share is of: named in its phrase ("larger CoWoS slices"), else the
    process the text is about, when no other product is named before the share outside an
    aside ("Broadcom, which builds Google's TPUs, and AMD hold …"; one after it is what the
    share is for: "AMD's allotment is rising into the MI450 ramp")."""
    named = s.of_kind(_OUTPUT_KINDS, what)
    if named:
        return named[-1].entity
    asides = asides_before(s, what.start)
    if any(
        not any(a <= x.start < b for a, b in asides)
        for x in s.of_kind(_PRODUCT_KINDS, Span(0, what.start))
    ):
        return None
    return s.focus.get("process", s.index, 3)


def _deal(
    s: Sentence, seen: set[str], customer: str, output: Entity, anchor: int
) -> list[Candidate]:
    """The deal of a share held today (a state at publication), once per customer."""
    maker = str(output.maker)
    if customer == maker or customer in seen:
        return []
    valid = point_at(s.published)
    modality = s.modality(anchor, valid, s.clause_of(anchor))
    if modality is None or modality == "forecast":
        return []
    seen.add(customer)
    qualifiers = {"product": output.id}
    return [Candidate(customer, "supply_deal", modality, valid, anchor, qualifiers, maker)]
