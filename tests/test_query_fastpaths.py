"""The fast paths of the projection and the queries give exactly what the general paths
give, for claims of every shape (text values, qualifiers in two scripts, other time
zones, deadlines and spans, notes, missing fields, a predicate the time table does not
know) and every curation event (withdrawn, retracted, ranked), on SQLite and PostgreSQL:

* a history built straight from the driver's rows equals the one built from facts;
* a rebuild's row, flattened from the payload's text, equals the row the live applier
  makes of the claim after full pydantic validation of the stored event.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.conftest import SteppingClock
from tests.projections_support import (
    assert_claims,
    assert_with_a_drawn_mark,
    make_claim,
    rank,
    retract,
    snapshot,
    withdraw,
)
from tests.test_projection_rebuild import claims_of_every_shape
from tracker.app import Tracker
from tracker.domain.catalog import ClaimAsserted
from tracker.domain.claims import Claim
from tracker.domain.predicates import BEHAVIOURS
from tracker.domain.resolution import fact_from_json
from tracker.projections.flatten import COLUMNS, flatten
from tracker.projections.live import _FACT_VALUES, _ROW_TO_SQLITE, _UNLINKED, FACT_FIELDS
from tracker.projections.tables import MAX_DATE, claim_marks
from tracker.query import read
from tracker.query.history_rows import _history_rows
from tracker.store import migrate
from tracker.store.engine import make_engine

FAST = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _general_history(t: Tracker, subject: str, predicate: str | None) -> list[Any]:
    """The history's rows the general way: facts, then views (as before the fast path)."""
    with t.engine.connect() as conn:
        facts, marked = read.subject_claims(conn, subject, predicate)
        marks = read.marks_for(conn, marked) if marked else {}
    rows = _history_rows(facts, marks)
    rows.sort(key=lambda r: (r.reported_at, r.recorded_at, r.position))
    return rows


@FAST
@given(items=st.lists(claims_of_every_shape(), min_size=1, max_size=10), data=st.data())
def test_a_history_built_from_rows_equals_the_one_built_from_facts(
    backend: str, db_url_factory: Any, items: list[Claim], data: st.DataObject
) -> None:
    engine = make_engine(db_url_factory(backend))
    migrate.upgrade(engine)
    clock = SteppingClock()
    t = Tracker(engine, clock=clock)
    try:
        for c in items:
            assert_with_a_drawn_mark(t.store, clock, c, data, ranks=("preferred", "deprecated"))
        t.catch_up()
        for subject in {c.subject for c in items}:
            for predicate in [None, *sorted({c.predicate for c in items})]:
                fast = t.history(subject, predicate).rows
                general = _general_history(t, subject, predicate)
                assert general == fast
                # the same values of the same types, down to every nested model (0 equals
                # False, but not in JSON)
                assert [r.model_dump_json() for r in general] == [r.model_dump_json() for r in fast]
    finally:
        t.close()


def _model_row(payload: str, position: int, recorded: str) -> tuple[Any, ...]:
    """The stored row of an assertion the general way: the event validated by its pydantic
    model, dumped as JSON data, made a fact and stored as the live applier stores it."""
    claim = ClaimAsserted.model_validate_json(payload).claim.model_dump(mode="json")
    fact = fact_from_json(claim, position, datetime.fromisoformat(recorded), BEHAVIOURS)
    row = dict(zip(FACT_FIELDS, _FACT_VALUES(fact), strict=True))
    row.update(_UNLINKED)
    row["horizon"] = fact.in_force_until or MAX_DATE
    row["marked"] = False
    return _ROW_TO_SQLITE(row, {None: None}, {None: None})


@FAST
@given(claim=claims_of_every_shape(), user=st.booleans())
def test_a_flattened_payload_equals_the_row_of_the_validated_event(
    claim: Claim, user: bool
) -> None:
    if user:  # a user's own claim: no extractor, a source note, no document
        claim = claim.model_copy(
            update={
                "asserted_by": "user:ana",
                "source": claim.source.model_copy(update={"document_id": None, "note": "by hand"}),
            }
        )
    payload = ClaimAsserted(claim=claim).model_dump_json()
    recorded = "2026-01-05T10:00:00.000000Z"
    fast = flatten(payload, 7, recorded, BEHAVIOURS)
    general = _model_row(payload, 7, recorded)
    assert dict(zip(COLUMNS, general, strict=True)) == dict(zip(COLUMNS, fast, strict=True))
    # the same types too (a float column given an int, or a date given a datetime, would
    # be stored differently); booleans bind as the integers they are
    assert _types(general) == _types(fast)


def _types(row: tuple[Any, ...] | list[Any]) -> list[type]:
    return [int if type(v) is bool else type(v) for v in row]


def test_the_fast_history_keeps_marks_rows_and_their_order(tracker_app: Tracker) -> None:
    """A withdrawn, a retracted and a ranked claim: their mark rows come with the
    assertions, in reported order, exactly as the general path gives them."""
    first = make_claim("s1", "deployed_chips", 10, reported="2025-10-01")
    second = make_claim("s1", "deployed_chips", 20, reported="2025-10-03", doc="d2")
    third = make_claim("s1", "deployed_chips", 30, reported="2025-10-05", doc="d3")
    assert_claims(tracker_app.store, first, second, third)
    withdraw(tracker_app.store, first, "2025-10-02")
    retract(tracker_app.store, second, "2025-10-04")
    rank(tracker_app.store, third, "preferred", "2025-10-06")
    answer = tracker_app.history("s1", "deployed_chips")
    expected = _general_history(tracker_app, "s1", "deployed_chips")
    assert expected == answer.rows
    kinds = ["asserted", "withdrawn", "asserted", "retracted", "asserted", "ranked"]
    assert kinds == [r.kind for r in answer.rows]
    assert datetime(2025, 10, 6, tzinfo=UTC) == answer.rows[-1].reported_at


def test_a_mark_names_the_first_assertions_subject_live_and_rebuilt(
    tracker_app: Tracker,
) -> None:
    """One claim id asserted about two subjects, the first one's row updated since (a
    later claim of its key made it a successor's predecessor: PostgreSQL then returns it
    after the second): the withdrawal names the first subject in the live tables, as a
    rebuild does."""
    store = tracker_app.store
    first = make_claim("s1", "deployed_chips", 10, reported="2025-10-01")
    other = first.model_copy(update={"subject": "s2"})
    later = make_claim("s1", "deployed_chips", 20, reported="2025-10-03", doc="d2")
    assert_claims(store, first, other)
    tracker_app.catch_up()
    assert_claims(store, later)
    tracker_app.catch_up()
    withdraw(store, first, "2025-10-04")
    tracker_app.catch_up()
    live = snapshot(tracker_app.engine)
    tracker_app.rebuild_projections()
    assert live == snapshot(tracker_app.engine)
    assert _mark_subject(tracker_app) == ("s1", "deployed_chips")


def _mark_subject(t: Tracker) -> tuple[str, str]:
    with t.engine.connect() as conn:
        found = conn.execute(select(claim_marks.c.subject, claim_marks.c.predicate)).one()
    return found[0], found[1]
