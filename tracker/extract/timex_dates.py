"""Full dates in digits (2026-11-03, 3 November 2026), days of the month without their month
(지난 3일, 오는 3일) and ranges of years (2025-2027, between 2026 and 2028, 2025~2027년), for
tracker.extract.timex_periods.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.timex_base import (
    _MONTH,
    _MONTHS,
    _YEAR,
    Period,
    TimeMatch,
    _en_match,
    _ko_match,
    _year_of,
    last_day,
    make,
    month_add,
)

# -- dates in digits, days of the month, ranges of years -----------------------------------

_NUMERIC_DATE = re.compile(
    rf"(?<![\d.,/-])(?P<y>{_YEAR})(?P<sep>[-./])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>[0-3]?\d)"
    r"(?![\d,]|\.\d)\.?(?P<mod>\s?(?:까지|부터는|부터|이후|이전))?"
)
_DAY_FIRST = re.compile(
    rf"(?<![\w.])(?P<d>[1-3]?\d)(?:st|nd|rd|th)?\s(?P<mon>(?i:{_MONTH}))\.?,?\s(?P<y>{_YEAR})\b"
)
_KO_DAY = re.compile(
    r"(?<![가-힣])(?P<rel>지난|오는|이번)\s?(?P<d>[1-3]?\d)\s?일(?![가-힣])?"
    r"(?P<mod>\s?(?:까지|부터는|부터|이후|이전))?"
)


def _checked(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= last_day(year, month).day:
        return date(year, month, day)
    return None


def _numeric_dates(sentence: str, published: date, language: str) -> list[TimeMatch]:
    out = []
    for m in _NUMERIC_DATE.finditer(sentence):
        day = _checked(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is None:
            continue
        if language == "ko":
            out.append(_ko_match(m, (day, day, "day"), published))
        else:
            stop = m.end() - len(m.group("mod") or "")
            out.append(
                _en_match(sentence, m.start(), stop, (day, day, "day"), published, dated=True)
            )
    return out


def _numeric_en(sentence: str, published: date) -> list[TimeMatch]:
    out = _numeric_dates(sentence, published, "en")
    for m in _DAY_FIRST.finditer(sentence):
        day = _checked(int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"]))
        if day is not None:
            out.append(
                _en_match(sentence, m.start(), m.end(), (day, day, "day"), published, dated=True)
            )
    return out


def _numeric_ko(sentence: str, published: date) -> list[TimeMatch]:
    return _numeric_dates(sentence, published, "ko")


# "오는 6월": the coming month of that name (not a day in it: "오는 6월 3일")
_KO_MONTH_AHEAD = re.compile(
    r"(?<![가-힣])오는\s?(?P<mo>1[0-2]|[1-9])\s?월(?!\s?\d)"
    r"(?P<mod>\s?(?:까지|부터는|부터|이후|이전))?"
)


def _ko_months_ahead(sentence: str, published: date) -> list[TimeMatch]:
    """ "오는 6월": that month of the publication year, or of the next year when it is
    already over."""
    out = []
    for m in _KO_MONTH_AHEAD.finditer(sentence):
        mo = int(m["mo"])
        y = published.year + (1 if mo < published.month else 0)
        out.append(_ko_match(m, (date(y, mo, 1), last_day(y, mo), "month"), published))
    return out


def _ko_days(sentence: str, published: date) -> list[TimeMatch]:
    """ "지난 3일": the 3rd of the publication month, or of the month before when that is
    still to come; "오는 3일" the next 3rd on or after publication; "오는 6월" the coming
    June (:func:`_ko_months_ahead`)."""
    out = _ko_months_ahead(sentence, published) if "오는" in sentence else []
    for m in _KO_DAY.finditer(sentence):
        n = int(m["d"])
        months = (0, -1) if m["rel"] == "지난" else (0, 1) if m["rel"] == "오는" else (0,)
        for shift in months:
            y, mo = month_add(published.year, published.month, shift)
            day = _checked(y, mo, n)
            if day is None:
                continue
            if (m["rel"] == "지난" and day > published) or (m["rel"] == "오는" and day < published):
                continue
            out.append(_ko_match(m, (day, day, "day"), published, weak=True))
            break
    return out


_EN_YEARS = re.compile(
    # "Between 2026 and 2027, …" opening a sentence as well
    rf"\b(?:(?P<between>[Bb]etween)\s|(?P<from>[Ff]rom)\s)?(?P<y1>{_YEAR})\s?(?P<sep>-|–|—|to|and|through)"
    rf"\s?(?P<y2>{_YEAR}|\d\d)(?![\d]|[-./]\d)"
)
_KO_YEARS = re.compile(
    rf"(?P<y1>{_YEAR})\s?(?:년\s?)?(?:~|∼|〜|-|–|부터\s?)\s?(?P<y2>{_YEAR}|\d\d)\s?년(?:도)?"
    r"(?P<mod>\s?까지)?"
)


def _year_span(m: re.Match[str]) -> Period | None:
    y1 = int(m["y1"])
    y2 = _year_of(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
    if not y1 < y2 <= y1 + 20:
        return None
    return date(y1, 1, 1), date(y2, 12, 31), "year"


def _years_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _EN_YEARS.finditer(sentence):
        sep = m["sep"].lower()
        if (sep == "and") != bool(m["between"]) or (sep == "to" and not m["from"]):
            continue
        period = _year_span(m)
        if period is not None:
            out.append(
                TimeMatch(m.start(), m.end(), make("interval", *period, m.group(), published))
            )
    return out


def _years_ko(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _KO_YEARS.finditer(sentence):
        period = _year_span(m)
        if period is not None:
            out.append(
                TimeMatch(m.start(), m.end(), make("interval", *period, m.group(), published))
            )
    return out
