"""A fallback supply deal read from the parties' kinds (English and Korean).

The supply rule emits a deal only for a construction it knows. Who supplies whom is mostly
decided by what the two companies are: a memory maker, a foundry or a packager supplies a
chip designer; a chip designer or a server maker supplies a cloud or a lab; a GPU cloud
supplies a hyperscaler's cloud; a cloud supplies a lab or an enterprise. So a sentence that
names exactly two such companies, one of which can only be the other's supplier, with a
deal word from a broad lexicon, and for which no rule found a supply deal, gives one:
roles from :data:`KINDS` and :data:`SELLS`, the product a product of the seller's (for a
foundry or packager the customer's chip, for a cloud a chip rented), else none (GUIDE),
and the modality and valid time the supply rule would give, at a lower confidence.

It refuses whenever the kinds do not settle the roles or the sentence is no deal: parties
that could sell to each other or neither (rivals, peers), not exactly two named parties (two
customers of one seller, a third company), the two joined as one subject ("Apple and
Nvidia"), a verb or "from X" that gives the other direction, a party compared or contrasted
("unlike X", "rather than", "달리"), a deal denied, cancelled or conditional (the modality's
negation, "if", "-면"), talks or tests (an adoption only, GUIDE), samples, wafers allotted,
shares and stakes, rentals told as a state, in-house use, tools; and a deal that names no
product unless it is a cloud's compute or a foundry's work (GUIDE).

Switched by :data:`KIND_DEALS`, off by default (see there why).
"""

from __future__ import annotations

import re
from itertools import pairwise

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _COMPANY,
    Candidate,
    _same_family,
    brands_only,
)
from tracker.extract.claimrules.supply import _deal_modality
from tracker.extract.entities import Mention

# Off: an experiment that did not carry. On dev it gained 6 deals and added 5 wrong ones;
# on session 13's blind holdout it added 2 supply deals, neither right (strict P of
# supply_deal 0.670 -> 0.656, recall unchanged). Kept, with its tests, for a next try.
KIND_DEALS = False  # the fallback on (True) or off (False)
CONFIDENCE = 0.6  # below the constructed rules' 0.85

# What each company is, for the deal roles (a company may be several things).
_KIND_LISTS: dict[str, tuple[str, ...]] = {
    "designer": (
        "nvidia", "amd", "intel", "broadcom", "marvell", "qualcomm", "cerebras", "groq",
        "furiosaai", "rebellions", "huawei",
    ),
    "memory": ("samsung", "sk-hynix", "micron"),
    "foundry": ("tsmc", "samsung", "intel"),
    "packager": ("tsmc", "samsung", "amkor"),
    "server": ("foxconn", "supermicro", "dell", "hpe", "quanta"),
    "gpu_cloud": (
        "coreweave", "nebius", "nscale", "lambda", "crusoe", "fluidstack", "together-ai",
        "cerebras",
    ),
    "hyperscaler": ("google", "aws", "amazon", "microsoft", "oracle", "alibaba", "naver"),
    # companies that design chips for their own use: a foundry's or memory maker's customers
    "own_chip": (
        "google", "aws", "amazon", "microsoft", "alibaba", "meta", "openai", "tesla", "apple",
        "baidu",
    ),
    # labs and other companies that buy chips, systems and compute
    "buyer": (
        "anthropic", "openai", "xai", "meta", "mistral", "deepseek", "bytedance", "tencent",
        "alibaba", "baidu", "naver", "kakao", "softbank", "sk-telecom", "kt", "tesla", "apple",
    ),
}  # fmt: skip
KINDS: dict[str, frozenset[str]] = {
    c: frozenset(k for k, members in _KIND_LISTS.items() if c in members)
    for c in {c for members in _KIND_LISTS.values() for c in members}
}
# (seller kind, customer kind): who may supply whom
SELLS: frozenset[tuple[str, str]] = frozenset(
    {
        *((m, c) for m in ("memory", "foundry", "packager") for c in ("designer", "own_chip")),
        *((s, c) for s in ("designer", "server") for c in ("hyperscaler", "gpu_cloud", "buyer")),
        ("gpu_cloud", "hyperscaler"),
        ("gpu_cloud", "buyer"),
        ("hyperscaler", "buyer"),
    }
)

