"""A Korean investment into another company's fundraising: "엔비디아는 xAI의 200억 달러 규모
자금 조달에 최대 20억 달러를 투자할 계획이다", "엔비디아는 오픈AI의 투자 라운드에 20억 달러를
넣었다". The round is the raiser's (its 조달 read as raising money, no investment), so the
amount put into it was lost; the company whose round it is is the target, and the subject
that puts money in is the investor. The round's own size, before 에, is no one's investment.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span

# "xAI의 200억 달러 규모 자금 조달에", "오픈AI의 시리즈 F 투자 라운드에", "앤트로픽의 펀딩에도"
_ROUND = re.compile(
    r"의\s(?:[^\s,.]+\s){0,4}?(?:자금\s?조달|투자\s?유치|펀딩|투자\s?라운드|라운드|유상\s?증자|증자)"
    r"에(?:도)?\s"
)
_REACH = 30


def round_investment(s: Sentence, q: QuantityMatch) -> tuple[Mention, str] | None:
    """(investor, target) when the amount at ``q`` is put into a named company's round."""
    if s.language != "ko" or (
        "조달" not in s.text
        and "라운드" not in s.text
        and "펀딩" not in s.text
        and "유치" not in s.text
        and "증자" not in s.text
    ):
        return None
    for m in s.of_kind(("company",), Span(0, q.start)):
        found = _ROUND.match(s.text, m.end)
        if found is None or not 0 <= q.start - found.end() <= _REACH:
            continue
        investors = [
            c
            for c in s.of_kind(("company",), Span(0, m.start))
            if s.particle(c) in TOPIC and c.id != m.id
        ]
        if investors:
            return investors[-1], m.id
    return None


# "200억 달러 규모 자금 조달", "400억 달러 규모의 투자 라운드": the size of a round
_SIZE_OF_ROUND = re.compile(
    r"\s?(?:규모(?:의)?\s)?(?:자금\s?조달|투자\s?유치|펀딩|투자\s?라운드|라운드)(?:에|을|를|은|는|이|가)"
)


def round_size(s: Sentence, q: QuantityMatch) -> bool:
    """Whether the amount at ``q`` is the size of a Korean fundraising round, which is the
    raiser's and no one investor's."""
    return s.language == "ko" and _SIZE_OF_ROUND.match(s.text, q.end) is not None
