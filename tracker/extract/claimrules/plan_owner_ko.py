"""A Korean adoption told as the content of a company's plan: the plan's owner adopts.

"TPU를 도입하겠다는 메타의 계획이 알려졌다", "구글 TPU를 들이려는 메타의 구상",
"엔비디아 GPU 대신 TPU를 쓰겠다는 메타의 전략": Korean nominalises an intention by a
quoting adnominal (겠다는, 다는, 려는) on a plan noun, and names whose plan it is in the
genitive (메타의) right before that noun. The company has no subject particle, and the
product comes before it, so neither the topic nor the product-after-subject reading finds
the adopter; another company marked as the sentence's topic ("… 메타의 계획에 대해 구글은
…") or a product's brand before the verb ("엔비디아 GPU 대신") is not it.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

# the quoting adnominal ending the intention, then at most one word before the owner
_INTENT_BEFORE = re.compile(r"(?:겠다는|다는|려는|하자는|기로\s한)\s(?:\S+\s)?$")
# the owner in the genitive, then the plan noun
_PLAN_AFTER = re.compile(
    r"(?:\s?측)?의\s?(?:계획|구상|전략|방침|방안|복안|목표|의지|결정|청사진|로드맵)"
)
_REACH = 60


def plan_owner(s: Sentence, trig: int) -> Mention | None:
    """The company whose plan noun the adoption verb at ``trig`` fills, if any."""
    if s.language != "ko" or "의" not in s.text:
        return None
    for m in s.of_kind(("company",)):
        if m.start <= trig or m.start - trig > _REACH:
            continue
        if _PLAN_AFTER.match(s.text, m.end) and _INTENT_BEFORE.search(s.text, trig, m.start):
            return m
    return None