_CUE_EN = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying|ier|iers)|vendors?|deals?|contract(?:s|ed)?|orders?|ordered"
    r"|agreements?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|sourc(?:ed|ing)|sources?\sfrom|to\ssource"
    r"|procur(?:e|es|ed|ing|ement)|win|wins|winning|won|secur(?:e|es|ed|ing)|tap(?:s|ped|ping)?"
    r"|pick(?:s|ed|ing)?|select(?:s|ed|ing)?|ship(?:s|ped|ping|ments?)?|deliver(?:s|ed|ing|y|ies)?"
    r"|book(?:s|ed|ing)?)\b"
    # a role said of a party: "Nvidia's biggest buyer", "as its HBM4 customer", "customer of"
    r"|(?:['’]s|\bas\s(?:its|a|an|the|their))\s(?:[\w-]+\s){0,3}?(?:customer|buyer|client)s?\b"
    r"|\b(?:customer|buyer|client)s?\sof\b"
)
_CUE_KO = re.compile(
    r"공급|계약|수주|납품|주문|구매|구입|채택|낙점|선정|조달|매입|(?<![가-힣])사들(?:이|였|인)|발주"
)
# comparison, rivalry, talks, tests, in-house use, tools, equity: the kinds settle no deal
_REFUSE_EN = re.compile(
    r"\b(?:unlike|rather\sthan|instead\sof|versus|vs\.?|compared\s(?:with|to)|great\sdeal"
    r"|rivals?|competitors?|compet(?:e|es|ing)|talks|negotiat\w*|weigh(?:s|ed|ing)?"
    r"|consider(?:s|ed|ing)?|discuss(?:es|ed|ing|ions?)?|evaluat\w*|explor\w*|test(?:s|ed|ing)?"
    r"|qualif\w*|trying|hopes?|in[\s-]house|homegrown|own\s(?:chips?|silicon|accelerators?)"
    r"|if|whether|tools?|equipment|scanners?|bonders?|stakes?|shares|stock|equity|invest\w*"
    r"|acqui\w*|warrants?|funding|merg\w*|rents?|rented|renting|leas(?:e|es|ed|ing)|odds"
    r"|partnership|partners|spoke|story|reported|samples?|wafers?|like|such\sas|including"
    r"|provided|unless|assuming|terminat\w*|expired?|outside|beyond|other\sthan|besides)\b"
    # a deal said not to exist: "signed no capacity deal with", "nothing signed"
    r"|\bno\s(?:[\w-]+\s){0,2}(?:deal|contract|agreement|order)s?\b|\bnothing\s(?:signed|agreed)"
    # a contractor chosen to build or run something: "picked … to build its data centers"
    r"|\b(?:pick|select|chose|tap)\w*\b[^,.;]{0,60}\bto\s(?:build|develop|construct|design|run)\b"
)
_REFUSE_KO = re.compile(
    r"달리|대신|보다|비해|비교|경쟁|라이벌|협상|논의|협의|검토|저울질|타진|테스트|검증|자체|장비"
    r"|본더|만약|여부|지분|주식|보통주|투자|인수|합병|워런트|자금|빌려|임대|렌탈|협력|파트너"
    r"|샘플|시제품|웨이퍼|해지|파기|(?:하|되|다|라|으)면[\s,]|등\s"
    r"|보도|기사|주가|급등|급락"
)
# what the rules found that makes the sentence something else than a deal
_OTHER = ("investment", "adopts", "deployed_chips", "trains_on")
# the verb's direction: a buyer's verb has the customer as its subject, a seller's the supplier
_BUYS_EN = re.compile(r"buy|bought|purchas|procur|sourc|order|book")
_SELLS_EN = re.compile(r"suppl(?:y|ies|ied|ying)\b|ship|deliver")
_BUYS_KO = re.compile(r"구매|구입|사들|매입|조달|주문|발주")
_SELLS_KO = re.compile(r"(?:공급|납품|수주)(?!받)")
_SUBJECT_KO = ("은", "는", "이", "가")
# "Apple and Nvidia", "오픈AI·AMD": two parties joined as one
_JOINED = re.compile(r"\s?(?:and|&|와|과|및|·|,)\s?$")
# a party marked as the seller: "from Nvidia", "엔비디아로부터"
_FROM_EN = re.compile(r"\b(?:from|by)\s(?:the\s)?$")
_ORDER_FROM = re.compile(
    r"\b(?:orders?|contracts?|deals?|work|business)\b[^,.;]*\bfrom\s(?:the\s)?$"
)
_FROM_KO = re.compile(r"(?:로부터|으로부터|에게서|에서)")
# a deal with no product named: compute from a cloud, a foundry's or packager's work (GUIDE)
_COMPUTE = re.compile(r"comput|capacity|cloud|컴퓨팅|용량|클라우드", re.I)
_FOUNDRY = re.compile(
    r"foundry|fab\b|fabs\b|fabricat|manufactur|packag|파운드리|위탁|생산|패키징", re.I
)
_PRODUCT_KINDS = ("chip", "system", "memory", "process")


