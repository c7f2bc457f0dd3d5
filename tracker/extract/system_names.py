"""A system named as what holds a count of chips, without a rack/pod word (session 7).

Two constructions the chips-per-system rule missed:

* the system's own name as the frame: "CloudMatrix 384 comprises 384 Ascend 910C
  processors", "The Vera Rubin NVL144 system will house 144 Rubin GPUs", "화웨이의
  클라우드매트릭스 384는 어센드 910C 384개를 연결한다": a system entity, or an NVL-style
  name ("NVL144", "NVL576"), before the count in its clause says "one system", as "rack"
  does (a count of at most 10,000 chips, with the chip named at it);
* a Korean relative clause before the system: "MI450 72개를 탑재한 헬리오스 랙", "블랙웰 GPU
  72개를 하나로 묶은 GB200 NVL72 랙": the count belongs to the system the clause modifies,
  not to the chip named at the count (GUIDE: "72 Blackwell GPUs in one GB200 NVL72 rack" is
  gb200's).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_NVL = re.compile(r"\bNVL\s?\d{2,3}\b|(?<![A-Za-z])NVL\d{2,3}")
_LARGEST_SYSTEM = 10_000  # the largest pods hold 9,216 chips; more is a fleet
# "…개를 (하나로) 탑재한 / 묶은 / 담은 / 갖춘 …", "…개가 들어가는 / 들어간 …": a relative
# clause whose head is the system named right after it
_HOLDING_KO = re.compile(
    r"\s?개?(?:를|을|가|이)?\s(?:하나로\s|한\s?데\s|(?:한|하나의)\s?(?:랙|시스템|서버|섀시)에\s)?"
    r"(?:탑재한|탑재된|장착한|장착된|들어가는"
    r"|들어간|묶은|묶는|연결한|연결하는|담은|담는|갖춘|넣은|품은|집적한)\s"
)


# what may stand between the relative clause and the system's name: a descriptor of at
# most three words and an opening quote ("…개를 하나로 묶은 랙 규모 시스템 '헬리오스'")
_HEAD_GAP_KO = re.compile(r"(?:[가-힣A-Za-z]+\s){0,3}['‘\"“]?")


def named_system(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """Whether the clause names the system that holds the count of chips at ``q``: a
    system entity, or an NVL-style name, before it."""
    if q.high > _LARGEST_SYSTEM:
        return False
    if s.chip_near(q) is None:
        # "헬리오스에 들어가는 GPU 수는 72개다", "클라우드매트릭스 384에는 칩 384개가": a
        # Korean system entity holding unnamed chips
        return s.language == "ko" and _system_holds_ko(s, q, clause)
    if _NVL.search(s.text, clause.start, q.start):
        return True
    return any(m.start < q.start for m in s.of_kind(("system",), clause))


def system_after_ko(s: Sentence, q: QuantityMatch, chip: Mention | None) -> Entity | None:
    """The chip or system a Korean relative clause holding the count modifies ("MI450
    72개를 탑재한 헬리오스 랙" -> helios), when it is another product than the chip."""
    if s.language != "ko":
        return None
    hold = _HOLDING_KO.match(s.text, q.end)
    if hold is None:
        return None
    after = [
        m
        for m in s.of_kind(("chip", "system"))
        if m.start >= hold.end() and _HEAD_GAP_KO.fullmatch(s.text, hold.end(), m.start)
    ]
    if not after or (chip is not None and after[0].id == chip.id):
        return None
    return after[0].entity


# "한 랙에", "랙 하나에", "랙 한 대에": the count is one rack's
_ONE_RACK_KO = re.compile(r"(?:한|하나의)\s?랙에|랙\s(?:하나|한\s?대)에")


def topic_system_ko(s: Sentence, q: QuantityMatch) -> Entity | None:
    """The system a Korean sentence is about, when a later clause counts one rack's chips
    ("MI450 기반 랙 '헬리오스'는 내년 3분기에 첫 출하되고, 한 랙에 MI450 GPU 72개가
    들어갑니다": helios holds the 72, GUIDE's rack ruling)."""
    if s.language != "ko" or not _ONE_RACK_KO.search(s.text, s.clause_of(q.start).start, q.start):
        return None
    topics = [
        m for m in s.of_kind(("system",)) if m.end <= q.start and s.particle(m) in ("은", "는")
    ]
    return topics[-1].entity if topics else None


# a count used as the adjective of a system: "AMD's 72-GPU Helios rack", "a 64-chip Trn2
# UltraServer", "the 144-GPU Vera Rubin NVL144 rack"
_COUNT_ADJECTIVE_EN = re.compile(r"-(?:GPU|chip|accelerator|card|die)\s", re.I)


def system_after_adjective_en(s: Sentence, q: QuantityMatch) -> Entity | None:
    """The system an English count modifies as an adjective ("72-GPU Helios rack" ->
    helios), named right after it, or the chip of a machine with no name of its own ("the
    9,216-chip Ironwood pod" -> ironwood); no count of dies ("a 2-die package")."""
    if s.language != "en" or q.high > _LARGEST_SYSTEM:
        return None
    hyphen = _COUNT_ADJECTIVE_EN.match(s.text, q.end)
    if hyphen is None or "die" in hyphen.group(0).lower():
        return None
    for m in s.of_kind(("system",)):
        if m.start == hyphen.end():
            return m.entity
    for m in s.of_kind(("chip",)):
        if m.start == hyphen.end() and _CHIP_SYSTEM_NOUN.match(s.text, m.end):
            return m.entity  # "the 9,216-chip Ironwood pod": a system of no name of its own
    return None


# a machine noun after a chip's name, the system the count adjective sizes: "Ironwood pod",
# "Trainium2 UltraServers", "GB200 NVL72 rack"
_CHIP_SYSTEM_NOUN = re.compile(
    r"\s(?:NVL\d+\s)?(?:UltraServers?|superpods?|SuperPoDs?|pods?|racks?|supernodes?|nodes?"
    r"|servers?|boards?|trays?)\b",
    re.I,
)


# the system as the place the chips go: "헬리오스에 들어가는", "…384에는 칩", "…'에 탑재되는"
_HOLDS_KO = re.compile(r"[’'」]?(?:에는|에|엔)\s")


# the unnamed chips counted right before the figure: "GPU 수는 ", "칩 ", "가속기 개수가 "
_CHIPS_COUNTED_KO = re.compile(r"(?:GPU|칩|가속기)\s?(?:수|개수)?\s?(?:는|은|가|이|를|을)?\s?$")


def _system_holds_ko(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """Whether unnamed chips are counted in a system entity named before the count in its
    clause as the place they go."""
    if _CHIPS_COUNTED_KO.search(s.text, max(clause.start, q.start - 12), q.start) is None:
        return False
    return any(
        m.start < q.start and _HOLDS_KO.match(s.text, m.end) is not None
        for m in s.of_kind(("system",), clause)
    )
