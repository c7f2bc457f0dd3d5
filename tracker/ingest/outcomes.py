"""What one poll decided, before and after it is written: outcomes, run summaries.

Plain data and its bookkeeping, apart from the poller that produces it (``poll.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from tracker.domain.events import AppendRequest
from tracker.ingest.fetch import TRANSPORT_KINDS
from tracker.ingest.limits import CutDocument
from tracker.ports import DocState, FeedRecord

log = logging.getLogger("tracker.poll")


@dataclass
class Outcome:
    """Everything one poll of one feed decided, not yet written."""

    feed: FeedRecord
    status: str  # polled | unchanged | not_modified | failed | gone | merged | deferred
    requests: list[AppendRequest] = field(default_factory=list)
    docs: list[DocState] = field(default_factory=list)
    new: int = 0
    revised: int = 0
    entries: int = 0
    http_status: int | None = None
    error_kind: str | None = None
    message: str = ""
    retry_after_s: float | None = None
    block_until: datetime | None = None
    duration_ms: float = 0.0
    undated: list[str] = field(default_factory=list)  # unusable date strings of new entries
    dateless: list[str] = field(default_factory=list)  # titles of new entries with no date
    page: bool = False  # the URL served an article page, not a feed

    @property
    def transport(self) -> bool:
        return self.error_kind in TRANSPORT_KINDS


@dataclass
class PollSummary:
    """Counts over a poll or ingest run (the CLI's one-line summary)."""

    feeds: int = 0
    articles: int = 0  # article files and pages read by ``ingest`` (counted apart from feeds)
    unread: int = 0  # article files ``ingest`` could not read or refused (each a failure)
    new_documents: int = 0
    revisions: int = 0
    failures: int = 0
    unchanged: int = 0
    gone: int = 0
    deferred: int = 0
    undated: int = 0  # new entries dated when first seen: no date, or none tracker can use
    errors: list[str] = field(default_factory=list)
    news: list[str] = field(default_factory=list)  # not failures: merged, gone, undated
    cut: list[CutDocument] = field(default_factory=list)  # documents the extractor read in part

    @property
    def notices(self) -> tuple[str, ...]:
        """Every notice as the user reads it, one ``label: text`` line each: the run's
        news, then a ``cut:`` line for each document read in part."""
        return (*self.news, *(c.notice for c in self.cut))

    def add(self, outcome: Outcome) -> None:
        # an article file has no feed of its own; a URL that served a page read one article
        article = outcome.feed.feed_id == "" or outcome.page
        # a file that is not there (or not readable, or refused) was counted as read:
        # '1 article read, 0 new documents, 0 revisions, 1 failure' for nothing read
        self.articles += article and outcome.status != "failed"
        self.unread += article and outcome.status == "failed"
        self.feeds += outcome.status != "deferred" and not article
        self.new_documents += outcome.new
        self.revisions += outcome.revised
        self.unchanged += outcome.status in ("unchanged", "not_modified")
        if outcome.status == "gone":
            self._gone(outcome.feed)
        if outcome.status == "merged":  # news, not a failure: the twin polls on
            self.news.append(outcome.message)
        self.undated += len(outcome.undated) + len(outcome.dateless)
        if outcome.dateless:  # a feed that dates none of its entries, or forgot one
            self._name_undated(outcome.feed, outcome.dateless, "with no date")
        if outcome.undated:  # else an old article reads as today's, "next year" from today
            self._name_undated(
                outcome.feed,
                outcome.undated,
                "with a date tracker cannot use",
                "unreadable, before 1990 or in the future",
            )
        self.deferred += outcome.status == "deferred"
        if outcome.status == "failed":
            self.failures += 1
            # a one-shot ingest's feed has a made-up name ("127.0.0.1-feed.xml~3f5439"); the
            # user typed its URL, so that is how the reason names it
            feed = outcome.feed
            if article:  # "note.txt: its date line ... cannot be read", the file named once
                reason = outcome.message.removeprefix(f"{feed.url}: ")
                self.errors.append(f"{feed.name}: {reason}")
                return
            where = feed.url if feed.state == "oneshot" else feed.name
            self.errors.append(f"{where}: {outcome.error_kind}: {outcome.message}")

    def _gone(self, feed: FeedRecord) -> None:
        """HTTP 410: a URL the user typed once is a failure of that ingest; a subscription
        that says so is never polled again, which the user must hear about, not find out
        from a feed that stays silent (it was counted as polled, with no failure)."""
        if feed.state == "oneshot":
            self.failures += 1
            self.errors.append(f"{feed.url}: gone: HTTP 410 Gone: the server says it was removed")
            return
        self.gone += 1
        self.news.append(
            f"gone: {feed.name}: HTTP 410 Gone: the server says the feed was removed for good; "
            f"it will not be polled again ('tracker feeds remove {feed.name}' drops it)"
        )

    def _name_undated(self, feed: FeedRecord, shown: list[str], what: str, why: str = "") -> None:
        """New entries dated when first seen are named, never dated in silence: one
        ``undated:`` line with how many, the first one shown, and why."""
        where = feed.url if feed.state == "oneshot" else feed.name
        more = f" and {len(shown) - 1} more" if len(shown) > 1 else ""
        entries = "entry" if len(shown) == 1 else "entries"
        reason = f": {why}" if why else ""
        self.news.append(
            f"undated: {where}: {len(shown)} new {entries} {what} ({shown[0]!r}{more}{reason});"
            " dated when first seen"
        )

    def merge(self, other: PollSummary) -> None:
        for f in (
            "feeds",
            "articles",
            "unread",
            "new_documents",
            "revisions",
            "failures",
            "unchanged",
            "gone",
            "deferred",
            "undated",
        ):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.errors.extend(other.errors)
        self.news.extend(other.news)
        self.cut.extend(other.cut)

    def line(self) -> str:
        read = [f"{self.feeds} feed{'s' * (self.feeds != 1)} polled"] if self.feeds else []
        if self.articles or self.unread:
            read.append(f"{self.articles} article{'s' * (self.articles != 1)} read")
        if not read:  # a poll with nothing due read no feed, let alone an article
            deferred = f" ({self.deferred} deferred)" if self.deferred else ""
            read.append(f"no feed due{deferred}")
        return (
            ", ".join(read) + ", "
            f"{self.new_documents} new document{'s' * (self.new_documents != 1)}, "
            f"{self.revisions} revision{'s' * (self.revisions != 1)}, "
            f"{self.failures} failure{'s' * (self.failures != 1)}"
            + (f", {self.gone} gone" if self.gone else "")
            + (f", {self.undated} undated" if self.undated else "")
        )


@dataclass
class CycleState:
    """What a cycle has collected and not committed yet."""

    pending: list[Outcome] = field(default_factory=list)
    held: list[Outcome] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed_hosts: set[str] = field(default_factory=set)
    answered: bool = False

    def take(self, feed: FeedRecord, outcome: Outcome | None) -> None:
        if outcome is None:
            self.skipped.append(feed.feed_id)
        elif outcome.transport and not self.answered:
            self.failed_hosts.add(outcome.feed.host)
            self.held.append(outcome)
        else:
            self.answered = self.answered or (
                outcome.feed.host != "local" and not outcome.transport
            )
            self.pending.append(outcome)

    @property
    def network_down(self) -> bool:
        """Every host of the cycle so far failed at the transport level (two at least)."""
        return bool(self.held) and not self.answered and len(self.failed_hosts) >= 2

    def drain_pending(self) -> list[Outcome]:
        out, self.pending = self.pending, []
        return out

    def drain_held(self) -> list[Outcome]:
        out, self.held = self.held, []
        return out


def log_outcome(outcome: Outcome) -> None:
    fields = {
        "feed": outcome.feed.name,
        "status": outcome.status,
        "http_status": outcome.http_status,
        "new": outcome.new,
        "revised": outcome.revised,
        "entries": outcome.entries,
        "duration_ms": round(outcome.duration_ms, 1),
    }
    undated = len(outcome.undated) + len(outcome.dateless)
    if undated:  # the daemon's user hears of them here, as poll's on stderr
        fields.update(undated=undated)
        if outcome.dateless:
            fields.update(no_date=len(outcome.dateless), no_date_example=outcome.dateless[0])
        if outcome.undated:
            fields.update(undated_example=outcome.undated[0])
    if outcome.status == "failed":
        fields.update(
            error_kind=outcome.error_kind,
            message=outcome.message,
            next_poll_at=outcome.feed.next_poll_at.isoformat(),
        )
        log.warning("feed.failed", extra={"fields": fields})
    elif outcome.status == "gone":
        # the feed stops for good: an operator who watches warnings must see it (it was
        # an info line among the thousands of routine polls)
        fields.update(message="HTTP 410 Gone: never polled again; 'tracker feeds remove' it")
        log.warning("feed.gone", extra={"fields": fields})
    elif outcome.status == "merged":  # it stops for good too, though by design
        fields.update(message=outcome.message)
        log.warning("feed.merged", extra={"fields": fields})
    else:
        log.info(f"feed.{outcome.status}", extra={"fields": fields})
