"""Who adopts in a Korean clause, beyond a company marked as its topic before the product.

- A zero subject: "메타는 … 늘렸다. 내년부터는 구글 TPU도 도입할 계획이다" names only the
  product's maker (its brand), so the adopter is the topic of the sentence before, as long
  as the clause has no topic of its own ("병행 도입은 …", "업체들이 …").
- Subjects listed together: "메타와 오픈AI는 구글 TPU를 쓰고 있다", "메타, 오픈AI, 앤트로픽
  등이 …": each company of the list adopts.
- The product before its adopter: Korean may front the object ("구글 TPU를 메타가
  도입했다", "구글 TPU는 메타가 도입했다") or put the adoption in a relative clause before
  the company it describes ("구글 TPU를 도입한 메타는 …").
"""

from __future__ import annotations

import re

from tracker.extract.analysis import OBJECT, Sentence
from tracker.extract.claimrules.adopters_en import listed_adopters_en
from tracker.extract.claimrules.common import brand_of_product
from tracker.extract.claimrules.plan_owner_ko import plan_owner
from tracker.extract.claimrules.relative_head import fronted_relative
from tracker.extract.claimrules.speaker_after_quote import speaker_after_quote
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_COMPANY = ("company",)
# a noun marked as the clause's own topic ("병행 도입은", "칩은"); not a particle stacked on
# an adverbial ("내년부터는", "추론용으로는", "국내에서는"), a time ("올해는") nor a verb's
# adnominal ("쓰고 있다는 설명", "하는")
_OWN_TOPIC = re.compile(
    r"(?<![가-힣])(?!(?:올해|내년|내후년|작년|지난해|상반기|하반기|연말|연초|당분간|현재)[은는])"
    r"[가-힣]*[가-힣](?<![로터에서도다라하있되없않])(?:은|는)\s"
)
# a subject of its own ("여러 곳이", "업체들이") or the market ("업계에서는")
_SOMEONE_ELSE = re.compile(r"[가-힣]+(?:이|가)\s|(?:업계|업체|기업|시장)\S*\s")


def own_topic(s: Sentence, clause: Span) -> bool:
    """Whether a Korean clause has a subject or topic of its own before any product."""
    if _SOMEONE_ELSE.search(s.text, clause.start, clause.end):
        return True
    # "…고 회사는 설명했다": the company referred back to is the topic continued, not another
    back = s.vocabulary.cue_list("anaphora", "company_ko")
    return any(
        not any(s.text.startswith(word, hit.start()) for word in back)
        for hit in _OWN_TOPIC.finditer(s.text, clause.start, clause.end)
    )


def brands_only_clause(s: Sentence) -> bool:
    """Whether every company a sentence names is only a product's brand ("구글 TPU")."""
    makers = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    return bool(makers) and all(brand_of_product(s, m) for m in makers)


def listed_adopters(s: Sentence, subject: Mention, clause: Span) -> list[Mention]:
    """The subject and the companies listed with it as one subject ("메타와 오픈AI는",
    "메타, 오픈AI, 앤트로픽 등이"), none of them a brand or a cloud ("엔비디아 GPU")."""
    if subject.anaphoric:
        return [subject]
    if s.language != "ko":
        return listed_adopters_en(s, subject, clause)
    listed = joined_companies(s, subject, clause)
    return [m for m in listed if m is subject or not brand_of_product(s, m)]


def fronted_product(s: Sentence, pool: list[Mention], subject: Mention) -> Mention | None:
    """A product named before its Korean adopter: marked as the object or the topic with
    the adopter marked as subject after it ("구글 TPU를 메타가 도입했다"), or sitting in the
    relative clause whose head is the adopter ("구글 TPU를 도입한 메타는")."""
    if s.language != "ko":
        return None
    for m in pool:
        if m.end > subject.start:
            continue
        between = s.of_kind(_COMPANY, Span(m.end, subject.start))
        listed = {c.start for c in joined_companies(s, subject, Span(m.end, len(s.text)))}
        if any(not brand_of_product(s, c) and c.start not in listed for c in between):
            continue  # another party stands between
        if s.particle(m) in (*OBJECT, "은", "는") and s.particle(subject) in ("이", "가", "께서"):
            return m
        if s.particle(m) in ("은", "는", "이", "가") and _PASSIVE_USE.match(s.text, subject.end):
            return m  # "레니게이드는 … 카카오에도 채택됐다": the adopter is the agent (에, 에 의해)
        # "TPU를 도입하겠다는 메타의 계획을 구글이 반겼다": the plan's owner, first
        head = (
            plan_owner(s, m.end) or fronted_relative(s, m.start) or speaker_after_quote(s, m.start)
        )
        if head is not None and head.start == subject.start:
            return m  # "구글 TPU를 도입한 메타는", '"TPU를 쓰기로 했다"고 메타 측은'

    return None


# a passive verb of adoption after its agent: "카카오에도 채택됐다", "애플에 의해 … 채택됐다",
# "메타에 도입된다"
_PASSIVE_USE = re.compile(
    r"(?:에게|에)(?:도|서도|는|만)?\s(?:의해\s)?(?:[^\s,.]+\s){0,3}?"
    r"(?:채택|도입|탑재|사용|적용|선택|낙점)(?:됐|되|된|될|돼)"
)
_QUOTES = "\"“”'‘’"


def passive_agent(s: Sentence, clause: Span) -> Mention | None:
    """The company a passive verb of adoption names as its agent ("가우디3가 네이버클라우드에
    채택된"), a cloud arm included."""
    if "되" not in s.text and "된" not in s.text and "됐" not in s.text and "될" not in s.text:
        return None
    return next((m for m in s.of_kind(_COMPANY, clause) if _PASSIVE_USE.match(s.text, m.end)), None)


def quoted_subject(s: Sentence, topics: list[Mention], trig: int) -> Mention | None:
    """The subject inside the quotation that holds the verb ("젠슨 황 엔비디아 CEO는 \"메타가
    … 블랙웰을 택했다\"고 말했다": Meta, not the speaker's company)."""
    marks = [i for i in range(trig) if s.text[i] in _QUOTES]
    if len(marks) % 2 == 0:
        return None  # the verb is not inside a quotation
    inside = [m for m in topics if marks[-1] < m.start < trig]
    return inside[0] if inside else None


def conj_subject(s: Sentence, conj: Span, subject: Mention) -> Mention:
    """The subject of one Korean conjunct of a gapped clause ("메타는 TPU를, 애플은
    트레이니움2를 도입했다": Apple for the second), else the clause's. A plan's owner in the
    genitive ("TPU를 도입하겠다는 메타의 계획에 대해 구글은 …") keeps its clause."""
    if s.language != "ko" or s.particle(subject) == "의":
        return subject
    own = [
        m
        for m in s.of_kind(_COMPANY, conj)
        if s.particle(m) in ("은", "는") and not brand_of_product(s, m) and m.start > subject.start
    ]
    return own[0] if own else subject
