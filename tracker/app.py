"""The Tracker facade and ``make_tracker``: the one place that names concrete classes.

Every door (CLI, HTTP API, daemon, notebooks) goes through :class:`Tracker`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

import tracker.domain.catalog  # noqa: F401  (registers the built-in event types)
from tracker.config import Settings
from tracker.domain.answers import (
    ClaimsAnswer,
    DiffAnswer,
    HistoryAnswer,
    PlansAnswer,
    ProjectionLag,
    RevisionsAnswer,
    StateAnswer,
)
from tracker.domain.claims import Claim, TimeBehaviour
from tracker.domain.predicates import merged_behaviours
from tracker.domain.shapes import PredicateShape, check_claim_shape
from tracker.domain.timeargs import coerce_day, coerce_instant, latest_day
from tracker.errors import QueryError
from tracker.extract import (
    ExtractionService,
    ExtractionSummary,
    Extractor,
    Vocabulary,
    load_extractor,
    load_vocabulary,
)
from tracker.extract.service import CHECKPOINT as EXTRACT_CHECKPOINT
from tracker.extract.service import DOCUMENT_EVENTS
from tracker.ingest.limits import CappedExtractor, CutDocument
from tracker.ingest.subscriptions import Subscription, parse_interval
from tracker.ports import FeedRecord
from tracker.projections.claims import ClaimsProjection
from tracker.projections.runner import ProjectionRunner
from tracker.query.curation import Curator
from tracker.query.service import ClaimQueries
from tracker.store import migrate
from tracker.store.checkpoints import SqlCheckpointStore, head_and_checkpoints
from tracker.store.engine import is_read_only, make_engine
from tracker.store.feeds import SqlFeedStateStore
from tracker.store.sql import SqlEventStore, VerifyResult

if TYPE_CHECKING:
    # Feeds (httpx, feedparser, the parser processes) are loaded when a command polls or
    # ingests, so that commands which only read start sooner.
    from tracker.ingest.outcomes import Outcome, PollSummary
    from tracker.ingest.service import FeedService


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

    @property
    def read_only(self) -> bool:
        """Whether the database is open read-only here (``?mode=ro``, or a SQLite file or
        folder this process cannot write): queries answer, commands that write fail."""
        return is_read_only(self.engine)  # the one place that asks the engine

    def close(self) -> None:
        """Release the database connections, the extraction processes a large batch
        started (if a run was cut short), and this Tracker's hold on the process's shared
        HTTP client and parser processes: they are closed when the last Tracker using them
        closes (reference-counted), so other open Trackers keep working. Using this Tracker
        again afterwards builds a fresh feed service."""
        service = self.__dict__.pop("_feed_service", None)
        if service is not None:
            service.close()
        self._stop_extraction_workers()
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
        from tracker.ingest.service import FeedService

        service = self.__dict__.get("_feed_service")
        if service is None:
            service = FeedService(self.store, self.feed_states, self.clock)
            self.__dict__["_feed_service"] = service
        assert isinstance(service, FeedService)
        return service

    @cached_property
    def feed_states(self) -> SqlFeedStateStore:
        """The feed table, shared by the feed service and the listings (which must not
        build the service: it starts the HTTP client and the parser processes)."""
        return SqlFeedStateStore(self.engine)

    def _schema_ready(self) -> None:
        """``ensure_ready`` once per Tracker (a database round trip, repeated for every
        call otherwise); the same flag as the queries' check."""
        if not self.__dict__.get("_schema_ok"):
            self.ensure_ready()
            self.__dict__["_schema_ok"] = True

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
        self._schema_ready()
        interval = parse_interval(every) if isinstance(every, str) else every
        sub = Subscription(location, name, interval, tier, language)
        return self.feed_service.add(sub)

    def remove_feed(self, name_or_url: str, *, reason: str = "") -> FeedRecord:
        """Unsubscribe (``FeedUnsubscribed``); returns the feed as it was. Raises
        ``FeedNotFoundError`` for a name or URL that is not subscribed."""
        self._schema_ready()
        return self.feed_service.remove(name_or_url, reason)

    def feeds(self) -> list[FeedRecord]:
        """Every subscribed feed (active or gone), by name."""
        self._schema_ready()
        return self.feed_states.list_feeds(("active", "gone"))

    def load_feeds(self, path: str | Path | None = None) -> list[FeedRecord]:
        """Subscribe the feeds of a ``feeds.toml`` not subscribed yet (default: the
        ``TRACKER_FEEDS_FILE`` setting, else the bundled ``feeds/feeds.toml``)."""
        self._schema_ready()
        from tracker.ingest.service import BUNDLED_FEEDS

        chosen = Path(path or self.settings.feeds_file or BUNDLED_FEEDS)
        return self.feed_service.load(chosen)

    def poll(
        self, feeds: Sequence[str] = (), *, on_outcome: Callable[[Outcome], None] | None = None
    ) -> PollSummary:
        """Poll due feeds once (or the named ones now), then run extraction/projections.

        Extraction runs also when this poll brought nothing new but documents wait: a run
        cut short (Ctrl-C, a crash) after committing them left them pending, and the re-run
        is what finishes them."""
        self._schema_ready()
        summary = self.feed_service.poll(feeds, on_outcome=on_outcome)
        if summary.new_documents or summary.revisions or self._documents_pending():
            self.process()
            summary.cut.extend(self.cut_documents())
        return summary

    def cut_documents(self) -> list[CutDocument]:
        """The documents the extractor read only the start of since the last call (each
        once); the doors tell the user (:attr:`CutDocument.notice`)."""
        extractor = self.__dict__.get("extractor")
        if not isinstance(extractor, CappedExtractor):
            return []
        return extractor.take_cut()

    def _documents_pending(self) -> bool:
        """Whether document events wait past the extraction checkpoint: one indexed read,
        so that a poll with nothing new does not build the extractor (over a second)."""
        start = self.checkpoints.get(EXTRACT_CHECKPOINT)[0]
        return bool(self.store.read_batch(start, 1, DOCUMENT_EVENTS))

    def ingest(
        self,
        locations: Sequence[str],
        *,
        published: datetime | None = None,
        tier: str | None = None,
        language: str | None = None,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> PollSummary:
        """One-shot: feed files/URLs and article files (.txt/.html) into the log, then
        extraction and projections. The same input again adds nothing. ``tier`` defaults
        to ``press`` (a feed ingested or subscribed before: its own tier)."""
        self._schema_ready()
        summary = self.feed_service.ingest(
            locations, published=published, tier=tier, language=language, on_outcome=on_outcome
        )
        self.process()
        summary.cut.extend(self.cut_documents())
        return summary

    # -- extraction (issue 4) -----------------------------------------------------------

    @cached_property
    def extractor(self) -> Extractor:
        """The configured extractor: ``TRACKER_EXTRACTOR`` ("module:factory") or the rule
        engine, with the packaged vocabulary plus ``settings.vocabulary_paths``."""
        # wrapped in the per-document cap (feeds, issue 3): a long document is read in part
        spec, paths = self.settings.extractor, self.settings.vocabulary_paths
        inner = load_extractor(spec, paths)
        if self.settings.extract_workers != 1:  # large batches in worker processes
            # imported here: multiprocessing and the parser module, only when extracting
            from tracker.ingest.extract_pool import PooledExtractor

            inner = PooledExtractor(inner, spec, paths, self.settings.extract_workers)
        return CappedExtractor(inner, self.settings.extract_max_chars)

    def extraction(self, extractor: Extractor | None = None) -> ExtractionService:
        """The re-extraction service over this tracker's log (another extractor if given)."""
        return ExtractionService(
            self.store,
            extractor or self.extractor,
            self.clock,
            self.checkpoints,
            copies=self.feed_states,
        )

    def extract_new(self) -> ExtractionSummary:
        """Extract documents observed or revised since the last run (checkpoint ``extractor``)."""
        try:
            return self.extraction().extract_pending()
        finally:
            self._stop_extraction_workers()

    def extract_all(self) -> ExtractionSummary:
        """Re-extract every document (after an extractor or vocabulary change); appends
        only the difference, so running it twice adds nothing."""
        try:
            return self.extraction().extract_all()
        finally:
            self._stop_extraction_workers()

    def _stop_extraction_workers(self) -> None:
        """The worker processes a large batch started end with the run that started them:
        a daemon whose first cycle brought hundreds of documents does not keep them idle."""
        extractor = self.__dict__.get("extractor")
        if isinstance(extractor, CappedExtractor):
            extractor.close()

    def extract_pending(self) -> int:
        """Extract claims from documents observed or revised since the last run; returns the
        number of claim events appended."""
        summary = self.extract_new()
        return summary.asserted + summary.withdrawn

    # -- projections and queries (issue 5) ------------------------------------------------

    @cached_property
    def projections(self) -> ProjectionRunner:
        """The projection runner; the daemon calls :meth:`catch_up` continuously."""
        return ProjectionRunner(
            self.engine, [ClaimsProjection(self.predicate_behaviours)], self.clock
        )

    @cached_property
    def predicate_behaviours(self) -> dict[str, TimeBehaviour]:
        """How each predicate's value behaves in valid time: SPEC §4's table for its own
        predicates, the vocabulary files' ``time`` for the predicates they add."""
        predicates = self._vocabulary.predicates.values()
        return merged_behaviours({p.id: p.time for p in predicates})

    @cached_property
    def queries(self) -> ClaimQueries:
        return ClaimQueries(self.engine)

    @cached_property
    def curation(self) -> Curator:
        return Curator(self.store, self.queries, self.clock, user=self.settings.user)

    def catch_up(self) -> int:
        """Bring every projection up to the head of the log; returns events applied (a
        projection whose code version changed is rebuilt first)."""
        return self.projections.catch_up()

    def rebuild_projections(self, name: str | None = None) -> dict[str, int]:
        """Rebuild projections from zero into shadow tables and swap them in."""
        self.ensure_ready()
        return self.projections.rebuild(name)

    def projection_lag(self) -> ProjectionLag | None:
        """On a database opened read-only, how far the projections stand behind the log
        (queries there answer without catching up, which writes); None elsewhere. One
        statement: the HTTP API asks on every answer."""
        if not self.read_only:
            return None
        with self.engine.connect() as conn:
            head, marks = head_and_checkpoints(conn)
        versions = {p.name: p.version for p in self.projections.projections.values()}
        return ProjectionLag.measure(head, marks, versions)

    def _fresh(self) -> None:
        """Queries answer from caught-up projections (one-shot commands catch up first).
        A database opened read-only answers from the projections as they stand: catching
        up writes (the CLI and the HTTP API say how far they lag behind the log)."""
        self._schema_ready()
        if not self.read_only:
            self.catch_up()

    def today(self) -> date:
        """The valid date the queries answer for when none is given: the latest calendar
        date in force anywhere now (:func:`tracker.domain.timeargs.latest_day`), so that a
        claim a source dated its own today is in the default answer wherever it was said."""
        return latest_day(self.clock())

    def state(
        self,
        as_of: date | str | None = None,
        *,
        known_at: datetime | date | str | None = None,
        recorded_by: datetime | date | str | None = None,
        subject: str | None = None,
        alternatives: bool = True,
    ) -> StateAnswer:
        """SPEC §5 state: per key and lane, the claim in force at ``as_of`` (default
        :meth:`today`), by what was reported by ``known_at`` and recorded by ``recorded_by``.
        ``alternatives=False`` counts each entry's alternatives instead of listing them.

        The whole industry today, through every clock, is read from the materialized
        current state, brought to today first when the day changed."""
        self._fresh()
        today = self.today()
        day = coerce_day(as_of, "as_of") or today
        known = coerce_instant(known_at, "known_at")
        recorded = coerce_instant(recorded_by, "recorded_by")
        fresh = not self.read_only  # a read-only copy computes, never stores
        if day == today and subject is None and known is None and recorded is None and fresh:
            self.projections.refresh(today)
        return self.queries.state(
            day, known_at=known, recorded_by=recorded, subject=subject, alternatives=alternatives
        )

    def claims(
        self,
        *,
        subject: str | None = None,
        predicate: str | None = None,
        known_at: datetime | date | str | None = None,
        recorded_by: datetime | date | str | None = None,
        include_inactive: bool = False,
        limit: int | None = None,
    ) -> ClaimsAnswer:
        """Claims in force (not withdrawn or retracted); ``include_inactive`` adds those
        with their status."""
        self._fresh()
        return self.queries.claims(
            subject=subject,
            predicate=predicate,
            known_at=coerce_instant(known_at, "known_at"),
            recorded_by=coerce_instant(recorded_by, "recorded_by"),
            include_inactive=include_inactive,
            limit=limit,
        )

    def history(
        self, subject: str, predicate: str | None = None, *, by_recorded: bool = False
    ) -> HistoryAnswer:
        """Every assertion, withdrawal, retraction and rank change, in the order said."""
        self._fresh()
        return self.queries.history(subject, predicate, by_recorded=by_recorded)

    def diff(
        self,
        known_at_a: datetime | date | str,
        known_at_b: datetime | date | str,
        *,
        as_of: date | str | None = None,
        subject: str | None = None,
    ) -> DiffAnswer:
        """What the state at ``as_of`` gained, lost or changed between two knowledge times."""
        self._fresh()
        a, b = coerce_instant(known_at_a, "known_at_a"), coerce_instant(known_at_b, "known_at_b")
        assert a is not None
        assert b is not None
        if a > b:  # read the other way round, every gain would be listed as a loss
            shown = [f"{t:%Y-%m-%d %H:%M:%S} UTC" for t in (a, b)]
            raise QueryError(
                f"diff runs from the earlier knowledge time to the later, and {shown[0]} "
                f"is after {shown[1]}: give them the other way round"
            )
        day = coerce_day(as_of, "as_of") or self.today()
        return self.queries.diff(a, b, as_of=day, subject=subject)

    def plans(
        self,
        as_of: date | str | None = None,
        *,
        known_at: datetime | date | str | None = None,
        recorded_by: datetime | date | str | None = None,
    ) -> PlansAnswer:
        """Plans due by ``as_of``, judged at their deadlines: fulfilled, missed, pending."""
        self._fresh()
        return self.queries.plans(
            coerce_day(as_of, "as_of") or self.today(),
            known_at=coerce_instant(known_at, "known_at"),
            recorded_by=coerce_instant(recorded_by, "recorded_by"),
        )

    def revisions(self, subject: str, predicate: str, target: date | str) -> RevisionsAnswer:
        """Every expectation about one target date, in report order, with each change."""
        self._fresh()
        day = coerce_day(target, "target")
        assert day is not None
        return self.queries.revisions(subject, predicate, day)

    def retract(self, claim_id: str, reason: str, *, by: str | None = None) -> int:
        """Retract a claim (a user says it is wrong); returns the event's position."""
        self._fresh()
        position = self.curation.retract(claim_id, reason, by)
        self.catch_up()
        return position

    def rank(self, claim_id: str, rank: str, reason: str, *, by: str | None = None) -> int:
        """Rank a claim preferred, normal or deprecated; returns the event's position.
        A withdrawn claim is refused (``ClaimWithdrawnError``): it never wins, so a rank
        would only add a row to its history that reads like a decision."""
        self._fresh()
        position = self.curation.rank(claim_id, rank, reason, by)
        self.catch_up()
        return position

    @cached_property
    def predicate_shapes(self) -> dict[str, PredicateShape]:
        """Each predicate's value kind, base unit and qualifiers, from the vocabulary."""
        return {
            p.id: PredicateShape(p.id, p.value, p.unit, p.qualifiers)
            for p in self._vocabulary.predicates.values()
        }

    @cached_property
    def _vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.settings.vocabulary_paths)

    def add_claim(self, subject: str, predicate: str, **fields: Any) -> Claim:
        """A user's own claim with a source note; see :meth:`Curator.add`. A predicate or
        entity the vocabulary does not know, or a value of the wrong kind or unit, is
        refused before anything is written."""
        check_claim_shape(
            self.predicate_shapes,
            self._vocabulary.entities,
            subject=subject,
            predicate=predicate,
            object=fields.get("object"),
            value=fields.get("value"),
            qualifiers=fields.get("qualifiers") or {},
            aliases={
                name.casefold(): entity.id
                for entity in self._vocabulary.entities.values()
                for names in entity.aliases.values()
                for name in names
            },
        )
        self._fresh()
        claim = self.curation.add(subject, predicate, **fields)
        self.catch_up()
        return claim


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
