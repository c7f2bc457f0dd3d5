"""Bring a database to the schema head with Alembic, or say clearly that it is not there."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from tracker.errors import ConfigError, SchemaVersionError
from tracker.store.engine import WRITE

if TYPE_CHECKING:
    from alembic.config import Config

_ROOT = Path(__file__).resolve().parents[2]

SCHEMA_HEAD = "0009"
"""The schema revision this code needs: the newest file of migrations/versions. Every
command checks the database against it, and it is a constant so that the check does not
load Alembic and parse the migration scripts on each start (a third of a second); a test
holds it equal to Alembic's head, so a new migration that forgets it fails CI."""


_MIGRATION_LOCK = zlib.crc32(b"tracker:migrations")
"""The PostgreSQL advisory lock key that serializes migrations of one database."""


def alembic_config() -> Config:
    """The project's Alembic config (``alembic.ini`` beside the package)."""
    from alembic.config import Config

    ini = _ROOT / "alembic.ini"
    if not ini.exists():
        raise ConfigError(f"alembic.ini not found at {ini}; install tracker from its checkout")
    cfg = Config(str(ini))
    cfg.set_main_option("script_location", str(_ROOT / "migrations"))
    return cfg


def head_revision() -> str:
    """The head of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise SchemaVersionError(f"migrations have {len(heads)} heads: {heads}; merge them")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The database's revision (Alembic's ``alembic_version`` row), None before init."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise SchemaVersionError(f"the database has {len(rows)} schema heads: {rows}")
    return rows[0] if rows else None


def _known_revisions(cfg: Config) -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions()}


def _from_newer_code(current: str, head: str) -> SchemaVersionError:
    """A database a newer tracker migrated: ``tracker init`` cannot bring it back (Alembic
    fails on the unknown revision with a traceback), so say what happened instead."""
    return SchemaVersionError(
        f"the database schema is at {current}, newer than this tracker knows (its newest is "
        f"{head}): a newer version of tracker migrated it; run that version"
    )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run migrations up to ``revision`` in one connection."""
    from alembic import command

    cfg = alembic_config()
    current = current_revision(engine)
    if current is not None and current not in _known_revisions(cfg):
        raise _from_newer_code(current, SCHEMA_HEAD)
    with engine.connect() as conn:
        conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
        if conn.dialect.name == "postgresql":
            # inits (daemons) starting together on a fresh database would each create the
            # tables; held to the commit, so a later one waits and then finds the head
            # (SQLite's BEGIN IMMEDIATE already serializes them)
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def ensure_current(engine: Engine) -> None:
    """Refuse to work on a database that is not at the code's schema head.

    A SQLite file that does not exist is reported without creating it (connecting would).
    """
    database = engine.url.database or ""
    in_file = engine.dialect.name == "sqlite" and database not in ("", ":memory:")
    if in_file and not Path(database).exists():
        raise SchemaVersionError(f"there is no database at {database}; run 'tracker init'")
    current = current_revision(engine)
    head = SCHEMA_HEAD
    if current is None:
        raise SchemaVersionError("the database is not initialized; run 'tracker init'")
    if current != head:
        if current not in _known_revisions(alembic_config()):  # only on this rare path
            raise _from_newer_code(current, head)
        raise SchemaVersionError(
            f"the database schema is at {current}, the code needs {head}; run 'tracker init'"
        )
