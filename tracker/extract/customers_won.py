"""Korean supply deals said as a customer won: "삼성전자는 AMD를 HBM4 고객사로 확보했다",
"퓨리오사AI는 카카오를 레니게이드 고객사로 확보했다", "SK하이닉스는 HBM4 고객사로 엔비디아와
AMD를 두고 있다", "브로드컴은 오픈AI를 네 번째 맞춤형 칩 고객사로 유치했다".

The company whose customer it is (the sentence's subject) supplies; the company made its
customer (marked 을/를) buys; the product named beside 고객사 is what is traded, and with
none named the deal has no product qualifier (GUIDE: product optional). No deal word is
said, so the supply rule never sees these sentences.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import OBJECT, OPENING, TOPIC, Sentence
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_COMPANY = ("company",)
_PRODUCTS = ("chip", "memory", "system")
# a verb of winning or keeping a customer right after "고객(사)로"
_WON = r"(?:확보|유치|두|둔|둘|맞이|맞았|맞아|추가|끌어들|영입|잡았|잡아|잡는)"
# "AMD를 HBM4 고객사로 확보": the customer before, a few words between
_CUSTOMER_FIRST = re.compile(
    r"\s?(?:[^\s,.]+\s){0,4}?[^\s,.]*고객(?:사)?(?:로|으로)\s?(?:새로\s|새롭게\s|추가로\s)?" + _WON
)
# "HBM4 고객사로 엔비디아와 AMD를 두고": the list after
_LIST_FIRST = re.compile(r"고객(?:사)?(?:로|으로)\s")
_VERB_AFTER = re.compile(r"\s?(?:[^\s,.]+\s){0,2}?" + _WON)


def customer_won_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A supplier winning or keeping a named customer (Korean only)."""
    if s.language != "ko" or "고객" not in s.text or s.table is not None:
        return []
    out: list[Candidate] = []
    for m in s.of_kind(_COMPANY):
        if m.anaphoric or s.particle(m) not in OBJECT:
            continue
        end = m.end + len(s.particle(m))
        won = _CUSTOMER_FIRST.match(s.text, end)
        if won is not None:
            out.extend(_deals(s, [m], Span(end, won.end()), m.start))
    for found in _LIST_FIRST.finditer(s.text):
        listed = [
            m for m in s.of_kind(_COMPANY, Span(found.end(), found.end() + 40)) if not m.anaphoric
        ]
        if not listed:
            continue
        group = joined_companies(s, listed[0], Span(found.end(), len(s.text)))
        last = group[-1]
        if s.particle(last) not in OBJECT:
            continue
        if _VERB_AFTER.match(s.text, last.end + len(s.particle(last))) is None:
            continue
        out.extend(_deals(s, group, Span(0, found.end()), found.start()))
    return (
        out
        + _customer_copula(s)
        + _customer_named(s)
        + _customer_of_maker(s)
        + _customer_of_text(s, bool(out))
    )


# "오픈AI가 TPU의 첫 고객으로 확정됐다", "메타는 구글 TPU 초기 고객으로 이름을 올렸다": the
# customer is the subject, the product's possessor (else its maker) the supplier
_NAMED_AS = re.compile(
    r"(?:의)?\s?(?:[^\s,.]+\s){0,2}?[^\s,.]*고객(?:사)?(?:으로|로)\s(?:[^\s,.]+\s)?"
    r"(?:확정|선정|낙점|발탁|합류|이름을\s올|명단에\s올|참여)"
)


def _customer_named(s: Sentence) -> list[Candidate]:
    """A company named or confirmed as a product's customer, with no deal word."""
    out: list[Candidate] = []
    for product in s.of_kind(_PRODUCTS):
        if _NAMED_AS.match(s.text, product.end) is None:
            continue
        owner = [
            m
            for m in s.of_kind(_COMPANY, Span(0, product.start))
            if s.text[m.end : product.start] in ("", " ", "의 ")
        ]
        supplier = owner[-1].id if owner else product.entity.maker
        customers = [
            m
            for m in s.of_kind(_COMPANY, Span(0, product.start))
            if s.particle(m) in TOPIC and not m.anaphoric and m.id != supplier
        ]
        if supplier is None or not customers:
            continue
        valid = s.valid_for(product.start, [q.start for q in s.quantities])
        modality = s.modality(product.start, valid, s.clause_of(product.start))
        if modality is None:
            continue
        qualifiers = {"product": product.id}
        out.extend(
            Candidate(c.id, "supply_deal", modality, valid, product.start, qualifiers, supplier)
            for c in joined_companies(s, customers[-1], s.clause_of(product.start))
            if c.id != supplier
        )
    return out


