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
from tracker.extract.text import Span

_SERVES = re.compile(
    r"\b(?:serv(?:e|es|ed|ing)|handl(?:e|es|ed|ing)|answer(?:s|ed|ing)?|process(?:es|ed|ing)?"
    r"|power(?:s|ed|ing)?|host(?:s|ed|ing)?)\s(?:[\w'’().-]+\s){0,6}?"
    r"(?:traffic|quer(?:y|ies)|requests|inference|workloads?|models?|assistants?|chatbots?"
    r"|services?|tokens|jobs|recommendations|ranking|endpoints|apis?)\b(?:\s[\w'’-]+){0,4}?"
    r"\s(?:on|with|using|from)\s"
)


def served_work(s: Sentence, span: Span) -> int | None:
    """Where a clause tells its company serving named work on a product, if it does
    (English): the start of the verb."""
    if s.language != "en":
        return None
    m = _SERVES.search(s.lowered, span.start, span.end)
    if m is None or not s.of_kind(("chip", "system"), Span(m.end(), span.end)):
        return None
    return m.start()


def provided_or_served(s: Sentence, span: Span) -> int | None:
    """Where a clause tells a provider putting the product at its users' disposal
    (:func:`provided_to_users`), else a company serving its own work on it."""
    given = provided_to_users(s, span)
    return given if given is not None else served_work(s, span)
