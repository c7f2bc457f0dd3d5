"""The part of a pledge already paid, told after the pledge ("pledged up to $30 billion to
the lab, with the first $8 billion already transferred"; "committed $5 billion, of which
$1.5 billion has already been paid in"): what is paid is the investor's standing
investment now, `actual`, beside the pledge (`announced`), in the same target. A later or
final tranche ("the final $22.5 billion tranche was paid") completes the pledge and is no
standing total of its own (see tranches.py)."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, RuleState, _quantity
from tracker.extract.timex import point_at

# the paid part, joined to the pledge: ", with the first ", ", of which ", ", with an
# initial "
_PART_BEFORE = re.compile(
    r",\s(?:with|of\swhich)\s(?:(?:the|an?)\s)?(?:(?:first|initial|opening)\s)?$", re.I
)
# then paid: "already wired", "has already been paid in", "have already gone out"
_PAID_AFTER = re.compile(
    r"\s(?:(?:has|have|had)\s)?already\s(?:been\s)?"
    r"(?:wired|paid(?:\sin|\sout|\sup)?|transferred|funded|disbursed|invested|sent|delivered"
    r"|handed\sover|gone\sout|put\sin)\b",
    re.I,
)
_PLEDGES = ("announced", "planned")


def paid_tranches(s: Sentence, state: RuleState, found: list[Candidate]) -> list[Candidate]:
    """Actual investments for the paid parts of the pledges in ``found``."""
    if s.language != "en" or "already" not in s.lowered:
        return []
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or not _PAID_AFTER.match(s.text, q.end):
            continue
        if not _PART_BEFORE.search(s.text, max(0, q.start - 30), q.start):
            continue
        pledges = [
            c
            for c in found
            if c.predicate == "investment"
            and c.modality in _PLEDGES
            and c.anchor < q.start
            and getattr(c.value, "unit", None) == q.unit
            and getattr(c.value, "high", 0) > q.high
        ]
        if not pledges:
            continue
        pledge = pledges[-1]
        state.used.add(i)
        out.append(
            Candidate(
                pledge.subject,
                "investment",
                "actual",
                point_at(s.published),
                q.start,
                dict(pledge.qualifiers),
                value=_quantity(q),
            )
        )
    return out
