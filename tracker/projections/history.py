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

BUFFERED_ROWS = 65536
"""Rows a rebuild holds in open chunks at most (~20 MB of JSON): past it the fullest
chunks are written early, so memory stays bounded whatever the log holds."""

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
    row = list(values[:WIDTH])
    for i in _FLOATS:
        if (v := row[i]) is not None and type(v) is not float:
            row[i] = float(v)
    row[_APPROX] = bool(row[_APPROX])
    return row


class _Open:
    """A chunk being filled: its first position, its rows' JSON (``[`` and a comma after
    each), and their number."""

    __slots__ = ("data", "first", "size")

    def __init__(self, first: int) -> None:
        self.first = first
        self.data = bytearray(b"[")
        self.size = 0


class Chunks:
    """Encoded rows waiting to be written, in open chunks per (subject, predicate)."""

    def __init__(self, *, chunk_rows: int = CHUNK_ROWS, buffered: int = BUFFERED_ROWS) -> None:
        self.chunk_rows = chunk_rows
        self.buffered = buffered
        self._open: dict[tuple[str, str], _Open] = {}
        self._held = 0
        self._full: list[Chunk] = []

    def add(self, subject: str, predicate: str, position: int, row: list[Any]) -> None:
        """Add a row (:func:`stored`; rows come in position order). Its JSON is copied
        into its chunk's buffer at once: the bytes ``orjson.dumps`` returns for one small
        row keep an 8 kB buffer, and a row's values take three times its JSON."""
        key = (subject, predicate)
        found = self._open.get(key)
        if found is None:
            found = self._open[key] = _Open(position)
        found.data += orjson.dumps(row)
        found.data += b","
        found.size += 1
        self._held += 1
        if found.size >= self.chunk_rows:
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
        found = self._open.pop(key)
        self._held -= found.size
        found.data[-1:] = b"]"  # the last row's comma
        self._full.append((found.first, key[0], key[1], found.size, bytes(found.data)))

    def _spill(self) -> None:
        """Close the fullest open chunks until half the limit is held."""
        for key in sorted(self._open, key=lambda k: self._open[k].size, reverse=True):
            if self._held <= self.buffered // 2:
                break
            self._close(key)


def insert_sql(table: str, sqlite: bool) -> str:
    mark = "?" if sqlite else "%s"
    return (
        f"INSERT INTO {table} (position, subject, predicate, size, data) "
        f"VALUES ({', '.join([mark] * 5)})"
    )


def decode(chunks: Sequence[Any]) -> list[list[Any]]:
    """The rows of chunks as read (``(rows,)`` each), unordered."""
    loads = orjson.loads
    found: list[list[Any]] = []
    for (data,) in chunks:
        found += loads(data)
    return found


__all__ = ["BUFFERED_ROWS", "CHUNK_ROWS", "WIDTH", "Chunk", "Chunks", "decode", "stored"]
