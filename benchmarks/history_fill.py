"""Paired rebuilds of the claims projection: a baseline revision's code against the
working tree's, on the same database, alternately first and second.

What a rebuild costs with the materialized histories (:mod:`tracker.projections.history`)
depends on where their chunks are made; to compare two ways on a shared 2-core machine,
each rebuild runs in a fresh process (its own peak RSS, its own CPU time), the two
codes alternate, and every round runs both back to back on the same database. The
baseline's ``tracker`` package is exported with ``git archive`` into a temporary
directory (nothing in the working tree changes).

CPU time is the rebuilding process's (``resource.getrusage``): on SQLite that holds the
database's own work; a PostgreSQL server's work is in its own process, so for
PostgreSQL the server backend's CPU time (``/proc/<pid>/stat``) is reported too.

Usage:
  .venv/bin/python -m benchmarks.history_fill --events 200000 --backend sqlite \
      --db /tmp/histfill.db --baseline ad9c2dc --rounds 3
(the database is built once, with benchmarks.projections' synthetic events, and reused
while its event count matches).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.paired import export, run_in

ROOT = Path(__file__).resolve().parents[1]


def _engine(url: str) -> Any:
    from tracker.store.engine import make_engine

    return make_engine(url)


def build(url: str, total: int) -> None:
    """Append ``total`` synthetic claim events (once: a database holding them is kept)."""
    from sqlalchemy import func, select

    from benchmarks.projections import Clock, append
    from tracker.app import Tracker
    from tracker.store import migrate
    from tracker.store.schema import events

    engine = _engine(url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        held = int(conn.execute(select(func.count()).select_from(events)).scalar() or 0)
    if held == total:
        return
    if held:
        raise SystemExit(f"{url} holds {held} events, not {total}: give another --db")
    clock = Clock()
    t = Tracker(engine, clock=clock)
    append(t, clock, random.Random(5), 0, total, total)
    t.close()


def rebuild_once(url: str) -> dict[str, Any]:
    """One rebuild in this process: events, wall and CPU seconds, peak RSS (MB)."""
    from tracker.app import Tracker

    t = Tracker(_engine(url))
    t.ensure_ready()
    server: list[float] = []
    if url.startswith("postgresql"):
        # every connection of the rebuild is the pool's: sum their backends' CPU time
        from sqlalchemy import event

        backends: set[int] = set()

        @event.listens_for(t.engine, "connect")
        def _seen(dbapi: Any, _record: Any) -> None:
            with dbapi.cursor() as cur:
                cur.execute("SELECT pg_backend_pid()")
                backends.add(cur.fetchone()[0])
            dbapi.commit()

        t.engine.dispose()
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_SELF)
    applied = t.rebuild_projections("claims")["claims"]
    after = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter() - started
    if url.startswith("postgresql"):
        total = 0.0
        for pid in backends:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # a backend that ended: its time is lost (pooled ones stay)
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        server.append(total)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    t.close()
    return {
        "events": applied,
        "wall": wall,
        "cpu": cpu,
        "peak_mb": after.ru_maxrss / 1024,
        "server_cpu": server[0] if server else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--db", default="/tmp/histfill.db", help="SQLite file")
    parser.add_argument("--schema", default="bench_histfill", help="PostgreSQL schema")
    parser.add_argument("--baseline", default="ad9c2dc")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        print(json.dumps(rebuild_once(args.url)))
        return
    url = _url(args)
    build(url, args.events)
    with tempfile.TemporaryDirectory() as tmp:
        old = export(args.baseline, Path(tmp))
        # benchmarks.history_fill must be importable from the baseline's directory too
        (Path(tmp) / "benchmarks").symlink_to(ROOT / "benchmarks")
        codes = {"baseline": old, "tree": ROOT}
        runs: dict[str, list[dict[str, Any]]] = {"baseline": [], "tree": []}
        for i in range(args.rounds):
            order = ("baseline", "tree") if i % 2 == 0 else ("tree", "baseline")
            for name in order:
                found = run_in(codes[name], "benchmarks.history_fill", url)
                runs[name].append(found)
                print(f"  round {i + 1} {name:8} {_line(found)}", flush=True)
    report(args, runs)


def _url(args: argparse.Namespace) -> str:
    if args.backend == "sqlite":
        return f"sqlite:///{args.db}"
    base = os.environ.get(
        "TRACKER_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
    ).replace("postgresql://", "postgresql+psycopg://", 1)
    from sqlalchemy import create_engine, text

    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {args.schema}"))
    admin.dispose()
    return f"{base}?options=-csearch_path%3D{args.schema}"


def _line(f: dict[str, Any]) -> str:
    server = "" if f["server_cpu"] is None else f"  server cpu {f['server_cpu']:.2f} s"
    return (
        f"wall {f['wall']:.2f} s  cpu {f['cpu']:.2f} s  "
        f"{f['events'] / f['cpu']:,.0f} ev/s of CPU  peak {f['peak_mb']:.0f} MB{server}"
    )


def report(args: argparse.Namespace, runs: dict[str, list[dict[str, Any]]]) -> None:
    def med(name: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[name])

    events = runs["tree"][0]["events"]
    figures = {
        name: {
            "cpu_eps": events / med(name, "cpu"),
            "wall_eps": events / med(name, "wall"),
            "peak_mb": med(name, "peak_mb"),
            "server_cpu": (
                med(name, "server_cpu") if runs[name][0]["server_cpu"] is not None else 0.0
            ),
        }
        for name in runs
    }
    print(f"\n{args.backend}, {events:,} events, medians of {args.rounds} paired rounds")
    print(f"{'':10} {'CPU ev/s':>10} {'wall ev/s':>10} {'peak MB':>8} {'server CPU s':>12}")
    for name, f in figures.items():
        print(
            f"{name:10} {f['cpu_eps']:>10,.0f} {f['wall_eps']:>10,.0f} {f['peak_mb']:>8.0f}"
            f" {f['server_cpu']:>12.2f}"
        )
    b, n = figures["baseline"], figures["tree"]
    print(
        f"RESULT history_fill backend={args.backend} events={events} "
        f"cpu_eps_baseline={b['cpu_eps']:.0f} cpu_eps={n['cpu_eps']:.0f} "
        f"cpu_ratio={n['cpu_eps'] / b['cpu_eps']:.2f} "
        f"wall_eps_baseline={b['wall_eps']:.0f} wall_eps={n['wall_eps']:.0f} "
        f"peak_mb_baseline={b['peak_mb']:.0f} peak_mb={n['peak_mb']:.0f} "
        f"server_cpu_s_baseline={b['server_cpu']:.2f} server_cpu_s={n['server_cpu']:.2f}"
    )


if __name__ == "__main__":
    main()