# "앤트로픽은 AWS의 트레이니움2 최대 고객이다": the customer is the topic, the supplier the
# possessor before the product; "AWS 트레이니움2의 최대 고객은 앤트로픽이다": the reverse
_CUSTOMER_OF = re.compile(
    r"\s?(?:의\s)?(?:[^\s,.]+\s){0,2}?(?:최대|주요|핵심|첫|첫\s번째|대형|가장\s큰)?\s?고객(?:사)?"
    # "…의 가장 큰 고객 가운데 하나다", "주요 고객사 중 하나로 꼽힌다"
    r"(?:이다|다|이며|이고|(?:들)?\s(?:중|가운데)\s하나)"
)
_CUSTOMER_IS = re.compile(
    r"\s?(?:의\s)?(?:[^\s,.]+\s){0,2}?(?:최대|주요|핵심|첫|대형)?\s?고객(?:사)?(?:은|는)\s$"
)


def _customer_copula(s: Sentence) -> list[Candidate]:
    """A company said to be another's customer for a product, with a copula."""
    out: list[Candidate] = []
    companies = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    for k, supplier in enumerate(companies):
        # "TSMC의 코워스 최대 고객": a process is what is bought too (as in English)
        # "TSMC 최대 CoWoS 고객", "TSMC의 주요 HBM 고객": a rank may stand before the product
        products = [
            p
            for p in s.of_kind((*_PRODUCTS, "process"))
            if _RANKED.fullmatch(s.text, supplier.end, p.start)
        ]
        # "구글은 브로드컴의 최대 고객이다": a customer of the company, no product said
        product = products[0] if products else None
        after = product.end if product is not None else supplier.end
        customer = None
        earlier = [m for m in companies[:k] if s.particle(m) in ("은", "는")]
        if earlier and _CUSTOMER_OF.match(s.text, after):
            customer = earlier[-1]  # "앤트로픽은 AWS의 트레이니움2 최대 고객이다"
        later = [m for m in companies[k + 1 :] if m.start - after <= 24]
        if customer is None and later and _CUSTOMER_IS.match(s.text[after : later[0].start]):
            customer = later[0]  # "AWS 트레이니움2의 최대 고객은 앤트로픽이다"
        if customer is None or customer.id == supplier.id:
            continue
        anchor = product.start if product is not None else supplier.start
        valid = s.valid_for(anchor, [q.start for q in s.quantities])
        modality = s.modality(anchor, valid, s.clause_of(anchor))
        if modality is not None:
            qualifiers = {"product": product.id} if product is not None else {}
            out.append(
                Candidate(
                    customer.id, "supply_deal", modality, valid, anchor, qualifiers, supplier.id
                )
            )
    return out


# "(엔비디아는 여전히) CoWoS 최대 고객으로,": a rank and the customer's copula or 으로
_MAKERS_CUSTOMER = re.compile(
    r"\s(?:최대|주요|핵심|가장\s큰)\s고객(?:사)?(?:이다|다|이며|이고|으로|이었|였|입니다)(?![가-힣])"
)


def _customer_of_maker(s: Sentence) -> list[Candidate]:
    """A company said to be the top customer of a product only one company makes, its
    maker left unnamed ("엔비디아는 여전히 CoWoS 최대 고객으로, …"): the maker supplies."""
    out: list[Candidate] = []
    companies = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    for p in s.of_kind(("process",)):
        maker = p.entity.maker
        if maker is None or _MAKERS_CUSTOMER.match(s.text, p.end) is None:
            continue
        if any(m.id == maker or 0 <= p.start - m.end <= 3 for m in companies):
            continue  # "TSMC 최대 CoWoS 고객": the copula rule reads the maker named
        earlier = [m for m in companies if m.end <= p.start and s.particle(m) in ("은", "는")]
        if not earlier:
            continue
        # the relation today; a share told after it ("올해 물량의 절반가량을") has its own time
        valid = point_at(s.published)
        modality = s.modality(p.start, valid, s.clause_of(p.start))
        if modality is not None:
            out.append(
                Candidate(
                    earlier[-1].id,
                    "supply_deal",
                    modality,
                    valid,
                    p.start,
                    {"product": p.id},
                    maker,
                )
            )
    return out


