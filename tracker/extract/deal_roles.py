"""Who buys in an English deal, by argument role: the subject of a verb of acquiring
("buy", "rent", "lease", "source", "order" … "from" someone) is the customer, whatever
order the two companies are named in.

The supply rule orients a deal by the product's known makers and by a supply verb; when
neither says it, it falls back on the order of the names, which is wrong as soon as the
sentence opens with the supplier in another clause ("Supermicro rose 3% after xAI said it
is buying GB300 racks from the server maker").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.entities import Mention

_ACQUIRE_FROM = re.compile(
    r"\b(?:buy|buys|buying|bought|purchas\w*|rent|rents|renting|rented|leas(?:e|es|ed|ing)|"
    r"sourc(?:e|es|ed|ing)|procur\w*|obtain\w*|ordered|ordering|license[sd]?|licensing)\b"
    r"(?:[^,;.]|[,.]\d){0,60}?\bfrom\s",
    re.IGNORECASE,
)
_AFTER_PREPOSITION = re.compile(r"\b(?:from|to|with|by|for|of|at|in|into|on)\s(?:the\s)?$", re.I)
_SUBJECT_PRONOUNS = ("we", "our", "us")
_RELATIVE_HEAD = re.compile(r",?\s(?:which|who|that)\s")


def customer_by_role(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Supply deals turned round when the acquiring verb's subject stands as supplier."""
    if s.language != "en" or "from " not in s.lowered:
        return found
    if not any(c.predicate == "supply_deal" and c.object for c in found):
        return found
    buyers = [b for m in _ACQUIRE_FROM.finditer(s.text) if (b := _subject(s, m.start()))]
    if not buyers:
        return found
    out: list[Candidate] = []
    for c in found:
        turned = c.predicate == "supply_deal" and c.object and any(b.id == c.object for b in buyers)
        out.append(replace(c, subject=str(c.object), object=c.subject) if turned else c)
    return out


def _subject(s: Sentence, verb: int) -> Mention | None:
    """The company the verb at ``verb`` is said of: the nearest one named before it (or
    "we" in a company's own text) that is no preposition's object; "it" is skipped for
    the name it stands for, which the sentence gives before it."""
    for m in reversed([m for m in s.mentions if m.kind == "company" and m.end <= verb]):
        if m.anaphoric and m.text.lower() not in _SUBJECT_PRONOUNS:
            continue
        if _RELATIVE_HEAD.match(s.text, m.end):
            return m  # "… to Meta, which also buys H100s from it": the relative's head
        if _AFTER_PREPOSITION.search(s.lowered[max(0, m.start - 10) : m.start]):
            continue
        return m
    return None
