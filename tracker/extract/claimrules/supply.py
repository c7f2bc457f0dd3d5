"""Supply rules: a customer's deal with a supplier for a product (with an optional
count), and a supplier or customer role said of two companies ("TSMC's largest CoWoS
customer")."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import DATIVE, PARTNER, TOPIC, Sentence
from tracker.extract.bound_for import goes_into_ko, memory_into_chip
from tracker.extract.claimrules.common import (
    _COMPANY,
    _EACH,
    Candidate,
    RuleState,
    _anchors,
    _quantity,
    _same_family,
    brands_only,
    machine_count,
)
from tracker.extract.claimrules.deal_counts import counts_under_deal
from tracker.extract.claimrules.deal_sellers import (
    _RECEIVE_VERB_KO,
    _SUPPLY_VERB_EN,
    _SUPPLY_VERB_KO,
    _co_sellers_ko,
    _foundry_makes_ko,
    _seller_alone_ko,
    _sells_past_brand,
    _without_brand,
    capacity_lessors,
)
from tracker.extract.claimrules.traded import DESTINATION, traded
from tracker.extract.claimrules.use_modes import _ON_PREM_EN, _brand_only_use, _mode
from tracker.extract.claimrules.weak_deals import (
    WEAK_DEAL,
    agreed_to_use,
    deal_word,
    role_order,
    weak_party,
)
from tracker.extract.coordination import (
    co_customers,
    co_suppliers,
    joined_products,
    one_per_list,
    owned_products,
)
from tracker.extract.entities import Mention
from tracker.extract.group_counts import group_count
from tracker.extract.memory_use_ko import memory_used
from tracker.extract.not_deals import unless_joined, unnamed_buyer
from tracker.extract.own_word import agreed_deal, own_future_action
from tracker.extract.quantities import QuantityMatch
from tracker.extract.rentals_ko import rented_from_another
from tracker.extract.text import Span
from tracker.extract.trial_pacts import trial_only
from tracker.extract.vocabulary import Entity


def supply_deal_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A customer's deal with a supplier for a product, with an optional count."""
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = deal_word(s, clause)
        weak = None
        if trig is None and s.language == "en":
            # "expand our use of Google Cloud, including up to one million TPUs", "plans to
            # access up to a million TPUs" (with a count), "Broadcom, which builds Google's
            # TPUs", "get HBM4 into Nvidia's Rubin": deals said without a deal word
            # "will hook into Nvidia's NVLink Fusion" is an integration (not_deals)
            weak = unless_joined(
                s.lowered,
                _MADE_FOR.search(s.trigger_text, clause.start, clause.end)
                or WEAK_DEAL.search(s.trigger_text, clause.start, clause.end),
            )
            trig = weak.start() if weak is not None else None
        if trig is None and s.language == "ko":
            made = _MADE_FOR_KO.search(s.text, clause.start, clause.end)
            # "HBM3E를 SK하이닉스에서 받고 있다": bought from a maker, a deal word of its own
            trig = made.start() if made is not None else _bought_from(s, clause)
            weak = made
        # "signed an MoU with Nvidia to evaluate HBM4": a test, no deal yet
        if (
            trig is None
            or trial_only(s.text, clause, s.language)
            or agreed_to_use(s, clause, trig)  # "has agreed to use Trainium through AWS"
        ):
            continue
        region = _statement_region(s, trig, clause)
        products = [m for m in s.of_kind(_DEAL_KINDS, region) if not s.is_compared(m)]
        # "…deal dwarfs Meta's 100,000 GPUs": a company named only for comparison is no party
        companies = [
            m for m in s.of_kind(_COMPANY, region) if _named_party(m) and not s.is_compared(m)
        ]
        # "트레이니움3용 HBM": the chip is where the memory goes, not what is traded
        hosts = [m for m in products if _GENERIC_MEMORY_FOR.match(s.text, m.end)]
        if hosts and not [m for m in products if m not in hosts]:
            out.extend(_unnamed_memory_deal(s, hosts[0], companies, trig, clause))
            continue
        if not products:
            continue
        counts = [
            i
            for i, q in enumerate(s.quantities)
            if i not in state.used
            and clause.start <= q.start < clause.end
            and not machine_count(s, q)
            and (
                q.unit == "count"
                or (q.unit == "" and (s.chip_near(q) is not None or s.generic_count(q)))
            )
        ]
        exempt = weak is not None and ("made" in weak.groupdict() or weak_party(s, weak))
        # a count makes a deal of a weak verb, not of making ("the cluster AWS built for …")
        if weak is not None and not exempt and (not counts or weak.groupdict().get("builds")):
            continue
        anchor = s.quantities[counts[0]].start if counts else trig
        if (product_mention := traded(s, products, region, anchor)) is None:
            continue
        product = product_mention.entity
        # "델은 코어위브에 엔비디아 GB300 랙을 공급했다": the maker named as a brand is no party
        pair = (
            None
            if _sells_past_brand(s, companies, product, clause) or _co_sellers_ko(s, companies)
            else _deal_parties(s, _without_brand(s, companies, product, clause), product, clause)
        )
        if pair is None:
            continue
        customer, supplier = pair
        if not counts and (
            not (supplier := _unless_brand(s, clause, trig, (customer, supplier), products))
            or _bought_for_own_site(s, companies, supplier, clause)
            or rented_from_another(s, clause, supplier)  # "AWS와 계약 … 엔비디아 GB200을 빌려"
            or _rented_first(s, clause, trig)
        ):
            continue  # "will run on Nvidia GB200 chips in AWS data centers under a deal"
        if (
            _same_family(s, supplier, customer)
            # "TPU를 도입할 … 메타는 엔비디아 GPU 구매도": a brand of other chips sells not this
            or _brand_of_another(s, supplier, product)
            # "이 계약에 쓰는 데이터센터에 GB300을 6만 개 깔았다": a deployment
            or (counts and _installed_here(s, companies, supplier, counts[0], trig, clause))
            # "이것은 슈퍼마이크로 역사상 최대 주문이다": a pronoun for the deal just told,
            # with its maker guessed as the seller, is no new deal
            or (product_mention.anaphoric and all(m.id != supplier for m in companies))
            # "엔비디아 파트너사를 통해 조달": an unnamed partner of the maker sells
            or _through_partner(s, companies, supplier)
        ):
            continue  # "suppliers for … its own Trainium designs": no deal with itself
        # "6GW 계약에 따라 하반기부터 MI450을 공급한다": power that sizes the contract is no
        # figure with a time of its own, so the time beside it is the deal's ("첫 1기가와트는
        # 내년 하반기 …채워집니다" keeps its own)
        valid = s.valid_for(anchor, [q.start for q in s.quantities if not _deal_size(s, q)])
        modality = _deal_modality(s, anchor, valid, clause)
        if modality is None:
            continue
        value = None
        # "TPU deals for 2 million chips with customers like Anthropic": no one customer's
        if counts and not group_count(s, clause):
            state.used.add(counts[0])
            value = _quantity(s.quantities[counts[0]], "count")
        state.deal_clauses.add(clause.start)
        state.taken_products.update(m.start for m in products if m.id == product.id)
        out.append(
            Candidate(
                customer,
                "supply_deal",
                modality,
                valid,
                anchor,
                {"product": product.id},
                supplier,
                value,
            )
        )
        out.extend(
            [
                *_other_suppliers(s, out[-1], product, clause),
                *_listed_products(s, out[-1], product_mention, clause),
            ]
        )
    return counts_under_deal(s, out, state)  # "…, 이 계약에 따라 GB300 GPU 1만 개가 공급된다"


