"""A Korean rental whose lessor the sentence leaves unnamed: "MS는 이 계약에 따라 나르비크의
GB300을 빌려 쓴다" in a story about the GPU cloud that rents the racks out. The cloud the
text is about (its issuer, else the company it opens on) is the lessor: the renter adopts
the product through it (mode cloud), and the supply deal is with it, not with the chip's
maker, who rents out nothing (GUIDE: a cloud contract to rent a named product)."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.deal_sellers import RENTS_KO, capacity_lessors
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_COMPANY = ("company",)
# a place rented, not compute: "부지를 임대해", "건물을 빌려", "공간을 임차해"
_PLACE_RENTED_KO = re.compile(
    r"(?:부지|토지|땅|건물|공간|사무실|공장|창고|상면)(?:을|를)?\s(?:\S+\s)?(?:임대|임차|빌려|빌린|대여)"
)


# the subject lending out, not renting: "고객에게 빌려주고 있다", "임대해 준다"
_LENDS_KO = re.compile(r"빌려\s?주|빌려\s?준|빌려\s?줄|빌려줬|임대해\s?주|임대해\s?준|대여해\s?주")
# ... unless it also rents in the clause: "빌려 쓰고", "빌려 와"
_BORROWS_KO = re.compile(r"빌려\s?(?:쓰|쓴|쓸|썼|와|온|올)|임차")


def unnamed_lessor_ko(s: Sentence, clause: Span, subject: str) -> str | None:
    """The lessor of a Korean clause renting a product from no one it names: the cloud the
    text is about, when it is no party named in the clause (a named one says itself who
    the provider is) and not the renter."""
    if s.language != "ko" or not RENTS_KO.search(s.text, clause.start, clause.end):
        return None
    if _PLACE_RENTED_KO.search(s.text, clause.start, clause.end):
        return None  # "텍사스의 부지를 임대해 GB300 랙을 직접 설치했다": land, no chips rented
    if _LENDS_KO.search(s.text, clause.start, clause.end) and not _BORROWS_KO.search(
        s.text, clause.start, clause.end
    ):
        return None  # "자사 클라우드에 MI450을 들여 고객에게 빌려주고 있다": the subject lends
    if any(m.id != subject for m in s.of_kind(_COMPANY, clause)):
        return None
    lessors = capacity_lessors(s, clause)
    if len(lessors) != 1:
        return None
    lessor = next(iter(lessors))
    return lessor if lessor is not None and lessor != subject else None


def leased_ko(s: Sentence, clause: Span, subject: Mention) -> bool:
    """Whether the clause's subject rents from a lessor the clause leaves unnamed."""
    return unnamed_lessor_ko(s, clause, subject.id) is not None


def leased_mode(
    s: Sentence, clause: Span, subject: Mention, qualifiers: dict[str, str]
) -> dict[str, str]:
    """``qualifiers`` of an adoption, through the unnamed lessor when the clause rents from
    one (no provider named: what else it reads, "…서비스에 쓰고", is the lessor's house)."""
    if qualifiers.get("via", subject.id) != subject.id:
        return qualifiers  # a provider named ("애저" of the renter itself is none)
    lessor = unnamed_lessor_ko(s, clause, subject.id)
    return {"mode": "cloud", "via": lessor} if lessor is not None else qualifiers
