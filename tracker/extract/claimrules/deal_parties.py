"""Deal parties: which of the companies a supply clause names is the customer and which
the supplier. The product's maker or a known supplier of it sells; else the place each
name takes (a Korean 로부터 source, a dative, a roles phrase) or the verb decides. Split
from :mod:`supply`, whose rule finds the deal and asks this module who its two sides are."""

from __future__ import annotations

import re

from tracker.extract.analysis import DATIVE, PARTNER, TOPIC, Sentence
from tracker.extract.bound_for import goes_into_ko
from tracker.extract.claimrules.common import _COMPANY, cloud_sells, is_cloud_company
from tracker.extract.claimrules.deal_sellers import (
    _RECEIVE_VERB_KO,
    _SUPPLY_VERB_EN,
    _SUPPLY_VERB_KO,
    RENTS_KO,
    _foundry_makes_ko,
    _seller_alone_ko,
    capacity_lessors,
)
from tracker.extract.claimrules.traded import DESTINATION
from tracker.extract.claimrules.weak_deals import bought_from, role_order
from tracker.extract.coordination import joined_companies, one_per_list
from tracker.extract.entities import Mention
from tracker.extract.headline_subject import headline_subject_ko
from tracker.extract.not_deals import unnamed_buyer
from tracker.extract.rentals_ko import LENDS_KO
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_FROM_KO = re.compile(r"(?:로부터|으로부터)\s")
# a source marked 에서/에게서 before goods received: "델과 슈퍼마이크로에서 GB300 랙을 받고"
# (a speaker's "우리에게서", "저희에게서": the reference holds 에게, the 서 follows it)
_FROM_AT_KO = re.compile(r"(?:에서|에게서|(?<=에게)서)\s")
# ... of which 에게서 is always the giver, never a place: '"…를 우리에게서 받아 간다"'
_FROM_GIVER_KO = re.compile(r"(?:에게서|(?<=에게)서)\s")
_GOT_KO = re.compile(r"받(?:고|았|은|으며)|사들|들여오|들여온|들여왔|들여와")


def _bought_from_ko(
    s: Sentence, companies: list[Mention], clause: Span
) -> tuple[str, str] | tuple[()] | None:
    """(buyer, seller) of a Korean clause that names the seller as a source (로부터, or
    에서 before a verb of receiving) and the buyer as its topic, with a verb of receiving or
    buying: the seller is who it is bought from, whoever makes the product (a reseller, a
    server maker). Sellers listed as one source ("델과 슈퍼마이크로에서") are co-sellers, never
    each other's buyer; with no topic named the buyer is the company the text is about."""
    won = "수주" in s.text[clause.start : clause.end]
    received = _RECEIVE_VERB_KO.search(s.text, clause.start, clause.end) or _GOT_KO.search(
        s.text, clause.start, clause.end
    )
    if not won and not received:
        return None
    sources = [m for m in companies if _FROM_KO.match(s.text, m.end)]
    if received is not None and not won:
        sources += [
            m
            for m in companies
            if _FROM_AT_KO.match(s.text, m.end) and m.end < received.start() and m not in sources
        ]
    listed = sorted(
        {j.start: j for m in sources for j in joined_companies(s, m, clause)}.values(),
        key=lambda m: m.start,
    )
    ids = {m.id for m in listed}
    buyers = [m for m in companies if s.particle(m) in TOPIC and m.id not in ids]
    if not sources or len({m.id for m in buyers}) > 1:
        return None
    if not buyers and len(ids) >= 2 and not won:
        # "델과 슈퍼마이크로에서 GB300 랙을 받고 있고요" in CoreWeave's interview; a source
        # list with no buyer to be found is no deal (its sellers never buy from each other)
        buyer = _unsaid_buyer_ko(s, clause)
        return (buyer.id, listed[0].id) if buyer is not None and buyer.id not in ids else ()
    seller = sources[0].id if len({m.id for m in sources}) == 1 else None
    if seller is None or not buyers or seller == buyers[0].id:
        return None
    if won:
        return seller, buyers[0].id  # "TSMC가 엔비디아로부터 루빈 생산을 수주": Nvidia buys
    if len(ids) < 2 and not (
        _FROM_KO.match(s.text, sources[0].end) or _FROM_GIVER_KO.match(s.text, sources[0].end)
    ):
        return None  # a lone "…에서 받는" source: the general reading decides, as before
    return buyers[0].id, listed[0].id


