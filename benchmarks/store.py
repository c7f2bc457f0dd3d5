"""Event store throughput against its floor (raw sqlite3) and its peer (eventsourcing).

    python benchmarks/store.py [--events 200000] [--batch 1000] [--pg-url URL]

Everything is measured in one process, one run, so the ratios mean something on a noisy
machine. PostgreSQL figures are added when --pg-url (or TRACKER_TEST_POSTGRES_URL) is set.
The last line is ``RESULT store append_eps=... read_eps=... verify_eps=...
append_vs_eventsourcing=... append_vs_raw=... [pg_append_eps=... pg_append_vs_eventsourcing=...]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, text

from tracker.domain.events import Event, NewEvent, registry
from tracker.store import migrate
from tracker.store.engine import make_engine, normalize_url
from tracker.store.sql import SqlEventStore

TITLE = "Capacity note: packaging lines added at the southern site, output up again"


@registry.register
class BenchNoted(Event):
    """About 150 bytes of JSON, like a small feed or claim event."""

    type_name = "BenchNoted"

    n: int
    feed: str
    title: str
    ok: bool = True


def payload(n: int) -> dict[str, Any]:
    return {"n": n, "feed": f"feed-{n % 97:03d}", "title": TITLE, "ok": True}


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


# -- tracker -------------------------------------------------------------------------------


def bench_tracker(url: str, total: int, batch: int) -> dict[str, float]:
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = SqlEventStore(engine)

    def append_all() -> None:
        for b in range(total // batch):
            base = b * batch
            events = [
                NewEvent(BenchNoted(**payload(base + i)), idempotency_key=f"bench-{base + i}")
                for i in range(batch)
            ]
            store.append(f"bench-{b}", 0, events)

    t_append, _ = timed(append_all)
    t_read, count = timed(lambda: sum(1 for _ in store.read_all(batch_size=5000)))
    assert count == total, count
    t_verify, result = timed(store.verify)
    assert result.ok, result
    assert result.checked == total, result
    engine.dispose()
    return {
        "append_eps": rate(total, t_append),
        "read_eps": rate(total, t_read),
        "verify_eps": rate(total, t_verify),
    }


# -- the floor: raw sqlite3 ------------------------------------------------------------------


def bench_raw_sqlite(path: str, total: int, batch: int) -> dict[str, float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE events (position INTEGER PRIMARY KEY, stream_id TEXT, stream_version INT,"
        " event_type TEXT, payload TEXT, idempotency_key TEXT)"
    )
    conn.execute("CREATE UNIQUE INDEX ux_sv ON events (stream_id, stream_version)")
    conn.execute("CREATE UNIQUE INDEX ux_key ON events (idempotency_key)")

    def append_all() -> None:
        position = 0
        for b in range(total // batch):
            rows = []
            for i in range(batch):
                position += 1
                n = b * batch + i
                rows.append(
                    (position, f"bench-{b}", i + 1, "BenchNoted", json.dumps(payload(n)), f"k{n}")
                )
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")

    t_append, _ = timed(append_all)
    rows = "SELECT payload FROM events ORDER BY position"
    t_read, count = timed(lambda: sum(1 for (p,) in conn.execute(rows) if json.loads(p)))
    assert count == total
    conn.close()
    return {"append_eps": rate(total, t_append), "read_eps": rate(total, t_read)}


# -- the peer: eventsourcing -------------------------------------------------------------------

try:
    from eventsourcing.domain import Aggregate, event

    class Ledger(Aggregate):  # type: ignore[no-redef]
        """One aggregate per batch: its events are saved in one transaction."""

        @event("Noted")
        def note(self, n: int, feed: str, title: str, ok: bool) -> None:
            pass

except ImportError:  # the bench extra is not installed
    Ledger = None  # type: ignore[assignment,misc]


def bench_eventsourcing(env: dict[str, str], total: int, batch: int) -> dict[str, float] | None:
    if Ledger is None:
        return None
    from eventsourcing.application import Application

    app = Application[Any](env=env)

    def append_all() -> None:
        for b in range(total // batch):
            ledger = Ledger()
            for i in range(batch - 1):  # the creation event is the batch's first event
                ledger.note(**payload(b * batch + i))
            app.save(ledger)

    t_append, _ = timed(append_all)

    def read_all() -> int:
        count = 0
        start = 1
        while True:
            notes = app.recorder.select_notifications(start=start, limit=5000)
            if not notes:
                return count
            for note in notes:
                app.mapper.to_domain_event(note)
                count += 1
            start = notes[-1].id + 1

    t_read, count = timed(read_all)
    assert count == total, count
    app.close()
    return {"append_eps": rate(total, t_append), "read_eps": rate(total, t_read)}


# -- main ----------------------------------------------------------------------------------


def pg_schema(url: str, schema: str, drop: bool = False) -> None:
    admin = create_engine(normalize_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        if not drop:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--pg-url", default=os.environ.get("TRACKER_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    total, batch = args.events - args.events % args.batch, args.batch
    rows: list[tuple[str, dict[str, float] | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        ours = bench_tracker(f"sqlite:///{tmp}/tracker.db", total, batch)
        raw = bench_raw_sqlite(f"{tmp}/raw.db", total, batch)
        peer = bench_eventsourcing(
            {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": f"{tmp}/es.db"},
            total,
            batch,
        )
    rows += [("tracker sqlite", ours), ("raw sqlite3", raw), ("eventsourcing sqlite", peer)]
    pg: dict[str, float] | None = None
    pg_peer: dict[str, float] | None = None
    if args.pg_url:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        pg_schema(args.pg_url, schema)
        sep = "&" if "?" in args.pg_url else "?"
        try:
            pg = bench_tracker(f"{args.pg_url}{sep}options=-csearch_path%3D{schema}", total, batch)
        finally:
            pg_schema(args.pg_url, schema, drop=True)
        from sqlalchemy.engine import make_url

        u = make_url(normalize_url(args.pg_url))
        es_schema = f"bench_es_{uuid.uuid4().hex[:8]}"
        pg_schema(args.pg_url, es_schema)
        try:
            pg_peer = bench_eventsourcing(
                {
                    "PERSISTENCE_MODULE": "eventsourcing.postgres",
                    "POSTGRES_DBNAME": u.database or "postgres",
                    "POSTGRES_HOST": u.host or "127.0.0.1",
                    "POSTGRES_PORT": str(u.port or 5432),
                    "POSTGRES_USER": u.username or "postgres",
                    "POSTGRES_PASSWORD": u.password or "",
                    "POSTGRES_SCHEMA": es_schema,
                },
                total,
                batch,
            )
        finally:
            pg_schema(args.pg_url, es_schema, drop=True)
        rows += [("tracker postgresql", pg), ("eventsourcing postgresql", pg_peer)]

    print(f"{total:,} events of ~150 B, batches of {batch:,}")
    print(f"{'':28}{'append ev/s':>14}{'read ev/s':>14}{'verify ev/s':>14}")
    for name, r in rows:
        if r is None:
            print(f"{name:28}{'(not installed)':>14}")
            continue
        verify = f"{r['verify_eps']:>14,.0f}" if "verify_eps" in r else f"{'':>14}"
        print(f"{name:28}{r['append_eps']:>14,.0f}{r['read_eps']:>14,.0f}{verify}")
    vs_peer = ours["append_eps"] / peer["append_eps"] if peer else float("nan")
    result = (
        f"RESULT store append_eps={ours['append_eps']:.0f} read_eps={ours['read_eps']:.0f}"
        f" verify_eps={ours['verify_eps']:.0f} append_vs_eventsourcing={vs_peer:.2f}"
        f" append_vs_raw={ours['append_eps'] / raw['append_eps']:.2f}"
    )
    if pg is not None:
        pg_vs = pg["append_eps"] / pg_peer["append_eps"] if pg_peer else float("nan")
        result += f" pg_append_eps={pg['append_eps']:.0f} pg_append_vs_eventsourcing={pg_vs:.2f}"
    print(result)


if __name__ == "__main__":
    main()
