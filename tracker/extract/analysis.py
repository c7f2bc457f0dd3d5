"""One sentence, analysed: its mentions, quantities, times and clauses, plus the helpers
claim rules use to pair them (particles, proximity, focus of the discourse).

The *focus* is what the document was talking about in the last few sentences: the most
recent entity of each kind. Rules use it for anaphora ("해당 클러스터", "the cluster") and
for a qualifier a sentence leaves implicit (the CoWoS process of a capacity figure named
two sentences earlier).

The readings a Sentence offers are kept by theme in modules of their own: what its counts
count (chip_counts), which time dates what (sentence_times), a claim's modality
(sentence_modality), the statements inside it (inner_clauses), one product under two names
(product_names); the trigger patterns it searches are compiled in triggers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.alternatives import (
    alternative_spans,
    blank_alternatives,
    earlier_telling,
    named_as_not_used,
)
from tracker.extract.bounds import verb_bounds
from tracker.extract.chip_counts import ChipCounts
from tracker.extract.discourse import Salience
from tracker.extract.entities import Mention
from tracker.extract.inner_clauses import _ASIDE, _KO_CURRENT, _KO_CURRENT_HINT, inner_spans
from tracker.extract.modality import ModalityCues
from tracker.extract.product_names import _family_of, compound_names
from tracker.extract.quantities import QuantityMatch
from tracker.extract.sentence_modality import SentenceModality
from tracker.extract.sentence_times import SentenceTimes
from tracker.extract.tables import TableRow
from tracker.extract.text import Span
from tracker.extract.timex import TimeMatch
from tracker.extract.vocabulary import Entity, Vocabulary

TOPIC = ("께서", "이는", "은", "는", "이", "가", "도")
DATIVE = ("에게", "에서", "에는", "에", "한테")
PARTNER = ("와의", "과의", "와", "과", "하고", "이랑", "랑")
OBJECT = ("을", "를")
GENITIVE = ("의",)
_DETERMINERS = re.compile(r"(?:\s(?:the|an?|its|their|nvidia's|nvidia|google's|amd's))+\s*$")
_DETERMINER_ENDS = ("the", "a", "an", "its", "their", "'s")  # how a _DETERMINERS match ends
_CLOSERS = "'\"’”」』)]›》"
# a title after a company's name: its representative speaks for it ("앤디 재시 아마존 CEO는")
# (and a unit's head, after the unit's name: "SK텔레콤 AI 사업 부문장은", "KT 클라우드 본부장이")
_SPEAKER_TITLE = re.compile(
    r"\s(?:CEO|CFO|CTO|COO|최고경영자|최고재무책임자|최고기술책임자|대표(?:이사)?|회장|사장|부사장|대변인|측|관계자"
    r"|(?:[A-Za-z가-힣]+\s){0,2}(?:부문장|본부장|사업부장|센터장|전무|상무|담당\s?임원))"
    r"(?=[은는이가])"
)
_OWN_PARTICLE = ("은", "는", "이", "가")  # the subject particles a reference may end with
_AFTER_DEUNG = ("이", "은", "도", "과", "에", "을", "의")  # 등이, 등은, 등도, 등과, 등에 …


# "puts" with no company put at a figure after it (the tally "puts Nebius at about 60,000
# GPUs", "puts Meta's H100 fleet at 350,000 chips" is a count of a fleet)
_PUTS_NO_TALLY = re.compile(
    r"\b[Pp]uts(?=\s)(?!\s(?:(?:[A-Z0-9][\w.&'’-]*(?:['’]s)?\s){1,3}|(?:them|it|the\s(?:company|firm))\s)"
    r"(?:[a-z][\w-]*\s){0,3}?at\s(?:[a-z]+\s){0,2}?\$?\d)"
)
_SUPPLY_CHAIN = re.compile(r"\bsupply[\s-]chains?\b")
_ORDER_OF_SIZE = re.compile(r"\b(?:on|in)\sthe\sorder\sof\b|\borders?\sof\smagnitude\b")


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group())


_INTO_SERVICE_FOR = re.compile(r"\binto\sservice(?=\sfor\s(?:[A-Z]|[a-z][a-z]?[A-Z]))")
PLACE = "place in view"  # Focus.last's key for the latest place named
OPENING = "opening topic"  # Focus.last's key for the first topic a Korean text marks


@dataclass
class Focus:
    """Most recent entity of each kind, with the index of the sentence that named it."""

    last: dict[str, tuple[Entity, int]] = field(default_factory=dict)
    issuer: Entity | None = None  # who "we" is in a company's own text
    covered: Entity | None = None  # whom a broker's note covers: its "동사" (covered_ko)
    salience: Salience = field(default_factory=Salience)
    story_year: int | None = None  # the last year a Korean story named (story_years)
    # every chip or system the document has named so far ("the chip the text is about" when
    # it is the only one: a teardown's subjectless spec lines)
    products: frozenset[str] = frozenset()
    # entities a weak name was read as once its context said so ("Lambda, the GPU cloud"):
    # the bare name stands for them later in the same text
    established: set[str] = field(default_factory=set)

    def get(self, kind: str, now: int, window: int) -> Entity | None:
        hit = self.last.get(kind)
        if hit is None or now - hit[1] > window:
            return None
        return hit[0]

    def mark_topics(self, first: Entity, last: Entity, index: int) -> None:
        """A Korean sentence's companies marked as topic (은/는/이/가): the last is the topic
        (marked, not guessed); the first ever marked is the company the text opens on."""
        self.last["topic"] = (last, index)
        self.last["marked"] = (last, index)
        self.last.setdefault(OPENING, (first, index))

    def hold(self, index: int) -> None:
        """Keep what is in focus as fresh as it was: a paragraph's label sentence
        ("Compute." before "Dense peak performance is 2.6 petaflops …") is no sentence
        between the chip and its figures."""
        self.last = {k: (e, min(i + 1, index)) for k, (e, i) in self.last.items()}

    def update(self, mentions: list[Mention], index: int) -> None:
        named = {m.entity.id for m in mentions if m.kind in ("chip", "system")}
        if not named <= self.products:
            self.products = self.products | named
        for m in mentions:
            if m.kind == "place":
                # kept apart from the sites: "Abilene, Texas … Today it holds the first
                # campus of Stargate" (the place a sentence is about, for "it" or "this")
                self.last[PLACE] = (m.entity, index)
                continue
            held = self.last.get(m.kind)
            if held is not None and index - held[1] <= 1 and _family_of(m.entity, held[0]):
                # "Ironwood, Google's seventh TPU … the TPU": the chip stays Ironwood
                self.last[m.kind] = (held[0], index)
                continue
            self.last[m.kind] = (m.entity, index)


@lru_cache(maxsize=8)
def _comparison_cues(
    ko: tuple[str, ...], en: tuple[str, ...]
) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The Korean comparison cues as one pattern (any of them inside the text after a
    mention) and the English ones stripped (one of them ending the text before it)."""
    inside = re.compile("|".join(re.escape(c) for c in ko)) if ko else None
    return inside, tuple(c.strip() for c in en)


