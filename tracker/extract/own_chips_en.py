"""English adoptions of a company's own chip (GUIDE, settled cases: a company running its own
chip in its own data centers or services adopts it, mode on-prem).

"Azure Maia 100 accelerators run a portion of Microsoft's first-party AI workloads", "MTIA,
our own accelerator, already serves a large share of our ranking inference", "the Maia 100
is still used for some internal Copilot workloads", "Microsoft has run the Maia 100 in its
own data centers since 2024": the adoption rule passes over a chip of the adopter's own
family (a company does not buy its own chip), so these gave nothing. Designing, unveiling,
making, selling or renting out one's own chip is no adoption: the verb must be one of
running it, and the chip must be said to be the company's own (its name, "our own", "its
own", "first-party", "internal").
"""

from __future__ import annotations

import re

from tracker.domain.claims import ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _same_family
from tracker.extract.entities import Mention
from tracker.extract.patterns import caseless_pairs
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system")
_REACH = 80
_ON_PREM = {"mode": "on-prem"}
# verbs of running a chip after it: "runs parts of Copilot", "already serves our ranking
# models", "is still used for internal workloads", "is already in production in 16 regions"
_RUN_AFTER = re.compile(
    r"\b(?:(?:now|already|still|also)\s)?(?:runs|run|running|serves|serve|serving"
    r"|handles|handle|handling|trained|trains)\s(?!on\b|into\b|at\b|hot\b|cool\b|faster\b"
    r"|slower\b|up\b)"
    # the company running it told in a relative clause: "which we deploy in our data centers",
    # "that it runs across its regions", "which Google uses for Search"
    r"|\b(?:which|that)\s(?:we|it|they|[A-Z][\w-]+)\s(?:now\s|already\s|also\s)?(?:deploy|deploys"
    r"|run|runs|use|uses|operate|operates)\s(?:them\s|it\s)?(?:in|across|for|inside|to)\b"
    r"|\b(?:is|are)\s(?:now\s|already\s|still\s|also\s)?(?:used|deployed)\s(?:for|in|to|across|inside)\b"
    r"|\b(?:is|are)\s(?:now\s|already\s|still\s)?in\sproduction\sin\b"
    # in service, or in a named service's production: "went into service in Azure", "has
    # been in Azure production since January" (not "in volume production": making it)
    r"|\b(?:is|are|has\sbeen|have\sbeen|went|goes|entered)\s(?:now\s|already\s|still\s)?"
    r"(?:in|into)\s(?:(?-i:[A-Z])[\w-]*\s)?service\b"
    r"|\b(?:is|are|has\sbeen|have\sbeen)\s(?:now\s|already\s|still\s)?in\s(?-i:[A-Z])[\w-]*"
    r"\sproduction\b",
    re.I,
)
# "Microsoft has run the first-generation Maia 100": the verb before its object
_RUN_BEFORE = re.compile(
    r"\b(?:has|have|had)\s(?:\w+\s)?(?:run|used|deployed)\s(?:the\s|its\s|our\s)?(?:[\w-]+\s){0,3}$",
    re.I,
)
# the same with a plain verb, whose subject must then be named as the chip's owner: "Intel
# Labs run Gaudi 3 clusters in our own data centers", "plans to deploy Maia 200 in its own
# data centres" (not "runs on Cerebras WSE-3 systems": the chip is where a service runs)
_RUN_BEFORE_NAMED = re.compile(
    r"\b(?:runs?|running|deploys|deploying|operates|operating|(?:to|will)\s(?:deploy|run|operate))"
    r"\s(?!on\b|in\b|at\b|into\b)(?:the\s|its\s|our\s)?(?:[\w-]+\s){0,3}$",
    re.I,
)
# words of making, showing or offering the chip, which are no use of one's own
_MAKES = re.compile(
    r"\b(?:design\w*|unveil\w*|detail\w*|launch\w*|announc\w*|introduc\w*|sell\w*|sold|offer\w*"
    r"|rent\w*|lease\w*|makes?|made|manufactur\w*|ships?|shipp\w*|tape[sd]?\sout|customers?)\b",
    re.I,
)
# the chip called the company's own, or its services and data centers
_OWN = re.compile(
    r"\b(?:our|its|their|the\scompany['’]s)\s(?:own\b|first-party\b|in-house\b|internal\b)"
    r"|\bfirst-party\b|\binternal\b|\bin-house\b|\bhomegrown\b|\bour\s(?:data\s?cent(?:er|re)s"
    r"|datacenters)\b|\b(?:its|the\scompany['’]s)\s(?:first|second|third)-generation\b",
    re.I,
)


