"""Where money a Korean company raised comes from ("…로부터 80억 달러를 유치했다",
"엔비디아에서 20억 달러를 투자받았다"): the source invests in the raiser."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

_FROM_KO = ("으로부터", "로부터", "에게서")
# "엔비디아에서 20억 달러를 투자받았다": 에서 names the source only when the amount and the
# raising come right after it ("엔비디아에서 일했던 임원을 영입하고 … 유치했다" does not)
_RECEIVED_MONEY_KO = re.compile(r"\s받은\s?(?:투자|돈|자금)")
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
    if _RECEIVED_MONEY_KO.match(s.text, at):
        return True  # "구글에서 받은 투자금은 30억 달러"
    return any(
        q.start - at <= 6
        and _AMOUNT_LEAD_KO.fullmatch(s.text, at, q.start)
        and _RAISED_AFTER_KO.match(s.text, q.end)
        for q in s.quantities
        if q.start >= at
    )


def raiser_in_view(s: Sentence, source: Mention | None) -> Mention | None:
    """The company that raised money when the sentence names only where it came from
    ("…구글에서 받은 투자금도 30억 달러 안팎에 이른다"): the topic marked in the sentence
    before, as a reference back."""
    if source is None:
        return None
    topic = s.focus.get("marked", s.index, 1)
    if topic is None or topic.id == source.id:
        return None
    return Mention(source.start, source.start, topic, "", True)
