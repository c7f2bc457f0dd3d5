"""Time expressions beyond the year/half/quarter/month grammar of tracker.extract.timex:
periods counted from the publication (this month, last quarter, within two years, 향후 3년간,
later this year), seasons, fiscal and calendar years, quarters named by their last month,
full dates in digits, days of the month (지난 3일) and ranges of years.

Each finder is gated by a cheap substring test, so a sentence without its words costs one
``in`` check. Matches here are more specific than the base grammar's reading of the same
words and replace it where they overlap ("by 2026-11-03" is a day, not the year 2026).

Decisions (tests/extraction/GUIDE.md, settled cases):

* Seasons are northern-hemisphere: spring Mar-May, summer Jun-Aug, fall/autumn Sep-Nov,
  winter Dec-Feb (the winter of 2026 starts in December 2026). "this summer" is the one the
  publication date falls in, else the one that starts in the publication year; "next" is a
  year after it; "last" the latest one over before publication; a season named with no such
  word is the occurrence nearest the publication. "early"/"mid"/"late" take one month of it.
* A fiscal year keeps its number as a calendar year (a company's fiscal calendar is not
  known here) and says so in the valid text; a calendar year (CY2027) is that year.
* A span counted from publication ("within two years", "in the next 12 months", "2년 내",
  "향후 3년간") is a deadline at the same day N months or years on.
* "later this year", "later in the year" are a deadline at the year's end, like "연내".
* A bare past or present month ("last month", "this month", 지난달, 이달) and a day of the
  month without its month ("지난 3일", "오는 3일") usually date the telling or an event,
  not the state a claim describes: read, but weak (see ``TimeMatch``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

from tracker.domain.claims import ValidTime
from tracker.extract.numberwords import ONE_VALUE
from tracker.extract.timex_base import (
    MONTHS,
    PRE_BEFORE_EN,
    Period,
    TimeMatch,
    last_day,
    make,
    month_add,
    nearest_year,
    resolve_en,
    resolve_ko,
    same_day_later,
)

_YEAR = r"(?:19|20)\d\d"
_MONTHS = MONTHS
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "within two years", "over the next eighteen months": the shared number words (1-19)
_NUMBERS = {"a": 1, "an": 1} | {w: v for w, v in ONE_VALUE.items() if v}
_NUMBER_WORDS = "|".join(sorted(_NUMBERS, key=len, reverse=True))


Finder = Callable[[str, date], list[TimeMatch]]


def find(sentence: str, language: str, published: date) -> list[TimeMatch]:
    """Every expression of this module's kinds in ``sentence``, in order."""
    if language == "ko":
        words, scan, patterns, text = _KO_WORDS, _KO_SCAN, _KO_PATTERNS, sentence
    else:
        words, scan, patterns, text = _EN_WORDS, _EN_SCAN, _EN_PATTERNS, sentence.lower()
    finders: dict[Finder, None] = {}
    for word in dict.fromkeys(scan.findall(text)):  # in text order: a set would vary by run
        finders.update(dict.fromkeys(words[word]))
    for gate, finder in patterns:
        if gate.search(sentence) is not None:
            finders[finder] = None
    found = [t for finder in finders for t in finder(sentence, published)]
    found.sort(key=lambda t: (t.start, -t.end))
    return found


def _pre(sentence: str, start: int) -> tuple[str, int]:
    """The English time preposition right before ``start`` and where it starts."""
    m = PRE_BEFORE_EN.search(sentence, max(0, start - 24), start)
    if m is None or m.end() != start:
        return "", start
    return m.group("pre"), m.start()


def _en_match(
    sentence: str,
    start: int,
    end: int,
    period: Period,
    published: date,
    *,
    dated: bool,
    reach: int = 50,
) -> TimeMatch:
    """A match over sentence[start:end] with the preposition before it read."""
    pre, begin = _pre(sentence, start)
    text = sentence[begin:end]
    if pre.lower() == "on":
        pre = ""
    before = sentence[:begin]
    after = sentence[end : end + 60]
    valid = resolve_en(
        pre, period, text, published, dated=dated, before=before, reach=reach, after=after
    )
    return TimeMatch(begin, end, valid)


def _ko_match(
    m: re.Match[str], period: Period, published: date, *, weak: bool = False
) -> TimeMatch:
    mod = m.groupdict().get("mod") or ""
    valid = resolve_ko(mod, period, m.group().strip(), published)
    return TimeMatch(m.start(), m.end(), valid, weak and not mod)


# -- months and quarters named relative to the publication ---------------------------------

