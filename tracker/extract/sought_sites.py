"""A place where a site is looked for, not where one is: "위스콘신 등에 추가 부지를 물색하고
있다", "미시간에서 후보지를 찾고 있다", "is scouting sites in Ohio". No site stands there
yet, so the place gives no `located_in`; a site's own places weighed ("미시시피주와 아칸소주
부지도 검토하고 있다") stay considered places of it (tests/test_extract_jbatch_s7).
"""

from __future__ import annotations

import re

_SITE_SOUGHT = re.compile(
    r"(?:부지|후보지|입지)(?:를|을)?\s(?:\S+\s)?(?:물색|찾고|찾는|검토|저울질|알아보)"
    r"|\b(?:scouting|looking\sfor|searching\sfor|hunting\sfor)\s(?:\w+\s){0,2}sites?\b",
    re.I,
)


def site_sought(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (what follows a place in its clause) looks for a site."""
    return _SITE_SOUGHT.search(text, start, end) is not None
