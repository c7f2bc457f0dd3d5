"""A ``ClaimAsserted`` payload straight to the row a rebuild stores, as text.

The live applier goes JSON -> dicts -> :class:`~tracker.domain.resolution.ClaimFact`
(dates and datetimes) -> the tables' SQL types. A rebuild does that a million times, so
it skips the round trips: msgspec decodes the payload text straight into slotted
structs (half the time of a dict decode; the leaves stay ``Any``, so every value comes
through exactly as a dict would hold it), dates stay the ISO text the payload already
holds (``date.isoformat`` is the same text), ``reported_at`` becomes the fixed-width UTC
text :class:`UTCDateTime` stores (usually by slicing, since pydantic writes UTC as
``...Z``), floats are floats.
Text dates and times compare as the values they name, so the successor rules run on them
unchanged. A test holds every row to the live applier's, column for column.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

import msgspec
from msgspec import UNSET, UnsetType

from tracker.domain.claims import TimeBehaviour
from tracker.domain.predicates import DEFAULT_BEHAVIOUR
from tracker.domain.resolution import _EMPTY_QUALIFIERS, _cached_qkey
from tracker.projections.tables import MAX_DATE, claims

COLUMNS = tuple(c.name for c in claims.columns)
MAX_DAY = MAX_DATE.isoformat()
MIN_DAY = date.min.isoformat()
_CACHE_LIMIT = 65536
"""Distinct dates and days-before remembered (a few years of news hold ~1,500)."""

_days: dict[str, str] = {}
_days_before: dict[str, str] = {}


def _day(text: str | None) -> str | None:
    """A valid ISO date, as stored (checked once per distinct text)."""
    if text is None:
        return None
    found = _days.get(text)
    if found is None:
        if len(_days) >= _CACHE_LIMIT:
            _days.clear()
        found = _days[text] = date.fromisoformat(text).isoformat()
    return found


def day_before(text: str) -> str:
    """The ISO date before ``text`` (``date.min`` stays itself, as the live rule says)."""
    found = _days_before.get(text)
    if found is None:
        if len(_days_before) >= _CACHE_LIMIT:
            _days_before.clear()
        day = date.fromisoformat(text)
        found = (day - timedelta(days=1) if day > date.min else day).isoformat()
        _days_before[text] = found
    return found


def utc_text(text: str) -> str:
    """An ISO instant as :class:`UTCDateTime` stores it on SQLite:
    ``YYYY-MM-DDTHH:MM:SS.ffffffZ``. pydantic writes UTC with ``Z`` and either no
    fraction or six digits: those are sliced; anything else is parsed."""
    if text[-1:] == "Z" and text[10:11] == "T":
        if len(text) == 27:
            return text
        if len(text) == 20:
            return text[:19] + ".000000Z"
    value = datetime.fromisoformat(text).astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


class _Value(msgspec.Struct):
    low: Any | UnsetType = UNSET  # missing, not null: a bound is kept only beside a low
    high: Any = None
    unit: Any = None
    approx: Any = False
    bound: Any = None
    text: Any = None


class _Valid(msgspec.Struct):
    kind: Any
    start: Any = None
    end: Any = None
    granularity: Any = "day"
    text: Any = None


class _Source(msgspec.Struct):
    document_id: Any = None
    feed: Any = None
    url: Any = None
    quote: Any = ""
    tier: Any = "press"
    quote_start: Any = None
    quote_end: Any = None
    note: Any = None


class _Claim(msgspec.Struct):
    claim_id: Any
    subject: Any
    predicate: Any
    modality: Any
    valid: _Valid
    reported_at: Any
    asserted_by: Any
    qualifiers: Any = None
    object: Any = None
    value: _Value | None = None
    source: _Source | None = None
    confidence: Any = 0.8
    vocabulary: Any = None


class _Asserted(msgspec.Struct):
    claim: _Claim


# Leaves are ``Any``: the JSON value comes through as it is, as ``dict.get`` would give
# it; only the shape (objects where objects belong, required keys) is checked here.
_decode = msgspec.json.Decoder(_Asserted).decode
_NO_VALUE = _Value()
_NO_SOURCE = _Source()


def flatten(
    payload: str | bytes,
    position: int,
    recorded: Any,
    behaviours: Mapping[str, TimeBehaviour],
    sqlite: bool = False,
) -> list[Any]:
    """The row of one assertion, in :data:`COLUMNS` order, before any successor or mark,
    from the ``ClaimAsserted`` payload's JSON text (decoded straight into slots, no dicts).

    ``recorded`` is the event's ``recorded_at`` as the driver gave it (UTC text on
    SQLite, an aware datetime on PostgreSQL); it is stored as it is.

    Its facts (the first values; :data:`.history.FIELDS` among them) are already what a
    history chunk holds (:func:`.history.stored`): the float columns floats, ``approx`` a bool,
    and with ``sqlite`` a -0.0 made 0.0 (what SQLite stores; PostgreSQL keeps the sign).

    Raises:
        msgspec.MsgspecError, TypeError, ValueError, AttributeError: a bad payload.
    """
    # x + 0.0 is x except that -0.0 becomes 0.0; x + -0.0 is x, sign included
    zero = 0.0 if sqlite else -0.0
    claim = _decode(payload).claim
    value = claim.value or _NO_VALUE
    valid = claim.valid
    source = claim.source or _NO_SOURCE
    reported = claim.reported_at
    if len(reported) != 27 or reported[-1] != "Z" or reported[10] != "T":  # pydantic's: as is
        reported = utc_text(reported)
    kind = valid.kind
    # a known date straight from the cache (a call less); no date or a new one: _day
    start, end = valid.start, valid.end
    start = _days.get(start) or _day(start)
    end = _days.get(end) or _day(end)
    predicate = claim.predicate
    behaviour = behaviours.get(predicate, DEFAULT_BEHAVIOUR)
    modality = claim.modality
    # tracker.domain.predicates.in_force_window, on text
    if behaviour == "timeless":
        window_from, window_until = None, None
    elif behaviour == "dated":
        window_from, window_until = (end, end) if kind == "deadline" else (start, end)
    elif kind == "deadline":
        window_from, window_until = start or reported[:10], end
    elif kind == "interval":
        window_from, window_until = start, end
    else:
        window_from, window_until = start, None
    quals = claim.qualifiers
    low = value.low
    if low is UNSET:
        low = bound = None
    else:
        bound = value.bound
        if low is not None:
            low = float(low) + zero
    high = value.high
    return [
        position,
        claim.claim_id,
        claim.subject,
        predicate,
        _cached_qkey(quals) if quals else _EMPTY_QUALIFIERS,
        claim.object,
        low,
        None if high is None else float(high) + zero,
        value.unit,
        bool(value.approx),
        bound,
        value.text,
        modality,
        "actual" if modality == "actual" else "expected",
        kind,
        start,
        end,
        valid.granularity,
        valid.text,
        reported,
        recorded,
        source.tier,
        float(claim.confidence) + zero,
        source.document_id,
        source.feed,
        source.url,
        source.quote,
        source.quote_start,
        source.quote_end,
        source.note,
        claim.asserted_by,
        claim.vocabulary,
        behaviour,
        window_from,
        window_until,
        window_until or MAX_DAY,  # horizon
        None,  # succ_position
        None,  # succ_start
        None,  # succ_reported
        None,  # succ_recorded
        0,  # marked
    ]


_ORDER = [
    "position",
    "claim_id",
    "subject",
    "predicate",
    "qkey",
    "object",
    "value_low",
    "value_high",
    "unit",
    "approx",
    "bound",
    "value_text",
    "modality",
    "lane",
    "valid_kind",
    "valid_start",
    "valid_end",
    "granularity",
    "valid_text",
    "reported_at",
    "recorded_at",
    "tier",
    "confidence",
    "document_id",
    "feed",
    "url",
    "quote",
    "quote_start",
    "quote_end",
    "note",
    "asserted_by",
    "vocabulary",
    "behaviour",
    "in_force_from",
    "in_force_until",
    "horizon",
    "succ_position",
    "succ_start",
    "succ_reported",
    "succ_recorded",
    "marked",
]
assert tuple(_ORDER) == COLUMNS, "flatten() builds rows in the claims table's column order"
IX = {name: i for i, name in enumerate(COLUMNS)}
"""Column name -> index in a flattened row."""
