"""Who "we" is inside a quotation in a press story: the company its attribution names.

'"We've invested $8 billion in Anthropic," Amazon said', '"We run 500,000 Trainium2 chips
in Rainier," said Matt Garman, AWS's chief executive', 'Amazon CEO Andy Jassy said: "We
have put $8 billion into Anthropic."': the first person of the quote is the one company
named outside it in a sentence with a verb of saying. A story with no such attribution, or
one naming several companies outside the quote, leaves "we" to the document's issuer.
"""

from __future__ import annotations

import re

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

_OPEN = '"“'
_CLOSE = '"”'
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|explained)\b", re.I)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside double quotation marks (straight or curly), in order."""
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        start = next((i for i in range(at, len(text)) if text[i] in _OPEN), -1)
        if start < 0:
            return spans
        end = next((i for i in range(start + 1, len(text)) if text[i] in _CLOSE), -1)
        if end < 0:
            return spans
        spans.append((start + 1, end))
        at = end + 1


def quoted_speaker(
    text: str, mentions: list[Mention]
) -> tuple[Entity, list[tuple[int, int]]] | None:
    """The company a quotation in ``text`` is attributed to, with the quoted spans."""
    if '"' not in text and "“" not in text:
        return None
    spans = quote_spans(text)
    if not spans:
        return None
    outside = [
        m
        for m in mentions
        if m.kind == "company" and not m.anaphoric and not any(a <= m.start < b for a, b in spans)
    ]
    if len({m.id for m in outside}) != 1:
        return None
    rest = "".join(
        text[a:b]
        for a, b in zip(
            [0, *(e for _, e in spans)], [*(s for s, _ in spans), len(text)], strict=True
        )
    )
    if not _SAYING.search(rest):
        return None
    return outside[0].entity, spans


# an officer named by office alone outside the quote: "chief executive Arkady Volozh said",
# "said its finance chief", "a spokeswoman said", "the company's CFO told analysts"
_OFFICE_SAID = re.compile(
    r"\b(?:chief\s(?:executive|financial|operating|technology|product)(?:\sofficer)?|CEO|CFO|COO"
    r"|CTO|president|chairman|chairwoman|founder|co-founder|spokes(?:person|man|woman)"
    r"|(?:finance|technology|operating|infrastructure|chip|cloud)\schief|executive)\b"
    r"[^\"“”.;]{0,40}?\b(?:said|says|told|added|explained)\b"
    r"|\b(?:said|says|told|added)\s(?:its|the\scompany['’]s|the\sfirm['’]s)?\s?(?:chief|CEO|CFO"
    r"|president|founder|spokes(?:person|man|woman))\b",
    re.I,
)


def officer_quote(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The quoted spans of a sentence attributed to an officer named by office alone, with
    no company named outside the quote and a figure inside it ('"We now run 60,000 GPUs,"
    chief executive Arkady Volozh said'): the caller gives its "we" to the company the story
    is on."""
    if '"' not in text and "“" not in text:
        return []
    spans = quote_spans(text)
    # a quote with a figure: what the officer counts or plans ("We're early in testing
    # some of Google's TPUs" restates a use the story told already)
    if not any(any(ch.isdigit() for ch in text[a:b]) for a, b in spans):
        return []
    if any(m.kind == "company" and not any(a <= m.start < b for a, b in spans) for m in mentions):
        return []
    rest = "".join(
        text[a:b]
        for a, b in zip(
            [0, *(e for _, e in spans)], [*(s for s, _ in spans), len(text)], strict=True
        )
    )
    return spans if _OFFICE_SAID.search(rest) else []
