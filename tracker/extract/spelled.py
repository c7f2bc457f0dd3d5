"""Numbers written in words directly before a unit of measure.

Transcripts, features and opening sentences spell figures out: "Fifty petaflops of FP4",
"four point six petaflops", "one hundred and forty-four gigabytes", "seven point four
terabytes per second". A word number is read only when a unit follows it at once (the
recognizer's own unit list decides), so "two companies" or "one of the chips" stay words.
"""

from __future__ import annotations

import re

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES_ALT = "|".join(sorted(_ONES, key=len, reverse=True))
_TENS_ALT = "|".join(t for t in _TENS if t != "_")
_UNDER_100 = rf"(?:(?:{_TENS_ALT})(?:[\s-](?:{_ONES_ALT}))?|{_ONES_ALT})"
_DIGITS = "|".join(_ONES[:10])
SPELLED = re.compile(
    rf"(?<![\w-])(?i:(?P<whole>(?:{_UNDER_100}|a)\s(?:hundred)(?:\s(?:and\s)?{_UNDER_100})?"
    rf"|{_UNDER_100})(?:\spoint(?P<frac>(?:\s(?:{_DIGITS}))+))?)(?=\s)"
)


def spelled_value(match: re.Match[str]) -> float:
    """The value of a :data:`SPELLED` match ("four point six" -> 4.6)."""
    total = 0.0
    for word in re.split(r"[\s-]+", match.group("whole").lower()):
        if word == "hundred":
            total = (total or 1) * 100
        elif word in _TENS:
            total += 10 * _TENS.index(word)
        elif word in _ONES:
            total += _ONES.index(word)
    frac = match.group("frac")
    if frac:
        digits = "".join(str(_ONES.index(w)) for w in frac.split())
        total += float("0." + digits)
    return total


def spelled_before(sentence: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every word number in ``sentence`` followed by a space; the
    caller keeps those a unit follows."""
    return [(m.start(), m.end(), spelled_value(m)) for m in SPELLED.finditer(sentence)]
