"""What every claim rule shares: the :class:`Candidate` a rule finds, the
:class:`RuleState` the rules of one sentence share, and the helpers more than one family of
rules uses (the subject company of a clause, modality adjustments, counts that add to a
fleet, a chip of the company's own family)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tracker.domain.claims import Modality, Quantity, TextValue, ValidTime
from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.appositions import appositive_possessors, possessive_holder_ko
from tracker.extract.claimrules.relative_head import fronted_relative
from tracker.extract.claimrules.speaker_after_quote import speaker_after_quote
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span
from tracker.extract.vocabulary import Vocabulary

_PRODUCT_KINDS = ("chip", "system")


_COMPANY = ("company",)
# A Korean subject inside a relative clause: "델이 (직접) 조립한 랙", "엔비디아가 설계한 칩",
# "오픈AI가 주도하는 스타게이트" - the clause describes a noun; the sentence's own subject is
# elsewhere. The adnominal verb ends in -ㄴ/-는/-던 and a noun follows (not 것/수/때…, which
# make a complement: "삼성전자가 공급할 것으로"); syllables that end common nouns (기준,
# 시간, 사진) are left out.
_RELATIVE_AFTER = re.compile(
    r"(?:이|가|께서)\s(?:[^\s.,]+\s){0,2}?[가-힣]*(?:[한된낸린든]|하는|되는|있는|하던|던)"
    r"\s(?!것|수\s|적|바|데|때|뒤|후|만큼|중|뿐|셈)[가-힣A-Za-z0-9]"
)


def _relative_subject(s: Sentence, m: Mention) -> bool:
    """A company marked 이/가 whose clause is a relative clause on a noun."""
    return _RELATIVE_AFTER.match(s.text, m.end) is not None


def brand_of_product(s: Sentence, m: Mention) -> bool:
    """A maker named right before its product ("엔비디아 H100", "AMD MI325X") or before a
    word for its chips ("엔비디아 최신 GPU 26만 장"): the brand."""
    if (brand := _BRAND_OF_CHIPS.match(s.text, m.end)) is not None:
        return not (
            _FLEET_NOUN_KO.match(s.text, brand.end()) and m.id not in chip_makers(s.vocabulary)
        )
    if s.text.startswith("(", m.end) and _counted_aside(s, m.end):
        return False  # "메타(H100 35만 개)와 …": the company's own fleet, told in an aside
    # "엔비디아(NVIDIA) GB300": a translated release glosses the name before its product
    gloss = _GLOSS.match(s.text, m.end)
    end = gloss.end() if gloss is not None else m.end
    if s.text[m.start - 1 : m.start] == "(" and s.text.startswith(")", m.end):
        end = m.end + 1  # the gloss itself ("(NVIDIA)") is the brand too
    return any(
        p.kind in _PRODUCT_KINDS and 0 <= p.start - end <= 1 and not _made_by_another(s, p, m)
        for p in s.mentions
    )


_GLOSS = re.compile(r"\s?\([A-Za-z][A-Za-z0-9 .&-]{0,30}\)")


def _made_by_another(s: Sentence, product: Mention, company: Mention) -> bool:
    """A Korean product whose maker is known and is not the company named right before it
    ("메타 H100 보유량", "메타 TPU 도입"): the company owns or uses it, it is no brand."""
    maker = product.entity.maker
    return (
        s.language == "ko"
        and maker is not None
        and not _same_family(s, maker, company.id)
        and s.vocabulary.entity(company.id) is not None
    )


def _counted_aside(s: Sentence, open_at: int) -> bool:
    """Whether the parenthesis opening at ``open_at`` holds a figure."""
    close_at = s.text.find(")", open_at)
    return close_at > 0 and any(open_at < q.start < close_at for q in s.quantities)


# (a particle may follow the word: "xAI가 보유한 엔비디아 GPU는 …")
_BRAND_OF_CHIPS = re.compile(
    r"\s(?:[가-힣]+\s)?(?:GPU|NPU|TPU|AI\s?칩|칩|가속기)"
    r"(?:(?:은|는|이|가|을|를|의|도|와|과|으로|로|에)(?![가-힣]))?(?![가-힣A-Za-z])"
)
# "코어위브 GPU 보유량은": a company that makes no chip before a fleet noun holds the fleet
# (the 의 left out), no brand
_FLEET_NOUN_KO = re.compile(r"\s?(?:보유량|보유\s?대수|보유\s?물량|가동\s?대수|운영\s?대수)")


def chip_makers(vocabulary: Vocabulary) -> frozenset[str]:
    """The companies that make the vocabulary's chips (built once per vocabulary)."""
    return vocabulary.derived("common.chip_makers", _chip_makers)


