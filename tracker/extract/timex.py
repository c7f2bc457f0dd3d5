"""Time expressions in English and Korean, resolved against the publication date into
SPEC's ``valid`` object.

Each expression is a *period* (a year, half, quarter, month, day, the year's end or
start) and a *mode* given by the words around it: "by"/"까지" make a deadline (due by the
period's end, said on the publication date), "from"/"부터" an open interval from the
period's start, and anything else a point covering the period. Relative years (내년, next
year, 올해, this year, 지난해, last year) count from the publication year; a half or
quarter with no year is in the publication year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from tracker.domain.claims import ValidTime
from tracker.extract.patterns import by_first_char, caseless_pairs

_REL_KO = {
    "올해": 0,
    "금년": 0,
    "올": 0,
    "당해": 0,
    "내년": 1,
    "내년도": 1,
    "이듬해": 1,
    "내후년": 2,
    "지난해": -1,
    "작년": -1,
    "전년": -1,
}
_REL_EN = {
    "this year": 0,
    "the year": 0,
    "the current year": 0,
    "next year": 1,
    "the coming year": 1,
    "the following year": 1,
    "last year": -1,
    "the previous year": -1,
}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_MONTHS = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)

_KO = re.compile(
    r"(?=(?:19|20)\d\d\s?년|올해|금년|내년|내후년|이듬해|지난해|작년|전년|올\s|상반기|하반기|"
    r"[1-4]\s?분기|1[0-2]\s?월|0?[1-9]\s?월|연말|연초|연내)"
    r"(?:(?P<y>(?:19|20)\d\d)\s?년도?|(?P<rel>올해|금년|내년도|내년|내후년|이듬해|지난해|작년|전년|올)"
    r"(?=[\s상하0-9말초연]|$|까지|부터|에|엔|의|는|중))?"
    r"\s?"
    r"(?:(?P<half>상반기|하반기)|(?P<q>[1-4])\s?분기(?P<qend>\s?말)?|(?P<m>1[0-2]|0?[1-9])\s?월(?:\s?(?P<d>[1-3]?\d)\s?일)?"
    r"(?P<mend>\s?말)?|(?P<end>연말|말)|(?P<early>연초|초반|초)|(?P<mid>중반)|(?P<within>연내|중))?"
    r"(?P<mod>\s?(?:까지|부터는|부터|이후|이전|안에|안으로|내에|이내))?"
)
# the auxiliary 오다 of "has been doing": "공급해 왔다", "대 왔다", "써 온"
_KO_HAS_BEEN = re.compile(r"[가-힣]\s?(?:왔다|왔고|왔으며|왔지만|온\s)")
_YEAR_EN = r"(?:19|20)\d\d"
# the words grouped by first letter (see tracker.extract.patterns): _EN is case-insensitive,
# so the engine tries each of its alternatives at every position of a sentence
_RELY_EN = by_first_char(
    ["this year", "next year", "last year", "the coming year", "the following year", "the year"],
    escape=False,
)
_MONTH_EN = by_first_char(sorted(_MONTHS, key=len, reverse=True))
# The first two characters of every _EN match (a first character, then those that may
# follow it; any case): the words of "pre" (by, from, since, starting, beginning, as
# of/early/soon, at, until, through, in, during, for, before, within), "the",
# end/ended/exited/early, late/latter/last, closed, finished, wrapped, year,
# first/second/third/fourth, back/front/former, q1-q4, h1/h2, mid, the months, next;
# digits: 19xx/20xx, 1st-4th, 1q-4q, 1h/2h. Keep it in step with _EN: a pair missing here
# loses matches (tests/test_extract_patterns.py checks it).
_EN_OPENINGS = (
    *("byea", "froie", "siet", "astpu", "un", "thw", "in", "due", "wir", "enxa", "la", "cl"),
    *("ye", "q1234", "h12", "mia", "jau", "oc", "noe", "19qhs", "20qhn", "3qr", "4qt"),
)
_EN = re.compile(
    # every match opens with one of these pairs (see _EN_OPENINGS): positions that cannot
    # start one are skipped without entering the alternation
    rf"(?={caseless_pairs(_EN_OPENINGS)})"
    r"(?i:(?P<pre>"
    + by_first_char(
        [
            *("by", "from", "since", r"starting(?:\sin|\sfrom)?", r"beginning(?:\sin)?"),
            *("as of", "until", "through", "in", "at", "during", "for", "before"),
            *("as early as", "as soon as", "within"),
        ],
        escape=False,
    )
    + r")\s)?"
    r"(?i:"
    rf"(?:the\s)?(?:end\sof\s|end-|late\s|exit(?:s|ed|ing)\s|end(?:s|ed|ing)\s|clos(?:es|ed|ing)\s)"
    rf"(?P<emon>{_MONTH_EN})\.?(?:\s(?P<emy>{_YEAR_EN}))?"
    # "exited 2025 with", "ended the year near", "closed out 2024 at": the year's last day
    rf"|(?P<exit>exit(?:s|ed|ing)?|end(?:s|ed|ing)|clos(?:es|ed|ing)(?:\sout)?|"
    rf"finish(?:es|ed|ing)|wrap(?:s|ped|ping)\sup)\s"
    rf"(?:the\s)?(?P<xy>{_YEAR_EN}|this year|next year|last year|year)"
    rf"|(?:the\s)?end(?:\sof)?\s(?:the\s)?(?P<ey>{_YEAR_EN}|this year|next year|the year|year)"
    rf"|end-(?P<ey2>{_YEAR_EN})|(?P<ey3>{_YEAR_EN})-end|(?P<ye>year[-\s]end)(?:\s(?P<ey4>{_YEAR_EN}))?"
    # "by the end of Q2 2026", "at the end of the third quarter": the quarter's last day
    rf"|(?P<qend>(?:the\s)?end\sof\s(?:the\s)?)?(?:"
    rf"(?:the\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s(?:calendar\s|fiscal\s)?"
    rf"quarter(?:\s(?:of\s)?(?P<qy>{_YEAR_EN}|{_RELY_EN}))?"
    rf"|q(?P<qn>[1-4])(?:\s|-|')?(?P<qy2>(?:19|20)?\d\d)?(?![\d])"
    rf"|(?P<qn2>[1-4])q(?P<qy3>\d\d)(?![\d])"
    rf"|(?:the\s)?(?P<hord>first|second|back|front|latter|former)\shalf"
    rf"(?:\sof\s(?P<hy>{_YEAR_EN}|{_RELY_EN}))?"
    rf"|h(?P<hn>[12])\s?(?P<hy2>{_YEAR_EN})?"
    rf"|(?P<hn2>[12])h(?P<hy3>\d\d)(?![\d]))"
    rf"|(?P<early>early|late|mid)[\s-](?P<ely>{_YEAR_EN}|{_RELY_EN})"
    rf"|(?P<month>{_MONTH_EN})\.?(?:\s(?P<day>[1-3]?\d)(?!\d))?(?:,?\s(?P<my>{_YEAR_EN}))?"
    rf"|(?P<rely>{_RELY_EN})"
    rf"|(?P<year>{_YEAR_EN})"
    r")(?![\w])"
)
_EN_HINT = re.compile(
    r"\d{4}|quarter|half|\bq[1-4]|\b[1-4]q\d|\bh[12]\b|\b[12]h\d|year|end-|early|late|mid|exit|"
    r"jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec",
    re.IGNORECASE,
)
_EN_STRICT_HINT = re.compile(r"[qQ][1-4]|[1-4][qQ]\d|[hH][12]|[12][hH]\d|end-\d", re.IGNORECASE)
_MONTH_PRE = {
    "in",
    "by",
    "from",
    "since",
    "until",
    "through",
    "before",
    "starting",
    "starting in",
    "as of",
}
_BEGIN_BEFORE = re.compile(
    r"\b(?:begin|begins|beginning|began|start|starts|starting|started|commenc\w+)\s[^,;.]*$",
    re.IGNORECASE,
)
_TODAY = re.compile(r"(?<!said\s)(?<!announced\s)\b(?:today|right now|at present)\b(?!['’]s)", re.I)
_DEADLINE_EN = {"by", "until", "through", "before", "within"}
_OPEN_EN = {
    "from",
    "since",
    "starting",
    "starting in",
    "starting from",
    "beginning",
    "beginning in",
    "as of",
    "as early as",
    "as soon as",
}


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time expression in a sentence (offsets into it) with its resolved valid time."""

    start: int
    end: int
    valid: ValidTime


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _make(kind: str, lo: date, hi: date, gran: str, text: str, published: date) -> ValidTime:
    if kind == "deadline":
        return ValidTime(
            kind="deadline",
            start=min(published, hi),
            end=hi,
            granularity=gran,
            text=text,
        )
    if kind == "open":
        return ValidTime(kind="open", start=lo, end=None, granularity=gran, text=text)
    return ValidTime(kind="point", start=lo, end=hi, granularity=gran, text=text)


