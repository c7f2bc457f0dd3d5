"""The rule extractor: document in, claims out (the default :class:`tracker.ports.Extractor`).

Pipeline per document: split sentences, and for each sentence find entity mentions
(Aho-Corasick), resolve anaphora against the discourse focus, find quantities and time
expressions, split clauses, then run the claim rules and attach provenance.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import pairwise

from tracker.domain.claims import Claim, Modality, Source, ValidTime, claim_identity
from tracker.domain.documents import Document
from tracker.extract.analysis import TOPIC, Focus, Sentence, compile_triggers
from tracker.extract.asides import past_relative
from tracker.extract.carryover import CapacityCarry, DealCarry
from tracker.extract.changes import present_before_change
from tracker.extract.corrections import part_figures, set_aside
from tracker.extract.deal_roles import customer_by_role
from tracker.extract.discourse import (
    FIRST_PERSON,
    IT_COMPANY,
    PLACE_SITE,
    CompanyReferences,
    Salience,
    call_issuer,
    declared_issuer,
    issuer,
    opening_title,
    other_site,
    signed_issuer,
    titled_issuer,
)
from tracker.extract.entities import EntityMatcher, Mention
from tracker.extract.interviews import answer_subject, question_subject
from tracker.extract.investment_carry import InvestmentCarry
from tracker.extract.modality import ModalityCues
from tracker.extract.next_generation import next_generation_products
from tracker.extract.partitive import parts_in_sentence, parts_of_previous
from tracker.extract.quantities import QuantityMatch, QuantityRecognizer
from tracker.extract.quantity_passes import chip_sheets
from tracker.extract.quoted_speaker import quoted_speaker
from tracker.extract.referred_counts import counts_referred_back
from tracker.extract.releases import (
    FIRST_PERSON_KO,
    embedded_subject,
    ko_issuer,
    refreshes_topic,
    section_filer,
    speaker_company,
)
from tracker.extract.rules import Candidate, RuleState, table_candidates
from tracker.extract.ruleset import ALL_RULES
from tracker.extract.shouting import as_read, headline_modality, is_ticker, shouting
from tracker.extract.story_years import story_times
from tracker.extract.superseded import given_up
from tracker.extract.tables import TableRow, header_unit, is_rule_line, split_cells
from tracker.extract.text import Span, guess_language, split_clauses, split_sentences
from tracker.extract.tickers import stamped_lines
from tracker.extract.timeline import entry_of, entry_times
from tracker.extract.timex import TimeRecognizer
from tracker.extract.unit_tables import unit_table_rows
from tracker.extract.unveiled import unveiled_products
from tracker.extract.vocabulary import Entity, Vocabulary

EXTRACTOR_NAME = "rules"
EXTRACTOR_VERSION = "0.11.0"  # session 6: see CHANGELOG
KST = timezone(timedelta(hours=9))
_TIERS = ("company", "filing", "press", "analyst", "anonymous", "rumor", "user")
# a count before a reference to companies makes it a group ("세 회사는", "두 회사가")
_GROUP_OF = re.compile(r"(?:^|\s)(?:두|세|네|다섯|여러|양|[2-9])\s?$")
_OWN_VOICE = ("company", "filing")  # a company's own text: its release, blog, posting, filing


def _ko_issuer_after(sentence: Sentence, tier: str | None, issuer: Entity | None) -> Entity | None:
    """Who "we" and "당사" are after a Korean sentence: the filer a digest's section heading
    names ("2) 아마존 — 분기보고서 중 발췌"), whatever the tier; else, in a company's own
    text, the first issuer its sentences make known."""
    filer = section_filer(sentence)
    if filer is not None:
        return filer
    if tier in _OWN_VOICE and issuer is None:
        return ko_issuer(sentence)
    return issuer


class RuleExtractor:
    """Declarative-vocabulary, rule-based claim extractor for English and Korean."""

    name = EXTRACTOR_NAME
    version = EXTRACTOR_VERSION

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._entities = EntityMatcher(vocabulary)
        self._quantities = QuantityRecognizer(vocabulary)
        self._times = TimeRecognizer()
        self._cues = ModalityCues(vocabulary)
        self._anaphora = self._anaphora_table(vocabulary)
        self._anaphora_gate = self._anaphora_gates(self._anaphora)
        self._triggers = compile_triggers(vocabulary)
        self._references = CompanyReferences(vocabulary)

    @property
    def asserted_by(self) -> str:
        return f"extractor:{self.name}@{self.version}"

    @staticmethod
    def _anaphora_table(vocabulary: Vocabulary) -> dict[str, list[tuple[str, str]]]:
        table: dict[str, list[tuple[str, str]]] = {"en": [], "ko": []}
        for key, phrases in vocabulary.cues.get("anaphora", {}).items():
            kind, _, lang = str(key).rpartition("_")
            for phrase in phrases:
                table.setdefault(lang, []).append((str(phrase).lower(), kind))
        for entries in table.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        return table

    @staticmethod
    def _anaphora_gates(table: dict[str, list[tuple[str, str]]]) -> dict[str, re.Pattern[str]]:
        """Per language, one pattern for every phrase _resolve_anaphora looks for: most
        sentences hold none, and one scan saves a search per phrase."""
        gates: dict[str, re.Pattern[str]] = {}
        for lang, entries in table.items():
            looked_for = [p for p, kind in entries if not (lang == "en" and kind == "company")]
            alternation = "|".join(re.escape(p) for p in looked_for)
            gates[lang] = re.compile(alternation if looked_for else r"(?!x)x")
        return gates

    # -- the port --------------------------------------------------------------------------

    def extract(self, document: Document) -> list[Claim]:
        """Every claim the rules find in the document's text, deduplicated by claim id."""
        language = document.language or guess_language(document.text)
        language = "ko" if language.lower().startswith("ko") else "en"
        published = _local_date(document.published, language)
        claims: dict[str, Claim] = {}
        sentences = self.sentences(document, language, published)
        ticker = language == "en" and is_ticker(document.text)
        deniers = {
            m.id
            for s in sentences
            if self._cues.denies(s.text, language)
            for m in s.mentions
            if m.kind == "company"
        }
        previous: list[Candidate] = []
        entries = entry_times(document.text, language, published, self._times)  # timelines
        carried, both, invested = CapacityCarry(), DealCarry(), InvestmentCarry()
        last_count: tuple[int, Candidate] | None = None
        for sentence in sentences:
            here = self.candidates(sentence)
            if ticker and shouting(_original(document, sentence)):
                here = headline_modality(sentence.text, here)  # "ORACLE TO DEPLOY …"
            if last_count is not None and sentence.index - last_count[0] <= 2:
                here = counts_referred_back(sentence, here, last_count[1])  # "그 수를 …로"
            here += unit_table_rows(document.text, sentence, self._entities, self._quantities)
            here += parts_of_previous(sentence, here, previous)  # "이 가운데 …"
            here += parts_in_sentence(sentence, here)  # "230,000 GPUs, 30,000 of which are …"
            here += carried.carry(sentence, here)  # "월 7만 장 … 이를 10만 장으로"
            here += both.carry(sentence, here)  # "양사는 공급 방안을 논의하고 있다"
            here += invested.carry(sentence, here)  # "… 누적 투자액은 80억 달러로 불어났다"
            previous = here
            counts = [c for c in here if c.predicate == "deployed_chips"]
            if counts:
                last_count = (sentence.index, counts[-1])
            for found in here:
                candidate = found
                if sentence.basis is not None and _dated_by_basis(
                    found, published, sentence.lead_modality
                ):
                    candidate = replace(found, valid=sentence.basis)
                elif entries and _undated(found, published):
                    entry = entry_of(document.text, sentence.offset, entries)
                    candidate = replace(found, valid=entry or found.valid)  # "2025년 10월 — …"
                claim = self._claim(document, sentence, candidate)
                hearsay = claim.source.tier == "rumor" or self._cues.relays(sentence.text, language)
                if hearsay and {claim.subject, claim.object} & deniers:
                    continue  # a rumor or report its party denies ("사실무근") is no claim
                old = claims.get(claim.claim_id)
                if old is None or old.confidence < claim.confidence:
                    claims[claim.claim_id] = claim
        return _most_specific(list(claims.values()))

    def _issuer(self, document: Document, language: str) -> Entity | None:
        """Who "we" is in a document: the company whose own text it is (a release, a
        filing), or whose call a story reproduces ("저희" in a Korean call note's answers).
        A Korean company text's issuer is found later, from its opening sentence."""
        if language == "ko":
            if document.tier in _OWN_VOICE:
                return None
            return call_issuer(document.title, document.text, self._entities.find, "ko")
        if document.tier in ("company", "filing"):
            mentions = self._entities.find(document.text)
            # a document that says whose it is (its "we" defined, a title naming the filing
            # or call) is believed before the votes of what "we" own, which a customer's
            # "our GB200 fleet" would give to the chip's maker
            title = opening_title(document.title, document.text)
            return (
                declared_issuer(document.text, mentions)
                or signed_issuer(document.text, mentions)
                or titled_issuer(title, self._entities.find, own_text=False)
                or issuer(document.text, mentions, self.vocabulary)
                or titled_issuer(title, self._entities.find, own_text=document.tier == "company")
            )
        return call_issuer(document.title, document.text, self._entities.find)

    def _lead(
        self, document: Document, span: Span, language: str, lead: Modality | None
    ) -> Modality | None:
        """The modality a list's lead ("Analysts expect:") gives its items. A sentence that
        goes on inside an item ("• Meta flips the switch. We'd guess more.") leads nothing."""
        if _inside_item(document.text, span.start):
            return lead
        text = document.text[span.start : span.end]
        return self._cues.governing(text, language, len(text))

    def sentences(self, document: Document, language: str, published: date) -> list[Sentence]:
        """The document's analysed sentences and table rows (headlines and headers dropped;
        a ticker's lines in capitals are its sentences, read in ordinary case)."""
        document, ticker_items = as_read(document, language, self.vocabulary)
        ticker_items |= stamped_lines(document.text)  # "[14:09] 메타 …": a ticker's items
        focus = Focus()
        focus.issuer = self._issuer(document, language)
        lead: Modality | None = None
        table = _TableBlock()
        out: list[Sentence] = []
        basis: ValidTime | None = None
        asked: Entity | None = None  # the subject of the last interviewer's question
        for index, span in enumerate(split_sentences(document.text)):
            text = document.text[span.start : span.end]
            cells = split_cells(text) if _whole_line(document.text, span.start, span.end) else None
            if cells is not None and is_rule_line(text):
                continue
            sentence = self.analyse(text, span.start, index, language, published, focus)
            sentence.tier = document.tier or "press"
            if language == "ko":
                focus.issuer = _ko_issuer_after(sentence, document.tier, focus.issuer)
            if cells is not None:
                if table.read(document.text, span.start, span.end, sentence, cells, self):
                    out.append(sentence)
                continue
            line_start = span.start == 0 or document.text[span.start - 1] == "\n"
            if text.rstrip(_CLOSING).endswith("?") or (line_start and _INTERVIEWER.match(text)):
                # "Microsoft to rent 200,000 Trainium2 chips from AWS?", "—구글 TPU용 메모리
                # 공급설이 있는데.": a question (an interviewer's line) states nothing
                asked = question_subject(sentence) if line_start else asked
                continue
            if line_start and language == "ko":
                answer_subject(sentence, asked)  # "A. 인디애나주 캠퍼스에서 …": what Q asked
            sentence.is_item = is_item(document.text, span.start, text)
            if sentence.is_item and language == "en":
                focus.salience.demote(index)
            # "- CoWoS output: about 75,000 …" opens a list, not a title
            opening = (
                index == 0
                and is_headline(document, span.start, span.end)
                and not (sentence.is_item and _list_follows(document.text, span.end))
            )
            title = sentence.is_item and (opening or _is_title(document, text))
            if title and span.start not in ticker_items:  # a ticker's line is its sentence
                continue  # "GOOGL/AVGO: The Anthropic deal changes the TPU math" is a title
            if not sentence.is_item:
                if (
                    is_headline(document, span.start, span.end)
                    or _opening_title(document.text, span.start, span.end)
                ) and span.start not in ticker_items:
                    continue
                lead = self._lead(document, span, language, lead)
            sentence.lead_modality = lead
            if sentence.is_item:
                sentence.basis = basis
                if language == "ko":
                    sentence.clauses = _item_clauses(sentence)
            else:
                basis = _count_basis(sentence) or basis
            out.append(sentence)
        upcoming = self._upcoming(out, published)
        if upcoming:
            for sentence in out:
                sentence.upcoming = upcoming
        return out

    def _upcoming(self, sentences: list[Sentence], published: date) -> frozenset[str]:
        """Products the document presents as not yet on the market (with the members of
        an upcoming family: B200 when Blackwell is upcoming), minus those said to ship."""
        upcoming: set[str] = set()
        shipping: set[str] = set()
        recent: set[str] = set()  # the products last named: "Shipments are slated for …"
        for s in sentences:
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
                }
                if not products:
                    if named or not _product_back(s.text[start:end]):
                        continue
                    products = recent
                future = any(
                    (t.valid.start or published) > published
                    or (t.valid.kind == "deadline" and t.valid.end is not None)
                    for t in s.times
                    if start <= t.start < end
                )
                status = self._cues.availability(s.text[start:end], s.language, future)
                if status == "upcoming":
                    upcoming |= products
                elif status == "shipping":
                    shipping |= products
            if named:
                recent = named
        upcoming |= unveiled_products(sentences, published)
        upcoming |= next_generation_products(sentences)  # "AMD의 차세대 AI 가속기 MI450"
        if not upcoming:
            return frozenset()
        for entity in self.vocabulary.entities.values():
            if entity.parent in upcoming and entity.kind in ("chip", "system"):
                upcoming.add(entity.id)
        return frozenset(upcoming - shipping)

    # -- steps (public for tests and benchmarks) -----------------------------------------------

    def analyse(
        self, text: str, offset: int, index: int, language: str, published: date, focus: Focus
    ) -> Sentence:
        """Recognize everything in one sentence and move the discourse focus past it."""
        mentions = self._entities.find(text)
        # "US$8bn", "HK$2bn": a country's letters before "$" are the currency's sign, no place
        mentions = [m for m in mentions if not (m.kind == "place" and text.startswith("$", m.end))]
        sequels = [m for m in mentions if m.kind in _SITES and _SEQUEL.match(text, m.end)]
        if sequels:
            # "Colossus 2" is another site than Colossus: no mention, and no focus either,
            # so that "이곳"/"the site" after it does not fall back to the first one
            mentions = [m for m in mentions if m not in sequels]
            for m in sequels:
                focus.last.pop(m.kind, None)
        mentions = self._resolve_anaphora(text, mentions, language, index, focus)
        sequel_named = bool(sequels)
        quantities = [
            q
            for q in self._quantities.find(text)
            if not any(m.start <= q.start < m.end for m in mentions)
        ]
        if language == "ko" and "장" in text and quantities:
            chips = [m.end for m in mentions if m.kind in ("chip", "system")]
            quantities = chip_sheets(text, quantities, chips)  # "H100 약 2,500장"
        times = self._times.find(text, language, published)
        if language == "ko":
            # "2023년 9월 … 이듬해 3월 … 같은 해 11월": years counted from the story's
            times, focus.story_year = story_times(text, times, published, focus.story_year)
        sentence = Sentence(
            text=text,
            offset=offset,
            index=index,
            language=language,
            published=published,
            mentions=mentions,
            quantities=quantities,
            times=times,
            clauses=split_clauses(text, language),
            focus=Focus(
                dict(focus.last),
                issuer=focus.issuer,
                salience=Salience(list(focus.salience.history)),
            ),
            vocabulary=self.vocabulary,
            cues=self._cues,
            triggers=self._triggers,
        )
        sentence.sequel = sequel_named
        # "The company's other new cluster, Prometheus, …": a site named in passing beside
        # the one the story is about does not become what "the project" means next
        kept = [m for m in mentions if not (language == "en" and other_site(text, m))]
        for kind in {m.kind for m in kept if m.kind in _SITES}:
            # "Colossus" after "Colossus 2" is another site, not a name of the same family
            focus.last.pop(kind, None)
        # "3.3 times that of Blackwell Ultra": a point of comparison is not what "the GPU"
        # in the next sentence means
        focus.update([m for m in kept if not sentence.is_compared(m)], index)
        if language == "en":
            spans = [(span.start, span.end) for span in sentence.inner]
            focus.salience.add(text, mentions, index, spans)
        if language == "ko":
            # the company a Korean text is about: the last one marked as topic (은/는/이/가),
            # or the first company the document names; an implicit subject is that one
            topics = [
                m
                for m in mentions
                if m.kind == "company"
                and sentence.particle(m) in TOPIC
                and not embedded_subject(sentence, m)
            ]
            topics += [m for m in mentions if m.anaphoric and refreshes_topic(m)]
            if topics:
                focus.last["topic"] = (topics[-1].entity, index)
                focus.last["marked"] = (topics[-1].entity, index)  # marked, not guessed
            speaker = speaker_company(sentence)  # "혹 탄 브로드컴 최고경영자(CEO)가"
            if speaker is not None:
                focus.last["speaker"] = (speaker, index)
            first = next((m for m in mentions if m.kind == "company" and not m.anaphoric), None)
            if first is not None and "topic" not in focus.last:
                focus.last["topic"] = (first.entity, index)
        return sentence

    def candidates(self, sentence: Sentence) -> list[Candidate]:
        if sentence.table is not None:
            return table_candidates(sentence)
        state = RuleState()
        found: list[Candidate] = []
        for rule in ALL_RULES:
            found.extend(rule(sentence, state))
        found = present_before_change(sentence, found)  # "월 17만 장 규모로, 연말 20만 장"
        found = past_relative(sentence, found)  # "… 계약을 맺은 앤트로픽도 … 쓸 예정"
        found = set_aside(sentence, found)  # "30만 개 … 보도와 달리, … 20만 개로 확인됐다"
        found = given_up(sentence, found)  # "originally planned 1 million, but now 500,000"
        found = customer_by_role(sentence, found)  # "… after xAI said it is buying … from"
        return part_figures(sentence, found)  # "HBM3E 한 개는 초당 1.18TB": not a chip's

    def _resolve_anaphora(
        self, text: str, mentions: list[Mention], language: str, index: int, focus: Focus
    ) -> list[Mention]:
        lowered = text.lower()
        named_kinds = {m.kind for m in mentions}
        extra: list[Mention] = []
        if language == "en":
            extra.extend(self._english_companies(text, mentions, index, focus))
        gate = self._anaphora_gate.get(language)
        phrases = (
            self._anaphora.get(language, []) if gate is not None and gate.search(lowered) else []
        )
        for phrase, kind in phrases:
            if language == "en" and kind == "company":
                continue  # descriptions of companies: see _english_companies
            at = lowered.find(phrase)
            if at < 0:
                continue
            if kind == "company" and _GROUP_OF.search(lowered, max(0, at - 4), at):
                continue  # "세 회사는", "두 회사가": a group, no one company
            # a reference back that opens the sentence is its subject even when the
            # sentence names others ("이 회사는 AMD MI300X도 …", "The company bought Nvidia…")
            opening = at <= 3
            if kind in named_kinds and not opening and not phrase.startswith(FIRST_PERSON_KO):
                continue
            entity = focus.get(kind, index, 5)
            if kind == "company" and language == "ko":
                # "회사는", "회사 측 계획": the company the text is about (a release's
                # issuer, else the topic), not the partner or customer named last
                entity = focus.issuer or focus.get("topic", index, 12) or entity
                if phrase.startswith(FIRST_PERSON_KO):
                    # '그는 "… 우리에게서 받아 간다"': the company of the one speaking
                    entity = focus.get("speaker", index, 2) or entity
                if phrase.startswith("당사") and focus.issuer is None:
                    # "당사는 … 추정한다" in a broker's note: the writer's own house, which
                    # is no entity; only a company's own text or a quoted speaker is one
                    entity = focus.get("speaker", index, 2)
            if entity is None:
                continue
            if any(m.start <= at < m.end for m in (*mentions, *extra)):
                continue
            if language == "en" and not _word_at(lowered, at, len(phrase), phrase):
                continue
            extra.append(Mention(at, at + len(phrase), entity, text[at : at + len(phrase)], True))
        return sorted((*mentions, *extra), key=lambda m: m.start) if extra else mentions

    def _english_companies(
        self, text: str, mentions: list[Mention], index: int, focus: Focus
    ) -> list[Mention]:
        """ "we"/"our" in a company's own text, and descriptions ("the Seattle-based firm",
        "the chipmaker", "the company") resolved to the most recent fitting subject."""
        found = self._references.find(text, mentions, index, focus.salience)
        found += self._references.same_party(text, mentions, index, focus.salience)
        named = {m.id for m in mentions if m.kind == "company"}
        for m in IT_COMPANY.finditer(text):
            # "Anthropic is among the first to scale on Ironwood, and it plans to access …"
            before = [x for x in mentions if x.kind == "company" and x.end <= m.start()]
            entity = before[0].entity if before else focus.salience.pick(None, index, named)
            if entity is not None:
                found.append(Mention(m.start(), m.start() + 2, entity, m.group().strip(), True))
        named_sites = [m.entity for m in mentions if m.kind == "cluster"]
        # "Project Rainier … at the Indiana site": the site the sentence names, if any
        site = named_sites[-1] if named_sites else focus.get("cluster", index, 5)
        if site is not None:
            found.extend(
                Mention(m.start(), m.end(), site, m.group(), True)
                for m in PLACE_SITE.finditer(text)
            )
        if focus.issuer is not None:
            found.extend(
                Mention(m.start(), m.end(), focus.issuer, m.group(), True)
                for m in FIRST_PERSON.finditer(text)
            )
        elif (speaker := quoted_speaker(text, mentions)) is not None:
            # '"We\'ve invested $8 billion in Anthropic," Amazon said': the quote's "we"
            entity, quoted = speaker
            found.extend(
                Mention(m.start(), m.end(), entity, m.group(), True)
                for m in FIRST_PERSON.finditer(text)
                if any(a <= m.start() < b for a, b in quoted)
            )
        taken = [(m.start, m.end) for m in mentions]
        return [m for m in found if not any(a <= m.start < b for a, b in taken)]

    def _claim(self, document: Document, sentence: Sentence, c: Candidate) -> Claim:
        claim_id = claim_identity(
            document_id=document.document_id,
            subject=c.subject,
            predicate=c.predicate,
            qualifiers=c.qualifiers,
            object=c.object,
            value=c.value,
            valid=c.valid,
            modality=c.modality,
        )
        default_tier = document.tier if document.tier in _TIERS else "press"
        tier = self._cues.tier(sentence.text, sentence.language, default_tier)
        if _TIERS.index(tier) < _TIERS.index(default_tier):
            tier = default_tier
        return Claim(
            claim_id=claim_id,
            subject=c.subject,
            predicate=c.predicate,
            qualifiers=c.qualifiers,
            object=c.object,
            value=c.value,
            modality=c.modality,
            valid=c.valid,
            reported_at=_aware(document.published),
            source=Source(
                document_id=document.document_id,
                feed=document.feed,
                url=document.url,
                quote=_original(document, sentence),
                tier=tier,
                quote_start=sentence.offset,
                quote_end=sentence.offset + len(sentence.text),
            ),
            confidence=round(c.confidence, 3),
            asserted_by=self.asserted_by,
            vocabulary=self.vocabulary.label,
        )


