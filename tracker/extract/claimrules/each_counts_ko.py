"""Korean chip counts given to a list of companies with 각각 ("each", "respectively").

"앤트로픽과 메타가 각각 TPU 5만 장을 도입했다": every company of the list has the count;
"마이크로소프트와 메타가 GB200을 각각 5만 장, 3만 장 확보했다": as many counts as companies,
paired in order. The deployment rule gives the count to one company of the list (the one
nearest the figure), so the list is read here from the company it chose.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.common import Candidate, _quantity
from tracker.extract.coordination import joined_companies, list_after
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span

# between two counts of one list: "3,000장과 2,000장", "5만 장, 3만 장 및 1만 장"
_JOINED_COUNT = re.compile(r"\s?(?:과|와|,|및)\s?")


def counts_each(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a count said of a 각각 list given to each company of the list."""
    if s.language != "ko":
        return found
    if "각각" not in s.text:
        return [c for c in found if not _shared(s, c)]
    out: list[Candidate] = []
    done: set[int] = set()
    for k, c in enumerate(found):
        if k in done:
            continue
        clause = s.clause_of(c.anchor)
        listed = _listed(s, c, clause.start)
        if c.predicate != "deployed_chips" or len(listed) < 2:
            out.append(c)
            continue
        if "각각" not in s.text[listed[-1].end : c.anchor + 1]:
            out.append(c)
            continue
        # the counts after 각각 in the clause, of one chip or several ("각각 H100 10만 개와
        # GB200 5만 개": as many as the companies, so in order)
        same = [
            j
            for j, d in enumerate(found)
            if d.predicate == "deployed_chips"
            and d.subject == c.subject
            and d.anchor >= c.anchor
            and s.clause_of(d.anchor) == clause
        ]
        done.update(same)
        joined = _joined_counts(s, c, clause)
        if len(same) == len(listed):  # "각각 5만 장, 3만 장": in order
            out.extend(replace(found[j], subject=m.id) for j, m in zip(same, listed, strict=True))
        elif len(joined) == len(listed):
            # "각각 3,000장과 2,000장": the counts joined to the first one, in order (a bare
            # 장 after the first reads as wafers when no chip stands beside it)
            out.extend(
                replace(c, subject=m.id, value=_quantity(q, "count"), anchor=q.start)
                for m, q in zip(listed, joined, strict=True)
            )
        elif len(same) == 1:  # "각각 5만 장": the same for each
            out.extend(replace(c, subject=m.id) for m in listed)
        else:
            out.extend(found[j] for j in same)
    return out


# a count the companies of a list hold together: "함께 쓰는", "공동으로 운영하는", "합쳐서"
_TOGETHER = re.compile(r"함께|같이|공동|합쳐|합해")


def _shared(s: Sentence, c: Candidate) -> bool:
    """Whether a count given to one company of a list is the whole list's, together ("메타와
    오픈AI는 H100 10만 개를 함께 쓰는 클러스터를 짓는다"): no one company's fleet."""
    if c.predicate != "deployed_chips":
        return False
    clause = s.clause_of(c.anchor)
    if _TOGETHER.search(s.text, clause.start, clause.end) is None:
        return False
    return len(_listed(s, c, clause.start)) >= 2


def _listed(s: Sentence, c: Candidate, start: int) -> list[Mention]:
    """The 각각 list holding the company a count was given to, marked as the subject."""
    heads = [
        m
        for m in s.of_kind(("company",))
        if m.id == c.subject and start <= m.start < c.anchor and s.particle(m) in TOPIC
    ]
    if not heads:
        return []
    return joined_companies(s, heads[-1], s.clause_of(c.anchor))


def _joined_counts(s: Sentence, c: Candidate, clause: Span) -> list[QuantityMatch]:
    """The count at the candidate's anchor and the counts joined to it one after another
    ("3,000장과 2,000장"), in order."""
    counts = [
        q
        for q in s.quantities
        if q.unit in ("count", "wafer") and clause.start <= q.start < clause.end
    ]
    first = next((k for k, q in enumerate(counts) if q.start == c.anchor), None)
    if first is None:
        return []
    head = counts[first]
    return [head, *list_after(s.text, counts[first + 1 :], head.end, _joined_count)]


def _joined_count(gap: str, _begun: bool) -> bool:
    return _JOINED_COUNT.fullmatch(gap) is not None