_FROM_KO = re.compile(r"(?:로부터|으로부터)\s")


def _bought_from_ko(s: Sentence, companies: list[Mention], clause: Span) -> tuple[str, str] | None:
    """(buyer, seller) of a Korean clause that names the seller with 로부터 and the buyer as
    its topic, with a verb of receiving or buying: the seller is who it is bought from,
    whoever makes the product (a reseller, a server maker)."""
    won = "수주" in s.text[clause.start : clause.end]
    if not won and not _RECEIVE_VERB_KO.search(s.text, clause.start, clause.end):
        return None
    sources = [m for m in companies if _FROM_KO.match(s.text, m.end)]
    buyers = [m for m in companies if s.particle(m) in TOPIC and m not in sources]
    if len({m.id for m in sources}) != 1 or len({m.id for m in buyers}) != 1:
        return None
    if sources[0].id == buyers[0].id:
        return None
    if won:
        return sources[0].id, buyers[0].id  # "TSMC가 엔비디아로부터 루빈 생산을 수주": Nvidia buys
    return buyers[0].id, sources[0].id


# "OpenAI rents GB200 capacity from CoreWeave under contracts …": a rental, told first
_RENTS_EN = re.compile(r"\b(?:rents|rent|renting|rented|lease|leases|leasing|leased)\b")


