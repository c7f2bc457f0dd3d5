"""A statement quantified by zero: "No Meta data center runs Google TPUs today", "Zero Meta
sites run TPUs", "0 - Meta sites running AMD's MI450 today" (a by-the-numbers line), "runs
TPUs in zero of its data centers", "TPU를 쓰는 곳은 0곳이다". The verb is affirmative, but
the count of places, customers or companies that do it is none: a denial.
"""

from __future__ import annotations

import re

# "No Meta data center", "Zero Meta sites", "0 - Meta sites", "Not a single Meta site" at
# the start of the sentence (after a bullet); not "No. 2" (a rank) or "no longer" / "no
# doubt" (a negation cue of its own, or a hedge)
_ZERO_HEAD_EN = re.compile(
    r"^[\W_]*(?:(?:no|zero|not\sa\s(?:single\s)?)(?!\.)\s"
    r"(?!longer\b|doubt\b|wonder\b|matter\b|surprise\b|one\selse\b)"
    r"|0\s?(?:[-–—:]\s?)?(?=[A-Za-z]))",
    re.I,
)
_TURN_EN = re.compile(
    r",\s(?:although|though|but|while|whereas|and|yet)\b|;|\s[-–—]\s(?=\w+\s)", re.I
)
_ZERO_IN_EN = re.compile(r"\b(?:in|at|on|across)\s(?:zero|none)\s(?:of\s)?", re.I)
# "쓰는 곳은 0곳이다", "0개 사에", "0곳에 불과"
_ZERO_KO = re.compile(r"(?:^|[\s(])0\s?(?:곳|개|대|군데|개사|개\s?사)(?![0-9])")


def zero_quantified(text: str, anchor: int, language: str) -> bool:
    """Whether the sentence counts the doers of its statement as none."""
    if language == "ko":
        return _ZERO_KO.search(text) is not None
    if (head := _ZERO_HEAD_EN.match(text)) is not None:
        # the zero quantifies its own clause: "0 - Meta sites running MI450 today, although
        # the company has said it will deploy the chip next year" leaves the second standing
        turn = _TURN_EN.search(text, head.end())
        return turn is None or anchor < turn.start()
    return _ZERO_IN_EN.search(text) is not None
