"""Re-extraction: run the extractor over a document's latest version and append only the
difference to the log (``ClaimAsserted`` for new claims, ``ClaimWithdrawn`` for claims
no longer found).

Claim events live in the ``claims-<document id>`` stream. Idempotency keys carry the
assertion's generation (how many times the claim was asserted before), so that a claim
withdrawn and later found again is asserted anew, while running the same extraction twice
adds nothing, even from two processes at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from tracker.domain.catalog import (
    ClaimAsserted,
    ClaimWithdrawn,
    DocumentObserved,
    DocumentRevised,
)
from tracker.domain.claims import Claim
from tracker.domain.documents import Document
from tracker.domain.events import AppendRequest, EventMetadata, NewEvent, RecordedEvent
from tracker.ports import BatchExtractor, CheckpointStore, Clock, DocumentCopies, Extractor

CHECKPOINT = "extractor"
DOCUMENT_EVENTS = ("DocumentObserved", "DocumentRevised")
BATCH = 512
"""Streams read and extracted together by an extractor that takes batches."""
FALLBACK_CONFIDENCE = 0.8
"""Claims of a document without a publication date are dated by when it was recorded."""


class ClaimLog(Protocol):
    """The part of :class:`tracker.ports.EventStore` re-extraction needs."""

    def append_batch(self, requests: Sequence[AppendRequest]) -> list[list[int]]: ...

    def read_stream(self, stream_id: str, from_version: int = 1) -> list[RecordedEvent]: ...

    def read_all(
        self,
        after_position: int = 0,
        *,
        batch_size: int = 1000,
        types: Sequence[str] | None = None,
        until_position: int | None = None,
    ) -> Iterator[RecordedEvent]: ...

    def last_position(self) -> int: ...


@dataclass
class ExtractionSummary:
    """What one extraction run did."""

    documents: int = 0
    asserted: int = 0
    withdrawn: int = 0
    unchanged: int = 0
    copies: int = 0
    """Documents skipped because an earlier document holds exactly the same text."""
    document_ids: list[str] = field(default_factory=list)

    def add(self, other: ExtractionSummary) -> None:
        self.documents += other.documents
        self.asserted += other.asserted
        self.withdrawn += other.withdrawn
        self.unchanged += other.unchanged
        self.copies += other.copies
        self.document_ids.extend(other.document_ids)


@dataclass(frozen=True, slots=True)
class DocumentVersion:
    """The latest version of a document, rebuilt from its ``doc-<id>`` stream."""

    document: Document
    content_hash: str
    dated_by_recording: bool
    said_at: datetime
    """When the text we hold was first said, as far as the log can tell: the entry's date,
    or for a revision whose entry carries no newer update date (a silent edit), the time
    the tracker first saw it. Claims first found in it are reported then, so ``known_at``
    never shows a figure before anyone could have read it. The document's ``published``
    stays the date its relative times ("next year") are read against."""
    earlier_hashes: tuple[str, ...] = ()
    """The hashes of the texts the document held before its latest revision."""


def document_from_events(events: Iterable[RecordedEvent]) -> DocumentVersion | None:
    """Fold a document stream into its latest version (``None`` without an observation)."""
    observed: DocumentObserved | None = None
    text = title = content_hash = ""
    published: datetime | None = None
    recorded: datetime | None = None
    silent_edit: datetime | None = None
    revision = 1
    hashes: list[str] = []
    for rec in events:
        event = rec.event
        if isinstance(event, (DocumentObserved, DocumentRevised)):
            hashes.append(event.content_hash)
        if isinstance(event, DocumentObserved):
            observed = event
            text, title, content_hash = event.text, event.title, event.content_hash
            # The text we hold is the entry as of its last update: that is when it was said.
            # (Later than the truth at worst, which keeps known_at answers conservative.)
            published = max(filter(None, (event.published, event.updated)), default=None)
            recorded, revision, silent_edit = rec.recorded_at, 1, None
        elif isinstance(event, DocumentRevised) and observed is not None:
            text, title, content_hash = event.text, event.title or title, event.content_hash
            if event.updated is not None and (published is None or event.updated > published):
                published, silent_edit = event.updated, None
            else:
                silent_edit = rec.recorded_at
            recorded, revision = rec.recorded_at, event.revision
    if observed is None or recorded is None:
        return None
    document = Document(
        document_id=observed.document_id,
        text=text,
        published=published or recorded,
        title=title,
        language=observed.language,
        url=observed.url,
        feed=observed.feed_id,
        tier=observed.tier,
        revision=revision,
    )
    base = document.published
    said_at = base if base.tzinfo is not None else base.replace(tzinfo=UTC)
    if silent_edit is not None:
        said_at = max(said_at, silent_edit)
    earlier = tuple(dict.fromkeys(h for h in hashes if h != content_hash))
    return DocumentVersion(document, content_hash, published is None, said_at, earlier)


@dataclass
class _ClaimLog:
    active: dict[str, Claim] = field(default_factory=dict)
    generations: dict[str, int] = field(default_factory=dict)


def _claim_log(events: Iterable[RecordedEvent]) -> _ClaimLog:
    log = _ClaimLog()
    for rec in events:
        event = rec.event
        if isinstance(event, ClaimAsserted):
            log.active[event.claim.claim_id] = event.claim
            log.generations[event.claim.claim_id] = log.generations.get(event.claim.claim_id, 0) + 1
        elif isinstance(event, ClaimWithdrawn):
            log.active.pop(event.claim_id, None)
    return log


class ExtractionService:
    """Runs an extractor over documents in the log and appends the claim differences."""

    def __init__(
        self,
        store: ClaimLog,
        extractor: Extractor,
        clock: Clock,
        checkpoints: CheckpointStore | None = None,
        copies: DocumentCopies | None = None,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.clock = clock
        self.checkpoints = checkpoints
        self.copies = copies
        self._read: dict[str, DocumentVersion | None] = {}
        self._found: dict[tuple[str, str], list[Claim]] = {}
        self._copies: dict[str, list[str]] = {}

    @property
    def actor(self) -> str:
        return f"extractor:{self.extractor.name}@{self.extractor.version}"

    @property
    def version_label(self) -> str:
        """What the checkpoint records of the extractor's settings: actor, vocabulary and,
        when the text is capped, the cap (review 12 F9): claims read from a cut document
        depend on it, so a changed cap shows as a changed setting (after raising it, run
        ``tracker extract --all`` to read the cut documents whole)."""
        vocabulary = getattr(getattr(self.extractor, "vocabulary", None), "label", "")
        cap = getattr(self.extractor, "max_chars", 0)
        capped = f"|cap={cap}" if isinstance(cap, int) and cap > 0 else ""
        return f"{self.actor}|{vocabulary}{capped}"

    # -- runs ----------------------------------------------------------------------------

    def extract_pending(self) -> ExtractionSummary:
        """Documents observed or revised since the checkpoint; moves the checkpoint."""
        start = self.checkpoints.get(CHECKPOINT)[0] if self.checkpoints else 0
        head = self.store.last_position()
        streams: dict[str, None] = {}
        for rec in self.store.read_all(start, types=DOCUMENT_EVENTS, until_position=head):
            streams[rec.stream_id] = None
        summary = self.extract_streams(streams)
        if self.checkpoints is not None and head > start:
            self.checkpoints.set(CHECKPOINT, head, self.version_label)
        return summary

    def extract_all(self) -> ExtractionSummary:
        """Every document in the log (after an extractor or vocabulary change)."""
        head = self.store.last_position()
        streams = {
            rec.stream_id: None
            for rec in self.store.read_all(0, types=("DocumentObserved",), until_position=head)
        }
        summary = self.extract_streams(streams)
        if self.checkpoints is not None:
            position = max(head, self.checkpoints.get(CHECKPOINT)[0])
            self.checkpoints.set(CHECKPOINT, position, self.version_label)
        return summary

    def extract_streams(self, stream_ids: Iterable[str]) -> ExtractionSummary:
        """Extract each stream in turn. When the extractor would send a batch to worker
        processes (``pools(n)``, ``extract_many``), the documents of the next
        :data:`BATCH` streams are read and extracted together first; the differences are
        then appended stream by stream, exactly as without it."""
        summary = ExtractionSummary()
        done: set[str] = set()
        ids = list(stream_ids)
        for start in range(0, len(ids), BATCH):
            window = ids[start : start + BATCH]
            self._prefetch(window, done)
            try:
                for stream_id in window:
                    summary.add(self.extract_stream(stream_id, done))
            finally:
                self._read.clear()
                self._found.clear()
                self._copies.clear()
        return summary

    def _prefetch(self, stream_ids: Sequence[str], done: set[str]) -> None:
        """Read the documents of ``stream_ids`` and extract those that are no copy, in one
        batch; :meth:`_unextracted` and :meth:`_extract_version` then use what was found
        (the log does not move under a run, so the versions are the ones they would read)."""
        # only a batch that goes to worker processes is worth reading ahead: in one
        # process it would hold a window of texts for nothing
        if not isinstance(self.extractor, BatchExtractor) or not self.extractor.pools(
            len(stream_ids)
        ):
            return
        batch: list[DocumentVersion] = []
        for stream_id in stream_ids:
            if stream_id in done or stream_id in self._read:
                continue
            version = document_from_events(self.store.read_stream(stream_id))
            self._read[stream_id] = version
            if version is None:
                continue
            holders = self._copies[version.content_hash] = self._holders(version.content_hash)
            if _original_of(version.document.document_id, holders) is None:
                batch.append(version)
        found = self.extractor.extract_many([v.document for v in batch])
        for version, claims in zip(batch, found, strict=True):
            self._found[_found_key(version)] = claims

    def extract_stream(self, stream_id: str, done: set[str] | None = None) -> ExtractionSummary:
        """Re-extract one document stream and append what changed.

        A document whose text an earlier document holds word for word is a copy and
        yields no claims (those it held are withdrawn). When a revision moves a document
        away from a text it shared, the copies left holding that text are re-extracted:
        the first of them now speaks for it. ``done`` holds the streams this run has
        extracted already (the log does not move under a run, so once is enough)."""
        done = set() if done is None else done
        version = self._unextracted(stream_id, done)
        if version is None:
            return ExtractionSummary()
        holders = self._holders(version.content_hash)
        summary = self._extract_version(version, holders)
        for twin in self._twins(version, holders):
            twin_version = self._unextracted(f"doc-{twin}", done)
            if twin_version is not None:
                summary.add(self._extract_version(twin_version))
        return summary

    def _unextracted(self, stream_id: str, done: set[str]) -> DocumentVersion | None:
        """The document of ``stream_id`` unless this run has extracted it already."""
        if stream_id in done:
            return None
        done.add(stream_id)
        if stream_id in self._read:
            return self._read.pop(stream_id)
        return document_from_events(self.store.read_stream(stream_id))

    def _twins(self, version: DocumentVersion, holders: list[str]) -> list[str]:
        """The documents whose standing may change with this one: those holding a text it
        left (one of them speaks for it now) and, when it is the first of ``holders`` (the
        holders of its text), the later ones (a revision can make it an earlier copy)."""
        if self.copies is None:
            return []
        first = bool(holders) and holders[0] == version.document.document_id
        twins = holders[1:] if first else []
        for earlier in version.earlier_hashes:
            twins += self._holders(earlier)
        return list(dict.fromkeys(twins))

    def _holders(self, content_hash: str) -> list[str]:
        """The documents holding this text, first observed first; asked once per text in
        a window read ahead (:meth:`_prefetch` and then the stream's own extraction)."""
        if self.copies is None:
            return []
        if content_hash in self._copies:
            return self._copies[content_hash]
        return self.copies.documents_with_text(content_hash)

    def _extract_version(
        self, version: DocumentVersion, holders: list[str] | None = None
    ) -> ExtractionSummary:
        document = version.document
        if holders is None:
            holders = self._holders(version.content_hash)
        original = _original_of(document.document_id, holders)
        claims: list[Claim] = []
        if original is None:
            ready = self._found.pop(_found_key(version), None)
            claims = self.extractor.extract(document) if ready is None else ready
        if version.dated_by_recording:
            claims = [_scaled(c, FALLBACK_CONFIDENCE) for c in claims]
        claims = [
            c.model_copy(update={"reported_at": version.said_at})
            if c.reported_at < version.said_at
            else c
            for c in claims
        ]
        claims_stream = f"claims-{document.document_id}"
        log = _claim_log(self.store.read_stream(claims_stream))
        found = {c.claim_id: c for c in claims}
        events = [self._assert(c, log) for c in claims if c.claim_id not in log.active]
        events += [
            self._withdraw(old, document, version.said_at, log, original)
            for claim_id, old in log.active.items()
            if claim_id not in found and old.asserted_by.startswith("extractor:")
        ]
        if events:
            self.store.append_batch([AppendRequest(claims_stream, tuple(events))])
        asserted = sum(isinstance(e.event, ClaimAsserted) for e in events)
        return ExtractionSummary(
            documents=1,
            asserted=asserted,
            withdrawn=len(events) - asserted,
            unchanged=len(found) - asserted,
            copies=int(original is not None),
            document_ids=[document.document_id],
        )

    # -- events ----------------------------------------------------------------------------

    def _metadata(self, document_id: str | None) -> EventMetadata:
        return EventMetadata(actor=self.actor, correlation_id=document_id)

    def _assert(self, claim: Claim, log: _ClaimLog) -> NewEvent:
        generation = log.generations.get(claim.claim_id, 0)
        return NewEvent(
            ClaimAsserted(claim=claim),
            idempotency_key=f"assert:{claim.claim_id}:{generation}",
            metadata=self._metadata(claim.source.document_id),
        )

    def _withdraw(
        self,
        old: Claim,
        document: Document,
        said_at: datetime,
        log: _ClaimLog,
        original: str | None = None,
    ) -> NewEvent:
        generation = log.generations.get(old.claim_id, 1)
        if original is not None:
            reason = f"the document now holds the same text as {original}, which speaks for it"
            # its own revision made it a copy: said then; another's revision: noticed now
            reported_at = said_at if old.reported_at != said_at else self.clock()
        elif old.reported_at != said_at:
            reason = f"document revised (revision {document.revision}) no longer says it"
            reported_at = said_at
        else:
            vocabulary = getattr(getattr(self.extractor, "vocabulary", None), "label", "?")
            reason = (
                f"re-extraction by {self.actor} (vocabulary {vocabulary}) no longer finds it; "
                f"asserted by {old.asserted_by}"
            )
            reported_at = self.clock()
        event = ClaimWithdrawn(
            claim_id=old.claim_id,
            reason=reason,
            reported_at=reported_at,
            document_id=document.document_id,
            asserted_by=self.actor,
        )
        return NewEvent(
            event,
            idempotency_key=f"withdraw:{old.claim_id}:{generation}",
            metadata=self._metadata(document.document_id),
        )


def _found_key(version: DocumentVersion) -> tuple[str, str]:
    return (version.document.document_id, version.content_hash)


def _original_of(document_id: str, holders: Sequence[str]) -> str | None:
    """The earlier document holding exactly this text (``holders``, first observed first),
    if this one is a copy of it."""
    if document_id not in holders or holders[0] == document_id:
        return None
    return holders[0]


def _scaled(claim: Claim, factor: float) -> Claim:
    return claim.model_copy(update={"confidence": round(claim.confidence * factor, 3)})
