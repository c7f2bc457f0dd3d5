"""The projection runner: catch-up from a checkpoint, exactly once, and rebuilds.

Exactly once. Each batch runs in one write transaction that takes the projection's lock
(``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory lock on PostgreSQL), reads
the checkpoint *inside* that transaction, applies the events after it and saves the new
checkpoint before committing. A crash anywhere rolls back rows and checkpoint together;
two processes catching up at once queue on the lock and the second finds the first's
checkpoint.

Rebuilds fill shadow tables from position 0 in large batches (nothing reads them) on one
connection, one transaction a batch so appends interleave (on SQLite with
a fixed page cache while filling, and for large rebuilds a writer process that writes
each batch while this one reads and applies the next, see :meth:`ProjectionRunner._fill_in_process`;
on PostgreSQL a second connection, in a thread of its own), then swap them in with one
transaction (drop the live tables, rename the shadows, create the indexes, move the
checkpoint). Readers see the old tables until that commit and the new
ones after it, never a half-built projection. A crash during a rebuild leaves only
shadow tables, which the next rebuild drops. A projection whose code version differs
from its checkpoint's rebuilds itself on the next catch-up. Of two rebuilds at once, the
one whose shadows the other dropped and made again stops (:class:`.shadows.ShadowGuard`).
The shadows' connection settings and that guard live in :mod:`.shadows`.
"""

from __future__ import annotations

import os
import queue
import threading
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection
from sqlalchemy.pool import StaticPool

from tracker.errors import ProjectionError
from tracker.projections import writer_process
from tracker.projections.gc_pause import no_gc
from tracker.projections.log_reads import RawEvent, RawRow, read_raw, read_rows, window_end
from tracker.projections.shadow_writer import Statement
from tracker.projections.shadows import (
    INDEX_BUILD_CACHE_KIB,
    INDEX_BUILD_MEM,
    ShadowGuard,
    restartable,
    shadow_session,
)
from tracker.store.checkpoints import head_and_checkpoints, save_checkpoint
from tracker.store.engine import WRITE
from tracker.store.schema import checkpoints, log_head


class Applier(Protocol):
    """Applies events to one set of tables; may cache what it learned between batches."""

    def apply(self, conn: Connection, batch: Sequence[RawEvent]) -> None: ...

    def reset(self) -> None:
        """Forget every cache (the tables changed under it, or a batch failed)."""
        ...


@runtime_checkable
class BulkApplier(Applier, Protocol):
    """An applier that decodes the driver's rows itself and may hold rows back between
    batches (a rebuild's): ``finish`` writes whatever it still holds."""

    def apply_rows(self, conn: Connection, rows: Sequence[RawRow]) -> None: ...

    def finish(self, conn: Connection) -> None: ...


@runtime_checkable
class PipelinedApplier(BulkApplier, Protocol):
    """A bulk applier whose batches apply in memory first (``prepare`` returns the
    batch's writes; ``remaining`` those of what it still holds) and are written after
    (``write``, on any connection): a rebuild writes one batch in one thread while it
    reads and applies the next in another."""

    def prepare(self, conn: Connection, rows: Sequence[RawRow]) -> Any: ...

    def remaining(self) -> Any: ...

    def write(self, conn: Connection, writes: Any) -> None: ...


@runtime_checkable
class StatementApplier(PipelinedApplier, Protocol):
    """A pipelined applier whose SQLite writes are plain statements and rows
    (``statements``: them, and which inserts claims rows), which a writer process can
    run (:mod:`.shadow_writer`), making the history chunks there if the applier leaves
    them to it (``history_to_writer``)."""

    def statements(self, writes: Any) -> tuple[Sequence[Statement], int | None]: ...

    def history_to_writer(self) -> dict[str, Any] | None: ...


