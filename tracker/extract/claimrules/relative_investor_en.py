"""The investor of an English amount told in a relative clause on a company ("…, and
Google, which has committed about $3 billion to the company, is now its second-largest
investor"): the company the clause describes puts the money in, not the sentence's first
subject."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch

_WHICH = re.compile(r",\s(?:which|who)\s")
# the relative clause runs on to the amount: no comma, semicolon or other clause between
_UNBROKEN = re.compile(r"[^,;:()]*")


def relative_investor_en(s: Sentence, q: QuantityMatch, pool: list[Mention]) -> Mention | None:
    """The company of ``pool`` whose relative clause holds the amount at ``q``."""
    for m in reversed(pool):
        which = _WHICH.match(s.text, m.end)
        if which is not None and _UNBROKEN.fullmatch(s.text, which.end(), q.start):
            return m
    return None
