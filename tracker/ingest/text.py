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
    r"<(?:br|/?p|/?div|/?ul|/?ol|/?h[1-6]|/?blockquote|tr|/?table|/?pre|hr|/?section|"
    r"/?article|/?figure|/?figcaption|/?dl|dt|/?aside|/?details|/?summary|/?center|"
    r"/?address|/?header|/?footer|/?nav|/?main|/?caption|/?fieldset|/?legend)\b[^>]*>",
    re.I,
)
# a definition list's term and its description read as one row ("Chips | 20,000"), as a
# table's cells do, instead of running together ("Chips20,000 GB200SiteAbilene")
_TERM_END = re.compile(r"</dt\s*>", re.I)
# Inline markup between two sentences ("…H100s.</span><span>Google …", "…H100s.<img>Google")
# left them glued ("H100s.Google"): one sentence to the extractor. A space goes between a
# sentence's end and the capital or Hangul after the tags; "3.<sup>5</sup>" is untouched.
_GLUED = re.compile(r"([.!?。][\"'”’)\]]?)((?:<[^>]*>)+)(?=[\"“‘(]?[A-Z\uac00-\ud7a3])")
# A list item keeps a bullet and a table cell a pipe, so that the extractor still sees a
# list ("- CoWoS output: about 75,000 wafers a month", which has no final period and would
# otherwise read as a headline) and a table row's cells (which would otherwise run
# together: "CoWoS75,000").
_ITEM_OPEN = re.compile(r"<li\b[^>]*>", re.I)
_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_TRAILING_PIPE = re.compile(r"[ \t]*\|[ \t]*(?=\n|$)")
_LONE_BULLET = re.compile(r"^-\n+", re.M)  # "<li><p>One.</p></li>": the bullet joins its text
_TAG = re.compile(r"<[^>]*>")
_SPACE_CHARS = " \t\r\f\v\u00a0\u200b\u3000"
# Only the runs that change: a lone " " is left alone (same result as replacing every run
# with " ", measured 2x faster on prose, where most runs are one space).
_SPACES = re.compile(f"(?: [{_SPACE_CHARS}]+|[{_SPACE_CHARS[1:]}][{_SPACE_CHARS}]*)")
_BLANKS = re.compile(r"\n\s*\n+")
_HAS_MARKUP = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: block elements become line breaks, entities are
    decoded, runs of spaces collapse, paragraphs are separated by one blank line."""
    if not _HAS_MARKUP.search(markup):
        return normalize_text(markup)
    text = _COMMENT.sub("", markup)
    text = _DROP.sub("", text)
    text = _GLUED.sub(r"\1 \2", text)
    text = _ITEM_OPEN.sub("\n- ", text)
    text = _CELL_END.sub(" | ", _TERM_END.sub(" | ", text))
    text = _BREAK.sub("\n", text)
    text = _TRAILING_PIPE.sub("", _TAG.sub("", text))
    return _LONE_BULLET.sub("- ", normalize_text(html.unescape(text)))


def normalize_text(text: str) -> str:
    """NFC, one space between words, one blank line between paragraphs, no edges."""
    text = unicodedata.normalize("NFC", text)
    lines = [_collapse(line) for line in text.split("\n")]
    joined = "\n".join(lines)
    return _BLANKS.sub("\n\n", joined).strip()


def _collapse(line: str) -> str:
    # Plain ASCII prose with single spaces has nothing to collapse: a few substring
    # checks (memchr) instead of a regex scan that cannot use a literal prefix.
    if line.isascii() and not any(c in line for c in _ASCII_RUNS):
        return line.strip()
    return _SPACES.sub(" ", line).strip()


_ASCII_RUNS = ("  ", "\t", "\r", "\f", "\v")


def content_hash(title: str, text: str) -> str:
    """SHA-256 of the normalized title and text: what "the article changed" means.

    Whitespace and markup differences do not count; a changed word does.
    """
    return normalized_hash(normalize_text(title), normalize_text(text))


def normalized_hash(title: str, text: str) -> str:
    """:func:`content_hash` of a title and text already normalized (``normalize_text``
    is idempotent), without normalizing them a second time."""
    basis = title + "\x1f" + text
    # surrogatepass: a lone surrogate (no character at all) hashes instead of raising; any
    # other text hashes as before
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def short_id(*parts: str, length: int = 24) -> str:
    """A stable id from parts (hex of their SHA-256)."""
    joined = "\x1f".join(parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def reads_as_korean(text: str) -> bool:
    """Most of the non-ASCII characters are Hangul syllables."""
    high = [c for c in text if ord(c) > 0x7F]
    if not high:
        return False
    hangul = sum(1 for c in high if "\uac00" <= c <= "\ud7a3")
    return hangul >= 0.5 * len(high)


_HANGUL = re.compile("[\uac00-\ud7a3]")
_LATIN_WORD = re.compile("[A-Za-z]{3,}")


def text_language(text: str, hint: str | None) -> str | None:
    """The language of an entry: ``hint`` (the feed's or page's declared language) unless
    the text plainly says otherwise. A Korean story in a feed or page declared ``en`` (a
    CMS default), or an English one in a Korean feed, was handed to the extractor under
    the other language, which then found nothing in it."""
    sample = text[:4000]
    if reads_as_korean(sample):
        return hint if hint and hint.lower().startswith("ko") else "ko"
    if hint and hint.lower().startswith("ko") and _HANGUL.search(sample) is None:
        return "en" if _LATIN_WORD.search(sample) else hint
    return hint


# -- hard-wrapped prose --------------------------------------------------------------------

_TERMINAL_END = re.compile(r"(?:[.!?。…:]|다)[\"'”’)\]」』]*$")
_ITEM_START = re.compile(r"\s*(?:[-•·*▪◦–—▲△▶►■□◆◇●|]|\d{1,2}[.)]\s|[A-Za-z가-힣]{1,20}\s?[:：=])")
_WRAP_MIN_WIDTH = 30


def join_wrapped(text: str) -> str:
    """Hard-wrapped prose joined back into its lines of text: a plain-text article saved
    at 72 columns, or a feed description with newlines inside its sentences ("…for its
    Finnish site,\\nthe company said."). The extractor reads a line without a sentence's
    end as a headline, so a wrapped sentence gave no claim at all.

    A line is joined to the next only inside a paragraph that ends like prose, when it does
    not end a sentence itself, the next line opens no list item or "label:" field, and the
    next line's first word would not have fitted on it (greedy wrapping: the line is full,
    measured against the paragraph's longest line, Hangul counting two columns). A headline
    over its lede, a list of short fields and single-line paragraphs stay as they are.
    """
    if "\n" not in text:
        return text
    paragraphs = text.split("\n\n")
    return "\n\n".join(_join_paragraph(p) if "\n" in p else p for p in paragraphs)


def _join_paragraph(paragraph: str) -> str:
    lines = paragraph.split("\n")
    if not _TERMINAL_END.search(lines[-1]):
        return paragraph  # a list or a block of fields, not prose
    width = max(_columns(line) for line in lines)
    if width < _WRAP_MIN_WIDTH:
        return paragraph
    out = [lines[0]]
    for line in lines[1:]:
        last = out[-1]
        first_word = line.split(" ", 1)[0]
        if (
            line
            and last
            and not _TERMINAL_END.search(last)
            and not _ITEM_START.match(line)
            and _columns(last) + 1 + _columns(first_word) > width
        ):
            out[-1] = last + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _columns(line: str) -> int:
    """Display width: Hangul and other wide characters take two columns of a terminal."""
    if line.isascii():
        return len(line)
    return len(line) + sum(1 for c in line if unicodedata.east_asian_width(c) in "WF")
