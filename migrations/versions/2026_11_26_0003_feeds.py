"""Feed scheduling state and leases (issue 3).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp() -> sa.types.TypeEngine[object]:
    # tracker.store.schema.UTCDateTime: timestamptz on PostgreSQL, fixed-width text on SQLite
    return sa.DateTime(timezone=True).with_variant(sa.String(32), "sqlite")


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("feed_id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("host", sa.String(255), nullable=False, server_default=""),
        sa.Column("interval_s", sa.Integer(), nullable=False),
        sa.Column("adaptive", sa.Boolean(), nullable=False),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.String(100), nullable=True),
        sa.Column("body_sha256", sa.String(64), nullable=True),
        sa.Column("next_poll_at", _timestamp(), nullable=False),
        sa.Column("last_polled_at", _timestamp(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("min_interval_s", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("effective_interval_s", sa.Integer(), nullable=False),
        sa.Column("identity_policy", sa.String(8), nullable=False, server_default="guid"),
        sa.Column("lease_owner", sa.String(100), nullable=True),
        sa.Column("lease_until", _timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("feed_id", name=op.f("pk_feeds")),
    )
    op.create_index("ux_feeds_name", "feeds", ["name"], unique=True)
    op.create_index("ix_feeds_url", "feeds", ["url"])
    op.create_index("ix_feeds_due", "feeds", ["state", "next_poll_at"])
    op.create_table(
        "feed_documents",
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("feed_id", sa.String(32), nullable=True),
        sa.Column("entry_key", sa.Text(), nullable=False),
        sa.Column("guid", sa.Text(), nullable=True),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("last_seen_at", _timestamp(), nullable=True),
        sa.Column("storm_start", _timestamp(), nullable=True),
        sa.Column("storm_count", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_feed_documents")),
    )
    op.create_index("ix_feed_documents_feed_id", "feed_documents", ["feed_id"])
    op.create_table(
        "feed_hosts",
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("blocked_until", _timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("host", name=op.f("pk_feed_hosts")),
    )


def downgrade() -> None:
    op.drop_table("feed_hosts")
    op.drop_index("ix_feed_documents_feed_id", table_name="feed_documents")
    op.drop_table("feed_documents")
    op.drop_index("ix_feeds_due", table_name="feeds")
    op.drop_index("ix_feeds_url", table_name="feeds")
    op.drop_index("ux_feeds_name", table_name="feeds")
    op.drop_table("feeds")
