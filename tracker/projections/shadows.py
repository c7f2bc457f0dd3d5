"""A rebuild's shadow tables: the settings of the connections that fill and swap them,
and the check that they are still the rebuild's own (see
:mod:`tracker.projections.runner`, which runs rebuilds).

Importing this module registers the ``sqlite3`` adapters of :data:`ADAPTERS`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy.engine import Connection

from tracker.errors import ProjectionError


class Shadowed(Protocol):
    """A projection, as far as its shadows' guard needs one (the part of
    :class:`tracker.projections.runner.Projection` it reads)."""

    name: str

    def shadow_identity(self, conn: Connection) -> object:
        """What identifies its shadow tables now: it changes when they are dropped and
        made again (see :class:`ShadowGuard`)."""
        ...


REBUILD_CACHE_KIB = 16384
"""SQLite page cache of a rebuilding connection, and so the index builds' sort buffer:
a fixed size, so memory stays flat (16 MB: the same CPU time as 64 MB at 100k and 1M
events; peak RSS 50 MB less at 100k, 100 MB less at 1M)."""

REBUILD_WAL_PAGES = 16384
"""SQLite ``wal_autocheckpoint`` of a rebuilding connection: a checkpoint when the WAL
holds 64 MB instead of 4 MB (the default 1,000 pages). A rebuild's commits write
tens of MB each, so at the default every commit checkpointed, and each checkpoint
syncs the WAL and the database: 73 syncs and 6.7 s waiting for them in a 200k
rebuild, against 19 and 1.2 s at this size (strace, the same database, a loaded
machine; CPU time the same). What is synced and when a commit is durable do not
change: only how many commits one checkpoint covers."""

INDEX_BUILD_CACHE_KIB = 2048
"""SQLite page cache of a rebuild's swap, and so the sort buffer of its index builds.
Smaller is cheaper here: SQLite sorts each buffer-full of keys in memory and merges the
sorted runs, and a run that fits the CPU's caches sorts faster than a large one. The
three widest index builds over a 200k-row claims table, alternating sizes, CPU s:
16 MB 0.92-0.96, 8 MB 0.90-0.97, 4 MB 0.86-0.87, 2 MB 0.72-0.74, 1 MB 0.67-0.69; over
990k rows (more merge passes): 16 MB 5.57-6.27, 4 MB 5.14, 2 MB 4.51-5.41, 1 MB 4.50."""

ADAPTERS: dict[type, Callable[[Any], Any]] = {type(None): {}.get, bool: int}
"""sqlite3 adapters of ``None`` (to itself: ``dict.get`` on an empty dict, a C call) and
``bool`` (to ``int``), registered for the process when this module is imported. The
driver binds ``int``, ``float``, ``str`` and ``bytearray`` directly and adapts every
other value first: with no adapter registered it looks for ``__adapt__`` and
``__conform__`` and clears an AttributeError for each, ~1 us a value, before binding
``None`` as NULL and a ``bool`` as an integer. A registered adapter is one dict lookup
and one C call. What is stored does not change (NULL, and 0 or 1), only its cost: a
claims row has ~16 NULLs, and rows are now inserted as they are (inserting the same
200k rows: grouped by their NULL columns, each group only its other columns, 2.45-2.86
s of CPU; every column with these adapters, 1.24-1.52 s)."""

for _type, _adapter in ADAPTERS.items():
    sqlite3.register_adapter(_type, _adapter)

SECURE_DELETE = 0
"""SQLite ``secure_delete`` of a connection that drops or rewrites projection tables.
Debian's SQLite (this machine's, and the Python module's) is built with it on, so a
dropped table's every page was overwritten with zeros and written through the WAL:
the swap's drop of the old claims, marks and history tables was about 0.45 s of CPU
per 200k rows for the claims table alone (0.04 s with it off) and as many megabytes
of WAL as the tables held. What it protects against (deleted content read from the
file) does not apply: every value of a projection is derived from the log, which the
same file keeps forever. The setting is the connection's and is put back after."""

