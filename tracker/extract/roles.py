"""Korean supply deals said as roles, not with a deal word.

Korean news often names who does what for a product instead of saying "supplies":
"TPU의 설계는 브로드컴이, 생산은 TSMC가 맡고 있다" (two suppliers of Google's TPU),
"칩 생산은 대만 TSMC가 맡았다" (the chip the text is about), "첫 물량은 엔비디아向이다"
(the topic company's product goes to Nvidia), "코워스 물량의 절반가량은 엔비디아가
가져간다" (Nvidia takes TSMC's CoWoS output), "구글 클라우드의 TPU 고객 명단에는 앤트로픽과
애플이 올라 있다" (each customer uses the TPU in Google's cloud). Each is a `supply_deal`
(or, for a cloud's customer list, an `adopts` in the cloud) of the customer with the maker.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_COMPANY = ("company",)
_PRODUCTS = ("chip", "memory", "system")
# "설계는 브로드컴이", "생산은 대만 TSMC가": a role given to a company (맡다 in the sentence)
_ROLE = re.compile(r"(?:설계|생산|제조|위탁생산|위탁 생산|패키징|조립)(?:은|는)\s")
_TAKES = re.compile(r"\s?맡(?:았|고|는|아|기로|을)")
# "엔비디아向이다", "엔비디아向으로": the company the product goes to (no product named)
_BOUND_FOR = re.compile(r"向(?:이|으로|으로는|에)")
# "물량의 절반가량은 엔비디아가 가져가": a customer taking a share of a maker's output
_VOLUME = re.compile(r"물량[^.,]{0,12}?(?:은|는)\s")  # the volume is the topic
# "그중 절반 이상은", "이 가운데 60%가량은": a share of the output just told, the topic
_SHARE_OF_IT = re.compile(
    r"(?:그중|그\s중|이\s중|이중|이\s가운데|그\s가운데)\s(?:[^\s.,]+\s){0,2}?[^\s.,]*(?:은|는)\s"
)
_TAKES_SHARE = re.compile(r"(?:이|가)\s?(?:[가-힣]+\s){0,2}가져(?:가|간|갈)")
# "TPU 고객 명단에는 A와 B가 올라 있다", "고객사로는 A와 B가 있다"
_CUSTOMER_LIST = re.compile(r"고객(?:사)?\s?(?:명단에는|명단에|목록에는|리스트에는|으로는|로는)\s")
_CLOUD = re.compile(r"클라우드")
_HINT = re.compile(
    r"맡|向|물량|고객|그\s?중|이\s?중|가운데|나머지|나눠|나누어|몫|비중"
)  # one cheap scan


def role_deal_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Supply deals said as roles, volumes and customer lists (Korean only)."""
    if s.language != "ko" or s.table is not None or not _HINT.search(s.text):
        return []
    out = _roles(s) + _given(s) + _bound_for(s) + _share_taken(s) + _customer_list(s)
    if "물량" in s.text:
        out += _share_secured(s)
    if "나머지" in s.text or "나눠" in s.text or "나누어" in s.text:
        out += _rest_shared(s)
    if "몫" in s.text or "비중" in s.text:
        out += _share_held(s)
    return [c for c in out if c.modality is not None]


def _roles(s: Sentence) -> list[Candidate]:
    if not _TAKES.search(s.text):
        return []
    out: list[Candidate] = []
    for role in _ROLE.finditer(s.text):
        supplier = _next_subject(s, role.end())
        product = _product_before(s, role.start())
        if supplier is None or product is None:
            continue
        customer = product.maker or _topic_id(s)
        if customer is None or customer == supplier.id:
            continue
        out.extend(_deal(s, customer, supplier.id, product.id, role.start()))
    return out


# "블랙웰 생산을 TSMC에 맡기고", "TPU 설계를 브로드컴에 맡겼다": the customer hands a role to
# the supplier named with 에
_GIVEN = re.compile(
    r"(?:설계|생산|제조|위탁생산|위탁 생산|패키징|조립)(?:을|를)\s(?:[^\s,.]+\s){0,2}?"
)
_TO_TAKE = re.compile(r"(?:에|에게)\s?(?:[^\s,.]+\s)?(?:맡기|맡겼|맡긴|맡길|위탁)")


