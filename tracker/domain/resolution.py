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
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Literal, Protocol, TypeVar, get_args

from pydantic import BaseModel

from tracker.domain.answers import ClaimView, HistoryRow, Status
from tracker.domain.claims import (
    Bound,
    Granularity,
    Lane,
    Modality,
    Quantity,
    Rank,
    Source,
    SourceTier,
    TextValue,
    TimeBehaviour,
    ValidKind,
    ValidTime,
    lane_of,
    tier_rank,
)
from tracker.domain.predicates import BEHAVIOURS, behaviour_of, in_force_window

RULES_VERSION = "resolution/1"
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


M = TypeVar("M", bound=BaseModel)
_new = object.__new__
_FIELDS_SET: dict[type[BaseModel], set[str]] = {}

# The four slots every pydantic model instance holds, set through their descriptors:
# ``object.__setattr__`` looks each one up by name (about twice the cost), and answers
# set four of them on tens of thousands of models.
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def trusted(cls: type[M], values: dict[str, Any]) -> M:
    """A model from values already validated, with every field given.

    What ``model_construct`` does for such values, without its per-field bookkeeping
    (which costs ~30 us a model; answers build tens of thousands). Only for frozen models
    with no private attributes and ``extra`` not ``allow``.
    """
    model = _new(cls)
    _set_dict(model, values)
    # every field is given, so one set per class serves all its models (pydantic copies
    # a model's set before changing it, in model_copy)
    fields_set = _FIELDS_SET.get(cls)
    if fields_set is None:
        fields_set = _FIELDS_SET[cls] = set(cls.model_fields)
    _set_fields(model, fields_set)
    _set_extra(model, None)
    _set_private(model, None)
    return model


_VALID_TIMES: dict[tuple[Any, ...], ValidTime] = {}


def _valid_time(
    kind: ValidKind,
    start: date | None,
    end: date | None,
    granularity: Granularity,
    text: str | None,
) -> ValidTime:
    """One shared (frozen) ValidTime per distinct value: answers repeat few of them, and
    every model built is one more object for the garbage collector to scan."""
    key = (kind, start, end, granularity, text)
    found = _VALID_TIMES.get(key)
    if found is None:
        if len(_VALID_TIMES) >= 65536:
            _VALID_TIMES.clear()
        found = _VALID_TIMES[key] = trusted(
            ValidTime,
            {"kind": kind, "start": start, "end": end, "granularity": granularity, "text": text},
        )
    return found


FACT_FIELDS: tuple[str, ...] = tuple(ClaimFact.__dataclass_fields__)
""":class:`ClaimFact`'s fields in order: the claims table's first columns."""

_TYPES = {name: f.type for name, f in ClaimFact.__dataclass_fields__.items()}
_DAYS = {name for name, kind in _TYPES.items() if kind == "date | None"}
_INSTANTS = {name for name, kind in _TYPES.items() if kind == "datetime"}
_BOOLS = {name for name, kind in _TYPES.items() if kind == "bool"}

