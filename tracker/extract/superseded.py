"""A figure the sentence itself replaces: "xAI originally planned 1 million GPUs at Colossus
2, but now targets 500,000", "Meta had earlier said it would have 600,000 H100s; it now says
350,000", "xAI는 당초 … GPU 100만 개를 계획했으나 50만 개로 줄였다". The earlier figure is
told only as what was given up; the new one is the claim.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate
from tracker.extract.text import Span

# the earlier figure's marker, before it in its clause
_EARLIER_EN = re.compile(
    r"\b(?:originally|initially|previously|earlier|at\sfirst|had\searlier|had\sonce)\b", re.I
)
# what replaces it, after it: "but now", "has since", "was cut / lowered / raised to", "slipped"
_REPLACED_EN = re.compile(
    r"\b(?:now|(?:has|have|had)\ssince|cut|lowered|raised|revised|slipped|scaled\sback|trimmed"
    r"|reduced|pared|pushed\sback|delayed|abandoned)\b",
    re.I,
)
_EARLIER_KO = re.compile(r"당초|애초|앞서|처음에는|기존에는|원래")
_REPLACED_KO = re.compile(
    r"(?:했|였|었|였|이었)(?:으나|지만)\s.{0,40}?(?:줄였|늘렸|수정|낮췄|높였|바꿨|변경|축소|확대|하향|상향|연기|미뤘|철회)"
)


def superseded(text: str, anchor: int, clause: Span, language: str) -> bool:
    """Whether the figure at ``anchor`` is an earlier one the sentence goes on to replace."""
    earlier_pattern = _EARLIER_KO if language == "ko" else _EARLIER_EN
    marks = list(earlier_pattern.finditer(text, clause.start, anchor))
    if not marks:
        return False
    if language == "ko":
        return _REPLACED_KO.search(text, anchor) is not None
    if _REPLACED_EN.search(text, marks[-1].end(), anchor):
        return False  # "originally 1 million, but now targets 500,000": the new figure
    return _REPLACED_EN.search(text, anchor) is not None


# a Korean estimate or target revised from a figure: "전망을 월 18만 장에서 16만 장으로
# 낮췄다", "11만 장으로, 지난달 보고서의 10만 장에서 올려 잡았다", "목표를 … 에서 하향 조정했다"
_REVISED_FROM_KO = re.compile(
    r"\s?에서\s(?:[^.,]{0,30}?\s)?(?:(?:올려|낮춰|높여|내려)\s?잡|상향|하향|낮췄|높였|내렸"
    r"|끌어올렸|끌어내렸|낮춘다|높인다|수정했)"
)
_ESTIMATE_KO = re.compile(r"추정|전망|예상치|목표|컨센서스|가이던스")


def revised_from(s: Sentence, anchor: int) -> bool:
    """Whether the Korean figure at ``anchor`` is the one an estimate or a target was revised
    from: the new figure is the claim, the old one was given up."""
    q = next((q for q in s.quantities if q.start == anchor), None)
    return (
        q is not None
        and _REVISED_FROM_KO.match(s.text, q.end) is not None
        and _ESTIMATE_KO.search(s.text) is not None
    )


def given_up(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The candidates of a sentence less those whose figure the sentence replaces (after the
    rules: a count that takes its chip from the given-up one still finds it)."""
    if not any(c.value is not None for c in found):
        return found
    revised = s.language == "ko" and "에서" in s.text
    return [
        c
        for c in found
        if c.value is None
        or not (
            superseded(s.text, c.anchor, s.clause_of(c.anchor), s.language)
            or (revised and revised_from(s, c.anchor))
        )
    ]
