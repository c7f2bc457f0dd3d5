"""A company named as the possessor inside an apposition is not the clause's subject.

"Amazon, Anthropic's biggest backer, has deployed 500,000 Trainium2 chips": the apposition
between the commas says who Amazon is to Anthropic; the nearest company before the verb is
Anthropic, but the clause is about Amazon.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence

_BEFORE = re.compile(r"[A-Za-z0-9)’'\"”],\s(?:the\s)?$")
_AFTER = re.compile(r"['’]s\s(?:[\w-]+\s){0,3}?[\w-]+,\s")


def appositive_possessors(s: Sentence, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The ids of the mentions (of ``kinds``) that open an English apposition as its
    possessor (", Anthropic's biggest backer,")."""
    if s.language != "en":
        return ()
    return tuple(
        m.id
        for m in s.of_kind(kinds)
        if _BEFORE.search(s.text, max(0, m.start - 8), m.start) and _AFTER.match(s.text, m.end)
    )
