"""Korean memory deals told as use: "엔비디아와 AMD가 삼성전자 HBM4를 쓴다", "AMD는 SK하이닉스
HBM3E를 채택했다". A chip maker using a memory maker's memory buys it (GUIDE: a supply
deal), but the clause has no deal word, so the supply rule never looked at it; the verb of
use stands in for one when the memory is named with its maker's brand.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.text import Span

_MEMORY_MAKERS = frozenset({"samsung", "sk-hynix", "micron"})
# the memory's own verb of use right after it ("HBM4를 쓴다", "HBM3E를 채택했다")
_USED = re.compile(
    r"\s?(?:\d+단\s?)?(?:제품)?(?:(?:을|를)\s(?:[^\s,.]+\s){0,2}?"
    r"(?:쓰|쓴|썼|써|사용|채택|탑재|적용|받아\s?쓰)"
    r"|\s(?:사용|채택|탑재|적용)(?:을|를|\s))"  # "삼성전자 HBM3E 사용을 검토"
)


def memory_used(s: Sentence, clause: Span) -> int | None:
    """Where a Korean clause says a memory maker's memory, named with its brand ("삼성전자
    HBM4", "SK하이닉스의 HBM3E"), is used: the deal's anchor, else ``None``."""
    if s.language != "ko":
        return None
    for p in s.of_kind(("memory",), clause):
        brand = [
            m
            for m in s.of_kind(("company",), Span(max(clause.start, p.start - 8), p.start))
            if m.id in _MEMORY_MAKERS and s.text[m.end : p.start] in ("", " ", "의 ")
        ]
        if brand and _USED.match(s.text, p.end):
            return p.start
    return None


def memory_told_before_ko(s: Sentence, pos: int) -> bool:
    """Whether a Korean sentence names its only kind of memory before the figure at ``pos``,
    in a clause of its own ("마이크론은 AMD에 HBM3E 12단 제품을 공급해 왔으며, 이 메모리는 …
    288GB씩", "…에 HBM3E 256GB가 탑재된다고 적었으나, 실제 탑재량은 288GB"): the capacity
    is of that memory (the caller checks that only one kind is named)."""
    return s.language == "ko" and any(m.start < pos for m in s.of_kind(("memory",)))
