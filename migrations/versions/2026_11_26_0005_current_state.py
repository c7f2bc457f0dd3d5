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


def upgrade() -> None:
    op.create_table(
        "claim_state",
        sa.Column("position", _position(), autoincrement=False, nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("predicate", sa.String(length=100), nullable=False),
        sa.Column("qkey", sa.String(length=1000), nullable=False),
        sa.Column("object", sa.String(length=200), nullable=True),
        sa.Column("lane", sa.String(length=10), nullable=False),
        sa.Column("behaviour", sa.String(length=10), nullable=False),
        sa.Column("alternative_count", sa.Integer(), nullable=False),
        sa.Column("disputed_with", sa.Text(), nullable=False),
        sa.Column("claim", sa.LargeBinary(), nullable=False),
        sa.Column("alternatives", sa.LargeBinary(), nullable=False),
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
