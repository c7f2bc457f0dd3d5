"""Korean gapping: figures listed under one shared verb share its time.

"NHN클라우드가 B200 7,656장, 네이버클라우드는 H200 3,056장, 카카오는 B200 2,424장을 연내
구축할 예정이다" lists figures whose verb, and the time before it, is written once, after the
last of them. A figure that closes its conjunct with a bare comma ("3,056장,") has no verb of
its own, so the time standing between the list's last figure and the shared verb dates it
too. A time written inside a conjunct ("카카오는 내년 B200 2,000장을") stays that conjunct's.

The time may instead be written once in the first conjunct, before its figure: "SK하이닉스의
HBM 생산능력이 내년 말 월 20만 장, 삼성전자는 월 17만 장에 이를 것으로" dates both figures
by the end of next year; a later conjunct with no time of its own takes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.quantity_match import QuantityMatch
from tracker.extract.timex_base import TimeMatch

# a bare figure ending its conjunct: no particle, no verb, a comma
_GAPPED_END = re.compile(r"\s?,\s")


def shared_time(
    text: str,
    quantities: Sequence[QuantityMatch],
    anchor: int,
    others: Sequence[int],
    times: Sequence[TimeMatch],
    clause_end: int,
) -> TimeMatch | None:
    """The time of the verb a gapped figure at ``anchor`` shares with the figures after it,
    or ``None`` when the figure is not gapped or the list's last figure names no time."""
    ends = {q.start: q.end for q in quantities}
    end = ends.get(anchor)
    if end is None or not _GAPPED_END.match(text, end):
        return _leading_time(text, ends, anchor, others, times)
    later = sorted(o for o in others if anchor < o < clause_end and o in ends)
    if not later:
        return None
    # every figure between this one and the last is gapped the same way
    if any(not _GAPPED_END.match(text, ends[o]) for o in later[:-1]):
        return None
    last_end = ends[later[-1]]
    for t in times:
        if last_end <= t.start < clause_end and "," not in text[last_end : t.start]:
            return t
    return _leading_time(text, ends, anchor, others, times)


def _leading_time(
    text: str,
    ends: dict[int, int],
    anchor: int,
    others: Sequence[int],
    times: Sequence[TimeMatch],
) -> TimeMatch | None:
    """The time before the first figure of a gapped list this figure closes, when its own
    conjunct names none (the caller found no time of its own)."""
    earlier = sorted((o for o in others if o < anchor and o in ends), reverse=True)
    first = None
    for o in earlier:  # back along the figures that each end a conjunct with a comma
        if not _GAPPED_END.match(text, ends[o]):
            break
        first = o
    if first is None:
        return None
    if any(first <= t.start < anchor for t in times):
        return None  # a conjunct dated on its own: "지난해 말 10만 장, 올해 말 15만 장"
    before = [t for t in times if t.end <= first and "," not in text[t.end : first]]
    if not before or any(before[-1].end <= o < first for o in ends):
        return None
    return before[-1]
