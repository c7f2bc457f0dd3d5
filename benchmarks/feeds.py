"""Feed pipeline figures (issue 3), one run on this machine.

1. Ingest throughput: a 1,000-entry feed from a local server through fetch, parse (worker
   process), document decisions and one append, against bare ``feedparser.parse`` on the
   same bytes in this process.
2. A poll cycle of 1,000 feeds, 95% answering 304, with peak memory (this process plus its
   parser workers).
3. Unchanged feeds cost no parse: 1,000 unchanged 200-responses vs 1,000 changed ones.

The local feed server runs in a child process, as a real feed server never shares the
poller's interpreter: in the same process its request handling (~0.6 ms of Python per
response) competes for the poller's GIL and is charged to the poller, which mostly
distorts the unchanged-feed figure. ``--in-process-server`` restores that setup.

Usage: .venv/bin/python -m benchmarks.feeds [--in-process-server]
"""

from __future__ import annotations

import multiprocessing
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import feedparser
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tracker.ingest.poll as poll_module
from tests.feeds_support import FeedServer, items, rss
from tracker.app import Tracker
from tracker.store import migrate
from tracker.store.engine import make_engine


class RemoteServer:
    """A :class:`FeedServer` in a child process, driven over a pipe (same methods)."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        self.pid = self._process.pid
        self.port = self._call("port")

    def _call(self, *msg: Any) -> Any:
        self._conn.send(msg)
        return self._conn.recv()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def static(self, path: str, body: bytes, *, etag: str | None = None) -> str:
        self._call("static", path, body, etag)
        return self.url(path)

    def versioned(self, prefix: str, count: int, entries: int) -> None:
        """Routes ``/{prefix}{i}.xml`` whose body changes with :meth:`set_version`."""
        self._call("versioned", prefix, count, entries)

    def set_version(self, n: int) -> None:
        self._call("version", n)

    def close(self) -> None:
        self._call("close")
        self._process.join(timeout=10)


def _serve(conn: Connection) -> None:
    server = FeedServer()
    version = {"n": 0}
    bodies: dict[tuple[str, int, int], bytes] = {}

    def changing(prefix: str, i: int, entries: int):  # type: ignore[no-untyped-def]
        def handle(h: Any) -> None:
            key = (prefix, i, version["n"])
            if key not in bodies:
                bodies[key] = rss(items(entries, prefix=f"{prefix}{i}v{key[2]}")).encode()
            h.reply(200, bodies[key], {"Content-Type": "application/xml"})

        return handle

    while True:
        command, *args = conn.recv()
        if command == "port":
            conn.send(server.port)
        elif command == "static":
            path, body, etag = args
            conn.send(server.static(path, body, etag=etag))
        elif command == "versioned":
            prefix, count, entries = args
            for i in range(count):
                server.route(f"/{prefix}{i}.xml", changing(prefix, i, entries))
            conn.send(None)
        elif command == "version":
            version["n"] = args[0]
            conn.send(None)
        else:
            server.close()
            conn.send(None)
            return


class InProcessServer(FeedServer):
    """The old setup: the feed server's threads share this interpreter."""

    def versioned(self, prefix: str, count: int, entries: int) -> None:
        self._version = 0
        bodies: dict[tuple[int, int], bytes] = {}

        def changing(i: int):  # type: ignore[no-untyped-def]
            def handle(h: Any) -> None:
                key = (i, self._version)
                if key not in bodies:
                    bodies[key] = rss(items(entries, prefix=f"{prefix}{i}v{key[1]}")).encode()
                h.reply(200, bodies[key], {"Content-Type": "application/xml"})

            return handle

        for i in range(count):
            self.route(f"/{prefix}{i}.xml", changing(i))

    def set_version(self, n: int) -> None:
        self._version = n


Server = RemoteServer | InProcessServer


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class PeakMemory:
    """Samples RSS of this process and its children (parser workers; not the feed
    server) every 20 ms."""

    def __init__(self, exclude: int | None = None) -> None:
        self.exclude = exclude
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                total = me.memory_info().rss + sum(
                    c.memory_info().rss
                    for c in me.children(recursive=True)
                    if c.pid != self.exclude
                )
            except psutil.Error:
                total = 0
            self.peak = max(self.peak, total)
            time.sleep(0.02)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def fresh_tracker(tmp: Path, name: str, clock: Clock) -> Tracker:
    engine = make_engine(f"sqlite:///{tmp / name}")
    migrate.upgrade(engine)
    t = Tracker(engine, clock=clock)
    t.process = lambda: None  # type: ignore[method-assign]  (extraction is not measured here)
    return t