# The one builder of an answer's claim view (SPEC §4 fields, recorded time, rank, status).
# Each {name} is filled with how the generated function reads that field of the fact:
# an attribute of a ClaimFact (``to_view``) or a field of a stored row unpacked into
# ``v_<name>``, converted inline (``history_builder``). Written out rather than through
# ``trusted``: it runs once per claim of every answer, tens of thousands of times for an
# industry state.
_VIEW_BODY = """\
low, high = {value_low}, {value_high}
if low is not None and high is not None:
    value = new(Quantity)
    set_dict(value, {{"low": low, "high": high, "unit": {unit} or "",
                      "approx": {approx}, "bound": {bound} or "exact"}})
    set_fields(value, QUANTITY_FIELDS)
    set_extra(value, None)
    set_private(value, None)
elif (text := {value_text}) is not None:
    value = trusted(TextValue, {{"text": text}})
else:
    value = None
source = new(Source)
set_dict(source, {{"document_id": {document_id}, "feed": {feed}, "url": {url},
                   "quote": {quote}, "tier": {tier}, "quote_start": {quote_start},
                   "quote_end": {quote_end}, "note": {note}}})
set_fields(source, SOURCE_FIELDS)
set_extra(source, None)
set_private(source, None)
view = new(ClaimView)
set_dict(view, {{
    "claim_id": {claim_id},
    "subject": {subject},
    "predicate": {predicate},
    "qualifiers": {{}} if (qkey := {qkey}) == EMPTY else dict(parsed(qkey)),
    "object": {object},
    "value": value,
    "modality": {modality},
    "valid": {valid},
    "reported_at": {reported_at},
    "source": source,
    "confidence": {confidence},
    "asserted_by": {asserted_by},
    "vocabulary": {vocabulary},
    "recorded_at": {recorded_at},
    "rank": rank,
    "status": status,
}})
set_fields(view, VIEW_FIELDS)
set_extra(view, None)
set_private(view, None)
"""
"""The statements that build ``view`` (see above), unindented."""

_VIEW_TEMPLATE = (
    "def make({params}):\n    {prologue}\n"
    + textwrap.indent(_VIEW_BODY, "    ")
    + "    return view\n"
)


def _view_scope() -> dict[str, Any]:
    """The names the generated builders of views use."""
    return {
        "new": _new,
        "set_dict": _set_dict,
        "set_fields": _set_fields,
        "set_extra": _set_extra,
        "set_private": _set_private,
        "trusted": trusted,
        "valid_time": _valid_time,
        "parsed": _parsed_qualifiers,
        "remember": _remember,
        "EMPTY": _EMPTY_QUALIFIERS,
        "Quantity": Quantity,
        "TextValue": TextValue,
        "Source": Source,
        "ClaimView": ClaimView,
        "QUANTITY_FIELDS": _QUANTITY_FIELDS,
        "SOURCE_FIELDS": _SOURCE_FIELDS,
        "VIEW_FIELDS": _VIEW_FIELDS,
    }


def _make_view(params: str, prologue: str, fields: dict[str, str]) -> Callable[..., ClaimView]:
    scope = _view_scope()
    exec(_VIEW_TEMPLATE.format(params=params, prologue=prologue, **fields), scope)  # noqa: S102 - our template
    made: Callable[..., ClaimView] = scope["make"]
    return made


def _remember(seen: dict[Any, Any], key: Any, value: Any) -> Any:
    seen[key] = value
    return value


def _row_field(name: str) -> str:
    """How a generated builder reads one field of a stored row unpacked into ``v_<name>``:
    dates and times converted once per distinct value (``seen``; answers repeat them)."""
    value = f"v_{name}"
    if name in _DAYS or name in _INSTANTS:
        convert = "day" if name in _DAYS else "instant"
        converted = f"remember(seen, {value}, {convert}({value}))"
        return f"(seen[{value}] if {value} in seen else {converted})"
    if name in _BOOLS:
        return f"bool({value})"
    return value


_VALID = ("valid_kind", "valid_start", "valid_end", "granularity", "valid_text")
"""The fields of a claim's valid time, in :class:`ValidTime`'s order."""


_STORED_VALIDS: dict[tuple[Any, ...], ValidTime] = {}
"""Valid times by their stored values (:data:`_VALID` as a claims row holds them): a
history's rows each have one, mostly a distinct day's, so a cache of one answer misses
(and parses two dates) on most; the values are few over all answers (a few years of
news), as :data:`_VALID_TIMES` finds."""


def _stored_valid(key: tuple[Any, ...], day: Callable[[Any], Any]) -> ValidTime:
    """The valid time of stored values ``key`` (dates read by ``day``), remembered."""
    kind, start, end, granularity, text = key
    found = _valid_time(
        kind, None if start is None else day(start), None if end is None else day(end),
        granularity, text,
    )  # fmt: skip
    if len(_STORED_VALIDS) >= 65536:
        _STORED_VALIDS.clear()
    _STORED_VALIDS[key] = found
    return found


