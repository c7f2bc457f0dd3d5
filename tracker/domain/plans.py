"""Judging plans against actuals (SPEC §5 ``plans``), as pure functions.

A plan (modality ``planned`` or ``announced``) is due at the end of its valid time: the
deadline of "1M by year end", the last day of "in 2026". It is judged *at its deadline*
against the actual lane of the same subject, predicate, qualifiers and object:

* ``fulfilled``: an actual dated on or before the deadline reaches the plan's value
  (any actual, for a relation with no value);
* ``missed``: none did, but an actual dated on or after the deadline shows the state then;
* ``pending``: no actual tells yet.

A plan that says nothing about when ("AMD says the MI450 will carry 432 GB", an announced
deal with no date) is never due: its valid time is only the day it was said, which is no
deadline it could miss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from tracker.domain.answers import Verdict
from tracker.domain.resolution import APPROX_TOLERANCE, ClaimFact

PLAN_MODALITIES = frozenset({"planned", "announced"})


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    evidence: list[ClaimFact] = field(default_factory=list)
    note: str = ""


def due_date(plan: ClaimFact) -> date | None:
    """When a plan is judged: the end of its valid time. An open plan, and one whose time was
    never stated (a one-day point with no time text: the day it was said), are never due."""
    if plan.valid_kind == "open":
        return None
    if unstated_time(plan):
        return None
    return plan.valid_end


def unstated_time(plan: ClaimFact) -> bool:
    """Whether the claim's valid time is only the default day it was said."""
    return (
        plan.valid_kind == "point"
        and plan.valid_text is None
        and plan.valid_start is not None
        and plan.valid_start == plan.valid_end
    )


def actual_date(actual: ClaimFact) -> date | None:
    """The day an actual describes (the end of its period)."""
    return actual.valid_end or actual.valid_start or actual.reported_at.date()


def meets(plan: ClaimFact, actual: ClaimFact) -> bool:
    """Whether an actual reaches what the plan promised (same unit, at least its low end;
    an approximate figure on either side gets the approximation tolerance)."""
    if not plan.has_quantity:
        return True
    if not actual.has_quantity or (plan.unit or "") != (actual.unit or ""):
        return False
    target = float(plan.value_low or 0.0)
    if plan.approx or actual.approx:
        target *= 1 - APPROX_TOLERANCE
    return float(actual.value_high or 0.0) >= target


def judge(plan: ClaimFact, actuals: Sequence[ClaimFact], as_of: date) -> Judgement | None:
    """Judge one plan; ``None`` when it is not due by ``as_of``.

    ``actuals`` are the live actual-lane claims of the plan's key known to the caller;
    only those dated by ``as_of`` count.
    """
    deadline = due_date(plan)
    if deadline is None or deadline > as_of:
        return None
    dated = [(d, a) for a in actuals if (d := actual_date(a)) is not None and d <= as_of]
    dated.sort(key=lambda pair: (pair[0], pair[1].reported_at, pair[1].position))
    hits = [a for d, a in dated if d <= deadline and meets(plan, a)]
    if hits:
        return Judgement("fulfilled", hits, f"reached by {actual_date(hits[0])}")
    after = [a for d, a in dated if d >= deadline]
    if after:
        late = [a for a in after if meets(plan, a)]
        note = f"not reached by {deadline}"
        if late:
            note += f"; reached later, by {actual_date(late[0])}"
        return Judgement("missed", after, note)
    before = [a for _, a in dated]
    note = "no actual yet" if not before else f"last actual is from {actual_date(before[-1])}"
    return Judgement("pending", before[-1:], note)
