"""The EventStore contract, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ConfigDict
from sqlalchemy import Engine, text

from tests.conftest import SteppingClock
from tests.store_support import Noted, make_versioned_registry, noted
from tracker.domain.events import GENESIS_HASH, AppendRequest, NewEvent
from tracker.errors import ConcurrencyError, EventTypeError, IdempotencyError
from tracker.store.engine import WRITE
from tracker.store.sql import SqlEventStore


def test_appended_events_read_back_in_order_with_envelope(store: SqlEventStore) -> None:
    positions = store.append("s-1", 0, [noted(1), noted(2, text="사십이 ✓")])

    read = store.read_stream("s-1")

    assert positions == [1, 2]
    assert [(e.position, e.stream_version) for e in read] == [(1, 1), (2, 2)]
    assert [e.event for e in read] == [Noted(n=1), Noted(n=2, text="사십이 ✓")]
    assert read[0].event_type == "TestNoted"
    assert read[0].prev_hash == GENESIS_HASH
    assert read[1].prev_hash == read[0].hash
    assert read[0].recorded_at.tzinfo is not None


def test_recorded_at_is_set_by_the_store_and_never_goes_back(
    store: SqlEventStore, clock: SteppingClock
) -> None:
    store.append("s-1", None, [noted(1)])
    clock.advance(hours=-5)
    store.append("s-1", None, [noted(2)])

    first, second = store.read_stream("s-1")

    assert second.recorded_at == first.recorded_at


def test_wrong_expected_version_raises_and_writes_nothing(store: SqlEventStore) -> None:
    store.append("s-1", 0, [noted(1)])

    with pytest.raises(ConcurrencyError) as info:
        store.append_batch(
            [
                AppendRequest("s-2", (noted(9),), 0),
                AppendRequest("s-1", (noted(2),), 0),
            ]
        )

    assert info.value.actual == 1
    assert store.last_position() == 1
    assert store.read_stream("s-2") == []


def test_expected_version_zero_means_a_new_stream(store: SqlEventStore) -> None:
    store.append("s-1", 0, [noted(1)])
    store.append("s-1", 1, [noted(2)])

    with pytest.raises(ConcurrencyError):
        store.append("s-1", 0, [noted(3)])
    assert store.stream_version("s-1") == 2


def test_same_idempotency_key_twice_is_one_event(store: SqlEventStore) -> None:
    first = store.append("s-1", 0, [noted(1, key="k-1"), noted(2, key="k-2")])
    again = store.append("s-1", 0, [noted(1, key="k-1"), noted(2, key="k-2")])

    assert again == first == [1, 2]
    assert store.last_position() == 2


def test_mixed_batch_without_expected_version_writes_only_unseen(store: SqlEventStore) -> None:
    store.append("s-1", None, [noted(1, key="k-1")])

    positions = store.append("s-1", None, [noted(1, key="k-1"), noted(2, key="k-2")])

    assert positions == [1, 2]
    assert [e.event.n for e in store.read_stream("s-1")] == [1, 2]  # type: ignore[attr-defined]


def test_mixed_batch_with_expected_version_is_refused(store: SqlEventStore) -> None:
    store.append("s-1", 0, [noted(1, key="k-1")])

    with pytest.raises(IdempotencyError):
        store.append("s-1", 1, [noted(1, key="k-1"), noted(2, key="k-2")])
    assert store.last_position() == 1


def test_key_reused_for_another_stream_is_refused(store: SqlEventStore) -> None:
    store.append("s-1", None, [noted(1, key="k-1")])

    with pytest.raises(IdempotencyError):
        store.append("s-2", None, [noted(1, key="k-1")])


def test_batch_across_streams_is_atomic_and_numbered_in_order(store: SqlEventStore) -> None:
    result = store.append_batch(
        [
            AppendRequest("a", (noted(1), noted(2)), 0),
            AppendRequest("b", (noted(3),), 0),
            AppendRequest("a", (noted(4),), None),
        ]
    )

    assert result == [[1, 2], [3], [4]]
    assert [e.stream_version for e in store.read_stream("a")] == [1, 2, 3]


def test_unregistered_event_type_is_refused_before_anything_is_written(
    store: SqlEventStore,
) -> None:
    class Stray(Noted):
        type_name = "TestStray"

    with pytest.raises(EventTypeError, match="unknown event type 'TestStray'"):
        store.append("s-1", None, [noted(1), NewEvent(Stray(n=2))])
    assert store.last_position() == 0


def test_event_with_an_invalid_value_is_refused_before_anything_is_written(
    store: SqlEventStore,
) -> None:
    bad = Noted.model_construct(n="not a number")  # type: ignore[arg-type]

    with pytest.raises(ValueError, match="Expected `int`"):
        store.append("s-1", None, [noted(1), NewEvent(bad)])
    assert store.last_position() == 0


def test_read_all_streams_in_batches_and_filters_types(store: SqlEventStore) -> None:
    for i in range(25):
        store.append(f"s-{i % 3}", None, [noted(i)])

    everything = list(store.read_all(batch_size=4))
    after = list(store.read_all(20, batch_size=4))
    until = list(store.read_all(until_position=7, batch_size=4))

    assert [e.position for e in everything] == list(range(1, 26))
    assert [e.position for e in after] == [21, 22, 23, 24, 25]
    assert [e.position for e in until] == list(range(1, 8))
    assert list(store.read_all(types=["FeedPolled"])) == []


def test_subscribe_yields_batches_until_the_head(store: SqlEventStore) -> None:
    store.append("s", None, [noted(i) for i in range(10)])

    batches = list(store.subscribe(3, batch_size=4))

    assert [[e.position for e in b] for b in batches] == [[4, 5, 6, 7], [8, 9, 10]]


def test_old_schema_versions_are_upcast_on_read(engine: Engine, clock: SteppingClock) -> None:
    old, new, v1, v2 = make_versioned_registry()
    writer = SqlEventStore(engine, clock=clock, event_registry=old)
    reader = SqlEventStore(engine, clock=clock, event_registry=new)
    writer.append("r", 0, [NewEvent(v1(title="three word title"))])  # type: ignore[call-arg]

    (event,) = reader.read_stream("r")

    assert event.event == v2(headline="three word title", words=3)  # type: ignore[call-arg]
    assert event.schema_version == 1  # the stored row is untouched
    assert reader.verify().ok


def test_a_schema_version_newer_than_the_code_is_a_clear_error(
    engine: Engine, clock: SteppingClock
) -> None:
    old, new, _v1, v2 = make_versioned_registry()
    SqlEventStore(engine, clock=clock, event_registry=new).append(
        "r",
        0,
        [NewEvent(v2(headline="h", words=1))],  # type: ignore[call-arg]
    )

    with pytest.raises(EventTypeError, match="newer than the code"):
        SqlEventStore(engine, clock=clock, event_registry=old).read_stream("r")


def test_unknown_event_type_is_a_clear_error(store: SqlEventStore, engine: Engine) -> None:
    _insert_foreign_event(store, engine)

    with pytest.raises(EventTypeError, match="unknown event type 'Alien'"):
        store.read_stream("x")


def test_payload_that_fails_validation_is_a_clear_error(
    store: SqlEventStore, engine: Engine
) -> None:
    _insert_foreign_event(store, engine, event_type="TestNoted", payload='{"n":"many"}')

    with pytest.raises(EventTypeError, match="does not validate: n"):
        store.read_stream("x")


def _insert_foreign_event(
    store: SqlEventStore, engine: Engine, event_type: str = "Alien", payload: str = "{}"
) -> None:
    # Appends through a registry that knows the type, so the chain stays valid.
    from tracker.domain.events import Event, EventRegistry

    foreign = EventRegistry()

    @foreign.register
    class Loose(Event):
        type_name = event_type
        model_config = ConfigDict(extra="allow", frozen=True)

    writer = SqlEventStore(engine, event_registry=foreign)
    writer.append("x", None, [NewEvent(Loose.model_validate(json.loads(payload)))])


FLIP_FIRST_HASH_DIGIT = (
    "UPDATE events SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END"
    " || substr(hash, 2) WHERE position = 6"
)

# -- append-only and the hash chain ------------------------------------------------------


def test_update_and_delete_on_the_log_are_refused_by_the_database(
    store: SqlEventStore, engine: Engine
) -> None:
    store.append("s", None, [noted(1)])

    for sql in ("UPDATE events SET payload = '{}'", "DELETE FROM events"):
        with pytest.raises(Exception, match="append-only"):
            _execute_write(engine, sql)
    assert store.verify().ok


def test_verify_accepts_an_intact_chain(store: SqlEventStore) -> None:
    store.append_batch([AppendRequest(f"s-{i}", (noted(i), noted(i + 1)), 0) for i in range(50)])

    result = store.verify(batch_size=7)

    assert (result.ok, result.checked, result.head_position) == (True, 100, 100)


def _execute_write(engine: Engine, sql: str) -> None:
    with engine.connect() as conn:
        conn.execution_options(**WRITE)
        with conn.begin():
            conn.exec_driver_sql(sql)


def _tamper(engine: Engine, *statements: str) -> None:
    with engine.connect() as conn:
        conn.execution_options(**WRITE)
        with conn.begin():
            _drop_triggers(conn)
            for sql in statements:
                conn.exec_driver_sql(sql)


def _drop_triggers(conn: object) -> None:
    c = conn  # type: ignore[assignment]
    if c.dialect.name == "sqlite":  # type: ignore[attr-defined]
        c.execute(text("DROP TRIGGER IF EXISTS events_no_update"))  # type: ignore[attr-defined]
        c.execute(text("DROP TRIGGER IF EXISTS events_no_delete"))  # type: ignore[attr-defined]
    else:
        c.execute(text("DROP TRIGGER IF EXISTS events_append_only ON events"))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("statements", "broken_at", "reason"),
    [
        (['UPDATE events SET payload = \'{"n":999,"text":""}\' WHERE position = 4'], 4, "changed"),
        (['UPDATE events SET meta = \'{"actor":"mallory"}\' WHERE position = 2'], 2, "changed"),
        (
            [
                "UPDATE events SET recorded_at = recorded_at WHERE position = 3",
                "UPDATE events SET stream_id = 'other' WHERE position = 3",
            ],
            3,
            "changed",
        ),
        (["DELETE FROM events WHERE position = 5"], 5, "missing"),
        (
            [
                "UPDATE events SET position = 100 WHERE position = 3",
                "UPDATE events SET position = 3 WHERE position = 4",
                "UPDATE events SET position = 4 WHERE position = 100",
            ],
            3,
            "prev_hash",
        ),
        (["DELETE FROM events WHERE position >= 7"], 7, "tail"),
        (
            [FLIP_FIRST_HASH_DIGIT],
            6,
            "changed",
        ),
    ],
    ids=[
        "edited-payload",
        "edited-metadata",
        "edited-stream",
        "deleted-row",
        "reordered",
        "truncated-tail",
        "edited-hash",
    ],
)
def test_verify_names_the_first_broken_position(
    store: SqlEventStore,
    engine: Engine,
    statements: list[str],
    broken_at: int,
    reason: str,
) -> None:
    store.append("s", 0, [noted(i) for i in range(8)])

    _tamper(engine, *statements)
    result = store.verify(batch_size=3)

    assert (result.ok, result.first_broken) == (False, broken_at)
    assert reason in (result.reason or "")


# -- properties --------------------------------------------------------------------------

_batches = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.lists(st.tuples(st.integers(-10, 10**12), st.text(max_size=30)), min_size=1, max_size=5),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(batches=_batches)
def test_random_append_sequences_read_back_identically(
    db_url_factory: object, batches: list[tuple[str, list[tuple[int, str]]]]
) -> None:
    from tracker.store import migrate
    from tracker.store.engine import make_engine

    engine = make_engine(db_url_factory("sqlite"))  # type: ignore[operator]
    migrate.upgrade(engine)
    store = SqlEventStore(engine)
    expected: dict[str, list[Noted]] = {}
    for stream, items in batches:
        events = [Noted(n=n, text=t) for n, t in items]
        store.append(stream, None, [NewEvent(e) for e in events])
        expected.setdefault(stream, []).extend(events)

    for stream, events in expected.items():
        assert [e.event for e in store.read_stream(stream)] == events
    assert [e.position for e in store.read_all()] == list(range(1, store.last_position() + 1))
    assert store.verify().ok
    engine.dispose()