# where one's own chips run: its data centers, regions, services and workloads (a chip
# serving a model on a trade-show floor is a demonstration)
# (the lookahead: the first two letters of every word below, in any case, so that the
# engine enters the case-blind alternation only where one of its words can start)
_SERVICE = re.compile(
    rf"(?={caseless_pairs(('da', 'rea', 'int', 'wo', 'se', 'tr', 'co', 'ad', 'ou', 'fi', 'us'))})"
    r"(?:data[\s-]?cent(?:er|re)|datacenter|\bregions?\b|in\sproduction|workloads?|services?\b"
    r"|traffic|copilot|inference|ranking|recommendation|\bads\b|our\sown|its\sown|internal"
    r"|\busers\b"
    r"|first-party)",
    re.I,
)
# what a chip is built for is its purpose, not a use: "built for training and serving …"
_PURPOSE = re.compile(
    r"\b(?:built|designed|made|meant|optimi[sz]ed|aimed|tuned|intended)\s(?:for|at|to)\b"
    r"(?:[^,;]|,(?!\s(?:and|but|while|yet)\b)){0,60}$",
    re.I,
)


def own_chip_rule_en(s: Sentence, state: RuleState) -> list[Candidate]:
    """An English company running a chip of its own family."""
    if s.language != "en" or s.table is not None:
        return []
    # the products with a maker first: the service words' case-blind search over every
    # sentence cost ~4% of a long document's extraction, and few sentences name such a chip
    products = [p for p in s.of_kind(_PRODUCTS) if p.entity.maker is not None]
    if not products or not _SERVICE.search(s.text):
        return []
    out: list[Candidate] = []
    for p in products:
        maker = p.entity.maker
        if maker is None or s.is_compared(p) or _counted(s, p):
            continue
        clause = s.clause_of(p.start)
        if s.of_kind(("cluster", "facility"), clause):
            continue  # "Trainium2 powers Project Rainier": the cluster's fleet
        verb = _verb(s, p, clause.end)
        if verb is None or not _owned(s, p, maker, clause.start, verb):
            continue
        valid = _valid(s, verb)
        modality = s.modality(verb, valid, s.clause_of(verb))
        if modality is None:
            continue
        out.append(Candidate(maker, "adopts", modality, valid, verb, _ON_PREM, p.id))
    return out


def _valid(s: Sentence, verb: int) -> ValidTime:
    """A use at publication ("since January" is its background), or from a start ahead
    ("will deploy it from the second half of 2027")."""
    return s.start_ahead(verb) or point_at(s.published)


def _verb(s: Sentence, p: Mention, end: int) -> int | None:
    """A verb of running the chip right after it (nothing of making it between) or right
    before it ("has run the Maia 100")."""
    before = _RUN_BEFORE.search(s.text, max(0, p.start - 40), p.start)
    if before is not None:
        return before.start()
    named = _RUN_BEFORE_NAMED.search(s.text, max(0, p.start - 40), p.start)
    if named is not None:
        return named.start() if _owner_subject(s, p, named.start()) else None
    after = _RUN_AFTER.search(s.text, p.end, min(end, p.end + _REACH))
    if after is None or _MAKES.search(s.text, p.end, after.start()):
        return None
    if _MAKES.search(s.text, max(0, p.start - 40), p.start):
        return None  # "Microsoft unveiled the Maia 200, which runs …": a launch, not a use
    if _PURPOSE.search(s.text, p.end, after.start()):
        return None  # "Trn3 is built for training and serving frontier-scale models"
    return after.start()


