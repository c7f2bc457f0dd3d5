"""Periods counted from the publication (tracker.extract.timex_periods): months and quarters
named relative to it (this month, last quarter, 지난달, 다음 분기), spans counted from it
(within two years, in the next 12 months, 향후 3년간), the start, middle or end of a year or
the decade, and "later this year".
"""

from __future__ import annotations

import re
from datetime import date

from tracker.domain.claims import ValidTime
from tracker.extract.timex_base import (
    _NUMBER_WORDS,
    _NUMBERS,
    _YEAR,
    Period,
    TimeMatch,
    _en_match,
    _ko_match,
    last_day,
    make,
    month_add,
    past_state,
    same_day_later,
)

# -- months and quarters named relative to the publication ---------------------------------

_EN_MONTH_REL = re.compile(
    r"\b(?P<end>(?:the\s)?end\sof\s)?(?P<rel>last|this|next|the\scoming|the\sfollowing|the\s"
    r"current|the\sprevious"
    # "by the end of the month": the month the text is in
    r"|(?<=end\sof\s)the)\smonth(?:['’]s\send)?\b",
    re.IGNORECASE,
)
_KO_MONTH_REL = re.compile(
    r"(?<![가-힣])(?P<rel>지난\s?달|전월|이달|이번\s?달|당월|다음\s?달|내달|익월)(?P<mend>\s?말)?"
    r"(?P<mod>\s?(?:부터는|부터|까지|이후|안에|내에|중))?"
)
_KO_BASIS = re.compile(r"\s?(?:기준|현재)")
_SHIFT = {
    "last": -1,
    "the previous": -1,
    "this": 0,
    "the current": 0,
    "the": 0,
    "next": 1,
    "the coming": 1,
    "the following": 1,
    "지난달": -1,
    "전월": -1,
    "이달": 0,
    "이번달": 0,
    "당월": 0,
    "다음달": 1,
    "내달": 1,
    "익월": 1,
}


def _month_rel_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _EN_MONTH_REL.finditer(sentence):
        shift = _SHIFT[" ".join(m.group("rel").lower().split())]
        if m.group("rel").lower() == "the" and past_state(
            sentence[: m.start()], sentence[m.end() :]
        ):
            shift = -1  # "had 2,000 running by the end of the month": the month last ended
        y, mo = month_add(published.year, published.month, shift)
        lo, hi = date(y, mo, 1), last_day(y, mo)
        ended = bool(m.group("end")) or m.group().lower().endswith("end")
        period: Period = (hi, hi, "day") if ended else (lo, hi, "month")
        t = _en_match(sentence, m.start(), m.end(), period, published, dated=True, reach=80)
        if sentence[t.start : m.start()].lower().startswith("since"):
            # "running since last month": open from it (tests/test_extract_fields.py), where
            # "since June" is today's background (GUIDE); kept as it was
            t = TimeMatch(t.start, t.end, make("open", *period, t.valid.text or "", published))
        # "signed last month", "raised $10 billion this month", "went live at the end of last
        # month": the time of an event; "as of the end of last month" dates a figure
        weak = (shift < 0 or (shift == 0 and not ended)) and t.valid.kind == "point"
        weak = weak and not sentence[t.start : m.start()].lower().startswith("as of")
        out.append(TimeMatch(t.start, t.end, t.valid, weak))
    return out


