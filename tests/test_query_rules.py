"""The pure rules of SPEC §5: resolution, plan judging and date arguments, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import count

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.projections_support import at, deadline, make_claim, opened, point
from tracker.domain.claims import Claim
from tracker.domain.plans import judge
from tracker.domain.resolution import (
    ClaimFact,
    Clocks,
    Mark,
    agrees,
    fact_from_json,
    resolve_state,
    supersessions,
)
from tracker.domain.timeargs import parse_day, parse_instant
from tracker.errors import QueryError

_positions = count(1)
RECORDED = at("2026-01-01")


def fact(c: Claim, recorded: datetime = RECORDED) -> ClaimFact:
    return fact_from_json(c.model_dump(mode="json"), next(_positions), recorded)


def mark(c: Claim, kind: str, reported: str, rank: str | None = None) -> Mark:
    return Mark(next(_positions), c.claim_id, kind, at(reported), RECORDED, rank)  # type: ignore[arg-type]


def winner_of(facts: list[ClaimFact], marks: list[Mark] = (), as_of: str = "2025-12-01", **clocks):  # type: ignore[assignment, no-untyped-def]
    by_claim: dict[str, list[Mark]] = {}
    for m in marks:
        by_claim.setdefault(m.claim_id, []).append(m)
    return resolve_state(facts, by_claim, date.fromisoformat(as_of), Clocks(**clocks))


CAP = {"process": "cowos"}


def cap(value: float, reported: str, **kw: object) -> Claim:
    kw.setdefault("modality", "forecast")
    kw.setdefault("valid", point("2026-12-31"))
    return make_claim(
        "tsmc",
        "capacity",
        value,
        unit="wafer/month",
        qualifiers=CAP,
        reported=reported,
        doc=f"d{reported}{value}",
        **kw,
    )  # type: ignore[arg-type]


# -- resolution order ----------------------------------------------------------


def test_latest_report_wins_within_a_tier_and_the_rest_are_alternatives() -> None:
    facts = [fact(cap(90000, "2025-06-01")), fact(cap(130000, "2025-11-01"))]
    [r] = winner_of(facts, as_of="2026-12-31")
    assert r.winner.value_low == 130000
    assert [f.value_low for f, _ in r.alternatives] == [90000]
    assert r.disputed_with == []


def test_a_more_trusted_tier_beats_a_later_report() -> None:
    company = fact(cap(100000, "2025-06-01", tier="company"))
    press = fact(cap(130000, "2025-11-01", tier="press"))
    [r] = winner_of([press, company], as_of="2026-12-31")
    assert r.winner is company


def test_a_preferred_rank_beats_a_more_trusted_tier() -> None:
    company = cap(100000, "2025-06-01", tier="company")
    analyst = cap(120000, "2025-07-01", tier="analyst")
    facts = [fact(company), fact(analyst)]
    [r] = winner_of(facts, [mark(analyst, "ranked", "2025-08-01", "preferred")], as_of="2026-12-31")
    assert (r.winner.claim_id, r.winner_rank) == (analyst.claim_id, "preferred")


def test_deprecated_never_wins_but_stays_an_alternative() -> None:
    old, new = cap(90000, "2025-06-01"), cap(130000, "2025-11-01")
    marks = [mark(new, "ranked", "2025-12-01", "deprecated")]
    [r] = winner_of([fact(old), fact(new)], marks, as_of="2026-12-31")
    assert r.winner.claim_id == old.claim_id
    assert [(f.claim_id, rk) for f, rk in r.alternatives] == [(new.claim_id, "deprecated")]


def test_exact_beats_approximate_beats_a_bound_on_the_same_report() -> None:
    bound = fact(cap(100000, "2025-06-01", bound="at-least"))
    approx = fact(cap(100000, "2025-06-01", approx=True, confidence=0.9))
    exact = fact(cap(100000, "2025-06-01", confidence=0.5))
    [r] = winner_of([bound, approx, exact], as_of="2026-12-31")
    assert [r.winner, *(f for f, _ in r.alternatives)] == [exact, approx, bound]


def test_same_tier_same_day_disagreement_is_disputed() -> None:
    a = cap(90000, "2025-06-01T09:00", confidence=0.9)
    b = cap(130000, "2025-06-01T08:00", confidence=0.9)
    [r] = winner_of([fact(a), fact(b)], as_of="2026-12-31")
    assert r.winner.claim_id == a.claim_id
    assert r.disputed_with == [b.claim_id]


def test_up_to_a_million_agrees_with_a_million_and_is_not_disputed() -> None:
    upto = make_claim(
        "anthropic",
        "supply_deal",
        1e6,
        obj="google",
        bound="at-most",
        reported="2025-10-23",
        doc="a",
    )
    exact = make_claim(
        "anthropic", "supply_deal", 1e6, obj="google", reported="2025-10-23", doc="b"
    )
    [r] = winner_of([fact(upto), fact(exact)])
    assert r.winner.claim_id == exact.claim_id
    assert r.disputed_with == []


@given(
    st.tuples(st.floats(0, 1e6), st.floats(0, 1e6)),
    st.tuples(st.floats(0, 1e6), st.floats(0, 1e6)),
    st.sampled_from(["exact", "at-least", "at-most"]),
    st.booleans(),
)
def test_agreement_is_symmetric(
    a: tuple[float, float], b: tuple[float, float], bound: str, approx: bool
) -> None:
    fa = fact(make_claim("x", "capacity", (min(a), max(a)), bound=bound, approx=approx))
    fb = fact(make_claim("x", "capacity", (min(b), max(b))))
    assert agrees(fa, fb) == agrees(fb, fa)


# -- withdrawals, retractions, clocks -------------------------------------------------------------


def test_withdrawn_and_retracted_claims_are_excluded_once_known() -> None:
    old, new = cap(90000, "2025-06-01"), cap(130000, "2025-11-01")
    marks = [mark(new, "withdrawn", "2025-11-05")]
    facts = [fact(old), fact(new)]
    [before] = winner_of(facts, marks, as_of="2026-12-31", known_at=at("2025-11-03"))
    [after] = winner_of(facts, marks, as_of="2026-12-31", known_at=at("2025-11-06"))
    assert (before.winner.value_low, after.winner.value_low) == (130000, 90000)
    assert (
        winner_of(
            facts,
            [mark(old, "retracted", "2025-12-01"), mark(new, "retracted", "2025-12-01")],
            as_of="2026-12-31",
        )
        == []
    )


def test_a_withdrawal_does_not_end_a_later_reassertion_of_the_same_claim() -> None:
    c = cap(90000, "2025-06-01")
    again = c.model_copy(update={"reported_at": at("2025-09-01")})
    marks = [mark(c, "withdrawn", "2025-07-01")]
    [r] = winner_of([fact(c), fact(again)], marks, as_of="2026-12-31")
    assert r.winner.reported_at == at("2025-09-01")


def test_a_retraction_ends_every_assertion_but_a_users_own_said_after_it() -> None:
    c = cap(90000, "2025-06-01")
    extracted = c.model_copy(update={"reported_at": at("2025-09-01")})
    users = c.model_copy(update={"reported_at": at("2025-09-01"), "asserted_by": "user:ann"})
    retraction = mark(c, "retracted", "2025-07-01")
    assert winner_of([fact(c), fact(extracted)], [retraction], as_of="2026-12-31") == []
    [r] = winner_of([fact(c), fact(users)], [retraction], as_of="2026-12-31")
    assert r.winner.asserted_by == "user:ann"
    assert (
        winner_of([fact(users)], [retraction], as_of="2026-12-31", known_at=at("2025-08-01")) == []
    )
    again = mark(c, "retracted", "2025-10-01")
    assert winner_of([fact(c), fact(users)], [retraction, again], as_of="2026-12-31") == []


def test_recorded_by_hides_what_the_tracker_had_not_stored() -> None:
    backfilled = fact(cap(90000, "2025-06-01"), recorded=at("2026-02-01"))
    assert winner_of([backfilled], as_of="2026-12-31", recorded_by=at("2026-01-15")) == []
    assert len(winner_of([backfilled], as_of="2026-12-31", recorded_by=at("2026-02-02"))) == 1


# -- time behaviour ----------------------------------------------------------

Q = {"chip": "trainium2"}


def test_a_carried_count_holds_until_a_later_valid_time_replaces_it() -> None:
    oct_ = fact(
        make_claim(
            "project-rainier",
            "deployed_chips",
            500000,
            qualifiers=Q,
            reported="2025-10-29",
            tier="company",
        )
    )
    dec = fact(
        make_claim(
            "project-rainier",
            "deployed_chips",
            1e6,
            qualifiers=Q,
            reported="2025-12-20",
            tier="press",
        )
    )
    assert winner_of([oct_, dec], as_of="2025-11-30")[0].winner is oct_
    [r] = winner_of([oct_, dec], as_of="2026-03-01")
    assert (r.winner, r.alternatives) == (dec, [])


def test_retracting_the_newer_carried_value_brings_back_the_older() -> None:
    oct_c = make_claim(
        "project-rainier", "deployed_chips", 500000, qualifiers=Q, reported="2025-10-29"
    )
    dec_c = make_claim(
        "project-rainier", "deployed_chips", 1e6, qualifiers=Q, reported="2025-12-20"
    )
    [r] = winner_of(
        [fact(oct_c), fact(dec_c)], [mark(dec_c, "retracted", "2026-01-02")], as_of="2026-03-01"
    )
    assert r.winner.claim_id == oct_c.claim_id


def test_dated_claims_are_in_force_only_in_their_valid_time_and_timeless_always() -> None:
    forecast = fact(cap(130000, "2025-11-01"))
    spec = fact(
        make_claim("ironwood", "peak_compute", 4.6e15, unit="FLOP/s", reported="2025-11-06")
    )
    assert [r.winner for r in winner_of([forecast, spec], as_of="2025-12-01")] == [spec]
    assert {r.winner.predicate for r in winner_of([forecast, spec], as_of="2026-12-31")} == {
        "capacity",
        "peak_compute",
    }
    assert [r.winner for r in winner_of([spec], as_of="2020-01-01")] == [spec]


def test_an_open_plan_is_in_force_from_its_start() -> None:
    plan = fact(
        make_claim(
            "meta",
            "adopts",
            obj="google-tpu",
            modality="considering",
            valid=opened("2027-01-01"),
            reported="2025-11-25",
        )
    )
    assert winner_of([plan], as_of="2026-06-01") == []
    assert winner_of([plan], as_of="2027-02-01")[0].winner is plan


def test_supersession_links_each_report_to_the_one_it_replaced() -> None:
    a, b = fact(cap(90000, "2025-06-01")), fact(cap(130000, "2025-11-01"))
    assert supersessions([a, b]) == {b.position: a.claim_id}


# -- plans ----------------------------------------------------------


def plan_fact(value: float = 1e6, due: str = "2025-12-31") -> ClaimFact:
    return fact(
        make_claim(
            "project-rainier",
            "deployed_chips",
            value,
            qualifiers=Q,
            modality="planned",
            valid=deadline(due, "2025-10-29"),
            reported="2025-10-29",
        )
    )


def actual(value: float, on: str) -> ClaimFact:
    return fact(
        make_claim(
            "project-rainier", "deployed_chips", value, qualifiers=Q, reported=on, doc=f"a{on}"
        )
    )


def test_a_plan_is_fulfilled_by_an_actual_reaching_it_by_the_deadline() -> None:
    judged = judge(
        plan_fact(), [actual(500000, "2025-10-29"), actual(1e6, "2025-12-20")], date(2026, 1, 5)
    )
    assert judged is not None
    assert (judged.verdict, [a.value_low for a in judged.evidence]) == ("fulfilled", [1e6])


def test_a_plan_is_missed_when_an_actual_after_the_deadline_falls_short() -> None:
    judged = judge(plan_fact(), [actual(800000, "2026-01-02")], date(2026, 1, 5))
    assert judged is not None
    assert judged.verdict == "missed"


def test_a_plan_is_pending_without_actuals_and_not_judged_before_its_deadline() -> None:
    judged = judge(plan_fact(), [actual(500000, "2025-10-29")], date(2026, 1, 5))
    assert judged is not None
    assert judged.verdict == "pending"
    assert judge(plan_fact(), [], date(2025, 12, 30)) is None


# -- date arguments ----------------------------------------------------------


def test_date_arguments_accept_the_three_forms_and_naive_means_utc() -> None:
    assert parse_instant("2025-12-19") == datetime(2025, 12, 19, 23, 59, 59, 999999, tzinfo=UTC)
    assert parse_instant("2025-12-19T10:00") == datetime(2025, 12, 19, 10, tzinfo=UTC)
    assert parse_instant("2025-12-19T10:00+09:00") == datetime(2025, 12, 19, 1, tzinfo=UTC)
    assert parse_day("2025-12-19") == date(2025, 12, 19)


@pytest.mark.parametrize("text", ["yesterday", "2025-13-01", "19/12/2025", "2025-12-19T25:00"])
def test_bad_dates_are_a_query_error(text: str) -> None:
    with pytest.raises(QueryError):
        parse_instant(text)


def test_a_predicate_only_a_vocabulary_knows_takes_the_vocabularys_time() -> None:
    from tracker.domain.predicates import BEHAVIOURS, merged_behaviours

    table = merged_behaviours({"fab_opened": "dated", "investment": "dated"})
    assert ("dated", BEHAVIOURS["investment"]) == (table["fab_opened"], table["investment"])


def test_a_vocabulary_time_that_is_no_behaviour_is_refused() -> None:
    from tracker.domain.predicates import merged_behaviours

    with pytest.raises(ValueError, match="sometimes"):
        merged_behaviours({"fab_opened": "sometimes"})


def test_a_plan_that_never_said_when_is_never_due() -> None:
    said = make_claim(
        "mi450", "memory_capacity", 4.32e11, modality="announced", reported="2026-11-24", doc="n"
    )
    assert said.valid == point("2026-11-24")
    assert judge(fact(said), [], date(2027, 6, 1)) is None
    stated = said.model_copy(update={"valid": said.valid.model_copy(update={"text": "today"})})
    judged = judge(fact(stated), [], date(2027, 6, 1))
    assert judged is not None
    assert judged.verdict == "pending"
