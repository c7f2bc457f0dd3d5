"""Which entries are new, which are revised, which are unchanged: pure decisions.

Identity policy per feed: an entry is known by its guid, then its link, then a hash of
its title and text. A feed that repeats a guid for different entries is downgraded to
links; one that repeats links too, to content hashes. The downgrade sticks.

Continuity beyond the key: an entry whose guid changed but whose link (or whole
content) matches a known document that is no longer in the feed under its old key is
that document, not a new one (the duplicate readers complain about most).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tracker.domain.catalog import DocumentObserved, DocumentRevised
from tracker.domain.events import AppendRequest, EventMetadata, NewEvent
from tracker.ingest.parse import ParsedEntry
from tracker.ingest.text import short_id
from tracker.ports import DocState

POLICIES = ("guid", "link", "hash")
STORM_WINDOW = timedelta(hours=24)
DEFAULT_STORM_CAP = 5
"""At most this many revisions of one document are recorded per 24 hours; the rest are
skipped (the latest text is picked up once the window has passed)."""


@dataclass
class Decision:
    """What one parsed feed means for its documents."""

    requests: list[AppendRequest] = field(default_factory=list)
    states: list[DocState] = field(default_factory=list)
    policy: str = "guid"
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    storm_skipped: int = 0
    dates: list[datetime] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    """The date strings of new entries that could not be used (unreadable, before 1990
    or in the future): those entries are dated when first seen."""
    dateless: list[str] = field(default_factory=list)
    """The titles (else ids) of new entries that carry no date at all: dated when first
    seen too."""


def choose_policy(current: str, entries: Sequence[ParsedEntry]) -> str:
    """Downgrade (never upgrade) the policy when keys repeat for different entries."""
    policy = current if current in POLICIES else "guid"
    if policy == "guid" and _repeats([(e.guid, e.content_hash) for e in entries if e.guid]):
        policy = "link"
    if policy == "link" and _repeats([(e.link, e.content_hash) for e in entries if e.link]):
        policy = "hash"
    return policy


def _repeats(pairs: list[tuple[str, str]]) -> bool:
    """True when one key names two different contents (an exact duplicate is fine)."""
    counts = Counter(key for key, _ in set(pairs))
    return any(n > 1 for n in counts.values())


def entry_key(policy: str, entry: ParsedEntry) -> str:
    """The entry's identity under a policy, falling down the chain for missing parts."""
    if policy == "guid" and entry.guid:
        return "g:" + entry.guid
    if policy in ("guid", "link") and entry.link:
        return "l:" + entry.link
    return "h:" + entry.content_hash


def document_id(feed_id: str, key: str) -> str:
    return short_id("doc", feed_id, key)


def decide(
    *,
    feed_id: str,
    tier: str,
    policy: str,
    entries: Sequence[ParsedEntry],
    known: Sequence[DocState],
    now: datetime,
    metadata: EventMetadata,
    storm_cap: int = DEFAULT_STORM_CAP,
) -> Decision:
    """Turn a feed's current entries and the known documents into events and states."""
    policy = choose_policy(policy, entries)
    out = Decision(policy=policy)
    by_key = {s.entry_key: s for s in known}
    links = Counter(e.link for e in entries if e.link)
    by_link = {s.link: s for s in known if s.link}
    by_hash = {s.content_hash: s for s in known}
    current_keys = {entry_key(policy, e) for e in entries}
    matched: set[str] = set()
    for entry in entries:
        key = entry_key(policy, entry)
        state = by_key.get(key)
        if state is None:
            state = _continuity(entry, links, by_link, by_hash, current_keys, matched)
        if state is not None and state.document_id in matched:
            continue  # the same entry twice in one feed
        if entry.published is not None:
            out.dates.append(entry.published)
        if state is None:
            state = _observe(out, feed_id, tier, key, entry, now, metadata)
        else:
            state = _compare(out, state, key, entry, now, metadata, storm_cap)
        matched.add(state.document_id)
        by_key[key] = state
    present_ids = matched
    for state in known:
        if state.present and state.document_id not in present_ids:
            out.states.append(dataclasses.replace(state, present=False, last_seen_at=now))
    return out


def _continuity(
    entry: ParsedEntry,
    links: Counter[str],
    by_link: dict[str, DocState],
    by_hash: dict[str, DocState],
    current_keys: set[str],
    matched: set[str],
) -> DocState | None:
    """A known document this entry continues although its key is new (a guid change)."""
    candidates = []
    if entry.link and links[entry.link] == 1:
        candidates.append(by_link.get(entry.link))
    candidates.append(by_hash.get(entry.content_hash))
    for state in candidates:
        if (
            state is not None
            and state.entry_key not in current_keys
            and state.document_id not in matched
        ):
            return state
    return None


