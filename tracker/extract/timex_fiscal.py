"""Fiscal and calendar years (FY2027, fiscal 2026, CY2027, 2027 회계연도) with a quarter, half
or end named before them, years an analyst marks as estimated ("2026E", "FY27E", "2027F"),
and quarters named by their last month ("the quarter ended Sept. 30", "the December
quarter"), for tracker.extract.timex_periods.

A fiscal year keeps its number as a calendar year (a company's fiscal calendar is not known
here) and says so in the valid text (:data:`FISCAL_NOTE`).
"""

from __future__ import annotations

import re
from datetime import date

from tracker.domain.claims import ValidTime
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
    nearest_year,
)

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


# -- years marked as estimates -------------------------------------------------------------

# "in 2026E", "FY27E", "CY2027F", "2027E 기준": a year an analyst marks as estimated (E) or
# forecast (F), as the columns of a broker's table are headed (tracker.extract.unit_tables).
# The mark says the year's figure is the analyst's projection (a forecast cue of its own,
# tracker.extract.modality), never that "2026" is an amount; the year itself stands bare
# ("capacity of 95k wafers per month (2026E)") where a plain year needs a preposition.
ESTIMATE_YEAR = re.compile(
    rf"(?<![\w$.,/-])(?:(?P<fy>FY|CY)\s?'?(?P<y1>{_YEAR}|\d\d)|(?P<y2>{_YEAR}))[EF](?![\w-])"
)
# a year's end named right after an estimate year ("2026E exit capacity", "2026E year-end
# capacity", "FY27E ending capacity", "CY26E exit run-rate")
_END_AFTER = re.compile(r"\s(?:exit(?:ing)?|year[-\s]end|ending|end-of-year)\b", re.I)
# the same, as the gate timex_periods tests a sentence with before running the finders (a
# Korean particle may follow the mark: "2026E에")
ESTIMATE_MARK = re.compile(r"\d[EF](?![A-Za-z0-9_-])")


def _estimates_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in ESTIMATE_YEAR.finditer(sentence):
        if labels_figure_after(sentence, m.start()):
            continue  # "…, year-end): 2025: 75k, 2026E: 95k": a row's label (below)
        year = _year_of(m.group("y1") or m.group("y2"))
        begin, period = _part_of_year(sentence, m.start(), year)
        end = m.end()
        if (tail := _END_AFTER.match(sentence, end)) is not None:
            # "2026E exit capacity", "2027E year-end": a broker's figure for the year's end
            period, end = (date(year, 12, 31), date(year, 12, 31), "day"), tail.end()
        t = _en_match(sentence, begin, end, period, published, dated=True)
        out.append(TimeMatch(t.start, t.end, _fiscal_valid(t.valid, m.group("fy") == "FY")))
    return out


# in Korean a particle may follow the mark ("2026E에", "2027E의"); a Latin letter may not
_KO_ESTIMATE_YEAR = re.compile(
    ESTIMATE_YEAR.pattern.replace(r"[EF](?![\w-])", r"[EF](?![A-Za-z0-9_-])")
    + r"(?P<end>\s?말)?(?P<mod>\s?(?:까지|부터는|부터|이후|안에|내에|중))?"
)


