"""Korean adoptions told by naming the users or the place: "TPU를 쓰는 기업은 앤트로픽, 애플
등이다", "트레이니움2를 도입한 곳으로는 애플과 앤트로픽이 있다", "애플의 AI 서버에는 구글 TPU가
들어간다". The product and the users are not verb and subject: a relative clause describes
"the companies", and the list after it names them; or the product goes into a company's own
servers. Either way the adoption rule found no adopter.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system")
# "TPU를 쓰는 기업은", "트레이니움2를 도입한 곳으로는", "레니게이드를 채택한 고객사는"
_USERS_OF = re.compile(
    r"\s?(?:을|를)\s(?:[^\s,.]+\s)?(?:쓰는|쓴|사용하는|사용한|도입한|도입하는|채택한|활용하는|활용한)\s"
    r"(?:주요\s|대표\s|국내\s|해외\s)?(?:기업|업체|회사|고객사|고객|곳)(?:은|는|으로는|로는)\s"
)
# "애플의 AI 서버에는 구글 TPU가 들어간다": the company's own machines
_ITS_MACHINES = re.compile(
    r"의\s(?:AI\s)?(?:서버|데이터\s?센터|클러스터|인프라|슈퍼컴퓨터)(?:에는|에도|에)\s"
)
_GOES_IN = re.compile(
    r"\s?(?:이|가|도)\s(?:[^\s,.]+\s)?(?:들어가|들어간|들어갔|탑재되|탑재돼|탑재된|탑재됐|쓰이|쓰였|투입되|투입된|투입됐)"
)


def cleft_adoption_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Adoptions whose users are listed after "the companies that use it" or whose
    product goes into a company's own machines (Korean only)."""
    if s.language != "ko" or s.table is not None:
        return []
    return _users_listed(s) + _into_machines(s)


def _users_listed(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    for p in s.of_kind(_PRODUCTS):
        users = _USERS_OF.match(s.text, p.end)
        if users is None:
            continue
        listed = list(s.of_kind(("company",), Span(users.end(), users.end() + 4)))
        if not listed:
            continue
        for m in joined_companies(s, listed[0], Span(users.end(), len(s.text))):
            if m.id != p.entity.maker:
                out.extend(_adoption(s, m.id, p, users.start()))
    return out


def _into_machines(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    for m in s.of_kind(("company",)):
        place = _ITS_MACHINES.match(s.text, m.end)
        if place is None:
            continue
        products = [p for p in s.of_kind(_PRODUCTS) if place.end() <= p.start <= place.end() + 12]
        if (
            products
            and _GOES_IN.match(s.text, products[0].end)
            and products[0].entity.maker != m.id
        ):
            # the company's own machines: on its premises
            out.extend(_adoption(s, m.id, products[0], place.start(), {"mode": "on-prem"}))
    return out


def _adoption(
    s: Sentence, company: str, product: Mention, anchor: int, mode: dict[str, str] | None = None
) -> list[Candidate]:
    valid = point_at(s.published)
    modality = s.modality(anchor, valid, s.clause_of(anchor))
    if modality is None:
        return []
    return [Candidate(company, "adopts", modality, valid, anchor, mode or {}, product.id)]
