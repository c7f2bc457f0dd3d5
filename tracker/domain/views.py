"""Answers' claim views, built from facts, stored rows and stored JSON without
re-validating them: the log validated every claim when it was appended, and answers
build tens of thousands of views (an industry state ~20k entries, a long history ~600
rows), where pydantic's validation or ``model_construct`` would cost most of the answer.

Every builder here makes exactly what pydantic makes of the same claim (models' field
dicts, fields-set and empty extra and private slots); tests hold them to the validated
models, field for field and in JSON. The rules that decide which claim is in force are in
:mod:`tracker.domain.resolution`; this module only shapes their answers.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from tracker.domain.answers import ClaimView, HistoryRow, StateEntry, Status
from tracker.domain.claims import (
    Granularity,
    Quantity,
    Rank,
    Source,
    TextValue,
    ValidKind,
    ValidTime,
)
from tracker.domain.resolution import (
    _EMPTY_QUALIFIERS,
    FACT_FIELDS,
    ClaimFact,
    Mark,
    _parsed_qualifiers,
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
# fifteen fields in the display, the sixteenth set after: CPython builds a display of
# more than fifteen items one item at a time into an empty dict, resizing it on the way
# (a third of the dict's cost); of fifteen or fewer, at its size in one step
view_dict = {{
    "claim_id": {claim_id},
    "subject": {subject},
    "predicate": {predicate},
    "qualifiers": {qualifiers},
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
}}
view_dict["status"] = status
view = new(ClaimView)
set_dict(view, view_dict)
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
        return f"(True if {value} else False)"  # bool() without the call
    return value


_QUALIFIERS = "{} if (qkey := %s) == EMPTY else dict(parsed(qkey))"
"""A view's qualifiers: a new dict (a model's dict is its own) of the parsed key."""

_ROW_QUALIFIERS = (
    "{} if (qkey := v_qkey) == EMPTY"
    " else (q.copy() if (q := quals.get(qkey)) is not None else put_quals(quals, qkey))"
)
"""The same in a history: the parsed dict kept per answer and copied for each row (a
history's rows hold a few qualifier keys; a copy is a third of a parse)."""


def _put_quals(quals: dict[str, dict[str, str]], qkey: str) -> dict[str, str]:
    found = quals[qkey] = dict(_parsed_qualifiers(qkey))
    return found.copy()


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


_LOCALS = (
    "new=new, set_dict=set_dict, set_fields=set_fields, set_extra=set_extra,"
    " set_private=set_private, Quantity=Quantity, TextValue=TextValue, Source=Source,"
    " ClaimView=ClaimView, QUANTITY_FIELDS=QUANTITY_FIELDS, SOURCE_FIELDS=SOURCE_FIELDS,"
    " VIEW_FIELDS=VIEW_FIELDS, VALIDS=VALIDS, stored_valid=stored_valid, trusted=trusted"
)
"""The generated loops' names, bound as defaults: a local is read faster than a global,
and a long history reads them ~30 times a row."""

_HISTORY_TEMPLATE = """
def build(found, marks, day, instant, judge, *, {locals}, HistoryRow=HistoryRow,
          ROW_FIELDS=ROW_FIELDS, EMPTY=EMPTY, remember=remember, put_quals=put_quals):
    rows = []
    append = rows.append
    last = {{}}
    seen = {{None: None}}
    quals = {{}}
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
    of the row before it in its series (:func:`~tracker.domain.resolution.series_key`, as
    :func:`~tracker.domain.resolution.supersessions` finds them; a date's stored form is
    one date).

    One generated loop around :data:`_VIEW_BODY`, not a call of a view maker per row:
    a history at 1M events holds ~600 rows, and the call, the report time's cache
    (each is a claim's own) and a second row shell's lookups were a fifth of its time."""
    fields = {name: _row_field(name) for name in FACT_FIELDS}
    stored = ", ".join(f"v_{name}" for name in _VALID)
    fields["valid"] = (
        f"(v if (v := VALIDS.get(k := ({stored},))) is not None else stored_valid(k, day))"
    )
    fields["qualifiers"] = _ROW_QUALIFIERS
    recorded = fields["recorded_at"]
    fields["reported_at"], fields["recorded_at"] = "reported", "recorded"
    body = textwrap.indent(_VIEW_BODY.format(**fields), " " * 8)
    source = _HISTORY_TEMPLATE.format(
        unpack=", ".join(f"v_{name}" for name in FACT_FIELDS),
        recorded=recorded,
        body=body,
        locals=_LOCALS,
    )
    scope = _view_scope()
    scope.update(
        HistoryRow=HistoryRow,
        ROW_FIELDS=set(HistoryRow.model_fields),
        VALIDS=_STORED_VALIDS,
        stored_valid=_stored_valid,
        put_quals=_put_quals,
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
        "qualifiers": _QUALIFIERS % "f.qkey",
    },
)
"""``to_view(fact, rank="normal", status="active")``: the answer form of a fact, built
without re-validating (the log validated it)."""


