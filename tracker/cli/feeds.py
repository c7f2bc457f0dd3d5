"""Feed commands: feeds add/list, poll, ingest, daemon (issue 3).

Commands register on the shared app by decoration at import time.
"""

from __future__ import annotations

from tracker.cli.common import app  # noqa: F401