def _given(s: Sentence) -> list[Candidate]:
    """A role handed to a supplier: "엔비디아는 블랙웰 생산을 TSMC에 맡기고 있다"."""
    if "맡" not in s.text and "위탁" not in s.text:
        return []
    out: list[Candidate] = []
    for role in _GIVEN.finditer(s.text):
        product = _product_before(s, role.start())
        after = [m for m in s.of_kind(_COMPANY) if role.end() <= m.start <= role.end() + 12]
        if product is None or not after or not _TO_TAKE.match(s.text, after[0].end):
            continue
        supplier = after[0].id
        customer = product.maker or _topic_id(s)
        if customer is None or customer == supplier:
            continue
        out.extend(_deal(s, customer, supplier, product.id, role.start()))
    return out


def _bound_for(s: Sentence) -> list[Candidate]:
    if "向" not in s.text or s.of_kind(_PRODUCTS) or s.has_trigger("supply_deal"):
        return []  # "엔비디아向 HBM4 공급 계약": the deal rule reads it
    out: list[Candidate] = []
    for m in s.of_kind(_COMPANY):
        if not _BOUND_FOR.match(s.text, m.end):
            continue
        product = s.focus.get("memory", s.index, 2) or s.focus.get("chip", s.index, 2)
        supplier = _topic_id(s)
        if product is None or supplier is None or supplier == m.id:
            continue
        if supplier not in (product.maker, *product.suppliers):
            continue
        out.extend(_deal(s, m.id, supplier, product.id, m.start))
    return out


def _share_taken(s: Sentence) -> list[Candidate]:
    if "물량" not in s.text and _SHARE_OF_IT.search(s.text) is None:
        return []
    out: list[Candidate] = []
    for volume in (*_VOLUME.finditer(s.text), *_SHARE_OF_IT.finditer(s.text)):
        made = [m for m in s.mentions if m.end <= volume.start() and m.kind == "process"]
        process = made[-1].entity if made else None
        if process is None and volume.re is _SHARE_OF_IT:
            # "CoWoS 생산능력이 월 8만 장 수준이다. 현재 그중 절반 이상은 엔비디아가 가져간다"
            process = s.focus.get("process", s.index, 2)
        if process is None or process.maker is None:
            continue
        for m in s.of_kind(_COMPANY, Span(volume.end(), len(s.text))):
            if _TAKES_SHARE.match(s.text, m.end) and m.id != process.maker:
                out.extend(_deal(s, m.id, str(process.maker), process.id, m.start))
    return out


# "TSMC로부터 CoWoS 물량의 절반 이상을 확보하고", "CoWoS 물량을 배정받고", "CoWoS 물량을
# 늘려 잡고": the volume of a maker's process secured, allotted or booked up, the company
# before it the customer
_SECURED = re.compile(
    r"\s?물량(?:의\s(?:[^\s.,]+\s){0,2}?[^\s.,]+)?(?:을|를)\s(?:[^\s.,]+\s)?"
    r"(?:확보|배정받|배정\s받|가져가|가져간|가져갈|받아\s?가|받아\s?갈|예약|늘려\s?잡|늘려\s?받)"
)
_CUSTOMER = ("은", "는", "이", "가", "도")
_FROM = re.compile(r"(?:으로|로)부터\s")
_ETC = re.compile(r"\s?등(?:도|은|이)\s")  # "브로드컴, AMD, 그리고 AWS 등도"
_ALSO = re.compile(r"\s(?:역시|또한)\s")  # "AMD 역시 CoWoS 물량을 …": the subject, no particle


