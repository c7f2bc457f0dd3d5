"""Alembic environment: the target is tracker's one MetaData (every room's tables).

The URL comes from, in order: a connection handed over by ``tracker init`` (through
``config.attributes["connection"]``), ``-x url=...``, ``sqlalchemy.url`` in the config,
``TRACKER_DATABASE_URL``, then tracker's default.
"""

from __future__ import annotations

from alembic import context

import tracker.app  # noqa: F401  (imports every module that defines tables)
from tracker.config import Settings
from tracker.store.engine import make_engine
from tracker.store.schema import metadata

config = context.config
target_metadata = metadata


def _url() -> str:
    x_url = context.get_x_argument(as_dictionary=True).get("url")
    return x_url or config.get_main_option("sqlalchemy.url") or Settings().database_url


def run_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite ALTERs go through batch mode
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
