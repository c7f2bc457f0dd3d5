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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import httpx

from tracker.domain.catalog import FeedSubscribed, FeedUnsubscribed
from tracker.domain.events import AppendRequest, EventMetadata, NewEvent, RecordedEvent
from tracker.errors import (
    ArticleDateConflictError,
    ConfigError,
    FeedAlreadySubscribedError,
    FeedError,
    FeedExistsError,
    FeedNameTakenError,
    FeedNotFoundError,
    FeedSettingsDifferError,
    FeedTierConflictError,
)
from tracker.ingest import verdicts
from tracker.ingest.articles import (
    article_document_id,
    article_events,
    is_article,
    read_article,
)
from tracker.ingest.fetch import Fetcher, host_of, is_local, make_client, path_of
from tracker.ingest.poll import FeedPoller, LogWriter, Outcome, PollSummary
from tracker.ingest.subscriptions import (
    Subscription,
    check_language,
    check_name,
    check_subscribable,
    check_tier,
    default_name,
    feed_id_for,
    load_feeds_file,
    normalize_location,
)
from tracker.ingest.workers import ParserPool
from tracker.ports import FeedRecord, FeedStateStore

DEFAULT_INTERVAL_S = 900
_DORMANT = ("oneshot", "removed")
"""Feed rows that are not subscriptions: a URL may be (re)subscribed over them."""

_EVERY_STATE = ("active", "gone", *_DORMANT)


def _respelled(url: str) -> str | None:
    """A stored URL as :func:`normalize_location` spells it now (``None``: it cannot)."""
    try:
        return normalize_location(url) if url.lower().startswith(("http://", "https://")) else None
    except ConfigError:
        return None


_SUBSCRIBING = timedelta(minutes=5)
"""How long a new feed's row is held while its ``FeedSubscribed`` is written."""


class SharedResources:
    """The process's one HTTP client and one parser pool, shared by every
    :class:`FeedService` that builds its own poller.

    Reference-counted: each service acquires them once and releases them on ``close``;
    the last release closes the client and stops the parser processes, and the next
    acquire creates them again. So closing one Tracker never breaks another that is
    still open in the same process, and a process that closes all of its Trackers keeps
    no parser processes behind. (A client costs ~40 ms of CA loading; a parser process
    about a second to start: both are worth sharing.)
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._client: httpx.Client | None = None
        self._parsers: ParserPool | None = None

    @property
    def users(self) -> int:
        return self._users

    def acquire(self) -> tuple[httpx.Client, ParserPool]:
        with self._lock:
            if self._client is None or self._client.is_closed:
                self._client = make_client()
            if self._parsers is None or self._parsers.closed:
                workers = max(1, min(2, os.cpu_count() or 1))
                self._parsers = ParserPool(workers=workers, time_limit_s=20.0)
            self._users += 1
            return self._client, self._parsers

    def release(self) -> None:
        with self._lock:
            self._users = max(0, self._users - 1)
            if self._users:
                return
            client, parsers = self._client, self._parsers
            self._client = self._parsers = None
        if parsers is not None:
            parsers.close()
        if client is not None:
            client.close()

    def close_all(self) -> None:
        """At interpreter exit, whoever still holds them."""
        with self._lock:
            self._users = 1
        self.release()


SHARED = SharedResources()
atexit.register(SHARED.close_all)


@dataclass(frozen=True, slots=True)
class IngestTarget:
    location: str
    kind: str  # "feed" | "article"


class LogAccess(LogWriter, Protocol):
    """The part of :class:`tracker.ports.EventStore` the feed service needs: appends, and
    a document's stream (to name the tier a stored article file keeps)."""

    def read_stream(self, stream_id: str, from_version: int = 1) -> list[RecordedEvent]: ...


