"""A rebuild stores exactly what the live applier stores, value for value and type for
type, for claims of every shape (text values, qualifiers, other time zones, spans, notes,
a predicate the time table does not know), and a damaged payload stops it with a clear
error. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from tests.conftest import SteppingClock
from tests.projections_support import (
    assert_with_a_drawn_mark,
)
from tracker.app import Tracker
from tracker.domain.claims import Claim, Quantity, Source, TextValue, ValidTime
from tracker.errors import ProjectionError
from tracker.projections.flatten import utc_text
from tracker.projections.tables import claim_marks, claims
from tracker.store import migrate
from tracker.store.engine import make_engine

ZONES = [UTC, timezone(timedelta(hours=9)), timezone(timedelta(hours=-5, minutes=-30))]
DAYS = [date(2025, 9, 1) + timedelta(days=17 * i) for i in range(8)]


@st.composite
def valid_times(draw: st.DrawFn) -> ValidTime:
    kind = draw(st.sampled_from(["point", "interval", "deadline", "open"]))
    a, b = sorted(draw(st.lists(st.sampled_from(DAYS), min_size=2, max_size=2)))
    label = draw(st.sampled_from([None, "2026년 말", "end of 2025"]))
    granularity = draw(st.sampled_from(["day", "month", "quarter", "year"]))
    if kind == "point":
        return ValidTime(kind="point", start=a, end=a, granularity=granularity, text=label)
    if kind == "interval":
        return ValidTime(kind="interval", start=a, end=b, granularity=granularity, text=label)
    if kind == "deadline":
        start = draw(st.sampled_from([None, a]))
        return ValidTime(kind="deadline", start=start, end=b, text=label)
    return ValidTime(kind="open", start=a, text=label)


@st.composite
def claims_of_every_shape(draw: st.DrawFn) -> Claim:
    value: Quantity | TextValue | None = draw(
        st.one_of(
            st.none(),
            st.builds(TextValue, text=st.sampled_from(["Indiana, US", "인디애나", "a\nb"])),
            st.builds(
                lambda low, extra, approx, bound: Quantity(
                    low=low, high=low + extra, unit="count", approx=approx, bound=bound
                ),
                st.floats(0, 1e16, allow_nan=False),
                st.sampled_from([0.0, 0.5, 1e10]),
                st.booleans(),
                st.sampled_from(["exact", "at-least", "at-most"]),
            ),
        )
    )
    reported = datetime(2025, 9, 1, tzinfo=UTC) + timedelta(
        days=draw(st.integers(0, 120)), microseconds=draw(st.sampled_from([0, 1, 250000]))
    )
    predicate = draw(
        st.sampled_from(["deployed_chips", "capacity", "peak_compute", "adopts", "my_own"])
    )
    return Claim(
        claim_id=f"c{draw(st.integers(0, 5))}",
        subject=draw(st.sampled_from(["s1", "프로젝트"])),
        predicate=predicate,
        qualifiers=draw(st.sampled_from([{}, {"chip": "b200"}, {"z": "1", "a": "설비"}])),
        object=draw(st.sampled_from([None, "google-tpu"])),
        value=value,
        modality=draw(st.sampled_from(["actual", "announced", "planned", "forecast"])),
        valid=draw(valid_times()),
        reported_at=reported.astimezone(draw(st.sampled_from(ZONES))),
        source=Source(
            document_id=draw(st.sampled_from([None, "d1"])),
            feed=draw(st.sampled_from([None, "feed-1"])),
            url=draw(st.sampled_from([None, "https://example.test/a"])),
            quote=draw(st.sampled_from(["", "said so", "말했다"])),
            tier=draw(st.sampled_from(["company", "press", "rumor"])),
            quote_start=draw(st.sampled_from([None, 3])),
            quote_end=draw(st.sampled_from([None, 9])),
            note=draw(st.sampled_from([None, "checked by hand"])),
        ),
        confidence=draw(st.sampled_from([0.0, 0.35, 1.0])),
        asserted_by="extractor:rules@test",
        vocabulary=draw(st.sampled_from([None, "default@1"])),
    )


def stored(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Both tables as the driver returns them (with each value's SQLite storage class)."""
    found = {}
    with engine.connect() as conn:
        for table in (claims, claim_marks):
            names = [c.name for c in table.columns]
            if conn.dialect.name == "sqlite":
                names += [f"typeof({n})" for n in names]
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join(names)} FROM {table.name} ORDER BY position"
            )
            found[table.name] = [tuple(r) for r in rows]
    return found


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(items=st.lists(claims_of_every_shape(), min_size=1, max_size=12), data=st.data())
def test_a_rebuild_stores_the_live_appliers_values_for_claims_of_every_shape(
    backend: str,
    db_url_factory: Any,
    items: list[Claim],
    data: st.DataObject,
) -> None:
    engine = make_engine(db_url_factory(backend))
    migrate.upgrade(engine)
    clock = SteppingClock()
    t = Tracker(engine, clock=clock)
    try:
        for c in items:
            assert_with_a_drawn_mark(t.store, clock, c, data)
            if data.draw(st.booleans()):
                t.catch_up()
        t.catch_up()
        live = stored(engine)
        t.projections.rebuild_batch_size = data.draw(st.integers(1, 5))
        t.rebuild_projections()
        assert stored(engine) == live
    finally:
        t.close()


@pytest.mark.parametrize(
    "text",
    [
        "2025-10-01T09:00:00Z",
        "2025-10-01T09:00:00.000001Z",
        "2025-10-01T18:00:00+09:00",
        "2025-10-01T03:30:00.5-05:30",
        "2025-10-01T09:00:00+00:00",
    ],
)
def test_utc_text_is_the_stored_text_of_the_instant(text: str) -> None:
    instant = datetime.fromisoformat(text).astimezone(UTC)
    assert instant.strftime("%Y-%m-%dT%H:%M:%S.%fZ") == utc_text(text)


def test_a_damaged_claim_payload_stops_the_rebuild_with_a_projection_error(
    tracker_app: Tracker,
) -> None:
    with tracker_app.engine.begin() as conn:
        # the log refuses updates, so the damage goes in as a new row of its own
        conn.execute(
            text(
                "INSERT INTO events (position, stream_id, stream_version, event_type,"
                " schema_version, payload, meta, recorded_at, prev_hash, hash)"
                " VALUES (1, 'claims-x', 1, 'ClaimAsserted', 1, '{\"claim\": {}}', '{}',"
                " :at, '', '')"
            ),
            {
                "at": "2026-01-01T00:00:00.000000Z"
                if tracker_app.engine.dialect.name == "sqlite"
                else datetime(2026, 1, 1, tzinfo=UTC)
            },
        )
        conn.execute(text("UPDATE log_head SET position = 1 WHERE id = 1"))
    with pytest.raises(ProjectionError, match="event 1: ClaimAsserted payload has a bad shape"):
        tracker_app.rebuild_projections()
