"""English: a company's own site told as the subject of a verb of use ("Its Fairwater sites
run on GB200 and GB300 systems", "Meta's Prometheus cluster is built on GB200 racks", "The
cluster is built on Nvidia GB200 racks" after Prometheus was named, "Colossus 2 will be
built out with GB300"): the site's owner adopts the product, on its own premises.

The adoption rule looks for a company before the verb; a site standing there left it the
product's brand after the verb ("Nvidia GB200 racks") or nothing. The owner is the company
that possesses the site ("Meta's", "its" for the company in focus) or the owner of a named
cluster of the vocabulary. A site with no owner said ("The flagship campus is running
GB200 racks"), or a clause naming another company that runs it ("… on Oracle Cloud
Infrastructure"), gives none: whose chips they are is not told.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_SITE_WORDS = (
    r"(?:clusters?|sites?|campus(?:es)?|halls?|data\s?cent(?:er|re)s?|facility|facilities"
    r"|supercomputers?|buildings?|superclusters?)"
)
# the site opening the clause, up to the verb: "Its Fairwater sites ", "Meta's Prometheus
# cluster ", "The cluster ", "Colossus 2 " (a named cluster is matched by its mention)
_SITE_SUBJECT = re.compile(
    r"\W*(?:(?:and|but|while)\s)?"
    r"(?P<owner>its|their|our|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?['’]s)?"
    r"\s?(?:[\w-]+\s){0,3}?" + _SITE_WORDS + r"\s(?:(?:is|are|was|were|will|would|has|have"
    r"|had|been|be|being|to|now|already|still|also|currently|largely|mostly)\s){0,4}$",
    re.I,
)
# what may stand before a named site opening its clause: "The", "Its", "xAI's"
_BEFORE_NAME = re.compile(
    r"(?:(?:and|but|while)\s)?(?:the|its|their|our|[a-z][\w&.-]*['’]s)?(?:\s(?:new|first|second))?"
)
_SITES = ("cluster", "facility")


def site_adopter(s: Sentence, clause: Span, trig: int) -> Mention | None:
    """The owner of the site that is the subject of the verb of use at ``trig``, as a
    mention (none when the clause opens with no owned site)."""
    if s.language != "en":
        return None
    head = s.text[clause.start : trig]
    named = s.of_kind(_SITES, Span(clause.start, trig))
    owner: Entity | None = None
    if named and _opens(s, clause, named[0]):
        owner = _entity(s, named[0].entity.owner)
    if owner is None:
        subject = _SITE_SUBJECT.match(head)
        if subject is None:
            return None
        if subject.group("owner") is not None:
            owner = _possessor(s, clause, subject.group("owner"))
        else:
            # "Meta broke ground on Hyperion. The new cluster is built on …": the cluster
            # named in the sentence before
            owner = _entity(s, _cluster_owner(s))
    if owner is None or _run_by_another(s, clause, owner.id):
        return None
    return Mention(clause.start, clause.start, owner, "", True)


def _opens(s: Sentence, clause: Span, site: Mention) -> bool:
    """Whether the named site opens the clause ("Colossus 2 will …", "The cluster is …")."""
    before = s.text[clause.start : site.start].strip(" ,").lower()
    return _BEFORE_NAME.fullmatch(before) is not None


def _entity(s: Sentence, entity_id: str | None) -> Entity | None:
    return s.vocabulary.entity(entity_id) if entity_id else None


def _cluster_owner(s: Sentence) -> str | None:
    held = s.focus.get("cluster", s.index, 1)
    return held.owner if held is not None else None


def _possessor(s: Sentence, clause: Span, word: str) -> Entity | None:
    """The company a possessive names: a company's name, else (its, their, our) the
    company in focus."""
    named = s.of_kind(("company",), Span(clause.start, clause.start + len(word) + 4))
    if named:
        return named[0].entity
    if word.lower() == "our":
        return s.focus.issuer
    return s.focus.issuer or s.focus.get("company", s.index, 1)


def _run_by_another(s: Sentence, clause: Span, owner: str) -> bool:
    """Whether the clause names a company other than the owner and the products' makers
    ("… is running GB200 racks on Oracle Cloud Infrastructure")."""
    makers = {p.entity.maker for p in s.of_kind(("chip", "system"), clause)}
    return any(
        c.id != owner and c.id not in makers and not c.anaphoric
        for c in s.of_kind(("company",), clause)
    )


def on_own_site(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the adoptions read off a site's owner set on its own premises (the
    clause of each is read again: only a few sentences have an adoption at all)."""
    if s.language != "en" or not found:
        return found
    return [replace(c, qualifiers={"mode": "on-prem"}) if _sited(s, c) else c for c in found]


def _sited(s: Sentence, c: Candidate) -> bool:
    """Whether an adoption with no mode was read off the owner of its clause's site."""
    if c.qualifiers:
        return False
    clause = s.clause_of(c.anchor)
    trig = s.trigger_pos("adopts", clause)
    site = site_adopter(s, clause, trig) if trig is not None else None
    return site is not None and site.id == c.subject
