"""Lines of a headline digest: one item of news per line, each a statement (English, and
Korean since session 20: the digest is told by its shape, not its words).

    Meta signs multiyear deal to rent Google Cloud TPUs, with use starting in 2027

    Samsung to supply HBM4 to AMD for MI450 from fourth quarter

    마이크론, 2분기부터 AMD에 HBM4 공급

A line with no final period is a title or a section header elsewhere (is_headline); in a
newsletter of headlines ("headlines only", a morning digest), where most paragraphs are
such lines, every one is an item the analyst records, as a ticker's lines are (tickers).
"""

from __future__ import annotations

import re

# a paragraph of one line, with no sentence-final punctuation, of at least four words
_TERMINAL = (".", "!", "?", ":", "。", "…", '."', ".”", ".'", ".’")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DIGEST_LINES = 4  # fewer: a title and some section headers
_DIGEST_SHARE = 0.6  # of the paragraphs after the first: most of the text is headlines


def digest_lines(text: str) -> frozenset[int]:
    """Where each headline of an English headline digest starts (its first non-blank
    character); empty unless at least four of the text's one-line paragraphs after its
    first have no final punctuation and they make up most of those paragraphs."""
    if text.count("\n\n") < _DIGEST_LINES:
        return frozenset()  # a digest is a run of paragraphs: most texts stop here
    # the first paragraph is the text's own title or lead; a section header ("■ 공급·수주",
    # "Deals") is neither an item nor the prose between items, so it does not count
    paragraphs = [(at, line) for at, line in _paragraphs(text)[1:] if not _header(line)]
    starts = [at for at, line in paragraphs if _headline(line)]
    if len(starts) < _DIGEST_LINES or len(starts) < _DIGEST_SHARE * len(paragraphs):
        return frozenset()
    return frozenset(starts)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(start of its first non-blank character, text) of each non-empty paragraph."""
    out: list[tuple[int, str]] = []
    at = 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            out.append((at + len(block) - len(block.lstrip()), stripped))
        at += len(block) + 2
    return out


def _header(line: str) -> bool:
    """A one-line paragraph of fewer than four words with no final punctuation."""
    return (
        "\n" not in line
        and not line.endswith(_TERMINAL)
        and len(_WORD.findall(line)) < _DIGEST_LINES
    )


def _headline(line: str) -> bool:
    """A paragraph of one line with no final punctuation and four words or more."""
    return (
        "\n" not in line
        and not line.endswith(_TERMINAL)
        and len(_WORD.findall(line)) >= _DIGEST_LINES
    )


__all__ = ["digest_lines"]