_INTERVIEWER = re.compile(r"\s*(?:[—–―]\s?|Q\s?[.:]\s?|질문\s?[:：]|문\s?[:：])")


class _TableBlock:
    """The table being read: its header (the first line of a block with no quantity)."""

    def __init__(self) -> None:
        self.end = -1
        self.headers: tuple[str, ...] = ()
        self.header_ids: tuple[tuple[str, ...], ...] = ()

    def read(
        self,
        text: str,
        start: int,
        end: int,
        sentence: Sentence,
        cells: tuple[Span, ...],
        extractor: RuleExtractor,
    ) -> bool:
        """Attach the row to ``sentence`` (True), or take the line as the header (False)."""
        continues = self.end >= 0 and "\n\n" not in text[self.end : start].replace(" ", "")
        self.end = end
        line = sentence.text
        if not continues:
            self.headers, self.header_ids = (), ()
            if not any(q.unit for q in sentence.quantities):
                self.headers = tuple(line[c.start : c.end] for c in cells)
                self.header_ids = tuple(
                    tuple(m.id for m in extractor._entities.find(h) if m.kind == "memory")
                    for h in self.headers
                )
                return False
        sentence.table = TableRow(
            cells,
            self.headers,
            self.header_ids,
            tuple(self._quantities(sentence, cells, extractor)),
        )
        return True

    def _quantities(
        self, sentence: Sentence, cells: tuple[Span, ...], extractor: RuleExtractor
    ) -> list[QuantityMatch]:
        """The row's quantities; a bare number takes its unit from the column header."""
        out: list[QuantityMatch] = []
        for k, cell in enumerate(cells):
            inside = [q for q in sentence.quantities if cell.start <= q.start < cell.end]
            unit = header_unit(self.headers[k]) if k < len(self.headers) else None
            if unit and inside and all(not q.unit for q in inside):
                cell_text = sentence.text[cell.start : cell.end]
                found = extractor._quantities.find(f"{cell_text} {unit}")
                inside = [
                    replace(q, start=q.start + cell.start, end=cell.end)
                    for q in found
                    if q.start < len(cell_text) and q.unit
                ] or inside
            out.extend(inside)
        return out


