"""SQL over the claims projection: each function narrows candidates with an index and
hands :class:`~tracker.domain.resolution.ClaimFact` rows to the pure rules.

Narrowing must never drop a row the rules would need; see ``state_candidates``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.engine import Connection

from tracker.domain.resolution import ClaimFact, Clocks, Mark
from tracker.projections.claims import FACT_FIELDS, _kinds
from tracker.projections.tables import claim_marks, claims

_FACT_COLUMNS = tuple(claims.c[name] for name in FACT_FIELDS)
_IN_CHUNK = 500


def _facts(conn: Connection, stmt: Select[Any]) -> list[ClaimFact]:
    """Run a select of :data:`_FACT_COLUMNS` and build facts from the driver's rows.

    The statement goes through SQLAlchemy (its compiled cache), the rows do not: the
    column types' per-value processing is done here with one cache per call (a few
    thousand distinct dates and times among tens of thousands of rows).
    """
    result = conn.execute(stmt)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    if not rows:
        return []
    dates, times, bools = _KINDS
    if conn.dialect.name == "sqlite":
        day: Callable[[Any], Any] = date.fromisoformat
        instant: Callable[[Any], Any] = datetime.fromisoformat
    else:
        day, instant = _same, _to_utc
    seen: dict[Any, Any] = {None: None}
    facts = []
    for values in rows:
        row = list(values)
        for i in dates:
            v = row[i]
            found = seen.get(v, _MISSING)
            if found is _MISSING:
                found = seen[v] = day(v)
            row[i] = found
        for i in times:
            v = row[i]
            found = seen.get(v, _MISSING)
            if found is _MISSING:
                found = seen[v] = instant(v)
            row[i] = found
        for i in bools:
            row[i] = bool(row[i])
        facts.append(ClaimFact(*row))
    return facts


_MISSING: Any = object()
_KINDS = _kinds(FACT_FIELDS)


def _same(value: Any) -> Any:
    return value


def _to_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _clock_filters(clocks: Clocks) -> list[ColumnElement[bool]]:
    c = claims.c
    found: list[ColumnElement[bool]] = []
    if clocks.known_at is not None:
        found.append(c.reported_at <= clocks.known_at)
    if clocks.recorded_by is not None:
        found.append(c.recorded_at <= clocks.recorded_by)
    return found


def state_candidates(
    conn: Connection, as_of: date, clocks: Clocks, subject: str | None = None
) -> list[ClaimFact]:
    """Rows that may be in force at ``as_of`` through the clocks.

    A row is skipped when its window excludes ``as_of``, or when its successor (a later
    carried claim of its key, with no marks at all) starts by ``as_of`` and is itself
    visible through the clocks: such a row can never be the latest start. With no
    ``known_at``/``recorded_by`` that is the index range ``horizon >= as_of``.
    """
    c = claims.c
    keep = [c.horizon >= as_of]
    if clocks.known_at is not None:
        keep.append(c.succ_reported > clocks.known_at)
    if clocks.recorded_by is not None:
        keep.append(c.succ_recorded > clocks.recorded_by)
    stmt = select(*_FACT_COLUMNS).where(
        or_(*keep) if len(keep) > 1 else keep[0],
        or_(c.in_force_from.is_(None), c.in_force_from <= as_of),
        or_(c.in_force_until.is_(None), c.in_force_until >= as_of),
        *_clock_filters(clocks),
    )
    if subject is not None:
        stmt = stmt.where(c.subject == subject)
    return _facts(conn, stmt)


def listed_claims(
    conn: Connection,
    clocks: Clocks,
    *,
    subject: str | None = None,
    predicate: str | None = None,
    limit: int | None = None,
) -> list[ClaimFact]:
    c = claims.c
    stmt = select(*_FACT_COLUMNS).where(*_clock_filters(clocks))
    if subject is not None:
        stmt = stmt.where(c.subject == subject)
    if predicate is not None:
        stmt = stmt.where(c.predicate == predicate)
    stmt = stmt.order_by(c.subject, c.predicate, c.reported_at, c.position)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _facts(conn, stmt)


def subject_claims(
    conn: Connection,
    subject: str,
    predicate: str | None = None,
    *,
    lane: str | None = None,
) -> list[ClaimFact]:
    """Every assertion about a subject (and predicate), oldest report first."""
    c = claims.c
    stmt = select(*_FACT_COLUMNS).where(c.subject == subject)
    if predicate is not None:
        stmt = stmt.where(c.predicate == predicate)
    if lane is not None:
        stmt = stmt.where(c.lane == lane)
    return _facts(conn, stmt.order_by(c.reported_at, c.recorded_at, c.position))


def claims_by_id(conn: Connection, claim_ids: Iterable[str]) -> list[ClaimFact]:
    found: list[ClaimFact] = []
    for chunk in _chunks(sorted(set(claim_ids))):
        found.extend(
            _facts(
                conn,
                select(*_FACT_COLUMNS)
                .where(claims.c.claim_id.in_(chunk))
                .order_by(claims.c.position),
            )
        )
    return found


def due_plans(conn: Connection, as_of: date, clocks: Clocks) -> list[ClaimFact]:
    """Planned and announced claims whose valid time ends by ``as_of``."""
    c = claims.c
    stmt = select(*_FACT_COLUMNS).where(
        c.modality.in_(["planned", "announced"]),
        c.valid_end <= as_of,
        c.valid_kind != "open",
        *_clock_filters(clocks),
    )
    return _facts(conn, stmt.order_by(c.valid_end, c.subject, c.position))


def marks_for(conn: Connection, claim_ids: Iterable[str] | None = None) -> dict[str, list[Mark]]:
    """Marks of the given claim ids (all marks when ``None``), oldest first."""
    m = claim_marks.c
    base = select(
        m.position,
        m.claim_id,
        m.kind,
        m.reported_at,
        m.recorded_at,
        m.rank,
        m.reason,
        m.by,
        m.document_id,
        m.subject,
        m.predicate,
    ).order_by(m.position)
    found: dict[str, list[Mark]] = defaultdict(list)
    statements = (
        [base]
        if claim_ids is None
        else [base.where(m.claim_id.in_(chunk)) for chunk in _chunks(sorted(set(claim_ids)))]
    )
    for stmt in statements:
        for row in conn.execute(stmt):
            found[row.claim_id].append(Mark(*row))
    return found


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield list(items[start : start + _IN_CHUNK])