_HISTORY_TEMPLATE = """
def build(found, marks, day, instant, judge):
    rows = []
    append = rows.append
    last = {{}}
    seen = {{None: None}}
    for r in found:
        ({unpack}, v_marked,) = r
        if v_marked and marks and (m := marks.get(v_claim_id)):
            status, rank = judge(r, m)
        else:  # most claims: never withdrawn, retracted or ranked
            status, rank = "active", "normal"
        reported = instant(v_reported_at)  # most are a claim's own: no cache
        recorded = {recorded}
{body}
        key = (v_subject, v_predicate, v_qkey, v_object, v_lane,
               v_valid_end if v_behaviour == "dated" or v_valid_kind == "deadline" else None)
        previous = last.get(key)
        last[key] = v_claim_id
        row = new(HistoryRow)
        set_dict(row, {{
            "kind": "asserted",
            "position": v_position,
            "claim_id": v_claim_id,
            "subject": v_subject,
            "predicate": v_predicate,
            "reported_at": reported,
            "recorded_at": recorded,
            "claim": view,
            "source": source,
            "quote": v_quote,
            "supersedes": previous if previous is not None and previous != v_claim_id else None,
            "rank": None,
            "reason": None,
            "by": v_asserted_by,
        }})
        set_fields(row, ROW_FIELDS)
        set_extra(row, None)
        set_private(row, None)
        append(row)
    return rows
"""


HistoryBuilder = Callable[
    [
        Iterable[Sequence[Any]],
        Mapping[str, Sequence[Mark]],
        Callable[[Any], Any],
        Callable[[Any], Any],
        Callable[[Sequence[Any], Sequence[Mark]], tuple[Status, Rank]],
    ],
    list[HistoryRow],
]
"""``(rows, marks, day, instant, judge) -> history rows``: see :func:`history_builder`."""


def _history_builder() -> HistoryBuilder:
    """The ``asserted`` rows of a history, in the order of ``rows``: stored rows of the
    :data:`FACT_FIELDS` values and a ``marked`` flag after them. Each claim view is what
    :func:`to_view` makes of the row's fact (``judge(row, marks)`` gives the status and
    rank of a marked row whose claim id has marks), and ``supersedes`` names the claim id
    of the row before it in its series (:func:`series_key`, as :func:`supersessions`
    finds them; a date's stored form is one date).

    One generated loop around :data:`_VIEW_BODY`, not a call of a view maker per row:
    a history at 1M events holds ~600 rows, and the call, the report time's cache
    (each is a claim's own) and a second row shell's lookups were a fifth of its time."""
    fields = {name: _row_field(name) for name in FACT_FIELDS}
    stored = ", ".join(f"v_{name}" for name in _VALID)
    fields["valid"] = (
        f"(v if (v := VALIDS.get(k := ({stored},))) is not None else stored_valid(k, day))"
    )
    recorded = fields["recorded_at"]
    fields["reported_at"], fields["recorded_at"] = "reported", "recorded"
    body = textwrap.indent(_VIEW_BODY.format(**fields), " " * 8)
    source = _HISTORY_TEMPLATE.format(
        unpack=", ".join(f"v_{name}" for name in FACT_FIELDS), recorded=recorded, body=body
    )
    scope = _view_scope()
    scope.update(
        HistoryRow=HistoryRow,
        ROW_FIELDS=set(HistoryRow.model_fields),
        VALIDS=_STORED_VALIDS,
        stored_valid=_stored_valid,
    )
    exec(source, scope)  # noqa: S102 - our template
    made: HistoryBuilder = scope["build"]
    return made


_QUANTITY_FIELDS = set(Quantity.model_fields)
_SOURCE_FIELDS = set(Source.model_fields)
_VIEW_FIELDS = set(ClaimView.model_fields)