def _rented_first(s: Sentence, clause: Span, trig: int) -> bool:
    """An English rental whose deal word comes only after it ("rents GB200 capacity from
    CoreWeave under contracts that run into 2029", "rents GB300 capacity from us …, and our
    agreement with Microsoft …"): the customer uses the capacity (adopts), and the contract
    is its background, no supply deal; "signed a contract to rent …" is one."""
    if s.language != "en":
        return False
    rent = _RENTS_EN.search(s.lowered, clause.start, clause.end)
    return rent is not None and rent.start() < trig


def _unless_brand(
    s: Sentence, clause: Span, trig: int, pair: tuple[str, str], products: list[Mention]
) -> str:
    """The deal's supplier, or "" when the clause only uses the supplier's product where it
    runs (its name is only the brand). "signed a $38bn contract to rent Nvidia GB200 chips
    through AWS": a rental contract is a deal with the cloud rented through (GUIDE)."""
    customer, supplier = pair
    if not _brand_only_use(s, clause, supplier, products):
        return supplier
    return _rental_provider(s, clause, trig, customer) or ""


def _rental_provider(s: Sentence, clause: Span, trig: int, customer: str) -> str | None:
    """The cloud an English deal word rents through, when the renting comes after it
    ("signed a contract to rent Nvidia GB200 chips through AWS"; "rents … under contracts"
    tells the rental first, the contract as its background: no deal)."""
    if s.language != "en" or _RENTS_EN.search(s.lowered, trig, clause.end) is None:
        return None
    via = _mode(s, clause).get("via")
    return via if via is not None and via != customer else None


# "엔비디아 파트너사를 통해", "엔비디아의 공식 총판을 거쳐", "through Nvidia partners": a
# partner, distributor or reseller of the company, left unnamed, is who sells
_VIA_PARTNER = re.compile(
    r"(?:의)?\s?(?:공식\s|국내\s|한국\s)?(?:파트너사|파트너|협력사|협력업체|총판|유통사|리셀러"
    r"|대리점|공급망)(?:들)?(?:를|을)?\s?(?:통해|통한|거쳐|거친)"
    r"|['’]s\s(?:\w+\s)?(?:partners?|resellers?|distributors?)\b|\s(?:partners?|resellers?"
    r"|distributors?)\b",
    re.I,
)


def _through_partner(s: Sentence, companies: list[Mention], supplier: str) -> bool:
    """Whether the supplier is named only as the one whose unnamed partner sells."""
    named = [m for m in companies if m.id == supplier]
    return bool(named) and all(_VIA_PARTNER.match(s.text, m.end) for m in named)


def _brand_of_another(s: Sentence, supplier: str, product: Entity) -> bool:
    """A Korean supplier named only as the brand of chips ("엔비디아 GPU") that neither makes
    nor supplies the product traded."""
    return (
        s.language == "ko"
        and product.maker is not None
        and supplier != product.maker
        and supplier not in product.suppliers
        and supplier in brands_only(s)
    )


def _bought_for_own_site(
    s: Sentence, companies: list[Mention], supplier: str, clause: Span
) -> bool:
    """ "is weighing buying TPUs outright for its own data centers": chips bought for
    one's own site from no one named are an on-prem adoption (GUIDE: buying chips for
    one's own cluster with no count is no deal), which the adoption rule reads."""
    return (
        s.language == "en"
        and all(m.id != supplier for m in companies)
        and _ON_PREM_EN.search(s.text, clause.start, clause.end) is not None
    )


