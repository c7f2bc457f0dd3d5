"""A document as extractors see it: the latest text of one feed entry or ingested file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Document:
    """The current version of a document.

    ``published`` is the time relative expressions resolve against and the claims'
    ``reported_at``: the source's publication time, or its update time for a revision.
    """

    document_id: str
    text: str
    published: datetime
    title: str = ""
    language: str | None = None
    url: str | None = None
    feed: str | None = None
    tier: str = "press"
    revision: int = 1