def _unsaid_buyer_ko(s: Sentence, clause: Span) -> Entity | None:
    """The buyer a Korean clause leaves unsaid: the topic of the sentence's first clause, the
    issuer, the topic of the sentences before."""
    own = [m for m in s.of_kind(_COMPANY, Span(0, clause.start)) if s.particle(m) in ("은", "는")]
    return (own[0].entity if own else None) or s.focus.issuer or s.focus.get("topic", s.index, 12)


# a verb that makes its listed subjects buyers ("have both placed orders for", "each bought")
_BUYERS_VERB = re.compile(
    r"\b(?:(?:placed|place|places|placing)\s(?:\w+\s)?orders?|ordered|order|buy|buys|bought|"
    r"buying|purchased|purchase|purchases|procured|procure|get|gets|got|receive|receives|"
    r"received|secured|secure)\b"
)


# "TPU용 HBM3E", "B200에 들어가는 HBM3E", "루빈에 탑재될 HBM4": where the memory goes
_INTO_KO = ("용", "에 들어가", "에 들어갈", "에 탑재되", "에 탑재될", "에 쓰이", "에 쓰일")
# the chip's own memory: "트레이니움3의 HBM3E는", "루빈의 차세대 HBM4 물량"
_OWN_MEMORY_KO = re.compile(r"의\s(?:(?:차세대|신형|최신)\s)?(?=HBM|LPDDR|GDDR)")


def _destination_maker(s: Sentence, product: Entity, clause: Span) -> str | None:
    """The maker of the chip a memory product goes into ("TPU용 HBM3E", "HBM3E for the
    TPU"), when the memory is the product traded."""
    if product.kind != "memory":
        return None
    for m in s.of_kind(("chip", "system"), clause):
        # "MI450에도 HBM4를 공급한다": a chip in the dative where memory is traded
        into = (
            s.text.startswith(_INTO_KO, m.end)
            or _OWN_MEMORY_KO.match(s.text, m.end)
            or goes_into_ko(s, m)
            or DESTINATION.search(s.lowered[max(0, m.start - 16) : m.start])
        )
        if into and m.entity.maker:
            return m.entity.maker
    return None


# a generic customer in the recipient's place: "주요 고객사에", "고객들에게", "다수 고객에"
_UNNAMED_CUSTOMER_KO = re.compile(
    r"(?:고객사|고객|업체|거래처)(?:들)?(?:에게|에|로)(?:도|는|만)?\s"  # "외부 고객에게도 공급"
)

# the other party said but not named: "an order from a large U.S. customer", "in talks with
# several Korean cloud providers", "to deliver … to Korean companies and the government",
# "running for customers" ("to the same customer" refers back, and stays)
_UNNAMED_CUSTOMER_EN = re.compile(
    r"\b(?:to|from|with|for)\s(?:an?\s|one\s|several\s|some\s|many\s|two\s|three\s|four"
    r"\s|multiple\s|various\s|other\s|unnamed\s|undisclosed\s|unidentified\s|its\s|their\s)?"
    r"(?:(?!same\b|this\b|that\b)[\w.-]+\s){0,3}?(?:customers?|clients?|buyers?|companies"
    r"|firms|hyperscalers?|cloud\sproviders|operators|the\sgovernment)\b",
    re.I,
)


def _unnamed_customer(s: Sentence, clause: Span) -> bool:
    """Whether the clause names the buyer's place with no one in it ("브로드컴을 비롯한 ASIC
    고객에게도" names one in it: the customers include Broadcom)."""
    pattern = _UNNAMED_CUSTOMER_KO if s.language == "ko" else _UNNAMED_CUSTOMER_EN
    found = pattern.search(s.text, clause.start, clause.end)
    if found is None or s.language != "ko":
        return found is not None
    return not any(
        _INCLUDING.match(s.text, m.end, found.start())
        for m in s.of_kind(_COMPANY, Span(clause.start, found.start()))
    )


# a company named as one of the customers: "브로드컴을 비롯한 ASIC 고객에게", "구글 등 주요
# 고객사에"
_INCLUDING = re.compile(r"(?:을|를)?\s?(?:비롯한|포함한|위시한|등)\s(?:[^\s,.]+\s){0,2}?$")


