"""A Korean schedule moved from one time to another: the old time is given up.

"…를 들이는 일정을 당초 올해 3분기에서 내년 상반기로 늦춘다", "출하 시점을 연말에서 내년
2분기로 미뤘다", "가동을 내년 1분기에서 올해 4분기로 앞당겼다": the time before "에서" is the
schedule abandoned, the time before "로" and a verb of moving the schedule is the one the
statement now holds, so only the new time dates it.
"""

from __future__ import annotations

import re

from tracker.extract.timex_base import TimeMatch

# right after the old time: "에서" (or "에서부터"), then the new time within a few words
_FROM = re.compile(r"(?:까지)?에서(?:부터)?\s")
# right after the new time: "로 늦춘다", "으로 미뤘다", "로 연기했다", "로 앞당겼다"
_MOVED_TO = re.compile(
    r"(?:으로|로)\s(?:[가-힣]+\s)?(?:늦추|늦췄|늦춘|늦출|미루|미뤘|미룬|미룰|미뤄|연기|앞당|조정|변경|옮기|옮겼|옮긴)"
)


def given_up(text: str, pool: list[TimeMatch]) -> list[TimeMatch]:
    """The times of ``pool`` that a Korean clause gives up for a later-named one ("3분기에서
    내년 상반기로 늦춘다": the third quarter)."""
    out = []
    for old in pool:
        if not _FROM.match(text, old.end):
            continue
        new = next((t for t in pool if t.start > old.end and t.start - old.end <= 12), None)
        if new is not None and _MOVED_TO.match(text, new.end):
            out.append(old)
    return out
