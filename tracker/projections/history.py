"""Histories, materialized: every claims row's fact, kept together per (subject,
predicate) in ``claim_history`` chunks, so ``history`` reads a few rows instead of
hundreds of scattered ones.

``history(subject, predicate)`` answers with every assertion of the pair. Read from the
claims table, a 600-row history costs ~5 ms of SQL at 1M events: 36 columns converted
one by one, from rows scattered over the table (a subject's claims arrive over years).
Here the same values are stored once more, as JSON arrays of :data:`FIELDS` (the
:data:`~tracker.domain.resolution.FACT_FIELDS` less those the chunk itself gives: its
subject, predicate and behaviour are columns of the chunk, a row's lane follows from its
modality, and its in-force window is not part of a history) in the form the claims table
stores them on SQLite (ISO dates, fixed-width UTC text for times, see
:func:`tracker.projections.live._utc_text`); a chunk holds up to :data:`CHUNK_ROWS`
rows of one pair, and the reader decodes each chunk with one C call.

The rule that keeps it exact: the rows of a pair's chunks are the claims rows of the
pair, with the same fact values, in every committed transaction. That holds because a
claims row's fact values never change after its insert (successor hints, marks and
their summaries are other columns), so every writer of claims rows writes its chunks
in the same transaction: the live applier one chunk per pair per flush, a rebuild
its shadow table (SQLite: buffered chunks, as the live applier's; PostgreSQL: one
set-based statement once the shadow claims table is complete, :func:`fill`, before
the swap). Which rows have curation marks is read from the claims
table's partial index over ``marked``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy.engine import Connection

from tracker.domain.predicates import in_force_window
from tracker.domain.resolution import FACT_FIELDS
from tracker.projections import shadow_writer
from tracker.projections.shadow_writer import Chunk, OpenChunks
from tracker.projections.tables import claims

CHUNK_ROWS = 64
"""Rows a chunk holds at most: a 600-row history is ~10 chunks."""

BUFFERED_ROWS = 16384
"""Rows held in open chunks at most (~25 MB): past it the fullest chunks are written
early, so memory stays bounded however many rows a flush or a SQLite rebuild writes. (A
PostgreSQL rebuild holds none: the server makes its chunks, see :func:`fill`.)"""

GIVEN = ("subject", "predicate", "lane", "behaviour", "in_force_from", "in_force_until")
"""The facts a chunk's rows leave out: the chunk's own subject, predicate and behaviour
(one predicate, one behaviour), the lane (the modality's) and the in-force window
(which no history reads; :func:`full_row` computes it for the rare row that needs a
whole fact)."""

FIELDS: tuple[str, ...] = tuple(n for n in FACT_FIELDS if n not in GIVEN)
"""The facts of a chunk's row, in order (position first)."""

WIDTH = len(FIELDS)
_PICK = itemgetter(*(FACT_FIELDS.index(n) for n in FIELDS))
"""A claims row's (a flattened row's) :data:`FIELDS` values, as a tuple."""

_FLOATS = tuple(FIELDS.index(n) for n in ("value_low", "value_high", "confidence"))
_APPROX = FIELDS.index("approx")
_dumps = orjson.dumps
_BEHAVIOUR = FACT_FIELDS.index("behaviour")


def stored(values: Sequence[Any], sqlite: bool = False) -> list[Any]:
    """One row as a chunk holds it: the :data:`FIELDS` values of a claims row (as the
    claims table stores them on SQLite), as that table reads them back: floats as
    floats (an integral JSON number would come back an int) and ``approx`` a bool;
    ``sqlite``: -0.0 as 0.0 (SQLite stores a REAL -0.0 as 0, PostgreSQL keeps its
    sign)."""
    row = list(_PICK(values))
    for i in _FLOATS:
        if (v := row[i]) is not None:
            if type(v) is not float:
                row[i] = float(v)
            elif sqlite and v == 0.0:
                row[i] = 0.0
    if type(row[_APPROX]) is not bool:
        row[_APPROX] = bool(row[_APPROX])
    return row


class Chunks(OpenChunks):
    """Rows waiting to be written, in open chunks per (subject, predicate): the live
    applier's chunks of one flush.

    A row is held as the claims row it is (a list or tuple whose first values are its
    facts, as stored; they never change) and made JSON with its chunk,
    one ``orjson.dumps`` a chunk (one of a small row returns bytes that keep an 8 kB
    buffer)."""

    def __init__(
        self, *, chunk_rows: int = CHUNK_ROWS, buffered: int = BUFFERED_ROWS, sqlite: bool = False
    ) -> None:
        """``sqlite``: rows as SQLite's claims table reads them back (see :func:`stored`)."""
        super().__init__(chunk_rows, buffered)
        self.sqlite = sqlite

    def add(self, subject: str, predicate: str, row: Sequence[Any]) -> None:
        """Add a claims row (rows come in position order)."""
        key = (subject, predicate, row[_BEHAVIOUR])
        found = self._open.get(key)
        if found is None:
            found = self._open[key] = []
        found.append(row)
        self._held += 1
        if len(found) >= self.chunk_rows:
            self._close(key)
        elif self._held > self.buffered:
            self._spill()

    def _close(self, key: tuple[str, str, str]) -> None:
        rows = self._open.pop(key)
        self._held -= len(rows)
        sqlite = self.sqlite
        data = orjson.dumps([stored(r, sqlite) for r in rows])
        self._full.append((rows[0][0], *key, len(rows), data))


PACKED_BYTES = 24 * 2**20
"""JSON bytes a rebuild holds in open chunks at most (:class:`PackedChunks`): about as
much memory as :data:`BUFFERED_ROWS` whole rows, and about three times as many rows."""


def packed(row: list[Any]) -> bytes:
    """A flattened claims row's :data:`FIELDS` as a chunk holds them, JSON (the values
    are already in that form: see :func:`tracker.projections.flatten.flatten`). Dumped
    inside a list and sliced out: ``orjson.dumps`` returns bytes that keep an 8 kB
    buffer, the slice is exact-size."""
    return orjson.dumps([_PICK(row)])[1:-1]


class PackedChunks(shadow_writer.PackedChunks):
    """:class:`.shadow_writer.PackedChunks` of claims rows (their :data:`FIELDS`).

    Two gains over :class:`Chunks`, which makes a chunk's JSON from the rows when it
    closes: a row is made JSON right after it is flattened (:func:`packed`), while its
    values are still in the CPU's caches (at close they were long evicted: ~5 us a row
    against ~1.3 us, at 200k events), and an open chunk holds ~400 bytes a row instead
    of the row, so the same memory buffers about three times the rows and chunks close
    fuller (the benchmark's 200k events: 6.6 rows a chunk on average became ~20): fewer
    chunk rows to write and index, and fewer chunks for a history to read."""

    def __init__(self, *, chunk_rows: int = CHUNK_ROWS, buffered: int = PACKED_BYTES) -> None:
        super().__init__(**packing(chunk_rows=chunk_rows, buffered=buffered))


def packing(*, chunk_rows: int = CHUNK_ROWS, buffered: int = PACKED_BYTES) -> dict[str, Any]:
    """The settings of :class:`.shadow_writer.PackedChunks` for claims rows (what a
    rebuild's writer process is given to make the chunks there)."""
    return {
        "pick": [FACT_FIELDS.index(n) for n in FIELDS],
        "behaviour": _BEHAVIOUR,
        "chunk_rows": chunk_rows,
        "buffered": buffered,
    }


_CHUNK_COLUMNS = "position, subject, predicate, behaviour, size, data"


def insert_sql(table: str) -> str:
    """SQLite's insert of a chunk (see :func:`write`)."""
    return f"INSERT INTO {table} ({_CHUNK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"


def write(cursor: Any, table: str, chunks: Sequence[Chunk], sqlite: bool) -> None:
    """Insert chunks through the driver's cursor: executemany on SQLite, COPY on
    PostgreSQL (psycopg's executemany costs ~70 us a chunk; COPY a few)."""
    if not chunks:
        return
    if sqlite:
        cursor.executemany(insert_sql(table), chunks)
        return
    with cursor.copy(f"COPY {table} ({_CHUNK_COLUMNS}) FROM STDIN") as copy:
        for chunk in chunks:
            copy.write_row(chunk)


def _postgresql_row() -> str:
    """A claims row's :data:`FIELDS` as a chunk holds them (:func:`stored`), in PostgreSQL's SQL:
    dates and times made the text SQLite stores (ISO dates, fixed-width UTC times), a
    float's shortest exact text (``extra_float_digits`` 1) given a ``.0`` when it has
    neither a point nor an exponent (so ``5.0`` stays a float), ``approx`` a JSON
    boolean as it is."""
    parts = []
    for name in FIELDS:
        kind, col = _KINDS[name], f"c.{name}"
        if kind == "Float":
            text = f"{col}::text"
            parts.append(
                f"CASE WHEN {col} IS NULL THEN NULL"
                f" WHEN strpos({text}, '.') + strpos({text}, 'e') = 0 THEN ({text} || '.0')::json"
                f" ELSE {text}::json END"
            )
        elif kind == "Date":
            parts.append(f"to_char({col}, 'YYYY-MM-DD')")
        elif kind == "UTCDateTime":
            parts.append(f"""to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')""")
        else:
            parts.append(col)
    return f"json_build_array({', '.join(parts)})"


_KINDS = {c.name: type(c.type).__name__ for c in claims.columns}
_NUMBERED = (
    "SELECT c.subject, c.predicate, c.behaviour, c.position,"
    " (row_number() OVER (PARTITION BY c.subject, c.predicate ORDER BY c.position) - 1)"
    f" / {CHUNK_ROWS} AS g FROM {{claims}} AS c"
)
"""Each claims row with its chunk's number within its (subject, predicate): the rows of a
pair in position order, :data:`CHUNK_ROWS` a chunk."""


def fill(conn: Connection, claims_name: str, history_name: str) -> None:
    """Fill the empty history table ``history_name`` with the chunks of every row of the
    complete claims table ``claims_name`` (a rebuild's shadows on PostgreSQL, before
    the swap), in the server: one statement, no row through Python, none held.

    (Measured on SQLite too, in paired 200k rebuilds: its ``json_array`` over the rows,
    numbered into a temporary table so the wide rows were never sorted, cost ~9% more
    of a rebuild's CPU than orjson chunks in Python, so SQLite keeps those.)"""
    # shortest exact float text whatever the session says
    conn.exec_driver_sql("SELECT set_config('extra_float_digits', '1', true)")
    conn.exec_driver_sql(
        f"INSERT INTO {history_name} ({_CHUNK_COLUMNS})"
        " SELECT min(k.position), k.subject, k.predicate, min(k.behaviour), count(*),"
        f" convert_to(json_agg({_POSTGRESQL_ROW})::text, 'UTF8')"
        f" FROM ({_NUMBERED.format(claims=claims_name)}) AS k"
        f" JOIN {claims_name} AS c ON c.position = k.position"
        " GROUP BY k.subject, k.predicate, k.g"
    )


def decode(chunks: Sequence[Any]) -> list[list[Any]]:
    """The rows of chunks as read (``(rows,)`` each: :data:`FIELDS`), unordered."""
    loads = orjson.loads
    found: list[list[Any]] = []
    for (data,) in chunks:
        found += loads(data)
    return found


_LANE = FIELDS.index("modality")
_TO_FULL = tuple((FIELDS.index(n) if n in FIELDS else None, n) for n in FACT_FIELDS)


def full_row(row: Sequence[Any], subject: str, predicate: str, behaviour: str) -> list[Any]:
    """The :data:`FACT_FIELDS` values of a chunk's row (:data:`FIELDS`, as stored on
    SQLite) with those the chunk gives: what the claims table holds, for a fact made
    from it. The in-force window is computed as the projection computes it."""
    given: dict[str, Any] = {
        "subject": subject,
        "predicate": predicate,
        "lane": "actual" if row[_LANE] == "actual" else "expected",
        "behaviour": behaviour,
    }
    start, end, kind = (row[FIELDS.index(n)] for n in ("valid_start", "valid_end", "valid_kind"))
    reported = row[FIELDS.index("reported_at")]
    window = in_force_window(
        behaviour,  # type: ignore[arg-type]
        kind,
        None if start is None else date.fromisoformat(start),
        None if end is None else date.fromisoformat(end),
        date.fromisoformat(reported[:10]),
    )
    given["in_force_from"], given["in_force_until"] = (
        None if d is None else d.isoformat() for d in window
    )
    return [row[i] if i is not None else given[n] for i, n in _TO_FULL]


_POSTGRESQL_ROW = _postgresql_row()

__all__ = [
    "BUFFERED_ROWS",
    "CHUNK_ROWS",
    "FIELDS",
    "GIVEN",
    "WIDTH",
    "Chunk",
    "Chunks",
    "PackedChunks",
    "decode",
    "fill",
    "full_row",
    "insert_sql",
    "packed",
    "packing",
    "stored",
]
