"""Korean adoptions told in a parenthesis after the adopter: "카카오(레니게이드 도입)와
네이버(가우디3 도입)가 …", "메타(TPU 도입 검토), 애플(트레이니움2 사용) 등". A list of
companies with what each uses in brackets, as Korean roundups and broker notes write it; the
adoption rule reads the sentence's own verb, so the bracketed adoptions gave nothing. The
parenthesis is its own statement: its cue (예정, 검토) is its modality.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at

# "(레니게이드 도입)", "(TPU 도입 검토)", "(트레이니움2 사용 중)": a product, then a noun of use
_ASIDE = re.compile(r"\(([^()]{1,40}?)\)")
_USE_NOUN = re.compile(
    r"(?:도입|채택|사용|탑재|활용|임차)(?:\s?(?:중|예정|계획|검토|추진|확정))?\s?$"
)


def adoption_aside_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """An adoption in brackets right after its adopter (Korean only)."""
    if s.language != "ko" or "(" not in s.text:
        return []
    out: list[Candidate] = []
    for m in s.of_kind(("company",)):
        aside = _ASIDE.match(s.text, m.end)
        if aside is None or not _USE_NOUN.search(aside.group(1)):
            continue
        span = Span(aside.start(1), aside.end(1))
        products = [p for p in s.of_kind(("chip", "system"), span) if p.entity.maker != m.id]
        if not products:
            continue
        valid = point_at(s.published)
        modality = s.modality(span.end - 1, valid, span)
        if modality is None:
            continue
        state.taken_products.add(products[0].start)  # the sentence's verb is not its use
        out.append(Candidate(m.id, "adopts", modality, valid, span.start, {}, products[0].id))
    return out
