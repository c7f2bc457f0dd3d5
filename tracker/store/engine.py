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
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
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


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    synchronous = os.environ.get("TRACKER_SQLITE_SYNCHRONOUS", "NORMAL").upper()
    if synchronous not in {"OFF", "NORMAL", "FULL", "EXTRA"}:
        raise ConfigError(f"TRACKER_SQLITE_SYNCHRONOUS must be NORMAL or FULL, not {synchronous}")
    memory = make_url(url).database in (None, "", ":memory:")
    if memory:
        # One shared connection, or every checkout would see its own empty database.
        kwargs.setdefault("poolclass", StaticPool)
    kwargs.setdefault("connect_args", {}).setdefault("check_same_thread", False)
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # The driver's own transaction handling is off; ``_on_begin`` emits BEGIN.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 30000")
        if not memory:
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
