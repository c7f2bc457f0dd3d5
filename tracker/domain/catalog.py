"""The built-in event types (SPEC §3). Type names are part of the contract.

Streams: ``feed-<id>``, ``doc-<id>``, ``claims-<doc id>`` and ``claims-user``.
Times in payloads are aware datetimes (UTC when the source gave an offset).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from tracker.domain.claims import Claim, Rank, SourceTier
from tracker.domain.events import Event, registry

# -- feeds -------------------------------------------------------------------------------


@registry.register
class FeedSubscribed(Event):
    type_name = "FeedSubscribed"

    feed_id: str
    url: str
    name: str
    interval_s: int = Field(default=900, ge=60)
    tier: SourceTier = "press"
    language: str | None = None


@registry.register
class FeedUnsubscribed(Event):
    type_name = "FeedUnsubscribed"

    feed_id: str
    reason: str = ""


@registry.register
class FeedPolled(Event):
    type_name = "FeedPolled"

    feed_id: str
    url: str
    status: int
    etag: str | None = None
    last_modified: str | None = None
    entries: int = 0
    bytes: int = 0
    duration_ms: float = 0.0
    body_sha256: str | None = None
    parsed: bool = True
    new_documents: int = 0
    revised_documents: int = 0
    ttl_s: int | None = None


@registry.register
class FeedFailed(Event):
    type_name = "FeedFailed"

    feed_id: str
    url: str
    error_kind: str
    message: str
    http_status: int | None = None
    retry_after_s: float | None = None
    consecutive_failures: int = 1


@registry.register
class FeedMoved(Event):
    type_name = "FeedMoved"

    feed_id: str
    old_url: str
    new_url: str


@registry.register
class FeedGone(Event):
    type_name = "FeedGone"

    feed_id: str
    url: str
    http_status: int = 410


# -- documents ---------------------------------------------------------------------------

DateSource = Literal["published", "updated", "feed", "fetched", "none", "mtime", "user"]


@registry.register
class DocumentObserved(Event):
    type_name = "DocumentObserved"

    document_id: str
    feed_id: str | None = None
    entry_id: str | None = None
    url: str | None = None
    title: str = ""
    text: str = ""
    html: str | None = None
    language: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    published_raw: str | None = None
    date_source: DateSource = "published"
    content_hash: str
    tier: SourceTier = "press"


@registry.register
class DocumentRevised(Event):
    type_name = "DocumentRevised"

    document_id: str
    revision: int = Field(ge=2)
    title: str = ""
    text: str = ""
    html: str | None = None
    updated: datetime | None = None
    updated_raw: str | None = None
    content_hash: str
    previous_hash: str


# -- claims ------------------------------------------------------------------------------


@registry.register
class ClaimAsserted(Event):
    type_name = "ClaimAsserted"

    claim: Claim


@registry.register
class ClaimWithdrawn(Event):
    """Re-extraction no longer finds a claim (its document was revised, or the extractor
    or vocabulary changed). ``reported_at`` is when the withdrawal was *said*: the
    revision's publication time, or the re-extraction time for an extractor change."""

    type_name = "ClaimWithdrawn"

    claim_id: str
    reason: str
    reported_at: datetime
    document_id: str | None = None
    asserted_by: str


@registry.register
class ClaimRetracted(Event):
    """A user says a claim is wrong. ``reported_at`` is when they said it."""

    type_name = "ClaimRetracted"

    claim_id: str
    reason: str
    reported_at: datetime
    by: str


@registry.register
class ClaimRanked(Event):
    type_name = "ClaimRanked"

    claim_id: str
    rank: Rank
    reason: str
    reported_at: datetime
    by: str