def _observe(
    out: Decision,
    feed_id: str,
    tier: str,
    key: str,
    entry: ParsedEntry,
    now: datetime,
    metadata: EventMetadata,
) -> DocState:
    doc_id = document_id(feed_id, key)
    if entry.published is None and entry.published_raw is not None:
        out.undated.append(entry.published_raw)
    elif entry.published is None:
        out.dateless.append(entry.title or entry.guid or entry.link or key)
    event = DocumentObserved(
        document_id=doc_id,
        feed_id=feed_id,
        entry_id=entry.guid or entry.link,
        url=entry.link,
        title=entry.title,
        text=entry.text,
        html=entry.html,
        language=entry.language,
        published=entry.published,
        updated=entry.updated,
        published_raw=entry.published_raw,
        date_source=entry.date_source,
        content_hash=entry.content_hash,
        tier=tier,
    )
    out.requests.append(_request(doc_id, event, f"doc:{doc_id}:{entry.content_hash}", metadata))
    out.new += 1
    state = DocState(
        document_id=doc_id,
        feed_id=feed_id,
        entry_key=key,
        guid=entry.guid,
        link=entry.link,
        content_hash=entry.content_hash,
        last_seen_at=now,
    )
    out.states.append(state)
    return state


def _compare(
    out: Decision,
    state: DocState,
    key: str,
    entry: ParsedEntry,
    now: datetime,
    metadata: EventMetadata,
    storm_cap: int,
) -> DocState:
    moved = state.entry_key != key or state.link != entry.link or state.guid != entry.guid
    if state.content_hash == entry.content_hash:
        out.unchanged += 1
        if moved or not state.present:
            state = dataclasses.replace(
                state,
                entry_key=key,
                guid=entry.guid,
                link=entry.link,
                present=True,
                last_seen_at=now,
            )
            out.states.append(state)
        return state
    window_open = state.storm_start is not None and now - state.storm_start < STORM_WINDOW
    count = state.storm_count if window_open else 0
    if count >= storm_cap:
        out.storm_skipped += 1
        if not state.present:
            state = dataclasses.replace(state, present=True, last_seen_at=now)
            out.states.append(state)
        return state
    revision = state.revision + 1
    updated, updated_raw = revision_date(entry)
    event, idem = next_revision(
        state,
        title=entry.title,
        text=entry.text,
        html=entry.html,
        updated=updated,
        updated_raw=updated_raw,
        content_hash=entry.content_hash,
    )
    out.requests.append(_request(state.document_id, event, idem, metadata))
    out.revised += 1
    state = dataclasses.replace(
        state,
        entry_key=key,
        guid=entry.guid,
        link=entry.link,
        content_hash=entry.content_hash,
        revision=revision,
        present=True,
        last_seen_at=now,
        storm_start=state.storm_start if window_open else now,
        storm_count=count + 1,
    )
    out.states.append(state)
    return state


def revision_date(entry: ParsedEntry) -> tuple[datetime | None, str | None]:
    """When a changed entry says its new text was published: the later of its update date
    and its publication date. An RSS correction carries no ``<updated>``, only a new
    ``<pubDate>``; reading ``updated`` alone dated the corrected text's claims at the
    old date (``valid``) and the time the tracker saw it (``reported_at``). An unchanged
    or older date is no news: the fold then treats the revision as a silent edit."""
    dated = [
        (d, raw)
        for d, raw in ((entry.updated, entry.updated_raw), (entry.published, entry.published_raw))
        if d is not None
    ]
    if not dated:
        return None, None
    return max(dated, key=lambda pair: pair[0])


def next_revision(
    state: DocState,
    *,
    title: str,
    text: str,
    html: str | None,
    updated: datetime | None,
    updated_raw: str | None,
    content_hash: str,
) -> tuple[DocumentRevised, str]:
    """The ``DocumentRevised`` that follows ``state``, and its idempotency key (one
    revision per document, number and content, however often it is ingested)."""
    revision = state.revision + 1
    event = DocumentRevised(
        document_id=state.document_id,
        revision=revision,
        title=title,
        text=text,
        html=html,
        updated=updated,
        updated_raw=updated_raw,
        content_hash=content_hash,
        previous_hash=state.content_hash,
    )
    return event, f"doc:{state.document_id}:r{revision}:{content_hash}"


def _request(
    doc_id: str, event: DocumentObserved | DocumentRevised, key: str, metadata: EventMetadata
) -> AppendRequest:
    return AppendRequest(f"doc-{doc_id}", (NewEvent(event, key, metadata),))
