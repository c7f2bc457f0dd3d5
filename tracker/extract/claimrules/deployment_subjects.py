"""Whose fleet a counted chip is (the deployed_chips rule's subject): the cluster or site the
count is at, the company that runs it, or the one the sentence is about, with the checks that
keep a chip's maker, a seller or a compared site from being taken for the owner. Moved out of
deployments.py (a pure move, session 12) to keep that module readable."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _COMPANY,
    _subject_company,
    chip_makers,
)
from tracker.extract.claimrules.fleet_counts_ko import (
    held_ko,
)
from tracker.extract.compared_sites import compared_site, included_site
from tracker.extract.entities import Mention
from tracker.extract.passive_counts_en import passive_owner_en
from tracker.extract.site_owner_ko import place_owner_ko
from tracker.extract.site_subject_en import site_owner_en
from tracker.extract.tallied_owner_en import tallied_owner_en
from tracker.extract.topic_fleet import topic_opening_ko
from tracker.extract.vocabulary import Entity

_FILL_IT = re.compile(
    r"\b(?:fill|equip|stock|populate|pack|outfit|load)(?:s|ed|ing)?\s(?:it|the site|the campus)\s"
    r"with\b|(?:이곳|그곳|이 곳)(?:에|을|를)",
    re.IGNORECASE,
)
# sold, shipped or made, not installed: a count told of these is no fleet
NOT_DEPLOYED = re.compile(
    r"\bshipments?\b|\bship(?:s|ped|ping)?\b|\bsales\b|\bsells?\b|\bsold\b|\bproduc\w+|"
    r"\bmanufactur\w+|출하|판매|생산|양산",
    re.I,
)


# the chip's maker as the one who sells, ships or allots the chips ("that Nvidia will
# supply to", "AMD has said it would ship", "Nvidia is allocating"): a seller, no fleet
_MAKER_SELLS_EN = re.compile(
    r"(?:['’]s)?\s(?:(?:has|have|had|is|are|was|were|will|would|said|says|plans|agreed|it|to"
    r"|also|already|now|set|expected)\s){0,5}?(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold"
    r"|ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|allot(?:s|ted|ting)?)\b",
    re.I,
)


def _maker_selling(s: Sentence, company: Mention | None, maker: str | None) -> bool:
    """Whether the company is the chip's maker told as selling or allotting the chips."""
    return (
        s.language == "en"
        and company is not None
        and company.id == maker
        and _MAKER_SELLS_EN.match(s.text, company.end) is not None
    )


# a statement told of the place by a company: "…된다고 밝혔다", "…들어간다고 설명했다"
_SPEAKER_KO = re.compile(r"(?:다|라)고\s(?:밝혔|설명했|말했|전했|강조했|소개했)")


def _only_the_maker(s: Sentence, pos: int, maker: str | None) -> bool:
    """Whether the only company that could fill the place is the chip's maker."""
    return (
        maker is not None
        and _subject_company(s, pos, (maker,)) is None
        and (found := _subject_company(s, pos)) is not None
        and found.id == maker
    )


