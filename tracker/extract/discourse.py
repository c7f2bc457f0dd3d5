"""English references back to companies: who "we" is in a company's own text, and which
company "the Seattle-based firm", "the chipmaker" or "the company" is.

News rarely repeats a name: after the first mention a company becomes "the company", a
description ("the cloud giant", "the ChatGPT maker") or, in its own blog, "we". A
description narrows the candidates (a chipmaker makes chips; a Seattle-based company has
its headquarters there); among the candidates the most recent *subject* wins, so that
"Anthropic, which has received $8 billion from Amazon" does not make Amazon "the
company" of the next sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tracker.extract.clause_parties import (
    ACTS_AFTER,
    PREPOSITION_BEFORE,
    earlier_clause_subject,
    other_clause_party,
    speakers_company,
)
from tracker.extract.entities import Mention
from tracker.extract.relative_owner_en import relative_clause_owner
from tracker.extract.vocabulary import Entity, Vocabulary

# a company after these is an object or sits in a subordinate clause, not the subject
_TELLS_AFTER = re.compile(r"\s(?:said|says|told|added|confirmed|noted|wrote)\b")
_CONJUNCTION_BEFORE = re.compile(
    r"\b(?:as|while|after|before|because|since|though|although|if|when)\s(?:the\s)?$", re.I
)
# a company after these is what the sentence's verb acts on ("put $3 billion into Anthropic")
_OBJECT_BEFORE = re.compile(r"\b(?:into|in|to|with|from|for|on)\s(?:the\s)?$", re.IGNORECASE)
# "us" in lower case only: "US regions" is the country, not the company speaking
FIRST_PERSON = re.compile(r"\b(?:(?i:we|our|ours)|us|Us)\b(?!-)")
# "our Trainium2 fleet", "our custom Trainium2 chips": what is ours tells who we are
_OUR_THING = re.compile(r"\bour\s(?:own\s|custom\s|in-house\s|latest\s|new\s)?$", re.IGNORECASE)
# "we train Claude", "the cluster we built", "we operate Project Rainier"
_WE_DO = re.compile(
    r"\bwe\s(?:\w+\s){0,2}?(?:train|built|build|run|operate|design|designed|make|made|ship|"
    r"develop|developed|launched|offer)\w*\s(?:(?:the|its|our|a|an|new|custom)\s)?$",
    re.IGNORECASE,
)
_NOT_OURS_AFTER = re.compile(r"^\S*\s(?:partner|partners|partnership|customer|investor)", re.I)
# a company described in the third person and in the first in one sentence, as its own
# posts introduce it: "Crusoe today operates a little over 40,000 GB300 GPUs, spread across
# our Texas and Wyoming campuses"
_SELF_DESCRIBED = re.compile(
    r"\s(?:(?:today|now|currently)\s)?(?:operates|runs|owns|serves)\b[^.\n]{0,100}?\bour\b"
)
_BYLINE = re.compile(
    r"\b(?:team|engineers|staff|editors|newsroom)\s(?:at|of)\s$|(?:^|\n)[^\n.]{0,45}?\b(?:team|staff),\s$"
    # "When we started Together AI, …", "Since we founded Lambda": a company that tells its
    # own founding as "we"
    r"|\bwe\s(?:first\s)?(?:co-?)?(?:founded|started|launched|set\sup|created)\s$",
    re.I,
)
_DESCRIPTION = re.compile(
    r"\b(?:the|The)\s(?:(?P<place>(?:[A-Z][\w.]*\s)?[A-Z][\w.]*)-based\s)?"
    r"(?P<noun>(?:[\w-]+\s)?(?:company|Company|firm|group|maker|chipmaker|giant|provider|leader|foundry|"
    r"designer|startup|start-up|lab|hyperscaler|retailer|unit|arm|operator|supplier|neocloud|cloud"
    # a bond's or a loan's own words for the company: "the issuer is evaluating …"
    r"|issuer|borrower))\b"
)


@dataclass
class Salience:
    """Companies named in the last sentences, most recent last, each flagged as a subject
    (not the object of a preposition, not inside a relative clause) or not."""

    history: list[tuple[Entity, int, bool]] = field(default_factory=list)
    demoted: set[int] = field(default_factory=set)
    objects: list[tuple[Entity, int]] = field(default_factory=list)
    # the company the text is about: the first one its headline or lead names as a subject
    # ("Rebellions … signs supply contract with Kakao": Rebellions, however often Kakao recurs)
    lead: Entity | None = None

    def add(
        self, text: str, mentions: list[Mention], index: int, inner: list[tuple[int, int]]
    ) -> None:
        for m in mentions:
            if m.kind != "company":
                continue
            before = text[max(0, m.start - 12) : m.start]
            embedded = any(lo <= m.start < hi for lo, hi in inner)
            subject = not embedded and not PREPOSITION_BEFORE.search(before)
            if self.lead is None and subject and not m.anaphoric:
                self.lead = m.entity
            self.history.append((m.entity, index, subject))
            if not embedded and _OBJECT_BEFORE.search(before):
                self.objects.append((m.entity, index))
        del self.history[:-40]
        del self.objects[:-20]

    def demote(self, index: int) -> None:
        """A list item or label line ("Nov 2025 - Microsoft and Nvidia agree …") names
        companies without making them what the text is about."""
        self.history = [(e, i, s and i != index) for e, i, s in self.history]
        self.demoted.add(index)

    def pick(
        self, allowed: frozenset[str] | None, index: int, exclude: set[str], window: int = 5
    ) -> Entity | None:
        """The subject of the most recent sentence that has one among the allowed
        companies (its first, the main clause's), else the most recent allowed one."""
        pool = [
            h
            for h in self.history
            if index - h[1] <= 2 * window
            and (allowed is None or h[0].id in allowed)
            and h[0].id not in exclude
        ]
        subjects = [h for h in pool if h[2]]
        if subjects:
            latest = max(h[1] for h in subjects)
            named_since = {h[0].id: h[0] for h in pool if latest < h[1] == index - 1}
            subject_before = any(i == index - 1 and subject for _, i, subject in self.history)
            if len(named_since) == 1 and not subject_before and index - 1 not in self.demoted:
                # "OpenAI will rent the first hall. … The bill is steep even for
                # Oracle. The company has invested …": the one company the sentence just
                # before names, though not as its subject, is what "the company" picks up
                return next(iter(named_since.values()))
            return next(h[0] for h in subjects if h[1] == latest)
        recent = [h for h in pool if index - h[1] <= window]
        return recent[-1][0] if recent else None

    def pick_object(
        self, allowed: frozenset[str] | None, index: int, exclude: set[str], window: int = 5
    ) -> Entity | None:
        """For a description in object position ("Google has put $3 billion into Anthropic.
        Amazon has invested $8 billion in the company"): the object of the latest sentence
        that names companies, parallel to this one; else the company most in view."""
        pool = [
            h
            for h in self.history
            if index - h[1] <= window
            and (allowed is None or h[0].id in allowed)
            and h[0].id not in exclude
        ]
        if pool and pool[-1][1] not in self.demoted:
            last = pool[-1][1]
            parallel = any(h[2] for h in pool if h[1] == last)
            objects = [
                e
                for e, i in self.objects
                if i == last and (allowed is None or e.id in allowed) and e.id not in exclude
            ]
            if parallel and objects:
                return objects[-1]
        # else the company the text is about, when it was named not long ago ("Samsung is the
        # strategic investor of the company" in Rebellions' release, after a paragraph on its
        # customer Kakao)
        lead = self.lead
        if (
            lead is not None
            and (allowed is None or lead.id in allowed)
            and lead.id not in exclude
            and any(e.id == lead.id and index - i <= 2 * window for e, i, _ in self.history)
        ):
            return lead
        # else the company the recent sentences are most about: a mention as a subject
        # weighs two, any other one; ties go to the latest
        weight: Counter[str] = Counter()
        latest: dict[str, tuple[int, Entity]] = {}
        for order, (entity, _, subject) in enumerate(pool):
            weight[entity.id] += 2 if subject else 1
            latest[entity.id] = (order, entity)
        if not weight:
            return None
        return latest[max(weight, key=lambda e: (weight[e], latest[e][0]))][1]


# "The unit plans to add GB300 systems …": a company's unit acting as a company does (not "the
# unit costs $30,000", a chip)
_UNIT_ACTS = re.compile(
    r"\s(?:plans|planned|intends|aims|expects|said|says|agreed|signed|will\s(?:add|buy|deploy|"
    r"rent|use|invest|install)|is\sin\stalks)\b"
)


# "the lab" is any research lab: it refers back to a model lab only when no other lab was
# named before it in the sentence and it is not placed ("the lab at Stanford") (review 12 F6)
_OTHER_LAB = re.compile(
    r"\b[A-Z][\w.-]*\s(?:Laborator(?:y|ies)|Labs?)\b|\b(?:university|national|research|"
    r"government|campus)\s(?:[\w-]+\s)?lab(?:oratory)?s?\b"
)
_LAB_OF = re.compile(r"\s(?:at|of|in)\s")
# "The GPU cloud market …": the words name a trade, not a company
_CLOUD_AS_MODIFIER = re.compile(
    r"\s(?:market|business|sector|industry|boom|space|segment|rental|prices?|capacity|players?)\b"
)


class CompanyReferences:
    """Resolves English descriptions of companies, using the vocabulary's role and
    headquarters tables (``[anaphora_roles]``, ``[headquarters]`` in cues.toml)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        roles = vocabulary.cues.get("anaphora_roles", {})
        self._roles = {str(k).lower(): frozenset(v) for k, v in roles.items()}
        seats = vocabulary.cues.get("headquarters", {})
        self._seats = {str(k).lower(): frozenset(v) for k, v in seats.items()}
        self._generic = frozenset({"company", "firm", "group", "issuer", "borrower"})

    def find(
        self, text: str, mentions: list[Mention], index: int, salience: Salience
    ) -> list[Mention]:
        """Mentions for the company descriptions of one sentence (those it can resolve)."""
        out: list[Mention] = []
        for m in _DESCRIPTION.finditer(text):
            noun = m.group("noun").lower()
            place = (m.group("place") or "").lower()
            allowed = self._allowed(noun, place)
            if (
                allowed is None
                and noun.split()[-1] not in self._generic
                and not (noun == "unit" and _UNIT_ACTS.match(text, m.end()))
            ):
                continue  # "the maker of …", "the unit" with no known role: not a company
            if any(x.start <= m.start() < x.end for x in mentions):
                continue
            if noun == "lab" and (
                _OTHER_LAB.search(text, 0, m.start()) or _LAB_OF.match(text, m.end())
            ):
                continue  # "Argonne National Laboratory …, and the lab", "the lab at Stanford"
            if noun.endswith("cloud") and (
                m.start() > 0 or _CLOUD_AS_MODIFIER.match(text, m.end())
            ):
                # "The GPU cloud says its fleet …" opening a sentence refers back; inside one
                # it is mostly an apposition ("Lambda, the GPU cloud, …") naming no one new
                continue
            # "Google has put $3 billion into the company": not Google; and "AWS will …, the
            # company said" needs no resolving (the subject is named)
            # a possessive ("Crusoe's bar is the only solid one, because the company
            # disclosed …") names the company talked about, not a party set against it
            before = [x for x in mentions if x.kind == "company" and x.end <= m.start()]
            owners = {x.id: x.entity for x in before if text[x.end : x.end + 1] in ("'", "’")}
            named = {x.id for x in before if x.id not in owners}
            lead = text[max(0, m.start() - 12) : m.start()]
            entity: Entity | None
            if (
                len(owners) == 1
                and not named
                and (allowed is None or set(owners) <= allowed)
                and (not PREPOSITION_BEFORE.search(lead) or _CONJUNCTION_BEFORE.search(lead))
            ):
                entity = next(iter(owners.values()))  # "Crusoe's bar …, because the company"
            elif before and _TELLS_AFTER.match(text, m.end()) and lead.rstrip().endswith(","):
                # "TSMC ended 2025 with 75,000 wafers, the company told investors": the
                # company the sentence is about tells, not one of an earlier sentence
                entity = before[0].entity
            elif (
                before
                and _CONJUNCTION_BEFORE.search(lead)
                and ACTS_AFTER.match(text, m.end())
                and (allowed is None or before[0].id in allowed)
            ):
                # "Micron jumped 6.1%, after the chipmaker said …": the subject of a clause
                # opened by a conjunction is the main clause's subject, not an object
                entity = before[0].entity
            elif PREPOSITION_BEFORE.search(lead):
                # "Google, which has committed $3 billion to the company": the main subject
                entity = relative_clause_owner(text, before, m.start(), allowed, salience, index)
                entity = entity or other_clause_party(text, mentions, m.start(), allowed)
                entity = entity or salience.pick_object(allowed, index, named)
            elif (lead_party := _lead_before_joint(lead, before, allowed, salience)) is not None:
                entity = lead_party
            elif (employer := speakers_company(text, before, m.start(), allowed)) is not None:
                entity = employer  # "Priya Nair of CoreWeave, who said the company is …"
            elif (earlier := earlier_clause_subject(text, before, m, allowed)) is not None:
                entity = earlier  # "Oracle has said …, and Ellison told analysts the company"
            else:
                entity = salience.pick(allowed, index, named)
            if entity is None:
                continue
            out.append(Mention(m.start(), m.end(), entity, m.group(), True))
        return out

    def same_party(
        self, text: str, mentions: list[Mention], index: int, salience: Salience
    ) -> list[Mention]:
        """ "will begin supplying HBM4 to the same customer": the party named before in
        an object's place (after a preposition), in this sentence or the recent ones."""
        out: list[Mention] = []
        for m in _SAME_PARTY.finditer(text) if "same" in text else ():
            before = [x for x in mentions if x.kind == "company" and x.end <= m.start()]
            objects = [
                x for x in before if PREPOSITION_BEFORE.search(text[max(0, x.start - 12) : x.start])
            ]
            subjects = {x.id for x in before if x not in objects}
            entity = objects[-1].entity if objects else salience.pick_object(None, index, subjects)
            if entity is not None:
                out.append(Mention(m.start(), m.end(), entity, m.group(), True))
        return out

    def _allowed(self, noun: str, place: str) -> frozenset[str] | None:
        seat = self._seats.get(place) if place else None
        head = noun.rsplit(maxsplit=1)[-1]
        role = self._roles.get(noun) or (None if head in self._generic else self._roles.get(head))
        if seat is not None and role is not None:
            return seat & role
        if seat is not None:
            return seat
        if role is not None:
            return role
        return None if head in self._generic or not place else frozenset()


def _lead_before_joint(
    lead: str, before: list[Mention], allowed: frozenset[str] | None, salience: Salience
) -> Entity | None:
    """ "Reports said AMD had dropped Samsung as a supplier; the company now says …": a
    description opening a clause after a semicolon is one of the companies the clause before
    named, the one the text is about, not whichever was named last."""
    about = salience.lead
    if about is None or not _CLAUSE_OPENING.search(lead):
        return None
    if allowed is not None and about.id not in allowed:
        return None
    return about if any(x.id == about.id for x in before) else None


_CLAUSE_OPENING = re.compile(r"[;:]\s$")


# the same party again, by its role in a deal
_SAME_PARTY = re.compile(r"\b[Tt]he\ssame\s(?:customer|client|buyer|partner|supplier|vendor)\b")
# "it" as a company: before a verb that only companies do
IT_COMPANY = re.compile(
    r"\b(?:it|It)\s(?=(?:also\s|now\s|still\s)?(?:plans|planned|intends|aims|said|says|agreed|"
    r"signed|expects|targets|is\stargeting|will\s(?:invest|buy|rent|use|spend|deploy)"
    r"|has\s(?:said|agreed|signed|invested)|"
    r"is\sin\stalks|invested|bought|ordered|rents|uses|hopes|wants|continues\sto|keeps|ships|supplies"
    # "It shipped HBM4 samples to Nvidia", "It has poured $8 billion into Anthropic": what a
    # company does to others (a chip "shipped in March" is no company)
    r"|poured|has\s(?:poured|put|shipped|been\sshipping|been\ssupplying)|is\s(?:shipping|supplying)"
    r"|shipped\s(?!(?:in|on|at|last|this|earlier|late|from|with|to|by|as|during|for|early)\b)"
    # "Today it serves part of its traffic on Ascend chips": a company's own use
    r"|(?:serves|runs|trains)\s(?:part|some|most|all|much|half)\sof\sits\b"
    # "It now operates some 45,000 GPUs", "It owns 20,000 H100s": a fleet a company
    # holds (a site "runs" or "houses" it: IT_SITE)
    r"|(?:operates|operated|owns|owned|has\s(?:deployed|installed|added)|deployed|installed"
    r"|ended\s(?:the|last|20\d\d)|exited|finished\s(?:the|20\d\d))\b"
    # "…, it took part in a follow-on round", "it co-led the Series C": a backer's acts
    r"|(?:also\s)?(?:took\spart|has\staken\spart|participated|co-led|led\s(?:a|an|the|its)\s"
    r"|joined\s(?:a|an|the|its)\s(?:[\w-]+\s)?(?:round|raise|financing|funding)))\b)"
)
# "it" as what a site does or is used for: "it will be used to train OpenAI's models", "it
# houses 100,000 GPUs" (a company is not used and houses nothing)
IT_SITE = re.compile(
    r"\b(?:it|It)\s(?=(?:will\s|would\s|is\s|was\s|could\s)?(?:also\s|now\s|already\s)?"
    r"(?:(?:be|being)\s)?used\s(?:to|for)\b|(?:will\s|now\s|already\s)?(?:houses|hosts|house"
    r"|host)\b|is\shome\sto\b"
    # "It will hold roughly 280,000 by the end of the year": a count a site holds (a share
    # held, "holds 10%", is a company's); "it is already running training jobs for OpenAI"
    r"|(?:will\s|now\s|already\s|should\s|could\s)?holds?\s(?:(?:about|roughly|around|some|"
    r"nearly|up\sto|as\smany\sas|more\sthan|over|close\sto)\s)?\d[\d,.]*(?![\d,.]|\s?%|\s(?:percent|"
    r"per\scent)\b)"
    r"|(?:is\s|was\s)?(?:already\s|now\s)?running\s(?:[\w-]+\s){0,2}?(?:jobs|workloads)\sfor\b)"
)
# "the Indiana cluster", "the Abilene site": a site named by its place
PLACE_SITE = re.compile(
    r"\b[Tt]he\s(?:[A-Z][a-z]+\s|[A-Z][a-z]+,\s[A-Z][a-z]+,?\s){1,2}(?:cluster|site|campus|"
    r"data\s?cent(?:er|re)|facility|"
    r"supercomputer)\b"
)


def issuer(text: str, mentions: list[Mention], vocabulary: Vocabulary) -> Entity | None:
    """Who "we" is in a company's own text: the maker or owner of what it calls "ours"
    ("our Trainium2 fleet" -> AWS), of what "we" train or build ("we train Claude" ->
    Anthropic), or the company in a byline ("the team at AWS")."""
    votes: Counter[str] = Counter()
    for m in mentions:
        before = text[max(0, m.start - 60) : m.start]
        if m.kind == "company":
            if _BYLINE.search(before):
                votes[m.id] += 2
            elif _SELF_DESCRIBED.match(text, m.end):
                votes[m.id] += 1  # "Crusoe today operates 40,000 GPUs across our campuses"
            continue
        owner = m.entity.owner or m.entity.maker
        if owner is None:
            continue
        ours = _OUR_THING.search(before[-24:]) and not _NOT_OURS_AFTER.match(text[m.end :])
        if ours or _WE_DO.search(before):
            votes[owner] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return declared_issuer(text, mentions)
    if any(m.id == ranked[0][0] and _THIRD_PARTY.match(text, m.end) for m in mentions):
        # "Nvidia, which joined our Series B, gets us no special allocation": the maker of
        # "our H200s" is named as someone else, so "we" is a customer the vocabulary lacks
        return declared_issuer(text, mentions)
    return vocabulary.entity(ranked[0][0])


# a company named as a party to "us": "Nvidia, which joined our Series B", "AMD, our
# second supplier", "Nvidia sold us", "Microsoft, one of our largest customers"
_THIRD_PARTY = re.compile(
    r",\s(?:which|who)\s(?:[\w-]+\s){0,3}?(?:us|our)\b"
    r"|,\s(?:one\sof\s)?our\s(?:[\w-]+\s){0,2}?(?:investors?|suppliers?|partners?|customers?"
    r"|backers?|vendors?|landlords?|lenders?|shareholders?)\b"
    r"|\s(?:sold|sells|supplies|supplied|ships|shipped|gave|gives|lent|leases|leased)\s(?:us|our)\b",
    re.I,
)


# a company's own document names itself: 'CoreWeave, Inc. ("CoreWeave," "we," or "the
# Company")', or heads its first line with its name and the kind of document ("Micron
# Technology, fiscal fourth-quarter 2025 earnings call")
_DEFINES_WE = re.compile(
    r"""\(["“][^)]{0,60}?(?:["“]we,?["”]|(?:the\s)?["“](?:the\s)?Company["”])"""
)
_OWN_DOCUMENT = re.compile(
    r"\b(?:earnings\scall|conference\scall|transcript|form\s(?:10-[qk]|s-1|f-1|20-f|8-k)"
    r"|annual\sreport|quarterly"
    r"\sreport|letter\sto\sshareholders|shareholder\sletter|press\srelease|investor\supdate"
    r"|(?:q[1-4]|[1-4]q|quarter|results|investor|analyst)\s(?:earnings\s)?call)\b",
    re.IGNORECASE,
)
# a call's own header, as a press story quoting it is headed: "CoreWeave Q3 call: …",
# "Micron earnings call transcript"
_CALL_HEADER = re.compile(
    r"\b(?:earnings\scall|conference\scall|call\stranscript|(?:q[1-4]|[1-4]q|quarter|results"
    r"|investor|analyst)\s(?:earnings\s)?call"
    # "AMD Financial Analyst Day 2026: data center session (transcript excerpt)"
    r"|(?:analyst|investor|capital\smarkets)\sday\b[^\n]*\btranscript)\b",
    re.IGNORECASE,
)


def titled_issuer(
    title: str, find: Callable[[str], list[Mention]], *, own_text: bool
) -> Entity | None:
    """The one company a document's title names, when the title says the document is that
    company's ("Oracle Q2 FY26 earnings call", "Lambda, Inc. Form S-1") or the document is
    a company's own text whatever its title says ("Scaling the Together AI cloud")."""
    if not title or not (own_text or _OWN_DOCUMENT.search(title)):
        return None
    named = {m.id: m.entity for m in find(title) if m.kind == "company"}
    return next(iter(named.values())) if len(named) == 1 else None


def opening_title(title: str, text: str) -> str:
    """The document's title, or, when none was given (a document built from its text
    alone), the text's first line standing as one: followed by a blank line, with no final
    period. Who a company's own text is ("Scaling the Together AI cloud") should not depend
    on whether its title came apart from its body."""
    if title:
        return title
    line, sep, _ = text.lstrip().partition("\n\n")
    line = line.strip()
    return line if sep and "\n" not in line and not line.endswith(".") else ""


# the Korean header of a call's write-up: "[콜 노트] SK하이닉스 …", "… 3분기 실적 컨퍼런스콜의
# 질의응답을 옮긴다"
_CALL_HEADER_KO = re.compile(r"컨퍼런스\s?콜|콘퍼런스\s?콜|콜\s?노트|어닝\s?콜|실적\s?설명회")


def call_issuer(
    title: str, text: str, find: Callable[[str], list[Mention]], language: str = "en"
) -> Entity | None:
    """Who "we" is in a story that reproduces a company's call: the one company named in
    a title or first line that says it is that call ("CoreWeave Q3 call: capacity, contracts
    and a cautious guide"); the executives speak for it. ``None`` for any other story."""
    header = _CALL_HEADER_KO if language == "ko" else _CALL_HEADER
    heads = [title] + [text[start:end] for start, end in _head_lines(text, 2)]
    for line in heads:
        if line and language == "en" and (own := _own_call_en(line, find)) is not None:
            return own
        if line and header.search(line):
            named = {m.id: m.entity for m in find(line) if m.kind == "company"}
            return next(iter(named.values())) if len(named) == 1 else None
    return None


# a headline that names its company's call before a colon: "SK hynix call: HBM sold out",
# "Oracle Q2 FY26 call recap: …", "AMD earnings call: Helios ships, … Oracle tops …"
_NAMED_CALL_EN = re.compile(
    r"^\s*(?P<company>[^:]{2,40}?)\s(?:(?:Q[1-4]|[1-4]Q|fiscal|FY)\s?[\w'’-]{0,6}\s)*"
    r"(?:(?:earnings|results|investor|analyst|quarterly)\s)?call(?:\srecap|\snotes)?:\s"
)


def _own_call_en(line: str, find: Callable[[str], list[Mention]]) -> Entity | None:
    """The company a headline names right before "call:" ("SK hynix call: …"), whatever
    others its summary names after the colon."""
    hit = _NAMED_CALL_EN.match(line)
    if hit is None:
        return None
    named = [m for m in find(line[: hit.end("company")]) if m.kind == "company"]
    return named[0].entity if len(named) == 1 and named[0].start == hit.start("company") else None


def declared_issuer(text: str, mentions: list[Mention]) -> Entity | None:
    """Who "we" is when the text says so itself: a definition of "we" right after a
    company's name, or the one company named on a first line that names the document
    (a call transcript, a filing, a shareholder letter)."""
    companies = [m for m in mentions if m.kind == "company" and not m.anaphoric]
    for d in _DEFINES_WE.finditer(text):
        before = [m for m in companies if m.end <= d.start() and d.start() - m.end <= 12]
        if before:
            return before[-1].entity
    # the header may sit under a title ("Micron fiscal Q4 2025 call: the HBM questions"),
    # so each of the first lines is read on its own
    for start, end in _head_lines(text, 3):
        if _OWN_DOCUMENT.search(text, start, end):
            named = {m.id: m.entity for m in companies if start <= m.start < end}
            if len(named) == 1:
                return next(iter(named.values()))
    return None


# a letter's or post's sign-off: "Founder and CEO, Nebius", "Chief Executive Officer,
# CoreWeave, Inc."
_SIGN_OFF = re.compile(
    r"^(?:co-?)?(?:founder|chief\s\w+(?:\s\w+)?\sofficer|ceo|cfo|cto|president|chair(?:man|woman)?"
    r"|(?:executive\s|senior\s)?vice\spresident|head\sof\s[\w\s]+?)\b[^\n]{0,60}?,\s$",
    re.IGNORECASE,
)


def signed_issuer(text: str, mentions: list[Mention]) -> Entity | None:
    """Who "we" is in a text signed at its end by an officer of one company ("Arkady
    Volozh / Founder and CEO, Nebius"): the one company named on a title line among the
    last three non-blank lines."""
    tail = text.rstrip()
    lines_start = len(tail)
    for _ in range(3):
        start = tail.rfind("\n", 0, lines_start - 1) + 1
        line_mentions = [
            m for m in mentions if m.kind == "company" and start <= m.start < lines_start
        ]
        named = {m.id: m for m in line_mentions if not m.anaphoric}
        if len(named) == 1:
            m = next(iter(named.values()))
            if _SIGN_OFF.match(text[start : m.start]):
                return m.entity
        if start == 0:
            break
        lines_start = start
    return None


# a Korean letter's or address's sign-off line: "SK하이닉스 대표이사 사장", "삼성전자 DS부문장
# 부회장", "리벨리온 대표 박성현 드림" (the company, then its officer's title and name at most).
# The edges follow how Korean companies sign: the legal form is written before or after the
# name ("㈜카카오", "삼성전자㈜", "삼성전자 주식회사"); a person's name is one word of two to four
# syllables (a Korean name) or two words (a foreign one in Hangul: "리사 수", "젠슨 황"), so a
# lone syllable ("… 사장 등") or a word of five or more ("… 사장 기자간담회", a caption) is no
# name; and a sign-off is short: a line over 40 characters is prose, whatever it ends with
_KO_LEGAL_FORM = r"(?:주식회사|㈜|\(주\))"
_KO_LEGAL_LEAD = re.compile(_KO_LEGAL_FORM + r"\s?")
_KO_SIGN_OFF = re.compile(
    r"\s?(?:" + _KO_LEGAL_FORM + r"\s?)?(?:[A-Za-z가-힣]+\s){0,2}?"
    r"(?:대표이사|대표|사장|부회장|회장|CEO|최고경영자|부문장)"
    r"(?:\s(?:대표이사|사장|부회장|회장|겸\s\S+))*"
    r"(?:\s[가-힣]{2,4}|\s[가-힣]{1,4}\s[가-힣]{1,4})?(?:\s(?:드림|올림))?"
)
_KO_SIGN_OFF_LENGTH = 40


def ko_signed_issuer(text: str, find: Callable[[str], list[Mention]]) -> Entity | None:
    """Who "우리" is in a Korean company text signed at its end by its officer ("…
    감사합니다.\n\nSK하이닉스 대표이사 사장"): the one company opening a sign-off line among
    the last three non-blank lines, or None."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()][-3:]
    for line in reversed(lines):
        if len(line) > _KO_SIGN_OFF_LENGTH:
            continue
        mentions = [m for m in find(line) if m.kind == "company" and not m.anaphoric]
        if len(mentions) != 1:
            continue
        lead = line[: mentions[0].start]
        if lead and not _KO_LEGAL_LEAD.fullmatch(lead):
            continue
        if _KO_SIGN_OFF.fullmatch(line, mentions[0].end):
            return mentions[0].entity
    return None


_OTHER_SITE = re.compile(
    r"\b(?:other|another|second|sister)\s(?:[\w-]+\s){0,2}?"
    r"(?:cluster|site|campus|data\s?cent(?:er|re)|facility|project|supercomputer),\s$",
    re.IGNORECASE,
)


def other_site(text: str, m: Mention) -> bool:
    """Whether a site is named in passing as another one ("The company's other new
    cluster, Prometheus, …", "its sister campus, Fairwater, …")."""
    return m.kind in ("cluster", "facility") and bool(
        _OTHER_SITE.search(text, max(0, m.start - 60), m.start)
    )


def _head_lines(text: str, count: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``count`` non-blank lines."""
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text) and len(out) < count:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            out.append((start, end))
        start = end + 1
    return out


def most_named(mentions: list[Mention], vocabulary: Vocabulary) -> Entity | None:
    """The company a company's own text names most, at least three times and more often
    than any other ("Which HBM products is Micron shipping today? … Does Micron supply
    NVIDIA and AMD?" in an investor FAQ answered as "we"): the last guess at who "we" is,
    when nothing else says."""
    counts: Counter[str] = Counter(m.id for m in mentions if m.kind == "company")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) == 2 and ranked[1][1] >= ranked[0][1]):
        return None
    return vocabulary.entity(ranked[0][0])
