"""Sentence and clause splitting for English and Korean news text, and language guessing.

Every span is a pair of character offsets into the text it came from, so claims can quote
their sentence and point back into the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# letters that case-insensitive matching reads as ASCII ones (İ ı -> i, ſ -> s, K -> k)
# but lower() does not turn into them: a cheap pre-check by lowered words must let a text
# holding one through to the case-blind pattern
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")

# A sentence ends at ., ! or ? (and any closing quotes or brackets), followed by space;
# and at every line break (news bodies put one paragraph, caption or byline per line).
_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)|\n")

# Abbreviations after which a period does not end an English sentence.
_ABBREV_WORDS = (
    "mr mrs ms dr st jr sr inc corp co ltd no vs etc e.g i.e u.s u.k a.m p.m jan feb mar "
    "apr jun jul aug sep sept oct nov dec approx est dept gov fig al u.s.a"
)
_ABBREV = frozenset(_ABBREV_WORDS.split())
# the letters that number a Korean list's items, in order ("가.", "나.", "다.")
KO_LIST_LETTERS = "가나다라마바사아자차카타파하"

# a dateline's state abbreviation, right before the period: "HOLLY RIDGE, La.", "Tenn."
_DATELINE_STATE = re.compile(r"(?:^|\n)[A-Z][A-Z.' -]{1,30},\s[A-Z][a-z]{1,4}\.$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")

# Korean clause boundaries: contrast (지만, 는데/은데/인데), a finished action before the
# next ("한 데 이어", "한 뒤"), listing (며/으며), a limit ("…일 뿐,"), and a finished
# clause joined with 고 ("했고", "있고", "이고"). A bare "하고" is not split: in
# "가동하고 있다" it is part of one verb.
_KO_CLAUSE = re.compile(
    # the first character of every cut below (behind the lookbehinds): a position that
    # holds none of them is passed over with one character test instead of every branch
    r"(?=[지는은인한던으이하되고며면했였니된친운됐었았있졌돼밝뿐대.;；])"
    # (한데 only joined to a stem: "중요한데" cuts, the adverb in "한데 묶은" does not)
    r"(?:(?:지만|는데|은데|인데|(?<=[가-힣])한데|던데|으며|이며|하며|되며|고 있으며|며|면서"
    r"|했으나|였으나|으나"
    # the formal and the spoken register: "조심스럽습니다만,", "들어가는데요,", "있지만요,"
    r"|니다만)(?:요)?(?=[\s,])"
    # a finished action before the next one: "투자한 데 이어", "확보한 뒤", "마친 후에"
    r"|(?<=[가-힣])[한된친운은던]\s(?:데\s이어|뒤에?|후에?|이후에?|다음)(?=[\s,])"
    # (a hedge that ends a statement too: "…보유한 것으로 알려졌고, 최근 … 계약도 맺었다")
    r"|(?:했고|됐고|었고|았고|였고|있고|졌고|이고|되고|돼 있고)(?:요)?(?=[\s,])"  # spoken "있고요,"
    # an action in the present before the next one, cut at its comma: "4나노 공정에서 만들고,
    # HBM3E도 삼성전자에서 받는다", "HBM3E를 공급하고, 패키징도 맡는다" (a verb's stem only)
    r"|(?<=[들받하맡넣얹갖놓싣품짓])고(?=,)"
    # the copula after a count ending in a vowel: "1만 3000개 정도고, 올해 말까지 …"
    r"|(?<=[\d\s])(?:정도|규모|개|장)고(?=[\s,])"
    # one report after another: "…가동 중이라고 밝혔고, 올해 말까지 … 늘리겠다고 했다"
    r"|(?<=[다라]고\s)밝혔고(?=[\s,])"
    # a limit before a contrast: "시험하고 있을 뿐, 도입은 결정하지 않았다"
    r"|(?<=[가-힣]\s)뿐(?=,)"
    # what is done instead: "H100을 늘리는 대신 TPU를 들이기로 했다"
    r"|(?<=[는한된]\s)대신(?:에)?(?=[\s,])"
    # a reason before what follows from it: "432GB가 들어가니 물량이 작지 않다", "있으니"
    # (after a verb's stem only: not 아니, nor a name such as 뉴올버니 or 시드니)
    r"|(?:(?<=[가하되오보])니|(?<=[가-힣])으니)(?:까)?(?=[\s,])"
    r"|[;；])"
)
# a second statement about the same subject: "runs X and has said it aims to…", "…, and
# we'll pass…"
_SAME_SUBJECT_NEXT = (
    r"(?=(?:has|have|had)\s(?:said|told|announced|signalled|signaled)\b"
    r"|(?:we|it|they)(?:'ll|'re|'ve|\swill|\sare|\sis|\shas|\shave)\b)"
)
# English clause cuts: ";", the cuts that open with a comma (each written here without
# it), and those that open with white space (each written without its first white-space
# character, "\s+but" as "\s*but"), in the order they are tried. A cut such as
# ",?\s+but\s+" is in both lists.
_EN_CUTS_AFTER_COMMA = (
    *(r"\s+but\s+", r"\s+while\s+", r"\s+whereas\s+", r"\s+although\s+", r"\s+though\s+"),
    rf"\s+and\s+{_SAME_SUBJECT_NEXT}",
    # "…, and last year it agreed to supply …": a time may open the second statement
    r"\s+and\s+(?=(?:(?:last|this|next|earlier\sthis|later\sthis)\s(?:week|month|year|quarter)"
    r",?\s)?(?:we|it|they|he|she|analysts|the company)\s)",
    # "announced that Azure operates 200,000 GB200s, and that the first GB300 cluster…"
    r"\s+and\s+that\s+",
    # an absolute phrase is a statement of its own: "signed a deal for 1 million TPUs,
    # with capacity expected online in 2026" (its time and cue are not the deal's)
    r"\s+with\s+(?!(?:up\sto|as\smany)\b)",
    # a reason with a subject and verb of its own: "…, as export rules keep the H20 out of
    # reach" (what it names is no object of the main verb)
    r"\s+as\s+(?=(?:[\w-]+\s){1,3}(?:keep|keeps|kept|remain|remains|continue|continues|"
    r"block|blocks|limit|limits|curb|curbs|bar|bars)\b)",
    # a detail of the deal told after a comma, with its own verb: "is in negotiation with
    # Nvidia about supplying HBM4, the price has not been decided" (what it denies is the
    # detail, not the talks)
    r"\s+(?:and\s+)?(?=(?:the|its|their)\s(?:price|pricing|terms|size|value|timing|volume"
    r"|details?)\s(?:has|have|is|are|was|were)\s)",
    # "…into xAI's equity round, part of a larger raise the company did not fully itemize":
    # an apposition with a clause of its own (its negation is not the statement's)
    r"\s+(?=part\sof\s(?:a|an|the)\s)",
)
_EN_CUTS_AT_SPACE = (
    *(r"\s*but\s+", r"\s*—\s+", rf"\s*and\s+{_SAME_SUBJECT_NEXT}"),
    # "supply Anthropic with up to a million chips and, according to…, discussing…"
    r"\s*and,\s+",
)
# One character set, then what each opening allows: the engine skips in C to the next
# ";", "," or white space instead of trying every cut at every position (four times
# cheaper), and finds what ``;|,(?:…)|\s(?:…)`` finds (tests/test_extract_fast_patterns.py).
_EN_CLAUSE = re.compile(
    r"[;,\s](?:(?<=;)"
    rf"|(?<=,)(?:{'|'.join(_EN_CUTS_AFTER_COMMA)})"
    rf"|(?<=\s)(?:{'|'.join(_EN_CUTS_AT_SPACE)}))"
)
_EN_AND_THAT = re.compile(r"\s+and\s+that\s+")
# the verbs that report a clause ("said", "told investors", "confirmed"): here before the
# first of two reported clauses, and in claimrules.trains_on before a reported trigger
REPORTING_VERBS_EN = r"said|says|told\s\w+|confirmed|added"
# the first of two reported clauses, with or without its "that": "said that its output is
# fully booked and that …", "said it ships HBM4 to Nvidia and that nothing had changed"
_EN_THAT = re.compile(rf"\bthat\s|\b(?:{REPORTING_VERBS_EN})\s(?:it|its|they|their|we|our)\s")
# A second verb group of the same subject: "ended 2025 near 75,000 wafers a month and is
# adding lines for 2026" (its time and cue are its own). Only when the word before "and"
# is not a name: in "TSMC and Samsung are adding" the "and" joins two subjects.
_EN_VP_AND = re.compile(
    r",?\s+and\s+(?=(?:(?:also|now|still|then)\s)?(?:is|are|was|were|has|have|had|will|would|"
    r"plans|planned|aims|aimed|expects|expected|intends|hopes|wants|is\sset|"
    r"plan\sto|expect\sto|aim\sto|intend\sto|hope\sto|want\sto|"
    r"adding|expanding|building|adds|expands|builds)\s)"
)
_EN_AND_NAMED = re.compile(
    r",\s+and\s+(?=(?:(?:in|on|by)\s(?:(?:early|late|mid-)\s?)?[A-Z][a-z]+(?:\s\d{1,2})?(?:,?\s\d{4})?,?\s"
    r"|(?:last|this|next)\s(?:week|month|year|quarter),?\s|(?:then|later|meanwhile),?\s)?"
    # a time or linking word may open the second statement: ", and in November OpenAI signed"
    # a name, or two joined ("and Decart and Poolside have been testing …")
    # (a name may open in lower case with a capital inside: "xAI")
    r"(?:(?:[A-Z]|[a-z][a-z]?[A-Z])[\w.&'’-]*\s){1,3}(?:and\s(?:[A-Z][\w.&'’-]*\s){1,2})?"
    r"(?:[a-z]+ly\s)?"
    r"(?:is|are|was|were|has|have|had"
    r"|will|would|said|says|told|plans|planned|aims|expects|expected|intends|signed|agreed"
    r"|announced|confirmed|denied|bought|ordered|deployed|runs|uses|operates|went|began|started"
    r"|struck|weighs|weighed|is\sweighing|wants|wanted"
    # a trade of its own: ", and Google buys its TPUs from Broadcom"
    r"|buys|sells|sold|supplies|supplied|ships|shipped|rents|rented|leases|leased|purchases"
    r"|purchased|acquires|acquired|provides|provided|delivers|delivered|invests|invested)\b"
    # a possessive subject: ", and Google's stake rests on $3bn", ", and Microsoft's fleet holds"
    r"|(?:[A-Z][\w.&-]*\s){0,2}[A-Z][\w.&-]*['’]s\s(?:[a-z-]+\s)?(?:stake|fleet|investment|holding"
    r"|backing|total|count|share|cluster|installed\sbase)s?\s(?:now\s)?(?:is|are|was|were"
    r"|has|have|had|will|stands|stood|rests|rested|totals|totaled|totalled|holds|held|reached"
    r"|reaches|tops|topped|grew|rose|comes|came|counts)\b"
    # a company told by a description: ", and the start-up is weighing a further raise"
    r"|the\s(?:[a-z-]+\s){0,2}?(?:company|start-?up|firm|group|chipmaker|chip\sdesigner"
    r"|designer|lab|provider|operator|developer|hyperscaler|foundry)\s(?:(?:also|now|still)\s)?"
    r"(?:is|are|was|were|has|have|had|will|would|said|says|plans|planned|aims|expects|expected"
    r"|intends|signed|agreed|announced|confirmed|denied)\b"
    # a new subject told by a noun phrase with a future of its own: ", and the Haein 2
    # expansion will add …", ", and the second hall is due to open …", ", and its HBM
    # wafer capacity will reach …"
    r"|(?:the|its|their|our)\s(?:[\w-]+\s){1,6}?(?:will|(?:is|are)\s(?:set|due|expected"
    r"|scheduled)\sto)\s"
    # a person's view: ", and our guest thinks that lead will hold through next year"
    r"|(?:(?:our|the|its|his|her|their|one|some)\s)?(?:[a-z]+\s)?(?:guest|host|analysts?|sources?"
    r"|people|executives?|observers?|investors?|he|she|they)\s(?:thinks?|believes?|expects?"
    r"|says?|reckons?|argues?|doubts?|suspects?)\b)"
)
# a word of the second statement that points back into the first ("and AWS expects it to
# top one million", "and AWS will build the systems on MGX racks"): one statement, not two
_POINTS_BACK = re.compile(r"\b(?:it|them|those|these|the\s(?:same|systems?|chips?|racks?))\b")
# a noun phrase naming the act just told ("…, and its rollout will be complete by the end of
# 2026", "…, and the build-out is due to finish in 2027", "…, and the expansion will be
# finished by …"): the time is the first statement's, no second statement ("…, and the last
# of the buildings will be finished in mid-2026" is one of its own)
_SAME_ACT = re.compile(
    r"(?:the|its|their|our)\s(?:[\w-]+\s){0,5}?(?:(?:rollout|roll-out|deployment|build-?out"
    r"|installation|ramp(?:-up)?)\s(?:will|is|are)\b|(?:expansion|upgrade|purchase|order)\s"
    r"(?:will|(?:is|are)\s(?:set|due|expected|scheduled)\sto)\s(?:be\s(?:complete|completed"
    r"|finished|done)|complete|finish)\b)"
)
# a name that ends a place phrase is no subject of what follows "and": "runs 20,000 H200
# GPUs in Finland and will add …", "at its campus south of Paris and will …"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|of)\s(?:[A-Z][\w.’'-]*,?\s){0,2}[A-Z][\w.’'-]*$"
)
_NAME_ITEM = re.compile(r"\s*(?:the\s)?(?:[A-Z][\w.&'’-]*\s?){1,3}")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]*|\d+[A-Za-z]*|[A-Z]{2,}\w*)$")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def guess_language(text: str) -> str:
    """``ko`` when Hangul outweighs Latin letters in a sample of the text, else ``en``."""
    sample = text[:4000]
    hangul = len(_HANGUL.findall(sample))
    return "ko" if hangul and hangul * 3 >= len(_LATIN.findall(sample)) else "en"


def _ends_in_abbreviation(text: str, end: int) -> bool:
    start = end - 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    # "(Dec. 31, 2025)", "“Sept. 30": an opening bracket or quote is not part of the word
    word = text[start:end].rstrip(".!?").lstrip("([\"'“‘").lower()
    if word in _ABBREV:
        return True
    if len(word) != 1 or not word.isalpha():
        return False
    # single capitals ("J. Smith") and initialisms ("U.S.") keep the sentence going; a
    # Hangul syllable is a word ("…를 공급 중.", "…할 것.", "…데이터센터 수.") unless it
    # labels a list item at the start of a line ("나. 도입 규모: …", as "1." would)
    if word.isascii():
        return True
    return word in KO_LIST_LETTERS and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, trimmed of surrounding white space, empty ones dropped."""
    spans: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group() != "\n":
            nxt = text[end : end + 2].lstrip()
            hangul_end = match.start() > 0 and _HANGUL.match(text[match.start() - 1]) is not None
            word = _next_word(text, end)
            # a lower-case word continues the sentence ("approx. three"), unless it is a
            # name with capitals inside ("xAI", "iPhone") or the period ends Korean ("다.")
            lower_next = bool(nxt) and word.islower() and not hangul_end
            # "…100,000 H100s. (link: x.com)": a bracketed note after a full stop is its own
            # line, not the sentence going on (it would leave the sentence without an end)
            lower_next = lower_next and nxt[:1] not in "(["
            if _ends_in_abbreviation(text, match.start() + 1) or lower_next:
                continue
            if nxt[:1] and nxt[:1] in "-—–(" and _dateline_before(text, match.start() + 1):
                continue  # "MEMPHIS, Tenn. - xAI said …": a dateline runs into its sentence
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _dateline_before(text: str, end: int) -> bool:
    """Whether the line that ends at ``end`` is a dateline's place and state. Only that
    line is searched: a search from the start of the text at every paragraph end made
    splitting quadratic (an 8 MB feed entry took about an hour)."""
    line_start = max(text.rfind("\n", 0, end), 0)
    return _DATELINE_STATE.search(text, line_start, end) is not None


