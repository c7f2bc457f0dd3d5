"""The query figures of issue 5 on one kept database, for paired runs of two trees.

``benchmarks.projections`` makes a new database every run (minutes at 1M events) and
times the rebuild too. The query figures are better judged old code against new code,
alternately, on the same database in the same hour: this script makes the database once
(the same synthetic log as ``benchmarks.projections``, same seed), keeps it, and then
runs only the queries, from this tree or from another one (``--tree``, e.g. a copy of an
older commit made with ``git archive REV | tar -x -C DIR``).

Figures (as ``benchmarks.projections`` names them): ``state(one subject, known_at)``
p50 / p99, ``history(subject, predicate)`` p50 / p99 and the whole industry state today
(alternatives counted: median of 5), each in wall time and in CPU time of the query
thread. The samples are drawn from ``--seed``, so two runs ask the same questions cold
(every sample is another subject or time).

``--dump FILE`` writes the answers (200 histories and 20 states by default, one JSON a
line, ``model_dump_json``) for a byte-for-byte comparison of two trees' answers.
``--profile FILE`` writes a cProfile of the history samples (``FILE.history``) and of
five industry states (``FILE.industry``).

Usage:
    .venv/bin/python benchmarks/query_figures.py --db /tmp/pq/bench.db [--events 1000000]
        [--samples 200] [--tree /tmp/pq_base] [--dump FILE] [--profile FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
SUBJECTS = [f"s{i:03d}" for i in range(500)]
PREDICATES = [
    "deployed_chips",
    "capacity",
    "adopts",
    "supply_deal",
    "investment",
    "integrates",
    "trains_on",
    "located_in",
]
START = datetime(2023, 1, 1, tzinfo=UTC)
SPAN_DAYS = 3 * 365


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def generate(db: Path, total: int) -> datetime:
    """The log of ``benchmarks.projections`` (seed 5) in a new database at ``db``,
    projected; returns the benchmark clock's time at the end (the industry's today)."""
    from benchmarks import projections as bench
    from tracker.app import Tracker
    from tracker.store import migrate
    from tracker.store.engine import make_engine

    db.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    clock = bench.Clock()
    t = Tracker(engine, clock=clock)
    started = time.perf_counter()
    bench.append(t, clock, random.Random(5), 0, total, total)
    print(f"appended {total:,} events in {time.perf_counter() - started:.0f} s", flush=True)
    t.rebuild_projections("claims")
    t.catch_up()
    t.state(alternatives=False)  # fills the materialized state for today
    print(f"projected in {time.perf_counter() - started:.0f} s", flush=True)
    t.close()
    return clock.now


def _timed(ask: Callable[[], Any]) -> tuple[float, float, Any]:
    started, cpu = time.perf_counter(), time.thread_time()
    answer = ask()
    return (time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000, answer


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


Questions = tuple[list[tuple[str, date, datetime]], list[tuple[str, str]]]


def samples(seed: int, count: int) -> Questions:
    """The state questions (subject, as_of, known_at) and the history questions."""
    rng = random.Random(seed)
    states = [
        (
            rng.choice(SUBJECTS),
            (START + timedelta(days=rng.randrange(SPAN_DAYS))).date(),
            START + timedelta(days=rng.randrange(SPAN_DAYS)),
        )
        for _ in range(count)
    ]
    histories = [(rng.choice(SUBJECTS), rng.choice(PREDICATES)) for _ in range(count)]
    return states, histories


def run(args: argparse.Namespace, now: datetime) -> dict[str, float]:
    from tracker.app import Tracker
    from tracker.store.engine import make_engine

    t = Tracker(make_engine(f"sqlite:///{args.db}"), clock=FixedClock(now))
    caught = t.catch_up()
    if caught:
        print(f"catch-up applied {caught} events (a projection version changed?)", flush=True)
    t.state(alternatives=False)  # today's materialized state, filled if it was not
    states, histories = samples(args.seed, args.samples)
    # one warm-up of each, off the figures: imports, compiled statements, generated code
    t.state(states[0][1], known_at=states[0][2], subject=states[0][0])
    t.history(*histories[0])
    state_ms, state_cpu = [], []
    for subject, as_of, known in states:
        ms, cpu, _ = _timed(lambda s=subject, d=as_of, k=known: t.state(d, known_at=k, subject=s))
        state_ms.append(ms)
        state_cpu.append(cpu)
    history_ms, history_cpu, sizes = [], [], []
    for subject, predicate in histories:
        ms, cpu, answer = _timed(lambda s=subject, p=predicate: t.history(s, p))
        history_ms.append(ms)
        history_cpu.append(cpu)
        sizes.append(len(answer.rows))
    industry = [_timed(lambda: t.state(alternatives=False)) for _ in range(5)]
    figures = {
        "state_p50_ms": percentile(state_ms, 0.5),
        "state_p99_ms": percentile(state_ms, 0.99),
        "state_p50_cpu_ms": percentile(state_cpu, 0.5),
        "state_p99_cpu_ms": percentile(state_cpu, 0.99),
        "history_p50_ms": percentile(history_ms, 0.5),
        "history_p99_ms": percentile(history_ms, 0.99),
        "history_p50_cpu_ms": percentile(history_cpu, 0.5),
        "history_p99_cpu_ms": percentile(history_cpu, 0.99),
        "history_rows_max": max(sizes),
        "industry_ms": statistics.median(ms for ms, _, _ in industry),
        "industry_cpu_ms": statistics.median(cpu for _, cpu, _ in industry),
        "industry_entries": len(industry[-1][2].entries),
    }
    if args.dump:
        dump(t, args.dump, states[:20], histories)
    if args.profile:
        profile(t, args.profile, histories)
    t.close()
    return figures


def dump(
    t: Any, path: str, states: list[tuple[str, date, datetime]], histories: list[tuple[str, str]]
) -> None:
    """The answers, one JSON a line: every history sample, the first state samples, and
    the whole industry today (counted and listed)."""
    with open(path, "w", encoding="utf-8") as out:
        for subject, predicate in histories:
            out.write(t.history(subject, predicate).model_dump_json() + "\n")
        for subject, as_of, known in states:
            out.write(t.state(as_of, known_at=known, subject=subject).model_dump_json() + "\n")
        out.write(t.state(states[0][1], subject=states[0][0]).model_dump_json() + "\n")
        out.write(t.state(alternatives=False).model_dump_json() + "\n")
        out.write(t.state().model_dump_json() + "\n")
    print(f"answers written to {path}", flush=True)


def profile(t: Any, path: str, histories: list[tuple[str, str]]) -> None:
    import cProfile

    with cProfile.Profile() as prof:
        for subject, predicate in histories:
            t.history(subject, predicate)
    prof.dump_stats(f"{path}.history")
    with cProfile.Profile() as prof:
        for _ in range(5):
            t.state(alternatives=False)
    prof.dump_stats(f"{path}.industry")
    print(f"profiles written to {path}.history and {path}.industry", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/pq/bench.db")
    parser.add_argument("--events", type=int, default=1_000_000, help="when making the db")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--tree", default=str(HERE), help="the tree whose tracker runs")
    parser.add_argument("--dump", help="write the answers here (one JSON a line)")
    parser.add_argument("--profile", help="write cProfile stats to FILE.history / .industry")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(args.tree).resolve()))
    if args.tree != str(HERE):
        sys.path.insert(1, str(HERE))  # benchmarks.projections, to make a database
    db = Path(args.db)
    meta = db.with_suffix(".json")
    if not db.exists():
        now = generate(db, args.events)
        meta.write_text(json.dumps({"now": now.isoformat(), "events": args.events}))
    now = datetime.fromisoformat(json.loads(meta.read_text())["now"])
    import tracker

    print(f"tracker from {Path(tracker.__file__).parent}", flush=True)
    f = run(args, now)
    print(
        f"RESULT query_figures state_p50_ms={f['state_p50_ms']:.2f} "
        f"state_p99_ms={f['state_p99_ms']:.2f} industry_ms={f['industry_ms']:.0f} "
        f"history_p50_ms={f['history_p50_ms']:.2f} history_p99_ms={f['history_p99_ms']:.2f} "
        f"state_p50_cpu_ms={f['state_p50_cpu_ms']:.2f} "
        f"state_p99_cpu_ms={f['state_p99_cpu_ms']:.2f} "
        f"industry_cpu_ms={f['industry_cpu_ms']:.0f} "
        f"history_p50_cpu_ms={f['history_p50_cpu_ms']:.2f} "
        f"history_p99_cpu_ms={f['history_p99_cpu_ms']:.2f} "
        f"history_rows_max={f['history_rows_max']} industry_entries={f['industry_entries']}"
    )


if __name__ == "__main__":
    main()
