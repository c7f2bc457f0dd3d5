"""The company whose own site a Korean story stands in.

"춘천 구봉산 자락에 자리한 네이버 데이터센터 '각 춘천'. 출입 절차를 거쳐 들어간 서버실에서는
엔비디아 H100 GPU 2만여 개가 쉴 새 없이 돌아가고 있습니다." A report walks through a company's
data center, named once with its owner ("네이버 데이터센터", "카카오의 안산 데이터센터"); the
sentences after it tell what runs in "the server room", "이곳", "센터에서는" without naming
anyone. The chips there are the site owner's fleet. The extractor keeps the owner of the last
such site named (:data:`SITE_OWNER` in the discourse focus) for two sentences.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.vocabulary import Entity

SITE_OWNER = "site_owner"

# a company's own site named after it: "네이버 데이터센터", "카카오의 안산 데이터센터", "KT 목동
# AI 센터"
_OWN_SITE_NAMED = re.compile(
    r"(?:의)?\s(?:[가-힣A-Za-z0-9]+\s)?(?:데이터\s?센터|AI\s?센터|AI\s?데이터\s?센터|캠퍼스)"
)
# the place the sentence is at, unnamed: "서버실에서는", "이곳에", "센터 안에는"
_PLACE_KO = re.compile(
    r"서버실|전산실|이곳|그곳|이 곳|(?:센터|캠퍼스)\s?(?:안|내부)?(?:에서|에는|에)"
)


def own_site_named(s: Sentence) -> Entity | None:
    """The company whose own site the Korean sentence names, if any."""
    for m in s.mentions:
        if m.kind == "company" and not m.anaphoric and _OWN_SITE_NAMED.match(s.text, m.end):
            return m.entity
    return None


def place_owner_ko(s: Sentence, pos: int) -> Entity | None:
    """The owner of the site in view, for a Korean count told at an unnamed place."""
    if _PLACE_KO.search(s.text, 0, min(len(s.text), pos + 40)) is None:
        return None
    return s.focus.get(SITE_OWNER, s.index, 2)
