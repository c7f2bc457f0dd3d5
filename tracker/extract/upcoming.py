"""Products a document presents as not yet on the market ("will be available in the second
half", "출시 예정"), minus those it says ship: a specification of such a product is
announced, not an actual (claimrules.common._announced, table_rows)."""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.analysis import Sentence
from tracker.extract.modality import ModalityCues
from tracker.extract.next_generation import next_generation_products
from tracker.extract.unveiled import unveiled_products
from tracker.extract.vocabulary import Vocabulary


def upcoming_products(
    sentences: list[Sentence], published: date, cues: ModalityCues, vocabulary: Vocabulary
) -> frozenset[str]:
    """Products the document presents as not yet on the market (with the members of
    an upcoming family: B200 when Blackwell is upcoming), minus those said to ship."""
    upcoming: set[str] = set()
    shipping: set[str] = set()
    recent: set[str] = set()  # the products last named: "Shipments are slated for …"
    for s in sentences:
        if s.table is not None:
            continue
        named = {m.id for m in s.mentions if m.kind in ("chip", "system")}
        for start, end in _availability_pieces(s):
            products = {
                m.id
                for m in s.mentions
                if m.kind in ("chip", "system")
                and start <= m.start < end
                # "레니게이드 기반 추론 서비스를 내놓을 계획": what is launched is built on it
                and not _BASIS_OF.match(s.text, m.end)
                # "has begun shipping HBM4 to AMD for the chip designer's MI450": what the
                # shipped part goes into is not what ships
                and not (
                    s.language == "en"
                    and _DESTINATION.search(s.text, max(start, m.start - 40), m.start)
                )
            }
            if not products:
                if named or not _product_back(s.text[start:end]):
                    continue
                products = recent
            future = any(
                (t.valid.start or published) > published
                or (t.valid.kind == "deadline" and t.valid.end is not None)
                for t in s.times
                if start <= t.start < end
            )
            status = cues.availability(s.text[start:end], s.language, future)
            if status == "upcoming":
                upcoming |= products
            elif status == "shipping":
                shipping |= products
        if named:
            recent = named
    upcoming |= unveiled_products(sentences, published)
    upcoming |= next_generation_products(sentences)  # "AMD의 차세대 AI 가속기 MI450"
    upcoming |= _not_yet_available(sentences, published, vocabulary)
    if not upcoming:
        return frozenset()
    for entity in vocabulary.entities.values():
        if entity.parent in upcoming and entity.kind in ("chip", "system"):
            upcoming.add(entity.id)
    return frozenset(upcoming - shipping)


def _not_yet_available(
    sentences: list[Sentence], published: date, vocabulary: Vocabulary
) -> set[str]:
    """The products the document names that the vocabulary says first shipped after its
    publication ("MI450은 HBM4를 432GB 싣고" in November 2025, with MI450 available from
    2026-09): not on the market, whatever the text says of it."""
    month = f"{published.year:04d}-{published.month:02d}"
    named = {m.id for s in sentences for m in s.mentions if m.kind in ("chip", "system")}
    out = set()
    for product in named:
        entity = vocabulary.entity(product)
        if entity is not None and entity.available is not None and entity.available > month:
            out.add(product)
    return out


# a product named as what something is built on ("레니게이드 기반", "H100을 탑재한")
_BASIS_OF = re.compile(r"\s?(?:\S{0,6}\s)?(?:기반|(?:을|를)\s(?:활용한|탑재한|쓴|쓰는|넣은))")


# a product named as where another goes: "for the U.S. chip designer's MI450", "for Rubin"
_DESTINATION = re.compile(
    r"\b(?:for|into)\s(?:the\s)?(?:[\w.-]+\s){0,3}?(?:[\w.-]+['’]s\s)?(?:[\w-]+\s)?$"
)


# English clause joints that separate what is said about two products ("The H200 started
# shipping this quarter, and Blackwell is due before year-end").
_AVAILABILITY_JOINT = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+|\s[-–—]\s")
# a sentence about availability that names no product speaks of the last one named
# ("Shipments are slated for later this year"; "the part will reach customers …")
# (read as two patterns: the openings, matched at the start only, and "the/this part",
# which opens with [tT] so that the engine skips in C to the next t: one alternation of
# all of them, case-insensitive, was tried at every position)
_PRODUCT_BACK_OPENING = re.compile(
    r"\s*(?:shipments?|deliveries|availability|volume shipments|(?:mass|volume)\sproduction)\b"
    # "We started shipping in May" (the maker answering about the product just asked of)
    r"|\s*(?:it|they|we)\s"
    # "일반 공급은 연말께 시작된다", "본격 출하는 내년부터": the product just named
    r"|\s*(?:(?:일반|본격|정식|대량|첫|고객)\s?)?(?:출하|출시|공급|양산|판매)",
    re.I,
)
_PRODUCT_BACK_NOUN = re.compile(
    r"[tT](?<!\w[tT])(?i:he|his)\x20(?i:part|chip|accelerator|processor|gpu|product)\b"
)


def _product_back(text: str) -> bool:
    return (
        _PRODUCT_BACK_OPENING.match(text) is not None or _PRODUCT_BACK_NOUN.search(text) is not None
    )


def _availability_pieces(s: Sentence) -> list[tuple[int, int]]:
    """Spans of a sentence judged separately for availability (English clause joints;
    Korean clauses: "현재 주문을 받고 있으며, 출하는 올해 3분기부터 시작될 예정입니다")."""
    if s.language == "ko" and len(s.clauses) > 1:
        # the whole sentence too: "마이아 100은 …을 갖췄으며, 애저 서비스 일부를 처리하고
        # 있다" says its product is in service (a "shipping" verdict wins over any other)
        text = s.text
        return [(0, len(text))] + [
            (c.start + len(text[c.start : c.end]) - len(text[c.start : c.end].lstrip(", ")), c.end)
            for c in s.clauses
        ]
    if s.language != "en":
        return [(0, len(s.text))]
    pieces: list[tuple[int, int]] = []
    start = 0
    for joint in _AVAILABILITY_JOINT.finditer(s.text):
        pieces.append((start, joint.start()))
        start = joint.end()
    pieces.append((start, len(s.text)))
    if len(pieces) > 1 and len({m.id for m in s.of_kind(("chip", "system"))}) == 1:
        # "has started sampling REBEL-Quad, …, and plans volume shipments in the first half
        # of next year": with one product named, a later clause's availability is its own
        pieces.append((0, len(s.text)))
    return pieces
