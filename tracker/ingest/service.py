"""Feed operations behind the Tracker facade: subscribe, list, poll, ingest.

Written against the ports only; ``app.py`` hands in the SQL implementations.
"""

from __future__ import annotations

import atexit
import dataclasses
import os
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx

from tracker.domain.catalog import FeedSubscribed
from tracker.domain.events import AppendRequest, EventMetadata, NewEvent
from tracker.errors import FeedError, FeedExistsError, FeedNotFoundError
from tracker.ingest.articles import article_events, is_article, read_article
from tracker.ingest.fetch import Fetcher, host_of, is_local, make_client, path_of
from tracker.ingest.poll import FeedPoller, LogWriter, Outcome, PollSummary
from tracker.ingest.subscriptions import (
    Subscription,
    check_tier,
    default_name,
    feed_id_for,
    load_feeds_file,
    normalize_location,
)
from tracker.ingest.workers import ParserPool
from tracker.ports import FeedRecord, FeedStateStore

DEFAULT_INTERVAL_S = 900

_shared_lock = threading.Lock()
_shared: dict[str, object] = {}


def shared_client() -> httpx.Client:
    """The process's one httpx client (CA bundle loaded once)."""
    with _shared_lock:
        client = _shared.get("client")
        if not isinstance(client, httpx.Client):
            client = _shared["client"] = make_client()
            atexit.register(client.close)
        return client


def shared_parsers() -> ParserPool:
    """The process's parser pool (spawned on first parse; stopped at exit)."""
    with _shared_lock:
        pool = _shared.get("parsers")
        if not isinstance(pool, ParserPool):
            workers = max(1, min(2, os.cpu_count() or 1))
            pool = _shared["parsers"] = ParserPool(workers=workers, time_limit_s=20.0)
            atexit.register(pool.close)
        return pool


@dataclass(frozen=True, slots=True)
class IngestTarget:
    location: str
    kind: str  # "feed" | "article"


