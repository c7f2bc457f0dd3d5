"""Time expressions beyond the year/half/quarter/month grammar of tracker.extract.timex:
periods counted from the publication (this month, last quarter, within two years, 향후 3년간,
later this year), seasons, fiscal and calendar years, quarters named by their last month,
full dates in digits, days of the month (지난 3일) and ranges of years.

The finders live by kind in timex_relative (counted from the publication), timex_seasons,
timex_fiscal (fiscal and calendar years, quarters named by their last month) and timex_dates
(dates in digits, days of the month, ranges of years); this module runs them. Each finder is
gated by a cheap substring test, so a sentence without its words costs one ``in`` check.
Matches here are more specific than the base grammar's reading of the same words and
replace it where they overlap ("by 2026-11-03" is a day, not the year 2026).

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

from tracker.extract.timex_base import TimeMatch
from tracker.extract.timex_dates import _ko_days, _numeric_en, _numeric_ko, _years_en, _years_ko
from tracker.extract.timex_fiscal import (
    ESTIMATE_MARK,
    EXIT_YEAR_GATE,
    _estimates_en,
    _estimates_ko,
    _exit_years_en,
    _fiscal_en,
    _fiscal_ko,
    _quarter_ended,
    _year_labels_en,
)
from tracker.extract.timex_relative import (
    _edges,
    _later_this_year,
    _month_rel_en,
    _month_rel_ko,
    _quarter_rel_en,
    _quarter_rel_ko,
    _span_en,
    _span_ko,
)
from tracker.extract.timex_seasons import _season_en, _season_ko

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
    "midyear": (_edges,),
    "mid-year": (_edges,),
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
    (re.compile(r"year[\s-]end", re.IGNORECASE), _edges),  # "at this year end"
    (ESTIMATE_MARK, _estimates_en),  # "in 2026E", "FY27E"
    (EXIT_YEAR_GATE, _exit_years_en),  # "2026E exit capacity"
    (re.compile(r"(?:19|20)\d\d[AEF]?[:,]\s"), _year_labels_en),  # "2025: 35k, 2026: 60k"
)
_KO_PATTERNS: tuple[tuple[re.Pattern[str], Finder], ...] = (
    (re.compile(r"\d[-./]\d{1,2}[-./]\d"), _numeric_ko),
    (ESTIMATE_MARK, _estimates_ko),  # "2026E 기준", "FY27E"
)


def _alternation(words: Mapping[str, tuple[Finder, ...]]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_EN_SCAN = _alternation(_EN_WORDS)
_KO_SCAN = _alternation(_KO_WORDS)
