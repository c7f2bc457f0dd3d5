"""What the queries of SPEC §5 answer: pydantic models, the same for the Python API, the
CLI's ``--json`` and the HTTP API.

A claim in an answer is a :class:`ClaimView`: the claim with the field names of SPEC §4,
plus when the tracker recorded it, its current rank and its status.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from tracker.domain.claims import Claim, Lane, Rank, Source, TimeBehaviour

Status = Literal["active", "withdrawn", "retracted"]
HistoryKind = Literal["asserted", "withdrawn", "retracted", "ranked"]
Verdict = Literal["fulfilled", "missed", "pending"]


class ClaimView(Claim):
    """A claim as an answer shows it (rank and status as of the query's clocks)."""

    recorded_at: datetime
    rank: Rank = "normal"
    status: Status = "active"


class _Answer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StateEntry(_Answer):
    """The claim in force for one (subject, predicate, qualifiers, object) in one lane."""

    subject: str
    predicate: str
    qualifiers: dict[str, str]
    object: str | None
    lane: Lane
    behaviour: TimeBehaviour
    claim: ClaimView
    alternatives: list[ClaimView] = []
    disputed: bool = False
    disputed_with: list[str] = []
    alternative_count: int = 0
    """How many other candidates there are: ``len(alternatives)`` when the answer lists
    them (``StateAnswer.alternatives_listed``), their number when it was asked without."""


class StateAnswer(_Answer):
    as_of: date
    known_at: datetime | None
    recorded_by: datetime | None
    subject: str | None = None
    rules_version: str
    entries: list[StateEntry]
    alternatives_listed: bool = True
    """False when asked without alternatives: entries then give only their count."""


class ClaimsAnswer(_Answer):
    known_at: datetime | None
    recorded_by: datetime | None
    include_inactive: bool
    rules_version: str
    claims: list[ClaimView]


class HistoryRow(_Answer):
    """One thing said about a claim: its assertion, a withdrawal, retraction or rank."""

    kind: HistoryKind
    position: int
    claim_id: str
    subject: str | None
    predicate: str | None
    reported_at: datetime
    recorded_at: datetime
    claim: ClaimView | None = None
    source: Source | None = None
    quote: str | None = None
    supersedes: str | None = None
    rank: Rank | None = None
    reason: str | None = None
    by: str | None = None


class HistoryAnswer(_Answer):
    subject: str
    predicate: str | None
    order: Literal["reported", "recorded"]
    rules_version: str
    rows: list[HistoryRow]


class DiffChange(_Answer):
    subject: str
    predicate: str
    qualifiers: dict[str, str]
    object: str | None
    lane: Lane
    before: ClaimView | None
    after: ClaimView | None


class DiffAnswer(_Answer):
    known_at_a: datetime
    known_at_b: datetime
    as_of: date
    rules_version: str
    gained: list[DiffChange]
    lost: list[DiffChange]
    changed: list[DiffChange]


class PlanVerdict(_Answer):
    """One due plan judged at its deadline against the actual lane."""

    plan: ClaimView
    deadline: date
    verdict: Verdict
    evidence: list[ClaimView] = []
    note: str = ""


class PlansAnswer(_Answer):
    as_of: date
    known_at: datetime | None
    recorded_by: datetime | None
    rules_version: str
    plans: list[PlanVerdict]


class RevisionRow(_Answer):
    claim: ClaimView
    previous_claim_id: str | None = None
    change: float | None = None
    change_ratio: float | None = None


class RevisionsAnswer(_Answer):
    subject: str
    predicate: str
    target: date
    rules_version: str
    rows: list[RevisionRow]
