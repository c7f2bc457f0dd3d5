"""The claims projection's materialized current state (issue 5): ``claim_state``, one
row per entry of SPEC §5 state at the day in ``claim_state_day`` (through every clock).

Both start empty, with no day: the first question about today fills them (see
``tracker.projections.current``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _position() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _timestamp() -> sa.types.TypeEngine[object]:
    # tracker.store.schema.UTCDateTime: timestamptz on PostgreSQL, fixed-width text on SQLite
    return sa.DateTime(timezone=True).with_variant(sa.String(32), "sqlite")


def upgrade() -> None:
    op.create_table(
        "claim_state",
        sa.Column("position", _position(), autoincrement=False, nullable=False),
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("predicate", sa.String(length=100), nullable=False),
        sa.Column("qkey", sa.String(length=1000), nullable=False),
        sa.Column("object", sa.String(length=200), nullable=True),
        sa.Column("value_low", sa.Float(), nullable=True),
        sa.Column("value_high", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=50), nullable=True),
        sa.Column("approx", sa.Boolean(), nullable=False),
        sa.Column("bound", sa.String(length=10), nullable=True),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("lane", sa.String(length=10), nullable=False),
        sa.Column("valid_kind", sa.String(length=10), nullable=False),
        sa.Column("valid_start", sa.Date(), nullable=True),
        sa.Column("valid_end", sa.Date(), nullable=True),
        sa.Column("granularity", sa.String(length=10), nullable=False),
        sa.Column("valid_text", sa.Text(), nullable=True),
        sa.Column("reported_at", _timestamp(), nullable=False),
        sa.Column("recorded_at", _timestamp(), nullable=False),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("document_id", sa.String(length=255), nullable=True),
        sa.Column("feed", sa.String(length=255), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("quote_start", sa.Integer(), nullable=True),
        sa.Column("quote_end", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("asserted_by", sa.String(length=200), nullable=False),
        sa.Column("vocabulary", sa.String(length=200), nullable=True),
        sa.Column("behaviour", sa.String(length=10), nullable=False),
        sa.Column("in_force_from", sa.Date(), nullable=True),
        sa.Column("in_force_until", sa.Date(), nullable=True),
        sa.Column("winner_rank", sa.String(length=12), nullable=False),
        sa.Column("alternative_count", sa.Integer(), nullable=False),
        sa.Column("disputed_with", sa.Text(), nullable=False),
        sa.Column("alternatives", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_claim_state")),
    )
    op.create_index("ix_claim_state_subject", "claim_state", ["subject"], unique=False)
    op.create_table(
        "claim_state_day",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_state_day")),
    )


def downgrade() -> None:
    op.drop_table("claim_state_day")
    op.drop_index("ix_claim_state_subject", table_name="claim_state")
    op.drop_table("claim_state")
