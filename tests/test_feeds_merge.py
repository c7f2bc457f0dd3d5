"""Feed addresses and links over time, with a real local HTTP server on both backends: a
subscription moved onto another subscription's address (the two would poll one feed twice,
so the moved one ends and says why), and entry links longer than a short field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from tests.conftest import SteppingClock
from tests.feeds_support import FeedServer, feed_server, items, rss
from tracker.app import Tracker
from tracker.domain.catalog import FeedMoved, FeedSubscribed, FeedUnsubscribed

START = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(START)


@pytest.fixture
def app(engine: Engine, clock: SteppingClock) -> Tracker:
    t = Tracker(engine, clock=clock)
    t.feed_service.poller.fetcher.deadline_s = 3.0
    return t


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def _stream_types(app: Tracker, feed_id: str) -> list[object]:
    return [e.event for e in app.store.read_stream(f"feed-{feed_id}")]


def test_a_feed_moved_onto_a_subscribed_address_stops_and_the_other_polls_alone(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    new = server.static("/new.xml", rss(items(2)).encode())
    old = server.redirect("/old.xml", 301, new)
    app.add_feed(new, name="current")
    moved_id = app.add_feed(old, name="legacy").feed_id

    first = app.poll()
    clock.advance(hours=1)
    app.poll()

    events = _stream_types(app, moved_id)
    assert [FeedSubscribed, FeedMoved, FeedUnsubscribed] == [type(e) for e in events]
    assert (old, new) == (events[1].old_url, events[1].new_url)  # type: ignore[attr-defined]
    assert (
        f"moved permanently to {new}, already subscribed as current" == events[2].reason  # type: ignore[attr-defined]
    )
    assert [f.name for f in app.feed_service.list()] == ["current"]
    assert (server.hits["/old.xml"], server.hits["/new.xml"]) == (1, 3)
    assert [
        f"merged: legacy: its address moved permanently to {new}, which is already "
        "subscribed as current; it will not be polled again (its documents stay)"
    ] == [n for n in first.notices if n.startswith("merged:")]
    assert len(list(app.store.read_all(types=["DocumentObserved"]))) == 2


def test_a_feed_moved_onto_a_removed_subscriptions_address_just_moves(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    new = server.static("/new.xml", rss(items(1)).encode())
    old = server.redirect("/old.xml", 301, new)
    app.add_feed(new, name="dropped")
    app.remove_feed("dropped", reason="off topic")
    app.add_feed(old, name="mover")

    summary = app.poll()

    feed = app.feed_service.find("mover")
    assert ("active", new, (old,)) == (feed.state, feed.url, feed.aliases)
    assert [n for n in summary.notices if n.startswith("merged:")] == []


def test_a_feed_that_moves_back_to_its_own_old_address_is_not_merged_with_itself(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    body = rss(items(1)).encode()
    first = server.url("/a.xml")
    second = server.static("/b.xml", body)
    server.redirect("/a.xml", 301, second)
    app.add_feed(first, name="homing")
    app.poll()  # a -> b: b is the address, a an alias
    server.static("/a.xml", body)
    server.redirect("/b.xml", 301, first)
    clock.advance(hours=1)
    summary = app.poll()  # b -> a: an alias of its own, not another subscription

    feed = app.feed_service.find("homing")
    assert ("active", first) == (feed.state, feed.url)
    assert [n for n in summary.notices if n.startswith("merged:")] == []


def test_two_feeds_moved_to_one_new_address_in_one_cycle_leave_one_polling_it(
    app: Tracker, server: FeedServer, clock: SteppingClock
) -> None:
    new = server.static("/new.xml", rss(items(1)).encode())
    first = app.add_feed(server.redirect("/one.xml", 301, new), name="one")
    second = app.add_feed(server.redirect("/two.xml", 308, new), name="two")
    kept, ended = sorted((first, second), key=lambda f: f.feed_id)

    app.poll()  # both move to /new.xml in the same cycle: neither saw the other there
    clock.advance(hours=1)
    summary = app.poll()
    clock.advance(hours=1)
    app.poll()

    assert [f.name for f in app.feed_service.list()] == [kept.name]
    assert server.hits["/new.xml"] == 4  # two moves, then one fetch a cycle
    reasons = [
        e.reason for e in _stream_types(app, ended.feed_id) if isinstance(e, FeedUnsubscribed)
    ]
    assert reasons == [f"moved to {new} as {kept.name} did; {kept.name} polls it"]
    assert [n for n in summary.notices if n.startswith("merged:")] == [
        f"merged: {ended.name}: it moved to {new}, as did the subscription {kept.name}; "
        "it will not be polled again (its documents stay)"
    ]


def test_a_long_entry_link_is_stored_whole_relative_or_absolute(
    app: Tracker, server: FeedServer
) -> None:
    slug = "/stories/" + "-".join(["a-long-headline-slug"] * 20) + "?utm_source=feed&id=42"
    entries = items(2)
    entries[0]["link"] = slug  # relative: resolved against the feed's address
    entries[1]["link"] = "https://news.example.com" + slug
    app.add_feed(server.static("/long.xml", rss(entries).encode()), name="long")
    app.poll()

    links = sorted(e.event.url for e in app.store.read_all(types=["DocumentObserved"]))
    assert links == sorted([server.url(slug), "https://news.example.com" + slug])
    assert all(len(link) > 400 for link in links)
