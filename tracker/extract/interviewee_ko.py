"""Who "저희" is in a Korean press interview: the interviewee's company.

"[인터뷰] KT 클라우드 인프라본부장 …" / "목동 데이터센터에서 이정훈 KT 클라우드 인프라본부장을
만났다. … A: 하반기에 B300을 저희 센터에 직접 들이는 걸 검토하고 있습니다": the answers
speak for the company whose officer was met, as a company's own text speaks for it. The
company is the one named right before the officer's title in the headline or the opening
lines; a story naming officers of two companies has no one voice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

# a headline or opening that says the story is an interview
# ("[인터뷰 전문]", "[문답 전문]": the whole interview, told as its questions and answers)
_INTERVIEW = re.compile(
    r"\[\s?(?:인터뷰|문답|일문일답|단독\s?인터뷰)(?:\s?전문)?\s?\]|일문일답|을\s만났다|를\s만났다"
    # a podcast's or a talk show's episode with its guest: "… 제품 총괄과 나눈 50분", "대담"
    r"|(?:와|과)\s(?:나눈|함께한)\s|대담|팟캐스트|\[\s?(?:에피소드|EP\.?)\s?\d"
)
# an officer's title after the company (and a unit, a name at most): "KT 클라우드
# 인프라본부장", "삼성전자 메모리사업부 부사장", "AWS코리아 인프라 총괄", "SK하이닉스에서 HBM
# 개발을 총괄하는 박정우 부사장"; any chief officer, by letters or in words ("CBO", "CPO",
# "최고기술책임자", "최고사업책임자", its letters after it: "최고기술책임자(CTO)"), or a founder
_OFFICER = re.compile(
    r"(?:에서|의)?\s?(?:[^\s,.\"“”'‘’]+\s){0,4}?[^\s,.\"“”'‘’]*?"
    r"(?:본부장|부사장|사장|대표|C[A-Z]O|최고\S{1,6}책임자|전무|상무|팀장|센터장|부문장|총괄|임원|이사"
    r"|창업자)"
    r"(?=[\s,.을를은는이가과와()]|$)"
)
_HEAD_LINES = 3


def interviewee(title: str, text: str, find: Callable[[str], list[Mention]]) -> Entity | None:
    """The company whose officer a Korean press interview talks to, or ``None``."""
    lines = [title, *[line for line in text.split("\n") if line.strip()][:_HEAD_LINES]]
    head = "\n".join(line for line in lines if line)
    if not _INTERVIEW.search(head):
        return None
    found: dict[str, Entity] = {}
    for line in lines:
        mentions = [m for m in find(line) if m.kind == "company"]
        for k, m in enumerate(mentions):
            stop = mentions[k + 1].start if k + 1 < len(mentions) else len(line)
            if _OFFICER.match(line, m.end, stop):
                found[m.id] = m.entity
    return next(iter(found.values())) if len(found) == 1 else None
