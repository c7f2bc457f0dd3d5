"""The claims projection: incremental equals rebuilt, time travel equals a naive oracle,
version changes rebuild, readers never see a half-built table, a killed projector
recovers. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from tests.conftest import REPO, SteppingClock
from tests.projections_support import (
    assert_claims,
    at,
    deadline,
    make_claim,
    opened,
    point,
    rank,
    retract,
    snapshot,
    withdraw,
)
from tracker.app import Tracker
from tracker.domain.claims import Claim
from tracker.domain.resolution import Clocks, Mark, fact_from_json, resolve_state
from tracker.store import migrate
from tracker.store.engine import make_engine
from tracker.store.schema import checkpoints

DAYS = [f"2025-{m:02d}-{d:02d}" for m in (9, 10, 11, 12) for d in (1, 15)]


@st.composite
def claim_pool(draw: st.DrawFn) -> list[Claim]:
    """A few claims over carried, dated and timeless predicates that compete."""
    pool = []
    for i in range(draw(st.integers(3, 8))):
        predicate = draw(st.sampled_from(["deployed_chips", "capacity", "peak_compute", "adopts"]))
        reported = draw(st.sampled_from(DAYS))
        modality = draw(st.sampled_from(["actual", "actual", "planned", "forecast"]))
        valid = draw(
            st.sampled_from(
                [point(draw(st.sampled_from(DAYS))), deadline("2025-12-31"), opened("2025-10-01")]
            )
        )
        pool.append(
            make_claim(
                draw(st.sampled_from(["s1", "s2"])),
                predicate,
                None if predicate == "adopts" else draw(st.sampled_from([1.0, 2.0, 3.0])),
                obj="google-tpu" if predicate == "adopts" else None,
                modality=modality,
                valid=valid,
                reported=reported,
                doc=f"d{i}",
                tier=draw(st.sampled_from(["company", "press", "press", "rumor"])),
                bound=draw(st.sampled_from(["exact", "exact", "at-most"])),
            )
        )
    return pool


Op = tuple[str, int, str, str]
ops_strategy = st.lists(
    st.tuples(
        st.sampled_from(["assert", "assert", "assert", "withdraw", "retract", "rank"]),
        st.integers(0, 7),
        st.sampled_from(DAYS),
        st.sampled_from(["preferred", "deprecated", "normal"]),
    ),
    min_size=1,
    max_size=25,
)


@dataclass
class Log:
    """What was appended, kept in Python for the oracle."""

    facts: list[Any] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)


def play(
    t: Tracker,
    clock: SteppingClock,
    pool: list[Claim],
    ops: list[Op],
    after_each: Callable[[], None],
) -> Log:
    log = Log()
    for kind, i, when, rank_ in ops:
        c = pool[i % len(pool)]
        clock.advance(hours=1)
        if kind == "assert":
            [pos] = assert_claims(t.store, c)
            log.facts.append(fact_from_json(c.model_dump(mode="json"), pos, clock.now))
        else:
            reported = max(when, c.reported_at.date().isoformat())
            if kind == "withdraw":
                pos = withdraw(t.store, c, reported)
            elif kind == "retract":
                pos = retract(t.store, c, reported)
            else:
                pos = rank(t.store, c, rank_, reported)
            mk = {"withdraw": "withdrawn", "retract": "retracted", "rank": "ranked"}[kind]
            log.marks.append(
                Mark(
                    pos, c.claim_id, mk, at(reported), clock.now, rank_ if kind == "rank" else None
                )  # type: ignore[arg-type]
            )
        after_each()
    return log


PROPERTY_SETTINGS = settings(
    max_examples=int(os.environ.get("TRACKER_PROPERTY_EXAMPLES", "15")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
"""The budget of the projection property tests (``TRACKER_PROPERTY_EXAMPLES`` raises it)."""


def play_with_catch_ups(
    t: Tracker,
    clock: SteppingClock,
    pool: list[Claim],
    ops: list[Op],
    batch: int,
    data: st.DataObject,
) -> Log:
    """:func:`play`, the projections catching up in batches of ``batch`` events every drawn
    number of operations, then catching up fully."""
    t.projections.batch_size = batch
    every = data.draw(st.integers(1, 5), label="catch up every")
    seen = [0]

    def maybe_catch_up() -> None:
        seen[0] += 1
        if seen[0] % every == 0:
            t.catch_up()

    log = play(t, clock, pool, ops, maybe_catch_up)
    t.catch_up()
    return log


def fresh_tracker(make_url: Callable[[str], str], backend: str) -> tuple[Tracker, SteppingClock]:
    engine = make_engine(make_url(backend))
    migrate.upgrade(engine)
    clock = SteppingClock()
    return Tracker(engine, clock=clock), clock


def oracle(log: Log, as_of: date, known_at: datetime) -> list[tuple[str, list[tuple[str, str]]]]:
    """Naively: keep only the events reported by ``known_at``, then resolve."""
    facts = [f for f in log.facts if f.reported_at <= known_at]
    marks: dict[str, list[Mark]] = {}
    for m in log.marks:
        if m.reported_at <= known_at:
            marks.setdefault(m.claim_id, []).append(m)
    return [
        (r.winner.claim_id, [(f.claim_id, rk) for f, rk in r.alternatives])
        for r in resolve_state(facts, marks, as_of, Clocks())
    ]


def answered(
    t: Tracker, as_of: date, known_at: datetime
) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (e.claim.claim_id, [(a.claim_id, a.rank) for a in e.alternatives])
        for e in t.state(as_of, known_at=known_at).entries
    ]


@PROPERTY_SETTINGS
@given(pool=claim_pool(), ops=ops_strategy, batch=st.integers(1, 7), data=st.data())
def test_incremental_equals_rebuilt_and_known_at_equals_the_oracle(
    backend: str,
    db_url_factory: Callable[[str], str],
    pool: list[Claim],
    ops: list[Op],
    batch: int,
    data: st.DataObject,
) -> None:
    t, clock = fresh_tracker(db_url_factory, backend)
    try:
        log = play_with_catch_ups(t, clock, pool, ops, batch, data)
        incremental = snapshot(t.engine)
        t.rebuild_projections()
        assert snapshot(t.engine) == incremental
        for when in (DAYS[2], DAYS[5], "2026-01-31"):
            known_at = at(when) + timedelta(hours=12)
            for as_of in (date(2025, 10, 20), date(2025, 12, 31), date(2026, 6, 1)):
                assert answered(t, as_of, known_at) == oracle(log, as_of, known_at)
    finally:
        t.close()


def test_a_changed_projection_version_rebuilds_on_the_next_catch_up(tracker_app: Tracker) -> None:
    c = make_claim("s", "deployed_chips", 5, reported="2025-10-01")
    assert_claims(tracker_app.store, c)
    tracker_app.catch_up()
    before = snapshot(tracker_app.engine)
    with tracker_app.engine.begin() as conn:
        conn.execute(update(checkpoints).values(version="0.old"))
    assert tracker_app.catch_up() == 1
    with tracker_app.engine.connect() as conn:
        version = conn.execute(select(checkpoints.c.version)).scalar()
    assert (version, snapshot(tracker_app.engine)) == (
        tracker_app.projections.projections["claims"].version,
        before,
    )


def test_readers_see_the_old_tables_until_the_rebuild_swaps(
    tracker_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = [
        make_claim("s", "deployed_chips", i, reported=f"2025-10-{i:02d}", doc=f"d{i}")
        for i in range(1, 9)
    ]
    assert_claims(tracker_app.store, *claims)
    tracker_app.catch_up()
    before = tracker_app.queries.state(date(2025, 12, 1))
    tracker_app.projections.rebuild_batch_size = 2
    seen_midway = []
    from tracker.projections.rebuilding import RebuildApplier

    original = RebuildApplier.write

    def spy(self: RebuildApplier, conn: Any, writes: Any) -> None:
        original(self, conn, writes)
        seen_midway.append(tracker_app.queries.state(date(2025, 12, 1)))

    monkeypatch.setattr(RebuildApplier, "write", spy)
    for pipelined in (frozenset({tracker_app.engine.dialect.name}), frozenset()):
        seen_midway.clear()  # batches written in a thread of their own, or not
        monkeypatch.setattr(tracker_app.projections, "pipelined_on", pipelined)
        tracker_app.rebuild_projections()
        assert len(seen_midway) == 5  # four batches of two, then the heads held back
        assert all(s.entries == before.entries for s in seen_midway)


def test_two_trackers_catching_up_in_turn_apply_each_event_once(
    db_url: str, clock: SteppingClock
) -> None:
    a, b = (Tracker(make_engine(db_url), clock=clock) for _ in range(2))
    a.projections.batch_size = b.projections.batch_size = 2
    for i in range(1, 12):
        assert_claims(
            a.store, make_claim("s", "deployed_chips", i, reported=f"2025-10-{i:02d}", doc=f"d{i}")
        )
        (a if i % 2 else b).catch_up()
    a.catch_up()
    incremental = snapshot(a.engine)
    b.rebuild_projections()
    assert snapshot(a.engine) == incremental
    a.close()
    b.close()


CRASH = textwrap.dedent(
    """
    import os, signal, sys
    from tracker.app import make_tracker
    from tracker.projections.live import ClaimsApplier

    original = ClaimsApplier._flush
    calls = [0]

    def dying_flush(self, conn):
        original(self, conn)
        calls[0] += 1
        if calls[0] == 3:  # rows written, checkpoint not yet: die inside the transaction
            os.kill(os.getpid(), signal.SIGKILL)

    ClaimsApplier._flush = dying_flush
    t = make_tracker(sys.argv[1])
    t.projections.batch_size = 5
    t.catch_up()
    """
)


def test_a_projector_killed_mid_batch_recovers_to_a_clean_rebuild(db_url: str) -> None:
    clock = SteppingClock()
    t = Tracker(make_engine(db_url), clock=clock)
    claims = [
        make_claim("s", "deployed_chips", i, reported=f"2025-10-{i:02d}", doc=f"d{i}")
        for i in range(1, 21)
    ]
    assert_claims(t.store, *claims)
    retract(t.store, claims[3], "2025-11-01")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", CRASH, db_url], env=env, check=False, timeout=120)
    assert done.returncode == -9
    assert 0 < t.projections.status()[0].position < t.store.last_position()
    t.catch_up()
    recovered = snapshot(t.engine)
    t.rebuild_projections()
    assert snapshot(t.engine) == recovered
    t.rebuild_projections()  # twice: the shadow tables come back clean
    assert snapshot(t.engine) == recovered
    assert len(recovered["claims"]) == 20
    t.close()
