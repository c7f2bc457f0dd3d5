"""Which product a count of chips in one system belongs to, when the count's own words
do not name it: the system named right after an English count ("384 Ascend 910C chips
inside the CloudMatrix 384"), the topic of a Korean one-system frame ("트레이니움3는
울트라서버 한 대에 144개가 들어간다"), and the product of a Korean sentence's earlier clause.
Moved out of claimrules/specs.py (chips_per_system_rule uses them)."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

# the chips said to sit in a system named right after them: "384 Ascend 910C chips inside
# the CloudMatrix 384", "72 MI450 GPUs in each Helios rack"
_INSIDE_EN = re.compile(
    r"(?:\s[\w-]+){0,4}?\s(?:inside|within|in|into)\s(?:the\s|a\s|an\s|each\s|one\s|every\s"
    r"|its\s|a\ssingle\s)?"
)


def holding_system(s: Sentence, q: QuantityMatch, clause: Span) -> Entity | None:
    """The system an English count is said to be inside, named right after it."""
    if s.language != "en":
        return None
    for m in s.of_kind(("system",), clause):
        if m.start > q.end and _INSIDE_EN.fullmatch(s.text, q.end, m.start):
            return m.entity
    return None


# "울트라서버 한 대에", "서버 하나에", "랙당": one system, between its topic and the count
_ONE_SYSTEM_KO = re.compile(r"(?:한\s?대|하나|한\s?개|1대)(?:에|에는)\s|당\s")


def topic_of_one_system(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """The chip a Korean clause is about when the count names none: its topic (은/는) before
    a one-system frame ("트레이니움3는 울트라서버 한 대에 144개가 들어간다")."""
    if s.language != "ko":
        return None
    for m in reversed(s.of_kind(("chip", "system"), Span(clause.start, q.start))):
        frame = _ONE_SYSTEM_KO.search(s.text, m.end, q.start)
        # the count names nothing else ("그레이스 CPU 36개" counts CPUs)
        if (
            s.particle(m) in ("은", "는")
            and frame is not None
            and _BARE_COUNT_GAP.fullmatch(s.text, frame.end(), q.start)
        ):
            return m
        if _RACK_EACH_KO.fullmatch(s.text, m.end, q.start):
            return m  # "GB300 NVL72 랙 한 대당 GPU는 72개", "… 랙 한 대당 GPU: 72개"
    return None


# a system's rack named right after it, and the count per rack: " 랙 한 대당 GPU는 ", " 랙당 GPU: "
_RACK_EACH_KO = re.compile(
    r"(?:\sNVL\d{2,3})?\s?랙\s?(?:한\s?대|하나|1대)?(?:당|에는|에)\s"
    r"(?:(?:칩|GPU|가속기)\s?(?:은|는|이|가)?\s?[:：]?\s?)?"
)


_BARE_COUNT_GAP = re.compile(r"\s*(?:(?:칩|GPU|가속기)\s?)?")


def earlier_in_sentence(s: Sentence, clause: Span) -> Entity | None:
    """The last chip or system named in the sentence before the count's clause (Korean:
    a zero subject continues the clause before it)."""
    if s.language != "ko" or clause.start == 0:
        return None
    named = s.of_kind(("chip", "system"), Span(0, clause.start))
    return named[-1].entity if named else None
