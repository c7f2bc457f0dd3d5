"""The materialized current state equals the state computed from the claims table: after
catch-ups in random batch sizes, marks, a bulk batch that empties it, a day that
changes and a rebuild. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.projections_support import assert_claims, make_claim, point, withdraw
from tests.test_projection import (
    PROPERTY_SETTINGS,
    Op,
    claim_pool,
    fresh_tracker,
    ops_strategy,
    play,
)
from tracker.app import Tracker
from tracker.domain.answers import StateAnswer
from tracker.domain.claims import Claim
from tracker.domain.resolution import RULES_VERSION, Clocks
from tracker.projections import current


def computed(t: Tracker, day: date, subject: str | None = None, alts: bool = True) -> StateAnswer:
    """The state computed from the claims table (the path every other question takes)."""
    entries = t.queries._computed(day, Clocks(), subject, alts)
    return StateAnswer.model_construct(
        as_of=day,
        known_at=None,
        recorded_by=None,
        subject=subject,
        rules_version=RULES_VERSION,
        entries=entries,
        alternatives_listed=alts,
    )


def stored_day(t: Tracker) -> date | None:
    with t.engine.connect() as conn:
        return current.stored_day(conn)


def assert_fast_equals_computed(t: Tracker, day: date) -> None:
    assert stored_day(t) == day  # else this would compare the computed path with itself
    for alts in (True, False):
        fast = t.queries.state(day, alternatives=alts).entries
        assert fast == computed(t, day, None, alts).entries
    for subject in ("s1", "s2", "nobody"):
        fast = t.queries.state(day, subject=subject).entries
        assert fast == computed(t, day, subject).entries


@PROPERTY_SETTINGS
@given(pool=claim_pool(), ops=ops_strategy, batch=st.integers(1, 7), data=st.data())
def test_the_materialized_state_equals_the_computed_one_through_any_sequence(
    backend: str,
    db_url_factory: Callable[[str], str],
    pool: list[Claim],
    ops: list[Op],
    batch: int,
    data: st.DataObject,
) -> None:
    t, clock = fresh_tracker(db_url_factory, backend)
    limit = data.draw(st.sampled_from([1, current.SUBJECTS_PER_BATCH]), label="subjects limit")
    saved = current.SUBJECTS_PER_BATCH
    current.SUBJECTS_PER_BATCH = limit  # 1: a batch touching both subjects empties it
    try:
        t.projections.batch_size = batch
        every = data.draw(st.integers(1, 5), label="catch up every")
        asks = data.draw(st.integers(1, 6), label="ask the industry every")
        seen = [0]

        def step() -> None:
            seen[0] += 1
            if seen[0] % every == 0:
                t.catch_up()
            if seen[0] % asks == 0:
                today = t.today()
                assert t.state().entries == computed(t, today).entries
                assert_fast_equals_computed(t, today)

        t.state()  # materialize it (empty) before anything is said
        play(t, clock, pool, ops, step)
        clock.advance(hours=1)
        t.catch_up()
        today = t.today()
        if stored_day(t) == today:  # kept in place by the batches: compare before a refresh
            assert_fast_equals_computed(t, today)
        assert t.state().entries == computed(t, today).entries
        assert_fast_equals_computed(t, today)
        t.rebuild_projections()
        assert stored_day(t) is None  # the swap emptied it: it held the old tables' state
        assert t.state().entries == computed(t, today).entries
        assert_fast_equals_computed(t, today)
    finally:
        current.SUBJECTS_PER_BATCH = saved
        t.close()


def test_a_question_about_another_day_is_computed_not_read_from_todays_table(
    tracker_app: Tracker,
) -> None:
    a = make_claim("s", "capacity", 5, valid=point("2026-01-01"), reported="2025-12-01")
    b = make_claim("s", "capacity", 7, valid=point("2026-01-02"), reported="2025-12-01", doc="d2")
    assert_claims(tracker_app.store, a, b)
    today = tracker_app.today()
    assert [e.claim.claim_id for e in tracker_app.state().entries] == [a.claim_id]
    assert stored_day(tracker_app) == today
    tomorrow = date.fromordinal(today.toordinal() + 1)
    assert [e.claim.claim_id for e in tracker_app.state(tomorrow).entries] == [b.claim_id]
    assert stored_day(tracker_app) == today


def test_without_alternatives_an_entry_counts_them_and_the_answer_says_so(
    tracker_app: Tracker,
) -> None:
    old = make_claim("s", "deployed_chips", 5, reported="2025-12-01", tier="press")
    new = make_claim("s", "deployed_chips", 6, reported="2025-12-01", tier="company", doc="d2")
    assert_claims(tracker_app.store, old, new)
    listed = tracker_app.state()
    counted = tracker_app.state(alternatives=False)
    assert [(len(e.alternatives), e.alternative_count) for e in listed.entries] == [(1, 1)]
    assert [(len(e.alternatives), e.alternative_count) for e in counted.entries] == [(0, 1)]
    assert (listed.alternatives_listed, counted.alternatives_listed) == (True, False)


def test_a_withdrawal_caught_up_changes_todays_materialized_state(tracker_app: Tracker) -> None:
    c = make_claim("s", "deployed_chips", 5, reported="2025-12-01")
    assert_claims(tracker_app.store, c)
    assert len(tracker_app.state().entries) == 1
    withdraw(tracker_app.store, c, "2025-12-02")
    tracker_app.catch_up()
    assert stored_day(tracker_app) == tracker_app.today()  # kept, not emptied
    assert tracker_app.state().entries == []


def test_every_kind_of_value_reads_back_from_the_table_as_computed(tracker_app: Tracker) -> None:
    """Text values, bounds, approximations, qualifiers, Korean quotes and big or fine
    numbers survive the table's JSON exactly."""
    claims = [
        make_claim(
            "s1",
            "located_in",
            "인디애나, US",
            reported="2025-12-01",
            quote="레이니어는 인디애나에 있다",
        ),
        make_claim("s1", "deployed_chips", 1_000_000, bound="at-most", reported="2025-12-02"),
        make_claim("s1", "deployed_chips", 500_000, approx=True, reported="2025-12-02", doc="d2"),
        make_claim("s2", "investment", 1.1e10, unit="USD", qualifiers={"target": "s1"}),
        make_claim("s2", "peak_compute", 4.6e15, unit="FLOP/s", confidence=0.123456789),
        make_claim(
            "s2", "adopts", obj="google-tpu", modality="considering", valid=point("2025-11-01")
        ),
    ]
    assert_claims(tracker_app.store, *claims)
    tracker_app.state()
    assert_fast_equals_computed(tracker_app, tracker_app.today())


