"""Narrower claims projection rows (issue 5).

* ``claims`` loses ``withdrawn_reported_at``, ``withdrawn_recorded_at``,
  ``retracted_reported_at``, ``retracted_recorded_at`` and ``rank``: written for every
  row (and rewritten on every curation mark) but read by nothing; every query reads the
  marks themselves from ``claim_marks``. The other columns and their rows are kept.
* ``claim_history`` gets a ``behaviour`` column: a chunk now names its subject,
  predicate and behaviour once, and its rows leave them out, with the lane and the
  in-force window (see ``tracker.projections.history``). Its rows are derived from the
  claims rows, so the table is made again empty, and the claims projection's
  checkpoint is marked for a rebuild (its version no longer matches any code's), which
  the next catch-up runs before any answer; the projection's code version moved to 6
  as well.

The downgrade adds the five columns back (``rank`` with the server default ``normal``,
which SQLite needs to add a NOT NULL column to a table with rows; the old code's
rebuild then makes the table again without it), makes ``claim_history`` again in its
old shape, empty, and marks the projection for a rebuild the same way.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LISTING_TIMES = (
    "withdrawn_reported_at",
    "withdrawn_recorded_at",
    "retracted_reported_at",
    "retracted_recorded_at",
)


def _position() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _timestamp() -> sa.types.TypeEngine[object]:
    # tracker.store.schema.UTCDateTime: timestamptz on PostgreSQL, fixed-width text on SQLite
    return sa.DateTime(timezone=True).with_variant(sa.String(32), "sqlite")


def _history(*, behaviour: bool) -> None:
    """Make ``claim_history`` again, empty, in the new shape or (not ``behaviour``) the old."""
    op.drop_index("ix_claim_history_subject", table_name="claim_history")
    op.drop_table("claim_history")
    columns = [
        sa.Column("position", _position(), autoincrement=False, nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("predicate", sa.String(length=100), nullable=False),
    ]
    if behaviour:
        columns.append(sa.Column("behaviour", sa.String(length=10), nullable=False))
    op.create_table(
        "claim_history",
        *columns,
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_claim_history")),
    )
    op.create_index(
        "ix_claim_history_subject", "claim_history", ["subject", "predicate"], unique=False
    )


def _mark_for_rebuild(version: str) -> None:
    """A built claims projection is rebuilt by the next catch-up: its stored version is
    one no code has (the runner rebuilds a projection whose stored version differs)."""
    op.execute(
        sa.text(
            "UPDATE checkpoints SET version = :version WHERE name = 'claims' AND position > 0"
        ).bindparams(version=version)
    )


def upgrade() -> None:
    for name in (*_LISTING_TIMES, "rank"):
        op.drop_column("claims", name)
    _history(behaviour=True)
    _mark_for_rebuild("migrated-0008")


def downgrade() -> None:
    for name in _LISTING_TIMES:
        op.add_column("claims", sa.Column(name, _timestamp(), nullable=True))
    op.add_column(
        "claims",
        sa.Column("rank", sa.String(length=12), nullable=False, server_default="normal"),
    )
    _history(behaviour=False)
    _mark_for_rebuild("downgraded-0008")
