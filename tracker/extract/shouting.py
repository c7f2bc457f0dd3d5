"""English text written in capitals: wire headline tickers ("ORACLE TO DEPLOY 50,000 AMD
MI450 GPUS IN OCI"), shouted names ("NVIDIA TO SUPPLY …").

The entity matcher keeps the case of short and common-word aliases ("AWS", "Tesla"), and
rules read capitals as names; a line in capitals defeats both. Such a line is read in
ordinary case: every word that is a vocabulary alias (or a run of them: "SK HYNIX",
"GOOGLE CLOUD") takes the alias's own spelling, words with digits ("MI450", "3Q") stay,
and every other word is lower-cased. The text keeps its length, so offsets and quotes
still point into the original.

A ticker (several such lines, one item each) states one fact per line: its lines are the
text's sentences, not headlines to skip. Headline grammar says the modality: "X TO
DEPLOY", "X WILL …" is an announcement (what the company said it will do), "SEEN" or a
closing "- ANALYSTS" a forecast.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.documents import Document
from tracker.extract.rules import Candidate
from tracker.extract.vocabulary import Vocabulary

_WORD = re.compile(r"[A-Za-z]+")
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
_MIN_LETTERS = 12
_SHARE = 0.85
_TICKER_LINES = 3


def shouting(text: str) -> bool:
    """Whether a line is written in capitals (at least a few words' worth of letters)."""
    upper = len(_UPPER.findall(text))
    if upper < _SHARE * _MIN_LETTERS:
        return False  # most lines: a few capitals at most, told without counting the rest
    # count the small letters only until there are too many for capitals to make the
    # share (the test below only grows harder with each one): an ordinary line with a
    # dozen capitals is told after a few, not after every small letter of it
    lower = 0
    for _ in _LOWER.finditer(text):
        lower += 1
        if upper < _SHARE * (upper + lower):
            return False
    return upper + lower >= _MIN_LETTERS and upper >= _SHARE * (upper + lower)


def ticker_lines(text: str) -> int:
    """How many lines of a text are written in capitals."""
    return sum(1 for line in text.split("\n") if shouting(line))


def is_ticker(text: str) -> bool:
    """A text with several lines in capitals: a headline ticker, one item per line."""
    return ticker_lines(text) >= _TICKER_LINES


def as_read(
    document: Document, language: str, vocabulary: Vocabulary
) -> tuple[Document, frozenset[int]]:
    """An English document with its lines in capitals recased, and where each line of a
    ticker starts (those lines are sentences, not headlines)."""
    if language != "en" or not any(shouting(line) for line in document.text.split("\n")):
        return document, frozenset()
    starts: set[int] = set()
    if is_ticker(document.text):
        at = 0
        for line in document.text.split("\n"):
            if shouting(line):
                starts.add(at + len(line) - len(line.lstrip()))
            at += len(line) + 1
    return replace(document, text=recase(document.text, vocabulary)), frozenset(starts)


def recase(text: str, vocabulary: Vocabulary) -> str:
    """The text with each line in capitals in ordinary case (same length)."""
    if not any(shouting(line) for line in text.split("\n")):
        return text
    pattern, spelling = _aliases(vocabulary)
    out: list[str] = []
    for line in text.split("\n"):
        out.append(_recase_line(line, pattern, spelling) if shouting(line) else line)
    return "\n".join(out)


def _recase_line(line: str, pattern: re.Pattern[str], spelling: dict[str, str]) -> str:
    chars = list(line)
    named: list[tuple[int, int]] = []
    for m in pattern.finditer(line):
        alias = spelling[m.group().lower()]
        chars[m.start() : m.end()] = list(alias)
        named.append((m.start(), m.end()))
    for w in _WORD.finditer(line):
        if any(a <= w.start() < b for a, b in named):
            continue
        if _has_digit_neighbour(line, w.start(), w.end()):
            continue  # "MI450", "GB300", "3Q", "HBM4"
        chars[w.start() : w.end()] = list(w.group().lower())
    return "".join(chars)


def _has_digit_neighbour(line: str, start: int, end: int) -> bool:
    before = line[start - 1] if start > 0 else " "
    after = line[end] if end < len(line) else " "
    return before.isdigit() or after.isdigit()


def _aliases(vocabulary: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """One case-blind pattern for every English alias, longest first, with the spelling
    each lower-cased alias is written in (built once per vocabulary)."""
    return vocabulary.derived("shouting.aliases", _build_aliases)


def _build_aliases(vocabulary: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    spelling: dict[str, str] = {}
    for entity in vocabulary.entities.values():
        for alias in entity.aliases.get("en", ()):
            if alias.isascii() and any(c.isalpha() for c in alias):
                spelling.setdefault(alias.lower(), alias)
    ordered = sorted(spelling, key=len, reverse=True)
    alternation = "|".join(re.escape(a) for a in ordered)
    pattern = re.compile(rf"(?<![A-Za-z0-9])(?:{alternation})(?![A-Za-z0-9])", re.I | re.A)
    return pattern, spelling


# "ORACLE TO DEPLOY", "AMD: MI450 TO SUPPORT", "WILL TRAIN": a headline's future act
_HEADLINE_FUTURE = re.compile(r"^\W*(?:\S+\s){1,6}?(?:to|will)\s[a-z]", re.I)
_HEADLINE_PLAN = re.compile(r"\b(?:plans?|aims?|targets?|intends?|eyes)\b", re.I)
_HEADLINE_FORECAST = re.compile(
    r"\b(?:seen|expected|forecast|projected|estimated)\b|\s[-–—]\s(?:analysts?|estimates?)\s*$",
    re.I,
)


def headline_modality(text: str, found: list[Candidate]) -> list[Candidate]:
    """The modality a ticker line's grammar gives its claims: a forecast word wins; a
    future act of the line's subject ("ORACLE TO DEPLOY", "HELIOS RACK TO PACK", "SAYS
    NEXT MODELS WILL TRAIN") with no plan word is announced (the line reports what was
    said); where a site is stays as it is."""
    if _HEADLINE_FORECAST.search(text):
        return [replace(c, modality="forecast") if c.modality == "planned" else c for c in found]
    if not _HEADLINE_FUTURE.search(text) or _HEADLINE_PLAN.search(text):
        return found
    return [
        replace(c, modality="announced")
        if c.modality in ("planned", "actual") and c.predicate != "located_in"
        else c
        for c in found
    ]


__all__ = ["as_read", "headline_modality", "is_ticker", "recase", "shouting", "ticker_lines"]
