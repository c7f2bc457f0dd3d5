"""Korean "자사"/"자체" that belongs to a provider named inside the clause, not the adopter.

"메타는 구글이 자사 클라우드로 제공하는 TPU를 빌려 쓰기로 했다": "자사 클라우드" is Google's
(the subject of the clause on the offer), so Meta rents the TPU in Google's cloud, a cloud use
via Google, not an on-prem one. The on-prem cue list holds "자사 클라우드" for "코어위브는 …
자사 클라우드에 올렸다", where the owner is the adopter; the reading here is the provider's.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

# right after a company made subject: its own cloud or centers, then a verb of offering
_OFFERS_OWN = re.compile(
    r"(?:이|가)\s(?:자사|자체|자기)\s?(?:AI\s)?(?:클라우드|데이터\s?센터|인프라|서비스)"
    r"(?:로|으로|에서|를\s통해|에)\s(?:[^\s,.]+\s){0,2}?"
    r"(?:제공|서비스하|운영하|빌려주|빌려\s주|임대하|대여하|판매하)"
)


def provider_own_cloud_ko(s: Sentence, span: Span) -> tuple[Mention, Span] | None:
    """The provider whose own cloud a Korean span names while offering the product ("구글이
    자사 클라우드로 제공하는"), with the stretch of its offer, or ``None``."""
    if s.language != "ko" or ("자사" not in s.text and "자체" not in s.text):
        return None
    for m in s.of_kind(("company",), span):
        offer = _OFFERS_OWN.match(s.text, m.end)
        if offer is not None:
            return m, Span(m.start, offer.end())
    return None


__all__ = ["provider_own_cloud_ko"]
