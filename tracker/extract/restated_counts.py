"""A count of the sentence before, restated bare: "1단계 물량은 GB300 35만 개이며 …. 메타는
1단계 35만 개를 내년 3분기까지 모두 설치할 계획이라고 밝혔다" (the same 350,000 GB300s, now
with the plan and the due date for installing them).

A bare count (no chip named in the sentence) equal to a deployed count of the sentence
before is the same chips at the same site: it takes that count's subject and chip, and its
own sentence's time and modality. Nothing is added when the sentence already read the
figure, names a chip, or holds no deployment word.
"""

from __future__ import annotations

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

_CHIPS = ("chip", "system")


def restated_counts(
    s: Sentence, found: list[Candidate], previous: list[Candidate]
) -> list[Candidate]:
    """``found`` plus the bare counts that restate a deployed count of ``previous``."""
    earlier = [
        c for c in previous if c.predicate == "deployed_chips" and isinstance(c.value, Quantity)
    ]
    if not earlier or s.of_kind(_CHIPS) or not s.has_trigger("deployed_chips"):
        return found
    read = {c.anchor for c in found}
    out = list(found)
    for q in s.quantities:
        if q.unit not in ("count", "") or q.start in read:
            continue
        same = next(
            (c for c in earlier if isinstance(c.value, Quantity) and c.value.high == q.high), None
        )
        if same is None or not isinstance(same.value, Quantity):
            continue
        valid = s.valid_for(q.start, [x.start for x in s.quantities])
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        value = Quantity(
            low=q.low, high=q.high, unit="count", approx=same.value.approx, bound=same.value.bound
        )
        out.append(
            Candidate(
                same.subject,
                "deployed_chips",
                modality,
                valid,
                q.start,
                dict(same.qualifiers),
                value=value,
                confidence=same.confidence * 0.9,
            )
        )
    return out
