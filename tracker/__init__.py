"""tracker: an event-sourced industry-timeline tracker.

Feeds in, dated claims out, and time travel over an append-only, hash-chained log.

``Tracker`` and ``make_tracker`` are imported on first use (PEP 562): importing any
``tracker.*`` module runs this file, and the app behind them pulls in the database layer,
the projections and the queries, most of a second that a parser process, which needs only
the feed parser, would pay at every start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from tracker.app import Tracker, make_tracker


def __getattr__(name: str) -> Any:
    if name in ("Tracker", "make_tracker"):
        from tracker import app  # noqa: PLC0415  (on first use: see the module docstring)

        return getattr(app, name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")
