"""The claims projection's rebuild, paired: a baseline revision's code against the
working tree's, on one kept database, alternately first and second (issue 5's rebuild
figure, judged by CPU time on a shared machine).

A 1M-event database takes minutes to generate, so it is built once (benchmarks.projections'
synthetic claim events, the same seed) at ``--db`` and reused while it holds
``--events`` events. Each rebuild runs in a fresh process (its own CPU time and peak
RSS), the two codes alternate, and each round also times the store's own decoded read
of the same events (``read_all`` with the claim types, the floor a rebuild cannot beat)
for ``rebuild_vs_read``. The baseline's ``tracker`` package is exported with ``git
archive`` into a temporary directory, and the tree's is copied there when the run
starts: edits made while the rounds run do not reach them.

``--copy``: each code rebuilds its own copy of the database (made once per run), for a
baseline whose schema head differs from the tree's (a migration in between): the
baseline's copy is brought down to the baseline's head with the tree's migrations.

Usage:
  .venv/bin/python -m benchmarks.rebuild --events 200000 --db /tmp/me/r200k.db \
      --baseline 29df43f --rounds 3
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.paired import export, run_in

ROOT = Path(__file__).resolve().parents[1]


def build(url: str, total: int) -> None:
    """Append ``total`` synthetic claim events (once: a database holding them is kept)."""
    from benchmarks.history_fill import build as build_once

    build_once(url, total)


def rebuild_once(url: str) -> dict[str, Any]:
    """One rebuild in this process (wall and CPU seconds, peak RSS), then the store's
    decoded read of the same events (wall seconds)."""
    from tracker.app import Tracker
    from tracker.projections.claims import CLAIM_EVENTS
    from tracker.store.engine import make_engine

    t = Tracker(make_engine(url))
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_SELF)
    applied = t.rebuild_projections("claims")["claims"]
    after = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter() - started
    own = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # a SQLite rebuild's writer process (tracker.projections.writer_process), if any:
    # the only child this process has ended
    writer = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    read = sum(1 for _ in t.store.read_all(batch_size=20000, types=list(CLAIM_EVENTS)))
    read_wall = time.perf_counter() - started
    t.close()
    return {
        "events": applied,
        "wall": wall,
        "cpu": own + writer.ru_utime + writer.ru_stime,
        "own_cpu": own,
        "writer_cpu": writer.ru_utime + writer.ru_stime,
        "user": after.ru_utime - before.ru_utime,
        "peak_mb": after.ru_maxrss / 1024,
        "writer_peak_mb": writer.ru_maxrss / 1024,
        "read_eps": read / read_wall,
    }


def _line(f: dict[str, Any]) -> str:
    writer = f.get("writer_cpu", 0.0)  # absent in figures of older code
    return (
        f"wall {f['wall']:6.2f} s  cpu {f['cpu']:6.2f} s ({f.get('own_cpu', f['cpu']):.2f} +"
        f" writer {writer:.2f})  {f['events'] / f['cpu']:>7,.0f} ev/s"
        f" of CPU  {f['events'] / f['wall']:>7,.0f} ev/s wall  read {f['read_eps']:>7,.0f} ev/s"
        f"  peak {f['peak_mb']:.0f} + {f.get('writer_peak_mb', 0):.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--db", default="/tmp/rebuild_bench.db", help="SQLite file, kept")
    parser.add_argument("--baseline", default="HEAD")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copy", action="store_true", help="one database copy per code")
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        print(json.dumps(rebuild_once(args.url)))
        return
    url = f"sqlite:///{args.db}"
    build(url, args.events)
    with tempfile.TemporaryDirectory() as tmp:
        old = export(args.baseline, Path(tmp) / "baseline")
        # benchmarks.rebuild must be importable from the baseline's directory too
        (old / "benchmarks").symlink_to(ROOT / "benchmarks")
        # the tree as it is now: edits made while the rounds run do not reach them
        tree = Path(tmp) / "tree"
        shutil.copytree(ROOT / "tracker", tree / "tracker")
        (tree / "benchmarks").symlink_to(ROOT / "benchmarks")
        codes = {"baseline": old, "tree": tree}
        urls = {"baseline": url, "tree": url}
        if args.copy:
            for name in codes:
                path = Path(tmp) / f"{name}.db"
                shutil.copyfile(args.db, path)
                urls[name] = f"sqlite:///{path}"
            _to_schema_of(old, urls["baseline"])
        runs: dict[str, list[dict[str, Any]]] = {"baseline": [], "tree": []}
        for i in range(args.rounds):
            order = ("baseline", "tree") if i % 2 == 0 else ("tree", "baseline")
            for name in order:
                found = run_in(codes[name], "benchmarks.rebuild", urls[name])
                runs[name].append(found)
                print(f"  round {i + 1} {name:8} {_line(found)}", flush=True)
    report(args, runs)


def _to_schema_of(code: Path, url: str) -> None:
    """Bring the database at ``url`` (made by the tree's code) down to the schema head of
    the exported ``code``, with the tree's migrations, if that head is older: the
    baseline's code refuses a database at a schema it does not know."""
    from tracker.store import migrate
    from tracker.store.engine import make_engine

    text = (code / "tracker" / "store" / "migrate.py").read_text(encoding="utf-8")
    found = re.search(r'^SCHEMA_HEAD = "([^"]+)"', text, re.MULTILINE)
    if found is None or found.group(1) == migrate.SCHEMA_HEAD:
        return
    engine = make_engine(url)
    migrate.downgrade(engine, found.group(1))
    engine.dispose()
    print(f"  the baseline's copy brought down to schema {found.group(1)}", flush=True)


def report(args: argparse.Namespace, runs: dict[str, list[dict[str, Any]]]) -> None:
    def med(name: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[name])

    events = runs["tree"][0]["events"]
    figures = {
        name: {
            "cpu_eps": events / med(name, "cpu"),
            "wall_eps": events / med(name, "wall"),
            "read_eps": med(name, "read_eps"),
            "peak_mb": med(name, "peak_mb"),
        }
        for name in runs
    }
    print(f"\nSQLite, {events:,} events, medians of {args.rounds} paired rounds")
    print(f"{'':10} {'CPU ev/s':>10} {'wall ev/s':>10} {'read ev/s':>10} {'peak MB':>8}")
    for name, f in figures.items():
        print(
            f"{name:10} {f['cpu_eps']:>10,.0f} {f['wall_eps']:>10,.0f} {f['read_eps']:>10,.0f}"
            f" {f['peak_mb']:>8.0f}"
        )
    b, n = figures["baseline"], figures["tree"]
    print(
        f"RESULT rebuild events={events} baseline={args.baseline} "
        f"rebuild_cpu_eps_baseline={b['cpu_eps']:.0f} rebuild_cpu_eps={n['cpu_eps']:.0f} "
        f"cpu_ratio={n['cpu_eps'] / b['cpu_eps']:.2f} "
        f"rebuild_eps_baseline={b['wall_eps']:.0f} rebuild_eps={n['wall_eps']:.0f} "
        f"rebuild_vs_read_baseline={b['wall_eps'] / b['read_eps']:.2f} "
        f"rebuild_vs_read={n['wall_eps'] / n['read_eps']:.2f} "
        f"peak_mb_baseline={b['peak_mb']:.0f} peak_mb={n['peak_mb']:.0f}"
    )


if __name__ == "__main__":
    main()
