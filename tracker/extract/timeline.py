"""Timelines: an entry's heading date dates what the entry tells.

"2025년 10월 — 애빌린 1단계가 가동에 들어갔다. 오픈AI는 … 학습을 시작했다고 밝혔다." A
chronology written as lines that open with a date and a dash tells each entry as of its date:
a claim in the entry with no time of its own holds at the heading's time, not at publication
("같은 달 …" is that month too); a specification or a place holds whenever it is told and
keeps publication (the extractor's _undated). One such line is no timeline: it takes two or
more in the document.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tracker.domain.claims import ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.timex import TimeRecognizer, point_at
from tracker.extract.timex_base import last_day

# a line opening with an absolute date (a year, with its month, day, quarter or half at
# most) and a dash
_ENTRY_KO = re.compile(
    r"^[ \t]*(?:\d{4}년(?:\s?(?:\d{1,2}월(?:\s?\d{1,2}일)?|[1-4]분기|[상하]반기))?)\s?[—–-]\s"
    # a month of the story's year after a bullet, and an equals sign: "▲6월 = …"
    r"|^[ \t]*[▲△■•·]\s?\d{1,2}월\s?=\s",
    re.MULTILINE,
)


# the English: "Feb. 2024 — …", "November 2025 – …", "2023 - …", "Q3 2025 — …", "Sept. 9,
# 2025 — …" (a day, which _past_day leaves at publication)
_ENTRY_EN = re.compile(
    r"^[ \t]*(?:[•·*▲-][ \t]*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s(?:\d{1,2},\s)?\d{4}|\d{4}|Q[1-4]\s\d{4}|[1-4]Q\s?\d{2,4}|[HQ][1-4]\s\d{4})\s?[—–-]\s",
    re.MULTILINE,
)


# a chronology grouped by year: a line that is only a year ("■ 2025년", "[2024년]", "◇ 2023년")
# heads the month lines below it ("▲3월 — 코어위브와 … 계약 체결", "- 6월: …")
_YEAR_SECTION_KO = re.compile(
    r"^[ \t]*[■□◆◇●○▶▷\[【<〈]?[ \t]?(?P<year>(?:19|20)\d{2})년[ \t]?[\]】>〉]?[ \t]*$",
    re.MULTILINE,
)
_MONTH_ENTRY_KO = re.compile(
    r"^[ \t]*[▲△■□●○◆◇•·*-][ \t]?(?P<month>\d{1,2})월[ \t]?[—–:-][ \t]", re.MULTILINE
)


def entry_times(
    text: str, language: str, published: date, recognizer: TimeRecognizer
) -> dict[int, ValidTime]:
    """The time of each timeline entry, keyed by the offset of its line's start; empty when
    the text is no timeline."""
    heads = list((_ENTRY_KO if language == "ko" else _ENTRY_EN).finditer(text))
    if language == "ko":
        heads = sorted([*heads, *_reviewed_months(text, published)], key=lambda m: m.start())
    sectioned = _sectioned_months(text) if language == "ko" else {}
    if len(heads) + len(sectioned) < 2:
        return {}
    out: dict[int, ValidTime] = dict(sectioned)
    for m in heads:
        if m.start() in out:
            continue  # "▲3월 — …" under "■ 2025년": the section's year, not the latest March
        found = [t.valid for t in recognizer.find_all(m.group(), language, published)]
        valid = found[0] if found else _bare_month(m.group(), published)
        if valid is not None and not _past_day(valid, published):
            out[m.start()] = valid
    return out


# a month after a bullet and a dash, in a look back over a year the text names before its
# first such line ("[2026 결산] … 올해 … 달별로 되짚어 본다. ▲3월 — 메타, …"); with no year
# said, such a line keeps publication
_REVIEW_MONTH_KO = re.compile(r"^[ \t]*[▲△■•·]\s?(?P<month>\d{1,2})월\s?[—–]\s", re.MULTILINE)
_REVIEWED_YEAR = re.compile(r"올해|금년|(?:19|20)\d{2}\s?(?:년\s?)?(?:결산|총정리|회고|돌아보기)")


def _reviewed_months(text: str, published: date) -> list[re.Match[str]]:
    lines = list(_REVIEW_MONTH_KO.finditer(text))
    if not lines or _REVIEWED_YEAR.search(text, 0, lines[0].start()) is None:
        return []
    # "올해 남은 일정 … ▲6월 — … 목표" in March: months ahead are no look back (QTY-KO s16)
    if not all(1 <= int(m.group("month")) <= published.month for m in lines):
        return []
    return lines


# a line of prose or another heading that ends a year's section: not blank, not a bulleted
# entry ("▲1월 21일 — …", "- 5월: …"), not the year's heading itself
_SECTION_ENDS = re.compile(
    r"\n[ \t]*(?![▲△■□●○◆◇•·*\[【<〈-]|(?:19|20)\d{2}년[ \t]*$)[^\s]", re.MULTILINE
)


def _sectioned_months(text: str) -> dict[int, ValidTime]:
    """Month lines under a year's heading ("■ 2025년" then "▲3월 — …"): each a point over
    its month of that year, keyed by the line's start. A month line before any year heading
    is left alone (no year is said)."""
    years = [(m.start(), int(m.group("year"))) for m in _YEAR_SECTION_KO.finditer(text)]
    if not years:
        return {}
    out: dict[int, ValidTime] = {}
    for m in _MONTH_ENTRY_KO.finditer(text):
        month = int(m.group("month"))
        above = [(at, y) for at, y in years if at < m.start()]
        if not above or not 1 <= month <= 12:
            continue
        at, year = above[-1]
        if _SECTION_ENDS.search(text, at, m.start()):
            continue  # "■ 2025년 … 향후 전망 / - 6월: …": prose ended the year's section
        out[m.start()] = ValidTime(
            kind="point",
            start=date(year, month, 1),
            end=last_day(year, month),
            granularity="month",
            text=f"{year}년 {month}월",
        )
    return out


_MONTH = re.compile(r"(\d{1,2})월")


def _bare_month(head: str, published: date) -> ValidTime | None:
    """ "▲6월 = …" in a look back over the year: the latest such month not after
    publication, a point over the month."""
    m = _MONTH.search(head)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return None
    month = int(m.group(1))
    year = published.year if month <= published.month else published.year - 1
    return ValidTime(
        kind="point",
        start=date(year, month, 1),
        end=last_day(year, month),
        granularity="month",
        text=head.strip(" =▲△■•·"),
    )


def _past_day(valid: ValidTime, published: date) -> bool:
    """A past day dates the event or its telling, not the state it left (GUIDE, past days):
    an entry headed by one leaves its claims at publication."""
    return (
        valid.kind == "point"
        and valid.start is not None
        and valid.start == valid.end
        and valid.start < published
    )


# a line headed by a day: "▲10월 23일 앤트로픽, …", "2025년 10월 23일 — …", "- 10월 23일: …";
# not a day the figures are counted on ("2026년 6월 30일 현재 …", "3월 31일 기준으로 …")
_DAY_HEAD_KO = re.compile(
    r"[ \t]*(?:[▲△■□●○◆◇•·*-][ \t]*)?(?:\d{4}년\s?)?\d{1,2}월\s?\d{1,2}일"
    r"(?:\s?[—–=:-]|\s(?!(?:현재|기준)(?:으로)?(?![가-힣])))"
)


# the English: "Sept. 4, 2025 - …", "Oct 23, 2025 – …" (a dash after the day)
_DAY_HEAD_EN = re.compile(
    r"[ \t]*(?:[•·*▲-][ \t]*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s\d{1,2},?\s\d{4}\s?[—–-]\s"
)


def day_headed(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the claims a line's heading day dated put back at publication: in a
    chronology or a fact box ("▲10월 23일 앤트로픽, 구글과 TPU 최대 100만개 확보 계약 체결",
    "Sept. 4, 2025 - AMD takes a stake …") the day is when the deal was signed or told, not
    the time of the state it left."""
    if not found:
        return found
    head = (_DAY_HEAD_KO if s.language == "ko" else _DAY_HEAD_EN).match(s.text)
    if head is None:
        return found
    days = {
        t.valid.start for t in s.times if t.start < head.end() and _past_day(t.valid, s.published)
    }
    if not days:
        return found
    today = point_at(s.published)
    return [
        replace(c, valid=today)
        if c.valid.kind == "point" and c.valid.start in days and c.valid.end in days
        else c
        for c in found
    ]


def entry_of(text: str, start: int, entries: dict[int, ValidTime]) -> ValidTime | None:
    """The time of the entry whose line holds the offset ``start``, if any."""
    return entries.get(text.rfind("\n", 0, start) + 1) if entries else None
