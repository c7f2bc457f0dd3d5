"""Korean rental phrasings: who the way in to a rented product is.

"오픈AI는 AWS와 380억 달러 규모의 클라우드 계약을 맺고 엔비디아 GB200과 GB300을 빌려 쓰기로
했다": the company a customer signs with (와/과 … 계약, 협약, 손잡고) and then rents from is
the provider it rents through (``adopts`` with ``via``), as "AWS를 통해" already says; the
maker named only as the product's brand ("엔비디아 GB200") is no party to a deal.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import PARTNER, Sentence
from tracker.extract.claimrules.common import Candidate, is_cloud_company
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system", "memory")
# a verb of renting (not lending: "빌려주는", "임대해 주는") right before a pact
_RENT_BEFORE_PACT = (
    r"(?:빌려\s?쓰|빌리|임차|임대)(?![가-힣]{0,2}\s?주)[가-힣]{0,3}\s(?:[^\s.]+\s){0,2}?"
    r"(?:계약|협약)"
)
# a pact with the partner, then (within the sentence) a verb of renting; "와 함께" (together
# with) joins a fellow renter, not a provider
_PACT_THEN_RENT = re.compile(
    r"(?!\s?(?:함께|같이|나란히))(?:[^.]{0,40}?(?:계약|협약|손잡|손을\s잡|제휴|합의)"
    r"[^.]{0,60}?(?:빌려|빌리|빌린|임차|임대해|대여)"
    # the rent told first, the pact after it: "코어위브와 GB300 기반 컴퓨팅 용량을 임대하는
    # 추가 계약을 맺었다" (not the provider's own lending: "…을 빌려주는 계약")
    r"|[^.]{0,60}?"
    + _RENT_BEFORE_PACT
    # a pact that is itself a rental: "람다랩스와의 클라우드 이용 계약에 따라"
    + r"|[^.]{0,20}?클라우드\s?(?:이용|사용)\s?계약)"
)
# the pact told before its partner: "GB300 클러스터를 임차하는 다년 계약을 플루이드스택과
# 체결하였다"
_PACT_BEFORE_PARTNER = re.compile(_RENT_BEFORE_PACT + r"(?:을|를)\s$")
_SIGNED_AFTER = re.compile(r"\s?(?:체결|맺)")


# lending out: "빌려주는", "빌려 드리고", "임대해 주는", "대여해 준다"
LENDS_KO = re.compile(r"빌려\s?(?:주|줄|준|드리|드린)|(?:임대|대여)해\s?(?:주|줄|준|드리)")


# lent out, or rented in under a contract told by the lender: "엔스케일은 마이크로소프트가
# … GB300 기반 클라우드 용량을 빌려 쓰는 다년 계약을 맺었다고 밝혔다"
_RENTED_KO = re.compile(LENDS_KO.pattern + r"|빌려\s?[쓰쓴쓸]|임차")
# a contract to use: "TPU를 최대 100만 개까지 쓰는 계약", "…를 사용하는 클라우드 계약", "쓰기로 한
# 계약": told with a cloud as the party, a contract to use its product through it (GUIDE)
_USED_BEFORE_PACT_KO = re.compile(
    r"(?<![가-힣])(?:쓰|사용하|이용하)(?:는|기로\s?한|기로\s?하는)\s(?:[^\s.]+\s){0,2}?계약"
)


def lent_out_ko(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The customer's cloud adoption of a product a Korean deal lends out ("네비우스는
    마이크로소프트와 GB300 기반 GPU 클라우드 용량을 5년간 빌려주는 계약을 체결했다") or
    rents to it: a contract to rent a named product is also an adoption through the lender
    (GUIDE)."""
    if s.language != "ko" or not (_RENTED_KO.search(s.text) or "계약" in s.text):
        return found
    out = list(found)
    for c in found:
        product = c.qualifiers.get("product")
        if c.predicate != "supply_deal" or product is None or c.object is None:
            continue
        entity = s.vocabulary.entity(product) if s.vocabulary is not None else None
        if entity is None or entity.kind not in ("chip", "system"):
            continue
        if not _rented_in_clause(s, c):
            continue
        if any(
            o.predicate == "adopts" and o.subject == c.subject and o.object == product for o in out
        ):
            continue
        mode = {"mode": "cloud", "via": c.object}
        adopts = replace(c, predicate="adopts", qualifiers=mode, object=product, value=None)
        if c.modality == "actual" and s.future(c.valid) and _SIGNED.search(s.text):
            # "내년 1분기부터 … 빌려 쓰는 계약을 맺었다": the contract is made now, the use
            # under it announced from its start (GUIDE, a rental contract and the use under it)
            adopts = replace(adopts, modality="announced")
            out[out.index(c)] = replace(c, valid=point_at(s.published))
        out.append(adopts)
    return out


def _rented_in_clause(s: Sentence, c: Candidate) -> bool:
    """Whether the deal's clause rents or lends its product, or is a contract to use it with
    a cloud ("구글과 TPU를 쓰는 계약을 맺었다"; not with a maker that sells: "엔비디아와 B200을
    쓰는 계약"); a forecast deal is no contract made."""
    clause = s.clause_of(c.anchor)
    if _RENTED_KO.search(s.text, clause.start, clause.end):
        return True
    return (
        c.modality != "forecast"
        and c.object is not None
        and is_cloud_company(s, c.object)
        and _USED_BEFORE_PACT_KO.search(s.text, clause.start, clause.end) is not None
    )


# a contract told as made: "계약을 맺었다", "계약을 체결했다", "빌려 쓰기로 계약했다"
_SIGNED = re.compile(r"계약(?:을|도)?\s?(?:맺었|맺은|체결했|체결한|체결하였)|계약했")


def rental_partner_ko(s: Sentence, m: Mention) -> bool:
    """Whether a company marked 와/과 is the partner of a pact under which the subject
    rents the product: the provider it rents through, unless it is the product's brand."""
    if s.language != "ko" or m.anaphoric or s.particle(m) not in PARTNER:
        return False
    if any(p.kind in _PRODUCTS and 0 <= p.start - m.end <= 1 for p in s.mentions):
        return False  # "엔비디아 GB200과": the brand of the product
    if _PACT_THEN_RENT.match(s.text, m.end) is not None:
        return True
    return bool(
        _PACT_BEFORE_PARTNER.search(s.text, max(0, m.start - 80), m.start)
        and _SIGNED_AFTER.match(s.text, m.end + len(s.particle(m)))
    )


def rented_from_another(s: Sentence, clause: Span, supplier: str) -> bool:
    """A Korean clause in which the product is rented under a pact with a provider other
    than its maker ("AWS와 … 계약을 맺고 엔비디아 GB200을 빌려"): the maker is only the
    brand, so the clause states an adoption through the provider, not a deal with the maker."""
    if s.language != "ko":
        return False
    return any(
        m.id != supplier and rental_partner_ko(s, m) for m in s.of_kind(("company",), clause)
    )
