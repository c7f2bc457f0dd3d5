"""The one view builder and the materialized state's reader give exactly what pydantic
gives, for claims of every shape (text values, bounds, approximations, qualifiers in two
scripts, other time zones, every kind of valid time, notes, missing fields), every rank
and status, on SQLite and PostgreSQL:

* a view made from a stored claims row (``history_builder``, as history makes them) and
  one made from its fact (``to_view``) equal the ``ClaimView`` pydantic validates from
  the event's claim;
* a view read back from its stored JSON (``view_from_json``, as the current state reads
  them) equals the view it was written from;
* the materialized state orders its entries as the computed one does even when key parts
  hold the characters its one-string sort key is made of.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import orjson
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SteppingClock
from tests.projections_support import assert_claims, make_claim, retract, withdraw
from tests.test_projection_current import computed
from tests.test_projection_rebuild import claims_of_every_shape
from tests.test_query_fastpaths import FAST
from tracker.app import Tracker
from tracker.domain.answers import ClaimView
from tracker.domain.claims import Claim
from tracker.domain.history_views import history_builder
from tracker.domain.predicates import BEHAVIOURS
from tracker.domain.resolution import fact_from_json
from tracker.domain.views import to_view, view_from_json
from tracker.projections.current import view_json
from tracker.query import read
from tracker.store import migrate
from tracker.store.engine import make_engine

RANKS_AND_STATUSES = [
    ("normal", "active"),
    ("preferred", "active"),
    ("deprecated", "withdrawn"),
    ("normal", "retracted"),
]


def validated(claim: Claim, recorded_at: datetime, ranked: str, status: str) -> ClaimView:
    """The answer's view the plain way: pydantic validates the claim's own fields (its
    report time and qualifiers as the projection keeps them: in UTC, sorted by name)."""
    data = claim.model_dump()
    data.update(
        qualifiers=dict(sorted(claim.qualifiers.items())),
        reported_at=claim.reported_at.astimezone(UTC),
        recorded_at=recorded_at,
        rank=ranked,
        status=status,
    )
    return ClaimView.model_validate(data)


def assert_same_view(expected: ClaimView, actual: ClaimView) -> None:
    assert expected == actual
    # the same values of the same types, down to every nested model (0 equals False,
    # and 1 equals 1.0, but not in JSON)
    assert expected.model_dump_json() == actual.model_dump_json()


@FAST
@given(items=st.lists(claims_of_every_shape(), min_size=1, max_size=8), data=st.data())
def test_views_made_from_stored_rows_and_from_facts_equal_the_validated_claims(
    backend: str, db_url_factory: Any, items: list[Claim], data: st.DataObject
) -> None:
    engine = make_engine(db_url_factory(backend))
    migrate.upgrade(engine)
    t = Tracker(engine, clock=SteppingClock())
    try:
        positions = assert_claims(t.store, *items)
        mark = data.draw(st.sampled_from([None, withdraw, retract]))
        if mark is not None:
            mark(t.store, items[0], "2026-01-02")
        t.catch_up()
        claims_at = dict(zip(positions, items, strict=True))
        for subject in {c.subject for c in items}:
            with t.engine.connect() as conn:
                rows, _ = read.subject_rows(conn, subject)
                facts, _ = read.subject_claims(conn, subject)
                dialect = conn.dialect.name
            day, instant = read.converters(dialect)
            assert [r[0] for r in rows] == [f.position for f in facts]
            for row, fact in zip(rows, facts, strict=True):
                for rank_, status in RANKS_AND_STATUSES:
                    expected = validated(claims_at[fact.position], fact.recorded_at, rank_, status)
                    # a marked row with marks: the builder asks the judge for its status
                    built = history_builder(
                        [(*row[:-1], True)],
                        {fact.claim_id: [None]},  # type: ignore[list-item]
                        day,
                        instant,
                        lambda _row, _marks, s=status, r=rank_: (s, r),  # type: ignore[misc]
                    )
                    assert built[0].claim is not None
                    assert_same_view(expected, built[0].claim)
                    assert_same_view(expected, to_view(fact, rank_, status))  # type: ignore[arg-type]
    finally:
        t.close()


@FAST
@given(claim=claims_of_every_shape(), ranked=st.sampled_from(RANKS_AND_STATUSES))
def test_a_view_read_back_from_its_stored_json_equals_the_view(
    claim: Claim, ranked: tuple[str, str]
) -> None:
    recorded = datetime(2026, 1, 5, 10, 0, 0, 123456, tzinfo=UTC)
    fact = fact_from_json(claim.model_dump(mode="json"), 7, recorded, BEHAVIOURS)
    view = to_view(fact, *ranked)  # type: ignore[arg-type]
    seen: dict[Any, Any] = {}
    assert_same_view(view, view_from_json(orjson.loads(view_json(view)), seen))
    # a second read shares the remembered valid time and recorded time, and is the same
    assert_same_view(view, view_from_json(orjson.loads(view_json(view)), seen))


def test_the_materialized_state_orders_keys_holding_the_sort_keys_characters(
    backend: str, tracker_app: Tracker
) -> None:
    """Subjects, objects and qualifiers that share prefixes, hold the separator of the
    one-string key or a NUL (SQLite only: PostgreSQL text cannot), and an object ""
    beside none: the stored state comes in the computed state's order."""
    subjects = ["a", "ab", "a b", "a\x01", "a\x01b", "a\x02", ""]
    if backend == "sqlite":
        subjects += ["a\x00", "a\x00b"]
    items = [
        make_claim(s, "adopts", obj=obj, doc=f"d{n}", qualifiers=q)
        for n, (s, obj, q) in enumerate(
            (s, obj, q)
            for s in subjects
            for obj in (None, "", "x", "x\x01")
            for q in ({}, {"mode": "a\x01"})
        )
    ]
    assert_claims(tracker_app.store, *items)
    tracker_app.catch_up()
    today = tracker_app.today()
    fast = tracker_app.state()
    assert len(fast.entries) == len(items)
    assert computed(tracker_app, today).entries == fast.entries
    counted = tracker_app.state(alternatives=False)
    assert computed(tracker_app, today, alts=False).entries == counted.entries


def test_the_materialized_state_orders_ordinary_keys_as_the_computed_one(
    tracker_app: Tracker,
) -> None:
    """Keys with no control characters take the one-string sort: the same order."""
    items = [
        make_claim(s, p, 5, doc=f"d{n}", qualifiers=q, modality=m)
        for n, (s, p, q, m) in enumerate(
            (s, p, q, m)
            for s in ("s2", "s10", "s1", "프로젝트")
            for p in ("deployed_chips", "capacity")
            for q in ({}, {"chip": "b"}, {"chip": "a", "z": "설비"})
            for m in ("actual", "forecast")
        )
    ]
    assert_claims(tracker_app.store, *items)
    tracker_app.catch_up()
    fast = tracker_app.state(date.fromisoformat("2025-10-01"))
    assert fast.entries  # the day the claims are about: computed, as a control
    today = tracker_app.today()
    assert computed(tracker_app, today).entries == tracker_app.state().entries