def _share_secured(s: Sentence) -> list[Candidate]:
    """ "엔비디아는 TSMC로부터 CoWoS 물량의 절반 이상을 확보하고 있다", "브로드컴, AMD 등도
    CoWoS 물량을 배정받고 있다": each company named as subject before the process takes
    part of the maker's output (the supplier: the company "로부터", else the maker)."""
    out: list[Candidate] = []
    for made in s.of_kind(("process",)):
        maker = made.entity.maker
        if maker is None or not _SECURED.match(s.text, made.end):
            continue
        clause = s.clause_of(made.start)
        before = s.of_kind(_COMPANY, Span(clause.start, made.start))
        source = next((m for m in before if _FROM.match(s.text, m.end)), None)
        supplier = source.id if source is not None else str(maker)
        named = [
            m
            for m in before
            if m is not source
            and m.id != maker
            and (
                s.particle(m) in _CUSTOMER
                or _ETC.match(s.text, m.end)
                or _ALSO.match(s.text, m.end)
            )
        ]
        if not named:
            continue
        for m in joined_companies(s, named[-1], Span(clause.start, made.start)):
            if m.id not in (supplier, maker) and m is not source:
                out.extend(_deal(s, m.id, supplier, made.id, m.start))
    return out


# "나머지를 AMD·브로드컴·마벨 등이 나눠 쓰는", "남은 물량은 AMD와 브로드컴이 나눠 가진다": the
# rest of a maker's output shared out among the companies listed before the verb
_REST = re.compile(r"(?:나머지|남은\s?물량|잔여\s?물량)(?:\s?물량)?(?:를|을|는|은)\s")
_SHARED_OUT = re.compile(
    r"\s?(?:등)?(?:이|가|도)\s(?:[가-힣]+\s)?(?:(?:나눠|나누어)\s?(?:쓰|쓴|썼|가져|가진|가졌|갖|가지|받|차지"
    r"|확보)|가져(?:가|간|갈)|차지(?:하|한|할))"
)


# the first share, before the rest: "엔비디아가 절반 이상을 확보하고 있고, 나머지를 …"
_SHARE_FIRST = re.compile(
    r"(?:이|가|은|는)\s(?:[^\s,.]+\s){0,2}?[^\s,.]*(?:절반|과반|대부분|상당\s?부분|%|퍼센트)"
    r"[^\s,.]*\s(?:[^\s,.]+\s){0,1}?(?:확보|가져|차지)"
)
# how far back the process whose output is shared may be named: the story's lines on the
# maker's capacity, then one on its customers ("고객 구성은 여전하다.") before the split
_REST_WINDOW = 4


def _rest_shared(s: Sentence) -> list[Candidate]:
    """ "엔비디아가 CoWoS 물량의 절반 이상을 가져가고, 나머지를 AMD·브로드컴 등이 나눠 쓴다":
    each company the rest is shared among takes part of the output of the process named
    before it (or in the lines before), bought from the process's maker; so does the
    company that took the first share, before the rest, when no process is named with it."""
    out: list[Candidate] = []
    for rest in _REST.finditer(s.text):
        made = [m for m in s.of_kind(("process",)) if m.end <= rest.start()]
        process = made[-1].entity if made else s.focus.get("process", s.index, _REST_WINDOW)
        if process is None or process.maker is None:
            continue
        if not made:
            first = [
                m
                for m in s.of_kind(_COMPANY, Span(0, rest.start()))
                if m.id != process.maker and _SHARE_FIRST.match(s.text, m.end)
            ]
            for m in first[:1]:
                out.extend(_deal(s, m.id, str(process.maker), process.id, m.start))
        listed = s.of_kind(_COMPANY, Span(rest.end(), min(len(s.text), rest.end() + 60)))
        if not listed or listed[0].start != rest.end():
            continue
        group = joined_companies(s, listed[0], Span(rest.end(), len(s.text)))
        if not _SHARED_OUT.match(s.text, group[-1].end):
            continue
        for m in group:
            if m.id != process.maker:
                out.extend(_deal(s, m.id, str(process.maker), process.id, m.start))
    return out


