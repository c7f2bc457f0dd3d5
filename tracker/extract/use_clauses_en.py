"""The English reader of use clauses: a verb of use, its subject and its object.

A clause is read by roles, not phrases: a verb of one class (use, run, deploy, adopt, tap,
rent, install, operate, choose; with a preposition of its own: rely on, serve from, switch
to, move to, standardise on, bet on, train on (through a named provider only); a test:
evaluate, pilot; a weighing: consider, explore; a cloud's offer of instances), the company
that is its subject (the last one before the verb with only auxiliaries, adverbs and modal
words between: "Acme is also quietly planning to use") and the product that is its object
(the first usable product after the verb in the same clause, across a few words, a
possessive brand or a provider: "taps Nvidia's H200s through Azure"), with the products
listed after it. A noun of use does the same ("Acme's use of Gaudi 3", "Acme's adoption
of TPUs"). Modality, mode, time and the vetoes are the core's
(:mod:`tracker.extract.use_clauses`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.adoptable import coordinated_chips
from tracker.extract.claimrules.common import RuleState, _after_prep, _same_family, brand_of_product
from tracker.extract.claimrules.use_modes import _mode, bought_to_add
from tracker.extract.claimrules.used_verbs import habit_given_up, left_behind
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.use_clauses import (
    COMPANY,
    PRODUCT_KINDS,
    Use,
    counted_ids,
    fallback_rule,
    usable,
)

# verbs whose object is the product ("uses TPUs", "deployed Gaudi 3", "rents H200s")
_DIRECT = (
    r"us(?:e|es|ed|ing)|utili[sz]\w*|deploy\w*|adopt(?:s|ed|ing)?|tap(?:s|ped|ping)?"
    r"|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|install\w*|operat(?:e|es|ed|ing)|add(?:s|ed|ing)?"
    r"|cho(?:ose|oses|se|sen|osing)|pick(?:s|ed|ing)?|opt(?:s|ed|ing)?\sfor|run(?:s|ning)?|ran"
)
# verbs that reach the product through a preposition of their own ("trains on", "switch to",
# "serves from", "relies on", "standardised on", "bets on"), the preposition in the gap
_PREPOSED = (
    r"(?:train|serv|host|scal|infer|depend|bet)\w*(?=(?:\s[\w'’-]+){0,6}?\s(?:on|onto|from)\s)"
    r"|(?:switch|mov|migrat|turn|shift)\w*(?=(?:\s[\w'’-]+){0,6}?\s(?:to|onto)\s)"
    r"|(?:rel(?:y|ies|ied|ying)|standardi[sz]\w*)(?=\son\s)"
)
# a test of the product: at most considering ("is evaluating MI355X", "pilots RNGD cards")
_TRIAL = r"test(?:s|ed|ing)?|evaluat(?:e|es|ed|ing)|trial(?:s|ed|ing|led|ling)?|pilot(?:s|ed|ing)?"
# weighing the product itself ("is weighing TPUs", "considering Ironwood")
_WEIGH = r"weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|eye(?:s|d|ing)?"

# a cloud offering the product to its customers ("offers MI355X instances"); only with a
# word of service in the clause (a maker offering servers sells them: no adoption)
_OFFER = r"offer(?:s|ed|ing)?|mak(?:e|es|ing)\s(?:[\w-]+\s)?available"

_VERB = re.compile(
    rf"\b(?:(?P<direct>{_DIRECT})|(?P<prep>{_PREPOSED})|(?P<trial>{_TRIAL})|(?P<weigh>{_WEIGH})"
    rf"|(?P<offer>{_OFFER}))\b"
)
_RENTAL = re.compile(r"rent|leas")
# training on a product is an adoption only through a named provider (the tuned rules'
# reading, pinned by the extraction tests): at a site it is trains_on
_TRAINING = re.compile(r"train")
_PREPOSITION = re.compile(r"\b(?:on|onto|from|to)\s")
# what may stand between a subject and its verb: auxiliaries, adverbs, modal and plan words
# ("is also", "has quietly begun to", "plans to", "said it will", "is in talks to")
_AUX_GAP = re.compile(
    r"(?:\s(?!(?:which|that|who|whose|whom|after|when|because|but|while|if|than|as|for|from"
    r"|of|at|with|by|and|or|whether)\b)[a-z][\w'’-]*){0,7}\s"
)
# ", which", ", who" right after the company: the relative clause it heads
_RELATIVE_OPENING = re.compile(r"^,\s(?:which|who)(?=\s)")
# a preposition with the names it governs: "with Alphabet Inc.'s Google", "with Microsoft"
_NAMED_PHRASE = re.compile(r"\s(?:with|to|from)\s(?:[A-Z][\w.&-]*(?:['’]s)?\s?){1,4}(?=\s|$)")
# a company that is a preposition's object or a possessor ("in talks with Alphabet Inc.'s
# Google to install"): no subject
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:with|to|from|for|of|by|between|among)\s(?:[A-Z][\w.&-]*\s){0,3}|['’]s\s)$"
)
# what may stand between a verb and its object: a few words, none a clause's start
_OBJECT_GAP = re.compile(r"[^,;:()\"“”]{0,60}")
_OBJECT_STOP = re.compile(r"\b(?:which|that|who|but|while|after|because|than|unlike|instead)\b")
# the product's user named after it: "GB300 systems that Microsoft will use" (the user's
# adoption, not the builder's)
_USED_BY_ANOTHER = re.compile(r"(?:\s[\w-]+){0,3}?\s(?:that|which)\s(?=[A-Z])")
# renting or leasing out: the subject is the lessor when the object goes "to" someone
_TO_SOMEONE = re.compile(r"\bout\b|\bto\s(?:[\w-]+\s)?[A-Z]")
# a word of a cloud's service: what a cloud offers, not what a maker sells
_SERVICE = re.compile(
    r"\b(?:instances?|VMs?|virtual\smachines?|(?:its|our|their)\scloud|regions?|as-a-service)\b",
    re.IGNORECASE,
)
# the text's own voice: "we", "our" (who "we" is, the document knows)
_OWN_VOICE = ("we", "our", "us")
# a verb's form used as a noun: "its primary training partner", "the use"
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|our|his|her|primary|main)\s$")
# a chip at work, right after its name and an apposition: "runs", "is serving", "is live in"
_AT_WORK = re.compile(
    r"(?:,[^,.;]{1,60},)?\s(?:now\s|already\s|also\s)?(?P<verb>(?:runs|serves|handles|powers"
    r"|(?:is|are)\s(?:now\s|already\s|also\s)?(?:serving|running|handling|powering|live"
    r"|in\sproduction|in\sservice)))\b"
)
# the chip's maker as its user: "in-house", "our own", "first-party", "our data centers"
_OWN_WORDS = re.compile(r"\b(?:in-house|own|first-party|our|its)\b", re.IGNORECASE)
# a noun of use: "Acme's use of", "Acme's adoption of", "Acme's deployment of"
_NOUN_OF_USE = re.compile(r"['’]s\s(?:[\w-]+\s)?(?:use|adoption|deployment|rollout)\sof\s")
# the text's own voice: "we", "our" (who "we" is the document knows)
_OWN_VOICE = ("we", "our", "us")


def _subject(s: Sentence, clause: Span, verb: int) -> Mention | None:
    """The company whose verb it is: the last one before the verb in the clause that is
    neither a product's brand nor a preposition's object, with only auxiliaries, adverbs,
    a relative pronoun after it or a preposition's names between ("Acme, which is in talks
    with Beta's cloud to rent …")."""
    before = [m for m in s.of_kind(COMPANY, Span(clause.start, verb)) if m.end <= verb]
    for m in reversed(before):
        if (
            _after_prep(s, m)
            or brand_of_product(s, m)
            or s.text.startswith(("'s", "’s"), m.end)
            or _OBJECT_BEFORE.search(s.text, max(0, m.start - 60), m.start)
        ):
            continue  # "with Alphabet Inc.'s Google": named inside a phrase, no subject
        if m.anaphoric and m.text.lower() not in _OWN_VOICE:
            return None  # "the company", "it": which one it is, is the tuned rules' to find
        gap = _RELATIVE_OPENING.sub(" ", _NAMED_PHRASE.sub(" ", s.text[m.end : verb]), count=1)
        gap = " ".join(gap.split()).lower()
        return m if m.end == verb or _AUX_GAP.fullmatch(f" {gap} " if gap else " ") else None
    return None


