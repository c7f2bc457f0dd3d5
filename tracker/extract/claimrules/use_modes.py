"""How a company uses a product: on its own premises or in a cloud, and through which
provider (the ``mode`` and ``via`` qualifiers of adoptions), and when a supplier named in a
deal is only the brand of the product in use."""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.alternatives import blank_alternatives
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _COMPANY, _UNDER_WHICH_ANY, _same_family
from tracker.extract.claimrules.site_mode_ko import into_own_site_ko
from tracker.extract.entities import Mention
from tracker.extract.provider_own_ko import provider_own_cloud_ko
from tracker.extract.rentals import rental_partner
from tracker.extract.rentals_ko import rental_partner_ko
from tracker.extract.text import Span


def _is_cloud_name(s: Sentence, m: Mention) -> bool:
    """A company named as a cloud ("구글 클라우드", "Microsoft Azure", "AWS(...) 클라우드")."""
    if "클라우드" in m.text or "cloud" in m.text.lower() or m.text.lower() in ("azure", "애저"):
        return True
    tail = re.sub(r"^\s*\([^)]*\)", "", s.lowered[m.end : m.end + 24]).lstrip("'s ’")
    return tail.startswith(("cloud", "클라우드", "azure", "애저"))


_ON_PREM_EN = re.compile(
    r"\b(?:its|their|own)\b[^,.;]{0,24}\b(?:data ?cent(?:er|re)s?|campus(?:es)?)|on-?prem"
    # "on REBEL-Quad cards in our Pangyo centre": a centre of one's own
    r"|\b(?:in|at)\s(?:its|their|our)\s(?:[\w-]+\s){0,3}?cent(?:er|re)s?\b"
    # "add AMD's MI355X to the fleet": one's own fleet
    r"|\bto\s(?:its|their|our|the)\s(?:[\w-]+\s){0,2}?fleet\b"
    # "putting MI450 accelerators into a later phase in Loughton": into a stage of a build
    r"|\b(?:put|puts|putting|install\w*|bring\w*|brought)\s(?:[\w'’-]+\s){0,4}?"
    r"(?:into|in)\s(?:a|the|its|their|our)\s(?:[\w-]+\s){0,2}?(?:phase|halls?|buildings?)\b",
    re.I,
)
# "will offer MI450 chips in its cloud", "We will offer Vera Rubin in our own regions": a
# cloud's own data centers ("our" is the subject's only when "we" speaks: "Apple trained its
# models on TPUs in our cloud", said by Google, is Apple's use of Google's cloud)
_OWN_CLOUD = re.compile(
    r"\b(?:in|across|for|into|inside)\s(?P<whose>its|their|our)\s(?:own\s)?(?:[\w-]+\s)?"
    r"(?:cloud|regions)\b"
)
_WE = re.compile(r"\bwe\b")


# "its cloud still relies on Nvidia's H20", "their cloud runs MI300X": the cloud that runs
# the product is the subject's own
_OWN_CLOUD_RUNS = re.compile(
    r"\b(?:its|their)\s(?:own\s)?cloud\s(?:\w+\s)?(?:relies|runs|uses|depends|hosts|serves)\b"
)


def _own_cloud(text: str) -> bool:
    """Whether a lower-cased clause puts the product in its subject's own cloud."""
    if _OWN_CLOUD_RUNS.search(text):
        return True
    own = _OWN_CLOUD.search(text)
    return own is not None and (
        own.group("whose") != "our" or _WE.search(text, 0, own.start()) is not None
    )


