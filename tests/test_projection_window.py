"""The runner's read window: claim events far apart in the log, among other events,
are each applied once, whether the read is bounded by a window (PostgreSQL) or runs to
the head (SQLite)."""

from __future__ import annotations

from tests.projections_support import assert_claims, make_claim, snapshot
from tracker.app import Tracker
from tracker.domain.catalog import FeedPolled
from tracker.domain.events import AppendRequest, NewEvent


def poll_many(t: Tracker, count: int) -> None:
    polled = NewEvent(FeedPolled(feed_id="f", url="http://127.0.0.1/feed", status=200))
    t.store.append_batch([AppendRequest("feed-f", (polled,)) for _ in range(count)])


def test_claims_among_many_other_events_catch_up_in_small_batches_as_a_rebuild_makes_them(
    tracker_app: Tracker,
) -> None:
    tracker_app.projections.batch_size = 2
    tracker_app.projections.rebuild_batch_size = 2
    for i in range(1, 6):
        poll_many(tracker_app, 7)
        assert_claims(
            tracker_app.store,
            make_claim("s", "deployed_chips", i, reported=f"2025-10-{i:02d}", doc=f"d{i}"),
        )
    poll_many(tracker_app, 7)

    applied = tracker_app.catch_up()
    caught_up = snapshot(tracker_app.engine)
    rebuilt = tracker_app.rebuild_projections()

    assert (applied, rebuilt) == (5, {"claims": 5})
    assert caught_up == snapshot(tracker_app.engine)
    assert len(tracker_app.history("s", "deployed_chips").rows) == 5
