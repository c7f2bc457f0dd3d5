"""Defects found by use and by CI, seventeenth pass, on both databases.

Every sample sentence is written for these tests.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tracker.errors import FeedAlreadySubscribedError, FeedNameTakenError
from tracker.ingest.service import FeedService
from tracker.ingest.subscriptions import Subscription
from tracker.ports import FeedRecord
from tracker.store.engine import make_engine
from tracker.store.feeds import SqlFeedStateStore
from tracker.store.sql import SqlEventStore

_NOW = datetime(2026, 11, 28, tzinfo=UTC)
_URL = "http://127.0.0.1:9/qa17.xml"


class _OvertakenStates(SqlFeedStateStore):
    """A real feed-state store on which another process subscribes a feed right after our
    first look-up of its URL has found nothing: the interleaving CI met once in four
    'feeds add' at once on PostgreSQL, made to happen every time."""

    def __init__(self, engine: object, other: FeedService, sub: Subscription) -> None:
        super().__init__(engine)  # type: ignore[arg-type]
        self._other: FeedService | None = other
        self._sub = sub

    def find_feed(self, name_or_url: str) -> FeedRecord | None:
        found = super().find_feed(name_or_url)
        if self._other is not None and name_or_url == self._sub.url:
            other, self._other = self._other, None
            other.add(self._sub)  # committed between our two reads
        return found


@pytest.mark.parametrize("name", ["qa17", None])
def test_a_feed_subscribed_by_another_process_between_two_reads_is_already_subscribed(
    db_url: str, name: str | None
) -> None:
    """CI (PostgreSQL): of four 'tracker feeds add URL --name qa13' at once, one exited 1
    with "the name 'qa13' is taken by" the very URL it was adding. The URL was looked up
    before the winner committed, the name after: the feed is the one asked for, already
    subscribed (exit 0), not a name held by some other feed."""
    engine = make_engine(db_url)
    sub = Subscription(url=_URL, name=name)
    other = FeedService(SqlEventStore(engine), SqlFeedStateStore(engine), lambda: _NOW)
    ours = FeedService(SqlEventStore(engine), _OvertakenStates(engine, other, sub), lambda: _NOW)
    try:
        with pytest.raises(FeedAlreadySubscribedError, match="already subscribed"):
            ours.add(sub)
        assert [feed.url for feed in ours.list()] == [_URL]
    finally:
        ours.close()
        other.close()
        engine.dispose()


def test_a_name_another_feed_holds_is_still_taken(db_url: str) -> None:
    """The mend tells the same feed by its URL: a name held by another URL is refused as
    before, naming the feed that holds it."""
    engine = make_engine(db_url)
    service = FeedService(SqlEventStore(engine), SqlFeedStateStore(engine), lambda: _NOW)
    try:
        service.add(Subscription(url="http://127.0.0.1:9/other.xml", name="qa17"))
        with pytest.raises(
            FeedNameTakenError, match=re.escape("taken by http://127.0.0.1:9/other.xml")
        ):
            service.add(Subscription(url=_URL, name="qa17"))
    finally:
        service.close()
        engine.dispose()
