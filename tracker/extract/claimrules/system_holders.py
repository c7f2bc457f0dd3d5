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
from tracker.extract.spec_owners import per_system
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


# a figure told of one whole system: "랙 전체로는", "랙 하나의 연산 성능은", "시스템 전체
# 성능은", "포드 한 대의", "서버 1대당" — right before the figure, in its own clause
_WHOLE_SYSTEM_KO = re.compile(
    r"(?:랙|시스템|슈퍼\s?포드|포드|서버|노드)\s?(?:전체|하나|한\s?대|1\s?대)(?:로는|로|의|는|에서는|에서|당)?"
    r"\s(?:[^\s,]+\s){0,5}?$"
)


def whole_system_ko(s: Sentence, q: QuantityMatch) -> Entity | None:
    """The system of the vocabulary whose whole a Korean compute figure rates ("헬리오스에는
    MI450 72개가 들어가며, 랙 하나의 연산 성능은 FP4 기준 2.9엑사플롭스다", "'클라우드매트릭스
    384'다. … 시스템 전체 성능은 … 300PFLOPS"): the system named before the figure in the
    sentence, else the one of the sentence before; a pod or rack of a chip (no system of
    its own) has none, and its total stays no chip's."""
    if s.language != "ko" or q.unit != "FLOP/s":
        return None
    start = max(s.clause_of(q.start).start, s.text.rfind(",", 0, q.start) + 1)
    if _WHOLE_SYSTEM_KO.search(s.text, start, q.start) is None:
        return None
    named = [m for m in s.of_kind(("system",), Span(0, q.start)) if not s.is_compared(m)]
    if named:
        return named[-1].entity
    return s.focus.get("system", s.index, 1)


# an English figure told of one whole rack or system: "… of FP4 per rack", "for the full
# rack", "for the whole system"
_WHOLE_SYSTEM_EN = re.compile(
    r"[^,;.]{0,30}?\b(?:per|a|for\s(?:the|a|each)\s(?:(?:full|whole|entire|complete)\s)?)"
    r"[\s-]?(?:[\w-]+\s)?(?:rack|system|pod|superpod)\b",
    re.I,
)
# the whole named before the figure: "rates the whole rack at 2.9 exaflops"
_WHOLE_BEFORE_EN = re.compile(
    r"\b(?:whole|full|entire|complete)\s(?:rack|system|pod)\b[^,;.]{0,24}$", re.I
)
# a rack-scale system's name on a chip's: "GB300 NVL72", "GB200 NVL72"
_NVL_NAME = re.compile(r"\bNVL\d{2,3}\b")


def whole_system_en(s: Sentence, q: QuantityMatch) -> Entity | None:
    """The rack-scale system an English compute figure rates as a whole ("Helios …, and AMD
    quotes 2.9 exaflops of FP4 for the full rack", "the GB300 NVL72 at 1.1 exaflops of FP4
    per rack"): a system of the vocabulary named before the figure, else a chip named with
    its NVL rack ("GB300 NVL72"). A pod or rack of a chip with no such name has none, and
    its total stays no chip's."""
    if s.language != "en" or q.unit != "FLOP/s":
        return None
    hit = _WHOLE_SYSTEM_EN.match(s.text, q.end)
    if hit is None and not _WHOLE_BEFORE_EN.search(s.text, max(0, q.start - 40), q.start):
        return None
    named = s.of_kind(("system",), Span(q.end, hit.end())) if hit is not None else []
    if named:
        return named[0].entity  # "2.9 exaflops per Helios rack"
    before = [m for m in s.of_kind(("system", "chip"), Span(0, q.start)) if not s.is_compared(m)]
    for m in reversed(before):
        if m.kind == "system" or _NVL_NAME.search(s.text, m.start, m.end + 7):
            return m.entity
    return None


def whole_system(s: Sentence, q: QuantityMatch) -> Entity | None:
    """The system of the vocabulary whose whole a compute figure rates, in either language."""
    return whole_system_ko(s, q) or whole_system_en(s, q)


def per_system_part(s: Sentence, q: QuantityMatch) -> bool:
    """Whether the figure is said per server, rack or pod (spec_owners.per_system) of no
    system of the vocabulary: a named system's whole (whole_system) is its own figure."""
    return per_system(s.text, q.start, q.end, s.clause_of(q.start)) and not whole_system(s, q)