def point_at(published: date) -> ValidTime:
    """A plain statement of fact: true on the publication day."""
    return ValidTime(kind="point", start=published, end=published, granularity="day")


_YEAR_GROUPS = (
    *("emy", "xy", "ey", "ey2", "ey3", "ey4", "qy", "qy2", "qy3", "hy", "hy2", "hy3"),
    *("ely", "my", "rely", "year"),
)


def _next_year(day: date) -> date:
    return (
        _last_day(day.year + 1, day.month)
        if day == _last_day(day.year, day.month)
        else (date(day.year + 1, day.month, day.day))
    )


def _since(text: str, published: date) -> ValidTime:
    return ValidTime(kind="point", start=published, end=published, granularity="day", text=text)


class TimeRecognizer:
    """Finds time expressions in one sentence and resolves them against a date."""

    def find(self, sentence: str, language: str, published: date) -> list[TimeMatch]:
        if language == "ko":
            found = [t for m in _KO.finditer(sentence) if (t := self._ko(m, published))]
            found += _relative_months(_KO_MONTH_REL, sentence, published)
            found.sort(key=lambda t: t.start)
            if _EN_STRICT_HINT.search(sentence):
                found += [t for m in _EN.finditer(sentence) if (t := self._en_strict(m, published))]
                found.sort(key=lambda t: t.start)
            return _non_overlapping(found)
        found = []
        if _EN_HINT.search(sentence):
            found = [t for m in _EN.finditer(sentence) if (t := self._en(m, published))]
        if "month" in sentence:
            found += _relative_months(_EN_MONTH_REL, sentence, published)
            found.sort(key=lambda t: t.start)
        if "quarter" in sentence or "years" in sentence or "months" in sentence:
            found += _relative_spans(sentence, published)
            found = _non_overlapping(sorted(found, key=lambda t: (t.start, -t.end)))
        if "today" in sentence or " now" in sentence or "present" in sentence:
            # "up from 90k-100k wpm today": the figure is dated now (not a later time)
            now = point_at(published)
            found += [TimeMatch(m.start(), m.end(), now) for m in _TODAY.finditer(sentence)]
            found.sort(key=lambda t: t.start)
        return found

    # -- Korean ---------------------------------------------------------------------------

    def _ko(self, m: re.Match[str], published: date) -> TimeMatch | None:
        g = m.groupdict()
        has_year = bool(g["y"] or g["rel"])
        part = next((k for k in ("half", "q", "m", "end", "early", "mid", "within") if g[k]), None)
        if not has_year and (part is None or g[part] in ("말", "초", "초반", "중", "중반")):
            return None
        if not has_year and part == "m" and not (g["mod"] or g["mend"] or g["d"]):
            return None  # "9월" alone is too weak to date a claim
        if g["rel"] == "올" and part is None:
            return None
        year = int(g["y"]) if g["y"] else published.year + _REL_KO.get(g["rel"] or "", 0)
        if part == "m" and not has_year:
            year = nearest_year(int(g["m"]), published)
        lo, hi, gran = date(year, 1, 1), date(year, 12, 31), "year"
        kind = "point"
        if part == "half":
            lo, hi, gran = (
                (date(year, 1, 1), date(year, 6, 30), "month")
                if g["half"] == "상반기"
                else (date(year, 7, 1), date(year, 12, 31), "month")
            )
        elif part == "q":
            qn = int(g["q"])
            lo, hi, gran = date(year, 3 * qn - 2, 1), _last_day(year, 3 * qn), "quarter"
            if g["qend"]:
                lo, gran = hi, "day"  # "2분기 말": the quarter's last day
        elif part == "m":
            month = int(g["m"])
            lo, hi, gran = date(year, month, 1), _last_day(year, month), "month"
            if g["d"] and 1 <= int(g["d"]) <= hi.day:
                lo = hi = date(year, month, int(g["d"]))
                gran = "day"
            elif g["mend"]:
                lo, gran = hi, "day"
        elif part == "end":
            lo, hi, gran = date(year, 12, 31), date(year, 12, 31), "day"
        elif part == "early":
            lo, hi, gran = date(year, 1, 1), date(year, 3, 31), "quarter"
        elif part == "mid":  # "내년 중반": the middle two quarters, as "mid-2026"
            lo, hi, gran = date(year, 4, 1), date(year, 9, 30), "quarter"
        elif part == "within":
            kind = "deadline"
        mod = (g["mod"] or "").strip()
        if mod in {"까지", "이전", "안에", "안으로", "내에", "이내"}:
            # "올해 안에", "상반기 내에": within the period, a deadline at its end (GUIDE)
            kind = "deadline"
        elif mod.startswith("부터") or mod == "이후":
            kind = "open"
            if lo < published and _KO_HAS_BEEN.search(m.string, m.end(), m.end() + 40):
                # "지난해부터 엔비디아에 HBM4를 공급해 왔다": the background of today's state,
                # as English "since", holds at publication (GUIDE settled case)
                return TimeMatch(m.start(), m.end(), _since(m.group().strip(), published))
        text = m.group().strip()
        return TimeMatch(m.start(), m.end(), _make(kind, lo, hi, gran, text, published))

    # -- English --------------------------------------------------------------------------

    def _en_strict(self, m: re.Match[str], published: date) -> TimeMatch | None:
        """English expressions inside Korean text: only unambiguous ones (Q3 2025, H2)."""
        if m.group("qn") or m.group("qn2") or m.group("hn") or m.group("hn2") or m.group("ey2"):
            return self._en(m, published)
        return None

    def _en(self, m: re.Match[str], published: date) -> TimeMatch | None:
        g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
        pre = g["pre"] or ""
        period = self._en_period(g, published)
        if period is None:
            return None
        lo, hi, gran = period
        if g["year"] and not pre and not _year_context(m):
            return None
        if g["month"] and not g["my"] and not _dated_month(m, pre):
            return None
        if pre == "since":
            # "has supplied HBM3E to Nvidia since March 2024", "has been training there since
            # June": the background of today's state, which holds at publication (GUIDE)
            return TimeMatch(m.start(), m.end(), _since(m.group().strip(), published))
        kind = "point"
        if pre in _DEADLINE_EN:
            kind = "deadline"
            if hi < published and not any(g[k] for k in _YEAR_GROUPS):
                # "by the end of March", "by the end of the first quarter" said in October:
                # the next such date on or after publication (GUIDE, settled cases)
                lo, hi = _next_year(lo), _next_year(hi)
        elif pre in _OPEN_EN:
            kind = "open"
        elif pre in ("in", "") and _BEGIN_BEFORE.search(
            m.string[max(0, m.start() - 50) : m.start()]
        ):
            kind = "open"  # "beginning HBM4 shipments to Nvidia in 2Q26", "… begin … next year"
        text = m.group().strip()
        return TimeMatch(m.start(), m.end(), _make(kind, lo, hi, gran, text, published))

    def _en_period(
        self, g: dict[str, str | None], published: date
    ) -> tuple[date, date, str] | None:
        def year_of(value: str | None) -> int:
            if value is None:
                return published.year
            if value.isdigit():
                return int(value) if len(value) == 4 else 2000 + int(value)
            if value == "year":
                return published.year
            return published.year + _REL_EN.get(value, 0)

        if g["emon"]:
            mo = _MONTHS[g["emon"]]
            y = int(g["emy"]) if g["emy"] else nearest_year(mo, published)
            return _last_day(y, mo), _last_day(y, mo), "day"
        if g["exit"]:
            y = year_of(g["xy"])
            return date(y, 12, 31), date(y, 12, 31), "day"
        if g["ey"] or g["ey2"] or g["ey3"] or g["ye"]:
            y = year_of(g["ey"] or g["ey2"] or g["ey3"] or g["ey4"])
            return date(y, 12, 31), date(y, 12, 31), "day"
        if g["ord"] or g["qn"] or g["qn2"]:
            qn = _ORD[g["ord"]] if g["ord"] else int(g["qn"] or g["qn2"] or 1)
            y = year_of(g["qy"] or g["qy2"] or g["qy3"])
            if g["qend"]:
                return _last_day(y, 3 * qn), _last_day(y, 3 * qn), "day"
            return date(y, 3 * qn - 2, 1), _last_day(y, 3 * qn), "quarter"
        if g["hord"] or g["hn"] or g["hn2"]:
            first = g["hord"] in ("first", "front", "former") or "1" in (g["hn"], g["hn2"])
            y = year_of(g["hy"] or g["hy2"] or g["hy3"])
            if g["qend"]:
                last = _last_day(y, 6 if first else 12)
                return last, last, "day"
            return (
                (date(y, 1, 1), date(y, 6, 30), "month")
                if first
                else (date(y, 7, 1), date(y, 12, 31), "month")
            )
        if g["early"]:
            y = year_of(g["ely"])
            quarter = {"early": 1, "mid": 2, "late": 4}[g["early"] or "early"]
            if g["early"] == "mid":
                return date(y, 4, 1), date(y, 9, 30), "quarter"
            return date(y, 3 * quarter - 2, 1), _last_day(y, 3 * quarter), "quarter"
        if g["month"]:
            mo = _MONTHS[g["month"]]
            y = int(g["my"]) if g["my"] else nearest_year(mo, published)
            if g["day"] and 1 <= int(g["day"]) <= _last_day(y, mo).day:
                d = date(y, mo, int(g["day"]))
                return d, d, "day"
            return date(y, mo, 1), _last_day(y, mo), "month"
        if g["rely"] or g["year"]:
            y = year_of(g["rely"] or g["year"])
            return date(y, 1, 1), date(y, 12, 31), "year"
        return None


