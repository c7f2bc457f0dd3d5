"""Who a Korean text is about: a company release's issuer, and the topic a sentence sets.

In a company's own text the implicit subject ("회사는", "회사 측", a sentence with no
subject, "우리") is the releasing company, however many partners and customers the
release names after its first sentence.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.executives_ko import quoted_executive
from tracker.extract.vocabulary import Entity

_SUBJECT = ("은", "는", "이", "가")


# "카카오 AI 인프라팀은", "네이버클라우드 AI 인프라팀에서 … 맡고 있는 김도윤입니다", "SK하이닉스
# HBM사업부의": a unit of the company, the writer's own organization in its text
_UNIT = re.compile(
    r"\s?(?:[가-힣A-Za-z0-9·]+\s){0,2}?[가-힣A-Za-z0-9·]*(?:팀|본부|사업부|부문|센터|연구소|"
    r"랩|조직|그룹)(?:은|는|이|가|에서|의)\s"
)
# "회사명: SK텔레콤(주)", "제출인 : 삼성전자": a filing's own header line names who files it
# the filer's legal form may come first: "회사명: 주식회사 케이티", "제출인: ㈜카카오"
_FILER = re.compile(
    r"(?:회사명|제출인|회사\s?이름|발행인)\s?[:：]\s?(?:주식회사\s?|㈜\s?|\(주\)\s?)?"
)
# "안녕하세요, 퓨리오사AI입니다.", "저희는 리벨리온이에요": a blog or a letter introducing its
# writer (a greeting or "저희는"/"우리는" first, the company with the copula ending the line)
_GREETING = re.compile(r"\W*(?:안녕하세요|안녕하십니까|반갑습니다|저희는|우리는|여기는)")
# the company, or a unit of it ("네이버클라우드 AI 인프라팀입니다", "카카오 클라우드 부문이에요"),
# with the copula
_INTRODUCED = re.compile(
    r"(?:\s?(?:[가-힣A-Za-z0-9·]+\s){0,2}?[가-힣A-Za-z0-9·]*(?:팀|본부|사업부|부문|센터|연구소|랩"
    r"|조직|그룹))?\s?(?:입니다|이에요|예요|이고요|랍니다)\s?[.!~]"
)


def ko_issuer(sentence: Sentence) -> Entity | None:
    """The company a release's opening sentence makes its subject ("SK하이닉스가 … 밝혔다"),
    the company whose unit writes ("카카오 AI 인프라팀은 …", "네이버클라우드 AI 인프라팀에서
    … 맡고 있는 김도윤입니다"), or the filer a filing's header names ("회사명: SK텔레콤(주)");
    None when the sentence has none of these (a title, a dateline)."""
    for m in sentence.mentions:
        if m.kind != "company" or m.anaphoric:
            continue
        if sentence.particle(m) in _SUBJECT or _UNIT.match(sentence.text, m.end):
            return m.entity
        if _GREETING.match(sentence.text) and _INTRODUCED.match(sentence.text, m.end):
            return m.entity  # "안녕하세요, 퓨리오사AI입니다.": the writer says who it is
        label = _FILER.search(sentence.text, max(0, m.start - 12), m.start)
        if label is not None and label.end() == m.start:
            return m.entity
        if not sentence.text[: m.start].strip() and _FILING_TITLE.match(sentence.text, m.end):
            return m.entity  # "SK텔레콤 타법인주식및출자증권취득결정(…)": a filing's title
    return None


# a disclosure's name after its filer, as a filing's title writes it: "타법인주식및출자증권
# 취득결정", "단일판매ㆍ공급계약체결", "신규시설투자등", "주요사항보고서"
_FILING_TITLE = re.compile(
    r"\s?(?:\(주\)|㈜)?\s?[가-힣ㆍ·]{0,24}?(?:결정|계약체결|투자등|보고서|신고서|공시)(?=[\s(（]|$)"
)


# "2) 아마존 — 분기보고서(Form 10-Q) 중 발췌", "■ ㈜카카오 - 신규시설투자 공시": a digest's
# section heading names the filer of the filing quoted under it
_SECTION = re.compile(r"\s*(?:\d{1,2}[).]|[■□▶●◆▲])\s*(?:㈜|\(주\)\s?|주식회사\s)?")
_FILING_WORD = re.compile(
    r"\s(?:—|–|-|:)\s.*(?:공시|보고서|신고서|주석|발췌|10-[KQ]|8-K|신규시설투자|공급계약)"
)


def section_filer(sentence: Sentence) -> Entity | None:
    """The company a filing digest's section heading names as filer, or None."""
    lead = _SECTION.match(sentence.text)
    if lead is None:
        return None
    first = next((m for m in sentence.mentions if not m.anaphoric), None)
    if first is None or first.kind != "company" or first.start != lead.end():
        return None
    line_end = sentence.text.find("\n", first.end)
    line = sentence.text[first.end : line_end if line_end >= 0 else len(sentence.text)]
    return first.entity if _FILING_WORD.search(line) else None


# "이 제품은 엔비디아가 2분기 출시할 GPU에 실린다": after a topic phrase (은/는), a
# subject (이/가) followed by an adnominal verb ("출시할", "만든", "쓰는") belongs to a
# relative clause; the sentence is about its topic, not that company (은/는/을 are left
# out: they end nouns with a particle as often as verbs)
_TOPIC_PHRASE = re.compile(r"[가-힣A-Za-z0-9)]+(?:은|는)\s")
_ADNOMINAL = re.compile(
    r"(?:이|가)\s(?:[^\s.,]+\s){0,2}?[가-힣]*(?:할|한|하는|될|된|되는|린|든|만든|쓰는|쓸|쓴)\s"
    r"(?!것|바|데|뒤|후|만큼|가운데|중|때|수|점)"
)


# "업계에서는", "내년부터는", "한국에는": an adverb with 는 sets no topic
_ADVERBIAL = ("에서", "에", "로", "으로", "에게", "까지", "부터", "보다", "서", "고")


def embedded_subject(sentence: Sentence, m: Mention) -> bool:
    """Whether a company marked as subject (이/가) is not what the sentence is about: it
    follows the sentence's own topic, a thing with 은/는 ("베이스 다이는 TSMC가 찍어낸다",
    "이 제품은 엔비디아가 출시할 H200에 실린다"), not a time ("올해는 삼성전자가 …") or an
    adverb ("업계에서는 삼성전자가 …")."""
    text = sentence.text
    if sentence.particle(m) not in ("이", "가"):
        return False
    for phrase in _TOPIC_PHRASE.finditer(text, 0, m.start):
        word = phrase.group().rstrip()[:-1]
        if word.endswith(_ADVERBIAL) or any(
            t.start <= phrase.start() < t.end for t in sentence.times
        ):
            continue
        if any(x.start <= phrase.start() < x.end for x in sentence.mentions):
            continue  # "엔비디아는 …": a named topic is handled as one
        return True
    return _ADNOMINAL.match(text, m.end) is not None and bool(
        _TOPIC_PHRASE.search(text, 0, m.start)
    )


FIRST_PERSON_KO = ("우리", "저희", "당사")  # 당사: "our company" in a firm's own letter
# "브로드컴 최고경영자(CEO)", "SK하이닉스 부사장", "삼성전자 메모리사업부장(사장)": a person
# named by their company's title; a quote of theirs says "우리" for that company
_TITLE = re.compile(
    r"\s?(?:[가-힣A-Za-z]+\s){0,2}?(?:최고경영자|CEO|사장|부사장|대표|회장|상무|전무|부문장|"
    r"사업부장|임원|담당|총괄)"
)


def speaker_company(sentence: Sentence) -> Entity | None:
    """The company of a person the sentence names by title, if any (the last one), else
    of a known executive it quotes with no company named ("젠슨 황 CEO는 \"…\"라고")."""
    found = [
        m
        for m in sentence.mentions
        if m.kind == "company" and not m.anaphoric and _TITLE.match(sentence.text, m.end)
    ]
    return found[-1].entity if found else quoted_executive(sentence)


# a list item headed by a company and a colon: "• 코어위브: 메타와의 계약이 …", "- KT: …"
_ITEM_LABEL = re.compile(r"\s*(?:[•·▲△■□●○◆◇▶*-]|\d{1,2}[.)])\s*")


def item_label(sentence: Sentence) -> Mention | None:
    """The company a Korean list item is headed by ("• 코어위브: …"), the item's topic: the
    next sentence's "회사는" or zero subject is that company."""
    lead = _ITEM_LABEL.match(sentence.text)
    if lead is None:
        return None
    first = next((m for m in sentence.mentions if not m.anaphoric), None)
    if first is None or first.kind != "company" or first.start != lead.end():
        return None
    return first if sentence.text.startswith((":", " :"), first.end) else None


def refreshes_topic(m: Mention) -> bool:
    """Whether a reference back marked as subject ("회사는 …") keeps the topic alive."""
    return m.kind == "company" and m.text.endswith(_SUBJECT)


__all__ = [
    "FIRST_PERSON_KO",
    "embedded_subject",
    "item_label",
    "ko_issuer",
    "refreshes_topic",
    "section_filer",
    "speaker_company",
]
