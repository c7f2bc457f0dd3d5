"""Supply rules: a customer's deal with a supplier for a product (with an optional
count), and a supplier or customer role said of two companies ("TSMC's largest CoWoS
customer"). Which company named is the customer and which the supplier is
:mod:`deal_parties`'s to say."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.bound_for import memory_into_chip
from tracker.extract.claimrules.brand_pairs_ko import brand_pairs_before
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
    rack_units,
)
from tracker.extract.claimrules.deal_counts import counts_under_deal
from tracker.extract.claimrules.deal_parties import _deal_parties, _destination_maker
from tracker.extract.claimrules.deal_sellers import (
    _co_sellers_ko,
    _sells_past_brand,
    _without_brand,
)
from tracker.extract.claimrules.traded import traded
from tracker.extract.claimrules.use_modes import _ON_PREM_EN, _brand_only_use, _mode
from tracker.extract.claimrules.weak_deals import (
    WEAK_DEAL,
    agreed_to_use,
    bought_from,
    deal_word,
    weak_party,
)
from tracker.extract.coordination import (
    co_customers,
    co_suppliers,
    joined_companies,
    joined_products,
    owned_products,
)
from tracker.extract.entities import Mention
from tracker.extract.foundry_nodes_ko import made_at_foundry
from tracker.extract.group_counts import group_count
from tracker.extract.memory_use_ko import memory_used
from tracker.extract.not_deals import unless_joined
from tracker.extract.own_word import agreed_deal, own_future_action
from tracker.extract.paired_recipients_ko import paired_recipients
from tracker.extract.quantities import QuantityMatch
from tracker.extract.rentals_ko import rented_from_another
from tracker.extract.text import Span
from tracker.extract.trial_pacts import trial_only
from tracker.extract.vocabulary import Entity


def supply_deal_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A customer's deal with a supplier for a product, with an optional count."""
    out: list[Candidate] = []
    # "The racks were supplied by Dell": a clause passive_suppliers_en has read
    for clause in [c for c in s.clauses if c.start not in state.deal_clauses]:
        trig = deal_word(s, clause)
        weak = None
        if trig is None and s.language == "en":
            # "expand our use of Google Cloud, including up to one million TPUs", "plans to
            # access up to a million TPUs" (with a count), "Broadcom, which builds Google's
            # TPUs", "get HBM4 into Nvidia's Rubin": deals said without a deal word
            # "will hook into Nvidia's NVLink Fusion" is an integration (not_deals)
            weak = unless_joined(
                s.lowered,
                _made_for(s, clause) or WEAK_DEAL.search(s.trigger_text, clause.start, clause.end),
            )
            trig = weak.start() if weak is not None else None
        if trig is None and s.language == "ko":
            made = _made_for_ko(s, clause)
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
        if not products or (weak is not None and _unresolved_owner(weak, companies)):
            continue
        counts = _deal_counts(s, state, clause)
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
            if _sells_past_brand(s, companies, product, clause)
            # "삼성전자와 SK하이닉스가 루빈용 HBM4를 공급한다": rivals listed as one subject
            # sell to no one named, unless the chip the part goes into names its maker
            or (_co_sellers_ko(s, companies) and not _destination_maker(s, product, clause))
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
        deal = Candidate(
            customer,
            "supply_deal",
            modality,
            valid,
            anchor,
            {"product": product.id},
            supplier,
            value,
        )
        out.extend(_deals_told(s, deal, product_mention, clause))
    return counts_under_deal(s, out, state)  # "…, 이 계약에 따라 GB300 GPU 1만 개가 공급된다"


