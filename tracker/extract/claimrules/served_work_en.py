"""English: a company serving its own work on a product ("has begun serving traffic for its
assistant on REBEL-Quad servers", "answers part of its traffic on RNGD cards", "handles
Copilot queries on Maia 200", "processes its ranking workloads on MTIA"): the company uses
the product, an ``adopts`` (the mode from where it runs, as for any verb of use).

The adoption rule's verbs of use are read as words ("runs ", "serving on"); a verb of
serving with its work between it and the product ("serving traffic … on") was none, so
nothing was found. The work must be named (traffic, queries, inference, workloads, models,
an assistant or a service) and the product come after "on", "with" or "using": "serves
customers in Europe" or "handles the sale of B200s" says no use.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.provided_en import provided_to_users
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_SERVES = re.compile(
    r"\b(?:serv(?:e|es|ed|ing)|handl(?:e|es|ed|ing)|answer(?:s|ed|ing)?|process(?:es|ed|ing)?"
    r"|power(?:s|ed|ing)?|host(?:s|ed|ing)?)\s(?:[\w'’().-]+\s){0,6}?"
    r"(?:traffic|quer(?:y|ies)|requests|inference|workloads?|models?|assistants?|chatbots?"
    r"|services?|tokens|jobs|recommendations|ranking|endpoints|apis?)\b(?:\s[\w'’-]+){0,4}?"
    r"\s(?:on|with|using|from)\s"
)


# a model of the vocabulary trained or served on a product: "is training Claude on Ironwood",
# "trains its newest Claude models on Trainium2", "training and serving Claude on the GB300
# systems" (GUIDE: the model's owner uses the chip; a cluster after "on" is trains_on)
_TRAINS_MODEL = re.compile(
    r"\b(?:train(?:s|ed|ing)?|serv(?:e|es|ed|ing))\s(?:and\s(?:train|serv)\w*\s)?"
    r"(?:[\w'’.-]+\s){1,5}?(?:(?:entirely|mostly|largely|partly|also|now|already)\s)?on\s"
)


def _trained_model(s: Sentence, span: Span) -> int | None:
    m = _TRAINS_MODEL.search(s.lowered, span.start, span.end)
    if m is None or not s.of_kind(("model",), Span(m.start(), m.end())):
        return None
    if s.of_kind(("cluster", "facility")):
        return None  # "trains Claude on Trainium2 at Project Rainier": the site's (trains_on)
    return m.start() if s.of_kind(("chip", "system"), Span(m.end(), span.end)) else None


def served_work(s: Sentence, span: Span) -> int | None:
    """Where a clause tells its company serving named work on a product, if it does
    (English): the start of the verb."""
    if s.language != "en":
        return None
    m = _SERVES.search(s.lowered, span.start, span.end)
    if m is None or not s.of_kind(("chip", "system"), Span(m.end(), span.end)):
        return _trained_model(s, span)
    return m.start()


def provided_or_served(s: Sentence, span: Span) -> int | None:
    """Where a clause tells a provider putting the product at its users' disposal
    (:func:`provided_to_users`), else a company serving its own work on it."""
    given = provided_to_users(s, span)
    return given if given is not None else served_work(s, span)


# a pronoun for the subject: "They're training Claude on Ironwood today"
_PRONOUN = re.compile(r"\b(?:they|we|it)(?:['’](?:re|s))?\s(?:[a-z]+\s){0,2}$")


def model_owner(s: Sentence, clause: Span, trig: int) -> Mention | None:
    """The owner of the model trained or served on a product, standing for a pronoun subject
    (GUIDE: the company that owns the model uses what it trains on)."""
    if s.language != "en" or _PRONOUN.search(s.lowered, clause.start, trig) is None:
        return None
    if _TRAINS_MODEL.match(s.lowered, trig) is None:
        return None
    models = s.of_kind(("model",), Span(trig, clause.end))
    owner = models[0].entity.owner if models else None
    entity = s.vocabulary.entities.get(owner) if owner else None
    if entity is None:
        return None
    return Mention(models[0].start, models[0].end, entity, models[0].text, anaphoric=True)


def issuer_cloud_mode(
    s: Sentence, trig: int, subject: str, qualifiers: dict[str, str]
) -> dict[str, str]:
    """A model trained or served on chips told in a GPU cloud's own release with no mode
    said ("Anthropic is already training Claude on the GB300 systems", in the cloud's
    announcement of its hall): the chips are the issuer's, rented to the model's owner."""
    issuer = s.focus.issuer
    if (
        qualifiers
        or s.tier != "company"
        or issuer is None
        or issuer.id == subject
        or issuer.id not in s.vocabulary.cue_list("cloud_roles", "gpu_cloud")
        or _TRAINS_MODEL.match(s.lowered, trig) is None
    ):
        return qualifiers
    return {"mode": "cloud", "via": issuer.id}
