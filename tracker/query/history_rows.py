"""A history's rows (SPEC §5 ``history``): the assertions built from stored claims rows
(:mod:`tracker.domain.history_views`), the curation marks' rows, and their order.

:func:`_history_rows` builds the same rows from facts, as the rules read them: the
reference the fast path is held to (a property test).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

from tracker.domain.answers import HistoryRow, Status
from tracker.domain.claims import Rank
from tracker.domain.history_views import history_builder, make_history_builder
from tracker.domain.resolution import ClaimFact, Clocks, Mark, status_of, supersessions
from tracker.domain.views import to_view, trusted
from tracker.projections import history
from tracker.query import read

_new = object.__new__
# the model slots' own descriptors (see tracker.domain.views.trusted)
_put = BaseModel.__dict__["__dict__"].__set__
_put_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_put_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_put_private = BaseModel.__dict__["__pydantic_private__"].__set__
_HISTORY_FIELDS = set(HistoryRow.model_fields)


def _history_rows(facts: list[ClaimFact], marks: dict[str, list[Mark]]) -> list[HistoryRow]:
    """Every assertion of ``facts`` and every mark of ``marks``, unordered.

    The rows' model shells are made as :func:`trusted` makes them, inlined: a subject's
    history of one predicate holds hundreds of assertions."""
    everything = Clocks()
    replaced = supersessions(facts).get
    new, put, fields, extra, private = _new, _put, _put_fields, _put_extra, _put_private
    row_fields = _HISTORY_FIELDS
    rows = []
    for f in facts:
        found = marks.get(f.claim_id) if marks else None
        if found:
            status, rank = status_of(f, found, everything)
            claim = to_view(f, rank, status)
        else:  # most claims: never withdrawn, retracted or ranked
            claim = to_view(f)
        row = new(HistoryRow)
        put(
            row,
            {
                "kind": "asserted",
                "position": f.position,
                "claim_id": f.claim_id,
                "subject": f.subject,
                "predicate": f.predicate,
                "reported_at": f.reported_at,
                "recorded_at": f.recorded_at,
                "claim": claim,
                "source": claim.source,
                "quote": f.quote,
                "supersedes": replaced(f.position),
                "rank": None,
                "reason": None,
                "by": f.asserted_by,
            },
        )
        fields(row, row_fields)
        extra(row, None)
        private(row, None)
        rows.append(row)
    rows.extend(_mark_row(m) for ms in marks.values() for m in ms)
    return rows


def history_rows_of(
    found: Sequence[Any],
    marks: dict[str, list[Mark]],
    dialect: str,
    *,
    chunk_of: str | None = None,
    shared: read.Shared = None,
) -> list[HistoryRow]:
    """:func:`_history_rows` of the facts of ``found``, built straight from the rows (in
    their order) by a :func:`tracker.domain.history_views.make_history_builder` builder
    (what ``to_view`` makes of each fact; supersessions found on the stored values: a
    date's text is one date): driver rows from :func:`tracker.query.read.subject_rows`,
    or (``chunk_of``: their subject) the materialized history's rows of
    :func:`tracker.query.read.history_rows` (``shared``: the predicate and behaviour its
    rows all have, then left out of them). A marked row's status needs a fact. The
    p99 history holds ~600 rows at 1M events; a test holds this to
    :func:`_history_rows`."""
    everything = Clocks()
    if chunk_of is not None and shared is not None:
        subject = chunk_of
        predicate, behaviour = shared
        day, instant = read.converters("sqlite")

        def judge_shared(row: Sequence[Any], found_marks: Sequence[Mark]) -> tuple[Status, Rank]:
            full = history.full_row(row, subject, predicate, behaviour)
            return status_of(read.facts_of([full], "sqlite")[0], found_marks, everything)

        build: Any = _SHARED_BUILDER  # its subject, predicate and behaviour after judge
        rows: list[HistoryRow] = build(
            found, marks, day, instant, judge_shared, subject, predicate, behaviour
        )
    elif chunk_of is not None:
        subject = chunk_of
        day, instant = read.converters("sqlite")

        def judge_chunk(row: Sequence[Any], found_marks: Sequence[Mark]) -> tuple[Status, Rank]:
            *fields, _, predicate, behaviour = row
            full = history.full_row(fields, subject, predicate, behaviour)
            return status_of(read.facts_of([full], "sqlite")[0], found_marks, everything)

        rows = _CHUNK_BUILDER(found, marks, day, instant, judge_chunk, subject)  # type: ignore[call-arg]
    else:
        day, instant = read.converters(dialect)

        def judge(row: Sequence[Any], found_marks: Sequence[Mark]) -> tuple[Status, Rank]:
            return status_of(read.facts_of([row], dialect)[0], found_marks, everything)

        rows = history_builder(found, marks, day, instant, judge)
    rows.extend(_mark_row(m) for ms in marks.values() for m in ms)
    return rows


_CHUNK_BUILDER = make_history_builder(history.FIELDS)
"""The builder of a materialized history's rows (see :func:`history_rows_of`)."""

_SHARED_BUILDER = make_history_builder(history.FIELDS, shared=True)
"""The builder of a materialized history's rows of one predicate and behaviour, as
stored (see :func:`history_rows_of`)."""


REPORTED_ORDER = attrgetter("reported_at", "recorded_at", "position")
RECORDED_ORDER = attrgetter("recorded_at", "position")


def merged(rows: list[HistoryRow], asserted: int) -> list[HistoryRow]:
    """Rows in reported order (ties by recorded time, then position: no two rows tie),
    from :func:`history_rows_of`'s: its first ``asserted`` rows are already in that
    order (as read), and the few mark rows after them are put in their places by
    bisection instead of sorting them all (a key for each of hundreds of rows)."""
    said = rows[:asserted]
    for row in rows[asserted:]:
        said.insert(bisect_right(said, REPORTED_ORDER(row), key=REPORTED_ORDER), row)
    return said


def _mark_row(mark: Mark) -> HistoryRow:
    return trusted(
        HistoryRow,
        {
            "kind": mark.kind,
            "position": mark.position,
            "claim_id": mark.claim_id,
            "subject": mark.subject,
            "predicate": mark.predicate,
            "reported_at": mark.reported_at,
            "recorded_at": mark.recorded_at,
            "claim": None,
            "source": None,
            "quote": None,
            "supersedes": None,
            "rank": mark.rank,
            "reason": mark.reason,
            "by": mark.by,
        },
    )
