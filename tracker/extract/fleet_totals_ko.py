"""A Korean count of a whole fleet that a named chip is only part of: "예전에 들인 H100까지
합치면 5000장 안팎", "B300 기반 랙을 추가해 전체 GPU를 1만 개 이상으로", "MI355X를 더하면 총
3만 개". The chip is what is added or included; the count is of every GPU, of no one chip
(GUIDE: a count that mixes several chips has no chip qualifier).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch

# the chip included in the sum: "H100까지 합치면", "H200을 포함하면", "GB300도 더하면"
# ("GB300까지 합쳐 전체 GPU를": after 까지 or 도 the joined form says the same)
_INCLUDED = re.compile(
    r"(?:\s?[가-힣A-Za-z0-9]+){0,2}?\s?(?:(?:까지|도|을|를)\s?(?:모두\s|다\s)?"
    r"(?:합치면|합하면|더하면|포함하면|합산하면)|(?:까지|도)\s?(?:모두\s|다\s)?"
    r"(?:합쳐|합해|더해|포함해|합산해)(?:서)?\s)"
)
# the chip named as one of the kinds counted: "H100을 비롯한 엔비디아 GPU를 60만 개",
# "B200을 포함해 GPU 2만 개" (right after the chip: "H100 2만 개를 비롯해" is the chip's own)
_INCLUDING = re.compile(r"\s?(?:을|를)\s?(?:비롯한|포함한|비롯해|포함해|비롯하여|포함하여)\s")
# the chip added to what is there, then the whole told as such: "B300 랙을 추가해 전체 GPU를"
_ADDED = re.compile(r"(?:\s?[가-힣A-Za-z0-9]+){0,2}?\s?(?:을|를)\s?(?:추가해|추가하여|더해|보태)")
_WHOLE = re.compile(r"(?:전체|총)\s?(?:GPU|가속기|칩)|(?:GPU|가속기|칩)\s?(?:전체|총)")


def whole_fleet_ko(text: str, chip_end: int, count_start: int) -> bool:
    """Whether the count at ``count_start`` is a whole fleet the chip ending at
    ``chip_end`` is only included in or added to."""
    if chip_end > count_start:
        return False
    if _INCLUDED.match(text, chip_end) is not None or _INCLUDING.match(text, chip_end):
        return True
    added = _ADDED.match(text, chip_end)
    return added is not None and _WHOLE.search(text, added.end(), count_start) is not None


def included_chip(s: Sentence, q: QuantityMatch) -> Mention | None:
    """The last chip before a count with no other figure between, when the count is a
    whole fleet it is only part of (:func:`whole_fleet_ko`)."""
    before = [m for m in s.of_kind(("chip",)) if m.end <= q.start]
    if not before or any(before[-1].end <= o.start < q.start for o in s.quantities):
        return None
    return before[-1] if whole_fleet_ko(s.text, before[-1].end, q.start) else None
