"""English adoptions told with the product as the subject: "Trainium2 has been adopted by
Anthropic", "MI450 chips will be deployed by OpenAI in the second half of 2026", "TPUs from
Google will be used by Meta" (the passive: the adopter after "by"), and "Google's TPUs will
power Meta's next Llama models", "Trainium2 chips power Anthropic's Claude" (the adopter as
the owner of what the product powers). The adopts rule looks for the adopter before the
verb, so these gave nothing. A product powering its own maker's service ("Trainium2 powers
AWS's Bedrock") is no adoption."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _same_family
from tracker.extract.claimrules.use_modes import _mode
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system")
# after the product: its head noun and source ("chips", "from Google"), then the verb
_HEAD = (
    r"(?:\s(?:chips?|gpus?|accelerators?|processors?|units|systems|racks))?"
    # "TPUs rented from Google Cloud now serve …": the provider named after "from"
    r"(?:\s(?:rented\s|leased\s)?from\s\S+(?:\s(?:Cloud|Azure|Web\sServices))?)?"
)
_PASSIVE = re.compile(
    _HEAD + r"\s(?:(?:has|have|had|will|would|is|are|was|were|could|may|might|is\sset\sto"
    r"|are\sset\sto|is\sexpected\sto|are\sexpected\sto)\s)?(?:be\s|been\s|being\s)?(?:also\s)?"
    r"(?:adopted|used|deployed|chosen|picked|selected|tapped|rented|leased|installed)\s"
    r"(?:[^,.;]{0,30}?\s)?by\s$",
    re.IGNORECASE,
)
_POWERS = re.compile(
    _HEAD + r"\s(?:(?:will|would|could|now|already|also|to|is\sset\sto|are\sset\sto)\s)?"
    r"(?:power|powers|powered|powering|drive|drives|fuel|fuels|serve|serves|run|runs|handle"
    r"|handles)\s(?:(?:some|most|much|part|all|many|half)\sof\s)?(?:the\s)?$",
    re.IGNORECASE,
)


# "Maia 200, its second in-house accelerator, which is already running in a Microsoft data
# center", "Ironwood is now generally available in every major Google Cloud region": the
# product in the data centers (regions, cloud) of the company named there, which runs it on
# its own premises (GUIDE: a cloud running a chip in its own data centers adopts it, on-prem)
_RUNS_IN = re.compile(
    _HEAD + r"(?:,\s[^;.]{0,90}?,(?:\swhich)?)?\s(?:(?:is|are|was|were|has\sbeen|have\sbeen)\s)?"
    r"(?:(?:now|already|still|also)\s)*(?:running|live|in\sproduction|in\sservice|installed"
    r"|(?:generally\s)?available)\s(?:now\s)?(?:in|across|inside)\s(?:a\s|an\s|every\s|each"
    r"\s|all\s|the\s)?(?:(?:major|new|large|main)\s)?$",
    re.IGNORECASE,
)
_SITE_AFTER = re.compile(
    r"(?:['’]s)?\s(?:[\w’'-]+\s){0,3}?(?:data\s?cent(?:er|re)s?|datacenters?|regions?"
    r"|facilit(?:y|ies)|campus(?:es)?)\b",
    re.IGNORECASE,
)


def product_subject_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Adoptions whose adopter is named after the product that is the clause's subject."""
    if s.language != "en" or not any(
        w in s.lowered
        for w in (
            " by ",
            "power",
            "drive",
            "fuel",
            "serve",
            "run",
            "handle",
            "live",
            "availab",
            "in service",
            "in production",
            "install",
        )
    ):
        return []
    out: list[Candidate] = []
    companies = s.of_kind(("company",))
    for product in s.of_kind(_PRODUCTS):
        if product.start in state.taken_products:
            continue
        host = _host(s, product, companies)
        adopter = host or _adopter(s, product, companies)
        if adopter is None or (host is None and _same_family(s, product.entity.maker, adopter.id)):
            continue
        own = s.time_for(product.start, [q.start for q in s.quantities])
        valid = own.valid if own is not None else point_at(s.published)
        modality = s.modality(adopter.start, valid)
        if modality is None:
            continue
        state.taken_products.add(product.start)
        # "… rented from Google Cloud now serve …", "… power Anthropic's models through AWS"
        mode = _mode(s, Span(product.start, s.clause_of(adopter.start).end))
        if mode.get("via") == adopter.id:
            mode = {}
        if host is not None:
            mode = {"mode": "on-prem"}  # its own data centers
        out.append(
            Candidate(adopter.id, "adopts", modality, valid, product.start, mode, product.id)
        )
    return out


def _adopter(s: Sentence, product: Mention, companies: list[Mention]) -> Mention | None:
    """The company after "by" (passive) or owning what the product powers."""
    for m in companies:
        if m.start <= product.end or m.start - product.end > 70:
            continue
        between = s.text[product.end : m.start]
        if _PASSIVE.fullmatch(between):
            return m
        if _POWERS.fullmatch(between) and s.text.startswith(("'s", "’s"), m.end):
            return m
    return None


def _host(s: Sentence, product: Mention, companies: list[Mention]) -> Mention | None:
    """The company in whose data centers, regions or cloud the product is said to run."""
    for m in companies:
        if m.start <= product.end or m.start - product.end > 140:
            continue
        if _RUNS_IN.fullmatch(s.text, product.end, m.start) and _SITE_AFTER.match(s.text, m.end):
            return m
    return None
