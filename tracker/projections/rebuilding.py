"""The claims applier of a rebuild: rows flattened as text, each written once.

A rebuild fills empty shadow tables from position 0, so the applier can know everything
it needs without asking them, and it applies the live applier's rules (see
:mod:`.claims`) to rows of stored text (:mod:`.flatten`) instead of facts:

* **Curation marks in memory.** Before its first batch it scans the log's marks for the
  claim ids they name (about 1% of claim events); it then remembers, for those ids only,
  their rows, their marks and which rows point at them as successor. A mark is a few
  dictionary updates, written with the batch.
* **Rows written once, in order.** A carried row with no successor yet (a *head*) is
  the one row a later claim will change; the newest :data:`HELD_LIMIT` rows stay in
  memory, so most heads get their successor there, and older rows are written in
  position order (the table grows at its end); a later successor or mark of a written
  row is an update.
* **Rows as they are.** SQLite gets every row as the list it is, all columns (its
  ``None`` and ``bool`` values bind through adapters registered once, see
  :data:`tracker.projections.shadows.ADAPTERS`); PostgreSQL gets ``COPY``.
* **Histories as the rows come** (SQLite): each row's facts are made JSON right after it
  is flattened (:class:`.history.PackedChunks`).

The rows come out exactly as the live applier makes them (the property test compares an
incremental build with a rebuilt one, and a test compares the stored values one by one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from typing import Any

import msgspec
import orjson
from sqlalchemy import Table
from sqlalchemy.engine import Connection

from tracker.domain.claims import TimeBehaviour
from tracker.domain.events import format_recorded_at, registry
from tracker.domain.resolution import GroupKey
from tracker.errors import ProjectionError
from tracker.projections import history
from tracker.projections.claims import _MARK_KINDS, CLAIM_EVENTS
from tracker.projections.flatten import COLUMNS, IX, MAX_DAY, MIN_DAY, day_before, flatten, utc_text
from tracker.projections.log_reads import RawEvent, RawRow, read_raw
from tracker.projections.shadow_writer import Statement, execute
from tracker.projections.tables import mark_columns

HELD_LIMIT = 40_000
"""Rows kept in memory (the newest): older ones are written, in position order, and a
successor or a mark that comes for one of them later is an update.

Rows are written in position order, so the shadow claims table grows at its end. It
used to keep every head (a carried row with no successor yet) until it had one and
write the rest at once: half the rows then went in a batch or more late, into pages
already full, which split. Inserting one 200k rebuild's rows in that order cost
2.15-2.47 s of CPU and left 20,753 pages; in position order 1.52-1.58 s and 18,595
pages (11% fewer to log, checkpoint, scan for the indexes and drop). 85% of the
benchmark's successors come within 20k positions, 93% within 60k: with 40k rows kept
(plus the batch being applied) about one carried row in ten gets its successor as an
update, at about the memory the heads and the batch took before."""

_SUCC = ("succ_position", "succ_start", "succ_reported", "succ_recorded", "horizon")
_CLEARED = {"succ_position": None, "succ_start": None, "succ_reported": None, "succ_recorded": None}
_POSITION, _CLAIM_ID, _SUBJECT, _PREDICATE = IX["position"], IX["claim_id"], IX["subject"], 3
_QKEY, _OBJECT, _LANE, _BEHAVIOUR = IX["qkey"], IX["object"], IX["lane"], IX["behaviour"]
_REPORTED, _RECORDED, _MARKED = IX["reported_at"], IX["recorded_at"], IX["marked"]
_FROM, _UNTIL, _HORIZON = IX["in_force_from"], IX["in_force_until"], IX["horizon"]
_SUCC_POSITION, _SUCC_START = IX["succ_position"], IX["succ_start"]
_SUCC_REPORTED, _SUCC_RECORDED = IX["succ_reported"], IX["succ_recorded"]
assert IX["predicate"] == _PREDICATE


@dataclass(slots=True)
class _Head:
    """A carried row with no successor: the fields the successor rules read (text)."""

    position: int
    start: str
    until: str | None
    marked: bool
    reported_at: str
    recorded_at: Any


@dataclass(frozen=True, slots=True)
class _Watched:
    """A row of a claim id that some mark names."""

    position: int
    group: GroupKey
    carried: bool


def _horizon(until: str | None, succ_start: str) -> str:
    """The day before the successor starts, or the row's own end if that is earlier."""
    before = day_before(succ_start)
    return before if until is None or before < until else until


def _start_position(head: _Head) -> tuple[str, int]:
    return head.start, head.position