class FeedService:
    """Subscriptions, polls and one-shot ingests over the log and the feed state."""

    def __init__(
        self,
        store: LogAccess,
        states: FeedStateStore,
        clock: Callable[[], datetime],
        *,
        poller: FeedPoller | None = None,
    ) -> None:
        self.store = store
        self.states = states
        self.clock = clock
        self._owns_shared = poller is None
        if poller is None:
            client, parsers = SHARED.acquire()
            poller = FeedPoller(
                store, states, clock, fetcher=Fetcher(client, clock=clock), parsers=parsers
            )
        self.poller = poller
        self.owner = f"{os.uname().nodename}:{os.getpid()}:{uuid.uuid4().hex[:6]}"

    def close(self) -> None:
        """Give back the shared client and parser pool (idempotent)."""
        if self._owns_shared:
            self._owns_shared = False
            SHARED.release()

    # -- subscriptions ----------------------------------------------------------------

    def add(self, sub: Subscription) -> FeedRecord:
        """Subscribe: ``FeedSubscribed`` in the log and a due row in the feed state."""
        url = check_subscribable(normalize_location(sub.url))
        check_tier(sub.tier)
        check_language(sub.language)
        name = check_name(sub.name) or default_name(url)
        existing = self._at(url)
        if existing is not None and existing.state not in _DORMANT:
            raise _already_subscribed(existing, sub)
        refusal = self._name_taken(url, name, sub)
        if refusal is not None:
            raise refusal
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
        request = AppendRequest(f"feed-{feed_id}", (NewEvent(event, None, meta),))
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
        if existing is not None:  # ingested once or unsubscribed: its documents stay known
            self.store.append_batch([request])
            record = _subscribe_existing(existing, record)
            self.states.save_poll(record, [], None)
            return record
        # A new feed's row goes first, held by us until its event is in the log (no daemon
        # polls it before): of several processes adding one URL or one name at once (two
        # daemons loading one feeds file), the row's keys let exactly one subscribe.
        try:
            self.states.add_feed(record, self.owner, self.clock() + _SUBSCRIBING)
        except FeedExistsError:
            raise self._lost_race(url, name, sub) from None
        try:
            self.store.append_batch([request])
        except BaseException:
            self.states.drop_feed(feed_id)
            raise
        self.states.release([feed_id], self.owner)
        return record

    def _lost_race(self, url: str, name: str, sub: Subscription) -> FeedExistsError:
        """The error of a subscription another process made first: the feed is already
        subscribed, or its name is taken."""
        existing = self._at(url)
        if existing is not None and existing.state not in _DORMANT:
            return _already_subscribed(existing, sub)
        refusal = self._name_taken(url, name, sub)
        return refusal or FeedNameTakenError(url, f"the name {name!r} is taken by another feed")

    def _name_taken(self, url: str, name: str, sub: Subscription) -> FeedExistsError | None:
        """The refusal of ``name`` when a subscribed feed holds it. Held by ``url`` itself,
        the feed was subscribed by another process between our look-up of the URL and this
        one (two reads, not one transaction: on PostgreSQL four 'feeds add' at once had one
        told 'the name is taken by' its own URL): it is already subscribed."""
        return _name_refusal(url, name, sub, self.states.find_feed(name))

    def _at(self, url: str, respelled: dict[str, FeedRecord] | None = None) -> FeedRecord | None:
        """The feed row of a normalized URL (:func:`normalize_location`), including one
        stored under another spelling of it: a feed subscribed before URLs were
        normalized keeps the URL as it was typed ('HTTP://Example.com:80/feed'), and the
        same address typed again was taken for a new feed (a second subscription of the
        same stream) while 'feeds remove' and 'poll' could not name the first. Web
        addresses only: a path was always resolved to one spelling. ``respelled``: the
        index :meth:`_respelled_rows` made, for a caller looking up many URLs."""
        found = self.states.find_feed(url)
        if found is not None or not url.startswith(("http://", "https://")):
            return found
        return (self._respelled_rows() if respelled is None else respelled).get(url)

    def _respelled_rows(self) -> dict[str, FeedRecord]:
        """Feed rows by today's spelling of each stored URL (or alias) spelled otherwise."""
        rows: dict[str, FeedRecord] = {}
        for feed in self.states.list_feeds(_EVERY_STATE):
            for known in (feed.url, *feed.aliases):
                spelled = _respelled(known)
                if spelled is not None and spelled != known:
                    rows.setdefault(spelled, feed)
        return rows

    def load(self, path: Path) -> list[FeedRecord]:
        """Subscribe every feed of a ``feeds.toml`` not subscribed yet.

        Raises:
            FeedSettingsDifferError: the file gives a subscribed feed other settings
                (nothing subscribed: see :func:`_refuse_other_settings`).
            FeedNameTakenError: the file names a feed by a name another feed holds.
        """
        added = []
        respelled = self._respelled_rows()  # once: a scan per feed of a long file was quadratic
        listed = [(sub, self._at(sub.url, respelled)) for sub in load_feeds_file(path)]
        _refuse_other_settings(path, listed)
        subs = [sub for sub, found in listed if found is None or found.state == "oneshot"]
        # each name is looked up once: the row found under it refuses the file or skips
        # the feed (add() still checks, for another process subscribing in between)
        holders = {sub.name: self.states.find_feed(sub.name) for sub in subs if sub.name}
        # a name another feed holds refuses the file before anything is subscribed: that
        # feed was skipped without a word ("1 feed subscribed", exit 0) and never polled
        for sub in subs:
            holder = holders.get(sub.name or "")
            refusal = _name_refusal(sub.url, sub.name, sub, holder) if sub.name else None
            if isinstance(refusal, FeedNameTakenError) and holder is not None:
                raise FeedNameTakenError(
                    sub.url,
                    f"the name {sub.name!r} in {path} is taken by {holder.url}; nothing"
                    " subscribed (rename it in the file)",
                )
        for sub in subs:
            if sub.name and holders[sub.name] is not None:
                continue
            try:
                added.append(self.add(sub))
            except FeedExistsError:  # another process (a second daemon) subscribed it first
                continue
        return added

    def remove(self, name_or_url: str, reason: str = "") -> FeedRecord:
        """Unsubscribe: ``FeedUnsubscribed`` in the log; the feed is never polled again.

        The row stays (state ``removed``, renamed out of the way) with its document
        states, so subscribing the same URL again continues the same documents instead of
        observing them anew. A daemon polling the feed right now loses its lease: its
        events are kept, its schedule update is dropped. ``feeds load`` does not bring a
        removed feed back; ``feeds add`` does.
        """
        feed = self.find(name_or_url)
        event = FeedUnsubscribed(feed_id=feed.feed_id, reason=reason)
        meta = EventMetadata(actor="user")
        self.store.append_batch(
            [AppendRequest(f"feed-{feed.feed_id}", (NewEvent(event, None, meta),))]
        )
        removed = verdicts.unsubscribed(feed, "removed")
        self.states.save_poll(removed, [], None)  # owner None: also ends any lease
        return feed

    def list(self) -> list[FeedRecord]:
        return self.states.list_feeds(("active", "gone"))

    def find(self, name_or_url: str) -> FeedRecord:
        feed = self.states.find_feed(name_or_url)
        if feed is None:
            try:
                feed = self._at(normalize_location(name_or_url))
            except FeedError:
                feed = None
        if feed is None or feed.state == "removed":
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
        tier: str | None = None,
        language: str | None = None,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> PollSummary:
        """Parse and store feeds and article files once, without subscribing.

        Ingesting the same input again adds no events at all. A feed stored before keeps
        its tier: ``tier`` (``None``: that tier, or ``press`` for a new one) naming
        another is refused before anything is written.
        """
        if tier is not None:
            check_tier(tier)
        check_language(language)
        urls = [normalize_location(location) for location in locations]
        feeds = [u for u in urls if not (is_local(u) and is_article(path_of(u)))]
        # the first event of each stored article file, read once for both the tier check
        # and the date check (each had read the document's whole stream on its own)
        firsts: dict[str, RecordedEvent | None] = {}
        if tier is not None:
            self._check_stored_tiers(feeds, tier)
            self._check_stored_article_tiers([u for u in urls if u not in feeds], tier, firsts)
        summary = PollSummary()
        feed_ids = []
        for url in urls:
            if url not in feeds:
                outcome = self._ingest_article(url, published, tier or "press", language, firsts)
                summary.add(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
                continue
            feed_ids.append(self._oneshot_feed(url, tier or "press", language).feed_id)
        if feed_ids:
            summary.merge(
                self.poller.poll_feeds(feed_ids, self.owner, on_outcome=on_outcome, oneshot=True)
            )
        return summary

    def _check_stored_tiers(self, urls: Sequence[str], tier: str) -> None:
        """``ingest URL --tier T`` of a URL ingested or subscribed under another tier was
        silently ignored: the feed kept its first tier. Its stored documents keep theirs
        (the log is append-only), so the request cannot be honoured; it is refused."""
        for url in urls:
            found = self._at(url)
            if found is None or found.state == "removed" or found.tier == tier:
                continue
            if found.state == "oneshot":
                message = (
                    f"was ingested before as {found.tier}; its documents keep that tier, so "
                    f"--tier {tier} would change nothing stored (run without --tier to "
                    f"ingest it as {found.tier})"
                )
            else:
                message = (
                    f"is subscribed as {found.name!r} with tier {found.tier}, which its "
                    f"entries are stored with; to change it, 'tracker feeds remove "
                    f"{found.name}' and add it again with --tier {tier}"
                )
            raise FeedTierConflictError(url, message)

    def _first_event(
        self, document_id: str, firsts: dict[str, RecordedEvent | None]
    ) -> RecordedEvent | None:
        """A stored document's first event (its observation), read from the log once per
        ingest call and remembered in ``firsts``."""
        if document_id not in firsts:
            stream = self.store.read_stream(f"doc-{document_id}")
            firsts[document_id] = stream[0] if stream else None
        return firsts[document_id]

    def _check_stored_article_tiers(
        self, urls: Sequence[str], tier: str, firsts: dict[str, RecordedEvent | None]
    ) -> None:
        """``ingest FILE --tier T`` of an article file stored before under another tier was
        ignored in silence, as a feed's was: refused the same way, before anything is
        written (a revised file would keep its first tier too)."""
        for url in urls:
            document_id = article_document_id(url)
            if self.states.get_doc(document_id) is None:
                continue
            first = self._first_event(document_id, firsts)
            stored = getattr(first.event, "tier", None) if first else None
            if stored is None or stored == tier:
                continue
            message = (
                f"was ingested before as {stored}; the document keeps that tier, so "
                f"--tier {tier} would change nothing stored (run without --tier to "
                f"ingest it as {stored})"
            )
            raise FeedTierConflictError(url, message)

    def _stored_date_conflict(
        self,
        url: str,
        document_id: str,
        published: datetime,
        firsts: dict[str, RecordedEvent | None],
    ) -> ArticleDateConflictError | None:
        """``ingest FILE --published D`` of an unchanged file stored with another date said
        '0 new documents' and kept the old date: a user correcting a wrong date was not
        told that nothing changed. The stored date stands (the log is append-only)."""
        first = self._first_event(document_id, firsts)
        stored = getattr(first.event, "published", None) if first else None
        if not isinstance(stored, datetime) or stored == published:
            return None
        return ArticleDateConflictError(
            url,
            f"was stored before, unchanged, as published {_date_text(stored)}; a stored "
            f"document keeps its date, so --published {_date_text(published)} changes "
            "nothing (a copy under another file name is a new document)",
        )

    def _oneshot_feed(self, url: str, tier: str, language: str | None) -> FeedRecord:
        found = self._at(url)
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
        self,
        url: str,
        published: datetime | None,
        tier: str,
        language: str | None,
        firsts: dict[str, RecordedEvent | None],
    ) -> Outcome:
        now = self.clock()
        path = path_of(url)
        pseudo = FeedRecord(feed_id="", name=path.name, url=url, next_poll_at=now, host="local")
        try:
            article = read_article(path, published=published, language=language, now=now)
        except FeedError as exc:
            return Outcome(pseudo, "failed", error_kind="file", message=str(exc))
        state = self.states.get_doc(article.document_id)
        meta = verdicts.meta()
        requests, new_state, verdict = article_events(
            article, state, tier=tier, now=now, metadata=meta
        )
        if verdict == "unchanged" and published is not None:
            conflict = self._stored_date_conflict(url, article.document_id, published, firsts)
            if conflict is not None:
                return Outcome(pseudo, "failed", error_kind="date", message=str(conflict))
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


