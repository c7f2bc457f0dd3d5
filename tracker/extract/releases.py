"""Who a Korean text is about: a company release's issuer, and the topic a sentence sets.

In a company's own text the implicit subject ("회사는", "회사 측", a sentence with no
subject, "우리") is the releasing company, however many partners and customers the
release names after its first sentence.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

_SUBJECT = ("은", "는", "이", "가")


def ko_issuer(sentence: Sentence) -> Entity | None:
    """The company a release's opening sentence makes its subject ("SK하이닉스가 … 밝혔다"),
    or None when the sentence has no company as subject (a title, a dateline)."""
    for m in sentence.mentions:
        if m.kind == "company" and not m.anaphoric and sentence.particle(m) in _SUBJECT:
            return m.entity
    return None


# "이 제품은 엔비디아가 2분기 출시할 GPU에 실린다": after a topic phrase (은/는), a
# subject (이/가) followed by an adnominal verb ("출시할", "만든", "쓰는") belongs to a
# relative clause; the sentence is about its topic, not that company (은/는/을 are left
# out: they end nouns with a particle as often as verbs)
_TOPIC_PHRASE = re.compile(r"[가-힣A-Za-z0-9)]+(?:은|는)\s")
_ADNOMINAL = re.compile(
    r"(?:이|가)\s(?:[^\s.,]+\s){0,2}?[가-힣]*(?:할|한|하는|될|된|되는|린|든|만든|쓰는|쓸|쓴)\s"
    r"(?!것|바|데|뒤|후|만큼|가운데|중|때|수|점)"
)


def embedded_subject(sentence: Sentence, m: Mention) -> bool:
    """Whether a company marked as subject is the subject of a relative clause after the
    sentence's own topic ("이 제품은 엔비디아가 출시할 H200에 실린다")."""
    text = sentence.text
    if not _TOPIC_PHRASE.search(text, 0, m.start):
        return False
    return _ADNOMINAL.match(text, m.end) is not None


def refreshes_topic(m: Mention) -> bool:
    """Whether a reference back marked as subject ("회사는 …") keeps the topic alive."""
    return m.kind == "company" and m.text.endswith(_SUBJECT)


__all__ = ["embedded_subject", "ko_issuer", "refreshes_topic"]
