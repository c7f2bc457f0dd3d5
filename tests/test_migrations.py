"""Migrations: the tables in code and in migrations agree, and every step runs both ways."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from tracker.store import migrate
from tracker.store.checkpoints import SqlCheckpointStore
from tracker.store.engine import WRITE, make_engine
from tracker.store.schema import metadata


def test_models_and_migrations_have_no_drift(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()

    assert diff == []


def test_alembic_check_passes_at_head(db_url: str) -> None:
    engine = make_engine(db_url)
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        conn.execution_options(**WRITE)
        cfg.attributes["connection"] = conn
        command.check(cfg)
    engine.dispose()


def test_upgrade_downgrade_upgrade_round_trip(
    backend: str, db_url_factory: Callable[[str], str]
) -> None:
    engine = make_engine(db_url_factory(backend))

    migrate.upgrade(engine)
    tables_at_head = set(inspect(engine).get_table_names())
    migrate.downgrade(engine, "base")
    tables_at_base = set(inspect(engine).get_table_names())
    migrate.upgrade(engine)

    assert migrate.current_revision(engine) == migrate.head_revision()
    assert {"events", "log_head", "checkpoints"} <= tables_at_head
    assert tables_at_base <= {"alembic_version"}
    assert set(inspect(engine).get_table_names()) == tables_at_head
    engine.dispose()


def test_migrations_form_one_line_of_history() -> None:
    assert migrate.head_revision()  # raises when there are several heads


def test_the_schema_head_the_code_checks_against_is_the_newest_migration() -> None:
    # commands compare the database with this constant instead of loading Alembic on each
    # start; a new migration must move it
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_a_checkpoint_keeps_a_version_label_longer_than_fifty_characters(
    backend: str, db_url_factory: Callable[[str], str]
) -> None:
    # the extractor's label names its cap since session 12 ("…|cap=200000") and a user's
    # vocabulary can lengthen it: PostgreSQL refused it at 50 characters (migration 0009)
    engine = make_engine(db_url_factory(backend))
    migrate.upgrade(engine)
    label = "extractor:rules@9.9.9|vocabulary-99+my-own-entities-file|cap=200000" * 2
    store = SqlCheckpointStore(engine, lambda: datetime(2026, 11, 27, tzinfo=UTC))

    store.set("extraction", 7, label)

    assert store.get("extraction") == (7, label)
    engine.dispose()
