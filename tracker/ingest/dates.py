"""Dates from feeds, parsed without guessing.

feedparser fills fields a date string lacks from today's date (``2024.01.05 13:00`` came
out as a November date) and reads ``KST`` as UTC. A wrong date is worse than none:
relative phrases ("next year", "내년") are resolved against it. So every function here
returns ``None`` rather than invent a year, month or day, and keeps the zone the string
names. A string without any zone is read in the feed's zone (``default_tz``), which the
poller derives from the feed's language hint (Korean feeds: KST).
"""

from __future__ import annotations

import functools
import re
import time
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_tz
from zoneinfo import ZoneInfo

KST = timezone(timedelta(hours=9), "KST")

# Zone names feedparser or email.utils get wrong or do not know. Ambiguous names (CST,
# IST, BST) are left out on purpose: email.utils' US reading is no worse than a guess.
_ZONES = {
    "KST": "+0900",
    "JST": "+0900",
    "HKT": "+0800",
    "SGT": "+0800",
    "AWST": "+0800",
    "AEST": "+1000",
    "AEDT": "+1100",
    "CET": "+0100",
    "CEST": "+0200",
    "UTC": "+0000",
}
_ZONE_RE = re.compile(r"\b(" + "|".join(_ZONES) + r")\s*$", re.IGNORECASE)