class Projection(Protocol):
    """A named, versioned read model of the log."""

    name: str
    version: str
    event_types: tuple[str, ...]

    def applier(self, *, shadow: bool) -> Applier: ...

    def create_shadow(self, conn: Connection) -> None: ...

    def drop_shadow(self, conn: Connection) -> None: ...

    def shadow_identity(self, conn: Connection) -> object:
        """What identifies the shadow tables now; it must change whenever they are
        dropped and made again (another rebuild's), so a rebuild can tell that its
        shadows were replaced (:class:`.shadows.ShadowGuard`)."""
        ...

    def swap(self, conn: Connection) -> None:
        """Replace the live tables by the filled shadows, inside the caller's transaction."""
        ...

    def clear(self, conn: Connection) -> None:
        """Empty the live tables (a projection never built, whose checkpoint is 0)."""
        ...


@runtime_checkable
class DayBound(Protocol):
    """A projection that also keeps tables bound to one valid day (see :meth:`refresh`)."""

    name: str

    def holds(self, conn: Connection, day: date) -> bool:
        """Whether its day-bound tables hold ``day`` (a read)."""
        ...

    def refresh(self, conn: Connection, day: date) -> bool:
        """Recompute them at ``day`` unless they hold it, inside the caller's write
        transaction; returns whether it did."""
        ...


@dataclass(frozen=True, slots=True)
class ProjectionStatus:
    name: str
    version: str
    position: int
    stored_version: str
    head: int


