"""Single-article files (``.txt``, ``.html``) as documents, for ``tracker ingest PATH``.

The date comes from, in order: the caller (``--published``, ``date_source="user"``), an
HTML page's own publication metadata or a ``Date:`` / ``published:`` header in the first
lines (``"published"``), or the file's modification time (``"mtime"``): the event always
says which. An HTML file is read as a news page (:mod:`tracker.ingest.pages`): its story,
not its menus and footer.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tracker.domain.catalog import DocumentObserved
from tracker.domain.events import AppendRequest, EventMetadata, NewEvent
from tracker.errors import FeedError
from tracker.ingest.dates import date_from_header, is_plausible, zone_for
from tracker.ingest.documents import next_revision
from tracker.ingest.furniture import story_text
from tracker.ingest.pages import read_page
from tracker.ingest.text import (
    content_hash,
    normalize_text,
    reads_as_korean,
    short_id,
)
from tracker.ports import DocState

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_HEADER_LINES = 5
_SENTENCE_END = re.compile(r"[.!?。]['\"”’)\]]*$")


@dataclass(frozen=True, slots=True)
class Article:
    document_id: str
    url: str
    title: str
    text: str
    html: str | None
    language: str | None
    published: datetime
    published_raw: str | None
    date_source: str
    content_hash: str


def is_article(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES


def read_article(
    path: Path,
    *,
    published: datetime | None = None,
    language: str | None = None,
    max_bytes: int = 16 * 1024 * 1024,
    now: datetime | None = None,
) -> Article:
    """Read one article file; :class:`FeedError` if it cannot be read or decoded."""
    url = path.resolve().as_uri()
    try:
        if path.stat().st_size > max_bytes:
            raise FeedError(url, f"file is larger than {max_bytes} bytes")
        raw = path.read_bytes()
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as exc:
        raise FeedError(url, f"cannot read: {exc.strerror or exc}") from exc
    content = _decode(raw, url)
    is_html = path.suffix.lower() in (".html", ".htm")
    lines = content.splitlines()
    page_date: datetime | None = None
    page_raw: str | None = None
    if is_html:
        page = read_page(content, language)
        title, text, html = page.title, page.text, page.html
        language = language or page.language
        page_date, page_raw = page.published, page.published_raw
    else:
        if path.suffix.lower() in _MARKDOWN_SUFFIXES:
            lines = markdown_lines(lines)
        body = [ln for i, ln in enumerate(lines) if not (i < _HEADER_LINES and _is_header(ln))]
        text = story_text(normalize_text("\n".join(body)))
        first = next((ln.strip() for ln in body if ln.strip()), "")
        # a first line that ends like a sentence is the lede, not a headline: as a title
        # the extractor would read it as a headline repeated in the text and skip it
        title = "" if _SENTENCE_END.search(first) else first[:300]
        html = None
    if not text.strip():
        # nothing to extract and nothing to revise later: an empty file is a mistake
        raise FeedError(url, "the article has no text")
    lang = language or ("ko" if reads_as_korean(text[:4000]) else "en" if text else None)
    # A zone-less header date is read in the article's zone (KST for Korean text).
    header_date, header_raw = date_from_header(lines[:_HEADER_LINES], zone_for(lang))
    if published is None and not is_html and header_raw is not None:
        _check_header_date(url, header_raw, header_date, now or datetime.now(UTC))
    if published is not None:
        when, raw_date, source = published, None, "user"
    elif page_date is not None and is_plausible(page_date, now or datetime.now(UTC)):
        when, raw_date, source = page_date, page_raw, "published"
    elif header_date is not None:
        when, raw_date, source = header_date, header_raw, "published"
    else:
        when, raw_date, source = mtime, None, "mtime"
    return Article(
        document_id=article_document_id(url),
        url=url,
        title=title,
        text=text,
        html=html,
        language=lang,
        published=when,
        published_raw=raw_date,
        date_source=source,
        content_hash=content_hash(title, text),
    )


def article_document_id(url: str) -> str:
    """The document id of an article file: one per location, whatever its content."""
    return short_id("file", url)


def article_events(
    article: Article,
    state: DocState | None,
    *,
    tier: str,
    now: datetime,
    metadata: EventMetadata,
) -> tuple[list[AppendRequest], DocState | None, str]:
    """Events and new state for an article: ``(requests, state, "new"|"revised"|"unchanged")``."""
    stream = f"doc-{article.document_id}"
    if state is None:
        event = DocumentObserved(
            document_id=article.document_id,
            url=article.url,
            title=article.title,
            text=article.text,
            html=article.html,
            language=article.language,
            published=article.published,
            published_raw=article.published_raw,
            date_source=article.date_source,
            content_hash=article.content_hash,
            tier=tier,
        )
        key = f"doc:{article.document_id}:{article.content_hash}"
        new_state = DocState(
            document_id=article.document_id,
            content_hash=article.content_hash,
            entry_key="file:" + article.url,
            link=article.url,
            last_seen_at=now,
        )
        return [AppendRequest(stream, (NewEvent(event, key, metadata),))], new_state, "new"
    if state.content_hash == article.content_hash:
        return [], None, "unchanged"
    revision = state.revision + 1
    revised, key = next_revision(
        state,
        title=article.title,
        text=article.text,
        html=article.html,
        updated=article.published,
        updated_raw=article.published_raw,
        content_hash=article.content_hash,
    )
    new_state = dataclasses.replace(
        state, content_hash=article.content_hash, revision=revision, last_seen_at=now
    )
    return [AppendRequest(stream, (NewEvent(revised, key, metadata),))], new_state, "revised"


def _check_header_date(url: str, raw: str, value: datetime | None, now: datetime) -> None:
    """A date line the writer put in and tracker cannot read, or one in the future, is an
    error: silently dating the article by the file's time instead ("Date: 19 December
    2025" read as today) files every claim in it under the wrong day."""
    if value is None:
        raise FeedError(url, f"its date line {raw!r} cannot be read; fix it or give --published")
    if not is_plausible(value, now):
        raise FeedError(
            url,
            f"its date line {raw!r} is not a plausible publication date; fix it or give "
            "--published",
        )


