"""Concurrency and crash safety of the event store, on SQLite and PostgreSQL.

Eight writer processes append while a reader tails the log by position: the reader must
see every event exactly once, in position order, with no gap (a later commit of a lower
position would show up as an event the tail skipped). A writer killed with SIGKILL in
the middle of its INSERT leaves the whole batch or nothing.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from multiprocessing.connection import Connection as Pipe
from typing import Any

import pytest

from tests.store_support import noted
from tracker.domain.events import AppendRequest
from tracker.store.engine import make_engine
from tracker.store.sql import SqlEventStore

WRITERS = 8
BATCHES_PER_WRITER = 60
CTX = mp.get_context("fork")


def _writer(url: str, writer: int, start: Any) -> None:
    engine = make_engine(url)
    store = SqlEventStore(engine)
    start.wait()
    for batch in range(BATCHES_PER_WRITER):
        size = 1 + (writer + batch) % 4
        events = [noted(i, key=f"w{writer}-b{batch}-e{i}") for i in range(size)]
        store.append(f"writer-{writer}", None, events)
    engine.dispose()


@pytest.mark.slow
def test_tailing_reader_sees_every_event_once_in_commit_order(db_url: str) -> None:
    start = CTX.Event()
    writers = [CTX.Process(target=_writer, args=(db_url, w, start)) for w in range(WRITERS)]
    for proc in writers:
        proc.start()
    engine = make_engine(db_url)
    store = SqlEventStore(engine)
    seen_positions: list[int] = []
    seen_keys: list[str] = []
    start.set()
    deadline = time.monotonic() + 120
    after = 0
    while time.monotonic() < deadline:
        alive = any(p.is_alive() for p in writers)
        batch = store.read_batch(after, 200)
        for recorded in batch:
            seen_positions.append(recorded.position)
            seen_keys.append(recorded.idempotency_key or "")
        if batch:
            after = batch[-1].position
        elif not alive:
            break
    for proc in writers:
        proc.join(10)
        assert proc.exitcode == 0

    expected_total = sum(1 + (w + b) % 4 for w in range(WRITERS) for b in range(BATCHES_PER_WRITER))
    assert seen_positions == list(range(1, expected_total + 1))
    assert len(set(seen_keys)) == expected_total
    assert [e.idempotency_key for e in store.read_all()] == seen_keys
    assert store.verify().ok
    engine.dispose()


def _doomed_writer(url: str, ready: Pipe) -> None:
    engine = make_engine(url)
    original_insert = SqlEventStore._insert

    def announced_insert(self: SqlEventStore, conn: Any, rows: list[tuple[Any, ...]]) -> None:
        ready.send("inserting")  # the lock is held and the transaction is open
        original_insert(self, conn, rows)

    SqlEventStore._insert = announced_insert  # type: ignore[method-assign]
    store = SqlEventStore(engine)
    requests = [
        AppendRequest(f"big-{i}", tuple(noted(j, text="x" * 100) for j in range(50)), None)
        for i in range(1000)
    ]
    store.append_batch(requests)
    ready.send("committed")
    time.sleep(60)


@pytest.mark.slow
def test_writer_killed_mid_batch_leaves_all_or_nothing(db_url: str) -> None:
    engine = make_engine(db_url)
    store = SqlEventStore(engine)
    store.append("before", 0, [noted(1), noted(2)])
    parent_end, child_end = CTX.Pipe()
    proc = CTX.Process(target=_doomed_writer, args=(db_url, child_end))
    proc.start()
    assert parent_end.poll(60), "the writer never reached its INSERT"
    assert parent_end.recv() == "inserting"
    time.sleep(0.02)
    os.kill(proc.pid or 0, signal.SIGKILL)
    proc.join(10)

    last = store.last_position()
    print(f"after SIGKILL the log ends at {last}")
    assert last in (2, 2 + 50_000)
    assert len(list(store.read_all(batch_size=5000))) == last
    assert store.verify().ok
    assert store.append("after", 0, [noted(3)]) == [last + 1]  # the lock was released
    assert store.verify().ok
    engine.dispose()