def _installed_here(
    s: Sentence, companies: list[Mention], supplier: str, count: int, trig: int, clause: Span
) -> bool:
    """Whether a Korean clause whose deal word only modifies something ("이 계약에 쓰는
    데이터센터에", "이번 구매로") ends in a deployment of the count ("6만 개 깔았다", "2,000개
    규모로 갖출 계획"): with no supplier named, the typed arguments (company + chip + count)
    and that last verb make it the company's fleet, not a deal with the chip's maker."""
    if s.language != "ko" or any(m.id == supplier for m in companies):
        return False
    pattern = s.triggers.get(("deployed_chips", "ko"))
    deal = s.triggers.get(("supply_deal", "ko"))
    q = s.quantities[count]
    if pattern is None or deal is None or trig > q.start:
        return False
    for hit in pattern.finditer(s.trigger_text, q.end, clause.end):
        if deal.match(s.trigger_text, hit.start()) is None:
            return deal.search(s.trigger_text, hit.end(), clause.end) is None
    return False


# power that sizes the contract: "6GW 계약", "1GW 규모의 계약", "10기가와트 규모 협약"
_SIZES_DEAL = re.compile(r"\s?(?:규모(?:의)?\s)?(?:계약|협약|공급 계약|딜)")


def _deal_size(s: Sentence, q: QuantityMatch) -> bool:
    return q.unit == "W" and _SIZES_DEAL.match(s.text, q.end) is not None


def _deal_modality(s: Sentence, anchor: int, valid: ValidTime, clause: Span) -> Modality | None:
    """A deal's modality: a company's own bare "will" is announced, a Korean agreement
    ("공급하기로 했다") is the deal in place."""
    found = own_future_action(s, s.modality(anchor, valid, clause), clause)
    return agreed_deal(s, found, clause, s.future(valid))


def _other_suppliers(
    s: Sentence, deal: Candidate, product: Entity, clause: Span
) -> list[Candidate]:
    """ "삼성전자와 SK하이닉스가 엔비디아에 HBM4를 공급한다": a deal per supplier listed (a
    count said for the group is not each one's, unless "각각")."""
    if deal.value is not None and not _EACH.search(s.text, clause.start, clause.end):
        return []
    sellers = {str(x) for x in (product.maker, *product.suppliers) if x}
    supplier = str(deal.object)
    others = co_suppliers(s, supplier, deal.subject, sellers, clause)
    if s.language == "ko" and product.maker in brands_only(s):
        # "코어위브는 메타와 엔비디아 GB300 기반 계약을": the maker is the product's brand,
        # not a second party listed with Meta
        others = [o for o in others if o != product.maker]
    out = [replace(deal, object=o) for o in others if not _same_family(s, o, deal.subject)]
    # "SK하이닉스는 엔비디아와 AMD에 HBM3E를 공급한다": a deal per customer listed too
    buyers = co_customers(s, deal.subject, supplier, sellers, clause)
    return out + [replace(deal, subject=b) for b in buyers if not _same_family(s, supplier, b)]


def _listed_products(
    s: Sentence, deal: Candidate, product: Mention, clause: Span
) -> list[Candidate]:
    """ "agreements with Nvidia for GB200 and GB300 systems": a deal per product listed
    with the one traded (a count said for the list is not each one's)."""
    if deal.value is not None:
        return []
    out = [replace(deal, qualifiers={"product": m.id}) for m in joined_products(s, product, clause)]
    if deal.subject == product.entity.maker:
        # "Broadcom, which builds Google's TPUs and Meta's MTIA": each owner buys its own
        out += [
            replace(deal, subject=owner.id, qualifiers={"product": m.id})
            for m, owner in owned_products(s, product, clause)
            if owner.id != deal.object
        ]
    return out


_DEAL_KINDS = ("chip", "memory", "system")
# a verb that makes its listed subjects buyers ("have both placed orders for", "each bought")
_BUYERS_VERB = re.compile(
    r"\b(?:(?:placed|place|places|placing)\s(?:\w+\s)?orders?|ordered|order|buy|buys|bought|"
    r"buying|purchased|purchase|purchases|procured|procure|get|gets|got|receive|receives|"
    r"received|secured|secure)\b"
)
_GENERIC_MEMORY_FOR = re.compile(r"용\s?(?:고대역폭\s?메모리|HBM|메모리)(?![0-9A-Za-z])")


