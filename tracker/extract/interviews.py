"""Question-and-answer interviews: an answer is about what its question asked.

    Q. 프로젝트 레이니어는 지금 어느 정도 규모인가.
    A. 인디애나주 뉴칼라일 캠퍼스에서 트레이니움2 오십만 개 가까이가 돌아가고 있습니다.

The answer names no site: its subject is the cluster (or, failing one, the company) the
question asked about. An answer that names an entity of that kind itself keeps its own;
a question about no entity leaves the answers to the text's topic (the interviewee's
company, set by the introduction).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

ANSWER = re.compile(r"\s*(?:A\s?[.:：]|답\s?[:：.]|답변\s?[:：])\s?")
_SUBJECT_KINDS = ("cluster", "facility", "company")


def question_subject(question: Sentence) -> Entity | None:
    """What a question asks about: the site it names, else its first company."""
    for kind in _SUBJECT_KINDS:
        named = [m for m in question.mentions if m.kind == kind and not m.anaphoric]
        if named:
            return named[0].entity
    return None


def answer_subject(answer: Sentence, subject: Entity | None) -> None:
    """Give an answer that names nothing of the subject's kind the question's subject,
    as a reference back right after its "A." label."""
    label = ANSWER.match(answer.text)
    if subject is None or label is None:
        return
    if any(m.kind == subject.kind for m in answer.mentions):
        return
    at = label.end()
    answer.mentions.insert(0, Mention(at, at, subject, "", True))


_SITES = ("cluster", "facility")


class Interview:
    """What the interviewer's last question asked: its subject, and whether it asked about
    a fleet ("Q: Start with the fleet. What are you running today?")."""

    def __init__(self) -> None:
        self.subject: Entity | None = None
        self.fleet = False

    def ask(self, question: Sentence, line_start: bool) -> None:
        """Read a question (a line of the interviewer's, or a sentence ending in "?")."""
        if line_start:
            self.subject = question_subject(question)
        self.fleet = (self.fleet and not line_start) or question.has_trigger("deployed_chips")

    def answer(self, sentence: Sentence, line_start: bool) -> None:
        """Give an answer what its question asked: the subject ("A. 인디애나주 캠퍼스에서 …";
        in English only a site asked about, "Q: How big is Project Rainier today? / A: We're
        at roughly 500,000 Trainium2 chips in Indiana", not the speaker's company), and, in
        English, the fleet a bare count tells ("A: Roughly 4,000 H100s, split between …")."""
        english = sentence.language == "en"
        sentence.asked_fleet = english and self.fleet and ANSWER.match(sentence.text) is not None
        asked = self.subject
        if line_start and (not english or (asked is not None and asked.kind in _SITES)):
            answer_subject(sentence, asked)


__all__ = ["ANSWER", "Interview", "answer_subject", "question_subject"]
