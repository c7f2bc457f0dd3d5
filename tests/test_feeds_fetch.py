"""Fetching against real local HTTP servers: validators, redirects, statuses, limits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.feeds_support import (
    FeedServer,
    endless,
    feed_server,
    gzip_bomb,
    http_date,
    refused_url,
    reset_connection,
    stall_before_headers,
    trickle,
)
from tracker.errors import FetchFailedError
from tracker.ingest.fetch import USER_AGENT, Fetcher, parse_retry_after

BODY = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"


@pytest.fixture(scope="module")
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    f = Fetcher(deadline_s=5.0, max_bytes=16 * 1024 * 1024)
    yield f
    f.close()


def failure(fetcher: Fetcher, url: str) -> FetchFailedError:
    with pytest.raises(FetchFailedError) as info:
        fetcher.fetch(url)
    return info.value


def test_conditional_get_sends_validators_and_gets_304(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.static("/cond", BODY, etag='"v1"', last_modified="Mon, 01 Dec 2025 00:00:00 GMT")
    first = fetcher.fetch(url)
    second = fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert (first.status, first.body, first.etag) == (200, BODY, '"v1"')
    assert (second.status, second.body) == (304, None)
    sent = [h for p, h in server.requests if p == "/cond"][-1]
    assert sent.get("If-None-Match") == '"v1"'
    assert sent.get("User-Agent") == USER_AGENT


def test_304_refreshes_validators_from_the_response(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.route("/refresh", lambda h: h.reply(304, b"", {"ETag": '"v2"'}))
    result = fetcher.fetch(url, etag='"v1"')
    assert (result.status, result.etag) == (304, '"v2"')


def test_gzip_body_is_decoded(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.static("/gz", BODY * 50, gzip_body=True)
    result = fetcher.fetch(url)
    assert result.body == BODY * 50
    assert result.wire_bytes < len(BODY * 50)


def test_chain_of_permanent_redirects_reports_the_move(
    server: FeedServer, fetcher: Fetcher
) -> None:
    final = server.static("/moved-final", BODY)
    hop = server.redirect("/moved-hop", 308, final)
    start = server.redirect("/moved-start", 301, hop)
    result = fetcher.fetch(start)
    assert (200, final, final) == (result.status, result.final_url, result.moved_to)


def test_a_temporary_hop_in_the_chain_is_not_a_move(server: FeedServer, fetcher: Fetcher) -> None:
    final = server.static("/temp-final", BODY)
    hop = server.redirect("/temp-hop", 302, final)
    start = server.redirect("/temp-start", 301, hop)
    result = fetcher.fetch(start)
    assert (200, final, None) == (result.status, result.final_url, result.moved_to)


def test_redirect_loop_fails_clearly(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.redirect("/loop", 301, "/loop")
    assert failure(fetcher, url).kind == "redirect_loop"


def test_410_is_gone(server: FeedServer, fetcher: Fetcher) -> None:
    exc = failure(fetcher, server.status("/gone", 410))
    assert (exc.kind, exc.status) == ("gone", 410)


@pytest.mark.parametrize(("status", "kind"), [(429, "rate_limited"), (503, "unavailable")])
def test_retry_after_in_seconds(
    server: FeedServer, fetcher: Fetcher, status: int, kind: str
) -> None:
    exc = failure(fetcher, server.status(f"/ra-s-{status}", status, {"Retry-After": "120"}))
    assert (kind, status, 120.0) == (exc.kind, exc.status, exc.retry_after_s)


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_as_http_date(server: FeedServer, fetcher: Fetcher, status: int) -> None:
    url = server.status(f"/ra-d-{status}", status, {"Retry-After": http_date(3600)})
    exc = failure(fetcher, url)
    assert exc.retry_after_s is not None
    assert 3500 < exc.retry_after_s <= 3600


def test_retry_after_parsing() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after("30", now) == 30.0
    assert parse_retry_after("Thu, 01 Jan 2026 01:00:00 GMT", now) == 3600.0
    assert parse_retry_after("Wed, 31 Dec 2025 00:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None


def test_a_server_that_trickles_forever_hits_the_deadline(server: FeedServer) -> None:
    url = server.route("/trickle", trickle(0.05, limit_s=10))
    fetcher = Fetcher(deadline_s=0.5)
    exc = failure(fetcher, url)
    assert exc.kind == "timeout"
    assert "0.5 s" in str(exc)


def test_a_server_that_never_answers_hits_the_deadline(server: FeedServer) -> None:
    url = server.route("/stall", stall_before_headers(10))
    assert failure(Fetcher(deadline_s=0.5), url).kind == "timeout"


def test_a_100_mib_body_is_cut_at_the_cap(server: FeedServer) -> None:
    url = server.route("/huge", endless(100 * 1024 * 1024))
    exc = failure(Fetcher(deadline_s=20, max_bytes=16 * 1024 * 1024), url)
    assert exc.kind == "too_large"


def test_declared_oversize_is_refused_before_reading(server: FeedServer) -> None:
    url = server.route(
        "/declared", lambda h: h.reply(200, b"x" * 2000, {"Content-Type": "application/xml"})
    )
    exc = failure(Fetcher(max_bytes=1000), url)
    assert (exc.kind, "Content-Length 2000" in str(exc)) == ("too_large", True)


def test_a_gzip_bomb_is_stopped_at_the_decompressed_cap(server: FeedServer) -> None:
    url = server.route("/bomb", gzip_bomb())
    exc = failure(Fetcher(max_bytes=16 * 1024 * 1024), url)
    assert exc.kind == "too_large"
    assert "decompressed" in str(exc)


def test_a_connection_reset_is_a_transport_failure(server: FeedServer, fetcher: Fetcher) -> None:
    exc = failure(fetcher, server.route("/reset", reset_connection()))
    assert exc.kind == "connection_reset"


def test_a_refused_connection_is_a_transport_failure(fetcher: Fetcher) -> None:
    assert failure(fetcher, refused_url()).kind == "connection_refused"


def test_local_paths_and_file_urls_are_read(tmp_path: object, fetcher: Fetcher) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "feed.xml"
    path.write_bytes(BODY)
    assert fetcher.fetch(str(path)).body == BODY
    assert fetcher.fetch(path.as_uri()).body == BODY
    assert failure(fetcher, str(path) + ".missing").kind == "not_found"
