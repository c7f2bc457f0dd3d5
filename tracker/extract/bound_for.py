"""Where goods go, in Korean: a chip named as the destination of what is traded.

"HBM4 12단 제품은 엔비디아 베라 루빈 플랫폼용 인증을 마쳤고, … 엔비디아에 출하하고 있다",
"루빈에 들어갈 HBM4를 공급한다": the chip before 용 (for) or before "에 들어갈/탑재될" is where
the memory goes, not what is sold (as English "get HBM4 into Nvidia's Rubin").
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

_INTO_KO = re.compile(
    r"\s?(?:(?:플랫폼|GPU|칩|가속기|랙|시스템|서버)\s?)?"
    r"(?:용(?![량도])|向|향\s|에\s?(?:들어가|들어갈|탑재|쓰일|쓰이는|실릴|실리|장착))"
)


def goes_into_ko(s: Sentence, m: Mention) -> bool:
    """Whether a Korean chip or system mention names where traded goods go."""
    return (
        s.language == "ko"
        and m.kind in ("chip", "system")
        and _INTO_KO.match(s.text, m.end) is not None
    )