def kind_deals(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The rules' candidates, with a supply deal from the parties' kinds when none was
    found and the kinds settle the roles."""
    if not KIND_DEALS or any(c.predicate == "supply_deal" or c.predicate in _OTHER for c in found):
        return found
    companies = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    if len(companies) < 2:
        return found
    english = s.language == "en"
    cue = (_CUE_EN if english else _CUE_KO).search(s.lowered if english else s.text)
    if (
        cue is None
        or (_REFUSE_EN if english else _REFUSE_KO).search(s.lowered if english else s.text)
        or s.cues.denies(s.text, s.language)  # "…이라며 선을 그었다", "denied"
    ):
        return found
    deal = _kind_deal(s, companies, cue.start())
    return found if deal is None else [*found, deal]


def _kind_deal(s: Sentence, companies: list[Mention], anchor: int) -> Candidate | None:
    brands = brands_only(s)
    if any(s.is_compared(m) for m in companies):
        return None
    ids = list(dict.fromkeys(m.id for m in companies if m.id not in brands))
    if len(ids) != 2 or any(i not in KINDS for i in ids):
        return None
    pair = roles(ids[0], ids[1])
    if pair is None or _same_family(s, pair[0], pair[1]):
        return None
    customer, supplier = pair
    clause = s.clause_of(anchor)
    if not all(clause.start <= m.start < clause.end for m in companies if m.id in pair):
        return None  # the parties and the deal word in one clause
    if any(m.id == customer and _marked_seller(s, m) for m in companies):
        return None  # "bought from Samsung" of a maker the kinds make the customer
    named = [m for m in companies if m.id in pair]
    if _joined(s, named) or _against_verb(s, named, anchor, customer):
        return None
    valid = s.valid_for(anchor, [q.start for q in s.quantities])
    modality = _deal_modality(s, anchor, valid, clause)
    if modality is None or modality == "considering":
        return None  # denied, cancelled; talks give an adoption only (GUIDE)
    product = _product(s, customer, supplier)
    if product is None and not _unnamed_goods(s, supplier):
        return None  # "Nvidia counts Microsoft as its largest customer": nothing traded
    qualifiers = {"product": product} if product else {}
    return Candidate(
        customer, "supply_deal", modality, valid, anchor, qualifiers, supplier, None, CONFIDENCE
    )


def _joined(s: Sentence, named: list[Mention]) -> bool:
    """Whether the two parties are named together, one right after the other."""
    ordered = sorted(named, key=lambda m: m.start)
    return any(
        a.id != b.id and b.start - a.end <= 5 and _JOINED.search(s.text, a.end, b.start)
        for a, b in pairwise(ordered)
    )


def _against_verb(s: Sentence, named: list[Mention], anchor: int, customer: str) -> bool:
    """Whether the deal word's subject has the other role than the kinds give it: "Nvidia
    agreed to buy … of CoreWeave's capacity", "엔비디아는 … 사들이기로"."""
    if s.language == "en":
        before = [m for m in named if m.start < anchor]
        if not before:
            return False
        subject, word = before[0], s.lowered[anchor : anchor + 10]
        buys, sells = _BUYS_EN.match(word), _SELLS_EN.match(word)
    else:
        subjects = [m for m in named if s.particle(m) in _SUBJECT_KO]
        if not subjects:
            return False
        subject, word = subjects[0], s.text[anchor : anchor + 4]
        buys, sells = _BUYS_KO.match(word), _SELLS_KO.match(word)
    is_customer = subject.id == customer
    return bool((buys and not is_customer) or (sells and is_customer))


def _unnamed_goods(s: Sentence, supplier: str) -> bool:
    """Whether a deal may name no product: a cloud's compute, a foundry's work."""
    kinds = KINDS[supplier]
    return bool(
        (kinds & {"hyperscaler", "gpu_cloud"} and _COMPUTE.search(s.text))
        or (kinds & {"foundry", "packager"} and _FOUNDRY.search(s.text))
    )


def _marked_seller(s: Sentence, m: Mention) -> bool:
    if s.language == "en":
        start = max(0, m.start - 40)
        # "won an order from Tesla": the one an order comes from buys
        return _FROM_EN.search(s.lowered, start, m.start) is not None and not _ORDER_FROM.search(
            s.lowered, start, m.start
        )
    return _FROM_KO.match(s.text, m.end) is not None


def roles(a: str, b: str) -> tuple[str, str] | None:
    """(customer, supplier) of two companies when their kinds let only one supply the
    other; ``None`` when neither or both can."""
    ka, kb = KINDS.get(a, frozenset()), KINDS.get(b, frozenset())
    a_sells = any((x, y) in SELLS for x in ka for y in kb)
    b_sells = any((x, y) in SELLS for x in kb for y in ka)
    if a_sells == b_sells:
        return None
    return (b, a) if a_sells else (a, b)


def _product(s: Sentence, customer: str, supplier: str) -> str | None:
    """A product of the seller's; for a foundry or packager the customer's chip, else its
    process; for a cloud the one chip or system named; else none."""
    products = [m for m in s.of_kind(_PRODUCT_KINDS) if not s.is_compared(m)]
    ids = list(dict.fromkeys(m.id for m in products))
    entity = s.vocabulary.entity
    sold = [
        i
        for i in ids
        if (e := entity(i)) is not None
        and e.kind != "process"
        and (e.maker == supplier or supplier in e.suppliers)
    ]
    kinds = KINDS[supplier]
    if kinds & {"foundry", "packager"} and not (sold and kinds & {"memory", "designer"}):
        # a foundry's or packager's work: the customer's chip, else the process (GUIDE)
        made = [i for i in ids if (e := entity(i)) is not None and e.maker == customer]
        process = [i for i in ids if (e := entity(i)) is not None and e.kind == "process"]
        return made[0] if made else process[0] if len(process) == 1 else None
    if sold:
        return sold[0]
    if kinds & {"hyperscaler", "gpu_cloud", "server"}:
        rented = [i for i in ids if (e := entity(i)) is not None and e.kind in ("chip", "system")]
        return rented[0] if len(rented) == 1 else None
    return None
