"""Index documents by the hash of their current text (cross-feed copies).

The same story often reaches the tracker twice: one outlet's article in its "all" and its
"AI" feeds, or a wire story that two outlets carry word for word. Extraction asks which
documents hold exactly the same text (``feed_documents.content_hash``) so that only the
first one observed yields claims; this index makes that one lookup per document.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_feed_documents_content_hash", "feed_documents", ["content_hash"])


def downgrade() -> None:
    op.drop_index("ix_feed_documents_content_hash", table_name="feed_documents")
