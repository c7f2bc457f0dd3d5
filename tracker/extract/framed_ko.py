"""A Korean weighing reported inside a frame of speculation stays a weighing.

"애플이 구글 TPU 도입을 저울질한다는 관측이 나온다", "메타가 TPU 임차를 검토하고 있다는 분석이
나온다": the frame (…다는 관측/분석/전망/설) says who reckons so, and its cue (관측, 전망) is the
rightmost, so the claim read as a third party's ``forecast``; but what is reckoned is itself a
weighing (저울질, 검토, 논의), and the gold records such reports as ``considering``, as it does
"…검토 중이라는 설이 돌고 있다". Only a considering cue inside the frame moves the claim: an
inner plan or fact reported as someone's expectation stays a forecast.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

_FRAME = re.compile(r"(?:다|라)는\s(?:관측|전망|분석|설|얘기|이야기|말|소식|보도)")


def framed_weighing(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``considering`` for a Korean forecast whose frame reports a weighing."""
    if s.language != "ko" or not any(c.modality == "forecast" for c in found):
        return found
    return [replace(c, modality="considering") if _weighed(s, c) else c for c in found]


def _weighed(s: Sentence, c: Candidate) -> bool:
    if c.modality != "forecast" or c.predicate not in ("adopts", "supply_deal", "investment"):
        return False
    clause = s.clause_of(c.anchor)
    frame = _FRAME.search(s.text, c.anchor, clause.end)
    if frame is None:
        return False
    inner = s.text[clause.start : frame.start()]
    cues = s.cues.cues(inner, s.language)
    # "…공급할 수도 있다는 관측": a possibility, not a weighing, is what the frame reckons
    return (
        bool(cues)
        and cues[-1].modality == "considering"
        and not inner.startswith(_MAY, cues[-1].start)
    )


_MAY = "수도 있"
