"""The roles around an English trade word, for :mod:`trade_clauses_en`: the statements of a
clause, the subject before the word, the parties after it with their markers, the goods.

"Quanta, which assembles GB300 racks for Meta and Microsoft, …": the trade word is
"assembles", its subject the head of the relative clause (Quanta), after it the goods
(GB300) and a party marked "for" (Meta, with Microsoft listed beside it). A company named
right before a product or a word for goods is the goods' brand ("Nvidia GB300 racks",
"sells Nvidia capacity"), no party; a possessive before goods names their owner
("builds Google's TPUs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.trade_lexicon_en import BRAND_NOUN, POSSESSIVE, ROLE_BEFORE

GOODS = ("chip", "system", "memory", "process")
COMPANY = ("company",)

# where one statement of a clause ends and the next begins
_BOUNDARY = re.compile(
    r";\s|\s[—–]\s|\s--\s|,\s(?:and|but|while|whereas|although|though|after|because)\s"
    r"|\.\s(?=[A-Z])"
)
# where a word's phrase ends: a comma that opens no list of modifiers ("a multibillion-dollar,
# multi-year agreement", "its 36 GB, 12-high HBM4" go on), a relative pronoun, a report
_PHRASE_END = re.compile(
    r",\s(?![\d$]|[a-z]+-[a-z]|multi)|\s(?:that|which|who|whose|according\sto|said|says)\b"
)
# between goods and a passive verb that is their reduced relative: "HBM3E (mainly) supplied"
_REDUCED = re.compile(
    r"(?:\s(?!is\b|are\b|was\b|were\b|be\b|been\b|being\b|will\b|has\b|have\b)[\w-]+){0,2}?"
    r"\s(?:(?:mostly|mainly|largely|also|now)\s)?"
)
# a goods' place as the destination of the goods given: "ships HBM4 for Nvidia's Rubin",
# "shipping it to Nvidia for the Vera Rubin platform" (no goods said but the destination)
_DESTINATION = re.compile(r"\b(?:for|into|in|on)\s(?:(?:the|its|their|our|[\w-]+['’]s)\s)?$")


@dataclass(frozen=True)
class Trigger:
    """A trade word: its class (a key of the reader's classes) and where it stands."""

    kind: str
    start: int
    end: int


def parts(s: Sentence, clause: Span) -> list[Span]:
    """The statements of a clause: split at a semicolon, a dash, ", and", ", while" …, not
    inside a list of companies ("SK hynix, Samsung, and Micron ship HBM4")."""
    edges = [clause.start]
    for m in _BOUNDARY.finditer(s.text, clause.start, clause.end):
        if not _names_only(s, Span(edges[-1], m.start())):
            edges.append(m.start())
    edges.append(clause.end)
    return [Span(a, b) for a, b in pairwise(edges) if b > a]


def _names_only(s: Sentence, span: Span) -> bool:
    """Whether a stretch of text holds only company names and commas (a list's head)."""
    text = s.text[span.start : span.end]
    for m in reversed(s.of_kind(COMPANY, span)):
        text = text[: m.start - span.start] + text[m.end - span.start :]
    return bool(s.of_kind(COMPANY, span)) and re.fullmatch(r"[\s,]*", text) is not None


def phrase_end(s: Sentence, part: Span, t: Trigger) -> int:
    """Where the trade word's phrase ends in its statement."""
    found = _PHRASE_END.search(s.lowered, t.end, part.end)
    return found.start() if found is not None else part.end


def inner(s: Sentence, pos: int) -> Span | None:
    return s.inner_of(pos) if s.inner else None


def brand(s: Sentence, m: Mention) -> bool:
    """A company named right before its product or a word for goods: a brand, no party."""
    if BRAND_NOUN.match(s.lowered, m.end):
        return True
    return any(
        p.kind in GOODS and 0 < p.start - m.end <= 1 and s.text[m.end : p.start] == " "
        for p in s.mentions
    )


def companies(s: Sentence, part: Span, pos: int) -> list[Mention]:
    """The parties a word at ``pos`` may take: the statement's companies, not brands, not
    compared, none inside a relative clause or aside the word is not in."""
    own = inner(s, pos)
    return [
        m
        for m in s.of_kind(COMPANY, part)
        if not brand(s, m)
        and not s.is_compared(m)
        and inner(s, m.start) in (None, own)
        and not _apposition(s, m)
    ]


def _apposition(s: Sentence, m: Mention) -> bool:
    """A description set off after a company's name ("Nscale, the AI hyperscaler, …"): the
    name stands for it, whatever company the description would otherwise refer to."""
    return m.anaphoric and any(
        c.end < m.start and s.text[c.end : m.start] == ", " and not c.anaphoric
        for c in s.of_kind(COMPANY)
    )


def marked(s: Sentence, m: Mention) -> str | None:
    """The role marker right before a company ("to", "from", "with", …), if any."""
    found = ROLE_BEFORE.search(s.lowered, max(0, m.start - 24), m.start)
    return found.group("marker") if found is not None else None


def owns_goods(s: Sentence, m: Mention, end: int) -> bool:
    """Whether a company's possessive is on goods named right after it ("Nvidia's HBM4")."""
    return POSSESSIVE.match(s.text, m.end) is not None and any(
        p.kind in GOODS
        and p.start < end
        and _OWNED_GAP.fullmatch(s.lowered, m.end, p.start) is not None
        for p in s.mentions
    )


# between a possessive and its goods: modifiers only ("Nvidia's next-generation HBM4")
_OWNED_GAP = re.compile(r"['’]s?\s(?:(?!of\b|supply\b|order)[\w-]+\s){0,2}")


def subject(s: Sentence, clause: Span, part: Span, t: Trigger) -> Mention | None:
    """The party before the word: the head of the relative clause it is in ("Quanta, which
    assembles …"), else the nearest company before it in its statement that no preposition
    marks and whose possessive is not on goods ("Meta's order" is Meta's; "Nvidia's HBM4"
    is no subject), else the subject of the clause's first statement ("SK hynix ships HBM3E
    to Nvidia, and it will supply HBM4 …")."""
    own = inner(s, t.start)
    if own is not None and re.match(r"\W*(?:which|that|who)\b", s.lowered[own.start : own.end]):
        heads = [m for m in s.of_kind(COMPANY) if m.end <= own.start and own.start - m.end <= 3]
        return heads[-1] if heads and not s.is_compared(heads[-1]) else None
    that = [m.end() for m in _THAT.finditer(s.lowered, part.start, t.start)]
    start = that[-1] if that else part.start
    for m in reversed([m for m in companies(s, part, t.start) if start <= m.start < t.start]):
        if marked(s, m) is None and not owns_goods(s, m, t.start):
            return m
    if _PRONOUN.search(s.lowered, start, t.start):
        return _referent(s, start)
    if that:
        return None
    if part.start > clause.start and _opens_bare(s, part):
        first = Trigger(t.kind, part.start, part.start)
        return subject(s, clause, Span(clause.start, part.start), first)
    return None


# a pronoun as the subject right before the word: "said it would supply", "and it ships"
_PRONOUN = re.compile(r"(?:^|\b)(?:it|they)\s(?:[\w'’-]+\s){0,4}$")


def _referent(s: Sentence, end: int) -> Mention | None:
    """What a subject pronoun stands for: the sentence's subject before it, the first
    company no preposition marks that owns no goods ("SK hynix said it ships …", "SK hynix
    ships HBM3E to Nvidia, and it will …")."""
    for m in s.of_kind(COMPANY, Span(0, end)):
        if not m.anaphoric and marked(s, m) is None and not owns_goods(s, m, end):
            return None if brand(s, m) or inner(s, m.start) is not None else m
    return None


# a complement clause: its subject is its own ("a reminder that Amazon is …")
_THAT = re.compile(r"\bthat\s")
# a statement whose subject is left out or is a pronoun: ", and will supply", "; it ships"
_BARE_START = re.compile(
    r"\W*(?:and\s|but\s|while\s)?(?:(?:it|they|the\scompany|the\sfirm)\s)?(?:also\s|now\s"
    r"|then\s|still\s|already\s)?(?:has|have|had|is|are|was|were|will|would|said|says|plans"
    r"|expects|began|begun|started|[a-z]+s\b|[a-z]+ed\b)"
)


def _opens_bare(s: Sentence, part: Span) -> bool:
    return _BARE_START.match(s.lowered, part.start) is not None and not s.of_kind(
        COMPANY, Span(part.start, min(part.end, part.start + 14))
    )


def after(s: Sentence, part: Span, t: Trigger) -> list[tuple[str, Mention]]:
    """The parties in the word's phrase after it, with their markers: "to", "for", "from",
    "with", "by", "at", "on", "object" (right after the word), "owner" (a possessive on
    goods)."""
    out: list[tuple[str, Mention]] = []
    end = phrase_end(s, part, t)
    for m in companies(s, part, t.start):
        if m.start < t.end or m.start >= end:
            continue
        marker = marked(s, m)
        found = ROLE_BEFORE.search(s.lowered, max(0, m.start - 24), m.start)
        if found is not None and found.start() < t.end:
            marker = None  # the marker is the word itself ("supplier to" is the noun's)
        if owns_goods(s, m, part.end) and marker not in ("to", "for", "from"):
            out.append(("owner", m))
        elif marker is not None:
            out.append((marker, m))
        elif re.fullmatch(r"\s(?:the\s)?", s.lowered[t.end : m.start]):
            out.append(("object", m))
    return out


def before(s: Sentence, part: Span, t: Trigger) -> list[tuple[str, Mention]]:
    """The parties marked before the word in its statement ("in talks with Nvidia to
    supply", "a deal with Google to rent"), with their markers."""
    out: list[tuple[str, Mention]] = []
    for m in companies(s, part, t.start):
        if m.end <= t.start and (marker := marked(s, m)) is not None:
            out.append((marker, m))
    return out


def goods(s: Sentence, part: Span, t: Trigger, passive: bool) -> Mention | None:
    """The product traded: for a noun, the one right before it ("the main HBM4 supplier");
    else the first in the word's phrase after it that is no destination of other goods
    ("HBM4 for Nvidia's Rubin"); for a passive, or with none after, the last one before."""
    products = [m for m in s.of_kind(GOODS, part) if not s.is_compared(m)]
    end = phrase_end(s, part, t)
    ahead = [m for m in products if t.end <= m.start < end]
    behind = [m for m in products if m.end <= t.start]
    if passive and behind:
        # "HBM3E supplied by": the goods right before a reduced relative; "the HBM3E used by
        # H200 is supplied by": the head of the subject before a form of "be"
        gap = s.lowered[behind[-1].end : t.start]
        reduced = _REDUCED.fullmatch(gap) is not None
        return behind[-1] if reduced else behind[0]
    if passive or t.kind == "origin":
        return behind[-1] if t.kind == "origin" and behind else None  # "Our HBM4 comes from"
    if t.kind in ("given", "taken", "role", "pact") and behind:
        close = behind[-1]
        if re.fullmatch(r"[\s\w-]{0,20}", s.lowered[close.end : t.start]):
            return close
    if ahead and t.kind not in ("give", "make", "given"):
        return ahead[0]  # "a deal for GB300 capacity", "an order for MI450 chips"
    traded = [m for m in ahead if not _DESTINATION.search(s.lowered, max(0, m.start - 30), m.start)]
    if traded or ahead:
        return traded[0] if traded else None  # only destinations ahead: no goods said
    # the topic of a memory maker's statement: "On HBM3E, we are shipping stacks to Nvidia"
    return behind[-1] if behind and t.kind == "give" and behind[-1].kind == "memory" else None


def host_maker(s: Sentence, part: Span, pos: int) -> str | None:
    """The maker of a chip named before ``pos`` in the statement, for memory told in a
    passive ("each Zeta-1 carries HBM3E supplied by Acme": Zeta-1's maker buys)."""
    for chip in s.of_kind(("chip", "system"), Span(part.start, pos)):
        if chip.entity.maker is not None:
            return str(chip.entity.maker)
    return None


def owner_before(s: Sentence, part: Span, pos: int) -> Mention | None:
    """A possessive company before ``pos`` in the statement ("Tesla's AI5 chip will be
    built by TSMC": Tesla)."""
    owners = [
        m
        for m in s.of_kind(COMPANY, Span(part.start, pos))
        if POSSESSIVE.match(s.text, m.end) and not brand(s, m)
    ]
    return owners[-1] if owners else None
