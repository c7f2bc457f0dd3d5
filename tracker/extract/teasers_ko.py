"""A Korean writer's teaser for a later post or episode asserts nothing.

"다음 글에서는 CoWoS, 그러니까 GPU와 HBM을 한 판에 붙이는 패키징 얘기를 해 볼게요", "다음
에피소드: 데이터센터 전력 문제", "다음 편에서는 루빈의 HBM4를 다룬다": the line names what a
later piece will talk about; the products and technologies in it are topics, not facts (a
blog's, a newsletter's or a podcast's sign-off).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

_TEASER = re.compile(
    r"^\W*(?:다음|이번\s주|다음\s주)\s?(?:글|편|회|시간|호|에피소드|방송|레터|뉴스레터)"
    r"(?:에서는|에서|에는|에|:|은|는)\s?"
)


def without_teasers(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found``, or nothing when the sentence is a teaser for a later piece (Korean)."""
    if not found or s.language != "ko" or "다음" not in s.text[:12]:
        return found
    return [] if _TEASER.match(s.text) else found
