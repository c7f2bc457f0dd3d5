"""Who sells in a supply deal, when the sentence names more companies than its two parties
or fewer: the product's maker named only as its brand (no party when two others trade it),
a company selling to a customer not named, a foundry making another's chip, two rivals
listed as one subject doing the same (supply.py asks these before it pairs the parties).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import OPENING, TOPIC, Sentence
from tracker.extract.claimrules.common import brands_only, is_cloud_company
from tracker.extract.coordination import one_per_list
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_SUPPLY_VERB_EN = re.compile(
    r"\b(?:suppl(?:y|ies|ying)|sells?|selling|sold|provid\w*|deliver\w*|ship\w*|consign\w*)\b"
    # "a supply deal", "a Taiwanese supply-chain forum", "the supply chain": nouns, no verb
    r"(?!\s(?:deal|agreement|contract|chains?\b)|-chain)",
    re.I,
)
_SUPPLY_VERB_KO = re.compile(
    # sells too; "…서버를 공급해 입지를 넓혔다", "공급했다": the topic sells
    r"공급(?:하|할|한|을|키로|해|했|합)|납품|판매(?:하|할|한|를|키로)|팔(?:기로|고|았|\s계획)"
)
_RECEIVE_VERB_KO = re.compile(
    r"(?:공급|납품|인도)받|받는|받기로|받아|받을|맡기|맡겨|맡긴|위탁|조달|사들|구매|구입|수입"
)


def _seller_alone_ko(s: Sentence, company: Mention, product: Entity, clause: Span) -> bool:
    """A company that is the subject of a verb of selling a product it does not make ("델은
    … H200 보드를 공급했다", "슈퍼마이크로가 GB200 랙을 출하했다") sells it, to a customer the
    clause does not name: it is no customer of the product's maker."""
    text = s.text[clause.start : clause.end]
    return (
        s.particle(company) in TOPIC
        and company.id not in {product.maker, *product.suppliers}
        and bool(_SELLS_KO.search(text))
        and not _RECEIVE_VERB_KO.search(text)
    )


# "TSMC가 위탁 생산한다", "TSMC는 … 블랙웰을 생산하고 있다": a foundry making another's chip
_FOUNDRY_MAKES_KO = re.compile(r"(?:위탁\s?)?(?:생산|제조)(?:하|한|해|할|을|를|된|되|\s중)")


def _foundry_makes_ko(s: Sentence, company: Mention, clause: Span) -> bool:
    """Whether the one company named is a foundry whose making of the product the clause
    tells (it sells the making to the chip's designer, GUIDE)."""
    foundries = s.vocabulary.cue_list("anaphora_roles", "foundry")
    return company.id in foundries and bool(
        _FOUNDRY_MAKES_KO.search(s.text, company.end, clause.end)
    )


def _without_brand(
    s: Sentence, companies: list[Mention], product: Entity, clause: Span
) -> list[Mention]:
    """The parties of a Korean deal without the product's maker named only as its brand
    when two other companies make the deal ("델은 코어위브에 엔비디아 GB300 랙을 공급했다",
    "엔스케일은 마이크로소프트와 엔비디아 GB300 … 계약을 체결했다": Dell and CoreWeave,
    Nscale and Microsoft trade; Nvidia only made the chips). So in English when the verb
    says who sells ("Nscale has agreed to supply Microsoft with 23,000 Nvidia GB300 chips"),
    where two companies listed together ("OpenAI and Oracle will buy …") are one party; a
    use "on Nvidia GB200 chips in AWS data centers" is left to the rental rules."""
    companies = _without_destination_owner(s, companies, product)
    if s.language == "ko":
        companies = _without_other_brands(s, companies, product, clause)
    if product.maker is None or product.maker not in brands_only(s):
        return companies
    rest = [m for m in companies if m.id != product.maker]
    if s.language == "en":
        if not _SUPPLY_VERB_EN.search(s.text, clause.start, clause.end):
            return companies
        return rest if len(one_per_list(s, rest, clause)) >= 2 else companies
    return rest if len({m.id for m in rest}) >= 2 else companies


def _without_other_brands(
    s: Sentence, companies: list[Mention], product: Entity, clause: Span
) -> list[Mention]:
    """The parties of a Korean deal without the makers named only as the brands of other
    products listed beside the one traded, when a known supplier of it sells ("브로드컴은
    구글 TPU와 메타 MTIA를 설계해 공급": Google is no party to the MTIA; its own TPU is
    brand_pairs_ko's to pair)."""
    brands = brands_only(s)
    others = {
        m.id
        for m in companies
        if m.id in brands
        and m.id != product.maker
        and any(
            p.entity.id != product.id and 0 <= p.start - m.end <= 1
            for p in s.of_kind(("chip", "system", "memory"), clause)
        )
    }
    kept = [m for m in companies if m.id not in others]
    # a known supplier of the product must remain, named for itself ("엔비디아 B300과 AMD
    # MI355X는 … 출하" names brands only; a design house the vocabulary does not list as the
    # product's supplier says nothing of whose chip it sells)
    sellers = [m for m in kept if m.id not in brands and m.id in product.suppliers]
    return kept if sellers else companies


# "for Google's TPUs", "into Nvidia's next Rubin GPUs": the owner of the chip the memory
# goes into, named as its possessor after a preposition of destination
_FOR_OWNER_EN = re.compile(r"\b(?:for|into|in|inside)\s$")
_RECIPIENT_EN = re.compile(r"\b(?:to|with)\s$")
_OWNED_EN = re.compile(r"['’]s\s(?:[\w-]+\s){0,2}$")


def _without_destination_owner(
    s: Sentence, companies: list[Mention], product: Entity
) -> list[Mention]:
    """The parties of an English memory deal without the maker of the chip the memory goes
    into, named only as its possessor ("The company also supplies HBM3E to Broadcom for
    Google's TPUs": the memory maker and Broadcom trade; Google owns the chip)."""
    if s.language != "en" or product.kind != "memory" or len(companies) < 2:
        return companies
    owners = set()
    for chip in s.of_kind(("chip", "system")):
        for m in companies:
            if (
                m.id == chip.entity.maker
                and m.end < chip.start <= m.end + 40
                and _OWNED_EN.search(s.text, m.end, chip.start)
                and _FOR_OWNER_EN.search(s.text, max(0, m.start - 8), m.start)
            ):
                owners.add(m.start)
    rest = [m for m in companies if m.start not in owners]
    # the owner stays the buyer unless another company is named as the recipient: "SK
    # hynix is in talks to supply HBM4 for Google's next TPU", "ships HBM3E for Google's
    # TPUs and for the Trainium chips of AWS" (two owners, each a buyer)
    recipient = any(_RECIPIENT_EN.search(s.text, max(0, m.start - 6), m.start) for m in rest)
    return rest if recipient else companies


def _sells_past_brand(s: Sentence, companies: list[Mention], product: Entity, clause: Span) -> bool:
    """Whether the one company besides the product's brand sells it, to no one named ("HPE는
    람다에 엔비디아 B200 서버 500대를 공급하기로 했다" with the buyer unknown): the brand is
    not its supplier."""
    if s.language != "ko" or product.maker is None or product.maker not in brands_only(s):
        return False
    rest = {m.id for m in companies if m.id != product.maker}
    if len(rest) != 1 or rest <= set(product.suppliers):
        # "브로드컴은 구글 TPU를 설계해 공급한다": a design partner sells the brand its own chip
        return False
    text = s.text[clause.start : clause.end]
    return bool(_SUPPLY_VERB_KO.search(text)) and not _RECEIVE_VERB_KO.search(text)


# what two companies do to each other: a deal between them ("삼성전자와 엔비디아가 공급 계약을
# 맺었다"), not a thing both do alike
_BETWEEN_KO = re.compile(r"계약|합의|협약|손잡|협력|제휴|파트너십|맺")
# a word of selling or making goods (what _seller_alone_ko and _co_sellers_ko look for)
_SELLS_KO = re.compile(r"출하|판매|공급|납품|양산")


def _co_sellers_ko(s: Sentence, companies: list[Mention]) -> bool:
    """Whether a Korean sentence's only two companies are one subject listed together that
    ship or sell ("슈퍼마이크로와 HPE가 이달 안에 GB300 시스템 출하를 시작할 것으로"): rivals
    doing the same, neither the other's customer."""
    named = [m for m in companies if not m.anaphoric]
    if s.language != "ko" or len({m.id for m in named}) != 2 or len(named) != 2:
        return False
    first, second = named
    if s.text[first.end : second.start].strip() not in ("와", "과", ",", "및", "·") or (
        s.particle(second) not in ("이", "가", "은", "는", "도")
    ):
        return False
    rest = s.text[second.end :]
    return bool(_SELLS_KO.search(rest)) and not _BETWEEN_KO.search(rest)


# a rental of capacity: "to rent B300 capacity in Abilene", "leases H200 capacity"
_RENTS_CAPACITY_EN = re.compile(
    r"\b(?:rent|rents|rented|renting|leas(?:e|es|ed|ing))\s(?:[\w-]+\s){0,3}?capacity\b"
    # "agreed to take half of the capacity under a contract to rent the GB300s": a share
    # of capacity taken, or a contract to rent, with no lessor named
    r"|\b(?:take|takes|took|taking)\s(?:[\w-]+\s){0,4}?(?:the|its|that)\scapacity\b"
    r"|\b(?:contract|agreement|deal)\sto\s(?:rent|lease)\s"
)


# a Korean rental of a product or of capacity built on it: "GB300을 빌려 쓴다", "…을 임차해",
# "컴퓨팅 용량을 …에 제공하고 있다" (the lessor's own words), "…를 빌려주는 계약"
RENTS_KO = re.compile(
    r"빌려|빌리|빌린|빌릴|임차|임대|대여|리스(?:해|하|한|할)"
    r"|(?:컴퓨팅|연산|GPU|클라우드)\s?(?:자원|용량|파워)(?:을|를)?\s(?:\S+\s){0,2}?제공"
)


def capacity_lessors(s: Sentence, clause: Span) -> set[str | None]:
    """The cloud the text is about (its release's issuer, else its lead company), when a
    clause rents capacity: the lessor no one names ("Oracle … signed a deal to rent B300
    capacity in the new hall" in Crusoe's release: Crusoe, not the chip's maker, who rents
    out no capacity; "MS는 이 계약에 따라 …의 GB300을 빌려 쓴다" in a story on a GPU cloud)."""
    if s.language == "ko":
        if not RENTS_KO.search(s.text, clause.start, clause.end):
            return set()
    elif not _RENTS_CAPACITY_EN.search(s.lowered, clause.start, clause.end):
        return set()
    about = s.focus.issuer or s.focus.salience.lead
    if s.language == "ko" and about is None:
        about = s.focus.get(OPENING, s.index, 10_000)  # the company a Korean story opens on
    return {about.id} if about is not None and is_cloud_company(s, about.id) else set()
