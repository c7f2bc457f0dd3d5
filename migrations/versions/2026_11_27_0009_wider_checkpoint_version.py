"""Wider checkpoint versions (issue 4).

A checkpoint's ``version`` records what produced the state it marks; for the extractor
that is its name and version, the vocabulary's label and, since session 12, the
per-document cap (``…|cap=200000``). Fifty characters no longer hold it, and a
vocabulary a user adds by config can make the label longer still: PostgreSQL refused
the write ("value too long for type character varying(50)"), SQLite ignores lengths.
The column becomes 255 characters; the downgrade narrows it back (labels longer than
50 characters are cut, as the old code could not have written them).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("checkpoints") as batch:
        batch.alter_column(
            "version",
            existing_type=sa.String(50),
            type_=sa.String(255),
            existing_nullable=False,
            existing_server_default="",
        )


def downgrade() -> None:
    op.execute(sa.text("UPDATE checkpoints SET version = substr(version, 1, 50)"))
    with op.batch_alter_table("checkpoints") as batch:
        batch.alter_column(
            "version",
            existing_type=sa.String(255),
            type_=sa.String(50),
            existing_nullable=False,
            existing_server_default="",
        )
