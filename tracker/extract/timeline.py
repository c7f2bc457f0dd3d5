"""Korean timelines: an entry's heading date dates what the entry tells.

"2025년 10월 — 애빌린 1단계가 가동에 들어갔다. 오픈AI는 … 학습을 시작했다고 밝혔다." A
chronology written as lines that open with a date and a dash tells each entry as of its date:
a claim in the entry with no time of its own holds at the heading's time, not at publication
("같은 달 …" is that month too); a specification or a place holds whenever it is told and
keeps publication (the extractor's _undated). One such line is no timeline: it takes two or
more in the document.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.domain.claims import ValidTime
from tracker.extract.timex import TimeRecognizer

# a line opening with an absolute date (a year, with its month, day, quarter or half at
# most) and a dash
_ENTRY_KO = re.compile(
    r"^[ \t]*(?:\d{4}년(?:\s?(?:\d{1,2}월(?:\s?\d{1,2}일)?|[1-4]분기|[상하]반기))?)\s?[—–-]\s",
    re.MULTILINE,
)


def entry_times(
    text: str, language: str, published: date, recognizer: TimeRecognizer
) -> dict[int, ValidTime]:
    """The time of each timeline entry, keyed by the offset of its line's start; empty when
    the text is no timeline."""
    if language != "ko":
        return {}
    heads = list(_ENTRY_KO.finditer(text))
    if len(heads) < 2:
        return {}
    out: dict[int, ValidTime] = {}
    for m in heads:
        found = recognizer.find_all(m.group(), language, published)
        if found:
            out[m.start()] = found[0].valid
    return out


def entry_of(text: str, start: int, entries: dict[int, ValidTime]) -> ValidTime | None:
    """The time of the entry whose line holds the offset ``start``, if any."""
    return entries.get(text.rfind("\n", 0, start) + 1) if entries else None
