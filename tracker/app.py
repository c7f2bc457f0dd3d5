"""The Tracker facade and ``make_tracker``: the one place that names concrete classes.

Every door (CLI, HTTP API, daemon, notebooks) goes through :class:`Tracker`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Engine

import tracker.domain.catalog  # noqa: F401  (registers the built-in event types)
from tracker.config import Settings
from tracker.store import migrate
from tracker.store.checkpoints import SqlCheckpointStore
from tracker.store.engine import make_engine
from tracker.store.sql import SqlEventStore, VerifyResult


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Tracker:
    """The product's operations over one database."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = _utcnow,
        settings: Settings | None = None,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.settings = settings or Settings()
        self.store = SqlEventStore(engine, clock=clock)
        self.checkpoints = SqlCheckpointStore(engine, clock)

    # -- lifecycle --------------------------------------------------------------------

    def init(self) -> str:
        """Create or migrate the database to the schema head; returns the revision."""
        migrate.upgrade(self.engine)
        return migrate.head_revision()

    def ensure_ready(self) -> None:
        """Raise ``SchemaVersionError`` unless the database is at the schema head."""
        migrate.ensure_current(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the log ----------------------------------------------------------------------

    def verify(self) -> VerifyResult:
        """Walk the hash chain; see :meth:`SqlEventStore.verify`."""
        self.ensure_ready()
        return self.store.verify()

    # -- the pipeline -------------------------------------------------------------------

    def process(self) -> None:
        """Bring everything downstream of the log up to date: extract claims from new or
        revised documents, then catch projections up. Called after every poll/ingest."""
        self.extract_pending()
        self.catch_up()

    # -- feeds (issue 3) ----------------------------------------------------------------

    # -- extraction (issue 4) -----------------------------------------------------------

    def extract_pending(self) -> int:
        """Extract claims from documents observed or revised since the last run."""
        return 0

    # -- projections and queries (issue 5) ------------------------------------------------

    def catch_up(self) -> int:
        """Bring every projection up to the head of the log."""
        return 0


def make_tracker(
    url: str | None = None,
    *,
    clock: Callable[[], datetime] = _utcnow,
    settings: Settings | None = None,
) -> Tracker:
    """Wire a Tracker for a database URL (default: settings / ``TRACKER_DATABASE_URL``)."""
    settings = settings or Settings()
    engine = make_engine(url or settings.database_url)
    return Tracker(engine, clock=clock, settings=settings)