def _chip_makers(vocabulary: Vocabulary) -> frozenset[str]:
    return frozenset(e.maker for e in vocabulary.entities.values() if e.maker)


def brands_only(s: Sentence) -> tuple[str, ...]:
    """Companies a Korean sentence names only as the brand of a product it names."""
    companies = s.of_kind(_COMPANY)
    if len(companies) == 0:
        return ()
    brands = {m.id for m in companies if brand_of_product(s, m)}
    return tuple(b for b in brands if all(brand_of_product(s, m) for m in companies if m.id == b))


_ATTRIBUTED = re.compile(r"\s(?:said|says|told|announced|confirmed|reported|disclosed|added)\b")
_ATTRIBUTION_BEFORE = re.compile(r"(?:,|[\"”])\s?(?:the\s)?$")


@dataclass
class Candidate:
    """A claim before provenance is attached: what a rule found in one sentence."""

    subject: str
    predicate: str
    modality: Modality
    valid: ValidTime
    anchor: int
    qualifiers: dict[str, str] = field(default_factory=dict)
    object: str | None = None
    value: Quantity | TextValue | None = None
    confidence: float = 0.85
    # proposed by a fallback reader (use_clauses): it yields to the same relation told by
    # any other rule or pass, wherever in the pipeline that one is found
    fallback: bool = False


@dataclass
class RuleState:
    """What the rules of one sentence share: quantities already used."""

    used: set[int] = field(default_factory=set)
    deal_clauses: set[int] = field(default_factory=set)
    taken_products: set[int] = field(default_factory=set)
    located: set[str] = field(default_factory=set)  # sites placed by an earlier rule
    listed_places: set[int] = field(default_factory=set)  # places a list rule has read
    # (company, product) adoptions a cloud's offer rule has read, with the offer's modality
    offered: set[tuple[str, str]] = field(default_factory=set)
    # the candidates the rules before have found in the sentence, for a fallback rule that
    # reads only what they left (trade_clauses_en)
    found: list[Candidate] = field(default_factory=list)
    # what a fallback rule proposes: the extractor adds it after every rule and pass, where
    # nothing else told the same relation (use_clauses.with_fallbacks)
    fallbacks: list[Candidate] = field(default_factory=list)


Rule = Callable[[Sentence, RuleState], list[Candidate]]


def _quantity(q: QuantityMatch, unit: str | None = None) -> Quantity:
    return Quantity(low=q.low, high=q.high, unit=unit or q.unit, approx=q.approx, bound=q.bound)


def _anchors(s: Sentence) -> list[int]:
    return [q.start for q in s.quantities]


# an apposition with a relative clause of its own: ", the fund that backs Moonshot,"
_APPOSITION_OF = re.compile(r",\s(?:the|a|an)\s[a-z]+(?:\s[a-z]+)?\s(?:that|which|who)\s")