# a cloud offering a product to its customers (GUIDE: it adopts it, on its own premises):
# "MI300X 가상머신도 제공한다", "GB200 기반 클러스터를 고객에게 제공하고 있다", "H200 인스턴스를
# 고객들에게 빌려준다"; not what is offered to the adopter ("…가 제공하는 인스턴스를 빌려")
_OFFERED_KO = re.compile(
    r"(?:(?:인스턴스|가상\s?머신|vm|클러스터|서버)(?:를|을|도)|(?:고객|고객사|고객들|기업들?)(?:에게|에))"
    r"\s(?:\S+\s){0,2}?(?:제공(?:한다|하고|해|하며|할|하기|합니다|\s중)|빌려\s?주(?:고|며|기|는\s계약)?"
    r"|빌려\s?준다|빌려\s?줄|임대(?:한다|하고|해|하며|할))"
)
# a chipmaker's product put to work in the adopter's own service: "검색과 상담 챗봇 추론에 쓰고
# 있습니다", "자체 AI 에이전트 '에이닷'의 일부 추론 작업에 … 적용할 계획이다"
_SERVICE_USE_KO = re.compile(
    r"(?:추론|서비스|챗봇|상담봇|에이전트|기능|검색)\S{0,4}\s(?:[^\s,.]+\s){0,7}?"
    r"(?:쓰고|쓴다|쓸\s|써\s?(?:왔|온)|사용(?:하|해|할|한|\s중)|적용(?:하|해|할|한)|활용(?:하|해|할|한)"
    r"|돌리|돌려|돌립|투입(?:하|해|할|한)|넣어|넣었|넣고"
    # "상담 챗봇을 이 NPU로 처리한다", "…추론을 H100으로 구동한다", "구독 서비스를 하고 있다"
    r"|(?:처리|구동)(?:하|해|할|한|합)|하고\s있|해\s?왔)"
)
# weighing it, or having it from a cloud, is no use in one's own house
_NOT_OWN_USE_KO = re.compile(
    r"검토|저울질|논의|방안|협의|시험|테스트|통해|빌려|빌리|임차|클라우드|인스턴스"
)
# a product put to work in a service or a site ("…의 학습 작업에 투입했다"); one had from
# another's cloud is rented, not in its own house (a cloud arm's own name, "네이버클라우드는",
# is no rental)
_PUT_TO_WORK_KO = re.compile(r"에\s(?:본격\s|우선\s|바로\s)?투입(?:하|한|할|해|했|\s중|된|될|되)")
_NOT_PUT_KO = re.compile(r"빌려|빌리|빌린|임차|인스턴스|가상\s?머신|통해|검토|저울질|논의|방안")
# Cues of bringing servers or racks in: weak, they give way to a provider named in the
# clause ("AWS 데이터센터에 있는 트레이니움2 서버를 들여")
_WEAK_ON_PREM_KO = frozenset(
    {"랙 도입", "랙을 도입", "서버 도입", "서버를 도입", "랙을 들여", "서버를 들여"}
)
# ... counted: "B200 서버 250대를 들여왔다", "랙 16개를 도입" (as weak: a provider named wins)
_COUNTED_MACHINES_IN_KO = re.compile(
    r"(?:서버|랙)\s(?:약\s|총\s)?[\d,.]+\s?(?:만\s?)?(?:대|개|세트)(?:를|을)?\s(?:들여|도입)"
)
# another company as the product's keeper: "구글 클라우드의 TPU", "코어위브가 운영하는
# H100", "오라클 클라우드에 있는 GB200", "AWS 데이터센터에 있는", "코어위브를 통해"
_KEEPER_KO = re.compile(
    r"\s?(?:클라우드|데이터센터|데이터\s센터)(?:의|에\s있는|에서|를\s통해|을\s통해)?(?=\s)"
    r"|(?:가|이)\s운영하는\s|(?:를|을)\s(?:통해|거쳐)\s"
)


def _other_provider_ko(s: Sentence, span: Span) -> bool:
    """Whether a company other than the clause's topic keeps or provides the product
    (review 12 F8, F16): then neither "…에 투입" nor a server brought in is on-prem."""
    return any(
        s.particle(m) not in ("은", "는")
        and (_KEEPER_KO.match(s.text, m.end) is not None or _is_cloud_name(s, m))
        for m in s.of_kind(_COMPANY, span)
    )


# makers whose chips are had mostly as a cloud's service: their use alone names no place
_CLOUD_MAKERS = frozenset({"aws", "amazon", "google", "microsoft", "alibaba", "baidu"})


