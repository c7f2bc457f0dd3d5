"""Companies coordinated as the subject of one English statement (session 11).

"Arista said xAI and Oracle are both wiring their new halls with Spectrum-X", "Alibaba
and Baidu each ordered Ascend 910C chips", "Amazon and Google will each put $4 billion into
it": every company of the list makes the statement, so a
claim a rule found for one of them is each one's (GUIDE: one claim per statement that fits
a predicate). So is the subject a verb phrase is elided for ("Anthropic trains on Rainier, and
so does Amazon", "…, as will Amazon's own research group").

A figure is each one's only when the text distributes it ("each", "apiece"): "Meta and
Oracle deployed 50,000 GPUs" may be the two together. Companies a distributive lists as one
party are never each other's partner in the statement: a claim between two of them is
dropped ("Anthropic and Google are negotiating a deal" is one between them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention

_COMPANY = ("company",)
# what may open a subject: the sentence or clause start, a reporting verb or a conjunction
# ("Arista said xAI and Oracle are …", "…, while xAI and Oracle …"), "Both" before it
_OPENS = re.compile(
    r"(?:^[\s•·▪*–—-]*|[,;:—–]\s?|\b(?:said|says|say|told\s\w+|reported|reports|that|while|but|whereas|"
    r"and|adding|noting)\s)(?:[Bb]oth\s)?$"
)
# what follows a list that is the subject: an auxiliary or a verb, after a distributive
# ("will both", "each get", "have both placed"); not a preposition, a possessive or a noun
# the companies qualify ("Meta and Oracle data centres", "Meta and Oracle's chips")
_VERB_AFTER = re.compile(
    r"\s(?:(?:will|would|have|has|had|are|were|is|was|can|could|may|might|should|must|do|did|"
    r"now|already|also|currently|still)\s)?(?:(?P<each>each|both|all|jointly|together)\s)?"
    r"(?!(?:of|in|on|at|for|to|from|with|by|as|and|or|the|a|an|its|their|data|chips?|gpus?|"
    r"cloud|executives?|shares?|stocks?|officials?|engineers?|teams?|customers?|deals?|"
    r"partnership|rivals?|peers?)\b)[a-z][a-z'-]+\b"
)
# a list that reports another statement is its speaker, not its subject
_REPORTING = re.compile(
    r"\s(?:\w+\s)?(?:said|say|says|announced|announce|told|confirmed|disclosed|reported|"
    r"unveiled|revealed|stated)\b"
)
# "each" or "apiece" right after a figure's noun phrase ("50,000 H100 GPUs each", "$19
# billion apiece", "50,000 of the chips each"), not the "each" of a modifier that describes
# the things counted ("50,000 H100 GPUs, each with 80 GB", "… GPUs each with 80 GB")
_EACH_AFTER_FIGURE = re.compile(
    r"[$€£]?\d[\d.,]*(?:\s(?!each\b|apiece\b)[\w'’.-]+){0,4}?\s(?:each|apiece)\b"
    r"(?!\s(?:with|of|having|carrying|holding|featuring|packing|boasting|containing"
    r"|offering|rated|equipped|fitted)\b)",
    re.I,
)
# a verb phrase elided for a further subject: "…, and so does Amazon", "…, as will
# Amazon's own research group", "and Oracle does too"
_ELIDED = re.compile(
    r",?\s(?:and\sso|as)\s(?:does|do|did|will|would|has|have|is|are|can|should)\s"
    r"(?:the\s)?$"
)


def shared_subjects(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each claim of a coordinated company subject made each member's, the
    claims between two members dropped, and an elided verb phrase's subject added."""
    if s.language != "en" or not found:
        return found
    companies = [m for m in s.of_kind(_COMPANY) if not m.anaphoric]
    if len(companies) < 2:
        return found
    out: list[Candidate] = []
    seen = {_key(c) for c in found}
    for c in found:
        group, each = _subject_list(s, c, companies)
        ids = {m.id for m in group}
        if c.object in ids and each:
            # "Alibaba and Baidu each ordered …": no deal between them ("Anthropic
            # and Google are negotiating a deal" is one between them)
            continue
        out.append(c)
        members = [m for m in group if m.id != c.subject]
        members += _elided_subjects(s, c, companies)
        if c.value is not None and not each:
            continue  # "Meta and Oracle deployed 50,000 GPUs": maybe the two together
        # "Cohere and Nvidia launched a cloud running Nvidia racks": the maker of
        # what is adopted or traded is no buyer or user of it
        makers = {_maker_id(s, c.object), _maker_id(s, c.qualifiers.get("product"))}
        for m in members:
            copy = replace(c, subject=m.id)
            if m.id not in (c.object, *makers) and _key(copy) not in seen:
                seen.add(_key(copy))
                out.append(copy)
    return out


def _maker_id(s: Sentence, entity_id: str | None) -> str | None:
    """The vocabulary id of the company that makes ``entity_id``, if known."""
    entity = s.vocabulary.entity(entity_id) if entity_id else None
    return entity.maker if entity is not None else None


def _key(c: Candidate) -> tuple[object, ...]:
    return (c.subject, c.predicate, tuple(sorted(c.qualifiers.items())), c.object, c.value)


def _subject_list(
    s: Sentence, c: Candidate, companies: list[Mention]
) -> tuple[list[Mention], bool]:
    """The coordinated companies the candidate's subject is listed with as the subject of
    its clause, and whether the text distributes the statement over them ("each")."""
    for head in companies:
        if head.id != c.subject:
            continue
        clause = s.clause_of(head.start)
        group = joined_companies(s, head, clause)
        if len(group) < 2 or len({m.id for m in group}) < 2:
            continue
        if _OPENS.search(s.text, 0, group[0].start) is None:
            continue
        verb = _VERB_AFTER.match(s.text, group[-1].end)
        if verb is None or _REPORTING.match(verb.group(0)):
            continue  # "Intel and Meta disclosed that Meta will …": the list speaks
        if any(m.id == c.subject and group[-1].end <= m.start < c.anchor for m in s.mentions):
            continue  # "… inked a term sheet under which Microsoft will invest": a later subject
        each = verb.group("each") in ("each", "both", "all") or bool(
            _EACH_AFTER_FIGURE.search(s.text, verb.end(), clause.end)
        )
        return group, each
    return [], False


def _elided_subjects(s: Sentence, c: Candidate, companies: list[Mention]) -> list[Mention]:
    """Companies a later clause gives the same verb phrase by ellipsis ("…, and so does
    Amazon's own group"), after a statement whose subject is the candidate's."""
    if c.value is not None:
        return []
    # the statement's subject opens its clause ("Anthropic will train …, as will Amazon"),
    # not one named inside it ("Marvell, which designs Amazon's chips, …, as does AMD")
    heads = [
        m
        for m in companies
        if m.id == c.subject
        and _OPENS.search(s.text, 0, m.start) is not None
        and _VERB_AFTER.match(s.text, m.end) is not None
    ]
    if not heads:
        return []
    out = []
    for m in companies:
        if m.start <= heads[0].end or m.id == c.subject:
            continue
        if _ELIDED.search(s.text, heads[0].end, m.start) is not None:
            out.append(m)
    return out
