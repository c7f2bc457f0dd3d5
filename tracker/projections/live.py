"""The live applier of the claims projection: catch-up batches into the live tables
(:class:`ClaimsApplier`; a rebuild has its own, :mod:`.rebuilding`).

The successor hints (see :mod:`.tables`) follow one deterministic rule: a new carried
claim with no marks and no end of its own becomes the successor of every *head* of its
key and lane (a row with no successor) that starts before it; if it starts before such
an eligible head, the earliest one becomes its own successor, else it is a head itself.
A mark on a claim clears the hints that point at its rows.

Moved out of :mod:`.claims`, which keeps the projection itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import Table, and_, select, update
from sqlalchemy.engine import Connection

from tracker.domain.claims import TimeBehaviour
from tracker.domain.predicates import BEHAVIOURS
from tracker.domain.resolution import FACT_FIELDS, ClaimFact, GroupKey, fact_from_json
from tracker.errors import ProjectionError
from tracker.projections import history
from tracker.projections.claims import _LOOKUP_INDEXES, _MARK_KINDS
from tracker.projections.log_reads import RawEvent
from tracker.projections.tables import MAX_DATE, claims, index_name


@dataclass(slots=True)
class _Head:
    """A carried row with no successor, as the applier remembers it."""

    position: int
    start: date
    until: date | None
    marked: bool
    reported_at: datetime
    recorded_at: datetime


def _day_before(day: date) -> date:
    return day - timedelta(days=1) if day > date.min else day


def _horizon(until: date | None, succ_start: date | None) -> date:
    end = until or MAX_DATE
    if succ_start is not None:
        end = min(end, _day_before(succ_start))
    return end


_COLUMNS = tuple(c.name for c in claims.columns)
assert _COLUMNS[: len(FACT_FIELDS)] == FACT_FIELDS, "claims columns start with ClaimFact's"
_FACT_VALUES = attrgetter(*FACT_FIELDS)
_ROW_VALUES = itemgetter(*_COLUMNS)
_SUCC_COLUMNS = ("succ_position", "succ_start", "succ_reported", "succ_recorded", "horizon")
_SUCC_VALUES = itemgetter(*_SUCC_COLUMNS)


def _kinds(columns: tuple[str, ...]) -> tuple[list[int], list[int], list[int]]:
    """Positions of the Date, UTCDateTime and Boolean columns among ``columns``."""
    types = {c.name: type(c.type).__name__ for c in claims.columns}

    def pick(kind: str) -> list[int]:
        return [i for i, c in enumerate(columns) if types.get(c) == kind]

    return pick("Date"), pick("UTCDateTime"), pick("Boolean")


def _utc_text(value: datetime) -> str:
    """``format_recorded_at`` without strftime (5x faster; same text for UTC values)."""
    if value.utcoffset():
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _text_of_day(seen: dict[Any, Any], value: date) -> str:
    text = seen[value] = value.isoformat()
    return text


def _text_of_instant(seen: dict[Any, Any], value: datetime) -> str:
    text = seen[value] = _utc_text(value)
    return text


SqliteRow = Callable[[Mapping[str, Any], dict[Any, Any], dict[Any, Any]], tuple[Any, ...]]


def _sqlite_row(columns: tuple[str, ...]) -> SqliteRow:
    """A function taking a row dict to the tuple of ``columns`` as UTCDateTime and Date
    store them on SQLite (booleans bind as they are: ``bool`` is an ``int``).

    Generated once per column list, so a flush runs one call per row with the lookups
    inlined; ``days`` and ``instants`` (holding ``None: None``) remember each distinct
    value's text for the flush: a batch of appends shares its ``recorded_at``, a report
    time comes back as a successor's, and dates repeat.
    """
    dates, times, _ = _kinds(columns)
    parts = []
    for i, name in enumerate(columns):
        get = f"r[{name!r}]"
        if i in dates:
            parts.append(f"(d[v] if (v := {get}) in d else day(d, v))")
        elif i in times:
            parts.append(f"(t[v] if (v := {get}) in t else instant(t, v))")
        else:
            parts.append(get)
    source = f"def row(r, d, t):\n    return ({', '.join(parts)},)\n"
    scope: dict[str, Any] = {"day": _text_of_day, "instant": _text_of_instant}
    exec(source, scope)  # noqa: S102 - code built from the table's own column names
    return scope["row"]  # type: ignore[no-any-return]


_UNLINKED: dict[str, Any] = {
    "succ_position": None,
    "succ_start": None,
    "succ_reported": None,
    "succ_recorded": None,
}
"""The columns of a new row that only a later event (a successor) sets."""
_ROW_TO_SQLITE = _sqlite_row(_COLUMNS)
_SUCC_TO_SQLITE = _sqlite_row(_SUCC_COLUMNS)
_FACT_TO_TEXT = _sqlite_row(FACT_FIELDS)


class ClaimsApplier:
    """Applies claim events to one pair of tables (the live ones or the shadows).

    ``complete`` means the tables started empty under this applier (a rebuild): its
    memory of heads is then the whole truth and it never asks the database for them.
    """

    def __init__(
        self,
        claims_t: Table,
        marks_t: Table,
        *,
        complete: bool,
        behaviours: Mapping[str, TimeBehaviour] = BEHAVIOURS,
        history_t: Table | None = None,
    ) -> None:
        """``history_t``: the history chunks of ``claims_t`` (see :mod:`.history`),
        written with its rows; None writes none."""
        self.behaviours = behaviours
        self.claims = claims_t
        self.marks = marks_t
        self.history = history_t
        self.complete = complete
        self._lookups_ready = not complete
        self._heads: dict[GroupKey, list[_Head]] = {}
        self._marked: set[str] | None = None
        self._pending: dict[int, dict[str, Any]] = {}
        self._succ: dict[int, dict[str, Any]] = {}
        self._subjects: set[str] = set()
        names = ", ".join(_COLUMNS)
        self._insert_sql = (
            f"INSERT INTO {claims_t.name} ({names}) VALUES ({', '.join('?' * len(_COLUMNS))})"
        )
        self._copy_sql = f"COPY {claims_t.name} ({names}) FROM STDIN"
        sets = ", ".join(f"{c} = ?" for c in _SUCC_COLUMNS)
        self._succ_sql = f"UPDATE {claims_t.name} SET {sets} WHERE position = ?"

    def reset(self) -> None:
        if self.complete:
            return  # a rebuild's applier is thrown away on failure
        self._heads.clear()
        self._marked = None
        self._pending.clear()
        self._succ.clear()
        self._subjects.clear()

    def apply(self, conn: Connection, batch: Sequence[RawEvent]) -> None:
        if self._marked is None:
            self._marked = set(conn.execute(select(self.marks.c.claim_id).distinct()).scalars())
        self._subjects.clear()
        for event in batch:
            if event.event_type == "ClaimAsserted":
                self._assert(conn, event)
            else:
                self._flush(conn)
                self._mark(conn, event)
        self._flush(conn)
        if self.claims is claims:  # the live tables: keep their current state exact
            from tracker.projections import current  # noqa: PLC0415 - it reads through query

            current.after_batch(conn, self._subjects)

    # -- assertions ---------------------------------------------------------------------

    def _assert(self, conn: Connection, event: RawEvent) -> None:
        assert self._marked is not None
        try:
            fact = fact_from_json(
                event.payload["claim"], event.position, event.recorded_at, self.behaviours
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # the payload was validated when appended: a bad shape here is a damaged row
            raise ProjectionError(
                f"event {event.position}: ClaimAsserted payload has a bad shape ({exc!r})"
            ) from None
        row = dict(zip(FACT_FIELDS, _FACT_VALUES(fact), strict=True))
        marked = fact.claim_id in self._marked
        row.update(_UNLINKED)
        row["horizon"] = fact.in_force_until or MAX_DATE
        row["marked"] = marked
        self._pending[fact.position] = row
        self._subjects.add(fact.subject)
        if fact.behaviour == "carries":
            self._link(conn, fact, row, marked)

    def _link(self, conn: Connection, fact: ClaimFact, row: dict[str, Any], marked: bool) -> None:
        heads = self._group_heads(conn, fact.group)
        start = fact.in_force_from or date.min
        # Only an open-ended, unmarked claim may end others: one with an end of its own
        # stops being in force, and what it replaced is back after it.
        target = not marked and fact.in_force_until is None
        keep: list[_Head] = []
        for head in heads:
            if target and head.start < start:
                self._set_successor(head, fact, start)
            else:
                keep.append(head)
        later = [h for h in keep if h.start > start and not h.marked and h.until is None]
        if later:
            succ = min(later, key=lambda h: (h.start, h.position))
            self._linked(fact.group, fact, start, succ.position)
            row.update(
                succ_position=succ.position,
                succ_start=succ.start,
                succ_reported=succ.reported_at,
                succ_recorded=succ.recorded_at,
                horizon=_horizon(fact.in_force_until, succ.start),
            )
        else:
            keep.append(
                _Head(
                    fact.position,
                    start,
                    fact.in_force_until,
                    marked,
                    fact.reported_at,
                    fact.recorded_at,
                )
            )
        heads[:] = keep

    def _set_successor(self, head: _Head, fact: ClaimFact, start: date) -> None:
        values = {
            "succ_position": fact.position,
            "succ_start": start,
            "succ_reported": fact.reported_at,
            "succ_recorded": fact.recorded_at,
            "horizon": _horizon(head.until, start),
        }
        pending = self._pending.get(head.position)
        if pending is not None:
            pending.update(values)
        else:
            self._succ[head.position] = values
        self._linked(fact.group, head, start, fact.position)

    def _linked(
        self, group: GroupKey, row: _Head | ClaimFact, start: date, succ_position: int
    ) -> None:
        """Hook: ``row`` (a head, or a new fact) now has the successor at ``succ_position``."""

    def _group_heads(self, conn: Connection, group: GroupKey) -> list[_Head]:
        heads = self._heads.get(group)
        if heads is not None:
            return heads
        heads = self._heads[group] = []
        if self.complete:
            return heads
        c = self.claims.c
        subject, predicate, qkey, obj, lane = group
        stmt = select(
            c.position, c.in_force_from, c.in_force_until, c.marked, c.reported_at, c.recorded_at
        ).where(
            c.subject == subject,
            c.predicate == predicate,
            c.qkey == qkey,
            c.object.is_(None) if obj is None else c.object == obj,
            c.lane == lane,
            c.behaviour == "carries",
            c.succ_position.is_(None),
        )
        for pos, start, until, marked, reported, recorded in conn.execute(stmt):
            heads.append(_Head(pos, start or date.min, until, bool(marked), reported, recorded))
        return heads

    def _flush(self, conn: Connection) -> None:
        """Write pending rows and successor hints through the driver: executemany on
        SQLite, COPY on PostgreSQL. Values are converted here exactly as the tables'
        SQLAlchemy types would store them (the rebuild's hot path skips that layer)."""
        if not (self._pending or self._succ):
            return
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        sqlite = conn.dialect.name == "sqlite"
        cursor = dbapi.cursor()
        try:
            if self._pending:
                if sqlite:
                    to_row, days, instants = _ROW_TO_SQLITE, {None: None}, {None: None}
                    cursor.executemany(
                        self._insert_sql,
                        [to_row(r, days, instants) for r in self._pending.values()],
                    )
                else:
                    with cursor.copy(self._copy_sql) as copy:
                        for r in self._pending.values():
                            copy.write_row(_ROW_VALUES(r))
                if self.history is not None:
                    self._write_history(cursor, sqlite)
                self._pending.clear()
            if self._succ:
                if sqlite:
                    to_succ, days, instants = _SUCC_TO_SQLITE, {None: None}, {None: None}
                    params: list[Any] = [
                        (*to_succ(v, days, instants), pos) for pos, v in self._succ.items()
                    ]
                else:
                    params = [(*_SUCC_VALUES(v), pos) for pos, v in self._succ.items()]
                cursor.executemany(self._succ_sql.replace("?", "?" if sqlite else "%s"), params)
                self._succ.clear()
        finally:
            cursor.close()

    def _write_history(self, cursor: Any, sqlite: bool) -> None:
        """The pending rows' history chunks: one per (subject, predicate) of the flush."""
        assert self.history is not None
        chunks = history.Chunks(chunk_rows=len(self._pending) + 1, sqlite=sqlite)
        days: dict[Any, Any] = {None: None}
        instants: dict[Any, Any] = {None: None}
        to_text = _FACT_TO_TEXT
        for position in sorted(self._pending):
            r = self._pending[position]
            chunks.add(r["subject"], r["predicate"], to_text(r, days, instants))
        history.write(cursor, self.history.name, chunks.take(final=True), sqlite)

    # -- marks --------------------------------------------------------------------------

    def _ensure_lookups(self, conn: Connection) -> None:
        """A rebuild creates its lookup indexes only when the first mark needs them."""
        if self._lookups_ready:
            return
        # Plain DDL, not Index objects: those would attach to the shadow Table and be
        # created again with it by the next rebuild.
        wanted = [(self.claims.name, suffix, cols) for suffix, cols in _LOOKUP_INDEXES]
        wanted.append((self.marks.name, "claim_id", ("claim_id",)))
        for table, suffix, cols in wanted:
            conn.exec_driver_sql(
                f"CREATE INDEX {index_name(table, suffix)} ON {table} ({', '.join(cols)})"
            )
        self._lookups_ready = True

    def _mark(self, conn: Connection, event: RawEvent) -> None:
        assert self._marked is not None
        self._ensure_lookups(conn)
        p = event.payload
        claim_id = p["claim_id"]
        kind = _MARK_KINDS[event.event_type]
        c = self.claims.c
        rows = conn.execute(
            select(
                c.position,
                c.subject,
                c.predicate,
                c.qkey,
                c.object,
                c.lane,
                c.behaviour,
            )
            .where(c.claim_id == claim_id)
            # in log order: the mark names the subject of the first assertion, as a
            # rebuild does (PostgreSQL returns updated rows in no fixed order)
            .order_by(c.position)
        ).all()
        conn.execute(
            self.marks.insert().values(
                position=event.position,
                claim_id=claim_id,
                kind=kind,
                rank=p.get("rank"),
                reason=p.get("reason", ""),
                by=p.get("by") or p.get("asserted_by") or "",
                reported_at=datetime.fromisoformat(p["reported_at"]),
                recorded_at=event.recorded_at,
                document_id=p.get("document_id"),
                subject=rows[0].subject if rows else None,
                predicate=rows[0].predicate if rows else None,
            )
        )
        self._marked.add(claim_id)
        self._subjects.update(r.subject for r in rows)
        if rows:
            conn.execute(update(self.claims).where(c.claim_id == claim_id).values(marked=True))
        self._unlink(conn, rows)

    def _unlink(self, conn: Connection, rows: Sequence[Any]) -> None:
        """Clear the successor hints pointing at newly marked rows; those rows' own
        predecessors become heads again."""
        positions = {r.position for r in rows}
        groups = {
            (r.subject, r.predicate, r.qkey, r.object, r.lane)
            for r in rows
            if r.behaviour == "carries"
        }
        c = self.claims.c
        for group in groups:
            for head in self._heads.get(group, []):
                if head.position in positions:
                    head.marked = True
            pointing = conn.execute(
                select(
                    c.position,
                    c.in_force_from,
                    c.in_force_until,
                    c.marked,
                    c.reported_at,
                    c.recorded_at,
                ).where(
                    and_(c.subject == group[0], c.predicate == group[1]),
                    c.succ_position.in_(sorted(positions)),
                )
            ).all()
            for pos, start, until, marked, reported, recorded in pointing:
                conn.execute(
                    update(self.claims)
                    .where(c.position == pos)
                    .values(
                        succ_position=None,
                        succ_start=None,
                        succ_reported=None,
                        succ_recorded=None,
                        horizon=until or MAX_DATE,
                    )
                )
                cached = self._heads.get(group)
                if cached is not None:
                    cached.append(
                        _Head(pos, start or date.min, until, bool(marked), reported, recorded)
                    )


__all__ = ["ClaimsApplier"]
