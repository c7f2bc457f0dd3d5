"""A Korean relation told in a relative clause before its company is a statement of its own.

"엔비디아에 HBM3E를 공급하는 SK하이닉스는 올해 실적이 크게 늘었다", "구글 TPU를 쓰는
앤트로픽은 내년 기업공개를 추진한다", "프로젝트 레이니어에서 클로드를 학습시키는 앤트로픽은
올해 매출이 급증했다", "앤트로픽에 80억 달러를 투자한 아마존은 올해 실적이 좋았다": the
relative clause ("…를 공급하는", "…를 쓰는") says how things stand; the main clause after
its head says something else, with its own time (올해, 내년) and its own cue (추진한다). The
relation took both, so a standing supply became a fact of 2026 and a use of TPUs a plan for
2027. Its time and modality are now read inside the relative clause alone (no time there: a
plain fact at publication).
"""

from __future__ import annotations

from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.relative_head import relative_statement
from tracker.extract.rules import Candidate
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_RELATIONS = ("adopts", "supply_deal", "trains_on", "investment")


def relative_relations(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Each Korean relation whose evidence lies in a fronted relative clause, timed and
    moded by that clause alone."""
    if s.language != "ko" or not any(c.predicate in _RELATIONS for c in found):
        return found
    out: list[Candidate] = []
    for c in found:
        span = _relative_span(s, c) if c.predicate in _RELATIONS else None
        if span is None:
            out.append(c)
            continue
        times = [t for t in s.times if span.start <= t.start < span.end]
        valid = times[-1].valid if times else point_at(s.published)
        modality = s.modality(span.end - 1, valid, span)
        if modality is not None:
            out.append(replace(c, valid=valid, modality=modality))
    return out


def _relative_span(s: Sentence, c: Candidate) -> Span | None:
    """The relative clause holding the relation's product (or, with none, its object),
    when every mention of it sits there."""
    if c.predicate == "investment":
        return relative_statement(s, c.anchor)  # the amount's own relative clause
    key = c.qualifiers.get("product") or c.object
    if key is None:
        return None
    where = [m for m in s.mentions if m.id == key]
    if not where:
        return None
    span = relative_statement(s, where[0].start)
    if span is None or any(not span.start <= m.start < span.end for m in where):
        return None
    return span