_EN_MONTH_REL = re.compile(
    r"\b(?P<end>(?:the\s)?end\sof\s)?(?P<rel>last|this|next|the\scoming|the\sfollowing|the\s"
    r"current|the\sprevious)\smonth(?:['’]s\send)?\b",
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
    r"previous|prior)\s(?:fiscal\s)?quarter\b",
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
        shift = _QUARTER_SHIFT[m.group("rel").lower()]
        period = _quarter_of(published, shift, bool(m["qend"]))
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


# "in the quarter ended Sept. 30", "the three months to September": the quarter that ends
# with that month
_QUARTER_ENDED = re.compile(
    rf"\b(?:the\s)?(?:(?:fiscal\s)?quarter|three\smonths|3\smonths)\s(?:that\s)?"
    rf"(?:ended|ending|ends|to|through)\s(?P<mon>(?i:{_MONTH}))\.?(?:\s(?P<day>[1-3]?\d))?"
    rf"(?:,?\s(?P<y>{_YEAR}))?(?![\w])",
    re.IGNORECASE,
)


_MONTH_QUARTER = re.compile(
    rf"\b(?:the\s)?(?P<mon>(?i:{_MONTH}))\.?(?:[\s-](?P<y>{_YEAR}))?\squarter\b", re.IGNORECASE
)


def _quarter_ended(sentence: str, published: date) -> list[TimeMatch]:
    """ "the quarter ended Sept. 30", "the December quarter": the quarter ending that month."""
    out = []
    for m in (*_QUARTER_ENDED.finditer(sentence), *_MONTH_QUARTER.finditer(sentence)):
        month = _MONTHS[m.group("mon").lower()]
        if m.group("y"):
            year = int(m.group("y"))
        else:
            # the quarter nearest the publication, judged by its middle month: "the December
            # quarter" in June is the coming one (Oct-Dec), not last year's
            mid_year, mid = month_add(2000, month, -1)
            year = nearest_year(mid, published) + (2000 - mid_year)
        y0, m0 = month_add(year, month, -2)
        period: Period = (date(y0, m0, 1), last_day(year, month), "quarter")
        out.append(_en_match(sentence, m.start(), m.end(), period, published, dated=True))
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
    rf"(?:(?P<y>{_YEAR})|(?P<rel>this|next|last|current|coming)\syear|(?P<the>year)|(?P<decade>decade))\b",
    re.IGNORECASE,
)
_EDGE_YEAR_SHIFT = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1}


def _edges(sentence: str, published: date) -> list[TimeMatch]:
    """ "at the start of 2027" (its first quarter, as "early 2027"), "in the middle of next
    year" (its middle two quarters, as "mid-2027"), "by the end of the decade" (Dec 31 of
    its last year: 2029 for an article of the 2020s)."""
    out = []
    for m in _EDGES.finditer(sentence):
        edge = m.group("edge").lower()
        if m.group("decade"):
            if edge != "end":
                continue
            last = published.year - published.year % 10 + 9
            period: Period = (date(last, 12, 31), date(last, 12, 31), "day")
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
    r"(?P<mod>\s?(?:까지|부터는|부터|이후|안에|내에|중|이전))?(?![가-힣])"
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
        out.append(_en_match(sentence, m.start(), stop, period, published, dated=True))
    return out


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
        out.append(_ko_match(m, period, published))
    return out


# -- fiscal and calendar years -------------------------------------------------------------

_EN_FISCAL = re.compile(
    rf"\b(?:(?P<fiscal>(?i:fiscal|financial))(?:\syear)?\s'?(?P<y1>{_YEAR}|\d\d)"
    rf"|(?P<fy>FY)\s?'?(?P<y2>{_YEAR}|\d\d)"
    rf"|(?:CY\s?'?|calendar(?:\syear)?\s)(?P<y3>{_YEAR}|\d\d))(?![\w-])",
)
_KO_FISCAL = re.compile(
    rf"(?:(?P<y1>{_YEAR})\s?(?:회계\s?연도|사업\s?연도|회계년도)|(?P<fy>FY)\s?'?(?P<y2>{_YEAR}|\d\d)"
    rf"|CY\s?'?(?P<y3>{_YEAR}|\d\d))(?![A-Za-z0-9-])(?P<end>\s?말)?(?P<mod>\s?(?:까지|부터는|부터|이후|안에|내에|중))?"
)
FISCAL_NOTE = " [fiscal year: calendar dates assumed]"


