"""Feed scheduling state, leases and document states, on the shared MetaData (issue 3).

These rows are the poller's working memory, not the truth (the log is): validators,
the next due time, the lease, and per document the last content hash. Several daemons
on one PostgreSQL database share them: due feeds are leased with
``SELECT ... FOR UPDATE SKIP LOCKED`` inside an ``UPDATE``, so no feed goes to two
daemons at once, and a lease that is not ended by its owner expires at ``lease_until``.
SQLite admits one writer at a time, so the same statements serialize there.

Feed states: ``active`` (scheduled), ``gone`` (410), ``oneshot`` (seen by ``ingest``
only) and ``removed`` (unsubscribed; the row and its document states stay, so the same
URL subscribed again continues its documents).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Index,
    Integer,
    Row,
    String,
    Table,
    Text,
    bindparam,
    delete,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from tracker.errors import FeedExistsError
from tracker.ports import DocState, FeedRecord
from tracker.store.engine import WRITE
from tracker.store.schema import UTCDateTime, events, metadata

feeds = Table(
    "feeds",
    metadata,
    Column("feed_id", String(32), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("url", String(2048), nullable=False),
    Column("aliases", Text, nullable=False, server_default="[]"),
    Column("host", String(255), nullable=False, server_default=""),
    Column("interval_s", Integer, nullable=False),
    Column("adaptive", Boolean, nullable=False),
    Column("tier", String(20), nullable=False),
    Column("language", String(16), nullable=True),
    Column("state", String(16), nullable=False),
    Column("etag", Text, nullable=True),
    Column("last_modified", String(100), nullable=True),
    Column("body_sha256", String(64), nullable=True),
    Column("next_poll_at", UTCDateTime, nullable=False),
    Column("last_polled_at", UTCDateTime, nullable=True),
    Column("consecutive_failures", Integer, nullable=False, server_default="0"),
    Column("min_interval_s", Integer, nullable=False, server_default="0"),
    Column("effective_interval_s", Integer, nullable=False),
    Column("identity_policy", String(8), nullable=False, server_default="guid"),
    Column("lease_owner", String(100), nullable=True),
    Column("lease_until", UTCDateTime, nullable=True),
    Index("ux_feeds_name", "name", unique=True),
    Index("ix_feeds_url", "url"),
    Index("ix_feeds_due", "state", "next_poll_at"),
)
"""One row per feed the poller knows (subscribed, gone, or seen once by ``ingest``)."""

feed_documents = Table(
    "feed_documents",
    metadata,
    Column("document_id", String(32), primary_key=True),
    Column("feed_id", String(32), nullable=True),
    Column("entry_key", Text, nullable=False),
    Column("guid", Text, nullable=True),
    Column("link", Text, nullable=True),
    Column("content_hash", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("present", Boolean, nullable=False),
    Column("last_seen_at", UTCDateTime, nullable=True),
    Column("storm_start", UTCDateTime, nullable=True),
    Column("storm_count", Integer, nullable=False, server_default="0"),
    Index("ix_feed_documents_feed_id", "feed_id"),
    Index("ix_feed_documents_content_hash", "content_hash"),
)
"""Per document: the last content hash and whether its entry is still in the feed."""

feed_hosts = Table(
    "feed_hosts",
    metadata,
    Column("host", String(255), primary_key=True),
    Column("blocked_until", UTCDateTime, nullable=False),
)
"""Hosts that asked us (429/503 with Retry-After) to wait: no feed of theirs is leased."""

_IN_CHUNK = 500


class SqlFeedStateStore:
    """:class:`tracker.ports.FeedStateStore` on SQLAlchemy Core (SQLite, PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- feeds ------------------------------------------------------------------------

    def add_feed(
        self, feed: FeedRecord, holder: str | None = None, until: datetime | None = None
    ) -> None:
        """Insert a new feed's row, leased to ``holder`` until ``until`` when given.

        Raises:
            FeedExistsError: a row already holds its id (URL) or its name: another process
                subscribed it first. The database's keys decide, so of several processes
                adding one feed or one name at once exactly one gets it.
        """
        row = _feed_row(feed) | {"lease_owner": holder, "lease_until": until}
        try:
            with self._write() as conn:
                conn.execute(feeds.insert().values(**row))
        except sa_exc.IntegrityError as exc:
            raise FeedExistsError(feed.url, "its URL or name was just subscribed") from exc

    def drop_feed(self, feed_id: str) -> None:
        """Delete a feed's row: a new subscription whose ``FeedSubscribed`` was not written."""
        with self._write() as conn:
            conn.execute(delete(feeds).where(feeds.c.feed_id == feed_id))

    def get_feed(self, feed_id: str) -> FeedRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(feeds).where(feeds.c.feed_id == feed_id)).one_or_none()
        return None if row is None else _feed(row)

    def find_feed(self, name_or_url: str) -> FeedRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(feeds)
                .where(or_(feeds.c.name == name_or_url, feeds.c.url == name_or_url))
                .order_by(feeds.c.state, feeds.c.feed_id)  # active first, then stable
                .limit(1)
            ).one_or_none()
            if row is not None:
                return _feed(row)
            # An old URL: aliases are a short JSON list, matched in Python.
            needle = json.dumps(name_or_url)
            for candidate in conn.execute(
                select(feeds).where(feeds.c.aliases.contains(needle, autoescape=True))
            ):
                if name_or_url in json.loads(candidate.aliases):
                    return _feed(candidate)
        return None

    def list_feeds(self, states: Sequence[str] = ("active", "gone")) -> list[FeedRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(feeds).where(feeds.c.state.in_(list(states))).order_by(feeds.c.name)
            )
            return [_feed(r) for r in rows]

    # -- leases -----------------------------------------------------------------------

    def lease_due(self, owner: str, now: datetime, limit: int, lease_s: float) -> list[FeedRecord]:
        blocked = select(feed_hosts.c.host).where(feed_hosts.c.blocked_until > now)
        f = feeds.alias("due")  # not correlated with the outer UPDATE's table
        due = (
            select(f.c.feed_id)
            .where(
                f.c.state == "active",
                f.c.next_poll_at <= now,
                or_(f.c.lease_until.is_(None), f.c.lease_until < now),
                ~f.c.host.in_(blocked),
            )
            .order_by(f.c.next_poll_at, f.c.feed_id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return self._take(due, owner, now, lease_s)

    def lease(
        self, feed_ids: Sequence[str], owner: str, now: datetime, lease_s: float
    ) -> list[FeedRecord]:
        f = feeds.alias("chosen")
        chosen = (
            select(f.c.feed_id)
            .where(
                f.c.feed_id.in_(list(feed_ids)),
                or_(f.c.lease_until.is_(None), f.c.lease_until < now),
            )
            .with_for_update(skip_locked=True)
        )
        return self._take(chosen, owner, now, lease_s)

    def _take(self, chosen: Any, owner: str, now: datetime, lease_s: float) -> list[FeedRecord]:
        until = now + timedelta(seconds=lease_s)
        stmt = (
            update(feeds)
            .where(feeds.c.feed_id.in_(chosen.scalar_subquery()))
            .values(lease_owner=owner, lease_until=until)
            .returning(*feeds.c)
        )
        with self._write() as conn:
            rows = conn.execute(stmt).all()
        return sorted((_feed(r) for r in rows), key=lambda f: (f.next_poll_at, f.feed_id))

    def release(self, feed_ids: Sequence[str], owner: str, patience_s: float | None = None) -> None:
        if not feed_ids:
            return
        with self._write() as conn:
            if patience_s is not None and conn.dialect.name == "postgresql":
                # a row still locked by an interrupted write of this very process would
                # otherwise be waited for forever (SQLite's busy timeout bounds it there)
                ms = max(1, round(patience_s * 1000))
                conn.execute(text(f"SET LOCAL lock_timeout = '{ms}ms'"))
            for chunk in _chunks(list(feed_ids)):
                conn.execute(
                    update(feeds)
                    .where(feeds.c.feed_id.in_(chunk), feeds.c.lease_owner == owner)
                    .values(lease_owner=None, lease_until=None)
                )

    def save_poll(self, feed: FeedRecord, docs: Sequence[DocState], owner: str | None) -> bool:
        with self._write() as conn:
            if not _save_feed(conn, feed, owner):
                conn.rollback()
                return False
            _upsert_docs(conn, docs)
        return True

    def save_polls(
        self, items: Sequence[tuple[FeedRecord, Sequence[DocState]]], owner: str
    ) -> set[str]:
        ids = [feed.feed_id for feed, _ in items]
        with self._write() as conn:
            held: set[str] = set()
            for chunk in _chunks(ids):
                held.update(
                    conn.execute(
                        select(feeds.c.feed_id)
                        .where(feeds.c.feed_id.in_(chunk), feeds.c.lease_owner == owner)
                        .with_for_update()  # PostgreSQL: no one takes them until commit
                    ).scalars()
                )
            kept = [(feed, docs) for feed, docs in items if feed.feed_id in held]
            if kept:  # one executemany for the group (a statement per feed cost more)
                conn.execute(_SAVE_ANY, [_save_params(feed) for feed, _ in kept])
            _upsert_docs(conn, [d for _, docs in kept for d in docs])
        return set(ids) - held

    def block_host(self, host: str, until: datetime) -> None:
        with self._write() as conn:
            current = conn.execute(
                select(feed_hosts.c.blocked_until).where(feed_hosts.c.host == host)
            ).scalar()
            if current is None:
                conn.execute(feed_hosts.insert().values(host=host, blocked_until=until))
            elif current < until:
                conn.execute(
                    update(feed_hosts).where(feed_hosts.c.host == host).values(blocked_until=until)
                )

    # -- documents --------------------------------------------------------------------

    def doc_states(self, feed_id: str) -> list[DocState]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(feed_documents).where(feed_documents.c.feed_id == feed_id))
            return [_doc(r) for r in rows]

    def get_doc(self, document_id: str) -> DocState | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(feed_documents).where(feed_documents.c.document_id == document_id)
            ).one_or_none()
        return None if row is None else _doc(row)

    def save_docs(self, docs: Sequence[DocState]) -> None:
        with self._write() as conn:
            _upsert_docs(conn, docs)

    def documents_with_text(self, content_hash: str) -> list[str]:
        """Documents whose current text has this hash, in the order the log first saw
        them (the position of each one's first event; a tie cannot happen, the id
        breaks it anyway). One index lookup, plus one per document found."""
        first = (
            select(events.c.position)
            .where(
                events.c.stream_id == literal("doc-") + feed_documents.c.document_id,
                events.c.stream_version == 1,
            )
            .scalar_subquery()
        )
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(feed_documents.c.document_id, first).where(
                    feed_documents.c.content_hash == content_hash
                )
            ).all()
        # a row whose events never landed (a crash between the two writes) sorts last
        ordered = sorted(rows, key=lambda r: (r[1] is None, r[1] or 0, r[0]))
        return [row[0] for row in ordered]

    # -- plumbing ---------------------------------------------------------------------

    def _write(self) -> _WriteTx:
        return _WriteTx(self.engine)


