"""English investments whose second conjunct leaves out the verb and the target.

"Microsoft agreed to invest up to $5 billion in Anthropic and Nvidia up to $10 billion",
"Intel put $2 billion into Nscale, and AMD $1 billion": the later amount is that of the
company right before it, into the same target. Each amount gets its own investor only
when every later amount of the clause is such a gapped conjunct (a company, at most a bound
word, the amount, then the clause's end); an amount with a target of its own ("and AMD $1
billion in Mistral AI") or a plain list of one company's amounts is left to the usual rule.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.text import Span

# "… and Nvidia up to ", ", while AMD about ": the joint before a gapped conjunct's company
_JOINT = re.compile(r"(?:,\s|\s)(?:and|while|with)\s$|,\s$")
_BOUND = re.compile(
    r"\s(?:(?:up\sto|about|roughly|some|nearly|around|as\smuch\sas|more\sthan|over)\s)?$"
)
# the gapped conjunct ends with its amount: punctuation, "respectively" never follows
_ENDS = re.compile(r"\s?(?:[.;:)]|,\s|$|\s(?:each|apiece)\b)")


def gapped_investors_en(
    s: Sentence, money: list[int], clause: Span, inner: Span | None
) -> list[tuple[str, int]]:
    """(investor, amount index) for each amount of a gapped English list, else none."""
    group = [
        j
        for j in money
        if clause.start <= s.quantities[j].start < clause.end
        and s.inner_of(s.quantities[j].start) == inner
    ]
    if len(group) < 2:
        return []
    companies = s.of_kind(("company",), clause)
    first = s.quantities[group[0]]
    before = [m for m in companies if m.end <= first.start and not _after_prep(s, m.start)]
    if not before:
        return []
    out = [(before[-1].id, group[0])]
    for j in group[1:]:
        q = s.quantities[j]
        bound = _BOUND.search(s.text, 0, q.start)
        cut = bound.start() if bound else q.start
        own = [m for m in companies if m.end == cut]
        if not own or not _JOINT.search(s.text, 0, own[0].start):
            return []
        if not _ENDS.match(s.text, q.end):
            return []  # "and AMD $1 billion in Mistral AI": a target of its own
        out.append((own[0].id, j))
    return out if len({c for c, _ in out}) == len(out) else []


def _after_prep(s: Sentence, start: int) -> bool:
    return re.search(r"\b(?:in|into|to|from|with|on|at|of|for)\s$", s.lowered[:start]) is not None