def _own_service_use_ko(s: Sentence, span: Span, text: str) -> bool:
    """A Korean clause putting a chipmaker's product to work in the adopter's own service,
    with no cloud and no weighing: its own premises (dev gold: ko-g11, ko-k13, ko-n04)."""
    if not _SERVICE_USE_KO.search(text) or _NOT_OWN_USE_KO.search(text):
        return False
    if _other_provider_ko(s, span):
        return False  # "챗GPT 추론을 애저의 GB200으로 처리": the provider's house
    products = s.of_kind(("chip", "system"), span)
    return bool(products) and all(p.entity.maker not in _CLOUD_MAKERS for p in products)


# "into Prometheus", "inside the Hyperion campus", "in its Prometheus cluster"
_INTO = re.compile(r"\b(?:into|inside|(?:in|at)\s(?:its|their|our)(?:\sown)?)\s(?:the\s)?$")


def _into_own_site(s: Sentence, span: Span) -> bool:
    """Whether the products go into a cluster of a company the sentence names or whose own
    text it is ("we intend to bring Vera Rubin systems into Prometheus", Meta's blog)."""
    companies = {m.id for m in s.of_kind(_COMPANY)}
    if s.focus.issuer is not None:
        companies.add(s.focus.issuer.id)
    return any(
        m.entity.owner in companies and _INTO.search(s.lowered, max(0, m.start - 12), m.start)
        for m in s.of_kind(("cluster", "facility"), span)
    )


_THERE = re.compile(r"\bthere\b")
_ITS_PLACE = re.compile(
    r"\b(?:at|in)\s(?:its|their|our)\s(?:[\w-]+\s){0,3}?"
    r"(?:campus|site|data\s?cent(?:er|re)s?|facility|facilities|halls?)\b"
)
_RENTED_FROM_EN = re.compile(
    r"\b(?:rent|rents|renting|rented|leas(?:e|es|ed|ing))\b[^.;]{0,60}?\bfrom\s(?!its\b|their\b)"
)
_VIA_EN = re.compile(r"\b(?:through|via|on|from)\s$", re.I)
# what is had "from" a provider is used there only when it is rented (capacity, a lease)
_RENTED = re.compile(r"\b(?:rent\w*|leas\w+|capacity|instances?|cloud)\b")
_VIA_KO = re.compile(
    # (closing quotes or brackets may stand between; a colon or a comma may not: "오픈AI: 구글
    # 클라우드 통해 …" names the provider after the colon, not OpenAI)
    r"^[\s'\"’”」』)\]]*(?:\([^)]*\))?\s*(?:[가-힣A-Za-z]+\s)?(?:클라우드)?\s*(?:를|을)?\s*(?:통해|에서|로)"
    r"|^\s?(?:의\s)?데이터\s?센터(?:에|에서)"  # "AWS 데이터센터에 설치된 GB200을 빌려"
    r"|^의\s\S+\s(?:\S+\s)?(?:인스턴스|가상\s?머신|VM)"  # "AWS의 트레이니움2 인스턴스를"
    # the operator of the site where it is used: "오라클이 운영하는 애빌린 캠퍼스에서"
    r"|^(?:이|가)\s(?:운영하는|운영 중인)\s(?:[^\s,]+\s){0,2}?[^\s,]+에서(?=\s)"
)

# what is bought from a company (사들이다, 구매, 구입, 사 오다), or delivered by it ("퓨리오사AI
# 로부터 … 2000장을 공급받아"), is had from a seller, unless the sentence rents it (빌려,
# 임차, 대여, 클라우드, 용량)
_BOUGHT_KO = re.compile(
    r"[^,.;]{0,40}?(?:사들[이인일여였]|구매|구입|사\s?오|사\s?와|사\s?올|사서\s|매입"
    r"|공급받|납품받|인도받)"
)
_RENTED_KO = re.compile(r"빌려|빌리|빌린|임차|대여|렌탈|클라우드|용량")


