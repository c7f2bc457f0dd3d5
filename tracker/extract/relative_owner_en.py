"""A description inside a relative clause on a named company refers to the main clause's
subject, not to that company nor to an object of an earlier sentence: "In October it
signed a deal with Google, and Google, which has committed about $3 billion to the company,
is now its second-largest investor" (the company = the one "it" is, the lab the text is
on); "Anthropic named AWS, which has put $8 billion into the company, as its main partner".
"""

from __future__ import annotations

import re
from typing import Protocol

from tracker.extract.clause_parties import PREPOSITION_BEFORE
from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

# ", which has committed about $3 billion to the": the relative clause runs on to the
# description with no clause break of its own
_RELATIVE = re.compile(r"['’]?,\s(?:which|who)\s[^,;:()]*$")
# "it" as a main clause's subject ("In October it signed …", "It has since …"); not "it's"
_IT_SUBJECT = re.compile(r"\b[Ii]t\s(?!is\b|was\b)")


class _Picks(Protocol):
    def pick(
        self, allowed: frozenset[str] | None, index: int, exclude: set[str], window: int = ...
    ) -> Entity | None: ...


def relative_clause_owner(
    text: str,
    before: list[Mention],
    at: int,
    allowed: frozenset[str] | None,
    salience: _Picks,
    index: int,
) -> Entity | None:
    """The main clause's subject for a description at ``at`` in object position inside a
    relative clause on the last company named before it; None when it is in no such clause
    or the main subject cannot be told."""
    if not before or _RELATIVE.search(text, before[-1].end, at) is None:
        return None
    host = before[-1]
    subjects = [
        x
        for x in before[:-1]
        if x.id != host.id
        and not x.anaphoric
        and not PREPOSITION_BEFORE.search(text, max(0, x.start - 12), x.start)
    ]
    if subjects:
        return subjects[0].entity if allowed is None or subjects[0].id in allowed else None
    if _IT_SUBJECT.search(text, 0, host.start) is None:
        return None
    # "it" as the main subject: the company most in view, none of those the sentence names
    return salience.pick(allowed, index, {x.id for x in before})