def _deal_counts(s: Sentence, state: RuleState, clause: Span) -> list[int]:
    """The unused counts of a deal's clause: of chips or of the goods named, or of racks
    that are the product (an English clause with no other count: "shipped 340 GB300 racks
    to Meta's site")."""
    counts = [
        i
        for i, q in enumerate(s.quantities)
        if i not in state.used
        and clause.start <= q.start < clause.end
        # "GB300 NVL72 랙 128대": racks that are the product are units of the deal
        and (not machine_count(s, q) or rack_units(s, q))
        and (
            q.unit == "count"
            or (q.unit == "" and (s.chip_near(q) is not None or s.generic_count(q)))
        )
    ]
    if not counts and s.language == "en":
        return _racks_traded_en(s, clause)
    return counts


# the racks of a rack-scale product counted as what is traded: "340 GB300 racks", "at least
# 410 GB200 NVL72 racks" (the product named between the figure and "racks")
_RACKS_AFTER_EN = re.compile(r"\s(?:[\w-]+\s){0,2}?racks\b", re.I)
_RACK_SCALE = frozenset({"gb200", "gb300"})


def _racks_traded_en(s: Sentence, clause: Span) -> list[int]:
    """The figure of a clause with no other count that counts racks of a rack-scale
    product ("Quanta shipped 340 GB300 racks to Meta"): units of the deal, as the Korean
    "GB300 NVL72 랙 128대" is (a chip count for the racks, "for a total of 17,280 GPUs",
    is the count when the clause has one)."""
    out = []
    for i, q in enumerate(s.quantities):
        if not clause.start <= q.start < clause.end or q.unit not in ("", "count"):
            continue
        racks = _RACKS_AFTER_EN.match(s.text, q.end)
        if racks is None:
            continue
        named = s.of_kind(("chip", "system"), Span(q.end, racks.end()))
        if named and (named[0].id in _RACK_SCALE or named[0].kind == "system"):
            out.append(i)
    return out[:1]


def _deals_told(s: Sentence, deal: Candidate, product: Mention, clause: Span) -> list[Candidate]:
    """The deal, split per recipient of its own goods ("엔비디아에 HBM3E 12단을, AMD에는
    HBM4를 공급"), then the deals of the other suppliers and products listed with it."""
    return [
        *paired_recipients(s, deal, clause),
        *_other_suppliers(s, deal, product.entity, clause),
        *_listed_products(s, deal, product, clause),
    ]


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
        if _CAN_AFTER.match(s.trigger_text, hit.end()):
            continue  # "100만 개의 TPU를 쓸 수 있지만": what a contract allows, no fleet
        if deal.match(s.trigger_text, hit.start()) is None:
            return deal.search(s.trigger_text, hit.end(), clause.end) is None
    return False


_CAN_AFTER = re.compile(r"[가-힣]{0,2}\s?수\s?(?:있|도\s있)")
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
    others += [o for o in _bought_from_list(s, supplier, deal.subject, clause) if o not in others]
    if s.language == "ko" and product.maker in brands_only(s):
        # "코어위브는 메타와 엔비디아 GB300 기반 계약을": the maker is the product's brand,
        # not a second party listed with Meta
        others = [o for o in others if o != product.maker]
    out = [replace(deal, object=o) for o in others if not _same_family(s, o, deal.subject)]
    # "SK하이닉스는 엔비디아와 AMD에 HBM3E를 공급한다": a deal per customer listed too
    buyers = co_customers(s, deal.subject, supplier, sellers, clause)
    return out + [replace(deal, subject=b) for b in buyers if not _same_family(s, supplier, b)]


def _bought_from_list(s: Sentence, supplier: str, customer: str, clause: Span) -> list[str]:
    """ "Meta bought H100 GPUs from Dell and Supermicro": each company of a list named after
    "from" a verb of buying sells, whoever makes the chips (co_suppliers keeps only the
    product's sellers)."""
    out: list[str] = []
    for head in [m for m in s.of_kind(("company",), clause) if m.id == supplier]:
        if s.language != "en" or not (
            bought_from(s, head, clause)
            # "has placed orders for GB300 racks with Dell and Supermicro"
            or _ORDERS_WITH.search(s.lowered, max(clause.start, head.start - 80), head.start)
        ):
            continue
        listed = joined_companies(s, head, clause)
        if _STARTS_CLAUSE_EN.match(s.text, listed[-1].end):
            continue  # "from Samsung and Nvidia buys it from SK hynix": a subject, no list
        for m in listed:
            if m.id not in (supplier, customer, *out):
                out.append(m.id)
    return out


