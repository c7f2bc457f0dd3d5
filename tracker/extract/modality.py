"""Modality, negation and source-tier cues.

Korean is verb-final: the rightmost modality cue of a clause governs it ("확대할 계획이지만"
-> planned). In English the cue that governs a claim is the strongest one before its
anchor in the clause ("analysts expect ... will" -> forecast; "announced it will" ->
announced), else the nearest one after it. With no cue, a statement is ``actual``, unless
its time lies after the publication date, which makes it ``planned``.

An announcement about something already done ("…했다고 발표했다", "announced that it has
deployed") is an actual, not an announcement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain.claims import Modality
from tracker.extract.compared_estimate_en import outside_own_comparisons
from tracker.extract.korean_verbs import CLOSED_BY_L, CLOSED_BY_N
from tracker.extract.negation_ko import denied_ko
from tracker.extract.patterns import word_trie
from tracker.extract.vocabulary import Vocabulary

# "finalized talks", "concluded negotiations": a completion word governs the talk it ends
_EN_PRIORITY: dict[str, int] = {
    "actual": 5,
    "considering": 4,
    "forecast": 3,
    "announced": 2,
    "planned": 1,
}
# Modal verbs weigh an option only for the verb right after them: "The cluster, which
# could grow further, runs 500,000 chips" is a fact.
# a launch in a comparison after the claim: "faster than any chip we've ever launched", "the
# biggest of all the parts it has introduced": past launches of other things, not this one's
_EN_EVER_DONE = re.compile(
    r"\b(?:any|every|each|all)\s[^,.;]{0,40}?(?:['’]ve|\shave|\shas|\shad)\s(?:ever\s)?$"
    r"|\bever\s$"
)
_WEAK = frozenset({"could ", "may ", "might "})
_WEAK_REACH = 40
# a past stem is any syllable closed by ㅆ ("들어갔다고", "들여왔다고", "마쳤다고"), but not
# the future "겠" ("들여놓겠다고") nor "있", which states the present only as "…고 있다고"
_KO_PAST_SYLLABLES = "".join(
    chr(0xAC00 + i) for i in range(11172) if i % 28 == 20 and chr(0xAC00 + i) not in "겠있"
)
_KO_DONE_BEFORE_ANNOUNCE = re.compile(rf"(?:[{_KO_PAST_SYLLABLES}]|고 있)다고[^다]{{0,16}}$")
# "투자하기로 했다고 발표했다": what was decided is still to be done, a plan; so is a
# contract signed to invest ("투자하기로 인텔과 주식매매계약을 맺었다고 발표했다"; a supply
# contract signed is a deal made, GUIDE)
_KO_DECIDED_BEFORE_ANNOUNCE = re.compile(
    r"[기키]로 (?:했|결정했|합의했)다고[^다]{0,16}$"
    r"|(?:(?:투자|출자|매입|취득)하기로|사들이기로) [^다,]{0,30}?(?:계약|협약|약정)(?:을|를)? ?"
    r"(?:맺었|체결했|서명했)다고[^다]{0,16}$"
    # a plan word told in the announcement: "…제공할 계획이라고 발표했다", "…예정이라고 공개했다"
    r"|(?:계획|예정|목표|방침)(?:이)?라고\s?[^다]{0,16}$"
)
# the event named as a time ("실적 발표 직후 열린 컨퍼런스콜에서", "발표 이후", "발표 당시")
_KO_OCCASION = re.compile(
    r"(?:회|장|문)?(?:에서|에선|자리|\s자료|\s현장)"
    r"|\s(?:직후|직전|이후|이전|당시|뒤|후(?:에)?|전에|때)(?![가-힣])"
)
_EN_DONE_AFTER_ANNOUNCE = re.compile(
    # (the day of the telling may stand first: "announced on the 3rd that it has signed")
    r"^\s*(?:(?:on|last|this|earlier)\s[\w\s,.-]{1,25}?\s(?=that\s))?"
    r"(?:that\s)?(?:it|they|the company|\w+)?\s?(?:has|had|have)\s(?:already\s)?"
    r"(?:\w+ed|struck|won|begun|built|bought|made)\b"
    # "announced that Azure now operates 200,000 GB200s": a state, not an announcement
    r"|^\s*(?:that\s)?[^,;]{0,40}?\b(?:now|already|currently)\s(?!plans?\b)\w+s\b"
    # "announced that Project Rainier is now running 500,000 chips": the same, progressive
    r"|^\s*(?:that\s)?[^,;]{0,40}?\b(?:is|are)\s(?:now|already|currently)\s(?!planning)\w+ing\b"
    # "announced that the first phase of its campus in Abilene, Texas, is now serving
    # customers": a subject with a place set off by commas, no other verb before the state's
    r"|^\s*(?:that\s)?(?:(?!\b(?:will|would|plans?|aims?|which|who|that|to)\b)[^;]){0,90}?"
    r"\b(?:is|are)\s(?:now|already|currently)\s(?!planning)\w+ing\b",
    re.IGNORECASE,
)
_EN_REPORTING = re.compile(
    r",\s[^,;]{0,50}\b(?:expect|estimate|forecast|project|predict|believe)s?\b(?=,|\.|$)"
)
# "won't", "doesn't", "isn’t": a contraction's "n't" follows a letter, so the word-start
# cue list cannot see it
_EN_CONTRACTED_NOT = re.compile(r"[a-z]n['’]t\b")
# a figure that opens its clause, as its subject: nothing before it but a determiner or a
# bound ("Some 550,000 GB200 chips are to be installed …", "The first 100,000 …")
_FIGURE_FIRST = re.compile(
    r"\W*(?:(?:the|some|about|around|roughly|nearly|almost|approximately|an|a|another|over"
    r"|more|than|up|to|as|many|first|initial|next|final|last|estimated|additional|further"
    r"|remaining|other|all|those|these)\s+)*"
)
# "as previously reported" confirms an earlier report; it withdraws nothing ("previously
# reported" alone is a correction's cue)
_AS_REPORTED = re.compile(r"\bas\s(?:previously|earlier|first)\sreported\b")
# "50,000 GPUs, if not more" / "by 2027, if not sooner" / "most, if not all, of them": a
# hedge that raises a figure or brings a date forward, not a denial of the clause
_EN_IF_NOT_MORE = re.compile(
    r"\bif\snot\s(?:(?:even|far|much|many)\s)?(?:more|higher|larger|greater|bigger|sooner|earlier|all)\b"
)
# what the writer observes, not what they expect: "nothing we see contradicts that", "what
# we see on the ground"
# a trial under way with an adverb inside its verb ("is still testing", "are also trialling",
# "has been quietly piloting"): the cue list holds "is testing", "been testing" only
_EN_TRIAL_UNDER_WAY = re.compile(
    r"\b(?:is|are|was|were|be|been|['’]re)\s(?:(?:still|also|now|already|currently|quietly"
    r"|actively|separately|internally|reportedly|privately|jointly|only|even)\s){1,2}"
    r"(?:testing|trialing|trialling|piloting)\b"
)
_EN_SEEN = re.compile(r"\b(?:nothing|anything|everything|what|all)\swe\ssee\b")
# a comparison with everything before ("faster than any chip we've ever launched", "bigger
# than anything the company has announced before"): its verb tells of the others, not the
# claim
_EN_THAN_ANY = re.compile(r"\bthan\s(?:any|anything|ever|all|every)\b[^,;.:!?\"”]{0,40}$")
# a thing planned, told in the past perfect ("We had planned a 100,000-GPU cluster in
# Norway", "Crusoe had originally intended a 20,000-GPU site"): one overtaken since, no
# standing plan; not a comparison ("ramps more slowly than we had hoped"), and not a plan
# to act ("By March, CoreWeave had planned to run 250,000 GPUs": its target then)
_EN_FORMER_PLAN = re.compile(
    r"(?<!than\s)\b[\w.'’-]+\shad\s(?:once\s|originally\s|initially\s|earlier\s)?"
    r"(?:planned|intended|envisioned|envisaged)\s(?:a|an|the|its|their|our)\s"
)
# a product not on the market yet ("unveiled in April but not yet generally available"): it
# denies nothing the sentence states of it, and makes its figures announced
_EN_NOT_YET_OUT = re.compile(
    r"\bnot\s(?:yet\s)?(?:generally\s|widely\s|commercially\s|publicly\s|broadly\s)?"
    r"(?:available|shipping|on\ssale|released|in\scustomers['’]\shands)\b"
)
_INTENT = re.compile(r"plans?\sto|aims?\sto|intends?\sto|planning\sto|aiming\sto")
# "will reach Google Cloud customers": a product getting to buyers
# a source left unnamed, and why: "an executive who declined to be named", "…, declining to
# be identified", "because the figures have not been disclosed publicly", "as the
# information is not yet public" (lowercased text): it denies and announces nothing
_EN_WHY_UNNAMED = re.compile(
    r"\bdeclin(?:ed|es|ing)\sto\sbe\s(?:named|identified|quoted)\b"
    r"|\b(?:because|as|since)\s(?:(?:the|its|their|this|that|those|these)\s)?(?:[\w-]+\s){0,2}"
    r"(?:is|are|was|were|has|have|had)(?:\snot|n['’]t)\s(?:yet\s)?(?:been\s)?"
    r"(?:public|disclosed|made\spublic|announced|released|finali[sz]ed)\b(?:\spublicly)?"
)
# a source's anonymity, whose "not" denies nothing the sentence states: "who asked not to
# be named", "because they were not authorized to speak publicly"
_EN_UNNAMED_SOURCE = re.compile(
    r"\b(?:asked|asking|requested|requesting|wished|spoke\son\scondition|speaking\son\scondition)"
    r"\s(?:not\sto\sbe\s(?:named|identified|quoted)"
    r"|of\sanonymity)|\b(?:were|was|is|are)\snot\sauthori[sz]ed\sto\s(?:speak|comment|discuss)\b"
    r"|" + _EN_WHY_UNNAMED.pattern
)
# a source's anonymity with its reason: "asking not to be named discussing private plans",
# "who asked not to be identified because the talks are private"
_EN_ANONYMITY = re.compile(
    r"\b(?:asked|asking|requested|requesting|spoke|speaking)\s(?:not\sto\sbe\s(?:named|"
    r"identified|quoted)|on\scondition\sof\sanonymity)(?:\s(?:because|as|when|while|since|"
    r"discussing|describing|to\sdiscuss)\b[^,.;]*)?"
)
# press boilerplate about a party's silence, whose "declined"/"not" denies nothing the
# sentence states: "Microsoft, OpenAI's biggest backer with $13 billion invested, declined to
# comment", "Meta did not immediately respond to a request for comment"
_EN_NO_COMMENT = re.compile(
    r"\b(?:declined|refused)\sto\s(?:comment|elaborate)\b"
    r"|\bdid\snot\s(?:immediately\s)?(?:respond|reply)\sto\s(?:a\s|requests?\s|emails?\s)?"
    r"(?:request\s)?(?:for\s|seeking\s)comment\b"
    r"|\bcould\snot\sbe\sreached\sfor\scomment\b"
    # "…, a figure the firm hasn't confirmed", "…, which Nvidia would not confirm": a
    # source's silence on the figure, a hedge that denies nothing said
    r"|,\s(?:a\s(?:figure|number|estimate|count|total|tally)|which|something)\s(?:that\s)?"
    r"(?:[\w.'’-]+\s){1,3}?(?:has|have|had|did|does|do|would|will)\s?(?:not|n['’]t)\s"
    r"(?:yet\s|publicly\s|officially\s)?(?:confirm(?:ed)?|disclos(?:e|ed)|verif(?:y|ied)"
    r"|comment(?:ed)?\son|updat(?:e|ed)|revis(?:e|ed))\b"
)
_EN_REACH = re.compile(r"\breach(?:es)?\s+(?:[\w-]+\s+){0,3}(?:customers|buyers|users)\b")
# past availability: "출시했", "shipped"; production or shipments already under way ("the
# mass production of RNGD, which started this month")
_DONE = re.compile(
    r"출시했|출하했|선보였|\b(?:shipped|launched|released)\b"
    r"|\b(?:production|shipments?|shipping)\b[^.;]{0,40}?\b(?:started|began|begun|commenced)\b"
    # the verb first: "has started the volume production of RNGD", "began volume shipments"
    r"|\b(?:started|began|begun|commenced|entered)\s(?:the\s|its\s)?(?:(?:mass|volume|full"
    r"|high-volume|commercial)\s)?(?:production|shipments?|shipping)\b"
)
# a number of units to ship ("plan to ship about 10,000 cards in 2027", "expect it to ship
# more than 5 million Blackwell GPUs in 2026") is a volume, not the product's arrival
_VOLUME_EN = re.compile(
    r"\b(?:ship|ships|shipping|deliver|delivering)\s(?:(?:about|around|roughly|some|nearly|"
    r"more\sthan|over|up\sto|as\smany\sas)\s)?(?:\d|a\smillion\b)"
)
# "30,000 GB200s, not 300,000" / "in Memphis, not Nashville": a correction's contrast,
# not a denial of the clause
# a second statement joined by "and" with a subject of its own (a determiner and a noun, not
# a verb the first subject shares): "…, and every hour a node sits idle …"
_EN_NEW_SUBJECT_AND = re.compile(
    r",\sand\s(?:every|each|the|a|an|this|that|these|those)\s(?!(?:company|firm|deal|same)\b)"
    r"[a-z][\w-]*\s(?:[a-z][\w-]*\s){0,3}?(?:is|are|was|were|sits|runs|has|have|does|do|did"
    r"|can|will|would)\b"
)
_EN_CONTRAST = re.compile(
    r"(?:,\s+not\s+(?:(?:about|around|some|the)\s)?(?:US)?[$€]?\d[\d,.]*(?:\s?[A-Za-z]+)?"
    r"|,\s+not\s+(?:in\s)?[A-Z][\w.]*(?:,?\s[A-Z][\w.]*)*"
    # "power, not chips, is the constraint", "uses TPUs, not GPUs, for ranking": a noun set
    # aside between commas
    r"|,\s+not\s+(?:(?:the|its|their|more|enough)\s)?[a-z][\w-]*(?:\s[a-z][\w-]*)?(?=,))"
    # "…, not 1 million as previously reported": what the contrast sets aside is the earlier
    # figure, the statement stands
    r"(?:,?\s(?:as|which\swas|that\swas)\s(?:previously|earlier|first|originally|initially|wrongly"
    r"|incorrectly|widely)\s(?:reported|stated|said|thought|believed))?"
)


_KO_RELAY = re.compile(
    r"보도했|보도한|보도에 따르면|보도가 나왔|매체는|외신은|외신에 따르면|전했다"
)
_EN_RELAY = re.compile(
    r"\breported\b|\baccording to (?:a|the|an earlier) report\b|\ba report (?:by|in|from)\b", re.I
)
# what a denial denies: a report, a rumor, a claim ("…한다는 보도", "reports that")
_KO_REPORT_NOUN = re.compile(
    r"[는라]\s?(?:(?:일부|일각의|최근의?|외신|언론|업계의?|시장의?)\s)?"
    r"(?:보도|설|소문|관측|주장|얘기|이야기|소식|루머|전망|글|게시글|게시물|말)"
)
_EN_REPORT_NOUN = re.compile(
    r"\b(?:reports?|claims?|speculation|rumou?rs?|suggestions?)\s(?:that|it)"
)


# a fact check's verdict on what the sentence relays ("…, is false", "is baseless")
_EN_VERDICT = re.compile(
    r"\b(?:is|are|was|were|proved|proves|turned\sout\sto\sbe)\s(?:also\s|simply\s|entirely\s"
    r"|completely\s|flatly\s|likewise\s)?[\"“]?(?:false|untrue|wrong|baseless|fabricated|fake"
    r"|bogus|unfounded|groundless|incorrect|not\strue|debunked|fiction)\b|\bhas\sno\sbasis\b"
    # 'called reports that … "inaccurate"': a quoted verdict
    r"|[\"“](?:inaccurate|untrue|false|baseless|groundless|unfounded|wrong|fake|not\strue"
    r"|speculation)[\"”]",
    re.IGNORECASE,
)
# a Korean fact check's verdict label ("판단: 절반의 사실", "판정: 거짓", "검증 결과: 사실 아님")
_KO_VERDICT = re.compile(r"(?:판단|판정|검증\s?결과|팩트체크)\s?[:：]")
_QUOTES = "\"“”'‘’"


def _inside_quote(sentence: str, anchor: int, end: int) -> bool:
    """Whether ``anchor`` lies inside a quotation that closes before ``end``."""
    opened = [i for i in range(anchor) if sentence[i] in _QUOTES]
    closed = [i for i in range(anchor, end) if sentence[i] in _QUOTES]
    return len(opened) % 2 == 1 and bool(closed)


# what is relayed before the verdict: a claim, a post, a rumor, something someone says
_EN_RELAYED = re.compile(
    r"\b(?:claims?|claimed|claiming|alleges?|alleged|alleging|posts?|rumou?rs?|says|saying"
    r"|suggests?|suggesting|insists?|insisting|asserts?|asserting"
    # "Reports that Microsoft would buy 100,000 TPUs were false": a report ruled false
    r"|reports?|reported|stor(?:y|ies)|articles?)\b",
    re.IGNORECASE,
)


# "LG AI연구원", "경제연구원": an institute's name (연구원 fused to it) is a place or a
# party, not an analyst ("김 연구원은", "OO증권 연구원") whose figure is a forecast
_KO_INSTITUTE = re.compile(r"[0-9A-Za-z가-힣]연구원")


# "…투자하기로 했다고 보고서에서 밝혔다": a company telling in its own filing, no analyst's
# note ("연구원은 보고서에서 … 내다봤다" keeps its forecast)
_KO_OWN_REPORT = re.compile(r"\s?(?:밝혔|밝힌|공개했|공시했)")


@dataclass(frozen=True, slots=True, order=True)
class Cue:
    start: int
    end: int
    modality: Modality


# "들여올 것으로 알려졌다", "늘릴 것이라고 밝혔다", "갖출 것이다": a verb's future adnominal
# (a syllable closed by ㄹ) before 것 states what is yet to be done, as "할 것" does for the
# verbs in 하다; the rightmost cue still governs ("…할 것으로 보인다" is a forecast)
_KO_FUTURE_SYLLABLES = CLOSED_BY_L
# (a quote may close between: '"…월 9만 장으로 늘릴 것"이라고 했다')
_KO_FUTURE_THING = re.compile(
    rf"[{_KO_FUTURE_SYLLABLES}] 것(?=[\"”’']?(?:으로|이라|이다|이며|이고|입니다))"
)
# "확보한 것으로 보인다/봄", "쓰고 있는 것으로 보입니다": a writer's hedge on a fact done or
# under way (a past or present adnominal, a syllable closed by ㄴ, before 것) keeps the
# fact's modality (GUIDE); "늘릴 것으로 보인다" (the future ㄹ) stays a forecast
_KO_DONE_SYLLABLES = CLOSED_BY_N
_KO_HEDGED_FACT = re.compile(rf"[{_KO_DONE_SYLLABLES}] 것으?$")
_KO_HEDGE_CUES = frozenset({"보인다", "로 보인다", "으로 봄"})
# "이미 따낸 것으로 보고 있다", "확보한 것으로 보고 있습니다": a view held about a thing done
# (a past adnominal, not the present 는) is a hedge on that fact too; "늘릴 것으로 보고 있다"
# and "늘어나는 것으로 보고 있다" stay forecasts
_KO_HELD_VIEW_CUES = frozenset({"것으로 보고 있", "것으로 보고 있습니다", "로 보고 있"})
_KO_DONE_BEFORE_VIEW = re.compile(rf"(?!는)[{_KO_DONE_SYLLABLES}] (?:것으?)?$")
# "…계약을 따냈다는 얘기가 증권가 메신저를 탔다", "…넘었다는 소문이 업계에 돌았다": a rumour
# relays what it says; the words after its noun tell who spreads it (증권가 is no analyst's
# forecast there), so only the cues before the noun govern the relayed statement
_KO_RUMOUR_NOUN = re.compile(r"[다라]는\s(?:얘기|이야기|소문|루머|풍문|설(?=[이도은에만,\s]))")


def cues_before(cues: list[Cue], anchor: int) -> list[Cue]:
    """The cues that start at or before the anchor (at least an empty-safe list)."""
    return [c for c in cues if c.start <= anchor] or cues[:1]


class ModalityCues:
    """Cue lists of one vocabulary, compiled once."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        # one alternation per language (longest cue first), mapped back to its modality
        self._patterns: dict[str, tuple[re.Pattern[str], dict[str, Modality]]] = {}
        for lang in ("en", "ko"):
            table = vocabulary.cues.get("modality", {}).get(lang, {})
            modality_of: dict[str, Modality] = {}
            for modality, words in table.items():
                for word in words:
                    modality_of.setdefault(word.lower(), modality)
            if not modality_of:
                continue
            ordered = sorted(modality_of, key=len, reverse=True)
            # as a trie (tracker.extract.patterns.word_trie): ~18% less time on the pattern
            # searched in every clause, the same matches
            body = word_trie(ordered, r"[A-Za-z']" if lang == "en" else "")
            self._patterns[lang] = (re.compile(body), modality_of)
        self._recent: dict[tuple[str, str], list[Cue]] = {}
        self._negation = {
            lang: _alternation(vocabulary.cue_list("negation", lang), lang) for lang in ("en", "ko")
        }
        self._anonymous = {
            lang: _alternation(vocabulary.cue_list("tier", f"anonymous_{lang}"), lang)
            for lang in ("en", "ko")
        }
        self._availability = {
            lang: tuple(
                _alternation(vocabulary.cue_list("availability", f"{part}_{lang}"), lang)
                for part in ("verbs", "soon", "now")
            )
            for lang in ("en", "ko")
        }
        self._in_service = {
            lang: _alternation(vocabulary.cue_list("availability", f"in_service_{lang}"), lang)
            for lang in ("en", "ko")
        }
        self._denial = {
            lang: _alternation(vocabulary.cue_list("denial", lang), lang) for lang in ("en", "ko")
        }
        self._rumor = {
            lang: _alternation(vocabulary.cue_list("tier", f"rumor_{lang}"), lang)
            for lang in ("en", "ko")
        }

    def cues(self, clause: str, language: str) -> list[Cue]:
        """Every modality cue in a clause (offsets relative to it), in text order."""
        # a clause's cues are asked for again by the next rule or anchor (a quarter of the
        # calls): they depend on the clause and language only; the cache holds the latest
        # clauses (emptied when full) and hands out copies of its lists
        key = (clause, language)
        found = self._recent.get(key)
        if found is None:
            if len(self._recent) >= 512:
                self._recent.clear()
            found = self._recent[key] = self._cues(clause, language)
        return list(found)

    def _cues(self, clause: str, language: str) -> list[Cue]:
        entry = self._patterns.get(language)
        if entry is None:
            return []
        pattern, modality_of = entry
        found = [
            Cue(m.start(), m.end(), modality_of[m.group()])
            for m in pattern.finditer(clause.lower())
            if not (m.group() == "연구원" and _KO_INSTITUTE.match(clause, max(0, m.start() - 1)))
            and not (m.group() == "보고서에서" and _KO_OWN_REPORT.match(clause, m.end()))
        ]
        if language == "en" and "ing" in clause:
            found = _with_trials_under_way(clause, found)
        if language == "en" and found and "our " in clause:
            found = outside_own_comparisons(clause, found)  # "above our earlier estimate"
        if language == "en" and found and ("not to be" in clause or "anonymity" in clause):
            # "…, the person said, asking not to be named discussing private plans": the
            # source's reason for anonymity tells nothing about the claim
            quiet = [(m.start(), m.end()) for m in _EN_ANONYMITY.finditer(clause)]
            found = [c for c in found if not any(a <= c.start < b for a, b in quiet)]
        if language == "en" and found and "we see" in (lower := clause.lower()):
            # "…, and nothing we see contradicts that": what the writer observes, no outlook
            found = [
                c for c in found if not _EN_SEEN.search(lower, max(0, c.start - 12), c.end + 1)
            ]
        if language == "en" and found and "than " in clause:
            lower = clause.lower()
            found = [
                c for c in found if not _EN_THAN_ANY.search(lower, max(0, c.start - 60), c.start)
            ]
        if language == "en" and found and ("not " in clause or "n't " in clause):
            quiet = [(m.start(), m.end()) for m in _EN_WHY_UNNAMED.finditer(clause.lower())]
            found = [c for c in found if not any(a <= c.start < b for a, b in quiet)]
        if language == "ko":
            found = [
                c
                for c in found
                if not (
                    clause[c.start : c.end] in _KO_HEDGE_CUES
                    and _KO_HEDGED_FACT.search(clause, 0, c.start)
                )
                and not (
                    clause[c.start : c.end] in _KO_HELD_VIEW_CUES
                    and _KO_DONE_BEFORE_VIEW.search(clause, 0, c.start)
                )
                and not clause.startswith("대로", c.end)  # "계획대로": on plan, no plan
            ]
            found += [Cue(m.start(), m.end(), "planned") for m in _KO_FUTURE_THING.finditer(clause)]
            if any(c.modality == "forecast" for c in found):
                # whose future it is decides: an analyst's "…에 이를 것이라고 했다", "…을
                # 확보할 것이라고 했다" stays a forecast
                found = [c for c in found if not _KO_FUTURE_THING.match(clause, c.start)]
            found.sort()
        return found

    def governing(self, clause: str, language: str, anchor: int) -> Modality | None:
        """The modality that governs a claim anchored at ``anchor`` in the clause, if any."""
        cues = self.cues(clause, language)
        if not cues:
            return None
        if language == "ko":
            # "실적 발표에서 … 넘어섰다고 밝혔다": the occasion where a fact was told, not an
            # announcement of something to come
            cues = [
                c
                for c in cues
                if not (c.modality == "announced" and _KO_OCCASION.match(clause, c.end))
            ]
            rumour = _KO_RUMOUR_NOUN.search(clause, anchor)
            if rumour is not None:
                cues = [c for c in cues if c.end <= rumour.start() + 2]
            if not cues:
                return None
            cue = max(cues, key=lambda c: (c.end, c.end - c.start))
            if cue.modality == "announced":
                told = clause[: cue.start]
                if _KO_DECIDED_BEFORE_ANNOUNCE.search(told):
                    return "planned"
                if _KO_DONE_BEFORE_ANNOUNCE.search(told):
                    return "actual"
            return cue.modality
        lowered = clause.lower()
        before = [
            c
            for c in cues
            if c.start <= anchor
            and (
                lowered[c.start : c.end] not in _WEAK
                or (anchor - c.start <= _WEAK_REACH and c is max(cues_before(cues, anchor)))
            )
        ]
        if before:
            cue = max(before, key=lambda c: (_EN_PRIORITY[c.modality], c.start))
        else:
            # after the claim, only a reporting cue governs it ("..., analysts estimate");
            # a later "will" or "could" belongs to a later statement, unless the figure is
            # the clause's subject ("550,000 GB200 chips will be installed there")
            fronted = _FIGURE_FIRST.fullmatch(lowered, 0, anchor) is not None
            after = [
                c
                for c in cues
                if (
                    c.modality not in ("planned", "actual") or (fronted and c.modality == "planned")
                )
                and (fronted or lowered[c.start : c.end] not in _WEAK)
                # "…, faster than any chip we've ever launched": a comparison with past launches
                and not (
                    c.modality == "announced"
                    and _EN_EVER_DONE.search(lowered, max(0, c.start - 60), c.start)
                )
            ]
            if not after:
                return None
            cue = min(after, key=lambda c: c.start)
        if cue.modality == "announced" and _EN_DONE_AFTER_ANNOUNCE.search(clause[cue.end :]):
            return "actual"
        if cue.modality == "announced" and any(
            c.modality == "planned" and c.start > cue.start and _INTENT.match(lowered, c.start)
            for c in before
        ):
            return "planned"  # "we're announcing that we plan to expand …": the plan
        if cue.modality == "planned":
            # "TSMC will have 90,000 wafers a month in Q3, analysts at X expect, and …":
            # an inserted reporting clause makes the whole statement theirs
            inserted = _EN_REPORTING.search(lowered, anchor)
            if inserted is not None and any(
                c.modality == "forecast" and inserted.start() <= c.start < inserted.end()
                for c in cues
            ):
                return "forecast"
        return cue.modality

    def negated(self, clause: str, language: str, anchor: int) -> bool:
        """True when the clause denies the statement (Korean: after the anchor)."""
        pattern = self._negation.get(language)
        if pattern is None:
            return False
        if language == "ko":
            return denied_ko(clause, anchor, pattern)
        if (later := _EN_NEW_SUBJECT_AND.search(clause, max(0, anchor))) is not None:
            # "Grok models are trained on Colossus, and every hour a node sits idle is an
            # hour the model doesn't learn": a later statement's denial, not this one's
            clause = clause[: later.start()]
        text = _EN_CONTRAST.sub("", clause).lower()
        text = text.replace("not only", "").replace("whether or not", "")
        text = _EN_UNNAMED_SOURCE.sub("", text)  # "who asked not to be named"
        text = _EN_NO_COMMENT.sub("", text)  # "…, declined to comment": denies nothing said
        text = _AS_REPORTED.sub("", text)  # "…, as previously reported": a confirmation
        text = _EN_IF_NOT_MORE.sub("", text)  # "…, if not more": a hedge upward
        text = _EN_NOT_YET_OUT.sub("", text)  # "…, not yet generally available, …": unreleased
        return (
            bool(pattern.search(text))
            or _EN_CONTRACTED_NOT.search(text) is not None
            or _EN_FORMER_PLAN.search(text) is not None
        )

    def availability(self, sentence: str, language: str, future_time: bool) -> str | None:
        """``"shipping"``, ``"upcoming"`` or ``None``: what a sentence says about whether
        the products it names are on the market."""
        verbs, soon, now = self._availability.get(language, (None, None, None))
        lowered = sentence.lower()
        serving = self._in_service.get(language)
        if (
            serving is not None
            and serving.search(lowered)
            and not (language == "en" and future_time)
        ):
            # "마이아 100은 … 서비스 일부를 처리하고 있다", "Rubin is in full production." ("in
            # full production, with first systems reaching customers in the third quarter":
            # not on the market yet)
            return "shipping"
        if verbs is None or not (verbs.search(lowered) or _EN_REACH.search(lowered)):
            return None
        if now is not None and now.search(lowered):
            return "shipping"
        if soon is not None and soon.search(lowered):
            return "upcoming"
        if language == "en" and _VOLUME_EN.search(lowered):
            return None  # how many units will ship says nothing of whether it is out yet
        if future_time:
            return "upcoming"
        future_cue = any(
            c.modality not in ("considering", "actual") for c in self.cues(sentence, language)
        )
        if future_cue and not _DONE.search(lowered):
            return "upcoming"
        return None

    def denied_report(self, sentence: str, language: str, anchor: int) -> bool:
        """Whether the statement at ``anchor`` is a report the sentence goes on to deny
        ("메타가 TPU를 도입한다는 보도에 대해 메타 측은 사실무근이라고 밝혔다";
        "Meta denied reports that it will rent TPUs")."""
        pattern = self._denial.get(language)
        if pattern is None:
            return False
        lowered = sentence.lower()
        if language == "ko":
            denial = pattern.search(lowered, anchor)
            return denial is not None and bool(
                _KO_REPORT_NOUN.search(lowered, anchor, denial.start())
            )
        denial = pattern.search(lowered, 0, anchor)
        return denial is not None and bool(_EN_REPORT_NOUN.search(lowered, denial.end(), anchor))

    def judged_false(self, sentence: str, language: str, anchor: int) -> bool:
        """Whether the statement at ``anchor`` is one the sentence relays and then rules
        false ("A viral post, which claims OpenAI has switched to Ascend chips, is also
        false"; "The claim that Meta runs 50,000 TPUs is baseless"): a fact check. A Korean
        fact check quotes the claim it checks and gives its verdict after it ("\"텐센트가
        … 전면 도입했다\" — 판단: 절반의 사실"): what the quote says is only relayed."""
        if language == "ko":
            verdict = _KO_VERDICT.search(sentence, anchor)
            return verdict is not None and _inside_quote(sentence, anchor, verdict.start())
        if language != "en":
            return False
        verdict = _EN_VERDICT.search(sentence, anchor)
        if verdict is None:
            return False
        between = sentence[anchor : verdict.start()]
        if ", and " in between or ";" in between or ", but " in between:
            return False  # "…, and analysts who doubted it were wrong": another statement
        return _EN_RELAYED.search(sentence, 0, anchor) is not None

    def relays(self, text: str, language: str) -> bool:
        """Whether a sentence relays another outlet's report ("한 매체는 … 보도했다",
        "Reuters reported that …"): with a denial elsewhere in the text it is what is denied."""
        if language == "ko":
            return _KO_RELAY.search(text) is not None
        # every _EN_RELAY match holds "report" (no other letter folds to those, any case)
        return "report" in text.lower() and _EN_RELAY.search(text) is not None

    def denies(self, text: str, language: str) -> bool:
        """Whether a text denies something (a rumor it reports is then no claim)."""
        pattern = self._denial.get(language)
        return pattern is not None and pattern.search(text.lower()) is not None

    def tier(self, sentence: str, language: str, default: str) -> str:
        """The source tier for claims of this sentence: lowered by rumor/anonymous cues."""
        rumor, anonymous = self._rumor.get(language), self._anonymous.get(language)
        if rumor is not None and rumor.search(sentence.lower()):
            return "rumor"
        if anonymous is not None and anonymous.search(sentence.lower()):
            return "anonymous"
        return default


def _with_trials_under_way(clause: str, found: list[Cue]) -> list[Cue]:
    """``found`` with a trial told with an adverb inside its verb, as weighing an option."""
    trials = [
        Cue(m.start(), m.end(), "considering") for m in _EN_TRIAL_UNDER_WAY.finditer(clause.lower())
    ]
    return sorted([*found, *trials], key=lambda c: (c.start, c.end)) if trials else found


def _alternation(words: tuple[str, ...], language: str) -> re.Pattern[str] | None:
    if not words:
        return None
    ordered = [w.lower() for w in sorted(words, key=len, reverse=True)]
    # grouped by first character, each group a trie (tracker.extract.patterns): same
    # matches, fast scan
    return re.compile(word_trie(ordered, "[a-z]" if language == "en" else ""))
