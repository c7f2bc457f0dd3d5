"""Korean fleet counts (deployments): which chip a count is of when the sentence says it
around the count ("GB300 NVL72 64랙(GPU 총 4,608개, …)", "3만 개가 GB200이다"), and
counts that are no fleet (a measure in one chip's terms, a memory stack's dies, each of
several clusters, what one rack holds)."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.spec_owners import summed
from tracker.extract.text import Span

# a count made the topic ("60만 개는 …"): the rest of its clause says what the count is
_TOPIC_COUNT_KO = re.compile(r"\s?(?:개|장|대)?\s?(?:은|는)\s")
_MEMORY_DIES_KO = re.compile(r"(?:D램|DRAM|디램|메모리|코어)\s?(?:칩|다이)\s?(?:을|를)?\s?$", re.I)
_EACH_OF_SEVERAL_KO = re.compile(
    r"\s?(?:개|장|대)?\s?(?:규모의?|짜리)\s(?:\S+\s)?(?:클러스터|데이터센터|슈퍼컴퓨터|시스템)\s?"
    r"(?:두|세|네|다섯|여러|[2-9])\s?(?:곳|개|기|대|채)"
)


def measure_count_ko(
    s: Sentence, q: QuantityMatch, clause: Span, not_a_fleet: re.Pattern[str]
) -> bool:
    """A Korean count that is no one fleet: made the topic of a clause that says it is a
    measure (``not_a_fleet``: "60만 개는 … H100 성능으로 환산해 더한 전체 컴퓨팅 규모"), the
    dies of a memory stack, or the size of each of several clusters ("2만4000여 개 규모
    클러스터 두 곳")."""
    if _TOPIC_COUNT_KO.match(s.text, q.end) and not_a_fleet.search(s.text, q.end, clause.end):
        return True
    # "D램 칩 12개를 수직으로 쌓아": the dies of a memory stack, no accelerators
    if _MEMORY_DIES_KO.search(s.text, max(0, q.start - 12), q.start):
        return True
    # "GPU 2만4000여 개 규모 클러스터 두 곳": the size of each of several, no one fleet
    return _EACH_OF_SEVERAL_KO.match(s.text, q.end) is not None


# racks of a chip counted right before a parenthesis: "GB300 NVL72 64랙(", "GB200 NVL72 랙 8대("
_RACKS_BEFORE = re.compile(r"\s?(?:\d[\d,]*\s?랙|랙\s?\d[\d,]*\s?대)\s?\(")


def racked_chip(s: Sentence, q: QuantityMatch) -> Mention | None:
    """A Korean count of GPUs in the parenthesis after racks of a chip counted ("GB300 NVL72
    64랙(GPU 총 4,608개, …)"): the GPUs are that chip."""
    paren = s.parenthetical(q.start)
    if paren is None:
        return None
    for m in s.of_kind(("chip",), Span(0, paren.start)):
        if _RACKS_BEFORE.fullmatch(s.text, m.end, paren.start):
            return m
    return None


def aside_chip(s: Sentence, q: QuantityMatch) -> Mention | None:
    """A Korean count in an aside right after its company ("메타(35만 개)와 마이크로소프트(15만
    개)가 H100을 보유하고 있다"): the count is of the chip the main clause names after it."""
    paren = s.parenthetical(q.start) if s.language == "ko" else None
    if paren is None or not any(m.end == paren.start - 1 for m in s.of_kind(("company",))):
        return None
    after = [m for m in s.of_kind(("chip",)) if m.start > paren.end and not s.is_compared(m)]
    return after[0] if after else None


# "이 가운데 3만 개가 GB200이다", "그중 10만 개는 H100이고": a count said to be a chip
_PREDICATED_GAP = re.compile(r"\s?(?:개|대|장)?\s?(?:가|이|는|은)\s(?:[^\s,]+\s)?")
_COPULA_AFTER = re.compile(r"(?:이다|이며|이고|였다|였고|다[.\s]|인 것으로|으로 채워|로 채워)")


def chip_predicated(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """A Korean count whose chip is its predicate ("3만 개가 GB200이다")."""
    after = s.of_kind(("chip",), Span(q.end, clause.end))
    if not after:
        return None
    m = after[0]
    if _PREDICATED_GAP.fullmatch(s.text, q.end, m.start) and _COPULA_AFTER.match(s.text, m.end):
        return m
    return None


# racks or servers counted beside the chips, listed with them: "B200 GPU 2,048개 및 GB200
# NVL72 랙 4대" (a purchase; not "GPU 8장이 들어간 서버 256대", what one server holds)
_LISTED_SYSTEMS_KO = re.compile(
    r"\s?(?:및|와|과|,|그리고)\s(?:[^\s.]+\s){0,3}?(?:랙|서버|시스템|포드)\s?\d[\d,]*\s?"
    r"(?:대|개|기|식)(?!당)"
)


# racks counted before the count, several of them: "GB200 NVL72 랙 24대, GPU로 치면 1,728개",
# "64랙에 GPU 4,608개" (not "랙 1대에", what one holds, nor the "72" of "GB200 NVL72 랙")
_RACKS_COUNTED_KO = re.compile(
    r"랙\s?(?!1\s?대)\d[\d,]*\s?대|(?<![\w,])(?!1\s?랙)\d[\d,]*\s?랙(?!당)"
)


def held_ko(s: Sentence, pos: int) -> bool:
    """Whether a Korean count is what one rack or board holds ("랙 한 대에는 … CPU 36개가
    들어간다"): a rack word in its clause, unless the count is a total ("GB300 NVL72
    64랙(GPU 총 4,608개, …)", "랙 24대, GPU로 치면 1,728개") or racks are counted in a list
    with it ("… 및 GB200 NVL72 랙 4대")."""
    clause = s.clause_of(pos)
    if not s.has_trigger("chips_per_system", clause) or summed(s.text, pos, pos, "ko"):
        return False
    if _RACKS_COUNTED_KO.search(s.text, clause.start, pos):
        return False
    counted = next((q for q in s.quantities if q.start == pos), None)
    return counted is None or _LISTED_SYSTEMS_KO.match(s.text, counted.end) is None


__all__ = ["aside_chip", "chip_predicated", "held_ko", "measure_count_ko", "racked_chip"]
