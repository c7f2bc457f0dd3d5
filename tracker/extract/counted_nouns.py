"""A count that names what it counts, when that is not chips.

"메타는 이 칩이 이미 16개 데이터센터 리전에서 가동되고 있다고 밝혔다", "the chip already runs
in 16 data-center regions": the figure counts regions, sites or customers; a chip named
nearby ("이 칩이") does not make it a count of chips. Nor are the chiplets one package
joins ("4개의 칩렛을 하나의 패키지로 묶은", "eight chiplets") chips counted.
"""

from __future__ import annotations

import re

_OTHER_NOUN = re.compile(
    r"\s?(?:개\s?|곳\s?)?(?:의\s)?(?:데이터\s?센터|리전|지역|국가|나라|사이트|시설|캠퍼스|건물|도시|고객사?"
    r"|기업|회사|업체|사업장|파트너사?|개국|개사|칩렛"
    # a span of time ("2주 동안 빌려 써 봤다", "3개월간"), not chips
    r"|주\s?(?:동안|간|만에|째)|주일|개월|시간)"
    # one modifier may stand between ("16 data-center regions"), not a preposition ("GPUs
    # across sites": the chips counted, spread over sites)
    r"|[\s-](?:(?!(?:across|in|at|over|on|into|inside|among|between|from|to|for|with|of|and|or)"
    r"\s)[\w-]+\s)?(?:data[\s-]cent(?:er|re)s|regions|sites|countries|campuses|buildings"
    r"|halls|customers|companies|cities|states|locations|facilities|clouds|partners|chiplets)\b",
    re.I,
)


def counts_other_things(text: str, end: int) -> bool:
    """Whether the noun right after the count ending at ``end`` is something other than
    chips ("16개 데이터센터 리전", "16 data-center regions")."""
    return _OTHER_NOUN.match(text, end) is not None
