"""Reading the dates and times users give the queries (CLI options, HTTP parameters).

Accepted: ``2025-12-19``, ``2025-12-19T10:00`` and ``2025-12-19T10:00+09:00`` (a naive
time is UTC). A bare date given as a moment (``--known-at``) means the end of that day,
UTC: "what did we know on 30 November" includes everything said that day.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import TypeVar

from tracker.errors import QueryError

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_D = TypeVar("_D", date, datetime)


FIRST_YEAR = 1000
"""Earlier years are nonsense here, and stored times are four-digit text on SQLite."""


def _in_range(value: _D, what: str) -> _D:
    if value.year < FIRST_YEAR:
        raise QueryError(f"{what} {value.isoformat()} is before the year {FIRST_YEAR}")
    return value


def parse_day(text: str, what: str = "date") -> date:
    """A valid-time date (``--as-of``); a full timestamp is cut to its UTC date."""
    text = text.strip()
    if _DATE_ONLY.match(text):
        try:
            return _in_range(date.fromisoformat(text), what)
        except ValueError as exc:
            raise QueryError(f"{what} {text!r} is not a real date ({exc})") from None
    return parse_instant(text, what).date()


def parse_instant(text: str, what: str = "time") -> datetime:
    """A reported or recorded time (``--known-at``, ``--recorded-by``), aware, UTC."""
    text = text.strip()
    try:
        if _DATE_ONLY.match(text):
            parsed = datetime.combine(date.fromisoformat(text), time.max, tzinfo=UTC)
            return _in_range(parsed, what)
        if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", text):
            raise ValueError("expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or with a +HH:MM offset")
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise QueryError(f"{what} {text!r} cannot be read: {exc}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return _in_range(parsed.astimezone(UTC), what)


def coerce_day(value: date | datetime | str | None, what: str = "date") -> date | None:
    """A date for the Python API: a ``date``, a ``datetime`` (its UTC date) or text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return coerce_instant(value, what).date()  # type: ignore[union-attr]
    if isinstance(value, date):
        return _in_range(value, what)
    return parse_day(value, what)


def coerce_instant(value: datetime | date | str | None, what: str = "time") -> datetime | None:
    """A moment for the Python API; naive means UTC, a bare date the end of that day."""
    if value is None:
        return None
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return _in_range(aware.astimezone(UTC), what)
    if isinstance(value, date):
        return _in_range(datetime.combine(value, time.max, tzinfo=UTC), what)
    return parse_instant(value, what)
