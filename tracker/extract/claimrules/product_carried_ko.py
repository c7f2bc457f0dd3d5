"""The products a Korean clause of integration is about: the one it leaves unsaid, and each
of a list it names.

Korean names the product once and goes on about it in clauses and sentences without it:
"AMD는 MI450을 TSMC 2나노에서 생산하며, 패키징에는 CoWoS-L을 쓴다" (the chip the first clause
made), "마이아 100은 5나노로 만들어지며 코워스 패키징을 쓴다" (the topic of the first clause),
"리벨-쿼드는 HBM3E 144GB를 탑재했다. 서버와 서버 사이는 울트라 이더넷으로 연결한다" (the product
of the sentence before). The technology's clause then holds a trigger and the technology but
no product; this module finds the product it is about.

A company marked as the subject of the clause is the user ("메타는 … 인피니밴드를 쓴다": the
company's fleet, no product's design), and a company marked as the sentence's subject that did
not make the earlier clause's product ("네이버는 B200을 들였고, 네트워크로는 …을 쓴다") makes the
use its own.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.common import _PRODUCT_KINDS
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_REACH = 2  # sentences back for the product in focus


def carried_product(s: Sentence, clause: Span, trig: int) -> list[Mention]:
    """The product an integration clause naming none is about, as a mention (a reference
    back at the clause's start when it comes from the sentences before), or none. The
    technology must come before the trigger, as its object ("CoWoS-L을 쓴다"): in "인터포저를
    쓰는 코워스-L" the verb describes the technology, no product's use of it."""
    if s.language != "ko":
        return []
    techs = s.of_kind(("technology", "process"))
    if not any(m.start < trig and clause.start <= m.start for m in techs):
        return []
    if any(s.particle(m) in ("은", "는") for m in techs):
        return []  # "NV링크 퓨전은 … 호환되도록 허용하는 프로그램이다": about the technology
    subjects = [m for m in s.of_kind(("company",)) if s.particle(m) in TOPIC]
    if any(clause.start <= m.start < clause.end for m in subjects):
        return []  # "메타는 … 인피니밴드를 쓴다": the company's own use
    before = [m for m in s.of_kind(_PRODUCT_KINDS, Span(0, clause.start)) if not s.is_compared(m)]
    if before:
        product = before[-1]
        makers = {product.entity.maker, product.entity.owner}
        return [] if any(m.id not in makers for m in subjects) else [product]
    if subjects or s.of_kind(_PRODUCT_KINDS):
        return []
    carried = _in_focus(s)
    return [] if carried is None else [Mention(clause.start, clause.start, carried, "", True)]


def _in_focus(s: Sentence) -> Entity | None:
    """The chip or system named last, two sentences back at most (a system on a tie: the
    "MI450 72개가 들어가는 헬리오스" is what the next sentence goes on about), else the only
    product the text has named."""
    best: tuple[Entity, int] | None = None
    for kind in ("system", "chip"):
        hit = s.focus.last.get(kind)
        if hit is not None and s.index - hit[1] <= _REACH and (best is None or hit[1] > best[1]):
            best = hit
    if best is None and len(s.focus.products) == 1:
        # a teardown or a datasheet of one product ("패키징: … CoWoS-L 공정이 적용된 것으로"):
        # the only product the text has named, however far back
        return s.vocabulary.entities.get(next(iter(s.focus.products)))
    return None if best is None else best[0]


# the joint of a plain Korean list of products: "블랙웰·루빈", "블랙웰과 루빈", "B200, B300 및 B100"
_JOINT = re.compile(r"\s?(?:·|ㆍ|,|과|와|및|그리고)\s?")


def listed_with(s: Sentence, product: Mention, trig: int) -> list[Mention]:
    """The products a Korean list names after ``product``, before the trigger ("블랙웰·루빈
    세대 GPU가 모두 CoWoS-L을 쓴다", "B300과 루빈은 …를 채택했다"): the statement is each one's.
    A product after a comparison word ("루빈은 블랙웰과 달리") breaks the list."""
    if s.language != "ko":
        return []
    found: list[Mention] = []
    last = product
    for m in s.of_kind(_PRODUCT_KINDS, Span(product.end, trig)):
        if not _JOINT.fullmatch(s.text, last.end, m.start) or s.is_compared(m):
            break
        found.append(m)
        last = m
    if found and _COMPARED_AFTER.match(s.text, last.end):
        return []
    return found


# "블랙웰과 달리", "루빈과 비교해": the list was a comparison
_COMPARED_AFTER = re.compile(r"\s?(?:과|와)?\s?(?:달리|다르게|비교|견줘|대비)")
