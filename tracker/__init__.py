"""tracker: an event-sourced industry-timeline tracker.

Feeds in, dated claims out, and time travel over an append-only, hash-chained log.
"""

from tracker.app import Tracker, make_tracker
from tracker.errors import (
    ClaimError,
    ClaimNotFoundError,
    ConcurrencyError,
    ConfigError,
    EventTypeError,
    ExtractionError,
    FeedError,
    FeedExistsError,
    FeedNotFoundError,
    FetchError,
    IdempotencyError,
    IntegrityError,
    ParseError,
    ProjectionError,
    QueryError,
    SchemaVersionError,
    StoreError,
    TrackerError,
)

__all__ = [
    "ClaimError",
    "ClaimNotFoundError",
    "ConcurrencyError",
    "ConfigError",
    "EventTypeError",
    "ExtractionError",
    "FeedError",
    "FeedExistsError",
    "FeedNotFoundError",
    "FetchError",
    "IdempotencyError",
    "IntegrityError",
    "ParseError",
    "ProjectionError",
    "QueryError",
    "SchemaVersionError",
    "StoreError",
    "Tracker",
    "TrackerError",
    "make_tracker",
]

__version__ = "0.1.0"
