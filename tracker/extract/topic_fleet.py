"""A Korean company named as the topic of a fleet count is its owner, not the site in focus.

"메타는 프로메테우스를 내년에 가동한다. 메타는 올해 말까지 GPU를 130만 개 이상 확보하겠다는
계획도 밝힌 바 있다": the second sentence names no site and opens with the company as its
topic; the fleet it will acquire or run is Meta's. A count the company grows ("AWS는 연말까지
트레이니움2를 100만 개로 확대할 계획이다" after the site's 50만 개) is the level of the count
just told, and stays the site's.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

_GROWS_TO_KO = re.compile(
    r"\s?(?:이상|가량|안팎|수준)?\s?(?:으로|로|까지)\s?(?:확대|늘|키우|키울|증설|확충)"
)


def topic_opening_ko(s: Sentence, company: Mention, pos: int) -> bool:
    """Whether the sentence opens with the company as its topic, names no site, and gives
    a fleet of the company's own at the count at ``pos``."""
    return (
        company.start <= 1
        and not company.anaphoric
        # "xAI가 지난달 말 기준으로 운용한 GPU는 30만 개": the subject opening the
        # sentence is its topic too
        and s.particle(company) in ("은", "는", "이", "가")
        and not s.of_kind(("cluster", "facility"))
        and _GROWS_TO_KO.match(s.text, _end_of(s, pos)) is None
    )


def _end_of(s: Sentence, pos: int) -> int:
    return next((q.end for q in s.quantities if q.start == pos), pos)