# the text's own company's customers, its name left out: "가장 큰 고객은 KT다", "최대 고객은
# 앤트로픽이다" (the rank and 고객 first), "오픈AI, 메타, 마이크로소프트가 큰 고객입니다",
# "마이크로소프트는 여전히 매출 비중이 가장 큰 고객이지만" (the customers first)
_RANKED_CUSTOMER = r"(?:가장\s큰|최대|주요|큰|핵심)\s고객(?:사)?"
_CUSTOMERS_AFTER = re.compile(r"^\W*(?:[^\s,.]+\s)?" + _RANKED_CUSTOMER + r"(?:은|는)\s")
_IS_END = re.compile(r"(?:이다|다|입니다|이에요|예요|이고|이며)(?![가-힣])")
_CUSTOMERS_BEFORE = re.compile(
    r"\s(?:[^\s,.]+\s){0,3}?"
    + _RANKED_CUSTOMER
    + r"(?:이다|입니다|이지만|이며|이고|예요|이에요|다)"
)


def _customer_of_text(s: Sentence, found: bool) -> list[Candidate]:
    """The customers of the company a text is about (its issuer, its interviewee, its lead),
    said with that company left out."""
    if found or s.of_kind(_PRODUCTS):
        return []
    head = _CUSTOMERS_AFTER.match(s.text)
    companies = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    if head is not None:
        listed = [m for m in companies if m.start >= head.end()]
        if not listed or not _IS_END.match(s.text, listed[-1].end):
            return []
        customers = joined_companies(s, listed[0], Span(head.end(), len(s.text)))
    else:
        subjects = [m for m in companies if s.particle(m) in TOPIC]
        if not subjects:
            return []
        last = subjects[-1]
        ranked = _CUSTOMERS_BEFORE.match(s.text, last.end + len(s.particle(last)))
        if ranked is None or any(last.end < m.start < ranked.end() for m in companies):
            return []  # "마이크로소프트는 엔스케일의 최대 고객이다": the supplier is named
        customers = joined_companies(s, last, Span(0, len(s.text)))
    # the text's company: its issuer, its lead, else the company it opened on
    supplier = s.focus.issuer or s.focus.salience.lead or s.focus.get(OPENING, s.index, 60)
    if supplier is None or any(m.id == supplier.id for m in customers):
        return []
    valid = point_at(s.published)
    modality = s.modality(customers[0].start, valid, s.clause_of(customers[0].start))
    if modality is None:
        return []
    return [
        Candidate(m.id, "supply_deal", modality, valid, m.start, {}, supplier.id) for m in customers
    ]


# between a supplier and its product: nothing, a possessive, a rank ("TSMC 최대 CoWoS")
_RANKED = re.compile(r"(?:의)?\s?(?:(?:최대|주요|핵심|첫|첫\s번째|가장\s큰|대형)\s)?")


def _deals(s: Sentence, customers: list[Mention], named: Span, anchor: int) -> list[Candidate]:
    """The deals of one supplier with the customers won, for the product named in the
    span around 고객사 (none when none is)."""
    supplier = _supplier(s, customers[0].start)
    if supplier is None:
        return []
    products = [
        p
        for p in s.of_kind(_PRODUCTS, named)
        if p.entity.maker in (None, supplier) or supplier in p.entity.suppliers
    ]
    if not products and s.has_trigger("supply_deal"):
        return []  # "엔비디아를 최대 고객사로 두고 HBM3E를 공급": the deal rule reads the product
    qualifiers = {"product": products[-1].id} if products else {}
    clause = s.clause_of(anchor)
    valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = s.modality(anchor, valid, clause)
    if modality is None:
        return []
    return [
        Candidate(c.id, "supply_deal", modality, valid, anchor, qualifiers, supplier)
        for c in customers
        if c.id != supplier
    ]


def _supplier(s: Sentence, before: int) -> str | None:
    """The subject whose customer it is: the last company marked as topic or subject
    before the customer (not a product's brand), else the text's company."""
    subjects = [
        m
        for m in s.of_kind(_COMPANY, Span(0, before))
        if s.particle(m) in TOPIC and not any(0 <= p.start - m.end <= 1 for p in s.mentions)
    ]
    if subjects:
        return subjects[-1].id
    entity = s.focus.issuer or s.focus.get("topic", s.index, 12)
    return entity.id if entity is not None else None
