"""A claim's modality as its sentence tells it: the cue that governs the anchor's clause,
then the cases that override or stand in for it (a negation or a retraction, a reporting
frame, a forecaster named after the claim, a company's own word with no plan word, a
list's lead, an analyst's "we", a future time). A base class of
:class:`tracker.extract.analysis.Sentence`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.compared_estimate_en import only_compared_to_own
from tracker.extract.decided_ko import decided_announced
from tracker.extract.described_ko import described_products_ko
from tracker.extract.done_ko import told_done_ko
from tracker.extract.entities import Mention
from tracker.extract.future_starts import BARE_CUES, headline_future, told_start_en
from tracker.extract.hedged_state_en import hedged_state_en, without_hedges
from tracker.extract.hypotheses import held_open, passed_over
from tracker.extract.inner_clauses import _masked
from tracker.extract.korean_verbs import CLOSED_BY_B, CLOSED_BY_N
from tracker.extract.modality import ModalityCues
from tracker.extract.near_future import near_future, near_future_modality
from tracker.extract.near_future_ko import near_future_ko, near_future_modality_ko
from tracker.extract.own_earlier import quoted_error, reported_earlier
from tracker.extract.quantities import QuantityMatch
from tracker.extract.statements import (
    COULD_HOLD,
    company_said_future,
    deal_term_future,
    hedged_level,
    said_future,
    source_after,
    their_word_after,
    their_word_before,
)
from tracker.extract.status_labels import status_label
from tracker.extract.text import Span
from tracker.extract.timex_fiscal import ESTIMATE_YEAR
from tracker.extract.zero_counts import zero_quantified

if TYPE_CHECKING:
    from tracker.extract.analysis import Focus
    from tracker.extract.timex import TimeMatch

# a clause-final plain present verb: a syllable with final ㄴ, or 는, before 다 ("한다",
# "늘린다", "짓는다"); not a state ("있다", "이다", "없다")
_NIEUN_FINAL = CLOSED_BY_N
_KO_PLAIN_PRESENT = re.compile(
    rf"(?:(?:[{_NIEUN_FINAL}]|는)다"
    # its polite form, a syllable closed by ㅂ before 니다 ("공급합니다", "들어옵니다"); not the
    # copula ("예정입니다") nor a state ("있습니다", "없습니다")
    rf"|(?<![있없])(?!입)[{CLOSED_BY_B}]니다)[.\s\"'”’)]*$"
)
_RETRACTED_EN = re.compile(
    r"\W{0,3}(?:(?:but|then|later|since|and)\s)?(?:\w+\s){0,2}(?:dropped|abandoned|scrapped|shelved|"
    r"ditched|cancell?ed|walked away from|backed out of|pulled out of)\s"
    r"(?:that|the|those|this|its|their|these)\s(?:plans?|idea|effort|talks|deal|project)\b"
)
_WE_EXPECT = re.compile(r"\bwe\s(?:now\s)?(?:expect|anticipate|project|forecast)\b")
# "…20,000 MI355X GPUs there, and that was shelved in October", ", a project that was later
# scrapped", "but the order was cancelled": the plan told, then taken back in the passive
_RETRACTED_PASSIVE_EN = re.compile(
    # (after a semicolon too: "…would rent B200 GPUs from a cloud; the plan has been dropped")
    r"[,;]\s(?:(?:and|but|then)\s)?(?:that|it|which|(?:the|a|an|that|this)\s"
    r"(?:plan|order|project|deal|effort|build-?out|purchase|expansion)(?:\s(?:that|which))?)\s"
    r"(?:was|were|(?:has|had|have)\s(?:since\s|now\s|already\s|quietly\s)?been|got)\s"
    r"(?:later\s|since\s|quietly\s|then\s|subsequently\s)?"
    r"(?:dropped|abandoned|scrapped|shelved|ditched|cancell?ed|called\soff|put\son\shold)\b"
)
_RETRACTED = re.compile(r"철회|백지화|무산|포기했|접었|계획은 없|계획이 없")
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
# "us" in lower case only: "in two US regions" is no analyst speaking
_AUTHOR_WE = re.compile(r"\b(?:(?i:we|our|we're|we've|we'd)|us|Us)\b")
# an item that says it is so now ("already", "now operates", "currently runs", "현재"):
# the lead's modality does not reach it
_ALREADY = re.compile(
    r"\balready\b|\b(?:now|currently|today)\s(?:operates|runs|has|have|holds|hosts|uses)\b"
    # a release's highlight: "More than 12,000 GB300 GPUs now in service at the campus"
    r"|\b(?:now|currently)\s(?:in\sservice|in\sproduction|running|online|live|operational"
    r"|installed|deployed)\b"
    # "in which we have now invested a total of $13 billion": a completed act, whatever the
    # list's lead ("… today announced the following results:") says
    r"|\b(?:has|have)\s(?:now\s|so\sfar\s|to\sdate\s)?(?:invested|deployed|installed|bought"
    r"|spent|put|committed|shipped|brought\sonline)\b"
    r"|이미|벌써|현재",
    re.IGNORECASE,
)
# a Korean item that tells a completed act ("HBM3E 12단의 구글 TPU향 공급은 3분기부터
# 본격화됐다"): its past verb, not its list's lead ("목표주가는 …"), says how firm it is
_KO_DONE = re.compile(r"(?:었|았|였|했|됐|웠)다[.\s]*$")
# a published document a figure is read from: "공개한 사양에 따르면", "발표한 자료에 따르면"
# "지난해 발표한 대로", "당초 계획했던 대로", "예정대로": what was announced or planned before,
# now done as told; the cue is the earlier word, not the statement's (its verb governs)
_KO_AS_TOLD = re.compile(
    r"(?:발표|계획|약속|예고|공언|합의|공지|예정|계약)(?:했던|하였던|한|됐던|된|되었던)?\s?대로"
)
_KO_SOURCE = re.compile(
    r"(?:공개한|발표한|공개된|발표된|내놓은)\s(?:\S+\s)?(?:사양|사양서|자료|데이터시트|문서|"
    r"스펙|제원)(?:에|에서)?\s(?:따르면|보면)"
    # "발표에 따르면", "구글의 발표 자료에 따르면": the talk or release the figure is read in
    r"|(?<![가-힣])(?:\S+의\s)?(?:발표|발표\s?자료|보도\s?자료|공개\s?자료)(?:에|에서)?\s(?:따르면|보면)"
)


# an analyst's earlier figure that a new one replaces: "기존 (내년 말) 추정치는", "종전
# 전망", "앞서 … 월 6만5000장으로 제시했었다"
_KO_SUPERSEDED = re.compile(
    r"(?:기존|종전|이전)\s?(?:\S+\s){0,3}?(?:추정치|전망치|예상치|추정은|전망은)"
    r"|(?:제시|추정|전망|예상|예측)했었|내다봤었|봤었다"
)
# "사실과 다르다", "사실과 달라 바로잡습니다": the statement before it is denied
_KO_UNTRUE = re.compile(r"사실과\s?(?:다르|다릅|달라|달랐|다른)|사실이\s?(?:아니|아닙|아닌)")
# the outlet quoting its own earlier story ("본지는 7일자 기사에서 … 보도했습니다"): a
# correction's subject, or at best a restatement of a claim made in that story
_KO_OWN_REPORT = re.compile(
    r"(?:본지|본보|본사|당지)(?:는|가|의)\s[^.]*?(?:보도했|보도한|보도됐|적었|썼|기재했|표기했)"
    # "[정정] 본 기사 최초 게재본(…)은 … '20만 개'로 적었습니다": the story's first version
    r"|(?:본\s?기사|이\s기사|기사)의?\s(?:최초\s|첫\s|이전\s)?(?:게재본|출고본|판|버전)[^.]*?"
    r"(?:보도했|적었|썼|기재했|표기했)"
    # "지난주 레터에서 "…"고 전했는데, 사실과 다릅니다": the letter's own earlier issue
    r"|(?:지난주|지난\s?호|지난번|앞선|이전)\s?(?:레터|기사|호|글|뉴스레터|보도)에서[^.]*?"
    r"(?:전했|보도했|적었|썼|소개했)"
)
# A company saying it will do something, with no plan word (GUIDE, settled cases):
# "내년부터 공급한다고 밝혔다" is announced; a past verb before 다고 is a fact told. A
# period starting within this quarter ("4분기부터" in October) counts as future.
_THIS_QUARTER_DAYS = 92
# a reporting verb after "-겠다고": told ("밝혔다", "말했다") or declared in public ("공언했다",
# "선언했다", "약속했다", "천명했다", "발표했다"), all a company's word with no plan word
_KO_SAID_WILL = re.compile(
    r"겠다고\s?(?:\S+\s){0,3}?(?:밝혔|밝히|밝힌|말했|전했|설명했|공언|선언|약속|천명|발표)"
    # a pledge signed: "투자하겠다는 의향서(LOI)에 서명했다", "…하겠다는 양해각서를 맺었다"
    r"|겠다는\s(?:\S+\s)?(?:의향서|양해각서|MOU|약정서|서약서|협약|합의서)(?:\s?\([^)]{0,12}\))?"
    r"(?:에|을|를)\s?(?:\S+\s)?(?:서명|체결|맺)"
)
_KO_GROWS_TO = re.compile(r"로\s?(?:늘|확대|키우|키운|키울|증가|끌어올|확충|불어|커지|커진)")
_KO_SAID_FUTURE = re.compile(
    # not an ongoing state told ("이달부터 … 공급하고 있다고 밝혔다": the supply runs now)
    # told again, confirmed, made official or told in a digest's clipped style:
    # "배치한다고 재확인했다", "공급한다고 공식화했다", "…다고 밝힘"
    r"(?<![었았했됐였쳤렸켰])(?<!고\s있)(?<!고있)다고\s?(?:(?:\S+\s){0,3}?(?:밝혔|밝히|밝힘|알렸"
    r"|재확인|재차\s확인|다시\s확인|확인했|확인해|공식화)"
    # relayed: "하반기부터 제공한다고 합니다", "공급한다고 한다" (the company's word, passed on)
    r"|(?:합니다|한다|해요|했다|했습니다)(?![가-힣]))"
    # quoted: '"2분기 중 … 출하를 시작한다"고 반박했다', '"…공급한다"고 말했다'
    r"|(?<![었았했됐였쳤렸켰])(?<!고\s있)(?<!고있)다[\"”’']고\s?(?:\S+\s){0,3}?"
    r"(?:밝혔|밝히|알렸|말했|반박했|강조했|설명했|전했|답했)"
)


# a sentence's short lead-in before a colon: "Our guess: …", "My estimate: …"
_LEAD_IN = re.compile(r"([A-Za-z][\w'’ -]{2,30}?):\s")
# a name right before its bare future: "Nscale will deploy", "Nscale also will"
_NAMED_WILL = re.compile(r"\s(?:also\s)?(?:will|['’]ll)\s")


class SentenceModality:
    """Sentence's reading of a claim's modality."""

    if TYPE_CHECKING:  # the fields and methods of Sentence (tracker.extract.analysis) read here
        focus: Focus
        text: str
        lowered: str
        language: str
        published: date
        mentions: list[Mention]
        quantities: list[QuantityMatch]
        times: list[TimeMatch]
        clauses: list[Span]
        cues: ModalityCues
        is_item: bool
        lead_modality: Modality | None
        inner: list[Span]
        tier: str

        def clause_of(self, pos: int) -> Span: ...
        def inner_of(self, pos: int) -> Span | None: ...

    def modality(self, anchor: int, valid: ValidTime, span: Span | None = None) -> Modality | None:
        """The claim's modality, or ``None`` when the clause negates it."""
        # "연말 월 8만 장, 내년 말에는 … 늘 것으로 추정함": a figure left without
        # its verb shares the next clause's
        clause = self._gapped_ko(span or self.clause_of(anchor))
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
        if self.language == "en" and (
            quoted_error(self.lowered, anchor) or reported_earlier(self.lowered, anchor)
        ):
            # a corrections column: 'A story on 27 January said … "up to one …"', "We
            # reported that ByteDance had 300,000 H20s": the outlet's own error
            return None
        if self.language == "ko":
            text = described_products_ko(_ko_background(text), clause, self.text, self.mentions)
        # a closing status in parentheses governs the statement: "… TPU rental (in talks)"
        # ("We believe SK hynix remains Nvidia's lead HBM4 source": a hedge on a fact)
        found = self._unhedged(
            status_label(
                self.text, self.cues, self.language, self.cues.governing(text, self.language, rel)
            ),
            text,
            valid,
            clause,
        )
        if found is None and self.language == "en" and _HEADLINESE.match(text):
            # "* Nebius to deploy 20,000 B300 GPUs in Finland": a bare future (announced)
            found = headline_future(text, self.text, valid)
        # "Our guess: ~120k wpm exiting 2026": the writer's lead-in frames what follows
        # (so does a year marked as estimated: "95k wafers a month (2026E)")
        frame = (
            "forecast"
            if self._forecast_lead(anchor) or _estimate_year(valid)
            else self._frame(clause)
        )
        if frame is not None and found in (None, "planned", "actual"):
            return frame
        if found == "forecast" and _WE_EXPECT.search(self.lowered) and self._own_voice():
            return "planned"  # "we expect to have 450,000 installed" in the company's own text
        if found == "planned" and self.language == "en" and their_word_after(text, rel):
            return "forecast"  # "TSMC will reach 130,000 a month, analysts say"
        if found == "planned" and self.language == "en" and self._forecaster_after(text, rel):
            return "forecast"  # "TSMC will reach 90k wpm in Q4, according to TrendForce"
        if (
            # "said it had passed the tests and would supply …": a bare "would" is no cue
            (found == "planned" or (found is None and self.future(valid)))
            and self.language == "en"
            and (
                said_future(text, self.text)  # "Oracle said it would build …" (GUIDE)
                # "xAI says Colossus 2 will house …", "we'll deploy …" in its own voice
                or company_said_future(
                    text,
                    self.text,
                    self._company_ends(),
                    self._own_voice(),
                    self._named_will(clause),
                )
                # "Under the agreement, OpenAI will begin running workloads on AWS"
                or (valid.kind != "deadline" and deal_term_future(self.text))
            )
        ) or (
            # "Nscale will begin deploying the systems in the first quarter", whoever says it
            found in ("planned", None) and self.language == "en" and self._told_start(text, valid)
        ):
            return "announced"  # a company's future action with no plan word
        if self.language == "en" and found in ("planned", None) and self.future(valid):
            theirs = their_word_before(text, self.text[: clause.start + max(0, rel)])
            if theirs is not None and not self._company_expects(theirs):
                return "forecast"  # "sources said TSMC's capacity will rise to …"
        if found == "considering" and self.language == "en" and self._hedged_estimate(text):
            # "capacity might reach 100,000 wafers a month", "analysts estimate that
            # Fairwater could hold more than 500,000 GPUs"
            return "forecast"
        if found == "considering" and passed_over(self.lowered, clause.end, self.language):
            return None  # "considered TPUs in 2024 but chose Nvidia instead"
        if (
            found == "planned"
            and self.language == "ko"
            and (
                # "…로 슈퍼클러스터를 꾸리겠다고 밝혔다": said, with no target time
                self._said_will(text, valid)
                # "투자하기로 했다": a decision with no plan word (GUIDE)
                or decided_announced(text, self.cues.cues(text, "ko"), valid, self.published)
            )
        ):
            return "announced"
        if found is not None:
            return found
        if self.language == "en" and near_future(text):
            return near_future_modality(self.text)  # "starts going online in a few weeks"
        if (
            self.is_item
            and self.lead_modality is not None
            and not _ALREADY.search(text)
            and not (self.language == "ko" and _KO_DONE.search(text))
        ):
            return self.lead_modality  # a list item says what its lead sentence says
        if (
            self.tier == "analyst"
            and self.language == "en"
            # "…, and nothing we see contradicts that": the writer vouches, no house figure
            and _AUTHOR_WE.search(without_hedges(text))
            and not only_compared_to_own(text)  # "…, in line with our prior model"
        ):
            # "Our end-2025 figure is unchanged at 70 kwpm": the analyst house's own number
            return "forecast"
        if self.language == "ko" and self._said_future(text, valid):
            return "announced"  # "4분기부터 공급한다고 밝혔다": a future action, no plan word
        if self.language == "ko" and self._stated_future(text, valid):
            return "announced"  # "내년부터는 … HBM4를 본격 공급한다": a future act, no plan word
        if self.language == "ko" and self._present_plan(text, valid):
            return "planned"  # "올해 HBM4 증설에 10조원을 투입한다": a plan for the year
        if self.future(valid):
            # an analyst house's own note stating a future figure with no cue ("Capacity for
            # SoIC should be 6-7k wpm exiting 2024", "CoWoS capacity exiting 2026: 120-130k"):
            # its projection, not the company's plan; a Korean act told done ("내년 HBM4 공급
            # 계약을 맺은 것으로 알려졌다") is a fact about that later time
            return _future_default(self.language, self.tier, text)
        if self.language == "ko" and near_future_ko(text):
            return near_future_modality_ko(self.text)  # "몇 주 안에 … 가동한다고 밝혔다"
        return "actual"

    def _gapped_ko(self, clause: Span) -> Span:
        """A Korean clause that ends in a bare figure and a comma ("연말 월 8만 장,"), its
        verb gapped, read with the clause after it when that one's verb is an
        estimate or talks (as English coordinated verb groups under "analysts estimate");
        any other clause as it is."""
        if self.language != "ko":
            return clause
        end = clause.start + len(self.text[clause.start : clause.end].rstrip(" ,"))
        if not self.text.startswith(",", end) or not any(q.end == end for q in self.quantities):
            return clause
        after = next((c for c in self.clauses if c.start >= end and c.start > clause.start), None)
        if after is None:
            return clause
        # a frame of estimate or talks reaches back ("…, 내년 말에는 … 이를 것으로 추정함"); a
        # plan does not make a figure of today's a target ("TSMC는 현재 월 7만 장, 삼성은 …
        # 3만 장을 목표로 한다")
        cues = self.cues.cues(self.text[after.start : after.end], "ko")
        if not any(c.modality in ("forecast", "considering") for c in cues):
            return clause
        return Span(clause.start, after.end)

    def _hedged_estimate(self, clause: str) -> bool:
        """Whether a modal hedges a level reached, or what a site may hold told by an
        estimate ("we estimate the first phase could hold around 350,000 GPUs")."""
        if hedged_level(clause):
            return True
        return COULD_HOLD.search(clause) is not None and any(
            c.modality == "forecast" for c in self.cues.cues(self.text, "en")
        )

    def _unhedged(
        self, found: Modality | None, text: str, valid: ValidTime, clause: Span
    ) -> Modality | None:
        """``found``, or ``actual`` when an English forecast cue is only the writer's hedge on
        a state of now or before ("Our checks suggest TSMC exited 2025 at about 75k"): the
        fact's modality stays (:mod:`.hedged_state_en`). A time after publication anywhere
        in the clause ("we think it soaks up half of 2027 output") keeps the forecast."""
        if found != "forecast" or self.language != "en" or self.future(valid):
            return found
        if any(clause.start <= t.start < clause.end and self.future(t.valid) for t in self.times):
            return found
        counted = any(clause.start <= q.start < clause.end for q in self.quantities)
        cues = self.cues.cues(text, "en")
        spans = [(c.start, c.end) for c in cues if c.modality == "forecast"]
        return "actual" if hedged_state_en(text, spans, counted, self.published.year) else found

    def _forecast_lead(self, anchor: int) -> bool:
        """Whether an English sentence opens with a short lead-in of the writer's own
        projection before a colon ("Our guess: ~120k wpm exiting 2026", "My estimate: …"):
        it governs the figure after it."""
        if self.language != "en" or ":" not in self.text[:anchor]:
            return False
        lead = _LEAD_IN.match(self.text)
        if lead is None or lead.end() > anchor:
            return False
        return any(c.modality == "forecast" for c in self.cues.cues(lead.group(1), "en"))

    def _forecaster_after(self, clause: str, anchor: int) -> bool:
        """Whether the statement is attributed after the claim to an analyst or a
        research firm (", according to TrendForce"): their projection."""
        source = source_after(clause, anchor)
        return source is not None and any(
            c.modality == "forecast" for c in self.cues.cues(source, self.language)
        )

    def _told_start(self, clause: str, valid: ValidTime) -> bool:
        """Whether an English claim is the start of an act after publication (or in the
        quarter under way: "will start supplying HBM4 in the fourth quarter" said in
        November), told with a bare future or a present verb of beginning and no plan word
        (GUIDE: announced, whoever tells it; :mod:`.future_starts`). An analyst's own "we"
        keeps the house's projection."""
        if valid.kind != "open" or valid.start is None:
            return False
        if (self.published - valid.start).days > _THIS_QUARTER_DAYS:
            return False  # a start well behind publication: "since", not a start to come
        if self.tier == "analyst" and _AUTHOR_WE.search(clause):
            return False
        lowered = clause.lower()
        cues = self.cues.cues(clause, "en")
        if any(c.modality == "planned" and lowered[c.start : c.end] not in BARE_CUES for c in cues):
            return False  # "is set to begin", "is to start": a schedule
        return told_start_en(clause, self.text)

    def _named_will(self, clause: Span) -> bool:
        """Whether a company's own release names itself before a bare future in the clause
        ("In Texas, Nscale will deploy …" in Nscale's release): its own word, as "we will"."""
        issuer = self.focus.issuer
        if self.tier != "company" or issuer is None or self.language != "en":
            return False
        return any(
            m.id == issuer.id
            and clause.start <= m.start < clause.end
            and _NAMED_WILL.match(self.text, m.end) is not None
            for m in self.mentions
        )

    def _company_ends(self) -> list[int]:
        """Where each company named (not referred back to) ends."""
        return [m.end for m in self.mentions if m.kind == "company" and not m.anaphoric]

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
        a time after publication, or a period starting this quarter ("4분기부터"). A date to
        reach ("연내 구축한다고 밝혔다", "2027년까지 늘린다고 밝혔다") keeps the company's
        planned target (GUIDE: a company's own figure to be reached by a date, whatever the
        verb)."""
        if valid.kind == "deadline":
            return False
        starts_now = (
            valid.kind == "open"
            and valid.start is not None
            and (self.published - valid.start).days <= _THIS_QUARTER_DAYS
        )
        return (starts_now or self.future(valid)) and bool(_KO_SAID_FUTURE.search(clause))

    def _said_will(self, clause: str, valid: ValidTime) -> bool:
        """A company's 'will' told by a reporting verb ("통합하겠다고 밝혔다") with no time of
        its own, or only a start ("3분기부터 … 배치하겠다고 밝혔다", as "will supply from Q4"),
        is an announcement (GUIDE: no plan word); with a target time ("연말까지 …
        확보하겠다고 밝혔다") it stays the plan it sets."""
        if valid.kind != "open" and not (
            valid.kind == "point" and valid.start == valid.end == self.published
        ):
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


def _estimate_year(valid: ValidTime) -> bool:
    """Whether a claim is dated by a year an analyst marks as estimated ("in 2026E",
    "FY27E"): the figure is the analyst's projection, whoever's verb tells it."""
    return bool(valid.text) and ESTIMATE_YEAR.search(valid.text or "") is not None


def _future_default(language: str, tier: str, clause: str) -> Modality:
    """The modality of a statement with a later time and no cue: the company's plan, an
    analyst house's projection in its own note, or in Korean a fact when the act is told
    done (:func:`told_done_ko`)."""
    if language == "ko":
        return "actual" if told_done_ko(clause) else "planned"
    return "forecast" if tier == "analyst" else "planned"


def _ko_background(text: str) -> str:
    """A Korean clause with the words that carry an earlier cue blanked (same offsets): the
    source a figure is read in ("화웨이가 공개한 사양에 따르면 …": no announcement) and what
    was told before and is now done as told ("지난해 발표한 대로 …", "예정대로 …")."""
    if "대로" in text:
        text = _KO_AS_TOLD.sub(lambda m: " " * len(m.group()), text)
    if "따르면" in text:
        text = _KO_SOURCE.sub(lambda m: " " * len(m.group()), text)
    return text


def _retracted_after(lowered: str, anchor: int) -> bool:
    """Whether the phrase right after the anchor's (no other comma phrase between) says in
    the passive that what it told was taken back."""
    m = _RETRACTED_PASSIVE_EN.search(lowered, anchor)
    if m is None:
        return False
    between = lowered[anchor : m.start()]
    return ", " not in between and ";" not in between
