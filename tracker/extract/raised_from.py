"""Where money a Korean company raised comes from ("…로부터 80억 달러를 유치했다",
"엔비디아에서 20억 달러를 투자받았다"): the source invests in the raiser."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

_FROM_KO = ("으로부터", "로부터", "에게서")
# "엔비디아에서 20억 달러를 투자받았다": 에서 names the source only when the amount and the
# raising come right after it ("엔비디아에서 일했던 임원을 영입하고 … 유치했다" does not)
_AMOUNT_LEAD_KO = re.compile(r"\s(?:(?:총|약|모두|최대|추가로)\s?)?")
_RAISED_AFTER_KO = re.compile(
    r"\s?(?:를|을|의)?\s?(?:규모의\s)?(?:투자를\s?받|투자받|투자를\s유치|유치)"
)


def source_ko(s: Sentence, m: Mention) -> bool:
    """Whether a Korean company is named as where money raised comes from."""
    if s.text.startswith(_FROM_KO, m.end):
        return True
    if not s.text.startswith("에서", m.end):
        return False
    at = m.end + 2
    return any(
        q.start - at <= 6
        and _AMOUNT_LEAD_KO.fullmatch(s.text, at, q.start)
        and _RAISED_AFTER_KO.match(s.text, q.end)
        for q in s.quantities
        if q.start >= at
    )
