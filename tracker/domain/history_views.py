"""A history's rows, built straight from stored claims rows (SPEC §5 ``history``).

A history at 1M events holds ~600 rows, each four models (the row, its claim view, the
view's source and, for a quantity, its value) made without re-validating (see
:mod:`tracker.domain.views`). A model's four slots are set through their descriptors,
one call each: sixteen calls a row, the costliest part of a row after its dicts. Here
the loop makes only the dicts (and the shells, made ahead in one C loop each), and
the slots are set after it with ``map``, slot by slot over all the models (the fields
set by kind): C loops making the same calls without the loop's bytecodes around each.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any

from tracker.domain.answers import ClaimView, HistoryRow, Status
from tracker.domain.claims import Quantity, Rank, Source, TextValue, ValidTime
from tracker.domain.resolution import _EMPTY_QUALIFIERS, FACT_FIELDS, Mark
from tracker.domain.views import (
    _QUANTITY_FIELDS,
    _SOURCE_FIELDS,
    _STORED_VALIDS,
    _VALID,
    _VIEW_FIELDS,
    _put_quals,
    _set_dict,
    _set_extra,
    _set_fields,
    _set_private,
    _stored_valid,
    _valid_time,
    trusted,
)

_new = object.__new__
_consume: Callable[[Iterable[object]], None] = deque[object](maxlen=0).extend
"""Runs an iterator to its end, keeping nothing (the C loops that set the slots)."""

HistoryBuilder = Callable[
    [
        Sequence[Sequence[Any]],
        Mapping[str, Sequence[Mark]],
        Callable[[Any], Any],
        Callable[[Any], Any],
        Callable[[Sequence[Any], Sequence[Mark]], tuple[Status, Rank]],
    ],
    list[HistoryRow],
]
"""``(rows, marks, day, instant, judge) -> history rows``: see :func:`_history_builder`."""

_TEMPLATE = """
def build(found, marks, day, instant, judge, *, new=new, repeat=repeat, consume=consume,
          set_dict=set_dict, set_fields=set_fields, set_extra=set_extra,
          set_private=set_private, Quantity=Quantity, TextValue=TextValue, Source=Source,
          ClaimView=ClaimView, HistoryRow=HistoryRow, QUANTITY_FIELDS=QUANTITY_FIELDS,
          SOURCE_FIELDS=SOURCE_FIELDS, VIEW_FIELDS=VIEW_FIELDS, ROW_FIELDS=ROW_FIELDS,
          VALIDS=VALIDS, stored_valid=stored_valid, DAYS=DAYS, day_valid=day_valid,
          trusted=trusted, EMPTY=EMPTY,
          put_quals=put_quals):
    count = len(found)
    if not count:
        return []
    rows = list(map(new, repeat(HistoryRow, count)))
    views = list(map(new, repeat(ClaimView, count)))
    sources = list(map(new, repeat(Source, count)))
    quantities = []
    add_quantity = quantities.append
    last = {{}}
    seen = {{}}
    seen_get = seen.get
    quals = {{}}
    for r, row, view, source in zip(found, rows, views, sources):
        ({unpack}, v_marked,) = r
        if v_marked and marks and (m := marks.get(v_claim_id)):
            status, rank = judge(r, m)
        else:  # most claims: never withdrawn, retracted or ranked
            status, rank = "active", "normal"
        reported = instant(v_reported_at)  # most are a claim's own: no cache
        if (recorded := seen_get(v_recorded_at)) is None:
            recorded = seen[v_recorded_at] = instant(v_recorded_at)
        if v_value_low is not None and v_value_high is not None:
            value = new(Quantity)
            set_dict(value, {{"low": v_value_low, "high": v_value_high, "unit": v_unit or "",
                              "approx": {approx}, "bound": v_bound or "exact"}})
            add_quantity(value)
        elif v_value_text is not None:
            value = trusted(TextValue, {{"text": v_value_text}})
        else:
            value = None
        set_dict(source, {{"document_id": v_document_id, "feed": v_feed, "url": v_url,
                           "quote": v_quote, "tier": v_tier, "quote_start": v_quote_start,
                           "quote_end": v_quote_end, "note": v_note}})
        if (v_valid_text is None and v_valid_end == v_valid_start
                and v_valid_kind == "point" and v_granularity == "day"):
            # a plain dated fact (most rows): keyed by its one date's text, one hash
            if (valid := DAYS.get(v_valid_start)) is None:
                valid = day_valid(v_valid_start, day)
        elif (valid := VALIDS.get(k := ({valid_key},))) is None:
            valid = stored_valid(k, day)
        # fifteen items in the display, the sixteenth set after: CPython builds a display
        # of more than fifteen one item at a time (see tracker.domain.views)
        view_dict = {{
            "claim_id": v_claim_id,
            "subject": v_subject,
            "predicate": v_predicate,
            "qualifiers": {qualifiers},
            "object": v_object,
            "value": value,
            "modality": v_modality,
            "valid": valid,
            "reported_at": reported,
            "source": source,
            "confidence": v_confidence,
            "asserted_by": v_asserted_by,
            "vocabulary": v_vocabulary,
            "recorded_at": recorded,
            "rank": rank,
        }}
        view_dict["status"] = status
        set_dict(view, view_dict)
        # the series a claim replaces within (tracker.domain.resolution.series_key); the
        # rows are one subject's, so the subject is left out of the key
        key = (v_predicate, v_qkey, v_object, v_lane,
               v_valid_end if v_behaviour == "dated" or v_valid_kind == "deadline" else None)
        previous = last.get(key)
        last[key] = v_claim_id
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
    consume(map(set_fields, quantities, repeat(QUANTITY_FIELDS)))
    consume(map(set_fields, sources, repeat(SOURCE_FIELDS)))
    consume(map(set_fields, views, repeat(VIEW_FIELDS)))
    consume(map(set_fields, rows, repeat(ROW_FIELDS)))
    every = quantities + sources + views + rows
    consume(map(set_extra, every, repeat(None)))
    consume(map(set_private, every, repeat(None)))
    return rows
