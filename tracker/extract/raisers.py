"""The company an English sentence says is raising money ("FuriosaAI … has closed a $180
million Series D financing round", "xAI is raising $20 billion"), remembered in the
discourse focus so that a later "invested $40 million in the round" names its target."""

from __future__ import annotations

import re

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

RAISER = "raiser"  # the Focus slot
# a verb of raising with a round, a financing or an amount after it
_RAISES = re.compile(
    r"\b(?:raised|raises|raising|closed|closes|closing|completed|launched|opened)\b"
    r"(?:[^.;]|\.\d){0,60}?(?:\bround\b|\bfinancing\b|\braise\b|\bcapital\b|\bfunding\b|\bfunds\b|\$\s?\d)",
    re.I,
)


def raiser_of(text: str, mentions: list[Mention]) -> Entity | None:
    """The subject company of the sentence's verb of raising, if it has one."""
    if "rais" not in text and "round" not in text and "financing" not in text:
        return None  # cheap gate
    m = _RAISES.search(text)
    if m is None:
        return None
    before = [c for c in mentions if c.kind == "company" and c.end <= m.start()]
    return before[0].entity if before else None
