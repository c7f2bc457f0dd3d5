"""What a poll leaves behind: the outcome of a parsed feed, of a 304, of an unchanged
body, of a gone or merged feed and of a failure, each with the feed's new state and the one
batch of events to append. Pure functions (no database, no network): the poller decides
which applies and commits the outcome."""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from tracker.domain.catalog import FeedFailed, FeedGone, FeedMoved, FeedPolled, FeedUnsubscribed
from tracker.domain.events import AppendRequest, Event, EventMetadata, NewEvent
from tracker.errors import FetchFailedError
from tracker.ingest.documents import Decision
from tracker.ingest.fetch import FetchResult
from tracker.ingest.outcomes import Outcome
from tracker.ingest.parse import ParsedFeed
from tracker.ingest.schedule import backoff_s, next_interval
from tracker.ports import FeedRecord

RATE_KINDS = frozenset({"rate_limited", "unavailable"})


def polled(
    feed: FeedRecord,
    now: datetime,
    result: FetchResult,
    sha: str,
    parsed: ParsedFeed,
    decision: Decision,
    moved: list[Event],
    oneshot: bool,
    metadata: EventMetadata,
) -> Outcome:
    """A parsed feed: its documents' events after the feed's own, and the next poll set
    from the entries' dates (adaptive), never sooner than the server's ttl or max-age."""
    server_min = max(parsed.ttl_s or 0, result.max_age_s or 0)
    interval = next_interval(
        configured_s=feed.interval_s,
        adaptive=feed.adaptive,
        current_s=feed.effective_interval_s,
        dates=decision.dates,
        server_min_s=server_min,
    )
    event = FeedPolled(
        feed_id=feed.feed_id,
        url=feed.url,
        status=result.status,
        etag=result.etag,
        last_modified=result.last_modified,
        entries=len(parsed.entries),
        bytes=len(result.body or b""),
        duration_ms=round(result.duration_ms, 3),
        body_sha256=sha,
        parsed=True,
        new_documents=decision.new,
        revised_documents=decision.revised,
        ttl_s=parsed.ttl_s,
    )
    updated = dataclasses.replace(
        feed,
        etag=result.etag,
        last_modified=result.last_modified,
        body_sha256=sha,
        last_polled_at=now,
        consecutive_failures=0,
        min_interval_s=server_min,
        effective_interval_s=interval,
        identity_policy=decision.policy,
        next_poll_at=now + timedelta(seconds=interval),
    )
    requests = [feed_request(feed, [*moved, event], metadata, oneshot, sha), *decision.requests]
    return Outcome(
        updated,
        "polled",
        requests,
        decision.states,
        decision.new,
        decision.revised,
        len(parsed.entries),
        result.status,
        duration_ms=result.duration_ms,
        undated=decision.undated,
        dateless=decision.dateless,
        page=parsed.page,
    )


def not_modified(
    feed: FeedRecord,
    now: datetime,
    result: FetchResult,
    moved: list[Event],
    oneshot: bool,
    page: bool,
) -> Outcome:
    """A 304: the feed is as it was; only the poll is recorded."""
    etag = result.etag or feed.etag
    last_modified = result.last_modified or feed.last_modified
    server_min = max(feed.min_interval_s if result.max_age_s is None else 0, result.max_age_s or 0)
    interval = max(feed.effective_interval_s, server_min)
    polled = FeedPolled(
        feed_id=feed.feed_id,
        url=feed.url,
        status=304,
        etag=etag,
        last_modified=last_modified,
        duration_ms=round(result.duration_ms, 3),
        body_sha256=feed.body_sha256,
        parsed=False,
    )
    updated = dataclasses.replace(
        feed,
        etag=etag,
        last_modified=last_modified,
        last_polled_at=now,
        consecutive_failures=0,
        next_poll_at=now + timedelta(seconds=interval),
    )
    request = feed_request(feed, [*moved, polled], meta(), oneshot, feed.body_sha256)
    return Outcome(
        updated,
        "not_modified",
        [request],
        http_status=304,
        duration_ms=result.duration_ms,
        page=page,
    )


def unchanged(
    feed: FeedRecord,
    now: datetime,
    result: FetchResult,
    sha: str,
    moved: list[Event],
    oneshot: bool,
    page: bool,
) -> Outcome:
    """A 200 whose body is byte for byte the last one: not parsed again."""
    polled = FeedPolled(
        feed_id=feed.feed_id,
        url=feed.url,
        status=result.status,
        etag=result.etag,
        last_modified=result.last_modified,
        bytes=len(result.body or b""),
        duration_ms=round(result.duration_ms, 3),
        body_sha256=sha,
        parsed=False,
    )
    interval = max(feed.effective_interval_s, result.max_age_s or 0)
    updated = dataclasses.replace(
        feed,
        etag=result.etag,
        last_modified=result.last_modified,
        last_polled_at=now,
        consecutive_failures=0,
        next_poll_at=now + timedelta(seconds=interval),
    )
    request = feed_request(feed, [*moved, polled], meta(), oneshot, sha)
    return Outcome(
        updated,
        "unchanged",
        [request],
        http_status=result.status,
        duration_ms=result.duration_ms,
        page=page,
    )