# "2024.01.05 13:00", and the forms Korean sites print: "2025. 12. 3. 오후 2:20",
# "2025-12-03 (수) 오전 9:05"
_DOTTED = re.compile(
    r"^\s*(\d{4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?\s*(?:\(\s*[월화수목금토일]\s*\)\s*)?"
    r"(?:(?:[ T]+|(?<=[.)\s]))(?:(오전|오후)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)
_KOREAN = re.compile(
    r"^\s*(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일\s*(?:\(\s*[월화수목금토일]\s*\))?\s*"
    r"(?:(오전|오후)\s*)?"
    r"(?:(\d{1,2})\s*(?:시|:)\s*(?:(\d{1,2})\s*분?)?\s*(?:(\d{1,2})\s*초)?)?\s*$"
)

# A numeric date followed by a zone's name ("2026-11-26 14:00:00 KST", as Korean CMSs
# print a pubDate, or "… GMT"): neither ISO 8601 nor RFC 822, so it was no date at all
_NUMERIC_START = re.compile(r"^\d{4}\s*[-./]")
# US zones, one row each: the zone whose rules give the offset on the day when papers
# print the zone without saying standard or daylight time ("2:20 p.m. ET"; email.utils
# drops those, reading UTC), and the names that do say it, with their fixed offsets (as
# email.utils reads them in RFC 822 dates; after a numeric date, "2025-11-18 09:00 PST",
# they were no date at all). CST is left out: it is China's too, so it stays unread.
_US_ZONES = {
    "ET": ("America/New_York", {"EST": "-0500", "EDT": "-0400"}),
    "CT": ("America/Chicago", {"CDT": "-0500"}),
    "MT": ("America/Denver", {"MST": "-0700", "MDT": "-0600"}),
    "PT": ("America/Los_Angeles", {"PST": "-0800", "PDT": "-0700"}),
}
_US_NAMED = {name: offset for _, named in _US_ZONES.values() for name, offset in named.items()}
_NAMED_TAIL = re.compile(r"\s*\b(" + "|".join([*_ZONES, *_US_NAMED, "GMT"]) + r")$", re.IGNORECASE)

# The label Korean news sites print before an article's times, and the second time after
# it: "입력 2026.03.17 10:00", "기사입력 2026-03-17 10:00 | 최종수정 2026-03-17 11:20",
# "등록 2026.03.17 오전 10:00", "승인 2026.03.17 10:00" (a CMS copies the line into the
# pubDate as it is). The first time is the publication; a label alone is no date.
_KO_LABEL = re.compile(
    r"^(?:기사\s*)?(?:입력|등록|승인|게재|발행|작성)(?:일시|일자|시간|일)?\s*[:：]?\s*(?=\d)"
)
_KO_SECOND_TIME = re.compile(
    r"\s*(?:[|·/,]\s*)?(?:(?:최종\s*)?(?:수정|업데이트|갱신)|Updated?)(?:일시|일자|시간|일)?\s*[:：]?\s*\d.*$",
    re.IGNORECASE,
)

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
"""Feeds did not exist before this; an earlier date is an error in the feed."""


def parse_date(raw: str | None, default_tz: tzinfo = UTC) -> datetime | None:
    """Parse a feed date string into an aware UTC datetime, or ``None``.

    Accepts RFC 822 (with ``KST`` and other named zones), ISO 8601 / RFC 3339,
    ``2024.01.05 13:00``, ``2024/01/05``, and ``2024년 1월 5일 오후 1시 30분``, also after a
    Korean site's label (``입력 2024.01.05 13:00 | 수정 …``: the first time). Never fills
    a missing year, month or day.
    """
    if not raw:
        return None
    text = raw.strip()
    if (labelled := _KO_LABEL.match(text)) is not None:
        text = _KO_SECOND_TIME.sub("", text[labelled.end() :])
    if not text or len(text) > 80:
        return None
    if _NUMERIC_START.match(text):
        text = _NAMED_TAIL.sub(lambda m: " " + _named_offset(m.group(1)), text)
    for parser in (_iso, _dotted, _korean, _rfc822):
        try:
            value = parser(text, default_tz)
        except (ValueError, OverflowError, TypeError):
            value = None
        if value is not None:
            return value.astimezone(UTC)
    return None


def _named_offset(name: str) -> str:
    upper = name.upper()
    return _ZONES.get(upper) or _US_NAMED.get(upper) or "+0000"


@functools.lru_cache(maxsize=4096)
def cached_parse_date(raw: str, default_tz: tzinfo) -> datetime | None:
    """:func:`parse_date`, remembered: feedparser calls our handler for every date and the
    entry normalizer reads the same string again (a feed repeats few date strings)."""
    return parse_date(raw, default_tz)


def is_plausible(value: datetime, now: datetime, *, future_slack: timedelta | None = None) -> bool:
    """A feed date before 1990 or more than a couple of days ahead of ``now`` is nonsense."""
    slack = future_slack if future_slack is not None else timedelta(days=2)
    return EARLIEST <= value <= now + slack


def _iso(text: str, default_tz: tzinfo) -> datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    value = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    return value if value.tzinfo else value.replace(tzinfo=default_tz)


def _dotted(text: str, default_tz: tzinfo) -> datetime | None:
    m = _DOTTED.match(text)
    if m is None:
        return None
    year, _sep, month, day, half, hour, minute, second, zone = m.groups()
    tz = _offset(zone) if zone else default_tz
    return datetime(
        int(year),
        int(month),
        int(day),
        _half_day(half, int(hour or 0)),
        int(minute or 0),
        int(second or 0),
        tzinfo=tz,
    )


def _korean(text: str, default_tz: tzinfo) -> datetime | None:
    m = _KOREAN.match(text)
    if m is None:
        return None
    year, month, day, half, hour, minute, second = m.groups()
    h = _half_day(half, int(hour or 0))
    return datetime(
        int(year), int(month), int(day), h, int(minute or 0), int(second or 0), tzinfo=default_tz
    )


def _half_day(half: str | None, hour: int) -> int:
    """A 12-hour clock's hour after 오전 (a.m.) or 오후 (p.m.) on the 24-hour clock."""
    if half == "오후" and hour < 12:
        return hour + 12
    if half == "오전" and hour == 12:
        return 0
    return hour


_MONTH_NAME = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December)\b",
    re.IGNORECASE,
)
_CLOCK_12H = re.compile(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])", re.IGNORECASE)


def _twelve_hour(m: re.Match[str]) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(4).lower() == "p" else 0)
    return f"{hour:02d}:{m.group(2)}:{m.group(3) or '00'}"


# A server with a Korean locale writes RFC 822 dates with Korean names: "화, 02 12월 2025
# 09:00:00 +0900" (strftime's %a and %b under ko_KR)
_KO_WEEKDAY = re.compile(r"^\s*[월화수목금토일](?:요일)?\s*,\s*")
_KO_MONTH = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s*월(?=\s|,|$)")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# a US zone as papers print it (see _US_ZONES), at the end of the string
_US_ZONE = re.compile(r"\s*\b(" + "|".join(_US_ZONES) + r")\s*$")
_ZONE_AFTER_CLOCK = re.compile(r"\d:\d{2}(?::\d{2})?\s*[A-Za-z+-]")


