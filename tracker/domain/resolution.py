"""Which claim is in force: the resolution rules of SPEC §5, as pure functions.

The queries hand these functions claims (:class:`ClaimFact`, a flat, cheap form of a
claim with its recorded time and in-force window) and curation marks (:class:`Mark`:
withdrawals, retractions, ranks). SQL only narrows the candidates; every decision is
taken here, so the rules are tested without a database and answers carry
:data:`RULES_VERSION`.

Three clocks stay apart: ``as_of`` is valid time (what a claim is about), ``known_at``
is reported time (when it was said) and ``recorded_by`` is recorded time (when the
tracker stored it). :class:`Clocks` holds the last two.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Literal, get_args

from tracker.domain.answers import Status
from tracker.domain.claims import (
    Bound,
    Granularity,
    Lane,
    Modality,
    Rank,
    SourceTier,
    TimeBehaviour,
    ValidKind,
    lane_of,
    tier_rank,
)
from tracker.domain.predicates import BEHAVIOURS, behaviour_of, in_force_window

RULES_VERSION = "resolution/2"
"""Names the rules below; bump it whenever an answer could change for the same log."""

MarkKind = Literal["withdrawn", "retracted", "ranked"]
GroupKey = tuple[str, str, str, str | None, Lane]
"""(subject, predicate, qualifiers as canonical JSON, object, lane)."""

APPROX_TOLERANCE = 0.1
"""How far an "about" value may sit from another and still agree with it."""


@dataclass(slots=True)
class ClaimFact:
    """One assertion of a claim, flattened: what the projection stores per row."""

    position: int
    claim_id: str
    subject: str
    predicate: str
    qkey: str
    object: str | None
    value_low: float | None
    value_high: float | None
    unit: str | None
    approx: bool
    bound: Bound | None
    value_text: str | None
    modality: Modality
    lane: Lane
    valid_kind: ValidKind
    valid_start: date | None
    valid_end: date | None
    granularity: Granularity
    valid_text: str | None
    reported_at: datetime
    recorded_at: datetime
    tier: SourceTier
    confidence: float
    document_id: str | None
    feed: str | None
    url: str | None
    quote: str
    quote_start: int | None
    quote_end: int | None
    note: str | None
    asserted_by: str
    vocabulary: str | None
    behaviour: TimeBehaviour
    in_force_from: date | None
    in_force_until: date | None

    @property
    def group(self) -> GroupKey:
        return (self.subject, self.predicate, self.qkey, self.object, self.lane)

    @property
    def qualifiers(self) -> dict[str, str]:
        return _qualifiers(self.qkey)

    @property
    def has_quantity(self) -> bool:
        return self.value_low is not None and self.value_high is not None


@dataclass(frozen=True, slots=True)
class Mark:
    """A withdrawal, retraction or rank change of a claim id."""

    position: int
    claim_id: str
    kind: MarkKind
    reported_at: datetime
    recorded_at: datetime
    rank: Rank | None = None
    reason: str = ""
    by: str = ""
    document_id: str | None = None
    subject: str | None = None
    predicate: str | None = None


@dataclass(frozen=True, slots=True)
class Clocks:
    """Reported-time and recorded-time horizons; ``None`` sees everything."""

    known_at: datetime | None = None
    recorded_by: datetime | None = None

    def sees(self, reported_at: datetime, recorded_at: datetime) -> bool:
        if self.known_at is not None and reported_at > self.known_at:
            return False
        return self.recorded_by is None or recorded_at <= self.recorded_by


@dataclass(slots=True)
class Resolved:
    """The outcome for one group: the winner, the other candidates, disagreement."""

    group: GroupKey
    behaviour: TimeBehaviour
    winner: ClaimFact
    winner_rank: Rank
    alternatives: list[tuple[ClaimFact, Rank]] = field(default_factory=list)
    disputed_with: list[str] = field(default_factory=list)


FACT_FIELDS: tuple[str, ...] = tuple(ClaimFact.__dataclass_fields__)
""":class:`ClaimFact`'s fields in order: the claims table's first columns."""


# -- building facts ------------------------------------------------------------------------


def qualifiers_key(qualifiers: Mapping[str, str]) -> str:
    """Qualifiers as canonical JSON, so equal qualifiers index and group as one key."""
    return json.dumps(dict(qualifiers), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_EMPTY_QUALIFIERS = qualifiers_key({})


def _qualifiers(qkey: str) -> dict[str, str]:
    if qkey == _EMPTY_QUALIFIERS:
        return {}
    return dict(_parsed_qualifiers(qkey))


@lru_cache(maxsize=4096)
def _parsed_qualifiers(qkey: str) -> tuple[tuple[str, str], ...]:
    return tuple(json.loads(qkey).items())


_QKEYS: dict[tuple[tuple[Any, Any], ...], str] = {}


def _cached_qkey(qualifiers: Mapping[str, Any]) -> str:
    """:func:`qualifiers_key`, remembered: a rebuild sees the same few qualifier sets
    over and over (bounded, so memory stays flat whatever the log holds)."""
    try:
        items = tuple(qualifiers.items())
        found = _QKEYS.get(items)
    except TypeError:  # an unhashable value: no cache
        return qualifiers_key(qualifiers)
    if found is None:
        if len(_QKEYS) >= 65536:
            _QKEYS.clear()
        found = _QKEYS[items] = qualifiers_key(qualifiers)
    return found


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def fact_from_json(
    claim: Mapping[str, Any],
    position: int,
    recorded_at: datetime,
    behaviours: Mapping[str, TimeBehaviour] = BEHAVIOURS,
) -> ClaimFact:
    """Flatten a claim in its JSON form (SPEC §4, as stored in ``ClaimAsserted``).

    Working from the JSON, not the pydantic model, keeps projection rebuilds fast: the
    payload was validated when it was appended. ``behaviours`` is the predicate time
    table (:mod:`tracker.domain.predicates`).
    """
    value = claim.get("value") or {}
    valid = claim["valid"]
    source = claim.get("source") or {}
    reported_at = _instant(claim["reported_at"])
    kind = valid["kind"]
    start, end = _day(valid.get("start")), _day(valid.get("end"))
    behaviour = behaviour_of(claim["predicate"], behaviours)
    window = in_force_window(behaviour, kind, start, end, reported_at.date())
    return ClaimFact(
        position=position,
        claim_id=claim["claim_id"],
        subject=claim["subject"],
        predicate=claim["predicate"],
        qkey=_cached_qkey(quals) if (quals := claim.get("qualifiers")) else _EMPTY_QUALIFIERS,
        object=claim.get("object"),
        value_low=value.get("low"),
        value_high=value.get("high"),
        unit=value.get("unit"),
        approx=bool(value.get("approx", False)),
        bound=value.get("bound") if "low" in value else None,
        value_text=value.get("text"),
        modality=claim["modality"],
        lane=lane_of(claim["modality"]),
        valid_kind=kind,
        valid_start=start,
        valid_end=end,
        granularity=valid.get("granularity", "day"),
        valid_text=valid.get("text"),
        reported_at=reported_at,
        recorded_at=recorded_at,
        tier=source.get("tier", "press"),
        confidence=float(claim.get("confidence", 0.8)),
        document_id=source.get("document_id"),
        feed=source.get("feed"),
        url=source.get("url"),
        quote=source.get("quote", ""),
        quote_start=source.get("quote_start"),
        quote_end=source.get("quote_end"),
        note=source.get("note"),
        asserted_by=claim["asserted_by"],
        vocabulary=claim.get("vocabulary"),
        behaviour=behaviour,
        in_force_from=window[0],
        in_force_until=window[1],
    )


# -- status: withdrawals, retractions, ranks -------------------------------------------------


def status_of(fact: ClaimFact, marks: Sequence[Mark], clocks: Clocks) -> tuple[Status, Rank]:
    """A fact's status and rank as seen through the clocks.

    A withdrawal ends the assertions reported up to it (a later re-assertion of the same
    statement stands); a retraction ends every assertion of the claim id, except a
    user's own assertion said after it (:func:`restates`); the rank is the latest rank
    said.
    """
    status: Status = "active"
    rank: Rank = "normal"
    latest: tuple[datetime, int] | None = None
    for mark in marks:
        if not clocks.sees(mark.reported_at, mark.recorded_at):
            continue
        if mark.kind == "retracted":
            if not restates(fact, mark):
                status = "retracted"
        elif mark.kind == "withdrawn":
            if status == "active" and fact.reported_at <= mark.reported_at:
                status = "withdrawn"
        elif mark.rank is not None and (
            latest is None or (mark.reported_at, mark.position) > latest
        ):
            latest = (mark.reported_at, mark.position)
            rank = mark.rank
    return status, rank


def restates(fact: ClaimFact, retraction: Mark) -> bool:
    """Whether ``fact`` is a user's own assertion said after ``retraction``: a user who
    adds a retracted statement again is a new curation act, with its own note, so it
    stands (a later retraction ends it in turn). An extractor's assertion never lifts a
    retraction: the document that said it again is the source the user judged wrong."""
    return fact.asserted_by.startswith("user:") and fact.reported_at > retraction.reported_at


# -- resolution ----------------------------------------------------------------------------


def precision_of(fact: ClaimFact) -> int:
    """Exact beats approximate beats a bound ("up to", "at least")."""
    if not fact.has_quantity:
        return 0
    if fact.bound not in (None, "exact"):
        return 2
    return 1 if fact.approx else 0


_TIER_RANKS: dict[str, int] = {tier: tier_rank(tier) for tier in get_args(SourceTier)}


def _preference(entry: tuple[ClaimFact, Rank]) -> tuple[Any, ...]:
    """The sort key of the resolution order (:func:`tier_rank` and :func:`precision_of`
    inlined: an industry state sorts tens of thousands of candidates)."""
    fact, rank = entry
    tier = _TIER_RANKS.get(fact.tier)
    if fact.value_low is None or fact.value_high is None:
        precision = 0
    elif fact.bound is not None and fact.bound != "exact":
        precision = 2
    else:
        precision = 1 if fact.approx else 0
    return (
        0 if rank == "preferred" else 1,
        tier_rank(fact.tier) if tier is None else tier,
        -fact.reported_at.timestamp(),
        precision,
        -fact.confidence,
        fact.recorded_at,
        fact.position,
    )


def _span(fact: ClaimFact) -> tuple[float, float]:
    low, high = float(fact.value_low or 0.0), float(fact.value_high or 0.0)
    if fact.approx:
        low, high = low - abs(low) * APPROX_TOLERANCE, high + abs(high) * APPROX_TOLERANCE
    if fact.bound == "at-least":
        high = math.inf
    elif fact.bound == "at-most":
        low = -math.inf
    return low, high


def agrees(a: ClaimFact, b: ClaimFact) -> bool:
    """Whether two claims about one key say compatible things ("up to 1M" agrees with 1M)."""
    if a.has_quantity != b.has_quantity:
        return False
    if a.has_quantity:
        if (a.unit or "") != (b.unit or ""):
            return False
        (alo, ahi), (blo, bhi) = _span(a), _span(b)
        return alo <= bhi and blo <= ahi
    if a.value_text is not None or b.value_text is not None:
        return (a.value_text or "").casefold() == (b.value_text or "").casefold()
    return True


def live_facts(
    facts: Iterable[ClaimFact],
    marks_by_claim: Mapping[str, Sequence[Mark]],
    clocks: Clocks,
) -> list[tuple[ClaimFact, Rank]]:
    """Facts visible through the clocks and neither withdrawn nor retracted, with rank;
    one per claim id, its earliest live assertion. (One loop, the clocks' test inlined:
    the industry state passes tens of thousands of facts through here.)"""
    known_at, recorded_by = clocks.known_at, clocks.recorded_by
    best: dict[str, tuple[ClaimFact, Rank]] = {}
    for fact in facts:
        if known_at is not None and fact.reported_at > known_at:
            continue
        if recorded_by is not None and fact.recorded_at > recorded_by:
            continue
        rank: Rank = "normal"
        marks = marks_by_claim.get(fact.claim_id)
        if marks:
            status, rank = status_of(fact, marks, clocks)
            if status != "active":
                continue
        found = best.get(fact.claim_id)
        if found is None or (fact.reported_at, fact.position) < (
            found[0].reported_at,
            found[0].position,
        ):
            best[fact.claim_id] = (fact, rank)
    return list(best.values())


def resolve_state(
    facts: Iterable[ClaimFact],
    marks_by_claim: Mapping[str, Sequence[Mark]],
    as_of: date,
    clocks: Clocks,
) -> list[Resolved]:
    """SPEC §5 ``state``: per group and lane, the claim in force at ``as_of``.

    Order of the rules: withdrawn, retracted and deprecated claims never win; among the
    rest, a carried value is ended by a later valid time; then a preferred rank, a more
    trusted tier, the latest report, an exact value over an approximate one over a bound,
    and confidence decide. The others come back as alternatives; a same-tier, same-day
    disagreement left over is disputed.
    """
    groups: dict[GroupKey, list[tuple[ClaimFact, Rank]]] = {}
    for entry in live_facts(facts, marks_by_claim, clocks):
        fact = entry[0]
        start, until = fact.in_force_from, fact.in_force_until
        if (start is None or start <= as_of) and (until is None or as_of <= until):
            key = (fact.subject, fact.predicate, fact.qkey, fact.object, fact.lane)
            found = groups.get(key)
            if found is None:
                groups[key] = [entry]
            else:
                found.append(entry)
    return [r for key in sorted(groups, key=_sort_key) if (r := _resolve_group(groups[key], key))]


def _sort_key(key: GroupKey) -> tuple[str, str, str, str, str]:
    return (key[0], key[1], key[2], key[3] or "", key[4])


def _resolve_group(entries: list[tuple[ClaimFact, Rank]], key: GroupKey) -> Resolved | None:
    if len(entries) == 1:  # most groups: no ordering, no dispute
        fact, rank = entries[0]
        if rank == "deprecated":
            return None
        return Resolved(key, fact.behaviour, fact, rank, [], [])
    live = [e for e in entries if e[1] != "deprecated"]
    if not live:
        return None
    deprecated = [e for e in entries if e[1] == "deprecated"] if len(live) < len(entries) else []
    behaviour = live[0][0].behaviour
    if behaviour == "carries":
        latest = max(_start(e[0]) for e in live)
        live = [e for e in live if _start(e[0]) == latest]
        deprecated = [e for e in deprecated if _start(e[0]) >= latest]
    keyed = sorted((_preference(e), e) for e in live)
    winner_key, (winner, rank) = keyed[0]
    # the preference key holds the rank and the tier; same-day is compared on the date
    said = winner.reported_at.date()
    disputed = [
        f.claim_id
        for k, (f, _) in keyed[1:]
        if k[0] == winner_key[0]
        and k[1] == winner_key[1]
        and f.reported_at.date() == said
        and not agrees(f, winner)
    ]
    alternatives = [e for _, e in keyed[1:]]
    if deprecated:
        alternatives += sorted(deprecated, key=_preference)
    return Resolved(
        group=key,
        behaviour=behaviour,
        winner=winner,
        winner_rank=rank,
        alternatives=alternatives,
        disputed_with=disputed,
    )


def _start(fact: ClaimFact) -> date:
    return fact.in_force_from or date.min


# -- history and revisions -------------------------------------------------------------------


def replacement_target(behaviour: str, start: Any, end: Any) -> Any:
    """The target a claim replaces others about (``None``: one chain for its key and
    lane), the same as the state's in-force windows (:func:`in_force_window`) make it.

    * ``carries`` and ``timeless``: none, whatever the valid kind. A carried value stands
      from its start until a later start (a deadline's expectation starts when it is
      said), so of the claims of a key and lane in force at one date the later one wins
      in ``state``: a point at a plan's deadline replaces that plan, a plan said later
      replaces the standing one. A timeless value is in force at every date, so every
      claim of its key competes with every other.
    * ``dated``: the day the value is about: the valid end (a point's day, an
      interval's or a deadline's last day), or an open claim's first day. Claims about
      other days are other facts, not replacements.

    ``start`` and ``end`` are dates or their stored form (an ISO date's text): the
    target is one of them, as given."""
    if behaviour != "dated":
        return None
    return start if end is None else end


def series_key(fact: ClaimFact) -> tuple[Any, ...]:
    """Claims that replace one another: same key and lane, and the same
    :func:`replacement_target`."""
    return (*fact.group, replacement_target(fact.behaviour, fact.valid_start, fact.valid_end))


def supersessions(facts_in_order: Sequence[ClaimFact]) -> dict[int, str]:
    """For each assertion (by position), the claim id of the one it replaced: the latest
    earlier one of its series with another claim id."""
    last: dict[tuple[Any, ...], ClaimFact] = {}
    replaced: dict[int, str] = {}
    for fact in facts_in_order:
        key = series_key(fact)
        previous = last.get(key)
        if previous is not None and previous.claim_id != fact.claim_id:
            replaced[fact.position] = previous.claim_id
        last[key] = fact
    return replaced


def about_target(fact: ClaimFact, target: date) -> bool:
    """Whether an expected-lane claim is about ``target`` (its deadline or its period)."""
    if fact.valid_end == target:
        return True
    if fact.valid_kind in ("point", "interval") and fact.valid_start and fact.valid_end:
        return fact.valid_start <= target <= fact.valid_end
    return False


def midpoint(fact: ClaimFact) -> float | None:
    if not fact.has_quantity:
        return None
    return (float(fact.value_low or 0.0) + float(fact.value_high or 0.0)) / 2
