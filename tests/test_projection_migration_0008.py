"""Migration 0008 (narrower claims rows) carries a built projection both ways: the claims
rows stay, the projection is marked for a rebuild, and once the next catch-up has
rebuilt it every answer is the one given before the migration. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, func, inspect, select

from tests.conftest import SteppingClock
from tests.projections_support import assert_claims, make_claim, rank, withdraw
from tracker.app import Tracker
from tracker.projections.tables import claims
from tracker.store import migrate
from tracker.store.engine import make_engine
from tracker.store.schema import checkpoints

DROPPED = {
    "withdrawn_reported_at",
    "withdrawn_recorded_at",
    "retracted_reported_at",
    "retracted_recorded_at",
    "rank",
}


def _built(engine: Engine) -> Tracker:
    """A tracker whose claims projection holds a few claims, a withdrawal and a rank."""
    t = Tracker(engine, clock=SteppingClock())
    first = make_claim("s1", "deployed_chips", 10, reported="2025-10-01")
    second = make_claim("s1", "deployed_chips", 20, reported="2025-10-03", doc="d2")
    other = make_claim("s2", "capacity", (5, 6), reported="2025-10-02", doc="d3")
    assert_claims(t.store, first, second, other)
    withdraw(t.store, first, "2025-10-04")
    rank(t.store, other, "preferred", "2025-10-05")
    t.catch_up()
    return t


def _stored(engine: Engine) -> tuple[int, str, set[str], set[str]]:
    """Claims rows, the claims checkpoint's version, claims' and claim_history's columns."""
    with engine.connect() as conn:
        rows = int(conn.execute(select(func.count()).select_from(claims)).scalar() or 0)
        version = conn.execute(
            select(checkpoints.c.version).where(checkpoints.c.name == "claims")
        ).scalar_one()
    found = inspect(engine)
    return (
        rows,
        str(version),
        {c["name"] for c in found.get_columns("claims")},
        {c["name"] for c in found.get_columns("claim_history")},
    )


def _answers(t: Tracker) -> list[str]:
    return [
        t.history("s1").model_dump_json(),
        t.history("s2", "capacity").model_dump_json(),
        t.claims(include_inactive=True).model_dump_json(),
    ]


def test_migration_0008_keeps_the_rows_and_rebuilds_to_the_same_answers_both_ways(
    backend: str, db_url_factory: Callable[[str], str]
) -> None:
    engine = make_engine(db_url_factory(backend))
    migrate.upgrade(engine)
    t = _built(engine)
    before = _answers(t)
    rows, _, columns, history_columns = _stored(engine)
    assert rows == 3
    assert not DROPPED & columns
    assert "behaviour" in history_columns

    migrate.downgrade(engine, "0007")
    down_rows, down_version, down_columns, down_history = _stored(engine)
    assert (down_rows, down_version) == (3, "downgraded-0008")
    assert down_columns >= DROPPED
    assert "behaviour" not in down_history

    migrate.upgrade(engine)
    up_rows, up_version, up_columns, up_history = _stored(engine)
    assert (up_rows, up_version) == (3, "migrated-0008")
    assert not DROPPED & up_columns
    assert "behaviour" in up_history

    again = Tracker(engine, clock=SteppingClock())  # its first answer rebuilds
    assert before == _answers(again)
    assert again.projections.projections["claims"].version == _stored(engine)[1]
    engine.dispose()