_EXISTENTIAL = re.compile(r"\s(?:is|are|was|were|will|has|have|had|'s|may|might|could)\b")


def _word_at(lowered: str, at: int, length: int, phrase: str) -> bool:
    """An English reference back must be a whole word; "there" must not be existential
    ("there are 100,000 GPUs") to stand for the site."""
    before = lowered[at - 1] if at > 0 else " "
    after = lowered[at + length] if at + length < len(lowered) else " "
    if before.isalnum() or after.isalnum():
        return False
    return not (
        phrase == "there"
        and (_EXISTENTIAL.match(lowered, at + length) or _OWN_PLACE.search(lowered, 0, at))
    )


# a place the sentence itself introduces, which a later "there" refers to: "operates 18,000
# GB300 chips at its campus south of Paris and will add Rubin systems there" (no cluster)
_OWN_PLACE = re.compile(
    r"\b(?:at|in|into)\s(?:its|their|our|a|an)\s(?:[\w-]+\s){0,3}?"
    r"(?:campus|site|data\s?cent(?:er|re)s?|facility|facilities|halls?|plant)\b"
)


def _whole_line(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


_SITES = ("cluster", "facility")
# "Colossus 2", not "페어워터 2단계" / "하이페리온 2차" / "2구역" (a phase or a part of the site)
_BASIS_OF = re.compile(r"\s?(?:\S{0,6}\s)?(?:기반|(?:을|를)\s(?:활용한|탑재한|쓴|쓰는|넣은))")
_SEQUEL = re.compile(r"\s?(?:[2-9]|II|III|IV)(?![\d%]|[.,]\d|\s?(?:단계|차\s|구역|기\s|phase))")
_TERMINAL = ".!?。다"
_CLOSING = "'\"’”)]」』"


# a list item, a "label: value" line, or a graphic's spec box that writes its fields as
# "label=value" ("▲공정=TSMC 3나노", "■ 메모리=HBM3E 144GB"); a dateline ("【도쿄=…】",
# "(서울=…)") opens with a bracket and a byline ("… 기자 = …") spaces its sign
_ITEM = re.compile(
    r"[-•·*▪◦–]\s|[^:：.]{1,40}[:：]\s|[▲△■□◆◇●▶►]?\s?[가-힣A-Za-z][가-힣A-Za-z0-9 ]{0,15}=(?=\S)"
)


# a speaker's turn in a transcript ("메로트라 CEO: …", "산제이 메로트라 최고경영자(CEO): …"):
# a person talking, not a field of a list under the lead sentence
_SPEAKER_KO = re.compile(
    r"(?=[^:：\n]{0,24}[가-힣])[^:：.\n]{0,24}(?:CEO|CFO|CTO|COO|대표|사장|부사장|회장|최고경영자|최고재무책임자|"
    r"부문장|사업부장)(?:\([^)]{1,12}\))?\s?[:：]\s"
)


def is_item(text: str, start: int, sentence: str) -> bool:
    """A list item or a "label: value" line (spec sheets, timelines) at the start of a line."""
    if (":" in sentence or "：" in sentence) and _SPEAKER_KO.match(sentence):
        return False
    return (start == 0 or text[start - 1] == "\n") and _ITEM.match(sentence) is not None


def _inside_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` goes on a line that a list item opened."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start:
        return False
    return is_item(text, line_start, text[line_start:start])


def _list_follows(text: str, end: int) -> bool:
    """The next non-empty line is a list item or "label: value" line too."""
    rest = text[end:].lstrip("\n")
    start = len(text) - len(rest)
    line = rest.split("\n", 1)[0]
    return bool(line.strip()) and is_item(text, start, line)


def is_headline(document: Document, start: int, end: int) -> bool:
    """A whole line with no sentence-final punctuation (a title, subtitle or caption), or
    the document's title repeated in its text. Headlines compress and exaggerate: an
    analyst records the article's sentences, not its headline."""
    text = document.text
    line_start = start == 0 or text[start - 1] == "\n"
    line_end = end == len(text) or text[end] == "\n"
    sentence = text[start:end].strip()
    if document.title and sentence == document.title.strip():
        return True
    if _colon_lead(text, start, end):
        return False  # "We now expect these fleets by the end of 2026:" leads its list
    return line_start and line_end and sentence.rstrip(_CLOSING)[-1:] not in _TERMINAL


def _colon_lead(text: str, start: int, end: int) -> bool:
    """A line ending in a colon with a list after it: the list's lead, not a headline."""
    return text[start:end].rstrip().endswith(":") and _list_follows(text, end)


def _opening_title(text: str, start: int, end: int) -> bool:
    """The first line of a text, followed by a blank line, with no final period: a title
    even when it ends like a sentence ("…엔비디아 GB200 쓴다")."""
    if _colon_lead(text, start, end):
        return False
    return text[:start].strip() == "" and text[end : end + 2] == "\n\n" and text[end - 1] != "."


def _original(document: Document, sentence: Sentence) -> str:
    """The sentence as the document writes it (a line in capitals is analysed recased)."""
    written = document.text[sentence.offset : sentence.offset + len(sentence.text)]
    return written if written.lower() == sentence.text.lower() else sentence.text


def _is_title(document: Document, sentence: str) -> bool:
    return bool(document.title) and sentence.strip() == document.title.strip()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _local_date(published: datetime, language: str) -> date:
    """The publication day in the source's own time zone.

    A Korean source whose offset was lost on the way (stored as UTC) is read as KST.
    """
    value = _aware(published)
    offset = value.utcoffset()
    if language == "ko" and (offset is None or offset == timedelta(0)):
        value = value.astimezone(KST)
    return value.date()


def with_confidence(claim: Claim, factor: float) -> Claim:
    """The same claim with its confidence scaled (the id does not depend on it)."""
    return claim.model_copy(update={"confidence": round(claim.confidence * factor, 3)})


__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "RuleExtractor", "replace", "with_confidence"]


# English clause joints that separate what is said about two products ("The H200 started
# shipping this quarter, and Blackwell is due before year-end").
_AVAILABILITY_JOINT = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+|\s[-–—]\s")
# a sentence about availability that names no product speaks of the last one named
# ("Shipments are slated for later this year"; "the part will reach customers …")
# (read as two patterns: the openings, matched at the start only, and "the/this part",
# which opens with [tT] so that the engine skips in C to the next t: one alternation of
# all of them, case-insensitive, was tried at every position)
_PRODUCT_BACK_OPENING = re.compile(
    r"\s*(?:shipments?|deliveries|availability|volume shipments)\b|\s*(?:it|they)\s"
    # "일반 공급은 연말께 시작된다", "본격 출하는 내년부터": the product just named
    r"|\s*(?:(?:일반|본격|정식|대량|첫|고객)\s?)?(?:출하|출시|공급|양산|판매)",
    re.I,
)
_PRODUCT_BACK_NOUN = re.compile(
    r"[tT](?<!\w[tT])(?i:he|his)\x20(?i:part|chip|accelerator|processor|gpu|product)\b"
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
    return pieces


def _most_specific(claims: list[Claim]) -> list[Claim]:
    """An adoption said twice in one sentence, once with more qualifiers than the other
    ("will begin running workloads on AWS, using GB200 chips housed in Amazon's data
    centers"; "would rent Trainium3 capacity from Amazon Web Services" read as cloud, and
    as cloud via AWS), is one adoption: the less specific one goes."""
    seen: dict[tuple[str, str | None, str, str], list[dict[str, str]]] = {}
    for c in claims:
        if c.predicate == "adopts":
            seen.setdefault((c.subject, c.object, c.modality, c.source.quote), []).append(
                c.qualifiers
            )

    def narrower_exists(c: Claim) -> bool:
        own = c.qualifiers.items()
        others = seen.get((c.subject, c.object, c.modality, c.source.quote), [])
        return any(own < q.items() for q in others)

    return [c for c in claims if not (c.predicate == "adopts" and narrower_exists(c))]


# A lead line that says when a list's counts hold: "칩 수는 지난해 말 기준이다", "Chip counts
# are as of the end of last year".
_BASIS = re.compile(
    r"(?:칩|GPU|수치|숫자|규모)[^.]{0,12}기준"
    r"|\b(?:counts?|figures|numbers|totals)\b[^.]{0,20}\bas of\b",
    re.I,
)


def _basis_words(text: str) -> bool:
    """Whether the text holds what every _BASIS match holds: "기준", or "as of" in any case
    (an "s" may be written "ſ", which case-insensitive matching reads as one)."""
    return "기준" in text or "as of" in text.lower() or "\u017f" in text


def _count_basis(s: Sentence) -> ValidTime | None:
    """The time a lead line gives the counts of the list below it, as a point; an English
    lead ending in a colon gives its own time as it is ("by the end of 2026:")."""
    if s.language == "en" and s.times and s.text.rstrip().endswith(":"):
        return s.times[0].valid
    if not s.times or not _basis_words(s.text) or not _BASIS.search(s.text):
        return None
    valid = s.times[0].valid
    end = valid.end or valid.start
    if end is None:
        return None
    return ValidTime(kind="point", start=end, end=end, granularity="day", text=valid.text)


# what holds whenever it is told: a place, a product's specification (dated at publication)
_TIMELESS = frozenset(
    {"located_in", "peak_compute", "memory_capacity", "memory_bandwidth", "chips_per_system"}
)


def _undated(candidate: Candidate, published: date) -> bool:
    """A claim with no time of its own that a timeline entry's date may date."""
    v = candidate.valid
    return (
        candidate.predicate not in _TIMELESS
        and v.kind == "point"
        and v.start == published
        and v.end == published
    )


def _dated_by_basis(candidate: Candidate, published: date, lead: Modality | None) -> bool:
    """A count in a list item with no time of its own holds at the lead's basis time (a
    lead's projection dates the counts it governs: "We expect by the end of 2026:")."""
    v = candidate.valid
    return (
        candidate.predicate == "deployed_chips"
        and candidate.modality in ("actual", lead)
        and v.kind == "point"
        and v.start == published
        and v.end == published
    )


_ITEM_COMMA = re.compile(r",\s")


def _item_clauses(s: Sentence) -> list[Span]:
    """A Korean list item is a run of comma-separated statements ("GB200 약 20만 개 가동,
    연말까지 45만 개 목표"): each comma ends one, outside parentheses."""
    cuts: list[int] = []
    depth = 0
    for i, ch in enumerate(s.text):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and _ITEM_COMMA.match(s.text, i):
            cuts.append(i + 2)
    bounds = sorted({c for span in s.clauses for c in (span.start, span.end)} | set(cuts))
    return [Span(a, b) for a, b in pairwise(bounds) if b > a]
