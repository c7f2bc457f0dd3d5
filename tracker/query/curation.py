"""Curation as events: a user retracts a claim, ranks it, or adds a claim of their own.

Nothing is edited in place: each act is an event on the ``claims-user`` stream with the
user as actor and a reason, so the answers change and the history shows who did it and
why. Acts are said (``reported_at``) when they are made, by the injected clock.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urlsplit

from pydantic import ValidationError

from tracker.domain.answers import ClaimView
from tracker.domain.catalog import ClaimAsserted, ClaimRanked, ClaimRetracted
from tracker.domain.claims import (
    Claim,
    Modality,
    Quantity,
    Rank,
    Source,
    TextValue,
    ValidTime,
    claim_identity,
)
from tracker.domain.events import Event, EventMetadata, NewEvent
from tracker.domain.resolution import Mark
from tracker.errors import (
    ClaimAlreadyRankedError,
    ClaimAlreadyRetractedError,
    ClaimError,
    ClaimExistsError,
    ClaimNotFoundError,
    ClaimWithdrawnError,
)
from tracker.query.service import ClaimQueries

USER_STREAM = "claims-user"
RANKS: tuple[Rank, ...] = ("preferred", "normal", "deprecated")


class Appender(Protocol):
    """The one part of :class:`tracker.ports.EventStore` curation needs."""

    def append(
        self, stream_id: str, expected_version: int | None, events: Sequence[NewEvent]
    ) -> list[int]: ...


class Curator:
    """Appends curation events after checking that they make sense."""

    def __init__(
        self,
        store: Appender,
        queries: ClaimQueries,
        clock: Callable[[], datetime],
        user: str | None = None,
    ) -> None:
        self.store = store
        self.queries = queries
        self.clock = clock
        self.user = user

    def who(self, by: str | None = None) -> str:
        """The actor name, ``user:<name>``."""
        name = by or self.user
        if not name:
            try:
                name = getpass.getuser()
            except (OSError, KeyError):
                name = "unknown"
        return name if name.startswith("user:") else f"user:{name}"

    def _existing(self, claim_id: str, act: str) -> list[ClaimView]:
        views = self.queries.find(claim_id)
        if not views:
            raise ClaimNotFoundError(f"no claim {claim_id!r}; 'tracker claims --all' lists them")
        if all(v.status == "retracted" for v in views):  # a user may have added it again
            retracted = views[-1]
            why = f"'tracker history {retracted.subject} {retracted.predicate}' says who and why"
            if act == "retract":
                raise ClaimAlreadyRetractedError(
                    f"claim {claim_id} is already retracted; nothing recorded ({why})"
                )
            raise ClaimAlreadyRetractedError(
                f"claim {claim_id} is retracted, so a rank would change nothing; nothing "
                f"recorded ({why})"
            )
        return views

    def _append(self, event: Event, actor: str, key: str | None = None) -> int:
        new = NewEvent(event, idempotency_key=key, metadata=EventMetadata(actor=actor))
        return self.store.append(USER_STREAM, None, [new])[0]

    def retract(self, claim_id: str, reason: str, by: str | None = None) -> int:
        """Say a claim is wrong; it stops counting from now (reported and recorded)."""
        _need_reason(reason)
        self._existing(claim_id, "retract")
        actor = self.who(by)
        event = ClaimRetracted(claim_id=claim_id, reason=reason, reported_at=self.clock(), by=actor)
        return self._append(event, actor)

    def rank(self, claim_id: str, rank: str, reason: str, by: str | None = None) -> int:
        """Mark a claim ``preferred`` (it wins its key), ``deprecated`` (it never wins) or
        back to ``normal``."""
        _need_reason(reason)
        if rank not in RANKS:
            raise ClaimError(f"rank must be one of {', '.join(RANKS)}, not {rank!r}")
        views = self._existing(claim_id, "rank")
        if all(v.status == "withdrawn" for v in views):
            v = views[0]
            raise ClaimWithdrawnError(
                f"claim {claim_id} is withdrawn (re-extraction no longer finds it in its"
                " document), so a rank would change nothing; nothing recorded ('tracker"
                f" history {v.subject} {v.predicate}' says when and why; 'tracker claim add'"
                " records a value as your own claim)"
            )
        if all(v.rank == rank for v in views):
            # as a second retraction is refused: a rank that changes nothing would only add
            # a row to the history that reads like a decision
            raise ClaimAlreadyRankedError(f"claim {claim_id} is already {rank}; nothing recorded")
        actor = self.who(by)
        event = ClaimRanked(
            claim_id=claim_id,
            rank=rank,
            reason=reason,
            reported_at=self.clock(),
            by=actor,
        )
        return self._append(event, actor)

    def add(
        self,
        subject: str,
        predicate: str,
        *,
        note: str,
        object: str | None = None,
        value: Quantity | TextValue | None = None,
        modality: Modality = "actual",
        valid: ValidTime | None = None,
        qualifiers: Mapping[str, str] | None = None,
        reported_at: datetime | None = None,
        url: str | None = None,
        confidence: float = 1.0,
        by: str | None = None,
    ) -> Claim:
        """A user's own claim, with a source note. Adding the same statement again with the
        same note, link and author is a no-op (same claim id, same idempotency key); with
        another note, link, author or ``reported_at`` it is refused
        (:class:`ClaimExistsError`), as the log would keep the first one only. A statement
        that was retracted may be added again, said after the retraction: a new assertion
        with its own note that stands until retracted in turn
        (:func:`tracker.domain.resolution.restates`)."""
        _need_reason(note, "a source note")
        _check_source_url(url)
        actor = self.who(by)
        now = self.clock()
        said = reported_at or now
        if said > now:
            raise ClaimError(f"reported {said.isoformat()} is in the future: nothing is known yet")
        valid = valid or ValidTime(kind="point", start=said.date(), end=said.date())
        quals = dict(qualifiers or {})
        claim_id = claim_identity(
            document_id=None,
            subject=subject,
            predicate=predicate,
            qualifiers=quals,
            object=object,
            value=value,
            valid=valid,
            modality=modality,
        )
        key = self._check_new(
            claim_id, note=note, url=url, actor=actor, reported_at=reported_at, said=said
        )
        try:
            claim = Claim(
                claim_id=claim_id,
                subject=subject,
                predicate=predicate,
                qualifiers=quals,
                object=object,
                value=value,
                modality=modality,
                valid=valid,
                reported_at=said,
                source=Source(tier="user", note=note, url=url, quote=note),
                confidence=confidence,
                asserted_by=actor,
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "claim"
            raise ClaimError(f"invalid claim: {where}: {first['msg']}") from None
        self._append(ClaimAsserted(claim=claim), actor, key=key)
        return claim

    def _check_new(
        self,
        claim_id: str,
        *,
        note: str,
        url: str | None,
        actor: str,
        reported_at: datetime | None,
        said: datetime,
    ) -> str:
        """The idempotency key of a user's claim, after refusing one whose statement stands
        in the log under other source details: the key would drop it without a word while
        'added' was printed (the new note never recorded). The key names the latest
        retraction, so a statement added again after one is a new event, and the same
        addition repeated is still one."""
        retraction = self.queries.last_retraction(claim_id)
        key = f"user-claim:{claim_id}"
        if retraction is not None:
            key += f":after:{retraction.position}"
            _check_restated(claim_id, retraction, said)
        standing = [v for v in self.queries.find(claim_id) if v.status != "retracted"]
        if standing:
            _check_same_source(
                standing[-1], note=note, url=url, actor=actor, reported_at=reported_at
            )
        return key


def _utc(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _check_restated(claim_id: str, retraction: Mark, said: datetime) -> None:
    """A retracted statement added again is said after its retraction: one said before
    it would be ended by it (and would rewrite what was known before the retraction)."""
    if said <= retraction.reported_at:
        raise ClaimExistsError(
            f"claim {claim_id} says the same and was retracted at {_utc(retraction.reported_at)}"
            f" by {retraction.by} ({retraction.reason!r}); nothing recorded (to add it again,"
            " leave out --reported or give a time after the retraction)"
        )


def _check_same_source(
    old: ClaimView, *, note: str, url: str | None, actor: str, reported_at: datetime | None
) -> None:
    """Refuse the standing claim's statement under other source details (see
    :meth:`Curator._check_new`); ``reported_at`` is compared only when it was given."""
    differ = [
        f"{name} {theirs} (not {mine})"
        for name, theirs, mine in (
            ("note", repr(old.source.note), repr(note)),
            ("link", old.source.url or "none", url or "none"),
            ("added by", old.asserted_by, actor),
        )
        if theirs != mine
    ]
    if reported_at is not None and old.reported_at != reported_at:
        differ.append(f"reported {_utc(old.reported_at)} (not {_utc(reported_at)})")
    if differ:
        raise ClaimExistsError(
            f"claim {old.claim_id} says the same already, with {', '.join(differ)};"
            f" nothing recorded (a claim is its statement: 'tracker history {old.subject}"
            f" {old.predicate}' shows it)"
        )


def _check_source_url(url: str | None) -> None:
    """A user's source link is an absolute http(s) address: anything else ('notaurl', a
    path, 'www.example.com' without its scheme) would be kept forever in the log and
    shown as a link that leads nowhere."""
    if url is None:
        return
    why = ""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a port out of range or not a number)
    except ValueError as exc:
        why = str(exc)
    else:
        if parts.scheme.lower() not in ("http", "https"):
            why = "it needs http:// or https://"
        elif not parts.hostname:
            why = "it names no host"
        elif any(c.isspace() for c in url):
            why = "it holds a space"
    if why:
        raise ClaimError(
            f"source URL {url!r} is not an absolute http(s) address ({why}); "
            "e.g. https://example.com/news/1"
        )


def _need_reason(text: str, what: str = "a reason") -> None:
    if not text or not text.strip():
        raise ClaimError(f"give {what} (--reason / --note): curation is recorded with it")
