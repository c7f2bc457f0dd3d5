"""Polling: one feed's fetch, parse and document decisions, turned into one atomic batch.

:meth:`FeedPoller.poll_one` has no side effects on the database: it returns an
:class:`Outcome` holding every event of the poll (the feed's ``FeedPolled`` /
``FeedFailed`` / ``FeedMoved`` / ``FeedGone`` and all document events) and the new feed
and document states. :meth:`FeedPoller.commit` appends the events in one
``append_batch`` (all or nothing) and then saves the states. If the process dies between
the two, the next poll redoes the work and the idempotency keys make the replay a no-op.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import random
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from datetime import datetime
from typing import Protocol

from tracker.domain.catalog import FeedMoved
from tracker.domain.events import AppendRequest, Event
from tracker.errors import (
    ErrorPageError,
    FeedEncodingError,
    FetchFailedError,
    ParseError,
    ParserDiedError,
    ParseTimeoutError,
    TrackerError,
)
from tracker.ingest import verdicts
from tracker.ingest.documents import DEFAULT_STORM_CAP, decide
from tracker.ingest.fetch import Fetcher, host_of
from tracker.ingest.outcomes import CycleState, Outcome, PollSummary, log_outcome
from tracker.ingest.parse import ParseJob
from tracker.ingest.threads import FetchThreads
from tracker.ingest.workers import ParserPool
from tracker.ports import FeedRecord, FeedStateStore

log = logging.getLogger("tracker.poll")

__all__ = ["GROUP_COMMIT", "FeedPoller", "LogWriter", "Outcome", "PollSummary"]

GROUP_COMMIT = 64
"""Feeds whose outcomes may share one transaction (each feed's events stay whole)."""
GIVE_BACK_PATIENCE_S = 2.0
"""How long a cut-short cycle waits for a locked feed row before leaving its lease to expire."""


class LogWriter(Protocol):
    """The part of :class:`tracker.ports.EventStore` the poller needs."""

    def append_batch(self, requests: Sequence[AppendRequest]) -> list[list[int]]: ...


class _StoppedError(Exception):
    """A poll cut short by the poller's own stop: no outcome, no event.

    The daemon stops on SIGINT, and a Ctrl-C at a terminal reaches the whole process
    group: a parser process still importing (seconds on a loaded machine) died of it, and
    the feed was recorded as failed ("the parser process died"), its backoff raised, for
    the user's own Ctrl-C."""


class FeedPoller:
    """Polls feeds: fetch (shared client), parse (worker pool), decide, commit.

    Args:
        concurrency: feeds fetched at once.
        per_host: of those, at most this many against one host, *in this process*:
            with N daemons on one database a host may see up to N x ``per_host``
            requests at once. What several daemons do share is a host's Retry-After
            (429/503): it is stored (``block_host``) and no daemon leases that host's
            feeds until it passes.
        lease_s: how long a lease lasts; a daemon that dies loses its feeds after it.
    """

    def __init__(
        self,
        store: LogWriter,
        states: FeedStateStore,
        clock: Callable[[], datetime],
        *,
        fetcher: Fetcher,
        parsers: ParserPool,
        concurrency: int = 8,
        per_host: int = 4,
        lease_s: float | None = None,
        storm_cap: int = DEFAULT_STORM_CAP,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.states = states
        self.clock = clock
        self.fetcher = fetcher
        self.parsers = parsers
        self.concurrency = max(1, concurrency)
        self.per_host = max(1, per_host)
        self.lease_s = lease_s or (2 * fetcher.deadline_s + parsers.time_limit_s + 60)
        self.storm_cap = storm_cap
        self.rng = rng or random.Random()  # noqa: S311  (jitter, not secrets)
        self.stop_event = threading.Event()
        self._host_locks: dict[str, threading.Semaphore] = {}
        self._blocked: dict[str, datetime] = {}
        self._lock = threading.Lock()
        # feed id -> the address at which it was found to share with no other active
        # subscription: a moved feed pays that query once per address, not every poll
        self._settled: dict[str, str] = {}

    # -- cycles -----------------------------------------------------------------------

    def poll_due(
        self,
        owner: str,
        *,
        batch: int | None = None,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> PollSummary:
        """Lease and poll due feeds, batch after batch, until none is due (or stop).

        Batches are small (twice the concurrency) so that several daemons share a cycle
        and a daemon that dies holds few leases. The next batch is leased while the last
        one is still being fetched, so the fetchers never wait for the database.
        """
        size = batch or max(16, 2 * self.concurrency)
        seen: set[str] = set()

        def next_batch() -> list[FeedRecord]:
            if self.stop_event.is_set():
                return []
            leased = self.states.lease_due(owner, self.clock(), size, self.lease_s)
            fresh = [f for f in leased if f.feed_id not in seen]
            self.states.release([f.feed_id for f in leased if f.feed_id in seen], owner)
            seen.update(f.feed_id for f in fresh)
            return fresh

        return self._cycle(next_batch, owner, on_outcome=on_outcome, hold_limit=size)

    def poll_feeds(
        self,
        feed_ids: Sequence[str],
        owner: str,
        *,
        on_outcome: Callable[[Outcome], None] | None = None,
        oneshot: bool = False,
    ) -> PollSummary:
        """Poll the named feeds now, due or not (``tracker poll FEED``, ``ingest``).

        A feed another owner holds the lease of is not polled: it is reported as a
        ``busy`` failure (nothing written), never skipped in silence, so a re-run that
        could not do the work does not look like one that did."""
        try:
            leased = self.states.lease(feed_ids, owner, self.clock(), self.lease_s)
            summary = self.run(leased, owner, on_outcome=on_outcome, oneshot=oneshot)
        except BaseException:
            self._give_back(feed_ids, owner)  # Ctrl-C even before the cycle began
            raise
        taken = {feed.feed_id for feed in leased}
        for feed_id in dict.fromkeys(feed_ids):
            feed = None if feed_id in taken else self.states.get_feed(feed_id)
            if feed is not None:
                self._report_busy(feed, summary, on_outcome)
        return summary

    def _report_busy(
        self,
        feed: FeedRecord,
        summary: PollSummary,
        on_outcome: Callable[[Outcome], None] | None,
    ) -> None:
        message = (
            "another process is polling it, or was and stopped before finishing (its lease "
            "lapses within minutes); nothing was written: run again later"
        )
        outcome = Outcome(feed, "failed", error_kind="busy", message=message)
        summary.add(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    def run(
        self,
        feeds: Sequence[FeedRecord],
        owner: str,
        *,
        on_outcome: Callable[[Outcome], None] | None = None,
        oneshot: bool = False,
    ) -> PollSummary:
        """Poll leased feeds concurrently and commit each as it completes."""
        batches = [list(feeds)]
        return self._cycle(
            lambda: batches.pop() if batches else [],
            owner,
            on_outcome=on_outcome,
            oneshot=oneshot,
            hold_limit=max(1, len(feeds)),
        )

    def _cycle(
        self,
        next_batch: Callable[[], list[FeedRecord]],
        owner: str,
        *,
        on_outcome: Callable[[Outcome], None] | None,
        oneshot: bool = False,
        hold_limit: int,
    ) -> PollSummary:
        """Poll batches from ``next_batch`` (until it returns none) through one pool.

        Outcomes are group-committed: one transaction for many feeds when they come fast,
        at once when the poll goes quiet (each feed stays all or nothing).

        Transport failures (refused, reset, timeout, DNS) are held while no host has
        answered: when every host failed that way the network is down, and those failures
        are recorded without counting towards the feeds' backoff. The evidence is judged
        at the end of the cycle, or once ``hold_limit`` failures are held (a batch's
        worth), so leases are never held for long.
        """
        summary = PollSummary()
        cycle = CycleState()
        commit = functools.partial(self._flush, owner=owner, summary=summary, on_outcome=on_outcome)
        leased: list[str] = []
        # daemon threads: a Ctrl-C does not wait for a slow server's fetch (threads.py)
        pool = FetchThreads(self.concurrency, "poll")
        futures: dict[Future[Outcome | None], FeedRecord] = {}
        remaining: set[Future[Outcome | None]] = set()
        exhausted = False
        try:
            while True:
                if not exhausted and len(remaining) <= self.concurrency:
                    batch = next_batch()
                    exhausted = not batch
                    if batch and not leased:  # on this thread, before any fetch thread
                        # runs (they start at the first submit): see workers.py
                        self.parsers.start()
                    leased += [feed.feed_id for feed in batch]
                    for feed in batch:
                        future = pool.submit(self._guarded, feed, oneshot)
                        futures[future] = feed
                        remaining.add(future)
                if not remaining:
                    break
                done, remaining = wait(remaining, timeout=0.25, return_when=FIRST_COMPLETED)
                for future in done:
                    cycle.take(futures.pop(future), future.result())
                if cycle.pending and (
                    len(cycle.pending) >= GROUP_COMMIT or not done or not remaining
                ):
                    commit(cycle.drain_pending())
                if cycle.held and (cycle.answered or len(cycle.held) >= hold_limit):
                    commit(self._judge(cycle))
            if cycle.held:
                commit(self._judge(cycle))
            self.states.release(cycle.skipped, owner)
        except BaseException as exc:
            pool.shutdown(wait=False)  # fetches in flight are not waited for
            # Ctrl-C inside a write: its cursor, kept alive by the traceback's frames,
            # holds SQLite's write lock (a connection closed with a statement open
            # lives on until the statement is freed): free them, then release
            traceback.clear_frames(exc.__traceback__)
            self._give_back(leased, owner)
            raise
        pool.shutdown(wait=True)
        return summary

    def _give_back(self, feed_ids: Sequence[str], owner: str) -> None:
        """A cycle cut short (Ctrl-C, a crash) releases the leases it still holds.

        Saving a feed's state ends its lease; a feed whose events were appended but whose
        state was not saved, or that was still being fetched, would otherwise stay leased
        to a process that is gone, and a re-run within the lease would skip it: a one-shot
        ``ingest`` run again after Ctrl-C finished without the feed's documents. Released
        at once (before waiting for fetches in flight, whose outcomes are dropped), the
        re-run polls them again and the idempotency keys make the replay a no-op.
        """
        try:
            # only rows this owner still holds; bounded: on PostgreSQL the interrupted
            # write's transaction can still hold those rows (psycopg has not rolled it
            # back yet), and waiting for it hung 'ingest' after Ctrl-C in CI. Leases not
            # released here expire on their own.
            self.states.release(feed_ids, owner, patience_s=GIVE_BACK_PATIENCE_S)
        except Exception:  # the original error is the one to report
            log.warning("feed.release_failed", extra={"fields": {"feeds": len(feed_ids)}})

    def _judge(self, cycle: CycleState) -> list[Outcome]:
        down = cycle.network_down
        held = cycle.drain_held()
        return [verdicts.uncounted(o, self.clock(), self.rng) for o in held] if down else held

    def _flush(
        self,
        outcomes: list[Outcome],
        *,
        owner: str,
        summary: PollSummary,
        on_outcome: Callable[[Outcome], None] | None,
    ) -> None:
        if not outcomes:
            return
        if len(outcomes) == 1:
            self._finish(outcomes[0], owner, summary, on_outcome)
            return
        try:
            self.store.append_batch([r for o in outcomes for r in o.requests])
            lost = self.states.save_polls([(o.feed, o.docs) for o in outcomes], owner)
            for o in outcomes:
                if o.block_until is not None:
                    self.states.block_host(o.feed.host, o.block_until)
        except TrackerError:
            # One bad outcome must not sink the others: commit them one by one.
            for o in outcomes:
                self._finish(o, owner, summary, on_outcome)
            return
        for o in outcomes:
            if o.feed.feed_id in lost:
                log.warning("feed.lease_lost", extra={"fields": {"feed": o.feed.name}})
            summary.add(o)
            log_outcome(o)
            if on_outcome is not None:
                on_outcome(o)

    def _finish(
        self,
        outcome: Outcome,
        owner: str,
        summary: PollSummary,
        on_outcome: Callable[[Outcome], None] | None,
    ) -> None:
        try:
            self.commit(outcome, owner)
        except TrackerError as exc:
            log.error(
                "feed.commit_failed",
                extra={"fields": {"feed": outcome.feed.name, "error": str(exc)}},
            )
            self.states.release([outcome.feed.feed_id], owner)
            outcome = dataclasses.replace(
                outcome, status="failed", error_kind="store", message=str(exc), new=0, revised=0
            )
        summary.add(outcome)
        log_outcome(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    def _guarded(self, feed: FeedRecord, oneshot: bool) -> Outcome | None:
        if self.stop_event.is_set():
            return None
        with self._lock:
            blocked = self._blocked.get(feed.host)
            sem = self._host_locks.setdefault(feed.host, threading.Semaphore(self.per_host))
        now = self.clock()
        if blocked is not None and blocked > now:
            return Outcome(dataclasses.replace(feed, next_poll_at=blocked), "deferred")
        with sem:
            if self.stop_event.is_set():
                return None
            try:
                outcome = self.poll_one(feed, oneshot=oneshot)
            except _StoppedError:
                return None  # as a feed not begun: its lease is given back, nothing written
            except Exception as exc:  # the daemon keeps going whatever one feed does
                log.exception("feed.internal_error", extra={"fields": {"feed": feed.name}})
                outcome = verdicts.failed(
                    feed, self.clock(), "internal", f"{type(exc).__name__}: {exc}", self.rng
                )
        if outcome.block_until is not None:
            with self._lock:
                self._blocked[feed.host] = outcome.block_until
        return outcome

    def commit(self, outcome: Outcome, owner: str | None) -> None:
        """Append the outcome's events in one batch, then save the feed and documents."""
        if outcome.requests:
            self.store.append_batch(outcome.requests)
        if not self.states.save_poll(outcome.feed, outcome.docs, owner):
            log.warning("feed.lease_lost", extra={"fields": {"feed": outcome.feed.name}})
        if outcome.block_until is not None:
            self.states.block_host(outcome.feed.host, outcome.block_until)

    # -- one feed ---------------------------------------------------------------------

    def poll_one(self, feed: FeedRecord, *, oneshot: bool = False) -> Outcome:
        """Fetch, parse and decide one feed. No database writes (reads doc states).

        A poll that came to nothing (failed, gone, merged) has no fetch result to carry
        its duration: it is measured here, fetch and parse together, so that a failure's
        log line says how long the feed kept the poller (it said 0.0)."""
        started = time.monotonic()
        outcome = self._poll_one(feed, oneshot=oneshot)
        if outcome.status in ("failed", "gone", "merged"):
            elapsed_ms = (time.monotonic() - started) * 1000
            outcome = dataclasses.replace(outcome, duration_ms=elapsed_ms)
        return outcome

    def _poll_one(self, feed: FeedRecord, *, oneshot: bool) -> Outcome:
        now = self.clock()
        twin = self._twin_after_move(feed)
        if twin is not None:
            return verdicts.merged(feed, now, twin)
        try:
            result = self.fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        except FetchFailedError as exc:
            if exc.kind == "gone":
                return verdicts.gone(feed, now, exc)
            return verdicts.failed(
                feed,
                now,
                exc.kind,
                str(exc).split(": ", 1)[-1],
                self.rng,
                status=exc.status,
                retry_after_s=exc.retry_after_s,
            )
        moved: list[Event] = []
        if result.moved_to and result.moved_to != feed.url:
            twin = self._subscribed_elsewhere(feed, result.moved_to)
            if twin is not None:
                return verdicts.merged(
                    feed, now, twin, moved_to=result.moved_to, status=result.status
                )
            moved.append(FeedMoved(feed_id=feed.feed_id, old_url=feed.url, new_url=result.moved_to))
            aliases = tuple(dict.fromkeys((*feed.aliases, feed.url)))
            feed = dataclasses.replace(
                feed, url=result.moved_to, aliases=aliases, host=host_of(result.moved_to)
            )
        if result.status == 304:
            return verdicts.not_modified(
                feed, now, result, moved, oneshot, self._read_as_page(feed, oneshot)
            )
        body = result.body or b""
        sha = hashlib.sha256(body).hexdigest()
        if sha == feed.body_sha256:
            return verdicts.unchanged(
                feed, now, result, sha, moved, oneshot, self._read_as_page(feed, oneshot)
            )
        try:
            parsed = self.parsers.parse(
                ParseJob(
                    result.final_url,
                    body,
                    result.content_type,
                    feed.language,
                    now,
                    pages=oneshot or feed.state == "oneshot",
                )
            )
        except ParseError as exc:
            if isinstance(exc, ParserDiedError) and self.stop_event.is_set():
                raise _StoppedError from exc
            kind = (
                "parse_timeout"
                if isinstance(exc, ParseTimeoutError)
                else "encoding"
                if isinstance(exc, FeedEncodingError)
                else "error_page"
                if isinstance(exc, ErrorPageError)
                else "parse"
            )
            return verdicts.failed(
                feed,
                now,
                kind,
                str(exc).split(": ", 1)[-1],
                self.rng,
                status=result.status,
                extra=moved,
            )
        meta = verdicts.meta()
        decision = decide(
            feed_id=feed.feed_id,
            tier=feed.tier,
            policy=feed.identity_policy,
            entries=parsed.entries,
            known=self.states.doc_states(feed.feed_id),
            now=now,
            metadata=meta,
            storm_cap=self.storm_cap,
        )
        return verdicts.polled(feed, now, result, sha, parsed, decision, moved, oneshot, meta)

    def _twin_after_move(self, feed: FeedRecord) -> FeedRecord | None:
        """Two that moved to one address in one cycle (each saw no other there when it
        moved): one gives way on its next poll. Only a feed that has moved (it has an old
        address) can share its address ('feeds add' refuses a duplicate, and a later move
        onto it gives way at once), and once it was found alone at its address no twin can
        come: the query is paid once per address in this process, not on every poll."""
        if not feed.aliases or self._settled.get(feed.feed_id) == feed.url:
            return None
        twin = self._subscribed_elsewhere(feed, feed.url)
        if twin is None and feed.state == "active":
            with self._lock:
                self._settled[feed.feed_id] = feed.url
        return twin

    def _subscribed_elsewhere(self, feed: FeedRecord, url: str) -> FeedRecord | None:
        """Another active subscription at ``url`` (its address, else an old one), for a
        subscription, not a one-shot ingest. Several at one address: the one first by feed
        id, so that of two which moved there together, exactly one gives way."""
        if feed.state != "active":
            return None
        twin = self.states.find_feed(url)
        if twin is None or twin.feed_id == feed.feed_id or twin.state != "active":
            return None
        return twin

    def _read_as_page(self, feed: FeedRecord, oneshot: bool) -> bool:
        """Whether a one-shot URL whose body is not parsed again (unchanged, 304) served an
        article page the first time: a page is stored as one document identified by the
        page's own URL. Without this a page read twice counted as a feed the second time."""
        if not (oneshot or feed.state == "oneshot"):
            return False
        docs = self.states.doc_states(feed.feed_id)
        return len(docs) == 1 and docs[0].guid in (feed.url, *feed.aliases)
