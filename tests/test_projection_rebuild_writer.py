"""A SQLite rebuild whose batches a writer process writes (``writer_process_from``: the
default above 50,000 positions) stores exactly what the one-process rebuild stores,
history chunks included (the writer makes them); a writer that fails, is killed, or
finds its shadows made again by another rebuild stops the rebuild cleanly."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, inspect

from tests.conftest import SteppingClock
from tests.projections_support import assert_claims, assert_with_a_drawn_mark, make_claim
from tests.test_projection_rebuild import claims_of_every_shape, stored
from tracker.app import Tracker
from tracker.domain.claims import Claim
from tracker.errors import ProjectionError
from tracker.projections import rebuilding, runner, writer_process
from tracker.projections.rebuilding import RebuildApplier
from tracker.projections.shadows import ShadowGuard
from tracker.projections.tables import claim_history
from tracker.store import migrate
from tracker.store.engine import make_engine


def _everything(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    found = stored(engine)
    with engine.connect() as conn:
        found["history"] = [
            tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {claim_history.name} ORDER BY 1")
        ]
    return found


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(items=st.lists(claims_of_every_shape(), min_size=1, max_size=14), data=st.data())
def test_a_rebuild_written_by_a_writer_process_stores_what_one_process_stores(
    db_url_factory: Any, items: list[Claim], data: st.DataObject
) -> None:
    """Small batches, few rows held and small parts: rows are written early, their
    successors and marks come as updates in later parts, and the writer's history
    chunks must come out as the rebuilding process makes them."""
    engine = make_engine(db_url_factory("sqlite"))
    migrate.upgrade(engine)
    clock = SteppingClock()
    t = Tracker(engine, clock=clock)
    held, part = rebuilding.HELD_LIMIT, writer_process.PART_ROWS
    try:
        for c in items:
            assert_with_a_drawn_mark(t.store, clock, c, data, ranks=("preferred", "deprecated"))
        t.projections.rebuild_batch_size = data.draw(st.integers(1, 4))
        rebuilding.HELD_LIMIT = data.draw(st.integers(0, 3))
        writer_process.PART_ROWS = data.draw(st.integers(1, 5))
        t.projections.writer_process_from = None
        t.rebuild_projections()
        one_process = _everything(engine)
        t.projections.writer_process_from = 0
        t.rebuild_projections()
        assert _everything(engine) == one_process
    finally:
        rebuilding.HELD_LIMIT, writer_process.PART_ROWS = held, part
        t.close()


@pytest.fixture
def sqlite_app(db_url_factory: Any) -> Tracker:
    engine = make_engine(db_url_factory("sqlite"))
    migrate.upgrade(engine)
    t = Tracker(engine, clock=SteppingClock())
    assert_claims(
        t.store,
        *(
            make_claim("s", "deployed_chips", i, reported=f"2025-10-{i:02d}", doc=f"d{i}")
            for i in range(1, 13)
        ),
    )
    t.catch_up()
    t.projections.rebuild_batch_size = 2
    t.projections.writer_process_from = 0
    return t


def _tables(t: Tracker) -> set[str]:
    return set(inspect(t.engine).get_table_names())


def _on_batch(monkeypatch: pytest.MonkeyPatch, n: int, act: Callable[[], None]) -> None:
    """Run ``act`` once, before the rebuild reads its ``n``-th batch."""
    calls: list[int] = []
    window_end = runner.window_end

    def hooked(*args: Any) -> int:
        calls.append(1)
        if len(calls) == n:
            act()
        return window_end(*args)

    monkeypatch.setattr(runner, "window_end", hooked)


def test_a_writer_whose_shadows_another_rebuild_made_again_stops_the_rebuild(
    sqlite_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = sqlite_app
    before = _everything(t.engine)
    claims = t.projections.projections["claims"]

    def another_rebuild_begins() -> None:
        def fresh(conn: Any) -> None:
            claims.drop_shadow(conn)
            claims.create_shadow(conn)

        t.projections._write(fresh)

    _on_batch(monkeypatch, 3, another_rebuild_begins)
    with pytest.raises(ProjectionError, match="another rebuild of 'claims' started"):
        t.rebuild_projections("claims")
    assert _everything(t.engine) == before
    with t.engine.connect() as conn:  # the other rebuild's shadows are left to it
        assert "claims__next" in set(inspect(conn).get_table_names())


def test_a_failed_write_in_the_writer_stops_the_rebuild_and_leaves_the_live_tables(
    sqlite_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = sqlite_app
    before, tables = t.state(date(2025, 12, 1)), _tables(t)
    original = RebuildApplier.statements
    calls: list[int] = []

    def failing(self: RebuildApplier, writes: Any) -> Any:
        found, claims = original(self, writes)
        calls.append(1)
        if len(calls) == 3:
            found = [*found, ("INSERT INTO no_such_table VALUES (?)", [[1]])]
        return found, claims

    monkeypatch.setattr(RebuildApplier, "statements", failing)
    with pytest.raises(ProjectionError, match="writer failed: OperationalError: no such table"):
        t.rebuild_projections()
    assert _tables(t) == tables  # the shadows are gone
    assert t.state(date(2025, 12, 1)).entries == before.entries
    monkeypatch.setattr(RebuildApplier, "statements", original)
    assert t.rebuild_projections() == {"claims": 12}
    assert t.state(date(2025, 12, 1)).entries == before.entries


def test_a_killed_writer_stops_the_rebuild_and_leaves_the_live_tables(
    sqlite_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = sqlite_app
    before, tables = _everything(t.engine), _tables(t)
    started: list[writer_process.WriterProcess] = []
    original = writer_process.WriterProcess.__init__

    def spy(self: writer_process.WriterProcess, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(writer_process.WriterProcess, "__init__", spy)
    _on_batch(monkeypatch, 4, lambda: os.kill(started[0]._proc.pid, signal.SIGKILL))
    with pytest.raises(ProjectionError, match="writer"):
        t.rebuild_projections()
    assert _tables(t) == tables
    assert _everything(t.engine) == before
    monkeypatch.undo()
    t.projections.writer_process_from = 0
    assert t.rebuild_projections() == {"claims": 12}
    assert _everything(t.engine) == before


def test_a_failed_batch_stops_the_writer_and_drops_the_shadows(
    sqlite_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = sqlite_app
    tables = _tables(t)
    original = RebuildApplier.prepare
    calls: list[int] = []

    def failing(self: RebuildApplier, conn: Any, rows: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("out of memory")
        return original(self, conn, rows)

    monkeypatch.setattr(RebuildApplier, "prepare", failing)
    with pytest.raises(RuntimeError, match="out of memory"):
        t.rebuild_projections()
    assert _tables(t) == tables


def test_small_rebuilds_and_databases_only_this_process_sees_write_in_this_process(
    sqlite_app: Tracker,
) -> None:
    t = sqlite_app
    with t.engine.connect() as conn:
        t.projections.writer_process_from = 13
        assert t.projections._writer_database(conn, 12) is None
        assert t.projections._writer_database(conn, 13) == t.engine.url.database
    memory = Tracker(make_engine("sqlite://"))
    memory.projections.writer_process_from = 0
    with memory.engine.connect() as conn:
        assert memory.projections._writer_database(conn, 10**6) is None


def test_leaving_a_dead_writer_with_bytes_still_buffered_keeps_the_rebuilds_error(
    tmp_path: Path,
) -> None:
    # the writer died between two sends: what the next send had buffered can no longer be
    # flushed, and closing the pipe on leaving must not put a BrokenPipeError in place of
    # the error that stopped the rebuild (seen in CI: a killed writer's test failed so)
    guard = ShadowGuard(cast(Any, None), "identity")
    writer = writer_process.WriterProcess(str(tmp_path / "none.db"), guard, synchronous=0)
    proc = writer._proc
    proc.kill()
    proc.wait()
    assert proc.stdin is not None
    proc.stdin.write(b"0 12\n")  # buffered: not flushed into the dead pipe yet

    writer.__exit__(ProjectionError, ProjectionError("the rebuild's writer stopped"), None)

    assert (proc.stdin.closed, proc.stdout.closed if proc.stdout else True) == (True, True)
