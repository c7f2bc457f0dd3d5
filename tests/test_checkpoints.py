"""Concurrent writers of one process or two: checkpoints saved by one statement, and a
cut-short poll that does not wait forever for rows its own interrupted write still holds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.exc import OperationalError

from tests.test_daemon import migrated
from tracker.app import make_tracker
from tracker.store.checkpoints import SqlCheckpointStore, save_checkpoint
from tracker.store.feeds import SqlFeedStateStore, feeds
from tracker.store.schema import checkpoints

NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def test_a_checkpoint_is_created_then_moved(engine: Engine) -> None:
    store = SqlCheckpointStore(engine, clock=lambda: NOW)
    assert store.get("extractor") == (0, "")
    store.set("extractor", 10, "rules@1")
    store.set("extractor", 25, "rules@2")
    assert store.get("extractor") == (25, "rules@2")


def test_two_writers_saving_a_new_checkpoint_at_once_both_succeed(engine: Engine) -> None:
    # CI caught two `poll --once` on one PostgreSQL database failing on the primary key:
    # both saved the extractor's first checkpoint with "update, else insert", so both
    # updated nothing and both inserted. Here the first writer's insert is held open while
    # the second saves; the second must wait for it and then update, not fail.
    failures: list[BaseException] = []

    def second() -> None:
        try:
            with engine.begin() as conn:
                save_checkpoint(conn, "extractor", 7, "b", NOW)
        except BaseException as exc:  # reported by the assertion below
            failures.append(exc)

    with engine.begin() as conn:
        save_checkpoint(conn, "extractor", 5, "a", NOW)
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.3)  # lets the second writer reach the row held by this transaction
    thread.join(timeout=30)
    assert failures == []
    with engine.connect() as conn:
        rows = conn.execute(select(checkpoints.c.position, checkpoints.c.version)).all()
    assert [tuple(r) for r in rows] == [(7, "b")]


@pytest.mark.postgres
def test_a_cut_short_poll_gives_up_a_lease_its_own_open_write_still_locks(
    db_url_factory: Callable[[str], str],
) -> None:
    # CI hung in the Ctrl-C ingest test on PostgreSQL: the interrupted write's transaction
    # (not rolled back yet) held the feed rows, and the release of their leases, on another
    # connection of the same process, waited for it forever. It now gives up in time.
    url = migrated(db_url_factory("postgresql"))
    with make_tracker(url) as t:
        feed = t.add_feed("http://127.0.0.1:9/f.xml", name="f")
        states = SqlFeedStateStore(t.engine)
        [leased] = states.lease([feed.feed_id], "me", datetime.now(UTC), 600)
        with t.engine.connect() as holder, holder.begin():
            holder.execute(update(feeds).where(feeds.c.feed_id == feed.feed_id).values(etag="x"))
            with pytest.raises(OperationalError, match="lock timeout"):
                states.release([leased.feed_id], "me", patience_s=0.2)
        states.release([leased.feed_id], "me", patience_s=0.2)  # free now: released
        with t.engine.connect() as conn:
            owner = conn.execute(select(feeds.c.lease_owner)).scalar_one()
        assert owner is None
