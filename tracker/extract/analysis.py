"""One sentence, analysed: its mentions, quantities, times and clauses, plus the helpers
claim rules use to pair them (particles, proximity, focus of the discourse).

The *focus* is what the document was talking about in the last few sentences: the most
recent entity of each kind. Rules use it for anaphora ("해당 클러스터", "the cluster") and
for a qualifier a sentence leaves implicit (the CoWoS process of a capacity figure named
two sentences earlier).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.alternatives import alternative_spans, blank_alternatives
from tracker.extract.bounds import verb_bounds
from tracker.extract.counted_nouns import counts_other_things
from tracker.extract.discourse import Salience
from tracker.extract.entities import Mention
from tracker.extract.gapping import shared_time
from tracker.extract.hypotheses import held_open, passed_over
from tracker.extract.korean_verbs import inflected
from tracker.extract.modality import ModalityCues
from tracker.extract.near_future import near_future, near_future_modality
from tracker.extract.near_future_ko import near_future_ko, near_future_modality_ko
from tracker.extract.own_earlier import quoted_error
from tracker.extract.patterns import by_first_char
from tracker.extract.quantities import QuantityMatch
from tracker.extract.statements import (
    hedged_level,
    said_future,
    source_after,
    their_word_after,
    their_word_before,
)
from tracker.extract.tables import TableRow
from tracker.extract.text import Span
from tracker.extract.timex import TimeMatch, point_at
from tracker.extract.vocabulary import Entity, Vocabulary
from tracker.extract.zero_counts import zero_quantified

TOPIC = ("께서", "이는", "은", "는", "이", "가", "도")
DATIVE = ("에게", "에서", "에는", "에", "한테")
PARTNER = ("와의", "과의", "와", "과", "하고", "이랑", "랑")
OBJECT = ("을", "를")
GENITIVE = ("의",)
# between a count and the chip it counts: "500,000 of its Trainium2 chips", "10만 개의
# 엔비디아 H100", "30,000 Nvidia GB200s"
_BRAND = r"(?:nvidia|엔비디아|amd|google|구글|intel|인텔|amazon|아마존|aws)(?:'s|’s)?"
# "100만 개가 훨씬 넘는 GPU", "35만 개가 넘는 H100", "35만 개에 달하는 H100": a count that
# qualifies the noun after it
_QUALIFIES = (
    r"(?:(?:가|이)?\s?(?:(?:훨씬|조금|족히|훌쩍|크게)\s)?"
    r"(?:넘는|넘은|웃도는|이상의|남짓한|남짓의|가량의|정도의|규모의)\s"
    r"|에\s(?:달하는|달한|이르는|이른|근접한)\s)?"
)
_GAP_AFTER = re.compile(
    # "one million of our TPUs", "one million of Google's TPUs": a partitive of the chip
    rf"[\s의개분'\"‘“]*(?:of\s(?:(?:its|their|the|those|our)\s(?:own\s)?|(?={_BRAND}\s)))?"
    rf"{_QUALIFIES}(?:{_BRAND}\s)?",
    re.I,
)
_GAP_BEFORE = re.compile(
    # "레니게이드 카드 8장", "MI355X 가속기 카드 4장": a chip counted in the cards it sits on
    r"[\s을를은는이가의'\"’”)]*(?:칩|GPU|GPUs|chips|가속기|카드|가속기\s카드)?[\s을를은는이가의]*"
    # "H100을 무려 35만 개나", "족히 35만 개": an emphasis or a hedge between the chip and its count
    r"(?:(?:현재|약|총|모두|무려|자그마치|족히|대략|어림잡아|최소|최대|about|nearly|some)\s)*"
    # "Trainium2 chips numbering nearly 500,000": the count after the noun it counts
    r"(?:,?\s?(?:numbering|totall?ing|amounting\sto)\s(?:(?:about|nearly|some|roughly|around|over)\s)?)?",
    re.I,
)
# a figure that opens a line as its label ("350,000 - H100 GPUs in the fleet", "72 — GB300
# chips per rack"): what follows the dash is what it counts
_FIGURE_LABEL = re.compile(r"\s?[-–—:]\s(?:(?:Nvidia|AMD|Google)(?:['’]s)?\s)?")
_GENERIC = re.compile(r"\b(?:GPUs?|chips?|accelerators?)\b", re.I)
_GENERIC_OBJECT = re.compile(
    r"(?:GPU|칩|가속기|그래픽처리장치)\)?\s?(?:(?:보유량|보유\s?대수|가동\s?대수|배치\s?규모|대수)\s?)?"
    r"(?:을|를|수를|가|는|이|은|수가|수는)(?=\s)|\b(?:GPU|chip|accelerator)\s(?:count|fleet)",
    re.I,
)
_DETERMINERS = re.compile(r"(?:\s(?:the|an?|its|their|nvidia's|nvidia|google's|amd's))+\s*$")
_DETERMINER_ENDS = ("the", "a", "an", "its", "their", "'s")  # how a _DETERMINERS match ends
# a clause-final plain present verb: a syllable with final ㄴ, or 는, before 다 ("한다",
# "늘린다", "짓는다"); not a state ("있다", "이다", "없다")
_NIEUN_FINAL = "".join(chr(0xAC00 + 28 * i + 4) for i in range(399))  # 간, 난, 한, 린 …
_KO_PLAIN_PRESENT = re.compile(rf"(?:[{_NIEUN_FINAL}]|는)다[.\s\"'”’)]*$")
_SOURCE = re.compile(
    r",\s(?:according to|citing|as reported by|as disclosed in)\s"
    # ", a number it disclosed in 2024": the time the figure was first told
    r"|,\s(?:a|the|that)\s(?:number|figure|count|total|tally)\s(?:that\s)?(?:\w+\s){1,2}?"
    r"(?:disclosed|gave|reported|published|shared|announced|released|revealed|cited)\b"
    # "… is in talks with Nvidia after shipping samples in September": an earlier step
    r"|\b(?:after|before|following)\s\w+ing\b"
)
_RETRACTED_EN = re.compile(
    r"\W{0,3}(?:(?:but|then|later|since|and)\s)?(?:\w+\s){0,2}(?:dropped|abandoned|scrapped|shelved|"
    r"ditched|cancell?ed|walked away from|backed out of|pulled out of)\s"
    r"(?:that|the|those|this|its|their|these)\s(?:plans?|idea|effort|talks|deal|project)\b"
)
# the last of them, all of them, the rest: an absolute phrase about the clause's own figure
_WITH_TAIL = re.compile(
    r"(?:the\s)?(?:full\scomplement|last|rest|remainder|balance|whole|full\sset"
    r"|entire|final|all)\b",
    re.I,
)
_WE_EXPECT = re.compile(r"\bwe\s(?:now\s)?(?:expect|anticipate|project|forecast)\b")
# "…20,000 MI355X GPUs there, and that was shelved in October", ", a project that was later
# scrapped", "but the order was cancelled": the plan told, then taken back in the passive
_RETRACTED_PASSIVE_EN = re.compile(
    r",\s(?:(?:and|but|then)\s)?(?:that|it|which|(?:the|a|an|that)\s"
    r"(?:plan|order|project|deal|effort|build-?out|purchase|expansion)(?:\s(?:that|which))?)\s"
    r"(?:was|were|has\sbeen|had\sbeen|got)\s(?:later\s|since\s|quietly\s|then\s|subsequently\s)?"
    r"(?:dropped|abandoned|scrapped|shelved|ditched|cancell?ed|called\soff|put\son\shold)\b"
)
_RETRACTED = re.compile(r"철회|백지화|무산|포기했|접었|계획은 없|계획이 없")
_GENERIC_AFTER = re.compile(
    rf"\s?(?:개의\s|의\s)?(?:of\s(?:its|their|the)\s(?:own\s)?)?{_QUALIFIES}(?:{_BRAND}\s?)?"
    # "holds eight cards": accelerator cards are chips counted
    r"(?:칩|GPU|가속기|그래픽처리장치|AI\s?칩|AI\s(?:chips?|accelerators?)|chips?\b|accelerators?\b|cards\b)",
    re.I,
)
_GENERIC_BEFORE = re.compile(
    r"(?:GPU|칩|가속기|GPUs|chips|accelerators)\s?(?:(?:약|총|모두|대략|about|some|nearly|roughly)\s?)?$",
    re.I,
)
# a sentence-opening time adverbial: "In September 2024", "Last March", "By mid-2025"
_FRONTED = re.compile(r"(?:in|on|during|last|this|by|since|from|early|late)\s", re.IGNORECASE)
_LABEL = re.compile(r"[^:：.]{1,40}[:：]\s")
# a label that denies what follows ("What we are not doing:", "What we won't buy:"), unlike
# one that only frames it ("What is not in dispute:")
_NEGATED_LABEL = re.compile(
    r"\b(?:not|n't|never|no\slonger)\s(?:\w+\s)?(?:doing|do|buying|buy|planning|going|"
    r"considering|pursuing|ordering)\b",
    re.IGNORECASE,
)
_HEADLINESE = re.compile(
    # not a prepositional "to" ("According to the filing, …", "Thanks to …", "Next to …")
    r"^\W{0,3}(?!(?:According|Due|Thanks|Close|Next|Up|Prior|Owing|Contrary|Compared|Relative"
    r"|Similar|Pursuant|Subject|Closer|Back|Turning|Returning)\sto\b)"
    r"(?:[A-Z][\w.&'’-]*\s){1,4}to\s(?!be\b)[a-z]+\b(?:\s(?:up\sto|as many as|about|\$))?"
)
_NEW_SUBJECT = re.compile(
    r"(?:(?i:we|it|they|he|she|analysts|management|the\s[a-z-]+)|[A-Z][\w&.-]*)\s(?!and\b)"
)
_JOINT_AND = re.compile(r"\sand\s$")
# between a company and its verb of expecting: "AWS still expects", "Nvidia now expects"
_EXPECTER_GAP = re.compile(r"\s(?:(?:still|now|also|already|firmly|\w+ly)\s)?")
_AUTHOR_WE = re.compile(r"\b(?:we|our|we're|we've|we'd|us)\b", re.IGNORECASE)
# an item that says it is so now ("already", "now operates", "currently runs", "현재"):
# the lead's modality does not reach it
_ALREADY = re.compile(
    r"\balready\b|\b(?:now|currently|today)\s(?:operates|runs|has|have|holds|hosts|uses)\b"
    r"|이미|벌써|현재",
    re.IGNORECASE,
)
_CLOSERS = "'\"’”」』)]›》"
# a published document a figure is read from: "공개한 사양에 따르면", "발표한 자료에 따르면"
_KO_SOURCE = re.compile(
    r"(?:공개한|발표한|공개된|발표된|내놓은)\s(?:\S+\s)?(?:사양|사양서|자료|데이터시트|문서|"
    r"스펙|제원)(?:에|에서)?\s(?:따르면|보면)"
)
# a title after a company's name: its representative speaks for it ("앤디 재시 아마존 CEO는")
_SPEAKER_TITLE = re.compile(
    r"\s(?:CEO|CFO|CTO|COO|최고경영자|최고재무책임자|최고기술책임자|대표(?:이사)?|회장|사장|부사장|대변인|측)"
    r"(?=[은는이가])"
)
_OWN_PARTICLE = ("은", "는", "이", "가")  # the subject particles a reference may end with


_ASIDE = re.compile(
    r",\s(?:according to|citing|people familiar|sources said|the company said|analysts said)[^,;]*"
    r"|,\s(?:a|an|the)\s(?:deal|move|step|arrangement|agreement|decision|pact|plan|shift)\s"
    r"(?:that|which)\b[^;]*$"
)
# a figure's own state inside a longer clause: "현재 월 7만 장 수준인", "지난해 말 기준 월 9만 장
# 수준이던" (a relative clause before the noun it describes: now, or at its own time)
_KO_CURRENT = re.compile(
    r"(?:현재|지난해|작년|전년|당시|(?:19|20)\d\d\s?년)\s[^,.]{0,40}?"
    r"(?:수준|장|개|달러|원|\d)(?:인|이던|였던|이었던)\s"
)
# (the years written out as two branches: a branch of plain first characters is scanned in C)
_KO_CURRENT_HINT = re.compile(r"현재|지난해|작년|전년|당시|19\d\d\s?년|20\d\d\s?년")
# an appositive noun with its own relative clause (", a fleet that began in October 2024")
# is a statement of its own, like ", which …"
_RELATIVE = re.compile(
    r",\s(?:which|who|whose|where)\s|\s\(|,\s(?:a|an)\s[a-z]+(?:\s[a-z]+)?\s(?:that|which)\s"
    # ", the second of which closed in November", ", most of which": its own statement
    r"|,\s(?:the\s)?(?:[a-z]+\s){1,2}of\s(?:which|whom)\s"
    # ", in which Microsoft has invested $13 billion,": a relative after its preposition
    r"|,\s(?:in|into|to|from|for|with|by|on|at)\s(?:which|whom)\s"
    # ", now 75,000 wafers a month, is seen rising to …": the present figure in apposition
    r"|,\s(?:now|currently)\s(?:at\s)?(?:about\s|around\s|roughly\s|some\s|nearly\s)?(?=\$?\d)"
    # "an order for Rubin systems that it expects to start installing in 2027": what its
    # buyer means to do with the thing is a statement of its own
    r"|(?:(?<=systems)|(?<=racks)|(?<=GPUs)|(?<=chips)|(?<=accelerators)|(?<=servers))"
    r"\s(?=that\s(?:we|it|they)\s(?:plans?\sto|expects?\sto|intends?\sto|aims?\sto|will)\s)"
)


_CLOSING_COMMA = re.compile(r",(?!\d{3})")
_MAIN_VERB_RESUMES = re.compile(
    r",\s(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|[a-z]+s)\b"
)


def inner_spans(text: str) -> list[Span]:
    """Relative clauses (", which …," up to the next comma or the end) and parentheses:
    statements inside a sentence whose times and modal verbs are their own."""
    spans: list[Span] = []
    for m in _RELATIVE.finditer(text):
        if spans and m.start() < spans[-1].end:
            continue
        if m.group().endswith("("):
            close = text.find(")", m.end())
            if close > 0:
                spans.append(Span(m.end() - 1, close + 1))
            continue
        # the comma that closes it, not one inside a number ("about 350,000 H100s")
        comma = _CLOSING_COMMA.search(text, m.end())
        ends = [i for i in (comma.start() if comma else -1, text.find(";", m.end())) if i > 0]
        if m.group().strip(", ").startswith("where"):
            # "…, where the campus, built by Oracle and home to 400,000 GB200s, has been
            # training …": a where-clause has its own subject and verb; it ends where the
            # main verb resumes (", runs 500,000 chips") or at the end of the sentence
            resume = _MAIN_VERB_RESUMES.search(text, m.end())
            ends = [i for i in (text.find(";", m.end()), resume.start() if resume else -1) if i > 0]
        spans.append(Span(m.start() + 1, min(ends) if ends else len(text)))
    return spans


def _masked(text: str, clause: Span, inner: list[Span]) -> str:
    """The clause's text with the inner statements blanked (same length, same offsets)."""
    for span in inner:
        lo, hi = max(span.start, clause.start), min(span.end, clause.end)
        if lo < hi and not (span.start <= clause.start and clause.end <= span.end):
            text = text[: lo - clause.start] + " " * (hi - lo) + text[hi - clause.start :]
    return text


