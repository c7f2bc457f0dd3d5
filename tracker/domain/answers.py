"""What the queries of SPEC §5 answer: pydantic models, the same for the Python API, the
CLI's ``--json`` and the HTTP API.

A claim in an answer is a :class:`ClaimView`: the claim with the field names of SPEC §4,
plus when the tracker recorded it, its current rank and its status.
"""

from __future__ import annotations

from collections.abc import Mapping
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


class ProjectionPlace(_Answer):
    """Where one projection stands in the log of a read-only database."""

    position: int
    behind: int
    built_by_other_version: bool


class ProjectionLag(_Answer):
    """How far the projections of a database opened read-only stand behind the log: its
    queries answer without catching up (which writes), so they leave those events out.
    The CLI says it on stderr and as ``projection_lag`` in ``--json``; the HTTP API as
    ``X-Tracker-Projection-Lag`` (:attr:`behind`)."""

    read_only: Literal[True] = True
    log_head: int
    projections: dict[str, ProjectionPlace]

    @property
    def behind(self) -> int:
        """Events left out, summed over the projections."""
        return sum(p.behind for p in self.projections.values())

    @classmethod
    def measure(
        cls, head: int, checkpoints: Mapping[str, tuple[int, str]], versions: Mapping[str, str]
    ) -> ProjectionLag:
        """The lag from the log's ``head``, the ``checkpoints`` (position and the version
        that wrote it, by name; a projection never built has none) and each projection's
        code version (``versions``, by name)."""
        places = {}
        for name, version in versions.items():
            position, stored = checkpoints.get(name, (0, ""))
            places[name] = ProjectionPlace(
                position=position,
                behind=max(head - position, 0),
                built_by_other_version=stored not in (version, ""),
            )
        return cls(log_head=head, projections=places)