def _month_rel_ko(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _KO_MONTH_REL.finditer(sentence):
        shift = _SHIFT[m.group("rel").replace(" ", "")]
        y, mo = month_add(published.year, published.month, shift)
        lo, hi = date(y, mo, 1), last_day(y, mo)
        period: Period = (hi, hi, "day") if m.group("mend") else (lo, hi, "month")
        # "지난달 계약했다", "지난달 말 가동에 들어간": an event; "지난달 말 기준" dates a figure
        based = _KO_BASIS.match(sentence, m.end()) is not None
        weak = (shift < 0 or (shift == 0 and not m.group("mend"))) and not based
        out.append(_ko_match(m, period, published, weak=weak))
    return out


_EN_QUARTER_REL = re.compile(
    r"\b(?:the\s)?(?P<qend>end\sof\s(?:the\s)?)?(?P<rel>this|next|last|current|coming|following|"
    r"previous|prior)\s(?:fiscal\s)?quarter\b"
    # "by the end of the quarter": the quarter the text is in, as "this quarter"
    r"|\b(?:the\s)?(?P<theend>end\sof\sthe\s)(?:fiscal\s)?quarter\b(?![-’'])",
    re.IGNORECASE,
)
_KO_QUARTER_REL = re.compile(
    r"(?<![가-힣])(?P<rel>지난|직전|전|이번|당|다음|내)\s?분기(?P<qend>\s?말)?"
    r"(?P<mod>\s?(?:부터는|부터|까지|이후|안에|내에|중))?"
)
_QUARTER_SHIFT = {
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
    "last": -1,
    "previous": -1,
    "prior": -1,
    "지난": -1,
    "직전": -1,
    "전": -1,
    "이번": 0,
    "당": 0,
    "다음": 1,
    "내": 1,
}


def _quarter_of(published: date, shift: int, end: bool) -> Period:
    y, q = divmod(published.year * 4 + (published.month - 1) // 3 + shift, 4)
    lo, hi = date(y, 3 * q + 1, 1), last_day(y, 3 * q + 3)
    return (hi, hi, "day") if end else (lo, hi, "quarter")


def _quarter_rel_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _EN_QUARTER_REL.finditer(sentence):
        if m.group("rel"):
            shift = _QUARTER_SHIFT[m.group("rel").lower()]
        else:
            # "had 250,000 GPUs by the end of the quarter" (a results story): the quarter
            # just reported, the last one ended; "expects 6,000 installed by the end of the
            # quarter": the one under way
            shift = -1 if past_state(sentence[: m.start()], sentence[m.end() :]) else 0
        period = _quarter_of(published, shift, bool(m["qend"] or m["theend"]))
        t = _en_match(sentence, m.start(), m.end(), period, published, dated=True)
        # "reached 75,000 wafers a month last quarter": when it was measured, an event
        # (tests/test_extract_pass8_en.py); "by/from last quarter" date the claim
        weak = shift < 0 and t.start == m.start()
        out.append(TimeMatch(t.start, t.end, t.valid, weak))
    return out


def _quarter_rel_ko(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _KO_QUARTER_REL.finditer(sentence):
        shift = _QUARTER_SHIFT[m["rel"]]
        period = _quarter_of(published, shift, bool(m["qend"]))
        based = _KO_BASIS.match(sentence, m.end()) is not None
        out.append(_ko_match(m, period, published, weak=shift < 0 and not based))
    return out


# -- spans counted from the publication ----------------------------------------------------

_EN_SPAN = re.compile(
    rf"\b(?:(?:over|within|in|during|for)\s(?:the\s)?(?:next|coming)\s(?:(?P<n>{_NUMBER_WORDS}|"
    rf"\d{{1,2}})\s)?(?P<unit>years?|months?)"
    rf"|within\s(?P<n2>{_NUMBER_WORDS}|\d{{1,2}})\s(?P<unit2>years?|months?))\b",
    re.IGNORECASE,
)
_KO_SPAN = re.compile(
    r"(?:(?P<ahead>향후|앞으로|오는)\s?)?(?<![\d.,])(?P<n>\d{1,2})\s?(?P<unit>년|개월)\s?"
    r"(?P<mod>간|동안|내에?|안에?|이내에?|안으로|내로)?(?![가-힣])"
)


def _span(published: date, count: int, years: bool, m: re.Match[str]) -> TimeMatch:
    end = same_day_later(published, count * (12 if years else 1))
    return TimeMatch(m.start(), m.end(), make("deadline", end, end, "month", m.group(), published))


def _span_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _EN_SPAN.finditer(sentence):
        word = (m.group("n") or m.group("n2") or "").lower()
        count = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
        if count:  # "in the coming months": no end said
            unit = (m.group("unit") or m.group("unit2")).lower()
            out.append(_span(published, count, unit.startswith("year"), m))
    return out


def _span_ko(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _KO_SPAN.finditer(sentence):
        mod = m.group("mod") or ""
        if not (m.group("ahead") and mod in ("", "간", "동안")) and mod in ("", "간", "동안"):
            continue  # "3년간" alone may be the past three years
        if int(m.group("n")) > 0:
            out.append(_span(published, int(m.group("n")), m.group("unit") == "년", m))
    return out


def counted_span(valid: ValidTime) -> bool:
    """Whether ``valid`` came from a span counted from publication ("over the next seven
    years", "향후 3년간"): how long something lasts or accumulates, which dates a quantity
    (a deadline) but not a relation that holds from now on."""
    text = valid.text or ""
    return valid.kind == "deadline" and bool(_EN_SPAN.fullmatch(text) or _KO_SPAN.fullmatch(text))


_EDGES = re.compile(
    rf"\b(?:the\s)?(?P<edge>start|beginning|middle|end)\sof\s(?:the\s)?"
    rf"(?:(?P<y>{_YEAR})|(?P<rel>this|next|last|current|coming)\syear|(?P<the>year)|(?P<decade>decade))\b"
    # "by mid-year", "around midyear 2027": the middle of the year, only after a preposition
    # (a "mid-year review" or "midyear results" times nothing)
    rf"|(?:(?<=\b(?:by|in|at)\s)|(?<=\buntil\s)|(?<=\baround\s)|(?<=\bbefore\s))"
    rf"(?P<mid>mid-?year)(?:\s(?P<my>{_YEAR}))?(?![\w-])"
    # "at this year end", "by next year-end": the last day of that year
    r"|\b(?P<rel_end>this|next|last|current|coming)\syear[\s-]end\b",
    re.IGNORECASE,
)
_EDGE_YEAR_SHIFT = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1}


def _edges(sentence: str, published: date) -> list[TimeMatch]:
    """ "at the start of 2027" (its first quarter, as "early 2027"), "in the middle of next
    year" (its middle two quarters, as "mid-2027"), "by the end of the decade" (Dec 31 of
    its last year: 2029 for an article of the 2020s)."""
    out = []
    for m in _EDGES.finditer(sentence):
        if m.group("rel_end"):
            year = published.year + _EDGE_YEAR_SHIFT.get(m.group("rel_end").lower(), 0)
            day: Period = (date(year, 12, 31), date(year, 12, 31), "day")
            out.append(_en_match(sentence, m.start(), m.end(), day, published, dated=True))
            continue
        if m.group("mid"):
            year = int(m.group("my") or published.year)
            period: Period = (date(year, 4, 1), date(year, 9, 30), "quarter")
            out.append(
                _en_match(sentence, m.start(), m.end(), period, published, dated=True, reach=0)
            )
            continue
        edge = m.group("edge").lower()
        if m.group("decade"):
            if edge != "end":
                continue
            last = published.year - published.year % 10 + 9
            period = (date(last, 12, 31), date(last, 12, 31), "day")
        elif edge == "end":
            continue  # the base grammar reads "the end of 2026"
        else:
            rel = (m.group("rel") or "").lower()
            year = (
                int(m.group("y")) if m.group("y") else published.year + _EDGE_YEAR_SHIFT.get(rel, 0)
            )
            if edge == "middle":
                period = (date(year, 4, 1), date(year, 9, 30), "quarter")
            else:
                period = (date(year, 1, 1), date(year, 3, 31), "quarter")
        t = _en_match(sentence, m.start(), m.end(), period, published, dated=True, reach=0)
        out.append(t)
    return out


_LATER = re.compile(r"\blater\s(?:this\syear|in\sthe\syear|in\s(?P<y>(?:19|20)\d\d))\b", re.I)


def _later_this_year(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _LATER.finditer(sentence):
        year = int(m.group("y") or published.year)
        end = date(year, 12, 31)
        if end >= published:
            valid = make("deadline", end, end, "day", m.group(), published)
            out.append(TimeMatch(m.start(), m.end(), valid))
    return out
