"""Korean products a sentence tells of without a name before referring back to them.

"당사는 2027년 하반기 출시를 목표로 차세대 제품을 개발하고 있으며, 해당 제품에는 HBM3E를
채택할 계획입니다": "해당 제품" is the next-generation product the clause before describes, not
the chip the text named last (RNGD, on sale), which a reference back would otherwise take up,
making its figures those of an upcoming product and its supplies plans. As English "its
first in-house accelerator … The chip" (:mod:`.unnamed_chips_en`), the description keeps the
reference from falling back to a named chip; here within the sentence that describes it.
"""

from __future__ import annotations

import re

from tracker.extract.entities import Mention

# a product described, not named: "차세대 제품", "후속 칩", "다음 세대 가속기", "새 AI 칩",
# "신형 NPU" (its particle after it)
_UNNAMED_KO = re.compile(
    r"(?:차세대|후속|다음\s?세대|새|새로운|신규|신형)\s?(?:AI\s?|추론\s?|학습\s?)?"
    r"(?:제품|칩|가속기|반도체|GPU|NPU|프로세서)(?:을|를|은|는|이|가|의|도)?(?![가-힣])"
)


def unnamed_product_before_ko(text: str, mentions: list[Mention], at: int) -> bool:
    """Whether a Korean sentence describes an unnamed product before ``at`` (a reference
    back there), with no chip or system named between the description and it."""
    last = None
    for m in _UNNAMED_KO.finditer(text, 0, at):
        last = m
    if last is None:
        return False
    return not any(
        m.kind in ("chip", "system") and not m.anaphoric and last.end() <= m.start < at
        for m in mentions
    )