def _rfc822(text: str, default_tz: tzinfo) -> datetime | None:
    # email.utils knows only three-letter months, and takes "PM" for a zone: "Dec 19, 2025
    # 3:00 PM PST" came out as 03:00 UTC (20 hours off), "19 December 2025" as nothing
    text = _KO_MONTH.sub(lambda m: _MONTH_ABBR[int(m.group(1)) - 1], _KO_WEEKDAY.sub("", text))
    us_zone = _US_ZONE.search(text)
    if us_zone is not None:
        text = text[: us_zone.start()]
        region, _names = _US_ZONES[us_zone.group(1)]
        default_tz = ZoneInfo(region)
    normalized = _MONTH_NAME.sub(lambda m: m.group(1)[:3], _spelled_out(text))
    normalized = _CLOCK_12H.sub(_twelve_hour, normalized)
    normalized = _ZONE_RE.sub(lambda m: _ZONES[m.group(1).upper()], normalized)
    if not re.search(r"\d:\d", normalized):  # a date alone, which email.utils refuses
        normalized += " 00:00"
    parts = parsedate_tz(normalized)
    if parts is None:
        return None
    year, month, day, hour, minute, second = parts[:6]
    # email.utils returns day 0 / month 0 parts for fragments it half-read; refuse them.
    if not (year and month and day) or not re.search(r"\d{2,4}\s*\d{0,2}", text):
        return None
    if not re.search(rf"\b{year}\b|\b{year % 100:02d}\b", text):
        return None
    # email.utils reports a string without a zone as UTC (offset 0), not as unknown: a
    # zone is whatever follows the clock ("Wed, 03 Dec 2025 14:20:00" in a Korean feed is
    # 14:20 KST, not UTC)
    zoned = _ZONE_AFTER_CLOCK.search(normalized) is not None
    if us_zone is not None and zoned:
        return None  # "…-0500 ET": two zones, one of them wrong
    offset = parts[9] if zoned else None
    tz: tzinfo = default_tz if offset is None else timezone(timedelta(seconds=offset))
    return datetime(year, month, day, hour, minute, second, tzinfo=tz)


# How people and CMSs write a date in words that email.utils does not take: day ordinals
# ("November 24th"), AP abbreviations with a period ("Nov.", "Sept."), and a word or dash
# between the date and the clock ("November 24, 2025 at 3:30 PM", "... 2025 - 15:30").
# Each was read as no date, and the entry dated when first seen.
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_ABBR_DOT = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.(?=\s|,|$)", re.IGNORECASE
)
_SEPT = re.compile(r"\bSept\b", re.IGNORECASE)
_CLOCK_JOINER = re.compile(r"(\d{4}),?\s+(?:at|@|-|–|—)\s+(?=\d{1,2}:\d{2})", re.IGNORECASE)


def _spelled_out(text: str) -> str:
    text = _ORDINAL.sub(r"\1", text)
    text = _ABBR_DOT.sub(r"\1", text)
    text = _SEPT.sub("Sep", text)
    return _CLOCK_JOINER.sub(r"\1 ", text)


def _offset(zone: str) -> tzinfo:
    if zone.upper() == "Z":
        return UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def feedparser_date_handler(raw: str) -> time.struct_time | None:
    """A feedparser date handler (UTC 9-tuple) for the forms feedparser misreads.

    Registered first, so ``published_parsed`` agrees with :func:`parse_date`. Strings
    without a zone are read as UTC here; the poller re-reads the raw string with the
    feed's zone, so this only keeps feedparser's own fields honest.
    """
    value = cached_parse_date(raw, UTC)
    return None if value is None else value.utctimetuple()


def date_from_header(
    lines: list[str], default_tz: tzinfo = UTC
) -> tuple[datetime | None, str | None]:
    """Find a ``Date:`` / ``published:`` header in a text file's first lines."""
    for line in lines:
        m = re.match(
            r"^\s*(date|published|pubdate|날짜|작성일|입력)\s*[:：]\s*(.+?)\s*$", line, re.I
        )
        if m:
            raw = m.group(2)
            return parse_date(raw, default_tz), raw
    return None, None


def zone_for(language: str | None) -> tzinfo:
    """The zone a zone-less date string is read in: KST for Korean feeds, else UTC."""
    return KST if language and language.lower().startswith("ko") else UTC
