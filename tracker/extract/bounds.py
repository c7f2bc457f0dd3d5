"""Bounds a Korean figure takes from the verb after it, which the quantity recognizer
(looking only at the words right next to the number) cannot see.

- "N까지" ends a ceiling ("최대 100만 개까지 쓴다": at most), but with a verb of change,
  of rising or of filling after it ("17만 장까지 불어날", "7만 5천 장까지 끌어올렸다", "55만 개까지
  채워 넣을") it is the level reached, an exact figure (GUIDE: "is up to 150,000 from
  100,000" is exact).
- "N을 조금 넘는", "N개가 훨씬 넘는", "N을 웃도는": an adverb between the figure and 넘다
  still makes it a floor (at least), as "N을 넘는" does; so does 웃도- (웃돌다 before 는)
  and 웃돈- (before ㄴ다); 밑돌다, 하회하다 and "…에 못 미치다" make it a ceiling (at most).
- "N이 채 안 된다", "N에 조금 못 미친다" are just under it: nearly, approx (GUIDE).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.quantities import QuantityMatch

_CEILING_BEFORE = re.compile(r"(?:최대|많게는|최고)\s?(?:약\s?)?$")
_CHANGE_AFTER = re.compile(
    r"\s?(?:늘|불어|불리|불린|불릴|불렸|끌어올|확대|확충|증가|키우|키운|키울|키웠|높이|높인|높였|"
    r"올리|올린|올렸|끌어|커지|커진|커질|커졌|증설|상향"
    # a figure that rose to a level by itself ("22TB/s까지 올라갔다", "까지 뛰었다")
    r"|올라|오른|오를|올랐|오르|상승|뛰었|뛴다|뛸|치솟"
    # a site filled up to a level ("55만 개까지 채워 넣을 계획", "20만 개까지 들인다")
    r"|채우|채워|채운|채울|들이|들여|들인|들일)"
)
_FLOOR_AFTER = re.compile(
    r"\s?(?:을|를|이|가)?\s?(?:(?:조금|살짝|약간|훨씬|크게|소폭|훌쩍|다소|한참)\s?(?:넘|웃돌|웃도|웃돈|상회)"
    r"|웃도|웃돈)"  # "10PFLOPS를 웃돈다" (웃돌다 before ㄴ다 drops its ㄹ)
)
# "월 8만 장을 밑돈다", "10만 개를 밑도는", "하회한다": below it, at most (GUIDE: under)
_CEILING_AFTER = re.compile(
    r"\s?(?:을|를|이|가)?\s?(?:(?:조금|살짝|약간|다소)\s?)?(?:밑돌|밑도|밑돈|하회)"
    r"|\s?에\s?못\s?미치|\s?에\s?못\s?미친|\s?에\s?못\s?미쳤"  # "10만 개에 못 미친다": under
)
# "10만 개가 채 안 된다", "10만 개에 조금 못 미친다": just under, read as nearly (GUIDE)
_NEARLY_AFTER = re.compile(
    r"\s?(?:이|가|에)?\s?채\s?(?:안|못)\s?(?:되|된|돼|됐|미치|미친|미쳤)"
    r"|\s?에\s?(?:조금|살짝|약간|다소)\s?못\s?(?:미치|미친|미쳤)"
)


def verb_bounds(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """The quantities of a Korean sentence with the bounds their verbs give them."""
    return [_verb_bound(text, q) for q in quantities]


def _verb_bound(text: str, q: QuantityMatch) -> QuantityMatch:
    if (
        q.bound == "at-most"
        and q.text.endswith("까지")
        and _CHANGE_AFTER.match(text, q.end)
        and not _CEILING_BEFORE.search(text, max(0, q.start - 8), q.start)
        and not q.text.startswith(("최대", "많게는", "최고"))
    ):
        return replace(q, bound="exact")
    if q.bound == "exact" and _FLOOR_AFTER.match(text, q.end):
        return replace(q, bound="at-least")
    if q.bound == "exact" and _NEARLY_AFTER.match(text, q.end):
        return replace(q, approx=True)
    if q.bound == "exact" and not q.approx and _CEILING_AFTER.match(text, q.end):
        return replace(q, bound="at-most")
    return q