# a company described as a cloud ("the earliest cloud provider with …", "a GPU cloud"): a
# kind of company, no cloud use (lower-cased text)
_CLOUD_KIND = re.compile(
    r"\b(?:gpu\s|ai\s|neo)?cloud\s(?:providers?|compan(?:y|ies)|giants?|operators?|firms?"
    r"|rivals?|vendors?|start-?ups?|units?|arms?|business(?:es)?|divisions?)\b"
)


_OWN_AND_PARTNER_KO = re.compile(r"(?:자체|자사)\s?(?:및|과|와|·|,)\s?(?:파트너|협력사|제3자)")


def _mode(s: Sentence, span: Span) -> dict[str, str]:
    text = s.lowered[span.start : span.end]
    lang = s.language
    if lang == "en":
        text = blank_alternatives(text)  # "rather than renting them": no cloud use
        # "the earliest cloud provider with GB300 racks": what the user is, not how it uses it
        text = _CLOUD_KIND.sub(lambda m: " " * len(m.group()), text)
    if lang == "en" and (site_owner := _named_site_owner(s, span)) is not None:
        return {"mode": "cloud", "via": site_owner}  # "on WSE-3 systems in Cerebras's data centers"
    provider = provider_own_cloud_ko(s, span)
    if provider is not None:
        # "구글이 자사 클라우드로 제공하는 TPU를 빌려": the provider's own cloud, no on-prem cue
        cut = Span(provider[1].start - span.start, provider[1].end - span.start)
        text = text[: cut.start] + " " * (cut.end - cut.start) + text[cut.end :]
    on_prem_cues = s.vocabulary.cue_list("mode", f"on_prem_{lang}")
    provided = lang == "ko" and _other_provider_ko(s, span)
    if provided:
        # "코어위브를 통해 GB300 서버 도입을 검토": servers brought in through a named cloud
        # are its, so the weak cues of bringing in give way (review 12 F16)
        on_prem_cues = tuple(c for c in on_prem_cues if c not in _WEAK_ON_PREM_KO)
    on_prem = _has_any_cue(text, tuple(on_prem_cues), lang) or (
        lang == "ko" and not provided and _COUNTED_MACHINES_IN_KO.search(text) is not None
    )
    if lang == "en" and (_ON_PREM_EN.search(text) or _own_cloud(text)):
        on_prem = True
    if lang == "en" and _THERE.search(text) and _ITS_PLACE.search(s.lowered, 0, span.start):
        on_prem = True  # "… at its campus near Paris and will add Rubin systems there"
    if lang == "en" and installed_by_buyer(s, span):
        on_prem = True  # "… for Vera Rubin systems, which we plan to bring online from …"
    if lang == "en" and _BROUGHT_ONLINE_EN.search(text):
        on_prem = True  # "CoreWeave plans to bring its first Vera Rubin systems online"
    if lang == "en" and _into_own_site(s, span):
        on_prem = True  # "we intend to bring Nvidia's Vera Rubin systems into Prometheus"
    if on_prem and lang == "en" and _RENTED_FROM_EN.search(text):
        # "rents GB300 capacity from Nebius in its Finnish data center": the provider's
        # data center, a cloud use
        on_prem = False
    if lang == "ko" and _OFFERED_KO.search(text):
        on_prem = True  # "애저는 MI300X 가상머신도 제공한다": the cloud's own data centers
    if (
        lang == "ko"
        and not provided
        and _PUT_TO_WORK_KO.search(text)
        and not _NOT_PUT_KO.search(text)
    ):
        on_prem = True  # "이 칩을 추론 서비스에 투입할": put to work in its own house
    if lang == "ko" and not on_prem and _own_service_use_ko(s, span, text):
        on_prem = True  # "리벨-쿼드를 … 상담 챗봇 추론에 쓰고 있습니다": in its own service
    if lang == "ko" and not on_prem and not provided and into_own_site_ko(s, span, text):
        on_prem = True  # "MI450을 판교 데이터센터에 들이는 방안": into a site of its own
    if on_prem and lang == "ko" and _OWN_AND_PARTNER_KO.search(text):
        # "자체 및 파트너 데이터센터에 배치": its own sites and others', no one mode (the dev
        # gold, ko-o09)
        return {}
    if on_prem:
        return {"mode": "on-prem"}
    via = sorted(
        (
            m
            for m in s.of_kind(_COMPANY, span)
            # a cloud's name is the way in even as a possessive ("구글 클라우드의 TPU로")
            if _is_cloud_name(s, m)
            or (provider is not None and m is provider[0])
            or (_is_via(s, m) and not _possessive(s, m))
            or _fleet_owner(s, m)
            or _cloud_brand(s, m)
        ),
        key=lambda m: (not _is_cloud_name(s, m), m.start),
    )
    cloud = _has_any_cue(text, s.vocabulary.cue_list("mode", f"cloud_{lang}"), lang)
    if cloud or via:
        qualifiers = {"mode": "cloud"}
        if via:
            qualifiers["via"] = via[0].id
        return qualifiers
    return {}