def nearest_year(month: int, published: date) -> int:
    """The year of a month named without one: the occurrence nearest the publication date
    ("at the end of December" in a January article is last December)."""
    candidates = (published.year - 1, published.year, published.year + 1)
    return min(candidates, key=lambda y: abs((date(y, month, 15) - published).days))


def _dated_month(m: re.Match[str], pre: str) -> bool:
    """A month without a year dates a claim only when capitalized and after a time
    preposition ("by December", "from March"); a bare "March 3" is usually the day
    something was said, and "May" is a verb as often as a month."""
    name = m.group("month")
    return name[0].isupper() and name.lower() != "may" and pre in _MONTH_PRE


def _year_context(m: re.Match[str]) -> bool:
    """A bare year needs a preposition before it (handled by ``pre``) or "fiscal"."""
    before = m.string[max(0, m.start() - 8) : m.start()].lower()
    return before.endswith(("fiscal ", "fy", "end of ", "early ", "late "))


# Months named relative to the publication ("지난달부터", "starting next month"). Only a
# start or a deadline dates a claim: a bare "last month" says when something was signed,
# and a signed deal holds at the publication date (GUIDE).
_KO_MONTH_REL = re.compile(
    r"(?P<rel>지난\s?달|지난달|이달|이번\s?달|다음\s?달|내달)\s?(?P<mod>부터|까지)"
)
_EN_MONTH_REL = re.compile(
    r"\b(?:(?P<pre>from|since|starting|beginning|by|until)\s)?(?P<rel>last|this|next)\smonth\b",
    re.IGNORECASE,
)
_MONTH_SHIFT = {
    "지난": -1,
    "last": -1,
    "이": 0,
    "이번": 0,
    "this": 0,
    "다음": 1,
    "내": 1,
    "next": 1,
}


