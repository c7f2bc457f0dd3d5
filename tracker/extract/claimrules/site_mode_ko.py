"""A Korean adoption whose product goes into, or runs in, a site of the adopter's own: a
data center, campus or server room named as where it is brought in, installed or run
("MI450을 판교 데이터센터에 들이는 방안", "춘천 데이터센터에 B200을 설치했다", "가산
데이터센터에서 H200을 운영하고 있다", "데이터센터 곳곳에서 돌아가고 있다"), or a cluster of the
company's own ("메타는 하이페리온 일부 구역에 MI450을 들이는 방안도", "프로메테우스에 GB300을
들이고"). Such an adoption is on the company's premises (mode on-prem), whether done,
planned or weighed; a site kept by another company, or a rental, is the other's cloud
(use_modes decides those first)."""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.text import Span

# a site, then (a few words on) a verb of bringing in, installing or running
# ("A동", "2홀": a building or hall is a word of its own, not the end of 중동, 공동, 자동)
_SITE = r"(?:데이터\s?센터|데이터센터|센터|캠퍼스|전산실|IDC|구역|(?<![가-힣])(?:동|홀))"
# (the site's own name may follow it in quotes: "세종 데이터센터 '각 세종'에서")
_INTO_SITE = re.compile(
    _SITE + r"(?:의\s\S+)?(?:\s?['‘\"“][^'’\"”]{1,16}['’\"”])?\s?(?:에|에서|으로|로)(?:도|는)?\s"
    r"(?:\S+\s){0,4}?"
    r"(?:들이|들여|들인|들일|설치|배치|깔|넣|가동|운영|돌리|돌려|돌린|돌아가|돌아간|도입|투입)"
)
# a cluster or facility of the vocabulary, then a verb of bringing in
_INTO_CLUSTER = re.compile(
    r"\s?(?:\S+\s)?(?:일부\s)?(?:구역|부지|캠퍼스)?\s?(?:에|에는|에도)\s(?:\S+\s){0,4}?"
    r"(?:들이|들여|들인|들일|설치|배치|깔|넣|도입|투입)"
)
# a rental, or another's service: no site of the adopter's own
_NOT_OWN_KO = re.compile(r"빌려|빌리|빌린|임차|임대|대여|렌탈|인스턴스|가상\s?머신|통해|거쳐")


def into_own_site_ko(s: Sentence, span: Span, text: str) -> bool:
    """Whether a Korean clause brings the product into, or runs it in, a site of its own."""
    if _NOT_OWN_KO.search(text) or _counted(s, span):
        return False
    site = _INTO_SITE.search(s.text, span.start, span.end)
    if site is not None:
        return not _anothers_site(s, site.start())
    owners = {m.id for m in s.of_kind(("company",))}
    topic = s.focus.get("topic", s.index, 3)
    if topic is not None:
        owners.add(topic.id)
    return any(
        m.entity.owner in owners and _INTO_CLUSTER.match(s.text, m.end) is not None
        for m in s.of_kind(("cluster", "facility"), span)
    )


def _anothers_site(s: Sentence, at: int) -> bool:
    """Whether the site is named as a company's ("오라클 데이터센터에 설치된") other than the
    sentence's subject ("오라클은 자사 …"): another's house, not the adopter's."""
    subjects = {m.id for m in s.of_kind(("company",)) if s.particle(m) in TOPIC}
    return any(0 <= at - m.end <= 1 and m.id not in subjects for m in s.of_kind(("company",)))


def _counted(s: Sentence, span: Span) -> bool:
    """Whether the clause counts chips ("B200을 3만 개 들일", "H100 1000여 장을 들여"): a
    deployment, which gives no adoption (GUIDE), so no use of its own to qualify."""
    return any(q.unit in ("count", "") and span.start <= q.start < span.end for q in s.quantities)