def _unnamed_memory_deal(
    s: Sentence, host: Mention, companies: list[Mention], trig: int, clause: Span
) -> list[Candidate]:
    """ "트레이니움3용 HBM은 SK하이닉스가 공급한다": the chip's maker buys memory of no named
    generation from the one memory maker named (a deal with no product qualifier)."""
    buyer = host.entity.maker
    sellers = [m.id for m in companies if m.id in MEMORY_MAKERS and m.id != buyer]
    if buyer is None or len(set(sellers)) != 1:
        return []
    valid = s.valid_for(trig, _anchors(s))
    modality = s.modality(trig, valid, clause)
    if modality is None:
        return []
    return [Candidate(buyer, "supply_deal", modality, valid, trig, {}, sellers[0])]


MEMORY_MAKERS = frozenset({"samsung", "sk-hynix", "micron"})
_MADE_FOR_KO = re.compile(
    r"(?P<made>(?:설계|생산|제조|제작)(?:·(?:설계|생산|제조))?(?:하는|하고|한다|해\s))"
)
_MADE_FOR = re.compile(
    r"(?P<made>\b(?:builds|makes|designs|co-designs|manufactures|produces|fabricates)\s"
    r"(?:\w+\s)?\w+['’]s\s|\binto\s\w+['’]s\s"
    # "whose HBM4 now goes into nearly every Rubin module", "AMD uses Micron's HBM4 in"
    r"|\bgoes\sinto\s(?:(?:nearly|almost|virtually)\s)?(?:every|each|all)\s"
    r"|\buses?\s(?:[\w-]+\s)?[\w-]+['’]s\s(?=(?:[\w-]+\s)?hbm))"
)
# "델로부터 GB300 랙을 지난주 인도받았다": received from a maker, in any form of 받다
_BOUGHT_FROM_KO = re.compile(
    r"(?:에서|로부터|으로부터)\s(?:\S+\s){0,8}?"
    r"(?:\S{0,2}받(?:고|는|을|아|았|기로)|사들|들여오|들여온|들여왔|들여와)"
)
# "구글로부터 … TPU를 확보했다": secured from a seller named with 로부터
_SECURED_FROM_KO = re.compile(r"(?:로부터|으로부터)\s(?:\S+\s){0,8}?\S{0,3}확보")
_NOT_GOODS_KO = re.compile(
    r"평가|인정|주목|승인|인증|호평|관심|러브콜|테스트|검증|투자|주문을|제안|요청|질문|상을"
)


def _bought_from(s: Sentence, clause: Span) -> int | None:
    """Where a Korean clause says a product is received or bought from a company ("HBM3E를
    SK하이닉스에서 받고 있다", "… 삼성전자로부터 사들이고"); praise received is no goods."""
    bought = _BOUGHT_FROM_KO.search(s.text, clause.start, clause.end) or _SECURED_FROM_KO.search(
        s.text, clause.start, clause.end
    )
    if bought is None or _NOT_GOODS_KO.search(bought.group()):
        # "엔비디아에서 좋은 평가를 받고" is no goods; "마이아 200에도 저희 HBM3E가 들어가
        # 있다" is memory had by the chip's owner
        into = memory_into_chip(s, clause)
        # "엔비디아와 AMD가 삼성전자 HBM4를 쓴다": a memory maker's memory used
        return into if into is not None else memory_used(s, clause)
    return bought.start()


# "TPU용 HBM3E", "B200에 들어가는 HBM3E", "루빈에 탑재될 HBM4": where the memory goes
_INTO_KO = ("용", "에 들어가", "에 들어갈", "에 탑재되", "에 탑재될", "에 쓰이", "에 쓰일")


def _destination_maker(s: Sentence, product: Entity, clause: Span) -> str | None:
    """The maker of the chip a memory product goes into ("TPU용 HBM3E", "HBM3E for the
    TPU"), when the memory is the product traded."""
    if product.kind != "memory":
        return None
    for m in s.of_kind(("chip", "system"), clause):
        # "MI450에도 HBM4를 공급한다": a chip in the dative where memory is traded
        into = (
            s.text.startswith(_INTO_KO, m.end)
            or goes_into_ko(s, m)
            or DESTINATION.search(s.lowered[max(0, m.start - 16) : m.start])
        )
        if into and m.entity.maker:
            return m.entity.maker
    return None


