"""Reading the dates and times users give the queries (CLI options, HTTP parameters).

Accepted: ``2025-12-19``, ``2025-12-19T10:00`` and ``2025-12-19T10:00+09:00`` (a naive
time is UTC). A bare date given as a moment (``--known-at``) means the end of that day,
UTC: "what did we know on 30 November" includes everything said that day.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from tracker.errors import QueryError

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_D = TypeVar("_D", date, datetime)


EARLIEST_ZONE = timedelta(hours=14)
"""UTC+14 (the Line Islands): the zone where each calendar day begins first."""


def latest_day(now: datetime) -> date:
    """The default valid date of the queries (``--as-of`` left out): the latest calendar
    date in force anywhere at ``now``, the date at UTC+14.

    A claim's valid date is a day in its source's zone (a Korean entry published at
    20:00 UTC is dated the next day, KST), so a query at the UTC date would leave out
    what a source east of UTC reported minutes ago, and a query in the user's zone
    would for a source east of the user. Taken at UTC+14, every day any source can
    call "today" has begun: nothing said by ``now`` is in the default answer's future.
    The cost: a claim valid only on a day (a ``dated`` value, a deadline) counts as
    today's up to 14 hours before that day begins in UTC.
    """
    return (now.astimezone(UTC) + EARLIEST_ZONE).date()


FIRST_YEAR = 1000
"""Earlier years are nonsense here, and stored times are four-digit text on SQLite."""


def _in_range(value: _D, what: str) -> _D:
    if value.year < FIRST_YEAR:
        raise QueryError(f"{what} {value.isoformat()} is before the year {FIRST_YEAR}")
    return value


def parse_day(text: str, what: str = "date") -> date:
    """A valid-time date (``--as-of``); a full timestamp gives its date where it was
    written: ``2026-11-28T05:00+09:00`` is the 28th, as a Korean source dates it (its
    UTC date, the 27th, was a day early); a naive one is UTC."""
    text = text.strip()
    if _DATE_ONLY.match(text):
        try:
            return _in_range(date.fromisoformat(text), what)
        except ValueError as exc:
            raise QueryError(f"{what} {text!r} is not a real date ({exc})") from None
    return _in_range(_moment(text, what).date(), what)


def parse_instant(text: str, what: str = "time") -> datetime:
    """A reported or recorded time (``--known-at``, ``--recorded-by``), aware, UTC."""
    text = text.strip()
    if _DATE_ONLY.match(text):
        try:
            parsed = datetime.combine(date.fromisoformat(text), time.max, tzinfo=UTC)
        except ValueError as exc:
            raise QueryError(f"{what} {text!r} cannot be read: {exc}") from None
        return _in_range(parsed, what)
    return _in_range(_moment(text, what).astimezone(UTC), what)


def _moment(text: str, what: str) -> datetime:
    """A timestamp as written, aware in its own offset (naive: UTC)."""
    try:
        if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", text):
            raise ValueError("expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or with a +HH:MM offset")
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise QueryError(f"{what} {text!r} cannot be read: {exc}") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def coerce_day(value: date | datetime | str | None, what: str = "date") -> date | None:
    """A date for the Python API: a ``date``, a ``datetime`` (its date where it was
    written, as :func:`parse_day` reads text; naive is UTC) or text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _in_range(value.date(), what)
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