def compile_triggers(vocabulary: Vocabulary) -> dict[tuple[str, str], re.Pattern[str]]:
    """One alternation per (predicate, language) over the lower-cased trigger words."""
    table: dict[tuple[str, str], re.Pattern[str]] = {}
    for predicate in vocabulary.predicates.values():
        for lang, listed in predicate.triggers.items():
            words = list(listed)
            if lang == "ko":
                # "쓰" also finds 쓴다, 썼다 and 써: the fused forms of verb stems
                words = list(dict.fromkeys([*words, *(f for w in words for f in inflected(w))]))
            if words:
                ordered = sorted((w.lower() for w in words), key=len, reverse=True)
                # grouped by first character (tracker.extract.patterns): the same matches,
                # found by the engine's fast scan instead of every word at every position
                if lang == "en":
                    # English triggers are stems at a word start ("sign" is not in "design")
                    words_ = [w for w in ordered if w[:1].isalpha()]
                    rest = [w for w in ordered if not w[:1].isalpha()]
                    parts = (by_first_char(words_, "[a-z]"), by_first_char(rest))
                else:
                    # a one-syllable Korean trigger is a word of its own ("랙" is not in "블랙웰")
                    short = [w for w in ordered if len(w) == 1]
                    longer = [w for w in ordered if len(w) > 1]
                    parts = (by_first_char(longer), by_first_char(short, "[가-힣]"))
                table[(predicate.id, lang)] = re.compile("|".join(p for p in parts if p))
    return table


