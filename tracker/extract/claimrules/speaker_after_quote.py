"""A Korean quotation whose speaker comes after it: the zero subject inside is the speaker.

'"H100을 35만 개 확보했다"고 메타 측은 밝혔다', '"앤트로픽에 80억 달러를 투자했다"고 아마존은
밝혔다', '"구글 TPU를 쓰기로 했다"고 마크 저커버그 메타 CEO는 말했다': Korean quotes its
speaker's words first and names the speaker after them, with 고/라고 and a verb of saying.
Words with no subject of their own inside the quote are the speaker's company's.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.entities import Mention

_CLOSE = "\"”’'"
# right after the closing quote: the quoting ending, then at most three words (a name, a
# title) before the speaker's company
_QUOTING = re.compile(r"(?:(?:이)?라?고|(?:이)?라며|며|면서)\s(?:\S+\s){0,3}?$")  # '계획"이라고'
_SAYING = re.compile(r"말했|밝혔|설명했|전했|강조했|언급했|덧붙였|답했|말한|밝힌")
_REACH = 30


def speaker_after_quote(s: Sentence, pos: int) -> Mention | None:
    """The company that says the quotation holding ``pos``, named after it."""
    if s.language != "ko":
        return None
    close = next((i for i in range(pos, len(s.text)) if s.text[i] in _CLOSE), -1)
    if close < 0 or not any(ch in _CLOSE or ch in "“‘" for ch in s.text[:pos]):
        return None
    for m in s.of_kind(("company",)):
        if m.start <= close or m.start - close > _REACH:
            continue
        if not _QUOTING.fullmatch(s.text, close + 1, m.start):
            return None
        if s.particle(m) in TOPIC and _SAYING.search(s.text, m.end):
            return m
        return None
    return None
