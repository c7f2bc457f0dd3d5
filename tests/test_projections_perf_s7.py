"""A rebuild written in a thread of its own (pipelined: one thread applies batches in
memory while another writes the previous ones; the default on PostgreSQL) stores
exactly what the one-thread rebuild stores, and a failure in either thread stops it
cleanly. On SQLite (pipelined on purpose here) and PostgreSQL."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from tests.conftest import SteppingClock
from tests.projections_support import assert_claims, assert_with_a_drawn_mark, make_claim
from tests.test_projection_rebuild import claims_of_every_shape, stored
from tracker.app import Tracker
from tracker.domain.claims import Claim
from tracker.projections import rebuilding
from tracker.projections.rebuilding import RebuildApplier
from tracker.store import migrate
from tracker.store.engine import make_engine


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(items=st.lists(claims_of_every_shape(), min_size=1, max_size=14), data=st.data())
def test_a_pipelined_rebuild_stores_what_the_one_thread_rebuild_stores(
    backend: str, db_url_factory: Any, items: list[Claim], data: st.DataObject
) -> None:
    """Small batches and few heads held in memory: heads are written early and their
    successors and marks come as updates in later batches, which the writer must run
    after the inserts they change."""
    engine = make_engine(db_url_factory(backend))
    migrate.upgrade(engine)
    clock = SteppingClock()
    t = Tracker(engine, clock=clock)
    held = rebuilding.HELD_LIMIT
    try:
        for c in items:
            assert_with_a_drawn_mark(t.store, clock, c, data, ranks=("preferred", "deprecated"))
        t.projections.rebuild_batch_size = data.draw(st.integers(1, 4))
        rebuilding.HELD_LIMIT = data.draw(st.integers(0, 3))
        t.projections.pipelined_on = frozenset()
        t.rebuild_projections()
        one_thread = stored(engine)
        t.projections.pipelined_on = frozenset({backend})
        t.rebuild_projections()
        assert stored(engine) == one_thread
    finally:
        rebuilding.HELD_LIMIT = held
        t.close()


def _tables(t: Tracker) -> set[str]:
    return set(inspect(t.engine).get_table_names())


def test_a_failed_write_stops_the_pipelined_rebuild_and_leaves_the_live_tables(
    tracker_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [
        make_claim("s", "deployed_chips", i, reported=f"2025-10-{i:02d}", doc=f"d{i}")
        for i in range(1, 9)
    ]
    assert_claims(tracker_app.store, *items)
    tracker_app.catch_up()
    before = tracker_app.state(date(2025, 12, 1))
    tables = _tables(tracker_app)
    tracker_app.projections.rebuild_batch_size = 2
    tracker_app.projections.pipelined_on = frozenset({tracker_app.engine.dialect.name})
    original = RebuildApplier.write
    calls = []

    def failing(self: RebuildApplier, conn: Any, writes: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        original(self, conn, writes)

    monkeypatch.setattr(RebuildApplier, "write", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        tracker_app.rebuild_projections()
    assert _tables(tracker_app) == tables  # the shadows are gone
    assert tracker_app.state(date(2025, 12, 1)).entries == before.entries
    monkeypatch.setattr(RebuildApplier, "write", original)
    assert tracker_app.rebuild_projections() == {"claims": 8}
    assert tracker_app.state(date(2025, 12, 1)).entries == before.entries


def test_a_failed_batch_stops_the_pipelined_rebuild_and_its_writer(
    tracker_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [
        make_claim("s", "deployed_chips", i, reported=f"2025-10-{i:02d}", doc=f"d{i}")
        for i in range(1, 9)
    ]
    assert_claims(tracker_app.store, *items)
    tracker_app.catch_up()
    tables = _tables(tracker_app)
    tracker_app.projections.rebuild_batch_size = 2
    tracker_app.projections.pipelined_on = frozenset({tracker_app.engine.dialect.name})
    original = RebuildApplier.prepare
    calls = []

    def failing(self: RebuildApplier, conn: Any, rows: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("out of memory")
        return original(self, conn, rows)

    monkeypatch.setattr(RebuildApplier, "prepare", failing)
    with pytest.raises(RuntimeError, match="out of memory"):
        tracker_app.rebuild_projections()
    assert _tables(tracker_app) == tables
    monkeypatch.setattr(RebuildApplier, "prepare", original)
    assert tracker_app.rebuild_projections() == {"claims": 8}