@pytest.mark.parametrize("separator", [False, True])
def test_entries_come_in_the_computed_order_whatever_their_keys_hold(
    tracker_app: Tracker, separator: bool
) -> None:
    """The table's entries are ordered by the keys stored with them (UTF-8, parts joined
    by a control character): keys with spaces, Korean, a subject that begins another
    and qualifiers that begin others come in the order the computed state gives; so do
    they when a part holds the separator (the reader then orders by the key tuples).
    (PostgreSQL text holds no NUL, so none is tried.)"""
    subjects = ["s1", "s1 ", "s1 b", "s10", "레이니어", "레이니어 2", "a", "A", "a-b"]
    objects = ["x", "x y", "가", "x-"]
    if separator:
        subjects.append("a\x01b")
        objects.append("x\x01")
    claims = [
        make_claim(subject, "adopts", obj=obj, doc=f"d{i}-{j}", reported="2025-12-01")
        for i, subject in enumerate(subjects)
        for j, obj in enumerate(objects)
    ]
    claims += [
        make_claim("s1", "deployed_chips", 5, qualifiers={"chip": c}, doc=f"q{c}")
        for c in ("a", "a b", "ab")
    ]
    assert_claims(tracker_app.store, *claims)
    tracker_app.state()
    assert_fast_equals_computed(tracker_app, tracker_app.today())