def _relative_months(pattern: re.Pattern[str], sentence: str, published: date) -> list[TimeMatch]:
    out: list[TimeMatch] = []
    for m in pattern.finditer(sentence):
        word = re.sub(r"\s?달$|\s?month$", "", m.group("rel").lower().replace("지난달", "지난 달"))
        shift = _MONTH_SHIFT.get(word.strip(), 0)
        index = published.year * 12 + published.month - 1 + shift
        year, month = divmod(index, 12)
        lo, hi = date(year, month + 1, 1), _last_day(year, month + 1)
        mod = (m.groupdict().get("mod") or m.groupdict().get("pre") or "").lower()
        if mod in ("까지", "by", "until"):
            kind = "deadline"
        elif mod in ("부터", "from", "since", "starting", "beginning") or _BEGIN_BEFORE.search(
            sentence[max(0, m.start() - 80) : m.start()]
        ):
            kind = "open"
        else:
            continue
        text = m.group().strip()
        out.append(TimeMatch(m.start(), m.end(), _make(kind, lo, hi, "month", text, published)))
    return out


def _non_overlapping(found: list[TimeMatch]) -> list[TimeMatch]:
    kept: list[TimeMatch] = []
    for t in found:
        if not kept or t.start >= kept[-1].end:
            kept.append(t)
    return kept


