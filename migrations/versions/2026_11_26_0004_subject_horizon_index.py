"""Make sure the covering one-subject index exists (issue 5).

Revision 0002 gained ``ix_claims_subject_horizon`` after some databases had already run
it, and one-subject state on SQLite names that index (``INDEXED BY``). This creates it
where it is missing and does nothing where 0002 made it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    "subject",
    "horizon",
    "reported_at",
    "recorded_at",
    "succ_reported",
    "succ_recorded",
    "in_force_from",
    "in_force_until",
)


def upgrade() -> None:
    op.execute(
        f"CREATE INDEX IF NOT EXISTS ix_claims_subject_horizon ON claims ({', '.join(COLUMNS)})"
    )


def downgrade() -> None:
    # 0002 owns the index: its downgrade drops it
    pass
