"""The current state, materialized: SPEC §5 ``state`` at one valid day, through every
clock, kept as one row per entry in ``claim_state``.

"What is the state of the industry now?" is the question asked most, and computed from
the claims table it reads every candidate row (at 1M events ~20k entries and ~73k
alternatives, seconds on SQLite). This table holds its answer for the day in
``claim_state_day``, each entry as its key and the JSON of its answer's claim views
(the winner's, the alternatives'), so the question becomes one narrow read of ~20k rows
and a C decode per entry; the alternatives are read only when asked for.

The rule that keeps it exact: whenever ``claim_state_day.day`` is not NULL, the table
equals what the resolution rules compute from the claims tables at that day, in every
committed transaction. So everything that writes the claims tables keeps it in the same
transaction:

* a catch-up batch recomputes the subjects it touched (at most
  :data:`SUBJECTS_PER_BATCH`; more than that and it empties the table and sets the day
  to NULL instead: a bulk load would otherwise recompute every subject per batch);
* a rebuild's swap and a clear empty it and set the day to NULL;
* :func:`refresh` recomputes it all at a new day (the day changed, or it was emptied);
  ``Tracker.state`` calls it before answering about today's whole industry.

Readers take the day and the rows in one statement and use them only when the day is
the one they ask about, so a stale or emptied table is never an answer: the query then
computes the state from the claims table as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import orjson
from pydantic import BaseModel
from sqlalchemy import delete, select, update
from sqlalchemy.engine import Connection

from tracker.domain.answers import ClaimView
from tracker.domain.resolution import Clocks, Resolved, resolve_state
from tracker.domain.views import to_view
from tracker.projections.tables import claim_state, claim_state_day
from tracker.query import read

SUBJECTS_PER_BATCH = 64
"""Subjects a catch-up batch recomputes in place (~1-2 ms each); beyond, the table is
emptied and recomputed whole by the next :func:`refresh`."""

_EVERY = Clocks()


def stored_day(conn: Connection) -> date | None:
    """The day the table holds (None: none, or no ``claim_state_day`` row yet)."""
    return conn.execute(select(claim_state_day.c.day).where(claim_state_day.c.id == 1)).scalar()


def invalidate(conn: Connection) -> None:
    """Empty the table and mark it as holding no day (the claims tables changed whole)."""
    conn.execute(delete(claim_state))
    _set_day(conn, None)


def refresh(conn: Connection, day: date) -> bool:
    """Recompute the whole table at ``day`` unless it already holds it; returns whether
    it did. The caller holds the projection's write lock."""
    if stored_day(conn) == day:
        return False
    conn.execute(delete(claim_state))
    _write(conn, _resolve(conn, day, None))
    _set_day(conn, day)
    return True


def after_batch(conn: Connection, subjects: Iterable[str]) -> None:
    """Keep the table exact after a batch changed the claims of ``subjects``."""
    touched = sorted(set(subjects))
    if not touched:
        return
    day = stored_day(conn)
    if day is None:
        return
    if len(touched) > SUBJECTS_PER_BATCH:
        invalidate(conn)
        return
    conn.execute(delete(claim_state).where(claim_state.c.subject.in_(touched)))
    for subject in touched:
        _write(conn, _resolve(conn, day, subject))


def _resolve(conn: Connection, day: date, subject: str | None) -> list[Resolved]:
    facts, marked = read.state_candidates(conn, day, _EVERY, subject)
    marks = read.marks_for(conn, marked) if marked else {}
    return resolve_state(facts, marks, day, _EVERY)


def state_row(resolved: Resolved) -> dict[str, Any]:
    """The table's row of one entry: its key, and its claims as the answer's JSON."""
    winner = resolved.winner
    return {
        "position": winner.position,
        "subject": winner.subject,
        "predicate": winner.predicate,
        "qkey": winner.qkey,
        "object": winner.object,
        "lane": winner.lane,
        "behaviour": resolved.behaviour,
        "alternative_count": len(resolved.alternatives),
        "disputed_with": json.dumps(resolved.disputed_with),
        "claim": entry_json(resolved),
        "alternatives": view_json([to_view(f, rank) for f, rank in resolved.alternatives]),
    }


def entry_json(resolved: Resolved) -> bytes:
    """The ``claim`` column of an entry: what a reader needs of it besides the count of
    its alternatives, in one value: the JSON array of its lane, behaviour, disputing
    claim ids and winner's view, then a NUL and its group key as UTF-8 (subject,
    predicate, qkey, object or "" and lane joined by
    :data:`tracker.query.read.KEY_SEPARATOR`). JSON holds no NUL byte, so the first
    one ends it; UTF-8 bytes order as the text does, so the keys order the entries
    without decoding their JSON, which is then decoded in order, each just before its
    answer is built (decoded all first, then built, cost a quarter more: the decoded
    values had left the caches). Read as columns, the key joined per row in SQL, the
    whole industry's SQL cost half as much again."""
    winner = resolved.winner
    key = read.KEY_SEPARATOR.join(
        (winner.subject, winner.predicate, winner.qkey, winner.object or "", winner.lane)
    )
    view = to_view(winner, resolved.winner_rank)
    entry = [winner.lane, resolved.behaviour, list(resolved.disputed_with), view]
    return orjson.dumps(entry, default=_fields) + b"\0" + key.encode()


def view_json(value: ClaimView | list[ClaimView]) -> bytes:
    """Claim views as JSON: models as their field dicts (every field is set), dates and
    times in ISO form (orjson's own), floats as their shortest exact text."""
    return orjson.dumps(value, default=_fields)


def _fields(value: Any) -> dict[str, Any]:
    if isinstance(value, BaseModel):
        return value.__dict__
    raise TypeError(f"{type(value).__name__} is not JSON")


def _write(conn: Connection, resolved: Sequence[Resolved]) -> None:
    if resolved:
        conn.execute(claim_state.insert(), [state_row(r) for r in resolved])


def _set_day(conn: Connection, day: date | None) -> None:
    found = conn.execute(update(claim_state_day).where(claim_state_day.c.id == 1).values(day=day))
    if found.rowcount == 0:
        conn.execute(claim_state_day.insert().values(id=1, day=day))


__all__ = [
    "SUBJECTS_PER_BATCH",
    "after_batch",
    "entry_json",
    "invalidate",
    "refresh",
    "state_row",
    "stored_day",
    "view_json",
]
