"""Tables of the claims projection, on the one MetaData (so Alembic sees them).

``claims`` holds one row per ``ClaimAsserted`` event (its position is the key: the same
statement asserted again, after a withdrawal, is a second row), flattened for indexing.
``claim_marks`` holds one row per withdrawal, retraction and rank change.

Besides the claim's own fields a row carries what makes SPEC §5 queries index lookups:

* ``in_force_from`` / ``in_force_until``: the valid-time window the predicate's time
  behaviour gives the claim (:func:`tracker.domain.predicates.in_force_window`);
* ``succ_*``: for a carried value, one later claim of the same key and lane that ends it
  (its position, valid start, reported and recorded time). It is a *sound* pruning hint:
  set only to a claim with no withdrawal, retraction or rank, and cleared when one comes;
* ``horizon``: the last valid date the row can be in force given everything recorded
  (the window's end, or the day before its successor starts; 9999-12-31 when open).
  ``horizon >= as_of`` is the index range that finds the current candidates;
* ``marked``: whether the claim id has any curation mark; every query reads the marks
  themselves from ``claim_marks`` (migration 0008 dropped the first withdrawal's and
  retraction's times and the latest rank, which were written but never read).

The builders take a table name so that a rebuild can fill shadow tables of the same shape.

``claim_state`` / ``claim_state_day`` hold today's answer to ``state`` (see :mod:`.current`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)

from tracker.store.schema import Position, UTCDateTime, metadata

MAX_DATE = date(9999, 12, 31)

CLAIMS = "claims"
MARKS = "claim_marks"

CLAIM_INDEXES: dict[str, tuple[str, ...]] = {
    "claim_id": ("claim_id",),
    # covering the state filter: one subject's rows are judged in the index and only
    # the survivors are read from the table (a subject's rows are scattered over it)
    "subject_horizon": (
        "subject",
        "horizon",
        "reported_at",
        "recorded_at",
        "succ_reported",
        "succ_recorded",
        "in_force_from",
        "in_force_until",
    ),
    "horizon": ("horizon",),
    "subject_predicate": ("subject", "predicate", "reported_at"),
    "modality_end": ("modality", "valid_end"),
}
"""Index name suffix -> columns. ``ix_<table>_<suffix>``."""

MARKED_INDEX = ("marked", ("subject", "predicate", "claim_id"))
"""A partial index over the marked rows only (about 1%): which claims of a history have
curation marks, read without visiting its rows (see :mod:`.history`)."""

MARK_INDEXES: dict[str, tuple[str, ...]] = {
    "claim_id": ("claim_id",),
    "subject": ("subject", "predicate"),
}


def claim_columns() -> list[Column[Any]]:
    return [
        Column("position", Position, primary_key=True, autoincrement=False),
        Column("claim_id", String(64), nullable=False),
        Column("subject", String(200), nullable=False),
        Column("predicate", String(100), nullable=False),
        Column("qkey", String(1000), nullable=False),
        Column("object", String(200), nullable=True),
        Column("value_low", Float, nullable=True),
        Column("value_high", Float, nullable=True),
        Column("unit", String(50), nullable=True),
        Column("approx", Boolean, nullable=False),
        Column("bound", String(10), nullable=True),
        Column("value_text", Text, nullable=True),
        Column("modality", String(20), nullable=False),
        Column("lane", String(10), nullable=False),
        Column("valid_kind", String(10), nullable=False),
        Column("valid_start", Date, nullable=True),
        Column("valid_end", Date, nullable=True),
        Column("granularity", String(10), nullable=False),
        Column("valid_text", Text, nullable=True),
        Column("reported_at", UTCDateTime, nullable=False),
        Column("recorded_at", UTCDateTime, nullable=False),
        Column("tier", String(20), nullable=False),
        Column("confidence", Float, nullable=False),
        Column("document_id", String(255), nullable=True),
        Column("feed", String(255), nullable=True),
        Column("url", Text, nullable=True),
        Column("quote", Text, nullable=False),
        Column("quote_start", Integer, nullable=True),
        Column("quote_end", Integer, nullable=True),
        Column("note", Text, nullable=True),
        Column("asserted_by", String(200), nullable=False),
        Column("vocabulary", String(200), nullable=True),
        Column("behaviour", String(10), nullable=False),
        Column("in_force_from", Date, nullable=True),
        Column("in_force_until", Date, nullable=True),
        Column("horizon", Date, nullable=False),
        Column("succ_position", Position, nullable=True),
        Column("succ_start", Date, nullable=True),
        Column("succ_reported", UTCDateTime, nullable=True),
        Column("succ_recorded", UTCDateTime, nullable=True),
        Column("marked", Boolean, nullable=False),
    ]


def mark_columns() -> list[Column[Any]]:
    return [
        Column("position", Position, primary_key=True, autoincrement=False),
        Column("claim_id", String(64), nullable=False),
        Column("kind", String(12), nullable=False),
        Column("rank", String(12), nullable=True),
        Column("reason", Text, nullable=False),
        Column("by", String(200), nullable=False),
        Column("reported_at", UTCDateTime, nullable=False),
        Column("recorded_at", UTCDateTime, nullable=False),
        Column("document_id", String(255), nullable=True),
        Column("subject", String(200), nullable=True),
        Column("predicate", String(100), nullable=True),
    ]


def index_name(table: str, suffix: str) -> str:
    return f"ix_{table}_{suffix}"


def build_claims(md: MetaData, name: str = CLAIMS, *, indexes: bool = True) -> Table:
    table = Table(name, md, *claim_columns())
    if indexes:
        for suffix, cols in CLAIM_INDEXES.items():
            Index(index_name(name, suffix), *(table.c[c] for c in cols))
        suffix, cols = MARKED_INDEX
        Index(
            index_name(name, suffix),
            *(table.c[c] for c in cols),
            # as text: SQLite uses a partial index only for a query holding the same term
            # (``marked``, not the ``marked = 1`` a Boolean column renders)
            sqlite_where=text("marked"),
            postgresql_where=text("marked"),
        )
    return table


def build_marks(md: MetaData, name: str = MARKS, *, indexes: bool = True) -> Table:
    table = Table(name, md, *mark_columns())
    if indexes:
        for suffix, cols in MARK_INDEXES.items():
            Index(index_name(name, suffix), *(table.c[c] for c in cols))
    return table


claims = build_claims(metadata)
claim_marks = build_marks(metadata)


STATE = "claim_state"
STATE_DAY = "claim_state_day"


def state_columns() -> list[Column[Any]]:
    """The current state's columns: the entry's key, and its claim and alternatives as
    the answer's JSON (a winner's row is the answer, not a copy of the claims row)."""
    return [
        Column("position", Position, primary_key=True, autoincrement=False),  # the winner's
        Column("subject", String(200), nullable=False),
        Column("predicate", String(100), nullable=False),
        Column("qkey", String(1000), nullable=False),
        Column("object", String(200), nullable=True),
        Column("lane", String(10), nullable=False),
        Column("behaviour", String(10), nullable=False),
        Column("alternative_count", Integer, nullable=False),
        # JSON: the disputing claim ids; the winner's ClaimView; the alternatives' ones
        Column("disputed_with", Text, nullable=False),
        Column("claim", LargeBinary, nullable=False),  # bytes: no text decoding to read
        Column("alternatives", LargeBinary, nullable=False),
    ]


def build_state(md: MetaData, name: str = STATE) -> Table:
    table = Table(name, md, *state_columns())
    Index(index_name(name, "subject"), table.c.subject)
    return table


HISTORY = "claim_history"


def build_history(md: MetaData, name: str = HISTORY, *, indexes: bool = True) -> Table:
    """Every claims row's facts, kept together per (subject, predicate) in chunks of
    JSON (:data:`.history.FIELDS`: the chunk's subject, predicate and behaviour are its
    columns, not repeated in each row; see :mod:`.history`)."""
    table = Table(
        name,
        md,
        # the chunk's first row's position: unique, as the rows are
        Column("position", Position, primary_key=True, autoincrement=False),
        Column("subject", String(200), nullable=False),
        Column("predicate", String(100), nullable=False),
        Column("behaviour", String(10), nullable=False),  # the predicate's
        Column("size", Integer, nullable=False),
        Column("data", LargeBinary, nullable=False),  # a JSON array of rows
    )
    if indexes:
        Index(index_name(name, "subject"), table.c.subject, table.c.predicate)
    return table


claim_history = build_history(metadata)
"""History chunks: the history of a (subject, predicate) is its chunks' rows."""


claim_state = build_state(metadata)
"""The state of SPEC §5 at one valid day (``claim_state_day.day``) through every clock
(no ``known_at`` / ``recorded_by``): one row per entry. See :mod:`.current`."""

claim_state_day = Table(
    STATE_DAY,
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("day", Date, nullable=True),
)
"""One row (``id = 1``): the valid day ``claim_state`` holds, NULL while it holds none."""