@dataclass
class Focus:
    """Most recent entity of each kind, with the index of the sentence that named it."""

    last: dict[str, tuple[Entity, int]] = field(default_factory=dict)
    issuer: Entity | None = None  # who "we" is in a company's own text
    salience: Salience = field(default_factory=Salience)
    story_year: int | None = None  # the last year a Korean story named (story_years)

    def get(self, kind: str, now: int, window: int) -> Entity | None:
        hit = self.last.get(kind)
        if hit is None or now - hit[1] > window:
            return None
        return hit[0]

    def update(self, mentions: list[Mention], index: int) -> None:
        for m in mentions:
            if m.kind == "place":
                continue
            held = self.last.get(m.kind)
            if held is not None and index - held[1] <= 1 and _family_of(m.entity, held[0]):
                # "Ironwood, Google's seventh TPU … the TPU": the chip stays Ironwood
                self.last[m.kind] = (held[0], index)
                continue
            self.last[m.kind] = (m.entity, index)


_PRODUCT_NAME_KINDS = ("chip", "system")
_NAME_GAP = re.compile(r"[ \u00a0-]?")


def compound_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """One product named by two names written together is one mention of the narrower.

    A family noun after a member's name is the head of one noun phrase ("Ironwood TPU",
    "Trainium2 Trainium chips", "Gaudi 3 Gaudi"), and a member's name after its family's
    is the narrower name ("Blackwell B200", "Ascend 910C"): either way the product is the
    member, and a figure next to the family noun is the member's.
    """
    if len(mentions) < 2:
        return mentions
    dropped: set[int] = set()
    for a, b in pairwise(mentions):
        if a.kind not in _PRODUCT_NAME_KINDS or b.kind not in _PRODUCT_NAME_KINDS:
            continue
        if a.id == b.id or not _NAME_GAP.fullmatch(text, a.end, b.start):
            continue
        if _family_of(b.entity, a.entity):
            dropped.add(id(b))  # "Ironwood TPU": the head noun names the family
        elif _family_of(a.entity, b.entity):
            dropped.add(id(a))  # "Blackwell B200": the family's name qualifies the member
    if not dropped:
        return mentions
    return [m for m in mentions if id(m) not in dropped]