def _next_word(text: str, end: int) -> str:
    """The first 12 characters of the word after ``end`` (to its first space). Read from
    a window: slicing the rest of the text at every sentence end is quadratic in the
    document's length; the rest is read only when white space fills the window."""
    head = text[end : end + 64]
    rest = head.lstrip()
    if len(head) == 64 and len(rest) < 12:
        rest = text[end:].lstrip()
    return rest[:12].split(" ", 1)[0]


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def _verb_group_joint(sentence: str, at: int) -> bool:
    """Whether an "and" before a verb group joins two predicates (not two subjects): the
    word before it is not a name, and a verb-like word precedes it in the same clause."""
    head = sentence[:at].rstrip(", ")
    place = _PLACE_BEFORE.search(head)
    if place is not None:
        head = head[: place.start()]  # "at its campus outside Abilene, Texas": one place
    elif _NAME_BEFORE.search(head) and not head[-1:].isdigit():
        return False
    # the last comma that ends a phrase, not one inside a number ("up from 200,000 in May")
    last_cut = max(head.rfind(", "), head.rfind(";"))
    words = head[last_cut + 1 :].split()
    return len(words) >= 3


# "…, with 100,000 H100 GPUs": a counted noun after "with" is what the verb's object is
# equipped with, part of the statement; "…, with 400,000 due in 2026" has a verb of its own
_WITH_COUNT = re.compile(
    r"(?:(?:about|around|roughly|some|nearly|over|more\sthan|at\sleast|almost)\s)?"
    r"\d[\d,.]*(?:\s(?:million|thousand))?\s"
)
_OWN_VERB = re.compile(
    r"\b(?:to|due|expected|slated|scheduled|set|planned|coming|arriving|going|still|now|"
    r"already|is|are|was|were|will|being|been)\b",
    re.I,
)


