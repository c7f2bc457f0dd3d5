"""Two rebuilds of one projection at once: a rebuild whose shadow tables another rebuild
dropped and made again stops, and leaves those tables to the other one (it used to go on
filling them, and the first to swap put in a projection missing rows)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.projections_support import assert_claims, make_claim, snapshot
from tracker.app import Tracker
from tracker.errors import ProjectionError
from tracker.projections import runner
from tracker.projections.runner import ProjectionRunner


def _twelve_claims(t: Tracker) -> None:
    assert_claims(
        t.store,
        *(
            make_claim(f"site-{i % 3}", "deployed_chips", float(1000 + i), doc=f"d{i}")
            for i in range(12)
        ),
    )


def _after_first_batch(monkeypatch: pytest.MonkeyPatch, act: Callable[[], None]) -> None:
    """Run ``act`` once, between a rebuild's first and second batch (outside both of
    their transactions), as another process would."""
    calls: list[int] = []
    window_end = runner.window_end

    def hooked(*args: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            act()
        return window_end(*args)

    monkeypatch.setattr(runner, "window_end", hooked)


def _begin_another_rebuild(projections: ProjectionRunner) -> None:
    """What another rebuild does first: drop the shadows and make them again."""
    claims = projections.projections["claims"]

    def fresh(conn: Any) -> None:
        claims.drop_shadow(conn)
        claims.create_shadow(conn)

    projections._write(fresh)


def test_a_rebuild_whose_shadows_another_rebuild_made_again_stops_and_swaps_nothing(
    tracker_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    _twelve_claims(tracker_app)
    tracker_app.catch_up()
    expected = snapshot(tracker_app.engine)
    tracker_app.projections.rebuild_batch_size = 4
    _after_first_batch(monkeypatch, lambda: _begin_another_rebuild(tracker_app.projections))

    with pytest.raises(ProjectionError, match="another rebuild of 'claims' started"):
        tracker_app.projections.rebuild("claims")

    assert expected == snapshot(tracker_app.engine)
    other = tracker_app.projections.projections["claims"]
    with tracker_app.engine.connect() as conn:  # the other rebuild's shadows are left
        assert other.shadow_identity(conn) is not None


def test_a_rebuild_overtaken_by_a_whole_other_rebuild_stops_and_leaves_its_tables(
    tracker_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    _twelve_claims(tracker_app)
    tracker_app.catch_up()
    expected = snapshot(tracker_app.engine)
    tracker_app.projections.rebuild_batch_size = 4
    other = ProjectionRunner(
        tracker_app.engine,
        list(tracker_app.projections.projections.values()),
        tracker_app.projections._clock,
    )

    def rebuild_whole() -> None:
        other.rebuild("claims")

    _after_first_batch(monkeypatch, rebuild_whole)

    with pytest.raises(ProjectionError, match="another rebuild of 'claims' started"):
        tracker_app.projections.rebuild("claims")

    assert expected == snapshot(tracker_app.engine)
    behind = [s for s in tracker_app.projections.status() if s.position != s.head]
    assert behind == []
