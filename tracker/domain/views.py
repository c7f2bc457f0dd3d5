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
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from tracker.domain.answers import ClaimView, StateEntry, Status
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


# The one builder of an answer's claim view (SPEC §4 fields, recorded time, rank, status).
# Each {name} is filled with how the generated function reads that field: an attribute
# of a ClaimFact (``to_view``), or a local of a history's loop over stored rows
# (:mod:`tracker.domain.history_views`, which builds the same dicts from this same text).
# The {*_shell} and {*_done} hooks say where the models' shells come from and how their
# other slots are set: here one by one (:data:`_VIEW_HOOKS`); a history makes the
# shells ahead and sets those slots after its loop, slot by slot over all its models.
# Written out rather than through ``trusted``: it runs once per claim of every answer,
# tens of thousands of times for an industry state.
_VIEW_BODY = """\
low, high = {value_low}, {value_high}
if low is not None and high is not None:
    value = new(Quantity)
    set_dict(value, {{"low": low, "high": high, "unit": {unit} or "",
                      "approx": {approx}, "bound": {bound} or "exact"}})
    {quantity_done}
elif (text := {value_text}) is not None:
    value = trusted(TextValue, {{"text": text}})
else:
    value = None
{source_shell}
set_dict(source, {{"document_id": {document_id}, "feed": {feed}, "url": {url},
                   "quote": {quote}, "tier": {tier}, "quote_start": {quote_start},
                   "quote_end": {quote_end}, "note": {note}}})
{source_done}
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
{view_shell}
set_dict(view, view_dict)
{view_done}
"""
"""The statements that build ``view`` (see above), unindented."""


def _done(name: str, fields: str) -> str:
    return f"set_fields({name}, {fields}); set_extra({name}, None); set_private({name}, None)"


_VIEW_HOOKS = {
    "quantity_done": _done("value", "QUANTITY_FIELDS"),
    "source_shell": "source = new(Source)",
    "source_done": _done("source", "SOURCE_FIELDS"),
    "view_shell": "view = new(ClaimView)",
    "view_done": _done("view", "VIEW_FIELDS"),
}
"""The hooks of :data:`_VIEW_BODY` for a view built alone: new shells, every slot set."""


def view_body(fields: dict[str, str], hooks: dict[str, str]) -> str:
    """:data:`_VIEW_BODY` with each field read as ``fields`` says and ``hooks`` filled."""
    return _VIEW_BODY.format(**fields, **hooks)


_VIEW_TEMPLATE = "def make({params}):\n    {prologue}\n{body}    return view\n"


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
    body = textwrap.indent(view_body(fields, _VIEW_HOOKS), "    ")
    exec(_VIEW_TEMPLATE.format(params=params, prologue=prologue, body=body), scope)  # noqa: S102 - our template
    made: Callable[..., ClaimView] = scope["make"]
    return made


_QUALIFIERS = "{} if (qkey := %s) == EMPTY else dict(parsed(qkey))"
"""A view's qualifiers: a new dict (a model's dict is its own) of the parsed key."""


def _put_quals(quals: dict[str, dict[str, str]], qkey: str) -> dict[str, str]:
    """The parsed qualifiers of ``qkey``, kept in ``quals``, and a copy to give away."""
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


__all__ = [
    "EntryItem",
    "entries_from_json",
    "to_view",
    "trusted",
    "view_from_json",
]
