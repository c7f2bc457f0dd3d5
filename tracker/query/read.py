"""SQL over the claims projection: each function narrows candidates with an index and
hands :class:`~tracker.domain.resolution.ClaimFact` rows to the pure rules.

Narrowing must never drop a row the rules would need; see ``state_candidates``.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

import orjson
from sqlalchemy import (
    ColumnElement,
    Dialect,
    Select,
    bindparam,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy.engine import Connection

from tracker.domain.resolution import FACT_FIELDS, ClaimFact, Clocks, Mark
from tracker.projections import history
from tracker.projections.live import _kinds
from tracker.projections.tables import (
    CLAIM_INDEXES,
    CLAIMS,
    MARKED_INDEX,
    claim_history,
    claim_marks,
    claim_state,
    claim_state_day,
    claims,
    index_name,
)
from tracker.query.prepared import Prepared, plain

_FACT_COLUMNS = (*(claims.c[name] for name in FACT_FIELDS), claims.c.marked)
_IN_CHUNK = 500


Facts = tuple[list[ClaimFact], set[str]]
"""Facts, and the claim ids among them that have curation marks (``claims.marked``):
only those need their marks read."""


def _facts(conn: Connection, query: Prepared | Select[Any], params: Mapping[str, Any]) -> Facts:
    """Run a select of :data:`_FACT_COLUMNS` + ``marked`` and build facts from the
    driver's rows, the column types' per-value processing done here with one cache per
    call (a few thousand distinct dates and times among tens of thousands of rows).

    The hot queries come :class:`Prepared`; the others (with literal values, IN lists,
    LIMIT) go through SQLAlchemy, whose rows are taken from the driver all the same.
    """
    rows: Sequence[Any]
    if isinstance(query, Prepared):
        rows = query.rows(conn, params)
    else:
        result = conn.execute(query, dict(params))
        try:
            rows = result.cursor.fetchall()
        finally:
            result.close()
    marked: set[str] = set()
    if not rows:
        return [], marked
    for values in rows:
        if values[_MARKED]:
            marked.add(values[1])
    return _convert(conn, rows), marked


def _convert(conn: Connection, rows: Sequence[Any], start: int = 0) -> list[ClaimFact]:
    """Facts from rows holding the :data:`FACT_FIELDS` columns from ``start`` on,
    converting dates, times and booleans as the column types would (one cache per call:
    values repeat)."""
    day, instant = converters(conn.dialect.name)
    return _fact_maker(start)(rows, {None: None}, day, instant)


def converters(dialect: str) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """``(day, instant)``: a stored date and a stored time as Python values, the way
    the column types read them on ``dialect`` (ISO text on SQLite)."""
    if dialect == "sqlite":
        return date.fromisoformat, datetime.fromisoformat
    return _same, _to_utc


def facts_of(rows: Sequence[Any], dialect: str) -> list[ClaimFact]:
    """Facts from driver rows of :data:`_FACT_COLUMNS` (see :func:`subject_rows`)."""
    day, instant = converters(dialect)
    return _fact_maker(0)(rows, {None: None}, day, instant)


_MAKERS: dict[int, Callable[..., list[ClaimFact]]] = {}


def _fact_maker(start: int) -> Callable[..., list[ClaimFact]]:
    """``(rows, seen, day, instant) -> facts`` for rows whose fact columns begin at
    ``start``, generated once per offset with each column's conversion written inline
    (a generic loop over the date, time and boolean positions cost twice as much a row;
    a history of 600 rows builds 600 facts)."""
    found = _MAKERS.get(start)
    if found is not None:
        return found
    dates, times, bools = _KINDS
    args = []
    for i in range(_WIDTH):
        v = f"r[{start + i}]"
        if i in dates:
            args.append(f"(s[x] if (x := {v}) in s else put(s, x, day(x)))")
        elif i in times:
            args.append(f"(s[x] if (x := {v}) in s else put(s, x, instant(x)))")
        elif i in bools:
            args.append(f"bool({v})")
        else:
            args.append(v)
    source = (
        f"def make(rows, s, day, instant):\n    return [fact({', '.join(args)}) for r in rows]\n"
    )
    scope: dict[str, Any] = {"fact": ClaimFact, "put": _remember}
    exec(source, scope)  # noqa: S102 - built from the claims table's own column list
    made: Callable[..., list[ClaimFact]] = scope["make"]
    _MAKERS[start] = made
    return made


def _remember(seen: dict[Any, Any], key: Any, value: Any) -> Any:
    seen[key] = value
    return value


_KINDS = _kinds(FACT_FIELDS)
_MARKED = _WIDTH = len(FACT_FIELDS)


def _same(value: Any) -> Any:
    return value


def _to_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


_P = {
    name: bindparam(name, type_=claims.c[column].type)
    for name, column in (
        ("as_of", "horizon"),
        ("known_at", "reported_at"),
        ("recorded_by", "recorded_at"),
        ("subject", "subject"),
        ("predicate", "predicate"),
        ("lane", "lane"),
    )
}


def _clock_filters(clocks: Clocks) -> list[ColumnElement[bool]]:
    c = claims.c
    found: list[ColumnElement[bool]] = []
    if clocks.known_at is not None:
        found.append(c.reported_at <= _P["known_at"])
    if clocks.recorded_by is not None:
        found.append(c.recorded_at <= _P["recorded_by"])
    return found


def _params(clocks: Clocks, **values: Any) -> dict[str, Any]:
    values["known_at"] = clocks.known_at
    values["recorded_by"] = clocks.recorded_by
    return values


_STATE: dict[tuple[bool, bool, bool], Prepared] = {}
_SUBJECT_INDEX = (
    index_name(CLAIMS, "subject_horizon") if "subject_horizon" in CLAIM_INDEXES else None
)


def _state_query(clocks: Clocks, by_subject: bool) -> Prepared:
    shape = (clocks.known_at is not None, clocks.recorded_by is not None, by_subject)
    found = _STATE.get(shape)
    if found is None:
        c = claims.c
        as_of = _P["as_of"]
        # alone, ``horizon >= as_of`` is the index's range; in an OR, and the windows'
        # ends, are judged row by row: compared as stored (see prepared.plain)
        keep = [c.horizon >= as_of]
        if clocks.known_at is not None:
            keep.append(c.succ_reported > _P["known_at"])
        if clocks.recorded_by is not None:
            keep.append(c.succ_recorded > _P["recorded_by"])
        if len(keep) > 1:
            keep[0] = plain(c.horizon) >= as_of
        stmt = select(*_FACT_COLUMNS).where(
            or_(*keep) if len(keep) > 1 else keep[0],
            or_(c.in_force_from.is_(None), plain(c.in_force_from) <= as_of),
            or_(c.in_force_until.is_(None), plain(c.in_force_until) >= as_of),
            *_clock_filters(clocks),
        )
        if by_subject:
            stmt = stmt.where(c.subject == _P["subject"])
        found = _STATE[shape] = Prepared(stmt, sqlite_index=_SUBJECT_INDEX if by_subject else None)
    return found


def state_candidates(
    conn: Connection, as_of: date, clocks: Clocks, subject: str | None = None
) -> Facts:
    """Rows that may be in force at ``as_of`` through the clocks.

    A row is skipped when its window excludes ``as_of``, or when its successor (a later
    carried claim of its key, with no marks at all) starts by ``as_of`` and is itself
    visible through the clocks: such a row can never be the latest start. With no
    ``known_at``/``recorded_by`` that is the index range ``horizon >= as_of``.
    """
    query = _state_query(clocks, subject is not None)
    return _facts(conn, query, _params(clocks, as_of=as_of, subject=subject))


CurrentRow = tuple[Any, int, bytes, bytes | None]
"""A materialized entry as read: the day the table holds (the same in every row, as the
statement reads it; the rows are kept as the driver made them, not sliced: ~20k of
them), its number of alternatives, its entry as JSON
(:func:`tracker.projections.current.entry_json`: group key, lane, behaviour,
disputing claim ids, the winner's view) and the alternatives' views as JSON (None when
not asked for)."""

KEY_SEPARATOR = "\x01"
"""Joins the parts of a group key stored as one string: below every character but NUL,
so the strings order as the key tuples do when no part holds a NUL or a separator
(ids and qualifier JSON hold no control characters; a reader checks)."""

_CURRENT: dict[tuple[bool, bool], Prepared] = {}


def _current_query(by_subject: bool, alternatives: bool) -> Prepared:
    found = _CURRENT.get((by_subject, alternatives))
    if found is None:
        s, d = claim_state.c, claim_state_day.c
        joined = (s.subject == _P["subject"]) if by_subject else true()
        stmt = (
            select(
                d.day,
                s.alternative_count,
                s.claim,
                s.alternatives if alternatives else literal_column("NULL"),
            )
            .select_from(claim_state_day.outerjoin(claim_state, joined))
            .where(d.id == literal_column("1"))
        )
        found = _CURRENT[(by_subject, alternatives)] = Prepared(stmt)
    return found


def current_state(
    conn: Connection, as_of: date, subject: str | None = None, *, alternatives: bool = True
) -> list[CurrentRow] | None:
    """The materialized state's rows (:mod:`tracker.projections.current`), unordered,
    when it holds ``as_of``; ``None`` when it holds another day or none. Without
    ``alternatives`` their JSON is not read (NULL): only their count.

    The day and the rows come from one statement, so they are one snapshot on every
    backend (PostgreSQL's read committed takes one per statement).
    """
    query = _current_query(subject is not None, alternatives)
    rows = query.rows(conn, {"subject": subject})
    if not rows:
        return None
    stored = rows[0][0]
    if stored is None or _day_of(stored) != as_of:
        return None
    if rows[0][2] is None:  # the outer join's empty side: a state with no entries
        return []
    return cast("list[CurrentRow]", rows)  # fetchall's list of these tuples


def _day_of(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def listed_claims(
    conn: Connection,
    clocks: Clocks,
    *,
    subject: str | None = None,
    predicate: str | None = None,
    limit: int | None = None,
) -> Facts:
    c = claims.c
    stmt = select(*_FACT_COLUMNS).where(*_clock_filters(clocks))
    if subject is not None:
        stmt = stmt.where(c.subject == _P["subject"])
    if predicate is not None:
        stmt = stmt.where(c.predicate == _P["predicate"])
    stmt = stmt.order_by(c.subject, c.predicate, c.reported_at, c.position)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _facts(conn, stmt, _params(clocks, subject=subject, predicate=predicate))


_SUBJECT: dict[tuple[bool, bool], Prepared] = {}


def _subject_query(predicate: str | None, lane: str | None) -> Prepared:
    shape = (predicate is not None, lane is not None)
    query = _SUBJECT.get(shape)
    if query is None:
        c = claims.c
        stmt = select(*_FACT_COLUMNS).where(c.subject == _P["subject"])
        if predicate is not None:
            stmt = stmt.where(c.predicate == _P["predicate"])
        if lane is not None:
            stmt = stmt.where(c.lane == _P["lane"])
        stmt = stmt.order_by(c.reported_at, c.recorded_at, c.position)
        query = _SUBJECT[shape] = Prepared(stmt)
    return query


def subject_claims(
    conn: Connection,
    subject: str,
    predicate: str | None = None,
    *,
    lane: str | None = None,
) -> Facts:
    """Every assertion about a subject (and predicate), oldest report first."""
    query = _subject_query(predicate, lane)
    return _facts(conn, query, {"subject": subject, "predicate": predicate, "lane": lane})


def subject_rows(
    conn: Connection, subject: str, predicate: str | None = None
) -> tuple[Sequence[Any], set[str]]:
    """:func:`subject_claims` as the driver's rows (:data:`FACT_FIELDS` in order, then
    ``marked``; dates and times as the driver gives them, see :func:`converters`), and
    the claim ids among them with marks: for a caller that builds its answer straight
    from the rows (a history of hundreds of rows need not make a fact of each)."""
    rows = _subject_query(predicate, None).rows(
        conn, {"subject": subject, "predicate": predicate, "lane": None}
    )
    return rows, {r[1] for r in rows if r[_MARKED]}


_HISTORY: dict[bool, tuple[Prepared, Prepared]] = {}


def _history_queries(by_predicate: bool) -> tuple[Prepared, Prepared]:
    """The chunks of a subject's (and predicate's) history, and its marked claim ids
    (the claims table's partial index over marked rows)."""
    found = _HISTORY.get(by_predicate)
    if found is None:
        h, c = claim_history.c, claims.c
        chunks = select(h.predicate, h.behaviour, h.data).where(h.subject == _P["subject"])
        # the partial index's own term (see tracker.projections.tables.MARKED_INDEX)
        marked = select(c.claim_id).where(
            c.subject == _P["subject"], literal_column(f"{claims.name}.marked")
        )
        if by_predicate:
            chunks = chunks.where(h.predicate == _P["predicate"])
            marked = marked.where(c.predicate == _P["predicate"])
        # named on SQLite: with no statistics its planner took the (subject, predicate,
        # reported_at) index instead when that one was created first (a rebuild creates
        # them in no fixed order) and read every row of the history (~1.2 ms of 600)
        by_marks = Prepared(marked, sqlite_index=index_name(CLAIMS, MARKED_INDEX[0]))
        found = _HISTORY[by_predicate] = (Prepared(chunks), by_marks)
    return found


_REPORTED, _RECORDED = history.FIELDS.index("reported_at"), history.FIELDS.index("recorded_at")
_HISTORY_ORDER = itemgetter(_REPORTED, _RECORDED, 0)
_REPORTED_AT = itemgetter(_REPORTED)
_consume: Callable[[Iterable[object]], None] = deque[object](maxlen=0).extend


Shared = tuple[str, str] | None
"""The predicate and behaviour every chunk of a history holds (see :func:`history_rows`),
or None when its chunks differ."""


def history_rows(
    conn: Connection, subject: str, predicate: str | None = None
) -> tuple[list[list[Any]], set[str], Shared]:
    """:func:`subject_rows` from the materialized histories
    (:mod:`tracker.projections.history`): the same rows in the same order, but each of
    the chunk's :data:`~tracker.projections.history.FIELDS` (the facts less the subject,
    lane, behaviour and in-force window), then its ``marked`` flag, its chunk's
    predicate and behaviour (see :func:`tracker.domain.history_views.make_history_builder`);
    dates and times as SQLite stores them on every backend (read them with
    ``converters("sqlite")``); and the claim ids among them with marks. The stored UTC
    text orders as the instants it names.

    When every chunk holds one predicate and behaviour (a history of one predicate), the
    rows are left as stored (no flag, predicate or behaviour after them: extending each
    row cost ~5% of a long history) and those two are returned as ``shared`` (see
    ``make_history_builder(shared=True)``); otherwise ``shared`` is None."""
    chunks, marked_query = _history_queries(predicate is not None)
    params = {"subject": subject, "predicate": predicate}
    marked = {r[0] for r in marked_query.rows(conn, params)}
    loads = orjson.loads
    rows: list[list[Any]] = []
    stored = chunks.rows(conn, params)
    kinds = {(chunk_predicate, behaviour) for chunk_predicate, behaviour, _ in stored}
    shared: Shared = next(iter(kinds)) if len(kinds) == 1 else None
    for chunk_predicate, behaviour, data in stored:
        found = loads(data)
        if shared is not None:
            pass
        elif marked:
            for r in found:
                r.extend((r[1] in marked, chunk_predicate, behaviour))
        else:  # one C loop: extend each row by the same three values
            _consume(map(list.extend, found, repeat((False, chunk_predicate, behaviour))))
        rows += found
    # by the report times' text alone (no key tuple a row: ~45% of the sort), which
    # orders them completely unless two rows share one; then by the whole key
    rows.sort(key=_REPORTED_AT)
    said = list(map(_REPORTED_AT, rows))
    if len(set(said)) != len(said):
        rows.sort(key=_HISTORY_ORDER)
    return rows, marked, shared


def claims_by_id(conn: Connection, claim_ids: Iterable[str]) -> Facts:
    found: list[ClaimFact] = []
    marked: set[str] = set()
    for chunk in _chunks(sorted(set(claim_ids))):
        stmt = (
            select(*_FACT_COLUMNS).where(claims.c.claim_id.in_(chunk)).order_by(claims.c.position)
        )
        facts, ids = _facts(conn, stmt, {})
        found.extend(facts)
        marked |= ids
    return found, marked


def due_plans(conn: Connection, as_of: date, clocks: Clocks) -> Facts:
    """Planned and announced claims whose valid time ends by ``as_of``."""
    c = claims.c
    stmt = select(*_FACT_COLUMNS).where(
        c.modality.in_(["planned", "announced"]),
        c.valid_end <= _P["as_of"],
        c.valid_kind != "open",
        *_clock_filters(clocks),
    )
    stmt = stmt.order_by(c.valid_end, c.subject, c.position)
    return _facts(conn, stmt, _params(clocks, as_of=as_of))


_m = claim_marks.c
_MARK_COLUMNS = (
    _m.position,
    _m.claim_id,
    _m.kind,
    _m.reported_at,
    _m.recorded_at,
    _m.rank,
    _m.reason,
    _m.by,
    _m.document_id,
    _m.subject,
    _m.predicate,
)
_ALL_MARKS = Prepared(select(*_MARK_COLUMNS).order_by(_m.position))
MARK_LIST_SIZES = (8, 64, _IN_CHUNK)
"""The lengths of the claim id lists a marks statement takes: a list is padded to the
next one by repeating its last id (an IN list's duplicates change nothing). A statement
per length was compiled the first time each length came (~1 ms of SQLAlchemy each): a
process's first histories and states of 1, 2, 3 ... marked claims each paid one, and
200 cold history samples met several (their p99). All three are compiled at the first
marks read of a process (~3 ms, once)."""


def _marks_statement(length: int) -> Prepared:
    names = [bindparam(f"id{i}", type_=_m.claim_id.type) for i in range(length)]
    return Prepared(select(*_MARK_COLUMNS).where(_m.claim_id.in_(names)).order_by(_m.position))


# Built whole at import (building a select is cheap; compiling is what costs): the API
# answers from a thread pool, and a dict filled one size at a time on first use let one
# thread find another's half-filled dict (KeyError, review 12 F14). Compiling stays lazy;
# two threads compiling the same statement at once only do the work twice.
_MARKS_OF: Mapping[int, Prepared] = {n: _marks_statement(n) for n in MARK_LIST_SIZES}


def _marks_query(size: int, dialect: Dialect) -> Prepared:
    """The statement of a padded list of ``size`` claim ids (one of MARK_LIST_SIZES),
    every size compiled for ``dialect`` the first time one is asked for."""
    query = _MARKS_OF[size]
    if not query.is_compiled_for(dialect.name):
        for each in _MARKS_OF.values():
            each.sql(dialect)
    return query


def marks_for(conn: Connection, claim_ids: Iterable[str] | None = None) -> dict[str, list[Mark]]:
    """Marks of the given claim ids (all marks when ``None``), oldest first."""
    if claim_ids is None:
        rows: Sequence[Any] = _ALL_MARKS.rows(conn, {})
    else:
        found_rows: list[Any] = []
        for chunk in _chunks(sorted(set(claim_ids))):
            size = next(n for n in MARK_LIST_SIZES if n >= len(chunk))
            padded = chunk + [chunk[-1]] * (size - len(chunk))
            query = _marks_query(size, conn.dialect)
            found_rows.extend(query.rows(conn, {f"id{i}": v for i, v in enumerate(padded)}))
        rows = sorted(found_rows, key=itemgetter(0))
    if not rows:
        return {}
    sqlite = conn.dialect.name == "sqlite"
    instant: Callable[[Any], Any] = datetime.fromisoformat if sqlite else _to_utc
    found: dict[str, list[Mark]] = defaultdict(list)
    for pos, claim_id, kind, reported, recorded, *rest in rows:
        found[claim_id].append(
            Mark(pos, claim_id, kind, instant(reported), instant(recorded), *rest)
        )
    return found


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield list(items[start : start + _IN_CHUNK])
