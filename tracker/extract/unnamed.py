"""Korean subjects that name no company: "국내 클라우드 기업 한 곳도", "한 인터넷 기업은",
"대만의 다른 업체도", "일부 고객사는".

A clause whose subject is such a noun phrase has a subject of its own, only not one the
vocabulary knows: the company the text was about before is not the one acting, so no rule
may carry it into the clause (an analyst records no claim for an unnamed company).
"""

from __future__ import annotations

import re

_NOUN = r"(?:기업|업체|회사|고객사|스타트업|사업자|클라우드사|제조사)"
# an indefinite or other-than word before the noun ("한 인터넷 기업", "또 다른 업체"), or a
# count of one after it ("기업 한 곳"); "이 회사는", "해당 기업은", "회사는" refer back instead
_UNNAMED = re.compile(
    r"(?:(?<![가-힣])(?:한|어느|일부|몇몇|다른|익명의)\s(?:[가-힣A-Za-z]+\s){0,2}"
    + _NOUN
    + r"|"
    + _NOUN
    + r"\s?(?:한|몇)\s?곳)들?\s?(?:은|는|이|가|도)(?=\s)"
)


def unnamed_subject_ko(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a subject-marked noun phrase naming no company."""
    return _UNNAMED.search(text, start, end) is not None