def _estimates_ko(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _KO_ESTIMATE_YEAR.finditer(sentence):
        period = _year_period(_year_of(m.group("y1") or m.group("y2")))
        if m.group("end"):  # "2026E 말": the year's last day
            period = (period[1], period[1], "day")
        t = _ko_match(m, period, published)
        out.append(TimeMatch(t.start, t.end, _fiscal_valid(t.valid, m.group("fy") == "FY")))
    return out


# -- a year's exit --------------------------------------------------------------------------

# "2026E exit capacity at 120k wpm", "2025A exit capacity, about 75k", "the 2026 exit rate":
# a channel check's level at the year's exit, its last day (as "exiting 2026E" is), the year
# marked actual (A) or estimated (E, F) or not
_EXIT_YEAR = re.compile(
    rf"(?<![\w$.,/-])(?P<y>{_YEAR})(?P<mark>[AEF])?\s(?:exit(?:[\s-]rate)?|year[\s-]end)\b"
)
EXIT_YEAR_GATE = re.compile(r"\d[AEF]?\s(?:exit|year[\s-]end)")


def _exit_years_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    for m in _EXIT_YEAR.finditer(sentence):
        last = _year_period(int(m.group("y")))[1]
        valid = make("point", last, last, "day", m.group(), published)
        out.append(TimeMatch(m.start(), m.end(), valid))
    return out


# "For 2027E we pencil in 150k wpm exiting the year": "the year" is the one the sentence
# named before it, not the publication's
_THE_YEAR_LEFT = re.compile(
    r"(?:exit(?:s|ed|ing)?|end(?:s|ed|ing)|clos(?:es|ed|ing))\s(?:the\s)?year$"
    r"|end\sof\sthe\syear$",
    re.I,
)
_NAMED_YEAR = re.compile(rf"(?<!\d)(?P<y>{_YEAR})[AEF]?(?![\d])")


def year_named_before(sentence: str, found: list[TimeMatch], published: date) -> list[TimeMatch]:
    """English times with the exit or end of "the year" dated by the one year named before
    them in the sentence (a year of its own, "For 2027E", "In 2026,"); a due date already
    past dates the state reached then, a point (as :func:`make` reads one)."""
    out: list[TimeMatch] = []
    for t in found:
        named = {
            int(y.group("y"))
            for e in out
            if e.valid.granularity == "year" and not e.weak
            for y in _NAMED_YEAR.finditer(sentence, e.start, e.end)
        }
        if len(named) == 1 and _THE_YEAR_LEFT.search(sentence, t.start, t.end):
            out.append(_year_end_of(t, named.pop(), published))
        else:
            out.append(t)
    return out


def _year_end_of(t: TimeMatch, year: int, published: date) -> TimeMatch:
    """``t`` (the exit or end of "the year") moved to the end of ``year``."""
    last = date(year, 12, 31)
    if t.valid.end == last:
        return t
    if t.valid.kind == "deadline" and last >= published:
        update: dict[str, object] = {"end": last}  # "by the end of the year": due that year
    else:
        update = {"start": last, "end": last, "kind": "point"}
    return TimeMatch(t.start, t.end, t.valid.model_copy(update=update), t.weak)


# -- years labelling a figure ---------------------------------------------------------------

# "GPU count: 2025: 35k, 2026: 60k", "2025, 250,000; 2026, 400,000": a table's year columns
# told in one line of prose, each year the label of the figure right after it (a colon or a
# comma between). Only a year that opens the line or follows a label's colon, a semicolon, a
# comma or a bracket: "by 2025, 250,000 …" is the base grammar's deadline.
_YEAR_LABEL = re.compile(
    rf"(?:^|(?<=[:;(]\s)|(?<=[:;(])|(?<=,\s))(?P<y>{_YEAR})(?P<mark>[AEF])?(?::|,)\s"
    r"(?=(?:(?:about|around|roughly|some|nearly|over|~)\s?)?\$?\d)"
)
# a line that says its figures are each year's last ("(year-end)", "end of period")
_AT_YEAR_END = re.compile(r"year[-\s]end|end[-\s]of[-\s](?:the\s)?(?:year|period)", re.I)


def labels_figure_after(sentence: str, pos: int) -> bool:
    """Whether the time at ``pos`` is a year labelling the figure after it ("2026: 400k"),
    which dates that figure only, never one told before it."""
    return sentence[pos : pos + 2] in ("19", "20") and _YEAR_LABEL.match(sentence, pos) is not None


def _year_labels_en(sentence: str, published: date) -> list[TimeMatch]:
    out = []
    at_end = _AT_YEAR_END.search(sentence)
    for m in _YEAR_LABEL.finditer(sentence):
        period = _year_period(int(m.group("y")))
        if at_end is not None and at_end.start() < m.start():
            period = (period[1], period[1], "day")
        valid = make("point", *period, m.group("y") + (m.group("mark") or ""), published)
        out.append(TimeMatch(m.start(), m.start() + 4 + bool(m.group("mark")), valid))
    return out


def _year_period(year: int) -> Period:
    return date(year, 1, 1), date(year, 12, 31), "year"
