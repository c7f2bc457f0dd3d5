"""A Korean count that goes on about the fleet just told, naming nothing itself.

"마이크로소프트가 올해 말까지 GB200을 30만 개 이상으로 늘릴 계획. 현재 가동 규모는 약 15만
개.", "네비우스는 … B200을 내년 말까지 6만 개로 늘리겠다고 밝혔습니다. 지금은 2만 개 남짓이
돌아가고 있습니다.", "GPU를 30만 개 넘게 돌리고 있습니다. … 올해 말까지 50만 개를 채우는 게
목표입니다.": Korean drops the owner and the chip the reader already has, so a sentence that
names no company, chip or site and counts with a deployment word is the same fleet at
another time. The count takes the last deployment count's subject and chip (the extractor
keeps the last one of the two sentences before), and its own time and modality.

Not read so: a part of the fleet ("이 가운데 …", "나머지 2만 개는"), an amount added or a
change by ("2만 개를 더", "576개가 늘어나는 셈"), a count of other things ("16개 리전").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _increment, machine_count
from tracker.extract.counted_nouns import counts_other_things
from tracker.extract.quantities import QuantityMatch
from tracker.extract.rules import Candidate

# what names an owner or a chip of its own: the count is then the rules' to read
_NAMING = ("company", "chip", "system", "cluster", "facility")
# a part of the fleet told before: "이 가운데", "그중", "나머지", "각각"
_PART_KO = re.compile(r"가운데|그중|이 중|이중|나머지|잔여|각각|일부|절반|\d\s?%")
# another party's figure, or one given up: "당초 정부는 1만 장 이상을 목표로 했는데", "업계는"
_OTHERS_KO = re.compile(r"정부|당국|부처|의원|증권가|업계|시장|국내|세계|경쟁사|고객사|당초|원래")
# a change by the count, not to it: "576개가 늘어나는", "6천 장 늘었음", "1만 장 줄어든"
_CHANGE_BY_KO = re.compile(
    r"\s?(?:이|가|을|를)?\s?(?:늘어|늘었|늘어난|증가|줄어|줄었|감소|많아|적어)"
)
# chips are counted by 개 or 장 (대 counts servers and racks)
_COUNTER_KO = re.compile(r"[개장]")


def continued_fleet(s: Sentence, found: list[Candidate], last: Candidate) -> list[Candidate]:
    """``found`` plus the bare counts of ``s`` that go on about ``last``'s fleet."""
    if s.language != "ko" or s.of_kind(_NAMING) or not s.has_trigger("deployed_chips"):
        return found
    if s.has_trigger("chips_per_system"):
        return found  # "GPU 8장이 들어간 서버 256대를": what one server holds, servers counted
    if not isinstance(last.value, Quantity) or _PART_KO.search(s.text) or _OTHERS_KO.search(s.text):
        return found
    read = {c.anchor for c in found}
    out = list(found)
    for q in s.quantities:
        if q.start in read or not (q.unit == "count" or _sheets(s, q)):
            continue
        if q.high < 2 or _increment(s, q) or counts_other_things(s.text, q.end):
            continue
        if machine_count(s, q) or _COUNTER_KO.search(q.text) is None:
            continue
        if _CHANGE_BY_KO.match(s.text, q.end):
            continue
        valid = s.valid_for(q.start, [x.start for x in s.quantities])
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
        out.append(
            replace(
                last,
                modality=modality,
                valid=valid,
                anchor=q.start,
                value=value,
                qualifiers=dict(last.qualifiers),
                confidence=last.confidence * 0.8,
            )
        )
    return out


# wafers told as such, or a monthly rate: "웨이퍼 월 10만 장"
_WAFERS_KO = re.compile(r"웨이퍼|월\s?(?:평균\s)?(?:약\s)?\d")


def _sheets(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a figure the recognizer took for wafers ("3만5000장 정도") counts cards: 장
    with no wafer or monthly rate in the sentence, after a count of chips."""
    return q.unit == "wafer" and "장" in q.text and _WAFERS_KO.search(s.text) is None
