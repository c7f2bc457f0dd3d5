"""The Tracker facade and ``make_tracker``: the one place that names concrete classes.

Every door (CLI, HTTP API, daemon, notebooks) goes through :class:`Tracker`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine

import tracker.domain.catalog  # noqa: F401  (registers the built-in event types)
from tracker.config import Settings
from tracker.extract import ExtractionService, ExtractionSummary, Extractor, load_extractor
from tracker.ingest.poll import Outcome, PollSummary
from tracker.ingest.service import BUNDLED_FEEDS, FeedService
from tracker.ingest.subscriptions import Subscription, parse_interval
from tracker.ports import FeedRecord
from tracker.store import migrate
from tracker.store.checkpoints import SqlCheckpointStore
from tracker.store.engine import make_engine
from tracker.store.feeds import SqlFeedStateStore
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

    @property
    def feed_service(self) -> FeedService:
        """Subscriptions, polling and ingest (built on first use; one per Tracker)."""
        service = self.__dict__.get("_feed_service")
        if service is None:
            service = FeedService(self.store, SqlFeedStateStore(self.engine), self.clock)
            self.__dict__["_feed_service"] = service
        assert isinstance(service, FeedService)
        return service

    def add_feed(
        self,
        location: str,
        *,
        name: str | None = None,
        every: str | int | None = None,
        tier: str = "press",
        language: str | None = None,
    ) -> FeedRecord:
        """Subscribe to a feed URL or local path (``every``: ``"15m"`` or seconds; unset
        means an adaptive interval). Raises ``FeedExistsError`` if already subscribed."""
        self.ensure_ready()
        interval = parse_interval(every) if isinstance(every, str) else every
        sub = Subscription(location, name, interval, tier, language)
        return self.feed_service.add(sub)

    def feeds(self) -> list[FeedRecord]:
        """Every subscribed feed (active or gone), by name."""
        self.ensure_ready()
        return self.feed_service.list()

    def load_feeds(self, path: str | Path | None = None) -> list[FeedRecord]:
        """Subscribe the feeds of a ``feeds.toml`` not subscribed yet (default: the
        ``TRACKER_FEEDS_FILE`` setting, else the bundled ``feeds/feeds.toml``)."""
        self.ensure_ready()
        chosen = Path(path or self.settings.feeds_file or BUNDLED_FEEDS)
        return self.feed_service.load(chosen)

    def poll(
        self, feeds: Sequence[str] = (), *, on_outcome: Callable[[Outcome], None] | None = None
    ) -> PollSummary:
        """Poll due feeds once (or the named ones now), then run extraction/projections."""
        self.ensure_ready()
        summary = self.feed_service.poll(feeds, on_outcome=on_outcome)
        if summary.new_documents or summary.revisions:
            self.process()
        return summary

    def ingest(
        self,
        locations: Sequence[str],
        *,
        published: datetime | None = None,
        tier: str = "press",
        language: str | None = None,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> PollSummary:
        """One-shot: feed files/URLs and article files (.txt/.html) into the log, then
        extraction and projections. The same input again adds nothing."""
        self.ensure_ready()
        summary = self.feed_service.ingest(
            locations, published=published, tier=tier, language=language, on_outcome=on_outcome
        )
        self.process()
        return summary

    # -- extraction (issue 4) -----------------------------------------------------------

    @cached_property
    def extractor(self) -> Extractor:
        """The configured extractor: ``TRACKER_EXTRACTOR`` ("module:factory") or the rule
        engine, with the packaged vocabulary plus ``settings.vocabulary_paths``."""
        return load_extractor(os.environ.get("TRACKER_EXTRACTOR"), self.settings.vocabulary_paths)

    def extraction(self, extractor: Extractor | None = None) -> ExtractionService:
        """The re-extraction service over this tracker's log (another extractor if given)."""
        return ExtractionService(
            self.store, extractor or self.extractor, self.clock, self.checkpoints
        )

    def extract_new(self) -> ExtractionSummary:
        """Extract documents observed or revised since the last run (checkpoint ``extractor``)."""
        return self.extraction().extract_pending()

    def extract_all(self) -> ExtractionSummary:
        """Re-extract every document (after an extractor or vocabulary change); appends
        only the difference, so running it twice adds nothing."""
        return self.extraction().extract_all()

    def extract_pending(self) -> int:
        """Extract claims from documents observed or revised since the last run; returns the
        number of claim events appended."""
        summary = self.extract_new()
        return summary.asserted + summary.withdrawn

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
