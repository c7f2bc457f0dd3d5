"""Bring a database to the schema head with Alembic, or say clearly that it is not there."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from tracker.errors import ConfigError, SchemaVersionError
from tracker.store.engine import WRITE

_ROOT = Path(__file__).resolve().parents[2]


def alembic_config() -> Config:
    """The project's Alembic config (``alembic.ini`` beside the package)."""
    ini = _ROOT / "alembic.ini"
    if not ini.exists():
        raise ConfigError(f"alembic.ini not found at {ini}; install tracker from its checkout")
    cfg = Config(str(ini))
    cfg.set_main_option("script_location", str(_ROOT / "migrations"))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise SchemaVersionError(f"migrations have {len(heads)} heads: {heads}; merge them")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run migrations up to ``revision`` in one connection."""
    cfg = alembic_config()
    with engine.connect() as conn:
        conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
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
    head = head_revision()
    if current is None:
        raise SchemaVersionError("the database is not initialized; run 'tracker init'")
    if current != head:
        raise SchemaVersionError(
            f"the database schema is at {current}, the code needs {head}; run 'tracker init'"
        )
