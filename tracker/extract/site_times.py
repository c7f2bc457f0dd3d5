"""A site named only to date something: "trained Claude 3 on TPUs in 2023, before Project
Rainier existed", "until Colossus came online", "프로젝트 레이니어가 생기기 전": the site is the
time reference of the statement, not where the training runs. (After a site opens, "after
Rainier came online, Anthropic trained Claude 4 there", the site is where it runs.)
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

_BEFORE_EN = re.compile(
    r"\b(?:before|until|till|prior\sto|ahead\sof)\s(?:the\s)?(?:[\w-]+\s)?$", re.I
)
_AFTER_KO = re.compile(r"(?:가|이|는|은)?\s(?:\S+\s)?\S*?(?:기\s?전|기\s?이전|기\s?까지|기\s?앞서)")


def dates_only(s: Sentence, site: Mention) -> bool:
    """Whether a site mention is only the time reference of a temporal clause."""
    if s.language == "ko":
        return _AFTER_KO.match(s.text, site.end) is not None
    return _BEFORE_EN.search(s.text, max(0, site.start - 30), site.start) is not None
