"""The materialized histories (``claim_history``) answer exactly what the claims table
answers: after random sequences of assertions, re-assertions, withdrawals, retractions
and rank changes, caught up in random batches and rebuilt, for every subject and
predicate (and none), in both orders, on SQLite and PostgreSQL. And the chunks that
hold them keep every row once, bounded in size and in what a rebuild holds."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from tests.projections_support import assert_claims, make_claim, rank, retract, withdraw
from tests.test_projection import (
    PROPERTY_SETTINGS,
    Op,
    claim_pool,
    fresh_tracker,
    ops_strategy,
    play_with_catch_ups,
)
from tracker.app import Tracker
from tracker.domain.claims import Claim
from tracker.domain.resolution import FACT_FIELDS
from tracker.projections import history


def assert_same_histories(t: Tracker, subjects: list[str], predicates: list[str]) -> None:
    for subject in subjects:
        for predicate in [None, *predicates]:
            for by_recorded in (False, True):
                computed = t.queries.history(
                    subject, predicate, by_recorded=by_recorded, materialized=False
                )
                fast = t.queries.history(subject, predicate, by_recorded=by_recorded)
                assert computed == fast
                # the same values of the same types, down to every nested model (1 equals
                # 1.0 and 0 equals False, but not in JSON)
                assert computed.model_dump_json() == fast.model_dump_json()


@PROPERTY_SETTINGS
@given(pool=claim_pool(), ops=ops_strategy, batch=st.integers(1, 7), data=st.data())
def test_materialized_histories_equal_the_computed_ones_live_and_rebuilt(
    backend: str,
    db_url_factory: Callable[[str], str],
    pool: list[Claim],
    ops: list[Op],
    batch: int,
    data: st.DataObject,
) -> None:
    t, clock = fresh_tracker(db_url_factory, backend)
    try:
        play_with_catch_ups(t, clock, pool, ops, batch, data)
        subjects = ["s1", "s2", "nobody"]
        predicates = [*sorted({c.predicate for c in pool}), "integrates"]
        assert_same_histories(t, subjects, predicates)
        live = [t.queries.history(s) for s in subjects]
        t.rebuild_projections()
        assert_same_histories(t, subjects, predicates)
        assert live == [t.queries.history(s) for s in subjects]
    finally:
        t.close()


def test_a_history_marked_before_its_assertion_and_reasserted_is_the_computed_one(
    tracker_app: Tracker,
) -> None:
    """A withdrawal that arrives before the claim it names, the claim asserted twice, a
    rank and a retraction between catch-ups: the marked rows come from the partial
    index, whenever the mark came."""
    store = tracker_app.store
    first = make_claim("s1", "deployed_chips", 10, reported="2025-10-01")
    second = make_claim("s1", "deployed_chips", 20, reported="2025-10-03", doc="d2")
    withdraw(store, first, "2025-09-30")
    tracker_app.catch_up()
    assert_claims(store, first, second)
    tracker_app.catch_up()
    rank(store, second, "deprecated", "2025-10-04")
    assert_claims(store, first)
    tracker_app.catch_up()
    retract(store, first, "2025-10-05")
    tracker_app.catch_up()
    assert_same_histories(tracker_app, ["s1"], ["deployed_chips"])
    expected = ["withdrawn", "asserted", "asserted", "asserted", "ranked", "retracted"]
    assert expected == [r.kind for r in tracker_app.history("s1", "deployed_chips").rows]


@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.sampled_from(["p", "q"])),
        max_size=200,
    ),
    chunk_rows=st.integers(1, 9),
    buffered=st.integers(1, 30),
)
def test_chunks_hold_every_row_once_within_their_bounds(
    rows: list[tuple[str, str]], chunk_rows: int, buffered: int
) -> None:
    chunks = history.Chunks(chunk_rows=chunk_rows, buffered=buffered)
    written: list[history.Chunk] = []
    behaviour = FACT_FIELDS.index("behaviour")
    for position, (subject, predicate) in enumerate(rows):
        row: list[object] = [position, subject, predicate, *[0.0] * (len(FACT_FIELDS) - 3)]
        row[behaviour] = f"b-{predicate}"
        chunks.add(subject, predicate, row)
        written += chunks.take(final=False)
    written += chunks.take(final=True)
    found = sorted(
        (subject, predicate, row[0], first, size)
        for first, subject, predicate, _, size, data in written
        for row in history.decode([(data,)])
    )
    assert sorted((s, p, i) for i, (s, p) in enumerate(rows)) == [f[:3] for f in found]
    for first, _, predicate, behaviour_of, size, data in written:
        decoded = history.decode([(data,)])
        assert 1 <= size == len(decoded) <= chunk_rows
        assert first == min(r[0] for r in decoded)
        # a chunk's rows hold none of what the chunk names once
        assert {history.WIDTH} == {len(r) for r in decoded}
        assert f"b-{predicate}" == behaviour_of


_FLOATS = st.floats(allow_nan=False, allow_infinity=False, width=64)
_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=40)


@PROPERTY_SETTINGS
@given(
    values=st.lists(st.tuples(_FLOATS, _FLOATS), min_size=1, max_size=6),
    confidence=st.floats(0.0, 1.0),
    quote=_TEXT,
    approx=st.booleans(),
)
def test_a_history_keeps_every_float_and_text_exactly_live_and_rebuilt(
    backend: str,
    db_url_factory: Callable[[str], str],
    values: list[tuple[float, float]],
    confidence: float,
    quote: str,
    approx: bool,
) -> None:
    """Any double (integral ones stay floats; -0.0 as each database stores it: SQLite
    drops its sign; the 17th digit and extreme exponents kept), any text (quotes,
    backslashes, control characters, Korean, astral planes) and ``approx`` read back
    from the chunks as the claims table holds them, whether the live applier, a
    SQLite rebuild (orjson) or a PostgreSQL one (``history.fill``, SQL) made them."""
    t, _clock = fresh_tracker(db_url_factory, backend)
    try:
        claims = [
            make_claim(
                "s1",
                "capacity",
                (min(a, b), max(a, b)),
                doc=f"d{i}",
                reported=f"2025-10-{i + 1:02d}",
                confidence=confidence,
                quote=f"{quote} {i}",
                approx=approx,
            )
            for i, (a, b) in enumerate(values)
        ]
        assert_claims(t.store, *claims)
        t.catch_up()  # the live applier's chunks
        assert_same_histories(t, ["s1"], ["capacity"])
        t.rebuild_projections()  # a rebuild's: orjson on SQLite, SQL on PostgreSQL
        assert_same_histories(t, ["s1"], ["capacity"])
    finally:
        t.close()
