"""Checkpoints of the log's subscribers (the extractor, projections)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from tracker.store.engine import WRITE
from tracker.store.schema import checkpoints


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


def save_checkpoint(
    conn: Connection, name: str, position: int, version: str, now: datetime
) -> None:
    """Upsert a checkpoint inside the caller's transaction (portable: update, else insert)."""
    updated = conn.execute(
        checkpoints.update()
        .where(checkpoints.c.name == name)
        .values(position=position, version=version, updated_at=now)
    )
    if updated.rowcount == 0:
        conn.execute(
            checkpoints.insert().values(
                name=name, position=position, version=version, updated_at=now
            )
        )