# a company's share of a process's output as the topic: "브로드컴의 CoWoS 배정 비중은",
# "AMD의 CoWoS 몫은" (the company before the process) ...
_HELD_AFTER = re.compile(r"\s?(?:배정|할당|배분)?\s?(?:비중|몫)(?:은|는|이|가|도)\s")
# ... or "CoWoS 할당량에서 브로드컴 몫은", "CoWoS 물량 가운데 AMD의 비중은" (after it)
_HELD_IN = re.compile(
    r"\s?(?:할당량|배정량|물량|생산량|캐파)(?:에서|\s가운데|\s중)\s(?:[^\s,.]+\s)?$"
)
_HELD_OWN = re.compile(r"(?:의)?\s?(?:배정\s|할당\s)?(?:비중|몫)(?:은|는|이|가|도)\s")


def _share_held(s: Sentence) -> list[Candidate]:
    """ "브로드컴의 CoWoS 배정 비중은 내년 15% 안팎까지 오를 것", "TSMC CoWoS 할당량에서
    브로드컴 몫은 15%로 높아질 것": a company holding a share of a maker's process output
    buys it from the maker, as firmly as the share is told."""
    out: list[Candidate] = []
    for made in s.of_kind(("process",)):
        maker = made.entity.maker
        if maker is None:
            continue
        holder: Mention | None = None
        if _HELD_AFTER.match(s.text, made.end):
            before = s.of_kind(_COMPANY, Span(max(0, made.start - 8), made.start))
            if before and s.text[before[-1].end : made.start].strip() in ("의", ""):
                holder = before[-1]
        else:
            after = s.of_kind(_COMPANY, Span(made.end, made.end + 24))
            if (
                after
                and _HELD_IN.search(s.text, made.end, after[0].start)
                and _HELD_OWN.match(s.text, after[0].end)
            ):
                holder = after[0]
        if holder is not None and holder.id != maker:
            out.extend(_deal(s, holder.id, str(maker), made.id, holder.start))
    return out


def _customer_list(s: Sentence) -> list[Candidate]:
    found = _CUSTOMER_LIST.search(s.text)
    if found is None:
        return []
    product = _product_before(s, found.start())
    if product is None:
        return []
    listed = s.of_kind(_COMPANY, Span(found.end(), len(s.text)))
    if not listed:
        return []
    owner = s.of_kind(_COMPANY, Span(0, found.start()))
    provider = owner[-1].id if owner else product.maker
    cloud = _CLOUD.search(s.text, 0, found.start()) is not None
    out: list[Candidate] = []
    for m in joined_companies(s, listed[0], Span(found.end(), len(s.text))):
        if m.id == provider:
            continue
        if cloud and provider is not None:
            out.extend(_adoption(s, m.id, product.id, provider, m.start))
        elif provider is not None:
            out.extend(_deal(s, m.id, provider, product.id, m.start))
    return out


def _next_subject(s: Sentence, pos: int) -> Mention | None:
    """The company right after a role word, marked as subject ("브로드컴이", "대만 TSMC가")."""
    after = [m for m in s.of_kind(_COMPANY) if pos <= m.start <= pos + 8]
    if after and s.particle(after[0]) in ("이", "가"):
        return after[0]
    return None


def _product_before(s: Sentence, pos: int) -> Entity | None:
    """The product a role or a list is about: named before it, else the chip in focus
    ("칩 생산은 …" after a sentence about MTIA)."""
    named = [m for m in s.of_kind(_PRODUCTS) if m.end <= pos]
    if named:
        return named[-1].entity
    return s.focus.get("chip", s.index, 3)


def _topic_id(s: Sentence) -> str | None:
    entity = s.focus.issuer or s.focus.get("topic", s.index, 12)
    return entity.id if entity is not None else None


def _deal(s: Sentence, customer: str, supplier: str, product: str, anchor: int) -> list[Candidate]:
    valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = s.modality(anchor, valid, s.clause_of(anchor))
    if modality is None:
        return []
    return [
        Candidate(customer, "supply_deal", modality, valid, anchor, {"product": product}, supplier)
    ]


def _adoption(s: Sentence, company: str, product: str, via: str, anchor: int) -> list[Candidate]:
    valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = s.modality(anchor, valid, s.clause_of(anchor))
    if modality is None:
        return []
    qualifiers = {"mode": "cloud", "via": via}
    return [Candidate(company, "adopts", modality, valid, anchor, qualifiers, product)]


__all__ = ["role_deal_rule"]