_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def _lead_seller(
    s: Sentence, focus: Entity | None, named: str, sellers: set[str | None]
) -> Entity | None:
    """The seller left unnamed when the one company named buys ("Shipments of 12-high HBM4
    to Nvidia … began in the second quarter, the CFO said" in a story about SK hynix): the
    company the text is about, when it sells the product and the focus does not."""
    lead = s.focus.salience.lead
    if s.language != "en" or lead is None or lead.id == named or named in sellers:
        return None
    if _FIRST_PERSON.search(s.text):
        return None  # "our HBM3E is shipping …": who "we" is is the issuer's to say, no guess
    if focus is not None and focus.id != named and sellers & {focus.id, named}:
        return None  # the company in focus is a party already
    return lead if lead.id in sellers else None


def _host_in_view(
    s: Sentence, product: Entity, seller: str, sellers: set[str | None]
) -> str | None:
    """The maker of the chip the memory just named goes into, for a maker's share of it
    ("루빈 GPU 한 개에는 HBM4 288기가바이트가 들어갑니다. … 증권가는 이 HBM4 물량의 70%
    정도를 SK하이닉스가 공급할 것으로 보고 있습니다": Nvidia buys)."""
    if s.language != "ko" or product.kind != "memory" or seller not in sellers:
        return None
    if _SHARE_OF_THAT.search(s.text) is None:
        return None  # "HBM4 수요가 공급을 웃돈다": no share of that chip's memory
    chip = s.focus.get("chip", s.index, 2)
    if chip is None or chip.maker in (None, seller) or chip.maker in sellers:
        return None
    return chip.maker


def _memory_topic_host(
    s: Sentence, product: Entity, seller: str, sellers: set[str | None], clause: Span
) -> str | None:
    """The maker of the chip in view, for a Korean clause that opens on a memory as its
    topic with only its supplier named ("HBM3E는 삼성전자가 공급하고", after sentences on
    the REBEL-Quad): the memory of that chip, bought by its maker, not by the company the
    story is about."""
    if s.language != "ko" or product.kind != "memory" or seller not in sellers:
        return None
    if _MEMORY_TOPIC.match(s.text, clause.start) is None:
        return None
    chip = s.focus.get("chip", s.index, 2)
    if chip is None or chip.maker in (None, seller) or chip.maker in sellers:
        return None
    return chip.maker


# a clause opening on a memory as its topic: "HBM3E는 ", "이 칩의 HBM3는 "
_MEMORY_TOPIC = re.compile(r"\W*(?:[^\s,.]+의\s)?HBM[0-9A-Za-z]*(?:\s?\d+단)?(?:은|는)\s")


# a share of the memory just told: "이 HBM4 물량의 70% 정도를", "해당 물량의 절반을"
_SHARE_OF_THAT = re.compile(
    r"(?:이|그|해당)\s(?:[^\s,.]+\s)?(?:물량|수요)의\s(?:약\s)?(?:\d|절반|과반|대부분|상당)"
)


def _focus_ko(
    s: Sentence, companies: list[Mention], clause: Span, named: str, focus: Entity | None
) -> Entity | None:
    """The other party of a Korean deal naming one company: the text's own company when
    the sentence speaks of it ("당사는 람다랩스가 제공하는 B200 기반 인스턴스를 …", "회사는
    …"); with no topic named, the topic of the sentence's first clause, the line's subject,
    the issuer or the story's topic; else the company last in view."""
    if s.focus.issuer is not None and s.focus.issuer.id != named:
        first = min((m.start for m in companies), default=clause.end)
        if _OWN_TOPIC_KO.search(s.text, 0, first):
            return s.focus.issuer
    if any(s.particle(m) in TOPIC for m in companies):
        return focus
    # "구글과는 … 계약을 맺었다", a release's "4분기부터 엔비디아에 공급한다"; "SK하이닉스는
    # … 썼는데, 엔비디아에 HBM4 공급을 시작했다고": the topic of the sentence's first clause
    own = [m for m in s.of_kind(_COMPANY, Span(0, clause.start)) if s.particle(m) in ("은", "는")]
    # "▲3월 — 메타, 구글 클라우드와 TPU 임차 계약 체결": the line's subject, its comma taking
    # the topic particle's place
    line = headline_subject_ko(s, Span(0, clause.start), _COMPANY)
    own = own or ([line] if line is not None and line.id != named else [])
    return (
        (own[0].entity if own else None)
        or s.focus.issuer
        or s.focus.get("topic", s.index, 12)
        or focus
    )


