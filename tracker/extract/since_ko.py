"""A Korean state told with its start as background is today's state (GUIDE, "since").

"삼성전자는 지난해부터 AMD에 HBM3E를 공급하고 있다", "지난달부터 … 보내고 있습니다": what a
company does now, with the time it began. The start dates the beginning, not the claim: the
claim is a `point` at publication, as "has been buying … since 2024" is. The adopts rule
already reads it so; this pass does it for every predicate, after the rules. A start still
ahead ("내년부터 공급하기로 했다": a deal made, from next year) keeps its `open` time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.timex import point_at


def since_as_today(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a Korean actual state open from a past start put at publication."""
    if s.language != "ko":
        return found
    return [_today(s, c) for c in found]


# "올해 내내 … 대 왔다", "상반기 동안 … 공급해 오고 있다": a state kept up through the period
# it is in, to today
_KEPT_UP = re.compile(r"내내|(?:[아어와워]|해)\s?(?:왔|오고\s있|온\s)")


def _today(s: Sentence, c: Candidate) -> Candidate:
    valid = c.valid
    if (
        c.modality == "actual"
        and valid.kind == "point"
        and valid.start is not None
        and valid.end is not None
        and valid.start < s.published <= valid.end
        and _KEPT_UP.search(s.text)
    ):
        return replace(c, valid=point_at(s.published))
    if c.modality != "actual" or valid.kind != "open" or valid.start is None:
        return c
    if valid.start > s.published:
        return c
    return replace(c, valid=point_at(s.published))
