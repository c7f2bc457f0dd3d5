"""Korean near-future spans that name no calendar period ("몇 주 안에", "수개월 내",
"조만간", "머지않아"): the Korean side of :mod:`tracker.extract.near_future`.

The GUIDE resolves no time from them, so a claim they time stays at publication, but what
they time has not happened yet: a clause with one and no modality cue ("몇 주 안에 H200
6만 개를 가동한다고 밝혔다") is a future action, not a present fact. Told by the company
itself (a saying verb, no third party) it is ``announced``, as the GUIDE rules for a future
action with no plan word; otherwise ``planned``.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality

# "몇 주 안에", "몇 달 내", "수개월 내에", "수 주 이내", "향후 몇 주간", "조만간", "머지않아",
# "이른 시일 안에", "곧 "; not "몇 주 만에" (within weeks of a past event), "몇 달 전", "곧바로"
_NEAR_FUTURE_KO = re.compile(
    r"(?:몇|수)\s?(?:주|달|개월)\s?(?:안에|내에|내\s|이내|사이에|뒤에|후에|후\s|뒤\s)"
    r"|(?:향후|앞으로)\s(?:몇|수)\s?(?:주|달|개월)"
    r"|조만간|머지않아|이른\s?시일\s?(?:안에|내에?|내)|(?<![가-힣])곧\s"
)
# the company's (or its executive's) own word: a saying verb
_SAYING_KO = re.compile(r"밝혔|말했|썼다|적었|설명했|강조했|전했|언급했|예고했|공언했")
_THIRD_PARTY_KO = re.compile(r"소식통|업계|관계자|증권|애널리스트|연구원|외신|따르면|보도")


# the clause's first finite verb ("가동한다고 밝혔다" -> 한다) and the past syllables (closed
# by ㅆ, not 겠 or 있): "몇 달 안에 6만 개를 채웠다" achieved it, nothing to come
_FIRST_VERB = re.compile(r"([가-힣])다(?:고|[.\s\"'”’)]|$)")
_PAST = frozenset(
    chr(0xAC00 + i) for i in range(11172) if i % 28 == 20 and chr(0xAC00 + i) not in "겠있"
)


def near_future_ko(clause: str) -> bool:
    """Whether a Korean clause times what it states, not yet done, by a near-future span
    with no date."""
    if _NEAR_FUTURE_KO.search(clause) is None:
        return False
    verb = _FIRST_VERB.search(clause)
    return verb is None or verb.group(1) not in _PAST


def near_future_modality_ko(sentence: str) -> Modality:
    """The modality of a cue-less Korean clause timed by a near-future span."""
    if _SAYING_KO.search(sentence) and not _THIRD_PARTY_KO.search(sentence):
        return "announced"
    return "planned"
