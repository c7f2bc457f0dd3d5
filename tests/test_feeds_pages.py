"""News pages as articles: ``tracker ingest`` of a saved page or of a URL that serves HTML
reads the story (not the menus and footer) and the page's own publication time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine

from tests.conftest import SteppingClock
from tests.feeds_support import FeedServer, feed_server
from tracker.app import Tracker
from tracker.domain.catalog import DocumentObserved
from tracker.ingest.pages import looks_like_html, read_page

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Nebius books GB300 capacity | Chip Wire</title>
{meta}
</head><body>
<nav><ul><li>Home</li><li>Subscribe: $1 for 3 months</li></ul></nav>
<header><h1>Nebius books GB300 capacity</h1></header>
<article>
<p>Nebius said it expects to have more than 100,000 GPUs in service by the end of 2026.</p>
<aside>Related: 1,000,000 readers cannot be wrong</aside>
<p>The company runs Nvidia GB300 chips in Finland.</p>
</article>
<footer><p>Copyright 2026 Chip Wire. 2,000,000 page views a month.</p></footer>
</body></html>
"""

JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
    '[{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": '
    '"2026-09-09T07:15:00-04:00"}]}</script>'
)
OG = '<meta property="article:published_time" content="2026-09-09T07:15:00-04:00">'
ITEMPROP = '<meta itemprop="datePublished" content="2026-09-09T11:15:00Z">'


@pytest.mark.parametrize("meta", [JSON_LD, OG, ITEMPROP])
def test_a_page_is_dated_by_its_own_metadata(meta: str) -> None:
    page = read_page(PAGE.format(meta=meta))
    assert page.published == datetime(2026, 9, 9, 11, 15, tzinfo=UTC)


def test_a_time_element_dates_a_page_without_metadata() -> None:
    markup = PAGE.format(meta="").replace(
        "<article>", '<article><time datetime="2026-09-09T11:15:00Z">Sept. 9</time>'
    )
    assert read_page(markup).published == datetime(2026, 9, 9, 11, 15, tzinfo=UTC)


def test_the_story_is_the_article_without_the_page_furniture() -> None:
    page = read_page(PAGE.format(meta=OG))
    assert (page.title, page.language, page.text) == (
        "Nebius books GB300 capacity",
        "en",
        "Nebius said it expects to have more than 100,000 GPUs in service by the end of "
        "2026.\n\nThe company runs Nvidia GB300 chips in Finland.",
    )


def test_a_korean_page_reads_a_zoneless_time_in_korea() -> None:
    markup = (
        "<html><head><meta name='pubdate' content='2026-11-24 08:30'>"
        "<title>HBM4 공급 | 반도체 투데이</title></head>"
        "<body><main><p>SK하이닉스는 엔비디아에 HBM4를 공급하고 있다.</p></main></body></html>"
    )
    page = read_page(markup)
    kst = timezone(timedelta(hours=9))
    assert (page.language, page.title, page.published) == (
        "ko",
        "HBM4 공급",
        datetime(2026, 11, 24, 8, 30, tzinfo=kst),
    )


@given(st.text(max_size=300))
def test_any_text_reads_as_a_page_without_crashing(markup: str) -> None:
    page = read_page(markup)
    assert page.published is None or page.published.tzinfo is not None


@pytest.mark.parametrize(
    ("body", "html"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", True),
        (b"<html lang='ko'><body>x</body></html>", True),
        (b"<?xml version='1.0'?><rss version='2.0'><channel/></rss>", False),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'></feed>", False),
    ],
)
def test_html_is_told_from_a_feed(body: bytes, html: bool) -> None:
    assert looks_like_html(body) is html


# -- through the application ------------------------------------------------------------


@pytest.fixture
def app(engine: Engine) -> Tracker:
    return Tracker(engine, clock=SteppingClock(NOW))


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def _documents(app: Tracker) -> list[DocumentObserved]:
    found = [e.event for e in app.store.read_all(types=["DocumentObserved"])]
    return [d for d in found if isinstance(d, DocumentObserved)]


def test_ingesting_a_url_that_serves_a_page_stores_its_story(
    app: Tracker, server: FeedServer
) -> None:
    url = server.static(
        "/news/nebius.html", PAGE.format(meta=OG).encode(), content_type="text/html"
    )
    summary = app.ingest([url])
    again = app.ingest([url])
    [doc] = _documents(app)
    claims = app.claims(subject="nebius").claims
    assert (summary.new_documents, summary.failures, again.new_documents) == (1, 0, 0)
    # a page is an article read, not a feed polled
    assert summary.line() == "1 article read, 1 new document, 0 revisions, 0 failures"
    # ...and so is the same page read again, though its unchanged body is not parsed
    assert again.line() == "1 article read, 0 new documents, 0 revisions, 0 failures"
    assert (doc.url, doc.published, doc.date_source) == (
        url,
        datetime(2026, 9, 9, 11, 15, tzinfo=UTC),
        "published",
    )
    assert "Subscribe" not in doc.text
    assert "page views" not in doc.text
    # the plan is dated by the page: reported when it was published
    assert [c.reported_at for c in claims if c.predicate == "deployed_chips"] == [
        datetime(2026, 9, 9, 11, 15, tzinfo=UTC)
    ]


def test_a_page_answered_not_modified_is_still_an_article_read(
    app: Tracker, server: FeedServer
) -> None:
    url = server.static(
        "/news/nebius.html", PAGE.format(meta=OG).encode(), content_type="text/html", etag='"v1"'
    )
    lines = [app.ingest([url]).line() for _ in range(2)]
    assert lines == [
        "1 article read, 1 new document, 0 revisions, 0 failures",
        "1 article read, 0 new documents, 0 revisions, 0 failures",
    ]
    # the second read was answered 304: the page was known without its body
    assert [h.get("If-None-Match") for _, h in server.requests] == [None, '"v1"']


def test_ingesting_a_saved_page_dates_it_by_the_page(app: Tracker, tmp_path: Path) -> None:
    saved = tmp_path / "nebius.html"
    saved.write_text(PAGE.format(meta=JSON_LD), encoding="utf-8")
    app.ingest([str(saved)])
    [doc] = _documents(app)
    assert (doc.published, doc.date_source, doc.title) == (
        datetime(2026, 9, 9, 11, 15, tzinfo=UTC),
        "published",
        "Nebius books GB300 capacity",
    )


def test_a_page_dated_in_the_future_is_dated_by_the_file_instead(
    app: Tracker, tmp_path: Path
) -> None:
    saved = tmp_path / "future.html"
    saved.write_text(PAGE.format(meta=OG.replace("2026-09-09", "2031-01-01")), encoding="utf-8")
    app.ingest([str(saved)])
    [doc] = _documents(app)
    assert doc.date_source == "mtime"


def test_the_summary_counts_articles_apart_from_feeds(app: Tracker, tmp_path: Path) -> None:
    saved = tmp_path / "nebius.html"
    saved.write_text(PAGE.format(meta=OG), encoding="utf-8")
    missing = tmp_path / "missing.txt"
    first = app.ingest([str(saved)])
    failed = app.ingest([str(missing)])
    assert (first.line(), failed.line()) == (
        "1 article read, 1 new document, 0 revisions, 0 failures",
        "0 articles read, 0 new documents, 0 revisions, 1 failure",
    )
