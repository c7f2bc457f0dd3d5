"""Numbers written in words directly before a unit of measure.

Transcripts, features and opening sentences spell figures out: "Fifty petaflops of FP4",
"four point six petaflops", "one hundred and forty-four gigabytes", "seven point four
terabytes per second". A word number is read only when a unit follows it at once (the
recognizer's own unit list decides), so "two companies" or "one of the chips" stay words.
"""

from __future__ import annotations

import re

from tracker.extract.numberwords import ONE_VALUE, ONES, TENS, longest_first, words_value
from tracker.extract.patterns import by_first_char
from tracker.extract.text import FOLDS_TO_ASCII

_ONES_ALT = longest_first(ONES)
_TENS_ALT = "|".join(TENS)
_UNDER_100 = rf"(?:(?:{_TENS_ALT})(?:[\s-](?:{_ONES_ALT}))?|{_ONES_ALT})"
_DIGITS = "|".join(ONES[:10])
SPELLED = re.compile(
    rf"(?<![\w-])(?i:(?P<whole>(?:{_UNDER_100}|a)\s(?:hundred)(?:\s(?:and\s)?{_UNDER_100})?"
    rf"|{_UNDER_100})(?:\spoint(?P<frac>(?:\s(?:{_DIGITS}))+))?)(?=\s)"
)


def spelled_value(match: re.Match[str]) -> float:
    """The value of a :data:`SPELLED` match ("four point six" -> 4.6)."""
    total = words_value(match.group("whole"))
    frac = match.group("frac")
    if frac:
        digits = "".join(str(ONE_VALUE[w]) for w in frac.lower().split())
        total += float("0." + digits)
    return total


# A cheap gate before SPELLED, which tries its case-insensitive word alternation at every
# word start: a match holds one of these words. Case-insensitive matching lets four
# non-ASCII letters stand for ASCII ones (İ ı -> i, ſ -> s, K -> k), which lower() does not
# turn into those, so a sentence holding one always gets the full scan.
_WORD_GATE = re.compile(by_first_char([*ONES, *TENS, "hundred"]))  # grouped: scanned in C


def spelled_before(sentence: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every word number in ``sentence`` followed by a space; the
    caller keeps those a unit follows."""
    if _WORD_GATE.search(sentence.lower()) is None and FOLDS_TO_ASCII.search(sentence) is None:
        return []
    return [(m.start(), m.end(), spelled_value(m)) for m in SPELLED.finditer(sentence)]
