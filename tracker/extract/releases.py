"""Who a Korean company release speaks for.

In a company's own text the implicit subject ("회사는", "회사 측", a sentence with no
subject, "우리") is the releasing company, however many partners and customers the
release names after its first sentence.
"""

from __future__ import annotations

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


def refreshes_topic(m: Mention) -> bool:
    """Whether a reference back marked as subject ("회사는 …") keeps the topic alive."""
    return m.kind == "company" and m.text.endswith(_SUBJECT)


__all__ = ["ko_issuer", "refreshes_topic"]