Decoded = list[Any] | tuple[int, str, dict[str, Any], Any]
"""A decoded event: an assertion's flattened row, or a mark's (position, type, payload,
recorded_at)."""


def decode_rows(
    rows: Sequence[RawRow],
    *,
    versions: Mapping[str, int],
    behaviours: Mapping[str, TimeBehaviour],
    sqlite: bool = False,
    chunks: history.PackedChunks | None = None,
) -> list[Decoded]:
    """Decode the driver's rows of claim events (older schema versions are upcast);
    ``sqlite``: rows for SQLite (see :func:`.flatten.flatten`); ``chunks``: where each
    row's facts go, made JSON (:func:`.history.packed`) while the row is in the CPU's
    caches.

    Raises:
        ProjectionError: a payload that is not JSON or has a bad shape.
    """
    found: list[Decoded] = []
    for position, etype, version, payload, recorded in rows:
        if version != versions[etype]:
            text = payload if isinstance(payload, str) else payload.decode()
            data = registry.decode(etype, version, text).model_dump(mode="json")
            payload = orjson.dumps(data)  # noqa: PLW2901 - the upcast text replaces it
        if etype == "ClaimAsserted":
            try:
                row = flatten(payload, position, recorded, behaviours, sqlite)
                if chunks is not None:
                    chunks.add(row)
                found.append(row)
            except (msgspec.MsgspecError, TypeError, ValueError, AttributeError) as exc:
                # the payload was validated when appended: a bad shape here is a damaged row
                raise ProjectionError(
                    f"event {position}: ClaimAsserted payload has a bad shape ({exc})"
                ) from None
            continue
        try:
            data = orjson.loads(payload)
        except orjson.JSONDecodeError as exc:
            raise ProjectionError(f"event {position}: payload is not JSON ({exc})") from None
        if not isinstance(data, dict):
            raise ProjectionError(f"event {position}: payload is not a JSON object")
        found.append((position, etype, data, recorded))
    return found


Insert = tuple[str, list[list[Any]]]
"""An INSERT of every column (SQLite) or a COPY (PostgreSQL), and its rows."""


@dataclass(frozen=True, slots=True)
class Writes:
    """One batch's writes, in the order they run: inserts (:data:`Insert`: on SQLite
    an INSERT's rows, on PostgreSQL a COPY's), updates ``(sql,
    parameters)``, mark rows, history chunks (SQLite); ``final``: the last batch's,
    after which the shadow claims table is complete and PostgreSQL makes its history
    chunks from it (:func:`.history.fill`)."""

    inserts: list[Insert]
    updates: list[tuple[str, list[tuple[Any, ...]]]]
    marks: list[dict[str, Any]]
    chunks: list[history.Chunk]
    final: bool = False


