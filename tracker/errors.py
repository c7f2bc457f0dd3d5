"""The whole exception tree of tracker, under one root.

A user sees ``str(error)``: one line that says what went wrong and what to do.
Driver errors are wrapped at the storage boundary only when they are not bugs.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Root of every error tracker raises on purpose."""


class ConfigError(TrackerError):
    """The configuration (database URL, vocabulary file, feed list) is unusable."""


class StoreError(TrackerError):
    """The event store could not do what was asked."""


class ConcurrencyError(StoreError):
    """A stream's version was not the one the writer expected (optimistic concurrency)."""

    def __init__(self, stream_id: str, expected: int | None, actual: int) -> None:
        super().__init__(
            f"stream {stream_id!r} is at version {actual}, expected {expected}; "
            "reload the stream and retry"
        )
        self.stream_id = stream_id
        self.expected = expected
        self.actual = actual


class IdempotencyError(StoreError):
    """An idempotency key was reused for a different event."""


class SchemaVersionError(StoreError):
    """The database schema is not at the version this code needs."""


class EventTypeError(StoreError):
    """An event type is unknown, or a stored payload does not validate against its model."""


class IntegrityError(StoreError):
    """The hash chain is broken: a stored event was changed, removed or reordered."""

    def __init__(self, position: int, reason: str) -> None:
        super().__init__(f"hash chain broken at position {position}: {reason}")
        self.position = position
        self.reason = reason


class FeedError(TrackerError):
    """A feed could not be fetched or parsed."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url


class FeedNotFoundError(FeedError):
    """No subscribed feed has that name or URL."""


class FeedExistsError(FeedError):
    """A feed with that URL or name is already subscribed."""


class FetchError(FeedError):
    """The feed's server or file could not be read (network, HTTP status, limits)."""


class ParseError(FeedError):
    """The feed's bytes are not a feed that can be read."""


class ClaimError(TrackerError):
    """A claim is invalid or an operation on it is not allowed."""


class ClaimNotFoundError(ClaimError):
    """No claim has that id."""


class ExtractionError(TrackerError):
    """An extractor or its vocabulary could not be loaded or run."""


class ProjectionError(TrackerError):
    """A projection could not be built or read."""


class QueryError(TrackerError):
    """A query's arguments are invalid (bad date, unknown predicate...)."""


class FetchFailedError(FetchError):
    """A fetch failed in a known way. ``kind`` names the failure in ``FeedFailed`` events
    (``timeout``, ``too_large``, ``connection_refused``, ``http_status``...)."""

    def __init__(
        self,
        url: str,
        kind: str,
        message: str,
        *,
        status: int | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(url, message)
        self.kind = kind
        self.status = status
        self.retry_after_s = retry_after_s


class ParseTimeoutError(ParseError):
    """Parsing a feed took longer than its time limit; the parsing worker was stopped."""


class ParserDiedError(ParseError):
    """The parsing process ended before it answered (a signal, memory): no verdict on the
    feed's bytes when the poller was stopping, since the stop may have killed it."""


class FeedEncodingError(ParseError):
    """A feed's bytes cannot be decoded in its declared or any detected encoding."""


class ConflictError(TrackerError):
    """The request is well formed, but the log's current state refuses it (a claim already
    retracted, a feed name taken by another feed). Not a usage error: the CLI exits 1."""


class ClaimAlreadyRetractedError(ClaimError, ConflictError):
    """The claim is retracted already; nothing was recorded."""


class FeedAlreadySubscribedError(FeedExistsError, ConflictError):
    """The feed's URL is subscribed already. ``name`` is its subscription's name;
    ``differences`` lists the settings asked for that differ from the subscription's
    (empty: the same request again, which the CLI reports as done)."""

    def __init__(
        self, url: str, name: str, message: str, differences: tuple[str, ...] = ()
    ) -> None:
        super().__init__(url, message)
        self.name = name
        self.differences = differences


class FeedSettingsDifferError(FeedExistsError, ConflictError):
    """A feeds file asks for feeds already subscribed with other settings (name, tier,
    language, interval). Subscriptions are not changed in place (``feeds add`` refuses
    the same), so the file is refused, nothing subscribed; ``differences`` holds one line
    per feed."""

    def __init__(self, path: str, message: str, differences: tuple[str, ...]) -> None:
        super().__init__(path, message)
        self.differences = differences


class FeedNameTakenError(FeedExistsError, ConflictError):
    """Another feed is subscribed under the name asked for."""


class ErrorPageError(ParseError):
    """The server answered with a page that reports its own failure (a gateway or
    server error page served with status 200): not an article, nothing is stored."""


class ClaimAlreadyRankedError(ClaimError, ConflictError):
    """The claim already has the rank asked for; nothing was recorded."""


class ClaimExistsError(ClaimError, ConflictError):
    """A user's claim says what a claim in the log says already (a claim is its statement:
    subject, predicate, qualifiers, value, valid time, modality), with another note, link,
    author or report date, or retracted: nothing was recorded."""


class ClaimWithdrawnError(ClaimError, ConflictError):
    """The claim is withdrawn (its document no longer says it, or the extractor no longer
    finds it): it never wins, so a rank would change no answer; nothing was recorded."""


class FeedTierConflictError(FeedError, ConflictError):
    """``ingest --tier T`` of a feed stored before under another tier: the documents it
    holds keep the tier they were stored with, so the new one would apply to nothing
    stored (and to new entries only); refused, nothing written."""


class ArticleDateConflictError(FeedError, ConflictError):
    """``ingest FILE --published D`` of an unchanged article stored before with another
    date: the stored document keeps its date (the log is append-only), so D would change
    nothing; refused instead of ignored."""
