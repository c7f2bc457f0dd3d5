"""A Korean product put to the test: weighing it, not using it.

"TPU를 시험하고 있다", "어센드 910C를 시험 중이다", "MI325X 샘플을 검증하고 있다": the
product is the object of a trial, which the GUIDE counts as considering it (as "테스트하고
있다" and "평가 중" already are). A trial run of chips one has installed ("시험 가동에
들어갔다") runs them, and testing a model on a chip ("GB200 클러스터로 차세대 모델을
시험하고 있다") uses it: both stay as the clause says.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

# the product (with its word for a chip or a sample) as the object of a trial verb, at most
# one word between ("TPU를 자사 데이터센터에서 시험하고 있다")
_TRIED = re.compile(
    r"\)?\s?(?:칩|GPU|가속기|샘플|시제품|서버|랙)?\s?(?:을|를)\s(?:[^\s,]+\s)?"
    r"(?:시험|검증|시범\s?운용|시범\s?적용|실증)(?:하고\s있|하는|\s중|해\s보|해보|에\s들어가|에\s나서)"
)


def tried(s: Sentence, product: Mention, modality: Modality | None) -> Modality | None:
    """``considering`` for a product a Korean clause puts to the test and states as done
    or under way; any other modality (a plan to test, a denial) is left as found."""
    if s.language != "ko" or modality != "actual":
        return modality
    return "considering" if _TRIED.match(s.text, product.end) else modality