def _subject_company(s: Sentence, pos: int, exclude: tuple[str, ...] = ()) -> Mention | None:
    """The company a clause is about: topic-marked in Korean, else the nearest before."""
    if s.language == "ko":
        held = possessive_holder_ko(s, pos, _COMPANY)  # "마이크로소프트의 보유량은 15만 개다"
        if held is not None and held.id not in exclude:
            return held
        skipped = exclude
        while (hit := s.nearest(_COMPANY, pos, particles=TOPIC, exclude=skipped)) is not None:
            if not _relative_subject(s, hit):
                return hit
            skipped = (*skipped, hit.id)  # "코어위브는 델이 조립한 랙에 …": CoreWeave's
        # alone, a relative clause's subject may still be the owner ("AWS가 운영하는
        # 트레이니움2는 백만 개가 넘으며"); a maker named only as its product's brand
        # ("엔비디아 H100 약 2,500장을 … 운영하고 있습니다") is no party
        hit = s.nearest(_COMPANY, pos, exclude=(*exclude, *brands_only(s)))
        # "H100 35만 개를 보유한 메타는": the company a fronted relative clause describes
        if hit is None:
            # '"H100을 35만 개 확보했다"고 메타 측은 밝혔다': the speaker named after the quote
            hit = fronted_relative(s, pos, exclude) or speaker_after_quote(s, pos)
        return hit
    # "Amazon, Anthropic's biggest backer, has deployed …": Amazon's, not Anthropic's
    hit = s.nearest(_COMPANY, pos, exclude=(*exclude, *appositive_possessors(s, _COMPANY)))
    if hit is not None and s.inner and s.inner_of(hit.start) not in (None, s.inner_of(pos)):
        # "SK hynix, which supplies Nvidia's HBM, will lift its capacity": not Nvidia
        outside = [
            m
            for m in s.of_kind(_COMPANY)
            if m.end <= pos and m.id not in exclude and s.inner_of(m.start) == s.inner_of(pos)
        ]
        around = s.inner_of(hit.start)
        if not outside and around is not None and _APPOSITION_OF.match(s.text, around.start - 1):
            # "Alpha Capital, the fund that backs Moonshot, holds 6,000 H800s": the
            # apposition's object is no subject; the one it describes is no entity
            return None
        hit = outside[-1] if outside else hit
    if hit is None:
        # "Our Trainium2 fleet passed 1.4 million chips, AWS said": the attributed speaker
        hit = next(
            (
                m
                for m in s.of_kind(_COMPANY)
                if m.start > pos
                and m.id not in exclude
                and _ATTRIBUTED.match(s.text, m.end)
                and _ATTRIBUTION_BEFORE.search(s.text[max(0, m.start - 6) : m.start])
            ),
            None,
        )
    return hit


def _announced(
    modality: Modality | None, s: Sentence | None = None, subject: str | None = None
) -> Modality | None:
    """A company's future product feature is an announcement, not a plan (GUIDE); so is
    a specification of a product the document presents as not yet shipping."""
    if modality == "planned":
        return "announced"
    if modality == "actual" and s is not None and subject in s.upcoming:
        return "announced"
    return modality


def _own_number(
    modality: Modality | None, s: Sentence, valid: ValidTime, anchor: int = 0
) -> Modality | None:
    """A plan announced with a future date ("끌어올리겠다는 계획을 내놨다", "unveiled plans to
    reach 150,000 wafers by year-end") is a company's own future number: planned. A Korean
    announcement that names no plan ("…를 가동한다고 발표했다", "…하겠다고 공식화했다") is
    the formal announcement itself (GUIDE: 발표했다 about a future thing). So is an English
    action told to start from a period with no plan word ("said it will deploy 50,000
    MI450 GPUs starting in the third quarter"): a start, not a number to reach (GUIDE:
    "will supply from Q4" is announced); a plan word had made it planned already."""
    if modality == "announced" and s.future(valid) and valid.kind != "open":
        if s.language == "ko" and not _KO_PLAN_WORD.search(s.text, anchor):
            return modality
        return "planned"
    return modality


_KO_PLAN_WORD = re.compile(r"계획|목표|방침|예정|구상|청사진|로드맵|추진")


