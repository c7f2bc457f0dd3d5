"""The small interfaces between the pure core and the world, with their rules.

Only ``app.py`` names the classes that implement them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from tracker.domain.claims import Claim
from tracker.domain.documents import Document
from tracker.domain.events import AppendRequest, NewEvent, RecordedEvent


class Clock(Protocol):
    """Where "now" comes from (UTC, aware). Tests pass a fixed or stepping clock."""

    def __call__(self) -> datetime: ...


@runtime_checkable
class EventStore(Protocol):
    """The append-only, hash-chained log (SPEC §3, §7).

    Rules every implementation keeps:

    * ``append``/``append_batch`` are all or nothing, in one transaction.
    * Global positions start at 1, are gap-free and are assigned in commit order: a reader
      that tails by position never skips an event that commits later with a lower one.
    * ``recorded_at`` is set by the store, in UTC, and never decreases along positions.
    * An idempotency key already in the log makes its event a no-op: the existing
      position is returned instead. If every event of a call was seen, nothing is written.
      Mixed batches write only the unseen events and are refused when an explicit
      ``expected_version`` was given.
    * A stream's versions start at 1; ``expected_version`` ``None`` accepts any version,
      ``0`` requires a new stream; a mismatch raises ``ConcurrencyError``.
    * ``hash = chain_hash(prev_hash, envelope..., payload)``; the first ``prev_hash`` is
      ``GENESIS_HASH``.
    """

    def append(
        self, stream_id: str, expected_version: int | None, events: Sequence[NewEvent]
    ) -> list[int]:
        """Append events to one stream; returns their global positions."""
        ...

    def append_batch(self, requests: Sequence[AppendRequest]) -> list[list[int]]:
        """Append to several streams atomically; returns positions per request."""
        ...

    def read_stream(self, stream_id: str, from_version: int = 1) -> list[RecordedEvent]:
        """Every event of one stream from a stream version, in order."""
        ...

    def stream_version(self, stream_id: str) -> int:
        """The stream's last version, 0 for a stream that does not exist."""
        ...

    def read_all(
        self,
        after_position: int = 0,
        *,
        batch_size: int = 1000,
        types: Sequence[str] | None = None,
        until_position: int | None = None,
    ) -> Iterator[RecordedEvent]:
        """Stream the log after a position, in batches (flat memory)."""
        ...

    def read_batch(
        self, after_position: int, limit: int, types: Sequence[str] | None = None
    ) -> list[RecordedEvent]:
        """At most ``limit`` events after a position: the catch-up primitive."""
        ...

    def last_position(self) -> int:
        """The highest committed position, 0 for an empty log."""
        ...

    def find_by_idempotency_key(self, key: str) -> RecordedEvent | None: ...

    def verify(self) -> VerifyReport:
        """Walk the whole chain; report the first broken position, if any."""
        ...


class VerifyReport(Protocol):
    ok: bool
    checked: int
    first_broken: int | None
    reason: str | None


class Extractor(Protocol):
    """Turns one document into claims. Deterministic for the same inputs and version.

    ``name`` and ``version`` together identify its output: claims carry
    ``asserted_by = f"extractor:{name}@{version}"``; a change of either means the log's
    claims may be re-derived.
    """

    name: str
    version: str

    def extract(self, document: Document) -> list[Claim]: ...


@runtime_checkable
class BatchExtractor(Extractor, Protocol):
    """An extractor that can send a batch of documents to worker processes
    (:class:`tracker.ingest.extract_pool.PooledExtractor`, or a wrapper around one)."""

    def pools(self, batch: int) -> bool:
        """Whether a batch of ``batch`` documents would go to the workers."""
        ...

    def extract_many(self, documents: Sequence[Document]) -> list[list[Claim]]:
        """The claims of each document, in order."""
        ...


class CheckpointStore(Protocol):
    """Remembers how far a named subscriber has read the log, with its code version."""

    def get(self, name: str) -> tuple[int, str]:
        """``(position, version)``; ``(0, "")`` for a subscriber never seen."""
        ...

    def set(self, name: str, position: int, version: str = "") -> None: ...