# a site named by its owner after a preposition: "in Cerebras's own data centers", "in
# Oracle data centres", "inside Google's cloud" (the owner's name ends right before)
_NAMED_SITE = re.compile(
    r"(?:['’]s?)?\s(?:own\s)?(?:[\w-]+\s)?(?:data\s?cent(?:er|re)s?|datacenters?|cloud)\b", re.I
)
_SITE_PREPOSITION = re.compile(r"\b(?:in|at|inside|from|within)\s(?:the\s)?$", re.I)


def _named_site_owner(s: Sentence, span: Span) -> str | None:
    """The company whose data centers or cloud a clause puts the product in, named there
    ("runs on WSE-3 systems in Cerebras's own data centers"): the way in, as a cloud
    (the adopter's own name there makes it its own premises, own_cloud_mode)."""
    if (
        "data" not in s.lowered[span.start : span.end]
        and "cloud" not in s.lowered[span.start : span.end]
    ):
        return None
    for m in s.of_kind(_COMPANY, span):
        if _NAMED_SITE.match(s.text, m.end) and _SITE_PREPOSITION.search(
            s.text, max(0, m.start - 12), m.start
        ):
            return m.id
    return None


def _has_any_cue(text: str, cues: tuple[str, ...], language: str) -> bool:
    """Whether any of ``cues`` is in the text as :func:`_has_cue` finds it: one compiled
    pattern per cue list instead of a search per cue."""
    pattern = _cue_pattern(cues, language)
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...], language: str) -> re.Pattern[str] | None:
    if not cues:
        return None
    body = "|".join(re.escape(cue.lower()) for cue in cues)
    if language == "ko":
        return re.compile(body)
    # no letter or digit (str.isalnum: \w without the underscore) on either side
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")


def _has_cue(text: str, cue: str, language: str) -> bool:
    """A cue inside lower-cased text; English cues are whole words ("rent" is not in
    "Inferentia")."""
    cue = cue.lower()
    if language == "ko":
        return cue in text
    at = text.find(cue)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(cue)] if at + len(cue) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = text.find(cue, at + 1)
    return False


def _brand_only_use(s: Sentence, clause: Span, supplier: str, products: list[Mention]) -> bool:
    """An English clause about using a product where it runs (a cloud provider's data
    centers, one's own) whose "supplier" is only the product's brand ("Nvidia GB200",
    "Google's TPUs"): an adoption, whatever deal it sits under (GUIDE: adopts)."""
    if s.language != "en" or not _mode(s, clause):
        return False
    if _UNDER_WHICH_ANY.search(s.text, clause.start, clause.end) and s.has_trigger(
        "adopts", clause
    ):
        return True  # "an agreement with Oracle, under which Apple will run on GB200s in …"
    named = [m for m in s.of_kind(_COMPANY, clause) if m.id == supplier]
    starts = {m.start for m in products}
    return bool(named) and all(
        any(m.end <= p <= m.end + 3 for p in starts)
        and _BRAND_GAP.fullmatch(
            s.text[m.end : min((p for p in starts if p >= m.end), default=m.end)]
        )
        for m in named
    )


