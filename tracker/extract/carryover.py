"""A Korean wafer figure whose measure was said in an earlier sentence.

"TSMC는 CoWoS 생산능력을 올해 말까지 월 7만 장으로 늘린다. 내년 말에는 이를 10만 장으로
확대할 계획이다." The second sentence says neither "월" nor "생산능력": "이를" and the bare
"10만 장" go on with the monthly capacity just stated. Such a figure is the same company's
capacity for the same process (unless the sentence names another process), dated by its own
time, with its own modality. A sentence that names another company ("엔비디아는 10만 장을
확보했다"), talks of demand or of a share is about something else.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate, _own_number

_REACH = 2  # sentences after the stated capacity
_ELSEWHERE = re.compile(r"수요|주문|몫|배정|할당|배분|출하|판매|생산량|연간|매출|재고")


class CapacityCarry:
    """Remembers the last Korean capacity candidate and reads later bare wafer figures."""

    def __init__(self) -> None:
        self._last: tuple[int, Candidate] | None = None

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """Capacity candidates for the bare wafer figures of ``s`` the rules left unread."""
        out: list[Candidate] = []
        if s.language == "ko" and self._last is not None and s.index - self._last[0] <= _REACH:
            out = self._read(s, found, self._last[1])
        stated = [c for c in found + out if c.predicate == "capacity"]
        if stated:
            self._last = (s.index, stated[-1])
        return out

    @staticmethod
    def _read(s: Sentence, found: list[Candidate], last: Candidate) -> list[Candidate]:
        read = {c.anchor for c in found}
        named = {m.id for m in s.of_kind(("company",))}
        if named - {last.subject} or _ELSEWHERE.search(s.text):
            return []
        processes = s.of_kind(("process", "memory"))
        qualifiers = {"process": processes[0].id} if processes else dict(last.qualifiers)
        out: list[Candidate] = []
        for q in s.quantities:
            if q.unit not in ("wafer", "wafer/month") or q.start in read:
                continue
            valid = s.valid_for(q.start, [])
            modality = _own_number(s.modality(q.start, valid), s, valid, q.start)
            if modality is None:
                continue
            out.append(
                Candidate(
                    last.subject,
                    "capacity",
                    modality,
                    valid,
                    q.start,
                    qualifiers,
                    value=Quantity(
                        low=q.low,
                        high=q.high,
                        unit="wafer/month",
                        approx=q.approx,
                        bound=q.bound,
                    ),
                    confidence=0.7,
                )
            )
        return out
