"""The whole-industry state is the per-subject states put together: the fast paths for
all subjects and for one subject give the same entries, claims, alternatives and
disputes, through every clock. On SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.conftest import SteppingClock
from tests.projections_support import (
    assert_claims,
    at,
    deadline,
    make_claim,
    opened,
    point,
    rank,
    retract,
    withdraw,
)
from tracker.app import Tracker
from tracker.domain.claims import Claim

SUBJECTS = ["s1", "s2", "s3", "s4"]
PREDICATES = ["deployed_chips", "capacity", "peak_compute", "adopts", "supply_deal"]
START = date(2025, 1, 1)


def generated_claim(rng: random.Random, n: int) -> Claim:
    """The n-th claim of a seeded log: a few keys said again and again, in all lanes."""
    predicate = rng.choice(PREDICATES)
    said = START + timedelta(days=rng.randrange(120))
    modality = rng.choice(["actual", "actual", "planned", "forecast", "considering"])
    target = said + timedelta(days=rng.randrange(0, 200))
    valid = rng.choice(
        [
            point(said.isoformat()),
            point(target.isoformat()),
            deadline(f"{said.year}-12-31", said.isoformat()),
            opened(said.isoformat()),
        ]
    )
    relation = predicate in ("adopts", "supply_deal")
    return make_claim(
        rng.choice(SUBJECTS),
        predicate,
        None if predicate == "adopts" else float(rng.choice([1, 2, 3, 5])),
        qualifiers={"chip": rng.choice("ab")} if predicate == "deployed_chips" else None,
        obj=rng.choice(["x", "y"]) if relation else None,
        modality=modality,
        valid=valid,
        reported=f"{said.isoformat()}T{rng.randrange(24):02d}:00",
        doc=f"d{n}",
        tier=rng.choice(["company", "press", "press", "analyst"]),
        bound=rng.choice(["exact", "exact", "at-most"]),
        approx=rng.random() < 0.2,
        confidence=rng.choice([0.6, 0.8]),
    )


def generated_log(t: Tracker, clock: SteppingClock, seed: int, size: int) -> None:
    rng = random.Random(seed)
    said: list[Claim] = []
    for n in range(size):
        clock.advance(minutes=30)
        if said and rng.random() < 0.15:
            c = rng.choice(said)
            when = (c.reported_at + timedelta(days=rng.randrange(60))).date().isoformat()
            kind = rng.random()
            if kind < 0.4:
                withdraw(t.store, c, when)
            elif kind < 0.6:
                retract(t.store, c, when)
            else:
                rank(t.store, c, rng.choice(["preferred", "deprecated", "normal"]), when)
        else:
            c = rng.choice(said) if said and rng.random() < 0.05 else generated_claim(rng, n)
            assert_claims(t.store, c)
            said.append(c)


def test_industry_state_equals_the_per_subject_states_through_every_clock(
    tracker_app: Tracker, clock: SteppingClock
) -> None:
    generated_log(tracker_app, clock, seed=5, size=400)
    recorded = [clock() - timedelta(hours=h) for h in (0, 60, 150)]
    seen = {"alternatives": False, "disputed": False}
    for as_of in (date(2025, 2, 1), date(2025, 4, 15), date(2025, 12, 31), date(2026, 5, 1)):
        for known_at in (None, at("2025-02-15"), at("2025-04-01T12:00"), at("2026-01-01")):
            for recorded_by in (None, *recorded[1:]):
                whole = tracker_app.state(as_of, known_at=known_at, recorded_by=recorded_by)
                parts = [
                    entry
                    for subject in SUBJECTS
                    for entry in tracker_app.state(
                        as_of, known_at=known_at, recorded_by=recorded_by, subject=subject
                    ).entries
                ]
                assert parts == whole.entries
                seen["alternatives"] |= any(e.alternatives for e in parts)
                seen["disputed"] |= any(e.disputed for e in parts)
    assert seen == {"alternatives": True, "disputed": True}
