"""An English count said without its chip, by a reference back to what was just counted:
"The Atlanta building houses about 140,000 GB300 chips. It will hold roughly 280,000 by the
end of the year"; "… runs some 60,000 H100s today. The site should reach 100,000 next year".

News names the chip once and then gives the next level of the same fleet as a bare figure
after "it" or "the site" and a verb of holding or reaching. Such a figure is the previous
count's subject and chip, with its own time and modality, only when the figure has no noun
of its own after it (not "280,000 homes", "100,000 customers") and the sentence names no
chip of its own. The extractor keeps the last deployment count of the last two sentences
and hands it here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

# the holder referred back to and its verb, right before the figure
_HELD_BY = re.compile(
    r"\b(?:[Ii]t|[Tt]he\s(?:site|campus|cluster|facility|building|data\s?cent(?:er|re)|"
    r"fleet|figure|count|total|number))\s"
    r"(?:(?:will|would|should|could|is\s(?:set|expected|due|slated)\sto|is\sto)\s)?"
    r"(?:(?:eventually|then|later|soon)\s)?"
    r"(?:hold|house|host|reach|top|climb\sto|rise\sto|grow\sto|double\sto|expand\sto)\s"
    r"(?:(?:about|around|roughly|some|nearly|approximately|almost|more\sthan|over|as\smany\sas|"
    r"up\sto|close\sto)\s)?$"
)
_REACH = 40
# the figure stands alone: a comma, a full stop or a time or clause word follows, not a noun
_BARE_AFTER = re.compile(
    r"(?:\s?[,.;)]|\s(?:by|in|at|from|within|before|after|next|this|over|once|when|as|"
    r"and|early|late|later)\b|$)"
)
_CHIPS = ("chip", "system")


def held_counts(s: Sentence, found: list[Candidate], last: Candidate) -> list[Candidate]:
    """``found`` plus the bare figures that carry ``last``'s count further."""
    if any(m.kind in _CHIPS and not m.anaphoric for m in s.mentions):
        return found
    out = list(found)
    anchored = {c.anchor for c in found}
    for q in s.quantities:
        if q.unit not in ("count", "") or q.start in anchored:
            continue
        if not _HELD_BY.search(s.text, max(0, q.start - _REACH), q.start):
            continue
        if not _BARE_AFTER.match(s.text, q.end):
            continue
        time = s.time_for(q.start, [])
        valid = time.valid if time is not None else last.valid
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
        out.append(replace(last, modality=modality, valid=valid, anchor=q.start, value=value))
    return out
