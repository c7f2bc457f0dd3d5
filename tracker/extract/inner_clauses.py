"""Statements inside a sentence whose times and modal verbs are their own: relative clauses
(", which …,"), parentheses, a present figure in apposition (", now 75,000 wafers a
month,"), a Korean relative clause with its own time ("현재 월 7만 장 수준인"), and the
asides that hold no trigger of the sentence's statement (", according to people familiar
with the matter").
"""

from __future__ import annotations

import re

from tracker.extract.text import Span

_ASIDE = re.compile(
    r",\s(?:according to|citing|people familiar|sources said|the company said|analysts said)[^,;]*"
    r"|,\s(?:a|an|the)\s(?:deal|move|step|arrangement|agreement|decision|pact|plan|shift)\s"
    r"(?:that|which)\b[^;]*$"
    # a source closing the sentence: ", a supplier told us", ", two people at the company said"
    r"|,\s(?:a|an|one|two|three|several)\s[\w\s-]{0,40}?\s(?:told|tells|said|says)\b[^,;]{0,20}$"
)
# a figure's own state inside a longer clause: "현재 월 7만 장 수준인", "지난해 말 기준 월 9만 장
# 수준이던" (a relative clause before the noun it describes: now, or at its own time)
_KO_CURRENT = re.compile(
    r"(?:현재|지난해|작년|전년|당시|(?:19|20)\d\d\s?년)\s[^,.]{0,40}?"
    r"(?:수준|장|개|달러|원|\d)(?:인|이던|였던|이었던)\s"
)
# (the years written out as two branches: a branch of plain first characters is scanned in C)
_KO_CURRENT_HINT = re.compile(r"현재|지난해|작년|전년|당시|19\d\d\s?년|20\d\d\s?년")
# an appositive noun with its own relative clause (", a fleet that began in October 2024")
# is a statement of its own, like ", which …"
_RELATIVE = re.compile(
    r",\s(?:which|who|whose|where)(?:\s|(?=,))|\s\(|,\s(?:a|an|the)\s[a-z]+(?:\s[a-z]+)?\s(?:that|which)\s"
    # ", the second of which closed in November", ", most of which": its own statement
    r"|,\s(?:the\s)?(?:[a-z]+\s){1,2}of\s(?:which|whom)\s"
    # ", in which Microsoft has invested $13 billion,": a relative after its preposition
    r"|,\s(?:in|into|to|from|for|with|by|on|at)\s(?:which|whom)\s"
    # ", now 75,000 wafers a month, is seen rising to …": the present figure in apposition
    # ", already a supplier of HBM3E to Nvidia, said it was in talks …": a standing role in
    # apposition is a statement of its own, not under the clause's talks or plans
    r"|,\s(?:already|long|still)\s(?:a|an|the|one\sof\sthe)\s(?=[a-z])"
    r"|,\s(?:now|currently)\s(?:at\s)?(?:about\s|around\s|roughly\s|some\s|nearly\s)?(?=\$?\d)"
    # "an order for Rubin systems that it expects to start installing in 2027": what its
    # buyer means to do with the thing is a statement of its own
    r"|(?:(?<=systems)|(?<=racks)|(?<=GPUs)|(?<=chips)|(?<=accelerators)|(?<=servers))"
    r"\s(?=that\s(?:we|it|they)\s(?:plans?\sto|expects?\sto|intends?\sto|aims?\sto|will)\s)"
)


_CLOSING_COMMA = re.compile(r",(?!\d{3})")
# a telling set off by commas inside the relative clause ("…, which, the company said, now
# holds 230,000 GPUs", "and which, xAI says, runs …"): it does not close the clause
_TOLD_ASIDE = re.compile(
    r",\s(?:the\s[a-z]+|it|he|she|they|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)"
    r"\s(?:said|says|added|noted|confirmed|told\s[a-z]+)(?=,)"
)
_MAIN_VERB_RESUMES = re.compile(
    r",\s(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|[a-z]+s)\b"
)


def inner_spans(text: str) -> list[Span]:
    """Relative clauses (", which …," up to the next comma or the end) and parentheses:
    statements inside a sentence whose times and modal verbs are their own."""
    spans: list[Span] = []
    for m in _RELATIVE.finditer(text):
        if spans and m.start() < spans[-1].end:
            continue
        if m.group().endswith("("):
            close = text.find(")", m.end())
            if close > 0:
                spans.append(Span(m.end() - 1, close + 1))
            continue
        # the comma that closes it, not one inside a number ("about 350,000 H100s")
        comma = _CLOSING_COMMA.search(text, m.end())
        while comma is not None and (told := _TOLD_ASIDE.match(text, comma.start())):
            comma = _CLOSING_COMMA.search(text, told.end() + 1)
        ends = [i for i in (comma.start() if comma else -1, text.find(";", m.end())) if i > 0]
        if m.group().strip(", ").startswith("where"):
            # "…, where the campus, built by Oracle and home to 400,000 GB200s, has been
            # training …": a where-clause has its own subject and verb; it ends where the
            # main verb resumes (", runs 500,000 chips") or at the end of the sentence
            resume = _MAIN_VERB_RESUMES.search(text, m.end())
            ends = [i for i in (text.find(";", m.end()), resume.start() if resume else -1) if i > 0]
        spans.append(Span(m.start() + 1, min(ends) if ends else len(text)))
    return spans


def _masked(text: str, clause: Span, inner: list[Span]) -> str:
    """The clause's text with the inner statements blanked (same length, same offsets)."""
    for span in inner:
        lo, hi = max(span.start, clause.start), min(span.end, clause.end)
        if lo < hi and not (span.start <= clause.start and clause.end <= span.end):
            text = text[: lo - clause.start] + " " * (hi - lo) + text[hi - clause.start :]
    return text
