"""Korean products the text calls next-generation ("차세대"): not on the market yet.

"AMD의 차세대 AI 가속기 '인스팅트(Instinct) MI450'", "엔비디아의 차세대 GPU 루빈": a Korean
text names a product as 차세대 while it is still to ship; once it ships it is "현 세대" or
simply named. Its specifications, as presented, are announced (GUIDE), unless the text
says it ships, which wins (the availability cues subtract shipping products afterwards).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence

# between "차세대" and the name: a few words of its head noun ("AI 가속기", "GPU 아키텍처",
# "플랫폼"), a quote or a parenthesis, inside one phrase
# (a word with a case particle ends the phrase: "차세대 클로드 모델을 트레이니움2로")
_HEAD_WORDS = re.compile(r"\s(?:[^\s.,;·…]*[^\s.,;·…을를이가은는에로의와과도]\s){0,4}['‘\"“]?")


def next_generation_products(sentences: list[Sentence]) -> set[str]:
    """Chips and systems a Korean text names right after "차세대"."""
    found: set[str] = set()
    for s in sentences:
        if s.language != "ko" or s.table is not None or "차세대" not in s.text:
            continue
        products = [m for m in s.mentions if m.kind in ("chip", "system")]
        for hit in re.finditer("차세대", s.text):
            after = [m for m in products if m.start >= hit.end()]
            first = min(after, key=lambda m: m.start, default=None)
            if first is not None and _HEAD_WORDS.fullmatch(s.text, hit.end(), first.start):
                found.add(first.id)
    return found