class _WriteTx:
    """A write transaction (``BEGIN IMMEDIATE`` on SQLite) as a context manager."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __enter__(self) -> Connection:
        self._conn = conn = self._engine.connect()
        try:
            conn.execution_options(**WRITE)  # in place: SQLAlchemy 2 connections
            conn.begin()
        except BaseException:
            # Ctrl-C just after BEGIN IMMEDIATE: ``__exit__`` is never called when
            # ``__enter__`` raises, and the connection (kept alive by the traceback) held
            # SQLite's write lock; the interrupted poll's lease release then waited out
            # the 30 s busy timeout, failed, and left its feeds leased.
            conn.close()
            raise
        return conn

    def __exit__(self, exc_type: object, *_rest: object) -> None:
        try:
            if self._conn.in_transaction():
                if exc_type is None:
                    self._conn.commit()
                else:
                    self._conn.rollback()
        finally:
            self._conn.close()


def _save_feed(conn: Connection, feed: FeedRecord, owner: str | None) -> bool:
    """Write a feed row and end its lease, only while ``owner`` still holds it."""
    params = _save_params(feed)
    if owner is None:
        return bool(conn.execute(_SAVE_ANY, params).rowcount)
    params["b_owner"] = owner
    return bool(conn.execute(_SAVE_OWNED, params).rowcount)


def _save_params(feed: FeedRecord) -> dict[str, Any]:
    params = _feed_row(feed)
    params["b_id"] = params.pop("feed_id")
    params.update(lease_owner=None, lease_until=None)
    return params


# Built once: a fresh UPDATE with twenty literal values per feed cost more than the I/O.
_SAVE_ANY = (
    update(feeds)
    .where(feeds.c.feed_id == bindparam("b_id"))
    .values({c.name: bindparam(c.name) for c in feeds.c if c.name != "feed_id"})
)
_SAVE_OWNED = _SAVE_ANY.where(feeds.c.lease_owner == bindparam("b_owner"))


def _upsert_docs(conn: Connection, docs: Sequence[DocState]) -> None:
    """Insert or update document states in one statement (``ON CONFLICT DO UPDATE``,
    which SQLite and PostgreSQL both have): no read of the existing ids first."""
    if not docs:
        return
    rows = list({d.document_id: _doc_row(d) for d in docs}.values())  # last state wins
    conn.execute(_UPSERT_DOCS[conn.dialect.name], rows)


def _upsert_statement(insert: Any) -> Any:
    stmt = insert(feed_documents)
    changed = {c.name: stmt.excluded[c.name] for c in feed_documents.c if c.name != "document_id"}
    return stmt.on_conflict_do_update(index_elements=["document_id"], set_=changed)


_UPSERT_DOCS = {
    "sqlite": _upsert_statement(sqlite_insert),
    "postgresql": _upsert_statement(pg_insert),
}


def _feed_row(feed: FeedRecord) -> dict[str, Any]:
    return {
        "feed_id": feed.feed_id,
        "name": feed.name,
        "url": feed.url,
        "aliases": json.dumps(list(feed.aliases), ensure_ascii=False),
        "host": feed.host,
        "interval_s": feed.interval_s,
        "adaptive": feed.adaptive,
        "tier": feed.tier,
        "language": feed.language,
        "state": feed.state,
        "etag": feed.etag,
        "last_modified": feed.last_modified,
        "body_sha256": feed.body_sha256,
        "next_poll_at": feed.next_poll_at,
        "last_polled_at": feed.last_polled_at,
        "consecutive_failures": feed.consecutive_failures,
        "min_interval_s": feed.min_interval_s,
        "effective_interval_s": feed.effective_interval_s,
        "identity_policy": feed.identity_policy,
    }


def _feed(row: Row[Any]) -> FeedRecord:
    return FeedRecord(
        feed_id=row.feed_id,
        name=row.name,
        url=row.url,
        aliases=tuple(json.loads(row.aliases or "[]")),
        host=row.host,
        interval_s=row.interval_s,
        adaptive=bool(row.adaptive),
        tier=row.tier,
        language=row.language,
        state=row.state,
        etag=row.etag,
        last_modified=row.last_modified,
        body_sha256=row.body_sha256,
        next_poll_at=row.next_poll_at,
        last_polled_at=row.last_polled_at,
        consecutive_failures=row.consecutive_failures,
        min_interval_s=row.min_interval_s,
        effective_interval_s=row.effective_interval_s,
        identity_policy=row.identity_policy,
    )


def _doc_row(doc: DocState) -> dict[str, Any]:
    return {
        "document_id": doc.document_id,
        "feed_id": doc.feed_id,
        "entry_key": doc.entry_key,
        "guid": doc.guid,
        "link": doc.link,
        "content_hash": doc.content_hash,
        "revision": doc.revision,
        "present": doc.present,
        "last_seen_at": doc.last_seen_at,
        "storm_start": doc.storm_start,
        "storm_count": doc.storm_count,
    }


def _doc(row: Row[Any]) -> DocState:
    return DocState(
        document_id=row.document_id,
        feed_id=row.feed_id,
        entry_key=row.entry_key,
        guid=row.guid,
        link=row.link,
        content_hash=row.content_hash,
        revision=row.revision,
        present=bool(row.present),
        last_seen_at=row.last_seen_at,
        storm_start=row.storm_start,
        storm_count=row.storm_count,
    )


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]
