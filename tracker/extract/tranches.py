"""Amounts told as the tranches an investment was paid in.

"Amazon has invested $4 billion in Anthropic, paid in two tranches of $1.25 billion and
$2.75 billion", "its stake climbed to $3 billion with a final tranche of $1 billion": a
tranche is a part of the standing total, which is what `investment` records (GUIDE), so it
is no holding of its own when the sentence also states a larger amount or calls it a later
tranche. A lone first tranche ("invested a first tranche of $1.25 billion") is the whole
holding so far and stays.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch

_AMOUNT = r"[$€£¥₩]?\s?[\d.,]+\s?(?:trillion|billion|million|bn|mn|m|b)?,?\s"
# "tranches of $1 billion, $2 billion and ", "a final tranche worth about "
_BEFORE = re.compile(
    r"\btranches?\s(?:of|worth)\s(?:(?:about|some|roughly|nearly|up\sto|and|or)\s|"
    + _AMOUNT
    + r")*$",
    re.I,
)
# "the last $10 billion tranche", "a $500 million second tranche"
_AFTER = re.compile(
    r"\s(?:(?:first|second|third|final|last|initial|further|next)\s)?tranche\b", re.I
)
# a tranche after the first: an addition to the total, never the total itself
_LATER = re.compile(
    r"\b(?:second|third|fourth|fifth|final|last|further|another|next|later|remaining)\s"
    r"(?:tranche\s(?:of|worth)\s(?:about\s|some\s|roughly\s|nearly\s)?)?$"
    r"|\b(?:second|third|fourth|fifth|final|last|further|next|later|remaining)\stranche\b",
    re.I,
)


def _is_tranche(s: Sentence, q: QuantityMatch) -> bool:
    return bool(
        _BEFORE.search(s.text[max(0, q.start - 80) : q.start]) or _AFTER.match(s.text, q.end)
    )


def tranche_part(s: Sentence, i: int) -> bool:
    """Whether the English amount i is a tranche of an investment and not its total."""
    if s.language != "en" or "tranche" not in s.lowered:
        return False
    q = s.quantities[i]
    if not _is_tranche(s, q):
        return False
    if _LATER.search(s.text[max(0, q.start - 40) : q.start]) or _LATER.match(s.text, q.end):
        return True
    return any(p.unit == q.unit and p.high > q.high and not _is_tranche(s, p) for p in s.quantities)
