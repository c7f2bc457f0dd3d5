"""A history's rows, built straight from stored claims rows (SPEC §5 ``history``).

A history at 1M events holds ~600 rows, each four models (the row, its claim view, the
view's source and, for a quantity, its value) made without re-validating (see
:mod:`tracker.domain.views`). A model's four slots are set through their descriptors,
one call each: sixteen calls a row, the costliest part of a row after its dicts. Here
the loop makes only the dicts (and the shells, made ahead in one C loop each), and
the slots are set after it with ``map``, slot by slot over all the models (the fields
set by kind): C loops making the same calls without the loop's bytecodes around each.

The claim view's dicts are :data:`tracker.domain.views._VIEW_BODY`'s own text, filled
with this loop's locals and hooks (:func:`make_history_builder`), so a history's view
and ``to_view``'s cannot drift apart.
"""

from __future__ import annotations

import textwrap
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any

from tracker.domain.answers import HistoryRow, Status
from tracker.domain.claims import Rank, ValidTime
from tracker.domain.resolution import FACT_FIELDS, Mark, replacement_target
from tracker.domain.views import (
    _STORED_VALIDS,
    _VALID,
    _put_quals,
    _stored_valid,
    _valid_time,
    _view_scope,
    view_body,
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
"""``(rows, marks, day, instant, judge) -> history rows``: see :func:`make_history_builder`
(whose builders of chunk rows also take the ``subject``, and its ``shared`` ones the
``predicate`` and ``behaviour``, after them)."""

_HOOKS = {
    "quantity_done": "add_quantity(value)",
    "source_shell": "",  # made ahead
    "source_done": "",  # slots set after the loop
    "view_shell": "",
    "view_done": "",
}
"""The hooks of :data:`tracker.domain.views._VIEW_BODY` in a history's loop: the shells
come made, and their other slots are set after the loop."""

_LOOP = """\
def build(found, marks, day, instant, judge, subject=None, predicate=None, behaviour=None,
          *, {defaults}):
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
    v_subject, v_predicate, v_behaviour = subject, predicate, behaviour
    for r, row, view, source in zip(found, rows, views, sources):
        ({unpack},) = r
{derived}        if {marked}marks and (m := marks.get(v_claim_id)):
            status, rank = judge(r, m)
        else:  # most claims: never withdrawn, retracted or ranked
            status, rank = "active", "normal"
        reported = instant(v_reported_at)  # most are a claim's own: no cache
        if (recorded := seen_get(v_recorded_at)) is None:
            recorded = seen[v_recorded_at] = instant(v_recorded_at)
        if (v_valid_text is None and v_valid_end == v_valid_start
                and v_valid_kind == "point" and v_granularity == "day"):
            # a plain dated fact (most rows): keyed by its one date's text, one hash
            if (valid := DAYS.get(v_valid_start)) is None:
                valid = day_valid(v_valid_start, day)
        elif (valid := VALIDS.get(k := ({valid_key},))) is None:
            valid = stored_valid(k, day)
{body}
        # the series a claim replaces within (tracker.domain.resolution.series_key); the
        # rows are one subject's, so the subject is left out of the key
        key = (v_predicate, v_qkey, v_object, v_lane,
               replacement_target(v_behaviour, v_valid_start, v_valid_end))
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
    for made in (quantities, sources, views, rows):  # no list of them all: 4 a row
        consume(map(set_extra, made, repeat(None)))
        consume(map(set_private, made, repeat(None)))
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

_TRAILING = ("predicate", "behaviour")
"""Facts a row may hold after its ``marked`` flag instead of among its fields (in this
order): a history chunk's, which its rows leave out (:mod:`tracker.projections.history`)."""


def _scope() -> dict[str, Any]:
    """The names the generated loop uses: the views' own, and a history's."""
    scope = _view_scope()
    scope.update(
        repeat=repeat,
        consume=_consume,
        HistoryRow=HistoryRow,
        ROW_FIELDS=set(HistoryRow.model_fields),
        VALIDS=_STORED_VALIDS,
        stored_valid=_stored_valid,
        DAYS=_DAY_VALIDS,
        day_valid=_day_valid,
        put_quals=_put_quals,
        replacement_target=replacement_target,
    )
    return scope


def make_history_builder(
    fields: Sequence[str] = FACT_FIELDS, *, shared: bool = False
) -> HistoryBuilder:
    """A builder of the ``asserted`` rows of a history, in the order of ``rows``: one
    subject's stored rows of the ``fields`` values (position first) and a ``marked``
    flag after them. Of the :data:`FACT_FIELDS` that ``fields`` leaves out, the subject
    is the builder's ``subject`` argument, the predicate and behaviour follow the flag
    (:data:`_TRAILING`), the lane follows from the modality, and the in-force window is
    not read. Each claim view is what :func:`tracker.domain.views.to_view` makes of
    the row's fact (``judge(row, marks)`` gives the status and rank of a marked row
    whose claim id has marks), and ``supersedes`` names the claim id of the row before
    it in its series (:func:`~tracker.domain.resolution.series_key`, as
    :func:`~tracker.domain.resolution.supersessions` finds them; a date's stored form
    is one date). Dates and times are read by ``day`` and ``instant``, each recorded
    time once per answer, each valid time once per process (:data:`_STORED_VALIDS`).

    ``shared``: the rows hold the ``fields`` values only (no flag, nothing after it), and
    the predicate and behaviour every row shares are the builder's ``predicate`` and
    ``behaviour`` arguments (a history of one predicate read from its chunks, see
    :func:`tracker.query.read.history_rows`); a row is judged when its claim id has
    marks. The rows need not be extended by three values each to be read."""
    names = list(fields)
    trailing = [n for n in _TRAILING if n not in names]
    if shared:
        unpack = [f"v_{n}" for n in names]
        marked = ""
    else:
        unpack = [f"v_{n}" for n in names] + ["v_marked"] + [f"v_{n}" for n in trailing]
        marked = "v_marked and "
    derived = ""
    if "lane" not in names:
        derived += '        v_lane = "actual" if v_modality == "actual" else "expected"\n'
    view_fields = {name: f"v_{name}" for name in FACT_FIELDS}
    view_fields.update(
        approx="(True if v_approx else False)",  # bool() without the call
        valid="valid",
        reported_at="reported",
        recorded_at="recorded",
        qualifiers=_QUALIFIERS,
    )
    scope = _scope()
    source = _LOOP.format(
        defaults=", ".join(f"{name}={name}" for name in scope if not name.startswith("__")),
        unpack=", ".join(unpack),
        derived=derived,
        marked=marked,
        valid_key=", ".join(f"v_{name}" for name in _VALID),
        body=textwrap.indent(view_body(view_fields, _HOOKS), " " * 8),
    )
    exec(source, scope)  # noqa: S102 - our template
    made: HistoryBuilder = scope["build"]
    return made


history_builder = make_history_builder()
"""The builder of rows of every :data:`FACT_FIELDS` value (the claims table's)."""


__all__ = ["HistoryBuilder", "history_builder", "make_history_builder"]