POOLED_CACHE_KIB = 65536
"""The page cache a pooled connection keeps after a rebuild's write (what every
connection that served a rebuild had until the rebuild cache shrank; the query figures
were measured with it)."""


REBUILD_WORK_MEM = "64MB"
"""PostgreSQL ``work_mem`` of a rebuild's fill transactions: a window's sort in memory."""

INDEX_BUILD_MEM = "256MB"
"""PostgreSQL ``maintenance_work_mem`` of a rebuild's swap: its index builds sort in
memory (at 1M events the default 64 MB spilled each one to disk)."""


def restartable(conn: Connection) -> None:
    """Settings of a transaction that fills shadow tables: nothing reads them and a crash
    restarts the rebuild from zero, so on PostgreSQL the commit need not wait for the
    WAL to reach the disk (``synchronous_commit = off``; the swap's commit waits as
    usual, and so does every other transaction: the setting is this transaction's).
    SQLite in WAL mode with ``synchronous=NORMAL`` does not sync a commit anyway."""
    if conn.dialect.name == "postgresql":  # both in one round trip (SET LOCAL takes one)
        conn.exec_driver_sql(
            "SELECT set_config('synchronous_commit', 'off', true),"
            f" set_config('work_mem', '{REBUILD_WORK_MEM}', true)"
        )


@contextmanager
def shadow_session(conn: Connection) -> Iterator[None]:
    """SQLite settings for filling shadow tables: a fixed-size page cache and a larger
    WAL between checkpoints (:data:`REBUILD_WAL_PAGES`). The connection goes back to
    the pool with the pooled cache size and its own checkpoint size.

    ``synchronous`` stays as it is (NORMAL): in WAL mode a commit does not fsync anyway,
    and the connection that crosses the auto-checkpoint threshold copies *every*
    writer's committed pages into the database file, the log's new events included, so
    turning fsync off here would put them at risk on a power loss for little gain.

    ``secure_delete`` is off (see :data:`SECURE_DELETE`): the tables dropped here hold
    only what the log holds."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA cache_size = -{REBUILD_CACHE_KIB}")
    pages = driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    driver.execute(f"PRAGMA wal_autocheckpoint = {REBUILD_WAL_PAGES}")
    secure = driver.execute("PRAGMA secure_delete").fetchone()[0]
    driver.execute(f"PRAGMA secure_delete = {SECURE_DELETE}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size = -{POOLED_CACHE_KIB}")
        driver.execute(f"PRAGMA wal_autocheckpoint = {pages}")
        driver.execute(f"PRAGMA secure_delete = {int(secure)}")


class ShadowGuard:
    """Whether the shadows a rebuild fills are still the ones it created.

    A second rebuild of the same projection (another process) starts by dropping and
    creating the shadows. The first one's next batch would then go into the second's
    fresh tables, and whichever swapped first would put in a projection missing rows.
    So every write transaction of a fill, and the swap, first compares the shadows'
    identity (:meth:`ClaimsProjection.shadow_identity`) with the one created, under the
    write lock; a rebuild whose shadows were replaced stops with a
    :class:`ProjectionError` and leaves them to the rebuild that owns them."""

    def __init__(self, projection: Shadowed, created: object) -> None:
        self.projection = projection
        self.created = created
        self.lost = False

    def check(self, conn: Connection) -> None:
        """Raise if another rebuild replaced the shadows (inside a write transaction).

        Raises:
            ProjectionError: the shadows are not this rebuild's any more.
        """
        if self.projection.shadow_identity(conn) != self.created:
            self.lost = True
            raise self.error()

    def error(self) -> ProjectionError:
        """What a rebuild whose shadows were replaced raises."""
        return ProjectionError(
            f"another rebuild of {self.projection.name!r} started while this one ran:"
            " this one stops and leaves the shadow tables to it"
        )
