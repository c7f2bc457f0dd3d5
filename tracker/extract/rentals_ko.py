"""Korean rental phrasings: who the way in to a rented product is.

"오픈AI는 AWS와 380억 달러 규모의 클라우드 계약을 맺고 엔비디아 GB200과 GB300을 빌려 쓰기로
했다": the company a customer signs with (와/과 … 계약, 협약, 손잡고) and then rents from is
the provider it rents through (``adopts`` with ``via``), as "AWS를 통해" already says; the
maker named only as the product's brand ("엔비디아 GB200") is no party to a deal.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import PARTNER, Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_PRODUCTS = ("chip", "system", "memory")
# a pact with the partner, then (within the sentence) a verb of renting; "와 함께" (together
# with) joins a fellow renter, not a provider
_PACT_THEN_RENT = re.compile(
    r"(?!\s?(?:함께|같이|나란히))[^.]{0,40}?(?:계약|협약|손잡|손을\s잡|제휴|합의)"
    r"[^.]{0,60}?(?:빌려|빌리|빌린|임차|임대해|대여)"
)


def rental_partner_ko(s: Sentence, m: Mention) -> bool:
    """Whether a company marked 와/과 is the partner of a pact under which the subject
    rents the product: the provider it rents through, unless it is the product's brand."""
    if s.language != "ko" or m.anaphoric or s.particle(m) not in PARTNER:
        return False
    if any(p.kind in _PRODUCTS and 0 <= p.start - m.end <= 1 for p in s.mentions):
        return False  # "엔비디아 GB200과": the brand of the product
    return _PACT_THEN_RENT.match(s.text, m.end) is not None


def rented_from_another(s: Sentence, clause: Span, supplier: str) -> bool:
    """A Korean clause in which the product is rented under a pact with a provider other
    than its maker ("AWS와 … 계약을 맺고 엔비디아 GB200을 빌려"): the maker is only the
    brand, so the clause states an adoption through the provider, not a deal with the maker."""
    if s.language != "ko":
        return False
    return any(
        m.id != supplier and rental_partner_ko(s, m) for m in s.of_kind(("company",), clause)
    )
