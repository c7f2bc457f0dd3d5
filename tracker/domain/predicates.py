"""How each predicate's value behaves in valid time (SPEC §4).

* ``carries``: a count or a relation holds from its valid time until a later claim in the
  same lane replaces it (``deployed_chips``, ``adopts``).
* ``timeless``: a specification, true whatever the date (``peak_compute``).
* ``dated``: true at its valid time only (``capacity`` at end-2026).

The claims projection bakes each claim's in-force window into its rows, so the table's
fingerprint is part of that projection's version: editing it rebuilds the projection.
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


def behaviour_of(predicate: str) -> TimeBehaviour:
    return BEHAVIOURS.get(predicate, DEFAULT_BEHAVIOUR)


def behaviours_fingerprint() -> str:
    """Eight hex digits that change whenever the table above changes."""
    text = ";".join(f"{k}={v}" for k, v in sorted(BEHAVIOURS.items())) + f";*={DEFAULT_BEHAVIOUR}"
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
