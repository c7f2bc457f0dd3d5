"""Materialized histories (issue 5): ``claim_history``, every claims row's facts in JSON
chunks per (subject, predicate), and a partial index over the claims rows with curation
marks (which claims of a history have marks, read without visiting its rows).

The table starts empty; the claims projection's version changed with it, so the next
catch-up rebuilds the projection and fills it (see ``tracker.projections.history``).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _position() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "claim_history",
        sa.Column("position", _position(), autoincrement=False, nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("predicate", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_claim_history")),
    )
    op.create_index(
        "ix_claim_history_subject", "claim_history", ["subject", "predicate"], unique=False
    )
    op.create_index(
        "ix_claims_marked",
        "claims",
        ["subject", "predicate", "claim_id"],
        unique=False,
        sqlite_where=sa.text("marked"),
        postgresql_where=sa.text("marked"),
    )


def downgrade() -> None:
    op.drop_index("ix_claims_marked", table_name="claims")
    op.drop_index("ix_claim_history_subject", table_name="claim_history")
    op.drop_table("claim_history")
