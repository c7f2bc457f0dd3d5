"""How each predicate's value behaves in valid time (SPEC §4).

* ``carries``: a count or a relation holds from its valid time until a later claim in the
  same lane replaces it (``deployed_chips``, ``adopts``).
* ``timeless``: a specification, true whatever the date (``peak_compute``).
* ``dated``: true at its valid time only (``capacity`` at end-2026).

The claims projection bakes each claim's in-force window into its rows, so the table's
fingerprint is part of that projection's version: editing it rebuilds the projection.

The table below is the default for SPEC §4's twelve predicates. The extraction
vocabulary also says each predicate's ``time``; ``app.py`` merges the two with
:func:`merged_behaviours` (a predicate a user's vocabulary adds takes its behaviour from
there) and hands the result to the projection.

Two values are SPEC readings, not guesses: ``investment`` carries (an amount invested in
a target is a standing total, replaced by the next reported total, like a count; as a
dated value it would be in force on its report's day only and vanish from every other
day's state), and ``located_in`` carries (SPEC's carried values are counts *and
relations*; a site can move, grow or be cancelled, and a planned site is an expectation
until its deadline, which a timeless value cannot express).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date

from tracker.domain.claims import TimeBehaviour, ValidKind

BEHAVIOURS: Mapping[str, TimeBehaviour] = {
    "deployed_chips": "carries",
    "capacity": "dated",
    "investment": "carries",
    "peak_compute": "timeless",
    "memory_capacity": "timeless",
    "memory_bandwidth": "timeless",
    "chips_per_system": "timeless",
    "supply_deal": "carries",
    "adopts": "carries",
    "integrates": "carries",
    "trains_on": "carries",
    "located_in": "carries",
}

DEFAULT_BEHAVIOUR: TimeBehaviour = "carries"
"""A predicate the table does not know (a user's own vocabulary) holds until replaced."""


TIME_BEHAVIOURS: frozenset[str] = frozenset(("carries", "timeless", "dated"))


def behaviour_of(predicate: str, table: Mapping[str, TimeBehaviour] = BEHAVIOURS) -> TimeBehaviour:
    return table.get(predicate, DEFAULT_BEHAVIOUR)


def merged_behaviours(vocabulary: Mapping[str, str]) -> dict[str, TimeBehaviour]:
    """The default table plus the predicates a vocabulary adds (``predicate -> time``).

    SPEC §4 fixes the behaviour of its own predicates, so the default wins for those;
    a predicate only a vocabulary knows takes the vocabulary's ``time``.

    Raises:
        ValueError: a vocabulary's ``time`` is not carries, timeless or dated.
    """
    table: dict[str, TimeBehaviour] = {}
    for predicate, time in vocabulary.items():
        if time not in TIME_BEHAVIOURS:
            raise ValueError(
                f"predicate {predicate!r}: time {time!r} is not one of carries, timeless, dated"
            )
        table[predicate] = time  # type: ignore[assignment]
    table.update(BEHAVIOURS)
    return table


def behaviours_fingerprint(table: Mapping[str, TimeBehaviour] = BEHAVIOURS) -> str:
    """Eight hex digits that change whenever the table changes."""
    text = ";".join(f"{k}={v}" for k, v in sorted(table.items())) + f";*={DEFAULT_BEHAVIOUR}"
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def in_force_window(
    behaviour: TimeBehaviour,
    kind: ValidKind,
    start: date | None,
    end: date | None,
    said_on: date,
) -> tuple[date | None, date | None]:
    """The valid-time window ``(from, until)`` in which a claim can be in force.

    ``None`` means unbounded on that side. A carried value has no natural end (a later
    claim ends it; the resolution rules find which); a deadline is an expectation from
    when it was said (``start``, else the report's date) until the deadline, after which
    the plan is judged rather than expected; a dated deadline is about its deadline day.
    """
    if behaviour == "timeless":
        return None, None
    if behaviour == "dated":
        if kind == "deadline":
            return end, end
        return start, end
    if kind == "deadline":
        return start or said_on, end
    if kind == "interval":
        return start, end
    return start, None