def _date_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _name_refusal(
    url: str, name: str, sub: Subscription, clash: FeedRecord | None
) -> FeedExistsError | None:
    """The refusal of ``name`` for ``url`` when ``clash``, the row found under the name,
    is a subscribed feed holding it (see :meth:`FeedService._name_taken`)."""
    if clash is None or clash.name != name or clash.state in _DORMANT:
        return None
    if url in (clash.url, *clash.aliases) or _respelled(clash.url) == url:
        return _already_subscribed(clash, sub)
    return FeedNameTakenError(url, f"the name {name!r} is taken by {clash.url}")


def _already_subscribed(existing: FeedRecord, sub: Subscription) -> FeedAlreadySubscribedError:
    """The same feed asked for again. The settings the request names and the
    subscription does not have are its differences (the tier counts when it is not the
    default one, which a request names whether or not the user typed it)."""
    differences = []
    if sub.name is not None and sub.name != existing.name:
        differences.append(f"name {existing.name!r}, not {sub.name!r}")
    fixed = None if existing.adaptive else existing.interval_s
    if sub.interval_s is not None and sub.interval_s != fixed:
        now = "adaptive" if fixed is None else f"every {_every(fixed)}"
        differences.append(f"{now}, not every {_every(sub.interval_s)}")
    if sub.tier not in ("press", existing.tier):
        differences.append(f"tier {existing.tier}, not {sub.tier}")
    if sub.language is not None and sub.language != existing.language:
        differences.append(f"language {existing.language or 'unset'}, not {sub.language}")
    every = "adaptive" if existing.adaptive else f"every {_every(existing.interval_s)}"
    if differences:
        message = (
            f"already subscribed as {existing.name!r} with {'; '.join(differences)}; to change "
            f"it, 'tracker feeds remove {existing.name}' and add it again"
        )
    else:
        message = (
            f"already subscribed as {existing.name!r} ({every}, tier {existing.tier}); "
            "nothing changed"
        )
    return FeedAlreadySubscribedError(existing.url, existing.name, message, tuple(differences))


def _refuse_other_settings(
    path: Path, listed: Sequence[tuple[Subscription, FeedRecord | None]]
) -> None:
    """Refuse a feeds file that gives subscribed feeds other settings, one line per feed:
    they were skipped without a word, and the user took the file's tier or interval for
    the feed's. Subscriptions are not changed in place (``feeds add`` refuses the same
    request and says to remove the feed and add it again), so neither is a file's."""
    lines = tuple(
        f"{found.name} ({found.url}): {'; '.join(differences)}"
        for sub, found in listed
        if found is not None
        and found.state not in _DORMANT
        and (differences := _already_subscribed(found, sub).differences)
    )
    if lines:
        count = "1 feed in it is" if len(lines) == 1 else f"{len(lines)} feeds in it are"
        raise FeedSettingsDifferError(
            str(path),
            f"{count} subscribed with other settings (the subscription's first); nothing"
            " subscribed (a subscription is not changed in place: 'tracker feeds remove"
            " NAME', then load the file again):\n  " + "\n  ".join(lines),
            lines,
        )


def _every(seconds: int) -> str:
    """An interval as ``feeds add --every`` takes it (``15m``, ``2h``)."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


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
