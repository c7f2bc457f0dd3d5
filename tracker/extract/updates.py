"""Figures a later correction in the same text withdraws.

An update appended to a story, or a correction further down, replaces a figure the story
gave earlier: "Update: CoreWeave said the GB300 figure in its letter was a typo. The
company has about 90,000 GB300 chips in service, not 110,000", "[업데이트] xAI는 … 가동 중인
GPU가 55만 개가 아니라 45만 개라고 정정했다". The corrected figure is a claim of the
correcting sentence; the replaced one, wherever the story said it, is no claim (GUIDE:
corrections keep the confirmed value). Only a paragraph that says it corrects ("typo",
"corrected", "정정", "바로잡") withdraws anything, and only a figure equal to the one it
names after "not" or before "아니라/아닌".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tracker.domain.claims import Claim, Quantity
from tracker.extract.quantities import QuantityMatch

_CUE = re.compile(
    r"\b(?:typo|misstat\w*|correct(?:ed|ion|s)|erroneous(?:ly)?|in\serror|was\s(?:incorrect|wrong)"
    r"|should\shave\s(?:read|said|been)|mistaken(?:ly)?|updated?:)"
    r"|정정|바로잡|잘못\s?(?:표기|적|기재|알려|보도)|오기|업데이트",
    re.IGNORECASE,
)
# the figure withdrawn: "…, not 110,000", "not the 110,000 it reported"
_NOT_EN = re.compile(r"\bnot\s(?:the\s|about\s|some\s)?(?=[\d$])", re.IGNORECASE)
# "55만 개가 아니라", "11억 달러가 아닌"
_NOT_KO = re.compile(r"(?:이|가)?\s?아니(?:라|고|며)|(?:이|가)\s?아닌")
_REACH = 24
_PARAGRAPH = re.compile(r"\n\s*\n")
_REL_TOL = 1e-9


def withdrawn_figures(
    text: str, language: str, find: Callable[[str], Sequence[QuantityMatch]]
) -> list[tuple[float, str]]:
    """(value, correcting paragraph) of each figure a correcting paragraph withdraws."""
    if not _CUE.search(text):
        return []
    out: list[tuple[float, str]] = []
    for paragraph in _PARAGRAPH.split(text):
        if not _CUE.search(paragraph):
            continue
        # the recognizer drops a figure the sentence itself replaces, so each withdrawn
        # figure is read from the words around its "not" alone
        if language == "ko":
            for m in _NOT_KO.finditer(paragraph):
                before = paragraph[max(0, m.start() - _REACH) : m.start()]
                found = [q for q in find(before) if q.end == len(before)]
                out.extend((q.low, paragraph) for q in found[-1:] if _single(q))
        else:
            for m in _NOT_EN.finditer(paragraph):
                after = paragraph[m.end() : m.end() + _REACH]
                found = [q for q in find(after) if q.start == 0]
                out.extend((q.low, paragraph) for q in found[:1] if _single(q))
    return out


def _single(q: QuantityMatch) -> bool:
    return q.low == q.high and q.low > 1


def without_withdrawn(
    claims: list[Claim], text: str, language: str, find: Callable[[str], Sequence[QuantityMatch]]
) -> list[Claim]:
    """``claims`` less those stating a figure a later correction withdraws (quoted outside
    the correcting paragraph, which states only what it confirms)."""
    figures = withdrawn_figures(text, language, find)
    if not figures:
        return claims

    def withdrawn(c: Claim) -> bool:
        value = c.value
        if not isinstance(value, Quantity) or value.low != value.high:
            return False
        return any(
            abs(value.low - v) <= _REL_TOL * v and c.source.quote not in paragraph
            for v, paragraph in figures
        )

    return [c for c in claims if not withdrawn(c)]