def _with_complement(sentence: str, start: int, end: int) -> bool:
    """Whether a ", with" cut opens a counted complement rather than an absolute phrase."""
    if not sentence[start:end].rstrip().endswith("with"):
        return False
    count = _WITH_COUNT.match(sentence, end)
    if count is None:
        return False
    stop = [i for i in (sentence.find(",", count.end()), sentence.find(";", end)) if i >= 0]
    rest = sentence[count.end() : min(stop) if stop else len(sentence)]
    return _OWN_VERB.search(rest) is None


# "…, and the money keeps flowing in Anthropic's direction too: Amazon has invested $8
# billion in the AI lab": a colon before a named subject and its verb opens a statement of
# its own (not a list, a label or a quote: "three suppliers: AWS, Google and Microsoft")
_EN_COLON_NAMED = re.compile(
    r":\s+(?=(?:(?:[A-Z]|[a-z][a-z]?[A-Z])[\w.&'’-]*\s){1,3}(?:[a-z]+ly\s)?"
    r"(?:is|are|was|were|has|have|had|will|would|plans|aims|expects|intends|signed|agreed"
    r"|announced|bought|ordered|deployed|invested|runs|uses|operates)\b)"
)


def split_clauses(sentence: str, language: str) -> list[Span]:
    """Clause spans of one sentence (offsets relative to it); the whole sentence at least."""
    pattern = _KO_CLAUSE if language == "ko" else _EN_CLAUSE
    cuts = [
        (m.start(), m.end())
        for m in pattern.finditer(sentence)
        if language == "ko" or not _with_complement(sentence, m.start(), m.end())
    ]
    if language != "ko" and " and " in sentence:
        cuts.extend(
            (m.start(), m.end())
            for m in _EN_VP_AND.finditer(sentence)
            if _verb_group_joint(sentence, m.start())
        )
        # "Fairwater went live with GB200s, and Oracle is weighing the MI450": a named
        # subject with a verb of its own opens a second statement (not the last name of a
        # list of subjects: "Microsoft, Google, and Amazon have each deployed")
        cuts.extend(
            (m.start(), m.end())
            for m in _EN_AND_NAMED.finditer(sentence)
            if not _NAME_ITEM.fullmatch(sentence, sentence.rfind(",", 0, m.start()) + 1, m.start())
            and not _POINTS_BACK.search(sentence, m.end())
            and not _SAME_ACT.match(sentence, m.end())
        )
        # "said that its output is fully booked and that Nvidia has signed": the second of
        # two coordinated that-clauses is a statement of its own, comma or not
        cuts.extend(
            (m.start(), m.end())
            for m in _EN_AND_THAT.finditer(sentence)
            if _EN_THAT.search(sentence, 0, m.start())
        )
        cuts.sort()
    if language != "ko" and ": " in sentence:
        cuts.extend((m.start(), m.end()) for m in _EN_COLON_NAMED.finditer(sentence))
        cuts.sort()
    spans: list[Span] = []
    start = 0
    for cut_start, cut_end in cuts:
        if cut_start < start:
            continue
        spans.append(Span(start, cut_end))
        start = cut_end
    spans.append(Span(start, len(sentence)))
    return [s for s in spans if s.end > s.start] or [Span(0, len(sentence))]
