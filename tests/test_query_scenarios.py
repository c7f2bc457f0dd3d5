"""The scenarios of SPEC §1 through the Tracker, on SQLite and PostgreSQL: claim events
are appended straight to the store, as the extractor would."""

from __future__ import annotations

from tests.conftest import SteppingClock
from tests.projections_support import (
    assert_claims,
    at,
    cowos_forecasts,
    deadline,
    make_claim,
    opened,
    point,
    winners,
    withdraw,
)
from tracker.app import Tracker
from tracker.domain.claims import Quantity, TextValue

Q = {"chip": "trainium2"}
RAINIER = ("project-rainier", "deployed_chips")


def rainier(value: float, reported: str, **kw: object) -> object:
    return make_claim(*RAINIER, value, qualifiers=Q, reported=reported, **kw)  # type: ignore[arg-type]


def test_rainier_actual_and_year_end_plan_live_in_separate_lanes(tracker_app: Tracker) -> None:
    actual = rainier(500000, "2025-10-29", doc="aws-blog")
    plan = rainier(
        1e6,
        "2025-10-29",
        doc="aws-blog",
        modality="planned",
        valid=deadline("2025-12-31", "2025-10-29"),
    )
    assert_claims(tracker_app.store, actual, plan)  # type: ignore[arg-type]
    state = tracker_app.state("2025-11-15", subject="project-rainier")
    assert winners(state) == {
        (*RAINIER, "actual"): 500000,
        (*RAINIER, "expected"): 1e6,
    }
    assert [e.disputed for e in state.entries] == [False, False]
    assert state.rules_version == "resolution/2"


def test_cowos_end_2026_forecasts_come_back_in_report_order(tracker_app: Tracker) -> None:
    reports = [("2025-03-10", 90000), ("2025-07-02", 100000), ("2025-11-20", 130000)]
    claims = cowos_forecasts(reports)
    assert_claims(tracker_app.store, *reversed(claims))
    answer = tracker_app.revisions("tsmc", "capacity", "2026-12-31")
    assert [(r.claim.value.low, r.change) for r in answer.rows] == [  # type: ignore[union-attr]
        (90000, None),
        (100000, 10000),
        (130000, 30000),
    ]
    assert winners(tracker_app.state("2026-12-31"))[("tsmc", "capacity", "expected")] == 130000
    earlier = tracker_app.state("2026-12-31", known_at="2025-08-01")
    assert winners(earlier)[("tsmc", "capacity", "expected")] == 100000
    assert len(earlier.entries[0].alternatives) == 1


def test_meta_moves_from_considering_to_a_signed_deal(tracker_app: Tracker) -> None:
    considering = make_claim(
        "meta",
        "adopts",
        obj="google-tpu",
        qualifiers={"mode": "on-prem"},
        modality="considering",
        valid=opened("2026-01-01"),
        reported="2025-11-25",
        doc="n1",
    )
    signed = make_claim(
        "meta",
        "adopts",
        obj="google-tpu",
        qualifiers={"mode": "on-prem"},
        modality="actual",
        reported="2026-02-10",
        doc="n2",
    )
    assert_claims(tracker_app.store, considering, signed)
    in_dec = winners(tracker_app.state("2026-03-01", known_at="2025-12-31"))
    assert in_dec == {("meta", "adopts", "expected"): "google-tpu"}
    now = tracker_app.state("2026-03-01")
    assert {(e.lane, e.claim.modality) for e in now.entries} == {
        ("expected", "considering"),
        ("actual", "actual"),
    }
    assert [r.claim.modality for r in tracker_app.history("meta").rows] == ["considering", "actual"]  # type: ignore[union-attr]


def test_a_claim_withdrawn_after_a_revised_article_is_gone_from_then_on(
    tracker_app: Tracker,
) -> None:
    first = make_claim(
        "aws",
        "investment",
        1.1e10,
        unit="USD",
        obj="project-rainier",
        reported="2025-11-01",
        doc="d9",
    )
    assert_claims(tracker_app.store, first)
    withdraw(tracker_app.store, first, "2025-11-05")
    assert winners(tracker_app.state("2025-12-01", known_at="2025-11-03")) != {}
    assert winners(tracker_app.state("2025-12-01")) == {}
    rows = tracker_app.history("aws").rows
    assert [(r.kind, r.reported_at) for r in rows] == [
        ("asserted", at("2025-11-01")),
        ("withdrawn", at("2025-11-05")),
    ]
    listed = tracker_app.claims(subject="aws", include_inactive=True).claims
    assert [c.status for c in listed] == ["withdrawn"]
    assert tracker_app.claims(subject="aws").claims == []