def _statement_region(s: Sentence, pos: int, clause: Span) -> Span:
    """The part of a clause a trigger speaks about: a relative clause with the name it
    hangs on ("Broadcom, which builds Google's TPUs"), else the clause."""
    inner = s.inner_of(pos) if s.inner else None
    if inner is None or s.text[inner.start : inner.start + 1] == "(":
        return clause
    head = [m for m in s.mentions if m.end <= inner.start and inner.start - m.end <= 3]
    return Span(head[-1].start if head else inner.start, inner.end)


def _named_party(m: Mention) -> bool:
    """A company named, or referred to as "we"/"it"/"the same customer" (not a description)."""
    text = m.text.lower()
    return (
        not m.anaphoric
        or text in ("we", "our", "us", "it", "its")
        # "우리에게서 직접 받아 간다"; a broker's "동사가 공급 중": the company it covers
        or text.startswith(("the same", "우리", "저희", "동사"))
    )


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
    """Whether the clause names the buyer's place with no one in it."""
    pattern = _UNNAMED_CUSTOMER_KO if s.language == "ko" else _UNNAMED_CUSTOMER_EN
    return pattern.search(s.text, clause.start, clause.end) is not None


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
    return ids


def _deal_parties(
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
    if len(ids) == 1:
        focus = s.focus.get("company", s.index, 3)
        if s.language == "ko" and not any(s.particle(m) in TOPIC for m in companies):
            # "구글과는 … 계약을 맺었다", a release's "4분기부터 엔비디아에 공급한다"; "SK하이닉스는
            # … 썼는데, 엔비디아에 HBM4 공급을 시작했다고": the topic of the sentence's first clause
            own = [
                m
                for m in s.of_kind(_COMPANY, Span(0, clause.start))
                if s.particle(m) in ("은", "는")
            ]
            focus = (
                (own[0].entity if own else None)
                or s.focus.issuer
                or s.focus.get("topic", s.index, 12)
                or focus
            )
        if s.language == "en":
            # "The company has also signed an agreement with SK hynix": the description, as
            # resolved, is the other party, not the company mentioned last
            referred = next(
                (
                    m.entity
                    for m in s.mentions
                    if m.kind == "company"
                    and m.anaphoric
                    and m.id != ids[0]
                    and m.start < clause.end
                    # "The Korean company said it ships HBM4 to Nvidia": any description
                    and m.text.lower().startswith("the ")
                ),
                None,
            )
            focus = referred or focus
        if s.language == "en" and s.text[: clause.start].endswith("and "):
            # "SK hynix has supplied HBM3E to Nvidia … and will begin supplying HBM4 to the
            # same customer": a second verb phrase shares the sentence's subject
            opening = s.of_kind(_COMPANY, Span(0, clause.start))
            if opening and opening[0].start == 0 and opening[0].id != ids[0]:
                focus = opening[0].entity
        # the seller left unnamed may be the company the text is about (_lead_seller)
        if (focus := _lead_seller(s, focus, ids[0], sellers) or focus) is not None and (
            focus.id != ids[0] and sellers & {focus.id, ids[0]}
        ):
            ids = [focus.id, ids[0]]
        elif product.maker and product.maker != ids[0]:
            if s.language == "ko" and _foundry_makes_ko(s, companies[0], clause):
                return product.maker, ids[0]  # "레니게이드는 TSMC가 위탁 생산한다"
            return ids[0], product.maker
        else:
            return None
    if not ids:
        return None
    bought = _bought_from_ko(s, companies, clause)
    if bought is not None:
        return bought  # "메타는 델로부터 엔비디아 GB200 서버를 구매했다": Dell sells, not the brand
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
        dative = next((m.id for m in companies if s.particle(m) in DATIVE and m.id != topic), None)
        partner = next(
            (m.id for m in companies if s.particle(m) in PARTNER and m.id != topic), None
        )
        other = dative or partner or next((i for i in ids if i != topic), None)
        if other is None:
            return None
        if _RECEIVE_VERB_KO.search(text):
            return topic, other  # "구글은 TPU 공급을 브로드컴에 맡기고", "삼성에서 공급받는"
        if dative is not None or _SUPPLY_VERB_KO.search(text):
            return other, topic
        return topic, other
    first, second = ids[0], ids[1]
    if {first, second} <= sellers:
        return None  # "Samsung lost out to SK hynix on Nvidia's HBM4 orders": rival sellers
    supplies = _SUPPLY_VERB_EN.search(text)
    return (second, first) if supplies else (first, second)
