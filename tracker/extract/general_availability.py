"""A cloud making a chip available in its own service (GUIDE, settled cases: a cloud that
offers a chip in its own service adopts it, mode ``on-prem``; the lead's ruling of session
17: general availability to the cloud's customers is such an offer).

"Google is making Ironwood generally available to Google Cloud customers", "AWS announced
the general availability of EC2 Trn3 UltraServers", "Trn2 instances are now generally
available", "Ironwood will be available to Google Cloud customers later this year",
"구글이 아이언우드를 구글 클라우드 고객에게 정식 출시했다", "… GB200 기반 애저 가상머신을
국내 고객에게 제공하기 시작했다", "… 가상머신을 미리보기로 내놨다": the chips sit in the
cloud's own data centers. The adoption rule passes over a chip of the adopter's own family
(Ironwood is Google's, Trainium AWS's), and a cloud naming no verb of use of its own gave
nothing, so these were lost.

A release alone is no offer in a service: a bare launch ("launches Ironwood", "정식
출시했다", "Generally available today") must also name the cloud's customers or its
service (instances, virtual machines, a cloud or its product line, a preview). The offerer
must be a cloud ([cloud_roles]): a server maker or a chipmaker making its own goods
available ("Nvidia made Rubin available to customers", "Dell's GB300 servers are generally
available") sells them. A customer named in the clause ("Anthropic rents Trn3 instances
from AWS") is that customer's use, read by the adoption rule, not a second one.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.adoptable import _counted_ids
from tracker.extract.claimrules.common import Candidate, RuleState, _same_family, is_cloud_company
from tracker.extract.claimrules.offered_services_ko import (
    RELEASED_KO,
    _another_party,
    _counted_elsewhere,
)
from tracker.extract.entities import Mention
from tracker.extract.own_chips_ko import _MADE_OR_SOLD
from tracker.extract.own_word import own_future_action
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system")
_ON_PREM = {"mode": "on-prem"}

# -- English -------------------------------------------------------------------------------

# the users a cloud serves, as a class ("to Google Cloud customers", "to its customers")
_USERS_EN = (
    r"(?:(?:its|their|our|all|paying|enterprise|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s){0,2}"
    r"(?:customers|clients|developers|users)\b"
)
# the cues of general availability (in the text's own case: "[A-Z]" marks a cloud's name)
_GA_EN = re.compile(
    r"\b(?:[Gg]enerally\savailable|[Gg]eneral\savailability|out\sof\spreview)\b"
    rf"|\bavailable\s(?:today\s|now\s)?to\s{_USERS_EN}",
)
# what makes the release an offer in the cloud's own service: its customers, its instances
# or virtual machines, or its cloud named as where the chip is offered
_SERVICE_EN = re.compile(
    r"\b(?:instances?|ultraservers?|virtual\smachines|VMs|customers|preview"
    r"|EC2|Google\sCloud|Azure|OCI|in\s(?:its|our)\s(?:own\s)?cloud)\b",
)
# a plan or an offer still to come keeps the modality the sentence tells; only a release
# told as done is in place
_FUTURE_EN = re.compile(r"\b(?:will|would|plans?|planned|expects?|expected|to\sbe|set\sto)\b")
# "available for order", "available for purchase": a sale
_SALE_EN = re.compile(r"\bavailable\s(?:for|to)\s(?:order|purchase|pre-?order|buy)\b", re.I)


def ga_adopts_rule_en(s: Sentence, state: RuleState) -> list[Candidate]:
    """An English cloud making a chip generally available in its own service."""
    if s.language != "en" or s.table is not None:
        return []
    if "vailab" not in s.text and "preview" not in s.text:
        return []  # (no cue: the common case, found by a substring test)
    cue = _GA_EN.search(s.text)
    if cue is None or _SALE_EN.search(s.text):
        return []
    clause = s.clause_of(cue.start())
    if _SERVICE_EN.search(s.text, clause.start, clause.end) is None:
        return []  # "Generally available today": a release, no service named
    counted = _counted_ids(s)  # "12,000 GB300s": a fleet, deployed_chips (GUIDE)
    products = [
        p for p in s.of_kind(_PRODUCTS, clause) if not s.is_compared(p) and p.id not in counted
    ]
    if not products:
        return []
    # the product nearest before the cue ("A4X Max virtual machines, built on GB300, are
    # generally available"), else the first after it ("the general availability of … Trn3")
    product = ([p for p in products if p.end <= cue.start()] or products)[
        -1 if products[0].end <= cue.start() else 0
    ]
    offerer = _offerer_en(s, clause, product, cue.start())
    if offerer is None:
        return []
    valid = s.valid_for(cue.start(), [q.start for q in s.quantities])
    modality = s.modality(cue.start(), valid, clause)
    if modality is None:
        return []
    # the words of the offer: from the product (when before the cue) to the cue
    told = Span(product.end if product.end <= cue.start() else clause.start, cue.start())
    if modality == "announced" and not _FUTURE_EN.search(s.text, told.start, told.end):
        modality = "actual"  # "announced the general availability of …": open to users now
    # "Ironwood will be available to …" in the cloud's own words: announced (GUIDE)
    modality = own_future_action(s, modality, clause)
    if modality is None:
        return []
    return [Candidate(offerer, "adopts", modality, valid, cue.start(), dict(_ON_PREM), product.id)]


def _offerer_en(s: Sentence, clause: Span, product: Mention, cue: int) -> str | None:
    """The cloud that offers the product: the subject before the cue when it is a cloud
    (or the product's own maker, when a cloud); else the product's maker when a cloud, or
    the text's issuer ("we are making …") when one. Another company before the cue (a
    customer, a server maker) leaves it alone."""
    maker = product.entity.maker
    before = [
        m
        for m in s.of_kind(("company",), Span(clause.start, cue))
        if not (m.end <= product.start and product.start - m.end <= 3)  # "Nvidia GB200"
        and not (maker is not None and _same_family(s, maker, m.id) and m.start > product.start)
    ]
    own = maker is not None and is_cloud_company(s, maker)
    if before:
        first = before[0].id
        if own and all(_same_family(s, maker, m.id) for m in before):
            return maker  # "we are making Amazon EC2 Trn3 UltraServers …": AWS's own chip
        if not all(m.id == first for m in before) or not is_cloud_company(s, first):
            return None
        return first
    if own and maker is not None:
        return maker
    issuer = s.focus.issuer
    if issuer is not None and is_cloud_company(s, issuer.id):
        return issuer.id
    return None


# -- Korean --------------------------------------------------------------------------------

# a release or an offer: "정식 출시했다", "제공하기 시작했다", "미리보기로 내놨다", "내놓을
# 계획이다", "제공될 예정이다", "쓸 수 있게 됐다"
_OFFER_KO = re.compile(
    r"(?:정식\s?)?출시(?:\([A-Za-z]+\))?(?:하|할|한|해|했|합|됐|된|될)"
    r"|제공(?:하|할|한|해|했|합|됐|된|될|되)|내놓|내놨|선보(?:이|였|일|인|여)"
    r"|상용화(?:하|할|한|해|했|합)|(?:쓸|이용할|사용할)\s수\s있게\s(?:됐|된|될|되)"
)
# the cloud's customers ("구글 클라우드 고객에게", "국내 고객에게") or its service: a cloud,
# instances, virtual machines, a preview
_SERVICE_KO = re.compile(
    r"고객(?:들)?(?:에게|이|들이|도)|클라우드\s?(?:고객|서비스|인스턴스)|인스턴스|가상머신|가상\s머신"
    r"|미리보기|프리뷰|EC2|상용\s클라우드"
    # its own cloud: "…울트라서버를 자사 클라우드에서 제공하고 있다"
    r"|(?:자사|자체)\s?클라우드(?:에서|로|를\s통해)"
)


def ga_adopts_rule_ko(s: Sentence, state: RuleState) -> list[Candidate]:
    """A Korean cloud releasing a chip to its customers or in its own service."""
    if s.language != "ko" or s.table is not None:
        return []
    if _SERVICE_KO.search(s.text) is None:
        return []  # (no customer and no service named: the common case)
    verb = _OFFER_KO.search(s.text)
    if verb is None:
        return []
    clause = s.clause_of(verb.start())
    products = [
        p for p in s.of_kind(_PRODUCTS, Span(clause.start, verb.start())) if not s.is_compared(p)
    ]
    if not products:
        return []
    product = products[0]
    if _counted_elsewhere(s, product):
        return []  # "GB200 3만6000개 규모의 클러스터를 … 제공": a fleet (GUIDE)
    if _SERVICE_KO.search(s.text, product.end, verb.start()) is None and not _cloud_users_ko(
        s, clause, product
    ):
        return []  # "아이언우드를 정식 출시했다": a release, no customer or service named
    if _MADE_OR_SOLD.search(s.text, product.end, verb.start()):
        return []  # "트레이니움3를 대량 생산해 고객에게 제공할": the chip made and sold
    if _another_party(s, Span(product.end, verb.start())):
        return []  # "메타에 … 인스턴스를 제공": the customer's rental
    offerer = _offerer_ko(s, clause, product)
    if offerer is None:
        return []
    # the clause ends at the comma after the verb ("…를 미리보기로 내놨고, 내년 말에는 …를
    # 선보이겠다고 했다": the next plan is another clause's), and so do its times
    comma = s.text.find(",", verb.end(), clause.end)
    span = Span(clause.start, comma if comma >= 0 else clause.end)
    told = any(span.start <= t.start < span.end for t in s.times)
    valid = s.valid_for(verb.start(), []) if told else point_at(s.published)
    modality = s.modality(verb.start(), valid, span)
    if modality is None:
        return []
    if modality == "announced" and RELEASED_KO.match(s.text, verb.start()):
        modality = "actual"  # "미리보기로 내놨다": the offer is open to users now (GUIDE)
    state.offered.add((offerer, product.id))
    return [Candidate(offerer, "adopts", modality, valid, verb.start(), dict(_ON_PREM), product.id)]


def _offerer_ko(s: Sentence, clause: Span, product: Mention) -> str | None:
    """The cloud that offers the product: the topic or subject before it, when a cloud;
    else (the product itself the topic: "아이언우드는 … 제공될 예정이다") its maker, when
    a cloud."""
    subjects = [
        m
        for m in s.of_kind(("company",), Span(clause.start, product.start))
        if s.particle(m) in TOPIC or _CLOUD_USERS_KO.match(s.text, m.end)
    ]
    if subjects:
        first = subjects[0].id
        return first if is_cloud_company(s, first) else None
    maker = product.entity.maker
    if maker is not None and is_cloud_company(s, maker) and s.particle(product) in TOPIC:
        return maker
    return None


# the cloud as the place of use or its customers as the subject: "오라클 클라우드에서 …
# 인스턴스를 쓸 수 있게 됐다", "AWS 고객은 이제 …를 쓸 수 있게 됐다"
_CLOUD_USERS_KO = re.compile(r"\s?(?:클라우드\s?)?(?:에서(?!는\s)|고객(?:들)?(?:은|이|도|들이))")


def _cloud_users_ko(s: Sentence, clause: Span, product: Mention) -> bool:
    """Whether a cloud before the product is named as where it is used or whose customers use
    it (GUIDE: "클라우드 고객이 쓸 수 있게 됐다" gives the cloud an adopts)."""
    return any(
        _CLOUD_USERS_KO.match(s.text, m.end) and is_cloud_company(s, m.id)
        for m in s.of_kind(("company",), Span(clause.start, product.start))
    )
