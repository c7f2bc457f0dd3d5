"""``history`` and ``state`` agree about what replaced what (SPEC §5: each history row
shows what it superseded): when ``state`` at a date picks the later of two claims of
one key and lane over the earlier, the later claim's history row supersedes the
earlier one, whatever their valid kinds, and when two claims are about different
days of a dated value neither supersedes the other. One rule decides the chain:
:func:`tracker.domain.resolution.replacement_target`."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.cli_support import run_cli
from tests.projections_support import assert_claims, day, deadline, make_claim, opened, point
from tracker.app import Tracker
from tracker.domain.claims import Claim, ValidTime
from tracker.domain.resolution import replacement_target
from tracker.store.engine import make_engine


def interval(start: str, end: str) -> ValidTime:
    return ValidTime(kind="interval", start=day(start), end=day(end))


@dataclass(frozen=True)
class Pair:
    """Two claims of one key and lane, the second reported later, and the date at which
    ``state`` holds both in force (so the later report must win there)."""

    name: str
    predicate: str
    modality: str
    earlier: ValidTime
    later: ValidTime
    as_of: str


SAME_TARGET = [
    # the QA case: a plan's deadline, then a plan for that very day
    Pair("carried deadline, point at it", "deployed_chips", "planned",
         deadline("2025-12-31"), point("2025-12-31"), "2025-12-31"),
    Pair("carried point, then a deadline", "deployed_chips", "planned",
         point("2025-05-01"), deadline("2025-12-31"), "2025-12-15"),
    Pair("carried deadlines of two years", "deployed_chips", "planned",
         deadline("2025-12-31"), deadline("2026-12-31"), "2025-12-15"),
    Pair("carried open, point on its start", "adopts", "considering",
         opened("2025-12-31"), point("2025-12-31"), "2025-12-31"),
    Pair("carried interval, point on its start", "deployed_chips", "actual",
         interval("2025-12-01", "2025-12-31"), point("2025-12-01"), "2025-12-01"),
    Pair("dated deadline, point at it", "capacity", "forecast",
         deadline("2025-12-31"), point("2025-12-31"), "2025-12-31"),
    Pair("dated point, deadline on it", "capacity", "forecast",
         point("2025-12-31"), deadline("2025-12-31"), "2025-12-31"),
    Pair("dated open, point on its start", "capacity", "forecast",
         opened("2025-12-31"), point("2025-12-31"), "2025-12-31"),
    Pair("dated interval, point at its end", "capacity", "forecast",
         interval("2025-10-01", "2025-12-31"), point("2025-12-31"), "2025-12-31"),
    Pair("timeless deadline, point", "peak_compute", "announced",
         deadline("2026-12-31"), point("2025-11-01"), "2025-12-31"),
]  # fmt: skip

EARLIER_REPORT, LATER_REPORT = "2025-06-15", "2025-12-01"


def _claims(pair: Pair, subject: str) -> tuple[Claim, Claim]:
    obj = "google-tpu" if pair.predicate == "adopts" else None
    value = None if obj else 1_000_000.0

    def one(valid: ValidTime, reported: str, doc: str, amount: float | None) -> Claim:
        return make_claim(subject, pair.predicate, amount, modality=pair.modality,
                          valid=valid, reported=reported, doc=doc, obj=obj)  # fmt: skip

    return (
        one(pair.earlier, EARLIER_REPORT, "june", value),
        one(pair.later, LATER_REPORT, "december", value if value is None else value * 1.2),
    )


def _supersedes(t: Tracker, subject: str, predicate: str) -> list[dict[str, str | None]]:
    """Each asserted row's claim and what it superseded, computed and materialized (the
    two must agree)."""
    t.catch_up()
    answers = [
        t.queries.history(subject, predicate, materialized=materialized)
        for materialized in (False, True)
    ]
    found = [[{r.claim_id: r.supersedes} for r in a.rows if r.kind == "asserted"] for a in answers]
    assert found[0] == found[1]
    return found[0]


@pytest.mark.parametrize("pair", SAME_TARGET, ids=[p.name for p in SAME_TARGET])
def test_the_claim_state_picks_later_is_the_one_history_says_superseded(
    tracker_app: Tracker, pair: Pair
) -> None:
    subject = "s-consistency"
    earlier, later = _claims(pair, subject)
    assert_claims(tracker_app.store, earlier, later)

    state = tracker_app.state(pair.as_of, subject=subject)
    entries = [e for e in state.entries if e.predicate == pair.predicate]
    assert [later.claim_id] == [e.claim.claim_id for e in entries]

    history = _supersedes(tracker_app, subject, pair.predicate)
    assert [{earlier.claim_id: None}, {later.claim_id: earlier.claim_id}] == history


def test_the_qa_plans_a_june_deadline_and_a_december_date_are_one_chain(
    tracker_app: Tracker,
) -> None:
    """June: 'will reach 1,000,000 by 2025-12-31'; December: '1,000,000 at 2025-12-31'.
    Before the deadline the June plan is in force; at it the December plan replaces it,
    and the history says so."""
    june = make_claim("rainier", "deployed_chips", 1_000_000.0, modality="planned",
                      valid=deadline("2025-12-31"), reported="2025-06-10", doc="june")  # fmt: skip
    december = make_claim("rainier", "deployed_chips", 1_000_000.0, modality="planned",
                          valid=point("2025-12-31"), reported="2025-12-05", doc="dec")  # fmt: skip
    assert_claims(tracker_app.store, june, december)

    def winner(as_of: str) -> str:
        (entry,) = tracker_app.state(as_of, subject="rainier").entries
        return entry.claim.claim_id

    assert (june.claim_id, december.claim_id) == (winner("2025-12-30"), winner("2025-12-31"))
    assert [{june.claim_id: None}, {december.claim_id: june.claim_id}] == _supersedes(
        tracker_app, "rainier", "deployed_chips"
    )


@pytest.mark.parametrize(
    ("earlier", "later", "as_of"),
    [
        (point("2025-09-30"), point("2025-12-31"), "2025-12-31"),
        (deadline("2025-12-31"), point("2026-03-31"), "2026-03-31"),
        (opened("2025-12-31"), point("2026-03-31"), "2026-03-31"),
    ],
    ids=["points", "deadline-point", "open-point"],
)
def test_dated_claims_about_other_days_supersede_nothing(
    tracker_app: Tracker, earlier: ValidTime, later: ValidTime, as_of: str
) -> None:
    """A capacity at another day is another fact: the history links nothing, and the
    state at the later day holds both or the later one alone, never by replacement.
    (An open capacity from end-2025 is still in force in 2026: the two compete there
    as alternatives of one slot, but the target, its first day, differs.)"""
    first = make_claim("tsmc", "capacity", 75_000.0, modality="forecast", valid=earlier,
                       reported=EARLIER_REPORT, doc="a")  # fmt: skip
    second = make_claim("tsmc", "capacity", 90_000.0, modality="forecast", valid=later,
                        reported=LATER_REPORT, doc="b")  # fmt: skip
    assert_claims(tracker_app.store, first, second)
    assert [{first.claim_id: None}, {second.claim_id: None}] == _supersedes(
        tracker_app, "tsmc", "capacity"
    )
    (entry,) = tracker_app.state(as_of, subject="tsmc").entries
    assert second.claim_id == entry.claim.claim_id


@pytest.mark.parametrize(
    ("behaviour", "start", "end", "expected"),
    [
        ("carries", date(2025, 1, 1), date(2025, 12, 31), None),
        ("timeless", None, date(2025, 12, 31), None),
        ("dated", date(2025, 12, 31), date(2025, 12, 31), date(2025, 12, 31)),
        ("dated", date(2025, 10, 1), date(2025, 12, 31), date(2025, 12, 31)),
        ("dated", date(2025, 12, 31), None, date(2025, 12, 31)),
        ("dated", "2025-12-31", None, "2025-12-31"),
    ],
)
def test_replacement_target_is_the_dated_day_or_none(
    behaviour: str, start: object, end: object, expected: object
) -> None:
    assert expected == replacement_target(behaviour, start, end)


def _rank(db: str, cwd: Path, claim_id: str, *extra: str) -> subprocess.CompletedProcess[str]:
    done = run_cli(
        "--db", db, "rank", claim_id, "preferred", "--reason", "checked", *extra, cwd=cwd
    )
    assert done.returncode == 0, done.stderr
    return done


def test_ranking_a_count_a_later_count_replaced_says_it_is_not_in_force(
    db_url: str, tmp_path: Path
) -> None:
    """A preferred rank wins among the candidates of one date; an older count that a
    newer valid-time count replaced is no candidate today, so the rank changes no
    answer today, and the command says so (the newer count is not a disagreement but a
    later state)."""
    t = Tracker(make_engine(db_url))
    older = make_claim("rainier", "deployed_chips", 400_000.0, reported="2025-03-01", doc="a")
    newer = make_claim("rainier", "deployed_chips", 500_000.0, reported="2025-10-01", doc="b")
    assert_claims(t.store, older, newer)
    t.close()

    said = _rank(db_url, tmp_path, older.claim_id).stdout.splitlines()
    assert len(said) == 2
    assert said[1].startswith(f"note: {older.claim_id} is not in force on ")
    assert f"({newer.claim_id} is)" in said[1]
    answer = json.loads(_rank(db_url, tmp_path, newer.claim_id, "--json").stdout)
    assert (newer.claim_id, "preferred", None) == (
        answer["claim_id"],
        answer["rank"],
        answer["note"],
    )
