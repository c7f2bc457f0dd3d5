"""The company a Korean broker's note covers: "동사" (the said company) in such a note is
always it, however many customers and rivals the sentence around it names.

A note names what it covers in its first lines with the company's six-digit exchange code
("SK하이닉스(000660): …", "삼성전자 (005930 KS) — 목표주가 유지"); a story, a release or a
filing rarely writes a code beside a name there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

# "(000660)", "(005930 KS)", "(000660.KS)", "[042700]": an exchange code right after a name
_CODE = re.compile(r"\s?[(\[]\s?\d{6}(?:\s?\.?\s?K[SQ])?\s?[)\]]")
_HEAD_CHARS = 400  # the title and the line or two under it


def covered_company(
    text: str, find: Callable[[str], list[Mention]], language: str = "ko"
) -> Entity | None:
    """The company whose exchange code follows its name in a Korean document's first lines,
    when exactly one company is so named; else None."""
    head = text[:_HEAD_CHARS]
    if (
        language != "ko" or _CODE.search(head) is None
    ):  # cheap pre-check: most documents carry no code
        return None
    coded = {
        m.id: m.entity
        for m in find(head)
        if m.kind == "company" and not m.anaphoric and _CODE.match(head, m.end)
    }
    return next(iter(coded.values())) if len(coded) == 1 else None


__all__ = ["covered_company"]
