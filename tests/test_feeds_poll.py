"""Polling and ingest end to end: a real local HTTP server, the real log, both backends."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.conftest import SteppingClock
from tests.feeds_support import (
    SAMPLES,
    FeedServer,
    feed_server,
    items,
    refused_url,
    reset_connection,
    rss,
)
from tracker.app import Tracker
from tracker.domain.catalog import (
    DocumentObserved,
    DocumentRevised,
    FeedFailed,
    FeedGone,
    FeedMoved,
    FeedPolled,
    FeedSubscribed,
    FeedUnsubscribed,
)
from tracker.domain.events import RecordedEvent
from tracker.errors import FeedExistsError, FeedNotFoundError
from tracker.ingest.service import SharedResources

START = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(START)


@pytest.fixture
def app(engine: Engine, clock: SteppingClock) -> Tracker:
    t = Tracker(engine, clock=clock)
    t.feed_service.poller.fetcher.deadline_s = 3.0
    return t  # the real pipeline: polls and ingests run extraction and projections too


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


OURS = (
    "FeedSubscribed",
    "FeedUnsubscribed",
    "FeedPolled",
    "FeedFailed",
    "FeedMoved",
    "FeedGone",
    "DocumentObserved",
    "DocumentRevised",
)


def events(t: Tracker, *types: str) -> list[RecordedEvent]:
    return list(t.store.read_all(types=list(types or OURS)))


def feed_events(t: Tracker, name: str) -> list[RecordedEvent]:
    feed = t.feed_service.find(name)
    return t.store.read_stream(f"feed-{feed.feed_id}")


def test_feeds_add_records_a_subscription_and_refuses_duplicates(
    app: Tracker, server: FeedServer
) -> None:
    url = server.static("/a.xml", rss(items(2)).encode())
    app.add_feed(url, name="a", every="30m", tier="company", language="en")
    app.add_feed(str(SAMPLES / "chip-wire.atom"))
    with pytest.raises(FeedExistsError):
        app.add_feed(url)
    with pytest.raises(FeedExistsError):
        app.add_feed(str(SAMPLES / "aws-newsroom.rss"), name="a")
    subscribed = [e.event for e in events(app, "FeedSubscribed")]
    assert [f.name for f in app.feeds()] == ["a", "chip-wire"]
    assert isinstance(subscribed[0], FeedSubscribed)
    assert (url, 1800, "company") == (
        subscribed[0].url,
        subscribed[0].interval_s,
        subscribed[0].tier,
    )


def test_poll_stores_documents_then_a_304_adds_only_a_feedpolled(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    url = server.static("/etag.xml", rss(items(3)).encode(), etag='"v1"')
    app.add_feed(url, name="etag", tier="analyst")
    first = app.poll()
    clock.advance(hours=1)
    second = app.poll()
    polled = [e.event for e in feed_events(app, "etag") if isinstance(e.event, FeedPolled)]
    docs = [e.event for e in events(app, "DocumentObserved")]
    assert (first.new_documents, second.new_documents) == (3, 0)
    assert [p.status for p in polled] == [200, 304]
    assert polled[1].etag == '"v1"'
    assert {"analyst"} == {d.tier for d in docs if isinstance(d, DocumentObserved)}


def test_an_unchanged_200_body_is_not_parsed_again(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    url = server.static("/same.xml", rss(items(2)).encode())
    app.add_feed(url, name="same")
    app.poll()
    clock.advance(hours=1)
    app.poll()
    polled = [e.event for e in feed_events(app, "same") if isinstance(e.event, FeedPolled)]
    assert [p.parsed for p in polled] == [True, False]
    assert len(events(app, "DocumentObserved")) == 2


def test_a_revised_entry_keeps_both_versions_in_the_log(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    url = server.static("/pkg.atom", (SAMPLES / "packaging-analyst.v1.atom").read_bytes())
    app.add_feed(url, name="pkg", tier="analyst")
    app.poll()
    server.static("/pkg.atom", (SAMPLES / "packaging-analyst.v2.atom").read_bytes())
    clock.advance(hours=7)
    summary = app.poll()
    revised = [e.event for e in events(app, "DocumentRevised")]
    observed = {e.event.document_id: e.event for e in events(app, "DocumentObserved")}  # type: ignore[attr-defined]
    assert (summary.new_documents, summary.revisions) == (1, 1)
    assert isinstance(revised[0], DocumentRevised)
    old = observed[revised[0].document_id]
    assert "90,000 wafers per month" in old.text  # type: ignore[attr-defined]
    assert "130,000" in revised[0].text
    assert old.content_hash == revised[0].previous_hash  # type: ignore[attr-defined]
    assert datetime(2025, 12, 15, 9, tzinfo=UTC) == revised[0].updated


def test_a_chain_of_301s_moves_the_feed_and_keeps_the_old_url_as_alias(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    final = server.static("/new.xml", rss(items(1)).encode())
    old = server.redirect("/old.xml", 301, server.redirect("/mid.xml", 308, final))
    app.add_feed(old, name="mover")
    app.poll()
    clock.advance(hours=1)
    app.poll()
    moved = [e.event for e in feed_events(app, "mover") if isinstance(e.event, FeedMoved)]
    feed = app.feed_service.find(old)
    assert [(old, final)] == [(m.old_url, m.new_url) for m in moved]
    assert (final, (old,)) == (feed.url, feed.aliases)
    assert server.hits["/old.xml"] == 1


def test_a_302_is_followed_but_never_persisted(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    final = server.static("/tmp-target.xml", rss(items(1)).encode())
    url = server.redirect("/tmp.xml", 302, final)
    app.add_feed(url, name="temp")
    app.poll()
    clock.advance(hours=1)
    app.poll()
    assert events(app, "FeedMoved") == []
    assert (url, 2) == (app.feed_service.find("temp").url, server.hits["/tmp.xml"])


def test_410_records_feedgone_and_stops_polling(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    app.add_feed(server.status("/gone.xml", 410), name="gone")
    app.poll()
    clock.advance(days=2)
    app.poll()
    assert len(events(app, "FeedGone")) == 1
    assert isinstance(events(app, "FeedGone")[0].event, FeedGone)
    assert (app.feed_service.find("gone").state, server.hits["/gone.xml"]) == ("gone", 1)


def test_429_with_retry_after_defers_the_feed_and_its_host(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    app.add_feed(server.status("/busy.xml", 429, {"Retry-After": "7200"}), name="busy")
    app.poll(["busy"])
    app.add_feed(server.static("/other.xml", rss(items(1)).encode()), name="other")
    clock.advance(minutes=30)
    app.poll()
    failed = [e.event for e in events(app, "FeedFailed")]
    assert isinstance(failed[0], FeedFailed)
    assert (
        failed[0].error_kind,
        failed[0].http_status,
        failed[0].retry_after_s,
    ) == ("rate_limited", 429, 7200.0)
    assert app.feed_service.find("busy").next_poll_at >= START + timedelta(seconds=7200)
    assert server.hits["/other.xml"] == 0  # same host: waits too
    clock.advance(hours=2)
    app.poll()
    assert server.hits["/other.xml"] == 1


def test_every_failure_is_a_feedfailed_with_a_reason_and_the_poll_goes_on(
    app: Tracker, server: FeedServer
) -> None:
    app.add_feed(refused_url("/refused.xml"), name="refused")
    app.add_feed(server.route("/reset.xml", reset_connection()), name="reset")
    app.add_feed(server.static("/broken.xml", b"<html><p>not a feed"), name="broken")
    app.add_feed(server.status("/err.xml", 500), name="err")
    app.add_feed(server.static("/good.xml", rss(items(2)).encode()), name="good")
    summary = app.poll()
    failed = {e.event.feed_id: e.event for e in events(app, "FeedFailed")}  # type: ignore[attr-defined]
    kinds = {
        app.feed_service.find(n).name: failed[app.feed_service.find(n).feed_id].error_kind
        for n in ("refused", "reset", "broken", "err")
    }
    assert kinds == {
        "refused": "connection_refused",
        "reset": "connection_reset",
        "broken": "parse",
        "err": "server_error",
    }
    assert (summary.feeds, summary.failures, summary.new_documents) == (5, 4, 2)
    assert all(f.message for f in failed.values())  # type: ignore[attr-defined]


def test_failures_back_off_but_never_disable_a_feed(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    app.add_feed(server.status("/down.xml", 500), name="down")
    for _ in range(12):
        app.poll(["down"])
        clock.advance(days=1)
    feed = app.feed_service.find("down")
    assert (feed.state, feed.consecutive_failures) == ("active", 12)
    assert feed.next_poll_at - feed.last_polled_at <= timedelta(hours=24)  # type: ignore[operator]


def test_failures_are_not_counted_while_every_host_fails(app: Tracker) -> None:
    app.add_feed(refused_url("/a.xml"), name="a")
    app.add_feed(refused_url("/b.xml").replace("127.0.0.1", "localhost"), name="b")
    app.poll()
    failed = [e.event for e in events(app, "FeedFailed")]
    assert [f.consecutive_failures for f in failed] == [0, 0]  # type: ignore[attr-defined]
    assert all("network down" in f.message for f in failed)  # type: ignore[attr-defined]


def test_the_same_feed_ingested_twice_adds_no_events(app: Tracker, server: FeedServer) -> None:
    path = str(SAMPLES / "aws-newsroom.rss")
    url = server.static("/once.xml", rss(items(3)).encode(), etag='"e"')
    first = app.ingest([path, url])
    before = app.store.last_position()
    second = app.ingest([path, url])
    assert (first.new_documents, second.new_documents) == (6, 0)
    assert before == app.store.last_position()
    assert app.feeds() == []  # ingest does not subscribe


def test_a_subscribed_local_sample_gets_company_tier_and_kst_dates(app: Tracker) -> None:
    app.load_feeds()
    app.poll()
    docs = [e.event for e in events(app, "DocumentObserved")]
    by_title = {d.title: d for d in docs if isinstance(d, DocumentObserved)}
    meta = by_title["메타, 구글 TPU 도입 검토"]
    assert (datetime(2025, 11, 25, 5, 20, tzinfo=UTC), "2025.11.25 14:20") == (
        meta.published,
        meta.published_raw,
    )
    assert {"company"} == {
        d.tier for d in docs if isinstance(d, DocumentObserved) and d.url and "/aws/" in d.url
    }
    assert len(docs) == 14
    assert app.claims(subject="project-rainier").claims  # the poll ran extraction too


def test_ingest_a_txt_article_takes_its_date_header(app: Tracker, tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text(
        "Date: 2025-12-19\n\nAWS와 엔비디아 협력\n\n트레이니움4에 NV링크 퓨전을 통합한다.\n",
        encoding="utf-8",
    )
    summary = app.ingest([str(article)])
    doc = events(app, "DocumentObserved")[0].event
    assert isinstance(doc, DocumentObserved)
    assert summary.new_documents == 1
    assert (doc.date_source, doc.published_raw, doc.language) == ("published", "2025-12-19", "ko")
    assert doc.published == datetime(2025, 12, 18, 15, tzinfo=UTC)  # 2025-12-19 00:00 KST
    assert "Date:" not in doc.text


def test_ingest_a_txt_article_with_published_option_or_mtime(app: Tracker, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Trainium3 ships.\n", encoding="utf-8")
    b.write_text("Trainium4 plans.\n", encoding="utf-8")
    os.utime(b, (1_750_000_000, 1_750_000_000))
    app.ingest([str(a)], published=datetime(2025, 12, 19, tzinfo=UTC))
    app.ingest([str(b)])
    docs = [e.event for e in events(app, "DocumentObserved")]
    assert [
        ("user", datetime(2025, 12, 19, tzinfo=UTC)),
        ("mtime", datetime.fromtimestamp(1_750_000_000, UTC)),
    ] == [(d.date_source, d.published) for d in docs if isinstance(d, DocumentObserved)]


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Meta runs 600,000 H100 GPUs.\n", ""),
        ("Meta grows its fleet\n\nMeta runs 600,000 H100 GPUs.\n", "Meta grows its fleet"),
        ("메타는 H100 60만 개를 운영하고 있다.\n", ""),
    ],
)
def test_a_text_articles_first_line_is_its_title_only_when_it_reads_as_a_headline(
    app: Tracker, tmp_path: Path, content: str, title: str
) -> None:
    article = tmp_path / "lede.txt"
    article.write_text(content, encoding="utf-8")
    app.ingest([str(article)], published=datetime(2025, 1, 5, tzinfo=UTC))
    [doc] = [e.event for e in events(app, "DocumentObserved")]
    claims = app.claims(subject="meta").claims
    assert (getattr(doc, "title", None), [c.value.low for c in claims]) == (title, [600000])  # type: ignore[union-attr]


@pytest.mark.parametrize("content", ["", "  \n\n\t\n", "<html><body> </body></html>"])
def test_an_article_with_no_text_is_a_failure_and_no_document(
    app: Tracker, tmp_path: Path, content: str
) -> None:
    article = tmp_path / ("empty.html" if content.startswith("<") else "empty.txt")
    article.write_text(content, encoding="utf-8")
    summary = app.ingest([str(article)])
    assert (summary.new_documents, summary.failures, events(app, "DocumentObserved")) == (
        0,
        1,
        [],
    )


def test_a_changed_article_file_is_a_revision(app: Tracker, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("CoWoS at 90k by end-2026.\n", encoding="utf-8")
    app.ingest([str(article)])
    article.write_text("CoWoS at 130k by end-2026.\n", encoding="utf-8")
    app.ingest([str(article)])
    app.ingest([str(article)])
    assert (len(events(app, "DocumentObserved")), len(events(app, "DocumentRevised"))) == (1, 1)


def test_a_parse_failure_leaves_validators_so_the_feed_is_retried(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    server.static("/flaky.xml", b"garbage", etag='"bad"')
    app.add_feed(server.url("/flaky.xml"), name="flaky")
    app.poll()
    server.static("/flaky.xml", rss(items(1)).encode(), etag='"bad"')
    clock.advance(days=1)
    summary = app.poll()
    assert (summary.new_documents, summary.failures) == (1, 0)


# -- unsubscribing -----------------------------------------------------------------------


def test_feeds_remove_records_an_unsubscription_and_stops_polling(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    app.add_feed(server.static("/a.xml", rss(items(1, prefix="a")).encode()), name="a")
    app.add_feed(server.static("/b.xml", rss(items(1, prefix="b")).encode()), name="b")
    app.poll()
    removed = app.remove_feed("a", reason="off topic")
    clock.advance(days=2)
    app.poll()
    gone = [e.event for e in events(app, "FeedUnsubscribed")]
    assert [FeedUnsubscribed(feed_id=removed.feed_id, reason="off topic")] == gone
    assert [f.name for f in app.feeds()] == ["b"]
    assert (server.hits["/a.xml"], server.hits["/b.xml"]) == (1, 2)
    with pytest.raises(FeedNotFoundError):
        app.poll(["a"])
    with pytest.raises(FeedNotFoundError):
        app.remove_feed("a")


def test_a_feed_subscribed_again_continues_its_documents(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    url = server.static("/again.xml", rss(items(3)).encode())
    first = app.add_feed(url, name="again")
    app.poll()
    app.remove_feed(url)
    again = app.add_feed(url, name="again")
    clock.advance(days=1)
    summary = app.poll()
    assert (first.feed_id, "active") == (again.feed_id, app.feed_service.find("again").state)
    assert (summary.feeds, summary.new_documents) == (1, 0)
    assert len(events(app, "DocumentObserved")) == 3


def test_feeds_load_does_not_bring_back_a_removed_feed(app: Tracker) -> None:
    app.load_feeds()
    app.remove_feed("chip-wire")
    assert app.load_feeds() == []
    assert "chip-wire" not in [f.name for f in app.feeds()]


# -- leases ------------------------------------------------------------------------------


def test_a_dead_pollers_leases_expire_and_another_poller_takes_its_feeds(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    for i in range(3):
        app.add_feed(server.static(f"/l{i}.xml", rss(items(1, prefix=f"l{i}")).encode()))
    states = app.feed_service.states
    held = states.lease_due("dead-daemon", clock(), 10, 120.0)  # leased, then it dies
    during = app.poll()
    clock.advance(seconds=121)
    after = app.poll()
    late = states.save_poll(held[0], [], "dead-daemon")  # the dead owner's stale write
    assert (len(held), during.feeds, after.feeds) == (3, 0, 3)
    assert sum(server.hits.values()) == 3
    assert late is False
    assert states.get_feed(held[0].feed_id).last_polled_at == clock()  # type: ignore[union-attr]


# -- lifecycle ---------------------------------------------------------------------------


def test_shared_client_and_parsers_close_at_the_last_release_only() -> None:
    shared = SharedResources()
    client, parsers = shared.acquire()
    again = shared.acquire()
    shared.release()
    still_open = (client.is_closed, parsers.closed)
    shared.release()
    fresh = shared.acquire()
    assert (client, parsers) == again
    assert still_open == (False, False)
    assert (client.is_closed, parsers.closed) == (True, True)
    assert fresh[0] is not client
    assert fresh[1] is not parsers


def test_closing_one_tracker_leaves_another_able_to_poll(
    engine: Engine, server: FeedServer, clock: SteppingClock
) -> None:
    first, second = Tracker(engine, clock=clock), Tracker(engine, clock=clock)
    first.add_feed(server.static("/x.xml", rss(items(2)).encode()), name="x")
    first.close()
    summary = second.poll()
    assert (summary.feeds, summary.new_documents) == (1, 2)
