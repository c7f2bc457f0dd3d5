"""A Korean specification said once of a list of chips ("나란히", "모두", "각각").

"B300과 MI355X는 나란히 288GB를 얹었다", "대역폭은 B300과 MI355X가 각각 초당 8TB":
one figure, every chip of the list has it. The spec rule gives the figure to the chip
nearest it (the list's last), so the list is read here from the chip it chose; as many
figures as chips after 각각 ("각각 288GB, 256GB") are paired in order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.entities import Mention

_SPECS = ("peak_compute", "memory_capacity", "memory_bandwidth")
_KINDS = ("chip", "system")
# between two chips of a list
_JOINED = re.compile(r"\s?(?:과|와|및|,|하고)\s?")
# after the list: its particle, then a word that gives the figure to each
_EACH = re.compile(
    r"[)\s]*(?:은|는|이|가)\s(?:\S+\s){0,2}?(?:나란히|모두|똑같이|공히|둘\s?다|각각|다\s같이)\s"
)


def specs_shared(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a figure said of a chip list given to every chip of it, and as
    many figures as chips after 각각 paired in order."""
    if s.language != "ko" or not any(c.predicate in _SPECS for c in found):
        return found
    out = list(found)
    done: set[int] = set()
    for c in found:
        if c.predicate not in _SPECS or c.anchor in done:
            continue
        listed = _listed(s, c)
        if len(listed) < 2:
            continue
        figures = _figures(s, c, listed[-1], found)
        done.update(d.anchor for d in figures)
        if len(figures) == 1:
            twins = [replace(c, subject=m.id) for m in listed[:-1]]
            out.extend(t for t in twins if not any(_same(t, d) for d in out))
        elif len(figures) == len(listed) and "각각" in s.text[listed[-1].end : c.anchor]:
            # "B300과 MI355X는 각각 288GB, 256GB를": in order
            pairs = dict(zip((id(d) for d in figures), listed, strict=True))
            out = [replace(d, subject=pairs[id(d)].id) if id(d) in pairs else d for d in out]
    return out


def _listed(s: Sentence, c: Candidate) -> list[Mention]:
    """The chips joined into a list whose last one holds the figure, with a word that
    gives it to each between them and the figure."""
    clause = s.clause_of(c.anchor)
    chips = [m for m in s.of_kind(_KINDS, clause) if m.end <= c.anchor]
    if not chips or chips[-1].id != c.subject:
        return []
    if not _EACH.match(s.text, chips[-1].end, c.anchor):
        return []
    listed = [chips[-1]]
    for m in reversed(chips[:-1]):
        if not _JOINED.fullmatch(s.text, m.end, listed[0].start):
            break
        listed.insert(0, m)
    return listed


def _figures(s: Sentence, c: Candidate, last: Mention, found: list[Candidate]) -> list[Candidate]:
    """The list's figures of the kind of ``c`` (up to the next chip named), in order."""
    clause = s.clause_of(c.anchor)
    later = [m.start for m in s.of_kind(_KINDS, clause) if m.start > c.anchor]
    stop = later[0] if later else clause.end
    figures = [d for d in found if d.predicate == c.predicate and last.end <= d.anchor < stop]
    return sorted(figures, key=lambda d: d.anchor)


def _same(a: Candidate, b: Candidate) -> bool:
    return (a.subject, a.predicate, a.qualifiers, a.value) == (
        b.subject,
        b.predicate,
        b.qualifiers,
        b.value,
    )