_JSON_VIEW_BODY = """\
value = data["value"]
if value is not None:
    if "low" in value:
        shell = new(Quantity)
        set_fields(shell, QUANTITY_FIELDS)
    else:
        shell = new(TextValue)
        set_fields(shell, TEXT_FIELDS)
    set_dict(shell, value)
    set_extra(shell, None)
    set_private(shell, None)
    data["value"] = shell
source = new(Source)
set_dict(source, data["source"])
set_fields(source, SOURCE_FIELDS)
set_extra(source, None)
set_private(source, None)
data["source"] = source
v = data["valid"]
# ISO dates, as SQLite stores them: the stored values' cache serves both
key = (v["kind"], v["start"], v["end"], v["granularity"], v["text"])
valid = VALIDS.get(key)
data["valid"] = valid if valid is not None else stored_valid(key, day)
data["reported_at"] = instant(data["reported_at"])  # most are a claim's own
text = data["recorded_at"]
recorded = seen.get(text)
if recorded is None:
    recorded = seen[text] = instant(text)
data["recorded_at"] = recorded
view = new(ClaimView)
set_dict(view, data)
set_fields(view, VIEW_FIELDS)
set_extra(view, None)
set_private(view, None)
"""
"""The statements that make ``view``, the claim view of ``data``: its fields as decoded
JSON (every field present, dates and times in ISO form, as ``orjson`` writes a view's
``__dict__``), made around the decoded dicts themselves (one C decode builds them; here
only the models' shells, the valid time and the times are made). ``seen`` remembers
recorded times for the answer being built."""

_JSON_VIEW_TEMPLATE = (
    "def read(data, seen):\n" + textwrap.indent(_JSON_VIEW_BODY, "    ") + "    return view\n"
)

_ENTRIES_TEMPLATE = (
    """\
def build(items, alternatives, loads, *, """
    + _LOCALS
    + """, StateEntry=StateEntry, ENTRY_FIELDS=ENTRY_FIELDS, TEXT_FIELDS=TEXT_FIELDS,
          read=read, day=day, instant=instant):
    seen = {}
    found = []
    append = found.append
    for _, stored, count, others in items:
        lane, behaviour, quarrel, data = loads(stored)
"""
    + textwrap.indent(_JSON_VIEW_BODY, " " * 8)
    + """\
        entry = new(StateEntry)
        set_dict(entry, {
            "subject": data["subject"],
            "predicate": data["predicate"],
            "qualifiers": data["qualifiers"],  # the same (frozen) answer's dict
            "object": data["object"],
            "lane": lane,
            "behaviour": behaviour,
            "claim": view,
            "alternatives": [read(d, seen) for d in loads(others)]
            if alternatives and count and others is not None
            else [],
            "disputed": bool(quarrel),
            "disputed_with": quarrel,
            "alternative_count": count,
        })
        set_fields(entry, ENTRY_FIELDS)
        set_extra(entry, None)
        set_private(entry, None)
        append(entry)
    return found
"""
)


def _json_scope() -> dict[str, Any]:
    scope = _view_scope()
    scope.update(
        TEXT_FIELDS=set(TextValue.model_fields),
        ENTRY_FIELDS=set(StateEntry.model_fields),
        StateEntry=StateEntry,
        VALIDS=_STORED_VALIDS,
        stored_valid=_stored_valid,
        day=date.fromisoformat,
        instant=datetime.fromisoformat,
    )
    exec(_JSON_VIEW_TEMPLATE, scope)  # noqa: S102 - our template
    exec(_ENTRIES_TEMPLATE, scope)  # noqa: S102 - our template
    return scope


_JSON = _json_scope()

view_from_json: Callable[[dict[str, Any], dict[Any, Any]], ClaimView] = _JSON["read"]
"""``(data, seen) -> view``: see :data:`_JSON_VIEW_BODY`."""

EntryItem = tuple[Any, bytes, int, bytes | None]
"""A stored state entry to build: (its sort key, its JSON array of lane, behaviour,
disputing claim ids and the winner's view, its number of alternatives, their views'
JSON array or None)."""

entries_from_json: Callable[
    [Iterable[EntryItem], bool, Callable[[bytes], Any]], list[StateEntry]
] = _JSON["build"]
"""``(items, alternatives, loads) -> entries``: the state entries of stored ones, in
their order: each entry's JSON decoded by ``loads`` (one C decode), its winner's view
made as :data:`view_from_json` makes one (written into the loop: an industry state
builds ~20k), and (``alternatives``) its alternatives' views listed, or only counted."""


history_builder = _history_builder()
""":func:`_history_builder`'s function."""


__all__ = [
    "EntryItem",
    "HistoryBuilder",
    "entries_from_json",
    "history_builder",
    "to_view",
    "trusted",
    "view_from_json",
]
