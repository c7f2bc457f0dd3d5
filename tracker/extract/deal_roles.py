"""Who buys in an English deal, by argument role: the subject of a verb of acquiring
("buy", "rent", "lease", "source", "order" … "from" someone) is the customer, and the
subject of a verb of supplying ("under which Dell will deliver …", "Supermicro ships …")
or the agent of a passive one ("racks delivered by Supermicro") is the supplier, whatever
order the two companies are named in.

The supply rule orients a deal by the product's known makers and by a supply verb; when
neither says it, it falls back on the order of the names, which is wrong as soon as the
sentence opens with the supplier in another clause ("Supermicro rose 3% after xAI said it
is buying GB300 racks from the server maker").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.access_given_en import access_given
from tracker.extract.analysis import Sentence
from tracker.extract.bound_for import goes_into_ko
from tracker.extract.built_for_en import builders_for
from tracker.extract.claimrules.common import Candidate
from tracker.extract.entities import Mention
from tracker.extract.made_for_en import made_for_designer
from tracker.extract.rental_uses_en import rental_uses
from tracker.extract.server_goods_en import sold_in_servers

_ACQUIRE_FROM = re.compile(
    r"\b(?:buy|buys|buying|bought|purchas\w*|rent|rents|renting|rented|leas(?:e|es|ed|ing)|"
    r"sourc(?:e|es|ed|ing)|procur\w*|obtain\w*|ordered|ordering|license[sd]?|licensing)\b"
    r"(?:[^,;.]|[,.]\d){0,60}?\bfrom\s",
    re.IGNORECASE,
)
_AFTER_PREPOSITION = re.compile(r"\b(?:from|to|with|by|for|of|at|in|into|on)\s(?:the\s)?$", re.I)
_SUBJECT_PRONOUNS = ("we", "our", "us")
_RELATIVE_HEAD = re.compile(r",?\s(?:which|who|that)\s")


def customer_by_role(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Supply deals turned round when the acquiring verb's subject stands as supplier, or
    the supplying verb's subject (or passive agent) stands as customer."""
    if s.language == "ko":
        return _ko_memory_into_chips(s, _ko_by_acquirer(s, found))
    if s.language != "en":
        return found
    turned = _by_supplier(s, _by_acquirer(s, made_for_designer(s, found)))
    return access_given(s, sold_in_servers(s, rental_uses(s, _memory_makers_sell(s, turned))))


# "엔스케일은 마이크로소프트가 … 용량을 빌려 쓰는 계약을 맺었다": the company marked as the
# subject (이/가) of a verb of renting, using or buying in the deal's terms is its customer,
# whichever company the sentence opens with (the one that tells, or signs, as topic)
# (not the subject of a relative clause of offering before the verb: "람다랩스가 제공하는 B200
# 기반 인스턴스를 사내 AI 모델 개발에 사용하고 있음": Lambda offers, the filer uses)
_KO_ACQUIRER = re.compile(
    r"(?:이|가)\s(?!(?:[^,.;·\s]+\s)?(?:제공|공급|운영|임대)하는\s)(?:[^,.;·]{0,50}?)"
    r"(?:빌려\s?[쓰쓴쓸]|빌리|빌린|빌릴|임차|구매|구입|사들[이인일]"
    r"|사용[하한할]|공급받|들여[오온올])"
)
_KO_SUBJECT = re.compile(r"(?:이|가)\s")


# "델에서 GB300을 받았다", "델로부터 … 랙을 인도받았다": the company goods are received from
# (or rented or bought from: "코어위브에서 GB200 클러스터를 빌려 쓰는 계약")
_KO_RECEIVED_FROM = re.compile(
    r"(?:에서|로부터|으로부터)\s(?:\S+\s){0,4}?"
    r"(?:\S{0,2}받(?:고|는|을|아|았|기로)|빌려\s?[쓰쓴쓸]|빌리|빌린|임차|사들[이인일])"
)
_KO_NOT_GOODS = re.compile(r"평가|인정|주목|승인|인증|호평|관심|제안|요청|질문|투자|주문|발주|수주")


