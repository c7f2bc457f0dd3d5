"""A news web page as one article: its story text, headline, language and publication time.

``tracker ingest`` takes article pages (a saved ``.html`` file or a URL that serves HTML
instead of a feed). A page carries much that is not the story: menus, the site header
and footer, "related" boxes, forms. Left in, they become sentences ("Subscribe: $1 for 3
months", "1,000,000 readers a month") and the publication time is lost, so every
relative date resolves against the day of ingestion. The page's own markup says both:
the story sits in ``<article>`` (or ``<main>``), and the time in the metadata news sites
publish for search engines and link previews (JSON-LD ``datePublished``, the Open Graph
``article:published_time``, ``<time datetime>``).

Regular expressions rather than an HTML parser, as in :mod:`tracker.ingest.text`: the
elements read here are flat and well known, and nothing here needs the document tree.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tracker.ingest.dates import parse_date, zone_for
from tracker.ingest.furniture import story_text
from tracker.ingest.text import html_to_text, text_language

_LOOKS_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]", re.I)
_DROP = re.compile(
    r"<(nav|footer|aside|form|header|menu|button|select|noscript|template|svg)\b[^>]*>"
    r".*?</\1\s*>",
    re.I | re.S,
)
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_ARTICLE = re.compile(r"<article\b[^>]*>(.*?)</article\s*>", re.I | re.S)
_MAIN = re.compile(r"<main\b[^>]*>(.*?)</main\s*>", re.I | re.S)
_BODY = re.compile(r"<body\b[^>]*>(.*)</body\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_JSON_LD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S)
_TIME = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']""", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.I)
_SITE_SUFFIX = re.compile(r"\s+[|｜]\s+[^|｜]{1,60}$")
# the names sites give the publication time in <meta>, most specific first
_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "og:article:published_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)
_TITLE_KEYS = ("og:title", "twitter:title")


@dataclass(frozen=True, slots=True)
class Page:
    """What a news page says about itself; ``published`` is ``None`` when it does not."""

    title: str
    text: str
    html: str  # the story's markup, scripts and page furniture removed
    language: str | None
    published: datetime | None
    published_raw: str | None


def looks_like_html(body: bytes) -> bool:
    """An HTML document rather than a feed (judged on its first kilobytes)."""
    return _LOOKS_HTML.search(body[:4096]) is not None


_FAILURE = (
    r"bad gateway|gateway time-?out|service (?:temporarily )?unavailable|internal server error"
    r"|too many requests|origin is unreachable|web server is (?:down|returning an unknown error)"
    r"|connection timed out|a timeout occurred|backend fetch failed|guru meditation"
    r"|site can.t be reached|attention required|just a moment|checking your browser"
)
_ERROR_LINE = re.compile(
    rf"(?:error\s*(?:code\s*)?)?(?:[45]\d\d\s*[:-]?\s*)?(?:{_FAILURE})"
    r"(?:\s*(?:error\s*(?:code\s*)?)?[45]\d\d)?\s*[.!…]*",
    re.I,
)
ERROR_PAGE_MAX_TEXT = 3000
"""Longer pages are stories, whatever their headline says (an outage report may quote a
"502 Bad Gateway"); the error pages of nginx, Apache, Varnish and CDNs are far shorter."""


def error_page(page: Page) -> str | None:
    """The failure a page reports about itself, when it is a gateway or server error
    page (served with status 200 by a proxy or CDN), else ``None``.

    Judged on the headline and the title's " | "-separated parts, each of which must be
    nothing but the failure ("502 Bad Gateway", "Error 503 Backend fetch failed", "Bad
    gateway Error code 502", "Just a moment..."), or on a very short text that is."""
    if len(page.text) > ERROR_PAGE_MAX_TEXT:
        return None
    candidates = [part.strip() for part in re.split(r"\s[|｜]\s", page.title)]
    if len(page.text) < 200:
        candidates += [page.text.strip(), page.text.strip().split("\n", 1)[0]]
    return next((c for c in candidates if c and _ERROR_LINE.fullmatch(c)), None)


def read_page(markup: str, language: str | None = None) -> Page:
    """The story of a news page. Its language is ``language`` when given, else the page's
    ``lang``, else Korean when the text reads as Korean; zone-less times are read in that
    language's zone (KST for Korean)."""
    metas = _metas(markup)
    cleaned = _SCRIPT.sub("", markup)
    story = _story(_DROP.sub("", cleaned)) or _story(cleaned)
    text = story_text(html_to_text(story))
    declared = _HTML_LANG.search(markup)
    # a template's lang="en" around a Korean story is the template's, not the story's
    lang = language or text_language(text, declared.group(1).lower() if declared else None)
    raw = _ld_date(markup) or _first(metas, _DATE_KEYS) or _time_attr(story or cleaned)
    published = parse_date(raw, zone_for(lang)) if raw else None
    return Page(
        title=_title(markup, metas),
        text=text,
        html=story.strip(),
        language=lang,
        published=published,
        published_raw=raw[:200] if raw and published else None,
    )


def _story(markup: str) -> str:
    """The longest ``<article>``, else ``<main>``, else the body."""
    articles = [m.group(1) for m in _ARTICLE.finditer(markup)]
    if articles:
        return max(articles, key=lambda a: len(html_to_text(a)))
    for pattern in (_MAIN, _BODY):
        m = pattern.search(markup)
        if m is not None:
            return m.group(1)
    return markup


def _metas(markup: str) -> dict[str, str]:
    """``<meta>`` contents by their lower-cased property, name or itemprop (first wins)."""
    found: dict[str, str] = {}
    for tag in _META.finditer(markup):
        attrs = {
            m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
            for m in _ATTR.finditer(tag.group())
        }
        content = attrs.get("content", "").strip()
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            if key in attrs:
                found.setdefault(attrs[key].strip().lower(), content)
    return found


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((metas[k] for k in keys if metas.get(k)), None)


def _ld_date(markup: str) -> str | None:
    """``datePublished`` of the page's JSON-LD article (also inside an ``@graph``)."""
    for block in _JSON_LD.finditer(markup):
        try:
            data: Any = json.loads(html_lib.unescape(block.group(1)).strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str) and value.strip():
                    return value.strip()
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return None


def _time_attr(markup: str) -> str | None:
    m = _TIME.search(markup)
    return m.group(1).strip() if m else None


def _title(markup: str, metas: dict[str, str]) -> str:
    """The headline: Open Graph's, else the first ``<h1>``, else ``<title>`` without its
    " | Site name" tail."""
    meta = _first(metas, _TITLE_KEYS)
    if meta:
        return html_to_text(meta)
    for pattern in (_H1, _TITLE):
        m = pattern.search(markup)
        if m is not None:
            title = html_to_text(m.group(1))
            return _SITE_SUFFIX.sub("", title) if pattern is _TITLE else title
    return ""