def bench_ingest(server: Server, tmp: Path) -> tuple[float, float, float]:
    server.static("/warm.xml", rss(items(2, prefix="w")).encode())
    t = fresh_tracker(tmp, "ingest.db", Clock())
    t.ingest([server.url("/warm.xml")])  # start the parser workers outside the timing
    bare: list[float] = []
    runs: list[float] = []
    # Steady state, best of five, each a new feed into the same log. Bare parse and the
    # pipeline alternate on the same bytes, so a busy moment on this shared machine
    # weighs on both sides alike.
    for n in range(5):
        body = rss(items(1000, body_size=1000, prefix=f"r{n}")).encode()
        server.static(f"/big{n}.xml", body)
        started = time.perf_counter()
        feedparser.parse(body)
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        summary = t.ingest([server.url(f"/big{n}.xml")])
        runs.append(time.perf_counter() - started)
        assert summary.new_documents == 1000, summary
    pipeline = min(runs)
    bare_s = min(bare)
    print(f"{'ingest 1,000 entries':<34} {pipeline:8.3f} s  {1000 / pipeline:8.0f} entries/s")
    print(f"{'bare feedparser.parse':<34} {bare_s:8.3f} s  {1000 / bare_s:8.0f} entries/s")
    pairs = " ".join(f"{r / b:.2f}" for r, b in zip(runs, bare, strict=True))
    print(f"{'  run/bare, run by run':<34} {pairs}")
    stages(server, t)
    return 1000 / pipeline, pipeline / bare_s, bare_s


def stages(server: Server, t: Tracker) -> None:
    """One more ingest with each stage timed (where the time over bare parsing goes)."""
    spent: dict[str, float] = {}
    poller = t.feed_service.poller

    def timed(obj: object, name: str, label: str) -> None:
        inner = getattr(obj, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - started

        setattr(obj, name, wrapper)

    timed(poller.fetcher, "fetch", "fetch (HTTP, 1.2 MB)")
    timed(poller.parsers, "parse", "parse (worker: feedparser + pipe)")
    timed(poller.states, "doc_states", "read document states")
    timed(poll_module, "decide", "decide documents (1,000 events)")
    timed(poller.store, "append_batch", "append to the log (1,001 events)")
    timed(poller.states, "save_poll", "save feed + document states")
    body = rss(items(1000, body_size=1000, prefix="stages")).encode()
    server.static("/stages.xml", body)
    started = time.perf_counter()
    t.ingest([server.url("/stages.xml")])
    total = time.perf_counter() - started
    for label, seconds in spent.items():
        print(f"  {label:<40} {seconds * 1000:7.1f} ms  {seconds / total:4.0%}")
    rest = total - sum(spent.values())
    print(
        f"  {'the rest (lease, threads, summary)':<40} {rest * 1000:7.1f} ms  {rest / total:4.0%}"
    )


def cycle(t: Tracker, clock: Clock) -> tuple[float, int]:
    clock.now += timedelta(days=2)
    started = time.perf_counter()
    summary = t.poll()
    return time.perf_counter() - started, summary.feeds


def bench_cycle(server: Server, tmp: Path) -> tuple[float, float]:
    clock = Clock()
    t = fresh_tracker(tmp, "cycle.db", clock)
    t.feed_service.poller.concurrency = 16
    t.feed_service.poller.per_host = 16
    body = rss(items(5)).encode()
    for i in range(1000):
        server.static(
            f"/c{i}.xml", body if i % 20 else rss(items(5, prefix=f"c{i}")).encode(), etag=f'"c{i}"'
        )
        t.add_feed(server.url(f"/c{i}.xml"), name=f"c{i}", every="1h")
    cycle(t, clock)  # first cycle: every feed 200 and parsed
    for i in range(0, 1000, 20):  # 5% change: new body and validator
        server.static(f"/c{i}.xml", rss(items(6, prefix=f"c{i}x")).encode(), etag=f'"c{i}x"')
    with PeakMemory(exclude=getattr(server, "pid", None)) as mem:
        seconds, feeds = cycle(t, clock)
    assert feeds == 1000, feeds
    peak_mb = mem.peak / 2**20
    print(f"{'cycle of 1,000 feeds (95% 304)':<34} {seconds:8.3f} s  peak {peak_mb:.0f} MB")
    return seconds, peak_mb


def bench_unchanged(server: Server, tmp: Path) -> float:
    clock = Clock()
    t = fresh_tracker(tmp, "unchanged.db", clock)
    t.feed_service.poller.concurrency = 16
    t.feed_service.poller.per_host = 16
    server.versioned("u", 1000, 20)
    for i in range(1000):
        t.add_feed(server.url(f"/u{i}.xml"), name=f"u{i}", every="1h")
    cycle(t, clock)
    server.set_version(1)
    changed, _ = cycle(t, clock)
    unchanged, _ = cycle(t, clock)  # same bytes again: no parse
    print(f"{'1,000 changed 200s (20 entries)':<34} {changed:8.3f} s")
    print(f"{'1,000 unchanged 200s':<34} {unchanged:8.3f} s  {changed / unchanged:.1f}x faster")
    return changed / unchanged


def main() -> None:
    server: Server = InProcessServer() if "--in-process-server" in sys.argv else RemoteServer()
    try:
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            eps, ratio, _ = bench_ingest(server, tmp)
            cycle_s, peak = bench_cycle(server, tmp)
            speedup = bench_unchanged(server, tmp)
    finally:
        server.close()
    print(f"{'pipeline / bare parse':<34} {ratio:8.2f}x (goal <= 1.3)")
    print(
        f"RESULT feeds ingest_eps={eps:.0f} ingest_vs_parse={ratio:.2f} "
        f"cycle_1000_s={cycle_s:.2f} cycle_peak_mb={peak:.0f} unchanged_speedup={speedup:.1f}"
    )


if __name__ == "__main__":
    main()