def deployment_subject(s: Sentence, pos: int, maker: str | None) -> tuple[str | None, float]:
    # "1.3 million GPUs, more than xAI's 200,000 at Colossus": a site compared, not the count's
    clusters = [
        m
        for m in s.of_kind(("cluster", "facility"))
        if not compared_site(s.text, s.language, pos, m) and not included_site(s.text, m)
    ]
    # "1.4 million Trainium chips in total …, helped by Project Rainier": a whole fleet, and
    # a site named after it is no place of the count
    wide = s.language == "en" and _FLEET_WIDE.match(s.text, pos, min(len(s.text), pos + 90))
    if wide:
        clusters = [m for m in clusters if m.start < pos]
    if clusters and _fleet_clause(s, pos):
        # "AWS가 운영하는 트레이니움2는 백만 개가 넘으며, 이 가운데 … 레이니어에", "Microsoft said
        # it had deployed 100,000 GB300s across its regions, and that its Fairwater site …"
        clusters = []
    if clusters:
        before = [m for m in clusters if m.start <= pos]
        return (before[-1] if before else clusters[0]).id, 0.85
    if s.sequel or _public_agent_ko(s, pos):
        # "'콜로서스 2'에 … 55만 개를 설치할 계획": a site with no id of its own; "정부는 …
        # 공공 부문 GPU 5만 장 확보를 목표로 함": a government's count, no company's
        return None, 0.0
    if _FILL_IT.search(s.text[:pos]):
        # "plans to fill it with 450,000 GB200s": the site in focus, never the company
        site = s.focus.get("cluster", s.index, 3)
        if site is not None:
            return site.id, 0.7
        if s.language != "ko":
            return None, 0.0
        # "람다랩스는 이곳에 H100 1024장을 이미 설치했으며": with no named site in focus, the
        # topic company that fills the place holds the fleet (below); with none, the site
        # "네이버는 춘천에 데이터센터를 운영한다. 이곳에서는 H100 2만 개가 돌아간다": a site
        # with no name of its own is the topic company's, whose fleet it holds
        if _SPEAKER_KO.search(s.text, pos) or _only_the_maker(s, pos, maker):
            # "엔비디아는 이곳에 GB200 6만 4000개가 설치된다고 밝혔다": the chip's maker, or
            # a company that only tells of the place, holds no fleet there (review 12 F4)
            return None, 0.0
    exclude = (maker,) if maker else ()
    company = _subject_company(s, pos, exclude) or _subject_company(s, pos)
    if s.language == "ko" and (company is None or company.id == maker or _possessor(s, company)):
        # "리벨리온의 칩 리벨 1,000장이 KT 목동 데이터센터에 구축될": the site's owner, not the
        # chip's maker nor a possessor, holds the fleet
        company = _site_owner_ko(s, maker) or company
    if s.language == "ko" and company is not None and _seller_ko(s, company, maker):
        # "LG유플러스는 엔비디아로부터 B200 1천 개를 구매했다", "정부와 민간이 엔비디아로부터
        # 들여오기로 한 GPU 26만 장", "엔비디아가 약속한 GPU": the seller, no fleet
        return None, 0.0
    # "클러스터는 AMD 인스팅트 MI355X 512장으로": the maker's name on its chip, no subject
    company = None if (brand := s.language == "ko" and _brand_only(s, maker)) else company
    at = [
        m
        for m in s.of_kind(_COMPANY)
        if 0 < m.start - pos <= 60 and _AT_COMPANY.search(s.lowered[max(0, m.start - 4) : m.start])
    ]
    if (
        company is not None
        and company.start > pos
        and NOT_DEPLOYED.search(s.text, pos, company.start)
    ):
        return None, 0.0  # "H100 35만 개를 판매한 엔비디아는": a seller, nothing installed
    if company is None and at:
        # "200k Trainium3 units installed at AWS": the company's fleet, not the site in
        # focus (a site of its own would be named: "installed at Project Rainier")
        company, speaker_at = at[0], True
    else:
        speaker_at = False
    if company is None and s.figure_label(pos):
        # "350,000 - H100 GPUs in Meta's fleet": a figure heading its line is the owner's
        # named after it
        company = next((m for m in s.of_kind(_COMPANY) if m.start > pos), None)
    focus = s.focus.get("cluster", s.index, 3)
    issuer = s.focus.issuer
    if (
        (company is None or (company.id == maker and _own_item_en(s)))
        and focus is None
        and issuer is not None
        and (s.language == "ko" or _own_item_en(s))
        and not _buyer_in_view(s, issuer, maker)
    ):
        # "호퍼 세대의 H100 약 4만 개도 … 처리하고 있습니다", "하반기에는 GB300 보유량을 10만
        # 개로 늘릴 계획" in a company's own letter, "• More than 12,000 NVIDIA GB300 GPUs now
        # in service at the Glomfjord campus" among a release's highlights: a zero subject is
        # the company (the chip's maker is only its brand); not a count of what one rack or
        # board holds ("랙 한 대에는 … CPU 36개가 들어간다")
        return (None, 0.0) if held_ko(s, pos) else (issuer.id, 0.6)
    if (
        company is None
        and focus is None
        and s.language == "ko"
        and (brand or not s.of_kind(_COMPANY))
    ):
        # "엔스케일은 … 배치할 계획이다. 현재 노르웨이 시설에서는 H200 약 8천 개가 가동되고
        # 있다": a sentence naming no company continues the topic of the one before
        # (or the owner of the site the story walks through: "네이버 데이터센터 '각 춘천'.
        # … 서버실에서는 H100 GPU 2만여 개가 돌아가고 있습니다")
        topic = s.focus.get("marked", s.index, 1) or place_owner_ko(s, pos)
        held = s.has_trigger("chips_per_system", s.clause_of(pos))
        # "H100 2만 4000개로 이뤄진 클러스터 두 개": the size of an unnamed cluster, no fleet
        # …; "업계 전체로는 H100 200만 개가": a market's count, no company's
        other = _UNNAMED_CLUSTER_KO.search(s.text, pos, pos + 30) or _MARKET_KO.search(s.text)
        if topic is not None and topic.id != maker and not held and other is None:
            return topic.id, 0.6
    speaker = speaker_at or (company is not None and company.text.lower() in ("we", "our", "us"))
    if company is not None and (
        _WHOLE_FLEET.search(s.text, company.end, min(pos, company.end + 12))
        or _YEAR_END_FLEET.search(s.text, company.end, pos)
    ):
        # "AWS 전체의 트레이니움3 배치 규모", "AWS's entire fleet", "Meta aims to end the year
        # with 1.3 million GPUs": all its sites, not one
        speaker = True
    if company is not None and s.language == "ko" and _own_chip(s, company):
        speaker = True  # "AWS의 트레이니움3는 …": the company's fleet, not the site in focus
    if company is not None and s.language == "ko" and topic_opening_ko(s, company, pos):
        speaker = True  # "메타는 올해 말까지 GPU를 130만 개 확보하겠다": its fleet, no site's
    if (company is None and _DEAL_SUBJECT.search(s.text, s.clause_of(pos).start, pos)) or (
        _maker_selling(s, company, maker)  # "GPUs that Nvidia has said it will supply to …"
    ):
        return None, 0.0  # "The deal covers up to 1 million TPUs": what was bought, no fleet
    if wide:
        # "1.4 million Trainium chips in total", "400,000 GPUs … across our own sites": the
        # whole fleet, never the site in focus; "we" with no name is the text's issuer
        speaker = True
        company = company or _issuer_mention(s, pos)
    if focus is not None and not speaker and (company is None or _runs(s, company.id, focus.owner)):
        return focus.id, 0.7
    if company is None and (
        owner := site_owner_en(s, pos, maker) or tallied_owner_en(s, pos, maker)
    ):
        # "… opened its campus. The first phase houses 21,000 GB300s.", "CoreWeave. Their
        # last update had them north of 250,000 GPUs"
        return owner.id, 0.6
    if company is None and (passive := passive_owner_en(s, pos, maker)) is not None:
        return passive, 0.6  # "1,024 cards have been installed, and KT plans …": no agent
    return (company.id, 0.8) if company is not None else (None, 0.0)