# the text's own company as the topic: "당사는", "회사는", "저희는" (a filing's, a release's)
_OWN_TOPIC_KO = re.compile(r"(?:^|[\s(])(?:당사|회사|저희|우리\s?회사)(?:는|가|도)\s")


# a cloud's offer used by the company in focus: "람다랩스가 제공하는 B200 기반 인스턴스를 사용",
# "람다랩스와의 클라우드 이용 계약에 따라"
_CLOUD_USE_KO = re.compile(r"클라우드\s?(?:이용|사용)|(?:이|가)\s제공하는\s|인스턴스를\s")


def _rented_from_cloud_ko(s: Sentence, clause: Span, focus: Entity | None, named: str) -> bool:
    """Whether the one company named is a cloud whose instances the company in focus (a
    filing's "당사") rents: the cloud sells, not the chip's maker to the cloud."""
    return (
        s.language == "ko"
        and focus is not None
        and focus.id != named
        and is_cloud_company(s, named)
        and _CLOUD_USE_KO.search(s.text, clause.start, clause.end) is not None
    )


def _party_ids(
    s: Sentence, companies: list[Mention], sellers: set[str | None], clause: Span
) -> list[str]:
    """The ids of the companies named, once each; buyers listed as one party, none of whom
    sells the product ("ByteDance and Tencent have both placed orders for Ascend 950
    chips"), count as one: they are not each other's seller, the deal is told as by one
    company (its maker sells) and :func:`co_customers` makes it each buyer's."""
    ids = list(dict.fromkeys(m.id for m in companies))
    if s.language == "en" and len(ids) >= 2 and not sellers & set(ids):
        listed = one_per_list(s, companies, clause)
        if len(listed) == 1 and _BUYERS_VERB.search(s.text, clause.start, clause.end):
            return listed
    if s.language == "ko" and len(ids) >= 2 and not sellers & set(ids):
        # "(당사는) HBM4를 엔비디아와 AMD 두 곳에 공급하고 있습니다": buyers listed in the
        # dative, their seller left to the text (the speaker, the company in focus)
        joined = joined_companies(s, companies[0], clause)
        if {m.id for m in joined} == set(ids) and _DATIVE_LIST.match(s.text, joined[-1].end):
            return ids[:1]
    return ids


# the dative closing a list of buyers: "엔비디아와 AMD에", "… AMD 두 곳에", "… 등 고객사에"
_DATIVE_LIST = re.compile(
    r"(?:에게|에)(?!서)|\s(?:두|세|네|모두|등)\s?(?:곳|회사|고객사?)?(?:에게|에)(?!서)"
    r"|\s등(?:\s고객사?)?(?:에게|에)(?!서)"
)


def _rented_ko(
    s: Sentence, ids: list[str], sellers: set[str | None], product: Entity, clause: Span
) -> tuple[tuple[str, str] | None] | None:
    """The parties of a Korean clause renting a product whose one company named is no seller
    of it (in a 1-tuple; ``None`` for another clause): the renter and the lessor the text is
    about (capacity_lessors), else no deal (the chip's maker rents out nothing)."""
    if (
        s.language != "ko"
        or len(ids) != 1
        or ids[0] in sellers
        or RENTS_KO.search(s.text, clause.start, clause.end) is None
    ):
        return None
    lessor = sellers - {product.maker, *product.suppliers}
    return ((ids[0], str(next(iter(lessor)))) if len(lessor) == 1 else None,)


def _deal_parties(
    s: Sentence, companies: list[Mention], product: Entity, clause: Span
) -> tuple[str, str] | None:
    """(customer, supplier) of a supply clause (:func:`_parties_of`); a Korean renter's
    lessor left unnamed ("MS는 …의 GB300을 빌려 쓴다") is the cloud the story is about."""
    if s.language == "ko":
        sellers = capacity_lessors(s, clause) or {product.maker, *product.suppliers} - {None}
        ids = _party_ids(s, companies, sellers, clause)
        if (rented := _rented_ko(s, ids, sellers, product, clause)) is not None:
            return rented[0]
    return _parties_of(s, companies, product, clause)


