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
from tracker.extract.text import FOLDS_TO_ASCII

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
# a word every _CUE match holds, lower-cased ("in error" holds "error", "was incorrect"
# "correct"): most texts hold none of them, and _CUE, case-blind and opening with \b,
# tries each of its words at every position of the text
_CUE_WORDS = (
    *("typo", "misstat", "correct", "erroneous", "error", "wrong", "should", "mistaken"),
    *("update", "정정", "바로잡", "잘못", "오기", "업데이트"),
)


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``words`` in any case. A text with one of the
    letters re.IGNORECASE folds to an ASCII one ("ſ" for s) may match a case-blind
    pattern without holding the plain word, so it always may."""
    if FOLDS_TO_ASCII.search(text) is not None:
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


_PARAGRAPH = re.compile(r"\n\s*\n")
_REL_TOL = 1e-9


def withdrawn_figures(
    text: str, language: str, find: Callable[[str], Sequence[QuantityMatch]]
) -> list[tuple[float, str]]:
    """(value, correcting paragraph) of each figure a correcting paragraph withdraws."""
    if not _may_hold(text, _CUE_WORDS) or not _CUE.search(text):
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


# a later sentence that denies the figure just told: "나는 이 수치가 사실이 아니라고 본다",
# "That number is simply not true", "the figure is wrong"
_DISPUTED = re.compile(
    r"(?:이|그|해당)\s?(?:수치|숫자|추정치)(?:가|는|도)\s?(?:[가-힣]+\s){0,2}?"
    r"(?:사실이\s?아니|사실과\s?다르|틀렸|틀린|부풀려|과장됐|과장된|터무니없)"
    r"|\b(?:that|this|the)\s(?:figure|number|count|estimate|claim|tally)\s(?:is|was)\s"
    r"(?:simply\s|just\s|almost\scertainly\s|probably\s)?"
    r"(?:not\strue|untrue|false|wrong|inaccurate|overstated|inflated|implausible|a\sfantasy)\b",
    re.IGNORECASE,
)
# what every _DISPUTED match holds: its Korean nouns, or "the figure" and its kin
_DISPUTED_WORDS = (
    *("수치", "숫자", "추정치"),
    *("figure", "number", "count", "estimate", "claim", "tally"),
)
_SENTENCE_END = re.compile(r"[.!?。]\s")
# what may open the denying sentence: the writer's own voice, no one else's report of it
_OWN_DENIAL = re.compile(
    r"(?:(?:그런데|하지만|그러나|다만|솔직히)\s)?(?:(?:나는|필자는|기자는|우리는|당사는)\s)?"
    r"|(?:(?:But|And|Frankly|Honestly),?\s)?(?:(?:I|We)\s(?:think|believe|suspect|doubt\sit:)"
    r"\s(?:that\s)?)?",
    re.IGNORECASE,
)
_CONCEDED = re.compile(r"\bbut\b|\bhowever\b|하지만|그러나|지만|는데", re.IGNORECASE)


def _end_of_sentence(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m is not None else len(text)


def disputed_before(text: str) -> list[int]:
    """Offsets of the sentences whose figure a following sentence denies: for each denial,
    the start of the nearest sentence before it (in its paragraph) that has a digit."""
    out: list[int] = []
    for m in _DISPUTED.finditer(text):
        gap = text.rfind("\n\n", 0, m.start())
        para = gap + 2 if gap >= 0 else 0
        starts = [para] + [e.end() for e in _SENTENCE_END.finditer(text, para, m.start())]
        own = starts[-1]  # the denying sentence itself
        if not _OWN_DENIAL.fullmatch(text, own, m.start()) or _CONCEDED.search(
            text, m.end(), _end_of_sentence(text, m.end())
        ):
            continue  # "Some say the figure is inflated, but Meta stands by it": reported
        for start in reversed(starts[:-1]):
            end = own if start == starts[-2] else next(x for x in starts if x > start)
            if any(ch.isdigit() for ch in text[start:end]):
                out.append(start)
                break
            own = start
    return out


def _single(q: QuantityMatch) -> bool:
    return q.low == q.high and q.low > 1


# a correction notice: "Correction, Jan. 9: An article published on Wednesday … contained
# several errors.", "An earlier version of this story misstated …"
_NOTICE_EN = re.compile(
    r"^\W*(?:correction|clarification|editor['’]s\snote)\b"
    r"|\b(?:an?\s|the\s)?(?:earlier|previous|original)\sversion\sof\s(?:this|the)\s"
    r"(?:article|story|report|item|post)\b"
    r"|\bcontained\s(?:an?\s|one\s|two\s|three\s|several\s|some\s)?(?:factual\s)?errors?\b",
    re.I,
)
# a notice's sentence retelling what the article said: "It said Meta had invested $29
# billion in Hyperion.", "The story also stated …" ("It misidentified the site, which is in
# Ohio" states the corrected fact and stays)
_RETOLD_EN = re.compile(
    r"^\W*(?:it|the\s(?:article|story|report|item|piece|post))\s(?:also\s|further\s)?"
    r"(?:said|stated|reported|claimed|described|gave|put|wrote|referred)\b",
    re.I,
)


def _retold_errors(claims: list[Claim], text: str, language: str) -> list[Claim]:
    """``claims`` less the errors a correction notice retells (English)."""
    if language != "en" or not _NOTICE_EN.search(text[:400]):
        return claims
    return [c for c in claims if not _RETOLD_EN.match(c.source.quote)]


def without_withdrawn(
    claims: list[Claim], text: str, language: str, find: Callable[[str], Sequence[QuantityMatch]]
) -> list[Claim]:
    """``claims`` less those stating a figure a later correction withdraws (quoted outside
    the correcting paragraph, which states only what it confirms), and less the errors a
    correction notice retells ("It said Meta had invested $29 billion in Hyperion.")."""
    claims = _retold_errors(claims, text, language)
    figures = withdrawn_figures(text, language, find)
    disputed: set[int] = set()
    if _may_hold(text, _DISPUTED_WORDS) and _DISPUTED.search(text):
        disputed = set(disputed_before(text))
    if disputed:
        # "일부 보고서는 … 130만 개에 이르렀다고 적는다. … 나는 이 수치가 사실이 아니라고
        # 본다": a figure the text itself denies is no claim of it
        claims = [
            c
            for c in claims
            if not (isinstance(c.value, Quantity) and c.source.quote_start in disputed)
        ]
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
