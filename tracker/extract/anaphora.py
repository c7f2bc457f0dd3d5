"""References back resolved against the discourse focus: "the company", "회사는", "이곳",
"we" in a company's own text or a quote, "there" for the site the sentence introduced,
"it" after a company, and the descriptions of companies English uses ("the chipmaker").
"""

from __future__ import annotations

import re

from tracker.extract.analysis import PLACE, Focus
from tracker.extract.discourse import (
    FIRST_PERSON,
    IT_COMPANY,
    IT_SITE,
    PLACE_SITE,
    CompanyReferences,
)
from tracker.extract.entities import Mention
from tracker.extract.quoted_speaker import officer_quote, quote_spans, quoted_speaker
from tracker.extract.releases import FIRST_PERSON_KO
from tracker.extract.technology_it_en import technology_it
from tracker.extract.unnamed_chips_en import note_unnamed_chip, unnamed_owner
from tracker.extract.unnamed_chips_ko import unnamed_product_before_ko
from tracker.extract.vocabulary import Entity, Vocabulary

# a count before a reference to companies makes it a group ("세 회사는", "두 회사가")
_GROUP_OF = re.compile(r"(?:^|\s)(?:두|세|네|다섯|여러|양|[2-9])\s?$")


class AnaphoraResolver:
    """The vocabulary's anaphora phrases per language, and how each is resolved."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._anaphora = self._anaphora_table(vocabulary)
        self._anaphora_gate = self._anaphora_gates(self._anaphora)
        self._references = CompanyReferences(vocabulary)

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
        """Per language, one pattern for every phrase resolve() looks for: most
        sentences hold none, and one scan saves a search per phrase."""
        gates: dict[str, re.Pattern[str]] = {}
        for lang, entries in table.items():
            looked_for = [p for p, kind in entries if not (lang == "en" and kind == "company")]
            alternation = "|".join(re.escape(p) for p in looked_for)
            gates[lang] = re.compile(alternation if looked_for else r"(?!x)x")
        return gates

    def resolve(
        self, text: str, mentions: list[Mention], language: str, index: int, focus: Focus
    ) -> list[Mention]:
        lowered = text.lower()
        named_kinds = {m.kind for m in mentions}
        extra: list[Mention] = []
        if language == "ko":
            extra.extend(_speaker_pronoun(text, mentions, index, focus))
        if language == "en":
            extra.extend(self._english_companies(text, mentions, index, focus))
            extra.extend(technology_it(text, mentions, index, focus))  # "will support it"
        gate = self._anaphora_gate.get(language)
        phrases = (
            self._anaphora.get(language, []) if gate is not None and gate.search(lowered) else []
        )
        for phrase, kind in phrases:
            if language == "en" and kind == "company":
                continue  # descriptions of companies: see _english_companies
            at = lowered.find(phrase)
            while at > 0 and language == "ko" and _inside_word(lowered, at, phrase):
                # "높이를" holds no "이를"; "자회사는" no "회사는"
                at = lowered.find(phrase, at + 1)
            if at < 0:
                continue
            if (kind == "company" and _GROUP_OF.search(lowered, max(0, at - 4), at)) or (
                kind == "chip"
                and language == "ko"
                and unnamed_product_before_ko(text, mentions, at)
            ):
                # "세 회사는", "두 회사가": a group, no one company; "차세대 제품을 개발하고
                # 있으며, 해당 제품에는": the unnamed product, not the chip named last
                continue
            # a reference back that opens the sentence is its subject even when the
            # sentence names others ("이 회사는 AMD MI300X도 …", "The company bought Nvidia…")
            opening = at <= 3
            if phrase.startswith("동사") and focus.covered is not None:
                # a broker's "동사가 공급 중" beside its customer's name: the covered company,
                # whatever else the sentence names
                if not any(m.start <= at < m.end for m in (*mentions, *extra)):
                    said = text[at : at + len(phrase)]
                    extra.append(Mention(at, at + len(phrase), focus.covered, said, True))
                continue
            if phrase.startswith("동사") and phrase != "동사는":
                continue  # with no covered company known, only "동사는" keeps the topic
            # "콜로서스 2는 멤피스에 짓고 있으며, xAI는 연말까지 이곳에 GB200 11만 장을": the
            # site named before it in the same sentence
            here, gone = _named_before_ko(text, phrase, kind, mentions, at, focus, language)
            if gone:
                continue
            if (
                kind in named_kinds
                and here is None
                and not opening
                and not phrase.startswith(FIRST_PERSON_KO)
            ) or (phrase in _OWN_PLACE_KO and not _own_site_of_topic(text, mentions, at)):
                continue
            entity = here or _in_focus(focus, kind, index, language, phrase)
            if kind == "company" and language == "ko":
                # "회사는", "회사 측 계획": the company the text is about (a release's
                # issuer, else the topic), not the partner or customer named last
                entity = focus.issuer or focus.get("topic", index, 12) or entity
                if phrase.startswith(FIRST_PERSON_KO):
                    # '그는 "… 우리에게서 받아 간다"': the company of the one speaking, named
                    # in this sentence ('브로드컴 CEO는 "… 우리에게서 …"고 말했다') or before
                    entity = (
                        _speaker_here(text, mentions, at)
                        or focus.get("speaker", index, 2)
                        or entity
                    )
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
        if language == "ko" and "cluster" not in named_kinds and "place" in named_kinds:
            extra.extend(_place_sites_ko(text, mentions, index, focus))
        if language == "ko" and "place" not in named_kinds and ("도시" in text or "지역" in text):
            extra.extend(_places_back_ko(text, index, focus))
        return sorted((*mentions, *extra), key=lambda m: m.start) if extra else mentions

    def _english_companies(
        self, text: str, mentions: list[Mention], index: int, focus: Focus
    ) -> list[Mention]:
        """ "we"/"our" in a company's own text, and descriptions ("the Seattle-based firm",
        "the chipmaker", "the company") resolved to the most recent fitting subject."""
        note_unnamed_chip(text, mentions, index, focus)  # "its first in-house accelerator"
        found = self._references.find(text, mentions, index, focus.salience)
        found += self._references.same_party(text, mentions, index, focus.salience)
        named = {m.id for m in mentions if m.kind == "company"}
        for m in IT_COMPANY.finditer(text):
            # "Anthropic is among the first to scale on Ironwood, and it plans to access …"
            before = [x for x in mentions if x.kind == "company" and x.end <= m.start()]
            entity = before[0].entity if before else focus.salience.pick(None, index, named)
            if entity is not None and not before and _HOLDS_FLEET.match(text, m.end()):
                # "The University of Texas opened a lab with Nvidia. It operates 4,000 H100
                # GPUs": a fleet's holder is the subject just before, not a company beside it
                entity = entity if _subject_before(focus, entity.id, index) else None
            if entity is not None:
                found.append(Mention(m.start(), m.start() + 2, entity, m.group().strip(), True))
        if focus.get("cluster", index, 3) is None:
            for m in _IT_RUNS_FIGURE.finditer(text):
                # "Nebius reported results. It now runs about 60,000 GPUs": with no site in
                # view, what "it" runs is the fleet of the company the sentence before was on
                entity = focus.salience.pick(None, index, named)
                if entity is not None and _subject_before(focus, entity.id, index):
                    found.append(Mention(m.start(), m.start() + 2, entity, "it", True))
        for m in _MANAGEMENT.finditer(text) if "anagement" in text or "xecutives" in text else ():
            # "Nebius had 60,000 GPUs at the end of 2025. Management targets more than
            # 300,000 by the end of 2026": the company the sentence before was on speaks
            # (its one subject, or the one company it named, as after a paragraph's label:
            # "Rapid fleet growth: Nebius operated about 60,000 GPUs …")
            entity = _sole_company_before(focus, index)
            if entity is not None and not named:
                found.append(Mention(m.start(), m.end("who"), entity, m.group("who"), True))
        for m in _ITS_FLEET.finditer(text):
            # "Analysts reckon its fleet will include some 900,000 Blackwell GPUs": the fleet of
            # the company the text is on ("the fleet" may be any company's: not read)
            if any(x.kind == "company" and x.end <= m.start() for x in mentions):
                continue
            entity = focus.salience.pick(None, index, named)
            if entity is not None:
                found.append(Mention(m.start(), m.end(1), entity, m.group(1), True))
        found += _customers_owner(text, mentions, index, focus, named)
        named_sites = [m.entity for m in mentions if m.kind == "cluster"]
        # "Project Rainier … at the Indiana site": the site the sentence names, if any; a
        # site named by its place is specific enough to reach further back ("the Richland
        # Parish campus" a paragraph after Hyperion was placed there)
        site = named_sites[-1] if named_sites else focus.get("cluster", index, 5)
        if site is None and (far := focus.get("cluster", index, _PLACE_SITE_REACH)) is not None:
            # further back only when the sentence names the site's owner ("a Meta director
            # said the company plans to invest … in the Richland Parish campus")
            owners = {m.id for m in mentions if m.kind == "company"}
            site = far if far.owner is not None and far.owner in owners else None
        if site is not None:
            found.extend(
                Mention(m.start(), m.end(), site, m.group(), True)
                for m in PLACE_SITE.finditer(text)
            )
        if not named_sites and (site := focus.get("cluster", index, 3)) is not None:
            # "Microsoft says it will be used to train OpenAI's models": the site in focus
            found.extend(
                Mention(m.start(), m.start() + 2, site, m.group().strip(), True)
                for m in IT_SITE.finditer(text)
            )
        if not named_sites and (site := _site_over_chip(focus, index)) is not None:
            # "OpenAI has been training on it since the summer": the site just named, unless
            # a chip was named after it
            found.extend(
                Mention(m.start(1), m.end(1), site, m.group(1), True) for m in _ON_IT.finditer(text)
            )
        if focus.issuer is not None:
            found.extend(
                Mention(m.start(), m.end(), focus.issuer, m.group(), True)
                for m in FIRST_PERSON.finditer(text)
            )
        elif (speaker := quoted_speaker(text, mentions)) is not None:
            # '"We\'ve invested $8 billion in Anthropic," Amazon said': the quote's "we"
            found.extend(_quoted_first_person(text, *speaker))
        elif quoted := officer_quote(text, mentions):
            # '"We now run 60,000 GPUs," chief executive Arkady Volozh said' after a sentence
            # on Nebius: the officer speaks for the company the sentence before was on
            entity = focus.salience.pick(None, index, named)
            if entity is not None and _subject_before(focus, entity.id, index):
                found.extend(_quoted_first_person(text, entity, quoted))
        taken = [(m.start, m.end) for m in mentions]
        return [m for m in found if not any(a <= m.start < b for a, b in taken)]


def _customers_owner(
    text: str, mentions: list[Mention], index: int, focus: Focus, named: set[str]
) -> list[Mention]:
    """The company whose customers "its customers" are."""
    found = []
    for m in _ITS_CUSTOMERS.finditer(text):
        # "Fluidstack is a GPU cloud. Its customers include Anthropic and Meta": the
        # customers of the company said before in the sentence, else of the one in view
        # (an "Its" opening the sentence is the subject of the one before; "the utility
        # said its customers" names no company)
        group = 1 if m.group(1) else 2
        before = [x for x in mentions if x.kind == "company" and x.end <= m.start()]
        entity = before[0].entity if before else focus.salience.pick(None, index, named)
        if entity is not None and (before or _opens_after(focus, entity.id, index, m)):
            found.append(Mention(m.start(group), m.end(group), entity, m.group(group), True))
    for m in _AMONG_ITS_CUSTOMERS.finditer(text):
        # "Apple and AMD are among its customers": the company in view, never one listed
        entity = focus.salience.pick(None, index, named)
        if entity is not None and _last_subject(focus, entity.id, index):
            found.append(Mention(m.start(1), m.end(1), entity, m.group(1), True))
    return found


def _quoted_first_person(text: str, entity: Entity, quoted: list[tuple[int, int]]) -> list[Mention]:
    """The "we", "our" and "us" inside the quoted spans, each taken as ``entity``."""
    return [
        Mention(m.start(), m.end(), entity, m.group(), True)
        for m in FIRST_PERSON.finditer(text)
        if any(a <= m.start() < b for a, b in quoted)
    ]


_PLACE_SITE_REACH = 10  # sentences
# "애빌린 캠퍼스에는", "텍사스주 애빌린의 1호 캠퍼스에서는", "인디애나 부지": a site called by
# its place, right after the place's name (the site noun becomes the reference); not "아이오와주
# 데이터센터", which is as often any company's own data center as the site in view
_PLACE_SITE_KO = re.compile(
    r"(?:의)?\s?(?:(?:첫|\d호|\d번째|[가-힣]{1,3}\s?1호)\s)?(캠퍼스|부지|거점)"
)


def _place_sites_ko(text: str, mentions: list[Mention], index: int, focus: Focus) -> list[Mention]:
    """Korean sites named by their place ("오픈AI는 애빌린 캠퍼스에서 … 학습에 들어갔다"): the
    site in focus, ten sentences back at most, as the English "the Abilene site" is."""
    site = focus.get("cluster", index, _PLACE_SITE_REACH)
    if site is None:
        return []
    found: list[Mention] = []
    for m in mentions:
        if m.kind != "place":
            continue
        noun = _PLACE_SITE_KO.match(text, m.end)
        if noun is not None:
            found.append(Mention(noun.start(1), noun.end(1), site, noun.group(1), True))
    return found


# a place referred back to: "이 도시에서 가동한 '콜로서스'", "같은 도시 남쪽 끝에"
_PLACE_BACK_KO = re.compile(r"(?:이|그|같은|해당)\s(?:도시|지역)")


def _places_back_ko(text: str, index: int, focus: Focus) -> list[Mention]:
    """Korean references back to the place just named ("테네시주 멤피스는 … . xAI는 이
    도시에서 …"), two sentences back at most, in a sentence naming no place of its own."""
    place = focus.get(PLACE, index, 2)
    if place is None:
        return []
    return [
        Mention(m.start(), m.end(), place, m.group(), True) for m in _PLACE_BACK_KO.finditer(text)
    ]


# a company's fleet told by a reference back ("its fleet", "its GPU fleet")
# or its data centers ("Its data center in Sejong already houses around 4,000 H100 GPUs")
_ITS_FLEET = re.compile(
    r"\b([Ii]ts)\s(?:(?:own|total|global|current|GPU|AI)\s)?(?:fleet\b|(?:(?:main|largest|"
    r"biggest|first|newest|new|flagship)\s)?data\s?cent(?:er|re)s?\b(?!\s(?:business|revenue|"
    r"sales|unit|segment|group|division|chips?|GPUs?)))"
)
# "Its customers include …", "… are among their largest customers": the owner of a list of
# customers (customer_lists_en reads the deals)
# "Their contract with Microsoft covers 200,000 GB300s": the party of a deal with another
_ITS_CUSTOMERS = re.compile(
    r"(?:^|(?<=\s))([Ii]ts|[Tt]heir)\s(?:[\w-]+\s){0,3}?(?:customers|clients|buyers)\s"
    r"(?:(?:now|also|already)\s)?(?:include|includes|included|(?:have|has)\s(?:long\s)?included)\b"
    r"|(?:^|(?<=\s))([Ii]ts|[Tt]heir)\s(?:[\w$.,-]+\s){0,4}?(?:contracts?|agreements?|deals?)"
    r"\swith\s(?=[A-Z])"
)
_AMONG_ITS_CUSTOMERS = re.compile(
    r"\s(?:are|were|remain|have\sbeen)\s(?:(?:also|now|still|already)\s)?among\s"
    r"([Ii]ts|[Tt]heir)\s(?:[\w-]+\s){0,3}?(?:customers|clients|buyers)\b"
)
# a site's "it" after training or running on it
# the verbs of holding a fleet after "it" (discourse.IT_COMPANY reads them as a company's)
# "It now runs about 60,000 GPUs", "it has more than 20,000 H100s": a figure held, right after
_IT_RUNS_FIGURE = re.compile(
    r"(?:^|(?<=[.;:,]\s)|(?<=\band\s)|(?<=\b[Tt]oday\s))[Ii]t\s"
    r"(?:also\s|now\s|still\s|currently\s|already\s)?(?:runs|has|houses|hosts|holds"
    r"|is\srunning|is\soperating"
    # "Nebius is building a campus in Kansas City. It will hold 40,000 B300 GPUs": what the
    # new site will hold is the company's, with no site of the vocabulary in view
    r"|(?:will|should|would)\s(?:eventually\s|also\s|initially\s)?(?:run|hold|house|host|have))"
    r"\s(?=(?:about|around|roughly|some|more\sthan|over|nearly|up\sto|as\smany\sas"
    r"|close\sto|almost|upwards\sof|north\sof)?\s?\d)"
)
# a company's management (or its executives) as the subject of its own target or outlook,
# opening the sentence or a clause: who they are is the company in view
_MANAGEMENT = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=,\sand\s)|(?<=\bbut\s))(?P<who>(?:[Ii]ts\s)?(?:[Mm]anagement"
    r"|[Ee]xecutives|[Tt]he\smanagement\steam))\s(?=(?:now\s|still\s|also\s)?(?:targets"
    r"|is\stargeting|expects|plans|aims|intends|wants|sees|projects|guided|has\sguided)\b)"
)
_HOLDS_FLEET = re.compile(
    r"(?:also\s|now\s|still\s)?(?:operates|operated|owns|owned|has\s(?:deployed|installed"
    r"|added)|deployed|installed|ended|exited|finished)\b"
)


def _sole_company_before(focus: Focus, index: int) -> Entity | None:
    """The company the sentence before was on: its one subject, else the one company it
    named (two subjects, "Crusoe and Nscale both grew", leave it open)."""
    before = [(e, subject) for e, i, subject in focus.salience.history if i == index - 1]
    for pool in ({e.id: e for e, subject in before if subject}, {e.id: e for e, _ in before}):
        if pool:
            return next(iter(pool.values())) if len(pool) == 1 else None
    return None


def _subject_before(focus: Focus, company: str, index: int) -> bool:
    """Whether the company is the subject of the sentence before, or of the one before
    that when the sentence between names no company."""
    history = focus.salience.history
    if any(e.id == company and i == index - 1 and subject for e, i, subject in history):
        return True
    if any(i == index - 1 for _, i, _ in history):
        return False
    return any(e.id == company and i == index - 2 and subject for e, i, subject in history)


def _last_subject(focus: Focus, company: str, index: int) -> bool:
    """Whether the company is the subject of the sentence just before."""
    history = focus.salience.history
    return any(e.id == company and i == index - 1 and subject for e, i, subject in history)


def _opens_after(focus: Focus, company: str, index: int, m: re.Match[str]) -> bool:
    """Whether a possessive opens its sentence right after one whose subject is the company."""
    return m.start() == 0 and _last_subject(focus, company, index)


_ON_IT = re.compile(r"\b(?:train\w*|run\w*)\s(?:[\w-]+\s){0,3}?(?:on|at)\s(it)\b(?![\w'’])")


def _site_over_chip(focus: Focus, index: int) -> Entity | None:
    """The site in focus (two sentences back at most) when no chip was named after it."""
    site = focus.last.get("cluster")
    if site is None or index - site[1] > 2:
        return None
    chip = focus.last.get("chip")
    return site[0] if chip is None or chip[1] <= site[1] else None


_EXISTENTIAL = re.compile(r"\s(?:is|are|was|were|will|has|have|had|'s|may|might|could)\b")


# '그는 "… H100 약 4천 장을 돌리고 있다"며': the officer just introduced, speaking
_HE_QUOTES = re.compile(r"\s*(?:그는|그녀는)\s?(?=[\"“])")


def _speaker_pronoun(text: str, mentions: list[Mention], index: int, focus: Focus) -> list[Mention]:
    """'그는 "…"' right after a company's officer was introduced ("네이버클라우드 인프라 총괄
    전무는 … 공개했다"): the quote's unnamed subject is the officer's company, as a
    reference back at the pronoun, when no company is named outside the quote."""
    opening = _HE_QUOTES.match(text)
    speaker = focus.get("speaker", index, 1)
    if opening is None or speaker is None:
        return []
    quoted = quote_spans(text)
    if any(m.kind == "company" and not any(a <= m.start < b for a, b in quoted) for m in mentions):
        return []
    at = opening.group().index("그")
    end = opening.group().index("는") + 1
    return [Mention(at, end, speaker, text[at:end], True)]


# Korean references back that begin a word: a demonstrative or "회사"/"동사" glued to the
# syllable before it is part of another word ("높이를", "자회사는", "모회사가", "이동사")
_WORD_INITIAL_KO = ("이", "그", "해당", "회사", "동사")


def _in_focus(
    focus: Focus, kind: str, index: int, language: str, phrase: str = ""
) -> Entity | None:
    """The entity of ``kind`` a reference back takes up: the latest one named, five sentences
    back at most (a Korean "이곳" a site further back); for an English "the chip" none while
    a company's unnamed chip was told of since ("… its first in-house accelerator. The chip
    is …")."""
    if kind == "chip" and language == "en" and unnamed_owner(focus, index) is not None:
        return None
    if kind == "cluster" and phrase in _HERE_KO:
        return focus.get(kind, index, _HERE_REACH_KO)
    return focus.get(kind, index, 5)


# "이곳", "그곳": a feature on one site goes on about it for paragraphs ("… 메타
# 초지능연구소(MSL)는 완공되는 대로 이곳에서 차세대 라마를 학습시킬 계획이다" a dozen sentences
# after Hyperion was named): the site in focus, further back than other references reach
_HERE_KO = ("이곳", "그곳", "이 곳")
_HERE_REACH_KO = 12


# "우리 데이터센터", "저희 클러스터": a first person's own site, the possessive with no 의
_OWN_PLACE_KO = frozenset(
    f"{we} {place}" for we in ("우리", "저희") for place in ("데이터센터", "센터", "클러스터")
)


def _own_site_of_topic(text: str, mentions: list[Mention], at: int) -> bool:
    """Whether "우리 데이터센터" at ``at`` is the story company's: said inside a quotation
    (an unattributed answer is no one's voice) with no company named before it in the
    sentence ('엔비디아 부사장은 "우리 클러스터에는 …"': the speaker's own, named)."""
    if not any(a <= at < b for a, b in quote_spans(text)):
        return False
    return not any(m.kind == "company" and m.end <= at for m in mentions)


def _inside_word(lowered: str, at: int, phrase: str) -> bool:
    return phrase.startswith(_WORD_INITIAL_KO) and "가" <= lowered[at - 1] <= "힣"


def _site_before(mentions: list[Mention], kind: str, at: int) -> Entity | None:
    """The last site of ``kind`` named before ``at`` in the sentence, for a Korean "이곳"."""
    if kind not in ("cluster", "facility"):
        return None
    before = [m for m in mentions if m.kind == kind and m.end <= at and not m.anaphoric]
    return before[-1].entity if before else None


# "…에 이를 것으로" (이르다, to reach), not a reference back
_REACH_VERB = re.compile(r"에\s?$")
# "이를 통해", "이를 위해", "이를 바탕으로": the event or the plan told before, not a product
_ABOUT_IT = re.compile(r"\s?(?:통해|통하여|위해|위하여|바탕으로|토대로|계기로|두고|놓고|기반으로)")
# a clause ends between a product and "이를": "…를 공급했으며, SK텔레콤은 이를 …"
_CLAUSE_END = re.compile(r",|며\s|고\s|는데\s|지만\s")


def _named_before_ko(
    text: str,
    phrase: str,
    kind: str,
    mentions: list[Mention],
    at: int,
    focus: Focus,
    language: str,
) -> tuple[Entity | None, bool]:
    """(what a Korean reference back takes up from its own sentence, whether it is no
    reference at all): "이곳" the site named before it, "이를" the chip an earlier clause
    named; "10만 장에 이를 것으로" is the verb, "이를 통해" the event told, and "이를" after a
    process's figure ("SoIC 생산능력은 1만 장. TSMC는 이를 2만 장으로") no chip."""
    if language != "ko":
        return None, False
    if phrase != "이를":
        return _site_before(mentions, kind, at), False
    if _REACH_VERB.search(text, max(0, at - 3), at) or _ABOUT_IT.match(text, at + 3):
        return None, True
    here = _chip_before(text, mentions, at)
    return here, here is None and _newer_than_chip(focus)


def _chip_before(text: str, mentions: list[Mention], at: int) -> Entity | None:
    """The chip or system named in an earlier clause of the same Korean sentence, which its
    "이를" takes up ("리벨리온은 SK텔레콤에 리벨-쿼드를 공급했으며, SK텔레콤은 이를 데이터센터에
    설치한다"; "애저에 H200 기반 가상머신을 올렸고, 오픈AI가 이를 빌려 쓴다")."""
    before = [m for m in mentions if m.kind in ("chip", "system") and m.end <= at]
    if not before or before[-1].anaphoric:
        return None
    last = before[-1]
    return last.entity if _CLAUSE_END.search(text, last.end, at) else None


def _newer_than_chip(focus: Focus) -> bool:
    """Whether a process, technology or memory was named after the chip in focus: "이를"
    then takes up that one's figure, not the chip."""
    chip = focus.last.get("chip")
    if chip is None:
        return False
    return any(
        (hit := focus.last.get(kind)) is not None and hit[1] > chip[1]
        for kind in ("process", "technology", "memory")
    )


def _word_at(lowered: str, at: int, length: int, phrase: str) -> bool:
    """An English reference back must be a whole word; "there" must not be existential
    ("there are 100,000 GPUs") to stand for the site."""
    before = lowered[at - 1] if at > 0 else " "
    after = lowered[at + length] if at + length < len(lowered) else " "
    if before.isalnum() or after.isalnum():
        return False
    if phrase == "here":
        # "OpenAI has been training its models here", "in here": the site in view; not a
        # presenter's "here's", "here is", "here to …", a quote's "here in Seoul"
        return _HERE_SITE.search(lowered, max(0, at - 30), at + length) is not None
    return not (
        phrase == "there"
        and (_EXISTENTIAL.match(lowered, at + length) or _OWN_PLACE.search(lowered, 0, at))
    )


# "here" as the site in view: after training or running ("training its models here"), after
# "in" ("half a million GPUs in here") or before "since" ("have been here since …")
_HERE_SITE = re.compile(
    r"(?:\b(?:train\w*|run\w*|operat\w*|install\w*|deploy\w*|serv\w*|host\w*)\s(?:[\w-]+\s){0,4}?"
    r"|\bin\s)here(?![\w'’])(?!\s(?:is|are|in|at|on)\b)"
)


# a place the sentence itself introduces, which a later "there" refers to: "operates 18,000
# GB300 chips at its campus south of Paris and will add Rubin systems there" (no cluster)
_OWN_PLACE = re.compile(
    r"\b(?:at|in|into)\s(?:its|their|our|a|an)\s(?:[\w-]+\s){0,3}?"
    r"(?:campus|site|data\s?cent(?:er|re)s?|facility|facilities|halls?|plant)\b"
)


# a Korean verb of saying after a quotation: '"…"고 말했다', '"…"라며 설명했다'
_SAYING_KO = re.compile(
    r"[\"”]\s?(?:고|라고|이라고|라며|이라며|며)\s(?:[^\s.]+\s)?(?:말했|밝혔|설명했|강조했|덧붙였|전했|답했|말한|밝힌)"
)


def _speaker_here(text: str, mentions: list[Mention], at: int) -> Entity | None:
    """The one company named outside a Korean quotation that holds ``at``, in a sentence
    that attributes the quotation with a verb of saying ('브로드컴 CEO는 "… 우리에게서 …"고
    말했다')."""
    spans = quote_spans(text)
    if not any(a <= at < b for a, b in spans) or _SAYING_KO.search(text) is None:
        return None
    outside = {
        m.id: m.entity
        for m in mentions
        if m.kind == "company" and not m.anaphoric and not any(a <= m.start < b for a, b in spans)
    }
    return next(iter(outside.values())) if len(outside) == 1 else None
