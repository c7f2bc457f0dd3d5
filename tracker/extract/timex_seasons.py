"""Seasons (this summer, late fall 2026, 내년 봄) for tracker.extract.timex_periods.

Northern-hemisphere: spring Mar-May, summer Jun-Aug, fall/autumn Sep-Nov, winter Dec-Feb
(the winter of 2026 starts in December 2026); how "this", "next", "last" and no such word
pick the year is in the module docstring of tracker.extract.timex_periods.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tracker.extract.timex_acts import ko_past_act
from tracker.extract.timex_base import (
    _YEAR,
    Period,
    TimeMatch,
    _en_match,
    _ko_match,
    _pre,
    last_day,
    month_add,
)

# -- seasons ------------------------------------------------------------------------------

_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_KO_SEASONS = {"봄": "spring", "여름": "summer", "가을": "fall", "겨울": "winter"}
_EN_SEASON = re.compile(
    r"\b(?P<end>(?:the\s)?end\sof\s)?(?:(?P<rel>this|next|last|past|coming|the)\s)?"
    r"(?:(?P<part>early|mid|late)[\s-])?(?P<season>spring|summer|fall|autumn|winter)"
    rf"(?:\s(?:of\s)?(?P<y>{_YEAR}))?(?P<after>\sof\b|['’]s\b|\s[a-z]+(?<!\sand)(?<!\sor))?",
    re.IGNORECASE,
)
_KO_SEASON = re.compile(
    r"(?<![가-힣])(?:(?P<y>(?:19|20)\d\d)\s?년\s?|(?P<rel>올해|올|내년|이듬해|작년|지난해|지난|이번)"
    r"\s?)(?P<season>봄|여름|가을|겨울)(?P<part>\s?(?:초|말))?"
    r"(?P<mod>\s?(?:까지|부터는|부터|이후|안에|내에|중|이전|(?:이|가)\s끝나기\s전(?:까지|에)?))?(?![가-힣])"
)
_KO_SEASON_PARTICLE = re.compile(r"[에엔의은는을이가도]|철")


def _season(name: str, year: int) -> tuple[date, date]:
    """The first and last day of a season that starts in ``year``."""
    first = _SEASON_START[name]
    end_y, end_m = month_add(year, first, 2)
    return date(year, first, 1), last_day(end_y, end_m)


def _season_year(name: str, rel: str, published: date) -> int:
    """The year a season named relative to the publication starts in (module docstring)."""
    years = (published.year - 2, published.year - 1, published.year, published.year + 1)
    spans = {y: _season(name, y) for y in years}
    current = next((y for y in years if spans[y][0] <= published <= spans[y][1]), None)
    this = current if current is not None else published.year
    if rel in ("this", "coming", "올해", "올", "이번"):
        return this if rel != "coming" or spans[this][1] >= published else this + 1
    if rel == "next":
        return this + 1
    if rel in ("last", "past", "지난"):
        return max(y for y in years if spans[y][1] < published)
    mid = {y: spans[y][0] + (spans[y][1] - spans[y][0]) / 2 for y in years}
    return min(years, key=lambda y: abs((mid[y] - published).days))


def _season_part(lo: date, hi: date, part: str) -> Period:
    if part in ("early", "초"):
        return lo, last_day(lo.year, lo.month), "month"
    if part == "mid":
        y, m = month_add(lo.year, lo.month, 1)
        return date(y, m, 1), last_day(y, m), "month"
    if part in ("late", "말"):
        return date(hi.year, hi.month, 1), hi, "month"
    return lo, hi, "month"


def _season_said(m: re.Match[str], rel: str, pre: bool, after: str) -> bool:
    """Whether a season named without a year is a time: "this summer", "in the fall",
    "by the end of summer", "in late summer." - not "the fall of Rome", "summer intern",
    "prices fall"."""
    if m.group("end") or rel not in ("", "the"):
        return True
    if not pre or after:
        return False
    return rel == "the" or bool(m.group("part")) or m.end() == len(m.string)


def _season_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _EN_SEASON.finditer(sentence):
        rel = (m.group("rel") or "").lower()
        after = m.group("after") or ""
        pre, _ = _pre(sentence, m.start())
        if m.group("y") is None and not _season_said(m, rel, bool(pre), after):
            continue
        name = m.group("season").lower()
        year = int(m.group("y")) if m.group("y") else _season_year(name, rel, published)
        lo, hi = _season(name, year)
        period = _season_part(lo, hi, (m.group("part") or "").lower())
        if m.group("end"):
            period = (period[1], period[1], "day")
        stop = m.end() - len(after)
        found = _en_match(sentence, m.start(), stop, period, published, dated=True)
        # "Anthropic, which this fall signed a deal …": a past season right before the act
        # dates the act, not the deal it left (GUIDE: "signed last month")
        if (
            not pre
            and m.group("y") is None
            and period[1] < published
            and _ACT_AFTER.match(sentence, stop)
        ):
            found = replace(found, weak=True)
        out.append(found)
    return out


_ACT_AFTER = re.compile(
    r"\s(?:signed|agreed|struck|inked|sealed|announced|unveiled|bought|ordered|closed|raised"
    r"|invested|won|landed|secured)\b",
    re.IGNORECASE,
)


def _season_ko(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _KO_SEASON.finditer(sentence):
        name = _KO_SEASONS[m.group("season")]
        rel = m.group("rel") or ""
        shift = {"내년": 1, "이듬해": 1, "작년": -1, "지난해": -1}.get(rel)
        if m.group("y"):
            year = int(m.group("y"))
        elif shift is not None:
            year = published.year + shift
        else:
            year = _season_year(name, rel, published)
        lo, hi = _season(name, year)
        period = _season_part(lo, hi, (m.group("part") or "").strip())
        # "지난해 가을 … 넣기로 한 바 있다", "지난해 여름 장기 공급 계약을 맺었고": a past
        # season heading a signing or a decision dates the act (as a past month does)
        weak = (rel != "" or bool(m.group("y"))) and ko_past_act(
            m, published, period[1], made=not m.group("y")
        )
        out.append(_ko_match(m, period, published, weak=weak))
    return out