def _parties_of(
    s: Sentence, companies: list[Mention], product: Entity, clause: Span
) -> tuple[str, str] | None:
    """(customer, supplier): the product's maker or a known supplier of it sells; else the
    verb decides ("supply X to Y" vs "a deal with Y"). With one company named, the other
    party is the company the text is about (the interviewee, the press-release issuer)."""
    # (capacity rented from no one named: the cloud the text is about rents it out)
    sellers = capacity_lessors(s, clause) or {product.maker, *product.suppliers} - {None}
    ids = _party_ids(s, companies, sellers, clause)
    destination = _destination_maker(s, product, clause)
    if len(ids) == 1 and ids[0] in sellers and destination not in (None, ids[0]):
        return str(destination), ids[0]  # "TPU용 HBM3E는 SK하이닉스가 공급": Google buys
    if len(ids) == 1 and ids[0] in product.suppliers and product.maker not in (None, ids[0]):
        # "Broadcom co-designs and supplies the TPU": the maker (Google) buys from it
        return str(product.maker), ids[0]
    if len(ids) == 1 and _unnamed_customer(s, clause) and destination != ids[0]:
        # "주요 고객사에 공급한다", "an HBM4 order from a large U.S. customer": the
        # customer's place is taken, by no one named ("구글 TPU에 들어갈 HBM4는 고객사와
        # 협의 중": the customer is named, as the maker of the chip the memory goes into)
        return None
    if len(ids) == 1 and s.language == "ko" and _seller_alone_ko(s, companies[0], product, clause):
        return None  # "델은 HGX H200 보드 1만 장을 공급했다": Dell sells, to no one named
    if (
        len(ids) == 1
        and s.language == "ko"
        and product.maker not in (None, ids[0])
        and _foundry_makes_ko(s, companies[0], clause)
    ):
        # "RNGD는 대만 TSMC에서 위탁 생산한다": the foundry sells the making to the chip's
        # designer, whoever the text is about (never the designer selling to its foundry)
        return product.maker, ids[0]
    if len(ids) == 1:
        if (host := _memory_topic_host(s, product, ids[0], sellers, clause)) is not None:
            return host, ids[0]  # "(리벨 쿼드는 …) HBM3E는 삼성전자가 공급하고": its maker buys
        focus = s.focus.get("company", s.index, 3)
        if s.language == "ko":
            focus = _focus_ko(s, companies, clause, ids[0], focus)
            if focus is not None and _rented_from_cloud_ko(s, clause, focus, ids[0]):
                return focus.id, ids[0]  # "당사는 람다랩스가 제공하는 B200 기반 인스턴스를 …"
        if s.language == "en":
            focus = _focus_en(s, ids[0], clause, focus)
            if bought_from(s, companies[0], clause):
                # "We took delivery of B300 nodes from Quanta": the one named sells, to the
                # company in focus if any, never buying from the chips' maker
                return (focus.id, ids[0]) if focus is not None and focus.id != ids[0] else None
        # the seller left unnamed may be the company the text is about (_lead_seller)
        if (focus := _lead_seller(s, focus, ids[0], sellers) or focus) is not None and (
            focus.id != ids[0] and sellers & {focus.id, ids[0]}
        ):
            ids = [focus.id, ids[0]]
        elif product.maker and product.maker != ids[0]:
            return ids[0], product.maker
        elif (host := _host_in_view(s, product, ids[0], sellers)) is not None:
            return host, ids[0]
        else:
            return None
    if not ids:
        return None
    bought = _bought_from_ko(s, companies, clause)
    if bought is not None:
        # "메타는 델로부터 엔비디아 GB200 서버를 구매했다": Dell sells, not the brand
        return bought or None
    if (ordered := role_order(s, companies, clause)) is not None:
        return ordered  # "Quanta is Microsoft's GB300 supplier": the roles said, not the maker
    known = [i for i in ids if i in sellers]
    if len(ids) >= 2 and len(known) == len(ids) and product.maker not in ids:
        # "Both SK hynix and Samsung are expected to supply that HBM4": sellers named
        # together are co-suppliers, never each other's customer (not_deals)
        buyer = destination or unnamed_buyer(s, sellers)
        return (buyer, ids[0]) if buyer is not None else None
    listed = one_per_list(s, companies, clause) if s.language == "en" else ids
    if len(listed) >= 2:  # "SK hynix, Samsung and Micron ship HBM4 to Nvidia": two parties
        ids, known = listed, [i for i in listed if i in sellers]
    partner = next((i for i in ids if i in product.suppliers), None)
    if product.maker in ids and partner is not None and (len(ids) == 2 or ids[0] == partner):
        # "Broadcom, which builds Google's TPUs"; "Broadcom makes Google's TPUs and OpenAI's …"
        return str(product.maker), partner
    if len(known) == 1:
        return next(i for i in ids if i != known[0]), known[0]
    text = s.text[clause.start : clause.end]
    if s.language == "ko":
        topic = next((m.id for m in companies if s.particle(m) in TOPIC), ids[0])
        dative = next(
            (
                m.id
                for m in companies
                if (s.particle(m) in DATIVE or _site_dative(s, m)) and m.id != topic
            ),
            None,
        )
        partner = next(
            (m.id for m in companies if s.particle(m) in PARTNER and m.id != topic), None
        )
        other = dative or partner or next((i for i in ids if i != topic), None)
        if other is None:
            return None
        if topic in sellers and other not in sellers:
            # "엔비디아향 HBM4 물량 가운데 SK하이닉스가 60% 안팎을 가져갈 것": the maker takes a
            # share of the buyer's orders, it does not buy
            return other, topic
        if LENDS_KO.search(text):
            return other, topic  # "코어위브는 메타와 GB300 용량을 빌려주는 계약": the lender sells
        if _RECEIVE_VERB_KO.search(text):
            return topic, other  # "구글은 TPU 공급을 브로드컴에 맡기고", "삼성에서 공급받는"
        # "엔스케일은 마이크로소프트와 GB300 … 계약": the GPU cloud sells (cloud_sells)
        if dative is not None or _SUPPLY_VERB_KO.search(text) or cloud_sells(s, topic, other):
            return other, topic
        return topic, other
    first, second = ids[0], ids[1]
    if {first, second} <= sellers:
        return None  # "Samsung lost out to SK hynix on Nvidia's HBM4 orders": rival sellers
    # "Nscale's contract with Microsoft covers 200,000 GB300s": the GPU cloud sells
    sells = _supplies_en(text) or (cloud_sells(s, first, second) and not _ACQUIRES_EN.search(text))
    return (second, first) if sells else (first, second)


