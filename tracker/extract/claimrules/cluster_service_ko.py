"""A Korean chip count that builds a cluster the subject runs or rents out.

"오라클은 MI355X 13만 개를 묶은 클러스터를 내년부터 고객에게 빌려준다", "코어위브는 GB300 4만
개를 엮은 클러스터를 임대할 계획이다": the count sits in a relative clause on a cluster (a
cluster noun or a quoted name), and the main verb puts that cluster in service, by running
it or by renting it out. A cloud's cluster rented to customers is still the cloud's fleet,
so the count is a deployment though no deployment verb is said. A cluster sold, shown or
unveiled ("판매한다", "선보일 계획") is a product, no one's fleet: those verbs give nothing.
A bare "클러스터" so described is a new cluster, not the one in focus: the subject holds it.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _subject_company
from tracker.extract.quantities import QuantityMatch

# the count's relative clause on a cluster: "…를 (한데|하나로) 묶은 (새) 클러스터를",
# "…를 엮은 '엘리스'를"
_BUILT_CLUSTER = re.compile(
    r"(?:을|를)?\s(?:한데\s|하나로\s|한꺼번에\s)?(?:묶은|엮은|연결한|모은|이은)\s"
    r"(?:새\s|신규\s|대형\s|초대형\s|거대\s)?"
    r"(?:(?P<bare>클러스터|슈퍼\s?컴퓨터)|['‘][^'’\s][^'’]{0,24}['’])(?:을|를)\s"
)
# the main verb that puts it in service: run it, or rent it out to others
_IN_SERVICE = re.compile(r"(?:가동|운영|운용|돌리|돌릴|빌려주|빌려줄|빌려준|임대|대여|제공|서비스)")
# a product's verbs: sold, shown, launched (no one's fleet)
_PRODUCT_VERB = re.compile(r"(?:판매|팔|선보|공개|출시|내놓|내놨|소개|시연)")


def _in_service(s: Sentence, q: QuantityMatch) -> re.Match[str] | None:
    if s.language != "ko":
        return None
    m = _BUILT_CLUSTER.match(s.text, q.end)
    if m is None:
        return None
    rest = s.text[m.end() : s.clause_of(m.end()).end]
    verb = _IN_SERVICE.search(rest)
    if verb is None or _PRODUCT_VERB.search(rest, 0, verb.start()) is not None:
        return None
    return m


def cluster_in_service_ko(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a Korean count builds, in a relative clause, a cluster that the main verb
    runs or rents out (the subject's fleet, whatever deployment verb is missing)."""
    return _in_service(s, q) is not None


def new_cluster_holder_ko(
    s: Sentence, q: QuantityMatch, maker: str | None
) -> tuple[str, float] | None:
    """The subject company holding a new cluster built by the count ("오라클은 … 13만 개를
    묶은 클러스터를 빌려줄 예정"): the bare noun names no cluster in focus. ``None`` when
    the cluster is named, or no company is the subject."""
    m = _in_service(s, q)
    if m is None or m.group("bare") is None:
        return None
    company = _subject_company(s, q.start, (maker,) if maker else ())
    return (company.id, 0.8) if company is not None and company.start < q.start else None