# a company's own site named as where chips are: "KT 목동 데이터센터에", "네이버 데이터센터에서"
_OWN_SITE_KO = re.compile(
    r"\s(?:[가-힣A-Za-z0-9]+\s)?(?:데이터\s?센터|캠퍼스|서버실|전산실)(?:에서는|에서|에는|에|으로|로)"
)


# the maker named as where the chips come from ("엔비디아로부터", "엔비디아에서 사들인",
# "엔비디아 파트너사를 통해"): it sells them, the fleet is a buyer's
_SOLD_BY_KO = re.compile(
    r"(?:로부터|으로부터|에서\s?(?:사|구매|구입|공급받|들여|받))"
    r"|(?:의)?\s?(?:공식\s)?(?:파트너사|파트너|협력사|총판|유통사|리셀러)"
)


# a chip maker told as the one that promised or agreed the chips: "엔비디아가 약속한 GPU
# 26만 장", "엔비디아와 합의한 GPU 5만 장"
_PROMISED_BY_KO = re.compile(r"(?:가|이)\s(?:공급을\s)?약속한|(?:와|과)\s(?:합의|계약)한")


# a public body as the subject: "정부는", "과기정통부가", "의원실은"
_PUBLIC_AGENT_KO = re.compile(
    r"(?:정부|당국|과기정통부|과학기술정보통신부|산업통상자원부|부처|의원실|의원|위원회|지자체)"
    r"(?:는|은|가|이|도)\s"
)


