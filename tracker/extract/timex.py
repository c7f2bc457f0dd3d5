"""Time expressions in English and Korean, resolved against the publication date into
SPEC's ``valid`` object.

Each expression is a *period* (a year, half, quarter, month, day, the year's end or
start) and a *mode* given by the words around it: "by"/"까지" make a deadline (due by the
period's end, said on the publication date), "from"/"부터" an open interval from the
period's start, and anything else a point covering the period. Relative years (내년, next
year, 올해, this year, 지난해, last year) count from the publication year; a half or
quarter with no year is in the publication year. Times that date an act: :mod:`timex_acts`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract import timex_periods
from tracker.extract.done_ko import told_done_ko
from tracker.extract.patterns import by_first_char, caseless_pairs
from tracker.extract.text import FOLDS_TO_ASCII
from tracker.extract.timex_acts import (
    _DEAL_AFTER,
    _DEAL_BEFORE,
    _DELIVERED,
    _EN_DONE_ACT,
    _EVENT_OF_YEAR_AFTER,
    _EVENT_OF_YEAR_BEFORE,
    _FOR_DELIVERY,
    _KO_DONE_NOW,
    _KO_TOLD_AT,
    _LED_BEFORE,
    _MADE,
    _SIGNED,
    _TOLD,
    _ko_begun,
    _ko_event_time,
    _signing_time,
    _weekdays_ahead,
    ko_past_act,
)
from tracker.extract.timex_base import (
    KO_HAS_BEEN,
    MONTHS,
    TimeMatch,
    judged_horizon,
    last_day,
    last_year_same_day,
    make,
    nearest_year,
    non_overlapping,
    overriding,
    point_at,
    resolve_en,
    since,
)
from tracker.extract.timex_fiscal import year_named_before
from tracker.extract.timex_relative import counted_span
from tracker.extract.timex_translated import bare_relative_pre

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
_MONTHS = MONTHS

_KO = re.compile(
    r"(?=(?:19|20)\d\d\s?년|올해|금년|내년|내후년|이듬해|지난해|작년|전년|올\s|상반기|하반기|"
    r"[1-4]\s?분기|1[0-2]\s?월|0?[1-9]\s?월|연말|연초|연내)"
    r"(?:(?P<y>(?:19|20)\d\d)\s?년도?|(?P<rel>올해|금년|내년도|내년|내후년|이듬해|지난해|작년|전년|올)"
    r"(?=[\s상하0-9말초연]|$|까지|부터|에|엔|의|는|(?<=해)도|중))?"
    r"\s?"
    r"(?:(?P<half>상반기|하반기)|(?P<q>[1-4])\s?분기(?P<qend>\s?말)?|(?P<m>1[0-2]|0?[1-9])\s?월(?:\s?(?P<d>0?[1-9]|[12]\d|3[01])\s?일)?"
    r"(?P<mend>\s?말)?|(?P<end>연말|말)|(?P<early>연초|초반|초)|(?P<mid>중반)|(?P<late>후반)"
    r"|(?P<within>연내|중(?![가-힣])))?"
    # "올해 안": within the period (not "안팎"); "올해 중" (not "중국", "중요") is within the
    # year, but "3분기 중" is during the quarter, a point (gold: ko-503, ko-805)
    r"(?P<mod>\s?(?:까지|부터는|부터|이후|이전|안에|안으로|내에|이내|안(?![가-힣])))?"
)
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
    # never inside a word: the "in" of "deliveries begin next year" is no preposition
    r"(?i:(?<![A-Za-z])(?P<pre>"
    + by_first_char(
        [
            *("by", "from", "since", r"starting(?:\sin|\sfrom)?", r"beginning(?:\sin)?"),
            *("as of", "until", "through", "in", "at", "during", "for", "before"),
            *("as early as", "as soon as", "within", r"no\slater\sthan"),
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
    rf"(?:the\s)?(?:(?P<xord>first|second|third|fourth)\s)?"
    rf"(?P<xy>{_YEAR_EN}|this year|next year|last year|year|quarter(?:\sof\s(?P<xqy>{_YEAR_EN}))?)"
    rf"|(?:the\s)?(?:end|close)(?:\sof)?\s(?:the\s)?"
    rf"(?P<ey>{_YEAR_EN}|this year|next year|last year|the year|year)"
    rf"|end-(?P<ey2>{_YEAR_EN})|(?P<ey3>{_YEAR_EN})-end|(?P<ye>year[-\s]end)(?:\s(?P<ey4>{_YEAR_EN}))?"
    # "by the end of Q2 2026", "at the end of the third quarter": the quarter's last day
    rf"|(?P<qend>(?:the\s)?end\sof\s(?:the\s)?)?(?:"
    rf"(?:the\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s(?:calendar\s|fiscal\s)?"
    rf"quarter(?:\s(?:of\s)?(?P<qy>{_YEAR_EN}|{_RELY_EN}))?"
    rf"|q(?P<qn>[1-4])(?:\s|-|')?(?P<qy2>(?:19|20)?\d\d)?(?![\d])"
    rf"|(?P<qn2>[1-4])q(?:(?P<qy3>\d\d)|\s(?P<qy4>{_YEAR_EN}))(?![\d])"
    rf"|(?:the\s)?(?P<hord>first|second|back|front|latter|former)\shalf"
    rf"(?:\sof\s(?P<hy>{_YEAR_EN}|{_RELY_EN}))?"
    rf"|h(?P<hn>[12])(?:\s?(?P<hy2>{_YEAR_EN})|'(?P<hy4>\d\d))?"
    rf"|(?P<hn2>[12])h(?:\s?'?(?P<hy3>\d\d)|\s(?P<hy5>{_YEAR_EN}))(?![\d]))"
    rf"|(?P<early>early|late|mid)[\s-](?P<ely>{_YEAR_EN}|{_RELY_EN})"
    rf"|(?P<month>{_MONTH_EN})\.?(?:\s(?P<day>[1-3]?\d)(?!\d))?(?:,?\s(?P<my>{_YEAR_EN}))?"
    rf"|(?P<rely>{_RELY_EN})"
    rf"|(?P<year>{_YEAR_EN})"
    r")(?![\w])"
)
_EN_HINT_WORDS = (
    r"\d{4}|quarter|half|\bq[1-4]|\b[1-4]q\s?\d|\bh[12]\b|\b[12]h\s?'?\d|year|end-|early|late|mid|exit|"
    r"jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec"
)
_EN_HINT = re.compile(_EN_HINT_WORDS, re.IGNORECASE)
# The same gate on the lowered sentence, case-sensitive and in two cheaper parts: the plain
# words, each a substring search, and the digits and period codes, one pattern that opens
# with a character set (the engine skips in C to the next digit, q or h; the word
# boundaries are lookbehinds behind the first character). Together they say what _EN_HINT
# says (tests/test_extract_fast_patterns.py) at a third of the cost of one alternation
# tried at every position. Case-insensitive matching also lets four non-ASCII letters
# stand for ASCII ones (İ ı -> i, ſ -> s, K -> k) that lower() does not turn into them,
# so a sentence holding one keeps the IGNORECASE gate.
_EN_HINT_PLAIN = (
    *("year", "quarter", "half", "end-", "early", "late", "mid", "exit"),
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
)
_EN_HINT_CODES = re.compile(
    r"[\dqh](?:(?<=\d)\d{3}|(?<=q)(?<!\wq)[1-4]|(?<=[1-4])(?<!\w.)q\s?\d"
    r"|(?<=h)(?<!\wh)[12]\b|(?<=[12])(?<!\w.)h\s?'?\d)"
)


def _en_hinted(sentence: str) -> bool:
    """Whether the sentence holds any word an English time expression needs."""
    if FOLDS_TO_ASCII.search(sentence) is not None:
        return _EN_HINT.search(sentence) is not None
    lowered = sentence.lower()
    for word in _EN_HINT_PLAIN:
        if word in lowered:
            return True
    return _EN_HINT_CODES.search(lowered) is not None


# Q3, 3Q25, H2, 2H'26, end-2026 in a Korean sentence: the alternation
# ``[qQ][1-4]|[1-4][qQ]\d|[hH][12]|[12][hH]\s?'?\d|end-\d`` (any case) written to open with
# one character set, so the engine skips in C to the next place one can start (no other
# character folds to q, h, e, n or d under IGNORECASE, so the explicit cases are the same).
_EN_STRICT_HINT = re.compile(
    r"[qQhH1-4eE](?:(?<=[qQ])[1-4]|(?<=[1-4])[qQ]\d|(?<=[hH])[12]|(?<=[12])[hH]\s?'?\d"
    r"|(?<=[eE])[nN][dD]-\d)"
)
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
    "no later than",
}
_TODAY = re.compile(r"(?<!said\s)(?<!announced\s)\b(?:today|right now|at present)\b(?!['’]s)", re.I)
_ON = re.compile(r"\b[Oo]n\s$")
_YEAR_GROUPS = (
    *("emy", "xy", "ey", "ey2", "ey3", "ey4", "qy", "qy2", "qy3", "qy4", "hy", "hy2", "hy3"),
    *("hy4", "hy5"),
    *("ely", "my", "rely", "year"),
)


# "6월 현재", "9월 기준": as of the month
_KO_AS_OF = re.compile(r"\s?(?:현재|기준)")
# "9월 중", "11월 중에": during that month (GUIDE, session 16: "N월 중" is during the month,
# as "3분기 중" is during the quarter), not "9월 중순" (its middle third)
_KO_DURING = re.compile(r"\s?중(?:에|으로)?(?![가-힣])")


# a past launch before its month: "made Ironwood generally available to cloud customers in
# November", "became available in EC2 in December" (the launch's time; the offer it began
# holds at publication, as a delivery's month dates only the delivery)
_MADE_AVAILABLE = re.compile(
    r"\b(?:made|became|went|were\smade|was\smade)\s(?:[^.;]{0,60}?\s)?(?:generally\s)?"
    r"available\b[^.;]{0,60}?\s$",
    re.I,
)


def _weak_en(
    m: re.Match[str],
    g: dict[str, str | None],
    pre: str,
    period: tuple[date, date, str],
    published: date,
    before: str,
    after: str,
) -> bool:
    """Whether an English time dates an event the fact follows from (a signing, a
    delivery, a telling) rather than the fact: read, but weak."""
    # "On July 3, 2025, we entered into an agreement": a past day after "on" dates the
    # event (the signing), not the state it left (GUIDE: a signed deal holds at
    # publication)
    weak = bool(not pre and period[2] == "day" and period[1] < published and _ON.search(before))
    if not pre and g["rely"] in ("last year", "this year") and _EN_DONE_ACT.search(before):
        weak = True  # GUIDE: a past act's time ("signed last month") stays at publication
    if not pre and g["rely"] == "last year" and _LED_BEFORE.search(before):
        weak = True  # "ASML, which led Mistral's Series C last year with €1.3 billion"
    if pre in ("in", "on", "at", "during") and _TOLD.search(before):
        weak = True  # "…, the company told investors in January": when it was said
    if _FOR_DELIVERY.search(before):
        weak = True  # "has ordered 100,000 chips for delivery this year": the delivery's
    if (
        not pre
        and period[1] < published
        and _EVENT_OF_YEAR_BEFORE.search(before)
        and _EVENT_OF_YEAR_AFTER.match(after)
    ):
        weak = True  # "holds 27% after last year's recapitalisation": the event's time
    if pre in ("in", "on", "during") and period[1] < published and _MADE.search(before):
        weak = True  # "Our investment in Anthropic, made in 2023, …": the making's time
    if pre in ("in", "on", "during") and period[1] < published and _SIGNED.search(before):
        weak = True  # "under a supply agreement signed in February": the signing's time
    done = period[1] < published or not g["my"]  # a month with no year: the last one
    if pre == "in" and done and g["month"] and _DELIVERED.search(before):
        weak = True  # "took delivery of its first racks from Dell in July": the event's
    if pre == "in" and done and g["month"] and _MADE_AVAILABLE.search(before):
        weak = True  # "made Ironwood generally available to customers in November"
    # "In October it signed …" said in August: a month with no year heading a past act
    # is the last October, however near the next one is
    past = period[1] < published or bool(g["month"] and not g["my"])
    if pre in ("in", "on") and past and _signing_time(m, before, after):
        weak = True  # "In October, Nvidia agreed to put …": the signing's time
    if (
        not pre
        and period[1] < published
        and _DEAL_BEFORE.search(before)
        and _DEAL_AFTER.match(after)
    ):
        weak = True  # "Under its October 2025 agreement with Google": the signing's
    return bool(weak)


class TimeRecognizer:
    """Finds time expressions in one sentence and resolves them against a date."""

    def find(self, sentence: str, language: str, published: date) -> list[TimeMatch]:
        """The times that date claims, in order (weak ones, which date events, left out)."""
        return [t for t in self.find_all(sentence, language, published) if not t.weak]

    def find_all(self, sentence: str, language: str, published: date) -> list[TimeMatch]:
        """Every time expression, in order, weak ones (see :class:`TimeMatch`) included
        where no claim-dating one covers the same words."""
        found = self._ko_all(sentence, published) if language == "ko" else None
        if found is None:
            found = self._en_all(sentence, published)
        found = overriding(found, timex_periods.find(sentence, language, published))
        if language == "ko":
            found = [_ko_begun(t, sentence, published) for t in found]
        if language != "ko":
            found = [t for t in found if not judged_horizon(sentence, t.start)]
            found = year_named_before(sentence, found, published)  # "For 2027E … exiting the year"
        strong = [t for t in found if not t.weak]
        weak = [t for t in found if t.weak]
        if weak:
            weak = [w for w in weak if not any(w.start < t.end and t.start < w.end for t in strong)]
            return non_overlapping([*strong, *weak])
        return strong

    def _ko_all(self, sentence: str, published: date) -> list[TimeMatch]:
        found = [t for m in _KO.finditer(sentence) if (t := self._ko(m, published))]
        if _EN_STRICT_HINT.search(sentence):
            found += [t for m in _EN.finditer(sentence) if (t := self._en_strict(m, published))]
        return non_overlapping(found)

    def _en_all(self, sentence: str, published: date) -> list[TimeMatch]:
        found: list[TimeMatch] = []
        if _en_hinted(sentence):
            found = [t for m in _EN.finditer(sentence) if (t := self._en(m, published))]
        if "day " in sentence or "day," in sentence or "day." in sentence:
            found += _weekdays_ahead(sentence, published)
            found.sort(key=lambda t: t.start)
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
        part = next(
            (k for k in ("half", "q", "m", "end", "early", "mid", "late", "within") if g[k]), None
        )
        if not has_year and (part is None or g[part] in ("말", "초", "초반", "중", "중반", "후반")):
            return None
        if (
            not has_year
            and part == "m"
            and not (g["mod"] or g["mend"] or g["d"])
            and _KO_AS_OF.match(m.string, m.end()) is None
            and _KO_DURING.match(m.string, m.end()) is None
        ):
            return None  # "9월" alone is too weak to date a claim; "6월 현재", "9월 중" do
        if g["rel"] == "올" and part is None:
            return None
        year = int(g["y"]) if g["y"] else published.year + _REL_KO.get(g["rel"] or "", 0)
        if part == "m" and not has_year:
            year = nearest_year(int(g["m"]), published)
        lo, hi, gran = _ko_period(g, part, year)
        kind = "deadline" if part == "within" else "point"
        mod = (g["mod"] or "").strip()
        if mod in {"까지", "이전", "안에", "안으로", "내에", "이내", "안"}:
            # "올해 안에", "상반기 내에": within the period, a deadline at its end (GUIDE)
            kind = "deadline"
            if not has_year and hi < published and not _ko_told_done_after(m):
                # "2월 말까지 확보할 계획" said in March: the next such date on or after
                # publication (GUIDE: "by the end of March" when no year is said)
                lo, hi, gran = _ko_period(g, part, year + 1)
        elif mod.startswith("부터") or mod == "이후":
            kind = "open"
            if lo < published and KO_HAS_BEEN.search(m.string, m.end(), m.end() + 40):
                # "지난해부터 엔비디아에 HBM4를 공급해 왔다": the background of today's state,
                # as English "since", holds at publication (GUIDE settled case)
                return TimeMatch(m.start(), m.end(), since(m.group().strip(), published))
        text = m.group().strip()
        weak = kind == "point" and _ko_event_time(m, part, published)
        if kind == "point" and g["y"] and not g["rel"] and part in (None, "m", "q", "half"):
            # "KT는 2025년 3월 델과 … 계약을 맺었다": the signing's month, as "지난달 계약"
            weak = weak or ko_past_act(m, published, hi, made=False)
        if kind == "point" and hi < published and _KO_TOLD_AT.match(m.string, m.end()):
            weak = True
        if kind == "point" and hi < published and _KO_DONE_NOW.match(m.string, m.end()):
            weak = True  # "올해 1분기 중 설치를 마치고 현재 운용하고 있습니다": today's fleet
        return TimeMatch(m.start(), m.end(), make(kind, lo, hi, gran, text, published), weak)

    # -- English --------------------------------------------------------------------------

    def _en_strict(self, m: re.Match[str], published: date) -> TimeMatch | None:
        """English expressions inside Korean text: only unambiguous ones (Q3 2025, H2)."""
        if m.group("qn") or m.group("qn2") or m.group("hn") or m.group("hn2") or m.group("ey2"):
            return self._en(m, published)
        return None

    def _en(self, m: re.Match[str], published: date) -> TimeMatch | None:
        g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
        pre = bare_relative_pre(g["pre"] or "", g["rely"])  # "in last year" = "last year"
        period = self._en_period(g, published)
        if period is None:
            return None
        if g["year"] and not pre and not _year_context(m):
            return None
        if g["rely"] == "the year" and _TURN_OF.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # "passed a million chips around the turn of the year": no period
        text = m.group().strip()
        if g["month"] and not g["my"] and _bracketed_day(m, g):
            # "250,000 GPUs (June 30)": a day alone in brackets after a figure is the day it
            # was counted on, as "as of June 30" is; a count is taken, so not a day to come
            if period[0] > published:
                day = last_year_same_day(period[0])
                period = (day, day, period[2])
            pre = "as of"
        elif g["month"] and not g["my"] and not _dated_month(m, pre):
            if not (g["day"] and m.group("month")[0].isupper()):
                return None
            # "said on Nov. 3": the day of the telling, read but weak
            return TimeMatch(m.start(), m.end(), make("point", *period, text, published), True)
        dated = any(g[k] for k in _YEAR_GROUPS)
        if (
            not dated
            and pre in _AHEAD_PRE
            and period[1] < published
            and _part_of_year(g)
            and not _told_as_done(m)
        ):
            # "from the first quarter" said in November: the next one (GUIDE: the next such
            # date on or after publication when no year is said)
            period = (next_year_same(period[0]), next_year_same(period[1]), period[2])
        if period[2] == "day" and "the year" in text.lower():
            period = _named_year_end(m, period, published)
        before = m.string[max(0, m.start() - 100) : m.start()]
        after = m.string[m.end() : m.end() + 60]
        valid = resolve_en(pre, period, text, published, dated=dated, before=before, after=after)
        if period[0] <= published <= period[1] and (
            _SO_FAR.search(before) or _TO_DATE.match(after)
        ):
            # "has bought 20,000 chips so far this year", "40,000 GPUs this year to date": a
            # running total of the period under way is today's state, at publication
            valid = point_at(published)
        weak = _weak_en(m, g, pre, period, published, before, after)
        return TimeMatch(m.start(), m.end(), valid, weak)

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
            return last_day(y, mo), last_day(y, mo), "day"
        if g["exit"] and g["xord"] and (g["xy"] or "").startswith("quarter"):
            # "ended the second quarter with 330,000 GPUs": that quarter's last day
            if g["xqy"]:
                end = last_day(int(g["xqy"]), 3 * _ORD[g["xord"]])
                return end, end, "day"
            return _named_quarter_end(g["exit"], _ORD[g["xord"]], published)
        if g["exit"]:
            what = "quarter" if (g["xy"] or "").startswith("quarter") else g["xy"] or ""
            return _exit_day(g["exit"], what, published, year_of(g["xy"]))
        if g["ey"] or g["ey2"] or g["ey3"] or g["ye"]:
            y = year_of(g["ey"] or g["ey2"] or g["ey3"] or g["ey4"])
            return date(y, 12, 31), date(y, 12, 31), "day"
        if g["ord"] or g["qn"] or g["qn2"]:
            qn = _ORD[g["ord"]] if g["ord"] else int(g["qn"] or g["qn2"] or 1)
            y = year_of(g["qy"] or g["qy2"] or g["qy3"] or g["qy4"])
            if g["qend"]:
                return last_day(y, 3 * qn), last_day(y, 3 * qn), "day"
            return date(y, 3 * qn - 2, 1), last_day(y, 3 * qn), "quarter"
        if g["hord"] or g["hn"] or g["hn2"]:
            first = g["hord"] in ("first", "front", "former") or "1" in (g["hn"], g["hn2"])
            y = year_of(g["hy"] or g["hy2"] or g["hy3"] or g["hy4"] or g["hy5"])
            if g["qend"]:
                last = last_day(y, 6 if first else 12)
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
            return date(y, 3 * quarter - 2, 1), last_day(y, 3 * quarter), "quarter"
        if g["month"]:
            mo = _MONTHS[g["month"]]
            y = int(g["my"]) if g["my"] else nearest_year(mo, published)
            if g["day"] and 1 <= int(g["day"]) <= last_day(y, mo).day:
                d = date(y, mo, int(g["day"]))
                return d, d, "day"
            return date(y, mo, 1), last_day(y, mo), "month"
        if g["rely"] or g["year"]:
            y = year_of(g["rely"] or g["year"])
            return date(y, 1, 1), date(y, 12, 31), "year"
        return None


# a running total of the period under way: "so far this year", "so far in 2026", "this year
# to date"
_SO_FAR = re.compile(r"\bso\sfar\s$", re.IGNORECASE)
_TO_DATE = re.compile(r"\s?to\sdate\b", re.IGNORECASE)
# a year a sentence is about: after in/for ("In 2027", "for calendar 2027") or marked as a
# broker's estimate ("2027E"); "a 2028 launch" names an event's year, not the sentence's
_NAMED_YEAR = re.compile(
    r"(?:\b(?:[Ii]n|[Ff]or|[Dd]uring)\s(?:calendar\s)?((?:19|20)\d\d)"
    r"|(?<![\w$.,/-])((?:19|20)\d\d)[EF])(?![\w-])"
)


def _named_year_end(
    m: re.Match[str], period: tuple[date, date, str], published: date
) -> tuple[date, date, str]:
    """The end of "the year" a figure exits or ends as the later year the sentence is about
    ("For 2027E we pencil in 150k wpm exiting the year", "In 2028 the company should end
    the year at …"): a year after publication's, named earlier in the sentence, is the year
    meant; "the year" alone, after a past year told as background, or in a deadline ("by
    the end of the year") is the publication's."""
    if period[0] != date(published.year, 12, 31) or m.group().lower().startswith("by"):
        return period  # "by the end of the year": the publication's, whatever was named
    years = [int(a or b) for a, b in _NAMED_YEAR.findall(m.string, 0, m.start())]
    if not years or years[-1] <= published.year:
        return period
    end = date(years[-1], 12, 31)
    return end, end, period[2]


def _ko_told_done_after(m: re.Match[str]) -> bool:
    """Whether the Korean sentence after a time tells its act as done ("2월 말까지 6만 장을
    확보했다": the state reached by then), up to the sentence's end."""
    rest = re.split(r"(?<=[다요])\.|\n", m.string[m.end() :], maxsplit=1)[0]
    return told_done_ko(rest)


def _ko_period(g: dict[str, str | None], part: str | None, year: int) -> tuple[date, date, str]:
    """The first and last day of the Korean period ``part`` of ``year``: a half, a quarter
    (its last day after 말), a month or a day, the year's end, its first quarter (초, 초반),
    middle two quarters (중반) or last quarter (후반), else the whole year."""
    if part == "half":
        if g["half"] == "상반기":
            return date(year, 1, 1), date(year, 6, 30), "month"
        return date(year, 7, 1), date(year, 12, 31), "month"
    if part == "q":
        qn = int(g["q"] or 1)
        hi = last_day(year, 3 * qn)
        if g["qend"]:
            return hi, hi, "day"  # "2분기 말": the quarter's last day
        return date(year, 3 * qn - 2, 1), hi, "quarter"
    if part == "m":
        month = int(g["m"] or 1)
        hi = last_day(year, month)
        if g["d"] and 1 <= int(g["d"]) <= hi.day:
            day = date(year, month, int(g["d"]))
            return day, day, "day"
        if g["mend"]:
            return hi, hi, "day"
        return date(year, month, 1), hi, "month"
    if part == "end":
        return date(year, 12, 31), date(year, 12, 31), "day"
    if part == "early":
        return date(year, 1, 1), date(year, 3, 31), "quarter"
    if part == "mid":  # "내년 중반": the middle two quarters, as "mid-2026"
        return date(year, 4, 1), date(year, 9, 30), "quarter"
    if part == "late":  # "2026년 후반": the last quarter, as "late 2026"
        return date(year, 10, 1), date(year, 12, 31), "quarter"
    return date(year, 1, 1), date(year, 12, 31), "year"


# prepositions that look ahead from publication: a quarter or half they name with no year is
# the next one
_AHEAD_PRE = frozenset(
    {"from", "starting", "starting in", "starting from", "beginning", "beginning in", "by"}
    | {"as early as", "as soon as", "no later than", "until"}
)


def _part_of_year(g: dict[str, str | None]) -> bool:
    """Whether the expression names a quarter or a half (not a month, season or year)."""
    return bool(g["ord"] or g["qn"] or g["qn2"] or g["hord"] or g["hn"] or g["hn2"])


def next_year_same(day: date) -> date:
    """The same day a year later (quarter and half bounds never fall on Feb 29)."""
    return day.replace(year=day.year + 1)


def _dated_month(m: re.Match[str], pre: str) -> bool:
    """A month without a year dates a claim only when capitalized and after a time
    preposition ("by December", "from March"); a bare "March 3" is usually the day
    something was said, and "May" is a verb as often as a month."""
    name = m.group("month")
    return name[0].isupper() and name.lower() != "may" and pre in _MONTH_PRE


def _bracketed_day(m: re.Match[str], g: dict[str, str | None]) -> bool:
    """A capitalized month and day with no preposition, alone in brackets: "(June 30)"."""
    s = m.string
    return (
        bool(g["day"])
        and not g["pre"]
        and m.group("month")[0].isupper()
        # a few characters either side: a copy of the sentence's prefix per match would be
        # quadratic on a long document
        and s[max(0, m.start() - 4) : m.start()].rstrip().endswith("(")
        and s[m.end() : m.end() + 4].lstrip().startswith(")")
    )


def _exit_day(verb: str, what: str, published: date, year: int) -> tuple[date, date, str]:
    """The day "ended the year" or "exited the quarter" points at. In the past tense ("ended
    the quarter with 250,000 GPUs", said in November) a year or quarter not yet over is the
    last one that is; otherwise the current one ("will exit the year at")."""
    past = verb.endswith(("ed", "ped"))
    if what == "quarter":
        end = _quarter_end(published)
        if past and end > published:
            end = _quarter_end(date(end.year, end.month - 2, 1) - timedelta(days=1))
        return end, end, "day"
    if past and what in ("year", "the year") and date(year, 12, 31) > published:
        year -= 1
    return date(year, 12, 31), date(year, 12, 31), "day"


def _named_quarter_end(verb: str, quarter: int, published: date) -> tuple[date, date, str]:
    """The last day of the named quarter of the publication year; in the past tense, of
    the last such quarter already over ("ended the fourth quarter with …" said in March)."""
    end = last_day(published.year, 3 * quarter)
    if verb.endswith(("ed", "ped")) and end > published:
        end = last_day(published.year - 1, 3 * quarter)
    return end, end, "day"


def _quarter_end(day: date) -> date:
    """The last day of the quarter ``day`` falls in."""
    month = (day.month - 1) // 3 * 3 + 3
    return date(day.year, month, 31 if month in (3, 12) else 30)


# "the turn of the year", "the start of the year": a moment at a year's edge, which says
# which year only by the story's own time (no period the figure holds over)
_TURN_OF = re.compile(r"\bturn\sof\s$", re.I)


def _year_context(m: re.Match[str]) -> bool:
    """A bare year needs a preposition before it (handled by ``pre``) or "fiscal"."""
    before = m.string[max(0, m.start() - 8) : m.start()].lower()
    return before.endswith(("fiscal ", "fy", "end of ", "early ", "late "))


__all__ = ["TimeMatch", "TimeRecognizer", "counted_span", "nearest_year", "point_at"]


# "has supplied HBM3E to Nvidia from the second quarter": a perfect or past verb before
# the time, with no word looking ahead, tells a run already under way (review 12 F7)
_DONE_BEFORE = re.compile(
    r"\b(?:has|have|had)\s(?:(?:already|been|also)\s)?[a-z]+(?:ed|en|wn|ne|ght|lt|ld)\b"
    r"|\b(?:began|started|was|were)\b",
    re.I,
)
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|would|shall|plans?|planning|expects?|expected|aims?|intends?|is\sto|are\sto"
    r"|set\sto|going\sto|scheduled|slated|(?:agreed|agrees|deal|contract|order|pact)\sto)\b",
    re.I,
)


def _told_as_done(m: re.Match[str]) -> bool:
    """Whether the clause before an English time tells its act as done or running."""
    before = m.string[: m.start()]
    start = max(before.rfind(";"), before.rfind(". "), before.rfind(", and "))
    clause = before[start + 1 :]
    return _DONE_BEFORE.search(clause) is not None and _LOOKS_AHEAD.search(clause) is None