_BRAND_GAP = re.compile(r"(?:['’]s)?\s?")


# a provider's own cloud or data center as the way in: "AWS의 클라우드에서", "오라클의 클라우드를
# 통해", "구글의 데이터센터에서" (a possessive that is no brand of the product)
_OWN_CLOUD_KO = re.compile(
    r"의\s(?:클라우드\s?(?:(?:를|을)\s?통해|에서)|데이터\s?센터에서"
    r"|\S+\s(?:\S+\s)?(?:인스턴스|가상\s?머신|VM))"  # "AWS의 트레이니움2 인스턴스를"
)


def _possessive(s: Sentence, m: Mention) -> bool:
    if s.language == "ko" and _OWN_CLOUD_KO.match(s.text, m.end):
        return False
    return s.text.startswith(("'s", "’s"), m.end) or s.particle(m) == "의"


def _is_via(s: Sentence, m: Mention) -> bool:
    """A provider named as the way in: "through AWS", "on Google Cloud", "AWS를 통해"."""
    if s.language == "ko":
        via_ko = _VIA_KO.match(s.text[m.end : m.end + 24])
        if via_ko is not None and _BOUGHT_KO.match(s.lowered, m.end + via_ko.end()):
            # "브로드컴에서 직접 사들이는": bought from a seller, no way in (as "buys … from")
            return _RENTED_KO.search(s.lowered) is not None
        # "AWS와 … 클라우드 계약을 맺고 … 빌려 쓰기로": the partner of the pact it rents under
        return via_ko is not None or rental_partner_ko(s, m)
    via = _VIA_EN.search(s.lowered[max(0, m.start - 9) : m.start])
    if via is not None and via.group().startswith("from") and not _RENTED.search(s.lowered):
        return False  # "buys H100 chips from Nvidia": a purchase from a seller, no way in
    if via is not None:
        # "on Nvidia GB200 chips": a brand before its product is not the way in
        return _is_cloud_name(s, m) or not any(
            p.kind in ("chip", "system") and m.end <= p.start <= m.end + 3 for p in s.mentions
        )
    if rental_partner(s.lowered, m.start, m.end):
        return True  # "has held talks with Amazon Web Services about renting Trainium"
    # "in AWS Regions", "in Amazon Web Services data centers", "in Google Cloud"
    return s.lowered[max(0, m.start - 3) : m.start] == "in " and bool(
        _VIA_PLACE_EN.match(s.lowered, m.end)
    )


def _fleet_owner(s: Sentence, m: Mention) -> bool:
    """A company whose fleet of another maker's product is used ("runs on CoreWeave's GB200
    clusters", "rents Nebius's GB300 fleet"): the provider it is used through, not a brand."""
    if s.language == "ko":
        return _rented_fleet_owner_ko(s, m)
    if not s.text.startswith(("'s ", "’s "), m.end):
        return False
    product = next(
        (p for p in s.mentions if p.kind in ("chip", "system") and p.start == m.end + 3), None
    )
    maker = product.entity.maker if product is not None else None
    return maker is not None and not _same_family(s, maker, m.id)  # "Amazon's Trainium": a brand


# renting in so many words ("빌려 쓴다", "임차해", "대여받아"), not a cloud's name alone
_RENTS_KO = re.compile(r"빌려|빌리|빌린|빌릴|임차|대여|렌탈")
# companies that sell racks, not rent them out: "델의 GB300 랙을 빌려" names a brand
_RACK_MAKERS = frozenset({"dell", "hpe", "supermicro", "quanta", "foxconn"})