# "블랙웰의 약 2.8배", "H100의 3배": the mention is what a figure is a multiple of
_KO_TIMES_OF = re.compile(r"의\s?(?:약\s?|최대\s?)?\d+(?:\.\d+)?\s?배")


def _comparison_cues_of(vocabulary: Vocabulary) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """:func:`_comparison_cues` of a vocabulary, kept with the vocabulary itself (asked
    for every mention the rules weigh: the two cue lists need not be hashed each time)."""
    return vocabulary.derived("analysis.comparison_cues", _build_comparison_cues)


def _build_comparison_cues(
    vocabulary: Vocabulary,
) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    return _comparison_cues(
        vocabulary.cue_list("comparison", "ko"), vocabulary.cue_list("comparison", "en")
    )


# what may open a headline-style line before its subject and comma: a bullet, a clock
# stamp, a day ("▲10월 23일 앤트로픽, …", "• 메타, …", "[14:40] 구글, …")
LINE_MARK = (
    r"\s*(?:[\[(]?\d{1,2}:\d{2}[\])]?\s*)?(?:[-·•▲△■□◆◇●▶▷►*]\s*)?"
    r"(?:\[(?:단독|속보|종합|특징주|1보|2보|이슈|현장)\]\s*)?"
)
"""A line's opening furniture before its first word: a clock stamp, a bullet, a desk's tag
("▶ [단독] 아마존, …")."""
HEADLINE_LEAD = re.compile(LINE_MARK + r"(?:(?:\d{4}년\s?)?\d{1,2}월\s?\d{1,2}일\s*)?['\"‘“]?")