def gone(feed: FeedRecord, now: datetime, exc: FetchFailedError) -> Outcome:
    """A 410 (or a permanent redirect to nowhere): the feed stops being polled."""
    event = FeedGone(feed_id=feed.feed_id, url=feed.url, http_status=exc.status or 410)
    # a one-shot ingest's row stays one-shot: "gone" would list it as a subscription
    state = "oneshot" if feed.state == "oneshot" else "gone"
    updated = dataclasses.replace(feed, state=state, last_polled_at=now)
    request = AppendRequest(f"feed-{feed.feed_id}", (NewEvent(event, None, meta()),))
    return Outcome(
        updated, "gone", [request], http_status=exc.status, error_kind="gone", message=str(exc)
    )


def unsubscribed(feed: FeedRecord, tag: str) -> FeedRecord:
    """The row of a feed that ``FeedUnsubscribed`` ended (``feeds remove``, or merged into
    another subscription): state ``removed``, renamed out of the way of its name
    ("news~removed-3f5439") so the name can be subscribed again."""
    return dataclasses.replace(feed, state="removed", name=f"{feed.name}~{tag}-{feed.feed_id[:6]}")


def merged(
    feed: FeedRecord,
    now: datetime,
    twin: FeedRecord,
    *,
    moved_to: str | None = None,
    status: int | None = None,
) -> Outcome:
    """A subscription whose address is another subscription's: a permanent redirect onto
    it (``moved_to``; two publishers' feeds folded into one, or the same feed subscribed
    under its old and new address), or two subscriptions that moved to one new address in
    the same cycle (the later-subscribed one, by feed id, gives way). Polling both would
    fetch one feed twice and observe every entry under two feeds. This one ends here
    (``FeedMoved`` if it moved, then ``FeedUnsubscribed`` with the reason, as ``feeds
    remove`` leaves it); its documents stay, and ``twin`` carries on alone."""
    url = moved_to or feed.url
    if moved_to:
        reason = f"moved permanently to {url}, already subscribed as {twin.name}"
        told = f"its address moved permanently to {url}, which is already subscribed as"
    else:
        reason = f"moved to {url} as {twin.name} did; {twin.name} polls it"
        told = f"it moved to {url}, as did the subscription"
    events: list[Event] = []
    if moved_to:
        events.append(FeedMoved(feed_id=feed.feed_id, old_url=feed.url, new_url=moved_to))
    events.append(FeedUnsubscribed(feed_id=feed.feed_id, reason=reason))
    updated = dataclasses.replace(unsubscribed(feed, "merged"), last_polled_at=now)
    request = AppendRequest(
        f"feed-{feed.feed_id}", tuple(NewEvent(e, None, meta()) for e in events)
    )
    message = (
        f"merged: {feed.name}: {told} {twin.name}; it will not be polled again (its documents stay)"
    )
    return Outcome(updated, "merged", [request], http_status=status, message=message)


def failed(
    feed: FeedRecord,
    now: datetime,
    kind: str,
    message: str,
    rng: random.Random,
    *,
    status: int | None = None,
    retry_after_s: float | None = None,
    extra: Sequence[Event] = (),
    counted: bool = True,
) -> Outcome:
    """A failed poll: counted towards the feed's backoff unless ``counted`` is false."""
    failures = feed.consecutive_failures + (1 if counted else 0)
    delay = backoff_s(max(failures, 1), rng)
    if retry_after_s is not None:
        delay = max(delay, retry_after_s)
    if not counted:
        delay = min(delay, float(feed.effective_interval_s))
    event = FeedFailed(
        feed_id=feed.feed_id,
        url=feed.url,
        error_kind=kind,
        message=message[:500],
        http_status=status,
        retry_after_s=retry_after_s,
        consecutive_failures=failures,
    )
    block = None
    if kind in RATE_KINDS and retry_after_s is not None and feed.host != "local":
        block = now + timedelta(seconds=retry_after_s)
    updated = dataclasses.replace(
        feed,
        consecutive_failures=failures,
        last_polled_at=now,
        next_poll_at=now + timedelta(seconds=delay),
    )
    request = AppendRequest(
        f"feed-{feed.feed_id}",
        (*(NewEvent(e, None, meta()) for e in extra), NewEvent(event, None, meta())),
    )
    return Outcome(
        updated,
        "failed",
        [request],
        http_status=status,
        error_kind=kind,
        message=message,
        retry_after_s=retry_after_s,
        block_until=block,
    )


def uncounted(outcome: Outcome, now: datetime, rng: random.Random) -> Outcome:
    """The same failure, recorded while the network is down: it does not count."""
    original = dataclasses.replace(
        outcome.feed, consecutive_failures=max(0, outcome.feed.consecutive_failures - 1)
    )
    again = failed(
        original,
        now,
        outcome.error_kind or "network",
        f"{outcome.message} (every host failed: network down; not counted)",
        rng,
        status=outcome.http_status,
        retry_after_s=outcome.retry_after_s,
        counted=False,
    )
    return dataclasses.replace(again, duration_ms=outcome.duration_ms)


def feed_request(
    feed: FeedRecord,
    events: Sequence[Event],
    meta: EventMetadata,
    oneshot: bool,
    sha: str | None,
) -> AppendRequest:
    # A one-shot ingest of the same bytes is the same event: keyed, so a repeat adds
    # nothing. Scheduled polls are each a fact of their own and carry no key.
    keyed = oneshot and sha is not None
    items = tuple(
        NewEvent(e, f"ingest:{feed.feed_id}:{type(e).type_name}:{sha}" if keyed else None, meta)
        for e in events
    )
    return AppendRequest(f"feed-{feed.feed_id}", items)


def meta() -> EventMetadata:
    return EventMetadata(actor="poller", correlation_id=uuid.uuid4().hex[:16])