def _object(
    s: Sentence, clause: Span, end: int, counted: frozenset[str], prep: bool, rented: bool = False
) -> Mention | None:
    """The product a verb ending at ``end`` takes: the first product after it in the clause
    across a short gap with no other clause in it (through a preposition for ``prep``)."""
    for m in s.of_kind(PRODUCT_KINDS, Span(end, clause.end)):
        gap = s.lowered[end : m.start]
        if not _OBJECT_GAP.fullmatch(gap) or _OBJECT_STOP.search(gap):
            return None
        if prep and not _PREPOSITION.search(gap):
            continue  # "trains Claude models on Trainium2": past the verb's own object
        if left_behind(s, m.start):
            continue  # "switched from H100s to GB200s": the one it moves to
        if _USED_BY_ANOTHER.match(s.text, m.end) or not usable(
            s, m, counted=frozenset() if rented else counted, rented=rented
        ):
            return None
        return m
    return None


def read_uses(s: Sentence) -> Iterator[Use]:
    """Every use clause of an English sentence, by its roles."""
    counted = counted_ids(s)
    for v in _VERB.finditer(s.trigger_text):
        if _NOUN_BEFORE.search(s.lowered, max(0, v.start() - 10), v.start()):
            continue
        clause = s.clause_of(v.start())
        adopter = _subject(s, clause, v.start())
        if adopter is None or bought_to_add(s, clause, v.start()) or habit_given_up(s, v.start()):
            continue  # "plans to add GB300 racks from Supermicro": bought (a supply deal)
        rental = _RENTAL.match(v.group()) is not None
        if rental and _TO_SOMEONE.search(s.text, v.end(), clause.end):
            continue  # "leases GB300 capacity to OpenAI": the lessor, not the user
        offer = v.group("offer") is not None
        if offer and not _SERVICE.search(s.text, clause.start, clause.end):
            continue  # "Dell offers GB300 servers to enterprises": a sale
        if _TRAINING.match(v.group()) and "via" not in _mode(s, clause):
            continue  # training on chips with no provider named: trains_on's, if a site
        prep = v.group("prep") is not None
        product = _object(s, clause, v.end(), counted, prep, rental)
        if product is None:
            continue
        trial = v.group("trial") is not None
        for item in (product, *coordinated_chips(s, product, adopter, RuleState())):
            yield Use(adopter, item, v.start(), clause, trial, rental, offer)
    yield from _own_chips_at_work(s)
    for n in _NOUN_OF_USE.finditer(s.lowered):
        owners = [m for m in s.of_kind(COMPANY) if m.end == n.start()]
        clause = s.clause_of(n.start())
        product = _object(s, clause, n.end(), counted, False)
        if owners and product is not None:
            yield Use(owners[0], product, n.start(), clause)


def _own_chips_at_work(s: Sentence) -> Iterator[Use]:
    """A maker's own chip as the subject of work ("Maia 100, our first in-house accelerator,
    is serving Copilot traffic", "MTIA already serves ranking models in our data centers"):
    its maker's use (GUIDE: a company running its own chip in its own services), when the
    clause says the chip is its own and names no other company."""
    for m in s.of_kind(("chip", "system")):
        work = _AT_WORK.match(s.text, m.end)
        maker = s.vocabulary.entity(m.entity.maker) if m.entity.maker else None
        if work is None or maker is None or m.anaphoric:
            continue
        clause = s.clause_of(work.start("verb"))
        others = [
            c
            for c in s.of_kind(COMPANY, clause)
            if not _same_family(s, maker.id, c.id) and not _same_family(s, c.id, maker.id)
        ]
        if others or not _OWN_WORDS.search(s.text, clause.start, clause.end):
            continue
        owner = Mention(m.start, m.start, maker, "", anaphoric=True)
        yield Use(owner, m, work.start("verb"), clause)


use_clause_rule_en = fallback_rule(read_uses, "en")
"""An adoption read from an English use clause where no tuned rule read one."""
