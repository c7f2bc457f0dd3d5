"""What every time recognizer shares: the match type, calendar arithmetic, and how the words
around a period (a preposition in English, a particle in Korean) turn it into SPEC's
``valid`` object.

A period is a first and a last day with a granularity. "by"/"까지" make it a deadline (due by
its last day, said on the publication date), "from"/"부터" an open interval from its first
day, "since" the background of today's state (a point at publication, GUIDE), "as of" a
point when the period is one day and an open interval otherwise, anything else a point
covering the period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tracker.domain.claims import ValidTime
from tracker.extract.numberwords import ONE_VALUE

MONTHS: dict[str, int] = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)
"""English month names and abbreviations, lower-cased, to their number."""


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time expression in a sentence (offsets into it) with its resolved valid time.

    ``weak`` marks a time that usually dates an event or the telling ("signed last month",
    "지난 3일 밝혔다") rather than the state a claim describes: the recognizer reads it, but
    claim rules (``TimeRecognizer.find``) do not date claims with it.
    """

    start: int
    end: int
    valid: ValidTime
    weak: bool = False


Period = tuple[date, date, str]

DEADLINE_EN = frozenset({"by", "until", "through", "before", "within", "no later than"})
OPEN_EN = frozenset(
    {
        *("from", "since", "starting", "starting in", "starting from", "beginning"),
        *("beginning in", "as of", "as early as", "as soon as"),
    }
)
DEADLINE_KO = frozenset({"까지", "이전", "안에", "안으로", "내에", "이내", "안"})
_BEFORE_ITS_END = ("끝나기 전까지", "끝나기 전에", "끝나기 전")
BEGIN_BEFORE = re.compile(
    # (a figure's group separator is no clause break: "begin deploying 50,000 GPUs in Q3")
    r"\b(?:begin|begins|beginning|began|start|starts|starting|started|commenc\w+"
    # "Micron ramps HBM4 for Nvidia in the second quarter": the start of volume supply (not
    # a level ramped to: "ramps CoWoS capacity to 90k wpm in the fourth quarter")
    r"|(?:ramps|ramping|(?<=\bto\s)ramp)(?![^,;.]*\s(?:to|from)\s(?:about\s|roughly\s|some\s)?[\d$])"
    # "the first of its 50,000 MI450s go live in OCI this quarter": the first of a fleet
    # arriving begins it
    r"|first\sof\s(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}?\s(?:go|goes)\slive"
    r"|first\sof\s(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}?\s(?:come|comes)\sonline)\s"
    r"(?:[^,;.]|(?<=\d)[,.](?=\d))*$",
    re.IGNORECASE,
)
# a verb of beginning in the past tense ("began", "has started", "commenced")
_BEGUN = re.compile(r"(?i:began|begun|started|commenced)\b")
# the auxiliary 오다 of "has been doing": "공급해 왔다", "대 왔다", "써 온"
KO_HAS_BEEN = re.compile(r"[가-힣]\s?(?:왔다|왔고|왔으며|왔지만|온\s)")
# a time preposition right before a period found by a recognizer that does not read one
PRE_BEFORE_EN = re.compile(
    r"(?:^|(?<=[\s(]))(?P<pre>by|from|since|starting(?:\sin|\sfrom)?|beginning(?:\sin)?|as\sof|"
    r"until|through|in|at|during|for|before|as\searly\sas|as\ssoon\sas|within|no\slater\sthan|on)"
    r"\s$",
    re.IGNORECASE,
)


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_add(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after (or before) a month."""
    index = year * 12 + month - 1 + months
    y, m = divmod(index, 12)
    return y, m + 1


def same_day_later(day: date, months: int) -> date:
    """The same day of the month ``months`` later (the month's last day when it is short)."""
    y, m = month_add(day.year, day.month, months)
    return date(y, m, min(day.day, last_day(y, m).day))


def next_year_same_day(day: date) -> date:
    """The same date a year on (a month's last day stays the last day: Feb 28 -> Feb 29)."""
    if day == last_day(day.year, day.month):
        return last_day(day.year + 1, day.month)
    return date(day.year + 1, day.month, min(day.day, last_day(day.year + 1, day.month).day))


def last_year_same_day(day: date) -> date:
    """The same date a year before (a month's last day stays the last day)."""
    if day == last_day(day.year, day.month):
        return last_day(day.year - 1, day.month)
    return date(day.year - 1, day.month, min(day.day, last_day(day.year - 1, day.month).day))


# A verb in the past tense that states how things stood, what was reached or what was done
# ("had", "was running", "ended", "reached", "shipped"), and words that make the clause a
# plan, a forecast or reported speech about the future instead ("was expected to reach",
# "had planned to").
_PAST_STATE = re.compile(
    r"\b(?:had|was|were|stood|ended|exited|finished|closed|reached|hit|topped|crossed|passed"
    r"|surpassed|totall?ed|operated|ran|installed|deployed|brought|grew|climbed|rose"
    r"|amassed|counted|switched\son"
    # acts told as done: "shipped the first GB300 racks to CoreWeave in July" said in March
    # is last July, as "deployed" was
    r"|shipped|delivered|signed|ordered|bought|purchased|received|acquired|launched"
    r"|unveiled|introduced|began|started|completed|opened|added|agreed|invested|raised"
    r"|secured|booked)\b",
    re.IGNORECASE,
)
_NOT_PAST = re.compile(
    r"\b(?:will|would|shall|should|could|may|might|plans?|planned|planning|expects?|expected"
    r"|aims?|aimed|targets?|targeted|intends?|intended|hopes?|hoped|set\sto|due|on\strack"
    r"|going\sto|slated|scheduled|forecast|projected|estimated|predicted|goal|wants?|wanted"
    r"|needs?\sto|promised|pledged|vowed|committed|to\sbe|(?:is|are)\sto|supposed)\b|'ll\b",
    re.IGNORECASE,
)
# a plan or expectation told in the past: its due date is the one already past
_PAST_FRAME = re.compile(
    r"\b(?:was|were)\s(?:expected|supposed|scheduled|slated|due|meant|set|planned|projected)"
    r"\sto\b|\bhad\s(?:planned|hoped|aimed|expected|promised|pledged|intended|targeted)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:]|[.!?]\s|,\s(?:but|and|while|whereas)\s|\s(?:but|while|whereas)\s")


def past_state(before: str, after: str) -> bool:
    """Whether the clause around a "by" date is a past state ("by June it had 50,000"),
    not a deadline ("it will have 50,000 by June")."""
    cuts = [m.end() for m in _CLAUSE_END.finditer(before)]
    head = before[cuts[-1] :] if cuts else before
    tail_end = _CLAUSE_END.search(after)
    tail = after[: tail_end.start()] if tail_end else after
    clause = f"{head} {tail}"
    return bool(_PAST_STATE.search(clause)) and not _NOT_PAST.search(clause)


def nearest_year(month: int, published: date) -> int:
    """The year of a month named without one: the occurrence nearest the publication date
    ("at the end of December" in a January article is last December)."""
    candidates = (published.year - 1, published.year, published.year + 1)
    return min(candidates, key=lambda y: abs((date(y, month, 15) - published).days))


def make(kind: str, lo: date, hi: date, gran: str, text: str, published: date) -> ValidTime:
    """A valid time of ``kind`` over the period ``lo``..``hi``."""
    if kind == "deadline" and hi < published:
        # "2024년 말까지 H100 35만 개를 확보했다", "would have 350,000 by the end of 2024" said
        # in 2025: a due date already past dates the state reached then, a point
        return ValidTime(kind="point", start=hi, end=hi, granularity=gran, text=text)
    if kind == "deadline":
        return ValidTime(
            kind="deadline", start=min(published, hi), end=hi, granularity=gran, text=text
        )
    if kind == "open":
        return ValidTime(kind="open", start=lo, end=None, granularity=gran, text=text)
    if kind == "interval":
        return ValidTime(kind="interval", start=lo, end=hi, granularity=gran, text=text)
    return ValidTime(kind="point", start=lo, end=hi, granularity=gran, text=text)


@lru_cache(maxsize=64)
def point_at(published: date) -> ValidTime:
    """A plain statement of fact: true on the publication day.

    Cached: the rules ask for it for every figure of a document, with the same day, and a
    ValidTime is frozen, so one instance serves them all.
    """
    return ValidTime(kind="point", start=published, end=published, granularity="day")


def since(text: str, published: date) -> ValidTime:
    """ "since March", "지난해부터 … 해 왔다": the background of today's state (GUIDE)."""
    return ValidTime(kind="point", start=published, end=published, granularity="day", text=text)


# a time that names when a target is due: "year-end target", "end-2026 goal"
TARGET_AFTER = re.compile(r"\s(?:[\w-]+\s){0,2}?(?:target|goal|objective|ambition)s?\b", re.I)


def resolve_en(
    pre: str,
    period: Period,
    text: str,
    published: date,
    *,
    dated: bool,
    before: str,
    reach: int = 50,
    after: str = "",
) -> ValidTime:
    """The valid time of an English period after the preposition ``pre`` ("" for none).

    Args:
        dated: whether the text names the period's year (a deadline with no year that is
            already past is the next such date: "by the end of March" said in October).
        before: the sentence text before the expression (a verb of beginning there makes
            "in 2027" a start: "begins shipping in 2027").
        after: the sentence text after it (with ``before``, the clause whose tense says
            whether a "by" date is a deadline or a past state).
    """
    lo, hi, gran = period
    pre = " ".join(pre.lower().split())
    if pre == "since":
        return since(text, published)
    if pre == "by" and past_state(before[-reach:], after):
        # "By September 30, CoreWeave had 250,000 GPUs online": the state on that day, which
        # is the last such day already over, not a deadline a year on
        if not dated and hi > published:
            lo, hi = last_year_same_day(lo), last_year_same_day(hi)
        if hi <= published:
            return make("point", hi, hi, gran, text, published)
    if pre in DEADLINE_EN:
        if hi < published and not dated and not _PAST_FRAME.search(before[-reach:]):
            # "by the end of March" said in October is next March; "was expected to have 1
            # million by June" said in August is this June, a due date already past
            lo, hi = next_year_same_day(lo), next_year_same_day(hi)
        return make("deadline", lo, hi, gran, text, published)
    if (
        pre in ("in", "at", "as of", "during", "")
        and not dated
        and lo > published
        and past_state(before[-reach:], after)
    ):
        # "ran 300,000 chips in January", "had 500,000 at the end of the second quarter"
        # said in August or May: a past state is in the last such period already begun,
        # not the next one
        lo, hi = last_year_same_day(lo), last_year_same_day(hi)
    if pre == "as of" and (lo == hi or lo <= published):
        # "as of June 30": a dated fact; "as of December 2025", "as of last month": a fact
        # over that month (GUIDE: a month named as the time of a fact); only a period still
        # to come ("as of next year") is a start
        return make("point", lo, hi, gran, text, published)
    if not pre and TARGET_AFTER.match(after):
        # "a year-end target of about 90,000", "its end-2026 goal": what is to be reached
        # by then, a deadline as "by year-end" is
        return make("deadline", lo, hi, gran, text, published)
    if pre in OPEN_EN:
        return make("open", lo, hi, gran, text, published)
    begun = BEGIN_BEFORE.search(before[-2 * reach :]) if pre in ("in", "") else None
    if begun is not None and lo <= published and _BEGUN.match(begun.group()):
        # "began shipping HBM4 to Nvidia in February", "Shipments … began in the second
        # quarter": a start already behind us only sets the scene for a state of today
        # (GUIDE: "since June"; the dev gold dates 3 of 4 such starts at publication), not a
        # start ahead
        return since(text, published)
    if begun is not None:
        # "… begin shipping next year", "begin volume shipments of HBM4 for NVIDIA's Vera
        # Rubin platform in the second half": the clause's start, however far its verb
        return make("open", lo, hi, gran, text, published)
    return make("point", lo, hi, gran, text, published)


def resolve_ko(mod: str, period: Period, text: str, published: date) -> ValidTime:
    """The valid time of a Korean period before the particle ``mod`` ("" for none)."""
    lo, hi, gran = period
    mod = mod.strip()
    if mod in DEADLINE_KO or mod.endswith(_BEFORE_ITS_END):
        # "내년 여름이 끝나기 전까지", "올해가 끝나기 전에": by the end of the period
        return make("deadline", lo, hi, gran, text, published)
    if mod.startswith("부터") or mod == "이후":
        return make("open", lo, hi, gran, text, published)
    return make("point", lo, hi, gran, text, published)


def non_overlapping(found: list[TimeMatch]) -> list[TimeMatch]:
    """The matches in order of start, a match overlapping an earlier kept one dropped."""
    kept: list[TimeMatch] = []
    for t in sorted(found, key=lambda t: (t.start, -t.end)):
        if not kept or t.start >= kept[-1].end:
            kept.append(t)
    return kept


def overriding(base: list[TimeMatch], better: list[TimeMatch]) -> list[TimeMatch]:
    """``base`` with every match that overlaps one of ``better`` replaced by it: the more
    specific reading of the same words wins ("by 2026-11-03" is a day, not the year 2026)."""
    if not better:
        return base
    better = non_overlapping(better)
    kept = [b for b in base if not any(b.start < t.end and t.start < b.end for t in better)]
    return sorted([*kept, *better], key=lambda t: t.start)


# "More important for the second half, Nvidia has qualified …", "Key for 2027 is …": the time
# a judgement looks to (what matters for it), not the time of the fact the sentence tells
_JUDGED_FOR = re.compile(
    r"\b(?:important|significant|crucial|critical|relevant|material|key|notable|encouraging"
    r"|worrying|helpful|bullish|bearish|positive|negative)\s(?:(?:for|into)\s(?:the\s)?)?$",
    re.I,
)


def judged_horizon(sentence: str, start: int) -> bool:
    """Whether an English time at ``start`` is the horizon of a judgement."""
    return _JUDGED_FOR.search(sentence, max(0, start - 40), start) is not None


# -- shared by the period finders (tracker.extract.timex_periods) -------------------------

_YEAR = r"(?:19|20)\d\d"
_MONTHS = MONTHS
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "within two years", "over the next eighteen months": the shared number words (1-19)
_NUMBERS = {"a": 1, "an": 1} | {w: v for w, v in ONE_VALUE.items() if v}
_NUMBER_WORDS = "|".join(sorted(_NUMBERS, key=len, reverse=True))


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


def _year_of(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)