def _owner_subject(s: Sentence, p: Mention, verb: int) -> bool:
    """Whether the last company named before a plain verb of running the chip is of the
    chip's own family (its subject, the chip's owner)."""
    clause = s.clause_of(verb)
    before = [m for m in s.of_kind(("company",), clause) if m.end <= verb and not _brand(s, m)]
    maker = p.entity.maker
    return bool(before) and maker is not None and _same_family(s, maker, before[-1].id)


def _owned(s: Sentence, p: Mention, maker: str, start: int, verb: int) -> bool:
    """The chip is the company's own: a company of its family is named in the sentence and
    no other company comes before the verb, or the sentence calls it one's own."""
    if _CALLED_OWN.search(s.text, max(0, p.start - 30), p.start):
        return True  # "as well as our in-house MTIA accelerators": named its own right there
    companies = [m for m in s.of_kind(("company",)) if not _brand(s, m)]
    first = min(p.start, verb)
    # "Microsoft's Maia 200 serves Copilot, and Meta's MTIA handles its ranking": the
    # conjunct the chip stands in
    joints = list(_JOINT.finditer(s.text, start, first)) if verb > p.start else []
    start = joints[-1].end() if joints else start
    if any(start <= m.start < first and not _same_family(s, maker, m.id) for m in companies):
        return False  # "Anthropic runs Claude on Trainium": another company's use
    if any(_same_family(s, maker, m.id) for m in companies):
        return True
    if any(
        _same_family(s, maker, m.id) and _POSSESSED.fullmatch(s.text, m.end, p.start)
        for m in s.of_kind(("company",))
    ):
        return True  # "Meta's MTIA handles most of its ranking": the chip's owner named
    return _OWN.search(s.text) is not None


_POSSESSED = re.compile(r"['’]s\s")
_JOINT = re.compile(r"(?:,\s(?:and|while|but|whereas)|;)\s")
# the chip called one's own right before its name: "our in-house MTIA", "its own Maia"
_CALLED_OWN = re.compile(
    r"\b(?:our|its|their)\s(?:own\s|in-house\s|first-party\s|homegrown\s|custom\s){1,2}$", re.I
)


def _brand(s: Sentence, m: Mention) -> bool:
    """A company named as the brand of the next product ("Nvidia's GB200", "AWS Trainium")."""
    return any(q.kind in _PRODUCTS and 0 <= q.start - m.end <= 3 for q in s.mentions if q is not m)


# "350,000 MTIA chips", "16,000 Maia 100": a counted chip is a fleet (deployed_chips)
_COUNT_BEFORE = re.compile(r"\d[\d,.]*\s?(?:k|m|million|thousand)?\s(?:[\w-]+\s)?$", re.I)


def _counted(s: Sentence, p: Mention) -> bool:
    return _COUNT_BEFORE.search(s.text, max(0, p.start - 24), p.start) is not None


def others_on_own_chip(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` without another company's bare adoption of a chip its owner is found
    running in the same sentence ("Microsoft's Maia 200 serves Copilot, and Meta's MTIA
    handles its ranking": Meta's use of MTIA, not Microsoft's). An adoption with a mode or a
    provider said is a use of its own and stays."""
    if s.language != "en":
        return found
    owned = {
        (c.subject, c.object)
        for c in found
        if c.predicate == "adopts" and c.qualifiers == _ON_PREM and c.object is not None
    }
    makers = {m.id: m.entity.maker for m in s.of_kind(_PRODUCTS)}
    owners = {
        obj: subject
        for subject, obj in owned
        if (maker := makers.get(obj)) is not None and _same_family(s, maker, subject)
    }
    return [
        c
        for c in found
        if not (
            c.predicate == "adopts"
            and not c.qualifiers
            and c.object in owners
            and c.subject != owners[c.object]
        )
    ]