# Quarters named relative to the publication ("this quarter", "by the end of next quarter")
# and spans counted from it ("over the next two years", "within 18 months"). A bare "last
# quarter" dates what was measured then; a span is a deadline at its last day.
_EN_QUARTER_REL = re.compile(
    r"\b(?:(?P<pre>by|from|since|starting|beginning|until|in|during|for)\s)?"
    r"(?:the\s)?(?P<qend>end\sof\s(?:the\s)?)?(?P<rel>this|next|last|current|coming|following)"
    r"\squarter\b",
    re.IGNORECASE,
)
_SPAN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "18": 18, "12": 12}
_EN_SPAN = re.compile(
    r"\b(?:over|within|in|during)\s(?:the\s)?(?:next|coming)\s(?:(?P<n>two|three|four|five|six|"
    r"\d{1,2})\s)?(?P<unit>years|months)\b"
    r"|\bwithin\s(?P<n2>two|three|four|five|six|\d{1,2})\s(?P<unit2>years|months)\b",
    re.IGNORECASE,
)
_QUARTER_SHIFT = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1}


def _relative_spans(sentence: str, published: date) -> list[TimeMatch]:
    out: list[TimeMatch] = []
    for m in _EN_QUARTER_REL.finditer(sentence):
        pre = (m.group("pre") or "").lower()
        shift = _QUARTER_SHIFT[m.group("rel").lower()]
        if shift < 0 and pre not in ("by", "from", "since", "in", "during"):
            continue
        index = published.year * 4 + (published.month - 1) // 3 + shift
        year, q = divmod(index, 4)
        lo, hi = date(year, 3 * q + 1, 1), _last_day(year, 3 * q + 3)
        if m.group("qend"):
            lo = hi
        kind = "deadline" if pre in _DEADLINE_EN else "open" if pre in _OPEN_EN else "point"
        valid = _make(kind, lo, hi, "day" if m.group("qend") else "quarter", m.group(), published)
        out.append(TimeMatch(m.start(), m.end(), valid))
    for m in _EN_SPAN.finditer(sentence):
        word = (m.group("n") or m.group("n2") or "").lower()
        count = int(word) if word.isdigit() else _SPAN_NUMBERS.get(word, 0)
        if not count:
            continue  # "in the coming months": no end said
        months = count * (12 if (m.group("unit") or m.group("unit2")).lower() == "years" else 1)
        index = published.year * 12 + published.month - 1 + months
        year, month = divmod(index, 12)
        end = date(year, month + 1, min(published.day, _last_day(year, month + 1).day))
        out.append(
            TimeMatch(
                m.start(), m.end(), _make("deadline", end, end, "month", m.group(), published)
            )
        )
    return out
