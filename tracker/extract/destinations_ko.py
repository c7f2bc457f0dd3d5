"""A Korean product named as where a part goes, not as what the clause's company uses.

"엔비디아는 B200에 CoWoS-L 공정을 쓴다", "삼성전자는 MI400 시리즈에 탑재할 HBM4 공급을 …",
"MI450(칩당 HBM4 432GB 탑재)에도 HBM4를 공급하기로": the chip marked 에/에도/에는/용/향 is
the destination of a memory, a process or a technology named after it, which is what the
verb takes. The company uses (or sells) the part, not the chip.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

# the destination marker after the product: an optional head word or aside first
_MARKED = re.compile(
    r"(?:\s?(?:시리즈|칩|GPU|가속기|플랫폼))?(?:\s?\([^()]{0,40}\))?\s?(?:에도|에는|에|용|향)"
    r"(?=[\s,.)]|$)"
)
_PARTS = ("memory", "process", "technology")


def destination_ko(s: Sentence, product: Mention) -> bool:
    """Whether a Korean product mention is where a part named after it in its clause goes."""
    if s.language != "ko":
        return False
    marked = _MARKED.match(s.text, product.end)
    if marked is None:
        return False
    clause = s.clause_of(product.start)
    return any(m.kind in _PARTS and marked.end() <= m.start < clause.end for m in s.mentions)


__all__ = ["destination_ko"]