def _public_agent_ko(s: Sentence, pos: int) -> bool:
    """Whether a Korean count's clause makes a public body its subject before it and names
    no company there."""
    if s.language != "ko":
        return False
    clause = s.clause_of(pos)
    if _PUBLIC_AGENT_KO.search(s.text, clause.start, pos) is None:
        return False
    return not any(clause.start <= m.start < pos for m in s.of_kind(_COMPANY))


def _buyer_in_view(s: Sentence, issuer: Entity, maker: str | None) -> bool:
    """Whether the text's issuer makes the chip counted and the sentence before made a
    customer its topic ("카카오는 … 레니게이드 서버를 도입할 계획이다. 양사는 … 도입 규모를
    3,000장으로 늘리는 방안도 검토하기로 했다" in FuriosaAI's release): the chips are the
    customer's, not the maker's."""
    topic = s.focus.get("marked", s.index, 1)
    return issuer.id == maker and topic is not None and topic.id != maker


def _seller_ko(s: Sentence, company: Mention, maker: str | None) -> bool:
    """Whether the company found for a Korean count is where the chips come from ("…
    엔비디아로부터 들여오기로 한 GPU 26만 장", any company for unnamed GPUs) or the chips'
    maker that promised or agreed them ("엔비디아와 합의한 블랙웰 GPU 5만 장"), not their
    owner."""
    sold = _SOLD_BY_KO.match(s.text, company.end) is not None
    promised = _PROMISED_BY_KO.match(s.text, company.end) is not None
    if maker is not None:
        return company.id == maker and (sold or promised)
    if sold and not s.text.startswith("의", company.end):
        return True
    makers = chip_makers(s.vocabulary)
    return company.id in makers and promised


def _site_owner_ko(s: Sentence, maker: str | None) -> Mention | None:
    """The company whose own data center a Korean sentence puts the chips in."""
    owners = [m for m in s.of_kind(_COMPANY) if m.id != maker and _OWN_SITE_KO.match(s.text, m.end)]
    return owners[0] if owners else None


# between a maker's name and its chip: nothing, or the product line ("AMD 인스팅트 MI355X")
_BRAND_GAP_KO = re.compile(r"\s?(?:(?:인스팅트|Instinct|블랙웰|호퍼|Blackwell|Hopper)\s)?")


def _brand_only(s: Sentence, maker: str | None) -> bool:
    """Whether every company the Korean sentence names is the chip's maker written on the
    chip's name ("엔비디아 H200 1024장", "AMD 인스팅트 MI355X 512장"): a brand, no subject."""
    companies = s.of_kind(_COMPANY)
    chips = {m.start for m in s.of_kind(("chip",))}
    return bool(companies) and all(
        m.id == maker
        and not m.anaphoric
        and (gap := _BRAND_GAP_KO.match(s.text, m.end)) is not None
        and gap.end() in chips
        for m in companies
    )


def _possessor(s: Sentence, m: Mention) -> bool:
    return s.particle(m) == "의"