# orders placed with a list of sellers: "placed orders for GB300 NVL72 racks with"
_ORDERS_WITH = re.compile(
    r"\b(?:placed|places|placing|place)\s(?:[\w$.,-]+\s){0,3}?orders?\s(?:[^,;.]{0,60}?\s)?with\s$"
)


# a verb right after a company: the company opens a clause of its own
_STARTS_CLAUSE_EN = re.compile(
    r"\s(?:also\s|then\s|now\s)?(?:buys|bought|purchases|purchased|orders|ordered|sources|sourced"
    r"|gets|got|takes|took|receives|received|sells|sold|supplies|supplied|ships|shipped|makes|made"
    r"|builds|built|uses|used|is|was|are|were|has|had|will|would|said|says|plans|agreed)\b",
    re.I,
)


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
        # "브로드컴은 구글 TPU와 메타 MTIA를 …": each brand before the head buys its own
        out += [
            replace(deal, subject=owner, qualifiers={"product": m.id})
            for m, owner in brand_pairs_before(s, product, clause)
            if owner != deal.object and s.language == "ko"
        ]
    return out


def _unresolved_owner(weak: re.Match[str], companies: list[Mention]) -> bool:
    """ "Quanta builds our GB300 racks" where no one "we" stands for is known: the buyer is
    unnamed, and the maker of the chips inside is no party."""
    return weak.group().endswith(" our ") and not any(
        weak.start() <= m.start < weak.end() for m in companies
    )


_DEAL_KINDS = ("chip", "memory", "system")
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


def _made_for_ko(s: Sentence, clause: Span) -> re.Match[str] | None:
    """The subject's making for another ("엔비디아의 칩을 생산하고"), unless a foundry named
    at its node does the making ("MI450을 TSMC 2나노 공정에서 생산하고": foundries_ko's)."""
    made = _MADE_FOR_KO.search(s.text, clause.start, clause.end)
    return None if made is None or made_at_foundry(s, clause) else made


_MADE_FOR_KO = re.compile(
    r"(?P<made>(?:설계|생산|제조|제작)(?:·(?:설계|생산|제조))?(?:하는|하고|한다|해\s))"
)


def _made_for(s: Sentence, clause: Span) -> re.Match[str] | None:
    """Goods made for the company named with "'s" ("Broadcom builds Google's TPUs"), not
    when the one named is the chip itself ("AMD builds the MI450's compute chiplets on
    TSMC's N2": the chip's own parts, made by the foundry rule's foundry, not for anyone)."""
    made = _MADE_FOR.search(s.trigger_text, clause.start, clause.end)
    if made is None or not made.group().endswith(("'s ", "’s ")):
        return made
    owner_end = made.end() - 3
    if any(m.end == owner_end and m.kind in ("chip", "system") for m in s.mentions):
        return None
    return made


_MADE_FOR = re.compile(
    r"(?P<made>\b(?:builds|makes|designs|co-designs|manufactures|produces|fabricates|packages"
    r"|assembles)\s(?:\w+\s)?\w+['’]s\s|\binto\s\w+['’]s\s"
    # "Quanta builds our GB300 racks", "Wiwynn and Quanta build our racks": we buy
    r"|\b(?:builds?|makes?|manufactures?|assembles?|packages?)\s(?:\w+\s)?our\s"
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
        or text in ("we", "our", "us", "it", "its", "their")
        # "우리에게서 직접 받아 간다"; a broker's "동사가 공급 중": the company it covers
        or text.startswith(("the same", "우리", "저희", "동사"))
    )