class _ToView(Protocol):
    def __call__(
        self, fact: ClaimFact, rank: Rank = "normal", status: Status = "active"
    ) -> ClaimView: ...


to_view: _ToView = _make_view(
    'f, rank="normal", status="active"',
    "pass",
    {
        **{name: f"f.{name}" for name in FACT_FIELDS},
        "valid": f"valid_time({', '.join(f'f.{name}' for name in _VALID)})",
    },
)
"""``to_view(fact, rank="normal", status="active")``: the answer form of a fact, built
without re-validating (the log validated it)."""


def _json_view_reader() -> Callable[[dict[str, Any], dict[Any, Any]], ClaimView]:
    new, set_dict, set_fields, set_extra, set_private = (
        _new,
        _set_dict,
        _set_fields,
        _set_extra,
        _set_private,
    )
    quantity_fields, text_fields = _QUANTITY_FIELDS, set(TextValue.model_fields)
    source_fields, view_fields = _SOURCE_FIELDS, _VIEW_FIELDS
    day, instant = date.fromisoformat, datetime.fromisoformat
    valids = _STORED_VALIDS

    def read(data: dict[str, Any], seen: dict[Any, Any]) -> ClaimView:
        value = data["value"]
        if value is not None:
            if "low" in value:
                shell: Any = new(Quantity)
                set_fields(shell, quantity_fields)
            else:
                shell = new(TextValue)
                set_fields(shell, text_fields)
            set_dict(shell, value)
            set_extra(shell, None)
            set_private(shell, None)
            data["value"] = shell
        source = new(Source)
        set_dict(source, data["source"])
        set_fields(source, source_fields)
        set_extra(source, None)
        set_private(source, None)
        data["source"] = source
        v = data["valid"]
        # ISO dates, as SQLite stores them: the stored values' cache serves both
        key = (v["kind"], v["start"], v["end"], v["granularity"], v["text"])
        valid = valids.get(key)
        data["valid"] = valid if valid is not None else _stored_valid(key, day)
        data["reported_at"] = instant(data["reported_at"])  # most are a claim's own
        text = data["recorded_at"]
        recorded = seen.get(text)
        if recorded is None:
            recorded = seen[text] = instant(text)
        data["recorded_at"] = recorded
        view = new(ClaimView)
        set_dict(view, data)
        set_fields(view, view_fields)
        set_extra(view, None)
        set_private(view, None)
        return view

    return read


view_from_json = _json_view_reader()
"""``(data, seen) -> view``: the claim view of its fields as decoded JSON (every field
present, dates and times in ISO form, as ``orjson`` writes a view's ``__dict__``),
made around the decoded dicts themselves (one C decode builds them; here only the
models' shells, the valid time and the times are made). ``seen`` remembers valid times
and recorded times for the answer being built."""


history_builder = _history_builder()
""":func:`_history_builder`'s function."""


# -- status: withdrawals, retractions, ranks -------------------------------------------------


def status_of(fact: ClaimFact, marks: Sequence[Mark], clocks: Clocks) -> tuple[Status, Rank]:
    """A fact's status and rank as seen through the clocks.

    A withdrawal ends the assertions reported up to it (a later re-assertion of the same
    statement stands); a retraction ends the claim id whatever its assertions; the rank is
    the latest rank said.
    """
    status: Status = "active"
    rank: Rank = "normal"
    latest: tuple[datetime, int] | None = None
    for mark in marks:
        if not clocks.sees(mark.reported_at, mark.recorded_at):
            continue
        if mark.kind == "retracted":
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


def series_key(fact: ClaimFact) -> tuple[Any, ...]:
    """Claims that replace one another: same key and lane, and for dated or deadline
    claims the same target date."""
    target = fact.valid_end if fact.behaviour == "dated" or fact.valid_kind == "deadline" else None
    return (*fact.group, target)


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
