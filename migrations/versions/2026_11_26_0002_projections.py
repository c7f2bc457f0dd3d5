"""Claims projection tables: claims (one row per assertion) and claim_marks (issue 5).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _position() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _timestamp() -> sa.types.TypeEngine[object]:
    # tracker.store.schema.UTCDateTime: timestamptz on PostgreSQL, fixed-width text on SQLite
    return sa.DateTime(timezone=True).with_variant(sa.String(32), "sqlite")


def upgrade() -> None:
    op.create_table(
        "claim_marks",
        sa.Column("position", _position(), autoincrement=False, nullable=False),
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("rank", sa.String(length=12), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("reported_at", _timestamp(), nullable=False),
        sa.Column("recorded_at", _timestamp(), nullable=False),
        sa.Column("document_id", sa.String(length=255), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("predicate", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_claim_marks")),
    )
    op.create_index("ix_claim_marks_claim_id", "claim_marks", ["claim_id"], unique=False)
    op.create_index("ix_claim_marks_subject", "claim_marks", ["subject", "predicate"], unique=False)
    op.create_table(
        "claims",
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
        sa.Column("horizon", sa.Date(), nullable=False),
        sa.Column("succ_position", _position(), nullable=True),
        sa.Column("succ_start", sa.Date(), nullable=True),
        sa.Column("succ_reported", _timestamp(), nullable=True),
        sa.Column("succ_recorded", _timestamp(), nullable=True),
        sa.Column("marked", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_reported_at", _timestamp(), nullable=True),
        sa.Column("withdrawn_recorded_at", _timestamp(), nullable=True),
        sa.Column("retracted_reported_at", _timestamp(), nullable=True),
        sa.Column("retracted_recorded_at", _timestamp(), nullable=True),
        sa.Column("rank", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_claims")),
    )
    op.create_index("ix_claims_claim_id", "claims", ["claim_id"], unique=False)
    op.create_index("ix_claims_horizon", "claims", ["horizon"], unique=False)
    op.create_index("ix_claims_modality_end", "claims", ["modality", "valid_end"], unique=False)
    op.create_index(
        "ix_claims_subject_horizon",
        "claims",
        [
            "subject",
            "horizon",
            "reported_at",
            "recorded_at",
            "succ_reported",
            "succ_recorded",
            "in_force_from",
            "in_force_until",
        ],
        unique=False,
    )
    op.create_index(
        "ix_claims_subject_predicate",
        "claims",
        ["subject", "predicate", "reported_at"],
        unique=False,
    )


def downgrade() -> None:
    for name in ("claim_id", "horizon", "modality_end", "subject_horizon", "subject_predicate"):
        op.drop_index(f"ix_claims_{name}", table_name="claims")
    op.drop_table("claims")
    op.drop_index("ix_claim_marks_subject", table_name="claim_marks")
    op.drop_index("ix_claim_marks_claim_id", table_name="claim_marks")
    op.drop_table("claim_marks")
    op.execute("DELETE FROM checkpoints WHERE name = 'claims'")