def _family_of(family: Entity, member: Entity) -> bool:
    """Whether ``family`` names the family ``member`` belongs to: one of its aliases is a
    word of one of the member's ("TPU" in "TPU v7", "Trainium" in "Trainium2")."""
    # a pure function of two vocabulary entries, asked for every mention the focus holds:
    # kept per pair (by identity; the entries are held too, so an identity is never reused)
    key = (id(family), id(member))
    hit = _FAMILY_OF.get(key)
    if hit is None or hit[0] is not family or hit[1] is not member:
        if len(_FAMILY_OF) >= 4096:
            _FAMILY_OF.clear()
        hit = _FAMILY_OF[key] = (family, member, _family_of_uncached(family, member))
    return hit[2]


_FAMILY_OF: dict[tuple[int, int], tuple[Entity, Entity, bool]] = {}


def _family_of_uncached(family: Entity, member: Entity) -> bool:
    if family.id == member.id:
        return False
    if member.parent == family.id:
        return True
    names = [a.lower() for lang in member.aliases.values() for a in lang]
    return any(
        _has_word(name, alias.lower()) for alias in family.aliases.get("en", ()) for name in names
    )


@lru_cache(maxsize=8)
def _comparison_cues(
    ko: tuple[str, ...], en: tuple[str, ...]
) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The Korean comparison cues as one pattern (any of them inside the text after a
    mention) and the English ones stripped (one of them ending the text before it)."""
    inside = re.compile("|".join(re.escape(c) for c in ko)) if ko else None
    return inside, tuple(c.strip() for c in en)


_COMPARISON_CUES: dict[int, tuple[Vocabulary, re.Pattern[str] | None, tuple[str, ...]]] = {}


def _comparison_cues_of(vocabulary: Vocabulary) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """:func:`_comparison_cues` of a vocabulary, looked up by the vocabulary itself (asked
    for every mention the rules weigh: the two cue lists need not be hashed each time)."""
    hit = _COMPARISON_CUES.get(id(vocabulary))
    if hit is None or hit[0] is not vocabulary:
        inside, ends = _comparison_cues(
            vocabulary.cue_list("comparison", "ko"), vocabulary.cue_list("comparison", "en")
        )
        hit = _COMPARISON_CUES[id(vocabulary)] = (vocabulary, inside, ends)
    return hit[1], hit[2]


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` with no ASCII letter right before or after it
    (the regex ``(?<![a-z])word(?![a-z])``, without compiling one per pair of names)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at > 0 else ""
        after = text[end] if end < len(text) else ""
        if not ("a" <= before <= "z") and not ("a" <= after <= "z"):
            return True
        at = text.find(word, at + 1)
    return False


# an analyst's earlier figure that a new one replaces: "기존 (내년 말) 추정치는", "종전
# 전망", "앞서 … 월 6만5000장으로 제시했었다"
_KO_SUPERSEDED = re.compile(
    r"(?:기존|종전|이전)\s?(?:\S+\s){0,3}?(?:추정치|전망치|예상치|추정은|전망은)"
    r"|(?:제시|추정|전망|예상|예측)했었|내다봤었|봤었다"
)
# "사실과 다르다", "사실과 달라 바로잡습니다": the statement before it is denied
_KO_UNTRUE = re.compile(r"사실과\s?(?:다르|다릅|달라|달랐|다른)")
# the outlet quoting its own earlier story ("본지는 7일자 기사에서 … 보도했습니다"): a
# correction's subject, or at best a restatement of a claim made in that story
_KO_OWN_REPORT = re.compile(
    r"(?:본지|본보|본사|당지)(?:는|가|의)\s[^.]*?(?:보도했|보도한|보도됐|적었|썼|기재했|표기했)"
)
# A company saying it will do something, with no plan word (GUIDE, settled cases):
# "내년부터 공급한다고 밝혔다" is announced; a past verb before 다고 is a fact told. A
# period starting within this quarter ("4분기부터" in October) counts as future.
_THIS_QUARTER_DAYS = 92
# a reporting verb after "-겠다고": told ("밝혔다", "말했다") or declared in public ("공언했다",
# "선언했다", "약속했다", "천명했다", "발표했다"), all a company's word with no plan word
_KO_SAID_WILL = re.compile(
    r"겠다고\s?(?:\S+\s){0,3}?(?:밝혔|밝히|말했|전했|설명했|공언|선언|약속|천명|발표)"
)
_KO_GROWS_TO = re.compile(r"로\s?(?:늘|확대|키우|키운|키울|증가|끌어올|확충|불어|커지|커진)")
_KO_SAID_FUTURE = re.compile(r"(?<![었았했됐였쳤렸켰])다고\s?(?:\S+\s){0,3}?(?:밝혔|밝히|알렸)")


@dataclass
class Sentence:
    """A sentence and everything recognized in it (offsets relative to the sentence)."""

    text: str
    offset: int
    index: int
    language: str
    published: date
    mentions: list[Mention]
    quantities: list[QuantityMatch]
    times: list[TimeMatch]
    clauses: list[Span]
    focus: Focus
    vocabulary: Vocabulary
    cues: ModalityCues
    triggers: dict[tuple[str, str], re.Pattern[str]] = field(default_factory=dict)
    is_item: bool = False
    lead_modality: Modality | None = None
    table: TableRow | None = None
    upcoming: frozenset[str] = frozenset()
    lowered: str = ""

    inner: list[Span] = field(default_factory=list)
    tier: str = "press"
    sequel: bool = False  # names a numbered sequel site ("Colossus 2") it has no id for
    basis: ValidTime | None = None  # a list's "칩 수는 지난해 말 기준": when its counts hold
    trigger_text: str = ""

    def __post_init__(self) -> None:
        self.lowered = self.text.lower()
        self.mentions = compound_names(self.text, self.mentions)
        self.trigger_text = self.lowered
        if self.language == "en" and (not_taken := alternative_spans(self.lowered)):
            # "buys GB300s rather than renting them from CoreWeave": no trigger, no party
            self.trigger_text = blank_alternatives(self.lowered)
            self.mentions = [
                m
                for m in self.mentions
                if m.entity.kind != "company" or not any(a <= m.start < b for a, b in not_taken)
            ]
        if self.language == "en" and "sold out" in self.trigger_text:
            # "2026 HBM is sold out": demand outrunning supply, no sale to anyone
            self.trigger_text = self.trigger_text.replace("sold out", " " * 8)
        if self.language == "en" and "racked" in self.trigger_text:
            # "30,000 of those H100s racked by the end of 2026": installed, no rack's fill
            self.trigger_text = self.trigger_text.replace("racked", " " * 6)
        if self.language == "ko" and self.quantities:
            self.quantities = verb_bounds(self.text, self.quantities)  # "17만 장까지 불어날"
        if self.language == "ko" and _KO_CURRENT_HINT.search(self.text):
            # "현재 월 7만 장 수준인 생산능력을 연말까지 15만 장으로": the current figure is a
            # statement of its own (now, actual), inside the plan's clause
            self.inner = [Span(m.start(), m.end()) for m in _KO_CURRENT.finditer(self.text)]
        if self.language != "ko" and (
            "," in self.text or "(" in self.text or " that " in self.text
        ):
            self.inner = inner_spans(self.text)
            # "…, according to people familiar with the matter, a deal that would make…":
            # an attribution and a summarizing appositive hold no trigger of the statement
            for m in _ASIDE.finditer(self.lowered):
                blank = " " * (m.end() - m.start())
                self.trigger_text = (
                    self.trigger_text[: m.start()] + blank + self.trigger_text[m.end() :]
                )

    def inner_of(self, pos: int) -> Span | None:
        """The relative clause or parenthesis around ``pos`` (", which …,", "(…)"), if any."""
        for span in self.inner:
            if span.start <= pos < span.end:
                return span
        return None

    # -- spans -------------------------------------------------------------------------

    def clause_of(self, pos: int) -> Span:
        for span in self.clauses:
            if span.start <= pos < span.end:
                return span
        return self.clauses[-1]

    def parenthetical(self, pos: int) -> Span | None:
        """The ``(...)`` span around ``pos``, if ``pos`` sits inside parentheses."""
        open_at = self.text.rfind("(", 0, pos)
        if open_at < 0 or self.text.rfind(")", open_at, pos) >= 0:
            return None
        close_at = self.text.find(")", pos)
        if close_at < 0:
            return None
        if not self.text[:open_at].strip() and not self.text[close_at + 1 :].strip(" .;"):
            return None  # "(Nvidia has said it intends to invest …)": a sentence of its own
        return Span(open_at + 1, close_at)

    def has_trigger(self, predicate: str, span: Span | None = None) -> bool:
        return self.trigger_pos(predicate, span or Span(0, len(self.text))) is not None

    def trigger_pos(self, predicate: str, span: Span) -> int | None:
        """Where the first trigger word of a predicate occurs in the span, if any."""
        pattern = self.triggers.get((predicate, self.language))
        if pattern is None:
            return None
        hit = pattern.search(self.trigger_text, span.start, span.end)
        return hit.start() if hit is not None else None

    # -- mentions ------------------------------------------------------------------------

    def of_kind(self, kinds: tuple[str, ...], span: Span | None = None) -> list[Mention]:
        # the rules' most frequent question: the span's bounds read once, the entity's
        # kind read directly (not through Mention.kind), the span test first (the cheaper)
        if span is None:
            return [m for m in self.mentions if m.entity.kind in kinds]
        lo, hi = span.start, span.end
        return [m for m in self.mentions if lo <= m.start < hi and m.entity.kind in kinds]

    def particle(self, m: Mention) -> str:
        """The Korean particle right after a mention (skipping quotes and a parenthesis)."""
        if m.anaphoric and m.text[-1:] in _OWN_PARTICLE:
            return m.text[-1]  # "회사는", "당사가": a reference back that holds its particle
        i, text = m.end, self.text
        while i < len(text) and text[i] in _CLOSERS:
            i += 1
        if i < len(text) and text[i] == "(":
            close = text.find(")", i)
            if close > 0:
                i = close + 1
        title = _SPEAKER_TITLE.match(text, i)
        if title is not None:
            i = title.end()  # "아마존 CEO는", "엔비디아 측은": the company's own voice
        for group in (TOPIC, DATIVE, PARTNER, OBJECT, GENITIVE):
            for p in group:
                if text.startswith(p, i):
                    after = text[i + len(p) : i + len(p) + 1]
                    if not after or not ("\uac00" <= after <= "\ud7a3") or p in ("에서", "에는"):
                        return p
                    if p in ("에", "와", "과") and after in ("서", "는", "도", "의"):
                        return p
        return ""

    def is_compared(self, m: Mention) -> bool:
        """A mention that is only a point of comparison ("B200과 동급", "on par with B200")."""
        inside, ends = _comparison_cues_of(self.vocabulary)
        if inside is not None and inside.search(self.lowered, m.end, m.end + 8) is not None:
            return True  # a Korean cue in the 8 characters after the mention
        before = self.lowered[max(0, m.start - 24) : m.start].rstrip()
        if before.endswith(_DETERMINER_ENDS):
            # only then can _DETERMINERS (anchored at the end) match: most windows skip it
            before = _DETERMINERS.sub("", before).rstrip()
        return before.endswith(ends)

    def nearest(
        self,
        kinds: tuple[str, ...],
        pos: int,
        *,
        before: bool = True,
        span: Span | None = None,
        particles: tuple[str, ...] | None = None,
        exclude: tuple[str, ...] = (),
    ) -> Mention | None:
        """The mention of a kind nearest to ``pos`` on one side, optionally by particle."""
        pool = [
            m
            for m in self.of_kind(kinds, span)
            if (m.end <= pos if before else m.start >= pos)
            and m.id not in exclude
            and not self.is_compared(m)
            and (particles is None or self.particle(m) in particles)
        ]
        if not pool:
            return None
        return max(pool, key=lambda m: m.start) if before else min(pool, key=lambda m: m.start)

    def chip_near(self, q: QuantityMatch) -> Mention | None:
        """The chip or system a count is about: named right after it or right before it."""
        for m in self.of_kind(("chip", "system")):
            gap = self.text[q.end : m.start]
            if q.text.endswith(("넘", "웃도")) and gap.startswith("는"):
                gap = gap[1:]  # "35만 개가 넘|는 H100": the bound took the verb's stem
            if q.text.endswith("육박") and gap.startswith(("하는", "한")):
                gap = gap[2 if gap.startswith("하는") else 1 :]  # "35만 개에 육박|하는 H100"
            if 0 <= m.start - q.end <= 16 and _GAP_AFTER.fullmatch(gap):
                return m
            if self.figure_label(q.start) and _FIGURE_LABEL.fullmatch(gap):
                return m
        for m in reversed(self.of_kind(("chip", "system"))):
            gap = self.text[m.end : q.start]
            if 0 <= q.start - m.end <= 28 and _GAP_BEFORE.fullmatch(gap):
                return m
        return None

    def figure_label(self, pos: int) -> bool:
        """Whether the figure at ``pos`` opens the line as its label ("350,000 - H100 GPUs in
        Meta's fleet", "72 — chips in one rack"): the rest of the line describes it, so
        what it counts and whose it is both come after it."""
        return pos <= 1 and _FIGURE_LABEL.match(self.text, self._figure_end(pos)) is not None

    def _figure_end(self, pos: int) -> int:
        ends = [q.end for q in self.quantities if q.start == pos]
        return ends[0] if ends else pos

    def generic_count(self, q: QuantityMatch) -> bool:
        """A count of unnamed chips ("230,000 GPUs", "GPU 20만 개", "GPU를 ... 100만 개로")."""
        if counts_other_things(self.text, q.end):
            return False  # "이 칩이 이미 16개 데이터센터 리전에서": regions counted
        if _GENERIC.search(q.text):
            return True
        if _GENERIC_BEFORE.search(self.text[max(0, q.start - 16) : q.start]):
            return True
        if _GENERIC_AFTER.match(self.text, q.end):
            return True
        label = _FIGURE_LABEL.match(self.text, q.end) if q.start <= 1 else None
        if label is not None and _GENERIC.match(self.text, label.end()):
            return True  # "1.3 million - GPUs Meta expects to run"
        clause = self.clause_of(q.start)
        window = self.text[max(clause.start, q.start - 30) : q.start]
        named = any(q.start - 30 <= m.start < q.start for m in self.of_kind(("chip", "system")))
        return not named and q.unit == "count" and bool(_GENERIC_OBJECT.search(window))

    # -- time and modality -----------------------------------------------------------------

    def time_for(self, anchor: int, others: list[int]) -> TimeMatch | None:
        """The time expression of the anchor's clause that belongs to it.

        Korean puts the time before what it dates, English usually after; a time with
        another anchor between it and this one belongs to that other anchor.
        """
        clause = self.clause_of(anchor)
        pool = [t for t in self.times if clause.start <= t.start < clause.end]
        if self.inner and pool:
            # a relative clause keeps its times: "X, which ships in 2026, runs 500,000
            # chips" dates nothing outside it, and nothing outside dates what it says
            own = self.inner_of(anchor)
            pool = [t for t in pool if self.inner_of(t.start) == own]
        if self.language == "en":
            # "…, according to a paper it published last year": the time dates the source
            pool = [
                t
                for t in pool
                if not (t.start > anchor and _SOURCE.search(self.text, anchor, t.start))
            ]
        if not pool:
            return self._fronted_time(anchor) or self._with_time(clause)

        def free(t: TimeMatch) -> bool:
            if self.language == "en" and t.start <= 3 and t.end <= anchor:
                # "As of March 31, 2026, our fleet was 38,000 GPUs, including 12,000 B200s":
                # a time that opens the sentence dates each figure after it
                return True
            lo, hi = sorted((t.start, anchor))
            return not any(lo < o < hi for o in others if o != anchor)

        preceding = [t for t in pool if t.end <= anchor and free(t)]
        following = [t for t in pool if t.start >= anchor and free(t)]
        if self.language == "ko":
            # "월 17만 장 규모로, 연말 20만 장까지": a time before another number of the
            # clause dates that number, not the one before it
            following = [t for t in following if not any(t.end <= o < clause.end for o in others)]
        first, second = (
            (preceding[-1:], following[:1])
            if self.language == "ko"
            else (following[:1], preceding[-1:])
        )
        pick = first or second
        if not pick and self.language == "ko":
            return shared_time(self.text, self.quantities, anchor, others, pool, clause.end)
        return pick[0] if pick else None

    def _with_time(self, clause: Span) -> TimeMatch | None:
        """The time of an English absolute phrase right after a clause with none, when the
        phrase has no figure of its own: "will install 23,040 GB300 GPUs, with the full
        complement due by the end of 2027" (the phrase times what the clause counts)."""
        if self.language != "en":
            return None
        after = next((c for c in self.clauses if c.start == clause.end), None)
        if after is None or not self.text[: clause.end].rstrip().endswith(", with"):
            return None
        if not _WITH_TAIL.match(self.text, clause.end):
            return None
        if any(after.start <= q.start < after.end for q in self.quantities):
            return None
        return next((t for t in self.times if after.start <= t.start < after.end), None)

    def _fronted_time(self, anchor: int) -> TimeMatch | None:
        """An English time that opens the sentence ("In September 2024 xAI switched on
        Colossus …, with 100,000 H100s") dates every clause of it that has none of its own
        (not a relative clause's, which keeps its own statement)."""
        if self.language != "en" or not self.times or self.times[0].start > 3:
            return None
        first = self.times[0]
        if not _FRONTED.match(self.text, first.start) or first.end > anchor:
            return None
        if self.inner and self.inner_of(anchor) is not None:
            return None
        return first

    def valid_for(self, anchor: int, others: list[int]) -> ValidTime:
        t = self.time_for(anchor, others)
        return t.valid if t is not None else point_at(self.published)

    def modality(self, anchor: int, valid: ValidTime, span: Span | None = None) -> Modality | None:
        """The claim's modality, or ``None`` when the clause negates it."""
        clause = span or self.clause_of(anchor)
        own = self.inner_of(anchor) if self.inner else None
        if own is not None and clause.start <= own.start and own.end <= clause.end:
            clause = own  # "Anthropic, which already trains on Rainier's 500,000 chips, …"
        text = self.text[clause.start : clause.end]
        if self.inner and own is None:
            text = _masked(text, clause, self.inner)
        label = _LABEL.match(text) if self.is_item and clause.start == 0 else None
        if label is not None and anchor >= label.end():
            if _NEGATED_LABEL.search(label.group()):
                return None  # "What we are not doing: buying AMD's MI355X": a denial
            text = " " * label.end() + text[label.end() :]  # "What is not in dispute: …"
        rel = anchor - clause.start
        if self.cues.negated(text, self.language, max(0, rel)):
            return None
        if held_open(self.text, anchor, self.language) or zero_quantified(
            self.text, anchor, self.language
        ):
            return None  # "If Meta bought 100,000 TPUs, …", "asked whether xAI would buy"
        if self.cues.denied_report(self.text, self.language, anchor):
            return None  # "…한다는 보도에 대해 사실무근이라고 밝혔다": what is denied
        if self.cues.judged_false(self.text, self.language, anchor):
            return None  # "A post, which claims OpenAI switched to Ascend, is false"
        if self.language == "ko" and _KO_UNTRUE.search(text, rel):
            return None  # "미시시피주에 있다는 내용도 사실과 다릅니다": what a correction denies
        if self.language == "ko" and _KO_OWN_REPORT.search(self.text):
            return None  # "본지는 … 가동 중이라고 보도했습니다": the outlet's own earlier story
        if self.language == "ko" and _KO_SUPERSEDED.search(text):
            return None  # "기존 추정치는 월 8만 5000장이었다": an estimate given up, not a claim
        if self.language == "ko" and _RETRACTED.search(self.text, clause.end):
            return None  # "검토했지만 최근 이를 철회했다": a later clause takes it back
        if self.language == "en" and _RETRACTED_EN.match(self.lowered, clause.end):
            return None  # "had evaluated Trainium2 but dropped that plan in the spring"
        if self.language == "en" and _retracted_after(self.lowered, anchor):
            return None  # "had planned 20,000 MI355X GPUs there, and that was shelved"
        if self.language == "en" and quoted_error(self.lowered, anchor):
            return None  # a corrections column: 'A story on 27 January said … "up to one …"'
        if self.language == "ko" and "따르면" in text:
            # "화웨이가 공개한 사양에 따르면 …": where the figure is read, no announcement
            text = _KO_SOURCE.sub(lambda m: " " * len(m.group()), text)
        found = self.cues.governing(text, self.language, rel)
        if found is None and self.language == "en" and _HEADLINESE.match(text):
            found = "planned"  # "* Microsoft to invest up to $5 billion in Anthropic"
        frame = self._frame(clause)
        if frame is not None and found in (None, "planned", "actual"):
            return frame
        if found == "forecast" and _WE_EXPECT.search(self.lowered) and self._own_voice():
            return "planned"  # "we expect to have 450,000 installed" in the company's own text
        if found == "planned" and self.language == "en" and their_word_after(text, rel):
            return "forecast"  # "TSMC will reach 130,000 a month, analysts say"
        if found == "planned" and self.language == "en" and self._forecaster_after(text, rel):
            return "forecast"  # "TSMC will reach 90k wpm in Q4, according to TrendForce"
        if found == "planned" and self.language == "en" and said_future(text, self.text):
            return "announced"  # "Oracle said it would build …": no plan word (GUIDE)
        if self.language == "en" and found in ("planned", None) and self.future(valid):
            theirs = their_word_before(text, self.text[: clause.start + max(0, rel)])
            if theirs is not None and not self._company_expects(theirs):
                return "forecast"  # "sources said TSMC's capacity will rise to …"
        if found == "considering" and self.language == "en" and hedged_level(text):
            return "forecast"  # "capacity might reach 100,000 wafers a month"
        if found == "considering" and passed_over(self.lowered, clause.end, self.language):
            return None  # "considered TPUs in 2024 but chose Nvidia instead"
        if found == "planned" and self.language == "ko" and self._said_will(text, valid):
            return "announced"  # "…로 슈퍼클러스터를 꾸리겠다고 밝혔다": said, with no target time
        if found is not None:
            return found
        if self.language == "en" and near_future(text):
            return near_future_modality(self.text)  # "starts going online in a few weeks"
        if self.is_item and self.lead_modality is not None and not _ALREADY.search(text):
            return self.lead_modality  # a list item says what its lead sentence says
        if self.tier == "analyst" and self.language == "en" and _AUTHOR_WE.search(text):
            # "Our end-2025 figure is unchanged at 70 kwpm": the analyst house's own number
            return "forecast"
        if self.language == "ko" and self._said_future(text, valid):
            return "announced"  # "4분기부터 공급한다고 밝혔다": a future action, no plan word
        if self.language == "ko" and self._stated_future(text, valid):
            return "announced"  # "내년부터는 … HBM4를 본격 공급한다": a future act, no plan word
        if self.language == "ko" and self._present_plan(text, valid):
            return "planned"  # "올해 HBM4 증설에 10조원을 투입한다": a plan for the year
        if self.future(valid):
            return "planned"
        if self.language == "ko" and near_future_ko(text):
            return near_future_modality_ko(self.text)  # "몇 주 안에 … 가동한다고 밝혔다"
        return "actual"

    def _forecaster_after(self, clause: str, anchor: int) -> bool:
        """Whether the statement is attributed after the claim to an analyst or a
        research firm (", according to TrendForce"): their projection."""
        source = source_after(clause, anchor)
        return source is not None and any(
            c.modality == "forecast" for c in self.cues.cues(source, self.language)
        )

    def _own_voice(self) -> bool:
        """Whether "we" here is a company speaking of itself: its own text, or a call whose
        "we" was resolved to the company (an analyst's "we expect" is a forecast)."""
        if self.tier == "company":
            return True
        return self.tier != "analyst" and any(
            m.anaphoric and m.text.lower() in ("we", "our", "us") for m in self.mentions
        )

    def _company_expects(self, at: int) -> bool:
        """Whether the party expecting at ``at`` ("AWS expects Project Rainier to …") is a
        company: its expectation for what it runs is its plan, not a third party's."""
        if at < 0:
            return False
        return any(
            m.kind == "company" and m.end <= at and _EXPECTER_GAP.fullmatch(self.text, m.end, at)
            for m in self.mentions
        )

    def _said_future(self, clause: str, valid: ValidTime) -> bool:
        """A Korean company's own word about what it will do ("내년부터 공급한다고 밝혔다"):
        a time after publication, or a period starting this quarter ("4분기부터")."""
        starts_now = (
            valid.kind == "open"
            and valid.start is not None
            and (self.published - valid.start).days <= _THIS_QUARTER_DAYS
        )
        return (starts_now or self.future(valid)) and bool(_KO_SAID_FUTURE.search(clause))

    def _said_will(self, clause: str, valid: ValidTime) -> bool:
        """A company's 'will' told by a reporting verb ("통합하겠다고 밝혔다") with no time of
        its own is an announcement (GUIDE: no plan word); with a target time ("연말까지 …
        확보하겠다고 밝혔다") it stays the plan it sets."""
        if not (valid.kind == "point" and valid.start == valid.end == self.published):
            return False
        return bool(_KO_SAID_WILL.search(clause))

    def _stated_future(self, clause: str, valid: ValidTime) -> bool:
        """A Korean clause ending in a plain present verb from a start after publication
        ("내년부터는 … 공급한다", "3분기부터 양산한다"): a future action stated as settled, with
        no plan word, is announced (GUIDE settled case), unlike the current year's work."""
        if valid.kind != "open" or valid.start is None or valid.start <= self.published:
            return False
        if _KO_GROWS_TO.search(clause):
            return False  # "내년 말 15만 장으로 늘어난다": the company's own future number
        return bool(_KO_PLAIN_PRESENT.search(clause))

    def _present_plan(self, clause: str, valid: ValidTime) -> bool:
        """A Korean clause ending in a plain present verb ("투입한다", "늘린다", "착공된다")
        about a period that is not over yet (올해, 연내, 하반기) states what will be done."""
        if valid.kind == "point" and valid.start == valid.end:
            return False
        if valid.end is None or valid.end < self.published:
            return False
        return bool(_KO_PLAIN_PRESENT.search(clause))

    def _frame(self, clause: Span) -> Modality | None:
        """A reporting frame that governs a coordinated verb group: in "analysts estimate
        TSMC exited June at 65,000 and will reach 90,000 by year-end" the second verb group
        is the analysts' estimate too."""
        if self.language == "ko" or clause.start == 0:
            return None
        if not _JOINT_AND.search(self.lowered, 0, clause.start):
            return None
        if _NEW_SUBJECT.match(self.text, clause.start):
            return None  # "…, and the company is shooting for …": its own statement
        previous = next((c for c in self.clauses if c.end == clause.start), None)
        if previous is None:
            return None
        head = self.text[previous.start : previous.end]
        figures = [q.start - previous.start for q in self.quantities if previous.start <= q.start]
        first = min(figures) if figures else len(head)
        cues = [c for c in self.cues.cues(head, self.language) if c.start < first]
        frame = max(cues, key=lambda c: c.start).modality if cues else None
        return frame if frame in ("forecast", "considering") else None

    def future(self, valid: ValidTime) -> bool:
        """Whether a valid time lies after the publication date (or is a deadline)."""
        return (valid.start or valid.end or self.published) > self.published or (
            valid.kind == "deadline" and valid.end is not None and valid.end >= self.published
        )


def _retracted_after(lowered: str, anchor: int) -> bool:
    """Whether the phrase right after the anchor's (no other comma phrase between) says in
    the passive that what it told was taken back."""
    m = _RETRACTED_PASSIVE_EN.search(lowered, anchor)
    if m is None:
        return False
    between = lowered[anchor : m.start()]
    return ", " not in between and ";" not in between
