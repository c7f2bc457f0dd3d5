"""Projection and time-travel figures (issue 5), one run on this machine.

1. Rebuild: N claim events (default 1,000,000) into the claims projection, against the
   store's own read rate of the same events (``read_all`` with the claim types: the floor
   a rebuild cannot beat), with peak RSS during rebuilds at 100k and at N events.
2. ``state(as_of, known_at)`` for one subject: p50 / p99 over random subjects and times.
3. The whole industry state today (all subjects, everything known): read from the
   materialized current state, alternatives counted; also listed, and the day before
   (computed from the claims table, as every other question is).
4. ``history(subject, predicate)``: p99, read from the materialized histories; each
   sample is also answered from the claims table (the computed path), alternately first
   and second, for a paired comparison (``history_computed_p99_ms``).

Queries are cold: every sample asks about another subject or time, nothing caches an
answer. Each query's percentiles are also given in CPU time of the query thread
(``time.thread_time``): on a machine shared with other work a p99 of 200 samples is
mostly time spent waiting for a core. The slowest samples are printed with their size
(entries, rows), so a p99 can be told from the work it stands for.

Synthetic data, shaped like a few years of an industry's news: 500 subjects, carried
counts and relations, dated capacities by quarter, a few specifications, 1% curation
marks, reports mostly in time order with 5% backfill. Keys per subject are bounded the
way a vocabulary bounds them (each subject relates to 3 of the 20 products and invests
in 2 targets; 3 chips, 2 processes): N events are mostly the same keys said again over
time, as news is. (Until 2026-11-26 every relation drew its object from all 20 products
and investment had no target, giving ~175 keys per subject: more keys than a real
industry has, so the industry state had 79k entries at 1M events.)

Usage: .venv/bin/python -m benchmarks.projections [--events N] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import create_engine, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.app import Tracker
from tracker.domain.catalog import (
    ClaimAsserted,
    ClaimRanked,
    ClaimRetracted,
    ClaimWithdrawn,
)
from tracker.domain.claims import Claim, Quantity, Source, ValidTime
from tracker.domain.events import AppendRequest, NewEvent
from tracker.projections.claims import CLAIM_EVENTS
from tracker.store import migrate
from tracker.store.engine import make_engine, normalize_url
from tracker.store.schema import events

SUBJECTS = [f"s{i:03d}" for i in range(500)]
CHIPS = [f"chip{i:02d}" for i in range(100)]
START = datetime(2023, 1, 1, tzinfo=UTC)
SPAN_DAYS = 3 * 365
PREDICATES = [
    ("deployed_chips", 30),
    ("capacity", 20),
    ("adopts", 10),
    ("supply_deal", 10),
    ("investment", 10),
    ("integrates", 6),
    ("trains_on", 6),
    ("located_in", 2),
    ("peak_compute", 2),
    ("memory_capacity", 2),
    ("chips_per_system", 2),
]
_NAMES = [p for p, _ in PREDICATES]
_WEIGHTS = [w for _, w in PREDICATES]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _quarter(day: date) -> tuple[date, date]:
    q = (day.month - 1) // 3
    start = date(day.year, 3 * q + 1, 1)
    end = (date(day.year + 1, 1, 1) if q == 3 else date(day.year, 3 * q + 4, 1)) - timedelta(days=1)
    return start, end


def _index(subject: str) -> int:
    return int(subject.removeprefix("chip").removeprefix("s"))


def make_claim(rng: random.Random, n: int, total: int) -> Claim:
    """The n-th synthetic claim of ``total``: reports advance with n, 5% are backfill."""
    frac = n / total if rng.random() > 0.05 else rng.random() * n / total
    reported = START + timedelta(days=SPAN_DAYS * frac, seconds=rng.randrange(86400))
    said = reported.date()
    predicate = rng.choices(_NAMES, _WEIGHTS)[0]
    subject = rng.choice(
        CHIPS if predicate in ("peak_compute", "memory_capacity", "chips_per_system") else SUBJECTS
    )
    modality = rng.choices(["actual", "planned", "forecast", "considering"], [70, 12, 12, 6])[0]
    qualifiers: dict[str, str] = {}
    obj = None
    value: Quantity | None = Quantity.model_construct(
        low=float(rng.randrange(1, 10**6)), high=0.0, unit="count", approx=False, bound="exact"
    )
    if predicate == "deployed_chips":
        qualifiers = {"chip": rng.choice(("a", "b", "c"))}
    elif predicate == "capacity":
        qualifiers = {"process": rng.choice(("cowos", "soic"))}
    elif predicate == "investment":
        qualifiers = {"target": f"t{(_index(subject) + rng.randrange(2)) % 50:02d}"}
    elif predicate in ("adopts", "supply_deal", "integrates", "trains_on"):
        obj = CHIPS[(_index(subject) + 7 * rng.randrange(3)) % 20]
        value = None if predicate != "supply_deal" else value
    if value is not None:
        value = Quantity.model_construct(
            low=value.low, high=value.low, unit="count", approx=False, bound="exact"
        )
    if predicate == "capacity":
        target = said + timedelta(days=rng.randrange(0, 400) if modality != "actual" else 0)
        q_start, q_end = _quarter(target)
        valid = ValidTime.model_construct(
            kind="point", start=q_start, end=q_end, granularity="quarter", text=None
        )
    elif modality == "planned":
        valid = ValidTime.model_construct(
            kind="deadline", start=said, end=date(said.year, 12, 31), granularity="day", text=None
        )
    elif modality == "considering":
        valid = ValidTime.model_construct(
            kind="open", start=said, end=None, granularity="day", text=None
        )
    else:
        valid = ValidTime.model_construct(
            kind="point", start=said, end=said, granularity="day", text=None
        )
    doc = f"doc{n // 10}"
    return Claim.model_construct(
        claim_id=f"c_{n:024x}",
        subject=subject,
        predicate=predicate,
        qualifiers=qualifiers,
        object=obj,
        value=value,
        modality=modality,
        valid=valid,
        reported_at=reported,
        source=Source.model_construct(
            document_id=doc,
            feed="bench",
            url=None,
            quote=f"{subject} {predicate} sentence {n}",
            tier=rng.choice(("company", "press", "press", "press", "analyst", "rumor")),
            quote_start=None,
            quote_end=None,
            note=None,
        ),
        confidence=round(rng.uniform(0.5, 1.0), 2),
        asserted_by="extractor:bench@1",
        vocabulary=None,
    )


def event_stream(
    rng: random.Random, first: int, last: int, total: int
) -> Iterator[tuple[str, NewEvent]]:
    """Claim events n in [first, last): 99% assertions, 1% marks of earlier claims."""
    for n in range(first, last):
        if n > 100 and rng.random() < 0.01:
            target = f"c_{rng.randrange(n):024x}"
            said = START + timedelta(days=SPAN_DAYS * n / total)
            kind = rng.random()
            if kind < 0.5:
                ev = ClaimWithdrawn(
                    claim_id=target,
                    reason="revised",
                    reported_at=said,
                    asserted_by="extractor:bench@1",
                )
            elif kind < 0.8:
                ev = ClaimRanked(
                    claim_id=target,
                    rank=rng.choice(("preferred", "deprecated")),
                    reason="checked",
                    reported_at=said,
                    by="user:bench",
                )
            else:
                ev = ClaimRetracted(
                    claim_id=target, reason="wrong", reported_at=said, by="user:bench"
                )
            yield "claims-user", NewEvent(ev)
        else:
            claim = make_claim(rng, n, total)
            yield f"claims-{claim.source.document_id}", NewEvent(ClaimAsserted(claim=claim))


def append(t: Tracker, clock: Clock, rng: random.Random, first: int, last: int, total: int) -> None:
    chunk: list[AppendRequest] = []
    size = 0
    for stream, new in event_stream(rng, first, last, total):
        chunk.append(AppendRequest(stream, (new,)))
        size += 1
        if size == 5000:
            t.store.append_batch(chunk)
            clock.now += timedelta(minutes=1)
            chunk, size = [], 0
    if chunk:
        t.store.append_batch(chunk)


class PeakRss:
    """Samples this process's RSS every 20 ms while running, with its children's (a SQLite
    rebuild's writer process: see tracker.projections.writer_process)."""

    def __init__(self) -> None:
        self.peak = self.start = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        proc = psutil.Process()
        while not self._stop.is_set():
            rss = proc.memory_info().rss
            for child in proc.children(recursive=True):
                with contextlib.suppress(psutil.Error):  # it may have just ended
                    rss += child.memory_info().rss
            self.peak = max(self.peak, rss)
            time.sleep(0.02)

    def __enter__(self) -> PeakRss:
        self.peak = self.start = psutil.Process().memory_info().rss
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def rebuild(t: Tracker) -> tuple[float, float, float, int, float]:
    """Events/s, peak RSS and RSS at the start (MB, with the writer process's), events
    applied, and the CPU seconds this process and its writer process spent (on a shared
    machine the wall time includes waiting for a core; the CPU time does not, and a
    PostgreSQL server's own work is not in it)."""
    with PeakRss() as rss:
        started, cpu = time.perf_counter(), _cpu_with_children()
        applied = t.rebuild_projections("claims")["claims"]
        elapsed, cpu = time.perf_counter() - started, _cpu_with_children() - cpu
    return applied / elapsed, rss.peak / 2**20, rss.start / 2**20, applied, cpu


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its ended children (a SQLite rebuild's writer)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def store_read_rate(t: Tracker) -> float:
    started = time.perf_counter()
    count = sum(1 for _ in t.store.read_all(batch_size=20000, types=list(CLAIM_EVENTS)))
    return count / (time.perf_counter() - started)


def raw_row_rate(t: Tracker) -> float:
    started = time.perf_counter()
    count = 0
    with t.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=20000).execute(
            select(events.c.position, events.c.payload).where(
                events.c.event_type.in_(list(CLAIM_EVENTS))
            )
        )
        for _ in result:
            count += 1
    return count / (time.perf_counter() - started)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def query_figures(t: Tracker, rng: random.Random, samples: int) -> dict[str, float]:
    t.catch_up()
    state_ms, history_ms, state_cpu, history_cpu = [], [], [], []
    state_slow: list[tuple[float, str]] = []
    history_slow: list[tuple[float, str]] = []
    for _ in range(samples):
        subject = rng.choice(SUBJECTS)
        as_of = (START + timedelta(days=rng.randrange(SPAN_DAYS))).date()
        known = START + timedelta(days=rng.randrange(SPAN_DAYS))
        state = None  # the previous answer is freed before the clock starts (see below)
        started, cpu = time.perf_counter(), time.thread_time()
        state = t.state(as_of, known_at=known, subject=subject)
        state_ms.append((time.perf_counter() - started) * 1000)
        state_cpu.append((time.thread_time() - cpu) * 1000)
        alternatives = sum(e.alternative_count for e in state.entries)
        state_slow.append(
            (
                state_ms[-1],
                f"{subject} as_of {as_of} known_at {known.date()}: {len(state.entries)} entries,"
                f" {alternatives} alternatives",
            )
        )
    computed_ms, computed_cpu = [], []
    for i in range(samples):
        subject, predicate = rng.choice(SUBJECTS), rng.choice(_NAMES[:8])
        # paired: the same history from the claims table (the path before the
        # materialized histories), first or second in turn
        for materialized in (True, False) if i % 2 else (False, True):
            # Binding the answer to a name that still held the previous one freed that
            # answer (up to ~600 rows of models, ~0.5 ms) inside this sample's time; a
            # sample measures its own query only (until 2026-11-27 it did not).
            history = None
            started, cpu = time.perf_counter(), time.thread_time()
            if materialized:
                history = t.history(subject, predicate)
            else:  # as Tracker.history asks, catch-up check included
                t._fresh()
                history = t.queries.history(subject, predicate, materialized=False)
            wall_ms, cpu_ms = (
                (time.perf_counter() - started) * 1000,
                (time.thread_time() - cpu) * 1000,
            )
            if materialized:
                history_ms.append(wall_ms)
                history_cpu.append(cpu_ms)
            else:
                computed_ms.append(wall_ms)
                computed_cpu.append(cpu_ms)
        history_slow.append((history_ms[-1], f"{subject} {predicate}: {len(history.rows)} rows"))
    print("  slowest samples (what the p99 is made of):")
    for name, slow in (("state", state_slow), ("history", history_slow)):
        for ms, what in sorted(slow, reverse=True)[:4]:
            print(f"    {name:8} {ms:7.2f} ms  {what}")
    rows = sorted(int(w.rsplit(": ", 1)[1].split()[0]) for _, w in history_slow)
    print(f"    history rows: median {rows[len(rows) // 2]}, max {rows[-1]}", flush=True)
    figures = {
        "state_p50_ms": percentile(state_ms, 0.5),
        "state_p99_ms": percentile(state_ms, 0.99),
        "history_p99_ms": percentile(history_ms, 0.99),
        "history_p50_ms": percentile(history_ms, 0.5),
        "state_p50_cpu_ms": percentile(state_cpu, 0.5),
        "state_p99_cpu_ms": percentile(state_cpu, 0.99),
        "history_p99_cpu_ms": percentile(history_cpu, 0.99),
        "history_computed_p99_ms": percentile(computed_ms, 0.99),
        "history_computed_p99_cpu_ms": percentile(computed_cpu, 0.99),
    }
    figures.update(industry_figures(t))
    return figures


def _timed(ask: Callable[[], Any]) -> tuple[float, Any, float]:
    """Wall ms, the answer, and CPU ms of this thread (no waiting for a core)."""
    started, cpu = time.perf_counter(), time.thread_time()
    answer = ask()
    return (time.perf_counter() - started) * 1000, answer, (time.thread_time() - cpu) * 1000


def industry_figures(t: Tracker) -> dict[str, float]:
    """The whole industry today (the materialized state): its first ask after the rebuild
    (which fills the table), then the median of 5, alternatives counted and listed; and
    the same question about the day before (not materialized: computed from the claims)."""
    refresh, _, _ = _timed(lambda: t.state(alternatives=False))
    counted = [_timed(lambda: t.state(alternatives=False)) for _ in range(5)]
    listed = [_timed(t.state) for _ in range(3)]
    before = t.clock().date() - timedelta(days=1)
    computed = [_timed(lambda: t.state(before, alternatives=False)) for _ in range(3)]
    answer = counted[-1][1]
    return {
        "industry_ms": statistics.median(ms for ms, _, _ in counted),
        "industry_cpu_ms": statistics.median(cpu for _, _, cpu in counted),
        "industry_first_ms": refresh,
        "industry_listed_ms": statistics.median(ms for ms, _, _ in listed),
        "industry_listed_cpu_ms": statistics.median(cpu for _, _, cpu in listed),
        "industry_computed_ms": statistics.median(ms for ms, _, _ in computed),
        "industry_entries": len(answer.entries),
        "industry_alternatives": sum(e.alternative_count for e in answer.entries),
    }


def run(url: str, total: int, samples: int) -> dict[str, float]:
    engine = make_engine(url)
    migrate.upgrade(engine)
    clock = Clock()
    t = Tracker(engine, clock=clock)
    rng = random.Random(5)
    small = min(100_000, total)
    started = time.perf_counter()
    append(t, clock, rng, 0, small, total)
    _, peak_small, start_small, _, _ = rebuild(t)
    append(t, clock, rng, small, total, total)
    print(f"  appended {total:,} claim events in {time.perf_counter() - started:.0f} s", flush=True)
    # the rebuild before the read rates: what a full read_all leaves in the heap (freed
    # but not returned to the system) would otherwise count as the rebuild's memory
    eps, peak_big, start_big, applied, cpu = rebuild(t)
    read_eps = store_read_rate(t)
    row_eps = raw_row_rate(t)
    figures = {
        "events": applied,
        "rebuild_eps": eps,
        "rebuild_cpu_eps": applied / cpu,
        "store_read_eps": read_eps,
        "raw_row_eps": row_eps,
        "rebuild_vs_read": eps / read_eps,
        "peak_mb_100k": peak_small,
        "peak_mb_1m": peak_big,
        "start_mb_100k": start_small,
        "start_mb_1m": start_big,
    }
    figures.update(query_figures(t, rng, samples))
    t.close()
    return figures


def table(name: str, f: dict[str, float]) -> None:
    print(f"\n{name}")
    rows = [
        ("events in the projection", f"{f['events']:,.0f}", ""),
        ("rebuild", f"{f['rebuild_eps']:,.0f} ev/s", "goal >= 50,000 (SQLite)"),
        ("rebuild per CPU second of this process", f"{f['rebuild_cpu_eps']:,.0f} ev/s", ""),
        (
            "store read_all, same events (floor)",
            f"{f['store_read_eps']:,.0f} ev/s",
            f"rebuild/read = {f['rebuild_vs_read']:.2f}",
        ),
        ("raw rows, no decoding", f"{f['raw_row_eps']:,.0f} rows/s", ""),
        (
            "peak RSS, rebuild of 100k",
            f"{f['peak_mb_100k']:.0f} MB",
            f"{f['start_mb_100k']:.0f} MB when it started",
        ),
        (
            "peak RSS, rebuild of all",
            f"{f['peak_mb_1m']:.0f} MB",
            f"{f['start_mb_1m']:.0f} MB when it started; flat if close to the line above",
        ),
        ("state(one subject) p50", f"{f['state_p50_ms']:.2f} ms", "goal < 2"),
        ("state(one subject) p99", f"{f['state_p99_ms']:.2f} ms", "goal < 10"),
        (
            "  the same, CPU time of the query thread",
            f"{f['state_p50_cpu_ms']:.2f} / {f['state_p99_cpu_ms']:.2f} ms",
            "p50 / p99; no waiting for a core (no PostgreSQL server work either)",
        ),
        (
            "industry state today (all subjects)",
            f"{f['industry_ms']:.0f} ms",
            f"{f['industry_entries']:,.0f} entries, alternatives counted; goal < 200",
        ),
        (
            "  the same, CPU time of the query thread",
            f"{f['industry_cpu_ms']:.0f} ms",
            f"listed: {f['industry_listed_cpu_ms']:.0f} ms; no waiting for a core",
        ),
        (
            "  its first ask (fills the table)",
            f"{f['industry_first_ms']:.0f} ms",
            "once a day, after a rebuild or a bulk catch-up",
        ),
        (
            "  alternatives listed",
            f"{f['industry_listed_ms']:.0f} ms",
            f"{f['industry_alternatives']:,.0f} alternatives",
        ),
        (
            "  the day before (computed)",
            f"{f['industry_computed_ms']:.0f} ms",
            f"ratio to today's: {f['industry_computed_ms'] / f['industry_ms']:.1f}x",
        ),
        ("history(subject, predicate) p50", f"{f['history_p50_ms']:.2f} ms", ""),
        ("history(subject, predicate) p99", f"{f['history_p99_ms']:.2f} ms", "goal < 5"),
        (
            "  the same, CPU time of the query thread",
            f"{f['history_p99_cpu_ms']:.2f} ms",
            "p99; no waiting for a core",
        ),
        (
            "  computed from the claims table",
            f"{f['history_computed_p99_ms']:.2f} ms",
            f"p99, paired; CPU {f['history_computed_p99_cpu_ms']:.2f} ms",
        ),
    ]
    for label, value, note in rows:
        print(f"  {label:<38} {value:>16}   {note}")


def pg_url() -> tuple[str, str]:
    base = normalize_url(
        os.environ.get("TRACKER_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    )
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    admin.dispose()
    return f"{base}?options=-csearch_path%3D{schema}", schema


def drop_pg(schema: str) -> None:
    base = normalize_url(
        os.environ.get("TRACKER_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    )
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    if args.backend in ("postgresql", "both"):
        url, schema = pg_url()
        try:
            print("PostgreSQL ...", flush=True)
            results["PostgreSQL"] = run(url, args.events, args.samples)
        finally:
            drop_pg(schema)
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            print("SQLite ...", flush=True)
            results["SQLite"] = run(f"sqlite:///{tmp}/bench.db", args.events, args.samples)
    for name, figures in results.items():
        table(name, figures)
    f = results.get("SQLite") or next(iter(results.values()))
    print(
        f"RESULT projections rebuild_eps={f['rebuild_eps']:.0f} "
        f"rebuild_vs_read={f['rebuild_vs_read']:.2f} "
        f"state_p50_ms={f['state_p50_ms']:.2f} state_p99_ms={f['state_p99_ms']:.2f} "
        f"industry_ms={f['industry_ms']:.0f} industry_listed_ms={f['industry_listed_ms']:.0f} "
        f"industry_computed_ms={f['industry_computed_ms']:.0f} "
        f"history_p99_ms={f['history_p99_ms']:.2f} "
        f"peak_mb_100k={f['peak_mb_100k']:.0f} peak_mb_1m={f['peak_mb_1m']:.0f} "
        f"rebuild_cpu_eps={f['rebuild_cpu_eps']:.0f} state_p99_cpu_ms={f['state_p99_cpu_ms']:.2f} "
        f"history_p99_cpu_ms={f['history_p99_cpu_ms']:.2f} "
        f"state_p50_cpu_ms={f['state_p50_cpu_ms']:.2f} industry_cpu_ms={f['industry_cpu_ms']:.0f} "
        f"history_computed_p99_ms={f['history_computed_p99_ms']:.2f} "
        f"history_computed_p99_cpu_ms={f['history_computed_p99_cpu_ms']:.2f}"
    )


if __name__ == "__main__":
    main()