@dataclass
class Sentence(ChipCounts, SentenceTimes, SentenceModality):
    """A sentence and everything recognized in it (offsets relative to the sentence).

    What its counts count (:class:`ChipCounts`), which time dates what
    (:class:`SentenceTimes`) and a claim's modality (:class:`SentenceModality`) are read by
    its base classes, one module each.
    """

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
    shipping: frozenset[str] = frozenset()  # products said to be on the market (upcoming)
    hinted: frozenset[str] = frozenset()  # products the text unveils or calls next-generation
    lowered: str = ""

    inner: list[Span] = field(default_factory=list)
    tier: str = "press"
    sequel: bool = False  # names a numbered sequel site ("Colossus 2") it has no id for
    # an English answer to a question about a fleet ("Q: What are you running today?")
    asked_fleet: bool = False
    basis: ValidTime | None = None  # a list's "칩 수는 지난해 말 기준": when its counts hold
    trigger_text: str = ""
    # answers already given for this sentence: the rules ask the same questions (a quarter
    # of the trigger searches, most particle lookups); each answer depends only on the
    # sentence's text (trigger_text, set once in __post_init__) and the question's key
    _memo: dict[tuple[object, ...], object] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

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
        if self.language == "en" and any(m.entity.kind == "technology" for m in self.mentions):
            # "linked by Ethernet rather than NVLink": a technology not used is no object
            self.mentions = [
                m
                for m in self.mentions
                if m.entity.kind != "technology" or not named_as_not_used(self.lowered, m.start)
            ]
        self.earlier_told = (
            earlier_telling(self.text, self.lowered) if self.language == "en" else None
        )
        """Where an English sentence retells what an earlier version or report said."""
        if (told := self.earlier_told) is not None:
            # "after earlier reports said Amazon's Trainium chips were part of the package":
            # what an earlier telling named is no party to what the sentence states
            self.mentions = [m for m in self.mentions if not told[0] <= m.start < told[1]]
        if self.language == "en" and "sold out" in self.trigger_text:
            # "2026 HBM is sold out": demand outrunning supply, no sale to anyone
            self.trigger_text = self.trigger_text.replace("sold out", " " * 8)
        if self.language == "en" and "supply" in self.trigger_text:
            # "the narrowest point in the whole supply chain", "supply-chain sources": the
            # industry's chain of makers, no supply to anyone
            self.trigger_text = _SUPPLY_CHAIN.sub(_blanked, self.trigger_text)
        if self.language == "en" and "order of" in self.trigger_text:
            # "runs on the order of 50,000 GPUs", "an order of magnitude more": a hedge on a
            # size, no order placed
            self.trigger_text = _ORDER_OF_SIZE.sub(_blanked, self.trigger_text)
        if self.language == "en" and "puts " in self.trigger_text:
            # "The rally puts Nvidia at a market value of …", "puts pressure on AWS": only a
            # tally putting a company at a count is a trigger ("puts Nebius at 60,000 GPUs")
            for m in _PUTS_NO_TALLY.finditer(self.text):
                self.trigger_text = (
                    self.trigger_text[: m.start()] + "    " + self.trigger_text[m.end() :]
                )
        if self.language == "en" and "into service for " in self.trigger_text:
            # "Dell put 10,000 B200 GPUs into service for xAI": a builder's work, no fleet
            for m in _INTO_SERVICE_FOR.finditer(self.text):
                blank = " " * (m.end() - m.start())
                self.trigger_text = (
                    self.trigger_text[: m.start()] + blank + self.trigger_text[m.end() :]
                )
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
        key = ("trigger", predicate, span.start, span.end)
        if key in self._memo:
            return self._memo[key]  # type: ignore[return-value]
        pattern = self.triggers.get((predicate, self.language))
        hit = None if pattern is None else pattern.search(self.trigger_text, span.start, span.end)
        pos = self._memo[key] = hit.start() if hit is not None else None
        return pos

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
        # past that, the answer depends on the mention's place only
        key = ("particle", m.start, m.end)
        if key not in self._memo:
            self._memo[key] = self._particle_at(m)
        return self._memo[key]  # type: ignore[return-value]

    def _particle_at(self, m: Mention) -> str:
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
        if text.startswith(" 등", i) and text[i + 2 : i + 3] in _AFTER_DEUNG:
            i += 2  # "오픈AI, 오라클, 메타 등이": the list's particle
        for group in (TOPIC, DATIVE, PARTNER, OBJECT, GENITIVE):
            for p in group:
                if text.startswith(p, i):
                    after = text[i + len(p) : i + len(p) + 1]
                    if not after or not ("\uac00" <= after <= "\ud7a3") or p in ("에서", "에는"):
                        return p
                    if p in ("에", "와", "과") and after in ("서", "는", "도", "의"):
                        return p
        if (
            self.language == "ko"
            and text.startswith(", ", i)
            and HEADLINE_LEAD.fullmatch(text, 0, m.start)
        ):
            return "는"  # "▲10월 23일 앤트로픽, 구글과 TPU … 계약 체결": a headline's subject
        return ""

    def is_compared(self, m: Mention) -> bool:
        """A mention that is only a point of comparison ("B200과 동급", "on par with B200")."""
        key = ("compared", m.start, m.end)  # the answer depends on the mention's place only
        if key not in self._memo:
            self._memo[key] = self._compared_at(m)
        return self._memo[key]  # type: ignore[return-value]

    def _compared_at(self, m: Mention) -> bool:
        inside, ends = _comparison_cues_of(self.vocabulary)
        if inside is not None and inside.search(self.lowered, m.end, m.end + 8) is not None:
            return True  # a Korean cue in the 8 characters after the mention
        if self.language == "ko" and _KO_TIMES_OF.match(self.text, m.end):
            return True  # "블랙웰의 약 2.8배다": a multiple of its figure
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
