"""Histories, materialized: every claims row's fact, kept together per (subject,
predicate) in ``claim_history`` chunks, so ``history`` reads a few rows instead of
hundreds of scattered ones.

``history(subject, predicate)`` answers with every assertion of the pair. Read from the
claims table, a 600-row history costs ~5 ms of SQL at 1M events: 36 columns converted
one by one, from rows scattered over the table (a subject's claims arrive over years).
Here the same values are stored once more, as JSON arrays of
:data:`~tracker.domain.resolution.FACT_FIELDS` in the form the claims table stores them
on SQLite (ISO dates, fixed-width UTC text for times, see
:func:`tracker.projections.claims._utc_text`); a chunk holds up to :data:`CHUNK_ROWS`
rows of one pair, and the reader decodes each chunk with one C call.

The rule that keeps it exact: the rows of a pair's chunks are the claims rows of the
pair, with the same fact values, in every committed transaction. That holds because a
claims row's fact values never change after its insert (successor hints, marks and
their summaries are other columns), so every writer of claims rows writes its chunks
in the same transaction: the live applier one chunk per pair per flush, a rebuild
buffered chunks into its shadow table (swapped with the others). Which rows have
curation marks is read from the claims table's partial index over ``marked``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from tracker.domain.resolution import FACT_FIELDS

CHUNK_ROWS = 64
"""Rows a chunk holds at most: a 600-row history is ~10 chunks."""

BUFFERED_ROWS = 16384
"""Rows a rebuild holds in open chunks at most (~25 MB): past it the fullest chunks are
written early, so memory stays bounded whatever the log holds."""

_FLOATS = tuple(FACT_FIELDS.index(n) for n in ("value_low", "value_high", "confidence"))
_APPROX = FACT_FIELDS.index("approx")
_RECORDED = FACT_FIELDS.index("recorded_at")
WIDTH = len(FACT_FIELDS)

Chunk = tuple[int, str, str, int, bytes]
"""A chunk's row: first position, subject, predicate, number of rows, JSON rows."""


def stored(values: Sequence[Any]) -> list[Any]:
    """One row as a chunk holds it: the fact values of a claims row (the first
    :data:`WIDTH`, as the claims table stores them on SQLite), as that table reads them
    back: floats as floats (an integral JSON number would come back an int) and
    ``approx`` a bool."""
    row = values[:WIDTH] if type(values) is list else list(values[:WIDTH])
    for i in _FLOATS:
        if (v := row[i]) is not None and type(v) is not float:
            row[i] = float(v)
    if type(row[_APPROX]) is not bool:
        row[_APPROX] = bool(row[_APPROX])
    return row


class Chunks:
    """Rows waiting to be written, in open chunks per (subject, predicate).

    A row is held as the claims row it is (a list or tuple whose first :data:`WIDTH`
    values are its facts, as stored; they never change) and made JSON with its chunk,
    one ``orjson.dumps`` a chunk (one of a small row returns bytes that keep an 8 kB
    buffer)."""

    def __init__(self, *, chunk_rows: int = CHUNK_ROWS, buffered: int = BUFFERED_ROWS) -> None:
        self.chunk_rows = chunk_rows
        self.buffered = buffered
        self._open: dict[tuple[str, str], list[Sequence[Any]]] = {}
        self._held = 0
        self._full: list[Chunk] = []

    def add(self, subject: str, predicate: str, row: Sequence[Any]) -> None:
        """Add a claims row (rows come in position order)."""
        key = (subject, predicate)
        found = self._open.get(key)
        if found is None:
            found = self._open[key] = []
        found.append(row)
        self._held += 1
        if len(found) >= self.chunk_rows:
            self._close(key)
        elif self._held > self.buffered:
            self._spill()

    def take(self, *, final: bool) -> list[Chunk]:
        """The chunks to write now: the full ones, or (``final``) all."""
        if final:
            for key in list(self._open):
                self._close(key)
        taken, self._full = self._full, []
        return taken

    def _close(self, key: tuple[str, str]) -> None:
        rows = self._open.pop(key)
        self._held -= len(rows)
        data = orjson.dumps([stored(r) for r in rows])
        self._full.append((rows[0][0], key[0], key[1], len(rows), data))

    def _spill(self) -> None:
        """Close the fullest open chunks until half the limit is held."""
        for key in sorted(self._open, key=lambda k: len(self._open[k]), reverse=True):
            if self._held <= self.buffered // 2:
                break
            self._close(key)


_CHUNK_COLUMNS = "position, subject, predicate, size, data"


def write(cursor: Any, table: str, chunks: Sequence[Chunk], sqlite: bool) -> None:
    """Insert chunks through the driver's cursor: executemany on SQLite, COPY on
    PostgreSQL (psycopg's executemany costs ~70 us a chunk; COPY a few)."""
    if not chunks:
        return
    if sqlite:
        cursor.executemany(f"INSERT INTO {table} ({_CHUNK_COLUMNS}) VALUES (?, ?, ?, ?, ?)", chunks)
        return
    with cursor.copy(f"COPY {table} ({_CHUNK_COLUMNS}) FROM STDIN") as copy:
        for chunk in chunks:
            copy.write_row(chunk)


def decode(chunks: Sequence[Any]) -> list[list[Any]]:
    """The rows of chunks as read (``(rows,)`` each), unordered."""
    loads = orjson.loads
    found: list[list[Any]] = []
    for (data,) in chunks:
        found += loads(data)
    return found


__all__ = ["BUFFERED_ROWS", "CHUNK_ROWS", "WIDTH", "Chunk", "Chunks", "decode", "stored"]