# -- feeds (issue 3) ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedRecord:
    """A subscribed feed's scheduling state: the poller's working copy, not the truth.

    The log (``FeedSubscribed``, ``FeedPolled``...) is the truth; this row remembers
    validators, the next due time and who holds the lease, so a poll needs no replay.
    ``state`` is ``active`` (polled), ``gone`` (410: never polled again) or ``oneshot``
    (a file or URL seen by ``tracker ingest``, never scheduled).
    """

    feed_id: str
    name: str
    url: str
    next_poll_at: datetime
    aliases: tuple[str, ...] = ()
    interval_s: int = 900
    adaptive: bool = True
    tier: str = "press"
    language: str | None = None
    state: str = "active"
    host: str = ""
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    last_polled_at: datetime | None = None
    consecutive_failures: int = 0
    min_interval_s: int = 0
    effective_interval_s: int = 900
    identity_policy: str = "guid"


@dataclass(frozen=True, slots=True)
class DocState:
    """What the poller remembers of one document, to tell new from revised from unchanged.

    ``present`` is false once the entry has left its feed (a tombstone): if it comes
    back it is the same document, never a new one. ``storm_*`` count revisions in the
    current 24-hour window, to cap revision storms.
    """

    document_id: str
    content_hash: str
    feed_id: str | None = None
    entry_key: str = ""
    guid: str | None = None
    link: str | None = None
    revision: int = 1
    present: bool = True
    last_seen_at: datetime | None = None
    storm_start: datetime | None = None
    storm_count: int = 0


class FeedStateStore(Protocol):
    """Feed scheduling state, leases and document states (SPEC §7: several daemons).

    Rules: ``lease_due`` hands a due feed to at most one owner at a time (PostgreSQL:
    ``FOR UPDATE SKIP LOCKED``); a lease ends when its owner saves or releases the feed,
    or when ``lease_until`` passes (a daemon that died). ``save_poll`` writes a feed and
    its document states in one transaction and only while the caller still holds the
    lease (``owner``), so a daemon whose lease expired cannot clobber the next one.
    """

    def add_feed(
        self, feed: FeedRecord, holder: str | None = None, until: datetime | None = None
    ) -> None:
        """Insert a new feed, leased to ``holder`` until ``until`` when given; raise
        ``FeedExistsError`` when a feed holds its id or name (the keys decide a race)."""
        ...

    def drop_feed(self, feed_id: str) -> None:
        """Delete a feed's row (a new subscription whose event was not written)."""
        ...

    def get_feed(self, feed_id: str) -> FeedRecord | None: ...

    def find_feed(self, name_or_url: str) -> FeedRecord | None:
        """By name, current URL or an old URL (alias after a permanent redirect)."""
        ...

    def list_feeds(self, states: Sequence[str] = ("active", "gone")) -> list[FeedRecord]: ...

    def lease_due(self, owner: str, now: datetime, limit: int, lease_s: float) -> list[FeedRecord]:
        """Lease up to ``limit`` active feeds due at ``now`` whose host is not blocked."""
        ...

    def lease(
        self, feed_ids: Sequence[str], owner: str, now: datetime, lease_s: float
    ) -> list[FeedRecord]:
        """Lease the named feeds whatever their due time (``poll FEED``), unless leased."""
        ...

    def release(self, feed_ids: Sequence[str], owner: str, patience_s: float | None = None) -> None:
        """End these leases if ``owner`` still holds them; with ``patience_s``, give up
        (raise) rather than wait longer for a row another transaction holds."""
        ...

    def save_poll(self, feed: FeedRecord, docs: Sequence[DocState], owner: str | None) -> bool:
        """Write the feed row (ending the lease) and document states; False if the
        lease was lost to another owner (nothing is written then)."""
        ...

    def save_polls(
        self, items: Sequence[tuple[FeedRecord, Sequence[DocState]]], owner: str
    ) -> set[str]:
        """``save_poll`` for many feeds in one transaction; returns the feed ids whose
        lease was lost (nothing of those is written)."""
        ...

    def doc_states(self, feed_id: str) -> list[DocState]: ...

    def get_doc(self, document_id: str) -> DocState | None: ...

    def save_docs(self, docs: Sequence[DocState]) -> None: ...

    def block_host(self, host: str, until: datetime) -> None:
        """No feed of ``host`` is leased before ``until`` (429/503 Retry-After)."""
        ...


class DocumentCopies(Protocol):
    """Which documents hold exactly the same text: one story reaching the tracker through
    several feeds (an outlet's "all" and "AI" feeds, a wire story two outlets carry word
    for word). Extraction takes claims from the first one observed only, so a story is
    not counted as two reports of every claim."""

    def documents_with_text(self, content_hash: str) -> list[str]:
        """Ids of the documents whose current text has this hash, first observed first."""
        ...
