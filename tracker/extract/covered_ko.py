"""The company a Korean broker's note covers: "동사" (the said company) in such a note is
always it, however many customers and rivals the sentence around it names.

A note names what it covers in its first lines with the company's exchange code or ticker
("SK하이닉스(000660): …", "삼성전자 (005930 KS) — 목표주가 유지", "알파벳(GOOGL): …"); a
story, a release or a filing rarely writes a code beside a name there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

# "(000660)", "(005930 KS)", "(000660.KS)", "[042700]": an exchange code right after a name
_CODE = re.compile(r"\s?[(\[]\s?\d{6}(?:\s?\.?\s?K[SQ])?\s?[)\]]")
# "(GOOGL)", "(NVDA US)", "(AVGO.O)": an exchange ticker in capitals
_TICKER = re.compile(r"\s?\(([A-Z]{2,5})(?:\s?(?:US|\.O|\.N|\.K[SQ]))?\)")
_HEAD_CHARS = 400  # the title and the line or two under it


def covered_company(
    text: str, find: Callable[[str], list[Mention]], language: str = "ko"
) -> Entity | None:
    """The company whose exchange code follows its name in a Korean document's first lines,
    when exactly one company is so named; else None."""
    head = text[:_HEAD_CHARS]
    # cheap pre-check: most documents carry no code
    if language != "ko" or (_CODE.search(head) is None and _TICKER.search(head) is None):
        return None
    coded = {
        m.id: m.entity
        for m in find(head)
        if m.kind == "company" and not m.anaphoric and _coded(head, m)
    }
    return next(iter(coded.values())) if len(coded) == 1 else None


def _coded(head: str, m: Mention) -> bool:
    """A code right after the name: six digits, or a ticker that is none of the company's
    own names ("알파벳(GOOGL)"; not the gloss "엔비디아(NVIDIA)", "마이크로소프트(MS)")."""
    if _CODE.match(head, m.end):
        return True
    ticker = _TICKER.match(head, m.end)
    if ticker is None:
        return False
    names = {a.upper() for aliases in m.entity.aliases.values() for a in aliases}
    return ticker.group(1) not in names


__all__ = ["covered_company"]