"""

_DAY_VALIDS: dict[Any, ValidTime] = {}
"""The valid times of plain dated facts (a point on one day, no text) by the stored text
of their day (a date where the driver reads dates): the stored-values cache
(:data:`tracker.domain.views._STORED_VALIDS`) for the commonest shape, whose
key (a tuple of five values, four of them new strings to hash and compare) cost ~2% of
a history row."""


def _day_valid(start: Any, day: Callable[[Any], Any]) -> ValidTime:
    """The valid time of a point on the day stored as ``start`` (read by ``day``),
    remembered; the same (shared) model as ``to_view`` gives that day."""
    on = day(start)
    found = _valid_time("point", on, on, "day", None)
    if len(_DAY_VALIDS) >= 65536:
        _DAY_VALIDS.clear()
    _DAY_VALIDS[start] = found
    return found


_QUALIFIERS = (
    "{} if (qkey := v_qkey) == EMPTY"
    " else (q.copy() if (q := quals.get(qkey)) is not None else put_quals(quals, qkey))"
)
"""A view's qualifiers: the parsed dict kept per answer and copied for each row (a
model's dict is its own; a history's rows hold a few qualifier keys, and a copy is a
third of a parse)."""


def _history_builder() -> HistoryBuilder:
    """The ``asserted`` rows of a history, in the order of ``rows``: one subject's stored
    rows of the :data:`FACT_FIELDS` values and a ``marked`` flag after them. Each claim
    view is what :func:`tracker.domain.views.to_view` makes of the row's fact
    (``judge(row, marks)`` gives the status and rank of a marked row whose claim id has
    marks), and ``supersedes`` names the claim id of the row before it in its series
    (:func:`~tracker.domain.resolution.series_key`, as
    :func:`~tracker.domain.resolution.supersessions` finds them; a date's stored form is
    one date). Dates and times are read by ``day`` and ``instant``, each recorded time
    once per answer, each valid time once per process (:data:`_STORED_VALIDS`)."""
    source = _TEMPLATE.format(
        unpack=", ".join(f"v_{name}" for name in FACT_FIELDS),
        approx="(True if v_approx else False)",  # bool() without the call
        valid_key=", ".join(f"v_{name}" for name in _VALID),
        qualifiers=_QUALIFIERS,
    )
    scope: dict[str, Any] = {
        "new": _new,
        "repeat": repeat,
        "consume": _consume,
        "set_dict": _set_dict,
        "set_fields": _set_fields,
        "set_extra": _set_extra,
        "set_private": _set_private,
        "Quantity": Quantity,
        "TextValue": TextValue,
        "Source": Source,
        "ClaimView": ClaimView,
        "HistoryRow": HistoryRow,
        "QUANTITY_FIELDS": _QUANTITY_FIELDS,
        "SOURCE_FIELDS": _SOURCE_FIELDS,
        "VIEW_FIELDS": _VIEW_FIELDS,
        "ROW_FIELDS": set(HistoryRow.model_fields),
        "VALIDS": _STORED_VALIDS,
        "stored_valid": _stored_valid,
        "DAYS": _DAY_VALIDS,
        "day_valid": _day_valid,
        "trusted": trusted,
        "EMPTY": _EMPTY_QUALIFIERS,
        "put_quals": _put_quals,
    }
    exec(source, scope)  # noqa: S102 - our template
    made: HistoryBuilder = scope["build"]
    return made


history_builder = _history_builder()
""":func:`_history_builder`'s function."""


__all__ = ["HistoryBuilder", "history_builder"]
