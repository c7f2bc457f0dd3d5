"""Korean years told from the story, not from the publication date.

"아마존은 2023년 9월 앤트로픽에 12억 5000만 달러를 넣었다. 이듬해 3월 … 투자액을 40억
달러로 채웠다. 같은 해 11월 … 80억 달러로 불어났다." 이듬해 (the year after) and 같은 해 / 그해
(that same year) count from the last year the story named, which the time resolver, reading
each sentence alone, cannot see: it took 이듬해 for the year after publication and 11월 for the
next November. A history told this way dated its past totals in the future, and so made them
plans. This module moves such times to the story's year and keeps that year sentence to
sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tracker.domain.claims import ValidTime
from tracker.extract.timex_base import TimeMatch

_EXPLICIT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?년")
_NEXT_YEAR = "이듬해"
_SAME_YEAR_BEFORE = re.compile(r"(?:같은|그)\s?해\s?$")


_SAME_YEAR_MONTH = re.compile(r"(?:같은|그)\s?해\s?(\d{1,2})\s?월(?!\s?\d{1,2}\s?일)")


def _month(m: re.Match[str], year: int, month: int) -> TimeMatch:
    last = (date(year + month // 12, month % 12 + 1, 1) - date.resolution) if month else None
    valid = ValidTime(
        kind="point", start=date(year, month, 1), end=last, granularity="month", text=m.group()
    )
    return TimeMatch(m.start(), m.end(), valid)


def _moved(day: date | None, years: int) -> date | None:
    if day is None or years == 0:
        return day
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def _shifted(valid: ValidTime, years: int) -> ValidTime:
    return valid.model_copy(
        update={"start": _moved(valid.start, years), "end": _moved(valid.end, years)}
    )


def story_times(
    text: str, times: list[TimeMatch], published: date, story_year: int | None
) -> tuple[list[TimeMatch], int | None]:
    """The sentence's times with story-relative years resolved against ``story_year`` (the
    last year the story named), and the story's year after this sentence."""
    out: list[TimeMatch] = []
    for found in times:
        start, moved = found.valid.start, found
        if story_year is not None and start is not None:
            if text.startswith(_NEXT_YEAR, found.start):
                moved = replace(found, valid=_shifted(found.valid, story_year + 1 - start.year))
            elif _SAME_YEAR_BEFORE.search(text, max(0, found.start - 5), found.start):
                moved = replace(found, valid=_shifted(found.valid, story_year - start.year))
        out.append(moved)
    if story_year is not None:
        # "같은 해 11월": a month of the story's year, which alone the resolver leaves unread
        taken = {t.start for t in out}
        for m in _SAME_YEAR_MONTH.finditer(text):
            if m.start() not in taken and 1 <= int(m.group(1)) <= 12:
                out.append(_month(m, story_year, int(m.group(1))))
        out.sort(key=lambda t: t.start)
    named = [int(m.group(1)) for m in _EXPLICIT_YEAR.finditer(text)]
    if named:
        return out, named[-1]
    following = [
        t.valid.start.year
        for t in out
        if t.valid.start is not None and text.startswith(_NEXT_YEAR, t.start)
    ]
    return out, (following[-1] if following else story_year)
