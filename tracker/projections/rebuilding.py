"""The claims applier of a rebuild: curation marks handled in memory.

A rebuild fills empty shadow tables from position 0, so the applier can know everything
it needs without asking them. Before its first batch it scans the log's marks for the
claim ids they name (about 1% of claim events); it then remembers, for those ids only,
their rows, their marks and which rows point at them as successor. A mark is then a few
dictionary updates, written with the batch, where the live applier needs several
statements and a flush per mark. The rows come out exactly as the live applier makes
them (the property test compares an incremental build with a rebuilt one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.engine import Connection

from tracker.domain.resolution import ClaimFact, GroupKey
from tracker.errors import ProjectionError
from tracker.projections.claims import (
    _MARK_KINDS,
    ClaimsApplier,
    MarkTuple,
    _Head,
    summarize,
)
from tracker.projections.runner import RawEvent, read_raw
from tracker.projections.tables import MAX_DATE

_SUMMARY = (
    "withdrawn_reported_at",
    "withdrawn_recorded_at",
    "retracted_reported_at",
    "retracted_recorded_at",
    "rank",
)
_CLEARED = {"succ_position": None, "succ_start": None, "succ_reported": None, "succ_recorded": None}


@dataclass(frozen=True, slots=True)
class _Watched:
    """A row of a claim id that some mark names."""

    position: int
    group: GroupKey
    carried: bool
    reported_at: datetime


class RebuildApplier(ClaimsApplier):
    """:class:`ClaimsApplier` for a rebuild (``complete``): marks are kept in memory."""

    _watch: frozenset[str] | None = None

    def apply(self, conn: Connection, batch: Sequence[RawEvent]) -> None:
        if self._watch is None:
            self._start(conn)
        for event in batch:
            if event.event_type == "ClaimAsserted":
                self._assert(conn, event)
            else:
                self._mark_in_memory(event)
        self._flush(conn)

    def _start(self, conn: Connection) -> None:
        marks = read_raw(conn, 0, 2**62, 2**62, tuple(_MARK_KINDS))
        self._watch = frozenset(_claim_id(e) for e in marks)
        self._marked = set()
        self._rows_of: dict[str, list[_Watched]] = {}
        self._marks_of: dict[str, list[MarkTuple]] = {}
        self._watched_positions: set[int] = set()
        self._marked_positions: set[int] = set()
        self._pointers: dict[int, list[tuple[GroupKey, _Head]]] = {}
        self._updates: dict[int, dict[str, Any]] = {}
        self._mark_rows: list[dict[str, Any]] = []

    # -- assertions: remember the rows of watched claim ids --------------------------------

    def _assert(self, conn: Connection, event: RawEvent) -> None:
        assert self._watch is not None
        claim = event.payload.get("claim")
        watched = isinstance(claim, dict) and claim.get("claim_id") in self._watch
        if watched:
            self._watched_positions.add(event.position)
        super()._assert(conn, event)
        if watched:
            row = self._pending[event.position]
            group = (row["subject"], row["predicate"], row["qkey"], row["object"], row["lane"])
            self._rows_of.setdefault(row["claim_id"], []).append(
                _Watched(event.position, group, row["behaviour"] == "carries", row["reported_at"])
            )
            if row["marked"]:
                self._marked_positions.add(event.position)

    def _marked_summary(self, conn: Connection, fact: ClaimFact) -> dict[str, Any]:
        return summarize(self._marks_of.get(fact.claim_id, ()), fact.reported_at)

    def _linked(
        self, group: GroupKey, row: _Head | ClaimFact, start: date, succ_position: int
    ) -> None:
        if succ_position not in self._watched_positions:
            return  # a successor no mark will ever name: the hint stays
        if isinstance(row, ClaimFact):
            row = _Head(
                row.position, start, row.in_force_until, False, row.reported_at, row.recorded_at
            )
        self._pointers.setdefault(succ_position, []).append((group, row))

    # -- marks ---------------------------------------------------------------------------

    def _mark_in_memory(self, event: RawEvent) -> None:
        assert self._marked is not None
        p = event.payload
        try:
            claim_id = p["claim_id"]
            reported = datetime.fromisoformat(p["reported_at"]).astimezone(UTC)
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectionError(
                f"event {event.position}: {event.event_type} payload has a bad shape ({exc!r})"
            ) from None
        kind = _MARK_KINDS[event.event_type]
        rows = self._rows_of.get(claim_id, [])
        self._mark_rows.append(
            {
                "position": event.position,
                "claim_id": claim_id,
                "kind": kind,
                "rank": p.get("rank"),
                "reason": p.get("reason", ""),
                "by": p.get("by") or p.get("asserted_by") or "",
                "reported_at": reported,
                "recorded_at": event.recorded_at,
                "document_id": p.get("document_id"),
                "subject": rows[0].group[0] if rows else None,
                "predicate": rows[0].group[1] if rows else None,
            }
        )
        marks = self._marks_of.setdefault(claim_id, [])
        marks.append((event.position, kind, p.get("rank"), reported, event.recorded_at))
        self._marked.add(claim_id)
        for row in rows:
            values = summarize(marks, row.reported_at)
            values["marked"] = True
            self._set_row(row.position, values, self._updates)
            self._marked_positions.add(row.position)
        self._unlink(rows)

    def _set_row(self, position: int, values: dict[str, Any], queue: dict[int, Any]) -> None:
        pending = self._pending.get(position)
        if pending is not None:
            pending.update(values)
        else:
            queue.setdefault(position, {}).update(values)

    def _unlink(self, rows: Sequence[_Watched]) -> None:  # type: ignore[override]
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
                    head.position, {**_CLEARED, "horizon": head.until or MAX_DATE}, self._succ
                )
                head.marked = head.position in self._marked_positions
                self._heads.setdefault(group, []).append(head)

    def _flush(self, conn: Connection) -> None:
        super()._flush(conn)
        if self._updates:
            c = self.claims.c
            stmt = (
                update(self.claims)
                .where(c.position == bindparam("_position"))
                .values({name: bindparam(name) for name in ("marked", *_SUMMARY)})
            )
            conn.execute(stmt, [{"_position": p, **v} for p, v in self._updates.items()])
            self._updates.clear()
        if self._mark_rows:
            conn.execute(self.marks.insert(), self._mark_rows)
            self._mark_rows.clear()


def _claim_id(event: RawEvent) -> str:
    claim_id = event.payload.get("claim_id")
    if not isinstance(claim_id, str):
        raise ProjectionError(f"event {event.position}: {event.event_type} names no claim id")
    return claim_id
