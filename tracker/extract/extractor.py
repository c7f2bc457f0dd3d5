"""The rule extractor: document in, claims out (the default :class:`tracker.ports.Extractor`).

Pipeline per document: split sentences, and for each sentence find entity mentions
(Aho-Corasick), resolve anaphora against the discourse focus, find quantities and time
expressions, split clauses, then run the claim rules and attach provenance.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from typing import Literal

from tracker.domain.claims import (
    Claim,
    Modality,
    ValidTime,
)
from tracker.domain.documents import Document
from tracker.domain.views import trusted
from tracker.extract.analysis import TOPIC, Focus, Sentence
from tracker.extract.anaphora import AnaphoraResolver
from tracker.extract.approximate_notes import approximate_rows
from tracker.extract.asides import past_relative
from tracker.extract.calibration import Calibration, packaged_calibration
from tracker.extract.carryover import CapacityCarry, DealCarry
from tracker.extract.changes import present_before_change
from tracker.extract.claim_dates import _count_basis, _dated_by_basis, _undated
from tracker.extract.claim_records import TIERS, aware, claim_of, most_specific, original_quote
from tracker.extract.claimrules.kind_deals import kind_deals
from tracker.extract.cloud_via import via_maker_cloud
from tracker.extract.continued_fleet_ko import continued_fleet
from tracker.extract.corrected_ko import Corrections
from tracker.extract.corrections import part_figures, set_aside, without_other_memory
from tracker.extract.covered_ko import covered_company
from tracker.extract.deal_roles import customer_by_role
from tracker.extract.deal_shares_ko import DealShares
from tracker.extract.deal_sizes_ko import DealSizesKo
from tracker.extract.deal_starts_en import DealStarts
from tracker.extract.discourse import (
    Salience,
    call_issuer,
    declared_issuer,
    issuer,
    ko_signed_issuer,
    most_named,
    opening_title,
    other_site,
    signed_issuer,
    titled_issuer,
)
from tracker.extract.document_lines import (
    _CLOSING,
    _INTERVIEWER,
    _inside_item,
    _is_title,
    _item_clauses,
    _list_follows,
    _opening_title,
    _whole_line,
    is_headline,
    is_item,
    join_item_tails,
)
from tracker.extract.elided_deals_ko import elided_deals
from tracker.extract.entities import EntityMatcher, Mention
from tracker.extract.figure_lines import figures_moved
from tracker.extract.figure_lines_ko import figures_moved_ko
from tracker.extract.filing_records import filing_investments
from tracker.extract.framed_ko import framed_weighing
from tracker.extract.gapped_counts_en import gapped_counts_en
from tracker.extract.gapped_deals_ko import gapped_deals
from tracker.extract.headline_digest_en import digest_lines
from tracker.extract.intents import letters_of_intent
from tracker.extract.interviewee_en import interviewee_en
from tracker.extract.interviewee_ko import interviewee
from tracker.extract.interviews import Interview
from tracker.extract.investment_carry import InvestmentCarry
from tracker.extract.linked_systems import linked_systems
from tracker.extract.memory_in_chips_en import co_sellers, reversed_chip_deals
from tracker.extract.modality import ModalityCues
from tracker.extract.own_chips_en import others_on_own_chip
from tracker.extract.own_expectation import own_expectation
from tracker.extract.partitive import dated_as_whole, parts_in_sentence, parts_of_previous
from tracker.extract.quantities import QuantityRecognizer
from tracker.extract.quantity_passes import chip_sheets
from tracker.extract.raisers import RAISER, raiser_of, raiser_of_ko, round_told_again
from tracker.extract.referred_counts import counts_referred_back
from tracker.extract.relative_install import installed_later
from tracker.extract.relative_ko import relative_relations
from tracker.extract.releases import (
    embedded_subject,
    item_label,
    ko_issuer,
    refreshes_topic,
    section_filer,
    speaker_company,
)
from tracker.extract.rentals_ko import lent_out_ko
from tracker.extract.rented_capacity_en import RentedCapacity
from tracker.extract.restated import without_sizeless_twins
from tracker.extract.restated_counts import restated_counts
from tracker.extract.rules import Candidate, RuleState, table_candidates
from tracker.extract.ruleset import ALL_RULES
from tracker.extract.same_time import SameTime
from tracker.extract.server_makers_en import server_makers_en
from tracker.extract.shared_objects_en import shared_objects
from tracker.extract.shared_rest_en import shared_rest
from tracker.extract.shared_specs_en import SharedSpecs
from tracker.extract.shared_subjects_en import shared_subjects
from tracker.extract.shouting import as_read, headline_modality, is_ticker, shouting
from tracker.extract.signed_starts_en import signed_starts
from tracker.extract.since_ko import since_as_today
from tracker.extract.site_owner_ko import SITE_OWNER, own_site_named
from tracker.extract.stated_ko import stated_events
from tracker.extract.story_years import story_times
from tracker.extract.subtitle_en import heading_owner, subtitle
from tracker.extract.superseded import given_up
from tracker.extract.table_blocks import _TableBlock
from tracker.extract.tables import is_rule_line, split_cells
from tracker.extract.teasers_ko import without_teasers
from tracker.extract.text import Span, guess_language, split_clauses, split_sentences
from tracker.extract.tickers import stamped_lines
from tracker.extract.timeline import day_headed, entry_of, entry_times
from tracker.extract.timex import TimeRecognizer
from tracker.extract.traded_memory import untraded_memory
from tracker.extract.triggers import compile_triggers
from tracker.extract.unit_tables import unit_table_rows
from tracker.extract.unnamed_goods_ko import without_vaguer_deals
from tracker.extract.upcoming import availability
from tracker.extract.updates import without_withdrawn
from tracker.extract.use_clauses import settled_fallbacks, with_fallbacks
from tracker.extract.vocabulary import Entity, Vocabulary
from tracker.extract.weighed_purchases_ko import weighed_purchases

EXTRACTOR_NAME = "rules"
EXTRACTOR_VERSION = "0.24.0"  # session 20 (general trade, use and customer-role readers): CHANGELOG
KST = timezone(timedelta(hours=9))
_OWN_VOICE = ("company", "filing")  # a company's own text: its release, blog, posting, filing


def _ko_issuer_after(
    sentence: Sentence, tier: str | None, issuer: Entity | None, fallback: Entity | None
) -> Entity | None:
    """Who "we" and "당사" are after a Korean sentence: the filer a digest's section heading
    names ("2) 아마존 — 분기보고서 중 발췌"), whatever the tier; else, in a company's own
    text, the first issuer its sentences make known, or, when its title does not make one
    known by the rules of the sentences, ``fallback`` (the one company the title names, or
    the one its closing line signs for: "NAVER 2분기 실적발표 IR 자료 요약", "SK하이닉스
    대표이사 사장")."""
    filer = section_filer(sentence)
    if filer is not None:
        return filer
    if tier in _OWN_VOICE and issuer is None:
        return ko_issuer(sentence) or (fallback if sentence.index == 0 else None)
    return issuer


def _own_text_issuer_ko(document: Document, find: Callable[[str], list[Mention]]) -> Entity | None:
    """The company a Korean company text's title names alone, else the one its closing line
    signs for."""
    if document.tier not in _OWN_VOICE:
        return None
    title = opening_title(document.title, document.text)
    return titled_issuer(title, find, own_text=True) or ko_signed_issuer(document.text, find)


def _settled(sentence: Sentence, here: list[Candidate]) -> list[Candidate]:
    """The passes over one sentence's claims that settle details the rules leave open."""
    here = via_maker_cloud(sentence, here)  # "AWS의 트레이니움2를 클라우드로 빌려"
    here = linked_systems(sentence, here)  # "GPU 72개를 NV링크로 묶는다"
    here = since_as_today(sentence, here)  # "지난해부터 … 공급하고 있다"
    here = co_sellers(sentence, here)  # "… is supplied by SK hynix and Micron"
    here = reversed_chip_deals(sentence, here)  # "… MI355X, which Micron has supplied"
    here = others_on_own_chip(sentence, here)  # "…, and Meta's MTIA handles its ranking"
    return day_headed(sentence, here)  # "▲10월 23일 앤트로픽, … 계약 체결"


# a paragraph's one-word label: "Compute.", "Memory.", "Power:"
_LABEL = re.compile(r"[A-Z][\w-]*[.:]")


class RuleExtractor:
    """Declarative-vocabulary, rule-based claim extractor for English and Korean."""

    name = EXTRACTOR_NAME
    version = EXTRACTOR_VERSION

    def __init__(
        self,
        vocabulary: Vocabulary,
        calibration: Calibration | Literal["packaged"] | None = "packaged",
    ) -> None:
        """``calibration``: the table that turns rule confidences into measured ones
        (:mod:`.calibration`); ``None`` keeps the rules' own (to refit the table)."""
        self.vocabulary = vocabulary
        self._calibration = packaged_calibration() if calibration == "packaged" else calibration
        self._entities = EntityMatcher(vocabulary)
        self._quantities = QuantityRecognizer(vocabulary)
        self._times = TimeRecognizer()
        self._cues = ModalityCues(vocabulary)
        self._anaphora = AnaphoraResolver(vocabulary)
        self._triggers = compile_triggers(vocabulary)

    @property
    def asserted_by(self) -> str:
        return f"extractor:{self.name}@{self.version}"

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
        shares, rented, starts, sizes = DealShares(), RentedCapacity(), DealStarts(), DealSizesKo()
        same_time, shared, fixes = (
            SameTime(),
            SharedSpecs(),
            Corrections(self.analyse, self.candidates),
        )
        last_count: tuple[int, Candidate] | None = None
        for sentence in sentences:
            # "…를 40만 개라고 적었으나, 실제로는 12만 개이기에": the statement set right
            here = self.candidates(sentence) + fixes.read(sentence)
            if ticker and shouting(original_quote(document, sentence)):
                here = headline_modality(sentence.text, here)  # "ORACLE TO DEPLOY …"
            if last_count is not None and sentence.index - last_count[0] <= 2:
                # "그 수를 …로"; a sentence naming nothing: "현재 가동 규모는 약 15만 개"
                here = continued_fleet(
                    sentence, counts_referred_back(sentence, here, last_count[1]), last_count[1]
                )
            here += unit_table_rows(
                document.text, sentence, self._entities, self._quantities
            ) + filing_investments(document.text, sentence, self._entities.find)  # "3. 취득금액"
            here = restated_counts(sentence, here, previous)  # "1단계 35만 개를 …"
            # "이 가운데 …": parts dated as their whole, and parts the rules left unread
            here = dated_as_whole(sentence, here, previous) + parts_of_previous(
                sentence, here, previous
            )
            here += parts_in_sentence(sentence, here)  # "230,000 GPUs, 30,000 of which are …"
            here = carried.read_on(sentence, here)  # "월 7만 장 … 이를 10만 장으로"
            here += both.carry(sentence, here)  # "양사는 공급 방안을 논의하고 있다"
            here += invested.carry(sentence, here)  # "… 누적 투자액은 80억 달러로 불어났다"
            # "삼성전자 등이 각각 5만 장을 받는다"; "Microsoft will rent the capacity from …"
            # "…공급 계약을 맺었다. 공급 물량은 2000장이다": the size of the deal just told
            here += (
                shares.carry(sentence, here)
                + rented.carry(sentence, here)
                + sizes.carry(sentence, here)
            )
            here = same_time.carry(sentence, here)  # "마이크론은 같은 시점 월 9만 장"
            here = shared.carry(sentence, here)  # "Both carry 288GB of HBM3E"
            here = gapped_counts_en(sentence, here)  # "… 3,056 B200 GPUs and Kakao 2,424"
            # "… Deliveries begin in the second quarter.": the start of the deal just told
            # (a use clause's fallback yields to what the carries above tell of it)
            here = settled_fallbacks(
                sentence, _settled(sentence, here + starts.carry(sentence, here))
            )
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
        # "Update: … about 90,000 GB300 chips, not 110,000": the figure a correction replaces
        kept = without_withdrawn(
            list(claims.values()), document.text, language, self._quantities.find
        )
        kept = without_sizeless_twins(kept)  # "…와 맺은 TPU 계약 …. 계약서상 최대 100만 개"
        return self._calibrated(without_vaguer_deals(most_specific(kept)), language)

    def _calibrated(self, claims: list[Claim], language: str) -> list[Claim]:
        table = self._calibration
        if table is None:
            return claims
        # what model_copy(update=...) makes (it validates nothing either), for less
        return [
            trusted(
                Claim,
                {
                    **c.__dict__,
                    "confidence": table.confidence(language, c.predicate, c.modality, c.confidence),
                },
            )
            for c in claims
        ]

    def _issuer(self, document: Document, language: str) -> Entity | None:
        """Who "we" is in a document: the company whose own text it is (a release, a
        filing), or whose call a story reproduces ("저희" in a Korean call note's answers).
        A Korean company text's issuer is found later, from its opening sentence."""
        if language == "ko":
            if document.tier in _OWN_VOICE:
                # a letter signed by its officer says whose it is; else the first sentence
                # that makes its issuer known does (_ko_issuer_after)
                return ko_signed_issuer(document.text, self._entities.find)
            return call_issuer(
                document.title, document.text, self._entities.find, "ko"
            ) or interviewee(document.title, document.text, self._entities.find)
        if document.tier in ("company", "filing"):
            mentions = self._entities.find(document.text)
            # a document that says whose it is (its "we" defined, a title naming the filing
            # or call) is believed before the votes of what "we" own, which a customer's
            # "our GB200 fleet" would give to the chip's maker
            title = opening_title(document.title, document.text)
            own = document.tier == "company"
            return (
                declared_issuer(document.text, mentions)
                or signed_issuer(document.text, mentions)
                or titled_issuer(title, self._entities.find, own_text=False)
                # "Data Center Technician, GPU Operations (Memphis, TN) — xAI"
                or (heading_owner(title, document.text, self._entities.find) if own else None)
                or issuer(document.text, mentions, self.vocabulary)
                or titled_issuer(title, self._entities.find, own_text=own)
                # "Sustainability Report 2026 — …" over "SK hynix Sustainability Report …"
                or titled_issuer(subtitle(document.text), self._entities.find, own_text=own)
                or most_named(mentions, self.vocabulary)
            )
        return call_issuer(document.title, document.text, self._entities.find) or interviewee_en(
            document.title, document.text, self._entities.find
        )

    def _lead(
        self, document: Document, span: Span, language: str, lead: Modality | None
    ) -> Modality | None:
        """The modality a list's lead ("Analysts expect:") gives its items. A sentence that
        goes on inside an item ("• Meta flips the switch. We'd guess more.") leads nothing."""
        if _inside_item(document.text, span.start):
            return lead
        text = document.text[span.start : span.end]
        return self._cues.governing(text, language, len(text))

    def _spans(self, text: str, language: str) -> list[Span]:
        """The sentences of a text; a Korean list item's clipped statement keeps a next one
        that names no party or product (:func:`join_item_tails`)."""
        spans = split_sentences(text)
        return join_item_tails(text, spans, self._names_any) if language == "ko" else spans

    def _names_any(self, text: str) -> bool:
        """Whether ``text`` names a party or a product (any entity but a place)."""
        return any(m.kind != "place" for m in self._entities.find(text))

    def sentences(self, document: Document, language: str, published: date) -> list[Sentence]:
        """The document's analysed sentences and table rows (headlines and headers dropped;
        a ticker's lines in capitals are its sentences, read in ordinary case)."""
        document, ticker_items = _as_read(document, language, self.vocabulary)
        ticker_items |= stamped_lines(document.text)  # "[14:09] 메타 …": a ticker's items
        # whom a Korean broker's note covers: its "동사" (covered_ko)
        focus = Focus(covered=covered_company(document.text, self._entities.find, language))
        focus.issuer = self._issuer(document, language)
        fallback = _own_text_issuer_ko(document, self._entities.find) if language == "ko" else None
        lead: Modality | None = None
        table = _TableBlock()
        out: list[Sentence] = []
        headers: list[Sentence] = []  # headlines and section headers, read for availability
        basis: ValidTime | None = None
        interview = Interview()  # what the interviewer's last question asked
        for index, span in enumerate(self._spans(document.text, language)):
            text = document.text[span.start : span.end]
            cells = split_cells(text) if _whole_line(document.text, span.start, span.end) else None
            if cells is not None and is_rule_line(text):
                continue
            sentence = self.analyse(text, span.start, index, language, published, focus)
            sentence.tier = document.tier or "press"
            if language == "ko":
                focus.issuer = _ko_issuer_after(sentence, document.tier, focus.issuer, fallback)
            if cells is not None:
                if table.read(document.text, span.start, span.end, sentence, cells, self):
                    out.append(sentence)
                continue
            line_start = span.start == 0 or document.text[span.start - 1] == "\n"
            if text.rstrip(_CLOSING).endswith("?") or (line_start and _INTERVIEWER.match(text)):
                # "Microsoft to rent 200,000 Trainium2 chips from AWS?", "—구글 TPU용 메모리
                # 공급설이 있는데.": a question (an interviewer's line) states nothing
                interview.ask(sentence, line_start)
                continue
            interview.answer(sentence, line_start)
            sentence.is_item = is_item(document.text, span.start, text)
            if sentence.is_item and language == "en":
                focus.salience.demote(index)
            # "- CoWoS output: about 75,000 …" opens a list, not a title
            opening = (
                index == 0
                and is_headline(document, span.start, span.end)
                and not (sentence.is_item and _list_follows(document.text, span.end))
            )
            # "NVDA/ORCL: What the Abilene lease means for margins" is a title; a headline or
            # a header line is no sentence either (a ticker's line is its sentence)
            heading = (
                (opening or _is_title(document, text))
                if sentence.is_item
                else is_headline(document, span.start, span.end)
                or _opening_title(document.text, span.start, span.end)
            )
            if heading and span.start not in ticker_items:
                headers.append(sentence)
                lead = None if language == "en" else lead  # a header starts a new section
                continue
            if not sentence.is_item:
                lead = self._lead(document, span, language, lead)
            sentence.lead_modality = lead
            if sentence.is_item:
                sentence.basis = basis
                if language == "ko":
                    sentence.clauses = _item_clauses(sentence)
            else:
                basis = _count_basis(sentence) or basis
            out.append(sentence)
        self._mark_availability(out, headers, published)
        approximate_rows(out)  # "The Ascend 910C figures … treat them as approximate"
        return out

    def _mark_availability(
        self, out: list[Sentence], headers: list[Sentence], published: date
    ) -> None:
        """Tell every sentence which products the document presents as upcoming or on the
        market. A header states nothing itself, but what it says of a product's
        availability holds for the lines under it ("AMD MI450 (due in Q3 2026)" over
        "Memory: 432 GB HBM4": an unreleased chip's figures are announced)."""
        upcoming, shipping, hinted = availability(
            out, published, self._cues, self.vocabulary, headers
        )
        for sentence in out:
            sentence.upcoming, sentence.shipping, sentence.hinted = upcoming, shipping, hinted

    # -- steps (public for tests and benchmarks) -----------------------------------------------

    def analyse(
        self, text: str, offset: int, index: int, language: str, published: date, focus: Focus
    ) -> Sentence:
        """Recognize everything in one sentence and move the discourse focus past it."""
        mentions = self._entities.find(text, focus.established)
        focus.established.update(m.id for m in mentions if m.entity.weak)  # "Lambda, the GPU cloud"
        # "US$8bn", "HK$2bn": a country's letters before "$" are the currency's sign, no place
        mentions = [m for m in mentions if not (m.kind == "place" and text.startswith("$", m.end))]
        sequels = [m for m in mentions if m.kind in _SITES and _SEQUEL.match(text, m.end)]
        if sequels:
            # "Colossus 2" is another site than Colossus: no mention, and no focus either,
            # so that "이곳"/"the site" after it does not fall back to the first one
            mentions = [m for m in mentions if m not in sequels]
            for m in sequels:
                focus.last.pop(m.kind, None)
        mentions = self._anaphora.resolve(text, mentions, language, index, focus)
        sequel_named = bool(sequels)
        quantities = [
            q
            for q in self._quantities.find(text)
            if not any(m.start <= q.start < m.end for m in mentions)
        ]
        if language == "ko" and "장" in text and quantities:
            chips = [(m.start, m.end) for m in mentions if m.kind in ("chip", "system")]
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
                covered=focus.covered,
                salience=Salience(list(focus.salience.history), lead=focus.salience.lead),
                products=focus.products,
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
        if not mentions and language == "en" and _LABEL.fullmatch(text):
            focus.hold(index)  # "Compute." heading a paragraph of specs
        if language == "en":
            spans = [(span.start, span.end) for span in sentence.inner]
            focus.salience.add(text, mentions, index, spans)
            if (raiser := raiser_of(text, mentions)) is not None:
                focus.last[RAISER] = (raiser, index)  # "… has closed a $180 million round"
        if language == "ko" and (raiser := raiser_of_ko(text, mentions, sentence.particle)):
            focus.last[RAISER] = (raiser, index)  # "… 시리즈D 투자 유치를 마무리했다"
        elif language == "ko" and RAISER in focus.last and round_told_again(text):
            focus.last[RAISER] = (focus.last[RAISER][0], index)  # "이번 라운드는 …"
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
            if not topics and (label := item_label(sentence)) is not None:
                topics = [label]  # "• 코어위브: 메타와의 클라우드 계약이 …"
            if topics:
                focus.mark_topics(topics[0].entity, topics[-1].entity, index)
            speaker = speaker_company(sentence)  # "혹 탄 브로드컴 최고경영자(CEO)가"
            if speaker is not None:
                focus.last["speaker"] = (speaker, index)
            if (owner := own_site_named(sentence)) is not None:
                focus.last[SITE_OWNER] = (owner, index)  # "네이버 데이터센터 '각 춘천'."
            first = next((m for m in mentions if m.kind == "company" and not m.anaphoric), None)
            if first is not None and "topic" not in focus.last:
                focus.last["topic"] = (first.entity, index)
        return sentence

    def candidates(self, sentence: Sentence) -> list[Candidate]:
        if sentence.table is not None:
            return without_other_memory(sentence, table_candidates(sentence))  # GDDR7
        found: list[Candidate] = []
        state = RuleState(found=found)  # the same list: a rule sees what those before found
        for rule in ALL_RULES:
            found.extend(rule(sentence, state))
        found = kind_deals(sentence, found)  # no deal found: the parties' kinds (a fallback)
        found = present_before_change(sentence, found)  # "월 17만 장 규모로, 연말 20만 장"
        found = own_expectation(sentence, found)  # "…, AWS said", "아마존은 … 예상했다"
        found = installed_later(sentence, found)  # "… chips that it will install next year"
        found = stated_events(sentence, found)  # "… 투자한다고 밝혔다": announced
        found = relative_relations(sentence, found)  # "…를 공급하는 SK하이닉스는 올해 …"
        found = framed_weighing(sentence, found)  # "…저울질한다는 관측이 나온다"
        found = weighed_purchases(sentence, found)  # "MI450 추가 구매를 저울질": adopts
        found = elided_deals(sentence, found)  # "…공급하고 있으며, HBM4 공급도 협의 중"
        found = gapped_deals(sentence, found)  # "A가 블랙웰 5만 장을, B가 6만 장을 …로부터"
        found = untraded_memory(sentence, found)  # "HBM3는 SK하이닉스에서 받고요": no product
        found = without_teasers(sentence, found)  # "다음 글에서는 CoWoS … 얘기를 해 볼게요"
        found = past_relative(sentence, found)  # "… 계약을 맺은 앤트로픽도 … 쓸 예정"
        found = set_aside(sentence, found)  # "30만 개 … 보도와 달리, … 20만 개로 확인됐다"
        found = given_up(sentence, found)  # "originally planned 1 million, but now 500,000"
        found = customer_by_role(sentence, found)  # "… after xAI said it is buying … from"
        # (after the roles: "코어위브는 미스트랄AI가 … 빌려 쓰는 계약": the renter known)
        found = lent_out_ko(sentence, found)  # "…와 GB300 용량을 빌려주는 계약": an adoption
        found = shared_subjects(sentence, found)  # "Meta and Oracle will both build on …"
        found = shared_objects(sentence, found)  # "… GB200 systems and AMD MI355X chips"
        found = server_makers_en(sentence, found)  # "The HPE ProLiant with MI355X GPUs"
        found = signed_starts(sentence, found)  # "signed a deal to rent …, starting in 2027"
        found = shared_rest(sentence, found)  # "…; AMD and Broadcom share what is left"
        found = part_figures(sentence, found)  # "HBM3E 한 개는 초당 1.18TB": not a chip's
        found = letters_of_intent(sentence, found)  # "signed a letter of intent to supply …"
        # a use clause nothing above read, unless it only teases a later post
        return with_fallbacks(sentence, found, without_teasers(sentence, state.fallbacks))

    def _claim(self, document: Document, sentence: Sentence, c: Candidate) -> Claim:
        default_tier = document.tier if document.tier in TIERS else "press"
        tier = self._cues.tier(sentence.text, sentence.language, default_tier)
        if TIERS.index(tier) < TIERS.index(default_tier):
            tier = default_tier
        return claim_of(document, sentence, c, tier, self.asserted_by, self.vocabulary.label)


_SITES = ("cluster", "facility")
# "Colossus 2", not "페어워터 2단계" / "하이페리온 2차" / "2구역" (a phase or a part of the site)
# nor "페어워터 2호" (No. 2, the site's second campus; "2호기" is a machine)
_SEQUEL = re.compile(
    r"\s?(?:[2-9]|II|III|IV)(?![\d%]|[.,]\d|\s?(?:단계|차\s|구역|기\s|호(?!기)|phase))"
)


def _as_read(
    document: Document, language: str, vocabulary: Vocabulary
) -> tuple[Document, frozenset[int]]:
    """The document as the rules read it (:func:`as_read`), and its figure-first lines with
    the figure next to the words it counts ("9,216 — Ironwood chips in one superpod"); with
    it, where the lines read as sentences start (a ticker's, a headline digest's)."""
    document, ticker_items = as_read(document, language, vocabulary)
    if language == "en":
        document = replace(document, text=figures_moved(document.text))
    elif language == "ko":
        document = replace(document, text=figures_moved_ko(document.text))
    # a newsletter of headlines, in either language (GUIDE): "마이크론, 2분기부터 AMD에 HBM4
    # 공급" is an item of news there, as "Samsung to supply HBM4 to AMD" is
    return document, ticker_items | digest_lines(document.text)


def _local_date(published: datetime, language: str) -> date:
    """The publication day in the source's own time zone.

    A Korean source whose offset was lost on the way (stored as UTC) is read as KST.
    """
    value = aware(published)
    offset = value.utcoffset()
    if language == "ko" and (offset is None or offset == timedelta(0)):
        value = value.astimezone(KST)
    return value.date()


def with_confidence(claim: Claim, factor: float) -> Claim:
    """The same claim with its confidence scaled (the id does not depend on it)."""
    return claim.model_copy(update={"confidence": round(claim.confidence * factor, 3)})


__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "RuleExtractor", "replace", "with_confidence"]