class FeedService:
    """Subscriptions, polls and one-shot ingests over the log and the feed state."""

    def __init__(
        self,
        store: LogWriter,
        states: FeedStateStore,
        clock: Callable[[], datetime],
        *,
        poller: FeedPoller | None = None,
    ) -> None:
        self.store = store
        self.states = states
        self.clock = clock
        self.poller = poller or FeedPoller(
            store,
            states,
            clock,
            fetcher=Fetcher(shared_client(), clock=clock),
            parsers=shared_parsers(),
        )
        self.owner = f"{os.uname().nodename}:{os.getpid()}:{uuid.uuid4().hex[:6]}"

    # -- subscriptions ----------------------------------------------------------------

    def add(self, sub: Subscription) -> FeedRecord:
        """Subscribe: ``FeedSubscribed`` in the log and a due row in the feed state."""
        url = normalize_location(sub.url)
        check_tier(sub.tier)
        name = sub.name or default_name(url)
        existing = self.states.find_feed(url)
        if existing is not None and existing.state != "oneshot":
            raise FeedExistsError(url, f"already subscribed as {existing.name!r}")
        clash = self.states.find_feed(name)
        if clash is not None and clash.name == name and clash.state != "oneshot":
            raise FeedExistsError(url, f"the name {name!r} is taken by {clash.url}")
        feed_id = existing.feed_id if existing is not None else feed_id_for(url)
        interval = sub.interval_s or DEFAULT_INTERVAL_S
        event = FeedSubscribed(
            feed_id=feed_id,
            url=url,
            name=name,
            interval_s=interval,
            tier=sub.tier,
            language=sub.language,
        )
        meta = EventMetadata(actor="user")
        self.store.append_batch([AppendRequest(f"feed-{feed_id}", (NewEvent(event, None, meta),))])
        record = FeedRecord(
            feed_id=feed_id,
            name=name,
            url=url,
            next_poll_at=self.clock(),
            interval_s=interval,
            adaptive=sub.interval_s is None,
            tier=sub.tier,
            language=sub.language,
            host=host_of(url),
            effective_interval_s=interval,
        )
        if existing is not None:  # a file ingested once, now subscribed
            record = _subscribe_existing(existing, record)
            self.states.save_poll(record, [], None)
        else:
            self.states.add_feed(record)
        return record

    def load(self, path: Path) -> list[FeedRecord]:
        """Subscribe every feed of a ``feeds.toml`` not subscribed yet."""
        added = []
        for sub in load_feeds_file(path):
            found = self.states.find_feed(sub.url)
            if found is not None and found.state != "oneshot":
                continue
            if sub.name and self.states.find_feed(sub.name) is not None:
                continue
            added.append(self.add(sub))
        return added

    def list(self) -> list[FeedRecord]:
        return self.states.list_feeds(("active", "gone"))

    def find(self, name_or_url: str) -> FeedRecord:
        feed = self.states.find_feed(name_or_url)
        if feed is None and not name_or_url.startswith(("http://", "https://")):
            try:
                feed = self.states.find_feed(normalize_location(name_or_url))
            except FeedError:
                feed = None
        if feed is None:
            raise FeedNotFoundError(name_or_url, "no subscribed feed has that name or URL")
        return feed

    # -- polling ----------------------------------------------------------------------

    def poll(
        self, names: Sequence[str] = (), *, on_outcome: Callable[[Outcome], None] | None = None
    ) -> PollSummary:
        """Poll due feeds, or the named ones now (a name that is no feed but a path or
        URL is ingested one-shot)."""
        if not names:
            return self.poller.poll_due(self.owner, on_outcome=on_outcome)
        summary = PollSummary()
        ids: list[str] = []
        others: list[str] = []
        for name in names:
            try:
                ids.append(self.find(name).feed_id)
            except FeedNotFoundError:
                if not (name.startswith(("http://", "https://")) or Path(name).exists()):
                    raise
                others.append(name)
        if ids:
            summary.merge(self.poller.poll_feeds(ids, self.owner, on_outcome=on_outcome))
        if others:
            summary.merge(self.ingest(others, on_outcome=on_outcome))
        return summary

    # -- one-shot ingest --------------------------------------------------------------

    def ingest(
        self,
        locations: Sequence[str],
        *,
        published: datetime | None = None,
        tier: str = "press",
        language: str | None = None,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> PollSummary:
        """Parse and store feeds and article files once, without subscribing.

        Ingesting the same input again adds no events at all.
        """
        check_tier(tier)
        summary = PollSummary()
        feed_ids = []
        for location in locations:
            url = normalize_location(location)
            if is_local(url) and is_article(path_of(url)):
                outcome = self._ingest_article(url, published, tier, language)
                summary.add(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
                continue
            feed_ids.append(self._oneshot_feed(url, tier, language).feed_id)
        if feed_ids:
            summary.merge(
                self.poller.poll_feeds(feed_ids, self.owner, on_outcome=on_outcome, oneshot=True)
            )
        return summary

    def _oneshot_feed(self, url: str, tier: str, language: str | None) -> FeedRecord:
        found = self.states.find_feed(url)
        if found is not None:
            return found
        feed_id = feed_id_for(url)
        record = FeedRecord(
            feed_id=feed_id,
            name=f"{default_name(url)}~{feed_id[:6]}",
            url=url,
            next_poll_at=self.clock(),
            tier=tier,
            language=language,
            state="oneshot",
            host=host_of(url),
        )
        self.states.add_feed(record)
        return record

    def _ingest_article(
        self, url: str, published: datetime | None, tier: str, language: str | None
    ) -> Outcome:
        now = self.clock()
        path = path_of(url)
        pseudo = FeedRecord(feed_id="", name=path.name, url=url, next_poll_at=now, host="local")
        try:
            article = read_article(path, published=published, language=language)
        except FeedError as exc:
            return Outcome(pseudo, "failed", error_kind="file", message=str(exc))
        state = self.states.get_doc(article.document_id)
        meta = EventMetadata(actor="poller", correlation_id=uuid.uuid4().hex[:16])
        requests, new_state, verdict = article_events(
            article, state, tier=tier, now=now, metadata=meta
        )
        if requests:
            self.store.append_batch(requests)
        if new_state is not None:
            self.states.save_docs([new_state])
        return Outcome(
            pseudo,
            "polled" if requests else "unchanged",
            new=int(verdict == "new"),
            revised=int(verdict == "revised"),
            entries=1,
        )


def _subscribe_existing(existing: FeedRecord, record: FeedRecord) -> FeedRecord:
    return dataclasses.replace(
        existing,
        name=record.name,
        state="active",
        interval_s=record.interval_s,
        adaptive=record.adaptive,
        tier=record.tier,
        language=record.language,
        next_poll_at=record.next_poll_at,
        effective_interval_s=record.effective_interval_s,
    )


BUNDLED_FEEDS = Path(__file__).resolve().parents[2] / "feeds" / "feeds.toml"
"""The default subscriptions (the sample feeds) in the checkout."""
