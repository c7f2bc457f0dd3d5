"""Who adopts in an English clause whose subject lists several companies: "CoreWeave and
Nebius say they will be among the first clouds to offer Rubin instances", "Oracle and
Nebius will both offer Vera Rubin": each company of the list adopts, when the list is the
clause's subject (a verb follows it) and none of its members is a product's brand."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import brand_of_product
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.text import Span

# what follows a list that is a clause's subject: a verb or a word before one
_VERB_AFTER = re.compile(
    r",?\s(?:both|each|also|already|now|still|say|says|said|will|would|could|are|were|have"
    r"|had|plan|plan\sto|intend|expect|run|use|rent|offer|deploy|added|began|started|signed)\b"
)


def listed_adopters_en(s: Sentence, subject: Mention, clause: Span) -> list[Mention]:
    """The subject and the companies listed with it as the clause's subject."""
    listed = [m for m in joined_companies(s, subject, clause) if not m.anaphoric]
    if len(listed) < 2 or listed[0].start != subject.start:
        return [subject]
    if _VERB_AFTER.match(s.lowered, listed[-1].end) is None:
        return [subject]
    if any(brand_of_product(s, m) for m in listed):
        return [subject]
    return listed