def _site_dative(s: Sentence, m: Mention) -> bool:
    """Whether a Korean company is named right before its own site in the dative ("xAI
    콜로서스 2에 GB300 랙 공급"): the goods go to the company, as "xAI에" would say."""
    for site in s.of_kind(("cluster", "facility")):
        if 0 <= site.start - m.end <= 1:
            owner = site.entity.owner
            return (owner is None or owner == m.id) and s.particle(site) in DATIVE
    return False


# a verb of taking that keeps the first party the buyer ("Nscale rents capacity from …")
_ACQUIRES_EN = re.compile(
    r"\b(?:buy|buys|bought|buying|rent|rents|rented|renting|lease|leases|leased|leasing"
    r"|purchas\w*|sourc\w+|procur\w+|took\sdelivery|takes\sdelivery)\b"
)


def _supplies_en(text: str) -> bool:
    """Whether an English clause's verb makes its first company the seller ("supplies",
    "delivered"); "took delivery" is the buyer's ("CoreWeave took delivery of the racks,
    Dell said": CoreWeave buys)."""
    supplies = _SUPPLY_VERB_EN.search(text)
    return supplies is not None and not _TAKEN_DELIVERY.search(text, 0, supplies.start())


def _focus_en(s: Sentence, named: str, clause: Span, focus: Entity | None) -> Entity | None:
    """The other party of an English clause naming one company: a description resolved
    ("The company has also signed an agreement with SK hynix": the description, not the
    company mentioned last), or the subject a second verb phrase shares ("SK hynix has
    supplied HBM3E to Nvidia … and will begin supplying HBM4 to the same customer")."""
    referred = next(
        (
            m.entity
            for m in s.mentions
            if m.kind == "company"
            and m.anaphoric
            and m.id != named
            and m.start < clause.end
            # "The Korean company said it ships HBM4 to Nvidia": any description
            and m.text.lower().startswith("the ")
        ),
        None,
    )
    focus = referred or focus
    if s.text[: clause.start].endswith("and "):
        opening = s.of_kind(_COMPANY, Span(0, clause.start))
        if opening and opening[0].start == 0 and opening[0].id != named:
            focus = opening[0].entity
    return focus


_TAKEN_DELIVERY = re.compile(r"\b(?:take|takes|took|taken|taking)\s(?:\w+\s)?$", re.I)
