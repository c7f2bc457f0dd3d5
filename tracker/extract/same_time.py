"""A time named by reference to the one before it: "같은 시점", "그 시점", "by then".

"당사는 SK하이닉스의 HBM 생산능력이 내년 말 월 26만 장 … 에 이를 것으로 본다. 마이크론은
같은 시점 월 9만 장 안팎으로 추정한다": the second figure is dated by the first one's time
(the end of next year), which the phrase points back to; alone it would be read as a fact
of the publication day. Only dated counts and capacities take it (a specification is
timeless), and only from a figure of the last two sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tracker.domain.claims import ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate
from tracker.extract.timex import point_at

_PREDICATES = frozenset({"deployed_chips", "capacity"})
_SAME_TIME = re.compile(
    r"(?:같은|동일한?|그|이)\s?(?:시점|시기|기간)|그때까지|이때까지"
    r"|\b(?:by\sthen|by\sthat\stime|by\sthat\spoint|at\sthat\spoint|at\sthe\ssame\spoint"
    r"|(?:over|in|during)\sthe\ssame\speriod)\b",
    re.IGNORECASE,
)
_REACH = 2  # sentences


@dataclass
class SameTime:
    """The time of the last dated count or capacity, and the sentence it was in."""

    last: ValidTime | None = None
    index: int = -10

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """``found`` with the figures of a sentence that points back ("같은 시점") dated by
        the last figure's time; then remember this sentence's own last dated figure."""
        today = point_at(s.published)
        out = found
        if (
            self.last is not None
            and s.index - self.index <= _REACH
            and _SAME_TIME.search(s.text) is not None
        ):
            last = self.last
            out = [
                replace(c, valid=last) if c.predicate in _PREDICATES and c.valid == today else c
                for c in found
            ]
        dated = [c for c in out if c.predicate in _PREDICATES and c.valid != today]
        if dated:
            self.last, self.index = dated[-1].valid, s.index
        return out
