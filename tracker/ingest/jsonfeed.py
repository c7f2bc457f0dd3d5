"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1) read into feedparser's shapes.

Some outlets and many newsletter platforms publish a JSON Feed beside or instead of RSS;
feedparser reads only XML, so such a subscription failed on every poll with "not an RSS
or Atom feed (... not well-formed)". This module turns a JSON Feed into the feed and entry
mappings that feedparser would have given for the same items, so that
:mod:`tracker.ingest.parse` normalizes both kinds with the same code (text, dates,
language, links, content hash). Pure functions: they run in the parser processes.
"""

from __future__ import annotations

import html
import json
from typing import Any

from tracker.errors import ParseError

VERSIONS = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
"""The prefixes of a JSON Feed's ``version`` (1.0 feeds often wrote http://)."""


def looks_like_json(data: bytes) -> bool:
    """True when a body's first non-blank character opens a JSON object."""
    return data[:64].lstrip()[:1] == b"{"


def read_json_feed(
    data: bytes, url: str
) -> tuple[dict[str, Any], list[dict[str, Any]], str | None]:
    """The feed's metadata, its entries (as feedparser shapes them) and a warning.

    Raises:
        ParseError: the body is not JSON, is cut short, or is JSON but not a JSON Feed.
    """
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise ParseError(url, f"not a valid JSON Feed ({type(exc).__name__}: {exc})"[:300]) from exc
    version = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or not version.startswith(VERSIONS):
        raise ParseError(
            url, "JSON, but not a JSON Feed (no 'version' of https://jsonfeed.org/version/1.1)"
        )
    items = doc.get("items")
    if not isinstance(items, list):
        raise ParseError(url, "a JSON Feed without an 'items' list")
    language = _text(doc.get("language"))
    feed = {
        "title": _text(doc.get("title")) or "",
        "language": language,
        "link": _text(doc.get("home_page_url")),
    }
    entries = [_entry(item, language) for item in items if isinstance(item, dict)]
    skipped = len(items) - len(entries)
    warning = f"{skipped} item(s) of the JSON Feed are not objects; skipped" if skipped else None
    return feed, entries, warning


def _entry(item: dict[str, Any], feed_language: str | None) -> dict[str, Any]:
    """One item as a feedparser entry: id, link, title (markup-escaped: a JSON Feed title
    is plain text, and the parser reads titles as HTML), content with its type, dates as
    written."""
    language = _text(item.get("language")) or feed_language
    entry: dict[str, Any] = {"title": html.escape(_text(item.get("title")) or "", quote=False)}
    body_html, body_text = _text(item.get("content_html")), _text(item.get("content_text"))
    if body_html:
        entry["content"] = [{"value": body_html, "type": "text/html", "language": language}]
    elif body_text:
        entry["content"] = [{"value": body_text, "type": "text/plain", "language": language}]
    else:  # a summary is all some feeds give
        entry["summary"] = _text(item.get("summary")) or ""
        entry["summary_detail"] = {"type": "text/plain", "language": language}
    identity = item.get("id")
    if isinstance(identity, (int, float)) and not isinstance(identity, bool):
        identity = str(identity)  # the spec asks readers to take a numeric id as a string
    for key, value in (
        ("id", identity),
        ("link", item.get("url") or item.get("external_url")),
        ("published", item.get("date_published")),
        ("updated", item.get("date_modified")),
    ):
        if isinstance(value, str):
            entry[key] = value
    return entry


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
