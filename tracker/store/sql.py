"""The SQL event store: one implementation for SQLite and PostgreSQL.

Ordering. Every append locks the one ``log_head`` row (``SELECT ... FOR UPDATE`` on
PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` already admits one writer), reads the last
position and hash from it, numbers its events from there and moves the head in the same
transaction. So positions are gap-free and commit in order: a reader tailing by position
can never see N+1 before N. The hash chain needs exactly this serialization anyway
(each event's hash covers its predecessor's). Batching many events per transaction is
how the lock's cost is won back.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, Row, Select, String, func, select, type_coerce, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from tracker.domain.events import (
    GENESIS_HASH,
    AppendRequest,
    EventMetadata,
    EventRegistry,
    NewEvent,
    RecordedEvent,
    chain_hash,
    encode_metadata,
    encode_payload,
    format_recorded_at,
    registry,
)
from tracker.errors import (
    ConcurrencyError,
    EventTypeError,
    IdempotencyError,
    SchemaVersionError,
    StoreError,
)
from tracker.store.engine import WRITE, is_read_only, is_sqlite
from tracker.store.schema import events, log_head

_IN_CHUNK = 500  # bound on IN (...) lists: SQLite's variable limit and plan sanity
_INSERT_COLUMNS = (
    "position, stream_id, stream_version, event_type, schema_version, payload, meta,"
    " recorded_at, idempotency_key, prev_hash, hash"
)
_SQLITE_INSERT = f"INSERT INTO events ({_INSERT_COLUMNS}) VALUES ({', '.join('?' * 11)})"
_PG_COPY = f"COPY events ({_INSERT_COLUMNS}) FROM STDIN"


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """What ``verify`` found: ``ok``, how many events it checked, and the first break."""

    ok: bool
    checked: int
    first_broken: int | None = None
    reason: str | None = None
    head_position: int = 0
    head_hash: str = GENESIS_HASH


_COLUMNS = (
    events.c.position,
    events.c.stream_id,
    events.c.stream_version,
    events.c.event_type,
    events.c.schema_version,
    events.c.payload,
    events.c.meta,
    events.c.recorded_at,
    events.c.idempotency_key,
    events.c.prev_hash,
    events.c.hash,
)


# For verify: recorded_at as stored (SQLite's text is the hashed text; no parse, no format).
_RAW_COLUMNS = (*_COLUMNS[:7], type_coerce(events.c.recorded_at, String), *_COLUMNS[8:])


class SqlEventStore:
    """The :class:`tracker.ports.EventStore` on SQLAlchemy Core (SQLite, PostgreSQL)."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = _utcnow,
        event_registry: EventRegistry = registry,
    ) -> None:
        self.engine = engine
        self._clock = clock
        self._registry = event_registry
        self._sqlite = is_sqlite(engine)
        self._meta_cache: dict[str, EventMetadata] = {}
        self._last_recorded: tuple[str, datetime] = ("", datetime.min.replace(tzinfo=UTC))

    # -- writing ----------------------------------------------------------------------

    def append(
        self, stream_id: str, expected_version: int | None, events_: Sequence[NewEvent]
    ) -> list[int]:
        return self.append_batch([AppendRequest(stream_id, tuple(events_), expected_version)])[0]

    def append_batch(self, requests: Sequence[AppendRequest]) -> list[list[int]]:
        if not any(r.events for r in requests):
            return [[] for _ in requests]
        # Check and encode before taking the lock: the lock is held only for I/O.
        for req in requests:
            for new in req.events:
                self._check_registered(new)
        metas: dict[int, str] = {}
        encoded = [
            [(encode_payload(n.event), _meta_text(metas, n.metadata)) for n in r.events]
            for r in requests
        ]
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
                with conn.begin():
                    return self._append_locked(conn, requests, encoded)
        except OperationalError as exc:
            if is_read_only(self.engine):
                raise StoreError(
                    f"could not append to the log: {self.engine.url.database} is open "
                    "read-only here (the file or its folder cannot be written, or the URL "
                    "says mode=ro); queries and verify still answer"
                ) from exc
            raise StoreError(f"could not append to the log: {_one_line(exc)}") from exc

    def _append_locked(
        self,
        conn: Connection,
        requests: Sequence[AppendRequest],
        encoded: list[list[tuple[str, str]]],
    ) -> list[list[int]]:
        head = self._lock_head(conn)
        seen = self._seen_keys(conn, requests)
        versions = self._stream_versions(conn, {r.stream_id for r in requests})
        position, prev_hash, last_recorded = head
        now = self._clock()
        if last_recorded is not None and now < last_recorded:
            now = last_recorded  # recorded_at never goes back along positions
        recorded_text = format_recorded_at(now)
        recorded_param: Any = recorded_text if self._sqlite else now
        rows: list[tuple[Any, ...]] = []
        result: list[list[int]] = []
        for req, enc in zip(requests, encoded, strict=True):
            current = versions.get(req.stream_id, 0)
            fresh = [
                (n, e)
                for n, e in zip(req.events, enc, strict=True)
                if n.idempotency_key is None or n.idempotency_key not in seen
            ]
            self._check_expected(req, current, len(fresh))
            positions: list[int] = []
            for new, (payload, meta) in zip(req.events, enc, strict=True):
                key = new.idempotency_key
                if key is not None and key in seen:
                    positions.append(self._existing(seen[key], req.stream_id, new))
                    continue
                position += 1
                current += 1
                cls = type(new.event)
                digest = chain_hash(
                    prev_hash,
                    position,
                    req.stream_id,
                    current,
                    cls.type_name,
                    cls.schema_version,
                    recorded_text,
                    key,
                    meta,
                    payload,
                )
                rows.append(
                    (
                        position,
                        req.stream_id,
                        current,
                        cls.type_name,
                        cls.schema_version,
                        payload,
                        meta,
                        recorded_param,
                        key,
                        prev_hash,
                        digest,
                    )
                )
                if key is not None:
                    seen[key] = (position, req.stream_id, cls.type_name)
                prev_hash = digest
                positions.append(position)
            versions[req.stream_id] = current
            result.append(positions)
        if rows:
            self._insert(conn, rows)
            conn.execute(
                update(log_head)
                .where(log_head.c.id == 1)
                .values(position=position, hash=prev_hash, recorded_at=now)
            )
        return result

    def _insert(self, conn: Connection, rows: list[tuple[Any, ...]]) -> None:
        """Insert rows with the driver directly: SQLAlchemy's per-row parameter
        processing cost more than the insert itself.

        SQLite: ``executemany`` (in-process, no round trips). PostgreSQL: ``COPY`` on the
        transaction's own connection (8x the multi-row INSERT here, and no pipelined
        messages, which hang over a Unix socket at 1 MiB+).
        """
        if self._sqlite:
            conn.exec_driver_sql(_SQLITE_INSERT, rows)
            return
        driver = conn.connection.driver_connection
        with driver.cursor() as cur, cur.copy(_PG_COPY) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)

    def _check_registered(self, new: NewEvent) -> None:
        cls = type(new.event)
        if self._registry.model_for(cls.type_name) is not cls:
            raise EventTypeError(f"{cls.__name__} is not the registered model of {cls.type_name!r}")

    @staticmethod
    def _check_expected(req: AppendRequest, current: int, fresh: int) -> None:
        if req.expected_version is None:
            return
        if fresh == 0 and current >= req.expected_version:
            return  # a full replay of an idempotent append: a no-op, not a conflict
        if fresh != len(req.events):
            raise IdempotencyError(
                f"stream {req.stream_id!r}: some events of this append were recorded "
                "before and some were not; with an expected version that is ambiguous"
            )
        if current != req.expected_version:
            raise ConcurrencyError(req.stream_id, req.expected_version, current)

    @staticmethod
    def _existing(found: tuple[int, str, str], stream_id: str, new: NewEvent) -> int:
        position, found_stream, found_type = found
        if found_stream != stream_id or found_type != type(new.event).type_name:
            raise IdempotencyError(
                f"idempotency key {new.idempotency_key!r} already names a {found_type} "
                f"in {found_stream!r}, not a {type(new.event).type_name} in {stream_id!r}"
            )
        return position

    def _lock_head(self, conn: Connection) -> tuple[int, str, datetime | None]:
        stmt = select(log_head.c.position, log_head.c.hash, log_head.c.recorded_at).where(
            log_head.c.id == 1
        )
        if not self._sqlite:
            stmt = stmt.with_for_update()
        try:
            row = conn.execute(stmt).one_or_none()
        except DBAPIError as exc:
            raise SchemaVersionError(
                f"the database has no tracker schema ({_one_line(exc)}); run 'tracker init'"
            ) from exc
        if row is None:
            raise SchemaVersionError("the log head row is missing; run 'tracker init'")
        return int(row.position), str(row.hash), row.recorded_at

    def _seen_keys(
        self, conn: Connection, requests: Sequence[AppendRequest]
    ) -> dict[str, tuple[int, str, str]]:
        keys = [n.idempotency_key for r in requests for n in r.events if n.idempotency_key]
        seen: dict[str, tuple[int, str, str]] = {}
        if not keys:
            return seen
        if not self._sqlite:
            # One array parameter: psycopg parses a query with 1,000 placeholders slowly.
            found = conn.exec_driver_sql(
                "SELECT idempotency_key, position, stream_id, event_type FROM events"
                " WHERE idempotency_key = ANY(%s)",
                (keys,),
            )
            return {key: (int(pos), stream, etype) for key, pos, stream, etype in found}
        for chunk in _chunks(keys, _IN_CHUNK):
            stmt = select(
                events.c.idempotency_key,
                events.c.position,
                events.c.stream_id,
                events.c.event_type,
            ).where(events.c.idempotency_key.in_(chunk))
            for key, pos, stream, etype in conn.execute(stmt):
                seen[key] = (int(pos), stream, etype)
        return seen

    @staticmethod
    def _stream_versions(conn: Connection, stream_ids: Iterable[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(list(stream_ids), _IN_CHUNK):
            stmt = (
                select(events.c.stream_id, func.max(events.c.stream_version))
                .where(events.c.stream_id.in_(chunk))
                .group_by(events.c.stream_id)
            )
            for stream, version in conn.execute(stmt):
                found[stream] = int(version)
        return found

    # -- reading ----------------------------------------------------------------------

    def stream_version(self, stream_id: str) -> int:
        with self.engine.connect() as conn:
            return self._stream_versions(conn, [stream_id]).get(stream_id, 0)

    def read_stream(self, stream_id: str, from_version: int = 1) -> list[RecordedEvent]:
        stmt = (
            select(*_RAW_COLUMNS)
            .where(events.c.stream_id == stream_id, events.c.stream_version >= from_version)
            .order_by(events.c.stream_version)
        )
        return self._fetch_events(stmt)

    def read_batch(
        self, after_position: int, limit: int, types: Sequence[str] | None = None
    ) -> list[RecordedEvent]:
        stmt = (
            select(*_RAW_COLUMNS)
            .where(events.c.position > after_position)
            .order_by(events.c.position)
            .limit(limit)
        )
        if types:
            stmt = stmt.where(events.c.event_type.in_(list(types)))
        return self._fetch_events(stmt)

    def read_all(
        self,
        after_position: int = 0,
        *,
        batch_size: int = 1000,
        types: Sequence[str] | None = None,
        until_position: int | None = None,
    ) -> Iterator[RecordedEvent]:
        position = after_position
        while True:
            batch = self.read_batch(position, batch_size, types)
            for recorded in batch:
                if until_position is not None and recorded.position > until_position:
                    return
                yield recorded
            if len(batch) < batch_size:
                return
            position = batch[-1].position

    def subscribe(
        self, after_position: int = 0, *, batch_size: int = 1000
    ) -> Iterator[list[RecordedEvent]]:
        """Catch-up iterator: yields batches until the reader has reached the head.

        Call again later with the last position seen to continue; positions are
        commit-ordered, so nothing committed later can appear behind the reader.
        """
        position = after_position
        while True:
            batch = self.read_batch(position, batch_size)
            if not batch:
                return
            yield batch
            position = batch[-1].position

    def last_position(self) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(select(log_head.c.position).where(log_head.c.id == 1)).scalar()
        return int(value or 0)

    def find_by_idempotency_key(self, key: str) -> RecordedEvent | None:
        stmt = select(*_RAW_COLUMNS).where(events.c.idempotency_key == key)
        with self.engine.connect() as conn:
            row = conn.execute(stmt).one_or_none()
        return None if row is None else self._to_event(row)

    def _fetch_events(self, stmt: Select[Any]) -> list[RecordedEvent]:
        """Fetch and decode a batch of rows with the cyclic garbage collector paused: the
        batch creates thousands of acyclic objects (freed by reference counting), and the
        collections they trigger cost as much as the decoding itself (measured: 44k
        events/s with the collector running, 79k without). Batches are bounded, so is the
        memory this holds."""
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(stmt).all()
            return [self._to_event(row) for row in rows]
        finally:
            if was_enabled:
                gc.enable()

    def _to_event(self, row: Row[Any]) -> RecordedEvent:
        (position, stream_id, version, etype, schema, payload, meta_text, recorded_at, key,
         prev_hash, digest) = row  # fmt: skip
        if isinstance(recorded_at, str):  # SQLite's stored text; most of a batch shares one
            if recorded_at != self._last_recorded[0]:
                self._last_recorded = (recorded_at, datetime.fromisoformat(recorded_at))
            recorded_at = self._last_recorded[1]
        elif recorded_at.tzinfo is None:
            recorded_at = recorded_at.replace(tzinfo=UTC)
        meta = self._meta_cache.get(meta_text)
        if meta is None:
            meta = EventMetadata.model_validate_json(meta_text)
            if len(self._meta_cache) < 4096:
                self._meta_cache[meta_text] = meta
        return RecordedEvent(
            position,
            stream_id,
            version,
            etype,
            schema,
            self._registry.decode(etype, schema, payload),
            meta,
            recorded_at,
            key,
            prev_hash,
            digest,
        )

    # -- verifying --------------------------------------------------------------------

    def verify(self, *, batch_size: int = 5000) -> VerifyResult:
        """Walk the chain from the genesis, streaming; stop at the first break."""
        expected_prev = GENESIS_HASH
        expected_pos = 1
        checked = 0
        with self.engine.connect() as conn:
            head = conn.execute(select(log_head.c.position, log_head.c.hash)).one_or_none()
            if head is None:
                raise SchemaVersionError("the log head row is missing; run 'tracker init'")
            after = 0
            while True:
                rows = conn.execute(
                    select(*_RAW_COLUMNS)
                    .where(events.c.position > after)
                    .order_by(events.c.position)
                    .limit(batch_size)
                ).all()
                for row in rows:
                    broken = _check_row(row, expected_pos, expected_prev)
                    if broken is not None:
                        return VerifyResult(False, checked, broken[0], broken[1])
                    expected_prev = row.hash
                    expected_pos += 1
                    checked += 1
                if len(rows) < batch_size:
                    break
                after = rows[-1].position
        last = expected_pos - 1
        if head.position != last or head.hash != expected_prev:
            return VerifyResult(
                False,
                checked,
                last + 1 if head.position > last else head.position,
                f"the log head records position {head.position} but the chain ends at {last}"
                " (events were removed from the tail, or the head was altered)",
            )
        return VerifyResult(True, checked, head_position=last, head_hash=expected_prev)


def _check_row(row: Row[Any], expected_pos: int, expected_prev: str) -> tuple[int, str] | None:
    (position, stream_id, version, etype, schema, payload, meta, recorded_at, key, prev_hash,
     digest) = row  # fmt: skip
    if position != expected_pos:
        return expected_pos, f"position {expected_pos} is missing (next is {position})"
    if prev_hash != expected_prev:
        return position, "prev_hash does not match the previous event's hash"
    if not isinstance(recorded_at, str):  # PostgreSQL hands back a datetime
        recorded_at = format_recorded_at(recorded_at)
    if digest != chain_hash(
        prev_hash, position, stream_id, version, etype, schema, recorded_at, key, meta, payload
    ):
        return position, "content does not match its hash (the event was changed)"
    return None


def _meta_text(cache: dict[int, str], metadata: EventMetadata) -> str:
    """Encode each metadata object once per append (most events share one)."""
    text = cache.get(id(metadata))
    if text is None:
        text = cache[id(metadata)] = encode_metadata(metadata)
    return text


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
