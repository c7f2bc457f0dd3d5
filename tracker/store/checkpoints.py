"""Checkpoints of the log's subscribers (the extractor, projections)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from tracker.store.engine import WRITE, driver_rows
from tracker.store.schema import checkpoints, log_head


class SqlCheckpointStore:
    """:class:`tracker.ports.CheckpointStore` on the ``checkpoints`` table."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self._clock = clock

    def get(self, name: str) -> tuple[int, str]:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(checkpoints.c.position, checkpoints.c.version).where(
                    checkpoints.c.name == name
                )
            ).one_or_none()
        return (0, "") if row is None else (int(row.position), str(row.version))

    def set(self, name: str, position: int, version: str = "") -> None:
        with self.engine.connect() as conn:
            conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
            with conn.begin():
                save_checkpoint(conn, name, position, version, self._clock())


def head_and_checkpoints(conn: Connection) -> tuple[int, dict[str, tuple[int, str]]]:
    """The log's head position and every checkpoint's position and version, by name, in
    one statement sent through the driver: the projection runner asks before every query
    when nothing is new, and the HTTP API on a read-only database on every answer."""
    sql = (
        f"SELECT NULL, position, NULL FROM {log_head.name} WHERE id = 1 UNION ALL"
        f" SELECT name, position, version FROM {checkpoints.name}"
    )
    rows = driver_rows(conn, sql)
    position = next((int(p) for n, p, _ in rows if n is None), 0)
    return position, {str(n): (int(p), str(v or "")) for n, p, v in rows if n is not None}


def save_checkpoint(
    conn: Connection, name: str, position: int, version: str, now: datetime
) -> None:
    """Upsert a checkpoint inside the caller's transaction, in one statement.

    Not "update, else insert": two processes saving a checkpoint new to both (two
    ``poll --once`` on one PostgreSQL database, each extracting after its poll) both
    updated nothing, both inserted, and one failed on the primary key.
    """
    conn.execute(
        _UPSERT[conn.dialect.name],
        {"name": name, "position": position, "version": version, "updated_at": now},
    )


def _upsert_statement(insert: Any) -> Any:
    stmt = insert(checkpoints)
    changed = {c: stmt.excluded[c] for c in ("position", "version", "updated_at")}
    return stmt.on_conflict_do_update(index_elements=["name"], set_=changed)


_UPSERT = {"sqlite": _upsert_statement(sqlite_insert), "postgresql": _upsert_statement(pg_insert)}