def _rented_fleet_owner_ko(s: Sentence, m: Mention) -> bool:
    """A Korean possessor of the product a clause rents ("코어위브의 GB300을 빌려 쓴다",
    "오라클의 GB200 클러스터를 임차해"): the lessor it is used through, unless it is the
    product's own maker or family ("엔비디아의 H100": a brand) or sells racks."""
    if s.particle(m) != "의" or m.id in _RACK_MAKERS or not _RENTS_KO.search(s.text):
        return False
    product = next(
        (p for p in s.mentions if p.kind in ("chip", "system") and m.end < p.start <= m.end + 3),
        None,
    )
    maker = product.entity.maker if product is not None else None
    return maker is not None and not _same_family(s, maker, m.id)


def _cloud_brand(s: Sentence, m: Mention) -> bool:
    """A cloud arm named as the brand of its own chip ("has agreed to use AWS Trainium and
    Inferentia chips"): the chips are had through that cloud. Not the parent's name
    ("Amazon's Trainium", "Google's TPUs": bought outright as often as rented)."""
    if s.language != "en" or not (m.id == "aws" or _is_cloud_name(s, m)):
        return False
    product = next(
        (p for p in s.mentions if p.kind in ("chip", "system") and m.end < p.start <= m.end + 3),
        None,
    )
    return product is not None and _same_family(s, str(product.entity.maker), m.id)


_VIA_PLACE_EN = re.compile(r"\s(?:regions?|data ?cent(?:er|re)s?|cloud)\b")


def bought_to_add(s: Sentence, clause: Span, trig: int) -> bool:
    """ "plans to add GB300 racks from Supermicro": what one adds from a named maker is
    bought (a supply deal), not yet an adoption; "will add Rubin systems there" is one."""
    if s.language != "en" or not s.lowered.startswith(("add ", "adds "), trig):
        return False
    return any(
        s.lowered[max(0, m.start - 5) : m.start] == "from "
        for m in s.of_kind(_COMPANY, Span(trig, clause.end))
    )


# the user switching the product on itself: "plans to bring its first Vera Rubin systems
# online", "switched on its GB300 racks" (lower-cased text)
_BROUGHT_ONLINE_EN = re.compile(
    r"\b(?:bring|brings|brought|bringing)\s(?:its|their|our|the|a|an|\d[\d,]*)\s"
    r"(?:[\w-]+\s){0,5}?online\b|\bswitch(?:es|ed|ing)?\son\s(?:its|their|our)\s"
    # "plans to add GB300 systems to that platform": into a system of its own
    r"|\badd(?:s|ed|ing)?\s(?:[\w-]+\s){0,4}?to\s(?:its|their|our|that|this|those|these)\s"
    r"(?:own\s)?(?:platform|cluster|fleet|supercomputer|data\scent(?:er|re)s?|campus|facilit(?:y|ies))\b"
    # "the capacity we bring online in 2026": what the speaker itself switches on
    r"|\b(?:we|it|they)\s(?:will\s|plan\sto\s|expect\sto\s)?(?:bring|brings|brought)\sonline\b"
)


# what a buyer says it will do with the product it ordered: "an agreement with Nvidia for our
# first Vera Rubin systems, which we plan to bring online from the second quarter of 2027",
# "an order for Rubin systems that it expects to start installing in 2027"
_INSTALLED_AFTER = re.compile(
    r"(?:\s(?:systems?|racks?|gpus?|chips?|accelerators?|servers?|nodes?))?,?\s(?:which|that)\s"
    r"(?:we|it|they)\s(?:(?:plans?|expects?|intends?|aims?|hopes?)\sto|will|would|are\sto|is\sto)"
    r"\s(?:(?:start|begin)\s(?:to\s)?)?(?:bring|install|deploy|put|switch|turn|roll|add)\w*\b",
    re.IGNORECASE,
)


def installed_by_buyer(s: Sentence, span: Span) -> bool:
    """Whether a chip in the span is followed by a relative clause in which its buyer
    says it will install or bring it online: a use of its own, beside the deal."""
    return s.language == "en" and any(
        _INSTALLED_AFTER.match(s.text, m.end) for m in s.of_kind(("chip", "system"), span)
    )
