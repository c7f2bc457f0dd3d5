"""How far the projections of a read-only database stand behind the log: one answer
(Tracker.projection_lag) for the CLI's note and ``projection_lag`` and the HTTP API's
header, read in one statement (the API asks on every answer)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from tests.conftest import SteppingClock
from tracker.app import Tracker, make_tracker
from tracker.cli.common import lag_note
from tracker.domain.answers import ProjectionLag
from tracker.domain.claims import Quantity
from tracker.store.checkpoints import SqlCheckpointStore, head_and_checkpoints


def test_the_lag_counts_events_past_each_checkpoint_and_a_foreign_version() -> None:
    lag = ProjectionLag.measure(
        10,
        {"claims": (7, "claims/3"), "other": (10, "other/1"), "extractor": (9, "x")},
        {"claims": "claims/3", "other": "other/2", "never": "never/1"},
    )

    assert lag.model_dump(mode="json") == {
        "read_only": True,
        "log_head": 10,
        "projections": {
            "claims": {"position": 7, "behind": 3, "built_by_other_version": False},
            "other": {"position": 10, "behind": 0, "built_by_other_version": True},
            "never": {"position": 0, "behind": 10, "built_by_other_version": False},
        },
    }
    assert lag.behind == 13


def test_the_note_names_each_projection_behind_or_built_by_another_version() -> None:
    lag = ProjectionLag.measure(5, {"claims": (4, "old")}, {"claims": "new"})

    assert lag_note(lag) == (
        "read-only database: the claims projection is 1 event behind the log (at position 4 "
        "of 5); the claims projection was built by another tracker version; these answers "
        "leave those events out (run any query where the database is writable to catch up, "
        "then copy it again)"
    )
    assert lag_note(ProjectionLag.measure(5, {"claims": (5, "new")}, {"claims": "new"})) is None
    assert lag_note(None) is None


def test_head_and_checkpoints_are_read_in_one_statement(
    engine: Engine, tracker_app: Tracker, clock: SteppingClock
) -> None:
    with engine.connect() as conn:
        assert head_and_checkpoints(conn) == (0, {})
    tracker_app.add_claim(
        "project-rainier",
        "deployed_chips",
        note="AWS call",
        value=Quantity(low=1, high=1, unit="count"),
        qualifiers={"chip": "trainium2"},
    )
    SqlCheckpointStore(engine, clock).set("extractor", 0, "rules@1")

    with engine.connect() as conn:
        head, marks = head_and_checkpoints(conn)

    claims = tracker_app.projections.status()[0]
    assert (claims.head, claims.position, claims.stored_version) == (head, *marks["claims"])
    assert (head, marks["extractor"]) == (1, (0, "rules@1"))


def test_a_writable_database_has_no_lag_and_a_read_only_one_says_its_own(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'lag.db'}"
    with make_tracker(url) as t:
        t.init()
        for chips in (1, 2):  # the second is appended without catching up
            t.curation.add(
                "project-rainier",
                "deployed_chips",
                note=f"report {chips}",
                value=Quantity(low=chips, high=chips, unit="count"),
                qualifiers={"chip": "trainium2"},
            )
            if chips == 1:
                t.catch_up()
        assert t.projection_lag() is None

    with make_tracker(url + "?mode=ro") as ro:
        lag = ro.projection_lag()
        status = ro.projections.status()

    assert lag is not None
    assert (lag.log_head, lag.behind) == (2, 1)
    assert {s.name: s.position for s in status} == {
        name: p.position for name, p in lag.projections.items()
    }