def _ko_received_from(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Supply deals turned round when the company named as where the goods are received
    from stands as the customer."""
    sellers = {
        m.id
        for m in s.mentions
        if m.kind == "company"
        and not m.anaphoric
        and (got := _KO_RECEIVED_FROM.match(s.text, m.end)) is not None
        and not _KO_NOT_GOODS.search(got.group())
    }
    return [
        replace(c, subject=str(c.object), object=c.subject)
        if c.predicate == "supply_deal" and c.subject in sellers and c.object not in sellers
        else c
        for c in found
    ]


# "앤트로픽으로부터 … 100억 달러어치 주문을 받았다", "오픈AI로부터 … 수주했다": the company an
# order comes from is the customer, the one that takes it the supplier
_KO_ORDER_FROM = re.compile(
    r"(?:로부터|으로부터|에서)\s(?:\S+\s){0,6}?\S*(?:주문|발주|수주)(?:을|를)?\s?(?:받|따|했|한)"
)


def _ko_ordered_by(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Supply deals turned round when the company an order comes from stands as supplier."""
    buyers = {
        m.id
        for m in s.mentions
        if m.kind == "company" and not m.anaphoric and _KO_ORDER_FROM.match(s.text, m.end)
    }
    return [
        replace(c, subject=str(c.object), object=c.subject)
        if c.predicate == "supply_deal" and c.object in buyers and c.subject not in buyers
        else c
        for c in found
    ]


# "마벨은 AWS에 트레이니움2 물량 일부를 공급하고 있다": the company goods are supplied to is
# the customer, even when the goods are its own chip (made by a design partner or foundry)
_KO_SUPPLIED_TO = re.compile(
    r"(?:에|에게)\s(?:[^,.;·\s]+\s){0,4}?[^,.;·\s]*(?:공급|납품)(?:하|해|했|한|할|합|중)"
)


# "리벨리온의 리벨쿼드는 삼성전자 파운드리가 생산한다": the company (or its foundry arm) named
# as the subject of the making is the supplier, even of a chip another company designed (not
# the one that hands the making out: "MS가 차기 칩 생산을 인텔 파운드리에 맡기는")
_KO_MAKER = re.compile(
    r"(?:의)?\s?(?:파운드리(?:\s?사업부)?)?(?:가|이)\s(?:[^,.;·\s]+\s){0,3}?[^,.;·\s]*"
    r"(?:(?:생산|제조|양산)(?:하|해|했|한|할|합|중|을\s맡(?!기|겨|긴|겼))|만들|만든|만듭)"
)


def _ko_supplied_to(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Supply deals turned round when the company goods are supplied to stands as supplier,
    or the company that makes them stands as customer."""
    companies = [m for m in s.mentions if m.kind == "company" and not m.anaphoric]
    buyers = {m.id for m in companies if _KO_SUPPLIED_TO.match(s.text, m.end)}
    makers = {m.id for m in companies if _KO_MAKER.match(s.text, m.end)} - buyers
    return [
        replace(c, subject=str(c.object), object=c.subject)
        if c.predicate == "supply_deal"
        and (
            (c.object in buyers and c.subject not in buyers)
            or (c.subject in makers and c.object not in makers)
        )
        else c
        for c in found
    ]


def _ko_by_acquirer(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    found = _ko_supplied_to(s, _ko_ordered_by(s, _ko_received_from(s, found)))
    deals = [c for c in found if c.predicate == "supply_deal" and c.object]
    if not deals:
        return found
    companies = [m for m in s.mentions if m.kind == "company" and not m.anaphoric]
    buyers: set[str] = set()
    for m in companies:
        verb = _KO_ACQUIRER.match(s.text, m.end)
        if verb is None:
            continue
        # the nearest subject before the verb rents: "A가 B가 빌려 쓰는" is B's; a source
        # named on the way ("마이크로소프트가 엔스케일에서 빌려 쓰는") is no subject
        if not any(
            m.end <= x.start < verb.end() and _KO_SUBJECT.match(s.text, x.end) for x in companies
        ):
            buyers.add(m.id)
    if not buyers:
        return found
    out: list[Candidate] = []
    for c in found:
        if c in deals and c.object in buyers and c.subject not in buyers:
            out.append(replace(c, subject=str(c.object), object=c.subject))
        elif c.predicate == "adopts" and c.subject not in buyers and _sells(deals, c):
            continue  # the renting company's supplier adopts nothing it hands over
        else:
            out.append(c)
    return out


def _ko_memory_into_chips(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """A memory maker mounting its memory in a chip ("HBM4를 AMD MI450 GPU에 탑재해 …
    공급한다") adopts no chip: the chip is only where its goods go."""
    if not any(m.kind == "memory" for m in s.mentions):
        return found
    return [
        c
        for c in found
        if not (
            c.predicate == "adopts"
            and _sells_memory(s, c.subject)
            and (named := [m for m in s.mentions if m.id == c.object])
            and all(goes_into_ko(s, m) for m in named)
        )
    ]


def _sells(deals: list[Candidate], adoption: Candidate) -> bool:
    """Whether the adopter is the other party of a deal for the product whose customer
    rents it (the deal as it stood before it was turned round)."""
    return any(
        d.subject == adoption.subject and d.qualifiers.get("product") == adoption.object
        for d in deals
    )


def _memory_makers_sell(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """A memory maker is no customer of the chip its memory goes into ("Micron ships to
    Rubin", "chases a bigger share of Rubin orders"): with the chip's maker not named and
    no count, such a deal with the maker guessed as seller is none."""
    named = {m.id for m in s.mentions if m.kind == "company" and not m.anaphoric}
    out: list[Candidate] = []
    for c in found:
        product = s.vocabulary.entities.get(c.qualifiers.get("product", ""))
        if (
            c.predicate == "supply_deal"
            and product is not None
            and product.kind in ("chip", "system")
            and c.object == product.maker
            and c.object not in named
            and c.value is None  # "Samsung has ordered 1,000 H100 GPUs": a counted purchase
            and _sells_memory(s, c.subject)
        ):
            continue
        out.append(c)
    return out


def _sells_memory(s: Sentence, company: str) -> bool:
    return any(
        e.kind == "memory" and company in e.suppliers for e in s.vocabulary.entities.values()
    )


def _by_acquirer(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    if not any(c.predicate == "supply_deal" and c.object for c in found):
        return found
    buyers = _buyers(s)
    if not buyers:
        return found
    out: list[Candidate] = []
    for c in found:
        # "Samsung, which ships HBM4 to Nvidia, has been buying bonders from …": a deal told
        # inside a relative clause is not the main clause's buying
        turned = (
            c.predicate == "supply_deal"
            and c.object
            and any(b.id == c.object and _same_inner(s, b.start, c.anchor) for b in buyers)
        )
        out.append(replace(c, subject=str(c.object), object=c.subject) if turned else c)
    return out


def _same_inner(s: Sentence, a: int, b: int) -> bool:
    """Whether two places are in the same relative clause or aside, or both outside any."""
    return not s.inner or s.inner_of(a) == s.inner_of(b)


def _buyers(s: Sentence) -> list[Mention]:
    """The subjects of acquiring verbs ("X buys … from") and the users under a deal."""
    buyers = [b for m in _ACQUIRE_FROM.finditer(s.text) if (b := _subject(s, m.start()))]
    return buyers + _under_which_users(s)


# "will deliver", "agreed to supply", "also ships": a supplying verb with its auxiliaries
_SUPPLY_ACT = re.compile(
    r"\b(?:suppl(?:y|ies|ying)|deliver(?:s|ing)?|ship(?:s|ping)?|provid(?:e|es|ing)|"
    r"sell(?:s|ing)?)\b"
)
_AUXILIARIES = re.compile(
    r"(?:\s(?:will|would|shall|is|are|was|has|have|had|agreed|to|set|plans|also|already|"
    r"now|then|later|begin|began|started|start|continue|continues))*\s"
)
# "racks delivered by Supermicro", "GPUs that were supplied by Dell"
_PASSIVE_BY = re.compile(
    r"\b(?:supplied|delivered|shipped|provided|sold)\s(?:\w+\s)?by\s(?:the\s)?$"
)


def _by_supplier(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    deals = [c for c in found if c.predicate == "supply_deal" and c.object]
    if not deals:
        return found
    # "Lambda agreed a deal to put GB300 systems in for Microsoft": the provider sells
    sellers = {m.id for m in _supplying_subjects(s) + builders_for(s)}
    if not sellers:
        return found
    named = {m.id for m in s.of_kind(("company",))}
    # "We also purchase accelerators from AMD, …, which we began shipping in our racks": the
    # buyer sells on what it bought, and stays the buyer of this deal
    bought = {m.id for m in _buyers(s)}
    out: list[Candidate] = []
    for c in found:
        turned = (
            c in deals
            and c.subject in sellers
            and c.subject not in bought
            and c.object not in sellers
            and c.object in named  # a maker guessed for an unnamed party stays as it was
        )
        out.append(replace(c, subject=str(c.object), object=c.subject) if turned else c)
    return out


def _supplying_subjects(s: Sentence) -> list[Mention]:
    """Companies said to supply: the subject right before an active supplying verb (no
    preposition's object: "a deal with AMD to supply" names no subject) and the agent of
    a passive one."""
    companies = [m for m in s.mentions if m.kind == "company"]
    out: list[Mention] = []
    for verb in _SUPPLY_ACT.finditer(s.lowered):
        before = [m for m in companies if m.end <= verb.start()]
        if not before:
            continue
        m = before[-1]
        gap = s.lowered[m.end : verb.start()]
        if m.anaphoric and m.text.lower() not in _SUBJECT_PRONOUNS:
            continue
        relative = _RELATIVE_HEAD.match(gap)
        if relative is not None:  # "a deal with Dell, which will deliver …": the head
            gap = gap[relative.end() - 1 :]
        if _AUXILIARIES.fullmatch(gap) and (
            relative or not _AFTER_PREPOSITION.search(s.lowered[max(0, m.start - 10) : m.start])
        ):
            out.append(m)
    for m in companies:
        if _PASSIVE_BY.search(s.lowered, max(0, m.start - 40), m.start):
            out.append(m)
    return out


# "an agreement with Microsoft, under which Microsoft will use dedicated GB300 capacity":
# the one a deal's terms say will use or rent what is supplied is its customer
_UNDER_WHICH_USE = re.compile(
    r"\bunder\s(?:which|the\sdeal|the\sagreement|the\scontract),?\s(?:the\s)?"
    r"(?P<name>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)"
    r"(?:\s(?:will|would|is\sto|agreed\sto|can))?\s(?:use|rent|lease|tap|access|consume|buy)\b"
)


def _under_which_users(s: Sentence) -> list[Mention]:
    out: list[Mention] = []
    for m in _UNDER_WHICH_USE.finditer(s.text):
        named = [
            x
            for x in s.mentions
            if x.kind == "company" and m.start("name") <= x.start < m.end("name")
        ]
        out.extend(named[:1])
    return out


def _subject(s: Sentence, verb: int) -> Mention | None:
    """The company the verb at ``verb`` is said of: the nearest one named before it (or
    "we" in a company's own text) that is no preposition's object; "it" is skipped for
    the name it stands for, which the sentence gives before it."""
    for m in reversed([m for m in s.mentions if m.kind == "company" and m.end <= verb]):
        if m.anaphoric and m.text.lower() not in _SUBJECT_PRONOUNS:
            continue
        if _RELATIVE_HEAD.match(s.text, m.end):
            return m  # "… to Meta, which also buys H100s from it": the relative's head
        if _AFTER_PREPOSITION.search(s.lowered[max(0, m.start - 10) : m.start]):
            continue
        return m
    return None
