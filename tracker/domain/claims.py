"""The claim model of SPEC §4: one dated statement with its provenance.

Field names are part of the contract (``--json`` output and the HTTP API use them as
they are here).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from tracker.domain.events import canonical_json

Modality = Literal["actual", "announced", "planned", "considering", "forecast"]
Lane = Literal["actual", "expected"]
Bound = Literal["exact", "at-least", "at-most"]
ValidKind = Literal["point", "interval", "deadline", "open"]
Granularity = Literal["day", "month", "quarter", "year"]
Rank = Literal["preferred", "normal", "deprecated"]
TimeBehaviour = Literal["carries", "timeless", "dated"]

MODALITIES: tuple[Modality, ...] = ("actual", "announced", "planned", "considering", "forecast")

SOURCE_TIERS: tuple[str, ...] = (
    "company",
    "filing",
    "press",
    "analyst",
    "anonymous",
    "rumor",
)
"""Source tiers from most to least trusted (SPEC §4). Index 0 is the most trusted."""

SourceTier = Literal["company", "filing", "press", "analyst", "anonymous", "rumor", "user"]


def lane_of(modality: Modality) -> Lane:
    """Actuals live in their own lane; every other modality is an expectation."""
    return "actual" if modality == "actual" else "expected"


def tier_rank(tier: str) -> int:
    """Smaller is more trusted; a user's own claim ranks with the company itself."""
    if tier == "user":
        return 0
    try:
        return SOURCE_TIERS.index(tier)
    except ValueError:
        return len(SOURCE_TIERS)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Quantity(_Frozen):
    """A normalized amount: a point has ``low == high``; a range has ``low < high``."""

    low: float = Field(allow_inf_nan=False)
    high: float = Field(allow_inf_nan=False)
    unit: str
    approx: bool = False
    bound: Bound = "exact"

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        if self.low > self.high:
            raise ValueError(f"quantity low {self.low} is above high {self.high}")
        return self

    @property
    def is_point(self) -> bool:
        return self.low == self.high


class TextValue(_Frozen):
    """A value that is text by nature (a place for ``located_in``)."""

    text: str = Field(min_length=1)


class ValidTime(_Frozen):
    """The time a claim is about (SPEC §4 ``valid``).

    ``point``: true on one day/month/quarter/year, ``start == end`` for a day, or the
    period's first and last day. ``interval``: true from start to end. ``deadline``: due
    by ``end`` (``start`` is when it was said). ``open``: from ``start`` on, ``end`` null.
    """

    kind: ValidKind
    start: date | None = None
    end: date | None = None
    granularity: Granularity = "day"
    text: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> ValidTime:
        if self.kind == "open" and self.start is None:
            raise ValueError("an open valid time needs a start")
        if self.kind == "deadline" and self.end is None:
            raise ValueError("a deadline needs an end")
        if self.kind in ("point", "interval") and (self.start is None or self.end is None):
            raise ValueError(f"a {self.kind} valid time needs a start and an end")
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"valid start {self.start} is after end {self.end}")
        return self


class Source(_Frozen):
    """Where a claim came from: the document, the quote, and how far to trust it."""

    document_id: str | None = None
    feed: str | None = None
    url: str | None = None
    quote: str = ""
    tier: SourceTier = "press"
    quote_start: int | None = None
    quote_end: int | None = None
    note: str | None = None


class Claim(_Frozen):
    """One dated statement (SPEC §4)."""

    claim_id: str
    subject: str
    predicate: str
    qualifiers: dict[str, str] = Field(default_factory=dict)
    object: str | None = None
    value: Quantity | TextValue | None = None
    modality: Modality
    valid: ValidTime
    reported_at: datetime
    source: Source
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    asserted_by: str
    vocabulary: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def lane(self) -> Lane:
        return lane_of(self.modality)

    @model_validator(mode="before")
    @classmethod
    def _derived_lane(cls, data: Any) -> Any:
        """``lane`` is serialized (computed from modality) but is not an input: drop it, so
        a stored claim reads back."""
        if isinstance(data, dict) and "lane" in data:
            return {k: v for k, v in data.items() if k != "lane"}
        return data

    @model_validator(mode="after")
    def _aware(self) -> Claim:
        if self.reported_at.tzinfo is None:
            raise ValueError("reported_at must carry a time zone")
        return self


def claim_identity(
    *,
    document_id: str | None,
    subject: str,
    predicate: str,
    qualifiers: dict[str, str],
    object: str | None,
    value: Quantity | TextValue | None,
    valid: ValidTime,
    modality: Modality | None = None,
) -> str:
    """Deterministic claim id: the same statement from the same document hashes the same.

    The modality is part of the identity: "plans to reach 1M" and "reached 1M" from one
    article are two claims.
    """
    basis = canonical_json(
        {
            "d": document_id,
            "s": subject,
            "p": predicate,
            "q": qualifiers,
            "o": object,
            "v": value.model_dump(mode="json") if value is not None else None,
            "t": valid.model_dump(mode="json", exclude={"text"}),
            "m": modality,
        }
    )
    return "c_" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]
