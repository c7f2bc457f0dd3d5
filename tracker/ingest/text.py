"""HTML to clean text, normalization and content hashes.

Extraction reads sentences, so markup is reduced to text with paragraph breaks kept;
the original HTML stays on the event. Regular expressions rather than an HTML parser:
feedparser has already sanitized entry HTML, and this runs for every entry of every
changed feed (an ``html.parser`` pass costs more than the whole decider).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

_DROP = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BREAK = re.compile(
    r"<(?:br|/?p|/?div|/?li|/?ul|/?ol|/?h[1-6]|/?blockquote|/?tr|/?table|/?pre|hr|/?section|"
    r"/?article|/?figure|/?figcaption)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u3000]+")
_BLANKS = re.compile(r"\n\s*\n+")
_HAS_MARKUP = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: block elements become line breaks, entities are
    decoded, runs of spaces collapse, paragraphs are separated by one blank line."""
    if not _HAS_MARKUP.search(markup):
        return normalize_text(markup)
    text = _COMMENT.sub("", markup)
    text = _DROP.sub("", text)
    text = _BREAK.sub("\n", text)
    text = _TAG.sub("", text)
    return normalize_text(html.unescape(text))


def normalize_text(text: str) -> str:
    """NFC, one space between words, one blank line between paragraphs, no edges."""
    text = unicodedata.normalize("NFC", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    joined = "\n".join(lines)
    return _BLANKS.sub("\n\n", joined).strip()


def content_hash(title: str, text: str) -> str:
    """SHA-256 of the normalized title and text: what "the article changed" means.

    Whitespace and markup differences do not count; a changed word does.
    """
    basis = normalize_text(title) + "\x1f" + normalize_text(text)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def short_id(*parts: str, length: int = 24) -> str:
    """A stable id from parts (hex of their SHA-256)."""
    joined = "\x1f".join(parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]