_INCREMENT_BEFORE = re.compile(
    r"\b(?:another|an additional|additional|an extra|a further|extra)\s"
    r"(?:(?:about|some|roughly|nearly)\s)?$|추가(?:로|적으로|분)?\s?(?:약\s?|최대\s?)?$"
    r"|(?:나머지|잔여|잔금)\s?(?:약\s?)?$",  # "나머지 27억 5000만 달러를 집행해": the rest paid
    re.I,
)
_INCREMENT_AFTER = re.compile(
    # "10만 개를 더", "40억 달러를 더해", "…를 보태", "…를 얹어": an amount added
    r"^(?:\s?(?:개|대|장)?\s?(?:를|을|가|이)?\s?(?:더\b|더(?:해|한|하여|하면)\s|보태|보탠|얹"
    r"|추가(?:로|적으로|\s?(?:도입|설치|투입|배치|확보|구매|주문|투자|출자))|늘어난"
    # "B200 약 4,000개가 추가되며", "… 2만 장을 추가했다"
    r"|추가(?:되|돼|된|됐|했))"
    r"|\s(?:more|additional|extra)\b)",
    re.I,
)


# "after adding $4 billion for a second data center", "it added some $2bn": money put on top
# of what was there (a count added is left to the rules: "will add 100,000 GPUs" may be
# what a site is built with)
_ADDING_MONEY_EN = re.compile(
    r"\b(?:add(?:s|ed|ing)?|pour(?:s|ed|ing)?\sin|plow(?:s|ed|ing)?\sin|inject(?:s|ed|ing)?)\s"
    r"(?:(?:another|about|some|roughly|nearly|almost|a\sfurther|up\sto|over|more\sthan)\s)?$"
)


def _increment(s: Sentence, q: QuantityMatch) -> bool:
    before = s.text[max(0, q.start - 24) : q.start]
    return bool(
        _INCREMENT_BEFORE.search(before)
        or _INCREMENT_AFTER.match(s.text[q.end : q.end + 12])
        or (
            q.unit not in ("", "count", "wafer", "wafer/month")
            and _ADDING_MONEY_EN.search(before.lower())
        )
    )


_BACK_TO_CHIPS = re.compile(
    r"\s(?:of\s(?:the|those|these|its|their)\s(?:chips|accelerators|gpus|units|parts|processors)"
    r"|of\s(?:them|those|these))\b",
    re.I,
)


_EACH = re.compile(r"각각|\beach\b|apiece", re.I)


def _after_prep(s: Sentence, m: Mention) -> bool:
    before = s.lowered[max(0, m.start - 8) : m.start]
    return bool(re.search(r"\b(?:in|into|to|from|with|on|at|of|for)\s$", before))


_UNDER_WHICH_ANY = re.compile(r"\b(?:under|through|by|in) which\s|\bwhereby\s")


def _same_family(s: Sentence, maker: str | None, company: str) -> bool:
    """Whether a chip's maker is the company, its parent or its subsidiary (Amazon and
    AWS's Trainium): a company does not adopt its own chip."""
    if maker is None:
        return False
    if maker == company:
        return True
    a, b = s.vocabulary.entity(maker), s.vocabulary.entity(company)
    return (a is not None and a.parent == company) or (b is not None and b.parent == maker)


# "HGX B200 서버 250대", "GB300 NVL72 랙 100대", "200 DGX systems": machines, not chips
_MACHINES_BEFORE = re.compile(
    r"(?:서버|랙|시스템|노드|servers?|racks?|systems?|nodes?)\s?(?:총\s?|약\s?)?$", re.I
)


