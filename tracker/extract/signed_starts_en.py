"""An English deal signed, with the start of what it brings told in the same sentence
(GUIDE, session 16: "A rental contract and the use under it", "A deal and the start of its
supplies").

    Acme signed a multiyear deal to rent the cloud's TPUs, with use starting in 2027.
    We signed with Rebellions this month to bring REBEL-Quad cards in, starting in the
    third quarter.

The start dates the use or the deliveries, not the signing: the deal is made, an `actual`
supply deal at publication, and the use under it is a start ahead, `announced` (open from
the period's first day) unless a plan word says it is planned. Without this, the start's
time made both read as a plan for that period.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.timex_base import point_at

# a signing told as done: "signed a deal", "has signed with", "inked a pact", "entered into"
_SIGNED = re.compile(
    r"\b(?:signed|signs|inked|inks|struck|strikes|sealed|seals|clinched|entered\sinto"
    r"|finali[sz]ed)\s"
    r"(?:(?:a|an|the|its|their)\s)?(?:[\w-]+\s){0,3}?"
    r"(?:deal|agreement|contract|pact|order|with)\b",
    re.I,
)
# a signing not done: "has not signed", "yet to be signed", "is expected to be signed"
_NOT_DONE = re.compile(
    r"\b(?:not|n['’]t|never|yet|to\sbe|will\sbe|would\sbe|if|once)\s(?:\w+\s)?$", re.I
)
# a word that makes the start a plan (own_word's, with the schedule words of the start rules)
_PLAN = re.compile(
    r"\b(?:plan\w*|aim\w*|intend\w*|target\w*|goal|roadmap|expect\w*|schedul\w*|set\sto"
    r"|slated|on\strack|on\scourse|is\sto|are\sto|due\sto|poised|hop\w*|seek\w*|want\w*)\b",
    re.I,
)
_KINDS = frozenset({"supply_deal", "adopts"})


# a clause of its own telling when the use or the deliveries begin: ", with use starting in
# 2027", ", with deliveries beginning in the third quarter"
_START_CLAUSE = re.compile(
    r",\s(?:with\s)?(?:the\s)?(?:first\s)?(?P<what>use|usage|service|access|workloads?"
    r"|deliver(?:y|ies)|shipments?|supplies|supply|racks|systems|chips)\s"
    r"(?:(?:due|set|expected)\s)?$",
    re.I,
)
_STARTING = re.compile(r"(?:starting|beginning|to\sstart|to\sbegin|from)\b")
_SUPPLIES = ("deliver", "shipment", "suppl", "racks", "systems", "chips")


def signed_starts(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The English deals and uses of a signed deal that the start of its use dated as a
    plan: the deal made at publication (``actual``), the use ``announced`` from its start."""
    if s.language != "en" or not s.times or not any(c.predicate in _KINDS for c in found):
        return found
    out: list[Candidate] = []
    for c in found:
        if c.predicate not in _KINDS:
            out.append(c)
        elif c.modality == "planned" and _start_ahead(s, c):
            out.extend(_settled(s, c))
        elif c.predicate == "adopts" and c.modality == "actual" and c.valid.kind == "point":
            out.append(_use_started_later(s, c))
        else:
            out.append(c)
    return out


def _start_ahead(s: Sentence, c: Candidate) -> bool:
    return c.valid.kind == "open" and c.valid.start is not None and c.valid.start > s.published


def _signed(s: Sentence, end: int) -> re.Match[str] | None:
    """The signing told as done in the sentence up to ``end``, with no plan word after it."""
    text = s.text[:end]
    signed = [m for m in _SIGNED.finditer(text) if not _NOT_DONE.search(text, 0, m.start())]
    if not signed or _PLAN.search(s.text, signed[0].start()):
        return None
    return signed[0]


def _settled(s: Sentence, c: Candidate) -> list[Candidate]:
    """A deal or use dated as a plan by its start: the deal made (and, when the start of
    its supplies has a clause of its own, that start too), the use a start ahead."""
    # the clause may begin after the signing ("…signed with Rebellions this month to bring
    # …, starting in the third quarter"): the sentence up to the clause's end is read
    if _signed(s, s.clause_of(c.anchor).end) is None:
        return [c]
    if c.predicate == "adopts":
        return [replace(c, modality="announced")]
    made = replace(c, modality="actual", valid=point_at(s.published))
    start = _start_clause(s, c)
    if start is not None and start[0].group("what").lower().startswith(_SUPPLIES):
        return [made, replace(c, modality="announced", valid=start[1])]
    return [made]


def _start_clause(s: Sentence, c: Candidate) -> tuple[re.Match[str], ValidTime] | None:
    """The clause of its own, after the claim's anchor, that opens with the start of a use
    or of deliveries ("…, with use starting in 2027") and the start ahead it tells."""
    for t in s.times:
        if t.start < c.anchor or t.valid.kind != "open" or t.valid.start is None:
            continue
        if t.valid.start <= s.published:
            continue
        head = _START_CLAUSE.search(s.text, max(0, t.start - 48), t.start)
        if head is not None and _STARTING.match(s.lowered, t.start):
            return head, t.valid
    return None


def _use_started_later(s: Sentence, c: Candidate) -> Candidate:
    """An English use of a signed deal read at publication whose start a clause of its own
    puts ahead (", with use starting in 2027"): a start ahead, ``announced`` from it."""
    start = _start_clause(s, c)
    if start is None or start[0].group("what").lower().startswith(_SUPPLIES):
        return c
    if _signed(s, s.clause_of(c.anchor).end) is None:
        return c
    return replace(c, modality="announced", valid=start[1])


__all__ = ["signed_starts"]
