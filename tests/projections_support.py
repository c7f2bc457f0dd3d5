"""Helpers for the projection, query and curation tests: claims built in one line,
claim events appended straight to the store, and table snapshots to compare."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import orjson
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from tracker.domain.catalog import ClaimAsserted, ClaimRanked, ClaimRetracted, ClaimWithdrawn
from tracker.domain.claims import (
    Claim,
    Quantity,
    Source,
    TextValue,
    ValidTime,
    claim_identity,
)
from tracker.domain.events import NewEvent
from tracker.projections.tables import claim_history, claim_marks, claims
from tracker.store.sql import SqlEventStore

EXTRACTOR = "extractor:rules@test"


def at(text: str) -> datetime:
    """``2025-10-01`` or ``2025-10-01T09:00`` as an aware UTC datetime."""
    if len(text) == 10:
        text += "T00:00"
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def day(text: str) -> date:
    return date.fromisoformat(text)


def point(text: str) -> ValidTime:
    return ValidTime(kind="point", start=day(text), end=day(text))


def deadline(end: str, said: str | None = None) -> ValidTime:
    return ValidTime(kind="deadline", start=day(said) if said else None, end=day(end))


def opened(start: str) -> ValidTime:
    return ValidTime(kind="open", start=day(start))


def make_claim(
    subject: str,
    predicate: str,
    value: float | tuple[float, float] | str | None = None,
    *,
    unit: str = "count",
    modality: str = "actual",
    valid: ValidTime | None = None,
    reported: str = "2025-10-01",
    doc: str = "d1",
    tier: str = "press",
    qualifiers: dict[str, str] | None = None,
    obj: str | None = None,
    bound: str = "exact",
    approx: bool = False,
    confidence: float = 0.8,
    quote: str = "",
) -> Claim:
    """A claim with a deterministic id; ``valid`` defaults to a point at the report day."""
    reported_at = at(reported)
    valid = valid or point(reported_at.date().isoformat())
    val: Quantity | TextValue | None
    if isinstance(value, str):
        val = TextValue(text=value)
    elif isinstance(value, tuple):
        val = Quantity(low=value[0], high=value[1], unit=unit, bound=bound, approx=approx)  # type: ignore[arg-type]
    elif value is not None:
        val = Quantity(low=value, high=value, unit=unit, bound=bound, approx=approx)  # type: ignore[arg-type]
    else:
        val = None
    quals = qualifiers or {}
    claim_id = claim_identity(
        document_id=doc,
        subject=subject,
        predicate=predicate,
        qualifiers=quals,
        object=obj,
        value=val,
        valid=valid,
        modality=modality,  # type: ignore[arg-type]
    )
    return Claim(
        claim_id=claim_id,
        subject=subject,
        predicate=predicate,
        qualifiers=quals,
        object=obj,
        value=val,
        modality=modality,  # type: ignore[arg-type]
        valid=valid,
        reported_at=reported_at,
        source=Source(document_id=doc, quote=quote or f"{subject} {predicate}", tier=tier),  # type: ignore[arg-type]
        confidence=confidence,
        asserted_by=EXTRACTOR,
    )


def assert_claims(store: SqlEventStore, *items: Claim) -> list[int]:
    """Append ``ClaimAsserted`` events, each on its document's claims stream."""
    positions: list[int] = []
    for c in items:
        positions += store.append(
            f"claims-{c.source.document_id or 'user'}", None, [NewEvent(ClaimAsserted(claim=c))]
        )
    return positions


def withdraw(store: SqlEventStore, c: Claim, reported: str, reason: str = "revised") -> int:
    event = ClaimWithdrawn(
        claim_id=c.claim_id,
        reason=reason,
        reported_at=at(reported),
        document_id=c.source.document_id,
        asserted_by=EXTRACTOR,
    )
    return store.append(f"claims-{c.source.document_id}", None, [NewEvent(event)])[0]


def retract(store: SqlEventStore, c: Claim, reported: str, reason: str = "wrong") -> int:
    event = ClaimRetracted(
        claim_id=c.claim_id, reason=reason, reported_at=at(reported), by="user:t"
    )
    return store.append("claims-user", None, [NewEvent(event)])[0]


def rank(store: SqlEventStore, c: Claim, value: str, reported: str, reason: str = "checked") -> int:
    event = ClaimRanked(
        claim_id=c.claim_id,
        rank=value,  # type: ignore[arg-type]
        reason=reason,
        reported_at=at(reported),
        by="user:t",
    )
    return store.append("claims-user", None, [NewEvent(event)])[0]


def assert_with_a_drawn_mark(
    store: SqlEventStore,
    clock: Any,
    c: Claim,
    data: Any,
    ranks: tuple[str, ...] = ("preferred",),
) -> None:
    """Assert ``c``, an hour later perhaps withdraw, retract or rank it (one of ``ranks``):
    the mark and the rank are drawn from hypothesis's ``data``."""
    assert_claims(store, c)
    clock.advance(hours=1)
    mark = data.draw(st.sampled_from([None, withdraw, retract, rank]))
    if mark is rank:
        rank(store, c, data.draw(st.sampled_from(ranks)), "2026-01-02")
    elif mark is not None:
        mark(store, c, "2026-01-02")


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Both projection tables, every column, in position order; and the materialized
    histories' rows with their (subject, predicate), in position order (how they are
    cut into chunks depends on the batches)."""
    with engine.connect() as conn:
        found = {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(t.c.position))]
            for t in (claims, claim_marks)
        }
        chunks = conn.execute(
            select(claim_history.c.subject, claim_history.c.predicate, claim_history.c.data)
        ).all()
    found[claim_history.name] = sorted(
        (subject, predicate, *row)
        for subject, predicate, data in chunks
        for row in orjson.loads(data)
    )
    return found


def winners(answer: Any) -> dict[tuple[str, str, str], Any]:
    """``{(subject, predicate, lane): winning value or object}`` of a state answer."""
    found: dict[tuple[str, str, str], Any] = {}
    for e in answer.entries:
        v = e.claim.value
        found[(e.subject, e.predicate, e.lane)] = (
            v.low if isinstance(v, Quantity) else (v.text if v else e.claim.object)
        )
    return found


def cowos_forecasts(reports: list[tuple[str, float]]) -> list[Claim]:
    """Analysts' end-2026 TSMC CoWoS capacity forecasts, one per (reported date, value)."""
    return [
        make_claim(
            "tsmc",
            "capacity",
            value,
            unit="wafer/month",
            qualifiers={"process": "cowos"},
            modality="forecast",
            valid=point("2026-12-31"),
            reported=reported,
            doc=f"r{reported}",
        )
        for reported, value in reports
    ]
