"""Which named products a clause adopts: the chip a verb of use takes (not one counted
as a fleet, compared, passed over, or of the adopter's own family), and the chips listed
right after it ("H100과 H200을 빌려", "트레이니움2와 구글 TPU를 함께 쓴다")."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.bound_for import PARTS, destination_ko
from tracker.extract.claimrules.adopters_ko import fronted_product
from tracker.extract.claimrules.common import RuleState, _same_family
from tracker.extract.claimrules.used_verbs import left_behind
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_COMPANY = ("company",)


# "GB200 칩 약 11만 개를 추가로 들일", "GB200을 10만 개 넘게 운영", "B200 GPU 1만 8천 장":
# a counted chip, with its particle or not, is a deployment (or an increment)
_COUNTED_AFTER = re.compile(
    r"\s?(?:칩|GPU|가속기|카드|가속기\s카드)?\s?(?:을|를|이|가|은|는|도)?\s?(?:약|최대|총)?\s?\d[\d,.]*\s?"
    r"(?:만|천|억)?\s?(?:\d[\d,.]*\s?(?:천|백)?\s?)?(?:개|대|장)"
)


# the verb of renting right after a Korean count: "TPU를 최대 100만 개까지 빌려 쓰는", "트레이니움2
# 5만 개를 빌려 쓴다" (the object's particle after the count)
_RENTED_AFTER = re.compile(
    r"(?:까지|가량|정도|씩)?(?:을|를|까지를)?\s?(?:빌려|빌리|빌린|빌릴|임차)"
)


# a vague count of the chip ("GB300 수십만 개를", "수만 장의 H100"): neither a count nor an
# adoption (GUIDE, session 12), as "hundreds of thousands of GB300s" in English
_VAGUE_KO = r"수\s?(?:십|백|천)?\s?(?:만|천|백)\s?(?:개|대|장)"
_VAGUE_AFTER_KO = re.compile(
    r"\s?(?:칩|GPU|가속기|카드)?\s?(?:을|를|이|가|은|는|도)?\s?(?:약\s)?" + _VAGUE_KO
)
_VAGUE_BEFORE_KO = re.compile(_VAGUE_KO + r"(?:의)?\s(?:[^\s.]+\s)?$")


def _counted_ko(s: Sentence, m: Mention, via: bool) -> bool:
    """Whether a Korean count right after the chip ``m`` makes it a deployment, or a vague
    one names it. A rental through a provider the clause names keeps its adoption, counted
    or not ("구글 클라우드에서 TPU를 최대 100만 개까지 빌려 쓰는 계약": a contract to rent a
    named product adopts it, GUIDE), as English rentals through a named cloud do."""
    if not via and (
        _VAGUE_AFTER_KO.match(s.text, m.end)
        or _VAGUE_BEFORE_KO.search(s.text, max(0, m.start - 20), m.start)
    ):
        return True
    counted = _COUNTED_AFTER.match(s.text, m.end)
    if counted is None:
        return False
    return not (via and _RENTED_AFTER.match(s.text, counted.end()))


# "8,000 of the chips", "half of those GB300s": a count taking a chip referred back to ("1
# gigawatt of MI450 chips" is no count of them)
_OF_THE = re.compile(r"\sof\s(?:the|those|these)\s", re.I)


def _counted(s: Sentence, count_end: int, m: Mention) -> bool:
    """Whether the chip ``m`` is the one a count just before it counts ("20,000 GB300s",
    "8,000 of the chips": a reference back begins at its own "the")."""
    if 0 <= m.start - count_end <= 3:
        return True
    gap = s.text[count_end : m.start]
    if m.anaphoric:
        gap += m.text.split(" ", 1)[0] + " "
    return m.start > count_end and len(gap) <= 12 and _OF_THE.fullmatch(gap) is not None


# what may stand between an English count and the chip it counts: a reference back or a
# possessive ("10,000 of Nvidia's latest Blackwell Ultra GPUs", "a million of your TPUs"),
# then up to three words of brand or description ("50,000 AMD MI450", "12,000 liquid-cooled
# GB300s"), none a preposition or a conjunction that would start another phrase
_COUNT_GAP = re.compile(
    r"\s(?:of\s(?:the|those|these|its|their|our|your|[\w.&-]+['’]s)\s)?"
    r"(?:(?!(?:for|to|in|on|at|with|from|and|or|by|than|per|each|a|an|the|of|more|less"
    r"|was|were|is|are|will|would|gpus?|chips?)\s)[\w.&-]+\s){0,3}",
    re.I,
)
# a vague count of the chip ("hundreds of thousands of GB300 chips", "tens of thousands of
# Nvidia H100s"): neither a count nor an adoption (GUIDE, session 12)
_VAGUE_BEFORE = re.compile(
    r"\b(?:hundreds|tens|thousands|millions|dozens)\sof\s(?:thousands\sof\s)?"
    r"(?:[\w.&-]+['’]s\s|[\w.&-]+\s){0,2}$",
    re.I,
)


def _counted_en(s: Sentence, m: Mention) -> bool:
    """Whether an English count counts the chip ``m`` across a brand, a description or a
    possessive ("50,000 AMD MI450 GPUs", "more than 10,000 of Nvidia's latest Blackwell Ultra
    GPUs"), or a vague count names it ("hundreds of thousands of GB300 chips")."""
    if _VAGUE_BEFORE.search(s.text, max(0, m.start - 60), m.start):
        return True
    return any(
        q.unit == "" and 0 < m.start - q.end <= 40 and _COUNT_GAP.fullmatch(s.text, q.end, m.start)
        for q in s.quantities
    )


def _counted_ids(s: Sentence) -> set[str]:
    """The chips an English sentence counts anywhere in it ("…, and we'll have around
    12,000 GB300s online by the end of the year"): the sentence tells the fleet, so its use
    of the same chip is that deployment (GUIDE: a count gives deployed_chips only)."""
    if s.language != "en" or not (s.quantities or "s of " in s.text):
        return set()
    return {m.id for m in s.of_kind(("chip",)) if _counted_en(s, m)}


# "루빈 대신 블랙웰을 택했다", "엔비디아 GPU 대신": the product passed over
_INSTEAD_OF = re.compile(r"['’)]?\s?(?:칩|GPU|가속기)?\s?대신")


def adoptable(
    s: Sentence, span: Span, subject: Mention, state: RuleState, via: bool = False
) -> Mention | None:
    """The product a clause adopts. A product a deal took is adopted too when the clause
    names the provider it is used through ("signed an agreement to rent Google TPUs
    through Google Cloud": a deal and a cloud adoption, GUIDE settled case), and so is a
    counted one ("using about 200,000 GB200s through Microsoft Azure")."""
    counted = set() if via else _counted_ids(s)
    pool = [
        m
        for m in s.of_kind(("chip",), span)
        if not _same_family(s, m.entity.maker, subject.id)
        and m.id not in counted
        and not s.is_compared(m)
        and (via or m.start not in state.taken_products)
        and (via or not any(_counted(s, q.end, m) for q in s.quantities))  # a deployment
        and not (s.language == "ko" and _counted_ko(s, m, via))
        and not (s.language == "ko" and _INSTEAD_OF.match(s.text, m.end))
        and not left_behind(s, m.start)  # "switched from H100s to GB200s"
        and not destination_ko(s, m, PARTS)  # "MI400 시리즈에 탑재할 HBM4": where the part goes
    ]
    after = [m for m in pool if m.start > subject.start]
    if not after and subject.anaphoric and s.language == "ko" and pool:
        # "…, 람다랩스 클라우드의 B200 GPU를 당사 AI 서비스 학습에 사용할 예정임": the text's
        # own company named after the product, as the owner of the work it is used for
        return pool[0]
    # "구글 TPU를 메타가 도입했다", "구글 TPU를 도입한 메타는": the object fronted
    return after[0] if after else fronted_product(s, pool, subject)


_CHIP_AND = re.compile(
    r"\s?(?:과|와|및|,|,?\s?and|or|이나|또는|에\s이어|에\s더해|뿐\s아니라)\s?(?:엔비디아\s|Nvidia\s)?$",
    re.I,
)


def coordinated_chips(
    s: Sentence, product: Mention, subject: Mention, state: RuleState
) -> list[Mention]:
    """Chips named in a plain list right after the adopted one ("H100과 H200을 빌려")."""
    found: list[Mention] = []
    last = product
    for m in s.of_kind(("chip",), Span(product.end, len(s.text))):
        gap = s.text[last.end : m.start]
        brand = [c for c in s.of_kind(_COMPANY, Span(last.end, m.start)) if c.end + 1 >= m.start]
        if s.language == "ko" and brand:
            gap = s.text[last.end : brand[0].start]  # "트레이니움2와 구글 TPU를"
        if not _CHIP_AND.match(gap) or s.is_compared(m):
            break
        if _same_family(s, m.entity.maker, subject.id) or m.start in state.taken_products:
            break
        found.append(m)
        last = m
    return found
