"""The one MetaData of tracker, with a naming convention, and the log's tables.

Other rooms (projections, feed scheduling) define their tables on this same MetaData so
that Alembic sees one schema.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Dialect,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.types import TypeEngine

from tracker.domain.events import format_recorded_at

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# SQLite makes an INTEGER PRIMARY KEY the rowid (fast, compact); PostgreSQL gets 64 bits.
Position = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on every backend.

    PostgreSQL stores ``timestamptz``. SQLite has no time type: values are stored as
    fixed-width UTC text, ``2026-01-31T09:30:00.000000Z``, which sorts like the time it
    names, parses with the C ``fromisoformat`` and is exactly the text the hash chain
    covers (SQLAlchemy's own SQLite DateTime parses with a regex, 5x slower).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(32))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored; give it a time zone")
        value = value.astimezone(UTC)
        return format_recorded_at(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            return datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


events = Table(
    "events",
    metadata,
    Column("position", Position, primary_key=True, autoincrement=False),
    Column("stream_id", String(255), nullable=False),
    Column("stream_version", Integer, nullable=False),
    Column("event_type", String(100), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("payload", Text, nullable=False),
    Column("meta", Text, nullable=False),
    Column("recorded_at", UTCDateTime, nullable=False),
    Column("idempotency_key", String(255), nullable=True),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ux_events_stream_version", "stream_id", "stream_version", unique=True),
    Index("ux_events_idempotency_key", "idempotency_key", unique=True),
)
"""The log. Payload and metadata are stored as the exact canonical JSON that was hashed,
so ``verify`` recomputes hashes without re-encoding anything."""

log_head = Table(
    "log_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("position", Position, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("recorded_at", UTCDateTime, nullable=True),
)
"""One row (id 1): the last position and hash. Appends lock it (the serialization point
that makes positions gap-free and commit-ordered on PostgreSQL) and move it forward in
the same transaction; ``verify`` compares it with the walked chain to catch a truncated
tail."""

checkpoints = Table(
    "checkpoints",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("position", Position, nullable=False),
    Column("version", String(255), nullable=False, server_default=""),
    Column("updated_at", UTCDateTime, nullable=True),
)
"""Where each subscriber of the log (a projection, the extractor) has read up to.
Projections write theirs in the same transaction as their rows."""
