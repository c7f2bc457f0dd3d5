"""Reading the log for projections: events as the driver gives them (a rebuild's rows)
or decoded (a catch-up's), in windows of positions (see :data:`WINDOW_BATCHES`).

Moved out of :mod:`tracker.projections.runner`, which runs catch-ups and rebuilds with
these reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy.engine import Connection

from tracker.domain.events import registry
from tracker.errors import ProjectionError
from tracker.store.engine import driver_rows
from tracker.store.schema import events


@dataclass(frozen=True, slots=True)
class RawEvent:
    """An event as projections read it: its payload as JSON data, upcast if needed."""

    position: int
    event_type: str
    payload: dict[str, Any]
    recorded_at: datetime


RawRow = tuple[int, str, int, str | bytes, Any]
"""An event as the driver reads it: position, type, schema version, payload text, and
``recorded_at`` (UTC text on SQLite, an aware datetime on PostgreSQL)."""


WINDOW_BATCHES = 1
"""A read of at most N events looks at no more than ``WINDOW_BATCHES * N`` positions.

Without that bound, ``position > a AND position <= head ORDER BY position LIMIT N`` on
PostgreSQL (whose statistics of a freshly loaded log say it is tiny) was planned as a
bitmap scan of *every* event up to the head and a sort of them all on disk, for each
batch: a rebuild of 200k events read 0.48 s a batch instead of 0.08 s, and the cost
grew with the log (quadratic over a rebuild). A window of other event types costs one
more short transaction (its checkpoint moves on), which a wider window would save at
the price of reading more positions than a batch holds when all are claim events.

SQLite reads the range as a walk of the log's rowids that stops at the limit, whatever
the range: there the window saves nothing and costs a transaction per window of other
events. A live catch-up of 20,000 claim events among 180,000 feed events, paired
(window / none): 4.7-5.4 / 3.9 s CPU; a rebuild of it, 0.75-0.89 / 0.83-0.84 s."""


def window_end(after: int, head: int, limit: int, dialect: str) -> int:
    """The last position a read of at most ``limit`` events after ``after`` looks at
    (the head on SQLite: see :data:`WINDOW_BATCHES`)."""
    if dialect == "sqlite":
        return head
    return min(head, after + WINDOW_BATCHES * max(limit, 1))


def read_rows(
    conn: Connection, after: int, until: int, limit: int, types: Sequence[str]
) -> list[RawRow]:
    """Events of ``types`` in ``(after, until]``, oldest first, at most ``limit``, as the
    driver gives them (no decoding, no SQLAlchemy row processing)."""
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    sql = (
        f"SELECT position, event_type, schema_version, payload, recorded_at FROM {events.name}"
        f" WHERE position > {mark} AND position <= {mark}"
        f" AND event_type IN ({', '.join([mark] * len(types))})"
        f" ORDER BY position LIMIT {int(limit)}"
    )
    return driver_rows(conn, sql, (after, until, *types))


def read_raw(
    conn: Connection, after: int, until: int, limit: int, types: Sequence[str]
) -> list[RawEvent]:
    """Events of ``types`` in ``(after, until]``, oldest first, at most ``limit``.

    Read through the driver (no SQLAlchemy row processing: a rebuild reads millions).
    Payloads stored at the current schema version are decoded as plain JSON (they were
    validated when appended); older ones go through the registry's upcasters.

    Raises:
        ProjectionError: a stored payload is not a JSON object.
    """
    versions = {t: registry.model_for(t).schema_version for t in types}
    rows = read_rows(conn, after, until, limit, types)
    times: dict[Any, datetime] = {}  # one append batch shares its recorded_at
    found: list[RawEvent] = []
    for position, etype, version, payload, recorded in rows:
        if version == versions[etype]:
            try:
                data = orjson.loads(payload)
            except orjson.JSONDecodeError as exc:
                raise ProjectionError(f"event {position}: payload is not JSON ({exc})") from None
        else:
            text = payload if isinstance(payload, str) else payload.decode()
            data = registry.decode(etype, version, text).model_dump(mode="json")
        if not isinstance(data, dict):
            raise ProjectionError(f"event {position}: payload is not a JSON object")
        when = times.get(recorded)
        if when is None:
            when = times[recorded] = _recorded(recorded)
        found.append(RawEvent(int(position), etype, data, when))
    return found


def _recorded(value: Any) -> datetime:
    """A ``recorded_at`` as the driver gives it: UTC text on SQLite, aware on PostgreSQL."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.astimezone(UTC)