class ProjectionRunner:
    """Keeps projections caught up with the log and rebuilds them on demand."""

    pipelined_on: frozenset[str] = frozenset({"postgresql"})
    """Databases (dialect names) on which rebuilds write in a thread of their own (see
    :meth:`_fill_pipelined`). Not SQLite: its writes need the GIL back after every row,
    and paired 200k-event rebuilds there (six pairs, a shared machine) gained a median
    5% of wall time for 7% more CPU and 80 MB more memory. A PostgreSQL server works in
    a process of its own: seven pairs of 100k events on the same loaded machine (load
    6-9 on 2 cores), pipelined / one-thread 1.13, 0.95, 1.06, 1.26, 0.80, 1.45, 1.10
    (median 1.10), this process's CPU per event no higher. Worth measuring again on an
    idle machine, where the second core is free."""

    writer_process_from: int | None = 50_000
    """SQLite rebuilds of a log of at least this many positions write their batches in
    a process of their own (:meth:`_fill_in_process`); None: never. Below it the
    writer's start (~30 ms) is not worth it: such a rebuild takes a second or two."""

    def __init__(
        self,
        engine: Engine,
        projections: Sequence[Projection],
        clock: Callable[[], datetime],
        *,
        batch_size: int = 2000,
        rebuild_batch_size: int = 20000,
    ) -> None:
        self.engine = engine
        self.projections = {p.name: p for p in projections}
        self._clock = clock
        self.batch_size = batch_size
        self.rebuild_batch_size = rebuild_batch_size
        self._appliers: dict[str, Applier] = {}
        self._last: dict[str, int] = {}
        # Threads of one process (the HTTP server's) share the appliers' caches.
        self._mutex = threading.RLock()

    def _select(self, name: str | None) -> list[Projection]:
        if name is None:
            return list(self.projections.values())
        if name not in self.projections:
            known = ", ".join(sorted(self.projections))
            raise ProjectionError(f"no projection named {name!r} (known: {known})")
        return [self.projections[name]]

    # -- catching up --------------------------------------------------------------------

    def catch_up(self, name: str | None = None) -> int:
        """Apply every event after each projection's checkpoint; returns events applied.

        A projection whose stored version is not the code's is rebuilt first.
        """
        with self._mutex, no_gc():
            return self._catch_up(name)

    def _catch_up(self, name: str | None) -> int:
        applied = 0
        selected = self._select(name)
        with self.engine.connect() as conn:  # a read: no write lock when at the head
            marks = head_and_checkpoints(conn)
        for projection in selected:
            head, (position, stored) = marks[0], marks[1].get(projection.name, (0, ""))
            if position >= head and stored in (projection.version, ""):
                continue
            if position > 0 and stored != projection.version:
                applied += self.rebuild(projection.name)[projection.name]
                continue
            while True:
                count, done = self._batch(projection)
                applied += count
                if done:
                    break
        return applied

    def _batch(self, projection: Projection) -> tuple[int, bool]:
        applier = self._appliers.get(projection.name)
        if applier is None:
            applier = self._appliers[projection.name] = projection.applier(shadow=False)
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
                with conn.begin():
                    return self._batch_in(conn, projection, applier)
        except BaseException:
            applier.reset()
            self._last.pop(projection.name, None)
            raise

    def _batch_in(
        self, conn: Connection, projection: Projection, applier: Applier
    ) -> tuple[int, bool]:
        _lock(conn, projection.name)
        position, stored = _read_checkpoint(conn, projection.name)
        if position > 0 and stored != projection.version:
            return 0, True  # another process rebuilds it; the next catch-up sees to it
        if self._last.get(projection.name) != position:
            applier.reset()  # someone else moved it: our caches may be stale
            if position == 0:
                projection.clear(conn)
        head = int(conn.execute(select(log_head.c.position)).scalar() or 0)
        if head <= position:
            return 0, True
        upper = window_end(position, head, self.batch_size, conn.dialect.name)
        batch = read_raw(conn, position, upper, self.batch_size, projection.event_types)
        new_position = batch[-1].position if len(batch) == self.batch_size else upper
        applier.apply(conn, batch)
        save_checkpoint(conn, projection.name, new_position, projection.version, self._clock())
        self._last[projection.name] = new_position
        return len(batch), new_position >= head

    # -- rebuilding ---------------------------------------------------------------------

    def rebuild(self, name: str | None = None) -> dict[str, int]:
        """Rebuild projections from position 0 into shadow tables and swap them in.

        Returns the number of events each one applied (the rebuild, then the catch-up of
        whatever was appended meanwhile).
        """
        result: dict[str, int] = {}
        with self._mutex, no_gc():
            for projection in self._select(name):
                result[projection.name] = self._rebuild_one(projection)
                result[projection.name] += self._catch_up(projection.name)
        return result

    def _rebuild_one(self, projection: Projection) -> int:
        with self.engine.connect() as conn:
            head = int(conn.execute(select(log_head.c.position)).scalar() or 0)

        created: list[object] = []

        def fresh_shadow(conn: Connection) -> None:
            projection.drop_shadow(conn)
            projection.create_shadow(conn)
            created.append(projection.shadow_identity(conn))

        self._write(fresh_shadow)
        guard = ShadowGuard(projection, created[0])
        applier = projection.applier(shadow=True)
        try:
            with self.engine.connect() as conn, shadow_session(conn):
                applied = self._fill(conn, projection, applier, head, guard)
        except BaseException:
            if not guard.lost:  # the shadows another rebuild made are its own
                self._write(projection.drop_shadow)
            raise

        def swap(conn: Connection) -> None:
            _lock(conn, projection.name)
            guard.check(conn)
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{INDEX_BUILD_MEM}'")
            else:  # shadow_session puts the pooled size back
                conn.exec_driver_sql(f"PRAGMA cache_size = -{INDEX_BUILD_CACHE_KIB}")
            projection.swap(conn)
            save_checkpoint(conn, projection.name, head, projection.version, self._clock())

        self._write(swap)
        live = self._appliers.get(projection.name)
        if live is not None:
            live.reset()
        self._last[projection.name] = head
        return applied

    def _fill(
        self,
        conn: Connection,
        projection: Projection,
        applier: Applier,
        head: int,
        guard: ShadowGuard,
    ) -> int:
        """Apply the log up to ``head`` to the shadows, one write transaction a batch (so
        appends interleave), on one connection; pipelined where it can be. Each write
        transaction first checks that the shadows are still this rebuild's (``guard``)."""
        if (
            conn.dialect.name in self.pipelined_on
            and isinstance(applier, PipelinedApplier)
            and not isinstance(self.engine.pool, StaticPool)  # one shared connection
        ):
            return self._fill_pipelined(conn, projection, applier, head, guard)
        database = self._writer_database(conn, head)
        if database is not None and isinstance(applier, StatementApplier):
            return self._fill_in_process(conn, projection, applier, head, guard, database)
        position, applied, size = 0, 0, self.rebuild_batch_size
        bulk = applier if isinstance(applier, BulkApplier) else None
        conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
        while position < head:
            upper = window_end(position, head, size, conn.dialect.name)
            with conn.begin():
                restartable(conn)
                guard.check(conn)
                if bulk is not None:
                    rows = read_rows(conn, position, upper, size, projection.event_types)
                    bulk.apply_rows(conn, rows)
                    count, last = len(rows), (rows[-1][0] if rows else upper)
                else:
                    batch = read_raw(conn, position, upper, size, projection.event_types)
                    applier.apply(conn, batch)
                    count, last = len(batch), (batch[-1].position if batch else upper)
            applied += count
            position = last if count == size else upper
        if bulk is not None:
            with conn.begin():
                guard.check(conn)
                bulk.finish(conn)
        return applied

    def _fill_pipelined(
        self,
        conn: Connection,
        projection: Projection,
        applier: PipelinedApplier,
        head: int,
        guard: ShadowGuard,
    ) -> int:
        """:meth:`_fill` in two threads: this one reads and applies batches in memory
        (``prepare``: decoding, flattening, successors, marks: Python) on ``conn``, in
        read transactions; a writer thread writes each batch's rows, in order, one write
        transaction a batch, on a connection of its own. The database's work (all of it
        on a PostgreSQL server, in its own process) runs without the GIL, so it overlaps
        the next batch's Python on a second core (see :attr:`pipelined_on`).
        At most :data:`PIPELINE_DEPTH` prepared batches wait: memory stays flat. The
        rows written are the ones :meth:`_fill` writes, in the same order; only the
        transactions differ, and nothing reads the shadows before the swap."""
        jobs: queue.Queue[Any] = queue.Queue(maxsize=PIPELINE_DEPTH)
        failed: list[BaseException] = []
        stop = threading.Event()

        def writer() -> None:
            try:
                with self.engine.connect() as wconn, shadow_session(wconn):
                    wconn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
                    while (writes := jobs.get()) is not _DONE:
                        if stop.is_set():
                            continue  # the reader failed: drain to its end mark
                        with wconn.begin():
                            restartable(wconn)
                            guard.check(wconn)
                            applier.write(wconn, writes)
            except BaseException as exc:  # handed to the reading thread, which raises it
                failed.append(exc)
                stop.set()
                while jobs.get() is not _DONE:  # let the reader finish putting
                    pass

        def put(writes: Any) -> None:
            if stop.is_set():
                raise failed[0] if failed else ProjectionError("the rebuild's writer stopped")
            jobs.put(writes)

        thread = threading.Thread(target=writer, name=f"rebuild-{projection.name}", daemon=True)
        thread.start()
        position, applied, size = 0, 0, self.rebuild_batch_size
        try:
            while position < head:
                upper = window_end(position, head, size, conn.dialect.name)
                with conn.begin():  # a read: no write lock
                    restartable(conn)
                    rows = read_rows(conn, position, upper, size, projection.event_types)
                    writes = applier.prepare(conn, rows)
                put(writes)
                count, last = len(rows), (rows[-1][0] if rows else upper)
                applied += count
                position = last if count == size else upper
            put(applier.remaining())
        except BaseException:
            stop.set()
            raise
        finally:
            jobs.put(_DONE)
            thread.join()
        if failed:
            raise failed[0]
        return applied

    def _writer_database(self, conn: Connection, head: int) -> str | None:
        """The SQLite file a writer process may fill the shadows of (see
        :meth:`_fill_in_process`), or None: not SQLite, a rebuild below
        :attr:`writer_process_from`, a database only this process sees (in memory,
        one shared connection), a URL with options the writer would not apply, or a
        platform without the writer."""
        url = self.engine.url
        if (
            conn.dialect.name != "sqlite"
            or self.writer_process_from is None
            or head < self.writer_process_from
            or isinstance(self.engine.pool, StaticPool)
            or not url.database
            or url.database == ":memory:"
            or url.database.startswith("file:")
            or url.query
            or not writer_process.available()
        ):
            return None
        return os.path.abspath(url.database)

    def _fill_in_process(
        self,
        conn: Connection,
        projection: Projection,
        applier: StatementApplier,
        head: int,
        guard: ShadowGuard,
        database: str,
    ) -> int:
        """:meth:`_fill` with a writer process (SQLite): this process reads and applies
        each batch in memory (``prepare``: the Python half) in read transactions, and
        hands its statements to the writer (:mod:`.shadow_writer`), which runs them on
        a connection of its own, one write transaction a batch, each after checking
        the shadows are still this rebuild's (``guard``), while this process applies
        the next batch: the two halves run on two cores. The driver binds each row's
        parameters holding the interpreter lock, so a writer thread would wait for it
        after every row (see :attr:`pipelined_on`). At most
        :data:`.writer_process.SLOTS` batches wait for the writer: memory stays flat.
        The rows written are the ones :meth:`_fill` writes, in the same order."""
        position, applied, size = 0, 0, self.rebuild_batch_size
        synchronous = writer_process.settings_of(conn)["synchronous"]
        with writer_process.WriterProcess(
            database, guard, synchronous=synchronous, history=applier.history_to_writer()
        ) as writer:
            while position < head:
                upper = window_end(position, head, size, conn.dialect.name)
                with conn.begin():  # a read: no write lock
                    rows = read_rows(conn, position, upper, size, projection.event_types)
                    count, last = len(rows), (rows[-1][0] if rows else upper)
                    statements, claims = applier.statements(applier.prepare(conn, rows))
                    del rows  # not held while the next batch is read
                writer.send(statements, claims)
                del statements
                applied += count
                position = last if count == size else upper
            writer.send(*applier.statements(applier.remaining()), final=True)
            writer.finish()
        return applied

    def _write(self, work: Callable[[Connection], object]) -> None:
        with self.engine.connect() as conn, shadow_session(conn):
            conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
            with conn.begin():
                work(conn)

    # -- day-bound tables ---------------------------------------------------------------

    def refresh(self, day: date, name: str | None = None) -> None:
        """Bring projections' day-bound tables (the claims projection's materialized
        current state) to ``day``, each under its write lock; a no-op when they hold it.
        Catch up first: the tables are exact for whatever the projection holds."""
        with self._mutex, no_gc():
            for projection in self._select(name):
                if not isinstance(projection, DayBound):
                    continue
                with self.engine.connect() as conn:
                    if projection.holds(conn, day):  # a read: no write lock when fresh
                        continue

                def work(conn: Connection, p: DayBound = projection) -> None:
                    _lock(conn, p.name)
                    p.refresh(conn, day)

                self._write(work)

    # -- status -------------------------------------------------------------------------

    def _checkpoint(self, name: str) -> tuple[int, str]:
        with self.engine.connect() as conn:
            return _read_checkpoint(conn, name)

    def status(self) -> list[ProjectionStatus]:
        with self.engine.connect() as conn:
            head, marks = head_and_checkpoints(conn)
        return [
            ProjectionStatus(p.name, p.version, *marks.get(p.name, (0, "")), head)
            for p in self.projections.values()
        ]


def _read_checkpoint(conn: Connection, name: str) -> tuple[int, str]:
    row = conn.execute(
        select(checkpoints.c.position, checkpoints.c.version).where(checkpoints.c.name == name)
    ).one_or_none()
    return (0, "") if row is None else (int(row.position), str(row.version))


PIPELINE_DEPTH = 2
"""Prepared batches a pipelined rebuild lets wait for its writer (each up to
``rebuild_batch_size`` rows): enough to keep both threads busy, few enough for memory."""

_DONE = object()
"""The end mark of a pipelined rebuild's batches."""


def _lock(conn: Connection, name: str) -> None:
    """Serialize writers of one projection (SQLite's BEGIN IMMEDIATE already does)."""
    if conn.dialect.name == "postgresql":
        key = zlib.crc32(f"projection:{name}".encode())
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({key})")