# Markdown's markup, which the extractor would read as words: "its **Fairwater** site now
# runs *more than 150,000* GB300 GPUs" gave no claim where the same sentence without the
# stars gave two, and a "# Headline" kept its hash as the document's title.
_MD_RULE = re.compile(r"^\s{0,3}(?:[=]{3,}|[-*_](?:\s*[-*_]){2,}|`{3,}.*|~{3,}.*)\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_BULLET = re.compile(r"^(\s*)[*+]\s+")
_MD_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_MD_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])")
_MD_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)")
_MD_CODE_OR_STRIKE = re.compile(r"`([^`]*)`|~~(.+?)~~")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~>|])")
_ESCAPED = 0xE000  # escaped characters wait in the private use area while markup goes


_FRONT_MATTER_KEY = re.compile(r"^(title|date|published|pubdate)\s*:\s*(.+?)\s*$", re.I)


def markdown_lines(lines: list[str]) -> list[str]:
    """A Markdown article's lines as plain text. Front matter (``---`` / ``title:`` /
    ``date:`` / ``---``, as static-site generators write it) gives the headline and a
    ``Date:`` line; the rest of it (tags, authors) is not the story."""
    head: list[str] = []
    if lines and lines[0].strip() == "---":
        end = next((i for i, ln in enumerate(lines[1:40], 1) if ln.strip() == "---"), None)
        if end is not None:
            fields = {
                m.group(1).lower(): m.group(2).strip("'\"")
                for m in map(_FRONT_MATTER_KEY.match, lines[1:end])
                if m is not None
            }
            when = fields.get("date") or fields.get("published") or fields.get("pubdate")
            head = ([f"Date: {when}"] if when else []) + [fields.get("title", "")]
            lines = lines[end + 1 :]
    return head + [plain_markdown(ln) for ln in lines if not _MD_RULE.match(ln)]


def plain_markdown(line: str) -> str:
    """One line of Markdown as the words it shows: headings, quotes, emphasis, code, links
    and images reduced to their text, struck-out text (a correction's old figure) and a
    link reference line to nothing, a ``*``/``+`` bullet to ``-``, ``\\*`` to ``*``.
    Snake_case, "3 * 4" and a lone asterisk stay as written."""
    if _MD_REFERENCE.match(line):
        return ""
    line = _MD_ESCAPE.sub(lambda m: chr(_ESCAPED + ord(m.group(1))), line)
    heading = _MD_HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _MD_QUOTE.sub("", line)
    line = _MD_BULLET.sub(r"\1- ", line)
    line = _MD_IMAGE_OR_LINK.sub(r"\1", line)
    line = _MD_CODE_OR_STRIKE.sub(lambda m: m.group(1) or "", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EMPHASIS.sub(r"\1", line)
    line = _MD_UNDERSCORE.sub(r"\1", line)
    return "".join(_unescaped(c) for c in line)


def _unescaped(c: str) -> str:
    return chr(ord(c) - _ESCAPED) if _ESCAPED <= ord(c) < _ESCAPED + 128 else c


def _is_header(line: str) -> bool:
    return bool(re.match(r"^\s*(date|published|pubdate|날짜|작성일|입력)\s*[:：]", line, re.I))


def _decode(raw: bytes, url: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    utf16 = _utf16(raw)
    if utf16 is not None:
        # Windows saves "Unicode" text as UTF-16 (Notepad, PowerShell's Out-File): a plain
        # article, which was refused as neither UTF-8 nor Korean
        try:
            return raw.decode(utf16).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise FeedError(url, f"starts as UTF-16 but does not decode: {exc.reason}") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp949")
    except UnicodeDecodeError:
        text = ""
    if text and reads_as_korean(text):
        return text
    raise FeedError(url, "not UTF-8 and not Korean CP949/EUC-KR text; convert it to UTF-8")


def _utf16(raw: bytes) -> str | None:
    """The UTF-16 codec of a file that is UTF-16 text: by its byte-order mark, else by its
    zero bytes: every space, digit and Latin letter has one, on one side of its pair (UTF-8
    and CP949 text has none; a Hangul syllable rarely has one, on the other side)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd >= 0.05 * pairs and odd > 4 * even:
        return "utf-16-le"
    if even >= 0.05 * pairs and even > 4 * odd:
        return "utf-16-be"
    return None