_UNNAMED_CLUSTER_KO = re.compile(r"클러스터|슈퍼컴퓨터|슈퍼팟")
# ("업계 최초로", "업계 최대" say how the company ranks, not whose count it is)
# ("회사 전체 GPU를", "자사 전체": the company's own whole fleet)
_MARKET_KO = re.compile(
    r"전\s?세계|업계(?!\s?(?:최초|최고|최대|처음|유일))|시장|국내"
    r"|(?<!회사\s)(?<!자사\s)(?<!당사\s)(?<!회사)(?<!자사)전체|全|합계|합쳐"
)


def _fleet_clause(s: Sentence, pos: int) -> bool:
    """A Korean count in a clause that names a company before it and no site: the
    company's fleet, even when a later clause of the sentence names one of its sites."""
    clause = s.clause_of(pos)
    if s.of_kind(("cluster", "facility"), clause):
        return False
    return any(m.start < pos for m in s.of_kind(_COMPANY, clause))


def owned(s: Sentence, chip: Mention | None) -> bool:
    """A Korean chip possessed by a company that did not make it ("메타의 H100은")."""
    if chip is None or s.language != "ko" or not chip.text:
        return False
    return any(
        m.id != chip.entity.maker and re.fullmatch(r"의\s?", s.text[m.end : chip.start])
        for m in s.of_kind(_COMPANY)
    )


def _own_chip(s: Sentence, company: Mention) -> bool:
    """A Korean possessive right on a chip name ("AWS의 트레이니움3")."""
    return any(re.fullmatch(r"의\s?", s.text[company.end : m.start]) for m in s.of_kind(("chip",)))


_DEAL_SUBJECT = re.compile(
    r"\b(?:the|this|that|its|their|our)\s(?:\w+\s)?(?:deal|agreement|contract|order|pact"
    r"|purchase|commitment)s?\s(?:covers?|includes?|calls?\sfor|is\sfor|was\sfor|spans?"
    r"|involves?|comprises?|provides?\sfor)\b"
    r"|(?:계약|주문|발주)(?:은|는|의\s규모는)\s",
    re.I,
)
_FLEET_WIDE = re.compile(
    r"(?:\d[\d,.]*)?[^,;]{0,40}?\b(?:in\stotal|across\s(?:all\s)?(?:of\s)?(?:its|our|their)\s(?:own\s)?"
    r"(?:sites|data\s?cent(?:er|re)s|regions|facilities|fleet|clouds?|campuses)"
    r"|fleet-wide|company-wide|worldwide|globally)\b"
)


def _issuer_mention(s: Sentence, pos: int) -> Mention | None:
    """The text's issuer as the subject "we" of a count ("We plan to have 400,000 GPUs …")."""
    issuer = s.focus.issuer
    if issuer is None or not re.search(r"\b(?:we|our)\b", s.text[:pos], re.I):
        return None
    return Mention(pos, pos, issuer, "", True)


# a company's count at a year's or a quarter's end: its whole fleet, the figure it reports
_YEAR_END_FLEET = re.compile(
    r"\b(?:end|exit|finish|close)(?:s|ed|ing)?\s(?:out\s)?(?:the\s)?(?:year|quarter|20\d\d)"
    r"\swith\s(?:[\"“]?[\w-]+\s){0,3}?[\"“]?$",
    re.I,
)
_WHOLE_FLEET = re.compile(r"전체|\s?(?:['’]s\s)?(?:entire|whole|total|overall|global)\b", re.I)
_AT_COMPANY = re.compile(r"\b(?:at|by)\s$")


def _own_item_en(s: Sentence) -> bool:
    """An English list item in a company's own text (a release's highlights) that tells a
    deployment in words of its own ("now in service", "to expand to"), not a line that only
    names a figure ("Experience at a site with more than 10,000 GPUs" in a job posting)."""
    return (
        s.language == "en" and s.is_item and s.tier == "company" and s.has_trigger("deployed_chips")
    )


def _runs(s: Sentence, company: str, owner: str | None) -> bool:
    """Whether ``company`` is the cluster's owner or the owner's parent (Amazon for AWS)."""
    if owner is None:
        return False
    entity = s.vocabulary.entity(owner)
    return company == owner or (entity is not None and entity.parent == company)
