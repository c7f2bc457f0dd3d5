"""Engines for SQLite and PostgreSQL, set up the way the event store relies on.

SQLite: WAL (readers never block the writer), a 30 s busy timeout, ``synchronous=NORMAL``
by default (in WAL mode a committed transaction survives a crash of the process; only an
OS crash or power loss can lose the last commits, and what survives is still a whole,
verifiable prefix of the chain; set ``TRACKER_SQLITE_SYNCHRONOUS=FULL`` to trade speed
for power-loss durability). Writers open their transaction with ``BEGIN IMMEDIATE`` so
two writers queue on the lock instead of failing on upgrade.

PostgreSQL: psycopg 3 over whatever the URL says; use TCP (127.0.0.1) rather than the
Unix socket for large batches (psycopg pipeline mode hangs on 1 MiB+ messages over the
socket).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote
from weakref import WeakSet

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.pool import StaticPool

from tracker.errors import ConfigError

WRITE = {"tracker_write": True}
"""Execution options of a connection that will write (``BEGIN IMMEDIATE`` on SQLite)."""


def normalize_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and use psycopg 3 for them."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for a tracker database URL."""
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ConfigError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, **kwargs)
    if parsed.get_backend_name() == "postgresql":
        kwargs.setdefault("pool_pre_ping", True)
        # No server-side prepared statements: after five runs PostgreSQL may switch a
        # prepared statement to a generic plan, and for the log's `key IN (...)` look-ups
        # that plan was a sequential scan (appends fell from 10k to 1k events/s at 30k
        # events). The statements are cheap to plan; plan each with its real values.
        kwargs.setdefault("connect_args", {}).setdefault("prepare_threshold", None)
        return create_engine(url, **kwargs)
    raise ConfigError(
        f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql"
    )


_READ_ONLY: WeakSet[Engine] = WeakSet()
"""Engines opened read-only (see :func:`is_read_only`)."""


def is_read_only(engine: Engine) -> bool:
    """Whether the engine was opened read-only: a SQLite file this process cannot write
    (a copy on a read-only share, a folder it may not create ``-wal``/``-shm`` in) or one
    whose URL asks for it (``?mode=ro``, ``?immutable=1``). Queries on such an engine
    answer from the projections as they are, without catching them up (which writes)."""
    return engine in _READ_ONLY


def _flag(parsed: URL, name: str, on: str) -> bool:
    value = parsed.query.get(name)
    values = value if isinstance(value, tuple) else (value,)
    return on in values


def _read_only_uri(parsed: URL) -> str | None:
    """The SQLite URI (``file:…?mode=ro``) that opens the file read-only, or None when
    it can be written.

    Read-only when the URL asks for it, or when the file exists but this process may not
    write it or create files beside it: in WAL mode a reader needs the ``-shm`` file, and
    SQLite's plain open then fails with "unable to open database file". ``immutable=1``
    (no locking, no ``-shm``) is used where nothing can be writing: a folder nobody may
    create the ``-shm`` in, with no ``-wal`` holding commits; a ``-wal`` that holds
    commits there cannot be read without its ``-shm``, and that is a clear error rather
    than an answer missing the log's last events."""
    path = parsed.database or ""
    asked = _flag(parsed, "mode", "ro") or _flag(parsed, "immutable", "1")
    if path.startswith("file:"):
        return None  # the user wrote their own URI: SQLite reads its flags as given
    exists = os.path.exists(path)
    folder = os.path.dirname(os.path.abspath(path))
    writable = os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    if not asked and (not exists or writable):
        return None
    if not exists:
        raise ConfigError(f"no database file at {path} to open read-only")
    immutable = _flag(parsed, "immutable", "1")
    if not immutable and not os.access(folder, os.W_OK) and not os.path.exists(path + "-shm"):
        wal = path + "-wal"
        if os.path.exists(wal) and os.path.getsize(wal) > 0:
            raise ConfigError(
                f"{path} is read-only here and its last commits are in {wal}, which SQLite "
                f"cannot read without a {path}-shm file it may not create in {folder}: copy "
                f"the database with 'sqlite3 {path} .backup COPY' (or checkpoint it where it "
                "is written) and read the copy"
            )
        immutable = True
    uri = f"file:{quote(os.path.abspath(path))}?mode=ro"
    return uri + ("&immutable=1" if immutable else "")


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    synchronous = os.environ.get("TRACKER_SQLITE_SYNCHRONOUS", "NORMAL").upper()
    if synchronous not in {"OFF", "NORMAL", "FULL", "EXTRA"}:
        raise ConfigError(f"TRACKER_SQLITE_SYNCHRONOUS must be NORMAL or FULL, not {synchronous}")
    parsed = make_url(url)
    memory = parsed.database in (None, "", ":memory:")
    read_only = None if memory else _read_only_uri(parsed)
    if memory:
        # One shared connection, or every checkout would see its own empty database.
        kwargs.setdefault("poolclass", StaticPool)
    kwargs.setdefault("connect_args", {}).setdefault("check_same_thread", False)
    if read_only:
        # the engine keeps the plain path as its URL (messages and the schema check name
        # the file); the driver opens the read-only URI
        uri = read_only
        kwargs["creator"] = lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        url = parsed.set(query={}).render_as_string(hide_password=False)
    engine = create_engine(url, **kwargs)
    if read_only:
        _READ_ONLY.add(engine)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # The driver's own transaction handling is off; ``_on_begin`` emits BEGIN.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 30000")
        if not memory and not read_only:  # setting the journal mode is a write
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute(f"PRAGMA synchronous = {synchronous}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("tracker_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def driver_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """``sql`` (in the driver's own placeholder style) run on the connection's driver
    cursor, inside its transaction, and every row as the driver gives it: no SQLAlchemy
    compile or row processing, for the hot reads (the log's batches, the head and
    checkpoints asked before every query)."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        cursor.execute(sql, tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()
