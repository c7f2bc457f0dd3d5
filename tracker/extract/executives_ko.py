"""The company of an executive a Korean sentence names without it ("젠슨 황 CEO", "황 CEO가
\"…\"고 언급했다"): the vocabulary's executives_ko table. What such a speaker says in a
quote with no subject ("세 회사 모두로부터 HBM4를 받고 있다") is said of their company.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.vocabulary import Entity, Vocabulary

_QUOTES = ('"', "“", "”")


def _table(vocabulary: Vocabulary) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    return vocabulary.derived("executives_ko", _build_table)


def _build_table(vocabulary: Vocabulary) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    names: dict[str, str] = {}
    for company in vocabulary.cues.get("executives_ko", {}):
        for name in vocabulary.cue_list("executives_ko", str(company)):
            names[name] = str(company)
    ordered = sorted(names, key=len, reverse=True)
    # a name is a word of its own: not glued to the syllable before it
    pattern = (
        re.compile(r"(?<![가-힣A-Za-z])(?:" + "|".join(re.escape(n) for n in ordered) + ")")
        if ordered
        else None
    )
    return pattern, names


# a name marked as the sentence's subject, after a title at most ("젠슨 황 CEO는", "황 CEO가")
_SUBJECT_AFTER = re.compile(
    r"(?:\s?(?:CEO|최고경영자|회장|사장|대표|의장|창업자)(?:\([A-Z]{2,4}\))?)?\s?(?:은|는|이|가)(?![가-힣])"
)


def quoted_executive(s: Sentence) -> Entity | None:
    """The company of the executive who speaks a Korean sentence's quote: the one marked as
    subject before the quote opens ('젠슨 황 CEO는 "…"며 리사 수 CEO의 발언을 반박했다': not
    AMD, named after it), else the one named nearest before it, else one marked as subject
    after it ('"…"고 황 CEO가 말했다'); none when names of two companies compete for it."""
    if s.language != "ko" or not any(q in s.text for q in _QUOTES):
        return None  # cheap pre-check: only a sentence that quotes has a speaker to find
    pattern, names = _table(s.vocabulary)
    if pattern is None:
        return None
    found = list(pattern.finditer(s.text))
    if not found:
        return None
    opening = min(i for q in _QUOTES if (i := s.text.find(q)) >= 0)
    before = [m for m in found if m.end() <= opening]
    subjects = [m for m in before if _SUBJECT_AFTER.match(s.text, m.end())]
    if not before:
        closing = max(s.text.rfind(q) for q in _QUOTES)
        subjects = [
            m for m in found if m.start() > closing and _SUBJECT_AFTER.match(s.text, m.end())
        ]
    companies = {names[m.group()] for m in (subjects or before)}
    return s.vocabulary.entities.get(companies.pop()) if len(companies) == 1 else None


__all__ = ["quoted_executive"]