def machine_count(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a count right after a server, rack or system noun counts those machines."""
    return _MACHINES_BEFORE.search(s.text, max(0, q.start - 12), q.start) is not None


# between a rack-scale product and the count of its racks: "GB300 NVL72 랙 스케일 시스템
# 128대", "헬리오스 랙 64대", "GB200 NVL72 racks"
_RACKS_OF = re.compile(
    r"\s?(?:NVL\s?\d+\s?)?(?:(?:랙|스케일|시스템|racks?|rack-scale|systems?)\s?)+(?:총\s?|약\s?)?"
)


def rack_units(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a machine count counts racks that are themselves the product named before
    them, a system or a rack-scale (NVL) product: units traded, not machines holding a
    chip ("B200 서버 250대" holds eight GPUs each)."""
    for p in s.of_kind(("chip", "system")):
        if not 0 <= q.start - p.end <= 30:
            continue
        between = _RACKS_OF.fullmatch(s.text, p.end, q.start)
        if between is not None and (p.kind == "system" or "NVL" in s.text[p.start : q.start]):
            return True
    return False


# "…, up from about 75,000": the figure a change starts from
_UP_FROM = re.compile(
    r"\b(?:up|down|rising|growing)?\s?from\s(?:the\s|its\s)?"
    r"(?:(?:about|roughly|around|some|nearly|an estimated|approximately)\s)?$",
    re.I,
)


def counts_after_verb(
    s: Sentence, state: RuleState, verbs: re.Pattern[str]
) -> Iterator[tuple[int, QuantityMatch, Span, re.Match[str]]]:
    """The unused bare counts (no chip named beside them) with a verb of ``verbs`` in the
    40 characters before them in their clause ("is buying 12,000", "will receive 60,000"):
    index, figure, clause and verb, for a rule to take or leave."""
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in ("count", "") or s.chip_near(q) is not None:
            continue
        clause = s.clause_of(q.start)
        verb = verbs.search(s.text, max(clause.start, q.start - 40), q.start)
        if verb is not None:
            yield i, q, clause, verb


def from_figures(
    s: Sentence, state: RuleState, units: tuple[str, ...]
) -> Iterator[tuple[int, QuantityMatch, int, list[ValidTime]]]:
    """The unused figures of ``units`` a change starts from ("…, up from about 75,000 at
    the end of 2025"): index, match, where its "from" phrase starts, and the times said
    right after it (none: only the old value replaced)."""
    for i, q in enumerate(s.quantities):
        lead = max(0, q.start - 30)
        up_from = _UP_FROM.search(s.text[lead : q.start])
        if i in state.used or q.unit not in units or up_from is None:
            continue
        times = [t.valid for t in s.times if 0 <= t.start - q.end <= 50]
        yield i, q, lead + up_from.start(), times


def cloud_sells(s: Sentence, topic: str, partner: str) -> bool:
    """Whether a deal between two companies with no verb of giving or taking ("A는 B와 …
    계약", "A's contract with B covers …") is A selling compute: a GPU cloud dealing with a
    hyperscaler's cloud sells to it (the vocabulary's [cloud_roles] ranking, as
    compute_deals reads it), and so does one dealing with a model lab (the [anaphora_roles]
    "lab" list: "Crusoe's contract with OpenAI covers …"); any other pair keeps A the buyer."""
    if topic not in s.vocabulary.cue_list("cloud_roles", "gpu_cloud"):
        return False
    return partner in s.vocabulary.cue_list(
        "cloud_roles", "hyperscaler_cloud"
    ) or partner in s.vocabulary.cue_list("anaphora_roles", "lab")


SERVER_MAKERS = frozenset({"dell", "hpe", "supermicro", "quanta", "foxconn"})
"""Companies of the vocabulary whose trade is building servers and racks around other makers'
chips: one that buys a chip or signs for unnamed goods is buying to sell on, and a pact for
servers names them the seller."""


def is_cloud_company(s: Sentence, company: str) -> bool:
    """Whether a company sells compute (the vocabulary's [cloud_roles], GPU clouds and
    hyperscalers): capacity it builds for a user, or that a user rents with no lessor
    named, is rented from it."""
    return company in s.vocabulary.cue_list(
        "cloud_roles", "gpu_cloud"
    ) or company in s.vocabulary.cue_list("cloud_roles", "hyperscaler_cloud")
