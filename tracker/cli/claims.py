"""Claim and query commands (issue 5): state, claims, history, diff, plans, revisions,
retract, rank, claim add, projections rebuild, serve.

Commands register on the shared app by decoration at import time.
"""

from __future__ import annotations

from tracker.cli.common import app  # noqa: F401
