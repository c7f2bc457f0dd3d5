"""Lines of a time-stamped ticker: one headline-style item per line, each a statement.

    [14:09] 메타 "프로메테우스에 블랙웰 GPU 50만 개 배치 완료"
    [14:40] 엔비디아, 코어위브에 20억 달러 추가 투자…누적 지분 투자액 60억 달러

A line with no final period is a title elsewhere; in a ticker (three lines or more that open
with a clock time) every such line is an item of news, read as a sentence.
"""

from __future__ import annotations

import re

_STAMPED = re.compile(r"^[ \t]*[\[(]?\d{1,2}:\d{2}[\])]?\s", re.M)
_TICKER_LINES = 3
_CLOCK = re.compile(r"\d:\d\d")  # what every _STAMPED match holds, opening with a digit


def stamped_lines(text: str) -> frozenset[int]:
    """Where each line of a time-stamped ticker starts (its first non-blank character);
    empty when the text has fewer than three such lines."""
    if _CLOCK.search(text) is None:
        return frozenset()  # every stamp holds a clock time; a scan for "^" tries each line
    starts = [
        m.start() + len(m.group()) - len(m.group().lstrip(" \t")) for m in _STAMPED.finditer(text)
    ]
    return frozenset(starts) if len(starts) >= _TICKER_LINES else frozenset()
