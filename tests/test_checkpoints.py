"""Checkpoints: saved by one statement, so two processes saving a new one both succeed."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from sqlalchemy import Engine, select

from tracker.store.checkpoints import SqlCheckpointStore, save_checkpoint
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
