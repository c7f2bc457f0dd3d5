"""Products a document presents as not yet on the market ("will be available in the second
half", "출시 예정"), minus those it says ship: a specification of such a product is
announced, not an actual (claimrules.common._announced, table_rows)."""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.analysis import Sentence
from tracker.extract.modality import ModalityCues
from tracker.extract.next_generation import next_generation_products
from tracker.extract.unveiled import unveiled_products
from tracker.extract.vocabulary import Vocabulary


def upcoming_products(
    sentences: list[Sentence], published: date, cues: ModalityCues, vocabulary: Vocabulary
) -> frozenset[str]:
    """Products the document presents as not yet on the market (with the members of
    an upcoming family: B200 when Blackwell is upcoming), minus those said to ship."""
    return availability(sentences, published, cues, vocabulary)[0]


def availability(
    sentences: list[Sentence],
    published: date,
    cues: ModalityCues,
    vocabulary: Vocabulary,
    headers: list[Sentence] | None = None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(upcoming, shipping, hinted): the products the document presents as not yet on the
    market (:func:`upcoming_products`); those it says are on it; and those it unveils or
    calls next-generation (what a fact box's lead does not decide, :func:`on_market`).
    ``headers`` (headlines, section headers: no sentences of their own) are read for what
    they say of a product's availability and for the products they name ("AMD MI450 (due
    in the third quarter of 2026)" over its figures), not for an unveiling they tell."""
    upcoming: set[str] = set()
    shipping: set[str] = set()
    recent: set[str] = set()  # the products last named: "Shipments are slated for …"
    withheld: set[str] = set()  # "Rubin has not shipped to any customer": not out, whatever
    read = sorted([*sentences, *headers], key=lambda s: s.index) if headers else sentences
    for s in read:
        if s.table is not None:
            continue
        named = {m.id for m in s.mentions if m.kind in ("chip", "system")}
        for start, end in _availability_pieces(s):
            products = {
                m.id
                for m in s.mentions
                if m.kind in ("chip", "system")
                and start <= m.start < end
                # "레니게이드 기반 추론 서비스를 내놓을 계획": what is launched is built on it
                and not _BASIS_OF.match(s.text, m.end)
                # "루빈에 들어갈 HBM4를 공급하고 있다": what the supplied part goes into is
                # not what ships (as English "for the MI450" below)
                and not (s.language == "ko" and _DESTINATION_KO.match(s.text, m.end))
                # "has begun shipping HBM4 to AMD for the chip designer's MI450": what the
                # shipped part goes into is not what ships
                and not (
                    s.language == "en"
                    and (
                        _DESTINATION.search(s.text, max(start, m.start - 40), m.start)
                        # "launches an inference cloud built on REBEL-Quad": the cloud is
                        # launched, on a product already at work
                        or _BUILT_ON_EN.search(s.text, max(start, m.start - 40), m.start)
                    )
                )
            }
            if not products:
                if named or not _product_back(s.text[start:end]):
                    continue
                products = recent
            # "어센드 로드맵 … 어센드 950 내년 1분기 출시": a family named beside its member is
            # no family launched (its members out today stay out)
            products -= {p for q in products if (p := _parent_of(vocabulary, q)) is not None}
            future = any(
                (t.valid.start or published) > published
                or (t.valid.kind == "deadline" and t.valid.end is not None)
                for t in s.times
                if start <= t.start < end
            )
            if s.language == "en" and _NOT_SHIPPED_EN.search(s.text, start, end):
                withheld |= products  # beats "in full production" anywhere in the text
            status = cues.availability(s.text[start:end], s.language, future)
            if status == "shipping" and _made_not_shipped_ko(s, start, end, published, cues):
                status = "upcoming"  # "양산 중이고 고객 출하는 3분기에 시작된다"
            elif status == "upcoming" and _RAMP_KO.search(s.text, start, end):
                # "출하가 1분기부터 본격화한다": shipments ramping, of a product already out
                # (as English volumes say nothing of whether it is out yet)
                status = None
            if status == "upcoming" and not future and _found_available_en(s, start, end):
                status = None  # "A lab in Google Cloud will find Ironwood pods available"
            if status is None and _released_then(s, start, end, published):
                status = "shipping"  # "■ 구글 아이언우드 (2025년 11월 정식 출시)"
            if status == "shipping" and _made_only_en(s, start, end, cues, future, published):
                # "Rubin is in full production" in March, the vocabulary shipping it in
                # September: wafers moving through the fab, not a product on the market
                products = {p for p in products if not _ships_after(vocabulary, p, published)}
            if status == "upcoming":
                upcoming |= products
            elif status == "shipping":
                shipping |= products
        if named:
            recent = named
    # an unveiling or a "next-generation" label only hints that a product is not out yet
    # (what the text says of its availability is its word): one the vocabulary says shipped
    # before the publication month is on the market ("엔비디아가 공개한 H100 SXM 제품 사양"
    # in 2024, "AMD의 차세대 가속기 MI450" in October 2026)
    hinted = unveiled_products(sentences, published) | next_generation_products(sentences)
    upcoming |= {p for p in hinted if not _long_on_market(vocabulary, p, published)}
    upcoming |= _not_yet_available(read, published, vocabulary) | withheld
    shipping -= withheld
    if not upcoming:
        return frozenset(), frozenset(shipping), frozenset(hinted)
    for entity in vocabulary.entities.values():
        if entity.parent in upcoming and entity.kind in ("chip", "system"):
            upcoming.add(entity.id)
    # a system on the market has its chips on the market ("GB300 NVL72 is available now":
    # its Blackwell Ultra GPUs ship in it, whatever month the vocabulary gives the chip)
    shipping |= {gpu for p in shipping if (gpu := _gpu_of(vocabulary, p)) is not None}
    return frozenset(upcoming - shipping), frozenset(shipping), frozenset(hinted)


# a user's finding a product available, told in a general future ("a lab already living in
# Google Cloud will find Ironwood pods available on the same contract"): what a buyer meets,
# no release still to come
_FIND_AVAILABLE = re.compile(
    r"\b(?:will|would|['’]ll|can|could)\s(?:still\s|also\s)?(?:find|see|get)\s[^,;.]{0,60}?"
    r"\bavailable\b",
    re.I,
)


def _found_available_en(s: Sentence, start: int, end: int) -> bool:
    return s.language == "en" and _FIND_AVAILABLE.search(s.text, start, end) is not None


def _parent_of(vocabulary: Vocabulary, product: str) -> str | None:
    entity = vocabulary.entity(product)
    return entity.parent if entity is not None else None


def _gpu_of(vocabulary: Vocabulary, product: str) -> str | None:
    entity = vocabulary.entity(product)
    return entity.gpu if entity is not None else None


def on_market(s: Sentence, product: str, lead_told: bool) -> bool:
    """Whether a product's figures in this sentence are those of a product on the market:
    the document says it ships, or the vocabulary says it shipped a year or more before
    publication; or, for a line a fact box's lead tells of (``lead_told``), before the
    publication month, when the text neither unveils it nor calls it next-generation."""
    if product in s.upcoming:
        return False
    if product in s.shipping or _long_on_market(s.vocabulary, product, s.published):
        return True
    entity = s.vocabulary.entity(product)
    return (
        lead_told
        and product not in s.hinted
        and entity is not None
        and entity.available is not None
        and entity.available < f"{s.published.year:04d}-{s.published.month:02d}"
    )


_ON_MARKET_MONTHS = 12


def _long_on_market(vocabulary: Vocabulary, product: str, published: date) -> bool:
    """Whether the vocabulary says the product first shipped a year or more before
    publication: no unveiling the text tells of is news of it then (a product shipped
    months ago may still be shown at a launch event: the text is believed)."""
    entity = vocabulary.entity(product)
    if entity is None or entity.available is None:
        return False
    year, month = published.year, published.month - _ON_MARKET_MONTHS
    while month < 1:
        year, month = year - 1, month + 12
    return entity.available <= f"{year:04d}-{month:02d}"


# a product being made ("in full production", "in volume production", "in production"):
# made, which says it is on the market only when the vocabulary has it shipping by then
_PRODUCTION_EN = re.compile(r"\bin\s(?:full\s|volume\s|mass\s)?production\b", re.I)
# a past beside the making: "with first systems reaching customers last quarter"
_PAST_EN = re.compile(
    r"\b(?:last|previous)\s(?:quarter|month|year|week)\b|\balready\b|\bsince\s", re.I
)


def _made_only_en(
    s: Sentence, start: int, end: int, cues: ModalityCues, future: bool, published: date
) -> bool:
    """Whether an English piece reads as shipping only because the product is being made
    (read without the making, it says nothing of shipping; "reaching customers last
    quarter", a past time beside it, does)."""
    if s.language != "en" or _PRODUCTION_EN.search(s.text, start, end) is None:
        return False
    if _PAST_EN.search(s.text, start, end) or any(
        t.valid.end is not None and t.valid.end < published for t in s.times
    ):
        return False
    rest = _PRODUCTION_EN.sub(" ", s.text[start:end])
    return cues.availability(rest, "en", future) != "shipping"


def _ships_after(vocabulary: Vocabulary, product: str, published: date) -> bool:
    """Whether the vocabulary has the product first shipping after the publication month."""
    entity = vocabulary.entity(product)
    month = f"{published.year:04d}-{published.month:02d}"
    return entity is not None and entity.available is not None and entity.available > month


# a Korean release told with a past date and no future word ("(2025년 11월 정식 출시)",
# "지난해 3월 출시"): the product is on the market
_RELEASED_KO = re.compile(r"출시|출하|판매")
_NOT_YET_KO = re.compile(r"예정|계획|목표|앞두|아직|않|못|전망|예상|할|될")


def _released_then(s: Sentence, start: int, end: int, published: date) -> bool:
    if s.language != "ko" or _RELEASED_KO.search(s.text, start, end) is None:
        return False
    past = any(
        t.valid.end is not None and t.valid.end < published
        for t in s.times
        if start <= t.start < end
    )
    return past and _NOT_YET_KO.search(s.text, start, end) is None


def _not_yet_available(
    sentences: list[Sentence], published: date, vocabulary: Vocabulary
) -> set[str]:
    """The products the document names that the vocabulary says first shipped after its
    publication ("MI450은 HBM4를 432GB 싣고" in November 2025, with MI450 available from
    2026-09): not on the market, whatever the text says of it."""
    month = f"{published.year:04d}-{published.month:02d}"
    named = {m.id for s in sentences for m in s.mentions if m.kind in ("chip", "system")}
    out = set()
    for product in named:
        entity = vocabulary.entity(product)
        if entity is not None and entity.available is not None and entity.available > month:
            out.add(product)
    return out


# shipments ramping up: "출하가 본격화한다", "본격 공급은 2분기부터", "출하량을 늘린다"
_RAMP_KO = re.compile(r"본격화|본격\s?(?:출하|공급|판매)|(?:출하|공급|판매)량")
# a product made now ("양산 중", "생산되고 있"): in production, not yet on the market when the
# sentence says when customers get it ("…양산 중이고 고객 출하는 3분기에 시작된다")
_PRODUCED_KO = re.compile(r"(?:대량\s?)?(?:생산|양산)(?:되고\s?있|\s?중)")
_MAKING_KO = re.compile(r"(?:대량\s?)?(?:생산|양산)")  # read without: shipping words only


def _made_not_shipped_ko(
    s: Sentence, start: int, end: int, published: date, cues: ModalityCues
) -> bool:
    """Whether a Korean piece reads as shipping only because the product is being made,
    while its sentence, read without the making, says it ships later (as English "in full
    production, with the first racks going to buyers next quarter")."""
    if s.language != "ko" or _PRODUCED_KO.search(s.text, start, end) is None:
        return False
    if cues.availability(_MAKING_KO.sub(" ", s.text[start:end]), "ko", False) == "shipping":
        return False  # "양산 중이며 이미 출하하고 있다": shipping said in words of its own
    later = any((t.valid.start or published) > published for t in s.times)
    return cues.availability(_MAKING_KO.sub(" ", s.text), "ko", later) == "upcoming"


# a product named as what something is built on ("레니게이드 기반", "H100을 탑재한")
_BASIS_OF = re.compile(r"\s?(?:\S{0,6}\s)?(?:기반|(?:을|를)\s(?:활용한|탑재한|쓴|쓰는|넣은))")


# a product named as where another goes, in Korean: "루빈에 들어갈 HBM4", "MI450에 탑재되는
# 메모리", "루빈용 HBM4"
_DESTINATION_KO = re.compile(
    r"(?:\s?(?:GPU|칩|가속기))?(?:에\s(?:들어갈|들어가는|탑재될|탑재되는|쓰일|쓰이는|붙을|붙는|장착될"
    r"|장착되는|실릴|실리는)|용(?![가-힣]))"
)


# a product named as where another goes: "for the U.S. chip designer's MI450", "for Rubin"
_DESTINATION = re.compile(
    r"\b(?:for|into)\s(?:the\s)?(?:[\w.-]+\s){0,3}?(?:[\w.-]+['’]s\s)?(?:[\w-]+\s)?$"
)


# a product named as what a launched service runs on: "cloud on Rebellions' REBEL-Quad",
# "instances powered by Trainium3", "a service built on the H200"
_BUILT_ON_EN = re.compile(
    r"\b(?:(?:built|based|running|runs|hosted|powered)\s(?:on|by)"
    r"|(?:cloud|service|instances?|vms|virtual\smachines|servers?)\s(?:on|using|with))"
    r"\s(?:the\s)?(?:[\w.-]+['’]s?\s)?(?:[\w-]+\s)?$",
    re.IGNORECASE,
)


# English clause joints that separate what is said about two products ("The H200 started
# shipping this quarter, and Blackwell is due before year-end").
# a denial that a product is out: "has not shipped to any customer", "isn't available yet",
# "is yet to reach customers" (not "has not shipped to China": a market, not the product's state)
_NOT_SHIPPED_EN = re.compile(
    r"\b(?:has|have|had|is|are)\s?(?:not|n['’]t)\s(?:yet\s)?(?:shipped|been\s(?:shipped|released)"
    r"|shipping|(?:generally\s)?available|on\ssale|released)"
    r"(?=\s*(?:[,.;)]|$|yet\b|to\s(?:any|a\ssingle|paying)?\s?customers?\b(?!\s(?:in|outside|based)\b)"
    r"|to\sanyone\b))"
    r"|\b(?:is|are|has|have)\syet\sto\s(?:ship|be\s(?:shipped|released|available)|reach\scustomers)\b",
    re.I,
)
_AVAILABILITY_JOINT = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+|\s[-–—]\s")
# a sentence about availability that names no product speaks of the last one named
# ("Shipments are slated for later this year"; "the part will reach customers …")
# (read as two patterns: the openings, matched at the start only, and "the/this part",
# which opens with [tT] so that the engine skips in C to the next t: one alternation of
# all of them, case-insensitive, was tried at every position)
_PRODUCT_BACK_OPENING = re.compile(
    r"\s*(?:shipments?|deliveries|availability|volume shipments|(?:mass|volume)\sproduction)\b"
    # "We started shipping in May" (the maker answering about the product just asked of)
    r"|\s*(?:it|they|we)\s"
    # "일반 공급은 연말께 시작된다", "본격 출하는 내년부터": the product just named
    r"|\s*(?:(?:일반|본격|정식|대량|첫|고객)\s?)?(?:출하|출시|공급|양산|판매)",
    re.I,
)
_PRODUCT_BACK_NOUN = re.compile(
    r"[tT](?<!\w[tT])(?i:he|his)\x20(?i:part|chip|accelerator|processor|gpu|product)\b"
    # "지난달부터 양산품을 고객사에 출하하고 있고": the mass-made units of the product in view
    # (not another product's, named right before: "HBM4 양산 제품 출하를 시작했다")
    r"|(?<![A-Za-z0-9]\s)(?<![A-Za-z0-9])(?:양산품|양산\s제품)"
)


def _product_back(text: str) -> bool:
    return (
        _PRODUCT_BACK_OPENING.match(text) is not None or _PRODUCT_BACK_NOUN.search(text) is not None
    )


def _availability_pieces(s: Sentence) -> list[tuple[int, int]]:
    """Spans of a sentence judged separately for availability (English clause joints;
    Korean clauses: "현재 주문을 받고 있으며, 출하는 올해 3분기부터 시작될 예정입니다")."""
    if s.language == "ko" and len(s.clauses) > 1:
        # the whole sentence too: "마이아 100은 …을 갖췄으며, 애저 서비스 일부를 처리하고
        # 있다" says its product is in service (a "shipping" verdict wins over any other)
        text = s.text
        return [(0, len(text))] + [
            (c.start + len(text[c.start : c.end]) - len(text[c.start : c.end].lstrip(", ")), c.end)
            for c in s.clauses
        ]
    if s.language != "en":
        return [(0, len(s.text))]
    pieces: list[tuple[int, int]] = []
    start = 0
    for joint in _AVAILABILITY_JOINT.finditer(s.text):
        pieces.append((start, joint.start()))
        start = joint.end()
    pieces.append((start, len(s.text)))
    if len(pieces) > 1 and len({m.id for m in s.of_kind(("chip", "system"))}) == 1:
        # "has started sampling REBEL-Quad, …, and plans volume shipments in the first half
        # of next year": with one product named, a later clause's availability is its own
        pieces.append((0, len(s.text)))
    return pieces