class RebuildApplier:
    """:class:`tracker.projections.runner.Applier` of a rebuild into empty shadows."""

    def __init__(
        self,
        claims_t: Table,
        marks_t: Table,
        *,
        behaviours: Mapping[str, TimeBehaviour],
        history_t: Table | None = None,
    ) -> None:
        """``history_t``: the shadow history chunks (see :mod:`.history`); None writes
        none. SQLite's are made here, batch by batch, PostgreSQL's in the server from
        the complete shadow claims table with the last batch's writes (measured in
        paired 200k rebuilds: in SQL, SQLite spent ~9% more CPU than orjson chunks
        here, ~10 us a row in json_array and the numbering; PostgreSQL's client ~30%
        less, its server as much more, and 40 MB less peak memory)."""
        self.claims = claims_t
        self.marks = marks_t
        self.history = history_t
        self._chunks = history.PackedChunks()  # made here on SQLite only
        self.behaviours = dict(behaviours)
        self._versions = {t: registry.model_for(t).schema_version for t in CLAIM_EVENTS}
        self._heads: dict[GroupKey, list[_Head]] = {}
        self._pending: dict[int, list[Any]] = {}
        self._succ: dict[int, dict[str, Any]] = {}
        self._updates: dict[int, dict[str, Any]] = {}
        self._mark_rows: list[dict[str, Any]] = []
        self._watch: frozenset[str] | None = None
        self._rows_of: dict[str, list[_Watched]] = {}
        self._marked_ids: set[str] = set()
        self._watched_positions: set[int] = set()
        self._marked_positions: set[int] = set()
        self._pointers: dict[int, list[tuple[GroupKey, _Head]]] = {}
        self._sqlite = True
        self._pack_here = True  # SQLite: history chunks made here (see history_to_writer)
        columns = ", ".join(f'"{c}"' for c in _MARK_COLUMNS)
        params = ", ".join("?" * len(_MARK_COLUMNS))
        self._marks_sql = f"INSERT INTO {marks_t.name} ({columns}) VALUES ({params})"

    def reset(self) -> None:
        """Nothing to forget: a rebuild's applier is thrown away when a batch fails."""

    # -- entry points --------------------------------------------------------------------

    def apply(self, conn: Connection, batch: Sequence[RawEvent]) -> None:
        """Apply decoded events (the :class:`Applier` protocol); heads stay held."""
        sqlite = conn.dialect.name == "sqlite"
        rows: list[RawRow] = []
        for e in batch:
            recorded: Any = e.recorded_at
            if sqlite:
                recorded = utc_text(recorded.isoformat())
            version = self._versions[e.event_type]
            rows.append((e.position, e.event_type, version, orjson.dumps(e.payload), recorded))
        self.apply_rows(conn, rows)

    def apply_rows(self, conn: Connection, rows: Sequence[RawRow]) -> None:
        """Apply events as the driver read them: ``(position, type, schema version,
        payload text, recorded_at)``; heads stay held."""
        self.write(conn, self.prepare(conn, rows))

    def finish(self, conn: Connection) -> None:
        """Write everything still held (the heads): the tables are then complete."""
        self.write(conn, self.remaining())

    def prepare(self, conn: Connection, rows: Sequence[RawRow]) -> Writes:
        """Apply a batch in memory and return its writes, without writing: a rebuild
        may run :meth:`write` on another connection in another thread while this
        prepares the next batch (see :class:`tracker.projections.runner.PipelinedApplier`).
        ``conn`` is only read (the log's curation marks, before the first batch)."""
        self._begin(conn)
        items = decode_rows(
            rows,
            versions=self._versions,
            behaviours=self.behaviours,
            sqlite=self._sqlite,
            chunks=self._chunks if self._pack_here and self.history is not None else None,
        )
        assert_, mark = self._assert, self._mark
        for item in items:  # in log order
            if type(item) is list:
                assert_(item)
            else:
                mark(*item)
        return self._collect(final=False)

    def remaining(self) -> Writes:
        """The writes of everything still held (the heads): written, they complete the
        tables."""
        return self._collect(final=True)

    def _begin(self, conn: Connection) -> None:
        if self._watch is None:
            self._sqlite = conn.dialect.name == "sqlite"
            self._pack_here = self._pack_here and self._sqlite
            marks = read_raw(conn, 0, 2**62, 2**62, tuple(_MARK_KINDS))
            self._watch = frozenset(_claim_id(e) for e in marks)

    # -- assertions ----------------------------------------------------------------------

    def _assert(self, row: list[Any]) -> None:
        assert self._watch is not None
        position = row[_POSITION]
        self._pending[position] = row
        marked = False
        if row[_CLAIM_ID] in self._watch:
            marked = self._watched(row)
        if row[_BEHAVIOUR] == "carries":
            self._link(row, marked)

    def _watched(self, row: list[Any]) -> bool:
        """Remember a row of a claim id that some mark names; whether it is marked."""
        position, claim_id = row[_POSITION], row[_CLAIM_ID]
        self._watched_positions.add(position)
        marked = claim_id in self._marked_ids
        if marked:
            self._marked_positions.add(position)
            row[_MARKED] = 1
        group = (row[_SUBJECT], row[_PREDICATE], row[_QKEY], row[_OBJECT], row[_LANE])
        self._rows_of.setdefault(claim_id, []).append(
            _Watched(position, group, row[_BEHAVIOUR] == "carries")
        )
        return marked

    def _link(self, row: list[Any], marked: bool) -> None:
        """The live applier's successor rule (:meth:`ClaimsApplier._link`), on text."""
        group = (row[_SUBJECT], row[_PREDICATE], row[_QKEY], row[_OBJECT], row[_LANE])
        position, until = row[_POSITION], row[_UNTIL]
        start = row[_FROM] or MIN_DAY
        heads = self._heads.get(group)
        if heads is None:  # the first carried row of its key and lane: a head
            head = _Head(position, start, until, marked, row[_REPORTED], row[_RECORDED])
            self._heads[group] = [head]
            return
        reported, recorded = row[_REPORTED], row[_RECORDED]
        # Only an open-ended, unmarked claim may end others: one with an end of its own
        # stops being in force, and what it replaced is back after it.
        if not marked and until is None:
            keep: list[_Head] = []
            for head in heads:
                if head.start < start:
                    self._set_successor(group, head, position, start, reported, recorded)
                else:
                    keep.append(head)
        else:
            keep = heads
        succ = None  # the earliest later head that may end it (by start, then position)
        for head in keep:
            if (
                head.start > start
                and not head.marked
                and head.until is None
                and (succ is None or _start_position(head) < _start_position(succ))
            ):
                succ = head
        if succ is not None:
            if succ.position in self._watched_positions:
                me = _Head(position, start, until, False, reported, recorded)
                self._pointers.setdefault(succ.position, []).append((group, me))
            row[_SUCC_POSITION] = succ.position
            row[_SUCC_START] = succ.start
            row[_SUCC_REPORTED] = succ.reported_at
            row[_SUCC_RECORDED] = succ.recorded_at
            row[_HORIZON] = _horizon(until, succ.start)
            if keep is not heads:
                self._heads[group] = keep
        else:
            head = _Head(position, start, until, marked, reported, recorded)
            if keep is heads:
                heads.append(head)
            else:
                keep.append(head)
                self._heads[group] = keep

    def _set_successor(
        self, group: GroupKey, head: _Head, position: int, start: str, reported: str, recorded: Any
    ) -> None:
        horizon = _horizon(head.until, start)
        pending = self._pending.get(head.position)
        if pending is not None:  # the usual case: a held head
            pending[_SUCC_POSITION] = position
            pending[_SUCC_START] = start
            pending[_SUCC_REPORTED] = reported
            pending[_SUCC_RECORDED] = recorded
            pending[_HORIZON] = horizon
        else:
            self._succ[head.position] = {
                "succ_position": position,
                "succ_start": start,
                "succ_reported": reported,
                "succ_recorded": recorded,
                "horizon": horizon,
            }
        if position in self._watched_positions:
            self._pointers.setdefault(position, []).append((group, head))

    @staticmethod
    def _set(row: list[Any], values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            row[IX[name]] = value

    def _set_row(self, position: int, values: dict[str, Any], queue: dict[int, Any]) -> None:
        pending = self._pending.get(position)
        if pending is not None:
            self._set(pending, values)
        else:
            queue.setdefault(position, {}).update(values)

    # -- marks ---------------------------------------------------------------------------

    def _mark(self, position: int, etype: str, p: dict[str, Any], recorded: Any) -> None:
        try:
            claim_id = p["claim_id"]
            reported = utc_text(p["reported_at"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectionError(
                f"event {position}: {etype} payload has a bad shape ({exc!r})"
            ) from None
        kind = _MARK_KINDS[etype]
        rows = self._rows_of.get(claim_id, [])
        self._mark_rows.append(
            {
                "position": position,
                "claim_id": claim_id,
                "kind": kind,
                "rank": p.get("rank"),
                "reason": p.get("reason", ""),
                "by": p.get("by") or p.get("asserted_by") or "",
                "reported_at": _instant(reported),
                "recorded_at": _instant(recorded),
                "document_id": p.get("document_id"),
                "subject": rows[0].group[0] if rows else None,
                "predicate": rows[0].group[1] if rows else None,
            }
        )
        self._marked_ids.add(claim_id)
        for row in rows:
            self._set_row(row.position, {"marked": 1}, self._updates)
            self._marked_positions.add(row.position)
        self._unlink(rows)

    def _unlink(self, rows: Sequence[_Watched]) -> None:
        """Clear the successor hints pointing at newly marked rows; those rows' own
        predecessors become heads again (what the live applier asks the tables for)."""
        positions = {r.position for r in rows}
        for group in {r.group for r in rows if r.carried}:
            for head in self._heads.get(group, []):
                if head.position in positions:
                    head.marked = True
        for position in sorted(positions):
            for group, head in self._pointers.pop(position, []):
                self._set_row(
                    head.position, {**_CLEARED, "horizon": head.until or MAX_DAY}, self._succ
                )
                head.marked = head.position in self._marked_positions
                self._heads.setdefault(group, []).append(head)

    # -- writing -------------------------------------------------------------------------

    def _collect(self, final: bool) -> Writes:
        """The writes of the batch just applied: rows now final (no later event changes
        them: a later successor or mark of theirs becomes an update), successor and
        mark updates of rows written before, and mark rows. The applier keeps nothing
        they hold, so they may be written while it applies the next batch."""
        ready, held = self._split(final)
        self._pending = held
        inserts: list[Insert] = []
        if ready and self._sqlite:
            params = ", ".join("?" * len(COLUMNS))
            inserts = [(f"INSERT INTO {self.claims.name} VALUES ({params})", ready)]
        elif ready:
            inserts = [(f"COPY {self.claims.name} ({', '.join(COLUMNS)}) FROM STDIN", ready)]
        updates = [
            self._update_statement(queue, columns)
            for queue, columns in ((self._succ, _SUCC), (self._updates, ("marked",)))
            if queue
        ]
        self._succ, self._updates = {}, {}
        marks, self._mark_rows = self._mark_rows, []
        return Writes(inserts, updates, marks, self._chunks.take(final=final), final)

    def write(self, conn: Connection, writes: Writes) -> None:
        """Execute one batch's writes (see :meth:`prepare`) in ``conn``'s transaction."""
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        cursor: Any = dbapi.cursor()  # the driver's own (executemany takes an iterator)
        try:
            if self._sqlite:
                execute(cursor, self.statements(writes)[0])
                return
            for sql, rows in writes.inserts:
                with cursor.copy(sql) as copy:
                    for row in rows:
                        copy.write_row(row)
            for sql, params in writes.updates:
                cursor.executemany(sql, params)
            if self.history is not None:
                history.write(cursor, self.history.name, writes.chunks, self._sqlite)
        finally:
            cursor.close()
        if writes.marks:
            conn.execute(self.marks.insert(), writes.marks)
        if writes.final and self.history is not None:
            # every claims row is written: the server makes their histories (see __init__)
            history.fill(conn, self.claims.name, self.history.name)

    def statements(self, writes: Writes) -> tuple[list[Statement], int | None]:
        """One batch's writes on SQLite as statements and their rows, in the order they
        run (``executemany`` each), and which of them inserts claims rows (None: none):
        what :meth:`write` runs, and what a rebuild's writer process runs on a
        connection of its own (:mod:`.shadow_writer`). Every value is one the driver
        binds as it is (text, numbers, bytes, ``None``, ``bool``), so they cross to
        another process as msgpack unchanged."""
        found: list[Statement] = [*writes.inserts, *writes.updates]
        if self.history is not None and writes.chunks:
            found.append((history.insert_sql(self.history.name), writes.chunks))
        if writes.marks:
            found.append((self._marks_sql, [_mark_row(m) for m in writes.marks]))
        return found, (0 if writes.inserts else None)

    def history_to_writer(self) -> dict[str, Any] | None:
        """Leave the history chunks (SQLite) to a writer process, which makes them of the
        claims rows it inserts (:class:`.shadow_writer.PackedChunks`, the same chunks):
        from now on this applier makes none. Returns the writer's settings for them (see
        :func:`.shadow_writer.serve`), or None when it writes no history."""
        if self.history is None or not self._sqlite:
            return None
        self._pack_here = False
        return {"sql": history.insert_sql(self.history.name), **history.packing()}

    def _split(self, final: bool) -> tuple[list[list[Any]], dict[int, list[Any]]]:
        """Rows to write now, in position order, and rows to keep: the newest
        :data:`HELD_LIMIT` (or, ``final``, none). Rows are held in the order they were
        asserted, which is position order (the log's), so nothing needs sorting."""
        pending = self._pending
        if final:
            return list(pending.values()), {}
        cut = len(pending) - HELD_LIMIT
        if cut <= 0:
            return [], pending
        rows = iter(pending.items())
        ready = [row for _, row in islice(rows, cut)]
        return ready, dict(rows)

    def _update_statement(
        self, queue: dict[int, dict[str, Any]], columns: Sequence[str]
    ) -> tuple[str, list[tuple[Any, ...]]]:
        mark = "?" if self._sqlite else "%s"
        sets = ", ".join(f"{c} = {mark}" for c in columns)
        sql = f"UPDATE {self.claims.name} SET {sets} WHERE position = {mark}"
        params = []
        for position, values in queue.items():  # every queued change sets all ``columns``
            row = [values[c] for c in columns]
            if not self._sqlite and columns[0] == "marked":
                row[0] = bool(row[0])  # psycopg binds an int as a number, not a boolean
            params.append((*row, position))
        return sql, params


_MARK_COLUMNS = tuple(c.name for c in mark_columns())


def _mark_row(mark: Mapping[str, Any]) -> list[Any]:
    """A mark's row as SQLite stores it: its times as the fixed-width UTC text of
    :class:`tracker.store.schema.UTCDateTime` (what the table's insert would bind)."""
    return [
        format_recorded_at(v) if isinstance(v := mark[c], datetime) else v for c in _MARK_COLUMNS
    ]


def _instant(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.fromisoformat(value)


def _claim_id(event: RawEvent) -> str:
    claim_id = event.payload.get("claim_id")
    if not isinstance(claim_id, str):
        raise ProjectionError(f"event {event.position}: {event.event_type} names no claim id")
    return claim_id