def test_a_retraction_and_a_preferred_rank_change_the_answer(
    tracker_app: Tracker, clock: SteppingClock
) -> None:
    press = make_claim(
        "ironwood",
        "peak_compute",
        4.6e15,
        unit="FLOP/s",
        reported="2025-11-06",
        doc="p",
        tier="press",
    )
    rumor = make_claim(
        "ironwood",
        "peak_compute",
        5e15,
        unit="FLOP/s",
        reported="2025-11-07",
        doc="r",
        tier="rumor",
    )
    assert_claims(tracker_app.store, press, rumor)
    key = ("ironwood", "peak_compute", "actual")
    assert winners(tracker_app.state())[key] == 4.6e15
    clock.advance(days=1)
    tracker_app.rank(rumor.claim_id, "preferred", "confirmed by the vendor's data sheet", by="ana")
    ranked_at = clock.now
    assert winners(tracker_app.state())[key] == 5e15
    clock.advance(days=1)
    tracker_app.retract(rumor.claim_id, "data sheet misread", by="ana")
    assert winners(tracker_app.state())[key] == 4.6e15
    marks = [
        (r.kind, r.by, r.reason)
        for r in tracker_app.history("ironwood").rows
        if r.kind != "asserted"
    ]
    assert marks == [
        ("ranked", "user:ana", "confirmed by the vendor's data sheet"),
        ("retracted", "user:ana", "data sheet misread"),
    ]
    # what the tracker answered after the ranking, before the retraction was recorded:
    assert winners(tracker_app.state(recorded_by=ranked_at))[key] == 5e15


def test_plans_are_judged_fulfilled_missed_and_pending(tracker_app: Tracker) -> None:
    def plan(subject: str, value: float, due: str) -> object:
        return make_claim(
            subject,
            "deployed_chips",
            value,
            modality="planned",
            valid=deadline(due),
            reported="2025-06-01",
            doc=f"p{subject}",
        )

    def actual(subject: str, value: float, on: str) -> object:
        return make_claim(subject, "deployed_chips", value, reported=on, doc=f"a{subject}{on}")

    assert_claims(
        tracker_app.store,
        plan("alpha", 1e6, "2025-12-31"),
        actual("alpha", 1.05e6, "2025-12-15"),  # type: ignore[arg-type]
        plan("beta", 1e6, "2025-12-31"),
        actual("beta", 7e5, "2026-01-10"),  # type: ignore[arg-type]
        plan("gamma", 1e6, "2025-12-31"),  # type: ignore[arg-type]
        plan("delta", 1e6, "2026-06-30"),  # type: ignore[arg-type]
    )
    verdicts = {p.plan.subject: p.verdict for p in tracker_app.plans("2026-02-01").plans}
    assert verdicts == {"alpha": "fulfilled", "beta": "missed", "gamma": "pending"}
    evidence = {
        p.plan.subject: [e.value for e in p.evidence] for p in tracker_app.plans("2026-02-01").plans
    }
    assert evidence["alpha"] == [Quantity(low=1.05e6, high=1.05e6, unit="count")]


def test_recorded_by_reproduces_what_the_tracker_showed_before_a_backfill(
    tracker_app: Tracker, clock: SteppingClock
) -> None:
    first = rainier(500000, "2025-10-29", doc="x")
    assert_claims(tracker_app.store, first)  # type: ignore[arg-type]
    shown = tracker_app.state("2026-01-01")
    clock.advance(days=30)
    backfill = rainier(600000, "2025-12-01", doc="y", tier="company")
    assert_claims(tracker_app.store, backfill)  # type: ignore[arg-type]
    assert winners(tracker_app.state("2026-01-01"))[(*RAINIER, "actual")] == 600000
    replay = tracker_app.state("2026-01-01", recorded_by=at("2026-01-15"))
    assert replay.entries == shown.entries


def test_diff_says_what_knowledge_gained_and_changed(tracker_app: Tracker) -> None:
    a = rainier(500000, "2025-10-29", doc="x")
    b = rainier(1e6, "2025-12-20", doc="y")
    c = make_claim("trainium3", "chips_per_system", 144, reported="2025-12-02", doc="z")
    assert_claims(tracker_app.store, a, b, c)  # type: ignore[arg-type]
    d = tracker_app.diff("2025-11-01", "2025-12-31", as_of="2026-01-01")
    assert [(x.subject, x.after.value.low) for x in d.gained] == [("trainium3", 144)]  # type: ignore[union-attr]
    assert [(x.before.value.low, x.after.value.low) for x in d.changed] == [(500000, 1e6)]  # type: ignore[union-attr]
    assert d.lost == []


def test_a_users_own_claim_is_recorded_with_its_note(tracker_app: Tracker) -> None:
    claim = tracker_app.add_claim(
        "project-rainier",
        "located_in",
        value=TextValue(text="Indiana, US"),
        object=None,
        note="AWS site tour, in person",
        valid=point("2025-10-01"),
    )
    again = tracker_app.add_claim(
        "project-rainier",
        "located_in",
        value=TextValue(text="Indiana, US"),
        object=None,
        note="AWS site tour, in person",
        valid=point("2025-10-01"),
    )
    assert again.claim_id == claim.claim_id
    [listed] = tracker_app.claims(subject="project-rainier").claims
    assert (listed.source.tier, listed.source.note, listed.asserted_by.startswith("user:")) == (
        "user",
        "AWS site tour, in person",
        True,
    )