def _year_of(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _fiscal_valid(valid: ValidTime, fiscal: bool) -> ValidTime:
    if not fiscal:
        return valid
    return valid.model_copy(update={"text": (valid.text or "") + FISCAL_NOTE})


_PART_BEFORE = re.compile(
    r"(?:(?:the\s)?(?P<ord>first|second|third|fourth)\s(?:fiscal\s)?quarter\s(?:of\s)?"
    r"|(?:the\s)?(?P<hord>first|second|back|front)\shalf\s(?:of\s)?"
    r"|(?P<q>Q[1-4]|[1-4]Q)\s?|(?P<h>H[12]|[12]H)\s?|(?P<end>(?:the\s)?end\sof\s(?:the\s)?"
    # a verb that leaves the year ("exit calendar 2026 with", "ended fiscal 2025 at"): its end
    r"|\b(?:exit(?:s|ed|ing)?|end(?:s|ed|ing)|clos(?:es|ed|ing)(?:\sout)?|finish(?:es|ed|ing)?"
    r"|wrap(?:s|ped|ping)\sup)\s))$",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "front": 1, "back": 2}


def _part_of_year(sentence: str, start: int, year: int) -> tuple[int, Period]:
    """A quarter, half or end named right before a (fiscal) year ("Q1 FY27", "the first
    half of fiscal 2027", "the end of fiscal 2027"): where it starts and its period, else
    the whole year."""
    m = _PART_BEFORE.search(sentence, max(0, start - 30), start)
    if m is None:
        return start, _year_period(year)
    if m.group("end"):  # "by the end of fiscal 2027", "exit calendar 2026": its last day
        return m.start(), (date(year, 12, 31), date(year, 12, 31), "day")
    if m.group("ord") or m.group("q"):
        n = _ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("q").strip("qQ"))
        return m.start(), (date(year, 3 * n - 2, 1), last_day(year, 3 * n), "quarter")
    n = _ORDINALS[m.group("hord").lower()] if m.group("hord") else int(m.group("h").strip("hH"))
    if n == 1:
        return m.start(), (date(year, 1, 1), date(year, 6, 30), "month")
    return m.start(), (date(year, 7, 1), date(year, 12, 31), "month")


def _fiscal_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _EN_FISCAL.finditer(sentence):
        year = _year_of(m.group("y1") or m.group("y2") or m.group("y3"))
        begin, period = _part_of_year(sentence, m.start(), year)
        t = _en_match(sentence, begin, m.end(), period, published, dated=True)
        fiscal = bool(m.group("fiscal") or m.group("fy"))
        out.append(TimeMatch(t.start, t.end, _fiscal_valid(t.valid, fiscal)))
    return out


def _fiscal_ko(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _KO_FISCAL.finditer(sentence):
        year = _year_of(m.group("y1") or m.group("y2") or m.group("y3"))
        period = _year_period(year)
        if m.group("end"):  # "2027 회계연도 말까지": the year's last day
            period = (period[1], period[1], "day")
        t = _ko_match(m, period, published)
        fiscal = bool(m.group("y1") or m.group("fy"))
        out.append(TimeMatch(t.start, t.end, _fiscal_valid(t.valid, fiscal)))
    return out


def _year_period(year: int) -> Period:
    return date(year, 1, 1), date(year, 12, 31), "year"


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


def _ko_days(sentence: str, published: date) -> list[TimeMatch]:
    """ "지난 3일": the 3rd of the publication month, or of the month before when that is
    still to come; "오는 3일" the next 3rd on or after publication."""
    out = []
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
    rf"\b(?:(?P<between>between)\s|(?P<from>from)\s)?(?P<y1>{_YEAR})\s?(?P<sep>-|–|—|to|and|through)"
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


# Each finder runs only where its words are: one scan of the lowercased sentence for all
# the finders' literal words (a case-sensitive alternation of literals, searched in C), and
# a pattern of its own for a finder whose words are not literals.
_EN_WORDS: Mapping[str, tuple[Finder, ...]] = {
    "month": (_month_rel_en,),
    "months": (_month_rel_en, _quarter_ended),
    "quarter": (_quarter_rel_en, _quarter_ended),
    "decade": (_edges,),
    "start of": (_edges,),
    "beginning of": (_edges,),
    "middle of": (_edges,),
    "next ": (_span_en,),
    "coming ": (_span_en,),
    "within ": (_span_en,),
    "later ": (_later_this_year,),
} | dict.fromkeys(("spring", "summer", "fall", "autumn", "winter"), (_season_en,))
_KO_WORDS: Mapping[str, tuple[Finder, ...]] = (
    {"분기": (_quarter_rel_ko,), "년": (_span_ko,), "개월": (_span_ko,)}
    | dict.fromkeys(("달", "전월", "당월", "익월"), (_month_rel_ko,))
    | dict.fromkeys(("봄", "여름", "가을", "겨울"), (_season_ko,))
    | dict.fromkeys(("회계", "사업", "FY", "CY"), (_fiscal_ko,))
    | dict.fromkeys(("지난", "오는", "이번"), (_ko_days,))
    | dict.fromkeys(("~", "∼", "〜", "-", "–", "부터"), (_years_ko,))
)
_EN_PATTERNS: tuple[tuple[re.Pattern[str], Finder], ...] = (
    (re.compile("FY|CY|[Ff]iscal|[Ff]inancial|[Cc]alendar"), _fiscal_en),
    (re.compile(r"\d[-./]\d{1,2}[-./]\d|\d\s[A-Z][a-z]"), _numeric_en),
    (re.compile(r"(?:19|20)\d\d\s?(?:[-–—]|to\s|and\s|through\s)"), _years_en),
)
_KO_PATTERNS: tuple[tuple[re.Pattern[str], Finder], ...] = (
    (re.compile(r"\d[-./]\d{1,2}[-./]\d"), _numeric_ko),
)


def _alternation(words: Mapping[str, tuple[Finder, ...]]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_EN_SCAN = _alternation(_EN_WORDS)
_KO_SCAN = _alternation(_KO_WORDS)
