"""The small interfaces between the pure core and the world, with their rules.

Only ``app.py`` names the classes that implement them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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


class CheckpointStore(Protocol):
    """Remembers how far a named subscriber has read the log, with its code version."""

    def get(self, name: str) -> tuple[int, str]:
        """``(position, version)``; ``(0, "")`` for a subscriber never seen."""
        ...

    def set(self, name: str, position: int, version: str = "") -> None: ...
